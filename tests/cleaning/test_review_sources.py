"""The blind review's held-out sources beyond the slice: LLaVA-Bench text as valid LLaVA records, and
the fresh sets of LLaVA-Instruct records drawn from seeded pages."""

from __future__ import annotations

import json
from pathlib import Path

from safellava.records import IMAGE_TOKEN, validate
from tools.bench_records import ANSWERS, CAPTIONS, _rows, answers, captions
from tools.fresh_pages import build, earlier_pages, in_slice, pick


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


def test_fresh_pages_never_overlap_an_earlier_set_and_repeat_with_the_seed() -> None:
    taken = earlier_pages()
    assert len(taken) >= 200  # the pages of fresh1 ... fresh5
    first = pick(7, 30, taken)
    assert first == pick(7, 30, taken) and len(set(first)) == 30
    for chunk, offset in first:
        assert 0 <= chunk < 315 and offset % 16_000 == 0
        assert not any(chunk == c and abs(offset - o) < 16_000 for c, o in taken)


def test_built_set_keeps_whole_lines_and_drops_slice_earlier_and_repeated_records(tmp_path: Path) -> None:
    def line(record_id: str) -> str:
        turns = [{"from": "human", "value": "<image>\nWhat is shown?"}, {"from": "gpt", "value": "A dog."}]
        return json.dumps({"id": record_id, "image": f"{record_id}.jpg", "conversations": turns, "es": "Un perro."})

    fresh = next(str(n) for n in range(100) if not in_slice(str(n)))
    sliced = next(str(n) for n in range(100) if in_slice(str(n)))
    page = "\n".join(['ations": []}', line(fresh), line(sliced), line("old"), line(fresh), line("cut")[:40]])
    (tmp_path / "12_32000.txt").write_text(page, encoding="utf-8")
    records, lines, counts = build(tmp_path, known={"old"})
    assert [record["id"] for record in records] == [fresh]
    assert set(records[0]) == {"id", "image", "conversations"}
    assert lines == ["12 32000 1"]
    assert counts == {"read": 4, "slice": 1, "earlier": 1, "repeat": 1}
