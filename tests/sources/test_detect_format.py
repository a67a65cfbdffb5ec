"""The format is found from the content, never from the file name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from companion.resources import bundled_event_path
from companion.sources import EventFileError, load_event
from companion.sources.loader import FileFormat, detect_format, load_event_with_report


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("debconf23.schedule.xml", FileFormat.FRAB_XML),
        ("36c3.schedule.json", FileFormat.FRAB_JSON),
        ("kielux2020.ics", FileFormat.ICALENDAR),
    ],
)
def test_misleading_names_do_not_matter(realdata: Path, tmp_path: Path, source: str, kind: FileFormat) -> None:
    misnamed = tmp_path / "schedule.pdf"
    shutil.copy(realdata / source, misnamed)
    assert detect_format(misnamed.read_bytes(), misnamed) is kind
    assert len(load_event(misnamed).sessions) == len(load_event(realdata / source).sessions)


def test_bundled_event_under_another_name(tmp_path: Path) -> None:
    copy = tmp_path / "conference.xml"
    shutil.copy(bundled_event_path(), copy)
    event, report = load_event_with_report(copy)
    assert event.id == "caccc-2025" and report.zone == "Asia/Ashgabat"
    assert str(report.format) == "Companion event file"


def test_utf8_bom_and_leading_whitespace(tmp_path: Path) -> None:
    path = tmp_path / "x"
    path.write_bytes(b"\xef\xbb\xbf\n  <schedule><conference><title>T</title></conference>"
                     b"<day date='2024-01-01' index='1'><room name='R'><event id='1'><start>10:00</start>"
                     b"<duration>0:10</duration><title>One</title></event></room></day></schedule>")
    assert [s.id for s in load_event(path).sessions] == ["1"]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"Hello, this is a text file.\n", "not a schedule"),
        (b"", "empty"),
        (b'{"conference": {}}', "neither a frab schedule.json"),
        (b"[1, 2, 3]", "neither a frab schedule.json"),
        (b"<html><body>404</body></html>", "not <schedule>"),
        (b"BEGIN:VCARD\r\nEND:VCARD\r\n", "not a schedule"),
    ],
)
def test_unknown_content_is_a_clear_error(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "mystery.json"
    path.write_bytes(content)
    with pytest.raises(EventFileError) as info:
        load_event(path)
    assert words in str(info.value.problem)
    assert "mystery.json" in str(info.value)
