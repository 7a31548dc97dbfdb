"""Where files are and how they are read: the fact base's location, bounded reads.

Both the fast path (``factbase``) and validation (``loader``) read through here, so
neither imports the other for it.
"""

from __future__ import annotations

import os
from typing import NamedTuple

from jzfacts.errors import DataError

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
    (2-3 ms of every start); a source checkout or an editable install has the file in
    the project's data/ instead; other installs (a zip) go through importlib.resources.
    """
    package_dir = os.path.dirname(os.path.abspath(__file__))
    for candidate in (
        os.path.join(package_dir, "data", "facts.yaml"),
        os.path.join(os.path.dirname(os.path.dirname(package_dir)), "data", "facts.yaml"),
    ):
        if os.path.isfile(candidate):
            return candidate
    from importlib.resources import as_file, files

    resource = files("jzfacts").joinpath("data", "facts.yaml")
    with as_file(resource) as path:
        return str(path)


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
