"""A calm, stable palette for session blocks: one muted hue per session type (or track), the same in every
event, with a text colour chosen per block for WCAG AA contrast (at least 4.5:1), in light and dark mode.

A type's hue is a hash of its normalised name into ``HUES``, so "Talk" is the same colour at every event.
A track colour the organisers published wins (it is their programme's language), its text still chosen for
contrast. Dark mode is read from the widget's palette (which follows the system colour scheme).
"""

from __future__ import annotations

import hashlib
import unicodedata

from PySide6.QtGui import QColor, QPalette

from companion.domain.event import Event, Session

HUES: tuple[int, ...] = (210, 150, 30, 280, 0, 180, 95, 330, 240, 55, 120, 15)
"""Twelve hues (degrees), spread so neighbours in the list differ; each drawn muted (low saturation)."""

LIGHT_INK = QColor(0x1B, 0x1B, 0x1F)
DARK_INK = QColor(0xF4, 0xF4, 0xF6)
AA = 4.5


def _normalised(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def hue_index(name: str) -> int:
    """Where ``name`` (a type or track name, normalised) falls in ``HUES``: the same in every event."""
    digest = hashlib.sha256(_normalised(name).encode("utf-8")).digest()
    return digest[0] % len(HUES)


def is_dark(palette: QPalette) -> bool:
    """True when ``palette`` is a dark one (light text on a dark base)."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def hue_fill(index: int, dark: bool, faint: bool = False) -> QColor:
    """The block fill for hue ``index``: a pale tint in light mode, a deep shade in dark mode.

    ``faint`` (indicative or unpublished times) moves it towards the background.
    """
    hue = HUES[index % len(HUES)]
    if dark:
        return QColor.fromHslF(hue / 360, 0.28, 0.20 if faint else 0.27)
    return QColor.fromHslF(hue / 360, 0.45, 0.92 if faint else 0.84)


def relative_luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def ink_for(fill: QColor) -> QColor:
    """The text colour for ``fill``: the soft dark or soft light ink with the better contrast, or pure black
    or white when the soft one falls short of AA (any colour reaches 4.58:1 with one of those)."""
    soft = max((LIGHT_INK, DARK_INK), key=lambda ink: contrast_ratio(fill, ink))
    if contrast_ratio(fill, soft) >= AA:
        return QColor(soft)
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    return black if contrast_ratio(fill, black) >= contrast_ratio(fill, white) else white


def organisers_colour(event: Event, session: Session) -> QColor | None:
    """The colour the organisers published for the session's track, if any."""
    track = event.tracks.get(session.track_id) if session.track_id else None
    if track is None or not track.colour:
        return None
    colour = QColor(track.colour)
    return colour if colour.isValid() else None


def type_fill(event: Event, type_id: str, dark: bool, faint: bool = False) -> QColor:
    """The palette colour of a session type (by its English, or only, name)."""
    t = event.types.get(type_id)
    name = (t.name.get("en") or next(iter(t.name.values()), type_id)) if t and t.name else type_id
    return hue_fill(hue_index(name), dark, faint)


def session_fill(event: Event, session: Session, dark: bool, faint: bool = False) -> QColor:
    """A block's fill: the organisers' track colour where published, else its type's palette colour."""
    own = organisers_colour(event, session)
    if own is None:
        return type_fill(event, session.type_id, dark, faint)
    base = QColor(0x1E, 0x1E, 0x1E) if dark else QColor(255, 255, 255)
    share = (0.4 if faint else 0.55) if dark else (0.6 if faint else 1.0)  # calmer on a dark background
    return QColor.fromRgbF(
        share * own.redF() + (1 - share) * base.redF(),
        share * own.greenF() + (1 - share) * base.greenF(),
        share * own.blueF() + (1 - share) * base.blueF(),
    )
