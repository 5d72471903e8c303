"""Real ingested records and a hand-made "cleaned" output built from them.

The cleaned fixture follows the clean stage's output contract: biometric requests are
answered with the configured refusal, every other gpt turn in which the detector finds an
attribute is rewritten to a neutral sentence (so residual leakage is zero), the rest is
unchanged. Tests plant one defect at a time into a copy of it.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from safellava.biometrics.detector import default_detector
from safellava.biometrics.questions import requested_attributes
from safellava.biometrics.refusal import DEFAULT_REFUSAL
from safellava.quality import gate
from safellava.records import ShardWriter, iter_records, to_llava, write_jsonl

from ..conftest import REPO

EXPECTATIONS = REPO / "expectations"
# No leakage bound: these tests plant other defects, and the hand-cleaned sample leaks nothing.
NO_LEAKAGE_BOUND = {name: 1.0 for name in gate.LEAKAGE_KEYS}
# Tighter than params.yaml's 0.10: the two planted damaged rewrites among the sample's must fail it.
TIGHT_UNFAITHFUL_BOUND = 0.01


def gate_config(ingested: Path, cleaned: Path, output: Path, data_docs: Path, **changes: Any) -> gate.ValidateConfig:
    """The gate's config for a planted-defect test: the bundled suites, the bounds above."""
    return gate.ValidateConfig(
        ingested=str(ingested),
        cleaned=str(cleaned),
        output=str(output),
        max_leakage=NO_LEAKAGE_BOUND,
        max_unfaithful_share=TIGHT_UNFAITHFUL_BOUND,
        data_docs=str(data_docs),
        expectations=str(changes.pop("expectations", EXPECTATIONS)),
        **changes,
    )


REFUSAL = DEFAULT_REFUSAL
NEUTRAL = "The image shows a scene with several objects."

Records = list[dict[str, Any]]


def clean_by_hand(records: Records, refusal: str = REFUSAL) -> tuple[Records, list[dict[str, Any]]]:
    """Apply the cleaning rules to ``records``; return the cleaned records and changes.jsonl rows."""
    cleaned, changes = [], []
    for record in records:
        record = copy.deepcopy(record)
        turns = record["conversations"]
        for index, turn in enumerate(turns):
            if turn["from"] != "gpt":
                continue
            asked = requested_attributes(turns[index - 1]["value"])
            found = default_detector().attributes(turn["value"])
            if asked:
                rule, after, attributes = "explicit_refusal", refusal, asked
            elif found:
                rule, after, attributes = "implicit_rewrite", NEUTRAL, found
            else:
                continue
            changes.append(
                {
                    "key": record["key"],
                    "id": record["id"],
                    "turn": index,
                    "before": turn["value"],
                    "after": after,
                    "rule": rule,
                    "attributes": sorted(attributes),
                    "backend": "local",
                }
            )
            turn["value"] = after
        cleaned.append(record)
    return cleaned, changes


def write_cleaned(
    directory: Path,
    records: Records,
    changes: list[dict[str, Any]],
    failures: Records | None = None,
    llava: Records | None = None,
) -> Path:
    """Write a clean-stage output dir; ``llava`` overrides cleaned.json (default: ``records``)."""
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    with ShardWriter(directory, shard_size=100) as writer:
        for record in records:
            writer.write(record)
    published = llava if llava is not None else [to_llava(record) for record in records]
    (directory / "cleaned.json").write_text(json.dumps(published, ensure_ascii=False), encoding="utf-8")
    write_jsonl(directory / "changes.jsonl", changes)
    write_jsonl(directory / "failures.jsonl", failures or [])
    (directory / "summary.json").write_text(json.dumps({"records": len(records), "changed_turns": len(changes)}))
    return directory


@pytest.fixture(scope="session")
def cleaned_parts(ingested: Path) -> tuple[Records, list[dict[str, Any]]]:
    return clean_by_hand(list(iter_records(ingested)))
