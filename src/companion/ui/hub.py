"""The window's signal hub: what crosses pages goes through here, so pages connect to the hub, not to each other.

One :class:`Hub` belongs to each main window (``window.hub``). A page or feature that wants to know that the
shown event changed, that the user starred a session or asked to see a person, connects to the hub's signal;
one that wants to say so emits it. Nobody needs to know which page (if any) answers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from companion.domain.event import Event


class Hub(QObject):
    """Typed application-level signals of one window."""

    current_event_changed = Signal(Event)
    """The window shows another event (or a new version of the same one)."""
    search_changed = Signal(str)
    """The shared search box's text changed."""
    current_session_changed = Signal(str)
    """The session selected in the Agenda changed: its id, or "" when none is selected."""
    stars_changed = Signal(frozenset)
    """The set of starred session ids (a ``frozenset[str]``) changed."""
    session_requested = Signal(str)
    """Someone asked to show a session (its id): the window shows it on the Agenda page."""
    person_requested = Signal(str)
    """Someone asked to show a person (their id), e.g. a link in the session detail."""
    delegation_requested = Signal(str)
    """Someone asked to show a delegation (its id), e.g. an organiser link in the session detail."""
    language_changed = Signal(str)
    """The window's language is about to change to this code (the window is rebuilt in it)."""
    status_message = Signal(str)
    """A short message for the status bar."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Hub")
