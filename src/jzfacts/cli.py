"""The command line: parse arguments, call the engine, hand results to a renderer.

Exit codes: 0 results printed, 1 nothing found, 2 usage error or an unusable
environment (stdout full or closed, stdin unreadable, out of memory), 3 bad data,
4 internal error (a bug), 130 interrupted, 141 stdout closed early (a broken pipe, as if
by SIGPIPE). `outcome` is the one place that maps an exception to a code and a message.
"""

import copy
import functools
import itertools
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, Optional, TypeVar

import typer

from jzfacts import __version__
from jzfacts.errors import DataError, ExitCode, JzfactsError, NotFoundError, UsageError
from jzfacts.render import OutputFormat

if TYPE_CHECKING:
    from jzfacts.cache import CacheDir
    from jzfacts.model import FactBase

EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
NAMES_PER_BATCH = 1000  # names from stdin are resolved and printed this many at a time
MAX_COMPARE = 10_000  # compare holds every row at once

HELP = """Cited answers about the Jinzhong Development Zone's 2022 year-end review
(综改区晋中开发区2022年工作回顾), from a curated, hand-checked fact base.

Output: a table on a terminal, TSV when piped; --format table|tsv|csv|json|jsonl|value.

Exit codes: 0 found, 1 nothing found, 2 usage error, 3 bad data,
4 internal error (please report it), 130 interrupted, 141 output pipe closed early;
2 also when stdout or stdin cannot be used (a full disk, a closed descriptor)."""

app = typer.Typer(
    help=HELP,
    add_completion=True,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _Options:
    """What the global options chose, for one invocation: kept on click's context (no
    module state, so in-process runs cannot leak into each other)."""

    def __init__(self, data: str | None, cache_dir: "CacheDir") -> None:
        self.data = data
        self.cache_dir = cache_dir


def _options() -> _Options:
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    found = ctx.find_object(_Options) if ctx is not None else None
    if found is None:  # a command called outside the app (tests): the defaults
        from jzfacts.cache import CacheDir

        found = _Options(None, CacheDir.from_environment())
        if ctx is not None:
            ctx.obj = found
    return found


# --- shared options (the Typer form of sqlite-utils' output options) ----------------------

FormatOpt = Annotated[
    Optional[OutputFormat],  # noqa: UP045 - typer reads Optional at runtime on 3.10
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="table on a terminal, tsv when piped (default); or csv, json, jsonl, value.",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
HeaderOpt = Annotated[bool, typer.Option("--header", help="Add a header row to TSV.")]
FieldOpt = Annotated[
    str,
    typer.Option(
        "--field", help="The field --format value prints: value, id, unit, quote, label.en …"
    ),
]
ColorOpt = Annotated[
    Optional[bool],  # noqa: UP045
    typer.Option(
        "--color/--no-color",
        help="Force colour on or off (default: on for a terminal, off for NO_COLOR or TERM=dumb).",
    ),
]


def _complete_names(ctx: typer.Context, incomplete: str) -> list[str]:
    """Fact ids and aliases starting with what has been typed (shell completion)."""
    try:
        from jzfacts import factbase, files

        data = ctx.find_root().params.get("data") if ctx is not None else None
        base = factbase.load(files.locate(data))
    except Exception:
        return []
    folded = incomplete.casefold()
    names = [f.id for f in base.facts] + [a for f in base.facts for a in f.aliases if " " not in a]
    return [n for n in dict.fromkeys(names) if n.casefold().startswith(folded)][:200]


BasePathArg = Annotated[
    Optional[str],  # noqa: UP045 - typer reads Optional at runtime on 3.10
    typer.Argument(
        metavar="[PATH]", help="Fact base to check (default: the one in use).", show_default=False
    ),
]
NamesArg = Annotated[
    list[str],
    typer.Argument(
        metavar="NAME...",
        help="Fact ids, aliases or labels; '-' reads names from stdin, one per line.",
        autocompletion=_complete_names,
        show_default=False,
    ),
]


# --- the boundary: errors to exit codes -----------------------------------------------------

F = TypeVar("F", bound=Callable[..., Any])


class Outcome(NamedTuple):
    """How a run ends: the exit code and what to say on stderr (None: nothing)."""

    code: int
    message: str | None = None
    plain: bool = False  # the message is text to print as is (help), not one line


def outcome(exc: BaseException) -> Outcome:
    """The one mapping from an exception to an exit code and a message (README, "Scripting").

    Environment faults (stdout full or closed, stdin unreadable, memory exhausted) are
    not bugs: one line and exit 2, the code of "the command cannot run as given"."""
    from typer import _click

    if isinstance(exc, typer.Exit):
        return Outcome(exc.exit_code)
    if isinstance(exc, SystemExit):  # sys.exit, or Ctrl-C (see __main__)
        code = exc.code
        return Outcome(0 if code is None else code if isinstance(code, int) else 1)
    if isinstance(exc, JzfactsError):
        return Outcome(int(exc.exit_code), str(exc))
    if isinstance(exc, _click.exceptions.NoArgsIsHelpError):
        # `jzfacts` or `jzfacts show` alone: the help, on stderr, as a usage error.
        text = exc.ctx.get_help() if exc.ctx is not None else HELP
        return Outcome(ExitCode.USAGE, text + "\n", plain=True)
    if isinstance(exc, _click.exceptions.UsageError):
        where = exc.ctx.command_path if exc.ctx is not None else "jzfacts"
        first = exc.format_message().splitlines()[0] if exc.format_message() else "usage error"
        return Outcome(ExitCode.USAGE, f"{first} (see '{where} --help')")
    if isinstance(exc, _click.exceptions.ClickException):
        return Outcome(exc.exit_code, exc.format_message())
    if isinstance(exc, (KeyboardInterrupt, typer.Abort)):
        return Outcome(EXIT_INTERRUPTED)
    if isinstance(exc, BrokenPipeError):
        _discard_stdout()  # the reader went away (`| head`): no message, as if by SIGPIPE
        return Outcome(EXIT_BROKEN_PIPE)
    if isinstance(exc, OSError) and _is_write_fault(exc):
        _discard_stdout()  # stdout failed where click writes itself (--help, --version)
        return Outcome(ExitCode.USAGE, _cannot_write(exc))
    if isinstance(exc, OSError):  # our own reads say which file; this is the environment
        where = f"{exc.filename}: " if exc.filename else ""
        return Outcome(ExitCode.USAGE, f"{where}{exc.strerror or exc}")
    if isinstance(exc, MemoryError):
        return Outcome(ExitCode.USAGE, "out of memory")
    return Outcome(
        ExitCode.INTERNAL,
        f"internal error ({type(exc).__name__}); this is a bug, please report it with the "
        "command you ran (set JZFACTS_DEBUG=1 to see the traceback)",
    )


def _debugging(ending: Outcome) -> bool:
    """JZFACTS_DEBUG=1 shows a bug's traceback instead of the one line."""
    return ending.code == ExitCode.INTERNAL and bool(os.environ.get("JZFACTS_DEBUG"))


def handled(command: F) -> F:
    """Run a command: check option values, then map whatever it raises (through
    `outcome`) to one stderr line and an exit code; say the cache's note, if any."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            _check_options(kwargs)
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except BaseException as exc:
            ending = outcome(exc)
            if _debugging(ending):
                raise
            _say_notes()
            if ending.message is not None:
                _say(ending.message)
            raise typer.Exit(ending.code) from None
        finally:
            _say_notes()  # once: a second call finds nothing to say
            _options().cache_dir.close()

    return wrapper  # type: ignore[return-value]


def _say(message: str) -> None:
    """One line on stderr: an error, a warning or a note, never data. Never raises: with
    stderr gone, the exit code is all that is left to say it."""
    from jzfacts.text import neutralise

    try:
        sys.stderr.write(f"jzfacts: {neutralise(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def _say_notes() -> None:
    """The cache's note (why it is off), once a run."""
    ctx_options = _options()
    note = ctx_options.cache_dir.take_note()
    if note is not None:
        _say(f"note: {note}")


def _check_options(values: dict[str, Any]) -> None:
    """Option values arrive with invalid UTF-8 as lone surrogates (surrogateescape): a
    usage error for every option that is text (paths, which may be any bytes, are
    arguments and --data, which are not checked here)."""
    from typer._click.globals import get_current_context
    from typer.core import TyperOption

    ctx = get_current_context(silent=True)
    for param in ctx.command.params if ctx is not None else ():
        value = values.get(param.name or "")
        if not isinstance(param, TyperOption) or value is None:
            continue
        for text in value if isinstance(value, (list, tuple)) else (value,):
            if isinstance(text, str):
                _check_text(text, f"{param.opts[0]} value")


# --- helpers the commands share -------------------------------------------------------------


def _base() -> "FactBase":
    from jzfacts import factbase, files

    options = _options()
    return factbase.load(files.locate(options.data), cache_dir=options.cache_dir)


def _check_text(value: str, what: str) -> str:
    """Arguments arrive with invalid UTF-8 as lone surrogates (surrogateescape)."""
    if any("\udc80" <= c <= "\udcff" for c in value):
        raise UsageError(f"the {what} is not valid UTF-8")
    return value


def _names_from(args: list[str]) -> Iterator[str]:
    """The names asked for, in order. Names from stdin ('-') are read as they are used,
    so that millions of them take bounded memory; the arguments are checked, and the
    first name read, before anything else happens."""
    for arg in args:
        if arg != "-":
            if not arg.strip():
                raise UsageError("an empty name")
            _check_text(arg, "name")

    def names() -> Iterator[str]:
        for arg in args:
            if arg == "-":
                yield from _stdin_lines()
            else:
                yield arg

    stream = names()
    first = next(stream, None)
    if first is None:
        raise UsageError("no names given")
    return itertools.chain((first,), stream)


def _batches(names: Iterator[str], size: int = NAMES_PER_BATCH) -> Iterator[list[str]]:
    while batch := list(itertools.islice(names, size)):
        yield batch


def _stdin_lines() -> Iterator[str]:
    """Names on stdin, one per line, read line by line: at most JZFACTS_MAX_BYTES in all."""
    from jzfacts.files import MAX_BYTES_ENV, max_bytes

    if sys.stdin is None or sys.stdin.closed:
        raise UsageError("'-' reads names from stdin, but stdin is closed")
    if sys.stdin.isatty():
        raise UsageError("'-' reads names from stdin, but stdin is a terminal; pipe names in")
    limit = max_bytes()
    stream = sys.stdin.buffer
    total = 0
    number = 0
    while True:
        try:
            line = stream.readline(limit + 1 - total)
        except OSError as exc:
            raise UsageError(f"cannot read names from stdin: {exc.strerror or exc}") from None
        if not line:
            return
        total += len(line)
        if total > limit:
            raise UsageError(f"more than {limit:,} bytes of names on stdin (see {MAX_BYTES_ENV})")
        number += 1
        try:
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"the names on stdin are not valid UTF-8 (line {number})") from None
        for name in text.splitlines():  # as before: \r, \u2028 … also end a name
            if name.strip():
                yield name.strip()


class Output:
    """Where results go: the chosen format, colour and width, and the one write."""

    def __init__(self, fmt: OutputFormat | None, as_json: bool, color: bool | None) -> None:
        if as_json:
            if fmt not in (None, OutputFormat.JSON):
                raise UsageError("--json and --format disagree; give one")
            fmt = OutputFormat.JSON
        tty = sys.stdout.isatty()
        self.format = fmt or (OutputFormat.TABLE if tty else OutputFormat.TSV)
        if color is None:
            color = tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        self.color = color
        self.width = _width(tty)

    @property
    def is_table(self) -> bool:
        return self.format is OutputFormat.TABLE

    @property
    def ascii_only(self) -> bool:
        return not _can_encode("地区生产总值")

    def write(self, text: str) -> None:
        encoding = sys.stdout.encoding or "utf-8"
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            raise UsageError(
                f"stdout's encoding ({encoding}) cannot show this text; set "
                "PYTHONIOENCODING=utf-8 or use --format json"
            ) from None
        try:
            sys.stdout.flush()
            # Unbuffered (python -u) stdout is raw FileIO, which may write only part of the
            # data to a pipe; loop until all is written or the pipe reports it is closed.
            view = memoryview(data)
            while view:
                written = sys.stdout.buffer.write(view)
                view = view[written or 0 :] if written is not None else view
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:  # a full disk (>/dev/full), a closed stdout (>&-), EIO
            _discard_stdout()
            raise UsageError(_cannot_write(exc)) from None

    def rich(self, renderables: list[Any]) -> None:
        from jzfacts import render_rich

        self.write(render_rich.render(renderables, color=self.color, width=self.width))


def _can_encode(sample: str) -> bool:
    try:
        sample.encode(sys.stdout.encoding or "utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _width(tty: bool) -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if tty:
        import shutil

        return shutil.get_terminal_size().columns
    return 4096  # off a terminal, never wrap data to rich's 80-column guess


def _emit_records(
    out: Output, records: list[Any], columns: Any, header: bool, field: str, document: Any = None
) -> None:
    from jzfacts import render

    if out.format is OutputFormat.VALUE:
        path = render.field_path(field)
        if not render.known_field(records, path):
            from jzfacts.text import clip

            raise UsageError(f"unknown --field {clip(field)!r}")
    out.write(
        render.render_flat(
            out.format,
            records,
            columns,
            header=header,
            field=field,
            document=document,
            ascii_only=out.ascii_only,
        )
    )


# --- commands -------------------------------------------------------------------------------


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"jzfacts {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--data",
            metavar="PATH",
            help="Fact base to use (default: $JZFACTS_DATA, then the packaged base).",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the compiled cache.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    if data is not None and not data.strip():
        raise typer.BadParameter("needs a path", param_hint="--data")
    from jzfacts.cache import CacheDir

    ctx.obj = _Options(data, CacheDir.disabled() if no_cache else CacheDir.from_environment())


@app.command()
@handled
def show(
    names: NamesArg,
    context: Annotated[
        bool, typer.Option("--context", help="Show the report paragraph around the quote.")
    ] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    field: FieldOpt = "value",
    color: ColorOpt = None,
) -> None:
    """One card per fact: labels, value and unit, period, section, quote, note."""
    from jzfacts import query

    out = Output(fmt, as_json, color)
    wanted = _names_from(names)
    base = _base()
    shown = missing = 0
    for batch in _batches(wanted):  # names from stdin: a batch at a time, bounded memory
        facts, not_found = query.resolve_all(base, batch)
        if facts:
            _show_facts(out, base, facts, context, header, field, first=not shown)
            shown += len(facts)
        for name in not_found:
            _say(query.not_found_message(base, name))
        missing += len(not_found)
    if shown and out.format is OutputFormat.JSON:
        from jzfacts import render

        out.write(render.JSON_ARRAY_END)
    if missing:
        raise typer.Exit(int(ExitCode.NOT_FOUND))


def _show_facts(
    out: Output,
    base: "FactBase",
    facts: list[Any],
    context: bool,
    header: bool,
    field: str,
    first: bool,
) -> None:
    """One batch of `show`: cards, or records in the chosen format (JSON as part of one
    array, CSV's header and TSV's --header only before the first batch)."""
    from jzfacts import render

    records = [render.fact_record(base, f) for f in facts]
    if context:
        from jzfacts.report import paragraph_around

        records = [
            dict(r, context=paragraph_around(base, f.quote) if f.quote else None)
            for r, f in zip(records, facts, strict=True)
        ]
    if out.is_table:
        from jzfacts import render_rich

        items: list[Any] = []
        for fact, record in zip(facts, records, strict=True):
            items.append(render_rich.fact_card(base, fact))
            if context and record["context"]:
                ctx = record["context"]
                items.append(
                    render_rich.context_view(fact, ctx["paragraph"], ctx["start"], ctx["end"])
                )
        out.rich(items)
        return
    columns = render.FACT_COLUMNS + (
        (render.Column("context", "context.paragraph"),) if context else ()
    )
    _emit_batch(out, records, columns, header, field, first)


def _emit_batch(
    out: Output, records: list[Any], columns: Any, header: bool, field: str, first: bool
) -> None:
    from jzfacts import render

    if out.format is OutputFormat.JSON:
        out.write(render.to_json_items(records, out.ascii_only, first))
    elif out.format is OutputFormat.CSV and not first:
        out.write(render.to_csv(records, columns, header=False))
    else:
        _emit_records(out, records, columns, header and first, field)


@app.command("list")
@handled
def list_(
    section: Annotated[
        str | None, typer.Option("--section", help="Section id or heading text.")
    ] = None,
    tag: Annotated[Optional[str], typer.Option("--tag", help="Only facts with this tag.")] = None,  # noqa: UP045
    kind: Annotated[
        str | None, typer.Option("--kind", help="figure, derived, event or statement.")
    ] = None,
    entity: Annotated[
        str | None, typer.Option("--entity", help="Only facts naming this company or body.")
    ] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    field: FieldOpt = "value",
    color: ColorOpt = None,
) -> None:
    """All facts passing the filters, one row each."""
    from jzfacts import query, render

    out = Output(fmt, as_json, color)
    base = _base()
    facts = query.select(base, section=section, tag=tag, kind=kind, entity=entity)
    if not facts:
        raise NotFoundError("no facts match those filters")
    records = [render.fact_record(base, f) for f in facts]
    if out.is_table:
        from jzfacts import render_rich

        out.rich([render_rich.fact_table(records)])
    else:
        _emit_records(out, records, render.FACT_COLUMNS, header, field)


@app.command()
@handled
def sections(
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    field: FieldOpt = "id",
    color: ColorOpt = None,
) -> None:
    """The report's sections with their fact counts."""
    from jzfacts import query, render

    out = Output(fmt, as_json, color)
    base = _base()
    records = render.section_records(base, query.section_counts(base))
    if out.is_table:
        from jzfacts import render_rich

        out.rich([render_rich.table(records, render.SECTION_COLUMNS)])
    else:
        _emit_records(out, records, render.SECTION_COLUMNS, header, field)


def _query_text(words: list[str]) -> str:
    text = " ".join(_check_text(w, "query") for w in words)
    if not text.strip():
        raise UsageError("the query is empty")
    from jzfacts.search import MAX_QUERY

    if len(text) > MAX_QUERY:
        raise UsageError(f"the query is {len(text):,} characters long; {MAX_QUERY:,} is the limit")
    return text


@app.command()
@handled
def search(
    query_words: Annotated[
        list[str],
        typer.Argument(
            metavar="QUERY...", help="Words in Chinese, English or pinyin.", show_default=False
        ),
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="Show at most this many facts.")
    ] = 10,
    min_score: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option(
            "--min-score", min=0, max=100, help="Hide facts scoring below this (0-100; default 60)."
        ),
    ] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    field: FieldOpt = "id",
    color: ColorOpt = None,
) -> None:
    """Rank facts for a query: 甲醇, '吉利 产值', 'tax refund', gaoxin, gxjs, Geeley."""
    from jzfacts import render
    from jzfacts import search as engine

    out = Output(fmt, as_json, color)
    text = _query_text(query_words)
    base = _base()
    threshold = engine.DEFAULT_MIN_SCORE if min_score is None else min_score
    if threshold != threshold:  # NaN passes typer's range check
        raise UsageError("--min-score must be a number from 0 to 100")
    matches = engine.search(base, text, limit=limit, min_score=threshold)
    if not matches:
        raise NotFoundError(f"no facts match {text!r}")
    records = [render.match_record(base, m) for m in matches]
    if out.is_table:
        from jzfacts import render_rich

        out.rich([render_rich.fact_table(records, matches)])
    else:
        _emit_records(out, records, render.SEARCH_COLUMNS, header, field)


@app.command()
@handled
def ask(
    question: Annotated[
        list[str],
        typer.Argument(
            metavar="QUESTION...", help="A question in Chinese or English.", show_default=False
        ),
    ],
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> None:
    """The one best fact as a sentence with its source, or the candidates when unsure."""
    from jzfacts import answer, render
    from jzfacts.text import neutralise

    if fmt in (OutputFormat.TSV, OutputFormat.CSV, OutputFormat.VALUE):
        raise UsageError("ask prints a sentence; --format takes table, json or jsonl")
    out = Output(fmt, as_json, color)
    text = _query_text(question)
    base = _base()
    result = answer.ask(base, text)
    if out.format in (OutputFormat.JSON, OutputFormat.JSONL):
        document = answer.record(base, result)
        out.write(
            render.to_json(document, out.ascii_only)
            if out.format is OutputFormat.JSON
            else render.to_jsonl([document], out.ascii_only)
        )
    elif result.fact is not None:
        out.write(neutralise(result.sentence) + "\n")
    elif result.candidates:
        records = [render.match_record(base, m) for m in result.candidates]
        if out.is_table:
            from jzfacts import render_rich

            out.rich([render_rich.fact_table(records, list(result.candidates))])
        else:
            label = "label.zh" if result.chinese else "label.en"
            columns = (
                render.Column("score", "score"),
                render.Column("id", "id"),
                render.Column("label", label),
            )
            out.write(render.to_tsv(records, columns, header=False))
    if result.fact is None:
        raise NotFoundError(result.reason)


@app.command()
@handled
def compare(
    names: NamesArg,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    field: FieldOpt = "ratio",
    color: ColorOpt = None,
) -> None:
    """Facts side by side against the first: common units, ratio (×) and difference."""
    from jzfacts import query, render

    out = Output(fmt, as_json, color)
    wanted = list(itertools.islice(_names_from(names), MAX_COMPARE + 1))
    if len(wanted) > MAX_COMPARE:
        raise UsageError(f"compare takes at most {MAX_COMPARE:,} names")
    base = _base()
    facts, missing = query.resolve_all(base, wanted)
    if missing:
        raise NotFoundError("; ".join(query.not_found_message(base, n) for n in missing))
    comparison = query.compare(base, facts)
    document = render.comparison_record(base, comparison)
    records = document["items"]
    if out.is_table:
        from jzfacts import render_rich

        out.rich(render_rich.comparison_view(comparison))
    else:
        _emit_records(out, records, render.COMPARE_COLUMNS, header, field, document=document)
    notes = [r.note for r in comparison.rows if r.note]
    if out.format in (OutputFormat.TABLE, OutputFormat.VALUE):  # the others carry a note column
        for note in dict.fromkeys(notes):
            _say(f"note: {note}")


@app.command()
@handled
def cite(
    names: NamesArg,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text (default), markdown, json or jsonl.")
    ] = "text",
    as_json: JsonOpt = False,
) -> None:
    """One line per fact for an article: 「quote」, value, the report's title and section."""
    from jzfacts import query, render
    from jzfacts.text import neutralise

    kind = "json" if as_json else fmt.lower()
    if kind not in ("text", "markdown", "json", "jsonl"):
        from jzfacts.text import clip

        raise UsageError(f"cite --format takes text, markdown, json or jsonl, not {clip(fmt)!r}")
    out = Output(None, False, False)
    wanted = _names_from(names)
    base = _base()
    shown = missing = 0
    for batch in _batches(wanted):  # names from stdin: a batch at a time, bounded memory
        facts, not_found = query.resolve_all(base, batch)
        records = [render.cite_record(base, f, kind == "markdown") for f in facts]
        if facts:
            if kind == "json":
                out.write(render.to_json_items(records, out.ascii_only, first=not shown))
            elif kind == "jsonl":
                out.write(render.to_jsonl(records, out.ascii_only))
            else:
                out.write("".join(neutralise(r["citation"]) + "\n" for r in records))
            shown += len(facts)
        for name in not_found:
            _say(query.not_found_message(base, name))
        missing += len(not_found)
    if shown and kind == "json":
        out.write(render.JSON_ARRAY_END)
    if missing:
        raise typer.Exit(int(ExitCode.NOT_FOUND))


@app.command()
@handled
def validate(
    path: BasePathArg = None,
) -> None:
    """Run every check on a fact base; print each problem as file:line:col: message."""
    from jzfacts import files, loader
    from jzfacts.text import neutralise

    location = files.locate(path if path is not None else _options().data)
    problems = list(loader.problems_in(location))
    if problems:
        Output(None, False, False).write("".join(neutralise(str(p)) + "\n" for p in problems))
        raise DataError(
            f"{location.shown}: {len(problems)} problem{'s' if len(problems) != 1 else ''}"
        )
    _say(f"{location.shown}: ok")


@app.command()
@handled
def coverage(
    path: BasePathArg = None,
    show_all: Annotated[
        bool,
        typer.Option("--all", help="List every figure and sentence with the facts covering it."),
    ] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    field: FieldOpt = "text",
    color: ColorOpt = None,
) -> None:
    """Every figure and sentence of the report with the facts that cover it; exit 1 on gaps."""
    from jzfacts import factbase, files, render
    from jzfacts.coverage import coverage as walk
    from jzfacts.report import read_report

    out = Output(fmt, as_json, color)
    options = _options()
    base = factbase.load(
        files.locate(path if path is not None else options.data), cache_dir=options.cache_dir
    )
    items = walk(base, read_report(base))
    gaps = [i for i in items if i.is_gap]
    shown = items if show_all else gaps
    records = render.coverage_records(shown)
    if out.is_table:
        if records:
            from jzfacts import render_rich

            out.rich([render_rich.table(records, render.COVERAGE_COLUMNS)])
    else:  # JSON stays one document ([] when nothing is missing), CSV keeps its header
        _emit_records(out, records, render.COVERAGE_COLUMNS, header, field)
    figures = sum(1 for i in items if i.kind == "figure")
    plural = "s" if len(gaps) != 1 else ""
    _say(
        f"{len(items) - len(gaps)} of {len(items)} covered or excluded "
        f"({figures} figures, {len(items) - figures} sentences); {len(gaps)} gap{plural}"
    )
    if gaps:
        raise typer.Exit(int(ExitCode.NOT_FOUND))


# --- entry point ----------------------------------------------------------------------------


def main() -> None:
    """Console-script entry: run the app; `outcome` maps whatever escapes it."""
    _guard_standard_streams()
    try:
        code = _app_for(sys.argv[1:])(standalone_mode=False, prog_name="jzfacts")
        try:
            sys.stdout.flush()  # what --version, --help or a command left buffered
        except BrokenPipeError:
            raise
        except OSError as exc:
            _discard_stdout()
            raise UsageError(_cannot_write(exc)) from None
    except BaseException as exc:  # the last line of defence: one line, no traceback
        try:
            ending = outcome(exc)
        except Exception:  # never a traceback, even from a bug in outcome itself
            ending = Outcome(ExitCode.INTERNAL, "internal error; this is a bug, please report it")
        if _debugging(ending):
            raise
        if ending.message is not None and ending.plain:
            with _suppressed():
                sys.stderr.write(ending.message)
        elif ending.message is not None:
            _say(ending.message)
        code = ending.code
    sys.exit(code if isinstance(code, int) else 0)


def _suppressed() -> Any:
    import contextlib

    return contextlib.suppress(OSError, ValueError, AttributeError)


def _guard_standard_streams() -> None:
    """Started with stdin, stdout or stderr closed (`>&-`): Python sets them to None, and
    the first file we open would take their descriptor (a cache file written as if it
    were stdout). Keep descriptors 0-2 taken by /dev/null; writing results to a closed
    stdout then fails as it should (EBADF: exit 2 with one line), a closed stderr
    swallows messages, and a closed stdin is reported when names are read from it."""
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
        if name == "stdout":
            sys.stdout = _closed_stdout()
        elif name == "stderr":
            sys.stderr = open(fd, "w", closefd=False)  # noqa: SIM115 - lives as long as we do


def _closed_stdout() -> Any:
    """A text stream whose first write reports EBADF, as a closed descriptor would."""
    import errno
    import io

    class Closed(io.RawIOBase):
        reported = False

        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            if not Closed.reported:  # once: at exit, flushing what is left says nothing
                Closed.reported = True
                raise OSError(errno.EBADF, "Bad file descriptor")
            return len(data)

    return io.TextIOWrapper(io.BufferedWriter(Closed()), encoding="utf-8")


_GLOBAL_WITH_VALUE = ("--data",)


def _app_for(args: list[str]) -> typer.Typer:
    """The app, trimmed to the one command being run when that is unambiguous.

    Typer turns every registered command into a click command (inspecting signatures
    and type hints) on every start, about 1.5 ms a command; a script calling
    `jzfacts show` in a loop pays only for `show`. Help, completion and anything
    unusual get the whole app.
    """
    if os.environ.get("_JZFACTS_COMPLETE"):
        return app
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in _GLOBAL_WITH_VALUE:
            skip = True
            continue
        if arg.startswith("-"):
            if arg in ("--help", "-h") or arg.endswith("-completion"):
                return app
            continue
        chosen = [c for c in app.registered_commands if _command_name(c) == arg]
        if len(chosen) != 1:
            return app
        trimmed = copy.copy(app)
        trimmed.registered_commands = chosen
        return trimmed
    return app


def _command_name(info: Any) -> str:
    return str(info.name or info.callback.__name__.replace("_", "-"))


def _is_write_fault(exc: OSError) -> bool:
    """An error of writing to stdout: our own file reads and writes never let these escape
    bare (they name their file, or are caught where they happen)."""
    import errno

    faults = (errno.EIO, errno.EBADF, errno.EFBIG, errno.ENOSPC, getattr(errno, "EDQUOT", 0))
    return exc.filename is None and exc.errno in faults


def _cannot_write(exc: OSError) -> str:
    import errno

    why = "stdout is closed" if exc.errno == errno.EBADF else exc.strerror or str(exc)
    return f"cannot write the results: {why}"


def _discard_stdout() -> None:
    """stdout failed (a closed pipe, a full disk): point it at /dev/null, so that what
    is still buffered is dropped quietly at exit instead of raising again."""
    with _suppressed():
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
