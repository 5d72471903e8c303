"""The bundled PRISM sample has the release's layout and the published prompts."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from safellava.prism.question_set import BenchmarkError, fingerprint, load_questions
from safellava.prism.tasks import attribute_of
from tests.prism.conftest import PRISM_SAMPLE, REFERENCE_ANSWERS


@pytest.mark.parametrize(("task", "count"), [("refusal_soft", 20), ("refusal_hard", 20), ("implicit_leakage", 60)])
def test_sample_questions_use_the_published_prompts(task: str, count: int) -> None:
    questions = load_questions(PRISM_SAMPLE, task)
    published = {
        json.loads(line)["prompt"] for line in (REFERENCE_ANSWERS / "LLaVA" / f"{task}.jsonl").open(encoding="utf-8")
    }
    assert len(questions) == count
    assert {question.prompt for question in questions} == published
    assert all(question.image.is_file() for question in questions)
    per_attribute = {
        name: sum(1 for q in questions if q.attribute == name)
        for name in ("age", "gender", "race", "eye_color", "weight")
    }
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


def table_rows(task_rows: dict[str, list[dict]], numbered: bool) -> list[dict]:
    """The sample's questions as rows of the release's PRISM_test table."""
    rows = []
    for task, questions in task_rows.items():
        for question in questions:
            image = str(question.image.relative_to(PRISM_SAMPLE / "biometric_images"))
            rows.append(
                {
                    "question_id": len(rows) if numbered else image,
                    "image": f"biometric_images/{image}",
                    "text": question.prompt,
                    "category": task,
                }
            )
    return rows


@pytest.mark.parametrize("form", ["jsonl", "csv", "parquet-embedded"])
def test_prism_test_table_reads_like_the_per_task_files(
    tmp_path: Path, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same questions from the table form, numbered ids replaced by the image path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # where embedded images are written
    tasks = ("refusal_soft", "refusal_hard", "implicit_leakage")
    expected = {task: load_questions(PRISM_SAMPLE, task) for task in tasks}
    rows = table_rows(expected, numbered=True)
    root = tmp_path / "release"
    root.mkdir()
    if form == "jsonl":
        shutil.copytree(PRISM_SAMPLE / "biometric_images", root / "biometric_images")
        (root / "PRISM_test.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    elif form == "csv":
        shutil.copytree(PRISM_SAMPLE / "biometric_images", root / "biometric_images")
        with (root / "PRISM_test.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, ["question_id", "image", "text", "category"])
            writer.writeheader()
            writer.writerows(rows)
    else:  # what `datasets` writes: the image bytes inside the table, no image folder
        import pyarrow as pa
        import pyarrow.parquet as pq

        for row in rows:
            name = row["image"].removeprefix("biometric_images/")
            row["image"] = {"bytes": (PRISM_SAMPLE / "biometric_images" / name).read_bytes(), "path": name}
        pq.write_table(pa.Table.from_pylist(rows), root / "PRISM_test.parquet")
    for task in tasks:
        got = load_questions(root, task)
        assert [(q.question_id, q.prompt) for q in got] == [(q.question_id, q.prompt) for q in expected[task]]
        assert [q.image.read_bytes() for q in got] == [q.image.read_bytes() for q in expected[task]]
        assert {q.attribute for q in got} == {"age", "gender", "race", "eye_color", "weight"}
        assert all(q.image.is_relative_to(tmp_path) for q in got)
    assert len(fingerprint(root)) == 16


def test_incomplete_roots_say_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(BenchmarkError, match="no such PRISM root"):
        load_questions(tmp_path / "absent", "refusal_soft")
    root = tmp_path / "release"
    shutil.copytree(PRISM_SAMPLE, root)
    (root / "PRISM_refusal_hard.jsonl").unlink()
    with pytest.raises(
        BenchmarkError,
        match=r"no PRISM_refusal_hard.jsonl and no PRISM_test table .* holds \['PRISM_implicit_leakage.jsonl'",
    ):
        load_questions(root, "refusal_hard")
    shutil.rmtree(root / "biometric_images" / "Race")
    with pytest.raises(BenchmarkError, match=r"4 of 20 images of refusal_soft not found, e\.g\. .*Race/"):
        load_questions(root, "refusal_soft")
    rows = table_rows({"refusal_soft": load_questions(PRISM_SAMPLE, "refusal_soft")}, numbered=False)
    (root / "PRISM_test.jsonl").write_text(
        "".join(json.dumps({**row, "category": "Age"}) + "\n" for row in rows), encoding="utf-8"
    )
    with pytest.raises(BenchmarkError, match=r"category values \['Age'\] name no PRISM task"):
        load_questions(root, "refusal_hard")
    (root / "PRISM_test.jsonl").write_text(
        json.dumps({"question_id": 1, "text": "q", "category": "refusal_hard"}) + "\n", encoding="utf-8"
    )
    with pytest.raises(BenchmarkError, match="lack the column.s. image"):
        load_questions(root, "refusal_hard")
