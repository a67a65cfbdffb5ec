"""``companion checkin`` / ``checkin-log`` / ``badges --export-desk``: a station prints, a desk that did not print
imports the sealed package and checks people in from a picture, from arguments and from stdin; one line per code,
exit status 2 refused > 1 duplicate > 0; logs exchanged idempotently; CSV; erase."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from companion.cli import main
from companion.resources import resource_path

SAMPLE = resource_path("samples", "attendees-fictional.csv")


def _station(tmp_path: Path) -> tuple[Path, list[Path], Path]:
    """Print four badges on a station, photograph them (poppler), export a sealed desk package."""
    station = tmp_path / "station"
    one_list = tmp_path / "four.csv"
    lines = SAMPLE.read_text(encoding="utf-8-sig").splitlines()
    one_list.write_text("\n".join(lines[:6]) + "\n", encoding="utf-8")  # a comment, the header, 4 people
    pdf = tmp_path / "badges.pdf"
    assert main(["--data-dir", str(station), "badges", str(one_list), "-o", str(pdf), "--layout", "a6-a4"]) == 0
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "photo")], check=True, timeout=60)
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("steppe wind 2025\n", encoding="utf-8")
    package = tmp_path / "desk.json"
    assert main(["--data-dir", str(station), "badges", "--export-desk", str(package), "--passphrase-file",
                 str(passphrase)]) == 0
    return package, sorted(tmp_path.glob("photo*.png")), passphrase


def test_a_desk_checks_in_from_a_picture_arguments_and_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    package, photos, passphrase = _station(tmp_path)
    said = capsys.readouterr().err
    assert "desk package of caccc-2025" in said and "sealed with the passphrase" in said
    fingerprint = said.split("key fingerprint ")[1].split(" (")[0]
    desk = ["--data-dir", str(tmp_path / "desk")]

    assert main([*desk, "checkin", "--import-desk", str(package)]) == 2
    assert "give the passphrase" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("steppe wind 2024\n", encoding="utf-8")
    assert main([*desk, "checkin", "--import-desk", str(package), "--passphrase-file", str(wrong)]) == 2
    assert "desk.json: wrong passphrase" in capsys.readouterr().err
    assert main([*desk, "checkin", "--import-desk", str(package), "--passphrase-file", str(passphrase)]) == 0
    assert fingerprint in capsys.readouterr().err  # the same fingerprint on both machines

    assert main([*desk, "checkin", "--desk-id", "gate-1", "--image", str(photos[0])]) == 0
    admitted = capsys.readouterr().out.splitlines()
    assert len(admitted) == 4 and all("  admitted: " in line for line in admitted)
    assert main([*desk, "checkin", "--image", str(photos[0])]) == 1
    again = capsys.readouterr().out.splitlines()
    assert len(again) == 4 and all("already checked in" in line and "desk gate-1" in line for line in again)

    from companion.sources.qr_image import decode_file

    code = decode_file(photos[0])[0]
    changed = code[:10] + ("B" if code[10] != "B" else "C") + code[11:]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{code}\r\n\n{changed}\nhello\n"))
    assert main([*desk, "checkin"]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and "already checked in" in lines[0] and "refused" in lines[1] and "refused" in lines[2]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n  \n"))  # a scanner not connected: nothing came
    assert main([*desk, "checkin"]) == 2
    said_nothing = capsys.readouterr()
    assert said_nothing.out == "" and "no badge code was given" in said_nothing.err

    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("L", (200, 200), 255).save(blank)
    assert main([*desk, "checkin", "--image", str(blank)]) == 2
    assert "blank.png: no QR code found" in capsys.readouterr().err
    (tmp_path / "notimage.png").write_text("hello", encoding="utf-8")
    assert main([*desk, "checkin", "--image", str(tmp_path / "notimage.png")]) == 2
    assert "notimage.png: not an image" in capsys.readouterr().err


def test_desk_logs_are_exchanged_reported_and_erased(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package, photos, passphrase = _station(tmp_path)
    logs = []
    for name in ("north", "south"):
        desk = ["--data-dir", str(tmp_path / name)]
        assert main([*desk, "checkin", "--import-desk", str(package), "--passphrase-file", str(passphrase),
                     "--desk-id", name, "--image", str(photos[0])]) == 0
        logs.append(tmp_path / f"{name}.json")
        assert main([*desk, "checkin-log", "--export", str(logs[-1])]) == 0
    capsys.readouterr()
    north = ["--data-dir", str(tmp_path / "north")]
    assert main([*north, "checkin-log", "--merge", str(logs[1])]) == 0
    assert "4 new; conflicts: 4" in capsys.readouterr().err
    assert main([*north, "checkin-log", "--merge", str(logs[1]), str(logs[0])]) == 0
    assert "0 new" in capsys.readouterr().err  # importing again changes nothing
    assert main([*north, "checkin-log", "--counts"]) == 0
    out = capsys.readouterr().out
    assert "checked in: 4 of 4" in out and out.count("conflict: ") == 4
    delegations = out.split("by delegation\n")[1].split("desk ")[0].splitlines()
    assert delegations in (["  Qazaqstan: 4/4"], ["  Қазақстан: 4/4"])  # one country, however the list spells it
    report = tmp_path / "report.csv"
    assert main([*north, "checkin-log", "--csv", str(report)]) == 0
    assert len(report.read_text(encoding="utf-8-sig").splitlines()) == 1 + 8
    assert main([*north, "checkin-log", "--merge", str(tmp_path / "missing.json")]) == 2
    assert "missing.json" in capsys.readouterr().err
    assert main([*north, "checkin-log", "--erase"]) == 0
    assert main([*north, "checkin-log", "--counts"]) == 0
    assert "checked in: 0 of 0" in capsys.readouterr().out


def test_a_reissued_badge_refuses_the_lost_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _package, photos, _passphrase = _station(tmp_path)
    station = ["--data-dir", str(tmp_path / "station")]
    from companion.sources.qr_image import decode_file

    lost = next(c for c in decode_file(photos[0]) if main([*station, "checkin", "--", c]) == 0)
    person = capsys.readouterr().out.split()[0]
    reprint = tmp_path / "reprint.pdf"
    assert main([*station, "badges", "--id", person, "--reissue", "--layout", "cr80", "-o", str(reprint)]) == 0
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(reprint), str(tmp_path / "new")], check=True, timeout=60)
    (new_code,) = decode_file(next(tmp_path.glob("new*.png")))
    assert main([*station, "checkin", lost]) == 2
    assert "refused: revoked: this badge was replaced by a reprint" in capsys.readouterr().out
    assert main([*station, "checkin", new_code]) == 1  # the same person, already admitted with the lost code
