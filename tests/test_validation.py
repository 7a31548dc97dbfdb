"""Validation messages that carry their fix, problem codes, validate --format json, the
JSON Schema and the bounds on values (issues 10, 12, 14).

Runs in-process on the small made-up base in tests/data/curation/mini, so that a change
to the curated base moves none of it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jzfacts import files, loader
from jzfacts.cli import app
from jzfacts.schema import schema, schema_text
from tests.conftest import FACTS, ROOT

MINI = Path(__file__).parent / "data" / "curation" / "mini"
TEXT = (MINI / "facts.yaml").read_text(encoding="utf-8")


def base_with(tmp_path: Path, old: str = "", new: str = "", report: bytes | None = None) -> Path:
    """A copy of the mini base with `old` replaced by `new` (and perhaps another report)."""
    assert old in TEXT
    (tmp_path / "report.txt").write_bytes(report or (MINI / "report.txt").read_bytes())
    path = tmp_path / "facts.yaml"
    path.write_text(TEXT.replace(old, new, 1), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    return [f"{p.line}:{p.col}: {p.message}" for p in loader.problems_in(files.locate(str(path)))]


def test_the_fixture_base_is_clean() -> None:
    assert problems(MINI / "facts.yaml") == []


def test_a_quote_not_in_the_report_shows_the_nearest_passage_and_the_first_difference(
    tmp_path: Path,
) -> None:
    path = base_with(tmp_path, "quote: 规上企业达到40户", "quote: 规上企业达到45户")
    assert problems(path) == [
        "39:12: fact 'above-scale': the quote is not in the report (line breaks aside); "
        "nearest passage: 规上企业达到4«0»户 (character 8: the quote has '5' where the "
        "report has '0')"
    ]


def test_a_quote_that_differs_at_its_start_is_aligned_from_its_end(tmp_path: Path) -> None:
    path = base_with(tmp_path, "quote: 全年拨付扶持资金1.2亿元", "quote: 今年拨付扶持资金1.2亿元")
    assert problems(path) == [
        "71:12: fact 'support-funds': the quote is not in the report (line breaks aside); "
        "nearest passage: «全»年拨付扶持资金1.2亿元 (character 1: the quote has '今' where the "
        "report has '全')",
        # and the derived fact that uses it says why it is not computed
        "100:14: fact 'funds-total': the formula uses 'support-funds', which has problems "
        "of its own (line 64)",
    ]


def test_a_formula_naming_a_missing_fact_suggests_the_one_meant(tmp_path: Path) -> None:
    path = base_with(tmp_path, 'formula: "{big-firms} /', 'formula: "{big-firm} /')
    assert problems(path) == [
        "91:14: fact 'above-scale-inferred': the formula names no fact 'big-firm'; "
        "did you mean big-firms?"
    ]


def test_a_changed_report_names_its_digest_and_the_quotes_it_broke(tmp_path: Path) -> None:
    """Not 'the formula names no fact …', which reads as if the fact were missing."""
    report = (MINI / "report.txt").read_bytes().replace("10户".encode(), "12户".encode())
    path = base_with(tmp_path, report=report)
    digest = hashlib.sha256(report).hexdigest()
    recorded = hashlib.sha256((MINI / "report.txt").read_bytes()).hexdigest()
    found = problems(path)
    assert found[0] == (
        f"8:11: source: the report changed (its sha256 is {digest}, not the {recorded} "
        "recorded here) and 2 quotes no longer match it: 'big-firms' (line 40), "
        "'big-firms-share' (line 48); fix those quotes, then sha256"
    )
    assert found[1].startswith("47:12: fact 'big-firms': the quote is not in the report")
    assert found[-1] == (
        "91:14: fact 'above-scale-inferred': the formula uses 'big-firms', which has "
        "problems of its own (line 40)"
    )
    assert not any("names no fact" in p for p in found)


def test_a_missing_report_names_the_path_tried(tmp_path: Path) -> None:
    base = base_with(tmp_path, "report: report.txt", "report: reports/2023.txt")
    assert problems(base) == [
        f"7:11: source: report reports/2023.txt: no such report file (looked for "
        f"{tmp_path / 'reports' / '2023.txt'})"
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"' + "9" * 5001 + '"', "value has 5,001 digits; a figure has at most 30"),
        ('"1' + "0" * 400 + '.5"', "value has 402 digits; a figure has at most 30"),
        ("1" * 31, "value has 31 digits; a figure has at most 30"),
    ],
    ids=["5001-digits", "1e400.5", "31-digits"],
)
def test_a_figure_value_is_bounded_where_it_is_written(
    tmp_path: Path, value: str, message: str
) -> None:
    """A 5,001-digit value must be a located error, not an exit 4 later (issue 10)."""
    path = base_with(tmp_path, "value: 50\n", f"value: {value}\n")
    assert problems(path) == [f"18:12: fact 'gdp': {message}"]


def test_a_value_of_thirty_digits_passes_the_bound(tmp_path: Path) -> None:
    path = base_with(tmp_path, "value: 50\n", f"value: {'1' * 30}\n")
    assert problems(path) == [f"18:12: fact 'gdp': the value {'1' * 30} is not in its quote"]


def test_a_negative_value_needs_a_decline_in_its_quote(tmp_path: Path) -> None:
    path = base_with(tmp_path, "value: 8\n", "value: -8\n")
    assert problems(path) == [
        "26:12: fact 'gdp-growth': the value -8 is not in its quote; a negative value needs "
        "a decline (下降, 减少, 下滑 …) before 8",
        "109:14: fact 'growth-gap': the formula uses 'gdp-growth', which has problems of its "
        "own (line 24)",
    ]
    path = base_with(tmp_path, "value: -2.5\n", "value: 2.5\n")
    assert problems(path) == []  # a decline may be stated as its size too


def test_periods_take_quarters_and_halves(tmp_path: Path) -> None:
    assert problems(base_with(tmp_path, "period: 2023-Q1", "period: 2023-H1")) == []
    assert problems(base_with(tmp_path, "period: 2023-Q1", "period: 2023-Q5")) == [
        "61:13: fact 'q1-investment': period must look like 2022 or 2022-06, not '2023-Q5'",
        "109:14: fact 'growth-gap': the formula uses 'q1-investment', which has problems of "
        "its own (line 56)",
    ]


def test_every_problem_has_a_code(tmp_path: Path) -> None:
    path = base_with(tmp_path, "    measure: gdp\n", "    measure: gpd\n    vaule: 3\n")
    found = list(loader.problems_in(files.locate(str(path))))
    assert [(p.code, p.line) for p in found] == [("unknown-key", 21), ("unknown-measure", 20)]


# --- validate --format json / jsonl --------------------------------------------------------


def test_validate_json_gives_file_line_column_code_and_message(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = base_with(tmp_path, "unit: 亿元\n    measure: gdp", "unit: 亿美元\n    measure: gdp")
    result = runner.invoke(app, ["validate", str(path), "--format", "json"])
    assert result.exit_code == 3
    assert json.loads(result.stdout) == [
        {
            "file": str(path),
            "line": 19,
            "column": 11,
            "code": "unknown-unit",
            "severity": "error",
            "message": "fact 'gdp': unknown unit '亿美元' (did you mean '亿元'?)",
        }
    ]
    lines = runner.invoke(app, ["validate", str(path), "--format", "jsonl"]).stdout.splitlines()
    assert [json.loads(line)["code"] for line in lines] == ["unknown-unit"]


def test_validate_json_of_a_clean_base_is_an_empty_list(runner: CliRunner) -> None:
    result = runner.invoke(app, ["validate", str(MINI / "facts.yaml"), "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_validate_json_of_an_unreadable_file_is_one_unlocated_object(
    runner: CliRunner, tmp_path: Path
) -> None:
    missing = str(tmp_path / "nope.yaml")
    result = runner.invoke(app, ["validate", missing, "-f", "json"])
    assert result.exit_code == 3
    assert json.loads(result.stdout) == [
        {
            "file": missing,
            "line": None,
            "column": None,
            "code": "unreadable",
            "severity": "error",
            "message": "no such fact base file",
        }
    ]


# --- the JSON Schema -----------------------------------------------------------------------


def test_the_published_schema_is_what_jzfacts_schema_prints(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_text()
    assert (ROOT / "docs" / "facts.schema.json").read_text(encoding="utf-8") == schema_text()


def test_the_schema_accepts_the_bases_and_rejects_what_validation_rejects() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    validator = jsonschema.Draft202012Validator(schema())
    jsonschema.Draft202012Validator.check_schema(schema())
    for path in (FACTS, MINI / "facts.yaml"):
        assert list(validator.iter_errors(yaml.safe_load(path.read_text("utf-8")))) == []
    doc = yaml.safe_load(TEXT)
    gdp = doc["facts"][0]
    for broken in (
        {**gdp, "vaule": 3},
        {k: v for k, v in gdp.items() if k != "measure"},
        {**gdp, "measure": "gpd"},
        {**gdp, "unit": "亿美元"},
        {**gdp, "kind": "event"},
        {**gdp, "period": "2023-13"},
        {**gdp, "qualifier": "roughly"},
    ):
        assert list(validator.iter_errors({**doc, "facts": [broken]})), broken
    assert list(validator.iter_errors({**doc, "entities": [{"zh": "吉利汽车"}]}))
    assert list(validator.iter_errors({**doc, "exclusions": [{"text": "x", "kind": "idiom"}]}))


# --- quote_en: the curator's English rendering of a quote -----------------------------------

GDP_QUOTE = "    quote: 示范园区实现地区生产总值50亿元\n"


def test_a_base_without_renderings_is_valid_and_faithful_ones_are_too(tmp_path: Path) -> None:
    assert "quote_en" not in TEXT and problems(MINI / "facts.yaml") == []
    path = base_with(
        tmp_path,
        GDP_QUOTE,
        GDP_QUOTE + "    quote_en: The park's GDP reached 5 billion yuan.\n",
    )
    text = path.read_text(encoding="utf-8")
    for quote, rendering in (
        ("其中产值亿元以上企业10户", "Of these, 10 had output of over 100 million yuan."),
        ("工业投资同比下降2.5%", "Industrial investment fell 2.5% year on year."),
        ("减免租金300万元，全市排名第一", "Rent relief of 3 million yuan, first in the city."),
    ):
        line = f"    quote: {quote}\n"
        text = text.replace(line, f'{line}    quote_en: "{rendering}"\n', 1)
    path.write_text(text, encoding="utf-8")
    assert problems(path) == []
    base = loader.check(files.locate(str(path))).base
    assert base is not None
    assert base.by_id["gdp"].quote_en == "The park's GDP reached 5 billion yuan."
    assert base.by_id["gdp-growth"].quote_en is None


def test_a_number_the_rendering_misses_or_adds_is_located(tmp_path: Path) -> None:
    path = base_with(
        tmp_path,
        GDP_QUOTE,
        GDP_QUOTE + "    quote_en: The park's GDP reached 50 billion yuan in 2023.\n",
    )
    assert problems(path) == [
        "24:15: fact 'gdp': quote_en does not state 50亿 (5 billion), which the quote writes",
        "24:38: fact 'gdp': quote_en states 50 billion (character 24), which the quote does not "
        "write",
        "24:57: fact 'gdp': quote_en states 2023 (character 43), which the quote does not write",
    ]
    found = list(loader.problems_in(files.locate(str(path))))
    assert {p.code for p in found} == {"quote-en-number"}


def test_a_missing_number_is_named_as_the_quote_writes_it(tmp_path: Path) -> None:
    """Chinese numerals with their value; digits as they are (a year keeps no comma)."""
    quote = "    quote: 减免租金300万元，全市排名第一\n"
    path = base_with(tmp_path, quote, quote + "    quote_en: Rent relief in the city.\n")
    assert problems(path) == [
        "88:15: fact 'services-rank': quote_en does not state 300万 (3 million), which the "
        "quote writes",
        "88:15: fact 'services-rank': quote_en does not state 第一 (1), which the quote writes",
    ]
    quote = "    quote: 工业投资同比下降2.5%\n"
    path = base_with(tmp_path, quote, quote + "    quote_en: Industrial investment fell.\n")
    assert problems(path) == [
        "64:15: fact 'q1-investment': quote_en does not state 2.5, which the quote writes",
        "110:14: fact 'growth-gap': the formula uses 'q1-investment', which has problems of its "
        "own (line 56)",
    ]


def test_a_quoted_rendering_is_located_at_its_start(tmp_path: Path) -> None:
    path = base_with(
        tmp_path,
        "    quote: 规上企业达到40户\n",
        '    quote: 规上企业达到40户\n    quote_en: "Above-scale (\\"四上\\") enterprises: 14."\n',
    )
    assert problems(path) == [
        "40:15: fact 'above-scale': quote_en does not state 40, which the quote writes",
        "40:15: fact 'above-scale': quote_en states 14 (character 33), which the quote does not "
        "write",
    ]


def test_a_rendering_needs_a_quote_and_one_line(tmp_path: Path) -> None:
    path = base_with(
        tmp_path,
        '    decimals: 0\n    period: "2023"\n    section: economy\n',
        '    decimals: 0\n    period: "2023"\n    section: economy\n'
        "    quote_en: About 40 enterprises.\n",
    )
    assert problems(path) == [
        "97:15: fact 'above-scale-inferred': quote_en renders the fact's quote, and it has "
        "none; remove quote_en or add the quote",
    ]
    path = base_with(
        tmp_path, GDP_QUOTE, GDP_QUOTE + '    quote_en: "GDP reached\\n5 billion yuan."\n'
    )
    assert problems(path) == [
        "24:15: fact 'gdp': quote_en must be one line, as the quote is; join its lines"
    ]
    path = base_with(tmp_path, GDP_QUOTE, GDP_QUOTE + '    quote_en: " "\n')
    assert problems(path) == ["24:15: fact 'gdp': quote_en is empty"]
    path = base_with(tmp_path, GDP_QUOTE, GDP_QUOTE + "    quote_en: 5\n")
    assert [p.split(": ", 2)[1] for p in problems(path)] == ["fact 'gdp'"]


def test_a_rendering_is_held_to_its_quote_only_once_the_quote_is_right(tmp_path: Path) -> None:
    """A quote not in the report is the problem to fix first; its rendering's numbers are
    not compared with words the report does not have."""
    path = base_with(
        tmp_path,
        GDP_QUOTE,
        "    quote: 示范园区实现地区生产总值60亿元\n    quote_en: GDP reached 5 billion yuan.\n",
    )
    assert [p.split(": ", 2)[2][:30] for p in problems(path)] == ["the quote is not in the report"]


def test_validate_notes_the_quotes_without_a_rendering(runner: CliRunner, tmp_path: Path) -> None:
    """Once a base renders its quotes, validate names those it has not rendered yet; a
    base that renders none is simply ok."""
    result = runner.invoke(app, ["validate", str(MINI / "facts.yaml")])
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == f"jzfacts: {MINI / 'facts.yaml'}: ok\n"
    path = base_with(
        tmp_path, GDP_QUOTE, GDP_QUOTE + "    quote_en: The park's GDP reached 5 billion yuan.\n"
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == (
        f"jzfacts: {path}: ok; 8 of 9 quotes have no English rendering (quote_en): "
        "gdp-growth, above-scale, big-firms, big-firms-share, q1-investment and 3 more\n"
    )


def test_the_schema_knows_a_rendering_needs_its_quote_and_one_line() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    validator = jsonschema.Draft202012Validator(schema())
    doc = yaml.safe_load(TEXT)
    gdp = doc["facts"][0]
    assert not list(validator.iter_errors({**doc, "facts": [{**gdp, "quote_en": "GDP: 5 bn."}]}))
    no_quote = {k: v for k, v in gdp.items() if k != "quote"}
    for broken in (
        {**gdp, "quote_en": "GDP:\n5 billion."},
        {**gdp, "quote_en": ""},
        {**no_quote, "kind": "derived", "formula": "{gdp} * 2", "quote_en": "About 10 billion."},
    ):
        assert list(validator.iter_errors({**doc, "facts": [broken]})), broken
