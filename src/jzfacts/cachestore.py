"""A validated fact base in the cache, and back: the records beside the cache.

A base's cache is three files: "base" (source, sections, exclusions, entities, the size
and how names are sharded), the table "facts" (one record a fact) and the table "names"
(folded names -> index, in shards, so a lookup reads one small dict). "base" is written
last, and only when both tables were: its presence says the tables are there.

Whether a cached base is current: its key is the hash of the YAML's bytes, and the report
must still have the sha256 the base records. Validation checked exactly the report bytes
it read against that sha256, so a report changed during or after a build is seen here,
and the base validates again (and says what changed).

Every record is checked for shape as it is read (types, lengths, indexes in range): a
record of the wrong shape is corruption like a bad checksum, and the base falls back to
its YAML. The cache module's ownership and MAC checks keep crafted records out; these
checks keep a record we do not understand from becoming a wrong answer or a crash.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from jzfacts.cache import CorruptCache, Key
from jzfacts.errors import DataError
from jzfacts.files import Location, read_bytes
from jzfacts.model import (
    ENTITY_KINDS,
    Entity,
    Erratum,
    Exclusion,
    Fact,
    FactBase,
    FactStore,
    Kind,
    Label,
    Section,
    Source,
    StoreError,
)

try:  # builtin modules (3.10-3.11: _sha256, 3.12+: _sha2): hashlib would load OpenSSL
    from _sha256 import sha256  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # pragma: no cover - newer Pythons
    try:
        from _sha2 import sha256  # type: ignore[import-not-found, no-redef, unused-ignore]
    except ImportError:
        from hashlib import sha256  # type: ignore[assignment, unused-ignore]

NAMES_PER_SHARD = 4096

_NONE = type(None)
_OPTIONAL = (str, _NONE)
# The types of a fact record's fields, in order (see fact_record).
_FIELD_TYPES = (
    str, str, str, str, tuple, _OPTIONAL, _OPTIONAL, str, str, tuple, tuple, _OPTIONAL,
    _OPTIONAL, _OPTIONAL, tuple, _OPTIONAL, _OPTIONAL, tuple, _OPTIONAL,
)  # fmt: skip


def fact_record(f: Fact) -> tuple[Any, ...]:
    return (
        f.id, f.kind.value, f.label.zh, f.label.en, f.aliases, f.value_text, f.unit,
        f.period, f.section, f.tags, f.entities, f.quote, f.note, f.formula, f.inputs,
        f.qualifier, f.measure, tuple(tuple(e) for e in f.errata), f.quote_en,
    )  # fmt: skip


def fact_from_record(t: Any) -> Fact:
    """The fact a record holds; ValueError if the record does not have a fact's shape."""
    if (
        type(t) is not tuple
        or len(t) != len(_FIELD_TYPES)
        or not all(map(isinstance, t, _FIELD_TYPES))  # type: ignore[arg-type]
        or not all(_strings(t[i]) for i in (4, 9, 10, 14))
        or not all(type(e) is tuple and len(e) == 2 and _strings(e) for e in t[17])
    ):
        raise ValueError("not a fact record")
    return Fact(
        t[0], Kind(t[1]), Label(t[2], t[3]), t[4], t[5], t[6], t[7], t[8], t[9], t[10],
        t[11], t[12], t[13], t[14], t[15], t[16], tuple(Erratum(*e) for e in t[17]), t[18],
    )  # fmt: skip


def _strings(values: Any) -> bool:
    return type(values) is tuple and all(type(v) is str for v in values)


def _shard(folded_name: str, shards: int) -> int:
    from zlib import crc32

    return crc32(folded_name.encode("utf-8", "surrogatepass")) % shards


def store(base: FactBase, key: Key) -> bool:
    """Cache a validated base under `key`: all three files, or none."""
    if not base.source.sha256:
        return False  # nothing would tell a changed report: do not cache
    names = base.names
    shards = max(1, -(-len(names) // NAMES_PER_SHARD))
    sharded: list[dict[str, int]] = [{} for _ in range(shards)]
    for name, index in names.items():
        sharded[_shard(name, shards)][name] = index
    folder = key.cache
    s = base.source
    header = (
        (s.title, s.title_en, s.issuer, s.year, s.language, s.report, s.sha256),
        tuple(tuple(x) for x in base.sections),
        tuple(tuple(x) for x in base.exclusions),
        tuple((e.zh, e.en, tuple(e.aliases), e.kind) for e in base.entities),
        base.size,
        shards,
    )
    return (
        folder.write_table(key, "facts", (fact_record(f) for f in base.facts))
        and folder.write_table(key, "names", sharded)
        and folder.write(key, "base", header)
    )


def load(location: Location, key: Key, fallback: Callable[[], FactStore]) -> FactBase | None:
    """The base from the cache, if it is complete, well-formed and its report unchanged.

    A record found corrupt later makes the base use `fallback` (the YAML validated)."""
    header = key.cache.read(key, "base")
    if header is None:
        return None
    try:
        source_t, sections_t, exclusions_t, entities_t, size, shards = header
        source = _source(source_t)
        sections = tuple(Section(*_fields(t, 3)) for t in sections_t)
        exclusions = tuple(_exclusion(t) for t in exclusions_t)
        entities = tuple(_entity(t) for t in entities_t)
        if type(size) is not int or type(shards) is not int or size < 0 or shards < 1:
            return None
        report_path = os.path.join(os.path.dirname(location.path), source.report)
        report = read_bytes(report_path, report_path, "report")
        if not source.sha256 or sha256(report).hexdigest() != source.sha256:
            return None  # the report changed: validate again, which will say so
        facts = key.cache.open_table(key, "facts")
        names = key.cache.open_table(key, "names")
        if facts is None or names is None or len(facts) != size or len(names) != shards:
            return None
        return FactBase(
            path=location.shown,
            source=source,
            sections=sections,
            exclusions=exclusions,
            report_path=report_path,
            store=CachedStore(facts, names, size, shards),
            key=key,
            fallback=fallback,
            entities=entities,
        )
    except (OSError, ValueError, TypeError, IndexError, KeyError, DataError):
        return None  # validation will say what is wrong, if anything is


def _fields(t: Any, n: int) -> tuple[str, ...]:
    if type(t) is not tuple or len(t) != n or not _strings(t):
        raise ValueError("bad record")
    return t


def _source(t: Any) -> Source:
    if type(t) is not tuple or len(t) != 7 or type(t[3]) is not int:
        raise ValueError("bad source")
    _fields(t[:3] + t[4:], 6)
    return Source(*t)


def _entity(t: Any) -> Entity:
    if type(t) is not tuple or len(t) != 4:
        raise ValueError("bad entity")
    _fields(t[:2], 2)
    if not _strings(t[2]) or t[3] not in ENTITY_KINDS:
        raise ValueError("bad entity")
    return Entity(*t)


def _exclusion(t: Any) -> Exclusion:
    text, kind, why = _fields(t, 3)
    if kind == "figure":
        return Exclusion(text, "figure", why)
    if kind == "sentence":
        return Exclusion(text, "sentence", why)
    raise ValueError("bad exclusion")


FACTS_KEPT = 4096  # decoded facts a CachedStore keeps


class CachedStore:
    """Facts and names read from the cache tables on demand, each record checked."""

    def __init__(self, facts: Any, names: Any, size: int, shards: int) -> None:
        self._facts = facts
        self._names = names
        self._shards = shards
        self._loaded: dict[int, dict[str, int]] = {}
        # Facts decoded, kept for the next read: a process asking many questions (ask
        # reads a fact ~12 times a question, search ~3) reads, checks and decodes each
        # record once. Bounded, so a huge base is never held whole this way.
        self._decoded: dict[int, Fact] = {}
        self.size = size

    def fact(self, index: int) -> Fact:
        found = self._decoded.get(index)
        if found is not None:
            return found
        try:
            found = fact_from_record(self._facts.get(index))
        except (CorruptCache, IndexError, TypeError, ValueError) as exc:
            raise StoreError(str(exc)) from None
        if len(self._decoded) >= FACTS_KEPT:
            self._decoded.clear()
        self._decoded[index] = found
        return found

    def index_of(self, folded_name: str) -> int | None:
        index = self._shard(_shard(folded_name, self._shards)).get(folded_name)
        if index is not None and not (type(index) is int and 0 <= index < self.size):
            raise StoreError(f"bad index for {folded_name!r}")
        return index

    def all_facts(self) -> tuple[Fact, ...]:
        try:
            facts = tuple(fact_from_record(t) for t in self._facts.all())
        except (CorruptCache, IndexError, TypeError, ValueError) as exc:
            raise StoreError(str(exc)) from None
        if len(facts) != self.size:
            raise StoreError("the facts table has the wrong size")
        return facts

    def all_names(self) -> dict[str, int]:
        names: dict[str, int] = {}
        for number in range(self._shards):
            shard = self._shard(number)
            size = self.size
            if not all(
                type(k) is str and type(v) is int and 0 <= v < size for k, v in shard.items()
            ):
                raise StoreError(f"bad names in shard {number}")
            names.update(shard)
        return names

    def _shard(self, number: int) -> dict[str, int]:
        if number not in self._loaded:
            try:
                shard = self._names.get(number)
            except (CorruptCache, IndexError) as exc:
                raise StoreError(str(exc)) from None
            if type(shard) is not dict:
                raise StoreError(f"names shard {number} is not a mapping")
            self._loaded[number] = shard
        return self._loaded[number]
