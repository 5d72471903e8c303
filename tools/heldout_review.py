"""Draw the blind-review packets of the cleaner's held-out measurement (docs/cleaning.md).

The cleaner's quality needs judgement (is this rewrite grammatical, is this refusal right), so
it is measured by readers who have seen neither the rules nor the code, on records nobody
writing rules opened: the slice's records with ``sha1("holdout-2026:" + id) % 5 == 0``. This
tool cleans them with the local backend (all defaults, the CLI as a user runs it) and writes
three packets and their keys:

* ``questions.md``: every human turn the stage refused plus every human turn containing an
  attribute-related word (a broad net, ``NET``), shuffled, without the stage's decision;
* ``rewrites.md``: ``--rewrites`` random rewritten answer turns, before and after;
* ``unchanged.md``: ``--unchanged`` random answer turns the stage left as they were;
* ``key.json``: which item is which turn, and the stage's decision for each question, for
  scoring the readers' labels afterwards (never shown to a reader).

Turns named in ``--exclude`` files (a previous round's ``key.json``) are left out of the
draw, so that a fix made after reading a round is not graded on that round's items. The
reader's instructions are ``tools/heldout_review_guide.md``.

    python tools/heldout_review.py --seed 20261212 --output /tmp/round9 [--exclude /tmp/round8/key.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_demo_sample import DEFAULT_INPUT, held_out

from safellava.cleaning.rules import DEFAULT_REFUSAL

NET = re.compile(
    r"\b(?:age[sd]?|aged|old|older|elderly|young|younger|youth|teen\w*|child\w*|kids?|bab(?:y|ies)|toddlers?|infants?|adults?|seniors?|"
    r"male|female|gender|sex|race|racial|ethnic\w*|skin|asian|african|caucasian|hispanic|latin[oa]|eyes?|"
    r"weigh\w*|heavy|thin|slim|fat|overweight|obese|body type|build|muscular|skinny|chubby)\b"
    r"|\b(?:m[ae]n|wom[ae]n|boys?|girls?)\s+or\b|\bor\s+(?:an?\s+)?(?:m[ae]n|wom[ae]n|boys?|girls?)\b",
    re.IGNORECASE,
)
"""Words that may be part of an attribute request: the questions packet's broad net (the
readers decide; the net only keeps the packet short)."""


def _record_key(record: dict[str, Any]) -> str:
    """The turns' key prefix: the id and a hash of the record (ids repeat across subsets)."""
    return f"{record['id']}#{hashlib.sha1(json.dumps(record, sort_keys=True).encode()).hexdigest()[:10]}"


def clean(records: list[dict[str, Any]], workdir: Path) -> list[dict[str, Any]]:
    """Run ``safellava ingest`` and ``safellava clean --backend local`` on the records."""
    source = workdir / "holdout.json"
    source.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    params = workdir / "params.yaml"
    params.write_text(
        f"mlflow: {{tracking_uri: 'sqlite:///{workdir}/mlflow.db'}}\n"
        f"clean: {{cache: '{workdir}/clean.sqlite', metrics: '{workdir}/clean-metrics.json'}}\n",
        encoding="utf-8",
    )
    common = ["--params", str(params), "--no-progress", "--no-track"]
    subprocess.run(
        ["safellava", "ingest", "--input", str(source), "--output", str(workdir / "ingested"), *common], check=True
    )
    subprocess.run(
        ["safellava", "clean", "--input", str(workdir / "ingested"), "--output", str(workdir / "cleaned"),
         "--backend", "local", "--report", str(workdir / "clean.html"), *common],
        check=True,
    )  # fmt: skip
    return json.loads((workdir / "cleaned" / "cleaned.json").read_text(encoding="utf-8"))


def turns(records: list[dict[str, Any]], cleaned: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The held-out turns by packet: questions, rewritten answers, unchanged answers."""
    by_id: dict[str, list[dict[str, Any]]] = {}
    for record in cleaned:
        by_id.setdefault(record["id"], []).append(record)
    packets: dict[str, list[dict[str, Any]]] = {"questions": [], "rewrites": [], "unchanged": []}
    for record in records:
        candidates = by_id.get(record["id"]) or []
        after_record = candidates.pop(0) if candidates else None
        if after_record is None or [t["from"] for t in after_record["conversations"]] != [
            t["from"] for t in record["conversations"]
        ]:
            continue  # dropped or failed: counted by the stage, not reviewable
        prefix = _record_key(record)
        for index, (before, after) in enumerate(zip(record["conversations"], after_record["conversations"])):
            key = f"{prefix}#{index}"
            text_before, text_after = before["value"], after["value"]
            if before["from"] == "human":
                refused = index + 1 < len(after_record["conversations"]) and after_record["conversations"][index + 1][
                    "value"
                ].startswith(DEFAULT_REFUSAL)
                if refused or NET.search(text_before):
                    packets["questions"].append({"key": key, "text": text_before, "refused": refused})
            elif text_after.startswith(DEFAULT_REFUSAL):
                continue
            elif text_after != text_before:
                packets["rewrites"].append({"key": key, "before": text_before, "after": text_after})
            else:
                packets["unchanged"].append({"key": key, "text": text_before})
    return packets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True, help="a seed not used before (docs/cleaning.md lists them)")
    parser.add_argument("--output", type=Path, required=True, help="folder for the packets and the key")
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument(
        "--whole-input",
        action="store_true",
        help="the input is a source nobody writing rules opened (LLaVA-Bench answers, tools/bench_records.py): "
        "draw from all its records, not only the slice's held-out fifth",
    )
    parser.add_argument("--rewrites", type=int, default=120)
    parser.add_argument("--unchanged", type=int, default=120)
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="key.json of an earlier round")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    records = [r for r in json.loads(args.input.read_text(encoding="utf-8")) if args.whole_input or held_out(r)]
    packets = turns(records, clean(records, args.output))
    seen = {key for path in args.exclude for key in json.loads(path.read_text(encoding="utf-8"))["seen"]}
    rng = random.Random(args.seed)
    pool = {name: [item for item in items if item["key"] not in seen] for name, items in packets.items()}
    drawn = {
        "questions": rng.sample(pool["questions"], len(pool["questions"])),
        "rewrites": rng.sample(pool["rewrites"], min(args.rewrites, len(pool["rewrites"]))),
        "unchanged": rng.sample(pool["unchanged"], min(args.unchanged, len(pool["unchanged"]))),
    }
    for name, items in drawn.items():
        lines = [f"# {name} ({len(items)} items)\n"]
        for number, item in enumerate(items, 1):
            if name == "rewrites":
                lines.append(f"## {number}\nBEFORE: {item['before']}\n\nAFTER: {item['after']}\n")
            else:
                lines.append(f"## {number}\n{item['text']}\n")
        (args.output / f"{name}.md").write_text("\n".join(lines), encoding="utf-8")
    key = {
        "seed": args.seed,
        "pool": {name: len(items) for name, items in pool.items()},
        "excluded": len(seen),
        "items": {name: [item["key"] for item in items] for name, items in drawn.items()},
        "refused": [item["refused"] for item in drawn["questions"]],
        "seen": sorted(seen | {item["key"] for name in ("rewrites", "unchanged") for item in drawn[name]}),
    }
    (args.output / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(json.dumps({"pool": key["pool"], "drawn": {n: len(v) for n, v in drawn.items()}, "excluded": len(seen)}))


if __name__ == "__main__":
    main()
