"""Loading the fact base: from the compiled cache when it is current.

This is the path every command takes, so it imports little: YAML parsing and
validation (``loader``) are imported only when the cache misses.
"""

from __future__ import annotations

import os
from typing import Any

from jzfacts.errors import DataError, InvalidFactBase
from jzfacts.files import Location, read_bytes
from jzfacts.model import (
    Entity,
    Erratum,
    Exclusion,
    Fact,
    FactBase,
    Kind,
    Label,
    Section,
    Source,
    StoreError,
)


def load(location: Location, use_cache: bool = True) -> FactBase:
    """The validated fact base at `location`, from the cache when it is current."""
    from jzfacts import cache

    data = read_bytes(location.path, location.shown)
    key = cache.content_key(data)
    if use_cache:
        cached = _from_cache(location, key, data)
        if cached is not None:
            return cached
    base = _validated(location, data, key)
    if use_cache:
        _store(base)
    return base


def _validated(location: Location, data: bytes, key: str) -> FactBase:
    # The garbage collector only slows this down: validation builds millions of small
    # objects that all stay alive (a 10^5-fact base validates in half the time without).
    import gc

    from jzfacts.loader import parse_and_validate

    collecting = gc.isenabled()
    gc.disable()
    try:
        base, problems = parse_and_validate(location.path, location.shown, data)
    finally:
        if collecting:
            gc.enable()
    if problems:
        raise InvalidFactBase(problems)
    base.key = key
    return base


# The cache of a base: "base" (source, sections, exclusions, the report's digest, the
# size and how names are sharded), the table "facts" (one record a fact) and the table
# "names" (folded names -> index, in shards, so a lookup reads one small dict).
NAMES_PER_SHARD = 4096


def _fact_record(f: Fact) -> tuple[Any, ...]:
    return (
        f.id, f.kind.value, f.label.zh, f.label.en, f.aliases, f.value_text, f.unit,
        f.period, f.section, f.tags, f.entities, f.quote, f.note, f.formula, f.inputs,
        f.qualifier, f.measure, tuple(tuple(e) for e in f.errata),
    )  # fmt: skip


def _fact_from_record(t: Any) -> Fact:
    return Fact(
        t[0], Kind(t[1]), Label(t[2], t[3]), t[4], t[5], t[6], t[7], t[8], t[9], t[10],
        t[11], t[12], t[13], t[14], t[15], t[16], tuple(Erratum(*e) for e in t[17]),
    )  # fmt: skip


def _shard(folded_name: str, shards: int) -> int:
    from zlib import crc32

    return crc32(folded_name.encode("utf-8", "surrogatepass")) % shards


def _store(base: FactBase) -> None:
    from jzfacts import cache

    try:
        report = read_bytes(base.report_path, base.report_path, "report")
    except DataError:
        return
    names = base.names
    shards = max(1, -(-len(names) // NAMES_PER_SHARD))
    sharded: list[dict[str, int]] = [{} for _ in range(shards)]
    for name, index in names.items():
        sharded[_shard(name, shards)][name] = index
    cache.write_table(base.key, "facts", (_fact_record(f) for f in base.facts))
    cache.write_table(base.key, "names", sharded)
    s = base.source
    header = (
        cache.digest(report),
        (s.title, s.title_en, s.issuer, s.year, s.language, s.report, s.sha256),
        tuple(tuple(x) for x in base.sections),
        tuple(tuple(x) for x in base.exclusions),
        tuple(tuple(x) for x in base.entities),
        base.size,
        shards,
    )
    cache.write(base.key, "base", header)  # last: its presence says the tables are there


class _CachedStore:
    """Facts and names read from the cache tables on demand."""

    def __init__(self, facts: Any, names: Any, size: int, shards: int) -> None:
        self._facts = facts
        self._names = names
        self._shards = shards
        self._loaded: dict[int, dict[str, int]] = {}
        self.size = size

    def fact(self, index: int) -> Fact:
        from jzfacts.cache import CorruptCache

        try:
            return _fact_from_record(self._facts.get(index))
        except (CorruptCache, IndexError, TypeError, ValueError) as exc:
            raise StoreError(str(exc)) from None

    def index_of(self, folded_name: str) -> int | None:
        from jzfacts.cache import CorruptCache

        shard = _shard(folded_name, self._shards)
        try:
            if shard not in self._loaded:
                self._loaded[shard] = self._names.get(shard)
            index = self._loaded[shard].get(folded_name)
        except (CorruptCache, AttributeError, IndexError, TypeError) as exc:
            raise StoreError(str(exc)) from None
        if index is not None and not (isinstance(index, int) and 0 <= index < self.size):
            raise StoreError(f"bad index for {folded_name!r}")
        return index

    def all_facts(self) -> tuple[Fact, ...]:
        from jzfacts.cache import CorruptCache

        try:
            facts = tuple(_fact_from_record(t) for t in self._facts.all())
        except (CorruptCache, IndexError, TypeError, ValueError) as exc:
            raise StoreError(str(exc)) from None
        if len(facts) != self.size:
            raise StoreError("the facts table has the wrong size")
        return facts

    def all_names(self) -> dict[str, int]:
        names: dict[str, int] = {}
        for shard in range(self._shards):
            if shard not in self._loaded:
                from jzfacts.cache import CorruptCache

                try:
                    self._loaded[shard] = self._names.get(shard)
                except CorruptCache as exc:
                    raise StoreError(str(exc)) from None
            names.update(self._loaded[shard])
        return names


def _from_cache(location: Location, key: str, data: bytes) -> FactBase | None:
    """The base from the cache, if it is complete, well-formed and its report unchanged.

    A record found corrupt later makes the base validate `data` again (its fallback)."""
    from jzfacts import cache

    header = cache.read(key, "base")
    if header is None:
        return None
    try:
        report_digest, source_t, sections_t, exclusions_t, entities_t, size, shards = header
        source = Source(*source_t)
        report_path = os.path.join(os.path.dirname(location.path), source.report)
        report = read_bytes(report_path, report_path, "report")
        if cache.digest(report) != report_digest:
            return None  # the report changed: validate again, which will say so
        facts = cache.open_table(key, "facts")
        names = cache.open_table(key, "names")
        if facts is None or names is None or len(facts) != size or len(names) != shards:
            return None

        def fallback() -> Any:
            return _validated(location, data, key)._store

        return FactBase(
            path=location.shown,
            source=source,
            sections=tuple(Section(*t) for t in sections_t),
            exclusions=tuple(Exclusion(*t) for t in exclusions_t),
            report_path=report_path,
            store=_CachedStore(facts, names, size, shards),
            key=key,
            fallback=fallback,
            entities=tuple(Entity(*t) for t in entities_t),
        )
    except (OSError, ValueError, TypeError, IndexError, KeyError, DataError):
        return None  # validation will say what is wrong, if anything is
