"""`ask`: the one best fact for a question, or an honest "not sure" with candidates."""

from __future__ import annotations

from typing import Any, NamedTuple

from jzfacts.model import Fact, FactBase, Match
from jzfacts.render import answer_sentence, fact_record
from jzfacts.search import DEFAULT_MIN_SCORE, search
from jzfacts.text import has_cjk

# A best hit below this is not an answer; a runner-up within TIE_MARGIN makes it a tie.
CONFIDENT = 75.0
TIE_MARGIN = 3.0
NEAR_MISS = 45.0  # below the search threshold, listed (never answered) when nothing matches


class Answer(NamedTuple):
    question: str
    chinese: bool
    fact: Fact | None
    sentence: str
    candidates: tuple[Match, ...]
    reason: str


def ask(base: FactBase, question: str) -> Answer:
    chinese = has_cjk(question)
    # One search down to the near misses; best first, so those above the search
    # threshold lead the list.
    found = search(base, question, limit=5, min_score=NEAR_MISS)
    matches = [m for m in found if m.score >= DEFAULT_MIN_SCORE]
    if not matches:
        # Nothing to answer with; the nearest misses may still show what to ask instead.
        near = tuple(found[:3])
        reason = f"no facts match {question!r}" + ("; the closest are listed" if near else "")
        return Answer(question, chinese, None, "", near, reason)
    best = matches[0]
    tied = [m for m in matches[1:] if m.score >= best.score - TIE_MARGIN]
    if best.score < CONFIDENT:
        reason = f"not confident (best score {best.score:g}); candidates listed"
        return Answer(question, chinese, None, "", tuple(matches), reason)
    if tied and not best.exact:
        reason = f"{len(tied) + 1} facts match about equally well; candidates listed"
        return Answer(question, chinese, None, "", (best, *tied), reason)
    return Answer(
        question, chinese, best.fact, answer_sentence(base, best.fact, chinese), (best,), ""
    )


def record(base: FactBase, result: Answer) -> dict[str, Any]:
    return {
        "question": result.question,
        "answer": result.sentence or None,
        "fact": fact_record(base, result.fact) if result.fact else None,
        "candidates": [
            {
                "id": m.fact.id,
                "score": m.score,
                "label": {"zh": m.fact.label.zh, "en": m.fact.label.en},
            }
            for m in result.candidates
        ],
        "reason": result.reason or None,
    }
