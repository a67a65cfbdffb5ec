"""Every export is written beside its target and renamed over it; what is not a regular file is never replaced."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hardening_support import part_files

from companion.atomic_files import atomic_writer, write_atomic
from companion.cli import main


def test_a_failure_while_writing_keeps_the_old_file_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old complete file")

    class BoomError(Exception):
        pass

    with pytest.raises(BoomError), atomic_writer(target) as handle:
        handle.write(b"half of the new")
        raise BoomError
    assert target.read_bytes() == b"old complete file"
    assert part_files(tmp_path) == []


def test_an_existing_file_keeps_its_mode_and_a_new_one_follows_the_umask(tmp_path: Path) -> None:
    kept = tmp_path / "kept.ics"
    kept.write_bytes(b"old")
    os.chmod(kept, 0o640)
    write_atomic(kept, b"new")
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o640
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "fresh.ics", b"new")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "fresh.ics").st_mode) == 0o644
    write_atomic(tmp_path / "key", b"secret", mode=0o600)
    assert stat.S_IMODE(os.stat(tmp_path / "key").st_mode) == 0o600


def test_a_users_symlink_has_its_target_replaced_not_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "calendar.ics"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "calendar.ics"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_links_planted_at_part_names_are_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "out" / "badges.pdf"
    out.parent.mkdir()
    for name in ("badges.pdf.part", ".badges.pdf.part", f".badges.pdf.{os.getpid()}.0.part", ".badges.pdf.1.ab.part"):
        (out.parent / name).symlink_to(victim)
    write_atomic(out, b"%PDF-new")
    assert victim.read_text() == "precious"
    assert out.read_bytes() == b"%PDF-new"


def test_a_part_file_left_by_a_killed_writer_is_removed_by_the_next_write(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = tmp_path / f".out.json.{int(dead.stdout)}.deadbeef.part"
    leftover.write_bytes(b"{half")
    write_atomic(tmp_path / "out.json", b"{}")
    assert part_files(tmp_path) == []


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path, b"x")


def test_export_to_a_device_node_writes_through_and_keeps_the_node(tmp_path: Path) -> None:
    """``export-ics -o /dev/null`` as root used to replace the device with a regular file."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        node.write_bytes(b"probe")  # a nodev mount refuses to open device nodes
    except OSError as exc:
        pytest.skip(f"cannot make a usable device node here: {exc}")
    assert main(["export-ics", "--all", "-o", str(node)]) == 0
    assert main(["export-schedule", "-o", str(node)]) == 0
    assert stat.S_ISCHR(os.stat(node).st_mode)
    assert part_files(tmp_path) == []


def test_export_to_a_full_device_says_the_disk_is_full() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with pytest.raises(SystemExit) as exit_info:
        main(["export-ics", "--all", "-o", "/dev/full"])
    assert "cannot write /dev/full: the disk is full" in str(exit_info.value.code)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_export_to_a_fifo_writes_through_to_the_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    try:
        assert main(["export-schedule", "-o", str(fifo)]) == 0
    finally:
        reader.join(timeout=30)
    assert json.loads(received[0])["schedule"]["conference"]["acronym"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_dash_is_still_stdout(capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export-ics", "--all", "-o", "-"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"BEGIN:VCALENDAR")
    assert main(["export-schedule", "-o", "-"]) == 0
    assert json.loads(capsysbinary.readouterr().out)
    assert not (tmp_path / "-").exists()


def test_an_unwritable_folder_raises_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError) as info:
        write_atomic(tmp_path / "missing" / "out.ics", b"x")
    assert info.value.errno == errno.ENOENT
