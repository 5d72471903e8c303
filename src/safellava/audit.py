"""The audit stage: how often the data asks for, and mentions, each biometric attribute.

This is the paper's audit table. Per source file and attribute it counts the records
- whose human turns *ask for* the attribute (explicit: "How old is the man?"),
- whose gpt answers or captions *mention* it (implicit: "a young woman in a red coat"),
- whose human turns mention it without asking ("What is the man holding?").
Everything is decided by the project's one detector, so the audit measures exactly what
the cleaning stage will change and the leakage gate will check.

Outputs: ``audit.json`` (DVC metrics) in the output directory and an HTML report with a
bar chart and a few highlighted example spans per attribute.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from tqdm import tqdm

from safellava.biometrics.detector import default_detector
from safellava.biometrics.questions import requested_attributes
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.records import IMAGE_TOKEN, iter_records
from safellava.reporting import bar_chart, data_uri, highlight, render

AUDIT_FILE = "audit.json"
_EXCERPT = 360
QUESTION_CACHE = 8192  # distinct questions whose attributes are remembered


@dataclass(frozen=True)
class AuditConfig:
    """``params.yaml`` ``audit:``."""

    SECTION: ClassVar[str] = "audit"

    input: str = "data/ingested"
    output: str = "data/audit"
    # The HTML report; None: OUTPUT/audit.html.
    report: str | None = "reports/audit.html"
    examples_per_attribute: int = 5

    @property
    def report_path(self) -> Path:
        return Path(self.report) if self.report else Path(self.output) / "audit.html"

    def artifacts(self) -> list[Path]:
        """The files a tracked run keeps: the counts and the report."""
        return [Path(self.output) / AUDIT_FILE, self.report_path]


def _empty_counts() -> dict[str, Any]:
    zero = dict.fromkeys(ATTRIBUTES, 0)
    return {
        "records": 0,
        "explicit": dict(zero),
        "implicit": dict(zero),
        "question_mentions": dict(zero),
        "explicit_any": 0,
        "implicit_any": 0,
        "question_mentions_any": 0,
    }


def run(config: AuditConfig, progress: bool = True) -> dict[str, Any]:
    """Audit the normalised records in ``config.input``; write ``audit.json`` and the report.

    Returns the whole audit (what ``audit.json`` holds); :func:`summary_of` is its logged part.
    """
    examples_per_attribute = config.examples_per_attribute
    detector = default_detector()
    per_source: dict[str, dict[str, Any]] = defaultdict(_empty_counts)
    total = _empty_counts()
    examples: dict[str, list[dict[str, Any]]] = {attribute: [] for attribute in ATTRIBUTES}
    for record in tqdm(iter_records(config.input), desc="audit", unit="rec", disable=not progress):
        explicit: set[str] = set()
        implicit: set[str] = set()
        mentioned: set[str] = set()
        for turn in record["conversations"]:
            text = turn["value"].replace(IMAGE_TOKEN, "")
            if turn["from"] == "human":
                found, asked = _question(text)
                explicit |= asked
                mentioned |= found - asked
                kind = "question"
            else:
                found = detector.attributes(text)
                implicit |= found
                kind = "answer"
            for attribute in found:
                if len(examples[attribute]) < examples_per_attribute:
                    examples[attribute].append(_example(record["key"], kind, text, attribute))
        for counts in (per_source[record["source"]], total):
            counts["records"] += 1
            for name, hits in (("explicit", explicit), ("implicit", implicit), ("question_mentions", mentioned)):
                for attribute in hits:
                    counts[name][attribute] += 1
                counts[f"{name}_any"] += bool(hits)
    audit = {"records": total["records"], "total": total, "sources": dict(per_source)}
    output = Path(config.output)
    output.mkdir(parents=True, exist_ok=True)
    (output / AUDIT_FILE).write_text(json.dumps(audit, indent=2) + "\n", encoding="utf-8")
    chart = bar_chart(
        "Records per attribute",
        ATTRIBUTES,
        {
            "explicit (asks)": [total["explicit"][attribute] for attribute in ATTRIBUTES],
            "implicit (mentions)": [total["implicit"][attribute] for attribute in ATTRIBUTES],
        },
        ylabel="records",
        value_labels=True,
    )
    render(
        "audit.html.j2",
        config.report_path,
        audit=audit,
        attributes=ATTRIBUTES,
        examples=examples,
        chart=data_uri(chart),
    )
    return audit


def summary_of(audit: dict[str, Any]) -> dict[str, Any]:
    """The part of the audit worth logging as metrics and printing: totals, not per source."""
    return {"records": audit["records"], "total": audit["total"]}


@lru_cache(maxsize=QUESTION_CACHE)
def _question(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The attributes a human turn mentions and those it asks for.

    LLaVA's questions repeat (the 558k pretraining records share a dozen prompts), so each
    distinct question goes through the detector and the question grammar once; answers
    rarely repeat and are not cached. The cache is bounded.
    """
    return frozenset(default_detector().attributes(text)), frozenset(requested_attributes(text))


def _example(key: str, kind: str, text: str, attribute: str) -> dict[str, Any]:
    """An excerpt of ``text`` around the attribute's mentions, with the spans highlighted."""
    spans = [(m.start, m.end) for m in default_detector().find(text, [attribute])]
    start = max(0, spans[0][0] - _EXCERPT // 2) if spans else 0
    end = min(len(text), start + _EXCERPT)
    window = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    prefix, suffix = ("…" if start else ""), ("…" if end < len(text) else "")
    return {"key": key, "kind": kind, "html": prefix + highlight(text[start:end], window) + suffix}
