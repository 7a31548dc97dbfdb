"""`jzfacts mcp`, end to end: the server started as a subprocess and driven by the mcp
SDK's own stdio client, as an assistant would; each tool's answer checked against the
JSON the command line prints.

The tests that talk to the packaged base share one server (one session, started once a
module, see `served`): each still drives it through its own calls, in order, and finds
the server's stderr empty; the calls only read."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from typer.testing import CliRunner

from jzfacts.cli import app
from jzfacts.measures import MEASURES
from tests.conftest import FACTS, REPORT, cli_env

if TYPE_CHECKING:
    import mcp

T = TypeVar("T")
TOOLS = {"search", "show", "ask", "compare", "cite", "list_facts"}


def import_the_sdk() -> Any:
    """The mcp SDK and its stdio client, imported when a test needs them rather than when
    the module is collected: importing them takes about a second, in every worker."""
    importlib.import_module("mcp.client.stdio")
    return importlib.import_module("mcp")


def with_session(
    tmp_path: Path, use: Callable[[mcp.ClientSession], Awaitable[T]], *global_args: str
) -> T:
    """Start `python -m jzfacts [global_args] mcp`, initialise a client session, run `use`.
    The server's stderr must stay empty: no tracebacks, no log noise."""
    errors = tmp_path / "server-stderr.txt"
    sdk = import_the_sdk()

    async def run(errlog: Any) -> T:
        params = sdk.StdioServerParameters(
            command=sys.executable,
            args=["-m", "jzfacts", *global_args, "mcp"],
            env={"JZFACTS_CACHE_DIR": os.environ["JZFACTS_CACHE_DIR"]},
        )
        async with (
            sdk.client.stdio.stdio_client(params, errlog=errlog) as (read, write),
            sdk.ClientSession(read, write) as session,
        ):
            await session.initialize()
            return await use(session)

    with errors.open("w", encoding="utf-8") as errlog:
        result = asyncio.run(run(errlog))
    assert errors.read_text(encoding="utf-8") == ""
    return result


Use = Callable[["mcp.ClientSession"], Awaitable[Any]]
SHARED: dict[str, Use] = {}


def in_the_shared_session(use: Use) -> Use:
    """Run `use` in the module's one session (`served`); a test reads its outcome with
    `outcome(served, use)`."""
    SHARED[use.__name__] = use
    return use


@dataclass
class Served:
    outcomes: dict[str, Any]  # each use's result, or the exception it raised
    stderr: str


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Served:
    """One `python -m jzfacts mcp` for the module, as with_session starts it, with a copy
    of the warm cache (as each test's own), running every use registered above in turn."""
    folder = tmp_path_factory.mktemp("mcp-session")
    cache = folder / "cache"
    shutil.copytree(shared_cache, cache)
    errors = folder / "server-stderr.txt"
    outcomes: dict[str, Any] = {}
    sdk = import_the_sdk()

    async def run(errlog: Any) -> None:
        params = sdk.StdioServerParameters(
            command=sys.executable,
            args=["-m", "jzfacts", "mcp"],
            env={"JZFACTS_CACHE_DIR": str(cache)},
        )
        async with (
            sdk.client.stdio.stdio_client(params, errlog=errlog) as (read, write),
            sdk.ClientSession(read, write) as session,
        ):
            await session.initialize()
            for name, use in SHARED.items():
                try:
                    outcomes[name] = await use(session)
                except Exception as error:  # the test that made the calls raises it
                    outcomes[name] = error

    with errors.open("w", encoding="utf-8") as errlog:
        asyncio.run(run(errlog))
    return Served(outcomes, errors.read_text(encoding="utf-8"))


def outcome(served: Served, use: Use) -> Any:
    """What `use` got from the shared session; as with_session, the server's stderr must
    stay empty: no tracebacks, no log noise."""
    assert served.stderr == ""
    result = served.outcomes[use.__name__]
    if isinstance(result, Exception):
        raise result
    return result


def cli_json(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def cli_error(runner: CliRunner, *args: str) -> str:
    """The one line the command prints on stderr, without its 'jzfacts: ' prefix."""
    result = runner.invoke(app, list(args))
    assert result.exit_code in (1, 2) and result.stderr.count("\n") == 1, result.stderr
    return result.stderr.removeprefix("jzfacts: ").rstrip("\n")


def text_of(result: Any) -> str:
    assert len(result.content) == 1 and result.content[0].type == "text"
    return str(result.content[0].text)


@in_the_shared_session
async def _list_tools(session: mcp.ClientSession) -> Any:
    return (await session.list_tools()).tools


def test_tools_explain_every_argument_and_how_to_quote(served: Served) -> None:
    tools = {t.name: t for t in outcome(served, _list_tools)}
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert "source sentence" in tool.description and "does not say" in tool.description
        properties = tool.input_schema["properties"]
        assert properties, tool.name
        for name, schema in properties.items():
            assert len(schema.get("description", "")) > 15, (tool.name, name)
    listing = tools["list_facts"].input_schema["properties"]
    assert set(listing) == {
        "section",
        "tag",
        "kind",
        "entity",
        "unit",
        "measure",
        "period",
        "sort",
        "desc",
        "limit",
    }
    assert listing["measure"]["enum"] == [*MEASURES, None]
    assert listing["kind"]["enum"] == ["figure", "derived", "event", "statement", None]
    assert listing["sort"]["enum"] == ["value", "amount", "period", "id", None]
    assert tools["show"].input_schema["required"] == ["names"]
    assert all(t.annotations is not None and t.annotations.read_only_hint for t in tools.values())


CALLS: list[tuple[str, dict[str, Any], list[str]]] = [
    ("search", {"query": "甲醇", "limit": 3}, ["search", "甲醇", "--limit", "3"]),
    ("search", {"query": "tax refund"}, ["search", "tax", "refund"]),
    ("show", {"names": ["gdp", "吉利汽车产值"]}, ["show", "gdp", "吉利汽车产值"]),
    ("show", {"names": ["gdp-growth"], "context": True}, ["show", "gdp-growth", "--context"]),
    ("ask", {"question": "2022年地区生产总值是多少"}, ["ask", "2022年地区生产总值是多少"]),
    ("ask", {"question": "甲醇"}, ["ask", "甲醇"]),  # not sure: the candidates
    (
        "compare",
        {"names": ["gdp", "strategic-emerging-output"]},
        ["compare", "gdp", "strategic-emerging-output"],
    ),
    ("cite", {"names": ["gdp", "geely-output"]}, ["cite", "gdp", "geely-output"]),
    (
        "cite",
        {"names": ["vat-credit-refunds"], "markdown": True},
        ["cite", "vat-credit-refunds", "--format", "markdown"],
    ),
    (
        "list_facts",
        {"measure": "output-value", "sort": "amount", "desc": True, "limit": 5},
        ["list", "--measure", "output-value", "--sort", "amount", "--desc", "--limit", "5"],
    ),
    (
        "list_facts",
        {"entity": "Geely", "period": "2022"},
        ["list", "--entity", "Geely", "--period", "2022"],
    ),
    ("list_facts", {}, ["list"]),
]


@in_the_shared_session
async def _call_each_tool(session: mcp.ClientSession) -> list[Any]:
    return [await session.call_tool(name, arguments) for name, arguments, _ in CALLS]


def test_each_tool_returns_the_json_the_command_prints(served: Served, runner: CliRunner) -> None:
    results = outcome(served, _call_each_tool)
    for (name, _, args), result in zip(CALLS, results, strict=True):
        assert not result.is_error, (name, text_of(result))
        if "markdown" in args:  # cite --format markdown prints lines: the same citations
            lines = runner.invoke(app, args).stdout.splitlines()
            assert [r["citation"] for r in json.loads(text_of(result))] == lines
            continue
        expected = cli_json(runner, *args)
        assert text_of(result) == expected, name
        document = json.loads(expected)
        structured = result.structured_content
        assert structured == (document if isinstance(document, dict) else {"result": document})
    answered = json.loads(text_of(results[4]))
    assert answered["fact"]["id"] == "gdp" and "143" in answered["answer"]
    # A bare word is a topic, not a question: when ask is not sure it says why.
    unsure = json.loads(text_of(results[5]))
    assert unsure["answer"] is not None or unsure["reason"]


@in_the_shared_session
async def _show_and_cite_gdp(session: mcp.ClientSession) -> Any:
    tools = (await session.list_tools()).tools
    shown = await session.call_tool("show", {"names": ["gdp", "gdp-growth"]})
    cited = await session.call_tool("cite", {"names": ["gdp"]})
    return tools, shown, cited


def test_fact_records_carry_the_rendering_never_as_the_reports_words(served: Served) -> None:
    tools, shown, cited = outcome(served, _show_and_cite_gdp)
    for tool in tools:
        assert "`quote_en` is the curator's English rendering" in tool.description
        assert "not the report's words" in tool.description
    gdp, growth = json.loads(text_of(shown))
    assert (gdp["quote"], gdp["quote_en"]) == (
        "地区生产总值完成143亿元",
        "Gross domestic product (GDP) reached 14.3 billion yuan.",
    )
    assert growth["quote_en"] is None and growth["derived"]["inputs"][0]["quote_en"]
    assert shown.structured_content["result"][0]["quote_en"] == gdp["quote_en"]
    [citation] = json.loads(text_of(cited))
    assert citation["quote_en"] == gdp["quote_en"]


SAME_AS_CLI = [
    ("show", {"names": ["gpd"]}, ["show", "gpd"]),
    ("compare", {"names": ["gdp"]}, ["compare", "gdp"]),
    ("compare", {"names": ["gdp", "no-such-fact"]}, ["compare", "gdp", "no-such-fact"]),
    ("cite", {"names": ["gdp", "gpd"]}, ["cite", "gpd"]),
    ("search", {"query": "  "}, ["search", "  "]),
    ("ask", {"question": "x" * 1001}, ["ask", "x" * 1001]),
    ("list_facts", {"period": "2022-13"}, ["list", "--period", "2022-13"]),
    ("list_facts", {"section": "nowhere"}, ["list", "--section", "nowhere"]),
    ("list_facts", {"sort": "amount"}, ["list", "--sort", "amount"]),
    ("list_facts", {"unit": "kg"}, ["list", "--unit", "kg"]),
]
MALFORMED = [
    ("show", {"names": 42}),
    ("show", {}),
    ("search", {"query": "甲醇", "limit": 0}),
    ("list_facts", {"desc": "very"}),
    ("list_facts", {"sort": "amount", "measure": "share", "descending": True}),
    ("no_such_tool", {}),
]


@in_the_shared_session
async def _errors_then_a_good_call(session: mcp.ClientSession) -> tuple[list[Any], list[Any], Any]:
    first = [await session.call_tool(n, a) for n, a, _ in SAME_AS_CLI]
    second = [await session.call_tool(n, a) for n, a in MALFORMED]
    after = await session.call_tool("show", {"names": ["gdp"]})
    return first, second, after


def test_errors_are_the_commands_one_line_and_the_session_goes_on(
    served: Served, runner: CliRunner
) -> None:
    first, second, after = outcome(served, _errors_then_a_good_call)
    for (name, _, args), result in zip(SAME_AS_CLI, first, strict=True):
        assert result.is_error, name
        expected = cli_error(runner, *args)
        if name == "cite":  # the command prints found facts; the tool reports the missing one
            expected = cli_error(runner, "show", "gpd")
        assert text_of(result) == expected, name
    for (name, _), result in zip(MALFORMED, second, strict=True):
        assert result.is_error and "\n" not in text_of(result), name
    assert "names: Input should be a valid list" in text_of(second[0])
    assert "names: Field required" in text_of(second[1])
    assert text_of(second[4]) == (
        "list_facts: unknown argument 'descending'; it takes: section, tag, kind, entity, "
        "unit, measure, period, sort, desc, limit"
    )
    assert not after.is_error and json.loads(text_of(after))[0]["value"] == 143


@in_the_shared_session
async def _ask_for_nothing(session: mcp.ClientSession) -> list[Any]:
    return [
        await session.call_tool("search", {"query": "人口"}),
        await session.call_tool("list_facts", {"unit": "万元"}),
        await session.call_tool("ask", {"question": "2022年人口是多少"}),
    ]


def test_an_empty_result_is_not_an_error(served: Served) -> None:
    search, listing, ask = outcome(served, _ask_for_nothing)
    assert not search.is_error and json.loads(text_of(search)) == []
    assert not listing.is_error and listing.structured_content == {"result": []}
    answer = json.loads(text_of(ask))
    assert not ask.is_error and answer["answer"] is None and answer["fact"] is None


@in_the_shared_session
async def _read_the_resources(session: mcp.ClientSession) -> tuple[Any, dict[str, str]]:
    listed = (await session.list_resources()).resources
    texts = {}
    for resource in listed:
        contents = (await session.read_resource(resource.uri)).contents
        texts[str(resource.uri)] = contents[0].text  # type: ignore[union-attr]
    return listed, texts


def test_the_report_and_each_section_are_resources(served: Served) -> None:
    listed, texts = outcome(served, _read_the_resources)
    sections = [s["id"] for s in json.loads(CliRunner().invoke(app, ["sections", "--json"]).stdout)]
    assert [str(r.uri) for r in listed] == [
        "jzfacts://report",
        *(f"jzfacts://sections/{s}" for s in sections),
    ]
    assert all(r.mime_type == "text/plain" and r.description for r in listed)
    assert texts["jzfacts://report"] == REPORT.read_text(encoding="utf-8-sig")
    cadres = texts["jzfacts://sections/cadres"]
    assert cadres.startswith("● 充实领导干部队伍，激活一池春水。")
    assert "● " not in cadres[2:]
    assert "晋中开发区坚持党管干部原则" in cadres
    assert texts["jzfacts://sections/intro"].startswith("刚刚过去的2022年")
    # Every section's text, in order, makes up the report.
    joined = "".join(texts[f"jzfacts://sections/{s}"] for s in sections)
    assert "".join(joined.split()) == "".join(texts["jzfacts://report"].split())


def test_another_fact_base_with_data(tmp_path: Path) -> None:
    copy = tmp_path / "base"
    copy.mkdir()
    (copy / "facts.yaml").write_bytes(FACTS.read_bytes())
    (copy / "report.txt").write_bytes(REPORT.read_bytes())

    async def use(session: mcp.ClientSession) -> Any:
        return await session.call_tool("show", {"names": ["gdp"]})

    result = with_session(tmp_path, use, "--data", str(copy / "facts.yaml"))
    assert json.loads(text_of(result))[0]["quote"] == "地区生产总值完成143亿元"


def forget_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a process that has not imported jzfacts.mcpserver yet."""
    import jzfacts

    monkeypatch.delitem(sys.modules, "jzfacts.mcpserver", raising=False)
    monkeypatch.delattr(jzfacts, "mcpserver", raising=False)


def test_a_missing_extra_says_how_to_install_it(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    forget_the_server(monkeypatch)
    import_the_sdk()  # loaded, as the module's import once did: so each of its modules is blocked
    for name in [m for m in sys.modules if m == "mcp" or m.startswith("mcp.")]:
        monkeypatch.setitem(sys.modules, name, None)  # importing it raises ImportError
    result = runner.invoke(app, ["mcp"])
    assert result.exit_code == 2 and result.stdout == ""
    assert (
        result.stderr == "jzfacts: the MCP server needs the mcp extra: pip install 'jzfacts[mcp]'\n"
    )


@pytest.mark.parametrize("missing", ["mcp.server.mcpserver", "pydantic"])
def test_an_sdk_without_what_the_server_needs_counts_as_missing(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    """mcp 1.x has no mcp.server.mcpserver; the message is the same as with no SDK."""
    forget_the_server(monkeypatch)
    import_the_sdk()  # loaded, as the module's import once did
    monkeypatch.setitem(sys.modules, missing, None)
    result = runner.invoke(app, ["mcp"])
    assert result.exit_code == 2
    assert (
        result.stderr == "jzfacts: the MCP server needs the mcp extra: pip install 'jzfacts[mcp]'\n"
    )


def test_a_bad_fact_base_fails_before_serving(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "facts.yaml"
    bad.write_text("facts: {}\n", encoding="utf-8")
    result = runner.invoke(app, ["--data", str(bad), "mcp"])
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.startswith(f"jzfacts: {bad}:1:1: ")


def test_garbage_on_the_wire_does_not_end_the_session() -> None:
    """A line that is not JSON, an unknown method and bad arguments, then a good call; the
    server answers it, and exits 0 when the client closes stdin."""
    from mcp.types import LATEST_PROTOCOL_VERSION

    server = subprocess.Popen(
        [sys.executable, "-m", "jzfacts", "mcp"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(),
    )
    assert server.stdin is not None and server.stdout is not None

    def send(message: dict[str, Any] | str) -> None:
        line = message if isinstance(message, str) else json.dumps(message)
        assert server.stdin is not None
        server.stdin.write(line.encode() + b"\n")
        server.stdin.flush()

    def receive() -> dict[str, Any]:
        assert server.stdout is not None
        answer: dict[str, Any] = json.loads(server.stdout.readline())
        return answer

    try:
        client = {"name": "raw", "version": "0"}
        params = {
            "protocolVersion": LATEST_PROTOCOL_VERSION,
            "capabilities": {},
            "clientInfo": client,
        }
        send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params})
        assert receive()["id"] == 1
        send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        send("this is not JSON")
        send({"jsonrpc": "2.0", "id": 2, "method": "no/such/method"})
        assert receive()["error"]["code"] == -32601
        call = {"name": "show", "arguments": {"names": "gdp"}}
        send({"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": call})
        assert receive()["result"]["isError"] is True
        call = {"name": "show", "arguments": {"names": ["gdp"]}}
        send({"jsonrpc": "2.0", "id": 4, "method": "tools/call", "params": call})
        good = receive()
        assert (
            good["id"] == 4 and json.loads(good["result"]["content"][0]["text"])[0]["id"] == "gdp"
        )
        server.stdin.close()
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        server.stdout.close()
        assert server.stderr is not None
        server.stderr.close()
