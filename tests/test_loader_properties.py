"""Properties under arbitrary damage: the loader either validates or says what is wrong,
and the engine answers any query, however hostile, without raising.

Both run in-process (no subprocess) so that hypothesis can try a few hundred cases in a
few seconds. The loader reads the mutated text as if it were data/facts.yaml, so that
`report: report.txt` still resolves to the real report.
"""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jzfacts import factbase, files, query, search
from jzfacts.errors import DataError, Problem
from jzfacts.loader import parse_and_validate
from jzfacts.model import FactBase
from tests.conftest import FACTS

TEXT = FACTS.read_text(encoding="utf-8")
LINES = TEXT.splitlines(keepends=True)
FIELD_LINES = [i for i, line in enumerate(LINES) if re.match(r"\s+[a-z_]+:", line)]
TYPED = re.compile(r"^(\s*(?:- )?[a-z_]+: ?).*$")  # any `key: value` line, any key
TYPED_LINES = [i for i, line in enumerate(LINES) if TYPED.match(line)]
ID_LINES = [i for i, line in enumerate(LINES) if line.startswith("  - id: ")]
FACT_IDS = [LINES[i].split(":", 1)[1].strip() for i in ID_LINES]

# What YAML 1.1 silently re-types, and other things that do not belong in a field.
TRAPS = [
    "no",
    "off",
    "yes",
    "on",
    "~",
    "null",
    "",
    "12:30",
    "010",
    "0o17",
    "0x1F",
    "1e3",
    "1_000",
    "3.10",
    ".inf",
    ".nan",
    "2022-06-01",
    "2022-13-45",
    "[]",
    "{}",
    "[a, b]",
    "{a: 1}",
    "!!int abc",
    "!!float x",
    "!!timestamp x",
    "!!python/object/apply:os.system [true]",
    "!custom x",
    "*nowhere",
    "&a x",
    "'unterminated",
    '"\\ud800"',
    '"\\e[31m"',
    "<<",
    "=",
    "- x",
    "? x",
    "|",
    ">",
    "@",
    "`",
    "%",
    "9" * 200,
    "亿美元",
    "-0",
    "1.",
    ".5",
    "[[[[[[[[",
    "{zh: 甲}",
    "{zh: 甲, en: A, fr: B}",
    "[1, 2]",
    "-1",
    "11",
    "true",
    "figure",
    "derived",
    "event",
    '"{gdp} * 1000000000000000000000000000000"',
    '"{gdp} / 0"',
    '"{gdp"',
    '"(((((((((((((((((((((((1)))))))))))))))))))))))"',
    '"{gdp-growth}"',
    "report.txt",
    "../data/report.txt",
    "/dev/zero",
    "/",
    '"\0"',
    "economic-recovery",
    "intro",
]
CONTROLS = ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\ufeff", "\ufffe", "\u202e"]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """The real fact base, damaged in one to three ways."""
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 3))):
        if not lines:
            break
        how = draw(
            st.sampled_from(
                ["drop", "retype", "duplicate-id", "duplicate-line", "indent", "control", "cut"]
            )
        )
        if how == "drop":
            del lines[min(draw(st.sampled_from(FIELD_LINES)), len(lines) - 1)]
        elif how == "retype":
            i = min(draw(st.sampled_from(TYPED_LINES)), len(lines) - 1)
            match = TYPED.match(lines[i].rstrip("\n"))
            if match:
                lines[i] = f"{match.group(1)}{draw(st.sampled_from(TRAPS))}\n"
        elif how == "duplicate-id":
            i = min(draw(st.sampled_from(ID_LINES)), len(lines) - 1)
            lines[i] = f"  - id: {draw(st.sampled_from(FACT_IDS))}\n"
        elif how == "duplicate-line":
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
        elif how == "indent":
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = draw(st.sampled_from([" ", "\t", "  ", ""])) + lines[i].lstrip(" ")
        elif how == "control":
            i = draw(st.integers(0, len(lines) - 1))
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.sampled_from(CONTROLS)) + lines[i][at:]
        else:
            cut = draw(st.integers(0, len(lines)))
            lines = lines[:cut]
    data = "".join(lines).encode("utf-8")
    if draw(st.booleans()):
        # Raw bytes: maybe invalid UTF-8, maybe a split multi-byte character.
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=6)) + data[at:]
    if draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return data


def _check_problems(problems: list[Problem], data: bytes) -> None:
    last_line = data.count(b"\n") + 2
    for problem in problems:
        assert problem.path == "facts.yaml"
        assert 0 <= problem.line <= last_line, problem
        assert problem.col >= 0, problem
        assert problem.message, problem


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(damaged())
def test_damaged_fact_base_is_valid_or_a_data_error(data: bytes) -> None:
    try:
        base, problems = parse_and_validate(FACTS, "facts.yaml", data)
    except DataError as exc:
        # InvalidFactBase carries its problems; a plain DataError (empty file) its message.
        assert str(exc).startswith("facts.yaml")
        _check_problems(getattr(exc, "problems", []), data)
        return
    _check_problems(problems, data)
    if not problems:
        assert base.facts, "a clean base has facts"


def test_the_undamaged_base_is_clean() -> None:
    base, problems = parse_and_validate(FACTS, "facts.yaml", FACTS.read_bytes())
    assert problems == []
    assert len(base.facts) > 50


# --- queries -----------------------------------------------------------------------------------

DANGEROUS = [
    "[bold]",
    "[/]",
    "[link=http://x]",
    ":smile:",
    "\x1b",
    "\x1b[31m",
    "\x1b]8;;http://x\x07",
    "\x9b",
    "\x00",
    "\u3000",
    "\u202e",
    "\u200f",
    "\udcff",
    "\udc80",
    "\ufeff",
    "\r\n",
    "\t",
    "GDP",
    "地区生产总值",
    "吉利 产值",
    "gxjs",
    "jiachun",
    "甲醇",
    "143",
    "11.15",
    "亿元",
    "%",
    "what is",
    "是多少",
    "？",
    "?",
    " ",
    "-",
    "{gdp}",
    "'",
    '"',
    "\\",
]


@pytest.fixture(scope="module")
def base() -> FactBase:
    return factbase.load(files.locate(str(FACTS)), use_cache=False)


# Long ones go up to the CLI's limit of 1,000 characters (search itself has none, and a
# single 6,000-character Chinese term costs it seconds).
LONGEST = 1000
queries = st.one_of(
    st.lists(st.one_of(st.sampled_from(DANGEROUS), st.text(max_size=12)), max_size=12).map("".join),
    st.builds(
        lambda piece, n: (piece * n)[:LONGEST],
        st.sampled_from([*DANGEROUS, "吉利", "a"]),
        st.integers(100, LONGEST),
    ),
    st.text(min_size=200, max_size=LONGEST),
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(queries)
def test_any_query_gets_an_answer(base: FactBase, text: str) -> None:
    matches = search.search(base, text)
    scores = [m.score for m in matches]
    assert all(a >= b for a, b in pairwise(scores)), scores
    assert all(0 < s <= 100 for s in scores), scores
    assert len({m.fact.id for m in matches}) == len(matches)
    found = query.resolve(base, text)
    assert found is None or found in base.facts
