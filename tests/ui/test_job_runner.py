"""The window's job runner: signals arrive on the GUI thread and every job ends, whatever it does."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from companion.services.jobs import JobContext, JobFailedError
from companion.ui.jobs import JobRunner


def test_success_delivers_value_then_finished(qtbot: QtBot) -> None:
    runner = JobRunner()
    handle = runner.start("Adding", lambda ctx: 40 + 2)
    with qtbot.waitSignal(handle.finished, timeout=5000) as finished:
        pass
    assert finished.args[0].succeeded and finished.args[0].value == 42
    qtbot.waitUntil(lambda: not runner.busy(), timeout=2000)


def test_an_unexpected_exception_ends_in_failed_not_a_stuck_job(qtbot: QtBot) -> None:
    runner = JobRunner()

    def job(ctx: JobContext) -> None:
        raise RuntimeError("a bug")

    handle = runner.start("Drawing badges", job)
    with qtbot.waitSignal(handle.failed, timeout=5000) as failed:
        pass
    assert "Drawing badges" in str(failed.args[0].message)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=2000)


def test_failure_with_reason_and_progress_on_gui_thread(qtbot: QtBot) -> None:
    runner = JobRunner()
    threads: list[bool] = []

    def job(ctx: JobContext) -> None:
        ctx.progress(1, 2)
        raise JobFailedError("no space left")

    handle = runner.start("Saving", job)
    handle.progress.connect(lambda d, t: threads.append(threading.current_thread() is threading.main_thread()))
    with qtbot.waitSignal(handle.finished, timeout=5000) as finished:
        pass
    assert finished.args[0].message == "no space left"
    assert threads == [True]


def test_cancel_ends_cancelled(qtbot: QtBot) -> None:
    runner = JobRunner()
    started = threading.Event()

    def job(ctx: JobContext) -> None:
        started.set()
        while True:
            ctx.check_cancelled()
            threading.Event().wait(0.005)

    handle = runner.start("Waiting", job)
    assert started.wait(5)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        handle.cancel()
    assert runner.wait_until_idle(5000)


def test_a_job_that_outlives_its_page_ends_quietly(qtbot: QtBot) -> None:
    """A page (and its runner) can go while its job still runs (the window rebuilt, a test's window closed):
    the job's end must not raise "Signal source has been deleted" in the event loop (a crash dialog)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject

    page = QObject()
    runner = JobRunner(page)
    release = threading.Event()
    handle = runner.start("Reprinting", lambda ctx: release.wait(5))
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    with qtbot.waitSignal(handle.finished, timeout=5000) as finished:
        pass
    assert finished.args[0].succeeded
    qtbot.wait(50)  # what the end queued runs now: an exception here fails the test (pytest-qt)
