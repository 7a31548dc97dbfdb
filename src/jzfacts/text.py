"""Text helpers shared by the loader, the engine and the renderers."""

from __future__ import annotations

import unicodedata

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


_CN_DIGITS = "零一二三四五六七八九"


def chinese_numeral(number: int) -> str:
    """How the report writes small whole numbers in Chinese (7 -> 七, 20 -> 二十)."""
    if number < 0 or number >= 10000:
        return str(number)
    if number < 10:
        return _CN_DIGITS[number]
    parts: list[str] = []
    for unit_value, unit_name in ((1000, "千"), (100, "百"), (10, "十")):
        digit, number = divmod(number, unit_value)
        if digit:
            parts.append(
                ("" if unit_value == 10 and not parts and digit == 1 else _CN_DIGITS[digit])
                + unit_name
            )
        elif parts and number:
            parts.append("零")
    if number:
        parts.append(_CN_DIGITS[number])
    text = "".join(parts)
    return text.replace("零零", "零")


_CN_VALUE = {c: i for i, c in enumerate(_CN_DIGITS)} | {"〇": 0, "两": 2}
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
