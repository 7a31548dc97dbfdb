"""The units a fact may carry, their scales, and how amounts read in plain English.

Values keep the unit the report states (143 亿元, 11.15 万辆); a unit's scale brings
commensurable amounts together (亿元 = 10^8 元, SDMX's UNIT_MULT), and its dimension
says what may be compared with what. A percentage is not a percentage point.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple


class Unit(NamedTuple):
    symbol: str
    dimension: str  # what it measures; only equal dimensions compare
    exponent: int  # the unit is 10**exponent of the dimension's base unit
    base: str  # the dimension's base unit, e.g. 元
    en: str  # English name of the base unit, plural


MONEY, VEHICLES = "money", "vehicles"
PERCENT, POINTS = "percent", "percentage points"

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


def _trim(d: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 14.300 -> 14.3."""
    text = f"{d.normalize():f}"
    return text


def plain_english(value: Decimal, unit: Unit) -> str:
    """How a reader outside China would write the amount: 14.3 billion yuan, 111,500 vehicles."""
    if unit.dimension == PERCENT:
        return f"{_trim(value)}%"
    if unit.dimension == POINTS:
        return f"{_trim(value)} percentage points"
    amount = base_amount(value, unit)
    noun = f" {unit.en}" if unit.en else ""
    if amount == 1 and unit.en in _SINGULAR:
        noun = f" {_SINGULAR[unit.en]}"
    for exponent, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        if abs(amount) >= Decimal(10) ** exponent:
            return f"{_trim(amount.scaleb(-exponent))} {word}{noun}"
    if amount == amount.to_integral_value():
        return f"{int(amount):,}{noun}"
    return f"{_trim(amount)}{noun}"


def needs_plain_form(unit: Unit) -> bool:
    """Units whose stated form a non-Chinese reader must convert (亿元, 万辆)."""
    return unit.exponent != 0
