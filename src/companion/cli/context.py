"""What every subcommand needs: the services, the event (bundled or --event), the clock and the language.

Light to import: the readers, the exports and the state store are imported by the services a command uses,
so ``companion --version`` or ``--help`` loads none of them.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion import paths
from companion.domain.message import QT_TRANSLATE_NOOP, Message, render
from companion.i18n import SETTINGS_KEY, choose_language, environment_languages, normalise
from companion.sources.errors import EventFileError, UnreadableFileError, system_error
from companion.sources.translations import translator

if TYPE_CHECKING:
    from companion.domain.event import Event
    from companion.services.container import Services
    from companion.services.subscriptions import Refreshed


class CommandError(Exception):
    """A problem to report on stderr with exit status 2."""


_services: Services | None = None


def services(args: argparse.Namespace | None = None) -> Services:
    """The command's services (composed once per process) on the state file of ``--data-dir`` or the default.

    The state file is opened the first time a service needs it, not before; :func:`companion.cli.main` closes
    it when the command ends (:func:`close_services`).
    """
    global _services
    from companion.services.container import Services

    if _services is None:
        _services = Services(paths.state_db_path)
    return _services


def close_services() -> None:
    """Close the state connections of :func:`services` (end of a command)."""
    global _services
    _subscribed.clear()
    if _services is not None:
        _services.close()
        _services = None


def event_path(args: argparse.Namespace) -> Path:
    """``--event FILE``, the cached copy of ``--event URL`` (refreshed first), else the bundled event's file."""
    from companion.resources import bundled_event_path

    given = getattr(args, "event", None)
    if given and _is_address(given):
        return subscribed_event(args).opened.path
    return Path(given) if given else bundled_event_path()


def _is_address(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


_subscribed: dict[str, Refreshed] = {}


def subscribed_event(args: argparse.Namespace, fallback_zone: str | None = None) -> Refreshed:
    """``--event URL``: refreshed (subscribing on first use); offline, the last good copy with a note on stderr
    saying how old it is and why. Exits with status 2 when there is neither a download nor a copy."""
    from companion.services.subscriptions import FetchError

    url = str(args.event).strip()
    if url in _subscribed:
        return _subscribed[url]
    try:
        done = services(args).subscriptions.open(url, zone=fallback_zone)
    except FetchError as exc:
        print_problem(args, "companion", exc.message)
        raise SystemExit(2) from exc
    if done.stale is not None:
        print_problem(args, "companion", done.stale)
    _subscribed[url] = done
    return done


def event_from_args(args: argparse.Namespace, fallback_zone: str | None = None) -> Event:
    """Load ``--event FILE``, ``--event URL`` or the bundled event; exits with status 2 and a clear message on a
    bad file or an address with no copy."""
    given = getattr(args, "event", None)
    if given and _is_address(given):
        return subscribed_event(args, fallback_zone).opened.event
    try:
        if not given:  # the shipped file, as the window's start reads it (no schema validator imported)
            from companion.sources.loader import load_bundled_event

            return load_bundled_event()
        return services(args).events.load_event(event_path(args), fallback_zone)
    except EventFileError as exc:
        print_problem(args, "companion", cannot_open_event_file(exc))
        raise SystemExit(2) from exc


def file_problem(error: UnreadableFileError) -> Message:
    """``broken.json at line 3, column 7: not valid JSON: …`` (``str(error)``), in any language."""
    if str(error.location):
        return Message(
            QT_TRANSLATE_NOOP("FileProblem", "{file} at {place}: {problem}"),
            file=error.path.name,
            place=error.location,
            problem=error.problem,
        )
    return Message.joined([error.path.name, error.problem], ": ")


def cannot_open_event_file(error: UnreadableFileError) -> Message:
    """``cannot open event file PATH: broken.json at $.format: …``."""
    frame = QT_TRANSLATE_NOOP("EventFile", "cannot open event file {path}: {problem}")
    return Message(frame, path=str(error.path), problem=file_problem(error))


def cannot_write(path: Path | str, exc: OSError) -> Message:
    """``cannot write PATH: why`` for a file a command could not write; the common reasons in words it translates."""
    return Message(QT_TRANSLATE_NOOP("CommandLine", "cannot write {path}: {problem}"), path=str(path),
                   problem=system_error(exc, writing=True))


def print_problem(args: argparse.Namespace, program: str, problem: Message | str) -> None:
    """``companion: <problem>`` on stderr, in the language of ``--lang`` (or the remembered/system one)."""
    print(f"{program}: {render(problem, translator(language(args)))}", file=sys.stderr)


def parse_now(text: str, event: Event, language_code: str = "en") -> datetime:
    """``--now`` as an aware datetime: an offset in the text wins, else the event's zone."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        problem = Message(
            QT_TRANSLATE_NOOP("CommandLine", "--now {value} is not a date and time like 2025-05-13T11:00"),
            value=repr(text),
        )
        raise SystemExit(f"companion: {render(problem, translator(language_code))}") from exc
    return value if value.tzinfo else value.replace(tzinfo=event.zone)


def language(args: argparse.Namespace) -> str:
    """The language to print in, by the window's first-run rule: ``--lang``, the saved choice, the system, English."""
    return choose_language(getattr(args, "lang", None), remembered_language(), environment_languages())


def language_before_parsing(argv: Sequence[str]) -> str:
    """The language of ``--help`` and of argparse's messages, by :func:`language`'s rule, before parsing ``argv``.

    A supported ``--lang CODE`` / ``--lang=CODE`` wins (an unsupported one is left to the parser, which reports
    it); then the remembered choice, then the system. ``--data-dir`` must already be set (see :func:`option_value`).
    """
    return choose_language(normalise(option_value(argv, "--lang")), remembered_language(), environment_languages())


def option_value(argv: Sequence[str], option: str) -> str | None:
    """The last value given to ``option`` in ``argv`` (``--lang ru`` or ``--lang=ru``), not looking past ``--``."""
    value = None
    for i, item in enumerate(argv):
        if item == "--":
            break
        if item == option and i + 1 < len(argv):
            value = argv[i + 1]
        elif item.startswith(option + "="):
            value = item[len(option) + 1:]
    return value


def remembered_language() -> str | None:
    """The language last chosen in the window (View → Language), read without creating or locking the state file."""
    from companion.store.database import StateDatabaseError, open_state

    path = paths.state_db_path()
    if not path.is_file():
        return None
    try:
        conn = open_state(path, readonly=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (SETTINGS_KEY,)).fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, StateDatabaseError):
        return None
    return str(row[0]) if row else None
