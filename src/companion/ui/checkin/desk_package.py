"""File → Export desk package… (at the badge station) and File → Import desk package… (at a desk).

The same files as ``companion badges --export-desk`` and ``companion checkin --import-desk``: the event's public
keys, revoked codes and the attendee list without e-mails, sealed with a passphrase when one is given. Both run
through the job runner (sealing derives a key with scrypt, about a second); the key's fingerprint is shown on both
machines so staff can compare them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from companion.domain.message import fill
from companion.services.jobs import JobContext, JobFailedError
from companion.ui.file_dialogs import remember_folder, start_folder
from companion.ui.file_problem import file_problem_text, translated
from companion.ui.jobs import JobRunner
from companion.ui.main_window import MainWindow

FOLDER_KEY = "checkin/desk_package_folder"
EXPORT_ORDER, IMPORT_ORDER = 60, 61
"""File menu, ``event`` section (after opening and following events)."""
PASSPHRASE_TRIES = 3


class DeskPackageActions(QObject):
    """The two File menu entries and what they do; results and problems are said in the window's message bar."""

    imported = Signal()
    """A desk package was imported (the desk's list, keys and revocations changed)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.runner = JobRunner(self)
        self.action_export = QAction(self.tr("Export &desk package…"), window)
        self.action_export.setStatusTip(self.tr(
            "Write the keys and the attendee list that check-in desks need (no e-mails), sealed with a passphrase"))
        self.action_export.triggered.connect(self.export_package)
        self.action_import = QAction(self.tr("Import des&k package…"), window)
        self.action_import.setStatusTip(self.tr("Take the badge station's keys and attendee list for this desk"))
        self.action_import.triggered.connect(self.import_package)
        window.add_menu_action("file", "event", self.action_export, EXPORT_ORDER)
        window.add_menu_action("file", "event", self.action_import, IMPORT_ORDER)

    # -- export ----------------------------------------------------------------------------------------
    def export_package(self) -> None:
        window = self.window
        event_id = window.current_event.id
        suggested = start_folder(window.settings, FOLDER_KEY) / f"{event_id}-desk.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            window, self.tr("Export desk package"), str(suggested), self.tr("Desk packages (*.json)"))
        if not chosen:
            return
        remember_folder(window.settings, FOLDER_KEY, chosen)
        passphrase = self._new_passphrase()
        if passphrase is None:
            return
        services = window.services

        def write(_ctx: JobContext) -> Any:
            from companion.services.badges import BadgeSigningError
            from companion.services.checkin import CheckinError

            try:
                return services.checkin.export_desk_package(event_id, Path(chosen), passphrase or None)
            except (CheckinError, BadgeSigningError) as exc:
                raise JobFailedError(exc.reason, exc) from exc

        handle = self.runner.start(self.tr("Writing the desk package"), write)
        handle.succeeded.connect(self._exported)
        handle.failed.connect(lambda outcome: window.show_message(fill(
            self.tr("The desk package was not written: %1"), translated(outcome.message or ""))))

    def _new_passphrase(self) -> str | None:
        """The passphrase to seal with, typed twice ("" for none); None when the user gave up."""
        window = self.window
        while True:
            first, accepted = QInputDialog.getText(
                window, self.tr("Seal the desk package"),
                self.tr("Passphrase to seal the package with (leave empty not to seal it). Tell it to the desks "
                        "another way than the file."), QLineEdit.EchoMode.Password)
            if not accepted:
                return None
            if not first:
                return ""
            again, accepted = QInputDialog.getText(
                window, self.tr("Seal the desk package"), self.tr("The same passphrase again:"),
                QLineEdit.EchoMode.Password)
            if not accepted:
                return None
            if again == first:
                return first
            QMessageBox.warning(window, self.tr("Seal the desk package"),
                                self.tr("The two passphrases differ. Type them again."))

    def _exported(self, info: Any) -> None:
        sealed = self.tr("sealed with the passphrase") if info.sealed else self.tr("not sealed")
        self.window.show_message(fill(
            self.tr("%1: desk package of %2 (%3 attendees, %4). Key fingerprint %5: compare it on each desk."),
            info.path, info.event_id, info.attendees, sealed, " / ".join(info.fingerprints)))

    # -- import ----------------------------------------------------------------------------------------
    def import_package(self) -> None:
        window = self.window
        chosen, _filter = QFileDialog.getOpenFileName(
            window, self.tr("Import desk package"), str(start_folder(window.settings, FOLDER_KEY)),
            self.tr("Desk packages (*.json);;All files (*)"))
        if not chosen:
            return
        remember_folder(window.settings, FOLDER_KEY, chosen)
        self._import(Path(chosen), None, PASSPHRASE_TRIES)

    def _import(self, path: Path, passphrase: str | None, tries: int) -> None:
        window = self.window
        services = window.services

        def read(_ctx: JobContext) -> Any:
            from companion.services.desk_files import CheckinFileError, PassphraseNeededError, WrongPassphraseError

            try:
                return services.checkin.import_desk_package(path, passphrase)
            except (PassphraseNeededError, WrongPassphraseError) as exc:
                return exc  # ask for the passphrase on the GUI thread
            except CheckinFileError as exc:
                raise JobFailedError(file_problem_text(exc), exc) from exc

        handle = self.runner.start(self.tr("Reading the desk package"), read)
        handle.succeeded.connect(lambda value: self._imported(path, value, passphrase, tries))
        handle.failed.connect(lambda outcome: self._not_imported(translated(outcome.message or "")))

    def _not_imported(self, why: str) -> None:
        self.window.show_message(fill(self.tr("The desk package was not imported: %1"), why))

    def _imported(self, path: Path, value: Any, passphrase: str | None, tries: int) -> None:
        from companion.services.desk_files import CheckinFileError, WrongPassphraseError

        window = self.window
        if isinstance(value, CheckinFileError):
            if tries <= 0:
                self._not_imported(file_problem_text(value))
                return
            prompt = self.tr("%1 is sealed. Passphrase:")
            if isinstance(value, WrongPassphraseError) and passphrase is not None:
                prompt = self.tr("Wrong passphrase for %1 (or the file was changed). Passphrase:")
            typed, accepted = QInputDialog.getText(
                window, self.tr("Import desk package"), fill(prompt, path.name), QLineEdit.EchoMode.Password)
            if accepted and typed:
                self._import(path, typed, tries - 1)
            return
        window.show_message(fill(
            self.tr("%1: desk package of %2 imported: %3 attendees, %4 revoked codes. Key fingerprint %5: compare it "
                    "with the badge station."),
            path.name, value.event_id, value.attendees, value.revocations, " / ".join(value.fingerprints)))
        self.imported.emit()
