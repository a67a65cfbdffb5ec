"""Attendees who get a badge: their fields, categories, stable ids and the orders a pick-up desk wants."""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from companion.domain.collation import CollationKey, collation_key
from companion.domain.countries import delegation_identity, delegation_label
from companion.domain.text import LocalizedText, pick


class Category(StrEnum):
    """What an attendee is at the event; each prints as its own coloured band."""

    DELEGATE = "delegate"
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    ORGANISER = "organiser"
    PRESS = "press"
    STAFF = "staff"
    OBSERVER = "observer"


CATEGORY_LABELS: dict[Category, LocalizedText] = {
    Category.DELEGATE: {"en": "Delegate", "ru": "Делегат", "kk": "Делегат", "kk-Latn": "Delegat"},
    Category.SPEAKER: {"en": "Speaker", "ru": "Спикер", "kk": "Баяндамашы", "kk-Latn": "Baiandamaşy"},
    Category.MODERATOR: {"en": "Moderator", "ru": "Модератор", "kk": "Модератор", "kk-Latn": "Moderator"},
    Category.ORGANISER: {"en": "Organiser", "ru": "Организатор", "kk": "Ұйымдастырушы", "kk-Latn": "Ūiymdastyruşy"},
    Category.PRESS: {"en": "Press", "ru": "Пресса", "kk": "Баспасөз", "kk-Latn": "Baspasöz"},
    Category.STAFF: {"en": "Staff", "ru": "Персонал", "kk": "Қызметкер", "kk-Latn": "Qyzmetker"},
    Category.OBSERVER: {"en": "Observer", "ru": "Наблюдатель", "kk": "Бақылаушы", "kk-Latn": "Baqylauşy"},
}

CATEGORY_COLOURS: dict[Category, str] = {
    Category.DELEGATE: "#1f5fa8",
    Category.SPEAKER: "#b3261e",
    Category.MODERATOR: "#6a3d9a",
    Category.ORGANISER: "#1e7a46",
    Category.PRESS: "#f2a900",
    Category.STAFF: "#37474f",
    Category.OBSERVER: "#00838f",
}
"""Band colours, far enough apart to tell at arm's length; the label is always printed on the band too."""

# Words people put in a spreadsheet's category column, casefolded, in English, Russian and Kazakh.
_CATEGORY_WORDS: dict[str, Category] = {
    **{w: Category.DELEGATE for w in (
        "delegate", "delegates", "participant", "attendee", "delegation member", "делегат", "участник",
        "участница", "член делегации", "қатысушы",
    )},
    **{w: Category.SPEAKER for w in ("speaker", "presenter", "panellist", "panelist", "спикер", "докладчик",
                                     "выступающий", "спикер/докладчик", "баяндамашы")},
    **{w: Category.MODERATOR for w in ("moderator", "chair", "модератор", "председатель")},
    **{w: Category.ORGANISER for w in ("organiser", "organizer", "organisers", "organizers", "организатор",
                                       "оргкомитет", "ұйымдастырушы")},
    **{w: Category.PRESS for w in ("press", "media", "journalist", "пресса", "сми", "журналист", "баспасөз")},
    **{w: Category.STAFF for w in ("staff", "volunteer", "crew", "персонал", "сотрудник", "волонтер", "волонтёр",
                                   "технический персонал", "қызметкер")},
    **{w: Category.OBSERVER for w in ("observer", "guest", "наблюдатель", "гость", "бақылаушы")},
}


def category_from_text(text: str) -> Category | None:
    """The category a spreadsheet cell means (``"Спикер"`` → speaker), or None when it means none of them."""
    key = " ".join(normalise_text(text).casefold().split())
    if not key:
        return None
    for category in Category:
        if key == category.value:
            return category
    for label_set in (CATEGORY_LABELS[c] for c in Category):
        for label in label_set.values():
            if key == label.casefold():
                return _category_of_label(label)
    return _CATEGORY_WORDS.get(key)


def _category_of_label(label: str) -> Category | None:
    for category, labels in CATEGORY_LABELS.items():
        if label in labels.values():
            return category
    return None


def category_label(category: Category, language: str = "en") -> str:
    return pick(CATEGORY_LABELS[category], language)


_DOTTED_I_LANGUAGES = ("kk-Latn", "tk", "tr", "az", "crh")


def upper_for_language(text: str, language: str) -> str:
    """Capital letters as ``language`` writes them: Kazakh Latin, Turkmen and Turkish capitalise ``i`` as ``İ``.

    Python's ``str.upper()`` turns ``i`` into a dotless ``I``, which in these alphabets is another letter.
    Used for fixed labels only; people's names are printed as typed.
    """
    if language in _DOTTED_I_LANGUAGES or language.split("-")[0] in ("tk", "tr", "az"):
        text = text.replace("i", "İ")
    return text.upper()


def normalise_text(text: str) -> str:
    """NFC, no control characters, single spaces: what a name looks like once it is printed."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return " ".join(text.split())


_ID_ALLOWED = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def is_valid_attendee_id(value: str) -> bool:
    """Ids go into QR codes and file names: ASCII letters, digits, ``.``, ``_``, ``-``; up to 64 characters."""
    return bool(_ID_ALLOWED.match(value))


def derived_attendee_id(given_name: str, family_name: str, organisation: str) -> str:
    """A stable id for a row that has none: the same person and organisation give the same id on re-import.

    Case, accents' composition and spacing do not change it; it is short and uppercase so the QR stays small.
    """
    key = "\x1f".join(normalise_text(part).casefold() for part in (given_name, family_name, organisation))
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return "A" + base64.b32encode(digest).decode("ascii")[:9]


@dataclass(frozen=True, slots=True)
class Attendee:
    """One person on the registration list."""

    id: str
    given_name: str
    family_name: str
    organisation: str = ""
    delegation: str = ""
    category: Category = Category.DELEGATE
    email: str | None = None

    @property
    def display_name(self) -> str:
        """Given name then family name, as printed on the badge (names are never upper-cased)."""
        return " ".join(part for part in (self.given_name, self.family_name) if part)

    def normalised(self) -> Attendee:
        """The same attendee with every text field NFC-normalised and trimmed."""
        return Attendee(
            id=self.id.strip(),
            given_name=normalise_text(self.given_name),
            family_name=normalise_text(self.family_name),
            organisation=normalise_text(self.organisation),
            delegation=normalise_text(self.delegation),
            category=self.category,
            email=(normalise_text(self.email) or None) if self.email else None,
        )


class SortKey(StrEnum):
    """Orders for the badge run."""

    DELEGATION = "delegation"
    """By delegation (country), then family name: the pick-up desk's order."""
    FAMILY_NAME = "family-name"
    CATEGORY = "category"
    """By category in the order of :class:`Category`, then family name."""


def name_key(attendee: Attendee, language: str = "en") -> tuple[CollationKey, CollationKey, str]:
    """Sort key of a person: family name, then given name, in the collation of ``language``; then the id."""
    return (collation_key(attendee.family_name, language), collation_key(attendee.given_name, language), attendee.id)


def delegation_key(delegation: str, language: str = "en") -> tuple[bool, CollationKey, str]:
    """Sort key of a delegation: one identity per country (any spelling or script), ordered by its name in
    ``language``; organisations without a country by their own text; no delegation last."""
    text = normalise_text(delegation)
    return (not text, collation_key(delegation_label(text, language), language), delegation_identity(text))


def sorted_attendees(attendees: Iterable[Attendee], key: SortKey, language: str = "en") -> list[Attendee]:
    """``attendees`` in the order the run prints them (one collation, :mod:`companion.domain.collation`, for
    ``language``); ties fall back to given name, then id."""
    order = list(Category)
    if key is SortKey.DELEGATION:
        return sorted(attendees, key=lambda a: (delegation_key(a.delegation, language), *name_key(a, language)))
    if key is SortKey.CATEGORY:
        return sorted(attendees, key=lambda a: (order.index(a.category), *name_key(a, language)))
    return sorted(attendees, key=lambda a: name_key(a, language))


def characters_missing(texts: Sequence[str], has_glyph: set[int] | frozenset[int]) -> list[str]:
    """The distinct characters of ``texts`` (in order of appearance) whose code points ``has_glyph`` lacks."""
    missing: list[str] = []
    for text in texts:
        for ch in text:
            if ch.isspace() or ord(ch) in has_glyph or ch in missing:
                continue
            missing.append(ch)
    return missing
