"""Text helpers shared by the loader, the engine and the renderers."""

from __future__ import annotations

import unicodedata
from typing import Any

# Translation tables rather than regular expressions: compiling four patterns cost about
# a millisecond of every start.


def fold(text: str) -> str:
    """The form names are compared in: NFKC (full-width -> ASCII, U+3000 -> space),
    case-folded, with runs of white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, line/paragraph separators
# and the BOM: none of them may reach a terminal raw from data or a query.
_UNSAFE_CODES = [
    *range(0x00, 0x20),
    *range(0x7F, 0xA0),
    0x200E,
    0x200F,
    0x2028,
    0x2029,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
    0xFEFF,
]
_NAMED = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}


def _escape(code: int) -> str:
    return _NAMED.get(code) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


_NEUTRAL = {code: _escape(code) for code in _UNSAFE_CODES}
_TSV = {**_NEUTRAL, ord("\\"): "\\\\"}
_JSON = {code: f"\\u{code:04x}" for code in _UNSAFE_CODES if code >= 0x7F}


def neutralise(text: str) -> str:
    """Control characters shown as escapes (\\x1b, \\t, \\u202e), everything else as is."""
    return text.translate(_NEUTRAL)


def tsv_field(text: str) -> str:
    """A TSV field: backslash, tab, newline and other controls escaped (\\\\, \\t, \\n, \\x1b)."""
    return text.translate(_TSV)


def json_safe(document: str) -> str:
    """JSON text with C1 controls and bidi/line-separator characters as \\u escapes.

    ``json.dumps(ensure_ascii=False)`` escapes only C0 controls; a C1 CSI (U+009B) or a
    right-to-left override would otherwise reach a terminal raw. The result is the same
    JSON value.
    """
    return document.translate(_JSON)


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FA1F
        or 0xF900 <= code <= 0xFAFF
    )


def has_cjk(text: str) -> bool:
    return any(is_cjk(c) for c in text)


_CN_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def parse_chinese_numeral(text: str) -> int | None:
    """七 -> 7, 二十 -> 20, 一千二百三十五 -> 1235; None for what is not a numeral."""
    if not text:
        return None
    total, section, digit = 0, 0, None
    for char in text:
        if char in _CN_VALUE:
            digit = _CN_VALUE[char]
        elif char in _CN_UNIT:
            unit = _CN_UNIT[char]
            if unit >= 10_000:
                section = (section + (digit or 0)) * unit
                total += section
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + section + (digit or 0)


def kind_of(value: Any) -> str:
    """What a YAML value turned into, for messages: a date, a whole number, text …"""
    import datetime

    kinds: tuple[tuple[type, str], ...] = (
        (bool, "a boolean"),
        (int, "a whole number"),
        (float, "a decimal number"),
        (type(None), "empty"),
        (datetime.datetime, "a timestamp"),
        (datetime.date, "a date"),
        (list, "a list"),
        (dict, "a mapping"),
        (str, "text"),
    )
    for kind_type, name in kinds:
        if isinstance(value, kind_type):
            return name
    return type(value).__name__


def clip(text: str, limit: int = 60) -> str:
    """Long user text shortened for a one-line message."""
    return text if len(text) <= limit else text[:limit] + "…"
