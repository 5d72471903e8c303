"""The paper's two rules: explicit request → refusal (question kept), implicit → rewrite."""

from __future__ import annotations

from typing import Any

from safellava.cleaning.rules import DEFAULT_REFUSAL, EXPLICIT, IMPLICIT, Settings, apply, choose_refusal, plan_record


def _record(*turns: str, key: str = "f:0") -> dict[str, Any]:
    roles = ("human", "gpt")
    return {"key": key, "source": "f", "position": 0, "id": "1", "image": "a.jpg",
            "conversations": [{"from": roles[i % 2], "value": value} for i, value in enumerate(turns)]}


def test_an_explicit_question_keeps_its_wording_and_its_answer_becomes_the_refusal() -> None:
    record = _record("<image>\nHow old is the man?", "He is about 40 years old.", "What is he holding?", "He is holding a cup.")
    plan = plan_record(record, Settings())
    cleaned = apply(plan, {edit.turn: edit.after for edit in plan.edits})
    values = [turn["value"] for turn in cleaned["conversations"]]
    assert values[0] == "<image>\nHow old is the man?"
    assert values[1] == DEFAULT_REFUSAL
    assert values[2:] == ["What are they holding?", "They are holding a cup."]
    assert [(edit.turn, edit.rule) for edit in plan.edits] == [(1, EXPLICIT), (2, IMPLICIT), (3, IMPLICIT)]
    assert plan.edits[0].attributes == ["age"]
    assert {key: cleaned[key] for key in ("key", "id", "image")} == {"key": "f:0", "id": "1", "image": "a.jpg"}


def test_incidental_mentions_in_questions_are_neutralised_consistently() -> None:
    plan = plan_record(_record("<image>\nWhat is the man holding?", "The man is holding a kite."), Settings())
    cleaned = apply(plan, {edit.turn: edit.after for edit in plan.edits})
    assert [turn["value"] for turn in cleaned["conversations"]] == [
        "<image>\nWhat is the person holding?", "The person is holding a kite."
    ]
    assert not plan.needs_llm  # word-for-word substitutions stay local under route=hard
    assert plan_record(_record("<image>\nWhat is the man holding?", "The man is holding a kite."), Settings(route="flagged")).needs_llm


def test_pretraining_captions_have_no_question_and_are_rewritten() -> None:
    plan = plan_record(_record("Describe the image concisely.\n<image>", "an elderly woman with a red umbrella"), Settings())
    assert [(edit.rule, edit.after) for edit in plan.edits] == [(IMPLICIT, "a person with a red umbrella")]
    assert plan.needs_llm  # "elderly" is dropped: the router sends it to an LLM under route=hard


def test_refusal_choice_is_a_function_of_the_key() -> None:
    options = ("No.", "I cannot say.", "Sorry, I can't help with that.")
    chosen = [choose_refusal(f"file:{n}", options) for n in range(60)]
    assert chosen == [choose_refusal(f"file:{n}", options) for n in range(60)]
    assert set(chosen) == set(options)
    plan = plan_record(_record("Is this a boy or a girl?", "A girl.", key="file:7"), Settings(refusals=options))
    assert plan.edits[0].after == choose_refusal("file:7", options)
