"""How queries are read when people type them their own way: a name misheard whole, an
English compound run together, a ranking limited to what the question names."""

from __future__ import annotations

import pytest

from jzfacts import answer, factbase, files, search
from jzfacts.model import FactBase


@pytest.fixture(scope="module")
def base() -> FactBase:
    return factbase.load(files.locate(None), use_cache=False)


def _first(base: FactBase, query: str) -> str | None:
    hits = search.search(base, query, limit=1)
    return hits[0].fact.id if hits else None


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # 极力 sounds like 吉利 (ji li), though 极 alone stands nowhere in the base.
        ("极力汽车整车产量", "geely-vehicles"),
        ("极力汽车产值", "geely-output"),
    ],
)
def test_a_name_misheard_whole_is_heard(base: FactBase, query: str, fact: str) -> None:
    assert _first(base, query) == fact


def test_a_misheard_word_that_sounds_like_nothing_stays_unknown(base: FactBase) -> None:
    # 人口 sounds like nothing in the base: still nothing found.
    assert search.search(base, "极力人口") == []


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("hightech enterprizes", "high-tech-enterprises"),
        ("carbonfibre spinneret", "carbon-fibre-spinneret-gold"),
    ],
)
def test_an_english_compound_run_together(base: FactBase, query: str, fact: str) -> None:
    assert _first(base, query) == fact


def test_a_word_run_together_from_words_the_base_never_joins_stays_unknown(
    base: FactBase,
) -> None:
    # tech and population are words, but the base never writes tech-population.
    assert search.search(base, "techpopulation") == []


def test_a_ranking_covers_what_the_question_names(base: FactBase) -> None:
    # Of the support funds, the largest: the VAT refund names money paid to firms but
    # not support; it is not in the ranking (and larger than either fund).
    result = answer.ask(
        base, "Of the money paid out to firms as support funds, what was the largest amount?"
    )
    assert result.answered
    assert result.facts[0].id == "support-funds-industrial"
    assert "vat-credit-refunds" not in [f.id for f in result.facts]
