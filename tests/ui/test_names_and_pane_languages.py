"""Russian and Kazakh panes: no English of the pane's own, «…» quotes, names in each script with Companion's
transliterations marked (detail pane, People page, ``companion people``)."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from companion.cli import main
from companion.domain.event import Event
from companion.resources import bundled_event_path
from companion.ui.people.model import PeopleTableModel
from companion.ui.people.page import PeoplePage
from companion.ui.session.detail import SessionDetail

UI = Path(__file__).resolve().parents[2] / "src" / "companion" / "ui"
PANE_FILES = (UI / "session" / "detail.py", UI / "session" / "formatting.py", UI / "content_note.py")
PANE_CONTEXTS = {"SessionDetail", "SessionText", "ContentNote", "PeopleText"}
_WORD = re.compile(r"[A-Za-z]{3,}")
_CYRILLIC = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     "абцдефгхийклмнопярстуввхызАБЦДЕФГХИЙКЛМНОПЯРСТУВВХЫЗ", strict=True))


def _pseudo(text: str) -> str:
    """``text`` in Cyrillic letters, its %1 and %n place markers kept: what a finished catalogue gives."""
    parts = re.split(r"(%\d|%n)", text)
    return "".join(p if re.fullmatch(r"%\d|%n", p) else "".join(_CYRILLIC.get(c, c) for c in p) for p in parts)


class PseudoCatalogue(QTranslator):
    """Translates every string of the pane's own contexts, as the ru and kk catalogues will after merging."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        return _pseudo(source_text) if context in PANE_CONTEXTS else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo_catalogue(qapp: QApplication) -> Iterator[None]:
    translator = PseudoCatalogue()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _pane_vocabulary() -> set[str]:
    """The English words of the pane's own strings (every literal given to tr() or translate())."""
    words: set[str] = set()
    for path in PANE_FILES:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            name = getattr(node.func, "attr", getattr(node.func, "id", "")) if isinstance(node, ast.Call) else ""
            if isinstance(node, ast.Call) and name in ("tr", "translate"):
                for arg in node.args[1 if name == "translate" else 0:2 if name == "translate" else 1]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        words.update(w.lower() for w in _WORD.findall(arg.value))
    return words


def _data_words() -> set[str]:
    """Latin-letter words the event's own Russian and Kazakh text (and its published titles) legitimately holds."""
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    found: set[str] = set()

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k in ("ru", "kk") or key == "title" or k in ("names", "url"):
                    found.update(w.lower() for w in _WORD.findall(json.dumps(v, ensure_ascii=False)))
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)

    walk(raw)
    return found


def _detail(qtbot: Any, event: Event, language: str) -> SessionDetail:
    detail = SessionDetail(event, language)
    qtbot.addWidget(detail)
    detail.resize(700, 900)
    detail.show()
    return detail


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_pane_says_nothing_in_english_in_russian_and_kazakh(
    qtbot: Any, bundled_event: Event, pseudo_catalogue: None, language: str
) -> None:
    vocabulary = _pane_vocabulary() - _data_words()
    assert {"published", "sources", "when", "indicative"} <= vocabulary
    detail = _detail(qtbot, bundled_event, language)
    english = _detail(qtbot, bundled_event, "en")
    seen_in_english: set[str] = set()
    for session in bundled_event.sessions:
        for sources_open in (False, True):
            for pane in (detail, english):
                pane.set_sources_open(sources_open)
                pane.show_session(session)
            text = detail.text()
            leaked = {w for w in _WORD.findall(text) if w.lower() in vocabulary}
            assert not leaked, (session.id, sources_open, sorted(leaked), text)
            seen_in_english.update(w.lower() for w in _WORD.findall(english.text()) if w.lower() in vocabulary)
            # quotes: «…» (and „…“ inside them), never straight or English “…” ones
            assert '"' not in text and "”" not in text, (session.id, text)
            assert text.count("“") == text.count("„"), (session.id, text)
    assert len(seen_in_english) > 20  # the same path in English does show these words: the check can fail


def test_names_are_in_cyrillic_in_russian_with_transliterations_marked(qtbot: Any, bundled_event: Event) -> None:
    detail = _detail(qtbot, bundled_event, "ru")
    detail.show_session(bundled_event.session("opening-ceremony"))
    lines = detail.text().splitlines()
    minister = next(line for line in lines if line.startswith("Чарыгелди Бабаныязов"))
    assert not minister.startswith("Чарыгелди Бабаныязов *")  # a Russian report prints this spelling
    assert any(line.startswith("Валери Хики *") for line in lines)  # no source prints it: Companion's
    assert "Charygeldi" not in detail.text() and "Valerie Hickey" not in detail.text()
    assert "* Companion's transliteration" in detail.text()  # the mark is explained once, under the list
    # a role that names its organisation is not followed by the organisation again («Title, Organisation»)
    assert minister.endswith("Министр охраны окружающей среды Туркменистана"), minister
    kazakh = _detail(qtbot, bundled_event, "kk")
    kazakh.show_session(bundled_event.session("opening-ceremony"))
    line = next(x for x in kazakh.text().splitlines() if x.startswith("Чарыгелди Бабаныязов"))
    assert line.endswith("Қоршаған ортаны қорғау министрі") and "министрлігі" not in line, line
    assert any(x.endswith("Климаттың өзгеруі жөніндегі жаһандық директор, Дүниежүзілік банк")
               for x in kazakh.text().splitlines())


def test_the_people_page_in_kazakh_latin_uses_the_founding_reports_spelling(qtbot: Any, bundled_event: Event) -> None:
    page = PeoplePage(bundled_event, "kk-Latn")
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.keyClicks(page.filter_box, "Oshurbaev")  # found by the English spelling
    assert page.proxy.rowCount() == 1
    index = page.proxy.index(0, PeopleTableModel.NAME)
    assert index.data() == "M. Oşurbaev"  # as the founding report writes it: not marked
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "M. Oşurbaev" in page.detail.title.text() and "*" not in page.detail.title.text()

    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "Makhmudov")
    index = page.proxy.index(0, PeopleTableModel.NAME)
    assert index.data() == "Zafar Mahmudov *"  # spelt by Companion from the Cyrillic
    assert "Companion's transliteration" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center())
    assert "Zafar Mahmudov *" in page.detail.title.text()
    assert "Companion&#x27;s transliteration" in page.detail.spellings.text()
    assert "Zafar Makhmudov" in page.detail.spellings.text()  # the reported spellings stay listed


def test_people_command_gives_each_script_and_marks_transliterations(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "kk-Latn", "people", "--json"]) == 0
    records = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert records["mansur-oshurbaev"]["display_name"] == "M. Oşurbaev"
    assert records["mansur-oshurbaev"]["name_transliterated"] is False
    assert records["zafar-makhmudov"]["display_name"] == "Zafar Mahmudov"
    assert records["zafar-makhmudov"]["name_transliterated"] is True
    assert records["charygeldi-babanyazov"]["name_transliterated"] is True  # Cyrillic sourced, Latin Companion's

    assert main(["--lang", "ru", "people", "--json"]) == 0
    records = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert records["charygeldi-babanyazov"]["display_name"] == "Чарыгелди Бабаныязов"
    assert records["charygeldi-babanyazov"]["name_transliterated"] is False
    assert records["valerie-hickey"]["display_name"] == "Валери Хики"
    assert records["valerie-hickey"]["name_transliterated"] is True

    assert main(["--lang", "ru", "people"]) == 0
    out = capsys.readouterr().out
    assert "Валери Хики *" in out and "Чарыгелди Бабаныязов" in out and "Чарыгелди Бабаныязов *" not in out
    assert out.index("Батыр Маммедов") < out.index("Дерья Ишанкулиев") < out.index("Чарыгелди Бабаныязов")
    assert "* Транслитерация Companion" in out

    assert main(["people", "--json"]) == 0  # English: the names as reported, nothing marked
    records = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert records["valerie-hickey"]["display_name"] == "Valerie Hickey"
    assert not any(r["name_transliterated"] for r in records.values())


def test_the_agenda_command_and_the_calendar_name_people_in_the_languages_script(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--lang", "ru", "agenda", "--day", "2025-05-13"]) == 0
    out = capsys.readouterr().out
    assert "Чарыгелди Бабаныязов" in out and "Charygeldi" not in out
    ics = tmp_path / "day.ics"
    assert main(["--lang", "kk-Latn", "export-ics", "--day", "2025-05-13", "-o", str(ics)]) == 0
    text = ics.read_text("utf-8").replace("\r\n ", "")
    assert "Valeri Hiki" in text and "Valerie Hickey" not in text


def test_the_delegations_page_names_the_head_in_the_languages_script(qtbot: Any, bundled_event: Event) -> None:
    from companion.ui.delegations.page import DelegationsPage

    for language, expected in (("kk-Latn", "M. Oşurbaev"), ("kk", "М. Ошурбаев"), ("en", "M. Oshurbaev")):
        page = DelegationsPage(bundled_event, language)
        qtbot.addWidget(page)
        page.show()
        page.show_delegation("kazakhstan")
        assert page.detail.head_link.text().startswith(expected), (language, page.detail.head_link.text())
