"""Lookup, listing and comparison: the parts of the engine that need no fuzzy matching.

Nothing here prints; results are model objects for a renderer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from jzfacts.errors import NotFoundError, UsageError
from jzfacts.model import CompareRow, Comparison, Fact, FactBase, Kind
from jzfacts.text import fold
from jzfacts.units import PERCENT, POINTS, base_amount

if TYPE_CHECKING:
    from decimal import Decimal


def resolve(base: FactBase, name: str) -> Fact | None:
    """The fact a name means: its id, an alias or a label, after NFKC and case folding;
    failing that, in Simplified characters without tone marks (地區生產總值, Jílì)."""
    index = base.index_of(fold(name))
    if index is None:
        from jzfacts.search.fold import fold_query

        folded = fold_query(name)
        if folded != fold(name):
            index = base.index_of(folded)
    return None if index is None else base.fact(index)


def suggestions(base: FactBase, name: str, limit: int = 3) -> list[str]:
    """Fact ids whose names are close to a name that resolved to nothing.

    Edit distance with transpositions (gpd -> gdp) ranks first; a looser partial match
    (a fragment of a long label) fills in when nothing is that close.
    """
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    folded = fold(name)
    if not folded:
        return []
    names = base.names
    choices = list(names)
    close = process.extract(
        folded, choices, scorer=OSA.normalized_similarity, limit=limit * 4, score_cutoff=0.6
    )
    if not close:
        close = process.extract(
            folded, choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=80
        )
    ids: list[str] = []
    for choice, _score, _ in close:
        fact_id = base.fact(names[choice]).id
        if fact_id not in ids:
            ids.append(fact_id)
    return ids[:limit]


def not_found_message(base: FactBase, name: str) -> str:
    close = suggestions(base, name[:200])
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    shown = name if len(name) <= 80 else name[:77] + "…"
    return f"no fact named {shown!r}{hint}"


def resolve_all(base: FactBase, names: Iterable[str]) -> tuple[list[Fact], list[str]]:
    """The facts named, in order, and the names that matched nothing."""
    found: list[Fact] = []
    missing: list[str] = []
    for name in names:
        fact = resolve(base, name)
        if fact is None:
            missing.append(name)
        else:
            found.append(fact)
    return found, missing


def select(
    base: FactBase,
    section: str | None = None,
    tag: str | None = None,
    kind: str | None = None,
    entity: str | None = None,
) -> list[Fact]:
    """Facts passing every filter given. A section matches by id or heading text, a tag
    and an entity by name (folded), a kind by its name."""
    for option, given in (("--section", section), ("--tag", tag), ("--entity", entity)):
        if given is not None and not fold(given):
            raise UsageError(f"{option} needs a value")
    if kind is not None and kind not in {k.value for k in Kind}:
        raise UsageError(f"unknown kind {kind!r}; use one of figure, derived, event, statement")
    section_ids: set[str] | None = None
    if section is not None:
        wanted = fold(section)
        section_ids = {
            s.id
            for s in base.sections
            if wanted in (fold(s.id), fold(s.zh), fold(s.en))
            or wanted in fold(s.zh)
            or wanted in fold(s.en)
        }
        if not section_ids:
            known = ", ".join(s.id for s in base.sections)
            raise NotFoundError(f"no section {section!r}; sections are: {known}")
    tag_f = fold(tag) if tag is not None else None
    entity_f = fold(entity) if entity is not None else None
    out = []
    for fact in base.facts:
        if section_ids is not None and fact.section not in section_ids:
            continue
        if tag_f is not None and tag_f not in {fold(t) for t in fact.tags}:
            continue
        if kind is not None and fact.kind.value != kind:
            continue
        if entity_f is not None and not any(entity_f in fold(e) for e in fact.entities):
            continue
        out.append(fact)
    return out


def section_counts(base: FactBase) -> list[tuple[str, int]]:
    """Each section id with the number of facts under it, in report order."""
    counts = dict.fromkeys((s.id for s in base.sections), 0)
    for fact in base.facts:
        counts[fact.section] = counts.get(fact.section, 0) + 1
    return list(counts.items())


# --- compare -----------------------------------------------------------------------------


def _measure(fact: Fact) -> tuple[str, Decimal] | None:
    """(dimension, amount in the dimension's base unit), or None for facts with no number."""
    unit = fact.unit_info
    value = fact.value
    if unit is None or value is None:
        return None
    return unit.dimension, base_amount(value, unit)


def compare(base: FactBase, facts: list[Fact]) -> Comparison:
    """Each fact against the first: the ratio (×) and the difference, where the units are
    commensurable (money with money, counts of the same thing, % with %, points with
    points); otherwise side by side, with the reason."""
    from decimal import localcontext

    if len(facts) < 2:
        raise UsageError("compare needs at least two facts")
    first = facts[0]
    first_measure = _measure(first)
    rows = []
    with localcontext() as ctx:
        ctx.prec = 28
        for fact in facts:
            measure = _measure(fact)
            unit = fact.unit_info
            amount = measure[1] if measure else None
            base_unit = unit.base if unit else None
            ratio = difference = None
            difference_unit = note = None
            if measure is None:
                note = f"{fact.id} has no value (it is {_article(fact.kind.value)})"
            elif first_measure is None:
                note = f"{first.id} has no value to compare with"
            elif measure[0] != first_measure[0]:
                note = _incommensurable(fact, first)
            else:
                assert first.unit_info is not None and unit is not None
                if first_measure[1] != 0:
                    ratio = measure[1] / first_measure[1]
                # The difference reads in the first fact's unit (亿元 with 亿元).
                difference = (measure[1] - first_measure[1]).scaleb(-first.unit_info.exponent)
                difference_unit = "个百分点" if measure[0] in (PERCENT, POINTS) else first.unit
            rows.append(
                CompareRow(fact, amount, base_unit, ratio, difference, difference_unit, note)
            )
    return Comparison(first, tuple(rows))


def _article(word: str) -> str:
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


def _incommensurable(fact: Fact, first: Fact) -> str:
    def dimension(f: Fact) -> str:
        return f.unit_info.dimension if f.unit_info else "?"

    if {dimension(fact), dimension(first)} == {PERCENT, POINTS}:
        return "a percentage and a percentage-point change are different measures"
    return (
        f"{fact.unit} ({dimension(fact)}) and {first.unit} ({dimension(first)}) "
        "measure different things"
    )
