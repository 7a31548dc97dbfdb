#!/usr/bin/env python3
"""Fault injection: kill cold builds at random moments, then check every answer.

    python bench/faults.py                     # 10,000 facts, 30 rounds
    python bench/faults.py --facts 300 --rounds 6 --seed 1
    python bench/faults.py --keep out/         # keep the base and the cache to look at

A base comes from bench/gen_facts.py. Each round starts a cold build (`search jiachun`,
which writes every cache file: the base, the search index, the pinyin readings), maybe
from an empty cache and maybe from what earlier rounds left, and sends it SIGKILL,
SIGTERM or SIGINT after a random delay within the time a whole build takes (half of them
in its last third, where the files are written). Then every
query runs against the cache, and its exit code and output must be exactly those of the
same query with --no-cache, with nothing on stderr; the killed build itself may print
nothing but a traceback of Python's own start-up (SIGINT before any jzfacts code runs,
which no program can catch). After the queries no temporary file
may be left in the cache directory (its writer is dead). Exit 1 on any difference.

Only the standard library is used; tests/test_faults.py runs a small version.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = ("search", "jiachun", "--format", "json")
SIGNALS = {"KILL": signal.SIGKILL, "TERM": signal.SIGTERM, "INT": signal.SIGINT}


def queries(base: Path) -> list[tuple[str, ...]]:
    """What is checked after each kill: every cache file is read by one of these."""
    ids = [line.split(": ", 1)[1] for line in base.read_text("utf-8").splitlines()
           if line.startswith("  - id: ")]  # fmt: skip
    picked = [ids[len(ids) // 3], ids[len(ids) // 2], ids[-1]]
    return [
        ("show", "gdp", "--format", "json"),
        ("show", *picked, "--format", "tsv"),
        ("list", "--format", "tsv"),
        ("search", "甲醇", "--format", "json"),
        ("search", "jiachun", "--format", "tsv"),
        ("search", "产值", "--format", "jsonl"),
        ("compare", "gdp", picked[0], "--format", "json"),
        ("cite", "gdp", *picked[:1]),
    ]


def run(args: Sequence[str], env: dict[str, str]) -> tuple[int, bytes, bytes]:
    done = subprocess.run(
        [sys.executable, "-m", "jzfacts", *args],
        capture_output=True,
        env=env,
        timeout=600,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def leftover_temps(cache: Path) -> list[str]:
    """Temporary files left in the cache. Checked when no jzfacts is running, so every
    one is a dead writer's that the runs since should have removed."""
    return sorted(p.name for p in cache.glob("*.tmp")) if cache.is_dir() else []


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=10_000, help="size of the generated base")
    parser.add_argument("--rounds", type=int, default=30, help="cold builds to kill")
    parser.add_argument("--seed", type=int, default=None, help="for a repeatable run")
    parser.add_argument("--keep", type=Path, default=None, help="work here and keep it")
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    options = parser.parse_args(argv)
    seed = options.seed if options.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    work = options.keep or Path(tempfile.mkdtemp(prefix="jzfacts-faults-"))
    work.mkdir(parents=True, exist_ok=True)

    def say(text: str) -> None:
        if not options.quiet:
            print(text, file=sys.stderr, flush=True)

    try:
        folder, cache = work / "base", work / "cache"
        subprocess.run(
            [sys.executable, str(HERE / "gen_facts.py"), str(options.facts), str(folder)],
            check=True,
            capture_output=True,
        )
        base = folder / "facts.yaml"
        env = {k: v for k, v in os.environ.items() if not k.startswith("JZFACTS_")}
        env.update(JZFACTS_DATA=str(base), JZFACTS_CACHE_DIR=str(cache))
        checks = queries(base)
        reference = {q: run(("--no-cache", *q), env) for q in checks}
        for query, (code, _, error) in reference.items():
            if code != 0:
                raise SystemExit(f"reference run failed: {query}: {error.decode()[-300:]}")
        shutil.rmtree(cache, ignore_errors=True)
        start = time.perf_counter()
        run(BUILD, env)
        cold = time.perf_counter() - start
        say(f"seed {seed}; {options.facts:,} facts; a cold build takes {cold:.2f} s")

        failures: list[str] = []
        kills: Counter[str] = Counter()
        early = 0  # SIGINTs that landed in the interpreter's start-up
        interrupted = 0
        for number in range(1, options.rounds + 1):
            if rng.random() < 0.5:
                shutil.rmtree(cache, ignore_errors=True)  # else: build on what is left
            name = rng.choice(sorted(SIGNALS))
            # Half the kills anywhere in the build, half in its last third, where the
            # files are written (validation and indexing come first).
            delay = cold * (rng.uniform(0, 1.1) if rng.random() < 0.5 else rng.uniform(0.65, 1.05))
            child = subprocess.Popen(
                [sys.executable, "-m", "jzfacts", *BUILD],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                env=env,
            )
            time.sleep(delay)
            child.send_signal(SIGNALS[name])
            _, error = child.communicate(timeout=600)
            kills[name] += 1
            interrupted += child.returncode != 0  # else the build had finished already
            if b"Traceback" in error and b"/jzfacts/" in error:  # a frame of ours
                # Its last lines say where the signal landed: kept to be diagnosed.
                tail = error.decode(errors="replace").strip().splitlines()[-8:]
                failures.append(
                    f"round {number}: SIG{name} at {delay:.2f} s: a traceback: " + " | ".join(tail)
                )
            elif b"Traceback" in error:  # Python's own start-up, before any jzfacts code
                early += 1
            for query in checks:
                got = run(query, env)
                if got != (reference[query][0], reference[query][1], b""):
                    failures.append(
                        f"round {number}: SIG{name} at {delay:.2f} s: {' '.join(query)}: "
                        f"exit {got[0]}, stderr {got[2].decode(errors='replace')[-200:]!r}"
                    )
            left = leftover_temps(cache)
            if left:
                failures.append(f"round {number}: temporary files of dead writers: {left}")
            say(f"round {number}: SIG{name} after {delay:.2f} s (exit {child.returncode}); "
                f"{'ok' if not failures else f'{len(failures)} failures so far'}")  # fmt: skip
        summary = {
            "seed": seed,
            "facts": options.facts,
            "rounds": options.rounds,
            "cold_seconds": round(cold, 3),
            "signals": dict(kills),
            "builds_interrupted": interrupted,
            "interrupted_in_python_start_up": early,
            "queries_per_round": len(checks),
            "failures": failures,
        }
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 1 if failures else 0
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
