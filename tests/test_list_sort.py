"""`list` ranks and filters: the engine (query.select / query.rank / query.parse_period)
on small made-up bases, and the command on the packaged one."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from jzfacts import query
from jzfacts.cli import app
from jzfacts.errors import NotFoundError, UsageError
from jzfacts.factbase import load
from jzfacts.files import locate
from jzfacts.measures import MEASURES
from jzfacts.model import Fact, FactBase, Kind, Label
from jzfacts.query import Period


@pytest.fixture(scope="module")
def base() -> FactBase:
    return load(locate(None), use_cache=False)


def figure(
    fact_id: str, value: str | None, unit: str | None, measure: str | None, period: str = "2022"
) -> Fact:
    kind = Kind.FIGURE if value is not None else Kind.EVENT
    return Fact(
        fact_id,
        kind,
        Label(fact_id, fact_id),
        (),
        value,
        unit,
        period,
        "economic-recovery",
        (),
        (),
        "quote",
        None,
        measure=measure,
    )


def ids(facts: list[Fact]) -> list[str]:
    return [f.id for f in facts]


def listed(runner: CliRunner, *args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["list", *args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    records: list[dict[str, Any]] = json.loads(result.stdout)
    return records


# --- the engine -----------------------------------------------------------------------------


def test_amount_ranks_across_scales_where_the_stated_value_does_not(base: FactBase) -> None:
    money = base.with_facts(
        (
            figure("a-yuan", "5000", "元", "funds"),
            figure("b-wan", "9999", "万元", "funds"),  # 99,990,000 元
            figure("c-yi", "1", "亿元", "funds"),  # 100,000,000 元
            figure("d-event", None, None, None),
        )
    )
    facts = list(money.facts)
    assert ids(query.rank(facts, "amount", descending=True)) == [
        "c-yi",
        "b-wan",
        "a-yuan",
        "d-event",
    ]
    assert ids(query.rank(facts, "value", descending=True)) == [
        "b-wan",
        "a-yuan",
        "c-yi",
        "d-event",
    ]
    # No number last in both directions.
    assert ids(query.rank(facts, "amount")) == ["a-yuan", "b-wan", "c-yi", "d-event"]


def test_vehicle_counts_rank_across_wan_liang_and_liang(base: FactBase) -> None:
    vehicles = base.with_facts(
        (
            figure("trucks", "500", "台", "production"),
            figure("cars", "1.2", "万辆", "production"),  # 12,000
            figure("buses", "11999", "辆", "production"),
        )
    )
    top = query.rank(list(vehicles.facts), "amount", descending=True, limit=2)
    assert ids(top) == ["cars", "buses"]


def test_ties_keep_report_order_in_both_directions(base: FactBase) -> None:
    tied = base.with_facts(
        (
            figure("first", "7", "户", "count"),
            figure("second", "7", "家", "count"),
            figure("third", "8", "户", "count"),
        )
    )
    facts = list(tied.facts)
    assert ids(query.rank(facts, "amount")) == ["first", "second", "third"]
    assert ids(query.rank(facts, "amount", descending=True)) == ["third", "first", "second"]


def test_amounts_of_different_kinds_are_not_ranked_together(base: FactBase) -> None:
    mixed = base.with_facts(
        (figure("money", "1", "亿元", "funds"), figure("share", "85", "%", "share"))
    )
    with pytest.raises(UsageError) as caught:
        query.rank(list(mixed.facts), "amount")
    assert "money (1)" in str(caught.value) and "percent (1)" in str(caught.value)
    # Ranking by the stated number is always possible.
    assert ids(query.rank(list(mixed.facts), "value")) == ["money", "share"]


def test_period_order_is_by_the_periods_end(base: FactBase) -> None:
    dated = base.with_facts(
        (
            figure("year-end", "1", "户", "count", "2022-12"),
            figure("year", "1", "户", "count", "2022"),
            figure("june", "1", "户", "count", "2022-06"),
            figure("april", "1", "户", "count", "2022-04"),
            figure("last-year", "1", "户", "count", "2021"),
        )
    )
    facts = list(dated.facts)
    assert ids(query.rank(facts, "period")) == [
        "last-year",
        "april",
        "june",
        "year",
        "year-end",
    ]
    assert ids(query.rank(facts, "period", descending=True))[0] == "year-end"


def test_no_sort_key_keeps_report_order_and_desc_reverses_it(base: FactBase) -> None:
    facts = list(base.facts)
    assert query.rank(facts) == facts
    assert query.rank(facts, descending=True, limit=3) == facts[::-1][:3]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2022", "2022-01", "2022-12"),
        ("2022-06", "2022-06", "2022-06"),
        ("2022-6", "2022-06", "2022-06"),
        ("２０２２-０４..2022-06", "2022-04", "2022-06"),  # full-width digits (NFKC)
        ("2021..2022-03", "2021-01", "2022-03"),
        (" 2022-04 .. 2022-06 ", "2022-04", "2022-06"),
    ],
)
def test_periods_as_people_write_them(text: str, first: str, last: str) -> None:
    assert query.parse_period(text) == Period(first, last)


@pytest.mark.parametrize(
    "text",
    ["", "22", "2022-13", "2022-00", "2022-06..", "..2022", "2022/06", "June 2022", "2022-1x"],
)
def test_malformed_periods_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError, match="a period is a year"):
        query.parse_period(text)


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(UsageError, match="ends before it starts"):
        query.parse_period("2022-06..2022-04")


@given(
    st.integers(min_value=1900, max_value=2100),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=12),
)
def test_a_month_lies_in_its_year_and_in_any_range_around_it(
    year: int, month: int, other: int
) -> None:
    lo, hi = sorted((month, other))
    inside = query.parse_period(f"{year}-{month:02d}")
    around = query.parse_period(f"{year}-{lo}..{year}-{hi}")
    whole = query.parse_period(str(year))
    assert whole.first <= inside.first <= inside.last <= whole.last
    assert around.first <= inside.first and inside.last <= around.last


def test_period_filter_takes_what_lies_inside(base: FactBase) -> None:
    spring = query.select(base, period="2022-04..2022-06")
    assert spring and {f.period for f in spring} <= {"2022-04", "2022-05", "2022-06"}
    # The whole year holds the year's figures and its months (2022-12 is 年底).
    year = query.select(base, period="2022")
    assert {f.period for f in year} >= {"2022", "2022-04", "2022-12"}
    # A yearly figure does not lie inside June.
    assert all(
        f.period == "2022-06" for f in query.select(base, period=query.Period("2022-06", "2022-06"))
    )


def test_filters_combine(base: FactBase) -> None:
    facts = query.select(base, measure="output-value", unit="亿元", entity="Geely")
    assert ids(facts) == ["geely-output"]
    assert query.select(base, kind="derived", period="2021") == []


def test_entity_by_english_name_or_part_of_the_chinese_one(base: FactBase) -> None:
    english = set(ids(query.select(base, entity="Geely Auto")))
    part = set(ids(query.select(base, entity="吉利")))
    assert "geely-output" in english and english == part


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"section": " "}, "an empty section name"),
        ({"tag": ""}, "an empty tag"),
        ({"entity": ""}, "an empty entity name"),
        ({"unit": "kg"}, "unknown unit 'kg'"),
        ({"measure": "size"}, "unknown measure 'size'"),
        ({"kind": "opinion"}, "unknown kind 'opinion'"),
        ({"period": "soon"}, "a period is"),
    ],
)
def test_engine_errors_name_no_flag(base: FactBase, filters: dict[str, Any], message: str) -> None:
    with pytest.raises(UsageError) as caught:
        query.select(base, **filters)
    assert str(caught.value).startswith(message)
    assert "--" not in str(caught.value)


def test_rank_errors_name_no_flag(base: FactBase) -> None:
    for call in (
        lambda: query.rank(list(base.facts), "size"),
        lambda: query.rank(list(base.facts), "amount"),
        lambda: query.rank(list(base.facts), limit=0),
    ):
        with pytest.raises(UsageError) as caught:
            call()
        assert "--" not in str(caught.value)


def test_unknown_section_is_not_found(base: FactBase) -> None:
    with pytest.raises(NotFoundError, match="no section 'nowhere'; sections are: intro"):
        query.select(base, section="nowhere")


# --- the command ----------------------------------------------------------------------------


def test_the_five_largest_output_values(runner: CliRunner) -> None:
    top = listed(runner, "--measure", "output-value", "--sort", "amount", "--desc", "--limit", "5")
    assert len(top) == 5 and {r["measure"] for r in top} == {"output-value"}
    amounts = [r["amount"]["value"] for r in top]
    assert amounts == sorted(amounts, reverse=True)
    every = listed(runner, "--measure", "output-value")
    assert max(r["amount"]["value"] for r in every) == amounts[0]


def test_value_sort_puts_facts_without_a_number_last(runner: CliRunner) -> None:
    ranked = listed(runner, "--sort", "value", "--desc")
    values = [r["value"] for r in ranked]
    numbered = [v for v in values if v is not None]
    assert values[: len(numbered)] == sorted(numbered, reverse=True)
    assert all(v is None for v in values[len(numbered) :])


def test_unit_measure_and_period_filters(runner: CliRunner) -> None:
    assert {r["unit"] for r in listed(runner, "--unit", "亿元")} == {"亿元"}
    assert {r["unit"] for r in listed(runner, "--unit", "％")} == {"%"}
    assert {r["period"] for r in listed(runner, "--period", "2022-12")} == {"2022-12"}
    shares = listed(runner, "--measure", "SHARE", "--sort", "value")
    assert [r["value"] for r in shares] == sorted(r["value"] for r in shares)


def test_sorted_by_period_the_ends_never_go_back(runner: CliRunner) -> None:
    def end(period: str) -> str:
        return period if "-" in period else f"{period}-12"

    ends = [end(r["period"]) for r in listed(runner, "--sort", "period")]
    assert ends == sorted(ends)


def test_id_sort_and_limit(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["list", "--sort", "id", "--desc", "-n", "3", "-f", "value", "--field", "id"]
    )
    got = result.stdout.split()
    everything = runner.invoke(app, ["list", "-f", "value", "--field", "id"]).stdout.split()
    assert got == sorted(everything, reverse=True)[:3]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (
            ["--kind", "opinion"],
            "'opinion' is not one of 'figure', 'derived', 'event', 'statement'",
        ),
        (["--measure", "size"], "'size' is not one of 'gdp', 'output-value'"),
        (["--sort", "size"], "'size' is not one of 'value', 'amount', 'period', 'id'"),
        (["--limit", "0"], "--limit"),
        (["--period", "2022-13"], "a period is a year (2022), a month (2022-06)"),
        (["--unit", "kg"], "unknown unit 'kg'"),
        (["--sort", "amount"], "amounts of different kinds cannot be ranked together"),
    ],
)
def test_bad_requests_are_usage_errors_on_one_line(
    runner: CliRunner, args: list[str], needle: str
) -> None:
    result = runner.invoke(app, ["list", *args])
    assert result.exit_code == 2 and result.stdout == ""
    assert needle in result.stderr
    if not args[0].startswith(("--kind", "--measure", "--sort", "--limit")) or "amount" in args:
        # Our own messages are one line (Typer's own are one line only through main()).
        assert result.stderr.startswith("jzfacts: ") and result.stderr.count("\n") == 1


def test_measure_choices_come_from_measures_py(runner: CliRunner) -> None:
    help_text = runner.invoke(app, ["list", "--help"], env={"COLUMNS": "400"}).stdout
    assert "<" + "|".join(MEASURES) + ">" in help_text


def test_valid_filters_with_no_fact_are_loud(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--unit", "万元"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "jzfacts: no facts match those filters\n"
