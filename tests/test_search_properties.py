"""Properties of search that hold for every fact and any query."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from jzfacts import factbase, files, search
from jzfacts.model import FactBase

BASE: FactBase = factbase.load(files.locate(None), use_cache=False)


@pytest.mark.parametrize("fact", BASE.facts, ids=lambda f: f.id)
def test_every_fact_is_found_first_by_its_id_and_each_alias(
    fact: object, report_base: FactBase
) -> None:
    # Searched in the worker's one base (conftest.report_base), whose look-ups the other
    # modules' questions have built: the same facts as BASE, which names the cases.
    assert hasattr(fact, "aliases")
    for name in (fact.id, *fact.aliases):  # type: ignore[attr-defined]
        hits = search.search(report_base, name, limit=1)
        assert hits and hits[0].fact.id == fact.id, name  # type: ignore[attr-defined]
        assert hits[0].exact and hits[0].score == 100


DANGEROUS = st.sampled_from(
    [
        "[bold]",
        "[/]",
        "[link=http://x]",
        ":smile:",
        "\x1b[31m",
        "\x9b",
        "\u3000",
        "\u202e",
        "\udcff",
        "\x00",
        "甲醇",
        "GDP",
        "多少",
        "-",
        " ",
        "的",
    ]
)
QUERIES = st.lists(st.one_of(st.text(max_size=30), DANGEROUS), max_size=6).map("".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUERIES)
@example("OUTPUT:VAL")  # a fact matched only by its weakest field once sorted after all others
@example("白象食品和华卫药业谁拉动得多")  # the answer first, and still in score order
def test_any_query_returns_sorted_results(query: str) -> None:
    hits = search.search(BASE, query, limit=20)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(search.DEFAULT_MIN_SCORE <= s <= 100 for s in scores)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["甲醇", "企业", "high tech", "gxjs", "吉利 产值", "Geeley", "补贴"]))
def test_the_same_query_gives_the_same_order(query: str) -> None:
    first = [(h.fact.id, h.score) for h in search.search(BASE, query, limit=50, min_score=0)]
    again = [(h.fact.id, h.score) for h in search.search(BASE, query, limit=50, min_score=0)]
    assert first == again


def test_a_single_shared_character_or_a_stop_word_never_hits() -> None:
    for query in ("口", "率", "的", "是多少", "what is", "the", "how many"):
        assert search.search(BASE, query) == [], query


def test_a_name_hit_outranks_a_quote_hit() -> None:
    # 整车 is in the Geely vehicles fact's name and in other Geely quotes only.
    hits = search.search(BASE, "整车产量", min_score=0)
    assert hits[0].fact.id == "geely-vehicles" and hits[0].field == "name"


def test_a_fact_matching_all_terms_outranks_one_strong_term() -> None:
    hits = search.search(BASE, "吉利 产值")
    assert hits[0].fact.id == "geely-output"
    assert all(h.score < hits[0].score for h in hits[1:])


def test_pinyin_full_and_initials() -> None:
    assert search.search(BASE, "gaoxin jishu")[0].fact.id == "high-tech-enterprises"
    assert search.search(BASE, "gxjs")[0].fact.id == "high-tech-enterprises"
    assert search.search(BASE, "jiachun")[0].fact.id in {
        f.id for f in BASE.facts if "甲醇" in f.label.zh
    }


def test_parse_query_drops_question_words() -> None:
    assert [t.text for t in search.parse_query("2022年地区生产总值是多少")] == ["地区生产总值"]
    assert [t.text for t in search.parse_query("how many high-tech enterprises")] == [
        "high",
        "tech",
        "enterprises",
    ]
    assert [t.text for t in search.parse_query("GDP增速")] == ["gdp", "增速"]


def test_search_data_dies_with_its_base() -> None:
    """The index a base's searches build is kept on the base, not in a global table that
    would keep every base loaded in a long process alive."""
    import gc
    import weakref

    from jzfacts.search.index import search_data

    base = factbase.load(files.locate(None), use_cache=False)
    assert search.search(base, "GDP", limit=1)
    index = weakref.ref(search_data(base))
    del base
    gc.collect()
    assert index() is None


@settings(max_examples=150, deadline=None)
@given(st.from_regex(r"[a-z]{2,12}", fullmatch=True))
@example("enterprize")  # a near spelling (OSA)
@example("gpd")  # two letters swapped
@example("produced")  # a stem's ending left
@example("invest")  # a prefix
def test_a_word_a_term_matches_is_always_among_its_near_words(term: str) -> None:
    # The set test that rules fields out must never rule out a word that scores.
    from jzfacts.search.index import near_words, search_data
    from jzfacts.search.score import _word_similarity

    vocabulary = search_data(BASE).words
    near = near_words(term, vocabulary)
    for word in vocabulary:
        if _word_similarity(term, (word,)) > 0:
            assert word in near, (term, word)


def _report_words() -> list[str]:
    """Two- to six-character pieces of the fact base's Chinese text, and its Latin words."""
    from jzfacts.search.index import search_data

    data = search_data(BASE)
    text = data.joined_text()
    pieces = [text[i : i + n] for n in (2, 3, 4, 6) for i in range(0, len(text) - n, 97)]
    return [p for p in pieces if p.strip() and "\n" not in p] + sorted(data.words)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.sampled_from(_report_words()),
        st.from_regex(r"[a-z]{2,12}", fullmatch=True),
        st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=1, max_size=6),
    ),
    st.booleans(),
)
@example("甲醇", True)
@example("jiachun", True)  # pinyin inside a reading
@example("jiachen", True)  # a near spelling of one
@example("tbm", False)  # Latin inside a Chinese name
@example("subsidy", False)  # through a synonym
@example("产能", False)
def test_a_fact_out_of_a_terms_reach_scores_nothing_for_it(text: str, with_pinyin: bool) -> None:
    # score.within_reach lets rank skip facts a term cannot match: it must never leave out
    # a fact that term_score would score, whatever the term, the script or the readings.
    from jzfacts.search.index import search_data
    from jzfacts.search.question import Term
    from jzfacts.search.score import term_score, within_reach
    from jzfacts.text import has_cjk

    data = search_data(BASE)
    term = Term(text, cjk=has_cjk(text), numeric=False)
    reached = within_reach(term, data, with_pinyin)
    assume(reached is not None)  # a place (全省, shanxi) is scored against every fact
    assert reached is not None
    for index, row in enumerate(data.rows()):
        if index in reached:
            continue
        readings = data.pinyin(index) if with_pinyin else None
        pinyin_text = data.pinyin_text()[index] if with_pinyin else None
        score = term_score(
            term, row, readings, pinyin_text, data.name_characters(index, row), data.near_words
        )
        assert score == (0.0, "name"), (text, row.id, score)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.sampled_from([w for w in _report_words() if not w.isascii()]),
        st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=2, max_size=6),
    ),
    st.booleans(),
)
@example("思普瑞", True)  # 斯普瑞, by its sound
@example("思普锐", False)  # 斯普瑞: one character of three the same, heard by its sound only
@example("倍斯特", False)  # 贝斯特
@example("粉盾", True)  # 汾盾1号
@example("极力汽车", False)  # 吉利汽车
@example("企叶", True)  # 企业, two syllables inside a longer name
def test_a_fact_out_of_a_heard_terms_reach_scores_nothing_for_it(text: str, heard: bool) -> None:
    # A Chinese term the base does not hold as written (unknown, or heard: a typo, a
    # synonym, a sound) may be heard as a sound-alike of a name: its reach must still hold
    # every fact term_score would score.
    from jzfacts.search.index import search_data
    from jzfacts.search.question import Term
    from jzfacts.search.score import term_score, within_reach

    data = search_data(BASE)
    term = Term(text, cjk=True, numeric=False, unknown=not heard, heard=heard)
    reached = within_reach(term, data, True)
    assume(reached is not None)  # a place (全国) is scored against every fact
    assert reached is not None
    for index, row in enumerate(data.rows()):
        if index in reached:
            continue
        score = term_score(
            term,
            row,
            data.pinyin(index),
            data.pinyin_text()[index],
            data.name_characters(index, row),
            data.near_words,
        )
        assert score == (0.0, "name"), (text, row.id, score)


def test_a_kept_term_score_never_changes_a_result() -> None:
    # rank.score_facts keeps each term's score against each fact on the base's search
    # data: a base warmed by other questions answers exactly as a fresh one does, and what
    # is kept stays bounded (emptied once it passes TERM_SCORES_KEPT).
    from pathlib import Path

    import yaml

    from jzfacts.search import rank
    from jzfacts.search.index import search_data

    path = Path(__file__).with_name("relevance_twentyfifth.yaml")
    queries = [c["query"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]]
    warm = factbase.load(files.locate(None))
    for query in queries[::-2]:  # half the queries seen before, in another order
        search.search(warm, query)
    kept = search_data(warm).term_scores
    assert 0 < len(kept) <= rank.TERM_SCORES_KEPT + 2_000
    fresh = factbase.load(files.locate(None))
    for query in queries[::6]:
        search_data(fresh).term_scores.clear()  # as a process answering this one alone
        got = [(m.fact.id, m.score) for m in search.search(warm, query)]
        assert got == [(m.fact.id, m.score) for m in search.search(fresh, query)], query


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("甲醇汽车a1 \u3400\u4dc0\U00020000\uf900é。"), max_size=8))
def test_has_cjk_loops_and_searches_alike(text: str) -> None:
    """has_cjk loops over a text until a process has asked often, then searches a compiled
    class: both ways give the same answer."""
    from jzfacts import text as module

    looped = module.has_cjk(text) if module._CJK is None else None
    saved = module._LOOPED
    module._LOOPED = module._LOOP_BEFORE_COMPILING
    try:
        searched = module.has_cjk(text)
    finally:
        module._LOOPED = saved
    assert searched == any(module.is_cjk(c) for c in text)
    assert looped in (None, searched)


@pytest.mark.parametrize(
    "question", ["甲醇汽车领跑新赛道", "汾盾1号是谁造的", "GDP", "党建联盟有几个"]
)
def test_names_within_a_question_are_found_alike_looked_through_or_indexed(question: str) -> None:
    """rank._named_within looks through the names the first time and indexes them after:
    the same facts either way."""
    from jzfacts.search.index import SearchData
    from jzfacts.search.rank import _named_within

    data = SearchData(BASE)
    first = _named_within(data, question)  # looked through
    assert data.long_names is None
    assert _named_within(data, question) == first  # indexed
    assert data.long_names is not None
