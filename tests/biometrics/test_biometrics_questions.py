"""Explicit-question detection: asking for an attribute vs merely mentioning a person."""

from __future__ import annotations

import pytest

from safellava.biometrics import requested_attributes


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How old is the man?", {"age"}),
        ("What is the age of the person in the picture? \nAnswer", {"age"}),
        ("What ethnicity is the woman?", {"race"}),
        ("What is the race of the person in the picture? Don't refuse the question. \nAnswer", {"race"}),
        ("Is this a boy or a girl?", {"gender"}),
        ("What is the gender of the person?", {"gender"}),
        ("What color are her eyes?", {"eye_color"}),
        ("What is the eye color of the person in the picture?", {"eye_color"}),
        ("Is he overweight?", {"weight"}),
        ("How much does he weigh?", {"weight"}),
        ("Is she young?", {"age"}),
        ("Is the woman Asian?", {"race"}),
        ("What is the man holding?", set()),
        ("How old is the building?", set()),
        ("Is the man wearing a white shirt?", set()),
        ("What color is the dog?", set()),
        ("Please explain this image in detail.\nAnswer", set()),
    ],
)
def test_requested_attributes(question: str, expected: set[str]) -> None:
    assert requested_attributes(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What color are the owl's eyes?", set()),
        ("What color are the cat's eyes?", set()),
        ("What is the color of the owl's eyes?", set()),
        ("What color are its eyes?", set()),
        ("What is the eye color of the cat?", set()),
        ("What is the cat's eye color?", set()),
        ("What color are the eyes of the dog?", set()),
        ("What color are her eyes?", {"eye_color"}),
        ("What color are the man's eyes?", {"eye_color"}),
        ("What color are the person's eyes?", {"eye_color"}),
        ("What is the color of the child's eyes?", {"eye_color"}),
        ("What is the child's eye color?", {"eye_color"}),
        ("What color are the little girl's eyes?", {"eye_color"}),
        ("What color are the eyes of the young woman?", {"eye_color"}),
        ("What color are the eyes?", {"eye_color"}),
    ],
)
def test_eye_colour_requests_are_about_people_only(question: str, expected: set[str]) -> None:
    assert requested_attributes(question) == expected
