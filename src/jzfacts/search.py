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
  fact matching every term outranks one matching one term strongly. A content word
  found nowhere in the base (销量, employees) counts twice, so a question about
  something the report does not say (吉利汽车销量) scores a third, not a half. A lone
  Chinese character left by a question (有, 家) counts only where it hits.
- A long unspaced Chinese term is also read as the base's words it is made of
  (吉利汽车产值 -> 吉利汽车 + 产值), and words left apart by removed filler are joined
  again when the joined form is one of the base's words (造了多少辆车 -> 造车).
- A question's measure word (多少家, 几辆, how much) adds 5 to facts measured in it.
- A query that is exactly a fact's id, alias or label puts that fact first at 100.
- Ties break by the stronger field, then the shorter label, then the id.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from jzfacts.model import FactBase, Match, Span
from jzfacts.text import fold, is_cjk, parse_chinese_numeral

DEFAULT_LIMIT = 10
MAX_QUERY = 1000  # characters; the CLI refuses longer queries, the engine reads no more
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
        "大概 约 请 数量 总数 多大 期间 时候 当时 一下 能否 可以 我 你 他们 一年 全年 每年 "
        "谁 和谁 跟谁 来着 麻烦 问下 请教 最新 数据 统计 具体数字 具体 数字 多高 "
        "多快 总体 整体 一些 这些 那些 这个 那个 了吗 的话"
    ).split()
    # "how many" with its measure word: 多少家, 几项, 多少亿 …
    + [f"{q}{m}" for q in ("多少", "几") for m in "项家户个人名台辆亿万元钱次位条所批年"]
    + ["总户数", "户数", "金额"],
    key=len,
    reverse=True,
)
EN_STOP = frozenset(
    (
        "a an the of in on at for to by with and or from as that this these those there it its is "
        "are was were be been being do does did has have had how many much what whats which who "
        "whom when where why total number amount figure level year years 2022 jinzhong zone "
        "district please tell me show give about get i we our you your can could would should will "
        "per than some any s vs versus up went go goes did done development make makes made "
        "build builds built form formed create created happen happened exactly exact data "
        "statistic statistics latest figure figures"
    ).split()
)
EN_PHRASES = ("last year", "this year", "in 2022", "for 2022")

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
    "厂": ("企业",),
    "工厂": ("企业",),
    "老板": ("企业家",),
    "货车": ("重卡",),
    "卡车": ("重卡",),
    "部门": ("一部",),
    "模式": ("机制",),
    "获奖": ("二等奖", "金奖"),
    "网上": ("网络",),
    "民营": ("非公",),
    # Said of either support fund: both must come up, neither alone.
    "补贴": ("扶持资金",),
    "补助": ("扶持资金",),
    "新能源车": ("新能源汽车",),
    "减税": ("退税",),
    "证": ("许可",),  # 施工证 for 施工许可
    "许可证": ("许可",),  # 留抵退税 is counted among 减税降费 measures
}
EN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "company": ("enterprise", "firm"),
    "firm": ("enterprise", "company"),
    "enterprise": ("firm", "company"),
    "business": ("enterprise", "firm"),
    "official": ("cadre",),
    "money": ("fund", "funding"),
    "car": ("vehicle",),
    "lorry": ("truck",),
    "factory": ("enterprise", "plant"),
    "subsidy": ("support fund",),
    "percentage": ("share",),
    "percent": ("share",),
    "grant": ("support fund",),
}
SYNONYM_WEIGHT = 0.9
UNKNOWN_WEIGHT = 2.0  # a content word the base has nowhere counts twice
HINT_BONUS = 5.0

# The measure word of a question, and the unit dimensions it asks for.
_ZH_MEASURES = {
    "家": "enterprises",
    "户": "enterprises",
    "辆": "vehicles",
    "台": "units",
    "人": "people",
    "名": "people",
    "项": "items",
    "个": "count",
    "亿": "money",
    "万": "money",
    "元": "money",
    "钱": "money",
}
_HINT = re.compile(r"(?:多少|几)(?P<measure>[家户辆台人名项个亿万元])|(?P<money>多少钱|金额)")
_EN_HINTS = (
    ("how much money", "money"),
    ("how much", "money"),
    ("what percentage", "percent"),
    ("what share", "percent"),
    ("how many", "count"),
)

_TOKEN = re.compile(
    r"\d+(?:\.\d+)?|[a-z][a-z0-9'&]*|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+|\x1f"
)
_SOFT = "\x1f"  # where filler was removed between two Chinese words


class Term(NamedTuple):
    text: str
    cjk: bool
    numeric: bool
    soft: bool = False  # follows removed filler directly: may be joined to the term before
    unknown: bool = False  # found nowhere in the base (set when the query is read)

    @property
    def optional(self) -> bool:
        """A lone Chinese character left over from a question (有, 家, 亿) counts only
        where it hits; a lone character never makes a hit on its own. One the base has
        nowhere (卖 in 甲醇重卡卖多少钱) is a content word all the same."""
        return self.cjk and len(self.text) == 1 and not self.unknown


class Query(NamedTuple):
    terms: list[Term]
    dimensions: frozenset[str]  # unit dimensions the question's measure word asks for


def analyse(query: str) -> Query:
    """The content terms of a query, without question words and filler, and what kind
    of quantity it asks for."""
    text = _digits_for_dates(fold(query[:MAX_QUERY]))
    dimensions = set()
    for match in _HINT.finditer(text):
        dimensions.add("money" if match["money"] else _ZH_MEASURES[match["measure"]])
    for phrase, dimension in _EN_HINTS:
        if phrase in text:
            dimensions.add(dimension)
            break
    if "count" in dimensions:
        dimensions |= {"enterprises", "vehicles", "units", "people", "items"}
    for phrase in EN_PHRASES:
        text = text.replace(phrase, " ")
    for filler in ZH_FILLER:
        if filler in text:
            text = text.replace(filler, _SOFT if filler[0] > "\u2fff" else " ")
    terms: list[Term] = []
    seen: set[str] = set()
    soft = False
    for token in _TOKEN.findall(text):
        token = token.removesuffix("'s").replace("'", "")  # the zone's GDP -> zone, gdp
        if token == _SOFT:
            soft = True
            continue
        if token in seen or token in EN_STOP:
            soft = False
            continue
        seen.add(token)
        cjk = is_cjk(token[0])
        terms.append(Term(token, cjk, token[0].isdigit(), soft and cjk))
        soft = False
    return Query(terms, frozenset(dimensions))


_CN_DATE = re.compile(r"([〇零一二两三四五六七八九十]{1,3})(月份|月|号)")


def _digits_for_dates(text: str) -> str:
    """四月份 -> 4月, 一号 -> 1号: months and numbered names as the report writes them."""

    def digits(match: re.Match[str]) -> str:
        number = parse_chinese_numeral(match.group(1))
        if number is None:
            return match.group()
        return f"{number}{'月' if match.group(2).startswith('月') else match.group(2)}"

    return _CN_DATE.sub(digits, text)


def parse_query(query: str) -> list[Term]:
    """The content terms of a query, in order, without question words and filler."""
    return analyse(query).terms


# --- the index -----------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9][a-z0-9&]*")  # R&D is one word


def _stem(word: str) -> str:
    """A rough English stem, the same for the index and the query: trucks -> truck,
    businesses -> business, delivered/delivering -> deliver, companies -> company."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
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
    fact_id: str  # for the tie-break, without loading the fact
    label_length: int
    dimension: str  # of the fact's unit, for a question's measure word ("" if none)


def build_index(base: FactBase) -> list[IndexRow]:
    """Per fact, its fields folded for matching."""
    sections = {s.id: s for s in base.sections}
    index = []
    # One fact at a time: a large cached base is not loaded whole to index it.
    for fact in (base.fact(i) for i in range(base.size)):
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
                fact_id=fact.id,
                label_length=len(fact.label.zh),
                dimension=fact.unit_info.dimension if fact.unit_info else "",
            )
        )
    return index


class SearchData:
    """A base's search index, built once per base and cached (kinds "rows", "text",
    "pinyin" and "pinyintext"). A large base's rows are read on demand: a query scores
    only the candidates a first pass over the joined text picks. A corrupt record makes
    the index rebuild itself from the base: a cache never changes an answer."""

    def __init__(self, base: FactBase) -> None:
        from jzfacts import cache

        self.base = base
        self.size = base.size
        self._rows: list[IndexRow] | None = None
        self._rows_table: Any = None
        self._pinyin: list[tuple[tuple[str, str], ...]] | None = None
        self._pinyin_table: Any = None
        self._pinyin_text: list[str] | None = None
        self.blobs: list[str] = []
        self.words: frozenset[str] = frozenset()
        text: Any = cache.read(base.key, "text") if base.key else None
        table = cache.open_table(base.key, "rows") if base.key else None
        if _valid_text(text, self.size) and table is not None and len(table) == self.size:
            self.blobs, words = text
            self.words = frozenset(words)
            self._rows_table = table
        else:
            self._build_rows()

    def _build_rows(self) -> None:
        from jzfacts import cache

        rows = build_index(self.base)
        self._rows, self._rows_table = rows, None
        self.blobs = [_blob(row) for row in rows]
        self.words = frozenset(
            w for r in rows for w in (*r.name_words, *r.tag_words, *r.section_words)
        )
        if self.base.key:
            cache.write_table(self.base.key, "rows", [tuple(r) for r in rows])
            cache.write(self.base.key, "text", (self.blobs, tuple(sorted(self.words))))

    def row(self, index: int) -> IndexRow:
        if self._rows is not None:
            return self._rows[index]
        from jzfacts.cache import CorruptCache

        try:
            return IndexRow._make(self._rows_table.get(index))
        except (CorruptCache, TypeError, ValueError):
            self._build_rows()
            assert self._rows is not None
            return self._rows[index]

    def rows(self) -> list[IndexRow]:
        if self._rows is None:
            from jzfacts.cache import CorruptCache

            try:
                self._rows = [IndexRow._make(r) for r in self._rows_table.all()]
            except (CorruptCache, TypeError, ValueError):
                self._build_rows()
        assert self._rows is not None
        return self._rows

    def _load_pinyin(self) -> None:
        from jzfacts import cache

        key = self.base.key
        text = cache.read(key, "pinyintext") if key else None
        table = cache.open_table(key, "pinyin") if key else None
        if (
            isinstance(text, list)
            and len(text) == self.size
            and table is not None
            and len(table) == self.size
        ):
            self._pinyin_text, self._pinyin_table = text, table
            return
        self._build_pinyin()

    def _build_pinyin(self) -> None:
        from jzfacts import cache
        from jzfacts.pinyin import readings

        base = self.base
        table = [readings((f.label.zh, *f.aliases)) for f in map(base.fact, range(base.size))]
        self._pinyin, self._pinyin_table = table, None
        self._pinyin_text = ["\n".join(f"{a}\n{b}" for a, b in r) for r in table]
        if self.base.key:
            cache.write_table(self.base.key, "pinyin", table)
            cache.write(self.base.key, "pinyintext", self._pinyin_text)

    def pinyin_text(self) -> list[str]:
        if self._pinyin_text is None:
            self._load_pinyin()
        assert self._pinyin_text is not None
        return self._pinyin_text

    def pinyin(self, index: int) -> tuple[tuple[str, str], ...]:
        if self._pinyin_text is None:
            self._load_pinyin()
        if self._pinyin is not None:
            return self._pinyin[index]
        from jzfacts.cache import CorruptCache

        try:
            found = self._pinyin_table.get(index)
            return tuple((str(a), str(b)) for a, b in found)
        except (CorruptCache, TypeError, ValueError):
            self._build_pinyin()
            assert self._pinyin is not None
            return self._pinyin[index]


def _valid_text(text: Any, size: int) -> bool:
    return (
        isinstance(text, tuple)
        and len(text) == 2
        and isinstance(text[0], list)
        and len(text[0]) == size
        and isinstance(text[1], tuple)
    )


def _blob(row: IndexRow) -> str:
    """A fact's searchable text in one string: for the first pass and the vocabulary."""
    return "\n".join((*row.names, *row.entities, row.quote, row.section_zh))


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
    """Some window of the field differs from the term in one character: 留底退税 for
    留抵退税, 高新技朮 for 高新技术. In a three-character term only the middle one may
    differ, and the window must stand at the start or end of a line of the field (细沙机
    for the name ending 细纱机), or 大企业 would be a typo of 七大产业."""
    n = len(term)
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
                and (n > 3 or (window[0] == term[0] and window[-1] == term[-1]))
                and (n > 3 or _at_edge(field, begin, begin + n))
            ):
                return True
            start = field.find(half, start + 1)
    return False


def _at_edge(field: str, begin: int, end: int) -> bool:
    return begin == 0 or field[begin - 1] == "\n" or end == len(field) or field[end] == "\n"


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
        # The two characters first: if even they stand nowhere, no longer piece does
        # (one scan of a large base's text instead of seven).
        if known(term[i : i + 2]) or any(term[i:j] in ZH_SYNONYMS for j in range(i + 3, i + 9)):
            for j in range(min(len(term), i + 8), i + 1, -1):
                if known(term[i:j]):
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
        synonyms = ((w, SYNONYM_WEIGHT) for w in EN_SYNONYMS.get(_stem(term.text), ()))
        for text, factor in ((term.text, 1.0), *synonyms):
            # A synonym may be a phrase ("support fund"): every word of it must match.
            for field, words in (
                (NAME, row.name_words),
                (TAG, row.tag_words),
                (SECTION, row.section_words),
            ):
                score = min(_word_similarity(w, words) for w in text.split())
                scored.append((factor * score, field))
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


class _Vocabulary(NamedTuple):
    """What the base says anywhere, to tell a query's unknown words from known ones."""

    chinese: str  # every Chinese field, joined
    words: frozenset[str]  # every Latin word of names, tags and sections
    pinyin: str  # every full reading and initials, joined


def _vocabulary(data: SearchData, with_pinyin: bool) -> _Vocabulary:
    pinyin = "\n".join(data.pinyin_text()) if with_pinyin else ""
    return _Vocabulary("\n".join(data.blobs), data.words, pinyin)


def _known(term: Term, vocabulary: _Vocabulary) -> bool:
    """Does the base hold this term anywhere (allowing a typo or a synonym)?"""
    text = term.text
    if term.numeric:
        return text in vocabulary.chinese
    if term.cjk:
        return (
            text in vocabulary.chinese
            or any(s in vocabulary.chinese for s in ZH_SYNONYMS.get(text, ()))
            or (len(text) >= 3 and _one_substitution(text, vocabulary.chinese))
        )
    stem = _stem(text)
    if stem in vocabulary.words or text in vocabulary.chinese or text in vocabulary.pinyin:
        return True
    if any(all(_stem(w) in vocabulary.words for w in s.split()) for s in EN_SYNONYMS.get(stem, ())):
        return True
    if len(stem) >= 3 and any(w.startswith(stem) for w in vocabulary.words):
        return True
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    return len(stem) >= 3 and (
        process.extractOne(
            stem, vocabulary.words, scorer=OSA.normalized_similarity, score_cutoff=0.75
        )
        is not None
    )


def search(
    base: FactBase,
    query: str,
    limit: int = DEFAULT_LIMIT,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[Match]:
    """Facts ranked for a query, best first, each scoring at least min_score."""
    folded = fold(query)
    parsed = analyse(query)
    terms = parsed.terms
    exact_index = base.index_of(folded)
    whole_name = exact_index is not None  # the query as typed is a name, not just its terms
    for joiner in (" ", ""):  # how much is gdp增速 -> "gdp 增速", "gdp增速"
        if exact_index is None and terms:
            exact_index = base.index_of(joiner.join(t.text for t in terms))
    if not terms and exact_index is None:
        return []

    data = SearchData(base)
    # Pinyin only for Latin terms, and only if the base has Chinese names (judged from its
    # first facts: reading every blob would cost more than the pinyin itself).
    with_pinyin = _needs_pinyin(terms) and any(_has_cjk_blob(b) for b in data.blobs[:200])
    vocabulary = _vocabulary(data, with_pinyin)
    groups = _readings(_join_soft(terms, vocabulary), vocabulary)
    flat_terms = [t for readings, _ in groups for reading in readings for t, _ in reading]
    if data.size > PREFILTER_ABOVE:
        candidates = _candidates(data, with_pinyin, flat_terms)
        if exact_index is not None and exact_index not in candidates:
            candidates.append(exact_index)
        rows = [(i, data.row(i)) for i in candidates]
    else:
        rows = list(enumerate(data.rows()))

    scored: list[tuple[float, int, str, int, IndexRow]] = []
    for i, row in rows:
        row_pinyin = data.pinyin(i) if with_pinyin else None
        total, counted, fields = 0.0, 0.0, []
        for readings, weight in groups:
            best, best_fields = 0.0, []
            for number, reading in enumerate(readings):
                score, reading_fields = _reading_score(reading, row, row_pinyin)
                if number:
                    score *= SEGMENTED_WEIGHT
                if score > best:
                    best, best_fields = score, reading_fields
            single = readings[0][0][0] if len(readings) == 1 and len(readings[0]) == 1 else None
            if best_fields or single is None or not single.optional:
                total += best * weight
                counted += weight
                fields.extend(best_fields)
        score = total / counted if counted else 0.0
        if score > 0 and row.dimension in parsed.dimensions:
            score = min(100.0, score + HINT_BONUS)
        hinted = bool(parsed.dimensions) and row.dimension in parsed.dimensions
        exact = i == exact_index
        if exact:
            score, fields = 100.0, [NAME]
            # 党建联盟有几个 asks for a count: the alliances' own name must not outrank
            # the fact that counts them.
            exact = whole_name or not parsed.dimensions or hinted
        if score >= min_score and score > 0:
            strength = max((STRENGTH[f] for f in fields), default=0)
            rank = strength + (100 if exact else 0) + (10 if hinted else 0)
            scored.append((score, i, _strongest(fields), rank, row))

    # Best first; ties go to an exact name, the quantity asked for, the stronger field, the
    # shorter label, the id.
    scored.sort(
        key=lambda s: (-s[3] // 100, -round(s[0], 6), -s[3], s[4].label_length, s[4].fact_id)
    )
    matches = []
    for score, i, field, rank, _ in scored[: max(limit, 0)]:
        fact = base.fact(i)
        spans = _quote_spans(fact.quote or "", flat_terms)
        matches.append(Match(fact, round(score, 1), field, spans, exact=rank >= 100))
    return matches


def _has_cjk_blob(blob: str) -> bool:
    return any(is_cjk(c) for c in blob)


TYPO_WINDOWS = 20_000
SEGMENT_FROM = 4  # Chinese terms this long that the base does not hold get split
SEGMENTED_WEIGHT = 0.95  # a split reading of a term loses a tie to the whole term

# A reading is a list of (term, weight); a group is a term's readings and its weight.
Reading = list[tuple[Term, float]]
Group = tuple[list[Reading], float]


def _join_soft(terms: list[Term], vocabulary: _Vocabulary) -> list[Term]:
    """Words parted by removed filler, joined again where the base has the joined word:
    造了多少辆车 -> 造 + 车 -> 造车, and 吉利造了多少车 -> 吉利造 + 车 -> 吉利 + 造车."""
    out: list[Term] = []
    for term in terms:
        if out and term.soft and out[-1].cjk and term.cjk:
            before = out[-1].text
            for cut in range(len(before)):
                joined = before[cut:] + term.text
                if joined in vocabulary.chinese:
                    if cut:
                        out[-1] = Term(before[:cut], True, False, out[-1].soft)
                        out.append(Term(joined, True, False))
                    else:
                        out[-1] = Term(joined, True, False, out[-1].soft)
                    break
            else:
                out.append(term)
            continue
        out.append(term)
    return out


def _readings(terms: list[Term], vocabulary: _Vocabulary) -> list[Group]:
    """Each term's readings and weight. A long Chinese term the base does not hold whole
    is also read as its pieces (吉利汽车产值 -> 吉利汽车 + 产值); if some piece is found
    nowhere, only the pieces count, each unknown one twice (吉利汽车销量 is about 销量,
    which the report never mentions). A term found nowhere at all counts twice."""
    groups: list[Group] = []
    for term in terms:
        known = _known(term, vocabulary)
        if not known:
            term = term._replace(unknown=True)
        weight = 1.0 if known else UNKNOWN_WEIGHT
        readings: list[Reading] = [[(term, 1.0)]]
        if term.cjk and len(term.text) >= SEGMENT_FROM and term.text not in vocabulary.chinese:
            pieces = [Term(p, True, False) for p in _segment(term.text, vocabulary.chinese)]
            if len(pieces) > 1:
                split = [
                    (p, 1.0)
                    if _known(p, vocabulary)
                    else (p._replace(unknown=True), UNKNOWN_WEIGHT)
                    for p in pieces
                ]
                typo = _one_substitution(term.text, vocabulary.chinese)
                if any(w > 1 for _, w in split) and not typo:
                    readings = [split]
                else:
                    readings.append(split)
                weight = 1.0
        groups.append((readings, weight))
    return groups


def _reading_score(
    reading: Reading, row: IndexRow, readings: tuple[tuple[str, str], ...] | None
) -> tuple[float, list[str]]:
    """Weighted mean score of a reading's terms (lone characters count only where they
    hit), and the fields that matched."""
    total, counted, fields = 0.0, 0.0, []
    for term, weight in reading:
        score, field = _term_score(term, row, readings)
        hit = score >= TERM_FLOOR
        if hit:
            total += score * weight
            fields.append(field)
        if hit or not term.optional:
            counted += weight
    return (total / counted if counted else 0.0), fields


def _strongest(fields: list[str]) -> str:
    return max(fields, key=lambda f: STRENGTH[f]) if fields else QUOTE


def _candidates(data: SearchData, with_pinyin: bool, terms: list[Term]) -> list[int]:
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
