#!/usr/bin/env python3
"""Refresh the Qt Linguist sources (.ts) from the code and compile them (.qm), in one go.

    python packaging/i18n/update_translations.py            # lupdate, spell kk-Latn, lrelease
    python packaging/i18n/update_translations.py --report   # also list what is still untranslated

1. ``pyside6-lupdate`` scans every ``.py`` under ``src/companion`` and merges new or changed messages into
   ``resources/translations/companion_{ru,kk,kk_Latn}.ts``, keeping existing translations and dropping
   messages the code no longer has.
2. Kazakh in the Latin alphabet follows the Cyrillic: every kk-Latn entry that is still unfinished while its
   kk entry is finished gets the kk text spelt by :func:`companion.domain.kazakh_latin.to_latin` (finished
   kk-Latn entries are left as a translator wrote them).
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads (committed, and shipped in the
   wheel with the rest of ``resources/``). ``tests/i18n/test_catalogues.py`` fails when any of this is stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIR = ROOT / "src" / "companion"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = {"ru": "ru_RU", "kk": "kk_KZ", "kk_Latn": "kk_Latn_KZ"}
"""Catalogue suffix -> the target language lupdate writes into the file."""


def tool(name: str) -> str:
    """A Qt tool shipped with the PySide6 wheel: next to this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install pyside6) in this Python's environment")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(suffix: str) -> Path:
    return TRANSLATIONS / f"companion_{suffix}.ts"


def qm_path(suffix: str) -> Path:
    return TRANSLATIONS / f"companion_{suffix}.qm"


def run_lupdate(ts_file: Path, target_language: str, files: list[Path] | None = None) -> None:
    """Merge the messages of ``files`` (default: all sources) into ``ts_file``, dropping vanished ones."""
    args = [
        tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        target_language,
        *[str(p) for p in (files if files is not None else source_files())],
        "-ts",
        str(ts_file),
    ]
    subprocess.run(args, check=True, cwd=ROOT)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True, cwd=ROOT)


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def message_key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def spell_kk_latin() -> int:
    """Fill unfinished kk-Latn entries from finished kk ones; returns how many were filled."""
    sys.path.insert(0, str(ROOT / "src"))
    from companion.domain.kazakh_latin import to_latin

    cyrillic = ET.parse(ts_path("kk")).getroot()
    by_key = {message_key(c, m): m for c, m in messages(cyrillic) if is_finished(m)}
    tree = ET.parse(ts_path("kk_Latn"))
    filled = 0
    for context, message in messages(tree.getroot()):
        source = by_key.get(message_key(context, message))
        if source is None or is_finished(message):
            continue
        src_tr = source.find("translation")
        dst_tr = message.find("translation")
        assert src_tr is not None
        if dst_tr is None:
            dst_tr = ET.SubElement(message, "translation")
        dst_tr.attrib.pop("type", None)
        src_forms = src_tr.findall("numerusform")
        if src_forms:
            for old in dst_tr.findall("numerusform"):
                dst_tr.remove(old)
            dst_tr.text = None
            # Kazakh has the same plural forms in both alphabets.
            for form in src_forms:
                ET.SubElement(dst_tr, "numerusform").text = to_latin(form.text or "")
        else:
            dst_tr.text = to_latin(src_tr.text or "")
        filled += 1
    if filled:
        tree.write(ts_path("kk_Latn"), encoding="utf-8", xml_declaration=True)
    return filled


def unfinished_report() -> list[str]:
    lines = []
    for suffix in CATALOGUES:
        root = ET.parse(ts_path(suffix)).getroot()
        for context, message in messages(root):
            if not is_finished(message):
                lines.append(f"{ts_path(suffix).name}: [{context}] {message.findtext('source')!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--report", action="store_true", help="list every unfinished entry after updating")
    parser.add_argument("--no-compile", action="store_true", help="refresh the .ts files only")
    args = parser.parse_args(argv)

    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for suffix, target in CATALOGUES.items():
        run_lupdate(ts_path(suffix), target)
    filled = spell_kk_latin()
    if filled:
        # lupdate once more puts the file back in its own layout after the XML rewrite.
        run_lupdate(ts_path("kk_Latn"), CATALOGUES["kk_Latn"])
        print(f"kk-Latn: {filled} entries spelt from the Kazakh Cyrillic")
    if not args.no_compile:
        for suffix in CATALOGUES:
            run_lrelease(ts_path(suffix), qm_path(suffix))
    pending = unfinished_report()
    print(f"{len(pending)} unfinished entries" + (":" if pending and args.report else ""))
    if args.report:
        for line in pending:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
