"""The sentence of an answer (render.answer_sentence, which the ask engine calls for
single-fact answers): natural Chinese, faithful English, sources, notes.

The twenty Chinese sentences below were read as a native speaker would and fixed where
they did not read naturally (为 after a verb phrase, 有 for things counted, a bracket
that only repeats the value, 2022年年底, …); they are kept here so that a change to the
rules shows up as a diff to read again.
"""

from __future__ import annotations

import pytest

from jzfacts import factbase, files, prose, render
from jzfacts.model import FactBase
from jzfacts.prose import Lang

REVIEWED = {
    "gdp": "2022年地区生产总值为143亿元。",
    "geely-output": "2022年吉利汽车产值突破224亿元。",
    "geely-industrial-growth-contribution": "2022年吉利汽车拉动全区工业增加值增长27.26个百分点。",
    "baixiang-food-growth-contribution": (
        "2022年白象食品拉动食品行业规上工业总产值增长17.77个百分点。"
    ),
    "strategic-emerging-output-growth": "2022年战略性新兴产业产值同比增长70.7%。",
    "strategic-emerging-growth-above-gdp": "2022年战略性新兴产业增速高于GDP增速60.7个百分点。",
    "high-tech-enterprises": "2022年高新技术企业数为171户。",
    "methanol-trucks-delivered": "2022年底集中交付的甲醇重卡有500台。",
    "cadres-rotated": "2022年轮岗干部有2人。",
    "promoted-to-division-head": "2022年提拔正处级干部1人。",
    "vat-credit-refunds": "2022年留抵退税17亿元。",
    "vat-refunds-rank-first-in-city": "2022年留抵退税全市排名第一。",
    "support-funds-relief": "2022年拨付企业产业扶持资金1.11亿元（助企渡过难关）。",
    "delegated-powers": "2022年承接省市赋权事项1235项。",
    "april-2022-shutdown-share": "2022年4月停产停业停工的“四上”企业和建筑工地占比为85%。",
    "enterprises-output-over-100m-share": "2022年亿元以上企业占全区规上企业比重为25%。",
    # Inferred: "据报告数据推算" leads, so the first sentence never passes for a stated one.
    "above-scale-enterprises": "据报告数据推算，2022年全区规上企业数约为152户。",
    "gdp-growth": "据报告数据推算，2022年地区生产总值增速约为10.0%。",
    "pre-pandemic-comparison-span": "2022年经济总量首次超过疫情前水平所对照的时间跨度为近3年。",
    "new-service-companies": "2022年“一部一中心三公司”中新成立的公司有3家。",
}


@pytest.fixture(scope="module")
def base() -> FactBase:
    return factbase.load(files.locate(None), use_cache=False)


@pytest.mark.parametrize("fact_id", list(REVIEWED))
def test_reviewed_chinese_sentences(base: FactBase, fact_id: str) -> None:
    sentence = render.answer_sentence(base, base.by_id[fact_id], True)
    assert sentence.startswith(REVIEWED[fact_id] + "（")


def test_a_verb_phrase_takes_its_value_without_wei(base: FactBase) -> None:
    """拉动全区工业增加值增长27.26个百分点, never …增长为27.26个百分点."""
    for fact in base.facts:
        if fact.value_text is None:
            continue
        head = prose.statement_zh(fact)
        assert "增长为" not in head and "高于GDP增速为" not in head, head
        assert "年年底" not in head, head


def test_chinese_sources_name_section_and_quote(base: FactBase) -> None:
    sentence = render.answer_sentence(base, base.by_id["national-little-giants"], True)
    assert sentence.endswith(
        "（来源：《综改区晋中开发区2022年工作回顾》“提升专精特新‘小巨人’，打造发展新高地”部分；"
        "原文：「国际级[sic，应为国家级]专精特新“小巨人”企业达到5户」）"
    )


def test_derived_sentences_say_how_and_quote_each_input_once(base: FactBase) -> None:
    zh = render.answer_sentence(base, base.by_id["zone-industrial-output"], True)
    assert zh.startswith("据报告数据推算，2022年全区产值约为398.07亿元。")
    assert (
        "（推算：亿元以上企业产值131.76亿元 ÷ 亿元以上企业产值占全区比重33.1% ≈ 398.07亿元；" in zh
    )
    assert zh.count("「全区产值亿元以上企业达到38户") == 1
    assert "（推算）" not in zh.split("（推算：")[0]
    en = render.answer_sentence(base, base.by_id["zone-industrial-output"], False)
    assert en.startswith(
        "Zone's total output value (inferred), 2022: about 39.807 billion yuan — inferred: "
        "Output of enterprises with output over 100 million yuan (13.176 billion yuan) ÷ "
        "Share of the zone's output from enterprises over 100 million yuan (33.1%) ≈ "
        "39.807 billion yuan; source text: 「"
    )


def test_english_sentences_keep_chinese_inside_the_quotes_only(base: FactBase) -> None:
    import re

    for fact in base.facts:
        sentence = render.answer_sentence(base, fact, False)
        outside = re.sub(r"「[^」]*」", "", sentence)
        # labels may quote a Chinese term (Huawei Pharmaceutical (华卫 …)) only inside
        # the report's own name for a thing; values and hedges are English
        assert not re.search(r"\d[\u4e00-\u9fff]", outside), sentence
        assert "突破" not in outside and "约" not in outside


def test_lang_parameter_and_both(base: FactBase) -> None:
    fact = base.by_id["geely-output"]
    zh = render.answer_sentence(base, fact, lang="zh")
    en = render.answer_sentence(base, fact, lang=Lang.EN)
    assert render.answer_sentence(base, fact, True) == zh
    assert render.answer_sentence(base, fact, False) == en
    assert render.answer_sentence(base, fact, lang="both") == f"{zh}\n{en}"
    assert en.startswith("Geely output value, 2022: over 22.4 billion yuan — source: ")


def test_events_read_as_dated_statements(base: FactBase) -> None:
    assert prose.statement_zh(base.by_id["cadre-training"]) == "2022年，党员干部培训"
    assert prose.statement_en(base.by_id["cadre-training"]) == (
        "Training of Party members and cadres, 2022"
    )


def test_nested_quotation_marks_alternate(base: FactBase) -> None:
    assert prose.quoted_zh("提升专精特新“小巨人”，打造发展新高地") == (
        "“提升专精特新‘小巨人’，打造发展新高地”"
    )
    assert prose.quoted_en('Growing specialised "little giant" firms') == (
        "“Growing specialised ‘little giant’ firms”"
    )
    assert prose.source_quote("甲「乙」丙") == "「甲『乙』丙」"
