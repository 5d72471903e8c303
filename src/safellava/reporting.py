"""HTML reports with embedded charts, shared by the stages that show people their results.

Templates are Jinja2 files in ``safellava/templates`` (autoescaped: the text shown comes from
the data and must not become markup); charts are Matplotlib PNGs inlined as data URIs so a
report is a single file that opens in any browser, from DVC, MLflow or a CI artifact.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

_ENV = Environment(loader=PackageLoader("safellava", "templates"), autoescape=select_autoescape(["html", "j2"]))


def render(template: str, destination: str | Path, **context: Any) -> Path:
    """Render ``templates/<template>`` with ``context`` into ``destination``."""
    path = Path(destination)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_ENV.get_template(template).render(**context), encoding="utf-8")
    return path


def grouped_bar_chart(
    series: Mapping[str, Mapping[str, float]], categories: Sequence[str], title: str, ylabel: str
) -> str:
    """Bars per category, one bar per series; returned as a ``data:image/png`` URI."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(max(6.0, 1.2 * len(categories) * max(1, len(series)) / 2), 3.6))
    width = 0.8 / max(1, len(series))
    for index, (name, values) in enumerate(series.items()):
        positions = [c + index * width - 0.4 + width / 2 for c in range(len(categories))]
        bars = axes.bar(positions, [values.get(category, 0.0) for category in categories], width, label=name)
        axes.bar_label(bars, fmt="%g", fontsize=7)
    axes.set_xticks(range(len(categories)), categories)
    axes.set_title(title)
    axes.set_ylabel(ylabel)
    if len(series) > 1:
        axes.legend(fontsize=8)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    plt.close(figure)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def highlight(text: str, spans: Sequence[tuple[int, int]], css_class: str = "hit") -> Markup:
    """``text`` with the given character spans wrapped in ``<mark>``, everything escaped."""
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(set(spans)):
        if start < cursor:
            continue
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f'<mark class="{css_class}">{html.escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return Markup("".join(pieces))
