"""Terminal rendering: numbers, units and ids never break; Chinese line-start and
line-end rules hold; every table and card at 60, 80 and 120 columns in zh, en and both;
values visible at any width.

The snapshot checks render every view in-process and test properties of the text
(every number-with-unit of the records whole on one line, no line starting with closing
punctuation, no line wider than the terminal). A few views are also kept as golden
files in tests/snapshots/ (refresh with JZFACTS_UPDATE_SNAPSHOTS=1 after a deliberate
change, and read the diff).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bench.terminal import display_width
from typer.testing import CliRunner

from jzfacts import prose
from jzfacts.cli import app
from jzfacts.model import FactBase
from jzfacts.prose import Lang
from jzfacts.wrap import CLOSING, OPENING, cell_width, min_width, pieces, wrap_text

SNAPSHOTS = Path(__file__).parent / "snapshots"
WIDTHS = (60, 80, 120)
LANGS = ("zh", "en", "both")


@pytest.fixture(scope="module")
def base(report_base: FactBase) -> FactBase:
    return report_base  # the worker's one base (conftest.report_base)


# --- the line breaker ------------------------------------------------------------------------


@pytest.mark.parametrize("width", range(4, 40))
def test_a_quote_never_splits_its_numbers(width: int) -> None:
    quote = (
        "吉利汽车抢抓新能源汽车需求爆发式增长市场机遇，全年生产整车11.15万辆，"
        "产值突破224亿元，拉动全区工业增加值增长27.26个百分点"
    )
    lines = wrap_text(quote, width)
    assert "".join(lines) == quote
    for atom in ("11.15万辆，", "突破224亿元，", "27.26个百分点"):
        assert any(atom in line for line in lines), (atom, lines)
    assert not any(line[:1] in CLOSING for line in lines)
    assert all(cell_width(line) <= max(width, 14) for line in lines)


@pytest.mark.parametrize(
    ("text", "atoms"),
    [
        ("地区生产总值完成143亿元", ["143亿元"]),
        ("同比增长70.7%，远高于GDP增速60.7个百分点", ["70.7%，", "60.7个百分点"]),
        ("留抵退税17亿元，全市排名第1位", ["17亿元，", "第1位"]),
        ("2022年4月，晋中开发区85%的企业", ["2022年", "4月，", "85%"]),
        (
            "over 22.4 billion yuan (111,500 vehicles)",
            ["over 22.4 billion yuan", "(111,500 vehicles)"],
        ),
        ("17.77 percentage points", ["17.77 percentage points"]),
        ("about 10% and 2.01× or +144.67亿元", ["about 10%", "2.01×", "+144.67亿元"]),
        ("geely-industrial-growth-contribution 吉利", ["geely-industrial-growth-contribution"]),
        ("约为152户，近3年，超过1.7×", ["约为152户，", "近3年，", "超过1.7×"]),
    ],
)
def test_atoms_are_single_pieces(text: str, atoms: list[str]) -> None:
    shown = [text[p.start : p.end] for p in pieces(text)]
    for atom in atoms:
        assert atom in shown, (atom, shown)


def test_closing_punctuation_stays_with_what_it_closes() -> None:
    text = "提升专精特新“小巨人”，打造发展新高地。「地区生产总值完成143亿元」（143亿元）"
    for width in range(2, 30):
        for line in wrap_text(text, width):
            assert line[:1] not in CLOSING, (width, line)
            assert line[-1:] not in OPENING, (width, line)


def test_english_wraps_at_spaces_and_keeps_apostrophes() -> None:
    lines = wrap_text("Meeting challenges head-on, staying among the province’s leaders", 12)
    assert "province’s" in lines
    assert all(" " not in (line[0] + line[-1]) for line in lines)


def test_min_width_is_the_widest_piece() -> None:
    assert min_width("吉利 geely-output 224亿元") == len("geely-output")
    assert min_width("战略性新兴产业实现产值287.67亿元") == cell_width("287.67亿元")


def test_a_piece_wider_than_the_line_stands_whole_on_its_own() -> None:
    assert wrap_text("gdp geely-industrial-growth-contribution x", 10) == [
        "gdp",
        "geely-industrial-growth-contribution",
        "x",
    ]


# --- every view, every width, every language ------------------------------------------------


def _run(*args: str, width: int, lang: str | None = None) -> str:
    env = {"COLUMNS": str(width)}
    if lang:
        env["JZFACTS_LANG"] = lang
    result = CliRunner().invoke(app, [*args, "--format", "table"], env=env)
    assert result.exit_code in (0, 1), (args, result.stderr)
    return result.stdout


def _atoms(base: FactBase, lang: Lang) -> Iterator[tuple[str, str]]:
    """(fact id, text) for each number-with-unit a view in this language may show."""
    for fact in base.facts:
        yield fact.id, fact.id
        if fact.value_text is not None:
            if lang is not Lang.EN:
                yield fact.id, prose.stated_hedged(fact)
            if lang is not Lang.ZH:
                yield fact.id, prose.plain_hedged(fact)
        for number in re.findall(
            r"\d+(?:\.\d+)?(?:%|个百分点|亿元|万辆|万元|户|家|项|人|台)", fact.quote or ""
        ):
            yield fact.id, number


def _column_texts(text: str) -> list[str]:
    """Each box column's cells joined top to bottom, white space removed (a wrapped cell
    reads whole again); text outside boxes is one column."""
    columns: dict[int, list[str]] = {}
    loose: list[str] = []
    for line in text.split("\n"):
        if not re.match("[│┃]", line):
            loose.append(line)
            continue
        for index, part in enumerate(re.split("[│┃]", line)):
            columns.setdefault(index, []).append(part)
    joined = ["".join(parts) for parts in columns.values()] + ["".join(loose)]
    return [re.sub(r"\s+", "", column) for column in joined]


def _check(text: str, base: FactBase, lang: Lang, width: int, where: str) -> None:
    lines = text.split("\n")
    assert max(display_width(line) for line in lines) <= width, where
    columns = _column_texts(text)
    for fact_id, atom in _atoms(base, lang):
        squashed = re.sub(r"\s+", "", atom)
        if squashed and any(squashed in column for column in columns):
            assert any(atom in line for line in lines), f"{where}: {fact_id}: {atom!r} is broken"
    for line in lines:
        for chunk in re.split(r"\s{2,}|[│┃]", line):
            chunk = chunk.strip()
            assert chunk[:1] not in CLOSING, f"{where}: a line starts with {chunk[:1]!r}: {line}"
            assert chunk[-1:] not in OPENING, f"{where}: a line ends with {chunk[-1:]!r}: {line}"


VIEWS = {
    "cards": ("show", "-"),
    "list": ("list",),
    "search-zh": ("search", "吉利"),
    "search-en": ("search", "tax refund"),
    "search-pinyin": ("search", "jiachun"),
    "sections": ("sections",),
    "compare-outputs": (
        "compare",
        "enterprises-output-over-100m-output",
        "geely-output",
        "zone-industrial-output",
    ),
    "compare-refused": (
        "compare",
        "gdp",
        "zone-industrial-output",
        "geely-output",
        "high-tech-enterprises",
    ),
    "compare-points": (
        "compare",
        "baixiang-food-growth-contribution",
        "huawei-pharma-growth-contribution",
    ),
    "entities": ("entities",),
    "tags": ("tags",),
    "coverage": ("coverage", "--all"),
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("view", list(VIEWS))
def test_every_view_keeps_numbers_whole(base: FactBase, view: str, lang: str, width: int) -> None:
    args = VIEWS[view]
    if args[-1] == "-":  # every card
        args = (args[0], *(f.id for f in base.facts))
    text = _run(*args, width=width, lang=lang)
    assert text.strip(), f"{view} printed nothing"
    _check(text, base, Lang(lang), width, f"{view} {lang} {width}")


@pytest.mark.parametrize("width", [1, 5, 10, 20, 40])
@pytest.mark.parametrize("lang", LANGS)
def test_cards_show_their_values_at_any_width(base: FactBase, width: int, lang: str) -> None:
    """At COLUMNS <= 10 a card used to show no values (issue 10)."""
    for fact_id in ("gdp", "geely-output", "gdp-growth", "national-little-giants"):
        text = _run("show", fact_id, width=width, lang=lang)
        fact = base.by_id[fact_id]
        lines = text.split("\n")
        value = prose.plain_hedged(fact) if lang == "en" else prose.stated_hedged(fact)
        assert any(value in line for line in lines), (fact_id, width, lang, text)
        assert any(fact_id in line for line in lines)
        if fact.quote and lang != "en":
            assert any(re.sub(r"\s+", "", prose.fact_quote(fact)) in c for c in _column_texts(text))


def test_card_key_column_is_bounded_and_inputs_have_their_own_lines() -> None:
    text = _run("show", "gdp-growth", width=80, lang="both")
    inputs = [line for line in text.split("\n") if "strategic-emerging-" in line]
    assert len(inputs) == 2
    for line in inputs:
        key = line.strip("│ ").partition("strategic")[0]
        assert key.strip() in ("inputs", ""), line
        assert display_width(key) <= 12
    assert "60.7个百分点" in text and "60.7个百" not in text.replace("60.7个百分点", "")


def test_a_table_off_a_terminal_without_columns_is_80_wide() -> None:
    result = CliRunner().invoke(app, ["list", "--format", "table"])
    widths = {display_width(line) for line in result.stdout.split("\n") if line}
    assert max(widths) == 80


def test_search_at_80_columns_keeps_ids_and_numbers_whole() -> None:
    """The issue's own example: search 吉利 at 80 split 11 / .15万辆 and an id."""
    text = _run("search", "吉利", width=80)
    assert "geely-industrial-growth-contribution" in text
    for atom in ("11.15万辆", "224亿元", "27.26个百分点"):
        assert any(atom in line for line in text.split("\n")), atom


# --- golden snapshots --------------------------------------------------------------------------

GOLDEN = {
    "show-gdp-growth-both-80": (("show", "gdp-growth"), 80, "both"),
    "show-national-little-giants-zh-60": (("show", "national-little-giants"), 60, "zh"),
    "show-geely-output-en-60": (("show", "geely-output"), 60, "en"),
    "search-geely-zh-80": (("search", "吉利"), 80, None),
    "search-tax-refund-en-80": (("search", "tax refund"), 80, None),
    "list-derived-both-120": (("list", "--kind", "derived"), 120, "both"),
    "compare-refused-both-80": (
        ("compare", "gdp", "zone-industrial-output", "geely-output"),
        80,
        "both",
    ),
    "compare-outputs-en-80": (
        ("compare", "enterprises-output-over-100m-output", "geely-output"),
        80,
        "en",
    ),
    "sections-both-60": (("sections",), 60, "both"),
    "show-gdp-zh-10": (("show", "gdp"), 10, "zh"),
}


@pytest.mark.parametrize("name", list(GOLDEN))
def test_golden_snapshots(name: str) -> None:
    args, width, lang = GOLDEN[name]
    text = _run(*args, width=width, lang=lang)
    path = SNAPSHOTS / f"{name}.txt"
    if os.environ.get("JZFACTS_UPDATE_SNAPSHOTS") or not path.exists():
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} changed; if on purpose, refresh with JZFACTS_UPDATE_SNAPSHOTS=1"
    )
