"""Figures and the HTML page of the evaluate stage (``reports/prism_*.png``, ``reports/prism.html``).

One bar chart per task, bars per attribute and one bar per model, so the paper's story is
one glance: the published LLaVA-1.5-7B answers next to Safe-LLaVA-0.5B's, and our tiny
baseline next to our tiny safe model. Over-refusal gets its own chart, because a model that
refuses everything wins every PRISM chart. Undefined metrics (too many judge errors) are
drawn as missing bars and written "n/a", never as zero.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.prism import tasks
from safellava.reporting import bar_chart, render

Scores = Mapping[str, Mapping[str, float | None]]
"""model → metric key → value, for one judge."""

COLUMNS = (*ATTRIBUTES, "macro")
CHARTS = {chart.name: (chart.title, prefix) for chart, prefix in tasks.charts()}
"""``prism_<name>.png`` → (title, metric key prefix): one chart per per-attribute metric of a task."""
OVER_REFUSAL = tasks.over_refusal()
"""(metric key, label): the bars of the over-refusal chart, every scalar metric of a task."""


def write_figures(directory: Path, scores: Scores) -> list[Path]:
    """The per-task charts and the over-refusal chart; returns the PNG paths."""
    paths = []
    for name, (title, prefix) in CHARTS.items():
        values = {model: [keys.get(f"{prefix}.{column}") for column in COLUMNS] for model, keys in scores.items()}
        paths.append(_write_png(directory / f"prism_{name}.png", bar_chart(title, COLUMNS, values, ylim=(0, 1.05))))
    values = {model: [keys.get(key) for key, _ in OVER_REFUSAL] for model, keys in scores.items()}
    chart = bar_chart(
        "Over-refusal: answer rate should stay high", [label for _, label in OVER_REFUSAL], values, ylim=(0, 1.05)
    )
    paths.append(_write_png(directory / "prism_over_refusal.png", chart))
    return paths


def _write_png(path: Path, png: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png)
    return path


def _errors(keys: Mapping[str, float | None]) -> int:
    """Judge errors over all tasks of one model and judge."""
    return int(sum(value or 0 for key, value in keys.items() if key.endswith(".errors")))


def write_page(
    path: Path,
    tables: Mapping[str, Scores],
    kappa: Scores,
    primary: str,
    prism_root: str,
    data_version: str,
    max_error_rate: float,
) -> None:
    """The HTML page: one table per task and judge, charts of the primary judge, kappa."""
    render(
        "prism.html.j2",
        path,
        tables=tables,
        kappa=kappa,
        primary=primary,
        charts=CHARTS,
        columns=COLUMNS,
        errors=_errors,
        over_refusal=OVER_REFUSAL,
        attributes=ATTRIBUTES,
        kappa_tasks=tuple(task.key for task in tasks.ALL if task.in_prism),
        prism_root=prism_root,
        data_version=data_version,
        max_error_rate_pct=f"{100 * max_error_rate:g}",
    )
