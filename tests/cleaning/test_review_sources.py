"""The blind review's second held-out source: LLaVA-Bench answers as valid LLaVA records."""

from __future__ import annotations

import json

from safellava.records import IMAGE_TOKEN, validate
from tools.bench_records import BENCH, records


def test_every_benchmark_answer_becomes_one_valid_record_with_its_question_and_answer() -> None:
    rows = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line.strip()]
    converted = records()
    assert len(converted) == len(rows) == 90
    assert len({record["id"] for record in converted}) == len(converted)  # the review keys turns by id
    for record, row in zip(converted, rows, strict=True):
        question, answer = validate(record)["conversations"]
        assert question["value"] == f"{IMAGE_TOKEN}\n{row['instruction']}"
        assert (answer["from"], answer["value"]) == ("gpt", row["output"])
