#!/usr/bin/env python3
"""Write a synthetic fact base of N facts for the scale benchmark.

    python bench/gen_facts.py N OUTDIR [--seed S]

OUTDIR receives ``facts.yaml`` and ``report.txt`` (a synthetic year-end review whose
sha256 the fact base records). The output is deterministic for a given N and seed, and
passes ``jzfacts --data OUTDIR/facts.yaml validate``:

- realistic Chinese labels and quotes built from a vocabulary of zones, company names,
  industries and metrics (华源甲醇汽车有限公司全年实现产值143.5亿元，), figures in the
  known units (亿元 万元 户 个 项 % 个百分点 万辆 台 人), some event and statement facts,
  a few derived facts with formulas, English labels, aliases in both languages;
- every id, label and alias (NFKC-folded, case-folded) names one fact only: repeated
  names get a number, as the format requires;
- every quote is a whole clause of the report, ending in ， or 。 and starting right after
  punctuation, and contains the value's digits;
- fact ``gdp`` (地区生产总值, 143 亿元) exists at every N, so ``show gdp`` works.

Only the standard library is used; YAML is written by hand (strings JSON-quoted, which is
valid YAML) so that 100,000 facts take seconds, not minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

DEFAULT_SEED = 2022
WRAP = 38  # characters per report line; quotes are matched with line breaks removed
INDENT = "\u3000\u3000"  # paragraphs open with two ideographic spaces, as in data/report.txt

# --- vocabulary ------------------------------------------------------------------------------

# Company name cores: first character x second character (20 x 16 = 320 cores).
CORE_FIRST = [
    ("华", "Hua"),
    ("晋", "Jin"),
    ("瑞", "Rui"),
    ("泰", "Tai"),
    ("鑫", "Xin"),
    ("宏", "Hong"),
    ("恒", "Heng"),
    ("盛", "Sheng"),
    ("天", "Tian"),
    ("中", "Zhong"),
    ("海", "Hai"),
    ("远", "Yuan"),
    ("长", "Chang"),
    ("东", "Dong"),
    ("锦", "Jin"),
    ("安", "An"),
    ("丰", "Feng"),
    ("合", "He"),
    ("宝", "Bao"),
    ("德", "De"),
]
CORE_SECOND = [
    ("源", "yuan"),
    ("达", "da"),
    ("光", "guang"),
    ("通", "tong"),
    ("宇", "yu"),
    ("辉", "hui"),
    ("昌", "chang"),
    ("科", "ke"),
    ("润", "run"),
    ("泽", "ze"),
    ("星", "xing"),
    ("成", "cheng"),
    ("新", "xin"),
    ("力", "li"),
    ("信", "xin"),
    ("隆", "long"),
]
# Industries: Chinese, English, slug, tag.
INDUSTRIES = [
    ("甲醇汽车", "Methanol Vehicle", "methanol-vehicle", "vehicles"),
    ("新能源", "New Energy", "new-energy", "energy"),
    ("智能制造", "Smart Manufacturing", "smart-manufacturing", "manufacturing"),
    ("生物医药", "Biomedicine", "biomedicine", "health"),
    ("新材料", "New Materials", "new-materials", "materials"),
    ("装备制造", "Equipment", "equipment", "manufacturing"),
    ("信息技术", "Information Technology", "info-tech", "digital"),
    ("现代物流", "Logistics", "logistics", "services"),
    ("节能环保", "Green Technology", "green-tech", "environment"),
    ("食品加工", "Food Processing", "food-processing", "agriculture"),
    ("数字经济", "Digital Economy", "digital-economy", "digital"),
    ("氢能", "Hydrogen Energy", "hydrogen", "energy"),
    ("半导体", "Semiconductor", "semiconductor", "manufacturing"),
    ("轨道交通", "Rail Transit", "rail-transit", "transport"),
    ("光伏", "Photovoltaic", "photovoltaic", "energy"),
    ("农业科技", "Agritech", "agritech", "agriculture"),
]
SUFFIXES = [
    ("有限公司", "Co., Ltd."),
    ("集团", "Group"),
    ("股份公司", "Corp."),
    ("科技公司", "Technology Co."),
]
ZONES = [
    ("晋中开发区", "Jinzhong Development Zone"),
    ("潇河园区", "Xiaohe Park"),
    ("汇通产业园", "Huitong Industrial Park"),
    ("榆次工业园", "Yuci Industrial Park"),
    ("大学城园区", "University Town Park"),
    ("智创城", "Zhichuang City"),
    ("山西综改区", "Shanxi Comprehensive Reform Zone"),
    ("晋中国家农高区", "Jinzhong Agri-Hi-Tech Zone"),
]

# What a synthetic figure measures, by its unit (every figure and derived fact needs one).
MEASURE_OF_UNIT = {
    "亿元": "output-value", "万元": "funds", "户": "count", "个": "count", "项": "count",
    "人": "count", "台": "count", "万辆": "production", "%": "share", "个百分点": "growth-gap",
}  # fmt: skip

# Figure metrics: zh label part, en label part, slug, unit, clause template, value kind, tags.
# {c} is the company's full name, {v} the value, {u} the unit.
METRICS = [
    ("产值", "output value", "output", "亿元", "{c}全年实现产值{v}{u}", "money", "output"),
    (
        "营业收入",
        "operating revenue",
        "revenue",
        "亿元",
        "{c}营业收入达到{v}{u}",
        "money",
        "revenue",
    ),
    (
        "固定资产投资",
        "fixed-asset investment",
        "investment",
        "亿元",
        "{c}完成固定资产投资{v}{u}",
        "money",
        "investment",
    ),
    ("上缴税收", "taxes paid", "taxes", "万元", "{c}上缴税收{v}{u}", "int_large", "tax"),
    (
        "研发投入",
        "R&D spending",
        "rnd-spending",
        "万元",
        "{c}研发投入{v}{u}",
        "int_large",
        "innovation",
    ),
    (
        "产值增速",
        "output growth",
        "output-growth",
        "%",
        "{c}产值同比增长{v}{u}",
        "percent",
        "growth",
    ),
    (
        "研发强度提升",
        "R&D intensity gain",
        "rnd-intensity-gain",
        "个百分点",
        "{c}研发投入强度提高{v}{u}",
        "points",
        "innovation",
    ),
    (
        "新能源汽车产量",
        "new-energy vehicle output",
        "nev-output",
        "万辆",
        "{c}新能源汽车产量达到{v}{u}",
        "vehicles",
        "vehicles",
    ),
    (
        "设备销量",
        "equipment sold",
        "equipment-sold",
        "台",
        "{c}销售各类设备{v}{u}",
        "int_small",
        "sales",
    ),
    (
        "技改项目",
        "technical upgrade projects",
        "upgrade-projects",
        "项",
        "{c}实施技术改造项目{v}{u}",
        "int_tiny",
        "projects",
    ),
    (
        "新增专利",
        "new patents",
        "new-patents",
        "个",
        "{c}新增授权专利{v}{u}",
        "int_small",
        "innovation",
    ),
    ("吸纳就业", "jobs created", "jobs", "人", "{c}吸纳就业{v}{u}", "int_small", "employment"),
    (
        "年底员工数",
        "employees at year end",
        "employees",
        "人",
        "{c}年底在册员工{v}{u}",
        "int_small",
        "employment",
    ),
    (
        "配套企业",
        "supplier enterprises",
        "suppliers",
        "户",
        "{c}带动上下游配套企业{v}{u}",
        "int_tiny",
        "enterprises",
    ),
]
# Zone-level figure (the subject is a zone and an industry, not a company).
ZONE_METRIC = (
    "新增市场主体",
    "new market entities",
    "new-entities",
    "户",
    "{z}{i}领域新增市场主体{v}{u}",
    "int_small",
    "enterprises",
)

EVENTS = [
    ("生产线投产", "production line starts", "line-starts", "{c}第{n}条生产线建成投产"),
    ("获评小巨人", "named a little giant", "little-giant", "{c}获评国家级专精特新“小巨人”企业"),
    ("项目签约", "project signed", "project-signed", "{c}与{z}签约重点项目"),
    ("技术中心认定", "technology centre recognised", "tech-centre", "{c}入选省级企业技术中心"),
    ("股份制改造", "shareholding reform", "shareholding-reform", "{c}完成股份制改造"),
]
STATEMENTS = [
    (
        "营商环境优化",
        "business environment improved",
        "business-environment",
        "{z}持续优化{i}产业营商环境",
    ),
    ("产业链延伸", "industry chain extended", "chain-extended", "{z}推动{i}产业链向高端延伸"),
    ("服务企业", "enterprise services", "enterprise-services", "{z}深入开展{i}企业包联服务"),
]
FILLER = [
    "在战胜挑战中前进",
    "在经受考验中壮大",
    "发展质效稳步提升",
    "创新动能持续增强",
    "产业集群加快成型",
    "项目建设提速增效",
    "营商环境不断优化",
    "服务保障更加有力",
    "转型升级步伐加快",
    "发展后劲明显增强",
    "企业效益稳步提升",
    "改革红利持续释放",
]
OPENERS = ["2022年", "这一年", "全年", "一年来", "过去一年"]
CLOSERS = [
    "为全区高质量发展注入了新动能",
    "为转型发展蹚出了新路子",
    "跑出了开发区发展的加速度",
    "展现了开发区发展的强劲韧性",
    "书写了高质量发展的崭新篇章",
]
SECTIONS = [
    ("economic-recovery", "面对挑战迎难而上，稳居全省前列。", "Meeting challenges head-on"),
    (
        "methanol-vehicles",
        "甲醇汽车领跑新赛道，产业规模持续壮大。",
        "Methanol vehicles lead a new track",
    ),
    ("new-energy", "新能源产业加速集聚，绿色动能更加强劲。", "New-energy industries cluster"),
    ("manufacturing", "智能制造提档升级，工业经济稳中向好。", "Smart manufacturing moves up"),
    ("little-giants", "提升专精特新“小巨人”，打造发展新高地。", "Growing little giants"),
    ("innovation", "深化创新驱动，引领企稳回升。", "Innovation leads the recovery"),
    ("investment", "重点项目扎实推进，有效投资持续扩大。", "Key projects and investment"),
    ("digital", "数字经济蓬勃发展，新业态不断涌现。", "The digital economy flourishes"),
    (
        "enterprise-services",
        "深入强化服务意识，助力企业发展。",
        "Stronger services for enterprises",
    ),
    (
        "business-environment",
        "持续不断深化改革，优化营商环境。",
        "Reform and the business environment",
    ),
    ("employment", "稳就业保民生，发展成果惠及群众。", "Jobs and livelihoods"),
    ("soe-reform", "纵深推进国企改革，企业效益提升。", "State-owned enterprise reform"),
]
PERIOD_MONTHS = ["2022-03", "2022-06", "2022-09", "2022-12"]

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Names are unique in this form (the same as jzfacts.text.fold)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


class Names:
    """Hands out names that no other fact uses yet, numbering repeats."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.last: dict[str, int] = {}  # name -> the last number given to a repeat of it

    def claim(self, name: str, english: bool) -> str:
        candidate, n = name, self.last.get(name, 1)
        while fold(candidate) in self.used:
            n += 1
            candidate = f"{name} ({n})" if english else f"{name}（{n}）"
        self.used.add(fold(candidate))
        self.last[name] = n
        return candidate


def _value(rng: random.Random, kind: str) -> str:
    """A plain decimal numeral as the report would write it (no trailing zeros)."""
    if kind == "money":
        text = f"{rng.randint(1, 30000) / 100:.2f}".rstrip("0").rstrip(".")
    elif kind == "percent":
        text = f"{rng.randint(1, 600) / 10:.1f}".rstrip("0").rstrip(".")
    elif kind == "points":
        text = f"{rng.randint(1, 50) / 10:.1f}".rstrip("0").rstrip(".")
    elif kind == "vehicles":
        text = f"{rng.randint(1, 2000) / 100:.2f}".rstrip("0").rstrip(".")
    elif kind == "int_large":
        text = str(rng.randint(100, 99999))
    elif kind == "int_small":
        text = str(rng.randint(10, 5000))
    else:  # int_tiny
        text = str(rng.randint(2, 99))
    return text


def _company(rng: random.Random) -> dict[str, str]:
    (f_zh, f_en), (s_zh, s_en) = rng.choice(CORE_FIRST), rng.choice(CORE_SECOND)
    ind_zh, ind_en, ind_slug, ind_tag = rng.choice(INDUSTRIES)
    suf_zh, suf_en = rng.choice(SUFFIXES)
    core_en = f_en + s_en
    return {
        "core": f_zh + s_zh,
        "core_en": core_en,
        "short": f"{f_zh}{s_zh}{ind_zh}",
        "short_en": f"{core_en} {ind_en}",
        "full": f"{f_zh}{s_zh}{ind_zh}{suf_zh}",
        "full_en": f"{core_en} {ind_en} {suf_en}",
        "industry": ind_zh,
        "industry_en": ind_en,
        "slug": f"{core_en.lower()}-{ind_slug}",
        "tag": ind_tag,
    }


def generate(n: int, seed: int = DEFAULT_SEED) -> tuple[str, str]:
    """(facts.yaml text, report.txt text) for a base of n facts (n >= 1)."""
    if n < 1:
        raise ValueError("N must be at least 1")
    rng = random.Random(seed)
    names = Names()
    facts: list[dict[str, object]] = []

    # The packaged base's headline fact, so that `show gdp` works at every N.
    facts.append(
        {
            "id": "gdp",
            "kind": "figure",
            "zh": names.claim("地区生产总值", False),
            "en": names.claim("Gross domestic product (GDP)", True),
            "aliases": [
                names.claim(a, a.isascii())
                for a in ("GDP", "生产总值", "经济总量", "economic output")
            ],
            "value": "143",
            "unit": "亿元",
            "period": "2022",
            "tags": ["economy", "output"],
            "entities": [],
            "clause": "全区地区生产总值完成143亿元",
        }
    )

    last_by_unit: dict[str, list[str]] = {}
    derived_every = 250
    for i in range(1, n):
        roll = rng.random()
        if i % derived_every == derived_every // 2 and any(
            len(v) >= 2 for v in last_by_unit.values()
        ):
            unit = next(u for u, ids in sorted(last_by_unit.items()) if len(ids) >= 2)
            a, b = last_by_unit[unit][-2:]
            fact = {
                "id": f"derived-total-{i}",
                "kind": "derived",
                "zh": names.claim(f"两项指标合计（推算{i}）", False),
                "en": names.claim(f"Sum of two figures (inferred {i})", True),
                "aliases": [
                    names.claim(f"合计{i}", False),
                    names.claim(f"derived total {i}", True),
                ],
                "formula": f"{{{a}}} + {{{b}}}",
                "unit": unit,
                "decimals": 2,
                "period": "2022",
                "tags": ["derived"],
                "entities": [],
                "clause": None,
                "note": "synthetic: the sum of the two figures before it in the same unit",
            }
        elif roll < 0.78:
            c = _company(rng)
            zh, en, slug, unit, template, vkind, tag = rng.choice(METRICS)
            value = _value(rng, vkind)
            fact = {
                "id": f"{c['slug']}-{slug}-{i}",
                "kind": "figure",
                "zh": names.claim(f"{c['short']}{zh}", False),
                "en": names.claim(f"{c['short_en']} {en}", True),
                "aliases": [
                    names.claim(f"{c['core']}{zh}", False),
                    names.claim(f"{c['core_en']} {en}", True),
                ],
                "value": value,
                "unit": unit,
                "period": "2022-12" if "年底" in template else "2022",
                "tags": [c["tag"], tag],
                "entities": [c["full"]],
                "clause": template.format(c=c["full"], v=value, u=unit),
            }
            if unit not in ("%", "个百分点"):
                last_by_unit.setdefault(unit, []).append(fact["id"])
        elif roll < 0.84:
            z_zh, z_en = rng.choice(ZONES)
            ind_zh, ind_en, ind_slug, ind_tag = rng.choice(INDUSTRIES)
            zh, en, slug, unit, template, vkind, tag = ZONE_METRIC
            value = _value(rng, vkind)
            fact = {
                "id": f"{ind_slug}-{slug}-{i}",
                "kind": "figure",
                "zh": names.claim(f"{z_zh}{ind_zh}{zh}", False),
                "en": names.claim(f"{z_en} {ind_en} {en}", True),
                "aliases": [
                    names.claim(f"{ind_zh}{zh}", False),
                    names.claim(f"{ind_en} {en}", True),
                ],
                "value": value,
                "unit": unit,
                "period": rng.choice(PERIOD_MONTHS),
                "tags": [ind_tag, tag],
                "entities": [z_zh],
                "clause": template.format(z=z_zh, i=ind_zh, v=value, u=unit),
            }
        elif roll < 0.94:
            c = _company(rng)
            zh, en, slug, template = rng.choice(EVENTS)
            z_zh, _ = rng.choice(ZONES)
            fact = {
                "id": f"{c['slug']}-{slug}-{i}",
                "kind": "event",
                "zh": names.claim(f"{c['short']}{zh}", False),
                "en": names.claim(f"{c['short_en']} {en}", True),
                "aliases": [names.claim(f"{c['core']}{zh}", False)],
                "period": rng.choice(PERIOD_MONTHS),
                "tags": [c["tag"], "events"],
                "entities": [c["full"]],
                "clause": template.format(c=c["full"], z=z_zh, n="二三四五六"[rng.randrange(5)]),
            }
        else:
            z_zh, z_en = rng.choice(ZONES)
            ind_zh, ind_en, ind_slug, ind_tag = rng.choice(INDUSTRIES)
            zh, en, slug, template = rng.choice(STATEMENTS)
            fact = {
                "id": f"{ind_slug}-{slug}-{i}",
                "kind": "statement",
                "zh": names.claim(f"{z_zh}{ind_zh}{zh}", False),
                "en": names.claim(f"{z_en} {ind_en} {en}", True),
                "aliases": [names.claim(f"{ind_en} {en}", True)],
                "period": "2022",
                "tags": [ind_tag, "policy"],
                "entities": [z_zh],
                "clause": template.format(z=z_zh, i=ind_zh),
            }
        if i % 7 == 0 and "note" not in fact:
            fact["note"] = f"synthetic fact {i}, generated for the benchmark"
        facts.append(fact)

    # Sections: facts in report order, spread evenly over the sections.
    per_section = -(-n // len(SECTIONS))
    for index, fact in enumerate(facts):
        fact["section"] = SECTIONS[min(index // per_section, len(SECTIONS) - 1)][0]

    report = _report(rng, facts, n)
    facts_yaml = _facts_yaml(facts, report, n)
    return facts_yaml, report


def _report(rng: random.Random, facts: list[dict[str, object]], n: int) -> str:
    """The report text; sets each fact's quote to its clause with its punctuation."""
    lines = [f"综改区晋中开发区2022年工作回顾（基准测试合成稿，{n}条）", ""]
    intro = (
        "刚刚过去的2022年，注定是极不寻常、极不平凡的一年。"
        "综改区晋中开发区高效统筹疫情防控和经济社会发展，在战胜挑战中前进，在经受考验中壮大。"
    )
    lines += [*_wrap(intro), ""]
    by_section: dict[str, list[dict[str, object]]] = {}
    for fact in facts:
        by_section.setdefault(str(fact["section"]), []).append(fact)
    for section_id, heading, _ in SECTIONS:
        lines += [f"● {heading}", ""]
        queue = [f for f in by_section.get(section_id, []) if f["clause"] is not None]
        groups, pos = [], 0
        while pos < len(queue):  # a paragraph of 3-7 facts' clauses
            size = rng.randint(3, 7)
            groups.append(queue[pos : pos + size])
            pos += size
        if not groups:
            lines += [*_wrap(f"{rng.choice(OPENERS)}，{rng.choice(FILLER)}。"), ""]
        for group in groups:
            clauses = [f"{rng.choice(OPENERS)}，"]
            for fact in group:
                end = "。" if rng.random() < 0.25 else "，"
                quote = f"{fact['clause']}{end}"
                fact["quote"] = quote
                clauses.append(quote)
                if rng.random() < 0.2:
                    clauses.append(f"{rng.choice(FILLER)}，")
            clauses.append(f"{rng.choice(CLOSERS)}。")
            lines += [*_wrap("".join(clauses)), ""]
    return "\n".join(lines) + "\n"


def _wrap(paragraph: str) -> list[str]:
    text = INDENT + paragraph
    return [text[i : i + WRAP] for i in range(0, len(text), WRAP)]


def _facts_yaml(facts: list[dict[str, object]], report: str, n: int) -> str:
    sha = hashlib.sha256(report.encode("utf-8")).hexdigest()
    out = [
        f"# Synthetic fact base of {n} facts for the jzfacts benchmark (bench/gen_facts.py).",
        "# Format: docs/fact-base.md. Generated; do not edit.",
        "",
        "source:",
        "  title: 综改区晋中开发区2022年工作回顾（基准测试合成稿）",
        '  title_en: "Jinzhong Development Zone: Review of Work in 2022 (synthetic edition)"',
        "  issuer: 综改区晋中开发区",
        "  year: 2022",
        "  language: zh-Hans",
        "  report: report.txt",
        f"  sha256: {sha}",
        "",
        "sections:",
        "  - id: intro",
        "    zh: 引言",
        "    en: Introduction",
        "    heading: false",
    ]
    for section_id, heading, en in SECTIONS:
        out += [f"  - id: {section_id}", f"    zh: {q(heading)}", f"    en: {q(en)}"]
    out += ["", "facts:"]
    for f in facts:
        out.append(f"  - id: {f['id']}")
        out.append(f"    kind: {f['kind']}")
        out.append(f"    label: {{zh: {q(str(f['zh']))}, en: {q(str(f['en']))}}}")
        out.append(f"    aliases: [{', '.join(q(a) for a in f['aliases'])}]")  # type: ignore[attr-defined]
        if f["kind"] == "figure":
            out.append(f"    value: {f['value']}")
        if f["kind"] == "derived":
            out.append(f"    formula: {q(str(f['formula']))}")
            out.append(f"    decimals: {f['decimals']}")
        if "unit" in f:
            out.append(f"    unit: {q(str(f['unit']))}")
            out.append(f"    measure: {MEASURE_OF_UNIT[str(f['unit'])]}")
        out.append(f"    period: {q(str(f['period']))}")
        out.append(f"    section: {f['section']}")
        out.append(f"    tags: [{', '.join(f['tags'])}]")  # type: ignore[arg-type]
        out.append(f"    entities: [{', '.join(q(e) for e in f['entities'])}]")  # type: ignore[attr-defined]
        if f.get("quote"):
            out.append(f"    quote: {q(str(f['quote']))}")
        if f.get("note"):
            out.append(f"    note: {q(str(f['note']))}")
    out += [
        "",
        "exclusions:",
        "  - text: 2022年",
        "    kind: figure",
        "    why: the report's year, carried by each fact's period",
        "",
    ]
    return "\n".join(out)


def write(n: int, outdir: Path, seed: int = DEFAULT_SEED) -> Path:
    """Write OUTDIR/facts.yaml and OUTDIR/report.txt; return the facts.yaml path."""
    facts_yaml, report = generate(n, seed)
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "report.txt").write_bytes(report.encode("utf-8"))
    path = outdir / "facts.yaml"
    path.write_bytes(facts_yaml.encode("utf-8"))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, metavar="N", help="number of facts (at least 1)")
    parser.add_argument("outdir", type=Path, metavar="OUTDIR")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    path = write(args.n, args.outdir, args.seed)
    size = path.stat().st_size + (args.outdir / "report.txt").stat().st_size
    print(f"{path}: {args.n} facts, {size / 1e6:.1f} MB with its report", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
