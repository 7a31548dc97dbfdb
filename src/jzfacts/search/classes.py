"""Classes of firms and parts of industry a question names, set against a fact's.

A count, share or growth the report gives of one class of firms (获批专精特新中小企业, the
firms over 100 million yuan) or of one part of industry (the strategic emerging
industries) is no answer for a wider class (中小企业, SMEs), another class (高新技术企业产值
占比) or industry as a whole (industrial output growth): the report does not say.
"""

from __future__ import annotations

import functools
import re

from jzfacts.model import Fact, FactBase
from jzfacts.search import vocab
from jzfacts.search.fold import fold_query, sound_of
from jzfacts.search.index import search_data, stem, unquoted
from jzfacts.search.question import IN_TENTHS, Question, measures_as_thresholds
from jzfacts.text import has_cjk

# Words of an English name that say nothing of what it names (companies set up does say
# more than companies: set up is no grammar here).
GRAMMAR_WORDS = frozenset("the a an of in on for to and did does do is was were".split())


def of_another_class(
    base: FactBase, question: Question, text: str, fact: Fact, compared: bool = False
) -> bool:
    """Is the fact of a part of the class of firms asked (the SRDI SMEs of 中小企业), of
    another class (亿元以上企业 of 高新技术企业产值占比), or of a part of industry said
    alone (the emerging industries of industrial output)? Not where firms are ranked by
    their pull on their own industries (which firm contributed most to industry growth);
    where things are `compared`, each fact answers its own side, whatever class the other
    names."""
    by_firm = question.about_enterprise or question.operator in ("max", "min")
    return (
        wider_class_counted(question, text, fact)
        or (not compared and another_class_named(base, text, fact))
        or (not by_firm and qualified_head_only(text, fact))
        or another_industry_named(text, fact)
    )


def classed_by_another_measure(base: FactBase, text: str) -> bool:
    """Does the question class firms by a threshold of a measure the base never classes
    them by (营收过亿的企业, 税收过亿, 投资过亿, firms with sales over 100 million)? This
    report classes them by output only (产值亿元以上企业): how many firms pass another
    measure's threshold it does not say. (Search still finds that class as the nearest
    one: only an answer would pass it off as the class asked.)"""
    asked = measures_as_thresholds(text)
    # (firms that produce over 100 million yuan a year: what they make, valued, is output)
    return bool(asked) and any(
        _OUTPUT_VALUED.get(m, m) not in classing_measures(base) for m, _ in asked
    )


_OUTPUT_VALUED = {"production": "output-value"}


def classing_measures(base: FactBase) -> frozenset[str]:
    """The measures the base's names class firms by (产值 of 产值亿元以上企业): made once
    and kept on the base."""
    kept = base.memo.get("classing-measures")
    if isinstance(kept, frozenset):
        return kept
    found = frozenset(
        measure
        for fact in base.facts
        for name in (fact.label.zh, fact.label.en, *fact.aliases)
        for measure, _ in measures_as_thresholds(name)
    )
    base.memo["classing-measures"] = found
    return found


def a_class_by_threshold(fact: Fact) -> bool:
    """Is the fact of firms classed by a threshold (产值亿元以上企业数)?"""
    return any(measures_as_thresholds(n) for n in (fact.label.zh, fact.label.en, *fact.aliases))


def wider_class_counted(question: Question, text: str, fact: Fact) -> bool:
    """Is a class of firms asked that the count's names hold only with more said of it,
    none of which the question says (中小企业 of 获批专精特新中小企业, SMEs of approved
    specialised SMEs)? Then the count is of a part of the class named."""
    if fact.measure != "count":
        return False
    folded = fold_query(text)
    if question.english or _SMES_EN.search(folded):  # (开发区有多少SME: SMEs said in English)
        asked = _SMES_EN.sub("smes", folded)
        if not re.search(r"(?<![a-z])smes(?![a-z])", asked):
            return False
        words = {stem(w) for w in re.findall(r"[a-z]+", asked)}
        names = [_SMES_EN.sub("smes", fold_query(n)) for n in (fact.label.en, *fact.aliases)]
        holding = [n for n in names if re.search(r"\bsmes\b", n)]
        said_more = [
            {stem(w) for w in re.findall(r"[a-z]+", n)} - {"sme"} - GRAMMAR_WORDS for n in holding
        ]
        return bool(holding) and all(more and not more & words for more in said_more)
    names = [fact.label.zh, *(a for a in fact.aliases if has_cjk(a))]
    for term in question.terms:  # (中小企业数量: 中小企业 is a term, not all of it the subject)
        for word in (term.text, *vocab.ZH_SYNONYMS.get(term.text, ())):
            named = next(
                (
                    word[i:]
                    for i in range(len(word) - 3)
                    # (a class some name opens with, standing alone: 中小企业 of 中小企业认定;
                    # 以上企业 ends 规模以上企业 and opens nothing, no class of its own)
                    if _FIRM_CLASS_ZH.fullmatch(word[i:])
                    and any(n.startswith(word[i:]) for n in names)
                ),
                None,
            )
            if named is None:
                continue
            # (the names counting that class: it ends them; “一部一中心三公司”中新成立的部
            # counts departments, whatever name holds 公司)
            counting = [n for n in names if _COUNT_SAID.sub("", n).endswith(named)]
            if not counting:
                continue
            rests = [_COUNT_SAID.sub("", n).removesuffix(named) for n in counting]
            if any(not rest for rest in rests):
                break  # (高新技术企业 of 高新技术企业数: the class itself)
            typed = word[: len(word) - len(named)]
            if typed and any(_a_slip_of(typed, rest) for rest in rests):
                break  # (高薪技术企业, 高兴…: the class, its first word slipped, no other class)
            if all(
                not any(rest[i : i + 2] in folded for i in range(len(rest) - 1)) for rest in rests
            ):
                return True
    return False


def another_class_named(base: FactBase, text: str, fact: Fact) -> bool:
    """Does the question ask a measure of a class of firms the report counts (高新技术企业
    产值占全区比重) of which the fact says nothing: the words of none of the class's names
    (高新技术, 高新, 高科技 …) stand in the fact's names, nor in those of the facts it is
    reckoned from? Then the fact, of another class or of none, does not answer of that
    class. A share's names say what it is of only before 占 (亿元以上企业占全区规上企业比重
    is no share of 规上企业: they are its whole)."""
    if not has_cjk(text):
        return False
    folded = fold_query(text)
    # (after 占 stands a share's whole, 占规上企业比重, as after a share said, 四分之一的规上
    # 企业: no class it is asked of)
    part = _part_asked(folded)
    # (the classes asked first: most questions ask of none, and the fact's names are
    # then not read; search asks this of every fact it scores)
    asked = [
        family
        for named, family in firm_classes(base)
        if re.search(re.escape(named) + _MEASURE_OF_A_CLASS, part) is not None
    ]
    if not asked:
        return False
    said_of = [f for f in map(base.get, fact.inputs) if f is not None] + [fact]
    told = " ".join(
        name.partition("占")[0] if f.measure == "share" else name
        for f in said_of
        for name in (f.label.zh, *f.aliases)
        if has_cjk(name)
    )
    return any(not any(other[:-2] in told for other in family) for family in asked)


# A share said of a class of firms (四分之一的规上企业, 25%的规上企业, 一半企业): the class
# is the share's whole.
_A_SHARE_OF_A_CLASS = re.compile(
    # (not a threshold's figure: 增速超过10%的高新技术企业 are a class of their own)
    rf"(?<![超过于上])(?:{IN_TENTHS.pattern}|百分之[\d一二三四五六七八九十]+|\d+(?:\.\d+)?%)"
    r"的?[\u4e00-\u9fff]{0,8}?(?:企业|公司)",
)
# The whole a share is found in (在规上企业户数里占百分之几).
_AMONG_THEM = re.compile(r"在[^在占]{2,12}?[里中]$")
# A measure said right after a class of firms, of it (高新技术企业产值占全区比重, 规上企业
# 的增速): what is asked of that class (not 规上企业中…, a class in which another is found).
_MEASURE_OF_A_CLASS = (
    r"的?(?:总?产值|增加值|产出|占比|比重|份额|增速|增长|增幅|户数|家数|数量|投资|利润|营收|收入)"
)


def share_of_another_part(base: FactBase, text: str, fact: Fact) -> bool:
    """Does the question ask the share of a class of firms the report names (中小企业停产
    比例, 规上企业占比) that is not the part the share is of (the 85% is of the 四上 firms
    and sites halted, the 25% of the firms over 100 million yuan among the above-scale
    ones)? The class asked stands right before 占 or the share's word (what happened to
    them may come between: 停产的比例); the part is what the share's names say before 占
    (after it stands the whole, 占规上企业). A class the report never names (亿元级厂商, 停产
    的企业) is read as said, by search's words. (Asked by ask only: search still finds such
    a share as the nearest one.)"""
    if fact.measure != "share" or not has_cjk(text):
        return False
    folded = fold_query(text)
    asked = _SHARE_OF_A_CLASS.search(folded.partition("占")[0] + "占" if "占" in folded else folded)
    if asked is None:
        return False
    said = _unquoted_text(base)
    run = asked["run"]
    # (each way the report may name it: 产值亿元以上 and 亿元以上 of 产值亿元以上企业; the
    # zone's own firms, 园区企业, are no class of them)
    named = [
        run[i:]
        for i in range(len(run) - 1)
        if run[i:] + "企业" in said and run[i:] not in vocab.THE_ZONE_ITSELF
    ]
    # (A name that says only the share's whole, 规上企业占比 of the firms over 100 million
    # yuan among the above-scale ones, names no part.)
    whole = fold_query(fact.label.zh).partition("占")[2]
    parts = [
        part
        for name in (fact.label.zh, *fact.aliases)
        if has_cjk(name)
        for part in [unquoted(fold_query(name.partition("占")[0]))]
        if part not in whole
    ]
    return bool(named) and not any(n in part for n in named for part in parts)


def _unquoted_text(base: FactBase) -> str:
    """The base's searchable text without quotation marks (“四上”企业 as 四上企业), made
    once and kept on the base."""
    kept = base.memo.get("unquoted-text")
    if isinstance(kept, str):
        return kept
    text = unquoted(str(search_data(base).joined_text()))
    base.memo["unquoted-text"] = text
    return text


# A class of firms whose share is asked: the characters before 企业 right before 占 or the
# share's word, with what happened to them between (停产比例, 停工的比例).
_SHARE_OF_A_CLASS = re.compile(
    # (A class joined to another before it, A和B占比, is the whole A is of: no run holds a
    # joiner, nor starts after one.)
    r"(?<![和与及跟同])(?P<run>(?:(?![和与及跟同])[\u4e00-\u9fff]){2,8}?)的?企业(?:的)?"
    r"(?:(?:停产|停工|停业|关停|停摆|关门)+(?:的)?)?(?:占比|比例|比重|份额|占)"
)


@functools.lru_cache(maxsize=256)  # asked of one question for every fact search scores
def _part_asked(folded: str) -> str:
    """The question without the whole a share is of: after 占 (not 占比), in 在…里, after
    a share said (四分之一的规上企业)."""
    part = _WHOLE_AFTER.split(folded, maxsplit=1)[0]
    part = _A_SHARE_OF_A_CLASS.sub("", part)
    return _AMONG_THEM.sub("", part)  # (在规上企业户数里占: the whole, as after 占)


_WHOLE_AFTER = re.compile(r"占(?!比)")


def firm_classes(base: FactBase) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each class of firms the base counts, as a count names it (高新技术企业 of 高新技术
    企业数), with all the names that count gives its class (高新企业, 高科技企业 …); made
    once and kept on the base, as its search data is."""
    kept = base.memo.get("firm-classes")
    if isinstance(kept, tuple):
        return kept
    found: list[tuple[str, tuple[str, ...]]] = []
    for fact in base.facts:
        if fact.measure != "count":
            continue
        family = tuple(
            {
                c
                for c in (_COUNT_SAID.sub("", n) for n in (fact.label.zh, *fact.aliases))
                if _FIRM_CLASS_ZH.fullmatch(c)
            }
        )
        found += [(named, family) for named in family]
    base.memo["firm-classes"] = tuple(found)
    return tuple(found)


def qualified_head_only(text: str, fact: Fact) -> bool:
    """Does an English question name industry or a sector (industrial output growth) that
    every English name of the fact holding it qualifies with a word the question does not
    say (strategic emerging industries, new industries)? Then the fact is of a part of it."""
    if has_cjk(text):
        return False
    said = re.findall(r"[a-z]+", fold_query(text))
    words = {stem(w) for w in said}
    # (industry said alone, or the zone's: the pharmaceutical industry names a part)
    heads = {
        _head(w)
        for i, w in enumerate(said)
        if not i or said[i - 1] in GRAMMAR_WORDS or said[i - 1] in _WHOSE
    } & _HEADS
    if not heads:
        return False
    before = []  # the word before each head in the fact's names ("" opening a name)
    for name in (fact.label.en, *(a for a in fact.aliases if a.isascii())):
        tokens = re.findall(r"[a-z]+", fold_query(name))
        before += [tokens[i - 1] if i else "" for i, t in enumerate(tokens) if _head(t) in heads]

    def said_too(word: str) -> bool:  # (pharma of pharmaceutical: either one's start)
        return stem(word) in words or any(
            min(len(word), len(w)) >= 4 and (w.startswith(word) or word.startswith(w)) for w in said
        )

    return bool(before) and all(
        w and w not in GRAMMAR_WORDS and w not in _WHOSE and not said_too(w) for w in before
    )


def another_industry_named(text: str, fact: Fact) -> bool:
    """Does a Chinese question ask a measure of one industry (食品行业产值, 新材料产业增速)
    that the fact's names say is of another (战略性新兴产业)? The industry is what it makes
    or does, said before 行业 or 产业; the names' own, as an abbreviation (战新) or a part
    (新兴) of it, is the same industry. A fact naming no industry is not judged here."""
    if not has_cjk(text) or fact.measure not in _OF_AN_INDUSTRY:
        return False
    # (本行业, 所在行业, 哪个产业: no industry named; 全区战新产业: the zone's, no part)
    asked = [
        part
        for m in _INDUSTRY_MEASURED.finditer(fold_query(text))
        if len(part := _NOT_OF_THE_INDUSTRY.sub("", m["part"])) >= 2
    ]
    if not asked:
        return False
    own = [
        m["part"] for name in (fact.label.zh, *fact.aliases) for m in _INDUSTRY_NAMED.finditer(name)
    ]
    return bool(own) and not any(_same_industry(a, o) for a in asked for o in own)


def _same_industry(asked: str, named: str) -> bool:
    """战新 of 战略性新兴: every character of what was typed in the name, or two shared
    (新材料 shares only 新 with 战略性新兴)."""
    return set(asked) <= set(named) or len(set(asked) & set(named)) >= 2


# The measures a part of industry has (the firms' pulls on an industry are judged by whose
# pull is claimed: 医药行业的增长是白象拉动的吗 is answered no, with Baixiang's).
_OF_AN_INDUSTRY = frozenset({"output-value", "growth-rate", "growth-gap", "value-added"})
# Words before an industry that name none: whose (本, 所在, 各自), which (哪个), the zone's.
_NOT_OF_THE_INDUSTRY = re.compile(
    r"^.*(?:对|在|是|的|和|与|跟|同|比|哪|本|所|各自|自己|其|该|这|那|整个|全区|全市|全省|开发区|晋中)"
)
# An industry said by what it makes (食品行业, 医药产业), up to six characters before the
# word; in a question, only with a measure asked of it (产业扶持资金 are funds, no part).
_INDUSTRY_NAMED = re.compile(r"(?P<part>[\u4e00-\u9fff]{1,6})(?:产业|行业)")
_INDUSTRY_MEASURED = re.compile(
    r"(?P<part>[\u4e00-\u9fff]{2,6})(?:产业|行业)的?总?(?:产值|增加值|增速|增长|增幅|规模|营收|收入|利润)"
)


def _head(word: str) -> str:
    """industrial, industries: industry, as the heads are compared."""
    return "industry" if word.startswith("industr") else stem(word)


# The heads a part of which a fact may name (emerging industries, the food sector).
_HEADS = frozenset({"industry", "sector"})
# Whose it is (the zone's industry): no part of it named.
_WHOSE = frozenset({"zone", "zones", "s", "whole", "overall", "total"})


def _a_slip_of(typed: str, written: str) -> bool:
    """Is what was typed the words written, heard or slipped (高薪 or 高兴 for 高新, 专 for
    专精): a character of them, or their sound?"""
    return bool(set(typed) & set(written)) or sound_of(typed) == sound_of(written)


# A class of firms as named (四上企业, 中小企业, 科技公司): what a count may be of.
_FIRM_CLASS_ZH = re.compile(r"[\u4e00-\u9fff]{2,}(?:企业|公司)")
# What a count's name says of it besides the class (数, 总数, the curator's （推算）, 的).
_COUNT_SAID = re.compile(r"（[^）]*）|\([^)]*\)|总数|户数|家数|数量|数|的")
# Small and medium-sized firms, however said: SMEs (as the phrase synonyms read them).
_SMES_EN = re.compile(
    r"\bsmall(?:\s*(?:and|&|/|-)\s*medium)?(?:[- ]sized?)?\s+"
    r"(?:firms?|enterprises?|companies|company|businesses|business)\b|(?<![a-z])smes?(?![a-z])"
)
