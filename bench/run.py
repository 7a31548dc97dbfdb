#!/usr/bin/env python3
"""The jzfacts benchmark: start-up goals against baselines, and how a base scales.

    python bench/run.py                      # every goal, scale at 1,000 / 10,000 / 100,000 facts
    python bench/run.py --smoke              # CI: N = 1,000 only, 3 runs; checks the script works
    python bench/run.py --scale 1000,10000   # which sizes to measure
    python bench/run.py --runs 30 --json out.json --strict

Each goal runs its baseline and its subject alternately (baseline, subject, baseline,
subject, ...) and compares the medians; see bench/README.md. Everything runs with a
private, temporary JZFACTS_CACHE_DIR. Only the standard library is used.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from terminal import display_width, run_on_terminal

HERE = Path(__file__).resolve().parent
DEFAULT_SCALE = (1_000, 10_000, 100_000)
GOAL_N = 100_000  # goal 4's limits apply at this size
SEARCH_WORD = "甲醇"
PINYIN_WORD = "jiachun"
DEFAULT_CAP = 64 * 1024 * 1024  # jzfacts' default JZFACTS_MAX_BYTES
TTY_SIZE = (40, 120)  # rows, columns of the pseudo-terminal

# Variables that would change what the subject does; the benchmark sets its own.
# PYTHONDONTWRITEBYTECODE goes too: with it, a module edited since its .pyc was written
# is compiled from source on every run, which is not what a user's install does.
CLEARED_ENV = (
    "JZFACTS_DATA",
    "JZFACTS_MAX_BYTES",
    "JZFACTS_CACHE_DIR",
    "JZFACTS_DEBUG",
    "NO_COLOR",
    "FORCE_COLOR",
    "COLUMNS",
    "LINES",
    "XDG_CACHE_HOME",
    "PYTHONPROFILEIMPORTTIME",
    "PYTHONTRACEMALLOC",
    "PYTHONDONTWRITEBYTECODE",
)


# --- running one process -------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    rss_kb: int  # the child's own peak resident set
    rc: int
    output: bytes = b""
    error: bytes = b""


class Spawner:
    """Starts children and measures each one's wall time and peak RSS.

    ru_maxrss of a child (from os.wait4 or RUSAGE_CHILDREN) is never below the RSS its
    parent had when it forked: Linux carries the pre-exec high-water mark across exec.
    So when GNU time is present, each child is started as ``/usr/bin/time -f %M -o FILE
    cmd``: time is a ~1 MB C program, and %M is its child's own peak. That adds about a
    millisecond of exec to every run, baseline and subject alike. Without GNU time, the
    RSS is wait4's, floored at this process's RSS (reported as ``rss_floor_kb``).
    """

    def __init__(self, work: Path) -> None:
        self.rss_file = work / "rss.txt"
        self.wrapper: list[str] | None = None
        time_bin = Path("/usr/bin/time")
        if time_bin.is_file() and os.access(time_bin, os.X_OK):
            candidate = [str(time_bin), "-f", "%M", "-o", str(self.rss_file)]
            with contextlib.suppress(OSError, subprocess.SubprocessError, ValueError):
                subprocess.run(
                    [*candidate, sys.executable, "-c", "pass"],
                    check=True,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                if int(self.rss_file.read_text().split()[-1]) > 0:
                    self.wrapper = candidate

    @property
    def method(self) -> str:
        if self.wrapper:
            return "GNU time %M (the child's own peak RSS)"
        return f"os.wait4 ru_maxrss (floored at the benchmark's own RSS, {mb(self_rss_kb())})"

    def run(
        self, cmd: Sequence[str], env: dict[str, str], tty: bool = False, keep_output: bool = False
    ) -> Run:
        """Run cmd once: wall time from spawn to reaped, and its peak RSS.

        With tty, the child's stdin/stdout/stderr are a pseudo-terminal (120x40) whose
        output is read and discarded (kept with keep_output).
        """
        full = [*self.wrapper, *cmd] if self.wrapper else list(cmd)
        if self.wrapper:
            self.rss_file.write_bytes(b"")
        if tty:
            seconds, rss, rc, output, error = _spawn_tty(full, env, keep_output)
        else:
            seconds, rss, rc, output, error = _spawn(full, env, keep_output)
        if self.wrapper:
            # "Command exited with non-zero status N" may come before the number.
            with contextlib.suppress(OSError, ValueError, IndexError):
                rss = int(self.rss_file.read_text().split()[-1])
        return Run(seconds, rss, rc, output, error)


def self_rss_kb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _spawn(
    cmd: list[str], env: dict[str, str], keep_output: bool
) -> tuple[float, int, int, bytes, bytes]:
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=out if keep_output else subprocess.DEVNULL,
            stderr=err,
            env=env,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (
            seconds,
            usage.ru_maxrss,
            proc.returncode,
            out.read() if keep_output else b"",
            err.read(),
        )


def _spawn_tty(
    cmd: list[str], env: dict[str, str], keep_output: bool
) -> tuple[float, int, int, bytes, bytes]:
    # stdin, stdout and stderr on the terminal: what the user sees is what is timed.
    done = run_on_terminal(cmd, env, rows=TTY_SIZE[0], cols=TTY_SIZE[1])
    output = done.stdout if keep_output else b""
    error = done.stdout if done.returncode else b""
    return done.seconds, done.rss_kb, done.returncode, output, error


_spawner: Spawner | None = None


def run_once(
    cmd: Sequence[str], env: dict[str, str], tty: bool = False, keep_output: bool = False
) -> Run:
    assert _spawner is not None, "main() sets up the spawner"
    return _spawner.run(cmd, env, tty, keep_output)


class CommandFailed(RuntimeError):
    pass


def check(run: Run, cmd: Sequence[str], expect: bytes | None = None) -> Run:
    if run.rc != 0:
        tail = (run.error or run.output).decode("utf-8", "replace").strip().splitlines()[-3:]
        raise CommandFailed(f"{_show(cmd)} exited {run.rc}: {' | '.join(tail)}")
    if expect is not None and expect not in run.output:
        raise CommandFailed(f"{_show(cmd)}: output lacks {expect.decode()!r}")
    return run


def _show(cmd: Sequence[str]) -> str:
    return " ".join(
        Path(c).name if i == 0 else (f"'{c}'" if " " in c else c) for i, c in enumerate(cmd)
    )


# --- statistics and formatting ---------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def spread(values: Sequence[float]) -> float:
    """Half the interquartile range (0 for fewer than 4 values)."""
    if len(values) < 4:
        return 0.0
    q = statistics.quantiles(values, n=4)
    return (q[2] - q[0]) / 2


def secs(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "-"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def mb(kb: float | None) -> str:
    return "-" if kb is None else f"{kb / 1024:.1f} MB"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A markdown pipe table, padded so it also reads as plain text."""
    widths = [max(display_width(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return (
            "| "
            + " | ".join(
                str(c) + " " * (w - display_width(str(c)))
                for c, w in zip(cells, widths, strict=True)
            )
            + " |"
        )

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


# --- the environment ----------------------------------------------------------------------------


def jzfacts_command() -> list[str]:
    """The console script installed next to this Python, as a user runs it."""
    beside = Path(sys.executable).parent / "jzfacts"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("jzfacts")
    if found:
        return [found]
    return [sys.executable, "-m", "jzfacts"]


def child_env(cache_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in CLEARED_ENV}
    env["JZFACTS_CACHE_DIR"] = str(cache_dir)
    env.setdefault("TERM", "xterm-256color")
    env.update(extra)
    return env


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "?"
    mem = "?"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
                break
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    versions = {}
    for package in ("jzfacts", "typer", "rich", "pyyaml", "rapidfuzz", "pypinyin"):
        try:
            from importlib.metadata import version

            versions[package] = version(package)
        except Exception:
            versions[package] = "?"
    return {
        "nproc": usable,
        "cpu_count": os.cpu_count(),
        "cpu": cpu,
        "memory": mem,
        "python": platform.python_version(),
        "python_executable": sys.executable,
        "platform": platform.platform(),
        "loadavg": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "versions": versions,
    }


# --- goals 1, 2, 3 and 5: paired runs against a baseline ----------------------------------------


@dataclass
class Goal:
    id: str
    what: str
    kind: str  # "ratio" (subject / baseline medians) or "rss" (subject peak, MB)
    limit: float
    subject: list[str]
    baseline: list[str] | None = None
    baseline_name: str = ""
    tty: bool = False
    expect: bytes | None = None


@dataclass
class GoalResult:
    id: str
    what: str
    kind: str
    limit: float
    status: str  # PASS, FAIL, SKIP, ERROR
    subject_median: float | None = None
    baseline_median: float | None = None
    ratio: float | None = None
    value: float | None = None  # rss goals: MB; goal 4: seconds or MB
    subject_spread: float | None = None
    baseline_spread: float | None = None
    subject_rss_kb: int | None = None
    baseline_rss_kb: int | None = None
    runs: int = 0
    subject_times: list[float] = field(default_factory=list)
    baseline_times: list[float] = field(default_factory=list)
    note: str = ""


def goals(jz: list[str]) -> list[Goal]:
    py = sys.executable
    typer = [py, "-c", "import typer"]
    nothing = [py, "-c", "pass"]
    show_json = [*jz, "show", "gdp", "--format", "json"]
    return [
        Goal(
            "1",
            "show gdp --format json vs python -c 'import typer'",
            "ratio",
            1.25,
            show_json,
            typer,
            "import typer",
            expect=b'"gdp"',
        ),
        Goal(
            "1",
            "show gdp --format json vs python -c pass",
            "ratio",
            8.0,
            show_json,
            nothing,
            "python -c pass",
            expect=b'"gdp"',
        ),
        Goal(
            "2",
            f"search {SEARCH_WORD} --format json vs import typer",
            "ratio",
            1.6,
            [*jz, "search", SEARCH_WORD, "--format", "json"],
            typer,
            "import typer",
            expect=b'"score"',
        ),
        Goal(
            "2",
            f"search {PINYIN_WORD} --format json (pinyin, cache built) vs import typer",
            "ratio",
            1.6,
            [*jz, "search", PINYIN_WORD, "--format", "json"],
            typer,
            "import typer",
            expect=b'"score"',
        ),
        Goal(
            "3",
            "show gdp on a terminal (rich card) vs import typer on a terminal",
            "ratio",
            2.0,
            [*jz, "show", "gdp"],
            typer,
            "import typer (tty)",
            tty=True,
            expect=b"143",
        ),
        Goal(
            "5",
            "show gdp peak RSS, piped (TSV)",
            "rss",
            40.0,
            [*jz, "show", "gdp"],
            typer,
            "import typer",
            expect=b"143",
        ),
        Goal(
            "5",
            "show gdp peak RSS, on a terminal (rich card)",
            "rss",
            40.0,
            [*jz, "show", "gdp"],
            typer,
            "import typer (tty)",
            tty=True,
            expect=b"143",
        ),
    ]


def measure_goal(goal: Goal, env: dict[str, str], runs: int, log: Any) -> GoalResult:
    result = GoalResult(goal.id, goal.what, goal.kind, goal.limit, "ERROR", runs=runs)
    try:
        # Warm the cache (base, search index, pinyin) and the OS's file cache, and check
        # that the subject does what it should.
        check(run_once(goal.subject, env, goal.tty, keep_output=True), goal.subject)
        check(run_once(goal.subject, env, goal.tty, keep_output=True), goal.subject, goal.expect)
        if goal.baseline:
            check(run_once(goal.baseline, env, goal.tty), goal.baseline)
        subject_runs: list[Run] = []
        baseline_runs: list[Run] = []
        for _ in range(runs):
            if goal.baseline:
                baseline_runs.append(check(run_once(goal.baseline, env, goal.tty), goal.baseline))
            subject_runs.append(check(run_once(goal.subject, env, goal.tty), goal.subject))
    except CommandFailed as exc:
        result.note = str(exc)
        log(f"  goal {goal.id}: ERROR {exc}")
        return result
    result.subject_times = [r.seconds for r in subject_runs]
    result.baseline_times = [r.seconds for r in baseline_runs]
    result.subject_median = median(result.subject_times)
    result.subject_spread = spread(result.subject_times)
    result.subject_rss_kb = max(r.rss_kb for r in subject_runs)
    if baseline_runs:
        result.baseline_median = median(result.baseline_times)
        result.baseline_spread = spread(result.baseline_times)
        result.baseline_rss_kb = max(r.rss_kb for r in baseline_runs)
    if goal.kind == "ratio":
        assert result.baseline_median
        result.ratio = result.subject_median / result.baseline_median
        result.status = "PASS" if result.ratio <= goal.limit else "FAIL"
    else:
        result.value = result.subject_rss_kb / 1024
        result.status = "PASS" if result.value <= goal.limit else "FAIL"
    log(f"  goal {goal.id}: {goal.what}: {_goal_cells(result)[2:6]}")
    return result


# --- goal 4: scale ------------------------------------------------------------


@dataclass
class Measure:
    median: float | None = None
    spread: float | None = None
    rss_kb: int | None = None
    runs: int = 0
    times: list[float] = field(default_factory=list)


@dataclass
class ScaleResult:
    n: int
    facts_bytes: int = 0
    report_bytes: int = 0
    generate_seconds: float | None = None
    first: Measure = field(default_factory=Measure)
    warm_show: Measure = field(default_factory=Measure)
    cold_search: Measure = field(default_factory=Measure)
    warm_search: Measure = field(default_factory=Measure)
    cold_pinyin: Measure = field(default_factory=Measure)
    warm_pinyin: Measure = field(default_factory=Measure)
    cache_bytes: dict[str, int] = field(default_factory=dict)
    error: str = ""

    def peak_rss_kb(self) -> int | None:
        values = [m.rss_kb for m in self.measures().values() if m.rss_kb is not None]
        return max(values) if values else None

    def measures(self) -> dict[str, Measure]:
        return {
            "first run": self.first,
            "warm show": self.warm_show,
            "cold search": self.cold_search,
            "warm search": self.warm_search,
            "cold pinyin": self.cold_pinyin,
            "warm pinyin": self.warm_pinyin,
        }


def generate_base(n: int, folder: Path, log: Any) -> tuple[Path, float | None]:
    """The base of n facts in folder, generated unless an identical one is there already."""
    gen_source = (HERE / "gen_facts.py").read_bytes()
    stamp = json.dumps({"n": n, "generator": hashlib.sha256(gen_source).hexdigest()})
    marker = folder / "generated.json"
    facts = folder / "facts.yaml"
    if marker.is_file() and marker.read_text() == stamp and facts.is_file():
        log(f"  N={n:,}: reusing {facts}")
        return facts, None
    # In a child process, so that this one stays small (see Spawner on RSS).
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / "gen_facts.py"), str(n), str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise CommandFailed(
            f"gen_facts.py {n} failed: {done.stderr.decode('utf-8', 'replace').strip()[-300:]}"
        )
    marker.write_text(stamp)
    log(f"  N={n:,}: generated in {secs(seconds)} ({facts.stat().st_size / 1e6:.1f} MB)")
    return facts, seconds


def _repeat(cmd: list[str], env: dict[str, str], times: int, before: Any = None) -> Measure:
    runs = []
    for _ in range(times):
        if before is not None:
            before()
        runs.append(check(run_once(cmd, env), cmd))
    values = [r.seconds for r in runs]
    return Measure(median(values), spread(values), max(r.rss_kb for r in runs), len(runs), values)


def _remove(folder: Path, *suffixes: str) -> None:
    for suffix in suffixes:
        for path in folder.glob(f"*{suffix}"):
            path.unlink()


def measure_scale(
    n: int,
    bases: Path,
    work: Path,
    jz: list[str],
    runs: int,
    cold_runs: int,
    pinyin: bool,
    log: Any,
) -> ScaleResult:
    result = ScaleResult(n)
    folder = bases / f"n{n}"
    try:
        facts, result.generate_seconds = generate_base(n, folder, log)
        result.facts_bytes = facts.stat().st_size
        result.report_bytes = (folder / "report.txt").stat().st_size
        extra = {}
        if result.facts_bytes > DEFAULT_CAP:
            extra["JZFACTS_MAX_BYTES"] = str(2 * result.facts_bytes)
        data = ["--data", str(facts)]
        show = [*jz, *data, "show", "gdp", "--format", "json"]
        search = [*jz, *data, "search", SEARCH_WORD, "--format", "json"]
        pinyin_search = [*jz, *data, "search", PINYIN_WORD, "--format", "json"]
        # First run: parse + validate + index, into an empty cache each time.
        first = []
        for k in range(cold_runs):
            cache = work / f"cache-n{n}-{k}"
            shutil.rmtree(cache, ignore_errors=True)
            first.append(check(run_once(show, child_env(cache, **extra)), show))
            if k < cold_runs - 1:
                shutil.rmtree(cache, ignore_errors=True)
        values = [r.seconds for r in first]
        peak = max(r.rss_kb for r in first)
        result.first = Measure(median(values), spread(values), peak, len(first), values)
        say = lambda what, m: log(f"  N={n:,}: {what} {secs(m.median)}, {mb(m.rss_kb)}")  # noqa: E731
        say("first run", result.first)
        env = child_env(cache, **extra)  # the last cold run's cache: the base is compiled
        check(run_once(show, env, keep_output=True), show, b'"gdp"')
        result.warm_show = _repeat(show, env, runs)
        say("warm show", result.warm_show)
        result.cold_search = _repeat(
            search, env, cold_runs, lambda: _remove(cache, ".rows*", ".text*", ".pinyin*")
        )
        say("cold search", result.cold_search)
        check(run_once(search, env, keep_output=True), search, b'"score"')
        result.warm_search = _repeat(search, env, runs)
        say("warm search", result.warm_search)
        if pinyin:
            result.cold_pinyin = _repeat(
                pinyin_search, env, cold_runs, lambda: _remove(cache, ".pinyin*")
            )
            say("cold pinyin search", result.cold_pinyin)
            check(run_once(pinyin_search, env, keep_output=True), pinyin_search, b'"score"')
            result.warm_pinyin = _repeat(pinyin_search, env, runs)
            say("warm pinyin search", result.warm_pinyin)
        result.cache_bytes = {
            p.suffix.lstrip("."): p.stat().st_size
            for p in cache.iterdir()
            if not p.name.startswith(".")
        }
    except CommandFailed as exc:
        result.error = str(exc)
        log(f"  N={n:,}: ERROR {exc}")
    return result


SCALE_GOALS = (  # (label, measure attribute or "peak", limit, unit)
    ("first run (cold cache)", "first", 20.0, "s"),
    ("warm show gdp --format json", "warm_show", 0.3, "s"),
    (f"warm search {SEARCH_WORD} --format json", "warm_search", 1.0, "s"),
    ("peak RSS, any of the above", "peak", 500.0, "MB"),
)


def scale_goal_results(scale: list[ScaleResult]) -> list[GoalResult]:
    at = next((s for s in scale if s.n == GOAL_N and not s.error), None)
    largest = max((s for s in scale if not s.error), key=lambda s: s.n, default=None)
    shown = at or largest
    out = []
    for label, attr, limit, unit in SCALE_GOALS:
        what = f"N={GOAL_N:,}: {label}"
        result = GoalResult("4", what, "scale-" + unit, limit, "SKIP")
        if shown is None:
            result.note = "not measured"
        else:
            if attr == "peak":
                rss = shown.peak_rss_kb()
                value = None if rss is None else rss / 1024
            else:
                value = getattr(shown, attr).median
            result.value = value
            if at is None:
                result.note = f"N={GOAL_N:,} not measured; shown at N={shown.n:,}"
            elif value is not None:
                result.status = "PASS" if value <= limit else "FAIL"
        out.append(result)
    return out


# --- the report ----------------------------------------------------------------------------------


def _goal_cells(r: GoalResult) -> list[str]:
    if r.kind == "ratio":
        measured = f"{secs(r.subject_median)} vs {secs(r.baseline_median)}"
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}x"
        limit = f"<= {r.limit:g}x"
    elif r.kind == "rss":
        base = f" (baseline {mb(r.baseline_rss_kb)})" if r.baseline_rss_kb else ""
        measured = f"{mb(r.subject_rss_kb)}{base}"
        ratio = "-"
        limit = f"<= {r.limit:g} MB"
    elif r.kind == "scale-s":
        measured = secs(r.value)
        ratio, limit = "-", f"<= {secs(r.limit)}"
    else:
        measured = "-" if r.value is None else f"{r.value:.1f} MB"
        ratio, limit = "-", f"<= {r.limit:g} MB"
    status = r.status + (f" ({r.note})" if r.note and r.status in ("SKIP", "ERROR") else "")
    return [r.id, r.what, measured, ratio, limit, status]


def _growth(scale: list[ScaleResult]) -> list[dict[str, Any]]:
    ok = sorted((s for s in scale if not s.error), key=lambda s: s.n)
    if len(ok) < 2:
        return []
    lo, hi = ok[0], ok[-1]
    factor_n = hi.n / lo.n
    out = []
    for name in lo.measures():
        a, b = lo.measures()[name], hi.measures()[name]
        for what, x, y in (("time", a.median, b.median), ("RSS", a.rss_kb, b.rss_kb)):
            if not x or not y:
                continue
            factor = y / x
            steps = [
                getattr(s.measures()[name], "median" if what == "time" else "rss_kb") or 0
                for s in ok
            ]
            # The last step's slope: at small N a fixed start-up cost hides the growth.
            last = (
                math.log(steps[-1] / steps[-2]) / math.log(ok[-1].n / ok[-2].n)
                if len(ok) > 2 and steps[-1] and steps[-2]
                else None
            )
            out.append(
                {
                    "measure": name,
                    "of": what,
                    "from_n": lo.n,
                    "to_n": hi.n,
                    "low": x,
                    "high": y,
                    "factor": factor,
                    "slope": math.log(factor) / math.log(factor_n),
                    "last_slope": last,
                    "steps": steps,
                }
            )
    return out


def report(
    info: dict[str, Any],
    settings: dict[str, Any],
    goal_rows: list[GoalResult],
    scale: list[ScaleResult],
) -> str:
    lines = [
        "jzfacts benchmark",
        f"machine: {info['nproc']} usable CPUs (nproc; os.cpu_count {info['cpu_count']}), "
        f"{info['cpu']}, {info['memory']} RAM; "
        f"load average at start {tuple(round(x, 2) for x in info['loadavg'] or ())}",
        f"python {info['python']} ({info['python_executable']}); "
        + ", ".join(f"{k} {v}" for k, v in info["versions"].items()),
        f"settings: {settings['runs']} paired runs per goal (median), scale sizes "
        f"{', '.join(f'{n:,}' for n in settings['scale']) or 'none'}, "
        f"{settings['scale_runs']} warm / "
        f"{settings['cold_runs']} cold runs per scale measure",
        f"peak RSS: {settings.get('rss_method', '?')}",
        "",
        "Goals (ratio = median subject / median baseline, runs alternated baseline, subject, ...)",
        "",
        table(
            ["goal", "what", "measured (subject vs baseline)", "ratio", "limit", "status"],
            [_goal_cells(r) for r in goal_rows],
        ),
    ]
    if scale:
        lines += [
            "",
            "Scale (synthetic bases from bench/gen_facts.py; median time; "
            "peak RSS of all runs at that N)",
            "",
        ]
        headers = [
            "N",
            "facts.yaml",
            "first run",
            "warm show",
            "cold search",
            "warm search",
            "cold pinyin",
            "warm pinyin",
            "peak RSS",
        ]
        rows = []
        for s in scale:
            if s.error:
                rows.append(
                    [f"{s.n:,}", f"{s.facts_bytes / 1e6:.1f} MB", f"ERROR: {s.error}", *[""] * 6]
                )
                continue
            rows.append(
                [
                    f"{s.n:,}",
                    f"{s.facts_bytes / 1e6:.1f} MB",
                    *(secs(m.median) for m in s.measures().values()),
                    mb(s.peak_rss_kb()),
                ]
            )
        lines.append(table(headers, rows))
        lines += ["", "Scale: peak RSS of each measure", ""]
        rss_rows = [
            [f"{s.n:,}", *(mb(m.rss_kb) for m in s.measures().values())]
            for s in scale
            if not s.error
        ]
        lines.append(table(["N", *scale[0].measures().keys()], rss_rows))
        growth = _growth(scale)
        if growth:
            lo, hi = growth[0]["from_n"], growth[0]["to_n"]
            lines += [
                "",
                f"Growth from N={lo:,} to N={hi:,} (x{hi / lo:g} facts; slope 1.0 = linear)",
                "",
            ]
            grows = []
            for g in growth:
                fmt = secs if g["of"] == "time" else mb
                grows.append(
                    [
                        g["measure"],
                        g["of"],
                        " -> ".join(fmt(v) for v in g["steps"]),
                        f"x{g['factor']:.1f}",
                        f"{g['slope']:.2f}",
                        "-" if g["last_slope"] is None else f"{g['last_slope']:.2f}",
                    ]
                )
            headers = ["measure", "of", "by N", "factor", "slope", "slope, last step"]
            lines.append(table(headers, grows))
    failed = [r for r in goal_rows if r.status in ("FAIL", "ERROR")]
    lines += [
        "",
        f"{len(goal_rows) - len(failed)} of {len(goal_rows)} goal rows pass or are skipped; "
        f"{len(failed)} fail"
        + (": " + ", ".join(f"{r.id} ({r.what})" for r in failed) if failed else ""),
    ]
    return "\n".join(lines)


# --- main ------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmark jzfacts against its performance goals.")
    parser.add_argument(
        "--runs", type=int, default=None, help="paired runs per goal (default 20; 3 with --smoke)"
    )
    parser.add_argument(
        "--scale",
        default=None,
        help="comma-separated base sizes, e.g. 1000,10000,100000 (the default; "
        "1000 with --smoke; '' for none)",
    )
    parser.add_argument(
        "--scale-runs",
        type=int,
        default=None,
        help="warm runs per scale measure (default 10; --runs with --smoke)",
    )
    parser.add_argument(
        "--cold-runs",
        type=int,
        default=None,
        help="cold runs per scale measure (default 3; 1 with --smoke)",
    )
    parser.add_argument(
        "--no-pinyin-scale", action="store_true", help="skip the pinyin search at scale"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="N=1,000 only, 3 runs: checks the script works (CI)"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="save the results as JSON")
    parser.add_argument(
        "--bases",
        type=Path,
        metavar="DIR",
        help="generate the scale bases here and reuse them on later runs "
        "(default: a temporary directory)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 if any goal fails")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    args = parser.parse_args(argv)
    if args.runs is None:
        args.runs = 3 if args.smoke else 20
    if args.scale is None:
        args.scale = "1000" if args.smoke else ",".join(str(n) for n in DEFAULT_SCALE)
    try:
        args.scale = [int(x.replace("_", "")) for x in args.scale.split(",") if x.strip()]
    except ValueError:
        parser.error("--scale takes comma-separated whole numbers, e.g. 1000,10000,100000")
    if any(n < 1 for n in args.scale):
        parser.error("--scale sizes must be at least 1")
    if args.scale_runs is None:
        args.scale_runs = args.runs if args.smoke else 10
    if args.cold_runs is None:
        args.cold_runs = 1 if args.smoke else 3
    if min(args.runs, args.scale_runs, args.cold_runs) < 1:
        parser.error("run counts must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    log = (
        (lambda _msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    )
    jz = jzfacts_command()
    info = machine()
    settings = {
        "runs": args.runs,
        "scale": args.scale,
        "scale_runs": args.scale_runs,
        "cold_runs": args.cold_runs,
        "smoke": args.smoke,
        "jzfacts": jz,
    }
    global _spawner
    with tempfile.TemporaryDirectory(prefix="jzfacts-bench-") as tmp:
        work = Path(tmp)
        _spawner = Spawner(work)
        settings["rss_method"] = _spawner.method
        log(f"goals ({args.runs} paired runs each), cache in {work / 'cache'}")
        env = child_env(work / "cache")
        goal_rows = [measure_goal(goal, env, args.runs, log) for goal in goals(jz)]
        scale: list[ScaleResult] = []
        if args.scale:
            bases = args.bases or work / "bases"
            bases.mkdir(parents=True, exist_ok=True)
            log(f"scale: {', '.join(f'{n:,}' for n in args.scale)} facts")
            for n in sorted(args.scale):
                scale.append(
                    measure_scale(
                        n,
                        bases,
                        work,
                        jz,
                        args.scale_runs,
                        args.cold_runs,
                        not args.no_pinyin_scale,
                        log,
                    )
                )
        # Goal 4's rows between goals 3 and 5 (a stable sort keeps each goal's rows in order).
        goal_rows = sorted(goal_rows + scale_goal_results(scale), key=lambda r: r.id)
    print(report(info, settings, goal_rows, scale))
    if args.json:
        document = {
            "machine": info,
            "settings": settings,
            "goals": [asdict(r) for r in goal_rows],
            "scale": [dict(asdict(s), peak_rss_kb=s.peak_rss_kb()) for s in scale],
            "growth": _growth(scale),
        }
        args.json.write_text(
            json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    failed = any(r.status in ("FAIL", "ERROR") for r in goal_rows)
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
