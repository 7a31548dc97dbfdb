"""Everyday wording of whole questions: the words people put around what they ask
(verbs that only say a figure came about, numbers written out, growth asked as a change
over the year) must neither sink the question nor change what it asks."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jzfacts import answer, search
from jzfacts.cli import app
from jzfacts.model import FactBase
from jzfacts.search import analyse
from jzfacts.search.index import search_data


@pytest.fixture(scope="module")
def base(report_base: FactBase) -> FactBase:
    return report_base  # the worker's one base (conftest.report_base)


def _answered(base: FactBase, question: str) -> list[str]:
    result = answer.ask(base, question)
    return [fact.id for fact in result.facts] if result.answered else []


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # A verb that says only that the figure came about (received, completed,
        # account for) is no subject the report lacks.
        ("How much in VAT credit refunds did companies in the zone receive?", "vat-credit-refunds"),
        ("Which company completed the world's first mining TBM, Fendun No. 1?", "fendun-1-tbm"),
        (
            "What share of the city's national-level little giants does the zone account for?",
            "national-little-giants-city-share",
        ),
        # The change over the year is the growth rate, however it is said.
        ("GDP同比增长多少", "gdp-growth"),
        ("GDP较上年增长多少", "gdp-growth"),
        ("GDP与上年相比增长了多少", "gdp-growth"),
        ("新兴产业的产值比上年涨了多少？", "strategic-emerging-output-growth"),
        ("GDP growth compared with last year", "gdp-growth"),
        ("GDP year-on-year", "gdp-growth"),
        # Numbers written out or with thousands separators are thresholds.
        (
            "How many firms turned over more than a hundred million yuan?",
            "enterprises-output-over-100m",
        ),
    ],
)
def test_answered(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Geely build more than 100,000 vehicles in 2022?", "yes"),
        ("Did Geely build more than a hundred thousand vehicles?", "yes"),
        ("Did Geely build over 200,000 cars?", "no"),
    ],
)
def test_numbers_written_out_are_held_against_the_figure(
    base: FactBase, question: str, verdict: str
) -> None:
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == "geely-vehicles"
    assert result.verdict == verdict


@pytest.mark.parametrize(
    ("question", "number", "exponent"),
    [
        ("did it exceed 100,000 vehicles", "100000", 0),
        ("more than a hundred million yuan?", "100", 6),
        ("did output top two hundred thousand yuan", "200", 3),
    ],
)
def test_the_threshold_read(question: str, number: str, exponent: int) -> None:
    threshold = analyse(question if question.startswith("did") else f"did {question}").threshold
    assert threshold is not None
    assert (threshold.number, threshold.exponent) == (number, exponent)


def test_a_name_is_not_first_when_its_measure_is_not_the_one_asked(base: FactBase) -> None:
    # "GDP year-on-year" is GDP's growth: GDP's own name must not put GDP first.
    for query, first in (
        ("GDP year-on-year", "gdp-growth"),
        ("GDP同比", "gdp-growth"),
        ("GDP", "gdp"),
    ):
        assert search.search(base, query, limit=1)[0].fact.id == first


def test_a_bare_over_is_still_no_threshold() -> None:
    # "one of the top 500", "over 100": a name or a bare number, not a figure held.
    assert analyse("is it one of the top 500 companies").threshold is None
    assert analyse("did it rank over 100").threshold is None


@pytest.mark.parametrize(
    "question",
    [
        "提拔的正处级和副处级干部分别是多少人？",
        "How many officials were promoted to division head and deputy division head respectively?",
    ],
)
def test_respectively_answers_each_thing_named(base: FactBase, question: str) -> None:
    # 分别 / respectively: both figures, in the order asked.
    assert _answered(base, question) == ["promoted-to-division-head", "promoted-to-deputy-division"]


@pytest.mark.parametrize(
    "question",
    [
        "How does the output of strategic emerging industries compare with the zone's GDP?",
        "GDP versus the output of strategic emerging industries: which is larger?",
        "GDP compared with strategic emerging output",
    ],
)
def test_versus_and_compare_with_join_the_two_sides(base: FactBase, question: str) -> None:
    assert sorted(_answered(base, question)) == ["gdp", "strategic-emerging-output"]


@pytest.mark.parametrize(
    ("query", "first"),
    [("承接省市赋权事项数目", "delegated-powers"), ("承接省市賦權事項數目", "delegated-powers")],
)
def test_a_count_asked_as_its_number_is_the_count(base: FactBase, query: str, first: str) -> None:
    # 数目 (the number of) says a count, as 户数 and 家数 do: no word to match.
    assert analyse(query).measure == "count"
    assert search.search(base, query, limit=1)[0].fact.id == first


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # A preposition or the passive marker glued to a word (从省市, 被批为) is grammar.
        ("开发区从省市承接了多少项赋权事项？", "delegated-powers"),
        ("有多少家企业被批为专精特新中小企业？", "specialised-smes-approved"),
        # 拿到 says only that something came about; 组建 is the report's 建立.
        ("拿到专精特新中小企业认定的企业有多少家？", "specialised-smes-approved"),
        ("开发区组建了多少个产业党建联盟？", "party-alliances-count"),
    ],
)
def test_chinese_grammar_around_the_words_asked(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("開發區的專精特新企業一共有幾多家？", "specialised-enterprises"),  # 幾多: how many
        ("吉利去年整咗幾多架車", "geely-vehicles"),  # 整咗: made; 架: the cars' classifier
    ],
)
def test_hong_kong_cantonese_questions(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]
    assert search.search(base, question, limit=1)[0].fact.id == fact


@pytest.mark.parametrize(
    "question", ["前年开发区的地区生产总值是多少？", "What was GDP the year before last?"]
)
def test_the_year_before_the_reports_is_another_period(base: FactBase, question: str) -> None:
    # 去年 is the report's year; 前年 is the one before, which the report gives no GDP for.
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "unstated-measure"


@pytest.mark.parametrize(
    "question",
    ["哪笔钱最多", "开发区发给企业的钱哪一笔最大", "Which sum of money was the largest?"],
)
def test_which_sum_is_largest_ranks_the_funds(base: FactBase, question: str) -> None:
    # 钱, 笔, sum: sums of money paid out, never counts of vehicles or firms; 企业 in
    # 发给企业的钱 says whose money, not that an enterprise is chosen.
    result = answer.ask(base, question)
    assert result.answered
    assert result.facts[0].id == "vat-credit-refunds"
    assert all(fact.measure == "funds" for fact in result.facts)


@pytest.mark.parametrize("query", ["金中开发区GDP", "进中开发区地区生产总值", "晋中开发区GDP"])
def test_the_zones_name_misheard_is_filler(base: FactBase, query: str) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == "gdp"


def test_the_zone_first_characters_are_those_the_table_reads_jin_kai_zong() -> None:
    from jzfacts.search.score import ZONE_FIRST_CHARACTERS
    from jzfacts.search.sounds import SYLLABLE_CHARS

    table = dict(entry.partition(":")[::2] for entry in SYLLABLE_CHARS)
    assert set(ZONE_FIRST_CHARACTERS) == set(table["jin"] + table["kai"] + table["zong"])


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("2022年度留抵退税总额", "vat-credit-refunds"),  # 年度, 总额: the year, the amount
        ("被市里评为技术中心的公司", "municipal-tech-centres"),  # 被 before 市
        ("开发区按照什么标准选干部？", "cadre-selection-principles"),
        ("升到副处的有多少人", "promoted-to-deputy-division"),
        ("幹部輪調人數", "cadres-rotated"),  # 輪調: Taiwan's word for 轮岗
    ],
)
def test_grammar_and_everyday_words_around_a_name(base: FactBase, query: str, first: str) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


@pytest.mark.parametrize(
    ("question", "ids", "gap"),
    [
        ("省级小巨人比国家级多几家？", ["provincial-little-giants", "national-little-giants"], 12),
        ("国家级比省级少几家", ["national-little-giants", "provincial-little-giants"], -12),
        ("副处比正处多提拔了几人", ["promoted-to-deputy-division", "promoted-to-division-head"], 6),
        (
            "How many more provincial little giants are there than national ones?",
            ["provincial-little-giants", "national-little-giants"],
            12,
        ),
    ],
)
def test_how_many_more_is_the_difference(
    base: FactBase, question: str, ids: list[str], gap: int
) -> None:
    result = answer.ask(base, question)
    assert [fact.id for fact in result.facts] == ids
    assert result.difference == gap


def test_a_rates_gap_is_still_the_stated_gap(base: FactBase) -> None:
    # 高多少 of two growth rates is the gap the report states, not a difference computed.
    assert _answered(base, "战新产业增速比GDP高多少") == ["strategic-emerging-growth-above-gdp"]


@pytest.mark.parametrize("question", ["正处和副处各提拔了几个？", "省级和国家级小巨人各有多少家"])
def test_each_with_a_verb_answers_both(base: FactBase, question: str) -> None:
    assert len(_answered(base, question)) == 2


def test_a_share_of_the_whole_zone_names_no_subject(base: FactBase) -> None:
    # 占全区的比重: the whole is named, not whose share; several facts are such shares.
    result = answer.ask(base, "占全区的比重是多少？")
    assert not result.answered and result.reason == "ambiguous"
    assert _answered(base, "亿元以上企业产值占全区的比重是多少？") == [
        "enterprises-output-over-100m-output-share"
    ]


def test_a_superlative_of_two_things_is_a_comparison(base: FactBase) -> None:
    question = (
        "Which grew fastest in 2022: strategic emerging industries or the economy as a whole?"
    )
    assert sorted(_answered(base, question)) == ["gdp-growth", "strategic-emerging-output-growth"]
    # 占比 holds 比, which joins no two things: still a ranking of shares.
    assert analyse("报告里占比最高的数据").operator == "max"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # 在哪里 asks where, which the statement says; 世界上第一台 is the report's 全球首台
        # (and 第一台 is not cut in two when 下线 is joined back).
        ("世界上第一台醇电混动轿车是在哪里下线的？", "first-methanol-hybrid-sedan"),
        ("山西省第一台甲醇重卡是在哪儿造出来的？", "first-methanol-heavy-truck"),
        ("为了帮企业熬过难关，开发区发了多少扶持款？", "support-funds-relief"),
        (
            "What was the combined output value of the firms with output above 100 million yuan?",
            "enterprises-output-over-100m-output",
        ),
    ],
)
def test_where_first_and_combined(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]


def test_net_profit_is_profit(base: FactBase) -> None:
    assert analyse("吉利晋中工厂去年净利润是多少？").measure == "profit"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # Pronouns and negation carry no subject.
        (
            "How much tax did firms get back for input credits they had not used?",
            "vat-credit-refunds",
        ),
        (
            "小巨人企业里哪一级数量最少？",
            "national-little-giants",
        ),  # 哪一级: a level, no enterprise
    ],
)
def test_pronouns_and_levels(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]


def test_the_zones_name_in_pinyin_is_filler(base: FactBase) -> None:
    assert search.search(base, "jinzhong kaifaqu GDP", limit=1)[0].fact.id == "gdp"


def test_a_declined_comparison_lists_each_related_fact_once(base: FactBase) -> None:
    result = answer.ask(
        base,
        "For the enterprises with output above 100 million yuan, which is bigger: their share "
        "of above-scale firms or their share of the zone's output?",
    )
    ids = [match.fact.id for match in result.related]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("How many officials got bumped up a rank last year in total?", "cadres-promoted-total"),
        (
            "Roughly how many larger, above-designated-size firms are there in the zone?",
            "above-scale-enterprises",
        ),
        ("那台超长的智能纺纱机得了什么奖？", "jwf1580-spinning-frame-award"),  # 得了: got
    ],
)
def test_everyday_verbs_and_hedges(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]


@pytest.mark.parametrize(
    ("question", "first", "absent"),
    [
        ("提拔的干部里哪个级别人数最多？", "promoted-to-deputy-division", "cadres-promoted-total"),
        ("小巨人企业里哪一级数量最少？", "national-little-giants", "city-national-little-giants"),
    ],
)
def test_a_ranking_ranks_the_things_not_a_figure_inferred_from_them(
    base: FactBase, question: str, first: str, absent: str
) -> None:
    # The total of the levels is no level; the city's inferred count no level of giant.
    ranked = _answered(base, question)
    assert ranked[0] == first and absent not in ranked
    assert search.search(base, "which level had the most promotions", limit=1)[0].fact.id == (
        "promoted-to-deputy-division"
    )


def test_each_inside_a_superlative_is_grammar(base: FactBase) -> None:
    # 各拨了多少，哪笔多: the two payments, ranked; 各 glued to the name is no word of it.
    assert _answered(base, "两笔产业扶持资金各拨了多少，哪笔多？") == [
        "support-funds-industrial",
        "support-funds-relief",
    ]


def test_vehicle_models_are_the_cars_and_trucks(base: FactBase) -> None:
    found = [m.fact.id for m in search.search(base, "2022年6月下线的车型", limit=2)]
    assert sorted(found) == ["first-methanol-heavy-truck", "first-methanol-hybrid-sedan"]


@pytest.mark.parametrize(
    "query", ["国家级小巨人企业有几家", "國家級小巨人企業數", "国家级小巨人企叶"]
)
def test_a_stated_figure_before_one_inferred_from_it_by_division(
    base: FactBase, query: str
) -> None:
    # The city's 10 is inferred from the zone's 5 and its 50% share: another whole.
    found = [m.fact.id for m in search.search(base, query, limit=2)]
    assert found == ["national-little-giants", "city-national-little-giants"]


def test_a_sum_stays_before_its_parts(base: FactBase) -> None:
    assert search.search(base, "promotions of officials", limit=1)[0].fact.id == (
        "cadres-promoted-total"
    )


def test_money_names_the_funds_only_when_nothing_else_says_what_it_is(base: FactBase) -> None:
    # 产出多少钱: the value of the output; 哪笔钱: the funds.
    assert analyse("那些产值过亿的大厂一共产出多少钱？").measure == "output-value"
    assert _answered(base, "那些产值过亿的大厂一共产出多少钱？") == [
        "enterprises-output-over-100m-output"
    ]
    assert analyse("哪笔钱最多").measure == "funds"


def test_which_month_asks_a_date_not_a_number(base: FactBase) -> None:
    # 几月份 holds 几, but the answer is the event's date.
    assert _answered(base, "全球首台醇电混动轿车是几月份下线的？") == [
        "first-methanol-hybrid-sedan"
    ]
    assert not analyse("全球首台醇电混动轿车是几月份下线的？").wants_number


def test_a_level_of_government_never_matches_another(base: FactBase) -> None:
    # 省级小巨人 is not 国家级小巨人, however alike the rest: the provincial giants' share of
    # the city is not stated (the national ones' is).
    result = answer.ask(base, "省级小巨人占全市的比重是多少？")
    assert not result.answered and result.reason == "unstated-measure"
    assert _answered(base, "国家级小巨人占全市的比重是多少？") == [
        "national-little-giants-city-share"
    ]


@pytest.mark.parametrize(
    ("question", "said"), [("Which is bigger?", "compare"), ("哪个最多？", "比较")]
)
def test_a_superlative_of_nothing_named_is_ambiguous(
    runner: CliRunner, base: FactBase, question: str, said: str
) -> None:
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "ambiguous" and result.related == ()
    run = runner.invoke(app, ["ask", question])
    assert run.exit_code == 1 and said in run.stderr


@pytest.mark.parametrize(
    ("question", "fact", "verdict"),
    [
        ("吉利产值过了200亿没有？", "geely-output", "yes"),  # 过了…没有
        (
            "战略性新兴产业的增速超过七成了吗？",
            "strategic-emerging-output-growth",
            "yes",
        ),  # 七成: 70%
        ("年底交付的甲醇重卡有没有上千台？", "methanol-trucks-delivered", "no"),  # 上千: 1000
        ("省里市里下放给开发区的权限有没有超过一千项？", "delegated-powers", "yes"),
        ("高新技术企业有没有两百户", "high-tech-enterprises", "no"),  # 有没有 N: at least N
    ],
)
def test_numbers_in_chinese_words_are_thresholds(
    base: FactBase, question: str, fact: str, verdict: str
) -> None:
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == fact
    assert result.verdict == verdict


def test_a_class_over_a_round_number_is_no_threshold(base: FactBase) -> None:
    # 产值过亿的企业 names a class; 超过30家 is the number held.
    result = answer.ask(base, "产值过亿的企业有没有超过30家？")
    assert result.answered and result.facts[0].id == "enterprises-output-over-100m"
    assert result.verdict == "yes"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("咱开发区去年GDP涨了多少啊？", "gdp-growth"),  # 咱: our
        ("晉中開發區去年國內生產毛額多少？", "gdp"),  # Taiwan's word for GDP
        ("亿元以上企业一共创造了多少产值？", "enterprises-output-over-100m-output"),
        ("从省里市里接过来多少项赋权？", "delegated-powers"),
        ("Which company finished assembling the world's first mining TBM?", "fendun-1-tbm"),
        (
            "When did the zone ink its deal with the province's state capital operator?",
            "provincial-state-capital-agreement",
        ),
        (
            "How many of the province's yardsticks did the zone overshoot for the year?",
            "provincial-indicators-exceeded",
        ),
        (
            "In which month did the zone come bottom of the provincial development-zone rankings?",
            "april-2022-ranked-last",
        ),
    ],
)
def test_more_everyday_wording(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]


def test_plural_ing_words_stem_like_their_singular() -> None:
    from jzfacts.search.index import stem

    assert stem("rankings") == stem("ranking") == stem("ranked") == "rank"


@pytest.mark.parametrize(
    "question",
    [
        "省级小巨人是国家级小巨人的几倍？",
        "How many times larger is the number of provincial little giants than national ones?",
    ],
)
def test_how_many_times_is_the_ratio(base: FactBase, question: str) -> None:
    result = answer.ask(base, question)
    assert [fact.id for fact in result.facts] == [
        "provincial-little-giants",
        "national-little-giants",
    ]
    assert result.ratio is not None and round(result.ratio, 1) == Decimal("3.4")


def test_the_ratio_of_a_floor_is_hedged(base: FactBase) -> None:
    # 突破224亿元 is a floor: the ratio it gives is one too (0.78 times or more).
    result = answer.ask(base, "吉利产值是战略性新兴产业产值的几倍")
    assert result.answered and result.gap_hedge == "over"
    assert result.ratio is not None and round(result.ratio, 2) == Decimal("0.78")


def test_how_much_faster_in_points_is_the_stated_gap(base: FactBase) -> None:
    assert _answered(base, "新兴产业增长比GDP快了多少个百分点？") == [
        "strategic-emerging-growth-above-gdp"
    ]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("jia2 chun2 qi4 che1 chan3 zhi2", "methanol-vehicle-output-headline"),  # tone numbers
        ("zhuanjingtexin qiye duoshao hu", "specialised-enterprises"),  # duoshao: 多少
        ("国家级小巨人在全市所占份额", "national-little-giants-city-share"),  # 份额: share
        ("承接省市下放權限的項目數", "delegated-powers"),  # 下放权限: the report's 赋权
        ("award for an extra-long smart spinning machine", "jwf1580-spinning-frame-award"),
    ],
)
def test_tone_numbers_pinyin_question_words_and_shares(
    base: FactBase, query: str, first: str
) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


def test_the_whole_zone_is_the_reports_quanqu(base: FactBase) -> None:
    # 开发区 is filler; 整个开发区 must not leave 整个 alone to match 甲醇汽车's 整车.
    assert analyse("整个开发区的产值").subject[0].text.startswith("全区")
    found = search.search(base, "整个开发区一年的产值有多少", limit=1)
    assert found and found[0].fact.id == "zone-industrial-output"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("单个企业里产值最高的是哪家", "geely-output"),  # 单个: single, no subject
        ("highest growth rate mentioned in the review", "strategic-emerging-output-growth"),
        ("the zone's single biggest producer by output value", "geely-output"),
    ],
)
def test_words_about_the_report_itself_are_filler(base: FactBase, query: str, first: str) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


@pytest.mark.parametrize(
    "query",
    [
        "山西省2022年GDP",
        "全省GDP",
        "晋中市GDP",
        "Shanxi province GDP 2022",
        "全国GDP",
        "全省高新技术企业有多少",
    ],
)
def test_another_place_is_not_the_zone(base: FactBase, query: str) -> None:
    # The province's or the city's figure is not the zone's, though the zone's GDP
    # stands in a chapter titled 稳居全省前列 and the province's own standing names Shanxi.
    assert search.search(base, query) == []
    assert not answer.ask(base, query).answered


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("山西省晋中开发区GDP", "gdp"),  # the zone's address names the zone
        ("晋中市开发区GDP", "gdp"),
        ("GDP of the Jinzhong zone in Shanxi province", "gdp"),
        ("山西第一台甲醇重卡", "first-methanol-heavy-truck"),  # Shanxi is the report's 全省
        ("全省最早的甲醇重卡", "first-methanol-heavy-truck"),
        ("晋中市国家级小巨人一共几家", "city-national-little-giants"),  # Jinzhong is 全市
    ],
)
def test_a_place_the_fact_names_or_the_zones_address(
    base: FactBase, query: str, first: str
) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("jia3chun2 qi4che1 chan3zhi2", "methanol-vehicle-output-headline"),  # tones joined
        ("gaoxinjishu qiye shuliang", "high-tech-enterprises"),  # shuliang is 数量, filler
        ("jili qiche chanzhi duoshao", "geely-output"),  # chanzhi is 产值: the output value
        ("全市guojiaji xiaojuren yigong duoshao hu", "city-national-little-giants"),  # 多少户
    ],
)
def test_question_and_measure_words_typed_in_pinyin(base: FactBase, query: str, first: str) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first
    assert _answered(base, query)[:1] == [first]


def test_two_pinyin_syllables_are_a_word_not_a_misspelling(base: FactBase) -> None:
    # fangjia (房价, house prices) is neither fangsha (纺纱) nor the fang-jia of
    # changfang-jianshe (厂房建设): nothing in the report.
    assert search.search(base, "kaifaqu fangjia duoshao") == []
    assert answer.ask(base, "kaifaqu fangjia duoshao").reason in ("no-match", "unstated-measure")


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("隆福电器获批", "specialised-smes-approved"),  # 隆富电气: two of four characters
        ("Geely contibution to industrail value added", "geely-industrial-growth-contribution"),
        ("invesment in the 12 tech renovation projects", None),  # investment: not stated
    ],
)
def test_misspelt_names_and_measure_words(base: FactBase, query: str, first: str | None) -> None:
    found = search.search(base, query, limit=1)
    if first is None:
        assert not answer.ask(base, query).answered
    else:
        assert found[0].fact.id == first


@pytest.mark.parametrize(
    "question",
    [
        "which is larger: provincial or national little giants",
        "are there more provincial or national little giants?",
    ],
)
def test_a_level_alone_is_the_other_sides_thing_at_that_level(
    base: FactBase, question: str
) -> None:
    # provincial is short for provincial little giants, not the provincial indicators.
    assert _answered(base, question) == ["provincial-little-giants", "national-little-giants"]
    found = [m.fact.id for m in search.search(base, question, limit=2)]
    assert found == ["provincial-little-giants", "national-little-giants"]


def test_a_question_holding_the_facts_only_number_asks_for_more(base: FactBase) -> None:
    # The fact says only 500强; the place within the 500 is not stated.
    result = answer.ask(base, "陕西建工在500强里排第几？")
    assert (result.answered, result.reason) == (False, "unstated-measure")
    assert _answered(base, "陕西建工是国内500强企业吗") == ["shaanxi-construction-top-500"]


@pytest.mark.parametrize(
    "question",
    ["两笔产业扶持资金中较大的一笔", "两笔扶持资金里哪笔多", "两笔产业扶持资金当中较多的是哪笔"],
)
def test_the_larger_of_two_among_what_is_named(base: FactBase, question: str) -> None:
    # 较大 picks one of the two sums, 中/里 says among them, 一笔 is a sum, not a word.
    assert search.search(base, question, limit=1)[0].fact.id == "support-funds-industrial"
    assert _answered(base, question)[:1] == ["support-funds-industrial"]


@pytest.mark.parametrize(
    "question",
    ["两笔产业扶持资金加起来是多少？", "What do the two batches of support funds add up to?"],
)
def test_a_sum_no_fact_states_is_unstated(base: FactBase, question: str) -> None:
    # The curator's note: the report does not say whether one payment includes the other.
    result = answer.ask(base, question)
    assert (result.answered, result.reason, result.measure) == (False, "unstated-measure", "total")
    assert {m.fact.id for m in result.related} >= {
        "support-funds-relief",
        "support-funds-industrial",
    }


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("How many cadres were promoted in total?", "cadres-promoted-total"),  # inferred sum
        ("过亿企业加起来一共产出多少？", "enterprises-output-over-100m-output"),  # stated total
        ("干部提拔加起来一共几个人？", "cadres-promoted-total"),
        ("经济总量是不是已经超过了疫情前的水平？", "economy-above-pre-pandemic"),  # 已经
        ("白象食品去年赚了多少钱？", None),  # 赚: its profit, not stated
    ],
)
def test_sums_stated_and_everyday_filler(base: FactBase, question: str, fact: str | None) -> None:
    if fact is None:
        assert answer.ask(base, question).reason == "unstated-measure"
    else:
        assert _answered(base, question) == [fact]


@pytest.mark.parametrize(
    "query",
    ["留抵退税全省排名", "Did the zone's VAT credit refunds rank first in the whole province?"],
)
def test_a_fact_naming_another_place_does_not_answer(base: FactBase, query: str) -> None:
    # The refunds ranked first in the city (全市); the province's ranking is not stated.
    assert search.search(base, query) == []
    assert answer.ask(base, query).reason == "unstated-measure"


def test_a_place_typed_as_part_of_a_name_is_the_name(base: FactBase) -> None:
    assert search.search(base, "中海油山西贵金属", limit=1)[0].fact.id == "municipal-tech-centres"


@pytest.mark.parametrize(
    "question",
    [
        "专精特新企业比上一年多了几户？",
        "高新技术企业比去年增加了几家",
        "How many more high-tech enterprises than last year?",
    ],
)
def test_an_increase_over_the_year_is_not_the_count(base: FactBase, question: str) -> None:
    result = answer.ask(base, question)
    assert (result.answered, result.reason, result.measure) == (
        False,
        "unstated-measure",
        "increase",
    )


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("产值最高的企业", "geely-output"),  # one enterprise, not the class of big firms
        ("the company with the highest output value", "geely-output"),
        ("jinzhong kaifaqu 2022 nian GDP shi duoshao?", "gdp"),  # 2022 nian, shi: pinyin
        ("拔擢副處級幹部人數", "promoted-to-deputy-division"),  # Taiwan's 拔擢 (promote)
        ("碳纖維原絲噴絲頭奪金", "carbon-fibre-spinneret-gold"),
        ("穩居全省開發區前段班", "province-leading-position"),
    ],
)
def test_superlative_enterprises_pinyin_dates_and_taiwan_words(
    base: FactBase, query: str, first: str
) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


@pytest.mark.parametrize("query", ["b", "a and b", "m"])
def test_a_letter_is_no_latin_word_inside_a_name(base: FactBase, query: str) -> None:
    # b is a letter of TBM in 矿用凯式TBM, not a word standing there.
    assert search.search(base, query) == []
    assert not answer.ask(base, query).answered


def test_the_years_standing_is_no_months_ranking(base: FactBase) -> None:
    # 稳居全省开发区前列 holds for 2022; the May ranking is not stated (April's is).
    assert search.search(base, "2022年5月全省开发区排名") == []
    result = answer.ask(base, "2022年5月全省开发区排名")
    assert result.reason == "unstated-measure"
    message = CliRunner().invoke(app, ["ask", "2022年5月全省开发区排名"]).stderr
    assert "2022年5月" in message
    assert search.search(base, "2022年4月全省开发区排名", limit=1)[0].fact.id == (
        "april-2022-ranked-last"
    )


def test_a_measure_asked_alone_is_named_once(base: FactBase) -> None:
    message = CliRunner().invoke(app, ["ask", "一季度GDP"]).stderr
    assert "GDP的地区生产总值" not in message and "2022年1月至2022年3月GDP" in message


@pytest.mark.parametrize(
    ("query", "first", "measure"),
    [
        ("liú dǐ tuì shuì pái míng", "vat-refunds-rank-first-in-city", "rank"),
        ("jiliqichechanzhiduoshao", "geely-output", "output-value"),
    ],
)
def test_pinyin_run_together_with_its_question_words(
    base: FactBase, query: str, first: str, measure: str
) -> None:
    assert analyse(query).measure == measure
    assert search.search(base, query, limit=1)[0].fact.id == first


@pytest.mark.parametrize(("question", "count"), [("有幾戶？", "户"), ("how many?", "")])
def test_a_number_of_nothing_named_is_ambiguous(base: FactBase, question: str, count: str) -> None:
    result = answer.ask(base, question)
    assert (result.answered, result.reason) == (False, "ambiguous")
    assert result.choices > len(result.related) > 0
    assert all(m.fact.unit == count for m in result.related if count)


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        (
            "提拔的正处和副处差几个人？",
            ["promoted-to-deputy-division", "promoted-to-division-head"],
        ),
        ("战略性新兴产业产值比全区GDP高还是低？", ["strategic-emerging-output", "gdp"]),
        ("碳纖維原絲噴絲頭在什麼比賽拿到金牌？", ["carbon-fibre-spinneret-gold"]),
        ("Was the Fendun No. 1 tunnel boring machine commissioned successfully?", ["fendun-1-tbm"]),
    ],
)
def test_comparatives_and_grammar_around_what_is_asked(
    base: FactBase, question: str, facts: list[str]
) -> None:
    assert sorted(_answered(base, question)) == sorted(facts)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("officials promoted to vice-director rank", "promoted-to-deputy-division"),
        ("tie-up with Shaanxi construction giant", "kaijian-shaanxi-construction-jv"),
        ("margin by which emerging industries outgrew GDP", "strategic-emerging-growth-above-gdp"),
        ("niche SME champions recognised by the state", "national-little-giants"),
    ],
)
def test_english_concepts(base: FactBase, query: str, first: str) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


def test_a_share_of_the_zone_alone_does_not_say_of_what(base: FactBase) -> None:
    # 25% of the zone's above-scale firms, 33.1% of its output: both are the zone's.
    result = answer.ask(base, "亿元以上企业占全区的比重是多少？")
    assert (result.answered, result.reason) == (False, "ambiguous")
    assert _answered(base, "亿元以上企业产值占全区的比重是多少？") == [
        "enterprises-output-over-100m-output-share"
    ]


@pytest.mark.parametrize("query", ["台中工業區2022年產值", "苏州工业园区GDP"])
def test_another_zone_is_one_unknown_name(base: FactBase, query: str) -> None:
    # Not 台中 + the known word 工业 of 全区工业总产值.
    assert search.search(base, query) == []
    assert not answer.ask(base, query).answered


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "Did the zone's economy get back above its pre-pandemic size in 2022?",
            "economy-above-pre-pandemic",
        ),
        ("吉利这一年总共造出来多少辆车？", "geely-vehicles"),
    ],
)
def test_yes_no_sizes_and_colloquial_production(base: FactBase, question: str, fact: str) -> None:
    # A yes-or-no question names a size and asks none (was answered with the years it took).
    assert _answered(base, question) == [fact]


def test_cantonese_is_how_much(base: FactBase) -> None:
    # 係幾多 is 是多少: the output value asked, which the report does not state for 華衛.
    assert answer.ask(base, "華衛藥業的產值係幾多？").reason == "unstated-measure"


@pytest.mark.parametrize("query", ["白象食品产值", "华卫药业产值", "bai xiang shi pin chan zhi"])
def test_a_firms_amount_is_not_its_rate(base: FactBase, query: str) -> None:
    # The report states Baixiang's and Huawei's pull on growth, not their output value.
    assert search.search(base, query) == []
    assert answer.ask(base, query).reason == "unstated-measure"
    # Growth named: the contribution to it is what the report has.
    assert search.search(base, "食品行业产值增长", limit=1)[0].fact.id == (
        "baixiang-food-growth-contribution"
    )


def test_a_lone_particle_is_grammar(base: FactBase) -> None:
    found = [m.fact.id for m in search.search(base, "白象食品和华卫药业谁拉动得更多", limit=2)]
    assert found == ["huawei-pharma-growth-contribution", "baixiang-food-growth-contribution"]


def test_a_side_naming_its_own_measure_is_searched_for_it(base: FactBase) -> None:
    # 全区GDP is GDP, not 全区工业总产值 (the question's other measure, 产值).
    found = [m.fact.id for m in search.search(base, "吉利汽车产值和全区GDP哪个大", limit=2)]
    assert found == ["geely-output", "gdp"]


def test_where_it_stands_over_the_whole_year(base: FactBase) -> None:
    # 处于什么位置 asks a rank; 全年 the year's standing, not April's ranking.
    question = "2022年全年開發區在全省開發區中處於什麼位置？"
    assert _answered(base, question) == ["province-leading-position"]
    # (2022年, the year as a whole: its standing too; ambiguous with April's until round 64)
    assert _answered(base, "2022年开发区在全省开发区中处于什么位置？") == [
        "province-leading-position"
    ]


def test_json_says_how_many_facts_an_ambiguous_question_could_mean() -> None:
    import json

    done = CliRunner().invoke(app, ["ask", "how many?", "--format", "json"])
    document = json.loads(done.stdout)
    assert done.exit_code == 1 and document["reason"] == "ambiguous"
    assert document["choices"] > len(document["candidates"]) > 0


def test_people_are_what_an_unstated_headcount_counts(base: FactBase) -> None:
    # The report names Geely, not its employees: unstated, not nothing found.
    result = answer.ask(base, "How many people does Geely employ at its Jinzhong plant?")
    assert (result.reason, result.measure) == ("unstated-measure", "employees")


@pytest.mark.parametrize("query", ["办事不用出开发区", "不出开发区就能办事"])
def test_leaving_the_zone_is_the_reports_chuqu(base: FactBase, query: str) -> None:
    # 开发区 is filler; 出开发区 (leaving the zone) is the report's 出区 (办事不出区).
    assert search.search(base, query, limit=1)[0].fact.id == "services-within-zone"


def test_two_syllables_of_pinyin_inside_a_name_name_nothing(base: FactBase) -> None:
    # yiyuan reads 亿元 (of 亿元以上企业) as much as 医院: not an answer about those firms.
    assert not answer.ask(base, "kaifaqu you ji jia yiyuan?").answered
    # A whole name in pinyin, or more syllables of one, still names it.
    assert _answered(base, "jili qiche yi nian shengchan le duoshao liang che?") == [
        "geely-vehicles"
    ]


def test_a_measure_word_before_a_question_word_in_pinyin(base: FactBase) -> None:
    # zhan bi shi duo shao: 占比 是多少, a share of nothing named (was a subject zhanbi).
    result = answer.ask(base, "zhan bi shi duo shao?")
    assert (result.reason, result.measure) == ("ambiguous", "share")


def test_which_machine_is_a_question_word(base: FactBase) -> None:
    # 哪台 asks which one (was 全球首台指 + 台设备, two words of nothing).
    assert [t.text for t in search.read(base, "全球首台指的是哪台设备？").terms] == [
        "全球首台",
        "设备",
    ]


@pytest.mark.parametrize(
    "question",
    ["战新产业增速比GDP高几个百分点？", "战略性新兴产业增速比GDP快几个百分点"],
)
def test_points_ahead_of_another_rate_are_the_gap(base: FactBase, question: str) -> None:
    # 百分点 after 比…高 is the gap between two rates, which the report states.
    assert _answered(base, question) == ["strategic-emerging-growth-above-gdp"]


def test_a_gap_keeps_what_it_is_in(base: FactBase) -> None:
    # 多拉动几个百分点: the difference of two contributions (was 白象百分点, nothing).
    result = answer.ask(base, "华卫药业比白象食品多拉动了多少个百分点")
    assert result.kind == "compare" and str(result.difference) == "7.58"


def test_a_kind_of_thing_does_not_choose_between_things_named_alike(base: FactBase) -> None:
    # The report has two world firsts (the sedan, the TBM); 设备 names three facts, and
    # does not make the question about the TBM alone.
    result = answer.ask(base, "全球首台指的是哪台设备？")
    assert result.reason == "ambiguous"
    assert {m.fact.id for m in result.related} >= {"fendun-1-tbm", "first-methanol-hybrid-sedan"}
    # A word naming one of them does.
    assert _answered(base, "全球首台矿用TBM是哪家企业造的") == ["fendun-1-tbm"]


@pytest.mark.parametrize("query", ["山西省GDP增速", "Shanxi GDP growth", "山西省2022年GDP总量"])
def test_a_place_the_fact_does_not_name_is_not_searched_around(base: FactBase, query: str) -> None:
    # The zone's growth is not the province's, however well GDP and 增速 hit it.
    assert search.search(base, query) == []


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("ranked last in the province", "april-2022-ranked-last"),  # 全省 in its quote
        ("shanxi jiangong hezi gongsi", "kaijian-shaanxi-construction-jv"),  # 陕西, read alike
    ],
)
def test_a_place_named_in_either_language_or_read_alike(
    base: FactBase, query: str, first: str
) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


@pytest.mark.parametrize(
    "question",
    ["2022年一共提拔了几名处级干部？", "正处和副处加起来提拔了几个", "一共升了几个处级干部"],
)
def test_in_all_is_the_sum_the_report_infers(base: FactBase, question: str) -> None:
    # 一共 with two facts answering (正处 1, 副处 7): their sum, 8, which the report infers;
    # 正处和副处加起来 was answered with 副处's 7, whose quote also names 正处.
    assert _answered(base, question) == ["cadres-promoted-total"]
    assert search.search(base, question, limit=1)[0].fact.id == "cadres-promoted-total"


def test_a_sum_no_fact_states_is_declined_with_its_parts(base: FactBase) -> None:
    # Was answered with the provincial 17 alone; whether the national five are among
    # them the report does not say, so no total is inferred.
    result = answer.ask(base, "省级和国家级小巨人一共多少家")
    assert (result.reason, result.measure) == ("unstated-measure", "total")
    assert [m.fact.id for m in result.related][:2] == [
        "provincial-little-giants",
        "national-little-giants",
    ]
    # 比 of 比例 joins nothing to sum.
    assert [t.text for t in search.read(base, "按比例推算，全区产值一共有多少？").sides] == []


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("晉中開發區地區生產毛額", "gdp"),  # Taiwan's 生产毛额 inside a longer word
        ("经济总量回到疫情前了没", "economy-above-pre-pandemic"),  # 了没 asks yes or no
        ("给企业发补贴帮着渡难关发了多少", "support-funds-relief"),  # 帮着 is filler
        ("national-tier niche champion SMEs count", "national-little-giants"),  # count, tier
        ("华卫 yaoye baifendian", "huawei-pharma-growth-contribution"),  # 百分点 in pinyin
        ("biggest sum of money handed back to companies", "vat-credit-refunds"),
    ],
)
def test_everyday_and_regional_wording(base: FactBase, query: str, first: str) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("tíbá le jǐ gè fùchù gànbù?", "promoted-to-deputy-division"),  # le | ji ge (几个)
        ("省里考核的7项指标都超额完成了吗？", "provincial-indicators-exceeded"),  # 都: all
        ("经济总量是隔了几年才首次超过疫情前水平的？", "pre-pandemic-comparison-span"),
        ("工业项目规划审批权真的下放到开发区了吗？", "planning-and-land-powers-devolved"),
        (
            "园区服务中心主任里有几个被提成了管委会主任助理？",
            "service-centre-directors-as-assistants",
        ),
    ],
)
def test_grammar_between_the_words_asked_about(base: FactBase, question: str, fact: str) -> None:
    # Particles, adverbs (都, 真的), 隔了 and a passive 被 before an everyday verb (提成:
    # promoted) are grammar; each left the question declined.
    assert _answered(base, question) == [fact]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("按比例倒推，全市国家级小巨人总共有几家？", "city-national-little-giants"),
        ("整个开发区的产值算下来大概多少亿？", "zone-industrial-output"),
        ("区里所有企业加起来产值大概多少？", "zone-industrial-output"),
        ("What GDP growth rate can be worked out from the report?", "gdp-growth"),
    ],
)
def test_how_a_figure_is_worked_out_is_not_what_is_asked(
    base: FactBase, question: str, fact: str
) -> None:
    # 按比例 is no share asked for, 倒推/算下来 are the base's 推算, worked out is filler;
    # every enterprise of the zone is the zone (was the firms over 100 million's output).
    assert _answered(base, question) == [fact]


@pytest.mark.parametrize("question", ["开发区的产出强度达到每亩多少？", "保障房一共有多少套？"])
def test_a_unit_of_what_is_counted_is_no_word_asked_about(base: FactBase, question: str) -> None:
    # 多少套, 每亩: the report names 产出强度 and 保障房 without a figure (was no-match).
    assert answer.ask(base, question).reason == "unstated-measure"


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("战略性新兴产业产值増长", "strategic-emerging-output-growth"),  # 増: Japanese 增
        ("吉利 白象 华卫 谁拉动增长最多", "geely-industrial-growth-contribution"),  # spaced
        ("发钱帮企业熬过难关一共发了多少", "support-funds-relief"),  # 发钱, 帮企业
        ("cars Geely assembled in Jinzhong during 2022", "geely-vehicles"),  # during
    ],
)
def test_forms_lists_and_words_of_everyday_typing(base: FactBase, query: str, first: str) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


def test_names_listed_with_spaces_are_the_things_ranked(base: FactBase) -> None:
    # Three names parted by spaces are a list: their contributions, which the report
    # states against different bases, so ask says they cannot be ranked as they stand.
    result = answer.ask(base, "吉利 白象 华卫 谁拉动增长最多")
    assert len(result.facts) == 3 and result.among


def test_a_word_only_in_a_facts_chapter_title_asks_about_another_thing(base: FactBase) -> None:
    # Geely's 11.15万辆 stand in the methanol-vehicle chapter; they are not methanol
    # vehicles produced (the report does not split them), so this is not answered.
    assert not answer.ask(base, "How many methanol vehicles were produced in 2022?").answered


def test_per_cent_is_percent(base: FactBase) -> None:
    # A threshold in British spelling: the growth rate held against 70% (was the gap).
    result = answer.ask(base, "Did strategic emerging industries grow by more than 70 per cent?")
    assert [f.id for f in result.facts] == ["strategic-emerging-output-growth"]
    assert result.verdict == "yes"


@pytest.mark.parametrize(
    "query",
    [
        "省级和国家级小巨人加起来一共多少户",
        "total funds of VAT refunds plus support funds combined",
    ],
)
def test_search_finds_no_sum_the_report_does_not_state(base: FactBase, query: str) -> None:
    assert search.search(base, query) == []


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("我是晋中日报的记者，想问一下2022年开发区地区生产总值到底是多少？", "gdp"),
        (
            "您好，我是市里的，想核实一下你们留抵退税是不是全市排第一？",
            "vat-refunds-rank-first-in-city",
        ),
        (
            "您好，我是区里办公室的，领导让我核实一下，开发区在承接省市赋权这块一共是多少项？",
            "delegated-powers",
        ),
        (
            "I'm a reporter - could you confirm whether more than 80 percent of firms halted "
            "work in April?",
            "april-2022-shutdown-share",
        ),
    ],
)
def test_who_asks_and_that_they_ask_come_off(base: FactBase, question: str, fact: str) -> None:
    # A caller's introduction (我是…的记者, I'm a reporter) and 想问一下 / could you confirm
    # are not what is asked; each sank the question before.
    assert _answered(base, question) == [fact]
    assert search.search(base, question, limit=1)[0].fact.id == fact


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("晉中開發區本地生產總值", "gdp"),  # Hong Kong's word for GDP
        ("請問全區產值合共多少億", "zone-industrial-output"),  # 合共: in total
        ("整个开发区产值加总是多少", "zone-industrial-output"),  # 加总: summed
        ("新兴产业比GDP增速快出多少", "strategic-emerging-growth-above-gdp"),  # 快出: the gap
        ("2022年12月跟哪家公司签了合作协议", "provincial-state-capital-agreement"),  # 跟: with
        ("fu2chi2 zi1jin1 7.06亿", "support-funds-industrial"),  # tones beside characters
    ],
)
def test_regional_words_totals_gaps_and_tones(base: FactBase, query: str, first: str) -> None:
    assert search.search(base, query, limit=1)[0].fact.id == first


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("有几个干部被调换了岗位？", "cadres-rotated"),  # 调换岗位: rotated
        ("dangjian lianmeng yigong jian le ji ge?", "party-alliances-count"),  # jian le: 建了
    ],
)
def test_a_verb_and_its_particle_before_the_count(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question) == [fact]


def test_words_of_what_is_counted_between_a_threshold_and_its_unit(base: FactBase) -> None:
    # more than 150 high-tech enterprises: the threshold is 150 enterprises, and high-tech
    # stays what is asked about (was a bare number, and nothing found).
    result = answer.ask(base, "Were there more than 150 high-tech enterprises in the zone?")
    assert [f.id for f in result.facts] == ["high-tech-enterprises"]
    assert result.verdict == "yes"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # A figure some fact states names that fact, in any unit or script it is written.
        ("7.06亿元指的是哪笔钱", "support-funds-industrial"),
        ("70600万元是什么资金", "support-funds-industrial"),
        ("七亿零六百万是什么钱", "support-funds-industrial"),
        ("What is the 33.1% about?", "enterprises-output-over-100m-output-share"),
        ("what does rmb 1.7 billion refer to", "vat-credit-refunds"),
        ("百分之八十五是什么比例", "april-2022-shutdown-share"),
        # A rough figure spans the amounts it may be: 1200多项 is the 1235 powers.
        ("一千二百多项赋权", "delegated-powers"),
        ("11万多辆车是谁造的", "geely-vehicles"),
    ],
)
def test_a_figure_stated_names_its_fact(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]
    assert [m.fact.id for m in search.search(base, question, limit=1)] == [fact]


def test_the_same_digits_in_another_unit_name_nothing(base: FactBase) -> None:
    # 17亿 is the tax refund; the 17 provincial little giants are 17户.
    assert [m.fact.id for m in search.search(base, "17亿", limit=3)][:1] == ["vat-credit-refunds"]
    assert "provincial-little-giants" not in [m.fact.id for m in search.search(base, "17亿")]
    assert [m.fact.id for m in search.search(base, "17户", limit=1)] == ["provincial-little-giants"]


def test_a_figure_no_fact_states_names_nothing(base: FactBase) -> None:
    # 1亿元 is the threshold in a class's name, not a figure: the class is still found.
    assert _answered(base, "年产值超过一亿元的企业有多少家")[:1] == ["enterprises-output-over-100m"]
    # 9.99亿 is no fact's figure: the question is not answered with one near it.
    assert _answered(base, "9.99亿是什么钱") == []


def test_a_figure_picks_one_of_two_things_named_alike(base: FactBase) -> None:
    result = answer.ask(base, "留抵退税和7.06亿那笔扶持资金相比哪个多")
    assert result.answered and result.kind == "compare"
    assert {f.id for f in result.facts} == {"vat-credit-refunds", "support-funds-industrial"}


def test_figures_are_read_from_the_text() -> None:
    read = analyse("七亿多扶持资金", amounts=frozenset({"706000000"}))
    (figure,) = [t for t in read.terms if t.numeric]
    assert (figure.amount, figure.dimension, figure.spread) == ("700000000", "money", "100000000")
    # Without the base's amounts (or one it does not state), a number is only digits.
    assert all(not t.amount for t in analyse("七亿多扶持资金").terms)
    assert all(not t.amount for t in analyse("二十大精神", amounts=frozenset({"20"})).terms)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # The quarter or half around a month says no more than the month.
        ("二季度开头的4月，停产停业的企业占多少", "april-2022-shutdown-share"),
        # 部 counts vehicles (Hong Kong and Taiwan: 几多部车).
        ("吉利去年造了多少部车", "geely-vehicles"),
        # Taiwan's 挹注 is the report's 拨付; 当上 a post is being promoted to it; what the
        # province 放下来 is what it devolved (下放).
        ("政府挹注给企业的产业扶持资金7.06亿", "support-funds-industrial"),
        ("今年当上副处的有几个", "promoted-to-deputy-division"),
        ("省市放下来多少项权力", "delegated-powers"),
    ],
)
def test_periods_classifiers_and_regional_verbs(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]


def test_every_form_of_a_verb_of_contribution_is_the_measure(base: FactBase) -> None:
    # drive, like drove, is what a contribution does: "the company" then names three.
    result = answer.ask(base, "How many percentage points of growth did the company drive?")
    assert not result.answered and result.reason == "ambiguous"
    assert analyse("how much did geely drive growth").measure == "growth-contribution"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # A polite request before the question (能不能告诉我, I'd like to know) asks it.
        ("可不可以告诉我GDP是多少", "gdp"),
        ("麻烦帮我查一下留抵退税多少钱", "vat-credit-refunds"),
        ("I'd like to know how many projects were renovated", "tech-renovation-projects"),
        ("I wonder how much GDP grew", "gdp-growth"),
        # A mistyped question word is still one (wich, wher).
        ("wich company built Fendun No. 1", "fendun-1-tbm"),
        # Which company or who made a thing asks for the maker, not how many were made.
        ("which firm manufactured the Fendun TBM", "fendun-1-tbm"),
        ("who made the fendun tbm", "fendun-1-tbm"),
        # 只 counts funds; 几时 is when; Taiwan's 社会住宅 and 营运 are the report's 保障房 and
        # 运营; 提上去 is promoted; 提质增效 is the SOEs' better returns.
        ("提上去的干部一共几个", "cadres-promoted-total"),
        ("社会住宅营运办法", "affordable-housing-management"),
        ("国有企业提质增效", "soe-efficiency"),
    ],
)
def test_requests_typos_makers_and_regional_words(base: FactBase, question: str, fact: str) -> None:
    assert [m.fact.id for m in search.search(base, question, limit=1)] == [fact]
    assert _answered(base, question)[:1] == [fact]


def test_who_made_a_thing_names_the_maker(base: FactBase) -> None:
    result = answer.ask(base, "who made the fendun tbm")
    assert result.answered and result.facts[0].id == "fendun-1-tbm"
    assert analyse("who made the fendun tbm").about_enterprise
    # How many were made is still a number of things made, asked of no maker.
    made = analyse("how many vehicles did geely make")
    assert made.measure is not None and not made.about_enterprise


def test_a_figure_inferred_by_difference_is_ranked_with_the_rest(base: FactBase) -> None:
    # GDP growth, inferred from a rate minus its gap, is one of the growth rates: the
    # ranking says there are two, not that the report gives only one.
    result = answer.ask(base, "增速最快的是什么")
    assert result.answered and [f.id for f in result.facts] == [
        "strategic-emerging-output-growth",
        "gdp-growth",
    ]
    # A whole inferred from its parts (the total promoted, the city's little giants) is
    # still no level ranked among them.
    levels = answer.ask(base, "提拔的干部哪一级最多")
    assert "cadres-promoted-total" not in [f.id for f in levels.facts]


def test_the_single_enterprise_with_the_highest_output(base: FactBase) -> None:
    for question in ("产值最高的单个企业", "产值最高的一家企业是哪家"):
        assert [m.fact.id for m in search.search(base, question, limit=1)] == ["geely-output"]
        assert _answered(base, question) == ["geely-output"]


@pytest.mark.parametrize(
    "query", ["药品行业的增长率", "工业增加值的增幅是多少", "growth rate of the food industry"]
)
def test_a_rate_named_as_a_rate_is_no_firms_pull_on_it(base: FactBase, query: str) -> None:
    # A firm's points of pull on an industry's growth are not that industry's growth rate.
    found = {m.fact.id for m in search.search(base, query)}
    assert not found & {
        "huawei-pharma-growth-contribution",
        "baixiang-food-growth-contribution",
        "geely-industrial-growth-contribution",
    }


def test_growth_as_a_change_still_finds_the_pull(base: FactBase) -> None:
    assert [m.fact.id for m in search.search(base, "华卫药业增长多少", limit=1)] == [
        "huawei-pharma-growth-contribution"
    ]


def test_a_term_held_as_written_is_no_typo_of_another(base: FactBase) -> None:
    # 四上企业 stands in the report (the April shutdown): it is not 规上企业 mistyped, and
    # the fact naming it comes before those it only resembles (how many there are, the
    # report does not say: nothing answers that).
    found = [m.fact.id for m in search.search(base, "四上企业停产")]
    assert found[0] == "april-2022-shutdown-share"
    assert "above-scale-enterprises" not in found
    assert search.search(base, "四上企业总数") == []
    # A term the report does not hold is still read as its nearest spelling.
    assert [m.fact.id for m in search.search(base, "留底退税", limit=1)] == ["vat-credit-refunds"]


def test_development_is_a_word_except_in_the_zones_name(base: FactBase) -> None:
    # The industry development funds are not the industry support funds (ask had answered
    # the funds' size with the 7.06亿 paid out).
    result = answer.ask(base, "How much is in the new industry development funds?")
    assert not result.answered and result.reason == "unstated-measure"
    # The zone's own name, however spelt, is still the zone.
    for question in (
        "What was the Jinzhong Development Zone's GDP?",
        "GDP of the developement zone",
    ):
        assert [m.fact.id for m in search.search(base, question, limit=1)] == ["gdp"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # How the answer should be written is not what is asked.
        ("What was Geely's output value, in billions of yuan?", "geely-output"),
        ("GDP in RMB terms", "gdp"),
        # Doubt is a yes-or-no question all the same.
        (
            "Wasn't Shaanxi Construction one of China's top 500 firms?",
            "shaanxi-construction-top-500",
        ),
        ("难道7项省考核指标没有全部超额完成吗", "provincial-indicators-exceeded"),
        ("4月份到底怎么回事，月度考核排第几", "april-2022-ranked-last"),
        # By what percentage did it grow asks the rate; 贡献多少产值 the output contributed.
        ("By what percentage did GDP grow?", "gdp-growth"),
        ("亿元以上企业贡献了多少产值", "enterprises-output-over-100m-output"),
    ],
)
def test_answer_units_doubt_and_verbs_of_amounts(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]


def test_a_level_named_once_holds_for_all_of_a_facts_names(base: FactBase) -> None:
    # The tech centres are municipal (市级) even where an alias leaves the level out: a
    # provincial one (省级) is not them.
    assert search.search(base, "省级企业技术中心有几家") == []
    assert [m.fact.id for m in search.search(base, "企业技术中心有几家", limit=1)] == [
        "municipal-tech-centres"
    ]


def test_an_event_states_no_amount_of_any_kind(base: FactBase) -> None:
    # How many were sold: no event answers with a number it does not hold.
    assert search.search(base, "全球首台醇电混动轿车卖了多少辆") == []


def test_the_subject_but_for_its_place_is_in_the_report(base: FactBase) -> None:
    # The provincial little giants are in the report; their share of the city's is not.
    result = answer.ask(base, "省级小巨人占全市的比重是多少")
    assert not result.answered and result.reason == "unstated-measure"


@pytest.mark.parametrize(
    "question", ["疫情之前的地区生产总值", "pre-pandemic GDP", "GDP before covid"]
)
def test_a_figure_from_before_the_pandemic_is_of_another_year(
    base: FactBase, question: str
) -> None:
    assert search.search(base, question) == []
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "unstated-measure"


@pytest.mark.parametrize("question", ["经济总量比疫情前高吗", "经济总量超过疫情前水平了吗"])
def test_the_level_before_the_pandemic_is_what_a_figure_is_held_against(
    base: FactBase, question: str
) -> None:
    assert analyse(question).period is None
    assert [m.fact.id for m in search.search(base, question, limit=1)] == [
        "economy-above-pre-pandemic"
    ]
    assert analyse("economy above its pre-covid size").period is None


@pytest.mark.parametrize("question", ["开发区内有几所中小学", "区里有多少所高校"])
def test_a_word_sharing_a_few_characters_or_a_sound_mentions_nothing(
    base: FactBase, question: str
) -> None:
    # 中小学 (schools) only shares characters with 中小企业; 高校 (universities) only sounds
    # like 高效: the report says nothing about either.
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "no-match"


def test_a_name_heard_by_its_sound_beside_a_word_that_hits_still_names(base: FactBase) -> None:
    # 粉盾 sounds like 汾盾, and 1号 hits the name too: the TBM is asked about.
    assert _answered(base, "粉盾1号是哪家企业造的") == ["fendun-1-tbm"]


@pytest.mark.parametrize(
    "question",
    [
        "疫情最厉害的时候停产停业的企业占多少",
        "what share of firms had stopped when covid was at its worst",
    ],
)
def test_the_height_of_the_pandemic_is_when_it_hit_not_a_superlative(
    base: FactBase, question: str
) -> None:
    assert analyse(question).operator == ""
    assert _answered(base, question) == ["april-2022-shutdown-share"]


def test_two_shares_of_one_subject_compared(base: FactBase) -> None:
    # By number of firms (户数, a word that names no fact) and by output: the second side
    # takes the output share, the first the other one; neither is declined. A side that is
    # only a measure (产值占比) is of what the other side is about: never a growth rate.
    for question in (
        "亿元以上企业按户数的占比和产值占比相比哪个大",
        "亿元以上企业的户数占比和产值占比哪个高？",
    ):
        result = answer.ask(base, question)
        assert result.answered and result.kind == "compare"
        assert {f.id for f in result.facts} == {
            "enterprises-output-over-100m-share",
            "enterprises-output-over-100m-output-share",
        }


def test_a_figure_in_general_is_no_subject_of_a_ranking(base: FactBase) -> None:
    # 增长最快的指标: which figure grew fastest, over every growth rate.
    assert _answered(base, "哪个指标增速最快")[:1] == ["strategic-emerging-output-growth"]
    # Counts of different things (vehicles, firms, powers) do not rank as one.
    result = answer.ask(base, "数量最多的指标是哪个")
    assert not result.answered and result.reason == "ambiguous"
    # 家数: counts of firms only.
    firms = answer.ask(base, "家数最多的是哪个")
    assert firms.answered and {f.unit for f in firms.facts} <= {"户", "家"}


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # A long run of the quote's own words, whole, names its fact.
        ("技改扩产项目投产的有几个", "tech-renovation-projects"),
        # Sent to serve as (被安排去当) is the report's 担任; became is only that it came to be.
        ("园区服务中心主任有几个被安排去当管委会主任助理",
         "service-centre-directors-as-assistants"),
        ("How many service-centre directors became assistants to the committee director?",
         "service-centre-directors-as-assistants"),
    ],
)  # fmt: skip
def test_the_reports_own_words_and_verbs_of_posting(
    base: FactBase, question: str, fact: str
) -> None:
    assert _answered(base, question)[:1] == [fact]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("十七个亿是什么钱", "vat-credit-refunds"),  # 个 before the scale, as spoken
        ("17.77%是哪家企业拉动的", "baixiang-food-growth-contribution"),  # % for points
    ],
)
def test_spoken_amounts_and_percent_for_points(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question)[:1] == [fact]


@pytest.mark.parametrize(
    "question", ["谁生产了500台甲醇重卡", "哪家企业造了500台甲醇重卡", "who made the 1235 items"]
)
def test_who_made_a_thing_the_report_names_no_maker_for(base: FactBase, question: str) -> None:
    # The figure names the trucks (or the powers); who made them the report does not say.
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "unstated-measure"


def test_who_it_is_may_be_the_zone_itself(base: FactBase) -> None:
    assert _answered(base, "全市留抵退税排名第一的是谁") == ["vat-refunds-rank-first-in-city"]


def test_a_range_in_words_is_no_figure(base: FactBase) -> None:
    # 一百七八十户: about 170 to 180; no verdict against 180 (171 would have been 否).
    result = answer.ask(base, "高新技术企业达到一百七八十户了吗")
    assert result.answered and result.facts[0].id == "high-tech-enterprises"
    assert result.verdict is None
    assert all(not t.numeric for t in analyse("两三百家企业").terms)


def test_a_negated_chinese_question_is_answered_as_put(base: FactBase) -> None:
    # 没超过200亿吗: 否 (it did exceed); 超过200亿了吗: 是. English keeps yes for "it did".
    assert answer.ask(base, "吉利汽车产值没超过200亿吗").verdict == "no"
    assert answer.ask(base, "吉利汽车产值超过200亿了吗").verdict == "yes"
    assert answer.ask(base, "Didn't Geely's output exceed 20 billion yuan?").verdict == "yes"


def test_how_much_is_not_answered_by_a_place_in_a_ranking(base: FactBase) -> None:
    # 退了多少 asks the amount refunded, not the refunds' first place in the city, which
    # still answers 排第几.
    assert _answered(base, "liu2di3 tui4shui4 tui4 le duo1shao3") == ["vat-credit-refunds"]
    assert _answered(base, "留抵退税在全市排第几") == ["vat-refunds-rank-first-in-city"]


@pytest.mark.parametrize(
    "question",
    ["排名最低的是哪个月", "In which month did the zone have its worst ranking in Shanxi?"],
)
def test_the_worst_place_in_a_ranking_is_the_last(base: FactBase, question: str) -> None:
    # Not the zone's standing among the province's leading zones: the opposite.
    assert [m.fact.id for m in search.search(base, question, limit=1)] == ["april-2022-ranked-last"]
    assert "province-leading-position" not in _answered(base, question)


def test_ranked_last_is_never_answered_with_the_leading_position(base: FactBase) -> None:
    # among is a preposition: it had matched the leading-zones fact's name, which missed
    # only "last" (the start of this round answered with it).
    question = "Did the zone rank last among Shanxi development zones?"
    assert _answered(base, question) == ["april-2022-ranked-last"]


def test_a_missed_topic_named_by_another_fact_is_not_answered(base: FactBase) -> None:
    # food names Baixiang's pull on the food industry; the strategic industries' growth
    # rate matched industry, output and growth rate and had answered.
    result = answer.ask(base, "What was the food industry's overall output growth rate?")
    assert not result.answered and result.reason == "unstated-measure"


def test_what_a_thing_is_worth_is_not_how_many_there_are(base: FactBase) -> None:
    # 500台 names the trucks; their value is not in the report (it had answered 500).
    result = answer.ask(base, "年底交付的500台甲醇重卡总价值多少？")
    assert not result.answered and result.reason == "unstated-measure"


def test_a_pair_written_side_by_side_is_summed(base: FactBase) -> None:
    # 正处副处, no 和 between them: both are the sum's parts (it had answered 副处 alone).
    assert _answered(base, "正处副处加起来一共提拔了多少干部？") == ["cadres-promoted-total"]
    # A word ending like the next one, but not the sum's pair, is no side.
    assert _answered(base, "全市一共有几家国家级小巨人") == ["city-national-little-giants"]


def test_vehicle_output_is_how_many_were_made(base: FactBase) -> None:
    assert _answered(base, "What was Geely's vehicle output in 2022?") == ["geely-vehicles"]
    assert _answered(base, "What was Geely's output in 2022?") == ["geely-output"]


@pytest.mark.parametrize(
    "question", ["全市有多少国家级小巨人", "quan shi you duoshao guojiaji xiao juren?"]
)
def test_how_many_without_a_measure_is_a_count_before_a_share(
    base: FactBase, question: str
) -> None:
    # The city's count (inferred) over the zone's stated share of it, which had answered.
    assert _answered(base, question) == ["city-national-little-giants"]
    # The share is still the answer when it is all the report gives.
    assert _answered(base, "4月份停工停产的企业有多少") == ["april-2022-shutdown-share"]


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("開發區資訊公司 工業網際網路數位化平台", "info-company-industrial-internet"),
        ("邊啲企業獲批專精特新中小企業", "specialised-smes-approved"),
        ("成立咗邊幾個產業黨建聯盟", "party-alliances-established"),
    ],
)
def test_taiwan_phrases_and_cantonese_words_are_read(base: FactBase, query: str, fact: str) -> None:
    # 資訊/網際網路/數位 are the mainland's 信息/互联网/数字 (OpenCC's phrase table); 邊啲,
    # 邊幾個 are 哪些, 哪几个. Each had found nothing, or the count.
    assert [m.fact.id for m in search.search(base, query, limit=1)] == [fact]


def test_the_report_s_own_words_are_never_read_as_taiwan_phrases() -> None:
    # Most of OpenCC's table is computing: 指标 (indicators) is not 指针 (a pointer).
    from jzfacts.search.twphrases import TAIWAN_PHRASES

    report = (Path(__file__).parents[1] / "data" / "report.txt").read_text(encoding="utf-8")
    report = report.replace("\n", "")
    assert "指标" in report and "指标" not in TAIWAN_PHRASES
    assert all(taiwan not in report for taiwan in TAIWAN_PHRASES)


def test_which_ones_asks_for_names_not_how_many(base: FactBase) -> None:
    # 哪几个 is 哪些, a list; 几个 alone is a count.
    assert analyse("成立了哪几个产业党建联盟").measure is None
    assert analyse("成立了几个产业党建联盟").measure == "count"


def test_a_financial_page_s_abbreviations_are_scales(base: FactBase) -> None:
    # 706m is 7.06亿, the industrial support funds; 111.5k is 11.15万 (k had been a word).
    assert _answered(base, "rmb 706m support funds") == ["support-funds-industrial"]
    terms = [t.text for t in search.rank.read(base, "111.5k cars built").terms]
    assert "k" not in terms and "111.5" in terms
    # Asked yes or no, the figure is held: 111.5k cars, Geely's 11.15万辆.
    result = answer.ask(base, "were 111.5k cars built")
    assert ([f.id for f in result.facts], result.verdict) == (["geely-vehicles"], "yes")


@pytest.mark.parametrize(
    "question", ["7.06亿和1.11亿两笔扶持资金差了多少？", "两笔扶持资金7.06亿和1.11亿相差多少"]
)
def test_how_many_things_are_compared_is_no_part_of_a_side(base: FactBase, question: str) -> None:
    # 两笔 had stayed in a side as a word to match, and 差了多少 was no gap.
    result = answer.ask(base, question)
    assert result.answered and [f.id for f in result.facts] == [
        "support-funds-industrial",
        "support-funds-relief",
    ]
    assert result.difference == Decimal("5.95")


def test_money_handed_out_is_the_funds_asked_for(base: FactBase) -> None:
    # handed and paid are verbs, not the head noun sum and money would modify.
    assert analyse("biggest sum handed to businesses").measure == "funds"
    assert analyse("two investment funds launched").measure is None  # no amount asked
    # Returned or paid: one sum done two ways, not two sides; the refund is the largest.
    result = answer.ask(base, "largest sum of money given back or paid to firms in 2022")
    assert result.answered and result.facts[0].id == "vat-credit-refunds"
    # Two things done still compare: were more cadres promoted or rotated.
    assert analyse("Were more cadres promoted or rotated in 2022?").operator == "compare"


def test_a_synonym_in_a_chapter_title_does_not_place_a_thing_there(base: FactBase) -> None:
    # companies hit the title's enterprises through a synonym; the refund was declined.
    question = "Tell me how much money companies got back as tax credit refunds."
    assert _answered(base, question) == ["vat-credit-refunds"]


def test_the_park_is_the_zone(base: FactBase) -> None:
    # 园区, like 开发区, names the zone: no word to match (it had sunk the count).
    assert _answered(base, "园区搞了几个产业党建联盟？") == ["party-alliances-count"]
    assert _answered(base, "给园区企业退回的增值税留抵一共有多少钱？") == ["vat-credit-refunds"]


def test_growth_a_firm_brings_an_industry_is_its_pull(base: FactBase) -> None:
    # 带来多少增长 had asked for a growth rate: the zone's GDP growth came first.
    query = "白象给食品行业带来多少增长"
    assert analyse(query).measure == "growth-contribution"
    assert _answered(base, query) == ["baixiang-food-growth-contribution"]


def test_the_calendar_year_is_the_year(base: FactBase) -> None:
    assert [m.fact.id for m in search.search(base, "GDP for calendar year 2022", limit=1)] == [
        "gdp"
    ]


def test_the_month_of_the_strictest_lockdown_is_the_pandemic_s_height(base: FactBase) -> None:
    # 封控最严: the lockdown at its strictest, as 疫情最凶 (最严 had been a word to match).
    question = "疫情封控最严的那个月，有多大比例的企业和工地停了工？"
    assert _answered(base, question) == ["april-2022-shutdown-share"]


def test_whose_firm_made_it_asks_the_maker(base: FactBase) -> None:
    # 谁家 is who, not 家 glued to 造 as a word to match.
    assert _answered(base, "那台矿用盾构机是谁家造的？") == ["fendun-1-tbm"]


def test_a_sideways_move_is_a_rotation(base: FactBase) -> None:
    question = "How many officials were shifted sideways into other posts?"
    assert _answered(base, question) == ["cadres-rotated"]


def test_a_share_of_the_zone_s_output_named_before_zhan_is_of_output(base: FactBase) -> None:
    # The base's name 亿元以上企业产值占全区比重 is a share of the zone's output, which the
    # question names after 占 (it had tied with their share by number: ambiguous).
    assert search.question.share_of("亿元以上企业产值占全区比重") == frozenset({"产值"})
    question = "產值億元以上的企業佔全區產值比重是多少？"
    assert _answered(base, question) == ["enterprises-output-over-100m-output-share"]


def test_all_firms_included_is_the_whole_zone(base: FactBase) -> None:
    # As 所有企业 is the report's 全区: all and included had sunk the inferred total.
    question = "What was the zone's total output value, all firms included?"
    assert _answered(base, question) == ["zone-industrial-output"]


@pytest.mark.parametrize(
    "question",
    [
        "陕西建工是什么级别的企业",
        "陕西建工集团是什么来头？",
        "what kind of company is Shaanxi Construction",
    ],
)
def test_what_kind_of_company_is_answered_by_what_it_is(base: FactBase, question: str) -> None:
    # A statement of what it is (a top-500 company), not the venture it set up; 级别 and
    # 来头 had been words to match, and the venture had tied with it.
    assert _answered(base, question) == ["shaanxi-construction-top-500"]


def test_this_indicator_points_back_at_the_one_named(base: FactBase) -> None:
    # 这个指标 is 产出强度, which the report names without a value: not its 7 indicators.
    result = answer.ask(base, "产出强度这个指标达到了多少？")
    assert not result.answered and result.reason == "unstated-measure"


def test_a_rate_no_measure_word_names_is_unstated(base: FactBase) -> None:
    # 复工复产率: the report tells of resuming work, never of a rate of it.
    assert search.search(base, "5月份复工复产率") == []
    assert answer.ask(base, "5月份复工复产率是多少").reason == "unstated-measure"
    # 效率 is a thing, not a rate: the SOE statement is still found.
    assert search.search(base, "提升国企效率", limit=1)[0].fact.id == "soe-efficiency"


def test_above_the_pre_pandemic_level_in_taiwan_wording(base: FactBase) -> None:
    # 超越…水準: the level held against, not a figure of 2019.
    hits = search.search(base, "經濟總量超越疫情前水準", limit=1)
    assert [m.fact.id for m in hits] == ["economy-above-pre-pandemic"]


def test_a_word_the_vocabulary_reads_is_kept_whole_in_a_long_term(base: FactBase) -> None:
    # 升到 (promoted to) had lost its 到 as a preposition and then itself: half the
    # question was left, and the 正处 answer was declined.
    assert _answered(base, "今年升到正处的有几个人？") == ["promoted-to-division-head"]


def test_climbing_back_is_being_back(base: FactBase) -> None:
    question = "Did the zone's economy climb back above its pre-pandemic level in 2022?"
    assert _answered(base, question) == ["economy-above-pre-pandemic"]


def test_bi_qi_lai_ends_a_comparison(base: FactBase) -> None:
    # A和B比起来谁快: 比起来 joins, no part of the right side.
    result = answer.ask(base, "战略性新兴产业增速和GDP增速比起来谁快？")
    assert result.kind == "compare" and result.larger == "first"


@pytest.mark.parametrize(
    "query",
    [
        "cash handed to companies to ride out the downturn",
        "grants paid out so companies could ride out the downturn",
    ],
)
def test_riding_out_the_downturn_is_getting_through_hard_times(base: FactBase, query: str) -> None:
    assert [m.fact.id for m in search.search(base, query, limit=1)] == ["support-funds-relief"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("海玉功能食品产业园这批技改扩产项目一共投产了几个？", "tech-renovation-projects"),
        (
            "有几个园区服务中心的一把手被调去给管委会主任当助理了？",
            "service-centre-directors-as-assistants",
        ),
    ],
)
def test_everyday_words_for_the_report_s(base: FactBase, question: str, fact: str) -> None:
    # 这批: this batch, grammar; 一把手: the head (主任) of an office.
    assert _answered(base, question) == [fact]


def test_whose_asks_which_one_but_not_after_its_noun(base: FactBase) -> None:
    # …, whose contribution is the largest: which of the companies (credited is filler).
    question = "Of the companies credited with driving growth, whose contribution is the largest?"
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == "geely-industrial-growth-contribution"
    # companies whose output tops …: a relative pronoun, no question of which one.
    assert not analyse("companies whose annual output tops 100 million yuan").about_enterprise


def test_what_kind_of_measures_asks_what_was_done_not_what_something_is() -> None:
    assert not analyse("开发区采取了什么样的措施").describes
    assert analyse("陕西建工集团是什么样的企业？").describes


def test_taiwan_phrases_are_read_only_in_traditional_writing() -> None:
    # 資訊 in Traditional is Taiwan's 信息; 整合 typed in Simplified is the mainland's own.
    assert "信息公司" in [t.text for t in analyse("資訊公司").terms]
    assert "整合" in "".join(t.text for t in analyse("资源整合").terms)


@pytest.mark.parametrize(
    "query",
    [
        "不出园区就能把事办了",
        "在区里就能把事办完",
        "企业办手续不用跑出园区",
        "handling all the paperwork without having to leave the park",
    ],
)
def test_getting_business_done_without_leaving_the_zone(base: FactBase, query: str) -> None:
    # 把事办了 and 办手续 are the report's 办事; the park is the zone; all, having and
    # handling are grammar. Five testers had put it in their own words.
    assert [m.fact.id for m in search.search(base, query, limit=1)] == ["services-within-zone"]


def test_the_word_naming_the_measure_says_which_facts_are_ranked(base: FactBase) -> None:
    # 扶持资金 ranks the two support funds; the VAT refund (17亿, funds too) had come first.
    result = answer.ask(base, "哪笔扶持资金最多")
    assert [f.id for f in result.facts] == ["support-funds-industrial", "support-funds-relief"]
    # The largest sum the zone got ranks every sum.
    assert answer.ask(base, "开发区拿到的最大一笔资金").facts[0].id == "vat-credit-refunds"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        # A demonstrative (那, 这次) is no part of what is asked about.
        ("那500台甲醇重卡总共卖了多少钱？", "unstated-measure"),
        ("这次一共培训了多少名党员干部？", "unstated-measure"),
        # With (跟) is grammar before the name it governs.
        ("跟陕西建工合办的公司注册资本多少？", "unstated-measure"),
        # The first word names the alliances outright; every other word the base holds
        # nowhere, so that nothing scores near: still about the alliances.
        ("產業黨建聯盟一共吸納了多少家成員企業？", "unstated-measure"),
        ("吉利汽车晋中基地2022年盈利了吗？", "unstated-measure"),
        # … but a part of a word naming something else names nothing: 华为 of 华为手机.
        ("华为手机销量是多少？", "no-match"),
        ("2022年世界杯冠军是谁？", "no-match"),
    ],
)
def test_a_subject_named_outright_with_more_asked(
    base: FactBase, question: str, reason: str
) -> None:
    result = answer.ask(base, question)
    assert not result.answered and result.reason == reason


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("开发区现有高新技术企业多少户？", "high-tech-enterprises"),
        ("升成副处的干部有几位？", "promoted-to-deputy-division"),
        ("被选去当管委会主任助理的有几个人？", "service-centre-directors-as-assistants"),
    ],
)
def test_light_verbs_around_a_name_are_grammar(base: FactBase, question: str, fact: str) -> None:
    # 现有 (now has), 升成 (promoted to), 去当 (go and serve as) sank the name they govern.
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == fact


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("报告说国企效率提高了吗？", "soe-efficiency"),
        ("Does the report say anything about affordable housing?", "affordable-housing-management"),
        (
            "Is it true that all seven provincial assessment indicators were exceeded?",
            "provincial-indicators-exceeded",
        ),
    ],
)
def test_what_the_report_says_is_the_question_s_frame(
    base: FactBase, question: str, fact: str
) -> None:
    # Every question is about the report: 报告说, 提到, does it say anything about, is it
    # true that ask whether it says so.
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == fact
    assert [m.fact.id for m in search.search(base, question, limit=1)] == [fact]
    # Searched for, too.
    hits = search.search(base, "报告有没有提到全球首台醇电混动轿车？", limit=1)
    assert [m.fact.id for m in hits] == ["first-methanol-hybrid-sedan"]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # The kinds ranked (tier, 类别, 一类, 各层级): counts of each, none of them one firm.
        ("Which tier of little giants has the most firms in the zone?", "provincial-little-giants"),
        ("家數最多的企業類別", "high-tech-enterprises"),
        ("largest number of enterprises of any category", "high-tech-enterprises"),
        ("2022年干部调整中哪一类人数最多？", "promoted-to-deputy-division"),
        ("专精特新各层级里数量最少的是哪一级", "national-little-giants"),
        # 这三类 points back at the three just listed.
        ("专精特新企业、省级小巨人、国家级小巨人这三类哪类企业最多？", "specialised-enterprises"),
    ],
)
def test_which_kind_has_the_most(base: FactBase, question: str, first: str) -> None:
    result = answer.ask(base, question)
    assert result.kind in ("max", "min") and result.facts[0].id == first
    assert "national-little-giants-city-share" not in [f.id for f in result.facts]


def test_what_happened_to_something_in_a_period(base: FactBase) -> None:
    # The period's facts about the trucks first, not every fact of December.
    result = answer.ask(base, "What happened to the methanol trucks at the end of 2022?")
    assert result.facts[0].id == "methanol-trucks-delivered"
    # Geely is in the report, not in June: the report does not say.
    result = answer.ask(base, "What happened to Geely in June?")
    assert not result.answered and result.reason == "unstated-measure"
    # Words naming nothing in particular still list the period.
    result = answer.ask(base, "六月发生了什么")
    listed = {f.id for f in result.facts}
    assert listed >= {"first-methanol-hybrid-sedan", "first-methanol-heavy-truck"}


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # he between two pinyin words is 和: a sum of both sides, not the first alone.
        ("tiba zhengchu he fuchu yigong duoshao ren?", "cadres-promoted-total"),
        # nage duo, shui duo: 哪个多, 谁多.
        ("shengji he guojiaji xiaojuren nage duo", "provincial-little-giants"),
        ("baixiang he huawei shui duo", "huawei-pharma-growth-contribution"),
    ],
)
def test_sums_and_comparisons_typed_in_pinyin(base: FactBase, question: str, first: str) -> None:
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == first
    if "duo" in question.split()[-1:]:
        assert result.kind == "compare" and len(result.facts) == 2


@pytest.mark.parametrize(
    "query",
    [
        "經濟總量首次超越疫情前水準",  # 超越 and 水準 only the synonym table reads: kept whole
        "经济总量首次超过疫前水平",
        "economy back above where it was before COVID",  # the level, not a year
    ],
)
def test_the_economy_back_above_its_pre_pandemic_level(base: FactBase, query: str) -> None:
    # The event, not the span of years whose label holds the same words.
    assert [m.fact.id for m in search.search(base, query, limit=1)] == [
        "economy-above-pre-pandemic"
    ]


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("黨員幹部培訓方式", "cadre-training"),
        ("產業扶持資金7.06億元用途", "support-funds-industrial"),
        ("开发区凭什么稳居全省前列？", "province-leading-position"),
        ("保障房方面做了什么？", "affordable-housing-management"),
    ],
)
def test_what_is_asked_of_a_thing(base: FactBase, query: str, fact: str) -> None:
    # Its way, its use, its progress (方式, 用途, 进展): what the report says of the thing.
    assert [m.fact.id for m in search.search(base, query, limit=1)] == [fact]


def test_a_period_s_story_in_the_same_chapter(base: FactBase) -> None:
    # The agreement was signed as the trucks were delivered: the same month, the same chapter.
    result = answer.ask(base, "去年年底甲醇重卡方面有什么进展？")
    ids = [f.id for f in result.facts]
    assert ids[0] == "methanol-trucks-delivered" and "provincial-state-capital-agreement" in ids


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # Jobs moved between are where officials went, not a count of jobs asked.
        ("officials reshuffled between jobs", "cadres-rotated"),
        ("officials swapped between posts", "cadres-rotated"),
        # A push to value added is a pull on its growth, not the value added.
        ("Geely's push to industrial value added", "geely-industrial-growth-contribution"),
    ],
)
def test_where_things_moved_and_what_was_pushed(base: FactBase, query: str, fact: str) -> None:
    assert [m.fact.id for m in search.search(base, query, limit=1)] == [fact]


def test_jobs_asked_for_are_still_a_measure_no_fact_states() -> None:
    assert analyse("how many jobs were created").measure == "employees"


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        # How much larger … than, by how much did A exceed B: the gap between two figures.
        (
            "How much larger was the VAT credit refund than the industrial support funds?",
            "vat-credit-refunds",
            "support-funds-industrial",
        ),
        (
            "By how much did the VAT refund exceed the industrial support funds?",
            "vat-credit-refunds",
            "support-funds-industrial",
        ),
        # A 706-million-yuan payment: hyphens join a figure's words.
        (
            "How much larger was the VAT credit refund than the 706-million-yuan support payment?",
            "vat-credit-refunds",
            "support-funds-industrial",
        ),
    ],
)
def test_how_much_larger_in_english(base: FactBase, question: str, first: str, second: str) -> None:
    result = answer.ask(base, question)
    assert result.kind == "compare" and [f.id for f in result.facts] == [first, second]


def test_a_stated_gap_is_still_the_answer_to_how_much_faster(base: FactBase) -> None:
    result = answer.ask(base, "how much faster did strategic emerging industries grow than GDP")
    assert [f.id for f in result.facts] == ["strategic-emerging-growth-above-gdp"]


@pytest.mark.parametrize(
    ("question", "reason_or_fact"),
    [
        (
            "What was the zone's implied GDP growth rate?",
            "gdp-growth",
        ),  # implied: how it came about
        ("白象食品自己的产值是多少？", "unstated-measure"),  # 自己: the thing itself
    ],
)
def test_words_about_the_figure_not_the_thing(
    base: FactBase, question: str, reason_or_fact: str
) -> None:
    result = answer.ask(base, question)
    assert reason_or_fact in ([f.id for f in result.facts] if result.answered else [result.reason])


def test_a_word_the_base_holds_is_no_typo_of_its_neighbour(base: FactBase) -> None:
    # “四上”企业 is the report's 四上企业 (its quotation marks are no part of the words),
    # so 四上企业 is a word of the base: never 规上企业 with a character changed.
    from jzfacts.search.score import cjk_similarity

    assert "四上企业" in search_data(base).joined_text()
    assert cjk_similarity("四上企业", "全区规上企业数", typos=False) == 0.0
    # The 规上企业 asked for are counted (inferred), not confused with anything else.
    result = answer.ask(base, "开发区的规上企业大概有多少户？")
    assert result.answered and result.facts[0].id == "above-scale-enterprises"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # 个点 is 个百分点 as people say it; 跑赢 and 跑得快 are growing faster than.
        ("新兴产业跑赢GDP多少个点？", "strategic-emerging-growth-above-gdp"),
        ("新兴产业比GDP跑得快了多少个点？", "strategic-emerging-growth-above-gdp"),
        # 扛过难关 is the report's 渡过难关.
        ("帮企业扛过难关拨了多少扶持钱？", "support-funds-relief"),
    ],
)
def test_points_and_pace_as_people_say_them(base: FactBase, question: str, fact: str) -> None:
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == fact


@pytest.mark.parametrize(
    "question",
    ["七大党建联盟都有哪些？", "Which industries got their own party-building alliance?"],
)
def test_which_ones_are_named_not_counted(base: FactBase, question: str) -> None:
    # Which ones (哪些, which industries): the statement naming them, not how many there
    # are; 七大 says the number already, and a number is no thing the report names.
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == "party-alliances-established"


def test_a_number_in_chinese_numerals_is_restated(base: FactBase) -> None:
    # 七大 restates the count (7): it is not the answer to 分别是哪几个.
    result = answer.ask(base, "七大党建联盟分别是哪几个行业的？")
    assert "party-alliances-count" not in [f.id for f in result.facts]
    # Asked outright, the count still answers.
    assert answer.ask(base, "开发区有几个产业党建联盟？").facts[0].id == "party-alliances-count"


def test_a_question_typed_in_spaced_syllables_keeps_its_question_words() -> None:
    # Every syllable spaced, tone numbers and all: 生产 and 多少 are still read as the
    # measure and the question word, not glued into one long pinyin word with the name.
    question = analyse("ji2 li4 qi4 che1 quan2 nian2 sheng1 chan3 le duo1 shao3 liang4 che1?")
    # Read as the characters would be: 生产了多少辆车 asks how many vehicles were made.
    assert question.measure == analyse("吉利汽车全年生产了多少辆车?").measure == "production"
    assert "jiliqiche" in [t.text for t in question.terms]
    # A particle next to a question word is grammar, no syllable of a name.
    assert "tiba" in [t.text for t in analyse("ti2 ba2 le5 ji3 ge4 fu4 chu4 ji2 gan4 bu4?").terms]


def test_first_in_the_world_as_people_say_it(base: FactBase) -> None:
    # 世界第一 is the report's 全球首台: the world-first sedan, not the province-first truck.
    hits = search.search(base, "世界第一的汽车", limit=1)
    assert [m.fact.id for m in hits] == ["first-methanol-hybrid-sedan"]


@pytest.mark.parametrize(
    "question",
    ["What rolled off the production line in June 2022?", "6月份在开发区下线的是什么车？"],
)
def test_what_happened_in_a_month_lists_each_thing(base: FactBase, question: str) -> None:
    # Two things came off the line in June: both answer, neither is a wrong guess.
    result = answer.ask(base, question)
    assert result.kind == "list"
    assert {f.id for f in result.facts} == {
        "first-methanol-hybrid-sedan",
        "first-methanol-heavy-truck",
    }
    # Without a month, which world first is meant is still asked back.
    assert answer.ask(base, "全球首台是什么？").reason == "ambiguous"


def test_which_ones_rank_the_statement_naming_them_first_in_search(base: FactBase) -> None:
    hits = search.search(base, "产业党建连盟有哪些", limit=1)
    assert [m.fact.id for m in hits] == ["party-alliances-established"]


def test_the_single_company_with_the_highest_output(base: FactBase) -> None:
    # 单一企业: one company, as 单个 and 单家 are.
    hits = search.search(base, "產值最高的單一企業", limit=1)
    assert [m.fact.id for m in hits] == ["geely-output"]


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # Provincial is the province's, municipal the city's, corporate a firm's; powers
        # delegated are powers devolved; named is recognised; what is intended is planned.
        ("authority handed down from provincial and city governments", "delegated-powers"),
        ("companies named city-level corporate technology centres", "municipal-tech-centres"),
        ("What does the zone intend to do going forward?", "outlook-pioneer-zone"),
    ],
)
def test_english_words_for_the_same_concepts(base: FactBase, query: str, fact: str) -> None:
    assert [m.fact.id for m in search.search(base, query, limit=1)] == [fact]


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # 交了, 交到 are handed over (交付); 一口气 and 手里 say how, not what.
        ("甲醇大卡车年底一口气交了多少", "methanol-trucks-delivered"),
        ("交到客户手里的甲醇大卡车", "methanol-trucks-delivered"),
        # 掉 is a verb's result (处理掉: dealt with), no thing asked about.
        ("把借款风险处理掉", "lending-risks-defused"),
    ],
)
def test_everyday_verbs_of_handing_over_and_dealing_with(
    base: FactBase, query: str, fact: str
) -> None:
    assert [m.fact.id for m in search.search(base, query, limit=1)] == [fact]


@pytest.mark.parametrize("query", ["碳纤维原丝产量", "醇电混动轿车年产量", "汾盾1号产值"])
def test_a_quantity_named_last_is_not_an_event(base: FactBase, query: str) -> None:
    # The spinneret's gold award states no production: a quantity named as the query's
    # last word asks for that number, which no event states.
    assert search.search(base, query) == []


def test_a_quantity_named_last_still_finds_the_figure(base: FactBase) -> None:
    assert [m.fact.id for m in search.search(base, "吉利产值", limit=1)] == ["geely-output"]


def test_a_topic_naming_another_fact_is_not_answered_by_a_place_and_a_measure(
    base: FactBase,
) -> None:
    # 省级小巨人 names the provincial little giants; their share of the city's is not
    # stated, and the national ones' share matches only on 全市 and 比重.
    assert search.search(base, "省级小巨人占全市比重") == []
    hits = search.search(base, "国家级小巨人占全市比重", limit=1)
    assert [m.fact.id for m in hits] == ["national-little-giants-city-share"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # A verb's direction (算下来, 推算起来) is grammar: the figure reached is asked.
        ("全区的总产值大致估算下来有多少", "zone-industrial-output"),
        ("全區總產值推算起來是多少？", "zone-industrial-output"),
        # A preposition left alone by a question word (按啥) asks about nothing, and an
        # adverb after the subject (干部都) is no part of it.
        ("干部都是按啥标准选的", "cadre-selection-principles"),
        # What the zone will do (以后要): its outlook, the report's 今后.
        ("开发区以后要干什么", "outlook-pioneer-zone"),
        # What output is worth is its value; assembling is producing; a 100-million-plus
        # firm is one over 100 million.
        ("What was Geely's production worth?", "geely-output"),
        ("How many cars did Geely assemble last year?", "geely-vehicles"),
        ("How many 100-million-plus enterprises are there?", "enterprises-output-over-100m"),
    ],
)
def test_grammar_and_everyday_words_around_a_figure(
    base: FactBase, question: str, fact: str
) -> None:
    assert _answered(base, question) == [fact]


def test_a_word_the_table_reads_is_not_split_where_the_rest_stands_nowhere(
    base: FactBase,
) -> None:
    # 审批权限 is 审批 + 权限, not 审批权 + 限 (with 限被 found nowhere).
    question = "工业项目的审批权限被实实在在下放到开发区了吗"
    assert _answered(base, question) == ["planning-and-land-powers-devolved"]


@pytest.mark.parametrize("question", ["白象食品的营业额是多少", "吉利汽车和白象食品谁获利更多"])
def test_revenue_and_earnings_are_measures_the_report_does_not_state(
    base: FactBase, question: str
) -> None:
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "unstated-measure"


def test_which_rose_faster_compares_growth_rates(base: FactBase) -> None:
    # 谁涨得快: 涨 is growth, 得 only links it to 快.
    result = answer.ask(base, "GDP和战新产业谁涨得快？")
    assert result.kind == "compare"
    assert [f.id for f in result.facts] == ["strategic-emerging-output-growth", "gdp-growth"]


def test_how_many_is_not_which_ones(base: FactBase) -> None:
    # 1235项 says how many powers were delegated, not which: 哪些 is not answered by it.
    result = answer.ask(base, "省市下放了哪些赋权事项？")
    assert not result.answered and result.reason == "unstated-measure"
    # A count naming some of what it counts (贝斯特、隆富电气等31户) still answers.
    assert _answered(base, "哪些企业获批专精特新中小企业？")[0] == "specialised-smes-approved"


def test_a_maker_named_for_one_of_two_alike_does_not_choose_between_them(
    base: FactBase,
) -> None:
    # Only the TBM's maker is named; the sedan is as much a 全球首台.
    result = answer.ask(base, "全球首台是在哪里、由谁做出来的？")
    assert result.reason == "ambiguous"
    assert _answered(base, "汾盾1号是谁造的？") == ["fendun-1-tbm"]


def test_which_side_of_two_classes_is_no_question_about_one_firm(base: FactBase) -> None:
    # 哪边 picks one of the two sides named; that they are classes of 企业 does not make
    # the answer one enterprise (nor does 相比 leave a 比 on the second side).
    result = answer.ask(base, "高新技术企业和市级企业技术中心相比，哪边家数多？")
    assert result.kind == "compare"
    assert [f.id for f in result.facts] == ["high-tech-enterprises", "municipal-tech-centres"]


def test_the_end_of_another_year_in_english(base: FactBase) -> None:
    result = answer.ask(base, "How many high-tech enterprises were there at the end of 2021?")
    assert result.reason == "unstated-measure"


def test_broke_a_number_is_a_threshold(base: FactBase) -> None:
    result = answer.ask(base, "Did Geely's output break 22 billion yuan?")
    assert result.answered and result.verdict == "yes"
    assert result.facts[0].id == "geely-output"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("吉利汽車產值破兩百億了嗎", "yes"),  # not the methanol cars' 200亿 headline
        ("吉利产值冲破300亿没有", "no"),
    ],
)
def test_broke_a_number_is_a_threshold_in_chinese(
    base: FactBase, question: str, verdict: str
) -> None:
    # 破, 冲破: 突破 said short; the number is held against the figure, not matched.
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == "geely-output"
    assert result.verdict == verdict


@pytest.mark.parametrize(
    "question",
    [
        # Heavy-duty is heavy (重卡); in one go says how, not what.
        "How many heavy-duty methanol trucks were handed over in one go?",
        # Where a thing is based, and now, narrow nothing the report does not.
        "How many high-tech firms are located in the zone now?",
    ],
)
def test_english_manner_and_place_words_ask_about_nothing(base: FactBase, question: str) -> None:
    assert answer.ask(base, question).answered


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # 得 joins a verb to how much it did (涨得最猛); 涨 is growth.
        ("哪个产业涨得最猛", "strategic-emerging-output-growth"),
        # A contributor to growth is who pulled it.
        (
            "the biggest contributor to industrial value-added growth",
            "geely-industrial-growth-contribution",
        ),
        # 高出 is the report's 高于.
        ("战新产业增速比GDP高出多少", "strategic-emerging-growth-above-gdp"),
    ],
)
def test_how_fast_and_how_far_ahead_in_search(base: FactBase, query: str, fact: str) -> None:
    assert [m.fact.id for m in search.search(base, query, limit=1)] == [fact]


@pytest.mark.parametrize("question", ["战新产业增速比GDP增速多多少", "GDP增速比战新产业增速少多少"])
def test_how_far_one_rate_is_ahead_is_the_stated_gap(base: FactBase, question: str) -> None:
    # GDP's rate is inferred (约10.0%): the gap the report states answers, not two rates
    # and which is larger.
    assert _answered(base, question) == ["strategic-emerging-growth-above-gdp"]


def test_a_name_misheard_at_its_first_character_inside_a_longer_query(base: FactBase) -> None:
    # 倍 (bei) before 斯特: 贝斯特, misheard, glued to what it was approved as.
    hits = search.search(base, "倍斯特获批专精特新", limit=1)
    assert [m.fact.id for m in hits] == ["specialised-smes-approved"]
    # Grammar is no misheard start of a name: 及企业 is not 级企业 (市级企业技术中心).
    assert search.search(base, "留抵退税惠及企业户数") == []


@pytest.mark.parametrize(
    "query", ["过亿企业贡献了全区两成多产值", "亿元以上企业产值占全区几分之几"]
)
def test_a_share_said_in_tenths_or_as_a_fraction(base: FactBase, query: str) -> None:
    # 两成多, 几分之几: a share (no pull on growth, though 贡献 is said), which no
    # name holds; of the output named after it.
    hits = search.search(base, query, limit=1)
    assert [m.fact.id for m in hits] == ["enterprises-output-over-100m-output-share"]
    assert _answered(base, query) == ["enterprises-output-over-100m-output-share"]


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # 间 counts companies in Hong Kong and Taiwan, as 家 does.
        ("產值破億的公司有幾間", "enterprises-output-over-100m"),
        # 涨了百分之多少 is how much it grew, not a share.
        ("GDP涨了百分之多少", "gdp-growth"),
        # Everyday names of the report's concepts: a national badge (国字号), the
        # 100-million club, near the front (前头), better (更优).
        ("国字号的小巨人", "national-little-giants"),
        ("亿元俱乐部有几家", "enterprises-output-over-100m"),
        ("投资结构是不是更优了", "investment-structure-improved"),
        # A verb asked as a choice (算不算) and a final 没 ask yes or no.
        ("开发区算不算全省前列", "province-leading-position"),
        ("国企效益提上来没", "soe-efficiency"),
    ],
)
def test_colloquial_questions_find_the_fact(base: FactBase, query: str, fact: str) -> None:
    assert [m.fact.id for m in search.search(base, query, limit=1)] == [fact]


def test_a_word_found_nowhere_names_no_fact_by_shared_characters(base: FactBase) -> None:
    # 中小学 (schools) shares 中小 with 中小企业: no answer about the SMEs.
    result = answer.ask(base, "开发区有几家中小学")
    assert not result.answered and result.reason == "no-match"


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        # 企业 in the sides' names does not make 哪个 ask for one firm.
        (
            "高新技术企业和市级企业技术中心，哪个数量更多？",
            ["high-tech-enterprises", "municipal-tech-centres"],
        ),
        # 比 ending a clause compares the two joined; it is no word of the second.
        ("GDP和战略性新兴产业产值比，哪个更高？", ["strategic-emerging-output", "gdp"]),
    ],
)
def test_two_classes_compared(base: FactBase, question: str, facts: list[str]) -> None:
    result = answer.ask(base, question)
    assert result.kind == "compare" and [f.id for f in result.facts] == facts


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # Rated by the nation (国家评的): of the national level.
        ("国家评的小巨人有几家", "national-little-giants"),
        # A scorecard is the assessment's indicators; implied, across, each: no subject.
        (
            "How many of the province's scorecard indicators were exceeded?",
            "provincial-indicators-exceeded",
        ),
        ("What GDP growth does the report imply?", "gdp-growth"),
        (
            "How many national-level little giants are there across the whole city?",
            "city-national-little-giants",
        ),
        # 干出 says only that the figure came about, as 实现 does.
        ("过亿企业干出了多少产值", "enterprises-output-over-100m-output"),
        # 上亿企业 names four facts outright: a thing, not a class of many facts.
        ("产值上亿的企业有多少产值", "enterprises-output-over-100m-output"),
    ],
)
def test_questions_people_ask_of_named_things(base: FactBase, question: str, fact: str) -> None:
    assert _answered(base, question) == [fact]


def test_a_word_near_many_facts_does_not_pick_one_support_fund(base: FactBase) -> None:
    # 给企业 stands near many facts (its characters are everywhere): which of the two
    # support payments is meant is still asked back.
    assert answer.ask(base, "给企业拨的产业扶持资金是多少？").reason == "ambiguous"


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # How severe: how much, of what went wrong.
        ("how severe was the April shutdown", "april-2022-shutdown-share"),
        # 两位 says how many of the subject there were; 被安排担任 is the report's 担任,
        # and 职务 (the post) is what is asked of them.
        ("两位服务中心主任被安排担任什么职务", "service-centre-directors-as-assistants"),
    ],
)
def test_how_bad_and_who_served_as_what(base: FactBase, query: str, fact: str) -> None:
    assert [m.fact.id for m in search.search(base, query, limit=1)] == [fact]


def test_most_before_a_measure_is_a_superlative(base: FactBase) -> None:
    # most numerous: the kinds of firm ranked by their counts (171 high-tech first).
    result = answer.ask(base, "Which kind of firm is most numerous?")
    assert result.kind == "max" and result.facts[0].id == "high-tech-enterprises"


def test_the_digital_economy_is_no_number(base: FactBase) -> None:
    # 数字 as "a number" is filler; 数字经济 (數位經濟) is a thing the report never names.
    assert search.search(base, "數位經濟核心產業規模") == []
    assert search.search(base, "数字经济规模") == []


@pytest.mark.parametrize(
    "question", ["6月下线了哪两款车？", "What two vehicles rolled off the line in June?"]
)
def test_which_two_lists_both(base: FactBase, question: str) -> None:
    # 哪两款 (which two models) is plural, as 哪几 is: both answer.
    result = answer.ask(base, question)
    assert result.kind == "list"
    assert {f.id for f in result.facts} == {
        "first-methanol-hybrid-sedan",
        "first-methanol-heavy-truck",
    }


@pytest.mark.parametrize(
    "query", ["四上企业总共多少家", "开发区的建筑工地有多少个", "四上企业数量"]
)
def test_how_many_of_a_share_whole_is_not_the_share(base: FactBase, query: str) -> None:
    # The April share counts the 四上 firms and building sites that shut down among them:
    # how many there are is not stated, nor is it the 7 indicators, whose quote names
    # “四上”企业数增速 in passing, nor any count that shares only 企业.
    assert search.search(base, query) == []


def test_how_many_of_a_share_part_still_finds_it(base: FactBase) -> None:
    # 多少企业 may ask how large a part; 几家, by its measure word, asks a count, which
    # the share does not state (as every ask suite's declines of 停工的企业具体有多少家 say).
    hits = search.search(base, "4月份有多少企业停工", limit=1)
    assert [m.fact.id for m in hits] == ["april-2022-shutdown-share"]
    assert search.search(base, "4月停工的企业有几家") == []


@pytest.mark.parametrize("question", ["停产企业有多少家", "四上企业有多少家"])
def test_a_count_sharing_only_a_character_does_not_answer(base: FactBase, question: str) -> None:
    # 停产企业 is the shutdown share's word; 亿元以上企业数 shares only 企业 with it.
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "unstated-measure"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # How many points faster than GDP: the stated gap, in points of growth.
        (
            "How many points faster did strategic emerging industries grow than GDP?",
            "strategic-emerging-growth-above-gdp",
        ),
        # 甚麼 is how Hong Kong and Taiwan write 什么.
        ("碳纖維原絲噴絲頭得了甚麼獎？", "carbon-fibre-spinneret-gold"),
    ],
)
def test_points_ahead_in_english_and_what_in_traditional(
    base: FactBase, question: str, fact: str
) -> None:
    assert _answered(base, question) == [fact]


def test_and_joins_two_words_it_starts_neither(base: FactBase) -> None:
    # 厂子和工地: 厂子 + 工地 (和 only joins them), not 和工 + 地.
    hits = search.search(base, "多少厂子和工地都停了", limit=1)
    assert [m.fact.id for m in hits] == ["april-2022-shutdown-share"]


@pytest.mark.parametrize("query", ["那500台甲醇重卡的合同金额", "全市的留抵退税总额是多少"])
def test_an_amount_of_money_is_not_a_count_or_a_rank(base: FactBase, query: str) -> None:
    # 金额, 总额: money asked; the 500 trucks are a count, the city first a rank.
    assert search.search(base, query) == []


def test_money_asked_still_finds_money_and_tens_of_thousands_still_count(
    base: FactBase,
) -> None:
    assert [m.fact.id for m in search.search(base, "留抵退税总额", limit=1)] == [
        "vat-credit-refunds"
    ]
    # 多少万辆: vehicles, in tens of thousands, not money.
    hits = search.search(base, "吉利生产了多少万辆整车", limit=1)
    assert [m.fact.id for m in hits] == ["geely-vehicles"]


@pytest.mark.parametrize(
    ("question", "fact", "verdict"),
    [
        # The number of firms above 200: a count held, no class of firms named by output.
        ("Is the number of high-tech companies above 200?", "high-tech-enterprises", "no"),
        ("Is the number of high-tech firms over 150?", "high-tech-enterprises", "yes"),
        # 38 companies count firms; the 100 million yuan after them names their class.
        (
            "Did 38 companies have output above 100 million yuan?",
            "enterprises-output-over-100m",
            "yes",
        ),
        # An industry claimed with a figure the fact holds: the industry is the premise.
        (
            "Did Baixiang Food lift the pharmaceutical industry by 17.77 points?",
            "baixiang-food-growth-contribution",
            "no",
        ),
        # finally, really: how the asker feels about it, no word of what is asked.
        (
            "Did the economy finally exceed its pre-pandemic level?",
            "economy-above-pre-pandemic",
            "yes",
        ),
    ],
)
def test_claims_said_in_english_get_their_verdict(
    base: FactBase, question: str, fact: str, verdict: str
) -> None:
    result = answer.ask(base, question)
    assert result.answered and [f.id for f in result.facts][:1] == [fact]
    assert result.verdict == verdict


@pytest.mark.parametrize(
    "question",
    [
        # Guards. Huawei's 25.35 points is not Baixiang's: another firm's figure, no level
        # set aside (answered with Baixiang's fact midway through the round).
        "Was it Baixiang Food that pushed pharmaceutical output up by 25.35 points?",
        # A top-500 company is one company, named so: no count of 500.
        "Shaanxi Construction is a Fortune Global 500 company, isn't it?",
    ],
)
def test_another_firms_figure_or_a_name_gets_no_verdict_of_the_first(
    base: FactBase, question: str
) -> None:
    result = answer.ask(base, question)
    assert not result.answered or result.facts[0].id != "baixiang-food-growth-contribution"
    assert result.verdict != "yes"


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        # What a thing covers, includes (涵盖, include): its parts asked, the verb no word of
        # them.
        ("Which industries do the new party alliances cover?", {"party-alliances-established"}),
        ("黨建聯盟涵蓋咗邊啲產業？", {"party-alliances-established"}),
        # What awards did …: a plural asked, both prizes listed.
        (
            "What awards did local companies win for their products?",
            {"carbon-fibre-spinneret-gold", "jwf1580-spinning-frame-award"},
        ),
    ],
)
def test_what_a_thing_covers_and_plural_whats(
    base: FactBase, question: str, facts: set[str]
) -> None:
    assert facts <= set(_answered(base, question))


@pytest.mark.parametrize(
    ("query", "facts"),
    [
        # The currency, then its scale: how the answer is written.
        ("size of the local economy in RMB bn", {"gdp"}),
        # What the asker is writing, before a colon or a comma.
        ("For a wire story: what was the zone's GDP?", {"gdp"}),
        ("For my article, what was the zone's GDP?", {"gdp"}),
        # The whole zone: the zone's total, not one firm's.
        ("whole zone output in billion yuan", {"zone-industrial-output"}),
        # Personnel are cadres: their promotions, in total or by rank.
        (
            "personnel promotions",
            {"cadres-promoted-total", "promoted-to-deputy-division", "promoted-to-division-head"},
        ),
    ],
)
def test_how_english_readers_frame_a_query(base: FactBase, query: str, facts: set[str]) -> None:
    hits = search.search(base, query, limit=3)
    assert hits and hits[0].fact.id in facts


def test_a_place_said_before_a_comma_is_still_asked_about(base: FactBase) -> None:
    # Guard. For the city, …: a place asked about, no asker's piece (the zone's GDP is no city's).
    assert search.search(base, "For the city, what was GDP?") == []


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        # A one-character noun ending a term is its head: 施工证 is a construction permit.
        ("施工证可以分段办", "phased-construction-permits"),
        ("施工证", "phased-construction-permits"),
        # Working together with a firm: the joint venture is such work.
        ("跟陕建合作", "kaijian-shaanxi-construction-jv"),
    ],
)
def test_everyday_chinese_heads_and_cooperation(base: FactBase, query: str, fact: str) -> None:
    hits = search.search(base, query, limit=1)
    assert [m.fact.id for m in hits] == [fact]


@pytest.mark.parametrize(
    ("question", "fact", "verdict"),
    [
        # The opening of a quarter is its first month: April's shutdown share.
        ("去年二季度开头那轮疫情最严重的时候，停产停业的四上企业和工地占比是多少？",
         "april-2022-shutdown-share", None),
        ("What share of firms shut down at the start of the second quarter?",
         "april-2022-shutdown-share", None),
        # 跟哪家单位签的: the other party is asked, as 跟谁 asks it.
        ("开发区跟哪家单位签了合作协议？", "provincial-state-capital-agreement", None),
        # A contest's reach claimed: the spinneret's gold was the province's contest's.
        ("碳纤维原丝喷丝头拿的是全国大赛的金奖吗？", "carbon-fibre-spinneret-gold", "no"),
    ],
)  # fmt: skip
def test_quarters_opening_parties_sums_and_contests(
    base: FactBase, question: str, fact: str, verdict: str | None
) -> None:
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == fact
    assert result.verdict == verdict


@pytest.mark.parametrize("question", ["二季度开始以后", "全球首台醇电混动轿车是二季度开始下线的吗"])
def test_a_quarter_begun_is_not_its_first_month(question: str) -> None:
    # 开始 is when something began, any month of the quarter (guards).
    period = analyse(question).period
    assert period is not None and (period.start, period.end) == ("2022-04", "2022-06")


@pytest.mark.parametrize(
    ("question", "named"),
    [
        # A span in days, a price by its kind, member firms: measures the report never
        # states, of things it names.
        ("停工停产持续了多少天？", "时长"),
        ("What is the sale price of one of those methanol heavy trucks?", "price"),
        ("党建联盟有多少成员企业", "成员企业数量"),
        # (a verb glued to the thing named: 党建联盟 + 吸纳)
        ("党建联盟共吸纳了多少家成员企业？", "成员企业数量"),
        ("How many member companies are in the party-building alliances?", "member companies"),
    ],
)
def test_measures_never_stated_of_things_named(base: FactBase, question: str, named: str) -> None:
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "unstated-measure"
    outcome = CliRunner().invoke(app, ["ask", question])
    assert outcome.exit_code == 1 and named in outcome.stderr


@pytest.mark.parametrize(
    ("question", "fact", "verdict"),
    [
        # 上百亿, 上十万辆, 上两百亿: a round amount with its scale, reached; 百亿级: in
        # that class; 过百亿: passed.
        ("GDP上百亿吗", "gdp", "yes"),
        ("GDP上一百亿吗", "gdp", "yes"),
        ("战略性新兴产业产值上两百亿吗", "strategic-emerging-output", "yes"),
        ("留抵退税上十亿吗", "vat-credit-refunds", "yes"),
        ("吉利生产了上十万辆车吗", "geely-vehicles", "yes"),
        # (guards: passed, and a round amount not reached)
        ("GDP过百亿了吗", "gdp", "yes"),
        ("GDP上千亿吗", "gdp", "no"),
    ],
)
def test_round_amounts_reached_with_their_scale(
    base: FactBase, question: str, fact: str, verdict: str
) -> None:
    result = answer.ask(base, question)
    assert result.answered and result.facts[0].id == fact
    assert result.verdict == verdict


@pytest.mark.parametrize(
    "question",
    [
        # An industry named: the emerging industries' growth is no food industry's.
        "食品行业产值增长了多少",
        "汽车行业产值增长多少",
        # The zone's own growth: Geely's pull on it is no answer.
        "全区工业增加值增长多少个百分点",
    ],
)
def test_an_industry_or_a_whole_asked_is_not_answered_by_another(
    base: FactBase, question: str
) -> None:
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "unstated-measure"


@pytest.mark.parametrize(
    "question",
    [
        "食品行业增长了17.77个百分点吗",  # Baixiang's pull on it, not its growth
        "吉利拉动汽车行业增长27.26个百分点吗",  # Geely pulled the zone's value added
        "全区工业增加值增长了27.26个百分点吗",
        "Did industrial value-added grow by 27.26 percentage points?",
    ],
)
def test_a_pull_claimed_as_growth_gets_no_yes(base: FactBase, question: str) -> None:
    # No 是 and no 否: the report gives no such growth to settle it with.
    assert answer.ask(base, question).verdict is None


@pytest.mark.parametrize(
    "question",
    [
        # A band (百亿级, 十亿级) is no floor: no 否 of 143亿 as if it were 100亿 exactly.
        "GDP百亿级吗",
        "GDP十亿级吗",
        # Another industry's growth claimed with a firm's figure, no firm named.
        "纺织行业增长了17.77个百分点吗",
        # 全省 stated, the grade claimed another: 否 (the spinneret won gold).
        "碳纤维原丝喷丝头在全省科技工作者双创大赛上拿的是银奖吧？",
    ],
)
def test_bands_unnamed_firms_and_a_second_level_claimed(base: FactBase, question: str) -> None:
    result = answer.ask(base, question)
    if "银奖" in question:
        assert result.verdict == "no"
    else:
        assert result.verdict is None


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # The pull asked, or the firm named: the contribution answers (guards).
        ("吉利拉动全区工业增加值增长多少", "geely-industrial-growth-contribution"),
        ("huawei yaoye ladong yiyao hangye zengzhang duoshao ge baifendian",
         "huawei-pharma-growth-contribution"),
        ("战略性新兴产业产值增长多少", "strategic-emerging-output-growth"),
        # An industry in a list of them is named (食品、医药 of the alliances).
        ("有没有成立医药行业的党建联盟？", "party-alliances-established"),
    ],
)  # fmt: skip
def test_a_pull_asked_or_a_firm_named_is_still_answered(
    base: FactBase, question: str, fact: str
) -> None:
    assert _answered(base, question)[:1] == [fact]


@pytest.mark.parametrize(
    "question",
    [
        # One character changed makes another claim: 不出区, not 不出县 or 不出门.
        "实现了办事不出县吗",
        "基本实现办事不出省吗",
        "办事不出门吗",
        # In part, of what the report says was done in full (顶格, 全部, 全覆盖).
        "部分落实中央和省市政策吗",
        "7项省考核指标部分完成了吗",
        "经济管理职能部分覆盖吗",
    ],
)
def test_a_claim_one_word_off_gets_no_yes(base: FactBase, question: str) -> None:
    assert answer.ask(base, question).verdict not in ("yes", "roughly")


@pytest.mark.parametrize("question", ["实现办事不出区了吗", "基本实现经济管理职能全覆盖了吗"])
def test_the_claim_as_written_is_still_confirmed(base: FactBase, question: str) -> None:
    assert answer.ask(base, question).verdict == "yes"  # guards


@pytest.mark.parametrize(
    "question", ["Is Geely a high-tech enterprise?", "Is CNOOC a provincial little giant?"]
)
def test_a_firm_asked_about_is_not_answered_by_a_count_naming_none(
    base: FactBase, question: str
) -> None:
    # The report counts the high-tech firms and the little giants; it does not say
    # whether Geely or CNOOC is one of them.
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "unstated-measure"


@pytest.mark.parametrize("question", ["首台甲醇重卡是在吉利下线的吗"])
def test_a_firm_said_of_a_thing_asked_about_leaves_the_fact_without_a_verdict(
    base: FactBase, question: str
) -> None:
    # Guards: the thing is the subject, the firm a premise the report does not bear out.
    # (Did Baixiang deliver 500 trucks? is now declined: a firm said to do a deed the
    # sentence gives no one; see test_question_reading, the hundred-ninety-eighth's round.)
    result = answer.ask(base, question)
    assert result.answered and result.verdict is None


@pytest.mark.parametrize(
    "question",
    [
        # Who signed with the provincial company, the report does not say: no 否 of Geely.
        "Did Geely sign an agreement with the provincial state capital company?",
        # Kaijian and Shaanxi Construction set up a joint venture; an agreement of theirs
        # is not the zone's with the provincial company.
        "开建集团和陕西建工签署了合作协议吗",
    ],
)
def test_a_firm_asked_about_gets_no_verdict_from_another_partys_fact(
    base: FactBase, question: str
) -> None:
    assert answer.ask(base, question).verdict is None


def test_firms_named_as_candidates_still_name_the_one(base: FactBase) -> None:
    # Guard: 谁 among the firms named, the one the fact names answers.
    assert _answered(base, "吉利和白象谁生产汽车")[:1] == ["geely-vehicles"]


def test_industries_growth_asked_together_is_not_the_firms_pulls(base: FactBase) -> None:
    # The report gives Baixiang's and Huawei's pulls on their industries, not the
    # industries' own growth.
    result = answer.ask(base, "食品和医药行业分别增长了几个百分点")
    assert not result.answered and result.reason == "unstated-measure"


def test_the_firms_pulls_asked_together_are_answered(base: FactBase) -> None:
    # Guard: the pulls asked of the firms named.
    assert set(_answered(base, "白象食品和华卫药业分别拉动了多少")) == {
        "baixiang-food-growth-contribution",
        "huawei-pharma-growth-contribution",
    }


@pytest.mark.parametrize(
    "question",
    [
        "留抵退税加上扶持资金总共多少",
        "高新技术企业加专精特新企业一共多少户",
        "提拔正处副处加轮岗一共多少人",
    ],
)
def test_two_things_added_are_not_answered_by_one(base: FactBase, question: str) -> None:
    # A sum of two things the report states apart, and no total of: not one of them.
    result = answer.ask(base, question)
    assert not result.answered and result.reason == "unstated-measure"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # Guards: a total the report implies (a derived fact), and added up (加起来).
        ("正处加副处一共提拔了多少人", "cadres-promoted-total"),
        ("产值过亿的那些企业加起来创造了多少产值？", "enterprises-output-over-100m-output"),
    ],
)
def test_a_derived_total_and_added_up_are_still_answered(
    base: FactBase, question: str, fact: str
) -> None:
    assert _answered(base, question)[:1] == [fact]


@pytest.mark.parametrize("question", ["How many cadres were promoted?", "提拔了多少干部"])
def test_a_count_of_parts_asked_whole_is_their_derived_sum(base: FactBase, question: str) -> None:
    # 正处 1 and 副处 7: how many were promoted is the sum the report implies (8).
    assert _answered(base, question) == ["cadres-promoted-total"]


def test_a_part_named_is_still_the_part_and_a_derived_figure_no_sum(base: FactBase) -> None:
    # Guards: 副处 names its part; the city's little giants are worked out from a share,
    # no sum of the zone's (17 municipal-level little giants are no city count).
    assert _answered(base, "提拔了几名副处") == ["promoted-to-deputy-division"]
    result = answer.ask(base, "Are there 17 city-level little giant firms in the zone?")
    assert not result.answered or result.facts[0].id != "city-national-little-giants"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Hearsay first, a tag last: the claim between them is held to the figure.
        ("I heard GDP was 143 billion, is that right?", "no"),  # 143亿 is 14.3 billion
        ("I heard GDP was 14.3 billion, is that right?", "yes"),
        ("I was told that Geely built 111,500 vehicles, is that true?", "yes"),
    ],
)
def test_hearsay_and_is_that_right(base: FactBase, question: str, verdict: str) -> None:
    assert answer.ask(base, question).verdict == verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # A range claimed: held within it.
        ("Is GDP between 14 and 15 billion yuan?", "yes"),
        ("Is GDP between 15 and 16 billion yuan?", "no"),
        ("GDP在140亿到150亿之间吗", "yes"),
        ("高新技术企业在150到200户之间吗", "yes"),
        ("Was the number of high-tech firms between 100 and 150?", "no"),
    ],
)
def test_a_range_claimed(base: FactBase, question: str, verdict: str) -> None:
    assert answer.ask(base, question).verdict == verdict


@pytest.mark.parametrize(
    ("query", "fact"),
    [
        ("wat was the gdp", "gdp"),
        ("wen did the first truck roll off", "first-methanol-heavy-truck"),
    ],
)
def test_a_short_question_word_mistyped_is_still_filler(
    base: FactBase, query: str, fact: str
) -> None:
    assert _answered(base, query)[:1] == [fact]


@pytest.mark.parametrize("question", ["Is the zone among the leaders in China?", "报告的主要内容"])
def test_a_place_or_the_reports_gist_names_no_fact(base: FactBase, question: str) -> None:
    # China names the Textile Federation, 主要 the April indicators: neither is asked.
    assert not answer.ask(base, question).answered


def test_a_place_beside_the_things_asked_still_counts(base: FactBase) -> None:
    # Guard: 全省 beside 月度通报 (a quote's words) names the April ranking.
    result = answer.ask(base, "2022年4月份，开发区在全省开发区考核月度通报里排第几？")
    assert result.answered and result.facts[0].id == "april-2022-ranked-last"


def test_which_firms_pull_is_largest_ranks_every_firm(base: FactBase) -> None:
    # Guard. 哪家拉动的百分点最多, no two firms named: the largest pull of all (Geely's 27.26).
    result = answer.ask(base, "哪家拉动的百分点最多？")
    assert result.answered and result.facts[0].id == "geely-industrial-growth-contribution"


def test_a_groups_own_firms_are_the_group_named(base: FactBase) -> None:
    # 经纬旗下的企业: the Jingwei firms, whose two products won prizes.
    assert set(_answered(base, "经纬旗下的企业都拿了哪些奖？")) == {
        "carbon-fibre-spinneret-gold",
        "jwf1580-spinning-frame-award",
    }
