"""Write ``data/sample/instruct/llava_instruct_150k.demo.json``: the demo's training records.

The demo must teach a tiny model when to refuse, so it needs every explicit biometric
question it can get, among enough ordinary questions that refusing is not the default.
The rule is fixed in advance and reads only the LLaVA records themselves:

1. **biometric**: every record one of whose human turns explicitly asks for an attribute of
   ``age, gender, race, eye_color, weight`` by the project's question classifier
   (:func:`safellava.biometrics.questions.requested_attributes`, on the turn with its
   ``<image>`` token removed, so the token's position does not matter), in the development
   split and in the cleaner's held-out split alike (the slice has few of them: the safe model
   can only learn to refuse from these). The rule does not decide what is biometric *for
   training*: the clean stage does, and a false positive here ("the age of the suitcases")
   only becomes an ordinary record the cleaner leaves alone;
2. **ordinary**: of the remaining records of the development split, the ``--ordinary`` ones
   with the smallest ``sha1("<id>/<position in the input>")``, a deterministic draw that
   looks at no text;
3. records of the images the evaluate stage asks its non-biometric questions about
   (``--exclude``, the coco8 records) are left out of both, so that check sees no question it
   was trained on;
4. the demo's validation fifth (``sha1("demo-validation:" + id) % 5 == 0``) is left out of
   both: ``tools/demo_validation.py`` asks its questions to choose the recipe, so the recipe
   is chosen on questions the models never saw, and never on the PRISM prompts.

5. **extra**: the records of ``--extra`` (the bundled 183-record sample of the whole
   LLaVA-Instruct-150K file) that are not in the input and ask for a rare attribute
   (``RARE``), appended after the input's: the slice asks for eye colour once;
6. **mix**: every biometric record is written ``--repeat`` times and one that asks for a rare
   attribute (``RARE``: race, eye colour, weight; the development split asks for them 14, 1
   and 3 times against age 129 and gender 113) ``--rare-repeat`` times, one copy after the
   other, so that the tiny model meets the refusals often enough to learn them (chosen on the
   validation set, docs/training.md).

The output keeps the records unchanged, in input order. Run (the defaults rebuild the
bundled file): ``python tools/make_demo_sample.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

from safellava.biometrics.questions import requested_attributes
from safellava.records import IMAGE_TOKEN

DEFAULT_INPUT = Path("../shared/data/llava_instruct_slice/llava_instruct_150k.slice.json")
HELD_OUT_SALT = "holdout-2026:"
"""The slice's records with ``sha1(salt + id) % 5 == 0`` are the cleaner's held-out
measurement set (docs/cleaning.md): the demo draws only their biometric records (rule 1),
which nobody writing rules reads either (the demo's cleaned output is not read for rules)."""
VALIDATION_SALT = "demo-validation:"
"""The development records with ``sha1(salt + id) % 5 == 0`` are the demo's validation set
(``tools/demo_validation.py``): never trained on, asked to choose the demo's recipe."""
DEFAULT_OUTPUT = Path("data/sample/instruct/llava_instruct_150k.demo.json")
DEFAULT_EXCLUDE = Path("data/sample/instruct/coco8_matched.llava_instruct_150k.json")
DEFAULT_EXTRA = Path("data/sample/instruct/llava_instruct_150k.sample.json")


RARE = frozenset({"race", "eye_color", "weight"})


def asked_attributes(record: dict[str, Any]) -> set[str]:
    """The attributes a human turn explicitly asks for (``<image>`` removed)."""
    asked: set[str] = set()
    for turn in record.get("conversations") or []:
        if turn.get("from") == "human":
            asked |= requested_attributes(str(turn.get("value", "")).replace(IMAGE_TOKEN, "").strip())
    return asked


def asks_for_attribute(record: dict[str, Any]) -> bool:
    """True when a human turn explicitly asks for a biometric attribute (``<image>`` removed)."""
    return bool(asked_attributes(record))


def copies(record: dict[str, Any], repeat: int, rare_repeat: int) -> int:
    """How often the record is written: ``rare_repeat`` times when it asks for a rare
    attribute, ``repeat`` times for another attribute, once when it asks for none."""
    asked = asked_attributes(record)
    return rare_repeat if asked & RARE else repeat if asked else 1


def held_out(record: dict[str, Any]) -> bool:
    """Is the record in the held-out fifth of the slice that the cleaner is measured on?"""
    return int(hashlib.sha1(f"{HELD_OUT_SALT}{record.get('id')}".encode()).hexdigest(), 16) % 5 == 0


def in_validation(record: dict[str, Any]) -> bool:
    """Is the record in the demo's validation fifth (never trained on)?"""
    return int(hashlib.sha1(f"{VALIDATION_SALT}{record.get('id')}".encode()).hexdigest(), 16) % 5 == 0


def draw_key(record: dict[str, Any], position: int) -> str:
    """The ordinary records' draw order: a hash of id and position, blind to the text."""
    return hashlib.sha1(f"{record.get('id')}/{position}".encode()).hexdigest()


def select(records: list[dict[str, Any]], ordinary: int, excluded_images: set[str]) -> tuple[list[int], int]:
    """Positions of the chosen records (input order) and how many of them are biometric."""
    biometric: list[int] = []
    others: list[int] = []
    for position, record in enumerate(records):
        if record.get("image") in excluded_images or in_validation(record):
            continue
        if asks_for_attribute(record):
            biometric.append(position)
        elif not held_out(record):
            others.append(position)
    drawn = sorted(others, key=lambda position: draw_key(records[position], position))[:ordinary]
    return sorted(biometric + drawn), len(biometric)


def extra_records(
    extra: list[dict[str, Any]], records: list[dict[str, Any]], excluded_images: set[str]
) -> list[dict[str, Any]]:
    """Records of ``extra`` not in ``records`` that ask for a rare attribute (rule 5), in order."""
    known = {record.get("id") for record in records}
    return [
        record
        for record in extra
        if record.get("id") not in known
        and record.get("image") not in excluded_images
        and not in_validation(record)
        and asked_attributes(record) & RARE
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="LLaVA-Instruct JSON array")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--exclude", type=Path, default=DEFAULT_EXCLUDE, help="records whose images to leave out")
    parser.add_argument("--extra", type=Path, default=DEFAULT_EXTRA, help="records outside the input (rule 5)")
    parser.add_argument("--ordinary", type=int, default=250, help="ordinary records to draw")
    parser.add_argument("--repeat", type=int, default=2, help="copies of each record asking for an attribute")
    parser.add_argument(
        "--rare-repeat", type=int, default=8, help="copies of each record asking for race, eye colour or weight"
    )
    args = parser.parse_args()
    records = json.loads(args.input.read_text(encoding="utf-8"))
    excluded = {record["image"] for record in json.loads(args.exclude.read_text(encoding="utf-8"))}
    chosen, biometric = select(records, args.ordinary, excluded)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    extra = extra_records(json.loads(args.extra.read_text(encoding="utf-8")), records, excluded)
    written = [
        record
        for record in [records[i] for i in chosen] + extra
        for _ in range(copies(record, args.repeat, args.rare_repeat))
    ]
    args.output.write_text(json.dumps(written, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        json.dumps(
            {
                "input": len(records),
                "chosen": len(chosen) + len(extra),
                "extra": len(extra),
                "written": len(written),
                "biometric": biometric + len(extra),
                "ordinary": len(chosen) - biometric,
                "output": str(args.output),
            }
        )
    )


if __name__ == "__main__":
    main()
