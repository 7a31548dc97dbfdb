"""Reading a query as a question: what it asks about, which measure, when, and how.

`analyse` turns what a person typed into a typed `Question`:
- terms: the content words, without question words and filler (是多少, how many, the),
  split at spaces, punctuation and changes of script (GDP增速 -> gdp + 增速). They rank
  facts (search) and include the measure words, which names contain too.
- subject: the same without the measure words: what the question is about (白象食品 in
  白象食品产值是多少). `ask` answers only with a fact whose names cover the subject.
- measure: the measure asked for (产值 -> output-value, how many -> count, 增速 ->
  growth-rate), possibly one no fact states (利润 -> profit). A rate-like measure wins
  over a level measure named with it: GDP增速 asks for a growth rate of GDP.
- period: a month, a quarter, a half, the year-end or a year (六月, June, 年底, Q2,
  2021年); period words never match digits inside values (12月 is not 12项).
- operator: "max"/"min" (最高, largest), "compare" (谁多, which is larger, A还是B) with
  the sides compared, or "events" (发生了什么, what happened).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from jzfacts.measures import MEASURES
from jzfacts.search import vocab
from jzfacts.search.fold import (
    english_words,
    fewest_syllables,
    fold_query,
    is_syllable,
    sound_of,
    to_simplified,
)
from jzfacts.search.twphrases import TAIWAN_PHRASES
from jzfacts.text import CN_FINANCIAL_NUMERALS, has_cjk, is_cjk, parse_chinese_numeral
from jzfacts.units import COUNTS, PERCENT, POINTS, UNITS

if TYPE_CHECKING:
    from decimal import Decimal

    from jzfacts.model import Entity

MAX_QUERY = 1000  # characters; the CLI refuses longer queries, the engine reads no more

_TOKEN = re.compile(
    r"\d+(?:\.\d+)?|[a-z][a-z0-9'&]*|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+|\x1f"
)


class LazyPattern:
    """A pattern compiled on first use and tried only on text holding one of its hints,
    words every match contains (start-up matters: most questions need few of these)."""

    def __init__(self, pattern: str, hints: tuple[str, ...] = ()) -> None:
        self._pattern = pattern
        self._hints = hints
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        return self._pattern

    def _ready(self, text: str) -> re.Pattern[str] | None:
        if self._hints:
            # A plain loop: a hundred patterns a question are tried, most on no hint.
            for hint in self._hints:
                if hint in text:
                    break
            else:
                return None
        if self._compiled is None:
            self._compiled = re.compile(self._pattern)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        # _ready written out here and in sub, the two called millions of times a suite.
        for hint in self._hints:
            if hint in text:
                break
        else:
            if self._hints:
                return None
        pattern = self._compiled
        if pattern is None:
            pattern = self._compiled = re.compile(self._pattern)
        return pattern.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        pattern = self._ready(text)
        return None if pattern is None else pattern.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        pattern = self._ready(text)
        return None if pattern is None else pattern.fullmatch(text)

    def sub(self, replacement: Callable[[re.Match[str]], str] | str, text: str) -> str:
        for hint in self._hints:
            if hint in text:
                break
        else:
            if self._hints:
                return text
        pattern = self._compiled
        if pattern is None:
            pattern = self._compiled = re.compile(self._pattern)
        return pattern.sub(replacement, text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pattern = self._ready(text)
        return iter(()) if pattern is None else pattern.finditer(text)

    def split(self, text: str) -> list[str]:
        pattern = self._ready(text)
        return [text] if pattern is None else pattern.split(text)


_SOFT = "\x1f"  # where filler was removed between two Chinese words


class _Words:
    """A table's words in their order, each filed under its first two characters (or its
    one): within() lists those that may stand in a text, without a test of each (a
    question is read against some 800 fillers and 400 measure words). A word is left out
    only where its first characters stand nowhere in the text, nor can come to stand
    there as words of the text are replaced by a space or _SOFT: a word starting with
    either is never left out."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        self._always: list[int] = []
        self._by_start: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            start = word[:2]
            if not start or " " in start or _SOFT in start:
                self._always.append(index)
            else:
                self._by_start.setdefault(start, []).append(index)

    def within(self, text: str) -> list[str]:
        """The words that may stand in the text, or in it with words replaced by a space
        or _SOFT, in the table's order."""
        found = list(self._always)
        for start in {*text, *(text[at : at + 2] for at in range(len(text) - 1))}:
            found += self._by_start.get(start, ())
        return [self.words[index] for index in sorted(found)]


# The tags that ask to confirm a claim before them (…，对吧; 是真的吗), and the verbs an
# English yes-or-no question opens with: one list for every reader of claims.
CONFIRMING_TAGS = "对吗|对吧|是吗|是吧|没错吧|对不对|是真的吗|真的吗"
# A checker's tags, asking whether what was said holds (准不准, 属实吗, 站得住吗; Cantonese:
# 係咪真㗎, 真唔真, 啱唔啱).
CHECKING_TAGS = (
    "准确吗|准不准确?|属实吗|站得住脚?吗|没错吗|靠谱吗|有依据吗|真的假的|是不是真的"
    "|[系係]咪真[㗎嘅]?|真唔真|啱唔啱|[系係]咪啱"
)
EN_ASKING_VERBS = "is|was|are|were|did|does|do|has|have|had"
# Words joined by hyphens (four-above, high-tech): one thing, every part of it asked. (A
# number joined to a word, top-500 or covid-19, is a word and a number: no compound.)
_COMPOUND = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
REPORT_YEAR = "2022"  # 去年, 今年 and a month without a year mean the report's year


class Term(NamedTuple):
    text: str
    cjk: bool
    numeric: bool
    soft: bool = False  # follows removed filler directly: may be joined to the term before
    unknown: bool = False  # found nowhere in the base (set when the query is read)
    unlisted: bool = False  # names a measure no fact states (利润, employees): never a hit
    heard: bool = False  # not in the base as written, but sounds like something there
    bound: bool = False  # part of a hyphenated word (four-above): never dropped alone
    # A number stated with its unit (7.06亿, 1235项, 33.1%, 1.7 billion yuan): the amount
    # in its dimension's base unit, and that dimension ("" when the unit says none).
    amount: str = ""
    dimension: str = ""
    # A rough figure (7亿多, 1200多项) spans [amount, amount + spread): "" when exact.
    spread: str = ""
    # Latin letters the base reads exactly in some name's pinyin (sishangqiye: 四上企业):
    # that word, never a near spelling of another (yishangqiye). Set when the query is read.
    spelt: bool = False
    # Said in a clause of context that asks nothing, before or after the question (我是
    # 台湾的投资人，…): it counts only where it hits, as a lone character does.
    aside: bool = False
    # Said in such a clause (aside or not): a word there that the base has nowhere (记得,
    # 一直在关注) is chatter, set aside when the query is read.
    told: bool = False
    # Written with a capital in an English question (Tesla, BYD, Suzhou): a name. One the
    # base has nowhere says the question is about something else (set when it is read).
    proper: bool = False
    # A longer word of the same question holding this one inside it, neither first nor
    # last (中心 beside 一部一中心三公司): this word counts only where that one does not
    # hold it, so that 几个中心 is asked of the centre, not of every fact naming the whole.
    outside: str = ""

    @property
    def optional(self) -> bool:
        """A lone Chinese character left over from a question (有, 家, 亿) counts only
        where it hits; a lone character never makes a hit on its own. One the base has
        nowhere (卖 in 甲醇重卡卖多少钱), or one that names a thing by itself (奖,
        vocab.NAMING_CHARACTERS), is a content word all the same."""
        return self.aside or (
            self.cjk
            and len(self.text) == 1
            and not self.unknown
            and self.text not in vocab.NAMING_CHARACTERS
        )

    @property
    def place(self) -> bool:
        """A place other than the zone (全省, Shanxi): see vocab.PLACES."""
        return self.text in vocab.PLACES


class Period(NamedTuple):
    """Months from `start` to `end` ("2022-04".."2022-06"), or a whole year ("2021")."""

    start: str
    end: str
    # The month itself asked (12月份的产值, in December), not its end (12月底, 截至12月,
    # by December): a year's figure is no December's.
    as_month: bool = False
    # Months shifted to from those named (12月以来, after June, 4月之前): a time since or
    # before, at which no level reached in the year is said to stand.
    shifted: bool = False
    # A season (春天, in the spring): a time said roughly, to place what happened in it,
    # where a half or a quarter is a period a figure may be reckoned over.
    rough: bool = False

    @property
    def year(self) -> str:
        return self.start[:4]

    @property
    def whole_year(self) -> bool:
        return len(self.start) == 4

    def fits(self, period: str) -> str | None:
        """How a fact's period fits: "exact" (within the months asked), "year" (a fact of
        the whole year, which holds at any month of it), or None."""
        if period[:4] != self.year:
            return None
        if self.whole_year:
            return "exact"
        if len(period) == 4:
            return "year"
        return "exact" if self.start <= period <= self.end else None


class Threshold(NamedTuple):
    """A number a yes-or-no question holds a figure against (超过10万辆了吗, did GDP
    exceed 14 billion yuan): its value and power of ten in the base unit, the unit
    dimension it names (None for a bare 万), and which way the question asks."""

    number: str
    exponent: int
    dimension: str | None
    # "above" (超过, exceed), "at-least" (达到, reach), "at-most" (不超过, ≤, at most),
    # "reached" (达到78户 said as the
    # figure: that figure, or a floor at it), "so-many" (有5项吗: exactly that
    # many is 是, fewer 否, more is read both ways), "below" (不到, under), "digits"
    # (是两位数: at least the number, under ten times it), "near-top" and "near-bottom"
    # (名列前茅, 靠后: a standing said loosely, held to a rank), "from-bottom" (倒数第二:
    # a place counted from the bottom), "equals" (是500台吗: the
    # figure itself), "within" (1200多项吗: a figure said roughly).
    relation: str
    text: str  # as the question writes it
    # 没超过200亿吗: in Chinese, 是 and 否 answer the question as put (否: it did exceed);
    # 不是150亿吧 claims it is not. Not said surely (难道没超过: `surely`).
    negated: bool = False
    # 是两位数吗: held to the figure as the report writes it, in its own unit (224亿元
    # has three digits), not in the base unit.
    as_written: bool = False
    # "equals" (交付了500台吗): one unit of the last digit written (a figure half of it
    # off or more is another; nearer, one of them rounds the other); "within" (1200多项吗,
    # 将近400亿吗): how far above the number the figure said spans.
    spread: str = ""
    # 难道没超过200亿吗, 不是没超过200亿吧: a denial said surely, or denied, a claim that
    # it did (是: it exceeded).
    surely: bool = False

    def amount(self) -> Decimal:
        """The number in the base unit (10万辆 -> 100000)."""
        from decimal import Decimal

        return Decimal(self.number).scaleb(self.exponent)

    def cleared(self, low: Decimal, high: Decimal, number: Decimal | None = None) -> bool | None:
        """Does a figure somewhere from low to high clear the number (`number`, the
        threshold's own amount unless given)? None when the range leaves it open."""
        number = self.amount() if number is None else number
        if self.relation == "below":
            return True if high < number else False if low >= number else None
        if self.relation == "at-least":
            return True if low >= number else False if high < number else None
        if self.relation == "at-most":  # 不超过200户, ≤171户, at most: the number itself too
            return True if high <= number else False if low > number else None
        if self.relation == "reached":  # 达到78户 of 87: no; of 78 or 突破78: yes
            if high < number or (low == high and low != number):
                return False
            return True if low == number else None if low < number else low >= number
        if self.relation == "so-many":  # 有5项吗: 5 (是), fewer (否), more: read both ways
            return True if low == high == number else False if high < number else None
        if self.relation == "near-top":  # 名列前茅, among the best: the top three surely
            return True if high <= number else None
        if self.relation in ("near-bottom", "from-bottom"):  # 靠后, 倒数第二: not the first
            return False if high <= 1 else None
        if self.relation == "digits":  # 是两位数: from the number to ten times it
            ceiling = number * 10
            if low >= number and high < ceiling:
                return True
            return False if high < number or low >= ceiling else None
        if self.relation in ("equals", "within"):
            from decimal import Decimal

            span = Decimal(self.spread or "0")
            if self.relation == "within":
                # From the number to its top; a figure exactly on either edge is left
                # open (85% is neither surely 八成 nor surely 九成).
                top = number + span
                if low == high and low in (number, top):
                    return None
                inside = number <= low and high <= top
                return True if inside else False if high < number or low > top else None
            if low == high == number:
                return True
            # Within half a unit of the last digit written, the question's figure is the
            # report's rounded (GDP是143.2亿吗 of 143亿: the coarser digit counts; 11.2万辆
            # of 11.15万), neither yes nor no; further, another figure (12万辆 of 11.15万).
            half = span / 2
            if span >= number:
                # A figure of one digit (a thousand trucks): its half-unit would take in
                # half the number; a third off or more is another figure (500 is no
                # thousand; 11.15万 is about a hundred thousand).
                half = number / 3
            return False if high < number - half or low >= number + half else None
        return True if low > number else False if high <= number else None


class Question(NamedTuple):
    text: str  # the query as read: folded, Simplified, toneless
    terms: list[Term]
    subject: list[Term]
    measure: str | None
    measure_words: tuple[str, ...]
    dimensions: frozenset[str]  # unit dimensions a "how many / how much" asks for
    wants_number: bool
    period: Period | None
    operator: str  # "", "max", "min", "compare", "events"
    sides: tuple[list[Term], ...]  # what a comparison compares, as terms
    english: bool
    about_enterprise: bool  # "which enterprise …": only facts about one named enterprise
    asks_when: bool  # 哪个月, when: the answer is the fact's date
    share_of: frozenset[str]  # what a share is of: {"output"} in share of total output
    plural: bool  # 哪些, which ones: several facts may answer together
    # A比B高吗 / was A larger than B: a yes-or-no comparison of one thing with another;
    # with no second thing left (比上半年: a time), it compares with what no fact states.
    versus: bool = False
    side_measures: tuple[str | None, ...] = ()  # the measure each side names, if any
    # 专精特新企业、省级小巨人、国家级小巨人，哪一类最多: the things a superlative chooses
    # among, each with the measure it names (if any).
    items: tuple[list[Term], ...] = ()
    item_measures: tuple[str | None, ...] = ()
    asks_less: bool = False  # 谁少, which is smaller: the smaller answers
    # A比B多几家, how many more A than B: a comparison whose answer is the difference.
    difference: bool = False
    # A是B的几倍, how many times larger: a comparison whose answer is the ratio.
    ratio: bool = False
    # A比B多百分之几, by what percentage: the gap as a per cent of the second (the ratio,
    # less one), not the gap in the sides' own unit.
    relative: bool = False
    yes_no: bool = False  # 超过疫情前水平了吗: a statement answers, not a number
    # A number asked for in so many words (多少, how much, 金额), not only implied by a
    # superlative (one of the best zones is a statement).
    asks_number: bool = False
    threshold: Threshold | None = None  # a number a yes-or-no question holds a figure to
    # 加起来, combined: a sum asked for, which only a fact stating it answers (several
    # facts that would have to be added are no answer).
    total: bool = False
    # 全年, the whole year said outright: a month's fact is not the year's.
    full_year: bool = False
    # 谁生产了…, who made …: a fact naming no one (no entity) does not answer it.
    asks_who: bool = False
    # 有多大, how big: an amount of the thing named (never a per cent, nor points).
    size_asked: bool = False
    # 谁产值最高, who had the highest output: a ranking whose answer is someone (a firm, a
    # body) where the report ranks any; else 谁 is which (谁的增速最快).
    who_ranked: bool = False
    # 谁颁的奖, who gave the prize: a body the fact names, never the winner.
    asks_giver: bool = False
    # 被提拔的正处是谁, 三家新公司叫什么名字, who were they: the names of what is counted,
    # which a count does not give.
    asks_names: bool = False
    # 举了哪些例子, what examples does it give: the members a sentence lists, of any figure.
    examples: bool = False
    # 陕西建工是什么样的企业, what kind of company is …: a description of it is asked.
    describes: bool = False
    # How did the zone …, what did it do, 怎么/如何/采取了哪些措施: a way or an action asked,
    # which a statement says (a figure says how much).
    asks_how: bool = False
    # 几月份, in which month: the month asked (a fact dated by its year does not say);
    # 哪一天, which day: the day (nor does one dated by its month).
    asks_month: bool = False
    asks_day: bool = False
    # 新增了多少家, how many new …: how many were added in the year, which a count the
    # report gives as a level reached (高新技术企业达到171户) does not say.
    added: bool = False
    # 多少户, 几家: a count asked by its measure word, which a share of them never
    # answers (多少企业停工 and how many firms may ask how large a part).
    by_the_head: bool = False
    # 级别最高的小巨人, the top-level one: a superlative of level (国家级 above 省级 above
    # 市级), not of the figure asked.
    by_level: bool = False
    # 第二多的是哪个, the second largest, 倒数第二: the place in a ranking asked (1: the
    # top, or the bottom for "min").
    place: int = 1
    # 哪项在全市排第二, which ranked second in the city: the standing asked, which only a
    # fact stating that rank answers (0: none asked).
    standing: int = 0
    # 十亿元以上企业, firms with output over 1 billion: the output a class of firms is named
    # by, in yuan ("" when none is named).
    class_threshold: str = ""
    # A比B多吗, is A larger than B, A和B一样多吗: which way a yes-or-no comparison claims
    # the first thing stands to the second ("more", "less", "same"; "" when it asks).
    claims: str = ""
    # 省级比国家级多12户吗, 12 more … than …: the gap the comparison claims, if any.
    gap_claimed: Threshold | None = None
    # 斯普瑞是做什么产品的, what does Huawei Pharmaceutical make: a thing made is asked for,
    # which only a fact of the thing (汾盾1号) or of so many made (11.15万辆) answers.
    asks_made: bool = False
    # 汾西华益在什么地方, where is Geely's plant: a place asked, which only a fact placing
    # its thing (在晋中开发区成功下线) answers.
    asks_where: bool = False
    # 甲醇重卡先下线还是先交付, which came first: the two things' times compared, "earlier"
    # or "later" asked ("" when no order is).
    order: str = ""
    # 2022年最早发生的事, the latest event of the year, 最早下线的是哪款车: "earliest" or
    # "latest", of what the report dates to a month ("" when no such extreme is asked).
    time_order: str = ""
    # 交付是在下线之后吗, did A come before B: the order claimed of the two ("earlier": the
    # first came first), to be answered yes or no.
    order_claimed: bool = False
    # 分别, 各 of one thing named (两笔扶持资金各是多少): each fact of it is asked. The
    # number of them said (两笔), asked each or in total, 0 when none is.
    each_of_one: bool = False
    each_said: int = 0
    # 分别, 各 of three things or more listed (省级、国家级小巨人和专精特新企业分别有几家):
    # each one's figure is asked, in the question's order; none is ranked.
    each_of_several: bool = False
    # 除了吉利, 不算国家级的, except Geely: the things set aside, as typed (folded); a fact
    # named by one of them never answers (除了吉利，拉动最多的是哪家: 华卫药业).
    excluded: tuple[str, ...] = ()
    # 包括副处在内一共提拔了多少人, in total including rotation: parts the whole asked holds,
    # as typed; no fact of one of them alone answers.
    included: tuple[str, ...] = ()
    # 除了留抵退税，还拨了多少钱, what else: other things asked besides those set aside; without
    # it (除了新能源汽车，全区工业产值), a whole less what is set aside is asked.
    besides: bool = False
    # 折合多少美元, in US dollars: a currency the report states no amount in (its ISO code,
    # vocab.CURRENCIES).
    currency: str = ""
    # 产值突破200亿: a figure claimed that a fact states names it, no figure held (read
    # again with it held where naming finds nothing: 吉利产值超过200亿).
    figure_named: bool = False

    @property
    def content(self) -> bool:
        return bool(self.terms)


# Measures ordered by how much they say about the question: a growth gap says more
# than a growth rate, a share more than the output value it is a share of.
_PRIORITY = (
    "growth-gap", "growth-contribution", "share", "growth-rate", "rank", "duration",
    "count", "production", "investment", "funds", "value-added", "output-value", "gdp",
)  # fmt: skip
# Measure words that are verbs: they name the measure only in a question wanting a
# number (who built the Fendun 1 asks for a maker, how many cars were built for a count).
_VERB_MEASURES = frozenset(
    "produce produced build built make made grow grew invest invested sold sell employ employed "
    "contribute contributed pull pulled push pushed lift lifted drove "
    "生产了多少 生产多少 造了多少 造多少 产了多少 卖了 增长 成长 年增 生产了几 造了几 涨 "
    "做了几 做了多少".split()
)


# A多于B吗: a comparative verb before the other thing (not before a number, a threshold;
# 高于 and 超过 are the report's own words for a relation it states, read as they are).
_THAN_VERB = LazyPattern(
    # (不及时 is not timely, 不如意 not as wished: no comparison)
    # Hong Kong's comparative says the adjective, then 过 (高过GDP增速: higher than).
    r"(?P<verb>多于|少于|大于|小于|低于|快于|慢于|不及(?![时格])|不如(?![意说])"
    r"|(?<![超经通穿度越最提])(?:高|快|多|大|低|慢|少|细)过(?![去来了程])"
    r")"
    # (not 大于等于87户, 小于或等于: a relation to a number, the number itself included)
    r"(?P<other>(?![\d零一二三四五六七八九十百千万亿两半几]|或?等于)[^，,；;。？?！!吗呢吧]+?)"
    # (…吗, or how much: 高过GDP增速几多个百分点, by how many points)
    r"(?P<end>[吗呢吧？?]|$|(?=多少|几))",
    hints=("于", "不及", "不如", "过"),
)
_ABOVE_A_TIME = LazyPattern(
    r"(?P<verb>高于|低于|超过|超出|跑赢|跑输|快于|慢于)了?"
    r"(?P<time>上年同期|去年同期|上一年|上年|去年|前年|往年|同期|20\d\d年|二〇二一年)"
    # (the time ends what is compared: 高于同期GDP增速 is the report's own relation)
    r"(?=的?(?:水平|数|数据)?(?:了|吗|呢|吧|么|[？?。，,!！\s]|$))",
    hints=("于", "超", "跑"),
)
_EN_ABOVE_A_TIME = LazyPattern(
    r"\s+(?:above|over|outpac(?:e|ed)|exceed(?:ed)?|surpass(?:ed)?|beat)\s+"
    r"(?:the\s+)?(?:last|previous|prior)\s+year(?:'s|s)?(?:\s+(?:level|figure|one))?",
    hints=("last year", "previous year", "prior year"),
)
# 战新产业增速超过GDP增速了吗, 留抵退税超过扶持资金了吗: one figure said to pass
# another thing's (no number after: 超过10万辆 is a figure held; nor a benchmark, 超过疫情
# 前水平 is the report's words, 超过去年 or 超过目标 another year's or a plan's figure).
_PASSED_THING = LazyPattern(
    r"(?:超过|超出|赶超|胜过)了?"
    r"(?P<other>(?![^，,；;。？?！!吗呢吧]*?(?:疫情|水平|平均|均值|目标|任务|预期|计划|指标|去年|上年|前年"
    r"|同期|往年|以前|之前|过去|历史|年度|全年|上半年|标准))"
    r"[^，,；;。？?！!吗呢吧了\d零一二两三四五六七八九十百千万亿半几成]{2,16}?)了?"
    # (…了吗, or by how much: 超过GDP增速多少个百分点)
    r"(?P<end>[吗呢吧？?]|$|(?=多少|几))",
    hints=("超过", "超出", "赶超", "胜过"),
)
# What a side of a thing said to pass another names, so that what is compared is one
# measure, or things counted (吉利产值超过GDP了吗, 省级小巨人超过国家级小巨人了吗; not
# 吉利超过白象了吗: in what?).
_PASSING_MEASURE = LazyPattern(
    r"增速|增长率|增幅|产值|产量|户数|家数|金额|资金|退税|GDP|gdp|生产总值|经济总量|个数|人数"
    r"|企业|小巨人|项目|干部|联盟|技术中心|指标",
    hints=("增", "产", "数", "金", "资", "税", "gdp", "GDP", "总", "企业", "小巨人", "项目",
           "干部", "联盟", "中心", "指标"),
)  # fmt: skip


_PASSING_MEASURE_EN = LazyPattern(
    r"\b(?:output|gdp|growth|grew|funds?|refunds?|value|values|number|count|firms|enterprises"
    r"|companies|giants|projects|cadres|vehicles|trucks|money|amount|sum|payments?|rate"
    # (did Huawei's pull exceed Baixiang's: a pull on growth, in points)
    r"|pulls?|contributions?|points|shares?)\b",
    hints=("output", "gdp", "grow", "grew", "fund", "value", "number", "count", "firms",
           "enterprises", "companies", "giants", "projects", "cadres", "vehicles", "trucks",
           "money", "amount", "sum", "payment", "rate", "pull", "contribution", "points",
           "share"),
)  # fmt: skip


def _measured_side(text: str, passed: re.Match[str]) -> bool:
    """Does either side of 超过 name a measure (its words before it, or the thing after)?"""
    before = re.split(r"[，,；;。？?！!]", text[: passed.start()])[-1]
    return (
        _PASSING_MEASURE.search(before) is not None
        or _PASSING_MEASURE.search(passed["other"]) is not None
    )


# Verbs whose over is their own (handed over, taken over): no thing passed.
_OVER_OF_A_VERB = frozenset(
    "hand hands handed take takes taken took turn turns turned carry carried pass passed get "
    "got go went gone come came left all win won".split()
)


def _above_as_larger(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()
    if match.group().startswith("over") and before and before[-1] in _OVER_OF_A_VERB:
        return match.group()  # (were 500 trucks handed over at year end)
    return " larger than "


# What is passed: a thing, not a figure held (exceed 14 billion), nor a benchmark (its
# targets, last year, the pre-pandemic level, a half).
_PASSED_EN_OTHER = (
    # (nor a gap claimed after it: outpaced GDP by 70.7 points, a figure the report holds)
    r"(?![^?]*?\bby\s+\d)"
    r"(?=(?:the\s+|its\s+|their\s+)?(?!(?:rmb\s*|¥)?\d)"
    r"(?![^?]*?\b(?:targets?|goals?|plans?|expect\w*|forecasts?|indicators?|levels?|average"
    r"|last year|previous|prior|before|pre-|benchmarks?|records?|quotas?|estimates?|limits?"
    r"|thresholds?|budgets?|one|half|third|quarter)\b)[a-z])"
)


# Did A exceed B, has A outpaced B: one thing said to pass another (no number: did GDP
# exceed 14 billion is a figure held; nor a benchmark, its targets, last year, the
# pre-pandemic level).
_EN_PASSED_THING = LazyPattern(
    # (outpaced, outgrew, outstripped: grew faster than)
    r"\b(?:(?P<faster>outstrip(?:ped|s)?|outpac(?:e|ed|es)|outgr(?:ew|ow|own|ows))"
    # (not topped, came top: a place in a ranking)
    r"|exceed(?:ed|s)?|surpass(?:ed|es)?|overt(?:ook|ake|aken|akes))\s+" + _PASSED_EN_OTHER,
    hints=("exceed", "surpass", "outstrip", "outpac", "outgr", "overt"),
)
# Was A above B, is A more than B: said after a verb be opening the question (not take
# over, hand over, the firms over 100 million).
_EN_ABOVE_THING = LazyPattern(
    r"(?<=[a-z]\s)(?:more than|greater than|over|above)\s+" + _PASSED_EN_OTHER,
    hints=("than", "over", "above"),
)
_THAN_BEFORE_THE_PANDEMIC = LazyPattern(
    r"\s+(?:(?:bigger|larger|higher|greater|more)\s+than|above|over)\s+"
    r"(?:(?:it|they)\s+(?:was|were)\s+|(?:the\s+)?(?:level|size)\s+)?"
    r"(?:before\s+(?:the\s+)?(?:covid(?:-19)?\s+)?(?:pandemic|covid(?:-19)?|outbreak|epidemic)"
    r"|pre-?(?:pandemic|covid)(?:\s+(?:levels?|size|times))?)\b(?!\s+of\b)",
    hints=("before", "pre"),
)
_CHOICE_THEN_COMPARATIVE = LazyPattern(
    r"(?P<first>[^，,；;。？?还]{2,16}?)(?<![多少高低大小快慢])还是"
    r"(?P<second>[^，,；;。？?]{2,16}?)(?P<way>多|少|高|低|大|小|快|慢)(?=[吗呢啊呀？?]*$)",
    hints=("还是",),
)
_COMPARED_AS_BI_QILAI = LazyPattern(
    r"(?P<joined>[跟和与同](?:(?!去年|上年|前年|疫情|之前|以前|过去|同期|年|月)[^，,；;。？?]){2,20}?)"
    r"比起来",
    hints=("比起来",),
)
# 哪一级的小巨人多，省级还是国家级: which level has more, the levels offered after it (as
# 省级小巨人和国家级小巨人哪个多 says it).
_WHICH_LEVEL_OFFERED = LazyPattern(
    r"哪(?:一|个)?(?:级别?|层级)的?(?P<thing>[^，,；;。？?]{2,12}?)(?P<way>更?(?:多|少))[，,]\s*"
    r"(?P<first>[^，,；;。？?还]{1,4}级)还是(?P<second>[^，,；;。？?]{1,4}级)(?=[吗呢啊呀？?]*$)",
    hints=("哪",),
)
_THAN_ADJECTIVE = {
    "多于": "多", "少于": "少", "大于": "大", "小于": "小", "低于": "低", "快于": "快",
    "慢于": "慢", "不及": "少", "不如": "少",
    "高过": "高", "快过": "快", "多过": "多", "大过": "大", "低过": "低", "慢过": "慢",
    "少过": "少", "细过": "小",
}  # fmt: skip
# The comparative each verb of _ABOVE_A_TIME says (the report's 高于, passing, beating).
_TIME_RELATION = {
    **{verb: way for verb, way in _THAN_ADJECTIVE.items() if verb.endswith("于")},
    "高于": "高", "超过": "高", "超出": "高", "跑赢": "快", "跑输": "慢",
}  # fmt: skip
_OUTNUMBER = LazyPattern(
    r"\s+(?:(?P<by>(?:(?:is|are|was|were|be|been|being)\s+)?outnumbered\s+by)|outnumber(?:s|ed)?)\s+",
    hints=("outnumber",),
)


# --- things set aside ------------------------------------------------------------------------

# What a thing set aside may hold: no punctuation, bracket or space (…(不含吉利)).
_THING = r"[^，,。；;：:？?！!\s()（）【】\[\]「」“”\"]"
# 除了吉利(以外)，…; 除去吉利; 除吉利外; 除了副处还…: what follows 除(了/去/开) up to 以外,
# 之外 or 外, or up to a comma or 还/都/也 (not 消除, 排除, 扣除, 开除: verbs; nor 除此之外,
# 除了这些, 除以: no thing).
_EXCEPT_ZH = LazyPattern(
    r"(?<![消排清去解免剔删拆革废根破扫铲祛开整乘扣])除(?:了|去|开)?(?![了去开此这那以法夕非])"
    rf"(?P<thing>{_THING}{{1,12}}?)(?:以外|之外|外(?![资贸商地省国])|(?=[，,;；]|还|都|也|另外))",
    hints=("除",),
)
# 不算国家级的, 不包括留抵退税, 不含吉利: a thing left out of a count (not 算不算: a yes or
# no asked).
_LEFT_OUT_ZH = LazyPattern(
    r"(?:(?<![算要就可])不算上?|不包括|不包含|不含|不计|刨去|刨除|去掉)"
    rf"(?P<thing>{_THING}{{1,10}}?)(?:在内|以外|之外)?(?=[，,;；的)）]|还|$)",
    hints=("不算", "不包", "不含", "不计", "刨", "去掉"),
)
# 不是国家级的(小巨人): those of another kind; not in a question asking yes or no (这不是吉利
# 的产值吗: a claim checked).
# (有多少高新技术企业不是专精特新企业, 不属于专精特新的: ending what is asked, or
# belonging said: those not of the kind named)
_NOT_OF_ZH = LazyPattern(
    rf"(?<![是还])(?:不是|不属于)(?P<thing>(?:(?!的){_THING}){{1,6}})的(?=[\u4e00-\u9fff])"
    # (不是很清楚: how sure the asker is, no kind: a degree word opens no thing)
    rf"|(?<![是还])(?:不是|不属于)(?!很|太|真|挺|蛮|十分|非常|特别)(?P<last>(?:(?!的){_THING}){{2,10}})"
    r"(?=[？?。]*$)",
    hints=("不是", "不属于"),
)
# How many, asked in so many words (有多少高新技术企业不是…, 高新技术企业数增速是多少): a
# number wanted (几 of 几乎, almost, asks nothing). (Not Question.asks_number, which a
# count's own measure word sets: 企业数 of 高新技术企业数增速.)
# (具体数字, 数值, 有多高: a figure asked in so many words, as 多少 asks it)
HOW_MANY_SAID = re.compile(r"多少|几(?!乎)|具体(?:数字|数值|数据)|数值|有多[高大少]|多大|多高")
_CLAUSE_APART = re.compile(r"[，,;；？?。!！]")
# 吉利除外, （吉利除外）: the thing before it, from its clause's start.
_SET_ASIDE_ZH = LazyPattern(
    rf"(?:^|(?<=[，,;；(（]))(?P<thing>{_THING}{{1,8}})除外", hints=("除外",)
)
_EXCEPT_EN = LazyPattern(
    r"\b(?:except(?:\s+for)?|excluding|exclusive of|other than|apart from|aside from|besides"
    # (not without leaving the zone: a way of doing, 不出区; nor a learner's without leave
    # the zone, a verb before its object)
    r"|without(?!\s+[a-z]+ing\b)(?!\s+[a-z]+\s+(?:the|a|an|any|their|its|our|to)\b)"
    r"|not counting|not including|leaving aside|leaving out"
    r"|setting aside|putting aside)"
    r"\s+(?P<thing>[^,;?.!()]+)",
    hints=("except", "excluding", "exclusive", "other than", "apart", "aside", "besides",
           "without", "not counting", "not including", "leaving", "setting", "putting"),
)  # fmt: skip
# Where a thing set aside inside a sentence ends (which firm other than Geely accounted for
# the largest pull): at a verb, a question word or a number, the question going on.
_EN_THING_ENDS = frozenset(
    "which what who whom how is was are were did does do has have had got get gets gave "
    "give made make makes saw see won win ranked rank led lead pull pulls grew grow rose "
    "more less most least than in on at by with for from to of".split()
)
# What if it were not (要不是疫情, 如果不是): a supposition, nothing set aside.
_IF_NOT = LazyPattern(r"(?:要|如果|若|假如|要是|倘若)不是$", hints=("不是",))
_PARTICLES = frozenset("吧吗呢了啊呀嘛么")
_NO_THING = frozenset("此 这 这个 这些 那 那些 上述 以上 that this these those it them".split())
_THINGS_APART = re.compile(r"\s+and\s+|\s*[和与及跟、]\s*|\s*以及\s*")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


# (还有多少, 还剩几户, how many more: a remainder, no other thing)
_BESIDES = LazyPattern(
    r"还(?!(?:有|剩|剩下|余)(?:多少|几))|另外|另有|其他|其它|别的|其余的?(?:哪|什么)"
    # (剩下的是哪些: the others, named; 还剩多少 is what is left of a figure)
    r"|剩(?:下|余)的?(?=[^，,。？?]{0,3}(?:哪|什么|啥))"
    r"|\b(?:else|other|others|also|another|too)\b(?!\s+(?:many|much))",
    hints=(*"还另其别剩", "else", "other", "also", "another", "too"),
)
_THE_REST = LazyPattern(r"剩(?:下|余)的?", hints=("剩",))


# 还 or 另外 straight before a verb, once something is set aside (除了…，还拨了, 另外拨的):
# also, said of the doing (not 还是, 还有: or, there is).
_ALSO_DONE = LazyPattern(
    r"(?:还|另外|又)(?=[拨给发退交生造建成评获认提新增投])", hints=("还", "另外", "又")
)


def _thing_ends(word: str) -> bool:
    """Does an English word end a thing set aside (a verb, a question word, a number)?"""
    return word in _EN_THING_ENDS or word.endswith("ed") or any(c.isdigit() for c in word)


# What the asker is doing, before a colon and a question (Quick check: how many …).
_LEAD_IN = LazyPattern(
    r"^(?P<lead>[^:?\d]{1,60}?):\s+(?=(?:what|how|which|who|whom|when|where|why|is|are|was"
    r"|were|did|does|do|has|have|can|could)\b)",
    hints=(":",),
)


def _lead_in_ended(raw: str, folded: str) -> str:
    """Quick check: how many …, For due diligence: what …: a lead-in saying only what the
    asker is doing (every word one of _FRAMING) ends as a sentence does, its words
    context. Any other word may be what is asked of (Per capita:, Province-wide:,
    Shanxi:, For 2021:), and the question stays whole."""
    if ":" not in raw or not raw.isascii():
        return folded
    lead = _LEAD_IN.match(raw.strip())
    if lead is None:
        return folded
    words = re.findall(r"[a-z][a-z'-]*", lead["lead"].casefold())
    if not words or any(w.removesuffix("'s") not in _FRAMING for w in words):
        return folded
    ended = _LEAD_IN.match(folded.strip())
    if ended is None:
        return folded
    return ended["lead"] + ". " + folded.strip()[ended.end() :]


# A quiz item sets a question of its own: 判断：X or true or false: X claims X (X吗, X,
# true?), as (对/错) or 对还是错 after it does; a blank (____, ( )) asks the figure that
# fills it, and the options after it (A.134亿元 B.143亿元) are guesses, no figure claimed
# (options in words are a choice: 全国还是全球). Read in Traditional characters and
# Cantonese too (判斷, 對/錯, 啱定錯).
_QUIZ_JUDGED = LazyPattern(
    r"^\s*(?:请)?(?:(?:判[断斷](?:下列(?:说法|說法)(?:是否正[确確])?)?|是非[题題]|[对對][错錯][题題])\s*[:：]"
    r"|判[断斷](?:[对對][错錯]|正[误誤]|真假|[题題])\s*[:：]?)\s*"
    r"|^\s*(?i:true\s+or\s+false|t\s*/\s*f|right\s+or\s+wrong)\s*[:：?？]\s*",
    hints=("判", "是非", "对错", "對錯", "rue", "/", "ight"),
)
_QUIZ_JUDGED_AFTER = LazyPattern(
    r"[，,;；]?\s*(?:[(（]\s*(?:[对對]|[错錯]|正[确確]|[错錯][误誤]|√|×|(?i:t|f|true|false))\s*"
    r"(?:/|或|、|\s)\s*(?:[对對]|[错錯]|正[确確]|[错錯][误誤]|√|×|(?i:t|f|true|false))\s*[)）]"
    r"|[对對]还是[错錯]|[对對]還是[错錯]|是[对對]是[错錯]|[对對]或[错錯]|正[确確]还是[错錯][误誤]"
    r"|是否正[确確]|啱定[错錯]|啱唔啱|(?i:(?:true|right)\s+or\s+(?:false|wrong)))"
    r"\s*[?？。.!！]*\s*$",
    hints=("对", "對", "错", "錯", "正", "√", "/", "啱", "rue", "ight"),
)
# A fact-checker's frame: a claim reported (有媒体说, 网传, 通稿里写, 有人倒推出; fact check:)
# and checked after it (，属实吗, 这个数对吗, 站得住吗; true?): the claim is what is asked,
# as a quiz item's. The report of it is read only where a check ends the line.
_CLAIM_REPORTED = LazyPattern(
    r"^\s*(?:(?:(?:有|据)?(?:媒体|报道|新闻|文章|稿子|通稿|报纸|网上|网友|材料|简报|有人|别人|朋友"
    r"|同事|领导)(?:里|上|中)?(?:都|也)?(?:说|称|讲|写|报道|提到|倒推|推算|算|传)(?:出|了|的|道|着){0,2}"
    r"|网传|網傳|传言|聽講|听讲)\s*[:：，,]?"
    # (English only before a colon, a word whole: Checkpoints, Claimed by are no frame)
    r"|(?i:(?:fact[- ]?check(?:ing)?|claim|check|verify)\b\s*[:：]))\s*",
    hints=("说", "称", "讲", "写", "报道", "提到", "推", "算", "传", "heck", "HECK", "laim",
           "LAIM", "erify", "ERIFY"),
)  # fmt: skip
# (the tags readers know, CONFIRMING_TAGS, and a checker's: 这个数对吗, 站得住吗, 有依据吗;
# a separator only where a run of spaces starts, or a long run is tried at every space)
_CLAIM_CHECKED = LazyPattern(
    r"(?:[，,。.]\s*|(?<!\s)\s+)(?:(?:这个|这一|这|此|该)?(?:月份|年份|数字?|数据|说法|表述|提法|话"
    rf"|排名|比例|时间|写法|结论|口径)?(?:{CONFIRMING_TAGS}|{CHECKING_TAGS})"
    r"|(?i:(?:is (?:that|this|it) )?(?:true|correct|accurate|right)))"
    r"\s*[?？。.!！]*\s*$",
    hints=("对", "准", "属实", "站得住", "没错", "靠谱", "依据", "真", "啱", "是吗", "是吧", "rue",
           "RUE", "orrect", "ORRECT", "ccurate", "CCURATE", "ight", "IGHT"),
)  # fmt: skip
_QUIZ_BLANK = LazyPattern(
    r"_{2,}|＿{2,}|[(（【\[]\s*[)）】\]]", hints=("__", "＿＿", "(", "（", "【", "[")
)
# The options of a multiple-choice item, A. to the item's end (A.134亿元 B.143亿元 C.153亿元),
# in capitals as a quiz writes them, no question after them (what were (a) GDP and (b)
# its growth?: a list of things asked).
_QUIZ_OPTIONS = LazyPattern(
    r"(?<![A-Za-z])[AＡ]\s*[.．、:：)）]\s*\S.*?(?<![A-Za-z])[BＢ]\s*[.．、:：)）]\s*\S",
    hints=("A", "Ａ"),
)
# (or numbered in circles, as Chinese papers number them: ①13 ②31 ③87; (a) … (b) … in
# English is left alone: a list of things asked)
_QUIZ_OPTIONS_CIRCLED = LazyPattern(r"①\s*\S.*?②\s*\S", hints=("①",))
_QUIZ_OPTION = r"(?<![A-Za-z])[A-FＡ-Ｆ]\s*[.．、:：)）]|[\u2460-\u2473]"  # (one option's mark)
# The kind of item a quiz names first (单选题：, 填空：, 選擇題, multiple choice:, Q3.): no
# words of what is asked. (判断题 and true or false are claims: _QUIZ_JUDGED reads them.)
_QUIZ_LABEL = LazyPattern(
    r"^\s*(?:第?\d{1,3}\s*[.．、:：题]\s*)?"
    r"(?:(?:单项|單項|多项|多項|不定项|不定項)?(?:单|單|多)?(?:选择|選擇|选|選)|填空|连线|連線|简答|簡答"
    r"|问答|問答|计算|計算)[题題]?\s*(?:[(（][^)）]{0,12}[)）])?\s*[:：]\s*"
    r"|^\s*(?i:(?:multiple[- ]choice|single[- ]choice|fill[- ]in[- ]the[- ]blanks?|fill[- ]in"
    # (question 3, quiz 3; not Q3, a quarter as business writing names it)
    r"|mcq|(?:quiz|question)(?:\s+\d{1,3})?|choose the (?:correct|right|best) answer)"
    r"(?:\s*\(\d+ (?:points?|marks?)\))?\s*[:：.]\s*)",
    hints=("选", "選", "填空", "连线", "連線", "答", "计算", "計算", "ultiple", "ULTIPLE", "ingle",
           "INGLE", "ill", "ILL", "cq", "CQ", "uiz", "UIZ", "uestion", "UESTION", "hoose",
           "HOOSE"),
)  # fmt: skip


# 两个问题：, 我想问三个问题，, Two questions: — the asker counting the questions to come.
_QUESTIONS_PREFACE = LazyPattern(
    r"^\s*(?:我?(?:有|想问|问|请教)?(?:一|两|二|三|几|2|3)?个(?:小)?问题[：:，,。]"
    r"|(?:问|请教)(?:两|二|三|几|2|3)个(?:事)?[：:]"
    r"|(?i:(?:i have |i've got |got )?(?:two|three|a couple of|a few|2|3) (?:quick |short )?"
    r"questions?\s*[:,.-]))\s*",
    hints=("问", "uestion", "UESTION"),
)
# The options pointed at in a stem (下列, 以下各项中, which of the following): no words of
# what is asked.
# (以下 and 下面 are also below and under: only where they open the stem or point on;
# the following year is no option)
_THE_FOLLOWING = LazyPattern(
    r"(?:^\s*在)?(?:下列|(?:^\s*|(?<=[，,：:。\s]))(?:以下|下面)|(?:以下|下面)(?=各项|选项|说法|几项|哪|中))"
    r"(?:各项|选项|说法|几项|内容)?(?:中|当中|之中)?"
    r"|\b(?:(?:of|among)\s+)?(?:the\s+following(?!\s+(?:years?|months?|days?|weeks?|quarters?)\b)"
    r"|these\s+(?:options|choices)|the\s+options)\b",
    hints=("下列", "下面", "以下", "following", "options", "choices"),
)
# A blank after a rank's verb asks the place (在全市排名（ ）, ranked ____ in the city).
_PLACE_BEFORE_BLANK = LazyPattern(
    r"(?:排名|排行|排在|位列|位居|名列|居于)(?:全市|全省|全国)?(?:第)?\s*$|(?i:\branked)\s*$",
    hints=("排名", "排行", "排在", "位", "名列", "居于", "anked", "ANKED"),
)


# An option that is a time (2022年6月, 年底, June 2022, end of 2021).
_DATE_OPTION = re.compile(
    r"(?:(?:19|20)\d{2}\s*年?)?(?:\d{1,2}\s*月份?|年底|年末|年初|年中|上半年|下半年)?"
    r"|(?i:(?:early|mid|late|the end of|end of|in)?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec)[a-z]*\.?\s*)?(?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*)"
)
# A question's word in an option (①GDP多少 ②增速多少, (a) what … (b) how …): questions
# numbered, no options. (Not _EN_ASKING_OR_CLASS: with and that stand in options too.)
_EN_ASKS = LazyPattern(
    r"\b(?:what|which|how|who|when|where|why)\b",
    hints=("what", "which", "how", "who", "when", "where", "why"),
)
# Words of a stem that name nothing asked (which of these is true, 以下说法正确的是, what
# did the zone do, what does the review say).
_STEM_ONLY_ZH = re.compile(
    r"[的是有哪些个项种属于正确错误对不说法表述下列开发区晋中年做了在中\d\s？?（）()_＿:：，,。.]"
)
_STEM_ONLY_EN = frozenset(
    "which what who of the following these is are was were one did does do zone zone's "
    "in a an report review state states stated say says said mention mentions mentioned "
    "true correct right false wrong statement statements option options choice choices "
    "according to".split()
)


def _names_what_it_asks(stem: str) -> bool:
    """Does a quiz stem name what it asks (下列哪些行业成立了党建联盟: industries with
    alliances), not only point at its options (下列说法正确的是, which of the following
    did the zone do in 2022)?"""
    if has_cjk(stem):
        return len(_STEM_ONLY_ZH.sub("", stem)) >= 3
    words = re.findall(r"[a-z']+", stem.casefold())
    return sum(w not in _STEM_ONLY_EN for w in words) >= 2


def quiz_read(text: str) -> str:
    """A quiz item read as the question it sets (see _QUIZ_JUDGED); any other question as
    typed. (ask reads it first, for its own readers of the text, and the analyser again,
    for search: a second reading changes nothing.)"""
    preface = _QUESTIONS_PREFACE.match(text)
    if preface is not None and text[preface.end() :].strip():
        text = text[preface.end() :]  # (两个问题：…；…: how many are asked, nothing asked)
    labelled = False
    while (label := _QUIZ_LABEL.match(text)) is not None and text[label.end() :].strip():
        text = text[label.end() :]  # (a quiz's label names nothing asked: Q4. Fill in: …)
        labelled = True
    # (options come after the stem's last question mark: none is looked for before it)
    after_asking = max(text.rfind("?"), text.rfind("？")) + 1
    tail = text[after_asking:]
    options = _QUIZ_OPTIONS.search(tail) or _QUIZ_OPTIONS_CIRCLED.search(tail)
    start = after_asking + options.start() if options is not None else len(text)
    stem = text[:start]
    # (开发区有几个产业党建联盟 A.5个 B.7个: options after a stem that asks, as after a
    # question mark or a blank)
    stem_asks = ZH_ASKING.search(stem) is not None
    if options is not None and not (
        _QUIZ_BLANK.search(stem) or stem_asks or re.search(r"[?？:：]\s*$", stem) or labelled
    ):
        options = None  # (tell me (A) the GDP and (B) …: things asked, no options to choose)
    choices: list[str] = []
    if options is not None:
        choices = [
            c.strip(" ,，;；") for c in re.split(_QUIZ_OPTION, text[start:]) if c.strip(" ,，;；")
        ]
        if any(ZH_ASKING.search(c) or _EN_ASKS.search(c.casefold()) for c in choices):
            choices = []  # (开发区2022年：①GDP多少 ②增速多少: questions numbered, no options)
        else:
            text = text[:start].rstrip()
    checked = _CLAIM_CHECKED.search(text)
    if checked is not None and not choices:
        reported = _CLAIM_REPORTED.match(text)
        claim = text[reported.end() if reported else 0 : checked.start()].strip()
        tag = checked.group().strip(" ,，.。?？!！")
        # (a claim, not 这个数对吗 alone; a tag the reader knows, X，对吗, is read as it is)
        if len(claim) >= 4 and (reported or not _CONFIRMING.fullmatch(tag.casefold())):
            english = _in_english(claim)
            claim = claim.strip("“”\"'「」『』").rstrip("。.!！?？")
            if english:
                return f"{claim}, true?"
            return claim + "？" if claim.endswith(("吗", "嗎")) else f"{claim}吗？"
    blanks = list(_QUIZ_BLANK.finditer(text))
    if not (blanks or choices or _QUIZ_JUDGED.match(text) or _QUIZ_JUDGED_AFTER.search(text)):
        return text
    english = _in_english(text)
    pointed = _THE_FOLLOWING.search(text) if choices else None
    if pointed is not None and not _names_what_it_asks(
        text[: pointed.start()] + text[pointed.end() :]
    ):
        pointed = None  # (下列说法正确的是, which of the following did the zone do: the
        # options are what is asked, the stem names nothing of its own)
    figures = bool(choices) and all(any(ch.isdigit() for ch in c) for c in choices)
    dates = bool(choices) and all(_DATE_OPTION.fullmatch(c.strip(" 。.")) for c in choices)
    if pointed is not None:
        # 下列属于超额完成指标的有（ ）, which of the following …: the things the report
        # lists are asked, which the options only guess at (some it never names); a figure
        # where the options are figures; nothing more where the stem asks (下列哪个园区).
        space = " " if english else ""
        text = (text[: pointed.start()] + space + text[pointed.end() :]).strip()
        blanks = list(_QUIZ_BLANK.finditer(text))
        if figures:
            said = " how much " if english else "多少"
        else:
            said = "" if stem_asks else " which " if english else "哪些"
        stem_asks = stem_asks or not blanks
    elif dates:
        said = " when " if english else "什么时候"  # (下线于（ ）A.2022年4月 B.2022年6月)
    elif choices and not figures:
        said = (" or " if english else "还是").join(choices)  # (A.全国 B.全球: which)
    else:
        said = " how much " if english else "多少"
    for blank in reversed(blanks):  # (开发区GDP为____亿元，增长____%: each figure asked)
        after = text[blank.end() :].split()
        counted = english and not choices and after and after[0].endswith("s")
        asked = " how many " if counted else said
        if _PLACE_BEFORE_BLANK.search(text[: blank.start()]) is not None:
            asked = " what place " if english else "第几"  # (在全市排名（ ）: a place)
        text = text[: blank.start()] + asked + text[blank.end() :]
    if choices and not blanks and not stem_asks:
        space = " " if english and not said.startswith(" ") else ""
        text = text.rstrip(" ,，:：。") + space + said  # (完成 A.134亿元 …: 完成多少)
    if not re.sub(r"多少|how (?:much|many)|[\s?？。.]", "", text):
        return ""  # (a blank or options alone: nothing asked of anything)
    judged = _QUIZ_JUDGED.match(text) or _QUIZ_JUDGED_AFTER.search(text)
    if judged is None:
        return text
    claim = (text[: judged.start()] + text[judged.end() :]).strip().rstrip("。.!！?？")
    if english:
        return f"{claim}, true?"
    return claim + "？" if claim.endswith(("吗", "嗎")) else f"{claim}吗？"


# 既然X，…; since X, …; X (a figure)，为什么…: a question resting on a claim said as so (the
# premise), which is weighed on its own before what is then asked (not a supposition, 如果
# or 假设 (PREMISE_OPENING), which grants what it says).
_CLAIMED_FIRST_ZH = LazyPattern(
    r"^\s*(?P<marker>既然|既是|鉴于|考虑到|由于|因为|听说|都说)(?P<premise>[^，,；;。？?！!]{2,60})[，,；;]"
    r"\s*(?P<rest>\S.*)$",
    hints=("既", "鉴于", "考虑到", "由于", "因为", "听说", "都说"),
)
_CLAIMED_BEFORE_WHY = LazyPattern(
    r"^\s*(?P<premise>[^，,；;。？?！!]{2,60}?\d[^，,；;。？?！!]{0,20})[，,；;]\s*"
    r"(?P<rest>(?:那|那么|可|但)?(?:为什么|为啥|咋|怎么|凭什么|凭啥|何以).*)$",
    hints=("为什么", "为啥", "咋", "怎么", "凭", "何以"),
)
_CLAIMED_FIRST_EN = LazyPattern(
    r"^\s*(?P<marker>since|given that|now that|seeing that|considering that|if it is true that)"
    r"\s+"
    r"(?P<premise>[^,;?]{4,120}),\s*(?P<rest>\S.*)$",
    hints=("since", "given", "now that", "seeing", "considering", "true that"),
)


class Premise(NamedTuple):
    """The claim a question rests on, as a yes-or-no question of its own; what is then
    asked ("" where that is only why after a figure: 为什么能产这么多 names nothing by
    itself); and whether only the claim's truth is asked (since GDP was 15.3 billion,
    right?: the claim is the question)."""

    claim: str
    then: str
    only_whether: bool = False
    # 既然, since: granted as so (not 因为, 听说: a cause or hearsay), a figure said or not.
    granted: bool = False


def premise_of(text: str) -> Premise | None:
    """The claim a question rests on (既然甲醇重卡交付了2000辆，…; since GDP fell in 2022,
    …), or None where it rests on none, or (听说X，对吗) asks only whether X holds, which
    is read whole."""
    folded = fold_query(text)
    said = _CLAIMED_FIRST_EN.match(folded) if folded.isascii() else None
    if said is not None:
        premise = f"is it true that {said['premise'].strip()}?"
    else:
        said = _CLAIMED_FIRST_ZH.match(folded) or _CLAIMED_BEFORE_WHY.match(folded)
        if said is None:
            return None
        premise = f"{said['premise'].strip()}吗？"
    rest = said["rest"]
    if not rest.strip(" ？?。"):
        return None
    english = said.re.pattern == _CLAIMED_FIRST_EN.pattern
    if _CONFIRMING.fullmatch(rest.strip().rstrip("。.!！")) is not None:
        # 听说GDP是153亿，对吗; since GDP was 15.3 billion, right?: whether the claim holds
        # is all that is asked, the claim the question (read without since).
        return Premise(premise, "", only_whether=True, granted=True) if english else None
    if said.re.pattern == _CLAIMED_BEFORE_WHY.pattern:
        return Premise(premise, "")
    return Premise(premise, rest, granted=english or said["marker"] in _GRANTING)


# 吉利产了多少车？不对，我是说产值; how many provincial ones, sorry, I mean national: the
# asker takes back what they said first; what they meant is the question. (Never a
# marker opening the question: I mean, what was GDP.)
_CORRECTION = LazyPattern(
    # (Only a retraction: 我的意思是 or I mean alone narrows a question, GDP多少，我的
    # 意思是全年; what was GDP, I mean in 2022: nothing is taken back.)
    r"(?:不对|错了|(?<!是)不是|(?<![是对好])不(?=[，,]))[，,。！!\s]*(?:我是说|我是想问|我想问的是|我想问"
    r"|我的意思是|我指的是|我要问的是|我要|应该是)[:：，,\s]*"
    r"|(?<!是)不是[，,]\s*是"
    r"|(?:不对不对|说错了|口误了?|更正一下)[，,。！!\s]*(?:(?:我是说|我的意思是)[:：，,\s]*)?"
    r"|\b(?:sorry|oops|wait|no|actually|correction)[,.!:]?\s+(?:i\s+mean(?:t)?|make\s+that"
    r"|i\s+meant\s+to\s+(?:ask|say)|let\s+me\s+rephrase)\b[,.:]?\s*"
    r"|\bscratch\s+that\b[,.:]?\s*"
    # (吉利的产量我知道了，它拉动了几个点: what is known already is set aside, as taken back)
    r"|(?:我|我们)?(?:已经|都)?(?:知道|清楚|了解|查到|查过|看到|看过)了[，,。！!\s]+(?=\S)",
    hints=("不对", "错了", "不是", "说错了", "口误", "更正", "我要", "我想问", "mean", "make that",
           "scratch that", "rephrase", "知道了", "清楚了", "了解了", "查到了", "查过了", "看到了",
           "看过了"),
)  # fmt: skip


def correction_of(text: str) -> tuple[str, str] | None:
    """What a question said first and what the asker then meant instead, split at the
    last correction (吉利产了多少车 / 它的产值是多少), or None where it has none. (What
    is said first may hold a correction of its own: see rank.meant.)"""
    folded = fold_query(text)
    marks = list(_CORRECTION.finditer(folded))
    if not marks:
        return None
    last = marks[-1]
    before, after = folded[: last.start()].strip(" ，,。？?"), folded[last.end() :].strip()
    if not before or not after.strip(" ？?。.!！"):
        return None
    return before, after


# A level said of the little giants and the technique centres (_LEVEL_WORDS, as a
# pattern; state-level and city-level only so: the city alone is a place).
LEVEL_SAID = re.compile(
    r"国家级|国际级|省级|市级|区级|\b(?:national|provincial|municipal)(?:[- ]level)?\b"
    r"|\b(?:state|city)[- ]level\b"
)


def level_swapped(
    said: str, asked: str, levels: re.Pattern[str] | LazyPattern = LEVEL_SAID
) -> str | None:
    """What was said, with its level (or reach: answer's pattern) put in place of the one
    asked (有几家省级小巨人 -> 国家级: 有几家国家级小巨人), or None unless both say one,
    and not the same."""
    # (the last level said: 省级有几家，我是说国家级 … 市级 corrects the national)
    other = next(reversed(list(levels.finditer(said))), None)
    meant = levels.search(asked)
    if other is None or meant is None or other.group() == meant.group():
        return None
    return said[: other.start()] + meant.group() + said[other.end() :]


_GRANTING = ("既然", "既是", "鉴于", "考虑到")  # (not 因为, 由于: a cause; 听说: hearsay)


# 报告举了哪些例子, 举例说明, what examples are given: the members a sentence names.
_EXAMPLES_ASKED = LazyPattern(
    r"(?:报告)?(?:[里中]|上)?(?:举了?|列了?|提到了?|给了?|点了?名?)?(?:哪些|什么|哪几个)(?:具体的?)?例子"
    r"|举(?:个|几个)?例子|举例(?:说明)?|例子(?:有|是)(?:哪些|什么)"
    r"|\b(?:what|which|any|some|give(?: me)?(?: some)?|name(?: some)?) examples?\b"
    r"(?:\s+(?:does|did|do)\s+(?:the report|it)\s+(?:give|name|mention|cite))?",
    hints=("例", "example"),
)
# Like as a speaker's hesitation (did like the GDP grow, um so like, like, you know), not
# as a likeness (what are prices like in the zone, firms like Geely).
_LIKE_SAID = LazyPattern(
    r"\b(?P<before>did|does|do|was|is|were|are|so|um|uh|er|and|but) like\b"
    r"|\blike\b(?=\s*,|\s+(?:um|uh|er|you know|i mean)\b)",
    hints=("like",),
)
_THOSE_FEW = LazyPattern(r"(?<=[那这])几(?:个|家|项|类|位|名|户)", hints=("那几", "这几"))
_AMONG_FIRMS_WHO = LazyPattern(
    r"(?:[^，,。？?]{0,10}的)?(?:企业|公司)(?:之中|当中|中|里面|里)[，,]\s*谁",
    hints=("企业", "公司"),
)
_ALL_LISTED = LazyPattern(
    r"(?:(?<=列出)|(?<=列举)|(?<=罗列)|(?<=盘点)|(?<=列一下)|(?<=列出来))(?:一下|出来)?"
    r"(?:所有|全部|一切)的?",
    hints=("所有", "全部", "一切"),
)


# What an asker says of what they are doing, before a colon (Quick check:, For due
# diligence:, As an analyst I want to know:, Question 1 is a number and stays whole).
_FRAMING = frozenset(
    """quick check checking question query q fyi btw note notes memo for my our a an the
    due diligence background context just curious research researching report reporting
    article story piece brief briefing fact fact-check fact-checking verify verifying
    confirm confirming please hi hello hey as i i'm im we want wanted know to like would
    analyst investor journalist reporter student researcher clerk editor desk follow-up
    followup one more another simple""".split()
)


def _excluded_said(text: str) -> tuple[tuple[str, ...], str]:
    """The things a question sets aside (除了吉利, 不算国家级的, apart from the VAT
    refunds), each as typed, and the question without them: what is asked is the rest,
    and a fact named by a thing set aside never answers it."""
    found: list[str] = []
    if has_cjk(text):
        # (A yes-or-no question judges or checks a claim: 不算慢吧, 这不是吉利的产值吗.)
        patterns = [_EXCEPT_ZH, _SET_ASIDE_ZH]
        patterns += [] if _YES_NO.search(text) else [_LEFT_OUT_ZH, _NOT_OF_ZH]
        for pattern in patterns:
            at = 0
            while (match := pattern.search(text, at)) is not None:
                last = match.groupdict().get("last")  # (_NOT_OF_ZH's, ending the question)
                thing = match["thing"] or last or ""
                if last and not HOW_MANY_SAID.search(
                    _CLAUSE_APART.split(text[: match.start()])[-1]
                ):
                    at = match.end()  # (…，不是说GDP: the asker's aside, no part counted)
                    continue
                things = [t for t in _THINGS_APART.split(thing) if len(t) > 1]
                things = [t for t in things if t not in _NO_THING and t[-1] not in _PARTICLES]
                if not things or _IF_NOT.search(text[: match.start() + 2]) is not None:
                    at = match.end()  # (不算快: no thing; 要不是疫情: what if it were not)
                    continue
                found += things
                text = text[: match.start()] + _SOFT + text[match.end() :]
                at = match.start()
        return tuple(found), text
    match = _EXCEPT_EN.search(text)
    if match is None:
        return (), text
    said = _ARTICLE.sub("", match["thing"].strip())
    end = match.end()
    if text[end : end + 1] not in (",", ";"):
        # (No comma after it: the thing ends where the question goes on, at a verb, a
        # question word or a number; which firm pulled most, except Geely, ends with it.)
        words = said.split()
        # (a figure opening it is the thing: apart from the 706 million)
        lead = list(itertools.takewhile(lambda w: any(c.isdigit() for c in w), words))[:1]
        rest = words[len(lead) :]
        kept = lead + list(itertools.takewhile(lambda w: not _thing_ends(w), rest))
        said = " ".join(kept)
        at = match.start("thing")
        end = text.find(kept[-1], at) + len(kept[-1]) if kept else at
    things = [_ARTICLE.sub("", t.strip()) for t in _THINGS_APART.split(said)]
    things = [t for t in things if t and t not in _NO_THING]
    if not things:
        return (), text
    return tuple(things), text[: match.start()] + " " + text[end:]


# A part a whole asked holds (包括副处在内, 连同轮岗, including rotation, counting both A
# and B): said beside the total asked, which no word of the part narrows.
_INCLUDED_ZH = LazyPattern(
    r"(?:包括|包含|连同)(?P<part>[^，,。？?！!]{1,12}?)在内"
    r"|(?:连同|算上)(?P<also>[^，,。？?！!]{1,10}?)(?=一共|总共|共计|合计|总计|[，,])",
    hints=("包括", "包含", "连同", "算上"),
)
_INCLUDED_EN = LazyPattern(
    r",?\s*\b(?:including|incl\.|counting(?: both)?|together with)\s+(?P<part>[^,?.!;]+)",
    hints=("includ", "incl", "counting", "together"),
)


def included_said(text: str) -> tuple[tuple[str, ...], str]:
    """The parts a question says the whole it asks holds (包括副处在内, including
    rotation), and the question without them."""
    pattern = _INCLUDED_ZH if has_cjk(text) else _INCLUDED_EN
    match = pattern.search(text)
    if match is None:
        return (), text
    part = (match["part"] if has_cjk(text) else match["part"].strip()) or match["also"] or ""
    return (part,), text[: match.start()] + " " + text[match.end() :]


def _as_than(match: re.Match[str]) -> str:
    """多于国家级小巨人吗 -> 比国家级小巨人多吗."""
    return f"比{match['other']}{_THAN_ADJECTIVE[match['verb']]}{match['end']}"


# A clause asks where it holds a question word (ask's two questions in one, search's
# several in a line): 几, 多少, 谁 (啥 as typed, before it is read as 什么); in English, a
# question word or an auxiliary opening it. Clauses part at a comma (not a thousands
# separator), a semicolon or a question mark.
ZH_ASKING = LazyPattern(
    r"几|多少|哪|什么|啥|吗|呢|是否|有没有|如何|怎(?:么|样)|谁|何时",
    hints=(*"几多哪什啥吗呢是有如怎谁何",),
)
EN_ASKING = LazyPattern(
    r"\s*(?:who|what|which|how|when|where|why|did|does|do|is|was|were|are|has|have|can)\b",
    hints=("wh", "how", "d", "is", "was", "were", "are", "ha", "can"),
)
CLAUSES = LazyPattern(r"[，；;？?]|,(?!\d)", hints=("，", ",", "；", ";", "？", "?"))


_AFTER_THE_YEAR = LazyPattern(
    rf"(?P<en>\b(?:after|beyond) (?:the year )?{REPORT_YEAR}\b"
    rf"|\bfrom {REPORT_YEAR} on(?:wards?)?\b)"
    rf"|{REPORT_YEAR}年?(?:以后|之后|往后)",
    hints=(REPORT_YEAR,),
)
_PART_OF_A_COUNT = LazyPattern(r"\bpart of the (?P<count>\d+)\b", hints=("part of the",))
_HAPPENED = LazyPattern(r"happen|发生", hints=("happen", "发生"))
_INCLUDES_WHICH = LazyPattern(
    r"都?(?:包括|包含)了?(?:哪些|什么|啥|哪几[个项家类种])",
    hints=("包括", "包含"),
)


_THE_ZONE_APART = LazyPattern(
    r"开发区|综改区|园区|\bzone\b", hints=("开发区", "综改区", "园区", "zone")
)
_A_STANDING = LazyPattern(
    r"排名|排第|垫底|第一|倒数|名列|\b(?:rank\w*|last|first|bottom|top)\b",
    hints=("排", "垫底", "第一", "倒数", "名列", "rank", "last", "first", "bottom", "top"),
)
_RANKED_IN_JINZHONG = LazyPattern(
    r"(?<=在)(?P<zh>晋中市?)(?=(?:内|里|范围内)?(?:的?排名|排第|排在|排|垫底|第一|倒数|名列))"
    r"|(?:(?<=\bin )|(?<=\bamong )|(?<=\bacross ))jinzhong(?: city)?(?:'s \w+)?",
    hints=("晋中", "jinzhong"),
)
_RANKED_IN_THE_ZONE = LazyPattern(
    r"(?<=在)(?P<zh>开发区|园区|综改区|本区|我区|区)(?=(?:内|里|中|当中|范围内)?"
    r"(?:的?排名|排第|排在|排|名列|第一|垫底))"
    r"|(?:(?<=\bfirst)|(?<=\btop)|(?<=\blast)|(?<=\bone))\s+(?:in|within|across)\s+(?:the\s+)?"
    r"(?:development\s+)?(?:zone|district|park)\b",
    hints=("在", " in ", " within ", " across "),
)
_NAMED_WHICH = LazyPattern(r"点(?:了|到|出)了?(?=谁|哪)", hints=("点了", "点到", "点出"))
# (not 我们区分一下, 区别, 区县: 区 begins another word)
_OUR_ZONE = LazyPattern(r"(?:咱们?|我们|俺们?)区(?![分别县域划])", hints=("咱", "我们", "俺"))


_SET_POINTED_AT = LazyPattern(
    r"(?P<the>\b(?:(?:what|which)\s+(?:are|were)|name|list)\s+(?:the|these|those))"
    rf"\s+(?P<count>{'|'.join(w for w, n in vocab.EN_NUMBER_WORDS.items() if 2 <= n <= 12)})"
    r"\s+(?=[a-z])(?!(?:times|percent|per cent|points?|billion|million|years?|months?)\b)"
    # (the things named, ending the question: what are the three companies called asks
    # their names, what were the two funds used for their use, neither a list of them)
    r"(?=(?:[a-z-]+\s+){0,4}[a-z-]+\s*[?.!]*\s*$)"
    r"(?![^?]*\b(?:called|named|used|that|which|who|worth|do|did|does|won|win)\b)",
    hints=("the ", "these ", "those "),
)
# All seven of its targets, all 10 of the indicators: every one of so many, as all 7
# targets says (no part of them, as seven of the targets would be).
_A_FEW_IN_WORDS = "|".join(w for w, n in vocab.EN_NUMBER_WORDS.items() if 2 <= n <= 12)
_ALL_OF_A_COUNT = LazyPattern(
    rf"\ball\s+(?P<count>\d+|{_A_FEW_IN_WORDS})"
    r"(?:\s+of\s+(?:the|its|their|these|those))?\s+(?=[a-z])"
    r"(?!(?:times|percent|per cent|points?|hundred|thousand|billion|million|years?|months?)\b)",
    hints=("all ",),
)
# 最多200户, 最少170户: at most, at least so many (not the largest of several: 哪个最多).
_MOST_OR_LEAST_SO_MANY = LazyPattern(
    r"最(?P<way>多|少)(?=\s*(?:有|达到?)?\s*(?:\d|[一二两三四五六七八九十百千]))",
    hints=("最多", "最少"),
)
# 两倍几, 三倍还多, 两倍出头: the multiple and some more, as 三倍多 says it.
_TIMES_AND_SOME = LazyPattern(r"倍(?:几|还要?多|还不止|出头)", hints=("倍",))
# 三分之一强, 八成五弱: a little over, a little under the share (as 三分之一多 and 将近
# 三分之一 say it: a half 强 is no 85%).
_SHARE_AND_A_BIT = LazyPattern(
    r"(?P<share>[一二两三四五六七八九十]+分之[一二三四五六七八九十]+|一半"
    r"|(?<![一二两三四五六七八九十])[一二两三四五六七八九]成[一二三四五六七八九]?)(?P<way>强|弱)",
    hints=("强", "弱"),
)


# Most of a class (大部分, 大多数, most firms, the majority of): more than half of it, as
# 过半 and more than half say. (Not the most, a superlative: which firm made the most.)
_MOST_OF_THEM = LazyPattern(
    r"(?:绝大|大)(?:部分|多数)(?:的)?(?=[\u4e00-\u9fff])"
    r"|(?<!the )(?<!at )\bmost (?:of (?:the )?)?(?=(?:[a-z-]+ ){0,2}(?:firms|companies|enterprises"
    r"|businesses|factories|plants|sites)\b)"
    r"|\b(?:the |a )?(?:vast )?majority of (?:the )?",
    hints=("大部分", "大多数", "most", "majority"),
)


def _more_than_half(most: re.Match[str]) -> str:
    """Most of them as more than half of them; never after which or what (which kind of
    company has most firms: the largest, a superlative)."""
    if is_cjk(most.group()[0]):
        return "过半的"
    if re.search(r"\b(?:which|what|who|whose)\b", most.string[: most.start()]) is not None:
        return most.group()
    return "more than half of the "


# The province or the city as people name it (省里, 市里), before a figure or a class the
# report gives of the zone: the place (全省, 全市; 省里专精特新企业87户吗: the province's
# firms, not the zone's). (Not 省里的小巨人, 市里企业技术中心: a level they give, 省级,
# 市级; nor 省里考核, 被市里认定, 省里市里下放, 省里国运公司: their acts, and their bodies;
# nor where the zone is said first, 开发区省里技改项目: the zone's, in the province.)
# A speaker's own city or province (我市, 本省) is the same place; so is 省里面. A count
# asked or claimed may stand between (市里有几个国家级小巨人, 市里一共有多少家高新技术企业).
_SPOKEN_PLACE = LazyPattern(
    r"(?:(?<![全本])(?<!开发区)(?<!开发区在)(?<!区里)(?:省里|市里)[面头]?|[我本](?:市|省))"
    r"(?=(?:\d{4}年|今年|去年|现有|共有)?的?(?:国家级|地区生产总值|gdp|经济总量|生产总值"
    r"|高新技术企业|规上|四上|人口|房价|财政|常住|留抵退税)"
    r"|(?:\d{4}年|今年|去年|现有|共有)?的?(?:专精特新企业|亿元以上|技改)"
    # (市里有171户高新技术企业吗: a count of a class claimed of the city; 有几个: asked)
    r"|(?:一共|总共|共)?有\s*(?:(?:[\d一二两三四五六七八九十百千]+[户家个项]?的?(?:省级|市级))"
    r"|(?:[\d一二两三四五六七八九十百千]+|几|多少)[户家个项]?的?"
    # (省里有几个小巨人: the provincial level asked, 省里的小巨人; a count claimed, a place)
    r"(?:高新技术企业|专精特新|亿元以上|规上|四上|国家级)))",
    hints=("省里", "市里", "我市", "我省", "本市", "本省"),
)


# The speaker's own city or province before the zone (本市的晋中开发区, 我省开发区): where
# the zone is, not a place asked about.
_OWN_PLACE_OF_THE_ZONE = LazyPattern(
    r"[我本][市省]的?(?=(?:晋中)?(?:开发区|经开区|综改区|园区))",
    hints=("我市", "我省", "本市", "本省"),
)


# A count of firms, then their output held to a bound (有38户企业产值过百亿), or their
# output said of each (企业的产值都超过10亿).
_FIRMS_EACH_OVER = LazyPattern(
    r"(?:(?<![没沒])有(?P<count>\d+|[一二两三四五六七八九十百]+)\s*(?P<counter>[户家个间])的?"
    r"(?P<firms>(?:规上)?(?:企业|公司))的?产值"
    # (each of firms counted or of a class: not one firm's, 吉利汽车公司产值都超过200亿了)
    r"|(?P<each>(?:\d+\s*[户家个间]|些|以上|规上|四上)(?:企业|公司))的?产值(?:都|均|全都|各自))"
    r"(?P<over>(?:已经?)?(?:超过|超|过|高于|大于|突破|达到|在)了?)"
    r"(?P<bound>[^，,。；;？?！!吗呢]{0,12}?(?:万亿|亿|万)元?(?:以上)?)",
    hints=("产值",),
)


def firms_not_stopped(text: str) -> str:
    """四上企业和工地没停, 沒有受影響的企業: the firms not halted, as their fact names them
    (没停产), read before the rest of the question is weighed against it."""
    simplified = to_simplified(text)
    if _FIRMS_NOT_STOPPED.search(simplified) is None:
        return text
    return _FIRMS_NOT_STOPPED.sub("没停产", simplified)


def each_firm_over(text: str) -> str:
    """有38户企业产值过百亿吗: how many firms clear that output (a class the report may not
    count), as 产值过百亿的企业有38户吗 says it; 这38家企业产值都超过10亿: each firm's, as
    每家 says it; neither is the firms' output together."""
    simplified = to_simplified(text)  # (有38戶企業產值過百億嗎: read as Simplified)
    if _FIRMS_EACH_OVER.search(simplified) is None:
        return text
    return _FIRMS_EACH_OVER.sub(_each_firm_over, simplified)


def _each_firm_over(match: re.Match[str]) -> str:
    if match["each"]:
        return f"{match['each']}每家产值都{match['over']}{match['bound']}"
    firms = f"{match['firms']}有{match['count']}{match['counter']}"
    return f"产值{match['over']}{match['bound']}的{firms}"


def spoken_places(folded: str) -> str:
    """省里, 市里, 我市, 本省 as the places the report names (全省, 全市), where they are
    places; the speaker's own, before the zone, only where it is."""
    folded = _OWN_PLACE_OF_THE_ZONE.sub("", folded)
    return _SPOKEN_PLACE.sub(lambda m: "全省" if "省" in m.group() else "全市", folded)


# 约占三分之一, 约有85%, 约达140亿: about, said before the verb holding the figure (as
# 大约占 says it; not 签约, 合约, 预约, 制约: an agreement, a booking, a constraint).
_ABOUT_BEFORE_ITS_VERB = LazyPattern(
    r"(?<![签节合制预条契公邀违履特和大隐简])约(?=占|合计|共计|计)", hints=("约",)
)
# 大约有90户, 约有九成, 约达90户: about so many, the 有 or 达 no floor (as 有八成左右 reads it).
_ABOUT_HAS = LazyPattern(
    r"(?:大约|大概|大致|约莫|差不多|(?<![签节合制预条契公邀违履特和隐简])约)(?:有|达到|达)"
    r"(?=\s*[\d零一二两三四五六七八九十百千])",
    hints=("有", "达"),
)


# 升了多少, 上升了百分之几 (Cantonese 升咗幾多): rose by how much, as 增长 says it; not of
# people (副处升了多少人: promoted), nor 提升, 晋升.
_ROSE_BY = LazyPattern(r"(?:上|(?<![提晋擢]))升了(?=多少(?![人个名位])|百分之)", hints=("升了",))
# 多少成, as Cantonese 幾多成 reads: how many tenths, as 几成 asks (not 多少成本, 成交).
_TENTHS_ASKED = LazyPattern(r"多少成(?![本交果绩功员立长品就为了效])", hints=("多少成",))


def _bounds_respelt(folded: str) -> str:
    """A bound or a rough multiple said in the words people use, as the words the
    threshold reader knows say it: 最多200户 as 至多200户, 三倍几 as 三倍多, 三分之一强 as
    三分之一多."""
    folded = _MOST_OR_LEAST_SO_MANY.sub(
        # (not after an asking word in its clause: 哪类企业最多是171户吗 asks the largest)
        lambda m: (
            m.group()
            if re.search(r"[哪谁什啥][^，,。？?]*$", folded[: m.start()])
            else f"至{m['way']}"
        ),
        folded,
    )
    folded = _TIMES_AND_SOME.sub("倍多", folded)
    folded = _ABOUT_BEFORE_ITS_VERB.sub("大约", folded)
    folded = _ABOUT_HAS.sub("约", folded)
    return _SHARE_AND_A_BIT.sub(
        lambda m: f"{m['share']}多" if m["way"] == "强" else f"将近{m['share']}", folded
    )


def analyse(
    query: str,
    absent: frozenset[str] = frozenset(),
    amounts: frozenset[str] = frozenset(),
    bare_claims: bool = True,
    in_names: frozenset[str] = frozenset(),
    figures_named: bool = True,
) -> Question:
    """Read a query as a question (see the module docstring). `absent`: measures no
    fact of the base states, whose words are then never a hit (全区工业增加值总额);
    `in_names`: words of a measure that stand in the query inside a name the base holds (the
    energy consumption revolution), and ask for no measure there;
    `amounts`: the amounts facts state, in base units (a figure among them names its fact);
    without `bare_claims`, a number with no unit ending a claim is no figure claimed (it
    may be a name's: is the TBM called Fendun 1); without `figures_named`, a figure claimed
    that a fact states is held as any other (吉利产值超过200亿: not the headline's 200亿)."""
    raw = quiz_read(query[:MAX_QUERY])
    english = _in_english(raw)
    # Taiwan's phrases are read as the mainland's only in text written in Traditional
    # characters: 整合 or 智慧 typed in Simplified is the mainland's own word.
    # (A Cantonese question comes back Simplified, Hong Kong's phrases read already.)
    raw = spoken_as_mandarin(raw)
    traditional = has_cjk(raw) and to_simplified(raw) != raw
    folded = ranks_joined(fold_query(raw))
    if "_" in folded:
        # gdp_yoy, tax_refund_amt: a field name's underscores part its words.
        folded = folded.replace("_", " ")
    if not english and has_cjk(folded):
        folded = _bounds_respelt(folded)
    # 大部分企业, most firms, the majority of: more than half of them, a share claimed
    folded = _MOST_OF_THEM.sub(_more_than_half, folded)
    # 市里国家级小巨人, 省里GDP: the city's or the province's, a place (全市, 全省), where
    # a figure or a class follows; 省里考核的指标, 被市里认定: their acts, left as said
    folded = spoken_places(folded)
    # 多百分之几, what percentage more: the gap as a per cent of the other, asked as the gap
    # is (how many more), then given in per cent.
    relative_asked = _RELATIVE_GAP.search(folded) is not None
    if relative_asked and english:
        folded = _PERCENT_MORE_EN.sub(
            lambda m: f"how {'many' if m['way'] in ('more', 'fewer') else 'much'} {m['way']}",
            folded,
        )
    if english and ("the " in folded or "these " in folded or "those " in folded):
        # What are the seven alliances, name the two funds: a set listed, pointed at by
        # its count, in digits as the 7 alliances are read.
        folded = _SET_POINTED_AT.sub(
            lambda m: f"{m['the']} {vocab.EN_NUMBER_WORDS[m['count']]} ", folded
        )
    if english and "all " in folded:
        folded = _ALL_OF_A_COUNT.sub(
            lambda m: f"all {vocab.EN_NUMBER_WORDS.get(m['count'], m['count'])} ", folded
        )
    if english and "like" in folded:
        # how fast did like the GDP grow
        folded = _LIKE_SAID.sub(lambda m: f"{m['before'] or ''} ", folded)
    if english and "name" in folded:
        # Name the JV partners: a list asked for, as list them asks it (name is no word);
        # name the firm that makes…: which firm makes.
        folded = _NAME_ONE.sub(lambda m: f" which {m['noun']} ", folded)
        folded = _NAME_THEM.sub(" list ", folded)
    if english:
        # bigger than before the pandemic: the pre-pandemic level, no second thing, nor
        # an order of two (than it was before covid)
        folded = _THAN_BEFORE_THE_PANDEMIC.sub(" above its pre-pandemic level", folded)

    if "个" in folded:
        folded = _COUNTER_BEFORE_COUNTED.sub("", folded)  # 十个人以上: 十人以上
    if "多少成" in folded:
        folded = _TENTHS_ASKED.sub("几成", folded)  # 停了多少成 (幾多成): how many tenths
    if "升了" in folded:
        folded = _ROSE_BY.sub("增长了", folded)  # 升了多少 (升咗幾多): how much it rose
    if not english and has_cjk(folded) and ("total" in folded or "altogether" in folded):
        # 专精特新企业 total 有几多家: the English word in a Chinese question, as 一共.
        folded = _TOTAL_IN_CHINESE.sub("一共", folded)
    if english and ("yi" in folded or "wan" in folded) and not _mostly_pinyin(folded):
        folded = _SCALE_IN_PINYIN.sub(_scale_in_words, folded)
    # 交付后和哪家公司签了协议: an event, then who or which (with whom): a clause of its own.
    folded = _EVENT_THEN_WHICH.sub(r"\g<0>，", folded)
    # 7项指标都包括啥: what a thing includes is which of it there are (有哪些); 还点了谁:
    # who else the report names (as 被点名), no word of them; 咱们区, our zone.
    folded = _INCLUDES_WHICH.sub("有哪些", folded)
    folded = _NAMED_WHICH.sub("", folded)
    folded = _OUR_ZONE.sub("开发区", folded)
    # 开发区在晋中排名垫底吗, did the zone come last in Jinzhong: a ranking in the city (the
    # zone named apart from it), as 在全市 says.
    if _THE_ZONE_APART.search(folded) and _A_STANDING.search(folded):
        folded = _RANKED_IN_JINZHONG.sub(lambda m: "全市" if m["zh"] else "the city", folded)
    if _A_STANDING.search(folded):
        # 在园区排名第一, 在区内排第一, first in the zone: a ranking within the zone (全区),
        # which the report gives none of (its 全市第一 is the city's), not the zone named as
        # the subject.
        folded = _RANKED_IN_THE_ZONE.sub(lambda m: "全区" if m["zh"] else " zone-wide", folded)
    # Are the 5 part of the 87: whether one count is held in another (vocab: included in).
    folded = _PART_OF_A_COUNT.sub(r"included in the \g<count>", folded)
    # What the zone aims for after 2022, 2022年以后: the years ahead, which the outlook
    # speaks of, no figure of the report's year (what happened then: no plan, nothing).
    if _HAPPENED.search(folded) is None:
        folded = _AFTER_THE_YEAR.sub(lambda m: " future " if m["en"] else "未来", folded)
    folded = _lead_in_ended(raw, folded)
    # 列出所有企业, 盘点一下全部的奖项: every one of them, which a list is (所有企业 alone is
    # the zone as a whole).
    folded = _ALL_LISTED.sub("", folded) if "列" in folded or "盘点" in folded else folded
    # 列出…那几个产业: those few, pointed at, never how many.
    folded = _THOSE_FEW.sub("些", folded)
    # 报告里提到的企业中，谁拉动最多: among the firms, who: which firm (no firm's word).
    folded = _AMONG_FIRMS_WHO.sub("哪家企业", folded)
    examples = _EXAMPLES_ASKED.search(folded) is not None
    if examples:
        # 举了哪些例子, what examples does it give: which of them it names.
        folded = _EXAMPLES_ASKED.sub(
            lambda m: " which ones " if m.group().isascii() else "哪些", folded
        )
    # 全市国家级小巨人除了开发区还有几家, how many of the city's … are outside the zone: what
    # the city counts beyond the zone, which it holds: how many more than the zone.
    folded = _OUTSIDE_THE_ZONE_ZH.sub(r"\g<whole>比开发区多\g<ask>", folded)
    folded = _OUTSIDE_THE_ZONE_EN.sub(
        r"how many more \g<thing> does the \g<whole> have than the zone", folded
    )
    text = _without_zone_address(_asked(folded))
    if text.isascii() and ("est " in text or "most " in text):
        # Its 38 biggest firms, the three largest: a class of firms counted, big as the
        # report's 亿元以上 firms are, no superlative asked of them.
        text = _COUNTED_SUPERLATIVE.sub(r"\g<count> big ", text)
    # 比38户亿元企业总产值还多吗: how many firms, said of the firms compared with, names
    # them (the 38 firms' output); no count claimed, nor a side of a comparison cut in two.
    text = _COUNTED_SIDE.sub("", text)
    if english and " than " in text:
        # bigger than the 706 million yuan of industrial support funds: a figure a fact
        # states, said of the thing compared with, names it (as 比7.06亿产业扶持资金 does),
        # no figure claimed; one no fact states stays, claimed.
        text = _FIGURE_OF_A_SIDE_EN.sub(
            lambda m: m["than"] if _a_stated_figure(m["figure"], amounts) else m.group(), text
        )
    # GDP比140亿多多少: how much more than a bare figure, as 多了多少 asks it (比扶持资金
    # 7.06亿多多少 holds another thing's figure: two things compared).
    text = _MORE_THAN_A_FIGURE.sub(r"\g<than>多了多少", text)
    excluded, text = _excluded_said(text)
    included, text = included_said(text)
    # 除了吉利，还有哪些; besides Geely, which other: more things asked, not a whole less one.
    besides = bool(excluded) and _BESIDES.search(text) is not None
    if besides:
        # 还拨了多少, 另外拨的: also, besides; the verb is what was done (no 还拨 to match).
        text = _ALSO_DONE.sub(_SOFT, text)
        text = _THE_REST.sub(_SOFT, text)  # 剩下的是哪些: the others, no word of them
    # Which came first, or last (no ranking: came last is no 垫底), read before all else.
    order, order_claimed, text = _order_asked(text)
    time_order, text = ("", text) if order else _time_extreme(text)
    if order:
        # 4月停工和6月下线哪个在前: the times are the facts' to tell, no period asked.
        text = _TIMES_SAID.sub(lambda m: " " if m.group().isascii() else _SOFT, text)
    # …, didn't they? / wasn't it? / right?: a tag asking to confirm the statement before
    # it, read as the one tag the yes/no reader knows (true is no word to match).
    text = EN_TAG.sub(", true?", text) if english else text
    # Which one, that one, with no noun after: one stands for a thing (not the one
    # department, one centre of a name).
    text = _ONE_POINTED.sub(r"\g<which>", text) if english else text
    # The 111 million yuan one or the 706 million yuan one: a thing named by its figure.
    text = _FIGURE_ONE.sub(r"\g<unit>", text) if english else text
    # The relief one or the industrial one: one stands for the thing, named by its word.
    text = _WORD_ONE.sub(r"\g<the> \g<word>", text) if english else text
    if "还是" in text or " or " in text:
        # 6月还是7月, in June or in July: which month is asked, neither claimed.
        text = _MONTHS_OFFERED.sub(lambda m: " in which month " if m["en"] else "哪个月", text)
    # Were 11 or 12 firms recognised, 11 or 12?: two figures offered to choose from ask
    # how many, claiming neither (as 七个还是八个 does, in the unit said).
    # (Which support payment was bigger, 1.11 or 7.06: the figures name what is compared.)
    if english and _CHOOSES_EN.search(text) is None:
        text = _FIGURES_OFFERED.sub(_how_much_offered, text)
        text = _FIGURES_OFFERED_APART.sub(r" how many \g<things> ", text)
    elif not english and "还是" in text and _CHOOSES_ZH.search(text) is None:
        text = _FIGURES_OFFERED_ZH.sub(lambda m: f"多少{m['unit'] or m['unit2'] or ''}", text)
    # In 2021 or 2022: which year is asked, neither claimed.
    text = _YEARS_OFFERED.sub(" in which year ", text) if english else text
    # What is the name of the company that built it, what is the firm called that …: which
    # company (the name is what the answer gives, no word of what is asked).
    if english:
        text = _NAME_OF_A_FIRM.sub(lambda m: f"which {m['firm'] or m['firm2']}", text)
    # 全年累计交付, 2022年累计实现产值: all told in the year said (共计). Without a year
    # (吉利在晋中累计生产了多少辆, 截至目前累计), since whenever: no year's figure given.
    if "累计" in text and _YEAR_SAID.search(text) is not None:
        text = text.replace("累计", "共计")
    # 翻了一番, doubled: grew by all it was (100%); 翻了两番, quadrupled: by three times it.
    text = _DOUBLED.sub(_grew_by, text)
    # 排名靠前不, 超过200亿不, 完成了没: 不 or 没 ending a question asks yes or no, as
    # 吗 does.
    text = _NOT_AT_THE_END.sub("吗", text)
    # 甲醇重卡是6月下线的？, 喷丝头拿了金奖？: a claim said with a question mark, asking
    # nothing else, asks yes or no, as 吗 does.
    if (
        has_cjk(text)
        and _CLAIM_WITH_A_MARK.search(text) is not None
        and _ASKS_SOMETHING.search(text) is None
        and (
            any(verb in text for verb in ("是", "有", "了", "係", "第"))
            # 产值占全区超过一半？: a relation claimed (超过, 不到, 达到)
            or any(word in text for word in _ZH_RELATIONS if len(word) > 1)
            # 吉利产值224亿？: a figure said (not a year, nor 汾盾1号's number), in one
            # clause (38户，产值？ asks the output after the figure said)
            or (
                re.search(
                    r"\d\s*(?:亿|万|%|户|家|项|台|辆|人|名|个)|[一二两三四五六七八九十]成(?![功立为本果绩交])",
                    text,
                )
                is not None
                and re.search(r"[，,；;]", text) is None
            )
        )
    ):
        text = _CLAIM_WITH_A_MARK.sub("吗？", text)
    # 过没过两百家, 超没超过十个亿, 到没到: a verb and its negation, whether it did.
    text = _REACHED_OR_NOT.sub(lambda m: "是否" + _REACHED_AS[m["verb"]], text)
    # 生产甲醇重卡多少台: how many were made, the verb before what it made.
    text = _MADE_THEN_THING.sub(r"\g<thing>产量", text)
    # 省级小巨人多于国家级小巨人吗, do high-tech firms outnumber specialised ones: one thing
    # against another, as 比 … 多 and more than say it.
    text = _THAN_VERB.sub(_as_than, text)
    # 按产值给企业排个序: the firms, ranked by the measure (企业产值从高到低排).
    text = _RANKED_BY.sub(lambda m: f"{m['firms'] or ''}{m['measure']}从高到低排", text)
    # GDP高于去年吗, above last year's: another year's figure compared, as 比去年高 says it
    # (not the report's 高于GDP增速, a relation it states between two things).
    text = _ABOVE_A_TIME.sub(lambda m: f"比{m['time']}{_TIME_RELATION[m['verb']]}", text)
    if english:
        text = _EN_ABOVE_A_TIME.sub(" higher than last year", text)
    text = _PASSED_THING.sub(
        lambda m: f"比{m['other']}高{m['end']}" if _measured_side(text, m) else m.group(), text
    )
    if english and _YES_NO.search(text) is not None and _PASSING_MEASURE_EN.search(text):
        # (Did Geely overtake Baixiang: in what? Passed in a measure or in things counted.)
        text = _EN_PASSED_THING.sub(
            lambda m: " grew faster than " if m["faster"] else " larger than ", text
        )
        if re.match(r"\s*(?:is|was|are|were)\b", text):
            text = _EN_ABOVE_THING.sub(_above_as_larger, text)
    # A跟B比起来怎么样: compared, as A和B相比 says it (not 比起来 of one thing, nor of a
    # time: 和疫情前比起来).
    text = _COMPARED_AS_BI_QILAI.sub(r"\g<joined>相比", text)
    text = _WHICH_LEVEL_OFFERED.sub(
        lambda m: f"{m['first']}{m['thing']}和{m['second']}{m['thing']}哪个{m['way']}", text
    )
    # 副处还是正处多: A or B, the comparative said once, after B (as 副处多还是正处多).
    text = _CHOICE_THEN_COMPARATIVE.sub(r"\g<first>\g<way>还是\g<second>\g<way>", text)
    if english:  # (A is outnumbered by B: A is the smaller)
        text = _OUTNUMBER.sub(lambda m: " smaller than " if m["by"] else " larger than ", text)
    # 全省有多少个开发区, 全省开发区有几个: zones counted (not 多少家开发区企业, firms).
    text = _ZONES_COUNTED.sub("开发区的个数", text)
    # 用了什么办法, 采取了哪些措施, 甚办法 (Shanxi's 甚, what): how it was done, asked in
    # words of no thing of the report's (the measures are what the answer tells).
    text = _MEANS_ASKED.sub(_SOFT, text)
    # The zone's output implied by the 33.1% share, 根据占比推算的全区产值: what a figure is
    # reckoned from, which names no thing asked about (derived facts give their inputs).
    text = _RECKONED_FROM.sub(_SOFT, text)
    if _RECKONED.search(text) is not None:  # implied GDP growth from the gap: from it
        text = _RECKONED_FROM_TAIL.sub(_SOFT, text)
    # 交了多少增值税, did firms pay 1.7 billion in tax: tax paid, which the report never
    # states (its 17亿 is VAT refunded to firms, the other way).
    if _REFUNDED.search(text) is None:  # (how much of the tax paid was refunded)
        text = _TAX_PAID_EN.sub("taxes paid", _TAX_PAID_ZH.sub(r"\g<between>纳税", text))
        # 增值税多少: VAT itself, the tax paid (no refund, credit or return said anywhere).
        text = text.replace("增值税", "纳税") if _VAT_RETURNED.search(text) is None else text
    text = _digits_for_dates(_mandarin(text, taiwan=traditional))
    text = _join_spaced_pinyin(
        _dates_from_pinyin(_toneless(_acronyms_apart(_english_numbers(text))))
    )
    spelt = _question_words_from_pinyin(text)
    if english and spelt != text and has_cjk(spelt) and _mostly_pinyin(text):
        # jili chanzhi chaoguo 200 yi le ma: pinyin, its grammar now read as Chinese (not
        # an English question whose one place is read in characters: Jinzhong zone GDP).
        english = _in_english(spelt)
    text = _english_phrases(_measure_words_spelt(spelt, english))
    points_said = _FIGURE_IN_POINTS.search(text) is not None  # (a figure, said in points)
    if any(c in text for c in "<>≥≤"):
        # >= 170, ≥170户: at least, as words say it (in the question's language: GDP ≥
        # 140亿 is read as English, its unit Chinese)
        text = _relation_symbols(text, english)
    # methanol-powered trucks, methanol-fuelled: what runs on a fuel is named by the fuel.
    text = _FUEL_POWERED.sub(lambda m: m["fuel"] or " ", text) if english else text
    if " in " in text:
        text = _IN_UNITS.sub(" ", _part_in_per_cent(text))
    # 折合成元, 合多少万元: the report's own yuan, scaled (nothing else asked); 合多少美元,
    # in US dollars: a currency it never states, kept apart from the words asked.
    text = _YUAN_CONVERTED.sub(lambda m: "多少" if "多少" in m.group() else " ", text)
    foreign = _FOREIGN_CURRENCY.search(text)
    currency = "" if foreign is None else _currency_code(foreign)
    text = text if foreign is None else text[: foreign.start()] + _SOFT + text[foreign.end() :]
    # how much company, how much cars (a learner's slip): things counted, how many.
    text = _HOW_MUCH_COUNTED.sub("how many ", text)
    if "how many " in text:
        # How many hundred million yuan was GDP, how many wan cars: the scale an answer
        # is asked in (亿, 万), no hundred-million-yuan firms; how much, or how many cars.
        text = _HOW_MANY_SCALED.sub(
            lambda m: "how much " if m["yuan"] is not None else "how many ", text
        )
    # how many 亿 yuan, how many billion: money, how much (the slip the other way).
    text = _HOW_MANY_IN_MONEY.sub("how much ", text)
    if english:
        # went up by 143亿, was up 17亿, increased 171: a rise by a figure, as rose by says
        # it (the figure a rise, never the level it reached).
        text = _UP_BY_A_FIGURE.sub("rose by ", text)
    if english and (
        _RATE_ASKED_EN.search(text) is not None or _LEVEL_RISE_ASKED.search(text) is not None
    ):
        # By what percent did output rise, GDP increase how many percent, how much did it
        # go up: rose, however said, where a rate is asked (went up to 143亿 claims the
        # level; a cadre goes up to a post).
        text = _ROSE_SAID.sub("growth", text)
    if english and _FELL_ASKED.search(text) is not None:
        # Did GDP fall, has output declined: which way it went, a rate's sign (how much
        # it fell asks the size of a fall, which stays that measure).
        text = _FELL_SAID.sub("growth", text)
    # One firm's, each car's, the mean output: a figure per thing, as 每家 and per say it.
    text = _ONE_OF_EACH.sub(r"每\g<counted>", text) if "一" in text else text
    text = _MEAN_FIGURE.sub("average ", text) if english else text
    if english and _HOW_MUCH_OR_MANY.search(text) is not None:  # (did every firm stop)
        text = _EACH_THING.sub(lambda m: f"{m['named'] or ''}per {m['noun']}", text)
    # 提拔的人最多, 哪级提拔的人多: the people counted, as 人数 says (no word 人 to match).
    text = _PEOPLE_COUNTED.sub("人数", text)
    # 疫情最凶那阵子, at the height of the pandemic: when it hit, no superlative asked.
    text = _PANDEMIC_PEAK.sub(lambda m: "疫情" if has_cjk(m.group()) else " pandemic ", text)
    # The worst time, the month that was worst: the standing at its lowest, the report's
    # 排名垫底 (a ranking of periods, not of figures).
    worst = _WORST_TIME if _WHEN.search(text) is None else _WORST_EITHER
    text = worst.sub(lambda m: "排名垫底" if has_cjk(m.group()) else " ranked last ", text)
    # Ranked lowest, did worst in the rankings: the zone's last place, as 排名最差 is
    # (where the zone or its province is named, or a time asked; not of firms listed,
    # which ranked lowest by contribution).
    if (_WHEN.search(text) or _ZONES_RANKED.search(text)) and not _items(text):
        text = _WORST_RANKED.sub(" ranked last ", text)
    text = _IN_THE_END.sub(_SOFT, text)
    text = _ONE_AFTER_ANOTHER.sub(_SOFT, text)
    # 排名第几: the ordinal's mark before the number asked is no word of the ranking (排名).
    text = _ORDINAL_ASKED.sub("", text)
    # 从干部队伍建设来看，…: what the question looks at, its words kept, no verb of it.
    text = _LOOKED_AT_FROM.sub(r"\g<what>", text)
    text = _THEN_OPENING.sub(_SOFT, text)
    text = _THAT_FIGURE.sub(" ", text)
    text = _FIRMS_NOT_STOPPED.sub("没停产", text)
    if (
        _WHICH_OR_WHO.search(text)
        and not (_WHEN.search(text) or _MONTH.search(text) or _A_ZONE_RANKED.search(text))
        and _ranks_a_measure(text)
    ):
        # 哪项资金排倒数第一, which fund ranks last: the bottom (or top) of the figures of
        # a measure named; where no zone's standing or time is asked (哪个月开发区排倒数
        # 第一 is April's), nor one in a place (哪项在全市排第一: a rank stated), nor no
        # measure at all (哪项指标排名垫底, which item ranked first: the ranks stated).
        text = _END_PLACE_NAMED.sub(_end_place_as_superlative, text)
    place, standing, text = _place_asked(text)
    # Which two companies, the top three firms: several ranked, as 哪两家 asks (the
    # number is how many, no word to match).
    picked = _EN_PICKED.search(text) is not None
    if picked and _YES_NO.search(text) is not None:
        # Is the zone top 3 in the province: a standing claimed (among the top), no three
        # things picked by size.
        picked, text = False, _EN_PICKED.sub(" among the top ", text)
    if picked:
        text = _EN_PICKED.sub(lambda m: " which " if m["which"] == "which" else " largest ", text)
    elif (
        _ZH_PICKED.search(text) is not None
        and _YES_NO.search(text) is None
        and _TOTAL_OR_WHO.search(text) is None  # (前两笔共多少: a sum; 前两名是谁: who)
    ):
        # 户数排前三的企业类别: the top few by the figure asked, as "the top three" (排名前三
        # 吗 is a standing claimed; 前三季度 a time).
        picked, text = True, _ZH_PICKED.sub("最多", text)
    if _YES_NO.search(text) is None and _a_prize_s_winner(text):
        # 金奖得主, the award winners: who won it, asked (获奖者, the winners alone: every
        # winner, the report's two prizes).
        text = _WINNERS_ZH.sub(lambda m: "谁获" if m["prize"] is not None else "哪些企业获奖", text)
        text = _WINNERS_EN.sub(" which firms won ", text)
    plural = picked or bool(_PLURAL.search(text))
    asks_who = _ASKS_WHO.search(text) is not None  # 谁造的, who made: the maker is asked
    if _WHICH_BODY.search(text) is not None:
        # 哪个单位颁的奖: which body, a who asked of an organisation (谁, who, in its place,
        # which still asks: 哪个单位承接了1235项赋权 claims no figure).
        asks_who, text = True, which_body_as_who(text)
    # 谁颁的奖, 赋权是谁给的: who gave it, which the sentence saying who won it may say (not
    # who won or got it, 给谁颁奖, who received the council's award: its winner).
    giving_said = asks_who and _GIVEN.search(text) is not None
    asks_giver = giving_said and _WINNER_ASKED.search(text) is None
    if asks_who:
        # 谁获金奖, 拿金奖的是谁: the winning, glued to the prize won, is no word of it.
        text = _WON_GLUED.sub(_SOFT, text)
    if giving_said:
        # (谁获得联合会颁发的奖: the giving says which prize, no word of it either)
        # 哪个单位颁发了二等奖, which body gave it: the giving is what asks who, no word of
        # what was given.
        text = _GIVING.sub(lambda m: " " if m.group().isascii() else _SOFT, text)
    # 华卫药业主要生产什么药, 汾西华益在什么地方: what it makes, where it is; the asking
    # words are no name (what does X make keeps its verb: the measure word).
    asks_made = _ASKS_MADE.search(text) is not None
    asks_where = _ASKS_WHERE.search(text) is not None
    # (Where's words stay: a place asked of what the report never places, 新冠疫苗在哪打,
    # is nothing it speaks of.)
    text = _ASKS_MADE.sub(lambda m: _SOFT if has_cjk(m.group()) else m.group(), text)
    describes = _WHAT_IT_IS.search(text) is not None
    if describes:
        text = _WHAT_IT_IS.sub(lambda m: _SOFT if has_cjk(m.group()) else " ", text)
    # 昨天开会听领导说…: where the asker heard it, not what is asked about.
    text = _HEARD_FROM.sub(_SOFT, text)
    # 143亿元指的是哪个指标: which indicator a figure is, the fact stating it (指标 is
    # no word of it).
    text = _WHICH_INDICATOR.sub(_SOFT, text)
    # 它 (it): the thing named before, no word to match (其它 is "other").
    text = _IT.sub(_SOFT, text)
    # 那款细纱机, 这两款车: 款 counting models, no money (款项, 拨款); of a car, one
    # model of it is asked (吉利那款甲醇车), whose figures the report never gives.
    one_model = _ONE_MODEL.search(text) is not None
    text = _MODELS_COUNTED.sub(_SOFT, text)
    # 产出强度这个指标, 省级小巨人那个数: the indicator is 产出强度, the number is the
    # figure asked, no second thing asked about.
    text = _THIS_ONE.sub(_SOFT, text)
    # 这三类, 那两笔: these few point back at what was just listed or named.
    text = _THESE_FEW.sub(_SOFT, text)
    if english and _CHOOSES_EN.search(text) is not None:
        # Which of the two, the two support funds, two lots of funds — which was bigger:
        # how many things are chosen among is no word of them (as 两笔 above).
        text = _EN_THESE_FEW.sub(" ", text)
    if "、" in text:
        # 吉利、华卫、白象三家企业的拉动里: how many were just listed, no word of the last.
        text = _LIST_COUNTED.sub(lambda m: _SOFT if "、" in text[: m.start()] else m.group(), text)
    # …那几项指标，比如高新技术企业数增速、产出强度这些，…: a clause of examples that
    # asks nothing illustrates what is asked; its list is no things to compare or add up
    # (比如吉利的产值有多少 is the question itself).
    text = _EXAMPLES.sub(lambda m: m.group() if _ASKS.search(m.group()) else _SOFT, text)
    # 像贝斯特、隆富电气这样获批的企业, firms, Best and Longfu among them, such as …: some
    # of the things asked about, named as examples (not things to compare or add up).
    text = _NAMED_AS_EXAMPLES.sub(lambda m: " " if m.group().isascii() else _SOFT, text)
    # 比去年高吗, higher than last year: a change over the year, not another fact.
    over_the_year = _OVER_THE_YEAR.search(text) or _YEAR_ON_YEAR.search(text)
    if over_the_year is not None:
        text = text[: over_the_year.start()] + _SOFT + text[over_the_year.end() :]
        # how many more … than last year: the comparative belongs to the change asked.
        text = _MORE_OR_FEWER.sub(" ", text)
    # 按比例倒推, 按报告的比例推算: how a figure is inferred, not a share asked for.
    text = _BY_PROPORTION.sub(_SOFT, text)
    # 用亿元以上企业的产值和占比倒推，全区产值是多少: the clause saying what the figure is
    # inferred from is how, not what is asked (the question follows it).
    text = _INFERRED_FROM.sub(
        lambda m: m.group() if _A_BASIS.search(m["inputs"] or m["share"]) else _SOFT, text
    )
    text = _without_given(text)
    # (A claim whose time is all it says besides its thing, the trucks were delivered in
    # June: a claim before the time is taken out of it.)
    # (Not a question asking what or which: 什么车是6月交付的, what was delivered in June.)
    claims_a_time = _ASKS_SOMETHING.search(text) is None and (
        _TIME_CLAIMED_ZH.search(years_in_digits(text)) is not None
        or (english and _TIME_CLAIMED_EN.search(text) is not None)
    )
    # 明年高新技术企业有多少户, next year's deliveries: a figure of the year after the
    # report's, which it never gives (明年的目标, with no figure asked, is its outlook).
    next_year_said = _NEXT_YEAR.search(text) if _PLANS_ASKED.search(folded) is None else None
    if next_year_said is not None:
        text = f"{text[: next_year_said.start()]}{_SOFT}{text[next_year_said.end() :]}"
    period, text = _period(text)
    if next_year_said is not None:
        # (明年年底, next year's June: the time within the year after the report's)
        year_after = str(int(REPORT_YEAR) + 1)
        period = (
            Period(year_after, year_after)
            if period is None
            else period._replace(
                start=year_after + period.start[4:], end=year_after + period.end[4:]
            )
        )
    text = _unit_heard(_zh_counts(_zh_amounts(text), amounts))
    # 产值突破了多少亿: broke through how much, the figure reached (as 达到); a verb, not
    # a thing asked about.
    text = _REACHED_HOW_MUCH.sub(_SOFT, text)
    # 省级比国家级多12户吗: a gap claimed, which comparing the two settles (not a figure
    # held against either of them).
    gap_claimed, text = _gap_claimed(text)
    claimed_whole = frozenset[str]()
    if gap_claimed is None:
        # (占全区产值的25%吗: the whole a per cent claimed is of, read before it goes)
        claimed_whole = share_of(text)
        threshold, text = _threshold_asked(text, amounts, english, bare_claims, figures_named)
        figure_named = threshold is _FIGURE_NAMED
        if figure_named:
            threshold = None
    else:
        threshold, figure_named = None, False
    if threshold is None or threshold.dimension != PERCENT:
        claimed_whole = frozenset()
    if threshold is None:
        text = _guess_dropped(text)
    # A figure some fact states (7.06亿是什么钱, the 33.1%) names that fact; its unit is
    # no measure asked and no word to match.
    text, figures = _figures(text, amounts)
    # 33.1% of zone output: a per cent some fact states, said of what follows (read here,
    # where the figures' places in the text hold).
    per_cent_of = english and any(
        f.dimension == PERCENT and f.amount and _OF_AFTER.match(text, f.unit_end)
        for f in figures.values()
    )
    listed = _items(text)  # before operator words go: they end the list
    asks_less = _ASKS_LESS.search(text) is not None
    superlative = text  # (with its superlative's words, which the operator takes away)
    dimensions = _dimensions(text)
    # A unit said with no number (how many billion yuan, GDP in bn): the unit an answer is
    # asked in, no thing it is of (not the firms with output over 100 million yuan).
    text = _BARE_UNIT.sub(lambda m: m.group() if m["number"] else " ", text)
    if threshold is not None and (threshold.dimension in COUNTS or threshold.dimension == PERCENT):
        # 有38户吗, 超过30户了吗: the figure held is a count, as 几户 asks one; 超过全市
        # 一半了吗, a per cent (a share or a rate), as 百分之几 asks one.
        dimensions |= {threshold.dimension} if threshold.dimension != "count" else _ANY_COUNT
    # The most firms, the number of companies: firms counted, not a word to match (which
    # tier of little giants has the most firms ranks counts of firms).
    counted = _EN_FIRMS_COUNTED.search(text)
    if counted is not None:
        dimensions = (dimensions - _ANY_COUNT) | {"enterprises"}
        text = text[: counted.start("firms")] + " " + text[counted.end("firms") :]
    elif not dimensions and _MORE_THINGS_THAN.search(text) is not None:
        # More little giants in the city than in the zone: things counted, compared (not
        # the zone's share of the city's, which names them too).
        dimensions = set(_ANY_COUNT)
    # 借贷风险金额, 多少家: an amount or a count asks for a number; so does holding a
    # figure to one (超过10万辆了吗).
    # (A place held, 排第一吗, is no number asked: 垫底 answers it in words.)
    held = threshold is not None and threshold.dimension != "rank"
    place_held = threshold is not None and threshold.dimension == "rank"
    place_asked = _PLACE_ASKED.search(text) is not None
    if (place_held or place_asked) and not _wants_number(_PLACE_ASKED.sub(" ", text)):
        # (退税金额全市第一吗, 第几: a place claimed or asked of an amount; the amount only
        # says what is ranked, no figure asked, as 多少 or 多大 would ask one)
        dimensions.discard("money")
    wants_number = _wants_number(text) or bool(dimensions) or held
    ratio = _RATIO.search(text)
    claimed_multiple = ratio_claimed(text, stated=True) if ratio is None else None
    if claimed_multiple is not None:
        # 留抵退税是扶持资金的16倍: a multiple claimed is of the two sides, as one asked is
        # (ask holds the claim to it; the words are the sides'), no word to match.
        text = claimed_multiple[1]
        ratio = _RATIO.search(text)
    if ratio is not None and ratio["times"]:
        # 省级小巨人是国家级小巨人的几倍: the two sides, joined (a comparison of them).
        text = f"{text[: ratio.start('times')]}和{text[ratio.end('times') :]}"
        text = re.sub(r"的(?:几|多少)倍|的多少(?=[？?。!！\s]*$)", _SOFT, text)
    elif ratio is not None and ratio["as_many"]:
        rest = re.sub(r"\sas\s", " and ", text[ratio.end() :], count=1)
        text = text[: ratio.start()] + rest
    elif ratio is not None and ratio["ratio_of"]:
        text = text[: ratio.start()] + _ratio_sides_joined(text[ratio.end() :])
    elif ratio is not None and ratio["times_is"]:
        # how many times the relief fund is the refund: the refund is so many times the
        # fund, the first side the one after is.
        before, _, after = re.split(r"\s(is|are|was|were)\s", text[ratio.end() :], maxsplit=1)
        closing = re.search(r"[\s?.!]*$", after)
        end = closing.start() if closing is not None else len(after)
        text = f"{text[: ratio.start()]} {after[:end]} and {before}{after[end:]}"
    elif ratio is not None:
        # How many times larger is A than B (than joins them); A is how many times as
        # large as B (and does).
        joiner = " " if " than " in text[ratio.end() :] else " and "
        text = text[: ratio.start()] + joiner + text[ratio.end() :]
    text = _level_gap_as_more(text)
    difference = _DIFFERENCE.search(text)
    if difference is not None:
        # 省级比国家级多几家: 比 joins the sides, 多几家 asks for the count of the gap.
        gap = next(
            g
            for g in (
                "gap",
                "gap_en",
                "gap_apart",
                "gap_between",
                "gap_named",
                "gap_named_en",
                "gap_by",
            )
            if difference[g]
        )
        # What the gap is in stays asked: 多拉动几个百分点 is a gap in the contribution.
        kept = re.findall(_GAP_MEASURE, difference[gap]) if gap == "gap" else []
        gap_text = _SOFT.join(["", *kept, ""])
        text = text[: difference.start(gap)] + gap_text + text[difference.end(gap) :]
        if gap == "gap_by":
            # (bigger than B by how much: the comparative is the gap's, no word of A)
            text = re.sub(
                r"\b(?:more|less|fewer|bigger|larger|greater|higher|lower|smaller)\s+(?=than\b)",
                " ",
                text,
            )
            if " than " not in text:
                text = re.sub(r"\bover\b", " than ", text, count=1)  # grew more than B
        if gap == "gap_en" and " than " not in text:
            # By how much did A exceed B: the verb joins the two sides, as than does.
            text = re.sub(_EXCEEDED, " than ", text, count=1)
    gap_after = _GAP_CLAUSE.search(text) if difference is None else None
    if gap_after is not None and _A_CHOICE.search(text[: gap_after.start()]) is None:
        gap_after = None  # 吉利产值多少，高多少: no comparison read before the gap asked
    if gap_after is not None:
        # 正处和副处谁多，多几个, which is larger and by how much: the gap asked in a
        # clause of its own, after the comparison.
        text, difference = text[: gap_after.start()], gap_after
    versus = (
        _BARE_COMPARISON.search(text) is not None
        or _YES_NO_THAN.search(text) is not None
        or (difference is not None and gap_after is None)  # (谁多，多几个: larger first)
        or ratio is not None
        or gap_claimed is not None
    )
    claims = _comparison_claimed(text)
    # 产值最高的企业, the company with the highest output: a superlative whose answer is
    # one enterprise, as 哪家企业 asks (read before the superlative's words go).
    top_enterprise = (
        _TOP_ENTERPRISE.search(text) is not None or _FIRMS_RANKED.search(superlative) is not None
    )
    # 级别最高的小巨人有几户: the highest level ranks, and its count is asked.
    by_level = _BY_LEVEL.search(text)
    if by_level is not None:
        lowest = "最低" in by_level.group() or "lowest" in by_level.group()
        text = text[: by_level.start()] + _SOFT + text[by_level.end() :]
    operator, text = _operator(text)
    if by_level is not None:
        operator = "min" if lowest else "max"
    if operator == "compare" and _least_asked(superlative):
        # 三家里谁拉动的百分点最少: a comparison of those named, the least asked.
        asks_less = True
    if period is not None and not period.whole_year and operator in ("", "events"):
        # June's milestones, 四月份的大事, key events of December: what happened then.
        happened = _EVENT_NOUNS.sub(lambda m: " " if m.group().isascii() else _SOFT, text)
        if happened != text:
            operator, text = "events", happened
    if operator in ("max", "min"):
        # 增长最快的指标, which indicator grew fastest: a figure in general, not a subject
        # of its own (a kind of thing, 企业类别, still is: what is counted must be named).
        text = _without(text, _GENERIC_RANKED)
    if (difference is not None or ratio is not None or order) and not operator:
        operator = "compare"
    versus = versus and operator == "compare"
    if operator == "compare":
        # A和B比，哪个更高: 比 ending a clause compares what was joined, no word of B.
        text = _CLAUSE_ENDING_COMPARISON.sub(_SOFT, text)
    if operator in ("max", "min") and len(listed) < 2 and _two_choices(text):
        # Which grew fastest: A or B? Of two things, the superlative is a comparison.
        asks_less = asks_less or operator == "min"
        operator = "compare"
    both = _both_of_one(text)
    each = _EACH.search(text) is not None or both is not None
    each_of_one = False
    # 分别, 各, respectively, both: grammar, not a word to match (两笔资金各拨了多少，哪笔多).
    text = _EACH.sub(lambda m: " " if m.group().isascii() else _SOFT, text)
    if both is not None:
        text = f"{text[: both.start()]} {text[both.end() :]}"
    each = each and operator == ""
    if each:
        # 正处级和副处级分别是多少人, A and B respectively: both, in the question's order.
        operator = "compare"
    asks_when, asks_month, asks_day, text = _asks_when(text)
    # 企业中谁的产值最大: who among the firms, which firm (as 企业中哪家).
    text = _FIRM_WHO.sub(r"\g<firms>哪家", text)
    # 专精特新企业中哪一类: among them, which; 中 is where the which is chosen, no word.
    text = _AMONG_BEFORE_WHICH.sub("", text)
    kinds = operator in ("max", "min") and _KINDS_RANKED.search(text) is not None
    if kinds and not dimensions and _ENTERPRISE_CLASS.search(text) is not None:
        # 哪一类企业最少: kinds of firms ranked by how many firms (a department set up,
        # counted 1, is no kind of firm).
        dimensions = {"enterprises"}
    if kinds:
        # 哪一类人数最多, which category of firms is largest: kinds are ranked (not a
        # word to match), and none of them is one enterprise.
        text = _KINDS_RANKED.sub(lambda m: " " if m.group().isascii() else _SOFT, text)
        about_enterprise = False
    else:
        # 哪家企业 / which company asks for an enterprise: a constraint, not a term.
        about_enterprise, text = _enterprise_class(text)
    if top_enterprise and operator in ("max", "min") and not about_enterprise and not kinds:
        about_enterprise = True
        noun = _ENTERPRISE_CLASS.search(text)
        if noun is not None:
            text = text[: noun.start()] + _SOFT + text[noun.end() :]

    asks_number = wants_number  # in so many words (多少, how much, 金额)
    if operator in ("max", "min", "compare"):
        wants_number = True  # the largest of something, or which is more: numbers
    # (Who made it, which company built it: the verb names the maker asked, as a number
    # asked names how many.)
    maker_asked = about_enterprise and _EN_MAKING.search(text) is not None
    found = _measure_words(text, wants_number or asks_who or maker_asked)
    found = [(m, w) for m, w in found if w not in in_names] if in_names else found
    if (
        not found
        and place_held
        and threshold is not None
        and threshold.relation not in LOOSE_STANDINGS
    ):
        # (留抵退税排全市第一吗: a place held is a rank asked; near the top, 稳居前列, may
        # be a standing the report says in words)
        found = [("rank", "")]
    if any(w in _AVERAGE for _, w in found) and any(
        m not in MEASURES and m != "per-unit" and w not in _AVERAGE for m, w in found
    ):
        # The average house price: a price, which no fact states; the average says only
        # how (the average output of the 38 firms asks for one per firm).
        found = [(m, w) for m, w in found if w not in _AVERAGE]
    if _DID_FOR_GROWTH.search(folded) is not None:
        # Which did more for its industry's growth: what a firm added to a growth.
        found = [("growth-contribution" if m == "growth-rate" else m, w) for m, w in found]
    telling = _telling(folded)
    if telling is not None:
        # A measure word of the context (a trade piece on the methanol vehicle push; 如果
        # 开发区占全市一半, a share granted) is not what is asked, where the asking clauses
        # name another, or ask how many (那全市有多少家), or name none.
        how_many = any(_ASKS_HOW_MANY.search(c) for c in telling.asking)
        kept = [(m, w) for m, w in found if not w or w not in telling]
        found = kept or ([] if how_many and dimensions & COUNTS else found)
    if (
        any(m == "share" and w in _SHARE_NOUNS_EN for m, w in found)
        and all(w in _CONTRIBUTED_EN for m, w in found if m == "growth-contribution")
        and "point" not in folded  # (percentage points: a pull, in points)
    ):
        # What share of the zone's output did Geely contribute: a share made up, as 贡献了
        # 三成 is; a pull on growth says growth, points or pull.
        found = [("share", w) if m == "growth-contribution" else (m, w) for m, w in found]
    # (Put into production, 投产: projects started, no goods made.)
    made = any(m == "production" for m, _ in found) and _PUT_INTO_PRODUCTION.search(text) is None
    if dimensions & COUNTS and not (made and _VEHICLES_NAMED.search(text) is not None):
        # How many firms with output over …: a count. (How many trucks were produced asks
        # for a production: trucks delivered are no count of it; projects put into
        # production, 投产了多少个, and factories built are counted.)
        found.append(("count", ""))
    ahead = threshold is not None and threshold.dimension == POINTS and bool(_AHEAD_OF.search(text))
    if threshold is not None and threshold.dimension == POINTS and (ahead or not versus):
        # added more than 20 points to growth: points added to a growth, no rate of it (a
        # rate is in per cent); 比GDP高了60.7个点吗: points ahead of another, the gap.
        points_of = "growth-gap" if ahead else "growth-contribution"
        rates = ("growth-rate", "growth-contribution")
        found = [(points_of, w) if m in rates else (m, w) for m, w in found]
        if ahead and not any(m == "growth-gap" for m, _ in found):
            found.append(("growth-gap", ""))
        text = text if ahead else _ADDS_TO.sub(" ", text)
    elif not wants_number and threshold is None and points_said:
        # 27.26 points of growth, which company was that: a figure in points names a pull
        # on growth (or, ahead of another, the gap), never a rate (unless a number is asked
        # beside it: 比GDP增速高60.7个百分点，GDP增速是多少).
        points_of = "growth-gap" if _AHEAD_OF.search(text) else "growth-contribution"
        found = [(points_of, w) if m == "growth-rate" else (m, w) for m, w in found]
    # 如果开发区占全市一半，那全市有多少家: a per cent granted in the context is no share asked.
    granted = threshold is not None and telling is not None and threshold.text in telling
    if threshold is not None and threshold.dimension == PERCENT and not granted:
        # 贡献了三分之一的产值吗: a per cent contributed is a share of the whole (a pull
        # on growth is counted in points, 拉动 in either).
        found = [("share", w) if w in _CONTRIBUTING else (m, w) for m, w in found]
        verb = next((w for w in _CONTRIBUTING if w in text), None)
        if verb is not None and not any(w == verb for _, w in found):
            found.append(("share", verb))  # 提供了三分之一的产值: no measure word elsewhere
    yes_no = (_YES_NO.search(text) is not None or claims_a_time) and not wants_number
    # (A plus B, A加上B: a sum, its joiner kept to split it by, where an amount is asked;
    # the management committee plus company model is a name.)
    things_counted = bool(wants_number) and (
        any(m == "count" for m, _ in found) or bool(set(dimensions) & _COUNTED_DIMENSIONS)
    )
    total = (
        SUM_ASKED.search(text) is not None
        or (wants_number and _PLUS.search(text) is not None)
        # 留抵退税和扶持资金一共多少: 一共 (a filler word, gone from text) after two
        # things joined sums them.
        or (wants_number and _JOINED_TOTAL.search(folded) is not None)
        # (正处和副处总数: the noun asks the number)
        or (not operator and _JOINED_SUM_NOUN.search(folded) is not None)
        # 省级或国家级小巨人有几家: a number of either of two things counted is of both
        # together (a choice between them is a comparison's, 还是; either of two amounts,
        # 留抵退税或退税金额, may be one said twice).
        or (
            things_counted
            and not operator
            and (
                OR_COUNTED.search(text) is not None
                or (_EN_EITHER.search(text) is not None and _EN_VERBS_OR.search(text) is None)
            )
        )
    )
    # (Not over a month asked: 综合来看，4月份排第几 asks of April.)
    full_year = _FULL_YEAR.search(text) is not None and (period is None or period.whole_year)
    if total:
        text = SUM_ASKED.sub(_SOFT, text)
        # 正处和副处加上一共多少: plus with nothing after it adds up what came before.
        text = _DANGLING_PLUS.sub(_SOFT, text)
    if yes_no:
        # 经济总量超过疫情前水平了吗: a yes/no question names a level (经济总量) as what
        # it is about, not as the figure it wants.
        # 4月份经济下滑了吗: a fall claimed, not its size asked.
        found = [(m, w) for m, w in found if m not in vocab.LEVEL_MEASURES and m != "decline"]
    if over_the_year is not None and all(m in vocab.LEVEL_MEASURES for m, _ in found):
        found.append(("growth-rate", ""))  # GDP比去年高吗 asks how GDP grew
    elif over_the_year is not None and any(m == "count" for m, _ in found):
        # 比上年多了几户, how many more than last year: the increase in a count.
        found = [("increase", w) if m == "count" else (m, w) for m, w in found]
    # (Read in the question as asked too: the comparison's words may be gone from text.)
    points = _POINTS_AHEAD.search(text) is not None
    if points or (("points" in text or "百分点" in text) and _POINTS_AHEAD.search(folded)):
        # 增速比GDP高几个百分点: points of a rate over another's, the gap between them.
        found = [("growth-gap", w) if m == "growth-contribution" else (m, w) for m, w in found]
        if not any(m == "growth-gap" for m, _ in found):
            found.append(("growth-gap", ""))  # by how many points: no measure word says it
    measures_named = {m for m, w in found if w}
    if (
        "growth-gap" in measures_named
        and measures_named & (vocab.LEVEL_MEASURES - {"gdp"})
        and not measures_named & {"growth-rate", "growth-contribution"}
        and not points
        and _RATE_SAID.search(text) is None  # (产值比GDP增速高70.7个百分点: rates)
        and (_HIGHER_BY.search(text) is not None or _contains_word(text, "than"))
    ):
        # 战新产业产值比GDP高多少: two levels named (an output value), the gap between
        # them asked in yuan, never the gap of their growth (高多少 alone may be that).
        found = [(m, w) for m, w in found if m != "growth-gap"]
    if _CONTRIBUTES_AN_AMOUNT.search(text) is not None:
        # 贡献多少产值: contributes how much output, the output asked (no points of growth).
        found = [(m, w) for m, w in found if m != "growth-contribution"]
    given = _ZH_SHARE_IN_TENTHS.search(text)
    if given is not None and not given.group().startswith("占"):
        # 贡献了全区多大比例的产值: a share of the output given, not points of growth.
        found = [(m, w) for m, w in found if m != "growth-contribution"]
        if not any(m == "share" for m, _ in found):
            found.append(("share", ""))
    in_money = dimensions == {"money"} or (threshold is not None and threshold.dimension == "money")
    money_said = MONEY_UNIT_SAID.search(text) or MONEY_UNIT_SAID.search(folded)
    if dimensions == {"money"} and money_said is not None:
        # (how much did GDP grow in yuan: the unit said, as the question asks it)
        # GDP增长了多少亿: a growth in money is the amount added, no rate of growth (not
        # how much did GDP grow: how much, said alone, is no unit).
        found = [("increase", w) if m == "growth-rate" else (m, w) for m, w in found]
    if _OUTPUT_COUNTED.search(text) is not None and not in_money:
        # Vehicle output, truck output: how many were made, not what they were worth
        # (methanol vehicle output broke through 20 billion yuan: their worth).
        found = [("production", w) if w == "output" else (m, w) for m, w in found]
    elif in_money and (_VEHICLES_NAMED.search(text) is None or money_said):
        # How much did the emerging industries produce, 生产了多少亿: what was made, in
        # money, is its output value (how much car did Geely make counts cars; how many
        # billion yuan did Geely make in cars says the money); so is a sum in money said
        # to be made (Geely produced 22.4 billion yuan: its output, not its cars).
        valued = [(m, w) for m, w in found if m == "production"]
        # (how much GDP did the zone make: the level named is what was made, the verb no
        # other measure)
        level_named = any(m in ("gdp", "output-value", "value-added") for m, _ in found)
        found = [
            ("output-value", "") if m == "production" else (m, w)
            for m, w in found
            if not (level_named and m == "production")
        ]
        text = _without(text, tuple(w for _, w in valued if w))
    level_whole: frozenset[str] = frozenset()
    if (
        threshold is not None
        and threshold.dimension == PERCENT
        and found
        and all(m in vocab.LEVEL_MEASURES for m, _ in found)
    ):
        # more than half of the zone's output, 产值超过全区一半: a per cent of a level is a
        # share of it, the level its whole (and a word of what is asked).
        level_whole = frozenset(w for _, w in found if w)
        found = [("share", "")]
    elif per_cent_of and found and all(m in vocab.LEVEL_MEASURES for m, _ in found):
        # 33.1% of zone output comes from big firms: a per cent a fact states, said of a
        # level, is a share of it.
        found = [("share", "")]
    # (百分之几 of a part of a whole, what percentage of growth came from: a share)
    of_a_whole = bool(share_of(text)) or _PART_OF_A_WHOLE.search(folded) is not None
    # (above 30 percentage points: points said, no per cent asked)
    if "point" in folded or "百分点" in folded:
        found = [(m, w) for m, w in found if w not in vocab.PERCENT_ONLY] or found
    measure, measure_words = _choose_measure(found, of_a_whole)
    size_asked = False
    if measure == "size":
        # 留抵退税规模, the size of the funds: the amount of whatever is named, which a
        # figure of it states (and an event without one does not).
        text = _without(text, measure_words)
        found = [(m, w) for m, w in found if m != "size"]
        measure, measure_words = _choose_measure(found, of_a_whole)
        # …above its pre-pandemic size?: a yes-or-no question names a size, asks none;
        # so does a size something is held against (economy back above pre-Covid size).
        wants_number = asks_number = not yes_no and _SIZE_HELD_AGAINST.search(folded) is None
        if wants_number and measure is None and re.search(r"(?<!new )\beconomy\b", text):
            # How big was the zone's economy: the size of the economy is its GDP.
            measure = "gdp"
        # 食品行业规模多大, how big is the food industry: an amount of it (its output, its
        # firms), never a per cent or points (a firm's pull on it is no size).
        size_asked = wants_number and measure is None
    elif measure is None and wants_number and _HOW_BIG.search(folded) is not None:
        # 食品产业有多大: how big the thing named is, as its 规模 would ask.
        size_asked = True
    elif measure is None and operator in ("compare", "max", "min"):
        # 食品产业比医药产业大吗, which sector is the biggest: sizes compared (amounts),
        # never a firm's pull in points nor a per cent.
        size_asked = _SIZES_COMPARED.search(folded) is not None
    if size_asked and _AN_INDUSTRY.search(folded) is not None:
        # 食品产业有多大, which industry is the largest: an industry's size is what it
        # produces (its output value), never money paid to it (产业扶持资金).
        measure = "output-value"
    if (
        measure == "production"
        and not asks_number
        and not operator
        and (about_enterprise or asks_who)
    ):
        # Which company made the TBM, 谁造的: the maker is asked, not how many were made;
        # the verb says only that it made it.
        text = _without(text, tuple(w for w in measure_words if w))
        measure, measure_words, about_enterprise = None, (), True
        found = [(m, w) for m, w in found if m != "production"]
    money_held = threshold is not None and threshold.dimension == "money"
    if measure is None and money_held and re.search(r"(?<!new )\beconomy\b", text):
        # Did the zone's economy pass 15 billion yuan: its size in money, which is GDP.
        measure = "gdp"
    if measure == "growth-contribution" and _GROWTH_OVER_GROWTH.search(folded) is not None:
        # By how many points did the emerging industries' growth exceed GDP growth: one
        # rate above another, a gap in points (not a pull on growth).
        measure = "growth-gap"
    if measure is None and operator in ("max", "min") and _FASTEST.search(superlative):
        # 哪个行业发展最快, which industry developed fastest: how fast is a rate of growth
        # (not the largest of whatever figures the words name: the support funds).
        measure = "growth-rate"
    if asks_when:  # 哪个月…排名垫底: the answer is a date, whatever else is named
        measure, measure_words = None, ()
        found = [(m, w) for m, w in found if m not in MEASURES]
        # 几月份 holds 几, but a date is asked, which an event has: no number.
        wants_number = asks_number = bool(dimensions - {"count"})
    measure_words = tuple(w for w in measure_words if w)
    if _ASKS_A_PERSON.search(folded) is not None:
        # 管委会主任是谁, who is the director: a person's name, which the report never
        # gives (its posts are counted, their holders unnamed).
        measure, asks_who = "person", False
    if one_model and measure is not None:
        measure = "model"  # how many of that one model: figures by model, never given
    if measure == "rank" and _A_CONTEST.search(folded) is not None:
        # 在比赛上拿了第几名, what place at the contest: the prize says it (名 counts
        # no people here).
        measure, dimensions, wants_number, asks_number = None, set(), False, False
    if not has_cjk(text):
        measure, measure_words, found = _valued(text, measure, measure_words, found)
    if measure is not None and not asks_number and not operator and _WHY.search(folded):
        # 为什么大幅回落, why did it fall to the bottom: what happened is asked about, to be
        # explained (the report gives its cause with it), no figure of it.
        measure, measure_words, wants_number, found = None, (), False, []
    # (新增专精特新企业多少: how many new ones, a count, with no counter said.)
    # (计划新增多少户: a target for the firms added, 新增 no thing asked about either.)
    a_count = (
        measure == "count"
        or measure in vocab.FIGURES_NEVER_GIVEN
        or (measure is None and wants_number)
    )
    added = (a_count and _ADDED.search(text) is not None) or _ADDED_CLAIMED.search(
        folded
    ) is not None
    if added:
        text = _ADDED_WORDS.sub(_SOFT, text)  # 新增: which count is asked, not a word to match
    # Words of a measure no fact states are never a hit; a level measure of the base's
    # kind stays in the subject (value-added in value-added growth).
    unlisted = tuple(
        w
        for m, w in found
        if w
        and (
            (m in absent and m == measure)
            or (m not in MEASURES and not _has_synonyms(w))
            or m in vocab.FIGURES_NEVER_GIVEN
        )
    )
    sides: tuple[list[Term], ...] = ()
    side_measures: tuple[str | None, ...] = ()
    # A和B加起来, 一共: the sum of the things joined, each a side.
    if operator == "compare":
        side_texts = _sides(text)
    else:
        side_texts = (
            _sides(text, vocab.SUM_JOINERS)
            or _sides(_juxtaposed(text), ("和",))
            # 正处同副处 (同: and, as Cantonese and the north say it), tried last: 同 is
            # also the first character of 同比, 同期, 同时.
            or _sides(_SAME_AS_AND.sub("和", text), ("和",))
            if total and not operator
            else []
        )
    if len(side_texts) == 2:
        side_texts = _zone_as_side(side_texts)
    if side_texts:
        # Each side may name its own measure (吉利汽车产量和甲醇重卡交付量).
        own = [_choose_measure(_measure_words(side, wants_number)) for side in side_texts]
        # A side that is nothing but a measure (GDP和战新产业产值哪个多) is that measure.
        # (扶持资金 is a measure's word and the thing: a side left with a lone character,
        # 多 of 多少, is the side as said.)
        kept = [
            _terms(_without(side, words or measure_words), unlisted, figures)
            for side, (_, words) in zip(side_texts, own, strict=True)
        ]
        paired = [
            (
                terms if any(not t.optional for t in terms) else _terms(side, unlisted, figures),
                named,
            )
            for side, terms, (named, _) in zip(side_texts, kept, own, strict=True)
        ]
        # (Unless each side names a measure of its own, and not the same one: 吉利产值比
        # 高新技术企业数多吗 holds an output value against a count, no one measure of both.)
        # (GDP is what grew in GDP增速, a rate asked of both: no measure of its own.)
        named_apart = {named for named, _ in own}
        # (A rate of both, unless each is asked on its own: 战新产业的产值和增速分别是多少
        # asks the one's output and its growth.)
        apart = (
            None not in named_apart
            and len(named_apart) > 1
            and "gdp" not in named_apart
            # (a share said once covers both: 户数及其产值占全区比重分别是多少; a level named
            # of one side is no rate of both: 吉利产值是白象拉动的多少倍)
            and (
                measure not in _RATES
                or (each and measure != "share")
                or any(m in vocab.LEVEL_MEASURES for m in named_apart)
            )
        )
        if measure is not None and measure not in vocab.LEVEL_MEASURES and not apart:
            # A rate, share or count asked of both (which grew faster, A or GDP): GDP
            # names what grew, as in GDP增速, not a measure of its own.
            paired = [(terms, None) for terms, _ in paired]
        paired = [(terms, named) for terms, named in paired if terms]
        if len(paired) == 2:
            paired = _possessed(paired, each)
        # (7.06亿是1.11亿的几倍: each side a figure, its unit no word of a name)
        sides = tuple(_figure_alone(terms) for terms, _ in paired)
        side_measures = tuple(named for _, named in paired)
        # What is compared is what the question is about: 轮岗的人多还是提拔的人多.
        terms = _merged([_terms(side, unlisted, figures) for side in side_texts])
        subject = _merged(list(sides))
    else:
        # "how fast", "what percent": question phrases, not words a name holds.
        # Nor 三成, 三分之一: a share said in tenths or as a fraction, which no name holds;
        # nor value beside the measure it is the figure of (the value of GDP).
        asked = tuple(
            w
            for w in measure_words
            if w.startswith(("how ", "what "))
            or IN_TENTHS.fullmatch(w) is not None
            or (w in vocab.VALUE_WORDS and measure != "worth")
            # (production volume: the measure, in words no fact's name holds together)
            or w.rpartition(" ")[2] in vocab.VOLUME_WORDS
        )
        terms = _terms(_without(text, asked), unlisted, figures)
        subject = (
            _terms(_without(text, measure_words), unlisted, figures) if measure_words else terms
        )
        if measure in vocab.FIGURES_NEVER_GIVEN and all(t.optional for t in subject):
            # 2023年的目标是多少: a target of nothing named, the plan as a whole, read as
            # its words (no figure of a thing asked).
            measure, measure_words = None, ()
            unlisted = tuple(w for m, w in found if w and m not in vocab.FIGURES_NEVER_GIVEN)
            terms = subject = _terms(text, unlisted, figures)
    items: list[tuple[list[Term], str | None]] = []
    # (Three things or more added up are items too: 省级、国家级小巨人和获批的合计多少户.)
    if operator in ("max", "min", "compare") or (
        total and len(listed) >= 3 and _LISTED_WITH_MARKS.search(text) is not None
    ):
        last_item = ""
        for item in listed:
            named, words = _choose_measure(_measure_words(item, wants_number))
            item_terms = _terms(_without(item, words), unlisted, figures) or _terms(
                item, unlisted, figures
            )
            if item_terms:
                items.append((item_terms, named))
                last_item = item
        if measure is not None and measure not in vocab.LEVEL_MEASURES:
            items = [(terms, None) for terms, _ in items]  # which grew fastest, GDP or …
        elif (
            len(items) >= 2
            and items[-1][1] is not None
            and all(named is None for _, named in items[:-1])
            and _MEASURE_ENDS_LIST.search(last_item) is not None
        ):
            # 吉利、战新产业、甲醇汽车的产值: the measure ending the list is each one's.
            items = [(terms, items[-1][1]) for terms, _ in items]
        if len(items) < (2 if operator in ("max", "min") else 3):
            items = []  # two things compared are a comparison's sides
    if each and len(sides) >= 2:
        versus = True
    elif each:
        # 分别 with one thing named: a plain question, of each of its kind (两笔扶持资金
        # 各是多少: both funds). A number only if one is asked (党建联盟分别覆盖了哪些产业:
        # which industries, each alliance's).
        operator, each_of_one = "", True
        wants_number = asks_number
    if versus and len(sides) < 2:
        # GDP比上半年高吗 with its time taken out: what is left of 比 is no word to match.
        terms, subject = _unjoined(terms), _unjoined(subject)
    whole = share_of(text) or claimed_whole or level_whole
    if measure == "share" and subject and all(_of_the_whole(t, whole) for t in subject):
        subject = []  # 占全区的比重是多少: the whole is named, not whose share is asked
    elif measure == "share" and whole:
        # 产值过亿的企业占全区总产值的几成: whose share is asked (the firms); the whole it
        # is of (全区总产值) is said by the share, not asked about.
        subject = [t for t in subject if not _is_the_whole(t, whole)] or subject
    if not operator and not sides:
        gdp_words = measure_words if measure == "gdp" else ()
        terms, subject = _context_aside(folded, terms, subject, asked_whole=gdp_words)
    pulled = {m.group() for m in _PULLED_EN.finditer(folded)} if measure else set()
    if measure == "growth-contribution" and pulled:
        # Which company pulled pharma growth: the verb of pulling says the measure, and
        # counts only where it hits (one firm's aliases hold it, another's not).
        terms = [t._replace(aside=True) if t.text in pulled else t for t in terms]
        subject = [t._replace(aside=True) if t.text in pulled else t for t in subject]
    kind_chosen = _KIND_CHOSEN.search(folded) if any(t.amount for t in terms) else None
    if kind_chosen is not None:
        # Which indicator grew 70.7%: the figure, which a fact states, says which one; the
        # kind chosen among counts only where it hits (the indicators that fell in April
        # do not grow 70.7%). (Not a place: which province grew 10% asks of another.)
        chosen: str = kind_chosen["en"] or kind_chosen["zh"] or ""

        def told(term: Term) -> bool:
            return term.text in chosen and not term.place and term.text not in vocab.PLACES

        terms = [t._replace(aside=True) if told(t) else t for t in terms]
        subject = [t._replace(aside=True) if told(t) else t for t in subject]
    occasion = _AN_OCCASION.search(folded) or _DURING_THE_PANDEMIC.search(folded)
    if occasion is not None:
        # get factories running again after the April shutdown: the shutdown is when,
        # not what is asked about; its words count only where they hit.
        said = set(_occasion_words(occasion).split())
        if any(t.text not in said for t in subject):
            terms = [t._replace(aside=True) if t.text in said else t for t in terms]
            subject = [t._replace(aside=True) if t.text in said else t for t in subject]
    if threshold is not None and threshold.relation in LOOSE_STANDINGS:
        said_standing = threshold.text
        # (Among Shanxi's development zones: zones ranked, the zone's standing.)
        zones_ranked = re.search(r"\bzones\b", folded) is not None
        if not zones_ranked and any(
            not (t.optional or t.text in said_standing or OF_A_RANKING.fullmatch(t.text))
            for t in subject
        ):
            # 留抵退税名列前茅: a standing said of a thing named is its rank, claimed; the
            # words of the standing name nothing of it. (Of the zone, 在全省排得靠前吗,
            # they may name the standing the report says in words: 稳居前列.)
            measure, measure_words = "rank", ()
            terms = [t for t in terms if t.text not in said_standing]
            subject = [t for t in subject if t.text not in said_standing]
        elif zones_ranked and period is None:
            # Near the top of Shanxi's development zones: the zone's standing, which the
            # report says in words (稳居全省开发区前列), no rank to hold (in April, a
            # month's standing is held: last).
            threshold = None
    if (
        operator == "max"
        and about_enterprise
        and measure is None
        and not terms
        and _SIZE_RANKED.search(folded) is not None
    ):
        # 开发区最大的企业, the biggest company: a firm's size is its output, the one size
        # the report gives of a firm.
        measure = "output-value"
    if all(t.optional for t in subject):
        subject = []  # 经济总量有多大: nothing but the measure is asked about
    if _MULTIPLE_ASKED.search(folded) is not None and not (
        ratio is not None and operator == "compare" and len(sides) >= 2
    ):
        # How many times is the refund the relief fund, 是几倍: a multiple asked, of
        # two things not read as the sides: no figure of one of them answers it.
        measure, measure_words = "ratio", ()
    names = _capitalised(raw) if english else frozenset()
    if any(t.text in names for t in terms):
        # (The subject stays the very list of terms where it is: rank reads that.)
        same = subject is terms
        terms = _as_names(terms, names)
        subject = terms if same else _as_names(subject, names)
        sides = tuple(_as_names(side, names) for side in sides)
    if (
        measure == "growth-contribution"
        and english
        and any(t.text in _ADDING for t in terms)
        and "value add" not in text
    ):
        # How many points did it add: the pull's own verb, no word of a thing (not the
        # added of value added, which its fact would then hold alone).
        same = subject is terms
        terms = [t for t in terms if t.text not in _ADDING]
        subject = terms if same else [t for t in subject if t.text not in _ADDING]
    if len(terms) >= 2:
        same = subject is terms
        terms = _held_inside(_heads_said_again(terms))
        subject = terms if same else _held_inside(_heads_said_again(subject))
    return Question(
        text=text,
        terms=terms,
        subject=subject,
        measure=measure,
        measure_words=measure_words,
        dimensions=frozenset(dimensions),
        # 数据呢, what's the number: a figure asked, of nothing named (which one is meant?)
        wants_number=wants_number or (not terms and _ASKS_DATA.search(folded) is not None),
        asks_number=asks_number,
        threshold=threshold,
        period=period,
        operator=operator,
        sides=sides if len(sides) >= 2 else (),
        english=english,
        about_enterprise=about_enterprise,
        asks_who=asks_who and not operator and not asks_giver,
        size_asked=size_asked,
        who_ranked=asks_who and operator in ("max", "min") and len(listed) < 2,
        asks_giver=asks_giver and not operator,
        asks_names=examples or _ASKS_NAMES.search(folded) is not None,
        examples=examples,
        describes=describes,
        asks_how=measure is None and not wants_number and _ASKS_HOW.search(folded) is not None,
        asks_when=asks_when,
        asks_month=asks_month,
        asks_day=asks_day,
        share_of=whole,
        plural=plural,
        each_of_one=each_of_one,
        each_of_several=each and bool(items),
        each_said=_number_said(folded) if each_of_one or total else 0,
        excluded=excluded,
        included=included,
        besides=besides,
        currency=currency,
        figure_named=figure_named,
        versus=versus,
        side_measures=side_measures if len(sides) >= 2 else (),
        asks_less=asks_less,
        difference=(difference is not None or gap_claimed is not None)
        and operator == "compare"
        and len(sides) >= 2,
        ratio=ratio is not None and operator == "compare" and len(sides) >= 2,
        relative=relative_asked and operator == "compare" and len(sides) >= 2,
        yes_no=yes_no,
        # 合起来占全区总产值的几成: together, as a share of the whole, no sum of facts.
        total=total and measure != "share",
        full_year=full_year,
        added=added,
        by_the_head=measure == "count" and _BY_THE_HEAD.search(folded) is not None,
        by_level=by_level is not None,
        place=place if operator in ("max", "min", "compare") else 1,
        standing=standing,
        class_threshold=_class_threshold(text),
        items=tuple(terms for terms, _ in items),
        item_measures=tuple(named for _, named in items),
        claims=claims if operator == "compare" and len(sides) >= 2 else "",
        gap_claimed=gap_claimed if operator == "compare" and len(sides) >= 2 else None,
        asks_made=asks_made,
        asks_where=asks_where,
        order=order if operator == "compare" and len(sides) >= 2 else "",
        order_claimed=order_claimed and operator == "compare" and len(sides) >= 2,
        time_order=time_order,
    )


_ADDING = frozenset(("add", "adds", "added", "adding"))


def _heads_said_again(terms: list[Term]) -> list[Term]:
    """The words without one that only says again the end of a word before it (省考核
    指标里提到了哪些指标: 指标 is the kind asked of, 省考核指标, no other thing); not one
    the word before counts (一部一中心三公司里有几个公司: the three companies, a part)."""
    kept: list[Term] = []
    for term in terms:
        # (a place or a whole says where, each time: 占全市50%来算，全市有几家; 占全区
        # 33.1%，全区总产值)
        again = term.cjk and len(term.text) >= 2 and not term.numeric
        again = again and not term.place and term.text not in vocab.PLACES
        again = again and not term.text.startswith("全")
        if again and any(
            k.cjk
            and len(k.text) > len(term.text)
            and k.text.endswith(term.text)
            and k.text[-len(term.text) - 1] not in _ZH_DIGITS
            for k in kept
        ):
            continue
        kept.append(term)
    return kept


def _held_inside(terms: list[Term]) -> list[Term]:
    """Each Chinese word of two characters or more that another word of the question
    holds inside it, marked with that word (Term.outside): 一部一中心三公司里有几个中心
    (a lone character, 部, counts only where it hits all the same)."""
    words = [t.text for t in terms if t.cjk and not t.numeric]
    if len(words) < 2:
        return terms

    def holder(term: Term) -> str:
        if not term.cjk or len(term.text) < 2:
            return ""
        return next((word for word in words if held_inside(term.text, word)), "")

    return [t._replace(outside=whole) if (whole := holder(t)) else t for t in terms]


def held_inside(part: str, whole: str) -> bool:
    """Does the whole hold the part inside it, neither first nor last (中心 in 一部一中心三
    公司; not 吉利 in 吉利汽车), or last after a number counting it (公司 in 三公司)?"""
    at = whole.find(part, 1)
    while at > 0:
        if at + len(part) < len(whole) or whole[at - 1] in _ZH_DIGITS:
            return True
        at = whole.find(part, at + 1)
    return False


# The earliest or the latest thing in time (最早发生的事, 最晚的一件事, 最后发生的几件事,
# the earliest dated event, what happened last): not 最后 alone (排名最后 is a place), nor
# first or last of a thing made (首台, the first truck).
_TIME_EXTREME_ZH = LazyPattern(
    r"(?P<earliest>最早|最先(?!进)|第一件|头一件)"
    r"|(?P<latest>最晚|最迟|最后(?=发生|出现|进行|的?一件|的?几件|的事|的大事))",
    hints=("最早", "最先", "第一件", "头一件", "最晚", "最迟", "最后"),
)
_TIME_EXTREME_EN = LazyPattern(
    r"\b(?P<earliest>earliest)\b"
    r"|\b(?:(?P<earliest_event>first)|(?P<latest_event>latest|last|most recent))\b"
    r"(?=(?:\s+(?:dated|notable|major|big|key|important))*\s+(?:events?|things?|milestones?)\b)"
    # (which happened last in 2022, which event came first: in time, no rank or first thing)
    r"|\b(?:what|which)(?:\s+(?:event|thing))?\s+(?:happened|came|took place|occurred)\s+"
    r"(?:(?P<earliest_done>first)|(?P<latest_done>last))\b",
    hints=("earliest", "first", "latest", "last", "most recent"),
)
# What happened, said around such an extreme: no word of what is asked.
_EVENT_WORDS = LazyPattern(
    r"发生(?:过|了)?的?|的?(?:一件|几件|一些)?(?:大事|事件|事情|事儿|事)(?:情)?"
    r"|\b(?:(?:dated|notable|major|big|key|important)\s+)*"
    r"(?:events?|things?|milestones?|happen(?:ed|ing|s)?|took place|occurred)\b",
    hints=("发生", "事", "event", "thing", "milestone", "happen", "took", "occurred"),
)


def _time_extreme(text: str) -> tuple[str, str]:
    """ "earliest" or "latest" where the question asks for the first or last thing in
    time, and the question without those words and its words for events."""
    found = _TIME_EXTREME_ZH.search(text) if has_cjk(text) else _TIME_EXTREME_EN.search(text)
    if found is None:
        return "", text
    groups = {k for k, v in found.groupdict().items() if v}
    way = "earliest" if any(g.startswith("earliest") for g in groups) else "latest"
    rest = f"{text[: found.start()]}{_SOFT}{text[found.end() :]}"
    rest = _EVENT_WORDS.sub(lambda m: " " if m.group().isascii() else _SOFT, rest)
    return way, rest


# Which of two things came first (哪个在前, 谁先, which happened first) or last: their
# times compared, not their figures; the verb after it (谁先下线) is each thing's. (Not 先
# or 早 beginning another word: 先行区, 先进, 早就, 早期.)
_ORDER_ZH = LazyPattern(
    r"[，,]?\s*(?:哪个|哪一个|哪件事?|哪项|谁)(?:是|要)?"
    r"(?:(?P<earlier>先发生|发生得?更?早|更?早发生|在前|在先|先|更早|早)"
    r"|(?P<later>后发生|发生得?更?晚|更?晚发生|在后|更晚|晚))(?![行进锋驱头期就已些列])"
    r"(?:一些|一点)?(?P<verb>[\u4e00-\u9fff]{2,4}?)?(?:的|了)?(?:呢|啊)?(?=[，,：:？?。！!\s]|$)",
    hints=("哪", "谁"),
)
# 先A还是先B, A先还是B先, A在前还是B在前: first beside 还是 or ending the question, each
# thing said to come first in turn.
_FIRST_OR_FIRST = LazyPattern(
    r"^先|(?<=还是)先|(?:先|在前|在先|更早)(?=还是|[？?。!！\s]*$)", hints=("先", "在前", "早")
)
_ORDER_EN = LazyPattern(
    r",?\s*\bwhich (?:one )?(?:came|happened|was|took place|occurred|come|happens|comes)\s+"
    r"(?:(?P<earlier>first|earlier|sooner)|(?P<later>last|later))\b"
    # (which comes first in the ranking, which was last among: a place, not a time; in
    # 2022 is when)
    r"(?!\s+(?:in|among|for|on|of|to)\b(?!\s+(?:19|20)\d\d\b)),?",
    hints=("which",),
)


# A month, quarter, half or end of the year as Chinese writes it (4月份, 第二季度, 下半年,
# 年底): answer.py reads a time claimed with it (是第二季度下线的吗).
ZH_TIME = (
    r"(?:(?:(?:19|20)\d\d年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?|第?[一二三四1-4]季度?"
    r"|[上下]半年|年[中底末初尾]))"
)
# After an event, what: the event, the word after, and a question asking what or how
# (重卡交付之后签了什么协议, what happened after the 500 trucks were delivered).
_AFTER_EVENT_ZH = LazyPattern(
    # (not 最后, 然后, 今后, 背后, 落后, 滞后: finally, then, from now, behind, lagging)
    r"^\s*(?P<event>[^，,。？?]{2,20}?)(?P<after>之后|以后|过后|(?<![最然今背落滞往前])后(?![来续面期]))"
    r"[，,]?\s*"
    r"(?=[^，,。？?]*?(?:什么|怎么|如何|哪|多少|咋|啥))",
    hints=("后",),
)
_AFTER_EVENT_EN = LazyPattern(
    r"(?P<after>\b(?:after|(?<!the )following|followed)\s+)(?P<event>(?:the\s+)?[^?,]+)",
    hints=("after", "follow"),
)
_WH_WORD_EN = re.compile(r"\b(?:what|how|which)\b")


def after_event_asked(folded: str) -> re.Match[str] | None:
    """What is asked after an event (its groups: event, after), or None."""
    asked = _AFTER_EVENT_ZH.match(folded)
    if asked is None and _WH_WORD_EN.search(folded) is not None:
        asked = _AFTER_EVENT_EN.search(folded)
    return asked


# The times an ordering question gives its two things (4月停工, the June roll-out).
_TIMES_SAID = LazyPattern(
    rf"{ZH_TIME}|\b(?:in |at the end of |by )?(?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december|q[1-4]|year-end)(?: 2022)?\b"
)


# 交付是在下线之后吗, 是先下线后交付的吗, did the delivery come after the roll-out: the order
# of two things claimed (not of a thing and a time: 是6月之前下线的吗 shifts a period).
_ORDER_CLAIMED_ZH = LazyPattern(
    r"^(?P<a>[^，,？?]+?)(?:是不是|是否|是)?(?:在|于)(?P<b>[^，,？?]+?)"
    r"(?P<way>之前|以前|前面|之后|以后|后面)(?P<verb>[\u4e00-\u9fff]{0,4}?)(?:的)?"
    r"(?:吗|么|吧|嘛|[，,]\s*(?:" + CONFIRMING_TAGS + r"|是不是))?[？?。!！\s]*$",
    hints=("之前", "以前", "前面", "之后", "以后", "后面"),
)
_FIRST_THEN_CLAIMED = LazyPattern(
    r"^(?:是)?先(?P<a>[^，,？?]+?)[，,]?(?:然后|再|后)(?P<b>[^，,？?]+?)(?:的)?"
    r"(?:吗|么|吧|嘛|[，,]\s*(?:" + CONFIRMING_TAGS + r"|是不是))?[？?。!！\s]*$",
    hints=("先",),
)
_ORDER_CLAIMED_EN = LazyPattern(
    # (bigger than before the pandemic: a comparison with a time, no order of two things)
    r"^(?:did|was|were|is|are)\s+(?P<a>.+?)\s+(?<!than )(?P<way>before|after|earlier than"
    r"|later than|ahead of)\s+(?P<b>.+?)[?.!\s]*$",
    hints=("before", "after", "than", "ahead"),
)


# Before or after: both ways offered, neither claimed (read with the first way said).
_BOTH_WAYS_OFFERED = LazyPattern(
    r"\b(?P<one>before|earlier than|after|later than) or (?:before|earlier than|after|later"
    r" than)(?!\w)",
    hints=(" or ",),
)


def _order_claimed(text: str) -> tuple[str, str, str]:
    """The way an order is claimed in a yes-or-no question ("earlier": the first thing
    before the second) and the two things, or three empty strings. Neither is a time
    alone (是6月之前下线的吗 asks of one thing and a time)."""
    if _YES_NO.search(text) is None:
        return "", "", ""
    if has_cjk(text):
        found = _ORDER_CLAIMED_ZH.search(text) or _FIRST_THEN_CLAIMED.search(text)
    else:
        found = _ORDER_CLAIMED_EN.search(text)
    if found is None or _only_a_time(found["a"]) or _only_a_time(found["b"]):
        return "", "", ""
    said = found.groupdict()
    later = said.get("way") in ("之后", "以后", "后面", "after", "later than")
    return ("later" if later else "earlier"), found["a"], found["b"] + (said.get("verb") or "")


def _order_asked(text: str) -> tuple[str, bool, str]:
    """ "earlier" or "later" where the question asks which of two things came first (or
    last), or claims the first came before (after) the second; whether it claims it; and
    the question without those words: the two things, joined, each with the verb said
    once for both (谁先下线，轿车还是重卡). Nothing where two things are not named (哪个先行区,
    which was last in April), nor where one is only a time (是6月之前下线的吗)."""
    # (did the sedan come before or after the shutdown: both ways offered, neither
    # claimed; which came first is asked, read with the first way said)
    offered = _BOTH_WAYS_OFFERED.search(text)
    one_way = text if offered is None else text[: offered.end("one")] + text[offered.end() :]
    way, first, second = _order_claimed(one_way)
    claimed = offered is None
    if not way and offered is not None:
        # (before or after June: one thing and a time, no two things ordered; read as it
        # was before both ways were told apart)
        way, first, second = _order_claimed(text)
        claimed = True
    if way:
        joiner = " and " if text.isascii() else "和"
        return way, claimed, f"{first}{joiner}{second}"
    way, rest, verb = "", text, ""
    between = _TIME_BETWEEN_ZH.search(text) if has_cjk(text) else None
    if between is not None and not _only_a_time(between["a"]) and not _only_a_time(between["b"]):
        # 从4月停产到重卡下线隔了几个月: the two things in order, each dated (the months
        # between them read from their dates).
        return "earlier", False, f"{between['a']}和{between['b']}"
    # (Which happened first, … or the agreement with 省国运: English with a Chinese name.)
    english_order = _ORDER_EN.search(text) if "which" in text else None
    if has_cjk(text) and english_order is None:
        found = _ORDER_ZH.search(text)
        if found is not None:
            way = "earlier" if found["earlier"] else "later"
            rest, verb = text[: found.start()] + _SOFT + text[found.end() :], found["verb"] or ""
        elif "还是" in text and _FIRST_OR_FIRST.search(text) is not None:
            way, rest = "earlier", _FIRST_OR_FIRST.sub("", text)
    elif (found := english_order or _ORDER_EN.search(text)) is not None:
        way = "earlier" if found["earlier"] else "later"
        rest = f"{text[: found.start()]} {text[found.end() :]}"
    sides = _sides(rest.strip(" ,，:：？?" + _SOFT)) if way else []
    if len(sides) < 2:
        return "", False, text
    if verb:
        rest = "和".join(side if verb in side else f"{side}{verb}" for side in sides)
    return way, False, rest


# How long from one thing to another (从A到B中间隔了几个月, A到B相隔多久).
_TIME_BETWEEN_ZH = LazyPattern(
    r"^\s*从?(?P<a>[^，,？?到]{2,30}?)到(?P<b>[^，,？?]{2,30}?)[，,]?\s*(?:中间|之间|期间)?"
    r"(?:隔了|相隔|间隔|隔|过了|经过了|用了|花了)(?:几个月|多少个月|多久|多长时间|几天|多少天)",
    hints=("隔", "过了", "用了", "花了"),
)


def _only_a_time(text: str) -> bool:
    """Is the text a time and nothing else (6月, 年底, June, Q2), or nothing at all?"""
    return not re.sub(r"[\s的了是在于,，]|\bthe\b", "", _TIMES_SAID.sub("", text))


# 在哪里, 在什么地方, 位于哪, 地址, where is … located: where a thing is, or was done.
_ASKS_WHERE = LazyPattern(
    # (在哪个新赛道上领跑: on which track, no place)
    # (用在哪, 花在哪: what money went to, no place)
    # (排在哪: a place in a ranking; 在哪月: when)
    # (调到哪里去了, 派往何处: where someone was sent or moved; not 下放到哪里, 恢复到哪了,
    # 到哪里宣讲, 钱去了哪里: where a power or money went, how far, where a deed was done)
    r"(?:(?<![用花投拨排])在|位于|坐落在|落户在?|设在|(?:调|派|搬|迁)(?:到|往|去)了?)"
    # (哪 before a measure word is which: 在哪条赛道, 在哪家企业, on which one)
    r"(?:哪里|哪儿|哪(?![个一些项类种月年天日季步条家笔批块部台位方])|什么地方|何处|何地|哪个地方"
    # (在哪个省: a place, by its kind, ending what is asked; not 在哪个市排第一)
    r"|哪个(?:省|市|县|城市|地区)(?=[吗呢啊的？?。!！\s]|$))"
    r"|地址(?:是|在)?(?:哪|什么)"
    r"|^where (?:is|are)\b(?!.*\brank)|\bwhere (?:is|are|was|were) [a-z' -]+ (?:located|based)\b"
    # (where were the rotated cadres sent or posted: a destination; not where powers were
    # transferred, where leaders went to brief firms: the report's deed says it)
    r"|\bwhere (?:did|do|does|were|was|have|has) [a-z0-9' -]+ (?:sent|posted|assigned"
    r"|relocated)\b",
    hints=("哪", "什么地方", "何处", "何地", "地址", "where"),
)


def named_as_party(entity: Entity, folded: str) -> bool:
    """Does a question (folded) name the entity as one party of what was done, asking for
    the other (谁和省国运公司签的协议, 省国运公司跟谁签的, who signed with the provincial …)?"""
    chinese = [n for n in (entity.zh, *entity.aliases) if not n.isascii() and len(n) >= 2]
    english = [n.casefold() for n in (entity.en, *entity.aliases) if n.isascii() and len(n) >= 3]
    joined = any(
        f"{who}{kind}{w}{n}" in folded or f"{n}{also}{w}{who}" in folded
        for n in chinese
        for w in "和与跟同"
        for who in _WHO_WORDS
        for kind in ("", "企业", "公司", "单位")  # (哪家企业和省国运公司签了协议)
        for also in ("", "还", "又", "也")  # 开建集团还和谁: who else
    )
    # 与省国运公司签约的是哪家公司: with the party, then 是 who, later in the question
    # (not 经纬智能和经纬化纤谁获得了金奖: a choice between the two).
    # (…的是开发区哪家企业: where it is may stand between 是 and who; not 经纬智能和经纬化纤
    # …的是谁, a choice between two things named before the party's word)
    joined = joined or (
        any(_with_party_said(f"{w}{n}", folded) for n in chinese for w in "和与跟同")
        and _IS_WHO.search(folded) is not None
    )
    # who did Kaijian Group form a joint venture with: the party, then with at the end
    with_at_end = _WITH_AT_END.search(folded) is not None
    # (the partner of Kaijian, Kaijian's JV partner: the other party asked)
    partner = "partner" in folded
    return joined or any(
        f"with {n}" in folded
        or (with_at_end and n in folded)
        or (partner and _partner_of(n, folded))
        for n in english
    )


def _partner_of(name: str, folded: str) -> bool:
    """Is the name said as the party whose partner is asked (the partner of Kaijian,
    Kaijian's JV partner)?"""
    return any(f"{lead}{name}" in folded for lead in ("partner of ", "partners of ")) or (
        re.search(rf"\b{re.escape(name)}'s (?:[\w-]+ ){{0,3}}?partners?\b", folded) is not None
    )


_WHO_WORDS = ("谁", "哪家", "哪个", "哪一家", "哪些", "什么企业", "什么公司")
_IS_WHO = LazyPattern(
    rf"是(?:开发区|园区|区内|全区|本区)?(?:{'|'.join(_WHO_WORDS)})", hints=("是",)
)


def _with_party_said(said: str, folded: str) -> bool:
    """Is the party said with 和/与 (和省国运公司…) opening the question, or after the zone,
    an adverb or a mark: never after another thing's name (A和B…的是谁, a choice)?"""
    at = folded.find(said)
    while at >= 0:
        before = folded[:at]
        if not before or not is_cjk(before[-1]) or before.endswith(_BEFORE_WITH):
            return True
        at = folded.find(said, at + 1)
    return False


_BEFORE_WITH = ("区", "是", "就", "都", "也", "还", "又", "曾", "已", "先", "请问", "那么")
_WITH_AT_END = LazyPattern(r"^(?:who|which|what)\b.*\bwith\s*[?.!]*$", hints=("with",))


# A sentence placing its thing (在晋中开发区成功下线), or naming a site by its place
# (晋中国家级甲醇经济示范区): what answers where. (Not 晋中开发区 itself, the report's
# every subject.)
PLACED = LazyPattern(
    r"(?:在|于|落户|落地|落户于)[\u4e00-\u9fff]{0,8}?(?:开发区|园区|晋中|山西|省|市|县|区)"
    r"|(?:晋中|山西|太原|榆次)[市省]?(?!开发区)[\u4e00-\u9fff]{1,8}?(?:示范区|园区|产业园|基地)",
    hints=("在", "于", "落户", "落地", "晋中", "山西", "太原", "榆次"),
)
_ASKS_DATA = LazyPattern(
    r"数据|数字|数值|统计|\b(?:data|figures?|numbers?|stats|statistics)\b",
    hints=("数", "统计", "data", "figure", "number", "stats", "statistics"),
)
# (Not 做了什么, what was done: a question of a statement.)
_ASKS_MADE = LazyPattern(
    r"(?:主要)?(?:生产|制造|(?<!改)造|卖|经营|主营)了?(?:的是)?(?:什么|啥|哪些|何种|甚么)"
    r"(?:样的)?(?:产品|东西|药|车)?"
    r"|做(?:什么|啥)(?:样的)?(?:产品|东西|生意|业务)|(?:主要|主营)?产品是(?:什么|啥|哪些)"
    r"|主营业务|(?:是|系)?(?:干|做)(?:什么|啥|乜|咩)(?:的|嘅)?(?=[？?。!！\s]*$)"
    r"|\bwhat (?:does|do|did) [a-z' -]+ (?:make|produce|manufacture|build|sell)\b"
    r"|\bwhat (?:products?|goods|medicines?|drugs?) (?:does|do|did)\b"
    r"|\bwhat (?:does|do) [a-z' -]+ do\b|\bmain products\b",
    hints=("什么", "啥", "哪些", "何种", "甚么", "产品", "主营", "乜", "咩", "what", "products"),
)


# A place's numeral in Chinese (not 第二十, 第25: the numeral ends there) and in English.
_ZH_PLACE = r"(?P<zh>[二两三四五2-5])(?![十百0-9])"
_EN_PLACE = r"(?P<en>second|third|fourth|fifth|2nd|3rd|4th|5th)"
_PLACE_HINTS = ("第", "second", "third", "fourth", "fifth", "2nd", "3rd", "4th", "5th")
# 第二多, 倒数第三高, the second largest, 3rd-highest: a superlative one or more places
# down. Its numeral, then what is ranked (多 as in 最多).
_PLACE_RANKED = LazyPattern(
    rf"(?P<last>倒数)?第{_ZH_PLACE}(?:位|名)?(?P<adj>[多高大快少低小慢])"
    rf"|\b{_EN_PLACE}[- ]"
    r"(?P<en_adj>largest|highest|biggest|greatest|most|fastest|lowest|smallest|least|fewest"
    r"|slowest)\b",
    hints=_PLACE_HINTS,
)
# 排第二的是哪家, which came second, the runner-up: a place, ranked by the figure asked,
# only where a which or who asks for it (开发区在全省排第二吗 asks of the zone's rank).
# Not a half or quarter of the year (in the second quarter), nor a prize's grade.
_PLACE_NAMED = LazyPattern(
    # (按金额排，第二名是哪一笔: the ranking said, then the place)
    rf"(?:(?P<last>倒数)|(?:排|排名|排在|排行|位居|位列|名列)[，,\s]*)第{_ZH_PLACE}(?:位|名)?"
    r"|\b(?:came|comes|come|ranked|ranks|rank|placed|finished|is|was|sits|stands)\s+"
    rf"(?:in\s+)?(?:the\s+)?{_EN_PLACE}(?:\s+place)?\b(?!\s+(?:half|quarter))"
    r"|\b(?P<runner>runner[- ]up|runners[- ]up)\b",
    hints=(*_PLACE_HINTS, "runner"),
)
_SCOPE_BEFORE = LazyPattern(
    r"(?:全市|全省|全国|市里|省里|市内|省内|全区)(?:开发区|园区|各开发区)?[里中内]?(?:的)?$",
    hints=("全市", "全省", "全国", "市里", "省里", "市内", "省内", "全区"),
)
_SCOPE_AFTER = LazyPattern(
    r"\s+(?:in|among|across)\s+(?:the\s+)?(?:whole\s+)?(?:city|province|country|nation|"
    r"jinzhong|shanxi|zones?)\b",
    hints=("in", "among", "across"),
)
_WHICH_OR_WHO = LazyPattern(
    r"哪|谁|什么|啥|\b(?:which|who|what)\b",
    hints=("哪", "谁", "什么", "啥", "which", "who", "what"),
)
_PLACES = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_PLACES_EN = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_LOWER = frozenset("少低小慢") | {"lowest", "smallest", "least", "fewest", "slowest"}


# 排倒数第一, 排第一, ranks last, ranked first: the bottom or top of a ranking, as 最低
# and 最高 (not 第一 alone, the first of something: 第一批, 全省第一台; nor came first,
# which may ask which came earlier).
_END_PLACE_NAMED = LazyPattern(
    r"(?:(?:排名|排在|排行|排|位居|位列|名列)\s*)?(?P<zh_last>倒数)第[一1](?:位|名)?"
    r"(?![0-9十百个批次台辆家项])"
    # (排倒数第一 as the folding writes it, the report's 排名垫底; 排名最后)
    r"|(?P<zh_bottom>排名垫底|(?:排名|排在|排)最后(?:一位|一名)?)"
    # (not 安排第一批, 排第一个下线: a first of things, no place)
    r"|(?<!安)(?:排名|排在|排行|排|位居|位列|名列)\s*第[一1](?:位|名)?(?![0-9十百个批次台辆家项])"
    r"|\b(?:ranks|ranked|rank|placed)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:(?P<en_last>last)|first)(?:\s+place)?\b(?!\s+(?:half|quarter))",
    hints=("第", "垫底", "最后", "last", "first"),
)
# A zone's standing, or one in a city, province or country: a rank the report states.
_A_ZONE_RANKED = LazyPattern(
    r"开发区|园区|本区|我区|全区|[市省国]|山西|晋中|太原"
    r"|\b(?:zone|zones|city|province|provincial|shanxi|jinzhong|country|nation)\b",
    hints=("区", "市", "省", "国", "山西", "晋中", "太原", "zone", "city", "provinc", "shanxi",
           "jinzhong", "country", "nation"),
)  # fmt: skip


def _ranks_a_measure(text: str) -> bool:
    """Does the question name a measure the report states figures of (资金, 企业数量,
    fund, output), other than a rank?"""
    stated = {m for m in MEASURES if m != "rank"}
    if has_cjk(text):
        return any(w in text for w, m in vocab.ZH_MEASURE_WORDS.items() if m in stated)
    return any(
        _contains_word(text, w) or (w.endswith("s") and _contains_word(text, w[:-1]))
        for w, m in vocab.EN_MEASURE_WORDS.items()
        if m in stated
    )  # (which fund: funds named in the singular)


def _end_place_as_superlative(match: re.Match[str]) -> str:
    last = match["zh_last"] or match["zh_bottom"] or match["en_last"]
    if match.group().isascii():
        return " lowest " if last else " highest "
    return "最低" if last else "最高"


# Second to last, penultimate: the second place from the bottom (as 倒数第二).
_SECOND_TO_LAST = LazyPattern(
    r"\b(?:(?:second|2nd|next)[- ]to[- ]last|penultimate)\b",
    hints=("last", "penultimate"),
)


def _place_asked(text: str) -> tuple[int, int, str]:
    """The place a ranking question asks for (第二多, the second largest, 排第二的是哪家,
    which came second), a standing asked in the city or province instead (哪项在全市排第二:
    0 when none), and the text with a place's words as the superlative they rank by."""
    bottom = _SECOND_TO_LAST.search(text)
    if bottom is not None:
        return 2, 0, text[: bottom.start()] + "lowest" + text[bottom.end() :]
    ranked = _PLACE_RANKED.search(text)
    if ranked is not None:
        numeral = ranked["zh"] or ranked["en"]
        adjective = ranked["adj"] or ranked["en_adj"]
        # 倒数第二少 and 倒数第二多 alike: the second from the bottom (少 only says so again).
        lowest = adjective in _LOWER or bool(ranked["last"])
        if ranked["zh"]:
            word = "最" + (adjective if not ranked["last"] else ("少" if lowest else "多"))
        else:
            word = adjective  # the second most firms: the most firms, one down
        return _place_number(numeral), 0, text[: ranked.start()] + word + text[ranked.end() :]
    named = _PLACE_NAMED.search(text)
    if named is None or _WHICH_OR_WHO.search(text) is None:
        return 1, 0, text
    if _SCOPE_BEFORE.search(text[: named.start()]) or _SCOPE_AFTER.match(text[named.end() :]):
        # 哪项在全市排第二, which ranked second in the city: a standing in the city or
        # province (a rank stated, 全市排名第一), no ranking of the report's figures.
        return 1, _place_number(named["zh"] or named["en"] or "second"), text
    numeral = named["zh"] or named["en"] or "second"
    chinese = named["zh"]
    word = ("最低" if named["last"] else "最高") if chinese else "highest"
    return _place_number(numeral), 0, text[: named.start()] + word + text[named.end() :]


def _place_number(numeral: str) -> int:
    if numeral[0].isdigit():
        return int(numeral[0])
    return _PLACES.get(numeral) or _PLACES_EN[numeral]


_BY_THE_HEAD = LazyPattern(
    r"(?:多少|几)(?:[户家项名位台辆所座]|个(?!亿|万|千|百分点|点))", hints=("多少", "几")
)
# 新 of its own, not the end of a word (高新认定 is high-tech certification). Taken out of
# what is matched; English new is not, being a word of names (Companies newly set up).
# (新引进的项目: 新 only; brought in is what was done to them, a word asked, which the
# report counts nowhere)
_ADDED_WORDS = LazyPattern(
    r"(?<![高创更最重革全清刷])(?:新增|新认定|新评上|新评定|新培育|新(?=引进)|新入选|新晋)"
    # (净增多少, 增量是多少: the net increase; not 增量项目, the projects newly brought in)
    r"|净增(?:加)?|增量(?=是|为|有|多少|几)",
    hints=("新", "净增", "增量"),
)
_ADDED = LazyPattern(
    r"(?<![高创更最重革全清刷])(?:新增|新认定|新评上|新评定|新培育|新引进|新入选|新晋|新获批|新获评"
    r"|新批准|新列入|新承接|新下放|新赋权)"
    r"|净增(?:加)?|增量(?=是|为|有|多少|几)"
    r"|(?:增加了?|多了|多出了?)(?:多少|几)[家户个项名位]"
    r"|\bhow many (?:new(?:ly)?|additional|extra)\b|\bnewly (?:added|certified|recognised"
    r"|recognized|approved|named|designated|listed|selected|rated|awarded|granted)\b"
    r"|\b(?:were|was|been|got) added\b|\bnet (?:increase|gain|addition)",
    hints=("新", "增加", "多了", "净增", "增量", "how many", "newly", "added", "net"),
)


# So much added, claimed (高新技术企业多了171户吗, GDP多了143亿元吗; not 比…多了84户, a gap,
# nor 多了吗): the increase, which a level does not state.
_ADDED_CLAIMED = LazyPattern(
    r"^(?![^，,。？?]*[比较])[^，,。？?]*(?:增加了|多了|多出了?|多咗)(?=\d|[一二两三四五六七八九十几])",
    hints=("增加了", "多了", "多出", "多咗"),
)


def says_added(text: str) -> bool:
    """Does the text say what was added (新增, newly approved), not a level reached?"""
    return _ADDED.search(text) is not None


# A figure in points (27.26 points, 17.77个百分点, 25个点): a pull on growth or a gap.
_FIGURE_IN_POINTS = LazyPattern(
    r"(?<![\d.])\d+(?:\.\d+)?\s*(?:percentage\s+)?(?:points?|pts?|pp)\b(?!\s*\d)"
    r"|(?<![\d.])\d+(?:\.\d+)?个(?:百分)?点",
    hints=("point", "pt", "pp", "点"),
)
_RATES = ("growth-rate", "growth-contribution", "growth-gap", "share")
_COUNTED_SIDE = LazyPattern(
    r"(?<=[比和跟与较])\d+(?:户|家|个|项|名)(?=[\u4e00-\u9fff]{2})(?!吗|了|呢|是|多|少)",
    hints=("比", "和", "跟", "与", "较"),
)
_FIGURE_OF_A_SIDE_EN = LazyPattern(
    r"(?P<than>\bthan (?:the )?)(?P<figure>(?:rmb ?|¥ ?)?\d[\d.,]*(?:\s*(?:million|billion|bn))?"
    r"\s*(?:yuan|rmb)?)\s+(?:of|in)\s+(?=[a-z])",
    hints=(" than ",),
)


def figure_of_the_side(text: str) -> tuple[str, str] | None:
    """than the 706 million yuan of the support funds: the amount said of the thing compared
    with, and how far it spans, in base units (None where none is said); ask checks that it
    is that thing's own (the 28.767 billion yuan of GDP is another figure's)."""
    said = _FIGURE_OF_A_SIDE_EN.search(text)
    figure = _side_figure(said["figure"]) if said is not None else None
    return (figure.amount, figure.spread) if figure is not None else None


def _a_stated_figure(said: str, amounts: frozenset[str]) -> bool:
    """Is the figure said (706 million yuan) one some fact states?"""
    figure = _side_figure(said)
    return figure is not None and _stated(figure, amounts)


def _side_figure(said: str) -> _Figure | None:
    """The figure _FIGURE_OF_A_SIDE_EN found (706 million yuan), read with its unit."""
    number = re.search(_NUMBER_IN_TEXT, said)
    return _figure(said, number) if number is not None else None


# A year said in Chinese: the report's (全年, 2022年, 去年, 年底) or another.
_YEAR_SAID = LazyPattern(
    r"全年|年度|整年|[\d〇零一二两三四五六七八九]{2,4}年|[去今当本]年|年底|年末",
    hints=("年",),
)
# The whole year, or all told (综合来看, overall): the year's standing, not a month's.
_FULL_YEAR = LazyPattern(
    r"全年|整年|一整年|年度|(?:综合|总的|总体|整体)来看"
    r"|\b(?:whole|full|entire)[- ]year\b|\ball year\b|\bannual(?:ly)?\b|\boverall\b"
    # (the whole of 2022, all through the year, throughout 2022: the year may be read off
    # by then, leaving the words last)
    r"|\b(?:whole|entirety) of(?: the year| 20\d\d)?\s*(?=[?.!]|$)"
    r"|\b(?:all through|throughout)(?: the year| 20\d\d)?\s*(?=[?.!]|$)",
    hints=("年", "来看", "year", "annual", "overall", "whole", "entirety", "through"),
)
_PLUS = LazyPattern(
    r"\bplus\b|(?<!再)加上|(?<=级)加(?=[省市区县国])"
    # (省级小巨人加国家级小巨人有几户: a thing's last word, plus, a thing, how many)
    r"|(?<=[人业])加(?=[\u4e00-\u9fff]{2,12}?(?:有|是|一共|总共|合计|共)?(?:几|多少))",
    hints=("plus", "加"),
)
# 同 joining two things (正处同副处), not the first character of a word (同比, 同期, 同时 …)
# nor the last of one (共同, 相同, 如同, 合同, 大同: the city).
_TONG_AS_AND = r"(?<![共相如协合不大])同(?![比期时样意等一步类])"
_SAME_AS_AND = LazyPattern(_TONG_AS_AND, hints=("同",))
# (及 joining, not inside 涉及, 以及's 以 aside, 普及, 顾及, 危及, 来得及, 及时)
JI_AS_AND = r"(?<![涉普顾危来波论提惠遍殃不])及(?![时早格])"  # (惠及: reaching)
_JI_JOINING = LazyPattern(JI_AS_AND, hints=("及",))
# 共 alone before a figure or what is asked (共多少人, 共有几户, 共7.06亿), not 共同, 共建,
# 中共: a total said, as 一共 says it.
GONG_ALONE = r"(?<![公中一总合])共(?=有|计|是|约|达|[\d一二两三四五六七八九十几多])"
_JOINED_SUM_NOUN = LazyPattern(
    rf"(?:[和与跟、]|{JI_AS_AND}|{_TONG_AS_AND})[^，,。？?]{{1,14}}?的?(?:总数|总额)",
    hints=("总数", "总额"),
)
_JOINED_TOTAL = LazyPattern(
    # (两笔扶持资金共7.06亿, 正处和副处共8人: 共 alone too)
    rf"(?:[和与跟及、]|{_TONG_AS_AND})[^，,。？?]{{1,14}}?(?:一共|总共|共计|{GONG_ALONE})"
    # (省级国家级小巨人总数: two levels side by side, as _juxtaposed joins them)
    r"|(?:省级|市级|区级|县级|国家级){2}[^，,。？?]{0,8}?(?:总数|总额|一共|总共|共计)",
    hints=("共", "总数", "总额"),
)
_DANGLING_PLUS = LazyPattern(r"加上(?=\x1f*(?:多少|几|是|有|[?？]|$))", hints=("加上",))
# The dimensions of things counted (a count, firms, items, people, vehicles).
_COUNTED_DIMENSIONS = frozenset({"count", "enterprises", "items", "people", "vehicles"})


# Two verbs joined by or (were recognised or approved): which things, it does not say.
_EN_VERBS_OR = LazyPattern(
    r"\b(?:were|was|got|get|are|is|been|be|being)\s+[a-z]+(?:ed|en)\s+or\s+[a-z]+(?:ed|en)\b",
    hints=(" or ",),
)
# 或 joining two things (not 或多或少, 或者说, 或许); or, in a how-many question (how many
# firms are high-tech or SRDI: firms of either kind).
OR_COUNTED = LazyPattern(r"(?<!或多)或(?!者?说|是说|多|许)者?", hints=("或",))
_EN_EITHER = LazyPattern(
    # (not 100,000 or more, or so, yes or no: a hedge or a claim, no second thing)
    r"\bhow (?:many|much)\b[^?]*?[a-z]\s+or\s+"
    r"(?!(?:so|more|less|fewer|above|below|not|no|approximately|roughly|about|around"
    r"|thereabouts|rather|else|what|is|was|in other words)\b)[a-z]",
    hints=("or",),
)
# Words adding a measure up (产值合计, 产值加起来): _modifies reads them after a measure word.
_SUMMING = (
    "合计", "合共", "合起来", "加起来", "加在一起", "加总", "总计",
    # (spoken: 加一起, 加一块儿, 合一块)
    "加一起", "加到一起", "合在一起", "合一起", "加一块儿", "加一块", "合一块儿", "合一块",
)  # fmt: skip
SUM_ASKED = LazyPattern(
    "|".join(_SUMMING) + rf"|总和|之和|一共|总共|共计|{GONG_ALONE}"
    # (正处与副处共提拔多少: a verb between 共 and what is asked)
    r"|(?<![公中一总合])共(?=[\u4e00-\u9fff]{1,2}了?(?:多少|几))"
    r"|\bcombined\b|\baltogether\b|\bin total\b|\b(?:the )?(?:total|sum) of\b"
    # (the two support funds together; not put or worked together)
    r"|(?<!put )(?<!get )(?<!got )(?<!work )(?<!worked )(?<!came )(?<!come )\btogether\b"
    # (in all ending a clause or before its verb: how many were promoted in all, how many
    # in all were promoted; not in all sectors)
    r"|\bin all\b(?=\s*(?:[,?.!;]|$|(?:were|was|did|do|are|is|have|has)\b))"
    r"|\badd(?:ed)? (?:up|together)\b|\bsum of\b"
    # (the support money total is?, subsidy total: money paid out, added up)
    r"|\b(?:money|funds?|funding|subsid(?:y|ies)|grants?|payments?|payouts?|handouts?)"
    r"\s+total\b"
    # Total promotions, total little giants: all of a thing counted, its kinds added (not
    # total output, one measure's name).
    # (A plural noun, not a word ending in s: across; nor the whole city's, one figure.)
    r"|(?:^|\bthe )total(?= (?:[a-z-]+ ){0,2}[a-z-]{3,}[^s\W]s\b(?! of\b))"
    r"(?!.*\b(?:whole|entire|city|citywide|province)\b)",
    hints=("加", "合", "总", "和", "共", "combined", "altogether", "total", "add", "sum", "all",
           "together"),
)  # fmt: skip


# 超过10万辆了吗, 突破140亿, did … exceed 14 billion yuan, fewer than 200 firms: a number
# held against a figure, in a yes-or-no question.
_ZH_RELATIONS = {
    "超过": "above", "突破": "above", "高于": "above", "多于": "above", "大于": "above",
    "超": "above", "过": "above", "逾": "above", "破": "above", "冲破": "above",
    "超出": "above", "迈过": "above", "跨过": "above", "达到": "at-least", "达": "at-least",
    # Rushed up to, stood on (冲上140亿, 站上百亿): reached it.
    "冲上": "at-least", "站上": "at-least", "迈上": "at-least",
    "不少于": "at-least", "不低于": "at-least", "不到": "below", "低于": "below",
    "未到": "below", "未达到": "below", "未达": "below",  # (GDP未到150亿: not yet reached)
    # 增速快于8%: a rate held to a figure (快于GDP, to another rate, is no figure held).
    "快于": "above", "慢于": "below",
    "少于": "below", "不足": "below", "小于": "below",
    # 不止5个, 不只: more than so many; 不下500台: no fewer.
    "不止": "above", "不只": "above", "不下": "at-least",
    # 至少有500台, 起码500台: at least so many.
    "至少有": "at-least", "至少": "at-least", "起码有": "at-least", "起码": "at-least",
    # Enough, full (够10万辆吗, 满150户了吗): so many reached.
    "够": "at-least", "满": "at-least", "不够": "below",  # (不够200户: short of it)
    # The number itself included (大于等于, 达到或超过; 不超过, 小于等于: ≥ and ≤ read).
    "大于等于": "at-least", "大于或等于": "at-least", "达到或超过": "at-least",
    "达到或者超过": "at-least", "高于或等于": "at-least", "不小于": "at-least",
    "不超过": "at-most", "不超出": "at-most", "不高于": "at-most", "不多于": "at-most",
    "不大于": "at-most", "小于等于": "at-most", "小于或等于": "at-most", "至多": "at-most",
    "顶多": "at-most",
    # Cantonese and spoken comparatives with 过 (少过150亿, 细过, 多过): less or more than
    # it, never 过 alone (over).
    "少过": "below", "细过": "below", "小过": "below", "低过": "below", "慢过": "below",
    "多过": "above", "大过": "above", "高过": "above", "快过": "above",
    # A little over it (略高于100亿: to a fifth over, as just over is read); far over or
    # under it (远超170户: by more than a fifth).
    **{
        f"{slightly}{over}": "just-above"
        for slightly in ("略", "稍", "略微", "稍微", "稍稍", "略略")
        for over in ("高于", "超过", "多于", "超出", "大于", "突破", "过", "超")
    },
    "远超过": "far-above", "远远超过": "far-above", "远超": "far-above", "远高于": "far-above",
    "远多于": "far-above", "大大超过": "far-above", "远远高于": "far-above",
    "远低于": "far-below", "远远低于": "far-below", "远不到": "far-below",
    "远少于": "far-below", "远远不到": "far-below", "远不止": "far-above",
    "大幅超过": "far-above", "大大高于": "far-above", "大幅高于": "far-above",
    "大大低于": "far-below", "大幅低于": "far-below",
    # Just past it (刚过100亿, 刚刚超过: within a fifth, as just over is; 140多亿 is read so
    # where it is said); topped it (上了200亿, 上了百户: reached).
    "刚过": "just-above", "刚刚过": "just-above", "刚超过": "just-above",
    "刚刚超过": "just-above", "刚突破": "just-above", "刚刚突破": "just-above",
    "刚超": "just-above", "刚高于": "just-above", "刚多于": "just-above",
    "上了": "at-least",
}  # fmt: skip
# A relation said with a negation's character (不到200户, 不止5个, 差不多17亿): the relation
# held, no negation of the claim.
RELATION_NEGATING = (
    "差不多",
    *(word for word in _ZH_RELATIONS if word.startswith(("不", "未"))),
    # (no more than 15 billion, not fewer than 600: the bound held, said with its not, as
    # the English phrases read it: at most, at least)
    *(
        phrase
        for phrase, read in vocab.EN_PHRASE_SYNONYMS.items()
        if read in ("at most", "at least") and phrase.startswith(("no ", "not "))
    ),
)
_EN_RELATIONS = {
    "exceed": "above", "exceeded": "above", "exceeds": "above", "top": "above",
    "topped": "above", "pass": "above", "passed": "above", "surpass": "above",
    "surpassed": "above", "more than": "above", "over": "above", "above": "above",
    "break": "above", "broke": "above", "beat": "above", "cross": "above",
    # broke through 20 billion (突破): over it
    "break through": "above", "broke through": "above", "broken through": "above",
    "breaks through": "above",
    "crossed": "above", "go past": "above", "went past": "above",
    # (a headline's verbs: GDP tops 14 billion, passes, beats, hits)
    "tops": "above", "passes": "above", "surpasses": "above", "beats": "above",
    "crosses": "above", "breaks": "above", "goes past": "above", "gone past": "above",
    "hits": "at-least", "reaches": "at-least",
    # (just over 140 billion, a little over 80 firms: a little above it, to a fifth over;
    # 1万 is no just over of 11.15万, nor little a word of the little giants)
    "just over": "just-above", "just above": "just-above", "slightly over": "just-above",
    "slightly above": "just-above", "a little over": "just-above", "a bit over": "just-above",
    "barely over": "just-above", "slightly more than": "just-above",
    "a little more than": "just-above", "just more than": "just-above",
    # (far above, well over 100 firms: by more than a fifth; far below, well under. Much
    # more than, far fewer than are read as these first: vocab.EN_PHRASE_SYNONYMS.)
    "far above": "far-above", "far over": "far-above", "well over": "far-above",
    "well above": "far-above",
    "far exceeded": "far-above", "far exceeds": "far-above", "far exceed": "far-above",
    "far below": "far-below", "well below": "far-below", "well under": "far-below",
    "far under": "far-below",
    # (north of 14 billion, shy of 150: above it, below it)
    "north of": "above", "in excess of": "above", "upwards of": "above",
    "south of": "below", "shy of": "below", "short of": "below",
    # (fell short of 100,000 cars: below it, no fall asked)
    "fall short of": "below", "fell short of": "below", "falls short of": "below",
    "fallen short of": "below",
    "reach": "at-least", "reached": "at-least", "at least": "at-least", "hit": "at-least",
    "below": "below", "under": "below", "less than": "below", "fewer than": "below",
    "higher than": "above", "greater than": "above", "larger than": "above",
    "bigger than": "above", "lower than": "below", "smaller than": "below",
    # grew faster than 8%: a rate held to a figure (faster than GDP is a gap to a rate).
    "faster than": "above", "quicker than": "above", "slower than": "below",
    # The number itself included (at or above, reach or exceed; at most, no more than).
    "at or above": "at-least", "reach or exceed": "at-least", "reached or exceeded": "at-least",
    "equal or exceed": "at-least", "equalled or exceeded": "at-least",
    "at most": "at-most", "no more than": "at-most", "not more than": "at-most",
    "at or below": "at-most", "no higher than": "at-most", "no greater than": "at-most",
}  # fmt: skip
_ZH_UNITS = {
    "万亿元": (12, "money"), "万亿": (12, "money"), "亿元": (8, "money"), "亿": (8, "money"),
    "万元": (4, "money"), "元": (0, "money"), "万辆": (4, "vehicles"), "万台": (4, "vehicles"),
    "万架": (4, "vehicles"),  # (Cantonese counts cars in 架)
    "辆": (0, "vehicles"), "台": (0, "vehicles"), "架": (0, "vehicles"), "万": (4, None),
    "户": (0, "enterprises"),
    "家": (0, "enterprises"), "个百分点": (0, "percentage points"),
    "间": (0, "enterprises"),  # (Hong Kong and Taiwan count companies in 间: 有5間)
    "个点": (0, "percentage points"), "个": (0, "count"),
    "项": (0, "items"), "人": (0, "people"), "名": (0, "people"), "%": (0, "percent"),
}  # fmt: skip
# 17亿户, 3万家: a count in tens of thousands or hundreds of millions is a count, not
# money (亿 alone is money's: 143亿).
_ZH_UNITS.update(
    (f"{scale}{counter}", (exponent, dimension))
    for scale, exponent in (("万", 4), ("亿", 8))
    for counter, (_, dimension) in list(_ZH_UNITS.items())
    if len(counter) == 1
    and dimension not in (None, "money", "percent")
    and f"{scale}{counter}" not in _ZH_UNITS
)
# A figure's unit characters, read off to see whether its digits are round (7.06亿元).
_UNIT_CHARS = "亿万元户家项个人台辆%％ "
# What a figure's things are said to hold a part of (…152户规上企业的一部分, 87户中的一员).
_PART_OF_THEM = re.compile(
    r"[\u4e00-\u9fff“”\"]{0,10}?(?:的一部分|的组成部分|之一|中的一|里的一|当中的一|的其中)"
)
# As written in full, and as a financial page shortens them (1.11bn, 706m, 11k).
_EN_SCALES = {
    "billion": 9, "million": 6, "thousand": 3, "hundred million": 8,
    "bn": 9, "bln": 9, "mn": 6, "mln": 6, "m": 6, "k": 3,
    # An English question may write the report's own units (exceed 200亿 yuan).
    "亿": 8, "万": 4,
}  # fmt: skip
# The words of an amount's scale and currency (billion, yuan, 亿元): part of a figure said,
# no thing it is of.
AMOUNT_WORDS = frozenset(
    {*_EN_SCALES, "yuan", "rmb", "cny", *(w for w, (_, d) in _ZH_UNITS.items() if d == "money")}
)
_EN_UNITS = {
    "yuan": "money", "rmb": "money", "vehicles": "vehicles", "cars": "vehicles",
    "trucks": "vehicles", "enterprises": "enterprises", "firms": "enterprises",
    "companies": "enterprises", "percent": "percent", "%": "percent", "people": "people",
    "officials": "people", "cadres": "people", "projects": "items", "person": "people",
    "official": "people", "cadre": "people",
    "percentage points": "percentage points", "points": "percentage points",
    # the 100,000-vehicle mark: a counted noun before another word is singular
    "vehicle": "vehicles", "car": "vehicles", "truck": "vehicles", "enterprise": "enterprises",
    "firm": "enterprises", "company": "enterprises", "project": "items",
}  # fmt: skip


# 十亿元以上, 五千万以上, over 1 billion: firms named by the output they clear.
_CLASS_ZH = LazyPattern(
    # (no space: 38 亿元以上企业 is 38户 of them, its count's unit read off; 产值超过10亿元
    # 的企业: the bound said before the figure)
    r"(?P<over>超过|超|过|高于|大于|多于|逾|突破)?"
    r"(?P<number>\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)(?P<thousand>千)?个?"
    r"(?P<unit>亿|万)元?(?P<up>以上|及以上)?"
    # (a class of firms; 留抵退税有20亿以上吗 holds a figure to a floor)
    r"(?=的?(?:规上|工业)?(?:企业|公司|大户|家|户))",
    hints=("以上", "超", "过", "高于", "大于", "多于", "逾", "突破"),
)
_CLASS_EN = LazyPattern(
    r"\b(?:over|above|more than|exceeding|at least)\s+(?:rmb\s*|cny\s*|yuan\s*|¥)?"
    r"(?P<number>\d+(?:\.\d+)?)\s*"
    r"(?:(?P<scale>billion|million|bn|bln|mln|m)\b|(?P<zh_unit>亿|万))",
    hints=("over", "above", "more than", "exceeding", "at least"),
)


def _class_threshold(text: str) -> str:
    """The output, in yuan, a class of firms is named by (十亿元以上 -> 1000000000), or ""."""
    from jzfacts.units import scaled_text

    for match in (*_CLASS_ZH.finditer(text), *_CLASS_EN.finditer(text)):
        said = match["number"]
        number = said if said[0].isdigit() else parse_chinese_numeral(said.replace("两", "二"))
        if number is None:
            continue
        if "unit" in match.groupdict():
            if not (match["over"] or match["up"]):
                continue  # (10亿元企业: no bound, no class)
            exponent = _ZH_UNITS[match["unit"]][0] + (3 if match["thousand"] else 0)
        elif match["zh_unit"]:
            exponent = _ZH_UNITS[match["zh_unit"]][0]  # above 10亿
        else:
            exponent = _EN_SCALES[match["scale"]]
        return scaled_text(str(number), exponent)
    return ""


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A bound after a figure (50%以上, 300亿之下), and which way it holds the figure.
_BOUNDS = {
    "及以上": "at-least", "或以上": "at-least", "以上": "at-least", "之上": "at-least",
    "及以下": "at-most", "或以下": "at-most", "以下": "below", "以内": "below", "之下": "below",
}  # fmt: skip
# Compiled on first use: only a yes-or-no question needs these (start-up matters).
# Asking whether (是否, 有没有, 能不能) before a relation, maybe with already or can
# between (是否已经达到): it holds a floor.
_WHETHER_BEFORE = LazyPattern(
    r"(?:是否|有没有|有无|能否|可否|是不是|能不能|没有|没|够不够|够)"
    r"(?:已经|已|能够|能|可以|会|都)?\s*$",
    hints=("是", "有", "能", "可", "没", "够"),
)
# 到 said short for 达到 before a number: asked whether (有没有到140亿, 到没到) or said
# reached (到140亿了吗); not a span's end (1月到6月, 到2025年).
_REACHED_SHORT = LazyPattern(
    r"(?:到没|(?<=是否)|(?<=有无)|(?<=没有)|(?<=已经)|(?<=能否)|(?<=[没已能够]))"
    r"到(?=\s*\d)"
    # (not after 不, a relation of its own, nor a verb's: 降到, 跌到, 收到, 拿到; nor
    # after 快, nearly reached: 快到90户了, which 将近 says)
    r"|(?<![\d月达不降跌减落缩退压收得拿回遇等直快])"
    r"到(?=\s*\d+(?:\.\d+)?\s*[^\d\s了]{0,3}了[吗没么嘛])",
    hints=("到",),
)
# A relation and the number it holds the figure to (超过200户, 达到15亿).
# The mark a figure is said to be (140亿元大关, 百亿台阶), as English says the 14 billion mark.
_ZH_MARK = "的?(?:大关|关口|门槛|台阶|关(?=[了吗吧呢啦？?。！!，,\\s]|$))"  # (not 关停)
_ZH_THRESHOLD_ASKED = LazyPattern(
    # (超过全市50%: the whole named between the relation and its number)
    # (接过了1235项: took over, no 过 passed; nor 经过, 穿过, 度过; 越过 is passed)
    rf"(?!(?<=[接经穿度])过)(?P<relation>{_alternation(_ZH_RELATIONS)})了?\s*"
    r"(?P<between>(?:全市|全区|全省|全国)的?"
    # (不到规上企业的三成: the whole a per cent is of, named between)
    # (三成 read as 约30%: tenths, said roughly)
    # (no share's own verb nor scale inside: 过亿企业户数占规上的25% is no 过 held)
    r"|[^\W\d占亿万a-zA-Z_]{2,8}?的约?(?=\d+(?:\.\d+)?%))?"
    # (达到170多户, 140多亿: and some more, over the number)
    r"(?P<number>\d+(?:\.\d+)?)\s*(?P<odd>多|余)?"
    # (达到280亿以上, 低于300亿以下: a bound after it says again what the relation says)
    rf"(?P<unit>{_alternation(_ZH_UNITS)})?(?:{_alternation(_BOUNDS)})?"
    rf"(?:{_ZH_MARK})?",
)


_EN_THRESHOLD_ASKED = LazyPattern(
    # (topped the 14 billion mark: the article before a number, the mark after its unit)
    rf"\b(?P<relation>{_alternation(_EN_RELATIONS)})\s+(?:the\s+(?=\S*\d))?"
    r"(?:rmb\s*|cny\s*|yuan\s*|¥)?"
    r"(?P<number>\d+(?:\.\d+)?)[\s-]*"
    # (400 methanol trucks: the m of a word is no million)
    rf"(?:(?P<scale>{_alternation(_EN_SCALES)})s?(?![a-z]))?[\s-]*"
    # more than 150 high-tech enterprises: words of what is counted before its unit (80
    # percent of firms is a per cent, of the firms)
    r"(?:(?!(?:percent|per cent|pct)\b)"
    rf"(?P<between>(?:[a-z][a-z-]*\s+){{1,2}}?)(?=(?:{_alternation(_EN_UNITS)})(?![a-z])))?"
    rf"(?P<unit>{_alternation(_EN_UNITS)})?(?![a-z])(?:[\s-]*(?:mark|threshold|level|line)\b)?",
)

# Things counted after a bare number (over 3 national little giants): a plural noun within
# three words, no span of time nor a rate.
_COUNTED_AFTER = LazyPattern(
    r"[\s-]{0,3}(?:[a-z][a-z-]*\s){0,2}?"
    # (20 billion this year: this, its, thus and plus end in s, and count nothing)
    r"(?!(?:years|months|days|weeks|hours|times|percent|points|yuans?|is|was|has|does"
    r"|this|thus|its|plus|bonus|status|across|versus)\b)"
    r"[a-z][a-z-]+[^s\W]s\b(?![\s-]+(?:of|in)\b)",
)
_SINGLE_FIRM = LazyPattern(
    r"(?:company|firm|enterprise|business)\b", hints=("company", "firm", "enterprise", "business")
)
# The opening of a quarter (二季度开头, 初, 伊始; the start of, early in): its first month.
_QUARTER_OPENS = LazyPattern(
    # (the noun of an opening only: 二季度开始下线 is when it began, any month of it)
    r"的?(?:刚开头|开头|伊始|之初|初)",
    hints=("开头", "伊始", "初"),
)
_EN_QUARTER_OPENS = LazyPattern(
    r"\b(?:(?:at |in )?the (?:start|beginning|outset) of (?:the )?|early (?:in )?(?:the )?)$",
    hints=("start", "beginning", "outset", "early"),
)
# (not the total of: a total of funds is money)
_NUMBER_OF = LazyPattern(r"\b(?:number|count|tally) of\b", hints=("of",))
_PASSIVE_AUX_BEFORE = LazyPattern(
    r"\b(?:were|was|been|be|are|is)\s+(?:\w+ly\s+)?$", hints=("were", "was", "be", "are", "is")
)
# Targets said before (the number of indicators that were exceeded 7): what was exceeded.
_TARGETS_BEFORE = LazyPattern(
    r"\b(?:indicators?|targets?|goals?|quotas?|benchmarks?)\b",
    hints=("indicator", "target", "goal", "quota", "benchmark"),
)
# What a target is (exceeded seven provincial indicators): the things beaten, counted.
_TARGETS_AFTER = LazyPattern(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:indicators?|targets?|goals?|quotas?|benchmarks?)\b",
    hints=("indicator", "target", "goal", "quota", "benchmark"),
)


# Nearly reached 172, almost hit 1.75 billion: nearly so much, a little under (as 快到).
_EN_NEARLY_REACHED = LazyPattern(
    r"\b(?P<nearly>nearly|almost)\s+(?:reach(?:ed|es|ing)?|hit(?:s|ting)?|get(?:s|ting)? to"
    r"|got to|touch(?:ed|es)?)(?=\s+(?:rmb|cny|yuan|¥)?\s*\d)",
    hints=("nearly", "almost"),
)
# A verb saying an amount is so much (totalled, amounted to, came to, added up to): the
# figure held as itself, no word of what is asked.
_EN_COMES_TO = LazyPattern(
    r"\b(?:total(?:l?ed|s)?|amount(?:ed|s)? to|c[oa]mes? to|add(?:ed|s)? up to"
    # (only 30%, just 17: how small the asker thinks it is, the figure held all the same)
    r"|only|just|merely|a mere)"
    r"(?=\s+(?:about |around |roughly |nearly |almost )?(?:rmb|cny|yuan|¥)?\s*\d)",
    hints=("total", "amount", "came", "come", "add", "only", "just", "mere"),
)


# 年中 said alone, as a time (是在年中, 年中有啥大事, 年中的时候), not as 一年中 (in a year)
# or 今年中国 (this year, China): opening the question, or after a word placing it.
_ZH_MID_YEAR = LazyPattern(r"(?:^|(?<=[在是于到]))年中(?![国央心期])", hints=("年中",))


_UNIT_AFTER_NUMBER = LazyPattern(r"(?<=\d)\s*(?:万亿|亿|万)元?", hints=("亿", "万"))


_TOTAL_IN_CHINESE = LazyPattern(
    r"\s*\b(?:in total|total|altogether)\b\s*", hints=("total", "altogether")
)
# 十个人, 五个项目: 个 between a number and what it counts, which counts it alone (人, 家).
_COUNTER_BEFORE_COUNTED = LazyPattern(
    # (not 一个 alone: 一个企业产值多少 is one firm's, per thing; 十一个人 is read)
    r"(?:(?<=[\d零二两三四五六七八九十百千])|(?<=[\d零一二两三四五六七八九十百千]一))个"
    r"(?=[人家户名位项]|企业)",
    hints=("个",),
)


def _in_english(text: str) -> bool:
    """Is the question English, its Chinese at most a unit or a name in it (did VAT refunds
    exceed 15亿 yuan)? Words of English, three letters to each Chinese character."""
    # (A unit after a number, 11.15万 or 224亿元, is the report's unit, no Chinese said.)
    cjk = sum(1 for c in _UNIT_AFTER_NUMBER.sub("", text) if is_cjk(c))
    if not cjk:
        return True
    letters = sum(1 for c in text if c.isascii() and c.isalpha())
    # (超过200亿了吗 after English words asks in Chinese: its grammar is Chinese.)
    chinese_grammar = re.search(r"[吗呢吧么嘛了是有的]|超过|多少", text) is not None
    return text.lstrip()[:1].isascii() and letters >= 3 * cjk + 12 and not chinese_grammar


def _mostly_pinyin(text: str) -> bool:
    """Are half the question's words or more pinyin (jili chanliang chaoguo 10 wan)? Such a
    question is read as Chinese, its units with it, by the pinyin readers."""
    words = _LATIN_WORD.findall(text)
    return 2 * sum(fewest_syllables(w) is not None for w in words) >= len(words)


# 224 yi, 11.15 wan cars: the report's 亿 and 万 said in pinyin in an English question,
# said in English words (so that it is still read as English); how many yi (yuan) asks an
# amount of money, its scale no word of it.
_SCALE_IN_PINYIN = LazyPattern(
    r"(?<=\d)\s?(?P<scale>yi|wan)\b"
    # (yi yuan above: a class of firms, 1亿元以上)
    r"|\b(?P<class_of>yi|wan)(?= yuan (?:above|over|plus|or more|and above)\b)"
    r"|(?:(?<=how many )|(?<=how much ))(?P<asked>yi|wan)\b(?: yuan\b)?"
    # (one hundred fifty yi yuan: a number in words, its scale kept)
    r"|\b(?P<bare>yi|wan)(?= yuan\b)",
    hints=("yi", "wan"),
)
_SCALES_IN_WORDS = {"yi": " hundred million", "wan": " ten thousand"}


def _scale_in_words(match: re.Match[str]) -> str:
    """224 yi: 224 hundred million; yi yuan above: 1 hundred million yuan above; how many
    yi yuan: how many yuan; fifty yi yuan: fifty hundred million yuan."""
    if match["scale"]:
        return _SCALES_IN_WORDS[match["scale"]]
    if match["bare"]:
        return _SCALES_IN_WORDS[match["bare"]].lstrip()
    if match["class_of"]:
        return "1" + _SCALES_IN_WORDS[match["class_of"]]
    return "yuan"


def _first_held(pattern: LazyPattern, said: str) -> re.Match[str] | None:
    """The first number held that names no class of things (产值超过1亿元的企业) and is
    no year (超过2023年)."""
    return next(
        (m for m in pattern.finditer(said) if not _names_a_class(said, m) and not _a_year(said, m)),
        None,
    )


def _a_year(said: str, match: re.Match[str]) -> bool:
    """超过2023年, higher than 2017: another year's figure compared, not a number held (the
    report gives none of it). A year is four digits from 1900 to 2099, with no unit or
    scale, before 年 or, in English, before no unit word."""
    if re.fullmatch(r"(?:19|20)\d\d", match["number"]) is None or match["unit"]:
        return False
    if match.groupdict().get("scale"):  # (the Chinese pattern has no scale)
        return False
    after = said[match.end() :].lstrip()
    if has_cjk(match.group()) or has_cjk(after[:1]):
        return after.startswith("年")
    return (
        re.match(r"[a-z]", after) is None
        or re.match(r"(?:levels?|figures?|'s)\b", after) is not None
    )


# A figure claimed that a fact states, which names that fact (no figure held): what
# _threshold_asked returns for it, so that analyse can say so (Question.figure_named).
_FIGURE_NAMED = Threshold("", 0, None, "named", "")


def _threshold_asked(
    text: str,
    amounts: frozenset[str] = frozenset(),
    english: bool = False,
    bare_claims: bool = True,
    figures_named: bool = True,
) -> tuple[Threshold | None, str]:
    """The number a yes-or-no question holds a figure against, and the question without
    it (its digits are no value to match); or a number a figure is claimed to clear
    (_CLAIMED), unless a fact states it so (产值突破200亿, the report's headline)."""
    opening = False
    # (GDP略多于140亿, 略低于150亿: a bound said of the figure, claimed without a 吗 too)
    near_said = False
    if not english and has_cjk(text):
        near_said = any(
            pattern.search(text) is not None
            for pattern in (_JUST_OVER, _JUST_UNDER_ZH, _ALMOST_REACHED)
        )
        text = _JUST_UNDER_ZH.sub("将近", text)  # 略低于150亿: 将近150亿, as just under
        text = _ALMOST_REACHED.sub("将近", text)
        if (
            _OPENING_COUNT_ZH.match(text) is not None
            and _ASKS_SOMETHING.search(text) is None
            and _CLAIM_SHAPED_ZH.search(text) is not None
            and _AMONG_OR_NOT_ZH.search(text) is None
        ):
            # 12项省考核指标全部超额完成(吗): a count opening a line shaped as a claim is
            # claimed (held by _figure_held), not a name: the figure says nothing asked.
            opening = True
    claimed = _YES_NO.search(text) is None
    # GDP 140亿左右, gdp roughly 14 billion yuan: a figure said roughly, ending what is
    # typed, is claimed (no value to match) as a yes-or-no question would hold it.
    # (Not a question asking what, nor a class of firms: firms with output over 100
    # million yuan.)
    no_asking_word = _EN_ASKING_OR_CLASS.search(text) is None
    # (80%以上企业停工, 九成的企业停了: a share of them said, however placed; not what
    # a question asks of it, 33.1%是什么的占比, 增速超过70%的是哪个产业)
    roughly = (
        _ABOUT_CLAIMED_ZH.search(text)
        or _SHARE_CLAIMED_ZH.search(text)
        or (_ABOUT_CLAIMED_EN.search(text) if no_asking_word else None)
    )
    # (about 38 firms, 企业38家左右: the figure is all that names the fact, no claim of one)
    # (roughly 110,000 Geely cars: the words after the figure may name the thing too)
    figure_end = 0
    if roughly is not None:
        rough_figure = _ROUGH_FIGURE_EN.match(roughly.group())
        figure_end = roughly.start() + rough_figure.end() if rough_figure else roughly.end()
    about = (
        claimed
        and _ASKS_SOMETHING.search(text) is None
        and roughly is not None
        and _NAMES_BESIDE.search(text[: roughly.start()] + text[figure_end:]) is not None
    )
    # (VAT refunds were first in the city, 留抵退税全市第一: a place stated, claimed)
    rank_said = (
        claimed
        and no_asking_word
        and _ASKS_SOMETHING.search(text) is None
        and _RANK_HELD.search(text) is not None
    )
    said_so = (
        _CLAIMED.search(text) is not None
        # (增速至少两位数: so many digits claimed, ending what is typed)
        or _DIGITS_CLAIMED.search(text) is not None
        or (no_asking_word and _EN_CLAIMED.search(text) is not None)
        or about
        or rank_said
    )
    if (
        claimed
        and not said_so
        and english
        and _ASKS_SOMETHING.search(text) is None
        and no_asking_word
        and _figure_unstated_en(text, amounts)
    ):
        # gdp 15.3 billion yuan, GDP 153亿: a figure typed right after what it is of, ending
        # what is typed, is a figure held against it (as in Chinese, below; no longer a
        # line with no claim in it); one a fact states names that fact (output of 28.77
        # billion yuan).
        claimed = False
    if (
        claimed
        and not said_so
        and not english
        and (
            _FIGURE_STATED_ZH.search(text) is not None
            or _SHARE_STATED_ZH.search(text) is not None
            or opening
            or _done_so_many(text)
            or near_said
        )
        and _ASKS_SOMETHING.search(text) is None
    ):
        # 国家级小巨人17户, 提拔正处7人: a figure stated right after what it is of, ending
        # what is typed, is claimed of it (as 是17户吗 asks it).
        claimed = False
    if claimed and (not said_so or _ASKS_HOW_MANY.search(text) is not None):
        return None, text  # 有几家企业产值超过1亿元: firms counted by a threshold
    # (An English question naming a place read in characters, Jinzhong as 晋中, is English.)
    chinese = has_cjk(text) and not english
    # total 1.7 billion yuan: the figure itself; 140亿左右: 约140亿
    text = (
        _AROUND_AFTER.sub(_said_about, text)
        if chinese
        else _EN_COMES_TO.sub(" ", _EN_NEARLY_REACHED.sub(r"\g<nearly>", text))
    )
    if chinese:
        text = _SOME_POINTS.sub("多个", text)  # 17个多百分点: 17多个百分点
        # 比15亿多吗: more than 15亿 (not 15亿多, 15 and some); 比160户少: fewer.
        # (比全市的一半多: 超过全市的一半, the whole a fraction is of kept; 比扶持资金1.11亿
        # 多: 超过1.11亿, the thing the figure is of read as before)
        text = _THAN_A_FIGURE.sub(
            lambda m: (
                f"{'超过' if m['way'] in '多高大快' else '不到'}"
                f"{'' if m['figure'][0].isdigit() else m['whole']}{m['figure']}"
            ),
            text,
        )
    digits = _DIGITS_LONG.search(text)
    if digits is not None:
        # 是两位数吗, did it reach double digits: a figure held to how many digits it has.
        return _digits_held(digits), f"{text[: digits.start()]}{_SOFT}{text[digits.end() :]}"
    if chinese and not claimed and not re.search(r"\d", text):
        # 成立了八大产业党建联盟吗: eight of them claimed, as the report's 七大 is seven (a
        # count, 8个); asked of them (七大联盟分别是哪几个), or with another figure held
        # (七大联盟有100家企业吗), a name.
        text = _ZH_SO_MANY_GREAT.sub(r"\g<verb>\g<numeral>个", text)
    said = _zh_numbers(_THOUSANDS_ZH.sub("", text)) if chinese else EN_HALF_OF.sub(_en_half, text)
    if chinese and "到" in said:
        said = _REACHED_SHORT.sub("达到", said)  # 有没有到140亿, 到140亿了吗: reached
    ranged = _range_held(said, chinese)
    if ranged is not None:  # GDP在140亿到150亿之间吗, between 14 and 15 billion yuan
        threshold, (start, end) = ranged
        return threshold, f"{said[:start]}{_SOFT}{said[end:]}"
    threshold_asked = _ZH_THRESHOLD_ASKED if chinese else _EN_THRESHOLD_ASKED
    # 产值超过1亿元的企业超过30户吗: the first names a class of firms, the second is held.
    match = _first_held(threshold_asked, said)
    if match is None:
        # 占三分之一吗, about a quarter of: a fraction, held as a share in per cent (read
        # only where no other number is held: 过亿大户贡献了三分之一的产值 stays a share).
        fraction = _ZH_FRACTION if chinese else _EN_FRACTION
        said = fraction.sub(_fraction if chinese else _en_fraction, said)
        match = _first_held(threshold_asked, said)
    if match is None and rank_said:
        return _rank_held(text)
    if match is None:
        if claimed and not about:
            return None, text
        return _figure_held(text, said, bare_claims, amounts, figures_named)
    text = said
    if chinese:
        relation = _ZH_RELATIONS[match["relation"]]
        exponent, dimension = _ZH_UNITS.get(match["unit"] or "", (0, None))
        # 专精特新企业达到78户，是吗: a figure not round, said as reached, is the figure
        # claimed (not a floor, as 达到150户了吗 is, nor one asked whether it was reached:
        # 是否达到15亿, 有没有达到165户, 到没到).
        if match["odd"] and relation == "at-least":
            relation = "above"  # 达到170多户: more than 170
        elif (
            match["relation"] in ("达到", "达")
            and not match["number"].endswith("0")
            and not said[match.end() :].startswith("了")
            # (站上15亿大关, 迈上11万辆台阶: a mark stood on, a floor)
            and re.search(f"(?:{_ZH_MARK})$", match.group()) is None
            and _WHETHER_BEFORE.search(said[: match.start()]) is None
        ):
            relation = "reached"
    else:
        bare = not (match["scale"] or match["unit"] in ("yuan", "rmb", "percent", "%"))
        # is the number of high-tech firms above 200: a count, named before it
        number_of = not match["unit"] and _NUMBER_OF.search(said[: match.start()]) is not None
        # more than 3 national little giants: things counted named after the number.
        counted = number_of or (
            not match["unit"] and _COUNTED_AFTER.match(said[match.end() :]) is not None
        )
        if (
            bare
            and not counted
            and not match["unit"]
            and _A_YEAR_OF_A_THING.match(said, match.start("number")) is not None
        ):
            return None, text  # below 2019 GDP, above 2021's: a year's figure, no number held
        if (
            bare
            and (
                # (did the number of high-tech firms top 150: a count held, no top 500)
                (match["relation"] in ("top", "topped", "hit") and not number_of)
                or (
                    match["relation"] in ("over", "above", "under")
                    and not match["unit"]
                    and not counted
                    # (was GDP above 143?: asked yes or no, a figure held, in its own unit;
                    # did it rank over 100: a place, no figure)
                    and (claimed or re.search(r"\brank", said[: match.start()]) is not None)
                )
            )
        ):
            # one of China's top 500 companies, over 100: a name or a bare number, not a
            # figure held (over 100,000 vehicles is one).
            return None, text
        relation = _EN_RELATIONS[match["relation"]]
        if (
            match["relation"] == "exceeded"
            and _PASSIVE_AUX_BEFORE.search(said[: match.start()]) is not None
            and _TARGETS_BEFORE.search(said[: match.start()]) is not None
        ):
            # the number of indicators that were exceeded 5: exceeded is what was done to
            # them, the figure after it the number claimed (not more than five).
            relation = "equals"
        if (
            match["relation"] in ("reached", "hit")
            and not match["number"].endswith("0")
            and not said.rstrip().endswith("?")
            and _EN_ASKED_FIRST.match(said) is None
            and (not match["scale"] or _stated_exactly(match["number"], match["scale"], amounts))
        ):
            # High-tech firms reached 87.: a figure not round, stated as reached, is the
            # figure claimed, as 达到87户 is (did they reach 150? asks of a floor); a sum
            # in billions so only where a fact states it to its last digit (GDP reached
            # 13.176 billion yuan: the 38 firms' output; 28.77 billion rounds 287.67亿).
            relation = "reached"
        if relation == "above" and _TARGETS_AFTER.match(said[match.end() :]) is not None:
            # exceeded seven indicators: seven targets were beaten, not more than seven (five
            # of seven, read both ways: at least five, or just five).
            relation = "so-many"
        exponent = _EN_SCALES.get(match["scale"] or "", 0)
        dimension = _EN_UNITS.get(match["unit"] or "") or ("count" if counted else None)
        if match["scale"] and dimension is None:
            dimension = "money"  # 14 billion: the report's large numbers are sums of money
        if (
            relation == "at-least"
            and match["scale"]
            and "." in match["number"]
            and (
                match["relation"] != "at least"  # (at least 28.77 billion: no less than that)
            )
        ):
            # reach 28.77 billion of 287.67亿: a figure converted and rounded to the places
            # written is reached by every amount that rounds to it (from 28.765 billion).
            from decimal import Decimal

            places = len(match["number"].partition(".")[2])
            floor = Decimal(match["number"]) - Decimal(5).scaleb(-places - 1)
            threshold_number = f"{floor:f}"
        else:
            threshold_number = match["number"]
    before = said[: match.start()]
    denied = (
        chinese
        and before.endswith(("没", "没有", "未", "并未", "并没有"))
        and not before.endswith(("有没有", "有没"))  # 有没有超过: whether it did
    )
    # (难道 before the denied verb's own clause, only its subject between: not 难道不是…,
    # 你难道不知道…, which say it did not)
    surely = denied and _SURELY_DENIED.search(before) is not None
    if denied and _DENIAL_DENIED.search(before) is not None:
        # GDP不是没超过150亿吧: surely not that it did not, a claim that it did, as 难道没超过
        # says (不是…吗 asks to confirm the denial instead: 不是没有达到140亿吗, 否).
        asked_back = _ASKS_BACK.search(said)
        surely = (
            asked_back is not None and asked_back["particle"] == "吧"
        ) or _TAG_CONFIRMING.search(said) is not None
    threshold = Threshold(
        threshold_number if not chinese else match["number"],
        exponent,
        dimension,
        relation,
        match.group().strip(),
        denied and not surely,
        # GDP超过200吗: a bare number, no unit nor scale, is in the figure's own unit as
        # the report writes it (200亿: not 200 yuan), as 是143吗 reads it.
        as_written=dimension is None and exponent == 0,
        surely=surely,
    )
    if relation == "just-above":
        spread = f"{threshold.amount() / 5:f}"
        threshold = threshold._replace(relation="within", spread=spread)
    elif relation in ("far-above", "far-below"):
        # (far above 170: over 204, a fifth more; far below 150: under 125)
        from decimal import Decimal

        factor = Decimal("1.2") if relation == "far-above" else 1 / Decimal("1.2")
        threshold = threshold._replace(
            number=f"{Decimal(threshold.number) * factor:f}",
            relation="above" if relation == "far-above" else "below",
        )
    if (
        claimed
        and figures_named
        and relation not in ("below", "at-most")
        and not said.rstrip().endswith(("?", "？"))
    ):
        # 产值突破200亿: a figure a fact states so names it (asked, above 10 percent?, it is
        # a figure held; 国家级小巨人不到10家, below the figure, names no fact stating it).
        from jzfacts.units import scaled_text

        if scaled_text(match["number"], exponent) in amounts:
            return _FIGURE_NAMED, text
    # What is counted stays asked (more than 150 high-tech enterprises), as does the whole
    # a share is of (超过全市一半).
    between = (match["between"] or "").removesuffix("约")
    if denied:  # 没超过: the negation is the question's way of asking, no word to match
        before = re.sub(r"(?:并没有|并未|没有|没|未)$", "", before)
    return threshold, f"{before}{_SOFT}{between}{text[match.end() :]}"


# A denial denied (不是没, 并不是没有, 并非没): two negatives before the verb (not 是不是没
# nor 难道不是没: asked either way, or surely so, of the denial).
_DENIAL_DENIED = LazyPattern(
    r"(?:(?<![是道])不是|并非|不会|不可能)(?:并没有|并未|没有|没|未)$",
    hints=("不是", "并非", "不会", "不可能"),
)
# A tag after a comma confirming the statement before it (…，对吗; …吧，是不是).
_TAG_CONFIRMING = LazyPattern(
    rf"[，,]\s*(?:{CONFIRMING_TAGS}|是不是|对么|是么)[？?。!！\s]*$",
    hints=("对", "是", "没错", "真的"),
)
_SURELY_DENIED = LazyPattern(
    r"难道[^，,。；;？?不]{0,12}?(?:并没有|并未|没有|没|未)$", hints=("难道",)
)


# A range claimed: 在140亿到150亿之间, 140-150亿之间; between 14 and 15 billion yuan.
_ZH_RANGE = LazyPattern(
    r"(?:在|介于)?(?P<low>\d+(?:\.\d+)?)(?P<low_unit>万亿|亿|万|%)?[到至~～-](?P<high>\d+(?:\.\d+)?)"
    rf"(?P<unit>{_alternation(_ZH_UNITS)})?(?:之间|中间)",
    hints=("之间", "中间"),
)
_EN_RANGE = LazyPattern(
    r"\bbetween\s+(?:rmb\s*|yuan\s*)?(?P<low>\d+(?:\.\d+)?)\s*"
    rf"(?:(?:{_alternation(_EN_SCALES)})(?![a-z])\s*)?(?:and|to)\s+(?:rmb\s*|yuan\s*)?"
    r"(?P<high>\d+(?:\.\d+)?)\s*"
    rf"(?:(?P<scale>{_alternation(_EN_SCALES)})(?![a-z]))?\s*"
    rf"(?P<unit>{_alternation(_EN_UNITS)})?(?![a-z])",
    hints=("between",),
)
# 80 to 90 percent, 80-90%, 100 to 120 thousand vehicles: a range without between, its
# unit said after it (years and bare numbers, 2021 to 2022, are no range of a figure).
_EN_SPAN = LazyPattern(
    r"(?<![\d.])(?P<low>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)?\s*(?:to|-|–)\s*"
    r"(?P<high>\d+(?:\.\d+)?)\s*"
    rf"(?:(?P<scale>{_alternation(_EN_SCALES)})(?![a-z])\s*)?"
    rf"(?P<unit>{_alternation(_EN_UNITS)})(?![a-z])",
    hints=("to", "-", "–"),
)


def _range_held(said: str, chinese: bool) -> tuple[Threshold, tuple[int, int]] | None:
    """A figure claimed to lie in a range (GDP在140亿到150亿之间吗): held within it, the
    edges left open (Threshold "within": from the low end, the width as its spread)."""
    from decimal import Decimal

    match = (_ZH_RANGE if chinese else _EN_RANGE).search(said)
    if match is None and not chinese:
        match = _EN_SPAN.search(said)
    if match is None:
        return None
    if chinese:
        exponent, dimension = _ZH_UNITS.get(match["unit"] or match["low_unit"] or "", (0, None))
    else:
        exponent = _EN_SCALES.get(match["scale"] or "", 0)
        dimension = _EN_UNITS.get(match["unit"] or "") or ("money" if match["scale"] else None)
    low = Decimal(match["low"]).scaleb(exponent)
    high = Decimal(match["high"]).scaleb(exponent)
    if high <= low:
        return None
    if dimension in COUNTS and exponent == 0 and "." not in match["low"] + match["high"]:
        # 两三人, 150到200户之间: counts, both ends among them (2 and 3 people both hold)
        low, high = low - Decimal("0.5"), high + Decimal("0.5")
    threshold = Threshold(
        f"{low:f}", 0, dimension, "within", match.group().strip(), spread=f"{high - low:f}"
    )
    return threshold, match.span()


def _firms_follow(text: str) -> bool:
    """Does the text go on with firms (…的企业, -yuan firms): a class named by the number?"""
    return text.lstrip(" -").lstrip("的").startswith(_FIRMS)


def _names_a_class(text: str, match: re.Match[str]) -> bool:
    """Is the number a class of firms (产值超过1亿元的企业, enterprises with output above
    100 million yuan), no figure held?"""
    before = text[: match.start()]
    # (超过八成的企业停工了吗: a share of the firms, no class of them; a class is named by
    # an amount they clear)
    # (超过80家企业: so many firms, counted, no class of them; nor 八成的企业, a share)
    not_a_class = ("%", "percent", "家", "户")
    if _firms_follow(text[match.end() :]) and match["unit"] not in not_a_class:
        return True
    # (the number of companies above 200: a count held, no firms named by their output,
    # which is money: a scale or a currency)
    money = bool(match.groupdict().get("scale")) or match["unit"] in ("yuan", "rmb")
    # (the 38 firms had output above 20 billion: those firms, their output held)
    the_few = re.search(r"\bthe \d+ (?:enterprises|firms|companies|businesses)\b", before)
    # (did refunds paid to businesses exceed 1 billion, were funds for enterprises under
    # 200 million: the verb of the question, after firms the money went to, holds it; a
    # class is said with a participle or a preposition of firms themselves: firms over …)
    # (did 38 firms exceed 100 million yuan: so many firms, each past it, a class claimed)
    counted = _EN_SO_MANY_FIRMS.search(before) is not None
    finite = _EN_FINITE_RELATION.match(match["relation"]) is not None and not counted
    held = finite or (
        _EN_FIRMS_GIVEN_TO.search(before) is not None and _EN_BE_OPENS.match(text) is not None
    )
    return money and not held and the_few is None and _EN_FIRMS_WITH.search(before) is not None


_EN_SO_MANY_FIRMS = re.compile(r"\d\s+(?:[a-z]+\s+)?(?:enterprises|firms|companies|businesses)\s*$")
_EN_FINITE_RELATION = re.compile(r"(?:exceed(?:ed|s)?|top(?:ped|s)?|surpass(?:ed|es)?)$")
_EN_FIRMS_GIVEN_TO = LazyPattern(
    # (funds for chain-leader and backbone firms, to help firms through hard times: a few
    # words of the firms, or of what the money does for them, around them)
    r"\b(?:for|to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:enterprises|firms|companies|businesses)"
    r"(?:\s+[a-z]+){0,4}\s*$",
    hints=("for", "to"),
)
_EN_BE_OPENS = re.compile(r"\s*(?:were|was|is|are)\b")
_EN_FIRMS_WITH = LazyPattern(
    # (firms over 100 million: the relation right after the firms)
    # (a few words may stand between: 38 companies in the zone each had output above)
    r"\b(?:enterprises|firms|companies|businesses)\s+(?:[a-z]+\s+){0,4}?"
    r"(?:(?:with|whose|(?:that |which )?(?:had|have|has)|having)\s+(?:an?\s+)?"
    r"(?:(?:annual\s+)?(?:output|production|revenue)(?:\s+value)?\s+(?:of\s+)?)?)?$"
    # (big firms (output over 100m yuan): a gloss in brackets naming what they clear;
    # not refunds to firms (over 1 billion yuan), a figure in brackets)
    r"|\b(?:enterprises|firms|companies|businesses)\s*\(\s*(?:annual\s+)?"
    r"(?:output|production|revenue)(?:\s+value)?\s+(?:of\s+)?$",
    hints=("enterprises", "firms", "companies", "businesses"),
)


# The, these or those before a number (the 5 national little giants): things named.
_THE_SO_MANY = re.compile(r"\b(?:the|these|those|its|their)\s+$")
# More than half of total output: a share held against 50% (not the year's first half);
# half of the firms shut down: at least half did.
EN_HALF_OF = LazyPattern(
    r"(?:(?P<over>(?:more than|over|above) )|(?P<under>(?:less than|fewer than|under|below) )"
    r"|(?P<about>(?:about|around|roughly|approximately|nearly|almost) ))?"
    # (half the city's: half of it)
    r"(?<!first )(?<!second )\bhalf(?: of|(?= (?:the|its|their|all) ))"
    r"(?! (?:the |this |that )?year)",
    hints=("half",),
)


def _en_half(match: re.Match[str]) -> str:
    if match["about"]:
        return f"{match['about']}50 percent of"  # about half: near 50%, not 85%
    if match["under"]:
        return f"{match['under']}50 percent of"  # less than half: under 50%
    return "more than 50 percent of" if match["over"] else "at least 50 percent of"


# Things counted, named right after their count and before what was done: a noun of
# the kinds the report counts, within eight characters (13个技改扩产项目投产; not 五个
# 牢牢把握, a slogan's own count).
_NAMED_AFTER_COUNTER = LazyPattern(
    r"[\u4e00-\u9fff]{0,6}?(?:项目|企业|公司|中心|联盟|指标|单位|工程|小巨人|厂家|厂商|车企)"
)


def _figure_held(
    text: str,
    said: str,
    bare_claims: bool = True,
    amounts: frozenset[str] = frozenset(),
    figures_named: bool = True,
) -> tuple[Threshold | None, str]:
    """交付了500台吗, was GDP 200 billion yuan: a yes-or-no question stating the figure
    itself holds the fact to it ("equals"), as 超过 holds it to a floor, and 一半以上 as
    超过一半 would. One figure with a unit only, not a class of firms (1亿元以上企业),
    not what is asked about (7项指标有没有…), not denied (不是500台吗: which way 是
    answers is unclear). Its digits are no value to match, even where a fact states
    them: 白象拉动了25.35个百分点吗 asks of Baixiang, not of the firm whose figure it is.
    Without a figure, a place in a ranking said (全市排名第一吗)."""
    held = []
    named_class = _class_threshold(said)  # firms over 100 million yuan: who, not a figure
    for number in re.finditer(_NUMBER_IN_TEXT, said):
        figure = _figure(said, number)
        counted_after = figure is None  # 8 party-building alliances: counted in words
        figure = figure or _counted_after_words(said, number)
        if figure is None or not figure.dimension or figure.amount == named_class:
            continue
        if counted_after and _THE_SO_MANY.search(said, 0, number.start()) is not None:
            continue  # the 5 national little giants: those named, no count claimed
        after = said[figure.unit_end :].lstrip(" -")
        bound = next((w for w in _BOUNDS if after.startswith(w)), "")
        # 38 companies, 38家企业 count firms; a top-500 company is one, named so.
        counts_firms = figure.dimension == "enterprises" and _SINGLE_FIRM.match(after) is None
        share_bound = figure.dimension == PERCENT and bound != ""
        if not counts_firms and not share_bound and _firms_follow(after[len(bound) :]):
            # 产值1亿元以上的企业, 100-million-yuan firms: a class of firms (80%以上企业:
            # a share of them; 85%的四上企业 is left open, the report's 85% being of the
            # firms and the building sites together)
            continue
        if said[: figure.start].endswith("第"):
            continue  # 第一辆: a place
        if _ALL_OF_THEM_ARE.match(after) is not None:
            continue  # 11.15万辆都是新能源车吗: the things said all to be so, no figure claimed
        if _PART_OF_THEM.match(after) is not None or said[: figure.start].rstrip().endswith(
            ("属于", "包含在", "包括在", "归于", "隶属于", "算在")
        ):
            # 是152户规上企业的一部分吗, 属于87户专精特新企业吗: the whole something is part
            # of, no figure held
            continue
        if figure.dimension != POINTS and (
            _BY_HOW_MUCH.search(said[: figure.start]) is not None
            or _GAP_AFTER.match(said[figure.unit_end :]) is not None
        ):
            # 比专精特新企业多84户: the gap between two figures, neither of them (a gap in
            # points, 比GDP高了60.7个点, is a figure the report states).
            continue
        # 600台甲醇重卡集中交付吗, 13项技改项目投产了吧, 12户企业被认定为…: a count opening
        # a clause that asks nothing more than yes or no, or says a deed done, is claimed of
        # the thing and its deed; a count some fact states (500台…, 12) is read first as
        # naming that fact (7项指标部分完成了吗 claims what is said of the seven).
        claim_shaped = (
            figure.dimension in COUNTS
            and bool(amounts)
            # (13个技改扩产项目: things counted by 个, named after it; 17 national little
            # giants: in English words after the number)
            and (
                figure.dimension != "count"
                or counted_after
                or _NAMED_AFTER_COUNTER.match(after) is not None
            )
            and _ASKS_SOMETHING.search(after) is None
            and (
                _ASKS_BACK.search(after) is not None
                or _CLAIM_SHAPED_ZH.search(after) is not None
                or _TAGGED_EN.search(after) is not None
            )
            # (7项指标里有没完成的吗: the things among which something is asked; 38户…企业
            # 产值约130亿: another figure said of them)
            and re.search(r"(?:里|当中|之中|里面|中)(?:[有都，,吗]|是否|是不是|$)", after) is None
            and re.search(r"\d", after) is None
        )
        stated = claim_shaped and _stated(figure, amounts)
        if stated and figures_named and not said[: figure.start].strip():
            # 12户企业被认定为国家级小巨人: a count some fact states (12 items elsewhere)
            # may name that fact; read so first, then, as search and ask compare, as the
            # count claimed of what the words name.
            return _FIGURE_NAMED, text
        opens_a_claim = claim_shaped and not (stated and figures_named)
        if (
            not said[: figure.start].strip()
            and not after.startswith("是")
            and not opens_a_claim
            and not (
                figure.dimension == PERCENT
                and (
                    not said[figure.start].isdigit()
                    or said[figure.unit_end :].startswith(tuple(_BOUNDS))
                    or _ASKS_SOMETHING.search(after) is None
                )
                and _SHARE_OF_THINGS_AFTER.match(said[figure.unit_end :]) is not None
            )
        ):
            # 7项指标有没有没完成的: what is asked about (7.06亿是…吗 is held; so is a
            # share of things said first roughly or as a bound: 将近九成的四上企业停了吗,
            # 八成以上企业停工; or one of a clause asking nothing more, 95%的四上企业停产了吗;
            # 85%的四上企业是哪些 is what is asked about)
            continue
        if (
            figure.dimension == "count"
            and not counted_after
            and not opens_a_claim
            and not (_HOLDING_VERB.search(said[: figure.start]) or _ENDS_ASKING.match(after))
        ):
            continue  # 做到五个牢牢把握了吗: so many things named, no count claimed
        held.append((figure, bound))
    if len(held) > 1:
        # 1亿元以上的有38户吗: a bound figure beside another names a class of firms.
        held = [(figure, bound) for figure, bound in held if not bound]
    if not held and bare_claims:
        bare = _BARE_FIGURE_CLAIMED.search(said)
        if (
            bare is not None
            and _NOT_BARE_AFTER.search(said[: bare.start()]) is None
            and _rank_held(text)[0] is None
        ):
            return _bare_held(said, bare)
    if len(held) != 1:
        return _rank_held(text)
    figure, bound = held[0]
    before = said[: figure.start].rstrip()
    # 不是87户吗 asks to confirm the figure, as 是87户吗 does; 不是150亿吧 claims it is not
    # (是: it is not); another denial (没有500台) leaves unclear which way 是 answers.
    denied_figure = (
        before.endswith("不是")
        and not before.endswith(_NO_DENIAL_OF_IT)
        and _SURELY_IN_ITS_CLAUSE.search(before) is None  # (难道GDP不是143亿吧: surely is)
    )
    asked_back = _ASKS_BACK.search(said)
    claims_not = denied_figure and asked_back is not None and asked_back["particle"] == "吧"
    confirms = before.endswith("不是") and asked_back is not None
    # GDP没有150亿吧: not as much as it, claimed (a figure below it: 是)
    short_of = (
        not bound  # (没有150亿以下吧: the bound's own denial, at least 150亿)
        and before.endswith(("没有", "没"))
        and not before.endswith(("有没有", "有没"))
        and asked_back is not None
        and asked_back["particle"] == "吧"
    )
    if (
        before.endswith(_DENIED)
        and not before.endswith(("是不是", "有没有"))
        and not confirms
        and not short_of
    ):
        return None, text
    figure = _about_as_held(said, figure)
    start, before = figure.start, said[: figure.start].rstrip()
    if short_of:
        start = before.rindex("没")  # (the denial is the relation's word: 没有150亿)
    currency = next((c for c in _CURRENCY_BEFORE if before.endswith(c)), "")
    if currency and not has_cjk(said):
        start = len(before) - len(currency)  # CNY 14.3bn: the currency is the figure's unit
    rest, end = said[figure.unit_end :], figure.unit_end
    if bound:  # 50%以上: the bound is the relation's word
        end += len(rest) - len(rest.lstrip(" -")) + len(bound)
    written = said[start if short_of else figure.start : end].strip()
    relation = _BOUNDS.get(bound) or ("equals" if figure.written else "within")
    if short_of:
        relation = "below"
    reaches = _REACHES.search(before) if not bound and not short_of else None
    if reaches is not None and reaches.group() == "有" and figure.spread and not figure.written:
        reaches = None  # 有十几户吗: so many and some, a range claimed (171 are no ten-odd)
    if reaches is not None:
        # 留抵退税有10亿吗, 一年能生产10万辆吗: as much as that. Things counted (有5项吗 of
        # 7) are read both ways, as at least and as exactly so many: "so-many".
        # 有三成的企业停工吗 of 85%: a share of things, read both ways too (增长有七成吗,
        # 占…有20%吗: as much as that).
        of_things = figure.dimension == PERCENT and said[figure.unit_end :].startswith("的")
        counted = reaches.group() == "有" and (
            (figure.dimension in COUNTS and bool(figure.written)) or of_things
        )
        relation = "so-many" if counted else "at-least"
        if (
            reaches.group() == "有"
            and not counted
            and not re.fullmatch(
                r"\d*0|\d", said[figure.start : figure.unit_end].rstrip(_UNIT_CHARS)
            )
            and _stated(figure, amounts)
        ):
            # 留抵退税有7.06亿元吗: a sum another fact states to its last digit (the support
            # funds'), said as had, is that figure claimed, not a floor cleared.
            relation = "equals"
        if reaches.group() == "有":
            start = reaches.start()  # 高企有171户吗: the verb that holds it goes with it
    threshold = Threshold(
        figure.written or figure.amount,
        0,
        figure.dimension,
        relation,
        f"是{written}" if has_cjk(said) and relation in ("equals", "within") else written,
        negated=claims_not and relation in ("equals", "within"),
        spread=figure.step or figure.spread if relation in ("equals", "within") else "",
    )
    if relation in ("equals", "so-many") and _EXACTLY_BEFORE.search(said[: figure.start]):
        # exactly 14 billion, 正好140亿, 恰好有170户: that figure, no rounding of the
        # asker's to allow (the report's own rounding still counts: 143亿 is 142.5亿 to
        # 143.5亿), nor more than it.
        exact = f"是{written}" if has_cjk(said) else written
        threshold = threshold._replace(relation="equals", spread="0", text=exact)
    return threshold, f"{said[:start]}{_SOFT}{said[end:]}"


# A year before what it dates (2019 GDP, 2021's output, 2020 levels): no figure.
_A_YEAR_OF_A_THING = LazyPattern(
    r"(?:19|20)\d\d(?:'s\b|\s+(?!percent\b|per\b)[a-z])", hints=tuple("0123456789")
)
_EXACTLY_BEFORE = LazyPattern(
    # (恰好生产整车11万辆: the word before the verb, in the figure's clause)
    r"(?:正好|恰好|刚好|整整|恰恰|不多不少|啱啱好|啱好)[^，,。；;？?\d]{0,6}$"
    r"|\b(?:exactly|precisely|just)\s+(?:rmb\s*|cny\s*|¥\s*)?$",
    hints=(
        "正好",
        "恰好",
        "刚好",
        "整整",
        "恰恰",
        "不多不少",
        "啱",
        "exactly",
        "precisely",
        "just",
    ),
)


def _bare_held(said: str, bare: re.Match[str]) -> tuple[Threshold, str]:
    """The bare number held to the figure as the report writes it, in the fact's own unit
    (224 of 224亿元); answer.py gives no 否 where the unit left out may be another."""
    number = bare["number"]
    written = f"是{number}" if has_cjk(said) else number
    threshold = Threshold(number, 0, None, "equals", written, as_written=True)
    return threshold, f"{said[: bare.start()]}{_SOFT}{said[bare.end() :]}"


# 省级小巨人比国家级多12户吗, 华卫比白象多拉动7.58个百分点，对吗: the gap claimed after
# the comparative; were there 12 more … than …, more than … by 7.58 points.
_GAP_CLAIMED_ZH = LazyPattern(
    r"(?<![同占对相环])比(?!例|重|较|率|上年|去年|前年|上一年|年初|同期|以前|之前|过去|疫情前|\d)"
    r"[^，,；;。\d]+?(?P<adj>多|少|高|低|大|小|快|慢)"
    r"(?P<verb>拉动|带动|贡献|提拔|认定|评上|评|获批|引进|培育|交付|生产|造)?(?:了|出)?\s*"
    r"(?P<number>\d+(?:\.\d+)?)",
    hints=("比",),
)
_GAP_CLAIMED_EN = LazyPattern(
    r"\b(?P<number>\d+(?:\.\d+)?)(?=\s*(?:(?:percentage )?points?\s+|%\s*|per ?cent\s+)?"
    r"(?:(?:more|fewer|less|higher|lower|larger|bigger|greater|smaller)\b[^?,]{0,40}?\bthan\b"
    # (more than … reads over by now: 7.58 points over Baixiang)
    r"|over\s+(?![\d¥$])))"
    r"|\bthan\b[^?,]{1,40}?(?P<by>\s+by\s+)(?P<by_number>\d+(?:\.\d+)?)",
    hints=("than", "over"),
)
_GAP_BOUND = LazyPattern(
    r"至少|起码|超过|不到|不止|以上|以下|\b(?:at least|over|more than|fewer than|less than|under"
    r"|at most)\s+\d",
    hints=("至少", "起码", "超过", "不到", "不止", "以上", "以下", "at ", "over", "than", "under"),
)
# Nothing after the gap but a question's end or a tag (吗, ，对吗？, 是真的吗).
_ONLY_ASKING = LazyPattern(
    # (one whitespace run per gap: adjacent optional runs backtrack on long blank text)
    r"\s*(?:的|了)?(?:吗|吧|么|嘛)?(?:[，,]\s*)?"
    rf"(?:{CONFIRMING_TAGS}|是不是|true\?|\?)?[？?。.!！]*\s*$"
)


_ALL_OF_THEM_ARE = LazyPattern(
    r"的?(?:车|辆车|家企业|户企业|家|户)?(?:都|全|全部|均)(?:是|为|属于)"
)
# 吉利产值是224吗, is the number of high-tech firms 171?: a number without a unit, ending
# the claim (only asking after it), said to be the figure; not a year (是2022吗), not
# after a comparison, a bound or a place (比…多, over, 第, top), not denied (不是 asks
# back: 不是171吗 is read as 是171吗).
_BARE_FIGURE_CLAIMED = LazyPattern(
    r"(?:(?<=[是为有达计])|(?<=[是为有达计]\s)|(?<=[a-z]\s))"
    r"(?P<number>(?!(?:19|20)\d\d(?!\d))\d+(?:\.\d+)?)"
    rf"(?=\s*(?:了|的)?(?:吗|么|吧|嘛)?(?:[，,]\s*(?:{CONFIRMING_TAGS}|是不是)"
    r"|[,，]\s*(?:right|correct|true|(?:isn|wasn|aren|weren|didn)'?t\s+(?:it|they)))?"
    r"[？?。.!！\s]*$)",
)
# Words before a number that make it no figure claimed: more than, about, the top, by.
_NOT_BARE_AFTER = re.compile(
    r"\b(?:than|over|under|above|below|top|about|around|nearly|almost|least|most|to|by|of"
    r"|in|no|first|last|number)\s*$"
)


def _gap_claimed(text: str) -> tuple[Threshold | None, str]:
    """省级小巨人比国家级多12户吗: the gap a yes-or-no comparison claims, held as a figure
    ("equals", within a unit of its last digit), and the question without it, asking only
    which is larger (省级小巨人比国家级多吗). A gap in points ahead of another (比GDP高
    60.7个百分点) is left to be held as a figure: the report may state that gap."""
    if _YES_NO.search(text) is None or _GAP_BOUND.search(text) is not None:
        return None, text  # (至少比…多10户, at least 10 more: a bound, not a gap said)
    zh = _GAP_CLAIMED_ZH.search(text)
    en = _GAP_CLAIMED_EN.search(text) if zh is None else None
    if zh is None and en is None:
        return None, text
    group = "number" if zh is not None or en["number"] else "by_number"  # type: ignore[index]
    found = zh or en
    assert found is not None
    number = re.compile(r"\d+(?:\.\d+)?").match(text, found.start(group))
    assert number is not None
    figure = _figure(text, number)
    end = figure.unit_end if figure is not None else number.end()
    if figure is not None and figure.spread and not figure.written:
        return None, text  # 多十几户: no gap said exactly
    if zh is not None:
        if figure is not None and figure.dimension == POINTS and zh["adj"] in "高快":
            return None, text  # 比GDP高了60.7个百分点: a gap the report may state
        if _ONLY_ASKING.match(text[end:]) is None:
            return None, text  # 比白象多拉动7.58个百分点的是哪家: the gap names the thing
        # 华卫药业比白象多拉动7.58个百分点，对吗 -> 华卫药业比白象拉动多吗
        said = text[zh.start("adj") : end]
        rest = f"{text[: zh.start('adj')]}{zh['verb'] or ''}{zh['adj']}吗"
    else:
        said = text[number.start() : end]
        start = found.start("by") if group == "by_number" else number.start()
        rest = f"{text[:start]} {text[end:]}"
    from decimal import Decimal

    digits = number.group()
    places = len(digits.partition(".")[2])
    step = figure.step if figure is not None and figure.step else f"{Decimal(1).scaleb(-places)}"
    gap = Threshold(
        figure.written or figure.amount if figure is not None else digits,
        0,
        figure.dimension or None if figure is not None else None,
        "equals",
        said.strip(),
        spread=step,
    )
    return gap, rest


_CLAIM_NEGATED = LazyPattern(
    r"(?:没|不|并不|并没)(?:有)?(?:比|和|跟|与|同|一样|相同|相等)|\bnot\b|n't\b(?! it)",
    hints=("没", "不", "not", "n't"),
)
# 和…一样多, the same as, as many as: the two claimed equal.
_SAME_CLAIMED = LazyPattern(
    r"一样|同样|相等|相同|持平|\b(?:the same|as (?:many|much|large|big|high|fast) as|equal)\b",
    hints=("一样", "同样", "相等", "相同", "持平", "same", " as ", "equal"),
)
_EN_CLAIMED_MORE = LazyPattern(
    r"\b(?P<word>more|larger|bigger|higher|greater|faster|fewer|less|smaller|lower|slower)\b"
    r".*\bthan\b",
    hints=("than",),
)
_CLAIMED_TAG = LazyPattern(
    rf"[，,]\s*(?:{CONFIRMING_TAGS}|是不是)[？?。!！\s]*$",
    hints=("，", ","),
)


_BY_A_LITTLE = LazyPattern(
    r"\b(?:just|slightly|a little|a bit|marginally|barely|only just)\s+(?:below|under|above"
    r"|over|more|less|fewer|higher|lower|bigger|smaller|larger|greater|ahead|behind)\b"
    r"|略(?:高|低|多|少|大|小)|稍(?:微)?(?:高|低|多|少|大|小)",
    hints=("just", "slightly", "little", "bit", "marginally", "barely", "略", "稍"),
)


def _comparison_claimed(text: str) -> str:
    """Which way a yes-or-no comparison claims the first thing stands to the second:
    "more" (A比B多吗, is A larger than B), "less" (A比B少吗, fewer than), "same" (A和B一样
    多吗, the same as); "" when it asks which (谁多, 还是, which is larger, A or B)."""
    if _YES_NO.search(text) is None or _WHICH.search(text) is not None:
        return ""
    if "还是" in text or _contains_word(text, "or"):
        return ""
    # (Isn't A larger than B: asked in doubt, the claim itself.)
    if _CLAIM_NEGATED.search(re.sub(r"^\s*[a-z]+n'?t\b", "", text)) is not None:
        return ""  # 没比国家级多吧, 不一样多吧, not larger: which way is claimed is left open
    if _BY_A_LITTLE.search(text) is not None:
        return ""  # just below Huawei's, 略高于: how near is claimed too, which no figure settles
    if _SAME_CLAIMED.search(text) is not None:
        return "same"
    bare = _BARE_COMPARISON.search(_CLAIMED_TAG.sub("吗", text))
    if bare is not None:
        return "less" if bare["adj"] in "少小低慢" else "more"
    english = _EN_CLAIMED_MORE.search(text)
    if english is not None:
        less = english["word"] in ("fewer", "less", "smaller", "lower", "slower")
        return "less" if less else "more"
    return ""


def _about_as_held(text: str, figure: _Figure) -> _Figure:
    """A figure said to be about so much (约130亿, about 70%, roughly 110,000) or nearly
    so much (将近150亿), held to the fact: within a twenty-fifth of it, or within what
    rounds to it at the digits it is said to, an eighth of it at most (约40户: 35 to 45,
    so 38 is; 约130亿: 125 to 135, so 143亿 is not, where search's tenth would take it)."""
    from decimal import Decimal

    from jzfacts.units import scaled_text

    english = _EN_ABOUT.search(text[: figure.start])
    under = english is not None and english["under"] is not None
    number = re.search(_NUMBER_IN_TEXT, text[figure.start :])
    if number is None:
        return figure
    at = figure.start + number.start()
    nearly = _nearly_before(text[:at]) if at > figure.start else None
    if english is not None:
        amount, start = figure.written or figure.amount, english.start()
    elif nearly is not None and nearly.start() == figure.start:
        unit = _ZH_FIGURE.match(text[figure.start + number.end() :])
        exponent = _ZH_UNITS[unit["unit"]][0] if unit is not None else 0
        amount, start = scaled_text(number.group(), exponent), figure.start
        under = nearly["under"] is not None
    else:
        return figure
    said = Decimal(amount)
    whole, _, fraction = amount.partition(".")
    places = -len(fraction) if fraction else len(whole) - len(whole.rstrip("0"))
    # Rounded at its last digit, but never by more than an eighth: 约100亿 is 87.5 to
    # 112.5亿, not 50 to 150 (143亿 is no "about 100"), about 20 billion holds 22.4.
    margin = max(said / 25, min(Decimal(1).scaleb(places) / 2, said / 8))
    low, width = said - margin, margin if under else 2 * margin
    return figure._replace(
        amount=scaled_text(f"{low:f}", 0), spread=f"{width:f}", start=start, written="", step=""
    )


_EN_ABOUT = LazyPattern(
    # (close to 170: near it either way, as roughly is; nearly, almost: from below)
    r"\b(?:about|around|roughly|approximately|some|circa|close to"
    r"|(?P<under>nearly|almost|just under))\s*$",
    hints=(
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "circa",
        "nearly",
        "almost",
        "close to",
        "just under",
    ),
)


def _counted_after_words(text: str, number: re.Match[str]) -> _Figure | None:
    """5000 methanol heavy trucks: an English count whose noun follows a word or two."""
    counted = _EN_COUNTED_AFTER.match(text[number.end() :])
    if counted is None or "." in number.group():
        return None
    if _A_NAME_S_NUMBER.search(text[: number.start()]) is not None:
        return None  # a top-500 Chinese company, Fendun No. 1: a list, a name; no count
    if counted["unit"] in _SINGULAR_COUNTED and number.group() == "1":
        return None  # 1 state-owned company: one, as English says it; no learner's plural
    digits = number.group()
    # 7 party-building alliances, 11 technology centres: things counted, of no unit of
    # their own (as 个 counts them).
    # (Only a number alone: 17 provincial and 5 national little giants claims two.)
    if not counted["unit"] and len(re.findall(r"\d+", text)) > 1:
        return None
    dimension = _EN_UNITS[counted["unit"]] if counted["unit"] else "count"
    return _Figure(digits, dimension, "", number.end(), number.start(), digits, "1")


_FIRM_NOUNS = ("enterprises", "firms", "companies")
_COUNTED_NOUNS = ("trucks", "vehicles", "cars", *_FIRM_NOUNS, "people")
# (180 high tech company: the noun singular after a count, as a learner writes it)
_SINGULAR_COUNTED = (
    "truck",
    "vehicle",
    "car",
    "enterprise",
    "firm",
    "company",
    "project",
    "person",
)
# The number of a list or a name, not a count: a top-500 company, Fendun No. 1, #1.
_A_NAME_S_NUMBER = LazyPattern(
    r"\b(?:top[\s-]*|no\.?\s*|number\s+)$|#$", hints=("top", "no", "number", "#")
)
_EN_NOUN_AFTER = LazyPattern(r"\s*(?P<noun>[a-z]+)")
_COUNTED_AFTER_WORDS = (*_COUNTED_NOUNS, "projects", *_SINGULAR_COUNTED)
_EN_COUNTED_AFTER = LazyPattern(
    rf" (?:[a-z-]+ ){{1,2}}(?P<unit>{'|'.join(_COUNTED_AFTER_WORDS)})\b"
    # (not a time: the first time in 3 years; nor a place: 3 times)
    r"| (?:[a-z-]+ ){0,2}(?!(?:years|months|days|weeks|times|hours)\b)[a-z-]{2,}[a-rt-z]s\b",
    hints=("s", "people", *_SINGULAR_COUNTED),  # (every match ends in s but these)
)
# 有10亿吗 asks whether it is as much (只有, 没有 say otherwise); 能生产10万辆吗 whether it can.
_REACHES = LazyPattern(r"(?<![只仅没])有$|能[\u4e00-\u9fff]{0,3}$", hints=("有", "能"))
# 有5个吗, 是7个, 一共7个: a count claimed of something (not 五个牢牢把握, things named).
_HOLDING_VERB = LazyPattern(
    # (提拔了十个, 交付了500台: a verb done so many times; 做到五个牢牢把握 names things)
    r"(?:有|是|为|达到|达|共|一共|总共|[\u4e00-\u9fff]了)$",
    hints=("有", "是", "为", "达", "共", "了"),
)
_ENDS_ASKING = LazyPattern(r"\s*(?:了?吗|了?么|呢|吧)?[？?。.!！]*$")
_FIRMS = ("企业", "户", "家", "firm", "compan", "enterprise")
# 比B多, 比B少了, 相差, 差了: the number after it is a gap (the figure is A's or B's).
_BY_HOW_MUCH = LazyPattern(
    # (比去年多了70.7%: a growth over the year, the figure itself)
    r"比(?!去年|上年|上一年|前一年|2021)[^，,。？?]{1,20}?(?:多|少|高|低|大|小|快|慢)(?:了|出)?\s*$"
    r"|(?:相差|差了|差)\s*$",
    hints=("比", "差", "多"),
)
_GAP_AFTER = LazyPattern(
    r"\s*(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater)\b[^?,]{0,40}?\bthan\b",
    hints=("than",),
)
_DENIED = ("不是", "不", "没", "没有", "未", "并非", "not", "n't")
# One after another (先后获得, 前后拨了两笔): when, said of what was paid or done, no word
# of it. 前后 only before a payment counted (疫情前后发展, before and after the pandemic,
# stays).
_ONE_AFTER_ANOTHER = LazyPattern(
    r"先后(?=(?:共|一共|总共)?[拨发投出获下建引开举成推落完实认评])"
    r"|前后(?=(?:共|一共|总共)?[拨发投获引][了过]?(?:[\d两二三四五六七八九十几]+|多)[笔次批项个家])",
    hints=("前后", "先后"),
)
# A place in a ranking asked (第几, 排名几 as the ordinal's mark leaves it, 名次, 排名): no
# figure asked by its 几.
_PLACE_ASKED = LazyPattern(
    r"(?:排名|排行|排)?第几(?:名|位)?|排名几|排名|名次|排第", hints=("第几", "排", "名次")
)
_ASKS_BACK = LazyPattern(r"(?P<particle>吗|吧|么)[？?。.!！]*$", hints=("吗", "吧", "么"))
# Eight cadres were promoted, right? / weren't they?: a statement, then its tag, ending it.
_EN_TAG_ENDING = (
    r",\s*(?:right|correct|true|yes|no|ok|okay|eh|yeah|yep)\s*\?\s*$"
    r"|,\s*(?:is|was|are|were|did|do|does|has|have)(?:n'?t)?\s+(?:it|they|there)\s*\?\s*$"
)
_TAGGED_EN = LazyPattern(_EN_TAG_ENDING, hints=(",",))
# 不是 that denies nothing: asked both ways (是不是), or surely so (难道不是).
_NO_DENIAL_OF_IT = ("是不是", "难道不是")
_SURELY_IN_ITS_CLAUSE = LazyPattern(r"难道[^，,。；;？?]*$", hints=("难道",))
# 全市排名第一吗, ranked first in the city: the place said, held to a rank the report states.
_RANK_HELD = LazyPattern(
    # A standing said loosely: near the top (名列前茅, 靠前, among the best) or near the
    # bottom (靠后, 倒数, 垫底, ranked last), no place named.
    r"(?P<loose_top>名列前茅|(?:稳居|位居|位列|居于|处于|排在|走在|名列|居)(?:全[省市国])?前列"
    r"|(?:排名|排位|排行|排得|排的|排|位次|名次)?(?:靠前|居前(?![列十百\d一二三四五六七八九]))|数一数二"
    r"|(?:排名|排位|排行|排得|排的)(?:蛮|挺|很|比较|相当|非常|还算|算)?(?:前面|前头|前边))"
    r"|(?P<loose_bottom>(?:排名|排位|排行|排|位次|名次)(?:靠后|落后|最后|偏后)|靠后"
    # (倒数第1, not of 倒数第11 or 倒数第十: places further up, read as no standing)
    r"|倒数第[一1](?![\d十])|倒数(?!第)|垫底|末位|最后一名)"
    r"|(?P<from_bottom>倒数第(?P<zh_bottom>[二三四五2-5])(?![\d十]))"
    r"|(?<![a-z])(?P<en_loose_top>near the top|close to the top|among the (?:best|leaders)"
    r"|among the top\b(?!\s+(?:\d|one|two|three|four|five|ten|few))"
    r"|one of the (?:best|top)\b(?! \w+ (?:of|in) the (?:report|zone))"
    r"(?!\s+(?:\d|one|two|three|four|five|ten|few))"
    r"|(?:ranked|ranks|rank|placed) (?:high|highly|well|near the top)\b"
    r"|high (?:up )?in the rank(?:ing)?s)"
    r"|(?<![a-z])(?P<en_loose_bottom>near the bottom|close to the bottom"
    r"|among the (?:worst|lowest|bottom)|(?:at )?the bottom of the (?:rank(?:ing)?s|list"
    r"|table|city|province)|(?:ranked|ranks|rank|placed|came|finished) (?:last|low|poorly"
    r"|near the bottom|at the bottom)\b|dead last|last place)"
    r"|(?:排名|排行|排|位列|位居|名列|居|是(?=全[省市国]第)|(?=全[省市国](?:第|前[一二三四五六七八九十\d])))"
    r"(?:全[省市国])?"
    r"(?P<place>(?P<top>前)?第?(?P<zh>[一二三四五六七八九十]|\d+)(?(top)|(?=名|位|吗|吧|么|是|对|$|[？?，,。])))"
    r"|\brank(?:ed|s)?\s+(?P<en_place>(?P<en_top>in the top |among the top )?"
    r"(?:no\.?\s*|number\s+)?(?P<en>first|second|third|one|two|three|top|[1-9](?:st|nd|rd|th)?))\b"
    # top of the city, top in the province: first in it
    # (near the top, among the top: no place)
    r"|(?<!near the )(?<!close to the )(?<!among the )"
    r"\b(?P<top_of>top)\s+(?:of|in)\s+(?:the\s+)?(?:city|province|jinzhong|shanxi)\b"
    # topped the province's monthly ranking: first in it (topped 20 billion is a figure)
    r"|\b(?P<topped>top(?:ped|s)?|head(?:ed|s)?|led|leads?)\s+the\s+(?:[a-z']+\s+){0,3}?"
    r"(?:rankings?|league(?: table)?|table|list|assessment)\b"
    # was second in the city, came first in the province: a place (the first in the
    # province, with its article, is a first of a kind, 全省首台)
    r"|(?:\b(?:is|was|were|are|came|comes|come|placed|finished|stood|stand)|,)\s+"
    r"(?:(?!rank)[a-z'-]+\s+){0,4}?(?<!the )(?<!\ba )"
    r"(?P<en_place_in>(?P<en_in>first|second|third|fourth|fifth|[1-9](?:st|nd|rd|th)))"
    # (first in the province to make a truck: a reach, 全省首台, no place in a ranking)
    r"(?=\s+(?:in|among|across)\s+(?:the\s+|its\s+)?(?:city|province|county|jinzhong|shanxi)\b"
    r"(?!\s+to\b))",
    hints=("第", "前", "rank", "top", "head", "led", "lead", "first", "second", "third",
           "fourth", "fifth", "1st", "2nd", "3rd", "th in", "靠", "倒数", "垫底", "末位",
           "最后", "落后", "偏后", "数一数二", "best", "leaders", "bottom", "worst",
           "lowest", "last", "placed", "high"),
)  # fmt: skip


# The words of a ranking itself, and of the zones and places ranked (在全省开发区里, 考核
# 排名, among the province's development zones): no thing whose place is claimed.
OF_A_RANKING = LazyPattern(
    r"(?:在|于)?(?:排名|排行|排位|名次|位次|考核|通报|月度|开发区|园区|全区|本区|全[省市国]"
    r"|山西省?|晋中市?|省内|市内)+(?:里头|里面|当中|里|中|内|的)?"
    r"|(?:里头|里面|当中|里|中|内)"  # (a locative left standing alone: 在全省开发区中)
    r"|(?:ranked|rank|ranks|ranking|rankings|assessments?|monthly|zones?|development"
    r"|province'?s?|provincial|city'?s?|shanxi|jinzhong)"
)


# Standings said in words, their words kept (名列前茅, 靠后, 倒数第二).
LOOSE_STANDINGS = ("near-top", "near-bottom", "from-bottom")
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "one": 1, "two": 2,
    "three": 3, "1st": 1, "2nd": 2, "3rd": 3, "top": 1,
}  # fmt: skip


def _rank_held(text: str) -> tuple[Threshold | None, str]:
    match = _RANK_HELD.search(text)
    if match is None:
        return None, text
    if match["from_bottom"]:
        # 倒数第二: a place counted from the bottom, which the first is not, nor the last;
        # its words stay, as a loose standing's do (below).
        place = parse_chinese_numeral(match["zh_bottom"]) or int(match["zh_bottom"])
        rest = f"{text[: match.start()]}{_SOFT}{match.group()}{_SOFT}{text[match.end() :]}"
        return Threshold(str(place), 0, "rank", "from-bottom", match.group()), rest
    loose = match["loose_top"] or match["en_loose_top"] or match["loose_bottom"]
    loose = loose or match["en_loose_bottom"]
    if loose:
        # Near the top or the bottom: a standing claimed, no place; its words stay, set
        # apart from the words they were glued to (留抵退税全市倒数第一), to count where
        # a fact says a standing so (稳居前列, 排名垫底).
        top = bool(match["loose_top"] or match["en_loose_top"])
        rest = f"{text[: match.start()]}{_SOFT}{loose}{_SOFT}{text[match.end() :]}"
        relation = "near-top" if top else "near-bottom"
        return Threshold("3" if top else "1", 0, "rank", relation, match.group()), rest
    if match["topped"]:
        # The verb is the place said; the ranking stays asked.
        rest = f"{text[: match.start('topped')]}ranked{_SOFT}{text[match.end('topped') :]}"
        return Threshold("1", 0, "rank", "equals", match.group(), spread="1"), rest
    if match["top_of"]:
        # Top of the city: first in it; the ranking asked, in the place said.
        rest = f"{text[: match.start('top_of')]}ranked{_SOFT}{text[match.end('top_of') :]}"
        return Threshold("1", 0, "rank", "equals", match.group(), spread="1"), rest
    said = match["zh"] or match["en"] or match["en_in"]
    place = _EN_ORDINALS.get(said) or parse_chinese_numeral(said) or int(said.rstrip("stndrh"))
    # The place is no word to match (第二 would find nothing); 排名 stays.
    at = "place" if match["place"] else "en_place" if match["en_place"] else "en_place_in"
    # (A bare 排, 在全省排第一, is the verb of the place, no word to match either.)
    bare = match.group().startswith("排") and not match.group().startswith(("排名", "排行"))
    start = match.start() if bare and match["place"] else match.start(at)
    rest = f"{text[:start]}{_SOFT}{text[match.end(at) :]}"
    if at == "en_place_in":
        rest = f"{text[:start]}ranked{_SOFT}{text[match.end(at) :]}"  # placed first: a rank
    said_as = match.group(at) if at == "en_place_in" else match.group()  # (not "was the zone")
    if match["top"] or match["en_top"]:  # 排名前三吗, in the top three: third or higher
        return Threshold(str(place + 1), 0, "rank", "below", said_as), rest
    return Threshold(str(place), 0, "rank", "equals", said_as, spread="1"), rest


# 退税超过10亿, 高新技术企业超过170户: a figure claimed to clear a number, ending what is
# typed, is held to it as a yes-or-no question would be (产值超过10亿的企业 names a class:
# something follows the number).
# What a count claimed counts, said after its unit (超过10万辆车, 超过80家企业): a few
# characters, no asking word nor 的 (a money unit before firms, 1亿元企业, names a class).
_COUNT_UNITS_ZH = _alternation(w for w, (_, d) in _ZH_UNITS.items() if d in COUNTS)
_COUNTED_THING_ZH = (
    r"(?!月|季度|小时|钟头|星期|礼拜|工作日|周|天|年)"  # (超过3个月: a time, nothing counted)
    r"[^\W\d的吗呢么嘛几哪谁啥什多少a-zA-Z_]{1,6}"
)
_CLAIMED = LazyPattern(
    rf"(?:{_alternation(_ZH_RELATIONS)})了?\s*[\d零一二两三四五六七八九十百千万亿]+(?:\.\d+)?个?\s*"
    rf"(?:(?:{_alternation(_ZH_UNITS)})?(?:{_ZH_MARK})?|(?:{_COUNT_UNITS_ZH}){_COUNTED_THING_ZH})"
    r"\s*(?:了|啦|吧)?[。.!！]*$",
    hints=tuple(_ZH_RELATIONS),  # compiled only for a query holding a relation's word
)
# So many things said done, ending what is typed (交付了600台甲醇重卡, 成立了八个产业党建
# 联盟, 提拔了8名正处): the count claimed, as 是600台 claims it.
_DONE_SO_MANY_ZH = LazyPattern(
    r"(?<=[\u4e00-\u9fff])了\s*(?P<count>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]{1,4})\s*"
    rf"(?:个|{_COUNT_UNITS_ZH}){_COUNTED_THING_ZH}\s*(?:了|啦)?[。.!！]*$",
    hints=("了",),
)


def _done_so_many(text: str) -> bool:
    """Does the text end saying so many things done (交付了600台甲醇重卡)? Not one said
    as any one (成立了一个联盟: a, not only one, unless 只, 仅 or 就 says so)."""
    done = _DONE_SO_MANY_ZH.search(text)
    if done is None:
        return False
    return done["count"] != "一" or re.search(r"[只仅就]", text[: done.start()]) is not None


# The same in English (gdp over 14 billion yuan, more than 150 high-tech firms?).
_EN_CLAIMED = LazyPattern(
    rf"\b(?:{_alternation(_EN_RELATIONS)})\s+(?:rmb\s*|cny\s*|¥)?\d[\d,]*(?:\.\d+)?\s*"
    r"(?:%|(?:percent|per cent|billion|million|thousand|bn|mn)\b)?(?:\s+[a-z-]+){0,2}"
    r"\s*[?.!]*$",
    hints=tuple(_EN_RELATIONS),
)
_EN_ASKING_OR_CLASS = LazyPattern(
    r"\b(?:what|which|how|who|when|where|why|with|whose|that|those)\b",
    hints=("what", "which", "how", "who", "when", "where", "why", "with", "whose", "that", "those"),
)
# A figure said roughly (将近140亿, 140亿左右, about 14 billion yuan) ending what is typed.
_ZH_ROUGHLY_NUMBER = (
    rf"(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万亿]+)个?(?:{_alternation(_ZH_UNITS)}|成)?"
)
_ABOUT_CLAIMED_ZH = LazyPattern(
    rf"(?:将近|接近|大约|大概|约|近|差不多)\s*{_ZH_ROUGHLY_NUMBER}\s*(?:了|吧)?[。.!！?？]*$"
    rf"|{_ZH_ROUGHLY_NUMBER}\s*(?:左右|上下|出头)\s*(?:吧)?[。.!！?？]*$"
    # (国家级小巨人十几家, 80多户: so many and some, a count claimed)
    r"|\d+[多余来]个?(?:(?:万|亿)[家户项个人名辆台元]?|[家户项个人名辆台元])(?:企业)?"
    r"\s*(?:吧)?[。.!！?？]*$",
    hints=("将近", "接近", "约", "近", "差不多", "大概", "左右", "上下", "出头", "多", "余", "来"),
)
# What follows a share said of things (90%的四上企业, 八成以上企业), not of what it is
# (33.1%是…, 85%指的是…).
_OF_THINGS = r"(?:(?:以上|以下|之上)的?|多?的)(?![是指说为])"
_SHARE_CLAIMED_ZH = LazyPattern(
    # (not after a relation: 增速超过70%的产业 is a class picked by a threshold)
    r"(?<!超过)(?<!高于)(?<!低于)(?<!不到)(?<!达到)(?<!超出)(?<!大于)(?<!小于)"
    r"(?:(?<![\d.])\d+(?:\.\d+)?%|(?<![零一二两三四五六七八九十])[一二两三四五六七八九]成)"
    rf"{_OF_THINGS}(?=[\u4e00-\u9fff])",
    hints=("%", "成"),
)
# A word naming something besides a figure said roughly (not 企业, firms, yuan alone).
_NAMES_BESIDE = LazyPattern(
    r"(?![企公家元辆台户])[\u4e00-\u9fff](?<!企业)|(?!(?:firms?|companies|enterprises|vehicles"
    r"|cars|yuan|rmb|billion|million)\b)\b[a-z]{2,}"
)
# After a share said first: the things it is a share of.
_SHARE_OF_THINGS_AFTER = LazyPattern(rf"{_OF_THINGS}[\u4e00-\u9fff]")
_ABOUT_CLAIMED_EN = LazyPattern(
    r"\b(?:about|around|roughly|approximately|nearly|almost|circa)\s+(?:rmb\s*|cny\s*|¥)?"
    r"\d[\d,]*(?:\.\d+)?\s*(?:%|(?:percent|per cent|billion|million|thousand|bn|mn)\b)?"
    r"(?:\s+[a-z-]+){0,2}\s*[?.!]*$",
    hints=("about", "around", "roughly", "approximately", "nearly", "almost", "circa"),
)
# A figure with its unit said right after a word (国家级小巨人17户, 吉利产值224亿元, GDP
# 143亿), ending what is typed: no relation, no asking word; the figure is claimed. (500台
# 甲醇重卡, 7项指标: the number before the things names them; 第一名, 最后一名, 第十一名:
# a place; 比GDP增速高60.7个百分点: a gap; 里的一家, 其中一项: one of them.)
_FIGURE_STATED_ZH = LazyPattern(
    r"(?<=[\u4e00-\u9fffA-Za-z])(?<![第后数前高低多少快慢大小的中里其每哪"
    r"零一二两三四五六七八九十百千万])\s*"
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*"
    rf"(?:{_alternation(_ZH_UNITS)})\s*[。.!！]*$",
    hints=tuple(_ZH_UNITS),
)
# A figure typed right after an English word, ending what is typed, with its unit (gdp
# 15.3 billion yuan, GDP 153亿, high-tech firms 172 firms); not a year (GDP 2021), nor a
# bare number (vehicles 111,500, Fendun 1, jwf 1580, geely 224: a name's digits, or a
# figure in the report's own unit). One a fact states names that fact instead
# (_figure_unstated_en).
_FIGURE_STATED_EN = LazyPattern(
    r"(?<=[a-z])\s+(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\s*"
    r"(?:%|percent|per cent|(?:billion|bn|million|mn|亿|万)\s*(?:yuan|rmb|元)?|yuan|rmb|元"
    r"|firms|companies|enterprises|vehicles|units|cars|trucks|people|items|powers"
    r"|(?:percentage )?points)\s*[.!]*$",
    hints=tuple("0123456789"),
)


def _stated_exactly(number: str, scale: str, amounts: frozenset[str]) -> bool:
    """Is a number with an English scale (13.176 billion) a sum some fact states exactly?"""
    from decimal import Decimal

    value = Decimal(number) * 10 ** _EN_SCALES.get(scale, 0)
    return f"{value.normalize():f}".removesuffix(".0") in amounts


def _figure_unstated_en(text: str, amounts: frozenset[str]) -> bool:
    """Does English text end on a figure typed after its words (_FIGURE_STATED_EN) that
    no fact states, to within half a per cent (28.77 billion of 287.67亿)?"""
    found = _FIGURE_STATED_EN.search(text)
    if found is None:
        return False
    number = re.search(r"\d[\d,]*(?:\.\d+)?", found.group())
    if number is None:
        return False
    scale = re.match(r"\s*([a-z]+|亿|万)?", found.group()[number.end() :])
    exponent = _EN_SCALES.get(scale.group(1) or "", 0) if scale is not None else 0
    value = float(number.group().replace(",", "")) * 10**exponent
    stated = (float(a) for a in amounts if re.fullmatch(r"\d+(?:\.\d+)?", a))
    return not any(abs(value - a) <= 0.005 * max(a, 1.0) for a in stated)


# A count of things opening what is typed (12项省考核指标…, 600台甲醇重卡…).
_OPENING_COUNT_ZH = LazyPattern(
    rf"\s*\d+\s*(?:个|{_COUNT_UNITS_ZH})(?=[“「\"\u4e00-\u9fff])",
    hints=tuple("0123456789"),
)
# What gives a line opening on a count the shape of a claim: a yes-or-no ending, or a deed
# said done (被认定, 获批, …了, 完成, 投产); not a keyword search (12个技改项目总投资).
_CLAIM_SHAPED_ZH = LazyPattern(
    r"被|获批|获评|(?:了|完成|投产|交付|下线|成立|入选)\s*[。.!！]*$"
    r"|(?:吗|吧|对不对|是不是)\s*[？?。.!！]*$",
    hints=(
        "被",
        "获",
        "了",
        "完成",
        "投产",
        "交付",
        "下线",
        "成立",
        "入选",
        "吗",
        "吧",
        "对",
        "是",
    ),
)
# Of so many (7项指标里, 其中), or not done (没完成): no count claimed.
_AMONG_OR_NOT_ZH = LazyPattern(r"里|当中|之中|其中|没|未", hints=("里", "中", "没", "未"))
# 占规上企业的33.1%: a share stated of the whole it is of (之 or 的 before the per cent),
# ending what is typed, as the report states one (占全区的33.1%).
_SHARE_STATED_ZH = LazyPattern(
    r"占[\u4e00-\u9fff“”「」\"]{1,14}?[的之]\s*\d+(?:\.\d+)?\s*%\s*[。.!！]*$", hints=("占",)
)
# The hedge and the figure of an English rough claim (roughly 110,000; about 14 billion),
# without the words after it.
_ROUGH_FIGURE_EN = re.compile(
    r"(?:about|around|roughly|approximately|nearly|almost|circa)\s+(?:rmb\s*|cny\s*|¥)?"
    r"\d[\d,]*(?:\.\d+)?\s*(?:%|(?:percent|per cent|billion|million|thousand|bn|mn)\b)?"
)
_ASKS_HOW_MANY = LazyPattern(r"几|多少|\bhow (?:many|much)\b", hints=("几", "多少", "how"))
# 一家亿元以上企业产值多少, 一户企业退了多少税: one of the things, how much: per thing,
# said opening a clause or after 中 (not 白象一家拉动了多少, Baixiang alone; nor 一家一策,
# 一个亿: a number).
_ONE_OF_EACH = LazyPattern(
    r"(?:^|(?<=[，,。；;？?！!\s:：中里]))一(?P<counted>[家户辆台]|个(?![亿万]))(?![一多])"
    r"(?=[^，,。；;？?！!]{0,12}?(?:多少|几))",
    hints=("一",),
)
_HOW_MUCH_OR_MANY = LazyPattern(r"\bhow (?:much|many)\b|\bworth\b", hints=("how", "worth"))
# Each car, every high-tech firm, each Geely car: per car, per firm (the name kept).
_EACH_THING = LazyPattern(
    r"\b(?:each|every)\s+(?P<named>[a-z-]+\s+)?"
    r"(?P<noun>(?:company|firm|enterprise|car|vehicle|truck|project|person|cadre)\b)",
    hints=("each", "every"),
)
_MEAN_FIGURE = LazyPattern(
    r"(?<!\bi )(?<!\bwe )\bmean\s+(?=(?:output|value|production|investment|refund|amount)\b)",
    hints=("mean",),
)
# Rose, however said (rise, increased, went up): one list for both readings below.
_RISE_WORDS = r"ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)"
_UP_BY_A_FIGURE = LazyPattern(
    r"\b(?:(?:go|goes|went|gone|going|is|was|were|are|been|be)\s+up"
    rf"|{_RISE_WORDS}|climb(?:s|ed)?|jump(?:s|ed)?)"
    r"\s+(?:by\s+)?(?=(?:about |around |nearly |over |more than )?(?:rmb\s*|¥\s*)?\d)",
    hints=(" up", "ris", "rose", "increas", "climb", "jump"),
)
# Did Geely output rise, what was the increase in GDP: a level's rise, its growth (not of
# things counted: the increase in high-tech firms, how many after the increase).
# (Asked: a question mark, or a question's first word; a search's words, Geely output
# rise, are left as they are.)
_LEVEL_RISE_ASKED = LazyPattern(
    r"^(?=.*\?|\s*(?:did|does|do|has|have|had|is|was|were|what|how)\b)(?!.*\bhow many\b)"
    r"(?=.*\b(?:gdp|output|production|investment)\b)"
    r"(?!.*\b(?:firms?|enterprises?|companies|cadres?|projects?)\b)",
    hints=("gdp", "output", "production", "investment"),
)
_ROSE_SAID = LazyPattern(
    # (went up to 143亿: the level reached, said as a claim)
    rf"\b(?:{_RISE_WORDS}|(?:go|goes|went|gone|going) up)\b(?!\s+to\b)",
    hints=("ris", "rose", "increas", " up"),
)
_FELL_SAID = LazyPattern(
    # (not the fall, in fall: the season)
    r"\b(?:(?<!the )(?<!in )fall|falls|fell|fallen|declin(?:e|es|ed)|drop(?:s|ped)?"
    r"|decreas(?:e|es|ed)|shr[iau]nk|contract(?:s|ed)?|(?:go|goes|went|gone) down)\b",
    hints=("fall", "fell", "declin", "drop", "decreas", "shr", "contract", "down"),
)
_FELL_ASKED = LazyPattern(
    r"^\s*(?:did|does|do|has|have|had|is|was|were)\b"
    # (a level: its rate asked, declined where the report states none, as for Geely)
    rf"(?=.*\b(?:gdp|economy|output|production|investment)\b)(?=.*{_FELL_SAID.pattern})"
    # (did the growth rate fall: the rate's own change, which no fact states; did it fall
    # 70.7%, by 5: the size of a fall, claimed, which no fact states either; a year or
    # a quarter, in 2022, in Q2, is none)
    r"(?!.*\b(?:how|firms?|enterprises?|companies|cadres?|projects?|growth|rate|pace|speed)\b)"
    r"(?!.*(?:\d\s*(?:%|percent|per cent|points?\b|billion|million|bn\b|yuan|亿|万)"
    r"|\bby\s+\d))",
    hints=("did", "does", "do", "has", "have", "had", "is", "was", "were"),
)
_RATE_ASKED_EN = LazyPattern(
    r"%|\bper ?cent|\bpercent(?:age)?\b|\bhow fast\b|\bspeed\b|\bby how much\b|\bby what\b"
    r"|\bhow much (?:did|has|have|does|do|had)\b",
    hints=("%", "cent", "fast", "speed", "by ", "how much"),
)
_HOW_MANY_IN_MONEY = LazyPattern(
    r"\bhow many\s*(?=(?:(?:亿|万)\s*(?:元|yuan|rmb)|亿元?|yuan|rmb"
    r"|hundred million\b|ten thousand\b|(?:billions?|millions?|thousand)\s*(?:yuan|rmb)\b)"
    r"(?![a-z]))"
    # (not a class of firms or things counted: how many 亿元以上 enterprises, million cars)
    r"(?!(?:亿|万)元?(?:以上|及以上|级)|[^?？,，\s]{0,6}(?:企业|公司|户|家)"
    r"|(?:\S+\s+){0,2}(?:enterprises?|firms?|compan(?:y|ies)|cars?|vehicles?|trucks?|people"
    r"|cadres?|projects?)\b)",
    hints=("how many",),
)
_HOW_MANY_SCALED = LazyPattern(
    r"\bhow many (?:hundreds? (?:of )?millions?|100 ?millions?|billions?|millions?|tens of "
    r"thousands|ten thousands?|wan|yi|亿|万)\b"
    # (how many yi yuan above enterprises: firms of that class, 亿元以上企业, counted)
    r"(?!\s*(?:(?:of\s+)?(?:yuan|rmb|cny)\s*)?(?:above|over|or more|and above|plus|level|class)\b)"
    r"\s*(?P<yuan>(?:of\s+)?(?:yuan|rmb|cny)\b\s*|(?=was|were|is|are|did|does|in\b|for\b|\?|$))?",
    hints=("how many",),
)
_HOW_MUCH_COUNTED = LazyPattern(
    r"\bhow much (?=(?:company|companies|firms?|enterprises?|people|persons?|cadres?|cars?"
    r"|vehicles?|trucks?|projects?|items?|alliances?)\b)",
    hints=("how much",),
)
# 是两位数吗, 达到两位数, in double digits: a figure, as the report writes it (224亿 has
# three digits), of so many digits (10 to 99), or at least (达到, 过) or fewer (不到); of a
# rate, in per cent.
_DIGITS_RELATION_WORDS = "达到|超过|突破|不到|低于|至少|起码|上|到|过|破|是"
_DIGITS_LONG = LazyPattern(
    rf"(?:(?P<relation>{_DIGITS_RELATION_WORDS})了?)?(?P<zh>[两二三四234])位数"
    r"|\b(?:(?P<en_relation>hit|reach|reached|reaching|exceed|exceeded|below|under|in)\s+)?"
    r"(?:the\s+)?(?P<en>double|triple)[- ]digits?\b",
    hints=("位数", "double", "triple"),
)
# (增速至少两位数: so many digits claimed, a statement ending after them)
_DIGITS_CLAIMED = LazyPattern(
    rf"(?:{_DIGITS_RELATION_WORDS})了?[两二三四234]位数(?:了|啦|吧)?[。.!！]*$",
    hints=("位数",),
)
_DIGITS_LONG_FLOORS = {
    "两": "10", "二": "10", "2": "10", "三": "100", "3": "100", "四": "1000", "4": "1000",
    "double": "10", "triple": "100",
}  # fmt: skip
_RATE_WORDS = LazyPattern(
    r"增速|增长|增幅|成长|率|%|\b(?:growth|grew|grow|rate|per ?cent|percent)\b",
    hints=("增", "成长", "率", "%", "grow", "grew", "rate", "cent"),
)


def _digits_held(match: re.Match[str]) -> Threshold:
    """是两位数 (10 to 99), 达到, 过 or 超过两位数 (10 or more), 不到两位数 (under 10);
    of a rate, in per cent."""
    floor = _DIGITS_LONG_FLOORS[match["zh"] or match["en"]]
    relation_word = match["relation"] or match["en_relation"] or ""
    # 过三位数, 破三位数, 超过三位数: into three digits, as 达到 (at least 100).
    relation = _DIGITS_RELATIONS.get(relation_word, "digits")
    # Of a rate where the clause asking names one (增速是两位数吗); 增长了70.7%，产值是
    # 三位数吗 asks of the output value.
    clause = re.split(r"[,;，；。]", match.string[: match.start()])[-1]
    rate = _RATE_WORDS.search(clause + match.string[match.end() :]) is not None
    # As asked (是两位数; 两 was read as 2 with the other numerals).
    said = match.group().strip().translate(_NUMERALS_SAID)
    return Threshold(floor, 0, "percent" if rate else None, relation, said, as_written=True)


_NUMERALS_SAID = str.maketrans({"2": "两", "3": "三", "4": "四"})


_DIGITS_RELATIONS = {
    "达到": "at-least", "上": "at-least", "到": "at-least", "reach": "at-least",
    "reached": "at-least", "reaching": "at-least", "hit": "at-least", "超过": "at-least",
    "突破": "at-least", "过": "at-least", "破": "at-least", "exceed": "at-least",
    "exceeded": "at-least", "不到": "below", "低于": "below", "below": "below",
    "under": "below", "至少": "at-least", "起码": "at-least",
}  # fmt: skip


# 上千台, 过亿了吗, 破亿了吗: a round number held, not a class (产值过亿的企业 stays as it
# is).
_ZH_ROUND = LazyPattern(
    r"(?P<verb>[上过破])(?P<round>[百千万亿])(?=[台辆户家项个人名元了吗没？?]|$)",
    hints=("上", "过", "破"),
)
_ZH_ROUND_AS = {"上": "达到", "过": "超过", "破": "超过"}
# 上百亿, 上十万辆, 上两百亿: a round amount with its scale, reached (not 加上 or 晚上);
# 百亿级, in that band: no figure held (a band is no floor: 十亿级 is not 143亿).
_ZH_ROUND_SCALED = LazyPattern(
    r"(?<![加晚马早以之向路身])上(?P<round>[一两二三四五六七八九]?[十百千]+[万亿]|\d+[万亿])"
    r"|(?P<klass>[一两二三四五六七八九]?[十百千]*[万亿])级(?=[了吗吧呢？?]|$)",
    hints=("上", "级"),
)
_ZH_ROUND_DIGITS = {"百": "100", "千": "1000", "万": "1万", "亿": "1亿"}
# (这一项, 哪一家, 第一个: one pointed at, chosen or placed, no count claimed; 吉利一家的
# 产值, 白象一家就拉动, 吉利一家产值: that firm alone, no count either, where the one is
# said right after the firm and before what it did; 只有一家的 counts one)
_ZH_NUMERAL = LazyPattern(
    r"(?<![这那哪每第])(?!(?<!有)一[家户个](?:的|就|便|独|竟|之|也|都|产值|产量|拉动|贡献|增速))"
    r"[〇零一二两三四五六七八九十百千]+(?=[万亿成%台辆户家项个人名元])"
)


# 七亿, 七亿零六百万, 一千二百三十五项, 百分之八十五: an amount written in characters, as
# the report writes it in digits. A lone numeral (一家, 两个, 三公司) is no amount, nor is
# 二十大 or 十四五, whose numerals no unit follows, nor a range (七八亿, 两三百家). One run
# of numerals is matched whole and judged in code (no backtracking on a long run).
# The characters before 数 that make it a count of things (户数, 人数, 总数, 倒数), not
# several (数百台).
_A_COUNT_OF = "户人个倒指函分基次件总参项台辆家"
_ZH_AMOUNT = LazyPattern(
    r"百分之(?P<percent>[零一二两三四五六七八九十]+(?:点[零一二三四五六七八九]+)?)"
    # Not 这一, 那一 (this one), but 那一亿多 (that hundred million odd: a scale follows).
    r"|(?:(?<![第哪每几这那点])|(?<=[这那])(?=[零一二两三四五六七八九十百千]+[万亿]))"
    # (数百亿: several hundred, as 几百亿 says; 户数一百七十一户 is a number)
    rf"(?!(?<=[^{_A_COUNT_OF}]数)[十百千万亿])"
    r"(?P<run>[零一二两三四五六七八九十百千万亿]+)",
    hints=("万", "亿", "百分之", "十", "百", "千"),
)
_ZH_DIGITS = "零一二两三四五六七八九"
# A decimal in Chinese numerals before a scale or a unit (七点零六亿, 二十七点二六个百分点,
# 十一点一五万辆); not 一点 alone (a little) or 点几 (some tenths, read elsewhere).
_ZH_DECIMAL = LazyPattern(
    r"(?<![零一二两三四五六七八九十百千\d.])(?P<whole>[零一二两三四五六七八九十百千]+)"
    r"点(?P<tenths>[零一二三四五六七八九]+)(?=[万亿%％]|个?百分点|[户家项辆台名个人元])",
    hints=("点",),
)


# Each numeral's digit (两 is 二).
_ZH_DIGIT_VALUE = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"两": "2"}


def _digit_by_digit(numerals: str) -> int | None:
    """二八七 -> 287, 七零 -> 70: numerals with no unit among them, said digit by digit (as a
    figure is read aloud); None for any other run."""
    if not numerals or any(c not in _ZH_DIGITS for c in numerals):
        return None
    return int("".join(_ZH_DIGIT_VALUE[c] for c in numerals))


def _zh_decimal(match: re.Match[str]) -> str:
    # (二七点二六: a whole read digit by digit, as decimals are: never a range before them)
    whole = _digit_by_digit(match["whole"]) if len(match["whole"]) > 1 else None
    whole = (
        whole if whole is not None else parse_chinese_numeral(match["whole"].replace("两", "二"))
    )
    if whole is None:
        return match.group()
    return f"{whole}." + "".join(_ZH_DIGIT_VALUE[c] for c in match["tenths"])


_ZH_COUNTED_AFTER = "户家项辆台名个人元"
_AFTER_A_ROUND_SCALE = _ZH_COUNTED_AFTER + "多余来左上以出吗了呢吧啊的，,。；;？?！! "
# 二十几个, 三百几十: so many tens or hundreds and some, as 二十多个 says it.
_TENS_AND_SOME = LazyPattern(
    r"([零一二两三四五六七八九十百千]*[一二两三四五六七八九][十百千]"
    r"|(?<![零一二两三四五六七八九十百千])十)几(?![十百千])",  # (十几家: ten and some)
    hints=("几",),
)
# 17个亿, 七个亿, 一百四十多个亿: spoken Chinese puts 个 before the scale.
_GE_BEFORE_SCALE = LazyPattern(
    r"(?<=[\d零一二两三四五六七八九十百千])(?:([多余]?)个(?=[万亿])|个([多余])([万亿]))",
    hints=("个",),
)


def _a_range(numerals: str, rising: bool = False) -> bool:
    """Two digits side by side (七八, 两三): about so many, no one number. `rising`: only
    as a range says them, the smaller first (三五; 三两, a few, the other way round); 八五 is
    85 read digit by digit."""

    def ranged(a: str, b: str) -> bool:
        if a not in _ZH_DIGITS[1:] or b not in _ZH_DIGITS[1:]:
            return False
        return not rising or _ZH_DIGIT_VALUE[a] < _ZH_DIGIT_VALUE[b] or a + b == "三两"

    return any(ranged(a, b) for a, b in itertools.pairwise(numerals))


def _zh_amounts(text: str) -> str:
    """Amounts written in Chinese numerals, in digits: 七亿零六百万 -> 7.06亿, 十一万一千五百
    -> 11.15万, 一千二百三十五项 -> 1235项, 百分之八十五 -> 85%, 17个亿 -> 17亿."""
    from jzfacts.units import scaled_text

    text = _TENTHS_AND_MORE.sub(_tenths_and_more, text)  # 八成五, 两成半: 85%, 25%
    # 140多个亿 -> 140多亿; 一个多亿 -> 一亿多 (a yuan figure of one hundred million odd).
    # (十几个亿: ten and some first, then the 个 before the scale)
    text = _TENS_AND_SOME.sub(r"\1多", text)
    text = _GE_BEFORE_SCALE.sub(lambda m: m[1] if m[2] is None else m[3] + m[2], text)
    if "点" in text:
        text = _ZH_DECIMAL.sub(_zh_decimal, text)  # 七点零六亿 -> 7.06亿

    def digits(match: re.Match[str]) -> str:
        if match["percent"]:
            whole, _, fraction = match["percent"].partition("点")
            number = parse_chinese_numeral(whole.replace("两", "二"))
            if number is None and not _a_range(whole, rising=True):
                # 百分之八五, 百分之九五: a share read digit by digit (百分之七八 is 7 to 8%)
                number = _digit_by_digit(whole)
            decimals = "".join(_ZH_DIGIT_VALUE[c] for c in fraction)
            if number is None:
                return match.group()
            return f"{number}.{decimals}%" if decimals else f"{number}%"
        run = match["run"]
        # 一百七十来家, 三十来户: 来 after a round number is about so many, as 多 is.
        rough = "多余来" if run.endswith(("十", "百", "千", "万", "亿")) else "多余"
        after = text[match.end() : match.end() + 2].lstrip(rough)[:1]
        large = run.endswith(("万", "亿"))
        # 一百四十多亿 (a scale after a rough number), 二十七点几 (and some tenths).
        counted = len(run) >= 2 and (
            (after != "" and after in _ZH_COUNTED_AFTER + "万亿")
            or text.startswith(_SOME_TENTHS, match.end())
        )
        # (十多家, 十余项: ten and some; 十家 alone stays as written)
        ten = (
            run == "十"
            and text[match.end() : match.end() + 1] in ("多", "余")
            and after != ""
            and after in _ZH_COUNTED_AFTER + "万亿"
        )
        # 十万辆, 过百亿: a round scale said without its 一, before a unit, a particle or
        # the end of a clause (not 千万不要 or 千万小心, by all means; 十万火急; nor 百亿级,
        # a band)
        following = text[match.end() : match.end() + 1]
        round_scale = (
            large
            and len(run) >= 2
            and run[-2] in "十百千"
            and (following == "" or following in _AFTER_A_ROUND_SCALE)
        )
        if not (any(c in _ZH_DIGITS for c in run) or ten or round_scale) or not (
            large or counted or ten
        ):
            return run
        # 二八七亿, 一二三五项: a figure read aloud digit by digit (three or more, or with
        # 零), never a range.
        spoken = _digit_by_digit(run) if len(run) > 2 or "零" in run else None
        if spoken is not None:
            return str(spoken)
        if _a_range(run):
            return _SOFT  # 七八亿, 两三百家: a range, no figure to name a fact by
        number = parse_chinese_numeral(run.replace("两", "二"))
        if number is None or number == 0:
            return run
        if large:
            scale, word = (8, "亿") if "亿" in run else (4, "万")
            return scaled_text(str(number), -scale) + word
        return str(number)

    def apart(match: re.Match[str]) -> str:
        # GDP一百四十多亿: the digits kept apart from a Latin word before them (gdp 140多亿,
        # not one word gdp140).
        said = digits(match)
        before = text[match.start() - 1 : match.start()]
        glued = said[:1].isdigit() and before.isascii() and before.isalpha()
        return f" {said}" if glued else said

    return _ZH_AMOUNT.sub(apart, text)


# 500太, 17意元: a unit after a number, typed as another character of its sound, before
# the end of a clause or a particle (甲 of 500甲醇 is a word's start).
_UNIT_SLIP = LazyPattern(
    r"(?<=[\d万亿])(?P<slip>[^\x00-\x7f])(?=\s*(?:[,;:，；：。？！?!了吗呢吧啊么嘛]|元|$))"
)
_UNITS_BY_SOUND = {
    "tai": "台", "liang": "辆", "jia": "家", "hu": "户", "xiang": "项", "ming": "名",
    "ren": "人", "wei": "位", "yi": "亿", "wan": "万", "yuan": "元",
}  # fmt: skip
_NOT_SLIPS = "以一加"  # 5以 (以上), a numeral, 17加5 (plus)


def _unit_heard(text: str) -> str:
    """500太 -> 500台: a unit typed by its sound."""
    if not any(c.isdigit() for c in text):
        return text

    def unit(match: re.Match[str]) -> str:
        slip = match["slip"]
        if slip in _ZH_UNITS or slip in _NOT_SLIPS or not is_cjk(slip):
            return slip
        return _UNITS_BY_SOUND.get(sound_of(slip) or "", slip)

    return _UNIT_SLIP.sub(unit, text)


# 据说过了两百亿，具体是多少: a bound the asker has heard, in a clause that asks nothing,
# is no figure to match (the one asked is above it); 产值超过10亿的企业 names a class.
_GUESSED_BOUND = LazyPattern(
    rf"(?:{_alternation(k for k, v in _ZH_RELATIONS.items() if v == 'above')})了?\s*"
    rf"\d+(?:\.\d+)?\s*(?:{_alternation(_ZH_UNITS)})?[多余]?(?=\s*(?:[,;:，；：。]|$))",
)


_HEDGED = LazyPattern(
    r"据说|听说|听讲|好像|似乎|貌似|印象中|印象里|记得|应该|大概|估计|可能|据称",
    hints=("据", "听", "好像", "似乎", "貌似", "印象", "记得", "应该", "大概", "估计", "可能"),
)


def _guess_dropped(text: str) -> str:
    if not has_cjk(text) or not any(c.isdigit() for c in text):
        return text
    for match in reversed(list(_GUESSED_BOUND.finditer(text))):
        start = max(text.rfind(c, 0, match.start()) for c in ",;:，；：。") + 1
        told, rest = text[start : match.end()], text[:start] + text[match.end() :]
        # Only as heard or guessed (据说, 好像), beside a clause that asks: 产值突破200亿
        # alone names the headline figure, 产值超过1亿元，这类企业有多少户 a class.
        # (Not where the rest only asks whether it holds, 听说500台…，对吗: the figure
        # heard is the claim checked.)
        asking = _CONFIRMING.sub("", rest)
        if _HEDGED.search(told) and not _ASKS.search(told) and _ASKS.search(asking):
            text = text[: match.start()] + _SOFT + text[match.end() :]
    return text


_REACHED_HOW_MUCH = LazyPattern(r"(?:突破|超过|冲破|迈过|跨过)了?(?=多少|几)", hints=("多少", "几"))
# 七项, 五家, 两人: one numeral before what it counts. 一 is left alone (一家企业 is "a firm").
_ZH_COUNT = LazyPattern(
    # (两三人: a range, no count of three)
    r"(?<![第哪每几这那点前后头一二两三四五六七八九十])[二两三四五六七八九](?=[项家户辆台名人位笔])",
    hints=tuple("项家户辆台名人位笔"),
)


def _zh_counts(text: str, amounts: frozenset[str]) -> str:
    """A count of one numeral some fact states, in digits (七项考核指标 -> 7项考核指标, as
    the report writes it). A count no fact states stays in words: 两家企业谁多 names two
    firms, no figure, and a lone digit would match inside any number."""

    def digit(match: re.Match[str]) -> str:
        number = _ZH_DIGIT_VALUE[match.group()]
        after = text[match.end() + 1 : match.end() + 3]
        if "、" in text[: match.start()] or after.startswith(("里", "中", "之中", "当中")):
            return match.group()  # 白象、华卫、吉利三家里: the ones just named, no figure
        return number if number in amounts else match.group()

    return _ZH_COUNT.sub(digit, text) if amounts else text


# A count of great things said as what there is or was set up (有八大, 成立了五大): N大 then
# the things (two characters at least: not 二十大, the Congress, whose 十 follows a numeral).
_ZH_SO_MANY_GREAT = LazyPattern(
    r"(?P<verb>有|是|共|达到|成立了?|建立了?|组建了?|设立了?|搞了?|建了?|弄了?|打造了?)"
    r"(?P<numeral>[两三四五六七八九十])大(?=[\u4e00-\u9fff]{2})",
    hints=("大",),
)


# 几十家, 几百亿, 几十万辆: some tens (hundreds, thousands) of a unit, as a range from two of
# them up to the next power (二十 to under 一百; 十几 is ten and some, read elsewhere).
_SOME_TENS = LazyPattern(
    # (数百台, 数十户: as 几 says; not the 数 of 户数, 人数, 倒数)
    rf"(?<![零一二两三四五六七八九十百千万亿\d])(?:几|(?<![{_A_COUNT_OF}])数)"
    r"(?:(?P<place>[十百千])(?P<scale>[万亿]?)|(?P<large>万亿|[万亿]))"
    rf"(?P<unit>{_alternation(u for u in _ZH_UNITS if not u.startswith(('万', '亿')))})?",
    hints=("几十", "几百", "几千", "几万", "几亿", "数十", "数百", "数千", "数万", "数亿"),
)
# 是不是俩, 有仨吗, 有一打吗: a count said in one word, claimed after a verb (这俩, 他们仨
# point at things; 一打听 is a verb).
_WORD_COUNTS = {"俩": "2个", "仨": "3个", "一打": "12个", "半打": "6个", "两打": "24个"}
_SAID_AS_A_WORD = LazyPattern(
    rf"(?<=[是有就才只共了到够过超])(?P<word>{_alternation(_WORD_COUNTS)})"
    # (轮岗了俩人, 提拔了仨正处: 俩 and 仨 before what they count, too)
    r"(?=[吗呢吧啊了的多以左，,。？?！!\s]|$|(?<=[俩仨])[\u4e00-\u9fff])",
    hints=("俩", "仨", "打"),
)


# 两三人, 一两家, 三五个: one count or the next (a few), as a range of them.
_TWO_OR_THREE = LazyPattern(
    r"(?<![零一二两三四五六七八九十百千\d])(?P<few>[一两二三四五六七八九]{2})(?P<unit>[人名个家户项台辆])",
    hints=tuple("人名个家户项台辆"),
)


def _two_or_three(match: re.Match[str]) -> str:
    """两三人 -> 2到3人之间 (a count, both ends held: see _range_held)."""
    few = match["few"]
    if not _a_range(few, rising=True):
        return match.group()
    low, high = sorted(int(_ZH_DIGIT_VALUE[c]) for c in few)
    return f"{low}到{high}{match['unit']}之间"


def _some_tens(match: re.Match[str]) -> str:
    """几十家 -> 20到100家之间, 几万辆 -> 2万到10万辆之间, 几万亿 -> 2万亿到10万亿之间: a
    range (几十年, 几万块钱: no unit of the report's, left as said)."""
    unit = match["unit"] or ""
    if match["large"]:
        if not unit and not match["large"].endswith("亿"):
            return match.group()  # (几万块钱: 万 of what the report never counts)
        return f"2{match['large']}到10{match['large']}{unit}之间"
    if not (match["scale"] or unit):
        return match.group()
    place = parse_chinese_numeral(match["place"]) or 0
    return f"{2 * place}到{10 * place}{match['scale']}{unit}之间"


def _zh_numbers(text: str) -> str:
    """Numbers a yes-or-no question writes in words, as digits: 一千项 -> 1000项, 七成 ->
    70%, 有没有上千台 -> 达到1000台."""
    text = _ZH_ROUND.sub(lambda m: _ZH_ROUND_AS[m["verb"]] + _ZH_ROUND_DIGITS[m["round"]], text)
    text = _SOME_TENS.sub(_some_tens, text)
    text = _TWO_OR_THREE.sub(_two_or_three, text)
    text = _SAID_AS_A_WORD.sub(lambda m: _WORD_COUNTS[m["word"]], text)
    text = _ZH_ROUND_SCALED.sub(lambda m: _SOFT if m["klass"] else "达到" + m["round"], text)

    def digits(match: re.Match[str]) -> str:
        if _a_range(match.group()):
            return _SOFT  # 一百七八十户: about 170 to 180, no number to hold a figure to
        number = parse_chinese_numeral(match.group().replace("两", "二"))
        return match.group() if number is None else str(number)

    text = _ZH_NUMERAL.sub(digits, text)
    text = re.sub(r"有没有(?=\d)", "有没有达到", text)  # 有没有200户: at least 200
    text = re.sub(r"(?<![上下前后])一半", "50%", text)  # 占全区一半: half (not 上半年's)
    text = re.sub(r"(?<!超)过半(?!年)数?", "超过50%", text)  # 占全市过半了吗: over half
    # 七成 alone is about 70% (said in tenths: 65 to 75); after a relation (超过七成)
    # or before 多 or a bound (七成多, 九成以上), 70% as the words around it read it.
    return re.sub(
        # (超过了九成: the relation's 了 before it)
        r"(?P<before>(?:超过?|过|达到?|不到|不足|低于|高于|少于|多于)了?|将?近|接近|约|大约|有)?"
        r"(?P<tenths>\d+)成(?P<after>[多余左上出]|以上|之上|以下)?",
        lambda m: (
            f"{m['before'] or ''}{'' if m['before'] or m['after'] else '约'}"
            f"{int(m['tenths']) * 10}%{m['after'] or ''}"
        ),
        text,
    )


# 三分之一, 四分之一, 四份一 (Cantonese): a fraction of the whole, a share in per cent;
# said bare, about so much (三分之一 of 33.1%), after a relation word, that much.
_ZH_FRACTION = LazyPattern(
    r"(?P<relation>超过|超|过|达到|达|不到|不足|低于|高于|少于|多于|将近|接近|近|约|大约)?"
    r"(?P<whole>[二三四五六七八九十])(?:分之|份)(?P<part>[一二三四五六七八九])",
    hints=("分之", "份"),
)


def _percent_of(part: int, whole: int) -> str:
    """A fraction in per cent, to a tenth (1/3 -> 33.3, 1/4 -> 25)."""
    return f"{part * 100 / whole:.1f}".removesuffix(".0")


def _fraction(match: re.Match[str]) -> str:
    whole = parse_chinese_numeral(match["whole"]) or 0
    part = parse_chinese_numeral(match["part"]) or 0
    if not whole or part >= whole:
        return match.group()
    percent = _percent_of(part, whole)
    # (十分之九以上: a bound, no more about it than 90%以上)
    bound = match.string[match.end() :].startswith(("以上", "之上", "以下", "多"))
    return f"{match['relation']}{percent}%" if match["relation"] or bound else f"约{percent}%"


_TENTHS_AND_MORE = LazyPattern(
    # (not 九成四上企业: 四上, the class, after 九成; 八成五上下 is about 85%)
    r"(?P<tenths>[一二两三四五六七八九])成(?P<more>[一二三四五六七八九半])"
    r"(?![成十百千万亿]|(?<=四)上(?!下))",
    hints=("成",),
)


def _tenths_and_more(match: re.Match[str]) -> str:
    tenths = parse_chinese_numeral(match["tenths"].replace("两", "二")) or 0
    more = 5 if match["more"] == "半" else parse_chinese_numeral(match["more"]) or 0
    return f"{tenths * 10 + more}%"


# Words pointing back to a thing said (太原市GDP及其增速, 和它的增速).
_ITS = frozenset({"其", "它", "它的", "其的"})


def _possessed(
    paired: list[tuple[list[Term], str | None]], each: bool = False
) -> list[tuple[list[Term], str | None]]:
    """A side that is nothing but a measure's words takes what the other side is about:
    亿元以上企业的户数占比和产值占比 compares the firms' count share with their output share;
    so does one that says whose with its (太原市GDP及其增速: 太原市's growth), and, each
    asked (`each`), one naming a measure of its own (战新产业的产值和增速分别是多少: its
    growth; a side naming its own measure is otherwise a thing, 留抵退税和扶持资金)."""

    def measure_only(terms: list[Term]) -> bool:
        # GDP names a figure of its own (the economy's), not a measure of something else.
        # (Beside its, or a rate, which is no thing by itself, a lone character is what is
        # left of the question: 多 of 多少. 扶持资金多, a level, may be the thing itself.)
        pointing = any(t.text in _ITS for t in terms)
        rate = any(
            (vocab.ZH_MEASURE_WORDS.get(t.text) or "") in _RATES for t in terms if not t.optional
        )
        kept = [t for t in terms if not (t.text in _ITS or ((pointing or rate) and t.optional))]
        said = [
            vocab.ZH_MEASURE_WORDS.get(t.text) or vocab.EN_MEASURE_WORDS.get(t.text) for t in kept
        ]
        return bool(said) and all(m and m != "gdp" for m in said)

    out = list(paired)
    for index, (terms, named) in enumerate(paired):
        other = paired[1 - index][0]
        owner = [t for t in other if not measure_only([t])]
        if (named is None or each) and measure_only(terms) and owner and not measure_only(other):
            out[index] = ([*owner, *(t for t in terms if t.text not in _ITS)], named)
    return out


def _unjoined(terms: list[Term]) -> list[Term]:
    """Terms without the joiner of a comparison that lost its other side (比, than)."""
    kept = [t._replace(text=t.text.removesuffix("比")) if t.cjk else t for t in terms]
    return [t for t in kept if t.text and t.text != "than"]


_DONE = ("完成了", "完成")
# (没有完成: what was not done, a word of what is asked too)
_DONE_CLAIMED = LazyPattern(
    r"完成了?(?:吗|么|没有|没|嘛|吧|与否)|(?:没有|没|未)完成", hints=("完成",)
)


def parse_query(query: str) -> list[Term]:
    """The content terms of a query, in order, without question words and filler."""
    return analyse(query).terms


# --- terms -----------------------------------------------------------------------------------


def _capitalised(raw: str) -> frozenset[str]:
    """The words an English question writes with a capital (Tesla, BYD), folded."""
    return frozenset(w.casefold() for w in _CAPITALISED.findall(raw))


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+\b")


def _as_names(terms: list[Term], names: frozenset[str]) -> list[Term]:
    return [t._replace(proper=True) if t.text in names else t for t in terms]


# A number that is part of a name (国内500强, 汾盾1号): never a figure (500台). Kept as
# its term's dimension, as a figure's unit is: rank and score read no other figure in it.
NAME_NUMBER = "name"


def _name_number(token: str, text: str, found: re.Match[str]) -> str:
    """NAME_NUMBER for a number right before 强 or 号 (500强, 1号), else no dimension."""
    after = text[found.end() : found.end() + 1]
    return NAME_NUMBER if token[0].isdigit() and after in ("强", "号") else ""


@functools.cache
def _fillers() -> _Words:
    return _Words(vocab.ZH_FILLER)


def _terms(
    text: str, unlisted: tuple[str, ...] = (), figures: dict[str, _Figure] | None = None
) -> list[Term]:
    figures = figures or {}
    for phrase in vocab.EN_PHRASES:
        text = text.replace(phrase, " ")
    for word in unlisted:  # a measure no fact states is a term of its own: 土地出让 + 收入
        text = _replace_word(text, word, f" {word} ")
    done = _DONE_CLAIMED.search(text) is not None
    for filler in _fillers().within(text):
        if done and filler in _DONE:
            continue  # 指标都完成了吗: done is what is claimed (完成了多少 asks an amount)
        if filler in text:
            text = text.replace(filler, _SOFT if filler[0] > "\u2fff" else " ")
    compounds = {
        w
        for c in _COMPOUND.findall(text)
        if not any(ch.isdigit() for ch in c)
        for w in c.split("-")
    }
    terms: list[Term] = []
    seen: set[str] = set()
    soft = False
    for found in _TOKEN.finditer(text):
        token = found.group().removesuffix("'s").replace("'", "")  # the zone's GDP -> zone, gdp
        if token == _SOFT:
            soft = True
            continue
        if token == "1" and text[found.end() : found.end() + 1] == "亿":
            continue  # 1亿元以上, 一个亿: the report's 亿元以上, whose one goes unsaid
        if (
            not token
            or token in seen
            or token in vocab.EN_STOP
            or token in _LONE_PARTICLES
            or _misspelt_stop(token)
        ):
            soft = False
            continue
        seen.add(token)
        cjk = is_cjk(token[0])
        # What is left of an unlisted word once filler is gone is that word: 主任 of 主任是谁.
        named = token in unlisted or any(
            token in (w if cjk else w.split()) for w in unlisted if cjk or " " in w
        )
        figure = figures.get(token)
        terms.append(
            Term(
                token,
                cjk,
                token[0].isdigit(),
                soft and cjk,
                unlisted=named,
                bound=token in compounds,
                amount=figure.amount if figure else "",
                dimension=figure.dimension if figure else _name_number(token, text, found),
                spread=figure.spread if figure else "",
            )
        )
        soft = False
    return terms


# The largest of things by their size, no measure named (最大的企业, the biggest company).
_SIZE_RANKED = LazyPattern(
    r"(?:规模)?最大|\b(?:biggest|largest)\b", hints=("最大", "biggest", "largest")
)


# The unit after a number (7.06亿, 1.7 billion yuan), or a currency before it (rmb 17 billion).
# (多 before 多少 or 少 is a comparison's, 比7.06亿多多少: how much more, no figure odd.)
_ZH_FIGURE = LazyPattern(
    rf"(?P<rough>[多余来])?\s*(?P<unit>{_alternation(_ZH_UNITS)})(?P<rough_after>多(?!多?少)|余)?"
    r"(?P<counted>[元辆台户家项人名个])?"
)
_EN_FIGURE = LazyPattern(
    # A 706-million-yuan payment: hyphens join a figure's words as spaces do.
    rf"[\s-]*(?:(?P<scale>{_alternation(_EN_SCALES)})s?(?![a-z]))?[\s-]*(?P<unit>{_alternation(_EN_UNITS)})?(?![a-z])"
)
_CURRENCY_BEFORE = ("rmb", "¥", "cny", "yuan")
_ROUGH = ("多", "余")  # 1200多项, 7亿余元: a little more than the number
# 将近400亿, 快300亿, 大约30户: about the number, or a little under it (小 is left out:
# 比GDP小100亿 is a difference).
_NEARLY = LazyPattern(
    r"(?:(?P<under>将近|接近|快要|快到|(?<![加很赶尽])快|(?<![最附临接将])近)"
    # (大约是140亿, 差不多是170家: the hedge before the 是 claiming the figure)
    r"|差不多|大约|大概|大致|约莫|(?<![签节合制预条契公邀违履特和])约)(?:是|为)?\s*$",
    hints=("近", "快", "差不多", "约", "大概", "大致"),
)


def _nearly_before(text: str) -> re.Match[str] | None:
    """The hedge ending the text before a figure (将近, 快, 约), if any. 快 after 比 and a
    thing in its clause is faster (比GDP快60.7个百分点), no nearly."""
    nearly = _NEARLY.search(text)
    if nearly is not None and nearly.group().startswith("快"):
        clause = _CLAUSE_APART.split(text[: nearly.start()])[-1]
        if _COMPARED_WITH.search(clause) is not None:
            return None
    return nearly


# 比 setting a thing against another (比GDP), not of a word (比重, 比例, 比较, 占比, 对比).
_COMPARED_WITH = LazyPattern(r"(?<![占相对])比(?![重例率较])", hints=("比",))


# 140亿左右, 三成上下, 170户出头: about the figure, said after it; read as 约140亿, 约
# 三成 and 170多户 are.
# A figure said after 比 and before the comparative ending the claim (比15亿多吗,
# 比扶持资金1.11亿多吗, 比160户少吧): the figure compared with, as 超过 or 不到 says it.
_THAN_A_FIGURE = LazyPattern(
    # (比 of 比重, 比例, 比率, 比较 is no than: 比重比三分之一多)
    r"比(?![重例率较])(?P<whole>[^，,。；;？?\d]{0,10}?)(?P<figure>\d+(?:\.\d+)?\s*"
    rf"(?:{_alternation(_ZH_UNITS)})?"
    # (比全市的一半多吗, 比三分之一少: more than half, fewer than a third)
    r"|一半|半数|[二三四五六七八九十]分之[一二三四五六七八九])"
    # (比150亿细: the Cantonese smaller)
    # (then the question's end, or a tag after a comma: 比150亿少，对吗)
    r"(?P<way>多|高|大|快|少|低|小|细|慢)(?=[吗么吧呢咩？?。!！，,\s]|$)",
    hints=("比",),
)
# 17个多百分点, seventeen and some points: the 多 said after the measure word.
_SOME_POINTS = LazyPattern(r"(?<=\d)个多(?=百分点)", hints=("个多",))
_AROUND_AFTER = LazyPattern(
    r"(?<![\d.零一二两三四五六七八九十百千分/第])(?P<has>有)?"
    r"(?P<number>[二三四五六七八九十]分之[一二三四五六七八九]|\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)"
    rf"(?P<unit>{_alternation(_ZH_UNITS)}|成)?"
    r"(?:左右|上下(?=[吗吧呢么的，,。？?！!\s]|$)|(?P<over>出头))",
    hints=("左右", "上下", "出头"),
)


def _said_about(match: re.Match[str]) -> str:
    # (有八成左右的企业: about eight tenths of them, the 有 no floor: 约八成的企业)
    number, unit, has = match["number"], match["unit"] or "", match["has"] or ""
    if match["over"]:  # 170户出头: 170多户; 三成出头: 三成多; 11万出头: 11万多
        return f"{has}{_and_some(number, unit)}"
    return f"约{number}{unit}"


def _and_some(number: str, unit: str) -> str:
    """So many and some (170多户, 三成多, 11万多, 140多亿): 多 after the number, or after the
    scale of a unit that has one (万, 亿) or the tenths (成)."""
    if unit == "成" or unit.startswith(("万", "亿")):
        return f"{number}{unit[:1]}多{unit[1:]}"
    return f"{number}多{unit}"


# Just past a figure (刚过140亿, 刚超80家): a little over it, read as the relation just
# over is (_ZH_RELATIONS: within a fifth); found here so that a claim of it needs no 吗.
_JUST_OVER = LazyPattern(
    r"(?:刚刚|刚)(?:超过|超出|突破|高于|多于|过|超)"
    r"(?=\d|[零一二两三四五六七八九十百千])",
    hints=("刚",),
)


# Just under a figure (略低于150亿, 稍少于90户, 略不到): close below it, as 将近 says and as
# English just under is read (not a bound alone: 143亿 is no 略低于200亿).
_JUST_UNDER_ZH = LazyPattern(
    r"(?:刚刚|略微|略|稍微|稍稍|稍)(?:低于|少于|小于|不到|不足|差于)(?=\s*(?:\d|[零一二两三四五六七八九十百千]))",
    hints=("略", "稍", "刚"),
)
# 差一点就到290亿, 差点到90户: short of the number by a little, as 将近 says.
_ALMOST_REACHED = LazyPattern(r"差一?点儿?(?:就要|就|要)?(?:达到|到)?(?=\s*\d)", hints=("差",))


_SOME_TENTHS = "点几"  # 二十七点几: 27 and some tenths
# English units that are only units (yuan, percent): a counted noun (trucks) is a word.
_UNIT_ONLY = frozenset({"money", "percent", "percentage points"})
_NUMBER_IN_TEXT = r"(?<![\d.])\d+(?:\.\d+)?"  # compiled on first use, then cached by re


class _Figure(NamedTuple):
    amount: str
    dimension: str
    spread: str
    unit_end: int  # where the words of its unit end (a counted noun, trucks, stays)
    start: int  # where its words start (将近 of 将近400亿)
    # A figure written exactly (500台, 172.5亿, not 1200多项 or 将近400亿): its amount as
    # written, and one unit of its last digit (172.5亿: 0.1亿), in base units.
    written: str = ""
    step: str = ""


def _figure(text: str, number: re.Match[str]) -> _Figure | None:
    """The amount a number of the question states with its unit, in the unit's base
    (7.06亿 -> 706000000, money), its dimension, and how far a rough one spans (1200多项
    -> 1200, items, 100); None for a bare number (汾盾1号)."""
    from jzfacts.units import scaled_text

    after = text[number.end() :]
    # 二十七点几: a figure the asker half remembers, 27 and some tenths, whether or not
    # a unit follows (a decimal is no name's number, as 汾盾1号's 1 is).
    tenths = after.startswith(_SOME_TENTHS)
    if tenths:
        after = after[len(_SOME_TENTHS) :]
    zh = _ZH_FIGURE.match(after)
    exponent, dimension, rough = 0, "", tenths or after[:1] in _ROUGH
    if tenths and zh is None:
        unit_end = number.end() + len(_SOME_TENTHS)
    elif zh is not None:
        exponent, unit_dimension = _ZH_UNITS[zh["unit"]]
        if unit_dimension is None and zh["counted"]:  # 11万多辆: 万 of vehicles
            unit_dimension = _ZH_UNITS[zh["counted"]][1]
        elif unit_dimension is None:  # 11.15万 vehicles: 万 of a thing counted in English
            noun = _EN_NOUN_AFTER.match(after[zh.end() :])
            unit_dimension = _EN_UNITS.get(noun["noun"]) if noun is not None else None
        dimension = unit_dimension or ""
        rough = tenths or bool(zh["rough"] or zh["rough_after"])
        unit_end = number.end() + zh.end() + (len(_SOME_TENTHS) if tenths else 0)
    else:
        en = _EN_FIGURE.match(after)
        stated = en is not None and bool(en["scale"] or en["unit"])
        before = text[: number.start()].rstrip()
        if not stated and not before.endswith(_CURRENCY_BEFORE):
            return None
        unit_end = number.end()
        if en is not None:
            exponent = _EN_SCALES.get(en["scale"] or "", 0)
            dimension = _EN_UNITS.get(en["unit"] or "", "")
            unit_end += (
                en.end() if dimension in _UNIT_ONLY else en.end("scale") if en["scale"] else 0
            )
        counted = (
            _EN_COUNTED_AFTER.match(after[en.end("scale") :])
            if en is not None and en["scale"] and not dimension
            else None
        )
        if counted is not None and counted["unit"] not in (None, *_FIRM_NOUNS):
            # A thousand trucks: trucks counted (firms after a sum of money are a class of
            # them, 100m-plus firms).
            dimension = _EN_UNITS[counted["unit"]]
        if not dimension and (exponent or before.endswith(_CURRENCY_BEFORE)):
            dimension = "money"  # 17 billion: the report's large numbers are sums of money
    digits = number.group()
    if not digits.strip("0."):  # 0, 0.0: no figure
        return None
    if zh is not None and zh["rough"] == "来" and ("." in digits or not digits.endswith("0")):
        return None  # 来 is about so many after a round number only (三十来户)
    start = number.start()
    nearly = _nearly_before(text[: number.start()])
    if nearly is not None:
        # 将近400亿, 快300亿: at most a tenth under it (360亿 to 400亿); 大约30户: a
        # tenth either side (27 to 33). Never a figure far from the number said.
        from decimal import Decimal

        said = Decimal(scaled_text(digits, exponent))
        low, width = said - said / 10, said / 10 if nearly["under"] else said / 5
        return _Figure(
            scaled_text(f"{low:f}", 0), dimension, f"{width:f}", unit_end, nearly.start()
        )
    if zh is not None and zh["rough"] == "来":
        # 三十来户, 一千来项: the number and a little more (a tenth: 30 to 33, 1000 to 1100).
        from decimal import Decimal

        tenth = Decimal(scaled_text(digits, exponent)) / 10
        return _Figure(scaled_text(digits, exponent), dimension, f"{tenth:f}", unit_end, start)
    spread = ""
    if rough:  # 1200多: 1200 to 1299; 7亿多: 7亿 to 8亿; 1.7亿多: 1.7亿 to 1.8亿
        whole, _, fraction = digits.partition(".")
        places = -len(fraction) if fraction else len(whole) - len(whole.rstrip("0"))
        spread = scaled_text("1", places + exponent)
    elif "." in digits and exponent > 0:
        # 28.8bn for 287.67亿: a figure converted to another unit and rounded to the
        # places written stands for every amount that rounds to it (28.75 to 28.85bn).
        from decimal import Decimal

        places = -len(digits.partition(".")[2]) + exponent
        half = Decimal(scaled_text("5", places - 1))
        low = Decimal(scaled_text(digits, exponent)) - half
        written = scaled_text(digits, exponent)
        return _Figure(
            scaled_text(f"{low:f}", 0), dimension, str(2 * half), unit_end, start,
            written, str(2 * half),
        )  # fmt: skip
    if spread:
        return _Figure(scaled_text(digits, exponent), dimension, spread, unit_end, start)
    places = -len(digits.partition(".")[2])
    written, step = scaled_text(digits, exponent), scaled_text("1", places + exponent)
    return _Figure(written, dimension, spread, unit_end, start, written, step)


def _figures(text: str, amounts: frozenset[str]) -> tuple[str, dict[str, _Figure]]:
    """The figures of a text that some fact states (`amounts`, in base units), by their
    digits, and the text without the words of their units: 7.06亿元 is one figure, not
    7.06 and 亿元 to match apart. A number no fact states stays as written (1亿元以上企业
    names a class of firms by its threshold)."""
    if not amounts or not any(c.isdigit() for c in text):
        return text, {}
    figures: dict[str, _Figure] = {}
    for number in re.finditer(_NUMBER_IN_TEXT, text):
        figure = _figure(text, number)
        if figure is None:
            continue
        stated = _stated(figure, amounts)
        near = [] if stated else _stated_near(figure, amounts)
        if len(near) == 1 and not figure.dimension and figure.amount != number.group():
            # 11万 of 11.15万辆: the one stated figure it rounds, not its digits (11户).
            figure = figure._replace(amount=near[0], spread="")
        elif not stated:
            # Stays as written, its unit's dimension kept: 70.7亿 is no 70.7%.
            if figure.dimension:
                figures.setdefault(number.group(), figure._replace(amount="", spread=""))
            scaled = (
                not figure.dimension
                and figure.amount != number.group()
                and not near  # (11万 of 11.15万辆: rounded)
            )
            if (figure.dimension == "money" or scaled) and _only_asked_what(
                text[: figure.start], text[figure.unit_end :]
            ):
                # What is 17 billion yuan: a sum no fact states, asked about alone; neither
                # its digits nor its billion and yuan find another sum (1.7 billion, over
                # 20 billion). So with a scale and no unit: 143万 is no 143亿, 171万 no 171户.
                figures.pop(number.group(), None)
                blank = " " * (figure.unit_end - figure.start)
                text = text[: figure.start] + blank + text[figure.unit_end :]
            continue
        figures[number.group()] = figure
        # Blanked in place: the positions of the numbers after it hold. A currency before
        # it (rmb 1.7 billion) is its unit too, and 将近 of 将近400亿 its words.
        blank = " " * (figure.unit_end - number.end())
        text = text[: number.end()] + blank + text[figure.unit_end :]
        text = text[: figure.start] + " " * (number.start() - figure.start) + text[number.start() :]
        before = text[: number.start()].rstrip()
        currency = next((c for c in _CURRENCY_BEFORE if before.endswith(c)), "")
        if currency:
            start = len(before) - len(currency)
            text = text[:start] + " " * len(currency) + text[len(before) :]
    return text, figures


def _stated_near(figure: _Figure, amounts: frozenset[str]) -> list[str]:
    """The stated amounts the figure is written rounded to, to its last digit (11万 of
    11.15万辆: 105000 to 115000)."""
    if not figure.written or not figure.step:
        return []
    from decimal import Decimal

    written, half = Decimal(figure.written), Decimal(figure.step) / 2
    return [a for a in amounts if abs(Decimal(a) - written) < half]


def _only_asked_what(before: str, after: str) -> bool:
    """Is a figure all a question asks about (what is 17 billion yuan, which figure is
    it, 170亿是什么)? Only question words around it, no thing named."""
    rest = _WHAT_FIGURE.sub(" ", f"{before} {after}".lower())
    return not any(w not in vocab.EN_STOP for w in _LATIN_WORD.findall(rest)) and not (
        has_cjk(rest)
    )


# Question words asking what a figure is (what was, which number is, 是什么, 指的是啥).
_WHAT_FIGURE = LazyPattern(
    r"\b(?:what|which|figure|number|amount|sum|does|stand|for|refer|to|mean|is|was)\b"
    r"|指的是|是指|是什么|是啥|是哪个|是哪项|指什么|什么|哪个|数字|数据|[?？。.!！]"
)


def _stated(figure: _Figure, amounts: frozenset[str]) -> bool:
    """Does some fact state the amount (any unit: the fact's unit is checked when scored)?"""
    return any(amount_in(figure.amount, figure.spread, a) for a in amounts)


def amount_in(amount: str, spread: str, stated: str) -> bool:
    """Is a stated amount the one written (exactly, or within a rough one's spread:
    7亿多 is 7亿 to 8亿)? Amounts are base-unit numerals without trailing zeros, so an
    exact one is compared as text."""
    if not spread:
        return stated == amount
    from decimal import Decimal

    low = Decimal(amount)
    return low <= Decimal(stated) < low + Decimal(spread)


_LONG_STOPS = tuple(w for w in vocab.EN_STOP if len(w) >= 7)
_LONG_STOPS_BY_LENGTH: dict[int, tuple[str, ...]] = {
    n: tuple(w for w in _LONG_STOPS if len(w) == n) for n in {len(w) for w in _LONG_STOPS}
}


def _measure_words_spelt(text: str, english: bool = False) -> str:
    """An English measure word of nine letters or more mistyped by one letter (contibution,
    invesment) is that word: what is asked must not turn on a typo. Shorter ones have
    real words a letter away (grants, giants). So is a question word no content word is a
    letter away from (wich, wher); and a one-word measure typed as two (out put)."""
    text = _measure_words_joined(text)  # (out put, in a Chinese question too)
    if not (english or text.isascii()):
        return text  # (an English question's place may be read in characters by now: 晋中)
    return _LATIN_WORD.sub(lambda match: _spelt(match.group()), text)


def _measure_words_joined(text: str) -> str:
    """A one-word measure typed as two words (out put, head count, work force) is that
    word: a learner's split must not leave only its halves, which are other words."""
    if " " not in text:
        return text
    words = list(_LATIN_WORD.finditer(text))
    taken = -1  # where a word already joined to the next starts: it joins nothing more
    for first, second in reversed(list(itertools.pairwise(words))):
        joined = first.group() + second.group()
        if (
            second.start() == first.end() + 1
            and second.start() != taken
            and joined in _SPLITTABLE_MEASURES
            and second.group() not in _EN_PARTICLES
        ):
            text = text[: first.start()] + joined + text[second.end() :]
            taken = first.start()
    return text


# A verb and its particle are a phrase of their own (firms that turn over 100 million:
# a count of firms, no turnover asked).
_EN_PARTICLES = frozenset(("over", "up", "out", "off", "down", "in", "on", "away", "back"))
_SPLITTABLE_MEASURES = frozenset(
    w for w in vocab.EN_MEASURE_WORDS if w.isalpha() and w.isascii() and len(w) >= 6
)


@functools.lru_cache(maxsize=8192)  # the same words come back question after question
def _spelt(word: str) -> str:
    """The word, or the measure or question word it mistypes."""
    if word in vocab.EN_MEASURE_WORDS or word in vocab.EN_STOP or word in vocab.FIRM_WORDS:
        # (manufacturer, a firm, is no slip of manufactured)
        return word
    if len(word) >= 5:
        # grwoth, rnking: two neighbours swapped or a letter dropped from a measure word
        # of six letters or more (a letter changed is often another word: giants).
        slipped = next((m for m in _MEASURES_SPELT if _slipped(word, m)), None)
        if slipped is not None:
            return slipped
    if 4 <= len(word) < 7:  # wich company: the question word, asking which one
        return next((q for q in _QUESTION_WORDS_MISTYPED if _one_edit(word, q)), word)
    if len(word) < 8:
        return word
    return next((m for m in _LONG_WORDS_SPELT if _one_edit(word, m)), word)


# ... and development, of the zone's name (developement zone), spelt right before the
# zone's name is read as the zone.
_LONG_WORDS_SPELT = (
    *(w for w in vocab.EN_MEASURE_WORDS if len(w) >= 9 and w.isalpha() and w.isascii()),
    "development",
)


_MEASURES_SPELT = tuple(
    w for w in vocab.EN_MEASURE_WORDS if len(w) >= 6 and w.isalpha() and w.isascii()
)


def _slipped(typed: str, word: str) -> bool:
    """Is `typed` `word` with two neighbours swapped or one letter dropped?"""
    if len(typed) == len(word):
        diff = [i for i in range(len(word)) if typed[i] != word[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == word[diff[1]]
            and typed[diff[1]] == word[diff[0]]
        )
    return len(typed) == len(word) - 1 and any(
        word[:i] + word[i + 1 :] == typed for i in range(len(word))
    )


_SHORT_QUESTION_WORDS = ("what", "when", "does", "much", "many")


@functools.lru_cache(maxsize=4096)  # the same tokens come back question after question
def _misspelt_stop(token: str) -> bool:
    """A long filler word mistyped (statistcs, calcualted) or any with a letter typed
    twice (ammount) is still filler, and so is a question word whose every neighbour a
    letter away is filler too (wich, whcih, wher)."""
    if token.isalpha() and len(token) == 3:
        # wat, wen, hwo: a four-letter question word with a letter dropped or swapped
        return any(_one_edit(token, w) for w in _SHORT_QUESTION_WORDS)
    if not token.isalpha() or len(token) < 4:
        return False
    if len(token) >= 5 and any(
        token[i] == token[i - 1] and token[:i] + token[i + 1 :] in vocab.EN_STOP
        for i in range(1, len(token))
    ):
        return True  # a letter typed twice (ammount, numbber): the filler word
    if len(token) < 7:
        return any(_one_edit(token, w) for w in _QUESTION_WORDS_MISTYPED)
    # Only a word as long or a letter longer or shorter can be one edit away.
    return any(
        _one_edit(token, w)
        for n in (len(token) - 1, len(token), len(token) + 1)
        for w in _LONG_STOPS_BY_LENGTH.get(n, ())
    )


# Question words no content word is one letter away from (were, there, whole are filler).
_QUESTION_WORDS_MISTYPED = ("which", "where", "whose")


def _one_edit(a: str, b: str) -> bool:
    """One letter added, dropped, changed or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _merged(groups: list[list[Term]]) -> list[Term]:
    seen: set[str] = set()
    out = []
    for group in groups:
        for term in group:
            if term.text not in seen:
                seen.add(term.text)
                out.append(term)
    return out


# Jinzhong as a whole (all of Jinzhong, across Jinzhong; its name read as 晋中 by now) is
# the city the zone is in, the report's 全市: Jinzhong alone is read as the zone.
_JINZHONG_WHOLE = LazyPattern(
    # (not came across Jinzhong: met with it)
    r"\b(?:all of|(?<!came )(?<!come )(?<!comes )across|the whole of|throughout)\s+晋中"
    r"|晋中\s*(?:city\s*)?(?:as a whole|-?\s*wide)|\bthe\s+city\s+as\s+a\s+whole"
    # (the city as a whole, city-wide, the whole city: the same city)
    r"|\bcity[\s-]?wide\b|\b(?:the\s+)?(?:whole|entire)\s+city\b",
    hints=("晋中", "city"),
)


# Relations written as symbols before a number (firms w/ output >= 1bn, 高新技术企业≥170户).
_RELATION_SYMBOL = re.compile(r"(?<![-=<>])(>=|≥|<=|≤|>|<)\s*(?=[\d¥]|rmb|cny)")  # (not ->, =>)
_RELATION_WORDS = {
    ">=": ("不少于", "at least"), "≥": ("不少于", "at least"), ">": ("超过", "over"),
    "<=": ("不超过", "at most"), "≤": ("不超过", "at most"), "<": ("不到", "under"),
}  # fmt: skip


def _relation_symbols(text: str, english: bool) -> str:
    """>= 1bn -> at least 1bn, ≥170户 -> 不少于170户: a relation's symbol as its words."""
    chinese = not english and has_cjk(text)
    return _RELATION_SYMBOL.sub(
        lambda m: _RELATION_WORDS[m[1]][0] if chinese else f" {_RELATION_WORDS[m[1]][1]} ", text
    )


# Right? said alone, asking to confirm (after a claim, EN_TAG reads it).
_BARE_RIGHT = re.compile(r"^\s*right\s*\?+\s*$")
# A comparative with then typed for than (more then 100 thousand cars).
_COMPARED_THEN = re.compile(
    r"\b(?P<more>more|less|fewer|greater|higher|lower|bigger|larger|smaller|rather) then\s+"
)


@functools.cache
def _en_phrases_longest_first() -> tuple[str, ...]:
    """vocab.EN_PHRASE_SYNONYMS's phrases, longest first (sorted once, not a question)."""
    return tuple(sorted(vocab.EN_PHRASE_SYNONYMS, key=len, reverse=True))


# More than, greater than: over a figure only (more than Baixiang compares two things).
# (A fraction in words is no digit yet: more than two-thirds.)
_THAN_A_FIGURE_ONLY = ("more than", "greater than")
_BEFORE_A_FIGURE = LazyPattern(
    r"\b(?P<phrase>more than|greater than)\b"
    r"(?=\s*(?:rmb|cny|yuan|¥|\$)?\s*(?:\d|(?:half|a (?:third|quarter|half)"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|a hundred|hundred|a thousand|a million|a billion)\b))",
    hints=_THAN_A_FIGURE_ONLY,
)


# The phrase tables read kept running as "not halted"; said after a denial (didn't,
# couldn't, unable to), it is "not not halted": halted. Never halted is not halted.
_DENIED_NOT_HALTED = LazyPattern(
    r"(?:\b[a-z]+n't|\b(?:did|do|does|was|were|had|has|have|could|can|would|will|should)"
    r"\s+not|\bnot|\bnever|\bcannot|\bunable to|\bfail(?:ed|s)? to)"
    r"(?:\s+(?:be\s+|been\s+)?able to)?\s+not halted\b",
    hints=("not halted",),
)
_NEVER_HALTED = LazyPattern(r"\bnever halted\b", hints=("never halted",))


_A_CLASS_PLUS = LazyPattern(
    r"\b(?P<n>\d+(?:\.\d+)?)[- ](?P<scale>billion)-plus\b"
    r"|(?<![\d.-])(?<!\d )\b(?:a\s+)?(?P<scale_alone>billion)-(?:plus|yuan|rmb)\b",
    hints=("billion-",),
)
# A financial page's shorthand glued to its number (85pc, 25.35pp, 14.3bn): apart, so that
# the phrase tables read the unit.
_GLUED_SHORTHAND = LazyPattern(
    r"(?<=\d)(?=(?:pc|pct|pp|ppts?|pts|bn|bln|mn|mln)\b)",
    hints=("pc", "pct", "pp", "pt", "bn", "mn", "bln", "mln"),
)
# ppt after a number is percentage points (a ppt alone may be slides).
_POINTS_AS_PPT = LazyPattern(r"(?<=\d)\s*ppt\b", hints=("ppt",))


def everyday_phrases(text: str) -> str:
    """A question's everyday phrases as the report's words, in either language (照常生产:
    没停产; kept running: not halted), where a check looks for a fact's own names."""
    return _english_phrases(_mandarin(text))


def _english_phrases(text: str) -> str:
    """Everyday English phrases as the report's words: handed over -> delivered (also
    beside a name already read as Chinese: 晋中 development zone)."""
    if not text.isascii() and not any("a" <= c <= "z" for c in text):
        return text
    if _GLUED_SHORTHAND.search(text) is not None:
        text = _GLUED_SHORTHAND.sub(" ", text)  # 85pc, 25.35pp: the number, then its unit
    if "ppt" in text:
        text = _POINTS_AS_PPT.sub(" percentage points", text)  # 27.26 ppt (no PowerPoint)
    if "billion-" in text:
        # billion-plus firms, billion-yuan enterprises (no number before), 1-billion-plus:
        # at least so many (a class by output; the report's own is over 100 million)
        text = _A_CLASS_PLUS.sub(
            lambda m: f"at least {m['n'] or 1} {m['scale'] or m['scale_alone']} yuan", text
        )
    for phrase in _en_phrases_longest_first():
        if phrase in text:
            if phrase in _THAN_A_FIGURE_ONLY:
                # (did Huawei contribute more than Baixiang: a comparison, kept; more than 20
                # points: over a figure)
                text = _BEFORE_A_FIGURE.sub(lambda m: vocab.EN_PHRASE_SYNONYMS[m["phrase"]], text)
                continue
            text = _replace_word(text, phrase, vocab.EN_PHRASE_SYNONYMS[phrase])
    if "halted" in text:
        # didn't keep working, couldn't stay open: not "not halted", halted; never stopped
        # production: not halted (the phrases read inside a denial)
        text = _DENIED_NOT_HALTED.sub("halted", text)
        text = _NEVER_HALTED.sub("not halted", text)
    text = _JINZHONG_WHOLE.sub(" 全市 ", text)
    if "right" in text:
        text = _BARE_RIGHT.sub("correct?", text)  # right? alone: is it correct
    if " then " in text:
        text = _COMPARED_THEN.sub(r"\g<more> than ", text)  # more then 100 thousand: than
    if "percent" in text:
        # Growth in per cent is its rate, not a share of anything (growth percentage
        # points are a pull on growth, and stay).
        text = _GROWTH_IN_PERCENT.sub("growth rate", text)
    if "-" in text:
        # over-fulfil, lock-down: a word written with a hyphen that the vocabulary knows
        # run together is that word (not two parts of a compound name).
        text = _HYPHENATED.sub(_run_together, text)
    if " one" in text:
        text = _ONE_AFTER_A_FIGURE.sub("", text)
    if "speciali" in text:
        text = _SPECIALISED_AND.sub("specialised", text)
    if "little" in text:
        text = _A_LITTLE.sub("slightly", text)  # a little under 30%: no little giant
    if "how " in text and any(u in text for u in ("亿", "万")):
        # how many 亿元: the report's unit typed after an English question word, an amount
        # of money asked (no class of firms, 亿元以上企业, named by it)
        text = _HOW_MANY_IN_CHINESE_UNITS.sub("how much", text)
    if "share of" in text and "'" in text:
        # the share of big firms' output: their output's share (of the whole), no share
        # of firms (as the output share of big firms says it)
        text = _SHARE_OF_WHOSE.sub(r"\g<measure> share of \g<whose>", text)
    return text


_HOW_MANY_IN_CHINESE_UNITS = LazyPattern(
    r"\bhow (?:many|much) (?:亿元|万元|亿|万)(?![\u4e00-\u9fff])"
    r"(?!\s*(?:firms?|compan(?:y|ies)|enterprises?|businesses)\b)",  # (亿元 firms: a class)
    hints=("how ",),
)
_SHARE_OF_WHOSE = LazyPattern(
    # (not the zone's output, the whole the share is of)
    r"\bshare of (?P<whose>(?!(?:the )?(?:zone|district|jinzhong)\b)(?:the )?[a-z0-9 -]{2,40}?)'s? "
    r"(?P<measure>output(?: value)?|gdp|production|investment)\b",
    hints=("share of",),
)


# A little (bit), slightly: a degree before a comparison, not the little giants' word.
_A_LITTLE = re.compile(
    r"\ba little(?: bit)?(?=\s+(?:under|over|above|below|more|less|fewer|higher|lower|bigger"
    r"|smaller|larger|greater|short|shy|past|beyond|than)\b)"
)


# A number offered, in digits or words (not a year, 2021 or 2022: a time, asked as when).
_OFFERED = (
    r"(?:(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty)"
)
_FIGURES_OFFERED = LazyPattern(
    rf"(?<![\w.]){_OFFERED}\s*(?:%|percent|per cent)?\s+or\s+{_OFFERED}(?![\w.])",
    hints=(" or ",),
)
# 7 alliances or 8, 11 tech centres or 12: the things counted between the two.
_FIGURES_OFFERED_APART = LazyPattern(
    rf"(?<![\w.]){_OFFERED}\s+(?P<things>(?:[a-z-]+\s+){{1,3}}?)or\s+{_OFFERED}(?![\w.])",
    hints=(" or ",),
)
_EN_MONTH_NAMES = "|".join(vocab.EN_MONTHS)
_MONTHS_OFFERED = LazyPattern(
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?还是(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?"
    rf"|(?P<en>\b(?:in )?(?:{_EN_MONTH_NAMES}),? or (?:in )?(?:{_EN_MONTH_NAMES})\b)",
    hints=("月", " or "),
)
_ZH_OFFERED = r"(?<![\d.])(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)"
# (1.2万辆还是11万辆: a scale before the thing counted)
_ZH_OFFERED_UNIT = r"(?:个百分点|[万亿]?(?:元|个|户|家|项|台|辆|人|名|位|条|只|笔)|[万亿%])"
_FIGURES_OFFERED_ZH = LazyPattern(
    rf"{_ZH_OFFERED}(?P<unit>{_ZH_OFFERED_UNIT})?还是{_ZH_OFFERED}(?P<unit2>{_ZH_OFFERED_UNIT})?",
    hints=("还是",),
)
# A choice asked in Chinese by which, a comparative or a superlative (哪个, 更多, 最): the
# figures name the things compared.
_CHOOSES_ZH = LazyPattern(r"哪|谁|更|最|比|较", hints=tuple("哪谁更最比较"))


_YEARS_OFFERED = LazyPattern(
    r"\b(?:in )?(?:19|20)\d\d,? or (?:in )?(?:19|20)\d\d\b", hints=(" or ",)
)


def _how_much_offered(match: re.Match[str]) -> str:
    """How much before a sum or a per cent (1.7 or 17 billion yuan, 131.76 or 137.16
    亿元); how many otherwise (11 or 12 万 vehicles: 万 counts cars as well)."""
    after = match.string[match.end() :].lstrip()
    money = re.match(
        r"(?:billion|million|thousand|bn|m\b|yuan|rmb|%|percent|per cent|亿|元)", after
    )
    return " how much " if money else " how many "


_GROWTH_IN_PERCENT = LazyPattern(
    r"\bgrowth (?:percentage|percent|in percent)\b(?! points?\b)|\bpercent(?:age)? growth\b",
    hints=("percent",),
)
_HYPHENATED = re.compile(r"\b([a-z]{2,})-([a-z]{2,})\b")


def _run_together(match: re.Match[str]) -> str:
    joined = match[1] + match[2]
    if joined in vocab.EN_SYNONYMS:
        return joined
    spaced = f"{match[1]} {match[2]}"  # first-half: the first half of the year
    return spaced if spaced in vocab.EN_HALVES or spaced in vocab.EN_QUARTERS else match.group()


# 专精特新 as English writes it out: specialised, refined, distinctive and novel (or
# sophisticated, characteristic, innovative …): the report's one word, specialised.
_SPECIALISED_AND = LazyPattern(
    r"\bspeciali[sz]ed(?:,?\s*(?:and\s+)?(?:refined|sophisticated|fine|distinctive|special"
    r"|characteristic|unique|peculiar|novel|innovative|new|elaborate|featured|precise"
    r"|exquisite|particular|innovation|innovating)){1,3}\b",
    hints=("speciali",),
)


# The 1.11 one or the 7.06 one: one stands for the thing the figure is of (a pronoun);
# one department, one centre is a count, and stays.
_ONE_AFTER_A_FIGURE = LazyPattern(r"(?<=\d) ones?\b", hints=(" one",))


_ZONES_COUNTED = LazyPattern(
    r"(?:多少|几)[个家所座]?(?:开发区|园区)(?![\u4e00-\u9fff])"
    # (开发区有几家 alone asks what the zone has: 小巨人开发区有几家.)
    r"|(?<=全省|全市|全国|山西|省内|省里|市内)的?(?:开发区|园区)(?:总共|一共|共)?有?"
    r"(?:多少|几)[个家所座]?(?=[？?。！!\s]*$)",
    hints=("开发区", "园区"),
)
_TAX_PAID_ZH = LazyPattern(
    r"(?:交|缴|纳|上缴|缴纳|上交)了?(?P<between>[^税退，,。；;？?！!]{0,6}?)(?:增值税|税款|税金|税)"
    r"(?![收务局率])",
    hints=("交", "缴", "纳"),
)
_REFUNDED = LazyPattern(
    r"退|\b(?:refund|rebate|paid back|repaid)", hints=("退", "refund", "rebate", "back", "repaid")
)
_VAT_RETURNED = re.compile(r"返|留抵|抵扣|减免|优惠|credit|rebate")
_TAX_PAID_EN = LazyPattern(
    r"\b(?:pay|pays|paid|paying)\b(?=(?:\s+[^\s,;?!]+){0,4}?\s+(?:taxes|tax|vat)\b"
    r"(?!\s+(?:refunds?|rebates?|credits?|back|breaks?)\b))"
    r"|\b(?:taxes|tax|vat)(?:\s+(?:was|were|is|are|has been|have been))?\s+paid\b(?!\s+back)"
    # how much tax did firms pay (in the zone, in 2022): the tax kept, its pay read as paid
    r"|(?<=\b(?:tax|vat)\s)(?:[^\s,;?!]+\s){0,6}?pay\b(?!\s+back)",
    hints=("pay", "paid"),
)
_WORD_ONE = LazyPattern(
    r"\b(?P<the>the|this|that) "
    r"(?P<word>(?!first\b|last\b|only\b|same\b|other\b|next\b)[a-z-]+) ones?\b"
    r"(?=\s*(?:[?.,!]|$|\bor\b|\band\b|\s(?:is|was|are|were|has|had|did|does|do)\b))",
    hints=(" one",),
)
_ONE_POINTED = LazyPattern(
    r"\b(?P<which>which|this|that) one\b"
    r"(?=\s*(?:[?.,!]|$|\s(?:is|was|are|were|has|had|did|does|do|of|in|grew|rose)\b))",
    hints=(" one",),
)
_FIGURE_ONE = LazyPattern(
    # (the 7.06亿 one: the report's unit, typed in an English question)
    r"(?:\b|(?<=\d))(?P<unit>yuan|rmb|million|billion|percent|%|points?|亿元|万元|亿|万)\s+one\b"
    r"(?=\s*(?:[?.,!]|$|\s(?:or|and|vs|versus)\b))",
    hints=(" one",),
)
# A claim (something is, has, or was done: 是, 有, 了) ending in a question mark.
_CLAIM_WITH_A_MARK = LazyPattern(
    r"(?<=[\u4e00-\u9fff\w%])(?<![吗呢吧么嘛啊齁捏])[？?]+\s*$",  # (齁, 捏: Taiwan's own)
    hints=("？", "?"),
)
_ASKS_SOMETHING = LazyPattern(
    # (还是: a choice asked, 正处多还是副处多)
    r"几|多少|什么|甚么|啥|哪|谁|怎|为何|为什么|如何|多大|多高|多久|多快|咋|何时|是否|有没有|是不是"
    # (在？: asks where or when; what, how …: asked in English among the characters)
    r"|还是|干嘛|干吗|是指|指的是|(?:是|在)[？?]|(?<![a-z])(?:what|how|which|when|who|where|why)(?![a-z])",
    hints=(*"几多什甚啥哪谁怎为如咋何是有干指在", "wh", "how"),
)
_DOUBLED = LazyPattern(
    r"翻了?(?P<times>一|两|二|三)番|(?P<once>翻番|翻倍)"
    r"|\b(?P<en>doubled|quadrupled|tripled)\b|\b(?P<verb>double|triple)(?=\s*(?:\?|$))",
    hints=("翻", "doubl", "tripl", "quadrupl"),
)
_GROWN_BY = {"一": 100, "两": 300, "二": 300, "三": 700, "doubled": 100, "double": 100,
             "tripled": 200, "triple": 200, "quadrupled": 300}  # fmt: skip


def _grew_by(match: re.Match[str]) -> str:
    """翻了一番 -> 增长了100%, tripled -> grew 200%: the growth a multiple says."""
    said = match["times"] or match["en"] or match["verb"]
    if match["once"]:
        return "增长了100%"
    grown = _GROWN_BY[said]
    return f"增长了{grown}%" if match["times"] else f"grew {grown}%"


_NOT_AT_THE_END = LazyPattern(
    r"(?<=[\u4e00-\u9fff])(?:(?<![要对好行是])不|(?<=了)没)(?=[？?。.!！]*$)"
    # (增长了100%没, 交了500台没有: after a figure said, too)
    r"|(?<=[\d%])没有?(?=[？?。.!！]*$)"
    rf"|(?<=\d[{_ZH_COUNTED_AFTER}万亿])没有?(?=[？?。.!！]*$)",
    hints=("不", "没"),
)
# A verb, its negation and the verb again, a number after it: asks whether a figure
# reached the number (过没过两百家 is 是否超过200家).
_REACHED_OR_NOT = LazyPattern(
    # (达不达得到: able to; 过唔过到: Cantonese)
    r"(?P<verb>[过超破到够达上])[没不唔冇](?P=verb)得?[过到破]?"
    r"(?=\s*[\d零一二两三四五六七八九十百千万亿])",
    hints=("没", "不", "唔", "冇"),
)
_REACHED_AS = {
    "过": "超过", "超": "超过", "破": "突破", "到": "达到", "够": "达到", "达": "达到",
    "上": "达到",
}  # fmt: skip
_YES_NO = re.compile(
    # 么 as 吗 (是么, 对么), not the end of what or how (是什么, 怎么, 那么).
    r"(?:吗|(?<![什怎那这多要为])么)[？?。.!！]*$|了?没有?[？?。.!！]*$|是否|有没有|是不是"
    r"|^(?:did|does|do|is|are|was|were|has|have|had|can|could)\b"
    # After a phrase before a comma (in april 2022, were more than 90% …; by year-end,
    # did …), a short one: a clause of its own would be longer.
    r"|^[^,?，]{0,40}[,，]\s*(?:did|does|do|is|are|was|were|has|have|had)\b"
    # Doubt: isn't it, wasn't it, didn't they (contracted, the apostrophe optional).
    r"|^(?:isn|wasn|weren|aren|didn|doesn|don|hasn|haven|hadn|couldn)'?t\b"
    # A tag asking to confirm: 对吧, 是吧, 对不对, 没错吧, …, right? / correct?
    r"|(?:对|是|没错|不错)?吧[？?。.!！]*$|对不对|[,，]\s*(?:right|correct|true|yes|no|ok)\s*\??$"
    # A figure stated and asked (they delivered 1000 trucks at year end?), or stated (The
    # zone refunded 17 billion yuan.): no question word, a verb saying what happened or
    # was, a number, a question mark or nothing but a stop ending it (the output of the
    # firms over 100 million yuan? names a class, claims nothing).
    r"|^(?![^?]*\b(?:what|how|which|who|whom|whose|when|where|why)\b)"
    r"(?!(?:could|can|would|will|please|tell|give|show|list)\b)"
    # (Stated with no question mark: not of a class, firms that are 100m+ yuan firms.)
    r"(?=[^?]*\?\s*$|(?![^?]*\b(?:that|those|with)\b))"
    r"(?=[^?]*\b(?:had|has|have|is|are|was|were|got|made|built|delivered|produced|started"
    r"|reached|hit|exceeded|crossed|broke|grew|rose|fell|became|won|ranked|received|signed"
    r"|paid|refunded|approved|promoted|recognised|recognized|completed|finished|pulled"
    r"|lifted|contributed"
    # (what was set up, stopped or added: The zone set up 8 alliances, 80% of firms
    # stopped work in April 2022)
    # (not inside a word joined by a hyphen: value-added)
    r"|(?<!-)(?:set|stopped|shut|closed|halted|suspended|established|founded|launched|created"
    r"|formed|rolled|added|increased|doubled|tripled|topped|surpassed|accounted|took|came)"
    # (and as a non-native writer leaves them: They promote 8 cadre?, The GDP grow 10%?)
    r"|get|make|makes|build|builds|deliver|delivers|produce|produces|reach|reaches|exceed"
    r"|exceeds|grow|grows|rise|rises|win|wins|promote|promotes|pull|pulls|lift|lifts"
    r"|contribute|contributes)\b)"
    r"[a-z][^?\u4e00-\u9fff]*\b\d[^?\u4e00-\u9fff]*(?:\?|(?<=[a-z%\d.])[.!]?)\s*$"
    # …, its verb left out (VAT refunds of 17 billion yuan?, Zone 171 high-tech firms?):
    # a figure with its unit, asked; not a class of firms by their output (the output of
    # the firms over 100 million yuan?).
    r"|^(?![^?]*\b(?:what|how|which|who|whom|whose|when|where|why)\b)"
    r"(?!(?:could|can|would|will|please|tell|give|show|list|rank|compare)\b)"
    r"(?![^?]*\b(?:firms|companies|enterprises|businesses)\s+(?:\w+\s+){0,3}?"
    r"(?:over|above|exceeding|more than|of)\s+(?:rmb\s*)?\d)"
    # (Money, a per cent or points only: the 12 projects, 7 cadres name things counted.)
    r"[a-z][^?\u4e00-\u9fff]*(?<!\bthe )(?<!\btop )(?<!\bfirst )(?<!\bbiggest )"
    r"\b\d+(?:\.\d+)?\s*(?:billion|million|bn|yuan|rmb|percent|%|(?:percentage )?points?)"
    r"(?:\s+(?:yuan|rmb))?\s*\?\s*$"
    # True or false (…140亿了？真的假的): doubt, asking to confirm.
    r"|真的假的[？?。.!！]*$"
)
# A time said of what was done (甲醇重卡是6月交付的, 首台重卡是2023年下线的): claimed, as
# 是6月交付的吗 asks it.
_TIME_CLAIMED_ZH = LazyPattern(
    r"是\s*(?:\d{2,4}年)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?"
    r"(?:\d{1,2}[日号])?|年底|年末|年初|上半年|下半年|\d{2,4}年)"
    r"\s*[\u4e00-\u9fff]{1,4}的[。.!！]*$",
    hints=("是",),
)
# The same in English, a sentence (the trucks were delivered in June.; was the first truck
# made in 2023): not a thing's name (vehicles built in 2022).
_TIME_CLAIMED_EN = LazyPattern(
    r"\b(?:was|were)\s+(?:\w+\s+){0,3}?(?:[a-z]+ed|built|made|won|held|sold|done|set up|set"
    r"|shut|given|taken|begun|sent|paid|brought|bought|signed|founded)\s+"
    r"(?:in|at the end of|by the end of|by)"
    r"\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b(?:\s+\d{4})?|(?:19|20)\d{2}\b)\s*[.!?]?\s*$",
    hints=("was", "were"),
)
_FUEL_POWERED = LazyPattern(
    r"\b(?P<fuel>methanol|alcohol|electric(?:ity)?|battery|hydrogen|diesel|gas|petrol|gasoline"
    r"|lng|cng|natural-gas)[- ](?:powered|fuelled|fueled|burning|run|running)\b"
    # (a car running on methanol, powered by batteries: the fuel named after)
    r"|\b(?:running|runs|run|powered|fuelled|fueled)\s+(?:on|by)\b",
    hints=("powered", "fuelled", "fueled", "burning", "run"),
)
# Is that right, is it true, is that figure correct: a claim before it, to confirm.
_IS_THAT_RIGHT = (
    r"(?:is|was)\s+(?:that|it|this)\s+(?:(?:figure|number|amount|claim)\s+)?"
    r"(?:right|correct|true|so|accurate)|am\s+i\s+right"
    # (isn't that right, isn't it true: asked with its negation, as is that right is)
    r"|(?:isn'?t|wasn'?t)\s+(?:that|it|this)\s+(?:right|correct|true|so)"
    # (correct or not, true or false: a learner's 对不对, 是不是真的)
    r"|(?:right|correct|true)\s+or\s+(?:not|wrong|false)"
)
# …, didn't they? / is it not? / right?: a tag asking to confirm the statement before it
# (answer.py reads a negation in it as a way of asking, too).
EN_TAG = LazyPattern(
    # (after a comma, a semicolon, a dash or a full stop: …100 million yuan — true?)
    rf"(?:[,，;；]|\s*[.。—–]|\s-)\s*(?:right|correct|true|yes|no|ok|okay|yeah|yep"
    rf"|{_IS_THAT_RIGHT}"
    r"|(?:isn|wasn|aren|weren|don|doesn|didn|hasn|haven|hadn|can|couldn|won|wouldn)'?t"
    r"\s+(?:it|they|there|that|he|she|we|you)"
    r"|(?:is|was|are|were|do|does|did|has|have|had)\s+(?:it|they|there|that)\s+not)"
    r"\s*[?？!.]*\s*$"
    # (as a sentence of its own, after any stop: …vehicles! Is that right?)
    rf"|[.。?？!！;；—-]\s*(?:{_IS_THAT_RIGHT})\s*[?？!.]*\s*$"
    # (spoken, with no stop: …grew seventy point seven percent right)
    r"|(?<=[\d%a-z])\s+(?:right|correct)\s*[?？!.]*\s*$",
    hints=(",", "，", ";", "；", ".", "。", "—", "–", "-", "right", "correct", "true", "accurate"),
)
_EN_PICKED = LazyPattern(
    r"\b(?P<which>which|top)\s+(?:two|three|four|five|[2-5])\b"
    r"(?!\s*(?:hundred|thousand|million|billion|%|percent|per\b))",
    hints=("which", "top"),
)
_TOTAL_OR_WHO = LazyPattern(r"共|合计|总计|加起来|是谁|有谁", hints=("共", "计", "加", "谁"))
_FASTEST = LazyPattern(r"最快|最慢|\b(?:fastest|slowest|quickest)\b", hints=("最", "est"))
_ZH_PICKED = LazyPattern(
    # (not 此前, 目前, 之前, 以前, 提前: before, now)
    # (not 全市前三, a place in a place claimed)
    r"(?<![目此之以提当先从事市省国])(?:排名|排在|排行|排)?前(?:[两二三四五]|[2-5](?!\d))(?:名|位|强)?"
    r"(?!季度|个月|月|年|天|周|[\d.])",
    hints=("前",),
)
_PLURAL = LazyPattern(
    r"哪些|哪几|哪[两二三四五六七八九十]|有什么|列出|列举|罗列|列一下|盘点"
    r"|\bwhich ones\b|\bwhat (?:were|are)\b|\blist\b|\benumerate\b|\bname (?:all|every|each)\b"
    r"|\bwhich (?:\w+ )?(?:industries|sectors|companies|firms|enterprises|projects|products)\b"
    # what awards did, what prizes were: a plural noun right after what, a verb after it
    # (not what does, what business, what status; which is read by its nouns above)
    r"|\bwhat (?!(?:is|was|has|does|this|its|as|us|plus)\b)"
    r"[a-z]{2,}(?<![su]s)s (?=(?:did|do|were|are|have|had|has)\b)",
    hints=("哪", "有什么", "列", "罗列", "盘点", "which", "what", "list", "enumerate", "name"),
)
# 哪一天, which day: a date finer than a month, which no fact gives.
_DAY_ASKED = r"哪一天|哪天|哪一日|几号|哪一号|\b(?:which day|what day|what date|on what date)\b"
_WHEN = re.compile(
    # (多会儿, 多咱: the north's when)
    r"哪个月|哪一个月|几月份|几月|(?<![\d一二三四五六七八九十])月份|何时|什么时候|哪一年|哪年|多会儿|多咱(?!们)"
    r"|哪个季度|哪一季度|几季度|第几季度|\b(?:which|what) quarter\b"
    r"|\b(?:when|which month|what month|in which month|what time|which year|what year)\b"
    # The date or time of a thing, closing the question (首台重卡下线日期, 签约时间): when
    # it was; not a duration (多长时间, 一段时间).
    # (是多少 after it asks how long: 审批时间是多少)
    r"|(?<![长少段])(?<!长的|段的|多少)的?(?:日期|时间)"
    r"(?=[\s？?。！!]*(?:是|是什么|是哪天)?[吗呢啊呀]?[\s？?。！!]*$)|" + _DAY_ASKED
)


_MONTH_ASKED = ("月", "month", "季度", "quarter")  # (a quarter: no year alone says it)
_WHY = LazyPattern(
    r"为什么|为啥|为何|怎么会|咋会|什么原因|啥原因|原因是|\bwhy\b|\bhow come\b|\bwhat caused\b",
    hints=("为", "怎么会", "咋会", "原因", "why", "how come", "caused"),
)


def _asks_when(text: str) -> tuple[bool, bool, bool, str]:
    """Does the question ask when something happened (哪个月, in which month), does it
    ask the month (a fact dated only by its year does not say), or the day (which a fact
    dated by its month does not say either)?"""
    match = _WHEN.search(text)
    if match is None:
        return False, False, False, text
    day = re.fullmatch(_DAY_ASKED, match.group()) is not None
    month = day or any(w in match.group() for w in _MONTH_ASKED)
    return True, month, day, text[: match.start()] + _SOFT + text[match.end() :]


_SHARE_OF = LazyPattern(
    # (make up more than half of: the figure held is gone from between share and of)
    r"\b(?:share|proportion|percentage|percent|fraction|part|slice)[\s\x1f]+of (?:the )?"
    r"(?:zone's |total )?"
    # The whole is one or two words, never a comparative or verb after it (share of
    # output higher than, share of output came from).
    r"([a-z0-9-]+(?: (?!(?:higher|lower|larger|bigger|smaller|greater|more|less|than|came|"
    r"come|comes|from|is|was|are|were|in|by|for)\b)[a-z0-9-]+)?)",
    hints=(" of ",),
)


# 占规上企业的比重, 占全区比重: the whole after 占, without the zone it is of.
_ZH_SHARE_OF = LazyPattern(
    r"占(?:全区|开发区)?([\u4e00-\u9fff]{0,8}?)的?(?:比重|比例|份额|百分之|几成)",
    hints=("占",),
)

# 是GDP的三分之一, 相当于GDP的一半, half of GDP: a fraction of an amount it names by its
# measure's word (GDP, output), no share of firms.
_FRACTION_OF = LazyPattern(
    r"(?:是|为|相当于)(?P<whole>gdp|生产总值|地区生产总值|经济总量|总产值)的"
    r"(?:\d+(?:\.\d+)?\s*%|[一二三四五六七八九十两\d]+分之[一二三四五六七八九十\d]+|一半|[一二三四五六七八九两]成)"
    r"|\b(?:half|a third|a quarter|two-thirds|one-third|\d+(?:\.\d+)?\s*(?:%|percent|per cent))"
    r" of (?:the )?(?:zone's )?(?P<whole_en>gdp)\b",
    hints=("的", " of "),
)
# 占全区产值的25%: a per cent said of a whole it names (an amount, or firms of a kind).
_ZH_PERCENT_OF = LazyPattern(
    r"占(?:全区|开发区)?的?(?P<whole>[\u4e00-\u9fff]{0,6}?(?:产值|增加值|企业|工地))的?"
    r"\d+(?:\.\d+)?\s*%",
    hints=("占",),
)
# A per cent an amount's makers gave of it (贡献了三成的产值, 提供了三分之一的产值).
_CONTRIBUTING = ("贡献", "提供")
_CONTRIBUTED_EN = frozenset({"contribute", "contributed", "contributes", "contribution"})
_SHARE_NOUNS_EN = frozenset({"share", "proportion", "fraction", "slice", "portion"})

# 贡献了全区三成多产值, 占一半的投资, 贡献了全区多大比例的产值: a share in tenths, as a
# fraction or asked for, of an amount.
_ZH_SHARE_IN_TENTHS = LazyPattern(
    r"(?:占|贡献|提供)了?(?:全区|开发区)?的?(?:[一二三四五六七八九两几]成多?"
    r"|[二三四五六七八九十几]分之[一二三四五六七八九几]|一半|过半|半数"
    r"|百分之多少|百分之几|多大比例|多少比例|多大比重|多少比重|多大份额|多少份额)(?:左右)?的?"
    r"(产值|增加值|投资|税收|资金)",
    hints=("占", "贡献", "提供"),
)


@functools.cache
def _zh_amount_words() -> tuple[str, ...]:
    """The words naming an amount of money or output (资金, 产值, 投资, 钱): the level
    measures' words, but for production's (made on first use: few questions need them)."""
    return tuple(
        w
        for w, m in vocab.ZH_MEASURE_WORDS.items()
        if m in vocab.LEVEL_MEASURES and m != "production"
    )


# An amount's word before share (the output share of …): the share is of it.
_AMOUNT_SHARE = LazyPattern(
    r"\b(?:the|its|their)\s+(?P<amount>output|investment|value-added|gdp)\s+share\b",
    hints=("share",),
)


def share_of(text: str) -> frozenset[str]:
    """The whole a share is of: share of total output -> {output}, share of above-scale
    enterprises -> {above-scale, enterprises}, 占规上企业的比重 -> {规上企业}, 占全区比重 ->
    {全区} (the whole zone)."""
    from jzfacts.search.index import stem

    tenths = _ZH_SHARE_IN_TENTHS.search(text)
    if tenths is not None:  # 占了全区三成多的产值: the zone's output
        return frozenset({tenths.group(1)})
    fraction = _FRACTION_OF.search(text)
    if fraction is not None:
        # 是GDP的三分之一, more than half of GDP: a fraction said of a whole it names.
        return frozenset({stem(fraction["whole"] or fraction["whole_en"])})
    percent = _ZH_PERCENT_OF.search(text)
    if percent is not None:
        # 占全区产值的25%, 占规上企业的25%: a per cent said of a whole it names, an amount
        # or a kind of firm (占比85%, 占约85%, 占总数的85% name none).
        return frozenset({percent["whole"]})
    chinese = _ZH_SHARE_OF.search(text)
    if chinese is not None:
        # 占了几成, 占多大比重: grammar and the question's words are no whole.
        # (占到85%: 到 says it reached the share, no whole)
        named = (
            chinese.group(1)
            .removeprefix("了")
            .removeprefix("到")
            .removesuffix("多大")
            .removesuffix("多少")
        )
        if not named:
            # 企业产值占全区比重: the zone's output, the amount named before 占.
            before = text[: chinese.start()]
            amounts = (w for w in _zh_amount_words() if len(w) >= 2 and has_cjk(w))
            amount = next((w for w in amounts if before.endswith(w)), None)
            return frozenset({amount or "全区"})
        return frozenset({named})
    of_amount = _AMOUNT_SHARE.search(text)
    if of_amount is not None:  # the output share of firms over 100 million: of the output
        return frozenset({stem(of_amount["amount"])})
    match = _SHARE_OF.search(text)
    if match is None:
        return frozenset()
    words = match.group(1).split()
    return frozenset(stem(w) for w in words if w not in vocab.EN_STOP)


def _of_the_whole(term: Term, whole: frozenset[str]) -> bool:
    """Is the term (part of) the whole a share is of (全区 in 占全区的比重)?"""
    from jzfacts.search.index import stem

    return any(term.text in w for w in whole) or stem(term.text) in whole


def _is_the_whole(term: Term, whole: frozenset[str]) -> bool:
    """Is the term the whole a share is of, the zone's or not (全区总产值 for 总产值)?"""
    text = term.text
    for zone in ("全区", "开发区"):
        text = text.removeprefix(zone)
    # (wide of zone-wide output: a part of a hyphenated word of the whole)
    return text in whole or any(text in word.split("-") for word in whole if "-" in word)


def _has_synonyms(word: str) -> bool:
    """Everyday words for a measure no fact states that are still heard as the report's
    words in a search (销售额 near 产值, sold near delivered)."""
    return word in vocab.ZH_SYNONYMS or word in vocab.EN_SYNONYMS


def _without(text: str, words: tuple[str, ...]) -> str:
    for word in sorted(words, key=len, reverse=True):
        text = _replace_word(text, word, _SOFT if has_cjk(word) else " ")
    return text


def _replace_word(text: str, word: str, by: str) -> str:
    if word not in text:
        return text
    if has_cjk(word):
        return text.replace(word, by)
    return re.sub(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", by, text)


def _contains_word(text: str, word: str) -> bool:
    # The substring test first: a pattern is compiled (a fifth of a millisecond) only for
    # the few words that stand in the query at all.
    if word not in text:
        return False
    if has_cjk(word) or not word[0].isalnum():
        return True
    return re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text) is not None


# Shanxi and Jinzhong city as the zone's address (山西省晋中开发区, 晋中市开发区, the
# Jinzhong zone in Shanxi province) name the zone, not another place (vocab.PLACES).
_ZH_ADDRESS = LazyPattern(
    # (山西综改区 alone is the province's whole reform zone, of which the zone is one part)
    r"山西省?的?(?=晋中|综改区晋中)|(?<=晋中)市的?(?=开发区|综改区|园区)",
    hints=("山西", "市"),
)
# The zone's address is said with its name, or after it (the zone in Shanxi).
_EN_ZONE = LazyPattern(r"\bjinzhong\b|\bzone in\b", hints=("jinzhong", "zone in"))
_EN_ADDRESS = LazyPattern(
    r"\b(?:(?:in|of)\s+)?(?:shanxi(?:'s)?(?:\s+province)?|china(?:'s)?)\b",
    hints=("shanxi", "china"),
)


_ZONE_ZH = r"(?:晋中)?(?:开发区|园区|综改区|本区)"
_OUTSIDE_THE_ZONE_ZH = LazyPattern(
    r"(?P<whole>(?:全市|晋中市|全省|山西省?)[^，,。；;？?]{2,14}?)"
    rf"(?:(?:中|里|当中|里面)?(?:除了?|除去|刨去|不算|不包括|去掉){_ZONE_ZH}(?:的|以外|之外|外)?"
    rf"|(?:中|里|当中|里面){_ZONE_ZH}(?:以外|之外|外)的?)"
    r"[，,]?(?:的)?(?:还有|还剩下?|剩下|其余|另外|有)?(?:的)?(?P<ask>多少|几)"
    # (the question ends there: 还有几个排名垫底 asks which zones, no count of the thing)
    r"(?=[家个户项名]?[？?。！!]*$)",
    hints=("开发区", "园区", "综改区", "本区"),
)
_OUTSIDE_THE_ZONE_EN = LazyPattern(
    r"\bhow many of the (?P<whole>city|province|jinzhong|shanxi)(?:'s)? "
    r"(?P<thing>(?!(?:are|is|and|how)\b)[a-z'-]+(?: (?!(?:are|is|and|how)\b)[a-z'-]+){0,3}) "
    r"(?:are|were|is|was|lie|lay|sit|sat) (?:not (?:in|inside|within)|outside(?: of)?|beyond) "
    r"(?:the )?(?:development )?zone\b",
    hints=("how many of the",),
)


def _without_zone_address(text: str) -> str:
    if has_cjk(text):
        return _ZH_ADDRESS.sub("", text)
    if _EN_ZONE.search(text.lower()) is None:
        return text
    return _EN_ADDRESS.sub(" ", text)


# 考虑到4月份大面积停工，…; 由于疫情，…: a clause opening the question on what is given, the
# question after it.
_GIVEN_OPENING = LazyPattern(
    r"^\s*(?:考虑到|鉴于|由于|因为|虽然|尽管)(?P<given>[^，,；;。？?！!]+)[，,；;]\s*(?=\S)",
    hints=("考虑到", "鉴于", "由于", "因为", "虽然", "尽管"),
)


def _without_given(text: str) -> str:
    """The question without a clause of what is given before it (考虑到4月份大面积停工，全年
    下来GDP完成了多少: the year's GDP is asked, April is the reason given), where that
    clause asks nothing and the rest asks something."""
    given = _GIVEN_OPENING.search(text)
    if given is None or _ASKS_SOMETHING.search(given["given"]) is not None:
        return text
    rest = text[given.end() :]
    if _ASKS_SOMETHING.search(rest) is None and _YES_NO.search(rest) is None:
        return text
    return _SOFT + rest


_ORDINAL_ASKED = LazyPattern(r"(?<=排名)第(?=几)", hints=("排名第",))
_PEOPLE_COUNTED = LazyPattern(r"(?<=的)人(?=(?:最|更|比较|较)?[多少])", hints=("人",))


# 从…来看, 从…角度看, 从…方面来说: the angle a clause opens on (not 从…来 alone: from where).
_LOOKED_AT_FROM = LazyPattern(
    r"(?:^|(?<=[,;:!?。，；：！？]))从(?P<what>[^，,；;。？?！!]{1,12}?)(?:的?(?:方面|角度|层面|上))?"
    r"(?:来看|看来|来说|来讲|看)(?=[,;:，；：])",
    hints=("从",),
)
# In the end (…都停了，最后全年算下来): a clause's first word, no last place (排名最后).
_IN_THE_END = LazyPattern(
    r"(?:^|(?<=[,;:!?。，；：！？]))(?:到最后|最后|到头来|末了)(?=[\u4e00-\u9fffA-Za-z])(?![一名位个])"
    # (产值最后有多少, GDP最后达到143亿了吗, 最后稳居前列: in the end, inside the clause,
    # before what it came to; not 排名最后, 排在最后, last of a ranking)
    r"|(?<![排名在])(?:到最后|最后|最终)"
    r"(?=有|达到|达|一共|总共|共|完成|实现|是多少|多少|稳居|位居|跻身|进入|成为|超过|突破)",
    hints=("最后", "到头来", "末了", "最终"),
)


# A clause opening on "then" or "so" (…，那全市一共有几家; 所以吉利产了多少): joins it to the
# context, no word of what is asked (not 那个, 那年, 那笔: that one).
_THEN_OPENING = LazyPattern(
    r"(?:^|(?<=[,;:!?。，；：！？]))\s*(?:那么|那|所以|因此|然后)"
    r"(?=[\u4e00-\u9fff])(?![个年些边里时阵会次回笔台家项批类一块儿段样种天月位款辆么只场户份条名座两二三四五六七八九十几])",
    hints=("那", "所以", "因此", "然后"),
)


# Firms that did not stop, were not affected (四上企业和工地没停, 没受影响的企业): not
# halted, of firms or sites only (开发区没受影响吧: the zone, which the report says was).
_FIRMS_NOT_STOPPED = LazyPattern(
    r"(?:(?<=企业)|(?<=工地)|(?<=工厂)|(?<=厂子))(?:还)?(?:没有?|未)停"
    r"(?=[的吗吧呢啊了，,。？?！!\s]|$)"
    r"|(?:没有?|未|不)(?:停|受影响|受到影响)(?![产工业止下])(?=的(?:四上|企业|工地|工厂|厂))",
    hints=("停", "影响"),
)


# That, this, before a figure (渡过难关那1.11亿扶持资金): pointing at it, no end of the
# word before.
_THAT_FIGURE = LazyPattern(r"(?<=[\u4e00-\u9fff])[那这](?=\d)", hints=("那", "这"))


# (A financial numeral dates a month only as a word of its own, 肆月, 去年陆月: 队伍月度 is
# no fifth month.)
_CN_DATE = LazyPattern(
    r"([〇零一二两三四五六七八九十]{1,3}"
    rf"|(?:(?<![\u4e00-\u9fff])|(?<=年))[{CN_FINANCIAL_NUMERALS}]{{1,3}})(月份|月|号)",
    hints=("月", "号"),
)


_JINZHONG_CITY = LazyPattern(r"晋中市(?!长|委)", hints=("晋中市",))
# 甚 as the north asks what (做甚, 得了个甚奖), not 甚至 (even) nor 甚为, 甚少 (very).
_SHANXI_WHAT = LazyPattern(r"甚(?![至么为好少多大微高远佳嚣])", hints=("甚",))


# 年时 as the north says last year (年时开发区GDP), not a year's time (2022年时, 当年时,
# 每年时): the report's year, as 去年 is.
_SHANXI_LAST_YEAR = LazyPattern(
    # (not after a character making a word with 年: 过年, 半年, 青年, 全年, 2022年, 当年 …)
    r"(?<![\d〇零一二三四五六七八九十百千两几多每近往历同当那前今明去上下周成中早末元次后该"
    r"过新青少老童晚半全])年时(?![候期间代节段])",
    hints=("年时",),
)


_MEASURE_WORD_AFTER_WHICH = "[个位家只笔项类种款年级批次条部届期样]"  # (边样: which)
# 边 of a side (周边, 旁边, 东边, 这边, 两边): a place, no which.
_NOT_A_SIDE = r"(?<![周旁身东西南北左右两这那里外海江河天无一])"
# Characters only Cantonese writes (佢, 咗, 嘅, 唔, 冇, 喺, 嚟, 啲, 攞, 嗰, 乜, 咩 …).
_CANTONESE_WRITTEN = LazyPattern(
    r"[佢咗嘅唔冇喺嚟啲攞嗰乜咩畀嘢晒噉睇]|系咪|入面|巴仙|"
    + _NOT_A_SIDE
    + r"边(?=[个间度啲几一]|"
    + _MEASURE_WORD_AFTER_WHICH
    + ")"
)
# 边 before a measure word, one or none between, is which (边类企业, 边笔钱, 边项指标, 边只
# 基金, 边一级, 边个月): 哪 (边个, 边间, 边度 are words of their own, read first).
_CANTONESE_WHICH = LazyPattern(
    _NOT_A_SIDE + r"边(?=一?" + _MEASURE_WORD_AFTER_WHICH + ")", hints=("边",)
)
# Hong Kong's openings of a question (咁, so; 嗱, look), before 咁 is read as 这么.
_OPENING_SO = LazyPattern(r"^\s*(?:咁|嗱)[，,、\s]*", hints=("咁", "嗱"))
# Taiwan's closing particles (GDP多少齁, 是多少捏), ending the question only (not 捏造):
# 齁 seeks assent, as 吧 does (GDP是143亿齁: a claim); 捏 asks, as 呢 does.
_TAIWAN_CLOSING = LazyPattern(r"[齁捏](?=[？?。!！\s]*$)", hints=("齁", "捏"))
# 边个 before a deed done (a verb and 咗: 边个签咗, 边个升咗职), or as what made a thing (係
# 边个整嘅): who did it; before a thing (边个行业, 边个公司) or a comparative, which.
_CANTONESE_WHO = LazyPattern(
    # (not 边个月, 边个厂, 边个行业: which month, factory, industry)
    r"边个(?![月年日季级厂间家行业产公司企项部单种类])"
    r"(?=[\u4e00-\u9fff]{1,2}咗|[\u4e00-\u9fff]{1,3}嘅[？?吖呀啊]*$)"
    # (交畀咗边个: given to whom, after the deed, ending the question)
    r"|(?<=咗)边个(?=[？?吖呀啊呢]*$)",
    hints=("边个",),
)
# 係 standing alone, as Hong Kong writes the copula (Taiwan writes it only in 關係).
_CANTONESE_IS_WRITTEN = LazyPattern(r"(?<![關联聯體派])係", hints=("係",))
# 咩 ending a statement asks yes or no (唔系有17户咩: 不是有17户吗), not after a verb
# it is the object of (做咩, 系咩, 有咩, 签咗咩, 做咗啲咩: what); 未 ending one asks whether
# yet (过咗未).
_CANTONESE_ENDING = LazyPattern(
    r"(?<![做系有乜讲叫咗啲])咩(?=[？?！!。\s]*$)|(?<=[\u4e00-\u9fff])未(?=[？?！!。\s]*$)",
    hints=("咩", "未"),
)
# Before a figure: 得 is only (得100亿左右咋), 过咗 exceeded (过咗200亿); 间 counts firms
# (三间入面); 定 between two alternatives is or (正处多啲定副处多啲, 500台定1000台).
_CANTONESE_BEFORE_FIGURE = LazyPattern(
    r"(?<![获取赢记觉值懂])得(?=[\d一二两三四五六七八九十几])"
    r"|过咗(?=[\d一二两三四五六七八九十几百千])|(?<=[\d一二两三四五六七八九十几])间"
    r"|(?<=[多少高低大细快慢]啲)定|(?<=[\d台户家个亿万元%辆人项])定(?=[\d一二两三四五六七八九十几])"
    # 同 joining the things a which-question compares (白象同华卫边个多; 轮岗同主任助理，
    # 边项最多), things each asked of (产量同产值分别系几多), or two said to do one thing
    # (轿车同重卡都系6月下线): and (not 同比, 同期, 同样, 同时, year on year, the same;
    # nor 不同, 共同, different, common). 先 after a time: only then.
    r"|(?<![大不共合相协认赞])同(?![比期样时等类步一意行])(?=[^，,？?]{0,12}?(?:边[个间家]|都|分别|各自)"
    r"|[^？?]{0,16}?[，,][^？?]{0,12}?边(?:一?" + _MEASURE_WORD_AFTER_WHICH + r"|间))"
    r"|(?<=[底尾月号日])先"
    # 有成85%: as many as 85% (not 有三成, tenths); 17个几: seventeen and some.
    r"|(?<=有)成(?=\d)|(?<=\d)个几",
    hints=("得", "过咗", "间", "定", "成", "个几", "同", "先"),
)
# A verb and 晒: all of it done (停晒工: 都停工).
_CANTONESE_ALL = LazyPattern(r"(?P<verb>[\u4e00-\u9fff])晒", hints=("晒",))
_CANTONESE_AS = {
    "得": "只有", "过咗": "超过了", "间": "家", "定": "还是", "成": "", "个几": "个多",
    "同": "和", "先": "",
}  # fmt: skip
# 係 (系 folded) is the copula is, but in a word of its own (体系, 系统, 关系); read
# after 系咪 (是不是) and the other words holding it.
_CANTONESE_IS = LazyPattern(r"(?<![体关联派直谱世星水])系(?![统列数])", hints=("系",))


# The north's short tag (…60.7个点，对不？ / 是171家是不？): 对不对, 是不是 cut short.
_SHORT_TAG = LazyPattern(r"(?<=[对是])不(?=[？?。!！\s]*$)", hints=("不",))


_RENMINBI = LazyPattern(
    r"(?:(?<=[\d亿億万萬千百十])|(?<=多少))元?人民[币幣]"
    r"|(?P<before>人民[币幣])(?=\s*[\d一二两兩三四五六七八九十百千])",
    hints=("人民",),
)
_CLOSING_YES_NO = LazyPattern(
    # (not 什么, 怎么, 那么, 这么, 多么, 要么; nor 对不, 是不, 好不, 行不: short tags read
    # whole before; 未 only after a figure, 150亿未, not 尚未)
    r"(?<=[\u4e00-\u9fff\d%])(?<![什怎那这這多要干幹甚])[么麼麽](?=[？?。.!！\s]*$)"
    r"|(?<=[\u4e00-\u9fff\d%])(?<![要对對好行是不])不(?=[？?。.!！\s]*$)"
    r"|(?<=[\d%亿億万萬户戶家项項台辆輛人名个個元])未(?=[？?。.!！\s]*$)"
    # (a figure, a mood's particle, a question mark: GDP是150亿啊？, 143亿嘛？)
    # (a number before the unit: not 几亿啊, 哪家啊, which ask)
    r"|(?:(?<=\d)|(?<=\d[%亿億万萬户戶家项項台辆輛人名个個元]))(?:啊|嘛|喽|嘍|耶|喔)"
    r"(?=\s*[？?]+\s*$)",
    hints=("么", "麼", "麽", "不", "未", "啊", "嘛", "喽", "嘍", "耶", "喔"),
)


def _short_tags_whole(text: str) -> str:
    """…，对不？ -> …，对不对？: the north's short tag, as the tag readers know it."""
    if "不" not in text:
        return text
    return _SHORT_TAG.sub(lambda m: "不" + text[m.start() - 1], text)


# A minus sign or 负 straight before a figure (-70.7%, －17亿, 负17亿), not inside a word,
# a date or a range (covid-19, 2022-06, 10-20, 4月-6月), nor a dash set apart (GDP - 143亿);
# in Chinese with the growth or the copula before it, which the fall takes the place of.
_NEGATIVE_FIGURE = LazyPattern(
    r"(?:(?:同比)?(?:增长了?|增速(?:是|为)?|增幅(?:是|为)?|是|为|达到)\s*"
    r"|\b(?:grow|grew|growth(?: rate)?(?: of| was| is)?|was|were|is|of)\s*)?"
    # (a sign opens the text or follows a space, a colon or a bracket, or the verb before
    # it: never a character, so 4月-6月 and 100亿-200亿 stay ranges)
    r"(?:(?:(?<=[\s:：(（是为长速幅到])|^)[-−－](?=\d)|负(?=\s*[\d一二两三四五六七八九十]))",
    hints=("-", "−", "－", "负"),
)
_WORLDS_FIRST = LazyPattern(r"全?世界(?:首|第一)(?=[台款个辆部])", hints=("世界",))


def as_asked(text: str) -> str:
    """The question a line asks, read as ask and search both read it: Cantonese as
    Mandarin, then a quiz item as the question it sets."""
    return _each_listed(quiz_read(spoken_as_mandarin(text)))


# 列出A、B和C的人数: a figure of each thing listed, as 分别是多少 asks it.
_LIST_OF_FIGURES = LazyPattern(
    r"^\s*(?:请)?(?:分别)?(?:列出|列举|列一下|列个)(?P<things>[^，,。；;？?]*、[^，,。；;？?]*?)的?"
    r"(?P<measure>人数|数量|数目|个数|金额|数字|数据|户数|家数)\s*[。.！!？?]*\s*$",
    hints=("列",),
)


def _each_listed(text: str) -> str:
    """列出A、B和C的人数 -> A、B和C的人数分别是多少; any other line as it is."""
    match = _LIST_OF_FIGURES.search(text)
    if match is None:
        return text
    return f"{match['things']}的{match['measure']}分别是多少"


def spoken_as_mandarin(text: str) -> str:
    """A question written in Cantonese, as Mandarin, so that every reading of it (and
    every check of what it claims) reads one language: 唔系有17户咩 -> 不是有17户吗,
    过咗一千项未 -> 超过了一千项吗; the north's short tags whole (对不 -> 对不对). Any
    other text as it is."""
    text = _short_tags_whole(text)
    # GDP是150亿么, 吉利造了12万辆车不, 达到150亿未: the north's and the south's closing
    # particles asking yes or no, as 吗 asks (for every reading and check of the claim).
    text = _CLOSING_YES_NO.sub("吗", text)
    if "人民" in text:
        # 143亿人民币, 17亿元人民币, 人民币17亿: the currency the report's 元 is.
        text = _RENMINBI.sub(lambda m: "" if m["before"] else "元", text)
    if _NEGATIVE_FIGURE.search(text) is not None:
        # 增长-70.7%吗, GDP是负143亿吗, was growth -10%: a figure below nothing is a fall
        # claimed, as 下降70.7% and a fall of 70.7% say it (no figure is said to be one).
        text = _NEGATIVE_FIGURE.sub("下降" if has_cjk(text) else " a fall of ", text)
    # 世界首台, 世界第一台: the world's first, as the report says it (全球首台).
    text = _WORLDS_FIRST.sub("全球首", text)
    # …，这么写没问题吧: fine put so, asking to confirm the claim before it, as 对吧 does.
    # (Not 4月份的考核排名没问题吧, a claim that the ranking was fine.)
    text = _FINE_PUT_SO.sub("，对吧", text)
    # …，请核实; …，跟报告对得上吗: a claim checked against the report, as 对吗 asks.
    text = _CHECK_ASKED.sub("，对吗", text)
    # 副處定正處多: Hong Kong's A定B (A or B) before a comparative ending the question.
    text = _CHOICE_BY_DING.sub("还是", text)
    simplified = to_simplified(text)
    if _CANTONESE_WRITTEN.search(simplified) is None and _CANTONESE_IS_WRITTEN.search(text) is None:
        return text
    spoken = _CANTONESE_ENDING.sub("吗", simplified)
    spoken = _CANTONESE_BEFORE_FIGURE.sub(lambda m: _CANTONESE_AS[m.group()], spoken)
    spoken = _CANTONESE_ALL.sub(r"都\g<verb>", spoken)
    spoken = _CANTONESE_WHO.sub("谁", spoken)  # 边个签咗协议: who signed (not which)
    # (Written in Traditional characters, its phrases are Hong Kong's or Taiwan's, 资讯
    # for 信息, as _mandarin reads them of a Traditional text.)
    phrases = _taiwan() if simplified != text else ()
    for word, mandarin in (*vocab.CANTONESE.items(), *phrases):
        if word in spoken:
            spoken = spoken.replace(word, mandarin)
    return _CANTONESE_IS.sub("是", _CANTONESE_WHICH.sub("哪", spoken))


# 同 joining two things a difference or a choice is asked of (A同B差几多, A同B边个多), as
# 和 joins them (not 同比, 同期, 同时, 相同, 共同, 一同: words of its own).
_AND_BY_TONG = LazyPattern(
    r"(?<=[\u4e00-\u9fff])(?<![相共一如连])同(?![比期时意样步类等])"
    r"(?=[^，,。？?同]{1,12}?(?:差|边个|哪|谁|定|比较))",
    hints=("同",),
)
# (Not 定 of a word, 确定, 一定, 认定, 稳定: only between two things, a comparative last.)
_CHOICE_BY_DING = LazyPattern(
    r"(?<=[\u4e00-\u9fff])(?<![确確一决決规規认認制稳穩指约約特固肯鉴鑒设設评評核审審选選锁鎖判否安坚堅"
    r"限界预預议議商拟擬必注额額既待裁协協坐])定(?=[\u4e00-\u9fff]{1,12}?"
    r"(?:多|少|高|低|大|细|細|快|慢)(?:啲|D|d|些|一点|一點)?[？?吖呀啊呢]*$)",
    hints=("定",),
)
_CHECK_ASKED = LazyPattern(
    # (in Simplified or Traditional characters, after the claim and a comma or a space:
    # read before the folding; not 留抵退税怎么核查, how it is checked)
    r"(?<=\S)(?:[，,]|\s)\s*(?:(?:请|請|帮我|幫我|帮忙|幫忙)?(?:核实|核實|核对|核對|求证|求證"
    r"|查证|查證|核查)(?:一下|下)?"
    r"|(?:跟|和|与|與)(?:报告|報告)(?:里|裡|裏|上)?(?:的说法|的說法)?"
    r"(?:对得上|對得上|一致|相符|吻合)(?:吗|嗎|么|麼)"
    r"|(?:对得上|對得上)(?:吗|嗎|么|麼)"
    r"|(?:是否|是不是)?(?:准确|準確)(?:吗|嗎|么|麼)|(?:是否|是不是)(?:准确|準確)"
    r"|有误吗|有誤嗎)[？?。.!！\s]*$",
    hints=("核", "求证", "求證", "查证", "查證", "对得上", "對得上", "一致", "相符", "吻合",
           "准确", "準確", "有误", "有誤"),
)  # fmt: skip
_FINE_PUT_SO = LazyPattern(
    # (in Simplified or Traditional characters: read before the folding)
    r"[，,]?\s*[这這](?:么|麼|样|樣)[写寫说說](?:的话|的話)?[没沒](?:问题|問題|毛病)[吧吗嗎]",
    hints=("这么", "这样", "這麼", "這樣"),
)


# vs between Chinese words joins the two things compared.
_VERSUS_ZH = LazyPattern(
    r"(?<=[\u4e00-\u9fff])\s*v(?:s|ersus)\.?\s*(?=[\u4e00-\u9fff])", hints=("v",)
)


def _mandarin(text: str, taiwan: bool = False) -> str:
    """Cantonese question words as Mandarin (几多家 -> 多少家, 整咗 -> 整了), Taiwan
    phrases as the mainland's (资讯 -> 信息) where `taiwan`, and everyday phrases as the
    report's words (整个开发区 -> 全区)."""
    if not has_cjk(text):
        return text
    phrases = _taiwan() if taiwan else ()
    if "甚" in text:
        text = _SHANXI_WHAT.sub("什么", text)  # 获了个甚奖: what
    if "年时" in text:
        text = _SHANXI_LAST_YEAR.sub("去年", text)  # 年时GDP多少: last year's
    if "v" in text and _VERSUS_ZH.search(text) is not None:
        # 省级小巨人vs国家级小巨人: the two, compared (as 与…对比 asks).
        text = _VERSUS_ZH.sub("与", text) + "对比"
    # Jinzhong city is the report's 全市 (晋中 alone, filler, is the zone); not its mayor
    # (晋中市长) or its organs (晋中市委认定的: who certified): another word begins at 市.
    text = _JINZHONG_CITY.sub("全市", text)
    if text.startswith("和"):
        text = "跟" + text[1:]  # 和国运签约: with, as 跟 (nothing before it to join to)
    northern = vocab.NORTHERN.items()
    # (before the phrase tables, which read 咁 as 这么)
    text = _OPENING_SO.sub("", text)  # 咁GDP几多, 嗱，GDP系咪143亿: so, look: no word asked
    text = _TAIWAN_CLOSING.sub(lambda m: "吧" if m.group() == "齁" else "呢", text)
    if "好多" in text:
        text = _HOW_MANY_SOUTHWEST.sub("多少", text)  # 提了好多个: how many
    if "没得" in text:
        text = _OR_NOT_SOUTHWEST.sub("没有", text)  # 落实到位没得: or not
    for word, mandarin in (
        *vocab.REGIONAL.items(),
        *vocab.CANTONESE.items(),
        *northern,
        *phrases,
        *vocab.ZH_PHRASES.items(),
    ):
        if word in text:
            text = text.replace(word, mandarin)
    if "全区" in text:
        # 全区国家级小巨人有多少家, 全区四上企业一共几家: every count the report gives is
        # the zone's, the whole said or not; the things counted are what is named.
        text = _ZONE_WHOLE_COUNTED.sub("", text)
    if "段" in text or "部分" in text or "节" in text or "章" in text:
        # 报告哪部分讲了营商环境, 国企改革那段写了什么: where the report says it, which
        # every answer's quote shows; the request names nothing asked.
        text = _WHERE_IN_REPORT.sub(_SOFT, text)
    if "目的" in text:
        # Purpose: the report's 目标, read before 的 goes as filler; not the end of a word
        # before 的 (新引进项目的资金).
        text = _PURPOSE.sub("目标", text)
    if "部" in text:
        text = _VEHICLES_IN_BU.sub(r"\1台", text)
    if "没停" in text:
        # 没有照常生产 (没有没停产, after the phrase tables): halted
        text = _DENIED_NOT_HALTED_ZH.sub("停", text)
    # (The counters, joiners and times below read the Mandarin the tables gave: 幾多間 as
    # 多少间; each looks only at its own characters, so their order is free.)
    if "间" in text:
        text = _FIRMS_IN_JIAN.sub("家", text)
    if "都有谁" in text:
        text = _WHICH_ONES_BY_WHO.sub("都有哪些", text)
    if "同" in text:
        text = _AND_BY_TONG.sub("和", text)  # 正处同副处差几多: and, two things side by side
    if "年头" in text:
        text = _YEAR_S_START.sub("初", text)  # 2022年头: the start of the year, 年初
    if "儿" in text:
        text = _ERHUA.sub("", text)  # 哪个多点儿, 多少家儿: the north's 儿, no word of its own
    if "廿" in text or "卅" in text:
        text = text.replace("廿", "二十").replace("卅", "三十")  # 二百廿四: 224
    if "部" in text:
        text = _VEHICLES_COUNTED_IN_BU.sub("台", text)  # 五百部, 600部: vehicles, as 台
    if "民国" in text:
        text = _ROC_YEAR.sub(lambda m: f"{1911 + int(m['year'])}年", text)  # 民国111年: 2022
    if "比" in text and _RATE_WORD_ZH.search(text) is None:
        # 战新产业比GDP快吗: faster, slower, of things, is of their growth (增速), no size.
        text = _FASTER_OF_THINGS.sub(r"\g<a>增速比\g<b>", text)
    if "哪一" in text:
        text = _WHICH_ONE.sub("哪", text)  # 哪一笔多 is 哪笔多, as 哪一个 is 哪个
    if "比较" in text:
        text = _WHICH_RATHER.sub(r"\1", text)  # 哪笔比较大: which is larger (比较: rather)
    if "个数" in text:
        # 这三个数哪个最大: three figures (个 their classifier), no count (个数) asked.
        text = _FIGURES_COUNTED.sub(r"\g<n>个", text)
    if "开发区" in text:
        # 开发区哪一年成立: the zone's own founding, which the report never dates (the
        # zone is filler, and 成立 alone would ask for the bodies set up in 2022).
        text = _ZONE_FOUNDED.sub(lambda m: "建区" + (m["before"] or m["after"] or ""), text)
    if "了" in text or "过" in text:
        # 退了多少税, 垫了底: a verb and its object split by 了 and what is asked, the
        # report's one word (退税, 垫底) with the question after it.
        text = _SPLIT_WORD.sub(
            lambda m: f"{_SOFT}{m['verb']}{m['object']}{_SOFT}{m['asked'] or ''}{m['unit'] or ''}",
            text,
        )
    if "进行" in text:
        text = _LIGHT_VERB.sub(_SOFT, text)  # 进行了轮岗: rotated
    if "得" in text:
        text = _DEGREE.sub("", text)
    if "不" in text:
        text = _A_NOT_A.sub("是不是", text)
    if "没" in text:
        text = _ENDING_NOT.sub("吗", text)
    if "认定" in text or "评" in text:
        text = _LEVEL_BY.sub(r"\1级", text)
    return text


_PURPOSE = LazyPattern(r"(?<![项题节])目的", hints=("目的",))
_ZONE_WHOLE_COUNTED = LazyPattern(
    # (not 全区GDP增长多少个百分点: points, no things counted)
    r"全区的?(?=[^，,。；;？?\d]{2,12}?(?:有|共|一共|总共|总计|合计)?(?:多少|几)"
    r"(?:家|户|项|名|人|个(?!百分点|点)))",
    hints=("全区",),
)
# A part of the report and its saying (哪部分讲了, 那段写了什么, 哪一节提到): not 分段 (the
# report's phased permits), whose 段 no which or that comes before, nor a part without
# its saying.
_WHERE_IN_REPORT = LazyPattern(
    r"(?:报告|文中|文章|原文)?(?:里|中)?(?:的)?"
    r"(?:哪一?部分|哪个部分|那一?部分|哪一?段|那一?段|这一?段|哪一?节|那一?节|哪个章节|哪一?章)"
    # (its saying said: not 那节能项目, 这段时间, 哪部分企业, where no saying follows)
    r"(?:里|中|里面)?(?:讲|写|说|提|谈|涉及|介绍)(?:了|到|的是|的|过)*(?:什么|啥)?"
    # (最后一部分讲了什么, 第一节是什么: a part by its place in the report, no rank; not
    # 最后一部分企业, some of them)
    r"|(?:报告|文中|文章|原文)?的?(?:最后|最末|末尾|开头|第[一二三四五六七八九十\d]+)一?个?"
    r"(?:部分|段|节|章)(?=[讲写说提谈涉介是关主]|[？?。!！\s]*$)",
    hints=("部分", "段", "节", "章"),
)
# 没得 ending a question: or not (落实到位没得), not 没得到 (did not get).
_OR_NOT_SOUTHWEST = LazyPattern(r"没得(?=[？?。!！\s]*$)", hints=("没得",))
# 好多 ending a question, or but a counter (and 车, 人, 钱 or 点) before its end, asks how many,
# as the southwest says it (副处提了好多个, 造了好多台车, 多出好多户？); elsewhere it is a lot
# (好多企业停产了吗, 停产了好多企业: many), and 好多了 is much better.
_HOW_MANY_SOUTHWEST = LazyPattern(
    r"(?<![是不])好多(?!了)(?=[个户家台辆项人笔次位名种类倍亿万元钱块]?[车人钱点]?"
    r"[啊呀哦嘛呢哈吗？?。！!\s]*$)",
    hints=("好多",),
)
# 哪一 before a classifier: which one (哪一笔, 哪一项, 哪一家), as 哪 before it says.
_WHICH_ONE = LazyPattern(r"哪一(?=[笔项家个只类种款批位年])", hints=("哪一",))
# 比较 between which and a comparative (哪笔比较大, 谁比较多): rather, no comparing verb.
# (Not before the sides, 哪项比较大，A还是B: there 比较 is left as it reads.)
_WHICH_RATHER = LazyPattern(
    r"(哪[笔项家个只类种款批位]?|谁)比较(?=[多大高快少小低慢])(?!.*还是)", hints=("比较",)
)


# 没有照常生产, read as 没有没停产: not "not halted", halted.
_DENIED_NOT_HALTED_ZH = LazyPattern(r"(?:没有|没|未|不是)没停(?=[产工业])", hints=("没停",))
# 幾多部車: Hong Kong and Taiwan count cars and machines in 部, as the mainland in 台
# (not 部门, a department, or 部分, a part).
_VEHICLES_IN_BU = LazyPattern(r"(多少|几)部(?![门分署委长])", hints=("部",))
# A比B快/慢 with no rate said: the pace of their growth compared (not 比GDP快60.7个百分点,
# a gap said; nor 快要, 快到: nearly).
_FASTER_OF_THINGS = LazyPattern(
    r"(?P<a>[^，,；;。？?比]{2,16}?)(?<![占相对])比(?P<b>[^，,；;。？?比]{1,12}?(?:快|慢)(?![\d一二三四五六七八九十几多要到了]))",
    hints=("快", "慢"),
)
# A rate said in characters (and, asked of things, a rise: 涨).
_RATE_WORDS_ZH = r"增速|增长|增幅|百分点|速度"
_RATE_WORD_ZH = LazyPattern(_RATE_WORDS_ZH + "|涨", hints=("增", "速", "百分点", "涨"))
# The north's 儿 after a measure word or 点, closing a question (哪个多点儿, 多少家儿), not
# 哪儿 (where) or 会儿 (a while).
_ERHUA = LazyPattern(r"(?<=[点家个人亿台辆户项些])儿(?=[？?。!！\s吗呢吧啊]|$)", hints=("儿",))
# 五百部, 600部: vehicles counted in 部 after a number of tens or more, as Hong Kong says it
# (not 一部一中心三公司, one department).
_VEHICLES_COUNTED_IN_BU = LazyPattern(
    r"(?:(?<=\d\d)|(?<=[十百千万]))部(?![门分署委长])", hints=("部",)
)
# 民国111年: Taiwan's year of the Republic, the 111th after 1911 (2022).
_ROC_YEAR = LazyPattern(r"民国(?P<year>\d{2,3})年", hints=("民国",))
# 2022年头, 今年头: the start of a year, as Hong Kong and the north say it (not 这年头, these
# days, nor 三个年头, three years, nor 今年头一次, the first time this year).
_YEAR_S_START = LazyPattern(r"(?<=[\d今去明]年)头(?![一二两三几回次个遍])", hints=("年头",))
# 七大联盟都有谁, 小巨人都有谁: which ones there are, ending the question, as the north asks
# it of things (not of people: 主任助理都有谁, 干部都有谁, 被提拔的都有谁, who they are).
_WHICH_ONES_BY_WHO = LazyPattern(
    r"(?<![理部员导任记长者的])(?<![^巨]人)都有谁(?=[？?。!！\s]*$)", hints=("都有谁",)
)
# 过百间, 十七间, 一百间企业: Hong Kong's and Taiwan's count of firms after a number, the
# mainland's 家 (not 车间, 期间, 之间: no number before).
_FIRMS_IN_JIAN = LazyPattern(
    r"(?<=[\d〇零一二两三四五六七八九十百千万几多])间(?![隔距断歇接])", hints=("间",)
)


# 省里认定的, 国家评的: recognised by the province, the nation: of that level.
_LEVEL_BY = LazyPattern(
    r"(省|市|国家)(?:里|上|层面)?(?=[^级])(?:认定|评定|评选|评为|评上|评(?=[的了]))",
    hints=("认定", "评"),
)


# 开发区哪一年成立: the zone as the subject of its own founding (not 在开发区成立, set up
# in the zone), with nothing set up named after it.
_ZONE_FOUNDED = LazyPattern(
    r"(?<![在于到入进])(?:晋中)?开发区(?:是|于|在)?(?P<before>哪一年|哪年|什么时候|何时|几几年)?"
    r"(?:成立|设立|建立|挂牌|组建)(?:的|于|在)?(?P<after>哪一年|哪年|什么时候|何时|几几年)?"
    r"(?=的?[?？。!！吗呢啊]|的?$)",  # nothing set up after it (开发区成立了哪些机构)
    hints=("开发区",),
)
# Verb-object words of the report that a question splits (离合词): 退了17亿的税, 垫了底.
_SPLIT_WORD = LazyPattern(
    r"(?P<verb>[退垫获减返])(?:了|过)(?P<asked>多少|几|啥|什么)?(?P<unit>亿元?|万元?|个|笔)?的?"
    r"(?P<object>[税底奖])",
    hints=("了", "过"),
)
# 算不算, 能不能 (a verb asked as a choice): a yes-or-no question, said as 是不是 (not
# 高不高, 多不多, whose adjective is what a comparison asks).
_A_NOT_A = LazyPattern(r"(?![多少大小高低快慢好是有])([\u4e00-\u9fff])不\1", hints=("不",))
# 提上来没: a yes-or-no question, said as 吗.
_ENDING_NOT = LazyPattern(r"(?<=[\u4e00-\u9fff])(?<![有了])没[？?。！!\s]*$", hints=("没",))


# 涨得最猛, 增长得快: 得 only joins a verb to how much it did (not 高得多, much higher).
_DEGREE = LazyPattern(
    r"(?<=[\u4e00-\u9fff])(?<![高低大小多少快慢好获取觉懂记使值])得"
    r"(?=(?:最|更|很|比较|这么|那么|非常|特别|太)?(?:快|慢|多|少|好|猛|高|低|大|小|强|弱))",
    hints=("得",),
)


@functools.cache
def _taiwan() -> tuple[tuple[str, str], ...]:
    """Longest first: 网际网路 is 互联网 before 网路 is 网络."""
    return tuple(sorted(TAIWAN_PHRASES.items(), key=lambda pair: -len(pair[0])))


_MONTHS_SPANNED = {"九十": "9-10月", "十十一": "10-11月", "十一二": "11-12月"}


def _digits_for_dates(text: str) -> str:
    """四月份 -> 4月, 一号 -> 1号: months and numbered names as the report writes them."""

    def digits(match: re.Match[str]) -> str:
        said, unit = match.group(1), match.group(2)
        if unit.startswith("月") and said in _MONTHS_SPANNED:
            return _MONTHS_SPANNED[said]  # 十一二月, 九十月: two months, no one number
        number = parse_chinese_numeral(said)
        if (
            number is None
            and unit.startswith("月")
            and len(said) == 2
            and _a_range(said, rising=True)
        ):
            # 三四月: March and April, a span of months
            return f"{_ZH_DIGIT_VALUE[said[0]]}-{_ZH_DIGIT_VALUE[said[1]]}月"
        if number is None:
            return match.group()
        return f"{number}{'月' if unit.startswith('月') else unit}"

    return _CN_DATE.sub(digits, text)


_THOUSANDS = LazyPattern(r"\b\d{1,3}(?:,\d{3})+(?!\d|,\d)", hints=(",",))  # 1,700m too
_THOUSANDS_ZH = LazyPattern(r"(?<=\d),(?=\d{3}(?!\d))", hints=(",",))  # 1,235项


# 7项省考核指标里哪项超额最多, 七个党建联盟里哪个成立最早, which of the seven alliances was
# set up first: one of a set named by its size is chosen, by a superlative.
_SET_CHOSEN_FROM = LazyPattern(
    r"(?P<zh_n>\d+|[两二三四五六七八九十]+)(?:个|项|家|户|条|只|座|位|名|大)?"
    # (7项指标中超额最多的是哪一项: the superlative may come before the which)
    # (七大联盟哪个成立最早: 大 of the set's name, the which right after it)
    r"(?P<zh>[\u4e00-\u9fff]{2,8}?)(?:里面|里|当中|之中|中)?的?"
    r"(?:[^，,？?]{0,8}?最[^，,？?]{0,6}?的?是(?:哪|谁)|(?:哪|谁)(?=.*(?:最|第一|率先|首先|先)))"
    r"|\b(?:which (?:one )?of|of) (?:the |these |those |its |their )?(?P<en_n>\d+|"
    rf"{'|'.join(w for w in vocab.EN_NUMBER_WORDS if w != 'a')})"
    r" (?P<en>[a-z-]+(?: [a-z-]+){0,2}?)"
    r"(?=,? (?:which (?:one )?)?(?:was|were|is|are|did|had|has|got|grew|made|came|ranked)\b)"
    r"(?=.*\b(?:first|earliest|most|largest|biggest|best|top|last|latest|fastest)\b)",
    hints=("哪", "谁", "which"),
)


def set_chosen_from(query: str) -> tuple[int, str] | None:
    """The size and the noun of a set one of which a superlative chooses, or None."""
    match = _SET_CHOSEN_FROM.search(fold_query(query))
    if match is None:
        return None
    said = match["zh_n"] or match["en_n"]
    size = (
        int(said)
        if said.isdigit()
        else vocab.EN_NUMBER_WORDS.get(said) or parse_chinese_numeral(said)
    )
    return None if size is None else (size, match["zh"] or match["en"])


_EN_NUMBER = LazyPattern(
    rf"\b(?:(?P<count>{'|'.join(vocab.EN_NUMBER_WORDS)}) )?(?P<hundred>hundred )?"
    r"(?P<scale>thousand|million|billion)\b|\b(?P<lone>a|one) hundred\b",
    hints=("hundred", "thousand", "million", "billion"),
)


# Who is asking and that they ask (我是记者，想问一下…; I'm a reporter - could you
# confirm …): the question is what follows.
_WHO_ASKS = LazyPattern(
    # (经查, 据悉, 现将: an official letter's opening, who found or reports it)
    r"^(?:经查|经核查|经核实|据查|据悉|据了解|现将)[，,：: ]*"
    r"|^(?:(?:您好|你好|喂)[，,、!！ ]*)?(?:我是|我们是|我这边是|我们?在(?:写|做|准备|整理|编))"
    r"[^，,；;。!！?？]{0,20}[，,；;。!！ ]+"
    r"|^(?:您好|你好|喂)[，,、!！ ]+"
    r"|^(?:hello|hi)[, !]+"
    # (Dear Sir or Madam, / Good morning, / To whom it may concern: a letter's greeting)
    r"|^(?:dear\s+[a-z .'/-]{1,40}?|good\s+(?:morning|afternoon|evening|day)|greetings"
    r"|to whom it may concern)\s*[,:!]\s*"
    r"|^(?:i'm|i am|we're|we are) (?:a |an |the )?[a-z ]{2,30}?(?: - | -- |, |: )",
    hints=("我", "您", "你", "喂", "hello", "hi", "i'm", "i am", "we", "dear", "good", "greetings",
           "whom", "经", "据", "现将"),
)  # fmt: skip
# The verbs a formal letter asks with (kindly advise, please provide, could you confirm,
# let us know), each with whom it tells and what it joins: the question is what follows.
# (share, state, report and detail are the report's words too: asked with only where a
# courtesy opens them, please share, could you state)
_EN_TELLING = (
    r"(?:advise|confirm|verify|tell|inform|let|provide|furnish|supply|indicate|specify|clarify"
    r"|check|give|send|outline|explain|share|state|report|detail)"
    # (please confirm: GDP was …, a colon before what is asked)
    r"(?:\s+(?:me|us))?(?:\s+know)?(?:\s+(?:of|on|about|regarding|as to|whether|if|that))?"
    r"(?:\s*[:,])?\s+"
)
# (the verbs that ask with no courtesy before them: advise the GDP, tell me how many)
_EN_TELLING_ALONE = (
    "advise|furnish|inform|tell|let|confirm|verify|check|provide|specify|indicate|clarify"
)
# Asking to confirm, not to be told: the statement after it is a claim to check.
_ASKS_TO_CONFIRM = LazyPattern(
    r"\b(?:confirm|verify|check|wrong)\b|\b(?:whether|if|that)\s*$"
    # (did the report state GDP was …: what the report says, asked)
    r"|\b(?:state|claim)\s*$"
)
# A statement's verb (GDP was, Geely built, refunds topped): what a request to confirm
# holds is a claim only with one (could you confirm the GDP asks the figure).
_STATED = LazyPattern(
    r"\b(?:was|were|is|are|has|have|had|did|does|exceed(?:ed|s)?|reach(?:ed|es)?|built|made"
    r"|produced|topped|grew|rose|fell|ranked|received|delivered|halted|stopped)\b"
)
_EN_QUESTION_WORD = LazyPattern(
    r"\s*(?:who|whom|whose|what|which|how|when|where|why|is|was|were|are|did|does|do|has"
    r"|have|had|can)\b"
)
_EN_COURTESY = (
    r"(?:(?:please|kindly|pls|plz)[, ]+)*"
    r"(?:(?:could|can|would|will|might)\s+you\s+(?:please\s+|kindly\s+|possibly\s+)*)?"
)
_ASKING = LazyPattern(
    # (俺, 咱: I and we, as the north says them)
    # (领导让我整理材料，问…: a task given, then what is asked)
    r"^(?:领导|老板|单位)?让我[^，,。？?]{0,10}[，,]\s*(?:问一下|问问|问下|问|查一下|查)?"
    r"|^(?:(?:领导)?让我|我|俺|咱|劳驾[，,\s]*)?(?:想|想要)?"
    r"(?:问一下|问问|问下|核实一下|核实|确认一下|确认|了解一下|了解"
    r"|打听一下|请教一下)[，,：: ]*"
    r"|^(?:麻烦|烦请|敬请|恳请|请|劳驾|pls|plz|please)?\s*(?:你|您)?(?:能不能|能否|可不可以|可否|可以|能)?"
    r"(?:帮我|帮忙)?"
    # (告知, 提供: as a formal letter asks to be told, 烦请告知; an English verb in a
    # Chinese request, as office staff write it: 帮忙check一下, 麻烦confirm下)
    r"(?:告诉我|告诉一下|告知|提供|说一下|讲一下|讲讲|说说|查一下|查查|查下"
    r"|(?:check|confirm|verify)(?:\s*一?下|(?=\s*[\u4e00-\u9fff])))[，,：: ]*"
    r"|^i(?:'d| would) like to know(?: whether| if)?\s*"
    r"|^i (?:want|wish|need) to know(?: whether| if)?\s*"
    r"|^i wonder(?: whether| if)?\s*"
    # (am I right that, do you know whether, correct me if I'm wrong but; did the report
    # state that: what follows is asked, a claim to check where it states one)
    r"|^am\s+i\s+(?:right|correct)\s+(?:that|in\s+(?:saying|thinking)(?:\s+that)?)\s+"
    r"|^(?:do|did|would)\s+you\s+(?:happen\s+to\s+)?know(?:\s+(?:whether|if))?\s+"
    r"|^correct\s+me\s+if\s+i(?:'m|\s+am)\s+wrong\s*[,:]?\s*(?:but\s+)?"
    # (not does the report mention X, asked of the report itself: answered so)
    r"|^(?:does|did|do)\s+(?:the|this|your)\s+(?:report|review|document|text)\s+"
    r"(?:(?:state|claim)(?:\s+that)?|(?:say|mention|show|note)\s+that)\s+"
    # (kindly advise, please provide, could you kindly confirm whether, advise the …)
    rf"|^(?:(?:please|kindly|pls|plz)[, ]+|(?:could|can|would|will|might)\s+you\s+)"
    rf"{_EN_COURTESY}{_EN_TELLING}"
    rf"|^(?=(?:{_EN_TELLING_ALONE})\b){_EN_TELLING}"
    # (I should be most grateful if you could tell me, would you be so kind as to state,
    # we would appreciate it if you could confirm, we would appreciate the figure for)
    r"|^(?:i|we)\s*(?:should|would|'d)\s+be\s+(?:most\s+|very\s+|extremely\s+)?"
    r"(?:grateful|obliged|thankful)\s+(?:if|were)\s+you\s+(?:could|would|can|to)\s+"
    rf"{_EN_COURTESY}{_EN_TELLING}"
    r"|^would\s+you\s+be\s+so\s+kind\s+as\s+to\s+"
    + _EN_TELLING
    + r"|^(?:i|we)\s*(?:would|should|'d)\s+(?:greatly\s+|much\s+|really\s+)?appreciate\s+"
    rf"(?:it\s+if\s+you\s+(?:could|would|can)\s+{_EN_COURTESY}{_EN_TELLING}"
    r"|(?:your\s+)?(?:confirming|knowing|learning|confirmation\s+(?:of|on|that)"
    r"|clarification\s+(?:of|on)|details\s+(?:of|on)|information\s+(?:on|about))\s+)?"
    # (may I ask, may I know whether; I am writing to enquire about)
    r"|^may\s+i\s+(?:please\s+)?(?:ask|know|enquire|inquire|request|confirm)"
    r"(?:\s+(?:about|regarding|whether|if|as to))?\s+"
    r"|^(?:i|we)\s*(?:am|are|'m|'re)\s+(?:writing|enquiring|inquiring|seeking|requesting)"
    r"(?:\s+to\s+(?:ask|enquire|inquire|request|confirm|seek))?"
    r"(?:\s+(?:about|regarding|whether|if|as to|on|information\s+(?:on|about|regarding)))?"
    r"\s*[,:]?\s*",
    hints=(
        "问",
        "核实",
        "确认",
        "了解",
        "打听",
        "请教",
        "告诉",
        "告知",
        "提供",
        "说",
        "讲",
        "查",
        "could",
        "can",
        "would",
        "know",
        "wonder",
        *("advise", "confirm", "verify", "tell", "inform", "let", "provide", "furnish", "supply"),
        *("indicate", "specify", "clarify", "check", "give", "send", "outline", "explain"),
        *("share", "state", "report", "detail", "appreciate", "grateful", "obliged"),
        *("thankful", "kind", "may i", "writing", "enquir", "inquir", "seeking", "request"),
        *("am i", "correct me", "review", "document", "text"),
    ),
)


_CONTRIBUTES_AN_AMOUNT = LazyPattern(
    r"贡献(?:了|出)?(?:全区|全市|全部)?的?"
    r"(?:多少|多大|几成|[一二三四五六七八九两]成多?|大部分|一半|三分之一|\d+%)?的?"
    r"(?:产值|税收|营收|收入|增加值)",
    hints=("贡献",),
)
# Output of a thing counted in units (vehicle output): a number made.
_OUTPUT_COUNTED = LazyPattern(
    r"\b(?:"
    + "|".join(sorted({u.rstrip("s") for u, d in _EN_UNITS.items() if d == "vehicles"}))
    + r"|lorr(?:y|ie)|sedan|unit)s?\s+output\b",
    hints=("output",),
)
# What counts vehicles, named anywhere in a question: its production is so many of them.
_VEHICLES_NAMED = LazyPattern(
    r"[车辆台]|\b(?:"
    + "|".join(sorted({u.rstrip("s") for u, d in _EN_UNITS.items() if d == "vehicles"}))
    + r"|lorr(?:y|ie)|sedan|unit|vehicle)s?\b",
)
# 折合成元, 合多少万元: the report's yuan, scaled, nothing asked of it.
_YUAN_CONVERTED = LazyPattern(
    r"(?:折合成?|换算成?|折算成?|合成|合(?=多少|几|人民币))(?:人民币)?(?:多少|几)?(?:个)?"
    r"(?:人民币|元|万元|亿元|块钱|块)",
    hints=("折", "换算", "合"),
)
# 合多少美元, in US dollars, in yen: a currency the report states no amount in.
_FOREIGN_CURRENCY = LazyPattern(
    r"(?:(?:折合成?|换算成?|折算成?|合成?)(?:多少|几)?)?(?:多少|几)?"
    r"(?P<currency>美元|美金|欧元|港币|港元|日元|英镑|新台币|台币|卢布|加元|澳元|新加坡元|新西兰元)"
    r"|\b(?:in|into|to|as)\s+(?P<currency_en>(?:us\s*|hong kong\s+|hk\s*|japanese\s+)?"
    r"(?:dollars?|yen)|usd|us\$|euros?|eur|hkd|jpy|gbp|pounds? sterling)(?:\s+terms)?\b"
    r"|\b(?P<currency_bare>(?:us\s+|hong kong\s+|hk\s+)?dollars?|usd|yen|jpy|euros?|hkd|gbp)\b"
    # ($14.3 billion, US$1.7bn, HK$, €5m, £2bn: the sign before the amount)
    r"|(?P<currency_sign>(?:\b[a-z]{1,2})?\$+|€|£)(?=\s*\d)",
    hints=(
        *("美", "欧元", "港", "日元", "英镑", "台币", "卢布", "加元", "澳元", "坡元", "兰元"),
        *("dollar", "usd", "us$", "yen", "jpy", "euro", "eur", "hkd", "gbp", "sterling"),
        *("$", "€", "£"),
    ),
)


# $ and US$ are US dollars; HK$, NT$, C$, A$, S$, NZ$ the other dollars; any other
# letters before $ some dollar, said as such (no yuan figure is in any of them).
_CURRENCY_SIGNS = {
    "": "USD", "us": "USD", "hk": "HKD", "nt": "TWD", "c": "CAD", "ca": "CAD", "a": "AUD",
    "au": "AUD", "s": "SGD", "sg": "SGD", "nz": "NZD", "€": "EUR", "£": "GBP",
}  # fmt: skip


def _currency_code(said: re.Match[str]) -> str:
    """美元, usd, dollars: USD; 欧元, euros: EUR; and so on (vocab.CURRENCIES)."""
    sign = said["currency_sign"]
    if sign:
        return _CURRENCY_SIGNS.get(sign.rstrip("$"), "DOLLARS")
    word = (said["currency"] or said["currency_en"] or said["currency_bare"]).replace(" ", "")
    for code, (zh, _en, *spellings) in vocab.CURRENCIES.items():
        if word in (zh, *spellings):
            return code
    return "USD"  # (us dollar, the dollar: the dollar said is the US one)


# How the answer should be written (in billions of RMB, in percent terms): not asked about.
_IN_UNITS = LazyPattern(
    r"(?:\bin (?:(?:billions?|millions?|thousands?|hundreds? of millions?|tens of thousands) "
    r"of |(?:bn|bln|mn|mln|billions?|millions?|100 ?m|100 million) )?"
    r"(?:rmb|yuan|cny|renminbi|percent|percentage points?)(?: terms)?\b"
    r"|\bin (?:billions|millions|percentage terms|money terms|cash terms)\b)"
    # at the end of the question: the share in percent of firms … asks a share of them
    r"(?=\s*(?:[?？,，.!]|$))",
    hints=("in ",),
)


def _part_in_per_cent(text: str) -> str:
    """A part of a whole asked in per cent (how much of the zone's output, in percent,
    came from the 38 firms) as its share is asked (what percent of …), not its amount."""
    if "how much of " not in text:
        return text
    unit = _IN_UNITS.search(text)
    if unit is None or "percent" not in unit.group() or "point" in unit.group():
        return text
    return text.replace("how much of ", "what percent of ", 1)


_WORST_TIME = LazyPattern(
    r"(?:表现|成绩|情况|经济)?(?:最差|最糟|最糟糕|最惨)(?=的?(?:时候|时期|阶段|月份|那个月|一个月|那阵))"
    r"|(?<=\bworst) (?=(?:month|time|period|moment)\b)|\bthe worst (?=month\b)",
    hints=("最差", "最糟", "最惨", "worst"),
)
# Was the worst, 经济最差: the worst time only where a month or a time is asked (哪项指标
# 表现最差 asks which indicator).
_WORST_SAID = LazyPattern(
    r"(?:表现|成绩|经济)(?:最差|最糟|最糟糕|最惨)|\b(?:was|were) the worst\b(?=\s*(?:for\b|\?|$))",
    hints=("最差", "最糟", "最惨", "worst"),
)
_WORST_RANKED = LazyPattern(
    r"\b(?:rank|ranked|place|placed|finish|finished|come|came)\s+(?:the\s+)?(?:worst|lowest)\b"
    r"|\b(?:do|did|does|fare|fared|perform|performed)\s+(?:the\s+)?worst\b"
    r"(?=[^?.]{0,40}\brank)",
    hints=("worst", "lowest"),
)
_ZONES_RANKED = LazyPattern(
    r"\b(?:zone|zones|province|provincial|shanxi)\b",
    hints=("zone", "provinc", "shanxi"),
)
_WORST_EITHER = LazyPattern(
    f"{_WORST_TIME.pattern}|{_WORST_SAID.pattern}", hints=("最差", "最糟", "最惨", "worst")
)
_PANDEMIC_PEAK = LazyPattern(
    r"(?:疫情(?:封控|管控|防控|封城)?|封控|管控|封城)(?:闹得|来得)?(?:最为|最)"
    r"(?:严重|重(?![要点大])|凶|紧|严|厉害|猛|吃紧|严峻|凶猛|难)的?"
    r"(?:那阵子|那阵儿|那阵|那会儿|那时候|那时|那个月|那段时间|的时候|时候|期间|时期|时)?"
    r"|\b(?:at|during) the (?:height|peak|worst) of the (?:pandemic|outbreak|covid(?:-19)?)"
    r"(?: outbreak)?\b|\bwhen (?:the )?(?:pandemic|outbreak|covid(?:-19)?) was (?:at its )?"
    r"(?:worst|most severe|peak)\b",
    hints=("疫情", "封控", "管控", "封城", "height", "peak", "worst"),
)
_KINDS_RANKED = LazyPattern(
    r"各?(?:类别|层级|类型|种类|门类|级别|等级)|(?:[一各]|[这那][两三四五几]|哪[一几]?)类|哪一?[级层]"
    r"|哪一?(?:块|个领域|个板块|个方面)"
    r"|\b(?:categor(?:y|ies)|kinds?|types?|class(?:es)?|tiers?|grades?)\b(?: of\b)?",
    hints=(
        "类",
        "级",
        "层",
        "块",
        "领域",
        "板块",
        "方面",
        "categor",
        "kind",
        "type",
        "class",
        "tier",
        "grade",
    ),
)


def ranks_kinds(text: str) -> bool:
    """Does the question rank kinds of things (哪一类, which tier, categories)?"""
    return _KINDS_RANKED.search(fold_query(text)) is not None


_FIRMS_COUNTED = ("家数", "户数", "企业数", "企业总数", "企业数量")  # a count of enterprises
_EN_FIRMS_COUNTED = LazyPattern(
    r"\b(?:most|fewest|least|number of)\s+(?P<firms>firms|companies|enterprises|businesses)\b",
    hints=("most", "fewest", "least", "number of"),
)
# More (or fewer) things, then than: a comparison of how many (more trucks than cars).
_MORE_THINGS_THAN = LazyPattern(
    r"\b(?:more|fewer)\s+(?:[a-z-]+\s+){0,3}?(?:giants|firms|companies|enterprises|businesses"
    r"|projects|cadres|officials|trucks|vehicles|cars|centres|centers|alliances|items|powers"
    r"|indicators|people)\b(?=[^?]*\bthan\b)",
    hints=("more", "fewer"),
)
_GENERIC_RANKED = (
    "指标", "数据", "数字", "indicators", "indicator", "metrics", "metric", "figures", "figure",
)  # fmt: skip
# Implied by the 33.1% share, from the emerging-industry gap, 根据占比推算: what a figure is
# reckoned from, a figure itself (a share, a gap, a rate, a number), no thing asked about;
# up to a comma or an and (derived from Geely, 由吉利推出: made by, launched by).
_RECKONING_WORDS = (
    "implied", "derived", "computed", "calculated", "inferred", "deduced", "worked out",
    "backed out",
)  # fmt: skip
_RECKONING = rf"(?:{'|'.join(_RECKONING_WORDS)})"
_FIGURE_RECKONED_FROM = (
    r"(?:the\s+|a\s+|its\s+)?(?:[\w%.'’-]+\s+){0,4}?"
    r"(?:gap|share|rate|ratio|percentage|percent|proportion|difference|figures?|numbers?|"
    r"\d+(?:\.\d+)?\s*%?)(?=\s*(?:[?,;!]|\.(?!\d)|\band\b|\bor\b|$))"
)
_RECKONED_FROM = LazyPattern(
    rf"\b(?:as\s+)?{_RECKONING}\s+(?:by|from|using|with|based on|given)\s+{_FIGURE_RECKONED_FROM}"
    # (a figure reckoned from, a share or a rate or an amount: 按人均计算, per head, and
    # 按2021年数据推算, another year's, change what is asked and stay)
    r"|(?:根据|按照|依据|按|由|从)(?=[^，,。；;？?]{0,20}?(?:\d+(?:\.\d+)?\s*(?:%|亿|万|户|个百分点)"
    r"|占比|比重|份额|增速|差距|比例))[^，,。；;？?]{1,24}?(?:推算|倒推|算出|计算|测算)"
    r"(?:出来|得出|出)?的?",
    hints=(*_RECKONING_WORDS, "推算", "倒推", "算出", "计算", "测算"),
)  # fmt: skip
_RECKONED = LazyPattern(rf"\b{_RECKONING}\b", hints=_RECKONING_WORDS)
# (implied GDP growth from the gap: the figure reckoned from, after what it is asked of)
_RECKONED_FROM_TAIL = LazyPattern(
    rf"\b(?:from|using|based on|given)\s+{_FIGURE_RECKONED_FROM}",
    hints=("from", "using", "based on", "given"),
)
# Who did it (谁造的, who built): the maker is asked; not 谁能告诉我 (who can tell me), nor
# 排名第一的是谁 (who it is: the zone itself may be the answer).
# What something is: 是什么样的企业, 什么来头, 是个什么东西, what kind of company is.
# (什么样的措施 asks what was done, not what something is: 样 needs the kind of thing.)
_MEANS_ASKED = LazyPattern(
    # (靠的什么办法: by what means)
    r"(?:采取|出台|用|使用|采用|通过|想|靠)(?:了|的是?)?(?:些|点)?(?:什么|哪些|啥|甚么?)(?:样的|样)?"
    r"(?:措施|办法|法子|招|举措|手段|方法|路子)",
    hints=("措施", "办法", "法子", "招", "举措", "手段", "方法", "路子"),
)
_GROWTH_OVER_GROWTH = LazyPattern(
    r"\bgrowth\b.*\b(?:exceed(?:ed|s)?|above|over|higher than|ahead of|outstrip(?:ped|s)?"
    r"|beat|topped)\b.*\bgrowth\b|增速.*(?:超过|高于|快于|超出|领先).*增速",
    hints=("growth", "增速"),
)
_ASKS_HOW = LazyPattern(
    r"怎么|怎样|如何|咋|(?:采取|出台|用)了?(?:什么|哪些|啥|甚)(?:措施|办法|举措|政策)|做了(?:什么|哪些|啥)"
    r"|\bhow (?:did|does|do|has|have|was|were|is|are|will|can|could)\b"
    r"|\bwhat (?:did|does|has) (?:the zone|it|they)\b[^?]*\bdo\b"
    r"|\bwhat (?:steps|measures|actions)\b",
    hints=("怎", "如何", "咋", "措施", "办法", "举措", "政策", "做了", "how", "what"),
)
_WHAT_IT_IS = LazyPattern(
    r"(?:是|属于)?(?:个|一家|一个|一种)?(?:什么|何种|哪种)(?:样|类型|性质)的?"
    r"(?:企业|公司|单位|集团|机构|东西)"
    r"|(?:是|属于)?(?:个|一家|一个|一种)?(?:什么|何种|哪种)(?:级别|规模|档次|层次|层级)+的?"
    r"(?:企业|公司|单位|集团|机构|东西)?"
    # (成立了什么公司 asks what was set up, not what a thing is.)
    r"|是(?:个|一家|一个|一种)?什么(?:企业|公司|单位|机构|组织|来头|背景|东西)"
    r"|(?:用|以|按)什么(?:计量)?单位"  # GDP用什么单位: the figure, in its unit
    # What standing it has (新动能处于何种地位): what the report says of it, no figure;
    # and how the report words or judges it (报告如何评价专精特新企业, 如何描述经济总量):
    # its sentence about the thing, not the thing's count.
    r"|(?:处于|居于|占据|具有|是)?(?:何种|什么|怎样的?)地位"
    r"|(?:是)?(?:如何|怎么|怎样|作何)(?:表述|描述|论述|概括|评价|判断|评述)(?:的)?|评价如何"
    r"|\bwhat (?:kind|sort|type) of (?:company|firm|enterprise|group|business|thing)\b",
    hints=("什么", "何种", "哪种", "怎样", "如何", "怎么", "作何", "评价", "kind", "sort", "type"),
)
_IT = LazyPattern(r"(?<!其)它们?", hints=("它",))  # not 其它 (other)
_MODELS_COUNTED = LazyPattern(r"[这那该每一两几]款(?!项)", hints=("款",))
_ONE_MODEL = LazyPattern(r"[这那该一]款[^,;:，；：。？?]{0,6}?(?:车|车型)", hints=("款",))
# Who the asker heard it from (听领导说, 昨天开会听同事讲, 据朋友说): up to the verb of
# saying, within one clause.
_HEARD_FROM = LazyPattern(
    r"(?:^|(?<=[,;:，；：。]))(?:我们?|昨天|今天|前几天|前两天|之前|上次|刚才|开会时?|会上|在"
    r"|经常|常常|总是|老是)*"
    r"(?:听|据)(?![说讲])[^,;:，；：。？?说讲]{1,8}(?:说|讲|介绍)(?:过)?",
    hints=("听", "据"),
)
# 这个指标, 那个数: a generic noun pointing back at what was just named.
_THIS_ONE = LazyPattern(
    r"[这那](?:一)?[个项](?:指标|数字|数据|数(?![量目额])|东西|事情|事儿|事)", hints=("这", "那")
)
# A clause of examples after what it illustrates (，比如A、B这些，; ，例如A和B，).
_EXAMPLES = LazyPattern(
    r"(?<=[,;:，；：])\s*(?:比如说|比如|例如|譬如|诸如|像是)[^,;:，；：。？?！!]*(?=[,;:，；：。？?！!]|$)",
    hints=("比如", "例如", "譬如", "诸如", "像是"),
)
# 像A、B这样的, A and B among them, such as A and B: examples inside the clause asking.
_NAMED_AS_EXAMPLES = LazyPattern(
    r"(?:像|比如|例如|诸如)[^,;，；。？?]{1,30}?[、和与][^,;，；。？?]{1,20}?(?:这样|这类|这些|之类|等)的?"
    r"|,\s*[^,?]{2,60}?\bamong them\s*,|\bsuch as [^,?]{2,60}?(?=,|\?|$)"
    # (…, like Best and Longfu Electric?: after a comma, several named as examples; like
    # the relief funds, like national little giants, like Huawei Pharma say which, no
    # example: a description after the, a kind, or one name)
    r"|,\s*(?:just\s+)?(?:like|e\.g\.|eg)\s+(?!(?:the|a|an|that|this|those|these)\b)"
    r"(?=[^,?]*\band\b)[^,?]{2,60}?(?=,|\?|$)",
    hints=("像", "比如", "例如", "诸如", "among them", "such as", "like", "e.g", "eg"),
)
# 吉利、华卫、白象三家企业的: how many were just listed (tried where 、 stands before).
_LIST_COUNTED = LazyPattern(
    r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]+(?:家|个|项|笔|类|只|种)(?:企业|公司|单位)?"
    r"(?=的|里|中|之中|当中|[,，])",
    hints=tuple("家个项笔类只种"),
)
# 这三类, 那两笔, and 两笔 or 三类 alone (两笔扶持资金哪笔多): the few things named next,
# no word to match (几笔 asks how many).
_THESE_FEW = LazyPattern(
    # 这仨, 那俩: these three, those two (spoken), as 这三个.
    r"[这那](?:[两三四五六七八九十几]+(?:[类项家笔种批只]|支(?![持付出撑]))|仨|俩)"
    r"|[两二三四五六七八九十]+[笔类种批]"
    # 把几个产值由大到小排: take the several, no how many asked
    r"|(?<=把)几[个笔项类]"
    # 三项资金: so many sums of money (三项指标 is a count of indicators, held or asked)
    r"|[两二三四五六七八九十]+项(?=资金|钱|款|补贴|补助|扶持)"
    # (几笔资金里哪笔最少: the several among which one is chosen, no number asked)
    r"|几[笔类种批项](?=[\u4e00-\u9fff]{1,8}?(?:里|中|当中|之中|里面|入面)(?:哪|谁|边))",
    hints=("这", "那", "笔", "类", "种", "批", "项", "把"),
)
# (Two only: which of the seven alliances is a set chosen from, _SET_CHOSEN_FROM.)
# Which of the two …, A or B: how many are chosen among, the two then named (not "the two
# new funds", which may name a thing: two funds set up). Two lots of support funds: how
# many lots, the funds named.
_EN_THESE_FEW = LazyPattern(
    r"\b(?:which |among |between )?(?:of )?(?:the|these|those) (?:two|2)\b(?=[^?]*\bor\b)"
    r"(?=\s*[,:]|\s+(?:pulled|grew|was|is|were|are|did|had|has|got|won|came)\b)"
    r"|\b(?:two|2) (?:lots|kinds|types|sets|batches|rounds|tranches|pots|sums) of\b"
    # (VAT refunds or the two support funds: how many a side of a choice names, before its
    # words; the two new funds, no other side named, are two funds of their own)
    r"|(?:(?<=\band )|(?<=\bor )|(?<=\bvs )|(?<=\bthan ))(?:the|these|those)"
    r" (?:two|three|four|2|3|4)(?= [a-z])"
    r"|\b(?:the|these|those) (?:two|three|four|2|3|4)(?= [a-z][^?]*\b(?:or|vs|than)\b)",
    hints=("two", "2", "three", "3", "four", "4"),
)
# A choice asked in English: which, or a comparative or superlative.
_CHOOSES_EN = LazyPattern(
    r"\b(?:which|whichever|"
    + "|".join(w for w in (*vocab.EN_MAX, *vocab.EN_MIN, *vocab.EN_COMPARE) if w.isalpha())
    + r")\b",
    hints=("which", "er", "est", "more", "less", "most", "least", "mum", "best", "worst", "vs",
           "compare", "versus"),
)  # fmt: skip
# A place at a contest (在比赛上拿了第几名, what place in the contest), which its prize
# says; not a rank of anything after a prize (获奖后在行业里排第几).
_A_CONTEST = LazyPattern(
    r"(?:比赛|大赛|竞赛|评比)[^,;:，；：。？?]*(?:第几名|名次)"
    r"|\b(?:what|which) place\b.*\b(?:contest|competition)\b",
    hints=("第几名", "名次", "place"),
)
_NAME_OF_A_FIRM = LazyPattern(
    r"\bwhat(?:'s| is| was)\s+(?:the\s+(?:full\s+)?name\s+of\s+the\s+(?P<firm>company|firm"
    r"|enterprise|maker|manufacturer)|the\s+(?P<firm2>company|firm|enterprise|maker"
    r"|manufacturer)\s+called)\b",
    hints=("name", "called"),
)
_POSTS = (
    "主任|副主任|书记|局长|负责人|领导|老板|董事长|总经理|区长|市长|一把手"
    "|director|head|chief|chairman|chair|leader|secretary|mayor|boss|manager|ceo|president"
)
# (Not 主任助理, the assistants to the director, whom the report counts.)
_ASKS_A_PERSON = LazyPattern(
    rf"(?:{_POSTS})(?:是|叫)(?:谁|哪位|什么名字)"
    rf"|谁是[^,;:，；：。？?]{{0,12}}(?:{_POSTS})(?!助理)"
    rf"|\bwho (?:is|was|are|were) (?:the )?(?:(?!assistants? )[a-z-]+ ){{0,3}}?(?:{_POSTS})\b"
    rf"|\bname of the (?:(?!assistants? )[a-z-]+ ){{0,3}}?(?:{_POSTS})\b"
    # The people counted, by name (提拔的正处级干部叫什么名字, names of the cadres promoted):
    # the report counts them and names none.
    r"|(?:干部|人员|官员|党员)(?:的|都)?(?:叫什么名字|叫啥名字|叫什么|叫啥|名字|姓名|名单|都是谁"
    r"|都有谁|有谁|是谁)"
    r"|\bnames? of the (?:[a-z-]+ ){0,3}?(?:cadres|officials|people|staff)\b"
    r"|\bwho (?:was|were|got) promoted\b",
    hints=("谁", "哪位", "名字", "名单", "叫", "姓名", "who", "name"),
)
_GIVEN = LazyPattern(
    # (赋权是谁给的, who granted the powers: a giver too)
    # (二等奖是哪家机构评的: the prize judged and given)
    r"颁|授予|赋予|(?<!交)给的|谁给|评(?=的|出|选|给)|\b(?:gave|give|given|awarded|awards|award"
    r"|presented|granted|grant|grants|conferred|delegated)\b",
    hints=("颁", "授予", "赋予", "给", "评", "gave", "give", "award", "present", "grant",
           "conferred", "delegated"),
)  # fmt: skip
# Won, glued to the prize won (谁获金奖, 拿金奖的是谁): the winning, no word of the prize.
_WON_GLUED = LazyPattern(
    # (获得, 夺得, 赢得 whole; not 获批, 获评, 获悉: words of their own)
    r"(?<![荣斩获夺赢取])(?:获得|夺得|赢得|获|得|夺|赢|拿)(?:了|到)?(?![批评选悉取])"
    r"(?=[\u4e00-\u9fff]{0,4}奖)",
    hints=("获", "得", "夺", "赢", "拿"),
)
# The winner of a prize (金奖得主, 获奖者; the winners, award recipients): who won it,
# the prize's words left where they stand.
_WINNERS_ZH = LazyPattern(
    r"(?P<prize>(?<=奖))?的?(?:得主|获奖者|获得者|获奖人)",
    hints=("得主", "获奖者", "获得者", "获奖人"),
)


def _a_prize_s_winner(text: str) -> bool:
    """金奖得主, 获奖者, award recipients, list the winners: the winner of a prize, said
    with the prize, or alone (not 世界杯冠军得主, election winners: another contest's)."""
    if _WINNERS_ZH.search(text) is not None:
        return "奖" in text
    said = _WINNERS_EN.search(text)
    if said is None:
        return False
    if re.search(r"\b(?:awards?|prizes?|gold|medals?|contest)\b", text):
        return True
    rest = re.findall(r"[a-z]+", f"{text[: said.start()]} {text[said.end() :]}")
    return all(w in vocab.EN_STOP or w in ("list", "name", "who", "are", "were") for w in rest)


_WINNERS_EN = LazyPattern(
    r"\b(?:(?:award|prize)[- ])?(?:winners?|awardees?|laureates?)\b"
    r"|\b(?:award|prize)[- ]recipients?\b",
    hints=("winner", "recipient", "awardee", "laureate"),
)
# Name the partners, name all seven: the imperative opening a question, several asked
# (the name of the machine, name the TBM, stay); name the firm that…: which one.
_NAME_THEM = LazyPattern(
    r"^\s*(?:(?:please|can you|could you|pls)\s+)?name\b"
    r"(?=\s+(?:all|every|each|both|two|three|four|five|six|seven|eight)\b"
    r"|\s+the\s+(?:[\w-]+\s+){0,3}?[\w-]+s\b)",
    hints=("name",),
)
_NAME_ONE = LazyPattern(
    r"^\s*(?:(?:please|can you|could you|pls)\s+)?name\s+(?:the|a|an|one)\s+"
    r"(?P<noun>[\w-]+(?<!s))\s+(?:that|which|who)\b",
    hints=("name",),
)
# Who won or received it, to whom it was given (谁获, 给谁颁奖, who won, to whom): its winner
# asked, said right at the question word (经纬智能拿的奖是哪个单位颁发的 asks the giver).
_WINNER_ASKED = LazyPattern(
    r"谁(?:获|得|拿|赢|夺)|(?:给|授予|颁给|颁发给)了?谁|哪些企业获奖"
    # (who was awarded it: given to whom, in the passive; 被授予 is read as 获, won)
    r"|\bwho (?:was|were|has been|had been) (?:awarded|given|presented|granted)\b"
    r"|\bwho (?:won|wins|received|receives|got|gets|took|takes|earned|scooped|picked up)\b"
    r"|\bto whom\b|\bwhich firms? won\b",
    hints=("谁", "获奖", "who", "whom", "won"),
)


def which_body_as_who(text: str) -> str:
    """哪个单位, which body: who, asked of an organisation (谁, who)."""
    return _WHICH_BODY.sub(lambda m: "who" if m.group().isascii() else "谁", text)


_WHICH_BODY = LazyPattern(
    r"(?:哪个|哪家|哪一个)(?:单位|机构|组织)"
    r"|\b(?:which|what) (?:organi[sz]ation|body|institution|agency|authority|association)\b",
    hints=("单位", "机构", "组织", "which", "what"),
)
_GIVING = LazyPattern(
    r"颁发给?|颁给|颁|授予|评(?=的|出|选|给)"
    r"|\b(?:gave|give|given|presented|conferred|granted|awarded)\b",
    hints=("颁", "授予", "评", "gave", "give", "present", "conferred", "granted", "awarded"),
)


def names_a_doer(text: str) -> bool:
    """Does the question ask who did something (谁拉动, 谁造的, who made), however it is
    then read (谁拉动 may rank those named)?"""
    return _ASKS_WHO.search(fold_query(text)) is not None


# Whose is it asked (属于哪家, 归谁, 是哪家公司的, whose is it; not firms whose output …).
_WHOSE_ASKED = (
    r"(?:属于|归)(?:谁|哪[家个](?:公司|企业|集团|单位)?(?=[？?。！!吗呢啊]*$))"
    r"|是哪[家个](?:公司|企业)?的(?=[？?。！!吗呢啊]*$)"
    r"|^\s*whose\b|\bwhose\s+(?:is|was|are|were)\b|\b(?:is|was|are|were)\s+[^?]*\bwhose\s*\??$"
)
_ASKS_WHO = LazyPattern(
    r"\bwho\b(?! (?:can|could|would|will|knows?|is|was)\b)"
    # Who was the customer, the maker: a party, named by its part in what was done.
    r"|\bwho (?:is|was) the (?:customers?|buyers?|purchasers?|clients?|recipients?"
    r"|suppliers?|makers?|manufacturers?|producers?|builders?|partners?|investors?|owners?"
    r"|operators?|users?|developers?)\b"
    r"|谁(?!能|可以|知道|告诉|呢|啊|吗|[？?。.!！，,]|$)"
    # 签协议的是谁: the one who did what the clause says (陕西建工是谁 asks what it is;
    # 排第一的是谁 the thing ranked, the zone itself).
    r"|^(?!.*(?:排|第[一二三]|倒数|垫底|领跑|名列)).*的是谁(?=[？?。.!！]*$)"
    # Whose is it, 属于哪家: its owner, a party too.
    rf"|{_WHOSE_ASKED}",
    hints=("who", "谁", "属于", "归", "哪家", "哪个", "whose"),
)
# Whose is it (开建集团是谁的, 属于哪家, 归谁, whose is …, who does … belong to): the
# owner is asked, which only a word of owning says (vocab.OWNING).
WHOSE = LazyPattern(
    rf"是谁家?的[？?。！!吗呢啊]*$|{_WHOSE_ASKED}|\bbelongs? to\b",
    hints=("谁", "哪家", "哪个", "属于", "归", "whose", "belong"),
)

_ASKS_NAMES = LazyPattern(
    # (主任助理是谁 asks who they are, which the fact says: the directors of the centres;
    # 被提拔的正处是谁, those the verb counts, asks their names.)
    r"的[^，,。？?]{0,8}(?:都是|分别是|是)谁|(?:给了?|交给了?|卖给了?)谁|叫(?:什么|啥)(?:名字)?"
    # (三家公司的名字, 七个联盟名单: the names asked, said as a heading)
    r"|什么名字|名字(?:是|叫)|的?(?:名字|名称|名单|全称)[？?。]?$|哪[两三四五六七八九几]?[位名]|哪[两三四五六七八九几][家个]"
    r"|\bwhat (?:are|were) (?:their|the) names\b|\bnames? of the\b|\bwho (?:were|are) the "
    r"(?:two|three|four|five|six|seven|eight)\b|\bwhich (?:two|three|four|five|six|seven|eight) "
    r"(?:people|officials|cadres|directors|companies|firms|enterprises)\b"
    # 有哪些企业, 是哪个部, 指哪个中心, list the 38 firms, what is the one centre: the
    # things themselves, which a count of them names none of.
    r"|有哪些(?:企业|公司|单位)|(?:企业|公司|单位)都?有哪些|[是指]哪(?:一)?[个家项][部中心公司]"
    # (一中心是什么中心, 一部是啥部门: which one it is, by its name, never how many)
    r"|[是指](?:什么|啥)(?:中心|部门?|公司|企业|单位|机构)"
    # (name the …, read as list: its spaces kept; give me a list of …)
    r"|\blist\s+(?:the|all|them)\b|\ba list of\b|\bwhat is the one\b|\bwhich (?:ones|are they)\b"
    # 哪5户, 五户国家级小巨人是谁, what are the 38 big firms, name the seven alliances: the
    # members of a class counted, which its count names none of.
    r"|哪\s*\d+\s*[家个户项位名]|[\d两二三四五六七八九十]\s*[户家个名位][^，,。？?]{0,12}是谁"
    r"|\b(?:what|which) (?:are|were) the (?:[\d,]+ |two |three |four |five |six |seven |eight |"
    r"nine |ten |eleven |twelve |seventeen |thirty-eight )?(?:[a-z-]+ ){0,3}"
    r"(?:firms|companies|enterprises|giants|projects|funds|alliances|indicators|powers"
    r"|departments|centres|centers|bodies)\b|\bname (?:the|all|them|some)\b",
    hints=("谁", "名字", "叫", "哪", "什么", "啥", "who", "name", "which", "list",
           "what is the one", "what"),
)  # fmt: skip

_ASKER_STARTS = (
    "您好", "你好", "喂", "我", "俺", "咱", "领导", "想", "问", "核实", "确认", "了解", "打听",
    "请教", "麻烦", "烦请", "敬请", "恳请", "请", "劳驾", "你", "您", "能", "可", "帮", "告诉",
    "说", "讲", "查",
    "hello", "hi", "i'm", "i am", "i'd", "i would", "i want", "i wish", "i need", "i wonder",
    "we", "could", "can", "would", "for", "quick", "background", "im",
    "i heard", "i've heard", "i have heard", "i was told", "i read", "someone told",
    # (a letter's greeting and courtesies: Dear Sir, kindly advise, may I ask; 经查, 据悉)
    "dear", "good ", "greetings", "to whom", "please", "kindly", "pls", "plz", "may i",
    "经", "据", "现将",
    "i should", "we should", "advise", "furnish", "inform", "tell", "let", "confirm",
    "provide", "specify", "indicate", "clarify", "verify", "check ",
    "am i", "do you", "did you", "would you", "correct me", "does the", "did the", "do the",
    "does this", "did this", "does your", "did your",
)  # fmt: skip
# A text the asker checks (our draft says, the article claims): a start _asked reads too,
# no clause of the asker's chatter.
_TEXT_STARTS = ("our ", "my ", "the ", "a ", "an ")
# A letter's thanks and signing-off, ending it (Thank you in advance. Kind regards, Yours
# faithfully): no word asked.
_EN_SIGNING_OFF = LazyPattern(
    # (Each word ends at a word's end and the signs come only before it: no run of text
    # read two ways, so a long tail of them is read in one pass; the question's own ? is
    # before them all and stays.)
    r"(?<=[.?!,;\s])(?:[\s.,;!]*(?:(?:thank\s+you|many\s+thanks|thanks)(?:\s+(?:very\s+much"
    r"|so\s+much|in\s+advance|kindly|a\s+lot|for\s+your\s+(?:help|time|assistance)))*"
    r"|(?:(?:with\s+)?(?:best|kind|warm|many)\s+)?regards|yours\s+(?:sincerely|faithfully|truly)"
    r"|sincerely)\b)+[\s.,!]*$"
)
# What the asker needs the figure for, ending the question: for my pitch deck, ", need
# both for valuation" (no number in it: for my 2023 plan may say which year).
_EN_PURPOSE = LazyPattern(
    # (need it in RMB: the report's own currency, nothing asked)
    r"(?:,\s*(?:(?:i|we)\s+)?need(?:ed|s)?\s+(?:it|this|them)\s+in\s+(?:rmb|yuan|cny)\b"
    r"|\s+for\s+my\s|,\s*(?:(?:i|we)\s+)?need(?:ed|s)?"
    r"(?:\s+(?:it|this|these|them|both|the\s+[a-z]+))?\s+for\s)"
    # (what it is for, no unit, comparison or choice: need it in USD, which is bigger)
    r"(?![^?]*\b(?:usd|dollars?|euros?|which|bigger|larger|smaller|vs)\b)"
    r"[^?\d]*?[?.!]*\s*$",
    hints=("for my", "need"),
)
# What the asker needs it for, as a last clause: ，做模型用, ，写尽调报告需要, ，用于估值.
_ZH_PURPOSE = LazyPattern(
    # (a purpose given, not asked: 用于什么, 用来支持哪些企业 ask it)
    r"[，,](?![^，,。？?]*(?:什么|啥|哪|谁|怎么|多少|几|吗|比))\s*(?:我们?)?(?:要|想|需要)?"
    r"(?:(?:做|写|拿来|给|供)[^，,。？?\d]{1,12}?(?:用|需要|要用|参考)|(?:用于|用来)[^，,。？?\d]{1,12})"
    r"[。.!！?？]*$",
    hints=("用", "需要", "参考"),
)
# What the asker wants of the answer, last: ，先把数量告诉我就行，别的不用; ，说个数就好.
_ZH_ONLY_THIS = LazyPattern(
    r"(?:[，,]\s*(?:先|只要|只)?(?:把[^，,。？?]{0,6}?)?(?:告诉我|说一下|说个数|给我|报一下)"
    r"(?:就行|就好|就可以)了?)?(?:[，,]\s*(?:别的|其他的?|其余的?)(?:都)?不用了?)?[。.!！]*$",
    hints=("就行", "不用", "就好", "就可以"),
)
# Hearsay before an English claim (I heard GDP was …, I was told that …): where the
# asker's figure came from, as 听说 in Chinese; the claim follows.
_EN_HEARSAY = LazyPattern(
    r"^\s*(?:i(?:'ve| have)? heard|i was told|i read|someone told me"
    # (our English draft says, the article claims: a text the asker checks)
    r"|(?:our|my|the|an?)\s+(?:[a-z]+\s+){0,2}?(?:draft|article|story|translation|text"
    r"|version|notes?|source|colleague|editor|press release|brochure)"
    r"\s+(?:says|said|states|claims|reads|writes|has it))(?: that)?\s+",
    hints=("heard", "told", "read", "says", "said", "states", "claims", "writes", "has it"),
)


# Clauses of a long query, and the words that make one ask something.
# Compiled on first use (re's cache). English parts sentences only: its commas stand
# inside one (how big was total output, all firms counted?).
# (A space between Chinese words ends a clause as a comma does, typed in haste: 我在开发区
# 上班 听说四月份…停工了 是真的不.)
_CLAUSE_BREAK = r"[,;:!?。，；：！？]|\.(?:\s|$)|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
# (No. 1, Co., Ltd.: an abbreviation's point ends no sentence; Fendun No. 1 is one name.)
_SENTENCE_BREAK = r"[;!?]|(?<!\bno)(?<!\bco)(?<!\bltd)(?<!\bvs)(?<!\bst)\.(?:\s|$)"
# 几 asks, but not in a number half remembered (二十七点几, 二十几个: some).
_ASKS = LazyPattern(
    # (么 asks as 吗 does, not in 那么, 这么, 多么, 要么: so, such, or)
    r"多少|(?<!点)(?<![一二两三四五六七八九][十百千])几|什么|啥|哪|谁|吗|(?<![那这多要])么|呢|怎|如何"
    r"|是否|有没有"
    r"|是不是|为何|具体"
    r"|(?<![许很更好众诸较])多[大高快长久](?![型新])|\?"
    r"|\b(?:how|what|which|who|when|where|why|whether|did|does|do|is|are|was|were|can|could"
    r"|tell me)\b",
    hints=("多少", "几", "什么", "啥", "哪", "谁", "吗", "么", "呢", "怎", "如何", "是否", "有没有",
           "是不是", "为何", "具体", "多大", "多高", "多快", "多长", "多久", "?", "how", "what",
           "which", "who", "when", "where", "why", "whether", "did", "does", "do", "is", "are",
           "was", "were", "can", "could", "tell"),
)  # fmt: skip
CONTEXT_FROM = 24  # characters: a query shorter than this has no clause of context


class _Told:
    """Clauses of a query that ask nothing, and those that ask: a word is told (`in`) when
    only the first hold it."""

    def __init__(self, telling: list[str], asking: list[str]) -> None:
        self.telling, self.asking = telling, asking

    def __contains__(self, word: str) -> bool:
        return any(word in c for c in self.telling) and not any(word in c for c in self.asking)

    def as_chatter(self, word: str) -> bool:
        """Is the word told where, held nowhere by the base, it is chatter (我在赶稿子,
        记得, 顶格落实): in a clause about the asker, or not what a clause begins with?
        What a clause begins with is its subject (特斯拉也在开发区建了新工厂): a thing."""
        return word in self and all(
            c.lstrip().startswith(_ASKER_STARTS + _HEARSAY_STARTS)
            or _ASKERS_TRADE.fullmatch(c.strip()) is not None
            or not c.lstrip().startswith(word)
            for c in self.telling
            if word in c
        )


@functools.lru_cache(maxsize=64)
def _telling(folded: str) -> _Told | None:
    """A long query's clauses of context (see _context_aside), or None when it has none.
    A clause saying when, first (甲醇重卡交付以后，跟哪家单位签了协议), is context too,
    however short: another event dates what is asked."""
    when = _WHEN_CLAUSE.match(folded)
    rest = folded[when.end() :] if when is not None else ""
    # (Only before a question asking what, which or how many: a yes-or-no claim after it,
    # 既然副处提拔7人，那正处提拔7人吗, 下线的时候交付了500台吗, is held at that time or
    # on that premise, which its words must then still name.)
    if when is not None and not _ASKS.search(when.group()) and _WH_ASKED.search(rest):
        return _Told([when.group()], [rest])
    why = _why_before_keywords(folded)
    if why is not None:
        return why
    if len(folded) < CONTEXT_FROM and _FIGURE_TOLD.match(folded) is None:
        return None
    breaks = _CLAUSE_BREAK if has_cjk(folded) else _SENTENCE_BREAK
    clauses = [c for c in re.split(breaks, folded) if c.strip()]
    # A topic named first (关于X的情况，…) is what is asked about, though it asks nothing.
    # A tag asking to confirm (…停产停工，是这样吗) asks of the claim just before it,
    # which is no context (the clauses before that may be).
    tags = [i for i, c in enumerate(clauses) if _CONFIRMING.fullmatch(c.strip())]
    claimed = {tags[-1] - 1} if tags and tags[-1] > 0 else set()
    asking = [
        c
        for i, c in enumerate(clauses)
        if (_ASKS.search(c) and i not in tags)
        or i in claimed
        or c.lstrip().startswith(_TOPIC_FIRST)
    ]
    # Another's question reported before the asker's own (经常有客商问体量有多大，想确认
    # 一下GDP是多少): what others ask is why, the last question is what.
    reported = [c for c in asking[:-1] if _REPORTED_QUESTION.match(c.strip()) is not None]
    asking = [c for c in asking if c not in reported]
    telling = [c for i, c in enumerate(clauses) if c not in asking and i not in tags]
    if not asking or not telling:
        return None
    return _Told(telling, asking)


def _why_before_keywords(folded: str) -> _Told | None:
    """Chinese clauses of why (the asker, what for: four characters or more, asking
    nothing) before a last one naming what is sought, as a search's keywords do (记者写稿
    要用，开发区的GDP数据: four or more, opening with no word that points back or asks
    which: 哪个是, 它). Never a place, a figure, two things joined, a purpose or a qualifier
    among them, which say of what (太原市，GDP: Taiyuan's; 甲醇重卡和轿车，哪个…; 为了让企业
    渡过难关，…: the relief funds; 按人均计算，…)."""
    if not any(mark in folded for mark in "，,；;"):
        return None  # (most queries: one clause, nothing to split)
    clauses = [c.strip() for c in re.split(r"[，,；;。？?！!]", folded) if c.strip()]
    if len(clauses) < 2 or not all(has_cjk(c) and len(c) >= 4 for c in clauses):
        return None
    why, sought = clauses[:-1], clauses[-1]
    told = "，".join(why)
    if (
        not any(_ASKS.search(c) for c in why)
        and _POINTS_OR_ASKS_FIRST.match(sought) is None
        and re.search(r"[\d和与同跟及、]", told) is None
        and re.match(r"为|关于|对于", told) is None  # a purpose or topic: of what
        and not any(p in told for p in vocab.PLACES)
        # (the asker, their work or what they saw: no qualifier, 按人均计算, 要是不算…)
        and _ASKER_SAID.search(told) is not None
    ):
        return _Told(why, [sought])
    return None


_POINTS_OR_ASKS_FIRST = re.compile(r"[哪谁它那这是边]|为了|请问")
_ASKER_SAID = re.compile(
    r"我|咱|记者|写稿|研究|需要|要用|关注|在做|分析|看到|听说|了解|咨询|办手续"
)


# Another's question reported (经常有客商问…, 朋友总问…): a party other than the asker
# (the clause may open with a few words of time or frequency, never with 我, 想, 请: the
# asker's own) and a verb of asking.
_REPORTED_QUESTION = LazyPattern(
    r"(?!我|想|请)[\u4e00-\u9fff]{0,3}?(?:有|常有|老有|总有)?(?:人|客商|客户|朋友|同事|领导|老板|记者|"
    r"网友|别人|人家|大家|外地人|投资人|投资者)(?:经常|常常|总是|老是|也|都)?(?:会)?(?:问|打听|好奇)",
    hints=("问", "打听", "好奇"),
)
# A short first clause telling a figure with its unit (吉利产值224亿元，GDP多少): context
# however short, as a long one is.
_FIGURE_TOLD = LazyPattern(
    r"[^，,。？?！!；;]*\d(?:\.\d+)?\s*(?:亿元|万元|亿|万|%|户|家|项|台|辆|人|个百分点)[，,；;]"
    r"(?=[^，,。？?！!；;]*(?:多少|几|什么|啥|哪))",
    hints=("，", ","),
)
_WH_ASKED = LazyPattern(
    r"多少|(?<!点)几(?![乎])|什么|啥|哪|谁|怎|如何|多[大高快长久]",
    hints=("多", "几", "什么", "啥", "哪", "谁", "怎", "如何"),
)
_CONFIRMING = LazyPattern(
    rf"(?:是这样|这么写|这样写|这么说|这样说|可以这么说)?(?:{CONFIRMING_TAGS}|吗|吧|么|对不对|是不是)[?？]?"
    # (hearsay checked: 听说…，是不是真的 / 真的假的 / 靠谱吗 / 有这回事吗 / 属实吗)
    r"|(?:是不是真的|真的假的|靠谱吗|有这回事吗|没错吧|是否属实|属实吗)[?？]?"
    # (…. Is that right? Is that figure correct?: the claim before it is asked)
    r"|(?:(?:is|was) (?:that|it|this)(?: (?:figure|number|amount|claim))? )?"
    r"(?:right|correct|true|accurate)\??|am i right\??",
    hints=("吗", "吧", "么", "对不对", "是不是", "真的", "属实", "right", "correct", "true",
           "accurate"),
)  # fmt: skip
# Two ranks or levels run together before each, both or which (正处副处各提拔了多少人,
# 省级国家级哪个多): two things, as if joined by 和 (not 省级国家级的先不管, set aside whole).
_RANKS_RUN_TOGETHER = LazyPattern(
    r"(正处级?|副处级?|国家级|省级|市级)(?=(?:正处级?|副处级?|国家级|省级|市级)的?"
    r"(?:都|各|分别|均|一共|总共|加起来|合计|谁|哪))",
    hints=("处", "级"),
)


_NUMBER_OF_THINGS = LazyPattern(
    # (a digit alone: the 8 of 38户 is no number of things said)
    r"(?P<n>[两二三四五六七八九]|(?<![\d.])\d)(?:笔|只|家|个|项|户|类|种|级|位|名)",
    hints=tuple("两二三四五六七八九"),
)


def _number_said(text: str) -> int:
    """How many things a question says it asks of (两笔扶持资金: 2; both funds: 2), 0
    when it says none."""
    if _both_of_one(text) is not None:
        return 2
    found = _NUMBER_OF_THINGS.search(text)
    if found is None:
        return 0
    return parse_chinese_numeral(found["n"]) or int(found["n"])


# 正处加副处: two ranks added, said as a sum is (加上).
_RANKS_ADDED = LazyPattern(r"(?<=处)加(?!上)(?=正处|副处)", hints=("处加",))


def ranks_joined(text: str) -> str:
    """正处副处各提拔了多少人 -> 正处和副处各提拔了多少人; 正处加副处 -> 正处加上副处."""
    return _RANKS_RUN_TOGETHER.sub(r"\1和", _RANKS_ADDED.sub("加上", text))


# What opens a premise granted (既然, 如果 …), and the words ending a clause that dates by
# another event (…的时候, …以后): read by the context here and by ask's claims.
PREMISE_OPENING = "既然|如果|假如|假设|要是"
EVENT_TIME = "的时候|那时候|的同时|以后|之后"
# A figure in a premise (38户, 25%, 一半, 三成, 三分之一).
FIGURE_GRANTED = r"(?:\d|一半|[一二三四五六七八九]成|分之)"
# A figure or ratio granted to reckon from (按50%算, 照这个比例算, 按一半推算).
GRANTED_BASIS = (
    r"(?:按照?|照)(?:这个|这么|这样|这|此)?(?:比例)?"
    # (按高出60.7个百分点推算: a gap granted, in points, a word or two before it)
    r"(?:[\u4e00-\u9fff]{0,4}?(?:\d+(?:\.\d+)?(?:%|个百分点)|一半|[一二三四五六七八九]成))?"
    r"来?(?:算|计算|推算|推回去|倒推|反推)"
)
# A first clause ending on when (…以后, …的时候): the time of another event; or granting
# a premise (既然38户占25%，…; 按50%算，…): what the question reckons from.
_WHEN_CLAUSE = LazyPattern(
    # (An event, said in a few words, not a time named, 疫情之后; nor a time defined by a
    # superlative, 比例最高的时候, which is the time asked.)
    # (以后 ends a clause only at its comma: 新冠疫情之后经济是怎么稳住的 asks of a time.)
    r"(?![^，,。？?！!；;]*?最)[^，,。？?！!；;]{4,16}?"
    r"(?:(?:以后|之后|过后|后)[，,]|(?:的时候|那时候|的同时)[，,]?)"
    # (a figure granted: 既然38户占25%; not a scope, 如果算上全市, nor 要是不算重卡)
    rf"|(?:{PREMISE_OPENING})(?=[^，,。？?！!；;]*?{FIGURE_GRANTED})[^，,。？?！!；;]{{1,16}}[，,]"
    # (按50%算, 照这个比例算: a figure granted; not 按人均计算, 按季度, a basis asked)
    rf"|{GRANTED_BASIS}[，,]",
    hints=("后,", "后，", "时候", "同时", "既然", "如果", "假", "要是", "按", "照"),
)
_HEARSAY_STARTS = (
    "听说", "据说", "记得", "印象中", "印象里", "好像", "听", "昨天", "之前", "看到", "看了",
    "读到", "读了",
)  # fmt: skip
# The asker's trade, their own clause (做投资的, 跑外卖的, 搞研究的: 我是 left unsaid).
# (not 开发区的, 开建集团的, 干部的: names beginning with a verb of trade)
_ASKERS_TRADE = LazyPattern(
    r"(?:我是)?(?:做|搞|干(?!部)|跑|开(?!发|建))[\u4e00-\u9fff]{1,8}的", hints=("的",)
)
_TOPIC_FIRST = ("关于", "至于", "对于", "说到", "谈到", "提到", "about", "regarding", "as for")
_POINTS_BACK = LazyPattern(r"(?<!其)它们?|该(?:企业|公司|集团|项目|基金)", hints=("它", "该"))


def asking_part(folded: str) -> str:
    """The clauses of a long query that ask, without those telling its context (the
    whole query when it has none)."""
    telling = _telling(folded)
    return folded if telling is None else "，".join(telling.asking)


def _context_aside(
    folded: str, terms: list[Term], subject: list[Term], asked_whole: tuple[str, ...] = ()
) -> tuple[list[Term], list[Term]]:
    """A long query telling who asks and why before (or after) what it asks (我是台湾的
    投资人，最近在研究开发区，想知道高科技企业有多少家): the words of its clauses that ask
    nothing count only where they hit, so that the context never sinks the question.
    Only where the asking clauses name a thing of their own: what is asked of a thing
    named only in the context (华为公司的情况，它的产值是多少) still needs that thing."""
    telling = _telling(folded)
    if telling is None:
        return terms, subject

    def aside(term: Term) -> bool:
        return term.text in telling

    # A number alone (哪两台: which two) names no thing; 它 (it) names the thing the
    # context named (吉利汽车抓住了…机会，它一整年造了多少辆整车).
    points_back = any(_POINTS_BACK.search(c) for c in telling.asking)
    # (GDP asked, of no time or place the context names, is a thing of its own: the zone's.)
    zones = bool(asked_whole) and not any(
        any(w in c for w in asked_whole) or re.search(r"\d", c) or any(p in c for p in vocab.PLACES)
        for c in telling.telling
    )
    named = any(not aside(t) and not t.optional and not t.numeric for t in subject)
    if points_back or not (named or zones):
        return (
            [t._replace(told=True) if telling.as_chatter(t.text) else t for t in terms],
            [t._replace(told=True) if telling.as_chatter(t.text) else t for t in subject],
        )
    # A place in the context (came across Jinzhong, in China) is where the asker looked,
    # not a place asked about: dropped.
    return (
        [_set_aside(t) if aside(t) else t for t in terms if not (t.place and aside(t))],
        [_set_aside(t) if aside(t) else t for t in subject if not (t.place and aside(t))],
    )


def _set_aside(term: Term) -> Term:
    return term._replace(aside=True, told=True)


def _asked(text: str) -> str:
    """The question without who asks, that they ask, and what they need it for."""
    return _without_asker(_without_purpose(text))


def _without_purpose(text: str) -> str:
    """The question without what the asker needs it for, ending it: GDP 2022 for my pitch
    deck; units, need both for valuation; 吉利产值是多少，做模型用."""
    if text.isascii() and ("thank" in text or "regards" in text or "yours" in text):
        text = _EN_SIGNING_OFF.sub("", text) or text  # …? Many thanks in advance.
    if text.isascii() and ("for my " in text or "need" in text):
        return _EN_PURPOSE.sub("", text) or text
    if "用" in text or "需要" in text or "参考" in text:
        text = _ZH_PURPOSE.sub("", text) or text
    if "就行" in text or "不用" in text or "就好" in text or "就可以" in text:
        text = _ZH_ONLY_THIS.sub("", text) or text  # …，先把数量告诉我就行，别的不用
    return text


def _asking_left(asking: re.Match[str]) -> str:
    """What the words of asking leave: nothing, or where they ask to confirm a statement
    (could you confirm whether GDP was …, please verify that …), the yes-or-no question
    they make of it."""
    said, rest = asking.group(), asking.string[asking.end() :]
    if (
        said.isascii()
        and _ASKS_TO_CONFIRM.search(said)
        and not _EN_QUESTION_WORD.match(rest)
        and _STATED.search(rest)
    ):
        return "is it true that "
    return ""


def _without_asker(text: str) -> str:
    """The question without who asks and that they ask: 我是晋中日报的记者，想问一下2022年
    GDP是多少 -> 2022年GDP是多少; For a piece on Shanxi's parks: what was … (what the asker
    is writing, before the colon). Only before what they ask, which must remain."""
    if not text.startswith(_ASKER_STARTS + _TEXT_STARTS):
        return text  # most questions: no pattern compiled
    for _ in range(3):
        shorter = _EN_CONTEXT.sub("", _ASKING.sub(_asking_left, _WHO_ASKS.sub("", text)))
        shorter = _EN_HEARSAY.sub("", shorter)
        if shorter == text or not shorter.strip():
            break
        text = shorter
    return text


_GLUED_SCALES = {
    "m": "million", "mn": "million", "mln": "million",
    "b": "billion", "bn": "billion", "bln": "billion",
    "k": "thousand",
}  # fmt: skip
_GLUED_SCALE = LazyPattern(
    r"(?<![a-z0-9.])(?P<currency>rmb|cny|usd)?(?P<number>\d+(?:\.\d+)?)"
    r"(?P<scale>mln|mn|m|bln|bn|b|k)\b",
    hints=("m", "b", "k"),
)


_THOUSAND_MILLION = re.compile(r"\bthousand million\b")


def _english_numbers(text: str) -> str:
    """Numbers written out as the threshold reader takes them: 100,000 -> 100000, a
    hundred million -> 100 million, ten thousand -> 10 thousand, four in five -> 80
    percent."""
    if not text.isascii():
        # (吉利 111,500 vehicles: a thousands comma is a number's in any language)
        text = _THOUSANDS_ZH.sub("", text) if "," in text else text
        return _JUST_UNDER.sub("almost", text)
    # (Eight cadres were promoted: a number word opening the sentence, as any other)
    first = re.match(r"\s*([A-Z][a-z]+)\b", text)
    if first is not None and first[1].lower() in vocab.EN_NUMBER_WORDS:
        text = text[: first.start(1)] + first[1].lower() + text[first.end(1) :]
    text = _THOUSAND_MILLION.sub("billion", text)  # 14.3 thousand million: a billion
    text = _THOUSANDS.sub(lambda m: m.group().replace(",", ""), text)
    text = _EN_PARTS.sub(_en_parts, text)
    # 100m, 1.7bn, rmb706m: a scale glued to its number, as a financial page writes it.
    text = _GLUED_SCALE.sub(
        lambda m: (
            f"{m['currency'] + ' ' if m['currency'] else ''}{m['number']} "
            f"{_GLUED_SCALES[m['scale']]}"
        ),
        text,
    )
    text = _EN_CARDINAL.sub(_cardinal, text)
    # 17 or fewer, 171 or more: the number itself included, as at most and at least say.
    text = _EN_OR_MORE.sub(
        lambda m: f"{'at least' if m['way'] in _MORE_WAYS else 'at most'} {m['number']}", text
    )
    # half a thousand trucks, half a billion yuan: half of the scale.
    text = _EN_HALF_SCALE.sub(lambda m: _HALF_SCALES[m["scale"]], text)
    if " point " in text:
        text = _EN_DECIMAL.sub(_decimal, text)  # twenty seven point two six: 27.26
    # about ten per cent, sixty percent: a rate in words, whatever the question.
    text = _EN_RATE_WORD.sub(lambda m: str(vocab.EN_NUMBER_WORDS[m["word"]]), text)
    if _EN_CLAIM.search(text) is not None:
        # dozens of firms: two dozen to under a hundred; a couple of cadres: two.
        text = _EN_DOZENS.sub("between 24 and 100 ", text)
        text = _EN_COUPLE.sub("two ", text)
        # Were eight cadres promoted, over a dozen projects: a count claimed, in words.
        text = _EN_COUNT_WORD.sub(lambda m: str(_EN_COUNT_WORDS[m["word"]]), text)
        text = _EN_ONE_COUNTED.sub("1", text)  # was one person promoted: a count of one

    def digits(match: re.Match[str]) -> str:
        if match["lone"]:
            return "100"
        count = vocab.EN_NUMBER_WORDS.get(match["count"] or "", 0)
        if match["hundred"]:
            count = (count or 1) * 100
        if not count:
            return match.group()
        return f"{count} {match['scale']}"

    text = _EN_NUMBER.sub(digits, text)
    # one thousand two hundred thirty-five: so many thousands and the rest, one number.
    text = _THOUSANDS_AND_REST.sub(_thousands_and_rest, text)
    # Just under 16 billion, a little below two hundred: close to it from below, as almost
    # says (no bound alone; just below Huawei's, of no figure, stays a comparison).
    text = _JUST_UNDER.sub("almost", text)
    # 17 100 million yuan, 11.15 10,000 vehicles: the report's 亿 and 万 said word for word,
    # the first number so many of them.
    return _OF_CHINESE_UNITS.sub(_times_chinese_unit, text)


_JUST_UNDER = LazyPattern(
    # (shy of alone is below: _EN_RELATIONS)
    r"\b(?:(?:just|slightly|a little|a bit|a touch)\s+(?:under|below|shy of))"
    r"(?=\s+(?:rmb\s*|cny\s*|¥\s*)?\d)",
    hints=("under", "below", "shy of"),
)


def _thousands_and_rest(match: re.Match[str]) -> str:
    """1 thousand 235 -> 1235; one thousand, two hundred and thirty-five too, but not two
    thousand, 12 of them (a comma or an and parts two numbers, unless hundreds follow)."""
    if match["apart"] and int(match["rest"]) < 100:
        return match.group()
    return str(int(match["k"]) * 1000 + int(match["rest"]))


_THOUSANDS_AND_REST = LazyPattern(
    r"(?<![\d.])(?<!between )(?<!from )\b(?P<k>\d{1,3}) thousand(?P<apart>,? and|,)?"
    r" (?P<rest>\d{1,3})\b"
    r"(?![.,]\d|\s*(?:%|percent|per cent|points?|thousand|million|billion|hundred)\b)",
    hints=(" thousand",),
)
_MORE_WAYS = frozenset({"more", "above", "over", "higher", "greater", "up", "upwards"})
_EN_OR_MORE = LazyPattern(
    r"\b(?P<number>\d+(?:\.\d+)?)\s+or\s+(?P<way>more|above|over|higher|greater|upwards|fewer"
    r"|less|below|under|lower)\b",
    hints=(" or ",),
)
_HALF_SCALES = {"thousand": "500", "million": "0.5 million", "billion": "0.5 billion"}
_EN_HALF_SCALE = LazyPattern(
    r"\bhalf (?:a|one) (?P<scale>thousand|million|billion)\b", hints=("half a", "half one")
)
_OF_CHINESE_UNITS = LazyPattern(
    r"(?<![\d.])(?P<number>\d+(?:\.\d+)?)[\s-]+(?P<unit>(?:100|hundred)[\s-]million|10000"
    r"|10 thousand)\b",
    hints=("million", "10000", "10 thousand"),
)


def _times_chinese_unit(match: re.Match[str]) -> str:
    from decimal import Decimal

    number = Decimal(match["number"])
    if match["unit"].endswith("million"):
        return f"{number * 100:f} million"  # 17 100 million: 1700 million
    return f"{number * 10000:f}"  # 11.15 10,000 vehicles: 111500.00 vehicles


_EN_UNITS_SAID = [w for w, n in vocab.EN_NUMBER_WORDS.items() if 1 <= n <= 9 and w != "a"]
_EN_TEENS_SAID = [w for w, n in vocab.EN_NUMBER_WORDS.items() if 10 <= n <= 19]
_EN_TENS_SAID = [w for w, n in vocab.EN_NUMBER_WORDS.items() if n >= 20]
# A hundred and seventy-one, five hundred, seventy one, twelve hundred: a number of more
# than one word (one word alone stays: which one, top five), in digits as the report
# writes it.
_EN_CARDINAL = LazyPattern(
    rf"\b(?:(?P<hundreds>a|{'|'.join(_EN_UNITS_SAID + _EN_TEENS_SAID)})\s+hundred(?:\s+and)?\s*)?"
    rf"(?:(?P<tens>{'|'.join(_EN_TENS_SAID)})(?:[- ](?P<unit>{'|'.join(_EN_UNITS_SAID)}))?"
    rf"|(?P<teen>{'|'.join(_EN_TEENS_SAID)})|(?P<alone>{'|'.join(_EN_UNITS_SAID)}))?\b",
    hints=("hundred", "ty"),
)


# A number word before per cent or points (about ten per cent): a rate, in digits.
_EN_RATE_WORD = LazyPattern(
    r"\b(?P<word>"
    + "|".join(w for w, n in vocab.EN_NUMBER_WORDS.items() if n >= 2)
    + r")(?=\s*(?:per\s?cent|pct|%|percentage points?)(?![a-z]))",
    hints=("cent", "pct", "%", "percentage"),
)
# A claim to confirm: a question opened by its verb (were eight cadres promoted?) or
# ending in a tag (read by then as ", true?").
_EN_CLAIM = LazyPattern(
    rf"^\s*(?:{EN_ASKING_VERBS}"
    r"|(?:isn|wasn|aren|weren|didn|doesn|don|hasn|haven)'?t)\b|" + _EN_TAG_ENDING,
    # (Eight cadres were promoted, right? weren't they?: a statement with its tag)
    hints=("is", "was", "are", "were", "d", "ha", "true", ","),
)
_EN_DOZENS = LazyPattern(r"\bdozens of\s+", hints=("dozens",))
# (a couple of dozen: two dozen, 24, read with the other counts)
_EN_COUPLE = LazyPattern(r"\ba couple of\s+(?!dozen\b)", hints=("couple",))
_EN_COUNT_WORDS = {
    **{w: n for w, n in vocab.EN_NUMBER_WORDS.items() if n >= 2}, "a dozen": 12, "dozen": 12,
    "half a dozen": 6, "a couple of dozen": 24, "two dozen": 24,
}  # fmt: skip
# A number word before what it counts (eight cadres, seven party-building alliances),
# not a place or a set pointed at (the top three, which two, the seven alliances: the
# figure is not claimed) nor one (which one).
# One of a thing counted in the report's units (one person, a single firm), not one of
# something else (one of China's top 500, one department, one centre).
_EN_ONE_COUNTED = LazyPattern(
    r"\b(?:one|a single)\b(?=\s+(?:person|official|cadre|firm|company|enterprise)\b)",
    hints=("one", "single"),
)
_EN_COUNT_WORD = LazyPattern(
    r"(?<!\btop )(?<!\bwhich )(?<!\bfirst )(?<!\blast )(?<!\bthe )(?<!\bthese )"
    r"(?<!\bthose )(?<!\ball )(?<!\bits )(?<!\btheir )"
    r"\b(?P<word>a couple of dozen|two dozen|half a dozen|a dozen|dozen|"
    + "|".join(w for w, n in vocab.EN_NUMBER_WORDS.items() if n >= 2)
    # (a dozen technical-renovation and expansion projects; not three of the seven …)
    # (nor a fraction: two thirds of the firms)
    + r")\b(?=\s+(?:(?!(?:of|in|than|out|years|months|days|weeks|times|hours|quarters"
    r"|thirds|fifths|tenths|halves)\b)[a-z-]+\s+){0,3}?"
    r"(?!(?:years|months|days|weeks|times|hours|quarters|thirds|fifths|tenths|halves)\b)"
    # (seven people: a plural without its s)
    r"(?:[a-z-]+s|people|persons|staff|personnel)\b)",
    hints=(
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "teen",
        "ty",
        "dozen",
    ),
)


# A quarter of, one third of, two-thirds of: a share in per cent; said bare, about so
# much (a third of 33.1%), after a relation word (over, nearly …), that much.
_EN_FRACTIONS = {
    "quarter": (1, 4), "third": (1, 3), "fifth": (1, 5), "tenth": (1, 10),
    "two thirds": (2, 3), "two-thirds": (2, 3), "three quarters": (3, 4),
    "three-quarters": (3, 4),
}  # fmt: skip
_EN_FRACTION = LazyPattern(
    r"(?P<relation>\b(?:over|above|more than|at least|under|below|less than|nearly|almost"
    r"|about|around|roughly|approximately) )?"
    r"\b(?:(?:a|one) (?P<one>quarter|third|fifth|tenth)|(?P<many>two[- ]thirds|three[- ]quarters))"
    r"\b(?: of\b)?",
    hints=("quarter", "third", "fifth", "tenth"),
)


def _en_fraction(match: re.Match[str]) -> str:
    part, whole = _EN_FRACTIONS[match["one"] or match["many"]]
    percent = _percent_of(part, whole)
    of = " of" if match.group().endswith(" of") else ""
    return f"{match['relation'] or 'about '}{percent} percent{of}"


# Four fifths, four in five, 8 out of 10: so many parts of so many, a per cent whatever
# else the question holds (a quarter alone may be of a year: _EN_FRACTION, read last).
_EN_FEW = "one|two|three|four|five|six|seven|eight|nine"
# (Not a place among so many, ranked 2 in 6 cities, number one in five; nor a whole
# scaled or counted on, 1 in 10,000, one in 5 million.)
_EN_PARTS = LazyPattern(
    r"(?<!\bnumber )(?<!\bno\. )(?<!\bno )(?<!\btop )(?<!\brank )(?<!\branked )(?<!#)"
    rf"\b(?:(?P<parts>{_EN_FEW})[- ](?P<denominator>fifths|tenths)"
    rf"|(?P<part>{_EN_FEW}|[1-9]\d?) (?:in|out of) (?P<whole>{_EN_FEW}|ten|[2-9]|[1-9]\d)"
    r"(?![\d.,])"
    # (9/10 of firms, 17/20 of them: a fraction before of, no date)
    r"|(?P<over>[1-9]\d?)/(?P<under>[1-9]\d?)(?= of\b))\b"
    r"(?!\s*(?:hundred|thousand|million|billion|bn|mn|percent|%))",
    hints=("fifths", "tenths", " in ", "out of", "/"),
)
_EN_DENOMINATORS = {"fifths": 5, "tenths": 10}


def _en_parts(match: re.Match[str]) -> str:
    """Four in five -> 80 percent, three tenths -> 30 percent (five in two stays)."""
    if match["parts"]:
        part, whole = _en_few(match["parts"]), _EN_DENOMINATORS[match["denominator"]]
    elif match["over"]:
        part, whole = int(match["over"]), int(match["under"])
    else:
        part, whole = _en_few(match["part"]), _en_few(match["whole"])
    if part >= whole:
        return match.group()  # (five in two: no fraction)
    return f"{_percent_of(part, whole)} percent"


def _en_few(word: str) -> int:
    """A number from one to ten (or, in digits, to 99), in digits or in words."""
    return int(word) if word.isdigit() else vocab.EN_NUMBER_WORDS[word]


_EN_DIGIT_WORDS = {
    "zero": 0,
    "oh": 0,
    "nought": 0,
    **{w: n for w, n in vocab.EN_NUMBER_WORDS.items() if 1 <= n <= 9 and w != "a"},
}
_EN_DIGIT_WORD = f"(?:{'|'.join(_EN_DIGIT_WORDS)})"
# A number spoken with its decimals (27 point two six, seventy point seven, ten point
# three), as a voice assistant writes it down: in digits.
_EN_DECIMAL = LazyPattern(
    # (not at one point, in time: a point two firms passed)
    rf"(?<!\bat )\b(?P<whole>\d+|{'|'.join(w for w in vocab.EN_NUMBER_WORDS if w != 'a')}|zero)"
    rf" point (?P<digits>\d+|{_EN_DIGIT_WORD}(?:[ -]{_EN_DIGIT_WORD})*)\b",
    hints=(" point ",),
)


def _decimal(match: re.Match[str]) -> str:
    whole = match["whole"]
    number = whole if whole.isdigit() else str(vocab.EN_NUMBER_WORDS.get(whole, 0))
    said = match["digits"]
    digits = (
        said
        if said.isdigit()
        else "".join(str(_EN_DIGIT_WORDS[w]) for w in re.split(r"[ -]", said))
    )
    return f"{number}.{digits}"


def _cardinal(match: re.Match[str]) -> str:
    hundreds, tens, unit = match["hundreds"], match["tens"], match["unit"]
    if not (hundreds or (tens and unit)):
        return match.group()  # one word alone, or nothing matched
    said = vocab.EN_NUMBER_WORDS
    number = said[hundreds] * 100 if hundreds else 0
    number += sum(said[w] for w in (tens, unit, match["teen"], match["alone"]) if w)
    trailing = " " if match.group().endswith(" ") else ""
    return f"{number}{trailing}"


# kaifaquGDP, gdpzengzhang: an abbreviation glued to pinyin of two syllables or more.
_GLUED_ACRONYM = LazyPattern(
    r"(?<![a-z])(?:(?P<before>[a-z]{4,})(?P<acronym>{a})|(?P<first>{a})(?P<after>[a-z]{4,}))"
    r"(?![a-z])".replace("{a}", "|".join(vocab.GLUED_ACRONYMS)),
    hints=vocab.GLUED_ACRONYMS,
)


def _acronyms_apart(text: str) -> str:
    """kaifaquGDP -> kaifaqu gdp, gdpzengzhang -> gdp zengzhang: an abbreviation the base
    knows typed glued to pinyin, the two words apart (the whole is no word and no pinyin,
    so it had found nothing, or a near spelling of something else)."""

    def apart(match: re.Match[str]) -> str:
        pinyin = match["before"] or match["after"]
        if (fewest_syllables(pinyin) or 0) < 2:
            return match.group()  # (no pinyin: an English word, left as typed)
        if match["before"]:
            return f"{match['before']} {match['acronym']}"
        return f"{match['first']} {match['after']}"

    return _GLUED_ACRONYM.sub(apart, text)


_LATIN_RUN = re.compile(r"[a-z]+(?: [a-z]+)+")


_TONE_NUMBER = LazyPattern(r"\b(?:[a-z]+[1-5])+\b", hints=("1", "2", "3", "4", "5"))
_SYLLABLE_AND_TONE = r"([a-z]+)[1-5]"  # compiled on first use, then cached by re


def _toneless(text: str) -> str:
    """Pinyin with tone numbers, as plain pinyin: jia2 chun2 -> jia chun, jia3chun2 ->
    jiachun (every piece a syllable: tech4 is no pinyin)."""
    if _TONE_NUMBER.search(text) is None:
        return text  # (pinyin may stand beside characters: fu2chi2 zi1jin1 7.06亿)

    def toneless(match: re.Match[str]) -> str:
        syllables = re.findall(_SYLLABLE_AND_TONE, match.group())
        return "".join(syllables) if all(map(is_syllable, syllables)) else match.group()

    return _TONE_NUMBER.sub(toneless, text)


_LATIN_WORD = re.compile(r"[a-z]+")


# Structural particles and prepositions left standing alone once the words around them
# are read (拉动得更多 -> 得, 跟哪家公司签了 -> 跟): grammar, never a word asked about
# (inside 取得 or 获得 they stay).
# 这, 那 alone: that (那500台甲醇重卡); 都, 也, 还 alone: all, also, still (年底都干了啥).
_LONE_PARTICLES = frozenset("得地着跟与同这那都也还")


def _question_words_from_pinyin(text: str) -> str:
    """Chinese question words, measure words and filler typed in pinyin, as Chinese:
    duoshao hu -> 多少户, chanzhi -> 产值, zuigao -> 最高, yigong -> 一共; then they are read
    like the characters (a count asked, the output value). A word, or two words that
    together read as one of them."""
    # chaoguo 200 yi, 171 hu, 10 wan liang: a figure with its unit typed in pinyin (200亿,
    # 171户, 10万辆), as the characters.
    original = text
    figured = _FIGURE_UNIT_PINYIN.sub(
        lambda m: (
            m["number"]
            + _PINYIN_SCALES.get(m["scale"] or "", "")
            + ("元" if m["yuan"] else "")
            + _PINYIN_COUNTED.get(m["counted"] or "", "")
            # (…171 hu ma: the figure asked of, its ma asking yes or no, as 吗)
            + ("吗" if m["ma"] else " ")
        ),
        text,
    )
    text = figured
    words = list(_LATIN_WORD.finditer(text))
    if not words:
        # (高新技术企业有171 hu ma: all read now)
        return text if text == original else re.sub(r" {2,}", " ", text).rstrip()
    fillers = _question_words_by_sound()
    # (women workers: an English word, not 我们 typed in pinyin, among English words)
    in_pinyin = 2 * sum(
        fewest_syllables(w.group()) is not None and w.group() not in english_words() for w in words
    ) >= len(words)
    out: list[str] = []
    done = 0
    index = 0
    while index < len(words):
        word = words[index]
        pair = words[index + 1] if index + 1 < len(words) else None
        third = words[index + 2] if index + 2 < len(words) else None
        if (
            pair is not None
            and third is not None
            and pair.group() in _EDGE_PARTICLES
            and not text[word.end() : pair.start()].strip()
            and not text[pair.end() : third.start()].strip()
        ):
            # fasheng le shenme: 发生了什么, a verb, its particle and the question word.
            chinese = fillers.get(word.group() + pair.group() + third.group())
            if chinese is not None:
                out += [text[done : word.start()], f" {chinese} "]
                done, index = third.end(), index + 3
                continue
        if pair is not None and not text[word.end() : pair.start()].strip():
            chinese = fillers.get(word.group() + pair.group())
            if chinese is not None:
                out += [text[done : word.start()], f" {chinese} "]
                done, index = pair.end(), index + 2
                continue
        chinese = (
            fillers.get(word.group())
            if len(word.group()) >= 4 and (in_pinyin or word.group() not in english_words())
            else None
        )
        if chinese is None:
            chinese = _question_word_at_end(word.group())
        if chinese is not None:
            out += [text[done : word.start()], f" {chinese} "]
            done = word.end()
        index += 1
    if not out:
        if figured == original:
            return text
        # (gaoxin jishu qiye shi 171 hu ma: a figure typed in pinyin; its shi, de and le
        # are the copula and particles, as 是 and 的 are, no word asked)
        return re.sub(r" {2,}", " ", _PINYIN_COPULA.sub(" ", text)).rstrip()
    # you duoshao hu: 有多少 read as a pair, then hu counts what it asks (有多少户).
    text = _COUNTED_AFTER_PINYIN.sub(
        lambda m: (
            m["asked"]
            + _PINYIN_SCALES.get((m["scale"] or "").strip(), m["scale"] or "")
            + _PINYIN_COUNTED.get(m["counted"], "辆")
            + " "
        ),
        "".join(out) + text[done:],
    )
    # shi duoshao yi (yuan): 是多少亿, an amount asked in its scale, money.
    text = _SCALE_AFTER_PINYIN.sub(
        lambda m: m["asked"] + _PINYIN_SCALES[m["scale"]] + ("元" if m["yuan"] else "") + " ",
        text,
    )
    # A question typed in pinyin: its particles (shi, de, le, ma) are filler too, and he
    # or gen between two words joins them (zhengchu he fuchu: 正处和副处).
    text = re.sub(_PINYIN_PARTICLE, " ", text)
    # (…le ma: the question ends where its last word does, for 吗 to end it)
    text = re.sub(r" {2,}", " ", re.sub(_PINYIN_AND, " 和 ", text)).rstrip()
    return re.sub(r"(?<=[\u4e00-\u9fff]) +(?=[?？]+$)", "", text)  # (了吗 ?: 了吗?)


@functools.lru_cache(maxsize=8192)  # the same words come back question after question
def _question_word_at_end(word: str) -> str | None:
    """Syllables run together with the question words that end them (liudituishuipaiming
    -> liudituishui 排名, jiliqichechanzhiduoshao -> jiliqiche 产值 多少): the rest is
    two syllables or more."""
    if len(word) < 8 or not word.isalpha():
        return None
    fillers = _question_words_by_sound()
    ending: list[str] = []
    rest = word
    while len(rest) >= 8:
        found = next(
            (
                sound
                for sound in _ending_sounds()
                if rest.endswith(sound)
                and (fewest_syllables(rest[: -len(sound)]) or 0) >= 2
                and fewest_syllables(sound) is not None
            ),
            None,
        )
        if found is None:
            break
        ending.insert(0, fillers[found])
        rest = rest[: -len(found)]
    if ending and len(rest) >= 4:
        rest = fillers.get(rest, rest)  # zhanbishiduoshao: 占比 是多少, every word of it
    if ending and rest.endswith("le") and fewest_syllables(rest[:-2]) == 1:
        rest = ""  # jianlejige: 建了 几个, a verb and its particle before the count asked
    return " ".join([rest, *ending]).strip() if ending else None


_PINYIN_AND = r"(?<=[a-z]) (?:he|gen|yu) (?=[a-z])"  # used rarely
# shi, de, le beside a figure typed in pinyin: the copula and particles (是, 的, 了).
_PINYIN_COPULA = LazyPattern(r"(?<![a-z0-9])(?:shi|de|le)(?![a-z0-9])", hints=("shi", "de", "le"))
_PINYIN_PARTICLE = r"(?<![a-z0-9])(?:shi|de|le|ma|ne|ba|a|ya|you)(?![a-z0-9])"  # used rarely
# 2022 nian, 6 yue: a year or month in pinyin after its number.
_PINYIN_DATE = LazyPattern(r"(\d+)\s*(nian|yue|hao)(?![a-z])", hints=("nian", "yue", "hao"))
# A number in pinyin before what it counts or dates (liu yue: 六月, qi da: 七大, wu ge:
# 五个): the characters, read as if typed so. Not yi hao: 1号 is as often a name's
# syllables misheard (hen dun yi hao, 汾盾1号), read whole.
_PINYIN_NUMBERS = {
    "yi": "一", "er": "二", "liang": "两", "san": "三", "si": "四", "wu": "五", "liu": "六",
    "qi": "七", "ba": "八", "jiu": "九", "shi": "十", "shiyi": "十一", "shier": "十二",
}  # fmt: skip
_PINYIN_COUNTED = {
    "yue": "月", "ge": "个", "da": "大", "jia": "家", "hu": "户", "xiang": "项",
    "ming": "名", "wei": "位", "tai": "台", "bu": "部", "kuan": "款", "bi": "笔", "ren": "人",
}  # fmt: skip
# What a question word of quantity typed in pinyin counts, after it: duoshao hu, ji jia,
# duoshao wan liang, duoshao liang che (辆 车: the classifier, then what it counts, run
# together or not).
_COUNTED_AFTER_PINYIN = LazyPattern(
    r"(?P<asked>多少|几)(?P<scale>[万千百]| +(?:wan|qian|bai)(?= ))?"
    r" +(?P<counted>ge|jia|hu|xiang|ming|wei|tai|bu|kuan|bi|liang|ren)"
    r"(?=[^a-z]|$|che|qiye|gongsi|ren)",
    hints=("多少", "几"),
)
_PINYIN_SCALES = {"yi": "亿", "wan": "万", "qian": "千", "bai": "百"}
_SCALE_AFTER_PINYIN = LazyPattern(
    r"(?P<asked>多少|几) +(?P<scale>yi|wan)(?P<yuan> +yuan)?(?![a-z])", hints=("多少", "几")
)
_FIGURE_UNIT_PINYIN = LazyPattern(
    r"(?<![\d.])(?P<number>\d+(?:\.\d+)?) *"
    r"(?=(?:yi|wan|hu|jia|tai|liang|xiang|ge|ren|ming)(?![a-z]))"
    r"(?:(?P<scale>yi|wan)(?![a-z])(?P<yuan> *yuan(?![a-z]))?)? *"
    r"(?P<counted>hu|jia|tai|liang|xiang|ge|ren|ming)?(?![a-z])"
    r"(?P<ma>\s+ma(?=\s*[?？]?\s*$))?",
    hints=tuple("0123456789"),
)
_PINYIN_NUMBER = LazyPattern(
    # shi is 是 as often as 十 (shi bu shi: 是不是), so it counts only months.
    r"(?<![a-z])(?:(shiyi|shier|shi) ?(yue)|(yi|er|liang|san|si|wu|liu|qi|ba|jiu) ?"
    r"(yue|ge|da|jia|hu|xiang|ming|wei|tai|bu|kuan|bi))(?![a-z])",
    hints=tuple(_PINYIN_COUNTED),
)


def _dates_from_pinyin(text: str) -> str:
    """Dates and counts typed in pinyin, as characters: 2022 nian -> 2022年, liu yue -> 6月,
    qi da -> 七大."""
    chinese = {"nian": "年", "yue": "月", "hao": "号"}
    text = _PINYIN_DATE.sub(lambda m: m.group(1) + chinese[m.group(2)], text)
    if not text.isascii():
        return text  # pinyin stands alone in a question typed in it
    # nianmo, niandi, shangbannian: a time of the year in pinyin, as its characters.
    # (Only words holding a year's or a quarter's syllables are looked up: the sound
    # table is read for no other English word.)
    text = re.sub(
        r"(?<![a-z])(?=[a-z]*(?:nian|jidu|suimo))[a-z]{5,}(?![a-z])",
        lambda m: f" {_periods_by_sound().get(m.group(), m.group())} ",
        text,
    )

    def number(match: re.Match[str]) -> str:
        number, unit = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        said, counted = _PINYIN_NUMBERS[number], _PINYIN_COUNTED[unit]
        if counted == "月" and said != "两":  # a month, in digits as dates are read (6月)
            said = str(_ZH_NUMERALS.index(said[-1]) + 10 * (len(said) > 1))
        return f" {said}{counted} "

    return _PINYIN_NUMBER.sub(number, text)


@functools.cache
def _periods_by_sound() -> dict[str, str]:
    """Each Chinese word for a time of the year (年底, 上半年, 一季度), by its pinyin."""
    words = (*vocab.ZH_YEAR_END, *vocab.ZH_HALVES, *vocab.ZH_QUARTERS)
    found = {(sound_of(w) or ""): w for w in words if len(w) >= 2 and all(map(is_cjk, w))}
    found.pop("", None)
    return found


_ZH_NUMERALS = "〇一二三四五六七八九十"


@functools.cache
def _ending_sounds() -> tuple[str, ...]:
    """The readings of question words of four letters or more, longest first."""
    return tuple(
        sorted((s for s in _question_words_by_sound() if len(s) >= 4), key=len, reverse=True)
    )


@functools.cache
def _question_words_by_sound() -> dict[str, str]:
    """Each reading of the Chinese question, measure and filler words of two or more
    characters, and its word (the longest, where several read alike)."""
    filler = [w for w in vocab.ZH_FILLER if w not in vocab.ZH_WRITTEN_FILLER]
    words = (*filler, *vocab.ZH_MEASURE_WORDS, *vocab.ZH_MAX, *vocab.ZH_MIN)
    words += vocab.ZH_COMPARE  # shui duo, nage gao: 谁多, 哪个高
    words += vocab.ZH_EVENTS  # fasheng le shenme: 发生了什么
    # tupo duoshao yi, chaoguo 200 yi: a figure reached or passed (突破, 超过).
    words += tuple(w for w in _ZH_RELATIONS if len(w) >= 2)
    by_sound: dict[str, str] = {}
    # Of words alike in sound and length, a measure's wins over filler (danjia: 单价, a
    # price asked, not 单家), then the one with the usual unit (ji jia: 几家, not 几架;
    # duoshao liang: 多少辆, not 多少两), as it comes last.
    usual = set(_UNITS_BY_SOUND.values())
    measures = vocab.ZH_MEASURE_WORDS

    def order(word: str) -> tuple[int, bool, int]:
        return len(word), word in measures, sum(c in usual for c in word)

    for word in sorted(words, key=order):
        sound = sound_of(word) if len(word) >= 2 else None
        if sound:
            by_sound[sound] = word
            # Read too as most people say it (shei duo: 谁多, as shui duo).
            for char, reading in _SECOND_READINGS.items():
                if char in word:
                    alike = "".join(reading if c == char else sound_of(c) or "" for c in word)
                    by_sound.setdefault(alike, word)
    return by_sound


# Question characters with a second reading people type as often as the table's own.
_SECOND_READINGS = {"谁": "shei"}


_EDGE_PARTICLES = frozenset({"le", "ma", "ne", "de", "a", "ya"})


def _join_spaced_pinyin(text: str) -> str:
    """chan ye fu chi zi jin -> chanyefuchizijin: a run of three or more words that are
    all pinyin syllables, and not all English words, reads as one pinyin word."""

    def join(match: re.Match[str]) -> str:
        words = _with_words_of_syllables(match.group().split(" "))
        out: list[str] = []
        run: list[str] = []
        for word in [*words, ""]:
            if word and (is_syllable(word) or word.startswith(_SYLLABLES_OF_A_WORD)):
                run.append(word.removeprefix(_SYLLABLES_OF_A_WORD))
                continue
            # A particle at either end of a run is grammar, no syllable of a name: tiba
            # le ji ge fuchu -> tiba le | ji ge (几个), not tiba + lejige.
            while len(run) >= 3 and run[0] in _EDGE_PARTICLES:
                out.append(run.pop(0))
            edge: list[str] = []
            while len(run) >= 3 and run[-1] in _EDGE_PARTICLES:
                edge.insert(0, run.pop())
            # (ji li, hua wei, gao xin typed alone: two syllables, all that is typed, no
            # English word among them, are one pinyin word)
            alone = len(run) == 2 == len(words) and not any(w in _ENGLISH_SYLLABLES for w in run)
            if (len(run) >= 3 and not all(w in _ENGLISH_SYLLABLES for w in run)) or alone:
                out.extend(_pinyin_words(run))
            else:
                out.extend(run)
            out.extend(edge)
            run = []
            if word:
                out.append(word)
        return " ".join(out)

    return _LATIN_RUN.sub(join, text)


_SYLLABLES_OF_A_WORD = "\x1e"  # marks a word of several syllables joining a run of syllables


def _with_words_of_syllables(words: list[str]) -> list[str]:
    """si shang qiye: two syllables typed apart, then a word of syllables typed together,
    read as one run (sishangqiye, 四上企业; fendun yi hao, 汾盾1号). Only beside two
    syllables that are no English words and no grammar, so that an English sentence's
    words are never read as pinyin; and the run ends with that word (si shang qiye | you
    duoshao jia: 有多少家 stays the question's). The word is marked; an empty word on its
    outer side ends the run there."""
    joining: dict[int, bool] = {}  # index -> the word stands after the two syllables
    said = _question_words_by_sound()  # duoshao stays the question's word
    for i in range(len(words) - 1):
        if not all(is_syllable(w) and w not in _ENGLISH_SYLLABLES for w in words[i : i + 2]):
            continue
        if any(w in _GRAMMAR_SYLLABLES for w in words[i : i + 2]):
            continue  # dangjian lianmeng | dou you (都有) na xie hangye: grammar, no name
        for j in (i - 1, i + 2):
            if 0 <= j < len(words) and words[j].isalpha() and not is_syllable(words[j]):
                count = fewest_syllables(words[j])
                if words[j] not in said and count is not None and 2 <= count <= 4:
                    joining[j] = j > i
    out: list[str] = []
    for index, word in enumerate(words):
        if index not in joining:
            out.append(word)
        elif joining[index]:
            out += [_SYLLABLES_OF_A_WORD + word, ""]
        else:
            out += ["", _SYLLABLES_OF_A_WORD + word]
    return out


# Syllables of grammar, adverbs and light verbs (都, 有, 是, 的, 了 …): beside them a word of
# syllables is no part of a name run together.
_GRAMMAR_SYLLABLES = frozenset("dou you shi de le ma ne ba zai hai jiu yao hui ye he gen".split())


_LONGEST_SAID = 6  # question words of more syllables are not looked for (生产了多少: 5)


def _pinyin_words(run: list[str]) -> list[str]:
    """A run of pinyin syllables as words: the question's own words (duo shao, sheng chan,
    quan nian: 多少, 生产, 全年) apart, and the syllables between them joined (ji li qi
    che -> jiliqiche), so that a whole question typed in syllables is not one word.

    Where question words overlap, the reading that covers the most syllables with them
    wins, then the one in fewest pieces: liu di tui shui duo shao is liudituishui + 多少,
    not liuditui + 谁多 + shao."""
    said = _question_words_by_sound()
    if len(run) <= 1 or "".join(run) in said:
        return ["".join(run)]
    # best[i][open]: the best reading of run[:i] as (covered, -pieces, pieces), open when
    # it ends in a run of syllables that the next one may join.
    Reading = tuple[int, int, tuple[tuple[str, ...], ...]]
    best: list[dict[bool, Reading]] = [{} for _ in range(len(run) + 1)]
    best[0][False] = (0, 0, ())

    def offer(i: int, open_: bool, reading: Reading) -> None:
        if open_ not in best[i] or reading[:2] > best[i][open_][:2]:
            best[i][open_] = reading

    for i in range(len(run)):
        for open_, (covered, pieces, read) in list(best[i].items()):
            # The syllable joins the run of syllables before it, or starts one.
            if open_:
                offer(i + 1, True, (covered, pieces, (*read[:-1], (*read[-1], run[i]))))
            else:
                offer(i + 1, True, (covered, pieces - 1, (*read, (run[i],))))
            if run[i] in _EDGE_PARTICLES:  # le, de: grammar, read as such
                offer(i + 1, False, (covered + 1, pieces - 1, (*read, (run[i],))))
            for size in range(2, min(_LONGEST_SAID, len(run) - i) + 1):
                word = "".join(run[i : i + size])
                if word in said:
                    offer(i + size, False, (covered + size, pieces - 1, (*read, (word,))))
    ending = best[len(run)]
    _, _, read = max(ending.values(), key=lambda r: r[:2])
    words: list[str] = []
    for piece in read:
        if len(piece) == 1 and "".join(piece) in said:
            words.append(piece[0])  # a question word
            continue
        chunk = list(piece)
        # A particle at either end is grammar (tiba le | 几个), no syllable of a name.
        tail: list[str] = []
        while chunk and chunk[0] in _EDGE_PARTICLES:
            words.append(chunk.pop(0))
        while chunk and chunk[-1] in _EDGE_PARTICLES:
            tail.insert(0, chunk.pop())
        words.extend(["".join(chunk)] if len(chunk) > 1 else chunk)
        words.extend(tail)
    return words


# Pinyin syllables that are also everyday English words: a run of only these is English.
_ENGLISH_SYLLABLES = frozenset("a an as he me in on no go so ten long hang gang bang den ".split())


# --- periods ---------------------------------------------------------------------------------

# (2022.6 and 2022/6 date a month too: a year's digits before a point are no amount's,
# unless a unit follows, 2022.6万.)
_MONTH = re.compile(
    r"(?:(\d{4})年)?(?<!\d)(1[0-2]|0?[1-9])月份?"
    # (a day after it, 2022.06.30, says no more than its month here; a unit or 月 after
    # it makes it an amount, 超过2020.5辆, or leaves the month to the 月 read above)
    r"|(?<![\d.])((?:19|20)\d{2})[-./](1[0-2]|0?[1-9])(?:[-./](?:3[01]|[12]\d|0?[1-9]))?"
    r"(?![\d.%万亿元月辆台户家个项人名位件次])"
)
_ZH_MONTH_RANGE = LazyPattern(
    # (1至6月: the first month's 月 said once, after the last)
    r"(?<![\d.])(?P<first>1[0-2]|0?[1-9])(?:月份?)?\s*(?:到|至|~|-|—|–)\s*(?P<last>1[0-2]|0?[1-9])月份?"
    r"(?:之间|期间|间)?",
    hints=("月",),
)
_EN_MONTH_RANGE = LazyPattern(
    rf"\b(?:between|from)\s+(?P<first>{'|'.join(vocab.EN_MONTHS)})\s+(?:and|to|through|until)"
    rf"\s+(?P<last>{'|'.join(vocab.EN_MONTHS)})\b",
    hints=("between", "from"),
)


def _month_number(said: str) -> int:
    """4 or April: the month's number."""
    return int(said) if said.isdigit() else vocab.EN_MONTHS.index(said) + 1


_SAME_TIME_LAST_YEAR = LazyPattern(r"(?:去年|上年|上一年|前一年)同期", hints=("同期",))
# 12月底, 12月末, 截至12月, by the end of December: the month's end, as of it (12月前
# is before it: January to November).
_MONTH_ENDED = LazyPattern(r"\s*(?:底|末|止|为止)", hints=("底", "末", "止"))
_UNTIL = LazyPattern(r"(?:截至|截止|截止到|到)\s*(?:\d{4}年)?\s*$", hints=("截", "到"))
_EN_UNTIL = LazyPattern(
    r"(?:\bas of|\bend of|\bthrough|\buntil|\bup to)\s*(?:the\s+)?$",
    hints=("as of", "end of", "through", "until", "up to"),
)
# (2000台, 2000 trucks: a number of things, no year)
# A year (2021年, 2021), not a number of things (2000台, 2000多户: a count; 2019亿元以上
# 企业 keeps its year).
_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2}|\d{2}(?=年))"
    r"(?:年度|年|(?![\d.%])(?!\s*[多余]?[台辆户家个项人名件位])(?!\s*(?:[亿万]元?|元)(?!元?以上)))"
)
# (were 2000 methanol trucks delivered: things counted; in 2021 firms: a year)
_THINGS_COUNTED_AFTER = LazyPattern(
    r"^\s+(?:[a-z-]+\s+)?(?:trucks|cars|vehicles|units|firms|enterprises|companies|people"
    r"|cadres|projects|powers|items|alliances|yuan|billion|million)\b",
    hints=(" ",),
)
_BEFORE_A_YEAR = LazyPattern(
    r"\b(?:in|of|for|during|by|since|until|before|after)\s+$",
    hints=("in", "of", "for", "during", "by", "since", "until", "before", "after"),
)
_EN_MONTH = re.compile(
    r"\b(?:in |of |during |by )?("
    + "|".join(vocab.EN_MONTHS)
    + r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)\b(?: (?:of )?((?:19|20)\d{2}))?"
)


# An average's words (vocab's per-unit measure): how a figure asked is reckoned.
_AVERAGE = frozenset({"average", "平均"})
_EVENT_THEN_WHICH = LazyPattern(
    r"(?<=[\u4e00-\u9fff]{4})(?:以后|之后|过后|后)(?=(?:和|跟|与|同|向)?(?:哪|谁))",
    hints=("后",),
)
_MADE_THEN_THING = LazyPattern(
    # (the thing right after the verb: not 造的新能源车有多少辆, things of a kind made)
    r"(?:生产|制造|造)了?(?P<thing>(?:(?![的有是里])[\u4e00-\u9fff]){2,8}?)(?=(?:多少|几)[台辆部])",
    hints=("生产", "造"),
)
# The kind of thing a which-question chooses among (which indicator, 哪项指标).
_KIND_CHOSEN = LazyPattern(
    r"\bwhich (?P<en>[a-z][a-z-]+)\b"
    r"|哪(?:个|一个|项|一项|类|一类)(?P<zh>[\u4e00-\u9fff]{2,4}?)(?=[的是有增涨达占拉])",
    hints=("which", "哪"),
)
_AN_OCCASION = LazyPattern(
    r"\b(?:after|since|following)\s+the\s+(?P<words>[a-z0-9]+(?:\s[a-z0-9]+){0,2})\s*[?.!]*$",
    hints=("after", "since", "following"),
)


def _occasion_words(occasion: re.Match[str]) -> str:
    """The words naming an occasion (the April shutdown, 疫情, the pandemic)."""
    return next((w for w in occasion.groupdict().values() if w), "")


_OF_AFTER = LazyPattern(r"\s*of\b", hints=("of",))
# 疫情期间, during the pandemic: when, the whole year the report tells of (its words count
# only where they hit, as an occasion's).
_DURING_THE_PANDEMIC = LazyPattern(
    r"(?P<words>疫情)(?:期间|时期|的时候|那段时间|那阵子|那几个月)"
    r"|\bduring\s+(?:the\s+)?(?P<during>(?:covid(?:-19)?\s+)?(?:pandemic|outbreak|epidemic)|covid)\b",
    hints=("疫情", "during"),
)
_AFTER_AN_EVENT = LazyPattern(
    r"\b(?:after|since|following|in the wake of)\s+(?:the\s+)?(?:[a-z]+\s+)?$",
    hints=("after", "since", "following", "wake"),
)


def period_set_aside(question: Question) -> Period | None:
    """除了6月, apart from June: a time set aside (the first thing set aside that is only a
    time)."""
    for thing in question.excluded:
        found, rest = _period(thing)
        # (除了6月下线的轿车: a thing of June, not the month: other things of it stay)
        if found is not None and not found.whole_year and not rest.strip(f" {_SOFT}的份"):
            return found
    return None


# A year in Chinese numerals (二〇二一年, 二零二二年, 二一年): its digits, read as 2021年.
_YEAR_IN_NUMERALS = LazyPattern(
    # (二一年, 二二年: the decade's short years; not 过去二三年, two or three years)
    r"(?<![〇零一二三四五六七八九十百千两])(?:[一二][〇零一二三四五六七八九]{3}"
    r"|(?<![去近这那前后])二[〇零一二])(?=年)",
    hints=("〇", "零", "二", "一"),
)
_NUMERAL_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def years_in_digits(text: str) -> str:
    """The text with each year written in Chinese numerals in digits (二〇二一年: 2021年)."""
    return _YEAR_IN_NUMERALS.sub(lambda m: m.group().translate(_NUMERAL_DIGITS), text)


def _period(text: str) -> tuple[Period | None, str]:
    """The period a query names, and the query without it."""
    found: Period | None = None
    text = years_in_digits(text)

    def take(period: Period, span: tuple[int, int]) -> None:
        nonlocal found, text
        period, span = _after_or_before(period, text, span)
        found = found or period
        text = text[: span[0]] + _SOFT + text[span[1] :]

    same_time = _SAME_TIME_LAST_YEAR.search(text)
    if same_time is not None:
        # 去年同期的产值 (not 比去年同期增长, read before): the year before the report's.
        previous = str(int(REPORT_YEAR) - 1)
        take(Period(previous, previous), same_time.span())
    months = _ZH_MONTH_RANGE.search(text) or _EN_MONTH_RANGE.search(text)
    if months is not None:
        # 4月到6月, between April and June: the months from one to the other.
        first, last = (_month_number(months[g]) for g in ("first", "last"))
        if first <= last:
            take(_months(first, last), months.span())
    for match in _MONTH.finditer(text) if found is None else ():
        year = match.group(1) or match.group(3) or REPORT_YEAR
        month = f"{year}-{int(match.group(2) or match.group(4)):02d}"
        ended = _MONTH_ENDED.match(text[match.end() :]) or _UNTIL.search(text[: match.start()])
        take(Period(month, month, as_month=ended is None), match.span())
        break
    if found is None:
        for match in _EN_MONTH.finditer(text):
            name = match.group(1).rstrip(".")
            if name == "may" and not (match.group(2) or match.group().startswith("in ")):
                continue  # "may" is a month only as "in May" or "May 2022"
            if _AFTER_AN_EVENT.search(text[: match.start()]) is not None:
                # after the April shutdown: the month dates what it came after, the time
                # asked about is none of it (the month stays a word of the event).
                break
            index = next(i for i, m in enumerate(vocab.EN_MONTHS) if m.startswith(name[:3]))
            month = f"{match.group(2) or REPORT_YEAR}-{index + 1:02d}"
            # "as of December", "the end of December": the lead word (of) is in the match.
            lead = match.group()[: match.start(1) - match.start()]
            until = lead == "by " or _EN_UNTIL.search(text[: match.start()] + lead) is not None
            take(Period(month, month, as_month=not until), match.span())
            break
    if found is None:
        for words, (first, last) in (*vocab.ZH_HALVES.items(), *vocab.EN_HALVES.items()):
            at = text.find(words)
            if words == "fall" and _FALL_AS_SEASON.search(text) is None:
                continue  # did GDP fall: the verb, no season
            if at >= 0 and _contains_word(text, words):
                season = words in vocab.SEASONS
                take(_months(first, last)._replace(rough=season), (at, at + len(words)))
                break
    if found is None and (mid := _ZH_MID_YEAR.search(text)) is not None:
        take(_months(6, 7), mid.span())  # 是在年中交付的吗, 年中有啥大事
    if found is None:
        for words, quarter in (*vocab.ZH_QUARTERS.items(), *vocab.EN_QUARTERS.items()):
            at = text.find(words)
            if at >= 0 and _contains_word(text, words):
                start = at - 1 if at and text[at - 1] in "第" else at
                end = at + len(words)
                # 二季度开头, 二季度初, the start of Q2: its first month.
                opens = _QUARTER_OPENS.match(text[end:])
                early = _EN_QUARTER_OPENS.search(text[:start])
                if opens is not None or early is not None:
                    first = 3 * quarter - 2
                    span = (early.start() if early else start, end + (opens.end() if opens else 0))
                    take(_months(first, first), span)
                    break
                take(_months(3 * quarter - 2, 3 * quarter), (start, end))
                break
    if found is not None and found.start == found.end and not found.whole_year:
        # 第二季度刚开始的四月: a half or a quarter holding the month says no more than it.
        number = int(found.start[5:])
        around = [*vocab.ZH_HALVES.items(), *vocab.EN_HALVES.items()]
        around += [
            (words, (3 * quarter - 2, 3 * quarter))
            for words, quarter in (*vocab.ZH_QUARTERS.items(), *vocab.EN_QUARTERS.items())
        ]
        for words, (first, last) in around:
            at = text.find(words)
            if at >= 0 and first <= number <= last and _contains_word(text, words):
                start = at - 1 if at and text[at - 1] == "第" else at
                text = text[:start] + _SOFT + text[at + len(words) :]
    if found is None:
        year_end = _ZH_YEAR_END.search(text)
        if year_end is not None:
            year = _full_year(year_end.group(1) or REPORT_YEAR)
            take(Period(f"{year}-12", f"{year}-12"), year_end.span())
    if found is None:
        year_end = _EN_END_OF_YEAR.search(text)
        if year_end is not None:  # the end of 2021, year-end 2022
            year = year_end.group(1) or year_end.group(2)
            take(Period(f"{year}-12", f"{year}-12"), year_end.span())
    if found is None:
        for words in vocab.EN_YEAR_END:
            at = text.find(words)
            if at >= 0 and _contains_word(text, words):
                take(Period(f"{REPORT_YEAR}-12", f"{REPORT_YEAR}-12"), (at, at + len(words)))
                break
    if found is None:
        before = _YEAR_BEFORE.search(text)
        if before is not None:  # 前年: the year before the report's (去年 is the report's)
            year = str(int(REPORT_YEAR) - 1)
            take(Period(year, year), before.span())
    if found is None:
        after = _YEAR_AFTER.search(text)
        if after is not None:
            year = str(int(REPORT_YEAR) + 1)
            take(Period(year, year), after.span())
    if found is None:
        # 疫情前的GDP: a figure of 2019, the year before the pandemic; not the level a
        # figure is held against (超过疫情前水平, 比疫情前高, back above its pre-pandemic size).
        pre = _PRE_PANDEMIC.search(text)
        rest = "" if pre is None else text[: pre.start()] + text[pre.end() :]
        if pre is not None and re.search(r"[a-z\u4e00-\u9fff]", rest.replace("的", "")):
            # (疫情之前 alone names the fact that the economy is back above that level)
            take(Period(PRE_PANDEMIC_YEAR, PRE_PANDEMIC_YEAR), pre.span())
    for match in _YEAR.finditer(text):
        if (
            _THINGS_COUNTED_AFTER.match(text[match.end() :]) is not None
            and _BEFORE_A_YEAR.search(text[: match.start()]) is None
            and abs(int(match.group(1)) - int(REPORT_YEAR)) > 5  # (2022 firms: of 2022)
        ):
            continue
        year = _full_year(match.group(1))
        if found is None:
            found = Period(year, year)
        elif found.year != year:
            found = found._replace(start=year + found.start[4:], end=year + found.end[4:])
        text = text[: match.start()] + _SOFT + text[match.end() :]
        break
    return found, text


PRE_PANDEMIC_YEAR = "2019"
# in the fall, fall 2022, last fall: the season (not GDP did fall, the fall in GDP)
_FALL_AS_SEASON = LazyPattern(
    r"\b(?:in|during|this|last|by|until|since|early|late|that)\s+(?:the\s+)?fall\b(?!\s+(?:in|of)\s+[a-z])"
    r"|\bfall\s+(?:of\s+)?(?:20\d\d|season|months?)\b",
    hints=("fall",),
)
_PRE_PANDEMIC = LazyPattern(
    r"(?<!超过)(?<!高于)(?<!回到)(?<!恢复到)(?<!恢复)(?<!达到)(?<!超)(?<!于)(?<!到)"
    r"(?<!比)(?<!和)(?<!跟)(?<!与)(?<!同)(?<!较)(?<!过)(?<!越)"
    r"疫情(?:爆发|暴发)?(?:之|以)?前(?!水平|的水平|水准|的水准|规模|后)"
    r"(?=\s*的?[a-z\u4e00-\u9fff])"
    r"|(?<!above )(?<!over )(?<!exceeded )(?<!exceed )(?<!surpassed )(?<!beyond )(?<!to )"
    r"(?<!than )(?<!with )(?<!and )(?<!vs )(?<!vs\. )(?<!versus )(?<!-)"
    r"(?<!it was )(?<!they were )(?<!it had been )"  # back above where it was before covid
    r"\b(?:pre-(?:pandemic|covid(?:-19)?)"
    r"|(?:before|prior to) (?:the )?(?:pandemic|covid(?:-19)?))\b"
    r"(?! (?:level|size|levels))(?!-)",  # pre-pandemic-comparison-span: a name
    hints=("疫情", "pandemic", "covid"),
)
_YEAR_BEFORE = LazyPattern(
    r"(?<![比较])(?:前年|上一年度|上年度)|\b(?:the year before last|two years ago)\b"
    # (2022年的上一年, 前一年的战新产业产值: the year before the report's, as 上年 is; not
    # 比上一年, growth over it, nor 上一年同期)
    rf"|(?:(?:{REPORT_YEAR}年|今年)的?)?(?<![比较与和跟同以规])(?:上一年|前一年|上年)(?!同期|相比|比|度)"
    r"|\b(?:the|a) (?:year before|previous year|prior year|year earlier)\b(?! last)",
    hints=(
        "前年",
        "年度",
        "上一年",
        "前一年",
        "上年",
        "year before",
        "two years",
        "previous",
        "prior",
        "earlier",
    ),
)
# Next year said (明年, 来年, next year): the year after the report's, unless its plans
# are asked (明年的目标, plans for next year: the report's outlook).
_PLANS_ASKED = LazyPattern(
    r"计划|目标|打算|规划|安排|任务|思路|重点|方向|展望|要干|要做|干什么|做什么|怎么干|前景|愿景"
    r"|\b(?:plans?|planned|planning|goals?|targets?|aims?|outlook|priorit\w*|agenda|intend\w*"
    r"|vision|ahead|going forward)\b|\bwhat\b[^?]*\bwill\b[^?]*\bdo\b",
    hints=(
        *"计目打规安任思重方展要干做怎前愿",
        "plan",
        "goal",
        "target",
        "aim",
        "outlook",
        "priorit",
        "agenda",
        "intend",
        "vision",
        "ahead",
        "going",
        "will",
    ),
)
_NEXT_YEAR = LazyPattern(
    # (not 说明 or 表明 before 年底: 报告说明年底交付了…)
    r"(?<![说表证声阐查注标写讲指申发光文聪鲜透简分])明年|(?<![未])来年"
    r"|\b(?:next|the coming|the following) year(?:'s)?\b",
    hints=("明年", "来年", "year"),
)
# 2022年的下一年, 次年, a year later: the year after the report's (明年, next year, is
# so only where a figure is asked: _NEXT_YEAR; else it asks the plans ahead, which the
# report's outlook speaks of).
_YEAR_AFTER = LazyPattern(
    rf"(?:(?:{REPORT_YEAR}年|今年)的?)?(?:下一年|后一年|(?<![首一二两三几多每这某])次年)"
    r"|\b(?:a year later|the (?:following|subsequent) year)\b",
    hints=("下一年", "后一年", "次年", "year later", "following", "subsequent"),
)
_EN_END_OF_YEAR = LazyPattern(
    r"\b(?:(?:at|by) )?(?:the )?end of (?:the year )?(20\d\d)\b|\byear[- ]end (20\d\d)\b",
    hints=("end",),
)
# (22年底, 2022年年底: a year's 年 may be the year-end's own)
_ZH_YEAR_END = re.compile(
    r"(?:(?<!\d)(\d{4}|\d{2})(?:年(?=年))?)?(?:" + "|".join(vocab.ZH_YEAR_END) + ")"
)


def _full_year(year: str) -> str:
    return year if len(year) == 4 else "20" + year  # 22年底 is the end of 2022


def _after_or_before(
    period: Period, text: str, span: tuple[int, int]
) -> tuple[Period, tuple[int, int]]:
    """6月之后, after Q2, 自4月以来, before June: the months after, since or before those
    named (of a month, quarter or half; 2022年以来 is the year), and the words' span."""
    if period.whole_year:
        return period, span
    year, first, last = int(period.year), int(period.start[5:]), int(period.end[5:])
    if first == last == 12 and not period.as_month:
        return period, span  # before year-end, 年底之前: by year-end, as year-end says
    after = _ZH_AFTER.match(text[span[1] :])
    english = _EN_AFTER.search(text[: span[0]])
    way = after.group() if after is not None else (english["way"] if english else "")
    if not way:
        return period, span
    if after is not None:
        span = (span[0], span[1] + after.end())
    elif english is not None:
        span = (english.start(), span[1])
    # (The months shifted to are months: a year's figure is none of them.)
    if way in ("以来", "since"):
        if first == 1:
            return Period(str(year), str(year)), span  # 年初以来: the year so far
        return Period(f"{year}-{first:02d}", f"{year}-12", as_month=True, shifted=True), span
    if way in ("之前", "以前", "before", "prior to"):
        if first == 1:
            return Period(str(year - 1), str(year - 1)), span
        return Period(f"{year}-01", f"{year}-{first - 1:02d}", as_month=True, shifted=True), span
    if last == 12:
        return Period(str(year + 1), str(year + 1)), span
    return Period(f"{year}-{last + 1:02d}", f"{year}-12", as_month=True, shifted=True), span


_ZH_AFTER = LazyPattern(r"之后|以后|过后|以来|之前|以前|后(?![来面期续])", hints=("后", "来", "前"))
_EN_AFTER = LazyPattern(
    r"\b(?P<way>after|since|before|prior to)\s+(?:the\s+)?$",
    hints=("after", "since", "before", "prior"),
)


def _months(first: int, last: int) -> Period:
    return Period(f"{REPORT_YEAR}-{first:02d}", f"{REPORT_YEAR}-{last:02d}")


# --- what is asked ---------------------------------------------------------------------------

# 哪几个, 哪几家: which ones, a list of names, not how many.
_COUNT = re.compile(
    # 多少个亿, 几个百分点: 个 before a scale or a point counts no things.
    # (几个人, 多少位: people, counted in 个 or 位)
    r"(?:多少|(?<!哪)几)[万千百]?(?P<unit>[家户间辆台架人名项件只位]|个人|个(?!亿|万|千|百分点|点)"
    r"|支(?![持付出撑]))"
    r"|(?:多少|(?<!哪)几)(?:家|个)?(?=企业|公司|项目)"
)
# (How many years is a duration; how many billion yuan an amount of money.)
# English words of an amount's scale and currency, said without a number (bn, billion, yuan).
_SCALES_EN = r"bn|bln|mn|mln|billions?|millions?"
_CURRENCIES_EN = r"yuan|rmb|cny"
_HOW_MANY = re.compile(
    # (how many times: a multiple, no count of things)
    rf"\bhow many\b(?! (?:years|months|days|times|percent|(?:percentage )?points?"
    rf"|(?:{_SCALES_EN}|{_CURRENCIES_EN})\b))"
)
_HOW_MANY_MONEY = re.compile(rf"\bhow many (?:{_SCALES_EN}|{_CURRENCIES_EN})\b")
_WANTS_NUMBER = ("多少", "几", "多大", "多高", "多快", "多长", "百分之")
_EN_WANTS_NUMBER = (
    "how many", "how much", "how big", "how large", "how fast", "how high", "what percentage",
    "what share", "what proportion", "number of", "what is the value", "what was the value",
    "how long", "what rank", "what place", "amount of", "amounts of", "what amount",
)  # fmt: skip


def _wants_number(text: str) -> bool:
    text = text.replace("哪几", "哪")  # 哪几个联盟: which ones, named
    # 几等奖, 几级: which grade or level, named in words (二等奖, 国家级), not a number.
    text = re.sub(r"几(?=[等级档])", "", text)
    return (
        any(w in text for w in _WANTS_NUMBER)
        or any(_contains_word(text, w) for w in _EN_WANTS_NUMBER)
        or ("量" in text and _QUANTITY_ENDING.search(text) is not None)
    )


# A quantity named last (甲醇重卡交付量, 出货量): how much, though no 多少 is said (not
# 质量, 力量, 考量, 商量: quality, strength, weighing up).
_QUANTITY_ENDING = re.compile(r"[\u4e00-\u9fff](?<![质力考商能胆])量[？?。!！\s]*$")


def _dimensions(text: str) -> set[str]:
    """Unit dimensions a question's measure word asks for: 多少家 -> enterprises."""
    dimensions = set()
    for match in _COUNT.finditer(text):
        unit = match.group("unit")
        if not unit and _names_an_amount(text[match.end() :]):
            continue  # 多少企业产业扶持资金: the funds' amount, 企业 only says whose
        dimensions.add(vocab.COUNT_DIMENSIONS[unit] if unit else "enterprises")
    # (多少万辆: vehicles in tens of thousands, no money)
    uncounted = _SCALED_COUNT.sub("", text)
    if (
        any(w in uncounted for w in vocab.MONEY_WORDS_ZH)
        or _contains_word(text, "how much money")
        or (_contains_word(text, "how much") and not _contains_word(text, "how much faster"))
        or _HOW_MANY_MONEY.search(text) is not None
    ):
        dimensions.add("money")
    # How many years is a duration, not a count.
    if _HOW_MANY.search(text) or _contains_word(text, "number of"):
        dimensions.add("count")
    if any(
        _contains_word(text, w) for w in ("what percentage", "what share", "how many percent")
    ) or any(w in text for w in ("百分之多少", "百分之几")):
        dimensions.add("percent")  # (how many percent: a per cent, no count of things)
    if any(w in text for w in _FIRMS_COUNTED):
        dimensions.add("enterprises")
    if _PEOPLE_NUMBER.search(text) or (
        any(_contains_word(text, w) for w in _EN_PEOPLE_COUNTED)
        and _FIRMS_SAID_EN.search(text) is None
    ):
        # 吉利人数, cadres rotated, headcount: people counted, never vehicles or firms
        # (but a headcount of enterprises, firms not staff, counts them).
        dimensions.add("people")
    if "count" in dimensions:
        dimensions |= _ANY_COUNT
    for match in _MEASURED_IN.finditer(text):
        # 多少吨, 几公里, how many tons: a quantity in a unit no fact states.
        dimensions.add(UNSTATED_UNITS[match["unit"] or match["unit_en"]])
    return dimensions


# Units of quantities the report states none of (weight, length, area, score, time, energy).
UNSTATED_UNITS = {
    "吨": "weight", "公斤": "weight", "千克": "weight", "tons": "weight", "tonnes": "weight",
    "公里": "length", "千米": "length", "米": "length", "kilometres": "length",
    "kilometers": "length", "km": "length", "miles": "length", "metres": "length",
    "平方米": "area", "平米": "area", "亩": "area", "公顷": "area", "hectares": "area",
    "acres": "area", "square metres": "area", "square meters": "area",
    "分": "score", "千瓦时": "energy", "千瓦": "energy", "度": "energy", "小时": "time",
    "天": "time", "hours": "time", "days": "time",
}  # fmt: skip
_MEASURED_IN = LazyPattern(
    # (not 前几天, a few days ago, nor 几分之几, a fraction)
    r"(?<![前这那近头])(?:多少|几)[万千百]?(?P<unit>吨|公斤|千克|公里|千米|平方米|平米|米|亩|公顷|(?<!百)分(?![之别钟点比数])"
    r"|千瓦时|千瓦|度(?!过)|小时|天)"
    r"|\bhow many (?P<unit_en>tons|tonnes|kilometres|kilometers|km|miles|metres|hectares|acres"
    r"|square metres|square meters|hours|days)\b",
    hints=("多少", "几", "how many"),
)


_SCALED_COUNT = LazyPattern(
    r"(?:多少|几)[万千百亿](?=[家户间件辆台架人名项个只支])", hints=("多少", "几")
)
_ANY_COUNT = frozenset({"count", "enterprises", "vehicles", "people", "items"})  # how many


def _names_an_amount(text: str) -> bool:
    """Does the text name an amount of money or output (资金, 产值, 投资)?"""
    return any(word in text for word in _zh_amount_words())


def _grows_a_level(text: str, word: str) -> bool:
    """产值增长, 增加值增长: growth named right after a level measure is the growth of
    it, asked for or not (食品行业产值增长 speaks of growth, not of output value)."""
    before = text[: text.find(word)]
    return word == "增长" and any(
        before.endswith(level)
        for level, measure in vocab.ZH_MEASURE_WORDS.items()
        if measure in vocab.LEVEL_MEASURES
    )


@functools.cache
def _measure_tables() -> tuple[tuple[dict[str, str], _Words], ...]:
    """The measure words' tables, each with its words longest first (sorted once, not for
    every question)."""
    return tuple(
        (table, _Words(sorted(table, key=len, reverse=True)))
        for table in (vocab.ZH_MEASURE_WORDS, vocab.EN_MEASURE_WORDS)
    )


@functools.lru_cache(maxsize=1024)  # a fact's text is asked of again and again
def quantities_named(text: str) -> frozenset[str]:
    """The quantities the text's measure words name, whose growth a rate may be of: the
    levels (GDP, output value, investment, value added) and counts (投资增速: investment)."""
    folded = fold_query(text)
    return frozenset(
        table[word]
        for table, by_length in _measure_tables()
        for word in by_length.within(folded)
        if table[word] in _GROWING_QUANTITIES
        and word in folded
        and _contains_word(folded, word)
        and not _inside_a_word(folded, word)
    )


_GROWING_QUANTITIES = vocab.LEVEL_MEASURES | {"count"}
# A target met, beaten or missed: the verb before the target (完成年度任务, 超过目标, met
# its targets), or after it with no figure (目标超额完成, targets were exceeded).
_TARGET_WORDS_MET = (
    r"(?:(?:完成|超额|达成|实现|完不成|超过|突破|达到)了?[^，,。？?\d]{0,4}?(?:目标|任务|计划)"
    r"|(?:目标|任务|计划)(?:已经|已|都|均|全部|全)?(?:超额)?(?:完成|达成|实现)(?!多少|几)"
    r"|\b(?:met|meet|meets|meeting|hit|hits|achiev\w*|exceed\w*|beat\w*|surpass\w*|reach\w*"
    r"|miss\w*|(?:over)?fulfil\w*|smash\w*|overshot|overshoot|overachiev\w*|over ?finish\w*"
    r"|short of)\b(?:\s+[\w'-]+){0,4}?\s+(?:targets?|goals?|indicators?)\b"
    r"|\b(?:targets?|goals?)\s+(?:were|was|are|is|been|be)\s+(?:\w+\s+)?(?:met|hit|achieved"
    r"|exceeded|beaten|surpassed|reached|missed|overfulfilled|fulfilled|overachieved)\b)"
)
# A target's figure asked or claimed (高新技术企业目标是多少, 计划达到多少户, 吉利产量目标超过
# 10万辆吗, 地区生产总值目标, what was the target for high-tech firms), not a target met or
# beaten (完成年度任务了吗, 目标超额完成, did it hit its targets) nor a goal in words
# (党建联盟的目标是什么, the goal of the alliances).
_TARGET_ASKED = LazyPattern(
    r"^(?!.*" + _TARGET_WORDS_MET + r")"
    r"(?:.*(?:目标|年度任务|计划)(?:值|数)?(?:是|为|定为|定的是|定在)?(?:多少|几)"
    r"|.*计划(?:达到|完成|实现|新增|引进|交付|生产)?(?:多少|几)"
    # (a figure claimed of it: 目标超过10万辆, 计划是500台)
    r"|.*(?:目标|年度任务|计划)(?:值|数)?(?:是|为|定为|定在)?(?:超过|突破|达到|过|不到|不足|不少于"
    r"|高于|低于|约|大约|接近|将近|在)?\s*[\d一二两三四五六七八九十百千]"
    # (of a measure or a thing counted: 产量目标, 高新技术企业目标, 交付计划; not 联盟目标)
    r"|.*(?:产量|产值|总值|增加值|增速|增长|户数|数量|交付|投资|资金|规模|企业|项目|小巨人|中心|干部|重卡"
    r"|汽车|gdp)的?(?:目标|年度任务|计划)(?!是什么|是啥|有哪些|是哪些)"
    # (a target for a thing, or its number; a goal, what it is for, only of a measure said)
    r"|.*\btargets?\s+(?:for|of|on|numbers?|figures?|amounts?|levels?)\b"
    r"|.*\bgoals?\s+for\s+(?:[\w'-]+\s+){0,3}?(?:firms?|enterprises?|companies|projects?"
    r"|vehicles?|trucks?|output|gdp|growth|investment)\b"
    r"|.*\b(?:output|production|gdp|growth|number|deliver(?:y|ies)|investment|vehicles?"
    r"|trucks?|firms?|enterprises?|companies)\s+(?:targets?|goals?)\b"
    r"|.*\bhow\s+(?:many|much)\b.*\b(?:aim(?:ed|s|ing)?\s+for|plann?(?:ed|s))\b)",
    hints=("目标", "任务", "计划", "target", "goal", "aim", "plan"),
)
_MADE_SAID_BY_ZUO = frozenset({"做了几", "做了多少"})  # (made, only of vehicles counted)


def _measure_words(text: str, wants_number: bool) -> list[tuple[str, str]]:
    """(measure, word as written) for each measure word in the query, longest first."""
    found: list[tuple[str, str]] = []
    taken = text
    for table, by_length in _measure_tables():
        for word in by_length.within(taken):
            # _contains_word's own first look, without a call for each of 400 words.
            if word not in taken or not _contains_word(taken, word):
                continue
            if not table[word]:  # a phrase that only looks like a measure (规模以上)
                taken = _replace_word(taken, word, " ")
                continue
            if (
                word in _VERB_MEASURES
                and not wants_number
                and not _grows_a_level(text, word)
                and not _CONTRIBUTION_TO.search(text)
            ):
                continue
            if word.isascii() and _after_moving(taken, word):
                continue  # reshuffled between jobs: the jobs are where they went, not a count
            if table[word] in _PEOPLE_MEASURES and _told_to(taken, word):
                continue  # explained the Congress to staff: whom it was for, not how many
            if (
                table[word] == "employees"
                and word.isascii()
                and not wants_number
                and not any(_contains_word(text, h) for h in _HEADCOUNT)
            ):
                continue  # staff shortages, training for staff: no number of them asked
            if (
                table[word] == "funds"
                and word.isascii()
                and not wants_number
                and _WHICH_SET_UP.search(text) is not None
            ):
                continue  # which funds were set up: the funds themselves, no amount asked
            if table[word] in vocab.LEVEL_MEASURES and _contributed_to(taken, word):
                continue  # Geely's push to industrial value added: a pull on it, asked
            if _inside_a_word(taken, word):
                continue  # 税收 in 税收返还 (a tax refund) asks for no tax revenue
            if table[word] == "target" and not _TARGET_ASKED.search(taken):
                continue  # met its targets, 党建联盟的目标是什么: no figure of one asked
            if table[word] != "per-unit" and _before_a_threshold(taken, word):
                # firms with output over 100 million: a class of firms, not a figure (每家
                # 亿元以上企业: each firm of the class, an average asked of it)
                continue
            if (
                table[word] in vocab.LEVEL_MEASURES
                and not word.endswith(("多少", "几"))  # 生产了多少吨方便面: the thing made
                and _modifies(taken, word, wants_number)
            ):
                continue
            measure = table[word]
            if word == "production" and _PUT_INTO_PRODUCTION.search(taken) is not None:
                continue  # halted production: no amount made asked
            after = taken[taken.find(word) + len(word) :][:2]
            # 生产了多少辆: the count's word too; 造了几万台, with the scale before it.
            counter = after[:2] if after[:1] in "万千百" and after[1:2] else after[:1]
            if word in _MADE_SAID_BY_ZUO and counter[-1:] not in "台辆":
                continue  # 做了几件事: things done, no output (做了几万辆车: vehicles made)
            if word.endswith(("多少", "几")) and counter[-1:] in _CLASSIFIERS:
                word += counter
            found.append((measure, word))
            taken = _replace_word(taken, word, " ")
    if _RATE_OF.search(taken) is not None:
        found.append(("rate", "率"))  # 复工复产率: a rate of something, which no table names
    fraction = IN_TENTHS.search(taken)
    if fraction is not None:
        found.append(("share", fraction.group()))  # 三成多, 三分之一, 过半: a share
        # 三成多的产值是哪些企业贡献的: what was contributed is a share of the whole, not
        # a pull on growth in points (拉动, 百分点 name that).
        found = [(m, w) for m, w in found if (m, w) != ("growth-contribution", "贡献")]
    return found


# Production started or stopped (投产, 停产, put into production, halted production): an
# activity begun or ended, nothing made counted.
_PUT_INTO_PRODUCTION = LazyPattern(
    r"投产|停产|复产|\b(?:start|started|starts|put into|went into|go into|began|begin|halt"
    r"|halted|halts|stop|stopped|stops|suspend|suspended|resume|resumed|restart|restarted"
    r"|ceased?)\s+production\b",
    hints=("投产", "停产", "复产", "production"),
)
# Did (the) more for its industry's output growth, does most for growth: a firm's part in
# a growth (its contribution), not a rate of its own.
# English verbs of pulling a growth along (pulled, drove, contributed, boosted, lifted).
_PULL_VERBS_EN = r"pull(?:ed|s)?|dr(?:o|i)ve[sn]?|contribut(?:ed|es?)|boost(?:ed|s)?|lift(?:ed|s)?"
_DID_FOR_GROWTH = LazyPattern(
    r"\b(?:do|does|did|done)\s+(?:the\s+)?(?:more|most|less|least)\s+for\s+"
    r"(?:[\w'-]+\s+){0,3}?growth\b"
    # Added more to its sector's growth: points added, as 拉动 adds them.
    r"|\badd(?:ed|s)?\s+(?:the\s+)?(?:more|most|less|least)\s+to\s+(?:[\w'-]+\s+){0,3}?growth\b"
    # Pulled, drove, contributed to a growth (which company pulled pharma growth): a firm's
    # pull, as 拉动 is.
    rf"|\b(?:{_PULL_VERBS_EN})\s+(?:to\s+)?(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?growth\b",
    hints=("for", "pull", "dr", "contribut", "boost", "lift", "add"),
)
_PULLED_EN = LazyPattern(
    rf"\b(?:{_PULL_VERBS_EN})\b",
    hints=("pull", "dr", "contribut", "boost", "lift"),
)
_ADDS_TO = LazyPattern(r"\b(?:add|adds|added|adding)\b", hints=("add",))
# 比GDP高了, grew faster than GDP: ahead of another (a held figure in points is the gap).
_AHEAD_OF = LazyPattern(
    r"(?<![同占对相环])比[^，,；;。]+?(?<![拉抬])(?:高|快)|\b(?:faster|higher|quicker)\b",
    hints=("比", "faster", "higher", "quicker"),
)
# A pull on something (Geely's push to industrial value added, its boost to output): a
# contribution to the growth of what follows.
_CONTRIBUTION_TO = LazyPattern(
    r"\b(?:push|pull|boost|lift|contribution|drive)\s+(?:to|on)\b"
    # what did Baixiang contribute: what it added, its pull (the verb ends the question)
    r"|\bcontribute\s*[?.!]*$"
    # which firms lifted food and pharma output: a verb of pulling, its object a level
    # (the output's growth, pulled), a few words on
    r"|\b(?:lift(?:ed|s)?|boost(?:ed|s)?|drove|drives|pushed up|pulled up|propped up)"
    r"(?=(?:\s+[\w'-]+){0,3}?\s+(?:output|value added|production|gdp)\b)",
    hints=("push", "pull", "boost", "lift", "contribut", "drive", "drove", "propped"),
)


_MOVED_BETWEEN = ("between", "among", "across", "into", "from")


_PEOPLE_MEASURES = frozenset({"employees", "population"})
# Things set up, founded, launched (which funds did the zone set up): the things, by name.
_WHICH_SET_UP = LazyPattern(
    r"\b(?:set up|established|founded|launched|created)\b",
    hints=("set up", "established", "founded", "launched", "created"),
)
# How many people, in English: a count of people, whoever they are.
_EN_PEOPLE_COUNTED = ("headcount", "number of people", "how many people")
# 人数 (not a name's last character and 数量: 小巨人数量 counts the little giants).
_PEOPLE_NUMBER = LazyPattern(r"(?<![巨法])人数", hints=("人数",))
_FIRMS_SAID_EN = LazyPattern(
    r"\b(?:firms|companies|enterprises|businesses)\b",
    hints=("firms", "companies", "enterprises", "businesses"),
)
_HEADCOUNT = frozenset({"headcount", "head count", "workforce"})  # a number by itself


def _told_to(text: str, word: str) -> bool:
    """Does a word for people stand only after to, for, among or with (explain it to
    staff, talks for workers; 给工人讲, 向职工宣讲): the people something was done for,
    never a count asked?"""
    if word.isascii():
        pattern = (
            rf"(?<![a-z])(?:(to|for|among|with) (?:the |its |their |our )?)?"
            rf"{re.escape(word)}(?![a-z])"
        )
    else:
        pattern = rf"(?:(给|向|为|对|跟|帮|替)(?:广大|一线|厂里的?|企业的?)?)?{re.escape(word)}"
    said = re.findall(pattern, text)
    return bool(said) and all(said)


def _after_moving(text: str, word: str) -> bool:
    """Does an English measure word stand only in a place moved between (between jobs,
    into new posts), never asked for itself?"""
    if not any(p in text for p in _MOVED_BETWEEN):
        return False
    places = "|".join(_MOVED_BETWEEN)
    moved = re.findall(
        rf"(?<![a-z])(?:({places}) (?:[a-z]+ ){{0,2}})?{re.escape(word)}(?![a-z])", text
    )
    return bool(moved) and all(moved)


def _contributed_to(text: str, word: str) -> bool:
    """Does the level measure word stand within a few words after a pull on it?"""
    for match in _CONTRIBUTION_TO.finditer(text):
        after = text[match.end() :].split()[:4]
        if word.split()[0] in after:
            return True
    return False


# A rate of something (复工率, 达标率) that no measure word above names: not efficiency,
# frequency, probability or an exchange rate (效率, 频率, 概率, 汇率), which are things.
_RATE_OF = LazyPattern(r"(?<=[\u4e00-\u9fff]{2})(?<![效频概汇])率", hints=("率",))


def _inside_a_word(text: str, word: str) -> bool:
    """Is every mention of a Chinese measure word part of a longer everyday word the
    vocabulary knows?"""
    if not has_cjk(word):
        return False
    longer = [w for w in vocab.ZH_SYNONYMS if word in w and w != word and w in text]
    rest = text
    for w in longer:
        rest = rest.replace(w, " ")
    return bool(longer) and word not in rest


_EN_WORD = re.compile(r"[a-z][a-z-]*")


def _modifies_en(text: str, word: str, wants_number: bool = False) -> bool:
    """An English level measure word naming something else: investment funds, investment
    mix (a noun follows), the mix of investment (it follows a noun and "of")."""
    for match in re.finditer(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text):
        after = (
            _EN_WORD.match(text, match.end() + 1)
            if text[match.end() : match.end() + 1] == " "
            else None
        )
        before = text[: match.start()].split()
        follows_noun = len(before) >= 2 and before[-1] == "of" and _content_word(before[-2])
        # The last noun of a compound is its head: investment funds are funds. Where an
        # amount is asked, a verb's participle is none (the biggest sum handed to firms;
        # two funds launched asks for no amount).
        heads = (
            after is not None
            and _content_word(after.group(), measures=True)
            and not (wants_number and _participle(after.group()))
            and after.group() not in _TIME_AFTER  # output value last year: a time
            and after.group() not in vocab.MONEY_ONLY  # output money: the output, in money
        )
        if not follows_noun and not heads:
            return False  # one mention asks for the measure itself
    return True


_TIME_AFTER = frozenset("last this next previous".split())
_PARTICIPLES = frozenset(
    "paid given made built spent sent lent won got gotten held put set done brought bought "
    "sold told kept left lost meant shown taken".split()
)


def _participle(word: str) -> bool:
    """handed, paid, given: a verb's past participle, not a noun (seed is one)."""
    return word in _PARTICIPLES or (len(word) > 4 and word.endswith("ed"))


def _content_word(word: str, measures: bool = False) -> bool:
    """A noun-like word: not a stop word, nor (unless `measures`) a measure word."""
    return (
        word not in vocab.EN_STOP
        and (measures or word not in vocab.EN_MEASURE_WORDS)
        and not word.startswith(("went", "go"))
        and len(word) > 2
    )


# A measure word followed by a threshold names a class of things (产值亿元以上企业,
# 营收过亿, companies with sales above 100 million yuan), not the figure asked for.
_ZH_THRESHOLD = re.compile(
    # (After a verb or adverb of the figure reached: 产值已经过亿, 产值做到亿元以上.)
    r"(?:已经|已|都|能|也|就|做到|干到|冲到|搞到|能到|达到|在|达)?"
    r"(?:(?:超过|超|过|逾|高于|大于|不低于|破)[\d.一二三四五六七八九十百千]*[亿万]"
    r"|[\d.一二三四五六七八九十百千]*[亿万]元?及?以上)"
)
_EN_THRESHOLD = re.compile(
    r"\s+(?:of\s+)?(?:above|over|exceeding|more than|greater than|topping|at least)\s+"
    r"(?:rmb\s*|cny\s*|¥)?\d"
)


@functools.lru_cache(maxsize=256)  # asked of a question once for each fact answering it
def measures_as_thresholds(text: str) -> tuple[tuple[str, str], ...]:
    """(measure, word) for each measure word the text names only as the threshold of a
    class of firms (营收过亿的企业: revenue; firms with output over 100 million: output);
    not a figure's size held (吉利产值规模超过200亿了吗: no firms classed)."""
    folded = fold_query(text)
    english = not has_cjk(folded)
    if english and _FIRMS_EN.search(folded) is None:
        return ()
    found = []
    for table, by_length in _measure_tables():
        for word in by_length.within(folded):
            if not table[word] or not _contains_word(folded, word):
                continue
            if _before_a_threshold(folded, word, classing=not english):
                found.append((table[word], word))
    return tuple(found)


# Firms said in English (vocab.FIRM_WORDS, singular or plural: companies, businesses).
_FIRMS_EN = LazyPattern(
    r"\b(?:"
    + "|".join(w.removesuffix("y") for w in vocab.FIRM_WORDS if w.isascii())
    + r")(?:s|es|y|ies)?\b",
    hints=tuple(w.removesuffix("y") for w in vocab.FIRM_WORDS if w.isascii()),
)
# What a threshold classes in Chinese: firms (营收过亿的企业, 过亿的厂, 几户).
_CLASSED = re.compile(r"元?的?(?:企业|公司|厂商|厂子|厂|户|家)")


def _before_a_threshold(text: str, word: str, classing: bool = False) -> bool:
    """Is every mention of the word a threshold (产值亿元以上的企业, not 产值亿元以上的
    企业实现产值多少)? `classing`: of a class of firms counted right after it (营收过亿的
    企业), in a Chinese question."""
    pattern = _ZH_THRESHOLD if classing or has_cjk(word) else _EN_THRESHOLD
    at = text.find(word)
    if at < 0:
        return False
    while at >= 0:
        held = pattern.match(text, at + len(word))
        if held is None or (classing and _CLASSED.match(text, held.end()) is None):
            return False
        at = text.find(word, at + 1)
    return True


# After a level measure word, these begin what still asks about it (产值占比, 资金规模,
# 产值是多少) or compares it (产值比…, 产值高); any other Chinese character makes it a
# modifier (投资结构 is not an amount of investment).
# A classifier after a question's measure (生产了多少台, 产量几辆): how it is counted, no
# compound of the measure's word.
_CLASSIFIERS = frozenset("台辆户个项位名件座批家人")
_AFTER_MEASURE = (
    frozenset(
        "是多有为共达总的了呢吗怎几增占最规情约近超突破分完实比和与跟及或还高低大少快慢"
        # Verbs and adverbs of the figure reached (产值做到多少, 产值去年一年, 产值已经破):
        # the measure asked, no compound (产值规模 is).
        "做能一去今在接差已又也就才都算翻"
    )
    | _CLASSIFIERS
)


def _modifies(text: str, word: str, wants_number: bool = False) -> bool:
    if not has_cjk(word):
        return _modifies_en(text, word, wants_number)
    at = text.find(word)
    while at >= 0:
        after = text[at + len(word) : at + len(word) + 1]
        if after.isascii() and after.isalpha() and _pinyin_follows(text[at + len(word) :]):
            at = text.find(word, at + 1)
            continue  # 投资jiegou优化: a noun typed in pinyin after it, 投资结构
        if not after or not is_cjk(after) or after in _AFTER_MEASURE:
            return False
        if after == "里" and text[at - 1 : at] in _CLASSIFIERS and "、" in text[:at]:
            return False  # 吉利、战新产业…三个产值里哪个最高: each listed one's figure
        if after in "里中" and _CHOSEN_AMONG.match(text, at + len(word) + 1) is not None:
            return False  # 给企业的钱里哪一笔最大: the sums chosen among, each one's figure
        if text.startswith(_SUMMING, at + len(word)):
            return False  # 产值合计, 产值加起来: the measure, added up (投资合作 is no sum)
        at = text.find(word, at + 1)
    return True


# What follows 里 or 中 when the things before them are chosen among (钱里哪一笔最大,
# 资金中最多的): which one, or the which already read (the soft mark it leaves).
_CHOSEN_AMONG = re.compile(r"(?:\x1f|哪|谁|最|$)")


def _pinyin_follows(text: str) -> bool:
    """Does a word of two syllables or more of pinyin, glued to the Chinese before it,
    begin the text (jiegou of 投资jiegou)? Then the Chinese word is part of its name."""
    run = re.match(r"[a-z]+", text)
    syllables = fewest_syllables(run.group()) if run is not None else None
    return syllables is not None and syllables >= 2


# Above its pre-Covid size, 超过疫情前的规模: a size something is held against, not one
# asked for.
# Words held against (above, back to) and verbs of exceeding (beat, topped, overshot).
# (Not top: the top firm by size is no size held against.)
_EXCEEDING = ("outperformed", "overshoot", "overshot", "outstrip", "outstripped", "beaten",
              "topped", "beat")  # fmt: skip
_SIZE_HELD_AGAINST = LazyPattern(
    # (regains, recovered to, returned to its pre-pandemic size: held against it too)
    r"\b(?:above|over|beyond|below|back to|exceed\w*|surpass\w*|regain\w*|recover\w*"
    r"|return\w* to|" + "|".join(_EXCEEDING) + r")\b[^?]*\b(?:size|scale)\b"
    r"|(?:超过|超出|高于|恢复到|回到)[^？?]*规模",
    hints=(
        *("above", "over", "beyond", "below", "back to", "exceed", "surpass", "regain"),
        *("recover", "return", *_EXCEEDING),
        *("超", "高于", "回"),
    ),
)


_THE_ECONOMY = r"(?<!new )\beconomy\b"  # compiled on first use, then cached by re


def _valued(
    text: str, measure: str | None, words: tuple[str, ...], found: list[tuple[str, str]]
) -> tuple[str | None, tuple[str, ...], list[tuple[str, str]]]:
    """An English value word (see vocab.VALUE_WORDS) read with the measure it stands by:
    the measure's own word where one is named, the output value of what was produced,
    or else a worth no fact states."""
    named = [(w, m) for w, m in vocab.EN_MEASURE_WORDS.items() if _contains_word(text, w)]
    rest = text  # without the measures a value word is part of (output value, value added)
    for word, _ in sorted(named, key=lambda pair: len(pair[0]), reverse=True):
        if any(v in word for v in vocab.VALUE_WORDS):
            rest = _replace_word(rest, word, " ")
    # Goods worth over 100 million: a class of firms by a threshold, no value asked.
    said = [
        w for w in vocab.VALUE_WORDS if _contains_word(rest, w) and not _before_a_threshold(rest, w)
    ]
    if not said or not _without(rest, tuple(said)).strip(" ?.!,\x1f"):
        return measure, words, found  # value alone: no question of whose
    others = {m for w, m in named if m and w not in said}
    if measure == "production":
        measure = "output-value"  # the value of Geely's production: its output value
    elif measure is None and others == {"production"}:
        # The value of what Geely produced: its output value; of what the economy
        # produced, its GDP.
        measure = "gdp" if re.search(_THE_ECONOMY, rest) else "output-value"
    elif measure is None and len(others) == 1 and others <= vocab.LEVEL_MEASURES:
        measure = others.pop()  # the value of GDP: GDP, though of GDP reads as a whole
    if measure is None and not others:
        return "worth", (*words, *said), [*found, *(("worth", w) for w in said)]
    return measure, (*words, *said), found


# Things listed with a mark or a joiner (not keywords typed with spaces: 亿元企业 产值 合共).
_LISTED_WITH_MARKS = re.compile(r"[、，,]|和|与|及|\band\b")
# A per cent of a part of a whole: 增长中有百分之几来自…, 占…的百分之几, came from.
_PART_OF_A_WHOLE = LazyPattern(
    r"来自|[中里]有?百分之|的百分之[几多]|占|\b(?:came|comes|come) from\b",
    hints=("来自", "百分之", "占", "from"),
)
# A contribution said (贡献, contributed): a per cent of it is a contribution rate (a pull,
# 拉动, said in per cent is the pull, as people often write it).
_CONTRIBUTED = frozenset({"贡献", "contribute", "contributed", "contribution", "contributes"})
# The measures stated in per cent or points, besides a share.
_RATES_OTHER_THAN_SHARE = frozenset({"growth-rate", "growth-contribution", "growth-gap"})


# An industry or a sector, as the thing whose size is asked: the head of its words, not
# a word before another head (产业扶持资金, industry support payments: money).
_AN_INDUSTRY = LazyPattern(
    r"(?:产业|行业)(?=[的有最比和与跟同大多是吗呢里中规体总整、，,？?]|$)"
    r"|\b(?:industr(?:y|ies)|sectors?)(?=\s*[?,.!]|\s*$|\s+(?:is|was|are|were|has|have|had"
    r"|in|of|bigger|larger|biggest|largest|than|or|and|by)\b)",
    hints=("产业", "行业", "industr", "sector"),
)
# Bigger or smaller, the biggest (比…大, 最小, 谁大, larger): sizes compared.
_SIZES_COMPARED = LazyPattern(
    # (谁作用更大, 影响最大: a pull's, no size)
    r"(?<!作用)(?<!影响)(?<!带动)(?<!拉动)(?<!贡献)"
    r"(?:比[^，,。？?多少高低快慢大小]{0,12}?[大小]|[更最较谁][大小]|大还是小|小还是大|哪[个家一]*[大小])"
    r"|\b(?:bigger|larger|biggest|largest|smaller|smallest)\b",
    hints=("大", "小", "bigger", "larger", "biggest", "largest", "smaller", "smallest"),
)
# 食品产业有多大, 体量多大: how big the thing before it is (a question's last words).
_HOW_BIG = LazyPattern(r"有?多大[呀啊呢哦]?[?？。!！]*$", hints=("多大",))


def _choose_measure(
    found: list[tuple[str, str]], of_a_whole: bool = False
) -> tuple[str | None, tuple[str, ...]]:
    """The measure asked for and the words that named it. A measure no fact states
    (profit) wins: the question asks for it whatever else it names. A per cent asked
    (百分之几, what percent) of a rate named is that rate, unless it is `of_a_whole` (what
    percentage of growth came from: a share of the growth)."""
    if not found:
        return None, ()
    # 钱, money: the funds only when nothing else names what the money is (产出多少钱 is
    # the output's value).
    named = [(m, w) for m, w in found if w not in vocab.MONEY_ONLY]
    found = named or found
    level = vocab.LEVEL_MEASURES
    verbs = [(m, w) for m, w in found if w in _VERB_MEASURES]
    nouns = [(m, w) for m, w in found if w not in _VERB_MEASURES]
    if verbs and nouns and all(m in level for m, _ in found):
        # How much output do they produce: output names the amount, produce is its verb.
        found = nouns
    choosing = [(m, w) for m, w in found if w not in vocab.PERCENT_ONLY]
    if len(choosing) < len(found) and any(
        m == "growth-contribution" and (of_a_whole or w in _CONTRIBUTED) for m, w in choosing
    ):
        # What percentage of growth did Geely contribute, 贡献了增长的百分之几: a share of
        # the growth (a contribution rate), which a pull in points is not.
        return "contribution-rate", tuple(w for _, w in found)
    if of_a_whole or not any(m in _RATES_OTHER_THAN_SHARE for m, _ in choosing):
        choosing = found
    unlisted = [m for m, _ in choosing if m not in _PRIORITY]
    measure = unlisted[0] if unlisted else min((m for m, _ in choosing), key=_PRIORITY.index)
    rate_like = measure not in vocab.LEVEL_MEASURES
    words = tuple(
        w
        for m, w in found
        # Level measures named beside a rate stay in the subject: GDP in GDP增速.
        if m == measure or not (rate_like and m in vocab.LEVEL_MEASURES)
    )
    return measure, words


# The highest or lowest level (级别最高, 最高级别的, highest-level, top-tier): a ranking of
# levels of government or recognition.
_BY_LEVEL = LazyPattern(
    # (a post's grade too: 职务最高的干部, the most senior post: 正处 above 副处)
    r"(?:级别|等级|层级|级次|职务|职级|官职)(?:最高|最低|最大|最小)的?"
    r"|(?:最高|最低)(?:的)?(?:级别|等级|层级|职务|职级|官职)的?"
    r"|\b(?:the )?(?:highest|lowest|top)[- ](?:level|tier|post|grade)\b|\bmost senior\b",
    hints=("级别", "等级", "层级", "级次", "职务", "职级", "官职", "highest", "lowest", "top",
           "senior"),
)  # fmt: skip


# What happened, named as a noun: after a month, asking for that month's facts.
_EVENT_NOUNS = LazyPattern(
    r"(?:重大|主要|重要|关键)?(?:大事记?|事件|里程碑|新闻|消息|动态|亮点|进展)"
    r"|\b(?:(?:key|major|main|big|notable|important)\s+)?(?:events?|milestones?|highlights?"
    r"|happenings?|news|achievements?)\b",
    hints=("大事", "事件", "里程碑", "新闻", "消息", "动态", "亮点", "进展", "event", "milestone",
           "highlight", "happening", "news", "achievement"),
)  # fmt: skip


_TOLD_APART = LazyPattern(
    r"(?:有什么|有啥|有何|什么)?(?:区别|差别|差异|不同之处)",
    hints=("区别", "差别", "差异", "不同之处"),
)


def _operator(text: str) -> tuple[str, str]:
    """The operator a question applies, and the query without its words."""
    apart = _TOLD_APART.search(text)
    if apart is not None:
        # How two figures differ (1.11亿和7.06亿有什么区别, 有什么区别，哪笔大) compares
        # them; how two things differ (四上企业和规上企业有什么区别) asks what sets them
        # apart, which the report never says: 区别 stays a word to match. Neither asks
        # what happened (有什么).
        told = text[: apart.start()] + _SOFT + text[apart.end() :]
        rest, remaining = _operator_named(told)
        figures = len(re.findall(_NUMBER_IN_TEXT, text)) >= 2
        if rest in ("compare", "max", "min") or figures:
            return ("compare" if rest in ("", "events") else rest), remaining
        kept = text[: apart.start()] + _SOFT + "区别" + text[apart.end() :]
        rest, remaining = _operator_named(kept)
        return ("" if rest == "events" else rest), remaining
    return _operator_named(text)


def _pull_ranked(operator: str, word: str, text: str) -> bool:
    """哪家拉动的百分点最多 with no two things named: a superlative over every firm's pull,
    not the comparison 哪家拉动 names between two; with no comparative after it either
    (医药行业产值增长是谁拉动的), who pulled the one thing named."""
    if operator != "compare" or not word.endswith(("拉动", "贡献")):
        return False
    if any(j in text for j in ("和", "与", "跟", "还是", "、", "及")):
        return False
    after = text[text.find(word) + len(word) :]
    return any(m in text for m in (*vocab.ZH_MAX, *vocab.ZH_MIN)) or not re.search(
        r"[多大高快少小低慢]", after
    )


def _operator_named(text: str) -> tuple[str, str]:
    """The operator the question's words name (see _operator)."""
    order = _order_listed(text)
    if order is not None:
        # 从低到高排序, from lowest to highest: an order asked, the first of it first.
        way = "min" if _ascending(order) else "max"
        return way, text[: order.start()] + _SOFT + text[order.end() :]
    table: tuple[tuple[tuple[str, ...], str], ...] = (
        (vocab.ZH_EVENTS, "events"),
        (vocab.EN_EVENTS, "events"),
        (vocab.ZH_COMPARE, "compare"),
        (vocab.ZH_MAX, "max"),
        (vocab.ZH_MIN, "min"),
    )
    for words, operator in table:
        for word in words:
            if word in text and not _pull_ranked(operator, word, text):
                # The measure word or the joiner inside a comparison word stays: 谁拉动
                # asks for 拉动, 多还是 joins two sides.
                keep = next((w for w in vocab.ZH_MEASURE_WORDS if w in word), "")
                joined = any(j in text[: text.find(word)] for j in _CHOICE_JOINERS)
                if not joined:  # A和B相比: 和 joined them already, 相比 only compares
                    keep = keep or next((j for j in vocab.ZH_JOINERS if j in word), "")
                text = text.replace(word, f" {keep} " if keep else _SOFT, 1)
                if operator in ("max", "min"):
                    # 增速最快的是哪一块，涨得最多的: the superlative said twice.
                    for again in words:
                        if again in text and not any(w in again for w in vocab.ZH_MEASURE_WORDS):
                            text = text.replace(again, _SOFT)
                return operator, text
    bare = _BARE_COMPARISON.search(text)
    if bare is not None:
        # A比B高吗: the comparative stands bare after the other side; 比 stays as the joiner.
        return "compare", text[: bare.start("tail")] + _SOFT + text[bare.end("tail") :]
    which = _WHICH_MORE.search(text)
    if which is not None and (
        any(j in text[: which.start()] for j in _CHOICE_JOINERS)
        or _SAME_AS_AND.search(text[: which.start()]) is not None  # (A同B: Cantonese and)
    ):
        # A和B哪个产值高: what is compared (产值) stands between 哪个 and the comparative.
        return "compare", text[: which.start()] + f" {which['what']} " + text[which.end() :]
    if _english_comparison(text):
        # A versus B, A compared with B, how does A compare with B: the words join sides.
        text = _EN_VERSUS.sub(" and ", text)
        # (according to their pull, to see which: no side after the to)
        text = _NO_SIDE_AFTER.sub(" by ", text)
        text = _COMPARE_WITH.sub(lambda m: f"{m['first'] or m['first_with']} and ", text)
        for word in (*vocab.EN_COMPARE, "which"):
            if _contains_word(text, word):
                text = _replace_word(text, word, " ")
        return "compare", text
    for words, operator in ((vocab.EN_MAX, "max"), (vocab.EN_MIN, "min")):
        for word in words:
            # "most" and "least" are superlatives as "the most", "most cars"; -est always.
            loose = (
                word in ("most", "least")
                and not _contains_word(text, "the " + word)
                and not _before_a_measure(text, word)
                and not re.search(rf"\b(?:[a-z]+ed|{_PAST_VERBS}) {word}\b", text)
            )
            if _contains_word(text, word) and not loose:
                return operator, _replace_word(text, word, " ")
    return "", text


# 进行 before what was done (进行了轮岗: rotated), a light verb; not the end of a verb
# ending in 进 before 行 of another word (推进行政审批, 先进行业).
_LIGHT_VERB = LazyPattern(r"(?<![推促先改增跟并引演精前行])进行了?", hints=("进行",))
_COUNTED_SUPERLATIVE = LazyPattern(
    r"\b(?P<count>\d+|"
    + "|".join(w for w in vocab.EN_NUMBER_WORDS if w not in ("a", "one"))
    + r")\s+(?:biggest|largest|greatest|most important|leading)\s+"
)


def _before_a_measure(text: str, word: str) -> bool:
    """most numerous, least productive: most before a measure's word is the superlative."""
    after = re.search(rf"\b{word}\s+([a-z-]+)", text)
    return after is not None and after.group(1) in vocab.EN_MEASURE_WORDS


# GDP比去年高吗, was GDP higher than last year, 比去年高多少: the comparative with the
# year before it, asked whether or by how much (the growth, never another fact's gap)
# (比上年 before what changed, as in 比上年新增了多少户, is _YEAR_ON_YEAR's).
_OVER_THE_YEAR = LazyPattern(
    r"(?:比|较)(?:上年|去年|上一年|前一年|2021年)(?:同期)?(?:要|还|更)?"
    r"(?:多|高|大|少|低|快|慢)(?:了|一些|一点)?(?=[吗么嘛呢不？?。！!\s]|多少|几|$)"
    r"|\b(?:(?:higher|more|larger|bigger|greater|lower|less|fewer|smaller|up|down)\s+"
    r"(?:than|from|on|over)|than)\s+(?:last year|the year before|the previous year"
    r"|a year (?:earlier|before|ago)|(?:in )?2021)\b",
    hints=("上年", "去年", "上一年", "前一年", "2021", "year"),
)
# 同比, 比上年增长, year on year, compared with last year: the change over the year is
# what is asked (GDP同比增长多少 is GDP's growth rate), not a word to match.
# 按比例倒推, 照比例推回去, 按开发区占一半来算: how a figure is inferred (by a share), not
# a share asked for.
_BY_PROPORTION = LazyPattern(
    # (照 of a permit, 执照 or 建照, is no "by".)
    r"(?:按照|按|根据|依照|依|(?<![执建牌护拍关对参])照)(?:报告)?的?[^，,。？?\s]{0,6}?"
    r"(?:占一半|一半|占比|比例)"
    r"(?:来算|来推|推算|推回去|倒推|反推|算下来|算)?",
    hints=("比例", "一半", "占比"),
)
_INFERRED_FROM = LazyPattern(
    # Figures joined (产值和占比) are what it is inferred from; never a basis the question
    # is about (按人均计算, 按2021年, 按全市, 按季度: per head, a year, a place, a period).
    r"(?:^|(?<=[,;，；。]))\s*(?:(?:用|根据|依据|依照|拿|通过|利用|基于)"
    r"(?P<inputs>[^,;，；。？?\d]{1,30}?[和与及][^,;，；。？?\d]{1,12}?)"
    # 按亿元以上企业38户占25%推算: a part and its share, stated figures.
    r"|按(?P<share>[^,;，；。？?]{1,30}?占[^,;，；。？?]{0,8}?\d+(?:\.\d+)?%))"
    r"(?:倒推|推算|反推|推回去|推出|算出|来算|来推|计算|换算|估算)(?:一下|出来)?\s*(?=[,;，；])",
    hints=("推", "算"),
)
_WHICH_INDICATOR = LazyPattern(
    r"(?:指的|说的|讲的|代表的)?是?(?:哪个|哪项|哪一项|哪一个|什么|啥)指标", hints=("指标",)
)
_A_BASIS = LazyPattern(
    r"人均|每户|每家|每个|每年|每月|季度|月|年|全市|全省|全国|省级|市级|国家级|美元|美金",
    hints=("人均", "每", "季度", "月", "年", "全", "级", "美"),
)
_EN_CONTEXT = LazyPattern(
    # Only what the asker is doing (a piece, a fact-check), never a year, a month or a
    # place the question is about (For 2021: what was GDP? For the city: …).
    # (a wire story, my weekly column: what kind of piece, not what it is about; a colon or
    # a comma)
    r"^\s*(?:for\s+(?:an?\s+|my\s+|our\s+)?(?:(?:wire|news|newspaper|magazine|business|weekly"
    r"|daily|monthly|short|quick|long|radio|tv|online|print|trade|background)\s+){0,2}"
    r"(?:piece|story|article|feature"
    r"|report|column|brief|briefing|note|newsletter|blog)|(?:i\s+am|i'm|im|we\s+are|we're)\s+"
    r"(?:writing|fact[- ]?checking|checking|researching|working|preparing)"
    r"|quick\s+question|background)\b[^:,?\d]{0,80}?[:,]\s*"
    r"(?=(?:what|how|which|who|when|where|is|are|was|were|did|does|do|has|have|can|could)\b)",
    hints=(":", ","),
)
# (not more or less than a figure: less than 20% year on year holds the rate to it)
_MORE_OR_FEWER = LazyPattern(
    r"\b(?:more|fewer|less)\b(?!\s+than\s+(?:rmb\s*|cny\s*|¥)?\d)", hints=("more", "fewer", "less")
)
_YEAR_ON_YEAR = LazyPattern(
    r"同比|(?:与|和|跟)?(?:比|较)?(?:上年|去年|上一年|前一年|2021年)(?:同期)?(?:相比|比)"
    r"|(?:比|较)(?:上年|去年|上一年|前一年|2021年)(?:同期)?"
    r"|\b(?:year[- ]on[- ]year|year[- ]over[- ]year|yoy"
    # (compare to 2021: a learner's compared, as the year's change said)
    r"|(?:compared? (?:with|to)|from|over|against|on) (?:last year|the year before|the previous "
    r"year|a year (?:earlier|before|ago)|(?:in )?2021))\b",
    hints=("同比", "上年", "去年", "上一年", "前一年", "2021", "year", "yoy"),
)
# A比B多吗 / A比B高不高: a yes-or-no comparison of two things. Not 同比, 占比, 比例, 比重,
# 比较 (words of their own), not against a time (比上年, 比2021年, 比疫情前: a change
# over time, one fact), and not 高多少 (a difference, which a stated growth gap answers).
_BARE_COMPARISON = LazyPattern(
    r"(?<![同占对相环])比(?!例|重|较|率|上年|去年|前年|上一年|年初|同期|以前|之前|过去|疫情前|\d)[^，,；;。]+?"
    r"(?P<tail>(?<![多几])得?(?:要|还|更)?(?P<adj>多|少|大|小|高|低|快|慢)(?:得多|一些|一点)?"
    r"(?:不(?P=adj)|吗|么|嘛|呢|没有|吧)?)[？?。！!\s]*$",
    hints=("比",),
)
# A是B的几倍, how many times larger is A than B, A is how many times B: the ratio. The
# group "times" is what joins the two sides.
_RATIO = LazyPattern(
    # (A是B的多少, ending the question: what part of B, a ratio as 几倍 asks)
    # (an amount read before it leaves a space, 7.06亿是 -> 7.06 是: a multiple of it asked
    # in times only; 38户是规上企业的多少 asks the share the report states)
    r"(?:(?<=[\u4e00-\u9fffa-z0-9])|(?:(?<=\d )|(?<=\d  ))(?=是[^，,；;。]+?的(?:几|多少)倍))"
    r"(?P<times>是)"
    r"(?=[^，,；;。]+?的(?:(?:几|多少)倍|多少(?=[？?。!！\s]*$)))"
    r"|\b(?P<times_en>how many times "
    r"(?:larger|bigger|more|greater|as (?:large|big|many|much) as))\b"
    # how many times as many A as B: the things between, then as joining the sides.
    r"|\b(?P<as_many>how many times as (?:many|much))\b(?=\s+\S.*?\sas\s+\S)"
    # how many times the GDP is the output (a learner's order): is joins the sides.
    r"|\b(?P<times_is>how many times)\b(?=\s+\S.*?\s(?:is|are|was|were)\s+\S)"
    # the ratio of A to B, between A and B: A so many times B, to joining the sides.
    r"|\b(?P<ratio_of>ratio (?:of|between))\b(?=\s+\S.*?\s(?:to|and|vs\.?|versus)\s+\S)",
    hints=("倍", "times", "的多少", "ratio"),
)


def _ratio_sides_joined(rest: str) -> str:
    """The ratio of A to B: A and B, joined where the second side begins. Of several
    tos (cadres promoted to deputy division to those promoted to full division), the one
    before those or a thing counted; none of them, no sides read (the text as it is)."""
    joins = list(re.finditer(r"\s(?:to|and|vs\.?|versus)\s", rest))
    if len(joins) > 1:
        joins = [j for j in joins if _SECOND_SIDE_OPENS.match(rest, j.end())]
    if len(joins) != 1:
        return rest
    return f"{rest[: joins[0].start()]} and {rest[joins[0].end() :]}"


_SECOND_SIDE_OPENS = re.compile(
    r"(?:those|the ones|that of|the number|people|cadres|officials|firms|companies"
    r"|enterprises)\b"
)


# A是B的三倍多吗, 大约是…的7倍，对吗, roughly twice as many A as B?: a multiple claimed.
_RATIO_CLAIMED_ZH = LazyPattern(
    r"的(?P<hedge>不到|不足|超过|至少|起码|最少|不止|约|大约|正好|恰好|整整|刚好|将近|接近|近|几乎)?"
    r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)倍(?P<half>半)?(?P<more>多|以上|有余)?",
    hints=("倍",),
)
_RATIO_CLAIMED_EN = LazyPattern(
    r"\b(?P<hedge>roughly|about|around|approximately|nearly|almost|more than|over|at least"
    r"|less than|under|fewer than|exactly|precisely|just)?\s*"
    r"(?P<n>twice|double|triple|thrice|\d+(?:\.\d+)?\s+times"
    rf"|(?:{'|'.join(w for w, n in vocab.EN_NUMBER_WORDS.items() if 2 <= n <= 20)})\s+times)"
    r"\s+(?:(?P<as>as (?:many|much|large|big|high|fast)\b)"
    # (seven times the other, five times that of B, three times bigger than B: the other
    # side follows)
    r"|(?P<than>(?:larger|bigger|greater|higher|more|faster|quicker) than|that of|those of"
    r"|the)\b"
    r"|(?=[a-z\d])(?!as\b))",
    hints=("twice", "double", "triple", "thrice", "times"),
)
_TIMES_EN = {"twice": 2, "double": 2, "triple": 3, "thrice": 3}
_EXACTLY = ("正好", "恰好", "整整", "刚好", "exactly", "precisely", "just")


def ratio_claimed(text: str, *, stated: bool = False) -> tuple[Threshold, str] | None:
    """The multiple a yes-or-no question claims of one figure over another (省级小巨人是
    国家级的三倍多吗: from 3 to under 4; 大约7倍: within a tenth of it; 两倍: within a
    twentieth, a multiple said round), and the question asking the multiple instead (…是
    国家级的几倍); None where no multiple is claimed. `stated`: a statement claims one
    too, not only a yes-or-no question (search reads it so)."""
    if _YES_NO.search(text) is None and not stated:
        return None
    if "倍" in text:
        # 三倍几, 三倍还多: 三倍多 (only where a multiple may be said: every query asked
        # passes here, search's too)
        text = _bounds_respelt(text)
    zh = _RATIO_CLAIMED_ZH.search(text)
    en = _RATIO_CLAIMED_EN.search(text) if zh is None else None
    found = zh or en
    if found is None:
        return None
    from decimal import Decimal  # (only where a multiple is claimed: startup)

    said = found["n"].removesuffix("times").strip()
    if said[:1].isdigit():
        number = Decimal(said)
    else:
        multiple = (
            parse_chinese_numeral(said.replace("两", "二"))
            if zh is not None
            else _TIMES_EN.get(said) or vocab.EN_NUMBER_WORDS.get(said)
        )
        if not multiple:
            return None
        number = Decimal(multiple)
    if zh is not None and found["half"]:
        number += Decimal("0.5")  # 两倍半: two and a half times
    if not number:
        return None
    before = text[: found.start()]
    hedge = found["hedge"] or ""
    # (the hedge joining the two sides, in the claim's own clause: 省级大约是国家级的3倍,
    # 省级不到国家级的四倍; not 近期 or 签约 of another word, nor 不足一年 of another clause)
    clause_start = max(before.rfind(c) for c in "，,。；;：:") + 1
    joined = _SIDES_HEDGED.search(before, clause_start) if zh is not None else None
    said = hedge or (joined["hedge"] or joined["instead"] if joined is not None else "")
    if said in ("不到", "不足", "less than", "under", "fewer than"):
        relation, low, spread = "below", number, ""
    elif said in ("超过", "more than", "over") or (zh is not None and found["more"] == "以上"):
        relation, low, spread = "above", number, ""
    elif said in ("at least", "至少", "起码", "最少"):  # 至少是三倍: no less than it
        relation, low, spread = "at-least", number, ""
    elif said in ("快赶上", "快要赶上", "快到", "快要到"):
        # 快赶上两倍: nearly caught up with it, a tenth under it at most (as 快到80户 is
        # read of a figure)
        relation, low, spread = "within", number * Decimal("0.9"), f"{number / 10:f}"
    elif said == "不止":  # 不止两倍: more than it
        relation, low, spread = "above", number, ""
    elif said in _EXACTLY:  # 正好是两倍: that multiple itself, no nearer one
        relation, low, spread = "equals", number, ""
    elif zh is not None and found["more"] in ("多", "有余"):
        relation, low, spread = "within", number, "1"  # 三倍多: 3 to under 4
    elif said:  # 大约, roughly: within a tenth either side
        relation, low, spread = "within", number * Decimal("0.9"), f"{number / 5:f}"
    elif "." in found["n"]:
        # 3.5倍: a multiple written to its tenths, within half of its last digit (3.4 is
        # no 3.5)
        step = Decimal(1).scaleb(-len(f"{number:f}".partition(".")[2]))
        relation, low, spread = "within", number - step / 2, f"{step:f}"
    else:
        # 两倍: a multiple said round, within a twentieth, and never beyond the half that
        # rounds to it (16倍 is no 15.3); a multiple of ten is round itself (200倍)
        slack = number * Decimal("0.05")
        if number % 10:
            slack = min(slack, Decimal("0.5"))
        relation, low, spread = "within", number - slack, f"{2 * slack:f}"
    threshold = Threshold(f"{low:f}", 0, None, relation, found.group().strip(), spread=spread)
    if zh is not None:
        # The hedge goes with the multiple (不到国家级的几倍 would ask another question);
        # where it joined the sides, 是 takes its place.
        if joined is not None:
            joining = "" if joined["is"] else "是"
            end = joined.end("hedge") if joined["is"] else joined.end()
            before = f"{before[: joined.start()]}{joining}{before[end:]}"
        return threshold, f"{before}的几倍"
    # Is the number of A three times as large as B: A is how many times as large as B;
    # are there three times as many A as B: how many times as many A as B.
    subject = _EN_CLAIM_OPENING.sub("", before).strip()
    # (seven times the other: as large as the other)
    sides_joined = found["as"] or "as large as"
    rest = f"{' the' if found['than'] == 'the' else ''} {text[found.end() :].lstrip()}"
    if subject and subject != "there":
        return threshold, f"{subject} is how many times {sides_joined}{rest}"
    return threshold, f"how many times {sides_joined}{rest}"


_SIDES_HEDGED = LazyPattern(
    # before the 是 joining the sides (大约是), or in its place (不到国家级的: no 是 after)
    r"(?P<hedge>大约|大概|差不多|将近|接近|不到|不足|超过|至少|起码|最少|不止|正好|恰好|整整|刚好"
    r"|(?<![签节合制预条契公邀违履特和])约|(?<![最附临接将])近)(?P<is>是)(?=[^，,。；;：:]*$)"
    # (快赶上…的两倍, nearly caught up with twice: about so many times)
    r"|(?P<instead>不到|不足|超过|将近|接近|快赶上|快要赶上|快到|快要到)(?=[^，,。；;：:是]*$)",
    hints=(
        "约",
        "大概",
        "差不多",
        "近",
        "不到",
        "不足",
        "超过",
        "至少",
        "起码",
        "最少",
        "不止",
        "正好",
        "恰好",
        "整整",
        "刚好",
        "快",
    ),
)
_EN_ASKED_FIRST = re.compile(rf"\s*(?:{EN_ASKING_VERBS}|can|could|will|would|should)\b")
_EN_CLAIM_OPENING = LazyPattern(
    r"^\s*(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b", hints=("is", "are", "was", "were")
)


# A multiple asked, however its sides are said (几倍, how many times larger, how many
# times is A B); not how many times a thing was done (how many times did it rank last).
_MULTIPLE_ASKED = LazyPattern(
    r"(?:几|多少)倍|\bhow many times\b(?!\s+(?:did|does|do|has|have|had)\b)"
    # (how many times was the zone ranked last: how often, no multiple)
    r"(?!\s+(?:was|were|is|are)\b[^?]*\b[a-z]+ed\b(?![^?]*\b(?:than|as)\b))",
    hints=("倍", "times"),
)
# A比B多几家 / 多多少人 / 少几个, how many more A than B: a difference of counts (a
# rate's 高多少 is a gap the report may state: 战新产业增速比GDP高多少).
_GAP_MEASURE = r"拉动|带动|贡献|百分点"  # the measure a gap (多拉动几个百分点) is in
_NO_OTHER_SIDE = "去年|上年|前年|前一年|往年|同期|目标|全省|全市|全国|省里|市里"
_POINTS_AHEAD = LazyPattern(
    r"(?<![同占对相环])比[^，,；;。]+?(?<![拉抬])(?:高|快)(?:出|了)?(?:几|多少)个?百分点"
    # 增速和GDP增速差了几个百分点: two things' rates apart by so many points, joined by 和 (no
    # pull's: 拉动差几个; nor a rate against its own last year, a target or a place)
    r"|(?:(?:增速|增长率|增幅|增长速度)[^，,；;。拉带贡]*?(?:和|与|跟|同(?![比期]))"
    r"(?!" + _NO_OTHER_SIDE + r")"
    r"|(?:和|与|跟|同(?![比期]))(?!" + _NO_OTHER_SIDE + r")[^，,；;。拉带贡]*?"
    r"(?:增速|增长率|增幅|增长速度))"
    r"[^，,；;。拉带贡]*?(?:相差|差距是?|差了|差)(?:几|多少)个?百分点"
    # grew faster than GDP, and by how many points: the gap, in points of growth.
    r"|\b(?:faster|higher|quicker)\b.*\bthan\b.*\bhow many (?:percentage )?points\b"
    r"|\bhow many (?:percentage )?points (?:faster|higher|quicker)\b.*\bthan\b",
    hints=("百分点", "points"),
)
# A比B高多少, 大出几: a gap asked with a comparative that a rate's gap uses too.
_HIGHER_BY = LazyPattern(
    r"(?<![同占对相环])比[^，,；;。]+?(?<![拉抬])(?P<adj>高|大|低|小)(?:出|了)?(?=几|多少)",
    hints=("比",),
)
# The words of a rate, whose gap the report may state (战新产业增速比GDP高多少).
_RATE_SAID = LazyPattern(
    _RATE_WORDS_ZH + r"|快|慢|\b(?:growth|grew|grow|rates?|faster|slower)\b",
    hints=("增", "百分点", "速", "快", "慢", "gr", "rate", "faster", "slower"),
)


def _level_gap_as_more(text: str) -> str:
    """战新产业产值比GDP高多少: a level named (an output value, funds), no rate: the gap
    between the two amounts, as 多多少 asks it, not the gap of their growth."""
    higher = _HIGHER_BY.search(text)
    if higher is None or _RATE_SAID.search(text) is not None:
        return text
    before = text[: higher.start()]
    levels = vocab.LEVEL_MEASURES - {"gdp"}
    # (GDP比战新产业产值高多少: GDP first, a level after 比 says the two are amounts)
    gdp_first = "gdp" in before.casefold() or any(
        w in before for w, m in vocab.ZH_MEASURE_WORDS.items() if m == "gdp"
    )
    named = text[: higher.start("adj")] if gdp_first else before
    if not any(w in named for w, m in vocab.ZH_MEASURE_WORDS.items() if m in levels):
        return text
    more = "多" if higher["adj"] in "高大" else "少"
    return text[: higher.start("adj")] + more + text[higher.end("adj") :]


# By how much did A exceed B: a gap, the verb joining the sides.
_EXCEEDED = r"\b(?:exceed|exceeded|surpass|surpassed|outstrip|outstripped|top|topped)\b"
# The gap asked as a per cent of the other (多百分之几, 高出百分之多少, by what percentage,
# how many percent more): a relative difference.
_RELATIVE_GAP = LazyPattern(
    r"(?:多|少|高|低|大|小)(?:出|了)?(?:百分之(?:几|多少)|(?:多少|几)(?:个)?(?:%|％|百分比))"
    r"|\bby (?:what|how many) (?:percent(?:age)?|per cent)"
    r"|\b(?:what|how many) (?:percent(?:age)?|per cent) (?:more|less|higher|lower|larger"
    r"|bigger|smaller|greater)\b",
    hints=("百分之", "%", "％", "百分比", "percent", "per cent"),
)
_PERCENT_MORE_EN = LazyPattern(
    r"\b(?:what|how many) (?:percent(?:age)?|per cent) (?P<way>more|fewer|less|higher|lower"
    r"|larger|bigger|smaller|greater)\b",
    hints=("percent", "per cent"),
)
_DIFFERENCE = LazyPattern(
    r"(?<![同占对相环])比(?!例|重|较|率|上年|去年|前年|上一年|年初|同期|以前|之前|过去|疫情前"
    # (a figure alone is no side, 比100亿多多少; one naming a thing is, 比7.06亿的扶持资金)
    r"|\d(?![\d.]*\s*(?:亿|万|千|百)?(?:元|块)?\s*[户家个项人名台辆位%％]?\s*的?\s*"
    r"[^\d.多少高低大小更还要强快慢早晚，,；;。？?!！\s]))"
    r"[^，,；;。]+?(?P<gap>(?:多|少)[\u4e00-\u9fff]{0,3}?了?(?:几|多少)(?:个|位|名)?"
    r"(?:百分点|[家户个项人名台辆位])?)"
    r"|\bhow (?P<gap_en>many more|many fewer|much (?:more|less|larger|bigger|greater|smaller)"
    # (by how many points did A's pull exceed B's: the gap, in points)
    r"|(?:much|many (?:percentage )?points)(?=.*" + _EXCEEDED + r"))\b"
    r"(?=.*(?:\bthan\b|" + _EXCEEDED + r"))"
    # A和B差多少, 相差几个百分点, the difference between A and B: the two sides' gap.
    r"|(?<=[和与跟及])[^，,；;。]+?(?P<gap_apart>(?:相差|差距|差)(?:了|有)?(?:多少|几|多大)"
    r"(?:个|位|名)?[家户个项人名台辆位]?)"
    r"|\b(?P<gap_between>(?:what is |what's )?the (?:difference|gap) between)\b"
    # A和B的差距, A vs B gap: the gap named last, after the two things joined.
    r"|(?<=[和与跟及])[^，,；;。]+?(?P<gap_named>的?(?:差距|差值|差额))(?=[？?。!！\s]*$)"
    r"|\b(?:vs\.?|versus|and|compared (?:with|to))\b[^?]*?\s(?P<gap_named_en>gap|difference)"
    r"(?=\s*[?.!]*\s*$)"
    # A larger than B by how much, grew more than B by how many points: the gap, asked last.
    # (over after a word: grew more over GDP; not over the year, opening the question)
    r"|(?:\bthan\b|(?<=[a-z]\s)over\b(?!\s+the\s+(?:year|period|whole)))[^?]*?"
    r"\s(?P<gap_by>by how (?:much|many)(?:\s+(?:percentage\s+)?points?)?)"
    r"(?=\s*[?.!]*\s*$)",
    hints=("多", "少", "差", "more", "fewer", "much", "difference", "gap", "by how"),
)
# A comparison read before a gap clause: which, who, or, 还是, 和, 跟, 与, 同.
_A_CHOICE = LazyPattern(
    r"谁|哪|还是|[和跟与同及]|\b(?:which|who|or|and|vs\.?|versus)\b",
    hints=("谁", "哪", "还是", "和", "跟", "与", "同", "及", "which", "who", "or", "and", "vs"),
)
# The gap asked after a comparison, in a clause of its own (谁多，多几个; 谁拉动多，差几个
# 点; which is larger, and by how much).
_GAP_CLAUSE = LazyPattern(
    r"[，,;；？?]\s*(?:那|又|能)?(?:多|少|差|相差|高|低|大|小|快|慢)(?:了|出)?(?:几|多少)个?"
    r"(?:百分点|点|[家户个项人名台辆位]|亿元|亿|万元|万)?[？?。!！\s]*$"
    r"|,?\s*(?:and\s+)?by how (?:much|many)(?:\s+(?:percentage\s+)?points?)?\s*[?.!]*\s*$"
    # (Geely vs GDP, how much bigger?)
    r"|,\s*(?:and\s+)?how (?:much|many) (?:bigger|larger|more|higher|smaller|less|fewer|lower)"
    r"\s*[?.!]*\s*$",
    hints=("几", "多少", "how"),
)
# A和B哪个产值高 / A和B谁的增速快: 谁 or 哪个, what is compared, a bare comparative.
_WHICH_MORE = LazyPattern(
    r"(?:谁|哪(?:个|家|项|一个|一项|一家)?)的?(?P<what>[^，,；;。]{0,14}?)得?(?:更|比较)?"
    r"(?:多|少|大|小|高|低|快|慢)(?:一些|一点)?(?:呢|啊|呀)?[？?。！!\s]*$",
    hints=("谁", "哪"),
)
_CHOICE_JOINERS = ("和", "与", "跟", "还是", "或")
# Verbs a bare most or least follows as a superlative (contributed most, grew least).
_PAST_VERBS = "grew|rose|made|won|drove|pulled|gave|brought"
_CLAUSE_ENDING_COMPARISON = LazyPattern(
    r"(?:相|对)?(?<![占同环])比(?=\s*(?:[，,。？?；;]|$))",
    hints=("比",),  # not 占比, 同比
)
# A share said in tenths or as a fraction: 三成多, 几成, 三分之一, 一半.
IN_TENTHS = LazyPattern(
    r"[一二三四五六七八九两几]成多?|[二三四五六七八九十几]分之[一二三四五六七八九几]|一半|过半|半数"
    r"|\b(?:a|one) (?:quarter|third|fifth|tenth)\b|\b(?:two[- ]thirds|three[- ]quarters)\b",
    hints=("成", "分之", "半", "quarter", "third", "fifth", "tenth"),
)
_EN_CHOICE = LazyPattern(r"\b(?:or|and|vs|versus)\b", hints=("or", "and", "vs", "versus"))


def _two_choices(text: str) -> bool:
    """Two things to choose between, joined by 和/还是/or (not by the 比 of 占比)."""
    joined = any(j in text for j in _CHOICE_JOINERS) or _EN_CHOICE.search(text) is not None
    return joined and not _joins_verbs(text) and len(_sides(text)) == 2


_ZH_FIRM_WORDS = "|".join(w for w in vocab.FIRM_WORDS if not w.isascii())
_EN_FIRM_WORDS = "|".join(w for w in vocab.FIRM_WORDS if w.isascii())
_WHICH = re.compile(
    # (哪部车: which vehicle; not 哪部分, which part, nor 哪部门, which department)
    r"是?哪(?![里儿])[一二三四五六七八九十几两]?(?:个|家|些|笔|项|类|种|位|批|台|辆|款|部(?![分门])|座|架|边|方)?"
    r"(?:级别|层级|级)?"
    r"|\bwhich\b|\bwho\b"
    # 什么企业产值最高, what company had the most: which firm, in other words (咩, 乜嘢:
    # Cantonese's what)
    rf"|(?:什么|咩|乜嘢?)(?=(?:{_ZH_FIRM_WORDS}))"
    rf"|\bwhat(?= (?:single )?(?:{_EN_FIRM_WORDS})\b)"
    # whose, asking (whose is largest; …, whose contribution): not a relative pronoun
    # after its noun (companies whose output tops 100 million).
    r"|(?:^|(?<=[,;:] ))whose\b"
)
# A sum, a kind, a machine, a side (哪边: which of the two named): not a firm.
_NOT_AN_ENTERPRISE = "笔项类种批级台辆款部座架边方"
_WHICH_THING = LazyPattern(
    r"\bwhich (?:single )?(?:sum|item|level|tier|grade|category|class|group|payment|fund|batch"
    r"|kind|type|sort)\b",
    hints=("which",),
)


def _figure_alone(side: list[Term]) -> list[Term]:
    """A side that is a figure and its unit (7.06亿, 1.11亿元): the figure, which names
    the fact stating it; the unit left with it would be a word no name holds."""
    if len(side) > 1 and side[0].numeric and all(t.text in UNITS for t in side[1:]):
        return side[:1]
    return side


def _firm_words() -> str:
    """vocab.FIRM_WORDS as a pattern: the Chinese as written, the English as a word with
    its plural (company, companies; business, businesses)."""
    zh = [w for w in vocab.FIRM_WORDS if has_cjk(w)]
    return "|".join(zh) + "|" + _en_firm_words()


def _en_firm_words() -> str:
    """The English of vocab.FIRM_WORDS as a pattern, each word with its plural."""
    en = [
        f"{w[:-1]}(?:y|ies)" if w.endswith("y") else f"{w}(?:es)?" if w.endswith("s") else f"{w}s?"
        for w in vocab.FIRM_WORDS
        if not has_cjk(w)
    ]
    return r"\b(?:" + "|".join(en) + r")\b"


_ENTERPRISE_CLASS = re.compile(_firm_words())


_RANKED_BY = LazyPattern(
    r"按(?:照)?(?P<measure>[\u4e00-\u9fff]{2,4}?)(?:给|把|对|为)?(?P<firms>企业|公司|厂家|厂商)?"
    # (not 安排, 排查, 排放: other verbs)
    r"(?:们)?(?:来)?(?:进行)?(?<!安)(?:排个序|排序|排名|排一下|排一排|排(?![查放队练污水班除]))",
    hints=("按",),
)
# 企业产值从高到低排, rank the companies by output: firms ranked, each one named (not the
# 38 firms' sum, a class).
_FIRMS_RANKED = LazyPattern(
    # (企业数量从多到少: counts of firms ranked, kinds of them, no firm named)
    r"(?:企业|公司|厂家|厂商)(?!的?(?:数|户数|家数))(?:的)?[\u4e00-\u9fff]{0,4}?"
    r"(?:由大到小|从大到小|从高到低|由高到低|从多到少|由多到少)"
    r"|\brank(?:ing)?\s+(?:the\s+)?(?:companies|firms|enterprises|businesses)\s+by\b",
    hints=("到", "rank"),
)
_TOP_ENTERPRISE = LazyPattern(
    # (最多的企业数: the count of firms, the largest of them, no firm asked)
    r"最(?:高|多|大|快|强|好|低|少|小|慢)的?(?:单个|单家|单一|一家|一个)?(?:企业|公司|厂家|厂商|厂)(?!数)"
    # 单个企业产值最高, 企业里产值最高的是谁: one firm, or who, is the answer.
    r"|(?:单个|单家|单一|个别)(?:企业|公司|厂家|厂商)"
    r"|(?:企业|公司|厂家|厂商)[\u4e00-\u9fff]{0,6}?最(?:高|多|大|快|强|好|低|少|小|慢)的?是?(?:谁|哪家|哪一家)"
    r"|\b(?:company|firm|enterprise|business|manufacturer|producer)\s+(?:with|that has|that had)"
    r"\s+the\s+(?:highest|most|largest|biggest|greatest|lowest|least|smallest)\b"
    r"|\b(?:highest|largest|biggest|greatest|top)[- ]+(?:\w+[- ]+){0,2}?"
    r"(?:company|firm|enterprise|business|manufacturer|producer)\b"
    # The largest companies (by growth contribution): firms ranked, each one named; not
    # the 38 biggest firms, a class counted, nor the largest sum paid to firms.
    r"|(?<!\d )\b(?:highest|largest|biggest|greatest|top)\s+"
    r"(?:companies|firms|enterprises|businesses|manufacturers|producers)\b"
    # By a single company (单个企业): one firm is the answer (not a share among the firms,
    # which ranks no firm).
    r"|\b(?:single|individual) (?:company|firm|enterprise|business)\b",
    hints=("最", "compan", "firm", "enterprise", "business", "manufacturer", "producer"),
)


def _enterprise_class(text: str) -> tuple[bool, str]:
    """哪个企业 / 产值最高的企业是哪家 / which company in a superlative or comparison: the
    answer is one named enterprise, so the class word is a constraint, not a term."""
    which = _WHICH.search(text)
    if which is None:
        return False, text
    rest = text[: which.start()] + _SOFT + text[which.end() :]
    if any(c in which.group() for c in _NOT_AN_ENTERPRISE) or _WHICH_THING.search(text):
        # 哪一笔, which sum: a sum or an item is chosen; 企业 says whose (发给企业的钱).
        return False, rest
    # A和B，哪个数量更多: one of the two named is chosen, a firm only if said right after
    # (吉利和白象哪家企业拉动多); 企业 in a side's name is that side's.
    chosen = any(j in text[: which.start()] for j in _CHOICE_JOINERS)
    if chosen and _ENTERPRISE_CLASS.match(text, which.end()) is None and "家" not in which.group():
        return False, rest
    # (三公司是哪三家公司: the class said right after the which, not the name's 公司)
    noun = _ENTERPRISE_CLASS.match(rest, which.start() + 1) or _ENTERPRISE_CLASS.search(rest)
    if noun is None:
        return "哪家" in text[which.start() : which.end() + 1], rest
    if which.group().isascii():
        chosen_after = _EN_WHO_FIRM if which.group() in ("who", "whose") else _EN_FIRM_CHOSEN
        # (the firm word before the which is no firm chosen after it: nothing between)
        after = noun.start() > which.start()
        between = rest[which.start() + 1 : noun.start()] if after else None
        chosen = between is not None and chosen_after.fullmatch(between) is not None
        if not chosen and not _EN_AMONG_FIRMS.search(rest):
            # Who went into enterprises, who gave funds to firms: the firms are where or
            # to whom it was done; a firm is chosen where named right after which or who
            # (which company, which of the firms) or as those among whom (among the firms,
            # who …).
            return False, rest
    if rest.startswith("数", noun.end()):
        return False, rest  # 哪个企业数最多: which count of firms, no firm chosen
    if (
        which.group().startswith(("哪", "是哪"))
        and "家" not in which.group()
        and noun.start() != which.start() + 1
        and (
            noun.end() > which.start()
            or _CHOSEN_BEFORE.fullmatch(rest[noun.end() : which.start()]) is None
        )
    ):
        # 为服务企业新设了哪些机构: the firms are served; which bodies is asked. A firm is
        # chosen when named beside the which (哪个企业, 拉动最多的企业是哪个, 企业中哪个).
        return False, rest
    return True, rest[: noun.start()] + _SOFT + rest[noun.end() :]


# Making, in English (which company built, made or produced it): the maker asked.
# (not made, which also makes things happen: which company made pharma grow)
_EN_MAKING = LazyPattern(
    r"\b(?:built|builds|build|produced|produces|manufactured|assembled)\b",
    hints=("buil", "produc", "manufactur", "assembl"),
)
# What may stand between which (or who) and the firms chosen among: of the, one, single,
# a word or two of them (which methanol company, which of the 38 firms).
_EN_FIRM_CHOSEN = re.compile(
    r"\s*(?:(?:of|among)\s+(?:the|these|those|its|all)\s+)?(?:[\w-]+\s+){0,2}"
)
# Who is the company …: who names a firm only so (who went into enterprises does not).
_EN_WHO_FIRM = re.compile(r"\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?")
# (among the firms, of all the companies; not the number of high-tech enterprises)
_EN_AMONG_FIRMS = LazyPattern(
    r"\b(?:among\s+(?:the\s+|these\s+|those\s+|all\s+)?|of\s+(?:all\s+)?(?:the|these|those)\s+)"
    r"(?:[\w-]+\s+)?" + _en_firm_words(),
    hints=("among", "of the", "of these", "of those", "of all"),
)
_FIRM_WHO = LazyPattern(
    r"(?P<firms>(?:企业|公司|厂家|厂商)(?:里面|里头|里|中|当中|之中))的?谁(?:的)?", hints=("谁",)
)
_AMONG_BEFORE_WHICH = LazyPattern(
    r"(?<=[\u4e00-\u9fff])(?:当中|之中|中)(?=的?(?:哪|谁))", hints=("中",)
)
_CHOSEN_BEFORE = LazyPattern(r"(?:里|中|当中|之中|里面|里头)?的?")  # compiled on first use


_EACH = LazyPattern(
    r"分别|各自|各(?![类项级种个地界方部])(?=[\u4e00-\u9fff]{0,3}?(?:了|多少|几))|\brespectively\b"
    r"|各笔",  # (各笔扶持资金: each sum paid)
    hints=("分别", "各", "respectively"),
)
# Both support funds, list both: each of two things of one kind, as 两笔…各 asks (not
# both A and B, nor A and B both, two things named; nor both of them, of things named
# before): _both_of_one.
_EN_BOTH = LazyPattern(r"\bboth\b(?! of them\b)", hints=("both",))
_EN_CLAUSE_ENDS = re.compile(r"[,;?!.]")


def _both_of_one(text: str) -> re.Match[str] | None:
    """The both of a question asking each of two things of one kind (how much were both
    support funds), or None."""
    match = _EN_BOTH.search(text)
    if match is None:
        return None
    clause_start = max(
        (m.end() for m in _EN_CLAUSE_ENDS.finditer(text, 0, match.start())), default=0
    )
    clause_end = _EN_CLAUSE_ENDS.search(text, match.end())
    clause = text[clause_start : clause_end.start() if clause_end else len(text)]
    return None if re.search(r"\band\b", clause) else match


_EN_VERSUS = LazyPattern(
    r"\b(?:versus|vs\.?|compared? (?:with|to|against)|compares (?:with|to))(?= )",
    hints=("vs", "versus", "compare"),
)

# compare A with B, compare A to B: the imperative's with joins the two sides, as and does
# (compare A and B); a with that only describes the first (the firms with output over 100
# million) joins nothing, and to or against then does.
_COMPARE_WITH = LazyPattern(
    r"(?P<first_with>\bcompare\s+(?:(?!\b(?:with|to|against)\b).)+?)\s+with\s+"
    r"(?!(?:output|over|more|less|a|an|its|their|revenue|sales|value|\d)\b)"
    r"|(?P<first>\bcompare\s+(?:(?!\b(?:to|against)\b).)+?)\s+(?:to|against)\s+",
    hints=("compare",),
)
# (according to their pull, to see which: no side after the to)
_NO_SIDE_AFTER = LazyPattern(
    r"\baccording to\b|\bto (?=(?:see|find|check|know|tell|decide)\b)", hints=("to",)
)


def _english_comparison(text: str) -> bool:
    """An English comparison: a comparative word and a choice (which …, A or B, vs), or
    a yes-or-no question of one thing against another (was A larger than B?; not "how
    much faster than GDP", a stated gap, nor "more than 100", a threshold)."""
    comparative = any(_contains_word(text, w) for w in vocab.EN_COMPARE)
    asks = (
        any(_contains_word(text, w) for w in ("which", "whether", "or", "vs", "versus", "compare"))
        or _EN_VERSUS.search(text) is not None
    )
    return comparative and (asks or _YES_NO_THAN.search(text) is not None)


_YES_NO_THAN = LazyPattern(
    # (isn't it larger than …: asked in doubt, the same comparison)
    r"^\s*(?:is|was|are|were|did|does|do|has|have"
    r"|(?:isn|wasn|aren|weren|didn|doesn|don|hasn|haven)'?t)\b.*\bthan\s+[a-z]",
    hints=("than",),
)


# A list of things to choose among: 甲、乙、丙 (or 甲、乙和丙) in one clause; in English
# a list with commas, before or after the question (among A, B and C, which …).
_CLAUSE = re.compile(r"[，,；;：:？?。!！]")
_ZH_LAST_JOINER = re.compile(r"以及|和|与|及|还是|或者|或")
_ZH_LIST_TAIL = LazyPattern(
    # 三家里, 这三家企业中: the things just listed, counted, before among; or pointed back
    # at, counted, ending the clause (白象、华卫、吉利这三家企业，哪家…).
    r"(?:这|那)?[两二三四五六七八九十几]*[家个项类者笔种位]?(?:企业|公司|单位|产业|行业|机构)?"
    r"(?:之中|中|里面|里|当中)$"
    r"|(?:(?:这|那)[两二三四五六七八九十几]+[家个项类者笔种位]|\x1f)"
    r"(?:企业|公司|单位|产业|行业|机构)?$",
    hints=("中", "里", "这", "那", _SOFT),
)
# The vocabulary's superlatives as whole words (not at least: no least asked).
_EN_LEAST = LazyPattern(rf"(?<!\bat )\b(?:{_alternation(vocab.EN_MIN)})\b", hints=vocab.EN_MIN)
_EN_MOST = LazyPattern(rf"\b(?:{_alternation(vocab.EN_MAX)})\b", hints=vocab.EN_MAX)


# An order asked outright (从低到高排序, 按从大到小排列, from lowest to highest, smallest
# first), not the idiom of growing (企业从小到大发展): an ordering verb or the clause's end
# follows it in Chinese.
_ORDER_SAID = LazyPattern(
    r"(?:按|依)?(?:从|由)(?:低到高|小到大|少到多|高到低|大到小|多到少)"
    r"(?=\s*(?:的顺序|顺序|依次|排|列|$|[，,。？?！!]))"
    r"|\bfrom (?:lowest to highest|smallest to largest|least to most|highest to lowest"
    r"|largest to smallest|biggest to smallest|most to least)\b"
    r"|\b(?:lowest|smallest|highest|largest|biggest) first\b|\bin (?:ascending|descending) order\b",
    hints=("到", "from", "first", "order"),
)
_ASCENDING = ("低到高", "小到大", "少到多", "lowest to", "smallest to", "least to", "lowest first",
              "smallest first", "ascending")  # fmt: skip


def _order_listed(text: str) -> re.Match[str] | None:
    """The order the question asks outright, unless a superlative is asked besides it
    (产值最高的是哪个，按从低到高排: the highest is asked, the order is how to list them)."""
    order = _ORDER_SAID.search(text)
    if order is None:
        return None
    rest = text[: order.start()] + " " + text[order.end() :]
    said = (w for w in (*vocab.ZH_MAX, *vocab.ZH_MIN) if w.startswith(("最", "较")))
    if any(w in rest for w in said) or _EN_MOST.search(rest) or _EN_LEAST.search(rest):
        return None
    return order


def _ascending(order: re.Match[str]) -> bool:
    return any(w in order.group() for w in _ASCENDING)


def _least_asked(text: str) -> bool:
    """Does the question ask for the least (最少, the smallest), and not the most too
    (哪个最大？较小的不用管 asks the largest)?"""
    chinese = asking_part(text) if has_cjk(text) else text
    order = _order_listed(text)
    if order is not None:
        return _ascending(order)  # 从低到高排序: as said
    least = any(w in chinese for w in vocab.ZH_MIN) or _EN_LEAST.search(text) is not None
    most = any(w in chinese for w in vocab.ZH_MAX) or _EN_MOST.search(text) is not None
    return least and not most


# A unit of money said (多少亿, how many yuan): an amount asked in money.
MONEY_UNIT_SAID = LazyPattern(
    r"[亿元]|\b(?:yuan|rmb|billions?|millions?)\b", hints=("亿", "元", "yuan", "rmb", "illion")
)
# 这三个数, 三个数字里: N figures (个 their classifier), ending where the phrase does (not
# 数字化, 数据中心).
_FIGURES_COUNTED = LazyPattern(
    r"(?P<n>(?:这|那)?[两二三四五六七八九十])个(?:数字|数据|数值|数)"
    r"(?=哪|谁|里|中|的|都|当中|之中|[，,？?\s]|$)",
    hints=("个数",),
)
# 吉利、白象、华卫三家拉动的: the things listed, counted right after the last of them.
_LIST_COUNT_AFTER = LazyPattern(
    r"(?<=[\u4e00-\u9fff]{2})(?:这|那)?(?P<n>[两二三四五六七八九十])[家个项类者笔种位]",
    hints=tuple("两二三四五六七八九十"),
)
_ZH_LIST_HEAD = re.compile(r"^(?:在|比较|对比|从)?(?:[两二三四五六七八九十几]+[笔家个项类位种])?")


_EN_LIST = LazyPattern(
    r"(?:^|\b(?:among|between|of|from)\s+)(?P<list>[^,?:]+(?:,\s*[^,?:]+)+)[,:]\s*(?:which|what|whose|who)\b"
    r"|\b(?:which|what|whose|who)\b[^:?—–]*(?::|\s[—–-]+)\s*(?P<after>[^?]+)"
    r"|\b(?:which|what|whose|who)\b.*?\b(?:among|between|of)\s+(?P<tail>[^?]+)",
    hints=("which", "what", "who"),
)


# What asks, and after it: 哪个, 谁, and a superlative said first (…里最少的是哪类).
_ZH_QUESTION_TAIL = LazyPattern(
    # (and a ranking asked: 吉利、战新产业、甲醇汽车的产值排个序, 从高到低)
    r"(?:哪|谁|什么|多少|是否|有没有|最|排个序|排一下序|排下序|排排序|排序|从(?:高|低|大|小|多|少)到)"
    r".*$",
    hints=("哪", "谁", "什么", "多少", "是否", "有没有", "最", "序", "到"),
)
# Biggest pull on growth: Geely, Huawei Pharma or Baixiang? (what is asked, then the list).
_EN_LIST_AFTER_COLON = LazyPattern(r"^[^:?]+:\s*(?P<after>[^?:]+)", hints=(":",))
_EN_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_EN_OR_ITEM_SPLIT = re.compile(r",?\s+or\s+")
_EN_LIST_HEAD = re.compile(r"^(?:among|between|of|from|the)\s+")
_EN_RANKING_WORDS = re.compile(
    r"\b(?:the\s+)?(?:" + "|".join(("from", *vocab.EN_MAX, *vocab.EN_MIN)) + r")\b.*$"
)


_ASKS_LESS = LazyPattern(
    # 谁拉动少 (得 gone, 谁拉动得少): what is compared may stand between 谁 and 少 (哪家
    # 对本行业产值增长的拉动小), but no 多 (哪个产值多少: how much), nor a word of its own
    # (减少, 缺少, 不少, 中小企业, 小微).
    # (nor the opposite on the way: 拉动大还是小 asks either; 降低 is a fall)
    r"(?:(?:谁|哪[个家笔项一类]*)[^\W\d_a-zA-Z多减缺不中大高快降]{0,12}?|得|更|较|还)"
    r"(?:少|低|小|慢)(?![巨企微型])"
    # (not more or less, no less than, at least: no less asked)
    r"|(?<!\bmore or )(?<!\bno )\b(?:fewer|less|smaller|lower|slower)\b",
    hints=("少", "低", "小", "慢", "fewer", "less", "smaller", "lower", "slower"),
)


_BARE_UNIT = LazyPattern(
    # (the number, when there is one, is matched so as to keep the unit it goes with:
    # 100 million yuan, 100-million-yuan, 100m yuan, one hundred million RMB)
    # (beside Chinese too, where \b sees no edge: GDP多少billion)
    r"(?P<number>(?:\d[\d.,]*(?:m|k)?|hundred)[\s-]*)?"
    rf"(?<![a-z])(?:(?:{_SCALES_EN})(?:[\s-]+(?:of[\s-]+)?(?:{_CURRENCIES_EN}))?|{_CURRENCIES_EN})"
    r"(?![a-z\d-])"
    # (a yuan figure, a yuan amount: the kind of figure asked for, no unit to drop)
    r"(?!\s+(?:figures?|amounts?|sums?|numbers?|values?)\b)",
    hints=("bn", "bln", "mn", "mln", "illion", "yuan", "rmb", "cny"),
)


_SPACED_NAMES = LazyPattern(r"[\u4e00-\u9fff]{2,8}(?: +[\u4e00-\u9fff]{2,8}){2,}", hints=(" ",))


_MORE_THAN_A_FIGURE = LazyPattern(
    r"(?P<than>比\s*\d+(?:\.\d+)?\s*(?:万亿|亿|万)?\s*[元辆台户家项人名个%]?)多多少",
    hints=("多多少",),
)
_LIST_IN_BRACKETS = LazyPattern(r"[(（](?P<list>[^()（）]*、[^()（）]*)[)）]", hints=("、",))


# A measure word ending the last thing listed, after 的 (甲醇汽车的产值): of them all.
_MEASURE_ENDS_LIST = LazyPattern(
    rf"的(?:{'|'.join(map(re.escape, sorted(vocab.ZH_MEASURE_WORDS, key=len, reverse=True)))})$",
    hints=("的",),
)


_WITHIN_A_WHOLE = LazyPattern(r"(?:里面|里头|当中|之中|里|中)的?", hints=("里", "中"))
_ASKED_AFTER_A_PART = re.compile(rf"(?:$|[{_SOFT}有是几多的都各]|数)")


def _parts_of_a_whole(pieces: list[str]) -> list[str]:
    """一部一中心三公司里部、中心、公司: parts listed after the whole whose name spells
    them; each is that whole's part (the centre of the scheme, not any centre), so the
    whole is named with each. Pieces that are no such parts are left as they are."""
    first, last = pieces[0], pieces[-1]
    # (the last part runs on into what is asked of them all: 公司有几个)
    named = next((last[:n] for n in range(len(last), 0, -1) if last[:n] in first), "")
    if not named or _ASKED_AFTER_A_PART.match(last[len(named) :]) is None:
        return pieces
    for within in _WITHIN_A_WHOLE.finditer(first):
        whole, part = first[: within.start()], first[within.end() :]
        parts = [part, *pieces[1:-1], named]
        if len(whole) >= 2 and all(p and p in whole and p != whole for p in parts):
            return [*(f"{whole} {p}" for p in parts[:-1]), f"{whole} {last}"]
    return pieces


def _items(text: str) -> list[str]:
    """The things a superlative names to choose among, at least two, in a list."""
    text = text.strip(" " + _SOFT)
    if has_cjk(text):
        # Three names or more parted by spaces (吉利 白象 华卫 谁拉动增长最多): a list.
        text = _SPACED_NAMES.sub(lambda m: re.sub(" +", "、", m.group()), text)
        clauses = [_ZH_QUESTION_TAIL.sub("", c) for c in _CLAUSE.split(text)]
        listed = [c for c in clauses if "、" in c]
        bracketed = _LIST_IN_BRACKETS.search(text)
        outside = text if bracketed is None else text[: bracketed.start()] + text[bracketed.end() :]
        if bracketed is not None and "、" not in outside:
            # 几笔资金（留抵退税、两笔扶持资金）里哪笔最大: the list is what the brackets hold.
            listed = [bracketed["list"]]
        if not listed:  # 留抵退税和两笔产业扶持资金中，哪一项最大: a joined pair, then 中
            listed = [c for c in clauses if _ZH_LIST_TAIL.search(c) and _ZH_LAST_JOINER.search(c)]
        if len(listed) != 1:
            return []
        pieces = listed[0].strip("、").split("、")
        last = _ZH_LAST_JOINER.split(pieces[-1])
        pieces = [*pieces[:-1], *last]
        counted = _LIST_COUNT_AFTER.search(pieces[-1])
        if counted is not None and parse_chinese_numeral(counted["n"]) == len(pieces):
            # 吉利、白象、华卫三家拉动的百分点: the things listed, counted; what follows the
            # count is what is measured of each, no part of the last one.
            pieces[-1] = pieces[-1][: counted.start()]
        pieces = [
            _ZH_LIST_HEAD.sub("", _ZH_LIST_TAIL.sub("", p.strip(" " + _SOFT))) for p in pieces
        ]
        # (公司各几个: 各 asks of each, no part of the last thing's name)
        pieces[-1] = _EACH.sub(_SOFT, pieces[-1])
        pieces = _parts_of_a_whole(pieces)
        return [p for p in pieces if len(p) >= 2] if all(len(p) >= 2 for p in pieces) else []
    match = _EN_LIST.search(text)
    if match is not None:
        found = match["list"] or match["after"] or match["tail"]
    else:
        after_colon = _EN_LIST_AFTER_COLON.search(text)
        if after_colon is None:
            return []
        found = after_colon["after"]
    # (the relief money or the funds for chain leaders and backbone firms: two things, one
    # or between them; an and inside the second names what its funds are for)
    split = _EN_OR_ITEM_SPLIT if " or " in found and found.count(" or ") == 1 else _EN_ITEM_SPLIT
    if split is _EN_OR_ITEM_SPLIT and "," in found.partition(" or ")[0]:
        split = _EN_ITEM_SPLIT  # (A, B or C: three things listed)
    pieces = [_EN_LIST_HEAD.sub("", p.strip(" ." + _SOFT)) for p in split.split(found)]
    # (Huawei Pharma fewest: the superlative read with the last thing listed is no part of it.)
    pieces = [_EN_RANKING_WORDS.sub(" ", p).strip() for p in pieces]
    pieces = [p for p in pieces if p]
    return pieces if len(pieces) >= 3 else []


def sides_of(text: str, joiners: tuple[str, ...]) -> list[str]:
    """The two things the joiners join (ask's reading of 或: _sides, by those joiners)."""
    return _sides(text, joiners)


def _sides(text: str, joiners: tuple[str, ...] = ()) -> list[str]:
    """The two things a comparison compares: A和B, A还是B, A or B (or a sum adds: A和B加起来,
    by the joiners given). A side that is only a modifier borrows the other side's head
    noun: 省级和国家级小巨人 -> 省级小巨人, 国家级小巨人; provincial or national little
    giants -> provincial little giants. Where a joiner is also inside a side (支持链主和骨干
    企业的资金比纾困资金), the split is the one whose two sides end in one head noun."""
    joiners = joiners or (*vocab.ZH_JOINERS, "、", *vocab.EN_JOINERS)
    present = [joiner for joiner in joiners if joiner.strip() and joiner in text]
    headed: list[tuple[str, str]] = []
    firsts: list[tuple[str, str]] = []
    for joiner in present:
        # (及 inside a word, 涉及 or 及时, joins nothing)
        parts = _JI_JOINING.split(text) if joiner == "及" else text.split(joiner)
        for at in range(1, len(parts)):
            left, right = joiner.join(parts[:at]), joiner.join(parts[at:])
            if _same_head(left, right):
                headed.append((left, right))
        if len(parts) > 1:
            firsts.append((parts[0], joiner.join(parts[1:])))
    for left, right in [*headed, *firsts]:
        left, right = _side(left, left=True), _side(right)
        if left and right:
            return [left, right]
    return []


# The zone named alone as a side (比开发区多吗, than the zone): what the other side counts
# in another place (全市国家级小巨人), counted in the zone.
_ZONE_ALONE = LazyPattern(
    r"^(?:晋中)?(?:开发区|园区|综改区|全区|区内|本区)(?:里|内)?的?$"
    r"|^(?:in\s+)?(?:the\s+)?(?:(?:development\s+)?zone|park)(?:'s)?$",
    hints=("区", "zone", "park"),
)


@functools.cache
def _places_said() -> re.Pattern[str]:
    """The words of places other than the zone (vocab.PLACES), longest first."""
    words = sorted(vocab.PLACES, key=len, reverse=True)
    return re.compile(
        "|".join(rf"(?:{re.escape(w)})的?" if has_cjk(w) else rf"\b{w}(?:'s)?\b" for w in words)
    )


def _zone_as_side(side_texts: list[str]) -> list[str]:
    """全市国家级小巨人比开发区多吗: the zone's side is the other side's thing, its place
    left out (国家级小巨人, the zone's own figure)."""
    for at, side in enumerate(side_texts):
        other = side_texts[1 - at]
        if _ZONE_ALONE.search(side.strip(" " + _SOFT)) is None:
            continue
        own = _places_said().sub("", other).strip(" " + _SOFT)
        if own != other.strip(" " + _SOFT) and own:
            return [own if i == at else s for i, s in enumerate(side_texts)]
    return side_texts


def _same_head(left: str, right: str) -> bool:
    """Do two Chinese phrases end in one two-character noun (资金, 企业)?"""
    ends = [re.sub(r"[^\u4e00-\u9fff]+$", "", side)[-2:] for side in (left, right)]
    return len(ends[0]) == 2 and ends[0] == ends[1] and all(map(is_cjk, ends[0]))


# Two words of one length side by side, sharing their last character, just before the
# word that sums them (where it was taken out): a pair Chinese writes without a
# conjunction (正处副处加起来, 市级区级一共), or with plus between them (正处加副处一共),
# after a word's end or a time (去年正处加副处一共).
_PAIRED = LazyPattern(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[年月里]))"
    r"([\u4e00-\u9fff]{1,2}([\u4e00-\u9fff]))加?([\u4e00-\u9fff]{1,2}\2)" + _SOFT,
    hints=(_SOFT,),
)


_LEVELS_PAIRED = LazyPattern(
    r"(省级|市级|区级|县级|国家级)加?(?=(?:省级|市级|区级|县级|国家级)(?!的)[\u4e00-\u9fff])",
    hints=("级",),
)


def _juxtaposed(text: str) -> str:
    """A pair written side by side, joined: 正处副处加起来 -> 正处和副处加起来."""
    text = _LEVELS_PAIRED.sub(r"\1和", text)  # 省级国家级小巨人合计: two levels of one thing
    pair = _PAIRED.search(text)
    if pair is None or len(pair[1]) != len(pair[3]):
        return text
    return f"{text[: pair.start()]}{pair[1]}和{pair[3]}{_SOFT}{text[pair.end() :]}"


_HOW_MANY_COMPARED = LazyPattern(
    r"(?<![第\d])[两二三四五六七八九十]+[笔家个项类位种只支](?=[\u4e00-\u9fff])",
    hints=tuple("两二三四五六七八九十"),
)
_COMPARED_TAIL = LazyPattern(
    r"(?:相比较?|对比|比较|相较|比起来|比一比)(?:而言|来说|起来)?$", hints=("比", "较")
)
_COMPARATIVE_TAIL = re.compile(
    r"(?:得|的)?(?:人|家|个|项|户)?(?:更多|更少|多|少|大|小|高|低|快|慢)(?:一些|一点)?$"
)


def _joins_verbs(text: str) -> bool:
    """Two participles either side of or (the largest sum returned or paid): one thing
    done two ways, not two things to choose between."""
    left, joiner, right = text.partition(" or ")
    before, after = left.split()[-1:], right.split()[:1]
    return bool(joiner and before and after) and _participle(before[0]) and _participle(after[0])


def _side(text: str, left: bool = False) -> str:
    """One side of a comparison without its comparative tail (轮岗的人多 -> 轮岗), and
    without what a comma parts from it: the question before the left side (which grew
    faster, A or B), the predicate after the right one (A和B，谁的拉动更大)."""
    parts = re.split(r"[，,；;：:]", text.strip(" ,?，？" + _SOFT))
    text = (parts[-1] if left else parts[0]).strip(" ,?，？" + _SOFT)
    if not left:  # which is the smallest — A, B or C: the dash ends the question
        text = re.split(r"\s+[—–-]+\s+", text)[0]
    text = _COMPARED_TAIL.sub("", text).strip(" " + _SOFT)  # A和B相比: 相比 joins, no side
    # 7.06亿和1.11亿两笔扶持资金: how many things are compared is no part of either.
    text = _HOW_MANY_COMPARED.sub("", text)
    trimmed = _COMPARATIVE_TAIL.sub("", text).strip(" " + _SOFT)
    return trimmed if len(trimmed) >= 2 else text


_LEVEL_WORDS = frozenset(
    "国家级 省级 市级 区级 国际级 national provincial municipal city-level state-level".split()
)


def parallel_level(side: list[Term], other: list[Term]) -> bool:
    """A side that is a level of government alone, beside one that starts with another
    level and goes on (provincial or national little giants): the level is short for the
    other side's thing at that level, not for anything else of that level."""
    return (
        len(side) == 1
        and side[0].text in _LEVEL_WORDS
        and len(other) >= 1
        and any(other[0].text.startswith(w) for w in _LEVEL_WORDS)
        and (len(other) > 1 or other[0].text not in _LEVEL_WORDS)
    )


def completions(side: list[Term], other: list[Term]) -> Iterator[list[Term]]:
    """A side that is only a modifier, completed with a tail of the other side, as terms
    (borrowed_heads): 省级 + 国家级小巨人 -> 省级小巨人 …"""
    left, right = (
        ("" if part and part[0].cjk else " ").join(t.text for t in part) for part in (side, other)
    )
    if has_cjk(left) and len(left) >= 3 and left[-2:] == right[-2:]:
        return  # 四上企业 beside 规上企业: a thing of its own, with the other's head already
    for reading in borrowed_heads(left, right):
        yield analyse(reading).terms


def joined(terms: list[Term]) -> str:
    """Terms as one text: Chinese ones run together, Latin ones apart."""
    return "".join(t.text if t.cjk else f" {t.text} " for t in terms).strip()


def borrowed_heads(left: str, right: str) -> list[str]:
    """Readings of a short left side completed with a tail of the right side, longest
    tail first: 省级 + 国家级小巨人 -> 省级小巨人, 省级级小巨人 …; provincial + national
    little giants -> provincial little giants, provincial giants."""
    if has_cjk(left):
        return [left + right[k:] for k in range(1, len(right))]
    words = right.split()
    return [" ".join([left, *words[k:]]) for k in range(1, len(words))]
