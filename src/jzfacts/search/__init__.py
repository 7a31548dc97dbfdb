"""Search: reading a query as a question and ranking facts for it.

One module per job: fold.py (what people type, folded: Traditional to Simplified, tone
marks, full-width), question.py (the question analyser: subject, measure, period,
operator), vocab.py (the words it knows, by what they do), index.py (each fact's fields
folded, built once and cached), score.py (a term against a fact's fields), rank.py
(scoring every fact for a question, and the ranking rules). See rank.py for how a query
is scored.

The names below are imported on first use, so that `show`'s name lookup can fold a
Traditional name (fold.py) without loading the analyser and the scorer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jzfacts.search.question import MAX_QUERY, Question, Term, analyse, parse_query
    from jzfacts.search.rank import (
        DEFAULT_LIMIT,
        DEFAULT_MIN_SCORE,
        Scored,
        read,
        score_facts,
        search,
    )
    from jzfacts.search.score import Hit

__all__ = [
    "DEFAULT_LIMIT",
    "DEFAULT_MIN_SCORE",
    "MAX_QUERY",
    "Hit",
    "Question",
    "Scored",
    "Term",
    "analyse",
    "parse_query",
    "read",
    "score_facts",
    "search",
]

_HOME = {
    "MAX_QUERY": "question",
    "Question": "question",
    "Term": "question",
    "analyse": "question",
    "parse_query": "question",
    "Hit": "score",
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(name)
    from importlib import import_module

    return getattr(import_module(f"jzfacts.search.{_HOME.get(name, 'rank')}"), name)
