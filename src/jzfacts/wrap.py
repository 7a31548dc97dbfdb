"""Line breaking for terminal views: Chinese and English, never inside a number.

A terminal table that splits ``11.15万辆`` into ``11`` / ``.15万辆`` changes what a reader
sees, so views wrap their text here rather than with rich's character folding. The
rules are the usual ones for Chinese and English text (a small part of UAX #14 and the
Chinese line-start/line-end rules, 避头尾):

- Chinese may break between any two characters, English at spaces.
- A number never breaks, nor does it leave its unit: ``287.67亿元``, ``60.7个百分点``,
  ``第1``, ``2.01×``, ``14.3 billion yuan``, ``17.77 percentage points``.
- A run of Latin letters, digits and ASCII punctuation never breaks: ``GDP``, fact ids
  such as ``geely-industrial-growth-contribution``.
- No line starts with closing punctuation (，。、；：！？）」』”… and ASCII ,.;:!?)]%) and
  no line ends with opening punctuation (（「『“《 and ASCII ([{).
- A piece wider than the line stands alone on its line, whole (never cut): a view too
  narrow for an id shows the id on a line of its own rather than half of it.

Widths are terminal cells (a Chinese character is two); the caller may pass rich's own
measure so that boxes line up.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import NamedTuple

Width = Callable[[str], int]

# Closing punctuation, which may not start a line (Chinese 行首禁则 plus ASCII).
CLOSING = frozenset("，。、；：！？）」』】〕〉》〗〙〛”’…·％‰,.;:!?)]}%»›〞﹚")
# Opening punctuation, which may not end a line (行尾禁则).
OPENING = frozenset("（「『【〔〈《〖〘〚“‘([{«‹〝﹙")
# Pairs that stay together: —— and …… are one mark in Chinese.
DOUBLED = frozenset("—…")

# Units that follow a number without a space (longest first): the base's units and the
# measure words the report writes after numerals.
CJK_UNITS = tuple(
    sorted(
        (
            "亿元 亿 万元 元 万辆 辆 台 户 家 个 项 人 名 年 位 个百分点 百分点 倍 次 批 条 所 座 "
            "亩 吨 万吨 平方米 万平方米 公里 米 天 月 日 号 小时 岁 期 届 轮 场 部 款 种 只 套 间 "
            "栋 千瓦 万千瓦 兆瓦 余 多 万 强"
        ).split(),
        key=len,
        reverse=True,
    )
)
# English words that stay with the number before them (14.3 billion yuan).
EN_UNITS = frozenset(
    (
        "thousand million billion trillion yuan vehicles vehicle enterprises enterprise "
        "percentage percent points point people person items item years year place units "
        "unit"
    ).split()
)


def cell_width(text: str) -> int:
    """Terminal cells: East Asian wide and full-width characters take two."""
    total = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        total += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return total


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, CJK punctuation, kana, ideographs
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x2FA1F
        or char in "…—·"
    )


class Piece(NamedTuple):
    """An unbreakable run of text: [start, end) of the string, and whether white space
    stands before it (dropped where a line breaks)."""

    start: int
    end: int
    spaced: bool


def _segments(text: str) -> list[tuple[int, int]]:
    """Spaces, single Chinese characters and punctuation, and maximal Latin runs."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        j = i + 1
        if char.isspace():
            while j < n and text[j].isspace():
                j += 1
        elif not _is_cjk(char) and char not in CLOSING | OPENING:
            while (
                j < n
                and not text[j].isspace()
                and not _is_cjk(text[j])
                and text[j] not in OPENING
                and not (text[j] in CLOSING and _ends_run(text, j))
            ):
                j += 1
        out.append((i, j))
        i = j
    return out


def _ends_run(text: str, index: int) -> bool:
    """Is the ASCII punctuation at `index` outside a word (a comma after a word), rather
    than inside one (the point of 11.15, the % of 70.7%)?"""
    char = text[index]
    if char == "%":
        return False  # always part of its number
    following = text[index + 1] if index + 1 < len(text) else " "
    return following.isspace() or _is_cjk(following) or following in CLOSING | OPENING


def _unit_after(text: str, index: int) -> int:
    """The end of the Chinese unit starting at `index` (0 when there is none); units may
    follow each other (20多家, 200余万元)."""
    end = index
    for _ in range(3):
        for unit in CJK_UNITS:
            if text.startswith(unit, end):
                end += len(unit)
                break
        else:
            break
    return end if end > index else 0


def _ends_in_digit(text: str, start: int, end: int) -> bool:
    return end > start and text[end - 1].isdigit()


# Hedges that stay with the number after them: 突破224亿元, over 22.4 billion yuan.
HEDGES = ("突破", "超过", "不足", "约为", "约", "近", "over ", "about ", "nearly ", "under ")


def _held(text: str) -> set[int]:
    """Positions a line may not break before: inside a hedge and between a hedge and its
    number."""
    held: set[int] = set()
    for hedge in HEDGES:
        start = text.find(hedge)
        while start >= 0:
            end = start + len(hedge)
            after = text[end : end + 2]
            if after[:1].isdigit() or (after[:1] in "+-−" and after[1:2].isdigit()):
                held.update(range(start + 1, end + 1))
            start = text.find(hedge, start + 1)
    return held


def pieces(text: str) -> list[Piece]:
    """The text as unbreakable pieces, in order (white space is not a piece)."""
    segments = _segments(text)
    held = _held(text)
    out: list[Piece] = []
    spaced = False
    index = 0
    while index < len(segments):
        start, end = segments[index]
        if text[start].isspace():
            spaced = True
            index += 1
            continue
        # Grow the piece while no break is allowed after it.
        index += 1
        while index < len(segments):
            nstart, nend = segments[index]
            nchar = text[nstart]
            if nchar.isspace():
                # number + space + English unit word stays together, as does a hedge
                # with its number (over 22.4)
                if index + 1 < len(segments) and (
                    _glues_english_unit(text, start, end, *segments[index + 1])
                    or segments[index + 1][0] in held
                ):
                    end = segments[index + 1][1]
                    index += 2
                    continue
                break
            last = text[end - 1]
            if (
                nstart in held
                or nchar in CLOSING
                or last in OPENING
                or (last in DOUBLED and nchar == last)
                or (not _is_cjk(last) and not _is_cjk(nchar))  # adjacent Latin runs
            ):
                end = nend
                index += 1
                continue
            if _is_digit_run(text, start, end) and _unit_after(text, nstart):
                unit_end = _unit_after(text, nstart)
                # the unit may span several segments (个百分点)
                while index < len(segments) and segments[index][1] <= unit_end:
                    index += 1
                end = unit_end
                continue
            if text[end - 1] == "第" and nchar.isdigit() and end - start == 1:
                end = nend
                index += 1
                continue
            break
        out.append(Piece(start, end, spaced and bool(out)))
        spaced = False
    return out


def _is_digit_run(text: str, start: int, end: int) -> bool:
    """Does the piece end in a number (11.15, +144.67, 第1)?"""
    return _ends_in_digit(text, start, end)


def _glues_english_unit(text: str, start: int, end: int, wstart: int, wend: int) -> bool:
    """A number (or a unit word after one) followed by an English unit word."""
    word = text[wstart:wend].rstrip(",.;:)").lower()
    if word not in EN_UNITS:
        return False
    tail = text[start:end].split()[-1] if text[start:end].split() else ""
    last_word = tail.rstrip(",.;:)").lower()
    return _ends_in_digit(text, start, end) or last_word in EN_UNITS


def wrap(text: str, width: int, measure: Width = cell_width) -> list[tuple[int, int]]:
    """Line spans [start, end) of the text wrapped to `width` cells; explicit newlines
    are kept. A piece wider than `width` gets a line of its own."""
    lines: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        lines.extend(
            (offset + a, offset + b) for a, b in _wrap_paragraph(paragraph, width, measure)
        )
        offset += len(paragraph) + 1
    return lines


def _wrap_paragraph(text: str, width: int, measure: Width) -> list[tuple[int, int]]:
    parts = pieces(text)
    if not parts:
        return [(0, 0)]
    lines: list[tuple[int, int]] = []
    line_start = parts[0].start
    line_end = parts[0].end
    used = measure(text[parts[0].start : parts[0].end])
    for part in parts[1:]:
        gap = measure(text[line_end : part.start]) if part.spaced else 0
        size = measure(text[part.start : part.end])
        if used + gap + size <= width:
            used += gap + size
            line_end = part.end
        else:
            lines.append((line_start, line_end))
            line_start, line_end, used = part.start, part.end, size
    lines.append((line_start, line_end))
    return lines


def wrap_text(text: str, width: int, measure: Width = cell_width) -> list[str]:
    return [text[a:b] for a, b in wrap(text, width, measure)]


def min_width(text: str, measure: Width = cell_width) -> int:
    """The widest unbreakable piece: a column narrower than this would cut one."""
    return max((measure(text[p.start : p.end]) for p in pieces(text)), default=0)


def max_width(text: str, measure: Width = cell_width) -> int:
    """The widest line when nothing needs wrapping."""
    return max((measure(line) for line in text.split("\n")), default=0)
