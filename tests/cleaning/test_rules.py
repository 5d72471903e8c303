"""The paper's two rules: explicit request → refusal (question kept), implicit → rewrite."""

from __future__ import annotations

from typing import Any

from safellava.cleaning.rules import DEFAULT_REFUSAL, EXPLICIT, IMPLICIT, Settings, apply, choose_refusal, plan_record


def _record(*turns: str, key: str = "f:0") -> dict[str, Any]:
    roles = ("human", "gpt")
    return {
        "key": key,
        "source": "f",
        "position": 0,
        "id": "1",
        "image": "a.jpg",
        "conversations": [{"from": roles[i % 2], "value": value} for i, value in enumerate(turns)],
    }


def test_an_explicit_question_keeps_its_wording_and_its_answer_becomes_the_refusal() -> None:
    record = _record(
        "<image>\nHow old is the man?", "He is about 40 years old.", "What is he holding?", "He is holding a cup."
    )
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
        "<image>\nWhat is the person holding?",
        "The person is holding a kite.",
    ]
    assert not plan.needs_llm  # word-for-word substitutions stay local under route=hard
    assert plan_record(
        _record("<image>\nWhat is the man holding?", "The man is holding a kite."), Settings(route="flagged")
    ).needs_llm


def test_pretraining_captions_have_no_question_and_are_rewritten() -> None:
    plan = plan_record(
        _record("Describe the image concisely.\n<image>", "an elderly woman with a red umbrella"), Settings()
    )
    assert [(edit.rule, edit.after) for edit in plan.edits] == [(IMPLICIT, "a person with a red umbrella")]
    assert plan.needs_llm  # "elderly" is dropped: the router sends it to an LLM under route=hard


def test_refusal_choice_is_a_function_of_the_key() -> None:
    options = ("No.", "I cannot say.", "Sorry, I can't help with that.")
    chosen = [choose_refusal(f"file:{n}", options) for n in range(60)]
    assert chosen == [choose_refusal(f"file:{n}", options) for n in range(60)]
    assert set(chosen) == set(options)
    plan = plan_record(_record("Is this a boy or a girl?", "A girl.", key="file:7"), Settings(refusals=options))
    assert plan.edits[0].after == choose_refusal("file:7", options)


def test_explicit_questions_are_refused_wherever_the_image_token_stands() -> None:
    """Issue 12: a question starting with ``<image>`` escaped the refusal and was then
    mangled by the rewriter ("Is the person in the photo a person or a person?")."""
    for question, answer, attribute in [
        ("<image>\nIs the person overweight?", "The person appears to be severely overweight.", "weight"),
        ("<image>\nIs the man in the photo a teenager or an adult?", "The man in the photo is an adult.", "age"),
        ("Would you describe the woman as thin or heavy?\n<image>", "The woman is thin.", "weight"),
        ("<image>\nIs she Asian?", "Yes, she appears to be Asian.", "race"),
        ("Is the skateboarder male or female?", "The skateboarder is male.", "gender"),
    ]:
        plan = plan_record(_record(question, answer, "What is the man holding?", "A kite."), Settings())
        cleaned = apply(plan, {edit.turn: edit.after for edit in plan.edits})
        values = [turn["value"] for turn in cleaned["conversations"]]
        assert values[:2] == [question, DEFAULT_REFUSAL], question
        assert (plan.edits[0].rule, plan.edits[0].attributes) == (EXPLICIT, [attribute])
        assert values[2] == "What is the person holding?"  # later turns are still rewritten


def test_questions_about_races_things_and_age_groups_keep_their_answers() -> None:
    for question, answer in [
        ("<image>\nWhat is the setting of the race?", "The race takes place on a dirt track."),
        ("How old is the photo?\n<image>", "The photo appears to be several decades old."),
        ("What is the weight of the bananas?", "The bananas weigh about two pounds."),
        ("Why is it important to brush a toddler's teeth at a young age?", "Brushing early builds a habit."),
    ]:
        plan = plan_record(_record(question, answer), Settings())
        assert all(edit.rule != EXPLICIT for edit in plan.edits), question


def test_a_refused_question_is_never_rewritten_and_its_refusal_goes_only_into_a_gpt_turn() -> None:
    trailing = plan_record(_record("Describe the scene.", "A man rides a horse.", "How old is the man?"), Settings())
    assert [(edit.turn, edit.rule) for edit in trailing.edits] == [(1, IMPLICIT)]  # the last question is kept as is
    record = _record("<image>\nIs the young man a teenager?", "Yes.")
    record["conversations"].insert(1, {"from": "human", "value": "What is the man holding?"})
    plan = plan_record(record, Settings())
    assert [(edit.turn, edit.rule, edit.after) for edit in plan.edits] == [(1, IMPLICIT, "What is the person holding?")]
