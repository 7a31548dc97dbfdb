"""`ask` answers only the question asked: the measure, the subject, superlatives,
comparisons and periods; everything else is declined with its reason."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from jzfacts import answer, factbase, files
from jzfacts.cli import app
from jzfacts.model import FactBase


@pytest.fixture(scope="module")
def base() -> FactBase:
    return factbase.load(files.locate(None), use_cache=False)


def asked(runner: CliRunner, *question: str) -> dict[str, object]:
    result = runner.invoke(app, ["ask", *question, "--json"])
    document: dict[str, object] = json.loads(result.stdout)
    assert result.exit_code == (0 if document["answered"] else 1)
    return document


def test_an_output_value_is_not_answered_with_a_contribution_to_growth(
    runner: CliRunner,
) -> None:
    result = runner.invoke(app, ["ask", "白象食品产值是多少"])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "jzfacts: 报告未给出白象食品的产值。报告中相关的数据有：2022年白象食品拉动食品行业"
        "规上工业总产值增长17.77个百分点"
    )
    # Listed as related, never given as the answer.
    assert result.stdout.split("\t")[1] == "baixiang-food-growth-contribution"
    document = asked(runner, "白象食品产值是多少")
    assert (document["reason"], document["measure"], document["fact"]) == (
        "unstated-measure",
        "output-value",
        None,
    )


def test_the_same_in_english(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "What was Baixiang Food's output value?"])
    assert result.exit_code == 1
    assert result.stderr.startswith("jzfacts: The report does not state the output value of ")
    assert "Related: Baixiang Food's contribution" in result.stderr


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("全区工业增加值是多少亿元", "unstated-measure"),  # not Geely's 27.26-point pull
        ("产出强度是多少", "unstated-measure"),  # an indicator named without a value
        ("转型项目投资占比", "unstated-measure"),
        ("investment in the 12 technical-upgrade projects", "unstated-measure"),
        ("吉利汽车利润", "unstated-measure"),
        ("2021年GDP", "unstated-measure"),
        ("How many employees does Geely have?", "unstated-measure"),
        ("扶持资金是多少", "ambiguous"),  # two separate support funds
        ("人口有多少", "no-match"),
        ("What is the weather like?", "no-match"),
    ],
)
def test_declined_with_the_reason(runner: CliRunner, question: str, reason: str) -> None:
    document = asked(runner, question)
    assert (document["answered"], document["reason"]) == (False, reason)
    assert document["message"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("地區生產總值是多少", "gdp"),  # Traditional Chinese
        ("吉利汽车产值", "geely-output"),
        ("GDP增速", "gdp-growth"),  # a growth rate of GDP, not GDP
        ("党建联盟有几个", "party-alliances-count"),  # the count, not the event
        ("亿元以上企业产值占全区比重", "enterprises-output-over-100m-output-share"),
        (
            "what share of total output came from enterprises above 100 million yuan",
            "enterprises-output-over-100m-output-share",  # not 25%, their share by number
        ),
        ("汾盾1号是哪家企业造的", "fendun-1-tbm"),  # question words never sink a name
        ("How many methanol heavy trucks were handed over?", "methanol-trucks-delivered"),
        ("思普瑞占全市比重", "national-little-giants-city-share"),  # a sound-alike name
    ],
)
def test_answered_with_the_fact_that_states_it(runner: CliRunner, question: str, fact: str) -> None:
    document = asked(runner, question)
    assert document["answered"], document["message"]
    assert document["fact"]["id"] == fact  # type: ignore[index]


def test_a_superlative_says_what_the_ranking_covers(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "哪个企业产值最高"])
    assert result.exit_code == 0
    first = result.stdout.splitlines()[0]
    assert first == "报告只列出了一项产值数据（吉利汽车产值），没有可供比较的其他数据。"
    assert "突破224亿元" in result.stdout


def test_a_comparison_compares_the_two_values(runner: CliRunner) -> None:
    document = asked(runner, "白象食品和华卫药业谁拉动得多")
    assert document["kind"] == "compare"
    ids = [f["id"] for f in document["facts"]]  # type: ignore[attr-defined]
    assert ids == ["huawei-pharma-growth-contribution", "baixiang-food-growth-contribution"]
    assert str(document["answer"]).startswith(
        "2022年华卫药业拉动医药行业规上工业总产值增长25.35个百分点，"
        "2022年白象食品拉动食品行业规上工业总产值增长17.77个百分点，前者高于后者。"
        "注意：两项数据的基数（各自的总量）不同"
    )
    levels = asked(runner, "省级和国家级小巨人哪个多")
    values = [f["value"] for f in levels["facts"]]  # type: ignore[attr-defined]
    assert values == [17, 5]
    english = asked(runner, "Which grew faster, strategic emerging industries or GDP?")
    assert [f["id"] for f in english["facts"]] == [  # type: ignore[attr-defined]
        "strategic-emerging-output-growth",
        "gdp-growth",
    ]


@pytest.mark.parametrize("question", ["六月发生了什么", "what happened in June"])
def test_a_period_question_lists_the_periods_facts(runner: CliRunner, question: str) -> None:
    document = asked(runner, question)
    assert document["kind"] == "period"
    ids = {f["id"] for f in document["facts"]}  # type: ignore[attr-defined]
    assert {"first-methanol-hybrid-sedan", "first-methanol-heavy-truck"} <= ids
    assert all(f["period"] == "2022-06" for f in document["facts"])  # type: ignore[attr-defined]


def test_the_engine_renders_nothing(base: FactBase) -> None:
    """answer.ask returns a record of what was found; sentences are render_ask's job."""
    result = answer.ask(base, "GDP是多少")
    assert result.answered and [f.id for f in result.facts] == ["gdp"]
    assert not hasattr(result, "sentence")
