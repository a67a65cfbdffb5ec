"""The application's services, composed once at start-up (window or command) and created on first use."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from companion.services.state import StateConnections

if TYPE_CHECKING:
    from companion.services.badges import BadgeService
    from companion.services.calendar import CalendarService
    from companion.services.checkin import CheckinService
    from companion.services.events import EventsService
    from companion.services.settings import SettingsService
    from companion.services.stars import StarsService
    from companion.services.subscriptions import SubscriptionsService

class Services:
    """Every workflow of the app for one data folder; each service is built the first time it is used.

    Services are Qt-free: the window calls them through its job runner, the command line calls them directly.
    Add a workflow as a ``cached_property`` that imports its module inside, so a command that does not use
    it never imports it.
    """

    def __init__(self, state_path: Path | str | Callable[[], Path], main: sqlite3.Connection | None = None) -> None:
        self.state = StateConnections(state_path, main)
        self.store_url: str | None = None
        """The check-in store address given on the command line (``--store``); None: the remembered setting."""

    @classmethod
    def for_connection(cls, conn: sqlite3.Connection) -> Services:
        """Services on the state file ``conn`` is open on (``conn`` used on this thread, others open their own)."""
        services = cls.__new__(cls)
        services.state = StateConnections.of(conn)
        services.store_url = None
        return services

    @property
    def state_path(self) -> Path | None:
        """The state file (None for an in-memory state, when the file could not be opened)."""
        return self.state.path

    @cached_property
    def events(self) -> EventsService:
        """Open an event: load, remember in the recent list, compare with the version seen last time."""
        from companion.services.events import EventsService

        return EventsService(self.state)

    @cached_property
    def stars(self) -> StarsService:
        """Star, unstar, list and import the stars of an event."""
        from companion.services.stars import StarsService

        return StarsService(self.state)

    @cached_property
    def calendar(self) -> CalendarService:
        """Calendar (.ics) export: choose sessions, build the file, write it."""
        from companion.services.calendar import CalendarService

        return CalendarService(self.state, self.stars)

    @cached_property
    def settings(self) -> SettingsService:
        """Typed access to the remembered settings."""
        from companion.services.settings import SettingsService

        return SettingsService(self.state)

    @cached_property
    def badges(self) -> BadgeService:
        from companion.services.badges import BadgeService

        return BadgeService(self.state)

    @cached_property
    def subscriptions(self) -> SubscriptionsService:
        """Subscribed addresses: fetch, refresh, open the cached copy offline, list and remove."""
        from companion.services.subscriptions import SubscriptionsService

        return SubscriptionsService(self.state, self.events)

    @cached_property
    def checkin(self) -> CheckinService:
        """The check-in desk: scan, admit by hand, undo, counts, conflicts, desk logs and packages. Its store is
        :attr:`store_url` (``--store``), else the remembered setting, else this machine's state file."""
        from companion.services.checkin import CheckinService

        return CheckinService(self.state, self.store_url)

    def close(self) -> None:
        if "checkin" in self.__dict__:
            self.checkin.close()
        self.state.close_all()
