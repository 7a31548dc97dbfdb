"""The packaged fact base: provenance, completeness and derived values; and the loader's
checks against a quote, on copies of the mini base (tests/data/mini)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from jzfacts import factbase, files, loader
from jzfacts.coverage import coverage
from jzfacts.model import FactBase, Kind
from jzfacts.report import read_report
from tests.conftest import FACTS, MINI, REPORT, ROOT, copy_base

SHARED_REPORT = ROOT.parent / "shared" / "source" / "jinzhong-2022-review.txt"


@pytest.fixture(scope="module")
def base() -> FactBase:
    return factbase.load(files.locate(str(FACTS)), use_cache=False)


def test_the_packaged_base_is_clean() -> None:
    assert list(loader.problems_in(files.locate(str(FACTS)))) == []


@pytest.mark.skipif(not SHARED_REPORT.exists(), reason="no ../shared beside the checkout")
def test_report_is_the_source_byte_for_byte() -> None:
    assert REPORT.read_bytes() == SHARED_REPORT.read_bytes()


def test_source_records_the_reports_sha256(base: FactBase) -> None:
    assert base.source.sha256 == hashlib.sha256(REPORT.read_bytes()).hexdigest()


def test_every_quote_is_verbatim_in_the_report_apart_from_line_breaks(base: FactBase) -> None:
    flat = REPORT.read_text(encoding="utf-8").replace("\n", "")
    quoted = [f for f in base.facts if f.quote]
    assert len(quoted) >= len(base.facts) - 10
    missing = [f.id for f in quoted if f.quote not in flat]
    assert missing == []


def test_every_quote_has_its_english_rendering_beside_it(base: FactBase) -> None:
    """Each quote has the curator's rendering; a fact without a quote has none. The
    numbers are checked at load (validation: quote-en-number)."""
    assert [f.id for f in base.facts if bool(f.quote) != bool(f.quote_en)] == []
    assert len([f for f in base.facts if f.quote_en]) == 82
    gdp = base.by_id["gdp"]
    assert gdp.quote_en == "Gross domestic product (GDP) reached 14.3 billion yuan."
    # The report's slip (国际级) is rendered as written and marked, as the quote is shown.
    assert '"international-level" [sic; read national-level]' in (
        base.by_id["national-little-giants"].quote_en or ""
    )


def test_every_figure_states_its_value_in_its_quote(base: FactBase) -> None:
    """Checked here independently of the loader: the value as a whole number of the
    quote (not 22 inside 224), or the Chinese numeral for small whole numbers."""
    import re

    numerals = "零一二三四五六七八九"
    for fact in base.facts:
        if fact.kind is not Kind.FIGURE:
            continue
        assert fact.value_text is not None and fact.quote is not None
        numbers = re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", fact.quote)
        in_digits = fact.value_text in numbers
        in_words = (
            fact.value_text.isdigit()
            and int(fact.value_text) < 10
            and (numerals[int(fact.value_text)] in fact.quote)
        )
        assert in_digits or in_words, fact.id


def problems_in(facts: Path) -> list[str]:
    return [str(p) for p in loader.problems_in(files.locate(str(facts)))]


def test_the_loader_rejects_a_value_that_is_only_part_of_a_number(tmp_path: Path) -> None:
    # On the mini base: 2 is not "in" 全年兑现惠企资金近2.5亿元.
    facts = copy_base(tmp_path, edit=lambda text: text.replace("value: 2.5\n", "value: 2\n"))
    problems = problems_in(facts)
    assert len(problems) == 1
    assert "fact 'support-funds': the value 2 is not in its quote" in problems[0]


@pytest.mark.parametrize(
    ("fact_id", "value", "unit"),
    [
        ("gdp", "143", "亿元"),
        ("geely-vehicles", "11.15", "万辆"),
        ("geely-output", "224", "亿元"),
        ("geely-industrial-growth-contribution", "27.26", "个百分点"),
        ("high-tech-enterprises", "171", "户"),
        ("strategic-emerging-output", "287.67", "亿元"),
        ("strategic-emerging-output-growth", "70.7", "%"),
        ("vat-credit-refunds", "17", "亿元"),
        ("methanol-trucks-delivered", "500", "台"),
        ("delegated-powers", "1235", "项"),
    ],
)
def test_key_figures_are_as_the_report_states_them(
    base: FactBase, fact_id: str, value: str, unit: str
) -> None:
    fact = base.by_id[fact_id]
    assert (fact.value_text, fact.unit) == (value, unit)
    assert value in (fact.quote or "")


@pytest.mark.parametrize(
    ("fact_id", "expected"),
    [
        ("gdp-growth", "10.0"),
        ("above-scale-enterprises", "152"),
        ("zone-industrial-output", "398.07"),
        ("city-national-little-giants", "10"),
    ],
)
def test_derived_values_are_computed_from_their_inputs(
    base: FactBase, fact_id: str, expected: str
) -> None:
    fact = base.by_id[fact_id]
    assert fact.kind is Kind.DERIVED
    assert fact.value_text == expected
    assert fact.inputs and all(i in base.by_id for i in fact.inputs)


def test_derived_values_are_never_typed_into_the_yaml() -> None:
    raw = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    derived = [f for f in raw["facts"] if f.get("kind") == "derived"]
    assert len(derived) >= 4
    assert [f["id"] for f in derived if "value" in f] == []


def test_a_derived_value_follows_its_inputs(tmp_path: Path) -> None:
    """Change an input in a copy of the mini base: the derived value moves with it.
    An input's value must stay in its quote, so the formula's constant changes instead:
    above-scale = 36 / (12 / 100) = 300 becomes 36 / (12 * 2 / 100) = 150 (a plain
    multiplier: the formula's units still come out in 户)."""
    formula = "{high-tech-share} / 100"
    assert formula in MINI.read_text(encoding="utf-8")
    copy = copy_base(
        tmp_path, edit=lambda text: text.replace(formula, "{high-tech-share} * 2 / 100")
    )
    changed = factbase.load(files.locate(str(copy)), use_cache=False)
    assert changed.by_id["above-scale-enterprises"].value_text == "150"


def test_coverage_is_complete(base: FactBase) -> None:
    items = coverage(base, read_report(base))
    gaps = [i for i in items if i.is_gap]
    assert gaps == []
    assert sum(1 for i in items if i.kind == "figure") > 60
    covered_143 = [i for i in items if i.text == "143"]
    assert covered_143 and "gdp" in covered_143[0].covered_by


@pytest.mark.parametrize(
    "fact_id",
    ["vat-credit-refunds", "geely-output", "delegated-powers", "methanol-trucks-delivered"],
)
def test_removing_a_figure_fact_always_leaves_a_gap(base: FactBase, fact_id: str) -> None:
    """Even where an event or statement quotes the same sentence (17亿元 is also in the
    ranked-first statement), the figure itself is a gap."""
    removed = base.by_id[fact_id]
    without = base.with_facts(tuple(f for f in base.facts if f.id != fact_id))
    gaps = [i for i in coverage(without, read_report(base)) if i.is_gap]
    assert [(g.kind, g.text) for g in gaps] == [("figure", removed.value_text)]


def test_coverage_reports_a_removed_fact_precisely(base: FactBase) -> None:
    without_gdp = base.with_facts(tuple(f for f in base.facts if f.id != "gdp"))
    gaps = [i for i in coverage(without_gdp, read_report(base)) if i.is_gap]
    assert [(g.kind, g.text) for g in gaps] == [("figure", "143")]
    assert gaps[0].line == 31  # 地区生产总值完成143亿元 is on line 31


def test_sections_follow_the_report(base: FactBase) -> None:
    report = read_report(base)
    headings = [line[2:].strip() for line in report.splitlines() if line.startswith("● ")]
    assert [s.zh for s in base.sections if s.id != "intro"] == headings
    assert {f.section for f in base.facts} <= {s.id for s in base.sections}


def test_the_little_giants_note_explains_the_typo(base: FactBase) -> None:
    fact = base.by_id["national-little-giants"]
    assert "国际级" in (fact.quote or "")
    assert "国家级" in (fact.note or "")


def test_named_entities_are_tagged(base: FactBase) -> None:
    named = {e for f in base.facts for e in f.entities}
    for entity in (
        "吉利汽车",
        "白象食品",
        "华卫药业",
        "中海油",
        "斯普瑞",
        "贝斯特",
        "隆富电气",
        "汾西华益",
        "经纬智能",
        "经纬化纤",
        "开建集团",
        "陕西建工集团",
        "省国运公司",
    ):
        assert any(entity in e for e in named), entity


def test_plain_english_amounts(base: FactBase) -> None:
    from jzfacts.units import plain_english

    def plain(fact_id: str) -> str:
        fact = base.by_id[fact_id]
        assert fact.unit_info is not None and fact.value_text is not None
        return plain_english(fact.value_text, fact.unit_info)

    assert plain("gdp") == "14.3 billion yuan"
    assert plain("geely-vehicles") == "111,500 vehicles"
    assert plain("strategic-emerging-output-growth") == "70.7%"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    value: 56.8\n    unit: 亿元\n",
            "    value: 56.8\n    unit: 万元\n",
            "fact 'gdp': the quote writes 56.8 with another unit than 万元",
        ),
        (
            "    qualifier: nearly\n",
            "",
            "fact 'support-funds': the quote says 近 before the value; set qualifier: nearly",
        ),
        (
            "    section: economy\n    tags: [economy]\n",
            "    section: innovation\n    tags: [economy]\n",
            "fact 'gdp': the quote stands under section 'economy', not 'innovation'",
        ),
    ],
    ids=["unit", "qualifier", "section"],
)
def test_the_loader_checks_unit_hedge_and_section_against_the_quote(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert MINI.read_text(encoding="utf-8").count(old) == 1
    problems = problems_in(copy_base(tmp_path, edit=lambda text: text.replace(old, new)))
    assert len(problems) == 1 and message in problems[0], problems


def test_quotes_are_found_the_same_way_in_a_large_report(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports over a million characters index their clause starts (bench bases); the
    packaged base must validate the same way through that path."""
    monkeypatch.setattr(loader.QuoteFinder, "DIRECT_LIMIT", 0)
    data = FACTS.read_bytes()
    base, problems = loader.parse_and_validate(FACTS, "facts.yaml", data)
    assert problems == []
    assert base.size > 80
    finder = loader.QuoteFinder(REPORT.read_text(encoding="utf-8").replace("\n", ""))
    assert finder.find("地区生产总值完成143亿元") >= 0
    assert finder.find("不在报告里的一句话") == -1
