"""Ranking facts for a free-text query: Chinese, English, pinyin, typos, whole questions.

How a score is made (0-100):
- The query is folded (NFKC, case) and stripped of question words and filler (是多少,
  几, what is, how many, the …); what is left splits into terms at spaces, punctuation
  and changes of script (``GDP增速`` is ``gdp`` + ``增速``).
- Each term is scored against each field of a fact and keeps its best, weighted by the
  field: names (id, labels, aliases) 1.0, pinyin of names 0.95, entities and the value
  0.9, tags 0.85, the quote 0.8, the section 0.75. So a hit in a name outranks a hit
  only in the quote.
- Chinese is matched by characters and substrings, not by words: a term inside a field
  scores 100; otherwise half its characters found in order plus half its bigrams found
  (so 吉利产值 finds 吉利汽车产值, while two characters scattered through a long quote
  do not make 人口). A single Chinese character hits only a whole name.
- Latin terms match words (exactly, as a prefix of three letters or more, or within a
  small edit distance: Geeley -> geely), and the full pinyin or the initials of Chinese
  names (jiachun, gxjs).
- A fact's score is the mean of its terms' scores, a term below 45 counting as 0: a
  fact matching every term outranks one matching one term strongly, and a query one of
  whose content words matches nothing scores at most half.
- A query that is exactly a fact's id, alias or label puts that fact first at 100.
- Ties break by the stronger field, then the shorter label, then the id.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from jzfacts.model import FactBase, Match, Span
from jzfacts.text import fold, is_cjk

DEFAULT_LIMIT = 10
# Chosen from the relevance suite (tests/relevance.yaml): see README, "Search quality".
DEFAULT_MIN_SCORE = 60.0
TERM_FLOOR = 45.0
# Above this many facts, a cheap C-level pass picks candidates before exact scoring.
PREFILTER_ABOVE = 3000
PREFILTER_KEEP = 1500

NAME, PINYIN, ENTITY, VALUE, TAG, QUOTE, SECTION = (
    "name",
    "pinyin",
    "entity",
    "value",
    "tag",
    "quote",
    "section",
)
WEIGHT = {NAME: 1.0, PINYIN: 0.95, ENTITY: 0.9, VALUE: 0.9, TAG: 0.85, QUOTE: 0.8, SECTION: 0.75}
STRENGTH = {field: rank for rank, field in enumerate(reversed(list(WEIGHT)))}

# Question words and filler, longest first; each is removed from the query.
ZH_FILLER = sorted(
    (
        "请问 告诉我 我想知道 查一下 查询 是多少 有多少 一共有 多少 是几 几个 几家 "
        "几户 几项 几名 几人 几台 几辆 几 是什么 什么 哪些 哪个 哪家 哪 怎么样 怎样 "
        "如何 为什么 吗 呢 吧 啊 呀 了 的 一共 总共 共计 去年 今年 2022年 二〇二二年 "
        "二零二二年 晋中开发区 综改区 开发区 晋中 情况 有关 关于 分别 是否 到底 具体 "
        "大概 约 共 请 数量 总数 多大 期间 时候 当时 一下 能否 可以 我 你 他们"
    ).split()
    # "how many" with its measure word: 多少家, 几项, 多少亿 …
    + [f"{q}{m}" for q in ("多少", "几") for m in "项家户个人名台辆亿万元次位条所批年"],
    key=len,
    reverse=True,
)
EN_STOP = frozenset(
    (
        "a an the of in on at for to by with and or from as that this these those there it its is "
        "are was were be been being do does did has have had how many much what whats which who "
        "whom when where why total number amount figure level year years last 2022 jinzhong zone "
        "district please tell me show give about get i we our you your can could would should will "
        "per than some any s vs versus"
    ).split()
)
# Everyday Chinese words and the report's words for the same thing; a term that misses
# is tried again as its synonyms, at 90% of the score. Fact-specific paraphrases belong
# in the fact base's aliases; these are general to the language.
ZH_SYNONYMS: dict[str, tuple[str, ...]] = {
    "行业": ("产业",),
    "产业": ("行业",),
    "公司": ("企业",),
    "企业": ("公司",),
    "增速": ("增长",),
    "增长": ("增速",),
    "比例": ("占比", "比重"),
    "占比": ("比重",),
    "比重": ("占比",),
    "汽车": ("整车", "车"),
    "车辆": ("整车", "汽车"),
    "权力": ("赋权", "权"),
    "钱": ("资金",),
    "干部": ("处级",),
    "倒数第一": ("垫底",),
    "最后一名": ("垫底",),
    "建设": ("构建", "建"),
    "构建": ("建设",),
}
SYNONYM_WEIGHT = 0.9

_SPLIT = re.compile(r"[\s\-_/,.;:!?，。；：！？、（）()「」“”\"'《》【】\[\]…·~]+")
_RUN = re.compile(r"[0-9]+(?:\.[0-9]+)?|[a-z][a-z0-9']*|[^\sa-z0-9]+")


class Term(NamedTuple):
    text: str
    cjk: bool
    numeric: bool

    @property
    def optional(self) -> bool:
        """A lone Chinese character left over from a question (有, 家, 亿) counts only
        where it hits; a lone character never makes a hit on its own."""
        return self.cjk and len(self.text) == 1


def parse_query(query: str) -> list[Term]:
    """The content terms of a query, in order, without question words and filler."""
    text = fold(query)
    for filler in ZH_FILLER:
        if filler in text:
            # Joined, not split: 造了多少辆车 -> 造车; long runs are segmented later.
            text = text.replace(filler, "" if filler[0] > "\u2fff" else " ")
    terms: list[Term] = []
    seen: set[str] = set()
    for chunk in _SPLIT.split(text):
        # Keep decimals like 17.77 whole: _SPLIT cut at '.', so re-join digit runs here.
        for run in _RUN.findall(chunk):
            if run in seen or run in EN_STOP:
                continue
            cjk = any(is_cjk(c) for c in run)
            if not cjk and not run.isascii():
                continue  # symbols and marks carry no content
            seen.add(run)
            terms.append(Term(run, cjk, run.replace(".", "").isdigit()))
    return terms


def _decimal_terms(query: str) -> list[str]:
    return re.findall(r"\d+\.\d+", fold(query))


# --- the index -----------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+")


def _stem(word: str) -> str:
    """Plural to singular, roughly: trucks -> truck, enterprises -> enterprise."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _words(texts: Any) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for text in texts:
        for word in _WORD.findall(fold(text)):
            out[_stem(word)] = None
    return tuple(out)


class IndexRow(NamedTuple):
    """A fact's fields, folded for matching."""

    names: tuple[str, ...]  # id, id with spaces, both labels, aliases
    cjk_names: tuple[str, ...]  # those of them with Chinese characters
    name_words: tuple[str, ...]  # Latin words of the names, singular
    entities: tuple[str, ...]
    tag_words: tuple[str, ...]
    quote: str
    section_zh: str
    section_words: tuple[str, ...]
    value_text: str


def build_index(base: FactBase) -> list[IndexRow]:
    """Per fact, its fields folded for matching."""
    sections = {s.id: s for s in base.sections}
    index = []
    for fact in base.facts:
        section = sections.get(fact.section)
        names = (fact.id, fact.id.replace("-", " "), fact.label.zh, fact.label.en, *fact.aliases)
        folded_names = tuple(dict.fromkeys(fold(n) for n in names))
        index.append(
            IndexRow(
                names=folded_names,
                cjk_names=tuple(n for n in folded_names if any(is_cjk(c) for c in n)),
                name_words=_words(names),
                entities=tuple(fold(e) for e in fact.entities),
                tag_words=_words(fact.tags),
                quote=fold(fact.quote or ""),
                section_zh=fold(section.zh) if section else "",
                section_words=_words([section.en]) if section else (),
                value_text=fact.value_text or "",
            )
        )
    return index


def _index(base: FactBase) -> list[IndexRow]:
    from jzfacts import cache

    if base.key:
        stored = cache.read(base.key, "search")
        if isinstance(stored, list) and len(stored) == len(base.facts):
            try:
                return [IndexRow._make(row) for row in stored]
            except TypeError:
                pass  # a cache from another layout: rebuild it
    index = build_index(base)
    if base.key:
        # marshal stores plain tuples only
        cache.write(base.key, "search", [tuple(row) for row in index])
    return index


def _pinyin(base: FactBase) -> list[tuple[tuple[str, str], ...]]:
    from jzfacts import cache

    if base.key:
        stored = cache.read(base.key, "pinyin")
        if isinstance(stored, list) and len(stored) == len(base.facts):
            return stored
    from jzfacts.pinyin import readings

    table = [readings((fact.label.zh, *fact.aliases)) for fact in base.facts]
    if base.key:
        cache.write(base.key, "pinyin", table)
    return table


# --- scoring ------------------------------------------------------------------------------


def _cjk_similarity(term: str, field: str) -> float:
    if not field:
        return 0.0
    if term == field:
        return 100.0
    if len(term) == 1:
        return 0.0  # one shared character never makes a hit
    if term in field:
        return 100.0
    from rapidfuzz.distance import LCSseq

    chars = LCSseq.similarity(term, field) / len(term)
    if chars < 0.5:
        return 0.0
    bigrams = [term[i : i + 2] for i in range(len(term) - 1)]
    found = sum(1 for b in bigrams if b in field) / len(bigrams)
    score = 100.0 * (0.5 * chars + 0.5 * found) if found else 0.0
    # One character mistyped (留底退税 for 留抵退税): some window of the field differs
    # from the term in exactly one position.
    typo_score = 100.0 * (len(term) - 1) / len(term)
    if len(term) >= 3 and score < typo_score and _one_substitution(term, field):
        score = typo_score
    return score


def _one_substitution(term: str, field: str) -> bool:
    n = len(term)
    head, tail = term[: n // 2], term[n // 2 :]
    # A window with one substitution keeps its first or its second half intact.
    for half, offset in ((head, 0), (tail, n // 2)):
        start = field.find(half)
        while start >= 0:
            window = field[start - offset : start - offset + n] if start >= offset else ""
            if len(window) == n and sum(a != b for a, b in zip(window, term, strict=True)) == 1:
                return True
            start = field.find(half, start + 1)
    return False


def _name_similarity(term: str, name: str) -> float:
    """Like _cjk_similarity, but a term covering more of the name scores higher:
    战略性新兴产业增速 fits 战略性新兴产业产值增速 better than a longer name
    that merely contains it."""
    score = _cjk_similarity(term, name)
    if score == 0.0 or term == name:
        return score
    return score * (0.92 + 0.08 * min(1.0, len(term) / len(name)))


def _segment(term: str, vocabulary: str) -> list[str]:
    """A long unspaced Chinese query split into the base's words and the rest.

    疫情期间停产企业比例 -> 疫情 期间 停产企业? no: the longest pieces found in the
    base's text, left to right (疫情, 停产, 企业, 比例), and runs found nowhere kept as
    pieces of their own, so that a query about something the base does not hold (吉利
    汽车出口量 -> 吉利汽车 + 出口量) scores half, not full.
    """
    pieces: list[str] = []
    unknown = ""
    i = 0
    while i < len(term):
        end = 0
        for j in range(min(len(term), i + 8), i + 1, -1):
            if term[i:j] in vocabulary:
                end = j
                break
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
    return pieces


def _word_similarity(term: str, words: tuple[str, ...]) -> float:
    if not words:
        return 0.0
    stem = _stem(term)
    if stem in words:
        return 100.0
    best = 0.0
    if len(stem) >= 3:
        for word in words:
            if word.startswith(stem):
                best = max(best, 92.0 if len(stem) * 2 >= len(word) else 80.0)
    if len(stem) == 3 and best < 80:
        # Three letters: only a swap of neighbours counts as a typo (gpd -> gdp).
        for word in words:
            if len(word) == 3 and sorted(word) == sorted(stem):
                from rapidfuzz.distance import OSA

                if OSA.distance(stem, word) == 1:
                    best = max(best, 80.0)
    if len(stem) >= 4 and best < 92:
        from rapidfuzz.distance import OSA

        for word in words:
            if abs(len(word) - len(stem)) > 2:
                continue
            similarity = OSA.normalized_similarity(stem, word)
            if similarity >= 0.75:
                best = max(best, 100.0 * similarity)
    return best


def _pinyin_similarity(term: str, readings: tuple[tuple[str, str], ...]) -> float:
    best = 0.0
    for full, initials in readings:
        if term in (full, initials):
            return 100.0
        if len(term) >= 3 and full.startswith(term):
            best = max(best, 95.0)
        elif (len(term) >= 4 and term in full) or (len(term) >= 2 and initials.startswith(term)):
            best = max(best, 90.0)
        elif len(term) >= 3 and term in initials:
            best = max(best, 85.0)
        elif len(term) >= 5:
            from rapidfuzz import fuzz

            score = fuzz.partial_ratio(term, full)
            if score >= 85:
                best = max(best, score - 5)
    return best


def _term_score(
    term: Term, row: IndexRow, readings: tuple[tuple[str, str], ...] | None
) -> tuple[float, str]:
    scored: list[tuple[float, str]] = []
    if term.numeric:
        if term.text == row.value_text:
            scored.append((100.0, VALUE))
        elif term.text in row.quote:
            scored.append((100.0, QUOTE))
        elif any(term.text in n for n in row.names):
            scored.append((100.0, NAME))
    elif term.cjk:
        synonyms = ((s, SYNONYM_WEIGHT) for s in ZH_SYNONYMS.get(term.text, ()))
        for text, factor in ((term.text, 1.0), *synonyms):
            names = max((_name_similarity(text, n) for n in row.cjk_names), default=0.0)
            entities = max((_cjk_similarity(text, e) for e in row.entities), default=0.0)
            scored.append((factor * names, NAME))
            scored.append((factor * entities, ENTITY))
            scored.append((factor * _cjk_similarity(text, row.quote), QUOTE))
            scored.append((factor * _cjk_similarity(text, row.section_zh), SECTION))
    else:
        scored.append((_word_similarity(term.text, row.name_words), NAME))
        scored.append((_word_similarity(term.text, row.tag_words), TAG))
        scored.append((_word_similarity(term.text, row.section_words), SECTION))
        if any(term.text in n for n in row.names if not n.isascii()):
            scored.append((100.0, NAME))  # Latin inside a Chinese name: TBM, GDP
        elif term.text in row.quote and len(term.text) >= 2:
            scored.append((100.0, QUOTE))
        if readings:
            scored.append((_pinyin_similarity(term.text, readings), PINYIN))
    best_score, best_field = 0.0, QUOTE
    for score, field in scored:
        weighted = score * WEIGHT[field]
        if weighted > best_score or (
            weighted == best_score and STRENGTH[field] > STRENGTH[best_field]
        ):
            best_score, best_field = weighted, field
    return best_score, best_field


def _needs_pinyin(terms: list[Term]) -> bool:
    return any(not t.cjk and not t.numeric and len(t.text) >= 2 for t in terms)


def search(
    base: FactBase,
    query: str,
    limit: int = DEFAULT_LIMIT,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[Match]:
    """Facts ranked for a query, best first, each scoring at least min_score."""
    folded = fold(query)
    terms = parse_query(query)
    exact_index = base.names.get(folded)
    if exact_index is None and terms:
        exact_index = base.names.get(" ".join(t.text for t in terms))
    if not terms and exact_index is None:
        return []

    index = _index(base)
    groups = _readings(terms, index)
    flat_terms = [t for readings in groups for reading in readings for t in reading]
    pinyin = _pinyin(base) if _needs_pinyin(flat_terms) and _base_has_cjk(index) else None
    candidates = (
        _candidates(index, pinyin, flat_terms)
        if len(index) > PREFILTER_ABOVE
        else range(len(index))
    )

    scored: list[tuple[float, int, str, int]] = []
    for i in candidates:
        row = index[i]
        readings_of_row = pinyin[i] if pinyin else None
        total, counted, fields = 0.0, 0, []
        for readings in groups:
            best, best_fields, hit = 0.0, [], False
            for number, reading in enumerate(readings):
                score, reading_fields, reading_hit = _reading_score(reading, row, readings_of_row)
                if number:
                    score *= SEGMENTED_WEIGHT
                if score > best:
                    best, best_fields, hit = score, reading_fields, reading_hit
            optional = len(readings) == 1 and len(readings[0]) == 1 and readings[0][0].optional
            if hit or not optional:
                total += best
                counted += 1
                fields.extend(best_fields)
        score = total / counted if counted else 0.0
        exact = i == exact_index
        if exact:
            score, fields = 100.0, [NAME]
        if score >= min_score and score > 0:
            strength = max((STRENGTH[f] for f in fields), default=0)
            scored.append((score, i, _strongest(fields), strength + (100 if exact else 0)))

    scored.sort(
        key=lambda s: (
            -s[3] // 100,
            -round(s[0], 6),
            -s[3],
            len(base.facts[s[1]].label.zh),
            base.facts[s[1]].id,
        )
    )
    matches = []
    for score, i, field, _ in scored[: max(limit, 0)]:
        fact = base.facts[i]
        spans = _quote_spans(fact.quote or "", terms)
        matches.append(Match(fact, round(score, 1), field, spans, exact=i == exact_index))
    return matches


SEGMENT_FROM = 4  # Chinese terms this long that the base does not hold get split
SEGMENTED_WEIGHT = 0.95  # a split reading of a term loses a tie to the whole term


def _readings(terms: list[Term], index: list[IndexRow]) -> list[list[list[Term]]]:
    """Each term's readings: itself, and for a long unspaced Chinese term the base does
    not contain whole, also its pieces (吉利汽车产值 -> 吉利汽车 + 产值)."""
    vocabulary: str | None = None
    groups: list[list[list[Term]]] = []
    for term in terms:
        readings = [[term]]
        if term.cjk and len(term.text) >= SEGMENT_FROM:
            if vocabulary is None:
                vocabulary = "\n".join(
                    text
                    for row in index
                    for text in (*row.cjk_names, *row.entities, row.quote, row.section_zh)
                )
            if term.text not in vocabulary:
                pieces = [Term(p, True, False) for p in _segment(term.text, vocabulary)]
                if len(pieces) > 1:
                    readings.append(pieces)
        groups.append(readings)
    return groups


def _reading_score(
    reading: list[Term], row: IndexRow, readings: tuple[tuple[str, str], ...] | None
) -> tuple[float, list[str], bool]:
    """Mean score of a reading's terms (lone characters counting only where they hit)."""
    total, counted, fields = 0.0, 0, []
    for term in reading:
        score, field = _term_score(term, row, readings)
        hit = score >= TERM_FLOOR
        if hit:
            total += score
            fields.append(field)
        if hit or not term.optional:
            counted += 1
    return (total / counted if counted else 0.0), fields, bool(fields)


def _strongest(fields: list[str]) -> str:
    return max(fields, key=lambda f: STRENGTH[f]) if fields else QUOTE


def _base_has_cjk(index: list[IndexRow]) -> bool:
    return any(row.cjk_names for row in index)


def _candidates(
    index: list[IndexRow],
    pinyin: list[tuple[tuple[str, str], ...]] | None,
    terms: list[Term],
) -> list[int]:
    """For large bases: the facts whose text shares most with some term (rapidfuzz, in C)."""
    from rapidfuzz import process
    from rapidfuzz.distance import LCSseq

    blobs = ["\n".join((*row.names, *row.entities, row.quote, row.section_zh)) for row in index]
    keep: set[int] = set()
    for term in terms:
        found = process.extract(
            term.text,
            blobs,
            scorer=LCSseq.similarity,
            limit=PREFILTER_KEEP,
            score_cutoff=max(1, (len(term.text) + 1) // 2),
        )
        keep.update(i for _, _, i in found)
        if pinyin is not None and not term.cjk:
            readings = ["\n".join(f"{a}\n{b}" for a, b in r) for r in pinyin]
            found = process.extract(
                term.text,
                readings,
                scorer=LCSseq.similarity,
                limit=PREFILTER_KEEP,
                score_cutoff=max(1, len(term.text) - 1),
            )
            keep.update(i for _, _, i in found)
    return sorted(keep)


def _quote_spans(quote: str, terms: list[Term]) -> tuple[Span, ...]:
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
