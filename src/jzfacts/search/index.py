"""The search index: each fact's fields folded for matching, built once per base and cached.

A row holds what scoring reads (names, entities with their English names, tags, quote,
section, value, measure, period); the joined text of all rows serves the first pass over
a large base and tells a query's known words from unknown ones. Pinyin readings of the
Chinese names are computed with pypinyin when the index is built and cached, so a pinyin
query never imports pypinyin.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Any, NamedTuple

from jzfacts.measures import MEASURES
from jzfacts.model import FactBase
from jzfacts.search.vocab import EN_STOP
from jzfacts.text import fold, has_cjk, is_cjk
from jzfacts.units import scaled_text

# Part of the cache's names for the index: a change to what the index holds or how its
# pinyin is read must not be answered from an older build.
INDEX_VERSION = 19

_WORD = re.compile(r"[a-z0-9][a-z0-9&]*")  # R&D is one word


@functools.lru_cache(maxsize=1 << 14)
def stem(word: str) -> str:
    """A rough English stem, the same for the index and the query: trucks -> truck,
    businesses -> business, delivered/delivering -> deliver, companies -> company,
    rankings -> rank."""
    if len(word) > 9 and word.endswith(("ation", "ations")):
        # implementation -> implement, as implemented (not nation, station, relation)
        return word[: word.rindex("ation")]
    return _inflection_stem(word)


def _inflection_stem(word: str) -> str:
    """stem without the -ation rule: renovation stays renovation (a typo of it,
    renovaton, is still near; latin_words indexes both)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 6 and word.endswith("ings"):
        return word[:-4]  # rankings -> rank, as ranking
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def latin_words(texts: Any) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for text in texts:
        for word in _WORD.findall(fold(text)):
            out[stem(word)] = None
            out[_inflection_stem(word)] = None  # (renovation, for renovaton typed)
    return tuple(out)


_COMPOUND = re.compile(r"[a-z0-9&]+(?:-[a-z0-9&]+)+")


def compound_parts(texts: Any) -> tuple[str, ...]:
    """Latin words that stand in the texts only inside a hyphenated word: above in
    above-scale, which a query's lone "above" (a threshold) does not mean."""
    inside: dict[str, None] = {}
    alone: set[str] = set()
    for text in texts:
        folded = fold(text)
        for compound in _COMPOUND.findall(folded):
            for word in compound.split("-"):
                inside[stem(word)] = None
        alone.update(stem(w) for w in _WORD.findall(_COMPOUND.sub(" ", folded)))
    return tuple(w for w in inside if w not in alone)


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
    id: str  # the fact's id, for the tie-break, without loading the fact
    label_length: int
    dimension: str  # of the fact's unit, for a question's measure word ("" if none)
    measure: str  # what the fact's number is ("" for events and statements)
    period: str
    kind: str
    entity_words: tuple[str, ...]  # Latin words of the entities' English names, singular
    enterprise: bool  # names a company (not the zone or a government body)
    compound_parts: tuple[str, ...]  # name words only ever inside a hyphenated word
    amount: str  # the value in its dimension's base unit (7.06亿元 -> 706000000; "" if none)
    # A fact without a number whose label says in words how many things it is about
    # (成立两只产业发展基金, two funds set up): it answers how many of them.
    counts_in_words: bool
    # Its number is a level reached (高新技术企业达到171户), or inferred from one: no
    # answer to how many were added in the year.
    level: bool
    # The Latin words of the curator's English rendering of its quote, singular, that no
    # fact's names hold, filler set aside: an English reader's words for what the
    # sentence says (relief, resume).
    quote_words: tuple[str, ...] = ()

    def naming_words(self) -> tuple[str, ...]:
        """The Latin words of its names, entities, tags and section."""
        return (*self.name_words, *self.entity_words, *self.tag_words, *self.section_words)


class NameCharacters(NamedTuple):
    """A fact's names at a glance: a Chinese term sharing fewer than half its characters
    with them matches none of them; a Latin word in none of its other names is inside
    none of its Chinese ones (TBM in 矿用凯式TBM)."""

    chinese: frozenset[str]  # the characters of its Chinese names
    mixed: str  # its names with other than ASCII in them, joined


# Each measure's English name, but a count's (number), which names nothing.
_MEASURE_NAMES = {m.id: m.en for m in MEASURES.values() if m.id != "count"}


def build_index(base: FactBase) -> list[IndexRow]:
    """Per fact, its fields folded for matching."""
    sections = {s.id: s for s in base.sections}
    declared = {e.zh: e for e in base.entities}
    index = []
    # One fact at a time: a large cached base is not loaded whole to index it.
    for fact in (base.fact(i) for i in range(base.size)):
        section = sections.get(fact.section)
        names = (fact.id, fact.id.replace("-", " "), fact.label.zh, fact.label.en, *fact.aliases)
        # Names as typed, and without quotation marks (国家级专精特新“小巨人”企业数 is
        # typed 国家级专精特新小巨人企业数).
        folded = [fold(n) for n in names]
        folded_names = tuple(dict.fromkeys([*folded, *(unquoted(n) for n in folded)]))
        entities = [declared.get(name) for name in fact.entities]
        entity_names = [
            *fact.entities,
            *(name for e in entities if e is not None for name in (e.en, *e.aliases)),
        ]
        index.append(
            IndexRow(
                names=folded_names,
                cjk_names=tuple(n for n in folded_names if any(is_cjk(c) for c in n)),
                # The unit's English name counts as a name word: 赋权 items, GDP yuan; so
                # does its measure's (the output value of the 38 firms: its label says
                # output only).
                name_words=latin_words(
                    (
                        *names,
                        fact.unit_info.en if fact.unit_info else "",
                        _MEASURE_NAMES.get(fact.measure or "", ""),
                    )
                ),
                entities=tuple(dict.fromkeys(fold(e) for e in entity_names if has_cjk(e))),
                tag_words=latin_words(fact.tags),
                # Without its quotation marks: “四上”企业 is the report's 四上企业.
                quote=unquoted(fold(fact.quote or "")),
                section_zh=fold(section.zh) if section else "",
                section_words=latin_words([section.en]) if section else (),
                value_text=fact.value_text or "",
                id=fact.id,
                label_length=len(fact.label.zh),
                dimension=fact.unit_info.dimension if fact.unit_info else "",
                measure=fact.measure or "",
                period=fact.period,
                kind=fact.kind.value,
                entity_words=latin_words(e for e in entity_names if not has_cjk(e)),
                enterprise=any(e is not None and e.kind == "enterprise" for e in entities),
                # The id's hyphens join words, not compounds: read with spaces.
                compound_parts=compound_parts(names[1:]),
                amount=(
                    scaled_text(fact.value_text, fact.unit_info.exponent)
                    if fact.value_text and fact.unit_info
                    else fact.value_text or ""
                ),
                counts_in_words=not fact.value_text
                and bool(
                    re.search(_COUNT_IN_WORDS_ZH, fact.label.zh)
                    or re.match(_COUNT_IN_WORDS_EN, fact.label.en)
                ),
                level=_reached(fact.quote)
                or any(_reached(f.quote) for f in map(base.get, fact.inputs) if f is not None),
                quote_words=tuple(
                    w
                    for w in latin_words([fact.quote_en or ""])
                    if w not in _RENDERING_FILLER and not w.isdigit()
                ),
            )
        )
    # A word of a rendering that some fact's names hold (output, total, firms) is matched
    # by those names: the rendering speaks for a sentence that may state several figures,
    # and lends only the words no name has (relief, resume, hiring). (Lending the others
    # too, at 0.8 of a word's weight, was measured: 60 cases better, 39 worse, nine of
    # them wrong answers: a total output asked got the 33.1% share.)
    named = {w for row in index for w in row.naming_words()}
    return [
        row._replace(quote_words=tuple(w for w in row.quote_words if w not in named))
        for row in index
    ]


# Words of an English rendering that say nothing of what it is about (the, zone's own
# name): the query's filler never asks for them, and a near spelling must not hit them.
_RENDERING_FILLER = frozenset(
    {stem(w) for w in EN_STOP}
    | set("jinzhong development zone comprehensive reform will every everyone such".split())
)


def _reached(quote: str | None) -> bool:
    """The quote states a level reached (达到171户)."""
    return quote is not None and re.search(_LEVEL_REACHED, quote) is not None


# (Or a base built on, 在承接省市1235项赋权基础上: a level held, not what the year added;
# dated by nothing the report says, ask reads it too.)
BASE_BUILT_ON = r"在[^，。]{0,8}\d[^，。]{0,8}基础上"
_LEVEL_REACHED = r"达到\s*\d|" + BASE_BUILT_ON  # compiled when first built

# A number in words and what it counts (两只, 三个, 五家), or an English label's first word.
# Compiled when an index is first built (re's cache), not when a query is read.
_COUNT_IN_WORDS_ZH = r"[两二三四五六七八九十]+[只个家项条台辆名户座所]"
_COUNT_IN_WORDS_EN = r"(?i)(two|three|four|five|six|seven|eight|nine|ten)\b"


NAMES_AROUND_KEPT = 4096  # terms whose surrounding names are kept a base


class IndexedText(str):
    """A base's joined text, which answers `piece in text` from where each pair of its
    characters stands instead of by a scan: a question asks it of hundreds of pieces
    (segments, typos, synonyms), most of which it does not hold, and a scan of 40,000
    characters costs some 20 µs. The answers are str's own: the pairs only rule a piece
    out or give the few places it could start; a piece of common pairs only, or of one
    character, is scanned for. The pairs are read once the text has been asked
    INDEX_AFTER times (a process asking once, the CLI, scans), and never for a text past
    INDEXED_LENGTH (a huge base's index would be too large)."""

    INDEX_AFTER = 1000
    INDEXED_LENGTH = 2_000_000
    SCANNED_PAST = 32  # places of a piece's rarest pair past which a scan is as quick

    _asked = 0
    _pairs: dict[str, list[int]] | None = None

    def __contains__(self, key: str, /) -> bool:  # type: ignore[override]  # as str's
        pairs = self._pairs
        if pairs is None:
            self._asked += 1
            if self._asked < self.INDEX_AFTER or len(self) > self.INDEXED_LENGTH:
                return str.__contains__(self, key)
            pairs = self._pairs = self._read_pairs()
        if not isinstance(key, str) or len(key) < 2:
            return str.__contains__(self, key)
        rarest: list[int] = []
        offset = 0
        for at in range(len(key) - 1):
            places = pairs.get(key[at : at + 2])
            if places is None:
                return False  # a pair of the piece's stands nowhere: nor does the piece
            if at == 0 or len(places) < len(rarest):
                rarest, offset = places, at
        if len(rarest) > self.SCANNED_PAST:
            return str.__contains__(self, key)
        return any(self.startswith(key, place - offset) for place in rarest if place >= offset)

    def _read_pairs(self) -> dict[str, list[int]]:
        pairs: dict[str, list[int]] = {}
        for at in range(len(self) - 1):
            pairs.setdefault(self[at : at + 2], []).append(at)
        return pairs


class SearchData:
    """A base's search index, built once per base and cached (kinds rows, text, pinyin and
    pinyintext, each with INDEX_VERSION). A large base's rows are read on demand: a query scores
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
        self._joined_text: str | None = None
        self._entity_names: frozenset[str] | None = None
        self._entity_words: tuple[str, ...] | None = None
        self._headings: tuple[str, str] | None = None
        self._joined_pinyin: str | None = None
        self._name_characters: dict[int, NameCharacters] = {}
        self._pinyin_rows: dict[int, tuple[tuple[str, str], ...]] = {}
        self._near_words: dict[str, frozenset[str]] = {}
        self._names_around: dict[str, tuple[frozenset[int], frozenset[int]]] = {}
        self._firms_named: dict[str, bool] = {}
        self._amounts_by_dimension: dict[str, set[str]] | None = None
        self._character_rows: dict[str, tuple[int, ...]] | None = None
        self._word_rows: dict[str, tuple[int, ...]] | None = None
        # score.within_reach's answers: (term, with pinyin) -> the facts it may match.
        self.reach: dict[Any, frozenset[int] | None] = {}
        # score._sound_rows: each syllable of the facts' names, and the facts holding it.
        self.sound_rows: dict[str, frozenset[int]] | None = None
        # score._spelt_near: every fact's full pinyin readings in one list, and their facts.
        self.full_readings: tuple[list[str], list[int]] | None = None
        # score._holding: the facts' quotes and non-ASCII names, and their readings, each
        # kind joined, with where each fact's starts.
        self.joined_fields: tuple[tuple[str, list[int]], ...] | None = None
        self.joined_readings: tuple[str, list[int]] | None = None
        # rank._named_within: the facts' names a question may hold whole, with their
        # facts, by their first two characters.
        self.long_names: dict[str, list[tuple[str, int]]] | None = None
        self.named_once = False  # rank._named_within has looked through the names once
        self.named_within: dict[str, frozenset[int]] = {}  # rank._named_within's answers
        # rank.score_facts's memo of term_score: (term, fact index, with pinyin) -> score.
        self.term_scores: dict[tuple[Any, int, bool], tuple[float, str]] = {}
        # rank._readings: (terms, with pinyin) -> their readings (score.readings_of).
        self.readings: dict[tuple[tuple[Any, ...], bool], list[Any]] = {}
        # score.known's answers, without pinyin and with it (see score.Vocabulary).
        self.known_terms: tuple[dict[Any, bool], dict[Any, bool]] = ({}, {})
        # rank.score_facts: whether the first facts have Chinese text (None: not looked).
        self.chinese_blobs: bool | None = None
        # The English words of names, tags, sections and renderings: the base's vocabulary.
        self.words: frozenset[str] = frozenset()
        self.measures: frozenset[str] = frozenset()  # the measures some fact states
        self.amounts: frozenset[str] = frozenset()  # the amounts facts state, in base units
        text: Any = cache.read(base.key, f"text{INDEX_VERSION}") if base.key else None
        table = cache.open_table(base.key, f"rows{INDEX_VERSION}") if base.key else None
        if _valid_text(text, self.size) and table is not None and len(table) == self.size:
            self.blobs, words, measures, amounts = text
            self.words = frozenset(words)
            self.measures = frozenset(measures)
            self.amounts = frozenset(amounts)
            self._rows_table = table
        else:
            self._build_rows()

    def _build_rows(self) -> None:
        from jzfacts import cache

        rows = build_index(self.base)
        self._rows, self._rows_table = rows, None
        self.blobs = [blob(row) for row in rows]
        self.chinese_blobs = None
        self._joined_text = None
        self._entity_names = None
        self._entity_words = None
        self._headings = None
        self.words = frozenset(w for r in rows for w in (*r.naming_words(), *r.quote_words))
        self.measures = frozenset(r.measure for r in rows if r.measure)
        self.amounts = frozenset(r.amount for r in rows if r.amount)
        if self.base.key:
            cache.write_table(self.base.key, f"rows{INDEX_VERSION}", [tuple(r) for r in rows])
            text = (
                self.blobs,
                tuple(sorted(self.words)),
                tuple(sorted(self.measures)),
                tuple(sorted(self.amounts)),
            )
            cache.write(self.base.key, f"text{INDEX_VERSION}", text)

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
        text = cache.read(key, f"pinyintext{INDEX_VERSION}") if key else None
        table = cache.open_table(key, f"pinyin{INDEX_VERSION}") if key else None
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
        table = [
            readings((f.label.zh, *f.aliases, *f.entities))
            for f in map(base.fact, range(base.size))
        ]
        self._pinyin, self._pinyin_table = table, None
        self._pinyin_rows = {}
        self._pinyin_text = ["\n".join(f"{a}\n{b}" for a, b in r) for r in table]
        self._joined_pinyin = None
        if self.base.key:
            cache.write_table(self.base.key, f"pinyin{INDEX_VERSION}", table)
            cache.write(self.base.key, f"pinyintext{INDEX_VERSION}", self._pinyin_text)

    def pinyin_text(self) -> list[str]:
        if self._pinyin_text is None:
            self._load_pinyin()
        assert self._pinyin_text is not None
        return self._pinyin_text

    def entity_names(self) -> frozenset[str]:
        """The Chinese names of the entities the facts name (中海油, 中国海油, …)."""
        if self._entity_names is None:
            self._entity_names = frozenset(e for row in self.rows() for e in row.entities)
        return self._entity_names

    def entity_words(self) -> tuple[str, ...]:
        """The Latin words of the entities' English names (geely, huawei), sorted: what a
        capitalised word may misspell (score._known)."""
        if self._entity_words is None:
            self._entity_words = tuple(sorted({w for row in self.rows() for w in row.entity_words}))
        return self._entity_words

    def headings(self) -> tuple[str, str]:
        """The sections' Chinese titles joined, and the facts' own text (names, entities,
        quotes) without them: the words only a heading holds (激活一池春水) are a heading's,
        which a fact's sentence may say apart (激活了…一池春水)."""
        if self._headings is None:
            rows = self.rows()
            titles = "\n".join(sorted({row.section_zh for row in rows}))
            own = "\n".join("\n".join((*row.names, *row.entities, row.quote)) for row in rows)
            self._headings = (titles, own)
        return self._headings

    def joined_text(self) -> str:
        """Every fact's searchable text in one string, for is-this-word-anywhere tests."""
        if self._joined_text is None:
            self._joined_text = IndexedText("\n".join(self.blobs))
        return self._joined_text

    def name_characters(self, index: int, row: IndexRow) -> NameCharacters:
        """A fact's names at a glance, made on first use (see NameCharacters)."""
        found = self._name_characters.get(index)
        if found is None:
            found = self._name_characters[index] = NameCharacters(
                frozenset("".join(row.cjk_names)),
                "\n".join(n for n in row.names if not n.isascii()),
            )
        return found

    def character_rows(self) -> dict[str, tuple[int, ...]]:
        """Each Chinese character of a fact's names, entities, quote or section, and the
        facts holding it: the facts a Chinese term can match at all (score.within_reach),
        found without a look at each. Made on first use, for a base read whole."""
        if self._character_rows is None:
            holding: dict[str, list[int]] = {}
            for index, row in enumerate(self.rows()):
                text = "".join((*row.cjk_names, *row.entities, row.quote, row.section_zh))
                for character in set(text):
                    holding.setdefault(character, []).append(index)
            self._character_rows = {c: tuple(rows) for c, rows in holding.items()}
        return self._character_rows

    def word_rows(self) -> dict[str, tuple[int, ...]]:
        """Each Latin word of a fact's names, entities, tags, section or English rendering,
        and the facts holding it (as character_rows, for English terms)."""
        if self._word_rows is None:
            holding: dict[str, list[int]] = {}
            for index, row in enumerate(self.rows()):
                for word in {*row.naming_words(), *row.quote_words}:
                    holding.setdefault(word, []).append(index)
            self._word_rows = {w: tuple(rows) for w, rows in holding.items()}
        return self._word_rows

    def near_words(self, word: str) -> frozenset[str]:
        """The base's English words an English word could match (near_words below), found
        once a base: the same words come back query after query."""
        found = self._near_words.get(word)
        if found is None:
            found = self._near_words[word] = near_words(word, self.words)
        return found

    def names_around(self, term: str) -> tuple[frozenset[int], frozenset[int]]:
        """Facts with a Chinese name or a firm's name (three characters or more) inside a
        term, and facts with one holding it whole: two of each at most (enough to tell
        whether a fact other than a given one has such a name), found in one pass over the
        rows, kept for the base's next question (a few thousand terms)."""
        found = self._names_around.get(term)
        if found is None:
            within: list[int] = []
            holding: list[int] = []
            for index, row in enumerate(self.rows()):
                names = [n for n in (*row.cjk_names, *row.entities) if len(n) >= 3]
                if len(within) < 2 and any(n in term for n in names):
                    within.append(index)
                if len(holding) < 2 and any(term in n for n in names):
                    holding.append(index)
                if len(within) == len(holding) == 2:
                    break
            if len(self._names_around) > NAMES_AROUND_KEPT:
                self._names_around.clear()
            found = self._names_around[term] = (frozenset(within), frozenset(holding))
        return found

    def amounts_of(self, dimension: str) -> set[str]:
        """The amounts (base units) the facts of a dimension state (8 items: none, the
        provincial indicators are 7; the 8 promoted are people)."""
        if self._amounts_by_dimension is None:
            by_dimension: dict[str, set[str]] = {}
            for row in self.rows():
                if row.amount:
                    by_dimension.setdefault(row.dimension, set()).add(row.amount)
            self._amounts_by_dimension = by_dimension
        return self._amounts_by_dimension.get(dimension, set())

    def names_a_firm(self, term: str) -> bool:
        """Is the term inside some fact's firm (an entity name: 斯普瑞, 中海油贵金属)? One
        pass over the rows, kept for the base's next question (a few thousand terms)."""
        found = self._firms_named.get(term)
        if found is None:
            found = any(term in e for row in self.rows() for e in row.entities)
            if len(self._firms_named) > NAMES_AROUND_KEPT:
                self._firms_named.clear()
            self._firms_named[term] = found
        return found

    def joined_pinyin(self) -> str:
        if self._joined_pinyin is None:
            self._joined_pinyin = "\n".join(self.pinyin_text())
        return self._joined_pinyin

    def pinyin(self, index: int) -> tuple[tuple[str, str], ...]:
        if self._pinyin_text is None:
            self._load_pinyin()
        if self._pinyin is not None:
            return self._pinyin[index]
        known = self._pinyin_rows.get(index)
        if known is not None:
            return known  # read before: a process asking many questions decodes it once
        from jzfacts.cache import CorruptCache

        try:
            found = self._pinyin_table.get(index)
            read = self._pinyin_rows[index] = tuple((str(a), str(b)) for a, b in found)
            return read
        except (CorruptCache, TypeError, ValueError):
            self._build_pinyin()
            assert self._pinyin is not None
            return self._pinyin[index]


def search_data(base: FactBase) -> SearchData:
    """The base's search data, made on first use and kept on the base (so it lives as
    long as the base does): a process that asks many questions of one base (the MCP
    server, the tests, a --stdin batch) builds or reads it once."""
    data = base.memo.get("search")
    if not isinstance(data, SearchData):
        data = base.memo["search"] = SearchData(base)
    return data


def _valid_text(text: Any, size: int) -> bool:
    return (
        isinstance(text, tuple)
        and len(text) == 4
        and isinstance(text[0], list)
        and len(text[0]) == size
        and all(isinstance(part, tuple) for part in text[1:])
    )


_QUOTES = str.maketrans("", "", "“”‘’「」『』\"'")


def unquoted(name: str) -> str:
    return name.translate(_QUOTES)


def blob(row: IndexRow) -> str:
    """A fact's searchable text in one string: for the first pass and the vocabulary."""
    return "\n".join((*row.names, *row.entities, row.quote, row.section_zh))


def near_words(term: str, vocabulary: frozenset[str]) -> frozenset[str]:
    """The base's English words a term could match at all by score._word_similarity's rules
    (a superset: every other word scores 0 by each of them), found without a Python loop
    over the vocabulary, so that most fields are ruled out by a set test, not word by word."""
    root = stem(term)
    words, anagrams = _vocabulary_order(vocabulary)
    # Words starting with the root stand together in sorted order; words the root starts
    # with are its prefixes.
    at = bisect.bisect_left(words, root)
    near = set(itertools.takewhile(lambda w: w.startswith(root), words[at:]))
    near.update(root[:end] for end in range(len(root) + 1) if root[:end] in vocabulary)
    if len(root) == 3:
        near.update(anagrams.get("".join(sorted(root)), ()))
    if len(root) >= 4:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        # Every word at a similarity of 0.75 or more, in one C call (a similarity of 0.75
        # needs the shorter word to be at least 0.75 of the longer: no other is near).
        near.update(
            w
            for w, _, _ in process.extract(
                root, words, scorer=OSA.normalized_similarity, score_cutoff=0.75, limit=None
            )
        )
    return frozenset(near)


@functools.lru_cache(maxsize=4)
def _vocabulary_order(vocabulary: frozenset[str]) -> tuple[list[str], dict[str, list[str]]]:
    """A base's words sorted, and its words of three letters by their letters sorted (the
    neighbours swapped that near_words reads as a typo): made once a base."""
    anagrams: dict[str, list[str]] = {}
    for word in vocabulary:
        if len(word) == 3:
            anagrams.setdefault("".join(sorted(word)), []).append(word)
    return sorted(vocabulary), anagrams
