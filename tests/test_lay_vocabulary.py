"""Everyday words: does search find a fact described by someone who never read the report?

Each in-scope case is a paraphrase a reporter, a citizen, an investor or an English-speaking
analyst might type for what a fact IS (a named product as the kind of product, a body by
what it does, the report's jargon in plain words), written before any alias was added for
it and never equal to a fact's id, label or alias (the test checks). Each must put its fact
first in `search`. Each out-of-scope case asks for something the report does not state
(profit, staff, prices, population …) and must find nothing.

Scores (top-1 share of the in-scope cases / abstention share of the out-of-scope cases):
- first, on the base as it was before the lay-vocabulary pass (main at 8fa94f8): 41.7% top-1
  (53 of 127), 100% abstention (30 of 30)
- after the pass (aliases for every fact and most entities, concepts in search/vocab.py):
  95.3% top-1 (121 of 127), 100% abstention (30 of 30)

The six still missed are left as they are, not patched with their own words: a count word
the fact's names lack (升任处长的人数, 升副处长的人数: 人数 counts against a rank's fact), a
measure named around an entity (value of Geely's production reads as production), an
English "investment" used as a modifier (investment mix, investment funds: read as the
investment measure, which no fact states), and 创造的财富 (wealth is not GDP). The floor
leaves room for the scoring to move under this suite.
"""

from __future__ import annotations

import pytest

from jzfacts import search as engine
from jzfacts.model import FactBase
from jzfacts.text import fold

TOP1_FLOOR = 0.90
ABSTENTION_FLOOR = 1.0

# (query, the fact that must come first)
IN_SCOPE: tuple[tuple[str, str], ...] = (
    # Introduction
    ("抗疫和经济两手抓", "pandemic-and-development-balanced"),
    ("fighting covid while keeping the economy going", "pandemic-and-development-balanced"),
    ("未来规划", "outlook-pioneer-zone"),
    ("the road ahead for the zone", "outlook-pioneer-zone"),
    # The 20th Party Congress
    ("学习党代会精神", "party-congress-study-approach"),
    ("官员培训班", "cadre-training"),
    ("courses for officials", "cadre-training"),
    ("领导到工厂讲课", "leaders-briefing-enterprises"),
    ("officials giving talks at factories", "leaders-briefing-enterprises"),
    # Economic recovery
    ("疫情封控关门的企业比例", "april-2022-shutdown-share"),
    ("what share of companies were forced to close in April", "april-2022-shutdown-share"),
    ("四月份排名吊车尾", "april-2022-ranked-last"),
    ("worst performing zone in April", "april-2022-ranked-last"),
    ("经济回暖措施", "recovery-measures"),
    ("steps to get the economy back on its feet", "recovery-measures"),
    ("gross local product", "gdp"),
    ("全区一年创造的财富总量", "gdp"),
    ("经济超过新冠之前", "economy-above-pre-pandemic"),
    ("economy bigger than before covid", "economy-above-pre-pandemic"),
    ("省里定的目标都超了", "provincial-indicators-exceeded"),
    ("beat all the goals set by the province", "provincial-indicators-exceeded"),
    ("全省排名靠前", "province-leading-position"),
    ("one of the best zones in Shanxi", "province-leading-position"),
    ("支柱企业撑起增长", "backbone-enterprises-support-growth"),
    ("pillar companies", "backbone-enterprises-support-growth"),
    ("上亿企业有多少家", "enterprises-output-over-100m"),
    ("上亿企业在规上企业里占几成", "enterprises-output-over-100m-share"),
    ("上亿企业总产值", "enterprises-output-over-100m-output"),
    (
        "how concentrated is output among the biggest firms",
        "enterprises-output-over-100m-output-share",
    ),
    ("方便面厂对食品业增长的贡献", "baixiang-food-growth-contribution"),
    (
        "how much did the noodle maker add to food industry growth",
        "baixiang-food-growth-contribution",
    ),
    ("药厂拉动医药增长多少", "huawei-pharma-growth-contribution"),
    ("drug maker's boost to pharmaceutical growth", "huawei-pharma-growth-contribution"),
    # Party-building alliances
    ("成立了几个党建同盟", "party-alliances-count"),
    ("industry party groups formed", "party-alliances-established"),
    ("alliance gatherings for business owners", "party-alliances-activities"),
    # Cadres
    ("用什么标准选官", "cadre-selection-principles"),
    ("how officials are chosen", "cadre-selection-principles"),
    ("park managers made assistant directors", "service-centre-directors-as-assistants"),
    ("升任处长的人数", "promoted-to-division-head"),
    ("officials promoted to division chief", "promoted-to-division-head"),
    ("升副处长的人数", "promoted-to-deputy-division"),
    ("换了岗位的干部", "cadres-rotated"),
    ("officials swapped to different jobs", "cadres-rotated"),
    ("total number of officials who moved up", "cadres-promoted-total"),
    ("基层的人当上领导", "grassroots-cadres-to-leadership"),
    # Methanol vehicles
    ("world's first methanol plug-in hybrid car", "first-methanol-hybrid-sedan"),
    ("第一辆甲醇电动混合小汽车", "first-methanol-hybrid-sedan"),
    ("山西第一台甲醇大货车", "first-methanol-heavy-truck"),
    ("first methanol lorry in the province", "first-methanol-heavy-truck"),
    ("能源转型领先全省", "methanol-leads-new-track"),
    ("年底交了多少辆甲醇大卡车", "methanol-trucks-delivered"),
    ("methanol lorries handed to customers at year end", "methanol-trucks-delivered"),
    ("和省属国企签约", "provincial-state-capital-agreement"),
    ("deal signed with a provincial state investment firm", "provincial-state-capital-agreement"),
    ("national methanol pilot area", "methanol-economy-demonstration-zone"),
    ("吉利一年造了多少辆车", "geely-vehicles"),
    ("how many cars did Geely turn out", "geely-vehicles"),
    ("value of Geely's production", "geely-output"),
    ("吉利对工业增长的贡献", "geely-industrial-growth-contribution"),
    ("how much Geely lifted industrial growth", "geely-industrial-growth-contribution"),
    # Little giants
    ("niche specialist firms in total", "specialised-enterprises"),
    ("省里认定的小巨人", "provincial-little-giants"),
    ("little giants recognised by Shanxi", "provincial-little-giants"),
    ("国家认定的小巨人有几家", "national-little-giants"),
    ("little giants on the national list", "national-little-giants"),
    ("晋中全市一共多少国家级小巨人", "city-national-little-giants"),
    ("small firms certified as specialised", "specialised-smes-approved"),
    # Innovation
    ("设备更新改造项目投产几个", "tech-renovation-projects"),
    ("factory upgrade projects that started production", "tech-renovation-projects"),
    ("better mix of investment", "investment-structure-improved"),
    ("高技术公司多少家", "high-tech-enterprises"),
    ("number of technology companies", "high-tech-enterprises"),
    ("市里认定的技术研究中心", "municipal-tech-centres"),
    ("firms with city-recognised research labs", "municipal-tech-centres"),
    ("挖隧道的机器", "fendun-1-tbm"),
    ("machine that digs mine tunnels", "fendun-1-tbm"),
    ("纺纱机得奖", "jwf1580-spinning-frame-award"),
    ("spinning machine prize", "jwf1580-spinning-frame-award"),
    ("carbon fibre nozzle won first prize", "carbon-fibre-spinneret-gold"),
    ("companies' research and development ability", "innovation-system"),
    ("output of new strategic industries", "strategic-emerging-output"),
    ("新兴产业涨了多少", "strategic-emerging-output-growth"),
    (
        "how much faster did emerging industries grow than the economy",
        "strategic-emerging-growth-above-gdp",
    ),
    ("经济增长速度", "gdp-growth"),
    ("how fast did the local economy expand", "gdp-growth"),
    ("新的增长动力", "new-momentum"),
    # Enterprise services
    ("new bodies set up to serve businesses", "one-department-one-centre-three-companies"),
    ("新开了几家服务公司", "new-service-companies"),
    ("一系列扶持政策全部落实", "policy-package-implemented"),
    ("增值税返还多少钱", "vat-credit-refunds"),
    ("VAT rebates", "vat-credit-refunds"),
    ("tax money given back to companies", "vat-credit-refunds"),
    ("退税在全市排第几", "vat-refunds-rank-first-in-city"),
    ("where the zone placed in the city for tax refunds", "vat-refunds-rank-first-in-city"),
    ("救急资金", "support-funds-relief"),
    ("emergency cash for struggling firms", "support-funds-relief"),
    ("产业引导基金", "industry-development-funds"),
    ("two investment funds launched", "industry-development-funds"),
    ("money paid to key firms and new projects", "support-funds-industrial"),
    # Business environment
    ("区域环评", "regional-overall-assessment"),
    ("area-wide environmental review", "regional-overall-assessment"),
    ("分期办理施工证", "phased-construction-permits"),
    ("building permits in stages", "phased-construction-permits"),
    ("ready-to-build land reform", "commitment-standard-land-agency"),
    ("省里市里下放了多少项权力", "delegated-powers"),
    ("how many powers handed down by the province", "delegated-powers"),
    ("土地审批权下放", "planning-and-land-powers-devolved"),
    ("right to sell state land given to the zone", "planning-and-land-powers-devolved"),
    ("办事不用出园区", "services-within-zone"),
    ("get everything done without leaving the zone", "services-within-zone"),
    # State-owned enterprise reform
    ("zone run like a company", "committee-plus-company"),
    ("和陕西建工合办公司", "kaijian-shaanxi-construction-jv"),
    ("joint company with a Shaanxi builder", "kaijian-shaanxi-construction-jv"),
    ("one of China's 500 largest companies", "shaanxi-construction-top-500"),
    ("digital platform for factories", "info-company-industrial-internet"),
    ("社会福利房", "affordable-housing-management"),
    ("low-cost housing management", "affordable-housing-management"),
    ("坏账风险处理了", "lending-risks-defused"),
    ("bad loan risks dealt with", "lending-risks-defused"),
    ("厂房补手续", "standard-factory-permits"),
    ("paperwork fixed for factory buildings", "standard-factory-permits"),
    ("国营企业效益变好", "soe-efficiency"),
    ("state firms more efficient", "soe-efficiency"),
    # Derived facts
    ("number of firms above the statistical threshold", "above-scale-enterprises"),
    ("全区工厂总产值", "zone-industrial-output"),
    ("total factory output of the zone", "zone-industrial-output"),
)

# Lay questions about what the report does not state: each must find nothing.
OUT_OF_SCOPE: tuple[str, ...] = (
    "吉利汽车利润",
    "Geely's profit",
    "how many people work at Geely",
    "开发区常住人口",
    "average salary in the zone",
    "晋中房价",
    "unemployment rate",
    "price of a methanol truck",
    "白象食品营业收入",
    "how much tax did the zone collect",
    "外商直接投资",
    "carbon emissions of the zone",
    "number of patents filed",
    "华卫药业员工人数",
    "weather in Jinzhong",
    "大学数量",
    "hospital beds",
    "地铁线路",
    "上市公司股价",
    "charging stations for electric cars",
    "空气质量",
    "tourism revenue",
    "school enrolment",
    "新冠确诊人数",
    "electricity consumption",
    "土地面积",
    "minimum wage",
    "通货膨胀率",
    "crime rate",
    "bank interest rates",
)


@pytest.fixture(scope="module")
def base(report_base: FactBase) -> FactBase:
    return report_base  # the worker's one base (conftest.report_base)


def names_of(base: FactBase) -> set[str]:
    out: set[str] = set()
    for i in range(base.size):
        fact = base.fact(i)
        for name in (fact.id, fact.label.zh, fact.label.en, *fact.aliases):
            out.add(fold(name))
    return out


def test_paraphrases_are_not_the_bases_own_names(base: FactBase) -> None:
    """A paraphrase equal to a name would test the exact-name rule, not lay words; an
    alias added equal to a paraphrase would make this suite worthless."""
    names = names_of(base)
    assert not [q for q, _ in IN_SCOPE if fold(q) in names]
    assert not [q for q in OUT_OF_SCOPE if fold(q) in names]


def test_suite_has_its_size() -> None:
    ids = {fact_id for _, fact_id in IN_SCOPE}
    assert len(IN_SCOPE) >= 70 and len(OUT_OF_SCOPE) >= 25
    assert len(ids) >= 60  # spread over the base, not a few facts asked many ways
    assert len({q for q, _ in IN_SCOPE}) == len(IN_SCOPE)


def suite_score(
    base: FactBase, in_scope: tuple[tuple[str, str], ...], out_of_scope: tuple[str, ...]
) -> tuple[float, float, list[str]]:
    """Top-1 share of the in-scope cases, abstention share of the others, and the failures
    (the two everyday-vocabulary suites score alike)."""
    ids = {base.fact(i).id for i in range(base.size)}
    assert not [fact_id for _, fact_id in in_scope if fact_id not in ids]
    misses = []
    for query, want in in_scope:
        hits = [m.fact.id for m in engine.search(base, query, limit=3)]
        if not hits or hits[0] != want:
            misses.append(f"want {want}, got {hits}: {query!r}")
    wrong = []
    for query in out_of_scope:
        hits = [m.fact.id for m in engine.search(base, query, limit=3)]
        if hits:
            wrong.append(f"out of scope, got {hits}: {query!r}")
    top1 = 1 - len(misses) / len(in_scope)
    abstention = 1 - len(wrong) / len(out_of_scope)
    return top1, abstention, misses + wrong


def test_lay_words_find_the_fact_and_nothing_else(base: FactBase) -> None:
    top1, abstention, failures = suite_score(base, IN_SCOPE, OUT_OF_SCOPE)
    print(f"\nlay vocabulary: top-1 {top1:.1%}, abstention {abstention:.1%}")
    assert top1 >= TOP1_FLOOR and abstention >= ABSTENTION_FLOOR, "\n".join(failures)
