"""PRISM answer files: what a model said to each question, in the authors' format.

One JSON object per item: ``question_id``, ``prompt``, ``text`` (the label files call it
``response``) and, when we write them, ``model_id``. Real files sometimes hold several
objects on one line, and a line may be unreadable; :func:`read_answers` yields every
object it can parse and an :class:`Unreadable` for anything else, in file order, so that
the judge can keep one output line per input item and count damage as an error. An item
with an empty ``question_id`` is unreadable too (it names no category to score it under).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from safellava.jsonstream import BadRecord, iter_json
from safellava.prism.tasks import attribute_of
from safellava.records import write_jsonl
from safellava.sources import SourceSpec, open_source


@dataclass(frozen=True)
class Answer:
    """One model answer to one PRISM question."""

    question_id: str
    prompt: str
    text: str

    @property
    def attribute(self) -> str:
        return attribute_of(self.question_id)


@dataclass(frozen=True)
class Unreadable:
    """An item of an answer file that is not a usable answer (bad JSON or missing fields)."""

    problem: str
    raw: str
    question_id: str | None = None


def read_answers(path: str | Path) -> Iterator[Answer | Unreadable]:
    """Every item of an answer file, in order (``text`` or ``response`` is the answer)."""
    location = str(path)
    with open_source(SourceSpec(location)) as stream:
        for parsed in iter_json(stream, location):
            if isinstance(parsed, BadRecord):
                yield Unreadable(f"line {parsed.line}: {parsed.problem}", parsed.text[:2000])
            else:
                yield _answer(parsed.value, parsed.line)


def _answer(row: object, line: int | None) -> Answer | Unreadable:
    if not isinstance(row, dict):
        return Unreadable(f"line {line}: not a JSON object", json.dumps(row)[:2000])
    question_id = row.get("question_id")
    prompt = row.get("prompt")
    text = row.get("text", row.get("response"))
    if not isinstance(question_id, str) or not isinstance(prompt, str) or not isinstance(text, str):
        missing = [
            name
            for name, value in (("question_id", question_id), ("prompt", prompt), ("text", text))
            if not isinstance(value, str)
        ]
        return Unreadable(
            f"line {line}: {', '.join(missing)} missing or not a string",
            json.dumps(row, ensure_ascii=False)[:2000],
            question_id if isinstance(question_id, str) else None,
        )
    if not question_id.strip():
        return Unreadable(f"line {line}: question_id is empty", json.dumps(row, ensure_ascii=False)[:2000])
    return Answer(question_id, prompt, text)


def write_answers(path: str | Path, answers: Iterable[Answer | Unreadable], model_id: str) -> int:
    """Write answers in the official format (``question_id, prompt, text, model_id``).

    A request that got no answer (an :class:`Unreadable` from a generation backend) is a line
    with ``error`` and no ``text``, which reads back as unreadable: an error, never an answer.
    """
    return write_jsonl(
        Path(path),
        (
            {"question_id": a.question_id, "prompt": a.prompt, "text": a.text, "model_id": model_id}
            if isinstance(a, Answer)
            else {"question_id": a.question_id, "error": a.problem, "model_id": model_id}
            for a in answers
        ),
    )
