"""Jobs without Qt: every ending is one outcome, and a bug becomes a failure with a message, not a hang."""

from __future__ import annotations

import logging

import pytest

from companion.domain.message import fill
from companion.services.jobs import JobCancelledError, JobContext, JobFailedError, JobState, run_job


def test_a_job_that_returns_succeeds_with_its_value() -> None:
    outcome = run_job("Adding", lambda ctx: 2 + 2)
    assert outcome.state is JobState.SUCCEEDED and outcome.value == 4


def test_a_job_that_gives_a_reason_fails_with_that_reason() -> None:
    def job(ctx: JobContext) -> None:
        raise JobFailedError("disk full")

    outcome = run_job("Saving", job)
    assert outcome.failed and outcome.message == "disk full" and outcome.details is None


def test_an_unexpected_exception_fails_with_a_message_and_logs_the_traceback(caplog: pytest.LogCaptureFixture) -> None:
    def job(ctx: JobContext) -> None:
        raise KeyError("boom")

    with caplog.at_level(logging.ERROR, logger="companion.jobs"):
        outcome = run_job("Drawing badges", job)
    assert outcome.failed
    assert "Drawing badges" in str(outcome.message) and "KeyError" in str(outcome.message)
    assert "boom" not in str(outcome.message)  # the message is for the user; details go to the log
    assert "KeyError" in (outcome.details or "") and "Traceback" in caplog.text


def test_a_cancelled_job_ends_cancelled_and_reports_progress_until_then() -> None:
    seen: list[tuple[int, int]] = []
    ctx = JobContext(on_progress=lambda done, total: seen.append((done, total)))

    def job(c: JobContext) -> int:
        for i in range(10):
            c.check_cancelled()
            c.progress(i + 1, 10)
            if i == 2:
                c.cancel()
        return 10

    outcome = run_job("Counting", job, ctx)
    assert outcome.cancelled and seen == [(1, 10), (2, 10), (3, 10)]


def test_cancel_raised_directly_is_cancelled() -> None:
    def job(ctx: JobContext) -> None:
        raise JobCancelledError

    assert run_job("x", job).state is JobState.CANCELLED


def test_fill_replaces_qt_placeholders_in_one_pass() -> None:
    assert fill("Reading %1 (%2 rows)", "list%2 final.csv", 3) == "Reading list%2 final.csv (3 rows)"
    assert fill("%1 and %10", *"abcdefghij") == "a and j"
    assert fill("%3 stays", "a") == "%3 stays"
