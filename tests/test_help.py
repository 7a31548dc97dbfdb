"""Help that tells the truth: each --help offers only the formats the command takes and
fields that exist, ends with examples that run, and misses are reported usefully."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jzfacts.cli import _command_name, app
from tests.conftest import ROOT, cli_env

# A command with arguments that give results, for trying each format it offers.
RUNS = {
    "show": ("show", "gdp", "geely-output"),
    "list": ("list", "--tag", "methanol"),
    "sections": ("sections",),
    "entities": ("entities",),
    "tags": ("tags",),
    "search": ("search", "甲醇"),
    "ask": ("ask", "2022年地区生产总值是多少"),
    "compare": ("compare", "gdp", "geely-output"),
    "cite": ("cite", "gdp"),
    "coverage": ("coverage", "--all"),
    "validate": ("validate",),
}
# Commands that write no records in a choice of formats: a draft is YAML, a schema JSON,
# an export a database, the MCP server speaks its protocol.
NO_FORMATS = {"draft", "schema", "export", "mcp"}
ALL_FORMATS = {"table", "tsv", "csv", "json", "jsonl", "value", "text", "markdown"}


def help_text(command: str) -> str:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    return result.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def offered_formats(command: str) -> set[str]:
    found = re.search(r"--format \[?<([a-z|]+)>", flat(help_text(command)))
    return set(found.group(1).split("|")) if found else set()


def test_every_command_is_covered_here() -> None:
    assert {_command_name(c) for c in app.registered_commands} == set(RUNS) | NO_FORMATS


@pytest.mark.parametrize("command", sorted(NO_FORMATS))
def test_commands_without_formats_offer_none(command: str) -> None:
    assert "--format" not in help_text(command)


@pytest.mark.parametrize("command", [c for c in RUNS if c != "validate"])
def test_help_offers_exactly_the_formats_the_command_takes(command: str) -> None:
    offered = offered_formats(command)
    assert offered, f"{command} --help names no formats"
    for fmt in sorted(ALL_FORMATS):
        result = CliRunner().invoke(app, [*RUNS[command], "--format", fmt], env={"COLUMNS": "100"})
        if fmt in offered:
            assert result.exit_code in (0, 1), (command, fmt, result.stderr)
            assert "Traceback" not in result.stderr
        else:
            assert result.exit_code == 2, f"{command} accepts --format {fmt} but --help hides it"


def _fields_in_help(command: str) -> list[str]:
    text = flat(help_text(command))
    found = re.search(r"--field PATH The field --format value prints, a dotted path into the "
                      r"JSON record: (.*?)\.(?: \[default| -)", text)  # fmt: skip
    assert found, f"{command} --help does not list its fields"
    names = []
    for item in found.group(1).split(", "):
        name = item.split(" ")[0].strip("…").strip()
        if name:
            names.append(name)
    return names


@pytest.mark.parametrize(
    "command", ["show", "list", "sections", "entities", "tags", "search", "compare", "coverage"]
)
def test_every_field_the_help_names_exists(command: str) -> None:
    for name in _fields_in_help(command):
        result = CliRunner().invoke(app, [*RUNS[command], "--format", "value", "--field", name])
        assert result.exit_code == 0, f"{command} --help names --field {name}: {result.stderr}"


def test_sections_help_no_longer_suggests_label_en() -> None:
    assert "label.en" not in help_text("sections")


def test_an_unknown_field_lists_the_valid_ones() -> None:
    result = CliRunner().invoke(app, ["sections", "--format", "value", "--field", "label.en"])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "jzfacts: unknown --field 'label.en'; fields are: id, zh, en, facts\n"
    show = CliRunner().invoke(app, ["show", "gdp", "-f", "value", "--field", "colour"])
    assert "fields are: id, kind, label.zh, label.en, value, value_text" in show.stderr


def test_ask_offers_no_flat_formats() -> None:
    assert offered_formats("ask") == {"text", "json", "jsonl"}
    assert offered_formats("cite") == {"text", "markdown", "json", "jsonl"}


# --- examples at the end of every --help ------------------------------------------------------


def examples() -> list[tuple[str, str]]:
    out = []
    for info in app.registered_commands:
        command = _command_name(info)
        text = help_text(command)
        assert "Examples:" in text, f"{command} --help has no examples"
        tail = text.split("Examples:", 1)[1]
        lines = [line.strip() for line in tail.splitlines() if line.strip().startswith("jzfacts ")]
        lines += [line.strip() for line in tail.splitlines() if line.strip().startswith("printf ")]
        assert 2 <= len(lines) <= 3, f"{command} --help has {len(lines)} examples"
        if command not in SERVERS:
            out.extend((command, line) for line in lines)
    return out


# Commands that serve a protocol on stdin until it closes: their examples are what an
# assistant starts (tests/test_mcp.py drives the server end to end).
SERVERS = {"mcp"}


@pytest.fixture(scope="module")
def example_cache(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Path:
    """One cache for the examples, warm from the start (a copy of conftest's): the
    examples are about running, not about building a cache."""
    path = tmp_path_factory.mktemp("help-examples") / "cache"
    shutil.copytree(shared_cache, path)
    return path


@pytest.mark.parametrize(("command", "example"), examples())
def test_help_examples_run(command: str, example: str, example_cache: Path) -> None:
    bin_dir = str(Path(sys.executable).parent)
    env = cli_env(
        PATH=f"{bin_dir}:{os.environ.get('PATH', '')}",
        COLUMNS="100",
        NO_COLOR="1",
        JZFACTS_CACHE_DIR=str(example_cache),
    )
    result = subprocess.run(
        ["bash", "-c", example], capture_output=True, env=env, cwd=ROOT, check=False, timeout=60
    )
    assert result.returncode == 0, (example, result.stderr.decode())
    assert result.stdout.strip() or result.stderr.strip()
    assert b"Traceback" not in result.stderr


# --- misses ----------------------------------------------------------------------------------


def test_search_json_with_no_hit_is_an_empty_list() -> None:
    result = CliRunner().invoke(app, ["search", "人口", "--format", "json"])
    assert (result.exit_code, json.loads(result.stdout)) == (1, [])
    assert result.stderr == "jzfacts: no facts match '人口'\n"
    for fmt, expected in (("tsv", ""), ("jsonl", ""), ("value", "")):
        miss = CliRunner().invoke(app, ["search", "人口", "--format", fmt])
        assert (miss.exit_code, miss.stdout) == (1, expected), fmt
    csv_miss = CliRunner().invoke(app, ["search", "人口", "--format", "csv"])
    assert csv_miss.stdout.startswith("score,id,kind,label_zh")


def test_a_min_score_miss_says_the_best_score() -> None:
    best = json.loads(CliRunner().invoke(app, ["search", "甲醇", "-f", "json"]).stdout)[0]["score"]
    result = CliRunner().invoke(app, ["search", "甲醇", "--min-score", "99"])
    assert result.exit_code == 1
    assert result.stderr == f"jzfacts: no fact scores ≥ 99 for '甲醇' (best {best:g})\n"
