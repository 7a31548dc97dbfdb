"""A JSON Schema for facts.yaml, for editors with a YAML language server.

Built from the same closed lists validation uses (keys, kinds, units, measures,
qualifiers), so it cannot drift from them; docs/facts.schema.json is this schema as
`jzfacts schema` prints it, and a test keeps the two equal. The schema checks shape
(keys, types, patterns, closed choices and which fields each kind needs); what needs
the report (quotes, sections, values in quotes) or the whole base (unique ids and names,
formulas) is for `jzfacts validate`.
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "https://github.com/jzfacts/jzfacts/blob/main/docs/facts.schema.json"


def schema() -> dict[str, Any]:
    from jzfacts.measures import MEASURES
    from jzfacts.model import ENTITY_KINDS, QUALIFIERS, Kind
    from jzfacts.units import UNITS
    from jzfacts.validation import (
        ENTITY_KEYS,
        ERRATUM_KEYS,
        EXCLUSION_KEYS,
        EXCLUSION_KINDS,
        FACT_KEYS,
        LABEL_KEYS,
        MAX_VALUE_DIGITS,
        SECTION_KEYS,
        SOURCE_KEYS,
        TOP_KEYS,
    )

    def text(description: str) -> dict[str, Any]:
        return {"type": "string", "minLength": 1, "description": description}

    kebab = "^[a-z0-9]+(-[a-z0-9]+)*$"
    texts = {"type": "array", "items": {"type": "string", "minLength": 1}}
    fact_properties: dict[str, Any] = {
        "id": {**text("stable lowercase ASCII kebab-case, unique"), "pattern": kebab},
        "kind": {
            "enum": [k.value for k in Kind],
            "default": "figure",
            "description": "figure (default), derived, event or statement",
        },
        "label": {"$ref": "#/$defs/label"},
        "aliases": {**texts, "description": "other names the fact is found by"},
        "value": {
            "description": (
                "figure only: the number as the report writes it (a plain decimal; quote "
                f'"3.10" to keep a trailing zero; at most {MAX_VALUE_DIGITS} digits; '
                "negative for a decline, 同比下降5.2% is -5.2)"
            ),
            "oneOf": [
                {"type": "number"},
                {"type": "string", "pattern": r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"},
            ],
        },
        "unit": {"enum": list(UNITS), "description": "figure and derived: a known unit"},
        "measure": {
            "enum": list(MEASURES),
            "description": "figure and derived: what the number is ("
            + "; ".join(f"{m.id}: {m.about}" for m in MEASURES.values())
            + ")",
        },
        "period": {
            "description": 'YYYY, YYYY-MM (2022-12 for 年底), YYYY-Qn or YYYY-Hn; "2022"',
            "oneOf": [
                {"type": "string", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$"},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
        },
        "section": {**text("a section id"), "pattern": kebab},
        "tags": texts,
        "entities": {**texts, "description": "companies and bodies named (their zh names)"},
        "quote": text("verbatim from the report, its line breaks removed"),
        "quote_en": {
            **text(
                "the curator's English rendering of the quote (not the report's words), on "
                "one line, stating every number the quote writes and no other"
            ),
            "pattern": "^[^\\n\\r\\u000b\\u000c\\u001c-\\u001e\\u0085\\u2028\\u2029]*$",
        },
        "note": {"type": "string", "description": "where curation made a judgement"},
        "formula": text("derived only: arithmetic (+ - * /, parentheses) over {fact-id}s"),
        "decimals": {"type": "integer", "minimum": 0, "maximum": 10, "default": 2},
        "qualifier": {
            "enum": list(QUALIFIERS),
            "description": "over (突破), nearly (近), about (约); exact for a derived sum",
        },
        "errata": {
            "type": "array",
            "description": "slips in the quote, marked where it is shown",
            "items": _closed(
                ERRATUM_KEYS,
                {
                    "text": text("text that stands in the quote"),
                    "correction": text("what it should read"),
                },
                required=ERRATUM_KEYS,
            ),
        },
    }
    assert set(fact_properties) == set(FACT_KEYS)
    numeric = ["unit", "measure"]
    fact = _closed(FACT_KEYS, fact_properties, required=("id", "label", "period", "section"))
    fact["dependentRequired"] = {"quote_en": ["quote"]}  # a rendering needs its quote
    fact["allOf"] = [
        _when("figure", required=["value", "quote", *numeric], forbidden=["formula", "decimals"]),
        _when("derived", required=["formula", *numeric], forbidden=["value"]),
        _when("event", required=["quote"], forbidden=["value", "formula", "decimals", *numeric]),
        _when(
            "statement", required=["quote"], forbidden=["value", "formula", "decimals", *numeric]
        ),
    ]
    top_properties: dict[str, Any] = {
        "source": _closed(
            SOURCE_KEYS,
            {
                "title": text("the report's title"),
                "title_en": text("an English rendering of the title"),
                "issuer": text("who issued the report"),
                "year": {"type": "integer"},
                "language": text("the report's language, e.g. zh-Hans"),
                "report": text("the report's text file, relative to this file"),
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            },
            required=("title", "issuer", "year", "language", "report", "sha256"),
        ),
        "sections": {
            "type": "array",
            "description": "the report's ● headings, in report order",
            "items": _closed(
                SECTION_KEYS,
                {
                    "id": {**text("lowercase ASCII kebab-case"), "pattern": kebab},
                    "zh": text("the heading, verbatim, without the leading ● "),
                    "en": text("the heading in English"),
                    "heading": {
                        "type": "boolean",
                        "description": "false for the text before the first heading",
                    },
                },
                required=("id", "zh", "en"),
            ),
        },
        "entities": {
            "type": "array",
            "description": "companies and bodies facts name, with English names",
            "items": _closed(
                ENTITY_KEYS,
                {
                    "zh": text("as the report writes it"),
                    "en": text("its English name"),
                    "aliases": texts,
                    "kind": {
                        "enum": list(ENTITY_KINDS),
                        "description": "enterprise (default), body or place",
                    },
                },
                required=("zh", "en"),
            ),
        },
        "facts": {"type": "array", "items": {"$ref": "#/$defs/fact"}},
        "exclusions": {
            "type": "array",
            "description": "what `jzfacts coverage` may leave uncovered, each with a reason",
            "items": _closed(
                EXCLUSION_KEYS,
                {
                    "text": text("a passage of the report"),
                    "kind": {"enum": list(EXCLUSION_KINDS), "default": "figure"},
                    "why": text("why no fact states it"),
                },
                required=("text", "why"),
            ),
        },
    }
    document = _closed(TOP_KEYS, top_properties, required=("source", "sections", "facts"))
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "jzfacts fact base (facts.yaml)",
        "description": "A curated fact base checked against its report; see docs/fact-base.md.",
        **document,
        "$defs": {
            "label": _closed(
                LABEL_KEYS,
                {"zh": text("Chinese label"), "en": text("English label")},
                required=LABEL_KEYS,
            ),
            "fact": fact,
        },
    }


def _closed(
    keys: tuple[str, ...], properties: dict[str, Any], required: tuple[str, ...]
) -> dict[str, Any]:
    assert set(properties) == set(keys), (sorted(properties), sorted(keys))
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
    }


def _when(kind: str, required: list[str], forbidden: list[str]) -> dict[str, Any]:
    # A fact with no kind is a figure.
    condition: dict[str, Any] = {"required": ["kind"], "properties": {"kind": {"const": kind}}}
    if kind == "figure":
        condition = {
            "anyOf": [{"not": {"required": ["kind"]}}, {"properties": {"kind": {"const": kind}}}]
        }
    return {
        "if": condition,
        "then": {
            "required": required,
            "not": {"anyOf": [{"required": [key]} for key in forbidden]},
        },
    }


def schema_text() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"
