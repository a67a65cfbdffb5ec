"""Stars without Qt: a round trip through the state file, events kept apart, import from a calendar file."""

from __future__ import annotations

from pathlib import Path

from companion import paths
from companion.domain.event import Event
from companion.exports.ical import ExportOptions, ExportScope, export_scope
from companion.services.container import Services


def test_star_unstar_and_list_survive_a_restart(bundled_event: Event) -> None:
    services = Services(paths.state_db_path)
    stars = services.stars
    stars.star(bundled_event.id, "opening-ceremony")
    assert stars.toggle(bundled_event.id, "climate-finance-panel") is True
    assert stars.add_many(bundled_event.id, ["opening-ceremony", "un-agencies-panel"]) == 1
    stars.unstar(bundled_event.id, "un-agencies-panel")
    stars.star("other-event", "opening-ceremony")
    services.close()

    again = Services(paths.state_db_path).stars  # another process, say
    assert again.starred_ids(bundled_event.id) == {"opening-ceremony", "climate-finance-panel"}
    assert again.starred_ids("other-event") == {"opening-ceremony"}
    assert again.is_starred(bundled_event.id, "climate-finance-panel")
    assert again.remove_many(bundled_event.id, ["climate-finance-panel", "never-starred"]) == 1
    assert again.starred_ids(bundled_event.id) == {"opening-ceremony"}


def test_a_star_whose_session_left_the_programme_is_kept_and_named(bundled_event: Event) -> None:
    stars = Services(paths.state_db_path).stars
    stars.add_many(bundled_event.id, ["opening-ceremony", "gone-session"])
    assert stars.orphans(bundled_event) == {"gone-session"}
    assert [g.id for g in stars.gone(bundled_event)] == ["gone-session"]


def test_stars_come_back_from_an_exported_calendar_file(bundled_event: Event, tmp_path: Path) -> None:
    starred = ["opening-ceremony", "climate-finance-panel", "final-session-closing"]  # the last one has no date
    calendar = tmp_path / "starred.ics"
    calendar.write_bytes(export_scope(bundled_event, ExportScope.of_starred(starred), ExportOptions()).data)
    stars = Services(paths.state_db_path).stars
    stars.star(bundled_event.id, "opening-ceremony")

    done = stars.import_file(calendar, bundled_event)
    assert set(done.session_ids) == set(starred)
    assert (done.added, done.already) == (2, 1)
    assert stars.starred_ids(bundled_event.id) == set(starred)
