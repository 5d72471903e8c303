"""The clean stage's HTML report: the counts and before/after examples, changed words marked,
and the rewrites the faithfulness signal flagged, with their reasons and what became of them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from safellava.reporting import render, word_diff


def write_report(
    path: str | Path, summary: dict[str, Any], examples: list[dict[str, Any]], flagged: Sequence[dict[str, Any]] = ()
) -> Path:
    """Render ``templates/clean.html.j2`` to ``path`` (folders created)."""
    rows = [{**row, "diff": word_diff(row["before"], row["after"])} for row in examples]
    flagged_rows = [
        {
            **row,
            "diff": word_diff(row["before"], row["after"]),
            "final_diff": word_diff(row["after"], row["final"])
            if row.get("final") not in (None, row["after"])
            else None,
        }
        for row in flagged
    ]
    return render("clean.html.j2", path, summary=summary, examples=rows, flagged=flagged_rows)
