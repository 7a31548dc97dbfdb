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
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, Optional, TypeVar

import typer

from jzfacts import __version__
from jzfacts.errors import (
    DataError,
    ExitCode,
    JzfactsError,
    NotFoundError,
    UsageError,
    exit_within,
)
from jzfacts.measures import MEASURES
from jzfacts.model import Kind
from jzfacts.prose import LANG_ENV, Lang, Style
from jzfacts.query import SortKey
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
Language: --lang zh|en|both or $JZFACTS_LANG (cards and tables in both; search and ask
answer in the query's language).

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


if TYPE_CHECKING:
    MeasureName = str
else:
    # The choices --measure takes, from measures.py; a Literal, so Typer lists and checks
    # them at no start-up cost (building an Enum of them costs about 0.2 ms).
    MeasureName = Literal[tuple(MEASURES)]


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
LangOpt = Annotated[
    Optional[Lang],  # noqa: UP045
    typer.Option(
        "--lang",
        case_sensitive=False,
        help=f"Language of cards and tables: zh, en or both (default: ${LANG_ENV}, else both).",
        show_default=False,
    ),
]


def _columns_help(names: str, default: str) -> str:
    return (
        f"TSV/CSV columns to print, comma-separated, in order (default: {default}). "
        f"Columns: {names}."
    )


_FACT_COLUMN_NAMES = (
    "id, kind, label_zh, label_en, value, unit, qualifier, plain, amount, amount_unit, "
    "measure, period, section, section_zh, section_en, quote, quote_marked, note, errata, "
    "tags, entities, entities_en, aliases, formula"
)
_FACT_COLUMN_DEFAULT = "id kind label_zh label_en value unit period section quote qualifier"
FactColumnsOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--columns",
        metavar="NAMES",
        help=_columns_help(_FACT_COLUMN_NAMES, _FACT_COLUMN_DEFAULT),
        show_default=False,
    ),
]
SearchColumnsOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--columns",
        metavar="NAMES",
        help=_columns_help(
            f"score, matched_field, {_FACT_COLUMN_NAMES}", f"score {_FACT_COLUMN_DEFAULT}"
        ),
        show_default=False,
    ),
]
CompareColumnsOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--columns",
        metavar="NAMES",
        help=_columns_help(
            _FACT_COLUMN_NAMES.replace("note, ", "fact_note, ")
            + ", ratio, difference, difference_unit, compare_qualifier, note, note_zh",
            "id label_zh value unit amount amount_unit ratio difference difference_unit note "
            "qualifier compare_qualifier",
        ),
        show_default=False,
    ),
]
SectionColumnsOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--columns",
        metavar="NAMES",
        help=_columns_help("id, facts, zh, en", "id facts zh en"),
        show_default=False,
    ),
]
EntityColumnsOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--columns",
        metavar="NAMES",
        help=_columns_help("zh, en, aliases, facts", "zh en aliases facts"),
        show_default=False,
    ),
]
TagColumnsOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--columns",
        metavar="NAMES",
        help=_columns_help("tag, facts, ids", "tag facts"),
        show_default=False,
    ),
]
CoverageColumnsOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--columns",
        metavar="NAMES",
        help=_columns_help(
            "kind, line, text, covered_by, excluded_because, gap",
            "kind line text covered_by excluded_because",
        ),
        show_default=False,
    ),
]


def _field_help(fields: str) -> str:
    return f"The field --format value prints, a dotted path into the JSON record: {fields}."


def _field(fields: str) -> Any:
    return typer.Option("--field", metavar="PATH", help=_field_help(fields))


FactFieldOpt = Annotated[
    str,
    _field(
        "value (as written), id, label (label.zh; label.en with --lang en), label.en, "
        "unit, qualifier, plain, amount.value, measure, period, section.id, section.en, "
        "quote, quote_marked, note, tags, entities …"
    ),
]
SearchFieldOpt = Annotated[
    str, _field("id, score, matched_field, value, label.zh, label.en, plain, quote …")
]
SectionFieldOpt = Annotated[str, _field("id, facts, zh, en")]
CompareFieldOpt = Annotated[
    str,
    _field(
        "ratio, difference, difference_unit, compare_qualifier, compare_note, "
        "compare_note_zh, id, value, unit, plain, measure …"
    ),
]
CoverageFieldOpt = Annotated[str, _field("text, kind, line, covered_by, excluded_because, gap")]
EntityFieldOpt = Annotated[str, _field("zh, en, aliases, facts")]
TagFieldOpt = Annotated[str, _field("tag, facts, ids")]
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


def _clip_quoted(message: str) -> str:
    """A usage message with any long quoted value it echoes clipped (a 120 KB option)."""
    import re

    from jzfacts.text import clip

    return re.sub(r"'([^']{61,})'", lambda m: repr(clip(m.group(1))), message)


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
        return Outcome(ExitCode.USAGE, f"{_clip_quoted(first)} (see '{where} --help')")
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
    ended = exit_within(exc)  # an exit re-raised as another error (exc itself is none)
    if ended is not None:
        return outcome(ended)
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

    def __init__(
        self,
        fmt: OutputFormat | None,
        as_json: bool,
        color: bool | None,
        columns: str | None = None,
    ) -> None:
        if as_json:
            if fmt not in (None, OutputFormat.JSON):
                raise UsageError("--json and --format disagree; give one")
            fmt = OutputFormat.JSON
        tty = sys.stdout.isatty()
        if fmt is None and columns is not None:
            fmt = OutputFormat.TSV  # --columns asks for a flat format
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


# Tables off a terminal with no COLUMNS: the width people read and paste at.
DEFAULT_WIDTH = 80


def _width(tty: bool) -> int:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return min(int(columns), 10_000)
    if tty:
        import shutil

        return shutil.get_terminal_size().columns
    return DEFAULT_WIDTH


def _lang(given: Lang | None, default: Lang) -> Lang:
    """--lang, else $JZFACTS_LANG, else the command's default."""
    if given is not None:
        return given
    env = os.environ.get(LANG_ENV, "").strip().lower()
    if env:
        try:
            return Lang(env)
        except ValueError:
            from jzfacts.text import clip

            raise UsageError(f"{LANG_ENV} must be zh, en or both, not {clip(env, 20)!r}") from None
    return default


def _text_lang(text: str, pinyin: bool = False) -> Lang:
    """The language a query is in: Chinese when it has Chinese (or found facts by their
    pinyin), else English."""
    from jzfacts.text import has_cjk

    return Lang.ZH if has_cjk(text) or pinyin else Lang.EN


def _columns(out: Output, fields: Any, wanted: str | None, default: Any) -> Any:
    """The TSV/CSV columns: --columns in its order, else the command's default."""
    if wanted is None:
        return default
    if out.format not in (OutputFormat.TSV, OutputFormat.CSV):
        raise UsageError("--columns chooses TSV and CSV columns; add --format tsv or csv")
    from jzfacts import render

    return render.choose_columns(fields, wanted)


def _emit_records(
    out: Output,
    records: list[Any],
    columns: Any,
    header: bool,
    field: str,
    document: Any = None,
    lang: Lang | None = None,
) -> None:
    from jzfacts import render

    if out.format is OutputFormat.VALUE:
        path = render.field_path(field, lang)
        if not render.known_field(records, path):
            from jzfacts.text import clip

            known = ", ".join(render.field_names(records[:50]))
            raise UsageError(f"unknown --field {clip(field, 40)!r}; fields are: {known}")
    out.write(
        render.render_flat(
            out.format,
            records,
            columns,
            header=header,
            field=field,
            document=document,
            ascii_only=out.ascii_only,
            lang=lang,
        )
    )


def _emit_nothing(out: Output, columns: Any) -> None:
    """What a command that found nothing prints: [] for JSON (so jq reads it), the
    header for CSV, nothing otherwise (the exit code and stderr say why)."""
    from jzfacts import render

    if out.format is OutputFormat.JSON:
        out.write(render.to_json([]))
    elif out.format is OutputFormat.CSV:
        out.write(render.render_flat(out.format, [], columns))


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


def _examples(*lines: str) -> str:
    """The end of a command's --help: real commands, each run by tests/test_help.py."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


@app.command(
    epilog=_examples(
        "jzfacts show gdp",
        "jzfacts show geely-output gdp-growth --lang en",
        "printf 'gdp\\nhigh-tech-enterprises\\n' | jzfacts show - --format value",
    )
)
@handled
def show(
    names: NamesArg,
    context: Annotated[
        bool, typer.Option("--context", help="Show the report paragraph around the quote.")
    ] = False,
    lang: LangOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    columns: FactColumnsOpt = None,
    field: FactFieldOpt = "value",
    color: ColorOpt = None,
) -> None:
    """One card per fact: labels, value and unit, period, section, quote, note."""
    from jzfacts import query

    out = Output(fmt, as_json, color, columns)
    chosen = _lang(lang, Lang.BOTH)
    wanted = _names_from(names)
    base = _base()
    shown = missing = 0
    for batch in _batches(wanted):  # names from stdin: a batch at a time, bounded memory
        facts, not_found = query.resolve_all(base, batch)
        if facts:
            _show_facts(out, base, facts, context, header, field, not shown, chosen, columns)
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
    lang: Lang,
    columns: str | None,
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
            items.append(render_rich.fact_card(base, fact, lang, out.width))
            if context and record["context"]:
                ctx = record["context"]
                items.append(
                    render_rich.context_view(
                        fact, ctx["paragraph"], ctx["start"], ctx["end"], out.width
                    )
                )
        out.rich(items)
        return
    default = render.FACT_COLUMNS + (
        (render.Column("context", "context.paragraph"),) if context else ()
    )
    fields = {**render.FACT_FIELDS, "context": render.Column("context", "context.paragraph")}
    chosen_columns = _columns(out, fields, columns, default)
    _emit_batch(out, records, chosen_columns, header, field, first, lang)


def _emit_batch(
    out: Output,
    records: list[Any],
    columns: Any,
    header: bool,
    field: str,
    first: bool,
    lang: Lang,
) -> None:
    from jzfacts import render

    if out.format is OutputFormat.JSON:
        out.write(render.to_json_items(records, out.ascii_only, first))
    elif out.format is OutputFormat.CSV and not first:
        out.write(render.to_csv(records, columns, header=False))
    else:
        _emit_records(out, records, columns, header and first, field, lang=lang)


@app.command(
    "list",
    epilog=_examples(
        "jzfacts list --entity Geely",
        "jzfacts list --kind derived --format tsv --columns id,qualifier,value,unit,plain",
        "jzfacts list --tag methanol --lang en",
    ),
)
@handled
def list_(
    section: Annotated[
        str | None, typer.Option("--section", help="Section id or heading text.")
    ] = None,
    tag: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--tag", help="Only facts with this tag ('jzfacts tags' lists them)."),
    ] = None,
    kind: Annotated[
        Optional[Kind],  # noqa: UP045
        typer.Option("--kind", case_sensitive=False, help="Only facts of this kind."),
    ] = None,
    entity: Annotated[
        str | None,
        typer.Option(
            "--entity",
            help="Only facts naming this company or body, in Chinese or English "
            "(吉利, Geely; 'jzfacts entities' lists them).",
        ),
    ] = None,
    unit: Annotated[
        str | None, typer.Option("--unit", help="Only facts in this unit as stated: 亿元, 户, % …")
    ] = None,
    measure: Annotated[
        Optional[MeasureName],  # noqa: UP045
        typer.Option(
            "--measure",
            case_sensitive=False,
            help="Only facts of this measure (what the number is).",
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            metavar="PERIOD",
            help="Only facts whose period lies in 2022, 2022-06 or 2022-04..2022-06 "
            "(2022-12 is the year's end).",
        ),
    ] = None,
    sort: Annotated[
        Optional[SortKey],  # noqa: UP045
        typer.Option(
            "--sort",
            case_sensitive=False,
            help="Order by the value as stated, the amount in base units (亿元 with 万元), "
            "the period's end, or the id (default: report order).",
        ),
    ] = None,
    desc: Annotated[bool, typer.Option("--desc", help="Largest, latest or last first.")] = False,
    limit: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--limit", "-n", min=1, help="Show at most this many facts."),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    columns: FactColumnsOpt = None,
    field: FactFieldOpt = "value",
    color: ColorOpt = None,
) -> None:
    """All facts passing the filters, one row each, in report order or ranked."""
    from jzfacts import query, render

    out = Output(fmt, as_json, color, columns)
    chosen = _lang(lang, Lang.BOTH)
    chosen_columns = _columns(out, render.FACT_FIELDS, columns, render.FACT_COLUMNS)
    base = _base()
    declared = base.entity(entity) if entity is not None and entity.strip() else None
    facts = query.select(
        base,
        section=section,
        tag=tag,
        kind=kind,
        entity=declared.zh if declared is not None else entity,
        unit=unit,
        measure=measure,
        period=period,
    )
    if not facts:
        _emit_nothing(out, chosen_columns)
        hint = ""
        if entity is not None and declared is None:
            hint = f" (no entity is named {entity!r}; 'jzfacts entities' lists them)"
        raise NotFoundError(f"no facts match those filters{hint}")
    facts = query.rank(facts, sort, descending=desc, limit=limit)
    records = [render.fact_record(base, f) for f in facts]
    if out.is_table:
        from jzfacts import render_rich

        out.rich([render_rich.fact_table(base, facts, chosen, out.width)])
    else:
        _emit_records(out, records, chosen_columns, header, field, lang=chosen)


@app.command(
    epilog=_examples(
        "jzfacts sections",
        "jzfacts sections --lang en",
        "jzfacts sections --format value --field en",
    )
)
@handled
def sections(
    lang: LangOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    columns: SectionColumnsOpt = None,
    field: SectionFieldOpt = "id",
    color: ColorOpt = None,
) -> None:
    """The report's sections with their fact counts."""
    from jzfacts import query, render

    out = Output(fmt, as_json, color, columns)
    chosen = _lang(lang, Lang.BOTH)
    chosen_columns = _columns(out, render.SECTION_FIELDS, columns, render.SECTION_COLUMNS)
    base = _base()
    records = render.section_records(base, query.section_counts(base))
    if out.is_table:
        from jzfacts import render_rich

        out.rich([render_rich.section_table(records, chosen, out.width)])
    else:
        _emit_records(out, records, chosen_columns, header, field)


@app.command(
    epilog=_examples(
        "jzfacts entities",
        "jzfacts entities --format value --field en",
        "jzfacts list --entity 'Huawei Pharma' --lang en",
    )
)
@handled
def entities(
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    columns: EntityColumnsOpt = None,
    field: EntityFieldOpt = "zh",
    color: ColorOpt = None,
) -> None:
    """The companies and bodies facts name, in Chinese and English (what --entity takes)."""
    from jzfacts import render

    out = Output(fmt, as_json, color, columns)
    chosen_columns = _columns(out, render.ENTITY_FIELDS, columns, render.ENTITY_COLUMNS)
    base = _base()
    records = render.entity_records(base)
    if not records:
        _emit_nothing(out, chosen_columns)
        raise NotFoundError("this fact base declares no entities")
    if out.is_table:
        from jzfacts import render_rich

        out.rich([render_rich.table(records, render.ENTITY_COLUMNS, out.width)])
    else:
        _emit_records(out, records, chosen_columns, header, field)


@app.command(
    epilog=_examples(
        "jzfacts tags",
        "jzfacts tags --format tsv --columns tag,facts,ids",
        "jzfacts list --tag methanol",
    )
)
@handled
def tags(
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    columns: TagColumnsOpt = None,
    field: TagFieldOpt = "tag",
    color: ColorOpt = None,
) -> None:
    """Every tag with the number of facts carrying it (what --tag takes)."""
    from jzfacts import render

    out = Output(fmt, as_json, color, columns)
    chosen_columns = _columns(out, render.TAG_FIELDS, columns, render.TAG_COLUMNS)
    base = _base()
    records = render.tag_records(base)
    if not records:
        _emit_nothing(out, chosen_columns)
        raise NotFoundError("no fact carries a tag")
    if out.is_table:
        from jzfacts import render_rich

        out.rich([render_rich.table(records, render.TAG_COLUMNS, out.width)])
    else:
        _emit_records(out, records, chosen_columns, header, field)


def _query_text(words: list[str]) -> str:
    text = " ".join(_check_text(w, "query") for w in words)
    if not text.strip():
        raise UsageError("the query is empty")
    from jzfacts.search import MAX_QUERY

    if len(text) > MAX_QUERY:
        raise UsageError(f"the query is {len(text):,} characters long; {MAX_QUERY:,} is the limit")
    return text


@app.command(
    epilog=_examples(
        "jzfacts search 甲醇",
        "jzfacts search 'tax refund'",
        "jzfacts search gxjs --limit 3 --format json",
    )
)
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
    lang: Annotated[
        Optional[Lang],  # noqa: UP045
        typer.Option(
            "--lang",
            case_sensitive=False,
            help=f"zh, en or both (default: ${LANG_ENV}, else the query's language: "
            "an English query gets English labels and plain values).",
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    columns: SearchColumnsOpt = None,
    field: SearchFieldOpt = "id",
    color: ColorOpt = None,
) -> None:
    """Rank facts for a query: 甲醇, '吉利 产值', 'tax refund', gaoxin, gxjs, Geeley."""
    from jzfacts import render
    from jzfacts import search as engine

    out = Output(fmt, as_json, color, columns)
    chosen_columns = _columns(out, render.SEARCH_FIELDS, columns, render.SEARCH_COLUMNS)
    text = _query_text(query_words)
    base = _base()
    threshold = engine.DEFAULT_MIN_SCORE if min_score is None else min_score
    if threshold != threshold:  # NaN passes typer's range check
        raise UsageError("--min-score must be a number from 0 to 100")
    matches = engine.search(base, text, limit=limit, min_score=threshold)
    if not matches:
        _emit_nothing(out, chosen_columns)
        message = f"no facts match {text!r}"
        if min_score is not None:
            best = engine.search(base, text, limit=1, min_score=0)
            if best:
                message = f"no fact scores ≥ {threshold:g} for {text!r} (best {best[0].score:g})"
        raise NotFoundError(message)
    chosen = _lang(lang, _text_lang(text, pinyin=matches[0].field == "pinyin"))
    records = [render.match_record(base, m) for m in matches]
    if out.is_table:
        from jzfacts import render_rich

        out.rich(
            [render_rich.fact_table(base, [m.fact for m in matches], chosen, out.width, matches)]
        )
    else:
        _emit_records(out, records, chosen_columns, header, field, lang=chosen)


class AskFormat(str, Enum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"


@app.command(
    epilog=_examples(
        "jzfacts ask 2022年地区生产总值是多少",
        'jzfacts ask "How fast did GDP grow?"',
        "jzfacts ask 吉利汽车去年产值多少 --json",
    )
)
@handled
def ask(
    question: Annotated[
        list[str],
        typer.Argument(
            metavar="QUESTION...", help="A question in Chinese or English.", show_default=False
        ),
    ],
    lang: Annotated[
        Optional[Lang],  # noqa: UP045
        typer.Option(
            "--lang",
            case_sensitive=False,
            help=f"Answer in zh, en or both (default: ${LANG_ENV}, else the question's language).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        Optional[AskFormat],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="text: the sentence, or the candidates (a table on a terminal, TSV when "
            "piped) when unsure (default); json or jsonl: one object.",
        ),
    ] = None,
    as_json: JsonOpt = False,
    color: ColorOpt = None,
) -> None:
    """Answer a question with the fact that states exactly what it asks, with its source.

    Superlatives (哪个企业产值最高), comparisons (A和B谁多, which is larger) and periods
    (六月发生了什么) are answered from the facts they cover. When the report does not
    state what is asked, ask says so, lists related facts, and exits 1; --json gives
    the reason (unstated-measure, ambiguous, no-match).
    """
    from jzfacts import answer, render, render_ask
    from jzfacts.text import neutralise

    if as_json and fmt not in (None, AskFormat.JSON):
        raise UsageError("--json and --format disagree; give one")
    kind = AskFormat.JSON if as_json else (fmt or AskFormat.TEXT)
    flat = {AskFormat.JSON: OutputFormat.JSON, AskFormat.JSONL: OutputFormat.JSONL}.get(kind)
    out = Output(flat, False, color)
    text = _query_text(question)
    base = _base()
    result = answer.ask(base, text)
    chosen = _lang(lang, Lang.EN if result.english else Lang.ZH)
    if kind is not AskFormat.TEXT:
        document = render_ask.record(base, result, chosen)
        out.write(
            render.to_json(document, out.ascii_only)
            if kind is AskFormat.JSON
            else render.to_jsonl([document], out.ascii_only)
        )
    elif result.answered:
        lines = render_ask.sentences(base, result, chosen).split("\n")
        out.write("".join(neutralise(line) + "\n" for line in lines))
    elif result.related:
        records = [render.match_record(base, m) for m in result.related]
        if out.is_table:
            from jzfacts import render_rich

            facts = [m.fact for m in result.related]
            out.rich([render_rich.fact_table(base, facts, chosen, out.width, list(result.related))])
        else:
            label = "label.en" if chosen is Lang.EN else "label.zh"
            columns = (
                render.Column("score", "score"),
                render.Column("id", "id"),
                render.Column("label", label),
            )
            out.write(render.to_tsv(records, columns, header=False))
    if not result.answered:
        raise NotFoundError(render_ask.message(result, chosen))


@app.command(
    epilog=_examples(
        "jzfacts compare enterprises-output-over-100m-output geely-output",
        "jzfacts compare gdp zone-industrial-output --lang en",
        "jzfacts compare baixiang-food-growth-contribution "
        "huawei-pharma-growth-contribution --format tsv --header",
    )
)
@handled
def compare(
    names: NamesArg,
    lang: LangOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    columns: CompareColumnsOpt = None,
    field: CompareFieldOpt = "ratio",
    color: ColorOpt = None,
) -> None:
    """Facts side by side against the first: the ratio (×) and difference where both
    state the same measure in commensurable units; otherwise side by side with a note."""
    from jzfacts import query, render

    out = Output(fmt, as_json, color, columns)
    chosen = _lang(lang, Lang.BOTH)
    chosen_columns = _columns(out, render.COMPARE_FIELDS, columns, render.COMPARE_COLUMNS)
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

        out.rich(render_rich.comparison_view(base, comparison, chosen, out.width))
    else:
        _emit_records(out, records, chosen_columns, header, field, document=document, lang=chosen)
    if out.format is OutputFormat.VALUE:  # the table and the flat formats carry the notes
        for row in comparison.rows:
            notes = (row.note_zh,) if chosen is Lang.ZH else (row.note,)
            for note in notes:
                if note:
                    _say(f"note: {note}")


class CiteFormat(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"


@app.command(
    epilog=_examples(
        "jzfacts cite gdp national-little-giants",
        "jzfacts cite geely-output --lang en --style apa",
        "jzfacts cite gdp --style gbt7714 --format markdown",
    )
)
@handled
def cite(
    names: NamesArg,
    lang: Annotated[
        Optional[Lang],  # noqa: UP045
        typer.Option(
            "--lang",
            case_sensitive=False,
            help=f"zh (default), en, or both (a line in each); ${LANG_ENV} sets the default.",
            show_default=False,
        ),
    ] = None,
    style: Annotated[
        Style,
        typer.Option(
            "--style",
            case_sensitive=False,
            help="plain (title and section), gbt7714 (GB/T 7714-2015) or apa (APA 7).",
        ),
    ] = Style.PLAIN,
    fmt: Annotated[
        CiteFormat,
        typer.Option("--format", "-f", case_sensitive=False, help="The form of each citation."),
    ] = CiteFormat.TEXT,
    as_json: JsonOpt = False,
) -> None:
    """One line per fact for an article: the figure, the report's words verbatim (slips
    marked [sic]), the section, and the report in the chosen style."""
    from jzfacts import query, render
    from jzfacts.citation import cite_record
    from jzfacts.text import neutralise

    if as_json and fmt not in (CiteFormat.TEXT, CiteFormat.JSON):
        raise UsageError("--json and --format disagree; give one")
    kind = CiteFormat.JSON if as_json else fmt
    chosen = _lang(lang, Lang.ZH)
    out = Output(None, False, False)
    wanted = _names_from(names)
    base = _base()
    markdown = kind is CiteFormat.MARKDOWN
    shown = missing = 0
    for batch in _batches(wanted):  # names from stdin: a batch at a time, bounded memory
        facts, not_found = query.resolve_all(base, batch)
        records = [cite_record(base, f, markdown, chosen, style) for f in facts]
        if facts:
            if kind is CiteFormat.JSON:
                out.write(render.to_json_items(records, out.ascii_only, first=not shown))
            elif kind is CiteFormat.JSONL:
                out.write(render.to_jsonl(records, out.ascii_only))
            else:
                lines = (line for r in records for line in r["citation"].split("\n"))
                out.write("".join(neutralise(line) + "\n" for line in lines))
            shown += len(facts)
        for name in not_found:
            _say(query.not_found_message(base, name))
        missing += len(not_found)
    if shown and kind is CiteFormat.JSON:
        out.write(render.JSON_ARRAY_END)
    if missing:
        raise typer.Exit(int(ExitCode.NOT_FOUND))


class ProblemFormat(str, Enum):
    """How `validate` lists problems: file:line:col lines, or JSON for editors and CI."""

    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"


@app.command(
    epilog=_examples(
        "jzfacts validate",
        "jzfacts validate data/facts.yaml --format jsonl",
    )
)
@handled
def validate(
    path: BasePathArg = None,
    draft: Annotated[
        bool,
        typer.Option(
            "--draft", help="Accept the TODO placeholders `jzfacts draft` leaves; count them."
        ),
    ] = False,
    fmt: Annotated[
        ProblemFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="text (file:line:col: message), or json / jsonl: one object per problem "
            "with file, line, column, code, severity and message.",
        ),
    ] = ProblemFormat.TEXT,
) -> None:
    """Run every check on a fact base; print each problem as file:line:col: message."""
    from jzfacts import files, loader

    location = files.locate(path if path is not None else _options().data)
    try:
        checked = loader.check(location, draft=draft)
    except DataError as exc:
        if fmt is not ProblemFormat.TEXT:  # editors still get one object, unlocated
            _write_problems(fmt, [_problem_record(location.shown, None, str(exc))])
        raise
    problems = checked.problems
    records = [_problem_record(p.path, p, p.message) for p in problems]
    if fmt is not ProblemFormat.TEXT:
        records += [_problem_record(p.path, p, p.message, "warning") for p in checked.placeholders]
        _write_problems(fmt, records)
    elif problems:
        from jzfacts.text import neutralise

        Output(None, False, False).write("".join(neutralise(str(p)) + "\n" for p in problems))
    left = len(checked.placeholders)
    todo = f"; {left} TODO placeholder{'s' if left != 1 else ''} left" if draft else ""
    if problems:
        plural = "s" if len(problems) != 1 else ""
        raise DataError(f"{location.shown}: {len(problems)} problem{plural}{todo}")
    if draft:
        _say(f"{location.shown}: ok as a draft{todo}")
    else:
        _say(f"{location.shown}: ok{_unrendered(checked.base)}")


def _unrendered(base: "FactBase | None") -> str:
    """What `validate` notes after ok: in a base that renders its quotes in English, the
    quotes still without a rendering. quote_en is optional, so this is no problem, and a
    base that renders none is not told so at every check."""
    if base is None:
        return ""
    quoted = [f for f in base.facts if f.quote]
    missing = [f.id for f in quoted if f.quote_en is None]
    if not missing or len(missing) == len(quoted):
        return ""
    named = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
    have = "has" if len(missing) == 1 else "have"
    rendered = f"{len(missing)} of {len(quoted)} quotes {have} no English rendering (quote_en)"
    return f"; {rendered}: {named}"


def _problem_record(
    path: str, problem: Any, message: str, severity: str = "error"
) -> dict[str, Any]:
    if problem is None:  # a file that cannot be read at all: its message names the file
        return {
            "file": path,
            "line": None,
            "column": None,
            "code": "unreadable",
            "severity": severity,
            "message": message.removeprefix(f"{path}: "),
        }
    return {
        "file": path,
        "line": problem.line or None,
        "column": problem.col or None,
        "code": problem.code,
        "severity": severity,
        "message": message,
    }


def _write_problems(fmt: ProblemFormat, records: list[dict[str, Any]]) -> None:
    import json

    out = Output(None, False, False)
    ascii_only = out.ascii_only
    if fmt is ProblemFormat.JSON:
        out.write(json.dumps(records, ensure_ascii=ascii_only, indent=2) + "\n")
    else:
        out.write("".join(json.dumps(r, ensure_ascii=ascii_only) + "\n" for r in records))


@app.command(
    epilog=_examples(
        "jzfacts coverage",
        "jzfacts coverage --all --format tsv --header --columns kind,text,covered_by",
    )
)
@handled
def coverage(
    path: BasePathArg = None,
    show_all: Annotated[
        bool,
        typer.Option("--all", help="List every figure and sentence with the facts covering it."),
    ] = False,
    suggest: Annotated[
        bool,
        typer.Option(
            "--suggest",
            help="Print a YAML stub per gap to paste into the base (the candidates of "
            "`jzfacts draft`).",
        ),
    ] = False,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
    header: HeaderOpt = False,
    columns: CoverageColumnsOpt = None,
    field: CoverageFieldOpt = "text",
    color: ColorOpt = None,
) -> None:
    """Every figure and sentence of the report with the facts that cover it; exit 1 on gaps."""
    from jzfacts import files, render
    from jzfacts.coverage import coverage as walk
    from jzfacts.report import read_report

    out = Output(fmt, as_json, color, columns)
    coverage_fields = {c.header: c for c in (*render.COVERAGE_COLUMNS, render.Column("gap", "gap"))}
    chosen_columns = _columns(out, coverage_fields, columns, render.COVERAGE_COLUMNS)
    base = _base_or_draft(files.locate(path if path is not None else _options().data))
    report_text = read_report(base)
    items = walk(base, report_text)
    gaps = [i for i in items if i.is_gap]
    if suggest:
        if gaps:
            out.write(_suggestions(base, report_text, gaps))
    else:
        shown = items if show_all else gaps
        records = render.coverage_records(shown)
        if out.is_table:
            if records:
                from jzfacts import render_rich

                out.rich([render_rich.coverage_table(records, out.width)])
        else:  # JSON stays one document ([] when nothing is missing), CSV keeps its header
            _emit_records(out, records, chosen_columns, header, field)
    figures = sum(1 for i in items if i.kind == "figure")
    plural = "s" if len(gaps) != 1 else ""
    _say(
        f"{len(items) - len(gaps)} of {len(items)} covered or excluded "
        f"({figures} figures, {len(items) - figures} sentences); {len(gaps)} gap{plural}"
    )
    if gaps:
        first = gaps[0]
        what = f"the figure {first.text} in" if first.kind == "figure" else "the sentence"
        _say(
            f"first gap: line {first.line}, {what} 「{first.sentence}」"
            + ("" if suggest else "; 'jzfacts coverage --suggest' writes a stub for each")
        )
        raise typer.Exit(int(ExitCode.NOT_FOUND))


def _base_or_draft(location: Any) -> "FactBase":
    """The base; a draft whose only problems are TODO placeholders is read as a draft,
    so that a curator sees coverage before every name is written."""
    from jzfacts import factbase, loader
    from jzfacts.errors import InvalidFactBase

    try:
        return factbase.load(location, cache_dir=_options().cache_dir)
    except InvalidFactBase as exc:
        if not all(p.code == "todo" for p in exc.problems):
            raise
    checked = loader.check(location, draft=True)
    assert checked.base is not None
    left = len(checked.placeholders)
    _say(f"{location.shown}: a draft, {left} TODO placeholder{'s' if left != 1 else ''} left")
    return checked.base


def _suggestions(base: "FactBase", report_text: str, gaps: list[Any]) -> str:
    from jzfacts.draft import suggest

    headings = {s.zh: s.id for s in base.sections}
    intro = next((s.id for s in base.sections if s.zh not in report_text), None)
    if intro is not None:
        headings[""] = intro
    declared = {e.zh for e in base.entities} if base.entities else None
    stubs = suggest(
        report_text,
        [(g.kind, g.text, g.line, g.start, g.sentence) for g in gaps],
        headings,
        base.source.year,
        declared,
    )
    lines: list[str] = []
    for stub in stubs:
        lines.append(
            f"# line {stub.line}: {stub.gap if len(stub.gap) < 20 else 'the sentence'} in "
            f"「{stub.sentence}」 -> paste under {stub.where}:"
        )
        lines += stub.yaml
        lines.append("")
    return "\n".join(lines)


@app.command(
    epilog=_examples(
        "jzfacts draft data/report.txt | head -20",
        "jzfacts draft data/report.txt --output /tmp/draft.yaml --force",
    )
)
@handled
def draft(
    report: Annotated[
        str, typer.Argument(metavar="REPORT", help="The report's text file (UTF-8).")
    ],
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write the draft there (default: stdout)."
        ),
    ] = None,
    year: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--year", help="The report's year, when its text names none."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite --output if it exists.")
    ] = False,
) -> None:
    """Draft a facts.yaml for a report the base has never seen: every figure, first, award
    and reform a candidate, what only a person can write left as TODO."""
    import hashlib

    from jzfacts import draft as drafting
    from jzfacts.files import read_bytes

    _check_text(report, "report path")
    data = read_bytes(report, report, "report")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"{report}: the report is not UTF-8 ({exc.reason})") from None
    if not text.strip():
        raise DataError(f"{report}: the report is empty")
    where = os.path.dirname(os.path.abspath(output)) if output is not None else os.getcwd()
    name = os.path.relpath(os.path.abspath(report), where)
    if output is not None and os.path.exists(output) and not force:
        raise UsageError(f"{output} exists; give --force to overwrite it")
    try:
        result = drafting.draft(text, name, hashlib.sha256(data).hexdigest(), year)
    except drafting.NoYear as exc:
        raise UsageError(str(exc)) from None
    yaml_text = drafting.to_yaml(result, __version__)
    if output is None:
        Output(None, False, False).write(yaml_text)
    else:
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(yaml_text)
        except OSError as exc:
            raise DataError(f"{output}: cannot write the draft: {exc.strerror or exc}") from None
    todo = sum(1 for x in result.leaves if x.why.startswith("TODO"))
    target = output or "the draft"
    _say(
        f"{len(result.figures)} figures, {len(result.happenings)} events and "
        f"{len(result.leaves)} exclusions ({todo} to decide) drafted from {report}; "
        f"next: jzfacts validate --draft {output or 'FILE'} (then fill in the TODOs in {target})"
    )


@app.command(
    epilog=_examples(
        "jzfacts export sqlite /tmp/jzfacts.db --force",
        "jzfacts export sqlite /tmp/jzfacts.db --metadata /tmp/jzfacts-metadata.json --force",
    )
)
@handled
def export(
    to: Annotated[
        Literal["sqlite"],
        typer.Argument(metavar="FORMAT", case_sensitive=False, help="sqlite (the only one yet)."),
    ],
    path: Annotated[
        str, typer.Argument(metavar="PATH", help="The database file to write.", show_default=False)
    ],
    metadata: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--metadata",
            metavar="PATH",
            help="Also write Datasette's metadata.json (title, source, licence, column "
            "descriptions, search) for `datasette PATH --metadata FILE`.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Overwrite files even if jzfacts did not write them."),
    ] = False,
) -> None:
    """Write the fact base as a SQLite database (facts, sections, entities … and full-text
    search), replacing an earlier export atomically."""
    from jzfacts import export as exporter

    path = _check_text(path, "path")
    if metadata is not None:
        metadata = _check_text(metadata, "metadata path")
        if os.path.realpath(metadata) == os.path.realpath(path):
            raise UsageError("the database and its metadata need two different files")
    base = _base()
    try:
        done = exporter.export_sqlite(base, path, force=force)
        if metadata is not None:
            exporter.write_metadata(base, metadata, exporter.database_name(path), force=force)
    except exporter.RefusedOverwrite as exc:
        raise UsageError(f"{exc} (--force overwrites it)") from None
    also = f" and Datasette metadata to {metadata}" if metadata is not None else ""
    _say(f"wrote {done.facts} facts to {path}{also}")


MCP_INSTALL = "pip install 'jzfacts[mcp]'"


@app.command(
    epilog=_examples(
        "jzfacts schema | head -5",
        "jzfacts schema > /tmp/facts.schema.json && head -3 /tmp/facts.schema.json",
    )
)
@handled
def schema() -> None:
    """Print the JSON Schema of facts.yaml (for editors; also docs/facts.schema.json)."""
    from jzfacts.schema import schema_text

    Output(None, False, False).write(schema_text())


@app.command(
    epilog=_examples(
        "jzfacts mcp",
        "jzfacts --data my/facts.yaml mcp",
    )
)
@handled
def mcp() -> None:
    """Serve the fact base to AI assistants: a Model Context Protocol server on stdio
    (tools search, show, ask, compare, cite, list_facts; the report as resources)."""
    try:
        from jzfacts import mcpserver
    except ImportError as exc:
        # No SDK, or an SDK without what we use (mcp 1.x): the extra is missing.
        if (exc.name or "").partition(".")[0] not in ("mcp", "mcp_types", "pydantic"):
            raise
        raise UsageError(f"the MCP server needs the mcp extra: {MCP_INSTALL}") from None

    base = _base()  # a bad fact base fails here, with its own message, before serving
    if sys.stdin.isatty():
        _say("serving MCP on stdin and stdout for an assistant to start (see README); Ctrl-D ends")
    mcpserver.serve(base)


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
