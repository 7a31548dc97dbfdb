"""The units a fact may carry, their scales, and how amounts read in plain English.

Values keep the unit the report states (143 亿元, 11.15 万辆); a unit's scale brings
commensurable amounts together (亿元 = 10^8 元, SDMX's UNIT_MULT), and its dimension
says what may be compared with what. A percentage is not a percentage point.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from decimal import Decimal


class Unit(NamedTuple):
    symbol: str
    dimension: str  # what it measures; only equal dimensions compare
    exponent: int  # the unit is 10**exponent of the dimension's base unit
    base: str  # the dimension's base unit, e.g. 元
    en: str  # English name of the base unit, plural


MONEY, VEHICLES = "money", "vehicles"
PERCENT, POINTS, RANK = "percent", "percentage points", "rank"
# Dimensions that count things: a count of any of them compares with a count of another
# as a number (12 projects, 10 centres).
COUNTS = frozenset({"count", "enterprises", "items", "people", VEHICLES})

UNITS: dict[str, Unit] = {
    u.symbol: u
    for u in (
        Unit("亿元", MONEY, 8, "元", "yuan"),
        # The methanol headline writes 产值突破200亿: 元 is implied.
        Unit("亿", MONEY, 8, "元", "yuan"),
        Unit("万元", MONEY, 4, "元", "yuan"),
        Unit("元", MONEY, 0, "元", "yuan"),
        Unit("万辆", VEHICLES, 4, "辆", "vehicles"),
        Unit("辆", VEHICLES, 0, "辆", "vehicles"),
        # 台 counts machines; in the report it counts vehicles (500台甲醇重卡).
        Unit("台", VEHICLES, 0, "辆", "vehicles"),
        Unit("户", "enterprises", 0, "户", "enterprises"),
        Unit("家", "enterprises", 0, "户", "enterprises"),
        Unit("个", "count", 0, "个", ""),
        Unit("项", "items", 0, "项", "items"),
        Unit("人", "people", 0, "人", "people"),
        Unit("名", "people", 0, "人", "people"),
        Unit("年", "years", 0, "年", "years"),
        # A place in a ranking: 全市排名第一 is rank 1 (shown as 第1, "1st").
        Unit("位", RANK, 0, "位", "place"),
        Unit("%", PERCENT, 0, "%", "percent"),
        Unit("个百分点", POINTS, 0, "个百分点", "percentage points"),
    )
}


_SINGULAR = {
    "people": "person", "enterprises": "enterprise", "vehicles": "vehicle", "units": "unit",
    "items": "item", "years": "year", "yuan": "yuan",
}  # fmt: skip


def base_amount(value: Decimal, unit: Unit) -> Decimal:
    """The value in its dimension's base unit (143 亿元 -> 14300000000 元)."""
    return value.scaleb(unit.exponent)


def scaled_text(value_text: str, exponent: int) -> str:
    """A decimal numeral times 10**exponent, exactly, as a numeral without trailing
    zeros: ("143", 8) -> "14300000000", ("11.15", 4) -> "111500", ("143", -1) -> "14.3".
    String arithmetic, so that showing a fact needs no `decimal` (a millisecond of every
    start)."""
    sign = "-" if value_text.startswith("-") else ""
    whole, _, fraction = value_text.lstrip("-").partition(".")
    digits = whole + fraction
    point = len(whole) + exponent
    if point <= 0:
        whole, fraction = "0", "0" * -point + digits
    elif point >= len(digits):
        whole, fraction = digits + "0" * (point - len(digits)), ""
    else:
        whole, fraction = digits[:point], digits[point:]
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    text = f"{whole}.{fraction}" if fraction else whole
    return "0" if text == "0" else sign + text


def plain_english(value_text: str, unit: Unit) -> str:
    """How a reader outside China would write the amount: 14.3 billion yuan, 111,500 vehicles."""
    if unit.dimension == PERCENT:
        return f"{scaled_text(value_text, 0)}%"
    if unit.dimension == POINTS:
        return f"{scaled_text(value_text, 0)} percentage points"
    if unit.dimension == RANK:
        return ordinal(scaled_text(value_text, 0))
    amount = scaled_text(value_text, unit.exponent)
    noun = f" {unit.en}" if unit.en else ""
    if amount == "1" and unit.en in _SINGULAR:
        noun = f" {_SINGULAR[unit.en]}"
    whole_digits = len(amount.lstrip("-").partition(".")[0].lstrip("0"))
    for exponent, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        if whole_digits > exponent:
            return f"{scaled_text(amount, -exponent)} {word}{noun}"
    if "." not in amount:
        return f"{int(amount):,}{noun}"
    return f"{amount}{noun}"


def ordinal(number: str) -> str:
    """1 -> 1st, 2 -> 2nd, 11 -> 11th, 23 -> 23rd (a place in a ranking)."""
    if not number.isdigit():
        return number
    last_two = int(number) % 100
    suffix = "th" if 11 <= last_two <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(last_two % 10, "th")
    return f"{number}{suffix}"


def needs_plain_form(unit: Unit) -> bool:
    """Units whose stated form a non-Chinese reader must convert (亿元, 万辆)."""
    return unit.exponent != 0
