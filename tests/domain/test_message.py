"""Messages from Qt-free layers: English by default, translated template first, fields filled in after."""

from __future__ import annotations

from companion.domain.message import QT_TRANSLATE_NOOP, Message, render

RUSSIAN = {
    ("Test", "unknown room {room}"): "неизвестный зал {room}",
    ("Test", "row {row}"): "строка {row}",
    ("Test", "lost field {x}"): "потеряно поле",
    ("Test", "broken {x"): "сломано {x",
}


def russian(context: str, text: str) -> str:
    return RUSSIAN.get((context, text), text)


def test_english_text_and_fields() -> None:
    message = Message(QT_TRANSLATE_NOOP("Test", "unknown room {room}"), room="'R1'")
    assert str(message) == "unknown room 'R1'"
    assert message.template.context == "Test"


def test_translation_looks_up_the_template_then_fills_the_fields() -> None:
    message = Message(QT_TRANSLATE_NOOP("Test", "unknown room {room}"), room="{not a field}")
    assert message.render(russian) == "неизвестный зал {not a field}"


def test_nested_messages_are_translated_too() -> None:
    inner = Message(QT_TRANSLATE_NOOP("Test", "row {row}"), row=5)
    outer = Message(QT_TRANSLATE_NOOP("Test", "unknown room {room}"), room=inner)
    assert outer.render(russian) == "неизвестный зал строка 5"


def test_joined_messages_translate_each_part_and_keep_plain_text() -> None:
    joined = Message.joined([Message(QT_TRANSLATE_NOOP("Test", "row {row}"), row=2), "as is {x}"], " | ")
    assert joined.render(russian) == "строка 2 | as is {x}"
    assert str(joined) == "row 2 | as is {x}"


def test_a_translation_that_lost_its_field_falls_back_to_english() -> None:
    assert Message(QT_TRANSLATE_NOOP("Test", "lost field {x}"), x=1).render(russian) == "lost field 1"
    assert Message(QT_TRANSLATE_NOOP("Test", "broken {x"), x=1).render(russian) == "broken {x"


def test_render_passes_plain_text_through() -> None:
    assert render("plain {x}", russian) == "plain {x}"


def test_equal_messages_compare_equal() -> None:
    a = Message(QT_TRANSLATE_NOOP("Test", "row {row}"), row=2)
    assert a == Message(QT_TRANSLATE_NOOP("Test", "row {row}"), row=2)
    assert a != Message(QT_TRANSLATE_NOOP("Test", "row {row}"), row=3)


def test_counted_messages_say_one_and_many_in_english() -> None:
    def note(count: int) -> str:
        return str(Message.counted(QT_TRANSLATE_NOOP("Test", "{count} session has no time."),
                                   QT_TRANSLATE_NOOP("Test", "{count} sessions have no time."), count=count))

    assert [note(1), note(2), note(0)] == ["1 session has no time.", "2 sessions have no time.",
                                           "0 sessions have no time."]


def test_messages_survive_copy_and_pickle() -> None:
    import copy
    import pickle

    message = Message(QT_TRANSLATE_NOOP("Test", "unknown room {room}"), room="'R1'")
    for clone in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert clone == message and clone.render(russian) == "неизвестный зал 'R1'"
