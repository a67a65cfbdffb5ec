"""The translation catalogues are complete and current: what the code says, the .ts hold and the .qm carry.

When one of these fails, run ``python packaging/i18n/update_translations.py --report`` and translate what it
lists (Qt Linguist: ``pyside6-linguist resources/translations/companion_ru.ts``).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "i18n"))

import update_translations as ut  # noqa: E402

SUFFIXES = tuple(ut.CATALOGUES)
MARKERS = re.compile(r"%L?\d|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {ut.message_key(c, m): m for c, m in ut.messages(root)}


def _translations(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


@pytest.fixture(scope="module")
def fresh_messages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[tuple[str, str, str]]]:
    """What lupdate finds in the sources today, in a brand-new catalogue: all of it, and the counted messages."""
    folder = tmp_path_factory.mktemp("lupdate")
    ut.run_lupdate(folder / "fresh_ru.ts", "ru_RU")
    ut.run_lupdate(folder / "fresh_en.ts", "en", plural_only=True)
    return {"all": set(_messages(folder / "fresh_ru.ts")), "plural": set(_messages(folder / "fresh_en.ts"))}


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_catalogue_holds_exactly_the_messages_of_the_sources(
    suffix: str, fresh_messages: dict[str, set[tuple[str, str, str]]]
) -> None:
    fresh = fresh_messages["plural" if suffix in ut.PLURAL_ONLY else "all"]
    have = set(_messages(ut.ts_path(suffix)))
    missing = sorted(fresh - have)
    extra = sorted(have - fresh)
    assert not missing, f"{ut.ts_path(suffix).name} lacks {len(missing)} messages, e.g. {missing[:5]}; run the update"
    assert not extra, f"{ut.ts_path(suffix).name} keeps {len(extra)} vanished messages, e.g. {extra[:5]}"


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_every_entry_is_translated(suffix: str) -> None:
    unfinished = [key for key, m in _messages(ut.ts_path(suffix)).items() if not ut.is_finished(m)]
    assert not unfinished, f"{ut.ts_path(suffix).name}: {len(unfinished)} unfinished, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_compiled_catalogue_is_current(suffix: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"companion_{suffix}.qm"
    ut.run_lrelease(ut.ts_path(suffix), fresh)
    committed = ut.qm_path(suffix)
    assert committed.exists(), f"{committed.name} missing: run packaging/i18n/update_translations.py"
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale: run the update script"


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_translations_keep_place_markers_and_accelerators(suffix: str) -> None:
    problems = []
    for key, message in _messages(ut.ts_path(suffix)).items():
        source = key[1]
        for text in _translations(message):
            if not text:
                continue
            if sorted(MARKERS.findall(source.replace("%n", ""))) != sorted(MARKERS.findall(text.replace("%n", ""))):
                problems.append((key, text))
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append((key, text))
    assert not problems, problems[:5]


def test_kazakh_latin_catalogue_has_no_cyrillic() -> None:
    bad = [
        (key, text)
        for key, m in _messages(ut.ts_path("kk_Latn")).items()
        for text in _translations(m)
        if CYRILLIC.search(text)
    ]
    assert not bad, bad[:5]


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _translation_call(node: ast.Call) -> bool:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr == "tr" or (func.attr == "translate" and "QCoreApplication" in ast.unparse(func))
    return isinstance(func, ast.Name) and func.id in ("tr", "_tr", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP")


def _has_context(node: ast.Call) -> bool:
    """``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP`` take the context first, then the text."""
    func = node.func
    return (isinstance(func, ast.Attribute) and func.attr == "translate") or (
        isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP"))


def _literal_texts(path: Path) -> set[str]:
    """The source texts of every translation call with a literal text in one module."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Call) and _translation_call(node):
            index = 1 if _has_context(node) else 0
            if len(node.args) > index and _is_text(node.args[index]):
                out.add(str(node.args[index].value))  # type: ignore[attr-defined]
    return out


def test_every_text_the_code_translates_is_in_the_catalogue() -> None:
    """Cross-check of lupdate: a text it skipped (inside an f-string, say) would show untranslated."""
    in_code = set().union(*(_literal_texts(p) for p in ut.source_files()))
    in_catalogue = {key[1] for key in _messages(ut.ts_path("ru"))}
    assert not sorted(in_code - in_catalogue), sorted(in_code - in_catalogue)


def test_counted_qt_free_texts_become_plural_entries(tmp_path: Path) -> None:
    """lupdate's Python reader knows no QT_TRANSLATE_N_NOOP; the update script shows it these texts."""
    module = tmp_path / "counted_probe.py"
    module.write_text(
        "from companion.domain.message import QT_TRANSLATE_N_NOOP\n"
        'PROBE = QT_TRANSLATE_N_NOOP("Probe", "%n probe(s) found in {path}")\n',
        "utf-8",
    )
    ts = tmp_path / "probe_ru.ts"
    ut.run_lupdate(ts, "ru_RU", [module])
    (message,) = _messages(ts).values()
    assert message.findtext("source") == "%n probe(s) found in {path}"
    assert message.get("numerus") == "yes"


def test_update_script_runs_with_this_python() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "i18n" / "update_translations.py"), "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "--report" in result.stdout
