"""The cache never changes an answer: whom it trusts, what it reads, when it writes.

Issue 10. The attacks plant a forgery built by the code under test itself: the cache of a
copy of the base whose gdp is derived as 999 (same report), its files renamed to the real
base's key. Every check short of "is this directory and file ours, and did we write this
file for this key" believes it. Tests that give files to another user need root
(os.chown to 65534) and are skipped otherwise.
"""

from __future__ import annotations

import marshal
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jzfacts import cache, factbase, files
from jzfacts.cli import app
from tests.conftest import FACTS, REPORT, cli_env, invoke_cli, run_cli

NOBODY = 65534
needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="giving files to another user (os.chown to 65534) needs root",
)
KEY_FILE = re.compile(r"[0-9a-f]{40}\.[a-z]+\Z")


def show(runner: CliRunner, **env: str | None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["show", "gdp", "--format", "value"], env=env)
    return result.exit_code, result.stdout, result.stderr


def cache_files(folder: Path) -> set[str]:
    return (
        {p.name for p in folder.iterdir() if KEY_FILE.match(p.name)} if folder.is_dir() else set()
    )


@pytest.fixture(scope="module")
def forged_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real base with gdp derived as 999 and no quote; the report is the same file."""
    folder = tmp_path_factory.mktemp("forged")
    shutil.copy(REPORT, folder / "report.txt")
    text = FACTS.read_text(encoding="utf-8")
    start = text.index("  - id: gdp\n    kind: figure\n")
    quote = (
        "    quote: 地区生产总值完成143亿元\n"
        "    quote_en: Gross domestic product (GDP) reached 14.3 billion yuan.\n"
    )
    end = text.index(quote, start) + len(quote)
    entry = text[start:end].replace("kind: figure", "kind: derived")
    entry = entry.replace(
        "    value: 143\n",
        '    formula: "{vat-credit-refunds} * 999 / 17"\n    decimals: 0\n    qualifier: exact\n',
    ).replace(quote, "")
    (folder / "facts.yaml").write_text(text[:start] + entry + text[end:], encoding="utf-8")
    return folder / "facts.yaml"


@pytest.fixture(scope="module")
def forgery(tmp_path_factory: pytest.TempPathFactory, forged_base: Path) -> Path:
    """The forgery, planted once a module (see _plant); plant() gives each test a copy."""
    folder = tmp_path_factory.mktemp("forgery") / "planted"
    _plant(folder, forged_base)
    return folder


def plant(folder: Path, forgery: Path) -> None:
    """Fill `folder` with the forgery: the forged base's cache under the real base's key
    (a copy of the module's, as _plant made it: names, bytes, modes, the MAC key)."""
    shutil.copytree(forgery, folder)


def _plant(folder: Path, forged_base: Path) -> None:
    """Fill `folder` with the forgery: the forged base's cache under the real base's key."""
    runner = CliRunner()
    scratch = Path(tempfile.mkdtemp(prefix="jzfacts-real-"))
    try:
        assert show(runner, JZFACTS_CACHE_DIR=str(scratch))[:2] == (0, "143\n")
        real_key = next(iter(cache_files(scratch))).split(".")[0]
    finally:
        shutil.rmtree(scratch)
    result = runner.invoke(
        app, ["--data", str(forged_base), "show", "gdp", "--format", "value"],
        env={"JZFACTS_CACHE_DIR": str(folder)},
    )  # fmt: skip
    assert (result.exit_code, result.stdout) == (0, "999\n")
    for name in cache_files(folder):
        (folder / name).rename(folder / f"{real_key}.{name.split('.')[1]}")


def test_the_forgery_fools_an_unchecked_reader(tmp_path: Path, forgery: Path) -> None:
    """The premise of the attacks below: the planted files are a complete cache."""
    folder = tmp_path / "planted"
    plant(folder, forgery)
    assert {name.split(".")[1] for name in cache_files(folder)} >= {"base", "facts", "names"}


def test_a_cache_renamed_from_another_base_is_a_miss(tmp_path: Path, forgery: Path) -> None:
    """Even in the user's own directory: a file's MAC covers its name (key and kind)."""
    folder = tmp_path / "own"
    plant(folder, forgery)
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")


@pytest.mark.parametrize(
    ("mode", "who"),
    [(0o777, "others"), (0o1777, "others"), (0o770, "its group"), (0o2775, "its group")],
)
def test_a_directory_others_can_write_is_not_used(
    tmp_path: Path, forgery: Path, mode: int, who: str
) -> None:
    folder = tmp_path / "shared"
    plant(folder, forgery)
    folder.chmod(mode)
    before = sorted(os.listdir(folder))
    note = f"jzfacts: note: not caching: {folder} is writable by {who} (mode {mode:04o})\n"
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", note)
    assert sorted(os.listdir(folder)) == before, "wrote into a directory it does not trust"


@needs_root
def test_a_directory_owned_by_another_user_is_not_used(tmp_path: Path, forgery: Path) -> None:
    folder = tmp_path / "theirs"
    plant(folder, forgery)
    for path in (folder, *folder.iterdir()):
        os.chown(path, NOBODY, NOBODY)
    folder.chmod(0o700)  # private to them; root can still read it
    note = f"jzfacts: note: not caching: {folder} is owned by uid {NOBODY}, not by you (uid 0)\n"
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", note)


@needs_root
def test_an_attacker_made_xdg_cache_directory(tmp_path: Path, forgery: Path) -> None:
    """$XDG_CACHE_HOME in a shared sticky directory, jzfacts/ made there by someone else."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    folder = shared / "jzfacts"
    plant(folder, forgery)
    for path in (folder, *folder.iterdir()):
        os.chown(path, NOBODY, NOBODY)
    env = {"JZFACTS_CACHE_DIR": None, "XDG_CACHE_HOME": str(shared)}
    note = f"jzfacts: note: not caching: {folder} is owned by uid {NOBODY}, not by you (uid 0)\n"
    assert show(CliRunner(), **env) == (0, "143\n", note)


def test_the_temporary_directory_itself_is_refused() -> None:
    temp = Path(tempfile.gettempdir())
    if temp.stat().st_mode & 0o002 == 0:
        pytest.skip(f"{temp} is not writable by others here")
    before = cache_files(temp)
    try:
        code, out, err = show(CliRunner(), JZFACTS_CACHE_DIR=str(temp))
        assert (code, out) == (0, "143\n")
        assert err.startswith(f"jzfacts: note: not caching: {temp} is writable by others (mode ")
        assert cache_files(temp) == before
    finally:
        for name in cache_files(temp) - before:
            (temp / name).unlink()


def test_a_symbolic_link_to_a_directory_is_not_followed(tmp_path: Path, forgery: Path) -> None:
    target = tmp_path / "real"
    plant(target, forgery)
    link = tmp_path / "link"
    link.symlink_to(target, target_is_directory=True)
    note = f"jzfacts: note: not caching: {link} is a symbolic link\n"
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(link)) == (0, "143\n", note)


def test_symbolic_links_to_files_are_not_followed(tmp_path: Path, forgery: Path) -> None:
    """Each cache file (and the MAC key) a link into a planted directory: all misses; the
    rebuild replaces the links with files of its own."""
    planted = tmp_path / "planted"
    plant(planted, forgery)
    folder = tmp_path / "own"
    folder.mkdir(mode=0o700)
    for path in planted.iterdir():
        (folder / path.name).symlink_to(path)
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")
    assert not any(p.is_symlink() for p in folder.iterdir())
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")


@needs_root
def test_files_owned_by_another_user_are_ignored_and_replaced(
    tmp_path: Path, forgery: Path
) -> None:
    folder = tmp_path / "own"
    plant(folder, forgery)
    folder.chmod(0o700)
    for path in folder.iterdir():
        os.chown(path, NOBODY, NOBODY)
    code, out, err = show(CliRunner(), JZFACTS_CACHE_DIR=str(folder))
    assert (code, out) == (0, "143\n")
    assert re.fullmatch(
        rf"jzfacts: note: ignored the cache file {re.escape(str(folder))}/\S+: it is owned by "
        rf"uid {NOBODY}, not by you \(uid 0\)\n",
        err,
    ), err
    assert all(p.stat().st_uid == 0 for p in folder.iterdir() if KEY_FILE.match(p.name))
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")


def test_files_others_can_write_are_ignored(tmp_path: Path, forgery: Path) -> None:
    folder = tmp_path / "own"
    plant(folder, forgery)
    folder.chmod(0o700)
    for path in folder.iterdir():
        path.chmod(0o666)
    code, out, err = show(CliRunner(), JZFACTS_CACHE_DIR=str(folder))
    assert (code, out) == (0, "143\n")
    assert "it is writable by others (mode 0666)" in err and err.count("\n") == 1


def test_the_directory_is_private_even_under_umask_000(tmp_path: Path) -> None:
    root = tmp_path / "xdg"  # missing: created 0700, as XDG asks, and so is jzfacts/
    old = os.umask(0)
    try:
        env = {"JZFACTS_CACHE_DIR": None, "XDG_CACHE_HOME": str(root)}
        assert show(CliRunner(), **env) == (0, "143\n", "")
    finally:
        os.umask(old)
    for path in (root, root / "jzfacts"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    for path in (root / "jzfacts").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


# --- hostile and damaged records ------------------------------------------------------------

# marshal.loads of these 12 bytes dereferences a NULL (a frozenset holding the tuple being
# built): the process dies with SIGSEGV. marshal is "not intended to be secure".
CRASHER = b"\xa9\x01>\x01\x00\x00\x00r\x00\x00\x00\x00"


def _reseal_table(blob: bytes, records: list[bytes]) -> bytes:
    """A table with these records, sealed as anyone can: CRCs and an unkeyed blake2b of
    the header (magic, records, header, 40-byte trailer; magic is one line)."""
    from zlib import crc32

    from jzfacts.cache import blake2b

    magic = blob[: blob.index(b"\n") + 1]
    offsets, checks = [0], []
    for record in records:
        offsets.append(offsets[-1] + len(record))
        checks.append(crc32(record))
    header = marshal.dumps((tuple(offsets), tuple(checks)))
    trailer = blake2b(header, digest_size=32).digest() + len(header).to_bytes(8, "little")
    return magic + b"".join(records) + header + trailer


def _kind_file(kind: str) -> str:
    """The search index's files carry its version: rows4, text4 …"""
    from jzfacts.search.index import INDEX_VERSION

    return f"{kind}{INDEX_VERSION}" if kind in ("rows", "text", "pinyin", "pinyintext") else kind


def _reseal_single(blob: bytes, payload: bytes) -> bytes:
    from jzfacts.cache import blake2b

    magic = blob[: blob.index(b"\n") + 1]
    return magic + blake2b(payload, digest_size=32).digest() + payload


@pytest.fixture(scope="module")
def cold_built(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[bytes]]:
    """A cache a real process built cold (checked to answer as --no-cache does), and
    that --no-cache answer; once a module: the tests below each damage a copy."""
    folder = tmp_path_factory.mktemp("cold-built") / "own-cache"
    env = cli_env(JZFACTS_CACHE_DIR=str(folder))
    reference = run_cli("--no-cache", "search", "甲醇", env=env)
    assert run_cli("search", "甲醇", env=env).stdout == reference.stdout
    return folder, reference


@pytest.mark.parametrize("kind", ["base", "facts", "names", "rows", "text"])
def test_a_hostile_record_with_a_valid_checksum_is_a_miss(
    tmp_path: Path, kind: str, cold_built: tuple[Path, subprocess.CompletedProcess[bytes]]
) -> None:
    """The crashing record, with every public checksum recomputed: detected, the base
    re-read from YAML, the answers those of --no-cache (a real process: a crash kills it)."""
    folder = tmp_path / "own-cache"
    env = cli_env(JZFACTS_CACHE_DIR=str(folder))
    built, reference = cold_built
    shutil.copytree(built, folder)
    [path] = [p for p in folder.iterdir() if p.name.endswith("." + _kind_file(kind))]
    blob = path.read_bytes()
    if kind in ("base", "text"):
        path.write_bytes(_reseal_single(blob, CRASHER))
    else:
        count = marshal.loads(blob[-40 - int.from_bytes(blob[-8:], "little") : -40])[1]
        path.write_bytes(_reseal_table(blob, [CRASHER] * len(count)))
    for args, expected in (
        (("search", "甲醇"), (0, reference.stdout, b"")),
        (("show", "gdp", "--format", "value"), (0, b"143\n", b"")),
    ):
        result = run_cli(*args, env=env)
        assert (result.returncode, result.stdout, result.stderr) == expected, args


def _sealed_key(folder: Path) -> cache.Key:
    """The real base's key, bound to `folder` (whose MAC key a run made): what we write
    through it carries a valid MAC."""
    key = cache.CacheDir(str(folder)).key(FACTS.read_bytes())
    assert key is not None
    return key


GOOD = ("gdp", "figure", "地区生产总值", "GDP", (), "143", "亿元", "2022", "economic-recovery")
REST = ((), (), "地区生产总值完成143亿元", None, None, None, (), None, "gdp", (), None)


@pytest.mark.parametrize(
    "record",
    [
        pytest.param((*GOOD[:5], 999, *GOOD[6:], *REST), id="value-not-text"),
        pytest.param(GOOD, id="too-short"),
        pytest.param((*GOOD[:1], "rumour", *GOOD[2:], *REST), id="unknown-kind"),
        pytest.param((*GOOD[:4], ("GDP", 7), *GOOD[5:], *REST), id="alias-not-text"),
        pytest.param((*GOOD, *REST[:-1], (("a",),)), id="bad-erratum"),
        pytest.param(["gdp"], id="a-list"),
        pytest.param(None, id="none"),
    ],
)
def test_a_sealed_record_of_the_wrong_shape_falls_back_to_the_yaml(
    tmp_path: Path, record: object
) -> None:
    """The cache's own MAC, a record that is not a fact: checked as it is read."""
    folder = tmp_path / "own-cache"
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")
    key = _sealed_key(folder)
    size = len(factbase.load(files.locate(None), False).facts)
    assert key.cache.write_table(key, "facts", [record] * size)
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")
    listed = CliRunner().invoke(app, ["list", "--format", "value", "--field", "id"],
                                env={"JZFACTS_CACHE_DIR": str(folder)})  # fmt: skip
    assert listed.exit_code == 0 and "gdp\n" in listed.stdout


def _quote_en_of_gdp(folder: Path) -> tuple[str | None, bool]:
    """gdp's rendering as a run with this cache reads it, and whether from the cache."""
    from jzfacts.cachestore import CachedStore

    base = factbase.load(files.locate(None), cache_dir=cache.CacheDir(str(folder)))
    gdp = base.get("gdp")
    assert gdp is not None
    return gdp.quote_en, isinstance(base._store, CachedStore)


GDP_EN = "Gross domestic product (GDP) reached 14.3 billion yuan."


def test_a_fact_record_carries_its_rendering_through_the_cache(tmp_path: Path) -> None:
    from jzfacts.cachestore import fact_from_record, fact_record

    base = factbase.load(files.locate(None), False)
    assert all(fact_from_record(fact_record(f)) == f for f in base.facts)
    assert fact_from_record(fact_record(base.by_id["gdp"])).quote_en == GDP_EN
    folder = tmp_path / "own-cache"
    assert _quote_en_of_gdp(folder) == (GDP_EN, False)  # cold: validated, then written
    assert cache_files(folder)
    assert _quote_en_of_gdp(folder) == (GDP_EN, True)  # warm: read from the cache


def test_a_cache_an_older_jzfacts_wrote_is_rebuilt_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before quote_en, a fact record had 18 fields and the format was 5: such a cache,
    sealed with this directory's own MAC, is a miss (another key), and the rebuilt one
    gives the rendering; so is a record of the old shape under the current key."""
    from jzfacts import cachestore

    folder = tmp_path / "own-cache"
    current = cachestore.fact_record
    with monkeypatch.context() as old:
        old.setattr(cache, "FORMAT", 5)
        old.setattr(cache, "MAGIC", b"JZFC5\n")
        old.setattr(cache, "TABLE_MAGIC", b"JZFT5\n")
        old.setattr(cachestore, "fact_record", lambda f: current(f)[:18])
        assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")
        assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")
        older = cache_files(folder)
    assert {name.split(".")[1] for name in older} >= {"base", "facts", "names"}
    assert _quote_en_of_gdp(folder) == (GDP_EN, False)  # a miss: validated again
    assert cache_files(folder) > older, "the current format's files were not written"
    assert _quote_en_of_gdp(folder) == (GDP_EN, True)
    # The old shape where the current key expects the new one: checked, and refused.
    key = _sealed_key(folder)
    facts = factbase.load(files.locate(None), False).facts
    assert key.cache.write_table(key, "facts", [current(f)[:18] for f in facts])
    assert _quote_en_of_gdp(folder)[0] == GDP_EN


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(("x",), id="short"),
        pytest.param(((1, 2, 3, 4, 5, 6, 7), (), (), (), 1, 1), id="bad-source"),
        pytest.param("header", id="text"),
    ],
)
def test_a_sealed_base_header_of_the_wrong_shape_is_a_miss(tmp_path: Path, header: object) -> None:
    folder = tmp_path / "own-cache"
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")
    key = _sealed_key(folder)
    assert key.cache.write(key, "base", header)
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")


def test_a_sealed_name_pointing_outside_the_base_falls_back(tmp_path: Path) -> None:
    folder = tmp_path / "own-cache"
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")
    key = _sealed_key(folder)
    table = key.cache.open_table(key, "names")
    assert table is not None
    shards = [dict.fromkeys(shard, 10**9) for shard in table.all()]
    assert key.cache.write_table(key, "names", shards)
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")


def test_an_oversized_cache_file_is_not_read(tmp_path: Path) -> None:
    """A 200 MB sparse file in place of the base's header: refused by its size, never
    read (memory counted with tracemalloc), and replaced by the rebuild."""
    folder = tmp_path / "own-cache"
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")
    [header] = [p for p in folder.iterdir() if p.name.endswith(".base")]
    with header.open("r+b") as handle:
        handle.truncate(200 << 20)
    tracemalloc.start()
    try:
        code, out, err = show(CliRunner(), JZFACTS_CACHE_DIR=str(folder))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (code, out) == (0, "143\n")
    assert peak < 40 << 20, f"peak {peak:,} bytes"
    assert err.startswith(f"jzfacts: note: ignored the cache file {header}: it is larger than")
    assert header.stat().st_size < 1 << 20
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")


# --- what is cached must be what was validated --------------------------------------------


def test_a_report_edited_during_a_cold_build_is_not_cached_as_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report changes (143 -> 999) after validation has read it and before the cache
    is written: later cached runs must say what --no-cache says (the report does not match
    its sha256: exit 3), not print the quote the report no longer holds."""
    base = tmp_path / "facts.yaml"
    shutil.copy(FACTS, base)
    shutil.copy(REPORT, tmp_path / "report.txt")
    monkeypatch.setenv("JZFACTS_CACHE_DIR", str(tmp_path / "own-cache"))
    from jzfacts import loader

    validate = loader.parse_and_validate

    def validate_then_edit(*args: object, **kwargs: object) -> object:
        result = validate(*args, **kwargs)  # type: ignore[arg-type]
        report = (tmp_path / "report.txt").read_text(encoding="utf-8")
        (tmp_path / "report.txt").write_text(report.replace("143亿元", "999亿元"), encoding="utf-8")
        return result

    monkeypatch.setattr(loader, "parse_and_validate", validate_then_edit)
    assert factbase.load(files.locate(str(base))).get("gdp") is not None
    monkeypatch.setattr(loader, "parse_and_validate", validate)

    runner = CliRunner()
    cached = runner.invoke(app, ["--data", str(base), "show", "gdp"])
    uncached = runner.invoke(app, ["--no-cache", "--data", str(base), "show", "gdp"])
    assert uncached.exit_code == 3
    assert (cached.exit_code, cached.stdout, cached.stderr) == (3, "", uncached.stderr)


# --- where the cache is ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("home", "why"),
    [("", "HOME is not an absolute path ('')"), ("rel/home", "HOME is not an absolute path")],
)
def test_an_empty_or_relative_home_means_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, home: str, why: str
) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    empty_home = Path("/.cache/jzfacts")
    before = cache_files(empty_home)
    env = {"JZFACTS_CACHE_DIR": None, "XDG_CACHE_HOME": "relative/xdg", "HOME": home}
    code, out, err = show(CliRunner(), **env)
    assert (code, out) == (0, "143\n")
    assert err.startswith(f"jzfacts: note: not caching: {why}"), err
    assert err.count("\n") == 1
    assert list(work.iterdir()) == [], "made a cache under the current directory"
    assert cache_files(empty_home) == before


def test_no_home_and_no_passwd_entry_means_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pwd

    def missing(uid: int) -> pwd.struct_passwd:
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    monkeypatch.setattr(pwd, "getpwuid", missing)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    env = {"JZFACTS_CACHE_DIR": None, "XDG_CACHE_HOME": None, "HOME": None}
    code, out, err = show(CliRunner(), **env)
    assert (code, out) == (0, "143\n")
    assert err == (
        "jzfacts: note: not caching: HOME is not set; set JZFACTS_CACHE_DIR to a private "
        "directory\n"
    )
    assert list(work.iterdir()) == [], "made ./~/.cache/jzfacts"


def test_no_cache_in_one_invocation_does_not_leak_into_the_next(tmp_path: Path) -> None:
    """No module state: conftest resets nothing, and the second run writes its cache."""
    folder = tmp_path / "own-cache"
    runner = CliRunner()
    env = {"JZFACTS_CACHE_DIR": str(folder)}
    first = runner.invoke(app, ["--no-cache", "show", "gdp", "--format", "value"], env=env)
    assert (first.exit_code, first.stdout) == (0, "143\n")
    assert cache_files(folder) == set()
    assert show(runner, **env) == (0, "143\n", "")
    assert {name.split(".")[1] for name in cache_files(folder)} == {"base", "facts", "names"}


# --- writing: stale files, a full disk ------------------------------------------------------


def test_stale_temporary_files_are_removed_by_the_next_write(tmp_path: Path) -> None:
    folder = tmp_path / "own-cache"
    folder.mkdir(mode=0o700)
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, check=True)  # fmt: skip
    dead = int(finished.stdout)
    host = cache._host()
    killed = folder / f".{dead}.{host}.0123456789ab.tmp"  # a writer SIGKILLed mid-write
    ancient = folder / ".4a1b.f00.tmp"  # an older version's name, two days old
    live = folder / f".{os.getpid()}.{host}.ba9876543210.tmp"  # a writer still at work
    for path in (killed, ancient, live):
        path.write_bytes(b"partial")
    os.utime(ancient, (0, os.path.getmtime(ancient) - 2 * 86400))
    assert show(CliRunner(), JZFACTS_CACHE_DIR=str(folder)) == (0, "143\n", "")
    left = {p.name for p in folder.iterdir() if p.name.endswith(".tmp")}
    assert left == {live.name}


def _limited_run(folder: Path, limit: int, *args: str) -> subprocess.CompletedProcess[bytes]:
    """A run whose files may not grow past `limit` bytes (RLIMIT_FSIZE: writes fail with
    EFBIG, as on a full disk; SIGXFSZ ignored so that the write returns the error)."""
    import resource

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    return subprocess.run(
        [sys.executable, "-m", "jzfacts", *args],
        env=cli_env(JZFACTS_CACHE_DIR=str(folder), PYTHONDONTWRITEBYTECODE="1"),
        capture_output=True,
        preexec_fn=limited,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
@pytest.mark.parametrize(
    ("limit", "args"),
    [
        (30_000, ("show", "gdp", "--format", "value")),  # the facts table cannot be written
        (60_000, ("search", "甲醇", "--format", "value", "--field", "id")),  # the index cannot
    ],
)
def test_a_cache_that_cannot_be_written_writes_nothing_and_says_so(
    tmp_path: Path, limit: int, args: tuple[str, ...]
) -> None:
    folder = tmp_path / "own-cache"
    reference = invoke_cli("--no-cache", *args)  # what to print: a process is not the point
    for _ in range(2):  # every run says it: each one is slow for the same reason
        result = _limited_run(folder, limit, *args)
        assert (result.returncode, result.stdout) == (0, reference.stdout)
        assert result.stderr == (
            f"jzfacts: note: not caching: cannot write to {folder}: File too large\n".encode()
        )
        assert cache_files(folder) == set(), "a partial cache was left behind"
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
