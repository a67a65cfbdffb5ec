"""Hostile and broken files end in an EventFileError naming the file and the place; nothing is expanded or fetched."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from companion.sources import EventFileError, load_event

XXE = """<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<schedule><conference><title>&secret;</title></conference></schedule>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<schedule><conference><title>&lol9;</title></conference></schedule>
"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE schedule SYSTEM "http://example.invalid/evil.dtd">
<schedule><conference><title>T</title></conference></schedule>
"""


def _error(path: Path) -> EventFileError:
    with pytest.raises(EventFileError) as info:
        load_event(path)
    assert path.name in str(info.value)
    return info.value


def test_xxe_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xxe.xml"
    path.write_text(XXE, "utf-8")
    err = _error(path)
    assert "unsafe XML" in str(err.problem) and str(err.location).startswith("line 2")
    assert "root:" not in str(err)


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lol.xml"
    path.write_text(BILLION_LAUGHS, "utf-8")
    err = _error(path)
    assert "unsafe XML" in str(err.problem) and str(err.location).startswith("line 3")


def test_external_dtd_is_not_fetched(tmp_path: Path) -> None:
    path = tmp_path / "dtd.xml"
    path.write_text(EXTERNAL_DTD, "utf-8")
    # Either refused outright or read without the DTD; never fetched (the host does not exist).
    try:
        event = load_event(path)
    except EventFileError as err:
        assert "dtd.xml" in str(err)
    else:
        assert not event.sessions


def test_truncated_xml_names_the_line(realdata: Path, tmp_path: Path) -> None:
    data = (realdata / "debconf23.schedule.xml").read_bytes()
    path = tmp_path / "cut.xml"
    path.write_bytes(data[: len(data) // 2])
    err = _error(path)
    assert str(err.location).startswith("line ") and "not well-formed" in str(err.problem)
    assert int(str(err.location).split()[1].rstrip(",")) > 1000


def test_truncated_json_names_the_line(realdata: Path, tmp_path: Path) -> None:
    data = (realdata / "36c3.schedule.json").read_bytes()
    path = tmp_path / "cut.json"
    path.write_bytes(data[:100_000])
    err = _error(path)
    assert str(err.location).startswith("line ") and "not valid JSON" in str(err.problem)


def test_truncated_icalendar_names_the_open_component(realdata: Path, tmp_path: Path) -> None:
    data = (realdata / "kielux2020.ics").read_bytes()
    cut = data[: data.index(b"END:VEVENT", 5000)]
    path = tmp_path / "cut.ics"
    path.write_bytes(cut)
    err = _error(path)
    assert "never closed" in str(err.problem) and str(err.location).startswith("line ")


def test_xml_in_the_wrong_encoding(tmp_path: Path) -> None:
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<schedule>\n<conference><title>Ашхабад</title></conference>'
    path = tmp_path / "cp1251.xml"
    path.write_bytes((text + "</schedule>").encode("cp1251"))
    err = _error(path)
    assert str(err.location).startswith("line 3") and "encoding" in str(err.problem)


def test_json_in_the_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    text = json.dumps({"schedule": {"conference": {"title": "Zürich"}}}, ensure_ascii=False)
    path.write_bytes(text.encode("latin-1"))
    err = _error(path)
    assert "UTF-8" in str(err.problem) and "byte" in str(err.location)


def test_icalendar_in_the_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin1.ics"
    path.write_bytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Zürich\r\nEND:VCALENDAR\r\n".encode("latin-1"))
    err = _error(path)
    assert "UTF-8" in str(err.problem) and str(err.location).startswith("line 3")


def test_ten_megabytes_of_junk(tmp_path: Path) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(os.urandom(10 * 1024 * 1024))
    err = _error(path)
    assert err.problem


def test_ten_megabytes_of_junk_after_a_schedule_start(tmp_path: Path) -> None:
    path = tmp_path / "junk.xml"
    path.write_bytes(b"<schedule>\n" + os.urandom(10 * 1024 * 1024))
    err = _error(path)
    assert str(err.location).startswith("line ")


def test_ten_megabytes_of_junk_after_a_json_start(tmp_path: Path) -> None:
    path = tmp_path / "junk.json"
    path.write_bytes(b'{"schedule": ' + b"x" * (10 * 1024 * 1024))
    err = _error(path)
    assert str(err.location) == "line 1, column 14"


def test_deeply_nested_json(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_bytes(b'{"schedule": ' + b"[" * 200_000 + b"]" * 200_000 + b"}")
    _error(path)
