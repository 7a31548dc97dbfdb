"""The curator's English rendering of each quote (quote_en) in every view: JSON carries
it beside the quote, English views show it under the Chinese quote, labelled as the
curator's and never as the report's words; Chinese views do not show it."""

from __future__ import annotations

import json

import pytest
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


# --- terminal cards and tables ----------------------------------------------------------------


def test_an_english_card_shows_the_rendering_under_the_quote() -> None:
    card = flat(run("show", "gdp", "--lang", "en", "--format", "table"))
    assert f"source text 「{GDP_QUOTE}」 {LABEL}: “Gross domestic product" in card
    assert card.index(GDP_QUOTE) < card.index(LABEL) < card.index("14.3 billion yuan.”")
    both = flat(run("show", "gdp", "--format", "table"))
    assert f"quote {GDP_QUOTE} {LABEL}:" in both


@pytest.mark.parametrize("columns", ["100", "30", "8"])
def test_a_chinese_card_never_shows_it(columns: str) -> None:
    card = run("show", "gdp", "--lang", "zh", "--format", "table", COLUMNS=columns)
    assert GDP_QUOTE in card.replace("\n", "").replace("│", "").replace(" ", "")
    assert "rendering" not in card and "Gross" not in card


def test_english_search_results_show_it_and_chinese_ones_do_not() -> None:
    wide = run("search", "tax refund", "--format", "table")
    assert "English rendering" in wide and "(curator's, not the" in wide
    narrow = run("search", "tax refund", "--format", "table", COLUMNS="50")
    assert "「留抵退税17亿元」\n  English rendering (curator's" in narrow
    chinese = run("search", "留抵退税", "--format", "table")
    assert "留抵退税17亿元" in chinese and "rendering" not in chinese


# --- sentences: cite and ask --------------------------------------------------------------------


def test_an_english_citation_keeps_the_chinese_quote_and_adds_the_rendering() -> None:
    line = run("cite", "gdp", "--lang", "en")
    assert line.startswith(
        f"Gross domestic product (GDP), 2022: 14.3 billion yuan; source text (Chinese): "
        f"「{GDP_QUOTE}」; {GDP_RENDERED} — "
    )
    for style in ("gbt7714", "apa"):
        assert f"「{GDP_QUOTE}」; {GDP_RENDERED}" in run(
            "cite", "gdp", "--lang", "en", "--style", style
        )
    assert f"; {GDP_RENDERED} — *" in run("cite", "gdp", "--lang", "en", "-f", "markdown")
    chinese = run("cite", "gdp")
    assert "rendering" not in chinese and GDP_EN not in chinese
    zh, en = run("cite", "gdp", "--lang", "both").splitlines()
    assert GDP_EN not in zh and GDP_RENDERED in en


def test_an_english_answer_ends_with_the_quote_then_its_rendering() -> None:
    answer = run("ask", "What was GDP in 2022?")
    assert answer.endswith(f": 「{GDP_QUOTE}」; {GDP_RENDERED}\n")
    chinese = run("ask", "2022年地区生产总值是多少")
    assert chinese.endswith(f"原文：「{GDP_QUOTE}」）\n") and "rendering" not in chinese
    zh, en = run("ask", "What was GDP in 2022?", "--lang", "both").splitlines()
    assert "rendering" not in zh and en.endswith(GDP_RENDERED)


def test_a_rendering_is_never_put_in_place_of_the_quote() -> None:
    """Every English view that shows a rendering shows the verbatim quote before it."""
    for args in (
        ("show", "national-little-giants", "--lang", "en", "--format", "table"),
        ("cite", "national-little-giants", "--lang", "en"),
        ("ask", "How many national-level little giants are there?"),
    ):
        text = flat(run(*args)).replace(" ", "")
        assert "国际级[sic;read国家级]专精特新“小巨人”企业达到5户" in text, args
        assert text.index("企业达到5户") < text.index("Englishrendering"), args
