"""cite: Chinese and English, named styles (plain, GB/T 7714-2015, APA 7), the erratum
marked, quotation marks that never nest."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from jzfacts.cli import app

CJK = re.compile(r"[\u3400-\u9fff]")


def cite(*args: str) -> str:
    result = CliRunner().invoke(app, ["cite", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_plain_chinese_is_unchanged_for_a_simple_fact() -> None:
    assert cite("gdp") == (
        "「地区生产总值完成143亿元」（143亿元） ——《综改区晋中开发区2022年工作回顾》，"
        "“面对挑战迎难而上，稳居全省前列”\n"
    )


def test_the_erratum_is_marked_in_the_quote() -> None:
    """The issue: cite national-little-giants printed 国际级 with no mark."""
    zh = cite("national-little-giants")
    assert zh.startswith("「国际级[sic，应为国家级]专精特新“小巨人”企业达到5户」（5户）")
    en = cite("national-little-giants", "--lang", "en")
    assert "「国际级[sic; read 国家级]专精特新“小巨人”企业达到5户」" in en
    for style in ("gbt7714", "apa"):
        assert "[sic" in cite("national-little-giants", "--style", style)
    # an input's slip is marked in a derived fact's citation too
    assert "国际级[sic，应为国家级]" in cite("city-national-little-giants")


def test_quotation_marks_never_nest() -> None:
    """“提升专精特新“小巨人”，打造发展新高地” used the same marks inside and out."""
    zh = cite("national-little-giants")
    assert "“提升专精特新‘小巨人’，打造发展新高地”" in zh
    en = cite("national-little-giants", "--lang", "en")
    assert "“Growing specialised ‘little giant’ firms into a new development highland”" in en
    for line in (zh + en).splitlines():
        depth = 0
        for char in line:
            if char == "“":
                depth += 1
                assert depth == 1, line
            elif char == "”":
                depth -= 1


def test_english_citation_is_english_outside_the_source_text() -> None:
    en = cite("geely-output", "--lang", "en")
    assert en.startswith(
        "Geely output value, 2022: over 22.4 billion yuan; source text (Chinese): 「"
    )
    assert "Jinzhong Development Zone (Comprehensive Reform Zone): Review of Work in 2022" in en
    assert "section “Methanol vehicles lead a new track, output value tops 20 billion yuan”" in en
    assert not CJK.search(re.sub(r"「[^」]*」", "", en))


def test_gbt7714_report_form() -> None:
    zh = cite("gdp", "--style", "gbt7714")
    assert zh.endswith(
        "——综改区晋中开发区. 综改区晋中开发区2022年工作回顾[R]. "
        "[出版地不详]: 综改区晋中开发区, 2022.\n"
    )
    assert "见“面对挑战迎难而上，稳居全省前列”部分" in zh
    en = cite("gdp", "--style", "gbt7714", "--lang", "en")
    assert en.endswith(
        "Jinzhong Development Zone (Comprehensive Reform Zone). Jinzhong Development Zone "
        "(Comprehensive Reform Zone): Review of Work in 2022[R]. [S.l.]: Jinzhong Development "
        "Zone (Comprehensive Reform Zone), 2022. (in Chinese)\n"
    )


def test_apa_report_form_transliterates_and_translates_the_title() -> None:
    en = cite("gdp", "--style", "apa", "--lang", "en")
    assert en.endswith(
        "— Jinzhong Development Zone (Comprehensive Reform Zone). (2022). Zong gai qu jin zhong "
        "kai fa qu 2022 nian gong zuo hui gu [Jinzhong Development Zone (Comprehensive Reform "
        "Zone): Review of Work in 2022].\n"
    )
    markdown = cite("gdp", "--style", "apa", "--lang", "en", "--format", "markdown")
    assert markdown.startswith("[^gdp]: ") and "*Zong gai qu" in markdown
    zh = cite("gdp", "--style", "apa")
    assert zh.endswith("——综改区晋中开发区. (2022). 综改区晋中开发区2022年工作回顾.\n")


def test_both_gives_a_line_in_each_language() -> None:
    lines = cite("gdp", "vat-credit-refunds", "--lang", "both").splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("「地区生产总值") and lines[1].startswith("Gross domestic product")


def test_language_from_the_environment() -> None:
    result = CliRunner().invoke(app, ["cite", "gdp"], env={"JZFACTS_LANG": "en"})
    assert result.stdout.startswith("Gross domestic product (GDP), 2022: 14.3 billion yuan")


def test_json_names_the_style_and_keeps_the_quote_verbatim() -> None:
    records = json.loads(cite("national-little-giants", "--style", "gbt7714", "--json"))
    [record] = records
    assert record["style"] == "gbt7714" and record["style_name"] == "GB/T 7714-2015"
    assert record["quote"] == "国际级专精特新“小巨人”企业达到5户"
    assert record["quote_marked"] == "国际级[sic，应为国家级]专精特新“小巨人”企业达到5户"
    assert record["errata"] == [{"text": "国际级", "correction": "国家级"}]
    assert record["reference"].endswith("[R]. [出版地不详]: 综改区晋中开发区, 2022.")
    assert record["citation"].startswith("「国际级[sic，应为国家级]")


@pytest.mark.parametrize("bad", [("--style", "mla"), ("--format", "table"), ("--lang", "fr")])
def test_cite_rejects_what_it_does_not_offer(bad: tuple[str, str]) -> None:
    result = CliRunner().invoke(app, ["cite", "gdp", *bad])
    assert result.exit_code == 2 and result.stdout == ""


def test_derived_citation_explains_the_inference() -> None:
    zh = cite("gdp-growth")
    assert zh.startswith(
        "2022年地区生产总值增速约为10.0%（据报告数据推算：战略性新兴产业产值同比增长70.7% − "
        "战略性新兴产业增速高于GDP增速60.7个百分点 ≈ 10.0%）「"
    )
    en = cite("gdp-growth", "--lang", "en")
    assert en.startswith(
        "GDP growth rate (inferred), 2022: about 10% (inferred: Growth of strategic emerging "
        "industries' output (70.7%) − Strategic emerging industries' growth above GDP growth "
        "(60.7 percentage points) ≈ 10%)"
    )
