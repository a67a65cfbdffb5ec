"""The badge run, written once for the window and the command line (no Qt here).

import a list (read, map its columns, merge into the event's attendees by ID) → pick (all, only the badges not
printed yet, or a selection) → sort → sign (the event's key) → render the PDF (progress and cancel through a
:class:`~companion.services.jobs.JobContext`) → log what was printed. Also: the options kept per event, the
calibration sheet, the public key for check-in desks, the known badge stock.

Every store access goes through :meth:`StateConnections.get`, so a method may run on any thread (the window runs
the slow ones through its job runner). Expected failures are :class:`~companion.services.jobs.JobFailedError`
subclasses with a message for the user; the command line catches the subclasses to word them its own way.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.attendee import Attendee, SortKey, sorted_attendees
from companion.domain.countries import delegation_label
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.exports.badges.calibration import render_calibration
from companion.exports.badges.layouts import DEFAULT_LAYOUT, LAYOUTS, Layout
from companion.exports.badges.render import BadgeOptions, BadgeReport, EventHeading, render_badges
from companion.exports.badges.tokens import make_token_v2
from companion.services.jobs import JobCancelledError, JobContext, JobFailedError
from companion.sources.attendees_csv import (
    AttendeeImport,
    ColumnMapping,
    CsvTable,
    Field,
    attendees_with_mapping,
    guess_mapping,
    header_key,
    mapping_problems,
    needs_user_mapping,
)
from companion.sources.attendees_sheet import read_table, sheet_names
from companion.sources.errors import system_error
from companion.store.attendees import AttendeeStore, MergeResult
from companion.store.badge_keys import BadgeKeyError, event_signing_key
from companion.store.badge_keys import export_public_key as write_public_key
from companion.store.checkin_log import SqliteCheckinStore
from companion.store.print_log import LogEntry as LogEntry  # the page shows the log's lines
from companion.store.print_log import LogKind as LogKind
from companion.store.print_log import PrintLog
from companion.store.settings import Settings

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from companion.services.state import StateConnections

__all__ = [
    "DEFAULT_LAYOUT", "BadgeRun", "BadgeService", "BadgeSettings", "BadgeSigningError", "BadgeWriteError",
    "ListImport", "LogEntry", "LogKind", "Which", "pick", "spreadsheet_safe",
]


class Which(StrEnum):
    """Which attendees a run prints."""

    ALL = "all"
    NOT_PRINTED = "not-printed"
    """Only those whose badge was never printed (sent to a printer or marked as printed; a saved PDF is not)."""
    SELECTED = "selected"
    """Only the attendees the user selected (the window's list); never remembered."""


class BadgeSigningError(JobFailedError):
    """The event's signing key exists but cannot be used; ``reason`` says why."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason)
        self.reason = reason


class BadgeWriteError(JobFailedError):
    """A badge PDF (or calibration sheet, or key) could not be written to ``path``; ``error`` is the OS's reason."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(Message(QT_TRANSLATE_NOOP("Badges", "cannot write {file}: {problem}"),
                                 file=str(error.filename or path), problem=system_error(error, writing=True)))
        self.path = path
        self.error = error


@dataclass(frozen=True, slots=True)
class BadgeSettings:
    """The options of a run the window keeps per event (the command line takes them as arguments)."""

    layout: str = DEFAULT_LAYOUT
    sort: SortKey = SortKey.DELEGATION
    which: Which = Which.ALL
    offset_x: float = 0.0
    """Printer offset in mm, positive to the right (see :class:`BadgeOptions`)."""
    offset_y: float = 0.0
    """Printer offset in mm, positive down."""
    duplex: bool = False
    second_language: str = ""
    """The language the event's name is printed in too ("" for none)."""


@dataclass(frozen=True, slots=True)
class BadgeRun:
    """Everything a PDF is made from, fixed when the run starts; equal runs make the same PDF."""

    heading: EventHeading
    attendees: tuple[Attendee, ...]
    """In print order."""
    layout: str
    offset_x: float = 0.0
    offset_y: float = 0.0
    duplex: bool = False
    language: str = "en"
    second_language: str = ""
    serials: tuple[tuple[str, int], ...] = ()
    """Code serials fixed for this run (a reprint's new serial); others are the stored current ones."""

    @property
    def event_id(self) -> str:
        return self.heading.event_id

    def options(self, serials: Mapping[str, int] | None = None) -> BadgeOptions:
        from companion.sources.translations import translator

        chosen = {**(serials or {}), **dict(self.serials)}
        return BadgeOptions(LAYOUTS[self.layout], self.offset_x, self.offset_y, self.duplex, self.language,
                            translate=translator(self.language), serials=chosen)


@dataclass(frozen=True, slots=True)
class ListImport:
    """How reading an attendee list ended: imported (and merged), or waiting for the user to map columns."""

    table: CsvTable | None
    """The list as read (always there when :attr:`needs_mapping`)."""
    mapping: ColumnMapping
    """The mapping used, or (when :attr:`needs_mapping`) the one recognised, to show the user."""
    imported: AttendeeImport | None = None
    merged: MergeResult | None = None

    @property
    def needs_mapping(self) -> bool:
        """Some column is unclear: ask the user, then import again with the table and their mapping."""
        return self.imported is None


def pick(attendees: Sequence[Attendee], which: Which, printed: Collection[str] = (),
         selected: Sequence[Attendee] = ()) -> list[Attendee]:
    """The attendees a run prints: all, those whose id is not in ``printed``, or ``selected``."""
    if which is Which.SELECTED:
        return list(selected)
    if which is Which.NOT_PRINTED:
        return [a for a in attendees if a.id not in printed]
    return list(attendees)


class BadgeService:
    """The badge workflow for one user-state database; every method may run on any thread."""

    def __init__(self, state: StateConnections) -> None:
        self._state = state

    # ---- the stock -------------------------------------------------------------------------------------

    @staticmethod
    def layouts() -> Mapping[str, Layout]:
        """Every badge stock this version knows, by name, in the order to offer them."""
        return LAYOUTS

    # ---- the attendee list ---------------------------------------------------------------------------------

    def open(self) -> None:
        """Open the state database now (raises ``StateDatabaseError``) rather than at the first use."""
        self._state.get()

    def _store(self, event_id: str) -> AttendeeStore:
        return AttendeeStore(self._state.get(), event_id)

    def _log(self, event_id: str) -> PrintLog:
        return PrintLog(self._state.get(), event_id)

    def attendees(self, event_id: str) -> list[Attendee]:
        return self._store(event_id).all()

    def last_printed(self, event_id: str) -> dict[str, str]:
        """When each attendee's badge was last printed (ISO time), by attendee id."""
        return self._log(event_id).last_printed()

    def save_attendee(self, event_id: str, attendee: Attendee) -> None:
        self._store(event_id).save(attendee)

    def replace_attendee(self, event_id: str, old_id: str, attendee: Attendee) -> None:
        """Store ``attendee`` in place of ``old_id`` (the id may change; the print log follows it)."""
        self._store(event_id).rename(old_id, attendee)

    def remove_attendees(self, event_id: str, attendee_ids: Sequence[str]) -> None:
        store = self._store(event_id)
        for attendee_id in attendee_ids:
            store.remove(attendee_id)

    @staticmethod
    def read_table(path: Path, sheet: str | int | None = None) -> CsvTable:
        """The list's header and rows: a CSV file decoded and split, or a workbook sheet (the first by default)
        with its cells as they show (raises ``AttendeeFileError``)."""
        return read_table(path, sheet)

    @staticmethod
    def sheet_names(path: Path) -> list[str]:
        """The sheets of a workbook, in order (raises ``AttendeeFileError``)."""
        return sheet_names(path)

    def import_list(self, event_id: str, path: Path, mapping: ColumnMapping | None = None, *,
                    table: CsvTable | None = None, ask_when_unclear: bool = False,
                    context: JobContext | None = None, sheet: str | int | None = None) -> ListImport:
        """Read the list at ``path`` (CSV, or ``sheet`` of a workbook) and merge its attendees into ``event_id``'s.

        With ``mapping`` (or recognised headers, or the mapping the user chose last time for the same header row)
        the list is imported; raises ``AttendeeFileError`` when it cannot be read or its columns do not name
        anyone. With ``ask_when_unclear``, a header with an unclear column returns a :class:`ListImport` that
        :attr:`~ListImport.needs_mapping` instead (nothing merged). ``table`` is the list already read (the second
        pass, after the user mapped the columns). A mapping given is remembered for lists with the same header.

        People are matched by ID; a row without an ID is matched by e-mail to the person stored, so a corrected
        name keeps its person (see :meth:`AttendeeStore.merge`).
        """
        table_read = table or read_table(path, sheet)
        chosen_by_user = mapping is not None
        if mapping is None:
            remembered = self.remembered_mapping(table_read.headers)
            guessed = remembered if remembered is not None else guess_mapping(table_read.headers)
            if (ask_when_unclear and remembered is None
                    and needs_user_mapping(table_read.headers, guessed)):
                return ListImport(table_read, guessed)
            mapping = guessed
        imported = attendees_with_mapping(table_read, mapping)
        if context is not None:
            context.check_cancelled()
        merged = self._store(event_id).merge(imported.attendees, imported.derived_ids)
        if chosen_by_user:
            self.remember_mapping(table_read.headers, mapping)
        return ListImport(table_read, imported.mapping, imported, merged)

    @staticmethod
    def _mapping_key(headers: Sequence[str]) -> str:
        digest = hashlib.sha256("\x1f".join(header_key(h) for h in headers).encode("utf-8")).hexdigest()
        return f"attendee-mapping/{digest[:32]}"

    def remembered_mapping(self, headers: Sequence[str]) -> dict[int, Field] | None:
        """The mapping the user chose for a list with this header row (any case or spacing), or None."""
        saved = Settings(self._state.get()).get(self._mapping_key(headers))
        if not saved:
            return None
        try:
            raw = json.loads(saved)
            mapping = {int(i): Field(f) for i, f in raw.items() if 0 <= int(i) < len(headers)}
        except (ValueError, TypeError, AttributeError):
            return None
        return mapping if mapping and not mapping_problems(mapping) else None

    def remember_mapping(self, headers: Sequence[str], mapping: ColumnMapping) -> None:
        """Keep ``mapping`` for the next list with the same header row."""
        Settings(self._state.get()).set(self._mapping_key(headers),
                                        json.dumps({str(i): f.value for i, f in sorted(mapping.items())}))

    # ---- the run -------------------------------------------------------------------------------------------

    @staticmethod
    def plan(event: Event, attendees: Sequence[Attendee], settings: BadgeSettings, language: str = "en",
             printed: Collection[str] = (), selected: Sequence[Attendee] = ()) -> BadgeRun:
        """The run ``settings`` ask for: the attendees picked and sorted, the event heading in ``language``."""
        chosen = sorted_attendees(pick(attendees, settings.which, printed, selected), settings.sort, language)
        # a country prints under its name in the badges' language, whatever spelling the list used
        labelled = tuple(replace(a, delegation=delegation_label(a.delegation, language)) for a in chosen)
        heading = EventHeading.of(event, language, settings.second_language or None)
        return BadgeRun(heading, labelled, settings.layout, settings.offset_x, settings.offset_y,
                        settings.duplex, language, settings.second_language)

    def single(self, event: Event, attendee: Attendee, layout: str, settings: BadgeSettings,
               language: str = "en", *, reissue: bool = True) -> BadgeRun:
        """One person's badge on ``layout`` (a card or one label), with the run's offsets and second language
        but nothing else of it: for a lost or misspelt badge at the desk.

        With ``reissue`` (the default: the badge was lost) the person gets a new code serial and every earlier
        code of theirs is revoked, so the lost badge is refused at every desk that knows of the reprint.
        """
        one = replace(settings, layout=layout, which=Which.SELECTED, duplex=False)
        run = BadgeService.plan(event, [attendee], one, language, selected=[attendee])
        if not reissue:
            return run
        return replace(run, serials=((attendee.id, self.reissue(event.id, attendee.id)),))

    def reissue(self, event_id: str, attendee_id: str, reason: str = "") -> int:
        """A new code serial for the attendee (a lost badge), every earlier code of theirs revoked; returns it."""
        return self._serials().reissue(event_id, attendee_id, reason)

    def _serials(self) -> SqliteCheckinStore:
        return SqliteCheckinStore(self._state.get)

    def serial(self, event_id: str, attendee_id: str) -> int:
        """The serial of the attendee's current badge code (1 until a reprint)."""
        return self._serials().current_serial(event_id, attendee_id)

    @staticmethod
    def signing_key(event_id: str) -> Ed25519PrivateKey:
        """The event's private key, made on first use (raises :class:`BadgeSigningError`)."""
        try:
            return event_signing_key(event_id)
        except BadgeKeyError as exc:
            raise BadgeSigningError(exc.reason) from exc

    def token(self, event_id: str, attendee_id: str) -> str:
        """What the attendee's QR code holds: the key id, the event, the attendee id, the current serial and the
        event key's signature (a version-2 code)."""
        return make_token_v2(self.signing_key(event_id), event_id, attendee_id, self.serial(event_id, attendee_id))

    def render(self, run: BadgeRun, output: Path, context: JobContext | None = None) -> BadgeReport:
        """Sign and draw ``run``'s badges into ``output``.

        Raises :class:`BadgeSigningError`, :class:`BadgeWriteError`, or ``JobCancelledError`` when ``context``
        is cancelled (then nothing is written); attendees that cannot be printed are in the report.
        """
        from companion.exports.badges import fonts

        context = context or JobContext()
        key = self.signing_key(run.event_id)
        fonts.register_fonts()
        try:
            options = run.options(self._serials().serials(run.event_id))
            report = render_badges(output, run.heading, run.attendees, key, options,
                                   progress=context.progress, cancelled=context.cancelled)
        except OSError as exc:
            raise BadgeWriteError(output, exc) from exc
        if report.cancelled:
            raise JobCancelledError
        return report

    @staticmethod
    def save_copy(source: Path, target: Path) -> None:
        """Copy a rendered PDF to ``target`` so that ``target`` holds the old file or the new one, never a part.

        The copy is written beside the file and renamed over it; a symlink's target is replaced, not the link;
        something that is not a regular file (a device, a pipe) is written through. Raises
        :class:`BadgeWriteError`.
        """
        try:
            _replace_with_copy(source, target)
        except OSError as exc:
            raise BadgeWriteError(target, exc) from exc

    def record_printed(self, event_id: str, attendee_ids: Sequence[str], layout: str, output: str) -> int:
        """Log ``attendee_ids``' badges as printed on ``layout`` to ``output`` (a printer's name or its file)."""
        return self._log(event_id).record(attendee_ids, layout, output, kind=LogKind.PRINTED)

    def record_saved(self, event_id: str, attendee_ids: Sequence[str], layout: str, output: str) -> int:
        """Log ``attendee_ids``' badges as saved to the PDF ``output``: not printed, "only new" still picks them."""
        return self._log(event_id).record(attendee_ids, layout, output, kind=LogKind.SAVED)

    def mark_printed(self, event_id: str, attendee_ids: Sequence[str], layout: str = "") -> int:
        """Staff say these badges are printed (a saved PDF printed elsewhere); returns how many were marked."""
        return self._log(event_id).record(attendee_ids, layout, "", kind=LogKind.MARKED)

    def print_log(self, event_id: str, limit: int = 1000) -> list[LogEntry]:
        """The latest ``limit`` entries of the event's print log (printed, saved, marked), newest first."""
        return self._log(event_id).entries(limit)

    @staticmethod
    def save_problems(target: Path, header: Sequence[str], rows: Sequence[Sequence[str | int]]) -> None:
        """Write the rows a list import rejected to a CSV file (UTF-8 with BOM, so Excel reads Cyrillic), every
        cell safe against formula injection (:func:`spreadsheet_safe`). Raises :class:`BadgeWriteError`."""
        try:
            with target.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow([spreadsheet_safe(str(h)) for h in header])
                for row in rows:
                    writer.writerow([spreadsheet_safe(str(c)) for c in row])
        except OSError as exc:
            raise BadgeWriteError(target, exc) from exc

    # ---- options kept per event ----------------------------------------------------------------------

    def load_settings(self, event_id: str) -> BadgeSettings:
        """``event_id``'s saved options; the defaults where none were saved or a saved value is unusable."""
        settings = Settings(self._state.get())

        def get(name: str) -> str | None:
            return settings.get(f"badges/{event_id}/{name}")

        def number(name: str) -> float:
            try:
                return max(-10.0, min(10.0, float(get(name) or "0")))
            except ValueError:
                return 0.0

        layout = get("layout") or ""
        sort = get("sort") or ""
        which = get("which") or ""
        second = get("second_language") or ""
        return BadgeSettings(
            layout=layout if layout in LAYOUTS else DEFAULT_LAYOUT,
            sort=SortKey(sort) if sort in {k.value for k in SortKey} else SortKey.DELEGATION,
            which=Which(which) if which in {Which.ALL.value, Which.NOT_PRINTED.value} else Which.ALL,
            offset_x=number("offset_x"), offset_y=number("offset_y"), duplex=get("duplex") == "1",
            second_language=second)

    def save_settings(self, event_id: str, chosen: BadgeSettings) -> None:
        """Keep ``chosen`` for ``event_id``; a selection does not outlive the session (saved as all)."""
        settings = Settings(self._state.get())
        values = {
            "layout": chosen.layout,
            "sort": chosen.sort.value,
            "which": (chosen.which if chosen.which is not Which.SELECTED else Which.ALL).value,
            "offset_x": f"{chosen.offset_x:.1f}",
            "offset_y": f"{chosen.offset_y:.1f}",
            "duplex": "1" if chosen.duplex else "0",
            "second_language": chosen.second_language,
        }
        for name, value in values.items():
            settings.set(f"badges/{event_id}/{name}", value)

    # ---- the sheet and the key -------------------------------------------------------------------------

    @staticmethod
    def calibration_sheet(output: Path, layout: str, offset_x: float = 0.0, offset_y: float = 0.0) -> None:
        """Write ``layout``'s calibration sheet (raises :class:`BadgeWriteError`)."""
        try:
            render_calibration(output, LAYOUTS[layout], offset_x, offset_y)
        except OSError as exc:
            raise BadgeWriteError(output, exc) from exc

    def export_public_key(self, event_id: str, destination: Path) -> Path:
        """Write the event's public key (PEM) for check-in desks.

        Raises :class:`BadgeSigningError` (unusable key) or :class:`BadgeWriteError`.
        """
        try:
            return write_public_key(event_id, destination)
        except BadgeKeyError as exc:
            raise BadgeSigningError(exc.reason) from exc
        except OSError as exc:
            raise BadgeWriteError(destination, exc) from exc


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs as a formula: a leading ``= + - @``, tab or CR gets an apostrophe."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _replace_with_copy(source: Path, target: Path) -> None:
    real = target.resolve() if target.is_symlink() else target
    if real.exists() and not real.is_file():  # a device or a pipe: there is nothing to keep, write through
        with source.open("rb") as src, real.open("wb") as out:
            shutil.copyfileobj(src, out)
        return
    fd, part = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as out:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        if real.exists():
            shutil.copymode(real, part)
        else:
            os.chmod(part, 0o666 & ~_UMASK)  # as a new file would be, not the temporary file's 0600
        os.replace(part, real)
    except BaseException:
        Path(part).unlink(missing_ok=True)
        raise


def _read_umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()
"""Read once, when the module is imported (``os.umask`` can only be read by setting it, for every thread)."""
