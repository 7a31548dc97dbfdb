"""Text helpers shared by the loader, the engine and the renderers."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import re

# Translation tables rather than regular expressions: compiling four patterns cost about
# a millisecond of every start.


def fold(text: str) -> str:
    """The form names are compared in: NFKC (full-width -> ASCII, U+3000 -> space),
    case-folded, with runs of white space collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# What may not reach a terminal raw from data, a query or a file name: C0 and C1 controls
# and DEL; bidi controls (embeddings, overrides, isolates, marks, U+061C); characters that
# draw nothing (Unicode's Default_Ignorable_Code_Point: U+200B, the soft hyphen U+00AD,
# word joiners, variation selectors, tag characters …), which can make two different
# strings look alike; line and paragraph separators; lone surrogates (file names and
# arguments that are not UTF-8).
_INVISIBLE = frozenset(
    (
        0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5,
        *range(0x180B, 0x1810), *range(0x200B, 0x2010), 0x2028, 0x2029,
        *range(0x202A, 0x202F), *range(0x2060, 0x2070), 0x3164,
        *range(0xFE00, 0xFE10), 0xFEFF, 0xFFA0, *range(0xFFF0, 0xFFFC),
        *range(0x1BCA0, 0x1BCA4), *range(0x1D173, 0x1D17B),
    )
)  # fmt: skip
_NAMED = {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}


def is_unsafe(code: int) -> bool:
    """Is this character one that is shown escaped (see above)?"""
    return (
        code < 0x20
        or 0x7F <= code < 0xA0
        or code in _INVISIBLE
        or 0xD800 <= code <= 0xDFFF
        or 0xE0000 <= code <= 0xE0FFF
    )


def _escape(code: int) -> str:
    if 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, as surrogateescape keeps it
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return _NAMED.get(code) or f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _json_escape(code: int) -> str:
    if code < 0x10000:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)  # JSON spells astral characters as a pair
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


class _Escapes(dict[int, "str | int"]):
    """A str.translate table filled in as characters are first seen: a complete table
    (some 6,000 entries) would cost about a millisecond of every start to build."""

    def __init__(self, escape: Callable[[int], str], fixed: dict[int, str], floor: int) -> None:
        super().__init__(fixed)
        self._escape = escape
        self._floor = floor  # characters below this are left alone (json.dumps escapes C0)

    def __missing__(self, code: int) -> str | int:
        value: str | int = self._escape(code) if code >= self._floor and is_unsafe(code) else code
        self[code] = value
        return value


_NEUTRAL = _Escapes(_escape, {}, 0)
_TSV = _Escapes(_escape, {ord("\\"): "\\\\"}, 0)
_JSON = _Escapes(_json_escape, {}, 0x7F)


def neutralise(text: str) -> str:
    """Unsafe characters shown as escapes (\\x1b, \\t, \\u202e, \\u200b), all else as is."""
    return text.translate(_NEUTRAL)


def tsv_field(text: str) -> str:
    """A TSV field: backslash, tab, newline and other controls escaped (\\\\, \\t, \\n, \\x1b)."""
    return text.translate(_TSV)


def json_safe(document: str) -> str:
    """JSON text with C1 controls, bidi, invisible and line-separator characters as \\u
    escapes.

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
    # is_cjk's ranges as one character class, searched in C (a question's words and a
    # base's names are tested hundreds of thousands of times a suite).
    # The class takes some 3 ms to compile: a process asking once (the CLI) loops instead,
    # and one asking many compiles it after its first thousand texts.
    global _CJK, _LOOPED
    if text.isascii():
        return False
    if _CJK is None:
        if _LOOPED < _LOOP_BEFORE_COMPILING:
            _LOOPED += 1
            return any(is_cjk(c) for c in text)
        import re

        _CJK = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002fa1f\uf900-\ufaff]")
    return _CJK.search(text) is not None


_CJK: re.Pattern[str] | None = None  # compiled on first use: `show` reads no Chinese
_LOOPED = 0
_LOOP_BEFORE_COMPILING = 1000


# The financial numerals (大写: 壹贰叁 … 拾佰仟) too, as cheques and formal dates write them
# (肆月, 陆月), in Simplified and Traditional forms.
_CN_VALUE = (
    {c: i for i, c in enumerate("零一二三四五六七八九")}
    | {c: i for i, c in enumerate("〇壹贰叁肆伍陆柒捌玖", start=0) if i}
    | {"〇": 0, "两": 2, "貳": 2, "參": 3, "叁": 3, "陸": 6}
)
_CN_UNIT = {
    "十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000,
    "拾": 10, "佰": 100, "仟": 1000, "萬": 10_000, "億": 100_000_000,
}  # fmt: skip
CN_FINANCIAL_NUMERALS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
# Every character of a Chinese numeral, everyday and financial.
CN_NUMERAL_CHARACTERS = "".join(_CN_VALUE) + "".join(_CN_UNIT)
# Each financial numeral as the everyday one (壹 -> 一, 拾 -> 十).
FINANCIAL_AS_PLAIN = {
    c: "零一二三四五六七八九"[_CN_VALUE[c]]
    if c in _CN_VALUE
    else "十百千"[len(str(_CN_UNIT[c])) - 2]
    for c in CN_FINANCIAL_NUMERALS
}


def parse_chinese_numeral(text: str) -> int | None:
    """七 -> 7, 二十 -> 20, 一千二百三十五 -> 1235, 一万一千一百万 -> 111000000; None for
    what is not a numeral (八五, digits side by side, are read elsewhere).
    A last digit straight after 百, 千, 万 or 亿 counts the unit below it, as speech
    shortens numbers (两百四 is 240, 一千二 1,200, 三万五 35,000); after 零 it is ones
    (二百零四 is 204)."""
    if not text:
        return None
    total, section, digit = 0, 0, None
    last_unit, after_zero, largest = 1, False, 1
    for char in text:
        if char in _CN_VALUE:
            if digit:
                return None  # 八五, 七八: two digits with no unit between (digits or a range)
            after_zero = after_zero or (digit is None and _CN_VALUE[char] == 0)
            digit = _CN_VALUE[char]
        elif char in _CN_UNIT:
            unit = _CN_UNIT[char]
            if unit >= 10_000:
                # (a digit right before 万 or 亿 is its own: 三亿五万 is 300,050,000)
                section += _ones(digit, last_unit if last_unit < 10_000 else 1, after_zero)
                if unit >= largest:
                    # 一万一千一百万: 11,100 ten-thousands, a scale over all said before it
                    # (三亿五千万: 5,000 of the smaller 万 after 亿, added)
                    total, largest = (total + section) * unit, unit
                else:
                    total += section * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit, after_zero, last_unit = None, False, unit
        else:
            return None
    return total + section + _ones(digit, last_unit, after_zero)


def _ones(digit: int | None, last_unit: int, after_zero: bool) -> int:
    """The last digit said, in the place below the unit before it (两百四: 4 tens), or as
    ones after 零 or a ten (二百零四, 二十四)."""
    if digit and last_unit >= 100 and not after_zero:
        return digit * (last_unit // 10)
    return digit or 0


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
