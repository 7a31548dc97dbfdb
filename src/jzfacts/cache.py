"""A compiled cache of validated fact bases and their search indexes.

Keyed by the fact base's content (sha256 of its bytes and this version of jzfacts), never
by timestamps. Each file carries a checksum of its payload, is written to a temporary
file and renamed into place, and anything unreadable, corrupt or stale is treated as a
miss: a cache can make an answer faster, never different, and never makes it fail.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
from collections.abc import Iterable, Iterator
from typing import Any

try:  # the builtin module: hashlib would load OpenSSL (2-3 ms of every start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import blake2b

from jzfacts import __version__

FORMAT = 4
MAGIC = b"JZFC%d\n" % FORMAT
CACHE_ENV = "JZFACTS_CACHE_DIR"
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs to fear
_disabled = False


def disable() -> None:
    """--no-cache: neither read nor write the cache in this process."""
    global _disabled
    _disabled = True


def directory() -> str:
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return explicit
    xdg = os.environ.get("XDG_CACHE_HOME")
    root = xdg if xdg and os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(root, "jzfacts")


def digest(data: bytes) -> str:
    return blake2b(data, digest_size=20).hexdigest()


def content_key(data: bytes) -> str:
    """The cache key of a fact base: its bytes and this version of jzfacts."""
    return digest(data + f"\0jzfacts {__version__} cache {FORMAT}".encode())


def read(key: str, kind: str) -> Any | None:
    """The object stored under key/kind, or None for a miss of any sort."""
    if _disabled:
        return None
    try:
        # O_NONBLOCK: a FIFO in the cache's place must be a miss, not a hang on open.
        fd = os.open(os.path.join(directory(), f"{key}.{kind}"), os.O_RDONLY | _NONBLOCK)
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            blob = handle.read()
    except (OSError, ValueError):
        return None
    header = len(MAGIC) + 32
    if len(blob) < header or not blob.startswith(MAGIC):
        return None
    payload = blob[header:]
    if blake2b(payload, digest_size=32).digest() != blob[len(MAGIC) : header]:
        return None
    try:
        return marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None


def write(key: str, kind: str, value: Any) -> None:
    """Store value atomically; a cache that cannot be written is silently skipped."""
    if _disabled:
        return
    try:
        payload = marshal.dumps(value)
        _write_atomically(key, kind, [MAGIC + blake2b(payload, digest_size=32).digest(), payload])
    except (OSError, ValueError):
        return


# --- tables: records read one at a time ------------------------------------------------------
#
# A large base (10^5 facts) must not be unmarshalled whole to show one fact. A table
# stores its records one after another, with their offsets and CRCs in a checksummed
# header; a record is read and checked on its own. A record that fails its check makes
# the table report corruption, and the caller falls back to the fact base itself.

TABLE_MAGIC = b"JZFT%d\n" % FORMAT


class CorruptCache(Exception):
    """A cached record failed its check after the table was opened."""


class Table:
    def __init__(
        self, fd: int, data_start: int, offsets: tuple[int, ...], checks: tuple[int, ...]
    ) -> None:
        import weakref

        self._fd = fd  # read with pread, closed when the table is collected
        self._data_start = data_start
        self._offsets = offsets  # len(records) + 1 boundaries, relative to data_start
        self._checks = checks
        weakref.finalize(self, os.close, fd)

    def __len__(self) -> int:
        return len(self._checks)

    def get(self, index: int) -> Any:
        start, end = self._offsets[index], self._offsets[index + 1]
        return self._decode(self._read(start, end - start), index)

    def all(self) -> list[Any]:
        data = self._read(0, self._offsets[-1])
        offsets = self._offsets
        return [self._decode(data[offsets[i] : offsets[i + 1]], i) for i in range(len(self))]

    def _read(self, start: int, length: int) -> bytes:
        try:
            return os.pread(self._fd, length, self._data_start + start)
        except (OSError, ValueError, OverflowError):
            raise CorruptCache(start) from None

    def _decode(self, blob: bytes, index: int) -> Any:
        from zlib import crc32

        expected = self._offsets[index + 1] - self._offsets[index]
        if len(blob) != expected or crc32(blob) != self._checks[index]:
            raise CorruptCache(index)
        try:
            return marshal.loads(blob)
        except (ValueError, EOFError, TypeError):
            raise CorruptCache(index) from None


def open_table(key: str, kind: str) -> Table | None:
    """The table stored under key/kind, or None for a miss of any sort.

    Layout: magic, the records, then a header (marshal: offsets and CRCs) and a
    40-byte trailer (blake2b of the header, the header's length) at the end, so that
    a table is written in one pass without holding its records in memory.
    """
    if _disabled:
        return None
    try:
        fd = os.open(os.path.join(directory(), f"{key}.{kind}"), os.O_RDONLY | _NONBLOCK)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size < len(TABLE_MAGIC) + 40:
            raise ValueError("not a table")
        if os.pread(fd, len(TABLE_MAGIC), 0) != TABLE_MAGIC:
            raise ValueError("not a table")
        trailer = os.pread(fd, 40, info.st_size - 40)
        length = int.from_bytes(trailer[32:], "little")
        start = info.st_size - 40 - length
        if start < len(TABLE_MAGIC):
            raise ValueError("bad trailer")
        header = os.pread(fd, length, start)
        if len(header) != length or blake2b(header, digest_size=32).digest() != trailer[:32]:
            raise ValueError("bad header")
        offsets, checks = marshal.loads(header)
        if not (isinstance(offsets, tuple) and isinstance(checks, tuple)):
            raise ValueError("bad header")
        if len(offsets) != len(checks) + 1 or offsets[-1] != start - len(TABLE_MAGIC):
            raise ValueError("bad header")
        return Table(fd, len(TABLE_MAGIC), offsets, checks)
    except (OSError, ValueError, EOFError, TypeError, OverflowError):
        os.close(fd)
        return None


def write_table(key: str, kind: str, records: Iterable[Any]) -> None:
    """Store records as a table, atomically, one record at a time; skipped silently
    when it cannot be written."""
    if _disabled:
        return
    from zlib import crc32

    def parts() -> Iterator[bytes]:
        offsets, checks = [0], []
        yield TABLE_MAGIC
        for record in records:
            blob = marshal.dumps(record)
            offsets.append(offsets[-1] + len(blob))
            checks.append(crc32(blob))
            yield blob
        header = marshal.dumps((tuple(offsets), tuple(checks)))
        yield header
        yield blake2b(header, digest_size=32).digest() + len(header).to_bytes(8, "little")

    try:
        _write_atomically(key, kind, parts())
    except (OSError, ValueError):
        return


def _write_atomically(key: str, kind: str, parts: Iterable[bytes]) -> None:
    import tempfile

    folder = directory()
    os.makedirs(folder, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part)
        os.replace(temp, os.path.join(folder, f"{key}.{kind}"))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
