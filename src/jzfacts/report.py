"""The report text behind a fact base: reading it, and finding a quote's paragraph."""

from __future__ import annotations

from typing import Any

from jzfacts.errors import DataError
from jzfacts.model import FactBase


def read_report(base: FactBase) -> str:
    try:
        with open(base.report_path, encoding="utf-8-sig") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{base.report_path}: cannot read the report: {exc}") from None


def paragraph_around(base: FactBase, quote: str) -> dict[str, Any] | None:
    """The report paragraph holding the quote (line breaks removed), with the quote's span."""
    text = read_report(base).replace("\r", "")
    for paragraph in paragraphs(text):
        start = paragraph.find(quote)
        if start >= 0:
            return {"paragraph": paragraph, "start": start, "end": start + len(quote)}
    return None


def paragraphs(text: str) -> list[str]:
    """The report's paragraphs, line breaks removed. A blank line ends a paragraph only
    after the end of a sentence: the PDF's text also has blank lines mid-sentence."""
    out: list[str] = []
    current = ""
    for block in text.split("\n\n"):
        current += block.replace("\n", "")
        if current.rstrip().endswith(("。", "！", "？", "”", "」")) or block.lstrip().startswith(
            "●"
        ):
            if current.strip():
                out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


def section_texts(base: FactBase, text: str) -> dict[str, str]:
    """Each section's part of the report, from its ● heading to the next, in report order
    (a section without a heading, the introduction, starts at the top)."""
    text = text.replace("\r", "")
    starts = sorted((max(text.find(f"● {s.zh}"), 0), s.id) for s in base.sections)
    ends = [at for at, _ in starts[1:]] + [len(text)]
    return {sid: text[at:end].strip() for (at, sid), end in zip(starts, ends, strict=True)}
