"""Drafting a fact base from a report the base has never seen (`jzfacts draft`).

The drafter reads the report the way a curator does, and writes what it can tell:
- sections from the ● headings (text before the first one is the introduction);
- one figure candidate per number the report states with a unit (Arabic or Chinese
  numerals, percentages, 个百分点, counts with their measure words, 亿元/万元/元,
  万辆/辆 …), the value and unit exactly as written, its hedge (突破 over, 近 nearly,
  约 about, 以上 over), a measure, the shortest clause that states it as the quote, the
  section, the period the sentence gives (2022年4月, 年底, 一季度) and the entities it
  names; ranks (全市排名第一: 1 位), durations (近三年来: 3 年) and counts inside a named
  set-up (新成立的“一部一中心三公司”) are figures too; a decline (同比下降5.2%) is a
  negative value, and both ends of a range are figures;
- one event per first (首台, 首次 …), award, institution set up and reform;
- an exclusion for every other numeral and sentence, with the reason when the drafter
  knows it (a date, part of a unit, a name or model, a set phrase, a heading) and a
  TODO when it does not.

So the draft validates (`validate --draft`) and leaves `coverage` no gap. What only a
person can write is left as a marked TODO (validation.TODO_*): ids, labels, aliases,
entities' English names, and never any invented English.

`suggest` uses the same candidates to propose a stub for each of a base's coverage gaps
(`coverage --suggest`).
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal, NamedTuple, TypeVar

from jzfacts.numerals import CN_DIGITS, SET_PHRASES
from jzfacts.numerals import PHRASES as _PHRASES
from jzfacts.text import parse_chinese_numeral
from jzfacts.units import UNITS

_NUM = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
# Longest first: 个百分点 before 个, 亿元 before 亿, 万辆 before 辆.
_UNITS_AFTER = sorted((u for u in UNITS if u != "%"), key=len, reverse=True)
_ARABIC = re.compile(rf"(?<![0-9.,A-Za-z]){_NUM}(?![0-9,]|\.[0-9])")
_CHINESE_RUN = re.compile(rf"第?[{CN_DIGITS}]+|首")
_RANGE_TO = re.compile(rf"\s*(?:—|–|-|~|～|至|到)\s*({_NUM})")
_DATE = re.compile(
    r"(?:(?P<year>[12][0-9]{3})年)?"
    r"(?:(?P<month>1[0-2]|0?[1-9])(?:[—–\-~～至到](?:1[0-2]|0?[1-9]))?月(?:(?:[0-9]{1,2})日)?"
    r"|(?P<end>年底|年末|底|末)"
    r"|(?:第)?(?P<quarter>[一二三四1-4])季度"
    r"|(?P<half>[上下])半年)"
    r"|(?P<year_only>[12][0-9]{3})年(?!来|以来|间)"
)
_SENTENCE_END = "。！？"
_CLAUSE_END = "，；：,;:。！？"

HEDGE_BEFORE = (
    ("突破", "over"),
    ("超过", "over"),
    ("逾", "over"),
    ("将近", "nearly"),
    ("接近", "nearly"),
    ("近", "nearly"),
    ("大约", "about"),
    ("约", "about"),
)
HEDGE_AFTER = (("以上", "over"), ("左右", "about"))
DECLINES = ("下降", "减少", "下滑", "回落", "降低", "下跌")

_CONGRESS = re.compile(r"(?:十[一二三四五六七八九]|二十)(?:大|届)")

# Classifiers a Chinese numeral counts with, as units; nouns a named set-up counts
# (新成立的“一部一中心三公司”: 1 个, 1 个, 3 家).
_CN_CLASSIFIERS = ("个", "户", "家", "项", "人", "名", "辆", "台", "位")
_SETUP_NOUNS = {
    "公司": "家",
    "企业": "家",
    "中心": "个",
    "部": "个",
    "平台": "个",
    "基地": "个",
    "园区": "个",
    "机构": "个",
    "专班": "个",
    "小组": "个",
    "办": "个",
    "室": "个",
    "站": "个",
}
_SETUP_VERBS = ("新成立", "成立", "组建", "设立", "新设", "建立", "新建", "挂牌")
_BUILD_VERBS = (*_SETUP_VERBS, "打造", "构建", "培育", "形成", "建设", "实施", "推进", "开展")
_RANK_CUES = ("排名", "排", "位列", "位居", "居", "列", "名列")

# Events: a first, an award, an institution set up, a reform.
_FIRST = re.compile(r"首(?:台|次|家|个|款|批|套|条|座|创|发|辆|架|例|单)")
_EVENT_CUES = (
    ("award", re.compile(r"[一二三等特金银铜]等?奖|金奖|银奖|铜奖|荣获|获评|称号|入选|授予")),
    ("institution", re.compile(r"成立(?!后)|设立|组建|挂牌|揭牌|签署|签约|合资")),
    (
        "reform",
        re.compile(r"改革|试点|许可|审批|下放|赋权|评价|承诺制|机制|办法|制度|清单|办事不出"),
    ),
)

# Entities: names ending so, or listed before 等 (贝斯特、隆富电气等31户企业).
_ORG_SUFFIX = re.compile(
    r"(?<![“\u4e00-\u9fff（）()])[\u4e00-\u9fff（）()]{1,14}?(?:有限公司|股份公司|公司|集团|"
    r"药业|电气|化纤|联合会|协会|研究院|大学|银行|医院|开发区)(?![\u4e00-\u9fff]*”)"
    r"|(?:开发区)?(?:管委会|党工委)"
)
_NAME_STOP = (
    "新成立",
    "成立",
    "组建",
    "设立",
    "引进",
    "签署",
    "推动",
    "帮助",
    "支持",
    "鼓励",
    "引导",
    "其中",
    "同时",
    "并与",
    "同",
    "与",
    "和",
    "及",
    "由",
    "对",
    "在",
    "将",
    "的",
    "了",
    "是",
    "为",
    "等",
    "获",
    "被",
    "向",
    "、",
)
_LEADING_NOISE = "强名户家个项人位台辆年月日号"
_SUBJECT_VERBS = re.compile(
    r"^([\u4e00-\u9fff]{2,6}?)(?:抢抓|完成|研发|分别|拉动|荣获|获批|被认定|签署|承载)"
)
_GENERIC_SUBJECTS = ("全区", "全市", "全省", "企业", "项目", "我们", "园区", "合资", "全年", "地区")


class Figure(NamedTuple):
    """A figure candidate: a number the report states, with all a fact needs."""

    value_text: str
    unit: str
    qualifier: str | None
    measure: str
    start: int  # where the number stands in the flat report
    end: int
    quote: str
    period: str
    section: str
    entities: tuple[str, ...]
    hint: str  # a Chinese label to start from (the clause's subject), or ""
    note: str | None = None


class Happening(NamedTuple):
    """An event candidate: a first, an award, an institution set up, a reform."""

    kind: Literal["event", "statement"]
    what: str  # first, award, institution, reform
    start: int
    quote: str
    period: str
    section: str
    entities: tuple[str, ...]
    hint: str


class Leave(NamedTuple):
    """An exclusion: a numeral or sentence no fact needs to state, and why (TODO when
    the drafter cannot tell)."""

    text: str
    kind: Literal["figure", "sentence"]
    why: str
    start: int


class DraftSection(NamedTuple):
    id: str
    zh: str
    heading: bool
    start: int  # where it starts in the flat report


class Draft(NamedTuple):
    report: str  # the report file, as source.report names it
    sha256: str
    year: int
    sections: tuple[DraftSection, ...]
    figures: tuple[Figure, ...]
    happenings: tuple[Happening, ...]
    leaves: tuple[Leave, ...]
    entities: tuple[str, ...]


class NoYear(ValueError):
    """The report names no year, and none was given."""


# --- reading the report --------------------------------------------------------------------


class _Text:
    """The report with its line breaks removed (as quotes are matched), its sentences
    and clauses, and where its sections start."""

    def __init__(self, report_text: str) -> None:
        self.raw = report_text.replace("\r", "")
        self.flat = self.raw.replace("\n", "")
        self.sentences = _sentence_spans(self.flat)
        self._sentence_starts = [s for s, _ in self.sentences]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index < 0:
            return 0, 0
        return self.sentences[index]

    def clause_at(self, start: int, end: int) -> tuple[int, int]:
        """The shortest clause holding [start, end): from the punctuation before to the
        punctuation after; a clause that goes on from the one before (占…, 同比…, 实现…,
        其中…) takes that one in too, so that the quote says what it is about."""
        s_start, s_end = self.sentence_at(start)
        left = start
        while left > s_start and self.flat[left - 1] not in _CLAUSE_END:
            left -= 1
        right = end
        while right < s_end and self.flat[right] not in _CLAUSE_END:
            right += 1
        steps = 0
        while left > s_start and self.flat[left:right].startswith(_CONTINUATIONS) and steps < 3:
            prev = left - 1
            while prev > s_start and self.flat[prev - 1] not in _CLAUSE_END:
                prev -= 1
            left, steps = prev, steps + 1
        while left < right and (self.flat[left].isspace() or self.flat[left] == "●"):
            left += 1
        return left, right


_CONTINUATIONS = (
    "全年",
    "累计",
    "占",
    "同比",
    "比上年",
    "较上年",
    "实现产值",
    "产值",
    "其中",
    "分别",
    "拉动",
    "远高于",
    "高于",
    "低于",
    "增长",
    "增速",
    "全市排名",
    "排名",
    "位列",
    "居",
)


def _sentence_spans(flat: str) -> list[tuple[int, int]]:
    # As coverage splits them: after 。！？ and before each ● heading.
    from jzfacts.coverage import _sentences

    return _sentences(flat)


def _sections(text: _Text) -> list[DraftSection]:
    sections: list[DraftSection] = []
    offset = 0
    for line in text.raw.split("\n"):
        stripped = line.strip()
        if stripped.startswith("● ") and len(stripped) > 2:
            heading = stripped[2:].strip()
            at = text.flat.find(f"● {heading}", offset)
            if at >= 0:
                sections.append(DraftSection(f"todo-s{len(sections) + 1}", heading, True, at))
                offset = at + 1
    first = sections[0].start if sections else len(text.flat)
    if text.flat[:first].strip():
        sections.insert(0, DraftSection("intro", "引言", False, 0))
    return sections


def _year(text: _Text) -> int | None:
    years = Counter(int(m.group(1)) for m in re.finditer(r"([12][0-9]{3})年", text.flat))
    return years.most_common(1)[0][0] if years else None


# --- periods, hedges, measures, entities ---------------------------------------------------


def _period_before(sentence: str, upto: int, year: int) -> str:
    """The period the sentence gives before the figure (the last one named), else the
    report's year: 2022年4月 -> 2022-04, 年底 -> 2022-12, 一季度 -> 2022-Q1."""
    found = str(year)
    for match in _DATE.finditer(sentence[:upto]):
        y = match.group("year") or match.group("year_only") or str(year)
        if match.group("month"):
            found = f"{y}-{int(match.group('month')):02d}"
        elif match.group("end"):
            found = f"{y}-12"
        elif match.group("quarter"):
            q = match.group("quarter")
            found = f"{y}-Q{'一二三四'.index(q) + 1 if q in '一二三四' else q}"
        elif match.group("half"):
            found = f"{y}-H{1 if match.group('half') == '上' else 2}"
        else:
            found = y
    return found


def _hedge(flat: str, start: int, after: int) -> str | None:
    before = flat[:start].rstrip()
    for word, qualifier in HEDGE_BEFORE:
        if before.endswith(word):
            return qualifier
    for word, qualifier in HEDGE_AFTER:
        if flat.startswith(word, after):
            return qualifier
    return None


def _measure(unit: str, clause: str, at: int) -> str:
    """What the number is, from its unit and the words before it in its clause."""
    dimension = UNITS[unit].dimension
    before = clause[:at]
    around = clause

    def last(*words: str) -> int:
        return max((before.rfind(w) for w in words), default=-1)

    if dimension == "money":
        cues = {
            "gdp": last("生产总值", "GDP", "经济总量"),
            "value-added": last("增加值"),
            "investment": last("投资"),
            "funds": last(
                "资金",
                "退税",
                "拨付",
                "扶持",
                "补贴",
                "减免",
                "贴息",
                "奖补",
                "奖励",
                "基金",
                "减税",
            ),
            "output-value": last("产值", "营收", "收入", "销售"),
        }
        best = max(cues, key=lambda k: cues[k])
        return best if cues[best] >= 0 else "output-value"
    if dimension == "percent":
        share = last("占", "比重", "占比", "比例")
        growth = last("增长", "增速", "下降", "同比", "增幅", "减少", "回落", "上涨")
        if share < 0 and growth < 0:
            return "share" if "占" in around or "的" in clause[at:] else "growth-rate"
        return "share" if share > growth else "growth-rate"
    if dimension == "percentage points":
        gap = last("高于", "低于", "快于", "慢于", "增速")
        contribution = last("拉动", "贡献")
        return "growth-gap" if gap > contribution else "growth-contribution"
    if dimension == "vehicles":
        return "production" if last("生产", "产量", "整车", "下线", "制造") >= 0 else "count"
    if dimension == "rank":
        return "rank"
    if dimension == "years":
        return "duration"
    return "count"


def _entities_in(clause: str) -> tuple[str, ...]:
    """Companies and bodies a clause names, as far as the drafter can tell."""
    found: dict[str, None] = {}

    def add(name: str) -> None:
        for stop in _NAME_STOP:
            cut = name.rfind(stop)
            if cut >= 0 and cut + len(stop) < len(name) - 1:
                name = name[cut + len(stop) :]
        name = name.lstrip("（(").lstrip(_LEADING_NOISE)
        if (
            len(name) >= 3
            and name != "开发区"
            and not name.startswith(_GENERIC_SUBJECTS)
            and name[0] not in CN_DIGITS
        ):
            found[name] = None

    for match in _ORG_SUFFIX.finditer(clause):
        add(match.group())
    for listed in re.finditer(
        r"([\u4e00-\u9fff（）]{2,14}(?:、[\u4e00-\u9fff（）]{2,14})+)(?:等|分别)", clause
    ):
        items = listed.group(1).split("、")
        first = items[0]
        for stop in _NAME_STOP:
            cut = first.rfind(stop)
            if cut >= 0:
                first = first[cut + len(stop) :]
        items[0] = first
        if all(2 <= len(i) <= 10 for i in items) and not any(
            i.endswith(("产业", "行业", "制造", "商贸", "科技", "材料"))
            or i in ("食品", "医药", "汽车", "新能源汽车")
            for i in items
        ):
            for item in items:
                found[item] = None
    subject = _SUBJECT_VERBS.match(clause)
    if subject and "、" not in subject.group(1):
        add(subject.group(1))
    for name in list(found):
        for other in found:
            if other != name and name in other and name in found:
                # 中海油 inside 中海油（山西）贵金属有限公司 names another body: keep both
                # only when the shorter one also stands alone.
                if clause.replace(other, "").find(name) < 0:
                    found.pop(name, None)
                break
    return tuple(found)


def _hint(clause: str, at: int) -> str:
    """The clause's words before the number, less its verb: 地区生产总值完成143亿元 ->
    地区生产总值. A starting point for the Chinese label, never English."""
    head = clause[:at]
    head = re.sub(r"^[0-9]{4}年(?:[0-9]{1,2}月)?(?:年底)?，?", "", head)
    for verb in (
        "同比增长",
        "同比下降",
        "实现产值",
        "完成",
        "达到",
        "实现",
        "突破",
        "超过",
        "增长",
        "下降",
        "近",
        "约",
        "为",
        "是",
        "共",
        "等",
        "的",
    ):
        if head.endswith(verb):
            head = head[: -len(verb)]
    return head.strip(" ，、“”")[:24]


# --- figures -------------------------------------------------------------------------------


class _Drafter:
    def __init__(self, text: _Text, sections: list[DraftSection], year: int) -> None:
        self.text = text
        self.sections = sections
        self.year = year
        self._section_starts = [s.start for s in sections]
        self.figures: list[Figure] = []
        self.happenings: list[Happening] = []
        self.leaves: dict[str, Leave] = {}
        self.taken: set[int] = set()  # starts of numerals already accounted for

    def section_at(self, offset: int) -> str:
        index = bisect.bisect_right(self._section_starts, offset) - 1
        return self.sections[max(index, 0)].id if self.sections else "intro"

    def leave(
        self, text: str, why: str, start: int, kind: Literal["figure", "sentence"] = "figure"
    ) -> None:
        if text and text not in self.leaves and text in self.text.flat:
            self.leaves[text] = Leave(text, kind, why, start)

    def figure(
        self,
        value: str,
        unit: str,
        start: int,
        end: int,
        after: int,
        qualifier: str | None = None,
        note: str | None = None,
        measure: str | None = None,
    ) -> None:
        flat = self.text.flat
        c_start, c_end = self.text.clause_at(start, after)
        clause = flat[c_start:c_end]
        s_start, _ = self.text.sentence_at(start)
        sentence = flat[s_start:start]
        self.figures.append(
            Figure(
                value_text=value,
                unit=unit,
                qualifier=qualifier if qualifier is not None else _hedge(flat, start, after),
                measure=measure or _measure(unit, clause, start - c_start),
                start=start,
                end=end,
                quote=clause,
                period=_period_before(sentence, len(sentence), self.year),
                section=self.section_at(start),
                entities=_entities_in(clause),
                hint=_hint(clause, start - c_start),
                note=note,
            )
        )
        self.taken.add(start)

    def dates(self) -> None:
        """2022年, 2022年4月, 年底, 1—3月: carried by the periods, not figures."""
        for match in _DATE.finditer(self.text.flat):
            if not re.search(r"[0-9]", match.group()):
                continue
            self.leave(
                match.group(), f"a date ({match.group()}), carried by the period", match.start()
            )
            for number in re.finditer(r"[0-9]+", match.group()):
                self.taken.add(match.start() + number.start())
        for match in re.finditer(r"[A-Za-z][A-Za-z-]*[0-9][A-Za-z0-9-]*", self.text.flat):
            self.leave(match.group(), "a model name or code, not a quantity", match.start())

    def arabic(self) -> None:
        flat = self.text.flat
        for match in _ARABIC.finditer(flat):
            start, end = match.span()
            if start in self.taken:
                continue
            number = match.group().replace(",", "")
            rest = flat[end : end + 6]
            if re.match(r"[A-Za-z]", flat[end : end + 1]) or re.search(
                r"[A-Za-z]\Z", flat[max(0, start - 1) : start]
            ):
                token = re.search(
                    rf"[A-Za-z0-9-]*{re.escape(match.group())}[A-Za-z0-9-]*",
                    flat[max(0, start - 12) : end + 12],
                )
                self.leave(
                    token.group() if token else match.group(),
                    "a model name or code, not a quantity",
                    start,
                )
                continue
            if rest.startswith("号"):
                self.leave(
                    self._quoted_around(start) or f"{match.group()}号",
                    "a name (…号, No. …), not a quantity",
                    start,
                )
                continue
            if rest.startswith("强"):
                self.leave(
                    flat[max(0, start - 2) : end + 1],
                    "the name of a ranking (top …), not a quantity",
                    start,
                )
                continue
            if rest.startswith(("年来", "年以来", "年间")) or (
                rest.startswith("年") and not rest.startswith("年度")
            ):
                self.figure(number, "年", start, end, end + 1, measure="duration")
                continue
            to = _RANGE_TO.match(flat, end)
            if to is not None:
                unit = self._unit_at(to.end())
                if unit is not None:
                    upper = to.group(1).replace(",", "")
                    span = flat[start : to.end() + len(unit)]
                    self.figure(
                        number,
                        unit,
                        start,
                        end,
                        to.end() + len(unit),
                        note=f"The lower end of the range {span}.",
                    )
                    self.figure(
                        upper,
                        unit,
                        to.start(1),
                        to.end(),
                        to.end() + len(unit),
                        note=f"The upper end of the range {span}.",
                    )
                    self.taken.add(to.start(1))
                    continue
            unit = self._unit_at(end)
            if unit is None:
                self.leave(
                    flat[start : end + 2].strip(),
                    f"TODO: no unit jzfacts knows follows {match.group()}; state it as a fact "
                    "in a known unit, or say why it is left out",
                    start,
                )
                continue
            value = number
            before = flat[:start].rstrip()
            if before.endswith(DECLINES):
                value = f"-{number}"  # 同比下降5.2%: a decline of 5.2%, the value -5.2
            self.figure(value, unit, start, end, end + len(unit))

    def _unit_at(self, at: int) -> str | None:
        flat = self.text.flat
        if flat.startswith("%", at):
            return "%"
        for unit in _UNITS_AFTER:
            if flat.startswith(unit, at):
                if unit == "亿" and flat.startswith("亿元", at):
                    continue
                if unit == "年" and flat.startswith("年度", at):
                    return None
                return unit
        return None

    def _quoted_around(self, offset: int) -> str | None:
        flat = self.text.flat
        open_at = flat.rfind("“", 0, offset)
        close_at = flat.find("”", offset)
        if (
            open_at >= 0
            and close_at >= 0
            and "”" not in flat[open_at:offset]
            and close_at - open_at < 20
        ):
            return flat[open_at + 1 : close_at]
        return None

    def chinese(self) -> None:
        flat = self.text.flat
        phrase_spans = []
        for phrase in _PHRASES:
            for found in re.finditer(re.escape(phrase), flat):
                phrase_spans.append((found.start(), found.end(), phrase))
        for match in _CHINESE_RUN.finditer(flat):
            start, end = match.span()
            token = match.group()
            if start in self.taken:
                continue
            inside = next((p for s, e, p in phrase_spans if s <= start and end <= e), None)
            if inside is not None:
                self.leave(inside, SET_PHRASES[inside], start)
                continue
            if self._unit_part(start, token):
                continue
            if token == "首" or flat.startswith("等奖", end):
                continue  # a first or a prize: an event covers it (happenings)
            if flat.startswith("季度", end):
                self.leave(token + "季度", f"a quarter ({token}季度), carried by the period", start)
                continue
            if self._in_setup(start):
                continue
            if _CONGRESS.match(flat, start) or (
                token.endswith(("十", "二十")) and flat.startswith(("大", "届"), end)
            ):
                name = _CONGRESS.match(flat, start)
                self.leave(
                    name.group() if name else token + flat[end],
                    "the name of a Party congress, not a figure",
                    start,
                )
                continue
            quoted = self._quoted_around(start)
            if quoted is not None and len(quoted) <= 12:
                self.leave(
                    f"“{quoted}”", f"a numeral inside the name “{quoted}”, not a count", start
                )
                continue
            number = parse_chinese_numeral(token.removeprefix("第"))
            if number is None:
                continue
            if number == 0 and re.search(r"[0-9]\Z", flat[:start]):
                continue  # 万 in 120万人次: part of the number before it, left with it
            if token.startswith("第"):
                if self._ranked(start):
                    self.figure(str(number), "位", start, end, end, measure="rank")
                continue
            before = flat[max(0, start - 2) : start]
            after = flat[end : end + 3]
            if after.startswith(("年来", "年以来", "年间")):
                self.figure(str(number), "年", start, end, end + 1, measure="duration")
                continue
            if after.startswith("大") and number <= 10 and flat[:start].endswith(_BUILD_VERBS):
                self.figure(str(number), "个", start, end, end + 1, measure="count")
                continue
            if token.startswith("百分之") or flat[max(0, start - 3) : start] == "百分之":
                self.figure(str(number), "%", start, end, end)
                continue
            if number != 1 and after[:1] in _CN_CLASSIFIERS and after[:1] in UNITS:
                self.figure(str(number), after[0], start, end, end + 1)
                continue
            del before
            # Anything else: the drafter cannot tell.
            context = flat[max(0, start - 1) : end + 1]
            self.leave(
                context,
                f"TODO: is {token} in “{context}” a figure? state it as a fact, or say why not",
                start,
            )

    def _unit_part(self, start: int, token: str) -> bool:
        """亿 in 143亿元, 万 in 11.15万辆, 百 in 个百分点: part of a unit, not a figure."""
        flat = self.text.flat
        for unit in ("个百分点", "亿元", "万元", "万辆", "亿"):
            at = flat.find(unit, max(0, start - len(unit)), start + len(unit))
            if 0 <= at <= start < at + len(unit) and token in unit:
                if unit == "亿" and not re.search(r"[0-9]\Z", flat[:at]):
                    continue
                gloss = {
                    "个百分点": "百 in the unit 个百分点 (percentage points)",
                    "亿元": "亿 in the unit 亿元 (100 million yuan), not a figure of its own",
                    "万元": "万 in the unit 万元 (10 thousand yuan), not a figure of its own",
                    "万辆": "万 in the unit 万辆 (10 thousand vehicles), not a figure of its own",
                    "亿": "亿 in the unit of a figure written 200亿 (元 implied)",
                }[unit]
                text = unit if unit != "亿" else flat[max(0, at - 4) : at + 1].lstrip("，、 ")
                text = text if unit != "亿" else re.sub(r"^[^0-9]*", "", text)
                self.leave(text, gloss, start)
                return True
        return False

    def _ranked(self, start: int) -> bool:
        """第三 after 排名 (排名全省第三, 位列全市第一) or before 名 (第三名)."""
        before = self.text.flat[max(0, start - 8) : start]
        before = re.sub(r"(?:全省|全市|全国|全区|省内|市内|同类|开发区)+\Z", "", before)
        token = _CHINESE_RUN.match(self.text.flat, start)
        end = token.end() if token else start + 2
        return before.endswith(_RANK_CUES) or self.text.flat.startswith("名", end)

    def _in_setup(self, start: int) -> bool:
        return any(s <= start < e for s, e in self._setup_spans)

    def setups(self) -> None:
        """新成立的“一部一中心三公司”: each count of a named set-up is a figure."""
        flat = self.text.flat
        self._setup_spans: list[tuple[int, int]] = []
        nouns = "|".join(sorted(_SETUP_NOUNS, key=len, reverse=True))
        pattern = re.compile(rf"“((?:[{CN_DIGITS}](?:{nouns})){{2,}})”")
        for match in pattern.finditer(flat):
            if not any(flat[: match.start()].rstrip("的了").endswith(v) for v in _SETUP_VERBS):
                continue
            self._setup_spans.append(match.span())
            for part in re.finditer(rf"([{CN_DIGITS}])({nouns})", match.group(1)):
                at = match.start(1) + part.start()
                number = parse_chinese_numeral(part.group(1))
                if number is None:
                    continue
                self.figure(
                    str(number),
                    _SETUP_NOUNS[part.group(2)],
                    at,
                    at + 1,
                    match.end(),
                    measure="count",
                    note=f"Counted in the name “{match.group(1)}”.",
                )

    # --- events and sentences ---------------------------------------------------------

    def events(self) -> None:
        flat = self.text.flat
        for match in _FIRST.finditer(flat):
            start = match.start()
            c_start, c_end = self.text.clause_at(start, match.end())
            s_start, _ = self.text.sentence_at(start)
            self._happening(
                "first", start, flat[c_start:c_end], flat[s_start:start], self._first_hint(start)
            )
        # One event per clause that names an award, an institution set up or a reform.
        for s_start, s_end in self.text.sentences:
            if flat[s_start:s_end].startswith("●"):
                continue
            at = s_start
            while at < s_end:
                c_start, c_end = self.text.clause_at(at, at)
                quote = flat[c_start:c_end]
                for what, cue in _EVENT_CUES:
                    found = cue.search(flat, max(at, c_start), c_end)
                    if found is None:
                        continue
                    if not any(h.quote == quote for h in self.happenings):
                        before = flat[s_start : found.start()]
                        self._happening(
                            what, found.start(), quote, before, _hint(quote, len(quote))
                        )
                    break
                at = max(c_end, at) + 1

    def close_gaps(
        self, report_text: str, figures: list[Figure], happenings: list[Happening]
    ) -> None:
        """Whatever coverage would still call a gap gets a TODO exclusion, so that the
        draft leaves none however the rules above fall short on a report."""
        from jzfacts.coverage import coverage
        from jzfacts.model import Exclusion, Fact, FactBase, Kind, Label, MemoryStore, Source

        def fact(kind: Kind, value: str | None, quote: str) -> Fact:
            return Fact("x", kind, Label("", ""), (), value, None, "", "", (), (), quote, None)

        facts = [fact(Kind.FIGURE, f.value_text, f.quote) for f in figures]
        facts += [fact(Kind.EVENT, None, h.quote) for h in happenings]
        base = FactBase(
            "",
            Source("", "", "", 0, "", "", ""),
            (),
            tuple(Exclusion(x.text, x.kind, x.why) for x in self.leaves.values()),
            "",
            MemoryStore(tuple(facts), {}),
        )
        flat = self.text.flat
        for item in coverage(base, report_text):
            if not item.is_gap:
                continue
            if item.kind == "figure":
                end = item.start + len(item.text)
                context = flat[max(0, item.start - 1) : end + 1]
                self.leave(
                    context,
                    f"TODO: is {item.text} in “{context}” a figure? state it as a fact, "
                    "or say why not",
                    item.start,
                )
            else:
                self.leave(
                    item.text.removeprefix("●").strip(),
                    "TODO: state what this sentence says as a fact, or say why it needs none",
                    item.start,
                    "sentence",
                )

    def kept_figures(self) -> list[Figure]:
        """The figures in report order, less a heading's that its section's body states
        again (营商环境排名全省第三 in the heading and the text): the body's says more."""
        headings = {s.id: (s.start, s.start + len(s.zh) + 2) for s in self.sections if s.heading}
        kept = []
        for f in sorted(self.figures, key=lambda f: f.start):
            start, end = headings.get(f.section, (0, 0))
            if start <= f.start < end and any(
                o.section == f.section
                and not start <= o.start < end
                and (o.value_text, o.unit) == (f.value_text, f.unit)
                for o in self.figures
            ):
                self.leave(
                    f.quote, "the heading repeats a figure the section's text states", f.start
                )
                continue
            kept.append(f)
        return kept

    def kept_happenings(self) -> list[Happening]:
        """Events, less those that only repeat a figure's clause (a first stays: 首次
        is an event even where its clause also states a span)."""
        figure_quotes = {f.quote for f in self.kept_figures()}
        return [h for h in self.happenings if h.what == "first" or h.quote not in figure_quotes]

    def _first_hint(self, start: int) -> str:
        flat = self.text.flat
        scope = flat[max(0, start - 2) : start]
        tail = re.match(
            r"首[\u4e00-\u9fffA-Za-z0-9]{1,12}?(?=[，。、和与并在“”]|$)", flat[start : start + 16]
        )
        return (scope if scope in ("全球", "全国", "全省", "全市", "国内") else "") + (
            tail.group() if tail else "首"
        )

    def _happening(self, what: str, start: int, quote: str, before: str, hint: str) -> None:
        self.happenings.append(
            Happening(
                kind="event",
                what=what,
                start=start,
                quote=quote.strip(),
                period=_period_before(before, len(before), self.year),
                section=self.section_at(start),
                entities=_entities_in(quote),
                hint=hint,
            )
        )

    def sentences(self) -> None:
        """Every sentence no candidate quotes is left, with a reason: a heading, or a
        TODO for the person to state it as a fact or say why it needs none."""
        flat = self.text.flat
        spans = [(f.start, f.start + len(f.quote), f.quote) for f in self.figures]
        quoted = [q for _, _, q in spans] + [h.quote for h in self.happenings]
        headings = {s.zh for s in self.sections if s.heading}
        for s_start, s_end in self.text.sentences:
            sentence = flat[s_start:s_end]
            if any(q and q in sentence for q in quoted) or any(q and sentence in q for q in quoted):
                continue
            body = sentence.removeprefix("●").strip()
            if body in headings:
                self.leave(
                    body,
                    "a section heading; its content is stated by the section's facts",
                    s_start,
                    "sentence",
                )
            else:
                self.leave(
                    body,
                    "TODO: state what this sentence says as a fact, or say why it needs none",
                    s_start,
                    "sentence",
                )


def draft(report_text: str, report_name: str, sha256: str, year: int | None = None) -> Draft:
    """A draft fact base for the report (see the module's docstring)."""
    text = _Text(report_text)
    found_year = year if year is not None else _year(text)
    if found_year is None:
        raise NoYear("the report names no year (like 2022年); give one with --year")
    sections = _sections(text)
    drafter = _Drafter(text, sections, found_year)
    drafter.setups()
    drafter.dates()
    drafter.arabic()
    drafter.chinese()
    drafter.events()
    drafter.sentences()
    figures = drafter.kept_figures()
    happenings = sorted(drafter.kept_happenings(), key=lambda h: h.start)
    drafter.close_gaps(report_text, figures, happenings)
    leaves = sorted(drafter.leaves.values(), key=lambda x: (x.kind != "figure", x.start))
    named = [f.entities for f in figures] + [h.entities for h in happenings]
    entities = dict.fromkeys(e for names in named for e in names)
    return Draft(
        report=report_name,
        sha256=sha256,
        year=found_year,
        sections=tuple(sections),
        figures=tuple(figures),
        happenings=tuple(happenings),
        leaves=tuple(leaves),
        entities=tuple(entities),
    )


# --- writing YAML --------------------------------------------------------------------------


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def _value(text: str) -> str:
    # 3.10 would read as 3.1: quote a trailing zero to keep it.
    return _q(text) if "." in text and text.endswith("0") else text


def figure_yaml(f: Figure, fact_id: str, indent: str = "  ") -> list[str]:
    lines = [
        f"{indent}- id: {fact_id}",
        f"{indent}  kind: figure",
        f'{indent}  label: {{zh: {_q(("TODO " + f.hint).strip())}, en: "TODO"}}',
        f'{indent}  aliases: ["TODO"]',
        f"{indent}  value: {_value(f.value_text)}",
    ]
    if f.qualifier:
        lines.append(f"{indent}  qualifier: {f.qualifier}")
    lines += [
        f"{indent}  unit: {_q(f.unit)}",
        f"{indent}  measure: {f.measure}",
        f"{indent}  period: {_q(f.period)}",
        f"{indent}  section: {f.section}",
        f"{indent}  entities: [{', '.join(_q(e) for e in f.entities)}]",
        f"{indent}  quote: {_q(f.quote)}",
    ]
    if f.note:
        lines.append(f"{indent}  note: {_q(f.note)}")
    return lines


def happening_yaml(h: Happening, fact_id: str, indent: str = "  ") -> list[str]:
    return [
        f"{indent}- id: {fact_id}",
        f"{indent}  kind: {h.kind}",
        f'{indent}  label: {{zh: {_q(("TODO " + h.hint).strip())}, en: "TODO"}}',
        f'{indent}  aliases: ["TODO"]',
        f"{indent}  period: {_q(h.period)}",
        f"{indent}  section: {h.section}",
        f"{indent}  entities: [{', '.join(_q(e) for e in h.entities)}]",
        f"{indent}  quote: {_q(h.quote)}",
        f"{indent}  note: {_q(f'TODO: drafted as {_WHAT[h.what]}; check the kind and the quote')}",
    ]


_WHAT = {
    "first": "a first",
    "award": "an award",
    "institution": "an institution set up",
    "reform": "a reform",
}


def leave_yaml(x: Leave, indent: str = "  ") -> list[str]:
    return [
        f"{indent}- text: {_q(x.text)}",
        f"{indent}  kind: {x.kind}",
        f"{indent}  why: {_q(x.why)}",
    ]


def to_yaml(d: Draft, version: str) -> str:
    out = [
        f"# A draft fact base for {d.report}, written by `jzfacts draft` (jzfacts {version}).",
        "# Format: docs/fact-base.md. Every TODO is for a person: ids (todo-…), labels,",
        "# aliases, entities' English names, and what the drafter could not tell. Check each",
        "# candidate against the report; `jzfacts validate --draft FILE` counts what is left,",
        "# `jzfacts validate FILE` passes once nothing is, `jzfacts coverage FILE` shows gaps.",
        "",
        "source:",
        '  title: "TODO: the report\'s title"',
        '  issuer: "TODO: who issued the report"',
        f"  year: {d.year}",
        "  language: zh-Hans",
        f"  report: {_q(d.report)}",
        f"  sha256: {d.sha256}",
        "",
        "sections:",
    ]
    for s in d.sections:
        out += [f"  - id: {s.id}", f"    zh: {_q(s.zh)}", '    en: "TODO"']
        if not s.heading:
            out.append("    heading: false")
    if d.entities:
        out += ["", "entities:"]
        out += [f'  - {{zh: {_q(e)}, en: "TODO"}}' for e in d.entities]
    out += ["", "facts:"]
    items: list[tuple[int, Figure | Happening]] = [(f.start, f) for f in d.figures]
    items += [(h.start, h) for h in d.happenings]
    items.sort(key=lambda pair: pair[0])
    section = None
    for number, (_, item) in enumerate(items, start=1):
        if item.section != section:
            section = item.section
            heading = next((s.zh for s in d.sections if s.id == section), section)
            out += ["", f"  # ── {heading}"]
        if isinstance(item, Figure):
            out += figure_yaml(item, f"todo-{number}")
        else:
            out += happening_yaml(item, f"todo-{number}")
    if d.leaves:
        out += ["", "exclusions:"]
        for leave in d.leaves:
            out += leave_yaml(leave)
    return "\n".join(out) + "\n"


# --- coverage --suggest --------------------------------------------------------------------


class Stub(NamedTuple):
    """What to paste for one coverage gap: under facts or under exclusions."""

    line: int
    gap: str  # the figure or sentence
    sentence: str
    where: Literal["facts", "exclusions"]
    yaml: list[str]


def suggest(
    report_text: str,
    gaps: Iterable[tuple[str, str, int, int, str]],
    section_ids: dict[str, str],
    year: int,
    declared: set[str] | None,
) -> list[Stub]:
    """A stub per gap (kind, text, line, offset in the flat report, sentence), from the
    same candidates as `draft`; `section_ids` maps headings to the base's section ids."""
    text = _Text(report_text)
    sections = [
        s._replace(id=section_ids.get(s.zh, section_ids.get("", s.id) if not s.heading else s.id))
        for s in _sections(text)
    ]
    drafter = _Drafter(text, sections, year)
    drafter.setups()
    drafter.dates()
    drafter.arabic()
    drafter.chinese()
    drafter.events()
    drafter.sentences()
    stubs: list[Stub] = []
    for number, (kind, gap, line, start, sentence) in enumerate(gaps, start=1):
        fact_id = f"todo-{number}"
        lines: list[str] | None = None
        where: Literal["facts", "exclusions"] = "facts"
        if kind == "figure":
            figure = next(
                (f for f in drafter.figures if f.start <= start < max(f.end, f.start + 1)), None
            )
            happening = next((h for h in drafter.kept_happenings() if h.start == start), None)
            if figure is not None:
                lines = figure_yaml(_declared_only(figure, declared), fact_id)
            elif happening is not None:
                lines = happening_yaml(_declared_only(happening, declared), fact_id)
            else:
                leave = next(
                    (x for x in drafter.leaves.values() if x.kind == "figure" and x.start == start),
                    None,
                )
                leave = leave or Leave(gap, "figure", f"TODO: say why {gap} is no figure", start)
                lines, where = leave_yaml(leave), "exclusions"
        else:
            body = gap.removeprefix("●").strip()
            happening = next(
                (h for h in drafter.kept_happenings() if h.quote and h.quote in body), None
            )
            if happening is not None:
                lines = happening_yaml(_declared_only(happening, declared), fact_id)
            else:
                leave = drafter.leaves.get(body) or Leave(
                    body,
                    "sentence",
                    "TODO: state what this sentence says as a fact, or say why it needs none",
                    start,
                )
                lines, where = leave_yaml(leave), "exclusions"
        stubs.append(Stub(line, gap, sentence, where, lines))
    return stubs


_Item = TypeVar("_Item", Figure, Happening)


def _declared_only(item: _Item, declared: set[str] | None) -> _Item:
    # A base that declares its entities accepts only those; the person adds the rest.
    if declared is None:
        return item
    return item._replace(entities=tuple(e for e in item.entities if e in declared))


def recall_and_noise(
    report_text: str, figures: Iterable[Figure], curated: Iterable[tuple[str, str, str]]
) -> tuple[int, int, int, int]:
    """(curated figures matched, curated figures, candidates matching none, candidates).

    A curated figure (value, unit, quote) is matched by a candidate of the same value
    and unit whose quote overlaps its quote in the report (line breaks removed); a
    candidate that matches no curated figure is not a real figure.
    """
    flat = report_text.replace("\r", "").replace("\n", "")
    figures = list(figures)
    curated = list(curated)

    def spans(quote: str) -> list[tuple[int, int]]:
        out, at = [], flat.find(quote)
        while quote and at >= 0:
            out.append((at, at + len(quote)))
            at = flat.find(quote, at + 1)
        return out

    def overlaps(a: str, b: str) -> bool:
        return any(s1 < e2 and s2 < e1 for s1, e1 in spans(a) for s2, e2 in spans(b))

    def same(f: Figure, value: str, unit: str, quote: str) -> bool:
        return (
            Decimal(f.value_text) == Decimal(value) and f.unit == unit and overlaps(f.quote, quote)
        )

    matched = sum(1 for c in curated if any(same(f, *c) for f in figures))
    noise = sum(1 for f in figures if not any(same(f, *c) for c in curated))
    return matched, len(curated), noise, len(figures)
