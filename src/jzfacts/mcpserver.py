"""`jzfacts mcp`: the fact base as tools and resources for AI assistants.

A Model Context Protocol server over stdio, on the official SDK (the `mcp` extra).
Each tool returns the JSON document the matching command prints with `--json` (as text,
and as structured content: objects as they are, lists under "result"), so an assistant
quotes the same figures, with the same source sentences, as the command line. Errors
are tool errors carrying the command line's one-line message; no request ends the
session. Resources: the report's text and each of its sections.

Imported only by the `mcp` command: the SDK brings pydantic, anyio and starlette.
"""

import functools
import inspect
import os
import sys
import threading
from collections.abc import Callable
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.mcpserver.resources import TextResource
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import Field, ValidationError

from jzfacts import __version__, answer, query, render, render_ask
from jzfacts import search as engine
from jzfacts.citation import cite_record
from jzfacts.errors import JzfactsError, NotFoundError, UsageError
from jzfacts.measures import MEASURES
from jzfacts.model import Fact, FactBase, Kind
from jzfacts.report import paragraph_around, read_report, section_texts

REPORT_URI = "jzfacts://report"
SECTION_URI = "jzfacts://sections/{id}"

QUOTE_IT = (
    " Quote the figure with its unit and its source sentence (the `quote` field, verbatim) "
    "and name the report. `quote_en` is the curator's English rendering of that sentence, "
    "not the report's words: give it beside the quote, say it is a rendering, and never "
    "put it in the quote's place. A derived fact is computed, not stated: say so and give its "
    "formula. An empty result means the report does not say: tell the user so, and do "
    "not guess or fill in a number from elsewhere."
)

INSTRUCTIONS = (
    "Facts from one report: {title} ({title_en}), issued by {issuer}. Every figure the "
    "report states is a fact with its verbatim quote; use these tools instead of memory "
    "for any number about it. Start with `ask` for a question or `search` for words "
    "(Chinese, English or pinyin); `show` gives facts by id, `compare` puts figures side by "
    "side, `cite` writes a citation, `list_facts` filters and ranks (the largest output "
    "values: measure output-value, sort amount, desc true)." + QUOTE_IT + " The resources "
    "hold the report's text and each section, for the context a fact came from."
)

# --- argument schemas: each says what the argument means -------------------------------

Names = Annotated[
    list[str],
    Field(
        description="Fact ids, aliases or labels, e.g. ['gdp', '吉利汽车产值']; ids come "
        "from search, ask or list_facts results.",
    ),
]
Query = Annotated[
    str,
    Field(
        description="Words in Chinese, English or pinyin, or a whole question: '甲醇', "
        "'吉利 产值', 'tax refund', 'gaoxin'."
    ),
]
Limit = Annotated[int, Field(ge=1, le=100, description="At most this many facts (1-100).")]
MinScore = Annotated[
    float,
    Field(
        ge=0,
        le=100,
        description="Hide facts scoring below this (0-100). The default keeps only real "
        "matches; lower it only to see near misses, which do not answer the question.",
    ),
]


def _choice(values: list[str], text: str) -> Any:
    """An optional string restricted to `values` (the engine checks it with its own message)."""
    return Field(default=None, description=text, json_schema_extra={"enum": [*values, None]})


# --- results --------------------------------------------------------------------------------


def _result(document: Any) -> CallToolResult:
    """The document as `--json` prints it, and as structured content (an object)."""
    structured = document if isinstance(document, dict) else {"result": document}
    return CallToolResult(
        content=[TextContent(type="text", text=render.to_json(document))],
        structured_content=structured,
    )


def _error(message: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=message)], is_error=True)


class _Server(MCPServer[Any]):
    """The SDK's server, with argument errors as one line each like every other error, and
    unknown arguments refused: the SDK would drop them silently, and a misspelt `desc` or
    `measure` would give a wrong answer that looks right."""

    arguments: dict[str, list[str]]  # tool -> the arguments it takes

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        known = self.arguments.get(name)
        unknown = [a for a in arguments if known is not None and a not in known]
        if unknown:
            takes = ", ".join(known or ()) or "none"
            return _error(f"{name}: unknown argument {unknown[0]!r}; it takes: {takes}")
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            cause = exc.__cause__
            if isinstance(cause, ValidationError):
                return _error(f"{name}: invalid arguments: {_one_line(cause)}")
            return _error(str(exc).splitlines()[0] if str(exc) else f"{name} failed")


def _one_line(error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "arguments"
        problems.append(f"{where}: {item['msg']}")
    return "; ".join(problems)


# --- the server -------------------------------------------------------------------------


def build(base: FactBase) -> MCPServer[Any]:
    """The server for one fact base: tools, resources and instructions."""
    source = base.source
    server = _Server(
        name="jzfacts",
        title=f"jzfacts: {source.title}",
        version=__version__,
        instructions=INSTRUCTIONS.format(
            title=source.title,
            title_en=source.title_en or source.title,
            issuer=source.issuer or "its issuer",
        ),
        log_level="WARNING",
    )
    server.arguments = {}
    # The engine is not written for threads; the SDK runs each call on a worker thread.
    lock = threading.Lock()

    def tool(title: str, description: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def register(fn: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(fn)
            def guarded(**arguments: Any) -> CallToolResult:
                try:
                    with lock:
                        return _result(fn(**arguments))
                except JzfactsError as exc:
                    return _error(str(exc))
                except Exception as exc:  # a bug: one line to the assistant, never a crash
                    if os.environ.get("JZFACTS_DEBUG"):
                        import traceback

                        traceback.print_exc(file=sys.stderr)
                    return _error(
                        f"internal error ({type(exc).__name__}); this is a bug, please "
                        "report it with the request that caused it"
                    )

            server.arguments[fn.__name__] = list(inspect.signature(fn).parameters)
            server.add_tool(
                guarded,  # structured_output=False: its CallToolResult goes out as it is
                name=fn.__name__,
                title=title,
                description=description + QUOTE_IT,
                annotations=ToolAnnotations(
                    title=title, read_only_hint=True, idempotent_hint=True, open_world_hint=False
                ),
                structured_output=False,
            )
            return fn

        return register

    @tool(
        "Search the facts",
        "Facts ranked for words or a question, best first; each with its value, unit, "
        "period, section, quote (and quote_en), and a score (0-100).",
    )
    def search(
        query: Query, limit: Limit = 10, min_score: MinScore = engine.DEFAULT_MIN_SCORE
    ) -> list[dict[str, Any]]:
        matches = engine.search(base, _query_text(query), limit=limit, min_score=min_score)
        return [render.match_record(base, m) for m in matches]

    @tool(
        "Show facts",
        "The facts named, in full: labels in Chinese and English, value, unit, plain "
        "English amount, period, section, quote, quote_en, note, formula of a derived fact.",
    )
    def show(
        names: Names,
        context: Annotated[
            bool, Field(description="Add the report paragraph around each quote.")
        ] = False,
    ) -> list[dict[str, Any]]:
        facts = _resolve(base, names)
        records = [render.fact_record(base, f) for f in facts]
        if context:
            for record, fact in zip(records, facts, strict=True):
                record["context"] = paragraph_around(base, fact.quote) if fact.quote else None
        return records

    @tool(
        "Ask a question",
        "One answer to a question in Chinese or English: `answer` is the sentence(s) with "
        "the figure and its source, `facts` the facts it rests on (a superlative or a "
        "comparison ranks several). When the report does not state what is asked, "
        "`answered` is false, `reason` says why (unstated-measure: the report names the "
        "subject but not what is asked about it; ambiguous: several facts fit; no-match: "
        "the report says nothing about it), `message` says it in the question's language, "
        "and `candidates` lists related facts — they are not the answer.",
    )
    def ask(
        question: Annotated[
            str, Field(description="A question: '2022年地区生产总值是多少', 'what was GDP?'")
        ],
    ) -> dict[str, Any]:
        return render_ask.record(base, answer.ask(base, _query_text(question)))

    @tool(
        "Compare facts",
        "Facts side by side against the first: each with `ratio` (×) and `difference` "
        "where the units compare (亿元 with 万元, counts of the same thing, % with %), "
        "otherwise a `compare_note` saying why not.",
    )
    def compare(
        names: Annotated[
            list[str],
            Field(
                description="Two or more fact ids, aliases or labels; the first is the base "
                "of the ratios, e.g. ['gdp', 'strategic-emerging-output'].",
            ),
        ],
    ) -> dict[str, Any]:
        facts = _resolve(base, names)
        return render.comparison_record(base, query.compare(base, facts))

    @tool(
        "Cite facts",
        "A citation per fact for an article: 「quote」, the value, the report's title and "
        "section, hedged as the report hedges it (突破 over, 约 about); quote_en beside it.",
    )
    def cite(
        names: Names,
        markdown: Annotated[
            bool, Field(description="A Markdown footnote ([^id]: …) instead of plain text.")
        ] = False,
    ) -> list[dict[str, Any]]:
        return [cite_record(base, f, markdown) for f in _resolve(base, names)]

    @tool(
        "List facts",
        "Facts passing every filter given (all facts when none), in report order or "
        "ranked; the same filters as `jzfacts list`. E.g. the five largest output values: "
        "measure 'output-value', sort 'amount', desc true, limit 5.",
    )
    def list_facts(
        section: Annotated[
            str | None,
            Field(description="A section id (see the sections resources) or words of its heading."),
        ] = None,
        tag: Annotated[str | None, Field(description="A topic tag, e.g. 'methanol'.")] = None,
        kind: Annotated[
            str | None,
            _choice(
                [k.value for k in Kind],
                "figure (stated), derived (computed from stated figures), event or statement.",
            ),
        ] = None,
        entity: Annotated[
            str | None,
            Field(description="A company or body, in Chinese or English: '吉利', 'Geely'."),
        ] = None,
        unit: Annotated[
            str | None,
            Field(description="A unit exactly as stated: 亿元, 万元, 户, 家, 人, %, 个百分点 …"),
        ] = None,
        measure: Annotated[
            str | None,
            _choice(
                list(MEASURES),
                "What the number is: "
                + "; ".join(f"{m.id} = {m.about}" for m in MEASURES.values())
                + ".",
            ),
        ] = None,
        period: Annotated[
            str | None,
            Field(
                description=f"Facts whose period lies in {query.PERIOD_HELP}; 2022-12 is "
                "how the base records 年底 (the year's end)."
            ),
        ] = None,
        sort: Annotated[
            str | None,
            _choice(
                list(query.SORT_KEYS),
                "value (as stated), amount (in base units, so 亿元 ranks with 万元; needs one "
                "kind of amount: filter by measure or unit), period (by its end) or id. "
                "Default: report order.",
            ),
        ] = None,
        desc: Annotated[
            bool, Field(description="Largest, latest or last first (report order reversed).")
        ] = False,
        limit: Annotated[
            int | None, Field(ge=1, description="At most this many facts (after sorting).")
        ] = None,
    ) -> list[dict[str, Any]]:
        facts = query.select(
            base,
            section=section,
            tag=tag,
            kind=kind,
            entity=entity,
            unit=unit,
            measure=measure,
            period=period,
        )
        ranked = query.rank(facts, sort, descending=desc, limit=limit)
        return [render.fact_record(base, f) for f in ranked]

    _add_resources(server, base)
    return server


def _add_resources(server: MCPServer[Any], base: FactBase) -> None:
    text = read_report(base)
    source = base.source
    server.add_resource(
        TextResource(
            uri=REPORT_URI,
            name="report",
            title=source.title,
            description=f"The whole text of {source.title_en or source.title}, as the fact "
            "base checks its quotes against (the PDF's line breaks kept).",
            mime_type="text/plain",
            text=text,
        )
    )
    parts = section_texts(base, text)
    for section in base.sections:
        server.add_resource(
            TextResource(
                uri=SECTION_URI.format(id=section.id),
                name=f"section {section.id}",
                title=f"{section.zh} {section.en}",
                description=f"The report's section “{section.en}”, heading and text.",
                mime_type="text/plain",
                text=parts.get(section.id, ""),
            )
        )


def _query_text(text: str) -> str:
    """The CLI's checks on a query, with its messages."""
    if not text.strip():
        raise UsageError("the query is empty")
    if len(text) > engine.MAX_QUERY:
        raise UsageError(
            f"the query is {len(text):,} characters long; {engine.MAX_QUERY:,} is the limit"
        )
    return text


def _resolve(base: FactBase, names: list[str]) -> list[Fact]:
    """The facts named, or an error naming those that are not (with suggestions)."""
    if not names:
        raise UsageError("no names given")
    if any(not name.strip() for name in names):
        raise UsageError("an empty name")
    facts, missing = query.resolve_all(base, names)
    if missing:
        raise NotFoundError("; ".join(query.not_found_message(base, n) for n in missing))
    return facts


def serve(base: FactBase) -> None:
    """Serve over stdin/stdout until the client closes them."""
    build(base).run("stdio")
