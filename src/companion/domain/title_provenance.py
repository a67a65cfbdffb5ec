"""Whether a session title shown in some language was published, or is Companion's own translation.

A session lists in ``translated_title_languages`` the languages whose title the project translated; every
other language in its title was printed by a source. Where the title shown is a translation, views and
exports give the published title beside it.
"""

from __future__ import annotations

from companion.domain.event import Session
from companion.domain.text import FALLBACK_LANGUAGE, LocalizedText


def shown_language(text: LocalizedText, language: str) -> str | None:
    """The language whose version :func:`companion.domain.text.pick` shows for ``language``."""
    if not text:
        return None
    if language in text:
        return language
    base = language.split("-")[0]
    if base in text:
        return base
    if FALLBACK_LANGUAGE in text:
        return FALLBACK_LANGUAGE
    return next(iter(text))


def title_is_translation(session: Session, language: str) -> bool:
    """True when the title shown in ``language`` is the project's translation, not a published title."""
    return shown_language(session.title, language) in session.translated_title_languages


def published_title(session: Session, language: str) -> tuple[str, str] | None:
    """``(language, title)`` of the published title to show beside a translated one, else None.

    Prefers the same language in the other alphabet (Kazakh Latin for Kazakh Cyrillic), then English,
    then Russian, then whatever was published.
    """
    if not title_is_translation(session, language):
        return None
    published = {k: v for k, v in session.title.items() if k not in session.translated_title_languages}
    if not published:
        return None
    base = language.split("-")[0]
    same_language = [k for k in published if k.split("-")[0] == base]
    for candidate in (*same_language, FALLBACK_LANGUAGE, "ru"):
        if candidate in published:
            return candidate, published[candidate]
    first = next(iter(published))
    return first, published[first]
