"""The question analyser on its own: folding, measures, periods, operators."""

from __future__ import annotations

from typing import Any

import pytest

from jzfacts.search import analyse
from jzfacts.search.fold import fold_query, sound_of

pytestmark = pytest.mark.engine  # the engine alone: no warm cache folder a test


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("地區生產總值", "地区生产总值"),
        ("華衛藥業", "华卫药业"),
        ("Jílì zhěngchē", "jili zhengche"),
        ("lǜ", "lv"),
        ("ＧＤＰ１４３", "gdp143"),
    ],
)
def test_folding(typed: str, folded: str) -> None:
    assert fold_query(typed) == folded


def test_sounds() -> None:
    assert sound_of("思普瑞") == sound_of("斯普瑞") == "sipurui"
    assert sound_of("粉盾") == "fendun"


@pytest.mark.parametrize(
    ("query", "measure"),
    [
        ("白象食品产值是多少", "output-value"),
        ("GDP增速", "growth-rate"),  # the rate, of GDP
        ("亿元以上企业产值占全区比重", "share"),
        ("党建联盟有几个", "count"),
        ("How many firms have output above 100 million yuan?", "count"),
        ("吉利汽车利润", "profit"),  # a measure no fact states
        ("How many employees does Geely have?", "employees"),
        ("投资结构有没有改善", None),  # 投资 modifies 结构: no amount asked
        ("经济总量超过疫情前水平了吗", None),  # a yes/no question about an event
        ("亿元以上工业企业户数", "count"),
        ("经济总量是多少年来首次超过疫情前", "duration"),
        ("how many years had the economy been below its pre-COVID level", "duration"),
        # A measure word before a threshold names a class of firms, not the figure asked.
        ("companies with sales above 100 million yuan", None),
        ("营收过亿的企业有多少家", "count"),
        ("产值亿元以上的企业合计实现产值多少", "output-value"),
        # An English measure word that names something else: the head of a compound
        # (investment funds are funds), or after "<noun> of" (the mix of investment).
        ("two investment funds launched", None),
        ("better mix of investment", None),
        ("how much investment went into technical upgrades", "investment"),
        ("升任处长的人数", "count"),  # 人数: how many people
        # A verb of an amount beside the amount's own word: the word names the measure.
        ("How much output do the firms above 100 million yuan produce in total?", "output-value"),
        ("Which grew faster, strategic emerging industries or GDP?", "growth-rate"),
        ("吉利汽车职工人数", "employees"),  # not the count of anything the report states
    ],
)
def test_the_measure_asked(query: str, measure: str | None) -> None:
    assert analyse(query).measure == measure


def test_the_subject_is_what_is_left_of_the_measure() -> None:
    question = analyse("白象食品产值是多少")
    assert [t.text for t in question.subject] == ["白象食品"]
    assert [t.text for t in question.terms] == ["白象食品产值"]


@pytest.mark.parametrize(
    ("query", "start", "end"),
    [
        ("六月发生了什么", "2022-06", "2022-06"),
        ("what happened in June", "2022-06", "2022-06"),
        ("12月", "2022-12", "2022-12"),
        ("截至2022年底专精特新企业", "2022-12", "2022-12"),
        ("22年底国家级小巨人多少户", "2022-12", "2022-12"),
        ("上半年", "2022-01", "2022-06"),
        ("Q2", "2022-04", "2022-06"),
        ("2021年GDP", "2021", "2021"),
    ],
)
def test_periods(query: str, start: str, end: str) -> None:
    period = analyse(query).period
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_month_is_never_a_term() -> None:
    assert analyse("12月").terms == []  # not the 12 of 12项


@pytest.mark.parametrize(
    ("query", "operator", "sides"),
    [
        ("白象食品和华卫药业谁拉动得多", "compare", [["白象食品"], ["华卫药业"]]),
        ("轮岗的人多还是提拔的人多", "compare", [["轮岗"], ["提拔"]]),  # 的人多: 人数
        ("哪个企业产值最高", "max", []),
        ("which sector grew fastest", "max", []),
        ("六月发生了什么", "events", []),
    ],
)
def test_operators(query: str, operator: str, sides: list[list[str]]) -> None:
    question = analyse(query)
    assert question.operator == operator
    assert [[t.text for t in side] for side in question.sides] == sides


def test_which_enterprise_is_a_constraint_not_a_term() -> None:
    question = analyse("哪个企业产值最高")
    assert question.about_enterprise
    assert [t.text for t in question.terms] == ["产值"]


def test_spaced_pinyin_is_one_word() -> None:
    assert [t.text for t in analyse("gao xin ji shu qi ye").terms] == ["gaoxinjishuqiye"]
    # A measure word at the end is read as one: chanye + 扶持资金 (funds).
    assert [t.text for t in analyse("chan ye fu chi zi jin").terms] == ["chanye", "扶持资金"]
    assert [t.text for t in analyse("he is on the go").terms] != ["heisonthego"]


def test_an_everyday_word_inside_a_longer_term_is_read_as_the_reports(report_base: Any) -> None:
    """卖出 (sold) stands for 交付 (delivered) inside 卖出去, and 带动 for 拉动 inside a
    phrase; the rest of the term still has to match, so nothing else is found by it."""
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    sold = search.search(base, "卖出去多少卡车", limit=1)
    assert [m.fact.id for m in sold] == ["methanol-trucks-delivered"]
    driven = search.search(base, "白象对食品业的带动", limit=1)
    assert [m.fact.id for m in driven] == ["baixiang-food-growth-contribution"]
    assert search.search(base, "卖出去多少房子") == []


def test_a_bare_name_asks_for_the_things_themselves(report_base: Any) -> None:
    """With no measure asked, facts that tie on the name are ordered by how plainly they
    state it: the count of little giants before their share of the city's, Geely's
    vehicles before their value."""
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    little = search.search(base, "guojiaji xiaojuren", limit=3)
    assert little[0].fact.id == "national-little-giants"
    assert little[0].score == little[1].score  # a tie, broken by the measure
    assert search.search(base, "jili zhengche", limit=1)[0].fact.id == "geely-vehicles"
    # Asked for a share, the share comes first again.
    share = search.search(base, "国家级小巨人占比", limit=1)
    assert share[0].fact.id == "national-little-giants-city-share"


def test_a_word_with_a_meaning_of_its_own_is_no_typo(report_base: Any) -> None:
    """sales is not a misspelt scale (above-scale): it must not hit the share of
    above-scale enterprises harder than the class of firms it describes."""
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    found = search.search(base, "companies with sales above 100 million yuan", limit=1)
    assert found[0].fact.id == "enterprises-output-over-100m"


@pytest.mark.parametrize(
    "query",
    [
        "管委会主任是谁",  # who: 主任 of 主任是谁 is the unlisted word, not a name to match
        "price of a methanol heavy truck",  # a measure the report never states
        "党员总数",  # a count: the training of Party members states none
        "党建联盟成员企业数量",
        "产业发展基金规模",  # the size of funds the report names without an amount
        "华卫药业产值多少",  # asked outright: its contribution to growth is no output value
        "产出强度是多少",  # an indicator the report names without a value (in a quote)
        "汾盾1号掘进直径",  # a dimension of the machine: the report gives none
        "land area of the development zone",
    ],
)
def test_a_number_or_measure_the_report_lacks_finds_nothing(query: str, report_base: Any) -> None:
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    assert search.search(base, query) == []


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("税收返还", "vat-credit-refunds"),  # 税收 inside a word for a refund asks no tax revenue
        ("开发区经济规模有多大", "gdp"),  # 规模 of the economy is its GDP
        ("Which firm pushed pharma output up the most?", "huawei-pharma-growth-contribution"),
        ("worst ranking among Shanxi development zones", "april-2022-ranked-last"),
        ("留抵退税规模", "vat-credit-refunds"),  # the size of an amount is the amount
        ("What did Geely produce in 2022?", "geely-vehicles"),  # produce, produc(ed)
        ("GPD of the developement zone", "gdp"),  # a misspelt filler word is filler
        ("full-year 2022 GDP", "gdp"),
        ("7项省考核指标完成得怎么样", "provincial-indicators-exceeded"),  # 得怎么样 is filler
        ("getting all paperwork done without leaving the zone", "services-within-zone"),
        # A superlative without a number asked may be answered by a statement.
        ("one of the best zones in Shanxi", "province-leading-position"),
        ("worst performing zone in April", "april-2022-ranked-last"),
    ],
)
def test_words_that_look_unstated_but_are_not(query: str, fact: str, report_base: Any) -> None:
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    assert fact in [m.fact.id for m in search.search(base, query, limit=3)]


@pytest.mark.parametrize(
    ("query", "items"),
    [
        ("专精特新企业、省级小巨人、国家级小巨人，哪一类数量最多？", 3),
        ("白象食品、华卫药业、吉利汽车三家中，哪家拉动增长的百分点最多？", 3),
        ("留抵退税和两笔产业扶持资金中，哪一项金额最大？", 2),
        ("which is largest: GDP, Geely output or methanol vehicle output?", 3),
        (
            "Among high-tech firms, specialised firms and firms with output over 100 million yuan, "
            "which group is largest?",
            3,
        ),
        ("Which is the smallest number — national little giants, tech centres, or projects?", 3),
        ("白象食品和华卫药业谁拉动得多", 0),  # two things: a comparison's sides
        ("哪个企业产值最高", 0),
    ],
)
def test_the_things_a_superlative_chooses_among(query: str, items: int) -> None:
    assert len(analyse(query).items) == items


def test_a_comparison_lists_the_side_that_answers_first(report_base: Any) -> None:
    """白象食品和华卫药业谁拉动得多 is answered by Huawei's 25.35 points: first in search
    too, whatever the scores; 谁少 puts the smaller first."""
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    more = search.search(base, "白象食品和华卫药业谁拉动得多", limit=2)
    assert [m.fact.id for m in more] == [
        "huawei-pharma-growth-contribution",
        "baixiang-food-growth-contribution",
    ]
    less = search.search(base, "白象食品和华卫药业谁拉动得少", limit=2)
    assert less[0].fact.id == "baixiang-food-growth-contribution"


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # Taiwan and Hong Kong wording: 家數 (a count of firms), 拉抬 (pull up), 逾 (over),
        # 年增 and 成長 (growth), 全數 (all).
        ("高新技術企業家數", "high-tech-enterprises"),
        ("白象食品拉抬食品業產值", "baixiang-food-growth-contribution"),
        ("產值逾億元企業家數", "enterprises-output-over-100m"),
        ("省考核指標全數超標達成", "provincial-indicators-exceeded"),
        ("戰略性新興產業產值年增多少", "strategic-emerging-output-growth"),
    ],
)
def test_traditional_wording_of_taiwan_and_hong_kong(
    query: str, fact: str, report_base: Any
) -> None:
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    assert search.search(base, query, limit=1)[0].fact.id == fact


def test_which_of_a_family_puts_the_one_that_answers_first(report_base: Any) -> None:
    """两笔…哪笔金额更大: the two payments tie on the words; the larger answers."""
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    found = search.search(base, "两笔产业扶持资金哪笔金额更大", limit=2)
    assert [m.fact.id for m in found] == ["support-funds-industrial", "support-funds-relief"]


def test_a_choice_among_listed_things_lists_the_answer_first(report_base: Any) -> None:
    """专精特新、高新技术、亿元以上企业哪个数量最多: each thing's best fact, by count, the
    largest (171 high-tech firms) first; 最少 puts them smallest first."""
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    most = search.search(base, "专精特新、高新技术、亿元以上企业哪个数量最多", limit=3)
    assert most[0].fact.id == "high-tech-enterprises"
    assert [m.fact.value for m in most] == sorted((m.fact.value for m in most), reverse=True)
    least = search.search(base, "专精特新、高新技术、亿元以上企业哪个数量最少", limit=3)
    assert [m.fact.value for m in least] == sorted(m.fact.value for m in least)
    assert "high-tech-enterprises" in [m.fact.id for m in least]


@pytest.mark.parametrize("query", ["哪个增速最快", "which grew fastest"])
def test_a_ranking_of_a_measure_lists_only_that_measure(query: str, report_base: Any) -> None:
    """增速最快: the growth rates, the fastest (strategic emerging industries, 11%) first;
    never the count of indicators whose sentence mentions growth, nor a statement."""
    from jzfacts import search

    base = report_base  # the worker's one base (conftest)
    found = search.search(base, query)
    assert found and {m.fact.measure for m in found} == {"growth-rate"}
    assert found[0].fact.id == "strategic-emerging-output-growth"
