"""Behaviour of each command through typer's CliRunner (in-process)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jzfacts import __version__
from jzfacts.cli import app
from tests.conftest import MINI, copy_base, invoke_cli, run_cli


def invoke(runner: CliRunner, *args: str, **kwargs: object) -> object:
    return runner.invoke(app, list(args), catch_exceptions=False, **kwargs)  # type: ignore[arg-type]


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"jzfacts {__version__}\n"


def test_show_gdp_json_carries_the_contract_fields(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "gdp", "--format", "json"])
    assert result.exit_code == 0
    [fact] = json.loads(result.stdout)
    assert fact["id"] == "gdp"
    assert fact["label"] == {"zh": "地区生产总值", "en": fact["label"]["en"]}
    assert fact["value"] == 143 and isinstance(fact["value"], int)
    assert fact["unit"] == "亿元"
    assert fact["period"] == "2022"
    assert fact["section"]["id"] == "economic-recovery"
    assert fact["quote"] == "地区生产总值完成143亿元"
    assert fact["plain"] == "14.3 billion yuan"
    assert fact["amount"] == {"value": 14300000000, "unit": "元"}


def test_show_resolves_aliases_and_labels_after_folding(runner: CliRunner) -> None:
    for name in ("GDP", "ｇｄｐ", "地区生产总值", "  Gdp  "):
        result = runner.invoke(app, ["show", name, "--format", "value", "--field", "id"])
        assert (result.exit_code, result.stdout) == (0, "gdp\n"), name


def test_show_value_format_prints_the_bare_values(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["show", "gdp", "geely-vehicles", "gdp-growth", "--format", "value"]
    )
    assert result.stdout == "143\n11.15\n10.0\n"


def test_show_unknown_name_suggests_and_exits_1(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "gpd"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "jzfacts: no fact named 'gpd'; did you mean: gdp?\n"


def test_show_prints_the_known_and_names_the_unknown(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["show", "gdp", "nosuchfact", "high-tech-enterprises", "-f", "value"]
    )
    assert result.exit_code == 1
    assert result.stdout == "143\n171\n"
    assert "no fact named 'nosuchfact'" in result.stderr


def test_show_card_on_a_table(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "gdp-growth", "--format", "table"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    out = result.stdout
    assert "约10.0%  (about 10%)" in out
    assert "derived — computed, not stated" in out
    assert "战略性新兴产业产值同比增长70.7%" in out
    assert "\x1b[" not in out  # no colour off a terminal


def test_show_card_shows_plain_english_for_scaled_units(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["show", "geely-vehicles", "--format", "table"], env={"COLUMNS": "160"}
    )
    assert "11.15万辆" in result.stdout
    assert "(111,500 vehicles)" in result.stdout


def test_show_context_gives_the_paragraph(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "gdp", "--context", "--format", "json"])
    [fact] = json.loads(result.stdout)
    context = fact["context"]
    assert context["paragraph"].startswith("2022年4月，受突发疫情")
    start, end = context["start"], context["end"]
    assert context["paragraph"][start:end] == fact["quote"]


def test_list_filters(runner: CliRunner) -> None:
    derived = runner.invoke(app, ["list", "--kind", "derived", "-f", "value", "--field", "id"])
    assert set(derived.stdout.split()) >= {"gdp-growth", "above-scale-enterprises"}
    geely = runner.invoke(app, ["list", "--entity", "吉利", "-f", "value", "--field", "id"])
    assert "geely-output" in geely.stdout.split()
    section = runner.invoke(app, ["list", "--section", "cadres", "-f", "json"])
    assert {f["section"]["id"] for f in json.loads(section.stdout)} == {"cadres"}
    tagged = runner.invoke(app, ["list", "--tag", "methanol", "-f", "value", "--field", "id"])
    assert "methanol-trucks-delivered" in tagged.stdout.split()


def test_list_with_no_match_is_loud(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--entity", "no such company"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("jzfacts: no facts match")
    bad_kind = runner.invoke(app, ["list", "--kind", "opinion"])
    assert bad_kind.exit_code == 2


def test_sections_counts_add_up(runner: CliRunner) -> None:
    result = runner.invoke(app, ["sections", "--format", "json"])
    sections = json.loads(result.stdout)
    listed = json.loads(runner.invoke(app, ["list", "--format", "json"]).stdout)
    assert sum(s["facts"] for s in sections) == len(listed)
    assert sections[1]["zh"] == "掀起学习贯彻党的二十大精神热潮，引领转型升级。"


def test_csv_is_rfc4180_with_a_header(runner: CliRunner) -> None:
    result = runner.invoke(app, ["list", "--format", "csv"])
    rows = list(csv.reader(io.StringIO(result.stdout_bytes.decode(), newline="")))
    assert rows[0] == [
        "id",
        "kind",
        "label_zh",
        "label_en",
        "value",
        "unit",
        "period",
        "section",
        "quote",
        "qualifier",
    ]
    assert all(len(r) == len(rows[0]) for r in rows)
    assert result.stdout_bytes.count(b"\r\n") == len(rows)


def test_tsv_header_only_on_request(runner: CliRunner) -> None:
    plain = runner.invoke(app, ["show", "gdp", "--format", "tsv"]).stdout
    headed = runner.invoke(app, ["show", "gdp", "--format", "tsv", "--header"]).stdout
    assert plain.count("\n") == 1
    assert headed.splitlines()[0].startswith("id\tkind\tlabel_zh")
    assert headed.splitlines()[1] == plain.rstrip("\n")


def test_jsonl_is_one_object_per_line(runner: CliRunner) -> None:
    lines = runner.invoke(app, ["list", "--format", "jsonl"]).stdout.splitlines()
    assert len(lines) > 80
    assert all(isinstance(json.loads(line)["id"], str) for line in lines)


def test_json_shorthand_and_conflict(runner: CliRunner) -> None:
    assert json.loads(runner.invoke(app, ["show", "gdp", "--json"]).stdout)[0]["id"] == "gdp"
    conflict = runner.invoke(app, ["show", "gdp", "--json", "--format", "tsv"])
    assert conflict.exit_code == 2


def test_bad_format_is_a_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(app, ["show", "gdp", "--format", "xml"]).exit_code == 2


def test_unknown_field_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["show", "gdp", "-f", "value", "--field", "colour"])
    assert result.exit_code == 2 and result.stdout == ""


def test_search_json_adds_score_and_is_sorted(runner: CliRunner) -> None:
    result = runner.invoke(app, ["search", "甲醇", "--format", "json"])
    hits = json.loads(result.stdout)
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)
    methanol = {
        "first-methanol-hybrid-sedan",
        "first-methanol-heavy-truck",
        "methanol-trucks-delivered",
        "methanol-economy-demonstration-zone",
    }
    top = [h["id"] for h in hits[: len(methanol) + 2]]
    assert methanol <= set(top)
    # nothing unrelated ranks above a methanol fact
    first_other = next(
        i for i, h in enumerate(hits) if "甲醇" not in (h["quote"] or "") + h["label"]["zh"]
    )
    assert all(h["id"] not in methanol for h in hits[first_other:])


def test_search_limit_and_min_score(runner: CliRunner) -> None:
    hits = json.loads(runner.invoke(app, ["search", "企业", "-n", "3", "-f", "json"]).stdout)
    assert len(hits) == 3
    loose = json.loads(runner.invoke(app, ["search", "吉利 产值", "-f", "json"]).stdout)
    assert loose[0]["id"] == "geely-output" and len(loose) > 1
    cut = (loose[0]["score"] + loose[1]["score"]) / 2
    strict = runner.invoke(app, ["search", "吉利 产值", "--min-score", str(cut), "-f", "json"])
    assert [h["id"] for h in json.loads(strict.stdout)] == ["geely-output"]


def test_search_out_of_scope_is_loud(runner: CliRunner) -> None:
    result = runner.invoke(app, ["search", "人口"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "jzfacts: no facts match '人口'\n"


def test_search_empty_query_is_a_usage_error(runner: CliRunner) -> None:
    for query in ("", "   ", "\u3000"):
        result = runner.invoke(app, ["search", query])
        assert result.exit_code == 2, repr(query)


def test_ask_answers_in_the_questions_language(runner: CliRunner) -> None:
    zh = runner.invoke(app, ["ask", "2022年地区生产总值是多少"])
    assert zh.exit_code == 0
    assert zh.stdout.startswith(
        "2022年地区生产总值为143亿元。（来源：《综改区晋中开发区2022年工作回顾》"
    )
    assert "「地区生产总值完成143亿元」" in zh.stdout
    en = runner.invoke(app, ["ask", "how many high-tech enterprises"])
    assert en.exit_code == 0
    assert en.stdout.startswith("High-tech enterprises, 2022: 171 enterprises — source: ")


def test_ask_gives_plain_english_and_the_quote(runner: CliRunner) -> None:
    # English answers carry no Chinese outside the quote: 143亿元 is in 「…」 only
    result = runner.invoke(app, ["ask", "what was the GDP"])
    head, _, quote = result.stdout.partition("「")
    assert "14.3 billion yuan" in head and "143亿元" not in head and "143亿元" in quote


def test_ask_says_when_nothing_matches(runner: CliRunner) -> None:
    result = runner.invoke(app, ["ask", "房价是多少"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "jzfacts: 报告中未找到能回答“房价是多少”的内容。\n"


def test_ask_json(runner: CliRunner) -> None:
    doc = json.loads(runner.invoke(app, ["ask", "吉利汽车去年产值多少", "--json"]).stdout)
    assert doc["fact"]["id"] == "geely-output"
    assert doc["answer"].startswith("2022年吉利汽车产值突破224亿元")  # 突破: "over"


def test_cite_text_and_markdown(runner: CliRunner) -> None:
    text = runner.invoke(app, ["cite", "gdp"]).stdout
    assert text == (
        "「地区生产总值完成143亿元」（143亿元） ——《综改区晋中开发区2022年工作回顾》，"
        "“面对挑战迎难而上，稳居全省前列”\n"
    )
    markdown = runner.invoke(app, ["cite", "gdp", "--format", "markdown"]).stdout
    assert markdown.startswith("[^gdp]: 「地区生产总值完成143亿元」（143亿元）")
    derived = runner.invoke(app, ["cite", "gdp-growth"]).stdout
    assert "推算" in derived and "10.0%" in derived


def test_validate_clean_base(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "jzfacts: facts.yaml: ok\n"


def test_validate_lists_every_problem(runner: CliRunner, tmp_path: Path) -> None:
    def broken(text: str) -> str:
        return text.replace("    unit: 亿元\n", "    unit: 亿美元\n", 1).replace(
            "value: 2.5", "value: 2.6"
        )

    facts = copy_base(tmp_path, edit=broken)
    result = runner.invoke(app, ["validate", str(facts)])
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert "unknown unit '亿美元'" in lines[0]
    assert "fact 'support-funds': the value 2.6 is not in its quote" in lines[1]
    assert all(line.startswith(f"{facts}:") for line in lines)
    assert result.stderr.endswith("2 problems\n")


def test_coverage_is_clean_and_lists_with_all(runner: CliRunner) -> None:
    result = runner.invoke(app, ["coverage"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "0 gaps" in result.stderr
    everything = json.loads(runner.invoke(app, ["coverage", "--all", "-f", "json"]).stdout)
    gdp = next(i for i in everything if i["text"] == "143")
    assert gdp["covered_by"] == ["gdp"]


@pytest.mark.parametrize("how", ["option", "env"])
def test_data_option_and_env_select_the_base(runner: CliRunner, how: str) -> None:
    args = ["show", "gdp", "-f", "value", "--field", "label.zh"]
    if how == "option":
        result = runner.invoke(app, ["--data", str(MINI), *args])
    else:
        result = runner.invoke(app, args, env={"JZFACTS_DATA": str(MINI)})
    assert (result.exit_code, result.stdout) == (0, "地区生产总值\n")
    value = runner.invoke(app, args[:-2], env={"JZFACTS_DATA": str(MINI)}).stdout
    assert value == "56.8\n"  # the mini base's, not the packaged base's 143


def test_the_option_wins_over_the_environment(runner: CliRunner) -> None:
    result = runner.invoke(
        app,
        ["--data", str(MINI), "show", "gdp", "-f", "value"],
        env={"JZFACTS_DATA": "/nonexistent.yaml"},
    )
    assert (result.exit_code, result.stdout) == (0, "56.8\n")
    from_env = runner.invoke(app, ["show", "gdp"], env={"JZFACTS_DATA": "/nonexistent.yaml"})
    assert from_env.exit_code == 3
    assert from_env.stderr == "jzfacts: /nonexistent.yaml: no such fact base file\n"


def test_every_command_has_help(runner: CliRunner) -> None:
    from jzfacts.cli import _command_name

    for info in app.registered_commands:
        name = _command_name(info)
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage: " in result.stdout


def test_main_help_lists_exit_codes() -> None:
    result = invoke_cli("--help")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "Exit codes: 0 found, 1 nothing found, 2 usage error, 3 bad data," in out


def test_python_dash_m_and_the_console_script_agree() -> None:
    result = run_cli("show", "gdp", "--format", "value")  # a real `python -m jzfacts`
    assert (result.returncode, result.stdout, result.stderr) == (0, b"143\n", b"")


def test_context_joins_a_paragraph_the_pdf_broke_with_a_blank_line(runner: CliRunner) -> None:
    result = runner.invoke(
        app, ["show", "pandemic-and-development-balanced", "--context", "--json"]
    )
    [fact] = json.loads(result.stdout)
    assert fact["context"]["paragraph"].startswith("刚刚过去的2022年，注定是极不寻常")
    assert fact["context"]["paragraph"].endswith("写下了浓墨重彩的一笔。")


def test_coverage_json_is_a_document_even_when_nothing_is_missing(runner: CliRunner) -> None:
    result = runner.invoke(app, ["coverage", "--json"])
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])
    csv_out = runner.invoke(app, ["coverage", "--format", "csv"]).stdout
    assert csv_out.splitlines() == ["kind,line,text,covered_by,excluded_because,sentence"]
