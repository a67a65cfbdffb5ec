"""Subscriptions in the window: File → Open address…, File → Refresh (F5), File → Subscriptions…, periodic refresh.

The workflow is :class:`companion.services.subscriptions.SubscriptionsService`; this module runs it through the
window's job runner with a progress dialog and Cancel, then hands the opened event to the
:class:`~companion.ui.open_event.EventOpener` (the event, What changed with starred sessions first, the import
report). A failed refresh keeps the event shown and says why; a refresh that would drop most sessions asks first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.message import QT_TRANSLATE_NOOP, fill
from companion.domain.text import pick
from companion.services.jobs import JobOutcome
from companion.services.last_event import is_address, remember_last_event
from companion.services.subscriptions import (
    DropRefusedError,
    FetchError,
    Refreshed,
    RefreshState,
    Subscription,
    SubscriptionsService,
    age_text,
    redact,
)
from companion.ui.file_problem import translated
from companion.ui.jobs import JobHandle, JobRunner
from companion.ui.main_window import HandOver, MainWindow
from companion.ui.open_event import EventOpener
from companion.ui.progress import close_progress_dialog, open_progress_dialog, report_progress

DOWNLOADING = QT_TRANSLATE_NOOP("Jobs", "Downloading the schedule")
PERIODS = (0, 15, 60, 360, 1440)
"""The refresh periods offered, in minutes (0: only on demand, the default)."""
TICK_MS = 60_000


@dataclass(frozen=True, slots=True)
class SubscribedState:
    """What the controller hands to its counterpart in a window rebuilt in another language."""

    current_url: str | None


SUBSCRIBED_STATE: HandOver[SubscribedState] = HandOver("subscriptions/current")


class AddressDialog(QDialog):
    """Asks for a schedule's web address; OK only for an http(s) address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OpenAddressDialog")
        self.setWindowTitle(self.tr("Open address"))
        self.field = QLineEdit(self)
        self.field.setObjectName("AddressField")
        self.field.setPlaceholderText("https://example.org/schedule.xml")
        self.hint = QLabel(self.tr("The schedule's address (frab XML, schedule.json or iCalendar). Companion keeps "
                                   "a copy, so it opens without a network and can be refreshed later."), self)
        self.hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("AddressProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.hint, self.field, self.problem, self.buttons):
            layout.addWidget(widget)
        self.field.textChanged.connect(self._validate)
        self._validate("")

    def _validate(self, text: str) -> None:
        ok = is_address(text)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(ok)
        shown = bool(text.strip()) and not ok
        self.problem.setText(self.tr("Enter an address starting with http:// or https://") if shown else "")

    def address(self) -> str:
        return self.field.text().strip()

    @staticmethod
    def ask(parent: QWidget | None) -> str | None:
        """The address the user entered, or None when cancelled."""
        dialog = AddressDialog(parent)
        return dialog.address() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SubscriptionsDialog(QDialog):
    """The subscriptions: address (redacted), event, age of the copy, refresh period; Remove."""

    def __init__(self, service: SubscriptionsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SubscriptionsDialog")
        self.setWindowTitle(self.tr("Subscriptions"))
        self.service = service
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("SubscriptionsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Event"), self.tr("Copy"),
                                              self.tr("Refresh")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("RemoveSubscription")
        self.remove_button.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.empty = QLabel(self.tr("No subscriptions yet: use File → Open address…"), self)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.resize(720, 320)
        self.reload()

    def period_text(self, minutes: int) -> str:
        if minutes <= 0:
            return self.tr("Only on demand")
        if minutes < 60:
            return self.tr("Every %n minute(s)", "", minutes)
        return self.tr("Every %n hour(s)", "", minutes // 60)

    def reload(self) -> None:
        subscriptions = self.service.all()
        self.table.setRowCount(len(subscriptions))
        now = datetime.now(UTC)
        for n, subscription in enumerate(subscriptions):
            address = QTableWidgetItem(subscription.address)
            address.setData(Qt.ItemDataRole.UserRole, subscription.url)
            self.table.setItem(n, 0, address)
            self.table.setItem(n, 1, QTableWidgetItem(subscription.title))
            age = fill(self.tr("fetched %1"), translated(age_text(subscription.fetched_at, now)))
            self.table.setItem(n, 2, QTableWidgetItem(age))
            self.table.setCellWidget(n, 3, self._period_box(subscription))
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not subscriptions)
        self.remove_button.setEnabled(bool(subscriptions))

    def _period_box(self, subscription: Subscription) -> QComboBox:
        box = QComboBox(self.table)
        periods = list(PERIODS) if subscription.refresh_minutes in PERIODS else [*PERIODS, subscription.refresh_minutes]
        for minutes in periods:
            box.addItem(self.period_text(minutes), minutes)
        box.setCurrentIndex(periods.index(subscription.refresh_minutes))
        box.currentIndexChanged.connect(
            lambda _i, b=box, url=subscription.url: self.service.set_period(url, int(b.currentData())))
        return box

    def selected_url(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def remove_selected(self) -> None:
        url = self.selected_url()
        if url is None:
            return
        self.service.remove(url)
        self.reload()


class SubscriptionsController(QObject):
    """File → Open address…, Refresh, Subscriptions…, and the periodic refresh of the event shown."""

    finished = Signal()
    """A download ended: shown, failed (and said why, or asked about a drop) or cancelled."""

    def __init__(self, window: MainWindow, opener: EventOpener) -> None:
        super().__init__(window)
        self.setObjectName("SubscriptionsController")
        self.window = window
        self.opener = opener
        self.service = window.services.subscriptions
        self.jobs = JobRunner(self)
        self.job: JobHandle[Refreshed] | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.current_url: str | None = None
        """The address of the event shown (None for a file or the bundled event)."""

        self.action_open = QAction(self.tr("Open &address…"), window)
        self.action_open.setObjectName("OpenAddressAction")
        self.action_open.setToolTip(self.tr("Open a schedule from its web address and keep it up to date"))
        self.action_open.triggered.connect(self.choose_address)
        self.action_refresh = QAction(self.tr("Re&fresh"), window)
        self.action_refresh.setObjectName("RefreshAction")
        self.action_refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action_refresh.setToolTip(self.tr("Download the schedule shown again from its address"))
        self.action_refresh.triggered.connect(self.refresh_current)
        self.action_manage = QAction(self.tr("Su&bscriptions…"), window)
        self.action_manage.setObjectName("SubscriptionsAction")
        self.action_manage.triggered.connect(self.manage)
        for order, action in enumerate((self.action_open, self.action_refresh, self.action_manage), start=1):
            window.add_file_action(action, order=order)
        opener.opened.connect(self._opened_elsewhere)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh_if_due)
        self.timer.start()
        window.add_hand_over(SUBSCRIBED_STATE, lambda: SubscribedState(self.current_url), self._take_over)
        self._update_actions()

    def _take_over(self, state: SubscribedState) -> None:
        self.current_url = state.current_url
        self._update_actions()

    def _update_actions(self) -> None:
        self.action_refresh.setEnabled(self.current_url is not None)

    def _opened_elsewhere(self, _event: object) -> None:
        """An event was opened (a file, or a subscription through :meth:`_done`): which address it has, if any."""
        path = self.opener.current_path
        found = self.service.by_cache_path(path) if path is not None else None
        self.current_url = found.url if found is not None else None
        self._update_actions()

    def busy(self) -> bool:
        return self.jobs.busy()

    # -- commands --------------------------------------------------------------------------------------
    def choose_address(self) -> None:
        address = AddressDialog.ask(self.window)
        if address:
            self.open_address(address)

    def open_address(self, url: str, *, quiet: bool = False) -> None:
        """Fetch ``url`` (subscribing to it), then show it with its report."""
        self._run(url, show_report=True, quiet=quiet)

    def refresh_current(self) -> None:
        if self.current_url is None:
            self.window.statusBar().showMessage(self.tr("The event shown has no address to refresh from."), 5000)
            return
        self._run(self.current_url, show_report=False)

    def refresh_if_due(self) -> None:
        if self.current_url is None or self.job is not None:
            return
        subscription = self.service.get(self.current_url)
        if subscription is not None and subscription.due():
            self._run(self.current_url, show_report=False, quiet=True)

    def manage(self) -> None:
        dialog = SubscriptionsDialog(self.service, self.window)
        dialog.exec()
        if self.current_url is not None and self.service.get(self.current_url) is None:
            self.current_url = None  # removed: the event stays shown, without an address
            self._update_actions()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self._close_progress(self.job):
                self.finished.emit()

    # -- running ---------------------------------------------------------------------------------------
    def _run(self, url: str, *, show_report: bool, quiet: bool = False, accept_drop: bool = False,
             zone: str | None = None) -> None:
        if self.job is not None:
            self.cancel()
        handle = self.jobs.start(DOWNLOADING, self.service.refresh_job(url, zone=zone, accept_drop=accept_drop))
        self.job = handle
        handle.progress.connect(self._progress)
        handle.succeeded.connect(lambda done, h=handle: self._done(h, done, show_report))
        handle.failed.connect(lambda outcome, h=handle: self._failed(h, url, outcome, show_report, quiet))
        handle.cancelled.connect(lambda h=handle: self._cancelled(h))
        if not quiet:
            self.progress_dialog = open_progress_dialog(
                self.window, fill(self.tr("Downloading %1…"), redact(url)), self.tr("Cancel"),
                self.tr("Downloading schedule"), "DownloadProgress", self.cancel)

    def _cancelled(self, handle: JobHandle[Refreshed]) -> None:
        if self._close_progress(handle):
            self.finished.emit()

    def _progress(self, done: int, total: int) -> None:
        report_progress(self.progress_dialog, done, total)

    def _close_progress(self, handle: JobHandle[Refreshed]) -> bool:
        if handle is not self.job:
            return False
        self.job = None
        close_progress_dialog(self.progress_dialog, self.cancel)
        self.progress_dialog = None
        return True

    def _done(self, handle: JobHandle[Refreshed], done: Refreshed, show_report: bool) -> None:
        if not self._close_progress(handle):
            return
        self.show_refreshed(done, show_report=show_report)
        self.finished.emit()

    def show_refreshed(self, done: Refreshed, *, show_report: bool) -> None:
        """Show a subscription's event (fetched, confirmed or from the copy) and remember it for start-up."""
        url = done.url
        self.opener.present(done.opened, show_report=show_report,
                            rechoose_zone=lambda zone: self._rechoose_zone(url, zone))
        self.current_url = url
        self._update_actions()
        remember_last_event(self.window.services.settings, url=url)
        if done.stale is not None:
            self.window.statusBar().showMessage(translated(done.stale))
        elif done.state is RefreshState.NOT_MODIFIED:
            self.window.statusBar().showMessage(self.tr("The schedule has not changed."), 5000)
        elif done.opened.changes.is_empty and done.state is RefreshState.CHANGED:
            self.window.statusBar().showMessage(self.tr("A new version was downloaded; no session changed."), 5000)

    def _rechoose_zone(self, url: str, zone: str) -> None:
        handle = self.jobs.start(DOWNLOADING, self.service.open_cached_job(url, zone))
        handle.succeeded.connect(lambda done: self.show_refreshed(done, show_report=True))

    def _failed(self, handle: JobHandle[Refreshed], url: str, outcome: JobOutcome[Refreshed], show_report: bool,
                quiet: bool) -> None:
        if not self._close_progress(handle):
            return
        self._tell_failure(url, outcome, show_report, quiet)
        self.finished.emit()

    def _tell_failure(self, url: str, outcome: JobOutcome[Refreshed], show_report: bool, quiet: bool) -> None:
        cause = outcome.cause
        if isinstance(cause, DropRefusedError) and not quiet:
            text = fill(self.tr("The new version of %1 has %2 session(s) instead of %3. Replace the copy you have "
                                "with it?"), redact(url), str(cause.new), str(cause.old))
            answer = QMessageBox.question(self.window, self.tr("Most sessions gone"), text,
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self._run(url, show_report=show_report, accept_drop=True)
            return
        why = translated(cause.message if isinstance(cause, FetchError) else (outcome.message or ""))
        kept = self.service.kept_message(url)
        keeps = translated(kept) if kept is not None else ""
        if quiet:
            self.window.statusBar().showMessage(f"{why} {keeps}".strip())
            return
        text = fill(self.tr("Companion cannot download %1"), why)
        shown = fill(self.tr("The window still shows %1."), pick(self.window.current_event.short_name))
        QMessageBox.warning(self.window, self.tr("Schedule not downloaded"),
                            "\n\n".join(t for t in (text, keeps, shown) if t))


def install_subscriptions(window: MainWindow) -> SubscriptionsController | None:
    """Add Open address…, Refresh and Subscriptions… to ``window`` (needs the event opener installed first)."""
    opener = window.findChild(EventOpener)
    if opener is None:
        return None
    return SubscriptionsController(window, opener)
