"""Lookup, selection and ranking, comparison: the parts of the engine that need no fuzzy
matching.

Nothing here prints; results are model objects for a renderer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple, get_args

from jzfacts.errors import NotFoundError, UsageError
from jzfacts.measures import MEASURES
from jzfacts.model import CompareRow, Comparison, Fact, FactBase, Kind
from jzfacts.text import fold
from jzfacts.units import COUNTS, PERCENT, POINTS, RANK, UNITS, base_amount

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


# How `rank` orders facts: value (the number as stated: 143 亿元 ranks as 143), amount (in
# base units: 143 亿元 = 1.43e10 元, so 亿元/万元/元 rank together), period (by when it ends:
# 2022-04, 2022-06, 2022, 2022-12) or id. A Literal: Typer shows and checks it, mypy checks
# callers, and it costs nothing at start-up (an Enum class costs about 0.1 ms).
SortKey = Literal["value", "amount", "period", "id"]
SORT_KEYS: tuple[SortKey, ...] = get_args(SortKey)


class Period(NamedTuple):
    """A span of months, both ends included, as YYYY-MM: 2022 is 2022-01..2022-12."""

    first: str
    last: str


PERIOD_HELP = "a year (2022), a month (2022-06) or a range (2022-04..2022-06)"


def parse_period(text: str) -> Period:
    """A period as a user writes it: a year, a month, or a range of either (ends
    included). 年底 (the year's end) is recorded as month 12: 2022-12."""
    folded = fold(text).replace(" ", "")
    start, dots, end = folded.partition("..")
    first = _period_end(start, first=True) if start else None
    last = _period_end(end if dots else start, first=False) if (end or not dots) else None
    if first is None or last is None:
        raise UsageError(f"a period is {PERIOD_HELP}, not {text!r}")
    if first > last:
        raise UsageError(f"the period {text!r} ends before it starts")
    return Period(first, last)


def _period_end(text: str, first: bool) -> str | None:
    """The first or last month of a year or month, as YYYY-MM; None when malformed."""
    year, dash, month = text.partition("-")
    if len(year) != 4 or not year.isdigit() or not year.isascii():
        return None
    if not dash:
        return f"{year}-{'01' if first else '12'}"
    if not (month.isdigit() and month.isascii() and 1 <= len(month) <= 2 and 1 <= int(month) <= 12):
        return None
    return f"{year}-{int(month):02d}"


def fact_period(fact: Fact) -> Period:
    """The months a fact's period covers: 2022 is the whole year, 2022-06 one month."""
    first = _period_end(fact.period, first=True)
    last = _period_end(fact.period, first=False)
    if first is None or last is None:  # the loader accepts only YYYY and YYYY-MM
        raise ValueError(f"{fact.id}: malformed period {fact.period!r}")
    return Period(first, last)


def select(
    base: FactBase,
    section: str | None = None,
    tag: str | None = None,
    kind: Kind | str | None = None,
    entity: str | None = None,
    *,
    unit: str | None = None,
    measure: str | None = None,
    period: Period | str | None = None,
) -> list[Fact]:
    """Facts passing every filter given, in report order.

    A section matches by id or heading text, a tag by name, an entity by a declared
    name (Chinese, English or alias) or a part of the name a fact gives, a kind and a
    measure by id, a unit by its symbol as stated (亿元 is not 万元), a period when the
    fact's period lies inside it (2022 takes the year's figures and its months; 2022-06
    only June's). Malformed filters raise UsageError, an unknown section NotFoundError.
    """
    for what, given in (
        ("section name", section),
        ("tag", tag),
        ("entity name", entity),
        ("unit", unit),
        ("measure", measure),
    ):
        if given is not None and not fold(given):
            raise UsageError(f"an empty {what}")
    wanted_kind = _kind(kind) if kind is not None else None
    if measure is not None and fold(measure) not in MEASURES:
        known = ", ".join(MEASURES)
        raise UsageError(f"unknown measure {measure!r}; measures are: {known}")
    measure_id = fold(measure) if measure is not None else None
    wanted_unit = _unit(unit) if unit is not None else None
    span = parse_period(period) if isinstance(period, str) else period
    section_ids = _section_ids(base, section) if section is not None else None
    tag_f = fold(tag) if tag is not None else None
    entity_match = _entity_matcher(base, entity) if entity is not None else None
    out = []
    for fact in base.facts:
        if section_ids is not None and fact.section not in section_ids:
            continue
        if tag_f is not None and tag_f not in {fold(t) for t in fact.tags}:
            continue
        if wanted_kind is not None and fact.kind is not wanted_kind:
            continue
        if entity_match is not None and not any(entity_match(e) for e in fact.entities):
            continue
        if wanted_unit is not None and fact.unit != wanted_unit:
            continue
        if measure_id is not None and fact.measure != measure_id:
            continue
        if span is not None and not _within(fact_period(fact), span):
            continue
        out.append(fact)
    return out


def _kind(kind: Kind | str) -> Kind:
    if isinstance(kind, Kind):
        return kind
    try:
        return Kind(fold(kind))
    except ValueError:
        known = ", ".join(k.value for k in Kind)
        raise UsageError(f"unknown kind {kind!r}; kinds are: {known}") from None


def _unit(unit: str) -> str:
    """The unit symbol as the base states it (NFKC: ％ is %)."""
    folded = fold(unit)
    if folded not in UNITS:
        raise UsageError(f"unknown unit {unit!r}; units are: {', '.join(UNITS)}")
    return folded


def _section_ids(base: FactBase, section: str) -> set[str]:
    wanted = fold(section)
    ids = {
        s.id
        for s in base.sections
        if wanted in (fold(s.id), fold(s.zh), fold(s.en))
        or wanted in fold(s.zh)
        or wanted in fold(s.en)
    }
    if not ids:
        known = ", ".join(s.id for s in base.sections)
        raise NotFoundError(f"no section {section!r}; sections are: {known}")
    return ids


def _entity_matcher(base: FactBase, entity: str) -> Callable[[str], bool]:
    """A part of the name a fact gives (吉利), or any name of a declared entity (Geely,
    Geely Auto for 吉利汽车)."""
    declared = base.entity(entity)
    wanted = fold(entity)
    return lambda name: wanted in fold(name) or (declared is not None and name == declared.zh)


def _within(inner: Period, outer: Period) -> bool:
    return outer.first <= inner.first and inner.last <= outer.last


def rank(
    facts: Sequence[Fact],
    key: SortKey | str | None = None,
    descending: bool = False,
    limit: int | None = None,
) -> list[Fact]:
    """Facts ordered by `key` (report order when None), then the first `limit`.

    Ties keep report order. Facts with no number (events, statements) come after those
    with one, whichever the direction. Ranking by amount compares in base units (亿元
    with 万元, 万辆 with 辆) and refuses to mix things that do not compare (money with
    percentages): ranking them together would be meaningless.
    """
    if limit is not None and limit < 1:
        raise UsageError("the limit must be at least 1")
    order = _sort_key(key) if key is not None else None
    if order is None:
        ranked = list(reversed(facts)) if descending else list(facts)
    elif order in ("value", "amount"):
        numbered = [f for f in facts if f.value_text is not None]
        rest = [f for f in facts if f.value_text is None]
        if order == "amount":
            _check_one_dimension(numbered)
            numbered.sort(key=_amount, reverse=descending)
        else:
            numbered.sort(key=_value, reverse=descending)
        ranked = numbered + rest
    elif order == "period":
        ranked = sorted(facts, key=lambda f: fact_period(f)[::-1], reverse=descending)
    else:
        ranked = sorted(facts, key=lambda f: f.id, reverse=descending)
    return ranked if limit is None else ranked[:limit]


def _sort_key(key: str) -> SortKey:
    folded = fold(key)
    for known in SORT_KEYS:
        if folded == known:
            return known
    raise UsageError(f"cannot sort by {key!r}; sort by one of: {', '.join(SORT_KEYS)}")


def _value(fact: Fact) -> Decimal:
    value = fact.value
    assert value is not None  # only facts with a number are sorted by it
    return value


def _amount(fact: Fact) -> Decimal:
    unit = fact.unit_info
    assert unit is not None and fact.value is not None  # checked by _check_one_dimension
    return base_amount(fact.value, unit)


def _check_one_dimension(facts: Sequence[Fact]) -> None:
    counts: dict[str, int] = {}
    for fact in facts:
        unit = fact.unit_info
        dimension = unit.dimension if unit is not None else f"{fact.unit or 'no unit'}"
        counts[dimension] = counts.get(dimension, 0) + 1
    if len(counts) > 1:
        kinds = ", ".join(f"{d} ({n})" for d, n in sorted(counts.items(), key=lambda i: -i[1]))
        raise UsageError(
            f"amounts of different kinds cannot be ranked together: {kinds}; "
            "rank one kind at a time (one unit or measure), or rank by value"
        )


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


def by_amount(base: FactBase, positions: list[int], lowest: bool = False) -> list[int]:
    """Positions ordered by amount (largest first, or smallest), keeping only facts whose
    amounts compare: the unit dimension most of them share (any count is a count)."""
    amounts: dict[int, tuple[str, Decimal]] = {}
    for position in positions:
        fact = base.fact(position)
        unit, value = fact.unit_info, fact.value
        if unit is not None and value is not None:
            dimension = "count" if unit.dimension in COUNTS else unit.dimension
            amounts[position] = (dimension, base_amount(value, unit))
    if not amounts:
        return []
    dimensions = [d for d, _ in amounts.values()]
    common = max(dict.fromkeys(dimensions), key=dimensions.count)  # ties: first seen
    same = [p for p in positions if p in amounts and amounts[p][0] == common]
    return sorted(same, key=lambda p: amounts[p][1], reverse=not lowest)
