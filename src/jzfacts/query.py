"""Lookup, listing and comparison: the parts of the engine that need no fuzzy matching.

Nothing here prints; results are model objects for a renderer.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from jzfacts.errors import NotFoundError, UsageError
from jzfacts.model import CompareRow, Comparison, Fact, FactBase, Kind
from jzfacts.text import fold
from jzfacts.units import PERCENT, POINTS, RANK, base_amount

if TYPE_CHECKING:
    from decimal import Decimal


def resolve(base: FactBase, name: str) -> Fact | None:
    """The fact a name means: its id, an alias or a label, after NFKC and case folding."""
    index = base.index_of(fold(name))
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
    """Each fact against the first: the ratio (×) and the difference, only between facts
    that state the same measure (an output value with an output value, never with GDP)
    in commensurable units (亿元 with 万元, 户 with 家, % with %); otherwise side by side,
    with the reason in English and Chinese. When a value is hedged (突破224亿元), so are
    the ratio and difference computed from it."""
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
            difference_unit = None
            reason = _not_comparable(fact, first)
            if reason is None and measure is not None and first_measure is not None:
                assert first.unit_info is not None and unit is not None
                if first_measure[1] != 0:
                    ratio = measure[1] / first_measure[1]
                # The difference reads in the first fact's unit (亿元 with 亿元).
                difference = (measure[1] - first_measure[1]).scaleb(-first.unit_info.exponent)
                difference_unit = "个百分点" if measure[0] in (PERCENT, POINTS) else first.unit
            note, note_zh = reason if reason is not None else (None, None)
            qualifier = (
                _hedge(first.approximate, fact.approximate)
                if ratio is not None and fact is not first
                else None
            )
            rows.append(
                CompareRow(
                    fact,
                    amount,
                    base_unit,
                    ratio,
                    difference,
                    difference_unit,
                    note,
                    note_zh,
                    qualifier,
                )
            )
    return Comparison(first, tuple(rows))


def _hedge(base_qualifier: str | None, qualifier: str | None) -> str | None:
    """How a ratio or difference against the base is hedged: a value over its figure
    makes them over, a base over its figure makes them under; "about" anywhere, or
    hedges pulling both ways, make them about."""
    effects = set()
    for hedge, is_base in ((qualifier, False), (base_qualifier, True)):
        if hedge is None:
            continue
        if hedge == "about":
            return "about"
        if hedge == "over":
            effects.add("under" if is_base else "over")
        elif hedge == "nearly":
            effects.add("over" if is_base else "nearly")
    if not effects:
        return None
    return effects.pop() if len(effects) == 1 else "about"


_KIND_ZH = {"figure": "数字", "derived": "推算值", "event": "事件", "statement": "陈述"}


def _not_comparable(fact: Fact, first: Fact) -> tuple[str, str] | None:
    """Why the fact cannot be compared with the first, in English and Chinese, or None."""
    from jzfacts.measures import MEASURES

    if fact.value is None or fact.unit_info is None:
        kind = fact.kind.value
        return (
            f"{fact.id} has no value (it is {_article(kind)})",
            f"{fact.id}没有数值（它是{_KIND_ZH.get(kind, kind)}）",
        )
    if first.value is None or first.unit_info is None:
        return (f"{first.id} has no value to compare with", f"{first.id}没有可比较的数值")
    if fact is first:
        return None
    if fact.unit_info.dimension != first.unit_info.dimension:
        return _incommensurable(fact, first)
    ours, theirs = MEASURES.get(fact.measure or ""), MEASURES.get(first.measure or "")
    if ours is not None and theirs is not None and ours.id != theirs.id:
        return (
            f"{ours.en} ({fact.id}) and {theirs.en} ({first.id}) are different measures: "
            "side by side, not compared",
            f"{ours.zh}（{fact.id}）与{theirs.zh}（{first.id}）是不同的指标，只并列列出，不作比较",
        )
    if fact.unit_info.dimension == RANK:
        return (
            "places in a ranking are not amounts: side by side, not compared",
            "排名是名次而非数量，只并列列出，不作比较",
        )
    return None


def _article(word: str) -> str:
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


def _incommensurable(fact: Fact, first: Fact) -> tuple[str, str]:
    def dimension(f: Fact) -> str:
        return f.unit_info.dimension if f.unit_info else "?"

    if {dimension(fact), dimension(first)} == {PERCENT, POINTS}:
        return (
            "a percentage and a percentage-point change are different measures",
            "百分比与百分点是不同的量，不作比较",
        )
    return (
        f"{fact.unit} ({dimension(fact)}) and {first.unit} ({dimension(first)}) "
        "measure different things",
        f"{fact.unit}与{first.unit}计量的不是同一种东西，不作比较",
    )
