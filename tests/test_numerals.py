"""Numbers as Chinese and English write them: what a quote's English rendering
(quote_en) must state (jzfacts.numerals; the rules: docs/fact-base.md)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jzfacts.numerals import chinese_numbers, compare, english_numbers, plain_number


def values(written: list) -> list[Decimal]:
    return [w.value for w in written]


@pytest.mark.parametrize(
    ("chinese", "expected"),
    [
        ("地区生产总值完成143亿元", [Decimal("14300000000")]),
        ("全年生产整车11.15万辆", [Decimal("111500")]),
        ("2022年4月，85%的企业", [Decimal(2022), Decimal(4), Decimal(85)]),
        ("建立七大产业党建联盟", [Decimal(7)]),
        ("党的二十大", [Decimal(20)]),
        ("全球首台", [Decimal(1)]),
        ("全市排名第一", [Decimal(1)]),
        ("产值亿元以上企业", [Decimal(100_000_000)]),
        ("二〇二二年", [Decimal(2022)]),
        ("增长17.77个百分点", [Decimal("17.77")]),
        ("在承接省市1,235项赋权", [Decimal(1235)]),
        # set phrases are words: 一揽子, 第一线, 进一步, 一批, 一池春水, 首先, 之一
        ("一揽子政策举措，冲锋在第一线，进一步拓展，一批干部，一池春水，首先，之一", []),
    ],
)
def test_the_numbers_a_quote_writes(chinese: str, expected: list[Decimal]) -> None:
    assert values(chinese_numbers(chinese)) == expected


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        ("GDP reached 14.3 billion yuan.", [Decimal("14300000000")]),
        ("It produced 111,500 vehicles", [Decimal(111500)]),
        ("In June 2022, the world's first", [Decimal(6), Decimal(2022), Decimal(1)]),
        ("Thirty-one enterprises and seven alliances", [Decimal(31), Decimal(7)]),
        ("the 20th Congress, a second prize", [Decimal(20), Decimal(2)]),
        ("over 100 million yuan, 85%", [Decimal(100_000_000), Decimal(85)]),
        ("Fendun No. 1, COVID-19", [Decimal(1), Decimal(19)]),
        # "one of" is no number; nor are words that hold a number's letters
        ("one of China's top enterprises, often, someone, tone", []),
    ],
)
def test_the_numbers_a_rendering_writes(english: str, expected: list[Decimal]) -> None:
    assert values(english_numbers(english)) == expected


def test_a_faithful_rendering_matches_in_any_form() -> None:
    for quote, rendering in (
        ("产值突破224亿元", "output value exceeded 22.4 billion yuan"),
        ("实现产值131.76亿元", "output value of 13,176,000,000 yuan"),
        ("7项省考核指标", "seven provincial indicators"),
        ("7项省考核指标", "7 provincial indicators"),
        ("新成立的“一部一中心三公司”", 'the new "one department, one centre and three companies"'),
        ("2022年年底，500台甲醇重卡集中交付", "At the end of 2022, 500 trucks in a single batch"),
    ):
        assert compare(quote, rendering) == ([], []), (quote, rendering)


def test_a_wrong_rendering_names_what_is_missing_and_what_is_extra() -> None:
    mismatch = compare("地区生产总值完成143亿元", "GDP reached 143 billion yuan in 2022.")
    assert [(w.text, plain_number(w.value)) for w in mismatch.missing] == [
        ("143亿", "14.3 billion")
    ]
    assert [(w.text, w.start) for w in mismatch.extra] == [("143 billion", 12), ("2022", 32)]
    # a month is a number: June is not April
    assert [w.text for w in compare("2022年4月", "In June 2022").extra] == ["June"]
