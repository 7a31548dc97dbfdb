"""The data model: facts as the fact base states them, and the results of queries.

Facts and results are immutable records made only of strings, numbers and tuples, so
a validated base can be cached with ``marshal`` and rebuilt without re-validating.
They are NamedTuples rather than frozen dataclasses for start-up time: creating a
dataclass class costs about 0.5 ms, a NamedTuple class about 0.07 ms, and people loop
over jzfacts in scripts. A FactBase reads its facts from a store: memory, or the cache
read on demand.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, TypeVar

from jzfacts.units import UNITS, VEHICLES, Unit

if TYPE_CHECKING:
    from decimal import Decimal

_T = TypeVar("_T")


class Kind(str, Enum):
    FIGURE = "figure"
    DERIVED = "derived"
    EVENT = "event"
    STATEMENT = "statement"


# How a figure is hedged, in both languages: 产值突破224亿元 is "over", not "is".
# "exact" marks a derived fact that needs no hedge (a sum of stated counts).
QUALIFIERS = {
    "over": ("突破", "over"),
    "nearly": ("近", "nearly"),
    "about": ("约", "about"),
    "exact": ("", ""),
}


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


# What an exclusion lets `coverage` leave uncovered: the figures inside its text, or
# the sentences it overlaps.
ExclusionKind = Literal["figure", "sentence"]


class Exclusion(NamedTuple):
    """A passage `coverage` may leave uncovered, and why."""

    text: str
    kind: ExclusionKind
    why: str


class Erratum(NamedTuple):
    """A slip in the report's own words, marked where the quote is shown: the report
    writes `text`, which should read `correction` (国际级 for 国家级)."""

    text: str
    correction: str


ENTITY_KINDS = ("enterprise", "body", "place")


class Entity(NamedTuple):
    """A company, body or place facts name, with its English name (吉利汽车 = Geely Auto).

    kind: enterprise (a company), body (a government or Party body, an association) or
    place (the zone, a park): "which enterprise …" ranks only enterprises."""

    zh: str
    en: str
    aliases: tuple[str, ...] = ()
    kind: str = "enterprise"


# Tags of facts about a thing made (汾盾1号, the spinning frame, the first trucks).
MADE_TAGS = frozenset({"innovation", "firsts", "vehicles"})


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
    qualifier: str | None = None  # "over" (突破), "nearly" (近), "about" (约): see QUALIFIERS
    measure: str | None = None  # figure and derived: what the number is (measures.MEASURES)
    errata: tuple[Erratum, ...] = ()  # slips in the quote, marked wherever it is shown
    # The curator's English rendering of the quote: never the report's words, so always
    # shown beside the quote and labelled as the curator's, never in its place.
    quote_en: str | None = None

    @property
    def approximate(self) -> str | None:
        """How the value is hedged: as the report states it, or "about" when derived."""
        if self.qualifier == "exact":
            return None
        return self.qualifier or ("about" if self.kind is Kind.DERIVED else None)

    @property
    def value(self) -> Decimal | None:
        from decimal import Decimal

        return None if self.value_text is None else Decimal(self.value_text)

    @property
    def unit_info(self) -> Unit | None:
        return None if self.unit is None else UNITS.get(self.unit)

    def tells_a_thing_made(self) -> bool:
        """Does it say what was made: a thing (汾盾1号, a spinning frame: tagged an
        innovation, a first or vehicles) or how many of it (11.15万辆), not a share, a rate,
        a sum of money, nor a deal signed (省国运公司 is named by its agreement)?"""
        if self.value is None:
            return bool(set(self.tags) & MADE_TAGS)
        unit = self.unit_info
        return unit is not None and unit.dimension == VEHICLES

    def only_with(self, entity: str) -> bool:
        """Does its sentence name the entity only as the other party, no subject said
        (并与省国运公司签署合作协议: who signed is not said)?"""
        quote = (self.quote or "").lstrip("并且还也")
        return quote.startswith(tuple(f"{w}{entity}" for w in "与同跟和"))

    @property
    def is_derived(self) -> bool:
        return self.kind is Kind.DERIVED


class StoreError(Exception):
    """A store could not produce a record (a corrupt cache file)."""


class FactStore(Protocol):
    """Where a base's facts and names come from: memory, or the cache read on demand."""

    size: int

    def fact(self, index: int) -> Fact: ...

    def index_of(self, folded_name: str) -> int | None: ...

    def all_facts(self) -> tuple[Fact, ...]: ...

    def all_names(self) -> dict[str, int]: ...


class MemoryStore:
    def __init__(self, facts: tuple[Fact, ...], names: dict[str, int]) -> None:
        self.facts = facts
        self.names = names
        self.size = len(facts)

    def fact(self, index: int) -> Fact:
        return self.facts[index]

    def index_of(self, folded_name: str) -> int | None:
        return self.names.get(folded_name)

    def all_facts(self) -> tuple[Fact, ...]:
        return self.facts

    def all_names(self) -> dict[str, int]:
        return self.names


class FactBase:
    """A validated fact base: its source, sections and facts.

    Facts are reached by index or name (`fact`, `index_of`, `get`), so that showing one
    fact of a 10^5-fact base reads one record of the cache; `facts` and `names` load
    everything. If a cached record turns out corrupt, the base falls back to its own
    YAML (the `fallback` given by the loader), so a cache never changes an answer.
    """

    def __init__(
        self,
        path: str,
        source: Source,
        sections: tuple[Section, ...],
        exclusions: tuple[Exclusion, ...],
        report_path: str,
        store: FactStore,
        key: str = "",
        fallback: Callable[[], FactStore] | None = None,
        entities: tuple[Entity, ...] = (),
    ) -> None:
        self.path = path  # what the user named (for messages)
        self.source = source
        self.sections = sections
        self.exclusions = exclusions
        self.report_path = report_path
        self.entities = entities  # the companies and bodies facts name, with English names
        self.key = key  # the content hash caches are keyed on
        self._store = store
        self._fallback = fallback
        self._facts: tuple[Fact, ...] | None = None
        self._by_id: dict[str, Fact] | None = None
        self._names: dict[str, int] | None = None
        # What engines derive from the base and keep while it lives (the search index):
        # on the base itself, so that it dies with it.
        self.memo: dict[str, Any] = {}

    def _use(self, read: Callable[[FactStore], _T]) -> _T:
        try:
            return read(self._store)
        except StoreError:
            if self._fallback is None:
                raise
            self._store, self._fallback = self._fallback(), None
            return read(self._store)

    @property
    def size(self) -> int:
        return self._store.size

    def fact(self, index: int) -> Fact:
        return self._use(lambda store: store.fact(index))

    def index_of(self, folded_name: str) -> int | None:
        """The index of the fact an already folded id, alias or label names."""
        return self._use(lambda store: store.index_of(folded_name))

    def get(self, fact_id: str) -> Fact | None:
        index = self.index_of(fact_id)
        if index is None:
            return None
        fact = self.fact(index)
        return fact if fact.id == fact_id else None

    @property
    def facts(self) -> tuple[Fact, ...]:
        if self._facts is None:
            self._facts = self._use(lambda store: store.all_facts())
        return self._facts

    @property
    def by_id(self) -> dict[str, Fact]:
        """Every fact by id (loads them all; `get` reads one)."""
        if self._by_id is None:
            self._by_id = {fact.id: fact for fact in self.facts}
        return self._by_id

    @property
    def names(self) -> dict[str, int]:
        """Every folded name -> its fact's index (loads every shard once; read only)."""
        if self._names is None:
            self._names = self._use(lambda store: store.all_names())
        return self._names

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def with_facts(self, facts: tuple[Fact, ...]) -> FactBase:
        """The same base with other facts (names rebuilt from ids, labels and aliases)."""
        from jzfacts.text import fold

        names: dict[str, int] = {}
        for index, fact in enumerate(facts):
            for name in (fact.id, fact.label.zh, fact.label.en, *fact.aliases):
                names.setdefault(fold(name), index)
        store = MemoryStore(facts, names)
        return FactBase(
            self.path,
            self.source,
            self.sections,
            self.exclusions,
            self.report_path,
            store,
            entities=self.entities,
        )

    def entity(self, name: str) -> Entity | None:
        """The declared entity a (folded) Chinese or English name or alias means."""
        from jzfacts.text import fold

        wanted = fold(name)
        for entity in self.entities:
            if wanted in (fold(entity.zh), fold(entity.en), *(fold(a) for a in entity.aliases)):
                return entity
        return None


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
    note: str | None  # why ratio/difference are empty (English)
    note_zh: str | None = None  # the same in Chinese
    # How the ratio and difference are hedged when a value is: "over" (突破224亿元 against
    # an exact base), "under", "about"; None when both values are exact.
    qualifier: str | None = None


class Comparison(NamedTuple):
    base: Fact
    rows: tuple[CompareRow, ...]
