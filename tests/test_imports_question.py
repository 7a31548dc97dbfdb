"""Start-up guards for question understanding: folding, the analyser and the measure
check add no import to `show`, and a Traditional name loads only the folding tables.

A fresh interpreter each (what is imported is the point), on the per-test warm cache."""

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
print(json.dumps(sorted(m for m in sys.modules if m.startswith("jzfacts"))), file=sys.stderr)
"""


def ours(*args: str) -> set[str]:
    """The jzfacts modules a fresh interpreter has imported after `jzfacts ARGS`."""
    result = run_cli(json.dumps(args), command=(sys.executable, "-c", PROBE))
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stderr.decode().strip().splitlines()[-1]))


def test_show_imports_no_search_module() -> None:
    assert {m for m in ours("show", "gdp", "--format", "json") if "search" in m} == set()


def test_a_traditional_name_loads_only_the_folding() -> None:
    loaded = {m for m in ours("show", "地區生產總值", "--format", "json") if "search" in m}
    assert loaded == {"jzfacts.search", "jzfacts.search.fold", "jzfacts.search.t2s"}


def test_search_loads_the_analyser_but_not_the_sound_table_for_a_known_word() -> None:
    loaded = ours("search", "甲醇", "--format", "json")
    assert {"jzfacts.search.question", "jzfacts.search.rank"} <= loaded
    assert "jzfacts.search.sounds" not in loaded  # read only for words the base lacks
    # (nor for a longer run the base holds whole, whose sound no name typed by it needs)
    assert "jzfacts.search.sounds" not in ours("search", "高新技术企业", "--format", "json")
