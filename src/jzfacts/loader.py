"""Loading a fact base from its bytes: decode, read the YAML strictly, validate.

`yamlread` reads, `validation` checks; this module runs the two together, validating
each fact as the reader finishes it (so a large base never holds its whole YAML tree),
and is what `factbase` calls when the cache misses and what `jzfacts validate` runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from jzfacts.errors import DataError, InvalidFactBase, Problem
from jzfacts.files import Location, read_bytes
from jzfacts.model import FactBase
from jzfacts.validation import Checker, Context, QuoteFinder, validate_document

__all__ = ["Checked", "QuoteFinder", "check", "parse_and_validate", "problems_in"]


def parse_and_validate(
    path: str | Path, shown: str, data: bytes, draft: bool = False
) -> tuple[FactBase, list[Problem]]:
    """The base and every problem in it (none: it is valid). A draft's TODO placeholders
    are not problems (see `check` for how many are left)."""
    base, problems, _ = _run(path, shown, data, draft)
    return base, problems


class Checked(NamedTuple):
    """What `jzfacts validate` reports: the problems, and a draft's placeholders."""

    base: FactBase | None
    problems: list[Problem]
    placeholders: list[Problem]


def check(location: Location, draft: bool = False) -> Checked:
    """Every problem in the fact base (and, in a draft, every TODO left), in file order.
    A file that cannot be read at all raises DataError."""
    data = read_bytes(location.path, location.shown)
    try:
        base, problems, placeholders = _run(location.path, location.shown, data, draft)
    except InvalidFactBase as exc:
        return Checked(None, exc.problems, [])
    return Checked(base, problems, placeholders)


def problems_in(location: Location) -> Iterator[Problem]:
    """Every problem in the fact base, for `jzfacts validate` (empty when clean)."""
    yield from check(location).problems


def _run(
    path: str | Path, shown: str, data: bytes, draft: bool
) -> tuple[FactBase, list[Problem], list[Problem]]:
    from jzfacts.yamlread import YamlProblem, decode_text, read_yaml

    checker = Checker(shown, draft)
    try:
        text = decode_text(data, shown)
        if not text.strip():
            raise DataError(f"{shown}: the fact base is empty")
        ctx = Context(checker, Path(path).parent)
        doc = read_yaml(text, shown, ctx.on_item)
    except YamlProblem as exc:
        raise InvalidFactBase([exc.problem]) from None
    except RecursionError:
        raise InvalidFactBase(
            [Problem(shown, 0, 0, "the YAML nests too deeply", "yaml-unsafe")]
        ) from None
    base, problems = validate_document(doc, shown, Path(path).parent, ctx)
    return base, problems, checker.placeholders
