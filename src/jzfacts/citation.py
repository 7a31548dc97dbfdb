"""`cite`: a line per fact for an article, in Chinese or English, in a named style.

Each line gives the figure as the reader's language says it, the report's own words as
the verbatim source (slips marked: 国际级[sic，应为国家级]) and, in English, the curator's
rendering of it after it (labelled: it is not the report's words), the section it stands
in, and the report in one of three styles:

- ``plain``: the report's title and section, as a line in running text.
- ``gbt7714``: GB/T 7714-2015 (信息与文献 参考文献著录规则), the report as a report
  ([R]): 主要责任者. 题名[R]. 出版地: 出版者, 出版年. Place and publisher the report does
  not state are given as the standard says: [出版地不详] / [S.l.]. An English reference
  translates the title and ends with (in Chinese), as Chinese journals ask.
- ``apa``: APA 7, a report by a group author: Author. (Year). *Title* [Translation].
  English references transliterate the Chinese title into pinyin syllable by syllable
  (as library catalogues do) and give the English title in square brackets; the
  publisher is left out when it is the author.

The issuer in the fact base may carry an explanation in brackets (综改区晋中开发区（文中
亦称…）); the reference uses the name before it.
"""

from __future__ import annotations

from typing import Any

from jzfacts.model import Fact, FactBase, Kind
from jzfacts.prose import (
    Lang,
    Style,
    fact_quote,
    formula_words,
    input_quotes,
    plain_hedged,
    quoted_en,
    quoted_zh,
    rendering_en,
    section_name,
    source_quote,
    stated_hedged,
    statement_en,
    statement_zh,
)

STYLE_NAMES = {
    Style.PLAIN: "plain",
    Style.GBT7714: "GB/T 7714-2015",
    Style.APA: "APA 7th edition",
}


def issuer(base: FactBase, lang: Lang) -> str:
    """The issuer's name without the base's explanation, in English when declared."""
    name = base.source.issuer.split("（")[0].split("(")[0].strip() or base.source.title
    if lang is Lang.EN:
        entity = base.entity(name)
        return entity.en if entity is not None else name
    return name


def _pinyin(text: str) -> str:
    """The Chinese in a title as pinyin syllables without tones, the first capitalised:
    综改区晋中开发区2022年工作回顾 -> Zong gai qu jin zhong kai fa qu 2022 nian gong zuo hui gu."""
    from pypinyin import Style as PinyinStyle
    from pypinyin import lazy_pinyin

    words = [w.strip() for w in lazy_pinyin(text, style=PinyinStyle.NORMAL) if w.strip()]
    joined = " ".join(words)
    return joined[:1].upper() + joined[1:]


def reference(base: FactBase, style: Style, lang: Lang, markdown: bool = False) -> str:
    """The report as a reference-list entry in the style (empty for plain)."""
    source = base.source
    title_en = source.title_en or source.title
    author = issuer(base, lang)
    year = source.year

    def italic(text: str) -> str:
        return f"*{text}*" if markdown else text

    if style is Style.GBT7714:
        if lang is Lang.EN:
            return f"{author}. {title_en}[R]. [S.l.]: {author}, {year}. (in Chinese)"
        return f"{author}. {source.title}[R]. [出版地不详]: {author}, {year}."
    if style is Style.APA:
        if lang is Lang.EN:
            return f"{author}. ({year}). {italic(_pinyin(source.title))} [{title_en}]."
        return f"{author}. ({year}). {italic(source.title)}."
    return ""


def _body_zh(base: FactBase, fact: Fact) -> str:
    """「quote」（value）, or for a derived fact the label, value and how it was inferred."""
    if fact.kind is Kind.DERIVED:
        quotes = "".join(input_quotes(base, fact, Lang.ZH))
        return (
            f"{statement_zh(fact)}（据报告数据推算：{formula_words(base, fact, Lang.ZH)}）{quotes}"
        )
    value = stated_hedged(fact)
    return source_quote(fact_quote(fact)) + (f"（{value}）" if value else "")


def _body_en(base: FactBase, fact: Fact) -> str:
    """Label, period: value — source text: 「quote」 (the Chinese as the evidence), then
    the curator's English rendering, labelled as such."""
    head = statement_en(fact)
    if fact.kind is Kind.DERIVED:
        quotes = " ".join(input_quotes(base, fact, Lang.EN))
        return f"{head} (inferred: {formula_words(base, fact, Lang.EN)})" + (
            f"; source text (Chinese): {quotes}" if quotes else ""
        )
    rendering = rendering_en(fact)
    return f"{head}; source text (Chinese): {source_quote(fact_quote(fact, Lang.EN))}" + (
        f"; {rendering}" if rendering else ""
    )


def citation(
    base: FactBase,
    fact: Fact,
    markdown: bool = False,
    lang: Lang = Lang.ZH,
    style: Style = Style.PLAIN,
) -> str:
    """One line for an article (lang zh or en; both gives the two lines)."""
    if lang is Lang.BOTH:
        return "\n".join(citation(base, fact, markdown, one, style) for one in (Lang.ZH, Lang.EN))
    section = section_name(base, fact, lang)
    title_en = base.source.title_en or base.source.title
    ref = reference(base, style, lang, markdown)
    if lang is Lang.EN:
        body = _body_en(base, fact)
        where = f"section {quoted_en(section)}"
        if style is Style.PLAIN:
            title = f"*{title_en}*" if markdown else title_en
            line = f"{body} — {title}, {where}"
        else:
            line = f"{body} ({where}) — {ref}"
        return f"[^{fact.id}]: {line}" if markdown else line
    body = _body_zh(base, fact)
    where = f"{quoted_zh(section)}部分" if style is not Style.PLAIN else quoted_zh(section)
    if style is Style.PLAIN:
        if markdown:
            return f"[^{fact.id}]: {body} —— *{base.source.title}*，{where}。"
        return f"{body} ——《{base.source.title}》，{where}"
    line = f"{body}，见{where}。——{ref}"
    return f"[^{fact.id}]: {line}" if markdown else line


def cite_record(
    base: FactBase,
    fact: Fact,
    markdown: bool = False,
    lang: Lang = Lang.ZH,
    style: Style = Style.PLAIN,
) -> dict[str, Any]:
    return {
        "id": fact.id,
        "citation": citation(base, fact, markdown, lang, style),
        "style": style.value,
        "style_name": STYLE_NAMES[style],
        "lang": lang.value,
        "reference": reference(base, style, Lang.EN if lang is Lang.EN else Lang.ZH) or None,
        "value": None if fact.value_text is None else _number(fact.value_text),
        "unit": fact.unit,
        "qualifier": fact.approximate,
        "plain": plain_hedged(fact) or None,
        "quote": fact.quote,
        "quote_marked": None if fact.quote is None else fact_quote(fact),
        "quote_en": fact.quote_en,  # the curator's rendering, not the report's words
        "errata": [{"text": e.text, "correction": e.correction} for e in fact.errata],
        "note": fact.note,
    }


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)
