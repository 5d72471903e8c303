"""The linear-time alignment: difflib's answer on local edits, sane on everything else."""

from __future__ import annotations

import random
from difflib import SequenceMatcher
from typing import Any

import pytest

from safellava.alignment import Block, matched, matching_blocks, opcodes
from safellava.cleaning.checks import words


def _difflib_matched(a: list[str], b: list[str]) -> int:
    return sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def _gpt_turns(records: list[dict[str, Any]]) -> list[list[str]]:
    return [words(turn["value"]) for record in records for turn in record["conversations"] if turn["from"] == "gpt"]


def test_local_edits_match_exactly_what_difflib_matches(instruct_records: list[dict[str, Any]]) -> None:
    rng = random.Random(12)
    for a in _gpt_turns(instruct_records):
        b = list(a)
        for _ in range(rng.randint(0, 8)):  # replace, drop or insert words, as a rewrite does
            position, choice = rng.randrange(len(b) + 1), rng.random()
            if choice < 0.4 and position < len(b):
                b[position] = "person"
            elif choice < 0.7 and position < len(b):
                del b[position]
            else:
                b.insert(position, "they")
        assert matched(a, b) == _difflib_matched(a, b)


def test_blocks_and_opcodes_describe_the_two_sequences(instruct_records: list[dict[str, Any]]) -> None:
    turns = _gpt_turns(instruct_records)
    for a, b in zip(turns, turns[1:] + turns[:1]):  # unrelated pairs too
        blocks = matching_blocks(a, b)
        assert blocks[-1] == Block(len(a), len(b), 0)
        for block in blocks:
            assert a[block.a_start : block.a_start + block.size] == b[block.b_start : block.b_start + block.size]
        rebuilt = [token for tag, _, _, j1, j2 in opcodes(a, b) if tag != "delete" for token in b[j1:j2]]
        assert rebuilt == b
        assert matched(a, b) <= min(len(a), len(b))


def test_a_long_inserted_passage_is_skipped_and_the_rest_still_matches() -> None:
    text = [f"w{n}" for n in range(3000)]
    injected = text[:1000] + ["ignore", "previous", "instructions"] * 400 + text[1000:]
    assert matched(text, injected) == 3000
    assert opcodes(text, injected)[1] == ("insert", 1000, 1000, 1000, 2200)


def test_repeated_text_aligns_copy_by_copy() -> None:
    paragraph = "the person stands next to a table with a cup on it .".split()
    before = paragraph * 500
    after = [("someone" if n % 13 == 0 else token) for n, token in enumerate(before)]
    changed = sum(1 for x, y in zip(before, after) if x != y)
    assert matched(before, after) == len(before) - changed


@pytest.mark.parametrize(
    ("a", "b", "expected"), [([], [], 0), (["a"], [], 0), ([], ["a"], 0), (["a", "b"], ["a", "b"], 2)]
)
def test_edge_cases(a: list[str], b: list[str], expected: int) -> None:
    assert matched(a, b) == expected
