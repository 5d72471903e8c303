"""Write LLaVA-Bench (COCO) text as LLaVA records: held-out sources beyond the slice.

The slice's held-out fifth ran out of rewritten answer turns after 23 blind rounds
(docs/cleaning.md). LLaVA-Bench (COCO) was read by no one fitting rules, so it measures the
cleaner on text nobody tuned it to:

* ``answers``: its 90 GPT-4 answers (the same GPT-4 prompts as LLaVA-Instruct, COCO val2014),
  one record per question, the question after ``<image>``;
* ``captions``: the 401 human COCO captions GPT-4 was given, one pretraining-style record per
  caption (the brief-description prompt before ``<image>``, as in ``blip_laion_cc_sbu_558k``),
  which the instruction rounds never measured.

    python tools/bench_records.py answers /tmp/bench.json
    python tools/heldout_review.py --input /tmp/bench.json --whole-input --seed S --output DIR
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parents[1] / "data/sample/llava_bench_coco"
ANSWERS = BENCH / "coco2014_val_gpt4_qa_30x3.jsonl"
CAPTIONS = BENCH / "caps_boxes_coco2014_val_80.jsonl"
CAPTION_PROMPT = "Render a clear and concise summary of the photo.\n<image>"
"""One of the pretraining set's brief-description prompts, where that set puts it."""


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def answers() -> list[dict[str, Any]]:
    """The benchmark's answers as one-turn records (ids ``bench-<image id>-<n>``)."""
    return [
        {
            "id": f"bench-{row['id']}-{number}",
            "image": row["image"],
            "conversations": [
                {"from": "human", "value": "<image>\n" + row["instruction"]},
                {"from": "gpt", "value": row["output"]},
            ],
        }
        for number, row in enumerate(_rows(ANSWERS))
    ]


def captions() -> list[dict[str, Any]]:
    """Every COCO caption as a pretraining record (ids ``caption-<image id>-<n>``)."""
    return [
        {
            "id": f"caption-{row['id']}-{number}",
            "image": row["image"],
            "conversations": [
                {"from": "human", "value": CAPTION_PROMPT},
                {"from": "gpt", "value": caption.strip()},
            ],
        }
        for row in _rows(CAPTIONS)
        for number, caption in enumerate(row["captions"])
    ]


SOURCES = {"answers": answers, "captions": captions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", choices=sorted(SOURCES), help="GPT-4 answers or human COCO captions")
    parser.add_argument("output", type=Path, help="JSON file to write (a LLaVA record list)")
    args = parser.parse_args()
    records = SOURCES[args.source]()
    args.output.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
