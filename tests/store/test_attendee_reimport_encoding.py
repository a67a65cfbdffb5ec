"""Re-importing a list saved in the wrong Cyrillic encoding must not overwrite good names with mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion import paths
from companion.cli import main
from companion.store.attendees import AttendeeStore
from companion.store.database import open_state

LIST = "id,Name,Surname,Country\nR-1,Аркадий,Подъячев,Россия\nR-2,Зоя,Щукина,Россия\n"


@pytest.mark.parametrize("encoding", ["koi8-r", "mac-cyrillic"])
def test_reimport_in_another_encoding_keeps_the_stored_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    good = tmp_path / "list-utf8.csv"
    good.write_text(LIST, encoding="utf-8")
    assert main(["badges", str(good), "-o", str(tmp_path / "first.pdf")]) == 0
    capsys.readouterr()

    garbled = tmp_path / "list-export.csv"
    garbled.write_bytes(LIST.encode(encoding))
    out = tmp_path / "second.pdf"
    assert main(["badges", str(garbled), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "list-export.csv" in err and "UTF-8" in err
    assert not out.exists()
    store = AttendeeStore(open_state(paths.state_db_path()), "caccc-2025")
    assert [(a.id, a.given_name, a.family_name) for a in store.all()] == [
        ("R-1", "Аркадий", "Подъячев"), ("R-2", "Зоя", "Щукина")]
