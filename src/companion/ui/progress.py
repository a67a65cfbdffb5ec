"""The progress dialog of a job the user waits for (opening a file, downloading a schedule): one look, one life."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 250
"""A job done sooner never flashes a dialog."""


def open_progress_dialog(
    parent: QWidget, label: str, cancel_text: str, title: str, object_name: str, on_cancel: Callable[[], None]
) -> QProgressDialog:
    """A busy dialog for a job just started; Cancel calls ``on_cancel``. Close it with :func:`close_progress_dialog`."""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setObjectName(object_name)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.canceled.connect(on_cancel)
    return dialog


def report_progress(dialog: QProgressDialog | None, done: int, total: int) -> None:
    """Show ``done`` of ``total`` (a total of 0 keeps the dialog busy)."""
    if dialog is not None and total > 0:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))


def close_progress_dialog(dialog: QProgressDialog | None, on_cancel: Callable[[], None]) -> None:
    """Close and delete ``dialog`` without its closing counting as Cancel."""
    if dialog is not None:
        dialog.canceled.disconnect(on_cancel)
        dialog.close()
        dialog.deleteLater()
