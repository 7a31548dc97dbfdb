"""Search relevance suite: does `jzfacts search` find what real users mean?

Cases live in tests/relevance.yaml (written without looking at the aliases, as
a stand-in for held-out queries). Figures, at the engine's DEFAULT_MIN_SCORE:

* top-1 accuracy  in-scope cases with `expect`: the first result is acceptable;
* top-3 recall    every in-scope case: an acceptable id is within the top 3;
* abstention      out-of-scope cases: no result at all.

Run with `pytest tests/test_relevance.py -q -s` to see the figures.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from jzfacts import factbase, files
from jzfacts import search as engine

CASES_FILE = Path(__file__).with_name("relevance.yaml")

KINDS = {
    "zh-exact",
    "zh-paraphrase",
    "everyday",
    "en",
    "pinyin",
    "initials",
    "typo",
    "mixed",
    "multi-term",
    "question",
    "entity",
    "out-of-scope",
}
OUT = "out-of-scope"
NOTHING = "in-scope queries that found nothing"
RANKING = "in-scope queries ranked wrong"
ABSTENTION = "out-of-scope queries that found something"

LIMIT = 10
TOP1_TARGET = 0.95
TOP3_TARGET = 1.0
ABSTAIN_TARGET = 1.0
SWEEP = [float(t) for t in range(40, 91, 5)]


@cache
def load_cases() -> tuple[dict[str, Any], ...]:
    with CASES_FILE.open(encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    return tuple(doc["cases"])


@cache
def load_base() -> Any:
    # (Kept for the worker, so loaded once whatever test's cache is set: the user's cache
    # is never read nor written.)
    return factbase.load(files.locate(None), use_cache=False)


def acceptable(case: dict[str, Any]) -> list[str]:
    return list(case.get("expect") or case.get("expect_top3") or [])


Result = list[tuple[str, float]]


def run(base: Any, query: str, min_score: float, limit: int = LIMIT) -> Result:
    return [
        (m.fact.id, float(m.score))
        for m in engine.search(base, query, limit=limit, min_score=min_score)
    ]


_RUNS: dict[tuple[float, int], list[Result]] = {}


def run_all(base: Any, min_score: float, limit: int = LIMIT) -> list[Result]:
    """Every case's results (memoised: the sweep reuses the default run)."""
    key = (float(min_score), limit)
    if key not in _RUNS:
        _RUNS[key] = [run(base, c["query"], min_score, limit) for c in load_cases()]
    return _RUNS[key]


def sweep_results(base: Any, thresholds: list[float], default: float) -> dict[float, list[Result]]:
    """Results at each threshold.

    Fast path: search once at the lowest threshold with no limit and keep the
    matches scoring >= t (min_score is a filter on the score). That shortcut is
    checked against a real search at the default threshold; if the engine ever
    stops behaving like a plain filter, every threshold is searched for real.
    """
    wide = run_all(base, min(thresholds), limit=len(base.facts))
    cut = {t: [[m for m in got if m[1] >= t][:LIMIT] for got in wide] for t in thresholds}
    if cut[default] == run_all(base, default):
        return cut
    return {t: run_all(base, t) for t in thresholds}


def shown(got: Result, n: int = 5) -> str:
    if not got:
        return "(nothing)"
    more = f" …+{len(got) - n}" if len(got) > n else ""
    return ", ".join(f"{fid} {score:.0f}" for fid, score in got[:n]) + more


class Scored:
    """The figures for one min-score threshold over all cases."""

    def __init__(self, cases: tuple[dict[str, Any], ...], results: list[Result]) -> None:
        self.top1_total = self.top1_ok = 0
        self.top3_total = self.top3_ok = 0
        self.out_total = self.out_ok = 0
        # group -> [(kind, query, what was wanted, results)]
        self.failures: dict[str, list[tuple[str, str, str, Result]]] = defaultdict(list)
        self.by_kind: dict[str, Counter[str]] = defaultdict(Counter)
        for case, got in zip(cases, results, strict=True):
            query, kind = case["query"], case["kind"]
            ids = [fid for fid, _ in got]
            tally = self.by_kind[kind]
            tally["cases"] += 1
            if kind == OUT:
                self.out_total += 1
                if not got:
                    self.out_ok += 1
                    tally["ok"] += 1
                else:
                    self.failures[ABSTENTION].append((kind, query, "nothing", got))
                continue
            want = acceptable(case)
            in_top3 = any(fid in want for fid in ids[:3])
            self.top3_total += 1
            self.top3_ok += in_top3
            missed = [] if in_top3 else ["top-3"]
            if "expect" in case:
                self.top1_total += 1
                top1 = bool(ids) and ids[0] in want
                self.top1_ok += top1
                if not top1:
                    missed.insert(0, "top-1")
            if missed:
                group = NOTHING if not got else RANKING
                self.failures[group].append(
                    (kind, query, f"misses {'+'.join(missed)}: want {want_text(want)}", got)
                )
            case_ok = not missed
            tally["ok"] += case_ok

    @property
    def top1(self) -> float:
        return self.top1_ok / self.top1_total if self.top1_total else 1.0

    @property
    def top3(self) -> float:
        return self.top3_ok / self.top3_total if self.top3_total else 1.0

    @property
    def abstention(self) -> float:
        return self.out_ok / self.out_total if self.out_total else 1.0

    def summary(self, min_score: float) -> str:
        return (
            f"relevance @min_score={min_score:g}: "
            f"top-1 {self.top1:.1%} ({self.top1_ok}/{self.top1_total}), "
            f"top-3 recall {self.top3:.1%} ({self.top3_ok}/{self.top3_total}), "
            f"abstention {self.abstention:.1%} ({self.out_ok}/{self.out_total})"
        )

    def kinds_table(self) -> str:
        rows = [f"  {'kind':<14}{'ok':>5}{'cases':>7}"]
        for kind in sorted(self.by_kind):
            t = self.by_kind[kind]
            rows.append(f"  {kind:<14}{t['ok']:>5}{t['cases']:>7}")
        return "\n".join(rows)


def want_text(want: list[str]) -> str:
    return want[0] if len(want) == 1 else "one of [" + ", ".join(want) + "]"


def score_all(base: Any, min_score: float) -> Scored:
    return Scored(load_cases(), run_all(base, min_score))


# --------------------------------------------------------------------- tests


def test_cases_are_well_formed() -> None:
    """Every case is usable: a known kind, real fact ids, enough of each sort."""
    base = load_base()
    known = {f.id for f in base.facts}
    problems: list[str] = []
    seen: set[str] = set()
    for n, case in enumerate(load_cases(), 1):
        query, kind = case.get("query"), case.get("kind")
        where = f"case {n} ({query!r})"
        if not isinstance(query, str) or not query.strip():
            problems.append(f"{where}: query must be a non-empty string")
            continue
        if query in seen:
            problems.append(f"{where}: duplicate query")
        seen.add(query)
        if kind not in KINDS:
            problems.append(f"{where}: unknown kind {kind!r}")
        has = [k for k in ("expect", "expect_top3") if k in case]
        if kind == OUT:
            if has:
                problems.append(f"{where}: out-of-scope cases take no {has[0]}")
            continue
        if len(has) != 1:
            problems.append(f"{where}: needs exactly one of expect / expect_top3")
            continue
        ids = case[has[0]]
        if not isinstance(ids, list) or not ids:
            problems.append(f"{where}: {has[0]} must be a non-empty list")
            continue
        for fid in ids:
            if fid not in known:
                problems.append(f"{where}: unknown fact id {fid!r}")
    cases = load_cases()
    in_scope = [c for c in cases if c.get("kind") != OUT]
    out = [c for c in cases if c.get("kind") == OUT]
    if len(in_scope) < 100:
        problems.append(f"only {len(in_scope)} in-scope cases (want >= 100)")
    if len(out) < 25:
        problems.append(f"only {len(out)} out-of-scope cases (want >= 25)")
    missing_kinds = KINDS - {c.get("kind") for c in cases}
    if missing_kinds:
        problems.append(f"no cases of kind(s): {', '.join(sorted(missing_kinds))}")
    assert not problems, "relevance.yaml problems:\n  " + "\n  ".join(problems)


def test_relevance_at_default_min_score() -> None:
    base = load_base()
    default = engine.DEFAULT_MIN_SCORE
    s = score_all(base, default)
    print()
    print(s.summary(default))
    print(s.kinds_table())
    ok = s.top1 >= TOP1_TARGET and s.top3 >= TOP3_TARGET and s.abstention >= ABSTAIN_TARGET
    if ok:
        return
    lines = [
        s.summary(default),
        f"targets: top-1 >= {TOP1_TARGET:.0%}, top-3 recall = {TOP3_TARGET:.0%}, "
        f"abstention = {ABSTAIN_TARGET:.0%}",
    ]
    for group in (NOTHING, RANKING, ABSTENTION):
        items = s.failures.get(group, [])
        if items:
            lines.append(f"{group} ({len(items)}):")
        for kind, query, wanted, got in items:
            line = f"  [{kind}] {query!r} {wanted}; got: {shown(got)}"
            if not got:
                # What the engine had, below the threshold: tells alias gaps from scoring.
                line += f"  [below min_score: {shown(run(base, query, 0.0), 3)}]"
            lines.append(line)
    pytest.fail("\n".join(lines), pytrace=False)


def test_default_min_score_is_justified() -> None:
    """DEFAULT_MIN_SCORE must keep every in-scope answer and reject every out-of-scope query."""
    base = load_base()
    default = engine.DEFAULT_MIN_SCORE
    thresholds = sorted(set(SWEEP) | {float(default)})
    rows = []
    for t, results in sweep_results(base, thresholds, float(default)).items():
        s = Scored(load_cases(), results)
        rows.append((t, s.top3, s.abstention, s.top1))
    header = f"  {'min_score':>9}  {'top-3 recall':>12}  {'abstention':>10}  {'top-1':>6}"
    table = "\n".join(
        [header]
        + [
            f"  {t:>9g}  {r:>12.1%}  {a:>10.1%}  {p:>6.1%}"
            + ("  <- default" if t == default else "")
            for t, r, a, p in rows
        ]
    )
    print()
    print("min-score sweep:")
    print(table)
    good = [t for t, r, a, _ in rows if r >= 1.0 and a >= 1.0]
    if not good:
        pytest.fail(
            "no min_score in 40..90 gives both 100% top-3 recall and 100% abstention:\n" + table,
            pytrace=False,
        )
    assert default in good, (
        f"DEFAULT_MIN_SCORE={default:g} does not give 100% top-3 recall and 100% abstention; "
        f"thresholds that do: {', '.join(f'{t:g}' for t in good)}\n{table}"
    )
