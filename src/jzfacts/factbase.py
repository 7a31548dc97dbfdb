"""Loading the fact base: from the cache when it is current, else validated from YAML.

This is the path every command takes, so it imports little: YAML parsing and
validation (``loader``) are imported only when the cache misses; how a base is kept in
the cache is ``cachestore``'s business, where files live and whom to trust ``cache``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from jzfacts.errors import DataError, InvalidFactBase
from jzfacts.files import Location, read_bytes
from jzfacts.model import FactBase, FactStore

if TYPE_CHECKING:
    from jzfacts.cache import CacheDir


def load(location: Location, use_cache: bool = True, cache_dir: CacheDir | None = None) -> FactBase:
    """The validated fact base at `location`, from the cache when it is current.

    `cache_dir` is the run's cache (the CLI passes one, and prints its note); without
    one, the environment says where the cache is."""
    data = read_bytes(location.path, location.shown)
    key = None
    if use_cache:
        from jzfacts import cachestore
        from jzfacts.cache import CacheDir
        from jzfacts.cache import content_key as cache_key

        key = (cache_dir if cache_dir is not None else CacheDir.from_environment()).key(data)
        if key is not None:
            # A regular file is read again if a cache record turns out corrupt, rather
            # than its bytes held for the whole run (50 MB for 10^5 facts); a pipe
            # (--data <(…)) cannot be read twice, so its bytes are kept.
            kept = None if _regular(location.path) else data

            def fallback() -> FactStore:
                if kept is not None:
                    return _validated(location, kept)._store
                again = read_bytes(location.path, location.shown)
                if cache_key(again) != key:
                    # Facts read so far, and the search index, are of the base as it was.
                    raise DataError(f"{location.shown}: changed while jzfacts was reading it")
                return _validated(location, again)._store

            cached = cachestore.load(location, key, fallback)
            if cached is not None:
                return cached
    base = _validated(location, data)
    if key is not None:
        base.key = key  # the search index is cached under it too
        cachestore.store(base, key)
    return base


def _regular(path: str) -> bool:
    import os
    import stat

    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _validated(location: Location, data: bytes) -> FactBase:
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
    return base
