"""A compiled cache of validated fact bases and their search indexes.

Keyed by the fact base's content (a hash of its bytes and this version of jzfacts), never
by timestamps. Files are written to a temporary file and renamed into place; anything
unreadable, corrupt, stale or untrusted is a miss: a cache can make an answer faster,
never different, and never makes it fail.

Trust. The records are ``marshal`` data, and marshal is not safe against crafted input
(a 31-byte record can crash the interpreter), so bytes reach ``marshal.loads`` only
- from a directory owned by the current user and writable by nobody else, opened once
  without following a symbolic link and then used only through that descriptor, so that
  nothing can swap it between the check and the use;
- from a regular file in it owned by the user, writable by nobody else, not a symbolic
  link, and no larger than the base could need (``Key.limit``);
- after a MAC check: blake2b keyed with a secret (``mac.key``, 0600, in that directory)
  over the file's name and payload, so that a file this cache did not write for this
  key and kind (planted, copied in, renamed) is a miss. The records of a table are
  checked by CRCs that the table's MAC covers.
A directory failing the checks turns the cache off for the run, and ``CacheDir.note``
says why, once, for the CLI to print. README ("The cache") gives the reasoning.
"""

from __future__ import annotations

import contextlib
import errno
import marshal
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

try:  # the builtin module: hashlib would load OpenSSL (2-3 ms of every start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import blake2b

from jzfacts import __version__

# The format of what is cached: bumped whenever a record changes shape (6: facts carry
# quote_en), so that a cache written by an older jzfacts is a miss and rebuilt, never read.
FORMAT = 6
MAGIC = b"JZFC%d\n" % FORMAT
TABLE_MAGIC = b"JZFT%d\n" % FORMAT
CACHE_ENV = "JZFACTS_CACHE_DIR"
MAC_FILE = "mac.key"
MAC_SIZE = 32
STALE_TEMP_SECONDS = 24 * 3600  # a temporary file this old is a killed writer's, wherever
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO in a file's place: a miss, not a hang
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# Checks need a user id and directory descriptors; without them (Windows) the cache is off.
SUPPORTED = hasattr(os, "geteuid") and os.open in os.supports_dir_fd and bool(_NOFOLLOW)


def digest(data: bytes) -> str:
    return blake2b(data, digest_size=20).hexdigest()


def content_key(data: bytes) -> str:
    """The cache key of a fact base: its bytes and this version of jzfacts."""
    return digest(data + f"\0jzfacts {__version__} cache {FORMAT}".encode())


def size_limit(base_size: int) -> int:
    """The largest cache file a base of `base_size` bytes could need. Measured: each file
    is at most about 1.2 times the YAML (bench/gen_facts.py bases; the pinyin of a name
    is at most 2.5 times its bytes); aliases are bounded by yamlread's budgets. Writers
    keep to the same limit, so a file above it is never ours."""
    return 16 * base_size + (16 << 20)


class Key(str):
    """A base's cache key (the hash its files are named by), bound to the directory that
    holds them and to the largest file the base could need. ``FactBase.key`` is one; an
    empty string means no cache (``--no-cache``, a base built in memory)."""

    cache: CacheDir
    limit: int

    def __new__(cls, value: str, cache: CacheDir, limit: int) -> Key:
        key = super().__new__(cls, value)
        key.cache = cache
        key.limit = limit
        return key


class CorruptCache(Exception):
    """A cached record failed its check after the table was opened."""


class _Refused(Exception):
    """The cache directory cannot be used; the message says why."""


class CacheDir:
    """The cache directory of one run: found from the environment, opened and checked on
    first use, then reached through its descriptor only. Off when it fails a check or a
    write fails; `note` then says why, once."""

    def __init__(self, path: str | None, note: str | None = None) -> None:
        self.path = path  # None: no cache (--no-cache, or no place for one)
        self.note = note  # why caching is off, for the CLI to say once; None when all is well
        self._fd: int | None = None
        self._opened = False
        self._off = path is None or not SUPPORTED
        self._mac: bytes | None = None
        self._written: list[str] = []  # files this run wrote, removed if a later write fails
        self._swept = False
        self._closer: Any = None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> CacheDir:
        """$JZFACTS_CACHE_DIR, else $XDG_CACHE_HOME/jzfacts, else $HOME/.cache/jzfacts.

        An empty or relative XDG_CACHE_HOME is ignored, as the XDG spec says; an empty or
        relative HOME (or none, and no passwd entry) leaves no place for a cache: off."""
        env = os.environ if environ is None else environ
        explicit = env.get(CACHE_ENV)
        if explicit:
            return cls(os.path.abspath(explicit))
        xdg = env.get("XDG_CACHE_HOME")
        if xdg and os.path.isabs(xdg):
            return cls(os.path.join(xdg, "jzfacts"))
        home = env.get("HOME")
        if home is None:
            home = _passwd_home()
        if not home or not os.path.isabs(home):
            why = "HOME is not set" if home is None else f"HOME is not an absolute path ({home!r})"
            return cls(None, f"not caching: {why}; set {CACHE_ENV} to a private directory")
        return cls(os.path.join(home, ".cache", "jzfacts"))

    @classmethod
    def disabled(cls) -> CacheDir:
        """--no-cache: no cache and nothing to say about it."""
        return cls(None)

    def key(self, data: bytes) -> Key | None:
        """The key of a base with these bytes, or None when there is no cache."""
        if self._off:
            return None
        return Key(content_key(data), self, size_limit(len(data)))

    def take_note(self) -> str | None:
        """The note to print, once: later calls return None."""
        note, self.note = self.note, None
        return note

    def close(self) -> None:
        """Close the directory (the CLI does after each command; else, when collected).
        Tables opened from it keep their own descriptors."""
        if self._fd is not None:
            if self._closer is not None:
                self._closer()
            else:  # interrupted between opening it and setting up its finalizer
                os.close(self._fd)
            self._fd = None

    # --- reading -------------------------------------------------------------------------

    def read(self, key: Key, kind: str) -> Any | None:
        """The object stored under key/kind, or None for a miss of any sort."""
        name = f"{key}.{kind}"
        mac = self._mac_key()
        blob = self._read_file(name, key.limit) if mac is not None else None
        if mac is None or blob is None:
            return None
        header = len(MAGIC) + MAC_SIZE
        if len(blob) < header or not blob.startswith(MAGIC):
            return None
        payload = blob[header:]
        if _mac(mac, name, payload) != blob[len(MAGIC) : header]:
            return None
        try:
            return marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            return None

    def open_table(self, key: Key, kind: str) -> Table | None:
        """The table stored under key/kind, or None for a miss of any sort.

        Layout: magic, the records, then a header (marshal: offsets and CRCs) and a
        40-byte trailer (the header's MAC, its length) at the end, so that a table is
        written in one pass without holding its records in memory."""
        name = f"{key}.{kind}"
        mac = self._mac_key()
        fd = self._open_file(name, key.limit) if mac is not None else None
        if mac is None or fd is None:
            return None
        try:
            size = os.fstat(fd).st_size
            if size < len(TABLE_MAGIC) + 40 or os.pread(fd, len(TABLE_MAGIC), 0) != TABLE_MAGIC:
                raise ValueError("not a table")
            trailer = os.pread(fd, 40, size - 40)
            length = int.from_bytes(trailer[32:], "little")
            start = size - 40 - length
            if start < len(TABLE_MAGIC):
                raise ValueError("bad trailer")
            header = os.pread(fd, length, start)
            if len(header) != length or _mac(mac, name, header) != trailer[:32]:
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

    def _read_file(self, name: str, limit: int) -> bytes | None:
        fd = self._open_file(name, limit)
        if fd is None:
            return None
        try:
            with open(fd, "rb", buffering=0) as handle:
                blob = handle.read(limit + 1)
        except (OSError, ValueError):
            return None
        return blob if blob is not None and len(blob) <= limit else None

    def _open_file(self, name: str, limit: int) -> int | None:
        """A descriptor of the cache file `name` if it is one we can trust, else None."""
        folder = self._directory()
        if folder is None:
            return None
        try:
            fd = os.open(name, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC, dir_fd=folder)
        except (OSError, ValueError):
            return None  # missing (a miss), a symbolic link (ELOOP), unreadable
        info = os.fstat(fd)
        problem = _untrusted(info, "file")
        if problem is None and info.st_size > limit:
            problem = f"is larger than this base could need ({limit:,} bytes)"
        if problem is None:
            return fd
        os.close(fd)
        if stat.S_ISREG(info.st_mode) and self.note is None:
            # Said once; the rebuild replaces the file (the directory is ours).
            self.note = f"ignored the cache file {os.path.join(str(self.path), name)}: it {problem}"
        return None

    # --- writing -------------------------------------------------------------------------

    def write(self, key: Key, kind: str, value: Any) -> bool:
        """Store value under key/kind; False (and caching off, with a note) on failure."""
        try:
            payload = marshal.dumps(value)
        except ValueError:
            return self._failed(f"cannot store the {kind} cache (unmarshallable)")
        name = f"{key}.{kind}"

        def parts(mac: bytes) -> Iterator[bytes]:
            yield MAGIC + _mac(mac, name, payload)
            yield payload

        return self._write(name, parts, key.limit)

    def write_table(self, key: Key, kind: str, records: Iterable[Any]) -> bool:
        """Store records as a table, one record at a time; False (and caching off, with
        a note) on failure."""
        from zlib import crc32

        name = f"{key}.{kind}"

        def parts(mac: bytes) -> Iterator[bytes]:
            offsets, checks = [0], []
            yield TABLE_MAGIC
            for record in records:
                blob = marshal.dumps(record)
                offsets.append(offsets[-1] + len(blob))
                checks.append(crc32(blob))
                yield blob
            header = marshal.dumps((tuple(offsets), tuple(checks)))
            yield header
            yield _mac(mac, name, header) + len(header).to_bytes(8, "little")

        return self._write(name, parts, key.limit)

    def _write(self, name: str, parts: Any, limit: int) -> bool:
        """Write a file atomically (a temporary file renamed into place). The first
        failure removes every file this run wrote (all or nothing) and turns caching off."""
        folder = self._directory()
        if folder is None:
            return False
        try:
            mac = self._mac_key(create=True)
            if mac is None:
                return self._failed(f"cannot write to {self.path}: no usable {MAC_FILE}")
            self._sweep(folder)
            _write_atomically(folder, name, parts(mac), limit)
        except _TooLarge:
            return self._failed(f"the cache of this base would exceed {limit:,} bytes a file")
        except OSError as exc:
            return self._failed(f"cannot write to {self.path}: {exc.strerror or exc}")
        except ValueError as exc:
            return self._failed(f"cannot write to {self.path}: {exc}")
        self._written.append(name)
        return True

    def _failed(self, why: str) -> bool:
        folder, self._off = self._fd, True
        if folder is not None:
            for name in self._written:
                with contextlib.suppress(OSError):
                    os.unlink(name, dir_fd=folder)
        self._written.clear()
        if self.note is None:
            self.note = f"not caching: {why}"
        return False

    def _sweep(self, folder: int) -> None:
        """Remove temporary files that writers killed mid-write left behind: those of a
        process of this host that is gone, and any older than a day. Done once a run, on
        the first write (a cold run), never on a warm one."""
        if self._swept:
            return
        self._swept = True
        import time

        host = _host()
        now = time.time()
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            for entry in entries:
                if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                    continue
                parts = entry.name.split(".")  # ours: .PID.HOST.RANDOM.tmp
                try:
                    ours = len(parts) == 5 and parts[2] == host and parts[1].isdigit()
                    gone = ours and not _alive(int(parts[1]))
                    if (
                        gone
                        or now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS
                    ):
                        os.unlink(entry.name, dir_fd=folder)
                except (OSError, ValueError):
                    continue

    # --- the directory and its key -------------------------------------------------------

    def _directory(self) -> int | None:
        """The directory's descriptor, opened and checked once; None when off."""
        if self._off:
            return None
        if not self._opened:
            import weakref  # before the descriptor exists: Ctrl-C in an import leaks nothing

            self._opened = True
            try:
                self._fd = _open_directory(str(self.path))
            except _Refused as exc:
                self._off = True
                self.note = f"not caching: {exc}"
            else:
                self._closer = weakref.finalize(self, os.close, self._fd)
        return self._fd

    def _mac_key(self, create: bool = False) -> bytes | None:
        """The secret MAC key (created by the first write); None if there is none yet."""
        if self._mac is not None:
            return self._mac
        folder = self._directory()
        if folder is None:
            return None
        fd = self._open_file(MAC_FILE, MAC_SIZE)  # checked like any cache file
        if fd is not None:
            self._mac = _key_from(fd)
        if self._mac is None and create:
            self._mac = _new_mac_key(folder)
        return self._mac


class _TooLarge(Exception):
    pass


def _mac(secret: bytes, name: str, payload: bytes) -> bytes:
    # The name binds a payload to its key and kind: a file renamed to another is a miss.
    mac = blake2b(name.encode() + b"\0", digest_size=32, key=secret)
    mac.update(payload)
    return mac.digest()


def _untrusted(info: os.stat_result, what: str) -> str | None:
    """Why a file or directory may not be trusted, or None."""
    kind = stat.S_ISDIR if what == "directory" else stat.S_ISREG
    if not kind(info.st_mode):
        return f"is not a {'directory' if what == 'directory' else 'regular file'}"
    user = os.geteuid()
    if info.st_uid != user:
        return f"is owned by uid {info.st_uid}, not by you (uid {user})"
    if info.st_mode & 0o022:
        who = "others" if info.st_mode & 0o002 else "its group"
        return f"is writable by {who} (mode {stat.S_IMODE(info.st_mode):04o})"
    return None


def _open_directory(path: str) -> int:
    """Open the cache directory without following a symbolic link, creating it (0700,
    whatever the umask) and missing parents (0700, as XDG asks) if need be."""
    flags = os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        try:
            _make_directories(path)
            fd = os.open(path, flags)
        except OSError as exc:
            raise _Refused(f"cannot create {path}: {exc.strerror or exc}") from None
    except OSError as exc:
        if os.path.islink(path):  # O_NOFOLLOW: ELOOP, or ENOTDIR with O_DIRECTORY
            raise _Refused(f"{path} is a symbolic link") from None
        if exc.errno == errno.ENOTDIR and os.path.lexists(path):
            raise _Refused(f"{path} is not a directory") from None
        if exc.errno == errno.ENOTDIR:
            raise _Refused(f"cannot create {path}: a parent is not a directory") from None
        raise _Refused(f"cannot open {path}: {exc.strerror or exc}") from None
    problem = _untrusted(os.fstat(fd), "directory")
    if problem is not None:
        os.close(fd)
        raise _Refused(f"{path} {problem}")
    return fd


def _make_directories(path: str) -> None:
    parent = os.path.dirname(path)
    if parent != path and not os.path.isdir(parent):
        _make_directories(parent)
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        return
    os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask; make sure, never wider


def _read_mac_key(folder: int) -> bytes | None:
    try:
        fd = os.open(MAC_FILE, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC, dir_fd=folder)
    except OSError:
        return None
    if _untrusted(os.fstat(fd), "file") is not None:
        os.close(fd)
        return None
    return _key_from(fd)


def _key_from(fd: int) -> bytes | None:
    """The secret in an opened, checked key file (closed here); None if others may read
    it (a new key then replaces it) or it is not a key."""
    try:
        if os.fstat(fd).st_mode & 0o077:
            return None
        secret = os.read(fd, MAC_SIZE + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return secret if len(secret) == MAC_SIZE else None


def _new_mac_key(folder: int) -> bytes:
    """A new secret, put in place atomically: if another process made one first, that one
    is used (hard link fails on an existing name); a bad one is replaced."""
    temp = _write_temp(folder, [os.urandom(MAC_SIZE)], MAC_SIZE)
    try:
        try:
            os.link(temp, MAC_FILE, src_dir_fd=folder, dst_dir_fd=folder)
        except FileExistsError:
            existing = _read_mac_key(folder)
            if existing is not None:
                return existing
            os.replace(temp, MAC_FILE, src_dir_fd=folder, dst_dir_fd=folder)
            temp = ""
    finally:
        if temp:
            with contextlib.suppress(OSError):
                os.unlink(temp, dir_fd=folder)
    secret = _read_mac_key(folder)
    if secret is None:
        raise OSError(f"{MAC_FILE} cannot be read back")
    return secret


def _write_atomically(folder: int, name: str, parts: Iterable[bytes], limit: int) -> None:
    temp = _write_temp(folder, parts, limit)
    try:
        os.replace(temp, name, src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp, dir_fd=folder)
        raise


def _write_temp(folder: int, parts: Iterable[bytes], limit: int) -> str:
    """A new 0600 file holding the parts, named .PID.HOST.RANDOM.tmp (for _sweep)."""
    temp = f".{os.getpid()}.{_host()}.{os.urandom(6).hex()}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
    fd = os.open(temp, flags, 0o600, dir_fd=folder)
    try:
        with open(fd, "wb") as handle:
            written = 0
            for part in parts:
                written += len(part)
                if written > limit:
                    raise _TooLarge
                handle.write(part)
    except BaseException:  # even SIGINT: leave no temporary file behind
        with contextlib.suppress(OSError):
            os.unlink(temp, dir_fd=folder)
        raise
    return temp


def _host() -> str:
    from zlib import crc32

    return f"{crc32(os.uname().nodename.encode()):08x}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def _passwd_home() -> str | None:
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_dir or None
    except (ImportError, KeyError):
        return None


# --- tables: records read one at a time ------------------------------------------------------
#
# A large base (10^5 facts) must not be unmarshalled whole to show one fact. A table
# stores its records one after another, with their offsets and CRCs in a header its MAC
# covers; a record is read and checked on its own. A record that fails its check makes
# the table report corruption, and the caller falls back to the fact base itself.


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
        except (OSError, ValueError, OverflowError, TypeError):
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


# --- what search.py calls: the key knows its directory ---------------------------------------


def read(key: str, kind: str) -> Any | None:
    return key.cache.read(key, kind) if isinstance(key, Key) else None


def open_table(key: str, kind: str) -> Table | None:
    return key.cache.open_table(key, kind) if isinstance(key, Key) else None


def write(key: str, kind: str, value: Any) -> None:
    if isinstance(key, Key):
        key.cache.write(key, kind, value)


def write_table(key: str, kind: str, records: Iterable[Any]) -> None:
    if isinstance(key, Key):
        key.cache.write_table(key, kind, records)
