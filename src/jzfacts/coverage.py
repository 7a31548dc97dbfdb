"""Coverage: does the fact base state every figure and every sentence of its report?

The curator's check of completeness. Figures are Arabic numbers (143, 11.15), runs of
Chinese numerals (七, 二十, 三), 首 (first) and 第N (rank). A figure is covered when it
stands inside the quote of a fact whose value equals it; a Chinese numeral, 首 or 第N may
also be covered by an event or statement fact (a first, a rank, a name). An Arabic
number inside an event's quote is not covered by it: deleting the figure fact for 17亿元
must show as a gap even though a statement quotes the same sentence. A sentence is
covered when some fact's quote overlaps it.
What is neither covered nor inside an explicit exclusion (with its reason) is a gap.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import Literal, NamedTuple

from jzfacts.model import FactBase, Kind
from jzfacts.text import parse_chinese_numeral

_FIGURE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|第?[〇零一二两三四五六七八九十百千万亿]+|首"
)
_CLOSERS = "”’）)」』"  # a sentence ends after these when they follow its 。
_SENTENCE_END = "。！？"


ItemKind = Literal["figure", "sentence"]


class CoverageItem(NamedTuple):
    kind: ItemKind
    text: str
    line: int  # line in the report (1-based) where it starts
    covered_by: tuple[str, ...]
    excluded_because: str | None
    sentence: str = ""  # the sentence it stands in (a sentence: itself)
    start: int = 0  # where it starts in the report with line breaks removed

    @property
    def is_gap(self) -> bool:
        return not self.covered_by and self.excluded_because is None


def _figure_value(token: str) -> Decimal | None:
    if token[0].isdigit():
        return Decimal(token.replace(",", ""))
    if token == "首":
        return Decimal(1)
    number = parse_chinese_numeral(token.removeprefix("第"))
    return None if number is None else Decimal(number)


def _occurrences(flat: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], flat.find(needle)
    while needle and start >= 0:
        spans.append((start, start + len(needle)))
        start = flat.find(needle, start + 1)
    return spans


def _sentences(flat: str) -> list[tuple[int, int]]:
    def ends_here(i: int) -> bool:
        # After 。！？ (or after the quote or bracket closing right behind one), and
        # before each ● heading.
        after = flat[i + 1 : i + 2]
        if flat[i] in _SENTENCE_END:
            return after == "" or after not in _CLOSERS
        if flat[i] in _CLOSERS and i > 0 and flat[i - 1] in _SENTENCE_END:
            return True
        return after == "●"

    spans, start = [], 0
    for i in range(len(flat)):
        if ends_here(i):
            if flat[start : i + 1].strip():
                spans.append((start, i + 1))
            start = i + 1
    if flat[start:].strip():
        spans.append((start, len(flat)))
    # Trim the white space the report leaves around paragraphs.
    out = []
    for s, e in spans:
        while s < e and flat[s].isspace():
            s += 1
        while e > s and flat[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def coverage(base: FactBase, report_text: str) -> list[CoverageItem]:
    """Every figure and sentence of the report, in order, with what covers it."""
    flat = report_text.replace("\r", "").replace("\n", "")
    line_at: list[int] = []
    line = 1
    for char in report_text.replace("\r", ""):
        if char == "\n":
            line += 1
        else:
            line_at.append(line)

    quote_spans = [
        (span, fact) for fact in base.facts if fact.quote for span in _occurrences(flat, fact.quote)
    ]
    exclusions = [(span, ex) for ex in base.exclusions for span in _occurrences(flat, ex.text)]

    sentences = _sentences(flat)
    sentence_starts = [s for s, _ in sentences]

    def sentence_of(offset: int) -> str:
        index = bisect.bisect_right(sentence_starts, offset) - 1
        if index < 0:
            return ""
        start, end = sentences[index]
        return flat[start:end] if offset < end else ""

    items: list[CoverageItem] = []
    for match in _FIGURE.finditer(flat):
        start, end = match.span()
        value = _figure_value(match.group())
        covering = tuple(
            dict.fromkeys(
                fact.id
                for (s, e), fact in quote_spans
                if s <= start
                and end <= e
                and (
                    # A decline (同比下降5.2%) is stated as a negative value.
                    (fact.value is not None and value is not None and abs(fact.value) == value)
                    # A first, a rank or a name (首台, 第一, 汾盾1号 aside) is stated by an
                    # event or statement; an Arabic number needs a figure of that value.
                    or (
                        fact.kind in (Kind.EVENT, Kind.STATEMENT) and not match.group()[0].isdigit()
                    )
                )
            )
        )
        why = next(
            (
                ex.why
                for (s, e), ex in exclusions
                if ex.kind == "figure" and s <= start and end <= e
            ),
            None,
        )
        items.append(
            CoverageItem(
                "figure",
                match.group(),
                line_at[start],
                covering,
                why,
                sentence_of(start),
                start,
            )
        )
    for start, end in sentences:
        covering = tuple(dict.fromkeys(f.id for (s, e), f in quote_spans if s < end and start < e))
        why = next(
            (
                ex.why
                for (s, e), ex in exclusions
                if ex.kind == "sentence" and s < end and start < e
            ),
            None,
        )
        text = flat[start:end]
        items.append(CoverageItem("sentence", text, line_at[start], covering, why, text, start))
    items.sort(key=lambda item: (item.line, item.kind))
    return items
