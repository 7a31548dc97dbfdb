"""compare: units brought together, ratios and differences, the README examples."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from jzfacts import factbase, files, query
from jzfacts.cli import app
from jzfacts.errors import UsageError
from jzfacts.model import FactBase


@pytest.fixture(scope="module")
def base() -> FactBase:
    return factbase.load(files.locate(None), use_cache=False)


def rows(base: FactBase, *ids: str) -> list[query.CompareRow]:
    return list(query.compare(base, [base.by_id[i] for i in ids]).rows)


def test_money_against_money(base: FactBase) -> None:
    # two output values (GDP is another measure: tests/test_lang.py)
    large, sei = rows(base, "enterprises-output-over-100m-output", "strategic-emerging-output")
    assert large.ratio == 1 and large.difference == 0
    assert sei.ratio is not None and round(sei.ratio, 2) == Decimal("2.18")
    assert sei.difference == Decimal("155.91") and sei.difference_unit == "亿元"
    assert sei.base_amount == Decimal("28767000000") and sei.base_unit == "元"


def test_geely_against_the_38_large_enterprises(base: FactBase) -> None:
    _, geely = rows(base, "enterprises-output-over-100m-output", "geely-output")
    assert geely.ratio is not None and round(geely.ratio, 2) == Decimal("1.70")
    assert geely.difference == Decimal("92.24")


def test_percentage_points_compare_as_points(base: FactBase) -> None:
    _, pharma = rows(base, "baixiang-food-growth-contribution", "huawei-pharma-growth-contribution")
    assert pharma.difference == Decimal("7.58") and pharma.difference_unit == "个百分点"
    assert pharma.ratio is not None and round(pharma.ratio, 2) == Decimal("1.43")


def test_counts_compare_with_counts(base: FactBase) -> None:
    _, provincial = rows(base, "national-little-giants", "provincial-little-giants")
    assert provincial.ratio == Decimal("3.4") and provincial.difference == 12


def test_percent_and_points_are_not_commensurable(base: FactBase) -> None:
    _, gap = rows(base, "strategic-emerging-output-growth", "strategic-emerging-growth-above-gdp")
    assert gap.ratio is None and gap.difference is None
    assert gap.note == "a percentage and a percentage-point change are different measures"


def test_money_and_counts_are_side_by_side_with_a_reason(base: FactBase) -> None:
    _, count = rows(base, "gdp", "high-tech-enterprises")
    assert count.ratio is None
    assert count.note == "户 (enterprises) and 亿元 (money) measure different things"


def test_an_event_has_nothing_to_compare(base: FactBase) -> None:
    _, event = rows(base, "gdp", "first-methanol-heavy-truck")
    assert event.note is not None and "has no value" in event.note


def test_compare_needs_two(base: FactBase) -> None:
    with pytest.raises(UsageError):
        query.compare(base, [base.by_id["gdp"]])


OUTPUTS = ["enterprises-output-over-100m-output", "strategic-emerging-output"]


def test_compare_json_shape() -> None:
    result = CliRunner().invoke(app, ["compare", *OUTPUTS, "--json"])
    doc = json.loads(result.stdout)
    assert doc["base"] == OUTPUTS[0]
    second = doc["items"][1]
    assert (second["id"], second["ratio"], second["difference"], second["difference_unit"]) == (
        "strategic-emerging-output",
        2.1833,
        155.91,
        "亿元",
    )


def test_compare_table_has_a_chart() -> None:
    result = CliRunner().invoke(app, ["compare", *OUTPUTS, "-f", "table"], env={"COLUMNS": "120"})
    assert "2.18×" in result.stdout and "+155.91亿元" in result.stdout
    assert "values on one scale" in result.stdout and "█" in result.stdout


def test_compare_unknown_name_is_not_found() -> None:
    result = CliRunner().invoke(app, ["compare", "gdp", "gpd"])
    assert result.exit_code == 1 and result.stdout == ""
