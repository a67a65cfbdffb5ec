"""The licences of everything Companion ships: itself, Python, Qt and PySide6, the DejaVu fonts and each Python
package it runs on (read from the installed packages' metadata, so the list follows what is really installed,
in a virtual environment and in the frozen bundle alike).

Help → About lists them (:mod:`companion.ui.about`); ``packaging/bundle_licences.py`` writes the same list with the
full texts into the bundle's ``licenses`` folder.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from companion.resources import resource_path

LICENCE_FILE = re.compile(r"(^|[/\\])(licen[cs]e|copying|notice|authors)[^/\\]*$", re.IGNORECASE)
"""Files of a package's metadata that carry its licence text."""
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True, slots=True)
class Component:
    """One thing the application ships, with its licence and where the licence's text is."""

    name: str
    version: str
    licence: str
    """An SPDX expression or the name the package gives."""
    texts: tuple[Path, ...] = field(default=())
    """Files with the licence text (and notices)."""
    note: str = ""
    """What the licence asks of whoever passes the program on (Qt's relinking note), in English."""

    def full_text(self) -> str:
        """The note, then every licence file, each under its name."""
        parts = [self.note] if self.note else []
        for path in self.texts:
            try:
                parts.append(f"--- {path.name} ---\n{path.read_text('utf-8', errors='replace')}")
            except OSError:
                continue
        return "\n\n".join(parts)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta["License-Expression"]
    if expression:
        return str(expression)
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    text = str(meta["License"] or "").strip()
    if text and len(text) <= 80 and "\n" not in text:
        return text
    if classifiers:
        return " / ".join(classifiers)
    return text.splitlines()[0][:80] if text else "see licence text"


def _licence_files(dist: metadata.Distribution) -> tuple[Path, ...]:
    found: list[Path] = []
    for file in dist.files or ():
        text = str(file)
        if ".dist-info" in text and LICENCE_FILE.search(text):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append(path)
    return tuple(sorted(found, key=lambda p: p.name.lower()))


def _requirements(dist: metadata.Distribution) -> Iterator[str]:
    """The names ``dist`` requires outside extras (other markers are left to whether the package is installed)."""
    for requirement in dist.requires or ():
        if "extra" in requirement.partition(";")[2]:
            continue
        match = _REQUIREMENT_NAME.match(requirement)
        if match:
            yield match.group(1)


def python_packages(root: str = "companion") -> list[metadata.Distribution]:
    """Every installed distribution ``root`` needs at run time (transitively), ``root`` itself excluded."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = _normal(dist.metadata["Name"] or name)
        if key in seen:
            continue
        seen[key] = dist
        todo.extend(_requirements(dist))
    seen.pop(_normal(root), None)
    return sorted(seen.values(), key=lambda d: _normal(d.metadata["Name"] or ""))


QT_NOTE = (
    "Qt is used under the GNU Lesser General Public License version 3 (LGPL-3.0-only). The Qt libraries are "
    "shipped as separate, dynamically linked shared libraries (in the PySide6/Qt folder of the program, or in "
    "the PySide6 package of a Python installation) and are not modified. You may replace them with your own "
    "build of the same Qt version, built from the sources at https://download.qt.io/official_releases/qt/ "
    "(the matching PySide6 sources are at https://download.qt.io/official_releases/QtForPython/), and the "
    "program will use them: this is the relinking the LGPL allows. Qt includes third-party code (ICU, "
    "HarfBuzz, FreeType, libpng, PCRE2, zlib, PDFium for Qt PDF and others) under their own permissive "
    "licences, listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html."
)
PYSIDE_NOTE = (
    "PySide6 and Shiboken6 (Qt for Python) are used under the GNU Lesser General Public License version 3 "
    "(LGPL-3.0-only), unmodified; their sources are at https://download.qt.io/official_releases/QtForPython/."
)


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def _own_licence() -> Component:
    from companion import __version__

    own = Path(resource_path("licenses", "Companion-LICENSE.txt"))
    return Component("Companion", __version__, "MIT", (own, *_files_of("companion")))


def _qt_version() -> str:
    """PySide6's version, which is the Qt version it ships (read from metadata: no Qt is loaded here)."""
    return _version("pyside6") or _version("pyside6-essentials")


def shipped_components() -> list[Component]:
    """Companion, Python, Qt, PySide6 and Shiboken6, the DejaVu fonts, then each Python package by name."""
    licences = Path(resource_path("licenses"))
    lgpl = (licences / "LGPL-3.0.txt", licences / "GPL-3.0.txt")
    python_version = ".".join(str(part) for part in sys.version_info[:3])
    out = [
        _own_licence(),
        Component("Python", python_version, "PSF-2.0", (licences / "Python-LICENSE.txt",)),
        Component("Qt", _qt_version(), "LGPL-3.0-only", lgpl, QT_NOTE),
        Component("DejaVu fonts", "2.37", "Bitstream Vera and Arev fonts licence (free)",
                  (Path(resource_path("fonts", "DejaVu-LICENSE.txt")),)),
    ]
    if getattr(sys, "frozen", False):  # the frozen program starts through PyInstaller's bootloader
        version = _version("pyinstaller")
        out.append(Component("PyInstaller bootloader", version, "GPL-2.0-or-later WITH Bootloader-exception",
                             _files_of("pyinstaller")))
    for dist in python_packages():
        name = str(dist.metadata["Name"])
        key = _normal(name)
        if key in {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}:
            out.append(Component(name, dist.version, "LGPL-3.0-only", lgpl, PYSIDE_NOTE))
        else:
            out.append(Component(name, dist.version, _licence_of(dist), _licence_files(dist)))
    return out


def _files_of(name: str) -> tuple[Path, ...]:
    try:
        return _licence_files(metadata.distribution(name))
    except metadata.PackageNotFoundError:
        return ()


def licences_text(components: Iterable[Component]) -> str:
    """All components with their full licence texts, for a THIRD-PARTY-LICENSES file."""
    blocks = []
    for component in components:
        head = f"{component.name} {component.version}".strip() + f" — {component.licence}"
        blocks.append("=" * len(head) + "\n" + head + "\n" + "=" * len(head) + "\n\n" + component.full_text())
    return "\n\n\n".join(blocks) + "\n"
