"""The entry point of `python -m jzfacts` and of the `jzfacts` console script.

Ctrl-C must never print a traceback, and a shell loop over jzfacts is most often
interrupted while the first imports run (typer and the engine: ~50 ms of a ~70 ms run).
So the handler is installed before anything else is imported (not even `typing`): it
ends the run as exit 130. SystemExit unwinds `finally` blocks, so temporary cache files
are still removed, and Python prints nothing for it. Where Python cannot raise (a
finalizer run by the garbage collector), it would print the exception as "ignored" and
go on; there the run ends at once instead (`_unraisable`).

Once the run has ended and its output is flushed, the process leaves with `os._exit`:
Python's own shutdown frees every module and object one by one, which takes longer
(12-16 ms measured here) than showing a fact. Nothing is left to do by then: results
and messages are flushed below, cache files are written and renamed (or removed)
before the command returns, and the kernel closes descriptors and releases locks.
"""

# The C module: `signal` builds enums first (milliseconds of exposure); no stubs for it.
import _signal  # type: ignore[import-not-found, unused-ignore]
import os
import sys


class _Interrupted(SystemExit):
    """Ctrl-C, as the exit it asks for (130)."""


def _interrupted(signum: int, frame: object) -> None:
    raise _Interrupted(130)


def _unraisable(unraisable: "sys.UnraisableHookArgs") -> None:
    """Ctrl-C landed where Python cannot raise (a finalizer the garbage collector runs):
    Python would print a traceback and go on as if no key was pressed. The run ends
    here instead, as exit 130 with what was written so far. A cache file being written
    is left as a temporary file, which the next run removes (its writer is dead), as
    after SIGKILL. Anything else is reported as Python always does."""
    if isinstance(unraisable.exc_value, _Interrupted):
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:  # the exit code is decided; nothing more to say
            pass
        os._exit(130)
    sys.__unraisablehook__(unraisable)


def main() -> None:
    sys.unraisablehook = _unraisable
    _signal.signal(_signal.SIGINT, _interrupted)
    try:
        from jzfacts.cli import main as run

        run()
    except SystemExit as exc:
        code = exc.code
    except BaseException as exc:  # Ctrl-C that Python re-raised as another error
        from jzfacts.errors import exit_within

        ended = exit_within(exc)
        if ended is None:
            raise
        code = ended.code if isinstance(ended, SystemExit) else 130
    else:
        code = 0
    finally:  # the exit code is decided: Ctrl-C while Python shuts down changes nothing
        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)
    _leave(code)


def _observed() -> bool:
    """A profiler, a debugger or coverage is watching: they write their results at
    Python's ordinary exit, so it is taken."""
    return sys.getprofile() is not None or sys.gettrace() is not None or "coverage" in sys.modules


def _leave(code: object) -> None:
    """Exit with code at once, skipping the interpreter's teardown (see above). Anything
    unusual (output that cannot be flushed, a code that is not a number) takes Python's
    ordinary exit, which reports it as it always has."""
    if not isinstance(code, int) or _observed():
        raise SystemExit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        raise SystemExit(code) from None
    os._exit(code)


if __name__ == "__main__":
    main()
