"""The leakage gate reads through text tricks, and the cleaner's output of them passes it.

Real answers of the bundled sample, each hiding an attribute behind a zero-width character,
a soft hyphen, a look-alike or fullwidth letter, or markup, are planted into otherwise clean
records; their local rewrites are planted into others. One GX run must name exactly the
tricked records, under exactly their attributes.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.cleaning.rewriter import default_rewriter
from safellava.quality import gate

from .conftest import EXPECTATIONS, NEUTRAL, Records, write_cleaned

TRICKED = {
    "gender": [
        "The wo\u200bman is standing next to her car, which has surfboards piled on its roof.",
        "The wo\u00adman is wearing pink shorts, and the car is maroon-colored.",
        "The m\u0430n in the image is holding a white surfboard.",  # Cyrillic а
        "The \uff4d\uff41\uff4e is sitting on the motorcycle on the street.",  # fullwidth
        "Yes, the **man** on the skateboard is holding a dog in his arm.",
    ],
    "eye_color": [
        "The surfer has _blue eyes_ and holds a white surfboard.",
        "The skateboarder:\n- Hair: brown\n- **Eyes:** blue\n- Board: red",
        "Skateboarder profile\neye colour: blue\nActivity: riding with a dog",
    ],
}


def test_the_gate_names_tricked_answers_and_passes_their_rewrites(
    ingested: Path, cleaned_parts: tuple[Records, list[dict[str, Any]]], tmp_path: Path
) -> None:
    records, changes = copy.deepcopy(cleaned_parts)
    changed = {change["key"] for change in changes}
    plain = [
        r
        for r in records
        if r["key"] not in changed and len(r["conversations"]) == 2 and r["conversations"][1]["value"] != NEUTRAL
    ]
    texts = [(attribute, text) for attribute, group in TRICKED.items() for text in group]
    leaking: dict[str, list[str]] = {attribute: [] for attribute in TRICKED}
    for (attribute, text), record, cleaned in zip(texts, plain, plain[len(texts) :]):
        record["conversations"][1]["value"] = text
        leaking[attribute].append(record["key"])
        cleaned["conversations"][1]["value"] = default_rewriter().rewrite(text)
    cleaned_dir = write_cleaned(tmp_path / "cleaned", records, changes)
    bounds = {name: 0.0 for name in gate.LEAKAGE_KEYS}
    with pytest.raises(gate.GateFailed) as caught:
        gate.run(
            gate.ValidateConfig(
                ingested=str(ingested),
                cleaned=str(cleaned_dir),
                output=str(tmp_path / "validated"),
                max_leakage=bounds,
                expectations=str(EXPECTATIONS),
                data_docs=str(tmp_path / "docs"),
                examples=20,
            )
        )
    failures = {failure.kwargs["attribute"]: failure for failure in caught.value.failures}
    assert set(failures) == {"overall", *TRICKED}
    for attribute, keys in leaking.items():
        assert sorted(example["key"] for example in failures[attribute].examples) == sorted(keys)
    assert sorted(example["key"] for example in failures["overall"].examples) == sorted(sum(leaking.values(), []))
    leakage = caught.value.summary["cleaned"]["leakage"]
    assert {name: leakage[name] > 0 for name in ATTRIBUTES} == {name: name in TRICKED for name in ATTRIBUTES}
