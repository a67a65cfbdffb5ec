"""What the Badges page is doing, bound to the badge service: one object that owns every job and the preview PDF.

The page lays out widgets and shows messages; this controller starts the three kinds of background work
(reading a list, drawing the badges, sending them to a printer) through the window's one
:class:`~companion.ui.jobs.JobRunner`, keeps which of them run (:class:`Task`) and the last PDF drawn
(:class:`RenderedPdf`), and turns every ending of a job (succeeded, failed with a message, cancelled) into one
typed signal emitted *after* its state is back to idle, so the page is usable again whatever happened.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTemporaryDir, Signal
from PySide6.QtPrintSupport import QPrinter

from companion.domain.attendee import Attendee
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.exports.badges.render import BadgeReport
from companion.services.badges import BadgeRun, BadgeService, BadgeSettings, ListImport
from companion.services.jobs import JobContext, JobFailedError, JobOutcome, JobState
from companion.sources.attendees_csv import ColumnMapping, CsvTable
from companion.sources.errors import AttendeeFileError
from companion.ui.badges.printing import print_pdf
from companion.ui.file_problem import file_problem_text
from companion.ui.jobs import JobHandle, JobRunner

T = TypeVar("T")

DRAWING = QT_TRANSLATE_NOOP("Badges", "Drawing the badges")
PRINTING = QT_TRANSLATE_NOOP("Badges", "Printing the badges")
READING = QT_TRANSLATE_NOOP("Badges", "Reading the attendee list")


class Task(Enum):
    """The kinds of background work of the page; each runs at most once at a time."""

    IMPORT = "import"
    RENDER = "render"
    PRINT = "print"


class After(Enum):
    """What a render run leads to once the PDF is drawn."""

    SHOW = "show"
    SAVE = "save"
    PRINT = "print"


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    """The PDF shown in the preview, what it was drawn from, and what it holds."""

    path: Path
    run: BadgeRun
    report: BadgeReport


@dataclass(frozen=True, slots=True)
class RenderEnding:
    """How a render run ended; ``rendered`` is set when it succeeded for the event still shown."""

    state: JobState
    run: BadgeRun
    after: After
    report: BadgeReport | None = None
    rendered: RenderedPdf | None = None
    message: Message | str | None = None

    @property
    def stale(self) -> bool:
        """Drawn for an event the window no longer shows: the PDF was discarded."""
        return self.state is JobState.SUCCEEDED and self.rendered is None


@dataclass(frozen=True, slots=True)
class PrintEnding:
    """How sending a rendered PDF to a printer ended (``pages`` sent when it succeeded)."""

    state: JobState
    rendered: RenderedPdf
    destination: str
    """The printer's name, or the file a PDF printer wrote."""
    pages: int = 0
    message: Message | str | None = None


@dataclass(frozen=True, slots=True)
class ImportEnding:
    """How reading a list ended; ``result`` is set when it succeeded (imported, or waiting for a mapping)."""

    state: JobState
    path: Path
    event_id: str
    result: ListImport | None = None
    message: Message | str | None = None


class BadgesController(QObject):
    """The Badges page's state and jobs for the event shown; the page reads everything through it."""

    tasks_changed = Signal()
    """A task started or ended: the page enables its buttons again from :meth:`is_running`."""
    progress = Signal(int, int)
    """Badges drawn (or pages sent) so far, and in all."""
    render_ended = Signal(RenderEnding)
    print_ended = Signal(PrintEnding)
    import_ended = Signal(ImportEnding)

    def __init__(self, service: BadgeService, event: Event, language: str = "en",
                 runner: JobRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._event = event
        self.language = language
        self.runner = runner or JobRunner(self)
        self._running: dict[Task, JobHandle[Any]] = {}
        self._rendered: RenderedPdf | None = None
        self._temp = QTemporaryDir()
        self._runs = 0

    # ---- state ----------------------------------------------------------------------------------------

    @property
    def current_event(self) -> Event:
        return self._event

    @property
    def rendered(self) -> RenderedPdf | None:
        """The PDF the preview shows, which Save PDF copies and Print… sends; None before the first run."""
        return self._rendered

    def is_running(self, *tasks: Task) -> bool:
        """True while any of ``tasks`` (any task, when none is named) runs."""
        return any(task in self._running for task in tasks or tuple(Task))

    def busy(self) -> bool:
        """True while a list is read, badges are drawn or sent to the printer."""
        return bool(self._running)

    def set_event(self, event: Event) -> None:
        """Follow the window to ``event``: stop drawing and printing, drop the old event's preview.

        A list being read still goes to the event it was chosen for.
        """
        self.cancel_output()
        self._event = event
        self.forget_preview()

    def forget_preview(self) -> None:
        """Drop the shown PDF (it carries another event's heading and codes signed with another key)."""
        if self._rendered is not None and not self.is_running(Task.PRINT):  # a print run may still read it
            self._rendered.path.unlink(missing_ok=True)
        self._rendered = None

    # ---- the run ----------------------------------------------------------------------------------------

    def plan(self, settings: BadgeSettings, attendees: Sequence[Attendee], printed: Collection[str],
             selected: Sequence[Attendee]) -> BadgeRun:
        """The run the current settings, list and selection ask for."""
        return self.service.plan(self._event, attendees, settings, self.language, printed, selected)

    def up_to_date(self, run: BadgeRun) -> bool:
        """True when the shown PDF was drawn from exactly ``run``."""
        return self._rendered is not None and self._rendered.run == run

    def load_settings(self) -> BadgeSettings:
        return self.service.load_settings(self._event.id)

    def save_settings(self, settings: BadgeSettings) -> None:
        self.service.save_settings(self._event.id, settings)

    def _start(self, task: Task, name: Message, function: Callable[[JobContext], T],
               ended: Callable[[JobOutcome[T]], None]) -> JobHandle[T]:
        handle = self.runner.start(name, function)
        self._running[task] = handle
        handle.progress.connect(self.progress)

        def finish(outcome: JobOutcome[T]) -> None:
            if not shiboken6.isValid(self):  # the page was closed while the job ran: nobody to tell
                return
            self._running.pop(task, None)  # idle first: whatever the ending's handlers do, the page is usable
            self.tasks_changed.emit()
            ended(outcome)

        handle.finished.connect(finish)
        self.tasks_changed.emit()
        return handle

    def start_render(self, run: BadgeRun, after: After = After.SHOW) -> bool:
        """Draw ``run`` into a new temporary PDF in the background; False when drawing or printing already."""
        if self.is_running(Task.RENDER, Task.PRINT):
            return False
        self._runs += 1
        output = Path(self._temp.path()) / f"badges-{self._runs}.pdf"
        service = self.service

        def ended(outcome: JobOutcome[BadgeReport]) -> None:
            self._render_ended(outcome, run, after, output)

        self._start(Task.RENDER, Message(DRAWING), lambda context: service.render(run, output, context), ended)
        return True

    def _render_ended(self, outcome: JobOutcome[BadgeReport], run: BadgeRun, after: After, output: Path) -> None:
        rendered = None
        if not outcome.succeeded or run.event_id != self._event.id:  # failed, cancelled, or for another event
            output.unlink(missing_ok=True)
        else:
            assert outcome.value is not None
            rendered = RenderedPdf(output, run, outcome.value)
            if self._rendered is not None and self._rendered.path != output and not self.is_running(Task.PRINT):
                self._rendered.path.unlink(missing_ok=True)
            self._rendered = rendered
        self.render_ended.emit(RenderEnding(outcome.state, run, after, outcome.value, rendered, outcome.message))

    def start_print(self, printer: QPrinter) -> bool:
        """Send the shown PDF's pages to ``printer`` in the background; False when there is none or it is busy."""
        rendered = self._rendered
        if rendered is None or self.is_running(Task.RENDER, Task.PRINT):
            return False

        def ended(outcome: JobOutcome[int]) -> None:
            destination = printer.printerName() or printer.outputFileName()
            if outcome.succeeded:
                self.record(rendered, destination)
            self.print_ended.emit(PrintEnding(outcome.state, rendered, destination, outcome.value or 0,
                                              outcome.message))

        self._start(Task.PRINT, Message(PRINTING), lambda context: print_pdf(rendered.path, printer, context), ended)
        return True

    def cancel_output(self) -> None:
        """Stop drawing or printing at the next badge sheet or page."""
        for task in (Task.RENDER, Task.PRINT):
            handle = self._running.get(task)
            if handle is not None:
                handle.cancel()

    def save_copy(self, rendered: RenderedPdf, target: Path) -> None:
        """Copy the shown PDF to ``target`` and log its badges as saved, not printed (raises ``BadgeWriteError``)."""
        self.service.save_copy(rendered.path, target)
        self.service.record_saved(rendered.run.event_id, rendered.report.printed, rendered.run.layout, str(target))

    def record(self, rendered: RenderedPdf, destination: str) -> None:
        """Log ``rendered``'s badges as printed, on the stock and for the event they were drawn with."""
        self.service.record_printed(rendered.run.event_id, rendered.report.printed, rendered.run.layout, destination)

    # ---- the list -----------------------------------------------------------------------------------------

    def start_import(self, path: Path, table: CsvTable | None = None, mapping: ColumnMapping | None = None,
                     event_id: str | None = None, sheet: str | int | None = None) -> bool:
        """Read ``path`` (or map an already read ``table`` with the user's ``mapping``) and merge it by ID into
        ``event_id`` (the event shown now by default), in the background; False while another list is read."""
        if self.is_running(Task.IMPORT):
            return False
        event_id, service = event_id or self._event.id, self.service

        def read(context: JobContext) -> ListImport:
            try:
                return service.import_list(event_id, path, mapping, table=table, ask_when_unclear=True,
                                           context=context, sheet=sheet)
            except AttendeeFileError as exc:
                raise JobFailedError(file_problem_text(exc)) from exc  # QCoreApplication.translate is thread-safe

        def ended(outcome: JobOutcome[ListImport]) -> None:
            self.import_ended.emit(ImportEnding(outcome.state, path, event_id, outcome.value, outcome.message))

        self._start(Task.IMPORT, Message(READING), read, ended)
        return True

    def wait_until_idle(self, timeout_ms: int = 30_000) -> bool:
        """Let every job of the page end (tests, closing); False on time-out."""
        return self.runner.wait_until_idle(timeout_ms)


def job_message(text: Message | str | None) -> str:
    """A job's failure message in the window's language."""
    if text is None:
        return ""
    return text.render(QCoreApplication.translate) if isinstance(text, Message) else text
