"""Text tricks do not carry an attribute through the cleaner (real LLaVA answers, tricked).

Zero-width characters, soft hyphens, look-alike letters, fullwidth letters and markup hide
a word from a word-level detector while a reader still reads it. The cleaner must rewrite
the tricked word as it rewrites the plain one, replacing all of its original characters and
leaving every other character as it was.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from safellava.biometrics.detector import default_detector
from safellava.cleaning import stage
from safellava.cleaning.rewriter import default_rewriter
from safellava.cleaning.rules import Settings, plan_record

# Real answers of the bundled llava_instruct_150k sample, and the word each trick hides.
REAL = [
    ("The woman is standing next to her car, which has surfboards piled on its roof.", "woman"),
    ("The girl has blonde hair, and she is wearing a pink shirt.", "girl"),
    ("The man in the image is holding a white surfboard.", "man"),
]
TRICKS = {
    "zero-width space": lambda word: word[:2] + "\u200b" + word[2:],
    "soft hyphen": lambda word: word[:2] + "\u00ad" + word[2:],
    "zero-width joiner": lambda word: word[:1] + "\u200d" + word[1:],
    "Cyrillic look-alikes": lambda word: word.translate({ord("o"): "\u043e", ord("a"): "\u0430", ord("i"): "\u0456"}),
    "Greek look-alikes": lambda word: word.translate({ord("o"): "\u03bf", ord("i"): "\u03b9", ord("n"): "\u03b7"}),
    "fullwidth": lambda word: "".join(chr(ord(char) + 0xFEE0) for char in word),
    "combining underline": lambda word: word[:1] + "\u0332" + word[1:],
    "inner emphasis": lambda word: word[:2] + "**" + word[2:],
}
# Markup and key-value lines: the markup that does not belong to a removed span stays.
MARKUP = [
    (
        "The **woman** is wearing pink shorts, and the car is maroon-colored.",
        "The **person** is wearing pink shorts, and the car is maroon-colored.",
    ),
    (
        "The <b>man</b> is sitting on the motorcycle on the street.",
        "The <b>person</b> is sitting on the motorcycle on the street.",
    ),
    (
        "The girl has _blue eyes_, and she is wearing a pink shirt.",
        "The person has _eyes_, and they are wearing a pink shirt.",
    ),
    (
        "The girl has **blue** eyes, and she is wearing a pink shirt.",
        "They are wearing a pink shirt.",
    ),
    (
        "The image shows:\n- Hair: blonde\n- **Eyes:** blue\n- Shirt: pink",
        "The image shows:\n- Hair: blonde\n- Shirt: pink",
    ),
    (
        "Details of the dessert eater\neye colour: blue\nActivity: eating a graham cracker treat",
        "Details of the dessert eater\nActivity: eating a graham cracker treat",
    ),
    ("| Hair | Eye color | Shirt |\n| blonde | Eye color | blue |", None),  # a table cell pair
]
# Characters outside the rewritten span come out byte-identical, whatever they are.
UNTOUCHED = (
    "The wo\u200bman \u2014 \u201ca surfer\u201d from the caf\u00e9 \u2014 "
    "holds a white\u00a0surfboard\u2026 \U0001f3c4"
)


def _record(answer: str, name: str = "trick") -> dict[str, Any]:
    return {
        "id": name,
        "image": f"{name}.jpg",
        "key": f"tricks:{name}",
        "conversations": [
            {"from": "human", "value": "<image>\nWhat is happening in the picture?"},
            {"from": "gpt", "value": answer},
        ],
    }


def _cleaned(answer: str) -> str:
    (edit,) = plan_record(_record(answer), Settings()).edits
    return edit.after


@pytest.mark.parametrize("trick", sorted(TRICKS))
@pytest.mark.parametrize(("sentence", "word"), REAL)
def test_a_tricked_word_is_rewritten_as_the_plain_one(sentence: str, word: str, trick: str) -> None:
    tricked = sentence.replace(word, TRICKS[trick](word), 1)
    assert tricked != sentence
    assert _cleaned(tricked) == default_rewriter().rewrite(sentence)


@pytest.mark.parametrize(("before", "after"), MARKUP)
def test_markup_is_read_through_and_kept_where_it_is_not_removed(before: str, after: str | None) -> None:
    cleaned = _cleaned(before)
    if after is not None:
        assert cleaned == after
    assert not default_detector().attributes(cleaned)


def test_untouched_characters_stay_byte_identical() -> None:
    assert _cleaned(UNTOUCHED) == UNTOUCHED.replace("wo\u200bman", "person")


def test_the_stage_writes_the_same_clean_answers(tmp_path: Path) -> None:
    answers = [sentence.replace(word, trick(word), 1) for sentence, word in REAL for trick in TRICKS.values()]
    answers += [before for before, _ in MARKUP] + [UNTOUCHED]
    source = tmp_path / "tricks.json"
    source.write_text(
        json.dumps([_record(answer, f"t{n}") for n, answer in enumerate(answers)], ensure_ascii=False), encoding="utf-8"
    )
    summary = stage.run(
        replace(
            stage.CleanConfig(report=None, cache=str(tmp_path / "cache.sqlite")),
            input=str(source),
            output=str(tmp_path / "out"),
        ),
        progress=False,
    )
    assert (summary["records_out"], summary["failed"], summary["turns_changed"]) == (len(answers), 0, len(answers))
    cleaned = json.loads((tmp_path / "out" / "cleaned.json").read_text(encoding="utf-8"))
    assert [record["conversations"][1]["value"] for record in cleaned] == [_cleaned(answer) for answer in answers]
    assert not any(default_detector().attributes(record["conversations"][1]["value"]) for record in cleaned)
