"""Rendering results as text: records for JSON, columns for TSV/CSV, bare values.

Every command builds JSON-ready records here; the flat formats are cut from the same
records by column paths, so a table, a TSV line and a JSON object always carry the same
data. The rich terminal views live in ``render_rich`` and are imported only for a
terminal. Nothing here writes to a stream.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple

from jzfacts.model import Comparison, Fact, FactBase, Kind, Match
from jzfacts.text import json_safe, neutralise, tsv_field
from jzfacts.units import base_amount, needs_plain_form, plain_english


class OutputFormat(str, Enum):
    TABLE = "table"
    TSV = "tsv"
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"
    VALUE = "value"


Record = dict[str, Any]


class Column(NamedTuple):
    header: str
    path: str  # dotted path into a record: label.zh, section.id


# --- numbers -------------------------------------------------------------------------------


def decimal_text(value: Decimal, places: int = 4) -> str:
    """A Decimal for people: at most `places` decimals, no trailing zeros, no exponent."""
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum) if value.adjusted() < 28 - places else value
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def json_number(text: str | None) -> int | float | None:
    """A value as a JSON number: 143 stays an integer, 11.15 a float."""
    if text is None:
        return None
    number = Decimal(text)
    if "." not in text and "e" not in text.lower():
        return int(number)
    return float(number)


def _json_decimal(value: Decimal | None, places: int = 6) -> int | float | None:
    if value is None:
        return None
    return json_number(decimal_text(value, places))


# --- records -------------------------------------------------------------------------------


def fact_record(base: FactBase, fact: Fact) -> Record:
    """A fact as the JSON contract describes it (README, "Output")."""
    try:
        section = base.section(fact.section)
        section_rec = {"id": section.id, "zh": section.zh, "en": section.en}
    except KeyError:
        section_rec = {"id": fact.section, "zh": "", "en": ""}
    unit = fact.unit_info
    value = fact.value
    amount = None
    plain = None
    if unit is not None and value is not None:
        amount = {"value": _json_decimal(base_amount(value, unit)), "unit": unit.base}
        plain = plain_english(value, unit)
    derived = None
    if fact.kind is Kind.DERIVED:
        derived = {
            "formula": fact.formula,
            "inputs": [
                {
                    "id": dep.id,
                    "value": json_number(dep.value_text),
                    "unit": dep.unit,
                    "quote": dep.quote,
                }
                for dep in (base.get(i) for i in fact.inputs)
                if dep is not None
            ],
        }
    return {
        "id": fact.id,
        "kind": fact.kind.value,
        "label": {"zh": fact.label.zh, "en": fact.label.en},
        "value": json_number(fact.value_text),
        "value_text": fact.value_text,
        "unit": fact.unit,
        "plain": plain,
        "amount": amount,
        "period": fact.period,
        "section": section_rec,
        "quote": fact.quote,
        "note": fact.note,
        "derived": derived,
        "aliases": list(fact.aliases),
        "tags": list(fact.tags),
        "entities": list(fact.entities),
    }


def match_record(base: FactBase, match: Match) -> Record:
    record = {"score": match.score, **fact_record(base, match.fact)}
    record["matched_field"] = match.field
    return record


def comparison_record(base: FactBase, comparison: Comparison) -> Record:
    items = []
    for row in comparison.rows:
        item = fact_record(base, row.fact)
        item["ratio"] = _json_decimal(row.ratio, 4)
        item["difference"] = _json_decimal(row.difference, 4)
        item["difference_unit"] = row.difference_unit
        item["compare_note"] = row.note
        items.append(item)
    return {"base": comparison.base.id, "items": items}


FACT_COLUMNS = (
    Column("id", "id"),
    Column("kind", "kind"),
    Column("label_zh", "label.zh"),
    Column("label_en", "label.en"),
    Column("value", "value_text"),
    Column("unit", "unit"),
    Column("period", "period"),
    Column("section", "section.id"),
    Column("quote", "quote"),
)
SEARCH_COLUMNS = (Column("score", "score"), *FACT_COLUMNS)
COMPARE_COLUMNS = (
    Column("id", "id"),
    Column("label_zh", "label.zh"),
    Column("value", "value_text"),
    Column("unit", "unit"),
    Column("amount", "amount.value"),
    Column("amount_unit", "amount.unit"),
    Column("ratio", "ratio"),
    Column("difference", "difference"),
    Column("difference_unit", "difference_unit"),
    Column("note", "compare_note"),
)
SECTION_COLUMNS = (
    Column("id", "id"),
    Column("facts", "facts"),
    Column("zh", "zh"),
    Column("en", "en"),
)


def lookup(record: Record, path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def cell(value: Any) -> str:
    """A record value as flat text (lists joined with '; ', None empty)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return decimal_text(Decimal(repr(value)), 6)
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


# --- flat formats --------------------------------------------------------------------------


def to_tsv(records: Sequence[Record], columns: Sequence[Column], header: bool) -> str:
    lines = ["\t".join(c.header for c in columns)] if header else []
    lines.extend("\t".join(tsv_field(cell(lookup(r, c.path))) for c in columns) for r in records)
    return "".join(line + "\n" for line in lines)


def to_csv(records: Sequence[Record], columns: Sequence[Column]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180
    writer.writerow([c.header for c in columns])
    for record in records:
        writer.writerow([neutralise(cell(lookup(record, c.path))) for c in columns])
    return buffer.getvalue()


def to_json(document: Any, ascii_only: bool = False) -> str:
    return json_safe(json.dumps(document, ensure_ascii=ascii_only, indent=2)) + "\n"


def to_jsonl(records: Sequence[Any], ascii_only: bool = False) -> str:
    return "".join(json_safe(json.dumps(r, ensure_ascii=ascii_only)) + "\n" for r in records)


def to_values(records: Sequence[Record], path: str) -> str:
    return "".join(neutralise(cell(lookup(r, path))) + "\n" for r in records)


FIELD_ALIASES = {"value": "value_text", "label": "label.zh", "section": "section.id"}


def field_path(field: str) -> str:
    return FIELD_ALIASES.get(field, field)


def known_field(records: Sequence[Record], path: str) -> bool:
    if not records:
        return True
    value: Any = records[0]
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return False
        value = value[part]
    return True


def render_flat(
    fmt: OutputFormat,
    records: Sequence[Record],
    columns: Sequence[Column],
    *,
    header: bool = False,
    field: str = "value",
    document: Any = None,
    ascii_only: bool = False,
) -> str:
    """TSV, CSV, JSON, JSONL or bare values. `document` replaces the record list in JSON
    (compare's {base, items})."""
    if fmt is OutputFormat.TSV:
        return to_tsv(records, columns, header)
    if fmt is OutputFormat.CSV:
        return to_csv(records, columns)
    if fmt is OutputFormat.JSON:
        return to_json(list(records) if document is None else document, ascii_only)
    if fmt is OutputFormat.JSONL:
        return to_jsonl(records, ascii_only)
    if fmt is OutputFormat.VALUE:
        return to_values(records, field_path(field))
    raise ValueError(f"not a flat format: {fmt}")


# --- sentences (ask, cite) -----------------------------------------------------------------


def _period_zh(period: str) -> str:
    year, _, month = period.partition("-")
    return f"{year}年{int(month)}月" if month else f"{year}年"


def _period_en(period: str) -> str:
    months = (
        "January February March April May June July August September October November December"
    ).split()
    year, _, month = period.partition("-")
    return f"{months[int(month) - 1]} {year}" if month else year


def value_with_unit(fact: Fact) -> str:
    if fact.value_text is None:
        return ""
    return f"{fact.value_text}{fact.unit or ''}"


def answer_sentence(base: FactBase, fact: Fact, chinese: bool) -> str:
    """One sentence with the figure and its source, in the question's language."""
    section = _section_or_none(base, fact)
    title = base.source.title
    if chinese:
        where = f"《{title}》" + (f"“{section.zh.rstrip('。')}”部分" if section else "")
        if fact.value_text is not None:
            head = f"{_period_zh(fact.period)}{fact.label.zh}为{value_with_unit(fact)}。"
        else:
            head = f"{fact.label.zh}。"
        if fact.kind is Kind.DERIVED:
            return f"{head}（推算：{_formula_text(base, fact)}；来源：{where}）"
        return f"{head}（来源：{where}「{fact.quote}」）"
    title_en = base.source.title_en or title
    where = f"{title_en}" + (f", section \u201c{section.en}\u201d" if section else "")
    if fact.value_text is not None:
        unit = fact.unit_info
        plain = plain_english(Decimal(fact.value_text), unit) if unit else fact.value_text
        stated = (
            f" ({value_with_unit(fact)})" if unit is not None and needs_plain_form(unit) else ""
        )
        head = f"{fact.label.en} in {_period_en(fact.period)}: {plain}{stated}"
    else:
        head = f"{fact.label.en} ({_period_en(fact.period)})"
    if fact.kind is Kind.DERIVED:
        return f"{head} — derived: {_formula_text(base, fact)}; source: {where}"
    return f"{head} — source: {where}: 「{fact.quote}」"


def _section_or_none(base: FactBase, fact: Fact) -> Any:
    try:
        return base.section(fact.section)
    except KeyError:
        return None


def _formula_text(base: FactBase, fact: Fact) -> str:
    """The formula with each input's stated value: {a} - {b} -> 70.7% − 60.7个百分点."""
    text = fact.formula or ""
    for dep_id in fact.inputs:
        dep = base.get(dep_id)
        if dep is not None:
            text = text.replace("{" + dep_id + "}", f"{dep_id}={value_with_unit(dep)}")
    return f"{text} = {value_with_unit(fact)}"


def formula_text(base: FactBase, fact: Fact) -> str:
    return _formula_text(base, fact)


def citation(base: FactBase, fact: Fact, markdown: bool) -> str:
    """One line for an article: 「quote」, the value, the report's title and section."""
    section = _section_or_none(base, fact)
    section_zh = section.zh.rstrip("。") if section else ""
    value = value_with_unit(fact)
    if fact.kind is Kind.DERIVED:
        body = f"{fact.label.zh}约{value}（据报告数据推算：{_formula_text(base, fact)}）"
    else:
        body = f"「{fact.quote}」" + (f"（{value}）" if value else "")
    if markdown:
        return f"[^{fact.id}]: {body} —— *{base.source.title}*，“{section_zh}”。"
    return f"{body} ——《{base.source.title}》，“{section_zh}”"


def cite_record(base: FactBase, fact: Fact, markdown: bool) -> Record:
    return {"id": fact.id, "citation": citation(base, fact, markdown), **_short(fact)}


def _short(fact: Fact) -> Record:
    return {"value": json_number(fact.value_text), "unit": fact.unit, "quote": fact.quote}


Renderer = Callable[..., str]
