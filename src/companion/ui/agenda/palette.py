"""A calm, stable palette for session blocks: one muted hue per session type (or track), the same in every
event, with a text colour chosen per block for WCAG AA contrast (at least 4.5:1), in light and dark mode.

A type's colour is a hash of its normalised name into ``HUES`` (common kinds placed by hand, ``KNOWN``), so
"Talk" is the same colour at every event.
A track colour the organisers published wins (it is their programme's language), its text still chosen for
contrast. Dark mode is read from the widget's palette (which follows the system colour scheme).
"""

from __future__ import annotations

import hashlib
import unicodedata

from PySide6.QtGui import QColor, QPalette

from companion.domain.event import Event, Session

HUES: tuple[tuple[int, int], ...] = (
    (210, 0), (145, 0), (35, 0), (280, 0), (350, 0), (185, 0),
    (210, 1), (145, 1), (35, 1), (280, 1), (350, 1), (185, 1),
)
"""Twelve muted colours: six hues far apart (blue, green, amber, violet, rose, teal), each in a pale and a
deeper tone, so two types rarely look alike."""

LIGHT_INK = QColor(0x1B, 0x1B, 0x1F)
DARK_INK = QColor(0xF4, 0xF4, 0xF6)
AA = 4.5


def _normalised(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


KNOWN: dict[str, int] = {
    "talk": 0, "lecture": 6, "lightning talk": 6, "plenary": 1, "plenary session": 1, "keynote": 7,
    "workshop": 2, "exhibition": 8, "panel": 3, "panel discussion": 3, "side event": 9, "ceremony": 4,
    "parallel session": 10, "meeting": 5, "thematic session": 11, "discussion": 9, "meetup": 11,
    "performance": 4, "break": 5,
}
"""Common session kinds, placed by hand so that the kinds one event usually has never share a colour."""


def hue_index(name: str) -> int:
    """Where ``name`` (a type or track name, normalised) falls in ``HUES``: the same in every event."""
    normal = _normalised(name)
    if normal in KNOWN:
        return KNOWN[normal]
    digest = hashlib.sha256(normal.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % len(HUES)


def is_dark(palette: QPalette) -> bool:
    """True when ``palette`` is a dark one (light text on a dark base)."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def hue_fill(index: int, dark: bool, faint: bool = False) -> QColor:
    """The block fill for hue ``index``: a pale tint in light mode, a deep shade in dark mode.

    ``faint`` (indicative or unpublished times) moves it towards the background.
    """
    hue, tone = HUES[index % len(HUES)]
    if dark:
        lightness = (0.27, 0.36)[tone] - (0.07 if faint else 0.0)
        return QColor.fromHslF(hue / 360, 0.32, lightness)
    lightness = (0.87, 0.74)[tone] + (0.07 if faint else 0.0)
    return QColor.fromHslF(hue / 360, 0.50 if tone else 0.55, lightness)


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
