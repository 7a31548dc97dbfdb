"""`ask`: a question answered with the facts that answer exactly it, or declined with why.

A question is read (search.question) for what it asks about (its subject), the measure
it asks for, the period and the operator. Then:
- one fact answers when its names cover the subject and it states the measure asked
  (白象食品产值是多少 is not answered with Baixiang's contribution to growth);
- a superlative (哪个企业产值最高, which grew fastest) ranks the facts of that measure
  the report states, and says what the ranking covers;
- a comparison (白象食品和华卫药业谁拉动得多, provincial or national little giants)
  finds one fact per side and compares their values;
- a period question (六月发生了什么, what happened in June) lists that period's facts.
Otherwise the question is declined with a machine-readable reason: `unstated-measure`
(the subject is in the report, what is asked about it is not), `ambiguous` (several
facts answer equally), or `no-match` (the report says nothing about the subject).
Nothing here renders or prints: render_ask turns an Answer into sentences and records.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import deque
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, NamedTuple

from jzfacts.measures import MEASURES, RELATIVE
from jzfacts.model import Entity, Fact, FactBase, Kind, Match
from jzfacts.prose import period_en, period_zh
from jzfacts.query import by_amount, compare
from jzfacts.search import (
    DEFAULT_MIN_SCORE,
    Question,
    Scored,
    Term,
    read,
    score_facts,
    search,
    vocab,
)
from jzfacts.search.classes import (
    GRAMMAR_WORDS,
    a_class_by_threshold,
    classed_by_another_measure,
    of_another_class,
    share_of_another_part,
)
from jzfacts.search.fold import fewest_syllables, fold_query, sound_of
from jzfacts.search.index import BASE_BUILT_ON, IndexRow, search_data, stem
from jzfacts.search.question import (
    CHECKING_TAGS,
    CLAUSES,
    CONFIRMING_TAGS,
    EN_ASKING,
    EN_ASKING_VERBS,
    EN_HALF_OF,
    EN_TAG,
    EVENT_TIME,
    FIGURE_GRANTED,
    GONG_ALONE,
    GRANTED_BASIS,
    IN_TENTHS,
    JI_AS_AND,
    LEVEL_SAID,
    LOOSE_STANDINGS,
    MAX_QUERY,
    MONEY_UNIT_SAID,
    NAME_NUMBER,
    OF_A_RANKING,
    OR_COUNTED,
    PLACED,
    PREMISE_OPENING,
    RELATION_NEGATING,
    WHOSE,
    ZH_ASKING,
    ZH_TIME,
    LazyPattern,
    Period,
    Threshold,
    after_event_asked,
    amount_in,
    as_asked,
    asking_part,
    completions,
    each_firm_over,
    figure_of_the_side,
    firms_not_stopped,
    held_inside,
    included_said,
    joined,
    level_swapped,
    named_as_party,
    names_a_doer,
    parallel_level,
    period_set_aside,
    premise_of,
    quantities_named,
    ranks_joined,
    ranks_kinds,
    ratio_claimed,
    says_added,
    set_chosen_from,
    sides_of,
    spoken_places,
    which_body_as_who,
)
from jzfacts.search.rank import (
    THE_ZONE,
    TIE,
    another_dimension,
    another_firm_named,
    asks_of_the_place,
    asks_place_by_number,
    bases_in_order,
    basis_of,
    chosen_noun,
    counts_the_chosen,
    dated_extreme,
    excluded_by,
    firm_told,
    holds_then,
    is_a_rest,
    level_of,
    meant,
    measure_fits,
    named_by_the_chosen,
    named_within,
    names_no_place,
    names_respelt,
    names_set_aside,
    on_basis,
    period_end,
    places_in_names,
    ranks_in_words,
    rest_asked,
    rests_of,
    share_basis,
    shares_another_whole,
    states_a_level,
    sum_of,
    topic_names_another,
    without_asides,
    without_inferred,
)
from jzfacts.search.score import (
    ENTITY,
    NAME,
    PINYIN,
    QUOTE,
    SECTION,
    SOUND_INSIDE,
    TERM_FLOOR,
    WEIGHT,
    Hit,
    english_synonyms,
    firm_word,
    heard_as_the_zone,
    join_soft,
    known,
    levels_named,
    names_elsewhere,
    names_places,
    one_character_off,
    place_located,
    places_apart,
    places_elsewhere,
    unglue,
    vocabulary_of,
)
from jzfacts.text import fold, has_cjk, is_cjk, parse_chinese_numeral
from jzfacts.units import (
    COUNTS,
    PERCENT,
    POINTS,
    UNITS,
    VEHICLES,
    Unit,
    base_amount,
    scaled_text,
)

if TYPE_CHECKING:
    pass

Reason = Literal["unstated-measure", "ambiguous", "no-match"]
AnswerKind = Literal["fact", "list", "max", "min", "compare", "order", "period", "declined"]
Larger = Literal["first", "second", "same"] | None
Earlier = Literal["first", "second", "same"] | None  # of two things, the one dated earlier
Verdict = Literal["yes", "no", "roughly"] | None

# Measures stated in percent or points: a part of a whole, or a pace of change.
_RATES = frozenset(
    m.id for m in MEASURES.values() if m.dimensions and set(m.dimensions) <= {PERCENT, POINTS}
)
TIE_MARGIN = 3.0  # answerable facts this close in score are a tie: ambiguous
# A yes/no question is answered by a statement rather than a figure scoring at most this
# much more (whether something happened, not how long it took).
STATEMENT_MARGIN = 10.0
HOW_MARGIN = 15.0  # … and this close, where a way or an action is asked (how did the zone …)
FIRM_HIT = 80.0  # every word of the question at least this close in one fact …
LOOSE_HIT = 70.0  # … and one below this in another: no tie
STATED_MARGIN = 8.0  # a stated fact this close to an inferred one is the answer
TOTAL_MARGIN = 8.0  # facts this close to the best are parts of a total asked
FULLER_MARGIN = 8.0  # a fact saying more of the question this close to the best answers
NAMED = 80.0  # a word of the question hitting a name this well names the fact
AS_WRITTEN = 100.0  # a word of the question the fact says as written, no synonym's
WHOLE_NAME = 95.0  # … and this well, as written
SPECIFIC = 6  # a word naming at most this many facts names a thing, not a class
NAMES_SUBJECT = 50.0  # … and a fact scoring this much on the subject is about that thing
UNSTATED_LEAD = 10.0  # a numberless fact naming the subject this far ahead of a figure
SPANNED = 0.6  # the share of the subject's characters the hits must make up
# A word the base holds nowhere as written mentions a fact only where most of it stands
# (全区规上工业增加值 in 全区工业增加值), not two characters of three (中小学, 中小企业).
UNKNOWN_MENTION = 60.0
QUOTED_RUN = 8  # characters of a quote, whole in a question, that name its fact
NEAR_MISS = 45.0  # facts scoring this much are listed as related when declining
RELATED = 5  # at most this many related facts are listed
RELATED_SHARE = 0.8  # … each scoring at least this share of the closest one
_NAMING = (NAME, ENTITY, PINYIN)  # fields that name a fact (not its quote or tags)


class Answer(NamedTuple):
    question: str
    english: bool
    kind: AnswerKind
    facts: tuple[Fact, ...]  # the answer: one fact, or the ranked/compared/listed facts
    reason: Reason | None  # why it was declined (None when answered)
    subject: str  # what the question asks about, as the question says it
    measure: str | None  # the measure asked for: a measures.MEASURES id, or one no fact states
    period: str | None  # the period asked about, as "2022-06" or "2022-04..2022-06"
    related: tuple[Match, ...]  # related facts (declined) or every fact a ranking covers
    complete: bool = True  # a ranking: False when the report states only some of its kind
    asks_who: bool = False  # 哪家企业, which company: the answer names its enterprises
    asks_giver: bool = False  # 谁颁的奖, who gave the prize: the answer names the body
    # A comparison: False when hedged figures (突破, 近, 约) leave the order open.
    settled: bool = True
    # A comparison of two facts: which of them, in the order given, is larger.
    larger: Larger = None
    # A ranking of the things the question names (甲、乙、丙哪个最多), not of all the
    # report states of a measure.
    among: bool = False
    # A ranking of levels (级别最高的小巨人): the top level's fact, whatever its figure.
    by_level: bool = False
    # A yes-or-no question answered with one fact (陕西建工是世界500强吗, 超过10万辆了吗);
    # `settled` is then whether a verdict is given.
    claim: bool = False
    # A figure held against a number (超过10万辆了吗): "yes", "no", or None when a hedged
    # figure (突破, 近, 约) leaves it open; the number as the question writes it.
    verdict: Verdict = None
    threshold: str | None = None
    # The verdict rests on a floor read to its last digit (突破224亿 is under 225亿).
    floor_read: bool = False
    # A比B多几家: the first fact's value less the second's, in the second's unit (of one
    # measure; hedged, gap_hedge, where a figure is; otherwise None).
    difference: Decimal | None = None
    # A比B多百分之几: the first's excess over the second, as a per cent of the second
    # (negative where it is less; hedged as the ratio is).
    relative: Decimal | None = None
    difference_unit: str | None = None
    # A是B的几倍: the first fact's value over the second's (of one measure, as above).
    ratio: Decimal | None = None
    # How a hedged figure (突破224亿) hedges the ratio or the size of the difference:
    # "over", "under", "nearly", "about" (None: exact).
    gap_hedge: str | None = None
    # Declined as ambiguous: how many facts it could mean (related lists the first few).
    choices: int = 0
    # A ranking asked one or more places down (第二多, the runner-up): facts[0] is the
    # fact at that place, the others follow in the ranking's order (see ranking()).
    place: int = 1
    # December asked as a month (12月份), not the year's end the base's month 12 stands for.
    month_asked: bool = False
    # Which came first (先下线还是先交付): of the two facts, the one asked for first (the
    # earlier, or the later where the last is asked), which the base dates earlier:
    # "first", "second", "same" (one month), or None (no month to tell them apart).
    earlier: Earlier = None
    # 2022年最早发生的事, the latest event: "earliest" or "latest"; the facts are those
    # of that month among all the report dates to a month (of the things named, if any).
    time_order: str = ""
    # 既然…，…; since …, …: the verdict judges the claim the question rests on, which the
    # report denies (what the question then asks is left unanswered).
    premise: bool = False
    # GDP wasn't 14.3 billion yuan, was it: the verdict says what is so, as English answers
    # a denial (Yes: it was); the denial as put, as Chinese answers it, is the other way.
    by_what_is_so: bool = False

    @property
    def claim_holds(self) -> bool | None:
        """Does the claim hold as the question puts it (a denial included)?"""
        if self.verdict not in ("yes", "no"):
            return None
        return (self.verdict == "yes") != self.by_what_is_so

    def ranking(self) -> tuple[Fact, ...]:
        """A ranking's facts in its order, top (or bottom, for "min") first."""
        if self.place <= 1:
            return self.facts
        rest = self.facts[1:]
        return (*rest[: self.place - 1], self.facts[0], *rest[self.place - 1 :])

    @property
    def answered(self) -> bool:
        return self.reason is None


def _count_stated_as_asked(spoken: str) -> str:
    """7 cadres were promoted to division head. (…, right?): an English statement opening on
    a count claims it, as "Is it true that …?" asks it (the 7 deputies had been given, the
    figure naming them, with no verdict)."""
    if has_cjk(spoken) or _EN_COUNT_OPENS.match(spoken) is None:
        return spoken
    tag = _EN_CONFIRMING_TAG.search(spoken)
    if tag is None and "?" in spoken:
        return spoken  # (17 little giants: which level?: asked, no statement)
    statement = spoken[: tag.start()] if tag else spoken
    return f"Is it true that {statement.strip().rstrip('.!')}?"


def _kept_working_of_a_stoppage(folded: str, answer: Answer) -> bool:
    """Is a share that stopped work (停产停业停工) answered to a question about the firms
    that kept working, resumed or did not stop (复工, 正常生产, 没停产, kept working)?"""
    stopping = any(_STOPPED.search(f.quote or "") for f in answer.facts)
    return stopping and _KEPT_WORKING.search(folded) is not None


_STOPPED = re.compile(r"停产|停业|停工")
# Working on, the other side of a stoppage: 复工, 正常生产, 没停产, kept working, reopened.
_KEPT_WORKING = LazyPattern(
    # (not 在产业, 在产值: the industry, its output; not 有没有停产, asking whether they stopped)
    r"复工|复产|开工|正常生产|正常经营|照常|继续生产|仍在生产|还在生产|坚持生产|在产(?![业值品])"
    r"|(?<!有)(?:没|没有|未|不|冇)(?:停产|停工|停业|停)"
    r"|\b(?:keep|kept|keeps|stay|stayed|stays|remain|remained|remains|continue|continued"
    r"|still)\s+(?:working|going|operating|running|open|producing|in (?:operation|production))"
    r"|\b(?:were|was)\b(?:\s+[\w'-]+){0,3}?\s+(?:working|operating|running|open|producing)\b"
    r"|\b(?:resumed|reopened|back to work|did not (?:stop|halt|shut))",
    hints=(
        "复",
        "开工",
        "正常",
        "照常",
        "生产",
        "在产",
        "停",
        "冇",
        "keep",
        "kept",
        "stay",
        "remain",
        "continu",
        "still",
        "were",
        "was",
        "resum",
        "reopen",
        "back",
        "not",
    ),
)


def _gap_said_as_compared(spoken: str) -> str:
    """高新技术企业多于专精特新企业90户吗, GDP增速低于战新产业30%吗: a gap between two
    things said with 多于 (more than B by N) is 比B多N, as the comparison reads it (the
    figure had been held against A alone: 171 is more than 90). Asked only: a gap stated
    with no question word (战新产业增速高于GDP增速60.7个百分点) is a claim read as it is."""
    if _TAG_ASKED.search(spoken) is None and _ASKED_BOTH_WAYS.search(fold_query(spoken)) is None:
        return spoken
    return _GAP_SAID.sub(r"\g<a>比\g<b>\g<rel>\g<n>", spoken)


# A question's closing particle or mark (吗, 吧, ？), in either script.
_TAG_ASKED = re.compile(r"[吗嗎么麼嘛吧？?]")


def _contrast_as_claimed(spoken: str) -> str:
    """白象不是拉动了17.77个百分点而是25.35个百分点吗, 是华卫药业而不是白象吗, 200 firms
    rather than 171: a claim set against another is the claim (是25.35个百分点吗, 是华卫药业
    吗, 200 firms), weighed as it stands; the thing it is set against only says what it is
    not (it had been weighed instead, or both figures read as one)."""
    if has_cjk(spoken):
        return _RATHER_THAN_ZH.sub("", _NOT_BUT_ZH.sub("是", spoken))
    return _RATHER_THAN_EN.sub("", spoken)


def _not_as_much_as_compared(spoken: str) -> str:
    """正处没有副处多吧: A not as many as B is A fewer than B (正处比副处少吧), as compared
    (没有 had been read as there being none)."""
    spoken = _NOT_AS_MUCH_ZH.sub(lambda m: f"{m['a']}比{m['b']}{_OPPOSITE_WAY[m['way']]}", spoken)
    # A不会比B少吧, A不是比B少吧, A不比B少吧: A not fewer than B, claimed: A more than B (the
    # denial had been lost, and the claim weighed the other way). (没比…多吧 stays open: a
    # not-more may be as many.)
    return _NOT_COMPARED_ZH.sub(lambda m: f"比{m['b']}{_OPPOSITE_WAY[m['way']]}吧", spoken)


# 吉利产值多少？那产量呢: 那 (then) opening a follow-up after a question asked is no word
# of it (as 产量呢 after the question; after a statement, 4月排名垫底，那全年呢, it stays:
# the statement is the follow-up's ground).
_THEN_AFTER_A_QUESTION = LazyPattern(
    r"(?P<asked>^[^，,。？?；;]*(?:几|多少|吗|什么|哪|谁)[^，,。？?；;]*[，,？?；;]\s*)"
    # (not 那 of that one, then: 那个, 那家, 那时候)
    r"那么?(?![个個家时時些次年月里裡边邊种種样樣位天])(?=[^，,。？?；;]{1,16}呢)",
    hints=("那",),
)
# A没有B(那么)多: the way it goes, turned (多 -> 少).
_OPPOSITE_WAY = {
    "多": "少", "少": "多", "高": "低", "低": "高", "大": "小", "小": "大", "快": "慢", "慢": "快",
}  # fmt: skip
_NOT_COMPARED_ZH = LazyPattern(
    # (not 是不是比, 会不会比, 难道不比: asked either way, or surely so)
    r"(?:应该|应当|(?<![是会會该該道]))(?:不会|不會|不是|不)比(?P<b>[^，,。？?！!\s比]{1,16}?)"
    r"(?<![多减減变變很太更较較稍])(?P<way>[多少高低大小快慢])吧",
    hints=("比",),
)
_NOT_AS_MUCH_ZH = LazyPattern(
    # (not 有没有, 还没有: whether, or not yet, said right before it)
    r"(?P<a>[^，,。？?！!\s]{2,16}?)(?<![有还還])(?:没有|沒有|冇)"
    # (not 没有停产的企业占多少: a share asked of those not halted, no comparison; B is
    # a thing or a figure, never a change nor a degree alone: 没有减少, 没有那么高)
    r"(?!(?:那么|这么|那麼|這麼|那样|那樣|这样|這樣|咁|很|太|更)?[多少高低大小快慢])"
    # (two characters at least: 没有增多, 扩大, 缩小 are a change, no thing compared)
    r"(?P<b>[^，,。？?！!\s占的]{2,16}?)(?:那么|这么|那麼|這麼|那样|那樣|这样|這樣|咁)?"
    # (多少 ends no comparison: 没有停产的占多少)
    r"(?<![多减減变變很太更较較稍])(?P<way>[多少高低大小快慢])(?=吧|吗|嗎|呢|啊|[，,。？?！!]|$)",
    hints=("没有", "沒有", "冇"),
)


# 不是A而是B, 并非A，而是B, 不是A，是B: B is what is claimed (not 是不是, 要不是).
_NOT_BUT_ZH = LazyPattern(
    r"(?<![是要可])(?:并不是|並不是|不是|并非|並非|不係|唔係)[^，,。？?！!；;]{1,24}?"
    # (not a tag confirming what was said: 党建联盟不是8个，是吗, 是吧, 是真的吗)
    r"(?:[，,]?\s*(?:而是|却是|卻是|而係)"
    r"|[，,]\s*(?:是|係)(?![不否吗嗎吧么麼嘛呢啊真对對的？?。！!\s]|$))",
    hints=("不是", "并非", "並非", "不係", "唔係"),
)
# …B而不是A, B而非A: what B is set against, left out.
_RATHER_THAN_ZH = LazyPattern(
    r"[，,]?\s*而(?:不是|并非|非|不係)[^，,。？?！!；;吗吧呢嗎]{1,24}", hints=("而",)
)
# B rather than A, B instead of A, B, not A (at the end): A left out.
_RATHER_THAN_EN = LazyPattern(
    # (a decimal point is no sentence's end: rather than 17.77)
    r"\s*,?\s*\b(?:rather than|instead of)\s+(?:[^,.?!;]|\.(?=\d)){1,40}?"
    r"(?=\s+(?:that|who|which)\b|[,?!;]|\.(?!\d)|$)"
    r"|\s*,\s*not\s+(?:[^,.?!;]|\.(?=\d)){1,30}?(?=\s*[?.!]*\s*$)",
    hints=("rather than", "instead of", "not"),
)


# A, 多于/低于…, B (two characters or more, no figure), then the gap with its unit.
_GAP_SAID = LazyPattern(
    r"(?P<a>[\u4e00-\u9fffA-Za-z])(?P<rel>多|少|高|低|大|小)(?:于|於|过|過)"
    # (not 小于等于; not a share of B, 多于B的50%; not a hedge, 多于将近100户)
    r"(?!或|等|将近|接近|整整|大约|约|近|足足|差不多|几乎)"
    r"(?P<b>[^\d０-９，,。？?、；;一二三四五六七八九十百千万亿两几]{2,}?)(?<!的)"
    r"(?P<n>[\d０-９][\d０-９.．]*|[一二三四五六七八九十两][一二三四五六七八九十百千两]*)"
    r"(?=\s*(?:户|戶|家|个|個|项|項|人|名|亿|億|万|萬|%|％|倍|台|辆|輛|个?百分点|個?百分點|个?点|成))",
    hints=("于", "於", "过", "過"),
)


# A count of things opening an English line (7 cadres were…), not an amount (14.3 billion
# yuan, 85% of firms).
_EN_COUNT_OPENS = LazyPattern(
    r"\s*\d[\d,]*\s+(?!(?:percent|per|billion|million|thousand|yuan|rmb|%|points?)\b)"
    r"[a-zA-Z][\w-]*\s+(?:[a-zA-Z-]+\s+){0,4}?(?:were|was|became|got|have|had|are|is)\b"
)
# A tag asking to confirm what was said before it (…, right? …, correct? - true?).
_EN_CONFIRMING_TAG = LazyPattern(
    r"\s*[,;\-–—]\s*(?:right|correct|true|yes|no|isn'?t it|aren'?t they|weren'?t they"
    r"|wasn'?t it|didn'?t they|is that (?:right|correct|true|so)|am i right)\s*[?!.]*\s*$",
    hints=("right", "correct", "true", "yes", "no", "n't", "is that", "am i"),
)


# Whether a claim is false, asked after it (我说错了吗, 是假的吗, 有误吗, am I wrong, is that
# false): the claim before it is what is weighed.
_FALSITY_ASKED = LazyPattern(
    r"[，,\s]*(?:我|你们|报告)?(?:说|讲|写|记)?错了吗[？?]*\s*$|[，,\s]*(?:是假的|有误|是错的|不实)吗[？?]*\s*$"
    r"|[,\s]+(?:am i wrong|is (?:that|this|it) (?:wrong|false|incorrect)|was i wrong)\s*\??\s*$",
    hints=("错", "假", "误", "不实", "wrong", "false", "incorrect"),
)


def ask(base: FactBase, text: str) -> Answer:
    """Answer a question from the base, or decline it with the reason. A question in
    Cantonese is read, and its claim weighed, as Mandarin (唔系有17户咩: 不是有17户吗).
    Two claims joined by 还是 that no reading answers are weighed one by one
    (_either_claimed)."""
    # (GDP是150亿，我说错了吗, is that wrong: whether the claim is false is asked; it is
    # weighed as claimed, and the verdict then answers the question as asked)
    falsity = _FALSITY_ASKED.search(text[:MAX_QUERY])
    if falsity is not None:
        tag = "，对吗" if has_cjk(text[: falsity.start()]) else ", right?"
        answered = ask(base, text[: falsity.start()].rstrip(" ，,") + tag)
        flipped: Verdict = (
            "no"
            if answered.verdict == "yes"
            else "yes"
            if answered.verdict == "no"
            else answered.verdict
        )
        return answered._replace(question=text, verdict=flipped)
    # (a quiz item, 判断：… or a blank to fill, is the question it sets)
    spoken = names_respelt(base, as_asked(text[:MAX_QUERY]))
    # (吉利产了多少车，不对，我是说产值: the question meant; Geely, which delivered 600
    # trucks, produced …: what it says in passing of Geely left out)
    spoken = meant(base, without_asides(base, spoken))
    spoken = _not_as_much_as_compared(_contrast_as_claimed(spoken))
    spoken = _gap_said_as_compared(_count_stated_as_asked(spoken))
    spoken = firms_not_stopped(each_firm_over(spoken))
    spoken = _it_named_before(base, spoken)
    if _IT_OPENING.match(spoken) is not None:
        # 它获批了吗, 它拉动医药行业多少: it, with nothing before it to say what it is, may
        # be any of the firms or things the report names (one had been chosen, or 是 said).
        read_as = _read(base, spoken)
        subject = _subject_scores(base, read_as, spoken)
        return _declined(base, read_as, spoken, subject, "ambiguous")._replace(question=text)
    spoken = _THEN_AFTER_A_QUESTION.sub(r"\g<asked>", spoken)
    if _parent_group_asked(base, fold_query(spoken)):
        # 浙江吉利控股集团2022年产量多少, Geely Holding's output: the group's own figure,
        # which the report never gives (its figures are the zone's plant's).
        read_as = _read(base, spoken)
        return _declined(base, read_as, spoken, [], "unstated-measure")._replace(question=text)
    other_fuel = _another_fuel_claimed(base, spoken, _read(base, spoken))
    if other_fuel is not None:
        # 首台重卡烧的是天然气吗, was the sedan a hydrogen car: the report says methanol
        # (醇电, methanol-electric), so 否, with its fact; 乙醇汽车产值: none it names.
        return other_fuel._replace(question=text)
    premised = _premise_weighed(base, spoken)
    if premised is not None:
        return premised._replace(question=text)
    said = _measure_mentioned(base, spoken)
    if said is not None:
        # 有没有说到白象食品的产值: whether the report says a measure of a thing is that
        # measure asked (a contribution to growth says no output value).
        spoken = said
    answer = _ask_as_read(base, spoken)._replace(question=text)
    if (
        answer.answered
        and answer.kind == "compare"
        and not _side_s_own_figure(base, spoken, answer)
    ):
        # Was Geely's output bigger than the 28.767 billion yuan of GDP: the figure said of
        # the thing compared with is another's (GDP is 143亿); its comparison is not asked.
        answer = _declined(base, _read(base, spoken), spoken, [], "unstated-measure")
        answer = answer._replace(question=text)
    if answer.answered and answer.verdict == "yes" and _INCLUDING_ONE.search(fold_query(spoken)):
        member = _member_of_a_list_en(base, spoken, _read(base, spoken), answer)
        if member is not None and member.verdict == "no":
            # The zone set up 7 alliances, including one for tourism: the seven are listed,
            # and tourism is none of them (是 had been said of the seven).
            answer = member._replace(question=text)
    if answer.answered and _kept_working_of_a_stoppage(fold_query(spoken), answer):
        # Did most firms keep working in April, 4月份超过一半企业复工了吗: the report gives
        # the share that stopped (85%), not of those that kept working or resumed; its
        # 是 would have been the stoppage's.
        related = [_as_related(base, f) for f in answer.facts]
        answer = _declined(base, _read(base, spoken), spoken, related, "unstated-measure")
        answer = answer._replace(question=text)
    if answer.answered and another_firm_named(base, spoken):
        # 华北制药拉动医药行业多少: a firm the report never names; what the rest matched is
        # another firm's (search finds nothing for it either).
        answer = _declined(base, _read(base, spoken), spoken, [], "no-match")._replace(
            question=text
        )
    if answer.answered and answer.kind in ("fact", "compare"):
        # 开发区有多少中小企业, how many SMEs: the 31 are the SMEs approved as specialised,
        # a part of them; 高新技术企业产值占全区比重: a class the report counts, of which
        # the fact says nothing (the 33.1% is the firms over 100 million yuan's); industrial
        # output growth, of which the emerging industries' is a part (did industry grow
        # faster than GDP). What the class or industry has, the report does not say.
        asked = _read(base, spoken)
        compared = answer.kind == "compare"
        # (营收过亿的企业有几家: firms classed by revenue, which the report never does;
        # 中小企业停产比例: a share of another part than the share's. Search still finds
        # those as the nearest.)
        another_measure = classed_by_another_measure(base, spoken)
        apart = next(
            (
                f
                for f in answer.facts
                if another_measure
                or of_another_class(base, asked, spoken, f, compared)
                or share_of_another_part(base, spoken, f)
            ),
            None,
        )
        if apart is not None:
            answer = _not_stated_of(base, asked, spoken, apart)._replace(question=text)
    if not answer.answered and answer.reason == "no-match":
        # 利润过亿的企业有多少户: a class by a measure no fact states, said of firms the
        # report does class (by output): unstated of them, the class it has given as related.
        answer = _classed_otherwise(base, spoken, answer)._replace(question=text)
    if answer.answered and answer.kind == "fact" and _the_zone_ranked(spoken, answer.facts[0]):
        # 开发区在全市排名第一吗: the first place is the VAT refunds', not the zone's.
        answer = _not_stated_of(base, _read(base, spoken), spoken, answer.facts[0])._replace(
            question=text
        )
    if answer.answered and answer.kind == "fact" and _share_of_all_asked(spoken, answer.facts[0]):
        # What share of all firms: the 25% is of the above-scale firms, a class of them.
        answer = _not_stated_of(base, _read(base, spoken), spoken, answer.facts[0])._replace(
            question=text
        )
    if (
        not answer.answered
        and answer.reason == "ambiguous"
        and answer.related
        and _MENTION_ASKED.search(fold_query(spoken)) is not None
    ):
        # 报告提到吉利了吗, is Geely mentioned: several facts of it, which one not asked;
        # yes, with them. A place the report's sentences never say is not mentioned,
        # whatever name holds it (浙江 of 浙江吉利, Geely's parent: a curator's alias).
        facts = tuple(m.fact for m in answer.related)
        asked = _read(base, spoken)
        places = places_elsewhere(asked.terms, fold_query(spoken))
        if any(not _said_in_the_report(base, t.text) for t in places):
            answer = _declined(base, asked, spoken, [], "no-match")._replace(question=text)
        else:
            answer = _answer(base, asked, spoken, "list", facts)._replace(
                verdict="yes", question=text
            )
    if not answer.answered and "还是" in spoken:
        answer = _either_claimed(base, spoken, text) or answer
    if answer.answered and _the_city_by_its_name(base, spoken):
        answer = _of_the_city(base, spoken, text, answer)
    if answer.answered and answer.kind in ("compare", "list", "max", "min"):
        answer = _every_level_stated(base, spoken, text, answer)
    if (
        answer.answered
        and answer.kind == "fact"
        and (
            answer.verdict is not None
            or answer.threshold is not None
            or _only_yes_or_no(_read(base, spoken))
        )
    ):
        # 陕西建工是世界500强吗: the domestic 500 is shown, saying no yes is given.
        answer = answer._replace(claim=True, settled=answer.verdict is not None)
    return answer


# A level as said in either language, as the report writes it.
_LEVELS_AS_WRITTEN = {
    "national": "国家级", "state": "国家级", "provincial": "省级", "municipal": "市级",
    "city": "市级",
}  # fmt: skip


def _every_level_stated(base: FactBase, spoken: str, text: str, answer: Answer) -> Answer:
    """市级小巨人比省级小巨人多吗, 国家级、省级、市级小巨人分别多少: several things compared
    or listed, each of a level; a level no answering fact states (the report has no
    municipal little giants) is unstated, never another level's figure in its place."""
    folded = fold_query(spoken)
    said = list(LEVEL_SAID.finditer(folded))
    written = [re.sub(r"[“”\"]", "", f"{f.label.zh}{f.quote}") for f in answer.facts]
    levels = {
        _LEVELS_AS_WRITTEN.get(w, w) for w in (m.group().split("-")[0].split(" ")[0] for m in said)
    }
    # The one thing levels listed side by side are of, after the last (国家级和省级技术
    # 中心: 技术中心), held by every fact listed (the little giants are no technology
    # centres).
    shared = _LEVELS_LISTED.search(folded) is not None
    head = _LEVELLED_THING.match(folded, said[-1].end()) if said and shared else None
    if any(not any(level in each for each in written) for level in levels) or (
        head is not None and not all(head["head"][:3] in each for each in written)
    ):
        question = _read(base, spoken)
        related = _subject_scores(base, question, spoken)
        return _declined(base, question, text, related, "unstated-measure")
    return answer


_LEVELS_LISTED = re.compile(
    r"(?:国家级|省级|市级|区级)(?:和|、|与|及|跟|以及|还是)(?:国家级|省级|市级|区级)"
)
_LEVELLED_THING = re.compile(
    r"的?(?P<head>[\u4e00-\u9fff]{2,8}?)"
    r"(?=分别|各|哪|多少|几|有|的|是|和|与|比|多|少|吗|呢|谁|最|边|邊|[，,？?、]|$)"
)


def _of_the_whole_including(
    base: FactBase, question: Question, text: str, answered: Answer
) -> Answer:
    """包括副处在内一共提拔了多少人: the total the report infers of parts including the
    one named (8); never that part alone where a total is asked (all moved including
    rotation: not the 2 rotated), nor a total it infers of other parts (the 8 promoted
    hold no rotation). A figure the report states whole is taken as holding the part
    (包括吉利在内，亿元以上企业有多少户: 38)."""
    if not answered.answered or answered.kind != "fact":
        return answered._replace(question=text)
    fact = answered.facts[0]
    for part in question.included:
        named = _subject_scores(base, _read(base, part), part)
        best = max(named, key=lambda s: s.score, default=None)
        if best is None:
            continue
        part_fact = base.fact(best.position)
        alone = part_fact is fact and question.total
        elsewhere = fact.is_derived and part_fact is not fact and part_fact.id not in fact.inputs
        if alone or elsewhere:
            total = question._replace(measure="total", subject=question.terms)
            return _declined(base, total, text, [best], "unstated-measure")
    return answered._replace(question=text)


def _only_yes_or_no(question: Question) -> bool:
    """A question asking yes or no and nothing else (who did they sign with asks who), or
    a figure claimed (吉利汽车交付了500台甲醇重卡吗, 31 firm approved as little giant?)."""
    if question.threshold is not None and not (question.asks_who or question.asks_when):
        return True
    return question.yes_no and not (
        question.asks_who
        or question.asks_when
        or question.asks_where
        or question.asks_how
        or question.describes
        or question.wants_number
        or question.asks_names
        or question.asks_made
        or question.operator
    )


# 晋中 (Jinzhong) alone is the city, as the report writes it (标志着晋中在…领跑全省); the
# zone is 晋中开发区. Not before a word of the zone's name or of something the city has
# (晋中国家级甲醇经济示范区), nor 晋中市 (the city said already).
_JINZHONG_ALONE = LazyPattern(
    r"晋中(?!开发|开建|综改|经开|园区|高新区|国家级甲醇|市|全市|本地)"
    r"|(?<![a-z])jinzhong(?![a-z])(?!\s*(?:development|dev|economic|zone|dz|kai\s*fa\s*qu"
    r"|park|industrial park|national methanol|city|municipal)\b)",
    hints=("晋中", "jinzhong"),
)
# The zone named however (开发区, 园区, 全区, the zone, kaifaqu, DZ): 晋中的开发区 is the zone.
_THE_ZONE_NAMED = LazyPattern(
    r"开发区|园区|综改区|全区|本区|\b(?:zone|zones|kaifaqu|kai\s*fa\s*qu|dz|park)\b",
    hints=("开发区", "园区", "综改区", "全区", "本区", "zone", "kai", "dz", "park"),
)


def _the_city_by_its_name(base: FactBase, text: str) -> bool:
    """Does what the question asks name Jinzhong alone, the city, and no zone, asking a
    figure (not when, where or who: 晋中500台甲醇重卡是什么时候交付的 asks the time of a
    thing done in Jinzhong)?"""
    asked = asking_part(fold_query(text))
    if not _JINZHONG_ALONE.search(asked) or _THE_ZONE_NAMED.search(asked):
        return False
    question = _read(base, text)
    return not (
        question.asks_when or question.asks_where or question.asks_who or question.describes
    )


def _of_the_city(base: FactBase, spoken: str, text: str, answer: Answer) -> Answer:
    """晋中GDP是多少, Jinzhong's high-tech firms: the report's figures are the zone's, the
    city's it rarely gives (the zone's refunds rank first in the city: the city's total is
    larger). Asked of the city (晋中市): the city's figure where the report gives one (its
    national little giants, inferred), else declined with the zone's figures related; a
    figure that names Jinzhong itself, a firm's, or a thing with no figure still answers."""
    figures = [f for f in answer.facts if f.value is not None]
    if not figures or any(
        # (Geely's cars built in Jinzhong: a firm's figure, wherever it is said to be; the
        # city's little giants, a figure of the city)
        _JINZHONG_ALONE.search(fold(f.quote or ""))
        or "全市" in f.label.zh
        or any((e := base.entity(zh)) is not None and e.kind == "enterprise" for zh in f.entities)
        for f in figures
    ):
        return answer
    folded = fold_query(spoken)
    chinese = has_cjk(folded)
    asked = _JINZHONG_ALONE.sub("晋中市" if chinese else "the city of jinzhong", folded)
    of_the_city = _ask_as_read(base, asked)
    if of_the_city.answered and any("全市" in f.label.zh for f in of_the_city.facts):
        return of_the_city._replace(question=text)
    related = [_as_related(base, f) for f in figures]
    question = _read(base, asked)
    # (全市的地区生产总值 says the city; in English, the city read is named: Jinzhong city)
    subject = _subject_text(question, asked)
    said = (
        ""
        if chinese
        else re.sub(r"^city\b", "Jinzhong city", subject.replace(" city", " in Jinzhong city"))
    )
    declined = _declined(base, question, text, related, "unstated-measure", subject_said=said)
    return declined._replace(question=text)


# 甲醇重卡是全国首台还是全省首台: one thing said, then two claims of it joined by 还是.
_EITHER = LazyPattern(
    r"(?P<head>[^，,。？?]*?是)(?P<first>[^，,。？?]{1,12}?)还是(?P<second>[^，,。？?]{1,12}?)"
    r"[的呢吗啊呀?？\s]*",
    hints=("还是",),
)


def _premise_weighed(base: FactBase, text: str) -> Answer | None:
    """既然甲醇重卡交付了2000辆，都给谁用了; since GDP fell, how did the zone stay on top: a
    question resting on a claim the report denies is answered with that (the claim's fact,
    否), never as if the claim held. A claim borne out answers what is then asked, read
    alone where it names a firm of its own (既然交付了500台，吉利产了多少辆: Geely's cars)
    and answers; otherwise (None) the question is read whole."""
    said = premise_of(text)
    if said is None:
        return None
    premise, rest, only_whether, _ = said
    checked = _ask_as_read(base, premise)
    if only_whether:
        return checked if checked.answered else None  # (since …, right?: the claim asked)
    if checked.answered and checked.kind == "fact" and checked.verdict == "no":
        return checked._replace(premise=True)
    if rest and checked.answered and checked.verdict == "yes" and _firms_named(base, rest):
        # (既然交付了500台，整车产量是多少: what is then asked names no firm of its own, and
        # read alone would find another thing's production: read whole)
        then = _ask_as_read(base, rest)
        return then if then.answered else None
    return None


def _either_claimed(base: FactBase, text: str, asked: str) -> Answer | None:
    """Which of two claims of one thing holds (甲醇重卡是全国首台还是全省首台): the one the
    report bears out answers, with its fact; None when neither or both do. Figures
    (500台还是1000台) are held as claims on the way in."""
    either = _EITHER.fullmatch(fold_query(text.strip()))
    if either is None or re.search(r"\d", either["first"] + either["second"]):
        return None
    claims = (either["first"], either["second"])
    held = [_ask_as_read(base, f"{either['head']}{claim}吗") for claim in claims]
    borne_out = [h for h in held if h.answered and h.verdict == "yes"]
    if len(borne_out) != 1:
        return None
    return borne_out[0]._replace(question=asked, verdict=None, threshold=None, floor_read=False)


def _ask_as_read(base: FactBase, text: str) -> Answer:
    followed = _follow_up(base, text)
    if followed is not None:
        return followed
    if _POINTS_TO_AN_EARLIER.fullmatch(fold_query(text).strip()) is not None:
        # And the second?, 第二个呢: one of the things an earlier answer listed, which this
        # question, asked alone, has none of (no second prize meant).
        return _declined(base, _read(base, text), text, [], "ambiguous")
    follow_up = _FOLLOW_UP_ALONE.fullmatch(fold_query(text).strip())
    if follow_up is not None:
        # 那华卫呢, and the year before?, what about Huawei?: the question before it, asked
        # of another thing; alone, what is asked of the thing is unsaid, unless it says a
        # measure itself (那华卫的拉动呢).
        thing = _read(base, follow_up["zh"] or follow_up["en"])
        if (
            thing.period is not None
            and thing.period.as_month
            and thing.period.start == thing.period.end
            and not thing.terms
            and thing.measure is None
        ):
            # And in April?, 4月呢: a month alone, what came then (as In April? asks; a
            # year or a half alone, 那2021年呢, 那上半年呢, may ask the figure asked before
            # of it, which is unsaid).
            return _ask_as_read(base, follow_up["zh"] or follow_up["en"])._replace(question=text)
        if thing.measure is None and not thing.wants_number:
            found = _subject_scores(base, thing, text)
            best = max((s.score for s in found), default=0.0)
            its_facts = [s for s in found if s.score >= best - TIE]  # (the thing's own)
            # (one fact of the thing is no answer either: which of its figures is unsaid)
            return _declined(base, thing, text, its_facts, "ambiguous", unsaid=True)
    read_alone = _read(base, text)
    if read_alone.terms and all(t.text in vocab.RELATION_VERBS for t in read_alone.terms):
        # 是否超过, did it exceed: a relation with neither thing named, nothing to hold.
        return _declined(base, read_alone, text, [], "ambiguous")
    if read_alone.included:
        without = included_said(fold_query(text))[1]
        if not _read(base, without).included:  # (once: the part said is gone)
            answered = _ask_as_read(base, without)
            return _of_the_whole_including(base, read_alone, text, answered)
    premised = _PREMISE_EN.fullmatch(text.strip().casefold())
    clause = figure_granted = None
    if premised is not None:
        clause = premised["main"] or premised["lead"] or premised["ahead"]
        # (a figure granted first, given that 38 firms are 40% of them, is reckoned from)
        given = premised["given"] if premised["main"] else None
        figure_granted = premised["granted"] or (
            given if given and re.search(r"\d", given) else None
        )
    if clause is not None and _POINTS_BACK.search(clause) is None:
        # Given that 38 firms are 25% of them, how many above-scale firms are there: the
        # question is the main clause; the asker's premise is no word to match (unless
        # the main clause alone says too little to answer).
        main = _ask_as_read(base, f"{clause}?")
        # (if 38 are 40% of them, how many firms: the report's 152 is reckoned from 25%)
        reckoned = figure_granted is None or _reckoned_from(base, figure_granted, main)
        if main.answered and main.verdict is None and (reckoned or not main.facts[0].is_derived):
            return main._replace(question=text)
    granted = _PREMISE_ZH.fullmatch(fold_query(text.strip()))
    if granted is not None and _POINTS_BACK_ZH.search(granted["main"]) is None:
        # 既然副处提拔7人，那正处提拔7人吗; 如果开发区占全市一半，那全市有几家: what is
        # granted first is no word of what is asked (unless the rest alone finds nothing).
        # A claim after it holds on its own; a figure asked after it must be reckoned from
        # the figure granted (如果算上全市 is a scope, no premise; 按40%算 is not the 50%).
        main = _ask_as_read(base, granted["main"])
        claim = main.verdict is not None
        if main.answered and (claim or _reckoned_from(base, granted["premise"], main)):
            return main._replace(question=text)
    question = _read(base, text)  # once: the checks below read it as _ask did
    whole: Answer | None = None  # the question answered whole, where already asked
    then = _THEN_ASKED.fullmatch(fold_query(text.strip())) if granted is None else None
    if then is not None:
        # 4月排名垫底，那全年呢; 醇电混动轿车是全球首台，那甲醇重卡是哪一级: what the first
        # clause tells is the ground of the question after 那, never its answer.
        said = _ask_as_read(base, then["premise"])
        told = set(said.facts) if said.answered else set()
        main = _ask_as_read(base, then["main"])
        if main.answered and not told & set(main.facts):
            return main._replace(question=text)
        whole = _one_question(base, text, question)
        if whole.answered and told & set(whole.facts):
            related = [_as_related(base, f) for f in said.facts]
            return _declined(base, question, text, related, "unstated-measure")
    multiple = _multiple_claimed(base, text)
    if multiple is not None:
        return multiple
    respectively = _RESPECTIVELY.fullmatch(ranks_joined(fold_query(text[:MAX_QUERY]).strip()))
    if question.yes_no or question.threshold is not None or respectively is not None:
        claims = _two_claims(base, text) or _claimed_of_each(base, text, question)
        if claims is not None:
            return claims
    elif _said_not_asked(text):
        # 留抵退税17亿元，全市第一: figures stated one by one, no question, claim them all.
        claims = _two_claims(base, text)
        if claims is not None:
            return claims
    answer = whole if whole is not None else _one_question(base, text, question)
    if (
        answer.answered
        and answer.kind == "fact"
        and (question.yes_no or question.threshold is not None or _said_not_asked(text))
        and not (  # (between 14 and 15 billion: one range claimed)
            question.threshold is not None
            and len(_CLAIM_CLAUSES.split(question.threshold.text)) > 1
        )
    ):
        unheld = _claims_one_fact_leaves(base, text, answer)
        if unheld:
            # A quarter of the firms were over 100 million, and they made a third of the
            # output: two figures claimed, not each found; one fact holds one of them
            # only. Each claim's nearest fact is listed, to be asked of one by one.
            return _declined(base, question, text, unheld, "ambiguous")
    if question.figure_named and (not answer.answered or answer.kind == "fact"):
        # 吉利产值超过200亿: a figure a fact states (the methanol vehicles' headline) names
        # that fact; where nothing answers so, it is a figure claimed of what is named.
        # (专精特新企业达到17户: 17 is the provincial little giants', but the words name
        # the 87 firms whole, better than the giants' fact: the figure is claimed of them.)
        held = read(base, text, figures_named=False)
        claimed = _one_question(base, text, held)
        if claimed.answered and (
            not answer.answered
            or (
                claimed.kind == "fact"
                and claimed.verdict is not None
                # (12户企业被认定为国家级小巨人: the figure and the words find the same
                # fact, the count held to it: 否, or 是 where nothing else said qualifies
                # the claim, 7项指标部分完成了吗 being no 是)
                and (
                    (
                        answer.verdict is None
                        and claimed.facts[0].id == answer.facts[0].id
                        and (claimed.verdict == "no" or not _qualified(fold_query(text)))
                    )
                    # (17 national little giants, right?: 17 names the provincial ones,
                    # whose fact a verdict had been given from; the words name the national)
                    or _named_better(base, held, text, claimed.facts[0], answer.facts[0])
                )
            )
        ):
            question, answer = held, claimed
    each = _each_of_two(base, text, question, answer)
    if each is not None:
        return each
    if _name_asked_is_the_name_said(base, text, answer) or _one_of_those_counted(
        text, question, answer
    ):
        # 一部一中心三公司都叫啥名字: the report names them only so, as the question does;
        # 省考核指标里的产出强度是多少: the count of the indicators lists 产出强度 among
        # them, its own value the report never gives.
        return _declined(
            base, question, text, [_as_related(base, answer.facts[0])], "unstated-measure"
        )
    if question.yes_no:
        # (Also over a 是 the words found in the list gave: 能源 stands inside 新能源汽车.)
        member = _member_of_a_list(base, text, question, answer) or _member_of_a_list_en(
            base, text, question, answer
        )
        if member is not None:
            return member
    if _unit_left_out(question.threshold) and not _holds_a_figure(answer):
        # Is the TBM called Fendun 1, 陕西建工集团是500吗: a number with no unit that no
        # figure answers is a name's (汾盾1号, 500强), read as one.
        named = _one_question(base, text, read(base, text, bare_claims=False))
        if named.answered:
            return named
    if answer.kind in ("fact", "declined"):
        both = _two_questions(base, text, answer)
        if both is not None:
            return both
    if answer.verdict is not None and answer.kind == "fact":
        each = _each_claim_followed(base, text, answer)
        if each is not None:
            return each
    dated = _DATED_BY.fullmatch(fold_query(text.strip())) if answer.verdict else None
    if dated is not None:
        # 甲醇重卡下线的时候交付了500台吗: a claim held at the time of another event,
        # which the fact is not of (the trucks came in December, the roll-out in June; a
        # year's figure is no June's): the report does not say how it stood then.
        event = _ask_as_read(base, dated["event"])
        if (
            event.answered
            and event.kind == "fact"
            and event.facts[0].period != answer.facts[0].period
        ):
            related = [_as_related(base, answer.facts[0]), _as_related(base, event.facts[0])]
            return _declined(base, question, text, related, "unstated-measure")
    if (
        granted is not None
        and re.search(FIGURE_GRANTED, granted["premise"]) is not None
        and answer.answered
        and answer.facts[0].is_derived
        and not _reckoned_from(base, granted["premise"], answer)
    ):
        # 按40%算，全市有多少家: the report's 10 is reckoned from its 50%, not the share
        # granted; what the asker's figure gives, the report does not say.
        related = [_as_related(base, answer.facts[0])]
        return _declined(base, question, text, related, "unstated-measure")
    return answer


_NAMES_ASKED = LazyPattern(
    r"叫(?:什么|啥)|什么名字?|啥名字?|名字|名称|\bnames?\b|\bcalled\b",
    hints=("叫", "名", "name", "called"),
)


# The firm whose name is asked (的企业叫什么, which company's name), said before the asking,
# or after it (the name of the company that built it).
_A_FIRMS_NAME = LazyPattern(
    r"(?:企业|公司|厂家|厂商|单位|工厂|厂)的?(?:全称|名字|名称)?\s*$"
    r"|\b(?:company|firm|enterprise|maker|manufacturer)(?:'s)?(?: full)?\s*(?:is |was )?$",
    hints=("企业", "公司", "厂", "单位", "company", "firm", "enterprise", "maker", "manufacturer"),
)
_OF_A_FIRM = LazyPattern(
    r"\s*of (?:the|that|this) (?:company|firm|enterprise|maker|manufacturer)\b",
    hints=("of the", "of that", "of this"),
)


def _parent_group_asked(base: FactBase, folded: str) -> bool:
    """Does the question name a firm's parent group (an alias saying 集团, 控股, Holding or
    Group, or opening with a province, of a firm whose own name says none: 浙江吉利控股集团
    of 吉利汽车) and no place of the zone's (晋中, 开发区, 基地: the group's plant here)?"""
    if _ZONE_OR_PLANT_SAID.search(folded) is not None or _MENTION_ASKED.search(folded):
        return False
    names = _parent_names(base)
    if any(name in folded for name in names):
        return True
    # (Geely in Zhejiang: the parent's province, where the group's plants are, said with
    # the firm; 浙江省有多少家小巨人 asks of another province, nothing of the firm's)
    return any(
        re.search(rf"(?<![a-z]){re.escape(p)}(?![a-z])", folded) for p in _parent_places(names)
    ) and bool(_firms_named(base, folded))


def _parent_places(names: tuple[str, ...]) -> tuple[str, ...]:
    """The provinces opening the parent groups' names (浙江, zhejiang)."""
    return tuple({p for name in names for p in _provinces_folded() if name.startswith(p)})


def _provinces_folded() -> tuple[str, ...]:
    """The provinces' names, in characters and in folded Latin letters."""
    from jzfacts.search.vocab import PROVINCES_EN, PROVINCES_ZH

    return (*PROVINCES_ZH, *(p.casefold() for p in PROVINCES_EN))


def _parent_names(base: FactBase) -> tuple[str, ...]:
    """The names of the firms' parent groups, folded (see _parent_group_asked); kept."""
    kept = base.memo.get("parent_names")
    if isinstance(kept, tuple):
        return kept
    # (the zone's own province names no parent elsewhere: 山西国运 is the 省国运公司)
    provinces = tuple(p for p in _provinces_folded() if p not in ("山西", "shanxi"))
    names = tuple(
        fold_query(alias)
        for entity in base.entities
        if entity.kind == "enterprise"
        and _GROUP_SAID.search(f"{entity.zh} {entity.en}".casefold()) is None
        for alias in entity.aliases
        if _GROUP_SAID.search(alias.casefold()) is not None
        or fold_query(alias).startswith(provinces)
    )
    base.memo["parent_names"] = names
    return names


_GROUP_SAID = re.compile(r"集团|控股|\bholdings?\b|\bgroup\b")
# The zone, or a firm's plant in it: where the report's figures are.
_ZONE_OR_PLANT_SAID = LazyPattern(
    r"晋中|开发区|全区|园区|基地|综改区|本地|当地|区内|\b(?:zone|jinzhong|base|local)\b",
    hints=("晋中", "开发区", "全区", "园区", "基地", "综改区", "本地", "当地", "区内", "zone",
           "jinzhong", "base", "local"),
)  # fmt: skip


def _said_in_the_report(base: FactBase, words: str) -> bool:
    """Do the report's own sentences (the facts' quotes, in either language) say the
    words?"""
    said = words.casefold()
    return any(
        said in (fact.quote or "") or said in (fact.quote_en or "").casefold()
        for fact in base.facts
    )


def _name_asked_is_the_name_said(base: FactBase, text: str, answer: Answer) -> bool:
    """Are names asked (叫啥名字, what are they called) of a thing the fact names only by
    the name (its quoted ones) the question already says (“一部一中心三公司”)?"""
    if answer.kind != "fact" or not answer.answered:
        return False
    folded = fold_query(text)
    asked = _NAMES_ASKED.search(folded)
    if asked is None:
        return False
    fact = answer.facts[0]
    if _an_unnamed_firm_asked(base, folded[: asked.start()], fact):
        return True  # 合资公司叫什么名字: the firm the fact's firms set up, named by none
    if fact.entities and (
        _A_FIRMS_NAME.search(folded[: asked.start()]) is not None
        or _OF_A_FIRM.match(folded[asked.end() :]) is not None
    ):
        return False  # 造汾盾1号的企业叫什么: the maker's name, which the fact says (汾西华益)
    quoted = re.findall(r"“([^”]{2,20})”", fact.quote or "")
    rendered = re.findall(r'"([^"]{2,60})"', fact.quote_en or "")  # (its English rendering)
    if any(
        bool(names) and all(fold_query(name) in folded for name in names)
        for names in (quoted, rendered)
    ):
        return True
    # What are the three new companies called: one of the things the English name counts
    # (three companies of "one department, one centre and three companies"), said before
    # the names are asked, by a fact that names no firm or body.
    # (Only the things a name counts, a number before each: the commitment reform is
    # called what its quoted name says.)
    before = set(re.findall(r"[a-z]{4,}", folded[: asked.start()]))
    parts = {w for name in rendered for w in _COUNTED_IN_A_NAME.findall(fold_query(name))}
    named = any(
        entity is not None and entity.kind != "place"
        for entity in (base.entity(zh) for zh in fact.entities)
    )
    return bool(parts & before) and not named


def _an_unnamed_firm_asked(base: FactBase, before: str, fact: Fact) -> bool:
    """Is the name asked of a firm the fact tells of by a common noun (合资公司, the joint
    venture) that none of its firms' names is (开建集团 and 陕西建工 set it up)? Then the
    report names it nowhere: the fact's names say what it is, not what it is called."""
    thing = before.rstrip(" 的是")
    firms = [
        fold_query(name)
        for zh in fact.entities
        for entity in [base.entity(zh)]
        for name in (zh, *((entity.en, *entity.aliases) if entity is not None else ()))
    ]
    said = [
        name
        for name in map(fold_query, (fact.label.zh, fact.label.en, *fact.aliases))
        if len(name) >= 2
        and (thing.endswith(name) if has_cjk(name) else re.search(rf"\b{re.escape(name)}$", thing))
        and _A_FIRM_NOUN.search(name) is not None
        and not any(name in firm or firm in name for firm in firms)
    ]
    return bool(said)


# A common noun for a firm (合资公司, a joint venture), ending a name: no name of one.
_A_FIRM_NOUN = re.compile(
    rf"(?:{'|'.join(w for w in vocab.FIRM_WORDS if has_cjk(w))})$"
    rf"|\b(?:{'|'.join(w for w in vocab.FIRM_WORDS if w.isascii())}|venture)$"
)


# A thing a name counts (three companies of "one department, one centre and three
# companies"): the word after a number word.
_COUNTED_IN_A_NAME = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+([a-z]{4,})"
)


# A list in a quote, 、 between its things, ending in 等 and a count (…、产出强度等 7项).
_LISTED_THEN_COUNTED = LazyPattern(
    r"((?:[\u4e00-\u9fff“”\"]+、)+[\u4e00-\u9fff“”\"]+)等\s*\d", hints=("等",)
)


def _one_of_those_counted(text: str, question: Question, answer: Answer) -> bool:
    """Is a number asked of one thing (no count of things: no counter said) that the
    answering count only lists among those it counts (…、产出强度等7项省考核指标)?"""
    if answer.kind != "fact" or question.yes_no or question.dimensions:
        return False
    if not question.wants_number:
        return False  # (贝斯特和隆富电气获批的是什么: what they are, no figure)
    fact = answer.facts[0]
    if fact.measure != "count" or question.measure not in (None, "number"):
        return False
    listed = _LISTED_THEN_COUNTED.search(fact.quote or "")
    if listed is None:
        return False
    asked = asking_part(fold_query(text))
    items = [re.sub(r"[“”\"]", "", item) for item in listed.group(1).split("、")]
    return any(len(item) >= 2 and item in asked for item in items)


# Two things joined (正处和副处, 高新技术企业与专精特新企业), each named in two characters
# or more.
_TWO_JOINED_ZH = LazyPattern(
    # (not 及时, 同比, 同期: timely, over the year)
    r"[\u4e00-\u9fff]{2,}(?:和|与|跟|同(?![比期时样])|及(?!时))[\u4e00-\u9fff]{2,}",
    hints=("和", "与", "跟", "同", "及"),
)


# Two things joined in English (division head and deputy division head).
# (at provincial and at national level: the preposition said again)
_TWO_JOINED_EN = LazyPattern(
    r"\b[a-z-]{3,} and (?:(?:at|in|on|for|of) )?[a-z-]{3,}\b", hints=(" and ",)
)


def _each_of_two(base: FactBase, text: str, question: Question, answer: Answer) -> Answer | None:
    """提拔正处和副处多少人: a number asked of two things joined, no sum (一共) nor each (分别)
    said, is asked of each; one of them alone answers half of it. Both, where each is a
    fact of its own and the one answer is one of them; None otherwise (one fact of both
    together, 四上企业和建筑工地停工占比, answers as it is)."""
    if (
        answer.kind not in ("fact", "declined")
        # (省级和国家级小巨人有多少家: the two read as one thing find no figure of it)
        or (answer.kind == "declined" and answer.reason != "unstated-measure")
        or question.operator
        or question.total
        or question.yes_no
        or question.threshold is not None
        or not question.wants_number
        # (亿元以上企业和规上企业占比多少: a share of one in the other, one figure)
        or question.measure == "share"
        or question.ratio
        or question.difference
    ):
        return None
    folded = fold_query(text.strip())
    if "分别" in folded or "respectively" in folded:  # (each said, or asked so already)
        return None
    joined = _TWO_JOINED_ZH if has_cjk(folded) else _TWO_JOINED_EN
    if joined.search(asking_part(folded)) is None:
        return None
    parts, two_things = _question_parts(base, folded)
    if parts and not two_things:
        return None  # What's GDP and how many high-tech firms: two questions, each its own
    each_asked = "，分别是多少" if has_cjk(folded) else ", respectively?"
    each = _ask_as_read(base, folded.rstrip("？?。！! ") + each_asked)
    ids = {f.id for f in each.facts}
    found = {f.id for f in answer.facts} or {r.fact.id for r in answer.related}
    if each.kind == "compare" and each.answered and len(ids) == 2 and found & ids:
        return each._replace(question=text)
    return None


def _member_of_a_list(
    base: FactBase, text: str, question: Question, answer: Answer
) -> Answer | None:
    """党建联盟里有文旅联盟吗, 有没有医药行业的党建联盟: is a thing of a kind the report
    lists whole (新能源汽车、食品、医药…等党建联盟, and counts as many: 七大产业党建联盟) one of
    them? 是 where one listed is the thing named (or begins or ends with it); 否 where no
    listed one holds any character of it; the list, with no verdict, where one shares part
    of it (能源 inside 新能源汽车). None where no such list is asked after, or of another
    time, a plan, or a negated claim (开发区是不是没有成立医药联盟)."""
    if question.threshold is not None or not has_cjk(text) or not question.yes_no:
        return None
    fact = (
        answer.facts[0] if answer.answered else answer.related[0].fact if answer.related else None
    )
    if fact is None or fact.kind == Kind.FIGURE or not fact.quote or "、" not in fact.quote:
        return None  # (a figure's list pairs things with others: 白象、华卫分别拉动食品、医药)
    folded = fold_query(text)
    held = _answer(base, question, text, "fact", (fact,))
    if _PLANNED.search(folded) is not None or _negates(question, text, held):
        return None
    if question.period is not None and question.period.fits(fact.period) != "exact":
        return None
    listed = _listed_before_head(fact)
    if listed is None or not _counted_whole(base, listed[1], len(listed[0])):
        return None
    items, head = listed
    heads = f"{re.escape(head)}|{re.escape(head[-2:])}"
    # (晋中开发区, 2022年, 七大, 成立了: the zone, the year, the count and the setting up
    # name no kind of them)
    folded = _NO_KIND_SAID.sub("", folded)
    said = rf"(?P<thing>[\u4e00-\u9fff]{{2,8}}?)(?:行业|产业|领域|方面)?的?(?:{heads})"
    # 党建联盟中有没有新材料, 党建联盟包括新能源汽车吗: the thing asked after the list
    after = (
        rf"(?:{heads})(?:(?:里面|里头|里|中|当中)(?:有没有|是否有|有无|有)"
        r"|(?:里面|里头|里|中|当中)?(?:是否|有没有)?(?:包括|包含|涵盖))"
        r"(?P<thing>[\u4e00-\u9fff]{2,8}?)(?:行业|产业|领域|方面)?的?(?:联盟)?(?:吗|呢|[?？]|$)"
        # (党建联盟有医药行业的吗: 有 right after the list, the thing said with its kind; not
        # 党建联盟有作用吗, what they have)
        rf"|(?:{heads})(?:有没有|是否有|有无|有)(?P<kind_thing>[\u4e00-\u9fff]{{2,8}}?)"
        r"(?:行业|产业|领域)的?(?:联盟)?(?:吗|呢|[?？]|$)"
    )
    named = [m["thing"] for m in re.finditer(said, folded)]
    named += [m["thing"] or m["kind_thing"] for m in re.finditer(after, folded)]
    # (有党建联盟吗: 党建, the list's own kind, left once what leads is gone; 真的成立了:
    # how surely, no kind)
    named = [t for t in (_ASKING_LEAD.sub("", thing) for thing in named) if t not in head]
    # (产业党建联盟: the list's own kind word, no thing of it; each thing once)
    named = list(dict.fromkeys(t for t in named if len(t) >= 2 and t not in _KIND_WORDS))
    if len(named) != 1:
        return None
    thing = named[0]
    verdict: Verdict = None  # 能源, 制药: part of a listed one's name, or sharing some
    if any(item == thing or item.startswith(thing) or item.endswith(thing) for item in items):
        verdict = "yes"
    elif not any(c in item for c in thing if c not in _GENERIC_KIND for item in items):
        verdict = "no"  # 文旅, 金融: no listed one holds any of it (制药 holds 医药's 药)
    return held._replace(verdict=verdict)


def _member_of_a_list_en(
    base: FactBase, text: str, question: Question, answer: Answer
) -> Answer | None:
    """Was there an alliance for new energy vehicles, a tourism alliance: in English, is
    a thing one of those a fact's English sentence lists after their kind (alliances for
    new energy vehicles, …, and digital technology), a list the base counts whole? 是 where
    a listed one is it, 否 where no listed one shares a word with it, the list with no
    verdict where one shares some (a new energy alliance). None where no such list is
    asked after."""
    folded = fold_query(text)
    including = _INCLUDING_ONE.search(folded)
    if has_cjk(text) or (question.threshold is not None and including is None):
        return None
    lists = [
        (fact, kind, items)
        for fact, kind, items in _english_lists(base)
        if re.search(rf"\b{re.escape(kind)}s?\b", folded)
    ]
    if len(lists) != 1:
        return None
    fact, kind, items = lists[0]
    asked = re.search(rf"\b{kind}s?\s+for\s+(?:the\s+)?(?P<thing>[a-z][a-z -]*?)\s*[?.!]*$", folded)
    asked = (
        including
        or asked
        or re.search(
            rf"\b(?:an?|any)\s+(?P<thing>[a-z][a-z -]*?)\s+(?:[a-z-]+\s+)?{kind}s?\b", folded
        )
    )
    if asked is None:
        return None
    # (each word by its stem: the pharmaceutical industry of pharmaceuticals)
    typed = [w for w in asked["thing"].split() if stem(w) not in _EN_KIND_WORDS]
    words = {stem(w) for w in typed}
    if not words:
        return None

    def named_by(word: str) -> set[str]:  # a word and the report's words for it
        return {stem(word), *(stem(s) for s in english_synonyms(word))}

    # (a pharma alliance, one for cars: the words the report uses for them too, so that a
    # synonym is never a thing the list lacks; 是 where each word of either says the other)
    said = words.union(*map(named_by, asked["thing"].split()))
    each = [{stem(w) for w in item.split()} - _EN_KIND_WORDS for item in items]
    verdict: Verdict = None
    if any(
        words == item or (all(named_by(w) & item for w in typed) and item <= said) for item in each
    ):
        verdict = "yes"
    elif not any(said & item for item in each):
        verdict = "no"
    return _answer(base, question, text, "fact", (fact,))._replace(verdict=verdict)


def _english_lists(base: FactBase) -> tuple[tuple[Fact, str, tuple[str, ...]], ...]:
    """The facts whose English sentence lists things after their kind (alliances for …),
    a list the base counts whole, each with its kind (alliance) and the things listed;
    made once a base."""
    kept = base.memo.get("english_lists")
    if isinstance(kept, tuple):
        return kept
    lists = []
    for fact in base.facts:
        listed = _LISTED_FOR_EN.search((fact.quote_en or "").casefold())
        chinese = _listed_before_head(fact)
        if listed is None or chinese is None or fact.kind == Kind.FIGURE:
            continue
        if _counted_whole(base, chinese[1], len(chinese[0])):
            items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed["items"])
            kind = listed["kind"].removesuffix("s")  # alliance
            lists.append((fact, kind, tuple(i.strip() for i in items if i.strip())))
    made = tuple(lists)
    base.memo["english_lists"] = made
    return made


# …, including one for tourism: one more thing of the kind claimed among them.
_INCLUDING_ONE = LazyPattern(
    r"\bincluding\s+(?:one|an?)\s+(?:for\s+)?(?P<thing>[a-z][a-z -]*?)\s*[?.!]*$",
    hints=("including",),
)
# An English sentence's list after its kind: alliances for new energy vehicles, …, and X.
_LISTED_FOR_EN = re.compile(
    r"\b(?P<kind>[a-z]+s) for (?P<items>[a-z -]+(?:, [a-z -]+)+,? and [a-z -]+)\."
)
_EN_KIND_WORDS = frozenset(
    stem(w) for w in ("industry", "industries", "sector", "sectors", "party-building", "party")
)


_KIND_WORDS = frozenset({"产业", "行业", "领域", "方面", "企业"})
_NO_KIND_SAID = re.compile(
    r"晋中开发区|开发区|综改区|晋中|\d{4}年|[今去]年|[七7八8六6五5]大|[\d一二两三四五六七八九十几]+个"
    r"|(?:成立|设立|建立|组建)了?"
)
# What leads a thing asked after (有没有医药, 里有文旅, 是否有个, 成立了): no part of its name.
_ASKING_LEAD = re.compile(
    r"^(?:.*?(?:里面|里头|里|中|当中))?(?:真的|真|已经|已|到底|究竟|确实|的确|也|都|还)?"
    r"(?:是不是|是否|是)?(?:有没有|没有|有无|是否有|有|包括|包含|含)?"
    r"(?:成立|设立|建立|组建|建)?了?(?:一个|个|那个|这个)?"
)
# Characters many kinds' names hold (制造业, 新能源): no mark of any one of them.
_GENERIC_KIND = frozenset("业产行新")
# A plan or a time to come: 会成立吗, 计划, 明年, will.
_PLANNED = LazyPattern(
    r"会|将|计划|打算|准备|明年|今后|未来|以后|\b(?:will|plan|planned|going to)\b",
    hints=(
        "会",
        "将",
        "计划",
        "打算",
        "准备",
        "明年",
        "今后",
        "未来",
        "以后",
        "will",
        "plan",
        "going",
    ),
)


def _listed_before_head(fact: Fact) -> tuple[list[str], str] | None:
    """The things a quote lists, 、 between them, before the noun all are of (新能源汽车、…、
    数字科技等党建联盟 -> the seven, 党建联盟): the noun is the longest end of the last one
    that the fact's own name holds; the first begins after the verb leading into the list
    (成立了新能源汽车 -> 新能源汽车)."""
    quote = fact.quote or ""
    run = re.search(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+", quote)
    if run is None:
        return None
    items = run.group().split("、")
    items[0] = re.split(r"了|成立|设立|组建|包括|涵盖", items[0])[-1]
    last = items[-1]
    head = next(
        (last[at:] for at in range(len(last) - 1) if last[at:] in fact.label.zh),
        "",
    )
    if len(head) < 2:
        return None
    items[-1] = last[: len(last) - len(head)].removesuffix("等")
    return (items, head) if all(items) else None


def _counted_whole(base: FactBase, head: str, named: int) -> bool:
    """Does the base count the things of this kind as many as the quote names (产业党建联盟
    数量: 7, seven named)?"""
    return any(
        fact.measure == "count" and head in fact.label.zh and fact.value == named
        for fact in base.facts
    )


# An English premise before the question (given that …, if …, assuming …,) or after it
# (…, judging by the 50% share): the main clause asks.
_PREMISE_EN = LazyPattern(
    r"(?:(?:given(?: that)?|if|assuming(?: that)?|since|considering(?: that)?"
    # (working back from the 33.1% share, …: the figure reckoned from)
    r"|(?:working|reckoning|counting)\s+back(?:wards)?\s+from"
    # (with 7 deputy promotions, how many …: a figure granted, the question after it)
    r"|with(?=[^,?]*\d))\s(?P<given>[^,?]+),\s*"
    r"(?P<main>(?:(?:roughly|approximately|about|so|then),?\s+)?"
    r"(?:how|what|which|who|when|where)\b[^,]+?)"
    r"|(?P<lead>(?:how|what|which)\b[^,]+?),\s*(?:judging|going|based|working)\s+(?:by|on|from)"
    r"\s[^,?]+"
    # (how big is the zone's output if 131.76亿 is 33.1% of it: the figure granted after)
    r"|(?:(?:roughly|approximately|about|so|then),?\s+)?"
    r"(?P<ahead>(?:how|what|which)\b[^,?]+?),?\s+(?:if|given(?: that)?|assuming(?: that)?)"
    r"\s(?P<granted>[^,?]*\d[^,?]*))\??",
    hints=(
        "given",
        "with",
        "if",
        "assuming",
        "since",
        "considering",
        "judging",
        "going",
        "based",
        "working",
    ),
)


# Another event dating a claim (甲醇重卡下线的时候，…吗; …下线时…; …交付以后，…).
_DATED_BY = LazyPattern(
    rf"(?P<event>[^，,。？?！!；;]{{2,16}}?)(?:{EVENT_TIME}|时)[，,]?(?P<rest>.{{2,}})",
    hints=("时", "以后", "之后"),
)
# A clause telling something, then one asking after 那 (so, then): 4月排名垫底，那全年呢.
_THEN_ASKED = LazyPattern(
    r"(?P<premise>[^，,。？?！!；;]{2,24})[，,]\s*(?:那么|那)(?![个些里边时])(?P<main>[^，,。；;]{2,}?[?？]?)",
    hints=("那",),
)
_YEAR_SAID_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLASS_THRESHOLD = re.compile(
    r"(?:over|above|more than|exceeding|超过|以上)\s*\d+(?:\.\d+)?\s*(?:million|billion|亿|万)"
    r"|\d+(?:\.\d+)?\s*(?:million|billion|亿|万)(?:\s*yuan|元)?\s*(?:以上|or more)"
)
# A Chinese premise first (既然…，那…; 如果…，…; 按50%算，…): the main clause asks.
_PREMISE_ZH = LazyPattern(
    rf"(?P<premise>(?:{PREMISE_OPENING})[^，,。？?！!；;]{{1,20}}|{GRANTED_BASIS})[，,]\s*(?:那么|那)?"
    r"(?P<main>[^，,。；;]{2,}?[?？]?)",
    hints=("既然", "如果", "假如", "假设", "要是", "按", "照"),
)


def _as_related(base: FactBase, fact: Fact) -> Scored:
    """A fact given as related to a declined question, scored as named."""
    rows = search_data(base).rows()
    position = next(i for i, row in enumerate(rows) if row.id == fact.id)
    return Scored(position, NAMED, NAME, 0, rows[position], ())


def _reckoned_from(base: FactBase, premise: str, main: Answer) -> bool:
    """Is the answer reckoned from the figures the premise grants: a figure the report
    infers (the city's 10 little giants) from inputs stating each of them (50%, 一半),
    or any answer where the premise grants none (照这个比例算)?"""
    # (a year, 2022, or a class's threshold, over 100 million yuan, is no figure granted)
    premise = _CLASS_THRESHOLD.sub(" ", _YEAR_SAID_IN.sub(" ", premise))
    said = [
        "50"
        if n == "一半"
        else str((parse_chinese_numeral(n[0]) or 0) * 10)
        if n.endswith("成")
        else n
        for n in re.findall(r"\d+(?:\.\d+)?|一半|[一二三四五六七八九]成", premise)
    ]
    if not said:
        # 照这个比例算: the report's own ratio; 如果算上全市, 要是不算重卡: a scope, no premise.
        return premise.startswith(("按", "照")) and "分之" not in premise
    fact = main.facts[0] if main.facts else None
    if fact is None or not fact.is_derived:
        return False  # a stated figure is no reckoning from what was granted
    inputs = {stated.value_text for i in fact.inputs if (stated := base.get(i)) is not None}
    # (every figure granted is an input; or every input is granted, among figures that
    # name a thing: the 100-million-yuan firms' 131.76 is 33.1% of the zone)
    return all(n in inputs for n in said) or inputs <= set(said)


# (它的产量是多少: the main clause points back at the premise's thing)
_POINTS_BACK_ZH = LazyPattern(r"它|其|该|这些|那些|这家|那家", hints=("它", "其", "该", "这", "那"))


# Two questions asked in one: 有几家省级小巨人，几家国家级的; how many X and how many Y;
# 吉利的产量和产值各是多少. A clause asks where it holds a question word (ZH_ASKING).
# ? And X? / ? What about X?: the question before asked again of another thing.
_FOLLOWED_UP_EN = (
    r"\?\s*(?:and|what about|how about|and what about|and how about)\s+"
    # (and then?, and so on?, and has it grown?: no other thing asked of)
    r"(?!(?:how|what|which|when|who|where|why|did|does|do|was|were|is|are|has|have|had|can"
    r"|will|so|then|also|yet)\b)(?=[^?]+\?*\s*$)"
)
_EN_SECOND_ASK = LazyPattern(
    # (…, and how did that rank in the city: how it did, a second question too)
    r",?\s+and\s+(?=(?:how (?:many|much|big|fast|large|did|does|do|was|were|is|are)|what"
    r"|which|when|who|where)\b)"
    # (What was GDP? And its growth rate? / What about national ones?: a follow-up, asking
    # the question before of another thing, as 增速呢 does)
    r"|" + _FOLLOWED_UP_EN,
    hints=(" and ", "about"),
)
_EN_FOLLOWED_UP = LazyPattern(_FOLLOWED_UP_EN, hints=("and", "about"))
# 产量和产值是多少, what were GDP and GDP growth: two things joined, then one question; each
# answered where they cannot be added up (two measures, two units: see _two_questions).
# (not a sum, 一共交付了多少; nor a comparison, 与上年相比增长了多少)
_NOT_A_SUM_OR_COMPARISON = r"(?!.*(?:一共|总共|合计|共计|加起来|合起来|总计|相比|对比|比较|同比))"
# 和, 与 or 及 joining two things (not 惠及, 参与: words of their own).
_ZH_JOINING = rf"(?:和|(?<![参给])与|{JI_AS_AND}|以及)"
_ZH_LIST_PARTS = re.compile(rf"、|{_ZH_JOINING}|跟")  # (A、B和C: each thing apart)
# 产量和产值各是多少, A and B respectively: each of two things joined, then the question.
# (A、B、C分别: a list, read whole by _question_parts)
_ZH_EACH_ASKED = LazyPattern(
    rf"^(?P<left>.+?)(?:{_ZH_JOINING}|跟|、)(?P<right>.+?)"
    r"(?P<ask>(?:各|分别|各自)(?:是|为|有)?(?:多少|几).*)$",
    hints=("各", "分别"),
)


_ZH_BOTH_ASKED = LazyPattern(
    _NOT_A_SUM_OR_COMPARISON
    + rf"(?P<left>[^，,；;？?。]+?){_ZH_JOINING}(?P<right>[^，,；;？?。]+?)"
    r"(?P<ask>(?:分别)?(?:是|为|有)?(?:多少|几)[^，,；;。]*)",
    hints=("和", "与", "及"),
)
# 列出吉利的产量和产值, 省级和国家级小巨人: two things joined (one 、 at most: a longer list
# is no two), listed as asked or named alone (no question word: _two_questions asks each
# only where it holds none; a total of them, 总数, is a sum).
_ZH_BOTH_LISTED = LazyPattern(
    _NOT_A_SUM_OR_COMPARISON
    + r"(?!.*(?:总数|总额|总和|之和))(?!.*、.*、)"
    + r"(?:(?:请|麻烦)?(?:列出|列一下|列举|给出|说出)(?:来)?)?"
    + rf"(?P<left>[^，,；;？?。]+?)(?:{_ZH_JOINING}|、|跟|\+|&)(?P<right>[^，,；;？?。]+?)[？?。]*",
    hints=("和", "与", "及", "、", "跟", "+", "&"),
)
# (not a sum, the combined output; nor a comparison, compared with, versus)
_EN_SUM_OR_COMPARISON = "total|combined|altogether|together|sum|compared?|versus|vs"
_EN_BOTH_ASKED = LazyPattern(
    rf"(?!.*\b(?:{_EN_SUM_OR_COMPARISON})\b)"
    r"\s*(?P<ask>what (?:were|are|was|is)(?: the)?)\s+(?P<left>[^,?]+?)\s+and\s+"
    r"(?:the\s+)?(?P<right>[^,?]+?)\s*\??\s*",
    hints=("what",),
)
# GDP and Geely output, Geely vehicles & output: two things named alone, no question word.
_EN_BOTH_NAMED = LazyPattern(
    rf"(?!.*\b(?:{_EN_SUM_OR_COMPARISON}"
    r"|who|what|which|how|when|where|why|did|does|do|is|was|were|are|has|have)\b)"
    r"\s*(?P<left>[^,?&+]+?)\s+(?:and|&|\+)\s+(?:the\s+)?(?P<right>[^,?&+]+?)\s*\??\s*",
    hints=("and", "&", "+"),
)
# 白象拉动17.77个点，华卫呢: a figure said, then 呢 asks the same of another thing;
# Provincial: 17. And national?
_ZH_FOLLOW_UP = LazyPattern(
    r"^(?P<said>[^，,；;？?。]*\d[^，,；;？?。]*)[，,；;。]\s*(?:那|那么|而)?(?P<asked>[^，,；;？?。]+?)呢[？?]*$",
    hints=("呢",),
)
_EN_FOLLOW_UP = LazyPattern(r"[.;,]\s*(?:and|what about|how about)\s+", hints=("and", "about"))
# A number as said and its unit (17.77个点, 11.15万辆, 22.4bn, 111,500 vehicles).
_DIGITS_WRITTEN = r"\d+(?:,\d{3})*(?:\.\d+)?\s*"
_UNIT_SAID = (
    r"(?:个百分点|个点|万辆|万台|亿元|万元|亿|万|辆|台|户|家|项|人|名|个|%"
    r"|(?:bn|billion|m|million|percent|points?|vehicles|firms|enterprises)(?![a-z]))"
)
# A figure with its unit, or a bare number after a colon (: 17), or a number of things
# counted in English (17 provincial little giants; a year is no count: 2022 targets).
# (A decimal ending the clause is a figure too: 华卫25.35; 汾盾1号 is a name.)
_FIGURE_WRITTEN = LazyPattern(
    rf"{_DIGITS_WRITTEN}{_UNIT_SAID}|:\s*\d|\d\.\d+\s*$"
    r"|(?<![\d.,])(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b",
    hints=tuple("0123456789"),
)
# A figure as said, with the verb before it: the asker's, no word of what is asked.
_FIGURE_SAID = LazyPattern(
    rf"(?:超过|突破|达到|达|有|是|为|topped|was|were|of|:)?\s*{_DIGITS_WRITTEN}{_UNIT_SAID}?",
    hints=tuple("0123456789"),
)


def _asking_for(figure: str, chinese: bool) -> str:
    """The question a figure said answers: 多少; how many (vehicles), how much (22.4bn)."""
    if chinese:
        return "多少"
    counted = re.search(r"vehicles|firms|enterprises", figure)
    return f" how many {counted.group()} " if counted else " how much "


# 那华卫呢, 华卫药业的呢, and the year before?, what about Huawei?: a follow-up, alone, a
# thing named and nothing asked of it (not 什么时候下线呢, 目标是什么呢: 呢 softening a
# question that asks; not and who signed …: a question of its own).
_FOLLOW_UP_ALONE = LazyPattern(
    r"(?:那|那么|而|还有)?(?P<zh>(?:(?![什哪谁几多怎吗啥么如是有])[^，,。？?！!；;]){1,10}?)"
    r"(?:的)?呢[?？!！。]*"
    r"|(?:and|what about|how about)\s+"
    r"(?!(?:who|whom|whose|what|which|when|where|why|how|did|does|do|is|was|were|are|has"
    r"|have|had|can|could|will|would)\b)(?P<en>[^?？.!]{1,40}?)\s*[?？.!]*",
    hints=("呢", "and", "about"),
)
# A question that only points at one of an earlier answer's things (and the second one?,
# what about the other, 第二个呢, 下一个呢).
_POINTS_TO_AN_EARLIER = LazyPattern(
    r"(?:and|how about|what about)\s+(?:the\s+)?(?:first|second|third|last|next|other|previous"
    r"|former|latter)(?:\s+ones?)?\s*[?？.!]*"
    # (what about the one above, the figure you just mentioned)
    r"|(?:and|how about|what about|what is|what's)\s+(?:the\s+)?(?:one|figure|number|thing)s?"
    r"\s+(?:above|before|earlier|you (?:just )?(?:mentioned|said|gave))\s*[?？.!]*"
    r"|(?:那|那么)?(?:第[一二三四五六七八九十\d]+[个名项家位]?|下一个|上一个|另一个|其他的?|其余的?)呢[?？]*"
    # (上面那个是多少, 刚才说的那个呢: what an earlier answer said, not asked here)
    r"|(?:那|那么)?(?:上面|上边|前面|刚才|之前)(?:说的|提到的|的)?(?:那个|这个|那笔|那项)?(?:数字?)?"
    r"(?:是多少|是什么|多少|呢)[?？]*",
    hints=(*"first second third last next other previous former latter".split(), "呢",
           "one", "figure", "number", "thing", "上面", "上边", "前面", "刚才", "之前"),
)  # fmt: skip


def _follow_up(base: FactBase, text: str) -> Answer | None:
    """白象拉动17.77个点，华卫呢 / Provincial: 17. And national?: the figure said is the
    asker's; the question is the same one asked of the other thing (a level said in place
    of the other's, or a thing named in place of the one said), never the first again.
    None where the second part names no other thing (增速呢: a measure of the same one)."""
    folded = fold_query(text)[:_FOLLOW_UP_LONGEST]
    timed = _at_another_time(base, text, folded)
    if timed is not None:
        return timed
    parts = _follow_up_parts(folded)
    if parts is None:
        return None
    said_as_written, asked = parts
    if (
        ZH_ASKING.search(said_as_written) is not None
        or EN_ASKING.match(said_as_written) is not None
        or EN_ASKING.match(asked) is not None
        or _FIGURE_WRITTEN.search(said_as_written) is None  # (2022年, 500强, JWF1580: no figure)
        # (…, and it produced over 100,000 vehicles?: a figure claimed of its own, no
        # question of the one said asked again)
        or _FIGURE_WRITTEN.search(_A_DATE.sub("", asked)) is not None
    ):
        return None
    # (The figure said becomes the question: 吉利产了多少辆车, then asked of 白象.)
    chinese = has_cjk(folded)
    said = _FIGURE_SAID.sub(lambda m: _asking_for(m.group(), chinese), said_as_written)
    said = said.strip(" :：")
    other = _read(base, asked)
    if not said:
        return None
    places = [t for t in other.subject if t.place]
    if len(places) == len(other.subject) and (other.period or places or other.measure is None):
        # 高新企业171户，去年呢, 四月停工85%，六月呢, 留抵退税17亿，全市呢: the same thing at
        # another time or place, never the one said again (a place apart: 全市高新企业
        # would be one unknown word).
        apart = " " if places and chinese else ""
        joined = f"{asked}{apart}{said}" if chinese else f"{said} in {asked}"
        return _follow_up_answer(base, text, joined, said_as_written)
    if not other.subject:
        # 白象拉动17.77个点，那它的产值呢, 增速呢: another measure of the thing said (a firm
        # named, the firm: 吉利造了11.15万辆车，产值呢 asks Geely's, not its vehicles').
        firm = max(_firm_names_in(base, said), key=lambda n: (len(n), n), default="")
        thing = [firm] if firm else [t.text for t in _read(base, said).subject if not t.numeric]
        if not thing:
            return None
        joined = "".join(thing) + asked if chinese else " ".join([*thing, asked])
        return _follow_up_answer(base, text, joined, said_as_written)
    if _CLAIMED_LEVEL.search(asked) is not None and _CLAIMED_LEVEL.search(said) is not None:
        answer = _borrowing(base, asked, said)  # 省级小巨人17户，那国家级的呢
        return None if answer is None else answer._replace(question=text)
    firm = max(_firm_names_in(base, said), key=lambda n: (len(n), n), default="")
    if firm:
        # 吉利产了多少辆车 -> 白象产了多少辆车
        joined = said.replace(firm.casefold(), asked if chinese else f" {asked} ")
    else:
        # 高新技术企业多少户 -> 专精特新的多少户: the thing said goes, the other takes its place.
        rest = said
        for term in _read(base, said).subject:
            if not term.numeric and not term.place:
                rest = rest.replace(term.text, " ")
        joined = f"{asked}{rest}" if chinese else f"{asked} {rest}"
    answer = _one_question(base, joined, _read(base, joined))
    if firm and not answer.answered:
        # 白象拉动食品行业17.77个点，华卫呢: the other firm's own figure, where the whole
        # question finds one (its industry is another); never the first firm's again.
        whole = _one_question(base, text, _read(base, text))
        theirs = _firms_named(base, asked)
        if whole.answered and any(theirs & set(f.entities) for f in whole.facts):
            answer = whole
    return _never_the_figure_said(base, answer._replace(question=text), said_as_written)


# A time said as Chinese or English writes it, and a follow-up asking the same at another
# (4月排名垫底，全年呢; In April the zone ranked last. And for the whole year?).
_A_TIME_ZH = rf"(?:{ZH_TIME}|(?:19|20)\d\d年|全年度?|整年|一整年|今年|去年|上年)"
_MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_YEAR_PARTS_EN = (
    r"(?:whole|full|entire)\s+year|year\s+as\s+a\s+whole|year(?:-|\s)end|(?:19|20)\d\d"
    r"|(?:first|second)\s+half|q[1-4]|last\s+year|this\s+year"
)
_A_TIME_EN = (
    rf"(?:(?:in|for|at|by)\s+)?(?:the\s+)?(?:{_MONTHS_EN}(?:\s+(?:19|20)\d\d)?|{_YEAR_PARTS_EN})"
)
_TIME_FOLLOW_UP = LazyPattern(
    rf"^(?P<said>[^，,；;？?。]+)[，,；;。]\s*(?:那|那么|而)?(?P<asked>{_A_TIME_ZH})(?:的)?呢[？?]*$"
    rf"|^(?P<said_en>[^?]+?)[.;,]\s*(?:and|what about|how about)\s+(?P<asked_en>{_A_TIME_EN})"
    r"\s*\??\s*$",
    hints=("呢", "and", "about"),
)


_A_TIME_SAID_ZH = LazyPattern(_A_TIME_ZH)
# (said: a month after in, for, by or of, as may and march are verbs too)
_A_TIME_SAID_EN = LazyPattern(
    rf"\b(?:(?:in|for|at|by|of)\s+(?:the\s+)?{_MONTHS_EN}|(?:(?:in|for|at|by)\s+)?(?:the\s+)?"
    rf"(?:{_YEAR_PARTS_EN}))\b"
)


def _at_another_time(base: FactBase, text: str, folded: str) -> Answer | None:
    """4月排名垫底，全年呢; in April the zone ranked last. And for the whole year?: what the
    asker said of one time (no figure: a figure said is _follow_up_parts'), asked of
    another, never answered with what was said (the fact of that time again); None
    unless the question is so made."""
    match = _TIME_FOLLOW_UP.fullmatch(folded)
    if match is None:
        return None
    chinese = match["said"] is not None
    said = match["said"] if chinese else match["said_en"]
    asked = match["asked"] if chinese else match["asked_en"]
    time = _A_TIME_SAID_ZH if chinese else _A_TIME_SAID_EN
    if time.search(said) is None or ZH_ASKING.search(said) or EN_ASKING.match(said):
        return None  # (no time of its own said, or a question of its own asked first)
    if _FIGURE_WRITTEN.search(_A_DATE.sub("", said)) is not None:
        return None  # (a figure said: _follow_up_parts' own, as 四月停工85%，六月呢)
    rest = time.sub(" ", said).strip()
    # (4月排名垫底，全年呢: how it ranked is asked of the year, not whether it came last)
    rest = _STANDING_SAID.sub("", rest) or rest
    joined = f"{asked}{rest}" if chinese else f"{rest} {asked}?"
    answer = _one_question(base, joined, _read(base, joined))._replace(question=text)
    stated = _one_question(base, said, _read(base, said))
    if answer.answered and stated.answered and answer.facts[0] in stated.facts:
        # (never April's last place again, for the year the report does not rank)
        question = _read(base, joined)
        scored = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        return _declined(base, question, text, scored, "unstated-measure")
    return answer


# A standing said after its ranking (排名垫底, 排名第一, 排在前列): what the ranking was.
_STANDING_SAID = re.compile(r"(?<=排名)(?:垫底|倒数第一|倒数|第一|靠前|靠后|前列)")


def _follow_up_answer(base: FactBase, text: str, joined: str, said: str) -> Answer:
    answer = _one_question(base, joined, _read(base, joined))
    return _never_the_figure_said(base, answer._replace(question=text), said)


def _never_the_figure_said(base: FactBase, answer: Answer, said: str) -> Answer:
    """A follow-up is never answered with the figure the asker said (华卫25.35，白象呢:
    not 25.35 again; 专精特新87户，去年呢: not 2022's 87): declined, the fact listed."""
    if not answer.answered or answer.kind != "fact":
        return answer
    fact = answer.facts[0]
    if not _says_the_figure(base, fact, said):
        return answer
    # Only the very fact the asker's figure states (提拔副处7人，党建联盟呢: the alliances'
    # 7 is another fact's figure, the answer).
    stated = _one_question(base, said, _read(base, said))
    if not stated.answered or stated.kind != "fact" or stated.facts[0] != fact:
        return answer
    question = _read(base, answer.question)
    scored = [s for s in _subject_scores(base, question, answer.question) if _mentions(s)]
    return _declined(base, question, answer.question, scored, "unstated-measure")


def _says_the_figure(base: FactBase, fact: Fact, said: str) -> bool:
    """Does the asker's clause say the fact's figure, as its number or as an amount in
    other units (GDP was 14.3 billion yuan of 143亿元)?"""
    if fact.value is None:
        return False
    if float(fact.value) in _numbers_of(said):
        return True
    claim = _read(base, f"{said}吗" if has_cjk(said) else f"{said}, right?")
    return claim.threshold is not None and _held_to(fact, claim.threshold) in ("yes", "roughly")


_FOLLOW_UP_LONGEST = 200  # characters: a follow-up is short (and the patterns stay cheap)


def _follow_up_parts(folded: str) -> tuple[str, str] | None:
    """The figure said and the other thing asked (白象拉动17.77个点 / 华卫), or None."""
    if has_cjk(folded):
        match = _ZH_FOLLOW_UP.search(folded)
        return None if match is None else (match["said"], match["asked"].strip())
    joins = list(_EN_FOLLOW_UP.finditer(folded))
    if not joins:
        return None
    said, asked = folded[: joins[-1].start()], folded[joins[-1].end() :].strip(" ?")
    if "?" in said or not asked or any(c in asked for c in ".?"):
        return None
    return said, asked


def _question_parts(base: FactBase, folded: str) -> tuple[list[tuple[str, str]], bool]:
    """The questions a question asks, if it asks two (or lists more, each asked: 分别):
    each with the words it may borrow from the one before (none for the first); and
    whether they are only two things joined (产量和产值是多少, what were GDP and GDP
    growth), which may ask a sum or a choice."""
    if has_cjk(folded):
        each = _ZH_EACH_ASKED.search(folded) or _ZH_BOTH_ASKED.fullmatch(folded)
        if each is not None:
            left, right, ask = each["left"], each["right"], each["ask"]
            joined = each.re.pattern == _ZH_BOTH_ASKED.pattern
            things = folded[: each.start("ask")]
            if joined or "、" not in things:
                return [(left + ask, ""), (right + ask, left)], joined
            # 吉利的产量、产值和拉动分别是多少: each thing listed, every one after the first
            # borrowing what the first names.
            first, *rest = [item for item in _ZH_LIST_PARTS.split(things) if item]
            return [(first + ask, ""), *((item + ask, first) for item in rest)], False
        listed = _ZH_BOTH_LISTED.fullmatch(folded)
        if listed is not None and ZH_ASKING.search(folded) is None:
            # (as 各是多少 asks it: each thing's own figure)
            return _question_parts(base, f"{listed['left']}和{listed['right']}各是多少")
        clauses = [c for c in CLAUSES.split(folded) if c.strip()]
        if len(clauses) == 1 and "、" in folded:
            # 提拔了正处几人、副处几人: two questions listed, each asking.
            clauses = [c for c in folded.split("、") if c.strip()]
        asking = [c for c in clauses if ZH_ASKING.search(c)]
        if 2 <= len(clauses) <= 3 and len(asking) == len(clauses):
            # (吉利产量多少，产值多少，增速多少: each borrowing from the nearest before it
            # that names a thing, 吉利, never from a measure alone)
            return [
                (clause, _thing_named_before(base, clauses[:at]) if at else "")
                for at, clause in enumerate(clauses)
            ], False
        return [], False
    asked = _EN_SECOND_ASK.split(folded)
    if len(asked) == 2 and all(p.strip() for p in asked):
        return [(asked[0] + "?", ""), (asked[1], asked[0])], False
    both = _EN_BOTH_ASKED.fullmatch(folded) or _EN_BOTH_NAMED.fullmatch(folded)
    if both is not None:
        ask = both.groupdict().get("ask") or "what was"  # (named alone: what was each)
        return [(f"{ask} {both['left']}?", ""), (f"{ask} {both['right']}?", both["left"])], True
    return [], False


def _each_claim_followed(base: FactBase, text: str, answer: Answer) -> Answer | None:
    """Did Huawei add more than 20 points? And Baixiang?: a claim, then the same of another
    thing; one verdict would answer only the first. Each thing's fact, no verdict (as
    华卫拉动超过20个百分点吗？白象呢？ is answered); the first alone, no verdict, where the
    other's is not found. None unless an English follow-up is asked after the claim (a
    Chinese question's parts are weighed as _two_questions reads them)."""
    if has_cjk(text) or _EN_FOLLOWED_UP.search(fold_query(text)) is None:
        return None
    parts = _question_parts(base, fold_query(text))[0]
    if len(parts) != 2 or not parts[1][1] or not _names_a_thing(_read(base, parts[1][0])):
        return None  # (and the source?: no thing of the base asked again)
    other = _borrowing(base, *parts[1])
    plain = answer._replace(verdict=None, threshold=None, floor_read=False, claim=False)
    if other is None or not other.answered or other.kind != "fact":
        return plain
    facts = tuple(dict.fromkeys((*answer.facts, *other.facts)))
    return _answer(base, _read(base, text), text, "list", facts)


def _only_gdp(question: Question) -> bool:
    """Does the question ask the zone's GDP and name no thing (GDP多少)?"""
    return question.measure == "gdp" and not _names_a_thing(question)


def _thing_named_before(base: FactBase, clauses: list[str]) -> str:
    """The nearest of the clauses before a question that names a thing (not a measure
    alone: 产值多少), or the first."""
    named = (c for c in reversed(clauses) if _names_a_thing(_read(base, c)))
    return next(named, clauses[0])


def _two_questions(base: FactBase, text: str, answer: Answer) -> Answer | None:
    """Each of two questions asked in one answered by its own fact: both facts, in the
    question's order. None unless both are answered, by two facts, one of them what the
    whole question found (or the whole declined); declined where a follow-up (…，前一年呢)
    asks what the report does not give."""
    parts, joined = _question_parts(base, fold_query(text))
    if not parts:
        return None
    whole = _read(base, text)
    if whole.operator == "compare" and (whole.difference or whole.ratio or whole.relative):
        # 华卫拉动和GDP增速差多少: one gap asked of the two, which their facts side by side
        # do not answer (the comparison declines it where they give none).
        return None
    if len(parts) == 2:
        # How many provincial and how many national little giants: the first names only
        # a level, the thing being the second's (as 省级几家，国家级几家小巨人).
        first, second = parts[0][0], parts[1][0]
        swapped = level_swapped(second, first)
        if swapped is not None and not _names_a_thing(_read(base, LEVEL_SAID.sub(" ", first))):
            parts = [(swapped, ""), parts[1]]
    facts: list[Fact] = []
    for part, before in parts:
        asked = _read(base, part)
        if asked.yes_no:
            return None  # a verdict per part is not given: asked as one question
        if before:
            part, asked = _at_time_before(base, part, asked, before)
        # Alone, only a question naming a thing of its own (funds are a thing paid: 扶持
        # 资金多少 after 留抵退税多少), pointing back at none (其中, they), and asking no
        # share or rank, which are of the thing named before (占全市多少: never the little
        # giants' share of the city, whichever fact states one), unless the thing before
        # has none (当月考核排名呢 after 停工比例: the assessment's, not the shutdown's).
        alone = not before or (
            # (GDP, the zone's own figure, is asked of nothing said before it)
            (_names_a_thing(asked) or asked.measure in ("funds", "gdp"))
            and _POINTS_BACK.search(part) is None
        )
        found = None
        continued = False  # found as the sentence before goes on (_said_on)
        # (GDP多少？留抵退税又是多少？, 留抵退税呢: the zone's GDP is no measure of the
        # refunds; a thing named after it is asked alone)
        after_gdp = alone and bool(before) and _only_gdp(_read(base, before))
        if before and alone and (asked.measure not in (None, "share", "rank") or after_gdp):
            # Naming a measure of its own too (战新产业产值多少 after 增速多少): read alone
            # first, before any borrowing.
            found = _one_question(base, part, asked)
            several = _alike_choices(found)
            if several:
                # 扶持资金多少: the report states two, each given (as 两笔扶持资金各是多少).
                facts.extend(f for f in several if f not in facts)
                continue
            if not (found.answered and found.kind == "fact"):
                found = None
        if before and found is None:
            borrowed = _borrowing(base, part, before)
            unstated = borrowed is not None and borrowed.reason == "unstated-measure"
            follow_up = _FOLLOW_UP_ALONE.fullmatch(part.strip()) is not None
            if unstated and alone and not follow_up and ZH_ASKING.search(part):
                # 吉利产量多少；留抵退税多少: a question of its own thing, asked whole (the
                # refunds are no measure of Geely's)
                unstated, borrowed = False, None
                own = _one_question(base, part, asked)
                found = own if own.answered and own.kind == "fact" else None
            if unstated and not (alone and asked.measure == "rank"):
                if borrowed is not None and follow_up:
                    # GDP是多少，前一年呢: the follow-up asks what the report does not give;
                    # the first answer alone would drop it unsaid
                    return borrowed._replace(question=text)
                return None  # 甲醇重卡…全年生产了多少台: of the trucks, which it does not say
            usable = (
                borrowed is not None
                and borrowed.answered
                and borrowed.kind == "fact"
                and borrowed.facts[0] not in facts
            )
            if usable and borrowed is not None:
                # (a question of its own, its thing left out: the sentence going on from
                # the answer before is of that thing, however named, where the fact says
                # every word the question says (民营企业占比呢: no share of private firms);
                # not for two joined, 亿元以上企业和规上企业占比, the one share's sides)
                continued = (
                    not joined
                    and _said_on(borrowed.facts[0], facts, asked.measure)
                    and _says_every_word(asked, borrowed.facts[0])
                )
            if usable and borrowed is not None and (continued or _about(base, borrowed)):
                found = borrowed
            elif asked.measure in ("share", "rank") and not unstated:
                alone = False
        if found is None and alone:
            found = _one_question(base, part, asked)
        if found is None or not found.answered or found.kind != "fact" or found.verdict == "no":
            return None
        if not (continued or _about(base, found)):
            return None  # 会员企业多少家, 全年生产了多少台: words the fact does not say
        facts.append(found.facts[0])
    if len({f.id for f in facts}) < len(facts):
        return None
    if (
        joined
        and len({(f.measure, f.unit_info.dimension if f.unit_info else "") for f in facts}) < 2
    ):
        return None  # (高新和专精特新企业有多少: two counts of firms, a sum or each: not told)
    if answer.answered and answer.facts[0] not in facts:
        return None
    question = _read(base, text)
    return _answer(base, question, text, "list", tuple(facts))


def _qualified(folded: str) -> bool:
    """Does the claim say in part, only or not of what it claims (部分完成, 只有, 没)?"""
    return (
        _PART_SAID.search(folded) is not None
        or _ONLY_SAID.search(folded) is not None
        or _NOT_SAID_ZH.search(folded) is not None
    )


_NOT_SAID_ZH = LazyPattern(r"没|未|不(?!少|低|止|只|下)", hints=("没", "未", "不"))


def _named_better(base: FactBase, question: Question, text: str, fact: Fact, other: Fact) -> bool:
    """Do the question's words (its figure set aside) name the fact better than the
    other, by more than a tie?"""
    scores = {base.fact(s.position).id: s.score for s in _subject_scores(base, question, text)}
    return scores.get(fact.id, 0.0) > scores.get(other.id, 0.0) + TIE


def _said_not_asked(text: str) -> bool:
    """Is the text a statement: no question word, no question mark?"""
    folded = fold_query(text)
    return (
        not re.search(r"[?？]", folded)
        and ZH_ASKING.search(folded) is None
        and EN_ASKING.match(folded) is None
    )


# (是这样吗, 准不准, 属实吗: the figures said so, asked of as a whole; a checker's tags
# and these)
_MORE_TAGS = rf"{CHECKING_TAGS}|是这样吗|是不是这样|是这样的吗|准吗|对不|可对"
# 省级17户、国家级5户，对吗; GDP 143亿、增速10%，两个都对吗: two figures claimed at once,
# each in a clause of its own, then the tag that asks about them all.
_ALL_ASKED = LazyPattern(
    # (Each whitespace run is followed by a word or ends the text: no two runs side by
    # side, which would backtrack on long blank input.)
    # (这些数都对吗, 这两件事都属实吗, 以上全部准确吗: every one of them)
    r"[，,]?(?:\s*(?:(?:这些?|以上|上面)?(?:两|二|三|几)?(?:个|项|件|条)?"
    r"(?:数|数字|数据|说法|事|事情|点)?(?:都|全都|全部)|(?:这)?(?:两|二|三)(?:个|项|件|条)"
    r"(?:数|数字|数据|说法|事|事情|点)?))?"
    rf"(?:\s*(?:{CONFIRMING_TAGS}|{_MORE_TAGS}|吗|吧|么))?[？?。!！]*\s*$"
    r"|[,;]?(?:\s*(?:is that |is this |are these |are they )?(?:right|correct|true|accurate))?"
    r"\?*\s*$",
)
# A place in a ranking claimed (全市第一, 排名第二, 垫底, 排最后).
_STANDING_CLAIMED = LazyPattern(
    r"第[一二三四五六七八九十]+|首位|垫底|倒数第|最后一名|排最后"
    r"|\b(?:ranked|ranks|rank|came|placed|finished)\s+(?:last|first|top|bottom|second|third)\b"
    r"|\b(?:last|first|top) place\b"
    r"|\b(?:top|first|second|third|last)\s+(?:of|in)\s+(?:the\s+)?(?:city|province)\b",
    hints=(
        "第",
        "首位",
        "垫底",
        "最后",
        "rank",
        "came",
        "placed",
        "finished",
        "place",
        "city",
        "province",
    ),
)
# (not the comma of a thousands: 100,000 vehicles)
_CLAIM_CLAUSES = LazyPattern(
    r"[、，；;]|,(?!\d{3}(?!\d))|\s+and\s+", hints=("、", "，", ",", "；", ";", " and ")
)
# A word joining a clause to the one before (并且, 而且, 同时, and, together): no part of
# what it claims.
_JOINING = LazyPattern(
    r"^\s*(?:并且|而且|并|同时|此外|另外|还|也)"
    r"|^\s*(?:(?:and|also|plus|while)\b\s*(?:together\b)?|together\b)",
    hints=(*"并还也", "而且", "同时", "此外", "另外", "and", "also", "plus", "while", "together"),
)
# A date's digits, no figure claimed (In April 2022, were …; 2022年5月，…).
# (a year said with 年 or alone, no unit after it: 产值2000亿 is a figure; 1号 a name's)
_A_DATE = LazyPattern(
    # (a sentence's full stop after a year is no decimal point: …in April 2022.)
    r"(?<![\d.])(?:19|20)\d{2}(?:\s*年|(?!\d|\.\d|\s*(?:[万亿千百%家户辆台个元项人名]"
    r"|billion|million|thousand|vehicles|firms|enterprises|yuan|percent|per cent)))"
    r"|(?:\d{1,2}\s*[-—~至到]\s*)?\d{1,2}\s*月",
    hints=tuple("0123456789"),
)
_EN_ASKING_VERB = LazyPattern(
    rf"^\s*(?:{EN_ASKING_VERBS})\s+",
    hints=("is", "was", "are", "were", "d", "ha"),
)


def _claimed_clauses(folded: str) -> list[str]:
    """The two or three clauses of a folded text each claiming a figure, or a place in a
    ranking (留抵退税17亿元，全市第一); a share said as a fraction is a figure (四分之一,
    九成, a quarter, half of), and so is a count in words (成立九大…); a date alone is none
    (In April 2022, were …), one with what happened then is (2022年6月…下线). Empty unless
    every clause claims one."""
    # (between 100 thousand and 120 thousand vehicles: one range claimed, its and no joint)
    body = _ALL_ASKED.sub("", _A_RANGE_SAID.sub(r"\g<low> to ", folded))
    clauses = [_JOINING.sub("", c).strip() for c in _CLAIM_CLAUSES.split(body)]
    clauses = [c for c in clauses if c]
    if not 2 <= len(clauses) <= 3 or not all(
        re.search(r"\d", _A_DATE.sub("", c))
        or _STANDING_CLAIMED.search(c)
        or IN_TENTHS.search(c)
        or EN_HALF_OF.search(c)
        # 成立九大产业党建联盟: a count in words (九大, 三家)
        or _COUNT_IN_WORDS.search(c)
        # 2022年6月全球首台醇电混动轿车下线: a time, claimed of what it says happened
        or (has_cjk(c) and _A_DATE.search(c) and len(_A_DATE.sub("", c).strip()) >= 4)
        for c in clauses
    ):
        return []
    return clauses


# A range said in English: between one figure and another.
_A_RANGE_SAID = LazyPattern(
    r"(?P<low>\bbetween\s+\S+(?:\s+\S+){0,3}?)\s+and\s+", hints=("between",)
)
# A count in Chinese numerals before its counter (九大联盟, 三家企业; not 一些, 一定).
_COUNT_IN_WORDS = LazyPattern(
    r"(?<![第一])[两二三四五六七八九十百千]+[一二三四五六七八九]?(?:大|个|家|户|项|台|辆|名|人|笔)",
    hints=tuple("两二三四五六七八九十百千"),
)


def _claim_asked(base: FactBase, clauses: list[str], index: int, chinese: bool) -> Iterator[Answer]:
    """One clause of several claims asked as its own yes-or-no question, each way it
    reads (_claim_readings), best first."""
    for said in _claim_readings(base, clauses, index, chinese):
        asked = f"{said}吗" if chinese else f"{said}, right?"
        yield _one_question(base, asked, _read(base, asked))


def _claims_one_fact_leaves(base: FactBase, text: str, answer: Answer) -> list[Scored]:
    """Of two or three figures claimed (each in a clause), those one fact's answer leaves
    unchecked: a claim no fact is found holding, or found false; or the answer's own
    claim given a verdict its clause does not (152家规上企业里，产值过亿的是38家吗: 152 is
    so, the 否 held the 152 against 38). Empty where the other clauses are true (38家亿元
    以上企业，产值超过100亿了吗: the 38 sets out which firms) or there is one clause; else
    each clause's nearest fact, the answer's first."""
    folded = fold_query(text[:MAX_QUERY])
    clauses = _claimed_clauses(folded)
    if not clauses:
        return []
    fact = answer.facts[0]
    chinese = has_cjk(folded)
    own: set[Verdict] = set()
    left = others_held = False
    nearest: list[Scored] = [_as_related(base, fact)]
    for index in range(len(clauses)):
        # (38家亿元以上企业吗: the firms the count names, so, with no figure held)
        held = next(
            (
                one
                for one in _claim_asked(base, clauses, index, chinese)
                if one.answered and one.kind == "fact" and (one.threshold or one.verdict == "yes")
            ),
            None,
        )
        if held is not None and held.facts[0] == fact:
            if held.threshold is not None:
                own.add(held.verdict)
            continue
        if held is None and _A_COUNT_NAMING.fullmatch(_A_DATE.sub("", clauses[index])):
            continue  # 作为38家亿元以上企业之一: which firms, by their count, no claim
        if held is None or held.verdict != "yes":
            left = True
        elif held.threshold is not None:
            others_held = True
        if held is not None:
            nearest.append(_as_related(base, held.facts[0]))
        else:
            clause = clauses[index]
            nearest += _subject_scores(base, _read(base, clause), clause)[:1]
    # (the answer's verdict is of its own claim, held so; not of another's figure held
    # against it, its own only naming which things: 152家规上企业里，…是38家吗)
    verdict = answer.verdict
    if left or (verdict is not None and (verdict not in own if own else others_held)):
        return nearest
    return []


# A clause naming things by their count, nothing claimed of them (作为38家亿元以上企业
# 之一, 在152家规上企业中, of the 38 firms).
_A_COUNT_NAMING = re.compile(
    r"[^\d]{0,4}?\d+\s*(?:[家户个项台辆名人]|firms|companies|enterprises)[^\d]{0,12}"
)


def _says_its_figure(clause: str, fact: Fact) -> bool:
    """Does a clause say the fact's own number (12个技改扩产项目投产 of the 12 projects)?"""
    value = fact.value
    if value is None:
        return False
    said = re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", _A_DATE.sub("", clause))
    return any(Decimal(number) == value for number in said)


def _two_claims(base: FactBase, text: str) -> Answer | None:
    """省级小巨人17户、国家级5户，对吧: each figure claimed checked against its own fact (a
    clause naming only a level or a measure borrows the thing a neighbour names); 否 if
    any of them is not so, 是 if all are, no verdict otherwise. None unless every clause
    claims a figure and each finds a fact of its own, held to its figure."""
    folded = fold_query(text[:MAX_QUERY])
    clauses = _claimed_clauses(folded)
    if not clauses:
        return None
    chinese = has_cjk(folded)
    facts: list[Fact] = []
    verdicts: list[Verdict] = []
    for index in range(len(clauses)):
        # (增长70.7% after GDP 143亿: the emerging industries' 70.7% is no GDP's)
        found = next(
            (
                one
                for one in _claim_asked(base, clauses, index, chinese)
                if one.answered
                and one.kind == "fact"
                # (6月下线: a time claimed, settled by the fact's date, no figure held)
                and (
                    one.threshold is not None
                    or (one.verdict is not None and _read(base, one.question).period is not None)
                    # (12个技改扩产项目投产: the count opening the clause is the fact's own,
                    # naming it; so, as claimed)
                    or (one.verdict == "yes" and _says_its_figure(clauses[index], one.facts[0]))
                )
                and _about(base, one)
            ),
            None,
        )
        if found is None or found.facts[0] in facts:
            return None  # a clause whose figure no fact was held to, or one fact twice
        facts.append(found.facts[0])
        verdicts.append(found.verdict)
    only_levels = all(
        _CLAIMED_LEVEL.search(c) is not None and not _clause_names_a_thing(base, c, chinese)
        for c in clauses
    )
    if only_levels and not _one_thing_at_levels(facts):
        return None  # 市级5户 beside 省级17户: no municipal little giants, whatever 5户 matches
    verdict: Verdict = (
        "no" if "no" in verdicts else "yes" if all(v == "yes" for v in verdicts) else None
    )
    tag = _ALL_ASKED.search(folded)
    tail = tag.group() if tag is not None else ""
    if chinese and "，" in text and re.search(r"[?？]", tail) and not tail.strip(" ？?。.!！，,"):
        # 留抵退税17亿元，在全市排名第二？: no tag asks of them all (对吗, 对吧); the last
        # clause, after a comma, is asked, the others set it up: it leads. (Were there 17
        # provincial and 5 national little giants?: one question of both.)
        facts = facts[-1:] + facts[:-1]
    answer = _answer(base, _read(base, text), text, "list", tuple(facts))
    return answer._replace(verdict=verdict)


def _claimed_of_each(base: FactBase, text: str, question: Question) -> Answer | None:
    """甲醇重卡和醇电混动轿车都是全球首台吗, 两笔扶持资金都是7.06亿吗: a claim said of
    each of several things (都, 各, 均) holds only if it holds of every one: 否 if it fails
    of any, 是 if it holds of all, no verdict otherwise. None where the things are not
    told apart (one fact answering both, or no list of them)."""
    folded = ranks_joined(fold_query(text[:MAX_QUERY]).strip())
    joined = _EACH_JOINED.fullmatch(folded)
    held: list[tuple[Fact, Verdict]] = []
    left_open: Answer | None = None  # a thing of which the report leaves the claim open
    if joined is not None:
        for thing in (joined["a"], joined["b"]):
            one = _ask_as_read(base, f"{thing}{joined['claim']}")
            if one.answered and one.kind == "fact":
                held.append((one.facts[0], one.verdict))
                continue
            if one.reason == "unstated-measure" and question.yes_no and one.related:
                left_open = one
                continue
            # 扶持资金 of 留抵退税和扶持资金都超过10亿吗: both funds, each held.
            several = _each_of(base, thing, question)
            if several is None:
                return None
            held += several
    elif (paired := _RESPECTIVELY.fullmatch(folded)) is not None:
        # 白象和华卫分别拉动25.35和17.77个百分点吗: the first figure of the first thing,
        # the second of the second, each held (the pair had been compared, no verdict).
        rest, unit = paired["rest"], paired["unit"]
        tail = rest.removeprefix(unit) if unit else rest
        claims = (
            f"{paired['a']}{paired['verb']}{paired['first']}{unit}{tail}",
            f"{paired['b']}{paired['verb']}{paired['second']}{rest}",
        )
        for claim in claims:
            one = _ask_as_read(base, claim)
            if not (one.answered and one.kind == "fact"):
                return None
            held.append((one.facts[0], one.verdict))
    elif (alike := _EACH_ALIKE.fullmatch(folded)) is not None:
        several = _each_of(base, alike["things"], question)
        if several is None:
            return None
        held = several
    elif question.english:
        both = _both_claimed(base, folded)
        if both is None:
            return None
        held = both
    else:
        return None
    if left_open is not None:
        # 甲醇重卡和醇电混动轿车都是全球首台吗: of the truck the report leaves the claim
        # open, so of both (the sedan alone had been given, with 否); not where the other
        # thing's fact is the open one's too (四上企业和建筑工地: one share of both).
        if not held or {f for f, _ in held} & {m.fact for m in left_open.related}:
            return None
        return left_open._replace(question=text)
    facts = [f for f, _ in held]
    verdicts = [v for _, v in held]
    if len(set(facts)) < len(facts):
        return None  # one fact for two things: which is which is not told
    verdict: Verdict = (
        "no" if "no" in verdicts else "yes" if all(v == "yes" for v in verdicts) else None
    )
    return _answer(base, question, text, "list", tuple(facts))._replace(verdict=verdict)


def _each_of(base: FactBase, things: str, question: Question) -> list[tuple[Fact, Verdict]] | None:
    """Each fact the words name alike (两笔扶持资金: both payments), held to the figure
    claimed; None without a figure claimed or two such facts."""
    if question.threshold is None:
        return None
    listed = _ask_as_read(base, f"{things}分别是多少")
    if listed.kind != "list" or len(listed.facts) < 2:
        return None
    return [(f, _held_verdict(f, question.threshold)[0]) for f in listed.facts]


def _both_claimed(base: FactBase, folded: str) -> list[tuple[Fact, Verdict]] | None:
    """Did both A and B roll off the line in June, were A and B both first: the claim held
    of each thing. Where B ends and the claim begins (both A and B roll off …), the first
    word after B that a claim starts with says (_CLAIM_START: a verb, a relation); the rest,
    whole, is asked of each. None unless both are settled (a verdict each), one fact each."""
    pair = _EN_AND_BOTH.fullmatch(folded)
    both = _EN_BOTH.fullmatch(folded) if pair is None else None
    if pair is not None:
        aux, things, claim = pair["aux"], [pair["a"], pair["b"]], pair["claim"]
    elif both is not None:
        words = both["rest"].split()
        cut = next((at for at in range(1, len(words)) if _CLAIM_START.fullmatch(words[at])), None)
        if cut is None:
            return None
        aux, things = both["aux"], [both["a"], " ".join(words[:cut])]
        claim = " ".join(words[cut:])
    else:
        return None
    held = [_ask_as_read(base, f"{aux} {thing} {claim}") for thing in things]
    if not all(h.answered and h.kind == "fact" and h.verdict is not None for h in held):
        return None
    if held[0].facts[0] == held[1].facts[0]:
        return None  # one fact for both: which is which is not told
    return [(h.facts[0], h.verdict) for h in held]


# The first word of a claim after the thing it is of: a verb of what was done (roll, win,
# exceed, get …, in any form) or a relation (over, above, more); not a word a name may
# begin with (the, first, national).
_CLAIM_START = re.compile(
    r"(?:roll|win|won|receive|exceed|surpass|top|pass|beat|grow|grew|rise|rose|reach|hit"
    r"|deliver|sign|set|form|rank|come|came|get|got|pull|push|drive|drove|boost|lift|contribute"
    r"|produce|make|made|build|built|manufacture|launch|start|open|finish|complete|earn"
    r"|achieve|go|went|turn|clear|break|broke|account|represent|land|take|took|score)"
    r"(?:s|es|ed|d|ing|en|t)?"
    r"|over|above|below|under|more|less|fewer|larger|bigger|smaller|higher|lower|worth|equal"
)
_EN_AUX = r"(?P<aux>did|do|does|were|was|are|is|have|has|had|will)"
# Did both A and B …: the claim after B, where B ends untold.
_EN_BOTH = LazyPattern(rf"{_EN_AUX}\s+both\s+(?P<a>.+?)\s+and\s+(?P<rest>.+?)\W*", hints=("both",))
# Were A and B both …: the claim after both.
_EN_AND_BOTH = LazyPattern(
    rf"{_EN_AUX}\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)\s+both\s+(?P<claim>.+?)\W*", hints=("both",)
)


# A和B都…, A跟B各…: two things joined, then the claim said of each.
_EACH_JOINED = LazyPattern(
    r"(?P<a>[^，,。？?和与跟同、及]{2,14}?)(?:和|与|跟|同|、|以及|及)"
    r"(?P<b>[^，,。？?和与跟同、及都各均]{2,14}?)也?(?:都|各|均|全都)(?P<claim>[^，,。]+)",
    hints=("都", "各", "均"),
)
# 白象和华卫分别拉动17.77和25.35个百分点吗: two things, then a figure of each in turn.
_RESPECTIVELY = LazyPattern(
    # (two things, each of its own, and a deed said of them: not 开发区的GDP和增速分别是,
    # one owner's two measures, whose second has no owner said)
    r"(?P<a>[^，,。？?和与跟、及的]{2,14}?)(?:和|与|跟|、|及)(?P<b>[^，,。？?和与跟、及的]{2,14}?)"
    r"分别(?P<verb>(?![是为])[^，,。？?\d]{1,12}?)(?P<first>\d+(?:\.\d+)?)"
    r"(?P<unit>[^\d，,。？?和与、]{0,6}?)"
    r"(?:和|与|、)(?P<second>\d+(?:\.\d+)?)(?P<rest>[^，,。\d]*)",
    hints=("分别",),
)
# 两笔扶持资金都是7.06亿吗, 正处副处都提拔了7人吗: things of a kind, then a figure of each.
_EACH_ALIKE = LazyPattern(
    r"(?P<things>[^，,。？?都各均]{2,16}?)也?(?:都|各|均|全都)(?P<claim>[^，,。]+)",
    hints=("都", "各", "均"),
)


def _clause_names_a_thing(base: FactBase, clause: str, chinese: bool) -> bool:
    """Does a claim's clause name a thing, read as asked (its figure held, no word to
    match)? 增长70.7% and 国家级5户 name nothing."""
    asked = _read(base, f"{clause}吗" if chinese else f"{clause}, right?")
    return _names_a_thing(asked._replace(subject=[t for t in asked.subject if not t.numeric]))


def _a_thing_at_the_level(base: FactBase, fact: Fact, level: str) -> bool:
    """Does another fact name the fact's thing at the level claimed (省级 little giants,
    beside the national ones' share): the thing the report gives at that level?"""
    thing = _LEVEL_RANKED.sub("", fact.label.zh)
    core = {thing[i : i + 3] for i in range(len(thing) - 2) if has_cjk(thing[i : i + 3])}
    return any(
        other.id != fact.id
        and _states_level(level, other.label.zh)
        and any(c in other.label.zh for c in core)
        for other in base.facts
    )


def _one_thing_at_levels(facts: list[Fact]) -> bool:
    """Are the facts one thing at several levels (省级 and 国家级 little giants)? Claims
    naming only levels (省级17户、市级5户) are about one thing, never a thing apiece."""
    names = {_LEVEL_RANKED.sub("", fact.label.zh) for fact in facts}
    return len(names) == 1


def _claim_readings(base: FactBase, clauses: list[str], index: int, chinese: bool) -> list[str]:
    """The ways to read one clause of several claims, best first: a level alone with the
    thing a neighbour names (国家级5户 after 省级小巨人17户: 国家级小巨人5户; 17 provincial
    before 5 national little giants: 17 provincial little giants); a clause that names
    nothing, or opens with what is said of a thing (占规上企业25%, 增长70.7%, grew 70.7
    per cent), with the thing the first names (地区生产总值增速10%; gdp grew 70.7 per
    cent); the clause as said, where it names a thing of its own."""
    clause = clauses[index]
    # (it, they, 它们: the thing the clause before names, said again)
    pointing = _POINTING_BACK.match(clause) if index else None
    if pointing is not None:
        clause = clause[pointing.end() :].strip()
    level = _CLAIMED_LEVEL.search(clause)
    names = _clause_names_a_thing(base, clause, chinese)
    said_of = pointing is not None or _SAID_OF_A_THING.match(clause) is not None
    readings = []
    if level is not None and not names:
        for other in [*clauses[:index][::-1], *clauses[index + 1 :]]:
            subject = [t.text for t in _read(base, other).subject if not t.numeric]
            said = ("" if chinese else " ").join(subject)
            found = _CLAIMED_LEVEL.search(said)
            if found is not None and found.group() != level.group():
                swapped = said[: found.start()] + level.group() + said[found.end() :]
                # (5 provincial ones: the thing said again, no word of its own)
                rest = re.sub(r"^\s*ones?\b", "", clause[level.end() :])
                readings.append(clause[: level.start()] + swapped + rest)
                break
    if not readings and not index:
        readings.append(clause)  # GDP 143亿: the first names what it names, if anything
    elif not readings and (not names or said_of):
        # (全市排名第一 after 留抵退税17亿元: a place, no level of a thing to swap)
        first = clauses[0]
        # (read as its claim is asked: 吉利产值破了224亿吗 names 吉利, no 破)
        read_first = _read(base, f"{first}吗" if chinese else f"{first}, right?")
        digit = re.search(r"\d", first)
        # GDP 143亿: GDP is a measure, no subject; the words before the figure name it.
        lead = _SAID_BEFORE_A_FIGURE.sub("", first[: digit.start()] if digit else first).strip()
        # The thing the first names; then with its measure words (战新产值同比增长70.7%
        # lends 战新产值增长: the growth a gap in points after it is of).
        for words in (read_first.subject, read_first.terms):
            said = ("" if chinese else " ").join(t.text for t in words if not t.numeric)
            thing = said or lead
            readings.append(f"{thing}{clause}" if chinese else f"{thing} {clause}")
        # (吉利全年生产整车11.15万辆、产值突破224亿元: the thing itself, 吉利, without the
        # words of what the first says it did)
        head = next((t.text for t in read_first.subject if not t.numeric), "")
        if head:
            readings.append(f"{head}{clause}" if chinese else f"{head} {clause}")
        if pointing is not None and not chinese:
            # Geely lifted …, and it produced …: it is what the first clause's words before
            # its verb name.
            first_words = first.split()
            verb = next((at for at, w in enumerate(first_words) if _CLAIM_START.fullmatch(w)), None)
            if verb is not None:
                readings.append(f"{' '.join(first_words[:verb])} {clause}")
    if index and not chinese and _EN_ASKING_VERB.match(clause) is None:
        digit = re.search(r"\d", clauses[0])
        lead = clauses[0][: digit.start()] if digit is not None else ""
        if (
            _EN_ASKING_VERB.match(lead) is not None or _THERE_WERE.fullmatch(lead) is not None
        ) and not said_of:
            # were there … and 5 national little giants; there were 17 … and 5 provincial
            # ones (the level said in place of the other's, as read above)
            readings += [f"{lead}{said}" for said in (*readings, clause) if said[:1].isdigit()]
    if names and not said_of:
        readings.append(clause)  # (a figure alone, 增长70.7%, is no one's but what it borrows)
    return list(dict.fromkeys(readings))


_POINTING_BACK = LazyPattern(
    r"\s*(?:它们|它|其(?![中余他次实]))|\s*(?:it|they|these|those|which(?: is| was| are| were)?)\b",
    hints=(*"它其", "it", "the", "which"),
)
_THERE_WERE = LazyPattern(r"\s*there (?:were|was|are|is)\s*", hints=("there",))
# A clause opening with what is said of a thing, its subject left out: a share (占), a
# growth (增长, 同比), a pull (拉动), a figure reached (达到, 突破), a measure (产值, 增速),
# or in English a verb (grew, made up, accounted for, rose).
_SAID_OF_A_THING = LazyPattern(
    r"\s*(?:占|增长|增速|增幅|同比|拉动|带动|比|达到|达|突破|超过|完成|实现|产值|增加值|户数|产量)"
    r"|\s*(?:grew|rose|increased|made up|makes up|accounted|accounts|share|contributed|added"
    r"|growth|output|reached|hit|topped|was|is|were|are)\b",
)
# The verb before a figure, no part of the thing it is said of (地区生产总值是, GDP was).
_SAID_BEFORE_A_FIGURE = LazyPattern(
    r"(?:是|为|有|达到|达|完成|实现|突破|超过|\b(?:was|is|were|are|had|has|of|reached|hit))\s*$"
    r"|^\s*(?:was|is|were|are|did|does|do|has|have|had)\b",
)


# (how many did it deliver, 它的产量: a clause pointing back at a thing named before it;
# one name for both uses, the premise's and the clause's)
_POINTS_BACK = LazyPattern(
    r"其中|其[^他它余]|它们?|他们|这些|那些|\b(?:they|them|their|its|it|those|these)\b",
    hints=(*"其它", "他们", "这些", "那些", "the", "it"),  # (the: they, them, their, those …)
)


# A level of government asked (国家级, 省级, 市级; 国家, 省里, 市里 said of who handed
# something down), by its family.
_LEVEL_ASKED = LazyPattern(
    r"国家级|国际级|国家|省级|省里|市级|市里|[省市](?=考核|国运)"
    # a county's or a district's (not 正县级, a cadre's grade: 正处)
    r"|(?<![正副])(?:县级|区级)|县里|\b(?:county|district)(?:-level)?\b"
    r"|\b(?:national|state-level|provincial|municipal|city-level)\b"
    # by the province, the city alone, did the province delegate
    r"|\b(?:by|from) the (?:province|city|state)\b"
    r"|\bthe (?:province|city)(?= (?:alone|delegat|devolv))",
    hints=("国", "省", "市", "县", "区级", "national", "state", "provinc", "municipal", "city",
           "county", "district"),
)  # fmt: skip
_LEVEL_FAMILY = {
    "国家级": "national", "国际级": "national", "国家": "national", "中央": "national",
    "省级": "province", "省里": "province", "省": "province", "市级": "city", "市里": "city",
    "national": "national", "state": "national", "provincial": "province",
    "province": "province", "municipal": "city", "city": "city", "市": "city",
    "县级": "county", "县里": "county", "county": "county", "区级": "district",
    "district": "district",
}  # fmt: skip


_PROVINCE_AND_CITY = LazyPattern(
    r"\bprovinc\w* and (?:the )?(?:city|municipal)", hints=("provinc",)
)


def _level_family(said: str) -> str:
    """national, province or city, of a level said (国家级, by the province, city-level)."""
    word = said.split()[-1].split("-")[0]
    return _LEVEL_FAMILY.get(said) or _LEVEL_FAMILY[word]


# The levels a fact's own words give: 省市 is the province and the city together,
# neither alone; 中央 the state's.
_LEVEL_STATED = LazyPattern(
    r"国家级|国际级|中央|省级|市级|省市|[省市](?=考核|国运)", hints=("级", "中央", "省", "市")
)
# A level said by its rank word (省级, 市级), not by a body's name (国家高新技术企业, the
# state's own name for the certification) nor in English (provincial says 全省 as well):
# a fact naming no level answers none of these.
_LEVEL_RANKED = LazyPattern(r"国家级|国际级|省级|市级", hints=("级",))


def _level_not_stated(
    base: FactBase, text: str, question: Question, answer: Answer
) -> Answer | None:
    """市级…, 承接省级赋权多少项: a level asked of a fact the report gives at another level
    (国家级小巨人 asked as 省级), or for the province and the city together (承接省市1235
    项赋权, asked of the province or the state): the count of the level asked is not
    stated. A fact whose words name no level answers for any (国家高新技术企业: 171)."""
    asked = {
        _level_family(m.group())
        for m in _LEVEL_ASKED.finditer(fold_query(text))
        if not any(m.group() in thing for thing in question.excluded)  # 不算国家级的
    }
    if not asked:
        return None
    if asked == {"province", "city"} or _PROVINCE_AND_CITY.search(fold_query(text)):
        asked = {"省市"}  # 从省里和市里接过来多少项: both together, as the report gives them
    fact = answer.facts[0]
    stated = {m.group() for m in _LEVEL_STATED.finditer(f"{fact.label.zh} {fact.quote}")}
    families = {_LEVEL_FAMILY.get(w, w) for w in stated}
    if not families and _LEVEL_RANKED.search(fold_query(text)) is not None:
        # 省级高新技术企业有多少: the report gives the 171 at no level, the province's none.
        return _not_stated_of(base, question, text, fact)
    if not families or asked & families:
        return None
    return _not_stated_of(base, question, text, fact)


# A first, by its reach (全省首台, 全球首台: the province's, the world's), in the words of
# _REACHES (below, with _REACH_AS).
_FIRST_OF = LazyPattern(r"(全球|世界|全国|国内|全省|省内|全市|市内)(?=首)", hints=("首",))


def _another_first(text: str, fact: Fact) -> bool:
    """Does the question ask a first of one reach (全省首台) of a fact naming a first of
    another (全球首台醇电混动轿车)?"""
    folded = fold_query(text)
    stated = _FIRST_OF.search(fact.label.zh)
    zh = _FIRST_OF.search(folded)
    en = _FIRST_OF_EN.search(folded) if zh is None else None
    if stated is None:
        return False
    if zh is not None:
        asked = zh.group()
    elif en is not None:
        asked = _EN_REACHES[en["reach"] or en["where"]]
    else:
        return False
    return _REACH_AS.get(asked, asked) != _REACH_AS.get(stated.group(), stated.group())


def _anyone_else(base: FactBase, question: Question, text: str, fact: Fact) -> bool:
    """Does the fact name someone the question neither sets aside nor names as a party?"""
    folded = fold_query(text)
    for zh in fact.entities:
        entity = base.entity(zh)
        if entity is not None and named_as_party(entity, folded):
            continue
        if not names_set_aside(base, question.excluded, zh):
            return True
    return False


def _an_example_alone(base: FactBase, text: str, fact: Fact) -> bool:
    """Does the question name one entity the fact's sentence gives as an example of a
    group (中海油、斯普瑞等国家级…, 海玉功能食品产业园等12项…) as the thing its figure is of,
    not as one among the group (等, 包括, including)? 中海油占全市多少 and the food park
    has 12 projects ask the example's own figure, which the group's is not; naming two
    of the examples names the group the sentence lists."""
    listed = examples_listed(fact)
    if not listed:
        return False
    folded = fold_query(text)
    named = [zh for zh in listed if _names_entity(base, zh, folded)]
    return len(named) == 1 and _AMONG_A_GROUP.search(folded) is None


def _names_entity(base: FactBase, zh: str, folded: str) -> bool:
    """Does a question (folded) name the entity: by a Chinese name of two characters or
    more, the end of its full name said without its first words (食品产业园 of 海玉功能食品
    产业园), all the words of an English name, or the last two (the food park)?"""
    entity = base.entity(zh)
    names = (zh,) if entity is None else (entity.zh, entity.en, *entity.aliases)
    chinese = [fold(n) for n in names if has_cjk(n) and len(n) >= 2]
    if any(n in folded for n in chinese):
        return True
    if any(n[i:] in folded for n in chinese for i in range(1, len(n) - 4)):
        return True
    said = re.findall(r"[a-z]+", folded)
    for name in (n for n in names if not has_cjk(n)):
        words = re.findall(r"[a-z]+", fold(name))
        # (the food park; not industrial park, co ltd: any park's, any firm's)
        tail = words[-2:]
        telling = bool(set(tail) - _PLACE_AND_COMPANY_WORDS)
        if words and (
            set(words) <= set(said) or (len(words) > 2 and telling and _said_whole(tail, said))
        ):
            return True
        # (How many CNOOC companies, Haiyu projects: the name's own first word, the
        # firm's or the park's, said alone)
        if len(words) > 2 and words[0] in said:
            return True
    return False


_PLACE_AND_COMPANY_WORDS = frozenset(
    {"co", "ltd", "inc", "group", "company", "corp", "corporation", "limited", "holding",
     "holdings", "industrial", "park", "zone", "centre", "center", "industry"}
)  # fmt: skip


def _said_whole(words: list[str], said: list[str]) -> bool:
    """Are the words said together, as whole words, in the question's words?"""
    return any(said[i : i + len(words)] == words for i in range(len(said) - len(words) + 1))


# Named as one among a group (中海油等, 包括海玉在内, 比如, including, such as, one of),
# or with the group it belongs to (海玉产业园那批项目, 贝斯特这些企业, 除了贝斯特还有谁).
_AMONG_A_GROUP = LazyPattern(
    r"等(?![于级奖同])|包括|包含|在内|之一|比如|例如|诸如|像是|除了|还有(?=谁|哪)"
    r"|[这那]一?[批类]|[这那]些(?![数信说话年])"
    r"|\b(?:including|incl|among|such as|like|one of|th[eo]se|others?)\b|\be\.g\.",
    hints=(
        *("等", "包括", "包含", "在内", "之一", "比如", "例如", "诸如", "像是", "除了", "还有"),
        *("这", "那", "includ", "incl", "among", "such", "like", "one", "e.g", "these", "those"),
        "other",
    ),
)


# Names listed as examples of a group (中海油、斯普瑞等, 贝斯特、隆富电气等31户企业), or
# one name alone (中海油（山西）贵金属有限公司等11户企业); never a grade (二等奖).
_EXAMPLES_LISTED = re.compile(
    r"(?:[^，,。；;：:“”、]{1,20}、)*[^，,。；;：:“”、]{1,20}?(?<![一二三特])等(?![奖级])"
)


def examples_listed(fact: Fact) -> tuple[str, ...]:
    """The fact's entities its sentence lists as examples of a group (中海油、斯普瑞等国家级
    小巨人): some of the group, never all of it. Each name stands whole in the list, before
    its 、 or 等 (not 晋中开发区 in 晋中开发区的海玉功能食品产业园等)."""
    listed = "".join(m.group() for m in _EXAMPLES_LISTED.finditer(fact.quote or ""))
    return (
        tuple(zh for zh in fact.entities if f"{zh}、" in listed or f"{zh}等" in listed)
        if listed
        else ()
    )


def _classed_otherwise(base: FactBase, text: str, declined: Answer) -> Answer:
    """A question declined as matching nothing that classes firms by a threshold of a
    measure no fact states (税收过亿的企业): declined as unstated of the class the report
    does give by a threshold, found as search finds it; else the answer as it was."""
    if not classed_by_another_measure(base, text):
        return declined
    found = [
        m.fact
        for m in search(base, text, limit=1)
        if m.fact.measure == "count" and a_class_by_threshold(m.fact)
    ]
    if not found:
        return declined
    return _not_stated_of(base, _read(base, text), text, found[0])


def _the_zone_ranked(text: str, fact: Fact) -> bool:
    """Is a rank of one thing (留抵退税全市排名: the VAT refunds') asked of the zone itself,
    the thing ranked said nowhere (开发区在全市排名第一吗, 开发区全市排第几)?"""
    if fact.measure != "rank":
        return False
    folded = fold_query(text)
    if _THE_ZONE_NAMED.search(folded) is None or _WHICH_THING.search(folded) is not None:
        return False  # (开发区哪项全市第一: the thing ranked is what is asked)
    thing_zh = _RANK_WORDS.sub("", fold_query(fact.label.zh))
    thing_en = fold_query(fact.label.en).partition(":")[0]
    if not thing_zh or _THE_ZONE_NAMED.search(thing_zh) is not None:
        return False  # (a rank of the zone's own)
    said_zh = any(thing_zh[i : i + 2] in folded for i in range(len(thing_zh) - 1))
    said_en = any(
        stem(w) in {stem(x) for x in re.findall(r"[a-z]+", folded)}
        for w in re.findall(r"[a-z]{3,}", thing_en)
    )
    return not (said_zh or said_en)


_WHICH_THING = re.compile(r"哪|什么|啥|\b(?:which|what)\b")
# Words of a place in a ranking (全市排名, 全省第一): what is ranked is the rest.
_RANK_WORDS = re.compile(r"全市|全省|排名|名次|第[一二三四五六七八九十\d]+|位次")


def _not_stated_of(
    base: FactBase, question: Question, text: str, fact: Fact, subject_said: str = ""
) -> Answer:
    """The question declined as unstated, the fact it found given as related."""
    position = base.index_of(fact.id)
    named = [s for s in _subject_scores(base, question, text) if s.position == position]
    return _declined(base, question, text, named, "unstated-measure", subject_said=subject_said)


def _less_set_aside(base: FactBase, question: Question, text: str, fact: Fact) -> Answer:
    """Declined: the whole less what is set aside is not stated (the fact holds it all)."""
    subject = _subject_text(question, text)
    aside = ", ".join(question.excluded) if question.english else "、".join(question.excluded)
    said = f"{subject} excluding {aside}" if question.english else f"除{aside}以外的{subject}"
    return _not_stated_of(base, question, text, fact, subject_said=said)


def _the_rest_of_a_sum(base: FactBase, question: Question, fact: Fact) -> Fact | None:
    """The other part of a sum of two the report implies (提拔8人 = 正处1人 + 副处7人),
    where what is set aside names one part and not the other; else None."""
    from jzfacts.formula import is_sum

    if len(question.excluded) != 1:
        return None
    aside = fold_query(question.excluded[0])

    def named(part: Fact) -> bool:
        return any(aside in fold_query(name) for name in (part.label.zh, *part.aliases))

    # The sum found, or a sum the fact found is a part of (副处7人 for 除了正处，提拔了多少人)
    sums = [
        whole
        for whole in base.facts
        if whole.is_derived
        and whole.formula
        and is_sum(whole.formula)
        and len(whole.inputs) == 2
        and (whole == fact or fact.id in whole.inputs)
    ]
    for whole in sums:
        parts = [base.fact(at) for i in whole.inputs if (at := base.index_of(i)) is not None]
        left = [part for part in parts if not named(part)]
        if len(parts) == 2 and len(left) == 1:
            return left[0]
    return None


def _less_what_is_set_aside(question: Question, text: str, answer: Answer) -> bool:
    """除了新能源汽车，全区工业产值是多少, excluding methanol vehicles, what was total output:
    one figure asked of a whole less a part set aside, which the report never gives (its
    figure holds the part). Not where more things are asked besides (除了留抵退税，还拨了
    多少钱), one ranked or chosen among the rest (除了吉利，谁拉动最多), or the thing asked
    is another of the same kind (不算国家级的，省级的有多少)."""
    if not question.excluded or question.besides or answer.kind != "fact":
        return False
    if not (question.wants_number or question.measure):
        return False  # 除了轿车，6月下线了什么: what else, a thing asked, no figure
    if question.operator or question.plural or question.items:
        return False
    # (除了国家级，省级的有多少; 不算正处，副处提拔了多少; other than the national ones, how
    # many provincial: the thing set aside and the one asked are levels or ranks of a kind)
    levels = {m.group() for m in _LEVEL_OR_RANK.finditer(fold_query(text))}
    aside = {w for w in levels if any(w in thing for thing in question.excluded)}
    return not (aside and levels - aside)


def _spread_in(words: str, text: str) -> bool:
    """Every character of the words stands in the text, in order."""
    rest = iter(text)
    return all(c in rest for c in words)


def _a_sibling_set_aside(base: FactBase, question: Question, fact: Fact) -> bool:
    """除了提拔的，轮岗的干部有几个: what is set aside is stated by a fact of its own in
    the found one's section, of its measure and dimension (提拔正处1人 beside 轮岗2人),
    and the found one's words lack it: another of a kind, not a part the figure holds."""
    rows = search_data(base).rows()
    position = base.index_of(fact.id)
    if position is None or fact.is_derived:
        return False  # (a whole inferred from the part set aside holds it: 152 of the 38)
    found = rows[position]
    # (提拔的干部: the doing that names them, 提拔)
    words = [w.split("的")[0] for w in question.excluded]
    asked = [t.text for t in question.subject if t.cjk and len(t.text) >= 2]
    return any(
        word in row.quote
        and word not in found.quote
        and not any(word in n for n in found.names)
        # (专精特新企业 spread in 省级专精特新“小巨人”企业: a kind of the thing asked, a
        # part of it)
        and not any(_spread_in(a, row.quote) for a in asked)
        for word in words
        if len(word) >= 2
        for row in rows
        if row is not found
        and row.section_zh == found.section_zh
        and row.measure == found.measure
        and row.dimension == found.dimension
    )


_LEVEL_OR_RANK = LazyPattern(
    # (正处 of a cadre's grade, not of 正处于, is in the middle of)
    rf"{_LEVEL_RANKED.pattern}|正处(?!于)|副处|正科|副科"
    r"|\b(?:national|state-level|provincial|municipal|city-level)\b"
    r"|\b(?:full|deputy)[- ](?:division|section)[- ]level\b",
    hints=("级", "处", "科", "national", "state", "provincial", "municipal", "city", "level"),
)


def _names_a_thing(question: Question) -> bool:
    """Does the question name something of its own, not only a place or a level?"""
    return any(
        not t.place and not t.optional and _CLAIMED_LEVEL.fullmatch(t.text) is None
        for t in question.subject
    )


def _about(base: FactBase, answer: Answer) -> bool:
    """Every word of what the question asks about stands in the fact that answers it,
    hitting well, none of it left unmatched; its words, whatever time it claims (5月下线 of
    what came off the line in June)."""
    question = _read(base, answer.question)
    if not question.subject:
        return True
    position = base.index_of(answer.facts[0].id)
    timeless = question._replace(period=None)
    scored = [s for s in _subject_scores(base, timeless, answer.question) if s.position == position]
    if not scored:
        return False
    hits = scored[0].hits
    strong = all(h.score >= NAMED and h.field != PINYIN and not h.unknown for h in hits)
    return strong and not _left_unmatched(question, hits)


def _multiple_claimed(base: FactBase, text: str) -> Answer | None:
    """省级小巨人是国家级的三倍多吗, roughly twice as many A as B?: the multiple the two
    figures make, held to the one claimed (是 or 否, none where it falls on an edge). None
    unless the question asking the multiple is answered with one."""
    claimed = ratio_claimed(fold_query(text[:MAX_QUERY]))
    if claimed is None:
        return None
    threshold, asked = claimed
    answer = _ask_as_read(base, asked)
    if not answer.answered or answer.ratio is None:
        return None
    # (a ratio of an inferred rate is about so much, held all the same; one of a floor,
    # 突破224亿, is over or under it: left open)
    hedged = answer.gap_hedge not in (None, "about")
    held = None if hedged else threshold.cleared(answer.ratio, answer.ratio)
    verdict: Verdict = None if held is None else "yes" if held else "no"
    return answer._replace(question=text, verdict=verdict, threshold=threshold.text, claim=True)


def _said_on(fact: Fact, before: list[Fact], measure: str | None) -> bool:
    """Does the fact's sentence go on from the last fact answered (亿元以上企业38户，占规上
    企业的25%), or say the measure asked in the same sentence (实现产值131.76亿元，占全区的
    33.1%): a figure of the same thing, however the asker named it?"""
    if not before or fact == before[-1] or not (before[-1].quote and fact.quote):
        return False
    if before[-1].quote not in fact.quote:
        return False
    return before[-1].quote != fact.quote or fact.measure == measure != before[-1].measure


def _says_every_word(asked: Question, fact: Fact) -> bool:
    """Does the fact's sentence or name say every Chinese word the question names (规上企业
    of 占规上企业多少; not 民营企业)?"""
    said = f"{fact.quote} {fact.label.zh} {' '.join(fact.aliases)}"
    return all(t.text in said for t in asked.subject if t.cjk and not t.soft and not t.numeric)


def _known_head(word: str, chinese: str) -> str:
    """The longest head of a Chinese word the base holds, where it does not hold the whole:
    留抵退税 of 留抵退税退 (the verb of 退了多少 read into the thing)."""
    if word in chinese:
        return word
    head = next((word[:n] for n in range(len(word) - 1, 1, -1) if word[:n] in chinese), "")
    return head or word


def _borrowing(base: FactBase, part: str, before: str) -> Answer | None:
    """A question that leaves out what the one before named, answered with it: 几家国家级
    的 after 有几家省级小巨人 (the level said in place of the other's), 产值各是多少 after
    吉利汽车产量 (the thing named before it). None where the one before names nothing."""
    swapped = level_swapped(before, part, _CLAIMED_LEVEL) or _sibling_swapped(part, before, base)
    if swapped is not None:
        return _one_question(base, swapped, _read(base, swapped))
    named = _read(base, before)
    chinese = vocabulary_of(search_data(base), False).chinese
    words = [
        _known_head(t.text, chinese) if t.cjk else t.text
        for t in named.subject or named.terms
        if not t.numeric
    ]
    if not words:
        return None
    if _read(base, part).measure == "share" and named.measure not in (None, "share"):
        # 这38户企业产值合计多少，占全区多少: the share of what the one before asked (their
        # output's, not their number's).
        words.extend(named.measure_words)
    subject = " ".join(words)
    joined = f"{subject}{part}" if has_cjk(part) else f"{subject} {part}"
    return _one_question(base, joined, _read(base, joined))


def _sibling_swapped(part: str, before: str, base: FactBase) -> str | None:
    """The question before, asked of a word like one it said (正处提拔了几位？那副处呢: the
    two share their head, 处; 高新企业多少？专精特新企业呢), or None. The word replaced is the
    longest name of a fact's (a label or an alias, 正处), never the bare head (企业 is no
    sibling of 专精特新企业); times are _at_time_before's (4月呢)."""
    follow_up = _FOLLOW_UP_ALONE.fullmatch(part.strip())
    thing = follow_up["zh"] if follow_up is not None else None
    if not thing or len(thing) < 2 or not is_cjk(thing[-1]) or thing[-1] in "年月日号":
        return None
    names = _chinese_names(base)
    if not any(thing in name for name in names):
        return None
    said = [
        before[start:end]
        for end in range(len(before), 1, -1)
        if before[end - 1] == thing[-1]
        for start in range(max(0, end - len(thing) - 2), end - 1)
    ]
    siblings = [w for w in said if w in names and w != thing and not thing.endswith(w)]
    if not siblings:
        return None
    sibling = max(siblings, key=len)
    at = before.rfind(sibling)
    return before[:at] + thing + before[at + len(sibling) :]


def _chinese_names(base: FactBase) -> frozenset[str]:
    """Every Chinese name of the base's facts (labels and aliases, folded); kept with it."""
    kept = base.memo.get("chinese_names")
    if isinstance(kept, frozenset):
        return kept
    names = frozenset(name for row in search_data(base).rows() for name in row.cjk_names)
    base.memo["chinese_names"] = names
    return names


def _at_time_before(
    base: FactBase, part: str, asked: Question, before: str
) -> tuple[str, Question]:
    """A question naming no time of its own, at the time the one before named where it
    points at it (4月停工比例多少？当月考核排名呢: April's ranking) or names no thing of its
    own (增速呢), read so; one naming its own (…，GDP多少) asks of its own time."""
    named = _read(base, before).period
    if named is None or asked.period is not None or named.start != named.end or named.shifted:
        return part, asked  # (4月以来…，当月呢: since April is no one month to point at)
    chinese = has_cjk(part)
    said = period_zh(named.start) if chinese else f"in {period_en(named.start)}"
    if _THAT_TIME.search(part):
        part = _THAT_TIME.sub(said, part)
    elif not _names_a_thing(asked):
        part = f"{said}{part}" if chinese else f"{part.rstrip('?？ ')} {said}?"
    else:
        return part, asked
    return part, _read(base, part)


# 当月, 那个月, that month, at the time: the time a question before named.
_THAT_TIME = LazyPattern(
    r"当月|同月|那个月|那月|当时|那时候?|\b(?:(?:in|during) )?(?:that|the same) month\b"
    r"|\b(?:at )?(?:that|the) time\b",
    hints=("当月", "同月", "那", "当时", "month", "time"),
)


# A relation said in a question between two things (A超过B, A比B高, A高过B, faster than).
_RELATION_ASKED = LazyPattern(
    r"超过|超出|高于|低于|快于|慢于|多于|少于|比|高过|快过|跑赢|领先"
    r"|\b(?:than|above|below|outpaced?|outgrew|exceeded|beat)\b",
    hints=("超", "于", "比", "过", "跑赢", "领先", "than", "above", "below", "out", "exceed",
           "beat"),
)  # fmt: skip


def _relation_reversed(folded: str, fact: Fact) -> bool:
    """Does the question set the fact's two things against each other the other way round
    (GDP增速超过战略性新兴产业增速, of 战略性新兴产业增速高于GDP增速): the fact's second
    thing said before the relation, its first after it, and the relation the same way (GDP
    增速比战新产业低, lower than: the fact said from its other side)?"""
    return _sides_swapped(folded, fact) and _way_asked(folded) != "down"


def _deed_reversed(base: FactBase, folded: str, fact: Fact, *, both_named: bool = False) -> bool:
    """Does the question say the fact's deed (a transfer: 退税, 赋权, 下放, 拨付; a pull:
    拉动) the other way round, the party the fact gives it to said to give it, or the
    party giving it said to get it (企业给开发区退税, 开发区向省市赋权, 食品行业拉动白象食品,
    开发区把审批权下放给了省市), and the party giving it nowhere said to give it? A deed whose
    giver the fact's sentence leaves unsaid (留抵退税17亿元) is the zone's, unless the zone
    gets it (下放开发区). Only parties said in the deed's own clause count, none of a
    phrase ending in 的 (企业的扶持资金: whose money, no giver). `both_named`: only where
    the question says both who gives and who gets (a figure asked, 企业给开发区退税多少)."""
    asked = _deed_done(folded)
    english = _deed_asked_en(folded) if asked is None else None
    if asked is not None:
        family = _deed_family(asked)
    elif english is not None:
        family = english.family
    else:
        return False
    quote = fold_query(fact.quote or "")
    stated = next((m for m in _DEEDS.finditer(quote) if _deed_family(m) == family), None)
    if stated is None:
        return False
    # (an industry is pulled, never a giver: 工业 of 工业类项目规划审批权 is what is devolved)
    gives = _parties(base, _giver_said(_own_clause(quote[: stated.start()]))) - _PULLED_PARTIES
    gets = _parties(base, _CLAUSE_END.split(quote[stated.end() :], maxsplit=1)[0])
    if _is_received(stated):
        gives, gets = gets, gives  # (承接省市1235项赋权: the province and city gave them)
    said_by_the_report = bool(gives)
    if not gives and "zone" not in gets:
        gives = frozenset({"zone"})
    if english is not None:
        giver, getter, giver_asked = english.giver, english.getter, english.giver_claimed
    else:
        assert asked is not None
        giver, getter = _deed_sides(folded, asked)
        after = _CLAUSE_END.split(folded[asked.end() :], maxsplit=1)[0]
        # (区里赋权1235项吗: the giver said first, with no 向, 给 or 被: claimed as the giver,
        # as was it the zone that gave them)
        unmarked = not any(m in _own_clause(folded[: asked.start()]) for m in _DEED_MARKERS)
        giver_asked = _GIVEN_BY.match(after) is not None or (
            family == "transfer" and unmarked and not _is_received(asked)
        )
    said_gives, said_gets = _parties(base, giver), _parties(base, getter)
    if both_named and not (said_gives and said_gets):
        return False  # (how many: only where the question itself says who gave to whom)
    if family == "award":
        # (a prize is won and given by named firms and bodies: 全省 of 全省双创大赛 is the
        # contest's reach, 哪家企业 asks which firm; neither is a party to it)
        gives, gets, said_gives, said_gets = (
            frozenset(p for p in side if p not in _PARTY_KINDS)
            for side in (gives, gets, said_gives, said_gets)
        )
    if said_gives & gives or said_gets & gets:
        return False  # (白象拉动食品行业, 食品行业的增长是白象拉动的: the giver said)
    if said_by_the_report and said_gives and giver_asked and not said_gives & gets:
        # 1235项赋权是区里给的吗, were the powers granted by the zone: who gave them asked
        # of another giver than the one the sentence names (省市); a word of the giver
        # said in passing (承接国家赋权) is no such claim, and leaves the fact without a
        # verdict.
        return family == "transfer"
    return bool(said_gives & gets or said_gets & gives)


def _unstated_of_its_deed(
    base: FactBase,
    question: Question,
    text: str,
    fact: Fact,
    measure: str,
    related: Fact | None = None,
) -> Answer:
    """Declined: who did the fact's deed, or whom it was done to (`measure`), the report
    does not say; said of the fact by its label, with `related` (the fact, by default)
    given as what the report does state."""
    said = fact.label.zh
    if question.english:
        # (mid-sentence: Methanol heavy trucks … as methanol heavy trucks …, a firm's name
        # as written: Baixiang Food's contribution …)
        said = fact.label.en
        first = said.split(" ", 1)[0].removesuffix("'s").casefold()
        names = {w.casefold() for e in base.entities for w in (e.en or "").split()}
        if first not in names:
            said = said[:1].lower() + said[1:]
    asked = question._replace(measure=measure)
    return _not_stated_of(base, asked, text, related or fact, subject_said=said)


def _government_said_to_do(folded: str, fact: Fact) -> bool:
    """Does the question say a government other than the zone's (省里, 省委, 市政府, 晋中市,
    中央) did a deed the fact's sentence tells, opening on it (省里成立了…吗) or in a cleft
    (党建联盟是省里成立的吗), where the sentence names no government before that verb (承接
    省市赋权: the province and city did delegate; 省考核指标: the province assesses)? Not
    the zone's address (晋中市开发区, 山西省晋中开发区), nor a place (市里留抵退税排名)."""
    said = _GOVERNMENT_DOER.search(folded)
    if said is None:
        return False
    quote = fold_query(fact.quote or "")
    # (成立 of 建立七大产业党建联盟: the verb in the report's other word for it)
    verb = said["verb"] or said["cleft"]
    verbs = (verb, *vocab.ZH_SYNONYMS.get(verb, ()))
    at = next((i for i in (quote.find(v) for v in verbs) if i >= 0), -1)
    return at >= 0 and _GOVERNMENT_NAMED.search(quote, 0, at) is None


# The deeds the report tells of the zone, as a question says them.
_ZONE_DEEDS = (
    "新成立|成立|建立|提拔|拨付|实施|推进|推动|选用|交付|签署|签订|承接|培训|宣讲|落实|化解"
    "|帮助|补办|引进|完成|研发|认定|深化|组织|下放"
)
_GOVERNMENTS = (
    "山西省委|山西省政府|省委省政府|省里|省委|省政府|省上|晋中市委|晋中市政府|市委市政府"
    "|市里|市委|市政府|党中央|中央|国务院|山西省(?!晋中)|晋中市(?!开发区|经开区|综改区)"
)
# A government, then (past adverbs and asking words) its deed: 省里成立了, 市政府提拔了,
# 省委有没有提拔; or a cleft, 是省里成立的, 由市里推动.
_GOVERNMENT_DOER = LazyPattern(
    rf"^\s*(?:请问|听说|据说)?\s*(?:{_GOVERNMENTS})"
    rf"(?:也|都|还|已经|已|曾经|曾|有没有|是不是|是否|有|是)*(?P<verb>{_ZONE_DEEDS})"
    rf"|(?:是|由)(?:{_GOVERNMENTS})(?:来|去)?(?P<cleft>{_ZONE_DEEDS})的?",
    hints=("省", "市", "中央", "国务院"),
)


def _doer_in_focus_unsaid(base: FactBase, folded: str, fact: Fact) -> bool:
    """Does a cleft put a firm in focus as the doer (是吉利交付的吗, 是由吉利…的, was it
    Geely that…), of a fact whose sentence names no firm and no party at all?"""
    cleft = _CLEFT_DOER_ZH.search(folded) or _CLEFT_DOER_EN.search(folded)
    if cleft is None or not _names_no_party(base, fact):
        return False
    return bool(_firms_named(base, cleft["doer"]))


def _names_no_party(base: FactBase, fact: Fact) -> bool:
    """Does the fact's sentence name no firm, body or party at all (500台甲醇重卡集中交付)?"""
    return not fact.entities and not _parties(base, fold_query(fact.quote or ""))


def _named_parties_at(base: FactBase, folded: str) -> list[tuple[int, int, str]]:
    """Where the text names a firm or a body by name (start, end, the party), in order,
    a longer name first where two overlap (经纬化纤 is no 经纬)."""
    # Each firm by its own first name (开建 and 开建集团 are one party), whatever alias the
    # text writes; a longer name read first, ties by the name (no set's order decides).
    canonical = {
        name: chinese[0]
        for chinese, kindless, _ in _firm_table(base).firms
        for name in (*chinese, *kindless)
    }
    names = [
        (n.casefold(), canonical.get(fold_query(firm), firm))
        for firm in _firms_named(base, folded)
        for n in _names_of(base, firm)
    ]
    names += [(n, body) for body, written in _bodies(base) for n in written]
    found: list[tuple[int, int, str]] = []
    taken = [False] * len(folded)
    for name, party in sorted(set(names), key=lambda np: (-len(np[0]), np)):
        if len(name) < 2:
            continue
        for at in (m.start() for m in re.finditer(re.escape(name), folded)):
            if not any(taken[at : at + len(name)]):
                found.append((at, at + len(name), party))
                taken[at : at + len(name)] = [True] * len(name)
    return sorted(found)


def _doer_said_otherwise(base: FactBase, folded: str, fact: Fact) -> bool:
    """Does a yes-or-no question say a party its fact's sentence names, in another role,
    did the sentence's deed (中国纺织工业联合会研发了JWF1580细纱机吗, …是中国纺织工业联合会
    研发的吗: 经纬智能研发的; the council gave the prize)? The deed is the question's first
    word of two characters after the party that the sentence says right after a party of
    its own. Not with 被 or 把, which turn the sides."""
    main = _CLAUSE_END.split(folded, maxsplit=1)[0]
    if not has_cjk(main) or "被" in main or "把" in main:
        return False
    quote = fold_query(fact.quote or "")
    in_quote = _named_parties_at(base, quote)
    asked = _named_parties_at(base, main)
    if not in_quote or not asked:
        return False
    _, end, party = asked[0]
    if party not in {p for _, _, p in in_quote}:
        return False  # (a party the sentence never names: no role of its to weigh)
    # (是不是研发了, 有没有, 係唔係, 不是…吗: asked either way, the deed follows)
    after = re.sub(
        r"^(?:是不是|是否|有没有|有冇|係唔係|係咪|不是|唔係|已经|已|曾经|曾|也|还|都|是|有)+",
        "",
        main[end:],
    )
    verb = after[:2]
    if len(verb) < 2 or not all(is_cjk(c) for c in verb):
        return False
    for at in (m.start() for m in re.finditer(re.escape(verb), quote)):
        if not any(e == at for _, e, _ in in_quote):
            continue  # (no party right before the verb: no doer said)
        # (开建集团同国内500强陕西建工集团成立: every party of the clause before the verb did
        # it, those joined to the one next to it too)
        clause = max((c.end() for c in _CLAUSE_END.finditer(quote, 0, at)), default=0)
        doers = {p for s, e, p in in_quote if clause <= s and e <= at}
        if party not in doers:
            return True
    return False


def _done_to_otherwise(folded: str, fact: Fact) -> bool:
    """Does a question say the sentence's 对X进行V done to another of the sentence's things
    (党员干部对党工委进行培训了吗, of 党工委…对党员干部进行培训: the cadres were trained)?"""
    asked = _DONE_TO.search(folded)
    quote = fold_query(fact.quote or "")
    said = _DONE_TO.search(quote)
    if asked is None or said is None or asked["verb"] != said["verb"]:
        return False
    other = asked["thing"].strip()
    return other != said["thing"] and len(other) >= 2 and other in quote


# 对X进行V: V done to X (对党员干部进行培训).
_DONE_TO = LazyPattern(
    r"对(?P<thing>[^，,。？?对]{1,12}?)进行(?:了)?(?P<verb>[\u4e00-\u9fff]{2})", hints=("进行",)
)


def _role_claimed_unsaid(base: FactBase, folded: str, fact: Fact) -> str | None:
    """A firm a yes-or-no question says did the fact's deed ("actor"), or got it
    ("recipient": 交付给省国运公司), where the fact's sentence names no firm and no party
    at all; None otherwise."""
    if not _names_no_party(base, fact):
        return None
    # (吉利所在的开发区: a place told by the firm in it; Geely's output value, 吉利的产值:
    # the firm owning a figure compared, no deed of the firm's)
    names = _firm_names_in(base, folded)
    owned = r"\s*(?:所在|的(?![吗吧么呢嘛？?。，,！!\s]|$)|'s|’s)"
    if not names or any(re.search(re.escape(n.casefold()) + owned, folded) for n in names):
        return None
    given_to = any(
        re.search(rf"(?:给|向|\bto\s+(?:the\s+)?){re.escape(n.casefold())}", folded) for n in names
    )
    return "recipient" if given_to else "actor"


# 是吉利交付的吗, 是由吉利生产的: the doer in focus, then what was done and 的.
_CLEFT_DOER_ZH = re.compile(
    r"是(?:由)?(?P<doer>[^，,。？?的]{2,12}?)(?:[^，,。？?的]{1,6})的(?:吗|么|吧|嘛)?[？?。!！\s]*$"
)
_CLEFT_DOER_EN = re.compile(r"\b(?:was|is)\s+it\s+(?P<doer>[^?]+?)\s+(?:that|who)\b")


def _sides_swapped_around_a_verb(folded: str, fact: Fact) -> bool:
    """Are the two things the fact's sentence sets about one of its verbs said the other
    way round (开发区信息公司承载…数字化平台; 数字化平台承载了开发区信息公司吗)? A verb is
    a pair of characters said once in each; each side shares four characters or more with
    the other's side, none with its own. Not with 被 or 把, which turn the sides."""
    quote = fold_query(fact.quote or "")
    if not has_cjk(folded) or "被" in folded or "把" in folded:
        return False
    cleft = _CLEFT_DONE_BY.match(folded)
    if cleft is not None:
        # (开发区信息公司是数字化平台承载的吗: the platform said to do it, read as 数字化平台
        # 承载开发区信息公司)
        folded = f"{cleft['doer']}{cleft['thing']}"
    for at in range(len(quote) - 1):
        verb = quote[at : at + 2]
        if not all(is_cjk(c) for c in verb) or quote.count(verb) != 1 or folded.count(verb) != 1:
            continue
        asked_before, asked_after = folded.split(verb)
        said_before = _CLAUSE_END.split(quote[:at])[-1]
        said_after = _CLAUSE_END.split(quote[at + 2 :], maxsplit=1)[0]
        crossed = _shared(asked_before, said_after) >= 4 and _shared(asked_after, said_before) >= 4
        straight = _shared(asked_before, said_before) >= 4 or _shared(asked_after, said_after) >= 4
        if crossed and not straight:
            return True
    return False


# A是B做的吗: B said to have done the deed to A.
_CLEFT_DONE_BY = re.compile(
    r"\s*(?P<thing>[^，,。？?]{2,}?)是(?P<doer>[^，,。？?的]{3,})的(?:吗|么|吧|呢)?[？?。!！\s]*$"
)


def _shared(one: str, other: str) -> int:
    """The length of the longest run of Chinese characters two texts share (a figure,
    500台, is no thing named)."""
    from difflib import SequenceMatcher

    one, other = (re.sub(r"[^\u4e00-\u9fff]+", "\x00", t) for t in (one, other))
    match = SequenceMatcher(None, one, other, autojunk=False).find_longest_match()
    return len(one[match.a : match.a + match.size].replace("\x00", ""))


def _the_firms_own_figure(
    base: FactBase, text: str, held: Threshold | None, fact: Fact
) -> Fact | None:
    """The fact of a firm the question names whose own figure is the one held, where the
    fact found names no firm at all (111,500 of Geely's vehicles, claimed of the 500
    trucks delivered), or None."""
    if held is None or fact.entities or held.relation not in ("equals", "within", "so-many"):
        return None  # (more than 1,000 trucks: a floor, held to the trucks' own figure)
    firms = _firms_named(base, fold_query(text))
    if not firms:
        return None
    for other in base.facts:
        if (
            other is not fact
            and _entity_names(base, other) & firms
            and _held_to(other, held) == "yes"
        ):
            return other
    return None


def _what_followed(base: FactBase, text: str, answer: Answer) -> Fact | None:
    """What the report tells right after an event the question names and asks what
    followed (党建联盟成立后会做什么, 重卡交付之后签了什么协议, what did the zone do after
    the April shutdown): of the facts after the event's words, in its sentence or the
    next, the one the rest of the question names best, or, where it names nothing, the
    next thing told. None where no event is found, nothing follows it, the rest names
    something else (how many workers returned: unstated), or the answer found already
    follows it."""
    folded = fold_query(text)
    asked = after_event_asked(folded)
    if asked is None:
        return None
    if re.fullmatch(rf"\s*(?:{ZH_TIME})\s*", asked["event"]) is not None:
        return None  # (4月之后: a time, no event; 4月 itself is no thing done)
    rest = folded.replace(asked["event"], " ").replace(asked["after"], " ")
    found = search(base, asked["event"], limit=1)
    if not found or found[0].score < UNKNOWN_MENTION:
        return None
    event = found[0].fact
    own_words = re.escape(asked["event"]) + r"(?:之后|以后|过后|后)"
    if re.search(own_words, fold_query(event.quote or "")) is not None:
        return event  # (党建联盟成立后，将定期…: the report's own words for what followed)
    places = _report_places(base)
    if event.id not in places or not event.quote:
        return None
    sentence, start = places[event.id]
    end = start + len(event.quote)
    if (
        answer.answered
        and answer.facts[0].id != event.id
        and places.get(answer.facts[0].id, (0, 0))[1] >= end
    ):
        return None  # (the answer found is told after the event already)
    after = sorted(
        (places[f.id], f)
        for f in base.facts
        if f.id in places
        and f.section == event.section
        and places[f.id][1] >= end
        and places[f.id][0] <= sentence + 1
    )
    if not after:
        return None
    # (the rest's own words, its asking words read out: 采取了什么措施 names 措施)
    words = _ASKING_WORDS.sub(" ", rest)
    named = {m.fact.id: m.score for m in search(base, words, limit=10)}
    said = [
        (named[f.id], -place[1], f) for place, f in after if named.get(f.id, 0.0) >= UNKNOWN_MENTION
    ]
    if said:
        return max(said, key=lambda sf: sf[:2])[2]
    if _CONTENT_WORDS.search(words) is not None:
        return None  # (how many workers returned: the rest names what is not told next)
    # (what happened next: the next thing told, not what the event meant, 标志着…; what
    # was done, a deed, no figure nor a standing: 停产以后开发区做了什么)
    told = [f for _, f in after if not _SIGNIFYING.match(f.quote or "")]
    if _WHAT_WAS_DONE_ASKED.search(rest) is not None:
        told = [f for f in told if not f.measure]
    return told[0] if told else None


def _report_places(base: FactBase) -> dict[str, tuple[int, int]]:
    """Each fact's place in the report: the number of its sentence, and where its quote
    starts (made once a base; none without the report)."""
    kept = base.memo.get("report_places")
    if isinstance(kept, dict):
        return kept
    from jzfacts.errors import DataError
    from jzfacts.report import read_report

    try:
        flat = read_report(base).replace("\r", "").replace("\n", "")
    except DataError:
        flat = ""
    places: dict[str, tuple[int, int]] = {}
    for fact in base.facts:
        start = flat.find(fact.quote) if fact.quote and flat else -1
        if start >= 0:
            places[fact.id] = (len(re.findall("[。！？]", flat[:start])), start)
    base.memo["report_places"] = places
    return places


# Words of a thing, once asking words, the zone and doing are read out (the rest of a
# question naming something of its own: workers, 利润).
_CONTENT_WORDS = re.compile(
    r"(?!(?:开发区|园区|全区|晋中|做|干|有|进展|变化|情况|怎样|能|到)(?![\u4e00-\u9fff]))"
    r"[\u4e00-\u9fff]{2,}|\b(?!(?:zone|jinzhong|happen|happened|do|did|done|then|next|they"
    r"|it|its|there|change|changed|go|went)\b)[a-z]{4,}\b"
)
_ASKING_WORDS = re.compile(
    # (还做了什么, 然后又干了啥: what else, what next; adverbs of the asking, no thing)
    r"了|什么|怎么|怎样|如何|哪些|哪个|哪|多少|啥|吗|呢|又|会|要|打算|还|再|另外|接着|然后|随后"
    r"|\b(?:what|how|which|did|do|does|was|were|is|are|the|else|also|then|next)\b"
)
_WHAT_WAS_DONE_ASKED = re.compile(
    r"做|干|采取|应对|怎么办|\b(?:do|did|does|done|respond|react|take|took)\b"
)


def _its_significance(base: FactBase, fact: Fact) -> Fact | None:
    """The statement the report makes of what the fact meant, later in the fact's own
    sentence (…成功下线，标志着晋中在…领跑全省), or None."""
    places = _report_places(base)
    if not fact.quote or _SIGNIFYING.match(fact.quote) or fact.id not in places:
        return None
    sentence, start = places[fact.id]
    end = start + len(fact.quote)
    for other in base.facts:
        place = places.get(other.id)
        if (
            other.kind == Kind.STATEMENT
            and _SIGNIFYING.match(other.quote or "")
            and place is not None
            and place[0] == sentence
            and place[1] >= end
        ):
            return other
    return None


# What a thing meant, asked: 标志着什么, 意味着什么, 有什么意义, what did it signify.
_SIGNIFICANCE_ASKED = LazyPattern(
    r"(?:标志着?|意味着?|预示着?|代表着?|说明了?|表明了?)(?:什么|啥|哪些)"
    r"|有(?:什么|何|啥)(?:意义|标志性意义)|意义(?:是什么|何在|在哪)"
    # (what does X mean asks what a word means, no significance)
    r"|\bwhat\b.{0,80}?\b(?:signif(?:y|ied|ies)|signal(?:s|led|ed)?|meant|mark(?:s|ed)?"
    r"|represent(?:s|ed)?|indicat(?:e|es|ed))\b|\bsignificance\b",
    hints=("标志", "意味", "预示", "代表", "说明", "表明", "意义", "what", "significance"),
)
# The English words asking what a thing meant, read out to find the thing.
_SIGNIFYING_WORDS_EN = re.compile(
    r"\b(?:what|did|does|do|was|is|signif(?:y|ied|ies)|signal(?:s|led|ed)?|mean(?:s|t)?"
    r"|mark(?:s|ed)?|represent(?:s|ed)?|indicat(?:e|es|ed)|significance|of)\b"
)
# A statement of what something meant, opening its sentence's clause (标志着, 意味着).
_SIGNIFYING = re.compile(r"(?:标志着|意味着|预示着|表明|说明)")


def _own_clause(before: str) -> str:
    """The text before a deed within its own clause."""
    return _CLAUSE_END.split(before)[-1]


def _giver_said(text: str) -> str:
    """The part of the text before a deed that may name who does it: not a phrase ending
    in 的 (企业的扶持资金: whose money; 企业向开发区申请的: what they applied for), nor what
    comes before the thing handed over (企业产业扶持资金拨付了: the firms' funds)."""
    text = text.rsplit("的", 1)[-1]
    handed = list(_THING_HANDED.finditer(text))
    return text[handed[-1].end() :] if handed else text


def _list_counted_otherwise(folded: str, fact: Fact) -> bool:
    """Does the question ask which things of a list, so many of them (哪三只, 八大…是哪些,
    which three, name the eight), where the fact's sentence lists another number?"""
    asked = _SO_MANY_LISTED.search(folded)
    listed = _listed_before_head(fact)
    if asked is None or listed is None:
        return False
    said = next(n for n in asked.groups() if n)
    count = vocab.EN_NUMBER_WORDS.get(said) or (
        int(said) if said.isdigit() else parse_chinese_numeral(said)
    )
    return count is not None and count > 1 and count != len(listed[0])


# Which so many things of a list are asked (哪三只, 三只基金是哪三只, 八大联盟是哪些; which
# three funds, name the eight alliances).
_SO_MANY_LISTED = LazyPattern(
    r"哪(?P<zh>[两二三四五六七八九十]|\d+)(?:只|个|家|项|大|类|种|笔|支)"
    r"|(?P<lead>[两二三四五六七八九十]|\d+)(?:只|个|家|项|大|类|种|笔|支)[^，,。？?]{1,10}?"
    r"(?:是|有|分别是|包括)哪(?:些|几)"
    r"|\b(?:which|what|name|list)(?: are| were)?(?: the)? (?P<en>two|three|four|five|six"
    r"|seven|eight|nine|ten|\d+)\b",
    hints=("哪", "which", "what", "name", "list"),
)


def _level_left_open(base: FactBase, folded: str, fact: Fact) -> bool:
    """Is the fact one level of a class the base counts at several (省级, 国家级 小巨人),
    and the question naming no level at all?"""
    level = LEVEL_SAID.search(fact.label.zh)
    if level is None or LEVEL_SAID.search(folded) or _A_LEVEL_HINTED.search(folded):
        return False
    return fact.label.zh.replace(level.group(), "") in _classes_at_levels(base)


def _classes_at_levels(base: FactBase) -> frozenset[str]:
    """The labels, their level taken out, that the base states at two levels or more
    (专精特新“小巨人”企业 of 省级 and 国家级); made once a base."""
    kept = base.memo.get("classes_at_levels")
    if isinstance(kept, frozenset):
        return kept
    counted: dict[str, int] = {}
    for fact in base.facts:
        level = LEVEL_SAID.search(fact.label.zh)
        if level is not None:
            rest = fact.label.zh.replace(level.group(), "")
            counted[rest] = counted.get(rest, 0) + 1
    classes = frozenset(rest for rest, n in counted.items() if n >= 2)
    base.memo["classes_at_levels"] = classes
    return classes


# A word that may say a level besides LEVEL_SAID's (省里认定的, 国家认定, the city's):
# the level said (not 市场, 城市, 节省, stated).
_A_LEVEL_HINTED = re.compile(
    r"国家|国际|(?<!节)省(?:里|上|委|政府|认定)|全省|(?<!城)市(?:里|委|政府|认定)|全市"
    r"|\b(?:national|provincial|province|municipal|state|city|country)(?:'s)?\b"
)


DeedFamily = Literal["pull", "award", "transfer"]


def _deed_family(deed: re.Match[str]) -> DeedFamily:
    """A pull on growth (拉动, 拉高, 带动), a prize won or given (获…奖, 颁给…奖), or a
    transfer (the rest)."""
    if deed.group().startswith(("拉", "带")):
        return "pull"
    clause = _CLAUSE_END.split(deed.string[deed.end() :], maxsplit=1)[0]
    return "award" if "奖" in clause else "transfer"


def _is_received(deed: re.Match[str]) -> bool:
    """Is the deed one received (收到, 承接; a prize won), its receiver said first?"""
    verb = deed.group()
    if _deed_family(deed) == "award":
        return _AWARD_RECEIVED.fullmatch(verb) is not None
    return _RECEIVED.fullmatch(verb) is not None


def _deed_sides(folded: str, deed: re.Match[str]) -> tuple[str, str]:
    """The question's text naming who does the deed, and who it is done to or for, within
    the deed's clause: A向B退税, A给B退税, A为B拨付 (B gets it); A把X下放给B; B被A拉动, B靠A
    拉动, B由A拉动; 拉动它的是Y (Y does it); B从A收到X (a deed received); otherwise what
    comes before the deed gives and what follows it gets."""
    before = _own_clause(folded[: deed.start()])
    after = _CLAUSE_END.split(folded[deed.end() :], maxsplit=1)[0]
    if _is_received(deed):
        # 开发区从企业那里拿到了扶持资金, 开发区收到企业拨付的资金: who receives before the
        # verb, who gives after 从 or after the verb (its 的 said too: whose it is).
        source = before.rfind("从")
        if source >= 0:
            return before[source + 1 :], before[:source]
        return after, before
    doer = after.split("的是", 1)
    if len(doer) == 2 and doer[0].strip():
        return doer[1], ""  # (拉动它的是吉利吗: 吉利 pulled it)
    if len(doer) == 2:
        return _giver_said(before), doer[1]  # (白象拉动的是食品行业吗: the industry pulled)
    given = _GIVEN_BY.match(after)
    if given is not None:
        return given["giver"], ""  # (1235项赋权是区里给的吗: 区里 is said to give them)
    received = list(_RECEIVED.finditer(before))
    if received:
        # 开发区收到企业退税, 省市承接了开发区的赋权: who receives before the verb, who gives
        # after it (its 的 said too: whose the deed is).
        return before[received[-1].end() :], before[: received[-1].start()]
    at = max(before.rfind(m) for m in _DEED_MARKERS if m != "从")
    if at >= 0 and before[at] in "靠由" and before[at + 1 : at + 3] in ("自己", "自身"):
        at = -1  # (白象靠自己拉动: by itself, the doer said before it)
    if (
        at < 0
        and after.startswith(("给", "俾", "畀"))
        and not _DEED_TAKES_GETTER.match(deed.group())
    ):
        return _giver_said(before), after  # (企业退税给开发区: 给 names who gets it)
    if at < 0:
        # (Only a deed taking who gets it as its object: 拉动食品行业, 下放开发区; not 退税
        # or 赋权, whose object is the tax or the power: 留抵退税方面开发区…)
        return _giver_said(before), after if _DEED_TAKES_GETTER.match(deed.group()) else ""
    head, marker, tail = before[:at], before[at], before[at + 1 :]
    if marker in "被靠由":  # (医药行业增长靠谁拉动, 由白象拉动: the doer after it)
        return _giver_said(tail), head
    if marker == "把":
        handed = _HANDED_TO.match(after)
        return _giver_said(head), after[handed.end() :] if handed else tail
    return _giver_said(head), tail


class _DeedAskedEn(NamedTuple):
    """A deed an English question asks about: its family (a pull, a prize or a transfer), the
    text naming who does it and who gets it, and whether who gave it is claimed (were the
    powers granted by the zone, did the zone delegate them)."""

    family: DeedFamily
    giver: str
    getter: str
    giver_claimed: bool


def _deed_asked_en(folded: str) -> _DeedAskedEn | None:
    """The deed an English question speaks of, its parties read by voice: the food
    industry lifted Baixiang, Baixiang was lifted by the food industry (who is lifted
    comes first); the province took over powers from the zone (who receives comes first,
    who gives after from); refunds were paid to the zone by firms."""
    deed = _deed_done_en(folded)
    if deed is None:
        return None
    before = _EN_CLAUSE_END.split(folded[: deed.start()])[-1]
    focus = ""
    opening = _EN_CLAUSE_OPENING.match(before)
    if opening is not None:
        # (is it true that Baixiang lifted…: its own clause; was it Baixiang that the food
        # industry lifted: the thing in focus is what the deed is done to)
        cleft = _EN_CLEFT_FOCUS.search(before[: opening.end()])
        focus = cleft["focus"] if cleft is not None else ""
        before = before[opening.end() :]
    after = _EN_CLAUSE_END.split(folded[deed.end() :], maxsplit=1)[0]
    parts = re.split(r"\b(by|from|to|into)\b", after)
    said: dict[str, str] = {"": parts[0]}
    for word, text in zip(parts[1::2], parts[2::2], strict=True):
        said[word] = said.get(word, "") + " " + text
    # (was Baixiang lifted: the auxiliary before the subject of a question; was it the
    # food industry that lifted Baixiang is said actively)
    passive = _EN_PARTICIPLE.fullmatch(deed.group()) is not None and (
        _EN_PASSIVE.search(before) is not None
        or (_EN_AUXILIARY_FIRST.match(before) is not None and not _EN_RELATIVE.search(before))
    )
    received = deed["get"] is not None
    family: DeedFamily = "pull" if deed["pull"] is not None else "transfer"
    if family == "transfer" and _EN_PRIZE.search(folded) is not None:
        family = "award"  # (did the council win a second prize: a prize won, not a transfer)
    if received:
        getter = said.get("by", "") if passive else before
        return _DeedAskedEn(family, said.get("from", ""), getter, False)
    if passive:
        getter = before + " " + said.get("to", "") + said.get("into", "")
        return _DeedAskedEn(family, said.get("by", ""), getter, "by" in said)
    relative = _EN_RELATIVE.search(before)
    if relative is not None:
        before = before[: relative.start()]  # (was it the food industry that lifted it)
    # (did the zone delegate 1,235 powers: the giver claimed, as by the zone would be)
    giver_claimed = family == "transfer"
    getter = f"{said['']} {said.get('to', '')} {focus}"
    return _DeedAskedEn(family, before, getter, giver_claimed)


# A deed said in English: a pull on growth, a transfer given, or one received.
_EN_DEEDS = LazyPattern(
    r"\b(?:(?P<pull>lift(?:s|ed|ing)?|dr(?:ive|ives|ove|iven|iving)|boost(?:s|ed|ing)?"
    r"|pull(?:s|ed|ing)?|push(?:es|ed|ing)? up|propell?(?:s|ed|ing)?)"
    r"|(?P<give>refund(?:s|ed|ing)?|delegat(?:e|es|ed|ing)|devolv(?:e|es|ed|ing)"
    r"|grant(?:s|ed|ing)?|hand(?:s|ed|ing)?(?: over| down)?|g(?:ive|ives|ave|iven|iving)"
    r"|pa(?:y|ys|id|ying)|disburs(?:e|es|ed|ing)|transfer(?:s|red|ring)?"
    r"|decentrali[sz](?:e|es|ed|ing)|award(?:s|ed|ing)?|present(?:s|ed|ing)?)"
    # (took on 1,235 delegated powers: received them; delegated there only names them)
    r"|(?P<get>w(?:in|ins|on|inning)|receiv(?:e|es|ed|ing)|t(?:ake|akes|ook|aken|aking) (?:over|on)"
    r"|obtain(?:s|ed|ing)?|assum(?:e|es|ed|ing)"
    r"|accept(?:s|ed|ing)?|g(?:et|ets|ot|otten|etting)(?!\s+\w+(?:ed|en)\b)))\b",
    hints=(
        "lift",
        "dr",
        "boost",
        "pull",
        "push",
        "propel",
        "refund",
        "delegat",
        "devolv",
        "grant",
        "hand",
        "giv",
        "gave",
        "given",
        "pa",
        "disburs",
        "transfer",
        "decentrali",
        "receiv",
        "tak",
        "took",
        "obtain",
        "assum",
        "accept",
        "get",
        "got",
        "award",
        "present",
        "win",
        "won",
    ),
)
_EN_PRIZE = LazyPattern(
    r"\b(?:prizes?|awards?|medals?|gold|silver|bronze|honou?rs?)\b",
    hints=("prize", "award", "medal", "gold", "silver", "bronze", "hono"),
)
# A passive: an auxiliary just before the deed (was lifted, were quickly paid), or
# opening a question (was Baixiang lifted, have powers been taken over).
_EN_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being|got|gets|get)(?: \w+ly)?\s*$")
_EN_AUXILIARY_FIRST = re.compile(
    r"\s*(?:so |and |but )?(?:was|were|is|are|(?:has|have|had)\b.*\bbeen)\b"
)
# What opens a clause of its own before the deed (is it true that, whether, if).
# (is it true the zone refunded…: that left out after true, sure, right, correct)
_EN_CLAUSE_OPENING = re.compile(
    r".*\b(?:that|whether|if)\s+(?=\S)"
    r"|^\s*(?:is|was)\s+it\s+(?:true|right|correct|so|the case)\s+(?!that\b)(?=\S)"
)
_EN_CLEFT_FOCUS = re.compile(r"\bit\s+(?:was\s+|is\s+)?(?P<focus>.+?)\s+that\s*$")
_EN_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[，。；;？?！!]")  # (not 1,235's comma)
_EN_RELATIVE = re.compile(r"\b(?:that|which|who)\s*$")
_EN_PARTICIPLE = re.compile(r"\w+(?:ed|en)(?: over| down| up)?|paid|got(?:ten)?")


def _parties(base: FactBase, text: str) -> frozenset[str]:
    """The parties a piece of (folded) text names: the base's firms, each by all its names
    (_firms_named), and the zone, its firms, the province, the city, the centre and
    industries in words (not inside a firm's name: 白象食品 is no food industry; nor the
    zone as a place, in the zone, the zone's)."""
    text = _ZONE_AS_A_PLACE_EN.sub(" ", text)
    found = set(_firms_named(base, text))
    for name in sorted(found, key=len, reverse=True):
        text = text.replace(name, " ")
    for body, names in _bodies(base):
        # (中国纺织工业联合会: the council, a party of its own, not an industry)
        said = [n for n in names if n in text]
        if said:
            found.add(body)
            for name in said:
                text = text.replace(name, " ")
    for party, pattern in _PARTY_WORDS:
        if pattern.search(text) is not None:
            found.add(party)
            text = pattern.sub(" ", text)
    return frozenset(found)


def _bodies(base: FactBase) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The bodies the base names that are none of the zone, the province or the city (the
    textile council, the industrial internet centre), each with its names folded, longest
    first; made once a base."""
    table = base.memo.get("bodies")
    if isinstance(table, tuple):
        return table
    own = [p for party, p in _PARTY_WORDS if party in ("zone", "province", "city")]
    bodies = tuple(
        (
            entity.zh,
            tuple(
                sorted(
                    {fold_query(n) for n in (entity.zh, entity.en, *entity.aliases)},
                    key=len,
                    reverse=True,
                )
            ),
        )
        for entity in base.entities
        if entity.kind == "body" and not any(p.search(fold_query(entity.zh)) for p in own)
    )
    base.memo["bodies"] = bodies
    return bodies


def _deed_done(folded: str) -> re.Match[str] | None:
    """The deed a Chinese question says is done: the last of its first clause's deeds, an
    earlier one naming the thing handed (1235项赋权是开发区下放给省市的吗: 下放), unless one
    receives it (承接国家赋权: 承接)."""
    first = _DEEDS.search(folded)
    if first is None:
        return None
    clause = _CLAUSE_END.search(folded, first.end())
    end = clause.start() if clause is not None else len(folded)
    deeds = [d for d in _DEEDS.finditer(folded[:end]) if d.start() >= first.start()]
    received = next((d for d in deeds if _is_received(d)), None)
    # (承接国家赋权: received, 赋权 the thing received)
    return received or deeds[-1]


def _deed_done_en(folded: str) -> re.Match[str] | None:
    """The deed an English question says is done: the first deed word not used as a noun
    (of refunds, tax refunds, the refund: the thing handed)."""
    for deed in _EN_DEEDS.finditer(folded):
        if _EN_NOUN_BEFORE.search(folded[: deed.start()]) is None:
            return deed
    return None


_EN_NOUN_BEFORE = re.compile(
    r"\b(?:of|the|a|an|tax|vat|credit|in|its|their|yuan|billion|million|these|those)\s+$"
)


def _deed_denied(folded: str) -> bool:
    """Is the deed denied in its own clause, before its verb (企业没有给开发区退税吧,
    不是企业给开发区退税，对吗, the food industry didn't lift Baixiang)? Not by a tag after
    it (…，没错吧, …, didn't they?), a question asked both ways (有没有, or not), a negative
    question opening an English claim (wasn't Baixiang lifted…), or 难道 (难道不是…吗:
    a claim that it was)."""
    deed = _deed_done(folded)
    if deed is None:
        deed = _deed_done_en(folded)
        if deed is None:
            return False
        before = _EN_CLAUSE_END.split(folded[: deed.start()])[-1]
        return _DENIED_EN.search(before) is not None and _NEGATIVE_OPENING.match(before) is None
    before = _ASKED_BOTH_WAYS.sub("", _own_clause(folded[: deed.start()]))
    if "难道" in before:
        return False
    return any(not _asked_either_way(before, said) for said in _DENIED_ZH.finditer(before))


# A thing done, denied before its verb (还没交付, 没有拉动, 并未完成; didn't lift, hasn't
# been delivered), asked as a claim (…吧, a tag: 对吗, right?).
_DONE_DENIED_ZH = LazyPattern(
    r"(?:还|并|都|也)?(?:没有|没|未曾|并未|尚未|还未|从未|未(?![来必知免])|冇)(?=[\u4e00-\u9fff])",
    hints=("没", "未", "冇"),
)
# A tag question after a statement (…, did it? …, wasn't it? …, right?).
# (…, right? / okay? asks whether the claim is right, as …, correct? does: answered by
# whether the denial holds, not by what is so)
_EN_TAG_QUESTION = re.compile(
    r"(?:[,;—–]\s*|\s-\s*|\s+)(?:did|was|were|is|are|has|have|does|do|had)(?:n't)?\s+"
    r"(?:it|they|there|he|she|we)(?:\s+not)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# …, right? / correct? / ok?: whether the claim as put is right.
_EN_TAGGED_AS_PUT = re.compile(
    r"[,;]\s*(?:right|correct|ok|okay|true|yeah)\s*[?.!]*\s*$", re.IGNORECASE
)
_IS_IT_TRUE = re.compile(r"\s*(?:is|was)\s+it\s+(?:true|correct|right|the case)\b")
_DONE_DENIED_EN = LazyPattern(
    r"\b(?:didn't|did not|hasn't|has not|haven't|have not|wasn't|was not|weren't|were not"
    r"|never)\s+(?:been\s+|yet\s+)?",
    hints=("n't", " not", "never"),
)


def _what_is_denied(text: str, question: Question) -> str | None:
    """The question a claim denying a deed makes when said without its denial (甲醇重卡
    交付吧 of 甲醇重卡还没交付吧; Baixiang lift the food industry of Baixiang didn't lift
    it), or None: not for a figure claimed (GDP没有超过150亿: the figure's own reading), a
    question asked both ways (有没有), a tag (…，没错吧), a negative opening (wasn't it…)
    or 难道. (In English, a figure held too: GDP wasn't over 15 billion, was it.)"""
    held = question.threshold is not None
    if (held and not question.english) or not (question.yes_no or held):
        return None
    folded = fold_query(text)
    if "难道" in folded or _ASKED_BOTH_WAYS.search(folded) is not None:
        return None
    main = _CLAUSE_END.split(folded, maxsplit=1)[0]  # (not a tag: …，没错吧)
    if re.search(r"(?:没有|没|冇|未)[吗呢吧啊？?。！!\s]*$", main) is not None:
        return None  # (签合作协议了没有: asked both ways, the denial ending it)
    if re.search(r"[吗么嘛][？?。！!\s]*$", main) is not None or "有没" in main:
        # (GDP没有增长吗: a negative question, which way 是 answers is unclear; 里有没完成
        # 的吗 asks both ways)
        return None
    if has_cjk(main):
        said = list(_DONE_DENIED_ZH.finditer(main))
        if len(said) != 1:
            return None
        undenied = main[: said[0].start()] + main[said[0].end() :]
        return re.sub(r"[吗吧呢啊？?。！!\s]*$", "", undenied) + "吧"
    if _NEGATIVE_OPENING.match(folded) is not None or _IS_IT_TRUE.match(folded) is not None:
        return None  # (is it true that Geely did not …: the denial itself asked, left open)
    said = list(_DONE_DENIED_EN.finditer(main))
    if len(said) != 1:
        return None
    # (wasn't first: was first, the copula kept; didn't lift: lift)
    copula = re.match(r"(?:was|were)(?=n't|\s+not)", said[0].group())
    kept = f"{copula.group()} " if copula else ""
    return f"{main[: said[0].start()]}{kept}{main[said[0].end() :]}, right?"


# A deed denied: 没有, 不是 … in Chinese; didn't, wasn't, never in English.
_DENIED_ZH = re.compile(r"没有|没|并未|未曾|从未|不是|并非|冇|沒|唔係")
_DENIED_EN = re.compile(
    r"\b(?:didn't|did not|wasn't|was not|weren't|were not|never|isn't|aren't|doesn't"
    r"|don't|hasn't|haven't|not)\b"
)
# A yes-or-no asked both ways (是不是, 有没有): no denial.
_ASKED_BOTH_WAYS = re.compile(r"是不是|有没有|有冇|係唔係|係咪|是否|对不对|是唔是")
# A negative auxiliary opening a question (wasn't Baixiang lifted…?): asked, not denied.
_NEGATIVE_OPENING = re.compile(r"\s*[a-z]+n't\b")
# What is pulled, or a share in it said: a firm's share in another's growth, not its own
# growth (带来, 来自, account for; 行业, industry, 全区, of … growth). The words of a pull
# itself (拉动, 贡献, drive) are _PULL_SAID's.
_PULL_OR_PULLED = re.compile(
    r"带来|来自|支撑|让|使|行业|产业|全区|工业增加值|增加值|板块"
    r"|\b(?:sector|industr|zone|value added|value-added|share|from|account|make|made|makes"
    r"|add)\w*|\b(?:of|to|in)\b[^?]{0,40}\bgrowth\b"
)
# A firm's own value added (吉利的工业增加值, Geely's value added): no whole it pulls.
_OWN_VALUE_ADDED = r"\s*(?:的|'s|’s)\s*(?:工业|industrial\s+)?(?:增加值|value[- ]added)"
_WHICH_ASKED = re.compile(r"哪|谁|\b(?:which|who|whom)\b")
_RECEIVING_VERBS = r"收到|收取|收了|收咗|获得|得到|拿到|领到|接受|接收|承接|取得|接过"
# A prize won, or given (a deed of its own family: who wins comes first, the giver after).
_AWARD_RECEIVING = r"荣获|获得|获|摘得|夺得|赢得|斩获|拿下|拿到|拿了|取得|得了"
_AWARD_GIVING = r"颁发给|颁发|颁给|颁了|授予"
# A deed done by one party to or for another: a transfer or a pull on growth.
_DEEDS = LazyPattern(
    r"退税|退(?:了|还|回|给)(?=[^，,。；;？?！!]*税)|赋权|赋予|下放|上交|上缴|交给|缴纳|拨付|拨给"
    # (给开发区交了1.11亿元的扶持资金: paid in money, not 交付 or 交流)
    r"|交(?:了|过)?(?![付流通易换叉])(?=[^，,。；;？?！!]*(?:资金|基金|税|款|钱))"
    # (企業俾咗開發區7.06億扶持資金: Cantonese gave, the thing handed said after it)
    r"|(?:俾|畀|给)(?:咗|了|过)?(?=[^，,。；;？?！!]*(?:资金|基金|税|款|钱|权))"
    # (开发区从企业那里拿到了扶持资金: received, the thing handed said after it)
    rf"|(?:{_RECEIVING_VERBS})(?=[^，,。；;？?！!]*(?:资金|基金|税|款|钱|权))"
    r"|拉动|拉高|拉升|带动"
    # (中国纺织工业联合会获得了二等奖吗: a prize won, the prize said after it; 颁给: given)
    rf"|(?:{_AWARD_RECEIVING}|{_AWARD_GIVING})(?=[^，,。；;？?！!]*奖)",
    hints=(
        "奖",
        "退",
        "赋",
        "下放",
        "上交",
        "上缴",
        "交",
        "缴纳",
        "拨",
        "拉",
        "带动",
        "收",
        "获得",
        "得到",
        "拿到",
        "领到",
        "接受",
        "接收",
        "承接",
        "取得",
        "接过",
        "俾",
        "畀",
        "给",
    ),
)
_HANDED_TO = re.compile(r"(?:给|到|至)了?")
# What marks who does a deed to whom, before it (A向B, A给B, B被A, B靠A, B由A, A把X, B从A).
_DEED_MARKERS = "向给为帮替对把被靠由从俾畀"
_DEED_TAKES_GETTER = re.compile(r"拉|带动|下放|上交|上缴|交给|拨|退给|俾|畀|给")
# Receiving a transfer (收到, 承接): who receives is said before the verb.
_RECEIVED = re.compile(_RECEIVING_VERBS)
_AWARD_RECEIVED = LazyPattern(_AWARD_RECEIVING)
# …是区里给的, 是省里下放的: who gave it, said after the deed.
_GIVEN_BY = re.compile(
    r"\s*是(?P<giver>[^，,。？?的]{1,8}?)(?:自己)?(?:给|下放|赋予|授予|拨付|拨)的"
)
# (not a thousands separator: 100,000)
_CLAUSE_END = re.compile(r"[，。；;？?！!]|,(?!\d{3}\b)")
# Parties in words, the firms before the zone (园区企业: firms, not the zone).
# (In English an industry is said with its word, industry or sector: Baixiang Food is a
# firm.)
_PARTY_WORDS = (
    (
        "firms",
        re.compile(
            r"(?:园区|区内|全区|开发区)?(?:企业|公司|厂家|厂商)"
            r"|\b(?:(?:the )?(?:zone|park)(?:'s)? )?(?:firms?|compan(?:y|ies)|enterprises?"
            r"|businesses|manufacturers|makers|producers|factories|plants|smes)"
            r"(?: (?:in|of|within|across) the (?:development )?(?:zone|park))?\b"
        ),
    ),
    (
        "zone",
        re.compile(
            r"开发区|园区|全区|本区|区里|管委会|综改区"
            r"|\b(?:zone|(?:industrial )?park|(?:management|administrative) committee)\b"
        ),
    ),
    ("province", re.compile(r"省(?!级)|\b(?:province|provincial|shanxi)\b")),
    ("city", re.compile(r"市(?![场级])|\b(?:city|municipal|municipality)\b")),
    (
        "centre",
        re.compile(
            r"中央|国务院|国家(?!级)"
            r"|\b(?:central government|centre|center|state council|the state|beijing)\b"
        ),
    ),
    ("food", re.compile(r"食品|\bfood (?:industry|industries|sector)\b")),
    (
        "pharma",
        re.compile(
            r"医药|\b(?:pharma(?:ceutical)?s?|medicine|medical|drugs?) (?:industry|industries"
            r"|sector)\b"
        ),
    ),
    ("industry", re.compile(r"工业|\bindustr(?:y|ies|ial)\b")),
)
_PULLED_PARTIES = frozenset({"food", "pharma", "industry"})
# A government named in a sentence: the province, the city, the state (as parties).
_GOVERNMENT_NAMED = re.compile(
    "|".join(p.pattern for party, p in _PARTY_WORDS if party in ("province", "city", "centre"))
)
# The parties named by a kind of party (firms, the zone, the province …), not by a name.
_PARTY_KINDS = frozenset(party for party, _ in _PARTY_WORDS)
_ZONE_AS_A_PLACE_EN = re.compile(
    r"\b(?:in|within|across|inside) the (?:development )?(?:zone|park)\b|\bthe zone's\b"
)
# What is handed over in a transfer (资金, 税, 权): no one named before it gives it.
_THING_HANDED = re.compile(r"资金|基金|税|权")


def _relation_turned(folded: str, fact: Fact) -> bool:
    """Does the question say the fact's relation from its other side (GDP增速比战新产业低,
    GDP growth lower than the emerging industries', of 战新产业增速高于GDP增速)?"""
    return _sides_swapped(folded, fact) and _way_asked(folded) == "down"


def _way_asked(folded: str) -> str:
    """Which way the question's relation goes: "down" (低于, 比…低, lower than), or "up"."""
    for short, written in vocab.ZH_SHORT_FORMS.items():
        folded = folded.replace(short, written[0])
    asked = _relation_asked(folded)
    if asked is None:
        return "up"
    word = asked.group()
    if word == "比":
        # 比…低60.7: the comparative before the figure or the question's end (not 快 of
        # 快速增长的战新产业, a word of the other side).
        way = _WAY_AFTER_BI.search(folded, asked.end())
    elif word == "than":
        way = _WAY_BEFORE_THAN.search(folded[: asked.start()])  # lower than
    else:
        return "down" if word in _RELATIONS_DOWN else "up"
    return "down" if way is not None and way["down"] else "up"


def _relation_asked(folded: str) -> re.Match[str] | None:
    """The question's relation word, 同比 and 占比 aside (no other thing compared)."""
    return next(
        (
            m
            for m in _RELATION_ASKED.finditer(folded)
            if not (
                m.group() == "比"
                and folded[m.start() - 1 : m.start()] in ("同", "占", "环", "对", "相")
            )
        ),
        None,
    )


_RELATIONS_DOWN = frozenset(("低于", "慢于", "少于", "below"))
_WAY_AFTER_BI = re.compile(
    r"(?:(?P<down>[低慢少小])|[高快多大])(?=[了得出]?\s*(?:[\d一二两三四五六七八九十几多]|吗|么|呢|[？?]|$))"
)
_WAY_BEFORE_THAN = re.compile(
    r"(?:(?P<down>\b(?:lower|slower|less|fewer|smaller|behind))|\b(?:higher|faster|more|larger"
    r"|bigger|greater))\s*$"
)


def _sides_swapped(folded: str, fact: Fact) -> bool:
    """Does the question say the fact's second thing before its relation, its first after?"""
    stated = _STATED_RELATION.search(fact.label.zh)
    for short, written in vocab.ZH_SHORT_FORMS.items():
        folded = folded.replace(short, written[0])  # 战新 of 战略性新兴
    asked = _relation_asked(folded)
    if stated is None or asked is None:
        return False
    first, second = (
        fold_query(side).removesuffix("增速").removesuffix("增长")
        for side in (fact.label.zh[: stated.start()], fact.label.zh[stated.end() :])
    )
    before, after = folded[: asked.start()], folded[asked.end() :]
    if has_cjk(folded):
        # (GDP高于去年: GDP against another year, not the industries; 战新, 新兴产业: the
        # industries by a part of their name)
        return (
            bool(first and second)
            and second in before
            and second not in after
            and any(first[i : i + 2] in after for i in range(len(first) - 1))
        )
    # In English, the fact's first thing by its distinctive words (strategic, emerging).
    stated_en = _STATED_RELATION.search(fact.label.en.casefold())
    if stated_en is None:
        return False
    first_en = set(re.findall(r"[a-z]{5,}", fact.label.en.casefold()[: stated_en.start()]))
    second_en = set(re.findall(r"[a-z]{3,}", fact.label.en.casefold()[stated_en.end() :]))
    asked_words = set(re.findall(r"[a-z]+", after))
    return bool(second_en & set(re.findall(r"[a-z]+", before))) and bool(
        first_en - {"growth", "industries"} & asked_words
    )


def _gap_held(answer: Answer, gap: Threshold) -> Answer:
    """The fact's stated gap held to the gap claimed: 是 or 否 (none of an inferred gap, or
    of a gap claimed in another unit)."""
    fact = answer.facts[0]
    verdict = None if fact.is_derived else _held_to(fact, gap)
    return answer._replace(verdict=verdict, threshold=gap.text, claim=True)


@functools.cache
def _vehicle_kinds() -> tuple[re.Pattern[str], ...]:
    """The kinds of vehicle a claim may name (_VEHICLES), each with its English words as
    whole words (bus, not business); not cars, a maker's 整车."""
    return tuple(
        re.compile(
            "|".join(
                [
                    *kind,
                    *(rf"\b{en}\b" for en, zh in _EN_LEVELS.items() if zh in kind and en != "cars"),
                ]
            )
        )
        for kind in _VEHICLES
    )


def _another_kind_named(folded: str, fact: Fact) -> bool:
    """Does the question name a kind of vehicle (a truck) and the fact's name only another
    (a sedan)?"""
    named = f"{fact.label.zh} {fact.label.en}".casefold()
    asked = {i for i, kind in enumerate(_vehicle_kinds()) if kind.search(folded)}
    stated = {i for i, kind in enumerate(_vehicle_kinds()) if kind.search(named)}
    return bool(asked) and bool(stated) and not asked & stated


def _of_no_kind(fact: Fact) -> bool:
    """Does the fact count vehicles of no kind it names (Geely's 整车)?"""
    if fact.unit_info is None or fact.unit_info.dimension != VEHICLES:
        return False
    said = " ".join((fact.label.zh, fact.label.en, *fact.aliases, fact.quote or "")).casefold()
    named = " ".join((fact.label.zh, fact.label.en, *fact.aliases)).casefold()
    return not any(kind.search(said) for kind in _vehicle_kinds()) and not _POWERTRAIN.search(named)


def _another_kind_counted(folded: str, fact: Fact) -> bool:
    """Does the question count a kind of vehicle the fact never names (重卡 of Geely's
    整车; a sedan, a kind of car the report counts nowhere)?"""
    if fact.unit_info is None or fact.unit_info.dimension != VEHICLES:
        return False
    said = " ".join((fact.label.zh, fact.label.en, *fact.aliases, fact.quote or "")).casefold()
    if any(kind.search(folded) and not kind.search(said) for kind in _vehicle_kinds()):
        return True
    # (新能源汽车: a powertrain the fact's own names never give its vehicles, though its
    # sentence speaks of the market for them)
    named = " ".join((fact.label.zh, fact.label.en, *fact.aliases)).casefold()
    return _POWERTRAIN_COUNTED.search(folded) is not None and _POWERTRAIN.search(named) is None


# A powertrain a claim may give vehicles (new energy, electric); and one given to the
# vehicles counted (11.15万辆新能源汽车, how many NEVs), not to a market spoken of
# (抓住了新能源车需求爆发的机会，造了多少辆整车).
_POWERTRAIN = re.compile(
    r"新能源(?:汽)?车|电动(?:汽)?车|混动(?:汽)?车|混合动力(?:汽)?车|\bnevs?\b"
    r"|new[- ]energy (?:vehicles?|cars?)|(?:electric|hybrid) (?:vehicles?|cars?)|\bevs?\b"
)
_POWERTRAIN_COUNTED = re.compile(
    r"(?:辆|台|部|多少|几)的?纯?(?:新能源(?:汽)?车|电动(?:汽)?车|混动(?:汽)?车|混合动力(?:汽)?车)"
    r"|(?:\d|\bmany)\s+(?:nevs?|new[- ]energy (?:vehicles?|cars?)"
    r"|(?:electric|hybrid) (?:vehicles?|cars?)|evs?)\b"
)


# What a vehicle runs on, each fuel or powertrain by its words (纯电 is battery-electric,
# never 醇电, methanol-electric, which is methanol, electric and, with 混动, a hybrid).
_FUELS = (
    ("methanol", LazyPattern(r"甲醇|醇电|醇氢|\bmethanol")),
    ("natural-gas", LazyPattern(r"天然气|液化气|燃气|\b(?:natural gas|lng|cng|gas-powered)\b")),
    ("hydrogen", LazyPattern(r"氢能|氢燃料|燃料电池|氢气|\b(?:hydrogen|fuel[- ]cell)")),
    (
        "battery-electric",
        LazyPattern(
            r"纯电|\b(?:battery[- ]electric|pure(?:ly)?[- ]electric|all[- ]electric|bevs?)\b"
        ),
    ),
    ("diesel", LazyPattern(r"柴油|\bdiesel")),
    ("petrol", LazyPattern(r"汽油|\b(?:petrol|gasoline)\b")),
    ("ethanol", LazyPattern(r"乙醇|\bethanol")),
    # (醇电混动: methanol and electric, a hybrid; 电动 alone or electric says no more)
    ("hybrid", LazyPattern(r"混动|混合动力|\bhybrid")),
    ("electric", LazyPattern(r"电动|醇电|油电|\belectric\b")),
    ("other-alcohols", LazyPattern(r"丙醇|丁醇|\b(?:propanol|butanol)")),
    ("methane", LazyPattern(r"甲烷|\bmethane")),
)


# A fuel said of the thing, not naming it (烧的是天然气, 是纯电的, a hydrogen car, runs on).
_FUEL_CLAIMED = LazyPattern(
    r"(?:是|烧|用|靠|属于|(?<![因作成以])为)[^，,。？?]{0,3}$"
    r"|\b(?:an?|run(?:s|ning)? on|ran on|powered by|fuell?ed by|uses?|used)\s+$"
)


# A vehicle said (车, 重卡, truck, car, sedan): where a fuel said is one given to it.
_VEHICLE_WORDS = LazyPattern(
    r"车|卡|\b(?:trucks?|cars?|vehicles?|sedans?|lorr(?:y|ies)|buses)\b",
    hints=("车", "卡", "truck", "car", "vehicle", "sedan", "lorr", "bus"),
)


def _fuels_in(text: str) -> set[str]:
    """The fuels the text names (甲醇, natural gas, 纯电 …), by _FUELS' names."""
    return {fuel for fuel, words in _FUELS if words.search(text)}


def _fuel_said_of_the_thing(folded: str, fuels: set[str]) -> bool:
    """Is one of the fuels said of the thing (烧的是天然气, a hydrogen car), not naming it
    (乙醇汽车产值, ethanol vehicle output)?"""
    for fuel, words in _FUELS:
        said = words.search(folded) if fuel in fuels else None
        if said is not None and _FUEL_CLAIMED.search(folded[: said.start()]) is not None:
            return True
    return False


def _fuels_stated(fact: Fact) -> set[str]:
    """The fuels a fact's sentence or labels name (the sedan's: methanol, electric, hybrid)."""
    return _fuels_in(fold_query(" ".join((fact.quote or "", fact.label.zh, fact.label.en))))


def _fuels_told(base: FactBase) -> frozenset[str]:
    """The fuels the base's facts name (methanol), found once a base."""
    kept = base.memo.get("fuels")
    if isinstance(kept, frozenset):
        return kept
    told = frozenset(fuel for fact in base.facts for fuel in _fuels_stated(fact))
    base.memo["fuels"] = told
    return told


def _another_fuel_claimed(base: FactBase, text: str, question: Question) -> Answer | None:
    """A fuel or powertrain given the vehicle of a one-vehicle question, weighed against
    what the report says: vehicles of a fuel it never names (乙醇汽车产值) declined as
    no match; where the fact found without the fuel's words states another, a question
    of how many (电动重卡交付了多少台) declined, a claim with the fuel naming the vehicles
    (500台电动重卡交付了吗) given the fact with no yes, and one saying it of the vehicle
    (首台重卡烧的是天然气吗) 否 with the fact; None otherwise."""
    folded = fold_query(text)
    # (a fuel in a clause of its own, 因为柴油贵, is no fuel given a vehicle; several
    # vehicles said, each clause a claim of its own, are weighed clause by clause)
    vehicles = [c for c in _CLAUSE_END.split(folded) if _VEHICLE_WORDS.search(c) is not None]
    if len(vehicles) != 1:
        return None
    claimed = _fuels_in(vehicles[0])
    if not claimed:
        return None
    plain = folded
    for _, words in _FUELS:
        plain = words.sub(" ", plain)
    told = _fuels_told(base)
    if not claimed <= told and not _fuel_said_of_the_thing(folded, claimed - told):
        # 乙醇汽车产值, ethanol vehicle output: vehicles of a fuel the report never names
        # (its are methanol), none of its facts, whatever the rest finds.
        return _declined(base, question, text, [], "no-match")
    found = _one_question(base, plain, _read(base, plain))
    if not found.answered or found.kind != "fact":
        return None
    fact = found.facts[0]
    stated = _fuels_stated(fact)
    if not stated or claimed <= stated:
        return None
    if not (question.yes_no or question.threshold is not None):
        # 电动重卡交付了多少台: trucks of a powertrain the report never gives them (its are
        # methanol): nothing it says, never the methanol ones.
        return _declined(base, question, text, [], "no-match")
    if not _fuel_said_of_the_thing(folded, claimed - stated):
        # Were 500 electric trucks delivered: the trucks the report tells are methanol;
        # what it says, with no yes (of electric ones it says nothing).
        return found._replace(
            question=text, verdict=None, claim=True, settled=False, threshold=None
        )
    return found._replace(question=text, verdict="no", claim=True)


def _one_question(base: FactBase, text: str, question: Question) -> Answer:
    """One question answered, its premise weighed: a level, firm or figure claimed
    otherwise (否), one stated (是), or one the fact does not bear out (no verdict)."""
    if question.wants_number and _EITHER_RECOGNISED.search(fold_query(text)) is not None:
        # 有多少户企业被认定或获批: recognised as what, or approved as what? Several
        # counts fit (the high-tech firms, the little giants, the SMEs approved).
        subject = _subject_scores(base, question, text)
        return _declined(base, question, text, subject, "ambiguous")
    undenied = _what_is_denied(text, question)
    if undenied is not None:
        # 白象没有拉动食品行业吧, 开发区没有成立党建联盟吧, Baixiang didn't lift the food
        # industry, did it: what the report says was done, denied: 否, with the fact that
        # says it.
        affirmed = _one_question(base, undenied, _read(base, undenied))
        if (
            affirmed.answered
            and affirmed.kind == "fact"
            # (将定期组织召开理事会会议: what is planned, not yet done, denies no denial)
            and _PLANNED_STATED.search(fold_query(affirmed.facts[0].quote or "")) is None
        ):
            if question.english and _EN_TAG_QUESTION.search(text) is not None:
                # GDP wasn't 14.3 billion yuan, was it: English answers by what is so, not
                # by agreeing with the denial (Yes, it was; No, it wasn't), as wasn't GDP …
                # is answered; where what is so is not told, neither is the denial. (…, is
                # that true? asks the denial's truth: answered below.)
                return affirmed._replace(question=text, claim=True, by_what_is_so=True)
            if affirmed.verdict == "yes":
                return affirmed._replace(question=text, verdict="no", claim=True)
            if affirmed.verdict == "no" and _EN_TAGGED_AS_PUT.search(text) is not None:
                # GDP wasn't 15 billion yuan, right?: the denial as put holds (Yes); a
                # Chinese denial keeps its own reading, below.
                return affirmed._replace(question=text, verdict="yes", claim=True)
    if any(heard_as_the_zone(t) for t in question.terms):
        # 金中开发区, 近中的GDP: the zone's name misheard, filler as the name is (search
        # reads it so too).
        question = question._replace(
            terms=[t for t in question.terms if not heard_as_the_zone(t)],
            subject=[t for t in question.subject if not heard_as_the_zone(t)],
        )
    answer = _ask(base, text, question)
    followed = _what_followed(base, text, answer) if not question.yes_no else None
    if followed is not None:
        # 500台甲醇重卡交付以后做了什么, what did the zone do after the April shutdown:
        # what the report tells next, not the event again.
        return _answer(base, question, text, "fact", (followed,))
    meaning = _SIGNIFICANCE_ASKED.search(fold_query(text)) if not question.yes_no else None
    if meaning is not None:
        # 首台醇电混动轿车和甲醇重卡下线，标志着什么: what the report says the thing
        # meant, said in its sentence (标志着…领跑全省), not the thing itself again; the
        # thing found without the words asking it, where they find nothing (意味着).
        thing = answer
        plain = _SIGNIFYING_WORDS_EN.sub(" ", fold_query(text).replace(meaning.group(), " "))
        if meaning.group().isascii():
            plain = _SIGNIFYING_WORDS_EN.sub(" ", fold_query(text))
        plain = plain.strip(" ?？")
        if plain:
            # (what did the methanol sedan signal: the sedan, found without signal)
            found = _one_question(base, plain, read(base, plain))
            thing = found if found.answered or not answer.answered else answer
        # (the first methanol vehicles: the sedan or the truck, of one sentence and one
        # meaning)
        things = (
            thing.facts
            if thing.answered and thing.kind in ("fact", "list")
            else tuple(m.fact for m in thing.related)
            if thing.reason == "ambiguous"
            else ()
        )
        meanings = {_its_significance(base, f) for f in things}
        meant = meanings.pop() if len(meanings) == 1 else None
        if meant is not None:
            return _answer(base, question, text, "fact", (meant,))
    if (
        answer.answered
        and answer.kind == "max"
        and question.measure is None
        and not question.dimensions
        and not question.items
        and _SUPERLATIVE_OF_NO_MEASURE.search(fold_query(text)) is not None
    ):
        # Is the zone the best in Shanxi, the most innovative company: best by what? The
        # report ranks nothing so (never the largest of whatever figures the words name):
        # the question is asked to say its measure.
        return _declined(base, question, text, [], "ambiguous")
    if _less_what_is_set_aside(question, text, answer) and not _a_sibling_set_aside(
        base, question, answer.facts[0]
    ):
        other_part = _the_rest_of_a_sum(base, question, answer.facts[0])
        if other_part is not None:
            # 不算正处，提拔了多少人: the sum less the part set aside is its other part
            return _answer(base, question, text, "fact", (other_part,))
        return _less_set_aside(base, question, text, answer.facts[0])
    aside = period_set_aside(question) if question.excluded else None
    if aside is not None and answer.kind in ("fact", "list", "period"):
        # 除了6月，哪个月有车下线: never a fact of the month set aside; none left is none.
        kept = tuple(f for f in answer.facts if aside.fits(f.period) != "exact")
        if not kept:
            return _not_stated_of(base, question, text, answer.facts[0])
        if len(kept) < len(answer.facts):
            answer = answer._replace(facts=kept)
    in_yuan = (answer.facts[:1] if answer.answered else ()) or tuple(
        m.fact
        for m in answer.related[:1]
        if m.fact.unit_info is not None
        and m.fact.unit_info.dimension == "money"
        # (吉利利润合多少美元: profit, a measure no fact states, not Geely's output)
        and (question.measure is None or question.measure in MEASURES)
    )
    if question.currency and in_yuan:
        # GDP折合多少美元, GDP in US dollars: the report states yuan, and no rate to change
        # them; its figure is given as related, never as the amount asked.
        fact = in_yuan[0]
        zh, en = vocab.CURRENCIES[question.currency][:2]
        said = f"{fact.label.en} in {en}" if question.english else f"{fact.label.zh}的{zh}金额"
        unmeasured = question._replace(measure=None)
        return _not_stated_of(base, unmeasured, text, fact, subject_said=said)
    if (
        answer.answered
        and answer.kind == "fact"
        and (question.total or _TOTAL_SAID.search(fold_query(text)) is not None)
        and answer.verdict in ("yes", "roughly")
        and _one_of_several(base, text, question, answer.facts[0])
    ):
        # 扶持资金一共拨付了7.06亿吗: one of two payments is 7.06亿; all told, the report
        # gives no sum (no 是 for the total claimed).
        answer = answer._replace(verdict=None, threshold=None, floor_read=False)
    if answer.answered and answer.kind == "fact" and _award_of_no_award(text, answer.facts[0]):
        # 汾盾1号获得了什么奖项: the machine was assembled and commissioned; no prize is
        # told of it (its event had been given as the prize).
        return _not_stated_of(base, question, text, answer.facts[0])
    if (
        answer.answered
        and answer.kind == "fact"
        and not question.yes_no
        and _another_holds_the_place(fold_query(text), answer.facts[0])
    ):
        # 4月全省开发区排名第一的是谁: the zone ranked last; who ranked first, the report
        # does not say (the zone's own first place answers it: 全市留抵退税第一名是谁).
        return _not_stated_of(base, question, text, answer.facts[0])
    if answer.answered and answer.kind == "fact" and not question.total:
        either = _either_of_two(base, text, question, answer.facts[0])
        if either:
            # 留抵退税或扶持资金有多少: either of two amounts, each its own fact; which one
            # is meant, the question leaves open.
            return _declined(base, question, text, either, "ambiguous")
    if (
        answer.answered
        and answer.kind == "fact"
        and answer.verdict != "no"
        and _relation_reversed(fold_query(text), answer.facts[0])
    ):
        # GDP增速超过战略性新兴产业增速多少个百分点: the gap the report states is the other
        # way round (否, with it, whatever figure the claim holds: GDP增速比战新产业高60.7
        # 个百分点吗).
        return answer._replace(verdict="no", claim=True)
    if (
        answer.answered
        and answer.kind == "fact"
        and not answer.premise
        and _list_counted_otherwise(fold_query(text), answer.facts[0])
    ):
        # 三只基金是哪三只, name the eight alliances: the report lists two, seven; the list
        # answers, the count the question rests on is said not to hold.
        return answer._replace(premise=True)
    if (
        answer.answered
        and answer.kind == "fact"
        and answer.verdict == "yes"
        and _level_left_open(base, fold_query(text), answer.facts[0])
    ):
        # 小巨人是不是17户: the figure picks the provincial level, which the claim leaves
        # unsaid (5 are national); of the class as a whole the report gives no count.
        return answer._replace(verdict=None)
    if (
        answer.answered
        and answer.kind == "fact"
        and answer.facts[0].measure == "growth-contribution"
        # (asked, or claimed; 吉利 工业增加值 增长 百分点, keywords, are left as found)
        and (question.yes_no or answer.verdict is not None or question.wants_number)
        and _GROWTH_SAID.search(fold_query(text)) is not None
        and _PULL_OR_PULLED.search(_own_value_added_read_out(base, fold_query(text))) is None
        and _PULL_SAID.search(fold_query(text)) is None
    ):
        # 白象增长了17.77个百分点吗, did Baixiang grow 17.77 points, 吉利增长了多少个百分点:
        # the firm's own growth, of which the report says nothing (its pull on its industry
        # is another figure).
        grown = question._replace(measure="growth-rate")
        return _not_stated_of(base, grown, text, answer.facts[0])
    denied = _deed_denied(fold_query(text))
    if (
        answer.answered
        and answer.kind == "fact"
        and (
            answer.verdict == "yes"
            or (question.yes_no and answer.verdict is None)
            or (denied and answer.verdict == "no")
        )
        and _deed_reversed(base, fold_query(text), answer.facts[0])
    ):
        # 企业给开发区退税17个亿, 食品行业拉动白象食品增长17.77个百分点吗: the deed the
        # other way round, whatever its figure (否, with the fact saying which way it went);
        # denied so, the denial holds (企业没有给开发区退税吧: 是).
        return answer._replace(verdict="yes" if denied else "no", claim=True)
    if (
        answer.answered
        and answer.kind == "fact"
        and not question.yes_no
        and answer.verdict is None
        and (question.asks_who or question.asks_names or _WHICH_ASKED.search(fold_query(text)))
        and _deed_reversed(base, fold_query(text), answer.facts[0])
    ):
        # 食品行业拉动了哪家企业, which company was lifted by the food industry: the deed
        # goes the other way; whom it was done to that way, the report does not say.
        return _unstated_of_its_deed(base, question, text, answer.facts[0], "recipient")
    if (
        answer.answered
        and answer.kind == "fact"
        and not question.yes_no
        and answer.verdict is None
        and not answer.premise
        and question.wants_number
        and _deed_reversed(base, fold_query(text), answer.facts[0], both_named=True)
    ):
        # 企业给开发区退税多少, how many powers did the zone delegate to the province: the
        # figure, with the word that the deed went the other way (the firms got the refunds).
        return answer._replace(premise=True)
    if (
        answer.answered
        and answer.kind == "fact"
        and answer.verdict != "no"
        and _doer_in_focus_unsaid(base, fold_query(text), answer.facts[0])
    ):
        # 那500台甲醇重卡是吉利交付的吗, was it Geely that delivered them: who did it is
        # what a cleft asks, and the sentence names no one (so too a firm said to do it,
        # 吉利交付了500台吗: below).
        return _unstated_of_its_deed(base, question, text, answer.facts[0], "actor")
    role = (
        _role_claimed_unsaid(base, fold_query(text), answer.facts[0])
        if answer.answered
        and answer.kind == "fact"
        and (question.yes_no or question.threshold is not None)
        and answer.verdict in (None, "yes")
        else None
    )
    if role is not None:
        # 吉利交付了500台甲醇重卡吗, 是交付给省国运公司的吗: a firm said to do the deed, or
        # to get it, of a sentence that names no one: who did it (or got it) is unsaid,
        # whatever the figure (500台 is the trucks', not Geely's).
        return _unstated_of_its_deed(base, question, text, answer.facts[0], role)
    if (
        answer.answered
        and answer.kind == "fact"
        and answer.verdict != "no"
        and _government_said_to_do(fold_query(text), answer.facts[0])
    ):
        # 省里成立了七大产业党建联盟吗, 市政府提拔了几名正处级干部: the province, the city or
        # the state said to do what the sentence tells of no such government. Claimed: 否
        # where the sentence says the zone did it, else who did is unsaid; asked how many:
        # the figure, with the word that the question rests on what the report does not say.
        fact = answer.facts[0]
        if question.yes_no or question.threshold is not None:
            if _the_zone_did_it(fact, fold_query(text)):
                return answer._replace(verdict="no", claim=True)
            return _unstated_of_its_deed(base, question, text, fact, "actor")
        return answer._replace(premise=True)
    if (
        answer.answered
        and answer.kind == "fact"
        and (answer.verdict == "yes" or (question.yes_no and answer.verdict is None))
        and _sides_swapped_around_a_verb(fold_query(text), answer.facts[0])
    ):
        # 是工业互联网转型促进中心承载了开发区信息公司吗: the sentence's two things said the
        # other way round about its verb (开发区信息公司承载…促进中心数字化平台): 否.
        return answer._replace(verdict="no", claim=True)
    own = (
        _the_firms_own_figure(base, text, question.threshold, answer.facts[0])
        if answer.answered and answer.kind == "fact" and answer.verdict == "no"
        else None
    )
    if own is not None:
        # Geely delivered 111,500 vehicles: the figure is Geely's own (the vehicles it
        # produced), said of a deed the report gives no one (the 500 trucks delivered):
        # no 否 from the trucks; who delivered what, the report does not say.
        return _unstated_of_its_deed(base, question, text, answer.facts[0], "actor", own)
    if (
        answer.answered
        and answer.kind == "fact"
        and question.gap_claimed is not None
        and _relation_turned(fold_query(text), answer.facts[0])
    ):
        # GDP增速比战新产业低60.7个百分点吗: the stated gap said from its other side, the
        # claim held to it.
        return _gap_held(answer, question.gap_claimed)
    if (
        answer.answered
        and answer.kind == "fact"
        and (
            (question.wants_number and question.threshold is None and not question.yes_no)
            # (交付了500台甲醇公交车吗: a kind claimed of a fact of another kind, 否)
            or _of_no_kind(answer.facts[0])
        )
        and _another_kind_counted(fold_query(text), answer.facts[0])
    ):
        # 吉利汽车下线了多少辆重卡: heavy trucks counted, of a fact counting vehicles of no
        # kind said (Geely's 整车): how many were trucks, the report does not say; nor
        # whether there were so many (吉利全年造了11.15万辆轿车，对吗).
        return _not_stated_of(base, question, text, answer.facts[0])
    if (
        answer.answered
        and answer.kind == "fact"
        and not question.yes_no
        and not question.excluded  # (除了醇电混动轿车: the kind set aside)
        and question.threshold is None  # (交付了500台甲醇轿车，对吗: a kind claimed, 否)
        and _another_kind_named(fold_query(text), answer.facts[0])
    ):
        # world's first methanol truck, of the world's first sedan: another vehicle, whose
        # reach the report does not give.
        return _not_stated_of(base, question, text, answer.facts[0])
    if (
        answer.answered
        and answer.kind == "fact"
        and _share_of_another_place(question, answer.facts[0])
    ):
        # 亿元以上企业占全市规上企业比重: a share of the city's firms, which the zone's
        # share of its own (25%) is not.
        return _not_stated_of(base, question, text, answer.facts[0])
    if answer.answered and answer.kind == "fact" and _citys_for_the_zones(text, answer.facts[0]):
        # 全区小巨人共几户: the zone's, which the city's inferred count is not.
        return _not_stated_of(base, question, text, answer.facts[0])
    if (
        answer.answered
        and answer.kind == "fact"
        and (question.threshold is not None or question.yes_no)
        and (
            (
                _pulled_elsewhere(text, answer.facts[0], claimed=question.threshold is not None)
                and not _a_pull_stated(base, question.threshold, fold_query(text))
            )
            or _pull_on_another_whole(text, answer.facts[0])
        )
    ):
        # 白象拉动医药行业增长超过10个百分点了吗, did Huawei lift GDP by over 20 points: a
        # figure held of a pull the report does not give (neither 是 nor 否). A pull the
        # report states, said of another firm or industry (白象拉动医药行业17.77个百分点吗,
        # 是白象拉动医药行业25.35个百分点吗: 分别 pairs them otherwise), is _another_level's 否.
        return _not_stated_of(base, question, text, answer.facts[0])
    if (
        question.excluded
        and answer.asks_who
        and not _anyone_else(base, question, text, answer.facts[0])
    ):
        # 除了陕西建工，开建集团还和谁: the fact names no one but those set aside or named.
        return _not_stated_of(base, question, text, answer.facts[0])
    if not answer.answered or (answer.kind == "fact" and answer.threshold is None):
        corrected = (
            _another_level(base, text, question, answer)
            or _another_span(text, question, answer)
            or _another_firm(base, text, question, answer)
            or _another_place(base, text, question, answer)
            or _another_party(base, text, question, answer)
        )
        if corrected is not None:
            answer = corrected
    if (
        answer.kind == "fact"
        and (answer.asks_who or names_a_doer(text))
        and not question.yes_no
        and answer.verdict is None
        and _who_claimed_otherwise(base, text, question, answer)
    ):
        # Who won silver at the provincial contest (gold was won), 谁生产了20万辆车: the one
        # named did something else; the report names no one who did this.
        return _not_stated_of(base, question, text, answer.facts[0])
    if (
        answer.kind == "fact"
        and (not question.yes_no or answer.threshold is not None)
        and question.measure is not None
        and _an_example_alone(base, text, answer.facts[0])
    ):
        # 中海油占全市多少 of 中海油、斯普瑞等…占到全市的50%, the food park has 12 projects:
        # the figure is the group's that the firm is named in as an example, never the
        # firm's own (nor is it 否: the example's own is not given).
        return _not_stated_of(base, question, text, answer.facts[0])
    if answer.kind == "fact" and not question.yes_no and answer.verdict is None:
        claimed = _another_level(base, text, question._replace(yes_no=True), answer)
        if claimed is not None and (claimed.verdict == "no" or not claimed.answered):
            # 科技进步一等奖是谁 of a second prize: a grade, level or kind the fact gives
            # otherwise (as its yes-or-no form is answered 否); the report states none.
            return _not_stated_of(base, question, text, answer.facts[0])
    if (
        answer.kind in ("fact", "list")
        and (question.yes_no or question.threshold is not None)
        and _below_its_class(text, answer.facts[0])
    ):
        # 产值亿元以下企业有38户吗, were 38 firms below 100 million yuan: a claim of the
        # rest of the firms the fact counts, whose count the report never gives (是 had
        # been said from the firms above it).
        return _not_stated_of(base, question, text, answer.facts[0])
    if answer.kind in ("fact", "list") and not question.yes_no and question.threshold is None:
        # (哪些首台不是全球首台: the firsts that are not, never the world's firsts)
        rest = _the_rest(base, text, question, answer)
        if rest is not None:
            return rest
        other_level = _level_not_stated(base, text, question, answer)
        if other_level is not None:
            return other_level
        if _pulled_elsewhere(text, answer.facts[0], claimed=True):
            # How much did Baixiang lift pharma output: its pull on food is no pull on
            # pharma; nor is Huawei's pull on pharma output one on the zone's GDP (the
            # report gives none).
            return _not_stated_of(base, question, text, answer.facts[0])
        if _another_first(text, answer.facts[0]):
            # 全省首台还有什么 of the world's first sedan: a first of another reach.
            return _not_stated_of(base, question, text, answer.facts[0])
    if answer.kind == "fact" and question.yes_no and answer.verdict is None:
        listed = _top_list_reach(base, text, question, answer)
        if listed is not None:
            return listed
    if answer.kind == "fact" and answer.threshold is None and answer.verdict is None:
        answer = _any_counted(text, question, answer)
    if answer.kind == "fact" and answer.threshold is None and answer.verdict is None:
        answer = _premise_stated(base, text, question, answer)
    if answer.kind == "fact" and answer.threshold is None and answer.verdict is None:
        answer = _way_it_went(base, text, question, answer)
    if answer.kind == "fact" and answer.threshold is None and answer.verdict is None:
        answer = _all_of_a_share(base, text, question, answer)
    if answer.verdict in ("yes", "roughly") and answer.kind == "fact":
        # (A comparison's verdict rests on both its sides, each found by its own words.)
        answer = _premise_checked(base, text, question, answer)
    elif answer.verdict == "no" and _counts_other_things(answer.facts[0], fold_query(text)):
        # Did the zone set up 7 committees: 2 directors made assistants deny no committees.
        answer = answer._replace(verdict=None, threshold=None, floor_read=False)
    if answer.verdict == "yes" and _half_said_of_more(text, question, answer):
        # 是不是有一半的四上企业停工了 of 85%: at least half did, but not "half"; readers
        # take it both ways, so neither 是 nor 否, the figure given.
        answer = answer._replace(verdict=None, threshold=None, floor_read=False)
    if answer.verdict is not None and answer.kind == "fact" and _negates(question, text, answer):
        # Is it true that Geely did not produce 111,500 vehicles: a negation no rule reads
        # (没超过 is read) leaves the verdict open, the fact given.
        answer = answer._replace(verdict=None, threshold=None, floor_read=False)
    chosen = set_chosen_from(text)
    if answer.answered and chosen is not None:
        # 7项省考核指标里哪项超额最多, which of the seven alliances was set up first: one of
        # the things is asked for; the report counts them, or speaks of them together,
        # and ranks none of them.
        size, noun = chosen
        alone = answer.kind in ("max", "min") and len(answer.facts) == 1  # no ranking
        if alone or all(_of_the_whole_set(fact, size, noun) for fact in answer.facts):
            ids = {fact.id for fact in answer.facts}
            about = [
                s for s in _subject_scores(base, question, text) if base.fact(s.position).id in ids
            ]
            return _declined(base, question, text, about, "unstated-measure")
    if (
        answer.kind == "fact"
        and question.total
        and _TWO_ADDED.search(fold_query(text)) is not None
        and not _names_every_side(
            base, question._replace(threshold=None), text, answer.facts[0]
        )  # (四上企业加上建筑工地停工的: one figure of both)
        and not _adds_the_sides(base, question, text, answer.facts[0])
    ):
        # 留抵退税加上扶持资金总共多少: two things added, one of them no answer; the report
        # states no such total (the totals it implies are derived facts of their own).
        about = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        total = question._replace(measure="total", subject=question.terms)
        return _declined(base, total, text, about, "unstated-measure")
    if answer.answered and answer.kind == "fact":
        answer = _of_what_was_asked(base, text, question, answer)
    elif (
        answer.kind in ("compare", "list")
        and not question.about_enterprise
        and all(
            _contribution_unasked(base, fact, asking_part(fold_query(text)))
            for fact in answer.facts
        )
    ):
        # 食品和医药行业分别增长了几个百分点: the firms' pulls are no industry's growth
        # (which company added the most points asks of the firms).
        about = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        return _declined(base, question, text, about, "unstated-measure")
    return answer


def _who_claimed_otherwise(base: FactBase, text: str, question: Question, answer: Answer) -> bool:
    """Does a who-question say of the deed a level, grade or figure the report gives
    otherwise (银奖 of a gold, 全国 of a provincial contest, 17.77 points of Huawei's
    25.35, 20万辆 of 11.15万)? As its yes-or-no form would be answered 否. A figure is the
    party's if any of its facts states it, as written or rounded (产值224亿 and 11.15万辆
    are both Geely's; 11万辆 is its 11.15万)."""
    fact = answer.facts[0]
    claimed = _another_level(base, text, question._replace(yes_no=True), answer)
    if claimed is not None and claimed.verdict == "no":
        return True
    if question.threshold is not None and _held_to(fact, question.threshold) == "no":
        return True  # 谁拉动医药行业增长17.77个百分点, a figure read as a claim of the fact
    rows = search_data(base).rows()
    own = rows[_as_related(base, fact).position]
    party = [r for r in rows if set(r.entities) & set(own.entities)] or [own]

    def stated(term: Term) -> bool:
        if term.amount:
            return any(r.amount and amount_in(term.amount, term.spread, r.amount) for r in party)
        return any(r.value_text.partition(".")[0] == term.text for r in party)

    return any(
        t.numeric
        and t.dimension not in ("", NAME_NUMBER)
        and not t.bound
        and not stated(t)
        # (top-500: the number of a name its sentence gives, 国内500强, no figure)
        and re.search(rf"(?<![\d.]){re.escape(t.text)}(?:强|号)", fact.quote or "") is None
        and not _said_in_a_time_clause(t.text, fold_query(text))
        for t in question.terms
    )


# 500台重卡交付以后，…, after the 500 trucks were delivered, …: a time the question is set
# at, no figure claimed of the one asked about.
_TIME_CLAUSE = LazyPattern(
    r"[^，,。；;？?]*(?:以后|之后|过后|后)[，,]|\bafter\b[^,;?]*,",
    hints=("后", "after"),
)


def _said_in_a_time_clause(said: str, text: str) -> bool:
    """Do the words stand in a clause setting the time (…交付以后，)?"""
    return any(said in clause.group() for clause in _TIME_CLAUSE.finditer(text))


# Two things added in a sum asked (A加B一共, A加上B, A plus B): not 增加, 加快, 参加 ….
_TWO_ADDED = LazyPattern(
    r"[\u4e00-\u9fff](?<![增追参附更])(?:再?加上?)(?![快大强速工入起在])[\u4e00-\u9fff]|(?<!-)\bplus\b(?!-)",
    hints=("加", "plus"),
)


def _sum_asked(base: FactBase, question: Question, text: str, figures: list[Scored]) -> Answer:
    """Several figures answer, and their sum is asked (两笔资金加起来): the sum the report
    infers or a derived fact adding them up, the whole zone's figure, or else the report
    does not state it."""
    summed = _total_of(base, figures)
    if len(summed) == 1:  # the sum the report infers (cadres promoted in total)
        return _answer(base, question, text, "fact", (base.fact(summed[0].position),))
    total = sum_of(base, {s.position for s in figures})
    if total is not None:  # 一共提拔了几名处级干部: 正处 and 副处, summed
        return _answer(base, question, text, "fact", (base.fact(total),))
    whole = _of_the_whole_zone(base, question, text, figures, total=True)
    if whole is not None:  # the zone's entire output: the whole zone's, 全区产值
        return _answer(base, question, text, "fact", (base.fact(whole.position),))
    # The total of what is summed: its measure words are part of it.
    about = question._replace(measure="total", subject=question.terms)
    return _declined(base, about, text, figures, "unstated-measure")


def _the_whole_of(base: FactBase, candidates: list[Scored]) -> Scored | None:
    """The candidate that is a derived sum of all the others (提拔干部合计 of 正处, 副处)."""
    for whole in candidates:
        others = {base.fact(s.position).id for s in candidates if s is not whole}
        if _sum_of(base.fact(whole.position), others):
            return whole
    return None


def _sum_of(fact: Fact, parts: set[str]) -> bool:
    """Is the fact a derived sum of these facts (their ids) and maybe others?"""
    return fact.is_derived and bool(parts) and parts <= set(fact.inputs) and _a_sum(fact)


def _a_sum(fact: Fact) -> bool:
    """A derived figure that adds its inputs up ({a} + {b}), not one worked out otherwise
    (the city's little giants from the zone's and its share)."""
    formula = fact.formula or ""
    return re.fullmatch(r"\{[^{}]+\}(?:\s*\+\s*\{[^{}]+\})+", formula.strip()) is not None


def _of_what_was_asked(base: FactBase, text: str, question: Question, answer: Answer) -> Answer:
    """A fact answers of an industry only where it names that industry as one (食品行业
    产值增长了多少: the emerging industries' growth is no food industry's), of a firm only
    where it names the firm (is Geely a high-tech enterprise), and a firm's pull on growth
    only a question of that pull or that firm (全区工业增加值增长了多少个百分点: the report
    gives Geely's pull, never the zone's own growth). Otherwise the report does not state
    it: declined; a 是 of such a premise is taken back, the fact given; a 否 stands where
    the fact itself says otherwise (another industry of Baixiang's, another figure)."""
    # (what the question asks, not its context: 汽车产业的汇报材料 is where it goes)
    fact, folded = answer.facts[0], asking_part(fold_query(text))
    # A firm the fact does not name, said of a thing asked about (首台甲醇重卡是在吉利下线
    # 的吗), or with a figure the fact states (吉利交付了500台甲醇重卡吗): the fact, no 是.
    # Asked about itself (is Geely a high-tech enterprise, 开建集团和陕西建工签署了合作
    # 协议吗): the report does not say, whatever another party's fact would answer.
    # (吉利和白象谁生产汽车: firms named as candidates, the one answering named)
    missing = [] if question.asks_who else _firms_unnamed(base, fact, folded)
    about_firm = bool(missing) and _firm_first(base, question, folded, missing)
    held = question.threshold is not None
    if missing and (held or (question.yes_no and not about_firm)):
        if answer.verdict in ("yes", "roughly"):
            return answer._replace(verdict=None, threshold=None, floor_read=False)
        if not about_firm:
            missing = []
    if _of_a_kind_unsaid(fact, fold_query(question.text)):
        # 民营规上企业有多少家, private firms got 111 million yuan, right?: a kind the fact
        # does not count, whatever its figure says of them all (as read: women kaifaqu,
        # pinyin, is 我们开发区).
        about = [s for s in _subject_scores(base, question, text) if base.fact(s.position) == fact]
        return _declined(base, question, text, about, "unstated-measure")
    pull_unasked = _contribution_unasked(base, fact, folded, _figures_named(question))
    # (经纬智能完成了汾盾1号总装吗: 否 from the fact naming the firm that did it, another,
    # stands; not where the firm it names is only the other party, 与省国运公司签署: who
    # signed is unsaid, 开建集团和陕西建工签署了合作协议吗 too)
    party_denied = any(
        entity is not None and entity.kind == "enterprise" and not fact.only_with(entity.zh)
        for entity in map(base.entity, fact.entities)
    )
    if ((about_firm and not held and not party_denied) or pull_unasked) and answer.verdict == "no":
        # (全区工业增加值增长了30个百分点吗: the report gives no growth of the zone's to
        # deny it with, only Geely's pull)
        answer = answer._replace(verdict=None, threshold=None, floor_read=False)
    # (1235项赋权是2022年承接的吗: a year claimed of it is no more borne out than asked)
    # (a figure claimed with its year, were the 1235 powers delegated in 2022: a claim too)
    claimed = question.yes_no or answer.verdict is not None
    dated_claim = claimed and question.period is not None
    undated = (
        question.asks_when
        and (
            _built_on(fact)
            or _another_event(fact, folded)
            or _party_asked_as_founded(base, fact, folded)
            # (吉利产量什么时候突破11万辆: when a year's total passed a mark, which a figure
            # of the year does not date)
            or (question.threshold is not None and "-" not in fact.period)
        )
    ) or (dated_claim and _built_on(fact))
    headcount = not undated and _headcount_asked(fact, folded, fold_query(text))
    part = _part_unstated(base, question, text, fact, folded)
    earlier = _rate_against_another_year(fact, folded)
    unit = UNITS.get(fact.unit or "")
    # (晋中市有多少人住: no count of firms; 500台甲醇重卡总金额: no count of trucks)
    dimension = unit.dimension if unit is not None and not headcount else ""
    elsewhere = another_dimension(question, dimension)
    if undated or headcount or earlier:
        measure = "date" if undated else "headcount" if headcount else "earlier-rate"
        question = question._replace(measure=measure)
    elif elsewhere is not None:
        # (Geely head count, 吉利人数: a firm's people are its employees)
        firms = (base.entity(name) for name in fact.entities)
        employer = elsewhere == "people" and any(e and e.kind == "enterprise" for e in firms)
        question = question._replace(measure="employees" if employer else _IN_DIMENSION[elsewhere])
    otherwise = (
        earlier
        or _of_a_thing_unnamed(question, fact)
        or _share_asked_of_another_whole(folded, fact)
        or _class_asked_as_the_part(folded, fact)
        or _share_of_another_class(folded, fact)
        or _another_aggregate(fact, folded)
        or _zone_for_industry(fact, folded)
        or _second_part_alone(fact, folded)
        or _all_of_the_newly_set_up(fact, folded, question.english)
        or undated
        or headcount
        or part
        or elsewhere is not None
    )
    if not (_industry_unnamed(base, fact, folded) or pull_unasked or missing or otherwise):
        return answer
    # (did Baixiang Food drive pharma growth by 17.77 points: the figure claimed is the
    # fact's, shown with no yes; asked of the figure alone, unstated)
    figure_claimed = question.threshold is not None and question.threshold.number == fact.value_text
    if (
        answer.verdict is None
        and answer.threshold is None
        and not (missing and held)
        and not figure_claimed
    ):
        about = [s for s in _subject_scores(base, question, text) if base.fact(s.position) == fact]
        return _declined(base, question, text, about, "unstated-measure")
    if answer.verdict in ("yes", "roughly"):
        return answer._replace(verdict=None, threshold=None, floor_read=False)
    return answer


def _all_of_the_newly_set_up(fact: Fact, folded: str, english: bool) -> bool:
    """开发区有几个部门, how many departments does the zone have: all it has, of which the
    report counts only those newly set up (一部一中心三公司: one department), where the
    question says nothing new, set up or of that name."""
    if fact.measure != "count" or "新成立" not in fact.label.zh:
        return False
    if not english and not has_cjk(folded):
        return False  # (pinyin, xin chengli: read as Chinese elsewhere, not weighed here)
    # (服务公司是仨吗, the service companies: named by a name of their own)
    named = any(
        fold_query(name) in folded
        for name in fact.aliases
        if (has_cjk(name) and len(name) >= 3) or " " in name
    )
    return not named and _NEWLY_SAID.search(folded) is None


# New, set up, founded, or the body's own name (一部一中心三公司): the newly set up asked.
_NEWLY_SAID = LazyPattern(
    # (not 创新, innovation: 开发区创新部门有几个 asks of no new body)
    r"(?<!创)新|成立|组建|设立|筹建|一部一中心|三公司|\b(?:new|newly|set up|sets up|setting up"
    r"|established?|created?|formed|founded|launched)\b",
    hints=("新", "成立", "组建", "设立", "筹建", "一部", "三公司", "new", "set", "establish",
           "creat", "form", "found", "launch"),
)  # fmt: skip


# A pull on growth said (拉动, 贡献, contributed, drove; ladong in pinyin): what a firm's
# contribution answers; and a growth said, of whatever grew.
_PULL_SAID = LazyPattern(
    r"拉动|带动|贡献|推动|拉高|拉升|拉了|拉起|\b(?:contribut|pull|lift|drove|drive|boost|push|propel"
    r"|thanks to|owed|add(?:ed|s)? to\b|ladong|gongxian)",
    hints=("拉", "带动", "贡献", "推动", "contribut", "pull", "lift", "dr", "boost", "push",
           "propel", "thanks", "owed", "add", "ladong", "gongxian"),
)  # fmt: skip
_GROWTH_SAID = LazyPattern(
    r"增长|增速|增幅|增加|上涨|涨了|提高|提升|上升|多了"
    r"|\b(?:grow|grew|growth|rise|rose|increase|expan|zengzhang|zengsu)",
    hints=("增", "涨", "提", "升", "多了", "grow", "grew", "rise", "rose", "increase", "expan",
           "zeng"),
)  # fmt: skip


def _headcount_asked(fact: Fact, folded: str, whole: str) -> bool:
    """How many people a body has (副处级干部有多少人, how many directors does the committee
    have): a headcount, where the report counts people only by what happened to them (7
    promoted, 2 made assistants). A move said (提拔, rotated, made) asks for those, also
    in the context an asking clause points back to (提拔了一批处级干部，其中副处级有多少人:
    `whole`, the question with its context)."""
    unit = UNITS.get(fact.unit or "")
    back = _AMONG_THEM.search(folded) is not None
    return (
        fact.measure == "count"
        and unit is not None
        and unit.dimension == "people"
        and _HAS_HOW_MANY.search(folded) is not None
        and _PERSONNEL_MOVE.search(whole if back else folded) is None
    )


def _part_unstated(base: FactBase, question: Question, text: str, fact: Fact, folded: str) -> bool:
    """How many of a whole were of a kind (how many of Geely's 111,500 vehicles were EVs,
    11.15万辆整车中有多少是电动车): a part of it, which the fact of the whole does not
    state unless it names the part too (how many of the little giants are national), and
    which no fact states of a whole given by its figure, unless the fact is one of the
    parts that figure is the sum of (提拔的8名干部中副处级有几名: 7 of the 8)."""
    # (the whole may be the question's context: 7.06亿元扶持资金当中，拨给链主企业的有多少)
    said = _PART_ASKED.search(folded) or _PART_ASKED.search(fold_query(text))
    if said is None:
        return False
    forms = ("", 2, 3, 4, 5, 6, 7, 8, 9)
    whole = next((said[f"whole{n}"] for n in forms if said[f"whole{n}"]), "")
    part = next((said[f"part{n}"] for n in forms if said[f"part{n}"]), "")
    if _whole_of_other_parts(base, fact, whole):
        return True
    position = base.index_of(fact.id)
    # What each word hit, as scored (换岗交流 hits as 换岗 and 交流); figures were weighed
    # above.
    hits = [
        h
        for s in _subject_scores(base, question, text)
        if s.position == position
        for h in s.hits
        if not h.figure and not any(c.isdigit() for c in h.term)
    ]
    # The part and the whole are both the fact's: every word of the part hits it (how many
    # of them were made in June: a time, no word to look for), and the whole is named well
    # (专精特新企业 shares only 企业 with the 171 high-tech firms, no part of the 87), but
    # for a place, which says where (the province's indicators).
    # A part of an amount its sentence names only as one of a list (7.06亿元扶持资金当中，
    # 拨给链主企业的: the amount is the list's, 链主、链核…, divided as the report never
    # says) is no more stated.
    of_an_amount = any(said[f"part{n}"] for n in (5, 6, 7))
    # (规上企业里产值亿元以上的有多少家: a part said without a comma names its whole only
    # loosely; the part's own words say which fact, 38户 of the 规上 firms)
    whole_checked = not any(said[f"part{n}"] for n in (8, 9))
    return (
        # (a part hit only loosely, 汽车企业 as the high-tech firms' 科技企业, is no hit)
        any(h.score < NAMED for h in hits if h.term in part)
        or (
            whole_checked
            and any(h.score < NAMED for h in hits if h.term in whole and h.term not in vocab.PLACES)
        )
        or (
            of_an_amount and any(_listed_among_others(fact, h.term) for h in hits if h.term in part)
        )
        # (技改项目里食品类的有几个: 食品 is in 海玉功能食品产业园等12项, one example named)
        or any(_an_example_named(fact, h.term) for h in hits if h.term in part)
    )


def _an_example_named(fact: Fact, term: str) -> bool:
    """Does the fact's sentence name the term only inside examples of what it counts (海玉
    功能食品产业园等12项, 中海油、斯普瑞等): a thing it gives as one of them, no count of
    its kind? A Chinese term is found by its longest opening the sentence holds."""
    quote = fact.quote or ""
    if term.isascii() or not quote:
        return False
    found = next((term[:n] for n in range(len(term), 1, -1) if term[:n] in quote), "")
    places = [m.end() for m in re.finditer(re.escape(found), quote)] if found else []
    return bool(places) and all(
        re.match(r"[^，,。；;、]{0,8}?等", quote[at:]) is not None for at in places
    )


def _listed_among_others(fact: Fact, term: str) -> bool:
    """Does the fact's sentence name the term only as one item of a list (链主、链核、核心
    配套; chain-leader and chain-core firms)? A Chinese term is found by its longest
    opening the sentence holds (链主企业 by 链主), an English one in the English quote."""
    if term.isascii():
        quote = (fact.quote_en or "").casefold()
        listed = (
            rf"(?:(?:,|\band|\bor)\s+(?:[a-z-]+\s+)?{re.escape(term)}"
            rf"|{re.escape(term)}[a-z-]*(?:\s+[a-z-]+)?\s*(?:,|\band\b|\bor\b))"
        )
        places = [m.start() for m in re.finditer(rf"\b{re.escape(term)}", quote)]
        return bool(places) and len(re.findall(listed, quote)) >= len(places)
    quote = fact.quote or ""
    found = next((term[:n] for n in range(len(term), 1, -1) if term[:n] in quote), "")
    places = [m.start() for m in re.finditer(re.escape(found), quote)] if found else []
    return bool(places) and all(
        quote[at + len(found) : at + len(found) + 1] == "、" or quote[at - 1 : at] == "、"
        for at in places
    )


_PART_ASKED = LazyPattern(
    r"\bhow many (?:of|out of|among) (?P<whole>.+?)\s+(?:were|are|was|is)\b(?P<part>[^?]+)"
    # Of the 87 specialised firms, how many are national little giants?
    r"|(?<!\bas )\b(?:of|among|out of) (?P<whole2>[^,?]+),\s*how many\b[^?]*?"
    r"\b(?:were|are|was|is)\b(?P<part2>[^?]+)"
    r"|(?P<whole3>[^，,。？?]*)(?:中|里|当中|之中|里面|里头|其中)有?(?:多少|几)[^\W\d是为属]{0,4}"
    r"(?:是|为|属于)(?P<part3>[^，,。？?]+)"
    # 87户专精特新企业中，省级小巨人有几户; 吉利生产的整车里，电动车有多少辆
    r"|(?P<whole4>[^，,。？?]+?)(?:中|里|当中|之中|其中)[，,]"
    r"(?P<part4>[^，,。？?]{2,12}?)有?(?:多少|几)[家户辆台名项位人个件]"
    # 高新技术企业里汽车企业有多少家, 技改项目里食品类的有几个; 技改项目里有几个食品项目
    # (中 only after a class's noun: 集中交付, 中小企业 are words of their own)
    # (里 of a place is where, 省里的比赛; 第几名 a place in a ranking)
    r"|(?P<whole8>[^，,。？?]+?)(?:(?<=企业|项目|公司|巨人|指标|干部)中|(?<![省市区县乡村城家这那哪])里"
    r"|当中|之中|里面|里头)(?P<part8>[^，,。？?有第]{2,12}?)的?有?(?:多少|几)[家户辆台名项位人个件]"
    r"|(?P<whole9>[^，,。？?]+?)(?:(?<=企业|项目|公司|巨人|指标|干部)中"
    r"|(?<![省市区县乡村城家这那哪])里|当中|之中|里面|里头)"
    r"有(?:多少|几)[家户辆台名项位人个件](?P<part9>[^，,。？?被]{0,10}?"
    r"(?:项目|企业|公司|中心|小巨人|干部|车))[？?。]*$"
    # An amount's part: 7.06亿元扶持资金当中，拨给链主企业的有多少; how much of the support
    # funds went to chain leaders; of the 706 million, how much was for the chain leaders.
    # (扶持钱里，帮企业渡难关的那笔: one of several amounts chosen, no part of one)
    r"|(?P<whole5>[^，,。？?]*?(?:资金|钱|经费|款|补助|亿元|万元|亿|万)[^，,。？?]*?)"
    r"(?:中|里|当中|之中|其中)[，,](?![^，,。？?]*那[笔项个批])"
    r"(?P<part5>[^，,。？?]{2,12}?)的?(?:有|是|占|拿了|拿到|得到|获得|分到)?(?:了)?多少"
    r"(?:亿元|万元|亿|万|元|钱|资金)?[？?。]*$"
    r"|\bhow much of (?:the )?(?P<whole6>[^?]+?)\s+(?:went|was (?:given|paid|allocated|spent)"
    r"|did)\s+(?:to|for|on)?\s*(?P<part6>[^?]+)"
    r"|(?<!\bas )\b(?:of|out of) (?:the )?(?P<whole7>[^,?]+),\s*how much\b[^?]*?"
    r"\b(?:went|was|were|did)\s+(?:given\s+|paid\s+|allocated\s+)?(?:to|for|on)\s+"
    r"(?P<part7>[^?]+)",
    hints=("how many", "多少", "几", "how much"),
)
# A figure giving a whole (85%的, 111,500 vehicles, 11.15万辆): not a year or a date.
_FIGURE_IN = LazyPattern(r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>万|亿)?(?![\d年月日号])")


def _whole_of_other_parts(base: FactBase, fact: Fact, whole: str) -> bool:
    """Does the whole a part is asked of carry a figure the report gives, which is this
    fact's own (85%的四上企业中有多少是建筑工地: the 85% is no part of itself) or another
    fact's not made up of this one (of the 87 specialised firms, how many are national
    little giants: how the 87 and the 5 relate, the report never says)?"""
    amounts = {
        scaled_text(m["n"].replace(",", ""), {"万": 4, "亿": 8}.get(m["scale"] or "", 0))
        for m in _FIGURE_IN.finditer(whole)
    }
    if not amounts:
        return False
    rows = search_data(base).rows()
    stating = [base.fact(i) for i, row in enumerate(rows) if row.amount and row.amount in amounts]
    return bool(stating) and not any(fact.id in whole_fact.inputs for whole_fact in stating)


# Among them, of these (其中, 这些人里): an asking clause about those its context named.
_AMONG_THEM = LazyPattern(
    r"其中|这些|他们|\b(?:among|of) (?:them|these|those)\b",
    hints=("其中", "这些", "他们", "them", "these", "those"),
)


# The measure not stated, by the dimension asked in so many words (see another_dimension).
_IN_DIMENSION = {
    "money": "amount-of-money",
    "people": "number-of-people",
    "percent": "percentage",
    "enterprises": "number-of-firms",
    "vehicles": "number-of-vehicles",
    "items": "number-of-items",
    "weight": "weight", "length": "length", "area": "area", "score": "score",
    "energy": "energy", "time": "time",
}  # fmt: skip

_HAS_HOW_MANY = LazyPattern(
    r"有(?:多少|几)|(?:总共|一共|共)有|\b(?:does|do|did)\b.*\bhave\b|\b(?:are|were) there\b",
    hints=("有", "have", "there"),
)
# Personnel moves (promoted, rotated, appointed, made assistants), in the words people use.
_PERSONNEL_MOVE = LazyPattern(
    # (任 only as a verb: 主任 is a post)
    r"提|升|轮|调|交流|换|选|(?:担|出|就|上|聘)任|任(?:命|职|用)|当|派|拔|助理"
    r"|promot|rais|bump|elevat|moved|rotat|reshuffl|transfer|appoint|made|named|chos|select"
    r"|pick|lift|shift|swap|upgrad|becam|becom|serv(?:e|ed|es|ing)\b|assistant",
    hints=(*"提升轮调换选任当派拔助", "交流", "promot", "rais", "bump", "elevat", "moved",
           "rotat", "reshuffl", "transfer", "appoint", "made", "named", "chos", "select", "pick",
           "lift", "shift", "swap", "upgrad", "becam", "becom", "serv", "assistant"),
)  # fmt: skip


def _another_event(fact: Fact, folded: str) -> bool:
    """When was the first truck delivered: the fact dates its rolling off the line (下线),
    not its delivery (交付); an event asked that the fact's words never say is another
    event, whose date the report may not give."""
    if folded.isascii() and _WHEN_FIRST.match(folded) is None:
        return False  # what was signed when the trucks were delivered: a time told, not asked
    stated = f"{_stated_text(fact)} {(fact.quote_en or '').casefold()}"
    return any(
        any(w in folded for w in asked) and not any(w in stated for w in words)
        for asked, words in _EVENTS
    )


_WHEN_FIRST = re.compile(r"\s*(?:when|(?:in |on )?(?:what|which) (?:month|year|date|day))\b")
# Events a date is asked of, each as questions say it and as a fact's words say it.
_EVENTS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("交付", "交车", "deliver", "hand over", "handed over"), ("交付", "deliver", "handed over")),
    (("下线", "rolled off", "roll off", "rolls off"), ("下线", "rolled off", "roll off")),
    (("签约", "签署", "签订", "signed", "sign "), ("签约", "签署", "签订", "signed", "agreement")),
    (("投产", "put into production"), ("投产", "production")),
    (("开工", "broke ground", "construction start"), ("开工", "broke ground", "construction")),
    # (白象的厂子多会儿建起来的, when was the plant built: its building, which no fact dates)
    (
        (
            "建起",
            "建成",
            "建的",
            "建厂",
            "修建",
            "兴建",
            "盖的",
            "盖起",
            "盖好",
            "落户",
            "built",
            "constructed",
            "opened",
        ),
        # (an alliance or a company is built by its founding, a truck by its rolling off)
        (
            "建成",
            "兴建",
            "落户",
            "成立",
            "组建",
            "建立",
            "下线",
            "built",
            "constructed",
            "opened",
            "set up",
            "establish",
            "rolled off",
            "roll off",
        ),
    ),
    (
        ("成立", "set up", "established", "founded"),
        ("成立", "组建", "set up", "establish", "found"),
    ),
    # (斯普瑞哪年被评为国家级小巨人: counted among them in 2022, designated who knows when;
    # the 31 firms approved in 2022 were approved then)
    (
        (
            "评为",
            "评上",
            "成为",
            "认定",
            "入选",
            # (示范区是哪年批的, when did it enter the top 500)
            "批的",
            "批准",
            "批复",
            "获批",
            "进入",
            "跻身",
            "designated",
            "recognised",
            "recognized",
            "become",
            "became",
            "certified",
            "approved",
            "enter ",
            "entered",
            "join ",  # (not joint venture)
            "joined",
        ),
        (
            "获批",
            "评为",
            "认定",
            "入选",
            "approved",
            "designated",
            "recognised",
            "recognized",
            "certified",
        ),
    ),
)


def _party_asked_as_founded(base: FactBase, fact: Fact, folded: str) -> bool:
    """When was 陕西建工集团 founded: a firm party to what the fact dates (开建集团同陕西建工
    集团成立合资公司) asked as the thing founded: the founding said of it, nothing but words
    of asking between, and no object after; the report dates the joint venture, not the
    firms that set it up. (开发区的一部一中心三公司是什么时候成立的: the zone owns the thing
    asked, no firm founded.)"""
    # (the last: 陕建成立的合资公司是哪年成立的 asks the second)
    asked = next(reversed(list(_FOUNDED_ASKED.finditer(folded))), None)
    if asked is None or _FOUNDED_WITH.search(folded) is not None:
        return False  # 开建集团的合资公司, the Kaijian joint venture: what they founded
    verb_at = asked.start("zh") if asked["zh"] else asked.start("en")
    stated = _stated_text(fact)
    for name in fact.entities:
        entity = base.entity(name)
        if entity is None or entity.kind != "enterprise":
            continue
        for spelling in (name, *entity.aliases, entity.en):
            at = folded.rfind(spelling.casefold(), 0, verb_at)
            between = folded[at + len(spelling) : verb_at] if at >= 0 else ""
            # (新成立的一部一中心三公司: a thing the fact founds is dated by it)
            if (
                len(spelling) >= 2
                and at >= 0
                and _ONLY_ASKING_WHEN.fullmatch(between) is not None
                and re.search(f"(?:成立|组建|设立)了?的?{re.escape(spelling)}", stated) is None
            ):
                return True
    return False


# What parties found together: a joint venture, an alliance, a fund.
_FOUNDED_WITH = LazyPattern(
    r"合资|联盟|基金|\b(?:joint venture|jv|alliance|funds?)\b",
    hints=("合资", "联盟", "基金", "joint", "jv", "alliance", "fund"),
)
# A founding asked with no object after it: 哪年成立, 成立于哪一年, 是什么时候成立的 (的
# ending the question: 成立的合资公司 is the one founded), 成立时间; when was … founded
# (the thing founded named before it).
_FOUNDED_ASKED = LazyPattern(
    r"(?P<zh>成立|创立|创建|创办|组建|设立)(?:于|的(?=[？?。]?\s*$)|时间|日期|年份|$|了?吗|[？?])"
    r"|\b(?:was|were)\b.+?(?P<en>\b(?:founded|established|set up|created|formed"
    r"|incorporated))\b\s*(?:$|\?|in\b|on\b)",
    hints=("成立", "创立", "创建", "创办", "组建", "设立", "founded", "established", "set up",
           "created", "formed", "incorporated"),
)  # fmt: skip
# Nothing but words of asking when between a name and its founding (陕西建工集团是哪一年
# 成立, when was Kaijian Group first founded).
_ONLY_ASKING_WHEN = LazyPattern(
    r"[\s的是在于被]*(?:(?:哪一?年|哪个月|几月份?|什么时候|啥时候?|何时|多会儿?|哪天)[\s的是在于被]*)?"
    r"|\s*(?:first\s+)?"
)


def _built_on(fact: Fact) -> bool:
    """The figure is a base the year built on (在承接省市1235项赋权基础上): held before,
    dated by nothing the report says, so no answer to when it came about."""
    return fact.quote is not None and _BASE_BUILT_ON.search(fact.quote) is not None


_BASE_BUILT_ON = LazyPattern(BASE_BUILT_ON, hints=("基础上",))


def _of_a_thing_unnamed(question: Question, fact: Fact) -> bool:
    """产值增长了多少, how fast did output grow: a measure's change asked of nothing named
    but the measure, which the fact states of one thing before it (战略性新兴产业产值): that
    thing's, not the zone's, which the report does not state."""
    if question.measure not in ("growth-rate", "growth-contribution"):
        return False
    said = [t.text for t in question.subject if not t.place and not t.optional]
    measures = [vocab.ZH_MEASURE_WORDS.get(w) or vocab.EN_MEASURE_WORDS.get(w) for w in said]
    if not said or not all(m in MEASURES for m in measures):
        return False
    label = fact.label.zh
    return not label.startswith("全区") and any(
        label.find(MEASURES[m].zh) > 0 for m in measures if m is not None
    )


def _industry_unnamed(base: FactBase, fact: Fact, folded: str) -> bool:
    """The fact names the industry asked about nowhere as one: as an industry (食品行业)
    or in a list of them (食品、医药 of the alliances); 吉利汽车 and 新能源汽车需求 are no
    汽车行业."""
    # (吉利汽车工业产值, 甲醇汽车产业: a firm's or a fuel's vehicles, no industry asked)
    chinese = vocabulary_of(search_data(base), False).chinese
    said = next(
        (
            m
            for m in _INDUSTRY_NAMED.finditer(folded)
            if not _glued_to_a_name(chinese, folded, m.start())
            and not _in_a_firms_english_name(base, folded, m.start())
        ),
        None,
    )
    if said is None:
        return False
    word = said["zh"] or _EN_LEVELS[said["en"]]
    # (A sentence pairing firms and industries respectively, 白象食品、华卫药业分别拉动食品、
    # 医药行业, names the other firm's industry too: the fact's own label says which.)
    quote = fact.quote or ""
    stated = fact.label.zh + ("" if "分别" in quote else quote)
    return re.search(f"{word}(?:行业|工业|产业)|、{word}|{word}、", stated) is None


# Value added (增加值) and gross output (总产值, 产值): two aggregates, never one for the
# other (Geely's pull is on industrial value added, Baixiang's on gross output).
_VALUE_ADDED_ASKED = LazyPattern(r"增加值|\bvalue[- ]added\b", hints=("增加值", "value"))
_GROSS_OUTPUT_ASKED = LazyPattern(
    r"(?<!生)产值|\b(?:gross|industrial) output\b|\boutput value\b", hints=("产值", "output")
)


def _another_aggregate(fact: Fact, folded: str) -> bool:
    """Does the question ask of value added where the fact's figure is of gross output, or
    the other way round (吉利拉动全区工业总产值增长多少: Geely's pull is on 工业增加值)? Read
    in the clause stating the figure (Geely's sentence gives its 产值 too), or the label."""
    if not fact.value_text:
        return False
    clauses = [c for c, said in _clauses_stating(fact) if said]
    stated = clauses[0] if clauses else fact.label.zh
    added, gross = "增加值" in stated, "产值" in stated.replace("增加值", "")
    if added == gross:
        return False  # both or neither: nothing to tell apart
    asked_added = _VALUE_ADDED_ASKED.search(folded) is not None
    asked_gross = _GROSS_OUTPUT_ASKED.search(folded.replace("增加值", "")) is not None
    return (asked_added and not asked_gross and gross) or (
        asked_gross and not asked_added and added
    )


def _rate_against_another_year(fact: Fact, folded: str) -> bool:
    """GDP增速比2021年快吗: the year's growth rate held against another year's, which the
    report never gives (比去年增长 asks the growth itself, and is answered)."""
    return fact.measure == "growth-rate" and _RATE_AGAINST_YEAR.search(folded) is not None


_RATE_AGAINST_YEAR = LazyPattern(
    r"(?:增速|增幅|增长率|增长速度)(?:比|较|跟|和|同)(?:去年|上年|前年|上一年|20(?!22)\d\d年?)"
    r"|\bgrowth(?: rate)? (?:faster|slower|higher|lower) than (?:in )?(?:20(?!22)\d\d|last year)",
    hints=("增", "growth"),
)


def _zone_for_industry(fact: Fact, folded: str) -> bool:
    """华卫药业拉动全区工业总产值多少: a pull asked on the whole zone's figure, where the
    fact's is on one industry's (医药行业): another whole."""
    if fact.measure != "growth-contribution" or "行业" not in (fact.quote or ""):
        return False
    # (全区医药行业: the industry named, in the zone, is the fact's own whole)
    industry = (
        "行业" in folded
        or any(w in folded for words in _INDUSTRIES for w in words)
        or _INDUSTRY_NAMED.search(folded) is not None  # the pharma industry
    )
    return not industry and _ZONE_WHOLE.search(folded) is not None


_ZONE_WHOLE = LazyPattern(
    r"全区|全开发区|整个开发区"
    r"|\b(?:the )?(?:whole|entire) zone|\bzone(?:'s|-wide)? (?:total|overall)"
    # the zone's industrial growth, the zone's output
    r"|\bzone's (?:industrial |total |overall )?(?:growth|output|value[- ]added)",
    hints=("全", "整个", "whole", "entire", "zone"),
)


def _glued_to_a_name(chinese: str, folded: str, at: int) -> bool:
    """Is the industry's word the end of a name the base holds (吉利汽车, 甲醇汽车: the
    two characters before it and it), not a word after a verb (拉动汽车行业)?"""
    return (
        at >= 2
        and is_cjk(folded[at - 1])
        and folded[at - 2 : at + 2] in chinese
        and _PULL_SAID.fullmatch(folded[at - 2 : at]) is None  # (拉动医药: a verb before it)
    )


def _in_a_firms_english_name(base: FactBase, folded: str, at: int) -> bool:
    """Is the word at `at` one of a firm's English name (Food of Baixiang Food growth)?"""
    for entity in base.entities:
        for name in (entity.en, *(a for a in entity.aliases if a.isascii())):
            name = name.casefold()
            start = folded.find(name)
            while start >= 0:
                if start <= at < start + len(name):
                    return True
                start = folded.find(name, start + 1)
    return False


def _firms_unnamed(base: FactBase, fact: Fact, folded: str) -> list[Entity]:
    """The firms a question names that the fact does not (is Geely a high-tech enterprise:
    the count of high-tech firms names none of them)."""
    # (思普瑞, 花卫, 吉力: a firm's name typed by its sound names it too, here only where
    # the fact names it not: such a slip never gives a fact another firm's figure)
    named = _firms_named(base, folded) | _firms_heard(base, folded)
    written = (fact.label.zh, fact.quote or "", *fact.entities)
    return [
        e
        for e in base.entities
        if e.kind == "enterprise"
        and e.zh in named
        and not any(n in w for n in (e.zh, *e.aliases) if has_cjk(n) for w in written)
    ]


def _firms_heard(base: FactBase, text: str) -> set[str]:
    """The names of the firms whose Chinese name of two to four characters the text says
    by its sound, syllable by syllable, one character written otherwise (思普瑞 for 斯普瑞,
    花卫 for 华卫, 吉力 for 吉利); each firm by all its Chinese names."""
    heard: set[str] = set()
    if not has_cjk(text):
        return heard
    for chinese, kindless, _ in _firm_table(base).firms:
        for name in kindless:
            sounds = [sound_of(c) for c in name]
            if not 2 <= len(name) <= 4 or name in text or None in sounds:
                continue
            for at in range(len(text) - len(name) + 1):
                window = text[at : at + len(name)]
                slips = sum(typed != meant for typed, meant in zip(window, name, strict=True))
                if slips == 1 and [sound_of(c) for c in window] == sounds:
                    heard.update(chinese)
                    break
    return heard


def _firm_first(base: FactBase, question: Question, folded: str, firms: list[Entity]) -> bool:
    """Is one of the firms what the question is about: named before any other thing it
    names (is Geely a high-tech enterprise, not was the first truck made at Geely)?"""
    spellings = [
        n.casefold()
        for e in firms
        for n in (e.zh, *e.aliases, e.en, *re.findall(r"[A-Za-z]{4,}", e.en)[:1])
    ]
    at = [i for i in (folded.find(n) for n in spellings if n) if i >= 0]
    things = [folded.find(t.text) for t in question.subject if t.text in folded]
    return bool(at) and all(min(at) <= i for i in things)


def _contribution_unasked(
    base: FactBase, fact: Fact, folded: str, said: frozenset[str] = frozenset()
) -> bool:
    """A growth asked (增长了多少个百分点, did value added grow), or the whole itself (the
    zone's industrial value added), of no firm and with no pull said: the whole's own
    growth or level, which a firm's contribution is not. (`said`: the figures the question
    names a fact by, claiming none.)"""
    if fact.measure != "growth-contribution":
        return False
    if _GROWTH_SAID.search(folded) is None and _WHOLE_ASKED.search(folded) is None:
        return False
    if _PULL_SAID.search(folded) is not None:
        return False
    if fact.value_text in said:
        return False  # 27.26 points of growth, which company: the pull's own figure names it
    return not (set(fact.entities) & _firms_named(base, folded))


def _figures_named(question: Question) -> frozenset[str]:
    """The figures a question names a fact by, asking which firm (27.26 points of growth,
    which company); none where it claims one, or asks a number beside it (全区工业增加值
    增长了多少个百分点，27.26？: a guess at the zone's growth)."""
    if question.threshold is not None or question.wants_number:
        return frozenset()
    if not (question.about_enterprise or question.asks_who):
        return frozenset()
    return frozenset(t.text for t in question.terms if t.numeric)


# The whole a firm's pull is on, asked as an amount (工业增加值总额, the zone's industrial
# value added total amount): no growth said, yet no pull asked either.
_WHOLE_ASKED = LazyPattern(
    r"增加值(?:总额|总量|总计|是多少|有多少)|value[- ]added(?: total)? (?:amount|total|figure)",
    hints=("增加值", "value"),
)


# A level or a reach claimed of a thing (省级企业技术中心, 全球首台): one of each family.
_Family = tuple[tuple[str, ...], ...]
_LEVELS: _Family = (("国家级", "国际级"), ("省级",), ("市级",))
_REACHES: _Family = (
    ("全球", "世界"), ("全国", "国内", "中国"), ("全省", "省内"), ("全市", "市内"), ("全区", "区内")
)  # fmt: skip
# Each reach as its family's first word says it (国内首台 is 全国首台).
_REACH_AS = {word: words[0] for words in _REACHES for word in words}
# The industry a firm's growth is counted in (白象 drove 食品, 华卫 医药).
_INDUSTRIES: _Family = (("食品",), ("医药",), ("汽车",), ("纺织",), ("装备",))
# The kind of vehicle, and what a contribution is to (Geely's is to 增加值): checked
# against an answer only, never left out to find one (they name what is asked).
_VEHICLES: _Family = (("轿车",), ("公交车", "客车"), ("重卡", "卡车", "货车"))
_TOTALS: _Family = (("总产值",), ("增加值",))
# The grade of a prize (the spinning frame's 二等奖, the spinneret's 金奖).
_GRADES: _Family = (
    ("一等奖", "特等奖"), ("二等奖",), ("三等奖",), ("金奖",), ("银奖",), ("铜奖",)
)  # fmt: skip
_LEVEL_FAMILIES = (_LEVELS, _REACHES, _INDUSTRIES, _VEHICLES, _TOTALS, _GRADES)
# The reach that says a level (a contest across the province is a provincial one).
_REACH_OF_LEVEL = {"国家级": ("全国",), "国际级": ("全国",), "省级": ("全省",), "市级": ("全市",)}
# Set aside to find the thing asked about when the question as put finds none.
_ASIDE_FAMILIES = (_LEVELS, _REACHES, _INDUSTRIES, _GRADES)
# A fact's own name says every one of these it holds (a kind of vehicle it may not).
_NAMED_FAMILIES = (_LEVELS, _REACHES, _GRADES)
# Where a first is first, in English, as the report's reach says it (全球首台, 全省首台).
_EN_REACHES = {
    "world": "全球", "global": "全球", "china": "全国", "nation": "全国", "country": "全国",
    "province": "全省", "shanxi": "全省", "city": "全市", "jinzhong": "全市",
}  # fmt: skip
_EN_REACH_WORDS = "|".join(_EN_REACHES)
# The world's first, the first … in the province (_EN_REACHES names each reach).
_FIRST_OF_EN = LazyPattern(
    rf"\b(?P<reach>{_EN_REACH_WORDS})(?:'s)?[- ](?:very )?first\b"
    rf"|\bfirst\b(?:[\s-][a-z0-9]+){{0,6}}?\s(?:in|of)\s(?:the\s)?(?P<where>{_EN_REACH_WORDS})\b",
    hints=("first",),
)
# A place in a ranking after a reach (全市第一, 全省排名; not 全省第一台, a first thing).
_A_PLACE_RANKED = re.compile(
    r"第[一二三四五六七八九十\d]+(?![一二三四五六七八九十\d]|[台辆个家款部项批条座套])|排|倒数|前列"
)
# A first thing (首台, 第一台, 第一辆): its reach is what a first claimed holds.
_A_FIRST_THING = re.compile(r"首[台辆款套批]|第一[台辆款套批]")
# First in the province, no thing between: a place in a ranking (the first truck in …
# is a first thing).
_FIRST_IN_A_PLACE = re.compile(r"first\s+(?:in|of)\b")
_CLAIMED_LEVEL = LazyPattern(
    # (全国大赛的金奖: a contest's reach, as the firsts' is; 全省排名第一: a ranking's)
    r"国家级|国际级|省级|市级|国家(?=考核|部委|指标)"
    r"|(?:全球|世界|全国|国内|中国|全省|全市)(?=首|第一|排名|排第|排在|[^，,。？?]{0,8}?[大比竞]赛)"
    r"|(?:全区|区内)(?=排名|排第|排在)"  # (留抵退税全区排名: a ranking in the zone)
    # (中国纺织工业联合会: a body's name, no industry claimed)
    r"|(?:食品|医药|汽车|纺织|装备)(?=(?:行业|工业|产业)(?!联合会|协会|联盟|商会))"
    r"|轿车|公交车|客车|重卡|卡车|货车|总产值|增加值"
    r"|[特一二三]等奖|[金银铜]奖"
    # (a sedan with a truck: two kinds said, neither claimed of the other)
    r"|\b(?:cars|sedans?|buses|bus|trucks?|lorr(?:y|ies))\b"
    # (the food industry, pharma output: an industry, as 食品行业 is)
    r"|\b(?:food|pharmaceutical|pharma|drug|medicine|automotive|auto|car|textile|equipment)"
    r"(?=[- ](?:industry|industries|sector|output|manufacturing)\b)"
    r"|\b(?:first|second|third|special|grand)[- ]prize\b|\b(?:gold|silver|bronze)\b"
    # the world's first, first in the province: a reach, before national (the nation's)
    rf"|\b(?:{_EN_REACH_WORDS})(?:'s)?[- ](?:very )?first\b"
    # (one separator a word: a hyphen is never both, or a run of them backtracks)
    rf"|\bfirst\b(?:[\s-][a-z]+){{0,6}}?\s(?:in|of)\s(?:the\s)?(?:{_EN_REACH_WORDS})\b"
    r"|\b(?:provincial|municipal|city-level|national|state-level)\b",
    hints=(
        *("级", "全", "世界", "行业", "工业", "产业", "车", "卡", "产值", "增加值", "奖"),
        *("provincial", "municipal", "national", "city-level", "state-level"),
        *("cars", "sedan", "bus", "truck", "lorr", "prize", "gold", "silver", "bronze", "first"),
        *("国内", "中国", "国家"),
        *("industr", "sector", "output", "manufacturing"),
    ),
)
# An English level claimed, as the fact's Chinese name says it.
_EN_LEVELS = {
    "provincial": "省级", "municipal": "市级", "city-level": "市级", "national": "国家级",
    "state-level": "国家级", "cars": "轿车", "sedans": "轿车", "buses": "公交车",
    "sedan": "轿车", "bus": "公交车",
    "truck": "重卡", "trucks": "重卡", "lorry": "重卡", "lorries": "重卡",
    "first prize": "一等奖", "second prize": "二等奖", "third prize": "三等奖",
    "special prize": "特等奖", "grand prize": "特等奖",
    "gold": "金奖", "silver": "银奖", "bronze": "铜奖",
    "food": "食品", "pharmaceutical": "医药", "pharma": "医药", "drug": "医药",
    "medicine": "医药", "automotive": "汽车", "auto": "汽车", "car": "汽车",
    "textile": "纺织", "equipment": "装备",
}  # fmt: skip


# An industry named as one (食品行业, the pharmaceutical sector), by the industries'
# words above, in either language; 吉利汽车 names a firm (_glued_to_a_name).
_INDUSTRY_NAMED = LazyPattern(
    # (食品业, 医药业: an industry said short)
    rf"(?P<zh>{'|'.join(w for words in _INDUSTRIES for w in words)})(?=行业|工业|产业|业)"
    r"|\b(?P<en>"
    + "|".join(k for k, zh in _EN_LEVELS.items() if any(zh in ws for ws in _INDUSTRIES))
    # (contribution to pharma growth: the industry's growth, as 医药行业增长)
    + r")(?=[- ](?:industry|industries|sector|manufacturing|growth|output)\b)",
    hints=(
        *("行业", "工业", "产业", "industr", "sector", "manufacturing", "growth", "output"),
        *(f"{w}业" for words in _INDUSTRIES for w in words),
    ),
)


# Half said bare (有一半, half of), not more than half (一半以上, 过半, over half).
_BARE_HALF = LazyPattern(
    r"(?<![超过多])一半(?!以上|多)|(?<!more than )(?<!over )(?<!at least )\bhalf of\b",
    hints=("一半", "half"),
)


# A negation before words of what a fact counts (没有停工的, 未获批, 非高新技术企业, did not
# win approval), or a class of firms below the fact's floor (亿元以下): the rest of them.
_NOT_ZH = LazyPattern(r"没有|没|未|非|不是|不", hints=("没", "未", "非", "不"))
# Not named by the report (没列出来的, 未点名的, the ones not named): the rest of a list it
# gives in part (高新技术企业数增速…等7项), which it never names.
_UNNAMED_BY_THE_REPORT = LazyPattern(
    # (not asked either way: 有没有提到, 提没提到, 是不是)
    r"(?:(?<![有提列点写说讲])(?:没有?|未)|(?<![有提列点写说讲是])不)被?"
    r"(?:列出|列明|列举|列|点名|点到|提到|提及|写出|写到|写明|说出|讲到)"
    r"|\b(?:not|never) (?:named|listed|mentioned|spelt out|spelled out)\b|\bun(?:named|listed)\b",
    hints=("没", "未", "不", "not", "never", "unnamed", "unlisted"),
)
_NOT_EN = LazyPattern(r"\b(?:not|never|non)\b|n't\b|\bnon-", hints=("not", "never", "non", "n't"))
# Failing said without a not (missed, failed, fell short, unmet): the rest of what was done.
_FELL_SHORT_EN = LazyPattern(
    r"\b(?:missed|miss|failed|fail|fell short|falls? short|unmet|unfulfilled|unfinished"
    r"|incomplete|uncompleted)\b"
    # (not met, weren't completed: a target's verb denied)
    r"|(?:\bnot|n't)\s+(?:been\s+|yet\s+|all\s+)?(?:met|completed|achieved|fulfilled"
    r"|accomplished|finished|reached|hit)\b",
    hints=("miss", "fail", "short", "unmet", "unf", "incomplete", "uncompleted", "not", "n't"),
)
_BELOW_CLASS = LazyPattern(
    r"(?:亿|万)元?(?:以下|以内)|(?:不到|不足|低于|少于)[^，,。？?]{0,6}(?:亿|万)元?[^，,。？?]{0,3}的"
    r"|\b(?:below|under|less than)\s+(?:rmb\s*|yuan\s*)?\d+\s*(?:m|mn|million|bn|billion)\b",
    hints=("以下", "以内", "不到", "不足", "低于", "少于", "below", "under", "less"),
)
# Not halted, said as what went on (kept working, stayed open, continued operating).
_KEPT_GOING = LazyPattern(
    r"\b(?:kept|keep|stayed|stay|remained|continued|carried on)\s+"
    r"(?:working|open|operating|running|producing|in operation|in business)\b",
    hints=("kept", "keep", "stay", "remained", "continued", "carried"),
)
# Those among them that are not (省级小巨人中不是国家级的, 38户里没有停工的).
# (Not the report's own silence: 报告里没直接写, 文中未提.)
# (Not the asker's own: 心中没数, 手里没有数据; nor 非公企业, a name; 没 before 有 is 没有.)
_NOT_AMONG = LazyPattern(
    r"(?<!报告)(?<![文书表心手脑眼])(?:中|里|之中|当中|里面|里头)(?:有)?(?:不是|没有|没(?!有)|未|非(?!公))"
    r"(?!常|直接|提|说|写|给|讲|列|数|底)",
    hints=("中", "里"),
)
_EN_ASKS_AMOUNT = LazyPattern(
    r"\b(?:how many|how much|what share|what percentage|what proportion|what part)\b"
    # (which award was not gold, which firm did not pull growth: which of them)
    r"|\b(?:which|what)\s+(?:[a-z]+\s+)?(?:was|were|is|are|did|does|has|have)\b",
    hints=("how", "what", "which"),
)


def _asked_either_way(folded: str, match: re.Match[str]) -> bool:
    """Is the negation part of a question asked both ways (有没有, 停没停, 是不是)?"""
    before = folded[: match.start()]
    after = folded[match.end() :]
    said = match.group()
    if said == "没有" and before.endswith("有"):
        return True
    return bool(before) and bool(after) and before[-1] == after[0]


_NOT_A_NEGATION = ("未来", "不断", "不少", "不同", "非常", "不仅", "不但", "不管", "不论", "不过")


def _below_its_class(text: str, fact: Fact) -> bool:
    """Does the question name firms below the floor the fact's class is over (亿元以下 of
    the firms over 100 million yuan)?"""
    said = _stated_text(fact)
    return _BELOW_CLASS.search(fold_query(text)) is not None and ("以上" in said or "over" in said)


def _the_rest(base: FactBase, text: str, question: Question, answer: Answer) -> Answer | None:
    """没有停工的四上企业占多少, how many firms did NOT win approval, 亿元以下企业产值: the
    complement of what the fact counts, shares or sums, which it does not state (its own
    figure would answer the opposite question). Declined, the fact related."""
    fact = answer.facts[0]
    if is_a_rest(fact):
        return None  # 没停产的占多少: the 15% the report implies is that rest
    meant = _the_rest_meant(base, text, answer)
    if meant is not answer:
        return meant  # what share were not halted: of the 85% halted, the 15% inferred
    folded = fold_query(text)
    said = _stated_text(fact)
    # (The deed in the fact's Chinese aliases too: 获奖 of 荣获金奖, 获二等奖.)
    named = " ".join(a for a in fact.aliases if has_cjk(a))
    rest = _below_its_class(text, fact)
    if _NOT_AMONG.search(folded) is not None:
        rest = True  # 省级小巨人中不是国家级的: those of them that are not, a part untold
    if _UNNAMED_BY_THE_REPORT.search(folded) is not None:
        rest = True  # 没列出来的那几项: those the report leaves unnamed, never the named
    for match in _NOT_ZH.finditer(folded):
        if _asked_either_way(folded, match):
            continue  # 有没有, 停没停, 是不是: whether, no negation of what is counted
        if folded[match.start() : match.start() + 2] in _NOT_A_NEGATION:
            continue
        after = folded[match.end() :]
        # (没有获批的: the verb as written, and without what only leads it, 被, 能, 曾)
        for words in {after, after.lstrip("被能获曾有")}:
            run = re.match(r"[\u4e00-\u9fff]{2,8}", words)
            if run is None or f"{match.group()}{run.group()[:2]}" in said:
                continue  # 非公企业, as the report writes it: a name, no negation
            # (不是用于渡过难关的: its deed, 渡过难关, anywhere in what follows)
            words = run.group()
            rest = (
                rest
                or any(
                    words[:n] in said or (n >= 2 and words[:n] in named)
                    for n in range(len(words), 1, -1)
                )
                or any(words[i : i + 4] in said for i in range(1, len(words) - 3))
            )
    if question.english and not rest:
        # (Words of one root: approval, approved.)
        written = re.findall(r"[a-z]+", said)
        stated = {stem(w) for w in written} | {w[:6] for w in written if len(w) >= 6}
        asking = _EN_ASKS_AMOUNT.search(folded)
        for match in _NOT_EN.finditer(folded):
            if asking is not None and match.start() < asking.start():
                continue  # I don't know the GDP, what was it: the asker's, not the count's
            # (share of firms not halted: no question word, the not is the count's)
            following = re.findall(r"[a-z]+", folded[match.end() :])[:3]
            rest = rest or any(
                stem(w) in stated
                or w[:6] in stated
                # (not shut down, of firms halted: the report's word for it)
                or any(stem(s) in stated for s in vocab.EN_SYNONYMS.get(w, ()))
                for w in following
                if w not in vocab.EN_STOP and len(w) > 2
            )
        if _KEPT_GOING.search(folded) is not None and "halt" in stated:
            rest = True  # kept working, stayed open: those not halted
        if asking is not None and _FELL_SHORT_EN.search(
            _EN_CLAUSE_END.split(folded[asking.start() :])[0]
        ):
            # How many targets were missed: those not done, of the done ones (failing said in
            # the clause asking how many, not the asker's: I failed to find it).
            rest = True
    if not rest:
        return None
    subject = [s for s in _subject_scores(base, question, text) if s.row.id == fact.id]
    said = _ASKING_TAIL.sub("", _ASKING_HEAD.sub("", folded)).strip(" ?？,，")
    if question.measure in MEASURES:
        said = said.removesuffix(MEASURES[question.measure].zh)  # (亿元以下企业产值的产值)
    return _declined(base, question, text, subject, "unstated-measure", subject_said=said)


def _the_rest_meant(base: FactBase, text: str, answer: Answer) -> Answer:
    """The rest the report implies of the fact answering (the 15% not halted, of the 85%
    halted), where the question asks for it in its own negated words (rank.rest_asked); else
    the answer as it was."""
    if answer.kind != "fact" or not answer.facts:
        return answer
    position = base.index_of(answer.facts[0].id)
    rest = None if position is None else rests_of(base).get(position)
    if rest is None or not rest_asked(base, text, rest):
        return answer
    return answer._replace(facts=(base.fact(rest),), verdict=None, threshold=None)


# The asking words around what is asked (…占多少？, how many … ?): not part of it.
_ASKING_TAIL = LazyPattern(
    r"(?:的?(?:占比|比例|比重)?(?:占|有|是|为)?(?:多少|几)[^，,。]*|[？?]+)$",
    hints=("多少", "几", "?", "？"),
)
_ASKING_HEAD = LazyPattern(
    r"^\s*(?:how many|how much|what share of|what percentage of|what proportion of)\s+",
    hints=("how", "what"),
)


def _half_said_of_more(text: str, question: Question, answer: Answer) -> bool:
    """A bare half held as at least half against a figure well above it (85%)."""
    held = question.threshold
    fact = answer.facts[0]
    if held is None or held.relation != "at-least" or Decimal(held.number) != 50:
        return False
    if fact.value is None or fact.unit != "%" or _BARE_HALF.search(fold_query(text)) is None:
        return False
    return fact.value > 52


def _another_industry(text: str, fact: Fact) -> bool:
    """Does the question name one industry (医药行业, pharma output) of a fact whose name
    gives another (白象食品拉动食品行业…)?"""
    said = {
        word
        for m in _CLAIMED_LEVEL.finditer(fold_query(text))
        for word, family in [_level_said(m.group())]
        if family is _INDUSTRIES
    }
    stated = {w for words in _INDUSTRIES for w in words if w in fact.label.zh}
    return len(said) == 1 and bool(stated) and not said & stated


# Two ways of being recognised, either counted (被认定或获批), with no kind named after.
_EITHER_RECOGNISED = LazyPattern(
    r"(?:认定|获批|评为|评定|认证|入选|批准)或者?(?:被)?(?:认定|获批|评为|评定|认证|入选|批准)"
    r"(?![^，,。？?]*(?:为|成|的)[^，,。？?]*?(?:企业|中心|巨人))"
    # (获批认定的企业: two ways of being recognised run together, as 或 joins them)
    r"|获批认定|认定获批|批准认定|认定批准(?![^，,。？?]*(?:为|成)[^，,。？?]*?(?:企业|中心|巨人))",
    hints=("或", "获批认定", "认定获批", "批准认定", "认定批准"),
)


# A total said (总额, in total, all told), of whatever is named.
_TOTAL_SAID = LazyPattern(
    r"总额|总数|合计|总计|一共|共计|总共|\b(?:total|in all|all told|altogether|combined)\b"
    rf"|{GONG_ALONE}",  # (两笔扶持资金共7.06亿)
    hints=("总", "计", "共", "total", "all", "altogether", "combined"),
)


def _one_of_several(base: FactBase, text: str, question: Question, fact: Fact) -> bool:
    """Is the fact one of several the thing asked of names alike (扶持资金: two payments),
    so that asked without the figure, which of them is meant is left open?"""
    unheld = question._replace(threshold=None, yes_no=False, claims="", total=False)
    alone = _ask(base, text, unheld)
    return alone.reason == "ambiguous" and any(m.fact.id == fact.id for m in alone.related)


def _either_of_two(base: FactBase, text: str, question: Question, fact: Fact) -> list[Scored]:
    """The two facts of two things joined by 或 (not 或者说, 或许), where each side names a
    fact of its own and they differ; [] otherwise (留抵退税或退税金额: one fact, said twice)."""
    folded = fold_query(text)
    if "或" not in folded or OR_COUNTED.search(folded) is None:
        return []
    sides = sides_of(OR_COUNTED.sub("或", folded), ("或",))
    if len(sides) != 2:
        return []
    best = []
    for side in sides:
        found = score_facts(base, _read(base, side), side)
        if not found or found[0].score < NAMED:
            return []
        best.append(found[0])
    positions = {s.position for s in best}
    if len(positions) < 2 or base.index_of(fact.id) not in positions:
        return []
    return best


def _share_of_another_place(question: Question, fact: Fact) -> bool:
    """Is the share asked of a whole in another place (全市规上企业, 全省) than the fact's
    share is of (全区: the zone's own)?"""
    if fact.measure != "share":
        return False
    places = (*vocab.ZH_PLACE_WORDS, "市里", "省里")
    asked = {p for whole in question.share_of for p in places if whole.startswith(p)}
    return bool(asked) and not any(p in fact.label.zh for p in asked)


# Who or which holds a place (第一名是谁, 排名第一的是哪个, who came first, which zone
# ranked top): the holder asked, by the place said.
_HOLDER_OF_PLACE = LazyPattern(
    r"(?P<place>倒数第[一1]|第[一二三1-3]|榜首|头名|冠军|垫底|最后一名|末位)名?位?的?"
    r"(?:企业|单位|开发区|园区|地方)?(?:是|为|属于)?(?:谁|哪个|哪家|哪一个|哪一家|哪里)"
    r"|\b(?:who|which (?:zone|one|park|area|district|city))\s+(?:was\s+|came\s+|ranked\s+"
    r"|finished\s+|placed\s+|is\s+)(?:ranked\s+)?(?P<en>first|top|no\.?\s*1|last|bottom)\b",
    hints=("第", "榜首", "头名", "冠军", "垫底", "最后", "末位", "who", "which"),
)
_FIRST_PLACE_SAID = ("第一", "第1", "榜首", "头名", "冠军", "居首", "首位")
_LAST_PLACE_SAID = ("垫底", "倒数第一", "倒数第1", "最后一名", "末位", "排名最后")


# (a prize; not an honour or a title, which a designation is: 小巨人, 500强)
_AWARD_ASKED = LazyPattern(
    r"(?:什么|啥|咩|哪个|哪些|何种|哪种|几个|多少)(?:个)?奖|(?:获|得|拿|攞|赢)(?:了|咗|过)?(?:什么|啥|咩|哪些|哪个)?奖"
    r"|\b(?:prizes?|awards?|medals?)\b",
    hints=("奖", "prize", "award", "medal"),
)


def _award_of_no_award(text: str, fact: Fact) -> bool:
    """Does the question ask a prize (汾盾1号获得了什么奖项, what prize did it win) of a
    fact telling none (no award among its tags, no 奖 in its sentence)?"""
    return (
        _AWARD_ASKED.search(fold_query(text)) is not None
        and "awards" not in fact.tags
        and "奖" not in (fact.quote or "")
    )


def _another_holds_the_place(folded: str, fact: Fact) -> bool:
    """Does the question ask who holds a first or last place (第一名是谁) of a fact that
    states another place (垫底, for 第一)?"""
    match = _HOLDER_OF_PLACE.search(folded)
    if match is None:
        return False
    said = match["place"] or match["en"] or ""
    last = said in _LAST_PLACE_SAID or said in ("last", "bottom")
    quote = fact.quote or ""
    states_first = any(w in quote for w in _FIRST_PLACE_SAID) and "倒数" not in quote
    states_last = any(w in quote for w in _LAST_PLACE_SAID)
    if not (states_first or states_last):
        return False  # (no place stated: another check's question)
    return states_last != last


def _citys_for_the_zones(text: str, fact: Fact) -> bool:
    """Does the question ask the zone's figure (全区) of a fact giving the city's (全市)?"""
    folded = fold_query(text)
    return "全区" in folded and "全市" not in folded and fact.label.zh.startswith("全市")


def _a_pull_stated(base: FactBase, held: Threshold | None, folded: str) -> bool:
    """Is the figure said one of the pulls on growth the report states?"""
    return any(
        _figure_named(fact, held, folded)
        for fact in base.facts
        if fact.measure == "growth-contribution"
    )


def _pulled_elsewhere(text: str, fact: Fact, *, claimed: bool) -> bool:
    """Does the question ask a pull on another industry than the fact's, or on GDP where
    the fact's is on something else? The industry counts only where `claimed` (a figure
    held, a how-much question): a yes/no question claiming the industry itself (白象拉动的
    是医药行业吗) is _another_level's 否."""
    return (
        (claimed and _another_industry(text, fact))
        or _pulls_another_whole(text, fact)
        or _pull_on_another_whole(text, fact)
    )


# The zone's whole pulled (全区工业总产值, the zone's output growth), or an industry's
# (新能源汽车行业, the food industry): what a pull is on, said right before it.
_ZONE_WHOLE_PULLED = LazyPattern(
    r"全区(?:的)?(?:规上)?(?:工业|经济|gdp|地区生产总值|产值|增加值)"
    r"|\bzone(?:'s)?(?:-wide)?\s+(?:total\s+)?(?:industrial\s+|industry\s+)?"
    r"(?:growth|output|value[- ]added|production|economy|gdp)\b",
    hints=("全区", "zone"),
)
_INDUSTRY_PULLED = LazyPattern(
    r"[\u4e00-\u9fff](?:行业|产业)"
    r"|\b(?:food|pharma\w*|medicine|medical|drugs?|car|cars|auto\w*|vehicles?|nev|textiles?"
    r"|equipment|chemicals?|materials?)\s+(?:industry|sector)\b",
    hints=("行业", "产业", "industry", "sector"),
)


def _pull_on_another_whole(text: str, fact: Fact) -> bool:
    """Does the question ask a pull on the zone's whole (白象拉动全区工业总产值) of a fact
    giving one on an industry's (食品行业), or a pull on an industry (吉利拉动新能源汽车
    行业) of one giving the zone's (全区工业增加值)?"""
    if fact.measure != "growth-contribution":
        return False
    asked = re.split(r"[，,；;。]", fold_query(text).strip(" ，,；;。？?"))[-1]
    zone = _ZONE_WHOLE_PULLED.search(asked) is not None
    industry = _INDUSTRY_PULLED.search(asked) is not None
    on_industry = "行业" in fact.label.zh or "产业" in fact.label.zh
    on_zone = "全区" in fact.label.zh
    return (zone and not industry and on_industry) or (industry and not zone and on_zone)


# GDP, however said: a whole no firm's pull in the report is on; and the wholes they are
# on (industrial value added, an industry's output), said beside it.
_GDP_SAID = LazyPattern(r"\bgdp\b|地区生产总值|经济总量", hints=("gdp", "地区生产总值", "经济总量"))
_PULLED_WHOLE_SAID = LazyPattern(
    r"增加值|行业|产值|\bvalue added\b|\boutput\b|\bindustry\b",
    hints=("增加值", "行业", "产值", "value added", "output", "industry"),
)


def _pulls_another_whole(text: str, fact: Fact) -> bool:
    """Does the question ask a pull on GDP (in the clause that asks, 经济总量首次超过疫情前，
    吉利拉动…: not the one telling) of a fact giving a pull on something else (工业增加值,
    an industry's output), naming none of those?"""
    asked = re.split(r"[，,；;。]", fold_query(text).strip(" ，,；;。？?"))[-1]
    return (
        fact.measure == "growth-contribution"
        and _GDP_SAID.search(asked) is not None
        and _PULLED_WHOLE_SAID.search(asked) is None
        and _GDP_SAID.search(fold_query(f"{fact.label.zh} {fact.label.en}")) is None
    )


def _level_said(claimed: str) -> tuple[str, _Family | None]:
    """The level, reach, kind or grade a claim says, as the report writes it (city-level:
    市级, first prize: 一等奖), and its family (None for none)."""
    said = _EN_LEVELS.get(claimed, _EN_LEVELS.get(claimed.replace("-", " "), claimed))
    said = "国家级" if said == "国家" else said  # (国家考核指标, 国家部委: the national level)
    if said == claimed and claimed.isascii() and "first" in claimed:
        said = next(zh for en, zh in _EN_REACHES.items() if re.search(rf"\b{en}\b", claimed))
    family = next((f for f in _LEVEL_FAMILIES if any(said in words for words in f)), None)
    return said, family


def _another_level(
    base: FactBase, text: str, question: Question, answer: Answer, held: bool = False
) -> Answer | None:
    """被认定为省级企业技术中心了吗, 全球首台甲醇重卡是在开发区下线的吗, 白象拉动的是
    医药行业吗: a yes-or-no question claiming a level, a reach or an industry the report
    gives the thing another of (市级, 全省首台, 食品) is answered 否 with the fact, not
    declined; never where the fact's name says none of them."""
    folded = fold_query(text)
    claimed = _CLAIMED_LEVEL.search(folded)
    if claimed is not None and answer.answered:
        # 在全省…大赛上拿的是银奖吧: a level the fact states (全省) gives way to the next
        # one claimed (the grade), which may be another.
        stated = _levels_written(answer.facts[0].label.zh)
        unstated = (
            m for m in _CLAIMED_LEVEL.finditer(folded) if not _states_level(m.group(), stated)
        )
        claimed = next(unstated, claimed)
    # A figure held is a claim too (did Baixiang lift pharma by 17.77 points, were 11 firms
    # made provincial centres), where the figure is the fact's own: of Huawei's 25.35,
    # Baixiang is another firm, no level.
    by_figure = not (held or question.yes_no) and question.threshold is not None
    if claimed is None or not (held or question.yes_no or by_figure):
        return None
    said, family = _level_said(claimed.group())
    if family is None:
        return None
    if by_figure and family is _INDUSTRIES and not _firms_named(base, folded):
        return None  # 纺织行业增长了17.77个百分点吗: no firm's pull claimed, no industry's
    levels = {_level_said(m.group())[0] for m in _CLAIMED_LEVEL.finditer(folded)}
    if sum(any(level in words for level in levels) for words in family) > 1:
        return None  # 17 provincial and 5 national little giants: two claims, one level each
    others = [w for words in family if said not in words for w in words]
    if not answer.answered:
        aside = (m for m in _CLAIMED_LEVEL.finditer(folded) if _level_said(m.group())[1])
        aside = (m for m in aside if _level_said(m.group())[1] in _ASIDE_FAMILIES)
        claimed = next(aside, None)  # 甲醇重卡是全球首台吗: the reach, not the vehicle
        if claimed is None:
            return None  # the vehicle is what is asked about, kept
        said, family = _level_said(claimed.group())
        assert family is not None
        others = [w for words in family if said not in words for w in words]
        # 细纱机拿的是金奖吗: the grade claimed set aside, the thing asked about remains.
        answer = _ask(base, folded[: claimed.start()] + folded[claimed.end() :])
        named = [
            m.fact for m in answer.related if any(w in m.fact.label.zh for ws in family for w in ws)
        ]
        if answer.reason == "ambiguous" and len(named) == 1:
            # 甲醇重卡是全球首台吗: of the trucks, the one the report gives a reach of
            answer = _answer(base, question, text, "fact", (named[0],))
        ranked = (
            _A_PLACE_RANKED.match(folded, claimed.end()) is not None
            or _FIRST_IN_A_PLACE.match(claimed.group()) is not None
        )
        if ranked and not (
            answer.answered
            and (
                answer.facts[0].measure == "rank"
                or _A_FIRST_THING.search(answer.facts[0].quote or "")
            )
        ):
            # 全区产值全市第一吗: a place in a ranking, which a figure of the rest (the
            # zone's output) is none of: no 否 for it being the zone's, not the city's (a
            # first thing's reach is still held: 甲醇重卡是全国第一吗).
            return None
    if not answer.answered or answer.kind != "fact":
        return None
    fact = answer.facts[0]
    if _of_another(base, folded, claimed, fact):
        # 全球首台醇电混动轿车和全省首台甲醇重卡…: each level of its own thing; the first
        # level said of the fact answering, if any, is weighed.
        ours = (
            m for m in _CLAIMED_LEVEL.finditer(folded) if not _of_another(base, folded, m, fact)
        )
        claimed = next(ours, None)
        if claimed is None:
            return None
        said, family = _level_said(claimed.group())
        if family is None:
            return None
        others = [w for words in family if said not in words for w in words]
    # Its own name (a quote may speak of others: 全球首台轿车), its bare levels read as
    # levels (省考核指标: 省级).
    stated = _levels_written(fact.label.zh)
    if _states_level(claimed.group(), stated):
        return None  # the fact states the level claimed too
    if (
        family is _LEVELS
        and not re.search(r"\d", folded)
        and _a_thing_at_the_level(base, fact, claimed.group())
    ):
        # Half the city's provincial little giants: the report counts the provincial ones
        # apart (17), of which it gives no share; no level of the national share's. (A
        # figure held, 17 national ones, is the other level's: 否 stands.)
        return None
    if family is _LEVELS and said in _REACH_OF_LEVEL:
        # 国家级金奖 of a prize won at a province-wide contest (全省…大赛): the reach the
        # report gives is its level.
        if any(w in stated for w in _REACH_OF_LEVEL[said]):
            return None
        others = [
            *others,
            *(w for level, ws in _REACH_OF_LEVEL.items() if level != said for w in ws),
        ]
    if not any(w in stated for w in others):
        return None
    if family is _REACHES and fact.measure == "rank" and not held:
        # 留抵退税是全省第一吗, 全区排名多少: first in the city says nothing of the province
        # or of the zone. Declined as unstated, the city's ranking related (from the
        # held-figure path: left as found).
        return _declined(base, question, text, [_as_related(base, fact)], "unstated-measure")
    if family is _REACHES and _reaches_past(stated, said):
        return None  # a first in China, of the world's first: so it is, the report says more
    if family is _REACHES and _A_FIRST_THING.search(stated):
        # 全省首台甲醇重卡是全国首台吗: a first in a wider place than the report names may
        # be so or not; the first in the province says nothing of the country's.
        return _declined(base, question, text, [_as_related(base, fact)], "unstated-measure")
    if family is _LEVELS and _firms_named(base, folded) and _level_above(stated, said):
        # 斯普瑞是省级小巨人吗 of a national one: a firm of a higher level may hold the
        # lower too; the report does not say.
        return None
    if family is _REACHES and fact.measure == "rank":
        return None  # (held: left as found)
    own_figure = question.threshold is not None and _held_to(fact, question.threshold) in (
        "yes",
        "roughly",
    )
    if by_figure and not own_figure:
        return None  # (another firm's figure: Huawei's 25.35 is no Baixiang's)
    if not re.search(r"\d", folded) and _WHETHER_ANY.search(folded) is not None:
        # 有没有省级企业技术中心, 有没有企业获得银奖: whether any exists, which the report's
        # 11 city-level centres or its gold do not settle (否 had been said). (So many
        # claimed of a level, are there 17 city-level giants, is 否 of the 17 provincial.)
        return _declined(base, question, text, [_as_related(base, fact)], "unstated-measure")
    return answer._replace(question=text, verdict="no", threshold=said)


# Whether any such thing exists at all (有没有省级…, 有冇企業攞咗一等獎, is there a
# provincial centre), not whether a named thing is of a level (喷丝头有没有获得银奖).
_WHETHER_ANY = LazyPattern(
    r"^\s*(?:请问)?(?:开发区|全区|园区|区内|晋中开发区)?(?:里|内|里面)?"
    r"(?:有没有|有无|是否有|有木有|有没|有冇|有否)"
    r"|^\s*(?:are|is|were|was) there\b",
    hints=("有", "there"),
)


# A span counted back from the report's year (近三年来首次, the first time in three years).
_SPAN_SAID = LazyPattern(
    r"近(?P<zh>[一二两三四五六七八九十\d]+)年"
    r"|\bin (?:the (?:last|past) )?(?:nearly |almost |about )?(?P<en>[a-z\d]+) years\b",
    hints=("近", "years"),
)


def _span_years(said: re.Match[str]) -> int | None:
    if said["zh"]:
        return int(said["zh"]) if said["zh"].isdigit() else parse_chinese_numeral(said["zh"])
    word = said["en"]
    return int(word) if word.isdigit() else vocab.EN_NUMBER_WORDS.get(word)


def _another_span(text: str, question: Question, answer: Answer) -> Answer | None:
    """是近五年来首次超过疫情前水平吗, the first time in five years: a span claimed longer
    than the fact's sentence gives (近三年来) is answered 否 with it."""
    if not (question.yes_no and answer.answered and answer.kind == "fact"):
        return None
    claims = list(_SPAN_SAID.finditer(fold_query(text)))
    fact = answer.facts[0]
    stated = _SPAN_SAID.search(fact.quote or "") or _SPAN_SAID.search((fact.quote_en or "").lower())
    if len(claims) != 1 or stated is None:
        return None  # (five years or three? two spans offered: neither claimed)
    years, given = _span_years(claims[0]), _span_years(stated)
    # (近两年来首次: the first in three years is the first in two as well, so no 否)
    if years is None or given is None or years <= given:
        return None
    return answer._replace(question=text, verdict="no")


def _levels_written(name: str) -> str:
    """The name, with each level it writes bare (省考核指标, 省市赋权) said as a level too
    (省级, 市级), so that a claim of another level is weighed against it."""
    bare = [_BARE_LEVELS[m.group()] for m in _BARE_LEVEL.finditer(name)]
    return " ".join([name, *bare])


# 省, 市 before what they are the level of (省考核指标, 省市赋权), not of a place or word
# (全省, 本市, 省里, 市场化, 市民).
_BARE_LEVEL = LazyPattern(
    # (not 节省, 省钱, 上市, 超市, 都市, 市值: other words)
    r"中央|(?<![全本外节])省(?![级里内份会钱])|(?<![全城本上超都])市(?![级里内场民区值])",
    hints=("中央", "省", "市"),
)
_BARE_LEVELS = {"中央": "国家级", "省": "省级", "市": "市级"}


def _states_level(claimed: str, stated: str) -> bool:
    """Does the name state the level claimed, in any of its words (国际级 of 国家级)?"""
    said, family = _level_said(claimed)
    return family is not None and any(
        said in words and any(w in stated for w in words) for words in family
    )


def _level_above(stated: str, said: str) -> bool:
    """Does the name state a level above the one said (国家级 of 省级)?"""
    at = [i for i, words in enumerate(_LEVELS) if any(w in stated for w in words)]
    claimed = [i for i, words in enumerate(_LEVELS) if said in words]
    return bool(at and claimed) and min(at) < claimed[0]


def _reaches_past(stated: str, said: str) -> bool:
    """Does the reach the name states hold the one said (全球 holds 全国, 全省, 全市)?"""
    at = [i for i, words in enumerate(_REACHES) if any(w in stated for w in words)]
    claimed = next(i for i, words in enumerate(_REACHES) if said in words)
    return bool(at) and min(at) < claimed


_CLAIM_APART = LazyPattern(
    r"[，,、；;]|和|与|及|跟|以及|\band\b", hints=(*"，,、；;和与及跟", "and")
)


def _of_another(base: FactBase, folded: str, level: re.Match[str], fact: Fact) -> bool:
    """Is the level said of another thing the question also claims (省级小巨人17户、国家级
    5户: 省级 of the provincial ones)? Its clause fits a fact stating that level at least
    as well as the fact answering, by the pairs of characters they share."""
    starts = [m.end() for m in _CLAIM_APART.finditer(folded) if m.end() <= level.start()]
    ends = [m.start() for m in _CLAIM_APART.finditer(folded) if m.start() >= level.end()]
    clause = (
        folded[max(starts, default=0) : level.start()]
        + folded[level.end() : min(ends, default=len(folded))]
    )
    pairs = {clause[i : i + 2] for i in range(len(clause) - 1)} - {"首台", "首辆"}
    pairs = {p for p in pairs if all(is_cjk(c) for c in p)}

    def fit(other: Fact) -> int:
        name = " ".join((other.label.zh, *other.aliases))
        return sum(p in name for p in pairs)

    ours = fit(fact)
    return any(
        other.id != fact.id and level.group() in other.label.zh and fit(other) >= max(ours, 1)
        for other in base.facts
    )


def _premise_checked(base: FactBase, text: str, question: Question, answer: Answer) -> Answer:
    """A figure said that matches is no 是 for the rest of the premise: a level, reach or
    industry the report gives otherwise (白象拉动医药行业17.77个百分点吗) is 否; a firm it
    does not name (吉利交付了500台吗: no one is named), or a word it does not say (500台
    甲醇轿车: they were heavy trucks; 工业总产值 for 增加值), leaves the premise open: the
    fact is given without 是. The words of a standing said loosely (near the bottom) are
    the claim held, no premise."""
    held = question.threshold
    if held is not None and held.relation in LOOSE_STANDINGS:
        question = question._replace(
            terms=[t for t in question.terms if t.text not in held.text],
            subject=[t for t in question.subject if t.text not in held.text],
        )
    otherwise = _another_level(base, text, question, answer, held=True)
    if otherwise is not None:
        return otherwise
    fact = answer.facts[0]
    firm_unsupported = _firm_unsupported(base, text, fact)
    if firm_unsupported:
        # 华卫拉动食品行业17.77个百分点吗: the figure claimed is 白象's pull; said of
        # another firm than the one the fact names, the claim is 否.
        unclaimed = answer._replace(verdict=None, threshold=None, floor_read=False)
        another = _another_firm(base, text, question._replace(yes_no=True), unclaimed)
        if another is not None:
            return another
    if (
        _said_of_another(base, fact, fold_query(text), figure=question.threshold is not None)
        or firm_unsupported
        or _misses_a_word(base, question, text, fact, known=True)
        or _claims_beyond(base, text, question, fact)
        or not _words_borne_out(base, text, question, fact)
        or not _names_each_part_of_the_whole(fact, fold_query(text))
        or _counts_other_things(fact, fold_query(text))
        or _another_post_en(fact, fold_query(text))
        or (fact.measure == "growth-gap" and _PACE_SAID.search(fold_query(text)) is None)
    ):
        # (战新产业产值比GDP高60.7个百分点吗: levels said, of which the gap in rates says
        # nothing; 快, 增速, growth say rates)
        return answer._replace(verdict=None, threshold=None, floor_read=False)
    return answer


# A plural noun as an English question or a fact's English names write it (directors,
# little giants; not bus, status): what a count counts.
_PLURAL = r"[a-z-]{3,}(?<![su])s"


def _counts_other_things(fact: Fact, folded: str) -> bool:
    """Did the zone build 12 factories, set up 7 committees: a number said of things the
    count's names do not count (12 projects, 2 directors) bears out nothing of them."""
    if fact.measure != "count":
        return False
    said = _NUMBER_OF_THINGS.search(folded)
    return said is not None and not _names_as_counted(fact, said["things"])


def _another_post_en(fact: Fact, folded: str) -> bool:
    """Were two centre heads made directors of the committee: the report made them
    assistants to its director (主任助理 is no 主任, in English too)."""
    claimed = _EN_POST.search(folded)
    stated = _EN_POST.search(fact.label.en.casefold())
    return (
        claimed is not None
        and stated is not None
        and stem(claimed["post"].replace(" ", "")) != stem(stated["post"].replace(" ", ""))
    )


_EN_POST = LazyPattern(
    r"\b(?:made|appointed|promoted|named|became|become|serve[sd]? as|elected)\s+"
    r"(?:to\s+|as\s+)?(?:the\s+|a\s+|an\s+)?"
    r"(?P<post>(?:deputy |vice |assistant )?(?:directors?|heads?|chiefs?|managers?|assistants?"
    r"|members?|secretar(?:y|ies)|leaders?))\b",
    hints=("made", "appoint", "promoted", "named", "bec", "serve", "elected"),
)
_NUMBER_OF_THINGS = LazyPattern(
    rf"(?<![\w.,])(?:\d[\d,.]*|{'|'.join(w for w in vocab.EN_NUMBER_WORDS if w != 'a')})\s+"
    rf"(?:[a-z-]+\s+){{0,2}}?(?P<things>{_PLURAL})\b"
)


def _names_each_part_of_the_whole(fact: Fact, folded: str) -> bool:
    """A share of things together (“四上”企业和建筑工地: 85%) is not held of a whole the
    question says is wider (all firms, the zone's firms) or of its second part alone
    (building sites): no share the report gives. (停产企业有八成五吗 says it loosely, as
    企业和工地, firms and building sites, say both.)"""
    parts = _parts_shared(fact)
    if parts is None:
        return True
    (first_zh, _), english = parts
    core = re.sub(r"[“”\"]|企业|公司", "", first_zh)
    en_core = re.sub(r"[\"“”]|\b(?:enterprises|firms|companies)\b", "", english[0]).strip()
    if any(w and w in folded for w in (core, en_core, en_core.replace("-", " "))):
        return True
    alone = _second_said(parts, folded) and _FIRMS_SAID.search(folded) is None
    return not alone and _WIDER_WHOLE.search(folded) is None


def _second_part_alone(fact: Fact, folded: str) -> bool:
    """停产的建筑工地占比多少: a share of things together (“四上”企业和建筑工地, 85%) asked
    of its second part alone, no firm said: no share the report gives. (The first alone,
    停产企业比例, is how people say the whole.)"""
    parts = _parts_shared(fact)
    return parts is not None and _second_said(parts, folded) and _FIRMS_SAID.search(folded) is None


_Parts = tuple[tuple[str, str], tuple[str, str]]


def _parts_shared(fact: Fact) -> _Parts | None:
    """The two things a share is of together, as its Chinese and English labels name them
    (“四上”企业 and 建筑工地; "four-above" enterprises and building sites), or None."""
    if fact.measure != "share":
        return None
    whole = re.search(r"的([^的]+?)(?:占比|比重)", fact.label.zh)
    zh = whole.group(1).split("和") if whole else []
    en = re.search(r"\bof (.+?) and (.+?) (?:halted|in|that|who)\b", fact.label.en.casefold())
    if len(zh) != 2 or en is None:
        return None
    return (zh[0], zh[1]), (en.group(1), en.group(2))


def _second_said(parts: _Parts, folded: str) -> bool:
    """Does the question name the second of the two things (工地, building sites)?"""
    (_, second_zh), (_, second_en) = parts
    return second_zh[-2:] in folded or second_en.split()[-1] in folded


_FIRMS_SAID = LazyPattern(
    r"企业|企業|厂|公司|四上|规上|\b(?:firms?|enterprises?|compan(?:y|ies)|businesses|factories)\b",
    hints=(
        "企",
        "厂",
        "公司",
        "四上",
        "规上",
        "firm",
        "enterprise",
        "compan",
        "business",
        "factor",
    ),
)


# All firms, the zone's firms, 全部企业, 全区企业: a whole wider than a class of them.
_WIDER_WHOLE = LazyPattern(
    r"全部|所有|全区|开发区的?企业|\ball\b|\bevery\b|\bthe zone's\b|\bin the zone\b",
    hints=("全部", "所有", "全区", "开发区", "all", "every", "zone"),
)


def _words_borne_out(base: FactBase, text: str, question: Question, fact: Fact) -> bool:
    """The Chinese words of the premise stand in the fact as written, in order where one
    thing is set against another, with none of them left unmatched: 选用2名园区服务中心
    主任担任管委会委员吗 (主任助理), …副主任担任… (the centres' directors)."""
    position = base.index_of(fact.id)
    scored = [s for s in _subject_scores(base, question, text) if s.position == position]
    if not scored:
        return True
    if any(
        not has_cjk(h.term) and h.field == NAME and TERM_FLOOR <= h.score < NAMED
        for h in scored[0].hits
    ):
        return False  # an English word near a name's only as a typo is (resign, reassign)
    if any(h.field == SECTION and h.score >= TERM_FLOOR for h in scored[0].hits):
        # 吉利生产甲醇汽车11.15万辆吗: methanol stands in the chapter's title, not in what
        # the fact says of Geely's vehicles.
        return False
    hits = [h for h in scored[0].hits if h.score >= TERM_FLOOR and has_cjk(h.term)]
    # The figure held names the fact: its aliases may bear out a word (产量 of 生产整车),
    # and a word hitting only in part (规上企业中) is _misses_a_word's to weigh.
    strong = [h for h in hits if h.score >= NAMED]
    # (The question as read, without the relation held: 有没有超过一千项 sets no two
    # things against each other.)
    asked = question.text if question.threshold is not None else fold_query(text)
    return not _left_unmatched(question, hits) and _said_in_order(fact, strong, asked, True)


# The zone as Chinese names it (晋中开发区 holds 开发区).
_ZONE_ZH = ("开发区", "园区", "综改区")
# 开发区是国家级…吗, the zone became …: the zone itself said to be something, which a
# fact about what it did or helped build does not bear out.
_ZONE_IS = LazyPattern(
    # (是 before a time is the time of what it did: 开发区是4月排名垫底的吗.)
    rf"(?:{'|'.join(_ZONE_ZH)})(?:就是|是(?!不是|否|在|{ZH_TIME})|成为|成了|属于|算是?"
    r"|(?:是不是|是否)(?=[^，,？?吗实建做打推了]{0,10}?(?:开发区|园区|基地|示范区|试点)[吗？?]*$))"
    # (the zone became a …, is the zone a …: a thing it is said to be, not was ranked last)
    r"|\bzone\s+(?:is|was|became|has become|be|been)\s+(?:a|an|the|one)\b"
    r"|\b(?:is|was)\s+the\s+zone\s+(?:a|an|one)\b",
    hints=(*_ZONE_ZH, "zone"),
)
# The zone said to be of a level of government (开发区是国家级的吗, 国家级开发区吗, is the
# zone a national-level zone), which the report never gives it.
_ZONE_OF_A_LEVEL = LazyPattern(
    rf"(?:{'|'.join(_ZONE_ZH)})(?:就是|是|成为|成了|属于|算是?|是不是|是否)[^，,。？?]{{0,4}}?"
    r"(?:国家级|省级|市级)"
    r"|(?:国家级|省级|市级)的?(?:开发区|园区)(?=[吗么嘛吧呢？?\s]|$)"
    r"|\bzone\b[^?]{0,20}\b(?:national|provincial|state)[- ]level\b",
    hints=(*_ZONE_ZH, "zone"),
)


_FIGURE_WITH_UNIT = LazyPattern(
    r"(\d+(?:\.\d+)?)\s*(%|％|户|家|项|个|人|台|辆)", hints=tuple("%％户家项个人台辆")
)


# (一半, 半数: half, the 50% said in words)
_WHOLE_BEFORE = LazyPattern(
    r"占(?:了|到)?(?P<whole>[\u4e00-\u9fff]{1,8}?)的?\s*(?:(?P<figure>\d+(?:\.\d+)?)\s*[%％]|(?P<half>一半|半数))",
    hints=("占",),
)


_PLACE_PREFIX = re.compile(r"^(?:全区|全市|全省|开发区|晋中市|山西省)")


def _another_figure_of_its_unit(folded: str, fact: Fact) -> bool:
    """A figure said in the fact's own unit that is not the fact's (33.1% of a 25% share):
    the premise gives it otherwise, whatever else the sentence holds."""
    if fact.value is None or not fact.unit:
        return False
    for said in _FIGURE_WITH_UNIT.finditer(folded):
        unit = "%" if said.group(2) in ("%", "％") else said.group(2)
        if unit == fact.unit and Decimal(said.group(1)) != fact.value:
            return True
    return False


# Whether the report mentions a thing (有没有提到, 提到吉利了吗, is Geely mentioned, does
# the report mention), asked yes or no.
_MENTION_ASKED = LazyPattern(
    r"(?:有没有|是否|有无|有冇|有否|可有)(?:提到|提及|讲到|说到|谈到|涉及|写到|提过|讲过|讲)"
    r"|(?:提没提|讲没讲|说没说|写没写)"
    # (有讲到, 有说过; bare only before the asking particle: 有提升吗, 有说明吗 ask no mention)
    r"|有(?:讲|提|说|写)(?:到|过)[^，,。？?]{0,12}(?:吗|么|没有|冇)[？?]?\s*$"
    r"|有(?:讲|提|说|写)(?:吗|么|没有)[？?]?\s*$"
    # (not 提到的全球首台是什么: what it names is asked)
    r"|(?:提到|提及|提过|讲到|说到|谈到|涉及|写到)(?:了|过)?[^，,。？?]{0,12}(?:吗|(?<![什怎这那])么|没有|冇)"
    r"[？?]?\s*$"
    # (asked yes or no, the verb opening a sentence: not what is mentioned about Geely)
    r"|(?:^|[:：;,，.?])\s*(?:does|did|do|is|are|was|were)\b.*\bmention(?:ed|s)?\b"
    r"|\bany mention of\b",
    hints=("提", "讲", "说", "谈到", "涉及", "写", "mention"),
)


# The frame of a mention asked (报告里有没有说到…, …讲没讲, did the report mention …):
# what is left is the thing said.
_MENTION_FRAME = LazyPattern(
    r"^(?:报告|文中|文章|原文)?(?:里|中|里面)?(?:有没有|是否|有无|有冇|有否|可有|有)?"
    r"(?:提到|提及|讲到|说到|谈到|写到|提过|讲过|说过|讲|说|写)了?"
    r"|(?:报告|文中|原文)?(?:里|中)?(?:有没有|是否)?(?:提到|提及|讲到|说到|谈到|写到|讲|说)"
    r"(?:了|过)?(?:吗|么|没有|没)?[？?]?$|(?:提没提|讲没讲|说没说|写没写)[？?]?$",
    hints=("提", "讲", "说", "谈到", "写"),
)


def _measure_mentioned(base: FactBase, text: str) -> str | None:
    """The measure of a thing a mention asks whether the report says (有没有说到白象
    食品的产值: 白象食品的产值), or None where no mention of a measure is asked."""
    folded = fold_query(text)
    if _MENTION_ASKED.search(folded) is None:
        return None
    said = _MENTION_FRAME.sub("", folded).strip(" ，,？?")
    if not said or said == folded:
        return None
    asked = _read(base, said)
    return said if asked.measure is not None and asked.subject else None


def _share_of_all_asked(text: str, fact: Fact) -> bool:
    """A share asked of all firms (全部企业, of all companies) that the fact gives of a class
    of them (占全区规上企业的25%: the above-scale firms; the 四上 firms)."""
    if fact.measure != "share" or _ALL_FIRMS.search(fold_query(text)) is None:
        return False
    return _OF_A_CLASS_OF_FIRMS.search(f"{fact.quote or ''} {fact.label.zh}") is not None


_ALL_FIRMS = LazyPattern(
    r"(?:全部|所有|全体|一切)的?企业|\ball (?:the )?(?:zone's )?(?:firms|enterprises|companies"
    r"|businesses)\b",
    hints=("全部", "所有", "全体", "一切", "all"),
)
# What share of the firms are above scale: the class a share is of (全区规上企业), asked as
# the part, of all firms (the 25% is of the above-scale firms, not of all that are).
_SHARE_OF_FIRMS_THAT_ARE = LazyPattern(
    r"\b(?:percentage|percent|per cent|share|proportion|fraction)\s+of\s+(?:the\s+)?"
    r"(?:zone's\s+)?(?:companies|firms|enterprises|businesses)\b[^?]*?\b(?:are|were|is|was)\s+"
    r"(?P<part>[^?]+)",
    hints=("of",),
)


def _class_asked_as_the_part(folded: str, fact: Fact) -> bool:
    """What percentage of companies are above-scale: the class the fact's share is of
    (占全区规上企业的25%), asked as the part of all firms, which the report never gives."""
    if fact.measure != "share":
        return False
    said = _SHARE_OF_FIRMS_THAT_ARE.search(folded)
    if said is None:
        return False
    whole = f"{fact.quote or ''} {fact.label.zh}".partition("占")[2]
    return bool(_statistical_classes(said["part"]) & _statistical_classes(whole))


_OF_A_CLASS_OF_FIRMS = LazyPattern(r"规上企业|规模以上|四上", hints=("规上", "规模以上", "四上"))
# The classes of firms the statistics count by (规上: above the reporting threshold; 四上:
# the four sectors' firms above theirs, of which 规上 are a part; 限上: traders above).
_STATISTICAL_CLASS = LazyPattern(
    r"规上|规模以上|四上|限上|限额以上|\babove[- ]scale\b|\babove[- ]designated[- ]size\b",
    hints=("规上", "规模以上", "四上", "限上", "限额以上", "above"),
)
_STATISTICAL_CLASSES = {
    "规模以上": "规上", "限额以上": "限上", "above scale": "规上", "above-scale": "规上",
    "above designated size": "规上", "above-designated-size": "规上",
}  # fmt: skip


# Firms or people of one kind by who owns them or who they are (private, state-owned,
# foreign-funded firms; women cadres): a kind the report counts nothing by, unless the
# fact says it (the party alliances of 非公 firms are private firms').
_KINDS_BY_OWNER = (
    LazyPattern(
        r"民营|私营|民企|私企|非公|\bprivate(?:ly[- ]owned)?\b|\bnon-(?:state|public)\b",
        hints=("民营", "私营", "民企", "私企", "非公", "private", "non-"),
    ),
    LazyPattern(
        r"国有|国企|央企|\bstate[- ]owned\b|\bsoes?\b",
        hints=("国有", "国企", "央企", "state", "soe"),
    ),
    LazyPattern(
        r"外资|外企|外商|\bforeign[- ](?:owned|funded|invested)\b"
        r"|\bforeign (?:firms|companies|enterprises|businesses)\b",
        hints=("外资", "外企", "外商", "foreign"),
    ),
    LazyPattern(
        r"女(?:干部|性|职工|员工|工人|企业家|主任|领导|同志|厂长|经理|老板)|\b(?:women|female)\b",
        hints=("女", "women", "female"),
    ),
    LazyPattern(
        r"上市(?:公司|企业)|\blisted (?:firms|companies|enterprises)\b",
        hints=("上市", "listed"),
    ),
    LazyPattern(
        r"小微|小型企业|中小企业|细企业|小企业"
        r"|\bsmall (?:and medium(?:-sized)? )?(?:firms|companies|enterprises|businesses)\b"
        r"|\bsmes?\b",
        hints=("小微", "小型", "中小企业", "细企业", "小企业", "small", "sme"),
    ),
    # A class of firms of one industry (服务业高新技术企业, 医药专精特新企业, chemical
    # high-tech firms): the report counts each class whole, by no industry.
    LazyPattern(
        r"(?:服务业|服务类|化工|医药|食品|纺织|汽车|装备|制造业|农业|建筑|物流|商贸|电子|软件"
        r"|新材料|新能源|能源|钢铁|煤炭|旅游|金融)(?:类|行业|产业|领域)?的?"
        r"(?=高新技术企业|高新企业|高企|专精特新|亿元以上|产值亿元|规上|小巨人|企业技术中心)"
        r"|\b(?:service|services|chemical|pharma|pharmaceutical|food|textile|auto|car|carmaking"
        r"|manufacturing|farming|construction|logistics|trade|electronics|software|energy|steel"
        r"|coal|tourism|finance)(?: sector| industry)?(?:'s)? "
        r"(?=high[- ]tech|specialised|specialized|srdi|little giants?|above[- ]scale)",
        hints=(
            "服务",
            "化工",
            "医药",
            "食品",
            "纺织",
            "汽车",
            "装备",
            "制造",
            "农业",
            "建筑",
            "物流",
            "商贸",
            "电子",
            "软件",
            "材料",
            "能源",
            "钢铁",
            "煤炭",
            "旅游",
            "金融",
            "service",
            "chemical",
            "pharma",
            "food",
            "textile",
            "auto",
            "car",
            "manufactur",
            "farming",
            "construction",
            "logistics",
            "trade",
            "electronics",
            "software",
            "energy",
            "steel",
            "coal",
            "tourism",
            "finance",
        ),
    ),
    # A cadre's rank other than the division rank (处级, 县级 its equal), the only one the
    # report counts by: section (科级), bureau or department (局级, 厅级), ministerial.
    LazyPattern(
        r"(?:科级|正科|副科|科长|局级|厅级|部级|局长|厅长|副局|正局|副厅|正厅)(?!以上|及以上)"
        r"|(?<!above )(?<!over )\bsection[- ](?:level|chiefs?|heads?|rank|grade)\b"
        r"|\b(?:bureau|department|ministerial|ministry)[- ](?:level|rank|grade)\b",
        hints=("科", "局", "厅", "部级", "section", "bureau", "department", "minist"),
    ),
)


def _of_a_kind_unsaid(fact: Fact, folded: str) -> bool:
    """民营规上企业有多少家, how many private above-scale firms, women cadres promoted: a
    kind of the firms or people asked about by who owns them or who they are, which the
    fact does not say; its figure is of them all."""
    if fact.value is None:
        return False
    words = _fact_words(fact)
    return any(
        kind.search(folded) is not None and kind.search(words) is None for kind in _KINDS_BY_OWNER
    )


def _share_of_another_class(folded: str, fact: Fact) -> bool:
    """85%的规上企业停产了吗: a share asked of one class of firms, the fact's of another
    (85%的"四上"企业和建筑工地: 规上 firms are only some of them); the report gives no share
    of the class asked."""
    if fact.measure != "share":
        return False
    # (the label too: a derived share has no quote, 未停产的“四上”企业和建筑工地)
    stated = _statistical_classes(f"{fact.quote or ''} {fact.label.zh}")
    return bool(stated) and bool(_statistical_classes(folded) - stated)


def _statistical_classes(text: str) -> set[str]:
    """The statistical classes of firms the text names, each by one name (规模以上: 规上)."""
    return {
        _STATISTICAL_CLASSES.get(m.group(), m.group()) for m in _STATISTICAL_CLASS.finditer(text)
    }


def _share_of_another_whole(folded: str, fact: Fact) -> bool:
    """占规上企业的33.1%: the whole said before a share must be the report's (占全区的
    33.1%)."""
    asked = _WHOLE_BEFORE.search(folded)
    if asked is None or not fact.quote:
        return False
    figure = asked["figure"] or "50"
    stated = next((m for m in _WHOLE_BEFORE.finditer(fact.quote) if m["figure"] == figure), None)
    if stated is None:
        return False
    # 全区企业 against 全区: the place said or not, the rest must be the same whole; the
    # amount the quote's share is of may be said after the place (占全区产值的33.1% of
    # 实现产值…，占全区的33.1%).
    whole = _PLACE_PREFIX.sub("", asked["whole"])
    said = _PLACE_PREFIX.sub("", stated["whole"])
    amount = whole.removeprefix(said)
    if (
        whole != said
        and amount in _AMOUNTS_OF_A_WHOLE
        and "产值" in fact.label.zh  # (an output's share: 亿元以上企业产值占全区比重)
        and _ZONES_OWN.match(asked["whole"]) is not None  # (全省产值: another place's)
    ):
        return False
    return whole != said


def _share_asked_of_another_whole(folded: str, fact: Fact) -> bool:
    """38户企业产值占GDP比重, 亿元以上企业占全区企业的比重: a share asked of a whole its
    sentence does not give it of (the zone's output, the above-scale firms), the zone's
    own whole said or not (占全区, 占全区产值 of an output's share)."""
    if fact.measure != "share" or not fact.quote:
        return False
    asked = _SHARE_WHOLE_ASKED.search(folded) or _WHOLE_OF_A_PART_ASKED.search(folded)
    if asked is None:
        return _english_whole_unsaid(folded, fact)
    if not has_cjk(asked["whole"]) and asked["whole"] not in vocab.EN_MEASURE_WORDS:
        return False  # (占quanqu百分之几: the zone in pinyin, no whole to hold it to)
    whole = _ZONE_SAID.sub("", re.sub(r"^晋中市", "全市", asked["whole"]))  # (晋中市: the city)
    stated = {_ZONE_SAID.sub("", m["whole"]) for m in _SHARE_WHOLE_STATED.finditer(fact.quote)}
    # (在规上里占多少: 规上 is the 规上企业 said short)
    if not whole or not stated or any(said.startswith(whole) for said in stated):
        return False
    # (占全市国家级小巨人: the city's, of the thing the fact counts, as 占全市 says)
    label = re.sub(r"[“”\"]", "", fact.label.zh)
    if any(s and whole.startswith(s) and whole[len(s) :] in label for s in stated):
        return False
    # (亿元以上企业产值占全区产值: the zone's output, which 占全区 of an output says)
    return not ("" in stated and whole in _AMOUNTS_OF_A_WHOLE and "产值" in fact.label.zh)


_SHARE_WHOLE_ASKED = LazyPattern(
    # (占比多少, 占了几成: the share itself, no whole named)
    r"占(?!比)(?:了|到)?(?P<whole>[^，,。？?、几多了到][^，,。？?、]{0,9}?)的?"
    r"(?:比重|比例|份额|多少|几成|百分之|百分比|多大)",
    hints=("占",),
)
# 专精特新企业中国家级小巨人占比: the whole said first, the part among it after.
_WHOLE_OF_A_PART_ASKED = LazyPattern(
    r"(?:^|(?<=在))(?P<whole>(?:(?!在)[\u4e00-\u9fff]){0,8}?"
    r"(?:企业|小巨人|公司|项目|干部|工地|中心|规上|四上))(?:当中|之中|里面|中|里)的?"
    r"[\u4e00-\u9fff]{0,10}?的?"
    r"(?:占比|占多少|占几成|所占|比例|比重)",
    hints=("中", "里"),
)
# What share of the high-tech enterprises are …: the whole, in English.
_EN_WHOLE_OF_A_PART_ASKED = LazyPattern(
    r"\b(?:what|which) (?:share|percentage|percent|proportion|fraction|part) of (?:the |all )?"
    r"(?P<whole>[a-z][a-z -]{2,40}?) (?:are|were|is|was|have|had|got|came)\b",
    hints=("share", "percent", "proportion", "fraction", "part"),
)


def _english_whole_unsaid(folded: str, fact: Fact) -> bool:
    """What share of the high-tech enterprises have output over 100 million yuan: a whole
    told apart by a word the fact's own (of above-scale enterprises) does not say (not
    total output, the larger firms: words of no class)."""
    asked = _EN_WHOLE_OF_A_PART_ASKED.search(folded)
    if asked is None:
        return False
    label = {stem(w) for w in re.findall(r"[a-z]+", fact.label.en.casefold())}
    words = {stem(w) for w in re.findall(r"[a-z]+", asked["whole"])}
    return bool(words & _EN_CLASS_WORDS - label)


# The words that tell one class of firms or level apart from another (high-tech, above-
# scale, provincial …): a whole named by one the fact's own does not say is another.
_EN_CLASS_WORDS = frozenset(
    stem(w)
    for w in (
        "high tech specialised specialized srdi giants provincial province national municipal "
        "city scale four private foreign"
    ).split()
)


_SHARE_WHOLE_STATED = re.compile(r"占(?:了|到)?(?P<whole>[^，,。、]{0,10}?)的?\d")
# (the zone's own place, and all of a whole: 全部规上企业 are the 规上企业; 晋中全市 the city)
_ZONE_SAID = re.compile(r"^(?:全区|开发区|本区|全开发区|晋中(?=全市))?的?(?:全部|所有)?的?")


# The zone's own place, or none said (全区产值, 开发区的产值, 产值).
_ZONES_OWN = re.compile(r"^(?:全区|开发区|本区)?的?(?!全省|全市|全国|山西|晋中|省|市)")


# What a zone's share may be said to be of, after the place (全区产值, 全区的总产值).
_AMOUNTS_OF_A_WHOLE = frozenset({"产值", "总产值", "工业产值", "工业总产值", "的产值", "的总产值"})


# What a first is the first of (全球首台醇电混动轿车, 首台TBM): the words after 首台 up to
# where the thing named ends (a joiner, a verb, the question's particle, a name's quote).
_KIND_FIRST = LazyPattern(
    r"(?:首|第一)(?:台|辆|架|部|个|家|批)(?P<kind>[\u4e00-\u9fffa-z0-9]+?)"
    r"(?=在|于|下线|是|吗|吧|呢|的|和|与|及|、|已|成功|正式|被|由|完成|总装|组装|调试|研制|研发"
    r"|生产|制造|交付|投产|问世|亮相|诞生|[，,。？?！!“”\"\s]|$)",
    hints=("首", "第一"),
)


def _first_of_a_wider_kind(folded: str, fact: Fact) -> bool:
    """全球首台轿车 of the world's first methanol-electric hybrid sedan, 首台TBM of the first
    mining Kay-type TBM: a first claimed of the kind with the fact's qualifiers left out,
    which is another, wider claim (the first sedan ever)."""
    stated = {
        m["kind"] for m in _KIND_FIRST.finditer(fold_query(f"{fact.quote or ''} {fact.label.zh}"))
    }
    # (首台重卡是甲醇的吗: the qualifier left out is said elsewhere, asked of it)
    return any(
        said != kind
        and _in_order(said, kind)
        and not any(c in folded for c in _left_out(said, kind))
        for said in (m["kind"] for m in _KIND_FIRST.finditer(folded))
        for kind in stated
    )


def _in_order(said: str, kind: str) -> bool:
    """Does every character said stand in the kind, in order (矿用TBM in 矿用凯式TBM)?"""
    rest = iter(kind)
    return all(c in rest for c in said)


def _left_out(said: str, kind: str) -> list[str]:
    """The runs of the kind's characters the words said leave out (凯式 of 矿用TBM)."""
    runs, run, at = [], "", 0
    for c in kind:
        if at < len(said) and c == said[at]:
            at += 1
            if run:
                runs.append(run)
            run = ""
        else:
            run += c
    return [*runs, run] if run else runs


def _claims_beyond(base: FactBase, text: str, question: Question, fact: Fact) -> bool:
    """Does the premise claim more than the fact says, in a way its words cannot show: a
    level the fact gives none of (171户省级高新技术企业), the zone said to be something,
    the whole year said of a month's figure, or things set against each other in another
    order than the fact's (提拔副处1人、正处7人; GDP增速高于战略性新兴产业增速), or a first
    of a wider kind than the fact's (全球首台轿车 of 全球首台醇电混动轿车)."""
    folded = fold_query(text)
    if _first_of_a_wider_kind(folded, fact):
        return True
    for claimed in _CLAIMED_LEVEL.finditer(folded):
        # Each level, reach or grade claimed (全省首台…也是全球首台吗: the second too); a
        # kind of vehicle or industry its name may leave unsaid (cars built: vehicles).
        said, family = _level_said(claimed.group())
        english = claimed.group().isascii()
        # (国际级小巨人: the report's own slip for 国家级, which the fact's name corrects)
        said = next((e.correction for e in fact.errata if e.text == said), said)
        if family in _NAMED_FAMILIES and not _names_level(fact.label.zh, said, english):
            return True  # its own name (the quote may say others)
    if _ZONE_IS.search(folded) is not None:
        return True
    if question.full_year and "-" in fact.period:
        return True  # 85%的四上企业全年停产吗: in April
    if _share_of_another_whole(folded, fact):
        return True  # 亿元以上企业占规上企业的33.1%吗: 25% (33.1% is their output's)
    if fact.measure == "share" and share_basis(folded) not in ("", basis_of(fact)):
        return True  # 亿元以上企业产值占规上企业的25%吗: 25% is of how many, not output
    quote = fact.quote or ""
    # (交付了超过400台甲醇重卡吗, 比400台多吗: the figure held, read out of the question
    # as asked, is set against no other thing)
    unheld = question.text if question.threshold is not None else folded
    if (
        _RELATION.search(unheld) is None
        and _STATED_RELATION.search(f"{quote} {fact.label.zh}") is None
    ):
        return False  # nothing set against another, asked or stated: any order will do
    position = base.index_of(fact.id)
    scored = [s for s in _subject_scores(base, question, text) if s.position == position]
    if not scored:
        return False
    found = [quote.find(h.term) for h in scored[0].hits if h.score >= TERM_FLOOR]
    placed = [at for at in found if at >= 0]
    return placed != sorted(placed)


def _names_level(name: str, said: str, english: bool = False) -> bool:
    """Does a fact's name give the level said, as written (省级) or as its bare root before
    a noun (省考核指标 are provincial)? 全省 is a reach, not a level, but for the English
    word, which says both (the provincial monthly ranking: 全省月度考核)."""
    if said in name:
        return True
    root = said.removesuffix("级")
    reach = "" if english else "(?<!全)"
    return root != said and re.search(rf"{reach}{root}(?!级)", name) is not None


def _entity_names(base: FactBase, fact: Fact) -> set[str]:
    """Every Chinese name of the entities the fact names (吉利汽车, 吉利 …)."""
    return {n for e in map(base.entity, fact.entities) if e is not None for n in (e.zh, *e.aliases)}


def _firm_unsupported(base: FactBase, text: str, fact: Fact) -> bool:
    """The question names a firm the fact does not name."""
    firms = _firms_named(base, fold_query(text))
    return bool(firms) and not firms & _entity_names(base, fact)


def _another_firm(base: FactBase, text: str, question: Question, answer: Answer) -> Answer | None:
    """汾盾1号是经纬智能造的吗, 华卫药业拉动食品行业增长了吗: a yes-or-no question naming a
    firm for a thing the report gives to another firm (汾西华益, 白象食品) is answered 否
    with the fact; never where the fact names no firm (who delivered the trucks)."""
    folded = fold_query(text)
    firms = _firms_named(base, folded)
    said = sorted((n for n in firms if has_cjk(n) and n in folded), key=len, reverse=True)
    if not said and question.english:
        # Was the TBM built by Jingwei Intelligent: the firm as the English question writes it.
        said = sorted({n.casefold() for n in _firm_names_in(base, folded)}, key=len, reverse=True)
    if not said or not question.yes_no:
        return None
    if (
        _A_PACT_SAID.search(folded) is not None
        and _PARTY_CLAIMED.search(folded) is not None
        and _PARTY_PRESUPPOSED.search(folded) is None
    ):
        # Has the zone signed an agreement with Geely: whether there was one with it, of
        # which the report's silence is no denial (as _another_party weighs it).
        return None
    # The firms claimed by a name said whole (Jingwei Intelligent), not every firm its first
    # word names (Jingwei: both of the Jingwei companies).
    claimed = {f for f in firms if any(n and n.casefold() in said for n in _names_of(base, f))}
    firms = claimed or firms
    own = answer.answered and answer.kind == "fact" and set(answer.facts[0].entities) & firms
    if own and not _about(base, answer):
        # Was the spinneret made by Jingwei Intelligent: the firm's own fact (its spinning
        # frame) says nothing of the thing named; the thing's fact is what is asked of.
        unnamed = folded
        for name in said:
            unnamed = unnamed.replace(name, " ")
        answer = _ask(base, unnamed)
    elif not answer.answered:
        unnamed = folded
        for name in said:
            unnamed = unnamed.replace(name, " ")
        pairs = {unnamed[i : i + 2] for i in range(len(unnamed) - 1)}
        pairs = {p for p in pairs if all(is_cjk(c) for c in p)}
        if any(
            firms & set(m.fact.entities) and any(p in fold_query(m.fact.quote or "") for p in pairs)
            for m in answer.related
        ):
            # 白象拉动的是医药行业吗: the firm's own fact is near, saying the deed asked; the
            # clash is not it (经纬智能完成了汾盾1号总装吗: its spinning frame says nothing of
            # an assembly, the TBM's fact is what is asked of).
            return None
        answer = _ask(base, unnamed)
    if not answer.answered or answer.kind != "fact":
        return None
    fact = answer.facts[0]
    if fact.kind == Kind.STATEMENT:
        return None  # 陕西建工为国内500强 says what one firm is, nothing of Geely
    theirs = [base.entity(zh) for zh in fact.entities]
    companies = [e for e in theirs if e is not None and e.kind == "enterprise"]
    if not companies or any(fold_query(e.zh) in firms for e in companies):  # (by its own name)
        return None
    if fact.measure == "count" and _OPEN_LIST.search(fact.quote or "") is not None:
        return None  # 贝斯特、隆富电气等31户: the others of the 31 are not named
    return answer._replace(question=text, verdict="no", threshold=said[0])


def _another_place(base: FactBase, text: str, question: Question, answer: Answer) -> Answer | None:
    """首台甲醇重卡是在太原下线的吗, was the sedan built in Taiyuan: a yes-or-no question
    placing a thing in another city or country (vocab.OTHER_PLACES) than where the report
    says it was done (在晋中开发区成功下线) is answered 否 with the fact; never where the
    fact says no place, nor where places are offered to choose from (Taiyuan or Jinzhong)."""
    if not question.yes_no:
        return None
    folded = fold_query(text)
    if _CHOICE_OFFERED.search(folded) is not None:
        return None
    claimed = _PLACE_CLAIMED.search(folded)
    if claimed is None:
        return None
    if not answer.answered:
        answer = _ask(base, folded.replace(claimed.group(), " "))
    if not answer.answered or answer.kind != "fact":
        return None
    if PLACED.search(answer.facts[0].quote or "") is None:
        return None
    return answer._replace(question=text, verdict="no", threshold=claimed["place"])


def _another_party(base: FactBase, text: str, question: Question, answer: Answer) -> Answer | None:
    """开建集团是与陕西煤业成立合资公司的吗, did the zone sign its agreement with Sinopec: a
    yes-or-no question naming, by its name, another party to a thing the report says was
    done with one (同国内500强陕西建工集团成立合资公司) is answered 否 with the fact; never
    where the party is described rather than named (with a top 500 company, 与省属国企)."""
    if not question.yes_no or question.asks_who:
        return None
    folded = fold_query(text)
    claimed = _PARTY_CLAIMED.search(folded)
    if claimed is None or _PARTY_PRESUPPOSED.search(folded) is None:
        # (Did the zone sign an agreement with Huawei, 开发区与华为签署协议了吗: whether
        # there was one, of which the report's silence is no denial.)
        return None
    party = claimed["zh"] or claimed["en"]
    if claimed["en"] and re.search(rf"\bwith (?:the |a |an )?{re.escape(party)}", text) is not None:
        return None  # written in lower case: a description, not a name
    if claimed["zh"] and _PARTY_DESCRIBED.search(party) is not None:
        return None
    if not answer.answered:
        answer = _ask(base, folded.replace(party, " "))
    if not answer.answered or answer.kind != "fact":
        return None
    fact = answer.facts[0]
    theirs = [stated["zh"] for stated in _PARTY_CLAIMED.finditer(fact.quote or "") if stated["zh"]]
    if not theirs:
        return None  # (the English rendering's with is no party where the report names none)
    theirs += [
        stated["en"]
        for stated in _PARTY_CLAIMED.finditer((fact.quote_en or "").casefold())
        if stated["en"]
    ]
    names = set(theirs) | set(_ZONE_NAMES)  # the zone is the other party to what it did
    for entity in filter(None, map(base.entity, fact.entities)):
        # (Every party the fact names: 跟开建集团合资的陕西建工 names the two the other way.)
        names |= {entity.zh, entity.en.casefold(), *(a.casefold() for a in entity.aliases)}
    if any(_same_party(party, name) for name in names):
        return None
    return answer._replace(question=text, verdict="no", threshold=party)


def _same_party(said: str, name: str) -> bool:
    """One party, written in full or in part, or with a slip (省国资公司, 陕西建公集团), or
    perhaps (a word of its name in common: 山西国运 of 省国运公司, Shaanxi Jiangong): only
    a name sharing nothing distinctive is surely another."""
    from rapidfuzz import fuzz

    if said in name or name in said:
        return True
    if said.isascii() and name.isascii():
        words = [set(re.findall(r"[a-z0-9]+", t)) - _GENERIC_EN for t in (said, name)]
        provinces = [w & set(vocab.PROVINCES_EN) for w in words]
        if all(provinces) and provinces[0] != provinces[1]:
            return False  # Shanxi Construction is not Shaanxi Construction
        return bool(words[0] & words[1]) or fuzz.ratio(said, name) >= 80
    cores = [_GENERIC_ZH_END.sub("", t) for t in (said, name)]
    places = [next((p for p in vocab.PROVINCES_ZH if p in t), "") for t in cores]
    if all(places) and places[0] != places[1]:
        return False  # 山西建工 is not (国内500强)陕西建工: two provinces' groups
    # (A province both hold tells them no more apart: 陕西煤业 of 陕西建工.)
    rests = [t.replace(p, "", 1) for t, p in zip(cores, places, strict=True)]
    pieces = [{t[i : i + 2] for i in range(len(t) - 1)} - {"中国", "国有"} for t in rests]
    return bool(pieces[0] & pieces[1]) or fuzz.ratio(said, name) >= 80


# Words any company's name may hold (a form, a country, a trade), which tell no two apart:
# China State Construction and Shaanxi Construction Engineering are two groups.
_GENERIC_EN = frozenset(
    "the a an of and group company co corp corporation limited ltd china chinese state owned "
    "construction engineering coal energy oil petroleum chemical chemicals pharmaceutical "
    "pharma auto motor motors food foods investment holding holdings industrial industry "
    "capital operation operating provincial".split()
)
_GENERIC_ZH_END = LazyPattern(r"(?:集团|有限公司|股份有限公司|公司)$", hints=("集团", "公司"))
# The zone, as a party to what it did (省国运公司是和开发区签的协议吗).
_ZONE_NAMES = (*_ZONE_ZH, "管委会", "jinzhong", "zone")
# A party presupposed, not asked about: 是与…成立的, 是和…签的 (是 … 的 around it), its or
# the agreement or joint venture, or a claim tagged (…, didn't it?).
_PARTY_PRESUPPOSED = LazyPattern(
    # (the zone sign an agreement: an agreement, none presupposed; its cooperation agreement)
    r"是(?:不是)?(?:与|同|跟|和)|\b(?:its|the) (?:(?!an?\b)[a-z-]+ ){0,3}"
    r"(?:agreement|joint venture|jv)\b"
    r"|\b(?:didn|wasn|isn|hasn|weren|aren)'?t (?:it|they|he|she)\b|\bright\s*\??\s*$",
    hints=("是", "its", "the", "n't", "nt", "right"),
)
# An agreement or a joint venture said (not a prize won with a product).
_A_PACT_SAID = LazyPattern(
    r"agreement|joint venture|\bjv\b|partnership|协议|合资|合作|签",
    hints=("agreement", "venture", "jv", "partner", "协议", "合资", "合作", "签"),
)
# A party a thing was done with: 同国内500强陕西建工集团成立合资公司, 与省国运公司签署合作
# 协议, with Sinopec (up to a clause's end or the words that end a question).
_PARTY_CLAIMED = LazyPattern(
    r"(?:同|与|跟|和)(?P<zh>[\u4e00-\u9fff\d]{2,14}?)(?:一起|共同|联合)?"
    r"(?:成立|合资|合办|组建|签署|签订|签了|签的|签|达成|合作)"
    r"|\bwith (?:the |a |an )?(?P<en>[a-z][a-z0-9.&' -]{1,40}?)"
    r"(?=\s*(?:[,?.!;]|$)|\s+(?:didn|did|right|isn|wasn|was|to|in|on|for|at|back|last|this)\b)",
    hints=("同", "与", "跟", "和", "with"),
)
# A party described, not named: 省属国企, 一家500强企业, 央企.
_PARTY_DESCRIBED = LazyPattern(
    r"一家|某|企业|国企|央企|民企|外企|强|大型|知名|省属|市属|国有|民营|外资|龙头|谁|哪",
    hints=("一", "某", "企", "强", "大", "知", "属", "国", "民", "外", "龙", "谁", "哪"),
)


_PLACE_CLAIMED = LazyPattern(
    rf"(?:在|\b(?:in|at)\s)(?P<place>{'|'.join(vocab.OTHER_PLACES)}"
    rf"|(?:{'|'.join(vocab.OTHER_PLACES.values())})\b)",
    hints=("在", "in ", "at "),
)
_CHOICE_OFFERED = LazyPattern(r"还是|或者|或是|\bor\b", hints=("还是", "或", "or"))


# 贝斯特、隆富电气等31户企业: a list the report leaves open (等 before a count).
_OPEN_LIST = LazyPattern(r"等\s*[\d一二三四五六七八九十百]+\s*[户家个项名位]", hints=("等",))


# 有没有提拔正处级干部, were any cadres promoted: whether there were any (not 有没有没完成的,
# whether any were not).
_ANY_ASKED = LazyPattern(
    r"(?:有没有|有无|是否有)(?![^，,？?]*[没未不])|\b(?:any|were there|was there)\b(?!.*\bnot\b)",
    hints=("有", "any", "there"),
)


def _any_counted(text: str, question: Question, answer: Answer) -> Answer:
    """Whether there were any, answered by a count of them: 是 when it is above none."""
    fact = answer.facts[0]
    said = _ANY_ASKED.search(fold_query(text))
    if said is None or fact.measure != "count" or not fact.value or fact.value <= 0:
        return answer
    if not question.yes_no:
        return answer
    return answer._replace(verdict="yes", threshold=said.group())


# Every one of them claimed. 都 alone is read so only where it joins no two things
# (四上企业和工地都停工了吗 may ask whether both did).
_EVERY_CLAIMED = LazyPattern(
    r"全部|全都|所有|统统|通通|一律|全(?=[是被都])|\b(?:all|every|each|entire|whole)\b",
    hints=("全", "所有", "统统", "通通", "一律", "all", "every", "each", "entire", "whole"),
)
# Words joining two things or parties (A和B, A同B签署).
_JOINERS = frozenset("与同和跟及、")
_JOINED = LazyPattern(
    rf"[{''.join(sorted(_JOINERS))}]|\band\b|\bor\b", hints=(*_JOINERS, "and", "or")
)


def _all_of_a_share(base: FactBase, text: str, question: Question, answer: Answer) -> Answer:
    """4月份四上企业全都停工了吗, did all the four-above firms halt in April: what the
    question claims holds of a share of them below the whole (85%), not of all: 否, the
    share given. Only where the claim without its "all" is one the fact states (是)."""
    fact = answer.facts[0]
    if not question.yes_no or fact.measure != "share" or fact.unit != "%":
        return answer
    if fact.value is None or fact.value >= 100 or fact.is_derived:
        return answer
    folded = fold_query(text)
    every = _EVERY_CLAIMED.search(folded)
    # (都 after 的 says what a set was: 停工的都是四上企业吗, of which the report is silent.)
    alone = _JOINED.search(folded) is None and "都" in folded
    said = every.group() if every is not None else "都" if alone else ""
    named = _numbers_of(f"{fact.label.zh} {fact.label.en}")
    if not said or "的都" in folded or not _numbers_of(folded) <= named:
        return answer  # a figure claimed is weighed as a figure (四上 is a name's)
    rest = _EVERY_CLAIMED.sub(lambda m: "" if has_cjk(m.group()) else " ", folded)
    rest = rest.replace("都", "")
    held = _premise_stated(base, rest, _read(base, rest), answer._replace(question=rest))
    if held.verdict != "yes" or not held.facts or held.facts[0].id != fact.id:
        return answer
    return answer._replace(verdict="no", threshold=said)


# The forms of a yes-or-no question that negate nothing: 是不是, 有没有, 不是…吗 and 难道
# (the asker says it is so), isn't it / didn't they leading or as a tag, 完成了没.
_ASKED_EITHER_WAY = LazyPattern(
    r"是不是|是否|能否|可否|有没有|有无|能不能|会不会|对不对|难道不是|难道|莫非|没错吧|不错吧"
    r"|([过超破到够达上])[没不]\1"
    # (不是…吗 in one clause asks so; 不是143亿，是吗 says not, then asks to confirm it)
    r"|不是(?=[^，,；;。]*[吗么][？?。.!！]*$)|了?没有?[？?。.!！]*$"
    r"|^(?:isn|wasn|aren|weren|don|doesn|didn|hasn|haven|hadn)'?t\b",
    hints=(*"是有能会对错没不否", "难道", "莫非", "n't", "nt", ",", "，"),
)
_NEGATED = LazyPattern(
    # (No. 1, No 1: a number's abbreviation, no negation)
    r"[不没未无非别否]|\b(?:not|never|no(?!\.?\s*\d)|none|neither|nor|isnt|wasnt|arent|werent|dont|doesnt"
    r"|didnt|hasnt|havent|hadnt|cant|couldnt|wont|wouldnt)\b|n't\b",
    hints=("不", "没", "未", "无", "非", "别", "否", "n", "t"),
)
# All of them, only they: a claim the fact must make in so many words.
_ALL_SAID = LazyPattern(
    r"都|全部|所有|全都|统统|一律|\b(?:all|every|each|entire|whole)\b",
    hints=("都", "全", "所有", "统统", "一律", "all", "every", "each", "entire", "whole"),
)


def _both_borne_out(base: FactBase, folded: str) -> bool:
    """轿车同重卡都是6月下线的吗: 都 of two things joined claims it of each, which holds
    where each, asked alone, is 是 (基层干部和处级干部都走上领导岗位了吗: only the first)."""
    both = _BOTH_THEN_ALL.search(folded)
    if both is None:
        return False
    claimed = folded[both.end() :]
    return all(
        (alone := _ask_as_read(base, f"{thing}{claimed}")).answered and alone.verdict == "yes"
        for thing in (both["first"], both["second"])
    )


# Two things joined (not 及时, 同比, 参与: words of their own), then 都.
_BOTH_THEN_ALL = LazyPattern(
    r"(?P<first>[\u4e00-\u9fff]{2,12}?)(?<![及共协参给])(?:同|和|与|跟)(?![时比期样])"
    r"(?P<second>[\u4e00-\u9fff]{2,12}?)都",
    hints=("都",),
)
# (全 of a whole said, not of a place: 全省开发区 says nothing of all the indicators)
_ALL_STATED = re.compile(r"全(?![省市国球年县])|所有|均|都|每|各|\b(?:all|every|each)\b")
_ONLY_SAID = LazyPattern(
    r"只|仅|光是|唯一|单单|\b(?:only|just|solely|alone|sole)\b",
    hints=("只", "仅", "光", "唯一", "单单", "only", "just", "solely", "alone", "sole"),
)
_ONLY_STATED = ("唯一", "仅", "只", "only", "sole")
# In part (部分落实, partly covered): only a fact saying so bears it out.
_PART_SAID = LazyPattern(
    r"部分|局部|\b(?:partly|partially|in part|part of)\b",
    hints=("部分", "局部", "part"),
)
_PART_STATED = ("部分", "局部", "partly", "partial", "part of")
# A fall claimed (the reader takes 下降 as the growth asked): only a fact saying so, or
# stating a fall, bears it out.
# A rise claimed (增长了吗, did it grow): never confirmed by a fact telling of a fall.
_RISE_SAID = LazyPattern(
    r"(?<!负)增长|上升|回升|提高|加快|上涨|涨了|增加|\b(?:grew|grow|grown|rose|rise|risen|increased?"
    r"|up)\b",
    hints=("增", "升", "提高", "加快", "涨", "gr", "ris", "rose", "increase", "up"),
)
_FALL_SAID = LazyPattern(
    r"下降|下滑|减少|回落|降低|负增长|负拉动|负贡献|负向|为负|萎缩|下跌|跌了|缩水|倒退|低于|拉低|拖累"
    r"|拖了|不如"
    r"|\b(?:fell|fall|falls|fallen|declined?|declines|dropped|drop|drops|decreased?|shr[ai]nk"
    r"|shrunk|contracted|contract|lower|below|dragged|drag|weighed|(?:go|goes|went|gone) down)\b",
    hints=(
        *"降滑减落低负萎跌缩退拖如",
        *("fall", "fell", "decl", "drop", "decrea", "shr", "contract", "lower", "below"),
        *("drag", "weighed", "down"),
    ),
)


# A date said (2022年, 6月) is weighed as a period, not as a number the fact must say.
_DATE_SAID = LazyPattern(
    r"(?:19|20)\d\d年?|(?<!\d)[01]?\d月份?|[一二三四五六七八九十]{1,2}月份?"
    r"|第?[一二三四1-4]季度|第[一二三四1-4]季|\b[qh][1-4]\b",
    hints=("19", "20", "月", "季", *(f"{h}{n}" for h in "qh" for n in "1234")),
)
_SCALED = LazyPattern(
    r"\d\s*(?:[万亿千]|\b(?:billion|million|thousand|bn)\b)",
    hints=(*"万亿千", "billion", "million", "thousand", "bn"),
)
_NUMBER_SAID = LazyPattern(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+")


# The first of a kind (第一次, 头一台): the report's 首次, 首台, which says no number.
_FIRST_OF_A_KIND = LazyPattern(r"(?:第|头)一(?=[次台辆批])", hints=("第一", "头一"))


def _numbers_of(text: str) -> set[float]:
    """The numbers a text says, in digits or Chinese numerals, its dates and firsts of a
    kind set aside."""
    found: set[float] = set()
    plain = _FIRST_OF_A_KIND.sub("首", _DATE_SAID.sub(" ", text))
    for number in _NUMBER_SAID.finditer(plain):
        said = number.group()
        value = (
            float(said) if said[0].isdigit() else parse_chinese_numeral(said.replace("两", "二"))
        )
        if value is not None:
            found.add(float(value))
    return found


_PUNCTUATION = LazyPattern(r"[\s“”‘’\"'《》「」（）()、，,。]")
_EN_PUNCTUATION = LazyPattern(r"[“”‘’\"'()、，,。]")
# A relation between two things said (高于, 担任, 正处1人、副处7人): their order matters.
_RELATION = re.compile(
    r"担任|高于|低于|多于|少于|超过|快于|慢于|领先|落后|跑赢|跑输|[比、]|\b(?:than|above|below"
    r"|ahead|behind|higher|lower|faster|slower|exceeded|exceeds?|outpaced?|outgrew|serve[sd]?"
    r"|as)\b"
)
# A relation a fact states between two things (a list, 、, pairs nothing by itself).
_STATED_RELATION = re.compile(r"担任|高于|低于|多于|少于|快于|慢于|\b(?:than|above|below)\b")


def _written_in(term: str, text: str) -> bool:
    """The term stands in the text, or all of it but a last character (细纱机获得 of 细纱机
    ”获) or a first one that is a verb (帮企业: not 副 of 副主任, 民 of 民用); an English
    word, or the report's word for it (produced: rolls off the line)."""
    if _found_in(term, text, 0) >= 0:
        return True
    if has_cjk(term):
        return False
    words = {stem(w) for w in re.findall(r"[a-z0-9]+", text)}  # companies of company
    return (
        stem(term) in words
        or any(
            re.search(r"\s*".join(rf"{re.escape(w)}[a-z]*" for w in said.split()), text)
            for said in english_synonyms(term)
        )
        or _spelt_in(term, text)
    )


def _spelt_by(term: str, fact: Fact) -> bool:
    """Is a Latin term pinyin that the fact's sentence or Chinese label reads as?"""
    return not has_cjk(term) and any(
        _spelt_in(term, text) for text in (fact.quote or "", fact.label.zh)
    )


def _spelt_in(term: str, text: str) -> bool:
    """Is the term pinyin of two syllables or more (jili, zhuanjingtexin) that the text's
    characters read as (吉利, 专精特新)?"""
    if (fewest_syllables(term) or 0) < 2:
        return False
    return any(term in (sound_of(run) or "") for run in re.findall(r"[\u4e00-\u9fff]{2,}", text))


_LEADING_VERBS = frozenset("帮给把让替为向对获拿造")
# Words after a post that make it another one (主任助理 is no 主任).
_ANOTHER_POST = ("助理", "秘书")


def _another_post(text: str, at: int, form: str, term: str) -> bool:
    """Does the term (or its form found at `at`) run on into another post (主任助理)?"""
    whole = at + len(term) if text.startswith(term, at) else at + len(form)
    return text.startswith(_ANOTHER_POST, whole)


def _parties_apart(fact: Fact, hits: Sequence[Hit], asked: str) -> bool:
    """Two words asked as one thing (开建集团是国内500强吗) that the sentence joins as two
    parties (开建集团同国内500强陕西建工集团: 500强 is the other firm)."""
    quote = _PUNCTUATION.sub("", (fact.quote or "").casefold())
    placed = sorted(
        (at, hit.term) for hit in hits if len(hit.term) >= 2 and (at := quote.find(hit.term)) >= 0
    )
    for (at, first), (then, second) in itertools.pairwise(placed):
        between = quote[at + len(first) : then]
        if between in _JOINERS and f"{first}{between}{second}" not in asked:
            return True
    return False


def _of_another_conjunct(fact: Fact, hits: Sequence[Hit], asked: str) -> bool:
    """Does a word claimed stand only in another thing's part of a sentence naming two
    (全球首台醇电混动轿车和全省首台甲醇重卡…: 醇电混动 is the sedan's, not the truck's),
    neither in the fact's label nor in the part its label names, that other thing not
    asked of too (醇电混动轿车同甲醇重卡都…: both)? Not of a fact whose label names both."""
    label = _PUNCTUATION.sub("", fact.label.zh)
    quote = _PUNCTUATION.sub("", (fact.quote or "").casefold())
    parts = [p for p in re.split(r"和|、|以及", quote) if p]
    if len(parts) < 2 or re.search(r"和|、|以及", label):
        return False
    own = max(parts, key=lambda part: len(set(part) & set(label)))
    for hit in hits:
        if not has_cjk(hit.term) or _found_in(hit.term, label, 0) >= 0:
            continue
        if _found_in(hit.term, own, 0) >= 0:
            continue
        theirs = next((p for p in parts if _found_in(hit.term, p, 0) >= 0), None)
        if theirs is not None and theirs[-2:] not in asked:
            return True  # (the other part's thing, its last word, 轿车, not asked)
    return False


def _said_in_order(
    fact: Fact,
    hits: Sequence[Hit],
    asked: str,
    aliases: bool = False,
    named: Sequence[str] = (),
) -> bool:
    """Every word that hit stands as written in the fact's sentence or one of its labels
    (or, with `aliases`, one of its aliases), in the question's order: 市考核指标 is no 省
    考核指标, an alias (混动轿车) claims no more than the report's words, and 提拔副处1人、
    正处7人 or GDP增速高于战略性新兴产业增速 reverse what the report says. `named`: the
    English names of the firms the sentence names, read before its English label, as the
    sentence says them (Beisite … were approved as specialised SMEs)."""
    written = (
        fact.quote or "",
        fact.label.zh,
        fact.label.en,
        *(fact.aliases if aliases else ()),
        *((f"{' '.join(named)} {fact.label.en}",) if named else ()),
    )
    # (English keeps its spaces: its words are told apart, stemmed. The curator's English
    # rendering bears out no claim: a word-for-word match of a translation, a park of
    # the sentence, is no park the zone built.)
    texts = tuple(
        _PUNCTUATION.sub("", t.casefold()) if has_cjk(t) else _EN_PUNCTUATION.sub(" ", t.casefold())
        for t in written
    )
    stated = " ".join(written[:3])
    if _RELATION.search(asked) is None and _STATED_RELATION.search(stated) is None:
        # Nothing asked of one thing against another: the words may come in any order
        # (a verb's character aside: 细纱机获得 of 细纱机”获, 帮企业 of 企业).
        return all(any(_written_in(hit.term, text) for text in texts) for hit in hits)
    for text in texts:
        at = 0
        for hit in hits:
            found = _found_in(hit.term, text, at)
            if found < 0:
                break
            at = found + 1
        else:
            return True
    return False


# The report's words shortened, as a claim may write them: the search's short forms, and
# 小巨人 of 专精特新“小巨人”, the class said before the name the firms go by (a claim only:
# as a search word, 小巨人 would draw in the 87 SRDI firms).
_SHORT_FORMS_WRITTEN = {**vocab.ZH_SHORT_FORMS, "小巨人": ("专精特新小巨人",)}


def _found_in(term: str, text: str, start: int) -> int:
    """Where the term stands in the text from `start` (whole, or as _written_in says it
    may differ); -1 where it does not."""
    # (第一次, 头一台: the report's 首次, 首台, as _numbers_of reads them.)
    first = _FIRST_OF_A_KIND.sub("首", term)
    forms = [
        term,
        term[:-1] if len(term) > 2 else "",
        term[1:] if len(term) > 2 and term[0] in _LEADING_VERBS else "",
        first if first != term else "",
    ]
    # (战新 of 战略性新兴, 战新产业 of 战略性新兴产业, 高企有 of 高新技术企业有: the
    # report's words, shortened; never a looser synonym.)
    forms += [
        form.replace(short, said)
        for form in forms
        for short, written in _SHORT_FORMS_WRITTEN.items()
        if form and short in form
        for said in written
    ]
    for form in forms:
        at = text.find(form, start) if form else -1
        while at >= 0 and _another_post(text, at, form, term):
            at = text.find(form, at + 1)  # 主任 in 主任助理: the director's assistant
        if at >= 0:
            return at
    if len(term) >= 4 and is_cjk(term[0]):
        # 甲醇重卡交付 of 甲醇重卡集中交付: two words, a word of at most two characters
        # between them (never a negation).
        for cut in range(2, len(term) - 1):
            apart = rf"{re.escape(term[:cut])}[^\W不没未非无]{{1,2}}{re.escape(term[cut:])}"
            if (found := re.compile(apart).search(text, start)) is not None:
                return found.start()
    return -1


def _adjacent_as_asked(folded: str, fact: Fact, hits: Sequence[Hit]) -> bool:
    """English words asked side by side stand side by side in the fact's label too: the
    first methanol sedan is not the first methanol-electric hybrid sedan."""
    if has_cjk(folded):
        return True
    words = [stem(w) for w in re.findall(r"[a-z0-9]+", folded)]
    # (A part of a hyphened word stands beside the next: a methanol hybrid of a
    # methanol-electric hybrid.)
    compounds = [
        [stem(w) for w in re.findall(r"[a-z0-9]+", c)]
        for c in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", fact.label.en.casefold())
    ]
    pairs = {pair for c in compounds for pair in itertools.pairwise(c)}
    pairs |= {(a, b) for one, two in itertools.pairwise(compounds) for a in one for b in two[:1]}
    pairs |= {(a, b) for one, two in itertools.pairwise(compounds) for a in one[-1:] for b in two}
    # (Words the label writes otherwise, produced for rolls off, have no neighbours in it.)
    written = {w for c in compounds for w in c}
    hit = {stem(h.term) for h in hits} & written
    label = [w for c in compounds for w in c]
    return all(
        (a, b) in pairs or _between_said(label, a, b, words) or _a_model_name(a)
        for a, b in itertools.pairwise(words)
        if a in hit and b in hit
    )


def _a_model_name(word: str) -> bool:
    """A model's name, letters and digits (JWF1580): the thing itself, whatever words
    the label puts after it (the JWF1580 won: the JWF1580 spinning frame won)."""
    return re.fullmatch(r"[a-z]+\d+[a-z0-9]*", word) is not None


def _between_said(label: list[str], first: str, second: str, asked: list[str]) -> bool:
    """Are the label's words between two words asked side by side said elsewhere in the
    question (China's top 500 companies: a top-500 Chinese company)? One left unsaid is a
    thing the question leaves out (the first methanol sedan: an electric hybrid one)."""
    if first not in label or second not in label:
        return False
    start, end = sorted((label.index(first), label.index(second)))
    between = [w for w in label[start + 1 : end] if w not in ("a", "an", "the")]
    if len(between) == 2 and between[0] == "and":
        return True  # (specialised and sophisticated SMEs: one of two joined words said)
    return all(any(_same_root(w, said) for said in asked) for w in between)


def _same_root(one: str, other: str) -> bool:
    """China and Chinese, province and provincial: one word, as a noun or an adjective."""
    shared = next(
        (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
        min(len(one), len(other)),
    )
    return shared >= 4 and shared * 3 >= min(len(one), len(other)) * 2


# A character left between words that hit is glue, not a word of its own (都, 在, 的).
_GLUE = frozenset("都在的了是被把和与跟同及也还就又有从于向对将已曾给")


def _left_unmatched(question: Question, hits: Sequence[Hit], fact: Fact | None = None) -> bool:
    """Two characters or more of a Chinese word asked that no hit holds (华为 of 华为药业,
    where only 药业 matched), or one before or between the words that hit (市 of 市考核
    指标, 油 of 全球首台油电混动轿车, 副 of 副主任担任: a modifier); glue (都, 在) or a verb
    after the last of them (造) is no word of its own, nor is a lone character asked (强
    of 500强), which counts only where it hits. A hit the fact does not hold as written
    (纺织联 of 纺织工业联合会) is a word read loosely: what follows it (盟 of 纺织联盟) is
    the rest of another word, not a verb."""
    words = _fact_words(fact) if fact is not None else ""
    # (A hit may span two words asked, joined when scored: 生产整车 of 吉利生产 and 整车.)
    joined = "".join(term.text for term in question.subject)
    covered_all = [False] * len(joined)
    for hit in hits:
        at = joined.find(hit.term) if hit.term else -1
        while at >= 0:
            covered_all[at : at + len(hit.term)] = [True] * len(hit.term)
            at = joined.find(hit.term, at + 1)
    start = 0
    for term in question.subject:
        text = term.text
        covered = covered_all[start : start + len(text)]
        start += len(text)
        if term.optional or any(text in hit.term for hit in hits):
            continue  # joined with its neighbours when scored (超过疫情前水平)
        for run in re.finditer(r"[\u4e00-\u9fff]+", text):
            left = [i for i in range(run.start(), run.end()) if not covered[i]]
            for piece in _runs(left):
                word = "".join(text[i] for i in piece)
                trailing = piece[0] > 0 and not any(covered[piece[-1] + 1 :])
                if (
                    trailing
                    and words
                    and any(
                        has_cjk(hit.term)
                        and _EN_PUNCTUATION.sub("", hit.term.casefold()) not in words
                        for hit in hits
                    )
                ):
                    return True
                if len(word) >= 2 or (not trailing and word not in _GLUE):
                    return True
    return False


def _fact_words(fact: Fact) -> str:
    """Everything the fact is called or says, casefolded, its punctuation taken out (喷丝头
    在 of 喷丝头”在): its sentence, labels, aliases and the bodies it names."""
    said = " ".join((_stated_text(fact), *fact.aliases, *fact.entities))
    return _EN_PUNCTUATION.sub("", said.casefold())


def _runs(positions: list[int]) -> list[list[int]]:
    """Consecutive positions grouped: [1, 2, 5] -> [[1, 2], [5]]."""
    runs: list[list[int]] = []
    for i in positions:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _stated_text(fact: Fact) -> str:
    """What the fact says in words: its sentence and labels, casefolded."""
    return f"{fact.quote or ''} {fact.label.zh} {fact.label.en}".casefold()


def _negates(question: Question, text: str, answer: Answer) -> bool:
    """Does the question negate something other than as a form of asking (是不是, 不是…吗,
    didn't it) or as the relation held (没超过, 不到200户)? Not the fact's own word holding
    the character (不良贷款, 办事不出区)."""
    fact = answer.facts[0]
    stated = _stated_text(fact)
    # (English tags as the reader knows them: question.EN_TAG.)
    plain = _ASKED_EITHER_WAY.sub(" ", EN_TAG.sub(" ", fold_query(text)))
    if is_a_rest(fact):
        # (没停产的占15%吗, were most not halted: the rest's own negation is no denial; a
        # second one, did the share not halted not exceed 20%, still is)
        for name in sorted(map(fold_query, fact.aliases), key=len, reverse=True):
            plain = plain.replace(name, " ")
    held = question.threshold
    if held is not None and held.text:
        plain = plain.replace(held.text.casefold(), " ")
        if held.negated or held.surely:
            return False
        for word in RELATION_NEGATING:
            plain = plain.replace(word, " ")  # 不到一半: the relation held, read as 不到50%
    for negation in _NEGATED.finditer(plain):
        word = plain[negation.start() : negation.end() + 1]
        if not (is_cjk(word[0]) and len(word) == 2 and word in stated):
            return True
    return False


def _way_it_went(base: FactBase, text: str, question: Question, answer: Answer) -> Answer:
    """GDP增长了吗, did GDP fall: a rise or a fall claimed of what a rate of growth is of
    is settled by the rate's sign (GDP grew 10%: 是, and 否 to a fall), where the words
    asked all name the fact, nothing is negated, the question says one way only and it is
    not the rate itself that is said to rise or fall (增速比去年下降了吗: unstated)."""
    fact = answer.facts[0]
    if not question.yes_no or question.operator or fact.value is None or not fact.value:
        return answer
    if fact.measure != "growth-rate":
        return answer  # (a pull on growth: 拖累了增长吗 claims a drag, not a fall)
    if question.period is not None and question.period.fits(fact.period) != "exact":
        return answer
    folded = fold_query(text)
    if _RATE_SAID.search(folded) is not None or _HOW_IT_WENT.search(folded) is not None:
        return answer  # (增长比去年慢吗, grew faster than, 大幅增长: more than which way)
    position = base.index_of(fact.id)
    scored = [s for s in _subject_scores(base, question, text) if s.position == position]
    hits = scored[0].hits if scored else ()
    if not hits or any(h.score < NAMED for h in hits) or _left_unmatched(question, hits):
        return answer  # 食品行业产值下降了吗: not the emerging industries' growth
    rose = _RISE_SAID.search(folded) is not None
    fell = _FALL_SAID.search(folded) is not None
    if rose == fell or _negates(question, text, answer):
        return answer  # (增长还是下降: a choice; 没有增长吗: asked the other way)
    if fact.qualifier in ("nearly", "under") and fact.value > 0:
        return answer  # (近1%: above nought or not, the report does not say)
    grew = fact.value > 0
    return answer._replace(verdict="yes" if rose == grew else "no")


# The rate itself said (增速下降了吗, did the growth rate fall): its change, not its sign.
_RATE_SAID = LazyPattern(
    r"增速|增长率|增幅|增长速度|速度|\b(?:growth|rate|pace|speed)\b",
    hints=("增", "速度", "growth", "rate", "pace", "speed"),
)
# How it went, beyond which way: against another year or by how much (比去年慢, faster
# than, 大幅, sharply), which the sign of one rate does not settle.
_HOW_IT_WENT = LazyPattern(
    r"比|较|更|快|慢|超过|不如|跑赢|放缓|加快|大幅|小幅|很多|一点|明显|多少|几"
    r"|\b(?:than|faster|slower|more|less|sharply|slightly|much|quickly|fast|slowly|strongly)\b",
    hints=(*"比较更快慢超不跑放加大小很一明多几", "than", "fast", "slow", "more", "less", "sharp",
           "slight", "much", "quick", "strong"),
)  # fmt: skip
# A rate said in any way, a comparative of pace too (快, faster, grew): for a gap in rates.
_PACE_SAID = LazyPattern(
    rf"{_RATE_SAID.pattern}|增长|快|慢|跑赢|\b(?:grew|grow|faster|slower|outpaced?|outgrew)\b",
    hints=("增", "速", "快", "慢", "跑赢", "growth", "rate", "pace", "speed", "grew", "grow",
           "faster", "slower", "outp", "outg"),
)  # fmt: skip


# 说说…吧, tell me about … please: a request, not a statement to confirm.
_TELL_ME = LazyPattern(
    r"^(?:请|麻烦)?(?:说说|讲讲|介绍|告诉我|查查?|列出?|看看|给我)|\b(?:tell me|show me|list)\b",
    hints=("说说", "讲讲", "介绍", "告诉", "查", "列", "看看", "给我", "tell", "show", "list"),
)


# A place in a top-N list and its reach: 国内500强, 世界五百强, the world's top 500,
# Fortune Global 500, China's top 500.
_TOP_LIST_ZH = re.compile(r"(全球|世界|全国|国内|中国)前?(\d+|[一二三四五六七八九十百千]+)强")
_TOP_LIST_EN = re.compile(
    r"\b(world|global|china|chinese|national|domestic|country)(?:'s)?\s+(?:top\s+)?(\d+)\b"
)
_TOP_LIST_EN_REACH = {
    "world": "全球", "global": "全球", "china": "全国", "chinese": "全国",
    "national": "全国", "domestic": "全国", "country": "全国",
}  # fmt: skip


def _top_list_reach(base: FactBase, text: str, question: Question, answer: Answer) -> Answer | None:
    """陕西建工是全国500强吗 of 国内500强: the report's top list, in other words, weighed as
    a premise (是). A list of another length (全国100强) or reach (世界500强) is left to the
    fact without a verdict: one of China's top 500 may or may not be among its top 100, or
    the world's 500. None where no top list is claimed of a fact naming one."""
    fact = answer.facts[0]
    stated = _TOP_LIST_ZH.search(fold_query(fact.quote or ""))
    folded = fold_query(text)
    claimed = _TOP_LIST_ZH.search(folded)
    english = _TOP_LIST_EN.search(folded) if claimed is None else None
    if stated is None or (claimed is None and english is None):
        return None
    if claimed is not None:
        reach, number = _REACH_AS.get(claimed.group(1), ""), _top_number(claimed.group(2))
        span = claimed.span()
    else:
        assert english is not None
        reach, number = _TOP_LIST_EN_REACH[english.group(1)], _top_number(english.group(2))
        span = english.span()
    if number != _top_number(stated.group(2)) or reach != _REACH_AS.get(stated.group(1)):
        # (全国100强, 世界500强 of 国内500强: no 是, no 否, the fact given; not read again as
        # a premise without the list claimed)
        return answer
    # (全国500强, the national top 500: asked as the report says it, 国内500强)
    said = folded[: span[0]] + stated.group() + folded[span[1] :]
    held = _premise_stated(base, said, _read(base, said), answer._replace(question=said))
    return held._replace(question=answer.question)


def _top_number(written: str) -> int | None:
    """500, 五百: the length of a top list."""
    return int(written) if written.isdigit() else parse_chinese_numeral(written)


def _only_its_name(fact: Fact, hits: Sequence[Hit]) -> bool:
    """The question says nothing but a figure's name (or a piece of it): no premise."""
    if fact.value is None:
        return False  # a statement's name is a claim (醇电混动轿车下线了吗)
    names = (fact.label.zh, fact.label.en.casefold(), *(a.casefold() for a in fact.aliases))
    said = "".join(h.term for h in hits)  # (吉利汽车产值吗: its whole name, in two words)
    return len(hits) <= 1 or any(said in name.replace(" ", "") for name in names)


# What the report says it will do, not that it has (将定期组织召开, 计划, 拟).
_PLANNED_STATED = LazyPattern(r"将(?!近)|计划|拟|准备", hints=("将", "计划", "拟", "准备"))
# Asked as done already (已经召开了吗, did they hold, have they held).
_DONE_ASKED = LazyPattern(
    r"已经|已|了|过了|过吗|\b(?:did|has|have|had)\b",
    hints=("已", "了", "过", "did", "has", "have", "had"),
)


def _premise_stated(base: FactBase, text: str, question: Question, answer: Answer) -> Answer:
    """陕西建工是不是国内500强, 细纱机拿的是二等奖吗, 7项省考核指标都完成了吗, did the zone
    come last in April: a yes-or-no question whose every word the fact says, asked of its
    period, negating nothing, is answered 是. A word the fact does not say as written (or
    says only by its sound), a negation, all or only, a number or a fall it does not state,
    a claim beyond it (_claims_beyond), a bare name, a request, an inferred figure or
    another time leaves the fact without a verdict."""
    if not question.yes_no or question.operator or question.threshold is not None:
        return answer
    if question.asks_who or question.asks_when or question.describes or question.wants_number:
        return answer
    fact = answer.facts[0]
    folded = fold_query(text)
    if "outlook" in fact.tags:
        return answer  # 晋中是全省高质量发展先行区吗: a goal set, not a thing done: no 是
    if _PLANNED_STATED.search(fact.quote or "") and _DONE_ASKED.search(folded):
        return answer  # 党建联盟已经召开理事会会议了吗: the report says they will (将)
    if fact.value is None and _ZONE_OF_A_LEVEL.search(folded) is not None:
        # 开发区是国家级的吗, 国家级开发区吗: the zone said to be of a level, which no
        # statement of what it did or helped build (晋中国家级甲醇经济示范区) says.
        return _not_stated_of(base, question, text, fact)
    if fact.is_derived or not fact.quote or _TELL_ME.search(folded) is not None:
        return answer  # an inferred figure settles nothing; 说说…吧 asks for the fact
    if question.period is not None and question.period.fits(fact.period) != "exact":
        return answer
    period = question.period
    month_named = period is not None and not period.whole_year and period.start == period.end
    if "-" in fact.period and not month_named and not _happens_once(fact, question, folded):
        # 2022年开发区排名垫底吗, did it rank last: the report puts it last in April only
        # (and among the leaders for the year); a month's standing or share confirms only
        # what is asked of that month.
        return answer
    stated = _stated_text(fact)
    if _negates(question, text, answer):
        return answer
    if (
        _ALL_SAID.search(folded)
        and _ALL_STATED.search(stated) is None
        and not _both_borne_out(base, folded)
    ):
        return answer  # 四上企业都停产了吗: 85% of them
    if _ONLY_SAID.search(folded) and not any(w in stated for w in _ONLY_STATED):
        return answer
    if _PART_SAID.search(folded) and not any(w in stated for w in _PART_STATED):
        return answer  # 部分落实了吗 of 顶格落实: in part is not what it says
    if _one_character_off_stated(question, fact):
        return answer  # 办事不出县 of 办事不出区: one character makes it another claim
    if _another_figure_of_its_unit(folded, fact):
        return answer  # 占规上企业的33.1%吗 of the 25%: a figure of its unit given otherwise
    if not _numbers_of(folded) <= _numbers_of(stated) or _SCALED.search(folded):
        # 近五年来首次超过疫情前水平吗: 近三年来. An amount in billions or 亿 not held as a
        # figure (131.76 billion of firms over 100 million) is no word to confirm.
        return answer
    fall = _FALL_SAID.search(folded)
    if fall is not None and fall.group() not in stated and not (fact.value and fact.value < 0):
        return answer  # 开发区GDP下降了吗: it grew
    if _RISE_SAID.search(folded) is not None and _FALL_SAID.search(stated) is not None:
        return answer  # 4月份主要经济指标增长了吗: they fell back or shrank (负增长)
    position = base.index_of(fact.id)
    scored = [s for s in _subject_scores(base, question, text) if s.position == position]
    if not scored or not scored[0].hits:
        return answer
    hits = scored[0].hits
    # (A term the base holds nowhere as one word is a claim only where the fact writes
    # its words: 成立产业发展基金 of 成立两只产业发展基金.)
    written = (_PUNCTUATION.sub("", fact.quote.casefold()), fact.label.zh)
    # (Sipurui, typed as the firm's English name is written, may score as its pinyin: a
    # name still, no sound guessed)
    entity_words = scored[0].row.entity_words
    if any(
        h.score < NAMED
        or (h.field == PINYIN and stem(h.term) not in entity_words)
        or (h.unknown and not any(_found_in(h.term, t, 0) >= 0 for t in written))
        for h in hits
    ):
        return answer
    dated = period is not None and "-" in fact.period and not period.whole_year
    if _only_its_name(fact, hits) and not dated and not _deed_asked_done(folded):
        # 地区生产总值吗, 留抵退税吗: no claim made of it (甲醇重卡是年底交付的吗 claims a time;
        # 甲醇重卡交付了吗, were the trucks delivered: that its deed was done)
        return answer
    # (A level claimed that the sentence does not give, Sipurui as a municipal one: its
    # English label's city is the whole of a share, no level.)
    claimed_levels = {
        _LEVELS_AS_WRITTEN.get(m.group().split("-")[0].split(" ")[0], "")
        for m in LEVEL_SAID.finditer(folded)
    }
    if question.english and any(
        level not in f"{fact.label.zh}{fact.quote}" for level in claimed_levels
    ):
        return answer
    # (Firms only: a park the sentence names is no park the zone built.)
    names_en = [
        e.en
        for e in _entities(base, scored[0])
        if e is not None and e.en and e.kind == "enterprise"
    ]
    if _left_unmatched(question, hits, fact) or not _said_in_order(
        fact, hits, folded, named=names_en if question.english else ()
    ):
        return answer  # 华为药业: a part of the words asked (华为) matched nothing
    # (开建集团是国内500强吗: the sentence joins the firm to the top-500 one, 同国内500强
    # 陕西建工集团; what it says of the other is no claim of the one asked about)
    apart = _parties_apart(fact, hits, folded) or _of_another_conjunct(fact, hits, folded)
    of_another = _said_of_another(base, fact, folded, figure=False)
    if apart and not of_another:
        return answer
    if not apart and (
        _claims_beyond(base, text, question, fact) or not _adjacent_as_asked(folded, fact, hits)
    ):
        return answer
    if _firm_unsupported(base, text, fact):
        return answer
    if of_another:
        # 开建集团是500强吗: the sentence says it of the other party (国内500强陕西建工集团),
        # and nothing of the one asked about.
        firm = max(_firms_named(base, folded), key=len, default="")
        claim = _DESCRIPTOR.search(folded)
        said = ""
        if firm and claim is not None and not question.english:
            said = f"{firm}是否为{claim.group()}"
        return _not_stated_of(base, question, text, fact, subject_said=said)
    if _doer_said_otherwise(base, folded, fact) or _done_to_otherwise(folded, fact):
        # 中国纺织工业联合会研发了JWF1580细纱机吗: a party the sentence names in another
        # role (it gave the prize) said to do what another did (经纬智能研发的): 否.
        return answer._replace(verdict="no", claim=True)
    return answer._replace(verdict="yes")


def _said_of_another(base: FactBase, fact: Fact, folded: str, *, figure: bool) -> bool:
    """开建是500强吗, 斯普瑞占全市的一半吗: a firm the question names, where the fact's
    sentence says the claim of another party (国内500强陕西建工集团: the top-500 firm is
    陕西建工), or a figure claimed (`figure`) of a class the firm only exemplifies
    (中海油、斯普瑞等…小巨人占到全市的50%; it is one of them all the same)."""
    quote = fold_query(fact.quote or "")
    named = [n for n in _firms_named(base, folded) if n in quote]
    if not named:
        # 合资公司是500强吗, is the zone in the top 500: said of no party the sentence
        # describes so (国内500强陕西建工集团), by any of its names, in either language.
        return not figure and _described_party_unnamed(base, fact, folded, quote)
    # (中海油和斯普瑞等国家级小巨人: the class itself asked, by its examples)
    example = r"[^，,。；;？?]{0,12}?等"
    if figure and any(
        re.search(re.escape(n) + example, quote) and not re.search(re.escape(n) + example, folded)
        for n in named
    ):
        return True  # an example of the class whose figure it is
    claimed = {m.group() for m in _DESCRIPTOR.finditer(folded)}
    for other in map(fold_query, fact.entities):
        at = quote.find(other)
        if at < 0 or any(other in n or n in other for n in named):
            continue  # (not the party asked about, by any of its names)
        # Right before the other party's name: within a descriptor's length (国内500强).
        if any(word in quote[max(0, at - _DESCRIBED_WITHIN) : at] for word in claimed):
            return True
    return False


def _described_party_unnamed(base: FactBase, fact: Fact, folded: str, quote: str) -> bool:
    """Does the question claim of something a descriptor (500强) that the fact's sentence
    says only right before a party's name, which the question never says?"""
    claimed = {m.group() for m in _DESCRIPTOR.finditer(folded)} | (
        {"500强"} if _TOP_N_EN.search(folded) is not None else set()
    )
    for zh in fact.entities:
        at = quote.find(fold_query(zh))
        if at < 0 or not any(
            word in quote[max(0, at - _DESCRIBED_WITHIN) : at] for word in claimed
        ):
            continue
        entity = base.entity(zh)
        names = (zh, *((entity.en, *entity.aliases) if entity is not None else ()))
        if not any(fold_query(name) in folded for name in names if len(name) >= 2):
            return True
    return False


# Top 500 said in English (a top-500 company, among China's top 500): 500强.
_TOP_N_EN = LazyPattern(r"\btop[ -]?500\b", hints=("top",))
_DESCRIBED_WITHIN = 8  # characters: 国内500强 is six, and a 的 or two may follow


# What a sentence says of a party just before its name (国内500强陕西建工, 国家级…).
_DESCRIPTOR = LazyPattern(
    r"\d+强|国内|国家级|省级|市级|世界|全球|全国", hints=("强", "国", "级", "世界", "全")
)


def _dated_otherwise(
    base: FactBase, question: Question, text: str, mentioned: list[Scored], anytime: list[Scored]
) -> Answer | None:
    """Was the first methanol truck rolled out in October, 500台是上半年交付的吗: a thing
    the report dates to a month, asked yes or no of another time, happened then: 否,
    with its date. Not a figure of a year (2021年产值是224亿吗: the report does not say).
    `mentioned`: the facts of any time the question names; `anytime`: all of them scored."""
    if not (question.yes_no or question.threshold is not None) or question.period is None:
        return None
    best = max(mentioned, key=lambda s: s.score)
    if "-" not in best.row.period or not _covers(best) or question.period.fits(best.row.period):
        return None
    fact = base.fact(best.position)
    if (
        fact.kind == Kind.FIGURE
        and question.period.year != fact.period[:4]
        and (
            question.period.year > fact.period[:4]
            or not _figure_named(fact, question.threshold, fold_query(text))
        )
    ):
        # 2021年停产的企业超过一半吗: of another year the report says nothing; nor of one
        # after its own, its figure said or not (2023年4月停产比例85%吗). The figure said
        # of a year before names the thing the report dates (2021年85%的企业停产了吗: 否).
        return None
    # (Alone: no other fact is named by the thing asked about, its first word: 甲醇重卡 are
    # also the 500 delivered; 醇电混动轿车 is only the one.)
    alone = not any(
        s.hits[:1] and s.hits[0].field == NAME and s.hits[0].score >= UNKNOWN_MENTION
        for s in anytime
        if s.position != best.position
    )
    if not _happens_once(fact, question, fold_query(text), alone):
        return None  # 5月排名垫底吗, 3月85%停产了吗: of another month the report says nothing
    answer = _answer(base, question, text, "fact", (fact,))
    return answer._replace(verdict="no", threshold=_period_text(question))


def _standing_opposed(text: str, fact: Fact) -> bool:
    """Does the question ask a first place (第一, top) of what the fact says ranked last
    (垫底, 倒数), or the other way round?"""
    folded = fold_query(text)
    first, last = _RANKED_FIRST.search(folded), _RANKED_LAST.search(folded)
    if (first is None) == (last is None):
        return False  # (neither asked, or both: 第一还是倒数第一)
    said = fold_query(f"{fact.label.zh} {fact.quote or ''} {fact.label.en}")
    return (_RANKED_LAST if first is not None else _RANKED_FIRST).search(said) is not None


_RANKED_FIRST = LazyPattern(
    r"(?<!倒数)第一(?![台辆架次批])|首位|头名|榜首|\b(?:first place|number one|no\.? ?1|top spot)\b"
    r"|\b(?:ranked|came|placed) first\b",
    hints=("第一", "首位", "头名", "榜首", "first", "number", "no", "top"),
)
_RANKED_LAST = LazyPattern(
    r"垫底|倒数|末位|最后一名|\b(?:ranked|came|placed|finished) last\b|\bbottom\b",
    hints=("垫底", "倒数", "末位", "最后一名", "last", "bottom"),
)


def _a_year_s_sum_as_a_part(fact: Fact, question: Question, text: str) -> bool:
    """Is what was made over a year (GDP 143亿, an output value), its own figure said,
    claimed as that of a month or a part of that year not ending it? (Counted to the
    year's end, 年底GDP, it is the year's; a payment or refund may fall in any one month;
    a count held at the year's end, 171户, may hold in a month; of another year the
    report is silent.)"""
    period = question.period
    return (
        period is not None
        and not period.whole_year
        and not period_end(period)
        # (1-12月, January to December: the whole year, spanned)
        and not (period.start.endswith("-01") and period.end.endswith("-12"))
        and period.year == fact.period
        and fact.measure in _MADE_OVER_THE_YEAR
        and _figure_named(fact, question.threshold, fold_query(text))
    )


# Measures of what a year's making adds up to, month by month (no payment of a day).
_MADE_OVER_THE_YEAR = frozenset({"gdp", "output-value"})


def _named_at_another_time(
    base: FactBase, question: Question, text: str, subject: list[Scored]
) -> Answer | None:
    """Were 85% of firms halted in May, 甲醇重卡交付是在年中吗: a thing every word names in
    full, dated otherwise, is what is asked about (否), not a weaker match of the time
    asked (halted ~ half; the first truck of June for the trucks delivered); asked what
    or which (7月份下线了什么), the report is silent on that time."""
    if question.period is None:
        return None
    held = question.yes_no or question.threshold is not None
    named_then = [s for s in subject if _fully_named(s)]
    if held and named_then:
        fact = base.fact(max(named_then, key=lambda s: s.score).position)
        if _a_year_s_sum_as_a_part(fact, question, text):
            # 开发区的GDP 143亿是4月份一个月的数吗: the year's sum, its figure said, is no
            # month's: 否, with the year's.
            answer = _answer(base, question, text, "fact", (fact,))
            return answer._replace(verdict="no", threshold=_period_text(question))
        return None
    elsewhere = _subject_scores(base, question._replace(period=None), text)
    named = [s for s in elsewhere if _fully_named(s)]
    if not named:
        return None
    if held:
        return _dated_otherwise(base, question, text, named, elsewhere)
    # 7月份下线了什么: what the report dates to another month (June's roll-offs), named
    # better than anything of the month asked, is all it says of it; nothing for that month
    # (the year's statements only near the words: 疫情下生产 for 下线).
    period = question.period
    best = [s for s in named if s.score >= named[0].score - TIE_MARGIN]
    dated = all(len(s.row.period) > 4 and period.fits(s.row.period) is None for s in best)
    if dated and best[0].score > max((s.score for s in named_then), default=0.0) + TIE_MARGIN:
        return _declined(base, question, text, best, "unstated-measure")
    return None


def _fully_named(scored: Scored) -> bool:
    """Does every word asked about hit the fact's names at full strength?"""
    return bool(scored.hits) and all(h.score >= NAMED and not h.unknown for h in scored.hits)


def _deed_asked_done(folded: str) -> bool:
    """甲醇重卡交付了吗, were the methanol trucks delivered: a deed (vocab.DEEDS) asked as
    done, with 了 or 过 after it, or in a question opening with was, were or did."""
    if has_cjk(folded):
        return _DEED_DONE_ZH.search(folded) is not None
    return _DEED_DONE_EN.search(folded) is not None


_DEEDS_ZH = sorted((w for f in vocab.DEEDS for w in f if has_cjk(w)), key=len, reverse=True)
_DEED_DONE_ZH = LazyPattern(
    rf"(?:{'|'.join(_DEEDS_ZH)})(?:了|过|咗)",
    hints=("了", "过", "咗"),
)
# (a stem as a verb, with its ending or none: delivered, signed; not development, window)
_DEED_DONE_EN = LazyPattern(
    r"^\s*(?:was|were|did|has|have|had)\b.*\b(?:"
    + "|".join(
        sorted((re.escape(w) for f in vocab.DEEDS for w in f if w.isascii()), key=len, reverse=True)
    )
    + r")(?:e?d|en|n|t|s|ing)?\b",
    hints=("was", "were", "did", "has", "have", "had"),
)


def _happens_once(fact: Fact, question: Question, folded: str, alone: bool = True) -> bool:
    """A first (全省首台甲醇重卡), the very figure the report dates (85%的企业停工是在5月
    吗), or an event: dated once, so at no other time. A standing or a share not named by
    its figure (5月排名垫底吗, 3月停工比例高吗) may hold at times the report does not
    speak of."""
    if _WHEN_CLAIMED.search(folded) is not None:
        # 排名垫底是在6月份吧, 甲醇重卡是5月下线的吗: when it was is what is claimed (the
        # report's one time), of the one thing it dates.
        return True
    if any(w in f"{fact.quote} {fact.label.zh}" for w in _FIRSTS):
        # The first truck rolled off once; trucks may have at any time (12月份甲醇重卡下线
        # 了吗 asks of no first, and other trucks are in the report), the one sedan not.
        return alone or _FIRST_SAID.search(folded) is not None
    held = question.threshold
    if _figure_named(fact, held, folded):
        return True  # 85%的企业停工是在5月吗: the figure names the thing dated
    # An event or a count of one (集中交付) is dated once; a standing or a share is not, nor
    # a count held to another number or asked whether there were any (of June's deliveries,
    # if any, the report says nothing).
    if fact.kind == Kind.FIGURE and (held is not None or _ANY_ASKED.search(folded) is not None):
        return False
    return fact.kind in (Kind.EVENT, Kind.FIGURE) and fact.measure not in ("share", "rank")


def _figure_named(fact: Fact, held: Threshold | None, folded: str) -> bool:
    """Does the question name the fact's own figure (about 85%, the 500 trucks), held or
    written as the report writes it, not a bound (more than half halted in May, over 400
    delivered in June: of those months the report is silent)?"""
    if (
        held is not None
        and held.relation in ("equals", "within", "so-many")
        and fact.value is not None
        and _held_to(fact, held) in ("yes", "roughly")
    ):
        return True
    said = re.escape(fact.value_text or "")
    return bool(said) and re.search(rf"(?<![\d.]){said}(?![\d.])", folded) is not None


# The time of a thing claimed (是在6月份吧, 是6月份的事吗, was it in June that): the
# thing is the one the report dates, not a standing that may hold in other months too.
_WHEN_CLAIMED = LazyPattern(
    r"(?:是在|发生在|发生于)[^，,。？?！!]{0,12}?(?:月|年中|年底|年初|年末|半年|季度)"
    rf"|是[^，,。？?！!]{{0,8}}?{ZH_TIME}的事"
    r"|\bwas it (?:in|during)\b|\bhappen(?:ed)? (?:in|during)\b"
    # 是5月下线的吗, 是第一季度在全省通报里排名垫底的吗: 是 … 的 around a time, the time
    # of the thing is what is claimed
    rf"|是(?:在)?{ZH_TIME}[\u4e00-\u9fff]{{1,14}}?的(?=[吗吧呢？?，,]|$)"
    # 停工停产是4月份吗, 那次是3月份吧: 是 and a time, ending the claim
    rf"|是(?:在)?{ZH_TIME}(?=\s*(?:吗|吧|么|嘛)?[？?。!！\s]*$)",
    hints=("是在", "发生", "的事", "was it", "happen", "月", "季度", "半年", "年"),
)
_FIRST_SAID = LazyPattern(r"首|第一|\bfirst\b", hints=("首", "第一", "first"))
_FIRSTS = ("首台", "首辆", "首次", "首个", "首批", "首家")


def _the_zones_standing_asked(question: Question, text: str) -> bool:
    """A ranking asked of a year (全年, 2022年) with nothing named but ranking words and
    the zone (排名, 考核, 开发区), and no place it is ranked in: the zone's in the province."""
    year = question.full_year or (question.period is not None and question.period.whole_year)
    return (
        year
        and question.measure == "rank"
        and not question.yes_no
        and has_cjk(text)
        and "全省" not in fold_query(text)
        and all(OF_A_RANKING.fullmatch(t.text) for t in question.subject)
    )


def _of_the_whole_set(fact: Fact, size: int, noun: str) -> bool:
    """Is the fact the count of a set of `size` things, or a statement about them all?"""
    if fact.value is not None:
        return fact.measure == "count" and fact.value == size
    if has_cjk(noun):
        return any(noun in name for name in (fact.label.zh, *fact.aliases))
    words = re.findall(r"[a-z]+", fact.label.en.lower())
    return stem(noun.split()[-1]) in {stem(w) for w in words}


def _ask(base: FactBase, text: str, question: Question | None = None) -> Answer:
    question = read(base, text) if question is None else question
    if _of_another_place_only(base, question, text):
        # 成都有多少高新技术企业, trucks delivered in Hebei: another city's or province's
        # figure, which no fact states (a thing claimed done there is held to the report's
        # place: 是在太原下线的吗).
        located = [t.text.partition("在")[0] for t in question.terms if place_located(t.text)]
        # (吉利在浙江的工厂: a thing the report names, at a place it does not: unstated)
        of_a_firm = any(_firm_names_in(base, head.casefold()) for head in located if head)
        return _declined(base, question, text, [], "unstated-measure" if of_a_firm else "no-match")
    if question.time_order:
        return _answer_time_extreme(base, question, text)
    if (
        question.operator == "events"
        and question.period is not None
        and question.period.whole_year
        and question.terms
    ):
        # What did the zone do about COVID in 2022: the report's year is every fact's;
        # what is asked is what it did about the thing named.
        question = question._replace(operator="", period=None)
    if question.period is not None and (question.operator == "events" or not question.terms):
        return _period(base, question, text)
    said = question.threshold
    # 全市排名第一吗: of nothing named (near the top: the words of a standing name nothing)
    standing_said = said.text if said is not None and said.dimension == "rank" else ""
    things = [t for t in question.subject if not (t.place or t.text in standing_said)]
    if (
        said is not None
        and said.dimension == "rank"
        and all(OF_A_RANKING.fullmatch(t.text) for t in things)
    ):
        # 4月在全省开发区排名靠后吗: the zone's standing in a month (the words of the
        # ranking, 在全省, name no thing ranked).
        standing = _standing_that_month(base, question, text, said)
        if standing is not None:
            return standing
    if said is not None and said.dimension == "rank" and not things:
        # 开发区排名第一吗: the zone's rank in what? Not the VAT refunds' (the only rank the
        # report gives); its standing in words answers, if anything does.
        question = question._replace(threshold=None)
    place_said = None
    if question.threshold is not None and question.total and len(question.sides) >= 2:
        return _sum_held(base, question, text, question.threshold)
    if (
        question.threshold is not None
        and question.threshold.relation == "equals"
        and question.operator in ("max", "min")
    ):
        return _figure_is_the_extreme(base, question, text, question.threshold)
    whose = _place_of_a_figure(base, question, text)
    if whose is not None:
        return whose
    if question.threshold is not None and question.operator != "compare":
        held = _against(base, question, text, question.threshold)
        if question.threshold.dimension == "rank":
            place_said = question.threshold
        if held.answered or question.threshold.dimension != "rank":
            return _not_first(held, question, place_said)
        # 排第一吗，是最多的吗: a place said (its words kept) in a question asked otherwise.
        question = question._replace(threshold=None)
    if question.items and question.operator in ("max", "min", "compare"):
        return _among(base, question, text)
    if question.order and len(question.sides) >= 2:
        return _ordered(base, question, text)
    if question.operator == "compare" and question.total and _SUM_COMPARED.search(fold_query(text)):
        # A比B和C加起来多吗, A and B combined against C: a sum on one side, which the
        # report does not give; two of the three compared would answer another question.
        named = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        return _declined(base, question._replace(measure="total"), text, named, "unstated-measure")
    if question.operator == "compare" and len(question.sides) >= 2:
        return _compare(base, question, text)
    if question.total and len(question.sides) >= 2:
        return _summed(base, question, text)
    if question.versus:
        # GDP比上半年高吗: the other side is a time, or nothing, that no fact states.
        question = question._replace(measure=None)
        named = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        reason: Reason = "unstated-measure" if named else "no-match"
        return _declined(base, question, text, named, reason)
    if (
        question.operator in ("max", "min")
        and question.measure is None
        and question.subject
        and all(t.place for t in question.subject)
    ):
        # Was the zone the biggest in the city: the largest of what, unsaid; the place
        # names nothing to rank (the largest figure naming the city is no answer).
        return _declined(base, question, text, [], "ambiguous")
    if question.operator in ("max", "min") or (question.operator == "compare" and _which(text)):
        return _extreme(base, question, text)
    if question.wants_number and question.measure in (None, "count") and _the_zone_alone(question):
        # 全区有多少户: a count of the zone itself, of nothing in it named (全区 is no word
        # of the one fact whose label says it, the above-scale firms): which is meant?
        question = question._replace(terms=[], subject=[])
    if not question.terms and question.wants_number:
        # 有几户？, how many?: a number of nothing named; which of the report's is meant?
        stating = [
            s
            for s in _pool(base, question, text, [])
            if not question.dimensions or s.row.dimension in question.dimensions
        ]
        return _declined(base, question, text, stating, "ambiguous")
    answer = _not_first(_single(base, question, text), question, place_said)
    # What a firm makes (党建联盟做什么 asks what the alliances do: their sentence says).
    asks_made = question.asks_made and (
        bool(_firms_named(base, fold_query(text))) or _MAKING.search(fold_query(text)) is not None
    )
    made = [m.fact for m in answer.related if m.fact.tells_a_thing_made()]
    if asks_made and answer.reason == "ambiguous" and len(made) == 1:
        answer = _answer(base, question, text, "fact", (made[0],))  # 吉利生产什么: vehicles
    if asks_made and answer.kind == "fact" and not answer.facts[0].tells_a_thing_made():
        # 斯普瑞是做什么产品的: the report names the firm (a little giant), not what it makes.
        about = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        return _declined(
            base, question._replace(measure="products"), text, about, "unstated-measure"
        )
    noun = _counted_noun(text) if answer.kind == "fact" and question.measure == "count" else ""
    if noun and not _counts_it(base, question, text, answer.facts[0], noun):
        # 吉利有几个工厂, how many factories does Geely have: the report counts Geely's
        # vehicles, never its factories.
        about = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        return _declined(base, question, text, about, "unstated-measure")
    folded = fold_query(text)
    if (
        answer.kind == "fact"
        and _owner_asked(question, folded)
        and _firms_named(base, folded)
        and not _tells_an_owner(base, answer.facts[0])
    ):
        # 开建集团的母公司是谁: its owner, which only a word of owning says (the venture
        # it set up names none).
        about = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        return _declined(base, question._replace(measure="owner"), text, about, "unstated-measure")
    if question.asks_where and answer.kind == "fact" and not _places_it(answer.facts[0]):
        # 斯普瑞公司在哪里: the report names the firm, not where it is.
        about = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        return _declined(
            base, question._replace(measure="location"), text, about, "unstated-measure"
        )
    if question.standing and answer.answered and not _ranked_at(answer, question.standing):
        # 哪项在全市排第二: the report states a rank (全市排名第一) or a standing (垫底),
        # never this one.
        about = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        return _declined(base, question._replace(measure="rank"), text, about, "unstated-measure")
    return answer


def _standing_that_month(
    base: FactBase, question: Question, text: str, said: Threshold
) -> Answer | None:
    """Was the zone first in the province in April: a place said of a month whose standing
    the report gives (last, 排名垫底), and of nothing else: that standing, 否 to first."""
    period = question.period
    if period is None or period.whole_year or period.start != period.end:
        return None
    dated = [
        f
        for f in base.facts
        if period.fits(f.period) == "exact" and "-" in f.period and _ranked_last(f)
    ]
    if len(dated) != 1:
        return None
    position = base.index_of(dated[0].id)
    assert position is not None  # (a fact of the base)
    row = search_data(base).row(position)
    places = [_place_word(t.text) for t in question.subject]
    # (在全市考核中: a place inside a longer word, read in the text itself)
    folded = fold_query(text)
    places += [p for p in vocab.PLACES if has_cjk(p) and p in folded]
    if any(p in vocab.PLACES and not _names_place(p, row) for p in places):
        return None  # last in Jinzhong in April: a ranking in the city, not the province's
    answer = _answer(base, question, text, "fact", (dated[0],))
    return answer._replace(verdict=_said_of_the_last(said), threshold=said.text)


# The thing a count asks for, named after the count word (几个工厂, how many factories).
_COUNTED_NOUN = LazyPattern(
    r"(?:几|多少)(?:个|间|座|种|款|包|批|类|处)(?P<zh>[\u4e00-\u9fff]{2,4}?)"
    # (成立了三个中心吗: so many of a thing claimed, the thing counted too)
    r"|(?<![\d.])(?:\d+|[一二两三四五六七八九十]+)(?:个|间|座|种|款|包|类|处)"
    r"(?P<claimed>[\u4e00-\u9fff]{1,4}?)(?=了?[吗吧呢么？?，,。]|了?$)"
    r"|\bhow many (?:[a-z-]+ ){0,2}?(?P<en>[a-z-]+s)\b"
    r"(?=\s+(?:does|do|did|are|were|is|was|has|have|had|in|of|at|for|the|there)\b|\s*[?,.]|$)",
    hints=("几", "多少", "how many", "个", "间", "座", "种", "款", "包", "类", "处"),
)


def _counted_noun(text: str) -> str:
    match = _COUNTED_NOUN.search(fold_query(text))
    if match is None:
        return ""
    noun = match["zh"] or match["claimed"] or match["en"]
    return noun.removesuffix("了").removesuffix("呢")


def _counts_by_name(fact: Fact, noun: str) -> bool:
    """Does the fact's own name say the thing counted (the centre of 新成立的中心), not only
    a name it quotes (“一部一中心三公司”, said by each of its parts)?"""
    return noun in re.sub(r"“[^”]*”", "", fact.label.zh)


def _counts_it(base: FactBase, question: Question, text: str, fact: Fact, noun: str) -> bool:
    """Does the fact count the thing asked for: a word of its names, not a word its sentence
    or a firm it names only stands near (工厂 of 吉利汽车, factories of Geely's tags)?"""
    # Named: a word of the question on it hits its names (干部 of 干部换了); or written in
    # its sentences (an inferred figure's are its inputs': 处级 of the total).
    position = base.index_of(fact.id)
    scored = [s for s in _subject_scores(base, question, text) if s.position == position]
    hits = [
        h for s in scored[:1] for h in s.hits if noun.startswith(h.term) or h.term.startswith(noun)
    ]
    if not hits:
        return True
    if any(h.field == NAME and h.score >= NAMED for h in hits):
        # How many parks: a word of the names, but what they count (the park service
        # centres' directors)? An English noun counted is a thing the names count.
        return has_cjk(noun) or _names_as_counted(fact, noun)
    inputs = [f for f in map(base.get, fact.inputs) if f is not None]
    said = [
        text
        for f in (fact, *inputs)
        for text in (f.quote or "", f.label.zh, f.label.en, *f.aliases)
    ]
    written = " ".join(said).casefold()
    if has_cjk(noun):
        return noun in written
    words = {stem(w) for w in re.findall(r"[a-z]+", written)}
    return stem(noun) in words or any(
        stem(said) in words for said in english_synonyms(noun) if " " not in said
    )


def _names_as_counted(fact: Fact, noun: str) -> bool:
    """Is an English noun (parks, departments) what the fact's English names count: a
    plural they hold (directors, little giants), the word its figure is counted in
    (2 people), or, where they hold no plural, their first word (Department newly set
    up)? Said by a synonym, a firm or a person as the figure's own unit says."""
    names = [fact.label.en, *(a for a in fact.aliases if a.isascii())]
    counted: set[str] = set()
    for name in names:
        words = re.findall(r"[a-z]+", name.casefold())
        plural = [w for w in words if _PLURAL_WORD.fullmatch(w)]
        counted.update(stem(w) for w in (plural or words[:1]))
    unit = UNITS.get(fact.unit or "")
    dimension = unit.dimension if unit is not None else ""
    if unit is not None and unit.dimension in COUNTS:
        counted.add(stem(unit.en))
    said = {stem(noun), *(stem(s) for s in english_synonyms(noun) if " " not in s)}
    if not said.isdisjoint(counted):
        return True
    from rapidfuzz.distance import OSA

    if len(stem(noun)) >= 4 and any(OSA.distance(stem(noun), w) == 1 for w in counted):
        return True  # a letter missed or swapped: compnies (not apartments for departments)
    return (dimension == "enterprises" and firm_word(noun)) or (
        dimension == "people" and stem(noun) in _PEOPLE_COUNTED
    )


_PLURAL_WORD = re.compile(_PLURAL)
_PEOPLE_COUNTED = frozenset(
    stem(w)
    for w in "people persons staff officials cadres directors leaders officers heads managers "
    "employees workers members chiefs".split()
)


def _places_it(fact: Fact) -> bool:
    """Does the fact say where its thing is or was done (在晋中开发区成功下线)?"""
    return PLACED.search(fact.quote or "") is not None


_MAKING = LazyPattern(
    r"产品|生产|制造|造|\b(?:make|makes|made|produce|produces|manufacture|products?)\b",
    hints=("产品", "生产", "制造", "造", "make", "made", "produce", "manufacture", "product"),
)


# The bottom of a ranking, as the report says it (排名垫底) and as its labels do.
_LAST_PLACE = ("垫底", "倒数第一", "最后一名", "末位", "ranked last")


def _place_word(word: str) -> str:
    """在晋中, 全省里: the place a term says, the words putting something in it cut off."""
    for before in ("在", "于"):
        word = word.removeprefix(before)
    for after in ("里头", "里面", "当中", "的", "里", "中", "内"):
        word = word.removesuffix(after)
    return word


def _not_first(answer: Answer, question: Question, place_said: Threshold | None) -> Answer:
    """四月份排第一吗, 4月名列前茅吗, 4月排名靠后吗 answered by a fact saying it came last
    (排名垫底): not first, nor near the top; near the bottom, yes."""
    if (
        place_said is None
        or question.period is None
        or question.period.whole_year  # 2022年排第一吗: the year's standing, not April's
        or not answer.answered
        or answer.verdict is not None
        or not _ranked_last(answer.facts[0])
    ):
        return answer
    verdict = _said_of_the_last(place_said)
    return (
        answer if verdict is None else answer._replace(verdict=verdict, threshold=place_said.text)
    )


def _said_of_the_last(said: Threshold) -> Verdict:
    """A place said of what came last: near the bottom (靠后, 垫底, ranked last) holds; the
    first, the top three, near the top do not; a place further down (第二十) may be last."""
    if said.negated:
        return None
    if said.relation == "near-bottom":
        return "yes"
    if said.relation == "from-bottom":  # 倒数第二: the place above the last
        return "no"
    if said.relation == "near-top" or (said.relation == "below" and int(said.number) <= 4):
        return "no"
    return "no" if said.relation == "equals" and int(said.number) <= 3 else None


def _ranked_last(fact: Fact) -> bool:
    """Does the fact say its subject came last in a ranking (no rank figure given)?"""
    said = f"{fact.quote} {fact.label.zh} {fact.label.en}"
    return fact.measure is None and any(w in said for w in _LAST_PLACE)


def _ranked_at(answer: Answer, standing: int) -> bool:
    """Does the answer state the rank asked (全市排名第一 for 排第一)?"""
    fact = answer.facts[0]
    return fact.measure == "rank" and fact.value is not None and fact.value == standing


# --- one fact --------------------------------------------------------------------------------


_THAN = r"\bthan\b|(?<!占)比(?![重例率])"  # compiled on first use, then cached by re


def _months(period: Period | None) -> int:
    """How many months a period asked spans (12 for a whole year)."""
    if period is None or period.whole_year:
        return 12
    start, end = period.start.split("-"), period.end.split("-")
    return (int(end[0]) - int(start[0])) * 12 + int(end[1]) - int(start[1]) + 1


def _a_months_share(scored: Scored) -> bool:
    """A share or rate the report gives of one month (April's shutdown share)."""
    return scored.row.period.count("-") == 1 and scored.row.dimension == PERCENT


def _monthly(base: FactBase, scored: Scored) -> bool:
    """A fact the report itself calls monthly (月度通报, a monthly assessment)."""
    fact = base.fact(scored.position)
    return any(w in f"{fact.quote} {fact.label.zh}" for w in ("月度", "月报")) or (
        "monthly" in fact.label.en.casefold()
    )


def _counts_unnamed(base: FactBase, scored: Scored) -> bool:
    """A count that names none of what it counts: a firm it names may be one, and so is
    an example it lists (贝斯特 of the 31, the food park of the 12 projects); a body or a
    place it names otherwise is none (省市 of the powers given)."""
    if scored.row.measure != "count" or examples_listed(base.fact(scored.position)):
        return False
    return all(kind in ("body", "place") for kind in _entity_kinds(base, scored))


def _single(base: FactBase, question: Question, text: str) -> Answer:
    if question.measure == "worth":
        # The value of the VAT refunds: a sum of money is worth itself (the 500 trucks'
        # worth is never given).
        said = vocab.VALUE_WORDS
        priced = question._replace(
            measure=None,
            measure_words=(),
            terms=[t for t in question.terms if t.text not in said],
            subject=[t for t in question.subject if t.text not in said],
        )
        money = _single(base, priced, text)
        if money.answered and all(f.unit and f.unit.endswith("元") for f in money.facts):
            return money
    if question.measure and question.subject and _only_the_zone(question.subject):
        # 全区企业总产值: the measure asked of the zone as a whole, no thing of it named.
        question = question._replace(subject=[])
    subject = _subject_scores(base, question, text)
    another_time = _named_at_another_time(base, question, text, subject)
    if another_time is not None:
        return another_time
    if _unstated(question):
        # How many people does Geely employ: people is what the measure counts, not a
        # thing asked about (the report names Geely, not its employees).
        counted = [t for t in question.subject if t.text not in _PEOPLE]
        if counted and len(counted) < len(question.subject):
            question = question._replace(subject=counted)
            subject = _subject_scores(base, question, text)
        # A measure no fact states (利润, employees): about something the report names,
        # or about nothing it names at all (人口).
        named = (
            [s for s in subject if _mentions(s)]
            or _named_specifically(subject)
            or _named_beyond(base, question, text)
            if question.subject
            else []
        ) or _thing_asked_about(base, text)
        if not named and question.period is not None and question.subject:
            # 2023年GDP目标: the thing is the report's, at another time than it speaks of.
            named = [
                s
                for s in _subject_scores(base, question._replace(period=None), text)
                if _mentions(s)
            ]
        return _declined(base, question, text, named, "unstated-measure" if named else "no-match")
    asked = _asked_length(base, question)
    members = _members_asked(question)
    # (七大产业党建联盟分别是哪几个: the sentence listing all seven answers, though it never
    # says 七大, the words naming them)
    # (What are the two funds: the sentence listing both names them, though it gives no
    # sum of money; a list asked is no amount)
    lists_them = {s.position for s in subject if _lists_the_things_asked(base, s, members)}
    answerable = [
        s
        for s in subject
        if (_states(question, s) or (question.asks_names and s.position in lists_them))
        and ((_covers(s) and _spans(s, asked)) or s.position in lists_them)
    ]
    answerable = [s for s in answerable if s.score >= DEFAULT_MIN_SCORE and _in_period(question, s)]
    # (7项省考核指标分别是哪些: the count said, its sentence listing them, answers)
    answerable = [
        s
        for s in answerable
        if not (_restates(question, s) and not _lists_members(base.fact(s.position), members))
        and not _told_as_ground(question, s)
    ]
    # A word naming a few facts (methanol: the trucks) that this one only stands near (its
    # chapter's title) asks about another thing: Geely's 11.15万辆 are not methanol
    # vehicles produced.
    specific = _specific_terms(subject)
    answerable = [
        s
        for s in answerable
        if not _misses_a_thing(s, specific)
        or _named_alone(s, subject)
        or _lists_all(base.fact(s.position), members)
    ]
    # 四化 heard as 司化 inside 公司化运营: two syllables guessed inside a longer name, all
    # that hits, name nothing an answer can stand on (search may still show it).
    answerable = [
        s
        for s in answerable
        if not (_only_heard(s.hits) and all(h.score <= SOUND_INSIDE for h in s.hits))
    ]
    if question.size_asked:
        # 食品产业规模有多大: a count is the size of the things it counts, named by the
        # words (高新技术企业规模: 171户), never of a thing its sentence names beside them
        # (the food park among the 12 projects).
        answerable = [
            s
            for s in answerable
            if s.row.measure != "count"
            or any(h.field == "name" and h.score >= NAMED for h in s.hits)
        ]
    counting = _counted_thing(question)
    answerable = [s for s in answerable if not _counts_another_thing(base, s, counting)]
    answerable = [s for s in answerable if not _misses_the_topic(base, question, s, subject)]
    elsewhere = _named_for_another_place(base, question, text, answerable)
    if elsewhere:
        # 全市专精特新企业有多少户: the zone's 专精特新企业 are in the report, the city's are
        # not; the city's national little giants, all of the city it states, are others.
        return _declined(base, question, text, elsewhere, "unstated-measure")
    # 停产企业有多少家: the shutdown share's word, of which 亿元以上企业数 shares only 企业.
    answerable = [s for s in answerable if not topic_names_another(base, question, s)]
    ranked = [s for s in answerable if s.row.measure == "rank"]
    if ranked and any(t.place for t in question.terms) and asks_of_the_place(question):
        # 全市的留抵退税是多少: the city's refunds, of which the zone's first place in the
        # city says nothing. (Search drops it while scoring; ask scores the subject without
        # that penalty, to know whether the report speaks of it at all, so drops it here.)
        answerable = [s for s in answerable if s not in ranked]
        if not answerable:
            return _declined(base, question, text, ranked, "unstated-measure")
    if question.asks_number and answerable:
        # How large is the industrial chain fund: a thing named whole, of which the report
        # gives no figure, is asked about, not a figure sharing its words (the 7.06亿 paid
        # to chain leaders).
        inside = named_within(base, asking_part(fold_query(text)))
        # (A full name, not a common noun, 骨干企业; and unless an answer's own names hold
        # it: the count of the 党建联盟.)
        figureless = [
            i
            for i, names in inside.items()
            if base.fact(i).value is None
            and any(_a_full_name(n) for n in names)
            and not any(n in own for s in answerable for n in names for own in s.row.names)
        ]
        if figureless and not inside.keys() & {s.position for s in answerable}:
            named = [s for s in subject if s.position in figureless]
            return _declined(base, question, text, named, "unstated-measure")
    # 占全区总产值的几成: the share of output (33.1%), never the share of firms (25%);
    # unless two shares are held against each other (is their share of output higher
    # than their share of firms).
    if not re.search(_THAN, question.text):
        answerable = [s for s in answerable if not shares_another_whole(question, s.row)]
    if question.full_year:  # 全年: the year's standing, not April's ranking
        yearly = [s for s in answerable if "-" not in s.row.period]
        # With none for the year, a month's figure may stand for it (the trucks delivered
        # in December), but never one the report calls monthly (月度考核, 月度通报).
        answerable = yearly or [s for s in answerable if not _monthly(base, s)]
    elif (
        (question.period is None or question.period.whole_year)
        and question.measure == "rank"
        and not question.yes_no
    ):
        # 开发区在全省开发区里处于什么位次, with no month: the year's standing (稳居前列),
        # not a monthly ranking of April's; unless a place's number is asked (排第几),
        # which the year's standing does not give.
        yearly = [s for s in answerable if not _monthly(base, s)]
        if yearly and len(yearly) < len(answerable) and not asks_place_by_number(text):
            answerable = yearly
    spans = question.period is not None and not question.period.whole_year
    # (疫情停工是二季度的事吧: when it happened is claimed, not a share of the quarter.)
    when_claimed = _WHEN_CLAIMED.search(fold_query(text)) is not None
    rough = question.period is not None and question.period.rough
    if question.full_year or (
        spans and _months(question.period) > 1 and not when_claimed and not rough
    ):
        # 全年停工比例, 上半年, Q2: a month's share (April's 85%) is no share of a longer
        # time, as a count delivered in it may be part of one. (In the spring, 春天: a
        # season places the month's share, no period it is reckoned over.)
        shares = [s for s in answerable if _a_months_share(s)]
        answerable = [s for s in answerable if not _a_months_share(s)]
        if shares and not answerable:
            # 全年停工比例: April's is given, the year's is not (said with its time).
            of = _subject_text(question, text)  # (a period asked is in it: 上半年)
            if question.period is None:
                of = f"{of} for the whole year" if question.english else f"全年{of}"
            return _declined(base, question, text, shares, "unstated-measure", subject_said=of)
    # (A month is a period's one dash, 2022-06; a day would be its second.)
    precision = 2 if question.asks_day else 1
    if (
        question.asks_month
        and answerable
        and not any(s.row.period.count("-") >= precision for s in answerable)
    ):
        # 汾盾1号是几月份调试成功的: the report dates it by the year only; 哪一天, by no day.
        dated = question._replace(measure="date" if question.asks_day else "month")
        return _declined(base, dated, text, answerable, "unstated-measure")
    if question.about_enterprise:
        # 哪家企业造了500台甲醇重卡: the trucks are in the report, who made them is not;
        # 和省国运公司签协议的是哪家企业: nor who signed with the company the question names.
        folded = fold_query(text)
        of_firms = [s for s in answerable if _names_a_firm(base, s, folded)]
        if answerable and not of_firms:
            return _declined(base, question, text, answerable, "unstated-measure")
        if answerable and of_firms and _misses_what_names(of_firms[0], answerable[0]):
            # Which company built the world-first sedan: the sedan, whose maker the report
            # does not name; never the TBM's maker, whose fact says nothing of a sedan.
            return _declined(base, question, text, answerable[:1], "unstated-measure")
        answerable = of_firms
    if question.asks_giver and answerable:
        # 谁颁的奖: the body that gave it, where the fact names one (the winner is no
        # giver); the fact's sentence says it.
        givers = [s for s in answerable if _names_a_body(base, s)]
        if not givers:
            gave = question._replace(measure="giver")
            return _declined(base, gave, text, answerable, "unstated-measure")
        answerable = givers
    # (给了谁, to whom: the party on the receiving end is what is unsaid, not the doer)
    to_whom = _TO_WHOM.search(fold_query(text))
    doer = "recipient" if to_whom is not None else "actor"
    if question.asks_who and answerable:
        # 谁生产了500台甲醇重卡: the trucks are in the report, who made them is not (the
        # zone they came off the line in is a place, not a maker).
        someone = [s for s in answerable if _names_someone(base, s, fold_query(text))]
        if not someone:
            who = question._replace(measure=doer)
            return _declined(base, who, text, answerable, "unstated-measure")
        best = answerable[0]
        if best not in someone and _rivals(best, someone[0]):
            # 全球首台是谁做出来的: the sedan answers the name as well as the TBM; that
            # only the TBM's maker is named does not say which of them is meant.
            return _declined(base, question, text, [best, someone[0]], "ambiguous")
        if best not in someone and (
            _misses_what_names(someone[0], best) or someone[0].score < best.score - UNSTATED_LEAD
        ):
            # (谁造的…: the thing's, whose doer is not named; never another's, as above;
            # 规划审批权是谁下放的: the planning powers, far better named than the 1,235
            # whose givers are)
            who = question._replace(measure=doer)
            return _declined(base, who, text, [best], "unstated-measure")
        answerable = someone
        if _deed_unstated(base, question, text, answerable[0]):
            # Who organised the contest, 谁设计了汾盾1号, who approved the 31 firms: the
            # fact names a party that did something else (won it, assembled it, was
            # approved).
            who = question._replace(measure=doer)
            return _declined(base, who, text, answerable[:1], "unstated-measure")
    elif answerable and _deed_unstated(base, question, text, answerable[0]):
        # 哪家企业控股开建集团, 哪些企业在用平台: which firm did it, as who did.
        who = question._replace(measure=doer)
        return _declined(base, who, text, answerable[:1], "unstated-measure")
    if question.asks_names and members is not None and members.counted is not None:
        # What are the 38 big firms: the 38, which another firm's sentence fitting the
        # words (a top-500 partner) is none of; unless a sentence lists as many.
        how_many = float(members.counted)
        answerable = [
            s
            for s in answerable
            if how_many in _numbers_of(base.fact(s.position).quote or "")
            or _lists_all(base.fact(s.position), members)
        ]
    firms_asked = question.asks_names and _FIRM_ASKED.search(fold_query(text)) is not None
    if (
        question.asks_names
        and answerable
        # (是拨给谁的: whom it went to, which a sentence naming them by kind tells, 拨付
        # 各级各类企业; which firms, 给了哪些企业, still asks their names)
        and not (
            to_whom is not None
            and re.search(r"谁|whom", to_whom.group()) is not None
            and _recipients_told(base, base.fact(answerable[0].position)) is True
        )
        and (
            question.examples
            or not _names_what_it_counts(base, answerable[0])
            # (新能源汽车产业链有哪些企业: firms, which a list of industries names none of)
            or (firms_asked and "enterprise" not in _entity_kinds(base, answerable[0]))
        )
    ):
        # 被提拔的正处是谁, 三家新公司叫什么名字: a count (1人, 3家) names none of them;
        # 国家级小巨人有哪些企业: the count names none, the sentence of their share in the
        # city names two (中海油、斯普瑞等), which the answer leads with; 留抵退税举了哪些
        # 例子: the amount is none.
        # (三公司指的是哪几个公司: a list in the counted thing's own chapter, never one
        # of other firms elsewhere, 中海油…等11户)
        listing = [
            s
            for s in answerable
            if _lists_members(base.fact(s.position), members)
            and s.row.section_zh == answerable[0].row.section_zh
        ]
        if firms_asked:
            listing = [s for s in listing if examples_listed(base.fact(s.position))]
        if not listing:
            unnamed = question._replace(measure="names")
            return _declined(base, unnamed, text, answerable[:1], "unstated-measure")
        answerable = listing
        if examples_listed(base.fact(listing[0].position)):
            question = question._replace(asks_who=True)
    if (
        answerable
        and answerable[0].row.value_text == ""
        and members is not None
        and members.counted is not None
        and any(re.search(_ZH_COUNT_SAID, t.text) for t in question.subject)
        and not _lists_members(base.fact(answerable[0].position), members)
    ):
        # “五个牢牢把握”具体是哪五个: a thing named by its count, which its sentence names
        # so only. (哪两台首台车: two facts, each one of them.)
        unnamed = question._replace(measure="names")
        return _declined(base, unnamed, text, answerable[:1], "unstated-measure")
    if answerable and question.measure and not (question.subject and specific):
        # 增速是多少, 企业产值是多少, 开发区排名第几: nothing but the measure and words
        # common to many facts; answered only if one fact of the base states that measure.
        # (Of the period asked: 4月份排名第几 is April's standing, which one fact states.)
        rows = search_data(base).rows()
        if (
            sum(1 for row in rows if _states_row(question, row) and _row_in_period(question, row))
            > 1
        ):
            stating = [s for s in subject if _states(question, s) and _in_period(question, s)]
            whole = _of_the_whole_zone(base, question, text, stating)
            if whole is not None:
                return _answer(base, question, text, "fact", (base.fact(whole.position),))
            # How fast did the economy grow: a word common to many facts may still name
            # one fact of the measure asked, and only that one (GDP growth; the emerging
            # industries' growth is only tagged the economy's).
            named = [s for s in stating if question.subject and _named_whole(question, s)]
            if len(named) == 1 and named[0] in answerable:
                return _answer(base, question, text, "fact", (base.fact(named[0].position),))
            # 两笔扶持资金各是多少: each of the things the subject's words all name, together.
            each = [s for s in stating if s in answerable and _names_it(s)]
            # (Only where the count said is the number found, or two things of one
            # measure and unit: 企业分别有多少户 names no few things to list.)
            alike = _alike(tuple(base.fact(s.position) for s in each))
            told = question.each_said == len(each) or (not question.each_said and len(each) == 2)
            # (产业扶持资金有哪些, 列出所有…: which ones, every one the words name, or none:
            # 有哪些拉动增长的企业 is no list of the two firms its words name best, when a
            # third is a firm that pulled growth too)
            hit_whole = [
                s for s in stating if s.hits and all(h.score >= TERM_FLOOR for h in s.hits)
            ]
            listed = (
                question.plural
                and not question.wants_number
                and not question.each_said
                and all(s in each for s in hit_whole)
            )
            if (question.each_of_one or listed) and len(each) > 1 and (told or listed) and alike:
                return _answer(
                    base, question, text, "list", tuple(base.fact(s.position) for s in each)
                )
            if question.total and question.each_said == len(each) > 1:
                # 两笔产业扶持资金合计: the sum of those said, not one of them (how many
                # firms in total names no few things to add up)
                return _sum_asked(base, question, text, each)
            if _the_zones_standing_asked(question, text):
                # 全年排名怎么样, 2022年考核排名如何: a standing of nothing named is the
                # zone's among the province's zones, the report's own (not the refunds').
                return _ask(base, f"开发区在全省开发区{text}")._replace(question=text)
            rests = rests_of(base)
            tied = {s.position for s in (*stating, *answerable)}
            halted = next((w for w, r in rests.items() if w in tied and tied <= {w, r}), None)
            if halted is not None:
                # What percentage were not halted: the share halted and its rest, tied; the
                # question's negation (or none) tells which.
                chosen = rests[halted] if rest_asked(base, text, rests[halted]) else halted
                return _answer(base, question, text, "fact", (base.fact(chosen),))
            return _declined(base, question, text, stating or answerable, "ambiguous")
    if question.measure is None and question.wants_number and not question.yes_no:
        # 全市有多少国家级小巨人: a number asked without its measure is first a count or an
        # amount; a share or a rate of the same thing answers only when none answers about
        # as well (停工停产的企业有多少: the share is all the report gives).
        amounts = [s for s in answerable if s.row.measure not in _RATES]
        if amounts and amounts[0].score >= answerable[0].score - TIE_MARGIN:
            answerable = amounts
        elif (
            answerable
            and question.threshold is None
            and answerable[0].row.measure == "share"
            and len(answerable[0].hits) < 2
        ):
            # 开发区有多少四上企业: the firms themselves counted, which a share of them that
            # stopped work (85%) does not count; a share answers only the part it is of,
            # said with its own words (停产的四上企业有多少).
            return _declined(base, question, text, answerable, "unstated-measure")
    if question.plural and not question.wants_number:
        # 七大党建联盟都有哪些, which industries got an alliance: the ones named, which a
        # statement lists (not how many there are), or a count's sentence listing them
        # (产出强度等7项省考核指标: never April's last place, though it names 考核).
        named = [
            s
            for s in answerable
            if not s.row.measure or _lists_members(base.fact(s.position), members)
        ]
        if (
            answerable
            and not named
            and all(
                _counts_unnamed(base, s) and not _lists_members(base.fact(s.position), members)
                for s in answerable
            )
        ):
            # 哪些审批权放给了开发区: how many there are is not which they are (贝斯特、
            # 隆富电气等31户 names some of them).
            return _declined(base, question, text, answerable, "unstated-measure")
        answerable = named or answerable
    if question.describes:
        # 陕西建工是什么级别的企业: what it is, which a statement says (not the venture
        # it set up); with none, what the report tells of it. Never a figure for a firm's
        # class (华卫药业属于何种级别的企业: not its pull) nor for a standing or a judgement
        # (处于何种地位, 如何评价: its sentence, or a rank), unless a unit is asked.
        firm = _FIRM_ASKED.search(text) is not None
        standing = _STANDING_ASKED.search(text) is not None
        described = [
            s for s in answerable if not s.row.measure or (standing and s.row.measure == "rank")
        ]
        if firm and _CLASS_ASKED.search(text) is not None:
            # 贝斯特是什么类型的企业: a statement, or a count whose sentence lists the firm
            # as one of its class (贝斯特、隆富电气等31户…专精特新中小企业): its class.
            firms = _firms_named(base, fold_query(text))
            in_a_class = [
                s
                for s in answerable
                # (names as folded: 中海油（山西）… with its brackets made plain)
                if s.row.measure
                and firms & {fold_query(e) for e in examples_listed(base.fact(s.position))}
            ]
            in_a_class.sort(key=lambda s: s.row.measure != "count")  # (its class, no share)
            described = [s for s in described if s.row.kind == "statement"] + in_a_class
        never_a_figure = firm or standing
        if answerable and not described and never_a_figure and _UNIT_ASKED.search(text) is None:
            return _declined(base, question, text, answerable, "unstated-measure")
        answerable = [s for s in described if s.row.kind == "statement"] or described or answerable
    statements = [s for s in answerable if not s.row.measure]
    if question.period is not None and not question.period.whole_year:
        # Did the lockdown happen in April: a fact of April itself (the shutdown) is not
        # outdone by statements only of the year.
        exact = [s for s in answerable if question.period.fits(s.row.period) == "exact"]
        statements = [s for s in statements if s in exact] if exact else statements
    margin = HOW_MARGIN if question.asks_how else STATEMENT_MARGIN
    if answerable and answerable[0] not in statements:
        # (did high-tech enterprises grow: the high-tech firms' count names both words in
        # full; a statement of high-end and digital-tech alliances only comes near them)
        statements = [s for s in statements if not _names_less_of_it(s, answerable[0])]
    if (
        (question.yes_no or question.asks_how)
        and statements
        and statements[0].score >= answerable[0].score - margin
    ):
        # (How did the zone get factories running again after the shutdown: what it did,
        # not the share of firms that stopped.)
        # 经济总量超过疫情前水平了吗 is answered by the statement that it did, not by the
        # figure of how long it had not; but not by a statement the words fit far less
        # (were the provincial indicators met: the count met, not April's last place).
        answerable = statements
    if answerable and question.measure != "count" and not question.yes_no:
        # How much money is in the two new industry funds: a fact naming the whole subject
        # states no number (the funds set up), and the figure misses a word of it (the
        # 7.06亿 paid is no size of two new funds): the amount asked is not given. (Not a
        # count: a statement may count in words, 建立七大产业党建联盟.)
        figure = answerable[0]
        numberless = [
            s
            for s in subject
            if not s.row.measure
            # (a statement of the figure's own sentence is what the figure counts in:
            # how many years since the economy exceeded its pre-Covid level, 近三年来)
            and s.row.quote != figure.row.quote
            and s.score >= figure.score + UNSTATED_LEAD
            and _mentions(s)
            and all(h.score >= NAMED for h in s.hits)
        ]
        # (How much did the zone borrow: the lending risks defused name it, no amount; the
        # trucks only sound near it. A measure unsaid needs the figure to name nothing.)
        weak = any(h.score < TERM_FLOOR for h in figure.hits) or (
            question.measure is None and all(h.score < NAMED for h in figure.hits)
        )
        if numberless and weak:
            return _declined(base, question, text, numberless, "unstated-measure")
    if answerable:
        # 产值10亿元以上企业有多少户, firms over 1 billion: another class of firms than the
        # report's (output over 100 million yuan), which it does not count.
        if question.class_threshold not in ("", _CLASS_YUAN):
            ours = [s for s in answerable if not any(_CLASS_WORD in n for n in s.row.cjk_names)]
            if not ours:
                return _declined(base, question, text, answerable, "unstated-measure")
            answerable = ours
        # 华卫药业拉动食品行业增长几个百分点: a firm named whose figure is not this one is
        # no question answered by another firm's (Baixiang's pull on the food industry).
        firms = _firms_named(base, question.text)
        if firms:
            theirs = [s for s in answerable if not s.row.enterprise or firms & set(s.row.entities)]
            if not theirs:
                return _declined(base, question, text, answerable, "unstated-measure")
            answerable = theirs
        elif question.measure == "growth-contribution" and _industry_pulls(fold_query(text)):
            # 食品行业拉动了多少, the food sector's contribution: the industry's own pull,
            # which the report does not give (a firm's pull on the industry is another's).
            its_own = [s for s in answerable if not s.row.enterprise]
            if not its_own:
                return _declined(base, question, text, answerable, "unstated-measure")
            answerable = its_own
        placed = [s for s in answerable if not names_no_place(question, s.row)]
        if not placed:
            # 全年在全省开发区排第几名: the report says only that it is among the leaders
            # (and that it was last in April).
            return _declined(base, question, text, answerable, "unstated-measure")
        answerable = placed
        basis = share_basis(fold_query(text)) if question.measure == "share" else ""
        if basis:
            # 亿元以上企业家数占比: the share of the firms by how many (25%), not of their
            # output (33.1%); 产值占比 the other way.
            answerable = [s for s in answerable if on_basis(base, s, basis)] or answerable
        answerable = _of_the_model_named(answerable)
        first = _stated_first(answerable)
        best = _saying_more(first, answerable, specific)
        # Rivals: neither the fact the fuller one outdid, nor (a total asked) a fact the
        # words fit nearly as well, which is a part of it (产业补助合计: both support
        # funds, though 补助 is one's word too).
        summed = question.total and best.row.dimension == "money"  # (一共几户: how many)
        margin = TOTAL_MARGIN if summed else TIE_MARGIN
        rivals = [s for s in answerable if s not in (best, first) and _rivals(best, s, margin)]
        rivals += [
            s
            for s in _named_alike(best, subject)
            if s not in answerable  # those answering were weighed above
            and s.row.kind == best.row.kind
            and s.row.measure == best.row.measure
            and _states(question, s)
            and _in_period(question, s)
        ]
        # A fact of the measure asked that speaks of the subject (in its quote) more
        # closely than the best one names it: 有多少户企业被认定 may be the tech centres.
        rivals += [
            s
            for s in subject
            if s not in answerable
            and s.score > best.score
            and _mentions(s)
            and _states(question, s)
            and _in_period(question, s)
            and question.measure is not None
        ]
        if basis:
            rivals = [s for s in rivals if on_basis(base, s, basis)]
        if question.total:
            # The total VAT refunds: a rank is no part of any sum (the refunds' first place
            # in the city beside their amount).
            rivals = [s for s in rivals if s.row.measure != "rank" or best.row.measure == "rank"]
        # 6月下线了哪些车: every one of them answers; so do the things that happened in
        # the month asked about (what rolled off the line in June 2022).
        happened = (
            question.period is not None
            and not question.period.whole_year
            and not question.wants_number
            and all(not s.row.measure for s in (best, *rivals))
        )
        if rivals and question.plural:
            # 有什么是全省第一: a thing ranked last (排名垫底) is no first, whatever words
            # they share; nor a first what ranked last asks.
            kept = [
                s for s in (best, *rivals) if not _standing_opposed(text, base.fact(s.position))
            ]
            if kept and len(kept) < 1 + len(rivals):
                best, rivals = kept[0], kept[1:]
        if rivals and (question.plural or happened):
            if question.measure is None and _only_firms_named(question):
                # 有哪些企业, list all companies: the firms themselves, of which the report
                # gives no list (never the statements that happen to mention firms).
                unnamed = question._replace(measure="names")
                return _declined(base, unnamed, text, [best, *rivals], "unstated-measure")
            facts = tuple(base.fact(s.position) for s in (best, *rivals))
            return _answer(base, question, text, "list", facts)
        whole = _the_whole_of(base, [best, *rivals]) if rivals and question.wants_number else None
        if whole is not None:
            # How many cadres were promoted: the total the report implies (8) answers, its
            # parts (正处, 副处) being named by none of the question's words.
            return _answer(base, question, text, "fact", (base.fact(whole.position),))
        if rivals:
            if question.total:
                return _sum_asked(base, question, text, [best, *rivals])
            if question.each_of_one and question.each_said == 1 + len(rivals):
                # How much were both support funds: each of the few said, as many as found,
                # of one measure and unit (as 两笔扶持资金各是多少 above).
                facts = tuple(base.fact(s.position) for s in (best, *rivals))
                if _alike(facts):
                    return _answer(base, question, text, "list", facts)
            dates = {s.row.period for s in (best, *rivals)}
            one_date = len(dates) == 1 and ("-" in min(dates) or not rivals[1:])
            if (question.asks_when or question.asks_month) and one_date:
                # 首台是什么时候下线的: the sedan's and the truck's, both of June 2022; which
                # is meant does not change when (each given). (A year alone, of more than
                # two things, 什么时候成立的, tells nothing: which is meant is still asked.)
                facts = tuple(base.fact(s.position) for s in (best, *rivals))
                return _answer(base, question, text, "list", facts)
            if (
                _each_misses_another_word([best, *rivals])
                and _CHOICE_OFFERED.search(fold_query(text)) is None
            ):
                # world's first methanol truck: the sedan was the world's first, the truck
                # the province's; neither is what is asked, so none is to be chosen (not
                # where either is offered: recognised or approved).
                return _declined(base, question, text, [best, *rivals], "unstated-measure")
            return _declined(base, question, text, [best, *rivals], "ambiguous")
        if _a_siblings_word(base, question, best):
            return _declined(base, question, text, [best], "unstated-measure")
        return _answer(base, question, text, "fact", (base.fact(best.position),))
    mentioned = [s for s in subject if _mentions(s)]
    if mentioned:
        # The subject is in the report (产出强度 in a quote, 白象食品 as a name), what is
        # asked about it is not.
        return _declined(base, question, text, mentioned, "unstated-measure")
    elsewhere = (
        _subject_scores(base, question._replace(period=None), text)
        if question.period is not None
        else []
    )
    mentioned = [s for s in elsewhere if _mentions(s)]
    if mentioned:
        another_time = _dated_otherwise(base, question, text, mentioned, elsewhere)
        if another_time is not None:
            return another_time
        # 2021年GDP: the subject is in the report, for another period.
        return _declined(base, question, text, mentioned, "unstated-measure")
    if question.period is not None and not _covered(base, question.period):
        # 2023年计划交付多少台甲醇重卡: a thing the report names (the trucks), asked of a
        # time the report gives nothing for, in words of its own (a plan, a target).
        specific = _specific_terms(elsewhere)
        named = [
            s
            for s in elsewhere
            if any(h.term in specific and _naming(h) and h.score >= NAMED for h in s.hits)
            and not _only_heard(s.hits)
        ]
        # 2023年GDP目标: a measure few facts state (GDP), asked of another time.
        rows = search_data(base).rows()
        few = 0 < sum(1 for row in rows if _states_row(question, row)) <= SPECIFIC
        anytime = question._replace(period=None, subject=[])
        stating = (
            [s for s in _subject_scores(base, anytime, text) if _states(question, s)]
            if question.measure and few
            else []
        )
        if named or stating:
            return _declined(base, question, text, named or stating, "unstated-measure")
    mentioned = _mentioned_elsewhere(base, question, text)
    if mentioned:
        return _declined(base, question, text, mentioned, "unstated-measure")
    named = [s for s in subject if _names_with_more(s)] or _named_specifically(subject)
    named = named or (_named_beyond(base, question, text) if not subject else [])
    named = [s for s in named if not _only_places(s)]  # 山西高考: no thing of the report
    if named and not _topic_unknown(named[0]):
        # 产业发展基金的规模: the fund is named, its size is something the report never says;
        # 甲醇重卡生产了多少台: the trucks are named, their production is not stated.
        return _declined(base, question, text, named, "unstated-measure")
    thing = _thing_asked_about(base, text) or _thing_named_apart(base, text)
    if thing:
        # 吉利在晋中雇了多少工人, 汾盾1号花了多少钱研制: a firm or thing the report names,
        # asked what the report never says of it, however its other words were read.
        return _declined(base, question, text, thing, "unstated-measure")
    return _declined(base, question, text, subject, "no-match")


def _thing_named_apart(base: FactBase, text: str) -> list[Scored]:
    """A thing the report names, once the words around it are set apart: the place it is
    asked of (全市高新技术企业有多少家, 山西全省的省级小巨人: the zone's are in the report),
    or in English what it is the measure of (the excavation speed of the Fendun No.1 TBM).
    Only where nothing answers: it tells why the report is silent, never what it says."""
    asked = spoken_places(fold_query(text))
    unplaced = re.sub(
        "|".join(map(re.escape, sorted(vocab.PLACES, key=len, reverse=True))), "", asked
    )
    readings = [unplaced] if unplaced != asked and has_cjk(asked) else []
    if asked.isascii():
        readings += [m.group(1) for m in _OF_A_THING.finditer(asked)]
    for reading in readings:
        question = _read(base, reading)
        named = [
            s
            for s in _named_specifically(_subject_scores(base, question, reading))
            if not _only_places(s)
        ]
        if named:
            return named
    return []


# What an English measure is of (the speed of the TBM), to the end. (Not in: in the zone,
# in Beijing say where.)
_OF_A_THING = LazyPattern(r"\bof\s+((?:the\s+)?[a-z0-9][a-z0-9 .-]*?)\s*\??$", hints=("of",))


def _thing_asked_about(base: FactBase, text: str) -> list[Scored]:
    """The facts naming a firm the question names, or whose own Chinese name (汾盾1号,
    three characters or more, no place) it holds whole, where it names no place the report
    is not about (太原的白象工厂 is not the zone's)."""
    folded = fold_query(text)
    if any(place in folded for place in vocab.OTHER_PLACES):
        return []
    # By a name of its own, whole (Huawei is no name of Huawei Pharma: 华为 is another firm).
    named = {
        entity.zh
        for entity in base.entities
        if entity.kind == "enterprise"
        and any(
            fold_query(n) in folded
            if has_cjk(n)
            else re.search(rf"\b{re.escape(n.casefold())}\b", folded) is not None
            for n in (entity.zh, *entity.aliases)
            if len(n) >= 2
        )
    }
    rows = search_data(base).rows()

    def held(row: IndexRow) -> bool:
        # (First in the question, what it is about: 比亚迪汽车产量 holds Geely's alias 汽车
        # 产量, but asks about BYD.)
        return any(
            len(n) >= 3
            and n in folded
            and n not in vocab.PLACES
            and not n.startswith(_ZONE_ZH)
            and folded[: folded.find(n)].strip().removesuffix("的") in ("", *_ZONE_ZH, "晋中开发区")
            for n in row.cjk_names
        )

    return [
        Scored(i, NAMED, ENTITY, 0, row, ())
        for i, row in enumerate(rows)
        if any(e in named for e in base.fact(i).entities) or held(row)
    ][:RELATED]


def _only_the_class(scored: Scored) -> bool:
    """Every word hitting the fact is a word for a firm, hitting it as a fact about one
    named firm (score.firm_word): nothing else of the question is in it."""
    hits = [h for h in scored.hits if h.score >= TERM_FLOOR]
    return bool(hits) and all(h.field == ENTITY and firm_word(h.term) for h in hits)


def _said_as(word: str, said: str) -> bool:
    """A name's word is one the question says, or its noun (growth for grow)."""
    return word == said or (word.startswith(said) and len(word) - len(said) <= 2)


def _covered(base: FactBase, period: Period) -> bool:
    """Does some fact of the base fall in the period (the report speaks of that time)?"""
    return any(period.fits(row.period) is not None for row in search_data(base).rows())


def _only_firms_named(question: Question) -> bool:
    """Does the question name nothing but firms as a class (企业, companies)?"""
    named = [t for t in question.subject if not t.place]
    return bool(named) and all(firm_word(t.text) for t in named)


def _misses_what_names(other: Scored, best: Scored) -> bool:
    """Does the other fact miss a word that names the best one (sedan, of the world-first
    sedan, which the TBM's fact never says)?"""
    naming = {h.term for h in best.hits if h.score >= NAMED}
    return bool(naming - {h.term for h in other.hits if h.score >= TERM_FLOOR})


def _names_it(scored: Scored) -> bool:
    """Does every word that hits the fact hit its names, each as a name (NAMED)?"""
    return bool(scored.hits) and all(h.field == NAME and h.score >= NAMED for h in scored.hits)


def _named_whole(question: Question, scored: Scored) -> bool:
    """Every word of the subject names the fact, and some name of the fact says nothing
    more than the question's words: economic growth for the economy grew, not
    亿元以上企业产值 for 企业产值 (which firms is not said)."""
    if not _names_it(scored):
        return False
    said = [t.text for t in question.terms] + list(question.measure_words)
    stems = {stem(w) for text in said for w in text.split() if not has_cjk(w)}
    for name in scored.row.names:
        if name == scored.row.id:
            continue  # enterprises-output-over-100m is no name a reader says
        if has_cjk(name):
            rest = name
            for text in sorted(said, key=len, reverse=True):
                rest = rest.replace(text, "")
            if not rest.strip("的之"):
                return True
        else:
            words = [stem(w) for w in re.split(r"[\s-]+", name) if w and w not in GRAMMAR_WORDS]
            if words and all(any(_said_as(w, s) for s in stems) for w in words):
                return True
    return False


def _mentioned_elsewhere(base: FactBase, question: Question, text: str) -> list[Scored]:
    """Facts the subject, but for the place it names, speaks of: 省级小巨人 is in the
    report, its share of the city's (全市) is not; the place is part of what is asked."""
    unplaced = [t for t in question.subject if not t.place]
    if not unplaced or len(unplaced) == len(question.subject):
        return []
    scored = _subject_scores(base, question._replace(subject=unplaced), text)
    return [s for s in scored if _mentions(s)]


# A superlative that says no measure (best, strongest, most innovative, 最好, 最强).
_SUPERLATIVE_OF_NO_MEASURE = LazyPattern(
    r"\b(?:best|strongest|most\s+(?!of\b|expensive\b|extensive\b)[a-z]+ive|most\s+successful)\b"
    r"|\btop\b(?![- ](?:tier|level|500|\d|two|three|four|five|ten))"
    r"|最好|最强|最猛|最厉害|最优秀|最出色|最牛",
    hints=("best", "strongest", "most", "top", "最"),
)


def _place_of_a_figure(base: FactBase, question: Question, text: str) -> Answer | None:
    """85%是全市的吗: a figure said, asked only whose place it is. The one fact stating the
    figure answers: 是 where it names the place, 否 where it does not (the 85% is the
    zone's firms'; never the city's one share, 50%, held to 85%)."""
    held = question.threshold
    places = [t for t in question.terms if t.place]
    if (
        held is None
        or held.relation != "equals"
        or held.negated
        or question.measure is not None  # (晋中市的GDP是143亿吗: the city's GDP asked)
        or not places
        or len(places) != len(question.terms)
    ):
        return None
    stating = [
        f
        for f in base.facts
        if f.value is not None
        and f.unit_info is not None
        and (held.dimension is None or _same_kind(held.dimension, f.unit_info.dimension))
        and base_amount(f.value, f.unit_info) == held.amount()
    ]
    if len(stating) != 1:
        return None
    fact = stating[0]
    position = base.index_of(fact.id)
    assert position is not None  # (a fact of the base)
    named = names_places(places, search_data(base).row(position), None)
    answer = _answer(base, question, text, "fact", (fact,))
    return answer._replace(question=text, verdict="yes" if named else "no")


def _of_another_place_only(base: FactBase, question: Question, text: str) -> bool:
    """Does the question name a city or province not the zone's that no fact names, not
    as where a thing is claimed done (是在太原下线的吗)?"""
    elsewhere = places_elsewhere(question.terms, fold_query(text))
    if not elsewhere:
        return False
    if question.yes_no and _PLACE_CLAIMED.search(fold_query(text)) is not None:
        return False
    data = search_data(base)
    return not any(names_elsewhere(elsewhere, data.row(i)) for i in range(data.size))


# The zone named in a question, whatever place it is said to be in.
_THE_ZONE_SAID = LazyPattern(
    "|".join((*(z for z in THE_ZONE if not z.isascii()), "区里", r"\b(?:zone|district)\b")),
    hints=(*(z for z in THE_ZONE if not z.isascii()), "区里", "zone", "district"),
)
# The level each place gives, as a level opens with it (省级 of 全省; provincial of the
# province).
_LEVEL_OF_A_PLACE = {
    "全省": ("省", "provinc"),
    "全市": ("市", "municipal", "city"),
    "全国": ("国", "national", "state"),
}


def _named_for_another_place(
    base: FactBase, question: Question, text: str, answerable: list[Scored]
) -> list[Scored]:
    """A thing of no level asked of a place (全市专精特新企业) that the place's facts state
    only of one level (the city's national little giants, 专精特新 firms of a kind): the
    thing is in the report, of the zone only."""
    if not answerable:
        return []
    terms = places_apart(question.subject, vocabulary_of(search_data(base), False))
    unplaced = [t for t in terms if not t.place]
    if not unplaced or len(unplaced) == len(terms):
        return []
    levels = [t.text for t in unplaced if levels_named(t.text) or LEVEL_SAID.fullmatch(t.text)]
    if levels:
        # 全市国家级小巨人: the level asked is the one stated. Of the place whose own level
        # is asked (does the province have 17 provincial-level little giants), only where
        # the fact says the place in its own words (全市): the provincial little giants are
        # the zone's, of the province's level. (Not a place inside a name: China National
        # Textile and Apparel Council.)
        # (The zone said, the place is where it is: how many provincial little giants does
        # the zone have in Shanxi.)
        if _THE_ZONE_SAID.search(fold_query(text)) is not None:
            return []
        named = places_in_names(base, text)
        own = [
            t._replace(text=vocab.PLACES[t.text][0], cjk=True)
            for t in terms
            if t.place
            and t.text not in named
            and any(
                level.startswith(said)
                for said in _LEVEL_OF_A_PLACE.get(vocab.PLACES[t.text][0], ())
                for level in levels
            )
        ]
        if not own:
            return []
        elsewhere = [s for s in answerable if not names_places(own, s.row, None)]
        return elsewhere if len(elsewhere) == len(answerable) else []
    if not all(levels_named("".join(s.row.cjk_names)) for s in answerable):
        return []
    scored = _subject_scores(base, question._replace(subject=unplaced), text)
    return [s for s in scored if not levels_named("".join(s.row.cjk_names)) and _mentions(s)]


def _entities(base: FactBase, scored: Scored) -> list[Entity | None]:
    """Each entity the fact names (None for one the base does not list)."""
    return [base.entity(zh) for zh in base.fact(scored.position).entities]


def _entity_kinds(base: FactBase, scored: Scored) -> list[str | None]:
    """The kind of each entity the fact names (None for one the base does not list)."""
    return [None if entity is None else entity.kind for entity in _entities(base, scored)]


def _names_what_it_counts(base: FactBase, scored: Scored) -> bool:
    """A statement, a figure of things it names (Geely's pull), or a count of firms that
    names firms: a count of people, projects or vehicles names none of them, nor does an
    amount or a share of a class (the 38 firms' output)."""
    if not scored.row.measure:
        return True
    if scored.row.measure == "rank":
        return True  # (全市留抵退税排名第一的是谁: the zone, which ranks)
    if scored.row.measure != "count":
        return bool(_entity_kinds(base, scored))
    return scored.row.dimension == "enterprises" and "enterprise" in _entity_kinds(base, scored)


def _deed_unstated(base: FactBase, question: Question, text: str, best: Scored) -> bool:
    """Does a who-question, or one asking which firm did it (哪家企业控股…), ask the doer
    of a deed (the word right after who, 谁, 由谁; between 是谁 and 的; after which firm)
    the fact does not state its party did: a word it says neither itself, nor by a
    synonym, nor by any word of its kind (vocab.DEEDS: built is assembled), or says only
    of the party done to (were approved, 获批; 推动开建集团)? Whose a firm is asks an owner,
    which only a word of owning says. (Which body, 哪个机构, asks who.)"""
    folded = which_body_as_who(fold_query(text))
    if _WITH_WHOM.search(folded) is not None or _WHO_DONE_TO.search(folded) is not None:
        return False  # (和谁合资, 谁被选用: the other party, the one done to, is asked)
    fact = base.fact(best.position)
    told = _recipients_told(base, fact) if _TO_WHOM.search(folded) is not None else None
    if told is not None:
        # 规划审批权下放给谁了, 扶持资金是拨给谁的: whom it went to, which the sentence says
        # where it names a party after its deed (下放开发区, 拨付各级各类企业…), and not
        # otherwise (500台甲醇重卡集中交付: to no one named).
        return not told
    # (a who-question: which industry does Geely belong to asks no owner)
    whose = question.asks_who and (
        WHOSE.search(folded) is not None or WHOSE.search(question.text) is not None
    )
    whose = whose or _owner_asked(question, folded)
    if whose and _firms_named(base, folded):
        # 开建集团是谁的, 华卫药业属于哪家, whose is it: a firm's owner, which only a word of
        # owning says (never the firm itself, nor the partner it set up a venture with);
        # 汾盾1号是谁的, a thing's, is who made it.
        return not _tells_an_owner(base, fact)
    deed = _deed_asked(base, question, folded)
    if deed is None:
        return False  # (most questions that reach here: no sentence is read for a deed)
    zh, en = _deeds_told(base, fact)
    cjk = not deed.isascii()
    if _said_as_done_to(deed, zh, en) or (cjk and _done_to_a_firm(base, fact, deed)):
        return True
    synonyms = (vocab.ZH_SYNONYMS if cjk else vocab.EN_SYNONYMS).get(deed, ())
    kinds = [k for k in vocab.DEEDS if any(_of_deed(deed, word) for word in k)]
    words = {deed, *synonyms, *(w for k in kinds for w in k)}
    if not _deed_said(deed, zh, en) and any(
        _said_as_done_to(w, zh, en) for w in words if len(w) > 1
    ):
        return True  # (who certified them: they were recognised, 被认定, by no one named)
    # (a deed's lone character, 获 or 造, stands inside too many other words to say it)
    return not any(_deed_said(w, zh, en) for w in words if len(w) > 1)


def _tells_an_owner(base: FactBase, fact: Fact) -> bool:
    """Does the fact's sentence say a word of owning (控股, 旗下, owned by)?"""
    zh, en = _deeds_told(base, fact)
    return any(_deed_said(w, zh, en) for w in vocab.OWNING)


def _owner_asked(question: Question, folded: str) -> bool:
    """华卫药业的母公司是哪家, 开建集团的母公司是谁, Huawei Pharma's parent company: an owner
    named by its part, asked by who, which firm or whose name (not one said in passing:
    according to its owners)."""
    asked = question.asks_who or question.about_enterprise or question.asks_names
    return asked and _OWNER_NAMED.search(folded) is not None


# An owner named by its part (母公司, 控股股东, parent company, shareholders).
_OWNER_NAMED = LazyPattern(
    r"母公司|母集团|控股股东|大股东|股东|上级公司|总公司"
    r"|\b(?:parent (?:company|companies|group|firm)|holding company|shareholders?|owners?)\b",
    hints=("母", "股东", "上级", "总公司", "parent", "holding", "shareholder", "owner"),
)


def _deed_asked(base: FactBase, question: Question, folded: str) -> str | None:
    """The deed whose doer a question asks: the first word of its subject right after who
    (its object cut off, 控股开建集团: 控股), or the words after which firm (哪些企业在用:
    用), which the subject's words do not open; None when none is read."""
    for term in question.subject:
        if term.numeric or not _deed_follows_who(term.text, folded):
            continue
        # (由谁来承载: the deed after 来 or 去)
        word = term.text.removeprefix("来").removeprefix("去") if term.cjk else term.text
        deed = _deed_before_its_object(base, word) if term.cjk else word
        longest = 3 if term.cjk else 20  # (a verb alone: 合资成立, glued words, are more)
        if deed is not None and len(deed) <= longest:
            return deed
    which = _WHICH_FIRM_DID.search(folded)
    if which is None:
        return None
    # (only a deed of a kind the base knows: 搞出来, 负责 and 颁 are said every way)
    deed = _deed_before_its_object(base, which["deed"])
    if deed is None or not any(_of_deed(deed, word) for kind in vocab.DEEDS for word in kind):
        return None
    return deed


# Which firm did it (哪些企业在用, 哪家公司控股了…): the words after it, up to 了, 的 or
# the end, are the deed and its object.
_WHICH_FIRM_DID = LazyPattern(
    r"(?:哪[家些]|哪一家|哪个|什么)(?:企业|公司|单位)(?:[在来去都还也又正]|一直)*"
    r"(?P<deed>(?![的了过着])[\u4e00-\u9fff]+?)(?=[了的过着吗呢？?。，,！!\d]|$)",
    hints=("哪", "什么"),
)


def _deed_before_its_object(base: FactBase, word: str) -> str | None:
    """The deed a Chinese word after who opens with, its object glued on (控股开建集团:
    控股; 造汾盾: 造; 用数字化平台: 用): a deed's word the vocabulary knows, else the words
    before a name the base gives, else those before the rest of the word where the facts
    say it (控股合资公司); a word with no such rest is the deed whole, or its first two
    characters where it is longer (推动合资公司成立: 推动). After 和 and a party's
    name (和开建集团成立), the words after the name; None where none follow."""
    data = search_data(base)
    names = sorted((n for n in data.entity_names() if len(n) >= 2), key=len, reverse=True)
    if word[:1] in "和与跟同":
        # 谁和开建集团成立了…: who, with the party named, did the deed after its name.
        party = next((n for n in names if word[1:].startswith(n)), None)
        if party is not None:
            return word[1 + len(party) :] or None
    cuts = range(1, len(word) - 1)
    facts_text = data.headings()[1]
    # A deed's word the base knows (获得, 用, 造), the longest, unless a lone character
    # opens a word the facts say (获批: not 获); then the words before a name; then a verb
    # of two characters, most are, before the rest of a word the facts say (any tail of a
    # word said is said too: 载工业互联网 of 承载工业互联网).
    known = [
        cut
        for cut in cuts
        if word[:cut] in _known_deeds() and (cut > 1 or word[:2] not in facts_text)
    ]
    if known:
        return word[: max(known)]
    named = [cut for cut in cuts if any(word.startswith(n, cut) for n in names)]
    if named:
        return word[: min(named)]
    for cut in sorted((c for c in cuts if c <= 3), key=lambda cut: (cut != 2, cut)):
        if word[cut:] in facts_text:
            return word[:cut]
    # (推动合资公司成立: the rest is said otherwise; a verb of two characters, most are)
    return word if len(word) <= 3 else word[:2]


@functools.cache
def _known_deeds() -> frozenset[str]:
    """The Chinese words of deeds the vocabulary knows, with their synonyms."""
    words = {w for kind in vocab.DEEDS for w in kind if not w.isascii()}
    words |= {s for w in list(words) for s in vocab.ZH_SYNONYMS.get(w, ())}
    return frozenset(words)


def _done_to_a_firm(base: FactBase, fact: Fact, deed: str) -> bool:
    """Is a Chinese deed said in the fact's sentence only right before a firm's name, the
    firm its object (推动开建集团同…成立合资公司: the zone pushed the firm)?"""
    quote = fact.quote or ""
    firms = [
        name
        for zh in fact.entities
        if (entity := base.entity(zh)) is None or entity.kind not in ("place", "body")
        for name in (zh, *(entity.aliases if entity is not None else ()))
        if not name.isascii()
    ]
    said = [m.end() for m in re.finditer(re.escape(deed), quote)]
    return bool(said) and all(any(quote.startswith(n, end) for n in firms) for end in said)


def _deeds_told(base: FactBase, fact: Fact) -> tuple[str, str]:
    """The fact's sentence and name, Chinese and English (casefolded), without the names
    of its parties and the zone's: a deed is said in them, not inside a name (开发 of
    开发区, develop of Development Zone)."""
    zh = f"{fact.quote or ''}\n{fact.label.zh}"
    en = f"{fact.quote_en or ''}\n{fact.label.en}".casefold()
    for name in fact.entities:
        zh = zh.replace(name, "\n")
        entity = base.entity(name)
        if entity is not None and entity.en:
            en = en.replace(entity.en.casefold(), "\n")
    return _ZONE_NAMES_ZH.sub("\n", zh), _ZONE_NAMES_EN.sub("\n", en)


_ZONE_NAMES_ZH = re.compile(r"开发区|综改区")
_ZONE_NAMES_EN = re.compile(r"\b(?:development|demonstration) zones?\b")
# Whom a deed went to, asked (下放给谁, 拨给了哪家, 是给谁的, to whom, given to which firm).
_TO_WHOM = LazyPattern(
    r"给(?:了)?(?:谁|哪)|\bto whom\b|\bto (?:which|what) (?:firms?|compan(?:y|ies)|bod(?:y|ies)"
    r"|enterprises?|organi[sz]ations?)\b",
    hints=("给", "whom", "to which", "to what"),
)


def _recipients_told(base: FactBase, fact: Fact) -> bool | None:
    """Does the fact's sentence name whom its deed went to: a party in the deed's own
    clause after it (下放开发区)? A deed received (承接省市1235项赋权) is the zone's, the
    report's own subject, by inference: the sentence names the givers only. None where the
    sentence tells no deed at all."""
    quote = fold_query(fact.quote or "")
    deed = _DEEDS.search(quote)
    if deed is None:
        return None
    if _is_received(deed):
        return True
    return bool(_parties(base, _CLAUSE_END.split(quote[deed.end() :], maxsplit=1)[0]))


# 谁被选用, who was chosen, who got approved: the one done to is asked.
_WHO_DONE_TO = LazyPattern(
    r"谁被|\bwho (?:was|were|got|has been|have been)\b", hints=("谁被", "who")
)


def _deed_follows_who(word: str, folded: str) -> bool:
    """Does the word stand right after 谁/who (谁设计了, who organised, 由谁主办), a word of
    when or how between (谁来承载, who first built), or between 是谁 and 的 (是谁主办的)?
    (Read at each who, not by a pattern for each word: the words are many.)"""
    if f"是谁{word}的" in folded:
        return True
    for who in _WHO_ASKED.finditer(folded):
        rest = folded[who.end() :]
        between = (p for p in _BEFORE_THE_DEED if rest.startswith(p))
        if any(_word_opens(word, said) for said in (rest, *(rest[len(p) :] for p in between))):
            return True
    return False


def _word_opens(word: str, text: str) -> bool:
    """Does the text open with the word (an English word whole)?"""
    after = text[len(word) : len(word) + 1]
    return text.startswith(word) and not (word.isascii() and (after.isalnum() or after == "_"))


_WHO_ASKED = LazyPattern(r"谁|\bwho ", hints=("谁", "who"))
_BEFORE_THE_DEED = ("来", "去", "最先", "最早", "首先", "先", "first ", "actually ", "originally ")


def _said_as_done_to(word: str, zh: str, en: str) -> bool:
    """Is the word said of the party done to (获批, 被认定; were approved, was recognised)?"""
    if not word.isascii():
        return f"被{word}" in zh or f"获{word}" in zh
    return any(_word_opens(word, en[be.end() :]) for be in _PASSIVE_BE.finditer(en))


_PASSIVE_BE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+")


def _of_deed(word: str, deed_word: str) -> bool:
    """Is the word one of a deed's words (a Chinese word as said, or opening a longer one:
    带头抓, took the lead in; an English word by its stem, assembled of assembl, or a
    phrase's first word, put of put together)?"""
    if not deed_word.isascii():
        return word == deed_word or (len(deed_word) >= 2 and word.startswith(deed_word))
    return word.startswith(deed_word) or deed_word.startswith(f"{word} ")


def _deed_said(deed_word: str, zh: str, en: str) -> bool:
    """Does the fact say a deed's word (an English stem at a word's start)?"""
    if not deed_word.isascii():
        return deed_word in zh
    return re.search(rf"\b{re.escape(deed_word)}", en) is not None


def _names_someone(base: FactBase, scored: Scored, folded: str = "") -> bool:
    """Does the fact name a company or a body (who did it), not only a place, other than
    the party the question names (谁和省国运公司签的协议: not 省国运公司 itself), or one
    its sentence names only as the other party (并与省国运公司签署: who signed is unsaid)?"""
    fact = base.fact(scored.position)
    told = _recipients_told(base, fact) if _TO_WHOM.search(folded) is not None else None
    if told is not None:
        return told  # (下放给谁: 下放开发区, the zone got them)
    if _the_zone_did_it(fact, folded):
        return True  # (谁成立了党建联盟: 晋中开发区成立了…, the zone itself)
    with_whom = _WITH_WHOM.search(folded) is not None  # who did it sign with: the other party
    entities = (base.entity(zh) for zh in fact.entities if with_whom or not fact.only_with(zh))
    return any(e is None or (e.kind != "place" and not named_as_party(e, folded)) for e in entities)


def _the_zone_did_it(fact: Fact, folded: str) -> bool:
    """Does the fact's sentence say the zone, or its leaders, did a deed the question
    names (晋中开发区成立了…党建联盟, 晋中开发区领导干部走进企业宣讲; The Jinzhong
    Development Zone set up …)?"""
    for said in _ZONE_DID_ZH.finditer(fold_query(fact.quote or "")):
        if said["verb"] in folded:
            return True
    english = _ZONE_DID_EN.search(fold_query(fact.quote_en or ""))
    if english is None:
        return False
    asked = {stem(w) for w in re.findall(r"[a-z]+", folded)}
    return stem(english["verb"]) in asked


# The zone, or its leaders, and the verb right after (晋中开发区成立了, …领导干部走进企业).
_ZONE_DID_ZH = LazyPattern(
    r"(?:综改区)?(?:晋中)?开发区(?:的)?(?:领导干部|党员干部|干部|领导|党工委|管委会)?"
    r"(?P<verb>[\u4e00-\u9fff]{2})"
)
_ZONE_DID_EN = LazyPattern(
    r"^(?:leading cadres of |the leaders of )?the (?:jinzhong )?development zone(?:'s leaders)?"
    r"\s+(?P<verb>[a-z]+)"
)


# 跟谁签的, 跟哪家单位签的, who did it sign with: the other party is what is asked.
_WITH_WHOM = LazyPattern(
    # (who … with, ending the question or before a clause of its own, with … for, when;
    # who signed it with the provincial company asks the signer)
    r"[和与跟同](?:谁|哪)|\bwith whom\b|\bwith (?:which|what)\b"
    r"|\bwho\b.*\bwith\s*(?:[?.!,]|$|(?:for|when|after|before|to|in|at|on|during|as|so)\b)",
    hints=("谁", "哪", "whom", "with"),
)


def _names_a_firm(base: FactBase, scored: Scored, folded: str) -> bool:
    """Does the fact name a company other than the party the question names (和省国运公司
    签协议的是哪家企业: not 省国运公司 itself)?"""
    return scored.row.enterprise and any(
        e is None or (e.kind == "enterprise" and not named_as_party(e, folded))
        for e in _entities(base, scored)
    )


def _names_a_body(base: FactBase, scored: Scored) -> bool:
    """Does the fact name a body (a council, a bureau), not only companies or places?"""
    return "body" in _entity_kinds(base, scored)


def _in_period(question: Question, scored: Scored) -> bool:
    """A figure of the whole year does not answer for a quarter or a month of it (一季度
    GDP), except at its end (年底: a year's count is its year-end count); nor does an event
    or a statement dated only by its year (10月份成立了什么: the alliances were set up in
    2022; 5月份经济怎么样: the year's words are no May's), save by the year's end, when all
    of the year's had happened."""
    return _row_in_period(question, scored.row)


def _row_in_period(question: Question, row: IndexRow) -> bool:
    """_in_period, of a fact's row."""
    period = question.period
    if period is None or period.whole_year:
        return True
    if row.kind in ("event", "statement"):
        # (By the year's end, 截至年底, the year's events had all happened.)
        year_end = not period.as_month and period.start == period.end == f"{period.year}-12"
        return period.fits(row.period) == "exact" or (
            year_end and period.fits(row.period) == "year"
        )
    year_figure = row.measure or ranks_in_words(question, row)
    if not year_figure:
        return True
    fit = period.fits(row.period)
    return fit == "exact" or (fit == "year" and holds_then(question, row))


def _specific_terms(scored: list[Scored]) -> set[str]:
    """The subject's words that name only a few facts (甲醇重卡, Baixiang, GDP): a thing
    the report speaks of, not a word common to many of its facts (企业, enterprises)."""
    named: dict[str, int] = {}
    near: dict[str, int] = {}
    for item in scored:
        for hit in item.hits:
            if _naming(hit) and hit.score >= TERM_FLOOR:
                counts = named if hit.score >= NAMED else near
                counts[hit.term] = counts.get(hit.term, 0) + 1
    # Few facts named, and few it is only near: 上亿企业 names four facts and is near
    # three; 给企业 names one and is near many (its characters are everywhere). A number
    # said in Chinese (七大, the seven) is how many, not a thing.
    return {
        term
        for term in {*named, *near}
        if named.get(term, 0) <= SPECIFIC
        and near.get(term, 0) <= SPECIFIC
        and not re.fullmatch(_ZH_COUNTED + ".", term)
    }


def _named_specifically(scored: list[Scored]) -> list[Scored]:
    """Facts a word of the question names (甲醇重卡, Baixiang, GDP), where that word names
    only a few facts: a thing the report speaks of, not a word common to many of its
    facts (企业, enterprises), which says nothing about whether it speaks of the subject."""
    naming: dict[str, list[Scored]] = {}
    for item in scored:
        for hit in item.hits:
            if _naming(hit) and hit.score >= NAMED:
                naming.setdefault(hit.term, []).append(item)
    # The question's first word, what it is about, must be one that hits (coal in how
    # much coal was mined is not the TBM that mines).
    return [
        item
        for item in scored
        if item.hits
        and item.score >= NAMES_SUBJECT
        and item.hits[0].score >= TERM_FLOOR
        and any(0 < len(naming.get(h.term, ())) <= SPECIFIC for h in item.hits)
        and not _only_heard(item.hits)
    ]


def _named_beyond(base: FactBase, question: Question, text: str) -> list[Scored]:
    """Facts the question's first word, what it is about, names outright, when every
    other word it misses is one the base holds nowhere: 产业党建联盟吸纳了多少成员企业 is
    about the alliances, asking what the report never says, though so many unknown words
    leave no fact scoring near."""
    terms = question.subject or question.terms
    first = terms[0].text if terms else ""
    if not first or not has_cjk(first):
        # A Latin word names too loosely for this (apartment is near department).
        return []
    scored = score_facts(base, question, text, terms=terms, min_score=0.0, penalise=False)
    specific = _specific_terms(scored)

    # The first word whole, as written, in a name: 世界 of 世界杯冠军, 华为 of 华为手机 is
    # part of a word naming something else. Of a first word read in pieces (党建联盟 +
    # 吸纳: a verb glued on), its first piece, where that is a name of three characters or
    # more (新冠 of 新冠疫苗接种率 names the pandemic, not what the rest asks of) and no
    # place (全市 of 全市常住人口: the city's, whose residents are no thing the report names).
    def leads(hit: Hit) -> bool:
        term = hit.term
        # (a piece as written: 新冠疫 heard in 新冠疫苗接种 is no name of the pandemic)
        piece = len(term) >= 3 and first.startswith(term) and hit.score >= 100
        return term == first or (piece and term not in vocab.PLACES)

    return [
        s
        for s in scored
        if s.hits
        and leads(s.hits[0])
        and s.hits[0].term in specific
        and s.hits[0].field in (NAME, ENTITY)
        and s.hits[0].score >= WHOLE_NAME
        and _names_with_more(s)
    ][:RELATED]


def _only_heard(hits: tuple[Hit, ...]) -> bool:
    """Every word that hits is two characters heard only by their sound (高校, which
    sounds like 高效): nothing in the question names the fact (粉盾 beside 1号 does)."""
    hitting = [h for h in hits if h.score >= TERM_FLOOR]
    return bool(hitting) and all(_heard_short(h) for h in hitting)


def _naming(hit: Hit) -> bool:
    """The word hit a name of the fact, is the figure it states (7.06亿是什么钱), or is a
    run of its quote's own words, whole (园区服务中心主任担任管委会主任助理)."""
    return hit.field in _NAMING or hit.figure or _quoted_whole(hit)


def _topic_unknown(scored: Scored) -> bool:
    """The question's first word, what it is about (特斯拉 in 特斯拉交付了多少辆车, Teslas
    in how many Teslas were delivered), is one the base holds nowhere: the report says
    nothing about its subject, whatever else the question shares with a fact."""
    first = scored.hits[0] if scored.hits else None
    return first is not None and first.unknown and first.score < TERM_FLOOR


def _names_with_more(scored: Scored) -> bool:
    """The question names the fact (a word of it hits a name strongly) and asks about
    more that the base holds nowhere: what is asked is not in the report."""
    named = any(_naming(h) and h.score >= NAMED for h in scored.hits)
    misses = [h for h in scored.hits if h.score < TERM_FLOOR]
    return named and bool(misses) and all(h.unknown for h in misses)


def _stated_first(answerable: list[Scored]) -> Scored:
    """The best answer; of several about as good, the one fact the report states rather
    than infers (国家级小巨人企业数 is the stated 5户, not the city's inferred 10)."""
    best = answerable[0]
    close = [s for s in answerable if s.score >= best.score - STATED_MARGIN]
    # Of the same measure: the city's inferred count of little giants is not outdone by
    # the zone's stated share of them (全市有多少国家级小巨人).
    stated = [
        s for s in close if s.row.kind != Kind.DERIVED.value and s.row.measure == best.row.measure
    ]
    return stated[0] if len(stated) == 1 and best.row.kind == Kind.DERIVED.value else best


def _saying_more(best: Scored, answerable: list[Scored], specific: set[str]) -> Scored:
    """Of facts about as good as the best, the one that hits every word the best hits and
    also a word naming few facts (为帮助企业渡过难关，及时拨付的…扶持资金: the relief fund
    says 渡过难关 too). A word many facts say (企业 of 企业拿了什么奖) chooses nothing."""
    said = {h.term for h in best.hits if h.score >= LOOSE_HIT}
    fuller = [
        s
        for s in answerable
        if s is not best
        and s.rank // 100 == best.rank // 100
        and s.score >= best.score - FULLER_MARGIN
        and s.row.measure == best.row.measure
        # (a word said with another between, 各级各类(企业)产业, still says it)
        and {h.term for h in s.hits if h.score >= DEFAULT_MIN_SCORE} >= said
        and any(h.term in specific and h.term not in said for h in s.hits if h.score >= NAMED)
    ]
    return fuller[0] if len(fuller) == 1 else best


def _a_class_of_firms(base: FactBase, side: list[Term]) -> bool:
    """药企, 食品企业, drug companies: a class of firms, as a side of a word or two names
    it (a firm word last, vocab.FIRM_WORDS, or 企, 厂), no one firm; not the relief payout
    to firms, whom the thing named is for."""
    said = joined(side)
    last = side[-1].text if side else ""
    firms = firm_word(last) or said.endswith((*_ZH_FIRM_WORDS, "企", "厂"))
    return len(side) <= 2 and firms and not _firms_named(base, said)


_ZH_FIRM_WORDS = tuple(w for w in vocab.FIRM_WORDS if not w.isascii())


def _each_misses_another_word(found: list[Scored]) -> bool:
    """Does each fact leave a word of the question unmatched that another fact says as
    written (not as a synonym: built of a sedan rolled off the line)?"""
    missed = [{h.term for h in s.hits if h.score < TERM_FLOOR} for s in found]
    held = [{h.term for h in s.hits if h.score >= AS_WRITTEN} for s in found]
    return all(
        words and any(words & held[j] for j in range(len(found)) if j != i)
        for i, words in enumerate(missed)
    )


def _side_named_whole(base: FactBase, side: list[Term], found: list[Scored]) -> Scored | None:
    """Of facts answering a side equally, the one whose name the side's words are, whole."""
    for joiner in (" ", ""):
        at = base.index_of(joiner.join(t.text for t in side))
        if at is not None:
            return next((s for s in found if s.position == at), None)
    return None


def _rivals(best: Scored, other: Scored, margin: float = TIE_MARGIN) -> bool:
    """Does another answerable fact answer about as well? A fact the report states is
    not rivalled by one inferred from it (国家级小巨人 5户, not the city's inferred 10)."""
    if other.rank // 100 != best.rank // 100 or other.score < best.score - margin:
        return False
    if _weakest(best) >= FIRM_HIT and _weakest(other) < LOOSE_HIT:
        return False  # every word of the question in the one, a word only guessed at in the other
    said = {h.term for h in best.hits if h.score >= FIRM_HIT}
    if {h.term for h in other.hits if h.score >= LOOSE_HIT} < said:
        # 帮企业渡过难关的扶持资金: the one fund says it, the other only the words both say.
        return False
    return not (other.row.kind == Kind.DERIVED.value and best.row.kind != Kind.DERIVED.value)


def _a_siblings_word(base: FactBase, question: Question, best: Scored) -> bool:
    """白象拉动医药多少: a word of the question that the fact's names never say, standing
    where a fact of the same sentence is labelled otherwise (白象食品、华卫药业分别拉动食品、
    医药行业…: 白象食品拉动食品行业… beside 华卫药业拉动医药行业…): the question crosses
    the sentence's pairs, which the report never does."""
    fact = base.fact(best.position)
    own = "\n".join(fold_query(n) for n in (fact.label.zh, *fact.aliases))
    words = [
        t.text
        for t in question.subject
        if t.cjk and not t.numeric and len(t.text) >= 2 and t.text not in own
    ]
    if not words:
        return False
    import difflib  # (only where a word is left that the fact's names never say)

    label = fold_query(fact.label.zh)
    for sibling in base.facts:
        if sibling.quote != fact.quote or sibling.id == fact.id:
            continue
        other = fold_query(sibling.label.zh)
        matcher = difflib.SequenceMatcher(None, label, other, autojunk=False)
        told_apart = [other[j1:j2] for op, _, _, j1, j2 in matcher.get_opcodes() if op == "replace"]
        if any(w in part for w in words for part in told_apart):
            return True
    return False


def _alike_choices(answer: Answer) -> tuple[Fact, ...]:
    """The facts an answer declined as ambiguous could mean, where they are all it could
    mean (two or three) and alike: each of them answers; otherwise none."""
    if answer.reason != "ambiguous" or not 2 <= answer.choices <= 3:
        return ()
    facts = tuple(m.fact for m in answer.related[: answer.choices])
    return facts if len(facts) == answer.choices and _alike(facts) else ()


def _alike(facts: tuple[Fact, ...]) -> bool:
    """Are the facts all of one measure and unit (a few things to list together)?"""
    return len({(f.measure, f.unit) for f in facts}) == 1


def _named_alike(best: Scored, subject: list[Scored]) -> list[Scored]:
    """Facts that the question's narrowest word names as well as it names the best one,
    when every other word of the question is a kind of thing naming more facts still:
    全球首台 names the sedan and the TBM, and 设备 (three facts) does not choose between
    two things the report calls alike."""
    naming: dict[str, dict[int, float]] = {}
    for item in subject:
        for hit in item.hits:
            if _naming(hit) and hit.score >= NAMED:
                naming.setdefault(hit.term, {})[item.position] = hit.score
    terms = [h.term for h in best.hits]
    if len(terms) < 2 or any(t not in naming or best.position not in naming[t] for t in terms):
        return []
    narrowest = min(terms, key=lambda t: len(naming[t]))
    alike = naming[narrowest]
    broader = [t for t in terms if t != narrowest]
    if len(alike) < 2 or any(len(naming[t]) <= len(alike) for t in broader):
        return []
    if any(held_inside(t, narrowest) for t in broader):
        # 一部一中心三公司里有几个中心: a word the name holds inside it asks which part of
        # the whole (Term.outside), and chooses.
        return []
    # Each broader word a kind of thing: what a name of the best ends in (采矿设备,
    # mining equipment), not a word that tells it apart (甲醇 of 甲醇汽车).
    kinds = [n for n in best.row.names if n not in broader]
    if not all(any(n.endswith(t) and len(n) > len(t) for n in kinds) for t in broader):
        return []
    mark = alike[best.position] - TIE_MARGIN
    return [s for s in subject if s is not best and alike.get(s.position, 0.0) >= mark]


def _weakest(scored: Scored) -> float:
    return min((h.score for h in scored.hits), default=0.0)


def _of_the_whole_zone(
    base: FactBase, question: Question, text: str, stating: list[Scored], total: bool = False
) -> Scored | None:
    """开发区全年的总产值: a measure asked of the zone, and nothing else, is the zone's
    whole (全区产值), not one firm's or a class of firms' (吉利汽车产值), where one fact of
    the measure is the whole zone's; so is the zone's total of it (`total`: what the
    zone's entire output adds up to), whatever else is named."""
    if (question.subject and not total) or not any(w in text.lower() for w in THE_ZONE):
        return None
    zone = Term("全区", True, False)
    terms = [zone, *question.subject] if total else [zone]
    scored = score_facts(base, question, text, terms=terms, min_score=NEAR_MISS, penalise=False)
    whole = [
        s
        for s in scored
        if (_states(question, s) or total)
        and s.row.measure in vocab.LEVEL_MEASURES  # an amount the zone adds up, no share of it
        and s.hits
        and s.hits[0].field == NAME
        and s.hits[0].score >= NAMED
        and all(h.score >= TERM_FLOOR for h in s.hits)
    ]
    if len(whole) != 1 or not (total or whole[0].position in {s.position for s in stating}):
        return None
    return whole[0]


# The report's one class of firms by a threshold: output over 100 million yuan.
_CLASS_WORD = "亿元以上"
_CLASS_YUAN = "100000000"  # in base units, as Question.class_threshold


# English words of a firm's name too common to name it (China National …, the zone's …).
_NOT_A_FIRM_NAME = frozenset("the china national provincial zone group company shanxi".split())


def _industry_pulls(folded: str) -> bool:
    """Is an industry the one said to pull, no firm named or asked (食品行业拉动了多少, how
    much did the pharma sector contribute; not 白象对食品行业拉动了多少, its pull on the
    industry, nor 食品行业拉动最大的企业, which firm pulled it)?"""
    return (
        _AN_INDUSTRY_PULLING.search(folded) is not None
        and _FIRMS_SAID.search(folded) is None
        and _WHICH_FIRM.search(folded) is None
    )


# An industry opening the question before its pull (食品行业拉动, 2022年医药行业的贡献; the
# food sector's contribution, did the pharma sector contribute): nothing before it that a
# firm's name, misspelt, may be (白相食品行业拉动), nor the one pulled (对食品行业拉动, the
# food industry pulled up by Baixiang, to the food sector).
_AN_INDUSTRY_PULLING = LazyPattern(
    r"^(?:请问|那么?|你好)?[，,]?(?:\d{4}年|今年|去年|晋中开发区|开发区|全区)?的?"
    r"[\u4e00-\u9fff]{2}(?:行业|产业)的?"
    r"(?:拉动|带动|贡献|拉高|推动)"
    r"|\b(?:what (?:was|is|were|did|does)|how much (?:was|is|were|did|does)|did|does|has)"
    r" the (?:\w+ ){1,2}?(?:industry|industries"
    r"|sectors?)(?:'s)?\s+(?:contribut\w*|pull\w*|lift\w*|dr[oi]ve\w*|push\w*)(?![^?]*\bby\b)",
    hints=("行业", "产业", "industr", "sector"),
)
# Who or which (谁拉动的, 哪家, 那家, which one, the maker): a firm asked, the pull its.
_WHICH_FIRM = LazyPattern(
    r"谁|哪|那家|这家|\b(?:which|who|whose|makers?|producers?)\b",
    hints=("谁", "哪", "家", "wh", "maker", "producer"),
)


def _firms_named(base: FactBase, text: str) -> set[str]:
    """The names of the firms a question names (白象, Huawei Pharma), each firm by all its
    Chinese names; a firm is named by a Chinese name of two characters or more, or the
    first word of its English name. Each firm by its own names: Kaijian Group names
    开建集团, not 陕西建工集团, which a fact names beside it."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    table = _firm_table(base)
    # A longer name first, and read out of the text: 经纬化纤 names one firm, not also the
    # other whose short name (经纬) it holds.
    unread, said = text, set()
    for name in table.longest_first:
        if name in unread:
            said.add(name)
            unread = unread.replace(name, "\x00")
    named: set[str] = set()
    for chinese, kindless, first in table.firms:
        # (中海油(山西)贵金属 names 中海油(山西)贵金属有限公司: its kind of company unsaid.)
        if any(n in said for n in kindless) or (first and first in words):
            named.update(chinese)
    return named


class _FirmTable(NamedTuple):
    """A base's firms as _firms_named reads them, made once a base (it is asked several
    times a question)."""

    # Per firm: its Chinese names folded, each without its kind of company, and the stem
    # of the first word of four letters or more of its English name ("" when none, or
    # too common to name it).
    firms: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...]
    longest_first: tuple[str, ...]  # every name without its kind, two characters or more


def _firm_table(base: FactBase) -> _FirmTable:
    table = base.memo.get("firms")
    if isinstance(table, _FirmTable):
        return table
    firms = []
    for entity in base.entities:
        if entity.kind != "enterprise":
            continue
        chinese = tuple(fold_query(n) for n in (entity.zh, *entity.aliases) if has_cjk(n))
        english = [w for w in re.findall(r"[a-z]+", entity.en.lower()) if len(w) >= 4]
        first = stem(english[0]) if english else ""
        first = "" if first in _NOT_A_FIRM_NAME else first
        firms.append((chinese, tuple(_without_company_kind(n) for n in chinese), first))
    every = {n for _, kindless, _ in firms for n in kindless}
    table = _FirmTable(
        tuple(firms),
        tuple(n for n in sorted(every, key=lambda n: (-len(n), n)) if len(n) >= 2),
    )
    base.memo["firms"] = table
    return table


def _own_value_added_read_out(base: FactBase, folded: str) -> str:
    """The question without the value added it gives a firm as its own (吉利的工业增加值
    增长了27.26个百分点吗: Geely's own growth claimed, not its pull on the zone's)."""
    for name in sorted(_firm_names_in(base, folded), key=len, reverse=True):
        folded = re.sub(re.escape(name.casefold()) + _OWN_VALUE_ADDED, " ", folded)
    return folded


def _it_named_before(base: FactBase, text: str) -> str:
    """白象拉动食品行业17.77个百分点，那它拉动医药行业多少: it (它, 它们) is the one firm
    the clauses before name, asked of as that firm (the pull on pharma another firm's
    figure answered had been given). Two firms named before leave it as said."""
    it = _IT_AFTER_A_CLAUSE.search(text)
    if it is None:
        return text
    before = fold_query(text[: it.start()])
    said = _firms_named(base, before)
    firms = [e for e in base.entities if e.kind == "enterprise" and e.zh in said]
    written = [n for n in _firm_names_in(base, before) if has_cjk(n)]
    if len(firms) != 1 or not written:
        return text
    name = max(written, key=len)
    return f"{text[: it.start('it')]}{name}{text[it.end('it') :]}"


# It, opening the question (那它…, 它们…): what it stands for is unsaid.
_IT_OPENING = LazyPattern(r"\s*(?:那么?|那)?\s*(?:它们|它)(?=[\u4e00-\u9fff])", hints=("它",))

# It, in a clause after another (，那它…, ；它们…): the thing that clause names.
_IT_AFTER_A_CLAUSE = LazyPattern(
    r"[，,；;。]\s*(?:那么?|那|而|则)?\s*(?P<it>它们|它)(?=[\u4e00-\u9fff])", hints=("它",)
)


def _side_s_own_figure(base: FactBase, text: str, answer: Answer) -> bool:
    """Is the figure said of the thing compared with (than the 706 million yuan of the
    support funds) that thing's own, where one is said?"""
    said = figure_of_the_side(fold_query(text))
    if said is None or len(answer.facts) != 2:
        return True
    position = base.index_of(answer.facts[1].id)
    stated = search_data(base).rows()[position].amount if position is not None else ""
    return bool(stated) and amount_in(*said, stated)


def _firm_names_in(base: FactBase, text: str) -> list[str]:
    """The names of firms as the text writes them (吉利 in 吉利产了多少辆车)."""
    written = [name for firm in _firms_named(base, text) for name in _names_of(base, firm)]
    return [name for name in written if name and name.casefold() in text]


def _names_of(base: FactBase, firm: str) -> tuple[str, ...]:
    entity = base.entity(firm)
    if entity is None:
        return (firm,)
    return (firm, _without_company_kind(firm), entity.en, *entity.aliases)


_COMPANY_KINDS = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司")


def _without_company_kind(name: str) -> str:
    return next((name.removesuffix(k) for k in _COMPANY_KINDS if name.endswith(k)), name)


def _the_zone_alone(question: Question) -> bool:
    """Is the zone all the question names (全区, 开发区), nothing of it?"""
    return bool(question.terms) and all(
        any(t.text.lower().strip("的 ") == zone for zone in THE_ZONE) for t in question.terms
    )


def _only_the_zone(subject: list[Term]) -> bool:
    """全区企业, 开发区的企业: the zone's firms, all of them, are the zone itself (no class
    of them, as 亿元以上企业 is). The zone alone (全区) is read as it always was."""
    firms = False
    for term in subject:
        word = term.text.lower()
        for zone in THE_ZONE:
            word = word.replace(zone, "")
        word = word.strip("的 ")
        if word and not firm_word(word):
            return False
        firms = firms or bool(word)
    return firms


def _subject_scores(base: FactBase, question: Question, text: str) -> list[Scored]:
    """Facts scored on what the question asks about (its measure words set aside);
    when the subject is only a measure (GDP是多少), on the measure's words. Kept for the
    last few questions: the premise checks of one `ask` weigh the same scores."""
    for kept_base, kept_question, kept_text, scored in _SCORED:
        if kept_base is base and kept_question is question and kept_text == text:
            return list(scored)  # (a copy: callers sort theirs)
    terms = question.subject or question.terms
    # (跟开建集团合资的陕西建工: the clause tells which firm, no word of what is asked)
    # (the same list where none is dropped: scoring tells the question's own terms by it)
    told = {t.text for t in firm_told(search_data(base), text, question)}
    if told:
        terms = [t for t in terms if not (t.aside and t.text in told)] or terms
    scored = (
        score_facts(base, question, text, terms=terms, min_score=NEAR_MISS, penalise=False)
        if terms
        else []
    )
    _SCORED.appendleft((base, question, text, scored))
    return list(scored)


def _read(base: FactBase, text: str) -> Question:
    """read, kept for the last few texts: two questions in one read their parts again."""
    for kept_base, kept_text, question in _READ:
        if kept_base is base and kept_text == text:
            return question
    question = read(base, text)
    _READ.appendleft((base, text, question))
    return question


# The last few questions' subject scores and readings (the objects themselves are kept,
# so that a question's identity is never another's).
_SCORED: deque[tuple[FactBase, Question, str, list[Scored]]] = deque(maxlen=8)
_READ: deque[tuple[FactBase, str, Question]] = deque(maxlen=8)


def _covers(scored: Scored) -> bool:
    """The fact is about what the question asks about: one word of the subject hits its
    names, and every other word hits it too, except at most one word of three or more
    that the base holds elsewhere (a verb of the question: handed, 处理). A word the base
    holds nowhere, or part of a hyphenated word (four-above), that misses means the
    question asks about something else."""
    hits = scored.hits
    # A place names no fact by a body named after it, where other words are asked (among
    # the leaders in China: the China Textile Federation's prize is not named by China).
    naming = tuple(h for h in hits if not _another_word(h))
    things = tuple(h for h in naming if not (h.term in vocab.PLACES and h.field == ENTITY))
    if not hits or not (_names(things or naming) or _spells_a_party(things or naming, scored.row)):
        return False
    misses = [h for h in hits if h.score < TERM_FLOOR]
    if any(h.term in vocab.PLACES and not _names_place(h.term, scored.row) for h in misses):
        return False  # 山西省高新技术企业: the province's, which a fact of the zone is not
    if any(h.term in _EN_LEVEL_TERMS and not _of_level(h.term, scored.row) for h in misses):
        return False  # the first national methanol truck: the province's first is another
    return not misses or (
        len(misses) == 1 and len(hits) >= 3 and not misses[0].unknown and not misses[0].bound
    )


# Levels said in English (national, provincial, municipal; _EN_LEVELS): a fact of
# another level is not the one asked about, as 全国 is not 全省 (score._levels_clash, for
# Chinese).
_EN_LEVEL_TERMS = frozenset(
    en for en, zh in _EN_LEVELS.items() if any(zh in words for words in _LEVELS)
)


def _of_level(word: str, row: IndexRow) -> bool:
    """Does the fact say, in Chinese, the level the English word names, or its reach
    (national: 国家级, or 国内 of 国内500强)?"""
    level = _EN_LEVELS[word]
    levels = next(words for words in _LEVELS if level in words)
    reach = _REACH_OF_LEVEL[level][0]
    reaches = next(words for words in _REACHES if reach in words)
    return any(w in text for w in (*levels, *reaches) for text in (*row.cjk_names, row.quote))


def _names_place(place: str, row: IndexRow) -> bool:
    """The fact names the place (vocab.PLACES), in either language; in English also as
    its adjective (the province's scorecard: the provincial assessment)."""
    if names_places([Term(place, has_cjk(place), False)], row, None):
        return True
    root = stem(place).removesuffix("e")  # province, provincial
    return not has_cjk(place) and any(w.startswith(root) for w in row.name_words)


def _another_word(hit: Hit) -> bool:
    """A short Chinese word the base holds nowhere is another word, whatever characters
    it shares with a name (中小学 is no 中小企业); a longer one may be the base's words
    run together (过亿企业贡献)."""
    return hit.unknown and hit.score < NAMED and len(hit.term) <= 3 and has_cjk(hit.term)


def _misses_a_thing(scored: Scored, things: set[str]) -> bool:
    """A word naming a few facts stands in this one only in its chapter's title, as
    written (a synonym there, companies for the title's enterprises, says less)."""
    # (A piece of such a word, read apart, the same: 新赛道 of 新赛道上领跑.)
    return any(
        (h.term in things or any(h.term in thing for thing in things if len(h.term) >= 2))
        and h.field == SECTION
        and h.score >= WEIGHT[SECTION] * 100
        for h in scored.hits
    )


def _counted_thing(question: Question) -> set[str]:
    """The words of what a question asks an amount of, said right before it asks (吉利生产
    的甲醇汽车有多少辆, 甲醇汽车产量是多少: 甲醇汽车) or after (造了几台甲醇车)."""
    text = question.text
    claimed = question.threshold is not None
    return {t.text for t in question.subject if _asks_how_many_of(t.text, text, claimed)}


# What follows a thing whose amount is asked (的数量有多少), or comes right before it (几台):
# compiled once, tried at each place the thing stands, rather than a pattern compiled for
# each thing (thousands over the suites: re's cache of 512 overflowed).
# (A time and a verb of making may come between: 吉利甲醇车一年造了几多架.)
_HOW_MANY_AFTER = re.compile(
    r"的?(?:数量|产量|产值|总量|总数)?[，,\s]*(?:(?:一年|全年|去年|今年|\d{4}年)(?:里|内|中)?)?"
    # (造车, 产车: a verb of making cars, the thing named again)
    r"(?:一共|总共|共)?(?:(?:生产|制造|造|产|出)(?:整?车)?)?了?(?:大概|大约|约)?(?:一共|总共)?(?:有|是)?"
    r"(?:多少|几)"
)
# … or a figure claimed, where the analyser took it out (新能源汽车产量是11.15万辆吗: its
# mark; the same mark stands where filler went, read so only when a figure is claimed).
_FIGURE_CLAIMED_AFTER = re.compile(_HOW_MANY_AFTER.pattern.removesuffix("(?:多少|几)") + "\x1f")
# 多少 or 几 right before the thing, a counter word (几台) or 是 (多少是) between.
_HOW_MANY_BEFORE = re.compile(r"(?:多少|几)[台辆部个家]?(?:是|为|属于)?$")
_COUNT_ENDING = r"的?(?:数量|产量|总数)[？?。\s]*$"


def _asks_how_many_of(thing: str, text: str, claimed: bool = False) -> bool:
    """Does the text ask how many of the thing: the thing then 多少 or 几 (甲醇汽车有多少),
    or 多少 or 几 and a counter word right before it (几台甲醇车)? Or, where a figure is
    `claimed`, the thing then the figure (新能源汽车产量是11.15万辆吗)?"""
    at = text.find(thing)
    while at >= 0:
        if _HOW_MANY_AFTER.match(text, at + len(thing)) or (
            claimed and _FIGURE_CLAIMED_AFTER.match(text, at + len(thing))
        ):
            return True
        if _HOW_MANY_BEFORE.search(text, max(0, at - 6), at) or re.match(
            _COUNT_ENDING, text[at + len(thing) :]
        ):
            # 几台甲醇车, 造了多少新能源车, 里面有多少是新能源车; 新能源汽车数量 (the count,
            # ending the question)
            return True
        at = text.find(thing, at + 1)
    return False


def _counts_another_thing(base: FactBase, scored: Scored, counted: set[str]) -> bool:
    """What is counted stands in this fact only in its chapter's title, and another fact's
    name holds it (甲醇汽车: the methanol vehicles' output): Geely's 11.15万辆 are no count
    of methanol vehicles. Or only in a clause of its sentence other than the figure's
    (吉利汽车抢抓新能源汽车需求…，全年生产整车11.15万辆): the new-energy vehicles are the
    demand Geely met, not what the 11.15万辆 count."""
    return any(
        # (the thing, or the last piece of a term run together: 吉利生产甲醇汽车多少辆)
        any(thing.endswith(h.term) for thing in counted)
        and (
            (
                h.field == SECTION
                and bool(search_data(base).names_around(h.term)[1] - {scored.position})
            )
            or (h.field == QUOTE and _beside_the_figure(base.fact(scored.position), h.term))
        )
        for h in scored.hits
    )


def _clauses_stating(fact: Fact) -> list[tuple[str, bool]]:
    """The clauses of the fact's sentence, each with whether it states the figure, as a
    number of its own (1 is no part of 17亿元)."""
    if not fact.value_text:
        return []
    figure = re.compile(rf"(?<![\d.]){re.escape(fact.value_text)}(?![\d.])")
    clauses = re.split(r"[，,；;。]", fact.quote or "")
    return [(c, figure.search(c) is not None) for c in clauses]


def _beside_the_figure(fact: Fact, term: str) -> bool:
    """Does the term stand in the fact's sentence only in clauses other than the one
    stating its figure (and nowhere in its names)? Not of an inferred fact, whose sentence
    is its inputs'."""
    if fact.is_derived or not fact.quote or (fact.unit or "") not in UNITS:
        return False
    if fact.measure == "share" or any(term in n for n in (fact.label.zh, *fact.aliases)):
        return False  # (a share's other clauses say what it is of)
    clauses = _clauses_stating(fact)
    if not any(said for _, said in clauses):
        return False  # (a figure written in words, 七大: no clause to tell apart)
    # The clause sharing most of the term's characters: it may be a near reading of it
    # (新能源车 of 新能源汽车).
    shared = [len(set(term) & set(c)) for c, _ in clauses]
    best = max(shared)
    return all(n < best for n, (_, said) in zip(shared, clauses, strict=True) if said)


def _named_alone(scored: Scored, subject: list[Scored]) -> bool:
    """Does a word of the question name this fact whole and no other (hiring: the new
    service bodies)? Then a word standing only in its chapter's title (help) is no other
    thing asked about."""
    return any(
        h.field == NAME
        and h.score >= WHOLE_NAME
        and not any(
            o.position != scored.position
            and any(g.term == h.term and g.field == NAME and g.score >= NAMED for g in o.hits)
            for o in subject
        )
        for h in scored.hits
    )


def _misses_the_topic(
    base: FactBase, question: Question, scored: Scored, subject: list[Scored]
) -> bool:
    """The question's first word, what it is about, misses this fact and names one scored
    higher: the food industry's growth rate is not the strategic industries' growth
    rate, however well industry, output and growth rate match (Baixiang's pull on the
    food industry is named by food). A Chinese name of a few facts misses whatever the
    score (战新产业产值占全区产值多少: the 38 firms' share is not the emerging
    industries'); so does one said glued to its measure, where the fact is near the
    whole only through the measure (专精特新企业产值, 46 to the 38 firms' output). Not
    a word of what the question tells as its ground (38户亿元以上企业占规上企业25%，照这个
    推算…): what it asks about comes after."""
    first = scored.hits[0] if scored.hits else None
    if first is None or first.score >= NAMED:
        return False
    asked = not any(first.term in t.text for t in question.subject if t.told)
    if first.score >= TERM_FLOOR:
        return asked and _glued_name_missed(base, scored, first)
    specific = (
        asked
        and has_cjk(first.term)
        and len(first.term) >= 3
        and first.term in _specific_terms(subject)
    )
    return any(
        (other.score > scored.score or (specific and _elsewhere(scored.row, other.row)))
        and other.position != scored.position
        and any(h.term == first.term and _naming(h) and h.score >= NAMED for h in other.hits)
        for other in subject
    )


def _elsewhere(row: IndexRow, other: IndexRow) -> bool:
    """Is the other fact a figure of another chapter? A name only a statement holds, or one
    of the same chapter (骨干企业 of the backbone firms' sentence, the 38 firms' chapter),
    may be the chapter's word for this fact's thing."""
    return bool(other.measure) and other.section_zh != row.section_zh


def _glued_name_missed(base: FactBase, scored: Scored, first: Hit) -> bool:
    """The first word, hit only loosely, begins with a Chinese name another fact holds
    (专精特新企业 of 专精特新企业产值), and this fact holds that name nowhere and no name
    of its own inside the word (七大产业党建联盟都覆盖: the alliances' 党建联盟)."""
    if not has_cjk(first.term):
        return False
    row = scored.row
    if any(len(name) >= 3 and name in first.term for name in (*row.cjk_names, *row.entities)):
        return False
    data = search_data(base)
    within, _ = data.names_around(first.term)
    if not within - {scored.position}:
        return False
    held = (*row.cjk_names, row.quote)
    rows = data.rows()
    return any(
        first.term.startswith(name) and not any(name in text for text in held)
        for position in within - {scored.position}
        if _elsewhere(row, rows[position])
        for name in (*rows[position].cjk_names, *rows[position].entities)
        if len(name) >= 3 and name != first.term
    )


def _names(hits: tuple[Hit, ...]) -> bool:
    """A word of the question names the fact. Two syllables of pinyin, all the question
    says, reading only part of a name do not: yiyuan is 亿元 of 亿元以上企业 as much as
    医院 or 意愿 (jili qiche, a whole name or more syllables of it, names it)."""
    naming = [h for h in hits if _naming(h) and h.score >= TERM_FLOOR]
    if any(h.field != PINYIN or h.score >= WEIGHT[PINYIN] * 100 for h in naming):
        return True
    syllables = [fewest_syllables(h.term) for h in naming]
    return any(s is None for s in syllables) or sum(s or 0 for s in syllables) > 2


def _spells_a_party(hits: tuple[Hit, ...], row: IndexRow) -> bool:
    """Two syllables of pinyin naming the fact's firm or body whole (jili: 吉利), not part
    of another name (yiyuan of 亿元以上企业)."""
    sounds = {sound_of(name) for name in row.entities} - {None}
    return any(h.field == PINYIN and h.term in sounds for h in hits)


def _quoted_whole(hit: Hit) -> bool:
    """A run of Chinese the fact's quote holds whole, long enough to be its own words
    rather than a common phrase."""
    return (
        hit.field == QUOTE
        and hit.score >= WEIGHT[QUOTE] * 100
        and len(hit.term) >= QUOTED_RUN
        and is_cjk(hit.term[0])
    )


def _asked_length(base: FactBase, question: Question) -> int:
    """How many characters of what the question asks about must be matched, read as the
    scorer reads its terms: without the function words glued to them (和市 of 省里和市里
    is the city), and without the chatter of a clause of context that the base holds
    nowhere (我在赶一篇稿子想核实一下, which the scorer counts only where it hits)."""
    terms = question.subject or question.terms
    vocabulary = vocabulary_of(search_data(base), False)
    return sum(
        len(t.text)
        for t in unglue(join_soft(terms, vocabulary), vocabulary)
        if not t.optional and not (t.told and not known(t, vocabulary))
    )


def _spans(scored: Scored, asked: int) -> bool:
    """The words that hit make up most of what the question asks about: 中小 is half of
    所中小学 (schools), not an answer about 中小企业."""
    hit = sum(len(h.term) for h in scored.hits if h.score >= TERM_FLOOR)
    return not asked or hit >= SPANNED * asked


def _told_as_ground(question: Question, scored: Scored) -> bool:
    """亿元以上企业产值131.76亿占全区33.1%，那全区产值大概多少: a fact whose own figure the
    asker tells in a clause of context is the ground of the question, not its answer."""
    told = {t.text for t in question.terms if t.numeric and t.aside}
    return (
        bool(told)
        and question.asks_number
        and not question.yes_no
        and scored.row.value_text in told
    )


def _restates(question: Question, scored: Scored) -> bool:
    """A question asking for a number that already holds every number the fact states
    asks for something more (陕西建工在500强里排第几: the fact says only 500强)."""
    said = {t.text for t in question.terms if t.numeric}
    # 七大党建联盟分别是哪几个: a number in Chinese numerals is said as well.
    said |= {str(_ZH_DIGITS.index(c) + 2) for c in re.findall(_ZH_COUNTED, question.text)}
    if not said or question.yes_no or question.threshold:
        return False
    if not question.asks_number and not question.plural:
        return False
    stated = set(re.findall(_NUMBER, scored.row.quote)) | {scored.row.value_text}
    stated.discard("")
    return bool(stated) and stated <= said


_PEOPLE = frozenset("people persons staff workers employees 人 人员 员工".split())
_FIRM_ASKED = LazyPattern(
    r"企业|公司|单位|集团|机构|\b(?:company|firm|enterprise|group|business)\b",
    hints=("企业", "公司", "单位", "集团", "机构", "compan", "firm", "enterprise", "group",
           "business"),
)  # fmt: skip
_STANDING_ASKED = LazyPattern(
    r"地位|评价|判断|表述|描述|论述|概括|评述",
    hints=tuple("地评判表描论概述"),
)
_CLASS_ASKED = LazyPattern(
    r"规模|级别|档次|层次|层级|性质|类型|地位|\b(?:kind|sort|type|size|level|class)\b",
    hints=("规模", "级别", "档次", "层次", "层级", "性质", "类型", "地位", "kind", "sort",
           "type", "size", "level", "class"),
)  # fmt: skip
_UNIT_ASKED = LazyPattern(r"单位|\bunits?\b", hints=("单位", "unit"))  # GDP用什么单位
_NUMBER = r"\d+(?:\.\d+)?"  # compiled on first use, then cached by re
# 七大, 三个: a number in Chinese numerals before what it counts. Not 一 (哪一个, 一家 are
# which one and a firm) nor 两 (a couple), read as numbers only in figures.
_ZH_DIGITS = "二三四五六七八九"
_COUNTERS = "大个项家户名位类"  # (七大, 五个, 7项: what a count is said with)
_ZH_COUNTED = rf"([{_ZH_DIGITS}])(?=[{_COUNTERS}])"


class _Members(NamedTuple):
    """The members of a class asked for (分别是哪些, 具体是哪五个, 举了哪些例子, which
    ones), which a sentence names only where it lists them."""

    counted: int | None  # as many as the question says there are (哪五个, 7项…分别是哪些)


def _members_asked(question: Question) -> _Members | None:
    """The members asked for, with their count where the question says it once."""
    if not (question.plural or question.asks_names):
        return None
    said = [int(t.text) for t in question.terms if t.numeric and t.text.isdigit()]
    said += [parse_chinese_numeral(c) or 0 for c in re.findall(_ZH_COUNT_SAID, question.text)]
    # (one is no list: 汾盾1号是哪家公司造的)
    return _Members(said[0] if len(set(said)) == 1 and said[0] > 1 else None)


_ZH_COUNT_SAID = rf"[两{_ZH_DIGITS}十](?=[{_COUNTERS}])"  # (七大, 哪五个, 两家, 十项)
# A whole list in a sentence: items parted by 、 (as _EXAMPLES_LISTED reads them).
_A_LIST = re.compile(r"(?:[^，,。；;：:“”、]{1,20}、)+[^，,。；;：:“”、]{1,20}")


def _lists_members(fact: Fact, members: _Members | None) -> bool:
    """Does the fact's sentence list the members asked for: some, as examples closed by 等
    (贝斯特、隆富电气等31户, 海玉功能食品产业园等 12项), or all, as many as the question
    says there are? 在全面学习、全面把握、全面落实上下功夫 lists no 五个牢牢把握; a list
    of as many as no one said may be of anything (为产业发展、数字赋能…提供服务)."""
    if members is None:
        return False
    return _EXAMPLES_LISTED.search(fact.quote or "") is not None or _lists_all(fact, members)


def _lists_the_things_asked(base: FactBase, scored: Scored, members: _Members | None) -> bool:
    """Does the fact's sentence list as many things as asked (_lists_all), of a thing named
    well or by its section's heading (七大联盟)? Not any two things a sentence lists, for
    the two trucks, a word of its name heard less well."""
    return any(h.score > NAMED or h.field == "section" for h in scored.hits) and _lists_all(
        base.fact(scored.position), members
    )


def _lists_all(fact: Fact, members: _Members | None) -> bool:
    """Does the fact's sentence list as many as the question says there are (七大联盟分别
    是哪几个: 新能源汽车、…、数字科技)?"""
    counted = members.counted if members is not None else None
    return counted is not None and any(
        m.group().count("、") + 1 == counted for m in _A_LIST.finditer(fact.quote or "")
    )


def _mentions(scored: Scored) -> bool:
    """Every word of the subject stands somewhere in the fact (its quote, if not its
    names): the report speaks of it. Not a word the base holds nowhere that only shares a
    few characters with one (中小学, schools, is not 中小企业), nor two characters heard
    only by their sound (高校, universities, sounds like 高效)."""
    return bool(scored.hits) and all(
        h.score >= (UNKNOWN_MENTION if h.unknown else TERM_FLOOR) and not _heard_short(h)
        for h in scored.hits
    )


def _only_places(scored: Scored) -> bool:
    """山西高考一本线: the province, all the fact shares with it of the words asked, is no
    thing the report speaks of (全省排名 asks of nothing but the place's ranking)."""
    hit = [h for h in scored.hits if h.score >= TERM_FLOOR]
    missed = [h for h in scored.hits if h.score < TERM_FLOOR]
    return bool(missed) and all(h.term in vocab.PLACES for h in hit)


def _heard_short(hit: Hit) -> bool:
    """Two Chinese characters matched only by their sound (高校 as 高效)."""
    return hit.field == PINYIN and len(hit.term) <= 2 and is_cjk(hit.term[0])


def _of_the_model_named(answerable: list[Scored]) -> list[Scored]:
    """The facts naming a model the question names by its letters and digits (JWF1580),
    where some do: did JWF1580 win a gold medal asks of the spinning frame (否: a second
    prize), not of the gold medal's spinneret, which never names it."""
    models = {
        h.term
        for s in answerable
        for h in s.hits
        if _MODEL_NAME.fullmatch(h.term) and h.score >= NAMED and h.field == NAME
    }
    if not models:
        return answerable
    naming = [
        s
        for s in answerable
        if all(any(h.term == m and h.score >= NAMED for h in s.hits) for m in models)
    ]
    return naming or answerable


_MODEL_NAME = re.compile(r"[a-z]+\d+[a-z\d]*|\d+[a-z]+[a-z\d]*")


def _names_less_of_it(statement: Scored, figure: Scored) -> bool:
    """Does a statement name two words or more of the question only near what they are,
    where the figure names them in full (100 and 90: high-tech of 高新技术 against the
    alliances' 高端 and 数字科技)?"""
    full = {h.term for h in figure.hits if h.score >= 100.0}
    near = sum(1 for h in statement.hits if h.term in full and h.score < 100.0)
    return near >= 2


def _states(question: Question, scored: Scored) -> bool:
    """Does the fact state the measure asked for (or any number, for 多少 / how many)?"""
    return _states_row(question, scored.row)


def _states_row(question: Question, row: IndexRow) -> bool:
    stated = row.measure
    if question.added and states_a_level(row):
        return False  # 新增了多少家: a level reached (达到171户) says nothing of what was added
    if question.added and stated != "count":
        return False  # 新增四上企业多少: how many new ones is a count (no share, no amount)
    if ranks_in_words(question, row) or (
        question.measure == "count" and row.counts_in_words and not _counts_recipients(question)
    ):
        return True
    if _growth_of_another(question, row):
        return False
    if question.measure is None:
        # 多少, how much: an amount or a count; a place in a ranking answers 排第几 only.
        if _no_size(question, row):
            return False  # 食品行业规模多大: an amount asked, of which points are none
        return not question.wants_number or (bool(stated) and stated != "rank")
    return measure_fits(question.measure, stated)


def _no_size(question: Question, row: IndexRow) -> bool:
    """Is the fact no size, where one is asked (有多大, 规模, bigger): a per cent or points
    (a firm's pull on its industry), of which no amount is made?"""
    return question.size_asked and row.dimension in (PERCENT, POINTS)


def _counts_recipients(question: Question) -> bool:
    """How many firms or projects got the funds: firms or projects counted, which a fact
    counting the funds themselves in words (成立两只产业发展基金) does not count."""
    # (投了多少项目: 项 counts the items asked, not the 只 of funds)
    counted = question.dimensions
    return (bool(counted) and counted <= {"items", "enterprises"}) or any(
        firm_word(t.text) or t.text in _PROJECT_WORDS for t in question.subject if not t.numeric
    )


_PROJECT_WORDS = frozenset({"项目", "project", "projects", "增量项目"})


def _growth_of_another(question: Question, row: IndexRow) -> bool:
    """战新产业投资增速, 吉利拉动全区GDP增长: a rate or a pull asked of a quantity
    (investment, GDP, value added, a count) that the fact's names and sentence never
    measure: its growth is of another (the emerging industries' output, industrial value
    added)."""
    if question.measure not in ("growth-rate", "growth-contribution"):
        return False
    asked = quantities_named(question.text)
    if not asked:
        return False  # (战新产业增速: the rate of whatever the fact's is of)
    said = quantities_named("\n".join((*row.cjk_names, row.quote)))
    return bool(said) and asked.isdisjoint(said)


def _unstated(question: Question) -> bool:
    """The question asks for a measure no fact of the base states (利润, employees)."""
    return any(t.unlisted for t in question.terms) or (
        question.measure is not None and question.measure not in MEASURES
    )


# --- superlatives and comparisons -------------------------------------------------------------


# Which model (哪款车型, which model): compiled on first use, then cached by re.
_MODELS_RANKED = r"哪[一几两]?款|车型|型号|\bmodels?\b"


# What a ranking ranks, said in so many words: industries, sectors, indicators, places.
_KIND_RANKED = LazyPattern(
    r"产业|行业|领域|板块|指标|地区|\b(?:industr|sector|indicator|region|area)",
    hints=("产业", "行业", "领域", "板块", "指标", "地区", "industr", "sector", "indicator",
           "region", "area"),
)  # fmt: skip


def _figure_is_the_extreme(
    base: FactBase, question: Question, text: str, threshold: Threshold
) -> Answer:
    """1.11亿是最大的资金吗, 171户是最多的吗: the largest (smallest) of what is named, and
    the figure held to it; never the figure found among them and confirmed."""
    extreme = _extreme(base, question._replace(threshold=None, yes_no=False), text)
    if not extreme.answered or len(extreme.facts) < 2:
        return extreme
    if any(f.measure in ("share", "growth-contribution") for f in extreme.facts):
        return extreme  # shares of different wholes rank no figure first (is 85% the highest)
    verdict = _held_to(extreme.facts[0], threshold)
    if verdict is None:
        return extreme
    return extreme._replace(verdict="no" if verdict == "no" else "yes", threshold=threshold.text)


def _extreme(base: FactBase, question: Question, text: str) -> Answer:
    """哪个企业产值最高 / which grew fastest: the facts of the measure asked for that the
    subject covers, ranked by value."""
    if question.operator == "compare" and question.asks_less:
        # Which of the support funds was smaller: the least of them answers.
        question = question._replace(operator="min")
    specific = "count" not in question.dimensions and bool(question.dimensions)
    if not question.subject and (
        question.measure is None or (question.measure == "count" and not specific)
    ):
        # Which is bigger? 哪个最多? 数量最多的指标? Of what, it does not say: any two
        # figures would do, and counts of different things (cars, firms) do not rank.
        return _declined(base, question, text, [], "ambiguous")
    if (
        question.excluded
        and not question.about_enterprise
        and all(_firms_named(base, fold_query(thing)) for thing in question.excluded)
        and _KIND_RANKED.search(fold_query(text)) is None
    ):
        # 除了吉利，产值最高的是: with a firm set aside, the others ranked are firms, not
        # industries or the zone (unless the question says what it ranks: 哪个产业).
        question = question._replace(about_enterprise=True)
    pool = _pool(base, question, text, question.subject)
    # A whole inferred from the things ranked is none of them, however well its words
    # fit (哪一级提拔的人最多: the 8 promoted in all is no level), so it goes first.
    kept = set(without_inferred(base, [s.position for s in pool]))
    pool = [s for s in pool if s.position in kept]
    if question.period is not None and not question.asks_month:
        # 上半年哪家企业产值最高, in April which company contributed most: figures of that
        # time ranked, which a year's figures are not (as 上半年吉利产值 is declined).
        timely = [s for s in pool if _in_period(question, s)]
        if not timely and any(_names_with_more(s) for s in pool):
            return _declined(base, question, text, pool, "unstated-measure")
        pool = timely
    chosen = chosen_noun(text)
    rows = search_data(base).rows() if chosen else []
    counted = {i for i, row in enumerate(rows) if named_by_the_chosen(chosen, row)}
    if counted and not any(_a_named_firms_figure(s) for s in pool if s.position not in counted):
        # Which national little giant is largest, 哪家国家级小巨人最大: one of the things the
        # report counts, none of which it gives a figure of (nor does the share of the
        # city's they are).
        of_them = [s for s in _subject_scores(base, question, text) if s.position in counted]
        return _declined(base, question, text, of_them or pool, "unstated-measure")
    if question.who_ranked:
        # 谁产值最高: someone's figure (Geely's), not an industry's total, where any is given.
        pool = [s for s in pool if s.row.entities] or pool
    if question.asks_month and not question.by_level:
        # 2022年哪个月的工业产值最高: months ranked by a figure, which only figures of
        # months could do (a year's figures rank no months).
        monthly = [s for s in pool if "-" in base.fact(s.position).period]
        if len(monthly) < 2:
            about = question._replace(measure="month")
            return _declined(base, about, text, pool, "unstated-measure")
        pool = monthly
    if pool and re.search(_MODELS_RANKED, text.casefold()):
        # 吉利哪款车型产量最高: a ranking of models, which would need one model's figure;
        # the base names companies, bodies and places, never a model (Geely's 11.15万辆
        # are all its vehicles).
        return _declined(base, question._replace(measure="model"), text, pool, "unstated-measure")
    if question.subject:
        # Of the support funds, the largest: the facts the whole subject names, where some
        # do (not the VAT refund, which names money paid to firms but not support).
        # Where none is named whole, those missing fewest of its words (support fund
        # payments: the support funds miss payments, the VAT refund misses support).
        # (which tier of little giant firms has the most: of kinds ranked, a word some
        # kind names is met only by a name, not by a sentence telling of it, the 87
        # firms' quote of the little giants among them)
        in_names = (
            {h.term for s in pool for h in s.hits if h.score >= TERM_FLOOR and h.field in _NAMING}
            if ranks_kinds(text)
            else set()
        )

        def missed(scored: Scored) -> int:
            if not scored.hits:
                return len(question.subject)  # nothing hit: it misses every word
            # (A word for a firm, among companies, is met by every fact naming one:
            # Geely's pull is a company's though its label never says so.)
            return sum(
                (h.score < TERM_FLOOR or (h.term in in_names and h.field not in _NAMING))
                and not (scored.row.enterprise and firm_word(h.term))
                for h in scored.hits
            )

        fewest = min(map(missed, pool), default=0)
        pool = [s for s in pool if missed(s) == fewest]
    # 哪笔扶持资金最多, 企业扶持资金哪笔最多: the word that named the measure says which of
    # its facts are ranked, when it is more than the measure's own name (the support
    # funds, not the VAT refund; 产值最高 ranks every output value).
    generic = MEASURES[question.measure].zh if question.measure in MEASURES else ""
    # (比例, 比重: other names of 占比, narrowing nothing.)
    plain = {generic, *vocab.ZH_SYNONYMS.get(generic, ())}
    words = [
        w
        for w in question.measure_words
        if w not in plain
        and generic not in vocab.ZH_SYNONYMS.get(w, ())
        and w not in vocab.MONEY_ONLY  # 钱 is any sum
        and has_cjk(w)
    ]
    # (补贴, subsidy: said by the report as 扶持资金, support funds, which a tax refund is
    # not; a word is read with the words the report says it by)
    said_as = {w: (w, *vocab.ZH_SYNONYMS.get(w, ())) for w in words} | {
        w: vocab.EN_SYNONYMS.get(w) or vocab.EN_SYNONYMS.get(stem(w), ())
        for w in question.measure_words
        if w.isascii() and w not in vocab.MONEY_ONLY
    }
    named = [
        s
        for s in pool
        if any(
            form in n
            for forms in said_as.values()
            for form in forms
            for n in (s.row.cjk_names if has_cjk(form) else s.row.names)
        )
    ]
    # With things named besides, only if some are left to rank (人数 names one total).
    if len(named) >= (2 if question.subject else 1):
        pool = named
    # 哪个党建联盟企业最多: the count of the alliances is no value of any one of them.
    pool = [s for s in pool if not counts_the_chosen(chosen, s.row)]
    # 数量最多的是哪类企业: a fact about one named firm (Geely's cars) is no class of firms,
    # though 企业 reaches it.
    pool = [s for s in pool if not _only_the_class(s)]
    if question.dimensions and "count" not in question.dimensions:
        # 家数最多: a ranking of counts of firms, not of vehicles or items.
        # (A sum of money asked ranks no count: 最小的金额 is none of 38户.)
        pool = [s for s in pool if s.row.dimension in question.dimensions]
    if question.dimensions == {"enterprises"}:
        # 哪一类企业最少: firms of a kind, not the bodies the zone set up for them (its three
        # new service companies are tagged institutions).
        pool = [s for s in pool if "institution" not in s.row.tag_words]
    if pool and question.measure is None and not question.dimensions and question.subject:
        # Which award was the highest: the things named are the awards, which the report
        # states no figure of (a gold medal, a second prize); a figure that only shares a
        # word with them (the tech centres recognised) ranks nothing asked.
        best = max(s.score for s in pool)
        named = [s for s in _subject_scores(base, question, text) if _mentions(s)]
        figureless = [
            s for s in named if s.row.value_text == "" and s.score >= best + _NAMED_BETTER
        ]
        if figureless:
            return _declined(base, question, text, figureless, "unstated-measure")
    if not pool:
        # What is ranked is not stated; of something the report names (党建联盟 and their
        # members), or of nothing it does.
        subject = _subject_scores(base, question._replace(about_enterprise=False), text)
        named = [s for s in subject if _mentions(s)] or _named_specifically(subject)
        reason: Reason = "unstated-measure" if question.measure or named else "no-match"
        return _declined(base, question, text, subject, reason)
    if question.by_level:
        # 级别最高的小巨人有几户: the fact of the highest level (the lowest for 最低) answers,
        # whatever its figure; facts of no level are no part of the ranking.
        levels = {s.position: level_of(s.row) for s in pool}
        named = [s for s in pool if levels[s.position] is not None]
        if not named:
            return _declined(base, question, text, pool, "unstated-measure")
        ordered = sorted({level for level in levels.values() if level is not None})
        if question.operator == "min":
            ordered.reverse()
        if question.place > len(ordered):
            return _short_of_place(base, question, text, named)
        top = ordered[question.place - 1]
        first = [s for s in named if levels[s.position] == top]
        if len(first) != 1:
            return _declined(base, question, text, first, "ambiguous")
        related = tuple(_match(base, s) for s in named)
        ranked_kind: AnswerKind = "min" if question.operator == "min" else "max"
        top_level = (base.fact(first[0].position),)
        answer = _answer(base, question, text, ranked_kind, top_level, related)
        return answer._replace(place=question.place)
    ranked = by_amount(base, [s.position for s in pool], question.operator == "min")
    if not ranked:
        return _declined(base, question, text, pool, "ambiguous")
    facts = tuple(base.fact(i) for i in ranked)
    kind: AnswerKind = "min" if question.operator == "min" else "max"
    related = tuple(_match(base, s) for s in pool)
    if question.place > len(facts):
        # 产值第二高的企业: the report states fewer figures of the kind than the place.
        return _short_of_place(base, question, text, pool)
    if question.place > 1 and not (
        _one_kind(facts) and _place_holds(base, facts, question.place, kind == "min")
    ):
        # 第二高的比重, 拉动第二多: shares and pulls on different wholes, or figures of
        # several measures, are no ranking a place down can be read from (the top is
        # listed, saying so); nor is one the words chose only part of (哪类企业数量第二少
        # without the 11 firms recognised as tech centres: another wording has them).
        return _declined(base, question, text, pool, "ambiguous")
    if question.place > 1:
        # 哪项资金第二多, the second largest fund: a place down the same ranking as the top.
        answer = _answer(base, question, text, kind, facts, related, complete=True)
        return _at_place(base, question, text, answer, pool)
    # 汽车产值哪个最高 of 突破224亿 and 突破200亿: two floors, which is higher is not settled
    # (as the comparison of the two says), so neither is the top.
    top_settled = len(facts) < 2 or (
        _surely_larger(facts[0], facts[1]) if kind == "max" else _surely_larger(facts[1], facts[0])
    )
    if kind == "min" and len(facts) == 1:
        # 产值最低的企业: the one firm whose output the report states (Geely's, the largest)
        # is no lowest of anything. (The highest of one figure is given, saying so.)
        return _declined(base, question, text, pool, "unstated-measure")
    if (
        len(facts) == 1
        and facts[0].measure in ("count", "share")
        and question.measure != facts[0].measure  # (the largest share: a share ranked)
    ):
        # 哪个产业联盟最大, 最大的国家级专精特新企业: one of the things counted is asked the
        # largest; their number (7 alliances, 31 firms approved) or their share of the
        # city's is no size of any of them.
        return _declined(base, question, text, pool, "unstated-measure")
    return _answer(
        base, question, text, kind, facts, related, complete=len(facts) > 1, settled=top_settled
    )


def _one_kind(facts: tuple[Fact, ...]) -> bool:
    """Figures of one measure in one unit as written (three payments in 亿元, counts of
    firms in 户): a ranking whose every place means the same."""
    return len({(f.measure, f.unit) for f in facts}) == 1 and facts[0].measure not in RELATIVE


def _place_holds(base: FactBase, facts: tuple[Fact, ...], place: int, lowest: bool) -> bool:
    """Would every figure of their measure in their unit that the words left out fall
    below the place asked (above it, for the lowest first), so that the place stands
    (企业数量第二多: 87, whatever smaller counts were left out)?"""
    if place > len(facts) or facts[place - 1].value is None:
        return False
    kind = (facts[0].measure, facts[0].unit)
    shown = {f.id for f in facts}
    left_out = [
        f
        for f in base.facts
        if (f.measure, f.unit) == kind and not f.is_derived and f.id not in shown
    ]
    at = facts[place - 1].value
    assert at is not None  # (checked above)
    return all(f.value is not None and (f.value > at if lowest else f.value < at) for f in left_out)


def _a_named_firms_figure(scored: Scored) -> bool:
    """A figure of one named firm (Geely's output), not of a class (a count, a share)."""
    return bool(scored.row.enterprise) and scored.row.measure not in ("count", "share")


def _a_full_name(name: str) -> bool:
    """A name of three words or six characters: a thing's own (industrial chain fund,
    产业链增量项目引进产业发展基金), not a common noun (骨干企业, new funds)."""
    return len(name.split()) >= 3 if name.isascii() else len(name) >= 6


# How much better the things asked about must be named than any figure ranked, for the
# ranking to be of them (100 against 64.8 for the awards against the tech centres).
_NAMED_BETTER = 20.0


def _short_of_place(base: FactBase, question: Question, text: str, ranked: list[Scored]) -> Answer:
    """产值第二高的企业: the report states fewer figures of the kind than the place asked."""
    declined = _declined(base, question, text, ranked, "unstated-measure")
    return declined._replace(place=question.place)


def _at_place(
    base: FactBase, question: Question, text: str, answer: Answer, ranked: list[Scored]
) -> Answer:
    """A ranking answered at the place asked (第二多): that fact first, the rest in order;
    declined as ambiguous where the fact there ties with a neighbour (two at 1 each: which
    is second is not said)."""
    place = question.place
    facts = answer.facts
    if place <= 1:
        # 哪个最多：轮岗、主任助理 (2 and 2): a tie at the top names no most.
        tied = len(facts) > 1 and _same_amount(facts[0], facts[1])
        return _declined(base, question, text, ranked, "ambiguous") if tied else answer
    chosen = facts[place - 1]
    neighbours = facts[max(place - 2, 0) : place - 1] + facts[place : place + 1]
    if any(_same_amount(chosen, other) for other in neighbours):
        return _declined(base, question, text, ranked, "ambiguous")
    return answer._replace(facts=(chosen, *facts[: place - 1], *facts[place:]), place=place)


_ABOUT_HELD = LazyPattern(
    r"约|左右|差不多|大概|\b(?:about|around|roughly|approximately|some|circa)\b",
    hints=("约", "左右", "差不多", "大概", "about", "around", "roughly", "approx", "some", "circa"),
)


def _one_character_off_stated(question: Question, fact: Fact) -> bool:
    """A Chinese word of four characters or more asked that the fact states but for one
    character (办事不出县 of 办事不出区, 医疗行业 of 医药行业)."""
    stated = _stated_text(fact)
    return any(
        t.cjk and len(t.text) >= 4 and one_character_off(t.text, stated) for t in question.terms
    )


def _same_digits(value: Decimal | None, number: str) -> bool:
    """Do three or more significant digits agree (7.06 and 7060000000)?"""

    def digits(text: str) -> str:
        return text.replace(".", "").strip("0")

    said = digits(number)
    return value is not None and len(said) >= 3 and digits(f"{value:f}") == said


def _against(base: FactBase, question: Question, text: str, threshold: Threshold) -> Answer:
    """吉利汽车产量超过10万辆了吗, did GDP exceed 14 billion yuan: the fact that states the
    figure asked about, and whether it clears the number; no verdict when a hedged figure
    leaves it open, and no answer from a figure in other units."""
    answer = _the_rest_meant(base, text, _single(base, question, text))
    if answer.verdict == "no":
        return answer  # 500台是上半年交付的吗: delivered at another time (_dated_otherwise)
    # (money said outright, 元, yuan, 亿: not a bare thousand, guessed to be money)
    unit_said = threshold.dimension != "money" or MONEY_UNIT_SAID.search(threshold.text) is not None
    if (
        answer.reason == "ambiguous"
        and threshold.dimension
        and unit_said
        and len(answer.related) > 1
    ):
        # 吉利超过200亿了吗: of Geely's figures, only its output is in yuan; the unit of the
        # figure said picks it (its vehicles and its pull are other kinds of figure).
        of_its_kind = [
            m.fact
            for m in answer.related
            if m.fact.unit_info is not None
            and _same_kind(threshold.dimension, m.fact.unit_info.dimension)
        ]
        if len(of_its_kind) == 1:
            answer = _answer(base, question, text, "fact", (of_its_kind[0],))
    if answer.reason == "ambiguous" and threshold.relation in ("equals", "within"):
        # 7.06亿是产业扶持资金吗: of the two payments, the one of the figure said is meant.
        # (产业扶持资金是7亿吗: the 7.06亿, rounded.)
        held = [(m.fact, _held_to(m.fact, threshold)) for m in answer.related]
        noun = _counted_noun(text)
        if noun:
            # 新成立了三个中心吗: of the department, the centre and the companies, the one
            # the noun counts by its own name (the centre: 1), whatever the figure said.
            held = [(f, v) for f, v in held if _counts_by_name(f, noun)] or held
        said = [fact for fact, verdict in held if verdict in ("yes", "roughly")]
        # (None that the figure leaves open either; and a figure said to be about so
        # much picks none: 占三成吗 may be of 25% or of 33.1%.)
        about = _ABOUT_HELD.search(threshold.text) is not None
        # (Did the zone promote seven division heads: the words name the one fact whole,
        # the deputies' only in part; the figure picks no other. In English only: a
        # Chinese name of an industry's growth, 医药行业增长, is the firm's claim to hold.)
        said_whole = named_within(base, fold_query(text)).items()
        english = {i for i, names in said_whole if any(name.isascii() for name in names)}
        whole = [fact for fact, _ in held if base.index_of(fact.id) in english]
        if len(whole) == 1 and len(held) > 1:
            answer = _answer(base, question, text, "fact", (whole[0],))
        elif len(said) == 1 and not about and not any(verdict is None for _, verdict in held):
            answer = _answer(base, question, text, "fact", (said[0],))
        elif (
            held
            and not about
            and all(verdict == "no" for _, verdict in held)
            # (7.06 billion of the 7.06亿 payment: its digits in another unit, a slip)
            and not any(_same_digits(f.value, threshold.number) for f, _ in held)
        ):
            # Did the zone promote ten division-level cadres: whichever is meant (正处 1,
            # 副处 7, all 8), none is ten; 否, with the whole they add up to where the report
            # implies one (else left ambiguous: which is meant still matters to the reader).
            ids = {fact.id for fact, _ in held}
            # (the sum the report implies of them all, if one is: 提拔 8 of 正处, 副处)
            whole_of = [f for f in base.facts if _sum_of(f, ids)]
            total = (
                whole_of[0]
                if len(whole_of) == 1 and _held_to(whole_of[0], threshold) == "no"
                else None
            )
            if total is not None:
                answer = _answer(base, question, text, "fact", (total,))
    if not answer.answered or answer.kind != "fact":
        return answer
    fact = answer.facts[0]
    if threshold.relation in ("equals", "within") and _misses_a_word(base, question, text, fact):
        leveled = _another_level(base, text, question, answer, held=True)
        if leveled is not None and leveled.verdict == "no":
            return leveled  # 那7项是国家考核指标吗: the word missed is another level's (省)
        # 医药行业产值增长了25.35%吗: with the figure said set aside, every word asked must
        # name the fact (the emerging industries' growth is no pharmaceutical industry's).
        subject = _subject_scores(base, question, text)
        named = [s for s in subject if s.position == base.index_of(fact.id)]
        return _declined(base, question, text, named, "unstated-measure")
    unit = fact.unit_info
    if unit is None or fact.value is None:
        return answer._replace(threshold=threshold.text)
    if {threshold.dimension, unit.dimension} == {PERCENT, POINTS} and Decimal(
        threshold.number
    ).scaleb(threshold.exponent) == fact.value:
        # 白象拉动食品行业增长17.77%了吗, of 17.77 points: the figure, its unit written
        # otherwise (as people often write it); given, with no 是 for the unit said.
        return answer._replace(threshold=threshold.text)
    if threshold.dimension is not None and not _same_kind(threshold.dimension, unit.dimension):
        subject = _subject_scores(base, question, text)
        source = _input_of_the_kind_claimed(base, subject, fact, threshold)
        if source is not None:
            # Were the national little giants half the city's total: the city's count is
            # inferred from the share of it (a per cent, as claimed), which is held.
            fact = source
            answer = _answer(base, question, text, "fact", (fact,))
            unit = fact.unit_info
        else:
            named = [s for s in subject if s.position == base.index_of(fact.id)]
            return _declined(base, question, text, named, "unstated-measure")
    if unit is None or fact.value is None:
        return answer._replace(threshold=threshold.text)
    verdict, floor_read = _held_verdict(fact, threshold)
    if verdict == "no" and _unit_left_out(threshold):
        # 是14.3吗 of 143亿元: the unit left out may be another (14.3 billion yuan), so no
        # 否; the figure in units (111500 of 11.15万辆), or a share as a fraction (0.85 of
        # 85%), is 是. (高新技术企业是170吗: a count has no other unit; 否 stands.)
        number = Decimal(threshold.number)
        if unit.dimension == PERCENT and number < 1:
            otherwise: bool | None = number * 100 == fact.value
        elif unit.exponent != 0:
            otherwise = number == base_amount(fact.value, unit)
        else:
            otherwise = None
        if otherwise is not None:
            verdict = ("no" if threshold.negated else "yes") if otherwise else None
    period = question.period
    longer = period is not None and (period.whole_year or period.start != period.end)
    if "-" in fact.period and longer and fact.measure in ("share", "rank"):
        # 2022年停工企业占比85%吗, 上半年排名垫底吗: April's share or standing is no
        # year's or half's (the report says nothing of them).
        verdict, floor_read = None, False
    return answer._replace(verdict=verdict, threshold=threshold.text, floor_read=floor_read)


def _misses_a_word(
    base: FactBase, question: Question, text: str, fact: Fact, known: bool = False
) -> bool:
    """Does a word of the subject the base holds nowhere only touch the fact (医药行业产值,
    partly matched by 产值)? _covers lets one pass; with the figure said set aside, it is
    what is asked about. With `known`, a word the fact does not say, or says only by its
    sound (华为 for 华卫: no premise confirmed), too. A firm named is not counted:
    _firm_unsupported weighs it."""
    position = base.index_of(fact.id)
    scored = [s for s in _subject_scores(base, question, text) if s.position == position]
    if not scored:
        return False
    firms = _firms_named(base, question.text)
    return any(
        (
            (h.unknown and h.score < (UNKNOWN_MENTION if known else NAMED))
            or (
                known
                and (
                    h.score < TERM_FLOOR
                    # (pinyin typed as the fact's own words read, jili of 吉利, says
                    # them; characters that only sound alike, 华为 of 华卫, do not)
                    or (h.field == PINYIN and not _spelt_by(h.term, fact))
                )
            )
        )
        and h.term not in firms
        for h in scored[0].hits
    )


def _held_to(fact: Fact, threshold: Threshold) -> Verdict:
    """The fact's verdict against the number, None for a fact of no figure or another
    kind of unit."""
    unit = fact.unit_info
    if unit is None or fact.value is None:
        return None
    if threshold.dimension is not None and not _same_kind(threshold.dimension, unit.dimension):
        return None
    return _clears(fact, threshold)[0]


def _same_kind(asked: str, stated: str) -> bool:
    """Units of one dimension; a count of any things is a count (200个 of firms in 户)."""
    return asked == stated or (asked == "count" and stated in COUNTS)


def _clears(fact: Fact, threshold: Threshold) -> tuple[Verdict, bool]:
    """Does the fact's figure clear the number? A floor (突破224亿) clears what it is
    above, and, read to its last digit (under 225亿), not what is above that; a value
    near (近) or about (约) the number leaves it open. Also whether the verdict rests on
    that reading of the floor (a number at or above the floor's figure)."""
    assert fact.value is not None and fact.unit_info is not None
    value = base_amount(fact.value, fact.unit_info)
    number = threshold.amount()
    if threshold.as_written and fact.value and number > 0:
        # 是三位数, 超过140: in the fact's unit (100亿元, 140亿元); a bare number nearer the
        # figure in full (超过100000 of 11.15万辆, over 14000000000 of 143亿元) is in full.
        in_unit = number * value / fact.value
        # (Decimal's ln: no float to overflow or reach 0 on a figure of 1e-400)
        if abs((in_unit / value).ln()) <= abs((number / value).ln()):
            number = in_unit
    if fact.unit_info.dimension == PERCENT and threshold.dimension is None and 0 < number < 1:
        number *= 100  # 停产比例超过0.9吗: a share said as a fraction, 90%
    report_coarser = False
    if threshold.relation == "equals":
        # 是143.2亿吗 of the report's 143亿: figures written to different digits agree
        # within the coarser one's last digit.
        places = fact.value.as_tuple().exponent
        stated_step = Decimal(1).scaleb(fact.unit_info.exponent + int(places))
        if stated_step > Decimal(threshold.spread or "0"):
            threshold = threshold._replace(spread=str(stated_step))
            report_coarser = fact.approximate is None
    low = high = value
    if fact.approximate == "over":
        high = _under(fact)
    elif fact.approximate == "nearly":
        low = value * Decimal("0.9")
    elif fact.approximate == "about":
        low, high = value * Decimal("0.9"), value * Decimal("1.1")
    cleared = threshold.cleared(low, high, number)
    if report_coarser and value != number:
        # The report's figure is the rounded one (143亿): the figure claimed is within its
        # half unit (142.5亿 rounds to it) or another (143.5亿 would be 144亿).
        half = Decimal(threshold.spread) / 2
        cleared = None if value - half <= number < value + half else False
    floor_read = cleared is not None and fact.approximate == "over" and number >= value
    if fact.approximate == "over" and number == value and threshold.relation == "above":
        cleared, floor_read = True, False  # 突破224亿了吗 of 突破224亿: the floor, passed
    verdict: Verdict = None if cleared is None else "yes" if cleared else "no"
    if cleared is None and threshold.relation == "equals" and fact.approximate is None:
        # 是143.2亿吗 of 143亿: the same figure, written to other digits; not a round figure
        # far off it (2 billion of 1.7 billion is no 1.7 rounded: 否, as 20亿 is).
        near = abs(number - value) <= abs(value) * ROUGHLY_WITHIN
        verdict = "roughly" if near else "no"
    return verdict, floor_read


# How near a figure written to other digits must be to the report's to be it, roughly.
ROUGHLY_WITHIN = Decimal("0.05")


def _input_of_the_kind_claimed(
    base: FactBase, subject: list[Scored], fact: Fact, threshold: Threshold
) -> Fact | None:
    """A derived fact's one input the words also name that states a figure of the kind
    held, or None: the city's national little giants (10) are inferred from the zone's 5
    and their share of the city's (50%), which half the city's total claims."""
    named = {s.position for s in subject}
    inputs = [i for i in map(base.index_of, fact.inputs) if i is not None and i in named]
    of_the_kind = [
        other
        for other in map(base.fact, inputs)
        if other.unit_info is not None
        and _same_kind(threshold.dimension or "", other.unit_info.dimension)
    ]
    return of_the_kind[0] if len(of_the_kind) == 1 else None


def _among(base: FactBase, question: Question, text: str) -> Answer:
    """专精特新企业、省级小巨人、国家级小巨人，哪一类最多: each thing named with the measure
    asked (or its own), ranked by amount. A thing the report gives no figure for declines
    the question, naming it: the missing one might be the largest. A thing two facts
    answer (两笔产业扶持资金: two payments) brings both."""
    inherited = question.measure if question.measure != "gdp" else None
    folded = fold_query(text)
    owners = question.item_measures.count(question.measure)
    said = max((folded.count(w) for w in question.measure_words if w), default=0)
    if question.measure in question.item_measures and said <= owners:
        # 留抵退税、吉利产值、GDP哪个最大: the measure is one thing's own (吉利产值), not
        # asked of the others (the refunds are no output value); said again outside the
        # list (吉利产值、白象、华卫哪个产值最大), it is asked of all.
        inherited = None
    # What was added, said of one thing listed (newly approved SRDI SMEs), is said of that
    # one: the others are asked as they are (provincial little giants, a level reached).
    added = [says_added(" ".join(t.text for t in terms)) for terms in question.items]
    # The things are named: no class of them (哪个 … 企业) constrains them.
    askings = [
        question._replace(
            measure=named or inherited,
            subject=terms,
            about_enterprise=False,
            added=question.added and (added[index] or not any(added)),
        )
        for index, (terms, named) in enumerate(
            zip(question.items, question.item_measures, strict=True)
        )
    ]
    pools = [_pool(base, asked, text, asked.subject) for asked in askings]
    # A fact another thing listed finds first is that thing's, never one's tie (the
    # scheme's department, centre and companies: each found by its own part).
    firsts = {pool[0].position for pool in pools if pool}
    chosen: list[Scored] = []
    for asked, pool, named in zip(askings, pools, question.item_measures, strict=True):
        terms = asked.subject
        taken = {s.position for s in chosen}
        rivals = [
            s
            for s in pool[1:]
            if s.position not in taken and _fully_named(s) and s.score >= pool[0].score
        ]
        if (
            chosen
            and pool
            and pool[0].position == chosen[-1].position
            and _fully_named(pool[0])
            and not rivals
        ):
            # The money for chain leaders and backbone firms: a thing named after the one
            # before it, every word of it, by the fact that one chose (and no other: the
            # relief funds are the refunds' words too), is that one thing.
            continue
        found = [s for s in pool if s.position not in taken]
        if not found and chosen and asked.measure is not None and named is None:
            # Only inherited: any figure in the others' units will do.
            loose = _pool(base, asked._replace(measure=None), text, terms)
            dimension = chosen[0].row.dimension
            found = [s for s in loose if s.position not in taken and s.row.dimension == dimension]
        if not found:
            named_scores = _subject_scores(base, asked._replace(measure=None), text)
            mentioned = [s for s in named_scores if _mentions(s)]
            reason: Reason = "unstated-measure" if mentioned else "no-match"
            return _declined(base, asked, text, [*chosen, *mentioned], reason)
        if chosen:  # like with like: a count against counts, not a share
            found.sort(key=lambda s: s.row.measure != chosen[0].row.measure)
        equal = [
            s
            for s in found[1:]
            if _rivals(found[0], s)
            and s.row.measure == found[0].row.measure
            and s.position not in firsts
        ]
        chosen += _total_of(base, [found[0], *equal])
    if question.each_of_several:
        # 省级、国家级小巨人和专精特新企业分别有几家: each one's figure, in the order
        # asked; which is largest was not asked.
        facts = tuple(base.fact(s.position) for s in chosen)
        return _answer(base, question, text, "list", facts, tuple(_match(base, s) for s in chosen))
    # (甲、乙、丙谁最少, which was smaller: A or B: the least first)
    # (a most asked stands: 哪个最大？较小的不用管)
    lowest = question.operator == "min" or (question.asks_less and question.operator != "max")
    ranked = by_amount(base, [s.position for s in chosen], lowest=lowest)
    if len(ranked) < len(chosen):
        return _declined(base, question, text, chosen, "ambiguous")
    facts = tuple(base.fact(i) for i in ranked)
    kind: AnswerKind = "min" if lowest else "max"
    related = tuple(_match(base, s) for s in chosen)
    place = question.place
    if place > len(facts):
        # 甲和乙里第三多的: fewer things named than the place asked.
        return _short_of_place(base, question, text, chosen)
    # Settled: the fact at the place asked stands apart from its neighbours (the top
    # from the runner-up; the second from the first and the third).
    neighbours = [
        (facts[i], facts[i + 1]) for i in (place - 2, place - 1) if 0 <= i < len(facts) - 1
    ]
    settled = all(_surely_larger(*((b, a) if kind == "min" else (a, b))) for a, b in neighbours)
    answer = _answer(base, question, text, kind, facts, related, settled=settled, among=True)
    return _at_place(base, question, text, answer, chosen)


def _summed(base: FactBase, question: Question, text: str) -> Answer:
    """正处和副处加起来, 省级和国家级小巨人一共多少家: one fact per side, answered by the
    sum the report infers of them; a sum it does not infer is not stated (the curator
    alone knows whether one counts the other), and the parts are listed. Three things or
    more (省级、国家级小巨人和获批的专精特新企业合计) are added up the same way, each its own
    fact."""
    if len(question.items) >= 3:
        return _summed_items(base, question, text)
    one = _one_figure_of_all(base, question, text)
    if one is not None:
        return one
    pair = question.sides[:2]
    parts: list[Scored] = []
    for index, side in enumerate(pair):
        found = _pool(base, question, text, side)
        if parallel_level(side, pair[1 - index]):
            found = _borrowed(base, question, text, side, pair[1 - index]) or found
        other = pair[1 - index]
        if _narrowed_by(question, side, other):
            # division and deputy-division combined: the side the other only narrows is
            # the rest of it (division heads), never the other side's own fact.
            found = _rest_of(found, _pool(base, question, text, other))
        rivals = [s for s in found[1:] if s.score >= found[0].score] if found else []
        if (
            found
            and parts
            and found[0].position == parts[0].position
            and not rivals
            and all(h.score >= NAMED for h in found[0].hits)
        ):
            # 支持链主和存量骨干企业的扶持款一共拨了多少: both sides name one fact (the
            # funds for the chain leaders and the backbone firms), which is the total asked;
            # not where another names the side as well (the relief money: the refunds, or
            # the relief payment).
            return _single(base, question._replace(sides=()), text)
        if not found and parts:
            # 甲醇重卡和甲醇轿车一共交付了多少辆: a thing with no figure of its own leaves the
            # sum unstated, whatever the other's.
            break
        # (甲醇轿车, partly matching the trucks delivered: no fact of its own)
        weakly = bool(found) and not all(h.score >= NAMED for h in found[0].hits)
        found = [s for s in found if s.position not in {p.position for p in parts}]
        if not found and weakly:
            break
        if not found:
            return _single(base, question._replace(sides=()), text)
        parts.append(found[0])
    if len(parts) < len(pair):
        about = question._replace(measure="total", subject=question.terms)
        said = _added_up(text, question, pair)
        return _declined(
            base, about, text, parts, "unstated-measure", every=True, subject_said=said
        )
    total = sum_of(base, {s.position for s in parts})
    if total is not None:
        return _answer(base, question, text, "fact", (base.fact(total),))
    about = question._replace(measure="total", subject=question.terms)
    return _declined(
        base,
        about,
        text,
        parts,
        "unstated-measure",
        every=True,
        subject_said=_added_up(text, question, pair),
    )


def _added_up(text: str, question: Question, things: Sequence[list[Term]]) -> str:
    """The things a Chinese question adds up, as it writes them (副处和轮岗干部, 留抵退税、
    纾困资金和产业扶持资金): from the first thing's first word to the last's last, and the
    measure word right after it; "" for English (its words as asked)."""
    words = [t for thing in things for t in thing if not t.optional]
    if len(things) < 2 or not words or question.english:
        return ""
    folded = fold_query(text)
    start = folded.find(words[0].text)
    end = folded.rfind(words[-1].text)
    if start < 0 or end < start:
        return ""
    end += len(words[-1].text)
    after = next(
        (
            w
            for w in question.measure_words
            if w and folded.startswith(w, end) and not w.startswith(("总", "合"))
        ),
        "",
    )
    written = text if len(text) == len(folded) else folded
    return written[start : end + len(after)].strip()


def _summed_items(base: FactBase, question: Question, text: str) -> Answer:
    """Three things or more added up: each thing's best fact, none twice; their sum as the
    report infers it, or declined as not stated, the parts found listed."""
    pools = [_pool(base, question, text, item) for item in question.items]
    if all(pools) and len({pool[0].position for pool in pools}) == 1:
        # 给链主、增量项目和存量骨干企业的扶持资金一共多少: each names the one fact (the
        # funds for all of them), which is the total asked.
        return _single(base, question._replace(sides=(), items=()), text)
    parts: list[Scored] = []
    for pool in pools:
        found = [s for s in pool if s.position not in {p.position for p in parts}]
        if found:
            parts.append(found[0])
    total = sum_of(base, {s.position for s in parts}) if len(parts) == len(pools) else None
    if total is not None:
        return _answer(base, question, text, "fact", (base.fact(total),))
    # (甲醇重卡、甲醇轿车和吉利整车产量合计: a thing with no figure of its own leaves the
    # sum unstated, whatever the others')
    about = question._replace(measure="total", subject=question.terms)
    said = _added_up(text, question, question.items)
    return _declined(base, about, text, parts, "unstated-measure", every=True, subject_said=said)


def _sum_held(base: FactBase, question: Question, text: str, threshold: Threshold) -> Answer:
    """正处和副处加起来8人吗: the sum the report infers of the two, held to the number
    (never one of its parts, 7 of them deputies: 否 would deny a true sum); declined as
    _summed declines a sum it does not infer."""
    summed = _summed(base, question._replace(threshold=None), text)
    if not summed.answered or summed.kind != "fact":
        return summed
    fact = summed.facts[0]
    unheld = question._replace(threshold=None)
    if not fact.is_derived and not _names_every_side(base, unheld, text, fact):
        # 正处和副处和轮岗加起来: a part answered, no sum the report infers (never 否 from it);
        # unless one figure is of them all (四上企业加上建筑工地停工的: the 85% of both).
        about = question._replace(measure="total", subject=question.terms)
        return _declined(base, about, text, [], "unstated-measure")
    if _held_to(fact, threshold) is None:
        return summed._replace(threshold=threshold.text)
    verdict, floor_read = _held_verdict(fact, threshold)
    return summed._replace(verdict=verdict, threshold=threshold.text, floor_read=floor_read)


def _adds_the_sides(base: FactBase, question: Question, text: str, fact: Fact) -> bool:
    """Is the fact the sum the report implies of just the things added up, each side
    naming one of its parts best (正处加副处: the 8 promoted; not 提拔加轮岗, whose
    rotations the 8 leave out)?"""
    if not fact.is_derived or len(question.sides) < 2:
        return False
    parts = set()
    for side in question.sides:
        best = max(_side_scores(base, question, text, side), key=lambda s: s.score, default=None)
        if best is None or base.fact(best.position).id not in fact.inputs:
            return False
        parts.add(base.fact(best.position).id)
    return parts == set(fact.inputs)


def _side_scores(base: FactBase, question: Question, text: str, side: list[Term]) -> list[Scored]:
    """The facts scored for one of the things a question adds up, alone."""
    return _subject_scores(base, question._replace(subject=side, sides=()), text)


def _names_every_side(base: FactBase, question: Question, text: str, fact: Fact) -> bool:
    """Is the fact the one each thing added up names best, every word of it hitting the
    fact's names (one figure of them all: the 85% of 四上企业 and 建筑工地 together; never
    the deputies' 7 for 正处 and 副处)?"""
    if not question.sides or any(
        fact.id in other.inputs and not is_a_rest(other) for other in base.facts
    ):
        return False  # (a part of a sum the report infers is no figure of all the parts)
    for side in question.sides:
        scored = _side_scores(base, question, text, side)
        best = max(scored, key=lambda s: s.score, default=None)
        if best is None or base.fact(best.position) is not fact:
            return False
        if not all(h.score >= NAMED for h in best.hits):
            return False
        if any(s is not best and s.score >= best.score - _NAMED_BETTER for s in scored):
            return False  # (the relief money: the refunds' tax relief, or the relief payment)
    return _joined_in(fact.quote or "", question.sides)


# A joiner between two things a sentence counts together (“四上”企业和建筑工地).
_COUNTED_TOGETHER = re.compile(r"[^，,。；;]{0,4}?[和及与、][^，,。；;]{0,2}?")


def _joined_in(quote: str, sides: Sequence[list[Term]]) -> bool:
    """Does the sentence name the things added up together, joined by 和, 及 or 、 (the
    85% of “四上”企业和建筑工地; not 园区服务中心主任担任管委会主任助理, one group of
    people named twice)?"""
    if len(sides) < 2:
        return False
    at = [_bigrams_at(quote, side) for side in sides[:2]]
    return any(
        _COUNTED_TOGETHER.fullmatch(quote[a + 2 : b]) is not None
        for one, other in (at, at[::-1])
        for a in one
        for b in other
        if a + 2 <= b
    )


def _bigrams_at(quote: str, side: list[Term]) -> set[int]:
    """Where the side's words' pairs of characters stand in the sentence."""
    return {
        m.start()
        for term in side
        if term.cjk
        for j in range(len(term.text) - 1)
        for m in re.finditer(re.escape(term.text[j : j + 2]), quote)
    }


def _one_figure_of_all(base: FactBase, question: Question, text: str) -> Answer | None:
    """四上企业加上建筑工地停工的占比: one figure the report gives of all the things added
    up, read as the question without its sum; None where there is none."""
    whole = _single(base, question._replace(sides=(), total=False), text)
    if not whole.answered or whole.kind != "fact" or whole.facts[0].is_derived:
        return None
    return whole if _names_every_side(base, question, text, whole.facts[0]) else None


def _holds_a_figure(answer: Answer) -> bool:
    """Is the answer a figure (a claim of a number can be held to it)?"""
    return answer.answered and answer.kind == "fact" and answer.facts[0].value is not None


def _unit_left_out(threshold: Threshold | None) -> bool:
    """高新技术企业是171吗, is the number of high-tech firms 171: a number said without a unit,
    held to the figure as the report writes it (question.py's bare claim)."""
    return (
        threshold is not None
        and threshold.relation == "equals"
        and threshold.as_written
        and threshold.dimension is None
    )


def _held_verdict(fact: Fact, threshold: Threshold) -> tuple[Verdict, bool]:
    """The fact held to the number (_clears), turned for a question asked in the negative
    (没超过200亿吗: 否, it did)."""
    verdict, floor_read = _clears(fact, threshold)
    if verdict == "yes" and _its_digits_scaled_otherwise(fact, threshold):
        # GDP reached 143 million yuan, refunds hit 17 million: the fact's own digits in
        # another unit, a figure claimed with its unit mistaken, not a floor cleared by far.
        verdict, floor_read = "no", False
    if threshold.negated and verdict in ("yes", "no"):
        verdict = "no" if verdict == "yes" else "yes"
    return verdict, floor_read


_REACHED_SAID = LazyPattern(r"\breach|\bhit\b|达到|达", hints=("reach", "hit", "达"))


def _its_digits_scaled_otherwise(fact: Fact, threshold: Threshold) -> bool:
    """Is a figure said reached (reached, hit, 达到) the fact's own figure's digits at a
    scale ten times or more off (143 million of 143亿, 11,150 of 11.15万辆)? (Over or at
    least so much stays a floor, cleared: GDP超过143万 is so.)"""
    if threshold.relation not in ("at-least", "reached") or fact.value is None:
        return False
    if _REACHED_SAID.search(threshold.text) is None:
        return False
    unit = fact.unit_info
    if unit is None or threshold.dimension not in (None, unit.dimension):
        return False
    held, stated = threshold.amount(), base_amount(fact.value, unit)
    if not held or not stated or stated < held * 10:
        return False

    def digits(number: Decimal) -> str:
        return f"{number.normalize():f}".replace(".", "").strip("0")

    return digits(held) == digits(stated)


def _ordered(base: FactBase, question: Question, text: str) -> Answer:
    """甲醇重卡先下线还是先集中交付, which came first: each side's fact (an event is dated
    as a figure is), in the question's order, and which the base dates earlier. Months
    tell; one month, or a year only, leaves the order open (the facts still given)."""
    question = question._replace(measure=None, wants_number=False)
    chosen: list[Scored] = []
    for side in question.sides[:2]:
        scored = score_facts(base, question, text, terms=side, min_score=NEAR_MISS)
        taken = {s.position for s in chosen}
        found = [s for s in scored if _covers(s) and s.position not in taken]
        if not found:
            named = [s for s in scored if _mentions(s)]
            reason: Reason = "unstated-measure" if named else "no-match"
            return _declined(base, question, text, named, reason)
        if len(found) > 1 and found[1].score >= found[0].score:
            return _declined(base, question, text, found[:2], "ambiguous")  # two as likely
        chosen.append(found[0])
    first, second = (base.fact(s.position) for s in chosen)
    earlier = _earlier(first.period, second.period)
    related = tuple(Match(base.fact(s.position), s.score, s.field) for s in chosen)
    if question.order_claimed:
        # 交付是在下线之后吗: 是 where the first came as claimed, 否 where the other way, and
        # open in one month or a year without months.
        answered = _answer(base, question, text, "order", (first, second), related)
        held = {"first": "earlier", "second": "later"}.get(earlier or "")
        verdict: Verdict = None if held is None else "yes" if held == question.order else "no"
        return answered._replace(earlier=earlier, verdict=verdict)
    if (earlier, question.order) in (("second", "earlier"), ("first", "later")):
        # The one asked for (which came first, or last) leads, as a comparison's winner.
        first, second = second, first
        earlier = "first" if earlier == "second" else "second"
    answered = _answer(base, question, text, "order", (first, second), related)
    return answered._replace(earlier=earlier)


def _earlier(first: str, second: str) -> Earlier:
    """Of two periods (2022-06, 2022-12, 2022), which is earlier: by month where both
    give one ("same" for one month), else by year; None in one year without its months.
    (A span of months, 2022-04..2022-06, is read by its year.)"""
    if all(re.fullmatch(r"\d{4}-\d{2}", p) for p in (first, second)):
        return "first" if first < second else "second" if second < first else "same"
    years = first[:4], second[:4]
    return "first" if years[0] < years[1] else "second" if years[1] < years[0] else None


# Three things, one compared with the other two (比 with 和 beside it; than with and).
_SUM_COMPARED = LazyPattern(
    r"比[^，,。？?]*(?:和|与|跟|及|、)|(?:和|与|跟|及|、)[^，,。？?]*比"
    r"|\bthan\b.*\b(?:and|plus)\b|\b(?:and|plus)\b.*\bthan\b",
    hints=("比", "than"),
)


_BODIES_COUNTED = COUNTS - {VEHICLES}  # (firms, projects, people: not things made)
# A number, a count or a figure compared as such (哪个数字大, which number is larger).
_NUMBERS_COMPARED = LazyPattern(
    r"数字|数量|数目|个数|哪个数|\b(?:number|numbers|figure|figures|count|counts)\b",
    hints=("数", "number", "figure", "count"),
)


def _side_basis(side: list[Term]) -> str:
    """The basis of a share a comparison's side names: "value" where a word of output says
    it, "number" where the side is only the firms or their count (their share of firms;
    the share of big firms names whose share, not its basis), else ""."""
    words = {t.text for t in side}
    if words & _OUTPUT_WORDS:
        return "value"
    return "number" if words and words <= _COUNTED_FIRM_WORDS else ""


_OUTPUT_WORDS = frozenset({"output", "产值", "value", "总产值"})
_COUNTED_FIRM_WORDS = frozenset(
    {*vocab.FIRM_WORDS, "户数", "家数", "企业数", "number", "count", "firms", "enterprises"}
)


def _compare(base: FactBase, question: Question, text: str) -> Answer:
    """白象食品和华卫药业谁拉动得多: one fact per side, compared by value. A side the
    report states nothing for declines the question, naming that side. A side that
    several facts answer equally (产业扶持资金: two payments) is answered only when the
    other side is larger, or smaller, than every one of them; otherwise it is ambiguous."""
    held = question.threshold
    ahead_first = len(question.sides) >= 2 and not _names_gdp(question.sides[0])
    if (
        held is not None
        and held.dimension == POINTS
        and question.measure == "growth-rate"
        and ahead_first
    ):
        # 战新产业增速是不是比GDP高60.7个百分点: a gap in points held, where the report
        # states that gap, is held against it (never only which rate is higher).
        gap = _against(
            base, question._replace(measure="growth-gap", operator="", sides=()), text, held
        )
        if gap.answered:
            return gap
    if question.measure == "growth-gap" or (
        question.difference and question.measure == "growth-rate"
    ):
        # 战新产业增速比GDP高出多少: how far one rate is ahead of another, where the
        # report states it, is that gap (not two rates, one of them inferred).
        gap = _single(base, question._replace(measure="growth-gap", operator="", sides=()), text)
        if gap.answered:
            return gap
    pair = _placed_sides(question.sides[:2])
    # A side that names no measure of its own has the question's (吉利的产值比白象多吗:
    # Baixiang's output value), unless that is GDP, a figure of its own (留抵退税比GDP多吗
    # does not ask for the GDP of tax refunds).
    stated = question.side_measures or (None, None)
    inherited = question.measure if question.measure != "gdp" else None
    asked = [question._replace(measure=m or inherited) for m in stated]
    own = [_pool(base, asked[i], text, side) for i, side in enumerate(pair)]
    if held is not None and held.relation == "equals" and question.gap_claimed is None:
        # 留抵退税比7.06亿的扶持资金多吗: a figure said of a side, right before its words,
        # names which of its facts is meant (the 7.06亿 payment, not the 1.11亿), and is no
        # claim of its own. (Said of a side no fact of which states it, 扶持资金比7.06亿的
        # 留抵退税多吗, it stays a claim.)
        at = _side_figured(fold_query(text), held, pair)
        if at is not None:
            figured = [s for s in own[at] if _held_to(base.fact(s.position), held) == "yes"]
            if 0 < len(figured) < len(own[at]):
                own[at] = figured
                question = question._replace(threshold=None)
                held = None
    bases = [_side_basis(side) for side in pair]
    ordered = bases_in_order(fold_query(text)) if question.measure == "share" else None
    if ordered is not None and not (all(bases) and bases[0] != bases[1]):
        # 产值占比是数量占比的几倍: each side's basis as said, in order, where the words a
        # side borrows from the other (亿元以上企业产值) leave it unsaid.
        bases = list(ordered)
    if question.measure == "share" and all(bases) and bases[0] != bases[1]:
        # The output share of big firms against their share of firms: each side's share on
        # the basis its words name (output, 产值: of value; the firms alone: of how many),
        # of the thing both sides name where they name one (their: the big firms).
        both = {s.position for s in own[0]} & {s.position for s in own[1]}
        for i in range(2):
            on = [s for s in own[i] if on_basis(base, s, bases[i])]
            own[i] = [s for s in on if s.position in both] or on or own[i]
    for narrow in (i for i in range(2) if _narrowed_by(question, pair[i], pair[1 - i])):
        if not own[1 - narrow]:
            continue
        wide_order = [t.text for t in pair[1 - narrow]]
        added = [w for w in wide_order if w not in {t.text for t in pair[narrow]}]
        if all(w in vocab.PLACES for w in added):
            continue  # in the city, than in the zone: one thing in two places
        if wide_order[: len(added)] != added:
            # Output share against share: the added word is no modifier of the same thing
            # (deputy division) but another head; which fact is which is not told.
            return _declined(base, question, text, own[1 - narrow][:2], "ambiguous")
        # Deputy division against division: division is the rest of it (division heads),
        # never the deputies the other side names.
        rest = _rest_of(own[narrow], own[1 - narrow])
        if rest and not _added_words_tell(own[1 - narrow], own[narrow], rest[0]):
            best = own[1 - narrow][0]
            return _declined(base, question, text, [best, rest[0]], "ambiguous")
        own[narrow] = rest
    if not own[0] and not own[1]:
        # Sides that are no facts' names may still pick among the facts named.
        extreme = _extreme(base, question, text)
        if extreme.answered:
            return extreme
    sides: list[list[Scored]] = []  # each side's fact, or the facts that answer it equally
    for index, side in enumerate(pair):
        if _read(base, joined(side)).class_threshold not in ("", _CLASS_YUAN):
            # 十亿元以上企业和亿元以上企业谁多: a class of firms over a bar the report never
            # counts by (it counts those over 100 million yuan), answered by no other class.
            about = asked[index]._replace(subject=side)
            return _declined(base, about, text, own[1 - index][:1], "unstated-measure")
        # Never the fact the other side names by itself: 省级 borrows 小巨人 from
        # 国家级小巨人, but GDP does not become 战略性新兴产业 by borrowing its words.
        taken = {s.position for facts in sides for s in facts}
        if not sides:  # once the other side has chosen, only what it chose is taken
            taken |= {s.position for s in own[1 - index][:1]}
        found = [s for s in own[index] if s.position not in taken]
        if not own[index] or parallel_level(side, pair[1 - index]):
            borrowed = _borrowed(base, asked[index], text, side, pair[1 - index])
            found = [s for s in borrowed if s.position not in taken] or found
        other = (sides[0] if sides else own[1 - index])[:1]
        amounts = vocab.LEVEL_MEASURES | {"count"}
        if not found and stated[index] is None and asked[index].measure in amounts and other:
            # It only inherited the measure: any fact of it in the other side's units will
            # do (吉利汽车产量和甲醇重卡交付量: 11.15万辆 built, 500台 delivered); never for a
            # share or a rate, whose figures are of something else (a growth rate is no share).
            loose = _pool(base, question._replace(measure=None), text, side)
            found = [
                s
                for s in loose
                if s.position not in taken and s.row.dimension == other[0].row.dimension
            ]
        named = [s for s in found if not topic_names_another(base, question, s)]
        if found and not named:
            # 规上企业和四上企业各多少家: 四上企业 names the shutdown share, which counts none
            # of them; every count near its words (亿元以上企业) is of other firms.
            about = asked[index]._replace(subject=side)
            return _declined(base, about, text, found[:1], "unstated-measure")
        if len(named) < len(found):
            # 四上企业和高企谁多: the share its words name, before the counts only near them.
            found = named
        if other and asked[index].measure is None:
            # Like with like: of the facts a side names, those of the other side's measure
            # first (more provincial little giants than national ones: a count, not a share).
            found.sort(key=lambda s: s.row.measure != other[0].row.measure)
        if found:
            # 省级和国家级的小巨人: the zone's stated 5, not the city's 10 inferred from it.
            stated_one = _stated_first(found)
            found = [stated_one, *(s for s in found if s is not stated_one)]
        about = asked[index]._replace(subject=side)
        if not found:
            # The other side is in the report; this one is not, or not with this measure.
            unmeasured = about._replace(measure=None)
            named = _subject_scores(base, unmeasured, text)
            mentioned = [s for s in named if _mentions(s)]
            mentioned = mentioned or _mentioned_elsewhere(base, unmeasured, text)
            # (市级小巨人比省级小巨人多吗: a level of a thing the report states at another)
            leveled = _at_another_level(side, pair[1 - index])
            reason: Reason = "unstated-measure" if mentioned or leveled else "no-match"
            chosen = [facts[0] for facts in sides] if sides else own[1 - index][:1]
            return _declined(base, about, text, [*chosen, *mentioned], reason)
        if not _placed_side_named(side, base.fact(found[0].position)):
            # 全市高新技术企业比开发区多吗: the city's only count (its little giants) is no
            # count of its high-tech firms, which the report does not give.
            return _declined(base, about, text, found[:1], "unstated-measure")
        equal = [
            s for s in found[1:] if _rivals(found[0], s) and s.row.measure == found[0].row.measure
        ]
        named_whole = _side_named_whole(base, side, [found[0], *equal])
        if named_whole is not None:
            # (high-tech firms against SRDI enterprises: the 87 that name is, as asked alone,
            # not the 31 approved, which say more)
            equal, found = [], [named_whole]
        sides.append(_total_of(base, [found[0], *equal]))
    every = [s for facts in sides for s in facts]
    if (
        question.measure is None
        and not any(question.side_measures)
        and len(sides) == 2
        and (
            all(s.row.measure == "share" for s in every)
            or len({s.row.dimension in (PERCENT, POINTS) for s in every}) > 1
        )
    ):
        # 规上企业和四上企业谁多: which has more firms, where a side has only a share, of
        # another whole (85% of the four-above firms halted, 25% of the above-scale firms
        # over 100 million), or a share against a count: no number of each is compared.
        return _declined(base, question, text, every, "unstated-measure")
    if (
        question.measure is None
        and not any(question.side_measures)
        and all(_a_class_of_firms(base, side) for side in pair)
        and any(s.row.measure != "count" for s in every)
    ):
        # 药企比食品企业多吗, more food companies or drug companies: how many of each, which
        # the report does not count (药企 names Huawei Pharma's pull, no number of firms).
        counted = question._replace(measure="count")
        return _declined(base, counted, text, every, "unstated-measure")
    dimensions = {s.row.dimension for s in every}
    if (
        len(dimensions) > 1
        and not dimensions <= _BODIES_COUNTED
        and question.measure != "count"
        and _NUMBERS_COMPARED.search(fold_query(text)) is None
    ):
        # 吉利比38户企业多吗, Geely's output against the 38 firms': 11.15万辆 built against
        # 38 enterprises, no like for like (the compare command refuses the pair too). Counts
        # of bodies are compared (小巨人比党建联盟多吗), and so are numbers asked (技改项目和
        # 技术中心哪个数字大, which number is larger).
        return _declined(base, question, text, every, "unstated-measure")
    ranked = by_amount(base, [s.position for s in every], lowest=False)
    if len(ranked) < len(every):
        return _declined(base, question, text, every, "ambiguous")
    facts = tuple(base.fact(i) for i in ranked)
    settled = all(_surely_larger(a, b) for a, b in itertools.pairwise(facts))
    related = tuple(_match(base, s) for s in every)
    if question.place > 1:
        # Of the refund and the two support payments, which came second (or second
        # smallest): every fact the sides name, ranked, answered at the place asked.
        if question.place > len(facts):
            return _short_of_place(base, question, text, every)
        if sum(len(side) > 1 for side in sides) != 1:
            # A place among two things is counted only where one of them is several facts
            # (the refund and the two support payments). One fact each (Geely, Huawei and
            # Baixiang … the runner-up, read as two sides), or several on both sides (新成立
            # 的部和中心哪个第二多), and the ranking is not the one asked.
            return _declined(base, question, text, every, "ambiguous")
        kind: AnswerKind = "min" if question.asks_less else "max"
        ranking = _answer(
            base,
            question,
            text,
            kind,
            facts[::-1] if question.asks_less else facts,
            related,
            settled=settled,
            among=True,
        )
        return _at_place(base, question, text, ranking, every)
    several = next((i for i, facts in enumerate(sides) if len(facts) > 1), None)
    if several is not None:
        lone = sides[1 - several]
        gap_asked = bool(question.ratio or question.difference) and not question.claims
        if (
            gap_asked  # how many times as many as the SRDI firms (87, or the 31 approved)
            or len(lone) != 1
            or lone[0].position not in (ranked[0], ranked[-1])
            or not settled
        ):
            about = question._replace(subject=pair[several])
            return _declined(base, about, text, sides[several], "ambiguous")
    if several is not None and question.asks_less and not question.claims and not question.total:
        # Of the refund and the two support payments, which is the least: the least of
        # them all answers, the others after it (the largest first would answer "most").
        return _answer(
            base, question, text, "min", facts[::-1], related, settled=settled, among=True
        )
    if several is not None:  # one side against several facts: all of them, largest first
        answer = _answer(base, question, text, "compare", facts, related, settled=settled)
        if question.claims and question.threshold is None and question.gap_claimed is None:
            # More high-tech enterprises than specialised ones (87, or the 31 approved):
            # more than every one of them, or fewer, settles the claim.
            lone_first = several == 1
            first_more = (sides[1 - several][0].position == ranked[0]) == lone_first
            answer = answer._replace(verdict=_claim_of_way(question, facts, first_more))
        return answer
    # One fact a side, with which of them is larger: the larger first for "which is
    # larger", the smaller for "which is smaller" (哪个少); in the question's order for "is
    # A larger than B" (国家级比省级多吗: 前者少于后者).
    order = (
        [facts[0].position for facts in sides]
        if question.versus
        else ranked[::-1]
        if question.asks_less
        else ranked
    )
    first, second = (base.fact(position) for position in order)
    larger: Larger = None
    if settled:
        same = _same_amount(first, second)
        larger = "same" if same else ("first" if order[0] == ranked[0] else "second")
    answer = _answer(
        base, question, text, "compare", (first, second), related, settled=settled, larger=larger
    )
    if question.relative and not question.claims and first.measure not in _RATES:
        # 省级小巨人比国家级多百分之多少: the excess as a per cent of the second, from the
        # ratio (a gap of rates in per cent is read as points, below).
        gapped = _with_gap(base, answer, first, second, ratio=True)
        if gapped.ratio is None:
            of = _pair_named(first, second, question.english)
            return _declined(
                base, question._replace(measure="ratio"), text, every, "unstated-measure",
                subject_said=of,
            )  # fmt: skip
        relative = (gapped.ratio - 1) * 100
        # (a floor's ratio hedges the size of a fall the other way: over 0.78 times is
        # under 22% less)
        hedge = gapped.gap_hedge
        if hedge is not None and relative < 0:
            hedge = {"over": "under", "under": "over", "nearly": "about"}.get(hedge, hedge)
        answer = gapped._replace(ratio=None, relative=relative, gap_hedge=hedge)
    elif (question.difference or question.ratio) and not question.claims:
        gapped = _with_gap(base, answer, first, second, question.ratio)
        if gapped.ratio is None and gapped.difference is None:
            # 战新产业产值比GDP高多少, 吉利产值是亿元企业产值的几倍: no figure the report
            # states, nor one two figures of different measures (or a floor, 突破224亿)
            # give exactly; which is larger alone would answer another question.
            missing = "ratio" if question.ratio else "difference"
            of = _pair_named(first, second, question.english)
            return _declined(
                base, question._replace(measure=missing), text, every, "unstated-measure",
                subject_said=of,
            )  # fmt: skip
        answer = gapped
    elif question.difference or question.ratio:
        gapped = _with_gap(base, answer, first, second, question.ratio)
        # (少60亿吗 of a gap under 63.67亿: a hedged gap holds no claimed one; the claim is
        # left to which is larger)
        answer = gapped if gapped.gap_hedge is None else answer
    if question.claims and question.threshold is None:
        # (A figure held that is no gap claimed, 比GDP高50个百分点 where no gap is stated,
        # leaves the claim open: which is higher is not all it says.)
        answer = answer._replace(verdict=_comparison_verdict(question, answer))
        if question.gap_claimed is not None:
            answer = answer._replace(threshold=question.gap_claimed.text)
    return answer


def _placed_side_named(side: list[Term], fact: Fact) -> bool:
    """A side naming a place other than the zone (全市, the city): does the fact found
    for it name the place's thing too, every other word of the side (国家级小巨人 of
    全市国家级小巨人, not 高新技术企业)? True for a side naming no such place."""
    places = vocab.ZH_PLACE_WORDS
    placed = [t for t in side if t.place or (t.cjk and t.text.startswith(places))]
    if not placed:
        return True
    label = f"{_PUNCTUATION.sub('', fact.label.zh)} {fact.label.en.casefold()}"
    for term in side:
        if term.place:
            continue
        text = term.text
        if term.cjk:
            text = next((text[len(p) :] for p in places if text.startswith(p)), text)
            text = text.removeprefix("的")
        if text and not _written_in(text, label):
            return False
    return True


def _rest_of(narrow: list[Scored], wide: list[Scored]) -> list[Scored]:
    """The facts a narrower side names but the wider side's own (division, beside deputy
    division: the division heads, never the deputies)."""
    return [s for s in narrow if not wide or s.position != wide[0].position]


def _added_words_tell(wide: list[Scored], narrow: list[Scored], rest: Scored) -> bool:
    """Do the words the wider side adds favour its fact over the one left to the narrower
    side more than the narrower side's own words do? (Deputy: the deputies score above the
    division heads only with it; where both facts gain alike, which is which is not told.)
    Where either fact is not among both sides' facts, nothing says otherwise."""
    best = wide[0]
    in_wide = {s.position: s.score for s in wide}
    in_narrow = {s.position: s.score for s in narrow}
    if rest.position not in in_wide or best.position not in in_narrow:
        return True
    return best.score - in_wide[rest.position] > in_narrow[best.position] - rest.score


def _narrowed_by(question: Question, side: list[Term], other: list[Term]) -> bool:
    """Is the other side this one with words added (deputy division, of division)? English
    only: a Chinese side borrows its head from the other (户数占比和产值占比) and looks
    nested where the asker wrote two things."""
    return question.english and {t.text for t in side} < {t.text for t in other}


def _placed_sides(pair: tuple[list[Term], ...]) -> tuple[list[Term], ...]:
    """More national little giants in the zone than in the whole city: a side that is only
    a place is the other side's thing counted there (the city's little giants), never
    whatever else the place's name is in (the powers the city delegated)."""
    if len(pair) != 2:
        return pair
    placed = [bool(side) and all(t.text in vocab.PLACES for t in side) for side in pair]
    if placed[0] == placed[1]:
        return pair
    where = placed.index(True)
    sides = list(pair)
    sides[where] = [*pair[where], *pair[1 - where]]
    return tuple(sides)


def _commensurable(one: Unit, other: Unit) -> bool:
    """One dimension, or both counts (12 projects against 11 centres: as numbers)."""
    return one.dimension == other.dimension or {one.dimension, other.dimension} <= COUNTS


def _names_gdp(side: list[Term]) -> bool:
    """Is a side GDP (the rate the report's one stated gap is behind)? Did GDP grow 60.7
    points faster than the emerging industries claims that gap the other way round."""
    return any(t.text.casefold() in ("gdp", "地区生产总值", "经济") for t in side)


def _claim_of_way(question: Question, facts: Sequence[Fact], first_more: bool) -> Verdict:
    """Is the first side more (or less) as claimed, of facts all exact and commensurable?"""
    if any(f.is_derived for f in facts):
        return None
    units = [f.unit_info for f in facts]
    if any(u is None for u in units) or not all(
        _commensurable(a, b) for a, b in itertools.pairwise(u for u in units if u is not None)
    ):
        return None
    return "yes" if question.claims == ("more" if first_more else "less") else "no"


def _side_figured(folded: str, held: Threshold, pair: Sequence[list[Term]]) -> int | None:
    """Which side a figure is said of (7.06亿的扶持资金, the 706 million yuan of support
    funds: the side whose first word follows it; the support funds of 706 million yuan:
    the side it follows with of), or None."""
    figure = re.escape(held.text.removeprefix("是").casefold())
    for index, side in enumerate(pair):
        word = re.escape(side[0].text) if side else ""
        if word and (
            re.search(rf"{figure}[\s的]{{0,3}}(?:of\s+(?:the\s+)?)?{word}", folded)
            or re.search(rf"\b{word}[a-z\s-]{{0,16}}?\sof\s+{figure}", folded)
        ):
            return index
    return None


def _comparison_verdict(question: Question, answer: Answer) -> Verdict:
    """A比B多吗, A和B一样多吗, A比B多12户吗: yes or no, from which is larger and, for a gap
    claimed, the difference (None where the figures leave either open, or the gap is of
    another unit than the one claimed)."""
    if answer.larger is None:
        return None
    first, second = answer.facts[0], answer.facts[1]
    # (An inferred figure is read as "about" its value, as any hedged figure is: larger is
    # told only where that reading cannot cross the other, 战新产业增速 70.7% against GDP's
    # about 10.0%, and its gap is never exact.)
    units = (first.unit_info, second.unit_info)
    if units[0] is None or units[1] is None or not _commensurable(units[0], units[1]):
        return None  # yuan against firms: figures, not amounts of one thing
    way = {"first": "more", "second": "less", "same": "same"}[answer.larger]
    if way != question.claims:
        return "no"
    gap = question.gap_claimed
    if gap is None:
        return "yes"
    if (
        first.is_derived
        or second.is_derived
        or answer.difference is None
        or answer.difference_unit is None
    ):
        return None
    unit = UNITS.get(answer.difference_unit)
    if unit is None or (
        gap.dimension is not None and not _same_kind(gap.dimension, unit.dimension)
    ):
        return None
    difference = abs(base_amount(answer.difference, unit))
    cleared = gap.cleared(difference, difference)
    return None if cleared is None else "yes" if cleared else "no"


# Units that count items of any kind (项, 个, 件): what is counted is in the label.
_ITEM_UNITS = frozenset({"项", "个", "件"})


def _items_of_different_things(first: Fact, second: Fact) -> bool:
    """Counts in items of things named by different nouns (赋权事项 and 考核指标, 项目 and
    联盟): no gap or multiple between them means anything."""
    if first.measure != "count" or not {first.unit, second.unit} <= _ITEM_UNITS:
        return False
    return _noun_counted(first) != _noun_counted(second)


def _noun_counted(fact: Fact) -> str:
    """The noun a count's label ends with (事项 of 承接省市赋权事项, 联盟 of 党建联盟数量)."""
    label = re.sub(r"(?:数量|数目|总数|个数|数)$", "", fact.label.zh.strip("”“\"'"))
    return label[-2:]


def _pair_named(first: Fact, second: Fact, english: bool) -> str:
    """Two facts named together, as a declined gap between them says what is missing."""
    if english:
        return f"{first.label.en} and {second.label.en}"
    return f"{first.label.zh}与{second.label.zh}"


def _with_gap(base: FactBase, answer: Answer, first: Fact, second: Fact, ratio: bool) -> Answer:
    """A比B多几家: how much the first exceeds the second; A是B的几倍: how many times it
    is the second. Only for figures of one measure in commensurable units, whose order is
    settled (else the answer is returned as it is, and the caller declines the gap); a
    hedged figure (突破224亿) hedges them."""
    hedged = first.approximate or second.approximate
    if first.measure != second.measure or (hedged and not answer.settled):
        return answer
    if _items_of_different_things(first, second):
        return answer  # 1235项赋权是7项指标的几倍: powers and indicators, both in 项
    row = compare(base, [second, first]).rows[1]
    if ratio:
        if row.ratio is None:
            return answer
        return answer._replace(ratio=row.ratio, gap_hedge=row.qualifier)
    if row.difference is None:
        return answer
    # The hedge is the signed difference's; its size, as answers give it, turns round
    # where the first is the smaller (over -63.67 is under 63.67 apart).
    turned = {"over": "under", "under": "over", "nearly": "about"}
    hedge = row.qualifier
    if hedge is not None and row.difference < 0:
        hedge = turned.get(hedge, hedge)
    return answer._replace(
        difference=row.difference, difference_unit=row.difference_unit, gap_hedge=hedge
    )


def _total_of(base: FactBase, tied: list[Scored]) -> list[Scored]:
    """Facts that answer a side equally, or the one of them the others add up to: cadres
    promoted is the total the report infers (8), not the 1 or the 7 it is made of."""
    if len(tied) < 2:
        return tied
    positions = {s.position for s in tied}
    for item in tied:
        fact = base.fact(item.position)
        parts = {base.index_of(i) for i in fact.inputs}
        if fact.is_derived and positions - {item.position} <= parts:
            return [item]
    return tied


def _same_amount(one: Fact, other: Fact) -> bool:
    """Two exact figures of the same amount (224亿元 is not 224万元)."""

    if one.approximate or other.approximate or one.value is None or other.value is None:
        return False
    if one.unit_info is None or other.unit_info is None:
        return False
    return base_amount(one.value, one.unit_info) == base_amount(other.value, other.unit_info)


def _surely_larger(larger: Fact, smaller: Fact) -> bool:
    """Do the report's figures settle that one fact is larger than the other (ranked so
    by value)? Not when the smaller is a floor that may reach the other (突破200亿 may be
    more than 224亿), nor when a value near (近) or about (约) that of the other might
    cross it. A floor is read to the digits it is written to: 突破224亿 is under 225亿
    (the report would have said 突破225亿), so it is below 287.67亿."""

    if larger.unit_info is None or smaller.unit_info is None:
        return False
    if larger.value is None or smaller.value is None:
        return False
    low = base_amount(larger.value, larger.unit_info)
    high = base_amount(smaller.value, smaller.unit_info)
    if smaller.approximate == "over":
        high = _under(smaller)
        if larger.approximate is None or larger.approximate == "over":
            return low >= high
        return False
    if larger.approximate is None and smaller.approximate is None:
        return low >= high  # exact figures: larger, or the same
    if larger.approximate in ("nearly", "about"):
        low *= Decimal("0.9")  # how far below its figure a hedged value may lie
    if smaller.approximate == "about":
        high *= Decimal("1.1")
    return low > high


def _under(floor: Fact) -> Decimal:
    """The amount a floor stays under, read to its last significant digit: 突破224亿 is
    224亿 and some, under 225亿; 突破200亿 under 300亿; 1.7 under 1.8."""

    assert floor.value is not None and floor.unit_info is not None
    written = Decimal(str(floor.value))
    exponent = written.normalize().as_tuple().exponent
    step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return base_amount(written + step, floor.unit_info)


def _at_another_level(side: list[Term], other: list[Term]) -> bool:
    """The same thing named at two levels or in two places (市级小巨人, 省级小巨人; 国家级和
    省级技术中心; 全市高新技术企业 against the zone's)."""
    said, against = joined(side), joined(other)
    placed = sorted((p for p in vocab.PLACES if p in said or p in against), key=len, reverse=True)
    if not (LEVEL_SAID.search(said) and LEVEL_SAID.search(against)) and not placed:
        return False
    thing, other_thing = LEVEL_SAID.sub("", said), LEVEL_SAID.sub("", against)
    for place in placed:
        thing, other_thing = thing.replace(place, ""), other_thing.replace(place, "")
    # (the level alone on one side borrows the other's thing: 国家级和省级技术中心)
    return thing.strip() == other_thing.strip() or not thing.strip() or not other_thing.strip()


def _borrowed(
    base: FactBase, question: Question, text: str, side: list[Term], other: list[Term]
) -> list[Scored]:
    """A side that is only a modifier, completed with the other side's head noun:
    省级 + 国家级小巨人 -> 省级小巨人."""
    for terms in completions(side, other):
        found = _pool(base, question, text, terms)
        if found:
            return found
    return []


def _pool(base: FactBase, question: Question, text: str, terms: list[Term]) -> list[Scored]:
    """Facts with a number, of the measure asked for, about one named enterprise when the
    question asks which enterprise, and covering the given terms (if any)."""
    rows = search_data(base).rows()
    rests = set(rests_of(base).values())
    only = {
        i
        for i, row in enumerate(rows)
        if row.measure
        and (question.measure is None or measure_fits(question.measure, row.measure))
        # (the share not halted, the rest of another: ranked only where it is asked)
        and not (i in rests and not rest_asked(base, text, i))
        and (not question.about_enterprise or row.enterprise)
        and not _no_size(question, row)  # 食品产业比医药产业大吗: no pull in points
        and not (question.excluded and excluded_by(base, question, i, row))  # 除了吉利
        # 2021年和2022年的GDP哪个高: a fact of another year is none of the year asked.
        and (question.period is None or question.period.fits(row.period) is not None)
    }
    if not only:
        return []
    if not terms:
        return [Scored(i, 100.0, NAME, 0, rows[i], ()) for i in sorted(only)]
    scored = score_facts(base, question, text, terms=terms, min_score=NEAR_MISS, only=only)
    return [s for s in scored if _covers(s)]


def _which(text: str) -> bool:
    """A comparison without two sides is a choice among the facts it names only when it
    asks which (哪笔更多, which fund was larger); how X compares with Y is one fact."""
    folded = text.casefold()
    return "哪" in folded or "which" in folded


# --- periods ---------------------------------------------------------------------------------


def _period(base: FactBase, question: Question, text: str) -> Answer:
    """六月发生了什么 / what happened in June: the facts of that period, events first;
    what happened to the methanol trucks at the end of 2022: those about them."""
    assert question.period is not None
    found = score_facts(base, question, text, terms=[])
    order = {Kind.EVENT: 0, Kind.STATEMENT: 1, Kind.FIGURE: 2, Kind.DERIVED: 3}
    facts = sorted((base.fact(s.position) for s in found), key=lambda f: order[f.kind])
    if question.terms and facts:
        within = {s.position for s in found}
        about = score_facts(base, question, text, min_score=0.0, only=within, penalise=False)
        covered = [s for s in about if s.score >= NEAR_MISS and _covers(s)]
        if covered:
            # Best first, what is asked about, then what shares a word with it (车 is
            # the sedan's 轿车, and the heavy truck came off the line too), then what
            # the report tells of that period in the same chapter (the agreement signed
            # as the trucks were delivered).
            sharing = [
                s for s in about if s not in covered and any(h.score >= TERM_FLOOR for h in s.hits)
            ]
            chapters = {s.row.section_zh for s in covered}
            told = [s for s in found if s.row.section_zh in chapters]
            facts = list(dict.fromkeys(_facts(base, [*covered, *sharing, *told])))
            return _answer(base, question, text, "period", tuple(facts))
        elsewhere = _subject_scores(base, question._replace(period=None), text)
        mentioned = [s for s in elsewhere if _mentions(s)]
        if mentioned:  # the subject is in the report, at another time (Geely in June)
            return _declined(base, question, text, mentioned, "unstated-measure")
        # Words naming nothing in particular (进展, 方面): the period's facts, those
        # sharing a word with the question first.
        shared = {s.position: s.score for s in about}
        positions = [s.position for s in found]
        positions.sort(key=lambda i: (-shared.get(i, 0.0), order[base.fact(i).kind]))
        facts = [base.fact(i) for i in positions]
    if facts:
        return _answer(base, question, text, "period", tuple(facts))
    return _declined(base, question, text, [], "no-match")


def _answer_time_extreme(base: FactBase, question: Question, text: str) -> Answer:
    """2022年最早发生的事, what happened last, 最早下线的是哪款车: of what the report dates
    to a month (within the period asked, of the things named if any), that of the
    earliest or latest month; every fact of that month, events first. A fact dated only
    by its year has no place in the order. Was X the earliest: 是 or 否, the earliest
    month's facts after it. A measure or a party asked of such a thing (最早的甲醇汽车产值,
    the earliest truck's price, who made the first truck) is not the time's to answer."""
    subject = _subject_scores(base, question, text) if question.terms else []
    named = [s for s in subject if _covers(s)]
    if question.measure not in (None, "date") or question.asks_who or question.about_enterprise:
        return _declined(base, question, text, named or subject, "unstated-measure")
    # (Was X the earliest: the earliest of all, X held to it.)
    among = None if question.yes_no or not question.terms else {s.position for s in named}
    whole = question._replace(terms=[], period=None) if question.yes_no else question
    extreme = dated_extreme(base, whole, text, among)
    if extreme is None or (question.yes_no and question.terms and not named):
        mentioned = [s for s in subject if _mentions(s)]
        reason: Reason = "unstated-measure" if mentioned else "no-match"
        return _declined(base, question._replace(measure="date"), text, mentioned, reason)
    month, positions = extreme
    kind_rank = {Kind.EVENT: 0, Kind.STATEMENT: 1, Kind.FIGURE: 2, Kind.DERIVED: 3}
    facts = sorted((base.fact(i) for i in positions), key=lambda f: kind_rank[f.kind])
    answer = _answer(base, question, text, "period", tuple(facts))
    verdict: Verdict = None
    if question.yes_no and question.terms:
        verdict = "yes" if any(s.row.period == month for s in named) else "no"
    return answer._replace(
        period=month,
        month_asked=False,
        time_order=question.time_order,
        verdict=verdict,
        among=among is not None,
    )


def _facts(base: FactBase, scored: list[Scored]) -> list[Fact]:
    return [base.fact(s.position) for s in scored]


# --- results ---------------------------------------------------------------------------------


def _answer(
    base: FactBase,
    question: Question,
    text: str,
    kind: AnswerKind,
    facts: tuple[Fact, ...],
    related: tuple[Match, ...] = (),
    complete: bool = True,
    settled: bool = True,
    larger: Larger = None,
    among: bool = False,
) -> Answer:
    return Answer(
        question=text,
        english=question.english,
        kind=kind,
        facts=facts,
        reason=None,
        subject=_subject_text(question, text),
        measure=question.measure,
        period=_period_text(question),
        month_asked=question.period is not None and question.period.as_month,
        related=related,
        complete=complete,
        settled=settled,
        larger=larger,
        asks_who=(question.about_enterprise or question.asks_who) and kind == "fact",
        asks_giver=question.asks_giver and kind == "fact",
        by_level=question.by_level and kind in ("max", "min"),
        among=among,
    )


def _declined(
    base: FactBase,
    question: Question,
    text: str,
    scored: list[Scored],
    reason: Reason,
    every: bool = False,
    subject_said: str = "",
    unsaid: bool = False,
) -> Answer:
    # Related: the facts about as close as the closest, not every fact sharing a word;
    # for an ambiguous question, every choice it was found to have; for a sum, each of
    # its parts (`every`).
    best = max((s.score for s in scored), default=0.0)
    close = [s for s in scored if every or reason == "ambiguous" or s.score >= RELATED_SHARE * best]
    # Each fact once, though both sides of a comparison may have found it.
    once = list({s.position: s for s in reversed(close)}.values())[::-1]
    related = tuple(_match(base, s) for s in once[:RELATED])
    if reason == "ambiguous" and len(related) == 1 and question.subject and not unsaid:
        # One fact found for the things named is no choice to make: what is asked of it is
        # what is not stated (排第几, naming nothing, stays a question of which).
        reason = "unstated-measure"
    # (`unsaid`: nothing is asked of the thing named, 那华卫呢, so its one fact is still
    # no answer. `subject_said`: what is asked as the question words it, where the
    # subject's terms would lose what makes it unstated: 没有停工的四上企业, 全年.)
    subject, measure = subject_said or _subject_text(question, text), question.measure
    if question.added and reason == "unstated-measure":
        # 新增了多少家, how many new …: the number added is what the report does not
        # state (the one it does state is the level reached); new is said by it.
        said = r"(?i)\b(?:new(?:ly)?|additional|extra)\s+|\s+(?:(?:were|was|been)\s+)?added\b"
        subject, measure = re.sub(said, "", subject), "added"
    return Answer(
        question=text,
        english=question.english,
        kind="declined",
        facts=(),
        reason=reason,
        subject=subject,
        measure=measure,
        period=_period_text(question),
        month_asked=question.period is not None and question.period.as_month,
        related=related,
        choices=len(once) if reason == "ambiguous" else 0,
    )


def _match(base: FactBase, scored: Scored) -> Match:
    return Match(base.fact(scored.position), round(scored.score, 1), scored.field)


def _subject_text(question: Question, text: str) -> str:
    """What the question asks about, in its own spelling (Baixiang Food, not baixiang
    food; 地區 as typed, not 地区)."""
    terms = [t for t in (question.subject or question.terms) if not t.unlisted]
    # A lone character left over (多 of 多了几户) is no part of what is asked about.
    terms = [t for t in terms if not t.optional] or terms
    if terms and all(t.cjk for t in terms):
        said = "".join(t.text for t in terms)
        asked = fold_query(text)
        for word, opposite in vocab.YES_NO_OPPOSITES.items():
            # (有没有企业拿过一等奖, read with the base's 二等奖 to find the prize: the
            # first prize is what the report does not give, as asked)
            if opposite in said and word in asked and opposite not in asked:
                said = said.replace(opposite, word)
        return said
    spelled = []
    found: list[tuple[int, int]] = []  # where each term stands in the text, as typed
    lowered = text.lower()
    for term in terms:
        span: tuple[int, int] | None = None
        if not term.cjk and text.isascii():
            # (found without a pattern compiled for each term: ask reads a few a question)
            at = lowered.find(term.text.lower())
            span = (at, at + len(term.text)) if at >= 0 else None
        elif not term.cjk:
            typed = re.search(re.escape(term.text), text, re.IGNORECASE)
            span = typed.span() if typed is not None else None
        spelled.append(text[span[0] : span[1]] if span is not None else term.text)
        if span is not None:
            found.append(span)
    if len(found) == len(terms) >= 2 and all(a[1] <= b[0] for a, b in itertools.pairwise(found)):
        # The words as the question joins them (both Geely and Baixiang, not "both Geely
        # Baixiang"), where only small words stand between two of them.
        joined = [text[found[0][0] : found[0][1]]]
        for before, after in itertools.pairwise(found):
            gap = text[before[1] : after[0]]
            small = set(gap.casefold().split()) <= _JOINING_WORDS and not re.search(
                r"[.?!,;:]", gap
            )
            joined.append((gap if small else " ") + text[after[0] : after[1]])
        return "".join(joined)
    return " ".join(spelled)


_JOINING_WORDS = frozenset({"and", "or", "of", "the", "a", "an", "&", "both"})


def _period_text(question: Question) -> str | None:
    period = question.period
    if period is None:
        return None
    return period.start if period.start == period.end else f"{period.start}..{period.end}"
