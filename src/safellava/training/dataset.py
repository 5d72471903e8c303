"""Training examples from LLaVA records: read, check, resolve images, render, tokenize.

Input is either a LLaVA JSON array / JSONL file (the cleaning stage's ``cleaned.json``) or
a stage output directory of ``records-*.jsonl`` shards (``data/ingested``); both are read
as streams by the project's readers and every record is checked with
:func:`safellava.records.validate`, so a record the model cannot learn from is counted, not
silently trained on.

Every example is tokenized once, up front, and kept as two compact numpy arrays (token
ids with a single ``<image>`` token, and the target mask). That is what makes
length-grouped batching possible (lengths are known before the first step) and keeps
tokenization out of the training loop. The ``<image>`` token is expanded to the vision
tower's patch count only when an example is fetched, so memory does not grow by ~576 ids
per record for LLaVA-1.5.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
import yaml
from torch.utils.data import Dataset

from safellava.jsonstream import BadRecord, iter_json
from safellava.records import IMAGE_TOKEN, InvalidRecord, iter_records, shard_paths, validate
from safellava.sources import SourceSpec, open_source
from safellava.training.config import LONG_CONVERSATIONS
from safellava.training.format_prompts import FormatPrompts, add_format_prompts
from safellava.training.images import ImageLoader
from safellava.training.template import render, target_mask

IGNORE_INDEX = -100
_TOKENIZE_CHUNK = 512


@dataclass
class Counts:
    """What happened to each input record:
    ``input + split == invalid + missing_image_skipped + too_long + used``.

    ``used`` and ``too_long`` count examples; ``split`` counts the extra examples made by
    cutting long conversations at turn boundaries (``long_conversations: split``).
    """

    input: int = 0
    invalid: int = 0
    text_only: int = 0
    with_image: int = 0
    missing_image: int = 0
    missing_image_skipped: int = 0
    missing_image_placeholder: int = 0
    too_long: int = 0
    split: int = 0
    truncated: int = 0
    used: int = 0
    tokens: int = 0
    target_tokens: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class DatasetVersion:
    """The identity of the training data, tagged on the MLflow run and the model version."""

    path: str
    sha256: str
    dvc_md5: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A valid record with its image resolved: a file, the placeholder, or none (text-only)."""

    conversations: list[dict[str, Any]]
    image: Path | None
    placeholder: bool

    @property
    def has_image(self) -> bool:
        """True when the model sees an image with it (a file or the placeholder)."""
        return self.image is not None or self.placeholder


@dataclass
class Example:
    """One tokenized conversation: ids (one ``<image>`` token at most) and the target mask."""

    ids: np.ndarray
    targets: np.ndarray
    image: Path | None
    placeholder: bool
    length: int  # after the <image> token is expanded


def read_records(path: str | Path) -> Iterator[Any]:
    """Raw records of a LLaVA JSON/JSONL file or of a stage output directory, streamed."""
    path = Path(path)
    if path.is_dir():
        yield from iter_records(path)
        return
    with open_source(SourceSpec(str(path))) as stream:
        for item in iter_json(stream, path.name):
            yield None if isinstance(item, BadRecord) else item.value


def dataset_version(path: str | Path, lock_file: Path | None) -> DatasetVersion:
    """sha256 of the training data (a file, or a directory's shards in order) + its DVC md5
    as ``lock_file`` (``train.dvc_lock``) records it (None: no DVC md5)."""
    path = Path(path)
    files = shard_paths(path) if path.is_dir() else [path]
    digest = hashlib.sha256()
    for file in files:
        with file.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    return DatasetVersion(str(path), digest.hexdigest(), _dvc_md5(path, lock_file))


def _dvc_md5(path: Path, lock_file: Path | None) -> str | None:
    """The md5 DVC recorded for the stage output holding ``path`` (itself, or its directory).

    ``data/cleaned/cleaned.json`` lies inside the clean stage's ``data/cleaned`` output, so
    its version is that directory's md5 (``<md5>.dir``).
    """
    if lock_file is None or not lock_file.is_file():
        return None
    lock = yaml.safe_load(lock_file.read_text(encoding="utf-8")) or {}
    wanted = path.as_posix().rstrip("/")
    best: tuple[int, str | None] = (-1, None)
    for stage in (lock.get("stages") or {}).values():
        for out in stage.get("outs") or []:
            holder = str(out.get("path", "")).rstrip("/")
            if holder and (wanted == holder or wanted.startswith(holder + "/")) and len(holder) > best[0]:
                best = (len(holder), out.get("md5"))
    return best[1]


def candidates(
    path: str | Path,
    image_folder: str | Path | None,
    missing_images: str,
    counts: Counts,
    format_prompts: FormatPrompts = FormatPrompts(),
    seed: int = 0,
) -> Iterator[Candidate]:
    """Valid records with their image resolved under ``image_folder``; counts the rest.

    ``format_prompts`` puts response-format instructions after some questions
    (:mod:`safellava.training.format_prompts`); none by default.
    """
    folder = Path(image_folder) if image_folder else Path(".")
    for raw in read_records(path):
        counts.input += 1
        if raw is None:
            counts.invalid += 1
            continue
        try:
            record = validate(raw)
        except InvalidRecord:
            counts.invalid += 1
            continue
        record["conversations"] = add_format_prompts(record["conversations"], format_prompts, seed)
        if "image" not in record:
            counts.text_only += 1
            yield Candidate(record["conversations"], None, False)
            continue
        counts.with_image += 1
        image = folder / record["image"]
        if image.is_file():
            yield Candidate(record["conversations"], image, False)
            continue
        counts.missing_image += 1
        if missing_images == "skip":
            counts.missing_image_skipped += 1
            continue
        counts.missing_image_placeholder += 1
        yield Candidate(record["conversations"], None, True)


def corpus(
    path: str | Path,
    image_folder: str | Path | None,
    missing_images: str,
    format_prompts: FormatPrompts = FormatPrompts(),
    seed: int = 0,
) -> Iterator[str]:
    """The text of the records that will be trained on, rendered as the model reads it (for
    the tiny model's tokenizer): the template's system prompt and role tags then get merges
    in proportion to how often they are encoded, once per example, instead of costing ~75
    byte-level tokens of every example."""
    for candidate in candidates(path, image_folder, missing_images, Counts(), format_prompts, seed):
        yield render(candidate.conversations, "").text.replace(IMAGE_TOKEN, "")


def tokenize(
    stream: Iterator[Candidate],
    tokenizer: Any,
    image_tokens: int,
    max_length: int,
    counts: Counts,
    long_conversations: str = "truncate",
) -> list[Example]:
    """Render and tokenize in chunks (fast tokenizers batch well); fit ``max_length``.

    A conversation longer than ``max_length`` is truncated, as LLaVA does, or with
    ``long_conversations="split"`` cut at turn boundaries into examples that each fit
    (:func:`split_turns`), so that no reply past ``max_length`` is lost. An example is
    dropped as ``too_long`` when truncation would cut into its image tokens or leave no
    target token: training on it would either crash the model (image features without
    placeholders) or teach nothing.
    """
    if long_conversations not in LONG_CONVERSATIONS:
        raise ValueError(f"long_conversations must be one of {LONG_CONVERSATIONS}, got {long_conversations!r}")
    fit = _Fit(tokenizer, tokenizer.convert_tokens_to_ids(IMAGE_TOKEN), image_tokens, max_length)
    examples: list[Example] = []
    chunk: list[Candidate] = []
    for candidate in stream:
        chunk.append(candidate)
        if len(chunk) == _TOKENIZE_CHUNK:
            examples.extend(_tokenize_chunk(chunk, fit, counts, long_conversations == "split"))
            chunk = []
    if chunk:
        examples.extend(_tokenize_chunk(chunk, fit, counts, long_conversations == "split"))
    return examples


@dataclass(frozen=True)
class _Fit:
    """What fitting an example to ``max_length`` needs to know."""

    tokenizer: Any
    image_id: int
    image_tokens: int
    max_length: int

    def expansion(self, candidate: Candidate) -> int:
        """Tokens the ``<image>`` token grows by when the image's features replace it."""
        return self.image_tokens - 1 if candidate.has_image else 0

    def room(self, candidate: Candidate) -> int:
        """Tokens the text may take: ``max_length`` less the image's expansion."""
        return self.max_length - self.expansion(candidate)

    def encode(self, candidates: list[Candidate]) -> list[tuple[Candidate, list[int], list[bool]]]:
        """Token ids and target mask of each candidate, in one batched tokenizer call."""
        rendered = [render(candidate.conversations, self.tokenizer.eos_token) for candidate in candidates]
        encoded = self.tokenizer([item.text for item in rendered], return_offsets_mapping=True, add_special_tokens=True)
        return [
            (candidate, ids, target_mask(offsets, item.targets))
            for candidate, item, ids, offsets in zip(
                candidates, rendered, encoded["input_ids"], encoded["offset_mapping"]
            )
        ]


def _tokenize_chunk(chunk: list[Candidate], fit: _Fit, counts: Counts, split: bool) -> Iterator[Example]:
    for candidate, ids, mask in fit.encode(chunk):
        if split and len(ids) > fit.room(candidate):
            windows = split_turns(candidate, fit)
            counts.split += len(windows) - 1
            encoded = fit.encode(windows)
        else:
            encoded = [(candidate, ids, mask)]
        for window, window_ids, window_mask in encoded:
            example = _example(window, window_ids, window_mask, fit, counts)
            if example is not None:
                yield example


def _example(candidate: Candidate, ids: list[int], mask: list[bool], fit: _Fit, counts: Counts) -> Example | None:
    """One example, truncated to ``max_length``; ``None`` (counted ``too_long``) when the cut
    would leave it without its image token or without a target token."""
    ids_array = np.asarray(ids, dtype=np.int32)
    mask_array = np.asarray(mask, dtype=bool)
    keep = fit.room(candidate)
    if len(ids_array) > keep:
        counts.truncated += 1
        ids_array, mask_array = ids_array[:keep], mask_array[:keep]
    if (candidate.has_image and fit.image_id not in ids_array) or not mask_array.any():
        counts.too_long += 1
        return None
    extra = fit.expansion(candidate)
    counts.used += 1
    counts.tokens += len(ids_array) + extra
    counts.target_tokens += int(mask_array.sum())
    return Example(ids_array, mask_array, candidate.image, candidate.placeholder, len(ids_array) + extra)


def split_turns(candidate: Candidate, fit: _Fit) -> list[Candidate]:
    """A conversation cut at turn boundaries into windows of consecutive question-answer
    pairs, each as long as fits ``max_length``; a pair that fits no window alone is its own
    window (and is then truncated). Every window starts with the system prompt and, when the
    record has an image, with ``<image>`` before its first question, so each reply is
    learnt with what the model sees when asked: the image and the question.
    """
    turns = [{**turn, "value": turn["value"].replace(IMAGE_TOKEN, "").strip()} for turn in candidate.conversations]
    pairs = [turns[i : i + 2] for i in range(0, len(turns), 2)]

    def window(chosen: list[list[dict[str, Any]]]) -> Candidate:
        flat = [turn for pair in chosen for turn in pair]
        if candidate.has_image:
            flat[0] = {**flat[0], "value": f"{IMAGE_TOKEN}\n{flat[0]['value']}"}
        return Candidate(flat, candidate.image, candidate.placeholder)

    windows: list[Candidate] = []
    current: list[list[dict[str, Any]]] = []
    for pair in pairs:
        if current:
            [(_, ids, _)] = fit.encode([window([*current, pair])])
            if len(ids) > fit.room(candidate):
                windows.append(window(current))
                current = []
        current.append(pair)
    if current:
        windows.append(window(current))
    return windows


class TrainingSet(Dataset):
    """Examples as model inputs: ``<image>`` expanded, labels masked, pixels loaded on fetch.

    Pixels are loaded in ``__getitem__`` so that DataLoader workers decode images in parallel.
    """

    def __init__(self, examples: list[Example], image_id: int, image_tokens: int, images: ImageLoader) -> None:
        self.examples = examples
        self.image_id = image_id
        self.image_tokens = image_tokens
        self.images = images
        self.lengths = [example.length for example in examples]
        self._placeholder: torch.Tensor | None = None

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, index: int) -> dict[str, Any]:
        example = self.examples[index]
        labels = np.where(example.targets, example.ids, IGNORE_INDEX)
        ids = example.ids
        item: dict[str, Any] = {}
        if example.image is not None or example.placeholder:
            position = int(np.flatnonzero(ids == self.image_id)[0])
            ids = np.concatenate(
                [ids[:position], np.full(self.image_tokens, self.image_id, np.int32), ids[position + 1 :]]
            )
            labels = np.concatenate(
                [labels[:position], np.full(self.image_tokens, IGNORE_INDEX, labels.dtype), labels[position + 1 :]]
            )
            item["pixel_values"] = (
                self._placeholder_pixels() if example.placeholder else self.images.pixels(example.image)
            )
        item["input_ids"] = torch.from_numpy(ids.astype(np.int64))
        item["labels"] = torch.from_numpy(labels.astype(np.int64))
        return item

    def _placeholder_pixels(self) -> torch.Tensor:
        if self._placeholder is None:
            self._placeholder = self.images.pixels(None)
        return self._placeholder

    @property
    def mixes_modalities(self) -> bool:
        """True when some examples have no image (DDP must then tolerate an unused projector)."""
        with_image = sum(1 for example in self.examples if example.image is not None or example.placeholder)
        return 0 < with_image < len(self.examples)


@dataclass
class Collator:
    """Pad to the longest example of the batch (right padding) and stack the batch's images.

    Text-only examples contribute no pixels; the model fills the ``<image>`` placeholders
    in batch order, so stacking the images of the examples that have one is exact.
    """

    pad_id: int
    pad_to_multiple_of: int = 1

    def __call__(self, items: list[dict[str, Any]]) -> dict[str, torch.Tensor]:
        longest = max(len(item["input_ids"]) for item in items)
        width = -(-longest // self.pad_to_multiple_of) * self.pad_to_multiple_of
        input_ids = torch.full((len(items), width), self.pad_id, dtype=torch.long)
        labels = torch.full((len(items), width), IGNORE_INDEX, dtype=torch.long)
        attention = torch.zeros((len(items), width), dtype=torch.long)
        for row, item in enumerate(items):
            size = len(item["input_ids"])
            input_ids[row, :size] = item["input_ids"]
            labels[row, :size] = item["labels"]
            attention[row, :size] = 1
        batch = {"input_ids": input_ids, "labels": labels, "attention_mask": attention}
        pixels = [item["pixel_values"] for item in items if "pixel_values" in item]
        if pixels:
            batch["pixel_values"] = torch.stack(pixels)
        return batch
