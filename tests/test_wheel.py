"""The wheel carries the fact base and its report; an install finds them from anywhere.

The wheel is built without network access (hatchling comes with the test extras) and
installed with --target beside the test environment's dependencies, then run from an
unrelated directory with the source tree out of reach. Slow (`pytest -m slow`; CI runs it
as a step of its own): pip builds and installs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPORT, ROOT, cli_env, run_cli

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{result.stderr.decode()[-2000:]}")
    [built] = out.glob("jzfacts-*.whl")
    return built


def test_the_wheel_contains_the_data(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert {"jzfacts/data/facts.yaml", "jzfacts/data/report.txt", "jzfacts/cli.py"} <= names
        assert archive.read("jzfacts/data/report.txt") == REPORT.read_bytes()


def test_an_installed_wheel_answers_from_any_directory(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # -I would drop the dependencies; PYTHONPATH puts the installed copy before the
    # editable source tree, and -P keeps the working directory off sys.path.
    env = cli_env(PYTHONPATH=str(target))
    probe = (
        "import jzfacts, sys; from jzfacts.cli import main; "
        "print(jzfacts.__file__, file=sys.stderr); main()"
    )
    result = run_cli(
        "show",
        "gdp",
        "--format",
        "json",
        command=(sys.executable, "-P", "-c", probe),
        cwd=elsewhere,
        env=env,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr.decode().startswith(str(target))
    [fact] = json.loads(result.stdout)
    assert (fact["value"], fact["unit"]) == (143, "亿元")
