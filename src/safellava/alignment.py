"""Align two token sequences in time linear in their length: what a rewrite kept, in order.

Two places compare a text with its rewrite: the rewrite check's similarity
(:func:`safellava.cleaning.checks.similarity`, ``2·matched / (len(a) + len(b))``, the bound
an LLM rewrite must meet) and the clean report's word diff
(:func:`safellava.reporting.word_diff`). Both used :class:`difflib.SequenceMatcher`, whose
longest-block search is quadratic in the number of tokens: one 124 KB LLaVA turn took 153 s.

A rewrite edits a text in places and keeps the rest in order, so the alignment walks both
sequences once:

1. equal tokens are matched one by one;
2. at a difference, the nearest point where ``ANCHOR`` tokens agree again (the pair of
   positions with the fewest tokens skipped on both sides) is looked up with a hash of the
   ``ANCHOR``-grams of a window ahead; the window starts small and doubles until a match is
   found or the texts end, so the search costs about as much as what it skips;
3. a skipped stretch small enough (``EXACT_CELLS`` token pairs at most) is aligned exactly
   with difflib, so a changed phrase still shares its unchanged words.

Every token is read a bounded number of times, so the work is linear in
``len(a) + len(b)`` (difflib only ever sees stretches of bounded size). The matched count is
a lower bound of the longest common subsequence and equals difflib's on local edits; where a
rewrite moves a long passage, difflib also keeps just one of the two orders. The result is
deterministic (no time limits), so reports stay byte-reproducible.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

ANCHOR = 3
"""Tokens that must agree for the walk to resynchronise (1 or 2 would lock onto "the", "a")."""
FIRST_WINDOW = 16
EXACT_CELLS = 4096
"""A skipped stretch of at most this many token pairs is aligned exactly (difflib)."""


class Block(NamedTuple):
    """``a[a_start : a_start + size] == b[b_start : b_start + size]``."""

    a_start: int
    b_start: int
    size: int


def matching_blocks(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Block]:
    """Matched runs of ``a`` and ``b`` in order, ending with ``Block(len(a), len(b), 0)``
    (the shape of :meth:`difflib.SequenceMatcher.get_matching_blocks`)."""
    blocks: list[Block] = []
    i = j = 0
    a_end, b_end = len(a), len(b)
    while i < a_end and j < b_end:
        start_i, start_j = i, j
        while i < a_end and j < b_end and a[i] == b[j]:
            i += 1
            j += 1
        if i > start_i:
            blocks.append(Block(start_i, start_j, i - start_i))
        if i == a_end or j == b_end:
            break
        found = _resync(a, b, i, j)
        next_i, next_j = found if found else (a_end, b_end)
        blocks.extend(_exact(a, b, i, next_i, j, next_j))
        i, j = next_i, next_j
    merged: list[Block] = []
    for block in blocks:
        if (
            merged
            and merged[-1].a_start + merged[-1].size == block.a_start
            and merged[-1].b_start + merged[-1].size == block.b_start
        ):
            last = merged.pop()
            block = Block(last.a_start, last.b_start, last.size + block.size)
        merged.append(block)
    merged.append(Block(a_end, b_end, 0))
    return merged


def matched(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    """How many tokens the alignment matches."""
    return sum(block.size for block in matching_blocks(a, b))


def opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[tuple[str, int, int, int, int]]:
    """``(tag, i1, i2, j1, j2)`` edits turning ``a`` into ``b``, as
    :meth:`difflib.SequenceMatcher.get_opcodes` gives them."""
    codes: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for block in matching_blocks(a, b):
        if i < block.a_start and j < block.b_start:
            codes.append(("replace", i, block.a_start, j, block.b_start))
        elif i < block.a_start:
            codes.append(("delete", i, block.a_start, j, j))
        elif j < block.b_start:
            codes.append(("insert", i, i, j, block.b_start))
        if block.size:
            codes.append(
                ("equal", block.a_start, block.a_start + block.size, block.b_start, block.b_start + block.size)
            )
        i, j = block.a_start + block.size, block.b_start + block.size
    return codes


def _resync(a: Sequence[Hashable], b: Sequence[Hashable], i: int, j: int) -> tuple[int, int] | None:
    """The nearest ``(i2, j2)`` (fewest tokens skipped in all) where ``ANCHOR`` tokens agree,
    searched in doubling windows; ``None`` when the rest of the texts share no such run."""
    a_end, b_end = len(a), len(b)
    window = FIRST_WINDOW
    while True:
        a_stop, b_stop = min(a_end, i + window), min(b_end, j + window)
        first: dict[tuple[Hashable, ...], int] = {}
        for p in range(i, a_stop):
            first.setdefault(tuple(a[p : p + ANCHOR]), p)
        best: tuple[int, int] | None = None
        for q in range(j, b_stop):
            if best is not None and q - j >= best[0] - i + best[1] - j:
                break
            p = first.get(tuple(b[q : q + ANCHOR]))
            if p is not None and (best is None or p - i + q - j < best[0] - i + best[1] - j):
                best = (p, q)
        if best is not None:
            return best
        if a_stop == a_end and b_stop == b_end:
            return None
        window *= 2


def _exact(a: Sequence[Hashable], b: Sequence[Hashable], i1: int, i2: int, j1: int, j2: int) -> list[Block]:
    """Matches inside a skipped stretch, if it is small enough to align exactly."""
    if i1 == i2 or j1 == j2 or (i2 - i1) * (j2 - j1) > EXACT_CELLS:
        return []
    matcher = SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False)
    return [Block(i1 + x, j1 + y, size) for x, y, size in matcher.get_matching_blocks() if size]
