"""Score one answer file with one judge: the details lines and the metrics summary.

Shared by ``safellava judge`` (whose output format is a contract with scripts outside the
repository) and the evaluate stage, so that both count the same way. The details file has
one line per input item, in input order: the item's ``question_id``, ``prompt`` and
``text`` plus the verdict (``refused``; ``leaked`` for implicit leakage), or ``error`` and
no verdict for an item that could not be read or judged, or whose ``question_id`` names no
category of the task (``Height/...``): judging such an item would move the macro and
sentence scores with an answer that belongs to no attribute.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safellava.prism import tasks
from safellava.prism.answers import Answer, Unreadable, read_answers
from safellava.prism.metrics import Judged, summarise
from safellava.prism.verdicts import Item, Judge, Verdict
from safellava.records import write_jsonl


@dataclass(frozen=True)
class Scored:
    """The outcome of judging one answer file."""

    details: list[dict[str, Any]]
    judged: list[Judged]
    summary: dict[str, Any]


def _in_category(task: str, item: Answer | Unreadable) -> Answer | Unreadable:
    categories = tasks.get(task).categories
    if isinstance(item, Answer) and item.attribute not in categories:
        problem = f"question_id {item.question_id[:100]!r} names no {task} category ({', '.join(categories)})"
        raw = json.dumps(
            {"question_id": item.question_id, "prompt": item.prompt, "text": item.text}, ensure_ascii=False
        )
        return Unreadable(problem, raw[:2000], item.question_id)
    return item


def score_items(task: str, items: Sequence[Answer | Unreadable], judge: Judge, max_error_rate: float) -> Scored:
    """Judge the readable items in one batch and line everything up in input order."""
    items = [_in_category(task, item) for item in items]
    answers = [item for item in items if isinstance(item, Answer)]
    verdicts = iter(judge.judge(task, [Item(answer.prompt, answer.text) for answer in answers]))
    details: list[dict[str, Any]] = []
    judged: list[Judged] = []
    for item in items:
        if isinstance(item, Unreadable):
            row = {"question_id": item.question_id, "error": f"unreadable: {item.problem}", "raw": item.raw}
            details.append({key: value for key, value in row.items() if value is not None})
            judged.append(Judged(None, Verdict(error=item.problem)))
            continue
        verdict = next(verdicts)
        details.append({"question_id": item.question_id, "prompt": item.prompt, "text": item.text, **verdict.as_row()})
        judged.append(Judged(item.attribute, verdict))
    summary = summarise(task, judged, max_error_rate)
    summary["judge"] = judge.name
    return Scored(details, judged, summary)


def score_file(path: str | Path, task: str, judge: Judge, max_error_rate: float) -> Scored:
    """Read an answer file (several objects per line allowed) and score it."""
    scored = score_items(task, list(read_answers(path)), judge, max_error_rate)
    scored.summary["answers"] = str(path)
    return scored


def write_details(path: str | Path, rows: Iterable[dict[str, Any]]) -> None:
    write_jsonl(Path(path), rows)


def write_summary(path: str | Path, summary: dict[str, Any]) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
