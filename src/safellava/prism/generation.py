"""Answering PRISM questions with a trained model, in batches.

Loading, the prompt template and the image squaring are the training stage's own
(:mod:`safellava.training.generate`, :mod:`safellava.training.template`,
:mod:`safellava.training.images`), so the model is asked exactly the way it was taught.
What this module adds is batching: PRISM has 1,240 prompts per model (248 images × 5), and
one ``generate`` call per batch amortises the forward passes. Decoder-only models must be
left-padded for batched generation, so the tokenizer's padding side is switched for it.
Greedy decoding keeps answers deterministic, so reruns score identically.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from safellava.prism.answers import Answer
from safellava.training.generate import load
from safellava.training.images import ImageLoader
from safellava.training.template import prompt


@dataclass(frozen=True)
class Request:
    """One prompt about one image (PRISM and the non-biometric check both have images)."""

    question_id: str
    prompt: str
    image: Path


class Generator:
    """A loaded model directory that answers requests in batches."""

    def __init__(self, model_dir: str | Path, device: str = "auto", aspect_ratio: str = "pad") -> None:
        self.model, self.processor = load(model_dir)
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        self.model.to(device)
        self.processor.tokenizer.padding_side = "left"
        self.images = ImageLoader(self.processor.image_processor, aspect_ratio)

    def answer(
        self, requests: Sequence[Request], batch_size: int = 8, max_new_tokens: int = 64,
        on_batch: Callable[[int], None] | None = None,
    ) -> list[Answer]:
        """Greedy answers, in request order; ``on_batch(done)`` reports progress."""
        answers: list[Answer] = []
        for start in range(0, len(requests), batch_size):
            batch = requests[start : start + batch_size]
            answers.extend(self._batch(batch, max_new_tokens))
            if on_batch is not None:
                on_batch(len(answers))
        return answers

    def _batch(self, batch: Sequence[Request], max_new_tokens: int) -> list[Answer]:
        texts = [prompt(request.prompt, with_image=True) for request in batch]
        pictures = [self.images.open(request.image) for request in batch]
        inputs = self.processor(images=pictures, text=texts, return_tensors="pt", padding=True).to(self.model.device)
        with torch.no_grad():
            output = self.model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False)
        replies = self.processor.tokenizer.batch_decode(output[:, inputs["input_ids"].shape[1] :], skip_special_tokens=True)
        return [Answer(request.question_id, request.prompt, reply.strip()) for request, reply in zip(batch, replies)]
