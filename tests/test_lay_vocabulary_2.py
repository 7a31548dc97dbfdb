"""Everyday words, second voice: colloquial Chinese, a foreign journalist's English, and
things described by what they do.

The first lay-vocabulary pass (tests/test_lay_vocabulary.py) gave every fact its plain
name. Users still describe things roundabout: a retiree says 厂子 and 大伙, a worker says
停工, a British or American journalist writes "HGVs", "big rig", "shovel-ready plots" or
"bailout money", a student describes a machine by what it does. Each in-scope case below
is such a paraphrase, written before any alias was added for it and never equal to a
fact's id, label or alias, nor to a query of the first lay suite (the tests check both).
Each must put its fact first in `search`. Each out-of-scope case is an everyday question
the report does not answer (wages, prices, weather, schools …) and must find nothing.

Scores (top-1 share of the in-scope cases / abstention share of the out-of-scope cases):
- first, on the base as it was before this pass (main at ca04c95): 36.8% top-1
  (57 of 155), 95.8% abstention (23 of 24: "fuel consumption of a methanol car" found
  methanol-leads-new-track through its "fuel" aliases)
- after the pass (2-5 aliases more for every fact, in data/facts.yaml only): 90.3% top-1
  (140 of 155), 100% abstention (23 of 23, with the fuel-consumption question set apart)
- with the lead engineer's scoring changes merged with it: 91.0% top-1 (141 of 155), 100%
  abstention (24 of 24)

"fuel consumption of a methanol car" was kept apart at first (the scorer found the
"new track" fact through the report's own 能源消费革命); 油耗 and fuel consumption are now
measures no fact states (search/vocab.py), so it is out of scope like the others and all
24 abstain.

Aliases with a character the base held nowhere before (得, 啥, 都, 少 …) change how every
query holding that character is split into the base's words: 投得合理 and 国企干得好 together
made a held-out question about 认定 answer instead of declining. Such particles are left
out of aliases; the fifteen still missed are mostly sentences built on them (大伙一起,
跟省里, 看啥, 全都用足), a measure spoken colloquially (长了多少 for growth, "slice" for a
share) or a phrase 够规模 that the question reader splits into single characters.
"""

from __future__ import annotations

import pytest

from jzfacts.model import FactBase
from jzfacts.text import fold
from tests.test_lay_vocabulary import IN_SCOPE as FIRST_IN_SCOPE
from tests.test_lay_vocabulary import OUT_OF_SCOPE as FIRST_OUT_OF_SCOPE
from tests.test_lay_vocabulary import names_of, suite_score

TOP1_FLOOR = 0.90
ABSTENTION_FLOOR = 1.0

# (query, the fact that must come first)
IN_SCOPE: tuple[tuple[str, str], ...] = (
    # Introduction
    ("一边防疫一边搞生产", "pandemic-and-development-balanced"),
    ("juggling covid curbs and business", "pandemic-and-development-balanced"),
    ("明年开发区要干啥", "outlook-pioneer-zone"),
    ("the zone's plans going forward", "outlook-pioneer-zone"),
    # The 20th Party Congress
    ("大伙一起学二十大", "party-congress-study-approach"),
    ("给党员上课", "cadre-training"),
    ("political education for officials", "cadre-training"),
    ("当官的下厂子讲政策", "leaders-briefing-enterprises"),
    ("officials lecturing shop-floor workers", "leaders-briefing-enterprises"),
    # Economic recovery
    ("四月份厂子停工的有多少", "april-2022-shutdown-share"),
    ("proportion of firms mothballed in the April lockdown", "april-2022-shutdown-share"),
    ("四月份成绩最差", "april-2022-ranked-last"),
    ("bottom of the provincial league in April", "april-2022-ranked-last"),
    ("帮企业缓过劲来", "recovery-measures"),
    ("how the zone got back on track", "recovery-measures"),
    ("开发区经济盘子多大", "gdp"),
    ("headline GDP figure", "gdp"),
    ("经济比疫情前还强", "economy-above-pre-pandemic"),
    ("economy back to where it was before covid", "economy-above-pre-pandemic"),
    ("疫情闹了快三年", "pre-pandemic-comparison-span"),
    ("省里下的任务都完成了", "provincial-indicators-exceeded"),
    ("smashed its provincial targets", "provincial-indicators-exceeded"),
    ("在全省数一数二", "province-leading-position"),
    ("among Shanxi's top performers", "province-leading-position"),
    ("大厂子撑着经济", "backbone-enterprises-support-growth"),
    ("big firms carrying the economy", "backbone-enterprises-support-growth"),
    ("产值一个亿以上的厂子几家", "enterprises-output-over-100m"),
    ("companies producing over 100 million yuan a year", "enterprises-output-over-100m"),
    ("过亿的厂子在规上里占几成", "enterprises-output-over-100m-share"),
    ("过亿的厂子一共产了多少", "enterprises-output-over-100m-output"),
    ("big firms' slice of total output", "enterprises-output-over-100m-output-share"),
    ("搞方便面的厂子拉动多少", "baixiang-food-growth-contribution"),
    ("noodle firm's lift to the food sector", "baixiang-food-growth-contribution"),
    ("做药的厂子拉了医药行业多少", "huawei-pharma-growth-contribution"),
    ("how much the medicines firm pushed up pharma growth", "huawei-pharma-growth-contribution"),
    # Party-building alliances
    ("弄了几个行业联盟", "party-alliances-count"),
    ("party cells in private companies", "party-alliances-established"),
    ("老板们定期碰头开会", "party-alliances-activities"),
    ("business leaders' round tables", "party-alliances-activities"),
    ("联盟想达到啥目的", "party-alliances-goal"),
    ("what the alliances are meant to achieve", "party-alliances-goal"),
    # Cadres
    ("提拔干部看啥标准", "cadre-selection-principles"),
    ("rules for picking officials", "cadre-selection-principles"),
    ("park bosses given assistant director roles", "service-centre-directors-as-assistants"),
    ("几个人升了正处", "promoted-to-division-head"),
    ("deputy director promotions", "promoted-to-deputy-division"),
    ("干部挪了岗位", "cadres-rotated"),
    ("officials moved sideways", "cadres-rotated"),
    ("一共提了多少干部", "cadres-promoted-total"),
    ("how many officials got a promotion", "cadres-promoted-total"),
    ("底下的干部当了官", "grassroots-cadres-to-leadership"),
    ("frontline officials moving into senior posts", "grassroots-cadres-to-leadership"),
    # Methanol vehicles
    ("甲醇车一年产值多少", "methanol-vehicle-output-headline"),
    ("value of the methanol car business", "methanol-vehicle-output-headline"),
    ("烧甲醇的混动小轿车", "first-methanol-hybrid-sedan"),
    ("methanol-burning hybrid saloon", "first-methanol-hybrid-sedan"),
    ("第一台烧甲醇的大货车", "first-methanol-heavy-truck"),
    ("first methanol-fuelled big rig", "first-methanol-heavy-truck"),
    ("Shanxi's leader in cleaner fuels", "methanol-leads-new-track"),
    ("年底交出去几台甲醇大卡", "methanol-trucks-delivered"),
    ("methanol HGVs handed over", "methanol-trucks-delivered"),
    ("跟省里国企签了合同", "provincial-state-capital-agreement"),
    ("partnership deal with a provincial state fund", "provincial-state-capital-agreement"),
    ("甲醇经济试验田", "methanol-economy-demonstration-zone"),
    ("methanol showcase region", "methanol-economy-demonstration-zone"),
    ("吉利一年出了多少台车", "geely-vehicles"),
    ("vehicles rolling off Geely's lines", "geely-vehicles"),
    ("吉利一年干了多少产值", "geely-output"),
    ("Geely's gross output in yuan", "geely-output"),
    ("吉利给工业增长出了多大力", "geely-industrial-growth-contribution"),
    ("how much of industrial growth came from Geely", "geely-industrial-growth-contribution"),
    # Little giants
    ("小而专的厂子一共几家", "specialised-enterprises"),
    ("省里评上的小巨人几家", "provincial-little-giants"),
    ("provincially certified little giants", "provincial-little-giants"),
    ("国家评上的小巨人", "national-little-giants"),
    ("state-level little giant firms", "national-little-giants"),
    ("开发区小巨人在全市占多大比重", "national-little-giants-city-share"),
    ("how many little giants in the whole of Jinzhong", "city-national-little-giants"),
    ("small businesses newly accredited as specialists", "specialised-smes-approved"),
    ("好厂子带头跑", "quality-firms-new-engine"),
    ("best firms pulling smaller ones along", "quality-firms-new-engine"),
    # Innovation
    ("老厂换新设备投产了几个", "tech-renovation-projects"),
    ("plant refits brought on stream", "tech-renovation-projects"),
    ("钱投得更合理了", "investment-structure-improved"),
    ("where capital goes has improved", "investment-structure-improved"),
    ("搞高科技的公司几家", "high-tech-enterprises"),
    ("certified high-technology businesses", "high-tech-enterprises"),
    ("市里挂牌的研发中心", "municipal-tech-centres"),
    ("in-house R&D units certified by Jinzhong", "municipal-tech-centres"),
    ("挖矿洞的大机器", "fendun-1-tbm"),
    ("giant mining drill", "fendun-1-tbm"),
    ("纺线的机器拿了奖", "jwf1580-spinning-frame-award"),
    ("textile machine wins runner-up prize", "jwf1580-spinning-frame-award"),
    ("拉丝的喷头拿了第一", "carbon-fibre-spinneret-gold"),
    ("gold for a carbon fibre component", "carbon-fibre-spinneret-gold"),
    ("厂子自己搞研发", "innovation-system"),
    ("firms doing their own R&D", "innovation-system"),
    ("新兴产业一年产了多少", "strategic-emerging-output"),
    ("output of future industries", "strategic-emerging-output"),
    ("新兴产业长了多少", "strategic-emerging-output-growth"),
    ("how fast new industries grew", "strategic-emerging-output-growth"),
    ("新兴产业跑得比经济快多少", "strategic-emerging-growth-above-gdp"),
    ("emerging sectors outstripping GDP", "strategic-emerging-growth-above-gdp"),
    ("经济涨了几个点", "gdp-growth"),
    ("real growth of the local economy", "gdp-growth"),
    ("fresh sources of growth", "new-momentum"),
    # Enterprise services
    ("新弄了哪些帮企业的机构", "one-department-one-centre-three-companies"),
    ("new outfits to help firms", "one-department-one-centre-three-companies"),
    ("开了几家新公司", "new-service-companies"),
    ("how many new firms the zone set up", "new-service-companies"),
    ("新设了几个部", "new-service-department"),
    ("新弄了一个中心", "new-service-centre"),
    ("政策全都用足了", "policy-package-implemented"),
    ("every government support measure applied", "policy-package-implemented"),
    ("国家给企业退了多少税", "vat-credit-refunds"),
    ("VAT paid back to businesses", "vat-credit-refunds"),
    ("退税全市拔头筹", "vat-refunds-rank-first-in-city"),
    ("best in the city on tax rebates", "vat-refunds-rank-first-in-city"),
    ("帮厂子过难关的钱", "support-funds-relief"),
    ("bailout money for firms", "support-funds-relief"),
    ("政府出钱搞的基金", "industry-development-funds"),
    ("state-backed investment vehicles", "industry-development-funds"),
    ("给龙头企业拨的钱", "support-funds-industrial"),
    ("subsidies paid out to key firms", "support-funds-industrial"),
    # Business environment
    ("环评一次搞定", "regional-overall-assessment"),
    ("one environmental study for the whole area", "regional-overall-assessment"),
    ("盖房子分段发证", "phased-construction-permits"),
    ("building consent in phases", "phased-construction-permits"),
    ("拿地就开工", "commitment-standard-land-agency"),
    ("shovel-ready plots", "commitment-standard-land-agency"),
    ("上面放了多少权给开发区", "delegated-powers"),
    ("powers passed down to the zone", "delegated-powers"),
    ("卖地的权放给开发区", "planning-and-land-powers-devolved"),
    ("zoning approval handed to the zone", "planning-and-land-powers-devolved"),
    ("办事不用跑市里", "services-within-zone"),
    ("no trips to the city for paperwork", "services-within-zone"),
    # State-owned enterprise reform
    ("开发区当公司来管", "committee-plus-company"),
    ("zone authority operating like a business", "committee-plus-company"),
    ("跟陕西那家建筑公司合伙开公司", "kaijian-shaanxi-construction-jv"),
    ("joint venture with a big Shaanxi contractor", "kaijian-shaanxi-construction-jv"),
    ("陕建排全国前五百", "shaanxi-construction-top-500"),
    ("给工厂搞数字化", "info-company-industrial-internet"),
    ("smart factory platform", "info-company-industrial-internet"),
    ("给老百姓住的便宜房", "affordable-housing-management"),
    ("cheap homes for low earners", "affordable-housing-management"),
    ("借钱的窟窿堵上了", "lending-risks-defused"),
    ("loan risks sorted", "lending-risks-defused"),
    ("厂房没手续给补上", "standard-factory-permits"),
    ("unlicensed factory sheds regularised", "standard-factory-permits"),
    ("国企干得更好了", "soe-efficiency"),
    ("state enterprises doing better", "soe-efficiency"),
    # Derived facts
    ("够规模的企业有多少家", "above-scale-enterprises"),
    ("firms big enough to count in official statistics", "above-scale-enterprises"),
    ("全区厂子一共产了多少", "zone-industrial-output"),
    ("the zone's total manufacturing value", "zone-industrial-output"),
)

# Everyday questions about what the report does not state: each must find nothing.
OUT_OF_SCOPE: tuple[str, ...] = (
    "fuel consumption of a methanol car",
    "厂子里工人工资多少",
    "吉利一辆车卖多少钱",
    "开发区有几所学校",
    "how much does a flat cost in Jinzhong",
    "公交车几点收班",
    "白象方便面多少钱一包",
    "开发区住了多少人",
    "average rent for office space",
    "how many foreign companies are in the zone",
    "晋中明天下雨吗",
    "国企老板年薪",
    "methanol price per litre",
    "低保怎么申请",
    "kindergarten places",
    "停车费多少钱",
    "farmers' income",
    "开发区离太原多远",
    "how many tourists visited",
    "养老金涨了吗",
    "water bills",
    "broadband speed",
    "离婚率",
    "哪家饭店好吃",
)

# Out of scope, but found through the report's own words; owed by the scorer (see above).


@pytest.fixture(scope="module")
def base(report_base: FactBase) -> FactBase:
    return report_base  # the worker's one base (conftest.report_base)


def test_paraphrases_are_new(base: FactBase) -> None:
    """A paraphrase equal to a name would test the exact-name rule, not lay words; one
    equal to a query of the first lay suite would count the same words twice."""
    names = names_of(base)
    first = {fold(q) for q, _ in FIRST_IN_SCOPE} | {fold(q) for q in FIRST_OUT_OF_SCOPE}
    assert not [q for q, _ in IN_SCOPE if fold(q) in names | first]
    assert not [q for q in OUT_OF_SCOPE if fold(q) in names | first]


def test_suite_has_its_size() -> None:
    ids = {fact_id for _, fact_id in IN_SCOPE}
    assert len(IN_SCOPE) >= 60 and len(OUT_OF_SCOPE) >= 20
    assert len(ids) >= 75  # spread over the base, not a few facts asked many ways
    assert len({q for q, _ in IN_SCOPE}) == len(IN_SCOPE)


def test_everyday_words_find_the_fact_and_nothing_else(base: FactBase) -> None:
    top1, abstention, failures = suite_score(base, IN_SCOPE, OUT_OF_SCOPE)
    print(f"\neveryday vocabulary: top-1 {top1:.1%}, abstention {abstention:.1%}")
    assert top1 >= TOP1_FLOOR and abstention >= ABSTENTION_FLOOR, "\n".join(failures)
