"""Ranking facts for a free-text query or question: Chinese (Simplified or Traditional),
English, pinyin, sound-alikes, typos, whole questions.

A query is first read as a question (question.py): folded (fold.py), stripped of question
words and filler, its measure, period and operator recognised. Facts are then scored on
its terms (score.py, over the index in index.py), and the question adjusts the ranking:
- a fact outside the period asked for is never a hit; a query that is only a period
  (六月, June, 年底) lists that period's facts, and period words never match digits
  inside values (12月 is not 12项);
- a fact of the measure asked for gains MEASURE_BONUS (how many puts the count before
  the share), as does one in the unit dimension a measure word names (多少家); one of
  another measure loses MEASURE_MISMATCH, and one that only mentions the subject in its
  quote loses QUOTE_ONLY (its number is about something else in the sentence);
- a question asking for a number is never answered by an event or a statement (党员总数
  is not the training of Party members), nor, when the measure is one no fact states in
  words the base never uses (吉利汽车利润, price of a truck), by anything;
- a fact whose name stands whole inside the question (汾盾1号 in 汾盾1号是哪家企业造的)
  scores at least NAME_INSIDE, so question words never sink an exact name;
- "which enterprise …" (哪个企业产值最高) favours facts about one named enterprise;
- a query that is exactly a fact's id, alias or label puts that fact first at 100.
A comparison of two amounts lists its two sides first, the one that answers first.
Ties break by an exact name, the quantity asked for, the stronger field, the plainer
measure for a bare name (the count of little giants before their share), the shorter
label, then the id.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from jzfacts.measures import MEASURES
from jzfacts.model import Fact, FactBase, Match
from jzfacts.search.classes import of_another_class
from jzfacts.search.fold import (
    fewest_syllables,
    fold_query,
    is_syllable,
    sound_of,
    syllables_of,
    to_simplified,
)
from jzfacts.search.index import (
    NAMES_AROUND_KEPT,
    IndexRow,
    SearchData,
    latin_words,
    search_data,
    stem,
)
from jzfacts.search.question import (
    AMOUNT_WORDS,
    CLAUSES,
    EN_ASKING,
    HOW_MANY_SAID,
    LEVEL_SAID,
    NAME_NUMBER,
    PLACED,
    SUM_ASKED,
    UNSTATED_UNITS,
    ZH_ASKING,
    LazyPattern,
    Period,
    Question,
    Term,
    after_event_asked,
    amount_in,
    analyse,
    as_asked,
    asking_part,
    borrowed_heads,
    completions,
    correction_of,
    everyday_phrases,
    firms_not_stopped,
    joined,
    level_swapped,
    parallel_level,
    premise_of,
    share_of,
    sides_of,
    spoken_as_mandarin,
)
from jzfacts.search.score import (
    ASIDE_HIT_WEIGHT,
    NAME,
    PINYIN,
    PLACE_HIT_WEIGHT,
    QUOTES,
    SECTION,
    SEGMENTED_WEIGHT,
    SOUND_INSIDE,
    STRENGTH,
    TAG,
    TERM_FLOOR,
    Group,
    Hit,
    candidates,
    cjk_similarity,
    inside_reading,
    join_soft,
    names_elsewhere,
    names_places,
    needs_pinyin,
    other_places_spelt,
    place_clash,
    places_elsewhere,
    quote_spans,
    reading_missed,
    reading_reach,
    reading_score,
    readings_of,
    scored_as,
    scored_by,
    scorings,
    strongest,
    unglue,
    vocabulary_of,
    within_reach,
)
from jzfacts.search.vocab import (
    EN_STOP,
    EN_SYNONYMS,
    FIGURES_NEVER_GIVEN,
    LEVEL_MEASURES,
    MONEY_WORDS_ZH,
    OTHER_PLACES,
    PLACES,
    YES_NO_OPPOSITES,
    ZH_JOINERS,
    ZH_MEASURE_WORDS,
    ZH_PLACE_WORDS,
    ZH_SYNONYMS,
)
from jzfacts.text import fold, has_cjk, is_cjk
from jzfacts.units import PERCENT, POINTS, VEHICLES

DEFAULT_LIMIT = 10
# Chosen from the relevance suite (tests/relevance.yaml): see README, "Search quality".
DEFAULT_MIN_SCORE = 60.0
HINT_BONUS = 5.0  # a fact in the unit dimension a measure word names (多少家)
MEASURE_BONUS = 6.0  # a fact of the measure asked for
MEASURE_MISMATCH = 20.0  # a fact of another measure than the one asked for
PERIOD_BONUS = 5.0  # a fact of exactly the months asked for
ENTERPRISE_BONUS = 12.0  # "which enterprise …": a fact about one named enterprise
DESCRIBES_BONUS = 5.0  # "what kind of company is …": a statement of what it is
PLURAL_BONUS = 5.0  # "which ones …": a statement or event naming them, not their count
# A question asking for a number that a fact only mentions in its quote: the fact's
# number is about something else in the sentence (产出强度是多少: one of 7 indicators).
QUOTE_ONLY = 15.0
ASKED_OUTRIGHT = 10.0  # more of both, when the number is asked in so many words
NAME_INSIDE = 90.0  # a fact whose name stands whole inside the question
INSIDE_BONUS = 3.0
PERIOD_ONLY = 80.0  # the score of each fact listed for a query that is only a period
RANKED_ONLY = 80.0  # of each firm's figure ranked for a superlative naming only firms
UNSTATED_MARGIN = 20.0  # a figure whose words fit this much worse than a numberless fact's
TIE = 3.0  # facts this close to the first score tie on the words
TIED_READ = 5  # facts read to see which tie for first
RANKED_MARGIN = 10.0  # for 最多/最少: facts this close to the first are what is ranked
STATED_MARGIN = 8.0  # a stated figure this close to one inferred from it comes first
STATED_WITHIN = 3  # … looked for among the first results only
# English words in the question's order, neighbours in a name too: share of output
# (the 33.1%) before a share of enterprises with output (the 25%).
ORDER_BONUS = 2.0
ORDER_PAIRS = 6
SHARE_OF_BONUS = 5.0  # a share of what the question names (share of output)
# Above this many facts, a cheap C-level pass picks candidates before exact scoring.
PREFILTER_ABOVE = 3000
# Term-against-fact scores kept a base (some 40 MB at most, 400 bytes a score measured):
# a worker of the test suite asks some 70,000 distinct ones, the same words query after
# query; at 20,000 the memo was emptied three times a run (13% more search time).
TERM_SCORES_KEPT = 100_000
READINGS_KEPT = 20_000  # lists of terms whose readings are kept a base (_readings)


_LATIN_WORD = re.compile(r"[a-z0-9][a-z0-9&]*")


# A hit this strong names a fact (its word, or a near spelling of it): counted by _rare_hits.
_STRONG_HIT = 90.0


class Scored(NamedTuple):
    """One fact scored for a question, with what each of its terms hit."""

    position: int  # the fact's index in the base
    score: float
    field: str  # the strongest field that matched
    rank: int  # tie-break weight: 100 for an exact name, 10 for the quantity asked
    row: IndexRow
    hits: tuple[Hit, ...]  # what each term of the question hit
    plain: int = 0  # tie-break: how plainly the fact states what a bare name asks for


def search(
    base: FactBase,
    query: str,
    limit: int = DEFAULT_LIMIT,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[Match]:
    """Facts ranked for a query, best first, each scoring at least min_score."""
    query = meant(base, without_asides(base, names_respelt(base, query)))
    query = firms_not_stopped(query)  # (没停的企业: the firms not halted, as ask reads them)
    question = read(base, query)
    found = _found_for(base, question, query, limit, min_score)
    if question.figure_named:
        # 吉利产值超过200亿: a figure a fact states (the methanol vehicles' 200亿) names
        # that fact; where nothing is found so, it is a figure claimed of what is named;
        # so too where what is named is found far more surely as the claim's thing
        # (专精特新企业达到171户: the 87 specialised firms, not the 171 high-tech ones).
        held = read(base, query, figures_named=False)
        # (Not where what the figure names ties for first there too: methanol car output
        # over 20 billion, the headline's 200亿, not Geely's output; read past the limit
        # asked, which a tie may cross.)
        found_held = _found_for(base, held, query, max(limit, TIED_READ), min_score)
        top = found_held[0].score if found_held else 0.0
        tied = {m.fact.id for m in found_held if m.score >= top - TIE}
        if found_held and (
            not found
            or (
                found[0].fact.id not in tied
                and found_held[0].score >= found[0].score + _SURER_APART
            )
        ):
            question, found = held, found_held[: max(limit, 0)]
    if not found and not question.terms and question.about_enterprise:
        # the zone's biggest manufacturer, 最大的企业: with no word but the class and a
        # superlative, the firms' figures of the measure it reads (size: output) ranked.
        ranked = _firms_ranked(base, question, limit)
        if ranked:
            return ranked
    if not found and _a_measure_word_alone(question) and not _asks(fold_query(query)):
        # 投资, 增加值, value added: a measure no fact states, typed alone, is a keyword:
        # the facts whose words hold it (投资结构; 工业增加值, of Geely's pull on growth).
        keyword = analyse(query, in_names=frozenset(question.measure_words))
        return _found_for(base, keyword, query, limit, min_score)
    apart = _each_thing_joined(base, question, query, found, limit, min_score)
    if apart is not None:
        return apart
    listed = _each_clause_listed(base, query, limit, min_score) if not found else None
    if listed is not None:
        return listed
    if premise_of(query) is None:
        # (since GDP was 14.3 billion yuan, what is the population: a premise, then one
        # question, read below)
        asked = _each_question_asked(base, query, found, limit, min_score)
        if asked is not None:
            return asked
    if not found:
        # (area-wide assessment so projects need not repeat it: why a thing is done, in
        # words the report's sentence need not hold; the thing is what is asked)
        aside = _PURPOSE.search(query)
        if aside is not None and aside.start() > 0:
            thing = _search_read(base, query[: aside.start()], limit, min_score)
            if thing:
                return thing
        followed = _after_the_event(base, query, limit, min_score)
        if followed:
            return followed
    said = premise_of(query) if not found else None
    if said is None:
        return found
    # 既然提拔了10个处级干部，正处占几个: what the whole finds nothing for (its why, its wrong
    # figure), the claim it rests on and what it then asks find, claim first; only where
    # what is then asked finds something itself, or is only why (因为疫情，房价跌了多少: the
    # house prices, which the report never gives, find nothing).
    premise, rest, _, granted = said
    figured = _FIGURE_NOT_A_DATE.search(premise) is not None
    if not granted and not figured:
        return found  # (因为疫情，房价为什么跌了: a cause, and nothing of it the report says)
    if _ONLY_WHY.match(rest) is not None:
        # (既然…，为啥说…: only why is asked; unless what follows the why names a thing the
        # report never gives: 为啥房价还跌了)
        why_of = _WHY_WORDS.sub(" ", rest)
        if _names_the_unknown(base, why_of):
            return found
        rest = ""
    then = _search_read(base, rest, limit, min_score) if rest else []
    if rest and not then and (not figured or _names_the_unknown(base, rest)):
        # (what is then asked finding nothing: the premise's figure still answers, unless
        # what is asked names a thing the report never gives: 房价, population)
        return found
    for part in (_search_read(base, premise, limit, min_score), then):
        seen = {m.fact.id for m in found}
        found += [m for m in part if m.fact.id not in seen]
    return found[: max(limit, 0)]


def _firms_ranked(base: FactBase, question: Question, limit: int) -> list[Match]:
    """The figures of the measure asked that name one firm, for a superlative that names
    nothing but firms (the zone's biggest company): ranked as ask ranks them."""
    if question.operator not in ("max", "min") or question.measure is None:
        return []
    rows = search_data(base).rows()
    pool = [
        Scored(i, RANKED_ONLY, NAME, 0, row, ())
        for i, row in enumerate(rows)
        if row.enterprise
        and row.measure
        and measure_fits(question.measure, row.measure)
        and not base.fact(i).is_derived
    ]
    ordered = _largest_first(base, question, pool) if len(pool) > 1 else pool
    return [
        Match(base.fact(s.position), RANKED_ONLY, s.field, (), exact=False)
        for s in ordered[: max(limit, 0)]
    ]


def _after_the_event(base: FactBase, query: str, limit: int, min_score: float) -> list[Match]:
    """重卡交付之后签了什么协议, 停产之后开发区怎么应对, what happened after the trucks were
    delivered: where the whole finds nothing, what the rest asks, then the event itself."""
    folded = fold_query(query)
    asked = after_event_asked(folded)
    if asked is None:
        return []
    rest = folded[: asked.start()] + folded[asked.end("after") :].replace(asked["event"], " ")
    found = _search_read(base, rest, limit, min_score) if rest.strip(" ?？") else []
    if not found and _names_the_unknown(base, rest):
        return []  # (停产之后房价涨了多少: house prices, which the report never gives)
    seen = {m.fact.id for m in found}
    found += [
        m for m in _search_read(base, asked["event"], limit, min_score) if m.fact.id not in seen
    ]
    return found[: max(limit, 0)]


# A purpose after the thing asked (so that, in order to; 以便, 好让): set aside where the
# whole finds nothing. (Not so far, so many, so-called: no purpose.)
_PURPOSE = LazyPattern(
    r"\s+(?:so that|in order (?:to|that)|so(?! (?:far|much|many|long|called)\b))\s+"
    r"|[，,]?\s*(?:以便|以免|从而|好让)",
    hints=(" so ", " in order ", "以便", "以免", "从而", "好让"),
)
_SURER_APART = 10.0  # how much better each joined thing alone must score than the whole


def _only_heard_inside(scored: Scored) -> bool:
    """Every word that hits is two Chinese characters heard by their sound inside a
    longer name, a guess and no more."""
    hitting = [h for h in scored.hits if h.score >= TERM_FLOOR]
    return bool(hitting) and all(
        h.field == PINYIN and len(h.term) == 2 and h.score <= SOUND_INSIDE for h in hitting
    )


def _each_question_asked(
    base: FactBase, query: str, found: list[Match], limit: int, min_score: float
) -> list[Match] | None:
    """吉利造了多少车？产值呢？: two or three questions in one line, each searched (one
    naming no thing borrowing the thing, or else the measure, of the first): each
    question's best first, in the order asked, then what the whole found, then the rest.
    None unless every part asks and at least one finds something. Where the whole found
    something, it stands unless every part finds its own far more surely (GDP多少？战新产业
    增长多少？: the whole found only a fact joining the two), or a part names a thing the
    report never does (特斯拉产量多少？产值呢？: nothing, the whole's words having met in a
    fact neither asks of)."""
    if CLAUSES.search(query) is None:
        return None  # (one clause, most queries: nothing more read)
    # (留抵退税__亿元，全市排名第__: each blank a figure asked; 幾多, 咗: as Mandarin)
    said = as_asked(fold_query(query))
    parts = [p.strip() for p in CLAUSES.split(said) if p.strip()]
    if not 2 <= len(parts) <= 3 or not all(
        ZH_ASKING.search(p) or EN_ASKING.match(p) for p in parts
    ):
        return None
    first = read(base, parts[0])
    thing = " ".join(t.text for t in first.subject if not t.numeric and len(t.text) >= 2)
    each: list[list[Match]] = []
    follow_ups = bool(thing)  # every later part asks of the first's thing
    for at, part in enumerate(parts):
        asked = read(base, part)
        if at and not _names_a_thing(asked):
            # (GDP多少？占全市多少？: GDP's share, never the little giants' that the share
            # alone finds; a part asking a measure of its own, 扶持资金多少, borrows none)
            lent = thing or (" ".join(first.measure_words) if first.measure else "")
            if lent and (thing or asked.measure in (None, "share", "rank")):
                part = f"{lent} {part}"
        elif at:
            follow_ups = False
        each.append(_search_read(base, part, limit, min_score))
    if not any(each):
        unknown = found and any(_names_the_unknown(base, part) for part in parts)
        return [] if unknown else None
    firsts = [hits[0] for hits in each if hits]
    if found and not all(each):
        return None
    if found and min(m.score for m in firsts) < found[0].score + _SURER_APART:
        # (吉利产了多少车？产值呢？: the whole found fewer facts than questions asked; a
        # follow-up of the first's thing it missed, found as surely as its best, is asked)
        seen = {m.fact.id for m in found}
        missed = len(found) < len(parts) and any(m.fact.id not in seen for m in firsts)
        if not (follow_ups and missed and min(m.score for m in firsts) >= found[0].score - TIE):
            return None
    return _merged(firsts, found, each, limit)


def _merged(
    firsts: list[Match], found: list[Match], each: list[list[Match]], limit: int
) -> list[Match]:
    """Each part's best (in the order given), then what the whole found, then the rest
    of each part's facts, best first; each fact once."""
    rest = sorted((m for hits in each for m in hits[1:]), key=lambda m: -m.score)
    merged: list[Match] = []
    for match in [*firsts, *found, *rest]:
        if match.fact.id not in {m.fact.id for m in merged}:
            merged.append(match)
    # Results stay sorted by score: the parts' bests tie for first, at the best score of
    # all; what follows scores no more than what comes before it.
    top = max((m.score for m in merged), default=0.0)
    leading = {m.fact.id for m in firsts}
    ordered: list[Match] = []
    for match in merged:  # (the leading ones come first)
        below = ordered[-1].score if ordered else top
        score = top if match.fact.id in leading else min(match.score, below)
        ordered.append(match._replace(score=score))
    return ordered[: max(limit, 0)]


def _each_thing_joined(
    base: FactBase,
    question: Question,
    query: str,
    found: list[Match],
    limit: int,
    min_score: float,
) -> list[Match] | None:
    """省级和国家级小巨人, 吉利和白象, GDP和工业总产值: two things joined and asked of no
    operator (no comparison, sum, choice or claim) are each asked: each thing's best fact
    first, then what the whole found, then the rest of each thing's facts. Only where the
    whole finds nothing, or (in Chinese) each thing alone is found far more surely than
    the whole (a name holding 和 finds its own fact as surely). None where the query
    joins nothing, or one thing finds nothing (吉利和比亚迪: no second thing to show)."""
    if not any(j in query for j in ("和", "与", "及", "、", "跟", " and ", "&")):
        return None
    if (
        question.operator
        or question.sides
        or question.items
        or question.total
        or question.yes_no
        or question.threshold is not None
    ):
        return None
    things = sides_of(question.text, (*ZH_JOINERS, "、", " and ", "&"))
    if len(things) != 2:
        return None
    left, right = (analyse(thing).terms for thing in things)
    if parallel_level(left, right):
        # 省级和国家级小巨人: the level alone is the other thing at that level, read with
        # the tail of it that finds its fact best (省级小巨人, not 省级家级小巨人).
        best = 0.0
        for reading in borrowed_heads(things[0], things[1]):
            top = _search_read(base, reading, 1, min_score)
            if top and top[0].score > best:
                things[0], best = reading, top[0].score
    each = [_search_read(base, thing, limit, min_score) for thing in things]
    if not all(each):
        return None
    surest_apart = min(hits[0].score for hits in each)
    if found and (question.english or found[0].score + _SURER_APART > surest_apart):
        # What the whole finds stands unless each thing alone is found far more surely,
        # in Chinese (an English phrase's and joins inside a thing: covid control and the
        # economy; 跟 may be with: 交付以后跟哪家签了协议).
        return None
    # Each thing's best first (the whole's own best leading, or else the better of them),
    # then what the whole found, then the rest of each thing's facts, best first.
    led = found[0].fact.id if found else ""
    firsts = sorted((hits[0] for hits in each), key=lambda m: (m.fact.id != led, -m.score))
    return _merged(firsts, found, each, limit)


def _each_clause_listed(
    base: FactBase, query: str, limit: int, min_score: float
) -> list[Match] | None:
    """专精特新87户，省级小巨人17户，国家级5户; 留抵退税17亿 扶持资金7.06亿: two or three
    clauses listed, which the whole finds nothing for, are each searched: each clause's
    best first, then the rest. None where nothing is listed, or unless every clause names
    a thing or claims a figure and is found surely (太原 GDP: no second thing; 斯普瑞 产值:
    a measure asked of a thing). (Spaces part Chinese clauses only: English words are
    parted by spaces.)"""
    folded = fold_query(query)
    parted = _CLAUSES_LISTED_ZH if has_cjk(folded) else _CLAUSES_LISTED_EN
    clauses = [c.strip() for c in re.split(parted, folded) if c.strip()]
    if not 2 <= len(clauses) <= 3:
        return None
    each = []
    for clause in clauses:
        question = read(base, clause)
        # Each names a thing, or claims a figure (GDP143亿): a measure or a time alone
        # (斯普瑞 产值, 上半年 战新产值) is what is asked of the other, no thing listed.
        if not any(not t.numeric for t in question.subject) and re.search(r"\d", clause) is None:
            return None
        hits = _found_for(base, question, clause, limit, min_score)
        if not hits or hits[0].score < _LISTED_SURELY:
            return None  # (R&D 投入强度: the intensity only near some fact, no thing of its own)
        each.append(hits)
    return _merged([hits[0] for hits in each], [], each, limit)


_LISTED_SURELY = 90.0  # each clause's best: its thing found, not a word near a fact
_CLAUSES_LISTED_ZH = r"[，,；;、。]|\s+|并且|而且|以及"
_CLAUSES_LISTED_EN = r"[,;]\s*(?:and\s+)?"


# A level or a reach claimed of a thing (省级, 全省, 全国大赛, national): see _found_for;
# compiled when a query first holds a hint. (Only a ranking's, a contest's or a share's
# reach, said of the thing: 全国GDP names another place's GDP, which no fact answers.)
_REACH_CLAIMED = LazyPattern(
    r"(?<=占)(?:全国|全省|全市)"
    r"|(?:全球|世界|全国|国内|全省|全市)(?=首|第一|排名|排第|排在|[^，,。？?]{0,8}?[大比竞]赛)",
    hints=("全", "国内", "世界"),
)
_REACH_FIGURED = LazyPattern(
    r"(?:全国|全省|全市|全球|世界)(?:排名|排)?(?:第[一二三123](?!几)|首|一半|过半|\d)",
    hints=("全", "世界"),
)
# (a level said of the thing, as what it is: 是省级的吗, is it provincial?; or opening a
# claim of a figure, 省级企业技术中心11户, where nothing at that level is found; not the
# level of what is named, 国家级小巨人)
_LEVEL_CLAIMED = LazyPattern(
    r"(?<=是|为)(?:国家级|国际级|省级|市级)(?=的?(?:吗|嘛|么|[?？]|$))"
    r"|^(?:国家级|国际级|省级|市级)(?=[\u4e00-\u9fff])"
    r"|(?i:\b(?:national|provincial|municipal)(?= ?(?:level|-level)?(?: one)? ?[?.]?$))",
    hints=("级", "ational", "rovincial", "unicipal"),
)
# A figure granted: a number of things or an amount, never a year or a month (因为2022年疫情
# grants no figure).
_FIGURE_NOT_A_DATE = re.compile(
    r"(?<![\d.])(?!(?:19|20)\d\d(?:年|\b))\d+(?:\.\d+)?(?!\s*月)"
    r"|[一二两三四五六七八九十百千万亿]+(?:[个台辆户家人名项亿万元%]|个百分点)"
)
# (为啥说…, 那战新产业咋还涨了, why …: why it came about, no figure asked; the why among the
# clause's first words)
_ONLY_WHY = re.compile(
    r"\s*(?:那|那么|可|但|还)?(?:[^，,。？?]{0,12}?(?:咋还|怎么还|为什么|为啥|凭什么|凭啥|何以))"
    r"|\s*why\b"
)


_WHY_WORDS = re.compile(r"那么|那|可|但|还|咋|怎么|为什么|为啥|凭什么|凭啥|何以|\bwhy\b")


def _names_the_unknown(base: FactBase, text: str) -> bool:
    """Does the text name a measure no fact states, or a word that finds nothing by
    itself (房价, the weather, 人口)?"""
    question = read(base, text)
    return asks_unstated(base, question) or any(
        not _search_read(base, t.text, 1, DEFAULT_MIN_SCORE)
        for t in question.terms
        # (涨, 跌了: what happened to it, a verb, no thing named)
        if not t.numeric and len(t.text) >= 2 and not t.text.endswith(("了", "过", "着"))
    )


def _search_read(base: FactBase, query: str, limit: int, min_score: float) -> list[Match]:
    return _found_for(base, read(base, query), query, limit, min_score)


def _asks(folded: str) -> bool:
    """Does the query hold an asking word (谁, 多少, who, what): a question, no keyword?"""
    # (EN_ASKING is read from a word's start: square, basis hold no are, is)
    return ZH_ASKING.search(folded) is not None or any(
        EN_ASKING.match(word) is not None for word in re.findall(r"\b[a-z]+", folded)
    )


def _a_measure_word_alone(question: Question) -> bool:
    """Is the query a measure's words and nothing else, with nothing asked of it (no
    amount, claim, comparison or time), each word one no fact's figure is of?"""
    return (
        question.measure is not None
        and bool(question.terms)
        and all(t.unlisted for t in question.terms)
        and not question.asks_number
        and not question.yes_no
        and question.threshold is None
        and question.period is None
        and not question.operator
    )


def _found_for(
    base: FactBase, question: Question, query: str, limit: int, min_score: float
) -> list[Match]:
    """The facts found for a query as read (the question, read once by `search`)."""
    if asks_unstated(base, question):
        return []  # 吉利汽车利润, price of a truck: the report does not say
    if another_firm_named(base, query):
        return []  # 吉祥汽车产值多少: a firm the report never names
    if question.time_order:
        # 2022年最早发生的事: the facts of the earliest month the report dates things to.
        extreme = dated_extreme(base, question, query)
        if extreme is None:
            return []
        return [
            Match(base.fact(i), PERIOD_ONLY, "period", (), exact=False)
            for i in extreme[1][: max(limit, 0)]
        ]
    if question.sides or question.items:
        # A comparison, or a choice among listed things: each fact scores as well as it
        # answers one of the sides.
        best: dict[int, Scored] = {}
        tops: list[int] = []  # each side's best fact
        # Things listed (甲、乙、丙三家里谁最多) are what is chosen among, as ask reads them:
        # not the two "sides" the last joiner would make of them.
        sides = question.items or question.sides
        measures = question.item_measures if question.items else question.side_measures
        for index, side in enumerate(sides):
            if len(sides) == 2 and parallel_level(side, sides[1 - index]):
                side = _completed(base, question, query, side, sides[1 - index], min_score)
            # A side naming its own measure (吉利汽车产值和全区GDP) is scored for it.
            own = measures[index] if index < len(measures) else None
            asked = question._replace(measure=own) if own else question
            if question.items:
                # The things are named: no class of them (哪个 … 企业) constrains them.
                asked = asked._replace(about_enterprise=False)
            side_scored = score_facts(base, asked, query, terms=side, min_score=min_score)
            tops += [side_scored[0].position] if side_scored else []
            lowest = question.asks_less or question.operator == "min"
            if (question.place > 1 or lowest) and side_scored:
                # 留抵退税和扶持资金里第二多的: a side two payments answer alike brings
                # both into the ranking the place is counted in; so for the least (高新、
                # 专精特新、小巨人哪类最少: the national 5 of the little giants). Which is
                # larger needs only each side's best: measured on every suite, bringing the
                # rivals in there too costs more queries than it gains.
                # (Not a figure the report only infers, the city's ≈10 beside the zone's 5:
                # no thing the question names.)
                tops += [
                    s.position
                    for s in side_scored[1:]
                    if s.score >= side_scored[0].score - TIE
                    and s.row.measure == side_scored[0].row.measure
                    and not (lowest and base.fact(s.position).is_derived)
                ]
            for item in side_scored:
                if item.position not in best or item.score > best[item.position].score:
                    best[item.position] = item
        scored = _answer_first(base, question, sorted(best.values(), key=_order), tops)
        gap = _gap_stated(base, question, query, min_score)
        if gap is not None:
            # 战新产业增速和GDP增速差多少: the gap the report states answers, ahead of the
            # two rates (as ask answers it).
            scored = _led_by(base, scored, gap)
        if question.total and len(sides) >= 3 and len(tops) < len(sides):
            return []  # 吉利、比亚迪和长城汽车产量合计: a thing of no fact leaves no sum
        if question.total and question.sides and len(set(tops)) == len(sides):
            # A和B加起来: their sum as the report infers it, or nothing (no sum is stated).
            total = sum_of(base, set(tops))
            if total is None:
                return []
            scored = _led_by(base, scored, total)
    else:
        scored = _stated_first(
            base, question, score_facts(base, question, query, min_score=min_score)
        )
        claimed = question.yes_no or question.threshold is not None
        if not scored and claimed and question.period is not None:
            # 500台甲醇重卡是6月交付的吗: a month claimed of what the report dates to
            # another answers it (no, in December), as ask says; so does one claimed with
            # a figure (听说500台甲醇重卡6月交付，对吗).
            undated = question._replace(period=None)
            scored = [
                s
                for s in score_facts(base, undated, query, min_score=min_score)
                if "-" in s.row.period
            ]
        # 甲醇经济示范区是省级的吗, 留抵退税全省第一, 占全省一半: a level or reach claimed
        # of what the report states at another is answered by that fact (no, national;
        # first in the city), as ask says: found with the level left out. A reach first
        # (国家级小巨人占全省一半 keeps the little giants' level); a level only as claimed.
        # (a reach with a place or part said, 全省第一, 占全省一半; 全省排名 asks the rank)
        reach_held = claimed or _REACH_FIGURED.search(query) is not None
        for claimed_level, held in ((_REACH_CLAIMED, reach_held), (_LEVEL_CLAIMED, claimed)):
            if not scored and held:
                unleveled = re.sub(r"\s+", " ", claimed_level.sub("", query)).strip()
                if unleveled == query:
                    continue
                bare = read(base, unleveled)
                scored = _stated_first(
                    base, bare, score_facts(base, bare, unleveled, min_score=min_score)
                )
        if question.describes:
            scored = _description_first(scored)
        scored = [
            s
            for s in scored
            # (级别最高的干部: the grades ranked, though the total's name holds the words)
            if not topic_names_another(base, question, s)
            or (question.by_level and level_of(s.row) is not None)
        ]
        scored = [s for s in scored if not _counts_the_whole(base, question, s)]
        if question.measure is not None or question.wants_number:
            # 中小企业数量, 高新技术企业产值占比, industrial output growth: a measure asked of
            # a class or of industry, which a fact of another class or part does not give.
            scored = [
                s
                for s in scored
                if not of_another_class(base, question, query, base.fact(s.position))
            ]
        # 四化 heard as 司化 inside 公司化运营: two syllables guessed inside a longer name
        # are no hit where nothing else of the query hits.
        scored = [s for s in scored if not _only_heard_inside(s)]
        scored = [s for s in scored if not _counts_another_thing(question, s)]
        scored = [s for s in scored if another_dimension(question, s.row.dimension) is None]
        scored = [s for s in scored if not _another_firms_thing(question, s)]
        firms = frozenset(_firm_names(base))
        scored = [
            s
            for s in scored
            if not _of_another_named_firm(firms, question, s, base.fact(s.position).quote)
        ]
        if question.measure == "share" and question.subject:
            scored = [s for s in scored if not _share_of_another_fact(base, question, s)]
        if question.asks_made:  # 斯普瑞主营产品是什么: a thing made, or so many made
            # (search keeps every statement: what a body does, 党建联盟是做什么的)
            scored = [s for s in scored if not s.row.measure or s.row.dimension == VEHICLES]
        if question.asks_where:  # 斯普瑞公司在哪里: a fact placing its thing
            scored = [s for s in scored if PLACED.search(s.row.quote) is not None]
        scored = _without_what_the_named_lacks(base, question, query, scored, min_score)
        if question.total:
            scored = _sum_first(base, scored)
        if question.operator in ("max", "min"):
            # 哪个党建联盟规模最大: a ranking of alliances; the count of them is none of
            # them (what one alliance has, the report does not say).
            chosen = chosen_noun(query)
            scored = [s for s in scored if not counts_the_chosen(chosen, s.row)]
        if _ranks_by_number(question, query) and scored:
            # 哪个联盟成员企业最多: a ranking of numbers, of which the facts the words fit
            # best state none (the count of alliances, further down, counts no members).
            fitting = [s for s in scored if s.score >= scored[0].score - RANKED_MARGIN]
            if not any(s.row.measure for s in fitting):
                return []
        if question.threshold is not None:
            scored = _clearing_first(question, scored)
        scored = _said_as_typed_first(query, scored)
        scored = _unit_as_typed_first(base, query, scored)
        if question.measure == "share":
            scored = _on_the_basis_said_first(base, query, scored)
        if question.by_level and scored:
            scored = _highest_level_first(question, scored)
        elif question.operator in ("max", "min", "compare"):
            scored = _largest_first(base, question, scored)
    flat_terms = question.terms
    matches = []
    for item in scored[: max(limit, 0)]:
        fact = base.fact(item.position)
        spans = quote_spans(fact.quote or "", flat_terms)
        score = round(min(100.0, item.score), 1)
        matches.append(Match(fact, score, item.field, spans, exact=item.rank >= 100))
    return matches


# A first word scoring below this against a fact shares some of its characters with the
# fact's names, no more (四上企业 against 亿元以上企业数: 企业).
SHARED_CHARACTERS = 60.0


# What a firm is called, whichever firm: 斯普瑞公司产值 is 斯普瑞's, which 公司 says no more of.
_FIRM_WORDS = frozenset(
    "企业 公司 厂 工厂 厂家 厂商 company companies firm firms enterprise enterprises".split()
)


def topic_names_another(base: FactBase, question: Question, item: Scored) -> bool:
    """The query's first word, what it is about, misses this fact and holds another
    fact's name whole, and all that matches is a place, the measure's word or what a firm
    is called (省级小巨人占全市比重: the provincial little giants, whose share of the city's
    the report does not state, not the national ones' share, however well 全市 and 比重
    match; 斯普瑞公司产值: not the output of the firms over 100 million yuan)."""
    # (全区有多少家四上企业: the zone as a whole, every fact's, is not what it is about)
    hits = item.hits
    while len(hits) > 1 and hits[0].term in THE_ZONE:
        hits = hits[1:]
    first = hits[0] if hits else None
    if first is None or first.score >= SHARED_CHARACTERS or len(first.term) < 3:
        return False
    if not is_cjk(first.term[0]):
        return False
    generic = set(question.measure_words) | set(PLACES)
    if search_data(base).names_a_firm(first.term):
        generic |= _FIRM_WORDS  # the first word names a firm: 公司 says no more of it
    if any(h.score >= TERM_FLOOR and h.term not in generic for h in hits[1:]):
        return False
    # Held whole by another fact's name, or holding one: 四上企业 is the shutdown share's
    # word, and its 企业 alone does not make it a count of other firms.
    within, holding = search_data(base).names_around(first.term)
    around = within | holding if first.score >= TERM_FLOOR else within
    return bool(around - {item.position})


_COUNTED_DIMENSIONS = frozenset({"count", "enterprises", "items", "people", "vehicles"})
_COUNTED_THINGS = _COUNTED_DIMENSIONS - {"count"}  # firms, items, people, vehicles


# The thing a which chooses (哪个党建联盟, which alliance): one of many, by its name.
# Compiled on first use, and tried only on a question holding a which.
_WHICH_NOUN = LazyPattern(
    r"(?:哪个|哪一个|哪家|哪一家|哪只|哪一只|哪条|哪座|哪项|哪一项|边个)(?P<zh>[\u4e00-\u9fff]{2,6}?)"
    r"(?=[的是有最规成会企完]|$)"
    # 最大的专精特新企业是哪家: the things chosen among, named before the which
    r"|最(?:大|强|高|多)的(?P<before>[\u4e00-\u9fff]{2,8}?)是(?:哪家|哪个|哪一家|哪一个)"
    # 七个党建联盟里哪个规模最大: the things named before the which, among which it chooses
    # by size (小巨人里哪个最多 ranks the kinds, by count).
    r"|(?:[\d两二三四五六七八九十几]+[个家项只条座位])?(?P<among>[\u4e00-\u9fff]{2,6}?)"
    r"(?:里|当中|之中|中)(?:哪个|哪一个|哪家|哪一家|哪只|哪一只)(?=规模)"
    r"|\bwhich (?:single |one |of (?:the |these |those )?)?(?P<en>[a-z][a-z-]+"
    # (which national little giant is largest: the words before the verb name the thing)
    r"(?:(?: (?!(?:is|was|are|were|has|had|did|does|do|of|in)\b)[a-z][a-z-]+){1,2}"
    r"(?= (?:is|was|are|were|has|had)\b))?)"
    # the largest little giant, the biggest national little giant: one of them, singular
    # and said whole (two words or three; the end of the question closes it).
    r"|\bthe (?:largest|biggest|greatest|strongest) (?P<en_one>[a-z][a-z-]+(?: [a-z][a-z-]+){1,2})"
    r"(?=\s*[?.!]*\s*$)",
    hints=("哪", "边个", "which", "the"),
)
_NO_NOUN = frozenset(
    "of one ones is are was were the these those do does did has have".split()
    # Which number of enterprises, 哪个数字: a figure, none of the things counted.
    + "number numbers figure figures amount amounts count total sum value 数字 数据 数量".split()
)
_COUNT_ENDINGS = ("数量", "个数", "总数", "数")


def chosen_noun(query: str) -> str:
    """The thing a superlative's which chooses among (哪个党建联盟规模最大: 党建联盟), or ""."""
    found = _WHICH_NOUN.search(fold_query(query))  # Simplified: 哪個 is 哪个
    if found is None:
        return ""
    noun = found["zh"] or found["before"] or found["among"] or found["en"] or found["en_one"] or ""
    # (哪个企业数最多: a count, 企业数, is a figure, no thing chosen among)
    counted = bool(noun) and is_cjk(noun[0]) and noun.endswith("数")
    return "" if noun in _NO_NOUN or counted else noun


# Levels of government or recognition, highest first (国家级 above 省级 above 市级).
# Levels of government, highest first; then a cadre's grade (正处 above 副处), which no
# ranking mixes with them.
_LEVEL_WORDS = (("国家级", "国际级"), ("省级",), ("市级",), ("正处",), ("副处",))


def level_of(row: IndexRow) -> int | None:
    """The highest level a fact's names give it (0: national, 1: provincial, 2: city; 3
    and 4 a cadre's grade, 正处 and 副处), or None: 全市国家级小巨人 are of the national
    level, counted in the city."""
    names = "".join(row.cjk_names)
    found = [i for i, words in enumerate(_LEVEL_WORDS) if any(w in names for w in words)]
    return min(found) if found else None


def _highest_level_first(question: Question, scored: list[Scored]) -> list[Scored]:
    """最高级别的小巨人: of the facts the words fit about as well as the first, the one of
    the highest level first (the lowest for 最低), those of no level after them."""
    near = [s for s in scored if s.score >= scored[0].score - RANKED_MARGIN]
    if all(level_of(s.row) is None for s in near):
        # 级别最高的干部: the total promoted fits the words best, but has no grade; the
        # ranking is of the facts that have one.
        near = [s for s in scored if level_of(s.row) is not None] + near
    far = [s for s in scored if s not in near]

    def place(item: Scored) -> tuple[bool, int]:
        level = level_of(item.row)
        if level is None:
            return (True, 0)
        return (False, -level if question.operator == "min" else level)

    # The leader takes the first score, as a ranking's answer does; the rest keep their
    # order (results stay sorted by score).
    leader = min(near, key=place)
    rest = sorted((s for s in near if s is not leader), key=lambda s: -s.score)
    return [leader._replace(score=scored[0].score), *rest, *far]


def counts_the_chosen(chosen: str, row: IndexRow) -> bool:
    """A count of the very things chosen among (产业党建联盟数量 for 哪个党建联盟): how many
    there are, no value of any one of them."""
    if not chosen or row.measure != "count":
        return False
    if named_by_the_chosen(chosen, row):
        return True
    if is_cjk(chosen[0]):
        return any(
            chosen in name and name.endswith(_COUNT_ENDINGS) and chosen != name
            for name in row.cjk_names
        )
    # Number of industry Party-building alliances, alliance count: of the thing chosen.
    root = stem(chosen.split()[-1])
    return any(
        (name.startswith(("number of ", "how many ")) or name.endswith(" count"))
        and root in (stem(w) for w in re.findall(r"[a-z]+", name))
        for name in row.names
    )


# A level said before the things (国家级, 省级专精特新): a kind of them by level.
_LEVEL_BEFORE = re.compile(r"(?:国家|国际|省|市)级?(?:专精特新)?$")


def _a_level_of(name: str, things: str) -> bool:
    """国家级专精特新小巨人企业数 names one level of the 小巨人企业 (数) asked among."""
    return name.endswith(things) and _LEVEL_BEFORE.search(name[: -len(things)]) is not None


_FIRMS_STEMS = frozenset(stem(w) for w in ("enterprises", "firms", "companies"))


def named_by_the_chosen(chosen: str, row: IndexRow) -> bool:
    """A count named by the things chosen among themselves (国家级小巨人 for 哪家国家级小巨人
    最大, national little giants for which national little giant is largest): one of the
    things it counts is asked for. (A word of a name, industry of the industry alliances'
    number, is no name of them.)"""
    if not chosen or row.measure != "count":
        return False
    if is_cjk(chosen[0]):
        # (专精特新企业数: the things, and 数; 国家级小巨人 of 哪家小巨人最大, one level of them)
        return any(
            n == chosen
            or n in (chosen + e for e in _COUNT_ENDINGS)
            or any(_a_level_of(n, chosen + e) for e in ("", *_COUNT_ENDINGS))
            for n in row.cjk_names
        )
    roots = [stem(w) for w in chosen.split()]
    if len(roots) < 2:
        return False
    for name in row.names:
        words = [stem(w) for w in re.findall(r"[a-z]+", name)]
        # (national-level "little giant" enterprises: the little giants, the firms said)
        if words[-1:] and words[-1] in _FIRMS_STEMS and roots[-1] not in _FIRMS_STEMS:
            words = words[:-1]
        if words[-len(roots) :] == roots:
            return True
    return False


def _counts_the_whole(base: FactBase, question: Question, item: Scored) -> bool:
    """How many of a thing, asked of a share whose whole that thing is, and only its
    whole: 四上企业有多少家 is not answered by the share of them that shut down (the
    halted ones are its part), nor 规上企业有多少 by the share of them above 100 million."""
    if item.row.measure != "share" or question.measure not in (None, "count"):
        return False
    if not question.dimensions & _COUNTED_DIMENSIONS:
        return False
    whole = _share_whole(base.fact(item.position).label.zh)
    named = [h.term for h in item.hits if h.score >= TERM_FLOOR]
    return bool(whole) and bool(named) and all(is_cjk(t[0]) and t in whole for t in named)


def _counts_another_thing(question: Question, item: Scored) -> bool:
    """How many firms, asked of a count of other things that only its quote matches:
    the 7 indicators' quote names “四上”企业数增速, and 四上企业有多少家 asks for firms."""
    asked = question.dimensions & _COUNTED_THINGS
    return (
        bool(asked)
        and item.field in QUOTES
        and item.row.dimension in _COUNTED_THINGS
        and item.row.dimension not in asked
        # (高新技术企业数增速 is an indicator it names, 企业数 a word of that name)
        and not _measure_named_in_quote(question, item.row)
    )


def _without_what_the_named_lacks(
    base: FactBase, question: Question, query: str, scored: list[Scored], min_score: float
) -> list[Scored]:
    """A number asked of a thing some fact names but gives no number for (the size of the
    industry development fund: set up, its size never stated): a fact whose words the
    question shares are fewer than that one's, all among them, is another thing (the
    support funds miss "development"), not its number. As ask declines it (unstated),
    search lists none of them."""
    if not scored or not question.wants_number or question.operator:
        return scored
    if question.measure == "count" or question.dimensions & _COUNTED_DIMENSIONS:
        # How many were set up: the count of the things an event names states it, though
        # the event says more of them (seven alliances, by industry).
        return scored
    listed = {s.position for s in scored}

    def hit(item: Scored) -> frozenset[str]:
        return frozenset(h.term for h in item.hits if h.score >= TERM_FLOOR)

    # Only the facts without a number that were not listed are scored again.
    rows = search_data(base).rows()
    numberless = {i for i, row in enumerate(rows) if not row.measure and i not in listed}
    again = score_facts(base, question, query, min_score=min_score, only=numberless, penalise=False)
    # (A figure of that fact's own sentence is its number: the years in 近三年来首次超过
    # 疫情前水平, how many years since the economy exceeded its pre-Covid level.)
    named = [(hit(s), s.row.quote) for s in again]
    return [
        s
        for s in scored
        if not any(hit(s) < words and quote != s.row.quote for words, quote in named)
    ]


def another_dimension(question: Question, dimension: str) -> str | None:
    """The dimension a question asks for in so many words that a figure in `dimension`
    is not, or None: an amount of money (金额, 多少钱, how much money: not a bare how
    much, which asks how far a rate went as well, nor 多少万, tens of thousands of
    anything) of a fact that counts, ranks or rates something (500台甲醇重卡合同金额 is
    no 500 trucks); so many people, firms or vehicles of a fact counting other things or
    stating money (晋中市有多少人 is no count of firms; 党建联盟有多少人 no count of
    alliances: the report counts people and vehicles in their own units, never in 个);
    a quantity in a unit no fact states (多少吨, 几公里). A bare how many (多少个, how many)
    asks any count."""
    if not dimension:
        return None
    if question.dimensions == {PERCENT} and dimension not in (PERCENT, POINTS):
        return PERCENT  # 百分之多少的企业是高新技术企业: a per cent asked, no count of them
    if question.dimensions == {"money"}:
        text = question.text
        money = any(w in text for w in _MONEY_SAID) or "how much money" in text
        return "money" if money and dimension != "money" else None
    measured = question.dimensions & _UNSTATED_DIMENSIONS
    if measured:
        return None if dimension in measured else min(measured)
    asked = question.dimensions & _COUNTED_THINGS
    if not asked or "count" in question.dimensions or dimension in asked:
        return None
    if dimension in ("people", "vehicles", "money") or (
        dimension == "count" and asked & {"people", "vehicles"}
    ):
        return min(asked)
    if dimension in ("enterprises", "items", PERCENT, POINTS) and asked & {"people", "vehicles"}:
        return min(asked)  # (吉利人数: no pull of Geely's in points either)
    return None  # (家 of projects, 项 of firms, 家 of bodies in 个: said loosely, counted)


_MONEY_SAID = tuple(w for w in MONEY_WORDS_ZH if w != "多少万")  # 多少万辆, 整车多少万
_UNSTATED_DIMENSIONS = frozenset(UNSTATED_UNITS.values())


def _share_whole(label: str) -> str:
    """What a share is of, from its Chinese label: after 占 (亿元以上企业占全区规上企业
    比重), or after the 的 of what is counted among it (停产停业停工的“四上”企业和建筑工地
    占比); its quotation marks dropped."""
    label = re.sub(r"(?:的)?(?:占比|比重|比例|份额)$", "", re.sub(r"[“”\"'‘’]", "", label))
    if "占" in label:
        return label.split("占", 1)[1]
    if "的" in label:
        return label.rsplit("的", 1)[1]
    return ""


def _completed(
    base: FactBase,
    question: Question,
    query: str,
    side: list[Term],
    other: list[Term],
    min_score: float,
) -> list[Term]:
    """A level alone completed with the other side's thing (provincial + national little
    giants -> provincial little giants): the first completion the base holds."""
    for terms in completions(side, other):
        if score_facts(base, question, query, terms=terms, min_score=min_score):
            return terms
    return side


def _answer_first(
    base: FactBase, question: Question, scored: list[Scored], tops: list[int]
) -> list[Scored]:
    """A comparison of amounts in one unit dimension (谁拉动得多, which is larger; 甲、乙、丙
    哪个最多) lists its sides first, the one that answers first: the largest, or the
    smallest for 谁少 or a minimum."""
    from jzfacts.query import by_amount

    tops = list(dict.fromkeys(tops))
    if len(tops) < 2:
        return scored
    lowest = question.asks_less or question.operator == "min"
    ordered = _placed_first(by_amount(base, tops, lowest=lowest), question.place)
    if len(ordered) != len(tops):
        return scored  # not amounts of one dimension: the scores decide
    # They answer the question alike: each at the best score among them (results stay
    # sorted by score), the answer first.
    first = {item.position: item for item in scored}
    top = max(first[p].score for p in ordered)
    leading = [first[p]._replace(score=top) for p in ordered]
    return leading + [item for item in scored if item.position not in ordered]


def _description_first(scored: list[Scored]) -> list[Scored]:
    """陕西建工是什么级别的企业, what kind of company is …: a statement of what it is, among
    those about as close as the first, leads, though another fact holds the name exactly
    (the joint venture it set up, whose partner it is)."""
    close = [s for s in scored if s.score >= scored[0].score - TIE] if scored else []
    statement = next((s for s in close if s.row.kind == "statement"), None)
    if statement is None or statement is scored[0]:
        return scored
    lead = statement._replace(score=max(statement.score, scored[0].score))
    return [lead, *(s for s in scored if s is not statement)]


def _clearing_first(question: Question, scored: list[Scored]) -> list[Scored]:
    """增速超过70%: of the facts tied on the words, those whose figure clears the number
    come first, at the first score (results stay sorted by score); so do those stating the
    figure claimed (扶持资金7.06亿: of the two support funds, the one of 7.06亿)."""
    from decimal import Decimal

    threshold = question.threshold
    if threshold is None or threshold.relation not in (
        "above",
        "at-least",
        "below",
        "equals",
        "within",
    ):
        return scored
    if not scored:
        return scored
    # (a figure claimed as it is written names its fact among those the words fit about as
    # well: 家纯汽车产值200亿, the methanol vehicles' 200亿 beside Geely's output)
    margin = RANKED_MARGIN if threshold.relation == "equals" else TIE
    tied = [s for s in scored if s.score >= scored[0].score - margin]

    def clears(item: Scored) -> bool:
        row = item.row
        if not row.amount or (threshold.dimension and row.dimension != threshold.dimension):
            return False
        if threshold.relation == "equals" and row.kind == "derived":
            return False  # (国家级小巨人10户: the zone's 5 claimed, not the city's inferred ≈10)
        amount = Decimal(row.amount)
        return bool(threshold.cleared(amount, amount))

    clearing = [s for s in tied if clears(s)]
    if not clearing or len(clearing) == len(tied):
        return scored
    top = scored[0].score
    return [s._replace(score=top) for s in clearing] + [s for s in scored if s not in clearing]


# The basis a share is said on: of how many things there are (家数占比, 数量的占比, by
# number) or of what they produce (产值占比, 产值的比重, output share). 产值 of a class's
# name (产值亿元以上的企业) says none: only right before the share's word.
_BY_NUMBER = LazyPattern(
    r"(?:家数|户数|企业数|个数|数量)的?(?:占|比重|比例|份额)|按(?:家数|户数|数量)"
    r"|\bby (?:number|count)\b|\b(?:number|count|headcount) share\b",
    hints=("家数", "户数", "企业数", "个数", "数量", "按", "by ", " share"),
)
_BY_VALUE = LazyPattern(
    r"产值的?(?:占|比重|比例|份额)|按产值"
    r"|\bby (?:value|output)\b|\boutput share\b"
    r"|\bshare of (?:the )?(?:zone'?s? )?(?:total )?(?:industrial )?output\b",
    hints=("产值", "by ", "output"),
)


def share_basis(folded: str) -> str:
    """The basis a share is asked or claimed on: "number", "value", or "" (neither said,
    or both)."""
    number = _BY_NUMBER.search(folded) is not None
    value = _BY_VALUE.search(folded) is not None
    return "" if number == value else "number" if number else "value"


def bases_in_order(folded: str) -> tuple[str, str] | None:
    """产值占比是数量占比的几倍, the output share against the count share: the two bases a
    comparison of shares says, in the order said (None unless both are said)."""
    number, value = _BY_NUMBER.search(folded), _BY_VALUE.search(folded)
    if number is None or value is None:
        return None
    return ("number", "value") if number.start() < value.start() else ("value", "number")


def basis_of(fact: Fact) -> str:
    """A share's basis as its name says it: of output where it names 产值 (亿元以上企业产值
    占全区比重), else of how many (亿元以上企业占全区规上企业比重, 85% of the firms)."""
    return "value" if "产值" in fact.label.zh else "number"


def on_basis(base: FactBase, scored: Scored, basis: str) -> bool:
    """Is the fact a share on the basis said (or no share, which has none)?"""
    fact = base.fact(scored.position)
    return fact.measure != "share" or basis_of(fact) == basis


def _on_the_basis_said_first(base: FactBase, query: str, scored: list[Scored]) -> list[Scored]:
    """亿元以上企业家数占比: of the shares the words find about as well, the one on the
    basis said leads (25%, not their output's 33.1%)."""
    basis = share_basis(fold_query(query))
    if not basis or not scored:
        return scored
    top = scored[0].score
    tied = [s for s in scored if s.score >= top - TIE and s.row.measure == "share"]
    said = [s for s in tied if on_basis(base, s, basis)]
    if not said or said[0] is scored[0]:
        return scored
    lead = [s._replace(score=top) for s in said]
    return lead + [s for s in scored if s not in said]


def _said_as_typed_first(query: str, scored: list[Scored]) -> list[Scored]:
    """被认定, 同比增长, 第一: of the facts near the first on a few Chinese words, those whose
    own sentence says them as typed come first, at the first score (an alias saying 认定
    names a class; the report's 被认定 is the tech centres')."""
    typed = "".join(c for c in fold_query(query) if is_cjk(c))
    if not scored or not 2 <= len(typed) <= _TYPED_LONGEST or len(typed) != len(query.strip()):
        return scored
    if scored[0].rank >= 100:
        return scored  # (a name typed exactly, an alias: its fact stays first)
    near = [s for s in scored if s.score >= scored[0].score - _TYPED_MARGIN]
    said = [s for s in near if typed in s.row.quote]
    if not said or len(said) == len(near) or said[0] is scored[0]:
        return scored
    top = scored[0].score
    return [s._replace(score=top) for s in said] + [s for s in scored if s not in said]


def _unit_as_typed_first(base: FactBase, query: str, scored: list[Scored]) -> list[Scored]:
    """7项, 2名: a figure typed with its unit; of the facts tied first on the figure, those
    stating it in that unit come first (7项 are the indicators, 7个 the alliances)."""
    typed = _FIGURE_AND_UNIT.fullmatch(fold_query(query))
    if typed is None or not scored:
        return scored
    near = [s for s in scored if s.score >= scored[0].score - _TYPED_MARGIN]
    said = [s for s in near if base.fact(s.position).unit == typed["unit"]]
    if not said or len(said) == len(near) or said[0] is scored[0]:
        return scored
    top = scored[0].score
    return [s._replace(score=top) for s in said] + [s for s in scored if s not in said]


_FIGURE_AND_UNIT = LazyPattern(r"\s*\d+(?:\.\d+)?\s*(?P<unit>[^\d\sa-z]{1,3})\s*")
_TYPED_LONGEST = 8  # characters: a keyword or two, not a question
_TYPED_MARGIN = 5.0  # points under the first: a near tie on the words


def _gap_stated(base: FactBase, question: Question, query: str, min_score: float) -> int | None:
    """How far one rate is ahead of another (A增速比B高多少, 差多少): the fact stating that
    gap, where the whole question names one."""
    if question.measure != "growth-gap" and not (
        question.difference and question.measure == "growth-rate"
    ):
        return None
    asked = question._replace(measure="growth-gap", operator="", sides=(), difference=False)
    found = score_facts(base, asked, query, min_score=min_score)
    first = found[0] if found else None
    if first is None or first.row.measure != "growth-gap":
        return None
    return first.position


def _placed_first(ordered: list[int], place: int) -> list[int]:
    """A ranking with the fact at the place asked (第二多: the second) first, where it
    reaches that far."""
    if place <= 1 or place > len(ordered):
        return ordered
    return [ordered[place - 1], *ordered[: place - 1], *ordered[place:]]


def _sum_first(base: FactBase, scored: list[Scored]) -> list[Scored]:
    """一共提拔了几个处级干部: the sum the report infers of the facts found first (正处,
    副处), ahead of them at the best score, found or not."""
    for count in range(min(len(scored), SUMMED_AT_MOST), 1, -1):
        total = sum_of(base, {s.position for s in scored[:count]})
        if total is not None:
            return _led_by(base, scored, total)
    return scored


def _led_by(base: FactBase, scored: list[Scored], position: int) -> list[Scored]:
    """The fact at `position` first, at the best score (results stay sorted), found or not."""
    first = scored[0]._replace(position=position, row=search_data(base).row(position), rank=0)
    return [first, *(s for s in scored if s.position != position)]


SUMMED_AT_MOST = 3  # a sum found among this many facts found first


def sum_of(base: FactBase, positions: set[int]) -> int | None:
    """The fact the report infers as the sum of exactly these facts, if there is one.
    Looked for in a base small enough to read whole (a large one is searched through
    candidates, and reading every row for a sum would cost more than the search)."""
    from jzfacts.formula import is_sum  # only a question asking a total needs it

    data = search_data(base)
    if data.size > PREFILTER_ABOVE:
        return None
    for index, row in enumerate(data.rows()):
        if row.kind != "derived":
            continue
        fact = base.fact(index)
        if {base.index_of(i) for i in fact.inputs} == positions and is_sum(fact.formula or ""):
            return index
    return None


def _stated_first(base: FactBase, question: Question, scored: list[Scored]) -> list[Scored]:
    """国家级小巨人企业有几家: the stated 5户 before the city's 10 inferred from it by
    division (a figure of another whole), when the stated one is of the same measure and
    scores about as well; it moves up at the inferred one's score (results stay sorted).
    A sum (提拔干部合计) stays first: it answers what its parts do not name; so does a
    whole the question names (全区企业总产值: the zone's, not its large firms')."""
    out = list(scored)
    for item in scored[:STATED_WITHIN]:
        fact = base.fact(item.position)
        if not fact.is_derived or "/" not in (fact.formula or ""):
            continue
        if _whole_named(question, item.row):
            continue
        at = out.index(item)
        stated = next(
            (
                later
                for later in out[at + 1 :]
                if base.fact(later.position).id in fact.inputs
                and later.row.measure == item.row.measure
                and later.score >= item.score - STATED_MARGIN
                and later.rank // 100 >= item.rank // 100  # never past an exact name
            ),
            None,
        )
        if stated is not None:
            out.remove(stated)
            out.insert(at, stated._replace(score=item.score))
    return out


# The words a question names the zone by, and the wholes a fact may be inferred for with
# the words a question names each by.
THE_ZONE = ("开发区", "园区", "综改区", "全区", "区内", "zone")
_WHOLES = {"全区": THE_ZONE, "全市": ("全市", "晋中市", "city")}


def _whole_named(question: Question, row: IndexRow) -> bool:
    """The question names the whole that the fact, inferred for it, is named by: the zone
    (全区产值) or the city (全市小巨人)."""
    names = "".join(row.cjk_names)
    text = question.text.lower()
    return any(whole in names and any(w in text for w in words) for whole, words in _WHOLES.items())


def without_inferred(base: FactBase, positions: list[int]) -> list[int]:
    """The things a ranking ranks, without a whole inferred from one of them (提拔干部合计
    is no level of promotion; the city's inferred 10 little giants no level of giant);
    all of them if that would leave none. A figure inferred otherwise is ranked with them:
    GDP growth, inferred from a rate and its gap, is one of the growth rates."""
    from jzfacts.formula import is_whole

    ids = {base.fact(p).id for p in positions}
    kept = [
        p
        for p in positions
        if not (set(base.fact(p).inputs) & ids and is_whole(base.fact(p).formula or ""))
    ]
    return kept or positions


def _ranks_by_number(question: Question, query: str) -> bool:
    """最多, 最少: a superlative of how many or how much, which only figures answer (the
    highest award, the worst ranking may be a grade or a place a statement gives)."""
    return question.operator in ("max", "min") and ("最多" in query or "最少" in query)


def _largest_first(base: FactBase, question: Question, scored: list[Scored]) -> list[Scored]:
    """哪笔更多, which grew fastest: of the facts that tie for first on the words (one
    measure, one unit dimension), the one that answers first: the largest, or the
    smallest for a minimum (最低, 谁少)."""
    from jzfacts.query import by_amount

    if len(scored) < 2 or not scored[0].row.measure:
        return scored
    # A whole inferred from what is ranked (提拔最多的是哪一级: the promotions' total) is no
    # one of them: the ranking is of the rest, the whole after it.
    ranked = without_inferred(base, [s.position for s in scored])
    if scored[0].position not in ranked:
        rest = _largest_first(base, question, [s for s in scored if s.position in ranked])
        # Those tying for first take the whole's score (results stay sorted by score).
        lead = [s._replace(score=scored[0].score) for s in rest if s.score >= rest[0].score]
        wholes = [s for s in scored if s.position not in ranked]
        return [*lead, *wholes, *rest[len(lead) :]]
    top = scored[0]
    # 占比最高的是哪一项: with nothing named but the measure, every fact of it is ranked
    # (their scores differ only by how their names read, not by what is asked).
    margin = RANKED_MARGIN if not question.subject and question.measure else TIE
    # A superlative ranks what the words find in full, however exactly one of them is
    # named (哪一类专精特新企业最少: the class as a whole, above 100 on its own name, is
    # ranked with its kinds, 87, 31, 17 and 5 of them); not one firm (the company with
    # the highest output).
    superlative = (
        question.operator in ("max", "min")
        and bool(question.measure)
        and not question.about_enterprise
    )
    first = min(top.score, 100.0) if superlative else top.score
    tied = [
        item.position
        for item in scored
        if item.score >= first - margin and item.row.measure == top.row.measure
    ]
    tied = without_inferred(base, tied)
    lowest = question.operator == "min" or question.asks_less
    ordered = _placed_first(by_amount(base, tied, lowest=lowest), question.place)
    if len(ordered) != len(tied):
        return scored
    # They tie on the words: each at the first score (results stay sorted by score).
    by_position = {item.position: item for item in scored}
    leading = [by_position[p]._replace(score=top.score) for p in ordered]
    return leading + [i for i in scored if i.position not in ordered]


def meant(base: FactBase, query: str) -> str:
    """The question an asker meant where they took back what they said: what follows the
    correction, if it names a thing (高新技术企业，不对，我是说市级技术中心有几家); the
    thing said first, asked as corrected, if it names a measure (吉利产了多少车，不对，我是
    说它的产值: 吉利的产值) or another level (how many provincial ones, sorry I mean
    national: the national ones); what was said first, with it, if it names only a time or
    a place (不对，我是说2022年)."""
    said = correction_of(query)
    if said is None:
        return query
    before, after = said
    before = meant(base, before)  # (省级…，我是说国家级，不对不对，市级: corrected in turn)
    swapped = level_swapped(before, after)
    if swapped is not None and not _names_a_thing(read(base, LEVEL_SAID.sub(" ", after))):
        return swapped
    asked = read(base, after)
    pointed = _POINTING_BACK.match(after)
    if _names_a_thing(asked) and pointed is None:
        return after
    if asked.measure is None and not asked.asks_number:
        return f"{before} {after}"
    # (not a lone character: 车 of 产了多少车 is what was counted, no thing)
    thing = [
        t.text
        for t in read(base, before).subject
        if not t.numeric and not t.place and not (t.cjk and len(t.text) == 1)
    ]
    if pointed is not None:
        # (它拉动了几个点: it, the thing said first, named in its place)
        after = after[pointed.end() :]
    return ("" if has_cjk(after) else " ").join([*thing, after])


def without_asides(base: FactBase, query: str) -> str:
    """The question with what it says in passing left out: an English clause of which, who
    or whose between commas after a name (_without_an_aside); a Chinese clause of a deed
    with another party before a firm (_without_a_firm_s_clause), and the grade a promotion
    started from (副处提拔为正处: the grade reached is asked)."""
    if has_cjk(query):
        return _PROMOTED_FROM.sub(r"\g<how>", _without_a_firm_s_clause(base, query))
    return _AT_THAT_TIME.sub(r"\g<time>", _without_an_aside(base, query))


# In April 2022, when most firms shut down: what went on at the time said, in passing (a
# clause of when or while after a time, to the question's end, with a subject of its
# own; not one that asks, when did they reopen).
_AT_THAT_TIME = LazyPattern(
    r"(?i)(?P<time>\b(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|lockdown|shutdown|outbreak|[12]\d{3})),\s*(?:when|while)"
    # (a clause with its subject: most shut down, the outbreak hit; not when ranked, as a
    # share of …, which say what is asked)
    r"\s+(?=(?:most|many|some|all|half|the|a|an|firms|companies|factories|businesses"
    r"|production|covid|it|they)\b)[^?!.]*(?=[?!.]?\s*$)",
    hints=("when", "while"),
)


# 副处提拔为正处, 从副处提拔到正处: the grade promoted from, said in passing; the grade
# promoted to is what is asked (the report counts promotions by the grade reached).
_PROMOTED_FROM = LazyPattern(
    r"从?(?:正处|副处|正科|副科)级?(?:干部)?(?:被|中|里)?"
    r"(?P<how>(?:(?:提拔|晋升|升任|升)(?:为|到|成|至)|升)(?=正处|副处))",
    hints=("提拔", "晋升", "升"),
)


def _without_an_aside(base: FactBase, query: str) -> str:
    """Geely, whose output topped 22.4 billion yuan, turned out how many vehicles: a clause
    of which, who or whose between commas after a thing the base names says more of it;
    what is asked or claimed is the rest (how many vehicles; not its output). Not a clause
    that asks (which made how many), nor after a word that is no name (Apart from Geely,
    who delivered trucks, …; Of the two, which is bigger, …)."""
    aside = _RELATIVE_ASIDE.match(query)
    if aside is None or _ASKED_IN_THE_ASIDE.search(aside["aside"].split(None, 1)[-1]):
        return query
    if not _a_name_of_the_base(base, aside["head"]):
        return query
    rest = query[aside.end() :]
    if len(_LATIN_WORD.findall(rest.casefold())) < 2 or _ASIDE_REST_LISTS.match(rest):
        return query  # (Geely, which is bigger, Geely or Baixiang: a choice asked)
    return f"{aside['head']} {rest}"


def _a_name_of_the_base(base: FactBase, head: str) -> bool:
    """Is the text, whole (the article aside), a name or alias of a body, firm or place the
    base declares, or of one of its facts (Geely, The zone, Baixiang Food, GDP)?"""
    said = re.sub(r"^(?:the|its|their)\s+", "", head.strip().casefold())
    names = base.memo.get("latin_names")
    if not isinstance(names, frozenset):
        latin = [n for e in base.entities for n in (e.en, *e.aliases)]
        latin += [n for row in search_data(base).rows() for n in row.names]
        names = frozenset(
            re.sub(r"^(?:the|its|their)\s+", "", n.casefold()) for n in latin if n.isascii()
        )
        base.memo["latin_names"] = names
    return said in names


def _without_a_firm_s_clause(base: FactBase, query: str) -> str:
    """和开建集团合资的陕西建工集团是国内500强吗: a clause of a deed with another party
    (和…合资) before 的 and a firm the base names, opening a question or claim of that firm
    (是, 属于 …), says more of it; what is asked or claimed is the rest (陕西建工集团是国内
    500强吗; the joint venture had been given, with no verdict). Not a clause that asks or
    compares (和华卫药业相比的白象食品: the other side)."""
    clause = _FIRM_S_CLAUSE_ZH.match(query)
    if clause is None or _ASKS_OR_COMPARES.search(clause["deed"]) is not None:
        return query  # (和华卫药业相比的白象食品: the other side of a comparison)
    rest = query[clause.end() :]
    firm = next((f for f in _firm_names(base) if rest.startswith(f)), None)
    if firm is None or _CLAIMED_OF_THE_FIRM.match(rest, len(firm)) is None:
        return query
    return rest


# A clause ending with 的 that names a deed with a party (跟/和/与/同 someone), opening
# what is typed: 和开建集团合资的…
_FIRM_S_CLAUSE_ZH = LazyPattern(
    r"\s*(?P<deed>(?:和|跟|与|同)[^，,。？?！!的]{2,16})的", hints=("和", "跟", "与", "同")
)
_ASKS_OR_COMPARES = LazyPattern(
    r"哪|谁|什么|啥|几|多少|比|相较|一样|同样",
    hints=("哪", "谁", "什么", "啥", "几", "多少", "比", "相较", "一样", "同样"),
)
# What a yes-or-no claim of the firm goes on with (是, 属于, 为, 有, 在).
_CLAIMED_OF_THE_FIRM = re.compile(r"(?:是不是|是否|是|属于|为|有没有|在)")


# The thing named first (a few words), then a clause of which, who or whose between
# commas: Geely, which delivered 600 trucks, …
_RELATIVE_ASIDE = LazyPattern(
    r"(?i)^\s*(?P<head>[A-Za-z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4})\s*,\s*"
    r"(?P<aside>(?:which|who|whose)\s+(?:[^,;?!]|(?<=\d),(?=\d{3}))+?),(?!\d{3})\s*",
    hints=(",",),
)
# An aside that itself asks (which made how many vehicles, who delivered what).
_ASKED_IN_THE_ASIDE = re.compile(r"(?i)\b(?:how|what|which|who|whom|when|where|why)\b")
# What follows lists the things chosen among (Geely or Baixiang?): no aside.
_ASIDE_REST_LISTS = re.compile(r"(?i)^\s*[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}\s+or\s+")


# A question opening on a pronoun (它, 它的, 其): of the thing said before.
_POINTING_BACK = LazyPattern(r"(?:它们?|其(?![他它余中次实]))的?", hints=("它", "其"))


def _names_a_thing(question: Question) -> bool:
    """Does the question name something, not only places, levels or numbers?"""
    return any(
        not t.place and not t.optional and not t.numeric and LEVEL_SAID.fullmatch(t.text) is None
        for t in question.subject
    )


def names_respelt(base: FactBase, text: str) -> str:
    """Geelee, Jinjong: a name of the base's firms and places spelt as it sounds to an
    English ear (ee for i, j for zh) is that name; a word the base holds, a stop word or
    any word sounding like no name (or like two) stays as typed. 专精特心企业, 进中开发区:
    a name typed with an input method's wrong character of the same sound is that name
    (_typed_by_sound)."""
    if has_cjk(text):
        text = _typed_by_sound(base, text)
    if _LONG_LATIN_WORD.search(text) is None:
        return text
    words = search_data(base).words

    def respelt(typed: re.Match[str]) -> str:
        word = typed.group().casefold()
        syllables = fewest_syllables(word)
        if word in EN_STOP or stem(word) in words:
            return typed.group()
        if syllables and 3 * syllables <= len(word):
            # (jiachun: pinyin, which its own reader hears; ge-e-le-e no)
            before = _LATIN_BEFORE.search(text, 0, typed.start())
            after = _LATIN_AFTER.match(text, typed.end())
            beside = (before[1] if before else "", after[1] if after else "")
            return _pinyin_blurred(base, word, beside) or typed.group()
        return _name_sounds(base).get(_sound_key(word)) or typed.group()

    return _LONG_LATIN_WORD.sub(respelt, text)


# The Latin word right before a word, and right after it (a space between).
_LATIN_BEFORE = re.compile(r"([A-Za-z]+) +$")
_LATIN_AFTER = re.compile(r" +([A-Za-z]+)")


_LONG_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{5,}(?![A-Za-z])")


def _pinyin_blurred(base: FactBase, word: str, beside: tuple[str, str]) -> str | None:
    """gaoxing jishu, jiachun zongka: pinyin of two syllables or more the base reads
    nowhere, typed with a sound an input method lets one blur (in for ing, z for zh, an for
    ang, and the other way), is the one spelling of it the base reads in a name (gaoxin,
    zhongka), read there with the word typed before or after it (gaoxinjishu); None where
    it reads none of them, several, or none with a neighbour (zhenzhang shi shei: 镇长, no
    增长 of the base's; celiang alone: 测量, no 车辆)."""
    syllables = syllables_of(word)
    if syllables is None or len(syllables) < 2 or word in other_places_spelt():
        return None  # (shenzhen: another city, no shengzheng blurred)
    neighbours = [w.casefold() for w in beside if w]
    readings = search_data(base).joined_pinyin()
    if not neighbours or word in readings:
        return None
    options = [[s, *(b for b in _blurs(s) if is_syllable(b))] for s in syllables]
    if all(len(o) == 1 for o in options):
        return None
    found = set()
    for spelt in itertools.islice(itertools.product(*options), _BLURRED_SPELLINGS_TRIED):
        candidate = "".join(spelt)
        if candidate == word:
            continue
        runs = [f"{neighbours[0]}{candidate}", f"{candidate}{neighbours[-1]}"]
        if any(inside_reading(run, line) for run in runs for line in _lines_holding(readings, run)):
            found.add(candidate)
            if len(found) > 1:
                return None
    return found.pop() if found else None


_BLURRED_SPELLINGS_TRIED = 64  # spellings looked up at most: a long word is rarely one slip
# The sounds input methods let one blur (模糊音): initials zh z, ch c, sh s; finals ing in,
# eng en, ang an.
_BLURRED_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"))
_BLURRED_FINALS = (("ing", "in"), ("eng", "en"), ("ang", "an"))


def _blurs(syllable: str) -> list[str]:
    """The syllable with one blurred sound said the other way (xing -> xin, zong ->
    zhong; zhang -> zang, zhan, zan)."""
    initials = [syllable]
    for sharp, flat in _BLURRED_INITIALS:
        if syllable.startswith(sharp):
            initials.append(flat + syllable[len(sharp) :])
        elif syllable.startswith(flat) and not syllable.startswith(sharp):
            initials.append(sharp + syllable[len(flat) :])
    spelt = []
    for start in initials:
        spelt.append(start)
        for long, short in _BLURRED_FINALS:
            if start.endswith(long):
                spelt.append(start[: -len(long)] + short)
            elif start.endswith(short):
                spelt.append(start + "g")
    return [s for s in spelt if s != syllable]


def _lines_holding(text: str, part: str) -> Iterator[str]:
    """The lines of the text holding the part."""
    at = text.find(part)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield text[start:end]
        at = text.find(part, end)


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
# The lengths of name heard by its sound: four characters at least (fewer sound alike too
# often, toneless: 医院 and 亿元, 全是 and 全市), eight at most.
_HEARD_LENGTHS = range(8, 3, -1)


def _typed_by_sound(base: FactBase, text: str) -> str:
    """Runs of characters the base does not hold that sound, syllable by syllable, like
    one of its names or aliases (never like two), with at most one character in four
    written otherwise (two in eight): that name (专精特心企业 -> 专精特新企业, 甲纯汽车 ->
    甲醇汽车)."""
    known = search_data(base).joined_text()

    def heard(run: re.Match[str]) -> str:
        chars = run.group()
        if chars in known:
            return chars  # (a run the base holds whole: no sound looked up)
        names = _names_by_sound(base)
        # (規模以商: a traditional character is heard as its simplified one)
        syllables = [sound_of(c) or sound_of(to_simplified(c)) or c for c in chars]
        named = _entity_spans(base, chars)
        out, at = [], 0
        while at < len(chars):
            for length in _HEARD_LENGTHS:
                window = to_simplified(chars[at : at + length])
                if len(window) < length:
                    continue
                # (the sound first, a dictionary look-up; the base's text only for a name)
                name = names.get(" ".join(syllables[at : at + length]))
                if (
                    name is not None
                    and window not in known
                    and _respelt_as(window, name, length // 4 or 1)
                ):
                    out.append(name)
                    at += length
                    break
            else:
                measure = _measure_heard(chars, syllables, at, named, known)
                out.append(measure or chars[at])
                at += len(measure) or 1
        return "".join(out)

    return _CJK_RUN.sub(heard, text)


def _measure_heard(
    chars: str, syllables: list[str], at: int, named: frozenset[int], known: str
) -> str:
    """The measure word (产值, 增长) two or three characters at `at` sound like, one of
    them typed by its sound (产直, 争长 with z for zh), where the base says it beside the
    character typed beside it (实现产直 as 实现产值, 同比争长 as 同比增长), or "". Never
    inside a name typed right (吉利比中海油: no 比重), nor where the base holds the
    characters typed, nor a slip of a placing word (企业中产值, 比中部: 中 is among, no 总
    or 重); a word of its own of the same sound (单家, 搞出, 政府) is said beside nothing
    the base says of 单价, 高出 or 增幅."""
    for length in (3, 2):
        window = to_simplified(chars[at : at + length])
        if len(window) < length or any(i in named for i in range(at, at + length)):
            continue
        word = _measures_by_sound().get(" ".join(map(_flat_initial, syllables[at : at + length])))
        if word is None or window in known or not _respelt_as(window, word, 1):
            continue
        slip = next(i for i in range(length) if window[i] != word[i])
        if window[slip] in _PLACING_CHARACTERS:
            continue
        before = to_simplified(chars[at - 1 : at]) if at else ""
        after = to_simplified(chars[at + length : at + length + 1])
        if (before and before + word in known) or (after and word + after in known):
            return word
    return ""


# Where, among and than (企业中产值最高, 比中部): a placing word, never a slip for a measure's.
_PLACING_CHARACTERS = frozenset("中里内上下比的之")


def _flat_initial(syllable: str) -> str:
    """A syllable with the initial an input method lets one blur said flat (zh as z: 争 as
    增); finals stay (占 is no 长)."""
    for sharp, flat in _BLURRED_INITIALS:
        if syllable.startswith(sharp):
            return flat + syllable[len(sharp) :]
    return syllable


@functools.cache
def _measures_by_sound() -> dict[str, str | None]:
    """The blurred sound of each Chinese measure word of two or three characters (None
    where two sound alike)."""
    sounds: dict[str, str | None] = {}
    for word in ZH_MEASURE_WORDS:
        if len(word) in (2, 3) and all(is_cjk(c) for c in word):
            key = " ".join(_flat_initial(sound_of(c) or c) for c in word)
            sounds[key] = word if sounds.get(key, word) == word else None
    return sounds


def _entity_spans(base: FactBase, chars: str) -> frozenset[int]:
    """The positions of the characters of the base's entity names written in `chars`, in
    either script (陝西建工 too: one character for one)."""
    simplified = to_simplified(chars)
    spans: set[int] = set()
    for name in _chinese_entity_names(base):
        at = simplified.find(name)
        while at >= 0:
            spans.update(range(at, at + len(name)))
            at = simplified.find(name, at + 1)
    return frozenset(spans)


def _chinese_entity_names(base: FactBase) -> tuple[str, ...]:
    """The Chinese names and aliases of the base's entities, made once a base."""
    names = base.memo.get("chinese_entity_names")
    if not isinstance(names, tuple):
        names = tuple(
            n for e in base.entities for n in (e.zh, *e.aliases) if len(n) >= 2 and has_cjk(n)
        )
        base.memo["chinese_entity_names"] = names
    return names


def _respelt_as(typed: str, name: str, most: int) -> bool:
    """May the typed run be the name it sounds like: at most `most` characters written
    otherwise, none of them a question word's or grammar's (正处几个: how many, not 正处级;
    正处及副处: and; 全是第一: all were), and no place named otherwise (山西建工 is
    Shanxi's, not 陕西建工)."""
    changed = [a for a, b in zip(typed, name, strict=True) if a != b]
    places = (*ZH_PLACE_WORDS, *OTHER_PLACES)
    return (
        0 < len(changed) <= most
        and not any(c in _NEVER_RESPELT or c in _NUMERALS for c in changed)
        and not any(p in typed and p not in name for p in places)
    )


# Question words' and grammar's characters (joiners, the copula): what a question says,
# never a slip for a name's.
_NEVER_RESPELT = frozenset("几哪啥谁吗呢么嘛吧多少和与及跟同是为在的了")
# Numerals, never respelt either (上一年: the year before, no 上亿 of 上亿企业), though a
# firm's name may hold one (三一集团: another firm, see another_firm_named).
_NUMERALS = frozenset("一二两三四五六七八九十百千")


def _sound_words(text: str) -> str:
    """Each character's toneless syllable, spaced (a character without one as itself)."""
    return " ".join(sound_of(c) or c for c in text)


def _names_by_sound(base: FactBase) -> dict[str, str | None]:
    """The sound of each Chinese name and alias of the base's facts and places, four to
    eight characters long (None where two names sound alike), made once a base. Not a
    firm's: a firm that sounds like one of the base's may be another (华为 is no 华卫),
    which the scoring hears, and a claim of it is never borne out."""
    names = base.memo.get("names_by_sound")
    if not isinstance(names, dict):
        names = {}
        firms = [n for e in base.entities if e.kind == "enterprise" for n in (e.zh, *e.aliases)]
        written = [n for f in base.facts for n in (f.label.zh, *f.aliases)]
        written += [n for e in base.entities if e.kind != "enterprise" for n in (e.zh, *e.aliases)]
        for name in written:
            if any(firm in name for firm in firms if has_cjk(firm)):
                continue
            if len(name) in _HEARD_LENGTHS and all(is_cjk(c) for c in name):
                key = _sound_words(name)
                names[key] = name if names.get(key, name) == name else None
        base.memo["names_by_sound"] = names
    return names


def _name_sounds(base: FactBase) -> dict[str, str | None]:
    """The English-ear sound of each Latin word of the base's entity names (None where two
    names sound alike: no one of them is meant), made once a base."""
    sounds = base.memo.get("name_sounds")
    if not isinstance(sounds, dict):
        sounds = {}
        for entity in base.entities:
            for name in (entity.en, *entity.aliases):
                for word in _LONG_LATIN_WORD.findall(name):
                    key = _sound_key(word.casefold())
                    # (as the name is written, Geely, so that an answer says it so)
                    sounds[key] = word if sounds.get(key, word) == word else None
        base.memo["name_sounds"] = sounds
    return sounds


def _sound_key(word: str) -> str:
    """How a name spelt in Latin letters sounds, roughly: zh and j alike, ee and ea and a
    final y as i, oo and ou as u, a letter doubled as one (Geelee and Geely: gili)."""
    for spelt, sound in _SPELT_SOUNDS:
        word = word.replace(spelt, sound)
    word = re.sub(r"y$", "i", word)
    return re.sub(r"(.)\1+", r"\1", word)


_SPELT_SOUNDS = (
    ("zh", "j"), ("ch", "q"), ("sh", "x"), ("ph", "f"), ("ck", "k"),
    ("ee", "i"), ("ea", "i"), ("ie", "i"), ("oo", "u"), ("ou", "u"), ("ay", "ai"), ("ey", "ei"),
)  # fmt: skip


def read(
    base: FactBase, query: str, bare_claims: bool = True, figures_named: bool = True
) -> Question:
    """The query as a question about this base: a measure no fact of the base states
    (value added, in this report) is asked for like one no report states. (`bare_claims`,
    `figures_named`: see analyse.)"""
    data = search_data(base)
    original = query
    amounts = data.amounts
    analysed = functools.partial(
        analyse, amounts=amounts, bare_claims=bare_claims, figures_named=figures_named
    )
    question = analysed(query)
    if question.yes_no:
        opposite = _read_opposite(fold_query(query), data)
        if opposite is not None:
            query = opposite
            question = analysed(opposite)
    in_names: frozenset[str] = frozenset()
    if any(t.unlisted for t in question.terms):
        # The energy consumption revolution: a name the base holds, standing whole in the
        # query, holds the words of a measure no fact states; they ask for none there.
        folded = fold_query(query)
        names = [n for found in named_within(base, folded).values() for n in found]
        outside = folded
        for name in sorted(names, key=len, reverse=True):
            outside = outside.replace(name, " ")
        # (the cost of low-cost housing: cost is asked outside the name too)
        in_names = frozenset(
            w
            for w in question.measure_words
            if any(w in n and w != n for n in names) and w not in outside
        )
        if in_names:
            question = analysed(query, in_names=in_names)
    question = _told_which_firm(data, query, question)
    question = _firm_unglued(base, data, question)
    measure = question.measure
    if measure in MEASURES and measure not in data.measures:
        absent = frozenset({measure})
        question = analysed(query, absent=absent, in_names=in_names)
    if query != original and question.operator == "compare":
        # Was A below B, read as was A above B: the claim is the other way round.
        question = question._replace(
            claims=_CLAIMED_THE_OTHER_WAY.get(question.claims, question.claims)
        )
    return question


def _firm_unglued(base: FactBase, data: SearchData, question: Question) -> Question:
    """吉利汽车交付多少辆: a firm's name glued to a word the report says of other things
    (交付, the trucks'), the two run together as no fact's words do, before an amount
    asked, are two words: the firm, and what it did that is counted, as 吉利汽车2022年交付了
    reads them (the firm's name alone would answer with its output, a thing not asked)."""
    if not question.wants_number:
        return question  # (开发区信息公司负责什么: what it does, told by its sentence)
    firms = _firm_names(base)
    text = data.joined_text()
    split: dict[str, tuple[str, str]] = {}
    for term in question.terms:
        if not term.cjk or term.aside or term.told or term.text in text:
            continue
        name = next((n for n in firms if term.text.startswith(n)), "")
        rest = term.text[len(name) :]
        said = rest.removesuffix("量")  # (交付量: how many were delivered)
        if name and len(said) >= 2 and _said_of_others(data, name, said):
            split[term.text] = (name, rest)
    if not split:
        return question

    def unglued(terms: list[Term]) -> list[Term]:
        return [
            part
            for t in terms
            for part in ([t._replace(text=w) for w in split[t.text]] if t.text in split else [t])
        ]

    return question._replace(terms=unglued(question.terms), subject=unglued(question.subject))


def _said_of_others(data: SearchData, firm: str, word: str) -> bool:
    """Is the word a name of facts not about the firm (交付 of the trucks delivered), and
    said nowhere of the firm's own facts?"""
    rows = data.rows()
    own = [row for row in rows if any(firm in e for e in row.entities)]
    if any(word in text for row in own for text in (*row.cjk_names, row.quote)):
        return False
    return any(word in n for row in rows if row not in own for n in row.cjk_names)


def _firm_names(base: FactBase) -> tuple[str, ...]:
    """The Chinese names of the firms the base declares, folded, longest first (吉利汽车
    before 吉利); kept with the base (every question reads them)."""
    kept = base.memo.get("firm_names")
    if isinstance(kept, tuple):
        return kept
    names = {
        fold(name)
        for entity in base.entities
        if entity.kind == "enterprise"
        for name in (entity.zh, *entity.aliases)
        if has_cjk(name) and len(name) >= 2
    }
    found = tuple(sorted(names, key=len, reverse=True))
    base.memo["firm_names"] = found
    return found


def _told_which_firm(data: SearchData, query: str, question: Question) -> Question:
    """合资的那个陕西建工集团是不是500强: what a firm did, said before 的那个 and its name,
    tells which firm, no word of what is asked: it counts only where it hits."""
    told = firm_told(data, query, question)
    if not told:
        return question
    words = "".join(t.text for t in told)
    return question._replace(
        terms=[t._replace(aside=True) if t in told else t for t in question.terms],
        subject=[t._replace(aside=True) if t.text in words else t for t in question.subject],
    )


def firm_told(data: SearchData, query: str, question: Question) -> list[Term]:
    """The terms of a clause telling which firm (跟开建集团合资的陕西建工, 合资的那个陕西建工
    集团), or []. Only where a sentence of the report says it of that firm (the joint
    venture is 陕西建工's, with 开建集团; 生产甲醇重卡的那个陕西建工 is no firm the report
    knows)."""
    folded = fold_query(query)
    pointed = _POINTED_OUT.search(folded)
    if pointed is not None:
        words, firm = pointed["words"], pointed["firm"]
    else:
        # (跟开建集团合资的陕西建工算500强吗: a firm the base declares, its clause before 的)
        words, firm = _clause_before_a_firm(folded, _firm_names(data.base))
    if not words:
        return []
    told = [t for t in question.terms if t.cjk and t.text in words]
    if not told or not any(
        firm in row.quote
        and all(cjk_similarity(t.text, row.quote, typos=False) >= _TOLD_IN_QUOTE for t in told)
        for row in data.rows()
    ):
        return []
    return told


_TOLD_IN_QUOTE = 60.0  # a clause's words said in a sentence, most of them (跟开建集团合资)


def _clause_before_a_firm(text: str, firms: tuple[str, ...]) -> tuple[str, str]:
    """The words of a clause said before 的 and a firm's name (跟开建集团合资的 陕西建工),
    with the name; empty where none is."""
    for firm in firms:
        at = text.find(f"的{firm}")
        if at > 0:
            clause = _CLAUSE_BEFORE.search(text[:at])
            if clause is not None:
                return clause.group(), firm
    return "", ""


_CLAUSE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,10}$")
_FIRM_ENDINGS = ("集团", "公司", "药业", "食品", "汽车", "股份")
_POINTED_OUT = LazyPattern(
    r"(?P<words>[\u4e00-\u9fff]{2,10}?)的(?:那个|那家|这个|这家)"
    rf"(?P<firm>[\u4e00-\u9fff]{{2,8}}?(?:{'|'.join(_FIRM_ENDINGS)}))",
    hints=("的那个", "的那家", "的这个", "的这家"),
)


_CLAIMED_THE_OTHER_WAY = {"more": "less", "less": "more"}


def _read_opposite(text: str, data: SearchData) -> str | None:
    """A yes-or-no question with a word the base never uses, read with its opposite that
    the base does use (vocab.YES_NO_OPPOSITES), or None."""
    chinese = data.joined_text()
    changed = text
    for word, opposite in YES_NO_OPPOSITES.items():
        if word.isascii():
            pattern = rf"\b{word}\b"
            if re.search(pattern, changed) and word not in data.words and opposite in data.words:
                changed = re.sub(pattern, opposite, changed)
        elif word in changed and word not in chinese and opposite in chinese:
            changed = changed.replace(word, opposite)
    return changed if changed != text else None


def asks_unstated(base: FactBase, question: Question) -> bool:
    """Does the question ask for a measure no fact of the base states, named by a word the
    base never uses (利润, price)? Then no fact answers it, however well the rest matches."""
    if question.measure is None or question.sides:
        return False
    data = search_data(base)
    unlisted = [t.text for t in question.terms if t.unlisted]
    if not unlisted and question.measure == "zones":
        # 全省有多少个开发区: the word that named it (开发区的个数) is gone with 开发区, a
        # filler word; the base never says it. (Not every unlisted measure: 卖出去多少卡车
        # names sales by 卖, yet the trucks delivered answer it.)
        unlisted = list(question.measure_words)
    return (
        question.measure not in data.measures
        and bool(unlisted)
        and (
            question.measure in FIGURES_NEVER_GIVEN
            or not any(w in data.joined_text() or stem(w) in data.words for w in unlisted)
        )
    )


def score_facts(
    base: FactBase,
    question: Question,
    query: str,
    terms: list[Term] | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    only: set[int] | None = None,
    penalise: bool = True,
) -> list[Scored]:
    """Every fact scoring at least min_score for the question, best first. `terms`
    replaces the question's terms (ask scores a comparison's sides, or the subject
    alone); `only` restricts scoring to those fact indexes. Without `penalise`, a fact
    that does not state the number asked for keeps its score (ask, asking whether the
    report speaks of a subject at all)."""
    terms = question.terms if terms is None else terms
    exact_index, whole_name = (
        _exact(base, query, terms) if terms is question.terms else (None, False)
    )
    period = question.period
    if not terms and exact_index is None:
        if period is None or period.whole_year:
            return []
        return _period_only(base, question, only)

    data = search_data(base)
    chinese = data.joined_text()
    with_pinyin = needs_pinyin(terms, chinese) and _chinese_blobs(data)
    groups = _readings(data, terms, with_pinyin)
    flat_terms = [t for readings, _ in groups for reading in readings for t, _ in reading]
    placed = flat_terms  # the terms whose places are held to the facts' places
    if query.isascii() and any(t.place for t in flat_terms):
        # China of China National Offshore Oil, typed whole: a word of a name, no place.
        named = places_in_names(base, query)
        placed = [t for t in flat_terms if not (t.place and t.text in named)]
    places = any(t.place for t in placed)
    elsewhere = places_elsewhere(flat_terms, query)
    if only is not None:
        rows = [(i, data.row(i)) for i in sorted(only)]
    elif data.size > PREFILTER_ABOVE:
        picked = candidates(data, with_pinyin, flat_terms)
        if exact_index is not None and exact_index not in picked:
            picked.append(exact_index)
        rows = [(i, data.row(i)) for i in picked]
    else:
        rows = list(enumerate(data.rows()))

    # Every fact scored (a base read whole): a word's near words are found once.
    near = data.near_words if data.size <= PREFILTER_ABOVE else None
    # A term's score against a fact, kept for the next question naming it (bounded).
    memo = data.term_scores
    if len(memo) > TERM_SCORES_KEPT:
        memo.clear()
    # The facts each term may match at all: the others score 0 for it without a look.
    reach = (
        {t: within_reach(scored_as(t), data, with_pinyin) for t in flat_terms}
        if near is not None
        else None
    )
    pairs = _word_pairs(" ".join(t.text for t in terms if not t.cjk))
    # A name inside what is asked: the whole question, or the side or item scored.
    asked_text = question.text if terms is question.terms else joined(terms)
    # A name said only in a clause of context (跟开建集团成立合资公司的陕西建工集团，是不是
    # 国内500强) tells who, and is no name of what is asked.
    asking = [t for t in terms if not t.aside]
    inside_text = (
        asking_part(asked_text) if terms is question.terms else joined(asking) if asking else ""
    )
    # The facts with a name standing whole in what is asked: _name_inside weighs no other.
    named_inside = _named_within(data, inside_text)
    if reach:
        # A fact no term reaches scores 0, unless its name stands in the question
        # (_name_inside) or it is the name typed: only those are looked at besides. A
        # number, a place or a measure no fact states reaches the facts it scores for.
        reached = {
            i
            for term, facts in reach.items()
            for i in (facts if facts is not None else scored_by(scored_as(term), data))
        }
        reached |= _named_within(data, asked_text) | named_inside
        rows = [(i, row) for i, row in rows if i in reached or i == exact_index]
    # Each group's lone term (if it is one), and whether it counts only where it hits: a
    # word said aside, whole or in pieces, or a lone character. The same for every fact.
    kinds = []
    for readings, _ in groups:
        single = readings[0][0][0] if len(readings) == 1 and len(readings[0]) == 1 else None
        aside = all(t.aside for reading in readings for t, _ in reading)
        kinds.append((single, aside or (single is not None and single.optional), aside))
    # A number with its unit that no fact states so (高新技术企业200户, 8项指标): a claim to
    # check about the thing named beside it, no name; it counts only where it hits, and
    # only to lift a fact's score. (Asked of nothing else, 42%是什么比例, it is what is asked.)
    thing = any(
        not t.numeric
        and not t.optional
        and t.text not in question.measure_words
        and t.text not in AMOUNT_WORDS
        for t in question.subject
    )
    claimed = [
        thing and single is not None and _claimed_figure(single, data) for single, _, _ in kinds
    ]
    # A question asking for a measure no fact states (汾盾1号造价多少) is not answered by
    # the name it contains.
    unlisted = any(t.unlisted for t in terms)
    # Each group's readings with the facts they may match, and their result for any other
    # (most facts, for most readings): found once, not fact by fact.
    prepared = [
        [
            (scored, reading_reach(scored), reading_missed(scored))
            for scored in (scorings(reading, reach) for reading in readings)
        ]
        for readings, _ in groups
    ]
    scored: list[Scored] = []
    # An amount asked (not a count: a statement names what a count counts in more words,
    # one department, one centre, three companies): the best words' score of a fact
    # stating no number, and each figure's before bonus and penalty.
    a_count = question.measure == "count" or bool(question.dimensions & _COUNTED_DIMENSIONS)
    weigh_unstated = penalise and bool(question.measure) and not a_count
    unstated, unstated_quote = 0.0, ""
    matched: dict[int, float] = {}
    facts_hit: dict[str, int] = {}  # each word's strong hits (_STRONG_HIT) among the facts
    for i, row in rows:
        fit = period.fits(row.period) if period is not None else "exact"
        if fit is None:
            continue  # a fact of another period never answers
        if question.excluded and excluded_by(base, question, i, row):
            continue  # 除了吉利: Geely's facts are not asked about
        year_figure = row.measure or ranks_in_words(question, row)
        if fit == "year" and year_figure and penalise and not holds_then(question, row):
            continue  # a year's figure (or standing) is none of its first quarter (三季度GDP)
        typed_name = whole_name and i == exact_index  # the query as typed is its name
        # How many … were set up: the count, never the event; but an event the words fit
        # better than any figure says what is asked about (the funds set up, their size
        # unstated), and figures the words fit less well answer another question.
        lacking = penalise and not typed_name and _lacks_the_number(question, row)
        if lacking and not weigh_unstated:
            continue
        if penalise and question.added and states_a_level(row):
            continue  # 新增了多少家高新技术企业: the level reached (达到171户) is no addition
        if penalise and i != exact_index and _firms_other_measure(question, row):
            continue  # 白象食品产值: the firm's contribution to growth is no output value
        if places and place_clash(placed, row):
            continue  # the province's ranking is not the city's
        if places and penalise and row.measure == "rank" and asks_of_the_place(question):
            continue  # 全市的留抵退税: the city's refunds, not the zone's place in the city
        row_pinyin = data.pinyin(i) if with_pinyin else None
        pinyin_text = data.pinyin_text()[i] if with_pinyin else None
        characters = data.name_characters(i, row)
        if places and penalise and not names_places(placed, row, pinyin_text):
            continue  # 山西省GDP增速: the province's growth, which the zone's is not
        if elsewhere and penalise and not names_elsewhere(elsewhere, row):
            continue  # 太原GDP总量: another city's, never the zone's
        total, counted, fields = 0.0, 0.0, []
        hits: list[Hit] = []
        claims: list[tuple[float, float, list[str]]] = []
        for (_, weight), (single, only_hits, aside), claim, group_readings in zip(
            groups, kinds, claimed, prepared, strict=True
        ):
            best, best_fields = 0.0, []
            best_hits: list[Hit] = []
            for number, (reading, reading_facts, missed) in enumerate(group_readings):
                if reading_facts is not None and i not in reading_facts:
                    score, reading_fields, reading_hits = missed
                else:
                    score, reading_fields, reading_hits = reading_score(
                        reading, row, row_pinyin, pinyin_text, characters, near, memo, i
                    )
                if number:
                    score *= SEGMENTED_WEIGHT
                if score > best or (number == 0 and not best_hits):
                    best, best_fields, best_hits = score, reading_fields, reading_hits
            hits.extend(best_hits)
            if claim:
                claims.append((best, weight, best_fields))
            elif best_fields or not only_hits:
                if best_fields and single is not None and single.place:
                    weight *= PLACE_HIT_WEIGHT
                if best_fields and aside:
                    weight *= ASIDE_HIT_WEIGHT
                total += best * weight
                counted += weight
                fields.extend(best_fields)
        for best, weight, best_fields in claims:
            if best_fields and (not counted or best >= total / counted):
                total += best * weight
                counted += weight
                fields.extend(best_fields)
        for term in {h.term for h in hits if h.score >= _STRONG_HIT}:
            facts_hit[term] = facts_hit.get(term, 0) + 1
        score = total / counted if counted else 0.0
        inside = not unlisted and i in named_inside and _name_inside(row, inside_text, hits)
        if inside:
            # The fact's own name, whole, in the question: at least NAME_INSIDE, and a
            # little ahead of facts that only share its words.
            score, fields = max(score, NAME_INSIDE) + INSIDE_BONUS, [*fields, NAME]
        if lacking:
            if score > unstated:
                unstated, unstated_quote = score, row.quote
            continue
        matched[i] = score
        hinted = bool(question.dimensions) and row.dimension in question.dimensions
        if score > 0 and pairs:
            score += ORDER_BONUS * min(ORDER_PAIRS, len(pairs & _name_pairs(row)))
        if score > 0:
            score += _bonus(question, row, fit, hinted)  # may pass 100: capped when shown
            if penalise:
                score -= _penalty(question, row, fields)
        exact = i == exact_index
        if exact:
            score, fields = 100.0, [NAME]
            # 党建联盟有几个 asks for a count: the alliances' own name must not outrank
            # the fact that counts them.
            # GDP同比 asks for GDP's growth: the name GDP left once 同比 is read is not
            # its answer (a name typed whole is).
            exact = whole_name or (
                (not question.dimensions or hinted)
                and not (
                    row.measure
                    and question.measure in MEASURES
                    and not measure_fits(question.measure, row.measure)
                )
            )
        if score >= min_score and score > 0:
            strength = max((STRENGTH[f] for f in fields), default=0)
            rank = strength + (100 if exact else 0) + (10 if hinted else 0)
            plain = _plain(question, row)
            scored.append(Scored(i, score, strongest(fields), rank, row, tuple(hits), plain))

    if weigh_unstated and unstated >= min_score:
        # (A figure of the statement's own sentence is the number it holds: how many
        # years since the economy exceeded its pre-Covid level, the span in its words.)
        scored = [
            s
            for s in scored
            if matched[s.position] > unstated - UNSTATED_MARGIN
            or (unstated_quote and s.row.quote == unstated_quote)
        ]
    scored = _rest_placed(base, query, scored)
    rare = _rare_hits(scored, facts_hit)
    scored.sort(key=lambda item: _order(item, rare))
    return scored


def _rare_hits(scored: list[Scored], facts_hit: dict[str, int]) -> dict[int, float]:
    """How rare each fact's strong hits are among the facts weighed (a word hitting one
    fact counts 1, one hitting four a quarter): of two facts tied, the one a rarer word
    names goes first (JWF1580 provincial award: the JWF1580's, not the provincial gold's,
    whose label is shorter)."""
    return {
        item.position: sum(
            1 / facts_hit.get(term, 1)
            for term in {h.term for h in item.hits if h.score >= _STRONG_HIT}
        )
        for item in scored
    }


def _rest_placed(base: FactBase, query: str, scored: list[Scored]) -> list[Scored]:
    """A share the report implies as the rest of another (the 15% not halted, of the 85%
    halted) answers only a question that asks for that rest in its own words (没停产, not
    halted), and there goes ahead of it; any other question (停产停工的比例,
    四上企业总数, the lowest share) is not of it."""
    rests = rests_of(base)
    present = {s.position for s in scored}
    if not set(rests.values()) & present:
        return scored
    asked = {rest for rest in rests.values() if rest_asked(base, query, rest)}
    placed = [s for s in scored if s.position not in set(rests.values()) - asked]
    at = {s.position: n for n, s in enumerate(placed)}
    for whole, rest in rests.items():
        if rest in asked and whole in at and rest in at:
            other, own = placed[at[whole]].score, placed[at[rest]].score
            placed[at[rest]] = placed[at[rest]]._replace(score=max(own, other + 0.1))
    return placed


def rests_of(base: FactBase) -> dict[int, int]:
    """Each fact the base infers a rest of (the halted share), by position, with the rest's
    position: a derived fact of that one input, its name saying what it is not. Made once
    and kept on the base."""
    kept = base.memo.get("rests")
    if isinstance(kept, dict):
        return kept
    found: dict[int, int] = {}
    for position, fact in enumerate(base.facts):
        whole = base.index_of(fact.inputs[0]) if is_a_rest(fact) else None
        if whole is not None:
            found[whole] = position
    base.memo["rests"] = found
    return found


def is_a_rest(fact: Fact) -> bool:
    """Is the fact a rest the report implies of one other fact (the share not halted, of
    the 85% halted): derived from that one input, its name saying what it is not?"""
    said = f"{fact.label.zh} {fact.label.en.casefold()}"
    return fact.is_derived and len(fact.inputs) == 1 and _NEGATED_NAME.search(said) is not None


def rest_asked(base: FactBase, query: str, rest: int) -> bool:
    """Does the question ask for the rest in the words its names give it (没停产, 未停工,
    not halted)? Never where it asks either way (有没有停产, 难道没有停产吗:
    whether they stopped, or that they surely did)."""
    # (沒停產, Traditional, as Simplified; 冇停工, Cantonese, as Mandarin; 照常生产 and kept
    # running, everyday words, as 没停产 and not halted)
    text = everyday_phrases(fold_query(spoken_as_mandarin(query)))
    if _SURELY.search(text) is not None:
        return False  # 难道没有停产吗: surely they did, the stoppage's
    text = _EITHER_WAY.sub(" ", text)
    fact = base.fact(rest)
    # Its names that say the negation (没停产, not halted): a name saying it kept on (kept
    # working) may stand in a clause of context, or be denied (did not keep working).
    names = [
        name
        for name in map(fold_query, (fact.id, fact.label.zh, fact.label.en, *fact.aliases))
        if name == fold_query(fact.id) or _NEGATED_NAME.search(name) is not None
    ]
    whole = next((base.fact(w) for w, r in rests_of(base).items() if r == rest), None)
    others = [fold_query(n) for n in ((*whole.aliases, whole.label.zh) if whole else ())]

    def says(clause: str, name: str) -> bool:
        if has_cjk(name):
            return name in clause
        return re.search(rf"\b{re.escape(name)}\b", clause) is not None

    if any(
        re.search(rf"{_NOT_THE_REST}{re.escape(name)}", text) for name in names if has_cjk(name)
    ) or any(re.search(rf"\b(?:rather than|instead of)\s+{re.escape(n)}", text) for n in names):
        return False  # 不是没停产的吧, rather than not halted: the rest denied, the halted asked
    total = SUM_ASKED.search(text) is not None
    # The last clause that speaks of either tells (很多企业没停产，停产的占85%吗: the halted);
    # one that joins both (停产和没停产一共) asks no rest alone.
    for clause in reversed(_CLAUSES.split(text)):
        rest_said = [name for name in names if says(clause, name)]
        if total and rest_said:
            # 停产企业和没停产企业一共: the halted said too, beside the rest, in a sum
            left = clause
            for name in sorted(rest_said, key=len, reverse=True):
                left = left.replace(name, " ")
            if any(says(left, name) for name in others if has_cjk(name)):
                return False
        joined = any(
            re.search(rf"{re.escape(a)}的?{_JOINED}{re.escape(b)}", clause)
            for r in rest_said
            for w in others
            if has_cjk(w)
            for a, b in ((w, r), (r, w))
        )
        if joined:
            return False
        if rest_said:
            return True
        if any(says(clause, name) for name in others):
            return False
    return False


# A name saying what its fact is not (未停产停业停工, not halted).
_NEGATED_NAME = re.compile(r"没有|没|未|不|\bnot\b")
# Asking either way, or surely so (有没有, 是不是, 难道…吗): no negation of what is asked.
# (停没停产, 有没停产, 是不是: the verb said both ways)
_EITHER_WAY = re.compile(r"(?<![所还只])(?:有没有?|有冇|有无)|是不是|是否|([\u4e00-\u9fff])没\1")
# (not question.CLAUSES, which keeps 1,235 whole: here a clause may open with its month,
# 很多企业没停产，4月份停产的…, the comma folded to ASCII before the digit)
_CLAUSES = re.compile(r"[，,；;。！!？?]")
_JOINED = r"(?:和|与|及|跟|加上?|以及|还是|或)"
_NOT_THE_REST = r"(?:不是|而非|并非|并不是)[^，,。；;]{0,2}"
_SURELY = re.compile(r"难道|難道|\bsurely\b")


# Amounts that name a class of firms (产值超过10亿的企业: not the 1亿元以上企业) are no claim.
_CLASS_DIMENSIONS = frozenset({"money", "percent", NAME_NUMBER})


def _claimed_figure(term: Term, data: SearchData) -> bool:
    """A number said with its unit (a dimension) that no fact states in that dimension
    (500台 is stated, a rough 1200多项 within its spread; 8项 is not: 8 are people)."""
    if not term.numeric or not term.dimension or term.dimension in _CLASS_DIMENSIONS:
        return False
    if not term.amount:
        return True  # no fact states it in any unit
    stated = data.amounts_of(term.dimension)
    return not any(amount_in(term.amount, term.spread, amount) for amount in stated)


def _order(
    item: Scored, rare: dict[int, float] | None = None
) -> tuple[int, float, int, int, float, int, str]:
    """Best first: an exact name, the score, the quantity asked for and the stronger
    field, the plainer measure, the rarer words hit (_rare_hits: a single query's; the
    sides of a comparison each keep their own best, weighed apart), the shorter label, the
    id."""
    return (
        -(item.rank // 100),
        -round(item.score, 6),
        -item.rank,
        -item.plain,
        -round(rare.get(item.position, 0.0), 6) if rare else 0.0,
        item.row.label_length,
        item.row.id,
    )


# A name asked about with no measure (小巨人, 吉利整车, party alliances) asks for the
# things themselves: how many there are before their share of something, their value or
# how fast they grew. Only breaks ties.
_PLAIN = {**dict.fromkeys(LEVEL_MEASURES, 2), "": 2, "count": 3, "production": 3}


def _plain(question: Question, row: IndexRow) -> int:
    if question.measure or question.dimensions or question.operator == "events":
        return 0
    return _PLAIN.get(row.measure, 1)


@functools.lru_cache(maxsize=4096)
def _word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Neighbouring English content words, stemmed: share of total output -> (share,
    total), (total, output). (Cached: a base's names come back query after query.)"""
    from jzfacts.search.vocab import EN_STOP

    words = [_canonical(w) for w in _LATIN_WORD.findall(text) if w not in EN_STOP]
    return frozenset(itertools.pairwise(words))


@functools.lru_cache(maxsize=4096)
def _canonical(word: str) -> str:
    """One spelling for a word and its one-word synonyms: above and over, firm and
    enterprise, so that word order compares what is meant."""
    from jzfacts.search.score import english_synonyms

    root = stem(word)
    return min([root, *(stem(s) for s in english_synonyms(word) if " " not in s)])


def _name_pairs(row: IndexRow) -> frozenset[tuple[str, str]]:
    return _pairs_of_names(row.names)


@functools.lru_cache(maxsize=4096)  # every fact's, for many questions: kept
def _pairs_of_names(names: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for name in names:
        if name.isascii():
            pairs |= _word_pairs(name)
    return frozenset(pairs)


def _exact(base: FactBase, query: str, terms: list[Term]) -> tuple[int | None, bool]:
    """The fact the whole query names (as typed, or folded to Simplified), and whether
    the query as typed is that name (rather than its terms once filler is gone)."""
    exact_index = base.index_of(fold(query))
    if exact_index is None:
        exact_index = base.index_of(fold_query(query))
    whole_name = exact_index is not None
    for joiner in (" ", ""):  # how much is gdp增速 -> "gdp 增速", "gdp增速"
        if exact_index is None and terms:
            exact_index = base.index_of(joiner.join(t.text for t in terms))
    return exact_index, whole_name


def _bonus(question: Question, row: IndexRow, fit: str, hinted: bool) -> float:
    bonus = HINT_BONUS if hinted else 0.0
    if question.measure and row.measure and measure_fits(question.measure, row.measure):
        bonus += MEASURE_BONUS
    if fit == "exact" and question.period is not None and not question.period.whole_year:
        bonus += PERIOD_BONUS
    if question.about_enterprise:
        bonus += ENTERPRISE_BONUS if row.enterprise else -ENTERPRISE_BONUS
    if question.describes and row.kind == "statement":
        bonus += DESCRIBES_BONUS  # what kind of company: a statement of what it is
    if question.plural and not question.wants_number and not question.measure and not row.measure:
        bonus += PLURAL_BONUS  # which ones (哪些, which industries): the facts naming them
    # What a share is of: share of total output is the 33.1%, not the 25%.
    # The zone alone (占全区的比重) says no more: every share here is of something of the
    # zone's (its output, its above-scale firms).
    if row.measure == "share" and _share_whole_fits(question, row):
        bonus += SHARE_OF_BONUS
    return bonus


_THE_ZONE = frozenset({"全区", "zone", "开发区"})


def _share_whole_fits(question: Question, row: IndexRow) -> bool | None:
    """Is the share's whole the one the question names (产值 in 占全区总产值)? None when
    the question names none beyond the zone, or the fact's names say none."""
    asked = question.share_of - _THE_ZONE
    if not asked:
        return None  # most questions: no share's names are read
    stated = {whole for name in row.names for whole in share_of(name)}
    if not stated:
        return None
    return any(a in s or s in a or _same_amount(a, s) for a in asked for s in stated)


def _same_amount(asked: str, stated: str) -> bool:
    """Two words for one amount or thing (产出 and 产值: output value; companies and
    enterprises)."""
    measure = ZH_MEASURE_WORDS.get(asked)
    if measure is not None and measure == ZH_MEASURE_WORDS.get(stated):
        return True
    said = (
        *ZH_SYNONYMS.get(asked, ()),
        *EN_SYNONYMS.get(asked, ()),
        *EN_SYNONYMS.get(stem(asked), ()),
    )
    return stated in said or stem(stated) in {stem(w) for w in said}


def shares_another_whole(question: Question, row: IndexRow) -> bool:
    """A share of another whole than the question names: of firms (the 25%) when the
    share of output is asked."""
    return row.measure == "share" and _share_whole_fits(question, row) is False


def _penalty(question: Question, row: IndexRow, fields: list[str]) -> float:
    """What a fact loses for not stating the number asked for."""
    asked = question.measure
    # Asked for in so many words (华卫药业产值多少), the other measure loses more.
    more = ASKED_OUTRIGHT if question.asks_number else 0.0
    if _measure_named_in_quote(question, row):
        return 0.0  # 高新技术企业数增速: an indicator the quote names, no figure asked of it
    if row.measure and asked in MEASURES and not measure_fits(asked, row.measure):
        return MEASURE_MISMATCH + more  # 白象食品年产值 is not its contribution to growth
    if (question.wants_number or asked in MEASURES) and strongest(fields) in QUOTES:
        return QUOTE_ONLY + more
    return 0.0


def _measure_named_in_quote(question: Question, row: IndexRow) -> bool:
    """Does a Chinese term ending in the measure word end an item of a list in the fact's
    quote (高新技术企业数增速, one of the seven indicators the report lists), no
    number asked of it? Then the measure word is part of a name the fact speaks of. (What
    it came to, 高新技术企业数增速是多少, the report does not say: no fact is found.) The
    item may be said short, its words in order (转型项目投资占工业投资比重 of 转型项目当年完成
    投资占工业投资比重)."""
    if not question.measure_words or HOW_MANY_SAID.search(question.text) is not None:
        return False
    return any(
        t.cjk
        and len(t.text) >= _NAMED_MEASURE_LENGTH
        and t.text.endswith(question.measure_words)
        and t.text[:2] in row.quote  # (the cheap look first: this is asked of every fact scored)
        and any(_said_short(t.text, m[1]) for m in _LISTED_ITEM.finditer(row.quote))
        for t in question.terms
    )


# An item of a list in a quote: what stands before 、 or 等, from the list's last stop.
_LISTED_ITEM = LazyPattern(r"([^，,。；;、“”]+)(?:、|等)", hints=("、", "等"))


def _said_short(term: str, item: str) -> bool:
    """Is the term the item, or the item said short: its start, its end, and the rest of
    its characters in order (转型项目投资占工业投资比重 of 转型项目当年完成投资占工业投资比重)?"""
    if item.endswith(term):
        return True
    start = item.find(term[:2])
    if start < 0 or not item.endswith(term[-2:]):
        return False
    rest = iter(item[start:])
    return all(c in rest for c in term)


# A measure word ending a longer name the quote lists (企业数增速: five characters).
_NAMED_MEASURE_LENGTH = 5


def period_end(period: Period | None) -> bool:
    """Does the period asked for end the year (年底, 12月底, 截至12月), where a year's
    count holds? December asked as a month (12月份的产值, 12月份吉利) does not: a year's
    figure is no month's."""
    return period is not None and period.start.endswith("-12") and not period.as_month


def places_in_names(base: FactBase, query: str) -> frozenset[str]:
    """The place words standing inside an entity's English name the query types whole
    (china of China National Offshore Oil Corporation; CNTAC's China National Textile and
    Apparel Council)."""
    typed = f" {' '.join(re.findall(r'[a-z0-9]+', fold(query)))} "
    found: set[str] = set()
    for entity in base.entities:
        for name in (entity.en, *entity.aliases):
            words = re.findall(r"[a-z0-9]+", fold(name))
            if len(words) > 1 and f" {' '.join(words)} " in typed:
                found.update(w for w in words if w in PLACES)
    return frozenset(found)


def excluded_by(base: FactBase, question: Question, position: int, row: IndexRow) -> bool:
    """Is the fact named by a thing the question sets aside (除了吉利: Geely's facts;
    不算国家级的: the national ones; apart from the VAT refunds)? A fact naming other firms
    besides it (贝斯特、隆富电气等31户) still answers for them. Else, in Chinese, the thing
    is in one of its names; in English, each of the thing's words is among its naming words."""
    declared = base.fact(position).entities
    for thing in question.excluded:
        if row.amount and row.amount in _amounts_said(thing, search_data(base).amounts):
            return True  # apart from the 706 million, 除了500台: the fact of that figure
        named = _entities_named_by(base, thing)
        if named and declared and set(declared) & named:
            if set(declared) <= named:
                return True
            continue
        if has_cjk(thing):
            if any(thing in name for name in (*row.cjk_names, *row.entities)):
                return True
            continue
        words = _content_words(thing)
        if words and all(w in row.naming_words() for w in words):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _amounts_said(thing: str, amounts: frozenset[str]) -> frozenset[str]:
    """The amounts (in base units) a thing set aside says, if it is a figure (706m, 500台),
    read as a query of the base is (`amounts`: those its facts state)."""
    if not any(c.isdigit() for c in thing):
        return frozenset()
    return frozenset(t.amount for t in analyse(thing, amounts=amounts).terms if t.amount)


@functools.lru_cache(maxsize=64)
def _content_words(text: str) -> tuple[str, ...]:
    """The words of an English thing, stemmed as names' are, without the grammar."""
    # (the national ones: one stands for the thing named, no word of it)
    return latin_words([" ".join(w for w in text.split() if w not in EN_STOP | _ONES)])


_ONES = frozenset({"one", "ones"})


@functools.lru_cache(maxsize=256)  # asked for every fact of a question setting a thing aside
def _entities_named_by(base: FactBase, thing: str) -> frozenset[str]:
    """The entities (by their Chinese names) a thing set aside names: 吉利 names 吉利汽车,
    geely automobile too; 中海油 names 中海油, not 中海油（山西）贵金属 (a name that is the
    thing itself goes before names that only hold it)."""
    whole: set[str] = set()
    holding: set[str] = set()
    for entity in base.entities:
        names = (entity.zh, entity.en, *entity.aliases)
        if has_cjk(thing):
            chinese = [fold(name) for name in names if has_cjk(name)]
            if thing in chinese:
                whole.add(entity.zh)
            elif any(thing in name for name in chinese):
                holding.add(entity.zh)
        elif (words := _content_words(thing)) and any(
            set(words) <= set(_content_words(fold(name))) for name in names if not has_cjk(name)
        ):
            holding.add(entity.zh)
    return frozenset(whole or holding)


def names_set_aside(base: FactBase, things: tuple[str, ...], entity: str) -> bool:
    """Is the entity (by its Chinese name, declared or not) one the things a question sets
    aside name (除了中海油, except CNOOC)?"""
    return any(
        entity in _entities_named_by(base, thing) or (has_cjk(thing) and thing in fold(entity))
        for thing in things
    )


def holds_then(question: Question, row: IndexRow) -> bool:
    """Does a figure of the year hold in the period asked? At its end (period_end); and a
    level reached in the year (达到171户) holds in its last month, asked as a month or a
    date (2022年12月的高新技术企业, 2022.12): it is the count then, where a count (or no
    measure) is asked, not an amount (12月份全区产值)."""
    period = question.period
    if period_end(period):
        return True
    return (
        period is not None
        and period.start == period.end
        and period.start.endswith("-12")
        and not period.shifted  # 12月以来: since December, no level standing then
        and question.measure in (None, "count")
        and states_a_level(row)
    )


def _lacks_the_number(question: Question, row: IndexRow) -> bool:
    """An event or statement, for a question asking for a number (党员总数, how many
    years): it states none, so it never answers, however well its words match. In a
    ranking of a measure (增速最快的), neither does a figure of another measure."""
    asked = question.measure
    if row.measure:
        if question.by_the_head and row.measure in _PERCENTAGES:
            return True  # 停产企业有多少户: how many, which a share of them (85%) does not say
        ranking = asked is not None and asked in MEASURES and question.operator in ("max", "min")
        return ranking and not measure_fits(asked or "", row.measure)
    if ranks_in_words(question, row):
        return False
    if asked == "count":
        return not row.counts_in_words
    if question.operator in ("max", "min") and asked in MEASURES:
        return True  # 增速最快的: a ranking of growth rates, not of statements about growth
    # A question asking when (几月份) wants a date, which an event has; a superlative
    # without a measure named (one of the best zones) may be answered by a statement. An
    # amount no fact states (卖了多少台: sales) is no more stated by an event.
    if question.asks_number and not question.asks_when:
        return True
    # A quantity named as its last word (碳纤维原丝产量, Geely's output): that number of
    # the thing, which an event does not state however well it names the thing.
    return asked in _QUANTITIES and _ends_with_measure(question.text, question.measure_words)


_QUANTITIES = frozenset({"production", "output-value", "sales", "employees"})
_PERCENTAGES = frozenset({"share", "growth-rate", "growth-contribution", "growth-gap"})


@functools.lru_cache(maxsize=256)
def _ends_with_measure(text: str, words: tuple[str, ...]) -> bool:
    """Does the query end with a word naming its measure? (Asked once a question, not once
    a fact: cached.)"""
    text = text.rstrip("?？。! ")
    return bool(words) and any(text.endswith(w) for w in words)


def _firms_other_measure(question: Question, row: IndexRow) -> bool:
    """An amount named outright (产值, output value) of a company, where the fact is the
    company's rate of something (its contribution to growth): the report does not state
    what is asked (ask declines it as unstated; a search finds nothing either). So for a
    rate named as a rate (医药行业增速, growth rate): a firm's points of pull on that growth
    are no rate of it. Other close measures (growth as a change, 增长多少, and the
    contribution to it; output and production) are left to rank."""
    if row.measure == "growth-contribution" and question.measure == "growth-rate":
        return any(w in _RATE_WORDS for w in question.measure_words)
    return (
        row.enterprise
        and bool(question.measure_words)
        and question.measure in LEVEL_MEASURES
        and row.measure not in (*LEVEL_MEASURES, "count", "")
    )


_RATE_WORDS = frozenset({"增速", "增长率", "增幅", "增长速度", "growth rate", "rate of growth"})


def states_a_level(row: IndexRow) -> bool:
    """A count the report gives as a level reached (高新技术企业达到171户), or one
    inferred from such a level, not as what was added in the year."""
    return row.measure == "count" and row.level


def asks_of_the_place(question: Question) -> bool:
    """A place named in a question that asks something (全市的留抵退税是多少, the refunds
    of the city as a whole) is what it asks about, unless it asks a standing (排第几,
    全市第一吗, the best in the city): there it is where the rank holds."""
    held = question.threshold
    standing = (
        question.measure == "rank"
        or question.operator
        or question.standing
        or question.order
        or (held is not None and held.dimension == "rank")
        or _STANDING_SAID.search(question.text) is not None
    )
    # (退税全市: words, no question; the city's ranking is as likely meant as its sum)
    asks = question.wants_number or question.measure or _ASKED.search(question.text)
    return bool(asks) and not standing


# Words of a standing: a place in an order (第一, 名列, 领先, top, first, number one, how
# it stood or fared). (Not 安排 nor 新冠, nor a thing that took place.)
_STANDING_SAID = LazyPattern(
    r"第[一二三四五六七八九十\d]|排名|排第|排在|排行|名次|名列|领先|头筹|榜|冠军|夺冠|垫底"
    r"|倒数|前列|前茅|\b(?:rank\w*|first|top|best|leading|led|number (?:one|1)|no\. ?1"
    r"|position|stood|stand\w*|fared?|came|placed)\b|#1",
)
# A question asked in so many words (what were the refunds, 退税是多少), or the amount named
# (city VAT refunds total, 总额).
_ASKED = LazyPattern(
    r"多少|几|什么|啥|哪|吗|怎么|总额|总量|合计|\?|？"
    r"|\b(?:what|how|which|is|are|was|were|did|does|total|sum|amount)\b"
)


def ranks_in_words(question: Question, row: IndexRow) -> bool:
    """排第几 is answered by a ranking stated in words (排名垫底, 稳居前列); 是第几台, the
    place of a thing made among its kind, by a first (全省首台甲醇重卡), never 排名第几."""
    if question.measure != "rank" or row.measure:
        return False
    if "first" in row.tag_words and _ORDINAL_OF_A_THING.search(question.text) is not None:
        return True
    return "rank" in row.tag_words


# 是全省第几台, the how-manieth unit: a thing's place among its kind, as 首台 says it.
_ORDINAL_OF_A_THING = LazyPattern(r"第几[台辆架款座个]", hints=("第几",))


def names_no_place(question: Question, row: IndexRow) -> bool:
    """排第几名, a place asked by its number, of a standing in words that names none
    (稳居前列: among the leaders; 垫底 names the last place), or names a month's place
    for a question asking no month (April's 垫底 is no place of the year)."""
    if not ranks_in_words(question, row) or not asks_place_by_number(question.text):
        return False
    # (a first's month is when it came, no month's standing: 6月下线的全省首台)
    monthly = (
        "-" in row.period
        and "rank" in row.tag_words
        and (question.period is None or question.period.whole_year)
    )
    return monthly or not any(w in row.quote for w in _PLACES_NAMED)


_PLACE_BY_NUMBER = LazyPattern(
    r"第几|排名几|排几|排名多少|排多少|名次|第多少|具体排名|"
    r"\b(?:what|which) (?:exact |precise |actual |specific )?(?:rank|place|position)\b"
    r"|\brank(?:ed)? (?:number|no\.)",
    hints=("第几", "排名几", "排几", "多少", "名次", "具体排名", "rank", "place", "position"),
)
_PLACES_NAMED = ("垫底", "第一", "倒数", "末位", "最后", "首台", "首个", "首辆", "首家")


def asks_place_by_number(text: str) -> bool:
    """Does the question ask a place by its number (排第几, 名次, what rank), not where a
    thing stands (处于什么位置, how did it stand)?"""
    return _PLACE_BY_NUMBER.search(text) is not None


def measure_fits(asked: str, stated: str) -> bool:
    """Does a fact of measure `stated` answer a question asking for `asked`? A count of
    vehicles is also answered by the vehicles produced (how many cars did Geely build)."""
    return asked == stated or (asked == "count" and stated == "production")


def _name_inside(row: IndexRow, text: str, hits: list[Hit]) -> bool:
    """Does one of the fact's names stand whole inside the question, with every other
    content word of the question also hitting the fact? 汾盾1号 in 汾盾1号是哪家企业造的,
    so question words never sink an exact name; not 经济总量 in 经济总量超过疫情前了吗,
    nor 留抵退税 in 留抵退税惠及多少户企业 (惠及 is asked about and hits nothing)."""
    return any(
        all(_covered(hit.term, hit.score, name, hit.field) for hit in hits)
        for name in _names_within(row, text)
    )


def _names_within(row: IndexRow, text: str) -> Iterator[str]:
    """The fact's names (three characters or more, Chinese or of several words) standing
    whole in the text: the names _name_inside weighs, whatever the terms hit."""
    return (name for name in _long_names(row) if name in text)


def named_within(base: FactBase, text: str) -> dict[int, tuple[str, ...]]:
    """The facts with a name of three characters or more (or of two words) standing whole
    in the folded text, each with those names."""
    data = search_data(base)
    return {i: tuple(_names_within(data.row(i), text)) for i in _named_within(data, text)}


def _named_within(data: SearchData, text: str) -> frozenset[int]:
    """The facts with a name standing whole in the text (_names_within), found among the
    base's names starting with a character of the text, not by a call a fact. Kept for
    the base's next questions: a question's text is looked at for each of its scorings."""
    if data.long_names is None and not data.named_once:
        # A process asking once (the CLI) looks through the names; one asking again
        # indexes them by their first character.
        data.named_once = True
        return frozenset(i for i, row in enumerate(data.rows()) if any(_names_within(row, text)))
    found = data.named_within.get(text)
    if found is None:
        found = _indexed_names_within(data, text)
        if len(data.named_within) >= NAMES_AROUND_KEPT:
            data.named_within.clear()
        data.named_within[text] = found
    return found


def _indexed_names_within(data: SearchData, text: str) -> frozenset[int]:
    if data.long_names is None:
        # By their first two characters (every long name has three or more): a question
        # looks up the pairs it holds, and tries only the names starting with one there.
        by_start: dict[str, list[tuple[str, int]]] = {}
        for index, row in enumerate(data.rows()):
            for name in _long_names(row):
                by_start.setdefault(name[:2], []).append((name, index))
        data.long_names = by_start
    names = data.long_names
    return frozenset(
        index
        for start in {text[i : i + 2] for i in range(len(text) - 1)}
        for name, index in names.get(start, ())
        if name in text
    )


@functools.lru_cache(maxsize=4096)  # every fact's, for every question: kept
def _long_names(row: IndexRow) -> tuple[str, ...]:
    return tuple(name for name in row.names if len(name) >= 3 and (is_cjk(name[0]) or " " in name))


def _covered(word: str, score: float, name: str, field: str) -> bool:
    if word in name:
        return True
    if name in word:  # the name and more in one word: the rest must be a particle
        return len(word) - len(name) <= 1
    # A section heading or a tag says what the fact is near, not what it is about.
    return score >= TERM_FLOOR and field not in (SECTION, TAG)


def _another_firms_thing(question: Question, scored: Scored) -> bool:
    """A name the base holds nowhere, by sound or a slip either, said right before the kind
    of firm it names (小米汽车, 比亚迪汽车, 小米集团): another firm, whose vehicles or output
    the report does not give, as ask reads it; not this fact's."""
    return any(
        hit.unknown
        and hit.score == 0
        and has_cjk(hit.term)
        and len(hit.term) >= 2
        and any(
            term.text.startswith(hit.term) and term.text[len(hit.term) :].startswith(_FIRM_KINDS)
            for term in question.terms
        )
        for hit in scored.hits
    )


def _of_another_named_firm(
    firms: frozenset[str], question: Question, scored: Scored, quote: str | None
) -> bool:
    """A firm the base declares (`firms`), said as a word of its own (陕西建工 of 陕西建工生产
    整车), and a fact that never says it (Geely's vehicles, matched by 生产整车; the zone's
    GDP growth, by 增长率 of 吉利增长率): not that firm's."""
    named = {t.text for t in question.terms if t.cjk and not t.aside} & firms
    if not named:
        # (a firm's name glued to what is asked of it, 吉利增长率: the name opening a term,
        # and a fact whose sentence, names and firms name no firm at all: the zone's)
        glued = any(
            t.cjk and not t.aside and len(t.text) > len(firm) and t.text.startswith(firm)
            for t in question.terms
            for firm in firms
        )
        said = "".join((scored.row.quote, *scored.row.cjk_names, *scored.row.entities))
        return glued and not any(firm in said for firm in firms)
    missed = {h.term for h in scored.hits if h.score == 0}
    names_quoted = _QUOTED_NAME.findall(fold(quote or ""))  # (the fact's `quote`)
    if any(
        h.score > 0 and len(h.term) >= 2 and has_cjk(h.term) and h.term in quoted
        for h in scored.hits
        for quoted in names_quoted
    ):
        # 经纬智能完成汾盾1号总装: the thing the sentence names in quotation marks, named,
        # is what is asked about, whoever is said to have made it; the fact tells who did.
        return False
    return any(e in firms for e in scored.row.entities) and named <= missed


# A name the report puts in quotation marks (“汾盾1号”, “JWF1580超长智能型细纱机”); not
# a class it quotes as a term (“小巨人”, “四上”), which names no one thing.
_QUOTED_NAME = re.compile(r"“([^”]{4,})”")


def _share_of_another_fact(base: FactBase, question: Question, scored: Scored) -> bool:
    """战新产业占全区产值多少: whose share is asked (the subject's first word) is, whole,
    the name of a fact of another part of the report (战新产业, the emerging industries')
    and hits nothing of this fact (the share of output of the firms above 100 million
    yuan, which the rest of the words fit): the share asked is that other thing's, which
    this fact does not give. (骨干企业, named in the same part as those firms, may be
    them.)"""
    whose = question.subject[0].text
    section = base.fact(scored.position).section
    return any(
        hit.score == 0
        and len(hit.term) >= 3
        and has_cjk(hit.term)
        and whose.startswith(hit.term)
        and any(
            hit.term in names and base.fact(index).section != section
            for index, names in named_within(base, hit.term).items()
        )
        for hit in scored.hits
    )


# What a firm's name is followed by, saying what kind of firm it is.
_FIRM_KINDS = ("汽车", "集团", "公司", "药业", "食品", "电气", "科技", "股份")


def another_firm_named(base: FactBase, text: str) -> str:
    """A firm, or a trade's body (中国机械工业联合会, the China Machinery Industry
    Federation), the report never names (华北制药, 金象食品), in a question naming none of the
    base's: two characters before a kind of firm, the pair and its kind written nowhere in
    the base, the pair no word of the base (建筑集团, a building group: a kind, no name) nor
    ending one with the kind's first character (医药业; not 象食 of 白象食品, a firm's own),
    no family of a name it holds (汾西矿业集团), and sounding like no name of the base's
    before that kind (陕西建功集团 is 陕西建工集团 mistyped, 白像食品 白象食品, 海钰食品
    海玉). "" when it names none. ask and search answer nothing of such a firm: a fact
    matched by the rest of the question (拉动医药行业多少) is another firm's. (Not 汽车:
    甲醇汽车, 新能源汽车 are vehicles, and their slips many: only a carmaker's look-alike,
    _another_carmaker.)"""
    folded = fold_query(text)
    firms = _firm_names(base)
    if any(firm in folded for firm in firms):
        return ""  # (开建集团是和中建集团合资的吗: of a firm it names, another party)
    body = _another_body_in_english(base, folded)
    if body:
        return body
    carmaker = "汽车" in folded
    kinds = any(kind in folded for kind in _ANOTHER_FIRMS_KINDS)
    if not carmaker and not kinds:
        return ""
    known = search_data(base).joined_text()
    names = _chinese_entity_names(base)
    if not kinds:
        return _another_carmaker(folded, known, names)
    for said in _FIRM_NAMED.finditer(folded):
        name, kind, start = said["name"], said["kind"], said.start()
        before = folded[max(0, start - 2) : start]
        if kind in _BODIES_KINDS:
            # (a body is its whole name: 机械 said elsewhere, or 中国 opening the textile
            # council's, make 中国机械工业联合会 no name of the base's)
            # (国家行业协会, 哪个协会: a kind of body, no name of one; 纺织工业协会: the
            # textile council by a word of its own name)
            if (
                name + kind in known
                or name.endswith("业")
                or name in _NO_BODY_S_NAME
                or any(name in body for body in _bodies_names_zh(base))
            ):
                continue
            return name + kind
        if (
            name + kind in known
            or name in known
            or (name[-1] + kind[0] in known and not any(name[-1] + kind in f for f in firms))
            or any(c in _NEVER_RESPELT for c in name)
            # (汾西矿业集团: of the family of a name the base holds, 汾西华益)
            or (len(before) == 2 and any(n.startswith(before) for n in names))
            or _sounds_like_a_name(names, name, kind)
        ):
            continue
        return name + kind
    return _another_carmaker(folded, known, names) if carmaker else ""


def _another_carmaker(folded: str, known: str, names: tuple[str, ...]) -> str:
    """吉祥汽车, 吉普汽车: two characters before 汽车 that begin as a carmaker the base
    names (吉利汽车) and are neither its name nor sound like it: another carmaker (汽车 alone
    is no kind of firm: 甲醇汽车, 新能源汽车 are vehicles)."""
    makers = {n[:-2] for n in names if n.endswith("汽车") and len(n) == 4}
    for said in re.finditer(r"(?P<name>[\u4e00-\u9fff]{2})汽车", folded):
        name = said["name"]
        if (
            name not in makers
            and any(name[0] == maker[0] for maker in makers)
            and name not in known
            and not _sounds_like_a_name(names, name, "汽车")
        ):
            return name + "汽车"
    return ""


def _another_body_in_english(base: FactBase, folded: str) -> str:
    """A trade's body named in English that none of the base's bodies is (the China
    Machinery Industry Federation; not the China Textile Industry Federation, the textile
    council's other name, nor the federation, which association): its words, or ""."""
    said = (
        _BODY_NAMED_EN.search(folded) if "federation" in folded or "association" in folded else None
    )
    if said is None:
        return ""
    words = set(said.group().split())
    return "" if any(words <= body for body in _bodies_words(base)) else said.group()


def _bodies_names_zh(base: FactBase) -> tuple[str, ...]:
    """The Chinese names of the base's bodies (中国纺织工业联合会, 中纺联 …)."""
    return tuple(
        fold_query(n) for e in base.entities if e.kind == "body" for n in (e.zh, *e.aliases)
    )


def _bodies_words(base: FactBase) -> tuple[frozenset[str], ...]:
    """The words of each English name of the base's bodies, folded; kept."""
    kept = base.memo.get("bodies_words")
    if isinstance(kept, tuple):
        return kept
    words = tuple(
        frozenset(fold_query(n).split())
        for e in base.entities
        if e.kind == "body"
        for n in (e.en, *e.aliases)
    )
    base.memo["bodies_words"] = words
    return words


# (its own name's word before it: not the federation, which association, its association)
_BODY_NAMED_EN = LazyPattern(
    r"\b(?!(?:the|a|an|which|what|this|that|its|their|whose|industry|industrial)\b)[a-z]+"
    r"\s+(?:industry\s+|industrial\s+)?(?:federation|association)\b",
    hints=("federation", "association"),
)
# (and bodies of a trade, which give prizes: 中国机械工业联合会 is not the textile
# council that gave the JWF1580's)
_NO_BODY_S_NAME = frozenset(
    {
        "国家",
        "全国",
        "全省",
        "全市",
        "省级",
        "市级",
        "国家级",
        "相关",
        "有关",
        "一个",
        "这个",
        "那个",
        "哪个",
        "什么",
        "哪些",
        "某个",
    }
)
_FIRMS_KINDS = ("集团", "药业", "制药", "食品", "控股")
_BODIES_KINDS = ("工业联合会", "联合会", "工业协会", "协会")
# (潇河产业园区: a park the report never names, as 海玉产业园 is one it does)
_PARKS_KINDS = ("产业园区", "工业园区", "产业园", "工业园", "科技园")
_ANOTHER_FIRMS_KINDS = (*_FIRMS_KINDS, "联合会", "协会", "园")  # (each kind's shortest word)
_NAMED_KINDS = sorted((*_FIRMS_KINDS, *_BODIES_KINDS, *_PARKS_KINDS), key=len, reverse=True)
_FIRM_NAMED = LazyPattern(
    r"(?P<name>[\u4e00-\u9fff]{2})"
    rf"(?P<kind>{'|'.join(_NAMED_KINDS)})"
    r"(?!行业|产业|工业|企业|类|业|需求)",
    hints=_ANOTHER_FIRMS_KINDS,
)


def _sounds_like_a_name(names: tuple[str, ...], name: str, kind: str) -> bool:
    """Do the two characters sound like, or nearly like (吉列 of 吉利: a final a letter
    off), the two before the kind in a name of the base's entities, or its first two (华为
    of 华卫, 海钰 of 海玉)?"""
    heard = [sound_of(c) or c for c in name]
    for held in names:
        at = held.find(kind)
        for pair in (held[:2], held[at - 2 : at] if at >= 2 else ""):
            if len(pair) == 2 and all(
                _near_syllables(a, sound_of(b) or b) for a, b in zip(heard, pair, strict=True)
            ):
                return True
    return False


def _near_syllables(heard: str, written: str) -> bool:
    """The same syllable, an initial blurred (zeng, zheng), or one initial with finals a
    letter apart (lie, li; not bei, wei: another initial)."""
    if _flat_initial(heard) == _flat_initial(written):
        return True
    initial = re.match(r"[zcs]h|[bpmfdtnlgkhjqxrzcsyw]?", written)
    start = initial.group() if initial else ""
    if not heard.startswith(start) or not start:
        return False
    # (a letter added or left off either end of the final, lie of li, jing of jin; not
    # another vowel, xiong of xiang: 白熊 is no 白象)
    one, other = heard[len(start) :], written[len(start) :]
    shorter, longer = sorted((one, other), key=len)
    return len(longer) - len(shorter) == 1 and (
        longer.startswith(shorter) or longer.endswith(shorter)
    )


# How far below the best a fact may score and still be among the things named (the truck
# that came off the line scores 53, the sedan beside it 47: both were asked of).
NAMED_MARGIN = 15.0


def dated_extreme(
    base: FactBase, question: Question, query: str, among: set[int] | None = None
) -> tuple[str, list[int]] | None:
    """The earliest (or latest, question.time_order) month the report dates anything to,
    within the period asked and among the facts the question's words name if it names
    any (or those `among`, as the caller read them), with the positions of that month's
    facts; None when nothing asked is dated to a month."""
    rows = search_data(base).rows()
    period = question.period
    rests = set(rests_of(base).values())  # (the share not halted: no event of its own)
    dated = {
        i
        for i, row in enumerate(rows)
        if "-" in row.period
        and (period is None or period.fits(row.period) is not None)
        and i not in rests
    }
    ordered = sorted(dated)
    if among is not None:
        ordered = [i for i in ordered if i in among]
    elif question.terms and dated:
        # The things named: the facts their words fit best (最早下线的甲醇重卡: the truck,
        # then the sedan that came off the line with it).
        undated = question._replace(period=None, time_order="")
        scored = score_facts(base, undated, query, min_score=TERM_FLOOR, only=dated)
        best = scored[0].score if scored else 0.0
        ordered = [s.position for s in scored if s.score >= best - NAMED_MARGIN]
    if not ordered:
        return None
    months = sorted({rows[i].period for i in ordered})
    month = months[0] if question.time_order == "earliest" else months[-1]
    return month, [i for i in ordered if rows[i].period == month]


def _period_only(base: FactBase, question: Question, only: set[int] | None) -> list[Scored]:
    """A query that is only a period (六月, what happened in June): that period's facts."""
    assert question.period is not None
    data = search_data(base)
    rests = set(rests_of(base).values())  # (the share not halted: nothing that happened)
    out = []
    for i, row in enumerate(data.rows()):
        if (only is not None and i not in only) or i in rests:
            continue
        if question.period.fits(row.period) == "exact" and len(row.period) > 4:
            out.append(Scored(i, PERIOD_ONLY, "period", 0, row, ()))
    return out


def _has_cjk(blob: str) -> bool:
    return any(is_cjk(c) for c in blob)


def _chinese_blobs(data: SearchData) -> bool:
    """Does the base have Chinese names? Pinyin is read only then (judged from its first
    facts: reading every blob would cost more than the pinyin itself; once a base)."""
    if data.chinese_blobs is None:
        data.chinese_blobs = any(_has_cjk(b) for b in data.blobs[:200])
    return data.chinese_blobs


def _readings(data: SearchData, terms: list[Term], with_pinyin: bool) -> list[Group]:
    """The terms' readings (score.readings_of, after join_soft and unglue), kept for the
    base's next scoring of the same terms: ask scores a question's terms more than once,
    and questions share their words. They depend on the terms and the base's vocabulary
    (its text, and its pinyin when read) only. Shared: not to be changed."""
    key = (tuple(terms), with_pinyin)
    found = data.readings.get(key)
    if found is None:
        vocabulary = vocabulary_of(data, with_pinyin)
        found = readings_of(unglue(join_soft(terms, vocabulary), vocabulary), vocabulary)
        if len(data.readings) >= READINGS_KEPT:
            data.readings.clear()
        data.readings[key] = found
    return found
