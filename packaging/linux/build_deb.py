"""Build dist/companion_<version>_<arch>.deb from the bundle in dist/companion, with dpkg-deb only.

    python packaging/linux/build_deb.py [--bundle dist/companion] [--out dist]

Installs the bundle under /usr/lib/companion with /usr/bin/companion, the desktop entry, the AppStream metadata,
the icon and the schedule MIME types under the app id (dpkg's triggers update the MIME and desktop databases).
Depends: the Debian packages of every system library the bundle's binaries load (found with ldd and dpkg -S on
the build machine; the bundle leaves these to the system), and libc6 at least as new as the newest GLIBC_
symbol it uses.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.caccc.Companion"
EXTRA_DEPENDS = ["shared-mime-info", "desktop-file-utils"]
"""Not libraries: the tools whose dpkg triggers register the MIME types and the desktop entry."""


def system_libraries(bundle: Path) -> tuple[set[Path], set[str]]:
    """Libraries outside the bundle that its ELF files load, and the names ldd could not find."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from check_bundle import shared_objects

    elves = shared_objects(bundle)
    dirs = sorted({str(p.parent) for p in elves})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(dirs)}
    found: set[Path] = set()
    missing: set[str] = set()
    for elf in elves:
        out = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env, check=False).stdout
        for line in out.splitlines():
            name, _, rest = line.strip().partition(" => ")
            if not rest:
                continue
            target = rest.split(" (")[0].strip()
            if target == "not found":
                missing.add(f"{name} (for {elf.relative_to(bundle)})")
            elif not target.startswith(str(bundle)):
                found.add(Path(target))
    return found, missing


def packages_of(libraries: set[Path]) -> set[str]:
    """The Debian packages that own ``libraries`` (one dpkg -S call; a link is looked up by its target too)."""
    wanted = {lib: {str(lib), str(lib.resolve())} for lib in libraries}
    paths = sorted(set().union(*wanted.values())) if wanted else []
    result = subprocess.run(["dpkg", "-S", *paths], capture_output=True, text=True, check=False)
    owner: dict[str, str] = {}
    for line in result.stdout.splitlines():
        package, _, path = line.partition(": ")
        owner[path.strip()] = package.split(":")[0].strip()  # "libfoo:amd64" names the architecture
    packages: set[str] = set()
    for lib, names in sorted(wanted.items()):
        found = [owner[name] for name in names if name in owner]
        if not found:
            raise SystemExit(f"no Debian package provides {lib}: install it on the build machine")
        packages.add(found[0])
    return packages


def depends(bundle: Path) -> str:
    libraries, missing = system_libraries(bundle)
    # Pillow's optional AVIF codec loads a library the bundle leaves out; nothing else may be missing.
    missing = {m for m in missing if "avif" not in m}
    if missing:
        raise SystemExit("libraries not found on the build machine: " + ", ".join(sorted(missing)))
    packages = packages_of(libraries)
    sys.path.insert(0, str(ROOT / "packaging"))
    from check_bundle import glibc_needed

    version, _who = glibc_needed(bundle)
    packages.discard("libc6")
    items = [f"libc6 (>= {'.'.join(map(str, version))})", *sorted(packages), *EXTRA_DEPENDS]
    return ", ".join(items)


def build(bundle: Path, out: Path, compression: str = "xz") -> Path:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    version = project["version"]
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "stage"
        lib = stage / "usr/lib/companion"
        shutil.copytree(bundle, lib, symlinks=True)
        (stage / "usr/bin").mkdir(parents=True)
        os.symlink("../lib/companion/companion", stage / "usr/bin/companion")
        share = stage / "usr/share"
        for source, target in (
            (LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
            (LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
            (LINUX / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml"),
            (ROOT / "resources" / "icons" / f"{APP_ID}.svg", share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"),
        ):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        doc = share / "doc" / "companion"
        doc.mkdir(parents=True)
        licences = next(bundle.rglob("licenses/THIRD-PARTY-LICENSES.txt"))
        (doc / "copyright").write_text(
            "Companion is MIT-licensed. It ships Python, Qt, PySide6, the DejaVu fonts and Python packages under\n"
            "their own licences, reproduced below and in /usr/lib/companion/_internal/licenses.\n\n"
            + licences.read_text("utf-8"), "utf-8")
        size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
        control = stage / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: companion\nVersion: {version}\nArchitecture: {arch}\n"
            "Maintainer: The Companion team <companion@caccc.invalid>\n"
            f"Installed-Size: {size_kb}\nDepends: {depends(bundle)}\nSection: misc\nPriority: optional\n"
            f"Description: {project['description'][:79]}\n"
            " Attendees browse the agenda, delegations and people, star sessions and add them\n"
            " to their calendars; registration staff print name badges with signed QR codes.\n"
            " Opens any conference published as frab XML, schedule.json or iCalendar.\n", "utf-8")
        for path in stage.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        out.mkdir(parents=True, exist_ok=True)
        target = out / f"companion_{version}_{arch}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(stage), str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "companion"))
    parser.add_argument("--out", default=str(ROOT / "dist"))
    parser.add_argument("--compression", choices=("xz", "gzip", "zstd", "none"), default="xz",
                        help="dpkg-deb's compressor: xz (smallest, for release) or gzip (the tests: 10x faster)")
    args = parser.parse_args(argv)
    print(build(Path(args.bundle).resolve(), Path(args.out), args.compression))
    return 0


if __name__ == "__main__":
    sys.exit(main())
