"""Search that ignores case and diacritics in every script the conference uses.

``fold`` maps text to a comparable key: case-folded, accents removed, Kazakh/Tajik Cyrillic letters
mapped to the Russian letters people type instead (қ→к, ә→а ...), Turkish/Kazakh dotless ı and dotted
İ to i, and apostrophe-like marks (Uzbek oʻ, o') dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

_LETTER_MAP = str.maketrans(
    {
        # Kazakh Cyrillic
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
        # Tajik, Uzbek, Kyrgyz Cyrillic
        "ҷ": "ч", "ҳ": "х", "ӯ": "у", "ӣ": "и", "ў": "у",
        "ё": "е", "й": "и",
        # Latin letters without a decomposition
        "ı": "i", "ŋ": "n", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
        # apostrophes and modifier letters (Uzbek oʻzbek / o'zbek / o`zbek)
        "ʻ": None, "ʼ": None, "'": None, "’": None, "‘": None, "`": None, "ʹ": None,
    }
)


class _FoldTable(dict[int, str | None]):
    """``str.translate`` table: the letter map, plus every combining mark dropped (looked up once per code point).

    One C-level ``translate`` pass replaces a Python loop over every character, which matters for
    schedules with thousands of long descriptions.
    """

    def __missing__(self, code: int) -> str | None:
        value = None if unicodedata.combining(chr(code)) else chr(code)
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable(_LETTER_MAP)
_SPECIAL = re.compile("[^\x00-\x26\x28-\x5f\x61-\x7f]+")
"""Runs of characters ``fold`` may change after decomposition: anything but ASCII, and the ASCII ' and `."""


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD_TABLE)


def fold(text: str) -> str:
    """Comparable form of ``text``: no case, no diacritics, one spelling for look-alike letters."""
    lowered = text.casefold()
    if not lowered.isascii():  # ASCII has nothing to decompose
        lowered = unicodedata.normalize("NFKD", lowered)
    return _SPECIAL.sub(_fold_run, lowered)


@dataclass(frozen=True, slots=True)
class Query:
    """A folded query: every word must occur somewhere in the searched text."""

    words: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        return cls(tuple(w for w in fold(text).split() if w))

    @property
    def is_empty(self) -> bool:
        return not self.words

    def narrows(self, earlier: Query) -> bool:
        """True when every text this query matches, ``earlier`` matched too: each of ``earlier``'s words lies
        within one of this query's (typing on, "sec" to "secu"). Its hits are then among ``earlier``'s."""
        return all(any(old in new for new in self.words) for old in earlier.words)

    def matches(self, folded_haystack: str) -> bool:
        # a plain loop, cheaper than all() over a generator: this runs per session per keystroke
        for word in self.words:  # noqa: SIM110
            if word not in folded_haystack:
                return False
        return True


def haystack(parts: Iterable[str]) -> str:
    """One folded string to search, joined from every text a record carries."""
    return fold("\n".join(p for p in parts if p))
