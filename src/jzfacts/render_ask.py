"""Rendering `ask`'s answers: sentences in the question's language, and JSON records.

An answered question gets one sentence per fact with its source (prose.answer_sentence);
a ranking or a comparison says what it compares, what the ranking covers, and when the
figures are shares or contributions of different wholes; a period question lists the
period's facts. A declined question gets one line saying why, in the question's language
(报告未给出白象食品的产值。/ The report does not state …), with the related facts and
their values; the CLI lists them as candidates too.

The Chinese templates were read by a native-level editor (the wording rules are beside
each one).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Any

from jzfacts.answer import Answer, examples_listed
from jzfacts.measures import MEASURES, RELATIVE
from jzfacts.model import Fact, FactBase
from jzfacts.prose import Lang, statement_en, statement_zh
from jzfacts.prose import answer_sentence as fact_sentence
from jzfacts.render import decimal_text, fact_record, json_decimal
from jzfacts.units import POINTS

Sentence = Callable[[FactBase, Fact, bool], str]

COUNTED = frozenset({"count", "production"})  # 多于/少于; other measures 高于/低于


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
        line = answer_sentence(base, answer.facts[0], chinese)
        if answer.premise:
            # 既然…: the claim the question rests on is not what the report says.
            if chinese:
                return "问题所依据的说法与报告不符。" + line
            return "The question rests on a claim the report does not bear out. " + line
        if answer.threshold is not None or answer.verdict is not None:
            return _verdict(answer, chinese) + line
        if answer.claim and not answer.settled:
            # 陕西建工是世界500强吗: what the report says, given as no yes (the claim may
            # still be plain from it: no more is said than that none was judged).
            return _NO_VERDICT[chinese] + line
        if answer.asks_giver:
            return _who(base, answer.facts[0], chinese, kinds=("body",)) + line
        if not answer.asks_who:
            return line
        return _who(base, answer.facts[0], chinese, asked=answer.question) + line
    if answer.kind in ("max", "min"):
        # (1.11亿是最大的资金吗: 否, before the ranking that settles it)
        return _settled(answer, chinese) + _extreme(base, answer, chinese, answer_sentence)
    if answer.kind == "compare":
        return _settled(answer, chinese) + _comparison(base, answer, chinese, answer_sentence)
    if answer.kind == "order":
        return _settled(answer, chinese) + _order(base, answer, chinese, answer_sentence)
    if answer.kind == "period":
        return _settled(answer, chinese) + _period(base, answer, chinese, answer_sentence)
    if answer.kind == "list":
        listed = "\n".join(answer_sentence(base, f, chinese) for f in answer.facts)
        return _settled(answer, chinese) + listed
    raise ValueError(f"not an answer: {answer.kind}")


def _yes(answer: Answer, chinese: bool) -> bool:
    """Is the verdict's word yes (是, Yes)? A denial's, said in English by what is so
    (GDP wasn't 14.3 billion yuan, was it? Yes), is in Chinese said of the denial as put
    (否: it was)."""
    return (answer.verdict == "yes") != (chinese and answer.by_what_is_so)


def _settled(answer: Answer, chinese: bool) -> str:
    """省级比国家级多12户吗, 省级17户、国家级5户对吗: 是。/ 否。 before the figures that
    settle a comparison or several claims ("" when they leave it open)."""
    if answer.verdict not in ("yes", "no"):
        return ""
    yes = _yes(answer, chinese)
    return ("是。" if yes else "否。") if chinese else ("Yes. " if yes else "No. ")


def message(answer: Answer, lang: Lang | None = None) -> str:
    """The one line saying why a question was declined, in `lang` (by default the
    question's language; both: Chinese, then English)."""
    chosen = lang or (Lang.EN if answer.english else Lang.ZH)
    if chosen is Lang.BOTH:
        return f"{message(answer, Lang.ZH)} / {message(answer, Lang.EN)}"
    chinese = chosen is Lang.ZH
    if answer.reason == "unstated-measure":
        return _unstated(answer, chinese)
    if answer.reason == "ambiguous":
        choices = [m.fact.label.zh if chinese else m.fact.label.en for m in answer.related]
        if len(choices) == 1:  # 那华卫呢: one thing named, nothing asked of it
            if chinese:
                return f"问题没有说明要查什么。相关的数据只有1项：①{choices[0]}。请写明要查的指标。"
            return (
                f"The question does not say what it asks. One fact is related: (1) "
                f"{choices[0]}. Name the measure."
            )
        if not choices:  # Which is bigger?, And the second?: with nothing named
            if chinese:
                return "问题没有说明问的或比较的是什么：请写出要查的事物或指标（如产值、企业数）。"
            return (
                "The question does not say what it asks about or compares: name the things or"
                " the measure (output value, number of enterprises)."
            )
        found = max(answer.choices, len(choices))
        if chinese:
            listed = "；".join(f"{_circled(i)}{label}" for i, label in enumerate(choices, 1))
            first = f"，前{len(choices)}项" if found > len(choices) else ""
            return f"报告中有{found}项数据与这一问题对应{first}：{listed}。请指明要查哪一项。"
        listed = "; ".join(f"({i}) {label}" for i, label in enumerate(choices, 1))
        first = f"; the first {len(choices)}" if found > len(choices) else ""
        return f"{found} facts answer this question{first}: {listed}. Say which one."
    if chinese:
        return f"报告中未找到能回答“{answer.question}”的内容。" + (
            "最接近的事实列在下面。" if answer.related else ""
        )
    return f"Nothing in the report answers '{answer.question}'." + (
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
        # 最早发生的事, the latest event: "earliest" or "latest" (null when not asked).
        "time_order": answer.time_order or None,
        "fact": fact_record(base, answer.facts[0]) if answer.facts else None,
        "facts": [fact_record(base, f) for f in answer.facts],
        "complete": answer.complete,
        # A comparison: whether the figures settle which is larger (false when a floor
        # such as 突破 or two close approximations leave it open).
        # A yes-or-no question answered with a fact: whether it settles it (false: the
        # fact is shown, no yes or no given).
        "settled": (
            answer.settled
            if answer.kind in ("compare", "max", "min") or answer.among or answer.claim
            else None
        ),
        # A ranking of the things the question names, not of all the report states.
        "among": answer.among,
        # A figure held against a number (超过10万辆了吗): "yes", "no" or null when a
        # hedged figure leaves it open; the number as the question writes it.
        "verdict": answer.verdict,
        # Whether the claim holds as the question puts it: the verdict, but for a denial
        # answered in English by what is so (GDP wasn't 14.3 billion yuan, was it? verdict
        # "yes", claim_holds false); null where no yes or no is given.
        "claim_holds": answer.claim_holds,
        # The verdict judges the claim the question rests on (既然…, since …), not what
        # it then asks, which is left unanswered.
        "premise": answer.premise,
        "threshold": answer.threshold,
        # The verdict rests on a floor read to its last digit (突破224亿 is under 225亿).
        "floor_read": answer.floor_read,
        # Of two facts compared, in the question's order: "first", "second" or "same".
        "larger": answer.larger,
        # Of two things ordered in time (which came first): the one dated earlier, "first",
        # "second", "same" (one month) or null (not told).
        "earlier": answer.earlier,
        # A比B多几家: the first less the second, in difference_unit (null otherwise).
        "difference": json_decimal(answer.difference, 4),
        "difference_unit": answer.difference_unit,
        # A是B的几倍: the first over the second (null otherwise).
        "ratio": json_decimal(answer.ratio, 4),
        # A比B多百分之几: the first's excess over the second, in per cent of the second
        # (negative where it is less; null otherwise).
        "relative": json_decimal(answer.relative, 4),
        # How a hedged figure (突破224亿) hedges the ratio or the difference's size:
        # "over", "under", "nearly", "about", or null (exact).
        "gap_hedge": answer.gap_hedge,
        # Declined as ambiguous: how many facts it could mean (candidates: the first few).
        "choices": answer.choices if answer.reason == "ambiguous" else None,
        # A ranking asked one or more places down (第二多): the place; "fact" is the one
        # at it, "facts" the ranking with it first (1 otherwise).
        "place": answer.place,
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


def _who(
    base: FactBase,
    fact: Fact,
    chinese: bool,
    kinds: tuple[str, ...] = ("enterprise",),
    asked: str = "",
) -> str:
    """汾盾1号是哪家企业造的: the enterprises the fact names, before its sentence (谁颁的奖:
    the bodies it names); never the party the question names (开建集团和谁合资: 陕西建工)."""
    from jzfacts.search.fold import fold_query
    from jzfacts.search.question import analyse, named_as_party
    from jzfacts.search.rank import names_set_aside

    folded = fold_query(asked)
    aside = analyse(asked).excluded if asked else ()  # (read once, not for each entity)
    names, kept = [], []
    for zh in fact.entities:
        entity = base.entity(zh)
        if entity is not None and named_as_party(entity, folded):
            continue
        if names_set_aside(base, aside, zh):
            continue  # 除了中海油，还有哪家: never the one set aside
        if (entity is None and "enterprise" in kinds) or (
            entity is not None and entity.kind in kinds
        ):
            names.append(zh if chinese or entity is None else entity.en)
            kept.append(zh)
    if not names:
        return ""
    if set(kept) <= set(examples_listed(fact)):
        # 中海油、斯普瑞等: the report's examples of the group, said as examples.
        return ("、".join(names) + "等。") if chinese else (", ".join(names) + " and others. ")
    return ("、".join(names) + "。") if chinese else (", ".join(names) + ". ")


def _points_said_as_percent(fact: Fact, said: str) -> bool:
    """Is a figure in percentage points held to a number said in per cent (17.77%)?"""
    points = fact.unit_info is not None and fact.unit_info.dimension == POINTS
    return points and ("%" in said or "percent" in said) and "point" not in said


_NO_VERDICT = {
    True: "未给出是/否判断，报告原文如下：",
    False: "No yes or no is given; the report says: ",
}


def _verdict(answer: Answer, chinese: bool) -> str:
    """超过10万辆了吗: 是。/ 否。, or why the figure leaves it open, before the fact."""
    fact = answer.facts[0]
    if answer.verdict == "roughly":
        if chinese:
            return "大致是（两个数字只在写到的位数上不同，以报告为准）。"
        return "Roughly (the two differ only in the digits written; the report's figure follows). "
    if answer.verdict is not None:
        yes = _yes(answer, chinese)
        # 突破224亿 against 230亿: the floor, read to the digit it is written to, decides.
        if chinese:
            read = "（报告只给出下限“突破”，按其写到的位数计）" if answer.floor_read else ""
            return f"{'是' if yes else '否'}{read}。"
        read = (
            " (the report gives only a floor, over, read to the digits it is written to)"
            if answer.floor_read
            else ""
        )
        return f"{'Yes' if yes else 'No'}{read}. "
    if fact.value is None:
        return _NO_VERDICT[chinese]  # 全年垫底吗 of April's: a standing held, left open
    if fact.is_derived:  # an inferred figure: approximate because the report never states it
        if chinese:
            return f"报告没有直接给出这个数字（下面是推算值），不能据此判断是否{answer.threshold}。"
        return (
            "The report does not state this figure (it is inferred below), so it does not "
            f"settle the question ({answer.threshold}). "
        )
    if _points_said_as_percent(fact, answer.threshold or ""):
        # 拉动17.77%了吗 of 17.77个百分点: the figure, its unit said otherwise.
        if chinese:
            return f"报告给出的是百分点，不是百分比，不能据此判断是否{answer.threshold}。"
        return (
            "The report gives percentage points, not a per cent, so it does not settle the"
            f" question ({answer.threshold}). "
        )
    if fact.approximate is None:
        # 有100户吗 of 171: read as at least (是) and as exactly (否) by different readers.
        if chinese:
            said = answer.threshold
            return f"问题中的数字可理解为“至少”或“恰好”，报告的数字不能据此判断是否{said}。"
        return (
            "The number asked may be read as at least or as exactly that many, so the"
            f" report's figure does not settle the question ({answer.threshold}). "
        )
    if chinese:
        hedge = "只给出下限（突破）" if fact.approximate == "over" else "是约数"
        return f"报告的数字{hedge}，不能据此判断是否{answer.threshold}。"
    hedge = "only a floor (over)" if fact.approximate == "over" else "approximate"
    return (
        f"The report's figure is {hedge}, so it does not settle the question ({answer.threshold}). "
    )


def _extreme(base: FactBase, answer: Answer, chinese: bool, answer_sentence: Sentence) -> str:
    """The top (or bottom) of what the report states of a measure, or the place asked
    (第二多), saying what the ranking covers: one figure is no ranking; relative figures
    of different wholes are listed, not ranked."""
    top = answer.facts[0]  # the answer: the top, or the fact at the place asked
    ranking = answer.ranking()
    measure = _measure_name(top.measure, chinese) or ""
    if len({f.measure for f in ranking}) > 1:
        # The smallest yuan figure: sums of several measures (GDP, funds, output) are
        # named by what they count, not by the first one's measure.
        measure = _dimension_name(top, chinese)
    relative = top.measure in RELATIVE
    if answer.among:
        head = _among(answer, chinese, relative)
        return "\n".join([head, *(answer_sentence(base, f, chinese) for f in answer.facts)])
    if answer.by_level:
        # 级别最高的: ranked by level (national, provincial, city; or a cadre's grade, 正处
        # above 副处), not by the figure.
        grades = any(g in top.label.zh for g in ("正处", "副处"))
        if chinese:
            word = _place_zh(answer, "最高", "最低", "高")
            levels = "正处级、副处级" if grades else "国家级、省级、市级"
            head = f"报告给出的各级别（{levels}）中，级别{word}的是：{statement_zh(top)}。"
        else:
            word = _place_en(answer, "highest", "lowest")
            levels = "division head, deputy division" if grades else "national, provincial, city"
            head = f"Of the levels the report gives ({levels}), the {word} is {statement_en(top)}."
        return "\n".join([head, answer_sentence(base, top, chinese)])
    lines = []
    # Figures of the measure the ranking leaves out (not what was asked: other firms'
    # output, another kind of share): then it covers only what the question names.
    shown = {f.id for f in answer.facts}
    narrowed = any(
        f.measure == top.measure and f.id not in shown and not f.is_derived for f in base.facts
    )
    if chinese:
        if not answer.complete:
            lines.append(
                f"报告中符合所问的{measure}数据只有一项（{top.label.zh}），没有可供比较的其他数据。"
                if narrowed
                else f"报告只列出了一项{measure}数据（{top.label.zh}），没有可供比较的其他数据。"
            )
        elif not answer.settled:
            word = _place_zh(answer, "最高", "最低", "高")
            lines.append(
                f"符合所问的{len(answer.facts)}项{measure}数据中，不能确定哪一项{word}："
                + "；".join(statement_zh(f) for f in ranking)
                + "。其中有的只给出下限（突破）或约数，据此判断不了高低。"
            )
        elif relative:
            lines.append(
                f"报告给出了{len(answer.facts)}项{measure}数据，但各自的总量不同，"
                "不能直接比较高低：" + "；".join(statement_zh(f) for f in ranking) + "。"
            )
        else:
            word = _place_zh(answer, "最高", "最低", "高")
            which = "符合所问的" if narrowed else "报告列出的"
            lines.append(
                f"{which}{len(answer.facts)}项{measure}数据中，数值{word}的一项是："
                f"{statement_zh(top)}。" + _others_zh(answer, ranking)
            )
    elif not answer.complete:
        lines.append(
            f"The report states only one figure of {measure} of this kind ({top.label.en}); "
            "there is nothing to compare it with."
        )
    elif not answer.settled:
        word = _place_en(answer, "highest", "lowest")
        lines.append(
            f"Of the {len(answer.facts)} figures of {measure} that fit the question, which is "
            f"the {word} is not settled: "
            + "; ".join(statement_en(f) for f in ranking)
            + " (some are only floors, over, or approximate)."
        )
    elif relative:
        lines.append(
            f"The report gives {len(answer.facts)} figures of {measure}, each of a different "
            "whole, so they cannot be ranked directly: "
            + "; ".join(statement_en(f) for f in ranking)
            + "."
        )
    else:
        word = _place_en(answer, "highest", "lowest")
        which = "that fit the question" if narrowed else "the report states"
        lines.append(
            f"Of the {len(answer.facts)} figures of {measure} {which}, the {word} "
            f"is {statement_en(top)}." + _others_en(answer, ranking)
        )
    lines.extend(answer_sentence(base, f, chinese) for f in answer.facts)
    return "\n".join(lines)


def _place_zh(answer: Answer, highest: str, lowest: str, high: str) -> str:
    """最高, or 第二高 for a place down the ranking (倒数第二 from the bottom)."""
    if answer.place <= 1:
        return highest if answer.kind == "max" else lowest
    ordinal = _ORDINALS_ZH.get(answer.place, str(answer.place))
    return f"第{ordinal}{high}" if answer.kind == "max" else f"倒数第{ordinal}"


def _place_en(answer: Answer, highest: str, lowest: str) -> str:
    """highest, or second highest for a place down the ranking."""
    word = highest if answer.kind == "max" else lowest
    if answer.place <= 1:
        return word
    return f"{_ORDINALS_EN.get(answer.place, f'{answer.place}th')} {word}"


_ORDINALS_ZH = {2: "二", 3: "三", 4: "四", 5: "五"}
_COUNTS_ZH = {2: "两"}  # 不足两项, fewer than two (第二 is the ordinal)
_ORDINALS_EN = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def _others_zh(answer: Answer, ranking: tuple[Fact, ...]) -> str:
    """其余：… (the rest after the top), or the whole order for a place down it."""
    if answer.place > 1:
        order = "从高到低" if answer.kind == "max" else "从低到高"
        return f"{order}依次为：" + "；".join(statement_zh(f) for f in ranking) + "。"
    rest = "；".join(statement_zh(f) for f in ranking[1:])
    return f"其余：{rest}。" if rest else ""


def _others_en(answer: Answer, ranking: tuple[Fact, ...]) -> str:
    """The others: … (after the top), or the whole order for a place down it."""
    if answer.place > 1:
        order = "highest first" if answer.kind == "max" else "lowest first"
        return f" In order ({order}): " + "; ".join(statement_en(f) for f in ranking) + "."
    rest = "; ".join(statement_en(f) for f in ranking[1:])
    return f" The others: {rest}." if rest else ""


def _among(answer: Answer, chinese: bool, relative: bool) -> str:
    """甲、乙、丙哪个最多: the things the question names, ranked; saying when they are of
    different wholes or measures, or when hedged figures leave the top open."""
    facts = answer.ranking()
    count = len(facts)
    mixed = len({f.measure for f in facts}) > 1
    if chinese:
        if relative:
            return (
                f"问题列出的{count}项数据各自的基数（总量）不同，不能直接比较高低："
                + "；".join(statement_zh(f) for f in facts)
                + "。"
            )
        word = _place_zh(answer, "最高", "最低", "高")
        head = f"问题列出的{count}项中，数值{word}的是：{statement_zh(answer.facts[0])}。"
        head += _others_zh(answer, facts)
        if not answer.settled:
            where = "排在前两位的" if answer.place <= 1 else "这一位次与相邻几项"
            head += f"但其中有的数据只是下限（突破）或约数，{where}先后不能确定。"
        if mixed:
            head += "注意：这几项是不同的指标，这里只比较数值。"
        return head
    if relative:
        return (
            f"The {count} figures asked about are each relative to a different whole, so they "
            "cannot be ranked directly: " + "; ".join(statement_en(f) for f in facts) + "."
        )
    word = _place_en(answer, "highest", "lowest")
    head = f"Of the {count} things asked about, the {word} is {statement_en(answer.facts[0])}."
    head += _others_en(answer, facts)
    if not answer.settled:
        where = "the first two" if answer.place <= 1 else "this place and its neighbours"
        head += (
            " Some of these are only floors (over) or approximations, so the order of"
            f" {where} is not settled."
        )
    if mixed:
        head += " Note: these are different measures; only the figures are compared."
    return head


def _gap_zh(answer: Answer) -> str:
    """，相差12户: the difference a 多几家 question asks for; ，是后者的3.4倍: the ratio a
    几倍 question asks for."""
    hedge = answer.gap_hedge
    if answer.relative is not None:
        way = "多" if answer.relative >= 0 else "少"
        said = {"under": "不到", "nearly": "近", "about": "约"}.get(hedge or "", "")
        above = "以上" if hedge == "over" else ""
        return f"，前者比后者{way}{said}{_percent_text(answer.relative, hedge)}%{above}"
    if answer.ratio is not None:
        times = f"后者的{_bound_text(answer.ratio, hedge)}倍"
        if hedge in ("under", "nearly"):
            return f"，{'不到' if hedge == 'under' else '近'}{times}"
        return f"，是{times}" + {"over": "以上", "about": "左右"}.get(hedge or "", "")
    if answer.difference is None:
        return ""
    said = {"over": "超过", "under": "不到", "nearly": "近", "about": "约"}.get(hedge or "", "")
    return f"，相差{said}{decimal_text(abs(answer.difference))}{answer.difference_unit or ''}"


def _percent_text(relative: Decimal, hedge: str | None) -> str:
    """A relative difference's size in per cent, to one decimal, rounded as a hedged ratio
    is (so that a bound stays true)."""
    way = {"over": ROUND_FLOOR, "under": ROUND_CEILING, "nearly": ROUND_CEILING}
    size = abs(relative).quantize(Decimal("0.1"), way.get(hedge or "", ROUND_HALF_EVEN))
    return decimal_text(size, 1)


def _bound_text(ratio: Decimal, hedge: str | None) -> str:
    """A ratio to two decimals, rounded so that a hedged bound stays true: down for
    over (≥0.7787 is 0.77倍以上, never 0.78), up for under and nearly."""
    way = {"over": ROUND_FLOOR, "under": ROUND_CEILING, "nearly": ROUND_CEILING}
    return decimal_text(ratio.quantize(Decimal("0.01"), way.get(hedge or "", ROUND_HALF_EVEN)), 2)


def _gap_en(answer: Answer) -> str:
    """, by 12 enterprises: the difference a how-many-more question asks for; , 3.4 times
    the second: the ratio a how-many-times question asks for."""
    from jzfacts.units import UNITS, plain_english

    said = {"over": "over ", "under": "under ", "nearly": "nearly ", "about": "about "}.get(
        answer.gap_hedge or "", ""
    )
    if answer.relative is not None:
        way = "more" if answer.relative >= 0 else "less"
        size = _percent_text(answer.relative, answer.gap_hedge)
        return f", the first {said}{size}% {way} than the second"
    if answer.ratio is not None:
        return f", {said}{_bound_text(answer.ratio, answer.gap_hedge)} times the second"
    if answer.difference is None:
        return ""
    number = decimal_text(abs(answer.difference))
    unit = answer.difference_unit or ""
    return f", by {said}{plain_english(number, UNITS[unit]) if unit in UNITS else number + unit}"


def _comparison(base: FactBase, answer: Answer, chinese: bool, answer_sentence: Sentence) -> str:
    """{A}，{B}，前者高于后者: both facts in full, then which is larger; a warning when
    they are shares or contributions of different wholes."""
    first, second = answer.facts[0], answer.facts[1]
    relative = first.measure in RELATIVE
    counted = first.measure in COUNTED
    if len(answer.facts) > 2:
        # One side against several facts that each answer the other: all of them, ordered.
        if chinese:
            head = "，".join(map(statement_zh, answer.facts)) + "（按数值从高到低排列）。"
        else:
            head = "; ".join(map(statement_en, answer.facts)) + " (largest first)."
        return "\n".join([head, *(answer_sentence(base, f, chinese) for f in answer.facts)])
    floors = [f for f in (first, second) if f.approximate == "over"]
    rough = [f for f in (first, second) if f.approximate in ("nearly", "about")]
    # A floor on the larger side settles it as it stands (突破224亿 against 143亿); only a
    # floor on the smaller side is read to its last digit (突破224亿 against 287.67亿).
    smaller = second if answer.larger == "first" else first if answer.larger == "second" else None
    floor_read = any(f is smaller for f in floors)
    if chinese:
        which = "前者" if (floors or rough)[:1] == [first] else "后者"
        if answer.larger == "same":
            verdict = "两者相同"
        elif answer.larger is not None:
            more, less = ("多于", "少于") if counted else ("高于", "低于")
            verdict = "前者" + (more if answer.larger == "first" else less) + "后者"
            if floor_read:
                # 突破224亿 against 287.67亿: the floor, read to its last digit, decides.
                verdict += f"（{which}只给出下限“突破”，按其写到的位数计，仍不及另一项）"
        elif len(floors) == 2:
            verdict = "但两项都只给出下限（突破），不能据此判断孰高孰低"
        elif floors:
            verdict = f"但{which}只给出下限（突破），不能据此判断孰高孰低"
        elif len(rough) == 2:
            verdict = "但两项都是约数且相差不大，不能据此判断孰高孰低"
        else:
            verdict = f"但{which}是约数，且两者相差不大，不能据此判断孰高孰低"
        head = f"{statement_zh(first)}，{statement_zh(second)}，{verdict}{_gap_zh(answer)}。"
        if relative:
            head += "注意：两项数据的基数（各自的总量）不同，数值高低不能直接说明绝对大小。"
        elif first.measure != second.measure:
            head += "注意：两项是不同的指标，这里只比较数值。"
    else:
        which = "the first" if (floors or rough)[:1] == [first] else "the second"
        if answer.larger == "same":
            verdict = "the two are the same"
        elif answer.larger is not None:
            verdict = "the first is " + ("larger" if answer.larger == "first" else "smaller")
            if floor_read:
                verdict += (
                    f" ({which} is only a floor, over, but read to the digits it is written"
                    " to it stays below the other)"
                )
        elif len(floors) == 2:
            verdict = "both are only floors (over), so which is larger is not settled"
        elif floors:
            verdict = f"{which} is only a floor (over), so which is larger is not settled"
        elif len(rough) == 2:
            verdict = "both are approximate and close, so which is larger is not settled"
        else:
            verdict = f"{which} is approximate and close, so which is larger is not settled"
        head = f"{statement_en(first)}; {statement_en(second)}: {verdict}{_gap_en(answer)}."
        if relative:
            head += (
                " Note: the two are relative to different wholes, so the larger figure is"
                " not necessarily the larger amount."
            )
        elif first.measure != second.measure:
            head += " Note: these are different measures; only the figures are compared."
    return "\n".join([head, *(answer_sentence(base, f, chinese) for f in answer.facts)])


def _order(base: FactBase, answer: Answer, chinese: bool, answer_sentence: Sentence) -> str:
    """{A}在2022年6月，{B}在2022年底，前者在先: each thing's time, then which came first
    (or that the report does not tell), then both facts in full."""
    first, second = answer.facts[0], answer.facts[1]
    if chinese:
        times = "，".join(f"“{f.label.zh}”在{_month_zh(f.period)}" for f in (first, second))
        if answer.earlier in ("first", "second"):
            # (The one asked for leads: the earlier, or the later where the last is asked.)
            verdict = "前者在先" if answer.earlier == "first" else "前者在后"
        elif answer.earlier == "same":
            verdict = "同在一个月，报告未说明孰先孰后"
        else:
            verdict = "报告未给出月份，未说明孰先孰后"
        head = f"{times}，{verdict}。"
    else:
        times = (
            f"{first.label.en}: {_month_en(first.period)}; "
            f"{second.label.en}: {_month_en(second.period)}"
        )
        if answer.earlier in ("first", "second"):
            verdict = "the first was " + ("earlier" if answer.earlier == "first" else "later")
        elif answer.earlier == "same":
            times = f"{first.label.en} and {second.label.en}"
            when = _month_en(first.period)
            at = "at" if when.startswith("the end") else "in"
            verdict = f"both {at} {when}, and the report does not say which came first"
        else:
            verdict = "the report gives no month, so which came first is not said"
        head = f"{times}: {verdict}."
    return "\n".join([head, *(answer_sentence(base, f, chinese) for f in answer.facts)])


def _period(base: FactBase, answer: Answer, chinese: bool, answer_sentence: Sentence) -> str:
    count = len(answer.facts)
    earliest = answer.time_order == "earliest"
    if answer.time_order and chinese:
        # (2022年最早发生的事: the month, among all the report dates to a month, or among
        # the things asked about)
        way = "最早" if earliest else "最晚"
        among = "所问事项中，" if answer.among else "报告中注明月份的内容里，"
        head = f"{among}{way}的是{_period_zh(answer)}，共{count}项："
    elif answer.time_order:
        way = "earliest" if earliest else "latest"
        among = "the things asked about" if answer.among else "what the report dates to a month"
        head = f"Of {among}, the {way} is{_period_en(answer)} ({count}):"
    elif chinese:
        head = f"报告中与{_period_zh(answer)}有关的内容共{count}项："
    else:
        head = f"The report has {count} items for{_period_en(answer)}:"
    return "\n".join([head, *(answer_sentence(base, f, chinese) for f in answer.facts)])


# --- declined --------------------------------------------------------------------------------


def _unstated(answer: Answer, chinese: bool) -> str:
    """报告未给出{subject}的{measure}。报告中相关的数据有：…: what is missing, then what the
    report does state about it, with values; for another year, that year."""
    subject = answer.subject or answer.question
    # GDP asked for a quarter: the subject is the measure, named once (not GDP的地区生产总值).
    measure = (
        "" if _is_measure_word(subject, answer.measure) else _measure_name(answer.measure, chinese)
    )
    # A month or quarter is part of what is missing (2022年5月全省的排名); a year is, when
    # the report has other years (handled below).
    within = answer.period is not None and "-" in answer.period
    year = answer.period[:4] if answer.period is not None else ""
    other_year = bool(year and answer.related) and not any(
        m.fact.period.startswith(year) for m in answer.related
    )
    related = [m.fact for m in answer.related[:3]]
    if chinese:
        if answer.place > 1:
            # 产值第二高的企业: fewer figures of the kind than the place asked.
            ordinal = _ORDINALS_ZH.get(answer.place, str(answer.place))
            named = _measure_name(answer.measure, chinese)
            count = _COUNTS_ZH.get(answer.place, ordinal)
            head = f"报告给出的{named}数据不足{count}项，排不出第{ordinal}位。"
        elif other_year:
            years = "、".join(sorted({f.period[:4] + "年" for f in related}))
            head = f"报告未给出{year}年的{subject}数据，只有{years}的。"
        else:
            when = _period_zh(answer) if within else ""
            what = f"{when}{subject}的{measure}" if measure else f"{_period_zh(answer)}{subject}"
            head = f"报告未给出{what}。"
        return head + (
            "报告中相关的数据有：" + "；".join(map(statement_zh, related)) + "。" if related else ""
        )
    if answer.place > 1:
        ordinal = _ORDINALS_EN.get(answer.place, f"{answer.place}th")
        named = _measure_name(answer.measure, chinese)
        of = f" of {named}" if named else ""
        head = (
            f"The report states fewer than {answer.place} figures{of} here, so none ranks"
            f" {ordinal}."
        )
    elif other_year:
        years = ", ".join(sorted({f.period[:4] for f in related}))
        head = f"The report does not state {subject} for {year}, only for {years}."
    else:
        period = _period_en(answer)
        when = f" for{period}" if period and (within or not measure) else ""
        of = _MEASURE_PREPOSITIONS.get(answer.measure or "", "of")
        what = f"the {measure} {of} {subject}{when}" if measure else f"{subject}{when}"
        head = f"The report does not state {what}."
    listed = "; ".join(map(statement_en, related))
    return head + (f" Related: {listed}." if related else "")


# --- words -----------------------------------------------------------------------------------


def _is_measure_word(subject: str, measure: str | None) -> bool:
    from jzfacts.search.vocab import EN_MEASURE_WORDS, ZH_MEASURE_WORDS

    word = subject.strip().lower()
    return measure is not None and measure in (
        ZH_MEASURE_WORDS.get(word),
        EN_MEASURE_WORDS.get(word),
    )


def _measure_name(measure: str | None, chinese: bool) -> str:
    if measure is None:
        return ""
    if measure in MEASURES:
        found = MEASURES[measure]
        return found.zh if chinese else found.en
    from jzfacts.search.vocab import UNLISTED_MEASURE_NAMES

    zh, en = UNLISTED_MEASURE_NAMES.get(measure, (measure, measure))
    return zh if chinese else en


# The word a measure's English name takes before what it is of (the party responsible
# for the trucks; the growth rate of GDP).
_MEASURE_PREPOSITIONS = {"actor": "for"}


_DIMENSION_NAMES = {
    "money": ("金额", "money"),
    "percent": ("百分比", "percentage"),
    "percentage points": ("百分点", "percentage points"),
}


def _dimension_name(fact: Fact, chinese: bool) -> str:
    """What a ranking of several measures counts: money, a percentage, or things."""
    from jzfacts.units import UNITS

    unit = UNITS.get(fact.unit or "")
    zh, en = _DIMENSION_NAMES.get(unit.dimension if unit else "", ("数量", "number"))
    return zh if chinese else en


def _circled(number: int) -> str:
    return "①②③④⑤⑥⑦⑧⑨⑩"[number - 1] if 1 <= number <= 10 else f"({number})"


def _period_zh(answer: Answer) -> str:
    if answer.period is None:
        return ""
    start, _, end = answer.period.partition("..")
    return _month_zh(start, answer.month_asked) + (f"至{_month_zh(end)}" if end else "")


def _month_zh(period: str, month_asked: bool = False) -> str:
    year, _, month = period.partition("-")
    if month == "12" and not month_asked:
        return f"{year}年底"
    return f"{year}年{int(month)}月" if month else f"{year}年"


def _period_en(answer: Answer) -> str:
    if answer.period is None:
        return ""
    start, _, end = answer.period.partition("..")
    if end:
        return f" {_month_en(start)} to {_month_en(end)}"
    return f" {_month_en(start, answer.month_asked)}"


def _month_en(period: str, month_asked: bool = False) -> str:
    months = (
        "January February March April May June July August September October November December"
    ).split()
    year, _, month = period.partition("-")
    if month == "12" and not month_asked:
        return f"the end of {year}"  # the base records 年底 as month 12
    return f"{months[int(month) - 1]} {year}" if month else year
