"""Attendee lists as spreadsheets export them to CSV: encodings, delimiters, English or Russian headers.

Encodings are told apart without guessing libraries: a byte-order mark names UTF-8 or UTF-16; otherwise the
bytes are decoded strictly as UTF-8 and, failing that, as Windows-1251. Excel, LibreOffice and Google Sheets
write exactly these, and a strict UTF-8 decode almost never succeeds on Windows-1251 Cyrillic, whereas
statistical detectors (charset-normalizer, chardet) sometimes call short Cyrillic files KOI8-R or MacCyrillic.
A file in another Cyrillic encoding (KOI8-R, Mac Cyrillic, DOS 866) also decodes as Windows-1251, but into
garbage; such text is recognised by its word shapes and letter frequencies and the file is refused.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from companion.domain.attendee import (
    Attendee,
    Category,
    category_from_text,
    derived_attendee_id,
    is_valid_attendee_id,
    normalise_text,
)
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import AttendeeFileError, at_byte, at_row
from companion.sources.reading import DEFAULT_LIMIT_BYTES, read_bounded

MAX_FILE_BYTES = DEFAULT_LIMIT_BYTES
MAX_NAME_LENGTH = 200


class Field(StrEnum):
    """What a CSV column holds."""

    ID = "id"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    FULL_NAME = "full_name"
    """Given name(s) then family name in one cell ("Aida Serikova")."""
    FULL_NAME_FAMILY_FIRST = "full_name_family_first"
    """Family name first, as in a Russian ФИО cell ("Серикова Аида Маратовна")."""
    ORGANISATION = "organisation"
    DELEGATION = "delegation"
    CATEGORY = "category"
    EMAIL = "email"
    IGNORE = "ignore"
    """A column deliberately left out (phone, notes ...)."""


ColumnMapping = Mapping[int, Field]
"""Column index (0-based) to field; columns not in the mapping are unclear."""

_NAME_FIELDS = (Field.GIVEN_NAME, Field.FAMILY_NAME, Field.FULL_NAME, Field.FULL_NAME_FAMILY_FIRST)

_HEADER_WORDS: dict[Field, tuple[str, ...]] = {
    # Besides English, Russian and Kazakh (Cyrillic and 2021 Latin) words, the export columns of registration
    # systems (see tests/data/SOURCES): pretix ("Attendee name: Given name", "Attendee email", "Company",
    # "Order code"), Indico ("ID", "Name", "First Name", "Last Name", "Affiliation", "Email", "Country",
    # "Registration state") and Eventbrite ("Attendee #", "First Name", "Last Name", "Email", "Company",
    # "Ticket Type", "Order #", "Attendee Status"). Matching is exact after _header_key: never by substring,
    # so "Company name" is no name and "Status" no country.
    Field.ID: ("id", "attendee id", "registration id", "registration number", "reg id", "reg no", "badge id",
               "ticket id", "no", "number", "№", "ид", "идентификатор", "номер", "рег номер",
               "регистрационный номер", "код", "код участника", "attendee no", "attendee number", "participant id",
               "ticket number", "registration code", "id участника", "тіркеу нөмірі", "tırkeu nömırı"),
    Field.GIVEN_NAME: ("given name", "first name", "forename", "firstname", "given names", "имя", "аты", "ат",
                       "attendee name given name", "attendee given name", "attendee first name", "first names",
                       "givenname", "aty", "esımı", "есімі"),
    Field.FAMILY_NAME: ("family name", "last name", "surname", "lastname", "фамилия", "тегі",
                        "attendee last name", "family names", "familyname", "tegı", "tegi",
                        "фамилиясы", "attendee name family name", "attendee family name"),
    Field.FULL_NAME: ("name", "full name", "fullname", "attendee", "participant", "attendee name",
                      "participant name", "полное имя", "имя и фамилия", "участник", "participant full name",
                      "attendee full name", "қатысушы", "qatysuşy"),
    Field.FULL_NAME_FAMILY_FIRST: ("фио", "ф и о", "фамилия имя отчество", "фамилия имя", "аты жөні",
                                   "тегі аты", "aty jönı", "tegı aty"),
    Field.ORGANISATION: ("organisation", "organization", "org", "company", "institution", "affiliation",
                         "employer", "agency", "организация", "учреждение", "компания", "место работы",
                         "ведомство", "ұйым", "мекеме", "company name", "organisation name", "organization name",
                         "institution name", "ūiym", "mekeme", "ұйым атауы", "название организации"),
    Field.DELEGATION: ("country", "delegation", "country delegation", "delegation country", "nation", "state",
                       "страна", "делегация", "страна делегация", "делегация страна", "государство", "ел",
                       "мемлекет", "country region", "nationality", "citizenship", "country of residence",
                       "гражданство", "азаматтығы", "el", "memleket", "delegation name"),
    Field.CATEGORY: ("category", "type", "role", "attendee type", "participant type", "ticket type", "status",
                     "badge type", "категория", "тип", "роль", "статус", "тип участника", "санат",
                     "санаты", "sanat", "sanaty", "participant category", "badge category", "attendee category"),
    Field.EMAIL: ("email", "e mail", "mail", "email address", "e mail address", "эл почта", "электронная почта",
                  "почта", "e mail адрес", "адрес электронной почты", "емейл", "имейл", "attendee email",
                  "attendee e mail", "электрондық пошта", "эл пошта", "elektrondy poşta"),
    Field.IGNORE: ("phone", "telephone", "mobile", "tel", "телефон", "моб телефон", "отчество", "patronymic",
                   "middle name", "notes", "note", "comment", "comments", "примечание", "комментарий",
                   # registration systems' columns that are none of ours
                   "order code", "order no", "order", "order date", "order status", "barcode no", "barcode",
                   "secret", "product", "price", "attendee status", "registration state", "registration date",
                   "modification date", "checked in", "check in date", "payment date", "quantity", "job title",
                   "position", "title", "buyer first name", "buyer last name", "buyer email", "voucher",
                   "voucher code", "event date", "created by", "tags", "әкесінің аты"),
}


_CAMEL = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")


def _header_key(text: str) -> str:
    """A header as compared: camelCase split, case folded, ``ё`` as ``е``, and every run of spaces, underscores,
    hyphens and punctuation one space (``Given_Name``, ``given-name``, ``GivenName``, ``Given name:`` are alike)."""
    text = _CAMEL.sub(" ", normalise_text(text)).replace("#", " no ").casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w№]+|_+", " ", text).split())


def header_key(text: str) -> str:
    """A header as it is compared (see ``_header_key``): equal keys are the same column name."""
    return _header_key(text)


_HEADER_INDEX: dict[str, Field] = {_header_key(w): f for f, words in _HEADER_WORDS.items() for w in words}


def field_for_header(header: str) -> Field | None:
    """The field a header names, in English, Russian or Kazakh; None when it is unclear."""
    return _HEADER_INDEX.get(_header_key(header))


def guess_mapping(headers: Sequence[str]) -> dict[int, Field]:
    """Map every recognised header to its field; the first column wins when two claim the same field."""
    mapping: dict[int, Field] = {}
    taken: set[Field] = set()
    for index, header in enumerate(headers):
        found = field_for_header(header)
        if found is None:
            continue
        if found is not Field.IGNORE and found in taken:
            mapping[index] = Field.IGNORE
            continue
        mapping[index] = found
        taken.add(found)
    # "Name" next to "Surname" is the given name, not a full name.
    if Field.FAMILY_NAME in taken and Field.GIVEN_NAME not in taken:
        for index, value in mapping.items():
            if value is Field.FULL_NAME and _header_key(headers[index]) == "name":
                mapping[index] = Field.GIVEN_NAME
    return mapping


NO_NAME_COLUMN = QT_TRANSLATE_NOOP("AttendeeList", "no column holds the names (given name, family name or full name)")
"""The template of the mapping problem "no name column": compare ``problem.template`` with it."""
FIELD_MAPPED_TWICE = QT_TRANSLATE_NOOP("AttendeeList", "more than one column is mapped to {field}")
"""The template of the mapping problem "a field comes from two columns" (``{field}`` is its ``--map`` name)."""


def mapping_problems(mapping: ColumnMapping) -> list[Message]:
    """Why a mapping cannot import anything (no name column, a field claimed twice); empty when usable.

    Each problem's ``template`` is :data:`NO_NAME_COLUMN` or :data:`FIELD_MAPPED_TWICE`.
    """
    problems: list[Message] = []
    fields = [f for f in mapping.values() if f is not Field.IGNORE]
    if not any(f in _NAME_FIELDS for f in fields):
        problems.append(Message(NO_NAME_COLUMN))
    for f in sorted(set(fields), key=list(Field).index):
        if fields.count(f) > 1:
            problems.append(Message(FIELD_MAPPED_TWICE, field=f.value))
    return problems


class ColumnMappingError(AttendeeFileError):
    """A list whose header row (or the chosen mapping) leaves no usable columns: no names, or a field twice."""

    def __init__(self, path: Path | str, header_row: int, problems: Sequence[Message],
                 problem: Message | None = None) -> None:
        self.mapping_problems = tuple(problems)
        super().__init__(path, at_row(header_row), problem or Message.joined(self.mapping_problems, "; "))

    @property
    def names_missing(self) -> bool:
        """True when no column holds the names (the user must say which do)."""
        return any(p.template == NO_NAME_COLUMN for p in self.mapping_problems)


def unclear_columns(headers: Sequence[str], mapping: ColumnMapping) -> list[int]:
    """Indexes of columns the mapping says nothing about."""
    return [i for i in range(len(headers)) if i not in mapping]


def needs_user_mapping(headers: Sequence[str], mapping: ColumnMapping) -> bool:
    """True when the window should ask: no usable mapping, or an unclear column while a field is unassigned."""
    if mapping_problems(mapping):
        return True
    assigned = set(mapping.values())
    wanted = {Field.ORGANISATION, Field.DELEGATION, Field.CATEGORY, Field.EMAIL, Field.ID}
    return bool(unclear_columns(headers, mapping)) and not wanted <= assigned


@dataclass(frozen=True, slots=True)
class CsvTable:
    """The raw cells of a CSV file and how it was read. Row numbers count every record, 1 = first line."""

    path: Path
    encoding: str
    delimiter: str
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    sheet: str = ""
    """The workbook sheet the cells come from ("" for CSV); then ``encoding`` names the format, ``delimiter`` is ""."""
    sheets: tuple[str, ...] = ()
    """Every sheet of the workbook, in order (empty for CSV)."""


# How often each letter occurs in Russian text (per mille, casefolded); the yardstick for "reads as Russian".
_RUSSIAN_LETTERS: dict[str, float] = {
    "о": 109.7, "е": 84.5, "а": 80.1, "и": 73.5, "н": 67.0, "т": 62.6, "с": 54.7, "р": 47.3, "в": 45.4,
    "л": 44.0, "к": 34.9, "м": 32.1, "д": 29.8, "п": 28.1, "у": 26.2, "я": 20.1, "ы": 19.0, "ь": 17.4,
    "г": 17.0, "з": 16.5, "б": 15.9, "ч": 14.4, "й": 12.1, "х": 9.7, "ж": 9.4, "ш": 7.3, "ю": 6.4, "ц": 4.8,
    "щ": 3.6, "э": 3.2, "ф": 2.6, "ъ": 0.4, "ё": 0.4,
}
_LETTER_SCORE = {ch: math.log(per_mille / 1000) for ch, per_mille in _RUSSIAN_LETTERS.items()}
_FOREIGN_SCORE = math.log(0.0005)
"""A character Russian does not use (Serbian Ђ, typographic „ … ™) glued to Cyrillic letters in a word."""

_WORD = re.compile(r"[^\s\x00-\x40\x5b-\x60\x7b-\x7f]+")
"""A run of anything but white space and ASCII digits and punctuation: letters and whatever is glued to them."""

_OTHER_CYRILLIC_ENCODINGS = (("koi8-r", "KOI8-R"), ("mac-cyrillic", "Mac Cyrillic"), ("cp866", "DOS 866"))
_MIN_SCORED_LETTERS = 12
_MOJIBAKE_SAMPLE = 64 * 1024
"""Bytes from the start of a Windows-1251 file that are scored for mojibake (hundreds of rows; a whole
20,000-row list took 1.4 s instead of 0.6 s)."""
_CLEAR_MARGIN = 0.25
"""Nats per letter by which another encoding must read more like Russian than Windows-1251 does."""


_EDGE_MARKS = "«»„“”‚‘’–—…•\u00a0"
_SERBIAN_ONLY = frozenset("ђѓљњќћџј")
_NOT_SERBIAN = frozenset("йщъыьэюяё")
"""No alphabet writes letters of the first set and of the second in one word; Mac Cyrillic read as 1251 does."""


def _cyrillic_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if any("\u0400" <= ch <= "\u04ff" for ch in w)]


def _russian_likeness(text: str) -> tuple[float, int]:
    """Mean log-frequency per character of the Cyrillic words of ``text``, and how many characters counted."""
    total = 0.0
    counted = 0
    for word in _cyrillic_words(text):
        for ch in word.casefold():
            if ch.isascii():
                continue
            total += _LETTER_SCORE.get(ch, _FOREIGN_SCORE)
            counted += 1
    return (total / counted if counted else 0.0), counted


def _garbled_shapes(text: str) -> tuple[int, int]:
    """Cyrillic words shaped as mojibake ("бТЛБДЙК", "ЏодъЯчев") and words shaped as names are written."""
    odd = natural = 0
    for word in _cyrillic_words(text):
        word = word.strip(_EDGE_MARKS)  # quotes and dashes around a word are how Russian writes them
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) < 2:
            continue
        folded = set(word.casefold())
        if (len(letters) != len(word) or (letters[0].islower() and any(ch.isupper() for ch in letters[1:]))
                or (folded & _SERBIAN_ONLY and folded & _NOT_SERBIAN)):
            odd += 1
        elif word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower()):
            natural += 1
    return odd, natural


def _refuse_mojibake(path: Path, data: bytes, text: str) -> None:
    """Raise when bytes read as Windows-1251 come out as garbled Cyrillic that another encoding reads cleanly.

    KOI8-R read as Windows-1251 swaps case and letters ("Аркадий" → "бТЛБДЙК"); Mac Cyrillic turns capitals
    into Serbian letters and punctuation ("Подъячев" → "ЏодъЯчев"). Importing such rows would print
    garbled badges and overwrite good records of the same id with garbled names.
    """
    data, text = data[:_MOJIBAKE_SAMPLE], text[:_MOJIBAKE_SAMPLE]  # single-byte codecs: the same characters
    score, counted = _russian_likeness(text)
    odd, natural = _garbled_shapes(text)
    best_name = ""
    best_score = score
    if counted >= _MIN_SCORED_LETTERS:
        for codec, name in _OTHER_CYRILLIC_ENCODINGS:
            other_score, other_counted = _russian_likeness(data.decode(codec, errors="replace"))
            if other_counted >= _MIN_SCORED_LETTERS and other_score > best_score + _CLEAR_MARGIN:
                best_name, best_score = name, other_score
    garbled_shape = odd >= 2 and odd * 4 >= natural  # real lists have next to none ("кВт")
    if not best_name and not garbled_shape:
        return
    sample = max((w for w in _cyrillic_words(text) if _garbled_shapes(w)[0]), key=len, default="")
    looks_like: Message | str = best_name or Message(
        QT_TRANSLATE_NOOP("AttendeeList", "another Cyrillic encoding (e.g. KOI8-R or Mac Cyrillic)"))
    if sample:
        problem = Message(QT_TRANSLATE_NOOP(
            "AttendeeList", "the text looks like {encoding}, not UTF-8 or Windows-1251 (names come out like "
            "{sample}); nothing was imported. Save the list as CSV UTF-8 and import it again"),
            encoding=looks_like, sample=repr(sample))
    else:
        problem = Message(QT_TRANSLATE_NOOP(
            "AttendeeList", "the text looks like {encoding}, not UTF-8 or Windows-1251; nothing was imported. "
            "Save the list as CSV UTF-8 and import it again"), encoding=looks_like)
    raise AttendeeFileError(path, "", problem)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        encodings: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)
    elif len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        encodings = ("utf-16-le",)  # UTF-16 written without a BOM (rare, but some tools do)
    elif len(data) >= 4 and data[0] == 0 and data[2] == 0 and data[1] != 0:
        encodings = ("utf-16-be",)
    else:
        encodings = ("utf-8", "cp1251")
    first_error: UnicodeDecodeError | None = None  # where UTF-8 fails: the encoding the advice asks for
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
            continue
        if encoding == "cp1251":
            _refuse_mojibake(path, data, text)
        return text, encoding
    assert first_error is not None
    raise AttendeeFileError(path, at_byte(first_error.start), Message(QT_TRANSLATE_NOOP(
        "AttendeeList", "the text is neither UTF-8, UTF-16 nor Windows-1251; save it as CSV UTF-8")))


def _delimiter(sample_lines: Sequence[str]) -> str:
    """The delimiter (comma, semicolon or tab) that splits the first lines into the same number of columns.

    Each candidate is tried with the csv module's own (linear) reader; csv.Sniffer is not used: its regular
    expressions take minutes on some hostile first lines (a 120 KB line of ``{"a":`` took 176 s).
    """
    sample = "\n".join(sample_lines[:50])
    best, best_score = ",", (0, 0, 0)
    for order, candidate in enumerate((",", ";", "\t")):
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=candidate) if any(row)]
        except csv.Error:
            continue
        if not widths or widths[0] < 2:
            continue
        score = (sum(1 for w in widths if w == widths[0]), widths[0], -order)
        if score > best_score:
            best, best_score = candidate, score
    return best


def read_csv_table(path: Path | str) -> CsvTable:
    """Read ``path`` into cells; leading lines starting with ``#`` are comments. Raises AttendeeFileError."""
    path = Path(path)
    data = read_bounded(path, error=AttendeeFileError, limit_bytes=MAX_FILE_BYTES)
    if data.startswith(b"PK\x03\x04"):
        raise AttendeeFileError(path, "", Message(QT_TRANSLATE_NOOP(
            "AttendeeList", "this is a spreadsheet workbook, not CSV; save it as CSV first")))
    text, encoding = _decode(path, data)
    lines = text.splitlines()
    comment_lines = 0
    while comment_lines < len(lines) and lines[comment_lines].lstrip().startswith("#"):
        comment_lines += 1
    body_lines = lines[comment_lines:]
    while body_lines and not body_lines[0].strip():
        body_lines.pop(0)
        comment_lines += 1
    if not body_lines:
        raise AttendeeFileError(path, "", Message(QT_TRANSLATE_NOOP(
            "AttendeeList", "the file has no header row and no attendees")))
    delimiter = _delimiter(body_lines)
    reader = csv.reader(io.StringIO("\n".join(body_lines)), delimiter=delimiter)
    records: list[tuple[int, tuple[str, ...]]] = []
    try:
        for number, record in enumerate(reader, start=comment_lines + 1):
            records.append((number, tuple(record)))
    except csv.Error as exc:
        raise AttendeeFileError(path, at_row(comment_lines + len(records) + 1), Message(QT_TRANSLATE_NOOP(
            "AttendeeList", "not valid CSV: {detail}"), detail=str(exc))) from exc
    header_row, header = records[0]
    headers = tuple(normalise_text(h) for h in header)
    return CsvTable(path, encoding, delimiter, header_row, headers, tuple(records[1:]))


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something wrong with one row. An error keeps the row out; a warning imports it as described."""

    row: int
    message: Message
    """What is wrong, without the row (``message.render(translate)`` in the user's language)."""
    error: bool = True

    def line(self) -> Message:
        """``row 3: error: no name ...`` as one message, for the command line and logs."""
        if self.error:
            return Message(QT_TRANSLATE_NOOP("AttendeeList", "row {row}: error: {problem}"),
                           row=self.row, problem=self.message)
        return Message(QT_TRANSLATE_NOOP("AttendeeList", "row {row}: warning: {problem}"),
                       row=self.row, problem=self.message)

    def __str__(self) -> str:
        return str(self.line())


@dataclass(slots=True)
class AttendeeImport:
    """The outcome of reading a list: the good attendees, every problem by row, and how the file was read."""

    path: Path
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    mapping: dict[int, Field]
    attendees: list[Attendee] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows_read: int = 0
    empty_rows: int = 0
    derived_ids: set[str] = field(default_factory=set)
    """Ids made from name and organisation (the row had none): matched to stored people by e-mail first."""
    sheet: str = ""
    """The workbook sheet read ("" for CSV)."""

    @property
    def errors(self) -> list[RowProblem]:
        return [p for p in self.problems if p.error]

    @property
    def warnings(self) -> list[RowProblem]:
        return [p for p in self.problems if not p.error]


def _split_full_name(text: str, family_first: bool) -> tuple[str, str]:
    words = text.split()
    if not words:
        return "", ""
    if len(words) == 1:
        return ("", words[0]) if family_first else (words[0], "")
    if family_first:
        return " ".join(words[1:]), words[0]
    return " ".join(words[:-1]), words[-1]


def attendees_from_table(table: CsvTable, mapping: ColumnMapping) -> AttendeeImport:
    """Turn cells into attendees with ``mapping``; every row is imported or reported, never skipped silently."""
    problems = mapping_problems(mapping)
    if problems:
        raise ColumnMappingError(table.path, table.header_row, problems)
    result = AttendeeImport(table.path, table.encoding, table.delimiter, table.headers, dict(mapping),
                            sheet=table.sheet)
    columns: dict[Field, int] = {f: i for i, f in mapping.items() if f is not Field.IGNORE}
    seen_ids: dict[str, int] = {}
    width = len(table.headers)
    for number, cells in table.rows:
        if not any(c.strip() for c in cells):
            result.empty_rows += 1
            continue
        result.rows_read += 1
        if table.delimiter and len(cells) > width and any(c.strip() for c in cells[width:]):
            result.problems.append(RowProblem(number, Message(QT_TRANSLATE_NOOP(
                "AttendeeList", "{count} values but the header has {width} columns "
                "(a '{delimiter}' inside a value that is not in quotes?)"),
                count=len(cells), width=width, delimiter=table.delimiter)))
            continue

        def cell(f: Field, cells: tuple[str, ...] = cells) -> str:
            index = columns.get(f)
            return normalise_text(cells[index]) if index is not None and index < len(cells) else ""

        given, family = cell(Field.GIVEN_NAME), cell(Field.FAMILY_NAME)
        for full_field in (Field.FULL_NAME, Field.FULL_NAME_FAMILY_FIRST):
            if not given and not family and cell(full_field):
                given, family = _split_full_name(cell(full_field), full_field is Field.FULL_NAME_FAMILY_FIRST)
        if not given and not family:
            result.problems.append(RowProblem(number, Message(QT_TRANSLATE_NOOP(
                "AttendeeList", "no name (both given and family name are empty)"))))
            continue
        if len(given) + len(family) > MAX_NAME_LENGTH:
            result.problems.append(RowProblem(number, Message(QT_TRANSLATE_NOOP(
                "AttendeeList", "the name is longer than {limit} characters"), limit=MAX_NAME_LENGTH)))
            continue
        organisation = cell(Field.ORGANISATION)
        category_text = cell(Field.CATEGORY)
        category = category_from_text(category_text) if category_text else Category.DELEGATE
        if category is None:
            expected = ", ".join(c.value for c in Category)
            result.problems.append(RowProblem(number, Message(QT_TRANSLATE_NOOP(
                "AttendeeList", "unknown category {category} (expected {expected})"),
                category=repr(category_text), expected=expected)))
            continue
        attendee_id = cell(Field.ID)
        if attendee_id and not is_valid_attendee_id(attendee_id):
            result.problems.append(RowProblem(number, Message(QT_TRANSLATE_NOOP(
                "AttendeeList", "id {id} may only hold letters A-Z, digits, '.', '_' and '-' (up to 64)"),
                id=repr(attendee_id))))
            continue
        made_id = not attendee_id
        if made_id:
            attendee_id = derived_attendee_id(given, family, organisation)
        if attendee_id in seen_ids:
            if made_id:
                twice = Message(QT_TRANSLATE_NOOP(
                    "AttendeeList", "same name and organisation as row {other}; not imported twice"),
                    other=seen_ids[attendee_id])
            else:
                twice = Message(QT_TRANSLATE_NOOP(
                    "AttendeeList", "id {id} is already used on row {other}; not imported twice"),
                    id=attendee_id, other=seen_ids[attendee_id])
            result.problems.append(RowProblem(number, twice))
            continue
        seen_ids[attendee_id] = number
        if made_id:
            result.derived_ids.add(attendee_id)
        if Field.CATEGORY in columns and not category_text:
            result.problems.append(RowProblem(number, Message(QT_TRANSLATE_NOOP(
                "AttendeeList", "no category; imported as delegate")), error=False))
        email: str | None = cell(Field.EMAIL) or None
        if email is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            result.problems.append(RowProblem(number, Message(QT_TRANSLATE_NOOP(
                "AttendeeList", "e-mail {email} is not an address; left out"), email=repr(email)), error=False))
            email = None
        result.attendees.append(Attendee(
            id=attendee_id, given_name=given, family_name=family, organisation=organisation,
            delegation=cell(Field.DELEGATION), category=category, email=email,
        ))
    return result


def read_attendees(path: Path | str, mapping: ColumnMapping | None = None) -> AttendeeImport:
    """Read an attendee CSV with ``mapping`` or the recognised headers. Raises AttendeeFileError when unusable."""
    table = read_csv_table(path)
    return attendees_with_mapping(table, dict(mapping) if mapping is not None else guess_mapping(table.headers))


def attendees_with_mapping(table: CsvTable, mapping: ColumnMapping) -> AttendeeImport:
    """The attendees of ``table`` read through ``mapping``; ColumnMappingError when it lacks a needed column."""
    problems = mapping_problems(mapping)
    if problems:
        listed = ", ".join(repr(h) for h in table.headers)
        raise ColumnMappingError(table.path, table.header_row, problems, Message(
            QT_TRANSLATE_NOOP("AttendeeList", "{problems}; the header row has {headers}"),
            problems=Message.joined(problems, "; "), headers=listed))
    return attendees_from_table(table, mapping)
