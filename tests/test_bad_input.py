"""Hostile input: bad fact bases, dangerous text, odd queries, a broken cache, a bug.

Every case runs the CLI through its console-script entry point (exit codes, one stderr
line, no traceback), in this process (conftest.invoke_cli) unless a real process is
what matters: a FIFO that could hang, a terminal on stdin, processes racing, and a few
corpus files checked to give a real process the very same bytes. The corpus of crafted
files lives in tests/data/bad, each with its exact expected message in
tests/data/bad/expected.tsv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jzfacts import cache, factbase, query
from jzfacts.cli import app
from jzfacts.errors import DataError, InvalidFactBase
from jzfacts.loader import parse_and_validate
from tests.conftest import (
    FACTS,
    REPORT,
    Call,
    cli_env,
    copy_base,
    invoke_cli,
    run_cli,
    run_many,
)

BAD = Path(__file__).parent / "data" / "bad"
SUPPORT = {"report.txt", "expected.tsv"}  # in the directory, but not cases
MARKER = Path("/tmp/pwned-jzfacts-bad-input")  # python-tag.yaml would `touch` it

Args = Sequence[str | bytes]
Runs = dict[str, subprocess.CompletedProcess[bytes]]


# --- helpers -------------------------------------------------------------------------------


def run_all(commands: dict[str, Args], env: dict[str, str], cwd: Path | None = None) -> Runs:
    """Each command in this process, one after the other (a millisecond or so each)."""
    return {name: invoke_cli(*args, env=env, cwd=cwd) for name, args in commands.items()}


def lines(data: bytes) -> list[str]:
    return data.decode("utf-8").splitlines()


def assert_one_error_line(result: subprocess.CompletedProcess[bytes]) -> str:
    """An error: nothing on stdout, one `jzfacts: ` line on stderr, no traceback."""
    err = lines(result.stderr)
    assert result.stdout == b"", result.stdout
    assert len(err) == 1, err
    assert err[0].startswith("jzfacts: "), err
    assert b"Traceback" not in result.stderr
    return err[0]


# --- the corpus ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    exit: int
    problems: int  # lines `validate` prints on stdout; 0 for a file-level error
    message: str  # the exact stderr line of `show`; "" when it succeeds


def _manifest() -> dict[str, Expected]:
    out: dict[str, Expected] = {}
    for line in (BAD / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, code, problems, message = line.split("\t", 3)
        assert name not in out, f"{name} twice in expected.tsv"
        out[name] = Expected(int(code), int(problems), message)
    return out


MANIFEST = _manifest()


@pytest.fixture(scope="module")
def corpus_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("corpus-cache")


@pytest.fixture(scope="module")
def corpus(corpus_cache: Path) -> Runs:
    """`show gdp` and `validate` on every corpus file, run once, from inside the corpus
    directory so that messages name the files as they are named here."""
    MARKER.unlink(missing_ok=True)
    commands: dict[str, Args] = {}
    for name in MANIFEST:
        commands[f"show:{name}"] = ("--data", name, "show", "gdp")
        commands[f"validate:{name}"] = ("validate", name)
    return run_all(commands, {"JZFACTS_CACHE_DIR": str(corpus_cache)}, cwd=BAD)


# A real process for a few files: one that loads, a control character and invalid UTF-8
# echoed on stderr (whose encoding a real process sets up), a tag that must not run, a
# bomb. Each must give the same exit code and the very same bytes as the in-process run.
IN_A_REAL_PROCESS = (
    "bom-accepted.yaml",
    "control-char-esc.yaml",
    "not-utf8-gbk.yaml",
    "python-tag.yaml",
    "billion-laughs.yaml",
)


@pytest.fixture(scope="module")
def corpus_processes(corpus_cache: Path) -> Runs:
    env = cli_env(JZFACTS_CACHE_DIR=str(corpus_cache))
    calls = {
        name: Call(("--data", name, "show", "gdp"), env, cwd=BAD) for name in IN_A_REAL_PROCESS
    }
    return run_many(calls)


def test_every_corpus_file_has_a_manifest_entry() -> None:
    files = {p.name for p in BAD.iterdir()}
    assert files >= SUPPORT
    assert sorted(files - SUPPORT) == sorted(MANIFEST), "each file needs a row in expected.tsv"
    # The files that name `report: report.txt` must see the real report.
    assert (BAD / "report.txt").read_bytes() == REPORT.read_bytes()


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_corpus_file_with_show(name: str, corpus: Runs) -> None:
    expected = MANIFEST[name]
    result = corpus[f"show:{name}"]
    assert result.returncode == expected.exit, result.stderr
    assert b"Traceback" not in result.stderr
    if expected.exit == 0:
        assert result.stderr == b""
        assert lines(result.stdout)[0].startswith("gdp\tfigure\t")
        return
    assert assert_one_error_line(result) == expected.message


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_corpus_file_with_validate(name: str, corpus: Runs) -> None:
    """validate lists every problem on stdout, one a line, and sums up on stderr; a file
    it cannot read at all gets the same one stderr line as any other command."""
    expected = MANIFEST[name]
    result = corpus[f"validate:{name}"]
    assert b"Traceback" not in result.stderr
    if expected.exit == 0:
        assert result.returncode == 0
        assert result.stdout == b""
        assert lines(result.stderr) == [f"jzfacts: {name}: ok"]
        return
    assert result.returncode == 3
    if expected.problems == 0:
        assert assert_one_error_line(result) == expected.message
        return
    out = lines(result.stdout)
    assert len(out) == expected.problems, out
    first = expected.message.removeprefix("jzfacts: ")
    first = first.split(" (and ", 1)[0] if expected.problems > 1 else first
    assert out[0] == first
    assert all(line.startswith(f"{name}:") for line in out)
    plural = "s" if expected.problems != 1 else ""
    assert lines(result.stderr) == [f"jzfacts: {name}: {expected.problems} problem{plural}"]


@pytest.mark.parametrize("name", IN_A_REAL_PROCESS)
def test_a_real_process_gives_the_same_bytes(
    name: str, corpus: Runs, corpus_processes: Runs
) -> None:
    real, here = corpus_processes[name], corpus[f"show:{name}"]
    assert (real.returncode, real.stdout, real.stderr) == (
        here.returncode,
        here.stdout,
        here.stderr,
    )


def test_python_tag_runs_nothing(corpus: Runs, corpus_processes: Runs) -> None:
    assert corpus["show:python-tag.yaml"].returncode == 3
    assert corpus_processes["python-tag.yaml"].returncode == 3
    data = (BAD / "python-tag.yaml").read_bytes()
    assert b"!!python/object/apply:os.system" in data and str(MARKER).encode() in data
    with pytest.raises(InvalidFactBase):
        parse_and_validate(BAD / "python-tag.yaml", "python-tag.yaml", data)
    assert not MARKER.exists(), "the tag was constructed: os.system ran"


@pytest.fixture(params=["libyaml", "pure-python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with libyaml's parser and again with PyYAML's own (the fallback)."""
    import yaml

    from jzfacts import yamlread

    if request.param == "libyaml":
        if not hasattr(yaml, "CSafeLoader"):
            pytest.skip("PyYAML built without libyaml")
    else:
        monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
        assert yamlread._loader_class().__module__ == "jzfacts.yamlread"
    return str(request.param)


class _Counted:
    events = 0  # YAML events the reader took
    pending_keys = 0  # the most simple keys the pure-Python scanner held pending at once


def _counting_loader(base: type[Any]) -> type[Any]:
    class Counting(base):  # type: ignore[misc, valid-type]
        def get_event(self) -> Any:
            _Counted.events += 1
            return super().get_event()

        def stale_possible_simple_keys(self) -> Any:  # the pure-Python scanner only
            _Counted.pending_keys = max(_Counted.pending_keys, len(self.possible_simple_keys))
            return super().stale_possible_simple_keys()

    return Counting


@pytest.mark.parametrize(
    "name", ["billion-laughs.yaml", "self-alias.yaml", "text-bomb.yaml", "deep-nesting.yaml"]
)
def test_bombs_fail_fast_in_bounded_memory(
    name: str, parser: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bounded by counting, never by the clock: the reader takes at most one YAML event
    per byte of the file (what an alias stands for is counted, never built again), the
    pure-Python scanner never holds more than MAX_DEPTH pending keys (it re-walks them at
    every token, which made 10,000 '[' take seconds), and traced memory stays small."""
    from jzfacts import yamlread

    counting = _counting_loader(yamlread._loader_class())
    monkeypatch.setattr(yamlread, "_loader_class", lambda: counting)
    _Counted.events = _Counted.pending_keys = 0
    data = (BAD / name).read_bytes()
    tracemalloc.start()
    try:
        with pytest.raises(InvalidFactBase) as caught:
            parse_and_validate(BAD / name, name, data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert 0 < _Counted.events <= len(data), f"{name}: {_Counted.events} events with {parser}"
    assert _Counted.pending_keys <= yamlread.MAX_DEPTH, f"{name} with {parser}"
    assert peak < 8 * 1024 * 1024, f"{name} peaked at {peak:,} bytes with {parser}"
    assert str(caught.value).startswith(f"{name}:"), caught.value


# --- files that cannot be read -------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    result = invoke_cli("--data", str(path), "show", "gdp")
    assert result.returncode == 3
    assert assert_one_error_line(result) == f"jzfacts: {path}: no such fact base file"


def test_directory(tmp_path: Path) -> None:
    result = invoke_cli("--data", str(tmp_path), "show", "gdp")
    assert result.returncode == 3
    assert assert_one_error_line(result) == (
        f"jzfacts: {tmp_path}: the fact base is a directory, not a file"
    )


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mode 000 does not stop root, so make opening fail as it would for a user: whether
    the loader opens with open() or os.open(), that one path raises EACCES (in-process)."""
    path = copy_base(tmp_path)
    real_open, real_os_open = open, os.open

    def deny(file: object) -> None:
        if os.fspath(file) == str(path):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", str(file))

    def denying_open(file: object, *args: object, **kwargs: object) -> object:
        deny(file)
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    def denying_os_open(file: object, *args: object, **kwargs: object) -> object:
        deny(file)
        return real_os_open(file, *args, **kwargs)  # type: ignore[call-overload,arg-type]

    monkeypatch.setattr(factbase, "open", denying_open, raising=False)
    monkeypatch.setattr(os, "open", denying_os_open)
    result = CliRunner().invoke(app, ["--data", str(path), "show", "gdp"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == f"jzfacts: {path}: permission denied reading the fact base\n"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads mode-000 files"
)
def test_unreadable_file_mode_000(tmp_path: Path) -> None:
    path = copy_base(tmp_path)
    path.chmod(0)
    result = invoke_cli("--data", str(path), "show", "gdp")
    assert result.returncode == 3
    assert assert_one_error_line(result) == (
        f"jzfacts: {path}: permission denied reading the fact base"
    )


def traced_peak(run: Any) -> tuple[Any, int]:
    """What run() returns, and the peak of memory traced while it ran."""
    tracemalloc.start()
    try:
        result = run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def test_dev_zero_is_refused_without_reading_it() -> None:
    # An endless file: refused from its type, before a byte is read (memory stays flat).
    result, peak = traced_peak(lambda: invoke_cli("--data", "/dev/zero", "show", "gdp"))
    assert result.returncode == 3
    assert assert_one_error_line(result) == (
        "jzfacts: /dev/zero: the fact base is a device, not a file"
    )
    assert peak < 4 * 1024 * 1024, f"{peak:,} bytes"


def test_oversized_file_is_refused_with_a_small_cap() -> None:
    result = invoke_cli("--data", str(FACTS), "show", "gdp", env={"JZFACTS_MAX_BYTES": "1000"})
    assert result.returncode == 3
    assert assert_one_error_line(result) == (
        f"jzfacts: {FACTS}: the fact base is larger than 1,000 bytes "
        "(set JZFACTS_MAX_BYTES to raise the cap)"
    )


def test_oversized_file_is_refused_at_the_default_cap(tmp_path: Path) -> None:
    """A 1 GiB file (sparse: it costs no disk) is refused having read no more than the
    cap: the memory traced stays near 64 MiB, not 1 GiB."""
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(1024 * 1024 * 1024)
    result, peak = traced_peak(lambda: invoke_cli("--data", str(path), "show", "gdp"))
    assert result.returncode == 3
    assert assert_one_error_line(result) == (
        f"jzfacts: {path}: the fact base is larger than 67,108,864 bytes "
        "(set JZFACTS_MAX_BYTES to raise the cap)"
    )
    assert peak < 64 * 1024 * 1024 + 8 * 1024 * 1024, f"{peak:,} bytes"


def test_a_cap_that_is_not_a_number() -> None:
    result = invoke_cli("show", "gdp", env={"JZFACTS_MAX_BYTES": "64M"})
    assert result.returncode == 3
    assert assert_one_error_line(result) == (
        "jzfacts: JZFACTS_MAX_BYTES must be a whole number of bytes, not '64M'"
    )


# A FIFO with no writer would block a reader forever: these two run in a real process,
# which a timeout can stop (a hang in this process would stop the whole suite).


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_the_report_does_not_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    text = (BAD / "bom-accepted.yaml").read_text(encoding="utf-8-sig")
    (tmp_path / "facts.yaml").write_text(text.replace("report: report.txt", "report: pipe.txt"))
    try:
        result = run_cli("--data", str(tmp_path / "facts.yaml"), "show", "gdp", timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("jzfacts waited forever on a FIFO named as the report")
    assert result.returncode == 3
    assert assert_one_error_line(result) == (
        f"jzfacts: {tmp_path / 'facts.yaml'}:6:11: source: report pipe.txt: not a regular file"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_the_fact_base_does_not_hang(tmp_path: Path) -> None:
    # Opening a FIFO for reading blocks until a writer comes: no writer ever will.
    os.mkfifo(tmp_path / "facts.yaml")
    try:
        result = run_cli("--data", str(tmp_path / "facts.yaml"), "show", "gdp", timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("jzfacts waited forever on a FIFO given as --data (files.read_bytes)")
    assert result.returncode == 3
    assert_one_error_line(result)


# --- dangerous text in the data and in queries ----------------------------------------------

LABEL = (
    "[bold]Big[/] [link=http://x]click[/link] :smile: \x1b[31mred\x1b[0m "
    "\x1b]8;;http://evil\x07link\x1b]8;;\x07 \x9b2J \u202egnp\u202c \x07 \x85 end"
)
NOTE = "[red]n[/red] \x1b[2J\u202e :smile: \x00 \x7f"
RAW_DANGER = ("\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\x85", "\x00", "\x7f")


def _yaml_string(text: str) -> str:
    """A YAML double-quoted scalar: JSON's escapes are YAML's (\\u001b, \\u202e)."""
    return json.dumps(text, ensure_ascii=True)


@pytest.fixture(scope="module")
def dangerous_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fact base whose gdp fact has markup, escapes and controls in its label and note;
    its quote is still verbatim from the report."""
    folder = tmp_path_factory.mktemp("dangerous")
    shutil.copy(REPORT, folder / "report.txt")
    text = (BAD / "bom-accepted.yaml").read_text(encoding="utf-8-sig")
    text = text.replace("en: Gross domestic product (GDP)}", f"en: {_yaml_string(LABEL)}}}")
    text = text.replace(
        "    quote: 地区生产总值完成143亿元\n",
        f"    quote: 地区生产总值完成143亿元\n    note: {_yaml_string(NOTE)}\n",
    )
    (folder / "facts.yaml").write_text(text, encoding="utf-8")
    return folder / "facts.yaml"


@pytest.fixture(scope="module")
def dangerous_runs(dangerous_base: Path, tmp_path_factory: pytest.TempPathFactory) -> Runs:
    env = {"JZFACTS_CACHE_DIR": str(tmp_path_factory.mktemp("dangerous-cache"))}
    data = ("--data", str(dangerous_base))
    commands: dict[str, Args] = {
        fmt: (*data, "show", "gdp", "--format", fmt) for fmt in ("table", "tsv", "csv", "json")
    }
    commands["table-color"] = (*data, "show", "gdp", "--format", "table", "--color")
    commands["value"] = (*data, "show", "gdp", "--format", "value", "--field", "label.en")
    commands["value-note"] = (*data, "show", "gdp", "--format", "value", "--field", "note")
    commands["search-tsv"] = (*data, "search", "[bold]Big[/] red", "--format", "tsv")
    commands["search-table"] = (*data, "search", "[bold]Big[/] red", "--format", "table")
    commands["search-echo"] = (*data, "search", "\x1b[7mqqqqxz[/]\u202e")
    commands["ask"] = (*data, "ask", "GDP")
    commands["ask-json"] = (*data, "ask", "GDP", "--format", "json")
    return run_all(commands, env)


@pytest.mark.parametrize(
    "name",
    [
        "table",
        "table-color",
        "tsv",
        "csv",
        "value",
        "value-note",
        "search-tsv",
        "search-table",
        "ask",
    ],
)
def test_markup_prints_literally_and_controls_are_escaped(name: str, dangerous_runs: Runs) -> None:
    result = dangerous_runs[name]
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    if name == "table-color":
        # rich's own SGR codes are expected here; the data's sequences are not.
        for raw in ("\x1b[31mred", "\x1b]8;;http://evil", "\x1b[2J"):
            assert raw not in out
        assert not any(c in out for c in RAW_DANGER if c != "\x1b")
    else:
        assert not any(c in out for c in RAW_DANGER), repr(out)
    if name == "search-table":
        return  # the search table shows the Chinese label only
    if name == "value-note":
        assert out == "[red]n[/red] \\x1b[2J\\u202e :smile: \\x00 \\x7f\n"
        return
    # Markup is text: neither rendered (which would drop the brackets) nor escaped.
    assert "[bold]Big[/] [link=http://x]click[/link] :smile:" in out
    assert "\\x1b[31mred\\x1b[0m" in out
    assert "\\u202egnp" in out
    if name == "value":
        assert (
            out
            == LABEL.translate(
                {
                    0x1B: "\\x1b",
                    0x07: "\\x07",
                    0x9B: "\\x9b",
                    0x85: "\\x85",
                    0x202E: "\\u202e",
                    0x202C: "\\u202c",
                }
            )
            + "\n"
        )


def test_json_escapes_controls_and_round_trips(
    dangerous_runs: Runs,
) -> None:
    for name in ("json", "ask-json"):
        result = dangerous_runs[name]
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode("utf-8")
        assert not any(c in out for c in RAW_DANGER), repr(out)
        document = json.loads(out)
        fact = document[0] if name == "json" else document["fact"]
        assert fact["label"]["en"] == LABEL
        assert fact["note"] == NOTE


def test_a_dangerous_query_is_echoed_escaped(
    dangerous_runs: Runs,
) -> None:
    result = dangerous_runs["search-echo"]
    assert result.returncode == 1
    line = assert_one_error_line(result)
    assert not any(c in line for c in RAW_DANGER)
    assert line == "jzfacts: no facts match '\\x1b[7mqqqqxz[/]\\u202e'"


# --- odd queries -----------------------------------------------------------------------------

QUERIES: dict[str, str | bytes] = {
    "empty": "",
    "spaces": "   ",
    "ideographic-space": "\u3000\u3000",
    "long": "吉利" * 5000,
    "invalid-utf8": b"\xff\xfe",
}


@pytest.fixture(scope="module")
def query_runs(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Runs:
    folder = tmp_path_factory.mktemp("query") / "cache"
    shutil.copytree(shared_cache, folder)  # conftest's warm cache: these are about queries
    env = {"JZFACTS_CACHE_DIR": str(folder)}
    commands: dict[str, Args] = {
        f"{command}:{name}": (command, text)
        for command in ("search", "show", "ask")
        for name, text in QUERIES.items()
    }
    commands["show:-"] = ("show", "-")  # stdin is /dev/null
    commands["search:-"] = ("search", "-")
    return run_all(commands, env)


@pytest.mark.parametrize(
    ("key", "code", "message"),
    [
        ("search:empty", 2, "jzfacts: the query is empty"),
        ("search:spaces", 2, "jzfacts: the query is empty"),
        ("search:ideographic-space", 2, "jzfacts: the query is empty"),
        ("search:long", 2, "jzfacts: the query is 10,000 characters long; 1,000 is the limit"),
        ("search:invalid-utf8", 2, "jzfacts: the query is not valid UTF-8"),
        ("ask:empty", 2, "jzfacts: the query is empty"),
        ("ask:spaces", 2, "jzfacts: the query is empty"),
        ("ask:ideographic-space", 2, "jzfacts: the query is empty"),
        ("ask:long", 2, "jzfacts: the query is 10,000 characters long; 1,000 is the limit"),
        ("ask:invalid-utf8", 2, "jzfacts: the query is not valid UTF-8"),
        ("show:invalid-utf8", 2, "jzfacts: the name is not valid UTF-8"),
        ("show:-", 2, "jzfacts: no names given"),
        ("show:empty", 2, "jzfacts: an empty name"),
        ("show:spaces", 2, "jzfacts: an empty name"),
        ("show:ideographic-space", 2, "jzfacts: an empty name"),
        ("show:long", 1, None),
        ("search:-", 1, None),
    ],
)
def test_odd_queries_are_a_usage_error_or_an_answer(
    key: str,
    code: int,
    message: str | None,
    query_runs: Runs,
) -> None:
    result = query_runs[key]
    assert result.returncode == code, result.stderr
    line = assert_one_error_line(result)
    if message is not None:
        assert line == message


def test_a_lone_dash_on_a_terminal_is_a_usage_error() -> None:
    pty = pytest.importorskip("pty")
    try:
        leader, follower = pty.openpty()
    except OSError:
        pytest.skip("no pseudo-terminal available")
    try:
        result = run_cli("show", "-", stdin=follower)  # a real terminal: a real process
    finally:
        os.close(leader)
        os.close(follower)
    assert result.returncode == 2
    assert assert_one_error_line(result) == (
        "jzfacts: '-' reads names from stdin, but stdin is a terminal; pipe names in"
    )


# --- the cache -------------------------------------------------------------------------------

SINGLES = ("base", "text", "pinyintext")  # one checksummed marshal document each
TABLES = ("facts", "names", "rows", "pinyin")  # records read one at a time
KINDS = SINGLES + TABLES
# The search index's files carry its version: rows3, text3 …
_VERSIONED = {"text", "pinyintext", "rows", "pinyin"}


def _kind_file(kind: str) -> str:
    from jzfacts.search.index import INDEX_VERSION

    return f"{kind}{INDEX_VERSION}" if kind in _VERSIONED else kind


@pytest.fixture(scope="module")
def reference() -> bytes:
    """`search GDP` (which fills all three cache files) computed without any cache."""
    result = invoke_cli("--no-cache", "search", "GDP")
    assert result.returncode == 0, result.stderr
    return result.stdout


def _cache_files(folder: Path, kinds: Sequence[str] = KINDS) -> dict[str, Path]:
    key = cache.content_key(FACTS.read_bytes())
    return {kind: folder / f"{key}.{_kind_file(kind)}" for kind in kinds}


def _assert_good_cache(
    folder: Path, reference: bytes, words: str = "GDP", kinds: Sequence[str] = KINDS
) -> None:
    """Every cache file is valid, and a further run reads them rather than rewriting."""
    files = _cache_files(folder, kinds)
    key = cache.CacheDir(str(folder)).key(FACTS.read_bytes())  # where the runs wrote
    assert key is not None
    for kind, path in files.items():
        assert path.is_file(), kind
        if kind in TABLES:
            table = cache.open_table(key, _kind_file(kind))
            assert table is not None, f"{kind} table unreadable"
            assert len(table.all()) == len(table)
        else:
            assert cache.read(key, _kind_file(kind)) is not None, f"{kind} cache unreadable"
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]
    before = {kind: (p.stat().st_ino, p.stat().st_mtime_ns) for kind, p in files.items()}
    result = invoke_cli("search", words, env={"JZFACTS_CACHE_DIR": str(folder)})
    assert (result.returncode, result.stdout, result.stderr) == (0, reference, b"")
    after = {kind: (p.stat().st_ino, p.stat().st_mtime_ns) for kind, p in files.items()}
    assert after == before, "a warm run rewrote the cache"


def test_a_cache_directory_that_cannot_be_created(tmp_path: Path, reference: bytes) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = invoke_cli("search", "GDP", env={"JZFACTS_CACHE_DIR": str(blocker / "cache")})
    note = (
        f"jzfacts: note: not caching: cannot create {blocker / 'cache'}: "
        "a parent is not a directory\n"
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, reference, note.encode())


def test_damaged_cache_files_are_misses(tmp_path: Path, reference: bytes) -> None:
    """Garbage, a file cut short, an empty file: each read is a miss, the answer is the
    same, and the run leaves good files behind."""
    folder = tmp_path / "own-cache"  # not conftest's warm copy: this test fills its own
    env = {"JZFACTS_CACHE_DIR": str(folder)}
    assert invoke_cli("search", "GDP", env=env).stdout == reference
    files = _cache_files(folder)
    blobs = {kind: path.read_bytes() for kind, path in files.items()}
    files["base"].write_bytes(os.urandom(len(blobs["base"])))
    files["rows"].write_bytes(blobs["rows"][: len(blobs["rows"]) // 2])
    files["pinyin"].write_bytes(b"")
    files["text"].write_bytes(blobs["text"][:-7] + b"garbage")
    result = invoke_cli("search", "GDP", env=env)
    assert (result.returncode, result.stdout, result.stderr) == (0, reference, b"")
    _assert_good_cache(folder, reference)


def test_a_record_corrupted_after_its_table_opens_falls_back_to_the_yaml(
    tmp_path: Path, reference: bytes
) -> None:
    """The tables' headers are intact but the records behind them are garbage: the first
    record read fails its check, and the answer comes from the YAML instead."""
    folder = tmp_path / "own-cache"
    env = {"JZFACTS_CACHE_DIR": str(folder)}
    assert invoke_cli("search", "GDP", env=env).stdout == reference
    files = _cache_files(folder)
    for kind in ("facts", "names", "rows"):
        blob = files[kind].read_bytes()
        files[kind].write_bytes(
            blob[: len(blob) // 2] + bytes(b ^ 0x5A for b in blob[len(blob) // 2 :])
        )
    assert invoke_cli("search", "GDP", env=env).stdout == reference
    shown = invoke_cli("show", "gdp", "gdp-growth", "--format", "value", env=env)
    assert (shown.returncode, shown.stdout, shown.stderr) == (0, b"143\n10.0\n", b"")


def test_cache_files_that_are_directories(tmp_path: Path, reference: bytes) -> None:
    folder = tmp_path / "own-cache"
    for path in _cache_files(folder).values():
        path.mkdir(parents=True)
    result = invoke_cli("search", "GDP", env={"JZFACTS_CACHE_DIR": str(folder)})
    # Nothing can replace a directory: every run is a miss, still right, and says once
    # that caching is off.
    assert (result.returncode, result.stdout) == (0, reference)
    assert result.stderr.startswith(
        f"jzfacts: note: not caching: cannot write to {folder}: ".encode()
    )
    assert result.stderr.count(b"\n") == 1


def test_a_changed_base_with_the_same_size_and_mtime_is_seen(tmp_path: Path) -> None:
    facts = copy_base(tmp_path)  # the mini base
    env = {"JZFACTS_CACHE_DIR": str(tmp_path / "cache")}
    args = ("--data", str(facts), "show", "gdp", "--format", "value", "--field", "label.en")
    assert invoke_cli(*args, env=env).stdout == b"Gross domestic product (GDP)\n"

    before = facts.stat()
    text = facts.read_bytes()
    assert text.count(b"en: Gross domestic product (GDP)}") == 1
    facts.write_bytes(text.replace(b"product (GDP)}", b"product (XYZ)}"))
    os.utime(facts, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = facts.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)

    assert invoke_cli(*args, env=env).stdout == b"Gross domestic product (XYZ)\n"


def test_eight_cold_starts_at_once(tmp_path: Path) -> None:
    """Eight processes race to build and write the same cache files. A Chinese query
    (no pinyin needed) keeps it quick: the base and the search index are what race."""
    reference = invoke_cli("--no-cache", "search", "甲醇")
    assert reference.returncode == 0, reference.stderr
    folder = tmp_path / "cold-cache"  # conftest's isolated_env is a warm copy
    env = cli_env(JZFACTS_CACHE_DIR=str(folder))
    command = [sys.executable, "-m", "jzfacts", "search", "甲醇"]
    procs = [
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for _ in range(8)
    ]
    outputs = [p.communicate(timeout=60) for p in procs]
    results = [(p.returncode, out, err) for p, (out, err) in zip(procs, outputs, strict=True)]
    assert results == [(0, reference.stdout, b"")] * 8
    _assert_good_cache(
        folder, reference.stdout, "甲醇", kinds=("base", "facts", "names", "rows", "text")
    )


# --- a bug anywhere ----------------------------------------------------------------------------


def test_an_unexpected_exception_is_exit_4_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug deep in the engine, through the console script's entry point: one line, no
    traceback, and nothing of the exception's text or its locals."""

    def resolve(base: object, name: str) -> None:
        secret_local = "hunter2-in-a-local"
        raise RuntimeError("boom with " + secret_local)

    monkeypatch.setattr(query, "resolve", resolve)
    result = invoke_cli("show", "gdp")
    assert result.returncode == 4
    line = assert_one_error_line(result)
    assert line.startswith("jzfacts: internal error (RuntimeError)")
    assert b"hunter2" not in result.stderr and b"boom" not in result.stderr


def test_an_unexpected_exception_under_clirunner(monkeypatch: pytest.MonkeyPatch) -> None:
    def resolve(base: object, name: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(query, "resolve", resolve)
    result = CliRunner().invoke(app, ["show", "gdp"])
    assert result.exit_code == 4
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("jzfacts: internal error (RuntimeError)")
    assert "Traceback" not in result.output and "boom" not in result.output


# --- in-process checks of what the CLI relies on -------------------------------------------


def test_loader_raises_only_data_errors_on_the_corpus() -> None:
    """The corpus through the loader directly: each file is valid or a DataError."""
    for name, expected in MANIFEST.items():
        try:
            _, problems = parse_and_validate(BAD / name, name, (BAD / name).read_bytes())
        except DataError as exc:
            assert expected.exit == 3, name
            assert f"jzfacts: {exc}" == expected.message, name
            continue
        assert bool(problems) == (expected.exit == 3), name


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_piped_base_falls_back_to_the_bytes_it_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A regular file is read again when a cache record turns out corrupt; a pipe
    (--data <(…)) cannot be, so its bytes are kept and the fallback answers from them."""
    from jzfacts import cachestore
    from jzfacts.files import Location
    from jzfacts.model import StoreError

    os.mkfifo(tmp_path / "fifo")
    assert not factbase._regular(str(tmp_path / "fifo"))
    facts = copy_base(tmp_path / "base")
    assert factbase._regular(str(facts))

    folder = cache.CacheDir(str(tmp_path / "cache"))
    location = Location(str(facts), "facts.yaml")
    expected = [f.value_text for f in factbase.load(location, cache_dir=folder).facts]
    key = folder.key(facts.read_bytes())

    def corrupt(self: object) -> None:  # a record that fails its check once read
        raise StoreError("bad record")

    monkeypatch.setattr(cachestore.CachedStore, "all_facts", corrupt)
    reads: list[str] = []
    real_read = factbase.read_bytes

    def read_once(path: str, shown: str) -> bytes:  # as a pipe: a second read has nothing
        reads.append(path)
        return real_read(path, shown) if len(reads) == 1 else b""

    monkeypatch.setattr(factbase, "read_bytes", read_once)
    monkeypatch.setattr(factbase, "_regular", lambda path: False)
    piped = factbase.load(location, cache_dir=folder)
    assert piped.key == key  # from the cache, until the corrupt record
    assert [f.value_text for f in piped.facts] == expected  # the fallback, from memory
    assert reads == [str(facts)]


def test_a_base_changed_before_its_fallback_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is read again for a fallback: if it changed since the run began, the
    facts read so far (and the search index) are of another base, so the run stops with
    a data error instead of mixing the two."""
    from jzfacts import cachestore
    from jzfacts.files import Location
    from jzfacts.model import StoreError

    facts = copy_base(tmp_path / "base")
    folder = cache.CacheDir(str(tmp_path / "cache"))
    location = Location(str(facts), "facts.yaml")
    factbase.load(location, cache_dir=folder)  # fills the cache
    base = factbase.load(location, cache_dir=folder)  # reads it
    assert base.key

    def corrupt(self: object) -> None:
        raise StoreError("bad record")

    monkeypatch.setattr(cachestore.CachedStore, "all_facts", corrupt)
    facts.write_text(facts.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with pytest.raises(DataError, match="changed while jzfacts was reading it"):
        base.facts  # noqa: B018 - the read is the point
