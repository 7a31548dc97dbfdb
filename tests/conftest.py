"""Shared fixtures: every test gets its own cache directory and a clean environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
FACTS = DATA / "facts.yaml"
REPORT = DATA / "report.txt"

_CLEARED = (
    "JZFACTS_DATA",
    "JZFACTS_MAX_BYTES",
    "NO_COLOR",
    "JZFACTS_DEBUG",
    "COLUMNS",
    "XDG_CACHE_HOME",
)


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the session, warmed once (base, search index, pinyin readings):
    most tests are about answers, not about caching, and a cold start per test would
    make the suite slow. Tests about the cache point JZFACTS_CACHE_DIR elsewhere."""
    cache = tmp_path_factory.mktemp("jzfacts-cache")
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    env["JZFACTS_CACHE_DIR"] = str(cache)
    for args in (["search", "jiachun"], ["search", "甲醇"]):
        subprocess.run(
            [sys.executable, "-m", "jzfacts", *args], env=env, capture_output=True, check=False
        )
    return cache


@pytest.fixture(autouse=True)
def isolated_env(
    tmp_path: Path, shared_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A private cache directory per test, holding a copy of the warm session cache;
    no JZFACTS_* or colour settings leak in."""
    for name in _CLEARED:
        monkeypatch.delenv(name, raising=False)
    cache = tmp_path / "cache"
    shutil.copytree(shared_cache, cache)
    monkeypatch.setenv("JZFACTS_CACHE_DIR", str(cache))
    yield cache


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess: this one, cleaned, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    env.update(extra)
    return env


def run_cli(
    *args: str | bytes,
    input: bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 30,
    stdin: int | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m jzfacts ARGS` as a real process (pipes, exit codes, locales);
    arguments may be bytes (invalid UTF-8), stdin a file descriptor or DEVNULL."""
    return subprocess.run(
        [sys.executable, "-m", "jzfacts", *args],
        input=input,
        stdin=stdin if input is None else None,
        capture_output=True,
        env=cli_env() if env is None else env,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )
