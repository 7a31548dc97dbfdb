"""formula.py on its own: parsing, exact values, rounding, and units (issue 12, 14).

The corpus of wrong-unit formulas runs through validation on the small fixture base in
tests/data/curation/mini, so that a change to the curated base moves none of it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from jzfacts import factbase, files, loader
from jzfacts.formula import (
    Bin,
    FormulaError,
    Neg,
    Num,
    Ref,
    UnitMismatch,
    describe,
    dim_of_unit,
    evaluate,
    inputs_of,
    is_sum,
    parse,
    round_to,
    same_unit,
    unit_of,
)
from jzfacts.model import Kind
from jzfacts.units import UNITS
from tests.conftest import FACTS

MINI = Path(__file__).parent / "data" / "curation" / "mini"
VALUES = {"a": Decimal("131.76"), "b": Decimal("33.1"), "c": Decimal("-0.004")}


def test_parse_builds_a_tree_with_precedence() -> None:
    assert parse("{a} + {b} * 2") == Bin("+", Ref("a"), Bin("*", Ref("b"), Num("2")))
    assert parse("-({a} - 1) / 4") == Bin("/", Neg(Bin("-", Ref("a"), Num("1"))), Num("4"))
    assert inputs_of("{a} / ({b} / 100) + {a}") == ("a", "b")


def test_evaluate_is_exact_decimal_arithmetic() -> None:
    assert evaluate("{a} / ({b} / 100)", VALUES.__getitem__).quantize(Decimal("0.01")) == Decimal(
        "398.07"
    )
    assert evaluate("0.1 + 0.2", VALUES.__getitem__) == Decimal("0.3")


@pytest.mark.parametrize(
    ("formula", "message"),
    [
        ("{a} / 0", "formula divides by zero"),
        ("({a} + 1", "unbalanced parentheses in formula"),
        ("{a} +", "formula ends too early"),
        ("{a} {b}", "unexpected '{b}' in formula"),
        ("", "formula is empty"),
        ("{A}", "unexpected '{A}' in formula"),
        ("(" * 25 + "1" + ")" * 25, "formula nests deeper than 20 levels"),
        ("1" * 501, "formula longer than 500 characters"),
    ],
)
def test_malformed_formulas_say_what_is_wrong(formula: str, message: str) -> None:
    with pytest.raises(FormulaError) as caught:
        evaluate(formula, VALUES.__getitem__)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("formula", "digit"),
    [("٣ + ３", "٣"), ("{a} + ３", "３"), ("𝟗", "𝟗"), ("1 + ٣", "٣")],
)
def test_non_ascii_digits_are_not_numbers(formula: str, digit: str) -> None:
    """The docs say decimal numbers; Python's \\d also matches Arabic-Indic, full-width
    and mathematical digits (issue 10)."""
    with pytest.raises(FormulaError) as caught:
        parse(formula)
    assert str(caught.value) == (
        f"{digit!r} (U+{ord(digit):04X}) is not an ASCII digit; write numbers in a formula with 0-9"
    )


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        ("-0.004", 2, "0.00"),
        ("-0.4", 0, "0"),
        ("-0.005", 2, "-0.01"),
        ("0.005", 2, "0.01"),
        ("2.5", 0, "3"),
        ("-2.5", 0, "-3"),
        ("10", 1, "10.0"),
        ("1E-12", 10, "0.0000000000"),
    ],
)
def test_rounding_is_half_up_and_never_negative_zero(value: str, decimals: int, text: str) -> None:
    assert round_to(Decimal(value), decimals) == text


def test_a_formula_rounding_to_zero_from_below_shows_zero() -> None:
    raw = evaluate("{c} * 1", VALUES.__getitem__)
    assert raw < 0 and round_to(raw, 2) == "0.00"


# --- units ---------------------------------------------------------------------------------

UNIT_OF = {
    "output": "亿元",
    "other-output": "亿元",
    "relief": "万元",
    "grant": "元",
    "firms": "户",
    "share": "%",
    "rate": "%",
    "gap": "个百分点",
    "cars": "万辆",
    "rank": "位",
}


def unit_named(fact_id: str) -> object:
    return UNITS[UNIT_OF[fact_id]]


@pytest.mark.parametrize(
    ("formula", "unit"),
    [
        ("{output} / {other-output} * 100", "%"),  # money ÷ money × 100 is a percentage
        ("{output} - {other-output}", "亿元"),  # money − money keeps the inputs' scale
        ("{rate} - {share}", "个百分点"),  # % − % is percentage points
        ("{rate} - {gap}", "%"),  # a rate less a gap is a rate
        ("{gap} + {gap}", "个百分点"),
        ("{firms} / ({share} / 100)", "户"),  # a count ÷ a share is a count
        ("{output} / ({share} / 100)", "亿元"),
        ("{output} * 10000 + {relief}", "万元"),  # × 10^4 turns 亿元 into 万元
        ("({output} + {other-output}) / 2", "亿元"),  # an average: a plain multiplier
        ("100 + {rate}", "%"),  # a bare number takes the other side's unit
        ("{firms} + 3", "户"),
        ("{cars} * 10000", "辆"),
        ("{rank} - 1", "位"),
    ],
)
def test_units_that_go_together(formula: str, unit: str) -> None:
    result = unit_of(formula, unit_named)  # type: ignore[arg-type]
    assert same_unit(result, UNITS[unit]), describe(result)


@pytest.mark.parametrize(
    ("formula", "message"),
    [
        ("{output} + {firms}", "the formula adds 亿元 and 户, which measure different things"),
        (
            "{output} - {relief}",
            "the formula subtracts 万元 from 亿元, which are counted in different scales "
            "(10^8 and 10^4); convert one first",
        ),
        (
            "{gap} - {rate}",
            "the formula subtracts % from 个百分点; a percentage is not a point difference",
        ),
        ("{share} + {firms}", "the formula adds % and 户, which measure different things"),
    ],
)
def test_units_that_do_not_go_together(formula: str, message: str) -> None:
    with pytest.raises(UnitMismatch) as caught:
        unit_of(formula, unit_named)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_describe_names_units_a_reader_knows() -> None:
    assert describe(unit_of("{output} / {other-output}", unit_named)) == "a ratio (no unit)"  # type: ignore[arg-type]
    assert describe(unit_of("{output} / {firms}", unit_named)) == "亿元/户"  # type: ignore[arg-type]
    assert describe(dim_of_unit(UNITS["个百分点"])) == "个百分点"
    assert describe(unit_of("{firms} / {share}", unit_named)) == "10^2 户"  # type: ignore[arg-type]


def test_every_derived_fact_of_the_packaged_base_has_consistent_units() -> None:
    base = factbase.load(files.locate(str(FACTS)), use_cache=False)
    derived = [f for f in base.facts if f.kind is Kind.DERIVED]
    assert len(derived) >= 5
    for fact in derived:
        assert fact.formula is not None and fact.unit is not None
        result = unit_of(fact.formula, lambda dep: UNITS[base.by_id[dep].unit or ""])
        assert same_unit(result, UNITS[fact.unit]), (fact.id, describe(result))


# --- the corpus of wrong-unit formulas, through validation ---------------------------------

WRONG_UNITS = [
    (
        "{support-funds} / {gdp} * 100",
        "亿元",
        "fact 'wrong': the formula gives %, but the fact's unit is 亿元",
    ),
    (
        "{gdp} + {above-scale}",
        "亿元",
        "fact 'wrong': the formula adds 亿元 and 户, which measure different things",
    ),
    (
        "{support-funds} + {rent-relief}",
        "亿元",
        "fact 'wrong': the formula adds 亿元 and 万元, which are counted in different scales "
        "(10^8 and 10^4); convert one first",
    ),
    (
        "{gdp-growth} - {big-firms-share}",
        "%",
        "fact 'wrong': the formula gives 个百分点, but the fact's unit is %",
    ),
    (
        "{big-firms} / {big-firms-share}",
        "户",
        "fact 'wrong': the formula gives 10^2 户, but the fact's unit is 户 (off by a factor "
        "of 10^2: a percentage needs ÷ 100 before it divides)",
    ),
    (
        "{big-firms} / {above-scale}",
        "%",
        "fact 'wrong': the formula gives a ratio (no unit), but the fact's unit is % (a ratio "
        "needs × 100 to be a percentage)",
    ),
    (
        "{gdp} * {gdp-growth}",
        "亿元",
        "fact 'wrong': the formula gives 10^6 元, but the fact's unit is 亿元 (off by a factor "
        "of 10^-2)",
    ),
    (
        "{support-funds} * 10000",
        "亿元",
        "fact 'wrong': the formula gives 万元, but the fact's unit is 亿元 (off by a factor of "
        "10^-4)",
    ),
    (
        "{gdp-growth} - {growth-gap}",
        "个百分点",
        "fact 'wrong': the formula gives %, but the fact's unit is 个百分点",
    ),
]


def _with_derived(tmp_path: Path, formula: str, unit: str) -> list[str]:
    text = (MINI / "facts.yaml").read_text(encoding="utf-8")
    measure = {"亿元": "funds", "户": "count", "%": "share", "个百分点": "growth-gap"}[unit]
    text = text.replace(
        "\nexclusions:",
        f"""  - id: wrong
    kind: derived
    label: {{zh: 错的, en: Wrong}}
    formula: "{formula}"
    unit: "{unit}"
    measure: {measure}
    period: "2023"
    section: economy

exclusions:""",
    )
    (tmp_path / "report.txt").write_bytes((MINI / "report.txt").read_bytes())
    (tmp_path / "facts.yaml").write_text(text, encoding="utf-8")
    return [
        f"{p.line}:{p.col}: {p.message} [{p.code}]"
        for p in loader.problems_in(files.locate(str(tmp_path / "facts.yaml")))
    ]


@pytest.mark.parametrize(("formula", "unit", "message"), WRONG_UNITS)
def test_a_wrong_unit_formula_is_a_located_error_naming_both_units(
    tmp_path: Path, formula: str, unit: str, message: str
) -> None:
    problems = _with_derived(tmp_path, formula, unit)
    assert len(problems) == 1, problems
    assert re.fullmatch(r"1[0-9]{2}:14: .* \[formula-units\]", problems[0]), problems
    assert problems[0].split(": ", 1)[1] == f"{message} [formula-units]"


def test_the_fixture_base_is_clean_and_its_derived_values_are_right() -> None:
    base = factbase.load(files.locate(str(MINI / "facts.yaml")), use_cache=False)
    values = {f.id: f.value_text for f in base.facts if f.kind is Kind.DERIVED}
    assert values == {"above-scale-inferred": "40", "funds-total": "12300", "growth-gap": "10.5"}


def test_a_derived_value_rounding_to_zero_from_below_is_zero(tmp_path: Path) -> None:
    """Issue 10: it printed -0.00 (and -0.0 in JSON)."""
    assert _with_derived(tmp_path, "{q1-investment} / 2000", "%") == []
    base = factbase.load(files.locate(str(tmp_path / "facts.yaml")), use_cache=False)
    assert base.by_id["wrong"].value_text == "0.00"


@pytest.mark.parametrize(
    ("formula", "summed"),
    [
        ("{a} + {b}", True),
        ("{a} + {b} + {c}", True),
        ("({a} + {b})", True),
        ("{a} - {b}", False),
        ("{a} + 1", False),
        ("{a} + {b} * 2", False),
        ("-{a} + {b}", False),
    ],
)
def test_a_plain_sum_of_facts_is_told_from_other_arithmetic(formula: str, summed: bool) -> None:
    assert is_sum(formula) is summed


@pytest.mark.parametrize(
    ("formula", "whole"),
    [
        ("{a} + {b}", True),
        ("{part} / ({share} / 100)", True),
        ("{rate} - {gap}", False),
        ("{a} * 2", False),
    ],
)
def test_a_whole_is_a_sum_or_a_part_over_its_share(formula: str, whole: bool) -> None:
    from jzfacts.formula import is_whole

    assert is_whole(formula) is whole
