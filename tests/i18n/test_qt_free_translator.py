"""The command line's Qt-free translator reads the same compiled catalogues (.qm) the window loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from companion.domain.message import QT_TRANSLATE_N_NOOP, Message, fill, render
from companion.sources.errors import at_line, at_row
from companion.sources.translations import Catalogue, CatalogueError, catalogue, catalogue_path, translator


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "row 7"), ("ru", "строка 7"), ("kk", "7-жол"), ("kk-Latn", "7-jol"), ("ru_RU.UTF-8", "строка 7")],
)
def test_row_in_each_language(code: str, expected: str) -> None:
    assert render(at_row(7), translator(code)) == expected


def test_unknown_text_stays_english() -> None:
    assert translator("ru")("NoSuchContext", "left as it is") == "left as it is"


def test_nested_place_in_russian() -> None:
    assert render(at_line(3, 7), translator("ru")) == "строка 3, столбец 7"


# The compiled catalogue read without Qt: the same texts and plural forms the window's QTranslator gives.

@pytest.mark.parametrize(
    ("n", "form"),
    [(0, 2), (1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (14, 2), (21, 0), (22, 1), (25, 2), (101, 0),
     (111, 2), (1000, 2)],
)
def test_russian_plural_rules_come_from_the_catalogue(n: int, form: int) -> None:
    assert catalogue("ru").plural_form(n) == form


@pytest.mark.parametrize("code", ["en", "ru", "kk", "kk-Latn"])
def test_every_entry_reads_as_qt_reads_it(code: str) -> None:
    """For each entry and several counts, the Qt-free reader and ``QTranslator`` give the same text."""
    qt = QTranslator()
    assert qt.load(str(catalogue_path(code)))
    ours = catalogue(code)
    assert len(ours) > (15 if code == "en" else 800)
    for context, source, comment in ours.messages:
        for n in ((-1,) if "%n" not in source else (0, 1, 2, 5, 21)):
            expected = qt.translate(context, source, comment or None, n)
            assert ours.lookup(context, source, comment or None, n) == expected, (context, source, n)


def test_counted_message_on_the_command_line() -> None:
    template = QT_TRANSLATE_N_NOOP("EventOpener", "%n session(s) written to %1.")
    assert catalogue("en")(template.context, str(template), None, 1) == "1 session written to %1."
    three = fill(catalogue("en")(template.context, str(template), None, 3), "out.ics")
    assert three == "3 sessions written to out.ics."
    said = Message.plural(QT_TRANSLATE_N_NOOP("BadgesPage", "%n row(s) not imported"), count=22)
    assert said.render(translator("ru")) == "22 строки не импортированы"
    assert said.render(translator("en")) == "22 rows not imported"
    assert Message.plural(QT_TRANSLATE_N_NOOP("BadgesPage", "%n row(s) not imported"), count=1).render(
        translator("kk-Latn")) == "1 jol importtalmady"
    assert said.render() == "22 row(s) not imported"  # no catalogue: the source's own words


def test_a_damaged_catalogue_reads_as_empty(tmp_path: Path) -> None:
    broken = tmp_path / "broken.qm"
    broken.write_bytes(catalogue_path("ru").read_bytes()[:5000])
    assert len(Catalogue.load(broken)) == 0
    assert len(Catalogue.load(tmp_path / "missing.qm")) == 0
    with pytest.raises(CatalogueError):
        Catalogue.from_bytes(b"not a catalogue")
