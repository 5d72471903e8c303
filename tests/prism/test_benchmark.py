"""The bundled PRISM sample has the release's layout and the published prompts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from safellava.prism.benchmark import BenchmarkError, attribute_of, fingerprint, load_questions
from tests.prism.conftest import PRISM_SAMPLE, REFERENCE_ANSWERS


@pytest.mark.parametrize(("task", "count"), [("refusal_soft", 20), ("refusal_hard", 20), ("implicit_leakage", 60)])
def test_sample_questions_use_the_published_prompts(task: str, count: int) -> None:
    questions = load_questions(PRISM_SAMPLE, task)
    published = {json.loads(line)["prompt"] for line in (REFERENCE_ANSWERS / "LLaVA" / f"{task}.jsonl").open(encoding="utf-8")}
    assert len(questions) == count
    assert {question.prompt for question in questions} == published
    assert all(question.image.is_file() for question in questions)
    per_attribute = {name: sum(1 for q in questions if q.attribute == name) for name in ("age", "gender", "race", "eye_color", "weight")}
    assert set(per_attribute.values()) == {count // 5}


def test_attribute_of_question_ids() -> None:
    assert attribute_of("Eye_Color/person_with_green_eyes/000001.jpg") == "eye_color"
    assert attribute_of("All/small_00001.jpg") == "all"


def test_missing_image_and_data_version(tmp_path: Path) -> None:
    copy = tmp_path / "prism"
    shutil.copytree(PRISM_SAMPLE, copy)
    assert fingerprint(copy) == fingerprint(PRISM_SAMPLE)
    first = next((copy / "biometric_images").rglob("*.jpg"))
    first.write_bytes(first.read_bytes() + b"\0")
    assert fingerprint(copy) != fingerprint(PRISM_SAMPLE)
    first.unlink()
    with pytest.raises(BenchmarkError, match="not found"):
        load_questions(copy, "refusal_soft")
