"""Renderers on exact strings: escaping, numbers, plain English."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from jzfacts import render
from jzfacts.text import (
    fold,
    json_safe,
    neutralise,
    parse_chinese_numeral,
    tsv_field,
)
from jzfacts.units import UNITS, plain_english, scaled_text


def test_neutralise_escapes_controls_and_bidi_but_keeps_text() -> None:
    assert neutralise("地区[bold]生产[/]") == "地区[bold]生产[/]"
    assert neutralise("a\x1b[31mb") == "a\\x1b[31mb"
    assert neutralise("x\u202ey\x9bz\x00") == "x\\u202ey\\x9bz\\x00"


def test_tsv_fields_escape_tabs_newlines_and_backslashes() -> None:
    assert tsv_field("a\tb\nc\\d") == "a\\tb\\nc\\\\d"


def test_json_safe_keeps_the_value_and_escapes_c1_and_bidi() -> None:
    document = json.dumps({"q": "甲醇\x9b\u202e"}, ensure_ascii=False)
    safe = json_safe(document)
    assert "\x9b" not in safe and "\u202e" not in safe and "甲醇" in safe
    assert json.loads(safe) == {"q": "甲醇\x9b\u202e"}


def test_fold_normalises_width_case_and_space() -> None:
    assert fold("  ＧＤＰ\u3000增速 ") == "gdp 增速"


@pytest.mark.parametrize(
    ("number", "text"), [(1, "一"), (7, "七"), (10, "十"), (20, "二十"), (1235, "一千二百三十五")]
)
def test_chinese_numerals_parse(number: int, text: str) -> None:
    assert parse_chinese_numeral(text) == number


@pytest.mark.parametrize(
    ("value", "unit", "plain"),
    [
        ("143", "亿元", "14.3 billion yuan"),
        ("131.76", "亿元", "13.176 billion yuan"),
        ("1.11", "亿元", "111 million yuan"),
        ("11.15", "万辆", "111,500 vehicles"),
        ("85", "%", "85%"),
        ("17.77", "个百分点", "17.77 percentage points"),
        ("171", "户", "171 enterprises"),
    ],
)
def test_plain_english(value: str, unit: str, plain: str) -> None:
    assert plain_english(value, UNITS[unit]) == plain


@pytest.mark.parametrize(
    ("text", "exponent", "scaled"),
    [
        ("143", 8, "14300000000"),
        ("11.15", 4, "111500"),
        ("131.76", 8, "13176000000"),
        ("143", -1, "14.3"),
        ("0.5", -2, "0.005"),
        ("-2.50", 0, "-2.5"),
        ("0", 3, "0"),
    ],
)
def test_scaled_text_is_exact(text: str, exponent: int, scaled: str) -> None:
    assert scaled_text(text, exponent) == scaled
    assert Decimal(scaled) == Decimal(text).scaleb(exponent)


def test_decimal_text_and_json_numbers() -> None:
    assert render.decimal_text(Decimal("2.01174825")) == "2.0117"
    assert render.decimal_text(Decimal("144.6700")) == "144.67"
    assert render.json_number("143") == 143 and isinstance(render.json_number("143"), int)
    assert render.json_number("10.0") == 10.0 and isinstance(render.json_number("10.0"), float)


RECORDS = [
    {"id": "x", "label": {"zh": "甲\t醇", "en": "[bold]m"}, "value_text": "1.5", "tags": ["a", "b"]}
]
COLUMNS = [
    render.Column("id", "id"),
    render.Column("zh", "label.zh"),
    render.Column("en", "label.en"),
    render.Column("value", "value_text"),
    render.Column("tags", "tags"),
]


def test_tsv_exact() -> None:
    out = render.render_flat(render.OutputFormat.TSV, RECORDS, COLUMNS, header=True)
    assert out == "id\tzh\ten\tvalue\ttags\nx\t甲\\t醇\t[bold]m\t1.5\ta; b\n"


def test_csv_exact() -> None:
    out = render.render_flat(render.OutputFormat.CSV, RECORDS, COLUMNS)
    assert out == "id,zh,en,value,tags\r\nx,甲\\t醇,[bold]m,1.5,a; b\r\n"


def test_value_format_picks_a_field() -> None:
    assert (
        render.render_flat(render.OutputFormat.VALUE, RECORDS, COLUMNS, field="label.en")
        == "[bold]m\n"
    )
    assert render.render_flat(render.OutputFormat.VALUE, RECORDS, COLUMNS, field="value") == "1.5\n"


def test_json_is_utf8_not_escaped_unless_asked() -> None:
    out = render.render_flat(render.OutputFormat.JSON, RECORDS, COLUMNS)
    assert "甲\\t醇" in out and json.loads(out) == RECORDS
    ascii_out = render.render_flat(render.OutputFormat.JSON, RECORDS, COLUMNS, ascii_only=True)
    assert ascii_out.isascii() and json.loads(ascii_out) == RECORDS


def test_rich_table_prints_markup_literally() -> None:
    from jzfacts import render_rich

    table = render_rich.table(RECORDS, COLUMNS)
    text = render_rich.render([table], color=False, width=200)
    assert "[bold]m" in text and "甲\\t醇" in text


def test_value_fields_may_pass_through_null_objects() -> None:
    figure = {"id": "gdp", "derived": None}
    derived = {"id": "g", "derived": {"formula": "{a} - {b}"}}
    assert render.known_field([figure, derived], "derived.formula")
    assert render.known_field([figure], "derived.formula")  # cannot be checked: allowed
    assert not render.known_field([derived], "derived.nonsense")
    assert not render.known_field([figure, derived], "colour")
