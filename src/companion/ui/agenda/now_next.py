"""The "Now / Next" strip: what runs at the clock's time and what starts next, refreshed every 30 seconds."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from companion.clock import Clock
from companion.domain.agenda import NowNext, now_and_next
from companion.domain.event import Event, Session
from companion.domain.message import fill
from companion.domain.text import pick
from companion.ui.session.formatting import clock_text, long_day, short_day, time_range, zone_label

REFRESH_MS = 30_000
SESSION_SCHEME = "session"
DAY_SCHEME = "day"
MAX_LISTED = 3
"""Sessions named per line; a big schedule runs dozens at once."""


class NowNextPanel(QWidget):
    """Two lines of links; following one emits ``session_requested`` with the session id."""

    session_requested = Signal(str)
    day_requested = Signal(object)
    """The "without published times" link was followed; carries the day (a ``date``)."""

    def __init__(self, event: Event, clock: Clock, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._clock = clock
        self._language = language
        self.state = NowNext((), ())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        # Tab stops here only when there is a link to follow (then Qt draws the focused link).
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label.setAccessibleName(self.tr("Now and next"))
        self.label.linkActivated.connect(self._follow)
        layout.addWidget(self.label, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def set_event(self, event: Event) -> None:
        self._event = event
        self.refresh()

    def refresh(self) -> None:
        instant = self._clock.now().astimezone(self._event.zone)
        self.state = now_and_next(self._event.sessions, instant)
        today = instant.date()
        when = fill(self.tr("%1 %2 (%3)"), short_day(today), clock_text(instant), zone_label(self._event, today))
        untimed = [s for s in self._event.sessions if s.day == today and (s.start is None or s.end is None)]
        now_text = self._links(self.state.now)
        if not now_text and untimed:
            count = self.tr("%n session(s) today without published times", "", len(untimed))
            now_text = f'<a href="{DAY_SCHEME}:{today.isoformat()}">{html.escape(count)}</a>'
        elif not now_text:
            now_text = html.escape(self.tr("nothing in the published programme"))
        if self.state.next:
            first = self.state.next[0]
            day = long_day(first.day) if first.day != instant.date() else ""
            next_text = (html.escape(day) + " " if day else "") + self._links(self.state.next)
        else:
            next_text = html.escape(self.tr("nothing more in the published programme"))
        self.label.setText(
            f"<b>{html.escape(self.tr('Now'))}</b> · {html.escape(when)}: {now_text}<br/>"
            f"<b>{html.escape(self.tr('Next'))}</b>: {next_text}"
        )
        self.label.setAccessibleDescription(self.label.text())
        has_links = "<a " in self.label.text()
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_links else Qt.FocusPolicy.NoFocus)

    def _links(self, sessions: tuple[Session, ...]) -> str:
        parts = []
        for s in sessions[:MAX_LISTED]:
            title = html.escape(pick(s.title, self._language))
            parts.append(f'{html.escape(time_range(s))} <a href="{SESSION_SCHEME}:{html.escape(s.id)}">{title}</a>')
        text = "; ".join(parts)
        if len(sessions) > MAX_LISTED:
            more = fill(self.tr("and %1 more"), len(sessions) - MAX_LISTED)
            text += " " + html.escape(more)
        return text

    def _follow(self, link: str) -> None:
        scheme, _, session_id = link.partition(":")
        if scheme == SESSION_SCHEME and session_id:
            self.session_requested.emit(session_id)
        elif scheme == DAY_SCHEME and session_id:
            try:
                self.day_requested.emit(date.fromisoformat(session_id))
            except ValueError:
                return
