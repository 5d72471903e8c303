"""The PRISM benchmark as published: three question files and a tree of images.

Layout of a PRISM root (the Hugging Face copy, and ``data/prism_sample/``)::

    PRISM_refusal_soft.jsonl        {"question_id", "prompt" (or "text"), ...} per line
    PRISM_refusal_hard.jsonl
    PRISM_implicit_leakage.jsonl    3 open-ended prompts per image
    biometric_images/<Attribute>/<sub-category>/<image file>

``question_id`` is the image's path under ``biometric_images/``, so its first segment is the
attribute category the image was collected for (``Eye_Color`` → ``eye_color``); the
implicit-leakage metrics with the authors' first definition count only those images.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.jsonstream import BadRecord, iter_json
from safellava.sources import SourceSpec, open_source

REFUSAL_TASKS = ("refusal_soft", "refusal_hard")
LEAKAGE_TASK = "implicit_leakage"
TASKS = (*REFUSAL_TASKS, LEAKAGE_TASK)
IMAGES_DIR = "biometric_images"


class BenchmarkError(ValueError):
    """A PRISM root that lacks a question file, or a question file that does not parse."""


@dataclass(frozen=True)
class Question:
    """One benchmark item: an image and the prompt to ask about it."""

    question_id: str
    prompt: str
    image: Path

    @property
    def attribute(self) -> str:
        return attribute_of(self.question_id)


def attribute_of(question_id: str) -> str:
    """The attribute an item was collected for: ``Eye_Color/x/1.jpg`` → ``eye_color``.

    Ids outside the five categories (the newer implicit set's ``All/...``) come back
    normalised the same way (``all``); callers check membership in ``ATTRIBUTES``.
    """
    head = question_id.split("/", 1)[0]
    return head.strip().lower().replace(" ", "_").replace("-", "_")


def is_attribute(name: str) -> bool:
    return name in ATTRIBUTES


def question_file(root: str | Path, task: str) -> Path:
    """``<root>/PRISM_<task>.jsonl``, the authors' file name."""
    if task not in TASKS:
        raise BenchmarkError(f"unknown PRISM task {task!r}; expected one of {TASKS}")
    return Path(root) / f"PRISM_{task}.jsonl"


def load_questions(root: str | Path, task: str) -> list[Question]:
    """All questions of one task, in file order, with their image paths resolved.

    Unlike answer files, a question file is an input we control: an unreadable line or a
    missing image is an error here, not a number in a metric.
    """
    path = question_file(root, task)
    if not path.is_file():
        raise BenchmarkError(f"{path}: no such PRISM question file")
    questions: list[Question] = []
    with open_source(SourceSpec(str(path))) as stream:
        for parsed in iter_json(stream, str(path)):
            if isinstance(parsed, BadRecord):
                raise BenchmarkError(f"{path}: line {parsed.line}: {parsed.problem}")
            questions.append(_question(root, path, parsed.value))
    return questions


def _question(root: str | Path, path: Path, row: object) -> Question:
    if not isinstance(row, dict) or not isinstance(row.get("question_id"), str):
        raise BenchmarkError(f"{path}: every item needs a string question_id, got {row!r:.200}")
    prompt = row.get("prompt", row.get("text"))
    if not isinstance(prompt, str):
        raise BenchmarkError(f"{path}: {row['question_id']} has no prompt/text")
    image = Path(root) / IMAGES_DIR / row.get("image", row["question_id"])
    if not image.is_file():
        raise BenchmarkError(f"{path}: image {image} of {row['question_id']} not found")
    return Question(row["question_id"], prompt, image)


def fingerprint(root: str | Path, tasks: tuple[str, ...] = TASKS) -> str:
    """A short content hash of the question files and images: the data version of a run.

    Logged as an MLflow tag so that runs scored on different benchmark copies are never
    compared by mistake.
    """
    digest = hashlib.sha256()
    for path in _files(root, tasks):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _files(root: str | Path, tasks: tuple[str, ...]) -> Iterator[Path]:
    for task in tasks:
        yield question_file(root, task)
    yield from sorted(path for path in (Path(root) / IMAGES_DIR).rglob("*") if path.is_file())
