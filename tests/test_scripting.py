"""The shell-scripting contract.

stdout carries results only (TSV off a terminal, a table on one, or the chosen
--format), stderr carries messages; exit codes 0/1/2/3/4 (141 for a closed pipe);
`-` reads names from stdin; colour follows the terminal, NO_COLOR, TERM=dumb and
--color/--no-color; output survives C locales, ASCII stdout, `| head` and bash
completion.

What only a real process shows runs in one: pipes (a closed pipe, `| head`, a pipeline),
a pseudo-terminal, locales and stdout encodings, shell completion. Everything else (the
formats, exit codes, messages, names on stdin) runs in this process through the console
script's entry point (conftest.invoke_cli). Each batch runs once per module and the
tests assert on its results.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import re
import shlex
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from bench.terminal import TerminalRun, display_width, run_on_terminal

from tests.conftest import Call, invoke_cli, run_many, run_shell, side_by_side
from tests.scripting_helpers import (
    BOX_CHARS,
    JZFACTS_SCRIPT,
    PIPE_CAPACITY,
    PYTHON,
    base_env,
    boxes,
    describe,
    has_crash,
    id_segments,
    loads,
    lookup,
    parse_table,
    run_here,
    same_cell,
    squash,
    tsv_escape,
)

GDP_ZH = "地区生产总值"

# The commands that have --format, each with arguments giving several records.
SHOW_NAMES = (
    "gdp",
    "吉利产值",
    "high-tech-enterprises",
    "gdp-growth",
    "methanol-vehicle-output-headline",
)
COMMANDS: dict[str, tuple[str, ...]] = {
    "show": ("show", *SHOW_NAMES),
    "list": ("list",),
    "search": ("search", "企业"),
    "sections": ("sections",),
    "compare": ("compare", "gdp", "geely-output", "high-tech-enterprises", "gdp-growth"),
    "coverage": ("coverage", "--all"),
}

# The format runs made for every command: (extra args, extra env).
FORMATS: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {
    "default": ((), {}),
    "tsv": (("--format", "tsv", "--header"), {}),
    "csv": (("--format", "csv"), {}),
    "json": (("--format", "json"), {}),
    "jsonl": (("--format", "jsonl"), {}),
    "value": (("--format", "value"), {}),
    "table400": (("--format", "table"), {"COLUMNS": "400"}),
    "table": (("--format", "table"), {}),
}
NARROW = {"list": 80, "search": 80, "sections": 60}  # COLUMNS a table must fit in

# TSV/CSV header -> where the same datum is in a JSON record.
JSON_PATH = {
    "score": "score",
    "id": "id",
    "kind": "kind",
    "label_zh": "label.zh",
    "label_en": "label.en",
    "value": "value_text",
    "unit": "unit",
    "period": "period",
    "section": "section.id",
    "quote": "quote",
    "amount": "amount.value",
    "amount_unit": "amount.unit",
    "ratio": "ratio",
    "difference": "difference",
    "difference_unit": "difference_unit",
    "facts": "facts",
    "zh": "zh",
    "en": "en",
    "line": "line",
    "text": "text",
    "covered_by": "covered_by",
    "excluded_because": "excluded_because",
}
JSON_PATH_FOR = {"compare": {"note": "compare_note"}}

# The columns TSV/CSV must have: the record's identity and its value.
KEY_COLUMNS = {
    "show": ("id", "value", "label_zh"),
    "list": ("id", "value", "label_zh"),
    "search": ("score", "id", "value"),
    "sections": ("id", "facts", "zh"),
    "compare": ("id", "value", "ratio"),
    "coverage": ("kind", "line", "text", "covered_by"),
}
DEFAULT_VALUE_FIELD = {
    "show": "value_text",
    "list": "value_text",
    "search": "id",
    "sections": "id",
    "compare": "ratio",
    "coverage": "text",
}
# Long text fields: with no COLUMNS, a table must show each whole on one line.
LONG_FIELDS = {
    "show": ("quote", "label.en", "note"),
    "list": ("label.zh",),
    "search": ("quote", "label.zh"),
    "sections": ("zh", "en"),
    "compare": ("label.zh",),
    "coverage": ("text", "excluded_because"),
}


def records_of(command: str, document: Any) -> list[dict[str, Any]]:
    return document["items"] if command == "compare" else document


def json_path(command: str, header: str) -> str | None:
    return JSON_PATH_FOR.get(command, {}).get(header) or JSON_PATH.get(header)


# --- module fixtures: the batches ----------------------------------------------------------------


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scripting-cache")
    # Compile the cache once (with pinyin), so the concurrent processes below only read it.
    for args in (("list", "--format", "value", "--field", "id"), ("search", "jiachun")):
        warm = invoke_cli(*args, env={"JZFACTS_CACHE_DIR": str(path)})
        assert warm.returncode == 0, describe("jzfacts " + " ".join(args), warm)
    return path


Env = Callable[..., dict[str, str]]


@pytest.fixture(scope="module")
def env(cache_dir: Path) -> Env:
    """The whole environment of a real process: clean, with the module's cache."""

    def make(**extra: str | None) -> dict[str, str]:
        return base_env(cache_dir, **extra)

    return make


@pytest.fixture(scope="module")
def here(cache_dir: Path) -> Env:
    """What an in-process run adds to the test's (clean) environment."""

    def make(**extra: str) -> dict[str, str]:
        return {"JZFACTS_CACHE_DIR": str(cache_dir), **extra}

    return make


@pytest.fixture(scope="module")
def formats(here: Env) -> dict[tuple[str, str], tuple[Call, subprocess.CompletedProcess[bytes]]]:
    calls: dict[tuple[str, str], Call] = {}
    for command, args in COMMANDS.items():
        for name, (extra, extra_env) in FORMATS.items():
            calls[command, name] = Call((*args, *extra), here(**extra_env))
    for command, cols in NARROW.items():
        calls[command, "narrow"] = Call(
            (*COMMANDS[command], "--format", "table"), here(COLUMNS=str(cols))
        )
    calls["show", "jsonflag"] = Call((*COMMANDS["show"], "--json"), here())
    calls["compare", "jsonflag"] = Call((*COMMANDS["compare"], "--json"), here())
    calls["list", "tsv-noheader"] = Call(("list", "--format", "tsv"), here())
    calls["list", "value-id"] = Call(("list", "--format", "value", "--field", "id"), here())
    calls["list", "value-label.en"] = Call(
        ("list", "--format", "value", "--field", "label.en"), here()
    )
    results = run_here(calls)
    return {key: (calls[key], results[key]) for key in calls}


def ok(formats, command: str, name: str) -> subprocess.CompletedProcess[bytes]:
    """The result of one batch run, asserted to have succeeded cleanly."""
    call, result = formats[command, name]
    assert result.returncode == 0, f"expected exit 0{describe(call, result)}"
    assert not has_crash(result.stderr), f"traceback on stderr{describe(call, result)}"
    return result


def text_of(formats, command: str, name: str) -> str:
    return ok(formats, command, name).stdout.decode("utf-8")


def json_records(formats, command: str) -> list[dict[str, Any]]:
    return records_of(command, loads(ok(formats, command, "json").stdout))


def tsv_rows(formats, command: str) -> tuple[list[str], list[list[str]]]:
    lines = text_of(formats, command, "tsv").split("\n")
    assert lines[-1] == "", "TSV must end with a newline"
    header, *rows = (line.split("\t") for line in lines[:-1])
    return header, rows


# --- output formats: every command, every format -------------------------------------------------

CMDS = list(COMMANDS)


@pytest.mark.parametrize("command", CMDS)
@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_exits_0_without_traceback(formats, command: str, name: str) -> None:
    ok(formats, command, name)


@pytest.mark.parametrize("command", CMDS)
def test_default_off_a_terminal_is_plain_tsv(formats, command: str) -> None:
    """Piped, the default is TSV: no header, no colour, no box drawing, one record a line."""
    call, _ = formats[command, "default"]
    out = text_of(formats, command, "default")
    assert "\x1b" not in out, (
        f"escape sequence on piped stdout{describe(call, formats[command, 'default'][1])}"
    )
    assert not BOX_CHARS.search(out), (
        f"box drawing on piped stdout{describe(call, formats[command, 'default'][1])}"
    )
    _header, rows = tsv_rows(formats, command)
    assert out == "".join("\t".join(r) + "\n" for r in rows), (
        "default output differs from --format tsv without its header"
    )
    assert len(rows) == len(json_records(formats, command))


@pytest.mark.parametrize("command", CMDS)
def test_tsv_header_and_constant_column_count(formats, command: str) -> None:
    header, rows = tsv_rows(formats, command)
    assert all(h and h == h.strip() for h in header), header
    for key in KEY_COLUMNS[command]:
        assert key in header, f"TSV header lacks {key!r}: {header}"
    counts = {len(r) for r in rows}
    assert counts == {len(header)}, f"TSV rows have {counts} columns, header has {len(header)}"
    if command == "list":
        plain = text_of(formats, "list", "tsv-noheader")
        assert plain.split("\n")[0].split("\t")[0] == rows[0][0], (
            "--format tsv without --header prints a header"
        )


@pytest.mark.parametrize("command", CMDS)
def test_tsv_agrees_with_json(formats, command: str) -> None:
    header, rows = tsv_rows(formats, command)
    records = json_records(formats, command)
    assert len(rows) == len(records)
    for index, (row, record) in enumerate(zip(rows, records, strict=True)):
        for column, flat in zip(header, row, strict=True):
            path = json_path(command, column)
            if path is None:
                continue
            value = lookup(record, path)
            assert same_cell(flat, value), (
                f"record {index} column {column!r}: TSV {flat!r} vs JSON {value!r}"
            )


@pytest.mark.parametrize("command", CMDS)
def test_csv_is_rfc4180_with_header_and_matches_tsv(formats, command: str) -> None:
    raw = text_of(formats, command, "csv")
    assert raw.endswith("\r\n") and "\n" not in raw.replace("\r\n", ""), (
        "CSV records must end with CRLF"
    )
    parsed = list(csv.reader(io.StringIO(raw, newline="")))
    header, rows = tsv_rows(formats, command)
    assert parsed[0] == header, "CSV header differs from the TSV header"
    assert [[tsv_escape(c) for c in r] for r in parsed[1:]] == rows, (
        "CSV records differ from TSV records"
    )


@pytest.mark.parametrize("command", CMDS)
def test_json_is_one_utf8_document_with_numbers(formats, command: str) -> None:
    raw = ok(formats, command, "json").stdout
    text = raw.decode("utf-8")
    document = json.loads(text)  # one document, nothing else on stdout
    assert not re.search(r"\\u[3-9][0-9a-fA-F]{3}", text), "Chinese is \\u-escaped in JSON"
    assert any("\u4e00" <= c <= "\u9fff" for c in text), "no raw Chinese in the JSON"
    records = records_of(command, document)
    assert isinstance(records, list) and records and all(isinstance(r, dict) for r in records)

    def number(value: Any) -> bool:
        return isinstance(value, (int, float)) and not isinstance(value, bool)

    for record in records:
        if command in ("show", "list", "search", "compare"):
            if record["value_text"] is None:
                assert record["value"] is None
            else:
                assert number(record["value"]), (
                    f"{record['id']}: value {record['value']!r} is not a number"
                )
                assert float(record["value_text"]) == record["value"]
            if record.get("amount"):
                assert number(record["amount"]["value"]), record["amount"]
        if command == "search":
            assert number(record["score"]), record["score"]
        if command == "compare":
            for key in ("ratio", "difference"):
                assert record[key] is None or number(record[key]), (key, record[key])
        if command == "sections":
            assert number(record["facts"]), record["facts"]
        if command == "coverage":
            assert number(record["line"]), record["line"]
    if command in ("show", "compare"):
        flag = ok(formats, command, "jsonflag").stdout
        assert flag == raw, "--json differs from --format json"


@pytest.mark.parametrize("command", CMDS)
def test_jsonl_is_one_object_per_line(formats, command: str) -> None:
    text = text_of(formats, command, "jsonl")
    lines = text.split("\n")
    assert lines[-1] == ""
    objects = [json.loads(line) for line in lines[:-1]]
    assert all(isinstance(o, dict) for o in objects)
    assert objects == json_records(formats, command)


@pytest.mark.parametrize("command", CMDS)
def test_value_format_prints_the_default_field(formats, command: str) -> None:
    lines = text_of(formats, command, "value").split("\n")
    assert lines[-1] == ""
    records = json_records(formats, command)
    path = DEFAULT_VALUE_FIELD[command]
    assert len(lines) - 1 == len(records)
    for line, record in zip(lines[:-1], records, strict=True):
        assert same_cell(line, lookup(record, path)), (line, lookup(record, path))


def test_value_field_picks_one_field(formats) -> None:
    records = json_records(formats, "list")
    assert text_of(formats, "list", "value-id") == "".join(r["id"] + "\n" for r in records)
    assert text_of(formats, "list", "value-label.en") == "".join(
        r["label"]["en"] + "\n" for r in records
    )


# --- tables --------------------------------------------------------------------------------------


# What a table must show for each record, besides its id (JSON paths; TSV text for numbers).
TABLE_VALUES = {
    "show": ("label.zh", "value_text", "quote"),
    "list": ("label.zh", "value_text"),
    "search": ("value_text", "score"),
    "sections": ("zh", "facts"),
    "compare": ("label.zh", "value_text"),
}


def _shown(value: Any) -> str:
    """A JSON value as the flat formats print it (the table must carry the same)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@pytest.mark.parametrize("command", CMDS)
def test_table_agrees_with_tsv_and_json(formats, command: str) -> None:
    """COLUMNS=400 --format table off a terminal: the same records, in the same order,
    each with its id and values."""
    call, result = formats[command, "table400"]
    text = text_of(formats, command, "table400")
    assert "\x1b" not in text, "colour in a piped table"
    records = json_records(formats, command)
    lines = text.split("\n")
    if command == "coverage":
        table = parse_table(boxes(text)[0])
        assert len(table.rows) == len(records), (
            f"table has {len(table.rows)} rows, JSON {len(records)} records{describe(call, result)}"
        )
        for index, (cells, record) in enumerate(zip(table.rows, records, strict=True)):
            row = squash("".join(cells))
            for value in (
                record["kind"],
                str(record["line"]),
                record["text"],
                *record["covered_by"],
            ):
                assert squash(value) in row, f"row {index}: {value!r} not in {cells}"
            assert cells[0] and squash(record["kind"]) in squash(" ".join(cells[:2])), cells
        return
    ids = [r["id"] for r in records]
    segments = id_segments(lines, ids)
    found = ids[: len(segments)]
    assert len(segments) == len(ids), (
        f"ids not all in the table in JSON order: {ids[len(segments)]!r} not found"
        f" after {found[-1:]}"
        f"{describe(call, result)}"
    )
    for fact_id, segment, record in zip(ids, segments, records, strict=True):
        body = squash(BOX_CHARS.sub("", "\n".join(segment)))
        for path in TABLE_VALUES[command]:
            value = lookup(record, path)
            if value is None or value == "":
                continue
            assert squash(_shown(value)) in body, (
                f"{fact_id}: {path} {value!r} not in its table row:\n" + "\n".join(segment)[:1500]
            )


def test_compare_table_ratio_agrees(formats) -> None:
    """The ratio a table shows (maybe rounded, as 1.57×) is the ratio JSON gives (1.5664)."""
    call, result = formats["compare", "table400"]
    text = text_of(formats, "compare", "table400")
    records = json_records(formats, "compare")
    segments = id_segments(text.split("\n"), [r["id"] for r in records])
    assert len(segments) == len(records), describe(call, result)
    for segment, record in zip(segments, records, strict=True):
        if record["ratio"] is None:
            continue
        shown = re.findall(r"(\d+(?:\.(\d+))?)\s*×", segment[0])
        assert shown, f"{record['id']}: no ratio (N×) on its row: {segment[0]}"
        number, decimals = shown[0]
        tolerance = 0.5 * 10 ** -len(decimals) + 1e-9
        assert abs(float(number) - record["ratio"]) <= tolerance, (
            f"{record['id']}: table ratio {number} vs JSON {record['ratio']}"
        )


def _column_texts(text: str) -> list[str]:
    """Each column of the boxes in a view, its cells joined top to bottom and squashed
    (a wrapped cell reads whole again); a view without boxes is one column."""
    columns: dict[int, list[str]] = {}
    for line in text.split("\n"):
        for index, part in enumerate(re.split("[│┃]", line)):
            columns.setdefault(index, []).append(part.strip())
    return [squash("".join(parts)) for parts in columns.values()] + [squash(text)]


@pytest.mark.parametrize("command", CMDS)
def test_table_without_columns_is_80_wide_and_whole(formats, command: str) -> None:
    """No COLUMNS off a terminal: 80 columns (README, "Output"), every long field whole
    in its column (wrapped, never cut)."""
    text = text_of(formats, command, "table")
    assert max(display_width(line) for line in text.split("\n")) <= 80
    columns = _column_texts(text)
    for record in json_records(formats, command):
        for path in LONG_FIELDS[command]:
            value = lookup(record, path)
            if value:
                assert any(squash(value) in c for c in columns), f"{path} {value!r} is cut"


@pytest.mark.parametrize("command", list(NARROW))
def test_table_off_a_terminal_honours_columns(formats, command: str) -> None:
    call, result = formats[command, "narrow"]
    lines = text_of(formats, command, "narrow").rstrip("\n").split("\n")
    widths = {display_width(line) for line in lines}
    assert max(widths) <= NARROW[command], (
        f"lines up to {max(widths)} cells wide{describe(call, result)}"
    )


@pytest.mark.parametrize(
    ("command", "name"),
    [(c, n) for c in CMDS for n in ("table400", "table")] + [(c, "narrow") for c in NARROW],
)
def test_cjk_table_lines_align(formats, command: str, name: str) -> None:
    """Every line of a box (table or card) has the same display width."""
    call, result = formats[command, name]
    blocks = boxes(text_of(formats, command, name))
    assert blocks, f"no table in{describe(call, result)}"
    for block in blocks:
        widths = [display_width(line) for line in block]
        assert len(set(widths)) == 1, (
            f"misaligned box: widths {sorted(set(widths))}; e.g. "
            + "\n".join(
                f"{w:4} {line}" for w, line in zip(widths, block, strict=True) if w != widths[0]
            )[:800]
        )


# --- colour and the terminal (a real pty) --------------------------------------------------------

TTY_CASES = {
    "default": ((), {}, True),
    "no_color": ((), {"NO_COLOR": "1"}, False),
    "no_color_empty": ((), {"NO_COLOR": ""}, True),
    "term_dumb": ((), {"TERM": "dumb"}, False),
    "flag_no_color": (("--no-color",), {}, False),
}


@pytest.fixture(scope="module")
def tty_results(env: Env) -> dict[str, TerminalRun]:
    def one(case: str) -> Callable[[], TerminalRun]:
        extra, extra_env, _ = TTY_CASES[case]
        return lambda: run_on_terminal(
            [PYTHON, "-m", "jzfacts", "show", "gdp", *extra],
            env(**extra_env),
            rows=50,
            cols=160,
            stderr_to_terminal=False,
            timeout=60,
        )

    return side_by_side({case: one(case) for case in TTY_CASES})


@pytest.mark.parametrize("case", list(TTY_CASES))
def test_terminal_gets_a_table_and_colour_rules(tty_results, case: str) -> None:
    extra, extra_env, coloured = TTY_CASES[case]
    result = tty_results[case]
    settings = " ".join(f"{k}={v!r}" for k, v in extra_env.items())
    shown = f"{settings} jzfacts show gdp {' '.join(extra)} (stdout a tty)"
    assert result.returncode == 0, describe(shown, result)
    text = result.stdout.decode("utf-8")
    assert BOX_CHARS.search(text) and "gdp" in text and GDP_ZH in text, (
        f"no card on a terminal{describe(shown, result)}"
    )
    assert "\t" not in text
    assert ("\x1b[" in text) is coloured, (
        f"colour should be {'on' if coloured else 'off'}{describe(shown, result)}"
    )


@pytest.fixture(scope="module")
def piped_colour(here: Env):
    calls = {
        "table": Call(("show", "gdp", "--format", "table"), here()),
        "forced": Call(("show", "gdp", "--format", "table", "--color"), here()),
        "forced_list": Call(("list", "--format", "table", "--color"), here(COLUMNS="200")),
    }
    return calls, run_here(calls)


def test_colour_off_when_piped_and_forced_by_color(piped_colour) -> None:
    calls, results = piped_colour
    for key in calls:
        assert results[key].returncode == 0, describe(calls[key], results[key])
    assert b"\x1b" not in results["table"].stdout, describe(calls["table"], results["table"])
    assert b"\x1b[" in results["forced"].stdout, describe(calls["forced"], results["forced"])
    assert b"\x1b[" in results["forced_list"].stdout, describe(
        calls["forced_list"], results["forced_list"]
    )


# --- names from stdin ----------------------------------------------------------------------------


JZ = f"{shlex.quote(PYTHON)} -m jzfacts"


@pytest.fixture(scope="module")
def stdin_results(here: Env, formats):
    """Names from a file on stdin (`jzfacts show - < names`); the pipeline above and
    README's `printf … | jzfacts show -` read them from a real pipe."""
    ids = text_of(formats, "list", "value-id").encode()
    calls = {
        "compare": Call(("compare", "-", "--format", "json"), here(), b"gdp\ngeely-output\n"),
        "cite": Call(("cite", "-", "--format", "json"), here(), ids),
        "mixed": Call(
            ("show", "gdp", "-", "--format", "json"), here(), b"\n  high-tech-enterprises  \r\n\n"
        ),
        "alias": Call(
            ("show", "-", "--format", "value", "--field", "id"), here(), "吉利产值\nGDP\n".encode()
        ),
    }
    return calls, run_here(calls)


def test_pipeline_list_ids_into_show_gives_every_fact(env, formats) -> None:
    command = f"set -o pipefail; {JZ} list --format value --field id | {JZ} show - --format json"
    result = run_shell(command, env())
    assert result.returncode == 0, describe(command, result)
    assert not has_crash(result.stderr), describe(command, result)
    shown = loads(result.stdout)
    assert [r["id"] for r in shown] == [r["id"] for r in json_records(formats, "list")]
    assert shown == json_records(formats, "list")


@pytest.mark.parametrize("case", ["compare", "cite", "mixed", "alias"])
def test_dash_reads_names_from_stdin(stdin_results, formats, case: str) -> None:
    calls, results = stdin_results
    call, result = calls[case], results[case]
    assert result.returncode == 0, describe(call, result)
    if case == "compare":
        assert [i["id"] for i in loads(result.stdout)["items"]] == ["gdp", "geely-output"]
    elif case == "cite":
        assert [r["id"] for r in loads(result.stdout)] == [
            r["id"] for r in json_records(formats, "list")
        ]
    elif case == "mixed":
        assert [r["id"] for r in loads(result.stdout)] == ["gdp", "high-tech-enterprises"]
    else:
        assert result.stdout == b"geely-output\ngdp\n"


# --- exit codes ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("bad-bases")
    broken = root / "broken.yaml"
    broken.write_text("facts: [ {id: gdp, value: \n  - : : :\n", encoding="utf-8")
    invalid = root / "invalid.yaml"
    invalid.write_text("facts:\n  - id: gdp\n    kind: nonsense\n", encoding="utf-8")
    return {"broken": str(broken), "invalid": str(invalid), "dir": str(root)}


EXIT_CASES: dict[str, tuple[tuple[str | bytes, ...], int]] = {
    "unknown-name": (("show", "nosuchfact"), 1),
    "unknown-name-compare": (("compare", "gdp", "nosuchfact"), 1),
    "unknown-name-cite": (("cite", "nosuchfact"), 1),
    "no-search-hit": (("search", "zzzzqqqxxj"), 1),
    "no-filter-hit": (("list", "--tag", "no-such-tag-anywhere"), 1),
    "unknown-option": (("list", "--bogus"), 2),
    "unknown-command": (("nosuchcommand",), 2),
    "bad-format": (("list", "--format", "xml"), 2),
    "json-and-format-disagree": (("show", "gdp", "--json", "--format", "csv"), 2),
    "unknown-field": (("list", "--format", "value", "--field", "no_such_field"), 2),
    "empty-query": (("search", ""), 2),
    "empty-question": (("ask", ""), 2),
    "limit-zero": (("search", "企业", "--limit", "0"), 2),
    "missing-names": (("show",), 2),
    "bad-utf8-query": (("search", b"\xff"), 2),
    "bad-utf8-name": (("show", b"gd\xffp"), 2),
    "bad-utf8-question": (("ask", b"\xfe\xff"), 2),
    "data-nonexistent": (("--data", "/nonexistent", "list"), 3),
    "coverage-nonexistent": (("coverage", "/nonexistent"), 3),
    "data-broken-yaml": (("--data", "{broken}", "list"), 3),
    "data-invalid": (("--data", "{invalid}", "show", "gdp"), 3),
    "data-directory": (("--data", "{dir}", "list"), 3),
}


@pytest.fixture(scope="module")
def exit_results(here: Env, bad_bases):
    calls = {}
    for key, (args, _) in EXIT_CASES.items():
        args = tuple(a.format(**bad_bases) if isinstance(a, str) else a for a in args)
        calls[key] = Call(args, here())

    # An internal error: a bug deep in the engine, simulated by making json.dumps raise.
    def boom(*args: object, **kwargs: object) -> str:
        raise RuntimeError("simulated bug")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json, "dumps", boom)
        internal = invoke_cli("show", "gdp", "--format", "json", env=here())
    return calls, run_here(calls), internal


@pytest.mark.parametrize("case", list(EXIT_CASES))
def test_exit_codes(exit_results, case: str) -> None:
    calls, results, _ = exit_results
    call, result = calls[case], results[case]
    expected = EXIT_CASES[case][1]
    assert result.returncode == expected, f"expected exit {expected}{describe(call, result)}"
    assert not has_crash(result.stderr), describe(call, result)
    lines = [line for line in result.stderr.decode("utf-8", "replace").split("\n") if line.strip()]
    assert lines, f"no message on stderr{describe(call, result)}"
    if expected == 2 or expected == 3:
        assert len(lines) == 1, f"expected one line on stderr{describe(call, result)}"
        assert result.stdout == b"", (
            f"results on stdout for a failed command{describe(call, result)}"
        )


def test_internal_error_exits_4_with_one_line(exit_results) -> None:
    _, _, result = exit_results
    shown = "jzfacts show gdp --format json  (with json.dumps patched to raise RuntimeError)"
    assert result.returncode == 4, describe(shown, result)
    assert not has_crash(result.stderr), describe(shown, result)
    lines = [line for line in result.stderr.decode().split("\n") if line.strip()]
    assert len(lines) == 1 and "internal error" in lines[0], describe(shown, result)


@pytest.fixture(scope="module")
def partial_results(here: Env):
    args = ("show", "gdp", "nosuchfact", "high-tech-enterprises")
    calls = {
        "tsv": Call(args, here()),
        "json": Call((*args, "--format", "json"), here()),
        "cite": Call(("cite", "gdp", "nosuchfact", "high-tech-enterprises"), here()),
    }
    return calls, run_here(calls)


def test_show_prints_found_names_unknown_on_stderr_exit_1(partial_results) -> None:
    calls, results = partial_results
    for key in calls:
        assert results[key].returncode == 1, describe(calls[key], results[key])
        assert b"nosuchfact" in results[key].stderr, describe(calls[key], results[key])
        assert b"nosuchfact" not in results[key].stdout, describe(calls[key], results[key])
        assert not has_crash(results[key].stderr)
    rows = results["tsv"].stdout.decode().splitlines()
    assert [r.split("\t")[0] for r in rows] == ["gdp", "high-tech-enterprises"]
    assert [r["id"] for r in loads(results["json"].stdout)] == ["gdp", "high-tech-enterprises"]
    assert len(results["cite"].stdout.decode().splitlines()) == 2


def test_help_mentions_exit_codes(here: Env) -> None:
    call = Call(("--help",), here())
    result = invoke_cli(*call.args, env=call.env)
    assert result.returncode == 0, describe(call, result)
    text = " ".join(result.stdout.decode().split())
    assert "Exit codes" in text or "exit codes" in text, describe(call, result)
    for code, words in (
        ("0", "found"),
        ("1", "nothing found"),
        ("2", "usage"),
        ("3", "bad data"),
        ("4", "internal"),
    ):
        assert re.search(rf"\b{code}\b[^0-9]{{0,6}}{words}", text), (
            f"--help does not explain exit {code}{describe(call, result)}"
        )


# --- streams: broken pipes -----------------------------------------------------------------------

CLOSED_PIPE = {
    "list": ("list",),
    "list-json": ("list", "--format", "json"),
    "search-json": ("search", "企业", "--format", "json"),
    "show": ("show", "gdp"),
    "sections": ("sections",),
    "compare": ("compare", "gdp", "geely-output"),
    "cite": ("cite", "gdp"),
    "coverage-all": ("coverage", "--all"),
}


def _write_to_closed_pipe(
    args: tuple[str, ...], env: dict[str, str]
) -> subprocess.CompletedProcess[bytes]:
    """Start jzfacts with stdout a pipe whose read end is already closed."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.Popen(
            [PYTHON, "-m", "jzfacts", *args],
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
        )
    finally:
        os.close(write_end)
    _, stderr = proc.communicate(timeout=30)
    return subprocess.CompletedProcess(proc.args, proc.returncode, b"", stderr)


# Python's stdout differs with PYTHONUNBUFFERED (common in containers): sys.stdout.buffer
# is then a raw FileIO, whose write() may be partial. Both must behave the same.
CLOSED_PIPE_UNBUFFERED = ("list-json", "show")
BUFFERING = {"buffered": {"PYTHONUNBUFFERED": None}, "unbuffered": {"PYTHONUNBUFFERED": "1"}}


@pytest.fixture(scope="module")
def closed_pipe_results(env: Env):
    jobs = {(k, "buffered"): (a, env(**BUFFERING["buffered"])) for k, a in CLOSED_PIPE.items()}
    for k in CLOSED_PIPE_UNBUFFERED:
        jobs[k, "unbuffered"] = (CLOSED_PIPE[k], env(**BUFFERING["unbuffered"]))
    return side_by_side(
        {key: functools.partial(_write_to_closed_pipe, *job) for key, job in jobs.items()}
    )


@pytest.mark.parametrize(
    ("case", "mode"),
    [(c, "buffered") for c in CLOSED_PIPE] + [(c, "unbuffered") for c in CLOSED_PIPE_UNBUFFERED],
)
def test_closed_pipe_exits_141_quietly(closed_pipe_results, case: str, mode: str) -> None:
    result = closed_pipe_results[case, mode]
    prefix = "PYTHONUNBUFFERED=1 " if mode == "unbuffered" else ""
    shown = f"{prefix}jzfacts {' '.join(CLOSED_PIPE[case])} >&(pipe with its read end closed)"
    assert not has_crash(result.stderr), f"traceback{describe(shown, result)}"
    assert result.returncode == 141, f"expected 141{describe(shown, result)}"


REPORT_STATUS = '; codes="${PIPESTATUS[*]}"; echo "status: $codes" >&2'
HEAD_CASES = [
    "list|head -1",
    "search json|head -c 10",
    "show many json|head -c 10",
    "show many tsv|head -1",
    "coverage json|head -1",
]


@pytest.fixture(scope="module")
def head_results(env, formats, tmp_path_factory: pytest.TempPathFactory):
    list_size = len(ok(formats, "list", "default").stdout)
    search_size = len(ok(formats, "search", "json").stdout)
    coverage_size = len(ok(formats, "coverage", "json").stdout)
    list_json_size = len(ok(formats, "list", "json").stdout)
    names = tmp_path_factory.mktemp("names") / "ids-x10.txt"
    names.write_text(text_of(formats, "list", "value-id") * 10, encoding="utf-8")
    big = f"cat {shlex.quote(str(names))}"
    pipelines = {
        "list|head -1": (f"{JZ} list | head -1", list_size),
        "search json|head -c 10": (f"{JZ} search 企业 --format json | head -c 10", search_size),
        "show many json|head -c 10": (
            f"{big} | {JZ} show - --format json | head -c 10",
            10 * list_json_size,
        ),
        "show many tsv|head -1": (f"{big} | {JZ} show - | head -1", 10 * list_size),
        "coverage json|head -1": (f"{JZ} coverage --all --format json | head -1", coverage_size),
    }
    jobs = {}
    for key, (pipeline, _) in pipelines.items():
        for mode, extra in BUFFERING.items():
            command = f"set -o pipefail; {pipeline}{REPORT_STATUS}"
            jobs[key, mode] = (command, env(**extra))
    results = side_by_side({key: functools.partial(run_shell, *job) for key, job in jobs.items()})
    return pipelines, results


@pytest.mark.parametrize("mode", list(BUFFERING))
@pytest.mark.parametrize("case", HEAD_CASES)
def test_head_closes_the_pipe_quietly(head_results, case: str, mode: str) -> None:
    """`| head`: no traceback, no 'Exception ignored'; exit 0 when the whole output fits
    the pipe (it is written before head goes), 141 when it cannot."""
    pipelines, results = head_results
    pipeline, size = pipelines[case]
    result = results[case, mode]
    shown = (
        "PYTHONUNBUFFERED=1 " if mode == "unbuffered" else ""
    ) + f"bash -c 'set -o pipefail; {pipeline}'"
    assert not has_crash(result.stderr), (
        f"traceback or 'Exception ignored'{describe(shown, result)}"
    )
    match = re.search(rb"status: ([0-9 ]+)", result.stderr)
    assert match, describe(shown, result)
    codes = [int(c) for c in match.group(1).split()]
    jz_code = codes[-2]  # the jzfacts writing into head
    assert result.stdout, describe(shown, result)
    if size > 2 * PIPE_CAPACITY:
        # More than the pipe holds and head reads before it exits: the pipe breaks.
        assert jz_code == 141, (
            f"output of ~{size} bytes cannot fit the pipe: expected 141, got {jz_code}"
            f" (PIPESTATUS {codes})"
            f"{describe(shown, result)}"
        )
    elif size > PIPE_CAPACITY:
        # Just over: whether head has read a chunk before it exits is a race; either
        # ending is quiet (checked above).
        assert jz_code in (0, 141), describe(shown, result)
    else:
        assert jz_code == 0, (
            f"output of {size} bytes fits the pipe: expected 0, got {jz_code}"
            f"{describe(shown, result)}"
        )


# --- streams: locales and encodings --------------------------------------------------------------


LOCALE_ENVS = {
    "LC_ALL=C": {"LC_ALL": "C"},
    "LANG=C": {"LANG": "C", "LC_ALL": None, "LC_CTYPE": None},
}
LOCALE_FORMATS = {
    "tsv": ("show", "gdp"),
    "json": ("show", "gdp", "--format", "json"),
    "table": ("show", "gdp", "--format", "table"),
}


@pytest.fixture(scope="module")
def locale_results(env, cache_dir):
    calls = {}
    for lname, lenv in LOCALE_ENVS.items():
        for fname, args in LOCALE_FORMATS.items():
            calls[lname, fname] = Call(args, env(**lenv))
    bare = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "JZFACTS_CACHE_DIR": str(cache_dir)}
    for fname, args in LOCALE_FORMATS.items():
        calls["env -i", fname] = Call(args, bare)
    return calls, run_many(calls)


@pytest.mark.parametrize("locale", [*LOCALE_ENVS, "env -i"])
@pytest.mark.parametrize("fmt", list(LOCALE_FORMATS))
def test_c_locale_output_is_still_utf8(locale_results, locale: str, fmt: str) -> None:
    calls, results = locale_results
    call, result = calls[locale, fmt], results[locale, fmt]
    shown = f"{locale} {call.shown}"
    assert result.returncode == 0, describe(shown, result)
    assert GDP_ZH.encode("utf-8") in result.stdout, f"no UTF-8 {GDP_ZH}{describe(shown, result)}"
    assert not has_crash(result.stderr), describe(shown, result)
    result.stdout.decode("utf-8")
    if fmt == "json":
        assert loads(result.stdout)[0]["label"]["zh"] == GDP_ZH


ASCII_OK = {
    "json": ("show", "gdp", "--format", "json"),
    "jsonl": ("list", "--format", "jsonl"),
    "json-search": ("search", "企业", "--json"),
}
ASCII_FAIL = {
    "tsv": ("show", "gdp"),
    "csv": ("list", "--format", "csv"),
    "value": ("show", "gdp", "--format", "value", "--field", "label.zh"),
    "table": ("show", "gdp", "--format", "table"),
    "cite-text": ("cite", "gdp"),
}


@pytest.fixture(scope="module")
def ascii_results(env):
    calls = {
        k: Call(a, env(PYTHONIOENCODING="ascii")) for k, a in {**ASCII_OK, **ASCII_FAIL}.items()
    }
    calls["not-found-chinese"] = Call(("show", "不存在的事实"), env(PYTHONIOENCODING="ascii"))
    return calls, run_many(calls)


@pytest.mark.parametrize("case", list(ASCII_OK))
def test_ascii_stdout_json_still_valid(ascii_results, case: str) -> None:
    calls, results = ascii_results
    call, result = calls[case], results[case]
    assert result.returncode == 0, describe(call, result)
    text = result.stdout.decode("ascii")  # raises if not ASCII
    if case == "jsonl":
        documents = [json.loads(line) for line in text.splitlines()]
        assert any(d["label"]["zh"] == GDP_ZH for d in documents)
    else:
        document = json.loads(text)
        assert (
            any(GDP_ZH in json.dumps(d, ensure_ascii=False) for d in document)
            or case == "json-search"
        )
        assert any("\u4e00" <= c <= "\u9fff" for c in json.dumps(document, ensure_ascii=False))


@pytest.mark.parametrize("case", list(ASCII_FAIL))
def test_ascii_stdout_other_formats_fail_cleanly(ascii_results, case: str) -> None:
    calls, results = ascii_results
    call, result = calls[case], results[case]
    assert result.returncode == 2, describe(call, result)
    assert not has_crash(result.stderr), describe(call, result)
    lines = [line for line in result.stderr.decode("utf-8", "replace").split("\n") if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("jzfacts:"), describe(call, result)
    assert result.stdout == b"", describe(call, result)


def test_ascii_stdout_not_found_message_is_clean(ascii_results) -> None:
    calls, results = ascii_results
    call, result = calls["not-found-chinese"], results["not-found-chinese"]
    assert result.returncode == 1, describe(call, result)
    assert not has_crash(result.stderr), describe(call, result)


# --- shell completion ----------------------------------------------------------------------------

COMPLETIONS = {
    "show gd": ("jzfacts show gd", 2, {"gdp", "gdp-growth"}),
    "show geely-": (
        "jzfacts show geely-",
        2,
        {"geely-vehicles", "geely-output", "geely-industrial-growth-contribution"},
    ),
    "show GD (alias)": ("jzfacts show GD", 2, {"GDP"}),
    "show 吉利 (alias)": ("jzfacts show 吉利", 2, {"吉利产值", "吉利产量", "吉利拉动"}),
    "show second name": ("jzfacts show gdp geely-", 3, {"geely-output"}),
    "compare gd": ("jzfacts compare geely-output gd", 3, {"gdp"}),
    "cite gd": ("jzfacts cite gd", 2, {"gdp"}),
}


@pytest.fixture(scope="module")
def completion_results(env):
    calls = {
        key: Call(
            (), env(_JZFACTS_COMPLETE="complete_bash", COMP_WORDS=words, COMP_CWORD=str(cword))
        )
        for key, (words, cword, _) in COMPLETIONS.items()
    }
    return calls, run_many(calls)


@pytest.mark.parametrize("case", list(COMPLETIONS))
def test_bash_completion_offers_ids_and_aliases(completion_results, case: str) -> None:
    _calls, results = completion_results
    words, cword, expected = COMPLETIONS[case]
    result = results[case]
    shown = f"_JZFACTS_COMPLETE=complete_bash COMP_WORDS={words!r} COMP_CWORD={cword} jzfacts"
    offered = set(result.stdout.decode("utf-8").split("\n")) - {""}
    assert expected <= offered, f"missing {expected - offered}{describe(shown, result)}"
    typed = words.split()[-1].casefold()
    assert all(o.casefold().startswith(typed) for o in offered), describe(shown, result)


@pytest.mark.parametrize("case", ["show gd", "cite gd"])
def test_bash_completion_exits_0_and_quietly(completion_results, case: str) -> None:
    """Completion runs on every Tab: stderr noise lands in the user's prompt."""
    _calls, results = completion_results
    words, cword, _ = COMPLETIONS[case]
    result = results[case]
    shown = f"_JZFACTS_COMPLETE=complete_bash COMP_WORDS={words!r} COMP_CWORD={cword} jzfacts"
    assert not has_crash(result.stderr), describe(shown, result)
    assert result.returncode == 0, describe(shown, result)


def test_show_completion_prints_a_bash_script(env) -> None:
    # Typer detects the shell from the parent process (shellingham), so run it from bash;
    # `; exit $?` keeps bash from exec'ing it directly.
    command = f"{JZ} --show-completion bash; exit $?"
    result = run_shell(command, env(SHELL="/bin/bash"))
    text = result.stdout.decode()
    assert (
        "complete " in text and "_JZFACTS_COMPLETE=complete_bash" in text and "jzfacts" in text
    ), describe(command, result)
    assert "COMP_WORDS" in text, describe(command, result)
    assert not has_crash(result.stderr), describe(command, result)
    assert result.returncode == 0, describe(command, result)


@pytest.mark.skipif(
    not JZFACTS_SCRIPT.exists(), reason="no jzfacts console script next to the interpreter"
)
def test_bash_really_completes_with_the_printed_script(env) -> None:
    """Source the script in bash, set COMP_WORDS as bash would and call the function."""
    path = f"{JZFACTS_SCRIPT.parent}:{os.environ.get('PATH', '/usr/bin:/bin')}"
    command = (
        "source <(jzfacts --show-completion bash 2>/dev/null); "
        'for line in "jzfacts show gd" "jzfacts show geely-" '
        '"jzfacts compare gdp geely-o" "jzfacts cite gd"; do '
        '  read -ra COMP_WORDS <<< "$line"; COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); '
        '  _jzfacts_completion jzfacts 2>/dev/null; echo "$line => ${COMPREPLY[*]}"; '
        "done"
    )
    result = run_shell(command, env(SHELL="/bin/bash", PATH=path))
    out = result.stdout.decode()
    lines = dict(line.split(" => ", 1) for line in out.splitlines() if " => " in line)
    assert "gdp" in lines.get("jzfacts show gd", "").split(), describe(command, result)
    assert {"geely-output", "geely-vehicles"} <= set(
        lines.get("jzfacts show geely-", "").split()
    ), describe(command, result)
    assert lines.get("jzfacts compare gdp geely-o", "").split() == ["geely-output"], describe(
        command, result
    )
    assert "gdp" in lines.get("jzfacts cite gd", "").split(), describe(command, result)


# --- stdout is results only ----------------------------------------------------------------------


def test_messages_go_to_stderr_not_stdout(formats, partial_results) -> None:
    coverage = ok(formats, "coverage", "default")
    assert (
        b"covered or excluded" in coverage.stderr and b"covered or excluded" not in coverage.stdout
    )
    _calls, results = partial_results
    assert b"no fact" not in results["tsv"].stdout
    # every piped stdout line is a record: nothing before or after the data
    for command in CMDS:
        out = text_of(formats, command, "default")
        assert not out.startswith("\n") and "\n\n" not in out, (
            f"{command}: blank lines on piped stdout"
        )


def test_leaving_without_teardown_loses_no_output() -> None:
    """The console script leaves with os._exit once a run is over (__main__.py): a
    document larger than a pipe's buffer, the message of a miss and every exit code
    arrive exactly as when the run is made in this process."""
    from tests.conftest import invoke_cli, run_cli

    reals = {}
    for args in (
        ("list", "--format", "jsonl"),
        ("show", "no-such-fact", "gdp", "--format", "json"),
        ("search", "甲醇", "--format", "csv", "--limit", "50"),
        ("show", "--format", "nonsense", "gdp"),
    ):
        real, here = run_cli(*args), invoke_cli(*args)
        assert (real.returncode, real.stdout, real.stderr) == (
            here.returncode,
            here.stdout,
            here.stderr,
        ), args
        reals[args] = real
    big = reals["list", "--format", "jsonl"]  # the document larger than a pipe's buffer
    assert len(big.stdout) > PIPE_CAPACITY and big.stdout.endswith(b"}\n")


def test_a_profiler_still_gets_its_report() -> None:
    """The quick exit (os._exit) is not taken while a profiler watches: cProfile prints
    its table at Python's ordinary exit."""
    from tests.conftest import run_cli

    result = run_cli(
        "show", "gdp", "--format", "value", command=(PYTHON, "-m", "cProfile", "-m", "jzfacts")
    )
    assert result.returncode == 0
    assert result.stdout.startswith(b"143\n") and b"function calls" in result.stdout
