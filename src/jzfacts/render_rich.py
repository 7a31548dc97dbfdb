"""Terminal views with rich: fact cards, tables, the comparison and its chart.

Imported only when a table is wanted. Every piece of data goes in as ``Text`` (never
as markup, so ``[bold]`` or ``:emoji:`` in a fact prints literally) and is neutralised
first (escape sequences never reach the terminal raw).

Text is wrapped by ``jzfacts.wrap``, never by rich's folding: a number keeps its unit
(``11.15万辆``), an id stays whole, no line starts with closing punctuation. Column
widths are chosen here, not by rich: each layout of a view is tried in turn, from the
widest (a column each) to the most compact (fields stacked in fewer columns), and the
first whose columns all fit their widest unbreakable piece is drawn. When none fits
(a terminal a few characters wide), the records are printed one field a line without a
box, so that every value stays visible and whole at any width.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, NamedTuple

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from jzfacts import prose
from jzfacts.model import Comparison, Fact, FactBase, Kind, Match, Span
from jzfacts.prose import Lang
from jzfacts.render import Column, Record, cell, decimal_text, lookup
from jzfacts.text import neutralise
from jzfacts.wrap import max_width, min_width, wrap

# --- text that wraps by our rules ----------------------------------------------------------


def _t(value: Any, style: str = "") -> Text:
    return Text(neutralise(cell(value)), style=style)


class Wrapped:
    """Text that wraps by jzfacts.wrap at whatever width it is given."""

    def __init__(self, text: Text | str, justify: str | None = None) -> None:
        self.text = text if isinstance(text, Text) else _t(text)
        self.justify = justify

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        return Measurement(min_width(plain, cell_len), max_width(plain, cell_len))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield wrapped(self.text, options.max_width, self.justify or options.justify)


class Verbatim:
    """Lines already wrapped, printed as they are (Console.print would join a bare Text
    with others and wrap it again)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text


def wrapped(text: Text, width: int, justify: Any = None) -> Text:
    """The text with line breaks where jzfacts.wrap puts them, styles kept; right- or
    centre-justified by padding here (rich does not justify text it must not wrap)."""
    lines = [text[a:b] for a, b in wrap(text.plain, max(width, 1), cell_len)]
    if justify in ("right", "center"):
        for line in lines:
            room = width - cell_len(line.plain)
            if room > 0:
                line.pad_left(room if justify == "right" else room // 2)
    out = Text("\n").join(lines)
    out.no_wrap = True
    out.overflow = "ignore"
    out.end = ""
    return out


def render(renderables: Sequence[RenderableType], *, color: bool, width: int) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        soft_wrap=False,
    )
    for item in renderables:
        # Nothing is cut: views fit the width, and a piece wider than a very narrow
        # terminal is printed whole on a line of its own.
        console.print(item, crop=False)
    return buffer.getvalue()


# --- layouts -------------------------------------------------------------------------------


class Col(NamedTuple):
    header: str
    cells: list[Text]
    justify: str = "left"
    weight: int = 0  # its share of spare room; 0 keeps it at its natural width
    comfort: int = 0  # narrower than this the column reads badly: try the next layout


def _fit(cols: Sequence[Col], available: int) -> list[int] | None:
    """Column widths (content only) for a table of these columns in `available` cells,
    or None when some column would be narrower than its widest piece (or comfort)."""
    overhead = 3 * len(cols) + 1  # a border before each column and after the last, padding
    mins, maxs = [], []
    for col in cols:
        texts = [col.header, *(c.plain for c in col.cells)]
        low = max(min_width(t, cell_len) for t in texts)
        high = max(max_width(t, cell_len) for t in texts)
        mins.append(max(low, min(col.comfort, high)))
        maxs.append(max(high, low))
    if sum(mins) + overhead > available:
        return None
    widths = list(mins)
    spare = available - overhead - sum(widths)
    for i, col in enumerate(cols):  # fixed columns take their natural width first
        if not col.weight:
            grow = min(maxs[i] - widths[i], spare)
            widths[i] += grow
            spare -= grow
    while spare > 0:  # then one cell at a time to the narrowest for its weight
        growing = [i for i, c in enumerate(cols) if c.weight and widths[i] < maxs[i]]
        if not growing:
            break
        chosen = min(growing, key=lambda i: widths[i] / cols[i].weight)
        widths[chosen] += 1
        spare -= 1
    return widths


def _table(cols: Sequence[Col], widths: Sequence[int]) -> Table:
    out = Table(header_style="bold", expand=False)
    for col, width in zip(cols, widths, strict=True):
        out.add_column(
            Wrapped(Text(col.header)),
            justify=col.justify,  # type: ignore[arg-type]
            width=width,
            no_wrap=True,
            overflow="ignore",
        )
    for row in range(len(cols[0].cells)):
        out.add_row(*(Wrapped(col.cells[row], col.justify) for col in cols))
    return out


def _stacked(blocks: Sequence[Sequence[tuple[str, Text]]], width: int) -> Verbatim:
    """Records one field a line, no box: the view for terminals too narrow for a table.
    The first field heads a record flush left; fields without a key follow indented, a
    key's value under its key (a keyless field after a keyed one continues it)."""
    out = Text()
    step = 2 if width >= 12 else 0
    for number, block in enumerate(blocks):
        if number:
            out.append("\n")
        keyed = False
        for index, (key, value) in enumerate(block):
            if key and index:
                out.append(" " * step + key + "\n", style="dim")
                keyed = True
            if not value.plain:
                continue
            pad = "" if index == 0 else " " * (2 * step if keyed else step)
            for line in wrapped(value, width - len(pad)).split("\n"):
                out.append(pad)
                out.append_text(line)
                out.append("\n")
    out.no_wrap = True
    out.overflow = "ignore"
    out.end = ""
    return Verbatim(out)


def _choose(
    layouts: Sequence[Sequence[Col]],
    width: int,
    stacked: Sequence[Sequence[tuple[str, Text]]] | None = None,
) -> RenderableType:
    """The first layout that fits, drawn as a table; else the records stacked (the
    `stacked` blocks, or the last layout's fields under their headers)."""
    for cols in layouts:
        widths = _fit(cols, width)
        if widths is not None:
            return _table(cols, widths)
    if stacked is None:
        last = layouts[-1]
        stacked = [
            [(c.header if i else "", c.cells[row]) for i, c in enumerate(last)]
            for row in range(len(last[0].cells))
        ]
    return _stacked(stacked, width)


def _lines(*parts: Text | None) -> Text:
    """Texts one under the other (empty ones left out)."""
    return Text("\n").join(p for p in parts if p is not None and p.plain)


# --- words a view needs in each language ---------------------------------------------------

_HEADERS = {
    Lang.ZH: {
        "score": "得分", "fact": "事实", "value": "数值", "period": "时间", "quote": "原文",
        "plain": "换算", "difference": "差额", "id": "id", "facts": "事实数", "section": "章节",
        "ratio": "倍数",
    },
    Lang.EN: {
        "score": "score", "fact": "fact", "value": "value", "period": "period",
        "quote": "source text", "plain": "in plain terms", "difference": "difference",
        "id": "id", "facts": "facts", "section": "section", "ratio": "ratio",
    },
}  # fmt: skip
_HEADERS[Lang.BOTH] = {**_HEADERS[Lang.EN], "quote": "quote"}


def _h(lang: Lang, key: str) -> str:
    return _HEADERS[lang][key]


_KIND_ZH = {
    "figure": "数字",
    "derived": "推算值（计算所得，报告未直接给出）",
    "event": "事件",
    "statement": "陈述",
}
_QUALIFIER_WORDS = {
    "over": ("超过", "over"),
    "under": ("不足", "under"),
    "about": ("约", "about"),
    "nearly": ("近", "nearly"),
}


# --- cards ---------------------------------------------------------------------------------


def _rendering_text(fact: Fact, lang: Lang) -> Text | None:
    """Under the quote in English views (en, both): the curator's English rendering,
    labelled so that it is never read as the report's words; None in Chinese or when the
    fact has none. Not italic: italics are the report's own words."""
    if lang is Lang.ZH or not fact.quote_en:
        return None
    return Text.assemble(
        _t(f"{prose.RENDERING_LABEL}: ", "dim"), _t(prose.quoted_en(fact.quote_en))
    )


def _quote_text(
    quote: str,
    spans: Sequence[Span] = (),
    fact: Fact | None = None,
    lang: Lang = Lang.ZH,
    brackets: bool = False,
) -> Text:
    """The quote in italics, its matches highlighted, the report's slips marked."""
    safe = neutralise(quote) == quote
    text = Text(style="italic")
    if brackets:
        text.append("「")
    marks = prose.mark_insertions(quote, fact.errata, lang) if fact is not None and safe else []
    body = Text(neutralise(quote))
    if safe:
        for span in spans:
            body.stylize("bold yellow reverse", span.start, span.end)
    last = 0
    for index, mark in marks:
        text.append_text(body[last:index])
        text.append(mark, style="bold red")
        last = index
    text.append_text(body[last:])
    if brackets:
        text.append("」")
    return text


def _card_rows(base: FactBase, fact: Fact, lang: Lang) -> list[tuple[str, RenderableType]]:
    zh = lang is not Lang.EN
    en = lang is not Lang.ZH
    names = "label value kind measure period section formula inputs quote note entities".split()
    if lang is Lang.ZH:
        words = "名称 数值 类别 指标 时间 章节 推算 依据 原文 备注 涉及".split()
    else:
        words = [*names[:8], "source text" if lang is Lang.EN else "quote", *names[9:]]
    keys = dict(zip(names, words, strict=True))
    rows: list[tuple[str, RenderableType]] = []

    def add(key: str, text: Text) -> None:
        rows.append((keys[key], Wrapped(text)))

    label = Text()
    if zh:
        label.append_text(_t(fact.label.zh, "bold"))
    if en:
        if label.plain:
            label.append("  ")
        label.append_text(_t(fact.label.en, "" if zh else "bold"))
    add("label", label)
    if fact.value_text is not None:
        value = Text()
        if zh:
            value.append_text(_t(prose.stated_hedged(fact), "bold cyan"))
            extra = prose.plain_extra(fact) if en else ""
            if extra:
                value.append(f"  ({extra})", style="dim")
        else:
            value.append_text(_t(prose.plain_hedged(fact), "bold cyan"))
        add("value", value)
    if lang is Lang.ZH:
        add("kind", _t(_KIND_ZH.get(fact.kind.value, fact.kind.value)))
    else:
        add("kind", _t(fact.kind.value + (" — computed, not stated" if fact.is_derived else "")))
    if fact.measure:
        from jzfacts.measures import MEASURES

        measure = MEASURES.get(fact.measure)
        if measure is not None:
            named = {Lang.ZH: measure.zh, Lang.EN: measure.en}.get(
                lang, f"{measure.zh}  {measure.en}"
            )
            add("measure", _t(named))
    add("period", _t(prose.period_zh(fact.period) if lang is Lang.ZH else fact.period))
    section = Text()
    if zh:
        section.append_text(_t(prose.section_name(base, fact, Lang.ZH)))
    if en:
        if section.plain:
            section.append("  ")
        section.append_text(_t(prose.section_name(base, fact, Lang.EN), "dim" if zh else ""))
    add("section", section)
    if fact.kind is Kind.DERIVED:
        add(
            "formula",
            _lines(
                _t(prose.formula_words(base, fact, Lang.ZH)) if zh else None,
                _t(prose.formula_words(base, fact, Lang.EN), "dim" if zh else "") if en else None,
            ),
        )
        for number, dep in enumerate(prose.input_facts(base, fact)):
            rows.append((keys["inputs"] if number == 0 else "", Wrapped(_t(dep.id, "bold"))))
            if dep.quote:
                quote = _quote_text(dep.quote, fact=dep, lang=lang, brackets=True)
                rows.append(("", Padding(Wrapped(quote), (0, 0, 0, 2))))
    if fact.quote:
        add("quote", _quote_text(fact.quote, fact=fact, lang=lang, brackets=lang is Lang.EN))
        rendering = _rendering_text(fact, lang)
        if rendering is not None:
            rows.append(("", Wrapped(rendering)))
    if fact.note:
        add("note", _t(prose.mark_chinese(fact.note) if lang is Lang.EN else fact.note, "dim"))
    if fact.entities:
        names = prose.entity_names(base, fact, lang)
        if lang is Lang.BOTH:
            english = prose.entity_names(base, fact, Lang.EN)
            names = [f"{z} ({e})" if z != e else z for z, e in zip(names, english, strict=True)]
        add("entities", _t(("、" if lang is Lang.ZH else "; ").join(names)))
    return rows


def _renderable_plain(item: RenderableType) -> str:
    if isinstance(item, Wrapped):
        return item.text.plain
    if isinstance(item, Padding) and isinstance(item.renderable, Wrapped):
        return item.renderable.text.plain
    return ""


def fact_card(
    base: FactBase, fact: Fact, lang: Lang = Lang.BOTH, width: int = 80
) -> RenderableType:
    """One fact as a card: a box of key and value rows, titled with the id. The key
    column is as wide as its longest key; a derived fact's inputs each get their own
    lines. Too narrow for a box, the card is printed one field a line."""
    rows = _card_rows(base, fact, lang)
    key_width = max(cell_len(k) for k, _ in rows)
    values = [(_renderable_plain(r), 2 if isinstance(r, Padding) else 0) for _, r in rows]
    low = max(min_width(v, cell_len) + pad for v, pad in values)
    high = max(max_width(v, cell_len) + pad for v, pad in values)
    title = cell_len(neutralise(fact.id)) + 6
    chrome = 4 + key_width + 2  # borders and padding, the key column and its gap
    if chrome + low <= width and title <= width:
        value_width = max(min(high, width - chrome), low)
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="dim", no_wrap=True, width=key_width)
        grid.add_column(no_wrap=True, overflow="ignore", width=value_width)
        for key, value in rows:
            grid.add_row(Text(key), value)
        return Panel(
            grid,
            title=Text(neutralise(fact.id), style="bold"),
            title_align="left",
            expand=False,
            width=max(chrome + value_width, title),
        )
    block: list[tuple[str, Text]] = [("", Text(neutralise(fact.id), style="bold"))]
    for key, value in rows:
        text = value.text if isinstance(value, Wrapped) else Text(_renderable_plain(value))
        block.append((key, text))
    return _stacked([block], width)


def context_view(
    fact: Fact, paragraph: str, start: int, end: int, width: int = 80
) -> RenderableType:
    text = Text(neutralise(paragraph))
    if neutralise(paragraph) == paragraph:
        text.stylize("bold yellow reverse", start, end)
    title = Text(f"{neutralise(fact.id)} in context", style="bold")
    if width < 12:
        return Verbatim(wrapped(text, width))
    return Panel(Wrapped(text), title=title, expand=False)


# --- tables of facts (list, search, ask's candidates) --------------------------------------


def _fact_cell(fact: Fact, lang: Lang) -> Text:
    parts = [_t(fact.id, "bold")]
    if lang is not Lang.EN:
        parts.append(_t(fact.label.zh))
    if lang is not Lang.ZH:
        parts.append(_t(fact.label.en, "dim" if lang is Lang.BOTH else ""))
    return _lines(*parts)


def _value_cell(fact: Fact, lang: Lang, period: bool = False) -> Text:
    if lang is Lang.EN:
        main = _t(prose.plain_hedged(fact), "bold cyan")
        extra = None
    else:
        main = _t(prose.stated_hedged(fact), "bold cyan")
        extra = _t(prose.plain_extra(fact), "dim") if lang is Lang.BOTH else None
    derived = None
    if fact.kind is Kind.DERIVED:
        derived = _t("推算" if lang is Lang.ZH else "derived", "dim")
    return _lines(main, extra, derived, _t(fact.period, "dim") if period else None)


def fact_table(
    base: FactBase,
    facts: Sequence[Fact],
    lang: Lang = Lang.BOTH,
    width: int = 80,
    matches: Sequence[Match] | None = None,
) -> RenderableType:
    """Facts one per row: id and label, the value (stated, plain or both), the period;
    for search results also the score and the quote with the matching part highlighted."""
    facts_cells = [_fact_cell(f, lang) for f in facts]
    values = [_value_cell(f, lang) for f in facts]
    values_dated = [_value_cell(f, lang, period=True) for f in facts]
    periods = [_t(f.period) for f in facts]
    score: list[Col] = []
    quote_col: list[Col] = []
    fact_with_quote = facts_cells
    if matches is not None:
        score = [Col(_h(lang, "score"), [_t(m.score) for m in matches], "right")]
        renderings = [_rendering_text(m.fact, lang) for m in matches]
        quotes = [
            _lines(
                _quote_text(
                    m.fact.quote or "", m.quote_spans, m.fact, lang, brackets=lang is Lang.EN
                ),
                rendering,
            )
            for m, rendering in zip(matches, renderings, strict=True)
        ]
        quote_col = [Col(_h(lang, "quote"), quotes, weight=2, comfort=24)]
        # under the label a quote needs its brackets to stand apart
        bracketed = [
            _lines(_quote_text(m.fact.quote, m.quote_spans, m.fact, lang, brackets=True), rendering)
            if m.fact.quote
            else None
            for m, rendering in zip(matches, renderings, strict=True)
        ]
        fact_with_quote = [_lines(f, q) for f, q in zip(facts_cells, bracketed, strict=True)]
    fact_h, value_h, period_h = _h(lang, "fact"), _h(lang, "value"), _h(lang, "period")
    layouts = [
        [
            *score,
            Col(fact_h, facts_cells, weight=1),
            Col(value_h, values, "right"),
            Col(period_h, periods),
            *quote_col,
        ],
        [
            *score,
            Col(fact_h, facts_cells, weight=1),
            Col(value_h, values_dated, "right"),
            *quote_col,
        ],
        [*score, Col(fact_h, fact_with_quote, weight=1), Col(value_h, values_dated, "right")],
    ]
    stacked = []
    for row, fact in enumerate(facts):
        head = _t(fact.id, "bold")
        if matches is not None:
            head.append(f"  {matches[row].score:g}", style="dim")
        label = _lines(*_fact_cell(fact, lang).split("\n")[1:])
        block = [("", head), ("", label), ("", values_dated[row])]
        if matches is not None and fact.quote:
            block.append(("", _quote_text(fact.quote, matches[row].quote_spans, fact, lang, True)))
            rendering = _rendering_text(fact, lang)
            if rendering is not None:
                block.append(("", rendering))
        stacked.append(block)
    return _choose(layouts, width, stacked)


def table(records: Sequence[Record], columns: Sequence[Column], width: int = 80) -> RenderableType:
    """A table of records by columns (coverage, entities, tags); stacked when too narrow."""
    cols = [
        Col(
            c.header,
            [_t(lookup(r, c.path)) for r in records],
            "right" if c.header in _NUMERIC_COLUMNS else "left",
            weight=0 if c.header in _NUMERIC_COLUMNS else 1,
        )
        for c in columns
    ]
    return _choose([cols], width)


_NUMERIC_COLUMNS = ("score", "facts", "ratio", "difference", "amount", "line")


def coverage_table(records: Sequence[Record], width: int = 80) -> RenderableType:
    """Coverage: a column each when there is room, else the kind over the line number and
    the covering facts over the reason for an exclusion."""
    kinds = [_t(r["kind"]) for r in records]
    lines = [_t(r["line"]) for r in records]
    texts = [_t(r["text"]) for r in records]
    covered = [_t(r["covered_by"]) for r in records]
    excluded = [_t(r["excluded_because"], "dim") for r in records]
    return _choose(
        [
            [
                Col("kind", kinds),
                Col("line", lines, "right"),
                Col("text", texts, weight=2, comfort=16),
                Col("covered_by", covered, weight=1),
                Col("excluded_because", excluded, weight=1, comfort=12),
            ],
            [
                Col("kind / line", [_lines(k, n) for k, n in zip(kinds, lines, strict=True)]),
                Col("text", texts, weight=2, comfort=16),
                Col(
                    "covered_by / excluded_because",
                    [_lines(c, e) for c, e in zip(covered, excluded, strict=True)],
                    weight=1,
                ),
            ],
        ],
        width,
    )


def section_table(records: Sequence[Record], lang: Lang, width: int = 80) -> RenderableType:
    ids = Col(_h(lang, "id"), [_t(r["id"]) for r in records])
    counts = Col(_h(lang, "facts"), [_t(r["facts"]) for r in records], "right")
    zh = [_t(r["zh"]) for r in records]
    en = [_t(r["en"], "dim" if lang is Lang.BOTH else "") for r in records]
    if lang is Lang.ZH:
        return _choose([[ids, counts, Col(_h(lang, "section"), zh, weight=1)]], width)
    if lang is Lang.EN:
        return _choose([[ids, counts, Col(_h(lang, "section"), en, weight=1)]], width)
    joined = [_lines(z, e) for z, e in zip(zh, en, strict=True)]
    return _choose(
        [
            [ids, counts, Col("zh", zh, weight=1, comfort=16), Col("en", en, weight=1, comfort=16)],
            [ids, counts, Col(_h(lang, "section"), joined, weight=1)],
        ],
        width,
    )


# --- compare -------------------------------------------------------------------------------


def _hedge(qualifier: str | None, lang: Lang) -> str:
    if not qualifier or qualifier not in _QUALIFIER_WORDS:
        return ""
    zh, en = _QUALIFIER_WORDS[qualifier]
    return zh if lang is Lang.ZH else f"{en} "


def _difference(row: Any, lang: Lang) -> str:
    from jzfacts.units import UNITS, plain_english

    if row.difference is None:
        return "—"
    sign = "+" if row.difference > 0 else ""
    number = decimal_text(row.difference, 4)
    unit = row.difference_unit or ""
    if lang is Lang.EN and unit in UNITS:
        magnitude = plain_english(number.lstrip("-"), UNITS[unit])
        text = f"{'+' if sign else ('-' if number.startswith('-') else '')}{magnitude}"
    else:
        text = f"{sign}{number}{unit}"
    return _hedge(row.qualifier, lang) + text


def _ratio(row: Any, lang: Lang) -> str:
    if row.ratio is None:
        return "—"
    return _hedge(row.qualifier, lang) + f"{decimal_text(row.ratio, 2)}×"


def comparison_view(
    base: FactBase, comparison: Comparison, lang: Lang = Lang.BOTH, width: int = 80
) -> list[RenderableType]:
    """The comparison as people read it: 287.67亿元, 28.767 billion yuan, 2.01×, +144.67亿元;
    rows that cannot be compared show — and a note under the table says why."""
    rows = comparison.rows
    facts = [_fact_cell(r.fact, lang) for r in rows]
    if lang is Lang.EN:
        stated = [_t(prose.plain_hedged(r.fact) or "—") for r in rows]
    else:
        stated = [_t(prose.stated_hedged(r.fact) or "—") for r in rows]
    plain = [_t(prose.plain_hedged(r.fact), "dim") for r in rows]
    stated_plain = [
        _lines(s, p if lang is Lang.BOTH else None) for s, p in zip(stated, plain, strict=True)
    ]
    ratios = [_t(_ratio(r, lang)) for r in rows]
    differences = [_t(_difference(r, lang)) for r in rows]
    compared = [_lines(r, d) for r, d in zip(ratios, differences, strict=True)]
    value_h, diff_h, ratio_h = _h(lang, "value"), _h(lang, "difference"), _h(lang, "ratio")
    fact_col = Col(_h(lang, "fact"), facts, weight=1)
    value_col = Col(value_h, stated_plain, "right")
    layouts = [
        [fact_col, value_col, Col(ratio_h, ratios, "right"), Col(diff_h, differences, "right")],
        [fact_col, value_col, Col(f"{ratio_h} / {diff_h}", compared, "right")],
        [
            fact_col,
            Col(
                value_h,
                [_lines(v, c) for v, c in zip(stated_plain, compared, strict=True)],
                "right",
            ),
        ],
    ]
    if lang is Lang.BOTH:
        layouts.insert(
            0,
            [
                fact_col,
                Col(value_h, stated, "right"),
                Col(_h(lang, "plain"), plain, "right"),
                Col(ratio_h, ratios, "right"),
                Col(diff_h, differences, "right"),
            ],
        )
    parts: list[RenderableType] = [_choose(layouts, width)]
    notes = _compare_notes(comparison, lang)
    if notes.plain:
        lines = wrapped(notes, width)
        lines.append("\n")
        parts.append(Verbatim(lines))
    chart = _bar_chart(comparison, lang, width)
    if chart is not None:
        parts.append(chart)
    return parts


def _compare_notes(comparison: Comparison, lang: Lang) -> Text:
    lines: list[Text] = []
    seen: set[str] = set()
    for row in comparison.rows:
        for text, prefix, wanted in (
            (row.note_zh, "注：", lang is not Lang.EN),
            (row.note, "note: ", lang is not Lang.ZH),
        ):
            if text and wanted and text not in seen:
                seen.add(text)
                lines.append(Text.assemble((prefix, "dim"), _t(text)))
    return Text("\n").join(lines)


def _bar_chart(comparison: Comparison, lang: Lang, width: int) -> RenderableType | None:
    """Horizontal bars of the values compared with the first fact (same measure)."""
    rows = [
        r
        for r in comparison.rows
        if r.base_amount is not None and (r is comparison.rows[0] or r.ratio is not None)
    ]
    if len(rows) < 2 or comparison.rows[0].ratio is None:
        return None
    largest = max(abs(r.base_amount) for r in rows if r.base_amount is not None)
    if largest == 0:
        return None
    ids = [neutralise(r.fact.id) for r in rows]
    labels = [
        prose.plain_hedged(r.fact) if lang is Lang.EN else prose.stated_hedged(r.fact) for r in rows
    ]
    # borders and padding (4), two gaps (2), the id and value columns
    room = width - 4 - 2 - max(cell_len(i) for i in ids) - max(cell_len(v) for v in labels)
    bar_width = min(40, room)
    if bar_width < 8:
        return None
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, style="dim")
    for row, fact_id, label in zip(rows, ids, labels, strict=True):
        assert row.base_amount is not None
        cells = round(float(abs(row.base_amount) / largest) * bar_width)
        colour = "cyan" if row.fact is comparison.base else "green"
        grid.add_row(Text(fact_id), Text("█" * max(cells, 1), style=colour), Text(label))
    title = "同一标尺下的数值" if lang is Lang.ZH else "values on one scale"
    return Panel(grid, title=Text(title), expand=False)
