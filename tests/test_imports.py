"""Start-up guards (after typer's own test_rich_import.py): the common paths import no
heavy module they do not need.

Each probe is a fresh interpreter (what is imported is the point); the cache it reads is
conftest's per-test copy of the session's warm cache, as a user's second run has it."""

from __future__ import annotations

import json
import sys

from tests.conftest import run_cli

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
    """The heavy modules a fresh interpreter has imported after `jzfacts ARGS`."""
    result = run_cli(json.dumps(args), command=(sys.executable, "-c", PROBE))
    return json.loads(result.stderr.decode().strip().splitlines()[-1])


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
