"""What a figure measures: a closed list, so that a question and a fact can be matched on it.

A unit says how a number is counted (亿元, 户, %); a measure says what the number is
(an output value, a count, a share, a growth rate …). Two facts in 亿元 may be an output
value and a GDP, which must never be compared as if they were the same thing, and a
question asking for an output value must never be answered with a contribution to
growth. Every figure and derived fact names one measure from this list (docs/fact-base.md).
"""

from __future__ import annotations

from typing import NamedTuple

from jzfacts.units import MONEY, PERCENT, POINTS, RANK, VEHICLES

COUNTED = ("enterprises", "count", "items", "people", VEHICLES)
# Measures whose figures are relative to a whole of their own: two of them compare only
# with a warning that the wholes differ (华卫药业's 25.35 points are of pharma's growth,
# 白象食品's 17.77 of food's), and a ranking of them is listed, not read.
RELATIVE = frozenset({"growth-contribution", "share"})


class Measure(NamedTuple):
    id: str
    zh: str  # how a Chinese reader names it (报告未给出白象食品的产值)
    en: str  # how an English reader names it (Baixiang Food's output value)
    about: str  # what facts of this measure state, for the docs and --help
    dimensions: tuple[str, ...]  # the unit dimensions a figure of this measure is stated in


MEASURES: dict[str, Measure] = {
    m.id: m
    for m in (
        Measure(
            "gdp", "地区生产总值", "GDP", "the value added of the whole economy (GDP)", (MONEY,)
        ),
        Measure(
            "output-value", "产值", "output value", "gross output value (产值, 总产值)", (MONEY,)
        ),
        Measure(
            "value-added", "增加值", "value added", "value added of an industry (增加值)", (MONEY,)
        ),
        Measure(
            "production",
            "产量",
            "production",
            "physical output: vehicles built and the like",
            (VEHICLES, "count", "items"),
        ),
        Measure(
            "count",
            "数量",
            "number",
            "how many of something: enterprises, projects, people …",
            COUNTED,
        ),
        Measure(
            "share", "占比", "share", "a part as a percentage of a whole (占…的比重)", (PERCENT,)
        ),
        Measure(
            "growth-rate", "增速", "growth rate", "year-on-year growth, in percent", (PERCENT,)
        ),
        Measure(
            "growth-contribution",
            "拉动增长",
            "contribution to growth",
            "percentage points of an aggregate's growth owed to one part (拉动…增长)",
            (POINTS,),
        ),
        Measure(
            "growth-gap",
            "增速差",
            "growth gap",
            "percentage points between two growth rates (高于…增速)",
            (POINTS,),
        ),
        Measure(
            "funds",
            "资金",
            "funds",
            "money paid out to or returned to enterprises: support funds, tax refunds",
            (MONEY,),
        ),
        Measure("investment", "投资", "investment", "money invested (投资额)", (MONEY,)),
        Measure("rank", "排名", "rank", "a place in a ranking (第一 is rank 1)", (RANK,)),
        Measure("duration", "时长", "time span", "a length of time", ("years",)),
    )
}
