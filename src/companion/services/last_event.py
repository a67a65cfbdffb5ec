"""Which event the window showed last (a file or a schedule address), and telling an address from a path.

Kept apart from :mod:`companion.services.subscriptions` so that the window's start, which asks only this, does
not import the subscriptions' downloads, caches and store before its first paint.
"""

from __future__ import annotations

import os
import urllib.parse
from pathlib import Path
from typing import Protocol

LAST_EVENT_KEY = "startup/last-event"
"""The setting naming the event the window showed last: ``url:<address>`` or ``file:<path>``."""


class SettingsStore(Protocol):
    """What is needed of the settings: a value by key, and setting one."""

    def get(self, key: str, default: str | None = None) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...


def is_address(text: str) -> bool:
    """True for an ``http://`` or ``https://`` address with a host."""
    try:
        parts = urllib.parse.urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def remember_last_event(settings: SettingsStore, *, path: Path | str | None = None, url: str | None = None) -> None:
    """Remember the event the user opened (a file or an address), for the next start-up."""
    if url:
        settings.set(LAST_EVENT_KEY, "url:" + url)
    elif path is not None:
        settings.set(LAST_EVENT_KEY, "file:" + os.path.abspath(path))


def last_event(settings: SettingsStore) -> tuple[str, str] | None:
    """``("url", address)`` or ``("file", path)`` for the event opened last (None when none was)."""
    value = settings.get(LAST_EVENT_KEY) or ""
    kind, _, rest = value.partition(":")
    return (kind, rest) if kind in ("url", "file") and rest else None
