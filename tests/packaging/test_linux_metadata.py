"""The Linux desktop entry and AppStream metainfo validate and agree with the app id."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from companion import APP_ID

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_files_are_named_after_the_app_id() -> None:
    assert (LINUX / f"{APP_ID}.desktop").is_file()
    assert (LINUX / f"{APP_ID}.metainfo.xml").is_file()
    assert f"<id>{APP_ID}</id>" in (LINUX / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    assert f"Icon={APP_ID}" in (LINUX / f"{APP_ID}.desktop").read_text("utf-8")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


MIME_XML = LINUX / f"{APP_ID}.mime.xml"
SCHEDULE_TYPES = [
    "application/x-frab-schedule+xml", "application/x-schedule+json", "application/x-companion-event+json"]
DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "data" / "caccc2025.json"


def _mime_types_claimed() -> list[str]:
    for line in (LINUX / f"{APP_ID}.desktop").read_text("utf-8").splitlines():
        if line.startswith("MimeType="):
            return [t for t in line.removeprefix("MimeType=").split(";") if t]
    return []


def test_the_desktop_entry_claims_schedules_not_every_json_xml_or_calendar() -> None:
    claimed = _mime_types_claimed()
    assert claimed == SCHEDULE_TYPES
    assert not {"application/json", "application/xml", "text/calendar", "text/xml"} & set(claimed)
    assert "Exec=companion %f" in (LINUX / f"{APP_ID}.desktop").read_text("utf-8")
    defined = MIME_XML.read_text("utf-8")
    for kind in claimed:
        assert f'<mime-type type="{kind}">' in defined
        assert f"<mediatype>{kind}</mediatype>" in (LINUX / f"{APP_ID}.metainfo.xml").read_text("utf-8")


@pytest.mark.skipif(shutil.which("update-mime-database") is None or shutil.which("gio") is None,
                    reason="shared-mime-info or gio not installed")
def test_schedules_are_recognised_by_content(tmp_path: Path) -> None:
    """A private MIME database with Companion's types, asked through GIO as a file manager would."""
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, share / "mime" / "packages" / f"{APP_ID}.xml")
    subprocess.run(["update-mime-database", str(share / "mime")], check=True, capture_output=True)
    files = tmp_path / "files"
    files.mkdir()
    cases = {
        "schedule.json": (DATA / "36c3.schedule.json", "application/x-schedule+json"),
        "democon.schedule.json": (DATA / "pretalx-democon.schedule.json", "application/x-schedule+json"),
        "download": (DATA / "36c3.schedule.json", "application/x-schedule+json"),  # no name to go by
        "fosdem.schedule.xml": (DATA / "fosdem2021.schedule.xml", "application/x-frab-schedule+xml"),
        "fosdem-download": (DATA / "fosdem2021.schedule.xml", "application/x-frab-schedule+xml"),
        "event-download": (BUNDLED, "application/x-companion-event+json"),
        "exported.ics": (DATA / "kielux2020.ics", "text/calendar"),  # calendars stay the calendar's
    }
    (files / "settings.json").write_text('{"theme": "dark"}', "utf-8")
    (files / "feed.xml").write_text("<rss><channel/></rss>", "utf-8")
    for name, (source, _kind) in cases.items():
        shutil.copy(source, files / name)
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": "/usr/share", "HOME": str(tmp_path)}

    def kind_of(name: str) -> str:
        out = subprocess.run(["gio", "info", "-a", "standard::content-type", str(files / name)], env=env,
                             capture_output=True, text=True, check=True).stdout
        return out.rsplit("standard::content-type:", 1)[1].strip()

    for name, (_source, kind) in cases.items():
        assert kind_of(name) == kind, name
    assert kind_of("settings.json") == "application/json"
    assert kind_of("feed.xml") != "application/x-frab-schedule+xml"
