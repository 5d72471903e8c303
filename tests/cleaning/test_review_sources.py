"""The blind review's held-out sources beyond the slice: LLaVA-Bench text as valid LLaVA records."""

from __future__ import annotations

from safellava.records import IMAGE_TOKEN, validate
from tools.bench_records import ANSWERS, CAPTIONS, _rows, answers, captions


def test_every_benchmark_answer_becomes_one_valid_record_with_its_question_and_answer() -> None:
    rows = _rows(ANSWERS)
    converted = answers()
    assert len(converted) == len(rows) == 90
    assert len({record["id"] for record in converted}) == len(converted)  # the review keys turns by id
    for record, row in zip(converted, rows, strict=True):
        question, answer = validate(record)["conversations"]
        assert question["value"] == f"{IMAGE_TOKEN}\n{row['instruction']}"
        assert (answer["from"], answer["value"]) == ("gpt", row["output"])


def test_every_coco_caption_becomes_one_valid_pretraining_record() -> None:
    expected = [(row["image"], caption.strip()) for row in _rows(CAPTIONS) for caption in row["captions"]]
    converted = captions()
    assert len(converted) == len(expected) == 401
    assert len({record["id"] for record in converted}) == len(converted)
    for record, (image, caption) in zip(converted, expected, strict=True):
        prompt, answer = validate(record)["conversations"]
        assert IMAGE_TOKEN in prompt["value"] and record["image"] == image
        assert answer["value"] == caption
