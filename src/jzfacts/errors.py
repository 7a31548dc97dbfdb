"""One exception tree for the whole tool; the CLI maps it to exit codes and one line."""

from __future__ import annotations


class ExitCode:
    """The exit codes (README, "Scripting"); plain ints: an IntEnum costs start-up time."""

    FOUND = 0
    NOT_FOUND = 1
    USAGE = 2
    BAD_DATA = 3
    INTERNAL = 4


class JzfactsError(Exception):
    """Base of every error the tool reports to a user as one line."""

    exit_code: int = ExitCode.INTERNAL


class UsageError(JzfactsError):
    """The command line asked for something malformed (bad option value, empty query)."""

    exit_code = ExitCode.USAGE


class NotFoundError(JzfactsError):
    """A name, query or filter matched nothing."""

    exit_code = ExitCode.NOT_FOUND


class DataError(JzfactsError):
    """The fact base (or its report) is unreadable or invalid."""

    exit_code = ExitCode.BAD_DATA


class Problem:
    """One validation problem, located as file:line:col (1-based; 0 when unknown)."""

    __slots__ = ("code", "col", "line", "message", "path")

    def __init__(self, path: str, line: int, col: int, message: str, code: str = "invalid") -> None:
        self.path = path
        self.line = line
        self.col = col
        self.message = message
        self.code = code  # what kind of problem, for editors and CI (docs/fact-base.md)

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.col}: {self.message}"
        return f"{self.path}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({self!s})"


class InvalidFactBase(DataError):
    """Validation found problems; the first is the message, all are kept for `validate`."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = str(problems[0])
        more = (
            f" (and {len(problems) - 1} more; run 'jzfacts validate')" if len(problems) > 1 else ""
        )
        super().__init__(first + more)


def exit_within(exc: BaseException) -> BaseException | None:
    """An exit or Ctrl-C that Python re-raised as another exception, or the exception
    itself if it is one: on 3.11, Ctrl-C landing in a descriptor's `__set_name__` while a
    module builds its classes comes out as RuntimeError caused by the exit. Then the run
    was ended, not broken. None when the cause chain holds no exit."""
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        if isinstance(link, (SystemExit, KeyboardInterrupt)):
            return link
        seen.add(id(link))
        link = link.__cause__ or link.__context__
    return None
