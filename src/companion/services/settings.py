"""Remembered settings (window layout, last day, language, reminders, calendar export choices), typed.

A thin, thread-safe layer over :class:`companion.store.settings.Settings`: each call uses the calling
thread's connection to the state file. Values are text in the store; :meth:`SettingsService.get_int` and
:meth:`SettingsService.get_bool` read them typed, and a value that does not parse reads as the default.
"""

from __future__ import annotations

from companion.services.state import StateConnections
from companion.store.settings import Settings


class SettingsService:
    """Get, set and delete settings by key; the window's pages and the command line share it."""

    def __init__(self, state: StateConnections) -> None:
        self._state = state

    def _store(self) -> Settings:
        return Settings(self._state.get())

    def get(self, key: str, default: str | None = None) -> str | None:
        return self._store().get(key, default)

    def set(self, key: str, value: str) -> None:
        self._store().set(key, value)

    def delete(self, key: str) -> None:
        self._store().delete(key)

    def get_int(self, key: str, default: int | None = None) -> int | None:
        """The setting as a whole number; ``default`` when absent, empty or not a number."""
        value = self.get(key)
        if value is None or not value.strip():
            return default
        try:
            return int(value)
        except ValueError:
            return default

    def set_int(self, key: str, value: int | None) -> None:
        """Store ``value``; None removes the setting."""
        if value is None:
            self.delete(key)
        else:
            self.set(key, str(int(value)))

    def get_bool(self, key: str, default: bool = False) -> bool:
        value = self.get(key)
        if value is None or value == "":
            return default
        return value == "1"

    def set_bool(self, key: str, value: bool) -> None:
        self.set(key, "1" if value else "0")
