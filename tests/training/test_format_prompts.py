"""Response-format instructions after some questions (``train.format_prompts``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safellava.training.dataset import Counts, candidates
from safellava.training.format_prompts import FormatPrompts, add_format_prompts

PROMPTS = FormatPrompts(share=1.0, prompts=("Be brief.", "Explain."))


def _conversation(question: str, reply: str = "A red bus.") -> list[dict[str, str]]:
    return [
        {"from": "human", "value": f"{question}\n<image>"},
        {"from": "gpt", "value": reply},
        {"from": "human", "value": "Is it moving?"},
        {"from": "gpt", "value": "No."},
    ]


def test_off_by_default_leaves_the_conversation_as_it_is() -> None:
    conversation = _conversation("What color is the bus?")
    assert add_format_prompts(conversation, FormatPrompts(), seed=42) == conversation


def test_an_instruction_follows_the_question_and_the_image_goes_first() -> None:
    varied = add_format_prompts(_conversation("What color is the bus?"), PROMPTS, seed=42)
    first, second = varied[0]["value"], varied[2]["value"]
    assert first.startswith("<image>\nWhat color is the bus?") and first.count("<image>") == 1
    for question, text in (("What color is the bus?", first.removeprefix("<image>\n")), ("Is it moving?", second)):
        rest = text.removeprefix(question)
        assert rest != text and rest[0] in " \n" and rest[1:] in PROMPTS.prompts
    assert [turn["value"] for turn in varied[1::2]] == ["A red bus.", "No."]  # replies untouched


def test_the_choice_depends_on_the_question_and_seed_only() -> None:
    """The baseline (raw replies) and the safe model (cleaned replies) see the same prompts."""
    raw = add_format_prompts(_conversation("How old is the man?", "He is about 60."), PROMPTS, seed=7)
    cleaned = add_format_prompts(
        _conversation(
            "How old is the man?", "I'm sorry, but I cannot provide information related to biometric attributes."
        ),
        PROMPTS,
        seed=7,
    )
    assert raw[0] == cleaned[0] and raw[2] == cleaned[2]
    questions = [f"What is on shelf {n}?" for n in range(200)]
    by_seed = [[add_format_prompts(_conversation(q), PROMPTS, seed)[0]["value"] for q in questions] for seed in (1, 2)]
    assert by_seed[0] != by_seed[1]


def test_the_share_of_varied_questions_follows_the_setting() -> None:
    settings = FormatPrompts(share=0.3, prompts=("Be brief.",))
    questions = [f"What is on shelf {n}?" for n in range(1000)]
    varied = sum(
        add_format_prompts(_conversation(q), settings, seed=42)[0]["value"].endswith("Be brief.") for q in questions
    )
    assert 240 <= varied <= 360


@pytest.mark.parametrize(
    ("share", "prompts", "message"),
    [(1.5, ("Be brief.",), "share must be in"), (0.5, (), "needs at least one prompt")],
)
def test_bad_settings_are_refused(share: float, prompts: tuple[str, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FormatPrompts(share=share, prompts=prompts)


def test_training_candidates_carry_the_instructions(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    record = {"id": "1", "image": "missing.jpg", "conversations": _conversation("What color is the bus?")}
    path.write_text(json.dumps([record]))
    plain = next(candidates(path, tmp_path, "placeholder", Counts()))
    varied = next(candidates(path, tmp_path, "placeholder", Counts(), PROMPTS, seed=42))
    assert plain.conversations[0]["value"] == "What color is the bus?\n<image>"
    assert varied.conversations[0]["value"].startswith("<image>\nWhat color is the bus?")
    assert varied.conversations[0]["value"] != "<image>\nWhat color is the bus?"
