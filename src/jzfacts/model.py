"""The data model: facts as the fact base states them, and the results of queries.

Everything here is immutable and made only of strings, numbers and tuples, so a
validated base can be cached with ``marshal`` and rebuilt without re-validating.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from jzfacts.units import UNITS, Unit


class Kind(str, Enum):
    FIGURE = "figure"
    DERIVED = "derived"
    EVENT = "event"
    STATEMENT = "statement"


NUMERIC_KINDS = (Kind.FIGURE, Kind.DERIVED)


@dataclass(frozen=True, slots=True)
class Label:
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    title_en: str
    issuer: str
    year: int
    language: str
    report: str  # the report file, relative to the fact base
    sha256: str


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A passage `coverage` may leave uncovered, and why (kind: figure or sentence)."""

    text: str
    kind: str
    why: str


@dataclass(frozen=True, slots=True)
class Fact:
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
    def is_numeric(self) -> bool:
        return self.value_text is not None

    @property
    def is_derived(self) -> bool:
        return self.kind is Kind.DERIVED


@dataclass(frozen=True)
class FactBase:
    """A validated fact base: the facts, their sections, and where they came from."""

    path: str  # what the user named (for messages)
    source: Source
    sections: tuple[Section, ...]
    facts: tuple[Fact, ...]
    exclusions: tuple[Exclusion, ...]
    names: dict[str, int]  # folded id/alias/label -> index into facts
    report_path: str
    by_id: dict[str, Fact] = field(init=False, repr=False, compare=False)
    key: str = field(default="", compare=False)  # content hash, for caches keyed on it

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {f.id: f for f in self.facts})

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Match:
    """One search hit: the fact, its 0-100 score, and where the query hit its quote."""

    fact: Fact
    score: float
    field: str  # the strongest field that matched (name, pinyin, quote, …)
    quote_spans: tuple[Span, ...] = ()
    exact: bool = False  # the whole query is this fact's id, alias or label


@dataclass(frozen=True, slots=True)
class CompareRow:
    fact: Fact
    base_amount: Decimal | None  # the value in its dimension's base unit
    base_unit: str | None
    ratio: Decimal | None  # against the first fact, when commensurable
    difference: Decimal | None
    difference_unit: str | None
    note: str | None  # why ratio/difference are empty


@dataclass(frozen=True, slots=True)
class Comparison:
    base: Fact
    rows: tuple[CompareRow, ...]
