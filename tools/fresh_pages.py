"""Draw a fresh held-out set of LLaVA-Instruct-150K records (data/heldout/README.md).

Two steps around a copy that happens outside this tool (the development machines have no
internet; the pages are read from a stored copy of the public repository
``Frorozcoloa/traslated_llava_dataset``, 315 files ``dataset/chunk_N.json`` of 500 JSON lines):

* ``pick --seed S``: seeded (chunk, character offset) pages of 16,000 characters, blind to their
  text, none within one page of a page an earlier set read (so no record is read twice);
* ``build RAW_DIR``: every record whose whole line lies in a copied page (``RAW_DIR/C_O.txt``),
  with ``id``, ``image`` and ``conversations`` only, less the development slice's tenth (its
  image ids), the bundled sample, the earlier sets and repeats. It prints counts, never text:
  whoever runs it may write cleaner rules and must not read the records before their round.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "data/heldout"
PAGE = 16_000
CHUNKS = 315
OFFSETS = 50  # offsets 0, 16,000 ... 784,000: inside every chunk file (the shortest is ~808,000)
_PAGE_LINE = re.compile(r"\(?(\d+),?\s+(\d+)")


def earlier_pages() -> set[tuple[int, int]]:
    """The (chunk, offset) pages of every earlier set (``fresh*.pages.txt``)."""
    pages = set()
    for path in sorted(HELDOUT.glob("fresh*.pages.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if match := _PAGE_LINE.match(line):
                pages.add((int(match.group(1)), int(match.group(2))))
    return pages


def pick(seed: int, count: int, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """``count`` seeded pages, none overlapping a page in ``taken`` or one picked before."""
    rng = random.Random(seed)
    pages: list[tuple[int, int]] = []
    while len(pages) < count:
        chunk, offset = rng.randrange(CHUNKS), rng.randrange(OFFSETS) * PAGE
        if any(chunk == c and abs(offset - o) < PAGE for c, o in taken.union(pages)):
            continue
        pages.append((chunk, offset))
    return pages


def in_slice(record_id: str) -> bool:
    """The development slice's tenth (``../shared/data/llava_instruct_slice/README.md``)."""
    return int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 10 == 0


def known_ids(name: str) -> set[str]:
    """Ids of the earlier sets (all but ``name``, the one being built) and of the bundled sample."""
    ids = set()
    earlier = [path for path in HELDOUT.glob("*.json") if path.name != f"llava_instruct_150k.{name}.json"]
    for path in [*earlier, *(ROOT / "data/sample").rglob("*.json")]:
        records = json.loads(path.read_text(encoding="utf-8"))
        ids.update(str(record["id"]) for record in records if isinstance(record, dict) and "id" in record)
    return ids


def build(raw: Path, known: set[str]) -> tuple[list[dict], list[str], dict[str, int]]:
    """The records of the copied pages in ``raw``, the pages file's lines and the counts."""
    records: list[dict] = []
    lines: list[str] = []
    counts = {"read": 0, "slice": 0, "earlier": 0, "repeat": 0}
    seen: set[str] = set()
    for path in sorted(raw.glob("*_*.txt")):
        taken = 0
        for line in path.read_text(encoding="utf-8").split("\n"):
            line = line.strip().rstrip(",")
            if not line.startswith("{"):
                continue
            try:  # the first and last line of a page are cut off and do not parse
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            counts["read"] += 1
            record_id = str(record["id"])
            reasons = (("slice", in_slice(record_id)), ("earlier", record_id in known), ("repeat", record_id in seen))
            reason = next((name for name, applies in reasons if applies), "")
            if reason:
                counts[reason] += 1
                continue
            seen.add(record_id)
            turns = [{"from": turn["from"], "value": turn["value"]} for turn in record["conversations"]]
            records.append({"id": record["id"], "image": record.get("image"), "conversations": turns})
            taken += 1
        chunk, offset = path.stem.split("_")
        lines.append(f"{chunk} {offset} {taken}")
    return records, lines, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    picker = commands.add_parser("pick", help="print seeded pages (CHUNK OFFSET per line) to copy")
    picker.add_argument("--seed", type=int, required=True)
    picker.add_argument("--pages", type=int, default=52)
    builder = commands.add_parser("build", help="build a set from copied pages RAW_DIR/CHUNK_OFFSET.txt")
    builder.add_argument("raw", type=Path)
    builder.add_argument("--name", required=True, help="the set's name, e.g. fresh5")
    args = parser.parse_args()
    if args.command == "pick":
        for chunk, offset in pick(args.seed, args.pages, earlier_pages()):
            print(chunk, offset)
        return
    records, lines, counts = build(args.raw, known_ids(args.name))
    (HELDOUT / f"llava_instruct_150k.{args.name}.json").write_text(
        json.dumps(records, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    (HELDOUT / f"{args.name}.pages.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps({**counts, "kept": len(records)}))


if __name__ == "__main__":
    main()
