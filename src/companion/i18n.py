"""The languages Companion speaks, their native names, and how a system locale maps onto them (no Qt).

Codes are BCP 47 tags as the event data uses them: ``en``, ``ru``, ``kk`` (Kazakh, Cyrillic) and
``kk-Latn`` (Kazakh in the Latin alphabet of the founding report: Qazaqstan, ŋ, ǧ, ū, ı, ş, ä, ö, ü).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEFAULT_LANGUAGE = "en"
SETTINGS_KEY = "language"
"""Key of the remembered choice in :class:`companion.store.settings.Settings`."""


@dataclass(frozen=True, slots=True)
class Language:
    """One supported language: its code, the name its speakers use, and its catalogue file names."""

    code: str
    native_name: str
    english_name: str
    catalogue_suffix: str
    """Suffix of ``companion_<suffix>.ts``/``.qm``. English is the language of the sources: its catalogue holds
    only the plural forms of the counted (``%n``) messages."""
    qt_catalogue: str
    """Suffix of Qt's own ``qtbase_<suffix>.qm`` (empty: Qt ships none, its dialogs stay English)."""


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "en", ""),
    Language("ru", "Русский", "Russian", "ru", "ru"),
    Language("kk", "Қазақша", "Kazakh (Cyrillic)", "kk", "kk"),
    # Qt ships no Latin-script Kazakh: ui/translators.py spells Qt's Kazakh catalogue in Latin letters.
    Language("kk-Latn", "Qazaqşa", "Kazakh (Latin)", "kk_Latn", "kk"),
)

BY_CODE: Mapping[str, Language] = {lang.code: lang for lang in LANGUAGES}
CODES: tuple[str, ...] = tuple(BY_CODE)

_LATIN_SCRIPT_MARKERS = ("latn", "latin")
_CYRILLIC_SCRIPT_MARKERS = ("cyrl", "cyrillic")


def language(code: str) -> Language:
    """The :class:`Language` for a supported code (normalised first); raises ``KeyError`` otherwise."""
    normal = normalise(code)
    if normal is None:
        raise KeyError(code)
    return BY_CODE[normal]


def normalise(code: str | None) -> str | None:
    """Map a locale or language tag onto a supported code, or None.

    Accepts what systems and users write: ``ru_RU.UTF-8``, ``kk_KZ``, ``kk-Cyrl-KZ``, ``kk-Latn``,
    ``kk_Latn_KZ``, ``kk_KZ@latin``, ``kk_KZ.UTF-8@latin``, ``en-GB``, ``KK-latn``. ``C`` and ``POSIX`` mean English.
    """
    if not code:
        return None
    text = code.strip()
    if text in ("C", "POSIX") or text.startswith(("C.", "POSIX.")):
        return DEFAULT_LANGUAGE
    modifier = ""
    if "@" in text:  # glibc order: language_TERRITORY.codeset@modifier (kk_KZ.UTF-8@latin)
        text, modifier = text.split("@", 1)
    text = text.split(".", 1)[0]  # drop an encoding (ru_RU.UTF-8)
    parts = [p for p in re.split(r"[-_]", text.lower()) if p]
    if not parts:
        return None
    base = parts[0]
    if base not in ("en", "ru", "kk"):
        return None
    if base != "kk":
        return base
    markers = [*parts[1:], modifier.lower()]
    if any(m in _LATIN_SCRIPT_MARKERS for m in markers):
        return "kk-Latn"
    return "kk"


def first_supported(candidates: Iterable[str]) -> str | None:
    """The first candidate (a list of locale names in order of preference) that Companion speaks."""
    for candidate in candidates:
        normal = normalise(candidate)
        if normal is not None:
            return normal
    return None


def environment_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The user's preferred languages from POSIX variables: LANGUAGE (a colon list), LC_ALL, LC_MESSAGES, LANG."""
    env = os.environ if environ is None else environ
    out: list[str] = []
    if env.get("LANGUAGE"):
        out.extend(p for p in env["LANGUAGE"].split(":") if p)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            out.append(env[name])
    return out


def choose_language(explicit: str | None, remembered: str | None, system_languages: Iterable[str]) -> str:
    """The language to start in: ``--lang`` wins, then the remembered choice, then the system, then English.

    Raises ``ValueError`` when ``explicit`` names a language Companion does not speak.
    """
    if explicit:
        normal = normalise(explicit)
        if normal is None:
            raise ValueError(unsupported_message(explicit))
        return normal
    normal = normalise(remembered)
    if normal is not None:
        return normal
    return first_supported(system_languages) or DEFAULT_LANGUAGE


def unsupported_message(code: str) -> str:
    return f"language {code!r} is not available; choose one of: {', '.join(CODES)}"
