"""The benchmark's own smoke test: the generator makes a valid base, and bench/run.py runs.

Timings are not checked here (CI machines are noisy); bench/run.py --strict is for that.
Slow (`pytest -m slow`; CI runs it as a step of its own): the benchmark starts some
sixty processes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, invoke_cli

BENCH = ROOT / "bench"

pytestmark = pytest.mark.slow


def test_generated_base_validates_and_shows_gdp(tmp_path: Path) -> None:
    out = tmp_path / "base"
    done = subprocess.run(
        [sys.executable, str(BENCH / "gen_facts.py"), "200", str(out)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    facts = out / "facts.yaml"
    assert facts.is_file() and (out / "report.txt").is_file()

    checked = invoke_cli("--data", str(facts), "validate")
    assert checked.returncode == 0, checked.stdout.decode() + checked.stderr.decode()

    shown = invoke_cli("--data", str(facts), "show", "gdp", "--format", "json")
    assert shown.returncode == 0, shown.stderr.decode()
    (record,) = json.loads(shown.stdout)
    assert record["id"] == "gdp"
    assert record["value"] == 143

    listed = invoke_cli("--data", str(facts), "list", "--format", "json")
    records = json.loads(listed.stdout)
    assert len(records) == 200
    kinds = {r["kind"] for r in records}
    assert kinds == {"figure", "derived", "event", "statement"}


def test_generator_is_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        subprocess.run(
            [sys.executable, str(BENCH / "gen_facts.py"), "50", str(tmp_path / name)],
            capture_output=True,
            timeout=60,
            check=True,
        )
    for file in ("facts.yaml", "report.txt"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()


def test_run_smoke_prints_a_row_per_goal(tmp_path: Path) -> None:
    results = tmp_path / "bench.json"
    done = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--smoke",
            "--scale",
            "1000",
            "--runs",
            "1",
            "--json",
            str(results),
            "--quiet",
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    stdout = done.stdout.decode()
    assert done.returncode == 0, stdout + done.stderr.decode()
    rows = [line for line in stdout.splitlines() if line.startswith("| ")]
    goal_ids = {line.split("|")[1].strip() for line in rows}
    assert {"1", "2", "3", "4", "5"} <= goal_ids
    assert "ERROR" not in stdout
    assert "nproc" in stdout and "python" in stdout
    document = json.loads(results.read_text(encoding="utf-8"))
    assert {g["id"] for g in document["goals"]} == {"1", "2", "3", "4", "5"}
    assert [s["n"] for s in document["scale"]] == [1000]
    assert document["scale"][0]["error"] == ""
