"""README.md shows real output, names every command, and CI runs its test command.

Each example in README is a block that starts with a ``<!-- run: COMMAND -->`` marker;
the test runs COMMAND in bash and compares the output (stdout, then stderr) with the
block. To refresh the blocks after a change: ``JZFACTS_UPDATE_README=1 python -m pytest
tests/test_readme.py``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, cli_env

README = ROOT / "README.md"
BLOCK = re.compile(r"<!-- run: (?P<command>.+?) -->\n```(?P<lang>\w*)\n(?P<body>.*?)```\n", re.S)
QUICK_START_TEST = "python -m pip install -e '.[test]' && python -m pytest"


def run(command: str, cache: Path) -> str:
    bin_dir = str(Path(sys.executable).parent)
    env = cli_env(
        PATH=f"{bin_dir}:{os.environ.get('PATH', '')}",
        COLUMNS="100",
        NO_COLOR="1",
        JZFACTS_CACHE_DIR=str(cache),
    )
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, env=env, cwd=ROOT, check=False, timeout=60
    )
    return f"$ {command}\n" + result.stdout.decode() + result.stderr.decode()


def test_readme_examples_are_real_output(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    blocks = list(BLOCK.finditer(text))
    assert len(blocks) >= 12

    def fresh(match: re.Match[str]) -> str:
        output = run(match["command"], tmp_path / "cache")
        return f"<!-- run: {match['command']} -->\n```{match['lang']}\n{output}```\n"

    if os.environ.get("JZFACTS_UPDATE_README"):
        README.write_text(BLOCK.sub(fresh, text), encoding="utf-8")
        text = README.read_text(encoding="utf-8")
        blocks = list(BLOCK.finditer(text))
    stale = [m["command"] for m in blocks if fresh(m) != m.group(0)]
    assert stale == [], (
        "README blocks differ from real output; refresh with JZFACTS_UPDATE_README=1"
    )


def test_every_command_appears_in_readme() -> None:
    from jzfacts.cli import _command_name, app

    text = README.read_text(encoding="utf-8")
    for info in app.registered_commands:
        assert f"jzfacts {_command_name(info)}" in text


def test_ci_runs_the_readme_test_command() -> None:
    assert QUICK_START_TEST in README.read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert QUICK_START_TEST in ci.splitlines()


def test_readme_credits_the_issuer_and_names_the_license() -> None:
    text = README.read_text(encoding="utf-8")
    assert "综改区晋中开发区" in text and "LICENSE" in text
    assert (ROOT / "LICENSE").exists()
