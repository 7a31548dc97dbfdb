"""Both languages, fully: --lang and JZFACTS_LANG, English answers to English queries,
English names of entities, notes and errata that reach the reader, the qualifier that
travels with the value, compare within one measure, --columns."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from jzfacts import prose, query
from jzfacts.cli import app
from jzfacts.model import FactBase
from jzfacts.prose import Lang

CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def base(report_base: FactBase) -> FactBase:
    return report_base  # the worker's one base (conftest.report_base)


def run(*args: str, **env: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "100", **env})
    return result.exit_code, result.stdout, result.stderr


def outside_quotes(text: str) -> str:
    """English output with the quoted Chinese evidence (「…」) and ids removed."""
    return re.sub(r"「[^」]*」", "", text)


# --- --lang and JZFACTS_LANG -------------------------------------------------------------------


def test_cards_default_to_both_and_follow_lang_and_the_environment() -> None:
    _, both, _ = run("show", "gdp", "-f", "table")
    assert "地区生产总值" in both and "Gross domestic product" in both
    _, en, _ = run("show", "gdp", "-f", "table", "--lang", "en")
    assert "14.3 billion yuan" in en and not CJK.search(outside_quotes(en))
    _, zh, _ = run("show", "gdp", "-f", "table", JZFACTS_LANG="zh")
    assert "Gross domestic product" not in zh and "原文" in zh and "143亿元" in zh
    _, flag_wins, _ = run("show", "gdp", "-f", "table", "--lang", "en", JZFACTS_LANG="zh")
    assert "Gross domestic product" in flag_wins


def test_a_bad_jzfacts_lang_is_a_usage_error() -> None:
    code, out, err = run("show", "gdp", "-f", "table", JZFACTS_LANG="fr")
    assert (code, out) == (2, "")
    assert err == "jzfacts: JZFACTS_LANG must be zh, en or both, not 'fr'\n"


@pytest.mark.parametrize(
    ("args", "english"),
    [
        (("search", "tax refund"), True),
        (("search", "how many high-tech enterprises"), True),
        (("search", "留抵退税"), False),
        (("search", "liudi tuishui"), False),  # pinyin: a Chinese reader
        (("list", "--lang", "en"), True),
        (("sections", "--lang", "en"), True),
        (("compare", "gdp", "geely-output", "--lang", "en"), True),
    ],
)
def test_english_tables_show_english_labels_and_plain_values(
    args: tuple[str, ...], english: bool
) -> None:
    code, out, _ = run(*args, "-f", "table")
    assert code == 0
    if english:
        assert not CJK.search(outside_quotes(out)), outside_quotes(out)
    else:
        assert CJK.search(outside_quotes(out))


def test_tax_refund_in_english(base: FactBase) -> None:
    """The issue's example: search 'tax refund' showed only the id, 留抵退税, 17亿元."""
    _, out, _ = run("search", "tax refund", "-f", "table")
    assert "VAT credit refunds" in out and "1.7 billion yuan" in out
    assert "17亿元" not in outside_quotes(out)
    assert "「留抵退税17亿元」" in out


def test_lang_does_not_change_the_flat_formats_but_label_follows_it() -> None:
    _, zh, _ = run("search", "tax refund", "-f", "tsv", "--lang", "zh")
    _, en, _ = run("search", "tax refund", "-f", "tsv", "--lang", "en")
    assert zh == en
    _, label, _ = run("show", "gdp", "-f", "value", "--field", "label", "--lang", "en")
    assert label == "Gross domestic product (GDP)\n"


# --- derived facts in English -----------------------------------------------------------------


def test_english_answers_explain_derived_facts_in_english(base: FactBase) -> None:
    code, out, _ = run("ask", "How fast did GDP grow?")
    assert code == 0
    head, _, _ = out.partition("source text")
    assert "about 10%" in head and "inferred:" in head
    assert "70.7%" in head and "60.7 percentage points" in head
    assert not CJK.search(outside_quotes(out))
    # the Chinese quotes stay, marked as the source text
    assert "source text: 「战略性新兴产业实现产值287.67亿元，同比增长70.7%」" in out


def test_formula_words_name_inputs_and_show_percentages_as_percentages(base: FactBase) -> None:
    fact = base.by_id["above-scale-enterprises"]
    en = prose.formula_words(base, fact, Lang.EN)
    assert en == (
        "Enterprises with output over 100 million yuan (38 enterprises) ÷ "
        "Share of above-scale enterprises with output over 100 million yuan (25%) ≈ 152 enterprises"
    )
    zh = prose.formula_words(base, fact, Lang.ZH)
    assert zh == "产值亿元以上企业数38户 ÷ 亿元以上企业占全区规上企业比重25% ≈ 152户"
    total = prose.formula_words(base, base.by_id["cadres-promoted-total"], Lang.ZH)
    assert total.endswith("= 8人")  # an exact sum says =, an inference ≈


# --- entities -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Geely", "geely auto", "吉利", "吉利汽车", "Geely Automobile"])
def test_list_entity_takes_english_and_chinese_names(name: str) -> None:
    code, out, _ = run("list", "--entity", name, "-f", "value", "--field", "id")
    assert code == 0
    assert set(out.split()) == {
        "geely-vehicles",
        "geely-output",
        "geely-industrial-growth-contribution",
    }


def test_an_unknown_entity_says_where_to_look() -> None:
    code, out, err = run("list", "--entity", "Tesla", "-f", "json")
    assert (code, json.loads(out)) == (1, [])
    assert "'jzfacts entities' lists them" in err


def test_entities_and_tags_list_what_can_be_filtered_on(base: FactBase) -> None:
    code, out, _ = run("entities", "-f", "json")
    entities = json.loads(out)
    assert code == 0 and len(entities) == len(base.entities)
    geely = next(e for e in entities if e["zh"] == "吉利汽车")
    assert geely["en"] == "Geely Auto" and geely["facts"] == 3 and "Geely" in geely["aliases"]
    for entity in entities:  # every entity listed works as a filter
        if entity["facts"]:
            code, _, _ = run("list", "--entity", entity["en"], "-f", "value", "--field", "id")
            assert code == 0, entity
    code, out, _ = run("tags", "-f", "tsv", "--header")
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0] == ["tag", "facts"]
    counts = {tag: int(n) for tag, n in rows[1:]}
    assert counts["methanol"] == len(query.select(base, tag="methanol"))


def test_english_cards_name_entities_in_english() -> None:
    _, out, _ = run("show", "huawei-pharma-growth-contribution", "-f", "table", "--lang", "en")
    assert "Huawei Pharmaceutical" in out and "华卫药业" not in outside_quotes(out).replace(
        "华卫药业 (Huawei", ""
    )


# --- errata --------------------------------------------------------------------------------


def test_errata_are_marked_everywhere_the_quote_is_shown() -> None:
    _, zh_card, _ = run("show", "national-little-giants", "-f", "table", "--lang", "zh")
    assert "国际级[sic，应为国家级]专精特新" in re.sub(r"[\s│]", "", zh_card)
    _, en_card, _ = run("show", "national-little-giants", "-f", "table", "--lang", "en")
    assert "国际级[sic;read国家级]" in re.sub(r"[\s│]", "", en_card)
    _, ask_zh, _ = run("ask", "国家级专精特新小巨人企业数")
    assert "国际级[sic，应为国家级]" in ask_zh
    _, ask_en, _ = run("ask", "national-level little giant enterprises", "--lang", "en")
    assert "国际级[sic; read 国家级]" in ask_en
    _, derived, _ = run("ask", "全市国家级小巨人企业数", "--lang", "zh")
    assert "国际级[sic，应为国家级]" in derived  # an input's slip, in the inference


def test_json_keeps_the_quote_verbatim_and_adds_the_marked_one() -> None:
    _, out, _ = run("show", "national-little-giants", "--json")
    [fact] = json.loads(out)
    assert fact["quote"] == "国际级专精特新“小巨人”企业达到5户"
    assert fact["quote_marked"] == "国际级[sic，应为国家级]专精特新“小巨人”企业达到5户"
    assert fact["errata"] == [{"text": "国际级", "correction": "国家级"}]
    _, gdp, _ = run("show", "gdp", "--json")
    assert json.loads(gdp)[0]["quote_marked"] == json.loads(gdp)[0]["quote"]


# --- notes -----------------------------------------------------------------------------------


def test_a_note_reaches_ask_when_the_question_touches_it(base: FactBase) -> None:
    _, out, _ = run("ask", "四上企业停产的比例是多少")
    assert "“四上” is the statistical category" in out
    fact = base.by_id["huawei-pharma-growth-contribution"]
    sentence = prose.answer_sentence(base, fact, lang=Lang.ZH, question="华为拉动医药增长多少")
    assert "unrelated to the telecoms company 华为" in sentence
    plain = prose.answer_sentence(base, fact, lang=Lang.ZH, question="华卫药业拉动医药增长多少")
    assert "华为" not in plain  # asked by its own name: no detour
    _, gdp, _ = run("ask", "2022年地区生产总值是多少")
    assert "注" not in gdp


# --- the qualifier travels with the value ------------------------------------------------------


def test_compare_keeps_the_qualifier_on_value_ratio_and_difference() -> None:
    _, table, _ = run(
        "compare", "enterprises-output-over-100m-output", "geely-output", "-f", "table"
    )
    assert "突破224亿元" in table and "over 1.7×" in table and "over +92.24亿元" in table
    _, zh, _ = run(
        "compare",
        "enterprises-output-over-100m-output",
        "geely-output",
        "-f",
        "table",
        "--lang",
        "zh",
    )
    assert "超过1.7×" in zh and "超过+92.24亿元" in zh
    _, out, _ = run("compare", "enterprises-output-over-100m-output", "geely-output", "--json")
    geely = json.loads(out)["items"][1]
    assert (geely["qualifier"], geely["compare_qualifier"]) == ("over", "over")
    _, tsv, _ = run(
        "compare", "enterprises-output-over-100m-output", "geely-output", "-f", "tsv", "--header"
    )
    header, _, row = tsv.splitlines()
    cells = dict(zip(header.split("\t"), row.split("\t"), strict=True))
    assert (cells["qualifier"], cells["compare_qualifier"]) == ("over", "over")


def test_a_base_over_its_figure_makes_the_others_under(base: FactBase) -> None:
    rows = query.compare(
        base, [base.by_id["geely-output"], base.by_id["strategic-emerging-output"]]
    ).rows
    assert rows[0].qualifier is None and rows[1].qualifier == "under"
    about = query.compare(
        base, [base.by_id["zone-industrial-output"], base.by_id["geely-output"]]
    ).rows
    assert about[1].qualifier == "about"


def test_default_tsv_carries_the_qualifier() -> None:
    _, out, _ = run("show", "geely-output", "-f", "tsv", "--header")
    header, row = (line.split("\t") for line in out.splitlines())
    assert dict(zip(header, row, strict=True))["qualifier"] == "over"


# --- compare only what is comparable -----------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "measures"),
    [
        ("gdp", "zone-industrial-output", ("GDP", "output value")),
        ("gdp", "geely-output", ("GDP", "output value")),
        ("gdp-growth", "april-2022-shutdown-share", ("growth rate", "share")),
        (
            "geely-industrial-growth-contribution",
            "strategic-emerging-growth-above-gdp",
            ("contribution to growth", "growth gap"),
        ),
        ("vat-credit-refunds", "gdp", ("funds", "GDP")),
    ],
)
def test_different_measures_are_side_by_side_with_a_note_in_both_languages(
    base: FactBase, first: str, second: str, measures: tuple[str, str]
) -> None:
    row = query.compare(base, [base.by_id[first], base.by_id[second]]).rows[1]
    assert row.ratio is None and row.difference is None
    assert row.note is not None and all(m in row.note for m in measures)
    assert row.note_zh is not None and "不作比较" in row.note_zh
    code, out, _ = run("compare", first, second, "-f", "table")
    assert code == 0 and "不作比较" in out and "notcompared" in re.sub(r"\s", "", out)


def test_the_issue_example_reports_no_ratio_of_geely_to_gdp() -> None:
    """compare gdp zone-industrial-output geely-output gave Geely 1.57× GDP."""
    _, out, _ = run("compare", "gdp", "zone-industrial-output", "geely-output", "--json")
    items = json.loads(out)["items"]
    assert [i["ratio"] for i in items] == [1, None, None]
    assert all("different measures" in i["compare_note"] for i in items[1:])
    _, table, _ = run("compare", "gdp", "zone-industrial-output", "geely-output", "-f", "table")
    assert "1.57×" not in table and "2.78×" not in table and "values on one scale" not in table


def test_same_measure_still_compares(base: FactBase) -> None:
    row = query.compare(
        base, [base.by_id["zone-industrial-output"], base.by_id["geely-output"]]
    ).rows[1]
    assert row.ratio is not None and row.note is None


# --- --columns -----------------------------------------------------------------------------------


def test_columns_choose_and_order_tsv_and_csv() -> None:
    code, out, _ = run(
        "list",
        "--kind",
        "derived",
        "--columns",
        "id,qualifier,value,unit,plain,measure",
        "--header",
    )
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert lines[0] == ["id", "qualifier", "value", "unit", "plain", "measure"]
    assert ["gdp-growth", "about", "10.0", "%", "10%", "growth-rate"] in lines
    _, csv_out, _ = run(
        "show",
        "national-little-giants",
        "geely-output",
        "-f",
        "csv",
        "--columns",
        "id,errata,entities,entities_en,tags,note,amount,quote_marked",
    )
    rows = list(csv.DictReader(io.StringIO(csv_out, newline="")))
    assert rows[0]["errata"] == "国际级→国家级"
    assert rows[0]["quote_marked"].startswith("国际级[sic，应为国家级]")
    assert rows[1]["entities"] == "吉利汽车" and rows[1]["entities_en"] == "Geely Auto"
    assert rows[1]["amount"] == "22400000000" and rows[1]["note"].startswith("突破")


def test_unknown_column_lists_the_known_ones() -> None:
    code, out, err = run("list", "--columns", "id,colour")
    assert (code, out) == (2, "")
    assert "unknown column 'colour'; columns are: id, kind, label_zh" in err
    code, _, err = run("list", "--columns", "id", "-f", "json")
    assert code == 2 and "--columns chooses TSV and CSV columns" in err


def test_compare_columns_include_the_notes_in_both_languages() -> None:
    _, out, _ = run("compare", "gdp", "geely-output", "--columns", "id,ratio,note,note_zh")
    second = out.splitlines()[1].split("\t")
    assert second[0] == "geely-output" and second[1] == ""
    assert "different measures" in second[2] and "不作比较" in second[3]


def quoted_removed(text: str) -> str:
    return re.sub(r"「[^」]*」|“[^”]*”", "", text)


def test_english_views_keep_every_chinese_word_inside_quotes(base: FactBase) -> None:
    """Held-out checks read English output for untranslated Chinese outside quotes: the
    base's English notes cite Chinese terms (突破 means exceeded), shown as 「突破」."""
    ids = [f.id for f in base.facts]
    _, cards, _ = run("show", *ids, "-f", "table", "--lang", "en", COLUMNS="120")
    assert "「突破」 means exceeded" in cards
    assert not CJK.search(quoted_removed(cards))
    _, cites, _ = run("cite", *ids, "--lang", "en")
    assert not CJK.search(quoted_removed(cites))
    for fact in base.facts:
        sentence = prose.answer_sentence(base, fact, lang=Lang.EN, question=fact.note or "")
        assert not CJK.search(quoted_removed(sentence)), sentence


def test_mark_chinese_leaves_quotes_and_punctuation_alone() -> None:
    assert (
        prose.mark_chinese("rank (正处1人、副处7人) without")
        == "rank (「正处1人、副处7人」) without"
    )
    assert (
        prose.mark_chinese("covers “四上” firms, 等. Then") == "covers “四上” firms, 「等」. Then"
    )
    assert prose.mark_chinese("no Chinese, 10.0%.") == "no Chinese, 10.0%."
