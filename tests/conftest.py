"""Shared fixtures and the two ways the tests run jzfacts.

- ``invoke_cli(ARGS)`` runs the CLI in this process through ``cli.main``, the console
  script's own entry point (its usage-error and exit-code handling included), with
  stdout, stderr and stdin captured by Typer's ``CliRunner``. Use it unless a real
  process is what the test is about: it costs a millisecond, a process ~100 ms.
- ``run_cli(ARGS)`` starts ``python -m jzfacts ARGS``: for pipes, signals, locales and
  encodings, pseudo-terminals, shell completion, start-up imports and concurrent
  processes. ``run_many`` runs a batch of them side by side.

Both return a ``subprocess.CompletedProcess`` (returncode, stdout and stderr as bytes),
so a test can move from one to the other by changing one name. Every test gets its own
cache directory holding a warm cache (hard links to one kept intact, see isolated_env; a
module marked `engine` tests no CLI and gets none), and a clean environment.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

import pytest
import typer
import typer.testing
from hypothesis import settings
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
FACTS = DATA / "facts.yaml"
REPORT = DATA / "report.txt"
# A small base of every kind and several measures, for tests of the engine that do not
# need the curated base (see tests/data/mini/facts.yaml).
MINI = Path(__file__).resolve().parent / "data" / "mini" / "facts.yaml"

_CLEARED = (
    "JZFACTS_DATA",
    "JZFACTS_MAX_BYTES",
    "NO_COLOR",
    "JZFACTS_DEBUG",
    "COLUMNS",
    "XDG_CACHE_HOME",
)


def _command_once(build: Callable[[typer.Typer], Any]) -> Callable[[typer.Typer], Any]:
    """typer.main.get_command, kept per app: CliRunner.invoke turns the whole app (every
    command's signature and type hints) into a click command on every call, about 16 ms,
    more than most answers take. A click command is reusable (click apps are module-level
    objects); the key holds what get_command reads, so an app changed is built anew."""
    built: dict[tuple[object, ...], tuple[typer.Typer, Any]] = {}

    def command(app: typer.Typer) -> Any:
        key = (
            id(app),
            tuple(map(id, app.registered_commands)),
            tuple(map(id, app.registered_groups)),
            id(app.registered_callback),
            os.environ.get("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION"),
        )
        if key not in built:
            built[key] = (app, build(app))  # the app kept: its id is not reused
        return built[key][1]

    return command


typer.testing._get_command = _command_once(typer.testing._get_command)  # type: ignore[attr-defined]

# No test asserts a wall-clock bound, hypothesis' per-example deadline included: it
# fails on a loaded machine. Work is bounded by counting instead.
settings.register_profile("jzfacts", deadline=None)
settings.load_profile("jzfacts")


# The suites that search and ask thousands of cases, run first and side by side: xdist
# (worksteal) gives each worker a run of the tests in their order, so both go to one
# worker, whose base's look-ups (each term's scores, its readings, its reach) the one
# builds and the other reuses, instead of each worker building its own for one suite.
# The question-reading module's 1,900 questions join them there, on look-ups made warm.
_SUITES_FIRST = ("test_relevance_holdout.py", "test_ask_precision.py")
_RUN_FIRST = (*_SUITES_FIRST, "test_question_reading.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    items.sort(key=lambda item: item.path.name not in _RUN_FIRST)  # stable: else as found


_frozen_for: list[object] = [None]  # the test module whose survivors were last frozen


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """At each test module's first test, what is still alive (modules, the collected tests,
    the worker's base and the look-ups its index keeps, a suite's results) is frozen: the
    collector's full passes then walk only what was made since. They walked it all (~10^6
    objects in a worker by the end) some twenty times a run, 2-4 s of each worker's CPU.
    Garbage is collected first, so only live objects are frozen; what a test makes is
    collected as ever (gc.freeze leaves objects made later alone). The big suites' tests
    each grow the look-ups by thousands: frozen at each of their tests."""
    module = getattr(item, "module", None)
    if module is not _frozen_for[0] or item.path.name in _SUITES_FIRST:
        _frozen_for[0] = module
        gc.collect()
        gc.freeze()


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the session, warmed once (base, search index, pinyin readings):
    most tests are about answers, not about caching, and a cold start per test would
    make the suite slow. Tests about the cache point JZFACTS_CACHE_DIR elsewhere. Never
    handed to a test to write into: copy it (isolated_env links to a copy of it)."""
    cache = tmp_path_factory.mktemp("jzfacts-cache")
    with pytest.MonkeyPatch.context() as patch:
        for name in _CLEARED:
            patch.delenv(name, raising=False)
        patch.setenv("JZFACTS_CACHE_DIR", str(cache))
        for args in (["search", "jiachun"], ["search", "甲醇"]):
            invoke_cli(*args)
    return cache


_Stamp = dict[str, tuple[int, ...]]


def _stamp(folder: Path) -> _Stamp:
    """What any change to a file of `folder` changes: ctime moves on every write, chmod,
    chown, link and unlink, and cannot be set back; the rest in case two changes fall
    in one tick of the file system's clock."""
    stamp = {}
    for entry in os.scandir(folder):
        s = entry.stat(follow_symlinks=False)
        stamp[entry.name] = (s.st_ino, s.st_ctime_ns, s.st_mtime_ns, s.st_size, s.st_mode,
                             s.st_uid, s.st_gid, s.st_nlink)  # fmt: skip
    return stamp


@dataclass
class _LinkedCache:
    """The warm cache each test gets, as hard links to the files of `folder`, a copy of
    the session cache: a test's cache directory is its own (files it writes, renames or
    deletes are its own), but its files are the template's. A test that changed one in
    place (wrote into it, chmod) changed the template: the next test finds it changed
    and gets a template copied afresh. So each test starts from the warm cache exactly as
    with a copy per test, without writing 400 kB per test (1.5 GB a suite)."""

    source: Path
    folder: Path
    stamp: _Stamp = field(default_factory=dict)

    def link_into(self, cache: Path) -> None:
        if not self.stamp or _stamp(self.folder) != self.stamp:
            shutil.rmtree(self.folder, ignore_errors=True)
            shutil.copytree(self.source, self.folder)
        cache.mkdir()
        for entry in os.scandir(self.folder):
            os.link(entry.path, cache / entry.name, follow_symlinks=False)
        shutil.copystat(self.folder, cache)  # the directory's mode, as copytree gives it
        self.stamp = _stamp(self.folder)  # linking moved the ctimes


@pytest.fixture(scope="session")
def _linked_cache(shared_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> _LinkedCache:
    return _LinkedCache(shared_cache, tmp_path_factory.getbasetemp() / "jzfacts-cache-linked")


@pytest.fixture(scope="session")
def _cache_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The cache folders of tests that ask for no tmp_path, numbered (none made yet)."""
    root = tmp_path_factory.mktemp("test-caches")
    return (root / str(n) for n in itertools.count())


@pytest.fixture(autouse=True)
def isolated_env(
    request: pytest.FixtureRequest,
    _cache_folders: Iterator[Path],
    _linked_cache: _LinkedCache,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Path]:
    """A private cache directory per test, holding the warm session cache (as hard links:
    see _LinkedCache); no JZFACTS_* or colour settings leak in. It is tmp_path / "cache"
    in a test that uses tmp_path, elsewhere a fresh folder of its own: pytest's tmp_path
    costs about a millisecond a test (it lists every folder made so far), and most tests
    never use one."""
    for name in _CLEARED:
        monkeypatch.delenv(name, raising=False)
    if "tmp_path" in request.fixturenames:
        cache = request.getfixturevalue("tmp_path") / "cache"
    else:
        cache = next(_cache_folders)
    if request.node.get_closest_marker("engine") is None:
        _linked_cache.link_into(cache)
    # (else a folder of its own, never made: a test of the engine alone reads no cache, and
    # one that did would read a cold one of its own, never the user's. A folder and its
    # links cost ~0.4 ms a test, made and removed, for 2,000 such tests.)
    monkeypatch.setenv("JZFACTS_CACHE_DIR", str(cache))
    yield cache


@pytest.fixture(scope="session")
def report_base() -> Any:
    """The packaged base, loaded once a worker for the suites that only read it (search
    and ask over thousands of queries): the look-ups its search index builds as it goes
    (each word's reach, its near words, each term's score against each fact) serve every
    suite, not one module's. Search and ask are pure functions of the query and the base:
    those look-ups only remember (see test_a_kept_term_score_never_changes_a_result)."""
    from jzfacts import factbase, files

    # (No cache: a session fixture is made before any test's private cache is set, and a
    # test never reads or writes the user's.)
    return factbase.load(files.locate(None), use_cache=False)


@pytest.fixture
def cli_reads_report_base(report_base: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI in this process answers from the worker's one base (report_base) where it
    would load the packaged base: for modules about what ask and search answer, not about
    loading. Loading it from the test's cache at each run (~10 ms, and its search index's
    look-ups built anew for every question) was most of such a test's time. Everything
    else a run does (arguments, exit codes, rendering, stdout and stderr) is as it was; a
    run given another base (--data, JZFACTS_DATA) or no cache (--no-cache) loads as ever."""
    from jzfacts import cli

    load = cli._base

    def base() -> Any:
        options = cli._options()
        packaged = options.data is None and not os.environ.get("JZFACTS_DATA")
        cached = options.cache_dir.path is not None and options.cache_dir.note is None
        return report_base if packaged and cached else load()

    monkeypatch.setattr(cli, "_base", base)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def copy_base(folder: Path, source: Path = MINI, edit: Callable[[str], str] | None = None) -> Path:
    """A copy of a fact base (the mini one by default) and its report.txt in `folder`,
    its text passed through `edit`; returns the copy's facts.yaml."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(source.with_name("report.txt"), folder / "report.txt")
    text = source.read_text(encoding="utf-8")
    facts = folder / "facts.yaml"
    facts.write_text(edit(text) if edit is not None else text, encoding="utf-8")
    return facts


# --- in-process runs -------------------------------------------------------------------


@contextlib.contextmanager
def _working_directory(path: Path | None) -> Iterator[None]:
    if path is None:
        yield
        return
    before = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


@contextlib.contextmanager
def _stdin_from(data: bytes | None) -> Iterator[IO[str]]:
    """A real file as stdin (as `jzfacts < file` has): /dev/null when there is no input.

    CliRunner's own stdin is a BytesIO without a file descriptor, which the CLI reads as
    a closed stdin."""
    if data is None:
        with open(os.devnull, encoding="utf-8") as handle:
            yield handle
        return
    with tempfile.TemporaryFile() as raw:
        raw.write(data)
        raw.seek(0)
        with open(raw.fileno(), encoding="utf-8", closefd=False) as handle:
            yield handle


def invoke_cli(
    *args: str | bytes,
    input: bytes | None = None,
    env: Mapping[str, str | None] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """`jzfacts ARGS` in this process, through cli.main exactly as the console script
    runs it. `env` adds to the test's environment (None removes a variable); stdin is
    `input` (or /dev/null); bytes arguments are what a shell passes for invalid UTF-8."""
    from jzfacts import cli

    argv = [os.fsdecode(a) for a in args]
    with (
        _working_directory(cwd),
        CliRunner().isolation(env=env) as (stdout, stderr, _),
        _stdin_from(input) as stdin,
    ):
        saved_argv, saved_stdin = sys.argv, sys.stdin
        sys.argv, sys.stdin = ["jzfacts", *argv], stdin
        try:
            cli.main()
            code: Any = 0
        except SystemExit as exc:
            code = exc.code
        finally:
            sys.argv, sys.stdin = saved_argv, saved_stdin
            sys.stdout.flush()
            sys.stderr.flush()
        out, err = stdout.getvalue(), stderr.getvalue()
    returncode = code if isinstance(code, int) else (0 if code is None else 1)
    return subprocess.CompletedProcess(["jzfacts", *argv], returncode, out, err)


# --- real processes --------------------------------------------------------------------


def cli_env(**extra: str | None) -> dict[str, str]:
    """The environment for a child: this one, cleaned, plus `extra` (None removes)."""
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    for key, value in extra.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_cli(
    *args: str | bytes,
    input: bytes | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 60,
    stdin: int | None = None,
    command: tuple[str, ...] = (sys.executable, "-m", "jzfacts"),
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m jzfacts ARGS` as a real process (pipes, exit codes, locales).

    `env` is the child's whole environment (default: cli_env()); arguments may be bytes
    (invalid UTF-8); stdin is `input`, or the file descriptor `stdin`, or /dev/null, so
    that nothing can wait on the terminal. The timeout only stops a hang: it is generous
    and no test relies on it for speed."""
    return subprocess.run(
        [*command, *args],
        input=input,
        stdin=None if input is not None else (subprocess.DEVNULL if stdin is None else stdin),
        capture_output=True,
        env=dict(cli_env() if env is None else env),
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


def run_shell(
    command: str, env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`bash -c COMMAND` (pipelines, `$?`, completion scripts), as run_cli runs jzfacts."""
    return run_cli(env=env, cwd=cwd, command=("bash", "-c", command))


@dataclass(frozen=True)
class Call:
    """One real run of `python -m jzfacts ARGS`, for run_many."""

    args: tuple[str | bytes, ...]
    env: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    input: bytes | None = None
    cwd: Path | None = None

    @property
    def shown(self) -> str:
        words = [
            a.decode("utf-8", "backslashreplace") if isinstance(a, bytes) else a for a in self.args
        ]
        extra = " ".join(f"{k}={v}" for k, v in sorted(self.env.items()) if k in _SHOWN_ENV)
        return (extra + " " if extra else "") + "jzfacts " + " ".join(words)

    def run(self) -> subprocess.CompletedProcess[bytes]:
        return run_cli(*self.args, input=self.input, env=self.env or None, cwd=self.cwd)


_SHOWN_ENV = ("COLUMNS", "NO_COLOR", "TERM", "LC_ALL", "LANG", "PYTHONIOENCODING")

K = TypeVar("K")
R = TypeVar("R")


def side_by_side(jobs: Mapping[K, Callable[[], R]]) -> dict[K, R]:
    """Run independent jobs (each starts a process and waits for it) two per core at a
    time; results keyed like `jobs`."""
    workers = max(2, (os.cpu_count() or 2) * 2)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {key: pool.submit(job) for key, job in jobs.items()}
        return {key: future.result() for key, future in futures.items()}


def run_many(calls: Mapping[K, Call]) -> dict[K, subprocess.CompletedProcess[bytes]]:
    """Real processes side by side; results keyed like `calls`."""
    return side_by_side({key: call.run for key, call in calls.items()})
