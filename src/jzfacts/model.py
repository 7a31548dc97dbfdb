"""The data model: facts as the fact base states them, and the results of queries.

Immutable records made only of strings, numbers and tuples, so a validated base can be
cached with ``marshal`` and rebuilt without re-validating. They are NamedTuples rather
than frozen dataclasses for start-up time: creating a dataclass class costs about
0.5 ms, a NamedTuple class about 0.07 ms, and people loop over jzfacts in scripts.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import NamedTuple

from jzfacts.units import UNITS, Unit


class Kind(str, Enum):
    FIGURE = "figure"
    DERIVED = "derived"
    EVENT = "event"
    STATEMENT = "statement"


class Label(NamedTuple):
    zh: str
    en: str


class Section(NamedTuple):
    id: str
    zh: str
    en: str


class Source(NamedTuple):
    title: str
    title_en: str
    issuer: str
    year: int
    language: str
    report: str  # the report file, relative to the fact base
    sha256: str


class Exclusion(NamedTuple):
    """A passage `coverage` may leave uncovered, and why (kind: figure or sentence)."""

    text: str
    kind: str
    why: str


class Fact(NamedTuple):
    id: str
    kind: Kind
    label: Label
    aliases: tuple[str, ...]
    value_text: str | None  # the number as the report writes it; computed for derived
    unit: str | None
    period: str
    section: str  # a Section id
    tags: tuple[str, ...]
    entities: tuple[str, ...]
    quote: str | None
    note: str | None
    formula: str | None = None  # derived only: arithmetic over {fact-id}s
    inputs: tuple[str, ...] = ()  # derived only: the ids the formula uses, in order

    @property
    def value(self) -> Decimal | None:
        return None if self.value_text is None else Decimal(self.value_text)

    @property
    def unit_info(self) -> Unit | None:
        return None if self.unit is None else UNITS.get(self.unit)

    @property
    def is_derived(self) -> bool:
        return self.kind is Kind.DERIVED


class FactBase(NamedTuple):
    """A validated fact base: the facts, their sections, and where they came from."""

    path: str  # what the user named (for messages)
    source: Source
    sections: tuple[Section, ...]
    facts: tuple[Fact, ...]
    exclusions: tuple[Exclusion, ...]
    names: dict[str, int]  # folded id/alias/label -> index into facts
    report_path: str
    by_id: dict[str, Fact]
    key: str = ""  # the content hash caches are keyed on

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


def new_base(
    path: str,
    source: Source,
    sections: tuple[Section, ...],
    facts: tuple[Fact, ...],
    exclusions: tuple[Exclusion, ...],
    names: dict[str, int],
    report_path: str,
    key: str = "",
) -> FactBase:
    return FactBase(
        path,
        source,
        sections,
        facts,
        exclusions,
        names,
        report_path,
        {f.id: f for f in facts},
        key,
    )


class Span(NamedTuple):
    start: int
    end: int


class Match(NamedTuple):
    """One search hit: the fact, its 0-100 score, and where the query hit its quote."""

    fact: Fact
    score: float
    field: str  # the strongest field that matched (name, pinyin, quote, …)
    quote_spans: tuple[Span, ...] = ()
    exact: bool = False  # the whole query is this fact's id, alias or label


class CompareRow(NamedTuple):
    fact: Fact
    base_amount: Decimal | None  # the value in its dimension's base unit
    base_unit: str | None
    ratio: Decimal | None  # against the first fact, when commensurable
    difference: Decimal | None
    difference_unit: str | None
    note: str | None  # why ratio/difference are empty


class Comparison(NamedTuple):
    base: Fact
    rows: tuple[CompareRow, ...]
