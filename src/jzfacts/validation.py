"""Validating a parsed fact base into typed, immutable objects.

Validation happens once, here, at the edge; nothing past this module sees raw YAML
(yamlread.py reads it, loader.py runs the whole load). Every problem is located as
``file:line:col: message`` (1-based) with a code (docs/fact-base.md, "Problem codes"),
and all of them are collected so that ``jzfacts validate`` can list them at once.

A fact is checked field by field (`Checker.identifier`, `_kind`, `_label`, `_value`, `_unit`,
`_period`, `_section`, `_formula`, `_qualifier`, `_measure`, `_errata`), then once
across fields against the report (`_cross_check`: the quote stands in the report under
the fact's section, the value is a whole number of the quote in the stated unit and
hedge, the measure fits the unit; `_quote_en`: the English rendering states the quote's
numbers and no others). Facts as a set come last: unique ids and names,
derived values and their units, declared entities.

A draft (`jzfacts draft`) leaves ids, labels and the like as TODO placeholders; in
draft mode those are counted instead of reported (see `Checker.placeholder`).
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import os
import re
import stat
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from jzfacts import numerals
from jzfacts.errors import DataError, InvalidFactBase, Problem
from jzfacts.files import read_bytes
from jzfacts.formula import (
    FormulaError,
    UnitMismatch,
    describe,
    dim_of_unit,
    evaluate,
    inputs_of,
    round_to,
    same_unit,
    unit_of,
)
from jzfacts.measures import MEASURES
from jzfacts.model import (
    ENTITY_KINDS,
    QUALIFIERS,
    Entity,
    Erratum,
    Exclusion,
    ExclusionKind,
    Fact,
    FactBase,
    Kind,
    Label,
    MemoryStore,
    Section,
    Source,
)
from jzfacts.text import clip, fold, kind_of, parse_chinese_numeral
from jzfacts.units import UNITS
from jzfacts.yamlread import Position, YMap, YSeq

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?\Z")
# A year, a month of it, a quarter (2023-Q1, 一季度) or a half (2023-H1, 上半年).
_PERIOD = re.compile(r"[0-9]{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))?\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
# No report states a figure with more digits than this; Python's own limit (4,300
# digits) and JSON's (about 10^308) are far beyond it, so a bounded value is safe to
# show, compare and convert everywhere.
MAX_VALUE_DIGITS = 30

TOP_KEYS = ("source", "sections", "entities", "facts", "exclusions")
SOURCE_KEYS = ("title", "title_en", "issuer", "year", "language", "report", "sha256")
SECTION_KEYS = ("id", "zh", "en", "heading")
FACT_KEYS = (
    "id",
    "kind",
    "label",
    "aliases",
    "value",
    "unit",
    "period",
    "section",
    "tags",
    "entities",
    "quote",
    "quote_en",
    "note",
    "formula",
    "decimals",
    "qualifier",
    "measure",
    "errata",
)
LABEL_KEYS = ("zh", "en")
ENTITY_KEYS = ("zh", "en", "aliases", "kind")
ERRATUM_KEYS = ("text", "correction")
EXCLUSION_KEYS = ("text", "kind", "why")
EXCLUSION_KINDS: tuple[ExclusionKind, ...] = ("figure", "sentence")
DEFAULT_DECIMALS = 2
# What `jzfacts draft` leaves for a person: ids starting todo-, text starting TODO.
TODO_ID_PREFIX = "todo-"
TODO_TEXT_PREFIX = "TODO"


def is_placeholder(text: str) -> bool:
    return text.startswith(TODO_TEXT_PREFIX) or text.startswith(TODO_ID_PREFIX)


def _describe(value: Any, raw: str | None, text: bool = True) -> str:
    """What a wrongly typed YAML value turned into, for the message.

    `raw` is the plain scalar's source text (None when quoted or a container); `text`
    says whether the field wants text, so quoting it is the fix worth suggesting.
    """
    kind = kind_of(value)
    if raw is not None and not isinstance(value, str) and raw != "":
        # YAML re-typed what was written: no -> False, 12:30 -> 750, 2022-06-01 -> a date.
        shown = "" if str(value) == raw else f" ({value!r})"
        hint = "; quote it if you mean the text" if text else ""
        return f"{clip(raw)} reads as {kind}{shown}{hint}"
    if isinstance(value, str):
        return f"it is the text {clip(value)!r}"
    return f"it is {kind}"


class Checker:
    """Collects problems (and, for a draft, TODO placeholders) while turning YAML into
    model objects."""

    def __init__(self, shown: str, draft: bool = False) -> None:
        self.shown = shown
        self.draft = draft
        self.problems: list[Problem] = []
        self.placeholders: list[Problem] = []

    def problem(self, pos: Position, message: str, code: str = "invalid") -> None:
        self.problems.append(Problem(self.shown, pos[0], pos[1], message, code))

    def placeholder(self, pos: Position, what: str, key: str) -> None:
        """A TODO left by `jzfacts draft`: counted in a draft, a problem in a base."""
        found = Problem(
            self.shown, pos[0], pos[1], f"{what}: {key} is a TODO placeholder; fill it in", "todo"
        )
        (self.placeholders if self.draft else self.problems).append(found)

    def mapping(self, value: Any, pos: Position, what: str) -> YMap | None:
        if not isinstance(value, YMap):
            self.problem(
                pos, f"{what} must be a mapping, but {_describe(value, None, False)}", "wrong-type"
            )
            return None
        return value

    def sequence(self, m: YMap, key: str, named: str) -> YSeq | None:
        """The list under `key`, or None after saying what stands there instead; `named`
        is how the message names it (sections, fact 3: errata)."""
        items = m[key]
        if not isinstance(items, YSeq):
            found = _describe(items, m.raw[key], False)
            self.problem(m.value_pos[key], f"{named} must be a list, but {found}", "wrong-type")
            return None
        return items

    def known_keys(self, m: YMap, allowed: tuple[str, ...], what: str) -> None:
        for key in m:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.problem(
                    m.key_pos[key], f"{what}: unknown key '{clip(key)}'{hint}", "unknown-key"
                )

    def string(self, m: YMap, key: str, what: str, required: bool = True) -> str | None:
        if key not in m:
            if required:
                self.problem(m.pos, f"{what}: {key} is missing", "missing")
            return None
        value = m[key]
        if not isinstance(value, str):
            self.problem(
                m.value_pos[key],
                f"{what}: {key} must be text, but {_describe(value, m.raw[key])}",
                "wrong-type",
            )
            return None
        if required and not value.strip():
            self.problem(m.value_pos[key], f"{what}: {key} is empty", "empty")
            return None
        if value.startswith(TODO_TEXT_PREFIX):
            self.placeholder(m.value_pos[key], what, key)
        return value

    def strings(self, m: YMap, key: str, what: str) -> tuple[str, ...]:
        if key not in m or m[key] is None:
            return ()
        items = self.sequence(m, key, f"{what}: {key}")
        if items is None:
            return ()
        out: list[str] = []
        for index, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                problem = (
                    "it is empty" if isinstance(item, str) else _describe(item, items.raw[index])
                )
                self.problem(
                    items.item_pos[index],
                    f"{what}: {key} item {index + 1} must be text, but {problem}",
                    "wrong-type",
                )
            else:
                if item.startswith(TODO_TEXT_PREFIX):
                    self.placeholder(items.item_pos[index], what, f"{key} item {index + 1}")
                out.append(item)
        return tuple(out)

    def identifier(self, m: YMap, what: str, example: str) -> str | None:
        """An id: lowercase ASCII kebab-case; `todo-…` is a draft's placeholder."""
        value = self.string(m, "id", what)
        if value is None:
            return None
        if not _ID.match(value):
            self.problem(
                m.value_pos["id"],
                f"{what}: id must be lowercase ASCII kebab-case (like {example}), "
                f"not {clip(value)!r}",
                "bad-id",
            )
            return None
        if value.startswith(TODO_ID_PREFIX):
            self.placeholder(m.value_pos["id"], what, "id")
        return value


class Places(NamedTuple):
    """Where a fact's names and formula stand (and how its formula's result is rounded),
    kept after its YAML is let go."""

    id: Position
    label_zh: Position
    label_en: Position
    formula: Position
    aliases: tuple[Position, ...]
    decimals: int = DEFAULT_DECIMALS
    entities: tuple[Position, ...] = ()
    quote: Position = (0, 0)


def _places(m: YMap) -> Places:
    label = m["label"]
    aliases = m.get("aliases")
    entities = m.get("entities")
    decimals = m.get("decimals", DEFAULT_DECIMALS)
    return Places(
        m.value_pos["id"],
        label.value_pos["zh"],
        label.value_pos["en"],
        m.value_pos.get("formula", m.pos),
        tuple(aliases.item_pos) if isinstance(aliases, YSeq) else (),
        decimals
        if isinstance(decimals, int) and not isinstance(decimals, bool)
        else DEFAULT_DECIMALS,
        tuple(entities.item_pos) if isinstance(entities, YSeq) else (),
        m.value_pos.get("quote", m.pos),
    )


class _Done(NamedTuple):
    """A fact validated while the YAML was read (fact None: it had problems; id: the id
    it gave, when that was valid, so that formulas naming it say it is invalid rather
    than missing)."""

    fact: Fact | None
    places: Places | None
    id: str | None = None
    pos: Position = (0, 0)
    quote_missing: bool = False


class Context:
    """What checking one fact needs from the rest of the base: the sections, the report,
    and what the checks found so far (the facts whose quote is not in the report)."""

    def __init__(self, check: Checker, report_dir: Path) -> None:
        self.check = check
        self.report_dir = report_dir
        self.ready: bool | None = None  # None: not tried yet
        self.source = Source("", "", "", 0, "", "", "")
        self.report_text: str | None = None
        self.report_path: Path | None = None
        self.report_tried: str = ""
        self.digest_mismatch: tuple[Position, str] | None = None  # where, the actual sha256
        self.finder: QuoteFinder | None = None
        self.sections: list[Section] = []
        self.section_ids: set[str] = set()

    def prepare(self, top: YMap) -> None:
        """Source, report and sections, from the (perhaps partial) top mapping."""
        self.source = _source(self.check, top)
        _report(self, top)
        if self.report_text is not None:
            self.finder = QuoteFinder(self.report_text.replace("\r", "").replace("\n", ""))
        self.sections = _sections(self.check, top, self.report_text)
        self.section_ids = {s.id for s in self.sections}
        if self.finder is not None:
            self.finder.place_sections(self.sections, _headed(top))
        self.ready = True

    def on_item(self, top: Any, key: str, index: int, item: Any, pos: Position) -> Any:
        """yamlread's hook: validate each fact as soon as the reader has finished it.

        Needs `source` and `sections` before `facts` in the file (as in every base we
        write); otherwise nothing is validated early and validate_document does it all.
        A 10^5-fact base then never holds its whole YAML tree in memory at once.
        """
        if key != "facts" or not isinstance(top, YMap):
            return item
        if self.ready is None:
            if "source" in top and "sections" in top:
                self.prepare(top)
            else:
                self.ready = False
        if not self.ready:
            return item
        return _validated_fact(self, item, pos, index)


def _validated_fact(ctx: Context, item: Any, pos: Position, index: int) -> _Done:
    fact, quote_missing = _fact(ctx, item, pos, index)
    places = _places(item) if fact is not None else None
    fact_id = None
    id_pos = pos
    if isinstance(item, YMap) and isinstance(item.get("id"), str) and _ID.match(item["id"]):
        fact_id, id_pos = item["id"], item.value_pos["id"]
    return _Done(fact, places, fact_id, id_pos, quote_missing)


def validate_document(
    doc: Any, shown: str, report_dir: Path, ctx: Context | None = None, draft: bool = False
) -> tuple[FactBase, list[Problem]]:
    """Turn a parsed document into a FactBase, with every problem found (maybe none).

    Problems are listed in file order."""
    check = ctx.check if ctx is not None else Checker(shown, draft)
    top = check.mapping(doc, (1, 1), "the fact base")
    if top is None:
        raise InvalidFactBase(check.problems)
    check.known_keys(top, TOP_KEYS, "top level")

    if ctx is None:
        ctx = Context(check, report_dir)
    if not ctx.ready:
        ctx.prepare(top)

    facts: list[Fact] = []
    positions: list[Places] = []
    invalid: dict[str, Position] = {}  # ids of facts that had problems, and where
    stale: list[tuple[str, Position]] = []  # facts whose quote is not in the report
    if "facts" not in top:
        check.problem(top.pos, "facts is missing", "missing")
    elif (seq := check.sequence(top, "facts", "facts")) is not None:
        for index, item in enumerate(seq):
            done = item if isinstance(item, _Done) else None
            if done is None:
                done = _validated_fact(ctx, item, seq.item_pos[index], index)
            if done.fact is not None and done.places is not None:
                facts.append(done.fact)
                positions.append(done.places)
            elif done.id is not None:
                invalid.setdefault(done.id, done.pos)
            if done.quote_missing:
                stale.append((done.id or f"fact {index + 1}", done.pos))

    if ctx.digest_mismatch is not None:
        _digest_changed(check, ctx, stale)
    # Facts checked while the YAML was read were reported before the top level's keys:
    # order what was found so far by the top-level entry it falls in (keeping the order
    # within each); what follows (ids, formulas, names) comes after.
    starts = sorted(line for line, _ in top.key_pos.values())
    check.problems.sort(key=lambda p: bisect.bisect_right(starts, p.line) if p.line else -1)
    facts, positions = _unique_and_derived(check, facts, positions, invalid)
    names = _names(check, facts, positions)
    entities = _entities(check, top)
    if entities is not None:
        _entities_declared(check, facts, positions, entities)
    exclusions = _exclusions(check, top, ctx.finder)
    base = FactBase(
        path=shown,
        source=ctx.source,
        sections=tuple(ctx.sections),
        exclusions=tuple(exclusions),
        report_path=str(ctx.report_path) if ctx.report_path else "",
        store=MemoryStore(tuple(facts), names),
        entities=tuple(entities or ()),
    )
    return base, check.problems


# --- source, report, sections ------------------------------------------------------------


def _source(check: Checker, top: YMap) -> Source:
    m = None
    if "source" not in top:
        check.problem(top.pos, "source is missing", "missing")
    else:
        m = check.mapping(top["source"], top.value_pos["source"], "source")
    if m is None:
        return Source("", "", "", 0, "", "", "")
    check.known_keys(m, SOURCE_KEYS, "source")
    year = m.get("year")
    if "year" not in m:
        check.problem(m.pos, "source: year is missing", "missing")
        year = 0
    elif not isinstance(year, int) or isinstance(year, bool):
        found = _describe(year, m.raw["year"], False)
        check.problem(
            m.value_pos["year"], f"source: year must be a whole number, but {found}", "wrong-type"
        )
        year = 0
    sha = check.string(m, "sha256", "source") or ""
    if sha and not _SHA256.match(sha):
        check.problem(
            m.value_pos["sha256"], "source: sha256 must be 64 lowercase hex digits", "bad-sha256"
        )
        sha = ""
    return Source(
        title=check.string(m, "title", "source") or "",
        title_en=check.string(m, "title_en", "source", required=False) or "",
        issuer=check.string(m, "issuer", "source") or "",
        year=year,
        language=check.string(m, "language", "source") or "",
        report=check.string(m, "report", "source") or "",
        sha256=sha,
    )


def _shown_path(path: Path) -> str:
    """A path as the user can find it: relative to the current directory when it lies
    under it (./report.txt), absolute otherwise."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    if relative.startswith(".."):
        return absolute
    return relative if os.sep in relative else f".{os.sep}{relative}"


def _report(ctx: Context, top: YMap) -> None:
    """Read the report the source names (ctx.report_text, ctx.report_path)."""
    check, source = ctx.check, ctx.source
    if not source.report:
        return
    m = top["source"]
    where = m.value_pos["report"]
    if "\0" in source.report:
        # A "\0" escape in a quoted name: open() would raise ValueError, not OSError.
        check.problem(where, "source: report must be a file name (it contains a NUL)", "report")
        return
    path = ctx.report_dir / source.report
    tried = _shown_path(path)
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None  # missing or unreadable: read_bytes says which
    if mode is not None and (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)):
        # Opening a FIFO blocks until someone writes to it: refuse before we hang.
        check.problem(where, f"source: report {clip(source.report)}: not a regular file", "report")
        return
    try:
        data = read_bytes(str(path), str(path), "report")
    except DataError as exc:
        reason = _after_prefix(str(exc), f"{path}: ")
        check.problem(
            where, f"source: report {clip(source.report)}: {reason} (looked for {tried})", "report"
        )
        return
    digest = hashlib.sha256(data).hexdigest()
    if source.sha256 and digest != source.sha256:
        # Reported once every quote has been tried: a changed report is best told with
        # the quotes it broke (validate_document, _digest_changed).
        ctx.digest_mismatch = (m.value_pos["sha256"], digest)
    try:
        ctx.report_text, ctx.report_path = data.decode("utf-8-sig"), path
    except UnicodeDecodeError as exc:
        check.problem(
            where, f"source: report {clip(source.report)} is not UTF-8 ({exc.reason})", "report"
        )


def _digest_changed(check: Checker, ctx: Context, stale: list[tuple[str, Position]]) -> None:
    assert ctx.digest_mismatch is not None
    pos, digest = ctx.digest_mismatch
    recorded = ctx.source.sha256
    if not stale:
        check.problem(
            pos,
            f"source: the report's sha256 is {digest}, not the {recorded} recorded here",
            "report-digest",
        )
        return
    named = ", ".join(f"'{fact_id}' (line {line})" for fact_id, (line, _) in stale[:5])
    more = f" and {len(stale) - 5} more" if len(stale) > 5 else ""
    plural = "quotes no longer match" if len(stale) != 1 else "quote no longer matches"
    check.problem(
        pos,
        f"source: the report changed (its sha256 is {digest}, not the {recorded} recorded "
        f"here) and {len(stale)} {plural} it: {named}{more}; fix those quotes, then sha256",
        "report-digest",
    )


def _after_prefix(message: str, prefix: str) -> str:
    # read_bytes names the path first; the path may itself contain ": ".
    return message[len(prefix) :] if message.startswith(prefix) else message


def _sections(check: Checker, top: YMap, report_text: str | None) -> list[Section]:
    if "sections" not in top:
        check.problem(top.pos, "sections is missing", "missing")
        return []
    seq = check.sequence(top, "sections", "sections")
    if seq is None:
        return []
    sections: list[Section] = []
    seen: dict[str, Position] = {}
    for index, item in enumerate(seq):
        m = check.mapping(item, seq.item_pos[index], f"section {index + 1}")
        if m is None:
            continue
        what = f"section {index + 1}"
        check.known_keys(m, SECTION_KEYS, what)
        section_id = check.identifier(m, what, "economic-recovery")
        if section_id is not None:
            what = f"section '{section_id}'"
            if section_id in seen:
                line, col = seen[section_id]
                check.problem(
                    m.value_pos["id"],
                    f"duplicate section id '{section_id}' (first at line {line}, column {col})",
                    "duplicate-id",
                )
            seen.setdefault(section_id, m.value_pos["id"])
        zh = check.string(m, "zh", what)
        en = check.string(m, "en", what)
        heading = m.get("heading", True)
        if not isinstance(heading, bool):
            check.problem(
                m.value_pos["heading"], f"{what}: heading must be true or false", "wrong-type"
            )
            heading = True
        if heading and zh and report_text is not None and f"● {zh}" not in report_text:
            check.problem(
                m.value_pos["zh"],
                f"{what}: the heading '● {zh}' is not in the report",
                "heading-not-in-report",
            )
        if section_id and zh and en:
            sections.append(Section(section_id, zh, en))
    return sections


def _headed(top: YMap) -> dict[str, bool]:
    """Which sections have a ● heading in the report (heading: false for the opening)."""
    headed: dict[str, bool] = {}
    for item in top.get("sections") or []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            headed[item["id"]] = item.get("heading", True) is not False
    return headed


class QuoteFinder:
    """Finds quotes in the report with its line breaks removed.

    Small reports are searched directly. For very large ones (synthetic bases of 10^5
    facts), quotes are looked up first at clause starts, where they nearly always begin,
    so that validation stays linear instead of scanning the report once per quote.
    """

    DIRECT_LIMIT = 1_000_000
    PREFIX = 6

    def __init__(self, flat: str) -> None:
        self.flat = flat
        self._starts: dict[str, list[int]] | None = None
        self._section_offsets: list[int] = []  # where each placed section's heading stands
        self._section_ids: list[str] = []

    def place_sections(self, sections: list[Section], headed: dict[str, bool]) -> None:
        """Where each section starts in the report (one with no heading: at the top)."""
        starts = []
        for section in sections:
            at = self.flat.find(f"● {section.zh}") if headed.get(section.id, True) else 0
            if at >= 0:
                starts.append((at, section.id))
        starts.sort()
        self._section_offsets = [at for at, _ in starts]
        self._section_ids = [section_id for _, section_id in starts]

    def section_at(self, offset: int) -> str | None:
        """The id of the section a report offset falls under, if sections are placed."""
        index = bisect.bisect_right(self._section_offsets, offset) - 1
        return self._section_ids[index] if index >= 0 else None

    def find(self, quote: str) -> int:
        if len(self.flat) <= self.DIRECT_LIMIT or len(quote) < self.PREFIX:
            return self.flat.find(quote)
        if self._starts is None:
            self._starts = {}
            for match in re.finditer(r"(?:^|(?<=[。！？；，：、“”\s]))", self.flat):
                start = match.start()
                self._starts.setdefault(self.flat[start : start + self.PREFIX], []).append(start)
        for start in self._starts.get(quote[: self.PREFIX], ()):
            if self.flat.startswith(quote, start):
                return start
        return self.flat.find(quote)

    def elsewhere(self, quote: str, after: int) -> Iterator[int]:
        """Where else the quote stands after offset `after`: first at the indexed clause
        starts of a very large report (so that a quote repeated in many sections is found
        without rescanning it), then anywhere by scanning."""
        if self._starts is not None and len(quote) >= self.PREFIX:
            for start in self._starts.get(quote[: self.PREFIX], ()):
                if start > after and self.flat.startswith(quote, start):
                    yield start
        at = self.flat.find(quote, after + 1)
        while at >= 0:
            yield at
            at = self.flat.find(quote, at + 1)

    def nearest(self, quote: str) -> str:
        """Where a quote that is not in the report comes closest, with the first
        character that differs marked: for the message that says how to fix it."""
        return nearest_passage(self.flat, quote)


def nearest_passage(flat: str, quote: str) -> str:
    """'the report has 产值突破«2»24亿元 (character 9: the quote has 3)' — the passage of
    the report that agrees longest with the quote, from its start or its end."""

    def longest(check: Any, limit: int) -> int:
        low, high = 0, limit  # the longest n with check(n) true; check is monotone
        while low < high:
            mid = (low + high + 1) // 2
            if check(mid):
                low = mid
            else:
                high = mid - 1
        return low

    head = longest(lambda n: quote[:n] in flat, len(quote))
    tail = longest(lambda n: quote[len(quote) - n :] in flat, len(quote))
    if max(head, tail) < 2:
        # Nothing in common at either end: the longest shared run anywhere.
        match = difflib.SequenceMatcher(None, flat, quote, autojunk=False).find_longest_match(
            0, len(flat), 0, len(quote)
        )
        if match.size < 2:
            return "no passage of the report resembles it"
        start = max(0, match.a - match.b)
    elif head >= tail:
        start = flat.find(quote[:head])
    else:
        end = flat.find(quote[len(quote) - tail :]) + tail
        start = max(0, end - len(quote))
    passage = flat[start : start + len(quote)]
    at = next(
        (i for i, (a, b) in enumerate(zip(passage, quote, strict=False)) if a != b),
        min(len(passage), len(quote)),
    )
    if at >= len(passage):
        has = f"the report ends the passage there, the quote goes on with {quote[at]!r}"
        shown = passage
    elif at >= len(quote):
        has = "the quote ends there"
        shown = passage
    else:
        has = f"the quote has {quote[at]!r} where the report has {passage[at]!r}"
        shown = f"{passage[:at]}«{passage[at]}»{passage[at + 1 :]}"
    return f"nearest passage: {clip(shown, 120)} (character {at + 1}: {has})"


# --- one fact, field by field ------------------------------------------------------------


class _Fields(NamedTuple):
    """A fact's fields as checked one by one, before the cross-field check."""

    what: str
    id: str | None
    kind: Kind
    label: Label | None
    value_text: str | None
    unit: str | None
    period: str | None
    section: str | None
    quote: str | None
    formula: str | None
    inputs: tuple[str, ...]
    qualifier: str | None
    measure: str | None


def _fact(ctx: Context, item: Any, pos: Position, index: int) -> tuple[Fact | None, bool]:
    """The fact, or None when it has problems; and whether its quote is not in the report."""
    check = ctx.check
    m = check.mapping(item, pos, f"fact {index + 1}")
    if m is None:
        return None, False
    what = f"fact {index + 1}"
    fact_id = check.identifier(m, what, "geely-output")
    if fact_id is not None:
        what = f"fact '{fact_id}'"
    check.known_keys(m, FACT_KEYS, what)
    before = len(check.problems)

    kind = _kind(check, m, what)
    fields = _Fields(
        what=what,
        id=fact_id,
        kind=kind,
        label=_label(check, m, what),
        value_text=_value(check, m, what, kind),
        unit=_unit(check, m, what, kind),
        period=_period(check, m, what),
        section=_section(check, m, what, ctx.section_ids),
        quote=check.string(m, "quote", what, required=kind is not Kind.DERIVED),
        formula=None,
        inputs=(),
        qualifier=_qualifier(check, m, what),
        measure=_measure(check, m, what, kind),
    )
    formula, inputs = _formula(check, m, what, kind)
    fields = fields._replace(formula=formula, inputs=inputs)
    quote_missing = _cross_check(ctx, m, fields)
    errata = _errata(check, m, what, fields.quote)
    quote_en = _quote_en(check, m, what, fields.quote, checkable=not quote_missing)
    note = check.string(m, "note", what, required=False)
    aliases = check.strings(m, "aliases", what)
    tags = check.strings(m, "tags", what)
    entities = check.strings(m, "entities", what)

    if (
        len(check.problems) > before
        or fact_id is None
        or fields.label is None
        or fields.period is None
        or fields.section is None
    ):
        return None, quote_missing
    return Fact(
        id=fact_id,
        kind=kind,
        label=fields.label,
        aliases=aliases,
        value_text=fields.value_text,
        unit=_shared(fields.unit),
        period=sys.intern(fields.period),
        section=sys.intern(fields.section),
        tags=tuple(map(sys.intern, tags)),
        entities=tuple(map(sys.intern, entities)),
        quote=fields.quote,
        note=note,
        formula=formula,
        inputs=inputs,
        qualifier=_shared(fields.qualifier),
        measure=_shared(fields.measure),
        errata=errata,
        quote_en=quote_en,
    ), quote_missing


def _shared(text: str | None) -> str | None:
    """One string object for values that repeat across facts (units, periods, sections,
    measures): a 10^5-fact base holds each once, not 10^5 times (tens of MB)."""
    return None if text is None else sys.intern(text)


def _kind(check: Checker, m: YMap, what: str) -> Kind:
    text = check.string(m, "kind", what, required=False)
    if text is None:
        return Kind.FIGURE
    try:
        return Kind(text)
    except ValueError:
        check.problem(
            m.value_pos["kind"],
            f"{what}: kind must be one of figure, derived, event, statement, not {clip(text)!r}",
            "bad-kind",
        )
        return Kind.FIGURE


def _label(check: Checker, m: YMap, what: str) -> Label | None:
    if "label" not in m:
        check.problem(m.pos, f"{what}: label is missing", "missing")
        return None
    lm = check.mapping(m["label"], m.value_pos["label"], f"{what}: label")
    if lm is None:
        return None
    check.known_keys(lm, LABEL_KEYS, f"{what}: label")
    zh = check.string(lm, "zh", f"{what}: label")
    en = check.string(lm, "en", f"{what}: label")
    return Label(zh, en) if zh and en else None


def _value(check: Checker, m: YMap, what: str, kind: Kind) -> str | None:
    if "value" not in m:
        if kind is Kind.FIGURE:
            check.problem(
                m.pos,
                f"{what}: value is missing (a fact with no number is an event or statement)",
                "missing",
            )
        return None
    if kind is not Kind.FIGURE:
        reason = "is computed from its formula" if kind is Kind.DERIVED else "has no value"
        check.problem(
            m.value_pos["value"],
            f"{what}: a {kind.value} fact {reason}; remove value",
            "not-allowed",
        )
        return None
    text = _value_text(check, m, what)
    if text is not None:
        digits = sum(c.isdigit() for c in text)
        if digits > MAX_VALUE_DIGITS:
            check.problem(
                m.value_pos["value"],
                f"{what}: value has {digits:,} digits; a figure has at most {MAX_VALUE_DIGITS}",
                "bad-value",
            )
            return None
    return text


def _value_text(check: Checker, m: YMap, what: str) -> str | None:
    value, raw, pos = m["value"], m.raw["value"], m.value_pos["value"]
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        check.problem(
            pos, f"{what}: value must be a number, but {_describe(value, raw, False)}", "bad-value"
        )
        return None
    if isinstance(value, str):
        text = value.strip()
        if raw is None and _DECIMAL.match(text):
            return text  # quoted to keep its digits: "3.10"
        found = f"{clip(raw)} reads as text" if raw is not None else _describe(value, None)
        check.problem(
            pos, f"{what}: value must be a plain decimal number, but {found}", "bad-value"
        )
        return None
    if raw is None or not _DECIMAL.match(raw):
        written = clip(raw if raw is not None else str(value))
        check.problem(
            pos,
            f"{what}: value must be a plain decimal number, but {written!r} reads as {value!r}",
            "bad-value",
        )
        return None
    if isinstance(value, float) and raw != repr(value) and "." in raw and raw.endswith("0"):
        check.problem(
            pos,
            f"{what}: value {raw} would read as {value!r}; "
            f"quote it ('{raw}') to keep the trailing zero",
            "bad-value",
        )
        return None
    return str(raw)


def _unit(check: Checker, m: YMap, what: str, kind: Kind) -> str | None:
    if kind not in (Kind.FIGURE, Kind.DERIVED):
        if "unit" in m:
            check.problem(
                m.value_pos["unit"],
                f"{what}: a {kind.value} fact has no unit; remove unit",
                "not-allowed",
            )
        return None
    unit = check.string(m, "unit", what)
    if unit is not None and unit not in UNITS:
        close = difflib.get_close_matches(unit, list(UNITS), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {' '.join(UNITS)})"
        check.problem(
            m.value_pos["unit"], f"{what}: unknown unit {clip(unit)!r}{hint}", "unknown-unit"
        )
        return None
    return unit


def _period(check: Checker, m: YMap, what: str) -> str | None:
    if "period" not in m:
        check.problem(m.pos, f"{what}: period is missing", "missing")
        return None
    value, raw, pos = m["period"], m.raw["period"], m.value_pos["period"]
    is_int = isinstance(value, int) and not isinstance(value, bool)
    if is_int and raw is not None and re.fullmatch(r"[0-9]{4}", raw):
        return str(raw)  # a bare year: 2022
    if not isinstance(value, str):
        check.problem(
            pos,
            f'{what}: period must be text like "2022" or "2022-06", but {_describe(value, raw)}',
            "bad-period",
        )
        return None
    if not _PERIOD.match(value):
        check.problem(
            pos,
            f"{what}: period must look like 2022 or 2022-06, not {clip(value)!r}",
            "bad-period",
        )
        return None
    return value


def _section(check: Checker, m: YMap, what: str, section_ids: set[str]) -> str | None:
    section = check.string(m, "section", what)
    if section is not None and section not in section_ids:
        close = difflib.get_close_matches(section, sorted(section_ids), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        check.problem(
            m.value_pos["section"],
            f"{what}: unknown section '{clip(section)}'{hint}",
            "unknown-section",
        )
    return section


def _formula(check: Checker, m: YMap, what: str, kind: Kind) -> tuple[str | None, tuple[str, ...]]:
    if kind is not Kind.DERIVED:
        for key in ("formula", "decimals"):
            if key in m:
                check.problem(
                    m.value_pos[key], f"{what}: only a derived fact has {key}", "not-allowed"
                )
        return None, ()
    formula = check.string(m, "formula", what)
    inputs: tuple[str, ...] = ()
    if formula is not None:
        try:
            inputs = inputs_of(formula)
        except FormulaError as exc:
            check.problem(m.value_pos["formula"], f"{what}: {exc}", "formula-syntax")
            formula = None
    decimals = m.get("decimals", DEFAULT_DECIMALS)
    if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 10:
        check.problem(
            m.value_pos.get("decimals", m.pos),
            f"{what}: decimals must be a whole number from 0 to 10",
            "bad-decimals",
        )
    return formula, inputs


def _qualifier(check: Checker, m: YMap, what: str) -> str | None:
    qualifier = check.string(m, "qualifier", what, required=False)
    if qualifier is not None and qualifier not in QUALIFIERS:
        known = ", ".join(QUALIFIERS)
        check.problem(
            m.value_pos["qualifier"], f"{what}: qualifier must be one of {known}", "bad-qualifier"
        )
        return None
    return qualifier


def _measure(check: Checker, m: YMap, what: str, kind: Kind) -> str | None:
    """What a figure or derived fact measures: one of measures.MEASURES, required."""
    numeric = kind in (Kind.FIGURE, Kind.DERIVED)
    if not numeric:
        if "measure" in m:
            check.problem(
                m.value_pos["measure"],
                f"{what}: a {kind.value} fact has no measure; remove measure",
                "not-allowed",
            )
        return None
    if "measure" not in m:
        known = ", ".join(MEASURES)
        check.problem(m.pos, f"{what}: measure is missing (one of {known})", "missing")
        return None
    measure = check.string(m, "measure", what)
    if measure is not None and measure not in MEASURES:
        close = difflib.get_close_matches(measure, list(MEASURES), n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(MEASURES)}"
        check.problem(
            m.value_pos["measure"],
            f"{what}: unknown measure {clip(measure)!r} ({hint})",
            "unknown-measure",
        )
        return None
    return measure


def _errata(check: Checker, m: YMap, what: str, quote: str | None) -> tuple[Erratum, ...]:
    """Slips in the quote: each names text that stands in the quote and its correction."""
    if "errata" not in m:
        return ()
    seq = check.sequence(m, "errata", f"{what}: errata")
    if seq is None:
        return ()
    out: list[Erratum] = []
    for index, item in enumerate(seq):
        where = f"{what}: erratum {index + 1}"
        em = check.mapping(item, seq.item_pos[index], where)
        if em is None:
            continue
        check.known_keys(em, ERRATUM_KEYS, where)
        text = check.string(em, "text", where)
        correction = check.string(em, "correction", where)
        if text is None or correction is None:
            continue
        if quote is None or text not in quote:
            check.problem(
                em.value_pos["text"], f"{where}: {clip(text)!r} is not in the quote", "erratum"
            )
            continue
        out.append(Erratum(text, correction))
    return tuple(out)


def _quote_en(check: Checker, m: YMap, what: str, quote: str | None, checkable: bool) -> str | None:
    """The curator's English rendering of the quote: one line of text, only beside a
    quote, stating every number the quote writes and no other (numerals.compare). Its
    numbers are held to the quote only once the quote itself stands in the report."""
    if "quote_en" not in m:
        return None
    text = check.string(m, "quote_en", what, required=False)
    if text is None:
        return None
    pos = m.value_pos["quote_en"]
    if quote is None:
        if "quote" not in m:  # a quote that is there but wrong has its own problem
            check.problem(
                pos,
                f"{what}: quote_en renders the fact's quote, and it has none; "
                "remove quote_en or add the quote",
                "not-allowed",
            )
        return None
    if not text.strip():
        check.problem(pos, f"{what}: quote_en is empty", "empty")
        return None
    if text.splitlines() != [text]:
        check.problem(
            pos,
            f"{what}: quote_en must be one line, as the quote is; join its lines",
            "quote-en-line",
        )
        return None
    if not checkable or is_placeholder(text):
        return text
    mismatch = numerals.compare(quote, text)
    for written in mismatch.missing:
        # 143亿 (14.3 billion), 七 (7); 2022 and 1,235 as they are
        plain = numerals.plain_number(written.value)
        shown = written.text if written.text.isascii() else f"{written.text} ({plain})"
        check.problem(
            pos,
            f"{what}: quote_en does not state {shown}, which the quote writes",
            "quote-en-number",
        )
    for written in mismatch.extra:
        # A plain scalar on one line: point at the number itself.
        at = (pos[0], pos[1] + written.start) if m.raw.get("quote_en") == text else pos
        check.problem(
            at,
            f"{what}: quote_en states {written.text} (character {written.start + 1}), "
            "which the quote does not write",
            "quote-en-number",
        )
    return text


# --- one fact, across fields -------------------------------------------------------------

_ARABIC = re.compile(r"(?<![0-9.,])[0-9][0-9,]*(?:\.[0-9]+)?(?![0-9.,])")
_CHINESE = re.compile(r"[〇零一二两三四五六七八九十百千万亿]+")
_HEDGES = (("突破", "over"), ("超过", "over"), ("逾", "over"), ("近", "nearly"), ("约", "about"))
# A negative figure stands in its quote as a decline: 同比下降5.2% is -5.2 %.
DECLINES = ("下降", "减少", "下滑", "回落", "降低", "下跌", "负增长")
# Between the two ends of a range: 10—15%, 3至5户, 20~30万元.
_RANGE = re.compile(r"\s*(?:—|–|-|~|～|至|到)\s*[0-9][0-9,]*(?:\.[0-9]+)?")


def _cross_check(ctx: Context, m: YMap, f: _Fields) -> bool:
    """The checks that need several fields and the report; True when the quote is not
    in the report."""
    check, finder, what = ctx.check, ctx.finder, f.what
    quote_missing = False
    where = finder.find(f.quote) if f.quote is not None and finder is not None else -1
    if f.quote is not None and finder is not None and where < 0:
        quote_missing = True
        check.problem(
            m.value_pos["quote"],
            f"{what}: the quote is not in the report (line breaks aside); "
            f"{finder.nearest(f.quote)}",
            "quote-not-in-report",
        )
    elif (
        f.quote is not None
        and f.value_text is not None
        and not value_in_quote(f.value_text, f.quote)
    ):
        check.problem(
            m.value_pos["value"],
            f"{what}: the value {clip(f.value_text)} is not in its quote"
            + _decline_hint(f.value_text, f.quote),
            "value-not-in-quote",
        )
    elif (
        f.kind is Kind.FIGURE
        and f.value_text is not None
        and f.unit is not None
        and f.quote is not None
        and (f.qualifier is not None or "qualifier" not in m)  # a bad one is reported
    ):
        _check_stated_form(check, m, what, f.value_text, f.unit, f.quote, f.qualifier)
    if finder is not None and where >= 0 and f.section in ctx.section_ids and f.quote is not None:
        _check_quote_section(check, m, what, finder, where, f.quote, f.section)
    if f.qualifier is not None and f.value_text is None and f.kind is not Kind.DERIVED:
        check.problem(
            m.value_pos["qualifier"],
            f"{what}: only a fact with a value has a qualifier",
            "bad-qualifier",
        )
    if f.measure is not None and f.unit is not None:
        dimension = UNITS[f.unit].dimension
        if dimension not in MEASURES[f.measure].dimensions:
            check.problem(
                m.value_pos["measure"],
                f"{what}: a {f.measure} is not stated in {f.unit} ({dimension}); "
                f"check the measure or the unit",
                "measure-unit",
            )
    return quote_missing


def _check_quote_section(
    check: Checker, m: YMap, what: str, finder: QuoteFinder, where: int, quote: str, section: str
) -> None:
    under = finder.section_at(where)
    # The same words may stand in several places; one under its section will do.
    if (
        under is not None
        and under != section
        and any(finder.section_at(at) == section for at in finder.elsewhere(quote, where))
    ):
        under = section
    if under is not None and under != section:
        check.problem(
            m.value_pos["section"],
            f"{what}: the quote stands under section '{under}', not '{section}'",
            "quote-section",
        )


def _stated_spans(number: Decimal, quote: str) -> list[tuple[int, int]]:
    """Where the quote writes the number in digits; a negative number stands as its
    magnitude after a decline word (下降5.2)."""
    magnitude = abs(number)
    spans = []
    for found in _ARABIC.finditer(quote):
        if Decimal(found.group().replace(",", "")) != magnitude:
            continue
        if number < 0 and not quote[: found.start()].rstrip().endswith(DECLINES):
            continue
        spans.append(found.span())
    return spans


def value_in_quote(value_text: str, quote: str) -> bool:
    """Is the value a whole number of the quote (22 is not in 224亿元, 1.1 not in 1.11),
    written in digits or as a Chinese numeral (七 for 7)? A negative value stands as a
    decline (同比下降5.2% for -5.2)."""
    number = Decimal(value_text)
    if _stated_spans(number, quote):
        return True
    if number == number.to_integral_value() and number >= 0:
        whole = int(number)
        return any(parse_chinese_numeral(run) == whole for run in _CHINESE.findall(quote))
    return False


def _decline_hint(value_text: str, quote: str) -> str:
    number = Decimal(value_text)
    if number < 0 and any(
        Decimal(found.group().replace(",", "")) == -number for found in _ARABIC.finditer(quote)
    ):
        return f"; a negative value needs a decline ({', '.join(DECLINES[:3])} …) before {-number}"
    return ""


def _check_stated_form(
    check: Checker, m: YMap, what: str, value: str, unit: str, quote: str, qualifier: str | None
) -> None:
    """The unit the quote writes after the value, and its hedge before it (突破224亿元 is
    "over"), must be those the fact states. The lower end of a range (10—15%) takes the
    unit written after the upper end."""
    spans = _stated_spans(Decimal(value), quote)
    if not spans:
        return  # written as a Chinese numeral (七大): no unit follows it

    def unit_follows(end: int) -> bool:
        if quote.startswith(unit, end):
            return True
        to = _RANGE.match(quote, end)
        return to is not None and quote.startswith(unit, to.end())

    with_unit = [(start, end) for start, end in spans if unit_follows(end)]
    if not with_unit:
        check.problem(
            m.value_pos["unit"],
            f"{what}: the quote writes {value.lstrip('-')} with another unit than {unit}",
            "stated-unit",
        )
        return
    start = with_unit[0][0]
    before = quote[:start].rstrip()
    for word, needed in _HEDGES:
        if before.endswith(word) and qualifier != needed:
            check.problem(
                m.value_pos.get("qualifier", m.value_pos["value"]),
                f"{what}: the quote says {word} before the value; set qualifier: {needed}",
                "qualifier-hedge",
            )
            return


# --- the facts as a set ------------------------------------------------------------------


def _entities(check: Checker, top: YMap) -> list[Entity] | None:
    """The declared companies and bodies with their English names (None: not declared)."""
    if "entities" not in top:
        return None
    seq = check.sequence(top, "entities", "entities")
    if seq is None:
        return []
    out: list[Entity] = []
    seen: dict[str, Position] = {}
    for index, item in enumerate(seq):
        what = f"entity {index + 1}"
        m = check.mapping(item, seq.item_pos[index], what)
        if m is None:
            continue
        check.known_keys(m, ENTITY_KEYS, what)
        zh = check.string(m, "zh", what)
        en = check.string(m, "en", what)
        aliases = check.strings(m, "aliases", what)
        kind = check.string(m, "kind", what, required=False) or "enterprise"
        if kind not in ENTITY_KINDS:
            known = ", ".join(ENTITY_KINDS)
            check.problem(
                m.value_pos["kind"], f"{what}: kind must be one of {known}", "unknown-kind"
            )
            continue
        if zh is None or en is None:
            continue
        clash = False
        for name, pos in ((zh, m.value_pos["zh"]), (en, m.value_pos["en"])):
            if is_placeholder(name):
                continue
            key = fold(name)
            if key in seen:
                line, col = seen[key]
                check.problem(
                    pos,
                    f"{what}: '{clip(name)}' is already declared (line {line}, column {col})",
                    "duplicate-entity",
                )
                clash = True
            seen.setdefault(key, pos)
        if not clash:
            out.append(Entity(zh, en, aliases, kind))
    return out


def _entities_declared(
    check: Checker, facts: list[Fact], positions: list[Places], entities: list[Entity]
) -> None:
    """When a base declares its entities, every entity a fact names must be one of them."""
    declared = {e.zh for e in entities}
    for fact, places in zip(facts, positions, strict=True):
        for index, name in enumerate(fact.entities):
            if name not in declared:
                close = difflib.get_close_matches(name, sorted(declared), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                pos = places.entities[index] if index < len(places.entities) else places.id
                check.problem(
                    pos,
                    f"fact '{fact.id}': entity '{clip(name)}' is not declared under entities{hint}",
                    "undeclared-entity",
                )


def _unique_and_derived(
    check: Checker, facts: list[Fact], positions: list[Places], invalid: dict[str, Position]
) -> tuple[list[Fact], list[Places]]:
    """Reject duplicate ids; compute derived values in dependency order.

    Returns the facts that survive with their places, still side by side: a later
    duplicate or a derived fact that cannot be computed is dropped from both. `invalid`
    holds the ids of facts that had problems of their own: a formula naming one is told
    so, not that the fact does not exist.
    """
    first_at: dict[str, Position] = {}
    unique: list[tuple[Fact, Places]] = []
    for fact, m in zip(facts, positions, strict=True):
        if fact.id in first_at:
            line, col = first_at[fact.id]
            check.problem(
                m.id,
                f"duplicate fact id '{fact.id}' (first at line {line}, column {col})",
                "duplicate-id",
            )
            continue  # only the first: its names must not be reported as clashing too
        first_at[fact.id] = m.id
        unique.append((fact, m))
    facts = [f for f, _ in unique]

    computed: dict[str, Fact] = {}
    state: dict[str, int] = {}  # 1 = being computed, 2 = done
    by_id = {f.id: f for f in facts}
    pos_of = {f.id: m for f, m in unique}

    def input_problem(fact_id: str, dep: str) -> tuple[str, str] | None:
        """Why the input cannot be used (message, code), or None."""
        if dep in invalid and dep not in by_id:
            line, _ = invalid[dep]
            return (
                f"fact '{fact_id}': the formula uses '{dep}', which has problems of its own "
                f"(line {line})",
                "formula-invalid-input",
            )
        if dep not in by_id:
            known = sorted(by_id) + sorted(invalid)
            close = difflib.get_close_matches(dep, known, n=1, cutoff=0.6)
            if not close:
                close = [k for k in known if dep in k or k in dep][:1]
            hint = f"; did you mean {close[0]}?" if close else ""
            return (
                f"fact '{fact_id}': the formula names no fact '{dep}'{hint}",
                "formula-unknown-fact",
            )
        if by_id[dep].kind not in (Kind.FIGURE, Kind.DERIVED):
            return (
                f"fact '{fact_id}': the formula uses '{dep}', which has no value",
                "formula-no-value",
            )
        if state.get(dep) == 1:
            return (
                f"fact '{fact_id}': the formula forms a cycle through '{dep}'",
                "formula-cycle",
            )
        return None

    def compute(root: str) -> None:
        # Iterative depth-first walk: a chain of thousands of derived facts must not
        # exhaust Python's recursion limit.
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            fact_id, next_input = stack.pop()
            fact = by_id[fact_id]
            if next_input == 0:
                if state.get(fact_id) == 2:
                    continue
                state[fact_id] = 1
            if next_input < len(fact.inputs):
                stack.append((fact_id, next_input + 1))
                dep = fact.inputs[next_input]
                found = input_problem(fact_id, dep)
                if found is not None:
                    check.problem(pos_of[fact_id].formula, *found)
                    state[fact_id] = 2
                    stack.pop()
                    continue
                if by_id[dep].kind is Kind.DERIVED and state.get(dep) != 2:
                    stack.append((dep, 0))
                continue
            state[fact_id] = 2
            if fact.kind is Kind.DERIVED and fact.formula is not None:
                _finish_derived(check, fact, computed, by_id, pos_of[fact_id])

    for fact in facts:
        if fact.kind is Kind.DERIVED and state.get(fact.id) != 2:
            compute(fact.id)
    kept = [(computed.get(f.id, f), m) for f, m in unique]
    kept = [(f, m) for f, m in kept if f.kind is not Kind.DERIVED or f.id in computed]
    return [f for f, _ in kept], [m for _, m in kept]


def _finish_derived(
    check: Checker, fact: Fact, computed: dict[str, Fact], by_id: dict[str, Fact], m: Places
) -> None:
    def value_of(dep: str) -> Decimal:
        source = computed.get(dep, by_id[dep])
        if source.kind is Kind.DERIVED and dep not in computed:
            raise FormulaError(f"'{dep}' could not be computed")
        assert source.value_text is not None
        return Decimal(source.value_text)

    def unit_of_input(dep: str) -> Any:
        return UNITS[by_id[dep].unit or ""]

    decimals = m.decimals
    try:
        raw = evaluate(fact.formula or "", value_of)
        value_text = round_to(raw, decimals)
    except FormulaError as exc:
        check.problem(m.formula, f"fact '{fact.id}': {exc}", "formula-value")
        return
    except ArithmeticError:
        # decimal.InvalidOperation/Overflow: a result with more digits than the 28 of
        # precision (10^30 to 2 decimals) cannot be rounded; it is no report's figure.
        check.problem(
            m.formula,
            f"fact '{fact.id}': the formula's result is too large to show to {decimals} decimals",
            "formula-value",
        )
        return
    if not _units_agree(check, fact, m, unit_of_input):
        return
    computed[fact.id] = fact._replace(value_text=value_text)


def _units_agree(check: Checker, fact: Fact, m: Places, unit_of_input: Any) -> bool:
    """A derived fact's formula must come out in the fact's own unit."""
    if fact.unit not in UNITS or fact.formula is None:
        return True
    try:
        result = unit_of(fact.formula, unit_of_input)
    except UnitMismatch as exc:
        check.problem(m.formula, f"fact '{fact.id}': {exc}", "formula-units")
        return False
    except FormulaError:
        return True  # evaluation reports it
    unit = UNITS[fact.unit]
    if same_unit(result, unit):
        return True
    wanted = dim_of_unit(unit)
    hint = ""
    if result.dims == wanted.dims and result.scale != wanted.scale:
        shift = result.scale - wanted.scale
        if wanted.percent and not result.dims and result.scale == 0:
            hint = " (a ratio needs × 100 to be a percentage)"
        elif shift == 2 and result.dims:
            hint = " (off by a factor of 10^2: a percentage needs ÷ 100 before it divides)"
        else:
            hint = f" (off by a factor of 10^{shift})"
    check.problem(
        m.formula,
        f"fact '{fact.id}': the formula gives {describe(result)}, but the fact's unit is "
        f"{fact.unit}{hint}",
        "formula-units",
    )
    return False


def _names(check: Checker, facts: list[Fact], positions: list[Places]) -> dict[str, int]:
    """Folded id, labels and aliases -> fact index; a name may belong to one fact only.
    A draft's TODO placeholders name nothing."""
    names: dict[str, int] = {}
    for index, (fact, m) in enumerate(zip(facts, positions, strict=True)):
        candidates: list[tuple[str, Position, str]] = [
            (fact.id, m.id, "id"),
            (fact.label.zh, m.label_zh, "label"),
            (fact.label.en, m.label_en, "label"),
        ]
        for i, alias in enumerate(fact.aliases):
            candidates.append((alias, m.aliases[i] if i < len(m.aliases) else m.id, "alias"))
        for name, pos, what in candidates:
            if what != "id" and is_placeholder(name):
                continue
            key = fold(name)
            owner = names.setdefault(key, index)
            if owner != index:
                other = facts[owner].id
                check.problem(
                    pos,
                    f"fact '{fact.id}': {what} '{clip(name)}' also names fact '{other}'",
                    "name-clash",
                )
    return names


def _exclusions(check: Checker, top: YMap, finder: QuoteFinder | None) -> list[Exclusion]:
    seq = top.get("exclusions")
    if seq is None:
        return []
    if not isinstance(seq, YSeq):
        check.problem(top.value_pos["exclusions"], "exclusions must be a list", "wrong-type")
        return []
    out: list[Exclusion] = []
    for index, item in enumerate(seq):
        what = f"exclusion {index + 1}"
        m = check.mapping(item, seq.item_pos[index], what)
        if m is None:
            continue
        check.known_keys(m, EXCLUSION_KEYS, what)
        text = check.string(m, "text", what)
        kind = check.string(m, "kind", what, required=False) or "figure"
        why = check.string(m, "why", what)
        if kind not in EXCLUSION_KINDS:
            check.problem(
                m.value_pos["kind"], f"{what}: kind must be figure or sentence", "bad-kind"
            )
            continue
        if text is not None and finder is not None and finder.find(text) < 0:
            check.problem(
                m.value_pos["text"],
                f"{what}: the text is not in the report; {finder.nearest(text)}",
                "quote-not-in-report",
            )
            continue
        if text and why:
            out.append(Exclusion(text, "sentence" if kind == "sentence" else "figure", why))
    return out
