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
from typing import Any

try:  # the builtin module: hashlib would load OpenSSL (2-3 ms of every start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import blake2b

from jzfacts import __version__

FORMAT = 1
MAGIC = b"JZFC%d\n" % FORMAT
CACHE_ENV = "JZFACTS_CACHE_DIR"
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no FIFOs to fear
_disabled = False


def disable() -> None:
    """--no-cache: neither read nor write the cache in this process."""
    global _disabled
    _disabled = True


def enabled() -> bool:
    return not _disabled


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
        import tempfile

        payload = marshal.dumps(value)
        folder = directory()
        os.makedirs(folder, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(MAGIC + blake2b(payload, digest_size=32).digest() + payload)
            os.replace(temp, os.path.join(folder, f"{key}.{kind}"))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except (OSError, ValueError):
        return
