"""Settings without Qt: text, numbers and flags by key, shared between connections."""

from __future__ import annotations

from companion import paths
from companion.services.container import Services


def test_settings_round_trip_typed() -> None:
    settings = Services(paths.state_db_path).settings
    assert settings.get("window/geometry") is None and settings.get("x", "default") == "default"
    settings.set("agenda/view", "timeline")
    settings.set_int("reminders/minutes", 15)
    settings.set_bool("badges/duplex", True)
    settings.set("broken/number", "fifteen")

    again = Services(paths.state_db_path).settings
    assert again.get("agenda/view") == "timeline"
    assert again.get_int("reminders/minutes") == 15 and again.get_int("broken/number", 5) == 5
    assert again.get_bool("badges/duplex") is True and again.get_bool("unset") is False
    again.set_int("reminders/minutes", None)
    assert settings.get("reminders/minutes") is None
