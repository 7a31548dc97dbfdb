"""Helpers for tests/test_scripting.py: environments for real processes, in-process
batches, and a parser for the box-drawn tables rich prints.

Processes are started by tests.conftest (run_cli, run_many); a pseudo-terminal and
display widths come from bench/terminal.py, which the benchmark uses too."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from tests.conftest import Call, cli_env, invoke_cli

PYTHON = sys.executable
JZFACTS_SCRIPT = Path(sys.executable).parent / "jzfacts"

# Variables that could switch colour, width or buffering behind a test's back
# (the pipe tests set PYTHONUNBUFFERED themselves).
_STRIPPED = (
    "PYTHONUNBUFFERED",
    "FORCE_COLOR",
    "CLICOLOR_FORCE",
    "CLICOLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "LINES",
)

PIPE_CAPACITY = 65536  # Linux's default pipe buffer: more than this and `| head` breaks the pipe


def base_env(cache_dir: Path | str, **extra: str | None) -> dict[str, str]:
    """A clean environment for a child (see conftest.cli_env) with a fixed cache directory.
    `extra` values of None remove a variable."""
    env = {k: v for k, v in cli_env().items() if k not in _STRIPPED}
    env["JZFACTS_CACHE_DIR"] = str(cache_dir)
    env.setdefault("TERM", "xterm-256color")
    if env["TERM"] == "dumb":
        env["TERM"] = "xterm-256color"
    for key, value in extra.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


K = TypeVar("K")


def run_here(calls: Mapping[K, Call]) -> dict[K, subprocess.CompletedProcess[bytes]]:
    """Each call in this process (conftest.invoke_cli); a Call's env adds to the test's."""
    return {
        key: invoke_cli(*call.args, input=call.input, env=call.env, cwd=call.cwd)
        for key, call in calls.items()
    }


# --- box-drawn tables -----------------------------------------------------------------------


BOX_CHARS = re.compile("[\u2500-\u257f]")
TOP_LEFT = "┏┌╭╔"
BOTTOM_LEFT = "└┗╰╚"


def boxes(text: str) -> list[list[str]]:
    """Each box-drawn block (table or panel): its lines from top border to bottom border."""
    blocks: list[list[str]] = []
    current: list[str] | None = None
    for line in text.split("\n"):
        if current is None:
            if line[:1] and line[0] in TOP_LEFT:
                current = [line]
        else:
            current.append(line)
            if line[:1] and line[0] in BOTTOM_LEFT:
                blocks.append(current)
                current = None
    if current is not None:
        blocks.append(current)  # unterminated: reported by the caller's checks
    return blocks


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]  # wrapped continuation lines joined into their row's cells


def parse_table(lines: Sequence[str]) -> Table:
    """A rich table (heavy head, ┃ header, │ body) into header names and rows.

    A body line whose first cell is empty continues the row above (a wrapped cell);
    the pieces of a wrapped cell are joined with a space."""
    headers: list[str] = []
    rows: list[list[str]] = []
    for line in lines:
        if line.startswith("┃") and not headers:
            headers = [h.strip() for h in line.strip().strip("┃").split("┃")]
        elif line.startswith("│"):
            cells = [c.strip() for c in line.strip().strip("│").split("│")]
            if rows and cells and cells[0] == "":
                rows[-1] = [
                    (old + " " + new).strip() if new else old
                    for old, new in zip(rows[-1], cells, strict=False)
                ]
            else:
                rows.append(cells)
    return Table(headers, rows)


def id_segments(lines: Sequence[str], ids: Sequence[str]) -> list[list[str]]:
    """For each id in order: the lines from the first line (after the previous id's) that
    holds it as a whole word, up to the next id's line. Header lines (┃) are skipped.
    Fewer segments than ids means an id was not found in order."""
    starts: list[int] = []
    position = 0
    for fact_id in ids:
        pattern = re.compile(rf"(?<![\w-]){re.escape(fact_id)}(?![\w-])")
        for index in range(position, len(lines)):
            if not lines[index].startswith("┃") and pattern.search(lines[index]):
                starts.append(index)
                position = index + 1
                break
        else:
            break
    ends = [*starts[1:], len(lines)]
    return [list(lines[start:end]) for start, end in zip(starts, ends, strict=True)]


def squash(text: str) -> str:
    """Text with all white space removed (so a wrapped cell compares equal to its whole)."""
    return re.sub(r"\s+", "", text)


# --- records -------------------------------------------------------------------------------


def lookup(record: Any, path: str) -> Any:
    value = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            raise KeyError(path)
        value = value[part]
    return value


def tsv_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def same_cell(flat: str, value: Any) -> bool:
    """Whether a TSV/CSV/table cell carries the JSON value (numbers compared as numbers)."""
    if value is None:
        return flat == ""
    if isinstance(value, bool):
        return flat == ("true" if value else "false")
    if isinstance(value, (int, float)):
        try:
            return float(flat) == float(value)
        except ValueError:
            return False
    if isinstance(value, list):
        return flat == "; ".join(str(v) for v in value)
    return flat == tsv_escape(str(value))


def has_crash(stderr: bytes) -> bool:
    return b"Traceback" in stderr or b"Exception ignored" in stderr


def excerpt(data: bytes, limit: int = 600) -> str:
    text = data.decode("utf-8", "backslashreplace")
    return text if len(text) <= limit else text[:limit] + f"... [{len(text) - limit} more chars]"


def describe(call: Call | str, result: Any) -> str:
    shown = call.shown if isinstance(call, Call) else call
    return (
        f"\n$ {shown}\nexit {result.returncode}\n--- stdout ---\n{excerpt(result.stdout)}"
        f"\n--- stderr ---\n{excerpt(result.stderr)}"
    )


def loads(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"))
