"""The PRISM question set as published: question files and a tree of images, read as they are.

A PRISM root comes in either of the release's two forms. Per-task files (the Hugging Face
copy, and ``data/prism_sample/``)::

    PRISM_refusal_soft.jsonl        {"question_id", "prompt" (or "text"), "image"?} per line
    PRISM_refusal_hard.jsonl
    PRISM_implicit_leakage.jsonl    3 open-ended prompts per image
    biometric_images/<Attribute>/<sub-category>/<image file>

or one table, ``PRISM_test`` (``.parquet``, ``.jsonl``, ``.json`` or ``.csv``), with the
columns ``question_id, image, text, category``: ``category`` names the task,
``image`` is a path under ``biometric_images/`` (or the root), or, in a Parquet file written
by ``datasets``, the image itself (``{"bytes", "path"}``), which is written once to a
content-addressed cache folder so that every backend can open it as a file. A per-task file
wins over the table for its task.

``question_id`` is the image's path under ``biometric_images/``, so its first segment is the
attribute category the image was collected for (``Eye_Color`` → ``eye_color``); the
implicit-leakage metrics with the authors' first definition count only those images. A
table whose ``question_id`` does not carry the category (a running number) is read with the
image path as id, so the category is not lost.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.jsonstream import BadRecord, iter_json
from safellava.prism.tasks import TASKS, attribute_of
from safellava.sources import SourceSpec, open_source

IMAGES_DIR = "biometric_images"
TABLE = "PRISM_test"
TABLE_SUFFIXES = (".parquet", ".jsonl", ".json", ".csv")
TABLE_COLUMNS = ("question_id", "image", "text", "category")


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


def question_file(root: str | Path, task: str) -> Path:
    """``<root>/PRISM_<task>.jsonl``, the authors' file name."""
    if task not in TASKS:
        raise BenchmarkError(f"unknown PRISM task {task!r}; expected one of {TASKS}")
    return Path(root) / f"PRISM_{task}.jsonl"


def table_file(root: str | Path) -> Path | None:
    """The root's ``PRISM_test`` table, if it has one."""
    return next((path for suffix in TABLE_SUFFIXES if (path := Path(root) / f"{TABLE}{suffix}").is_file()), None)


def load_questions(root: str | Path, task: str) -> list[Question]:
    """All questions of one task, in file order, with their image paths resolved.

    Unlike answer files, a question file is an input we control: an unreadable line, a
    missing field or a missing image is an error here, not a number in a metric, and the
    error names what is missing.
    """
    path = question_file(root, task)
    if path.is_file():
        rows = _jsonl_rows(path)
        questions = [_question(root, path, row) for row in rows]
    elif (table := table_file(root)) is not None:
        questions = _table_questions(root, table, task)
    else:
        raise BenchmarkError(_incomplete(root, task))
    missing = [question for question in questions if not question.image.is_file()]
    if missing:
        shown = ", ".join(f"{question.image} ({question.question_id})" for question in missing[:3])
        raise BenchmarkError(
            f"{root}: {len(missing)} of {len(questions)} images of {task} not found, e.g. {shown}; "
            f"images belong under {Path(root) / IMAGES_DIR}"
        )
    return questions


def _incomplete(root: str | Path, task: str) -> str:
    """What an incomplete root lacks, and what it holds instead."""
    if not Path(root).is_dir():
        return f"{root}: no such PRISM root (a folder with PRISM_<task>.jsonl and {IMAGES_DIR}/, or a {TABLE} table)"
    present = sorted(entry.name for entry in Path(root).iterdir())
    return (
        f"{root}: incomplete PRISM root: no {question_file(root, task).name} and no {TABLE} table "
        f"({', '.join(TABLE + suffix for suffix in TABLE_SUFFIXES)}); it holds {present[:10] or 'nothing'}. "
        f"Expected the release's per-task files {', '.join(f'PRISM_{name}.jsonl' for name in TASKS)} with images under "
        f"{IMAGES_DIR}/, or {TABLE} with columns {', '.join(TABLE_COLUMNS)}"
    )


def _jsonl_rows(path: Path) -> list[Any]:
    rows = []
    with open_source(SourceSpec(str(path))) as stream:
        for parsed in iter_json(stream, str(path)):
            if isinstance(parsed, BadRecord):
                raise BenchmarkError(f"{path}: line {parsed.line}: {parsed.problem}")
            rows.append(parsed.value)
    return rows


def _question(root: str | Path, path: Path, row: object) -> Question:
    if not isinstance(row, dict) or not isinstance(row.get("question_id"), str):
        raise BenchmarkError(f"{path}: every item needs a string question_id, got {row!r:.200}")
    prompt = row.get("prompt", row.get("text"))
    if not isinstance(prompt, str):
        raise BenchmarkError(f"{path}: {row['question_id']} has no prompt/text")
    return Question(row["question_id"], prompt, Path(root) / IMAGES_DIR / row.get("image", row["question_id"]))


def _table_rows(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
    elif path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    else:
        rows = _jsonl_rows(path)
        if len(rows) == 1 and isinstance(rows[0], list):  # a .json array
            rows = rows[0]
    if not rows:
        raise BenchmarkError(f"{path}: the table is empty")
    missing = [column for column in TABLE_COLUMNS if not all(isinstance(row, dict) and column in row for row in rows)]
    if missing:
        raise BenchmarkError(
            f"{path}: rows lack the column(s) {', '.join(missing)}; a {TABLE} table has {', '.join(TABLE_COLUMNS)}"
        )
    return rows


def task_of(category: object) -> str | None:
    """``refusal_soft``, ``PRISM_refusal_soft``, ``Refusal Soft`` → ``refusal_soft``; else None."""
    name = str(category).strip().lower().replace("-", "_").replace(" ", "_").removeprefix("prism_")
    return name if name in TASKS else None


def _table_questions(root: str | Path, path: Path, task: str) -> list[Question]:
    rows = _table_rows(path)
    unknown = sorted({str(row["category"]) for row in rows if task_of(row["category"]) is None})
    if unknown:
        raise BenchmarkError(f"{path}: category values {unknown[:10]} name no PRISM task; expected one of {TASKS}")
    questions = []
    for row in rows:
        if task_of(row["category"]) != task:
            continue
        if not isinstance(row["text"], str):
            raise BenchmarkError(f"{path}: {row['question_id']} has no text")
        relative, image = _table_image(root, row["image"])
        question_id = str(row["question_id"])
        if (
            attribute_of(question_id) not in ATTRIBUTES
            and relative is not None
            and attribute_of(relative) in ATTRIBUTES
        ):
            question_id = relative
        questions.append(Question(question_id, row["text"], image))
    if not questions:
        raise BenchmarkError(f"{path}: no rows of category {task}")
    return questions


def _table_image(root: str | Path, value: object) -> tuple[str | None, Path]:
    """The image path relative to the images folder (when the table names one) and the file."""
    if isinstance(value, dict) and value.get("bytes"):
        data: bytes = value["bytes"]
        suffix = Path(str(value.get("path") or "image.jpg")).suffix or ".jpg"
        cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "safellava" / "prism_images"
        image = cache / f"{hashlib.sha256(data).hexdigest()[:32]}{suffix}"
        if not image.is_file():
            cache.mkdir(parents=True, exist_ok=True)
            partial = image.with_suffix(f"{suffix}.partial")
            partial.write_bytes(data)
            partial.replace(image)
        return (str(value["path"]) if value.get("path") else None), image
    name = str(value.get("path") if isinstance(value, dict) else value)
    name = name.removeprefix(f"{IMAGES_DIR}/")
    under = Path(root) / IMAGES_DIR / name
    return name, under if under.is_file() or not (Path(root) / name).is_file() else Path(root) / name


def fingerprint(root: str | Path, tasks: tuple[str, ...] = TASKS) -> str:
    """A short content hash of the question files and images: the data version of a run.

    Logged as an MLflow tag so that runs scored on different benchmark copies are never
    compared by mistake.
    """
    digest = hashlib.sha256()
    for path in dict.fromkeys(_files(root, tasks)):  # a table serving several tasks counts once
        digest.update(str(path.relative_to(root)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _files(root: str | Path, tasks: tuple[str, ...]) -> Iterator[Path]:
    for task in tasks:
        path = question_file(root, task)
        yield path if path.is_file() else table_file(root) or path
    yield from sorted(path for path in (Path(root) / IMAGES_DIR).rglob("*") if path.is_file())
