"""Writes one kind of file over and over until it is killed (``python crash_worker.py KIND FOLDER``).

Prints ``ready`` once the first write is complete, so the test's kill -9 lands on a file that already exists.
Consecutive writes alternate between two different complete contents (A and B), so "old or new" is checkable.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path


def _attendees(tag: int, n: int) -> list:  # type: ignore[type-arg]
    from companion.domain.attendee import Attendee, Category

    return [Attendee(f"R-{i:04d}", f"Given{tag}", f"Family{i}", "Org", "Delegation", Category.DELEGATE, "")
            for i in range(n)]


def main(kind: str, folder: Path) -> None:
    from companion import paths
    from companion.resources import bundled_event_path
    from companion.sources import load_event

    paths.set_data_dir(folder / "data")
    event = load_event(bundled_event_path())
    ids = sorted(event.sessions_by_id)
    if kind == "state":
        from companion.store.attendees import AttendeeStore
        from companion.store.database import open_state
        from companion.store.stars import StarStore

        conn = open_state(paths.state_db_path())
        people, stars = AttendeeStore(conn, event.id), StarStore(conn, event.id)

        def write(i: int) -> None:
            people.merge(_attendees(i, 400))
            stars.replace_all(ids[: 5 + i % 2 * 7])
    elif kind == "pdf":
        from companion.exports.badges.layouts import LAYOUTS
        from companion.exports.badges.render import BadgeOptions, EventHeading, render_badges
        from companion.store.badge_keys import event_signing_key

        key = event_signing_key(event.id)
        heading = EventHeading.of(event)
        options = BadgeOptions(LAYOUTS["a6-a4"])

        def write(i: int) -> None:
            render_badges(folder / "out.pdf", heading, _attendees(i, 4 + i % 2 * 4), key, options)
    elif kind == "ics":
        from companion.exports.ical import ExportScope, export_scope, write_ics

        everything = export_scope(event, ExportScope.everything()).data
        one = export_scope(event, ExportScope.of_sessions(ids[:1])).data

        def write(i: int) -> None:
            write_ics(folder / "out.ics", everything if i % 2 else one)
    elif kind == "json":
        from companion.exports.schedule_json import write_schedule_json

        languages = ("en", "ru")

        def write(i: int) -> None:
            write_schedule_json(event, folder / "schedule.json", languages[i % 2])
    elif kind == "keys":
        from companion.store.badge_keys import event_signing_key

        def write(i: int) -> None:
            event_signing_key(f"event-{i}")
    else:
        raise SystemExit(f"unknown kind {kind}")
    for i in count():
        write(i)
        if i == 0:
            print("ready", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
