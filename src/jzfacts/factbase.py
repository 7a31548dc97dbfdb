"""Finding the fact base and loading it: from the compiled cache when it is current.

This is the path every command takes, so it imports little: YAML parsing and
validation (``loader``) are imported only when the cache misses.
"""

from __future__ import annotations

import os
from typing import Any, NamedTuple

from jzfacts.errors import DataError, InvalidFactBase
from jzfacts.model import Exclusion, Fact, FactBase, Kind, Label, Section, Source, new_base

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DATA_ENV = "JZFACTS_DATA"
MAX_BYTES_ENV = "JZFACTS_MAX_BYTES"


class Location(NamedTuple):
    """Where a fact base is, and how to name it in messages."""

    path: str
    shown: str


def locate(explicit: str | None) -> Location:
    """--data wins over $JZFACTS_DATA, which wins over the packaged base."""
    chosen = explicit if explicit is not None else os.environ.get(DATA_ENV) or None
    if chosen is not None:
        return Location(chosen, chosen)
    return Location(packaged_base(), "facts.yaml")


def packaged_base() -> str:
    """The fact base packaged in the wheel (jzfacts/data/facts.yaml).

    For a package on the file system, importlib.resources.files("jzfacts") is the
    package directory, so we look there first without importing importlib.resources
    (2-3 ms of every start); other installs (a zip) go through importlib.resources.
    A source checkout or an editable install falls back to the project's data/.
    """
    package_dir = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(package_dir, "data", "facts.yaml")
    if os.path.isfile(packaged):
        return packaged
    from importlib.resources import as_file, files

    resource = files("jzfacts").joinpath("data", "facts.yaml")
    if resource.is_file():
        with as_file(resource) as path:
            return str(path)
    return os.path.join(os.path.dirname(os.path.dirname(package_dir)), "data", "facts.yaml")


def max_bytes() -> int:
    raw = os.environ.get(MAX_BYTES_ENV)
    if raw is None:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        raise DataError(f"{MAX_BYTES_ENV} must be a whole number of bytes, not {raw!r}") from None
    return max(value, 1)


def read_bytes(path: str, shown: str, what: str = "fact base") -> bytes:
    """The file's bytes, refusing what is missing, not a file, or larger than the cap."""
    import stat

    limit = max_bytes()
    try:
        # Non-blocking open: opening a FIFO that no process writes to would wait forever.
        # A FIFO with a writer (`--data <(…)`) is then read as usual; one without a
        # writer reads as empty.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(fd).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
                raise DataError(f"{shown}: the {what} is a device, not a file")
            os.set_blocking(fd, True)
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise DataError(f"{shown}: no such {what} file") from None
    except IsADirectoryError:
        raise DataError(f"{shown}: the {what} is a directory, not a file") from None
    except PermissionError:
        raise DataError(f"{shown}: permission denied reading the {what}") from None
    except OSError as exc:
        raise DataError(f"{shown}: cannot read the {what}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise DataError(
            f"{shown}: the {what} is larger than {limit:,} bytes "
            f"(set {MAX_BYTES_ENV} to raise the cap)"
        )
    return data


def load(location: Location, use_cache: bool = True) -> FactBase:
    """The validated fact base at `location`, from the cache when it is current."""
    from jzfacts import cache

    data = read_bytes(location.path, location.shown)
    key = cache.content_key(data)
    if use_cache:
        base = _thaw(cache.read(key, "base"), location, key)
        if base is not None:
            return base
    from jzfacts.loader import parse_and_validate

    base, problems = parse_and_validate(location.path, location.shown, data)
    if problems:
        raise InvalidFactBase(problems)
    base = base._replace(key=key)
    if use_cache:
        try:
            report = read_bytes(base.report_path, base.report_path, "report")
        except DataError:
            return base
        cache.write(key, "base", _freeze(base, cache.digest(report)))
    return base


def _freeze(base: FactBase, report_digest: str) -> tuple[Any, ...]:
    """The base as plain tuples for marshal (see cache.py)."""
    s = base.source
    return (
        report_digest,
        (s.title, s.title_en, s.issuer, s.year, s.language, s.report, s.sha256),
        tuple((x.id, x.zh, x.en) for x in base.sections),
        tuple(
            (
                f.id,
                f.kind.value,
                f.label.zh,
                f.label.en,
                f.aliases,
                f.value_text,
                f.unit,
                f.period,
                f.section,
                f.tags,
                f.entities,
                f.quote,
                f.note,
                f.formula,
                f.inputs,
            )
            for f in base.facts
        ),
        tuple((x.text, x.kind, x.why) for x in base.exclusions),
        base.names,
    )


def _thaw(frozen: Any, location: Location, key: str) -> FactBase | None:
    """A FactBase from the cache, if the cache is well-formed and its report unchanged."""
    if frozen is None:
        return None
    try:
        from jzfacts import cache

        report_digest, source_t, sections_t, facts_t, exclusions_t, names = frozen
        source = Source(*source_t)
        report_path = os.path.join(os.path.dirname(location.path), source.report)
        report = read_bytes(report_path, report_path, "report")
        if cache.digest(report) != report_digest:
            return None  # the report changed: validate again, which will say so
        facts = tuple(
            Fact(
                id=t[0],
                kind=Kind(t[1]),
                label=Label(t[2], t[3]),
                aliases=t[4],
                value_text=t[5],
                unit=t[6],
                period=t[7],
                section=t[8],
                tags=t[9],
                entities=t[10],
                quote=t[11],
                note=t[12],
                formula=t[13],
                inputs=t[14],
            )
            for t in facts_t
        )
        return new_base(
            path=location.shown,
            source=source,
            sections=tuple(Section(*t) for t in sections_t),
            facts=facts,
            exclusions=tuple(Exclusion(*t) for t in exclusions_t),
            names=names,
            report_path=report_path,
            key=key,
        )
    except (OSError, ValueError, TypeError, IndexError, KeyError, DataError):
        return None  # validation will say what is wrong, if anything is
