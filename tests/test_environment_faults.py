"""A hostile environment is not a bug: signals, full or closed streams, odd variables,
odd bytes, huge numbers (issue 10, "Low" and "Huge numbers"; issue 14, one mapping from
exceptions to exit codes).

Real processes where the process is the point (signals, descriptors); CliRunner for the
rest. Memory is bounded by counting (tracemalloc), never by timing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jzfacts import render
from jzfacts.cli import app
from tests.conftest import FACTS, REPORT, cli_env, invoke_cli, run_cli

# --- Ctrl-C ------------------------------------------------------------------------------

# SIGINT sent to itself at the Nth module import of a run (an audit hook counts them),
# so that every moment of start-up is hit deterministically, however loaded the machine.
INTERRUPT_AT_IMPORT = """
import os, runpy, signal, sys
target, seen = int(sys.argv[1]), [0]
def hook(event, args):
    if event == "import":
        seen[0] += 1
        if seen[0] == target:
            os.write(2, b"<sent>")
            os.kill(os.getpid(), signal.SIGINT)
sys.addaudithook(hook)
sys.argv = ["jzfacts", *sys.argv[2:]]
runpy.run_module("jzfacts", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize("args", [("show", "gdp"), ("search", "甲醇", "--format", "json")])
def test_ctrl_c_at_any_point_of_start_up_exits_130_without_a_traceback(
    args: tuple[str, ...],
) -> None:
    """Import 1 is runpy importing the package itself, before any of our code runs."""
    sent = 0
    for target in range(2, 400, 9):
        result = subprocess.run(
            [sys.executable, "-c", INTERRUPT_AT_IMPORT, str(target), *args],
            capture_output=True,
            env=cli_env(),
            timeout=60,
            check=False,
        )
        if not result.stderr.startswith(b"<sent>"):
            assert result.returncode == 0, result.stderr  # fewer imports than target
            break
        sent += 1
        assert (result.returncode, result.stderr) == (130, b"<sent>"), target
    assert sent >= 10


# SIGINT sent from a finalizer that the garbage collector runs, once the handler is in
# place: Python cannot raise there, so it would print "Exception ignored" with a traceback
# of our handler and go on as if no key had been pressed. (How a killed cold build once
# printed a traceback in bench/faults.py.)
INTERRUPT_IN_FINALIZER = """
import os, runpy, signal, sys, weakref
class Thing:
    pass
def landing():
    os.write(2, b"<sent>")
    os.kill(os.getpid(), signal.SIGINT)
    for _ in range(1000):  # the handler runs here, inside the finalizer
        pass
armed = [True]
def hook(event, args):
    if event == "import" and args[0] == "jzfacts.cli" and armed[0]:
        armed[0] = False
        thing = Thing()
        weakref.finalize(thing, landing)
        del thing  # collected at once: its finalizer runs from a weakref callback
sys.addaudithook(hook)
sys.argv = ["jzfacts", *sys.argv[1:]]
runpy.run_module("jzfacts", run_name="__main__", alter_sys=True)
"""


def test_ctrl_c_in_a_finalizer_exits_130_without_a_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-c", INTERRUPT_IN_FINALIZER, "search", "甲醇", "--format", "json"],
        capture_output=True,
        env=cli_env(),
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (130, b"<sent>")


# SIGINT that lands inside a descriptor's `__set_name__` while a module builds a class:
# Python 3.11 re-raises the handler's exit as "RuntimeError: Error calling __set_name__"
# (how a killed cold build printed a traceback in bench/faults.py, from `ipaddress`). The
# class is built when the named module is imported: before the CLI runs (jzfacts.cli) and
# inside a command (jzfacts.factbase).
INTERRUPT_IN_SET_NAME = """
import os, runpy, signal, sys
class Landing:
    def __set_name__(self, owner, name):
        os.write(2, b"<sent>")
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(1000):  # the handler runs here, inside __set_name__
            pass
armed, target = [True], sys.argv[1]
def hook(event, args):
    if event == "import" and args[0] == target and armed[0]:
        armed[0] = False
        type("Built", (), {"where": Landing()})
sys.addaudithook(hook)
sys.argv = ["jzfacts", *sys.argv[2:]]
runpy.run_module("jzfacts", run_name="__main__", alter_sys=True)
"""


@pytest.mark.parametrize("module", ["jzfacts.cli", "jzfacts.factbase"])
def test_ctrl_c_re_raised_by_python_as_another_error_still_exits_130(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", INTERRUPT_IN_SET_NAME, module, "search", "甲醇"],
        capture_output=True,
        env=cli_env(),
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (130, b"<sent>")


# --- stdout and stdin ----------------------------------------------------------------------


def _run_with(
    *args: str, stdin: Any = None, stdout: Any = None, preexec: Any = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "jzfacts", *args],
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=cli_env(),
        preexec_fn=preexec,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("show", "gdp"), ("list", "--format", "json")])
def test_a_full_disk_is_one_line_and_exit_2(args: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        result = _run_with(*args, stdout=full)
    assert (result.returncode, result.stderr) == (
        2,
        b"jzfacts: cannot write the results: No space left on device\n",
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("--version",), ("--help",), ("show", "--help")])
def test_what_click_writes_itself_fails_alike(args: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        result = _run_with(*args, stdout=full)
    assert (result.returncode, result.stderr) == (
        2,
        b"jzfacts: cannot write the results: No space left on device\n",
    )
    closed = _run_with(*args, preexec=lambda: os.close(1))
    assert (closed.returncode, closed.stderr) == (
        2,
        b"jzfacts: cannot write the results: stdout is closed\n",
    )


def test_a_closed_stdout_is_one_line_and_exit_2() -> None:
    result = _run_with("show", "gdp", preexec=lambda: os.close(1))
    assert (result.returncode, result.stderr) == (
        2,
        b"jzfacts: cannot write the results: stdout is closed\n",
    )


def test_a_closed_stdout_never_receives_a_cache_file(tmp_path: Path) -> None:
    """With descriptor 1 closed, the first file opened would get it: the cold build
    must not write its cache through what looks like stdout, and the cache it leaves is
    good."""
    env = cli_env(JZFACTS_CACHE_DIR=str(tmp_path / "cold"))
    closed = subprocess.run(
        [sys.executable, "-m", "jzfacts", "search", "甲醇"],
        env=env, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1), timeout=60, check=False,
    )  # fmt: skip
    assert closed.returncode == 2
    again = run_cli("search", "甲醇", env=env)
    reference = invoke_cli("--no-cache", "search", "甲醇")  # the answer; not about a process
    assert (again.returncode, again.stdout, again.stderr) == (0, reference.stdout, b"")


def test_a_closed_stdout_is_fine_when_nothing_is_written() -> None:
    result = _run_with("validate", preexec=lambda: os.close(1))
    assert (result.returncode, result.stderr) == (0, b"jzfacts: facts.yaml: ok\n")


def test_a_closed_stderr_loses_the_message_not_the_exit_code() -> None:
    result = _run_with("show", "no-such-fact", stdout=subprocess.PIPE, preexec=lambda: os.close(2))
    assert (result.returncode, result.stdout) == (1, b"")


def test_a_write_only_stdin_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with (tmp_path / "names").open("wb") as write_only:
        result = _run_with("show", "-", stdin=write_only)
    assert (result.returncode, result.stderr) == (
        2,
        b"jzfacts: cannot read names from stdin: Bad file descriptor\n",
    )


@pytest.mark.parametrize("value", ["1" + "0" * 30, "9" * 5000])
def test_an_overflowing_max_bytes_means_no_cap(runner: CliRunner, value: str) -> None:
    env = {"JZFACTS_MAX_BYTES": value}
    result = runner.invoke(app, ["show", "gdp", "--format", "value"], env=env)
    assert (result.exit_code, result.stdout) == (0, "143\n")
    piped = runner.invoke(app, ["show", "-", "--format", "value"], input="gdp\n", env=env)
    assert (piped.exit_code, piped.stdout) == (0, "143\n")


def _peak(runner: CliRunner, names: int) -> int:
    tracemalloc.start()
    try:
        result = runner.invoke(app, ["show", "-", "--format", "value"], input="gdp\n" * names)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (result.exit_code, result.stdout) == (0, "143\n" * names)
    return peak


def test_names_on_stdin_take_bounded_memory(runner: CliRunner) -> None:
    """Twenty times the names, about the same peak: they are resolved and printed a
    batch at a time (4 MB of names once took 3.7 GB)."""
    _peak(runner, 10)  # the base and its imports are loaded once, outside the measure
    small, large = _peak(runner, 500), _peak(runner, 10_000)
    assert large < 2 * small, f"{small:,} bytes for 500 names, {large:,} for 10,000"


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "jsonl"])
def test_names_streamed_in_batches_make_one_document(runner: CliRunner, fmt: str) -> None:
    """2,510 names cross two batch boundaries, with a miss in each stretch of 250: still
    one JSON array, one CSV header, one TSV header, the same text as the names given as
    arguments, and every miss reported."""
    names = []
    for stretch in range(10):
        names += ["gdp", "high-tech-enterprises"] * 125 + [f"no-such-fact-{stretch}"]
    extra = ["--header"] if fmt == "tsv" else []
    piped = runner.invoke(app, ["show", "-", "--format", fmt, *extra], input="\n".join(names))
    direct = runner.invoke(app, ["show", *names[:2], "no-such-fact-0", "--format", fmt, *extra])
    assert piped.exit_code == direct.exit_code == 1
    assert [line.split("'")[1] for line in piped.stderr.splitlines()] == [
        f"no-such-fact-{stretch}" for stretch in range(10)
    ]
    if fmt == "json":
        document = json.loads(piped.stdout)
        assert [r["id"] for r in document] == ["gdp", "high-tech-enterprises"] * 1250
        assert piped.stdout == render.to_json(document)
    else:
        lines = piped.stdout.splitlines()
        first = 1 if fmt in ("csv", "tsv") else 0
        assert lines[: first + 2] == direct.stdout.splitlines()
        assert len(lines) == first + 2 * 1250


def test_compare_takes_a_bounded_number_of_names(runner: CliRunner) -> None:
    result = runner.invoke(app, ["compare", "-"], input="gdp\n" * 10_001)
    assert (result.exit_code, result.stderr) == (2, "jzfacts: compare takes at most 10,000 names\n")


# --- text that arrives wrong ---------------------------------------------------------------


def test_invalid_utf8_in_a_data_path_lists_the_problems(runner: CliRunner, tmp_path: Path) -> None:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/\xff"))
    folder.mkdir()
    (folder / "facts.yaml").write_text("facts: {}\n", encoding="utf-8")
    result = runner.invoke(app, ["--data", str(folder / "facts.yaml"), "validate"])
    shown = str(tmp_path) + "/\\xff/facts.yaml"
    assert result.exit_code == 3
    assert result.stdout.splitlines() == [
        f"{shown}:1:1: source is missing",
        f"{shown}:1:1: sections is missing",
        f"{shown}:1:8: facts must be a list, but it is a mapping",
    ]
    assert result.stderr == f"jzfacts: {shown}: 3 problems\n"


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--section", "\udcff"),
        ("list", "--tag", "x\udcfe"),
        ("list", "--entity", "\udcc3"),
        ("show", "gdp", "--format", "value", "--field", "\udcff"),
    ],
)
def test_invalid_utf8_in_an_option_is_a_usage_error(
    runner: CliRunner, args: tuple[str, ...]
) -> None:
    result = runner.invoke(app, list(args))
    option = args[-2]
    assert (result.exit_code, result.stderr) == (
        2,
        f"jzfacts: the {option} value is not valid UTF-8\n",
    )


@pytest.mark.parametrize(
    "args",
    [
        ("show", "gdp", "--format", "value", "--field", "f" * 120_000),
        ("cite", "gdp", "-f", "x" * 120_000),
    ],
)
def test_a_huge_option_value_is_clipped_in_the_message(
    runner: CliRunner, args: tuple[str, ...]
) -> None:
    result = invoke_cli(*args)  # through the entry point, as a shell runs it
    assert result.returncode == 2
    # One line, the value clipped (the line may go on to list what is valid).
    stderr = result.stderr.decode()
    assert stderr.count("\n") == 1 and len(stderr) < 600, stderr[:300]
    assert args[-1][:100] not in stderr


INVISIBLE = "\u061c\u200b\u00ad\u2060\ufe0f\U000e0041\u180e\u3164"


def _variant(tmp_path: Path, label_en: str) -> Path:
    """The packaged base with gdp's English label replaced (a YAML double-quoted scalar)."""
    shutil.copy(REPORT, tmp_path / "report.txt")
    text = FACTS.read_text(encoding="utf-8")
    text = text.replace(
        "en: Gross domestic product (GDP)}", f"en: {json.dumps(label_en, ensure_ascii=False)}}}", 1
    )
    (tmp_path / "facts.yaml").write_text(text, encoding="utf-8")
    return tmp_path / "facts.yaml"


@pytest.mark.parametrize("fmt", ["tsv", "csv", "json", "jsonl", "table"])
def test_invisible_and_bidi_characters_are_shown_escaped(
    runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    base = _variant(tmp_path, f"GDP{INVISIBLE}x")
    result = runner.invoke(app, ["--data", str(base), "show", "gdp", "--format", fmt])
    assert result.exit_code == 0
    assert not any(c in result.stdout for c in INVISIBLE), repr(result.stdout)
    if fmt in ("json", "jsonl"):
        document = json.loads(result.stdout.splitlines()[0] if fmt == "jsonl" else result.stdout)
        record = document if fmt == "jsonl" else document[0]
        assert record["label"]["en"] == f"GDP{INVISIBLE}x"  # the same value, escaped
    else:
        assert "GDP\\u061c\\u200b\\xad\\u2060\\ufe0f\\U000e0041\\u180e\\u3164x" in result.stdout


def test_csv_cells_cannot_become_formulas(runner: CliRunner, tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://evil.example","click")'
    base = _variant(tmp_path, formula)
    result = runner.invoke(app, ["--data", str(base), "show", "gdp", "--format", "csv"])
    assert result.exit_code == 0
    assert '"\'=HYPERLINK(""http://evil.example"",""click"")"' in result.stdout
    tsv = runner.invoke(app, ["--data", str(base), "show", "gdp", "--format", "tsv"])
    assert f"\t{formula}\t" in tsv.stdout  # TSV is for programs: unchanged


def test_csv_guard_keeps_numbers_and_plain_text() -> None:
    columns = [render.Column("v", "v")]
    cells = ["-3.2", "+5", "143", "-", "+86 351 123", "@x", "-1+2", "a=b", "\t=1", "-0.5e3"]
    out = render.to_csv([{"v": c} for c in cells], columns)
    assert out.split("\r\n")[1:-1] == [
        "-3.2", "+5", "143", "'-", "'+86 351 123", "'@x", "'-1+2", "a=b", "\\t=1", "'-0.5e3",
    ]  # fmt: skip


# --- numbers -------------------------------------------------------------------------------


def _strict(text: str) -> Any:
    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_json_never_carries_nan_or_infinity() -> None:
    document = [{"value": float("inf"), "ratio": float("nan"), "low": float("-inf"), "ok": 1.5}]
    assert _strict(render.to_json(document)) == [
        {"value": None, "ratio": None, "low": None, "ok": 1.5}
    ]
    assert _strict(render.to_jsonl(document)) == _strict(render.to_json(document))[0]


def test_integers_beyond_pythons_digit_limit_are_written_safely() -> None:
    huge = 10**5000 + 7
    assert render.cell(huge) == "1" + "0" * 4999 + "7"
    assert render.cell(-huge) == "-1" + "0" * 4999 + "7"
    assert _strict(render.to_json({"value": huge, "value_text": "1e5000"})) == {
        "value": None,
        "value_text": "1e5000",
    }
    columns = [render.Column("v", "v")]
    assert render.to_csv([{"v": huge}], columns).split("\r\n")[1] == render.cell(huge)
    assert render.cell(float("inf")) == "" and render.cell(float("nan")) == ""


def _tiny_base(folder: Path, value: str) -> Path:
    """A two-fact base whose gdp is `value` (its own report, so its quote can hold it)."""
    report = f"● 经济发展\n地区生产总值完成{value}亿元，工业总产值完成12亿元。\n"
    (folder / "report.txt").write_text(report, encoding="utf-8")
    sha = hashlib.sha256(report.encode()).hexdigest()
    facts = f"""source:
  title: 测试报告
  issuer: 测试
  year: 2022
  language: zh-Hans
  report: report.txt
  sha256: {sha}
sections:
  - {{id: economy, zh: 经济发展, en: Economy}}
facts:
  - id: gdp
    label: {{zh: 地区生产总值, en: GDP}}
    value: "{value}"
    unit: 亿元
    measure: gdp
    period: "2022"
    section: economy
    quote: 地区生产总值完成{value}亿元
  - id: industry
    label: {{zh: 工业总产值, en: Industrial output}}
    value: 12
    unit: 亿元
    measure: output-value
    period: "2022"
    section: economy
    quote: 工业总产值完成12亿元
"""
    (folder / "facts.yaml").write_text(facts, encoding="utf-8")
    return folder / "facts.yaml"


@pytest.mark.parametrize(
    "command",
    [
        ("show", "gdp"),
        ("list",),
        ("search", "GDP"),
        ("compare", "gdp", "industry"),
        ("cite", "gdp"),
    ],
)
def test_a_value_beyond_floats_is_never_infinity(
    runner: CliRunner, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """1 followed by 400 zeros and .5: JSON strict parsers accept every command's output
    (or the base is refused when it loads, once validation bounds figures)."""
    base = _tiny_base(tmp_path, "1" + "0" * 400 + ".5")
    result = runner.invoke(app, ["--data", str(base), *command, "--format", "json"])
    assert result.exit_code in (0, 3), result.stderr
    if result.exit_code == 0:
        _strict(result.stdout)
    for fmt in ("tsv", "csv", "jsonl") if command[0] != "cite" else ("jsonl", "text"):
        other = runner.invoke(app, ["--data", str(base), *command, "--format", fmt])
        assert other.exit_code == result.exit_code, (fmt, other.stderr)
        if fmt == "jsonl" and other.exit_code == 0:
            for line in other.stdout.splitlines():
                _strict(line)


# --- one mapping from exceptions to exit codes ----------------------------------------------

INJECT = """
import sys
import jzfacts.query

def resolve(base, name):
    raise {error}

jzfacts.query.resolve = resolve
sys.argv = ["jzfacts", "show", "gdp"]
from jzfacts.cli import main
main()
"""


@pytest.mark.parametrize(
    ("error", "code", "line"),
    [
        (
            "RuntimeError('boom')",
            4,
            "jzfacts: internal error (RuntimeError); this is a bug, please report it with the "
            "command you ran (set JZFACTS_DEBUG=1 to see the traceback)\n",
        ),
        ("MemoryError()", 2, "jzfacts: out of memory\n"),
        (
            "OSError(5, 'Input/output error', '/mnt/gone')",
            2,
            "jzfacts: /mnt/gone: Input/output error\n",
        ),
    ],
)
def test_the_command_and_the_entry_point_map_errors_alike(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, error: str, code: int, line: str
) -> None:
    """In-process (the command's wrapper) and as a process (the entry point): one
    function decides the code and the words."""
    process = subprocess.run(
        [sys.executable, "-c", INJECT.format(error=error)],
        capture_output=True, env=cli_env(), timeout=60, check=False,
    )  # fmt: skip
    assert (process.returncode, process.stderr.decode()) == (code, line)

    import jzfacts.query

    def resolve(base: object, name: str) -> None:
        raise {
            "R": RuntimeError("boom"),
            "M": MemoryError(),
            "O": OSError(5, "Input/output error", "/mnt/gone"),
        }[error[0]]

    monkeypatch.setattr(jzfacts.query, "resolve", resolve)
    result = runner.invoke(app, ["show", "gdp"])
    assert (result.exit_code, result.stderr) == (code, line)


def test_a_cache_directory_interrupted_before_its_finalizer_still_closes(tmp_path: Path) -> None:
    """Ctrl-C can land between opening the cache directory and setting up the finalizer
    that closes it (an import in between, on some Python builds): close() must still close
    the descriptor, not fail with a TypeError (exit 4) on the way out."""
    from jzfacts.cache import CacheDir

    cache = CacheDir(tmp_path)
    descriptor = os.open(tmp_path, os.O_RDONLY)
    cache._fd, cache._closer = descriptor, None  # as left by an interrupted _directory()
    cache.close()
    assert cache._fd is None
    with pytest.raises(OSError):
        os.fstat(descriptor)  # closed
