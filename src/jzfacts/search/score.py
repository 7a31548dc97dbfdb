"""Scoring a fact for a question's terms: Chinese, English, pinyin, sound-alikes, typos.

How a term scores against a fact (0-100), weighted by the field it hits: names (id,
labels, aliases) 1.0, pinyin of names 0.95, entities and the value 0.9, tags 0.85, the
quote 0.8, the section 0.75, so a hit in a name outranks a hit only in the quote.
- Chinese is matched by characters and substrings, not by words: a term inside a field
  scores 100; otherwise half its characters found in order plus half its bigrams found
  (so 吉利产值 finds 吉利汽车产值, while two characters scattered through a long quote
  do not make 人口). A single Chinese character hits only a whole name. One mistyped
  character (留底退税) still hits; a term the base does not hold is also heard: its
  pinyin against the names' pinyin (思普瑞 sounds like 斯普瑞).
- Latin terms match words (exactly, as a prefix of three letters or more, or within a
  small edit distance: Geeley -> geely), and the full pinyin or the initials of Chinese
  names (jiachun, gxjs).
- A term that misses is tried again as its synonyms (vocab), at 90% of the score.
- A fact's score is the mean of its terms' scores, a term below 45 counting as 0; a
  content word found nowhere in the base counts twice; a lone Chinese character left by
  a question counts only where it hits. A long unspaced Chinese term is also read as
  the base's words it is made of (吉利汽车产值 -> 吉利汽车 + 产值).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from array import array
from collections.abc import Callable, Sequence
from typing import NamedTuple

from jzfacts.model import Span
from jzfacts.search.fold import (
    english_words,
    fewest_syllables,
    is_syllable,
    read_as_english,
    sound_of,
)
from jzfacts.search.index import IndexRow, NameCharacters, SearchData, stem
from jzfacts.search.question import Term, amount_in
from jzfacts.search.vocab import (
    EN_MEASURE_WORDS,
    EN_NUMBER_WORDS,
    EN_STOP,
    EN_SYNONYMS,
    FIRM_WORDS,
    NAMING_CHARACTERS,
    OTHER_PLACES,
    PLACES,
    SYNONYM_WEIGHT,
    ZH_MEASURE_WORDS,
    ZH_PLACE_WORDS,
    ZH_SYNONYMS,
)
from jzfacts.text import has_cjk, is_cjk
from jzfacts.units import COUNTS, PERCENT, POINTS

TERM_FLOOR = 45.0
UNKNOWN_WEIGHT = 1.5  # a content word the base has nowhere counts one and a half times
NAME_UNKNOWN_WEIGHT = 2.0  # … a name it has nowhere (Tesla, Suzhou): another firm or place
# A word found nowhere between two the base holds, in one run of characters: a link.
LINK_WEIGHT = 0.5
UNLISTED_WEIGHT = 2.0  # a measure no fact states (利润, employees) counts twice

NAME, PINYIN, ENTITY, VALUE, TAG, QUOTE, QUOTE_EN, SECTION = (
    "name",
    "pinyin",
    "entity",
    "value",
    "tag",
    "quote",
    "quote_en",  # the curator's English rendering of the quote: below the report's words
    "section",
)
WEIGHT = {
    NAME: 1.0, PINYIN: 0.95, ENTITY: 0.9, VALUE: 0.9, TAG: 0.85, QUOTE: 0.8, QUOTE_EN: 0.75,
    SECTION: 0.75,
}  # fmt: skip
QUOTES = frozenset({QUOTE, QUOTE_EN})  # the sentence, as written or as rendered
STRENGTH = {field: rank for rank, field in enumerate(reversed(list(WEIGHT)))}
# A Chinese term heard as a name (its pinyin in a name's pinyin): a guess, below a typo.
SOUND_ALIKE = 85.0
# A whole name heard by its sound (吉利汽车产植 for 吉利汽车产值): above a near spelling
# of another name (吉利汽车产量, one character off as well).
SOUND_WHOLE = 90.0
WHOLE_FROM = 5  # syllables: a shorter name heard whole is no surer than heard inside one
# What a named firm is (企业, company): the class a fact about one of them is about.
ENTERPRISE_CLASS = frozenset(FIRM_WORDS)
CLASS_HIT = 70.0  # below a name's hit: a firm named is a firm, not the firm asked about
# A lone word that a name holds only inside a hyphenated word (above in above-scale).
COMPOUND_PART = 85.0
# A name holding the term scores NAME_COVERED plus the rest in proportion to how much of
# the name the term covers: 国家级小巨人 fits 国家级专精特新“小巨人”企业数 better than
# 全市国家级“小巨人”企业数（推算）, whose 全市 and 推算 the question does not ask about.
NAME_COVERED = 0.92
SOUND_INSIDE = 70.0  # two syllables heard inside a longer name
SOUND_SCAN_LIMIT = 2_000_000  # characters of a base's text read for a sound-alike word


class _Fuzzy(NamedTuple):
    lcs: Callable[[str, str], float]  # rapidfuzz LCSseq.similarity
    partial_ratio: Callable[[str, str], float]
    # process.extractOne with partial_ratio: the best of many choices in one C call.
    best_partial: Callable[[str, list[str]], tuple[str, float, int] | None]


_FUZZY: _Fuzzy | None = None


def _fuzzy() -> _Fuzzy:
    """rapidfuzz's functions, imported on first use (not by a query that needs none) and
    then held: an import statement inside a function called a million times a suite
    costs a second."""
    global _FUZZY
    if _FUZZY is None:
        from rapidfuzz import fuzz
        from rapidfuzz.distance import LCSseq

        def best_partial(term: str, choices: list[str]) -> tuple[str, float, int] | None:
            extract_one = _extract_one()
            return extract_one(term, choices, scorer=fuzz.partial_ratio, score_cutoff=85)

        _FUZZY = _Fuzzy(LCSseq.similarity, fuzz.partial_ratio, best_partial)
    return _FUZZY


@functools.cache
def _extract_one() -> Callable[..., tuple[str, float, int] | None]:
    """rapidfuzz's process.extractOne, imported once on first use (1 ms: only a near
    pinyin spelling needs it, not every query that needs fuzz)."""
    from rapidfuzz import process

    return process.extractOne


def cjk_similarity(term: str, field: str, typos: bool = True) -> float:
    """How well a Chinese term matches a field: whole, by the characters and pairs of them
    it shares, or (`typos`) as one character mistyped or two swapped: not for a term the
    base holds as written (四上企业 is not 规上企业 with a character changed)."""
    if not field:
        return 0.0
    if term == field:
        return 100.0
    if len(term) == 1:
        return 0.0  # one shared character never makes a hit
    if term in field:
        return 100.0
    if 2 * sum(map(_characters(field).__contains__, term)) < len(term):
        return 0.0  # fewer than half its characters anywhere in the field: the LCS is less
    chars = _fuzzy().lcs(term, field) / len(term)
    if chars < 0.5 or _levels_clash(term, field) or _contrast_of_a_word(term, field):
        return 0.0  # (正科级 is no near 正处级: another rank)
    if not typos and len(term) >= 4 and _one_substitution(term, field):
        # A thing the base names as written, one character away from this field's words
        # (四上企业, 规上企业): another thing, not a near spelling of it.
        return 0.0
    bigrams = [term[i : i + 2] for i in range(len(term) - 1)]
    found = sum(1 for b in bigrams if b in field) / len(bigrams)
    score = 100.0 * (0.5 * chars + 0.5 * found) if found else 0.0
    # One character mistyped (留底退税 for 留抵退税), or two neighbours swapped (抵留退税):
    # some window of the field differs from the term in exactly that way.
    typo_score = 100.0 * (len(term) - 1) / len(term)
    if (
        typos
        and len(term) >= 3
        and score < typo_score
        and (_one_substitution(term, field, slip=True) or _one_transposition(term, field))
    ):
        score = typo_score
    return score


@functools.lru_cache(maxsize=4096)  # a base's fields, asked of every term
def _characters(field: str) -> frozenset[str]:
    """A field's characters as a set: a character in a long quote in one look, not a scan."""
    return frozenset(field)


def _one_transposition(term: str, field: str) -> bool:
    """The term with two neighbouring characters swapped stands in the field."""
    return any(
        term[i] != term[i + 1] and (term[:i] + term[i + 1] + term[i] + term[i + 2 :]) in field
        for i in range(len(term) - 1)
    )


def _one_substitution(term: str, field: str, slip: bool = False) -> bool:
    """Some window of the field differs from the term in one character: 留底退税 for
    留抵退税, 高新技朮 for 高新技术. In a three-character term only the middle one may
    differ, for one that sounds alike, and the window must stand at the start or end of a
    line of the field (细沙机 for the name ending 细纱机), or 大企业 would be a typo of
    七大产业. Taken for a slip of the keyboard (`slip`), a class of four characters
    (X企业, X公司) is another class with a character of another sound: 上市企业 is no
    slip for 上亿企业, 规下企业 none for 规模企业."""
    n = len(term)
    a_class = n == 4 and term.endswith(_CLASS_ENDINGS)
    head, tail = term[: n // 2], term[n // 2 :]
    # A window with one substitution keeps its first or its second half intact. In the
    # joined text of a huge base a common half stands everywhere: look at the first
    # places only (TYPO_WINDOWS), which changes nothing for a real report.
    for half, offset in ((head, 0), (tail, n // 2)):
        start = field.find(half)
        looked = 0
        while start >= 0 and looked < TYPO_WINDOWS:
            looked += 1
            begin = start - offset
            window = field[begin : begin + n] if begin >= 0 else ""
            if (
                len(window) == n
                and sum(a != b for a, b in zip(window, term, strict=True)) == 1
                and not _contrasted(window, term)
                and (n > 3 or (window[0] == term[0] and window[-1] == term[-1]))
                and (n > 3 or _at_edge(field, begin, begin + n))
                and (n > 3 or _heard_alike(window[1], term[1]))
                and not (slip and a_class and not _heard_alike(*_the_one_changed(window, term)))
            ):
                return True
            start = field.find(half, start + 1)
    return False


# Characters naming kinds set against one another (ranks, weight classes, sizes, deputy
# and chief, farming and industry): one for another is another thing, never a slip of the
# keyboard (正厅 is no 正处, 轻卡 no 重卡, 农业产值 no 工业产值). (Levels of government have
# words of their own, _LEVELS: 国 of 省国运 is the state's, no level. Above and below,
# before and after are read as such where a question says them, 亿元以下 the rest of a
# class, 疫情前 a time: see _OPPOSITES.) Each character in one set: 中 is the middle
# weight, never a size, so 甲醇中卡 is no 甲醇大卡.
_CONTRASTS = ("厅局处科股", "轻重中", "大小微", "正副", "农工")
# Each such character with those it is set against, itself first (科: 科厅局处股).
_SIBLINGS = {char: char + kinds.replace(char, "") for kinds in _CONTRASTS for char in kinds}
# Opposites, one typed for the other (规下企业 for 规上企业, 疫情后 for 疫情前, 出口 for 进口):
# the other side, no slip. (Only as the one character a typo changes: a word holding one,
# 上线 beside the report's 下线, is still read as said.)
_OPPOSITES = {"上": "下", "下": "上", "前": "后", "后": "前", "进": "出", "出": "进"}


def _contrast_of_a_word(term: str, text: str) -> bool:
    """Does the term hold, in a run the text (the base's, or a field) does not hold, a
    character whose contrast makes a run it does (正科级 beside 正处级 or 副处级, 甲醇轻卡
    beside 甲醇重卡)? Then it names that word's sibling, which the text never mentions. A
    contrast of the same sound is a slip of a pinyin keyboard (甲醇中卡 for 重卡). (With a
    character either side, or one at the edge of a longer term, 轻卡交付: a term of two
    characters alone, 业中 or 轻卡, stands in too many other words.)"""
    for at, char in enumerate(term):
        if char not in _SIBLINGS:
            continue
        run = term[max(0, at - 1) : at + 2]
        if (len(run) < 3 and len(term) < 3) or run in text:
            continue
        # (At a term's edge, only the character itself: 轻卡 of 重卡, not 重大 of 中小.)
        kinds = [_SIBLINGS.get(c, c) if len(run) == 3 or c == char else c for c in run]
        for variant in itertools.islice(itertools.product(*kinds), 1, None):
            changed = [(a, b) for a, b in zip(run, variant, strict=True) if a != b]
            if "".join(variant) in text and not all(_heard_alike(a, b) for a, b in changed):
                return True
    return False


_CLASS_ENDINGS = ("企业", "公司")


def _the_one_changed(window: str, term: str) -> tuple[str, str]:
    """The one character the window has otherwise than the term, and the term's."""
    return next((a, b) for a, b in zip(window, term, strict=True) if a != b)


def _contrasted(window: str, term: str) -> bool:
    """Is the one character the term has otherwise than the window its contrast, or its
    opposite (规下企业 is no slip for 规上企业: below scale, the rest of the firms)?"""
    for a, b in zip(window, term, strict=True):
        if a != b:
            return b in _SIBLINGS.get(a, "") or _OPPOSITES.get(a) == b
    return False


def _heard_alike(one: str, other: str) -> bool:
    """Two characters read the same (纱 and 沙, sha): a slip of a pinyin keyboard. In a
    three-character name, a middle character of another sound is another name (中石油 is
    not 中海油), as no one mistypes a third of a name."""
    sound = sound_of(one)
    return sound is not None and sound == sound_of(other)


def one_character_off(term: str, text: str) -> bool:
    """The term stands in the text only with one character changed (办事不出县 of the
    report's 办事不出区): as a claim, another thing; as a search, perhaps a typo."""
    return term not in text and _one_substitution(term, text)


def _at_edge(field: str, begin: int, end: int) -> bool:
    return begin == 0 or field[begin - 1] == "\n" or end == len(field) or field[end] == "\n"


def _name_similarity(term: str, name: str, typos: bool = True) -> float:
    """Like cjk_similarity, but a term covering more of the name scores higher:
    战略性新兴产业增速 fits 战略性新兴产业产值增速 better than a longer name
    that merely contains it."""
    score = cjk_similarity(term, name, typos)
    if score == 0.0 or term == name:
        return score
    return score * (NAME_COVERED + (1 - NAME_COVERED) * min(1.0, len(term) / len(name)))


# Levels of government and their scopes: a term of one level never matches a name of
# another, however alike the rest (省级小巨人 is not 国家级小巨人; 国际级 is the report's
# slip for 国家级).
# Levels of government, each by its words; 省市 (the province and the city together,
# 承接省市赋权) is a level of its own: neither one of them alone, nor the state's.
_LEVELS = (
    ("国家级", "国际级", "全国", "国家"),
    ("省级", "全省"),
    ("市级", "全市"),
    ("省市",),
)


def _levels_clash(term: str, field: str) -> bool:
    """The term names a level and the field others only: 省级 against 市级企业技术中心, or
    against all of a fact's names joined (a fact named 市级 once is of that level, also
    where an alias leaves it out)."""
    said = _levels_of(term)
    if not said:
        return False  # most terms name no level: one cached look per term
    # A level said (市级) is held to the field's level words, where it has them: 全市 of
    # 全市国家级小巨人 says where, 国家级 which level (the municipal ones are none of them).
    ranked = {
        i for i, words in enumerate(_LEVELS) if any(w in field for w in words if w[-1] == "级")
    }
    if ranked and any(w in term for words in _LEVELS for w in words if w[-1] == "级"):
        return not _ranks_of(term) & ranked
    named = {i for i, words in enumerate(_LEVELS) if any(w in field for w in words)}
    return bool(named) and not said & named


@functools.lru_cache(maxsize=1024)
def _ranks_of(term: str) -> frozenset[int]:
    """The levels a term names by their level words (市级, not 全市)."""
    return frozenset(
        i for i, words in enumerate(_LEVELS) if any(w in term for w in words if w[-1] == "级")
    )


def levels_named(text: str) -> bool:
    """Does the text name a level of government (国家级, 省级, 市级; not a place, 全省)?"""
    return any(w in text for words in _LEVELS for w in words if w.endswith("级"))


@functools.lru_cache(maxsize=1024)
def _levels_of(term: str) -> frozenset[int]:
    return frozenset(i for i, words in enumerate(_LEVELS) if any(w in term for w in words))


# Prepositions (with: 跟陕西建工合办; by: 按标准; towards: 往哪个方向) and the passive
# marker: grammar around the words asked about.
FUNCTION_CHARACTERS = "对在从向把给为于将被让由到跟与同按往朝"
_ADVERBS = "都全也还就才又很挺蛮现要会共"  # all, wholly, also, still, quite, now, will, in all …
# Light verbs (have, become, serve as, go, make, spend) and a verb's result (away: 处理掉):
# a question's grammar around a name (现有高新技术企业, 升成副处, 选去当主任助理), not a
# thing asked about.
_LIGHT_VERBS = "有成当去造花掉"
_GRAMMAR = FUNCTION_CHARACTERS + _ADVERBS + _LIGHT_VERBS
# Adverbs glued before a verb (还下线, 都停产), not those opening many words (全, 现, 共).
_LEADING_ADVERBS = "都也还就才又很挺蛮要会"
_LOCATIVES = "中里内"
_JOINING = _GRAMMAR + "及和或并而且之其的地了是"
_CONJOINING = "和与及或"


_WORD_START_BACK = 2  # how far back a word the synonym table reads may start in a piece
_LONGEST_SYNONYM = 5  # characters of the longest such word looked for (补助金, 纾困补助)


def _segment(term: str, vocabulary: str) -> list[str]:
    """A long unspaced Chinese query split into the base's words and the rest.

    Left to right, the longest piece the base's text (or the synonym table) holds:
    疫情停产企业比例 -> 疫情 + 停产 + 企业 + 比例. Runs found nowhere stay pieces of their
    own, so that a query about something the base does not hold (吉利汽车出口量 ->
    吉利汽车 + 出口量) does not score as if it were answered.
    """
    pieces: list[str] = []
    unknown = ""
    i = 0

    def known(piece: str) -> bool:
        return piece in ZH_SYNONYMS or piece in vocabulary

    while i < len(term):
        end = 0
        if i > 0 and term[i] in _CONJOINING and known(term[i + 1 : i + 3]):
            # 厂子和工地: 和 joins two words, it starts none of them (not 和工 + 地).
            unknown += term[i]
            i += 1
            continue
        # The two characters first: if even they stand nowhere, no longer piece does
        # (one scan of a large base's text instead of seven).
        if known(term[i : i + 2]) or any(term[i:j] in ZH_SYNONYMS for j in range(i + 3, i + 9)):
            for j in range(min(len(term), i + 8), i + 1, -1):
                if known(term[i:j]):
                    end = j
                    break
        if end - i > 2 and end < len(term) and known(term[i : end - 1]):
            # A piece does not swallow the start of a word only the synonym table reads
            # (the base holds it nowhere): 首次超 + 越 would split 超越 (超过), 疫情前水 +
            # 准 would split 水准 (水平).
            # Nor, where what follows would then stand nowhere, a word the table reads
            # that the base holds too: 审批 + 权限 + 被, not 审批权 + 限被.
            last = end - 1
            stranded = not known(term[end : end + 2])
            if any(
                term[last:j] in ZH_SYNONYMS and (stranded or term[last:j] not in vocabulary)
                for j in range(end + 1, min(len(term), last + 4) + 1)
            ):
                end = last
        back = end - _WORD_START_BACK
        if back - i >= 2 and end < len(term) and not known(term[end : end + 2]):
            # Nor, where what follows would stand nowhere, the first two characters of a
            # word the table reads that runs past the piece (纾困 + 补助金 + 拨, not 纾困补助
            # + 金拨), if a known word of two or more is left before it.
            longest = min(len(term), back + _LONGEST_SYNONYM)
            if known(term[i:back]) and any(
                term[back:j] in ZH_SYNONYMS for j in range(end + 1, longest + 1)
            ):
                end = back
        if end and end < len(term) and not known(term[end : end + 2]):
            # A known piece followed by a character the base does not hold there may be
            # a name misheard: 斯普 + 锐 sounds like 斯普瑞 (斯普锐小巨人). Not where a lone
            # character would be left after it, the rest of another word (国际机场: 国际机
            # sounds like 国际级, and 场 is left).
            heard = next(
                (
                    j
                    for j in (end + 1, end + 2)
                    if j <= len(term)
                    and sounds_known(term[i:j], vocabulary)
                    and (len(term) - j != 1 or term[j] in _JOINING or term[i:j] in vocabulary)
                ),
                0,
            )
            end = heard or end
        if not end and term[i] not in _JOINING:
            # A character the base does not hold there, before a word it does, may start
            # a name misheard: 倍 + 斯特 sounds like 贝斯特 (倍斯特专精特新); grammar does
            # not (及企业 is no 级企业).
            end = next(
                (
                    j
                    for j in (i + 4, i + 3)
                    if j <= len(term)
                    and known(term[i + 1 : j])
                    and sounds_known(term[i:j], vocabulary)
                ),
                0,
            )
        if end:
            if unknown:
                pieces.append(unknown)
                unknown = ""
            pieces.append(term[i:end])
            i = end
        else:
            unknown += term[i]
            i += 1
    if unknown:
        pieces.append(unknown)
    # A preposition, the passive marker, an adverb or a light verb the base does not hold
    # there is grammar, not a word asked about: 从 in 从省市承接, 为 in 被批为, 都 in
    # 指标都超额, 有 in 现有.
    pieces = [p if p in vocabulary or p in ZH_SYNONYMS else p.strip(_GRAMMAR) for p in pieces]
    # A preposition after a word of two or more, before another (扶持资金给企业: 给企业
    # held only by an alias, 给企业退税): to whom, and the word (退给企业: a verb's own).
    pieces = [
        p[1:]
        if n
        and len(pieces[n - 1]) >= 2
        and len(p) >= 3
        and p[0] in FUNCTION_CHARACTERS
        and p[1:] in vocabulary
        else p
        for n, p in enumerate(pieces)
    ]
    # Where, after what it places (调整中, 企业里): in, within.
    if len(pieces) > 1:
        pieces = [p if p in vocabulary else p.rstrip(_LOCATIVES) for p in pieces]
    return [p for p in pieces if p and p not in _CONJOINING]


@functools.lru_cache(maxsize=1 << 12)
def _word_similarity(
    term: str, words: tuple[str, ...], proper: bool = False, names: tuple[str, ...] = ()
) -> float:
    """How well an English term matches the best of a field's words (the same pairs
    come back query after query: cached, a few thousand, so that a large base's rows are
    not kept alive by it). A capitalised word (`proper`: Intel, Apple, Longfu) may be
    another firm's name: it matches a word it spells nearly whole, never one it begins
    (intelligent), a stem it differs from by a letter (appli) or one plus a syllable
    (long); only a name of the fact's (`names`: Geely of Geeley) is misspelt so."""
    if not words:
        return 0.0
    root = stem(term)
    if root in words:
        return 100.0
    best = 0.0
    # (A short stem cut from a whole word is no word begun: fired -> fir is not firm.)
    if len(root) >= 4 or (len(root) == 3 and root == term):
        for word in words:
            if proper and len(root) * 2 < len(word):
                continue
            if (
                word.startswith(root)
                and (len(root) * 2 >= len(word) or len(root) != 4)
                and (root == term or word[len(root) :] in _WORD_FAMILY_ENDINGS)
            ):
                # (A word begun, as typed short, or cut to three letters, sci of science;
                # four letters are a word of their own before a longer one: coal is no
                # coalition begun. A whole word the stemmer cut, emerging to emerg, was
                # typed whole: of its own family, operat-ion, stopp-age, lead-er, and no
                # other word begun, emerg-ency.)
                best = max(best, 92.0 if len(root) * 2 >= len(word) else 80.0)
            elif (
                len(word) >= 4
                and root.startswith(word)
                and len(root) - len(word) <= 2
                and (not proper or root[len(word) :] in _STEMMED_ENDINGS)
            ):
                best = max(best, 92.0)  # an ending the stemmer left: produce, produc(ed)
    if len(root) == 3 and best < 80:
        # Three letters: only a swap of neighbours counts as a typo (gpd -> gdp).
        for word in words:
            if len(word) == 3 and sorted(word) == sorted(root):
                from rapidfuzz.distance import OSA

                if OSA.distance(root, word) == 1:
                    best = max(best, 80.0)
    # A word with a meaning of its own is no typo: sales is not scale.
    if len(root) >= 4 and best < 92 and term not in _MEASURE_WORDS_EN:
        from rapidfuzz.distance import OSA

        for word in words:
            if abs(len(word) - len(root)) > 2 or word in _NO_TYPO_OF:
                continue
            if len(root) == len(word) == 4 and sorted(root) != sorted(word):
                continue  # four letters, one changed: hand is no misspelt hard nor land
            similarity = OSA.normalized_similarity(root, word)
            strict = proper and word not in names
            if similarity >= (PROPER_TYPO_CUTOFF if strict else TYPO_CUTOFF) and _misspelt(
                term, root, word
            ):
                best = max(best, 100.0 * similarity)
    verb = root.removesuffix("ment")
    if best < 92 and verb != root and len(verb) >= 6:
        # A noun made of its verb (improvement of improved, investment of invested): the
        # verb's own family only, no word it begins (commit of committee) nor a typo; a
        # verb of five letters may be another word (state of statement).
        for word in words:
            own = word == verb or (
                word.startswith(verb) and word[len(verb) :] in _WORD_FAMILY_ENDINGS
            )
            cut = len(word) >= 4 and verb.startswith(word) and verb[len(word) :] in _STEMMED_ENDINGS
            if own or cut:
                best = 92.0
    return best


def _misspelt(term: str, root: str, word: str) -> bool:
    """May the term, near the word, be a misspelling of it? Not where both are words of
    the language (mayor is no misspelt major, police no policy), unless of one family:
    the stem shared (efficient of efficiency), one word with its ending taken off
    (larger of large, studied of study), or a verb's past (met of meet). A model's
    number is no letter to slip: JWF1680 is another machine than JWF1580 (its digits
    swapped, JWF1850, are a slip)."""
    if sorted(_DIGIT.findall(root)) != sorted(_DIGIT.findall(word)):
        return False
    return (
        term not in english_words()
        or word not in english_words()
        or (len(word) >= _SHARED_STEM and root[:_SHARED_STEM] == word[:_SHARED_STEM])
        or _without_ending(term).removesuffix("e") == _without_ending(word).removesuffix("e")
        or _undoubled(root, word)
    )


def _undoubled(one: str, other: str) -> bool:
    """Does one word, a doubled letter made single, spell the other (meet, met; lead,
    led): a verb and its past."""
    longer, shorter = (one, other) if len(one) > len(other) else (other, one)
    return len(longer) == len(shorter) + 1 and any(
        longer[i] == longer[i + 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(len(longer) - 1)
    )


def _without_ending(word: str) -> str:
    """A word without an inflection or comparison: studied, studies -> study; larger,
    largest -> large; stopped -> stop; widen, wider -> wide."""
    for ending, becomes in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            root = word[: -len(ending)] + becomes
            if len(root) >= 4 and root[-1] == root[-2] and root[-1] not in "aeiousl":
                root = root[:-1]  # (stopp-ed: stop)
            return root
    return word


_ENDINGS = (
    ("ied", "y"), ("ies", "y"), ("ier", "y"), ("iest", "y"), ("est", ""), ("er", ""),
    ("ing", ""), ("ed", ""), ("en", ""), ("es", ""), ("s", ""),
)  # fmt: skip


TYPO_CUTOFF = 0.75  # a word's typo: one slip in four letters
_DIGIT = re.compile(r"\d")
_SHARED_STEM = 6  # letters two words of one family begin with (efficien-t, efficien-cy)
PROPER_TYPO_CUTOFF = 0.85  # a capitalised word's: one slip in seven letters or more
_STEMMED_ENDINGS = frozenset({"e", "s", "d", "es", "ed"})
# What follows a stem within its own word family (operat-ion, stopp-age, driv-er, lead-ership).
_WORD_FAMILY_ENDINGS = _STEMMED_ENDINGS | frozenset(
    "en er ers or age at ate ation ion ions ing ings ment al ship ership ity ive ure ures y ies "
    "ic ics ance".split()
)
_MEASURE_WORDS_EN = frozenset(w for w in EN_MEASURE_WORDS if " " not in w)
# A name's number and function words (the three companies, how many were set up) name
# nothing a typo could mean: trees is no misspelt three.
_NO_TYPO_OF = EN_STOP | frozenset(EN_NUMBER_WORDS)


def _pinyin_similarity(
    term: str,
    readings: tuple[tuple[str, str], ...],
    joined: str | None = None,
    spelt: bool = False,
) -> float:
    # A term scores only inside a reading, or (five letters or more, not two syllables
    # spelt right) as a near spelling of one: one look at them all first. A term the base
    # reads exactly somewhere (`spelt`: sishangqiye, 四上企业) is that word, no near
    # spelling of another (yishangqiye, 以上企业).
    if joined is not None and term not in joined:
        if len(term) < 5 or not _fuzzy_pinyin(term) or spelt:
            return 0.0
        # In no reading: only a near spelling can score, the best of them (in one C call).
        near = _fuzzy().best_partial(term, [full for full, _ in readings if _spells(term, full)])
        return 0.0 if near is None else near[1] - 5
    best = 0.0
    near_spelling = len(term) >= 5 and _fuzzy_pinyin(term) and not spelt
    for full, initials in readings:
        if term in (full, initials):
            return 100.0
        if len(term) >= 3 and full.startswith(term):
            best = max(best, 95.0)
        elif (len(term) >= 4 and inside_reading(term, full)) or (
            len(term) >= 2 and initials.startswith(term)
        ):
            best = max(best, 90.0)
        elif len(term) >= 3 and term in initials:
            best = max(best, 85.0)
        elif near_spelling and _spells(term, full):
            score = _fuzzy().partial_ratio(term, full)
            if score >= 85:
                best = max(best, score - 5)
    return best


def _spells(term: str, full: str) -> bool:
    """Could the term be a near spelling of the reading, or hold one? A short reading
    much shorter than the term, nearly inside it, is no spelling of it (tigan, 提干, in
    tianqiyubao); a long one is (jiachunzhongka in jiacunzongkaniandi…)."""
    return len(full) >= min(len(term) - 2, _LONG_READING) or full in term


_LONG_READING = 7  # letters: two full syllables (zhongka), not tigan


def inside_reading(term: str, full: str) -> bool:
    """The term's letters inside a reading, syllables whole where it starts and ends:
    fangjia is not inside changfang-jian-she, gaoxin is inside gaoxinjishuqiye."""
    at = full.find(term)
    while at >= 0:
        end = at + len(term)
        if (at == 0 or fewest_syllables(full[:at]) is not None) and (
            end == len(full) or fewest_syllables(full[end:]) is not None
        ):
            return True
        at = full.find(term, at + 1)
    return False


@functools.lru_cache(maxsize=1024)
def _fuzzy_pinyin(term: str) -> bool:
    """Two syllables spelt right (fangjia: fang jia) are a word of their own, never a
    misspelling of another reading (fangsha); a longer or misspelt term may be one."""
    syllables = fewest_syllables(term)
    return syllables is None or syllables > 2


def term_score(
    term: Term,
    row: IndexRow,
    readings: tuple[tuple[str, str], ...] | None,
    readings_text: str | None = None,
    glance: NameCharacters | None = None,
    near: Callable[[str], frozenset[str]] | None = None,
) -> tuple[float, str]:
    """How well a term matches a fact, and in which field. `near` gives the base's English
    words an English word is near (SearchData.near_words), where every fact is scored: a
    field holding none of them scores 0 for it without a look at each of its words."""
    scored: list[tuple[float, str]] = []
    if term.unlisted:
        return 0.0, QUOTE  # a measure no fact states answers nothing
    if term.place:
        return _place_score(term, row)
    if term.numeric:
        if term.amount and states_figure(term, row):
            scored.append((100.0, VALUE))
        elif term.amount and term.text == row.value_text:
            pass  # 17亿 is the tax refund, not the 17 little giants (the same digits)
        elif term.text == row.value_text and _unit_agrees(term, row):
            scored.append((100.0, VALUE))
        elif not term.dimension and len(term.text) >= 5 and term.text == row.amount:
            # Geely 111,500: a large bare number in full is the figure the report writes
            # short (11.15万辆), whatever its unit.
            scored.append((100.0, VALUE))
        elif (
            not term.amount
            and term.dimension not in COUNTS
            and term.dimension != PERCENT
            and any(_number_in(term.text, n) for n in row.names)
        ):
            # In a name (国内500强, the 100 million yuan firms) before the quote; a count
            # said with its unit (500台, 1人), a per cent (20%) or an amount (20 billion) is
            # a figure, never the number of a name (500强, 汾盾1号, the 20th Congress).
            scored.append((100.0, NAME))
        elif _number_in(
            term.text, row.quote, rounded=not term.dimension or term.dimension == row.dimension
        ) and _unit_agrees(term, row):
            # 17 of 17.77, not the 20 of 2022年; a per cent for points only as written
            # (增长了60%: no 60.7 points)
            scored.append((100.0, QUOTE))
    elif term.cjk:
        cjk_names, entities, quote, section = (
            row.cjk_names,
            row.entities,
            row.quote,
            row.section_zh,
        )
        if term.outside:
            # 中心 beside 一部一中心三公司: the word where the whole does not hold it.
            cjk_names, entities = _unheld(cjk_names, term.outside), _unheld(entities, term.outside)
            quote, section = _unheld((quote, section), term.outside)
        synonyms = ((s, SYNONYM_WEIGHT) for s in _zh_synonyms(term.text))
        # A term the base holds as written (四上企业) is that thing, no typo of another
        # name one character away (规上企业).
        as_written = not term.heard and not term.unknown
        for text, factor in ((term.text, 1.0), *synonyms):
            typos = not (as_written and text is term.text)
            # Half the term's characters in no name: it matches none (a quick look first).
            shared = sum(c in glance.chinese for c in text) if glance else len(text)
            names = (
                max((_name_similarity(text, n, typos) for n in cjk_names), default=0.0)
                if 2 * shared >= len(text)
                and not (_levels_of(text) and _levels_clash(text, "".join(cjk_names)))
                else 0.0
            )
            held = max((cjk_similarity(text, e, typos) for e in entities), default=0.0)
            if row.enterprise and firm_word(text):
                # 企业拿了什么奖: a fact about a named firm is about a firm.
                held = max(held, CLASS_HIT)
            scored.append((factor * names, NAME))
            scored.append((factor * held, ENTITY))
            scored.append((factor * cjk_similarity(text, quote, typos), QUOTE))
            scored.append((factor * cjk_similarity(text, section, typos), SECTION))
    else:
        synonyms = ((w, SYNONYM_WEIGHT) for w in english_synonyms(term.text))
        for text, factor in ((term.text, 1.0), *synonyms):
            # A synonym may be a phrase ("support fund"): every word of it must match.
            for field, words in (
                (NAME, row.name_words),
                (ENTITY, row.entity_words),
                (TAG, row.tag_words),
                (SECTION, row.section_words),
                (QUOTE_EN, row.quote_words),
            ):
                score = min(
                    _word_similarity(w, words, term.proper, row.entity_words if term.proper else ())
                    if near is None or not near(w).isdisjoint(words)
                    else 0.0
                    for w in text.split()
                )
                if field == NAME and not term.bound and stem(text) in row.compound_parts:
                    score = min(score, COMPOUND_PART)
                if field == ENTITY and row.enterprise and firm_word(text):
                    # Which company won gold: the firm named is a company.
                    score = max(score, CLASS_HIT)
                scored.append((factor * score, field))
        if (glance is None or term.text in glance.mixed) and any(
            _latin_inside(term.text, n) for n in row.names if not n.isascii()
        ):
            scored.append((100.0, NAME))  # Latin inside a Chinese name: TBM, GDP
        elif term.text in row.quote and len(term.text) >= 2:
            scored.append((100.0, QUOTE))
        # An English word of the base's (chain, leader) is read as English, not as
        # pinyin spelt near (chan, lei): pinyin is for Latin the English names lack.
        english = near is not None and not term.spelt and term.text in near(term.text)
        if (
            readings
            and not english
            and term.text not in other_places_spelt()
            and not read_as_english(term.text)
        ):
            # (changzhi: the city)
            pinyin = _pinyin_similarity(term.text, readings, readings_text, term.spelt)
            scored.append((pinyin, PINYIN))
    best_score, best_field = 0.0, QUOTE
    for score, field in scored:
        weighted = score * WEIGHT[field]
        if weighted > best_score or (
            weighted == best_score and STRENGTH[field] > STRENGTH[best_field]
        ):
            best_score, best_field = weighted, field
    if (
        best_score < SOUND_WHOLE * WEIGHT[PINYIN]
        and term.cjk
        and (term.unknown or term.heard)
        and term.text not in OTHER_PLACES  # 长治, a city, is no 长智 misheard (超长智能)
    ):
        heard = _sound_alike(term.text, row) * WEIGHT[PINYIN]
        if heard > best_score:
            best_score, best_field = heard, PINYIN
    return best_score, best_field


def _unheld(texts: tuple[str, ...], whole: str) -> tuple[str, ...]:
    """Texts with a whole word taken out, its place kept by a mark no word matches."""
    return tuple(text.replace(whole, "\x1f") for text in texts)


@functools.cache
def other_places_spelt() -> frozenset[str]:
    """Other cities and countries in pinyin (changzhi, taiyuan): names, no pinyin
    misspelt; not one syllable (xian is 线 and 先 as often as 西安)."""
    return frozenset(p for p in OTHER_PLACES.values() if not is_syllable(p))


REACH_KEPT = 20_000  # terms whose reachable facts are kept a base


def within_reach(term: Term, data: SearchData, with_pinyin: bool) -> frozenset[int] | None:
    """The facts a term can score above 0 against in term_score, or None when any may
    (a number, a place). For a base read whole, where most terms of a question match a
    handful of its facts; found once a base and term."""
    if term.numeric or term.unlisted or term.place:
        return None
    key = (term, with_pinyin)
    if key in data.reach:
        return data.reach[key]
    found = _chinese_reach(term, data) if term.cjk else _latin_reach(term, data, with_pinyin)
    if term.cjk and (term.unknown or term.heard):
        # Heard as a sound-alike (term_score's last resort): only by a fact with a name
        # holding every syllable of it. (Most terms of a long question are such terms:
        # without this, every fact was scored for each of them.)
        found |= _sound_reach(term.text, data)
    if _names_the_class(term):
        # A fact about a named firm scores CLASS_HIT for 企业 or company (term_score).
        found |= {i for i, row in enumerate(data.rows()) if row.enterprise}
    if len(data.reach) > REACH_KEPT:
        data.reach.clear()
    data.reach[key] = found
    return found


def scored_by(term: Term, data: SearchData) -> frozenset[int]:
    """The facts a term within_reach has no reach for (a number, a place, a measure no
    fact states) scores above 0 against, found by scoring each fact once a base and term:
    rank then skips the facts no term of a question scores, as for other terms. (Those
    branches of term_score read neither the pinyin nor the names' characters.)"""
    key = (term, None)
    found = data.reach.get(key)
    if found is None:
        found = frozenset(
            i for i, row in enumerate(data.rows()) if term_score(term, row, None)[0] > 0
        )
        if len(data.reach) > REACH_KEPT:
            data.reach.clear()
        data.reach[key] = found
    return found


def _names_the_class(term: Term) -> bool:
    """The term, or a synonym it is tried as, is a word for a firm (ENTERPRISE_CLASS)."""
    if term.cjk:
        return any(firm_word(t) for t in (term.text, *_zh_synonyms(term.text)))
    return any(
        firm_word(w) for text in (term.text, *english_synonyms(term.text)) for w in text.split()
    )


def firm_word(word: str) -> bool:
    """企业, companies: a word for a firm (ENTERPRISE_CLASS), English as its stem."""
    return word in ENTERPRISE_CLASS or stem(word) in ENTERPRISE_CLASS


def _chinese_reach(term: Term, data: SearchData) -> frozenset[int]:
    """Half the characters of the term or of a synonym stand in the fact: cjk_similarity
    scores 0 below that, in every field."""
    holding = data.character_rows()
    reached: set[int] = set()
    for text in (term.text, *_zh_synonyms(term.text)):
        shared: dict[int, int] = {}
        for character in text:
            for index in holding.get(character, ()):
                shared[index] = shared.get(index, 0) + 1
        reached.update(i for i, n in shared.items() if 2 * n >= len(text))
    return frozenset(reached)


def _sound_reach(text: str, data: SearchData) -> frozenset[int]:
    """The facts _sound_alike may hear the text in: those with every syllable of it in
    their names' or entities' syllables (a superset: it asks them in a row, in one name)."""
    if len(text) < 2:
        return frozenset()
    sound = _syllables(text)
    if sound is None:
        return frozenset()
    holding = _sound_rows(data)
    found: frozenset[int] | None = None
    for syllable in set(sound):
        facts = holding.get(syllable, frozenset())
        found = facts if found is None else found & facts
        if not found:
            return frozenset()
    return found or frozenset()


def _sound_rows(data: SearchData) -> dict[str, frozenset[int]]:
    """Each syllable of a fact's Chinese names and entities (as _sound_alike reads them),
    and the facts holding it: made once a base read whole."""
    if data.sound_rows is None:
        holding: dict[str, set[int]] = {}
        for index, row in enumerate(data.rows()):
            for name in (*row.cjk_names, *row.entities):
                for syllable in _syllables(name) or ():
                    holding.setdefault(syllable, set()).add(index)
        data.sound_rows = {s: frozenset(facts) for s, facts in holding.items()}
    return data.sound_rows


def _latin_reach(term: Term, data: SearchData, with_pinyin: bool) -> frozenset[int]:
    """Every word of the term or of a synonym near a word of the fact's fields, the term
    inside one of its Chinese names or its quote, or (with pinyin) inside or spelt near
    one of its readings: the branches of term_score that can score."""
    holding = data.word_rows()
    reached: set[int] = set()
    for text in (term.text, *english_synonyms(term.text)):
        facts: set[int] | None = None
        for word in text.split():
            near = {i for w in data.near_words(word) for i in holding.get(w, ())}
            facts = near if facts is None else facts & near
        reached.update(facts or ())
    text = term.text
    near_spelling = len(text) >= 5 and _fuzzy_pinyin(text) and not term.spelt
    spelt_near = _spelt_near(text, data) if with_pinyin and near_spelling else frozenset()
    # Only the facts whose quote, Chinese names or readings hold the text at all are
    # looked at one by one (found by a few finds in each of the three joined).
    maybe = _holding(text, data, with_pinyin) | spelt_near
    for index, row in enumerate(data.rows()):
        if index in reached or index not in maybe:
            continue
        inside = (len(text) >= 2 and text in row.quote) or any(
            _latin_inside(text, n) for n in row.names if not n.isascii()
        )
        heard = with_pinyin and (text in data.pinyin_text()[index] or index in spelt_near)
        if inside or heard:
            reached.add(index)
    return frozenset(reached)


def _holding(text: str, data: SearchData, with_pinyin: bool) -> set[int]:
    """The facts whose quote, names with other than ASCII in them or (`with_pinyin`)
    readings hold the text (a superset of those _latin_reach's tests of each fact keep):
    each kind of text of every fact joined once a base, with where each fact's starts."""
    if "\n" in text:  # a text the joints could be part of: every fact
        return set(range(data.size))
    if data.joined_fields is None:
        rows = data.rows()
        data.joined_fields = tuple(
            _joined(texts)
            for texts in (
                [row.quote for row in rows],
                ["\n".join(n for n in row.names if not n.isascii()) for row in rows],
            )
        )
    if with_pinyin and data.joined_readings is None:
        data.joined_readings = _joined(data.pinyin_text())
    found: set[int] = set()
    for joined, starts in (
        *data.joined_fields,
        *((data.joined_readings,) if with_pinyin and data.joined_readings else ()),
    ):
        at = joined.find(text)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            found.add(index)
            if index + 1 >= len(starts):
                break
            at = joined.find(text, starts[index + 1])
    return found


def _joined(texts: list[str]) -> tuple[str, list[int]]:
    """Texts joined by line breaks, and where each starts."""
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return "\n".join(texts), starts


def _spelt_near(text: str, data: SearchData) -> frozenset[int]:
    """The facts with a full reading the text spells near (_fuzzy's best_partial, which
    _pinyin_similarity asks of each fact: some reading at 85 or more), in one C call over
    every fact's readings rather than one a fact."""
    if data.full_readings is None:
        readings = [(full, index) for index in range(data.size) for full, _ in data.pinyin(index)]
        data.full_readings = ([full for full, _ in readings], [index for _, index in readings])
    fulls, owners = data.full_readings
    from rapidfuzz import fuzz

    found = _extract()(text, fulls, scorer=fuzz.partial_ratio, score_cutoff=85, limit=None)
    return frozenset(owners[at] for _, _, at in found)


@functools.cache
def _extract() -> Callable[..., list[tuple[str, float, int]]]:
    """rapidfuzz's process.extract, imported once on first use."""
    from rapidfuzz import process

    return process.extract


def _latin_inside(term: str, name: str) -> bool:
    """A Latin word standing whole in a Chinese name (tbm in 矿用凯式tbm), not a letter of
    one (b)."""
    at = name.find(term)
    while at >= 0:
        end = at + len(term)
        if not _latin(name[at - 1 : at]) and not _latin(name[end : end + 1]):
            return True
        at = name.find(term, end)
    return False


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _number_in(number: str, text: str, rounded: bool = False) -> bool:
    """The number written in the text as a number of its own (500 in 国内500强), not as
    digits of another (7 in 7.06亿); or, rounded, the whole part of one (17 of 17.77, as a
    question rounds it), never digits inside a number (20 of 2022年)."""
    # Asked of every name and quote of every fact: most hold no such digits at all.
    return number in text and _number_pattern(number, rounded).search(text) is not None


@functools.lru_cache(maxsize=4096)
def _number_pattern(number: str, rounded: bool) -> re.Pattern[str]:
    decimals = r"(?:\.\d+)?(?!\d)" if rounded else r"(?![\d.]*\d)"
    return re.compile(rf"(?<![\d.]){re.escape(number)}{decimals}")


def _place_score(term: Term, row: IndexRow) -> tuple[float, str]:
    """A place counts only where the fact itself names it, as written (vocab.PLACES)."""
    return _place_score_of(term.text, term.cjk, row)


@functools.lru_cache(maxsize=4096)  # asked for every place, fact and question: kept
def _place_score_of(place: str, cjk: bool, row: IndexRow) -> tuple[float, str]:
    same_place = PLACES[place]
    if cjk:
        if any(place in entity for entity in row.entities):
            return 100.0 * WEIGHT[ENTITY], ENTITY  # typed as part of a name: 中海油山西贵金属
        words = [w for w in same_place if has_cjk(w)]
        for field, texts in ((NAME, row.cjk_names), (QUOTE, (row.quote,))):
            # A place in a company's name (中海油（山西）贵金属) is no place asked about.
            if any(w in _without(text, row.entities) for w in words for text in texts):
                return 100.0 * WEIGHT[field], field
        return 0.0, QUOTE
    if stem(place) in row.entity_words:
        return 100.0 * WEIGHT[ENTITY], ENTITY  # typed as part of a name: CNOOC (Shanxi)
    roots = [stem(w) for w in same_place if not has_cjk(w)]
    if any(root in row.name_words for root in roots):
        return 100.0 * WEIGHT[NAME], NAME
    # The word typed names the place's adjective too (provincial of province), weighed
    # below the place itself (in the province is no provincial award): a province state
    # capital company is the provincial one.
    adjective = stem(place).removesuffix("e")
    if len(adjective) >= 5 and any(w.startswith(adjective) for w in row.name_words):
        return 100.0 * WEIGHT[QUOTE], QUOTE
    # A place asked in English, of a fact whose Chinese name names it (全省开发区月度考核
    # 排名垫底: the provincial ranking; not a sentence naming it for another thing).
    chinese = _chinese_words(same_place)
    if any(w in _unnamed(name, row.entities) for w in chinese for name in row.cjk_names):
        return 100.0 * WEIGHT[QUOTE], QUOTE  # weighed as a word of its sentence
    return 0.0, QUOTE


def names_places(terms: list[Term], row: IndexRow, pinyin_text: str | None) -> bool:
    """The fact names every place the question asks about (vocab.PLACES), in either
    language (Shanxi: the 全省 of a quote), or a name of it reads as the word typed
    (shanxi jiangong: 陕西建工)."""
    for term in terms:
        if not term.place or _place_score(term, row)[0] > 0:
            continue
        if term.cjk:
            return False
        chinese = term._replace(text=PLACES[term.text][0], cjk=True)
        if _place_score(chinese, row)[0] == 0 and term.text not in (pinyin_text or ""):
            return False
    return True


@functools.cache
def _elsewhere() -> tuple[frozenset[str], frozenset[str]]:
    """Cities and provinces that are not the zone's, in characters and in Latin letters
    (the zone's own province, Shanxi, is one of vocab.PLACES)."""
    from jzfacts.search.vocab import PROVINCES_EN, PROVINCES_ZH

    zh = {*OTHER_PLACES, *PROVINCES_ZH} - set(PLACES)
    en = {*OTHER_PLACES.values(), *PROVINCES_EN} - set(PLACES)
    return frozenset(zh), frozenset(en)


def places_elsewhere(terms: Sequence[Term], query: str = "") -> tuple[Term, ...]:
    """The terms that name a city or province other than the zone's (太原, 陕西省,
    Shaanxi), 省 or 市 after it or not, or a Chinese term starting with one (大同交付).
    Not a government named as one (recognised by Beijing: the national tier)."""
    _, en = _elsewhere()
    folded = query.casefold()

    def named(term: Term) -> bool:
        if term.cjk:
            place = _place_opening(term.text)
            if place:
                return _FIRM_IN_CHARACTERS.search(term.text[len(place) :]) is None
            return bool(place_located(term.text))
        return (
            term.text in en
            # (A place is named by a word of its own: xian is 线 and 先 as often as 西安,
            # hong of Hong Kong 红.)
            and not is_syllable(term.text)
            and not _AUTHORITY.search(folded.replace(term.text, "<place>"))
            and not re.search(rf"\b{re.escape(term.text)}\b{_FIRM_AFTER}", folded)
        )

    return tuple(t for t in terms if named(t))


# A place opening a firm's name (浙江吉利控股集团, Beijing Construction Engineering Group):
# the firm's, no place asked about.
_FIRM_IN_CHARACTERS = re.compile(r"集团|公司|控股|股份|建工|银行|大学")
_FIRM_AFTER = (
    r"(?:\s+[a-z&-]+){0,3}?\s+(?:group|company|firm|co|corp|corporation|holdings?|construction"
    r"|bank|university|motors?|auto|pharmaceuticals?|pharma|industr(?:y|ies))\b"
)
# A government named by its seat (recognised by Beijing, did Beijing approve, the
# Beijing-approved giants): the state's, no place asked about.
_AUTHORITY = re.compile(
    r"\bby\s+<place>|<place>\s+(?:recogni[sz]e|approve|certif|designate|name|award|select)"
    r"|<place>-(?:approved|recogni[sz]ed|certified|designated|named)"
)


def _place_opening(term: str) -> str:
    """The place a Chinese term opens with (大同交付 -> 大同, 陕西省 -> 陕西), or ""."""
    zh, _ = _elsewhere()
    for length in (4, 3, 2):  # (呼和浩特, 石家庄, 太原)
        head = term[:length]
        rest = term[length:]
        if head in zh and (not rest or rest[0] in "省市的" or len(rest) >= 2):
            return head
    return ""


def place_located(term: str) -> str:
    """The place a Chinese term says something is in (吉利在浙江 -> 浙江), or ""."""
    zh, _ = _elsewhere()
    at = term.find("在")
    while at >= 0:
        for length in (4, 3, 2):
            head = term[at + 1 : at + 1 + length]
            if len(head) == length and head in zh:
                return head
        at = term.find("在", at + 1)
    return ""


def names_elsewhere(places: Sequence[Term], row: IndexRow) -> bool:
    """The fact names every such place (陕西 in 陕西建工集团, Shaanxi in its English name);
    else it is of none of them (陕西省GDP总量 is no GDP of the zone's, however well GDP总量
    reads). A place said as where a thing is (吉利在浙江的工厂) must stand in the fact's
    sentence: the name of a firm from there (浙江吉利) is no plant there."""
    texts = (*row.cjk_names, row.quote, *row.entities)
    for term in places:
        located = place_located(term.text) if term.cjk and not _place_opening(term.text) else ""
        if located:
            if located not in row.quote:
                return False
            continue
        if term.cjk:
            place = _place_opening(term.text)
        elif term.text in (*row.name_words, *row.quote_words):
            continue  # (Zhejiang of a firm's alias, Zhejiang Geely, is no place it names)
        else:
            place = _in_characters().get(term.text, "")
        if not place or not any(place in text for text in texts):
            return False
    return True


@functools.cache
def _in_characters() -> dict[str, str]:
    """Each other place's Latin name, as the characters write it (shaanxi -> 陕西)."""
    from jzfacts.search.vocab import PROVINCES_EN, PROVINCES_ZH

    return {
        **dict(zip(PROVINCES_EN, PROVINCES_ZH, strict=True)),
        **{en: zh for zh, en in OTHER_PLACES.items()},
    }


def place_clash(terms: list[Term], row: IndexRow) -> bool:
    """The question asks about one place and the fact names only others (留抵退税全省排名:
    the refunds ranked first in the city, not in the province)."""
    asked = [t for t in terms if t.place]
    if not asked:
        return False
    # In the question's script: city-level (市级) in an English name is no city named.
    named = _places_named(row, asked[0].cjk)
    return bool(named) and not {PLACES[t.text][0] for t in asked} & named


@functools.lru_cache(maxsize=4096)  # the same for every question asking a place: kept
def _places_named(row: IndexRow, cjk: bool) -> frozenset[str]:
    """The places (by their first word) a fact names, read in one script."""
    return frozenset(
        words[0]
        for words in _EACH_PLACE
        if _place_score_of(words[0] if cjk else words[-1], cjk, row)[0] > 0
    )


_EACH_PLACE = frozenset(PLACES.values())  # each place's words, once


@functools.lru_cache(maxsize=64)
def _chinese_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if has_cjk(w))


@functools.lru_cache(maxsize=4096)
def _unnamed(text: str, names: tuple[str, ...]) -> str:
    """_without, kept: a fact's names without its entities, asked for every place."""
    return _without(text, names)


def _without(text: str, names: tuple[str, ...]) -> str:
    for name in names:
        text = text.replace(name, " ")
    return text


@functools.lru_cache(maxsize=4096)
def _zh_synonyms(text: str) -> tuple[str, ...]:
    """The report's words for a Chinese term: its own synonyms, or, for a longer term that
    holds an everyday word of two or more characters, the term with that word replaced
    (卖出去 -> 交付去, 退还给企业 -> 退给企业): the rest of the term still has to match."""
    own = ZH_SYNONYMS.get(text)
    if own:
        return own
    inside = tuple(
        text.replace(word, said)
        for word, saids in ZH_SYNONYMS.items()
        if len(word) >= 2 and word in text and word != text
        for said in saids
    )
    # A one-character noun ending the term is its head (施工证: a permit, 扶持钱: funds):
    # the report's word in its place. Inside a term one character is part of another word.
    head = ZH_SYNONYMS.get(text[-1], ()) if len(text) >= 3 else ()
    return inside + tuple(text[:-1] + said for said in head if len(said) >= 2)


def english_synonyms(word: str) -> tuple[str, ...]:
    """The report's words for an everyday English word, as written or stemmed."""
    return EN_SYNONYMS.get(word) or EN_SYNONYMS.get(stem(word), ())


def needs_pinyin(terms: list[Term], chinese: str) -> bool:
    """Pinyin readings are read for Latin terms (jiachun, gxjs), and for Chinese terms of
    two or more characters the base does not hold (heard as sound-alikes)."""
    return any(
        (not t.cjk and not t.numeric and len(t.text) >= 2)
        or (t.cjk and len(t.text) >= 2 and t.text not in chinese)
        for t in terms
    )


def _sound_alike(term: str, row: IndexRow) -> float:
    """A Chinese term that sounds like (part of) a name, syllable by syllable: 思普瑞 (si
    pu rui) for 斯普瑞, 倍斯特 for 贝斯特, 粉盾 for 汾盾1号."""
    if len(term) < 2:
        return 0.0
    sound = _syllables(term)
    if sound is None:
        return 0.0
    best = 0.0
    for name in (*row.cjk_names, *row.entities):
        heard = _syllables(name)
        if heard is None or len(heard) < len(sound):
            continue
        for start in range(len(heard) - len(sound) + 1):
            if heard[start : start + len(sound)] == sound and _one_in_three(term, name, start):
                # Two syllables inside a longer name are a weaker guess (企叶 for 企业).
                inside = len(sound) == 2 and start > 0
                whole = len(sound) == len(heard) and len(sound) >= WHOLE_FROM
                best = max(best, SOUND_INSIDE if inside else SOUND_WHOLE if whole else SOUND_ALIKE)
    return best


def _one_in_three(term: str, name: str, start: int) -> bool:
    """A sound-alike of two syllables misspells one character and keeps the other as
    written (企叶 for 企业); 医院 is not heard as 亿元. Three syllables may differ in two
    (思普锐 for 斯普瑞: every syllable the same); four or more in half their characters,
    as an input method's word for them does (隆福电器 for 隆富电气)."""
    written = [c for c in name if not c.isspace()][start : start + len(term)]
    different = sum(a != b for a, b in zip(term, written, strict=False))
    allowed = len(term) // 2 if len(term) >= 4 else (len(term) + 1) // 2
    return different <= allowed and different < len(term)


@functools.lru_cache(maxsize=8192)  # names are heard again for every term and query
def _syllables(text: str) -> tuple[str, ...] | None:
    """The toneless syllables of a Chinese word; digits and Latin letters stand for
    themselves (汾盾1号 -> fen dun 1 hao)."""
    out = []
    for char in text:
        if is_cjk(char):
            sound = sound_of(char)
            if sound is None:
                return None
            out.append(sound)
        elif not char.isspace():
            out.append(char)
    return tuple(out)


def _heard_as_a_name(text: str, vocabulary: Vocabulary) -> bool:
    """A run of four characters or more the base does not hold, sounding like one it
    does: a name heard (山西建工, shan xi jian gong, is 陕西建工)."""
    return (
        len(text) >= 4 and text not in vocabulary.chinese and sounds_known(text, vocabulary.chinese)
    )


@functools.lru_cache(maxsize=4096)  # a question's words come back in the next ones
def sounds_known(term: str, chinese: str) -> bool:
    """Does a Chinese term of two or more characters sound like a run of characters in
    the base's text (企叶 like 企业)?"""
    if len(term) < 2 or len(chinese) > SOUND_SCAN_LIMIT:
        return False
    sound = _syllables(term)
    if sound is None:
        return False
    # Only where the first two syllables' characters stand, one after the other (a
    # window heard as the term has no space in it, as the term has none); where the
    # first one's stand for a term with a space.
    if len(sound) >= 2 and not any(c.isspace() for c in term):
        places: Sequence[int] = _where_each_pair_stands(chinese).get((sound[0], sound[1]), ())
    else:
        places = _where_each_sound_stands(chinese).get(sound[0], ())
    for at in places:
        window = chinese[at : at + len(term)]
        if _syllables(window) == sound and _one_in_three(term, window, 0):
            return True
    return False


@functools.lru_cache(maxsize=2)
def _where_each_pair_stands(chinese: str) -> dict[tuple[str, str], array[int]]:
    """Each pair of syllables' positions in the base's text (the first a Chinese
    character's, the second the next character's, or that character itself if it is no
    Chinese one and no space), as _where_each_sound_stands: a common first syllable (shi)
    stands in thousands of places, a pair of them in few."""
    positions: dict[tuple[str, str], array[int]] = {}
    for at in range(len(chinese) - 1):
        char, after = chinese[at], chinese[at + 1]
        sound = sound_of(char) if is_cjk(char) else None
        if sound is None or after.isspace():
            continue
        heard = sound_of(after) if is_cjk(after) else after
        if heard is None:
            continue
        pair = (sound, heard)
        if pair not in positions:
            positions[pair] = array("I")
        positions[pair].append(at)
    return positions


@functools.lru_cache(maxsize=2)
def _where_each_sound_stands(chinese: str) -> dict[str, array[int]]:
    """Each syllable's positions in the base's text: read once per process and base (a
    string caches its hash, so finding the table again costs nothing). Four bytes a
    position: a text of SOUND_SCAN_LIMIT characters takes 8 MB at most."""
    positions: dict[str, array[int]] = {}
    for at, char in enumerate(chinese):
        sound = sound_of(char) if is_cjk(char) else None
        if sound is not None:
            if sound not in positions:
                positions[sound] = array("I")
            positions[sound].append(at)
    return positions


class Vocabulary(NamedTuple):
    """What the base says anywhere, to tell a query's unknown words from known ones."""

    chinese: str  # every Chinese field, joined
    words: frozenset[str]  # every Latin word of names, tags and sections
    pinyin: str  # every full reading and initials, joined
    entities: frozenset[str] = frozenset()  # the names of the entities facts name
    headings: str = ""  # the sections' Chinese titles, joined
    own_text: str = ""  # the facts' names, entities and quotes, without the titles
    names: tuple[str, ...] = ()  # the Latin words of the entities' English names
    # known()'s answers for this vocabulary, kept a base: (text, cjk, numeric, amount,
    # proper) -> held (known reads nothing else of a term).
    held: dict[tuple[str, bool, bool, str, bool], bool] | None = None


KNOWN_KEPT = 20_000  # known()'s answers kept a base and vocabulary


def vocabulary_of(data: SearchData, with_pinyin: bool) -> Vocabulary:
    return Vocabulary(
        data.joined_text(),
        data.words,
        data.joined_pinyin() if with_pinyin else "",
        data.entity_names(),
        *data.headings(),
        data.entity_words(),
        data.known_terms[with_pinyin],
    )


def known(term: Term, vocabulary: Vocabulary) -> bool:
    """Does the base hold this term anywhere (allowing a typo or a synonym)? Kept in the
    vocabulary's `held`, where it has one: the same words come back question after
    question."""
    held = vocabulary.held
    if held is None:
        return _known(term, vocabulary)
    key = (term.text, term.cjk, term.numeric, term.amount, term.proper)
    found = held.get(key)
    if found is None:
        if len(held) >= KNOWN_KEPT:
            held.clear()
        found = held[key] = _known(term, vocabulary)
    return found


def _known(term: Term, vocabulary: Vocabulary) -> bool:
    text = term.text
    if term.numeric:
        return bool(term.amount) or text in vocabulary.chinese  # a figure read is one stated
    if term.cjk:
        return (
            text in vocabulary.chinese
            or any(s in vocabulary.chinese for s in ZH_SYNONYMS.get(text, ()))
            or (
                len(text) >= 3
                and (
                    _one_substitution(text, vocabulary.chinese, slip=True)
                    or _one_transposition(text, vocabulary.chinese)
                )
            )
            or sounds_known(text, vocabulary.chinese)
        )
    root = stem(text)
    if root in vocabulary.words or text in vocabulary.chinese:
        return True
    if text in vocabulary.pinyin and not read_as_english(text):
        return True  # (air is no pinyin inside tidairanliao, 替代燃料)
    if any(all(stem(w) in vocabulary.words for w in s.split()) for s in english_synonyms(text)):
        return True
    # (a capitalised word as _word_similarity reads it: Intel begins no name)
    if len(root) >= 3 and any(
        w.startswith(root) and not (term.proper and len(root) * 2 < len(w))
        for w in vocabulary.words
    ):
        return True
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    if len(root) < 3:
        return False
    # (a name misspelt, Geeley, as term_score reads it; no common word, appli of Apple;
    # and three letters a letter short of a name's word, Fod of Baixiang Food)
    if term.proper and (
        _word_similarity(text, vocabulary.names, True, vocabulary.names) > 0
        or (
            len(root) == 3
            and process.extractOne(
                root, vocabulary.names, scorer=OSA.normalized_similarity, score_cutoff=TYPO_CUTOFF
            )
            is not None
        )
    ):
        return True
    cutoff = PROPER_TYPO_CUTOFF if term.proper else TYPO_CUTOFF
    return (
        process.extractOne(
            root, vocabulary.words, scorer=OSA.normalized_similarity, score_cutoff=cutoff
        )
        is not None
    )


TYPO_WINDOWS = 20_000
PREFILTER_KEEP = 1500  # candidates kept per term by the first pass over a large base
SEGMENT_FROM = 4  # Chinese terms this long that the base does not hold get split
SEGMENTED_WEIGHT = 0.95  # a split reading of a term loses a tie to the whole term
PLACE_HIT_WEIGHT = 0.5  # a place a fact names says little of what is asked (vocab.PLACES)
# A word of a clause of context that hits counts, but less than what the question asks
# (跟开建集团成立合资公司的陕西建工集团，是不是国内500强: the JV is who, not what is asked).
ASIDE_HIT_WEIGHT = 0.5

# A reading is a list of (term, weight); a group is a term's readings and its weight.
Reading = list[tuple[Term, float]]
Group = tuple[list[Reading], float]


def join_soft(terms: list[Term], vocabulary: Vocabulary) -> list[Term]:
    """Words parted by removed filler, joined again where the base has the joined word:
    造了多少辆车 -> 造 + 车 -> 造车, and 吉利造了多少车 -> 吉利造 + 车 -> 吉利 + 造车."""
    out: list[Term] = []
    for term in terms:
        if out and term.soft and out[-1].cjk and term.cjk:
            before = out[-1].text
            # A word the base holds whole is never cut (给企业 + 扶持资金 is no 给企 +
            # 业扶持资金).
            cuts = 1 if len(before) >= 2 and before in vocabulary.chinese else len(before)
            for cut in range(cuts):
                joined = before[cut:] + term.text
                # Never cutting a word the base does not hold in two: 第一|台 of
                # 世界上第一台 + 下线 (the left part must be a word of the base).
                left = before[:cut]
                whole = not cut or left in vocabulary.chinese or left in ZH_SYNONYMS
                if whole and joined in vocabulary.chinese:
                    # Said aside (a clause of context) only where both parts were.
                    aside, told = out[-1].aside and term.aside, out[-1].told and term.told
                    if cut:
                        out[-1] = Term(
                            before[:cut], True, False, out[-1].soft,
                            aside=out[-1].aside, told=out[-1].told,
                        )  # fmt: skip
                        out.append(Term(joined, True, False, aside=aside, told=told))
                    else:
                        out[-1] = Term(joined, True, False, out[-1].soft, aside=aside, told=told)
                    break
            else:
                out.append(term)
            continue
        out.append(term)
    return out


# Function words that removed filler can leave glued to a term: a preposition before it
# (在全省, 对链主), a count of what follows (两笔产业扶持资金), a conjunction inside it
# (链核和存量骨干企业).
_PREPOSITIONS = frozenset(FUNCTION_CHARACTERS)
_TRAILING = _PREPOSITIONS | frozenset(_ADVERBS)
_COUNTED = r"^[一两二三四五六七八九十几百\d]+(?:个人|[笔家个项类位种名户台辆条批款])"
_CONJUNCTIONS = ("以及", "和", "与", "及", "跟", "同")
_LINKING = ("对", "给", "向", "为")  # prepositions linking two things (骨干企业对经济)


def unglue(terms: list[Term], vocabulary: Vocabulary) -> list[Term]:
    """Chinese terms without the function words glued to them, where the base holds what
    is left (and, for a count or a conjunction, not the whole): 在全省 -> 全省,
    两笔产业扶持资金 -> 产业扶持资金, 链核和存量骨干企业 -> 链核 + 存量骨干企业; of two
    characters the base does not hold, the preposition goes whatever is left (被市 -> 市)."""
    out: list[Term] = []
    for term in terms:
        text = term.text
        if text in _PREPOSITIONS:
            continue  # 按 alone (按啥标准选): a preposition whose object was a question word
        if term.cjk and not text.startswith("一") and re.fullmatch(_COUNTED, text):
            # 两位 (两位主任被安排担任什么): how many, said of the subject, not it (一台, in
            # 多少钱一台, is each one: a price asked).
            continue
        if (
            len(text) == 2
            and (text[0] in _PREPOSITIONS or text[0] in _CONJUNCTIONS)
            and text not in vocabulary.chinese
        ):
            text = text[1:]  # 被市 (被市里评为): the city; 和市 (省里和市里): the city too
        if not term.cjk or term.unlisted or len(text) < 3:
            out.append(term._replace(text=text))
            continue
        if text[0] in _PREPOSITIONS and (text[1:] in vocabulary.chinese or text[1:] in ZH_SYNONYMS):
            text = text[1:]  # 被提成: promoted, an everyday word for the report's
        elif (
            text[0] in _LEADING_ADVERBS
            and text not in vocabulary.chinese
            and text[1:] in vocabulary.chinese
        ):
            text = text[1:]  # 还下线 (6月还下线了什么): an adverb before the verb
        elif text[-1] in _TRAILING and _uncounted(text[:-1], vocabulary) in vocabulary.chinese:
            # 喷丝头在 (在什么比赛): the preposition of what follows; 干部都 (干部都是按啥
            # 标准选的), 七个党建联盟都 (what is counted ahead of it goes below): an adverb
            # before the verb.
            text = text[:-1]
        if text[-1] in _LOCATIVES and text not in vocabulary.chinese:
            among = text[:-1]  # 两笔资金中 (among the two sums): the sums
            if _uncounted(among, vocabulary) in vocabulary.chinese:
                text = among
        text = _uncounted(text, vocabulary)
        pieces = [text]
        if text not in vocabulary.chinese:
            # (骨干企业对经济: a preposition between two things the base holds links them)
            for joiner in (*_CONJUNCTIONS, *_LINKING):
                left, found, right = text.partition(joiner)
                both = found and min(len(left), len(right)) >= 2
                if both and left in vocabulary.chinese and right in vocabulary.chinese:
                    pieces = [left, right]
                    break
        out.extend(term._replace(text=piece) for piece in pieces)
    return out


def _uncounted(text: str, vocabulary: Vocabulary) -> str:
    """两笔产业扶持资金 -> 产业扶持资金, where the base holds the rest and not the whole."""
    counted = re.match(_COUNTED, text)  # compiled on first use, then cached by re
    if counted and text not in vocabulary.chinese:
        rest = text[counted.end() :]
        if len(rest) >= 2 and rest in vocabulary.chinese:
            return rest
    return text


# Compiled on first use, then cached by re.
_ZONE_KINDS = r"^(?P<name>.{2,4}?)(?:工业园区|工业区|工业园|开发区|高新区|经开区|示范区|园区|新区)$"


def _another_zone(term: Term, vocabulary: Vocabulary) -> bool:
    """A zone or park the base does not name (台中工业区, 苏州工业园区): another place,
    one unknown word, not its name plus the known word 工业 (zone-industrial-output)."""
    if not term.cjk or len(term.text) < 4:
        return False
    named = re.match(_ZONE_KINDS, term.text)
    return named is not None and named["name"] not in vocabulary.chinese


def readings_of(terms: list[Term], vocabulary: Vocabulary) -> list[Group]:
    """Each term's readings and weight. A long Chinese term the base does not hold whole
    is also read as its pieces (吉利汽车产值 -> 吉利汽车 + 产值); if some piece is found
    nowhere, only the pieces count, each unknown one twice (吉利汽车销量 is about 销量,
    which the report never mentions). A term found nowhere at all counts twice."""
    groups: list[Group] = []
    for term in places_apart(_compounds_apart(terms, vocabulary), vocabulary):
        if heard_as_the_zone(term):
            continue  # 金中开发区, 进中: the zone's name misheard, filler like 晋中
        elsewhere = _another_zone(term, vocabulary)
        if term.cjk and _contrast_of_a_word(term.text, vocabulary.chinese):
            # 提拔正科级干部, 甲醇轻卡: a sibling of the base's 正处级, 重卡, which no fact
            # states (never its pieces, nor the base's word near it).
            term = term._replace(unlisted=True)
        is_known = not term.unlisted and not elsewhere and known(term, vocabulary)
        # Of a told word the base holds nowhere whole (华为药业对医药行业拉动很大), the
        # pieces it holds count in full; only chatter is set aside.
        said_aside = term.aside
        if not is_known:
            # Chatter in a clause of context (记得, 一直在关注), and grammar the base has
            # nowhere (要往, 还要): counts only where it hits.
            grammar = term.cjk and all(c in _GRAMMAR for c in term.text)
            term = term._replace(unknown=True, aside=term.aside or term.told or grammar)
        elif term.cjk and len(term.text) >= 2 and term.text not in vocabulary.chinese:
            term = term._replace(heard=True)  # known by a typo, a synonym or its sound
        elif not term.cjk and len(term.text) >= 5 and term.text in vocabulary.pinyin:
            term = term._replace(spelt=True)
        weight = (
            1.0
            if is_known
            else UNLISTED_WEIGHT
            if term.unlisted
            else NAME_UNKNOWN_WEIGHT
            if term.proper
            else UNKNOWN_WEIGHT
        )
        readings: list[Reading] = [[(term, 1.0)]]
        if (
            term.cjk
            and not term.unlisted
            and not elsewhere
            and (len(term.text) >= SEGMENT_FROM or _word_then_when(term.text, vocabulary))
            # (激活一池春水: a heading's words, which a fact's sentence says apart)
            and (term.text not in vocabulary.chinese or _a_heading_only(term.text, vocabulary))
            # 山西建工 heard as 陕西建工: a name, whose first sounds are no place asked.
            and not (
                any(p in term.text for p in ZH_PLACE_WORDS)
                and _heard_as_a_name(term.text, vocabulary)
            )
        ):
            # (a heading's words are split as if the heading did not hold them whole)
            said_apart = (
                vocabulary.chinese.replace(term.text, "\n")
                if term.text in vocabulary.chinese
                else vocabulary.chinese
            )
            pieces = [
                Term(p, True, False, aside=said_aside, told=term.told)
                for p in _segment(term.text, said_apart)
            ]
            if len(pieces) > 1 or (pieces and pieces[0].text != term.text):
                # One piece too, where grammar went from it: 今后要往 -> 今后.
                held = [known(p, vocabulary) for p in pieces]
                split = [
                    (
                        (p._replace(heard=p.text not in vocabulary.chinese), 1.0)
                        if held[n]
                        else (
                            p._replace(unknown=True, aside=p.aside or p.told),
                            LINK_WEIGHT if _links(pieces, held, n) else UNKNOWN_WEIGHT,
                        )
                    )
                    for n, p in enumerate(pieces)
                ]
                typo = _one_substitution(
                    term.text, vocabulary.chinese, slip=True
                ) or _one_transposition(term.text, vocabulary.chinese)
                said = _said_otherwise(term.text, vocabulary)
                # A name misheard whole (极力汽车 for 吉利汽车) is read whole too, though a
                # piece of it (极) stands nowhere.
                if (
                    any(p.unknown for p, _ in split)
                    and not typo
                    and not said
                    and not sounds_known(term.text, vocabulary.chinese)
                ):
                    readings = [split]
                else:
                    readings.append(split)
                weight = 1.0
        groups.append((readings, weight))
    return groups


def _a_heading_only(text: str, vocabulary: Vocabulary) -> bool:
    """Does only a section's title hold the words whole (激活一池春水), no fact's own text?"""
    return text in vocabulary.headings and text not in vocabulary.own_text


def _links(pieces: list[Term], held: list[bool], at: int) -> bool:
    """A piece found nowhere with pieces the base holds on both sides of it in one run
    (非公企业搭合作平台, 经济规模重返疫情前水准): a verb or a link between the things named,
    rarely the thing asked, which Chinese names last (开发区常住人口). Not right before a
    measure (吉利汽车海外产量): there it says which part of the figure is asked."""
    if not (any(held[:at]) and any(held[at + 1 :])):
        return False
    after = pieces[at + 1].text if at + 1 < len(pieces) else ""
    return not any(after.startswith(word) for word in ZH_MEASURE_WORDS)


def _word_then_when(text: str, vocabulary: Vocabulary) -> bool:
    """A word of the base and when, relative to it (疫情后, 投产前, 成立时): split too,
    though short."""
    return (
        len(text) == 3
        and (text[2] in "后前时" or text[2] in NAMING_CHARACTERS)  # 科技奖: 科技, an award
        and text[:2] in vocabulary.chinese
    )


def _said_otherwise(text: str, vocabulary: Vocabulary) -> bool:
    """The term, an everyday word in it said as the report says it, is a phrase of the
    base (地区生产毛额 -> 地区生产总值): read whole too, not only as pieces. A long run of
    words (three pieces' worth) is pieces whatever it holds."""
    return len(text) < SEGMENT_FROM * 3 and any(s in vocabulary.chinese for s in _zh_synonyms(text))


def _compounds_apart(terms: list[Term], vocabulary: Vocabulary) -> list[Term]:
    """An English compound typed as one word (hightech, carbonfibre): its two words, where
    the base writes them as one compound (high-tech, carbon fibre) and holds neither the
    run-together word nor a word it misspells."""
    out: list[Term] = []
    for term in terms:
        text = term.text
        if term.cjk or term.numeric or len(text) < 6 or not text.isalpha():
            out.append(term)
            continue
        # Both halves words of the base first (a set each), then the word itself unknown,
        # then the base's text (a scan): most words stop at the first.
        halves = [at for at in range(2, len(text) - 1) if _both_words(text, at, vocabulary)]
        cut = next(
            (
                at
                for at in (halves if halves and not known(term, vocabulary) else [])
                if any(f"{text[:at]}{joint}{text[at:]}" in vocabulary.chinese for joint in "- ")
            ),
            0,
        )
        if not cut:
            out.append(term)
            continue
        out += [
            term._replace(text=text[:cut], bound=True),
            term._replace(text=text[cut:], bound=True),
        ]
    return out


def _both_words(text: str, at: int, vocabulary: Vocabulary) -> bool:
    return stem(text[:at]) in vocabulary.words and stem(text[at:]) in vocabulary.words


def places_apart(terms: list[Term], vocabulary: Vocabulary) -> list[Term]:
    """A place inside a longer Chinese term is a term of its own (全省经济总量 -> 全省 +
    经济总量, 留抵退税全省排名 -> 留抵退税 + 全省 + 排名), so that it counts as a place
    (vocab.PLACES); 在 before it (留抵退税在全省) goes with it. Not in an entity's name
    (中国海油), nor in one heard whole (山西建工 for 陕西建工: the same sounds), which is
    that name."""
    out: list[Term] = []
    for term in terms:
        place = next(
            (p for p in ZH_PLACE_WORDS if term.cjk and len(term.text) > len(p) and p in term.text),
            None,
        )
        if place is not None and (
            term.text in vocabulary.entities or _heard_as_a_name(term.text, vocabulary)
        ):
            place = None  # 中国海油: an entity's name whole, no place in it
        if place == "中国" and "中国家级" in term.text and "全中国" not in term.text:
            # 小巨人中国家级的 (中, among, joined to what followed it): national, no China
            # (全中国家级: China-wide).
            term = term._replace(text=term.text.replace("中国家级", "国家级"))
            place = None
        if place is None:
            out.append(term)
            continue
        before, _, after = term.text.partition(place)
        if len(before) > 1:
            before = before.removesuffix("在")  # 留抵退税在全省: at, of the place after it
        # A place in a clause of context (最近在看山西那边…) is where the asker looked, no
        # place asked about: dropped, as question.py drops one standing alone there.
        kept = (before, after) if term.aside else (before, place, after)
        out += [term._replace(text=t) for t in kept if t]
    return out


# The zone's own names, filler in a question (晋中, 开发区): misheard, they are filler still.
_ZONE_NAMES = ("晋中", "开发区", "晋中开发区", "综改区")


@functools.cache
def _zone_sounds() -> frozenset[tuple[str, ...]]:
    return frozenset(s for s in (_syllables(name) for name in _ZONE_NAMES) if s)


# Every character read jin, kai or zong (the first sounds of the zone's names), so that
# only a term starting with one loads the sounds table (tests/test_question_wording.py
# checks it against the table).
ZONE_FIRST_CHARACTERS = (
    "仅今劲卺噤堇妗尽巾廑斤晋槿津浸烬瑾矜禁筋紧缙荩衿襟觐谨赆近进金钅锦靳馑"
    "凯剀垲开忾恺慨揩楷蒈铠锎锴偬宗总棕粽纵综腙踪鬃"
)


def heard_as_the_zone(term: Term) -> bool:
    """A Chinese term that sounds like the zone's name (金中 or 进中 for 晋中): nothing a
    question asks about sounds like that but the name itself, which is filler."""
    text = term.text
    if not term.cjk or len(text) < 2 or term.unlisted or text[0] not in ZONE_FIRST_CHARACTERS:
        return False
    sound = _syllables(text)
    return sound is not None and sound in _zone_sounds()


class Hit(NamedTuple):
    """What one term of a question hit in a fact."""

    term: str
    score: float  # 0 when below TERM_FLOOR
    field: str
    unknown: bool  # the base holds the term nowhere
    bound: bool = False  # part of a hyphenated word of the question
    # The fact's own figure, stated with its unit or decimals (7.06亿, 33.1): it names
    # the fact as well as its name does.
    figure: bool = False


def states_figure(term: Term, row: IndexRow) -> bool:
    """Does the fact state the amount the question writes (7.06亿 = 70600万元), in a
    unit of the same kind? A rough one (7亿多) is any amount from it to its spread."""
    if not row.amount or (term.dimension and not _units_agree(term.dimension, row.dimension)):
        return False
    return amount_in(term.amount, term.spread, row.amount)


def _unit_agrees(term: Term, row: IndexRow) -> bool:
    """A number said with a unit no fact states it in (70.7亿) is not the fact's number of
    another kind (70.7%); a bare number may be any, and a figure some fact states names
    the facts whose sentence holds it (38户 in the sentence of their output's share)."""
    if not term.dimension or term.amount or not row.dimension:
        return True
    return _units_agree(term.dimension, row.dimension)


def _units_agree(asked: str, stated: str) -> bool:
    """A figure's unit as written agrees with the fact's: 个 counts what 户, 项 or 人
    count (but 人 never what 项 counts: 7人 are no 7项 indicators); a percentage written
    for percentage points (拉动了17.77%) is the same figure. (Laxer than a threshold's
    unit in answer._same_kind: here the number itself must match.)"""
    counts = asked in COUNTS and stated in COUNTS and "count" in (asked, stated)
    return asked == stated or counts or {asked, stated} == _RATES


_RATES = {PERCENT, POINTS}


def scored_as(term: Term) -> Term:
    """The term its scores are kept under: term_score and within_reach read nothing of
    where it was said (soft, aside, told), so a word said aside shares the scores of the
    same word asked. A capitalised word is read as a name may be (term.proper)."""
    if not (term.soft or term.aside or term.told):
        return term  # most terms: already so (_replace costs more than the look)
    return term._replace(soft=False, aside=False, told=False)


class Scoring(NamedTuple):
    """A term of a reading as reading_score weighs it, fact after fact."""

    term: Term
    weight: float
    optional: bool  # term.optional, found once
    reached: frozenset[int] | None  # the facts it may match at all (within_reach); None: any
    key: Term  # scored_as(term), what its scores are kept under


def scorings(reading: Reading, reach: dict[Term, frozenset[int] | None] | None) -> list[Scoring]:
    """The reading's terms ready to be scored (`reach`: each term's within_reach, for a
    base read whole)."""
    return [
        Scoring(term, weight, term.optional, reach.get(term) if reach else None, scored_as(term))
        for term, weight in reading
    ]


def reading_score(
    reading: list[Scoring],
    row: IndexRow,
    readings: tuple[tuple[str, str], ...] | None,
    readings_text: str | None = None,
    glance: NameCharacters | None = None,
    near: Callable[[str], frozenset[str]] | None = None,
    memo: dict[tuple[Term, int, bool], tuple[float, str]] | None = None,
    index: int = -1,
) -> tuple[float, list[str], list[Hit]]:
    """Weighted mean score of a reading's terms (lone characters count only where they
    hit), the fields that matched, and what each term hit. `memo` keeps each term's
    score against the fact at `index` of one base (term_score depends on nothing else)."""
    total, counted, fields = 0.0, 0.0, []
    hits: list[Hit] = []
    for term, weight, optional, reached, scored in reading:
        if reached is not None and index not in reached:
            # term_score's 0 for a word of either script
            found: tuple[float, str] | None = _NO_MATCH
        else:
            key = (scored, index, readings is not None)
            found = memo.get(key) if memo is not None else None
        if found is None:
            found = term_score(scored, row, readings, readings_text, glance, near)
            if memo is not None:
                memo[key] = found
        score, field = found
        hit = score >= TERM_FLOOR
        if hit:
            total += score * weight
            fields.append(field)
        if hit or not optional:
            counted += weight
            figure = hit and field == VALUE and (bool(term.amount) or "." in term.text)
            hits.append(
                Hit(term.text, score if hit else 0.0, field, term.unknown, term.bound, figure)
            )
    return (total / counted if counted else 0.0), fields, hits


_NO_MATCH = (0.0, NAME)


def reading_reach(reading: list[Scoring]) -> frozenset[int] | None:
    """The facts some term of the reading may match (within_reach), or None when any may.
    Every other fact scores reading_missed for it, as reading_score finds term by term."""
    reached: set[int] = set()
    for scoring in reading:
        if scoring.reached is None:
            return None
        reached |= scoring.reached
    return frozenset(reached)


def reading_missed(reading: list[Scoring]) -> tuple[float, list[str], list[Hit]]:
    """reading_score's result for a fact that no term of the reading reaches: 0, and a
    miss for each term that counts where it misses. (Shared by those facts: not to be
    changed.)"""
    hits = [
        Hit(s.term.text, 0.0, _NO_MATCH[1], s.term.unknown, s.term.bound, False)
        for s in reading
        if not s.optional
    ]
    return 0.0, [], hits


def strongest(fields: list[str]) -> str:
    return max(fields, key=lambda f: STRENGTH[f]) if fields else QUOTE


def candidates(data: SearchData, with_pinyin: bool, terms: list[Term]) -> list[int]:
    """For large bases: the facts whose text shares most with some term (rapidfuzz, in C)."""
    from rapidfuzz import process
    from rapidfuzz.distance import LCSseq

    keep: set[int] = set()
    for term in terms:
        found = process.extract(
            term.text,
            data.blobs,
            scorer=LCSseq.similarity,
            limit=PREFILTER_KEEP,
            score_cutoff=max(1, (len(term.text) + 1) // 2),
        )
        keep.update(i for _, _, i in found)
        if with_pinyin and not term.cjk:
            found = process.extract(
                term.text,
                data.pinyin_text(),
                scorer=LCSseq.similarity,
                limit=PREFILTER_KEEP,
                score_cutoff=max(1, len(term.text) - 1),
            )
            keep.update(i for _, _, i in found)
    return sorted(keep)


def quote_spans(quote: str, terms: list[Term]) -> tuple[Span, ...]:
    """Where the query's terms (or, failing that, their bigrams) stand in the quote."""
    if not quote:
        return ()
    folded = quote.casefold() if len(quote.casefold()) == len(quote) else None
    haystack = folded if folded is not None else quote
    spans: list[tuple[int, int]] = []
    for term in terms:
        pieces = [term.text]
        if term.cjk and term.text not in haystack and len(term.text) > 2:
            pieces = [term.text[i : i + 2] for i in range(len(term.text) - 1)]
        for piece in pieces:
            if len(piece) < 2 and term.cjk:
                continue
            start = haystack.find(piece)
            while start >= 0:
                spans.append((start, start + len(piece)))
                start = haystack.find(piece, start + len(piece))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple(Span(s, e) for s, e in merged)
