"""Rendering `ask`'s answers: sentences in the question's language, and JSON records.

An answered question gets one sentence per fact with its source (render.answer_sentence);
a ranking or a comparison says what it compares and what the ranking covers; a period
question lists the period's facts. A declined question gets one line saying why, in the
question's language (报告未给出白象食品的产值。/ The report does not state …), and the
related facts are listed by the CLI as candidates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jzfacts.answer import Answer
from jzfacts.measures import MEASURES
from jzfacts.model import Fact, FactBase
from jzfacts.prose import Lang, plain_hedged, stated_hedged
from jzfacts.prose import answer_sentence as fact_sentence
from jzfacts.render import fact_record

Sentence = Callable[[FactBase, Fact, bool], str]


def sentences(base: FactBase, answer: Answer, lang: Lang | None = None) -> str:
    """What `ask` prints for an answered question: one or more lines, in `lang` (by
    default the question's language; both: the Chinese lines, then the English)."""
    chosen = lang or (Lang.EN if answer.english else Lang.ZH)
    if chosen is Lang.BOTH:
        return "\n".join(sentences(base, answer, one) for one in (Lang.ZH, Lang.EN))
    chinese = chosen is Lang.ZH

    def answer_sentence(base: FactBase, fact: Fact, chinese: bool) -> str:
        return fact_sentence(base, fact, lang=chosen, question=answer.question)

    if answer.kind == "fact":
        return answer_sentence(base, answer.facts[0], chinese)
    if answer.kind in ("max", "min"):
        return _extreme(base, answer, chinese, answer_sentence)
    if answer.kind == "compare":
        return _comparison(base, answer, chinese, answer_sentence)
    if answer.kind == "period":
        return _period(base, answer, chinese, answer_sentence)
    if answer.kind == "list":
        return "\n".join(answer_sentence(base, f, chinese) for f in answer.facts)
    raise ValueError(f"not an answer: {answer.kind}")


def message(answer: Answer, lang: Lang | None = None) -> str:
    """The one line saying why a question was declined, in `lang` (by default the
    question's language; both: Chinese, then English)."""
    chosen = lang or (Lang.EN if answer.english else Lang.ZH)
    if chosen is Lang.BOTH:
        return f"{message(answer, Lang.ZH)} / {message(answer, Lang.EN)}"
    chinese = chosen is Lang.ZH
    subject = answer.subject or answer.question
    measure = _measure_name(answer.measure, chinese)
    if answer.reason == "unstated-measure":
        if chinese:
            what = f"{subject}的{measure}" if measure else f"{_period_zh(answer)}{subject}"
            return f"报告未给出{what}。" + _see(answer, chinese)
        what = f"the {measure} of {subject}" if measure else f"{subject} for{_period_en(answer)}"
        return f"The report does not state {what}." + _see(answer, chinese)
    if answer.reason == "ambiguous":
        count = len(answer.related)
        if chinese:
            return f"有{count}项事实同样符合“{answer.question}”，请指明是哪一项。" + _see(
                answer, chinese
            )
        return f"{count} facts answer '{answer.question}' equally well; say which one." + _see(
            answer, chinese
        )
    if chinese:
        return f"报告中没有关于“{answer.question}”的内容。" + (
            "最接近的事实列在下面。" if answer.related else ""
        )
    return f"The report says nothing about '{answer.question}'." + (
        " The nearest facts are listed." if answer.related else ""
    )


def record(base: FactBase, answer: Answer, lang: Lang | None = None) -> dict[str, Any]:
    """The JSON document `ask --json` prints."""
    return {
        "question": answer.question,
        "answered": answer.answered,
        "kind": answer.kind,
        "answer": sentences(base, answer, lang) if answer.answered else None,
        "reason": answer.reason,
        "message": None if answer.answered else message(answer, lang),
        "subject": answer.subject or None,
        "measure": answer.measure,
        "period": answer.period,
        "fact": fact_record(base, answer.facts[0]) if answer.facts else None,
        "facts": [fact_record(base, f) for f in answer.facts],
        "complete": answer.complete,
        "candidates": [
            {
                "id": m.fact.id,
                "score": m.score,
                "label": {"zh": m.fact.label.zh, "en": m.fact.label.en},
            }
            for m in answer.related
        ],
    }


# --- answered --------------------------------------------------------------------------------


def _extreme(base: FactBase, answer: Answer, chinese: bool, answer_sentence: Sentence) -> str:
    top = answer.facts[0]
    measure = _measure_name(top.measure, chinese) or ""
    highest = answer.kind == "max"
    lines = []
    if chinese:
        word = "最高" if highest else "最低"
        if answer.complete:
            ranked = "、".join(f"{f.label.zh}{stated_hedged(f)}" for f in answer.facts)
            lines.append(
                f"报告列出的{len(answer.facts)}项{measure}中，{top.label.zh}{word}（{ranked}）。"
            )
        else:
            lines.append(
                f"报告只单独给出了一项这样的{measure}数据（{top.label.zh}），无法比较高低。"
            )
    else:
        word = "highest" if highest else "lowest"
        if answer.complete:
            ranked = "; ".join(f"{f.label.en}: {_plain(f)}" for f in answer.facts)
            lines.append(
                f"Of the {len(answer.facts)} figures of {measure} the report states, "
                f"the {word} is {top.label.en} ({ranked})."
            )
        else:
            lines.append(
                f"The report states only one such figure of {measure} ({top.label.en}), "
                "so it cannot be ranked against others."
            )
    lines.extend(answer_sentence(base, f, chinese) for f in answer.facts)
    return "\n".join(lines)


def _comparison(base: FactBase, answer: Answer, chinese: bool, answer_sentence: Sentence) -> str:
    first, second = answer.facts[0], answer.facts[1]
    equal = first.value == second.value
    if chinese:
        if equal:
            head = f"{first.label.zh}与{second.label.zh}相同（均为{stated_hedged(first)}）。"
        else:
            head = (
                f"{first.label.zh}（{stated_hedged(first)}）多于"
                f"{second.label.zh}（{stated_hedged(second)}）。"
            )
    elif equal:
        head = f"{first.label.en} and {second.label.en} are the same ({_plain(first)})."
    else:
        head = (
            f"{first.label.en} ({_plain(first)}) is larger than "
            f"{second.label.en} ({_plain(second)})."
        )
    return "\n".join([head, *(answer_sentence(base, f, chinese) for f in answer.facts)])


def _period(base: FactBase, answer: Answer, chinese: bool, answer_sentence: Sentence) -> str:
    when = _period_zh(answer) if chinese else _period_en(answer).strip(", ")
    head = (
        f"报告记载{when}的{len(answer.facts)}项事实："
        if chinese
        else f"The report records {len(answer.facts)} facts for {when}:"
    )
    return "\n".join([head, *(answer_sentence(base, f, chinese) for f in answer.facts)])


# --- words -----------------------------------------------------------------------------------


def _measure_name(measure: str | None, chinese: bool) -> str:
    if measure is None:
        return ""
    if measure in MEASURES:
        found = MEASURES[measure]
        return found.zh if chinese else found.en
    from jzfacts.search.vocab import UNLISTED_MEASURE_NAMES

    zh, en = UNLISTED_MEASURE_NAMES.get(measure, (measure, measure))
    return zh if chinese else en


def _plain(fact: Fact) -> str:
    return plain_hedged(fact)


def _see(answer: Answer, chinese: bool) -> str:
    if not answer.related:
        return ""
    labels = [m.fact.label.zh if chinese else m.fact.label.en for m in answer.related[:3]]
    return (
        ("相关：" + "；".join(labels) + "。")
        if chinese
        else (" Related: " + "; ".join(labels) + ".")
    )


def _period_zh(answer: Answer) -> str:
    if answer.period is None:
        return ""
    start, _, end = answer.period.partition("..")
    return _month_zh(start) + (f"至{_month_zh(end)}" if end else "")


def _month_zh(period: str) -> str:
    year, _, month = period.partition("-")
    if month == "12":
        return f"{year}年底"
    return f"{year}年{int(month)}月" if month else f"{year}年"


def _period_en(answer: Answer) -> str:
    if answer.period is None:
        return ""
    start, _, end = answer.period.partition("..")
    if end:
        return f" {_month_en(start)} to {_month_en(end)}"
    return f" {_month_en(start)}"


def _month_en(period: str) -> str:
    months = (
        "January February March April May June July August September October November December"
    ).split()
    year, _, month = period.partition("-")
    if month == "12":
        return f"the end of {year}"  # the base records 年底 as month 12
    return f"{months[int(month) - 1]} {year}" if month else year
