#!/usr/bin/env python3
"""Refresh the Qt Linguist sources (.ts) from the code and compile them (.qm), in one go.

    python packaging/i18n/update_translations.py            # lupdate, spell kk-Latn, lrelease
    python packaging/i18n/update_translations.py --report   # also list what is still untranslated

1. ``pyside6-lupdate`` scans every ``.py`` under ``src/companion`` and merges new or changed messages into
   ``resources/translations/companion_{ru,kk,kk_Latn}.ts``, keeping existing translations and dropping
   messages the code no longer has. lupdate does not look inside f-strings, nor know the Qt-free
   ``QT_TRANSLATE_N_NOOP`` of counted texts, so those are spelled out in a generated file it reads along
   (see :func:`f_string_supplement`).
   ``companion_en.ts`` holds only the counted (``%n``) messages (``lupdate -pluralonly``): their English
   forms, "%n session" and "%n sessions", written once by hand like any translation.
2. A message whose call moved to another context (a ``tr`` alias replaced by ``self.tr``, say) comes back from
   lupdate as a new, unfinished entry while its old entry vanishes; :func:`carry_moved_translations` gives
   it the vanished entry's translation, so moving a call never loses a translation.
3. Kazakh in the Latin alphabet follows the Cyrillic: every kk-Latn entry that is still unfinished while its
   kk entry is finished gets the kk text spelt by :func:`companion.domain.kazakh_latin.to_latin` (finished
   kk-Latn entries are left as a translator wrote them).
4. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` that both the window (``QTranslator``) and the
   command line (:mod:`companion.sources.translations`, a Qt-free reader of the same file, plural forms
   included) load; committed, and shipped in the wheel with the rest of ``resources/``.
   ``tests/i18n/test_catalogues.py`` fails when any of this is stale.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIR = ROOT / "src" / "companion"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = {"en": "en", "ru": "ru_RU", "kk": "kk_KZ", "kk_Latn": "kk_Latn_KZ"}
"""Catalogue suffix -> the target language lupdate writes into the file."""
PLURAL_ONLY = frozenset({"en"})
"""Catalogues of the source language: only the counted messages, which need their English plural forms."""


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


def _translation_call(node: ast.Call) -> bool:
    func = node.func
    # Only the spellings tests/i18n/test_translation_calls.py allows: no aliases, so no bare tr().
    return isinstance(func, ast.Attribute) and (
        func.attr == "tr" or (func.attr == "translate" and "Application" in ast.unparse(func)))


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


Found = tuple[str, str, str, bool]
"""``(context, text, file:line, counted)`` of a translation call lupdate cannot read where it is written."""


class _HiddenTexts(ast.NodeVisitor):
    """Translation calls lupdate does not read as written: inside f-strings, and ``QT_TRANSLATE_N_NOOP``.

    lupdate skips f-strings, and its Python reader knows no ``QT_TRANSLATE_N_NOOP`` (the Qt-free marker of a
    counted ``%n`` text in :mod:`companion.domain.message`), which must become a plural-form entry.
    """

    def __init__(self, where: str) -> None:
        self.where = where
        self.classes: list[str] = []
        self.found: list[Found] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_N_NOOP" and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and text is not None:
                self.found.append((context, text, f"{self.where}:{node.lineno}", True))
        self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        for inner in ast.walk(node):
            if not isinstance(inner, ast.Call) or not _translation_call(inner):
                continue
            func = inner.func
            if isinstance(func, ast.Attribute) and func.attr == "translate":
                context = _literal(inner.args[0]) if inner.args else None
                text = _literal(inner.args[1]) if len(inner.args) > 1 else None
                counted = len(inner.args) > 3
            else:
                context = self.classes[-1] if self.classes else ""
                text = _literal(inner.args[0]) if inner.args else None
                counted = len(inner.args) > 2
            if context is not None and text is not None:
                self.found.append((context, text, f"{self.where}:{inner.lineno}", counted))
        self.generic_visit(node)


def hidden_texts(files: list[Path]) -> list[Found]:
    """Every translation call inside an f-string, and every ``QT_TRANSLATE_N_NOOP``."""
    found: list[Found] = []
    for path in files:
        visitor = _HiddenTexts(str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path))
        visitor.visit(ast.parse(path.read_text("utf-8"), str(path)))
        found.extend(visitor.found)
    return found


def f_string_supplement(files: list[Path]) -> Path:
    """A Python file that spells out the texts of :func:`hidden_texts` as plain calls, for lupdate to read.

    Counted texts get a count argument, so lupdate makes them plural-form entries. Each call carries a ``#:``
    comment with the real place, which Qt Linguist shows the translator.
    """
    lines = [
        "# Generated by packaging/i18n/update_translations.py: translation calls found inside f-strings and",
        "# QT_TRANSLATE_N_NOOP texts, which lupdate does not read, spelled out as plain calls.",
        "from PySide6.QtCore import QCoreApplication",
        "",
        "",
        "def texts() -> None:",
    ]
    for context, text, where, counted in hidden_texts(files):
        lines.append(f"    #: {where}")
        count = ", None, 0" if counted else ""
        lines.append(
            f"    QCoreApplication.translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)}{count})")
    lines.append("    return None")
    # build/ is ignored by git; a fixed place keeps the .ts locations the same from one run to the next.
    folder = ROOT / "build" / "i18n"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "texts_in_f_strings.py"
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".tmp", delete=False) as tmp:
        tmp.write("\n".join(lines) + "\n")
    os.replace(tmp.name, path)  # whole or not at all, should two runs overlap
    return path


def run_lupdate(
    ts_file: Path, target_language: str, files: list[Path] | None = None, *, plural_only: bool = False
) -> None:
    """Merge the messages of ``files`` (default: all sources) into ``ts_file``, dropping vanished ones."""
    sources = files if files is not None else source_files()
    args = [
        tool("pyside6-lupdate"),
        "-silent",
        "-no-obsolete",
        *(["-pluralonly"] if plural_only else []),
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        target_language,
        *[str(p) for p in sources],
        str(f_string_supplement(sources)),
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


Translation = tuple[str | None, tuple[str, ...]]
"""A finished translation: its text, or its plural forms."""


def finished_translations(ts_file: Path) -> dict[tuple[str, str, str], Translation]:
    """Every finished entry of ``ts_file``: (context, source, comment) -> its translation."""
    if not ts_file.exists():
        return {}
    out: dict[tuple[str, str, str], Translation] = {}
    for context, message in messages(ET.parse(ts_file).getroot()):
        translation = message.find("translation")
        if translation is None or not is_finished(message):
            continue
        forms = tuple(f.text or "" for f in translation.findall("numerusform"))
        out[message_key(context, message)] = (None if forms else translation.text, forms)
    return out


def carry_moved_translations(ts_file: Path, before: dict[tuple[str, str, str], Translation]) -> int:
    """Give each new unfinished entry of ``ts_file`` the translation of the entry it moved from; returns the count.

    ``before`` are the finished entries before lupdate ran. An entry moved when lupdate dropped it (its key is
    gone) and an unfinished entry now has the same source text and comment under another context. It is carried
    only when every vanished entry with that text agrees on one translation.
    """
    tree = ET.parse(ts_file)
    now = {message_key(c, m) for c, m in messages(tree.getroot())}
    vanished: dict[tuple[str, str], set[Translation]] = {}
    for key, finished in before.items():
        if key not in now:
            vanished.setdefault((key[1], key[2]), set()).add(finished)
    carried = 0
    for context, message in messages(tree.getroot()):
        if is_finished(message):
            continue
        candidates = vanished.get(message_key(context, message)[1:], set())
        if len(candidates) != 1:
            continue
        text, forms = next(iter(candidates))
        if bool(forms) != (message.get("numerus") == "yes"):
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for old in translation.findall("numerusform"):
            translation.remove(old)
        translation.text = text
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        carried += 1
    if carried:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return carried


def update_catalogue(suffix: str) -> int:
    """lupdate one catalogue, keeping the translations of moved messages; returns how many were carried."""
    before = finished_translations(ts_path(suffix))
    plural_only = suffix in PLURAL_ONLY
    run_lupdate(ts_path(suffix), CATALOGUES[suffix], plural_only=plural_only)
    carried = carry_moved_translations(ts_path(suffix), before)
    if carried:
        # lupdate once more puts the file back in its own layout after the XML rewrite.
        run_lupdate(ts_path(suffix), CATALOGUES[suffix], plural_only=plural_only)
    return carried


def spell_kk_latin(respell: bool = False) -> int:
    """Fill unfinished kk-Latn entries (every entry with ``respell``) from finished kk ones; returns the count."""
    sys.path.insert(0, str(ROOT / "src"))
    from companion.domain.kazakh_latin import to_latin

    cyrillic = ET.parse(ts_path("kk")).getroot()
    by_key = {message_key(c, m): m for c, m in messages(cyrillic) if is_finished(m)}
    tree = ET.parse(ts_path("kk_Latn"))
    filled = 0
    for context, message in messages(tree.getroot()):
        source = by_key.get(message_key(context, message))
        if source is None or (is_finished(message) and not respell):
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
    parser.add_argument(
        "--respell-kk-latn",
        action="store_true",
        help="spell every kk-Latn entry afresh from kk (after Kazakh Cyrillic translations were revised)",
    )
    args = parser.parse_args(argv)

    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for suffix in CATALOGUES:
        carried = update_catalogue(suffix)
        if carried:
            print(f"{ts_path(suffix).name}: {carried} translations carried to their message's new context")
    filled = spell_kk_latin(respell=args.respell_kk_latn)
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
