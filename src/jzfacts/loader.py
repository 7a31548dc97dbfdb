"""Validating a fact base into typed, immutable objects.

Validation happens once, here, at the edge; nothing past this module sees raw YAML.
Every problem is located as ``file:line:col: message`` (1-based), and all of them are
collected so that ``jzfacts validate`` can list them at once.
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from jzfacts.errors import DataError, InvalidFactBase, Problem
from jzfacts.files import Location, read_bytes
from jzfacts.formula import FormulaError, evaluate, inputs_of, round_to
from jzfacts.measures import MEASURES
from jzfacts.model import (
    ENTITY_KINDS,
    QUALIFIERS,
    Entity,
    Erratum,
    Exclusion,
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

# --- validation --------------------------------------------------------------------------

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_DECIMAL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?\Z")
_PERIOD = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")

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
DEFAULT_DECIMALS = 2
Position = tuple[int, int]  # 1-based line and column


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


class _Checker:
    """Collects problems while turning YAML into model objects."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.problems: list[Problem] = []

    def problem(self, pos: tuple[int, int], message: str) -> None:
        self.problems.append(Problem(self.shown, pos[0], pos[1], message))

    def mapping(self, value: Any, pos: tuple[int, int], what: str) -> Any:
        from jzfacts.yamlread import YMap

        if not isinstance(value, YMap):
            self.problem(pos, f"{what} must be a mapping, but {_describe(value, None, False)}")
            return None
        return value

    def known_keys(self, m: Any, allowed: tuple[str, ...], what: str) -> None:
        for key in m:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.problem(m.key_pos[key], f"{what}: unknown key '{clip(key)}'{hint}")

    def string(self, m: Any, key: str, what: str, required: bool = True) -> str | None:
        if key not in m:
            if required:
                self.problem(m.pos, f"{what}: {key} is missing")
            return None
        value = m[key]
        if not isinstance(value, str):
            self.problem(
                m.value_pos[key], f"{what}: {key} must be text, but {_describe(value, m.raw[key])}"
            )
            return None
        if required and not value.strip():
            self.problem(m.value_pos[key], f"{what}: {key} is empty")
            return None
        return value

    def strings(self, m: Any, key: str, what: str) -> tuple[str, ...]:
        from jzfacts.yamlread import YSeq

        if key not in m or m[key] is None:
            return ()
        items = m[key]
        if not isinstance(items, YSeq):
            self.problem(
                m.value_pos[key],
                f"{what}: {key} must be a list, but {_describe(items, m.raw[key], False)}",
            )
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
                )
            else:
                out.append(item)
        return tuple(out)


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


def _places(m: Any) -> Places:
    label = m["label"]
    aliases = m.get("aliases")
    alias_pos = tuple(aliases.item_pos) if hasattr(aliases, "item_pos") else ()
    entities = m.get("entities")
    entity_pos = tuple(entities.item_pos) if hasattr(entities, "item_pos") else ()
    decimals = m.get("decimals", DEFAULT_DECIMALS)
    return Places(
        m.value_pos["id"],
        label.value_pos["zh"],
        label.value_pos["en"],
        m.value_pos.get("formula", m.pos),
        alias_pos,
        decimals
        if isinstance(decimals, int) and not isinstance(decimals, bool)
        else DEFAULT_DECIMALS,
        entity_pos,
    )


class _Done(NamedTuple):
    """A fact validated while the YAML was read (fact None: it had problems)."""

    fact: Fact | None
    places: Places | None


class _Stream:
    """Validates each fact as soon as the YAML reader has finished it.

    Needs `source` and `sections` before `facts` in the file (as in every base we
    write); otherwise nothing is validated early and validate_document does it all.
    A 10^5-fact base then never holds its whole YAML tree (with every position) in
    memory at once.
    """

    def __init__(self, check: _Checker, report_dir: Path) -> None:
        self.check = check
        self.report_dir = report_dir
        self.ready: bool | None = None  # None: not tried yet
        self.source = Source("", "", "", 0, "", "", "")
        self.report_text: str | None = None
        self.report_path: Path | None = None
        self.finder: QuoteFinder | None = None
        self.sections: list[Section] = []
        self.section_ids: set[str] = set()

    def prepare(self, top: Any) -> None:
        """Source, report and sections, from the (perhaps partial) top mapping."""
        self.source = _source(self.check, top)
        self.report_text, self.report_path = _report(self.check, top, self.source, self.report_dir)
        if self.report_text is not None:
            self.finder = QuoteFinder(self.report_text.replace("\r", "").replace("\n", ""))
        self.sections = _sections(self.check, top, self.report_text)
        self.section_ids = {s.id for s in self.sections}
        if self.finder is not None:
            self.finder.place_sections(self.sections, _headed(top))
        self.ready = True

    def on_item(self, top: Any, key: str, index: int, item: Any, pos: Position) -> Any:
        if key != "facts":
            return item
        if self.ready is None:
            if "source" in top and "sections" in top:
                self.prepare(top)
            else:
                self.ready = False
        if not self.ready:
            return item
        fact = _fact(self.check, item, pos, index, self.section_ids, self.finder)
        return _Done(fact, _places(item) if fact is not None else None)


def validate_document(
    doc: Any, shown: str, report_dir: Path, stream: _Stream | None = None
) -> tuple[FactBase, list[Problem]]:
    """Turn a parsed document into a FactBase, with every problem found (maybe none).

    Problems are listed in file order."""
    from jzfacts.yamlread import YSeq

    check = stream.check if stream is not None else _Checker(shown)
    top = check.mapping(doc, (1, 1), "the fact base")
    if top is None:
        raise InvalidFactBase(check.problems)
    check.known_keys(top, TOP_KEYS, "top level")

    if stream is None:
        stream = _Stream(check, report_dir)
    if not stream.ready:
        stream.prepare(top)
    source, report_path, finder = stream.source, stream.report_path, stream.finder
    section_ids = stream.section_ids

    facts: list[Fact] = []
    positions: list[Places] = []
    if "facts" not in top:
        check.problem(top.pos, "facts is missing")
    elif not isinstance(top["facts"], YSeq):
        found = _describe(top["facts"], top.raw["facts"], False)
        check.problem(top.value_pos["facts"], f"facts must be a list, but {found}")
    else:
        seq = top["facts"]
        for index, item in enumerate(seq):
            if isinstance(item, _Done):
                fact, places = item
            else:
                fact = _fact(check, item, seq.item_pos[index], index, section_ids, finder)
                places = _places(item) if fact is not None else None
            if fact is not None and places is not None:
                facts.append(fact)
                positions.append(places)

    # Facts checked while the YAML was read were reported before the top level's keys:
    # order what was found so far by the top-level entry it falls in (keeping the order
    # within each); what follows (ids, formulas, names) comes after.
    starts = sorted(line for line, _ in top.key_pos.values())
    check.problems.sort(key=lambda p: bisect.bisect_right(starts, p.line) if p.line else -1)
    facts, positions = _unique_and_derived(check, facts, positions)
    names = _names(check, facts, positions)
    entities = _entities(check, top)
    if entities is not None:
        _entities_declared(check, facts, positions, entities)
    exclusions = _exclusions(check, top, finder)
    base = FactBase(
        path=shown,
        source=source,
        sections=tuple(stream.sections),
        exclusions=tuple(exclusions),
        report_path=str(report_path) if report_path else "",
        store=MemoryStore(tuple(facts), names),
        entities=tuple(entities or ()),
    )
    return base, check.problems


def _source(check: _Checker, top: Any) -> Source:
    m = None
    if "source" not in top:
        check.problem(top.pos, "source is missing")
    else:
        m = check.mapping(top["source"], top.value_pos["source"], "source")
    if m is None:
        return Source("", "", "", 0, "", "", "")
    check.known_keys(m, SOURCE_KEYS, "source")
    year = m.get("year")
    if "year" not in m:
        check.problem(m.pos, "source: year is missing")
        year = 0
    elif not isinstance(year, int) or isinstance(year, bool):
        found = _describe(year, m.raw["year"], False)
        check.problem(m.value_pos["year"], f"source: year must be a whole number, but {found}")
        year = 0
    sha = check.string(m, "sha256", "source") or ""
    if sha and not _SHA256.match(sha):
        check.problem(m.value_pos["sha256"], "source: sha256 must be 64 lowercase hex digits")
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


def _report(
    check: _Checker, top: Any, source: Source, base_dir: Path
) -> tuple[str | None, Path | None]:
    if not source.report:
        return None, None
    m = top["source"]
    where = m.value_pos["report"]
    if "\0" in source.report:
        # A "\0" escape in a quoted name: open() would raise ValueError, not OSError.
        check.problem(where, "source: report must be a file name (it contains a NUL)")
        return None, None
    path = base_dir / source.report
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None  # missing or unreadable: read_bytes says which
    if mode is not None and (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)):
        # Opening a FIFO blocks until someone writes to it: refuse before we hang.
        check.problem(where, f"source: report {clip(source.report)}: not a regular file")
        return None, None
    try:
        data = read_bytes(str(path), str(path), "report")
    except DataError as exc:
        reason = _after_prefix(str(exc), f"{path}: ")
        check.problem(where, f"source: report {clip(source.report)}: {reason}")
        return None, None
    digest = hashlib.sha256(data).hexdigest()
    if source.sha256 and digest != source.sha256:
        check.problem(
            m.value_pos["sha256"],
            f"source: the report's sha256 is {digest}, not the {source.sha256} recorded here",
        )
    try:
        return data.decode("utf-8-sig"), path
    except UnicodeDecodeError as exc:
        check.problem(where, f"source: report {clip(source.report)} is not UTF-8 ({exc.reason})")
        return None, None


def _after_prefix(message: str, prefix: str) -> str:
    # read_bytes names the path first; the path may itself contain ": ".
    return message[len(prefix) :] if message.startswith(prefix) else message


def _sections(check: _Checker, top: Any, report_text: str | None) -> list[Section]:
    from jzfacts.yamlread import YSeq

    if "sections" not in top:
        check.problem(top.pos, "sections is missing")
        return []
    seq = top["sections"]
    if not isinstance(seq, YSeq):
        found = _describe(seq, top.raw["sections"], False)
        check.problem(top.value_pos["sections"], f"sections must be a list, but {found}")
        return []
    sections: list[Section] = []
    seen: dict[str, tuple[int, int]] = {}
    for index, item in enumerate(seq):
        m = check.mapping(item, seq.item_pos[index], f"section {index + 1}")
        if m is None:
            continue
        what = f"section {index + 1}"
        check.known_keys(m, SECTION_KEYS, what)
        section_id = check.string(m, "id", what)
        if section_id is not None:
            what = f"section '{section_id}'"
            if not _ID.match(section_id):
                check.problem(m.value_pos["id"], f"{what}: id must be lowercase ASCII kebab-case")
            if section_id in seen:
                line, col = seen[section_id]
                check.problem(
                    m.value_pos["id"],
                    f"duplicate section id '{section_id}' (first at line {line}, column {col})",
                )
            seen.setdefault(section_id, m.value_pos["id"])
        zh = check.string(m, "zh", what)
        en = check.string(m, "en", what)
        heading = m.get("heading", True)
        if not isinstance(heading, bool):
            check.problem(m.value_pos["heading"], f"{what}: heading must be true or false")
            heading = True
        if heading and zh and report_text is not None and f"● {zh}" not in report_text:
            check.problem(m.value_pos["zh"], f"{what}: the heading '● {zh}' is not in the report")
        if section_id and zh and en:
            sections.append(Section(section_id, zh, en))
    return sections


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


def _value_text(check: _Checker, m: Any, what: str) -> str | None:
    value, raw, pos = m["value"], m.raw["value"], m.value_pos["value"]
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        check.problem(pos, f"{what}: value must be a number, but {_describe(value, raw, False)}")
        return None
    if isinstance(value, str):
        text = value.strip()
        if raw is None and _DECIMAL.match(text):
            return text  # quoted to keep its digits: "3.10"
        found = f"{clip(raw)} reads as text" if raw is not None else _describe(value, None)
        check.problem(pos, f"{what}: value must be a plain decimal number, but {found}")
        return None
    if raw is None or not _DECIMAL.match(raw):
        written = clip(raw if raw is not None else str(value))
        check.problem(
            pos, f"{what}: value must be a plain decimal number, but {written!r} reads as {value!r}"
        )
        return None
    if isinstance(value, float) and raw != repr(value) and "." in raw and raw.endswith("0"):
        check.problem(
            pos,
            f"{what}: value {raw} would read as {value!r}; "
            f"quote it ('{raw}') to keep the trailing zero",
        )
        return None
    return str(raw)


def _period(check: _Checker, m: Any, what: str) -> str | None:
    if "period" not in m:
        check.problem(m.pos, f"{what}: period is missing")
        return None
    value, raw, pos = m["period"], m.raw["period"], m.value_pos["period"]
    is_int = isinstance(value, int) and not isinstance(value, bool)
    if is_int and raw is not None and re.fullmatch(r"\d{4}", raw):
        return str(raw)  # a bare year: 2022
    if not isinstance(value, str):
        check.problem(
            pos,
            f'{what}: period must be text like "2022" or "2022-06", but {_describe(value, raw)}',
        )
        return None
    if not _PERIOD.match(value):
        check.problem(pos, f"{what}: period must look like 2022 or 2022-06, not {clip(value)!r}")
        return None
    return value


_ARABIC = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d.,])")
_CHINESE = re.compile(r"[〇零一二两三四五六七八九十百千万亿]+")


def _value_in_quote(value_text: str, quote: str) -> bool:
    """Is the value a whole number of the quote (22 is not in 224亿元, 1.1 not in 1.11),
    written in digits or as a Chinese numeral (七 for 7)?"""
    number = Decimal(value_text)
    for found in _ARABIC.findall(quote):
        if Decimal(found.replace(",", "")) == number:
            return True
    if number == number.to_integral_value():
        whole = int(number)
        return any(parse_chinese_numeral(run) == whole for run in _CHINESE.findall(quote))
    return False


_HEDGES = (("突破", "over"), ("超过", "over"), ("逾", "over"), ("近", "nearly"), ("约", "about"))


def _check_stated_form(
    check: _Checker, m: Any, what: str, value: str, unit: str, quote: str, qualifier: str | None
) -> None:
    """The unit the quote writes after the value, and its hedge before it (突破224亿元 is
    "over"), must be those the fact states."""
    number = Decimal(value)
    spans = [
        found.span()
        for found in _ARABIC.finditer(quote)
        if Decimal(found.group().replace(",", "")) == number
    ]
    if not spans:
        return  # written as a Chinese numeral (七大): no unit follows it
    with_unit = [(start, end) for start, end in spans if quote.startswith(unit, end)]
    if not with_unit:
        check.problem(
            m.value_pos["unit"], f"{what}: the quote writes {value} with another unit than {unit}"
        )
        return
    start = with_unit[0][0]
    before = quote[:start].rstrip()
    for word, needed in _HEDGES:
        if before.endswith(word) and qualifier != needed:
            check.problem(
                m.value_pos.get("qualifier", m.value_pos["value"]),
                f"{what}: the quote says {word} before the value; set qualifier: {needed}",
            )
            return


def _headed(top: Any) -> dict[str, bool]:
    """Which sections have a ● heading in the report (heading: false for the opening)."""
    headed: dict[str, bool] = {}
    for item in top.get("sections") or []:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            headed[item["id"]] = item.get("heading", True) is not False
    return headed


def _fact(
    check: _Checker,
    item: Any,
    pos: tuple[int, int],
    index: int,
    section_ids: set[str],
    finder: QuoteFinder | None,
) -> Fact | None:
    m = check.mapping(item, pos, f"fact {index + 1}")
    if m is None:
        return None
    what = f"fact {index + 1}"
    fact_id = check.string(m, "id", what)
    if fact_id is not None and not _ID.match(fact_id):
        check.problem(
            m.value_pos["id"],
            f"{what}: id must be lowercase ASCII kebab-case (like geely-output), "
            f"not {clip(fact_id)!r}",
        )
        fact_id = None
    if fact_id is not None:
        what = f"fact '{fact_id}'"
    check.known_keys(m, FACT_KEYS, what)
    before = len(check.problems)

    kind = Kind.FIGURE
    kind_text = check.string(m, "kind", what, required=False)
    if kind_text is not None:
        try:
            kind = Kind(kind_text)
        except ValueError:
            check.problem(
                m.value_pos["kind"],
                f"{what}: kind must be one of figure, derived, event, statement, "
                f"not {clip(kind_text)!r}",
            )

    label = None
    if "label" not in m:
        check.problem(m.pos, f"{what}: label is missing")
    else:
        lm = check.mapping(m["label"], m.value_pos["label"], f"{what}: label")
        if lm is not None:
            check.known_keys(lm, LABEL_KEYS, f"{what}: label")
            zh = check.string(lm, "zh", f"{what}: label")
            en = check.string(lm, "en", f"{what}: label")
            if zh and en:
                label = Label(zh, en)

    value_text = None
    if "value" in m:
        if kind is not Kind.FIGURE:
            reason = "is computed from its formula" if kind is Kind.DERIVED else "has no value"
            check.problem(
                m.value_pos["value"], f"{what}: a {kind.value} fact {reason}; remove value"
            )
        else:
            value_text = _value_text(check, m, what)
    elif kind is Kind.FIGURE:
        check.problem(
            m.pos, f"{what}: value is missing (a fact with no number is an event or statement)"
        )

    unit = None
    if kind in (Kind.FIGURE, Kind.DERIVED):
        unit = check.string(m, "unit", what)
        if unit is not None and unit not in UNITS:
            close = difflib.get_close_matches(unit, list(UNITS), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {' '.join(UNITS)})"
            check.problem(m.value_pos["unit"], f"{what}: unknown unit {clip(unit)!r}{hint}")
            unit = None
    elif "unit" in m:
        check.problem(m.value_pos["unit"], f"{what}: a {kind.value} fact has no unit; remove unit")

    period = _period(check, m, what)
    section = check.string(m, "section", what)
    if section is not None and section not in section_ids:
        close = difflib.get_close_matches(section, sorted(section_ids), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        check.problem(m.value_pos["section"], f"{what}: unknown section '{clip(section)}'{hint}")

    quote = check.string(m, "quote", what, required=kind is not Kind.DERIVED)
    where = finder.find(quote) if quote is not None and finder is not None else -1
    if quote is not None and finder is not None and where < 0:
        check.problem(
            m.value_pos["quote"], f"{what}: the quote is not in the report (line breaks aside)"
        )
    elif quote is not None and value_text is not None and not _value_in_quote(value_text, quote):
        check.problem(
            m.value_pos["value"], f"{what}: the value {clip(value_text)} is not in its quote"
        )
    if finder is not None and where >= 0 and section in section_ids and quote is not None:
        under = finder.section_at(where)
        again = where
        while under is not None and under != section and again >= 0:
            # The same words may stand in several places; one under its section will do.
            again = finder.flat.find(quote, again + 1)
            if again >= 0 and finder.section_at(again) == section:
                under = section
        if under is not None and under != section:
            check.problem(
                m.value_pos["section"],
                f"{what}: the quote stands under section '{under}', not '{section}'",
            )

    formula: str | None = None
    inputs: tuple[str, ...] = ()
    if kind is Kind.DERIVED:
        formula = check.string(m, "formula", what)
        if formula is not None:
            try:
                inputs = inputs_of(formula)
            except FormulaError as exc:
                check.problem(m.value_pos["formula"], f"{what}: {exc}")
                formula = None
        decimals = m.get("decimals", DEFAULT_DECIMALS)
        if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 10:
            check.problem(
                m.value_pos.get("decimals", m.pos),
                f"{what}: decimals must be a whole number from 0 to 10",
            )
    else:
        for key in ("formula", "decimals"):
            if key in m:
                check.problem(m.value_pos[key], f"{what}: only a derived fact has {key}")

    note = check.string(m, "note", what, required=False)
    qualifier = check.string(m, "qualifier", what, required=False)
    if qualifier is not None and qualifier not in QUALIFIERS:
        known = ", ".join(QUALIFIERS)
        check.problem(m.value_pos["qualifier"], f"{what}: qualifier must be one of {known}")
    elif qualifier is not None and value_text is None and kind is not Kind.DERIVED:
        check.problem(m.value_pos["qualifier"], f"{what}: only a fact with a value has a qualifier")
    elif kind is Kind.FIGURE and value_text is not None and unit is not None and quote is not None:
        _check_stated_form(check, m, what, value_text, unit, quote, qualifier)
    measure = _measure(check, m, what, kind)
    if measure is not None and unit is not None:
        dimension = UNITS[unit].dimension
        if dimension not in MEASURES[measure].dimensions:
            check.problem(
                m.value_pos["measure"],
                f"{what}: a {measure} is not stated in {unit} ({dimension}); "
                f"check the measure or the unit",
            )
    errata = _errata(check, m, what, quote)
    aliases = check.strings(m, "aliases", what)
    tags = check.strings(m, "tags", what)
    entities = check.strings(m, "entities", what)

    if (
        len(check.problems) > before
        or fact_id is None
        or label is None
        or period is None
        or section is None
    ):
        return None
    return Fact(
        id=fact_id,
        kind=kind,
        label=label,
        aliases=aliases,
        value_text=value_text,
        unit=unit,
        period=period,
        section=section,
        tags=tags,
        entities=entities,
        quote=quote,
        note=note,
        formula=formula,
        inputs=inputs,
        qualifier=qualifier,
        measure=measure,
        errata=errata,
    )


def _measure(check: _Checker, m: Any, what: str, kind: Kind) -> str | None:
    """What a figure or derived fact measures: one of measures.MEASURES, required."""
    numeric = kind in (Kind.FIGURE, Kind.DERIVED)
    if not numeric:
        if "measure" in m:
            check.problem(
                m.value_pos["measure"],
                f"{what}: a {kind.value} fact has no measure; remove measure",
            )
        return None
    if "measure" not in m:
        known = ", ".join(MEASURES)
        check.problem(m.pos, f"{what}: measure is missing (one of {known})")
        return None
    measure = check.string(m, "measure", what)
    if measure is not None and measure not in MEASURES:
        close = difflib.get_close_matches(measure, list(MEASURES), n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(MEASURES)}"
        check.problem(m.value_pos["measure"], f"{what}: unknown measure {clip(measure)!r} ({hint})")
        return None
    return measure


def _errata(check: _Checker, m: Any, what: str, quote: str | None) -> tuple[Erratum, ...]:
    """Slips in the quote: each names text that stands in the quote and its correction."""
    from jzfacts.yamlread import YSeq

    if "errata" not in m:
        return ()
    seq = m["errata"]
    if not isinstance(seq, YSeq):
        found = _describe(seq, m.raw["errata"], False)
        check.problem(m.value_pos["errata"], f"{what}: errata must be a list, but {found}")
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
            check.problem(em.value_pos["text"], f"{where}: {clip(text)!r} is not in the quote")
            continue
        out.append(Erratum(text, correction))
    return tuple(out)


def _entities(check: _Checker, top: Any) -> list[Entity] | None:
    """The declared companies and bodies with their English names (None: not declared)."""
    from jzfacts.yamlread import YSeq

    if "entities" not in top:
        return None
    seq = top["entities"]
    if not isinstance(seq, YSeq):
        found = _describe(seq, top.raw["entities"], False)
        check.problem(top.value_pos["entities"], f"entities must be a list, but {found}")
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
            check.problem(m.value_pos["kind"], f"{what}: kind must be one of {known}")
            continue
        if zh is None or en is None:
            continue
        clash = False
        for name, pos in ((zh, m.value_pos["zh"]), (en, m.value_pos["en"])):
            key = fold(name)
            if key in seen:
                line, col = seen[key]
                check.problem(
                    pos, f"{what}: '{clip(name)}' is already declared (line {line}, column {col})"
                )
                clash = True
            seen.setdefault(key, pos)
        if not clash:
            out.append(Entity(zh, en, aliases, kind))
    return out


def _entities_declared(
    check: _Checker, facts: list[Fact], positions: list[Places], entities: list[Entity]
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
                )


def _unique_and_derived(
    check: _Checker, facts: list[Fact], positions: list[Places]
) -> tuple[list[Fact], list[Places]]:
    """Reject duplicate ids; compute derived values in dependency order.

    Returns the facts that survive with their places, still side by side: a later
    duplicate or a derived fact that cannot be computed is dropped from both.
    """
    first_at: dict[str, tuple[int, int]] = {}
    unique: list[tuple[Fact, Places]] = []
    for fact, m in zip(facts, positions, strict=True):
        if fact.id in first_at:
            line, col = first_at[fact.id]
            check.problem(
                m.id, f"duplicate fact id '{fact.id}' (first at line {line}, column {col})"
            )
            continue  # only the first: its names must not be reported as clashing too
        first_at[fact.id] = m.id
        unique.append((fact, m))
    facts = [f for f, _ in unique]

    computed: dict[str, Fact] = {}
    state: dict[str, int] = {}  # 1 = being computed, 2 = done
    by_id = {f.id: f for f in facts}
    pos_of = {f.id: m for f, m in unique}

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
                m = pos_of[fact_id]
                if dep not in by_id:
                    check.problem(
                        m.formula,
                        f"fact '{fact_id}': the formula names no fact '{dep}'",
                    )
                    state[fact_id] = 2
                    stack.pop()
                    continue
                dep_fact = by_id[dep]
                if dep_fact.kind not in (Kind.FIGURE, Kind.DERIVED):
                    check.problem(
                        m.formula,
                        f"fact '{fact_id}': the formula uses '{dep}', which has no value",
                    )
                    state[fact_id] = 2
                    stack.pop()
                    continue
                if state.get(dep) == 1:
                    check.problem(
                        m.formula,
                        f"fact '{fact_id}': the formula forms a cycle through '{dep}'",
                    )
                    state[fact_id] = 2
                    stack.pop()
                    continue
                if dep_fact.kind is Kind.DERIVED and state.get(dep) != 2:
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
    check: _Checker, fact: Fact, computed: dict[str, Fact], by_id: dict[str, Fact], m: Places
) -> None:
    def value_of(dep: str) -> Decimal:
        source = computed.get(dep, by_id[dep])
        if source.kind is Kind.DERIVED and dep not in computed:
            raise FormulaError(f"'{dep}' could not be computed")
        assert source.value_text is not None
        return Decimal(source.value_text)

    decimals = m.decimals
    try:
        raw = evaluate(fact.formula or "", value_of)
        value_text = round_to(raw, decimals)
    except FormulaError as exc:
        check.problem(m.formula, f"fact '{fact.id}': {exc}")
        return
    except ArithmeticError:
        # decimal.InvalidOperation/Overflow: a result with more digits than the 28 of
        # precision (10^30 to 2 decimals) cannot be rounded; it is no report's figure.
        check.problem(
            m.formula,
            f"fact '{fact.id}': the formula's result is too large to show to {decimals} decimals",
        )
        return
    computed[fact.id] = fact._replace(value_text=value_text)


def _names(check: _Checker, facts: list[Fact], positions: list[Places]) -> dict[str, int]:
    """Folded id, labels and aliases -> fact index; a name may belong to one fact only."""
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
            key = fold(name)
            owner = names.setdefault(key, index)
            if owner != index:
                other = facts[owner].id
                check.problem(
                    pos, f"fact '{fact.id}': {what} '{clip(name)}' also names fact '{other}'"
                )
    return names


def _exclusions(check: _Checker, top: Any, finder: QuoteFinder | None) -> list[Exclusion]:
    from jzfacts.yamlread import YSeq

    seq = top.get("exclusions")
    if seq is None:
        return []
    if not isinstance(seq, YSeq):
        check.problem(top.value_pos["exclusions"], "exclusions must be a list")
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
        if kind not in ("figure", "sentence"):
            check.problem(m.value_pos["kind"], f"{what}: kind must be figure or sentence")
            continue
        if text is not None and finder is not None and finder.find(text) < 0:
            check.problem(m.value_pos["text"], f"{what}: the text is not in the report")
            continue
        if text and why:
            out.append(Exclusion(text, kind, why))
    return out


# --- the whole load ----------------------------------------------------------------------


def parse_and_validate(path: str | Path, shown: str, data: bytes) -> tuple[FactBase, list[Problem]]:
    from jzfacts.yamlread import YamlProblem, decode_text, read_yaml

    try:
        text = decode_text(data, shown)
        if not text.strip():
            raise DataError(f"{shown}: the fact base is empty")
        stream = _Stream(_Checker(shown), Path(path).parent)
        doc = read_yaml(text, shown, stream.on_item)
    except YamlProblem as exc:
        raise InvalidFactBase([exc.problem]) from None
    except RecursionError:
        raise InvalidFactBase([Problem(shown, 0, 0, "the YAML nests too deeply")]) from None
    return validate_document(doc, shown, Path(path).parent, stream)


def problems_in(location: Location) -> Iterator[Problem]:
    """Every problem in the fact base, for `jzfacts validate` (empty when clean)."""
    data = read_bytes(location.path, location.shown)
    try:
        _, problems = parse_and_validate(location.path, location.shown, data)
    except InvalidFactBase as exc:
        problems = exc.problems
    yield from problems
