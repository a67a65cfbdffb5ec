"""The event heading on every badge speaks the language chosen for the badges, with the app's own dates."""

from __future__ import annotations

from companion.domain.event import Event
from companion.exports.badges.render import EventHeading


def test_badge_heading_dates_in_each_language(bundled_event: Event) -> None:
    # the bundled event runs 13–15 May 2025 (facts) in Ashgabat
    assert EventHeading.of(bundled_event, "en").dates.startswith("13–15 May 2025 · ")
    assert EventHeading.of(bundled_event, "ru").dates.startswith("13–15 мая 2025 г. · ")
    assert EventHeading.of(bundled_event, "kk-Latn").dates.startswith("2025 jylǧy 13–15 mamyr · ")
