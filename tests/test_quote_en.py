"""The curator's English rendering of each quote (quote_en) in every view: JSON carries
it beside the quote."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from jzfacts.cli import app
from tests.conftest import MINI

LABEL = "English rendering (curator's, not the report's words)"
GDP_QUOTE = "地区生产总值完成143亿元"
GDP_EN = "Gross domestic product (GDP) reached 14.3 billion yuan."
GDP_RENDERED = f"{LABEL}: \u201c{GDP_EN}\u201d"


def run(*args: str, **env: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "100", **env})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def flat(text: str) -> str:
    """A card with its box and line breaks taken out: its words in order, single-spaced."""
    return " ".join(text.translate({ord(c): " " for c in "│╭╮╰╯─"}).split())


# --- JSON -------------------------------------------------------------------------------------


def test_every_json_fact_carries_quote_en_beside_its_quote() -> None:
    [gdp] = json.loads(run("show", "gdp", "--json"))
    assert (gdp["quote"], gdp["quote_en"]) == (GDP_QUOTE, GDP_EN)
    keys = list(gdp)
    assert keys.index("quote_en") == keys.index("quote_marked") + 1
    [derived] = json.loads(run("show", "gdp-growth", "--json"))
    assert derived["quote"] is None and derived["quote_en"] is None
    assert all(i["quote_en"] and i["quote"] for i in derived["derived"]["inputs"])
    for args in (
        ("search", "GDP", "--json"),
        ("search", "地区生产总值", "--format", "jsonl"),
        ("list", "--json"),
    ):
        text = run(*args)
        records = (
            json.loads(text)
            if args[-1] == "--json"
            else list(map(json.loads, text.split("\n")[:-1]))
        )
        assert records and all("quote_en" in r for r in records), args
        assert all((r["quote_en"] is None) == (r["quote"] is None) for r in records), args
    asked = json.loads(run("ask", "What was GDP in 2022?", "--json"))
    assert asked["fact"]["quote_en"] == GDP_EN and asked["facts"][0]["quote_en"] == GDP_EN
    compared = json.loads(run("compare", "gdp", "geely-output", "--json"))
    assert [i["quote_en"][:22] for i in compared["items"]] == [
        GDP_EN[:22],
        "Geely seized the marke",
    ]
    [cited] = json.loads(run("cite", "gdp", "--json"))
    assert (cited["quote"], cited["quote_en"]) == (GDP_QUOTE, GDP_EN)
    assert run("show", "gdp", "--format", "value", "--field", "quote_en") == GDP_EN + "\n"


def test_a_base_without_renderings_gives_null() -> None:
    [gdp] = json.loads(run("--data", str(MINI), "show", "gdp", "--json"))
    assert gdp["quote"] and gdp["quote_en"] is None
    [cited] = json.loads(run("--data", str(MINI), "cite", "gdp", "--lang", "en", "--json"))
    assert cited["quote_en"] is None and LABEL not in cited["citation"]


def test_tsv_and_csv_keep_their_columns() -> None:
    """README documents the columns; the rendering is no TSV/CSV column (JSON, value)."""
    header = run("show", "gdp", "--format", "tsv", "--header").split("\n")[0]
    assert header.split("\t") == (
        "id kind label_zh label_en value unit period section quote qualifier".split()
    )
    assert GDP_EN not in run("show", "gdp", "--format", "csv")
