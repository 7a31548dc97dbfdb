"""Pinyin readings of Chinese names, for queries typed without a Chinese input method.

pypinyin takes 0.3 s or more to import, so this module is imported only when a search
index is built (and its result cached per fact base), never on an ordinary query.
"""

from __future__ import annotations

from collections.abc import Iterable

from pypinyin import Style, lazy_pinyin

from jzfacts.text import fold, has_cjk

_DIGITS = str.maketrans("0123456789", "零一二三四五六七八九")


def readings(names: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(full pinyin, initials) of each Chinese name, without spaces or tones.

    pypinyin reads by phrase, so 行业 is hang ye and 重庆 chong qing.
    """
    out: dict[tuple[str, str], None] = {}
    for name in names:
        if not has_cjk(name):
            continue
        # Digits read as Chinese numerals: 汾盾1号 is fen dun yi hao.
        spoken = fold(name).translate(_DIGITS)
        syllables = [
            s for s in lazy_pinyin(spoken, style=Style.NORMAL, errors="ignore") if s.strip()
        ]
        if not syllables:
            continue
        full = "".join(s.replace(" ", "") for s in syllables)
        initials = "".join(s.strip()[0] for s in syllables)
        out[(full, initials)] = None
    return tuple(out)
