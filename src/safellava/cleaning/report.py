"""The clean stage's HTML report: the counts and before/after examples, changed words marked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safellava.reporting import render, word_diff


def write_report(path: str | Path, summary: dict[str, Any], examples: list[dict[str, Any]]) -> Path:
    """Render ``templates/clean.html.j2`` to ``path`` (folders created)."""
    rows = [{**row, "diff": word_diff(row["before"], row["after"])} for row in examples]
    return render("clean.html.j2", path, summary=summary, examples=rows)
