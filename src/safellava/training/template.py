"""The LLaVA v1.5 conversation template (``conv_vicuna_v1``) and which characters are trained.

LLaVA v1.5 renders a record as::

    SYSTEM USER: <image>\\nQ1 ASSISTANT: A1</s>USER: Q2 ASSISTANT: A2</s>

and trains only on the assistant replies and the ``</s>`` that ends each reply: the system
prompt, the role tags and the human turns are masked. The template works on characters,
not tokens: :func:`render` returns the text plus the character spans to train on, and the
dataset maps spans to tokens through the tokenizer's offset mapping. That makes the mask
exact for any fast tokenizer (the embedded one or a real LLaVA checkpoint's), without the
off-by-one corrections that token-by-token rendering needs for SentencePiece's leading space.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from safellava.records import IMAGE_TOKEN

SYSTEM = (
    "A chat between a curious human and an artificial intelligence assistant. "
    "The assistant gives helpful, detailed, and polite answers to the human's questions."
)
ROLES = {"human": "USER", "gpt": "ASSISTANT"}
SEP = " "


@dataclass(frozen=True)
class Rendered:
    """A conversation as one string, and the ``[start, end)`` character spans to train on."""

    text: str
    targets: tuple[tuple[int, int], ...]


def move_image_token_first(conversations: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Put ``<image>`` at the start of the first human turn, as LLaVA's preprocessing does.

    The pretraining captions carry the token at the end (``"...photo.\\n<image>"``); LLaVA
    strips it and prepends ``"<image>\\n"`` so the image always precedes the question.
    """
    turns = [dict(turn) for turn in conversations]
    if turns and IMAGE_TOKEN in turns[0]["value"]:
        question = turns[0]["value"].replace(IMAGE_TOKEN, "").strip()
        turns[0]["value"] = f"{IMAGE_TOKEN}\n{question}"
    return turns


def render(conversations: Sequence[dict[str, Any]], eos_token: str) -> Rendered:
    """Render a whole conversation for training; assistant replies + ``eos_token`` are targets."""
    parts = [SYSTEM, SEP]
    length = len(SYSTEM) + len(SEP)
    targets: list[tuple[int, int]] = []
    for turn in move_image_token_first(conversations):
        role = ROLES[turn["from"]]
        head = f"{role}: "
        parts.append(head)
        length += len(head)
        if turn["from"] == "gpt":
            body = turn["value"] + eos_token
            targets.append((length, length + len(body)))
        else:
            body = turn["value"] + SEP
        parts.append(body)
        length += len(body)
    return Rendered("".join(parts), tuple(targets))


def prompt(question: str, with_image: bool) -> str:
    """A one-turn prompt ending in ``ASSISTANT:``, for generation with a trained model."""
    value = f"{IMAGE_TOKEN}\n{question}" if with_image else question
    return f"{SYSTEM}{SEP}{ROLES['human']}: {value}{SEP}{ROLES['gpt']}:"


def target_mask(offsets: Sequence[tuple[int, int]], targets: Sequence[tuple[int, int]]) -> list[bool]:
    """Which tokens are trained: those whose last character lies inside a target span.

    Using the token's end (not its start) keeps a word-initial token such as ``"ĠThe"`` or
    ``"▁The"``, whose leading space belongs to the separator before the reply, in the
    target. Special tokens added by the tokenizer (BOS, offsets ``(0, 0)``) are never trained.
    """
    mask: list[bool] = []
    span = 0
    for start, end in offsets:
        while span < len(targets) and targets[span][1] < end:
            span += 1
        inside = span < len(targets) and end > start and targets[span][0] < end <= targets[span][1]
        mask.append(inside)
    return mask
