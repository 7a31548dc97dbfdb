"""The in-process runner (conftest.invoke_cli) is a faithful stand-in for a process.

Most tests run the CLI in this process; this file checks, for a sample of what they
rely on, that a real `python -m jzfacts` gives the same exit code and the same bytes on
stdout and stderr: records in every flat format, a table, a usage error, a not-found
message, bad data, names on stdin, invalid UTF-8 in an argument."""

from __future__ import annotations

import subprocess

import pytest

from tests.conftest import MINI, Call, cli_env, invoke_cli, run_many

Runs = dict[str, subprocess.CompletedProcess[bytes]]

SAMPLE: dict[str, Call] = {
    "tsv": Call(("show", "gdp", "geely-output")),
    "json": Call(("search", "企业", "--format", "json")),
    "csv": Call(("--data", str(MINI), "list", "--format", "csv")),
    "table": Call(("compare", "gdp", "geely-output", "--format", "table"), {"COLUMNS": "90"}),
    "usage": Call(("list", "--bogus")),
    "no-args": Call(("show",)),
    "not-found": Call(("show", "gdp", "gpd")),
    "bad-data": Call(("--data", "/nonexistent.yaml", "show", "gdp")),
    "stdin": Call(("show", "-", "--format", "value"), input=b"gdp\nGDP\n"),
    "bad-utf8": Call(("search", b"\xff")),
}


@pytest.fixture(scope="module")
def processes() -> Runs:
    return run_many({key: Call(c.args, cli_env(**c.env), c.input) for key, c in SAMPLE.items()})


@pytest.mark.parametrize("case", list(SAMPLE))
def test_in_process_gives_what_a_process_gives(case: str, processes: Runs) -> None:
    call = SAMPLE[case]
    here = invoke_cli(*call.args, input=call.input, env=call.env)
    real = processes[case]
    assert (here.returncode, here.stdout, here.stderr) == (
        real.returncode,
        real.stdout,
        real.stderr,
    )
    assert here.stdout or here.stderr
