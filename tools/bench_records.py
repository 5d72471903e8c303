"""Write LLaVA-Bench (COCO) GPT-4 answers as LLaVA-Instruct records: a second held-out source.

The slice's held-out fifth ran out of rewritten answer turns after 23 blind rounds
(docs/cleaning.md). LLaVA-Bench's 90 answers were written by the same GPT-4 prompts for COCO
val2014 images, and no one writing rules read them, so they measure the cleaner on text of the
same kind that nobody fitted rules to. One record per question, the question after ``<image>``.

    python tools/bench_records.py /tmp/bench.json
    python tools/heldout_review.py --input /tmp/bench.json --whole-input --seed S --output DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "data/sample/llava_bench_coco/coco2014_val_gpt4_qa_30x3.jsonl"


def records() -> list[dict]:
    """The benchmark's answers as one-turn records (ids ``bench-<image id>-<n>``)."""
    rows = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        {
            "id": f"bench-{row['id']}-{number}",
            "image": row["image"],
            "conversations": [
                {"from": "human", "value": "<image>\n" + row["instruction"]},
                {"from": "gpt", "value": row["output"]},
            ],
        }
        for number, row in enumerate(rows)
    ]


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(records(), ensure_ascii=False, indent=1), encoding="utf-8")
