"""Folding what people type into the form the base is matched in.

Before a query is read: NFKC (full-width Latin and digits to ASCII) and case folding
(text.fold), tone marks off pinyin (Jílì -> jili, lǜ -> lv as pypinyin writes it), and
Traditional Chinese characters to Simplified (地區生產總值 -> 地区生产总值) by OpenCC's
character table, with the Japanese forms of a few dozen (産値増長). The same folding
serves `show`'s name lookup, so `show 地區生產總值` works. Sound-alike reading (思普瑞
-> sipurui) uses a table of the GB2312 characters' pinyin, so that no query imports
pypinyin.

The tables are plain strings in generated modules (t2s.py, sounds.py), turned into
lookups only when a query needs them: a few hundred microseconds, once per process.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from jzfacts.text import CN_NUMERAL_CHARACTERS, FINANCIAL_AS_PLAIN, fold, has_cjk
from jzfacts.units import scaled_text

_T2S: dict[int, int] | None = None
_SOUNDS: dict[str, str] | None = None
_SYLLABLES: frozenset[str] | None = None


@functools.lru_cache(maxsize=1024)  # ask folds one question a score of times
def fold_query(text: str) -> str:
    """A query or name as the base is matched: folded, toneless, Simplified, numbers
    written out in digits."""
    if re.search(_RUN_TOGETHER, text) is not None:
        text = re.sub(_RUN_TOGETHER, " ", text)
    folded = written_out(numerals_plain(to_simplified(strip_tones(fold(text)))))
    # The zone’s, didn’t: a typographic apostrophe inside a word, as typed.
    folded = _CURLY_APOSTROPHE.sub("'", folded) if "’" in folded else folded
    if "-" in folded or any(word in folded for word in _POSTAL_HINTS):
        folded = old_romanisations_read(folded)
    if re.search(_LETTERS_BEFORE_A_FIGURE, folded) is not None:
        folded = re.sub(_LETTERS_BEFORE_A_FIGURE, " ", folded)
    if "," in folded and re.search(_DECIMAL_COMMA, folded) is not None:
        folded = re.sub(_DECIMAL_COMMA, r"\1.\2", folded)
    return folded


# 1,7 billion, 70,7%: a decimal comma, as much of Europe writes it (one or two digits after
# it, before a scale or a per cent; 1,235 is a thousands comma).
_DECIMAL_COMMA = (
    r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?![\d,])(?=\s*"
    r"(?:%|percent|per cent|billion|bn|million|mn|m\b|thousand|hundred|yuan|rmb))"
)


# A figure typed right after a Latin word, its Chinese unit after it (GDP143亿, gdp10%):
# two words, the measure and the figure (JWF1580, top500: a name's letters and digits).
_LETTERS_BEFORE_A_FIGURE = r"(?<=[a-z])(?=\d+(?:\.\d+)?\s*(?:亿|万|%|％|户|家|个|项|台|辆|人|元))"


_CURLY_APOSTROPHE = re.compile(r"(?<=[a-z])’(?=[a-z])")
# Words typed without spaces, their capitals telling where one ends (zoneGDPgrowth, GDPyoy,
# geelyOutput): three small letters or more before a capital (YoY stays one word), an
# acronym before three small letters (GDPs stays: a plural). Compiled on first need (re's
# cache), as below.
_RUN_TOGETHER = r"(?<=[a-z]{3})(?=[A-Z])|(?<=[A-Z]{2})(?=[a-z]{3})"


# Names in Wade-Giles (Chin-chung, Chi-li, Pai-hsiang, T'ai-yüan), syllables joined by
# hyphens, and in the old postal spelling (Shansi, Shensi): as pinyin (jinzhong, jili,
# baixiang, taiyuan; shanxi, shaanxi). Wade-Giles has no b, d, g, q, x, z, c or r
# initial, and each syllable must read as one of pinyin's, so an English word with a
# hyphen (chain-leader, year-on-year, long-term) is left alone. Its apostrophe marks a
# breathed initial (t'ai is tai, tai is dai), often left out: an initial without it is
# read unbreathed, the sound the report's names (Jinzhong, Jili, Baixiang) mostly have.
# (Patterns as strings, compiled by re's cache when a query first needs them: no start-up
# cost for `show` or for queries with no hyphen.)
_WADE_GILES_WORD = r"(?<![a-z'-])[a-z']+(?:-[a-z']+)+(?![a-z'-])"
_WG_INITIALS = (
    ("ch'", "ch"), ("ch", "zh"), ("hs", "x"), ("k'", "k"), ("k", "g"), ("p'", "p"),
    ("p", "b"), ("t'", "t"), ("ts'", "c"), ("tz'", "c"), ("ts", "z"), ("tz", "z"),
    ("t", "d"), ("sh", "sh"), ("ss", "s"), ("sz", "s"), ("s", "s"), ("j", "r"), ("m", "m"),
    ("f", "f"), ("n", "n"), ("l", "l"), ("h", "h"), ("w", "w"), ("y", "y"), ("", ""),
)  # fmt: skip
_WG_FINALS = (
    ("ih", "i"), ("ung", "ong"), ("ieh", "ie"), ("veh", "ue"), ("ueh", "ue"), ("ien", "ian"),
    ("eh", "e"), ("erh", "er"), ("v", "u"),
)  # fmt: skip
_POSTAL = {
    "shansi": "shanxi", "shensi": "shaanxi", "peking": "beijing", "tientsin": "tianjin",
    "nanking": "nanjing", "chungking": "chongqing", "tsingtao": "qingdao", "sian": "xian",
}  # fmt: skip
_POSTAL_HINTS = ("shansi", "shensi", "peking", "tientsin", "nanking", "chungking", "tsingtao",
                 "sian")  # fmt: skip
_POSTAL_WORD = r"\b(?:" + "|".join(_POSTAL) + r")\b"


def old_romanisations_read(text: str) -> str:
    """Wade-Giles names and postal spellings as pinyin: chin-chung -> jinzhong, shansi ->
    shanxi; everything else as it is."""
    if "-" in text:
        text = re.sub(_WADE_GILES_WORD, lambda m: _wade_giles(m.group()) or m.group(), text)
    return re.sub(_POSTAL_WORD, lambda m: _POSTAL[m.group()], text)


def _wade_giles(word: str) -> str | None:
    """A hyphenated Wade-Giles name as pinyin, joined (pai-hsiang -> baixiang); one in
    pinyin already, joined (hua-wei -> huawei); None where a part is neither."""
    parts = word.split("-")
    if all(is_syllable(part) for part in parts):
        return "".join(parts)  # (tai-yuan, hua-wei, chi-li: pinyin as written, joined)
    syllables = [_wade_giles_syllable(part) for part in parts]
    if any(s is None for s in syllables):
        return None
    return "".join(s for s in syllables if s)


def _wade_giles_syllable(part: str) -> str | None:
    initial, sound = next((i, s) for i, s in _WG_INITIALS if part.startswith(i))
    final = part[len(initial) :]
    if not final or "'" in final:
        return None
    if sound == "zh" and final[0] in "iv":
        sound = "j"  # chi, chin: ji, jin (zh before i is no pinyin)
    elif sound == "ch" and final[0] in "iv":
        sound = "q"
    elif sound in ("z", "c", "s") and final == "u" and initial in ("tz", "tz'", "ss", "sz"):
        final = "i"  # tzu, tz'u, ssu: zi, ci, si
    if initial == "y" and final in ("u", "ung"):
        final = {"u": "ou", "ung": "ong"}[final]  # yu, yung: you, yong (yü is yu)
    elif final == "o" and initial in (
        "t",
        "t'",
        "n",
        "l",
        "ts",
        "ts'",
        "tz",
        "tz'",
        "s",
        "ch",
        "ch'",
        "sh",
        "j",
    ):
        final = "uo"  # to, lo: duo, luo
    elif final == "o" and initial in ("k", "k'", "h"):
        final = "e"  # ko, ho: ge, he
    else:
        for old, new in _WG_FINALS:
            if final.endswith(old):
                final = final[: -len(old)] + new
                break
    if not initial:
        final = {"i": "yi", "u": "wu", "v": "yu", "in": "yin", "ing": "ying"}.get(final, final)
    # ü (folded to v): u after j, q, x and y, as pinyin writes it; lv, nv keep it.
    final = final.replace("v", "v" if sound in ("l", "n") else "u")
    pinyin = sound + final
    return pinyin if is_syllable(pinyin) else None


# 1.43e10, 1.7E+9: a number as a spreadsheet or a program writes it (not inside a word
# or a code: jwf1580, 3e5a); 1.43×10^10, 1.5 x 10**10, as a scientist writes it. (A power
# in superscript digits, 10¹⁰, is 1010 once folded: not read.)
_E_NOTATION = re.compile(
    r"(?<![a-z0-9.,])(\d+(?:\.\d+)?)(?:e\+?|\s*[×x*]\s*10\s*(?:\^|\*\*)\s*\+?)(\d{1,2})"
    r"(?![a-z0-9.])"
)


# 27点26: 点 as the decimal point between digits; 5百, 1千5百, 11万1500, 1十7: digits
# with the characters of their places, as an input method mixes them (not 20百分点, a
# number of percentage points, nor 十分, very).
_DECIMAL_POINT = re.compile(r"(?<=\d)点(?=\d)")
# 百分之85: a per cent written before its digits, as 百分之八十五 is said.
_PER_CENT_BEFORE = re.compile(r"百分之(\d+(?:\.\d+)?)")
_MIXED_PLACES = re.compile(r"(?<![\d.])(?:\d+(?:万|千|百(?!分)|十(?!分)))+\d*")
_PLACES = {"万": 10_000, "千": 1_000, "百": 100, "十": 10}


# The financial numerals (大写: 壹佰肆拾, 柒人) and the old tens opening a number (廿五:
# 25, 卅八: 38), as cheques, forms and quiz items write numbers: as the everyday numerals
# every reader of a question reads. A character that is also a word's (伍 of 队伍, 陆 of
# 陆续, 肆 of 肆虐, 拾 of 收拾, 参 of 参加) only in a number with a financial place (伍佰,
# 肆拾): 队伍一池春水, 陆九渊 stay. (参 is 參 folded to Simplified.)
_OLD_TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}
_FINANCIAL_AS_PLAIN = {**FINANCIAL_AS_PLAIN, "参": "三", **_OLD_TENS}
_WORDS_CHARACTERS = frozenset("伍陆陸肆拾参")
_FINANCIAL_PLACES = frozenset("拾佰仟")
# (A string, compiled by re's cache on a query's first financial numeral.)
_NUMERAL_RUN = "[" + CN_NUMERAL_CHARACTERS + "".join(_FINANCIAL_AS_PLAIN) + "]+"


def numerals_plain(text: str) -> str:
    """壹佰肆拾亿 -> 一百四十亿, 廿五个 -> 二十五个, 柒人 -> 七人, 半千 -> 五百; 队伍, 陆续,
    五卅 as written."""
    if "半千" in text or "半万" in text:
        text = text.replace("半千", "五百").replace("半万", "五千")  # (half a thousand: 500)
    if not any(c in _FINANCIAL_AS_PLAIN for c in text):
        return text
    return re.sub(_NUMERAL_RUN, _numeral_plain, text)


def _numeral_plain(match: re.Match[str]) -> str:
    run = match.group()
    if any(c in _OLD_TENS for c in run[1:]) or run in _WORDS_CHARACTERS:
        return run  # (五卅: a date's name, no number, the old tens open one; 收拾)
    if _WORDS_CHARACTERS.intersection(run) and not _FINANCIAL_PLACES.intersection(run):
        return run  # (伍一 of 队伍一池春水, 陆九: a word's character beside a numeral)
    return "".join(_FINANCIAL_AS_PLAIN.get(c, c) for c in run)


def written_out(text: str) -> str:
    """Numbers as plain digits: 1.43e10 and 1.43×10^10 -> 14300000000, 27点26 -> 27.26, 5百 -> 500,
    11万1500 -> 111500 (11万 alone stays as written, as the report writes it), 百分之85
    -> 85%."""
    if not any(c.isdigit() for c in text):
        return text
    if "点" in text:
        text = _DECIMAL_POINT.sub(".", text)
    if "." in text and any(c in "十百千" for c in text):
        text = re.sub(_DECIMAL_PLACE, _decimal_placed, text)  # 1.5千亿 -> 1500亿
    if has_cjk(text) and any(w in text for w in ("billion", "million", "bn", "mn")):
        text = re.sub(_SCALE_IN_WORDS, _scale_as_characters, text)  # 超过100 billion吗 -> 1000亿
    if ("/" in text or "⁄" in text) and has_cjk(text):
        # 1/4, 3/4 in a Chinese question: the fraction as it is said (四分之一), read as
        # one (not 2022/4, 1/12 or 1/2月份: a date's).
        text = _DIGIT_FRACTION.sub(_fraction_said, text)
    if "百分之" in text:
        text = _PER_CENT_BEFORE.sub(r"\1%", text)
    if "‰" in text or "‱" in text or "千分之" in text:
        # 17‰, 千分之850, 85‱: a per mille (ten-thousandth) as the per cent it is.
        text = re.sub(_PER_MILLE, lambda m: scaled_text(m["n"] or m["m"], -1) + "%", text)
        text = re.sub(_PER_TEN_THOUSAND, lambda m: scaled_text(m[1], -2) + "%", text)
    if any(c in _PLACES for c in text):
        text = _MIXED_PLACES.sub(_places_added, text)
    if "e" not in text and not ("10" in text and ("^" in text or "**" in text)):
        return text
    return _E_NOTATION.sub(lambda m: scaled_text(m[1], int(m[2])), text)


# 1.5千亿, 2.5百亿, 1.235千项: a decimal of a place, multiplied (not 1.5 and 1000; not
# 27.26百分点).
# (A string, as the old spellings' patterns are: compiled on first need by re's cache.)
_DECIMAL_PLACE = r"(?<![\d.])(\d+\.\d+)([十百千])(?!分)"
_PLACE_EXPONENTS = {"十": 1, "百": 2, "千": 3}
_PER_MILLE = r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*‰|千分之(?P<m>\d+(?:\.\d+)?)"
_PER_TEN_THOUSAND = r"(?<![\d.])(\d+(?:\.\d+)?)\s*‱"
# 100 billion, 500 million in a Chinese question (GDP超过100 billion yuan吗): in the
# characters its figures are read in (1000亿, 5亿), the scale kept.
_SCALE_IN_WORDS = r"(?<![\d.])(\d+(?:\.\d+)?)\s*(billion|bn|million|mn)(?![a-z])"


# (Not a date's or a month's: 3/8那天, 1/2月份, 第1/4季度.)
_DIGIT_FRACTION = re.compile(
    r"(?<![\d./⁄第])([1-9])\s*[/⁄]\s*([2-9]|10)(?![\d./⁄])(?!\s*(?:月|季|日|号|那天|期|年))"
)
_DIGITS_SAID = dict(zip("123456789", "一二三四五六七八九", strict=True)) | {"10": "十"}


def _fraction_said(match: re.Match[str]) -> str:
    part, whole = match[1], match[2]
    if int(part) >= int(whole):
        return match.group()  # (5/4: no part of a whole)
    return f"{_DIGITS_SAID[whole]}分之{_DIGITS_SAID[part]}"


def _decimal_placed(match: re.Match[str]) -> str:
    return scaled_text(match[1], _PLACE_EXPONENTS[match[2]])


def _scale_as_characters(match: re.Match[str]) -> str:
    if match[2] in ("billion", "bn"):
        return scaled_text(match[1], 1) + "亿"
    return scaled_text(match[1], -2) + "亿"


def _places_added(match: re.Match[str]) -> str:
    """The number digits and place characters write (1千5百 -> 1500), with a last digit
    in the place below the last one said, as it is spoken (1千5 is 1500, 2万2 is 22000);
    as written where it reads as no one number (11万, the report's own way; 5百1千;
    1千25)."""
    parts = re.findall(r"(\d+)([万千百十])", match.group())
    rest = match.group()[sum(len(d) + 1 for d, _ in parts) :]
    places = [_PLACES[p] for _, p in parts]
    if places != sorted(set(places), reverse=True):
        return match.group()
    lowest = places[-1]
    zeros = len(str(lowest)) - 1
    if not rest:
        if len(parts) == 1 and lowest == _PLACES["万"]:
            return match.group()
        tail = 0
    elif len(rest) == 1:
        tail = int(rest) * lowest // 10  # 1千5: five hundred, 1十7: seven
    elif len(rest) == zeros:
        tail = int(rest)  # 1百71, 11万1500
    else:
        return match.group()
    return str(sum(int(d) * _PLACES[p] for d, p in parts) + tail)


def to_simplified(text: str) -> str:
    """Traditional Chinese characters as Simplified; everything else as it is."""
    if not has_cjk(text):
        return text
    global _T2S
    if _T2S is None:
        from jzfacts.search.t2s import SIMPLIFIED, TRADITIONAL

        _T2S = str.maketrans(
            TRADITIONAL + _JAPANESE + _VARIANTS,
            SIMPLIFIED + _JAPANESE_AS_SIMPLIFIED + _VARIANTS_AS_SIMPLIFIED,
        )
    return text.translate(_T2S)


# Japanese forms an input method may give for the Chinese ones (産値増長: 产值增长); the
# characters OpenCC's table does not already hold.
_JAPANESE = "増経済発総営転値価労単県拡変圧囲関実図気広対鉄歳様帰満検険験継続"
_JAPANESE_AS_SIMPLIFIED = "增经济发总营转值价劳单县扩变压围关实图气广对铁岁样归满检险验继续"
# Variant forms Hong Kong and older texts write (華衞藥業: 衞 for 衛), which OpenCC's
# character table leaves as they are.
_VARIANTS = "衞淸竝"
_VARIANTS_AS_SIMPLIFIED = "卫清并"


def strip_tones(text: str) -> str:
    """Pinyin without its tone marks: jílì -> jili, zhěngchē -> zhengche, lǜ -> lv."""
    if text.isascii() or not any("\u00c0" <= c <= "\u02ff" for c in text):
        return text
    decomposed = unicodedata.normalize("NFD", text).replace("u\u0308", "v")
    kept = "".join(c for c in decomposed if not ("\u0300" <= c <= "\u036f"))
    return unicodedata.normalize("NFC", kept)


def _sounds() -> dict[str, str]:
    global _SOUNDS
    if _SOUNDS is None:
        from jzfacts.search.sounds import SYLLABLE_CHARS

        _SOUNDS = {}
        for entry in SYLLABLE_CHARS:
            syllable, _, chars = entry.partition(":")
            for char in chars:
                _SOUNDS[char] = syllable
    return _SOUNDS


def sound_of(text: str) -> str | None:
    """The toneless pinyin of a Chinese word, syllables joined (思普瑞 -> sipurui), or None
    when a character is not in the table (rare characters, digits, Latin)."""
    sounds = _sounds()
    syllables = [sounds.get(char) for char in text]
    if not syllables or any(s is None for s in syllables):
        return None
    return "".join(s for s in syllables if s)


def is_syllable(word: str) -> bool:
    """Is this Latin word one pinyin syllable (chan, ye, zhi)?"""
    global _SYLLABLES
    if _SYLLABLES is None:
        from jzfacts.search.sounds import SYLLABLE_CHARS

        _SYLLABLES = frozenset(entry.partition(":")[0] for entry in SYLLABLE_CHARS)
    return word in _SYLLABLES


@functools.lru_cache(maxsize=4096)  # the same words are read again and again
def syllables_of(word: str) -> tuple[str, ...] | None:
    """The word as the fewest pinyin syllables it reads as (gaoxing -> gao xing), or None
    when it is no run of syllables. A lone n (嗯) is no syllable of a name: fangjian-she is
    no fangjia + nshe."""
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            before = best[start]
            piece = word[start:end]
            if before is not None and piece != "n" and is_syllable(piece):
                current = best[end]
                if current is None or len(before) + 1 < len(current):
                    best[end] = (*before, piece)
    return best[-1]


def fewest_syllables(word: str) -> int | None:
    """The fewest pinyin syllables a Latin word reads as (fangjia -> 2: fang jia), or None
    when it is no run of syllables (syllables_of)."""
    syllables = syllables_of(word)
    return None if syllables is None else len(syllables)


@functools.cache
def english_words() -> frozenset[str]:
    """Common English words (SCOWL's small list, 40,000 words): a word with a meaning of
    its own, read as itself (loaded, 10 ms, the first time an English word is weighed)."""
    from jzfacts.search.words_en import WORDS

    return frozenset(WORDS.split())


def read_as_english(word: str) -> bool:
    """An English word no run of pinyin syllables spells (pension, bus, air): English,
    never pinyin spelt near (喷丝, 补办, 替代燃料); one that pinyin spells (long, women,
    lading) may be either, as the words around it tell."""
    return word in english_words() and fewest_syllables(word) is None
