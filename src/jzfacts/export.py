"""The fact base as one SQLite database, for Datasette, sqlite-utils and any BI tool.

Every field of a fact's JSON record (render.fact_record) becomes a column of `facts`;
lists become tables with foreign keys (aliases, tags, fact_entities, derived_inputs,
errata), beside the sections, units, measures, entities and the source. Two full-text
indexes cover labels, aliases, quotes and their English renderings:

- `facts_fts` (unicode61) also indexes every run of Chinese of up to TERM_CHARS
  characters as a word, so `facts_fts MATCH '甲醇'` finds the methanol facts. SQLite's
  trigram tokenizer cannot: it turns a query of fewer than three characters into no
  trigram and returns no rows (measured on SQLite 3.40: `MATCH '甲醇'` finds nothing,
  `MATCH '甲醇重'` finds the row), and most Chinese words have two characters.
- `facts_trigram` (trigram) finds any substring of three characters or more, in
  Chinese, English or figures (`MATCH '11.15万'`, `MATCH 'ethano'`).

A database is written to a temporary file beside the target and renamed over it, so a
reader never sees half an export; a file that is not a jzfacts export (PRAGMA
application_id) is never overwritten unless the caller forces it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from jzfacts import __version__
from jzfacts.errors import UsageError
from jzfacts.measures import MEASURES
from jzfacts.model import Fact, FactBase, Kind
from jzfacts.query import fact_period
from jzfacts.render import fact_record
from jzfacts.text import is_cjk
from jzfacts.units import UNITS

# "jzfa": PRAGMA application_id marks a database as a jzfacts export (SQLite's own
# mechanism for file formats built on it); user_version is the schema's version.
APPLICATION_ID = 0x6A7A6661
SCHEMA_VERSION = 2  # 2: facts.quote_en, also in the full-text indexes
SQLITE_MAGIC = b"SQLite format 3\x00"
TERM_CHARS = 10  # the longest Chinese word facts_fts indexes; longer: facts_trigram
ABOUT = "jzfacts"  # Datasette's "about"; marks a metadata file as ours


class RefusedOverwrite(UsageError):
    """The target exists and is not a jzfacts export (or our metadata)."""


class Exported(NamedTuple):
    path: str
    facts: int
    metadata: str | None


# --- the schema, with a description of every table and column (Datasette shows them) -----

# table -> (description, [(column, SQL type and constraints, description)])
TABLES: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "source": (
        "The report the facts come from, with its issuer and checksum (one row).",
        [
            ("id", "INTEGER PRIMARY KEY CHECK (id = 1)", "Always 1: there is one source."),
            ("title", "TEXT NOT NULL", "The report's title in Chinese, as it is written."),
            ("title_en", "TEXT", "The title in English."),
            ("issuer", "TEXT", "Who issued the report, as far as its text tells."),
            ("year", "INTEGER", "The year the report reviews."),
            ("language", "TEXT", "The report's language (BCP 47)."),
            ("report_file", "TEXT", "The report's text file, beside the fact base."),
            ("report_sha256", "TEXT", "SHA-256 of the report file's bytes."),
            ("facts", "INTEGER NOT NULL", "How many facts the export holds."),
            ("generator", "TEXT NOT NULL", "The jzfacts version that wrote this database."),
        ],
    ),
    "sections": (
        "The report's sections (its ● headings), in report order.",
        [
            ("id", "TEXT PRIMARY KEY", "Section id (kebab-case)."),
            ("position", "INTEGER NOT NULL UNIQUE", "Place in the report, from 1."),
            ("zh", "TEXT NOT NULL", "The heading as the report writes it."),
            ("en", "TEXT NOT NULL", "The heading in English."),
            ("facts", "INTEGER NOT NULL", "How many facts stand under this section."),
        ],
    ),
    "units": (
        "The units facts are stated in, with their scale: 亿元 is 10^8 元.",
        [
            ("symbol", "TEXT PRIMARY KEY", "The unit as the report writes it."),
            ("dimension", "TEXT NOT NULL", "What it counts; only equal dimensions compare."),
            ("exponent", "INTEGER NOT NULL", "The unit is 10^exponent of the base unit."),
            ("base_unit", "TEXT NOT NULL", "The dimension's base unit (元, 辆, 户 …)."),
            ("en", "TEXT NOT NULL", "The base unit's English name, plural."),
        ],
    ),
    "measures": (
        "What a number is: GDP, an output value, a count, a share, a growth rate …",
        [
            ("id", "TEXT PRIMARY KEY", "Measure id."),
            ("zh", "TEXT NOT NULL", "The measure's Chinese name."),
            ("en", "TEXT NOT NULL", "The measure's English name."),
            ("about", "TEXT NOT NULL", "What facts of this measure state."),
        ],
    ),
    "entities": (
        "Companies and bodies the facts name, with their English names.",
        [
            ("zh", "TEXT PRIMARY KEY", "The name as the report writes it."),
            ("en", "TEXT", "The English name (empty when the base declares none)."),
            ("position", "INTEGER NOT NULL UNIQUE", "Order of declaration, from 1."),
        ],
    ),
    "entity_aliases": (
        "Other names of the entities (吉利 and Geely for 吉利汽车).",
        [
            ("entity", "TEXT NOT NULL REFERENCES entities(zh)", "The entity."),
            ("position", "INTEGER NOT NULL", "Order among the entity's aliases, from 1."),
            ("alias", "TEXT NOT NULL", "Another name."),
        ],
    ),
    "facts": (
        "One row per fact: every figure the report states, its events and statements, and "
        "the figures derived from them, each with the sentence of the report that states it.",
        [
            ("id", "TEXT PRIMARY KEY", "Stable fact id (kebab-case)."),
            ("position", "INTEGER NOT NULL UNIQUE", "Order in the fact base, from 1."),
            (
                "kind",
                "TEXT NOT NULL CHECK (kind IN ('figure', 'derived', 'event', 'statement'))",
                "figure (stated), derived (computed from other facts), event or statement "
                "(no number).",
            ),
            ("label_zh", "TEXT NOT NULL", "What the fact is, in Chinese."),
            ("label_en", "TEXT NOT NULL", "What the fact is, in English."),
            ("value", "NUMERIC", "The number in the unit the report states (143 for 143亿元)."),
            ("value_text", "TEXT", "The number exactly as the report writes it."),
            (
                "qualifier",
                "TEXT",
                "How the report hedges the number: over (突破), nearly (近), about (约, and "
                "every derived fact).",
            ),
            ("unit", "TEXT REFERENCES units(symbol)", "The unit as the report states it."),
            ("measure", "TEXT REFERENCES measures(id)", "What the number is."),
            ("plain", "TEXT", "The amount as an English reader writes it (14.3 billion yuan)."),
            ("amount", "NUMERIC", "The number in the base unit (14300000000 for 143亿元)."),
            ("amount_unit", "TEXT", "The base unit of amount (元, 辆, 户 …)."),
            ("period", "TEXT NOT NULL", "YYYY or YYYY-MM (2022-12 stands for 年底)."),
            ("period_start", "TEXT NOT NULL", "First month the period covers (YYYY-MM)."),
            ("period_end", "TEXT NOT NULL", "Last month the period covers (YYYY-MM)."),
            ("section", "TEXT NOT NULL REFERENCES sections(id)", "The section it stands under."),
            ("quote", "TEXT", "The report's sentence, verbatim (line breaks removed)."),
            (
                "quote_en",
                "TEXT",
                "The curator's English rendering of the quote: not the report's words.",
            ),
            ("note", "TEXT", "Where curation made a judgement, and why."),
            ("formula", "TEXT", "Derived facts: arithmetic over {fact-id}s."),
            ("aliases", "TEXT NOT NULL", "Other names of the fact (JSON array)."),
            ("tags", "TEXT NOT NULL", "Topic tags (JSON array)."),
            ("entities", "TEXT NOT NULL", "Companies and bodies it names (JSON array)."),
        ],
    ),
    "aliases": (
        "Other names of each fact (GDP, 经济总量 …), one row each.",
        [
            ("fact_id", "TEXT NOT NULL REFERENCES facts(id)", "The fact."),
            ("position", "INTEGER NOT NULL", "Order among the fact's aliases, from 1."),
            ("alias", "TEXT NOT NULL", "Another name of the fact."),
        ],
    ),
    "tags": (
        "Topic tags of each fact, one row each.",
        [
            ("fact_id", "TEXT NOT NULL REFERENCES facts(id)", "The fact."),
            ("position", "INTEGER NOT NULL", "Order among the fact's tags, from 1."),
            ("tag", "TEXT NOT NULL", "A topic tag."),
        ],
    ),
    "fact_entities": (
        "Which companies and bodies each fact names.",
        [
            ("fact_id", "TEXT NOT NULL REFERENCES facts(id)", "The fact."),
            ("position", "INTEGER NOT NULL", "Order among the fact's entities, from 1."),
            ("entity", "TEXT NOT NULL REFERENCES entities(zh)", "The entity."),
        ],
    ),
    "derived_inputs": (
        "The stated facts each derived fact is computed from, in the formula's order.",
        [
            ("fact_id", "TEXT NOT NULL REFERENCES facts(id)", "The derived fact."),
            ("position", "INTEGER NOT NULL", "Order in the formula, from 1."),
            ("input_id", "TEXT NOT NULL REFERENCES facts(id)", "A fact the formula uses."),
        ],
    ),
    "errata": (
        "Slips in the report's own words: the quote writes text, which should read correction.",
        [
            ("fact_id", "TEXT NOT NULL REFERENCES facts(id)", "The fact whose quote has it."),
            ("position", "INTEGER NOT NULL", "Order among the fact's errata, from 1."),
            ("text", "TEXT NOT NULL", "What the report writes."),
            ("correction", "TEXT NOT NULL", "What it should read."),
        ],
    ),
}
# Tables keyed by (owner, position): the order of a list is part of the data.
_LIST_TABLES = ("entity_aliases", "aliases", "tags", "fact_entities", "derived_inputs", "errata")

FTS_COLUMNS: list[tuple[str, str]] = [
    ("id", "The fact's id (not searched)."),
    ("label_zh", "The Chinese label."),
    ("label_en", "The English label."),
    ("aliases", "The fact's other names, one a line."),
    ("quote", "The report's sentence."),
    ("quote_en", "The curator's English rendering of the quote (not the report's words)."),
]
TERMS_DESCRIPTION = (
    f"Every run of Chinese in the label, aliases and quote, cut into words of 1 to "
    f"{TERM_CHARS} characters, so that a Chinese word of any length matches."
)


def schema() -> list[str]:
    """The CREATE statements, in dependency order."""
    statements = []
    for table, (_, columns) in TABLES.items():
        body = [f"{name} {decl}" for name, decl, _ in columns]
        if table in _LIST_TABLES:
            body.append(f"PRIMARY KEY ({columns[0][0]}, position)")
        statements.append(f"CREATE TABLE {table} (\n  " + ",\n  ".join(body) + "\n)")
    searched = ", ".join(name if name != "id" else "id UNINDEXED" for name, _ in FTS_COLUMNS)
    statements.append(
        f"CREATE VIRTUAL TABLE facts_fts USING fts5({searched}, terms, tokenize='unicode61')"
    )
    statements.append(
        f"CREATE VIRTUAL TABLE facts_trigram USING fts5({searched}, tokenize='trigram')"
    )
    return statements


# --- Chinese words for facts_fts ----------------------------------------------------------


def chinese_terms(texts: list[str], longest: int = TERM_CHARS) -> str:
    """Every substring of 1..longest characters of each run of Chinese (with the ASCII
    letters and digits inside it: GDP增速, 143亿元), once each, space-separated.

    unicode61 keeps a run of Chinese as one token, so 甲醇 would match only a fact whose
    whole run is 甲醇; indexed this way, any word inside a run is a token of its own.
    """
    seen: dict[str, None] = {}
    for run in _chinese_runs(texts):
        for start in range(len(run)):
            for end in range(start + 1, min(len(run), start + longest) + 1):
                seen.setdefault(run[start:end], None)
    return " ".join(seen)


def _chinese_runs(texts: list[str]) -> Iterator[str]:
    for text in texts:
        run = ""
        for char in text.casefold():
            if is_cjk(char) or (char.isascii() and char.isalnum()):
                run += char
                continue
            if any(is_cjk(c) for c in run):
                yield run
            run = ""
        if any(is_cjk(c) for c in run):
            yield run


# --- writing ------------------------------------------------------------------------------


def export_sqlite(base: FactBase, path: str, *, force: bool = False) -> Exported:
    """Write the base to `path` as SQLite: into a temporary file beside it, then renamed
    over it. Refuses (RefusedOverwrite) to replace a file that is not a jzfacts export
    unless forced."""
    target = _writable_target(path, force, is_export)
    directory = os.path.dirname(target) or "."
    import tempfile

    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory
        )
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    os.close(handle)
    try:
        facts = _build(base, temporary)
        _settle(temporary, target)
    except BaseException:
        _remove(temporary)
        raise
    return Exported(path, facts, None)


def _build(base: FactBase, path: str) -> int:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")  # a private file, renamed when whole
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("BEGIN")
        for statement in schema():
            connection.execute(statement)
        count = _fill(connection, base)
        connection.execute("COMMIT")
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        if problems:  # the loader guarantees the references; a failure here is a bug
            raise RuntimeError(f"export broke {len(problems)} foreign keys")
        connection.execute("INSERT INTO facts_fts(facts_fts) VALUES ('optimize')")
        connection.execute("INSERT INTO facts_trigram(facts_trigram) VALUES ('optimize')")
    finally:
        connection.close()
    return count


def _fill(connection: sqlite3.Connection, base: FactBase) -> int:
    # Rows are generated, never listed: a large base is written in bounded memory.
    def insert(table: str, rows: Iterable[tuple[Any, ...]]) -> None:
        marks = ", ".join("?" * len(TABLES[table][1]))
        connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    facts = base.facts
    source = base.source
    insert(
        "source",
        [
            (
                1,
                source.title,
                source.title_en or None,
                source.issuer or None,
                source.year,
                source.language,
                source.report,
                source.sha256,
                len(facts),
                f"jzfacts {__version__}",
            )
        ],
    )
    counts = dict.fromkeys((s.id for s in base.sections), 0)
    for fact in facts:
        counts[fact.section] = counts.get(fact.section, 0) + 1
    insert(
        "sections", ((s.id, i, s.zh, s.en, counts[s.id]) for i, s in enumerate(base.sections, 1))
    )
    insert("units", ((u.symbol, u.dimension, u.exponent, u.base, u.en) for u in UNITS.values()))
    insert("measures", ((m.id, m.zh, m.en, m.about) for m in MEASURES.values()))
    # Entities the base does not declare (a base may declare none) get a row without English.
    english = {e.zh: e.en for e in base.entities}
    undeclared = dict.fromkeys(n for f in facts for n in f.entities if n not in english)
    insert(
        "entities",
        ((name, english.get(name), i) for i, name in enumerate([*english, *undeclared], 1)),
    )
    insert(
        "entity_aliases",
        ((e.zh, i, alias) for e in base.entities for i, alias in enumerate(e.aliases, 1)),
    )
    insert("facts", (_fact_row(base, fact, n) for n, fact in enumerate(facts, 1)))
    insert("aliases", ((f.id, i, a) for f in facts for i, a in enumerate(f.aliases, 1)))
    insert("tags", ((f.id, i, t) for f in facts for i, t in enumerate(f.tags, 1)))
    insert("fact_entities", ((f.id, i, e) for f in facts for i, e in enumerate(f.entities, 1)))
    insert(
        "derived_inputs",
        (
            (f.id, i, dep)
            for f in facts
            if f.kind is Kind.DERIVED
            for i, dep in enumerate(f.inputs, 1)
        ),
    )
    insert(
        "errata",
        ((f.id, i, e.text, e.correction) for f in facts for i, e in enumerate(f.errata, 1)),
    )
    columns = ", ".join(name for name, _ in FTS_COLUMNS)
    marks = ", ".join("?" * len(FTS_COLUMNS))
    connection.executemany(
        f"INSERT INTO facts_fts (rowid, {columns}, terms) VALUES (?, {marks}, ?)",
        ((*row, chinese_terms([row[2], row[4], row[5]])) for row in _searched(facts)),
    )
    connection.executemany(
        f"INSERT INTO facts_trigram (rowid, {columns}) VALUES (?, {marks})", _searched(facts)
    )
    return len(facts)


def _searched(facts: Iterable[Fact]) -> Iterator[tuple[int, str, str, str, str, str, str]]:
    """What the full-text indexes hold per fact, its rowid (= facts.position) first."""
    for n, f in enumerate(facts, 1):
        aliases = "\n".join(f.aliases)
        yield n, f.id, f.label.zh, f.label.en, aliases, f.quote or "", f.quote_en or ""


def _fact_row(base: FactBase, fact: Fact, position: int) -> tuple[Any, ...]:
    record = fact_record(base, fact)
    amount = record["amount"] or {}
    span = fact_period(fact)
    return (
        record["id"],
        position,
        record["kind"],
        record["label"]["zh"],
        record["label"]["en"],
        record["value"],
        record["value_text"],
        record["qualifier"],
        record["unit"],
        record["measure"],
        record["plain"],
        amount.get("value"),
        amount.get("unit"),
        record["period"],
        span.first,
        span.last,
        record["section"]["id"],
        record["quote"],
        record["quote_en"],
        record["note"],
        (record["derived"] or {}).get("formula"),
        json.dumps(record["aliases"], ensure_ascii=False),
        json.dumps(record["tags"], ensure_ascii=False),
        json.dumps(record["entities"], ensure_ascii=False),
    )


# --- replacing files safely -----------------------------------------------------------------


def is_export(path: str) -> bool:
    """Is the file a SQLite database marked as a jzfacts export? (Reads its header only.)"""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def is_our_metadata(path: str) -> bool:
    """Is the file Datasette metadata that jzfacts wrote?"""
    try:
        with open(path, "rb") as handle:
            document = json.loads(handle.read(1 << 20))
    except (OSError, ValueError):
        return False
    return isinstance(document, dict) and document.get("about") == ABOUT


def _writable_target(path: str, force: bool, ours: Any) -> str:
    """The file to replace (a symbolic link's target, so the link stays), after checking
    that replacing it loses nothing that is not ours."""
    if not path.strip():
        raise UsageError("an empty path")
    target = os.path.realpath(path)
    if os.path.isdir(target):
        raise UsageError(f"{path} is a directory")
    if os.path.exists(target) and not force:
        if not os.path.isfile(target):
            raise RefusedOverwrite(f"{path} is not a regular file; not overwritten")
        if os.path.getsize(target) > 0 and not ours(target):
            raise RefusedOverwrite(f"{path} exists and is not a jzfacts export; not overwritten")
    parent = os.path.dirname(target) or "."
    if not os.path.isdir(parent):
        raise UsageError(f"cannot write {path}: no directory {os.path.dirname(path) or '.'}")
    return target


def _settle(temporary: str, target: str) -> None:
    """Make the finished file durable and readable as a new file would be, then rename
    it over the target (atomic on POSIX)."""
    try:
        mode = os.stat(target).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


# --- Datasette ----------------------------------------------------------------------------


def datasette_metadata(base: FactBase, database: str) -> dict[str, Any]:
    """Datasette's metadata.json for an export whose file name (without .db) is `database`:
    title, description, source and licence, column descriptions, and the search index."""
    source = base.source
    issuer = source.issuer or "its issuer"
    title_en = source.title_en or source.title
    tables: dict[str, Any] = {}
    for table, (description, columns) in TABLES.items():
        tables[table] = {
            "description": description,
            "columns": {name: text for name, _, text in columns},
        }
    tables["facts"].update(
        {
            "label_column": "label_en",
            "sort": "position",
            "facets": ["kind", "measure", "section", "period"],
            "fts_table": "facts_fts",
            "fts_pk": "position",
        }
    )
    tables["sections"]["label_column"] = "en"
    tables["measures"]["label_column"] = "en"
    tables["entities"]["label_column"] = "en"
    fts_columns = dict(FTS_COLUMNS)
    tables["facts_fts"] = {
        "description": "Full-text index of the facts (rowid = facts.position): words in "
        "English, and Chinese words of any length, e.g. MATCH '甲醇'.",
        "columns": {**fts_columns, "terms": TERMS_DESCRIPTION},
    }
    tables["facts_trigram"] = {
        "description": "Trigram index of the facts (rowid = facts.position): any substring "
        "of three characters or more, e.g. MATCH '新能源' or MATCH '11.15万'.",
        "columns": fts_columns,
    }
    return {
        "title": f"{source.title} · {title_en}",
        "description": (
            f"Every figure, event and statement of {title_en} ({source.title}), each with "
            "the sentence of the report that states it, from the hand-checked jzfacts fact "
            "base. Search the facts table in Chinese or English."
        ),
        "source": f"{source.title}, issued by {issuer}",
        "license": "MIT",
        "license_url": "https://opensource.org/license/mit",
        "about": ABOUT,
        "databases": {
            database: {
                "description": (
                    f"The report is the work of {issuer}; its figures and quotes are "
                    "published here with credit to it. jzfacts' code is under the MIT "
                    "licence."
                ),
                "tables": tables,
            }
        },
    }


def write_metadata(base: FactBase, path: str, database: str, *, force: bool = False) -> None:
    """Write Datasette's metadata.json atomically; refuse to replace a file we did not write."""
    target = _writable_target(path, force, is_our_metadata)
    import tempfile

    text = json.dumps(datasette_metadata(base, database), ensure_ascii=False, indent=2) + "\n"
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=os.path.dirname(target)
        )
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        _settle(temporary, target)
    except BaseException:
        _remove(temporary)
        raise


def database_name(path: str) -> str:
    """The name Datasette gives a database file: its file name without the extension."""
    from pathlib import PurePath

    return PurePath(path).stem
