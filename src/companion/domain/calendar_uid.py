"""How Companion names a session in a calendar file: the UID it writes and reads back.

Both the calendar export (``exports.ical``) and the stars import (``sources.ical_stars``) use it, so it lives
below both of them.
"""

from __future__ import annotations

import re

from companion.domain.event import Event, Session

UID_DOMAIN = "companion"
STARRED_UNDATED_PROPERTY = "X-COMPANION-STARRED"
"""Calendar-level property of the starred export: the UID of one starred session left out for want of a date."""


def session_uid(event: Event, session: Session | str) -> str:
    """The stable UID of a session: ``<session-id>@<event-id>.companion``."""
    sid = session if isinstance(session, str) else session.id
    return f"{sid}@{event.id}.{UID_DOMAIN}"


_UID_RE = re.compile(rf"^(?P<session>.+)@(?P<event>[^@]+)\.{UID_DOMAIN}$")


def parse_session_uid(uid: str) -> tuple[str, str] | None:
    """``(event_id, session_id)`` from a UID Companion wrote, else None."""
    m = _UID_RE.match(uid.strip())
    return (m["event"], m["session"]) if m else None
