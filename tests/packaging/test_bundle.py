"""The frozen application (dist/companion, from packaging/build-bundle) runs with a clean environment.

Slow (it needs a built bundle), so it runs only when COMPANION_BUNDLE=1: ``packaging/check-bundle`` builds the
bundle and runs this file; .ci/run calls it after the main suite.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("COMPANION_BUNDLE_DIR", ROOT / "dist" / "companion"))
PROGRAM = BUNDLE / ("companion.exe" if os.name == "nt" else "companion")
SAMPLE = ROOT / "resources" / "samples" / "attendees-fictional.csv"

pytestmark = [
    pytest.mark.skipif(os.environ.get("COMPANION_BUNDLE") != "1", reason="bundle checks: packaging/check-bundle"),
    pytest.mark.timeout(600),
]


@pytest.fixture(scope="module", autouse=True)
def built() -> None:
    if not PROGRAM.exists():
        pytest.fail(f"no bundle at {BUNDLE}: run packaging/build-bundle first")


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """No virtual environment on PATH, no PYTHONPATH, an empty HOME and data folder."""
    home.mkdir(parents=True, exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "TMPDIR": str(home)}
    env.update(extra)
    return env


def run(args: list[str], home: Path, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PROGRAM), *args], env=clean_env(home, **extra), capture_output=True, text=True,
                          timeout=timeout, check=False, cwd=home)


def test_version_is_the_projects(tmp_path: Path) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    result = run(["--version"], tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"companion {declared}"


def test_agenda_json(tmp_path: Path) -> None:
    result = run(["agenda", "--json"], tmp_path / "home")
    assert result.returncode == 0, result.stderr
    sessions = json.loads(result.stdout)
    assert len(sessions) > 10 and all("title" in s for s in sessions)


def test_export_ics(tmp_path: Path) -> None:
    target = tmp_path / "all.ics"
    result = run(["export-ics", "--all", "-o", str(target)], tmp_path / "home")
    assert result.returncode == 0, result.stderr
    text = target.read_text("utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") > 5


def test_badges_on_the_sample_list(tmp_path: Path) -> None:
    target = tmp_path / "badges.pdf"
    result = run(["badges", str(SAMPLE), "-o", str(target)], tmp_path / "home", timeout=300)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_russian_commands(tmp_path: Path) -> None:
    result = run(["--lang", "ru", "agenda"], tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert re.search("[а-яА-Я]{4}", result.stdout)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("display", ["offscreen", "xvfb"])
def test_window_paints(tmp_path: Path, lang: str, display: str) -> None:
    args = ["--lang", lang]
    extra = {"COMPANION_BENCH_FIRST_PAINT": "1", "COMPANION_DATA_DIR": str(tmp_path / "data")}
    if display == "offscreen":
        result = run(args, tmp_path / "home", QT_QPA_PLATFORM="offscreen", **extra)
    else:
        if shutil.which("xvfb-run") is None:
            pytest.skip("xvfb-run not installed")
        home = tmp_path / "home"
        result = subprocess.run(
            ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", str(PROGRAM), *args],
            env={**clean_env(home, **extra), "QT_QPA_PLATFORM": "xcb"}, capture_output=True, text=True,
            timeout=180, check=False, cwd=home)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "first-paint" in result.stdout, result.stderr[-3000:]


def test_only_the_qt_the_app_uses() -> None:
    names = {p.name for p in BUNDLE.rglob("*") if p.is_file()}
    qt = sorted(n for n in names if re.match(r"(lib)?Qt6?\w+", n))
    print("bundled Qt:", ", ".join(qt))
    for unwanted in ("WebEngine", "Qml", "Quick", "Multimedia", "3D", "Designer"):
        assert not [n for n in qt if unwanted in n], unwanted
    for needed in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets"):
        assert any(n.startswith(needed + ".") for n in names), needed
    translations = sorted(p.name for p in BUNDLE.rglob("translations/*.qm") if "PySide6" in str(p))
    assert translations == ["qtbase_en.qm", "qtbase_kk.qm", "qtbase_ru.qm"]
    ours = sorted(p.name for p in BUNDLE.rglob("companion_*.qm"))
    assert ours == ["companion_en.qm", "companion_kk.qm", "companion_kk_Latn.qm", "companion_ru.qm"]


def test_bundle_carries_licences_and_resources() -> None:
    licences = next(BUNDLE.rglob("licenses/THIRD-PARTY-LICENSES.txt")).read_text("utf-8")
    for name in ("Qt", "PySide6", "DejaVu", "Python", "icalendar", "reportlab", "cryptography", "pyuca",
                 "PyInstaller bootloader", "GNU LESSER GENERAL PUBLIC LICENSE", "relinking"):
        assert name in licences, name
    for part in ("data/caccc2025.json", "schema/companion-event-1.schema.json", "fonts/DejaVuSans.ttf"):
        assert list(BUNDLE.rglob(part)), part


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF bundle")
def test_size_and_glibc() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from check_bundle import folder_size, glibc_needed

    size = folder_size(BUNDLE)
    print(f"unpacked {size / 1e6:.1f} MB")
    assert size < 200e6
    if shutil.which("objdump"):
        version, who = glibc_needed(BUNDLE)
        print(f"needs GLIBC_{'.'.join(map(str, version))} ({who})")
        assert version >= (2, 17)


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="not a Debian system")
def test_deb_installs_the_bundle_and_desktop_files_under_the_app_id(tmp_path: Path) -> None:
    build_deb = [sys.executable, str(ROOT / "packaging" / "linux" / "build_deb.py"), "--bundle", str(BUNDLE),
                 "--out", str(tmp_path), "--compression", "gzip"]  # xz (the release default) takes minutes here
    result = subprocess.run(build_deb, capture_output=True, text=True, check=False,
                            timeout=1200)
    assert result.returncode == 0, result.stderr
    deb = Path(result.stdout.strip().splitlines()[-1])
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./usr/lib/companion/companion", "./usr/bin/companion -> ../lib/companion/companion",
                 "./usr/share/applications/org.caccc.Companion.desktop",
                 "./usr/share/metainfo/org.caccc.Companion.metainfo.xml",
                 "./usr/share/mime/packages/org.caccc.Companion.xml",
                 "./usr/share/icons/hicolor/scalable/apps/org.caccc.Companion.svg",
                 "./usr/share/doc/companion/copyright"):
        assert path in listing, path
    control = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends", "Version"], capture_output=True, text=True,
                             check=True).stdout
    print(control)
    # what Qt's xcb and wayland platform plugins and the print dialog load from the system
    for package in ("libc6 (>= 2.", "libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
                    "libwayland-client0", "libcups2", "libegl1", "shared-mime-info"):
        assert package in control, package
    extracted = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(extracted)], check=True)
    installed = subprocess.run(  # through the /usr/bin link, as the desktop entry starts it
        [str(extracted / "usr/bin/companion"), "--version"], env=clean_env(tmp_path / "home"),
        capture_output=True, text=True, timeout=60, check=False)
    assert installed.returncode == 0 and installed.stdout.startswith("companion "), installed.stderr


def test_second_launch_of_the_bundle_hands_its_file_over(tmp_path: Path) -> None:
    import sqlite3
    import time

    from companion.ui.single_instance import server_name

    fosdem = ROOT / "tests" / "data" / "fosdem2021.schedule.xml"

    def last_event(folder: Path) -> str | None:
        try:
            with sqlite3.connect(f"file:{folder / 'companion.sqlite3'}?mode=ro", uri=True) as conn:
                row = conn.execute("SELECT value FROM settings WHERE key = 'startup/last-event'").fetchone()
        except sqlite3.Error:
            return None
        return str(row[0]) if row else None

    data = tmp_path / "data"
    home = tmp_path / "h"
    env = clean_env(home, COMPANION_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen([str(PROGRAM)], env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        socket = home / server_name(data)  # TMPDIR is the empty HOME
        deadline = time.monotonic() + 60
        while not socket.exists() and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.2)
        assert socket.exists(), "the first window never listened"
        second = run([str(fosdem)], home, timeout=60, COMPANION_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
        assert second.returncode == 0, second.stderr
        deadline = time.monotonic() + 60
        while last_event(data) != f"file:{fosdem}" and time.monotonic() < deadline:
            time.sleep(0.3)
        assert last_event(data) == f"file:{fosdem}"
        assert first.poll() is None
    finally:
        first.terminate()
        try:
            first.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.communicate()
