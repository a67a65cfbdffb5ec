"""``companion FILE``: a schedule given as the only positional argument opens like ``--event FILE``.

The desktop starts ``companion %f`` when the user opens a schedule file. A positional argument counts as a file
only when it is not a command's name and names an existing path, so every subcommand keeps working (a file that
happens to be called ``agenda`` is opened with ``companion ./agenda``).
"""

from __future__ import annotations

import os
from collections.abc import Container, Sequence


def file_as_event(argv: Sequence[str], name: str | None, commands: Container[str]) -> list[str]:
    """``argv`` with its first positional argument ``name`` turned into ``--event name`` when it is an existing
    path and not one of ``commands``; otherwise ``argv`` unchanged."""
    arguments = list(argv)
    if name is None or name in commands or not os.path.exists(name):
        return arguments
    for i, item in enumerate(arguments):
        if item == name and (i == 0 or arguments[i - 1] not in {"--event", "--now", "--data-dir", "--lang"}):
            before = arguments[:i]
            if before and before[-1] == "--":
                before = before[:-1]
            return [*before, "--event", name, *arguments[i + 1:]]
    return arguments
