"""Writes the bundle's ``licenses`` folder at build time: THIRD-PARTY-LICENSES.txt (every component the bundle
ships, with its full licence text, from the installed packages' metadata) and a short README.

Called by the PyInstaller spec (packaging/pyinstaller/companion.spec) in the build environment, where the
project and its run-time dependencies are installed exactly as the bundle will carry them.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from companion.licences import Component, licences_text, shipped_components
from companion.resources import resource_path

NOT_SHIPPED: set[str] = set()


def bundle_components(camera: bool = False) -> list[Component]:
    components = [c for c in shipped_components() if c.name.lower() not in NOT_SHIPPED]
    # The bootloader is in every frozen program; at build time sys.frozen is not set, so add it here.
    if not any(c.name == "PyInstaller bootloader" for c in components):
        from importlib import metadata

        dist = metadata.distribution("pyinstaller")
        files = tuple(Path(str(dist.locate_file(f))) for f in dist.files or () if "licen" in str(f).lower()
                      or "COPYING" in str(f))
        components.insert(4, Component("PyInstaller bootloader", dist.version,
                                       "GPL-2.0-or-later WITH Bootloader-exception", files))
    if camera:
        components.append(Component("FFmpeg (Qt Multimedia backend)", "", "LGPL-2.1-or-later",
                                    (Path(resource_path("licenses", "LGPL-3.0.txt")),),
                                    "Shipped by PySide6-Addons as shared libraries; sources at https://ffmpeg.org."))
    return components


def write_licence_folder(folder: Path, camera: bool = False) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    components = bundle_components(camera)
    (folder / "THIRD-PARTY-LICENSES.txt").write_text(licences_text(components), "utf-8")
    listing = "\n".join(f"- {c.name} {c.version}: {c.licence}" for c in components)
    (folder / "README.txt").write_text(
        "Companion and everything this program ships, with their licences (full texts in "
        "THIRD-PARTY-LICENSES.txt; Help → About in the program shows the same list):\n\n" + listing + "\n", "utf-8")
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        shutil.copy2(resource_path("licenses", name), folder / name)
    return folder


if __name__ == "__main__":
    print(write_licence_folder(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/licenses")))
