"""README.md shows real output, names every command, and CI runs its test command.

Each example in README is a block that starts with a ``<!-- run: COMMAND -->`` marker;
the test runs COMMAND in bash and compares the output (stdout, then stderr) with the
block. To refresh the blocks after a change: ``JZFACTS_UPDATE_README=1 python -m pytest
tests/test_readme.py``.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from pathlib import Path

from tests.conftest import ROOT, cli_env, run_shell, side_by_side

README = ROOT / "README.md"
BLOCK = re.compile(r"<!-- run: (?P<command>.+?) -->\n```(?P<lang>\w*)\n(?P<body>.*?)```\n", re.S)
QUICK_START_TEST = "python -m pip install -e '.[test]' && python -m pytest"


def run(command: str) -> str:
    """COMMAND in bash, as a reader types it: real processes, real pipes. The cache is
    the test's copy of the warm session cache (conftest), as on a reader's second run."""
    bin_dir = str(Path(sys.executable).parent)
    env = cli_env(PATH=f"{bin_dir}:{os.environ.get('PATH', '')}", COLUMNS="100", NO_COLOR="1")
    result = run_shell(command, env, cwd=ROOT)
    return f"$ {command}\n" + result.stdout.decode() + result.stderr.decode()


def block(match: re.Match[str], output: str) -> str:
    return f"<!-- run: {match['command']} -->\n```{match['lang']}\n{output}```\n"


def test_readme_examples_are_real_output() -> None:
    text = README.read_text(encoding="utf-8")
    blocks = list(BLOCK.finditer(text))
    assert len(blocks) >= 12
    commands = sorted({m["command"] for m in blocks})
    outputs = side_by_side({c: functools.partial(run, c) for c in commands})

    if os.environ.get("JZFACTS_UPDATE_README"):
        README.write_text(BLOCK.sub(lambda m: block(m, outputs[m["command"]]), text), "utf-8")
        text = README.read_text(encoding="utf-8")
        blocks = list(BLOCK.finditer(text))
    stale = [m["command"] for m in blocks if block(m, outputs[m["command"]]) != m.group(0)]
    assert stale == [], (
        "README blocks differ from real output; refresh with JZFACTS_UPDATE_README=1"
    )


def test_every_command_appears_in_readme() -> None:
    from jzfacts.cli import _command_name, app

    text = README.read_text(encoding="utf-8")
    for info in app.registered_commands:
        assert f"jzfacts {_command_name(info)}" in text


def ci_commands() -> list[str]:
    """The commands .ci/run runs: its `step CMD` lines, and `tests ARGS` for pytest."""
    commands = []
    for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines():
        if line.startswith("step "):
            commands.append(line.removeprefix("step "))
        elif line.startswith("tests "):
            commands.append("python -m pytest " + line.removeprefix("tests "))
    return commands


def test_ci_runs_the_commands_readme_shows() -> None:
    """CI installs, lints and tests exactly as README says a developer does, and its two
    test steps (fast, then slow) together are the quick start's whole suite."""
    text = README.read_text(encoding="utf-8")
    assert QUICK_START_TEST in text
    development = text[text.index("## Development") :]
    commands = ci_commands()
    assert commands[0] == QUICK_START_TEST.split(" && ")[0]
    assert {"ruff check .", "ruff format --check .", "mypy"} <= set(commands)
    tests = [c for c in commands if c.startswith("python -m pytest")]
    assert tests == ['python -m pytest -m "not slow"', "python -m pytest -m slow"]
    assert commands.index("mypy") < commands.index(tests[0]), "lint runs before the tests"
    missing = [c for c in commands if c not in development]
    assert missing == [], f"CI runs what README's development section does not show: {missing}"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest:\n", 1)[1].split("\n", 1)[0]
    assert recipe == '\tpython -m pytest -m "not slow"', "make test is the fast default"


def test_readme_credits_the_issuer_and_names_the_license() -> None:
    text = README.read_text(encoding="utf-8")
    assert "综改区晋中开发区" in text and "LICENSE" in text
    assert (ROOT / "LICENSE").exists()
