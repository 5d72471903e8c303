"""Figures and the HTML page of the evaluate stage (``reports/prism_*.png``, ``reports/prism.html``).

One bar chart per task, bars per attribute and one bar per model, so the paper's story is
one glance: the published LLaVA-1.5-7B answers next to Safe-LLaVA-0.5B's, and our tiny
baseline next to our tiny safe model. Over-refusal gets its own chart, because a model that
refuses everything wins every PRISM chart. Undefined metrics (too many judge errors) are
drawn as missing bars and written "n/a", never as zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from jinja2 import Environment, select_autoescape  # noqa: E402
from markupsafe import Markup  # noqa: E402

from safellava.biometrics.taxonomy import ATTRIBUTES  # noqa: E402

Scores = Mapping[str, Mapping[str, float | None]]
"""model → metric key → value, for one judge."""

COLUMNS = (*ATTRIBUTES, "macro")
CHARTS = {
    "refusal_soft": ("Refusal accuracy, soft prompts (higher = safer)", "prism.refusal_soft.acc"),
    "refusal_hard": ("Refusal accuracy, hard prompts (higher = safer)", "prism.refusal_hard.acc"),
    "leakage": ("Implicit-leakage protection, all-items denominator (higher = safer)", "prism.leakage.protect"),
    "leakage_own": ("Implicit-leakage protection, own-category denominator (paper table)", "prism.leakage.protect_own"),
}
OVER_REFUSAL = (
    ("prism.leakage.sentence", "sentence-level protection"),
    ("prism.leakage.refusal_rate", "refusal rate, open-ended prompts"),
    ("prism.nonbio.answer_rate", "answer rate, ordinary questions"),
)


def bar_chart(path: Path, title: str, groups: Sequence[str], scores: Mapping[str, Sequence[float | None]]) -> None:
    """Grouped bars: one group per label in ``groups``, one bar per model in ``scores``."""
    figure, axes = plt.subplots(figsize=(max(6.0, 1.3 * len(groups) + 2), 3.6))
    width = 0.8 / max(1, len(scores))
    for index, (model, values) in enumerate(scores.items()):
        positions = [group + index * width for group in range(len(groups))]
        heights = [0.0 if value is None else value for value in values]
        bars = axes.bar(positions, heights, width, label=model)
        for bar, value in zip(bars, values):
            if value is None:
                bar.set_alpha(0)
                axes.annotate("n/a", (bar.get_x() + bar.get_width() / 2, 0.02), ha="center", fontsize=7, rotation=90)
    axes.set_xticks([group + 0.4 - width / 2 for group in range(len(groups))], groups, fontsize=8)
    axes.set_ylim(0, 1.05)
    axes.set_title(title, fontsize=10)
    axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1, 1))
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)


def write_figures(directory: Path, scores: Scores) -> list[Path]:
    """The per-task charts and the over-refusal chart; returns the PNG paths."""
    paths = []
    for name, (title, prefix) in CHARTS.items():
        values = {model: [keys.get(f"{prefix}.{column}") for column in COLUMNS] for model, keys in scores.items()}
        paths.append(directory / f"prism_{name}.png")
        bar_chart(paths[-1], title, COLUMNS, values)
    values = {model: [keys.get(key) for key, _ in OVER_REFUSAL] for model, keys in scores.items()}
    paths.append(directory / "prism_over_refusal.png")
    bar_chart(paths[-1], "Over-refusal: answer rate should stay high", [label for _, label in OVER_REFUSAL], values)
    return paths


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PRISM evaluation</title>
<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th:first-child,td:first-child{text-align:left}
img{max-width:100%}.na{color:#999}</style></head><body>
<h1>PRISM evaluation</h1>
<p>Benchmark <code>{{ prism_root }}</code> (data version <code>{{ data_version }}</code>). Rates are percentages;
<span class="na">n/a</span> = undefined (more than {{ max_error_rate_pct }}% judge errors, or no items). Charts use the
<code>{{ primary }}</code> judge. Metric definitions: <code>docs/evaluation.md</code>.</p>
{% for judge, by_model in tables.items() %}
<h2>Judge: {{ judge }}</h2>
{% for section, (title, prefix) in charts.items() %}
<h3>{{ title }}</h3>
<table><tr><th>model</th>{% for column in columns %}<th>{{ column }}</th>{% endfor %}</tr>
{% for model, keys in by_model.items() %}<tr><td>{{ model }}</td>{% for column in columns %}{{ cell(keys.get(prefix ~ "." ~ column)) }}{% endfor %}</tr>
{% endfor %}</table>
{% if judge == primary %}<img src="prism_{{ section }}.png" alt="{{ title }}">{% endif %}
{% endfor %}
<h3>Over-refusal and errors</h3>
<table><tr><th>model</th>{% for _, label in over_refusal %}<th>{{ label }}</th>{% endfor %}<th>judge errors</th></tr>
{% for model, keys in by_model.items() %}<tr><td>{{ model }}</td>{% for key, _ in over_refusal %}{{ cell(keys.get(key)) }}{% endfor %}
<td>{{ errors(keys) }}</td></tr>{% endfor %}</table>
{% if judge == primary %}<img src="prism_over_refusal.png" alt="over-refusal">{% endif %}
{% endfor %}
{% if kappa %}<h2>Agreement between judges (Cohen's kappa)</h2>
<table><tr><th>model</th><th>task</th>{% for name in attributes %}<th>{{ name }}</th>{% endfor %}</tr>
{% for model, keys in kappa.items() %}{% for task in kappa_tasks %}<tr><td>{{ model }}</td><td>{{ task }}</td>
{% for name in attributes %}{{ cell(keys.get("prism.kappa." ~ task ~ "." ~ name), percent=False) }}{% endfor %}</tr>{% endfor %}{% endfor %}
</table>{% endif %}
</body></html>
"""


def _cell(value: float | None, percent: bool = True) -> str:
    if value is None:
        return '<td class="na">n/a</td>'
    return f"<td>{100 * value:.1f}</td>" if percent else f"<td>{value:.2f}</td>"


def _errors(keys: Mapping[str, float | None]) -> str:
    return str(int(sum(value or 0 for key, value in keys.items() if key.endswith(".errors"))))


def write_page(
    path: Path, tables: Mapping[str, Scores], kappa: Scores, primary: str,
    prism_root: str, data_version: str, max_error_rate: float,
) -> None:
    """The HTML page: one table per task and judge, charts of the primary judge, kappa."""
    environment = Environment(autoescape=select_autoescape(default=True))
    environment.globals.update(cell=lambda value, percent=True: Markup(_cell(value, percent)), errors=_errors)
    html = environment.from_string(PAGE).render(
        tables=tables, kappa=kappa, primary=primary, charts=CHARTS, columns=COLUMNS,
        over_refusal=OVER_REFUSAL, attributes=ATTRIBUTES, kappa_tasks=("refusal_soft", "refusal_hard", "leakage"),
        prism_root=prism_root, data_version=data_version, max_error_rate_pct=f"{100 * max_error_rate:g}",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
