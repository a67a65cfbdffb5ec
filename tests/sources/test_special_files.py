"""Issue 12, item 6: every reader takes its bytes through one bounded read, so a device, a FIFO no one writes
to, a pipe that never ends or a file over the limit ends in a message naming the file, never in a hang or an
exhausted memory; a pipe or stdin within the bounds still reads."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from companion.cli import main
from companion.domain.event import Event
from companion.domain.message import Message
from companion.resources import bundled_event_path
from companion.sources import EventFileError, attendees_csv, ical_stars, loader, reading
from companion.sources.attendees_csv import read_attendees
from companion.sources.errors import AttendeeFileError, CalendarFileError, UnreadableFileError
from companion.sources.ical_stars import read_stars
from companion.sources.reading import read_bounded

pytestmark = pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs as POSIX has them")

SAMPLE_CSV = Path(__file__).resolve().parents[2] / "resources" / "samples" / "attendees-fictional.csv"


def _readers(event: Event) -> dict[str, tuple[Callable[[Path], object], type[UnreadableFileError]]]:
    return {
        "event file": (loader.load_event, EventFileError),
        "star file": (lambda p: read_stars(p, event), CalendarFileError),
        "attendee list": (read_attendees, AttendeeFileError),
    }


READERS = ["event file", "star file", "attendee list"]


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    yield path


@pytest.mark.parametrize("reader", READERS)
def test_dev_zero_is_refused_as_a_device(reader: str, bundled_event: Event) -> None:
    read, error = _readers(bundled_event)[reader]
    with pytest.raises(error) as info:
        read(Path("/dev/zero"))
    assert isinstance(info.value.problem, Message) and "is a device, not a file" in str(info.value.problem)
    assert str(info.value).startswith("zero")


@pytest.mark.parametrize("reader", READERS)
def test_a_folder_is_refused(reader: str, bundled_event: Event, tmp_path: Path) -> None:
    read, error = _readers(bundled_event)[reader]
    with pytest.raises(error) as info:
        read(tmp_path)
    assert "folder" in str(info.value.problem)


@pytest.mark.parametrize("reader", READERS)
def test_a_fifo_no_one_writes_to_gives_up(
    reader: str, bundled_event: Event, fifo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_bounded, "__kwdefaults__", {**(read_bounded.__kwdefaults__ or {}), "idle_seconds": 0.2})
    read, error = _readers(bundled_event)[reader]
    with pytest.raises(error) as info:
        read(fifo)
    assert "sent nothing for 0.2 s" in str(info.value.problem)


def _write_in_background(path: Path, data: bytes) -> threading.Thread:
    def write() -> None:
        with open(path, "wb") as handle:
            handle.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_a_fifo_within_the_bounds_reads(fifo: Path, bundled_event: Event) -> None:
    data = bundled_event_path().read_bytes()
    writer = _write_in_background(fifo, data)
    event = loader.load_event(fifo)
    writer.join(5)
    assert event.id == bundled_event.id


def test_an_attendee_list_from_a_pipe_reads(fifo: Path) -> None:
    writer = _write_in_background(fifo, SAMPLE_CSV.read_bytes())
    imported = read_attendees(fifo)
    writer.join(5)
    assert imported.attendees


def test_a_pipe_sending_more_than_the_limit_is_cut_off(fifo: Path) -> None:
    def endless() -> None:
        try:
            with open(fifo, "wb") as handle:
                while True:
                    handle.write(b"x" * 65536)
        except (BrokenPipeError, OSError):
            return

    thread = threading.Thread(target=endless, daemon=True)
    thread.start()
    with pytest.raises(EventFileError) as info:
        read_bounded(fifo, limit_bytes=1024 * 1024)
    thread.join(5)
    assert "larger than 1 MB" in str(info.value.problem)


@pytest.mark.parametrize("reader", READERS)
def test_a_regular_file_over_the_limit_is_refused_before_reading(
    reader: str, bundled_event: Event, tmp_path: Path
) -> None:
    path = tmp_path / "big"
    with open(path, "wb") as handle:  # sparse: 65 MB that take no room
        handle.truncate(65 * 1024 * 1024)
    read, error = _readers(bundled_event)[reader]
    with pytest.raises(error) as info:
        read(path)
    assert "the limit is 64 MB" in str(info.value.problem)


def test_the_default_limit_is_64_mb() -> None:
    assert reading.DEFAULT_LIMIT_BYTES == 64 * 1024 * 1024
    assert loader.MAX_EVENT_FILE_BYTES == ical_stars.MAX_CALENDAR_FILE_BYTES == attendees_csv.MAX_FILE_BYTES


def test_stdin_pipe_reads_through_dev_stdin(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "from companion.sources.reading import read_bounded; import sys; "
        "sys.stdout.write(str(len(read_bounded('/dev/stdin'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], input=b"y" * 100_000, capture_output=True, timeout=60)
    assert done.stdout == b"100000", done.stderr


def test_cli_event_dev_zero_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--event", "/dev/zero", "agenda"])
    assert info.value.code != 0
    assert "is a device, not a file" in capsys.readouterr().err


def test_cli_import_stars_and_badges_refuse_dev_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["import-stars", "/dev/zero"], ["badges", "/dev/zero", "-o", str(tmp_path / "b.pdf")]):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code  # type: ignore[assignment]
        assert code not in (0, None)
        assert "is a device, not a file" in capsys.readouterr().err


@pytest.mark.parametrize("reader", READERS)
def test_a_socket_is_refused(reader: str, bundled_event: Event, tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        read, error = _readers(bundled_event)[reader]
        with pytest.raises(error) as info:
            read(path)
    assert "special file" in str(info.value.problem)


def test_a_pipe_that_trickles_for_ever_is_cut_off_at_the_total_time(fifo: Path) -> None:
    import time

    stop = threading.Event()

    def trickle() -> None:
        try:
            with open(fifo, "wb", buffering=0) as handle:
                while not stop.is_set():
                    handle.write(b"x")
                    time.sleep(0.05)
        except OSError:
            return

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        with pytest.raises(EventFileError) as info:
            read_bounded(fifo, idle_seconds=5, total_seconds=0.5)
    finally:
        stop.set()
        thread.join(5)
    assert "still sending after 0.5 s" in str(info.value.problem)
