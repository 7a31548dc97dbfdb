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


def read_at_most(fd: int, limit: int, hint: int = 0) -> bytes:
    """Up to limit + 1 bytes from fd (one more than allowed tells "too large"). Memory is
    bounded by what the file holds, never by the limit: a limit of 10^30 bytes is fine."""
    chunks: list[bytes] = []
    total = 0
    want = max(hint + 1, 1 << 16)  # a regular file in one read (its size, and EOF)
    while total <= limit:
        chunk = os.read(fd, min(want, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = 1 << 20
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def max_bytes() -> int:
    raw = os.environ.get(MAX_BYTES_ENV)
    if raw is None:
        return DEFAULT_MAX_BYTES
    digits = raw.strip().lstrip("+")
    if digits.isdecimal() and len(digits) > 18:
        return 1 << 62  # more than any file: no cap (and int() refuses 4,300+ digits)
    try:
        value = int(raw)
    except ValueError:
        from jzfacts.text import clip

        raise DataError(
            f"{MAX_BYTES_ENV} must be a whole number of bytes, not {clip(raw)!r}"
        ) from None
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
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError
            if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
                raise DataError(f"{shown}: the {what} is a device, not a file")
            os.set_blocking(fd, True)
            data = read_at_most(fd, limit, info.st_size)
        finally:
            os.close(fd)
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
