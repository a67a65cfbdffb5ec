"""Kazakh Cyrillic to the Latin alphabet the founding report (Adyrna, Latin edition) uses.

The letters are those of the 2021 Kazakh Latin alphabet as Adyrna prints them: ә→ä, ғ→ǧ, ң→ŋ, ө→ö,
ұ→ū, ү→ü, і→ı, ы→y, ш→ş, ч→ç, ж→j, қ→q, х/һ→h, и/й→i, ц→s, я→ia, ю→iu. Checked against the report's own
spellings: «Климаттың өзгеруіне арналған Орталық Азияның 7-ші конференциясы (ОАҚӨК-2025)» becomes
"Klimattyŋ özgeruıne arnalǧan Ortalyq Aziianyŋ 7-şı konferensiiasy (OAQÖK-2025)". Text that is not
Cyrillic (digits, Latin acronyms, ``%1`` and ``{name}`` place markers, ``&`` accelerators) is kept as it is.
"""

from __future__ import annotations

_LOWER: dict[str, str] = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ǧ", "д": "d", "е": "e", "ё": "io",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ŋ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
    "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "s", "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "",
    "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip
_UPPER_SPECIAL: dict[str, str] = {"И": "İ", "Й": "İ", "І": "I"}


def _upper(latin: str) -> str:
    return "".join("I" if ch == "ı" else ch.upper() for ch in latin)


def to_latin(text: str) -> str:
    """``text`` with every Kazakh (and Russian) Cyrillic letter spelt in Kazakh Latin."""
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low not in _LOWER:
            out.append(ch)
            continue
        latin = _LOWER[low]
        if ch == low or not latin:
            out.append(latin)
            continue
        if ch in _UPPER_SPECIAL:
            out.append(_UPPER_SPECIAL[ch])
            continue
        if len(latin) == 1:
            out.append(_upper(latin))
            continue
        # Я, Ю, Щ ...: all capitals inside a capitalised word (ОАҚӨК), else only the first letter.
        neighbours = text[max(0, i - 1) : i] + text[i + 1 : i + 2]
        shouting = any(n.isalpha() for n in neighbours) and all(n.isupper() for n in neighbours if n.isalpha())
        out.append(_upper(latin) if shouting else _upper(latin[0]) + latin[1:])
    return "".join(out)
