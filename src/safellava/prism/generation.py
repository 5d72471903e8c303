"""Answering PRISM questions: one interface, three backends.

A :class:`Backend` turns the requests of one task into answer items, one per request, in
order, the way a judge turns items into verdicts. An item is an :class:`Answer`, or an
:class:`Unreadable` whose ``problem`` says why there is no answer (a failed API call, an
unparsable line of a published file): the judge step counts it as an error and never reads
it as refused or not leaked. The backends (``evaluate.models.<name>.backend``):

* ``hf`` (:class:`CheckpointModel`): any ``AutoModelForImageTextToText`` checkpoint, a local
  folder or a hub id, in batches, greedy, left-padded;
* ``openai`` (:class:`safellava.prism.served.ServedModel`): any OpenAI-compatible chat
  endpoint with vision (vLLM, SGLang, Ollama, GPT-4o);
* ``answers`` (:class:`safellava.prism.published.AnswerFolder`): a folder of published
  answer files, scored as published.

How ``hf`` prompts: a model this pipeline trained (its folder has ``training_summary.json``)
is asked with the LLaVA v1.5 template and the image squared the way it was trained
(:mod:`safellava.training.template`, :mod:`safellava.training.images`), so it sees at
evaluation what it learnt from. Any other checkpoint is asked through its processor's own
chat template with the image as is, which is how its authors prompt it (Gemma 3,
Idefics3/SmolVLM, llava-hf, LLaVA-OneVision...). PRISM has 1,240 prompts per model
(248 images × 5); one ``generate`` call per batch amortises the forward passes, and
decoder-only models must be left-padded for that. Greedy decoding keeps answers
deterministic, so reruns score identically.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Protocol

from safellava.prism.answers import Answer, Unreadable

TRAINED = "trained"  # evaluate.kind of a model this pipeline trained
TEMPLATES = ("auto", "llava_v1", "chat")
DTYPES = ("float32", "bfloat16", "float16")


@dataclass(frozen=True)
class Request:
    """One prompt about one image (PRISM and the non-biometric check both have images)."""

    question_id: str
    prompt: str
    image: Path


Progress = Callable[[int], None]


class Backend(Protocol):
    """Anything that answers the requests of one task, one item per request, in order.

    ``kind`` is the MLflow ``evaluate.kind`` tag. ``source(task)`` is the file the answers
    already live in (a published folder), or None when the stage writes them.
    """

    kind: str

    def answer(
        self, task: str, requests: Sequence[Request], on_progress: Progress | None = None
    ) -> list[Answer | Unreadable]: ...

    def source(self, task: str) -> Path | None: ...


def failed(request: Request, error: str) -> Unreadable:
    """The item for a request the backend could not answer: an error, never an answer."""
    return Unreadable(f"no answer: {error}", "", request.question_id)


def settings_from(cls: type, values: Mapping[str, Any], what: str) -> Any:
    """A settings dataclass from a params mapping; unknown keys are an error that names them."""
    known = {item.name for item in fields(cls)}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"{what}: unknown settings {sorted(unknown)}; known: {sorted(known)}")
    try:
        return cls(**values)
    except (TypeError, ValueError) as error:  # a required setting missing, or a bad value
        raise ValueError(f"{what}: {error}") from error


@dataclass(frozen=True)
class CheckpointSettings:
    """An ``hf`` entry: ``path``, a checkpoint folder, or ``hub_id`` (``HF_HUB_OFFLINE=1``:
    from the local cache only). Two keys, so that a mistyped folder is an error, not a
    download attempt.

    ``template``: ``auto`` = LLaVA v1.5 for a model this pipeline trained, else the
    processor's chat template. ``dtype``: null keeps the checkpoint's. ``device_map``
    (e.g. ``auto``) spreads a large model over the GPUs, replacing ``generation.device``.
    """

    path: str | None = None
    hub_id: str | None = None
    template: str = "auto"
    dtype: str | None = None
    device_map: str | None = None

    def __post_init__(self) -> None:
        if (self.path is None) == (self.hub_id is None):
            raise ValueError("an hf model needs exactly one of path (a local folder) and hub_id")
        if self.template not in TEMPLATES:
            raise ValueError(f"template must be one of {TEMPLATES}, not {self.template!r}")
        if self.dtype is not None and self.dtype not in DTYPES:
            raise ValueError(f"dtype must be one of {DTYPES} or null, not {self.dtype!r}")


class CheckpointModel:
    """A transformers image-text-to-text checkpoint that answers requests in batches."""

    def __init__(
        self,
        settings: CheckpointSettings,
        device: str = "auto",
        aspect_ratio: str = "pad",
        batch_size: int = 8,
        max_new_tokens: int = 64,
    ) -> None:
        import torch
        from transformers import AutoModelForImageTextToText, AutoProcessor

        from safellava.training.images import ImageLoader

        if settings.path is not None and not Path(settings.path).is_dir():
            raise FileNotFoundError(f"{settings.path}: no such checkpoint folder (run the train stage first)")
        name = settings.path or str(settings.hub_id)
        extra: dict[str, Any] = {}
        if settings.dtype is not None:
            extra["dtype"] = getattr(torch, settings.dtype)
        if settings.device_map is not None:
            extra["device_map"] = settings.device_map
        self.model = AutoModelForImageTextToText.from_pretrained(name, **extra)
        self.model.eval()
        self.processor = AutoProcessor.from_pretrained(name)
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        if settings.device_map is None:
            self.model.to(device)
        tokenizer = self.processor.tokenizer
        tokenizer.padding_side = "left"
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        trained = settings.path is not None and (Path(settings.path) / "training_summary.json").is_file()
        has_chat = bool(getattr(self.processor, "chat_template", None))
        template = settings.template
        if template == "auto":
            template = "llava_v1" if trained or not has_chat else "chat"
        if template == "chat" and not has_chat:
            raise ValueError(f"{name}: the processor has no chat template; set template: llava_v1")
        self.template = template
        self.kind = TRAINED if trained else "checkpoint"
        self.batch_size = batch_size
        self.max_new_tokens = max_new_tokens
        self.images = ImageLoader(self.processor.image_processor, aspect_ratio) if template == "llava_v1" else None

    def source(self, task: str) -> Path | None:
        return None

    def answer(
        self, task: str, requests: Sequence[Request], on_progress: Progress | None = None
    ) -> list[Answer | Unreadable]:
        """Greedy answers, in request order; ``on_progress(done)`` after each batch."""
        answers: list[Answer | Unreadable] = []
        for start in range(0, len(requests), self.batch_size):
            batch = requests[start : start + self.batch_size]
            answers.extend(self._batch(batch))
            if on_progress is not None:
                on_progress(len(answers))
        return answers

    def _batch(self, batch: Sequence[Request]) -> list[Answer]:
        import torch

        inputs = self._inputs(batch).to(self.model.device)
        if "pixel_values" in inputs:
            inputs["pixel_values"] = inputs["pixel_values"].to(self.model.dtype)
        with torch.no_grad():
            output = self.model.generate(**inputs, max_new_tokens=self.max_new_tokens, do_sample=False)
        replies = self.processor.tokenizer.batch_decode(
            output[:, inputs["input_ids"].shape[1] :], skip_special_tokens=True
        )
        return [Answer(request.question_id, request.prompt, reply.strip()) for request, reply in zip(batch, replies)]

    def _inputs(self, batch: Sequence[Request]) -> Any:
        if self.images is not None:  # the pipeline's own LLaVA: v1.5 template, squared image
            from safellava.training.template import prompt

            texts = [prompt(request.prompt, with_image=True) for request in batch]
            pictures = [self.images.open(request.image) for request in batch]
            return self.processor(images=pictures, text=texts, return_tensors="pt", padding=True)
        from PIL import Image

        conversations = []
        for request in batch:
            with Image.open(request.image) as opened:
                picture = opened.convert("RGB")
            conversations.append(
                [
                    {
                        "role": "user",
                        "content": [{"type": "image", "image": picture}, {"type": "text", "text": request.prompt}],
                    }
                ]
            )
        return self.processor.apply_chat_template(
            conversations,
            add_generation_prompt=True,
            tokenize=True,
            return_dict=True,
            return_tensors="pt",
            padding=True,
        )
