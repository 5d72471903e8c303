"""Response-format instructions after some questions, as LLaVA-1.5's training mix has them.

LLaVA-1.5 appends a short instruction to many of its questions ("Answer the question using
a single word or phrase.", "Answer with the option's letter ..."), so a model trained on it
sees questions that do not end the prompt. LLaVA-Instruct-150K alone has none: every
question ends right before ``ASSISTANT:``, and a small model trained on it learns to decide
from the last words of the prompt instead of from the question (docs/training.md, "The
demo's recipe"). ``train.format_prompts`` puts one of a list of instructions after a share
of the human turns, the same turns for every variant (chosen by a hash of the seed and the
turn's text), so the baseline and the safe model see the same prompts and differ only in the
replies the clean stage wrote.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from safellava.records import IMAGE_TOKEN


@dataclass(frozen=True)
class FormatPrompts:
    """``train.format_prompts``: ``share`` of the human turns get one of ``prompts`` after them."""

    share: float = 0.0
    prompts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0.0 <= self.share <= 1.0:
            raise ValueError(f"train.format_prompts.share must be in [0, 1], got {self.share}")
        if self.share > 0 and not self.prompts:
            raise ValueError("train.format_prompts.share > 0 needs at least one prompt")


def _draw(seed: int, text: str) -> tuple[float, int]:
    """A uniform number in [0, 1) and an index, both fixed by the seed and the turn's text."""
    digest = hashlib.sha1(f"format-prompts/{seed}/{text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64, int.from_bytes(digest[8:12], "big")


def add_format_prompts(
    conversations: Sequence[dict[str, Any]], settings: FormatPrompts, seed: int
) -> list[dict[str, Any]]:
    """The conversation with an instruction after the chosen human turns (others unchanged).

    The instruction goes on a new line or after a space (drawn as well: prompts in the wild
    do both), after the question; an ``<image>`` token goes first, where the template puts it.
    """
    if settings.share <= 0:
        return list(conversations)
    varied = []
    for turn in conversations:
        text = str(turn.get("value", ""))
        question = text.replace(IMAGE_TOKEN, "").strip()
        if turn.get("from") == "human" and question:
            draw, index = _draw(seed, text)
            if draw < settings.share:
                separator = "\n" if index % 2 else " "
                prompt = settings.prompts[(index // 2) % len(settings.prompts)]
                value = f"{question}{separator}{prompt}"
                turn = {**turn, "value": f"{IMAGE_TOKEN}\n{value}" if IMAGE_TOKEN in text else value}
        varied.append(turn)
    return varied
