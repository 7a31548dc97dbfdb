"""Rendering results as text: records for JSON, columns for TSV/CSV, bare values.

Every command builds JSON-ready records here; the flat formats are cut from the same
records by column paths, so a table, a TSV line and a JSON object always carry the same
data. The rich terminal views live in ``render_rich`` and are imported only for a
terminal. Nothing here writes to a stream.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from decimal import Decimal

    from jzfacts.coverage import CoverageItem

from jzfacts.model import QUALIFIERS, Comparison, Fact, FactBase, Kind, Match
from jzfacts.text import json_safe, neutralise, tsv_field
from jzfacts.units import RANK, needs_plain_form, plain_english, scaled_text


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
    from decimal import Decimal

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
    return float(text) if "." in text else int(text)


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
    amount = None
    plain = None
    if unit is not None and fact.value_text is not None:
        amount = {
            "value": json_number(scaled_text(fact.value_text, unit.exponent)),
            "unit": unit.base,
        }
        plain = plain_english(fact.value_text, unit)
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
        "qualifier": fact.approximate,
        "unit": fact.unit,
        "measure": fact.measure,
        "plain": plain,
        "amount": amount,
        "period": fact.period,
        "section": section_rec,
        "quote": fact.quote,
        "note": fact.note,
        "errata": [{"text": e.text, "correction": e.correction} for e in fact.errata],
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


COVERAGE_COLUMNS = tuple(
    Column(h, h) for h in ("kind", "line", "text", "covered_by", "excluded_because")
)


def section_records(base: FactBase, counts: list[tuple[str, int]]) -> list[Record]:
    facts = dict(counts)
    return [
        {"id": s.id, "zh": s.zh, "en": s.en, "facts": facts.get(s.id, 0)} for s in base.sections
    ]


def coverage_records(items: Sequence[CoverageItem]) -> list[Record]:
    return [
        {
            "kind": i.kind,
            "line": i.line,
            "text": i.text,
            "covered_by": list(i.covered_by),
            "excluded_because": i.excluded_because,
            "gap": i.is_gap,
        }
        for i in items
    ]


def lookup(record: Record, path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def cell(value: Any) -> str:
    """A record value as flat text (lists joined with '; ', None empty). Never fails on a
    number: a float that is not finite is empty (as null is), an integer of any length
    is written in full (whatever sys.get_int_max_str_digits() allows)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        from decimal import Decimal

        return decimal_text(Decimal(repr(value)), 6)
    if isinstance(value, int):
        return _int_text(value)
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return _dumps(value, ascii_only=False, sort_keys=True)
    return str(value)


def _int_text(value: int) -> str:
    try:
        return str(value)
    except ValueError:  # more digits than Python converts at once: 1,000 at a time
        chunk = 10**1000
        sign, rest, parts = "-" if value < 0 else "", abs(value), []
        while rest:
            rest, low = divmod(rest, chunk)
            parts.append(low)
        return sign + str(parts[-1]) + "".join(f"{p:01000d}" for p in reversed(parts[:-1]))


# --- flat formats --------------------------------------------------------------------------


def to_tsv(records: Sequence[Record], columns: Sequence[Column], header: bool) -> str:
    lines = ["\t".join(c.header for c in columns)] if header else []
    lines.extend("\t".join(tsv_field(cell(lookup(r, c.path))) for c in columns) for r in records)
    return "".join(line + "\n" for line in lines)


def to_csv(records: Sequence[Record], columns: Sequence[Column], header: bool = True) -> str:
    """RFC 4180, for spreadsheets: cells neutralised, and guarded against formulas."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180
    if header:
        writer.writerow([c.header for c in columns])
    for record in records:
        writer.writerow(
            [spreadsheet_safe(neutralise(cell(lookup(record, c.path)))) for c in columns]
        )
    return buffer.getvalue()


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """A CSV cell a spreadsheet will not run (OWASP, "CSV Injection"): text starting with
    = + - @ tab or CR gets a leading ' (=HYPERLINK(…) shows as text). A plain number
    (-3.2, +5) is left alone: it cannot be a formula, and stays a number."""
    if not text.startswith(_FORMULA_START):
        return text
    body = text[1:] if text[0] in "+-" else text
    whole, dot, fraction = body.partition(".")
    if (
        whole.isascii()
        and whole.isdigit()
        and (not dot or (fraction.isascii() and fraction.isdigit()))
    ):
        return text
    return "'" + text


def _dumps(document: Any, ascii_only: bool, **options: Any) -> str:
    """JSON text that strict parsers accept: never NaN or Infinity. A number JSON cannot
    carry (a float beyond ±1.8e308, an integer longer than Python writes) becomes null;
    records keep the figure as written in value_text."""
    try:
        return json.dumps(document, ensure_ascii=ascii_only, allow_nan=False, **options)
    except ValueError:
        return json.dumps(
            _representable(document), ensure_ascii=ascii_only, allow_nan=False, **options
        )


def _representable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _representable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_representable(v) for v in value]
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            int.__repr__(value)
        except ValueError:
            return None
    return value


def to_json(document: Any, ascii_only: bool = False) -> str:
    return json_safe(_dumps(document, ascii_only, indent=2)) + "\n"


def to_json_items(records: Sequence[Any], ascii_only: bool, first: bool) -> str:
    """Part of one JSON array written in pieces (`show -` streams its names): the first
    piece opens the array, JSON_ARRAY_END closes it. The pieces joined are exactly
    to_json(all the records)."""
    if not records:
        return ""
    text = to_json(list(records), ascii_only)  # "[\n  …\n]\n"
    return ("[\n" if first else ",\n") + text[2:-3]


JSON_ARRAY_END = "\n]\n"


def to_jsonl(records: Sequence[Any], ascii_only: bool = False) -> str:
    return "".join(json_safe(_dumps(r, ascii_only)) + "\n" for r in records)


def to_values(records: Sequence[Record], path: str) -> str:
    return "".join(neutralise(cell(lookup(r, path))) + "\n" for r in records)


FIELD_ALIASES = {"value": "value_text", "label": "label.zh", "section": "section.id"}


def field_path(field: str) -> str:
    return FIELD_ALIASES.get(field, field)


def known_field(records: Sequence[Record], path: str) -> bool:
    """Does the dotted path name a field of these records? A path through an object that
    is null in every record (derived.formula of figures only) cannot be checked: allowed."""
    if not records:
        return True
    outcomes = {_resolve(record, path.split(".")) for record in records}
    return "found" in outcomes or outcomes == {"null"}


def _resolve(value: Any, parts: list[str]) -> str:
    for part in parts:
        if value is None:
            return "null"
        if not isinstance(value, dict) or part not in value:
            return "missing"
        value = value[part]
    return "found"


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
    """2022 -> 2022年, 2022-04 -> 2022年4月, 2022-12 -> 2022年底 (the base's convention
    for 年底, "at the year's end")."""
    year, _, month = period.partition("-")
    if month == "12":
        return f"{year}年底"
    return f"{year}年{int(month)}月" if month else f"{year}年"


def _period_en(period: str) -> str:
    months = (
        "January February March April May June July August September October November December"
    ).split()
    year, _, month = period.partition("-")
    if month == "12":
        return f"the end of {year}"
    return f"{months[int(month) - 1]} {year}" if month else year


def value_with_unit(fact: Fact) -> str:
    if fact.value_text is None:
        return ""
    if fact.unit_info is not None and fact.unit_info.dimension == RANK:
        return f"第{fact.value_text}"  # 全市排名第一: rank 1
    return f"{fact.value_text}{fact.unit or ''}"


def _hedged_zh(fact: Fact) -> str:
    """为224亿元, 突破224亿元, 约152户: the value as the report would say it."""
    qualifier = fact.approximate
    return (QUALIFIERS[qualifier][0] if qualifier else "为") + value_with_unit(fact)


def _hedged_en(fact: Fact) -> str:
    """over 22.4 billion yuan (224亿元), about 152 enterprises."""
    assert fact.value_text is not None
    unit = fact.unit_info
    plain = plain_english(fact.value_text, unit) if unit else fact.value_text
    stated = f" ({value_with_unit(fact)})" if unit is not None and needs_plain_form(unit) else ""
    qualifier = fact.approximate
    return (f"{QUALIFIERS[qualifier][1]} " if qualifier else "") + plain + stated


def _dated(period_text: str, label: str, year: str) -> str:
    """The label, with the period in front unless the label already names it."""
    if year in label:
        return label
    if label.startswith("年底"):
        return f"{year}年{label}"
    return f"{period_text}{label}"


def answer_sentence(base: FactBase, fact: Fact, chinese: bool) -> str:
    """One sentence with the figure, hedged as the report hedges it, and its source."""
    section = _section_or_none(base, fact)
    year = fact.period[:4]
    if chinese:
        where = f"《{base.source.title}》" + (f"“{section.zh.rstrip('。')}”部分" if section else "")
        if fact.value_text is not None:
            head = f"{_dated(_period_zh(fact.period), fact.label.zh, year)}{_hedged_zh(fact)}。"
        else:
            head = f"{_dated(_period_zh(fact.period) + '，', fact.label.zh, year)}。"
        if fact.kind is Kind.DERIVED:
            return f"{head}（据报告数据推算：{formula_text(base, fact)}；来源：{where}）"
        return f"{head}（来源：{where}「{fact.quote}」）"
    title_en = base.source.title_en or base.source.title
    where = f"{title_en}" + (f", section \u201c{section.en}\u201d" if section else "")
    label = fact.label.en
    when = "" if year in label else f", {_period_en(fact.period)}"
    if when and "year end" in label.lower():
        when = f", {year}"
    head = f"{label}{when}" + (f": {_hedged_en(fact)}" if fact.value_text is not None else "")
    if fact.kind is Kind.DERIVED:
        return f"{head} — derived from the report: {formula_text(base, fact)}; source: {where}"
    return f"{head} — source: {where}: 「{fact.quote}」"


def _section_or_none(base: FactBase, fact: Fact) -> Any:
    try:
        return base.section(fact.section)
    except KeyError:
        return None


def formula_text(base: FactBase, fact: Fact) -> str:
    """A derived fact's formula in words, each input with its label, stated value and
    quote: 战略性新兴产业产值同比增长70.7%「…」 - 战略性新兴产业增速高于GDP增速60.7个百分点「…」."""
    text = fact.formula or ""
    for dep_id in fact.inputs:
        dep = base.get(dep_id)
        if dep is not None:
            quote = f"「{dep.quote}」" if dep.quote else ""
            text = text.replace("{" + dep_id + "}", f"{dep.label.zh}{value_with_unit(dep)}{quote}")
    return f"{text} = {value_with_unit(fact)}"


def citation(base: FactBase, fact: Fact, markdown: bool) -> str:
    """One line for an article: 「quote」, the value, the report's title and section."""
    section = _section_or_none(base, fact)
    section_zh = section.zh.rstrip("。") if section else ""
    if fact.kind is Kind.DERIVED:
        body = f"{fact.label.zh}{_hedged_zh(fact)}（据报告数据推算：{formula_text(base, fact)}）"
    else:
        value = _hedged_zh(fact).removeprefix("为") if fact.value_text is not None else ""
        body = f"「{fact.quote}」" + (f"（{value}）" if value else "")
    if markdown:
        return f"[^{fact.id}]: {body} —— *{base.source.title}*，“{section_zh}”。"
    return f"{body} ——《{base.source.title}》，“{section_zh}”"


def cite_record(base: FactBase, fact: Fact, markdown: bool) -> Record:
    return {
        "id": fact.id,
        "citation": citation(base, fact, markdown),
        "value": json_number(fact.value_text),
        "unit": fact.unit,
        "qualifier": fact.approximate,
        "quote": fact.quote,
    }
