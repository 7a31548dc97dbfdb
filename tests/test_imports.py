"""Start-up guards (after typer's own test_rich_import.py): the common paths import no
heavy module they do not need."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import cli_env

PROBE = """
import json, sys
sys.argv = ["jzfacts", *json.loads(sys.argv[1])]
from jzfacts.cli import main
try:
    main()
except SystemExit:
    pass
heavy = ("rich", "rapidfuzz", "pypinyin", "yaml", "decimal")
print(json.dumps(sorted(m for m in heavy if m in sys.modules)), file=sys.stderr)
"""


def imported(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        env=cli_env(),
        check=False,
    )
    return json.loads(result.stderr.decode().strip().splitlines()[-1])


@pytest.fixture(autouse=True)
def warm_cache() -> None:
    """The guards are about a warm start; the first run builds the caches."""
    for args in (["show", "gdp"], ["search", "甲醇"], ["search", "jiachun"]):
        subprocess.run(
            [sys.executable, "-m", "jzfacts", *args],
            capture_output=True,
            env=cli_env(),
            check=False,
        )


def test_show_json_imports_nothing_heavy() -> None:
    assert imported("show", "gdp", "--format", "json") == []


def test_search_json_imports_rapidfuzz_only() -> None:
    assert imported("search", "甲醇", "--format", "json") == ["rapidfuzz"]


def test_compare_needs_decimal_arithmetic() -> None:
    assert "decimal" in imported("compare", "gdp", "geely-output", "--format", "json")


def test_pinyin_search_uses_the_cached_readings() -> None:
    assert "pypinyin" not in imported("search", "jiachun", "--format", "json")


def test_tables_need_rich() -> None:
    assert "rich" in imported("show", "gdp", "--format", "table")
