"""The ``answers`` backend: a folder of published answer files, scored as published.

``<folder>/<task>.jsonl`` per task (the layout of ``data/reference/prism/answers/``), in
the PRISM answer format. The files are read as they are, every item in file order, whatever
questions the configured PRISM root holds: published answers were given to the authors'
benchmark, and the demo scores the published LLaVA-1.5-7B and Safe-LLaVA-0.5B answers next
to models that answered the bundled sample. An unreadable line stays an error item.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from safellava.prism.answers import Answer, Unreadable, read_answers
from safellava.prism.generation import Progress, Request

REFERENCE = "reference"  # evaluate.kind of published answers


class AnswerFolder:
    """Published answers for the tasks asked of it; every file must exist up front."""

    kind = REFERENCE

    def __init__(self, path: str | Path, tasks: Iterable[str]) -> None:
        self.files = {task: Path(path) / f"{task}.jsonl" for task in tasks}
        missing = [str(file) for file in self.files.values() if not file.is_file()]
        if missing:
            raise FileNotFoundError(f"published answers not found: {', '.join(missing)}")

    def source(self, task: str) -> Path | None:
        return self.files[task]

    def answer(
        self, task: str, requests: Sequence[Request], on_progress: Progress | None = None
    ) -> list[Answer | Unreadable]:
        """The file's items; ``requests`` are not consulted (the answers were given already)."""
        items = list(read_answers(self.files[task]))
        if on_progress is not None:
            on_progress(len(items))
        return items
