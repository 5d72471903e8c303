"""The view the detector reads: text tricks are seen through, spans index the original."""

from __future__ import annotations

import pytest

from safellava.biometrics import default_detector
from safellava.biometrics.normalise import normalise

# Each trick hides "woman" (or an eye colour) from a word-level regex; a reader still sees it.
TRICKS = [
    ("A wo\u200bman holds an umbrella.", "wo\u200bman", "A woman holds an umbrella."),  # zero-width space
    ("A wo\u00adman holds an umbrella.", "wo\u00adman", "A woman holds an umbrella."),  # soft hyphen
    ("A wo\u2060man holds an umbrella.", "wo\u2060man", "A woman holds an umbrella."),  # word joiner
    ("A w\u043eman holds an umbrella.", "w\u043eman", "A woman holds an umbrella."),  # Cyrillic о
    ("A w\u03bfman holds an umbrella.", "w\u03bfman", "A woman holds an umbrella."),  # Greek omicron
    (
        "A \uff57\uff4f\uff4d\uff41\uff4e holds an umbrella.",
        "\uff57\uff4f\uff4d\uff41\uff4e",
        "A woman holds an umbrella.",
    ),
    (
        "A \U0001d430\U0001d428\U0001d426\U0001d41a\U0001d427 holds an umbrella.",
        "\U0001d430\U0001d428\U0001d426\U0001d41a\U0001d427",
        "A woman holds an umbrella.",
    ),  # mathematical bold
    ("A wo\u0332man holds an umbrella.", "wo\u0332man", "A woman holds an umbrella."),  # combining underline
    ("A **woman** holds an umbrella.", "woman", "A woman holds an umbrella."),
    ("A <b>woman</b> holds an umbrella.", "woman", "A woman holds an umbrella."),
    ("A wo*man holds an umbrella.", "wo*man", "A woman holds an umbrella."),
]


@pytest.mark.parametrize(("text", "surface", "read"), TRICKS)
def test_tricks_are_read_as_the_word_and_the_span_covers_the_original(text: str, surface: str, read: str) -> None:
    assert normalise(text).text == read
    (mention,) = default_detector().find(text)
    assert (mention.attribute, text[mention.start : mention.end], mention.replacement) == ("gender", surface, "person")


@pytest.mark.parametrize(
    ("text", "attribute", "surface"),
    [
        ("She has _blue eyes_.", "eye_color", "blue "),  # the space after it goes, not the emphasis
        ("She has **blue** eyes.", "eye_color", "**blue**"),  # a dropped word takes its emphasis
        ("A *young* man.", "age", "*young*"),
        ("Eyes: blue", "eye_color", "Eyes: blue"),
        ("**Eyes:** blue", "eye_color", "**Eyes:** blue"),
        ("eye colour: light brown", "eye_color", "eye colour: light brown"),
        ("| Eye color | Blue |", "eye_color", "Eye color | Blue"),
        ("Eyes: blue, hair: red", "eye_color", "Eyes: blue, "),
        ("Hair: red, **eyes**: blue.", "eye_color", ", **eyes**: blue"),
    ],
)
def test_markup_and_key_value_lines(text: str, attribute: str, surface: str) -> None:
    mentions = [m for m in default_detector().find(text) if m.attribute == attribute]
    assert [text[m.start : m.end] for m in mentions] == [surface]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Hair: brown\nEyes: blue\nHeight: tall", "\nEyes: blue\n"),
        ("Hair: brown\n\n* **Eyes:** blue\n\nHeight: tall", "\n\n* **Eyes:** blue\n"),
        ("* Eyes: blue\n* Hair: red", "* Eyes: blue\n"),  # the list marker goes, the next one stays
        ("Hair: brown\nEyes: blue\nIris: green\nHeight: tall", "\nEyes: blue\nIris: green\n"),
    ],
)
def test_key_value_lines_go_whole_as_one_line_break(text: str, span: str) -> None:
    (mention,) = default_detector().find(text)
    assert (text[mention.start : mention.end], mention.replacement) == (span, "\n")


def test_plain_ascii_is_not_copied_or_mapped() -> None:
    text = "A dog runs past an old building.\n<image>"
    view = normalise(text)
    assert view.text is text and not view.changed and view.span(5, 9) == (5, 9)


@pytest.mark.parametrize(
    "text",
    [
        "The caf\u00e9 in Mal\u00e9 serves cr\u00e8me br\u00fbl\u00e9e \u2014 \u201cdelicious\u201d, it\u2019s said.",
        "\u041c\u0443\u0436\u0447\u0438\u043d\u0430 \u0438 "
        "\u0436\u0435\u043d\u0449\u0438\u043d\u0430",  # Russian words stay Russian
        "\u039c\u0391\u039d",  # an all-Greek word is not folded into "MAN"
        "snake_case_name and 2*3",
    ],
)
def test_real_non_english_and_symbols_reveal_nothing(text: str) -> None:
    assert default_detector().attributes(text) == set()


def test_a_real_accent_is_kept_and_a_decomposed_one_composes() -> None:
    assert normalise("Mal\u00e9 and Male\u0301").text == "Mal\u00e9 and Mal\u00e9"


def test_upper_case_lookalike_of_I_reads_as_I() -> None:
    assert normalise("\u0399ndian and \u0406ndian").text == "Indian and Indian"  # Greek Iota, Cyrillic І
    assert default_detector().attributes("He is \u0399ndian.") >= {"race"}


def test_characters_that_ignorecase_equates_with_ascii_are_seen() -> None:
    assert normalise("\u017fhe is \u212aind").text == "she is Kind"  # long s, Kelvin sign


def test_offsets_round_trip_through_mixed_text() -> None:
    text = "\u201cWo\u200bman\u201d \u2014 a \uff4d\uff41\uff4e with **blue** eyes"
    view = normalise(text)
    for word in ("Woman", "man", "blue", "eyes"):
        start = view.text.index(word)
        first, last = view.span(start, start + len(word))
        assert normalise(text[first:last]).text == word


def test_leakage_judge_sees_every_trick() -> None:
    for text, _, _ in TRICKS:
        assert default_detector().attributes(text) == {"gender"}, text
    assert default_detector().attributes("She has _blue eyes_.") == {"gender", "eye_color"}
    assert default_detector().attributes("Eyes: blue") == {"eye_color"}
