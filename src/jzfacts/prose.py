"""Facts in words, in Chinese and English: values as people say them, the sentence
`ask` answers with, derived facts explained, the report's slips marked.

Everything here is plain text for a renderer; nothing prints and nothing needs
``decimal`` (showing a fact must stay cheap). The rules a Chinese sentence follows are
written next to the code that applies them (``_predicate_zh``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from jzfacts.model import QUALIFIERS, Erratum, Fact, FactBase, Kind, Section
from jzfacts.units import PERCENT, RANK, UNITS, plain_english


class Lang(str, Enum):
    """The language of a view: Chinese, English, or both side by side."""

    ZH = "zh"
    EN = "en"
    BOTH = "both"


LANG_ENV = "JZFACTS_LANG"


class Style(str, Enum):
    """A citation style (jzfacts.citation); here so that the CLI can offer the choice
    without importing the citation code on every start."""

    PLAIN = "plain"
    GBT7714 = "gbt7714"
    APA = "apa"


# --- quotation marks -----------------------------------------------------------------------

_INNER_CORNER = {ord("「"): "『", ord("」"): "』"}
_INNER_DOUBLE = {ord("“"): "‘", ord("”"): "’"}


def nested(text: str, outer: str) -> str:
    """Text to stand inside `outer` quotation marks, its own marks changed so that the
    same marks never nest: inside “…” a “小巨人” becomes ‘小巨人’ (and "x" becomes ‘x’);
    inside 「…」 an inner 「…」 becomes 『…』."""
    if outer == "「":
        return text.translate(_INNER_CORNER)
    if outer == "“":
        text = text.translate(_INNER_DOUBLE)
        # ASCII double quotes pair up: the first opens, the next closes.
        parts = text.split('"')
        if len(parts) % 2 == 1:
            text = "".join(
                part + ("" if i == len(parts) - 1 else ("‘" if i % 2 == 0 else "’"))
                for i, part in enumerate(parts)
            )
        return text
    return text


def quoted_zh(text: str) -> str:
    return f"“{nested(text, '“')}”"


def quoted_en(text: str) -> str:
    return f"\u201c{nested(text, '“')}\u201d"


def source_quote(text: str) -> str:
    """A verbatim passage of the report: 「…」, inner 「」 as 『』."""
    return f"「{nested(text, '「')}」"


# --- the report's slips (errata) -----------------------------------------------------------


def erratum_mark(erratum: Erratum, lang: Lang) -> str:
    """How an editor marks a slip right after it: [sic，应为国家级] / [sic; read 国家级]."""
    if lang is Lang.EN:
        return f"[sic; read {erratum.correction}]"
    return f"[sic，应为{erratum.correction}]"


def mark_insertions(quote: str, errata: Sequence[Erratum], lang: Lang) -> list[tuple[int, str]]:
    """Where the marks go: (index in the quote, mark), in order of the index."""
    out: list[tuple[int, str]] = []
    for erratum in errata:
        if not erratum.text:
            continue
        start = quote.find(erratum.text)
        while start >= 0:
            out.append((start + len(erratum.text), erratum_mark(erratum, lang)))
            start = quote.find(erratum.text, start + len(erratum.text))
    return sorted(out)


def marked_quote(quote: str, errata: Sequence[Erratum], lang: Lang = Lang.ZH) -> str:
    """The quote with each slip marked (国际级[sic，应为国家级]专精特新…); the quote itself
    stays verbatim everywhere else."""
    out = []
    last = 0
    for index, mark in mark_insertions(quote, errata, lang):
        out.append(quote[last:index] + mark)
        last = index
    out.append(quote[last:])
    return "".join(out)


def fact_quote(fact: Fact, lang: Lang = Lang.ZH) -> str:
    """A fact's quote as a reader sees it: marked where the report slips."""
    return marked_quote(fact.quote or "", fact.errata, lang)


# --- the curator's English rendering of a quote ------------------------------------------

# How every English view introduces a fact's quote_en: it is never the report's words.
RENDERING_LABEL = "English rendering (curator's, not the report's words)"


def rendering_en(fact: Fact) -> str:
    """The quote's English rendering, labelled as the curator's: English rendering
    (curator's, not the report's words): “Gross domestic product (GDP) reached 14.3 billion
    yuan.” Empty when the fact has none. Shown after the quote, never in its place."""
    if not fact.quote_en:
        return ""
    return f"{RENDERING_LABEL}: {quoted_en(fact.quote_en)}"


# --- values --------------------------------------------------------------------------------

_ZH_DIGITS = "零一二三四五六七八九十"


def stated(fact: Fact) -> str:
    """The value as the report writes it: 143亿元, 11.15万辆, 第一 for a rank."""
    if fact.value_text is None:
        return ""
    unit = fact.unit_info
    if unit is not None and unit.dimension == RANK:
        number = fact.value_text
        spoken = _ZH_DIGITS[int(number)] if number.isdigit() and int(number) <= 10 else number
        return f"第{spoken}"  # 全市排名第一: rank 1
    return f"{fact.value_text}{fact.unit or ''}"


def stated_hedged(fact: Fact) -> str:
    """突破224亿元, 约152户, 近3年: the stated value with the report's hedge."""
    qualifier = fact.approximate
    return (QUALIFIERS[qualifier][0] if qualifier else "") + stated(fact)


def plain(fact: Fact) -> str:
    """The value in plain English: 14.3 billion yuan, 111,500 vehicles, 1st."""
    if fact.value_text is None:
        return ""
    unit = fact.unit_info
    return plain_english(fact.value_text, unit) if unit is not None else fact.value_text


def plain_hedged(fact: Fact) -> str:
    """over 22.4 billion yuan, about 152 enterprises."""
    qualifier = fact.approximate
    value = plain(fact)
    return f"{QUALIFIERS[qualifier][1]} {value}" if qualifier and value else value


def value_text(fact: Fact, lang: Lang) -> str:
    """The value for a view: stated (zh), plain (en), or stated with the plain form after
    it when that tells an English reader more (both): 突破224亿元 (over 22.4 billion yuan)."""
    if fact.value_text is None:
        return ""
    if lang is Lang.ZH:
        return stated_hedged(fact)
    if lang is Lang.EN:
        return plain_hedged(fact)
    extra = plain_extra(fact)
    return stated_hedged(fact) + (f" ({extra})" if extra else "")


def plain_extra(fact: Fact) -> str:
    """The plain form when it adds to the stated one (not for 85% = 85%)."""
    if fact.value_text is None:
        return ""
    plain_form = plain(fact)
    if plain_form.replace(" ", "") == stated(fact).replace(" ", "") and not fact.approximate:
        return ""
    return plain_hedged(fact)


# --- periods -------------------------------------------------------------------------------

_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def period_zh(period: str) -> str:
    """2022 -> 2022年, 2022-04 -> 2022年4月, 2022-12 -> 2022年底 (the base's convention
    for 年底, "at the year's end")."""
    year, _, month = period.partition("-")
    if month[:1] in ("Q", "H"):  # 2023-Q1 -> 2023年一季度, 2023-H1 -> 2023年上半年
        return year + {"Q": "年{}季度", "H": "年{}半年"}[month[0]].format(
            ("一二三四" if month[0] == "Q" else "上下")[int(month[1]) - 1]
        )
    if month == "12":
        return f"{year}年底"
    return f"{year}年{int(month)}月" if month else f"{year}年"


def period_en(period: str) -> str:
    year, _, month = period.partition("-")
    if month[:1] in ("Q", "H"):  # 2023-Q1 -> Q1 2023, 2023-H1 -> H1 2023
        return f"{month} {year}"
    if month == "12":
        return f"the end of {year}"
    return f"{_MONTHS[int(month) - 1]} {year}" if month else year


# --- derived facts in words ----------------------------------------------------------------

_OPERATORS = {"+": "+", "-": "−", "*": "×", "/": "÷"}
# ({share} / 100) is the share as a fraction: shown as the percentage it is (÷ 25%).
# Patterns are strings, compiled on first use (re caches them): compiling at import
# would cost every start, and most runs never explain a formula.
_PERCENT_FRACTION = r"\(\s*\{([a-z0-9-]+)\}\s*/\s*100\s*\)"
_TOKEN = r"\{[a-z0-9-]+\}|\d+(?:\.\d+)?|[-+*/()]"


def _formula_tokens(base: FactBase, fact: Fact) -> list[str]:
    formula = fact.formula or ""

    def as_percent(match: re.Match[str]) -> str:
        dep = base.get(match.group(1))
        if dep is not None and dep.unit_info is not None and dep.unit_info.dimension == PERCENT:
            return "{" + match.group(1) + "}"
        return match.group(0)

    return re.findall(_TOKEN, re.sub(_PERCENT_FRACTION, as_percent, formula))


def formula_words(base: FactBase, fact: Fact, lang: Lang) -> str:
    """A derived fact's arithmetic with each input named and valued, and the result:
    战略性新兴产业产值同比增长70.7% − 战略性新兴产业增速高于GDP增速60.7个百分点 ≈ 10.0%, or
    Growth of strategic emerging industries' output (70.7%) − … ≈ 10%."""
    english = lang is Lang.EN
    parts = []
    for token in _formula_tokens(base, fact):
        if token.startswith("{"):
            dep = base.get(token[1:-1])
            if dep is None:
                parts.append(token)
            elif english:
                parts.append(f"{dep.label.en} ({plain_hedged(dep)})")
            else:
                parts.append(f"{dep.label.zh}{stated_hedged(dep)}")
        elif token in _OPERATORS:
            parts.append(f" {_OPERATORS[token]} ")
        else:
            parts.append(token)
    text = "".join(parts).replace("( ", "(").replace(" )", ")")
    exact = fact.approximate is None
    result = plain(fact) if english else stated(fact)
    return f"{text} {'=' if exact else '≈'} {result}"


def input_facts(base: FactBase, fact: Fact) -> list[Fact]:
    return [dep for dep in (base.get(i) for i in fact.inputs) if dep is not None]


def input_quotes(base: FactBase, fact: Fact, lang: Lang) -> list[str]:
    """The inputs' quotes as 「…」, each once (two inputs often quote one sentence)."""
    quotes = [source_quote(fact_quote(dep, lang)) for dep in input_facts(base, fact) if dep.quote]
    return list(dict.fromkeys(quotes))


# --- the sentence of an answer -------------------------------------------------------------

# Labels that are verb phrases take the value as their object (拉动…增长27.26个百分点,
# 提拔正处级干部1人); noun phrases take 为 (地区生产总值为143亿元).
_VERB_ENDINGS = ("增长", "下降", "减少", "提高", "增加", "合计", "退税")
_VERB_STARTS = ("提拔", "承接", "拨付", "拉动", "完成", "实现", "新增", "引进", "交付", "获批")
_NOUN_ENDINGS = ("数", "数量", "比重", "占比", "额", "率", "量", "值", "增速", "规模", "排名")
_COMPARATIVE = r"(高于|低于|快于|慢于)[^，。]*$"
_COUNTED = ("count", "production")


def _split_paren(label: str) -> tuple[str, str]:
    """地区生产总值增速（推算） -> (地区生产总值增速, （推算）)."""
    if label.endswith("）") and "（" in label:
        start = label.rfind("（")
        return label[:start], label[start:]
    return label, ""


def _restates(paren: str, fact: Fact) -> bool:
    """Does a label's bracket only say the value again (（近三年来） for 近3年)?"""
    from jzfacts.text import parse_chinese_numeral

    if not paren or fact.value_text is None:
        return False
    numerals = re.findall(r"[零一二三四五六七八九十百千万两〇]+|\d+(?:\.\d+)?", paren)
    values = {parse_chinese_numeral(n) if not n[0].isdigit() else n for n in numerals}
    return fact.value_text in {str(v) for v in values if v is not None}


def _is_verbal(core: str) -> bool:
    if core.endswith(_VERB_ENDINGS) or re.search(_COMPARATIVE, core):
        return True
    return core.startswith(_VERB_STARTS) and not core.endswith(_NOUN_ENDINGS)


def _predicate_zh(fact: Fact, core: str) -> str:
    """The words between the label and the value: 为, 约为, 突破, 有 … or nothing."""
    qualifier = fact.approximate
    unit = fact.unit_info
    if unit is not None and unit.dimension == RANK:
        return ""  # 留抵退税全市排名第一
    if _is_verbal(core):
        return {"over": "超过", "nearly": "近", "about": "约"}.get(qualifier or "", "")
    if fact.measure in _COUNTED and not core.endswith(_NOUN_ENDINGS):
        # 年底集中交付的甲醇重卡有500台, 轮岗干部有2人: the things counted, not the
        # name of a number (高新技术企业数为171户)
        return {"over": "超过", "nearly": "近", "about": "约有"}.get(qualifier or "", "有")
    return {"over": "突破", "nearly": "为近", "about": "约为"}.get(qualifier or "", "为")


def _dated_zh(fact: Fact, label: str) -> str:
    """The label with the period in front, unless the label names it already."""
    year = fact.period[:4]
    if year in label:
        return label
    if label.startswith("年底"):
        return f"{year}{label}"  # 2022年底集中交付的…
    return f"{period_zh(fact.period)}{label}"


def _section(base: FactBase, fact: Fact) -> Section | None:
    try:
        return base.section(fact.section)
    except KeyError:
        return None


def section_name(base: FactBase, fact: Fact, lang: Lang) -> str:
    section = _section(base, fact)
    if section is None:
        return fact.section
    return section.en if lang is Lang.EN else section.zh.rstrip("。")


def statement_zh(fact: Fact) -> str:
    """2022年吉利汽车产值突破224亿元 (no full stop)."""
    core, paren = _split_paren(fact.label.zh)
    if (fact.kind is Kind.DERIVED and paren == "（推算）") or _restates(paren, fact):
        paren = ""  # the explanation that follows says so, or the value itself does
    if fact.value_text is None:  # an event or statement: 2022年，党员干部培训
        label = fact.label.zh
        return label if fact.period[:4] in label else f"{period_zh(fact.period)}，{label}"
    return f"{_dated_zh(fact, core)}{_predicate_zh(fact, core)}{stated(fact)}{paren}"


def statement_en(fact: Fact) -> str:
    """Geely output value, 2022: over 22.4 billion yuan."""
    label = fact.label.en
    year = fact.period[:4]
    when = "" if year in label else f", {period_en(fact.period)}"
    if when and "year end" in label.lower():
        when = f", {year}"
    return f"{label}{when}" + (f": {plain_hedged(fact)}" if fact.value_text is not None else "")


def answer_sentence(
    base: FactBase,
    fact: Fact,
    chinese: bool | None = None,
    *,
    lang: Lang | str | None = None,
    question: str | None = None,
) -> str:
    """One sentence with the figure, hedged as the report hedges it, and its source; for
    a derived fact, how it was inferred. `lang` (zh, en, both) wins over `chinese`; with a
    `question`, the notes it touches follow (华卫药业 is not 华为)."""
    chosen = Lang(lang) if lang is not None else (Lang.ZH if chinese else Lang.EN)
    if chosen is Lang.BOTH:
        return "\n".join(
            answer_sentence(base, fact, lang=one, question=question) for one in (Lang.ZH, Lang.EN)
        )
    notes = touched_notes(base, fact, question) if question else []
    if chosen is Lang.ZH:
        return _sentence_zh(base, fact) + "".join(f"（注：{n}）" for n in notes)
    return _sentence_en(base, fact) + "".join(f" Note: {mark_chinese(n)}" for n in notes)


def _sentence_zh(base: FactBase, fact: Fact) -> str:
    section = _section(base, fact)
    where = f"《{base.source.title}》" + (
        f"{quoted_zh(section.zh.rstrip('。'))}部分" if section else ""
    )
    head = statement_zh(fact) + "。"
    if fact.kind is Kind.DERIVED:
        # "据报告数据推算" first: whoever copies the first sentence copies that the number
        # is inferred, not stated.
        quotes = "".join(input_quotes(base, fact, Lang.ZH))
        basis = f"；原文：{quotes}" if quotes else ""
        return (
            f"据报告数据推算，{head}（推算：{formula_words(base, fact, Lang.ZH)}；"
            f"来源：{where}{basis}）"
        )
    return f"{head}（来源：{where}；原文：{source_quote(fact_quote(fact))}）"


def _sentence_en(base: FactBase, fact: Fact) -> str:
    section = _section(base, fact)
    title = base.source.title_en or base.source.title
    where = title + (f", section {quoted_en(section.en)}" if section else "")
    head = statement_en(fact)
    if fact.kind is Kind.DERIVED:
        quotes = " ".join(input_quotes(base, fact, Lang.EN))
        basis = f"; source text: {quotes}" if quotes else ""
        return f"{head} — inferred: {formula_words(base, fact, Lang.EN)}{basis}; source: {where}"
    rendering = rendering_en(fact)
    return f"{head} — source: {where}: {source_quote(fact_quote(fact, Lang.EN))}" + (
        f"; {rendering}" if rendering else ""
    )


# --- notes a question touches --------------------------------------------------------------

_CJK_RUN = r"[\u4e00-\u9fff]{2,}"
_PROPER = r"\b(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]?[a-z]*)\b"
_COMMON = frozenset(
    (
        "The This That These Those It Its Read Same Assumes Approximate Inferred Not A An "
        "And But Or If In On At For Of To By With From As Is Are Was Were Be Both Each One "
        "Two Three Four Five Six Seven Eight Nine Ten Party Congress Zone City Group"
    ).split()
)


def touched_notes(base: FactBase, fact: Fact, question: str) -> list[str]:
    """The fact's note when the question names something the note explains: a term the
    note defines in quotation marks (“四上”), or a name the note mentions that the fact
    itself does not use (华为 asked, 华卫药业 answered)."""
    note = fact.note
    if not note or not question:
        return []
    own = " ".join(
        (fact.label.zh, fact.label.en, fact.quote or "", *fact.entities, *fact.aliases)
    ).casefold()
    defined = set(re.findall(r"[“\"'‘]([^”\"'’]{1,12})[”\"'’]", note))
    terms = set(re.findall(_CJK_RUN, note))
    names = {w.casefold() for w in re.findall(_PROPER, note) if w not in _COMMON}
    folded = question.casefold()
    if any(term in question for term in defined if term.strip()):
        return [note]
    if any(term in question and term not in own for term in terms):
        return [note]
    if any(re.search(rf"\b{re.escape(n)}\b", folded) and n not in own for n in names):
        return [note]
    return []


# --- Chinese inside English ------------------------------------------------------------------

# A run of Chinese (with the digits, units and punctuation inside it: 正处1人、副处7人) …
_CHINESE_RUN = r"[\d.%]*[\u3400-\u9fff][\u3400-\u9fff\d.%、，：；（）·…]*(?<![、，：；（·….])"
# … and quotations already marked, which are left alone.
_QUOTED = r"「[^」]*」|“[^”]*”|\"[^\"]*\""


def mark_chinese(text: str) -> str:
    """English text with each bare Chinese term set in 「」 as the report's own words
    (突破 means exceeded -> 「突破」 means exceeded): how an English view shows the
    Chinese that the base's English notes cite. Quoted terms are left as they are."""
    out = []
    last = 0
    for quoted in re.finditer(_QUOTED, text):
        out.append(re.sub(_CHINESE_RUN, _corner, text[last : quoted.start()]))
        out.append(quoted.group(0))
        last = quoted.end()
    out.append(re.sub(_CHINESE_RUN, _corner, text[last:]))
    return "".join(out)


def _corner(match: re.Match[str]) -> str:
    return f"「{match.group(0)}」"


# --- entities ------------------------------------------------------------------------------


def entity_names(base: FactBase, fact: Fact, lang: Lang) -> list[str]:
    """The companies and bodies a fact names, by their English names in English."""
    if lang is not Lang.EN:
        return list(fact.entities)
    out = []
    for name in fact.entities:
        entity = base.entity(name)
        out.append(mark_chinese(entity.en) if entity is not None else source_quote(name))
    return out


def unit_en(symbol: str | None) -> str:
    unit = UNITS.get(symbol or "")
    return unit.en if unit is not None else (symbol or "")
