"""HTML reports with charts, shared by the stages that show people their results.

Templates are Jinja2 files in ``safellava/templates`` extending ``base.html.j2``
(autoescaped: the text shown comes from the data and must not become markup). Charts are
Matplotlib PNGs, inlined as data URIs where a report must be a single file that opens in
any browser, from DVC, MLflow or a CI artifact. Reports carry no timestamp: the same
results give the same bytes, so DVC sees an unchanged output as unchanged.
"""

from __future__ import annotations

import base64
import html
import io
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from safellava import __version__
from safellava.alignment import opcodes

_ENV = Environment(loader=PackageLoader("safellava", "templates"), autoescape=select_autoescape(["html", "j2"]))
_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def render(template: str, destination: str | Path, **context: Any) -> Path:
    """Render ``templates/<template>`` with ``context`` (plus ``version``) into ``destination``."""
    path = Path(destination)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_ENV.get_template(template).render(version=__version__, **context), encoding="utf-8")
    return path


def bar_chart(
    title: str,
    groups: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    ylabel: str = "",
    ylim: tuple[float, float] | None = None,
    value_labels: bool = False,
) -> bytes:
    """Grouped bars as PNG bytes: one group per label in ``groups``, one bar per series.

    A ``None`` value (an undefined metric) is drawn as a missing bar marked "n/a", never as
    zero. ``value_labels`` writes each bar's value on it.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(max(6.0, 1.3 * len(groups) + 2), 3.6))
    width = 0.8 / max(1, len(series))
    for index, (name, values) in enumerate(series.items()):
        positions = [group + index * width for group in range(len(groups))]
        bars = axes.bar(positions, [0.0 if value is None else value for value in values], width, label=name)
        if value_labels:
            axes.bar_label(bars, fmt="%g", fontsize=7)
        for bar, value in zip(bars, values):
            if value is None:
                bar.set_alpha(0)
                axes.annotate("n/a", (bar.get_x() + bar.get_width() / 2, 0.02), ha="center", fontsize=7, rotation=90)
    axes.set_xticks([group + 0.4 - width / 2 for group in range(len(groups))], groups, fontsize=8)
    if ylim:
        axes.set_ylim(*ylim)
    axes.set_title(title, fontsize=10)
    axes.set_ylabel(ylabel)
    if len(series) > 1:
        axes.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1, 1))
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    plt.close(figure)
    return buffer.getvalue()


def data_uri(png: bytes) -> str:
    """A PNG as a ``data:image/png`` URI, for a report that is one self-contained file."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


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


def word_diff(before: str, after: str) -> Markup:
    """``after`` with removed words in ``<del>`` and inserted words in ``<ins>`` (HTML-safe).

    A reviewer judges a rewrite by what changed, so the two texts are compared word by
    word (:mod:`safellava.alignment`, linear in their length), not line by line.
    """
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    parts: list[str] = []
    for tag, i1, i2, j1, j2 in opcodes(old, new):
        if tag in ("delete", "replace"):
            parts.append(f"<del>{escape(''.join(old[i1:i2]))}</del>")
        if tag in ("insert", "replace"):
            parts.append(f"<ins>{escape(''.join(new[j1:j2]))}</ins>")
        if tag == "equal":
            parts.append(str(escape("".join(old[i1:i2]))))
    return Markup("".join(parts))
