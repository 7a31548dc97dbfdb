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
    for paragraph in text.split("\n\n"):
        flat = paragraph.replace("\n", "").strip()
        start = flat.find(quote)
        if start >= 0:
            return {"paragraph": flat, "start": start, "end": start + len(quote)}
    return None
