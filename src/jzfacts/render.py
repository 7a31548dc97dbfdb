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

from jzfacts.errors import UsageError
from jzfacts.model import Comparison, Fact, FactBase, Kind, Match
from jzfacts.prose import Lang, answer_sentence, marked_quote
from jzfacts.text import json_safe, neutralise, tsv_field
from jzfacts.units import plain_english, scaled_text

__all__ = ["Lang", "answer_sentence"]  # answer.py builds its sentences with these


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
    form: str = ""  # how a structured value is flattened for TSV/CSV ("errata")


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


def json_decimal(value: Decimal | None, places: int = 6) -> int | float | None:
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
                    "quote_en": dep.quote_en,
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
        # The quote with the report's slips marked (国际级[sic，应为国家级]); `quote`
        # stays verbatim.
        "quote_marked": None if fact.quote is None else marked_quote(fact.quote, fact.errata),
        # The curator's English rendering of the quote, never the report's words (null
        # when the base gives none).
        "quote_en": fact.quote_en,
        "note": fact.note,
        "errata": [{"text": e.text, "correction": e.correction} for e in fact.errata],
        "derived": derived,
        "aliases": list(fact.aliases),
        "tags": list(fact.tags),
        "entities": list(fact.entities),
        "entities_en": [_entity_en(base, name) for name in fact.entities],
    }


def _entity_en(base: FactBase, name: str) -> str:
    entity = base.entity(name)
    return entity.en if entity is not None else name


def match_record(base: FactBase, match: Match) -> Record:
    record = {"score": match.score, **fact_record(base, match.fact)}
    record["matched_field"] = match.field
    return record


def comparison_record(base: FactBase, comparison: Comparison) -> Record:
    items = []
    for row in comparison.rows:
        item = fact_record(base, row.fact)
        item["ratio"] = json_decimal(row.ratio, 4)
        item["difference"] = json_decimal(row.difference, 4)
        item["difference_unit"] = row.difference_unit
        item["compare_qualifier"] = row.qualifier
        item["compare_note"] = row.note
        item["compare_note_zh"] = row.note_zh
        items.append(item)
    return {"base": comparison.base.id, "items": items}


# Every column a fact can be cut into (TSV/CSV, --columns NAME,...), by name.
FACT_FIELDS = {
    c.header: c
    for c in (
        Column("id", "id"),
        Column("kind", "kind"),
        Column("label_zh", "label.zh"),
        Column("label_en", "label.en"),
        Column("value", "value_text"),
        Column("unit", "unit"),
        Column("qualifier", "qualifier"),
        Column("plain", "plain"),
        Column("amount", "amount.value"),
        Column("amount_unit", "amount.unit"),
        Column("measure", "measure"),
        Column("period", "period"),
        Column("section", "section.id"),
        Column("section_zh", "section.zh"),
        Column("section_en", "section.en"),
        Column("quote", "quote"),
        Column("quote_marked", "quote_marked"),
        Column("note", "note"),
        Column("errata", "errata", "errata"),
        Column("tags", "tags"),
        Column("entities", "entities"),
        Column("entities_en", "entities_en"),
        Column("aliases", "aliases"),
        Column("formula", "derived.formula"),
    )
}
SEARCH_FIELDS = {
    "score": Column("score", "score"),
    "matched_field": Column("matched_field", "matched_field"),
    **FACT_FIELDS,
}
# In compare, "note" is why a row is not compared; the fact's own note is "fact_note".
COMPARE_FIELDS = {
    **{k: v for k, v in FACT_FIELDS.items() if k != "note"},
    "fact_note": Column("fact_note", "note"),
    "ratio": Column("ratio", "ratio"),
    "difference": Column("difference", "difference"),
    "difference_unit": Column("difference_unit", "difference_unit"),
    "compare_qualifier": Column("compare_qualifier", "compare_qualifier"),
    "note": Column("note", "compare_note"),
    "note_zh": Column("note_zh", "compare_note_zh"),
}


def _pick(fields: dict[str, Column], names: str) -> tuple[Column, ...]:
    return tuple(fields[name] for name in names.split())


# The default columns (README, "Output"); the qualifier (突破 = over) comes last so that
# scripts cutting by position keep working.
FACT_COLUMNS = _pick(
    FACT_FIELDS, "id kind label_zh label_en value unit period section quote qualifier"
)
SEARCH_COLUMNS = (SEARCH_FIELDS["score"], *FACT_COLUMNS)
COMPARE_COLUMNS = _pick(
    COMPARE_FIELDS,
    "id label_zh value unit amount amount_unit ratio difference difference_unit note "
    "qualifier compare_qualifier",
)
SECTION_FIELDS = {h: Column(h, h) for h in ("id", "facts", "zh", "en")}
SECTION_COLUMNS = tuple(SECTION_FIELDS.values())
ENTITY_FIELDS = {h: Column(h, h) for h in ("zh", "en", "aliases", "facts")}
ENTITY_COLUMNS = tuple(ENTITY_FIELDS.values())
TAG_FIELDS = {h: Column(h, h) for h in ("tag", "facts", "ids")}
TAG_COLUMNS = _pick(TAG_FIELDS, "tag facts")


def choose_columns(fields: dict[str, Column], wanted: str) -> tuple[Column, ...]:
    """--columns a,b,c: the named columns in that order; an unknown name lists the known."""
    names = [n.strip() for n in wanted.replace(" ", ",").split(",") if n.strip()]
    if not names:
        raise UsageError("--columns needs column names, e.g. --columns id,value,unit")
    unknown = [n for n in names if n not in fields]
    if unknown:
        raise UsageError(f"unknown column {unknown[0]!r}; columns are: {', '.join(fields)}")
    return tuple(fields[n] for n in names)


COVERAGE_COLUMNS = tuple(
    Column(h, h) for h in ("kind", "line", "text", "covered_by", "excluded_because", "sentence")
)


def entity_records(base: FactBase) -> list[Record]:
    """The declared entities with how many facts name each (what --entity filters on)."""
    counts: dict[str, int] = {}
    for fact in base.facts:
        for name in fact.entities:
            counts[name] = counts.get(name, 0) + 1
    return [
        {"zh": e.zh, "en": e.en, "aliases": list(e.aliases), "facts": counts.get(e.zh, 0)}
        for e in base.entities
    ]


def tag_records(base: FactBase) -> list[Record]:
    """Every tag with the number of facts carrying it and their ids (what --tag takes)."""
    ids: dict[str, list[str]] = {}
    for fact in base.facts:
        for tag in fact.tags:
            ids.setdefault(tag, []).append(fact.id)
    return [{"tag": t, "facts": len(v), "ids": v} for t, v in sorted(ids.items())]


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
            "sentence": i.sentence,
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


def _errata_cell(value: Any) -> str:
    """[{text: 国际级, correction: 国家级}] -> 国际级→国家级 (several joined with '; ')."""
    if not isinstance(value, list):
        return cell(value)
    return "; ".join(
        f"{e.get('text', '')}→{e.get('correction', '')}" for e in value if isinstance(e, dict)
    )


_FORMS = {"errata": _errata_cell}


def flatten(
    records: Sequence[Record], columns: Sequence[Column]
) -> tuple[list[Record], tuple[Column, ...]]:
    """Records reduced to the columns' flat values (structured ones through their form),
    with columns that read them: what TSV and CSV print."""
    keys = tuple(Column(c.header, f"c{i}") for i, c in enumerate(columns))
    flat = [
        {
            key.path: (_FORMS[c.form](lookup(r, c.path)) if c.form else lookup(r, c.path))
            for key, c in zip(keys, columns, strict=True)
        }
        for r in records
    ]
    return flat, keys


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


def field_path(field: str, lang: Lang | None = None) -> str:
    """A --field name as a path: value is value_text, label the label in the chosen
    language (Chinese unless English is asked for), section the section's id."""
    if field == "label" and lang is Lang.EN:
        return "label.en"
    return FIELD_ALIASES.get(field, field)


def field_names(records: Sequence[Record]) -> list[str]:
    """Every dotted path to a value in these records, in record order (for messages)."""
    names: dict[str, None] = {}

    def walk(value: Any, prefix: str) -> None:
        if isinstance(value, dict) and value:
            for key, inner in value.items():
                walk(inner, f"{prefix}.{key}" if prefix else str(key))
        elif prefix:
            names[prefix] = None

    for record in records:
        walk(record, "")
    return list(names)


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
    lang: Lang | None = None,
) -> str:
    """TSV, CSV, JSON, JSONL or bare values. `document` replaces the record list in JSON
    (compare's {base, items})."""
    if fmt in (OutputFormat.TSV, OutputFormat.CSV):
        flat, keys = flatten(records, columns)
        return to_tsv(flat, keys, header) if fmt is OutputFormat.TSV else to_csv(flat, keys)
    if fmt is OutputFormat.JSON:
        return to_json(list(records) if document is None else document, ascii_only)
    if fmt is OutputFormat.JSONL:
        return to_jsonl(records, ascii_only)
    if fmt is OutputFormat.VALUE:
        return to_values(records, field_path(field, lang))
    raise ValueError(f"not a flat format: {fmt}")
