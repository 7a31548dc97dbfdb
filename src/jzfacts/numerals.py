"""Numbers as text writes them, in Chinese and in English: what a quote states and what
its English rendering (a fact's `quote_en`) states, so that validation can hold the two
to the same numbers.

A number is read as its value, whatever its form: 143亿 is 14.3 billion, 11.15万 is
111,500, 七 is seven or 7, 第一 and 首 are first, 二十大 is the 20th, 4月 is April.
Numerals inside set phrases (进一步, 一揽子, 第一线 …: SET_PHRASES, which `jzfacts draft`
also leaves out of its figures) and English "one of" are words, not numbers. The rules
are in docs/fact-base.md ("The English rendering of a quote").

Imported by validation (on a cache miss) and the drafter, never on the way to an answer.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from jzfacts.text import parse_chinese_numeral
from jzfacts.units import Unit, plain_english

CN_DIGITS = "〇零一二两三四五六七八九十百千万亿"

# Numerals that are no figures, with what they are: set phrases and names a curator
# would exclude, longest first so that 第一线 wins over 一线 (`jzfacts draft` leaves them
# out of its figures; a quote's English rendering need not state them).
SET_PHRASES: dict[str, str] = {
    "进一步": "a word (进一步, further), not a figure",
    "一揽子": "a word (一揽子, a package of), not a figure",
    "一系列": "a word (一系列, a series of), not a figure",
    "一批": "a word (一批, a batch of: no number), not a figure",
    "一些": "a word (一些, some), not a figure",
    "一流": "a word (一流, first-class), not a figure",
    "一体化": "a word (一体化, integration), not a figure",
    "一站式": "a word (一站式, one-stop), not a figure",
    "第一线": "a set phrase (第一线, the front line), not a rank",
    "一线": "a word (一线, the front line), not a figure",
    "第一时间": "a set phrase (第一时间, at once), not a rank",
    "一直": "a word (一直, always), not a figure",
    "一定": "a word (一定, certain), not a figure",
    "一致": "a word (一致, in agreement), not a figure",
    "一起": "a word (一起, together), not a figure",
    "一道": "a word (一道, together), not a figure",
    "一同": "a word (一同, together), not a figure",
    "一举": "a word (一举, at one stroke), not a figure",
    "一度": "a word (一度, for a time), not a figure",
    "一切": "a word (一切, all), not a figure",
    "一方面": "a word (一方面, on the one hand), not a figure",
    "统一": "a word (统一, unify), not a figure",
    "唯一": "a word (唯一, only), not a figure",
    "之一": "a word (之一, one of), not a figure",
    "每一个": "a word (每一个, every), not a figure",
    "这一年": "a phrase (这一年, this year), not a figure",
    "的一年": "a phrase (…的一年, a … year), not a figure",
    "一次": "a word (一次, once / a), not a figure",
    "一笔": "a word (一笔, a stroke), not a figure",
    "一份": "a word (一份, a / a copy of), not a figure",
    "新一年": "a phrase (新一年, the new year), not a figure",
    "一年来": "a phrase (一年来, over the past year), not a figure",
    "一池春水": "an idiom (一池春水, a pool of spring water), not a figure",
    "万物": "a word (万物, all things), not a figure",
    "十分": "a word (十分, very), not a figure",
    "千方百计": "an idiom (千方百计, by every means), not a figure",
    "万众一心": "an idiom (万众一心, all of one mind), not a figure",
    "一心一意": "an idiom (一心一意, wholeheartedly), not a figure",
    "一张蓝图": "a set phrase (一张蓝图, one blueprint), not a figure",
    "一把手": "a word (一把手, the person in charge), not a figure",
    "一盘棋": "a set phrase (一盘棋, as a whole), not a figure",
    "第二个百年": "a slogan (the second centenary goal), not a figure",
    "百年": "a word (百年, a century), not a figure",
    "首先": "a word (首先, first of all), not a first",
    "首都": "a word (首都, capital), not a first",
    "首要": "a word (首要, foremost), not a first",
}
PHRASES = sorted(SET_PHRASES, key=len, reverse=True)
# Words of units, not numbers: 个百分点 (percentage points), 百分比 (percentage).
_UNIT_WORDS = ("百分点", "百分比")
_CN_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}

_ZH_NUMBER = re.compile(
    rf"(?P<arabic>[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?)(?P<times>[十百千万亿]*)"
    rf"|第?(?P<chinese>[{CN_DIGITS}]+)|(?P<first>首)"
)

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_ONES = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINAL_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_ONES)},
    **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
    **{w: i for i, w in enumerate(_ORDINAL_ONES)},
    **{w: 20 + 10 * i for i, w in enumerate(_ORDINAL_TENS.split())},
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_MONTHS = {
    m: i
    for i, m in enumerate(
        "January February March April May June July August September October November "
        "December".split(),
        1,
    )
}
_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_EN_NUMBER = re.compile(
    rf"(?<![0-9.,])(?P<digits>[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?)(?:st|nd|rd|th)?(?![0-9])"
    rf"|(?<![A-Za-z])(?P<word>(?i:{_WORD})(?:-(?i:{_WORD}))?)(?![A-Za-z])"
    rf"|\b(?P<month>{'|'.join(_MONTHS)})\b"
)
_EN_SCALE = re.compile(rf"(?:[\s-]+(?i:{'|'.join(_SCALES)})\b)+")
# English words that look like numbers and are none: "one of" (之一).
_EN_NOT_NUMBERS = re.compile(r"(?i:\bone of\b)")

_BARE = Unit("", "count", 0, "", "")  # a number with no unit, for plain_english


class Written(NamedTuple):
    """A number as a text writes it: its words, its value, where it starts."""

    text: str
    value: Decimal
    start: int


def _masked(text: str, phrases: tuple[str, ...] | list[str]) -> str:
    """The text with each phrase blanked out (same length, so offsets stay)."""
    for phrase in phrases:
        text = text.replace(phrase, " " * len(phrase))
    return text


def _chinese_run(run: str) -> int | None:
    """七 -> 7, 二十 -> 20, 亿 alone (亿元以上) -> 10^8, 二〇二二 (digit by digit) -> 2022."""
    if all(c in _CN_MULTIPLIERS for c in run):
        value = 1
        for c in run:
            value *= _CN_MULTIPLIERS[c]
        return value
    if len(run) > 1 and not any(c in _CN_MULTIPLIERS for c in run):
        digits = [parse_chinese_numeral(c) for c in run]
        return int("".join(str(d) for d in digits)) if None not in digits else None
    return parse_chinese_numeral(run)


def chinese_numbers(text: str) -> list[Written]:
    """Every number a Chinese text writes: Arabic numbers with their 万/亿 (11.15万 is
    111500), runs of Chinese numerals (七, 二十), 第N and 首 (first); not the numerals of
    set phrases (一揽子, 第一线) or of 百分点."""
    masked = _masked(_masked(text, PHRASES), _UNIT_WORDS)
    out = []
    for match in _ZH_NUMBER.finditer(masked):
        if match["arabic"]:
            value = Decimal(match["arabic"].replace(",", ""))
            for c in match["times"]:
                value *= _CN_MULTIPLIERS[c]
        elif match["chinese"]:
            number = _chinese_run(match["chinese"])
            if number is None:
                continue
            value = Decimal(number)
        else:
            value = Decimal(1)  # 首: the first
        out.append(Written(text[match.start() : match.end()], value, match.start()))
    return out


def english_numbers(text: str) -> list[Written]:
    """Every number an English text writes: digits (1,235, 14.3, 20th) and number words
    (seven, thirty-one, first, second), each times the scale words after it (14.3
    billion, 100 million), and capitalised month names (June is 6); not "one of"."""
    masked = _EN_NOT_NUMBERS.sub(lambda m: " " * len(m.group()), text)
    out = []
    for match in _EN_NUMBER.finditer(masked):
        if match["month"]:
            out.append(Written(match["month"], Decimal(_MONTHS[match["month"]]), match.start()))
            continue
        if match["digits"]:
            value = Decimal(match["digits"].replace(",", ""))
        else:
            first, _, second = match["word"].lower().partition("-")
            value = Decimal(_WORDS[first] + (_WORDS[second] if second else 0))
        end = match.end()
        scale = _EN_SCALE.match(masked, end)
        if scale is not None:
            for word in re.findall(r"[A-Za-z]+", scale.group()):
                value *= _SCALES[word.lower()]
            end = scale.end()
        out.append(Written(text[match.start() : end], value, match.start()))
    return out


def plain_number(value: Decimal) -> str:
    """A value as English writes it: 14.3 billion, 111,500, 85, 0.5."""
    return plain_english(f"{value.normalize():f}", _BARE)


class Mismatch(NamedTuple):
    """What a rendering gets wrong: numbers of the quote it does not state, numbers it
    states that the quote does not."""

    missing: list[Written]
    extra: list[Written]


def compare(quote: str, rendering: str) -> Mismatch:
    """The quote's numbers against its English rendering's, by value: each number of the
    quote must stand in the rendering in some form, and each number of the rendering must
    be one the quote writes (how often each is written does not matter)."""
    said = chinese_numbers(quote)
    rendered = english_numbers(rendering)
    in_rendering = {w.value for w in rendered}
    in_quote = {w.value for w in said}
    missing = list({w.value: w for w in said if w.value not in in_rendering}.values())
    extra = list({w.value: w for w in rendered if w.value not in in_quote}.values())
    return Mismatch(missing, extra)
