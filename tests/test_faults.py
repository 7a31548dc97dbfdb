"""bench/faults.py on a small base: cold builds killed at random moments (SIGKILL,
SIGTERM, SIGINT) never change a later answer (issue 10, "How it is measured")."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.slow
def test_killed_cold_builds_never_change_an_answer() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH / "faults.py"), "--facts", "300", "--rounds", "6",
         "--seed", "20221231", "--quiet"],
        capture_output=True,
        timeout=600,
        check=False,
    )  # fmt: skip
    summary = json.loads(done.stdout)
    # The failures in full (a traceback's last lines among them), not a truncated diff.
    assert (done.returncode, summary["failures"]) == (0, []), "\n".join(
        [*summary["failures"], done.stderr.decode()[-2000:]]
    )
    assert sum(summary["signals"].values()) == 6
