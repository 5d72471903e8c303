"""The clean stage's HTML report: the counts and before/after examples, changed words marked.

A reviewer judges a rewrite by what changed, so each example shows the two texts with
word-level differences highlighted (difflib over words): removed words struck through in
red, inserted words in green.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Safe-LLaVA cleaning report</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;max-width:72em}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;vertical-align:top}
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
.meta{color:#555;font-size:.9em}pre{white-space:pre-wrap;margin:0}
</style></head><body>
<h1>Cleaning report</h1>
<p>Backend <b>{{ summary.backend }}</b>: {{ summary.records_in }} records in, {{ summary.records_out }} out,
{{ summary.failed }} failed; {{ summary.records_changed }} records changed ({{ summary.refusals_inserted }} refusals,
{{ summary.rewrites }} rewritten turns). Routed to an LLM: {{ summary.routed }} ({{ '%.1f' % (100 * summary.routed_fraction) }}%);
projected {{ summary.projected.model }} cost ${{ summary.projected.cost_usd }}.</p>
<table><tr><th>attribute</th><th>turns changed</th></tr>
{% for name, count in summary.changed_by_attribute.items() %}<tr><td>{{ name }}</td><td>{{ count }}</td></tr>{% endfor %}
</table>
<h2>Examples</h2>
<table><tr><th>record / turn</th><th>change</th></tr>
{% for row in examples %}<tr><td class="meta">{{ row.id }} #{{ row.turn }}<br>{{ row.rule }}<br>{{ row.attributes | join(', ') }}<br>{{ row.backend }}</td>
<td><pre>{{ row.diff }}</pre></td></tr>{% endfor %}
</table></body></html>
"""

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def highlight(before: str, after: str) -> Markup:
    """``after`` with removed words in ``<del>`` and inserted words in ``<ins>`` (HTML-safe)."""
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    parts: list[str] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag in ("delete", "replace"):
            parts.append(f"<del>{escape(''.join(old[i1:i2]))}</del>")
        if tag in ("insert", "replace"):
            parts.append(f"<ins>{escape(''.join(new[j1:j2]))}</ins>")
        if tag == "equal":
            parts.append(str(escape("".join(old[i1:i2]))))
    return Markup("".join(parts))


def write_report(path: str | Path, summary: dict[str, Any], examples: list[dict[str, Any]]) -> Path:
    """Render the report to ``path`` (folders created)."""
    environment = Environment(autoescape=True)
    rows = [{**row, "diff": highlight(row["before"], row["after"])} for row in examples]
    html = environment.from_string(_TEMPLATE).render(summary=summary, examples=rows)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    return target
