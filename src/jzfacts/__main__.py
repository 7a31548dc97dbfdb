"""The entry point of `python -m jzfacts` and of the `jzfacts` console script.

Ctrl-C must never print a traceback, and a shell loop over jzfacts is most often
interrupted while the first imports run (typer and the engine: ~50 ms of a ~70 ms run).
So the handler is installed before anything else is imported (not even `typing`): it
ends the run as exit 130. SystemExit unwinds `finally` blocks, so temporary cache files
are still removed, and Python prints nothing for it.
"""

# The C module: `signal` builds enums first (milliseconds of exposure); no stubs for it.
import _signal  # type: ignore[import-not-found, unused-ignore]


def _interrupted(signum: int, frame: object) -> None:
    raise SystemExit(130)


def main() -> None:
    _signal.signal(_signal.SIGINT, _interrupted)
    try:
        from jzfacts.cli import main as run

        run()
    finally:  # the exit code is decided: Ctrl-C while Python shuts down changes nothing
        _signal.signal(_signal.SIGINT, _signal.SIG_IGN)


if __name__ == "__main__":
    main()
