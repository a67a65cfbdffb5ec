"""English counts for Qt-free messages (command line): "1 session", "2 sessions", never "1 sessions"."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` followed by the noun in the form English needs for it (``plural`` defaults to singular + "s")."""
    return f"{count} {singular if count == 1 else (plural if plural is not None else singular + 's')}"
