"""compare: units brought together, ratios and differences, on the mini base
(tests/data/mini); README's examples on the curated base are re-run by test_readme."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from jzfacts import factbase, files, query
from jzfacts.errors import UsageError
from jzfacts.model import FactBase
from tests.conftest import MINI, invoke_cli


@pytest.fixture(scope="module")
def base() -> FactBase:
    return factbase.load(files.locate(str(MINI)), use_cache=False)


def rows(base: FactBase, *ids: str) -> list[query.CompareRow]:
    return list(query.compare(base, [base.by_id[i] for i in ids]).rows)


def test_money_against_money(base: FactBase) -> None:
    part, whole = rows(base, "xinghe-output", "industrial-output")  # two output values
    assert part.ratio == 1 and part.difference == 0
    assert whole.ratio == 4 and whole.difference == 90 and whole.difference_unit == "亿元"
    assert whole.base_amount == Decimal("12000000000") and whole.base_unit == "元"
    assert whole.qualifier == "over"  # 突破120亿元: the ratio and difference are hedged too


def test_gdp_and_an_output_value_are_not_compared(base: FactBase) -> None:
    """GDP is value added, an output value gross output: both in 亿元, never a ratio."""
    _, output = rows(base, "gdp", "industrial-output")
    assert output.ratio is None and output.difference is None
    assert output.note is not None and "different measures" in output.note


def test_a_smaller_value_gives_a_negative_difference(base: FactBase) -> None:
    _, part = rows(base, "industrial-output", "xinghe-output")
    assert part.ratio == Decimal("0.25") and part.difference == -90


def test_a_derived_fact_compares_like_a_stated_one(base: FactBase) -> None:
    _, derived = rows(base, "industrial-output", "other-industrial-output")
    assert derived.ratio == Decimal("0.75") and derived.difference == -30


def test_counts_compare_with_counts(base: FactBase) -> None:
    _, total = rows(base, "high-tech-enterprises", "above-scale-enterprises")
    assert total.ratio is not None and round(total.ratio, 4) == Decimal("8.3333")
    assert total.difference == 264 and total.difference_unit == "户"


def test_a_growth_rate_and_a_share_are_not_compared(base: FactBase) -> None:
    """Both in %, but a share of a whole and a growth rate are different measures."""
    _, share = rows(base, "gdp-growth", "high-tech-share")
    assert share.ratio is None and share.difference is None
    assert share.note == (
        "share (high-tech-share) and growth rate (gdp-growth) are different measures: "
        "side by side, not compared"
    )
    assert (
        share.note_zh
        == "占比（high-tech-share）与增速（gdp-growth）是不同的指标，只并列列出，不作比较"
    )


def test_percent_and_points_are_not_commensurable(base: FactBase) -> None:
    _, gap = rows(base, "gdp-growth", "xinghe-growth-contribution")
    assert gap.ratio is None and gap.difference is None
    assert gap.note == "a percentage and a percentage-point change are different measures"


def test_money_and_counts_are_side_by_side_with_a_reason(base: FactBase) -> None:
    _, count = rows(base, "gdp", "high-tech-enterprises")
    assert count.ratio is None
    assert count.note == "户 (enterprises) and 亿元 (money) measure different things"


def test_an_event_has_nothing_to_compare(base: FactBase) -> None:
    _, event = rows(base, "gdp", "first-hydrogen-truck")
    assert event.note == "first-hydrogen-truck has no value (it is an event)"


def test_compare_needs_two(base: FactBase) -> None:
    with pytest.raises(UsageError):
        query.compare(base, [base.by_id["gdp"]])


OUTPUTS = ["xinghe-output", "industrial-output"]


def test_compare_json_shape() -> None:
    result = invoke_cli("--data", str(MINI), "compare", *OUTPUTS, "--json")
    doc = json.loads(result.stdout)
    assert doc["base"] == OUTPUTS[0]
    second = doc["items"][1]
    assert (second["id"], second["ratio"], second["difference"], second["difference_unit"]) == (
        "industrial-output",
        4,
        90,
        "亿元",
    )


def test_compare_table_has_a_chart() -> None:
    result = invoke_cli(
        "--data", str(MINI), "compare", *OUTPUTS, "-f", "table", env={"COLUMNS": "120"}
    )
    out = result.stdout.decode()
    assert "over 4×" in out and "over +90亿元" in out
    assert "values on one scale" in out and "█" in out


def test_compare_unknown_name_is_not_found() -> None:
    result = invoke_cli("--data", str(MINI), "compare", "gdp", "gpd")
    assert result.returncode == 1 and result.stdout == b""
    assert result.stderr == b"jzfacts: no fact named 'gpd'; did you mean: gdp?\n"
