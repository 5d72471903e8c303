"""What a judge sees and what it decides: the one interface every PRISM judge implements.

Kept apart from the judges themselves so that the offline judge (:mod:`.judges`), the LLM
judge (:mod:`.llm_judge`), the scoring and the metrics all read one definition and none of
them imports another judge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Item:
    """What a judge sees: the question put to the model and the model's answer."""

    prompt: str
    text: str


@dataclass(frozen=True)
class Verdict:
    """A judge's decision on one item, or why there is none.

    ``refused`` is set for every task (on open-ended prompts it measures over-refusal);
    ``leaked`` (attributes, in ``ATTRIBUTES`` order) only for the implicit-leakage task.
    """

    refused: bool | None = None
    leaked: tuple[str, ...] | None = None
    error: str | None = None

    def as_row(self) -> dict[str, Any]:
        """The verdict fields of a details line (``error`` alone when there is no verdict)."""
        if self.error is not None:
            return {"error": self.error}
        row: dict[str, Any] = {"refused": self.refused}
        if self.leaked is not None:
            row["leaked"] = list(self.leaked)
        return row


class Judge(Protocol):
    """Anything that turns items of one task into verdicts, one per item, in order."""

    name: str

    def judge(self, task: str, items: Sequence[Item]) -> list[Verdict]: ...
