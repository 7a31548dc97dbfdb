"""Terminal views with rich: fact cards, tables, the comparison chart.

Imported only when a table is wanted. Every piece of data goes in as ``Text`` (never
as markup, so ``[bold]`` or ``:emoji:`` in a fact prints literally) and is neutralised
first (escape sequences never reach the terminal raw). The result is returned as a
string for the CLI to write.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from rich.console import Console, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from jzfacts.model import QUALIFIERS, Comparison, Fact, FactBase, Kind, Match, Span
from jzfacts.render import (
    Column,
    Record,
    cell,
    decimal_text,
    formula_text,
    lookup,
    value_with_unit,
)
from jzfacts.text import neutralise
from jzfacts.units import needs_plain_form, plain_english


def _t(value: Any, style: str = "") -> Text:
    return Text(neutralise(cell(value)), style=style)


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
        console.print(item)
    return buffer.getvalue()


def _quote_text(quote: str, spans: Sequence[Span] = ()) -> Text:
    text = Text(neutralise(quote), style="italic")
    if neutralise(quote) == quote:
        for span in spans:
            text.stylize("bold yellow reverse", span.start, span.end)
    return text


def fact_card(base: FactBase, fact: Fact) -> Panel:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")  # long Chinese runs have no spaces to wrap at
    grid.add_row(_t("label"), Text.assemble(_t(fact.label.zh, "bold"), "  ", _t(fact.label.en)))
    if fact.value_text is not None:
        qualifier = fact.approximate
        value = Text(f"{QUALIFIERS[qualifier][0]} " if qualifier else "")
        value.append_text(_t(fact.value_text, "bold cyan"))
        value.append(" ")
        value.append_text(_t(fact.unit or "", "cyan"))
        unit = fact.unit_info
        if unit is not None and (needs_plain_form(unit) or qualifier):
            hedge = f"{QUALIFIERS[qualifier][1]} " if qualifier else ""
            plain = plain_english(fact.value_text, unit)
            value.append(f"  ({hedge}{plain})", style="dim")
        grid.add_row(_t("value"), value)
    grid.add_row(
        _t("kind"), _t(fact.kind.value + (" — computed, not stated" if fact.is_derived else ""))
    )
    grid.add_row(_t("period"), _t(fact.period))
    try:
        section = base.section(fact.section)
        grid.add_row(_t("section"), Text.assemble(_t(section.zh), " ", _t(section.en, "dim")))
    except KeyError:
        grid.add_row(_t("section"), _t(fact.section))
    if fact.kind is Kind.DERIVED:
        grid.add_row(_t("formula"), _t(formula_text(base, fact)))
        for dep_id in fact.inputs:
            dep = base.get(dep_id)
            if dep is not None and dep.quote:
                grid.add_row(_t(f"  {dep_id}"), _quote_text(dep.quote))
    if fact.quote:
        grid.add_row(_t("quote"), _quote_text(fact.quote))
    if fact.note:
        grid.add_row(_t("note"), _t(fact.note, "dim"))
    if fact.entities:
        grid.add_row(_t("entities"), _t("、".join(fact.entities)))
    title = Text(neutralise(fact.id), style="bold")
    return Panel(grid, title=title, title_align="left", expand=False)


def context_view(fact: Fact, paragraph: str, start: int, end: int) -> RenderableType:
    text = Text(neutralise(paragraph))
    if neutralise(paragraph) == paragraph:
        text.stylize("bold yellow reverse", start, end)
    return Panel(text, title=Text(f"{neutralise(fact.id)} in context", style="bold"), expand=False)


def table(
    records: Sequence[Record],
    columns: Sequence[Column],
    overrides: dict[str, Sequence[Text]] | None = None,
) -> Table:
    """A table of records; `overrides` supplies ready-made cells for some columns
    (search's quotes, with the matches highlighted)."""
    out = Table(show_lines=False, header_style="bold")
    for column in columns:
        out.add_column(
            column.header,
            overflow="fold",
            no_wrap=column.header in _ATOMIC_COLUMNS,
            justify="right" if column.header in _NUMERIC_COLUMNS else "left",
        )
    for row, record in enumerate(records):
        out.add_row(
            *(
                overrides[c.header][row]
                if overrides and c.header in overrides
                else _t(lookup(record, c.path))
                for c in columns
            )
        )
    return out


_NUMERIC_COLUMNS = ("value", "score", "facts", "ratio", "difference", "amount", "line")
_ATOMIC_COLUMNS = ("id", "value", "unit", "score", "kind", "period", "facts", "line")


def fact_table(records: Sequence[Record], matches: Sequence[Match] | None = None) -> Table:
    """Facts one per row for a terminal: id and label, value with unit, period; for
    search results also the score and the quote with the matching part highlighted."""
    out = Table(header_style="bold")
    if matches is not None:
        out.add_column("score", justify="right", no_wrap=True)
    out.add_column("fact", overflow="fold", ratio=2 if matches is None else 1)
    out.add_column("value", justify="right", no_wrap=True)
    out.add_column("period", no_wrap=True)
    if matches is not None:
        out.add_column("quote", overflow="fold", ratio=2)
    for row, record in enumerate(records):
        value = Text.assemble(_t(record["value_text"], "bold cyan"), _t(record["unit"], "cyan"))
        if record["kind"] == "derived":
            value.append("\nderived", style="dim")
        cells: list[Text] = [
            Text.assemble(_t(record["id"], "bold"), "\n", _t(record["label"]["zh"])),
            value,
            _t(record["period"]),
        ]
        if matches is not None:
            match = matches[row]
            cells.insert(0, _t(record["score"]))
            cells.append(_quote_text(match.fact.quote or "", match.quote_spans))
        out.add_row(*cells)
    return out


def comparison_view(comparison: Comparison) -> list[RenderableType]:
    """The comparison as people read it: 287.67 亿元, 28.767 billion yuan, 2.01×, +144.67 亿元."""
    out = Table(header_style="bold")
    for header in ("fact", "value", "in plain terms", f"× {comparison.base.id}", "difference"):
        out.add_column(header, justify="right" if header != "fact" else "left", overflow="fold")
    for row in comparison.rows:
        fact = row.fact
        unit = fact.unit_info
        plain = plain_english(fact.value_text, unit) if unit and fact.value_text else ""
        ratio = f"{decimal_text(row.ratio, 2)}×" if row.ratio is not None else ""
        difference = ""
        if row.difference is not None:
            sign = "+" if row.difference > 0 else ""
            difference = f"{sign}{decimal_text(row.difference, 4)} {row.difference_unit or ''}"
        out.add_row(
            Text.assemble(_t(fact.id, "bold"), "\n", _t(fact.label.zh, "dim")),
            _t(value_with_unit(fact)),
            _t(plain),
            _t(ratio),
            _t(difference.strip()),
        )
    parts: list[RenderableType] = [out]
    chart = _bar_chart(comparison)
    if chart is not None:
        parts.append(chart)
    return parts


def _bar_chart(comparison: Comparison) -> RenderableType | None:
    """Horizontal bars of the values commensurable with the first fact."""
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
    grid = Table.grid(padding=(0, 1))
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold", style="dim")
    width = 40
    for row in rows:
        assert row.base_amount is not None
        cells = round(float(abs(row.base_amount) / largest) * width)
        bar = Text("█" * max(cells, 1), style="cyan" if row.fact is comparison.base else "green")
        grid.add_row(_t(row.fact.id), bar, _t(value_with_unit(row.fact)))
    return Panel(grid, title=Text("values on one scale"), expand=False)
