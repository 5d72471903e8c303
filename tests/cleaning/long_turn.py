"""A long gpt turn made of real LLaVA answers, with sentences that reveal gender sprinkled in.

Shared by the long-turn test (is the rewrite right?) and ``benchmarks/long_turn.py`` (is the
cost linear in the turn's length?). The real answers used are those the detector finds
nothing in, so every change the cleaner makes must come from the sprinkled sentences and
the expected output is known exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from safellava.biometrics.detector import default_detector

SPRINKLED = (
    ("A woman in a red coat waits at the corner.", "A person in a red coat waits at the corner."),
    # (after "a woman" in the same turn, the man is the other person: two people stay two)
    ("The man on the left is holding an umbrella.", "The other person on the left is holding an umbrella."),
    ("She is smiling at the camera.", "They are smiling at the camera."),
    ("A wo\u200bman walks a dog.", "A person walks a dog."),  # a zero-width space inside the word
    ("Two **girls** play with a ball.", "Two **people** play with a ball."),
    # fullwidth letters; a boy in another sentence may be the man: the same (other) person
    ("The \uff42\uff4f\uff59 throws a frisbee.", "The other person throws a frisbee."),
)


def clean_answers(path: Path) -> list[str]:
    """The gpt turns of a LLaVA file in which the detector finds no attribute, also next to
    a person or a child: the long turn names people, words such as "adult" or "brown eyes" about
    an animal count as a person's in a text that names one, and a general statement about
    children ("increasing the chances of children getting lost") is one only in a text that shows none."""
    records = json.loads(path.read_text(encoding="utf-8"))
    detector = default_detector()
    return [
        turn["value"]
        for record in records
        for turn in record["conversations"]
        if turn["from"] == "gpt"
        and not detector.attributes(turn["value"])
        and all(mention.end <= len(_PERSON) for mention in detector.find(_PERSON + turn["value"]))
        and all(mention.end <= len(_CHILD) for mention in detector.find(_CHILD + turn["value"]))
    ]


_PERSON = "A woman is here. "
_CHILD = "The boy is here. "


def long_turn(answers: list[str], size: int) -> tuple[str, str]:
    """A turn of at least ``size`` characters and the text the cleaner must make of it:
    paragraphs of real answers (repeated as needed), every third one followed by a
    sprinkled sentence."""
    before: list[str] = []
    after: list[str] = []
    length = 0
    index = 0
    while length < size:
        paragraph = answers[index % len(answers)]
        original = rewritten = paragraph
        if index % 3 == 2:
            sentence, neutral = SPRINKLED[(index // 3) % len(SPRINKLED)]
            original, rewritten = f"{paragraph} {sentence}", f"{paragraph} {neutral}"
        before.append(original)
        after.append(rewritten)
        length += len(original) + 2
        index += 1
    return "\n\n".join(before), "\n\n".join(after)


def record(text: str, name: str = "long") -> dict[str, Any]:
    """A LLaVA record whose one answer is ``text``."""
    return {
        "id": name,
        "image": f"{name}.jpg",
        "conversations": [
            {"from": "human", "value": "<image>\nDescribe the image in detail."},
            {"from": "gpt", "value": text},
        ],
    }
