"""Whether a session title shown in some language was published, or is Companion's own translation.

A session lists in ``translated_title_languages`` the languages whose title the project translated; every
other language in its title was printed by a source, unless ``published_title_languages`` names the few that
were (an empty list: no title was published, the titles describe the session). Where the title shown was not
published, views and exports give the published title beside it, or say that the title is descriptive.
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


def published_languages(session: Session) -> frozenset[str]:
    """The languages of ``session.title`` that a source printed."""
    if session.published_title_languages is not None:
        return frozenset(session.published_title_languages) & frozenset(session.title)
    return frozenset(session.title) - frozenset(session.translated_title_languages)


def title_is_published(session: Session, language: str) -> bool:
    """True when the title shown in ``language`` is one a source printed."""
    return shown_language(session.title, language) in published_languages(session)


def title_is_descriptive(session: Session, language: str) -> bool:
    """True when the title shown in ``language`` is the project's description of the session, not a translation."""
    return not title_is_published(session, language) and not title_is_translation(session, language)


def published_title(session: Session, language: str) -> tuple[str, str] | None:
    """``(language, title)`` of the published title to show beside an unpublished one, else None.

    Prefers the same language in the other alphabet (Kazakh Latin for Kazakh Cyrillic), then English,
    then Russian, then whatever was published.
    """
    if title_is_published(session, language):
        return None
    languages = published_languages(session)
    published = {k: v for k, v in session.title.items() if k in languages}
    if not published:
        return None
    base = language.split("-")[0]
    same_language = [k for k in published if k.split("-")[0] == base]
    for candidate in (*same_language, FALLBACK_LANGUAGE, "ru"):
        if candidate in published:
            return candidate, published[candidate]
    first = next(iter(published))
    return first, published[first]
