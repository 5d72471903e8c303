"""The demo stays honest: what the tiny models train on never contains what they are scored on.

`make demo` trains on the records that `params.yaml` ingests and scores on the bundled PRISM
sample and the non-biometric coco8 questions; a prompt that leaked into training would turn
the refusal figures into a memory test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from safellava.prism.tasks import TASKS
from safellava.records import IMAGE_TOKEN
from safellava.training.dataset import read_records
from tools.demo_validation import WRITTEN, build
from tools.make_demo_sample import (
    RARE,
    asks_for_attribute,
    copies,
    extra_records,
    held_out,
    in_validation,
    select,
)

REPO = Path(__file__).resolve().parents[2]
PARAMS = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
DEMO = REPO / "data" / "sample" / "instruct" / "llava_instruct_150k.demo.json"


def _prism_prompts() -> set[str]:
    """Every prompt of the bundled PRISM sample, without the benchmark's ``\\nAnswer`` tail."""
    root = REPO / PARAMS["evaluate"]["prism_root"]
    prompts = set()
    for task in TASKS:
        for line in (root / f"PRISM_{task}.jsonl").read_text(encoding="utf-8").splitlines():
            prompt = json.loads(line)["prompt"]
            prompts.add(prompt.removesuffix("\nAnswer").strip().lower())
    return prompts


def _training_turns() -> list[str]:
    """Every turn of every record the demo ingests (the baseline's data, a superset of the safe one's)."""
    turns = []
    for source in PARAMS["ingest"]["inputs"]:
        for record in read_records(REPO / source):
            for turn in record["conversations"]:
                turns.append(" ".join(turn["value"].replace(IMAGE_TOKEN, " ").lower().split()))
    return turns


def test_no_prism_prompt_occurs_in_the_demo_training_data() -> None:
    prompts = _prism_prompts()
    assert len(prompts) >= 3  # soft, hard and open-ended prompts were read
    turns = _training_turns()
    assert len(turns) > 1000
    leaked = {prompt for prompt in prompts for turn in turns if " ".join(prompt.split()) in turn}
    assert not leaked


def test_no_non_biometric_check_record_is_trained_on() -> None:
    checked = json.loads((REPO / PARAMS["evaluate"]["nonbio"]["records"]).read_text(encoding="utf-8"))
    images = {record["image"] for record in checked}
    trained = {record.get("image") for source in PARAMS["ingest"]["inputs"] for record in read_records(REPO / source)}
    assert not images & trained


def test_the_safe_model_learns_only_from_the_clean_stage_output() -> None:
    cleaned = Path(PARAMS["clean"]["output"])
    assert cleaned in Path(PARAMS["train"]["data"]).parents
    assert PARAMS["train"]["baseline"]["data"] == PARAMS["clean"]["input"]
    assert str(DEMO.relative_to(REPO)) in PARAMS["ingest"]["inputs"]


def _record(identifier: str, question: str) -> dict[str, Any]:
    return {
        "id": identifier,
        "image": f"{identifier}.jpg",
        "conversations": [{"from": "human", "value": question}, {"from": "gpt", "value": "An answer."}],
    }


def test_the_subset_rule_keeps_every_explicit_question_and_draws_ordinary_ones_by_hash() -> None:
    ids = [f"r{i}" for i in range(60) if not held_out({"id": f"r{i}"}) and not in_validation({"id": f"r{i}"})]
    records = [
        _record(ids[0], "<image>\nHow old is the man on the bench?"),
        _record(ids[1], "What is the gender of the skier?\n<image>"),
        *(_record(ids[2 + i], "<image>\nWhat is on the table?") for i in range(6)),
        _record("x", "<image>\nIs the rider a man or a woman?"),
    ]
    chosen, biometric = select(records, ordinary=3, excluded_images={"x.jpg"})
    assert biometric == 2
    assert [0, 1] == chosen[:2] and len(chosen) == 5
    assert 8 not in chosen  # excluded image
    assert chosen == select(records, ordinary=3, excluded_images={"x.jpg"})[0]  # deterministic
    assert asks_for_attribute(records[0]) and not asks_for_attribute(records[2])


def test_the_validation_fifth_is_never_drawn() -> None:
    kept = [f"r{i}" for i in range(60) if in_validation({"id": f"r{i}"}) and not held_out({"id": f"r{i}"})]
    assert 2 <= len(kept) <= 25  # about one in five
    records = [
        _record(kept[0], "<image>\nHow old is the man on the bench?"),
        _record(kept[1], "<image>\nWhat is on the table?"),
    ]
    assert select(records, ordinary=5, excluded_images=set()) == ([], 0)


def test_the_validation_set_asks_what_the_demo_never_trains_on() -> None:
    kept = [f"r{i}" for i in range(60) if in_validation({"id": f"r{i}"}) and not held_out({"id": f"r{i}"})]
    records = [
        _record(kept[0], "<image>\nHow old is the man on the bench?"),
        _record(kept[1], "<image>\nWhat is on the table?"),
    ]
    questions = build(records, excluded_images=set())
    real = [q for q in questions if q.source == "real"]
    assert [q.style for q in real] == ["plain", "short", "insistent"]
    assert all(q.prompt.startswith("How old is the man on the bench?") and q.attributes == ("age",) for q in real)
    ordinary = [q for q in questions if q.source == "ordinary"]
    assert [q.style for q in ordinary] == ["plain", "short", "insistent"]
    assert all(q.prompt.startswith("What is on the table?") and not q.attributes for q in ordinary)
    written = [q for q in questions if q.source == "written"]
    assert len(written) == 3 * sum(len(phrasings) for phrasings in WRITTEN.values())
    assert {a for q in written for a in q.attributes} == set(WRITTEN)
    trained = set(_training_turns())
    assert not {" ".join(q.prompt.lower().split()) for q in written} & trained


def test_biometric_records_are_repeated_rare_ones_more_and_ordinary_ones_never() -> None:
    assert RARE == {"race", "eye_color", "weight"}
    assert copies(_record("a", "<image>\nWhat is the ethnicity of the woman?"), repeat=2, rare_repeat=8) == 8
    assert copies(_record("b", "<image>\nHow old is the man on the bench?"), repeat=2, rare_repeat=8) == 2
    assert copies(_record("c", "<image>\nWhat is on the table?"), repeat=2, rare_repeat=8) == 1


def test_of_the_cleaners_held_out_records_only_the_biometric_ones_are_drawn() -> None:
    held = [f"r{i}" for i in range(60) if held_out({"id": f"r{i}"}) and not in_validation({"id": f"r{i}"})]
    assert 2 <= len(held) <= 20  # about one in five
    records = [
        _record(held[0], "<image>\nHow old is the man on the bench?"),
        _record(held[1], "<image>\nWhat is on the table?"),
    ]
    assert select(records, ordinary=5, excluded_images=set()) == ([0], 1)


def test_extra_records_are_the_new_ones_asking_for_a_rare_attribute() -> None:
    ids = [f"r{i}" for i in range(60) if not in_validation({"id": f"r{i}"})]
    known = _record(ids[0], "<image>\nWhat is the ethnicity of the woman?")
    extra = [
        known,
        _record(ids[1], "What is the color of the child's eyes?"),
        _record(ids[2], "<image>\nHow old is the man on the bench?"),
        _record(ids[3], "Is the man overweight?"),
        _record(ids[4], "What is on the table?"),
        _record("x", "Is the woman thin?"),
    ]
    chosen = extra_records(extra, [known], excluded_images={"x.jpg"})
    assert [record["id"] for record in chosen] == [ids[1], ids[3]]


def test_the_bundled_demo_file_holds_the_explicit_questions_it_is_made_for() -> None:
    records = json.loads(DEMO.read_text(encoding="utf-8"))
    explicit = sum(asks_for_attribute(record) for record in records)
    assert explicit > 200 and len(records) - explicit == 250  # every explicit record plus 250 ordinary ones
    assert not any(in_validation(record) for record in records)
    assert not any(held_out(record) and not asks_for_attribute(record) for record in records)
