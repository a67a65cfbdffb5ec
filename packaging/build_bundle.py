"""Build the frozen application: ``dist/companion/`` with ``dist/companion/companion`` (``companion.exe``).

    python packaging/build_bundle.py [--camera] [--python PY]

(``packaging/build-bundle`` on Linux and macOS runs this.) It makes a build environment in ``build/bundle-venv``
(once; ``--python`` uses an existing interpreter instead), installs the project into it as a wheel would
install it, with PyInstaller (packaging/requirements-bundle.txt), then runs the one spec,
packaging/pyinstaller/companion.spec. The same command works on Linux, Windows and macOS (on macOS the spec
also makes ``dist/Companion.app``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--camera", action="store_true", help="keep QtMultimedia (check-in desk camera)")
    parser.add_argument("--python", help="build with this interpreter (the project and PyInstaller installed)")
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default: dist)")
    args = parser.parse_args(argv)

    if args.python:
        python = Path(args.python)
    else:
        env_dir = ROOT / "build" / "bundle-venv"
        python = venv_python(env_dir)
        if not python.exists():
            venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-r",
                        str(ROOT / "packaging" / "requirements-bundle.txt")], check=True)
        # Not editable: the bundle carries the installed package with its metadata (version, licences).
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", str(ROOT)],
                       check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT)], check=True)
    env = dict(os.environ)
    env["COMPANION_BUNDLE_CAMERA"] = "1" if args.camera else "0"
    command = [
        str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", args.dist, "--workpath", str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "packaging" / "pyinstaller" / "companion.spec"),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    program = Path(args.dist) / "companion" / ("companion.exe" if os.name == "nt" else "companion")
    print(f"built {program}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
