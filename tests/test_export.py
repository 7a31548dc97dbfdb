"""`jzfacts export sqlite`: the database read back with the standard sqlite3 module and
with Datasette in-process; atomic re-export; never overwriting what is not ours."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jzfacts import export
from jzfacts.cli import app
from jzfacts.factbase import load
from jzfacts.files import locate
from jzfacts.model import FactBase, Kind
from jzfacts.render import fact_record
from jzfacts.text import is_cjk
from tests.conftest import REPORT, cli_env


@pytest.fixture(scope="module")
def base() -> FactBase:
    return load(locate(None), use_cache=False)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory, base: FactBase) -> Path:
    """One export for the read-only tests (module scope: exporting takes a moment)."""
    path = tmp_path_factory.mktemp("export") / "jzfacts.db"
    export.export_sqlite(base, str(path))
    export.write_metadata(base, str(path.with_name("metadata.json")), "jzfacts")
    return path


@pytest.fixture
def db(exported: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{exported}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def matching(db: sqlite3.Connection, table: str, query: str) -> set[str]:
    return {r["id"] for r in db.execute(f"SELECT id FROM {table} WHERE {table} MATCH ?", (query,))}


def texts_of(base: FactBase, chinese_only: bool) -> dict[str, str]:
    """Each fact's searched text: labels, aliases, quote and its English rendering."""
    english = (lambda f: [f.label.en, f.quote_en or ""]) if not chinese_only else lambda f: []
    return {
        f.id: "\n".join([f.label.zh, *english(f), *f.aliases, f.quote or ""]).casefold()
        for f in base.facts
    }


# --- the database, read with sqlite3 --------------------------------------------------------


def test_every_field_of_the_json_record_is_a_column(db: sqlite3.Connection, base: FactBase) -> None:
    rows = {r["id"]: r for r in db.execute("SELECT * FROM facts ORDER BY position")}
    assert list(rows) == [f.id for f in base.facts]
    for fact in base.facts:
        record, row = fact_record(base, fact), rows[fact.id]
        amount = record["amount"] or {"value": None, "unit": None}
        assert (row["kind"], row["label_zh"], row["label_en"]) == (
            record["kind"],
            record["label"]["zh"],
            record["label"]["en"],
        )
        assert row["value"] == record["value"] and row["value_text"] == record["value_text"]
        assert (row["amount"], row["amount_unit"]) == (amount["value"], amount["unit"])
        for field in (
            "qualifier",
            "unit",
            "measure",
            "plain",
            "period",
            "quote",
            "quote_en",
            "note",
        ):
            assert row[field] == record[field], (fact.id, field)
        assert row["section"] == record["section"]["id"]
        assert row["formula"] == (record["derived"] or {}).get("formula")
        for field in ("aliases", "tags", "entities"):
            assert json.loads(row[field]) == record[field]


def test_the_quotes_english_rendering_is_a_column_and_searched(db: sqlite3.Connection) -> None:
    gdp = db.execute("SELECT quote, quote_en FROM facts WHERE id = 'gdp'").fetchone()
    assert tuple(gdp) == (
        "地区生产总值完成143亿元",
        "Gross domestic product (GDP) reached 14.3 billion yuan.",
    )
    derived = db.execute("SELECT quote, quote_en FROM facts WHERE kind = 'derived'").fetchall()
    assert derived and all(tuple(r) == (None, None) for r in derived)
    # Words only the rendering has: found by both indexes, through facts_fts's quote_en.
    assert matching(db, "facts_fts", "stabilisation") == {"recovery-measures"}
    assert matching(db, "facts_fts", "quote_en:slackening") == {"outlook-pioneer-zone"}
    assert matching(db, "facts_trigram", '"slackening"') == {"outlook-pioneer-zone"}
    assert db.execute("PRAGMA user_version").fetchone()[0] == export.SCHEMA_VERSION == 2


def test_values_and_amounts_are_numbers(db: sqlite3.Connection) -> None:
    gdp = db.execute("SELECT * FROM facts WHERE id = 'gdp'").fetchone()
    assert (gdp["value"], gdp["unit"], gdp["amount"], gdp["amount_unit"]) == (
        143,
        "亿元",
        14_300_000_000,
        "元",
    )
    assert gdp["measure"] == "gdp" and gdp["quote"] == "地区生产总值完成143亿元"
    geely = db.execute("SELECT value, amount, qualifier FROM facts WHERE id = 'geely-output'")
    assert tuple(geely.fetchone()) == (224, 22_400_000_000, "over")
    # Numeric columns sort as numbers: the largest output value by amount.
    top = db.execute(
        "SELECT id FROM facts WHERE measure = 'output-value' ORDER BY amount DESC LIMIT 1"
    ).fetchone()
    assert top["id"] == "zone-industrial-output"
    types = {r[0] for r in db.execute("SELECT typeof(amount) FROM facts WHERE amount IS NOT NULL")}
    assert types <= {"integer", "real"}


def test_lists_are_tables_in_order(db: sqlite3.Connection, base: FactBase) -> None:
    gdp = base.by_id["gdp"]
    aliases = [
        r[0] for r in db.execute("SELECT alias FROM aliases WHERE fact_id='gdp' ORDER BY position")
    ]
    assert aliases == list(gdp.aliases)
    derived = [f for f in base.facts if f.kind is Kind.DERIVED]
    for fact in derived:
        inputs = db.execute(
            "SELECT input_id FROM derived_inputs WHERE fact_id = ? ORDER BY position", (fact.id,)
        )
        assert [r[0] for r in inputs] == list(fact.inputs)
    errata = db.execute("SELECT count(*) FROM errata").fetchone()[0]
    assert errata == sum(len(f.errata) for f in base.facts)
    tags = db.execute("SELECT count(*) FROM tags").fetchone()[0]
    assert tags == sum(len(f.tags) for f in base.facts)


def test_entities_sections_and_source(db: sqlite3.Connection, base: FactBase) -> None:
    geely = db.execute("SELECT en FROM entities WHERE zh = '吉利汽车'").fetchone()
    assert geely["en"] == "Geely Auto"
    aliases = {
        r[0] for r in db.execute("SELECT alias FROM entity_aliases WHERE entity = '吉利汽车'")
    }
    entity = base.entity("吉利汽车")
    assert entity is not None and aliases == set(entity.aliases)
    assert {"吉利", "Geely", "Geely Automobile"} <= aliases
    named = db.execute(
        "SELECT f.id FROM facts f JOIN fact_entities e ON e.fact_id = f.id "
        "JOIN entities n ON n.zh = e.entity WHERE n.en = 'Geely Auto'"
    )
    assert "geely-output" in {r[0] for r in named}
    sections = db.execute("SELECT id, facts FROM sections ORDER BY position").fetchall()
    assert [s["id"] for s in sections] == [s.id for s in base.sections]
    assert sum(s["facts"] for s in sections) == len(base.facts)
    source = db.execute("SELECT * FROM source").fetchone()
    assert source["title"] == "综改区晋中开发区2022年工作回顾"
    assert source["title_en"] == base.source.title_en and source["issuer"] == base.source.issuer
    assert source["report_sha256"] == hashlib.sha256(REPORT.read_bytes()).hexdigest()
    assert source["facts"] == len(base.facts)


def test_foreign_and_primary_keys(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    references = {
        (table, r["from"], r["table"], r["to"])
        for table in ("facts", "aliases", "derived_inputs", "fact_entities", "entity_aliases")
        for r in db.execute(f"PRAGMA foreign_key_list({table})")
    }
    assert {
        ("facts", "section", "sections", "id"),
        ("facts", "unit", "units", "symbol"),
        ("facts", "measure", "measures", "id"),
        ("aliases", "fact_id", "facts", "id"),
        ("derived_inputs", "input_id", "facts", "id"),
        ("fact_entities", "entity", "entities", "zh"),
        ("entity_aliases", "entity", "entities", "zh"),
    } <= references
    keys = {
        table: [r["name"] for r in db.execute(f"PRAGMA table_info({table})") if r["pk"]]
        for table in ("facts", "sections", "entities", "units", "measures", "aliases")
    }
    assert keys == {
        "facts": ["id"],
        "sections": ["id"],
        "entities": ["zh"],
        "units": ["symbol"],
        "measures": ["id"],
        "aliases": ["fact_id", "position"],
    }


def test_the_keys_are_enforced(exported: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(exported.read_bytes())
    connection = sqlite3.connect(copy)
    connection.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("INSERT INTO tags VALUES ('no-such-fact', 1, 'x')")
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("UPDATE facts SET section = 'nowhere' WHERE id = 'gdp'")
    connection.close()


# --- full-text search -----------------------------------------------------------------------


def test_methanol_is_found_by_its_two_characters(db: sqlite3.Connection, base: FactBase) -> None:
    found = matching(db, "facts_fts", "甲醇")
    expected = {i for i, text in texts_of(base, chinese_only=True).items() if "甲醇" in text}
    assert found == expected and "first-methanol-heavy-truck" in found
    # The query as the issue writes it, joined back to the facts.
    rows = db.execute(
        "SELECT f.id, f.quote FROM facts_fts JOIN facts f ON f.position = facts_fts.rowid "
        "WHERE facts_fts MATCH '甲醇' ORDER BY rank"
    ).fetchall()
    assert {r["id"] for r in rows} == expected and all(
        "甲醇" in (r["quote"] or "") + base.by_id[r["id"]].label.zh
        or any("甲醇" in a for a in base.by_id[r["id"]].aliases)
        for r in rows
    )


@pytest.mark.parametrize("word", ["吉利", "小巨人", "新能源汽车", "留抵退税", "专精特新", "增速"])
def test_chinese_words_of_any_length(db: sqlite3.Connection, base: FactBase, word: str) -> None:
    expected = {i for i, text in texts_of(base, chinese_only=True).items() if word in text}
    assert expected and matching(db, "facts_fts", word) == expected


def test_english_words_and_several_terms(db: sqlite3.Connection) -> None:
    assert "first-methanol-heavy-truck" in matching(db, "facts_fts", "methanol")
    assert "geely-output" in matching(db, "facts_fts", "吉利 产值")
    assert "gdp" in matching(db, "facts_fts", "GDP")
    assert matching(db, "facts_fts", "人口") == set()


@pytest.mark.parametrize("text", ["新能源", "11.15万", "ethano", "地区生产总值完成143"])
def test_trigrams_find_any_substring_of_three_or_more(
    db: sqlite3.Connection, base: FactBase, text: str
) -> None:
    expected = {i for i, t in texts_of(base, chinese_only=False).items() if text in t}
    quoted = '"' + text.replace('"', '""') + '"'
    assert expected and matching(db, "facts_trigram", quoted) == expected


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_chinese_word_of_a_quote_finds_its_fact(
    db: sqlite3.Connection, base: FactBase, data: st.DataObject
) -> None:
    fact = data.draw(st.sampled_from([f for f in base.facts if f.quote]))
    runs = [r for r in export._chinese_runs([fact.quote or ""]) if all(is_cjk(c) for c in r)]
    if not runs:
        return
    run = data.draw(st.sampled_from(runs))
    start = data.draw(st.integers(0, len(run) - 1))
    end = data.draw(st.integers(start + 1, min(len(run), start + export.TERM_CHARS)))
    assert fact.id in matching(db, "facts_fts", run[start:end])


# --- Datasette ------------------------------------------------------------------------------


def test_metadata_describes_every_column_and_credits_the_issuer(
    exported: Path, db: sqlite3.Connection, base: FactBase
) -> None:
    metadata = json.loads(exported.with_name("metadata.json").read_text(encoding="utf-8"))
    assert metadata["license"] == "MIT" and metadata["about"] == "jzfacts"
    assert base.source.issuer in metadata["source"] and base.source.title in metadata["title"]
    tables = metadata["databases"]["jzfacts"]["tables"]
    assert tables["facts"]["fts_table"] == "facts_fts" and tables["facts"]["fts_pk"] == "position"
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    described = [n for n in names if not n.startswith(("facts_fts_", "facts_trigram_"))]
    for table in described:
        columns = [r["name"] for r in db.execute(f"PRAGMA table_info({table})")]
        descriptions = tables[table]["columns"]
        assert set(columns) == set(descriptions), table
        # In English (Chinese only in examples).
        assert all(sum(c.isascii() and c.isalpha() for c in d) > 5 for d in descriptions.values())


def datasette_get(path: Path, metadata: Path, *urls: str) -> list[Any]:
    from datasette.app import Datasette

    async def fetch() -> list[Any]:
        ds = Datasette([str(path)], metadata=json.loads(metadata.read_text(encoding="utf-8")))
        return [await ds.client.get(url) for url in urls]

    return asyncio.run(fetch())


def test_datasette_serves_the_facts_and_searches_them(exported: Path, base: FactBase) -> None:
    table, search, english, page = datasette_get(
        exported,
        exported.with_name("metadata.json"),
        "/jzfacts/facts.json?_shape=array&_size=max",
        "/jzfacts/facts.json?_shape=array&_search=甲醇",
        "/jzfacts/facts.json?_shape=array&_search=Geely+output",
        "/jzfacts/facts",
    )
    assert table.status_code == 200
    rows = table.json()
    assert [r["id"] for r in rows] == [f.id for f in base.facts]
    gdp = next(r for r in rows if r["id"] == "gdp")
    assert gdp["value"] == 143 and gdp["amount"] == 14_300_000_000
    methanol = {r["id"] for r in search.json()}
    assert methanol == {i for i, t in texts_of(base, chinese_only=True).items() if "甲醇" in t}
    assert "geely-output" in {r["id"] for r in english.json()}
    html = page.text
    assert page.status_code == 200 and 'name="_search"' in html
    assert "MIT" in html and "Gross domestic product" in html


# --- the command: atomic, and never overwriting what is not ours ---------------------------


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A directory of its own (tmp_path also holds the test's cache)."""
    directory = tmp_path / "out"
    directory.mkdir()
    return directory


def test_export_writes_a_marked_database_and_says_so(runner: CliRunner, out: Path) -> None:
    target = out / "facts.db"
    result = runner.invoke(app, ["export", "sqlite", str(target)])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith("jzfacts: wrote ") and str(target) in result.stderr
    assert export.is_export(str(target))
    mode = stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
    assert [p.name for p in out.iterdir()] == ["facts.db"]  # no temporary left


def test_re_export_replaces_atomically(runner: CliRunner, out: Path) -> None:
    target = out / "facts.db"
    assert runner.invoke(app, ["export", "sqlite", str(target)]).exit_code == 0
    target.chmod(0o600)
    reader = sqlite3.connect(target)
    before = reader.execute("SELECT count(*) FROM facts").fetchone()[0]
    inode = target.stat().st_ino
    assert runner.invoke(app, ["export", "SQLITE", str(target)]).exit_code == 0
    assert target.stat().st_ino != inode  # a new file renamed over the old one
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # the old file's mode is kept
    # A reader of the old file still reads a whole database.
    assert reader.execute("SELECT count(*) FROM facts").fetchone()[0] == before
    reader.close()


def test_a_failed_export_leaves_the_old_file_untouched(
    runner: CliRunner, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "facts.db"
    assert runner.invoke(app, ["export", "sqlite", str(target)]).exit_code == 0
    old = target.read_bytes()

    def broken(connection: sqlite3.Connection, base: FactBase) -> int:
        connection.execute("INSERT INTO units VALUES ('x', 'x', 0, 'x', 'x')")
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "_fill", broken)
    result = runner.invoke(app, ["export", "sqlite", str(target)])
    assert result.exit_code == 130
    assert target.read_bytes() == old
    assert [p.name for p in out.iterdir()] == ["facts.db"]


@pytest.mark.parametrize(
    "content",
    [b"my notes\n", b"", None],
    ids=["text-file", "empty-file", "other-sqlite-database"],
)
def test_only_our_own_files_are_overwritten(
    runner: CliRunner, out: Path, content: bytes | None
) -> None:
    target = out / "data.db"
    if content is None:
        other = sqlite3.connect(target)
        other.execute("CREATE TABLE precious (x)")
        other.commit()
        other.close()
    else:
        target.write_bytes(content)
    before = target.read_bytes()
    result = runner.invoke(app, ["export", "sqlite", str(target)])
    if content == b"":  # an empty file holds nothing to lose
        assert result.exit_code == 0 and export.is_export(str(target))
        return
    assert result.exit_code == 2 and target.read_bytes() == before
    assert result.stderr == (
        f"jzfacts: {target} exists and is not a jzfacts export; not overwritten "
        "(--force overwrites it)\n"
    )
    forced = runner.invoke(app, ["export", "sqlite", str(target), "--force"])
    assert forced.exit_code == 0 and export.is_export(str(target))


def test_a_link_to_an_export_stays_a_link(runner: CliRunner, out: Path) -> None:
    real = out / "real.db"
    link = out / "link.db"
    assert runner.invoke(app, ["export", "sqlite", str(real)]).exit_code == 0
    link.symlink_to(real)
    assert runner.invoke(app, ["export", "sqlite", str(link)]).exit_code == 0
    assert link.is_symlink() and export.is_export(str(real))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{dir}"], "is a directory"),
        (["{dir}/missing/facts.db"], "cannot write"),
        (["{dir}/a.db", "--metadata", "{dir}/a.db"], "two different files"),
        (["{dir}/a.db", "--metadata", "{dir}/notes.json"], "notes.json exists and is not"),
    ],
)
def test_bad_targets_are_usage_errors(
    runner: CliRunner, out: Path, args: list[str], message: str
) -> None:
    (out / "notes.json").write_text('{"title": "mine"}', encoding="utf-8")
    result = runner.invoke(app, ["export", "sqlite", *(a.format(dir=out) for a in args)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert message in result.stderr
    assert json.loads((out / "notes.json").read_text(encoding="utf-8")) == {"title": "mine"}


def test_metadata_is_replaced_when_it_is_ours(runner: CliRunner, out: Path) -> None:
    db, meta = out / "site.db", out / "metadata.json"
    args = ["export", "sqlite", str(db), "--metadata", str(meta)]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args).exit_code == 0
    document = json.loads(meta.read_text(encoding="utf-8"))
    assert list(document["databases"]) == ["site"]  # Datasette names a database by its file


def test_unknown_format_is_a_usage_error(runner: CliRunner, out: Path) -> None:
    result = runner.invoke(app, ["export", "parquet", str(out / "x")])
    assert result.exit_code == 2 and "'parquet' is not one of 'sqlite'" in result.stderr


# --- start-up: the common commands never load sqlite3, mcp or Datasette ---------------------

PROBE = """
import json, sys
sys.argv = ["jzfacts", *json.loads(sys.argv[1])]
from jzfacts.cli import main
try:
    main()
except SystemExit:
    pass
heavy = ("sqlite3", "_sqlite3", "mcp", "datasette", "pydantic", "anyio")
print(json.dumps(sorted(m for m in heavy if m in sys.modules)), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["show", "gdp", "--format", "json"],
        ["search", "甲醇", "--format", "json"],
        ["list", "--format", "json"],
        ["list", "--measure", "output-value", "--sort", "amount", "--desc", "-n", "5"],
    ],
)
def test_show_search_and_list_import_no_sqlite_mcp_or_datasette(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        env=cli_env(),
        check=False,
    )
    assert json.loads(result.stderr.decode().strip().splitlines()[-1]) == []
