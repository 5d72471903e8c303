"""What happens to each turn of a record: the paper's two rules, decided without any LLM.

* **Explicit**: a human turn that asks for an attribute of a person (``requested_attributes``:
  "How old is the man?", "Is she Asian?", "a teenager or an adult?", wherever the
  ``<image>`` token stands) keeps its wording, and the gpt answer that follows becomes a
  refusal. Which refusal (when params allow several phrasings) is picked by a hash of the
  record key, so reruns agree.
* **Implicit**: every other turn that mentions an attribute -- gpt answers, pretraining
  captions, and human turns that merely mention one ("What is the man holding?") -- is
  rewritten to neutral wording. The local rewriter's version is always computed: it is the
  output of the ``local`` backend and the fallback of the LLM backends.

A :class:`Plan` is plain data (picklable), so planning can run on dask workers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from safellava.biometrics.detector import Mention
from safellava.biometrics.questions import requested_attributes
from safellava.biometrics.refusal import DEFAULT_REFUSAL
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.cleaning.checks import check_rewrite
from safellava.cleaning.rewriter import LocalRewriter, default_rewriter

EXPLICIT = "explicit_refusal"
IMPLICIT = "implicit_rewrite"


@dataclass(frozen=True)
class Settings:
    """The knobs planning needs (from ``params.yaml`` ``clean:``)."""

    refusals: tuple[str, ...] = (DEFAULT_REFUSAL,)
    route: str = "hard"
    min_similarity: float = 0.7
    attributes: tuple[str, ...] = ATTRIBUTES

    def __post_init__(self) -> None:
        if not self.refusals:
            raise ValueError("clean.refusals must name at least one refusal")
        if self.route not in ("hard", "flagged"):
            raise ValueError(f"clean.route must be 'hard' or 'flagged', not {self.route!r}")


@dataclass
class Edit:
    """One turn to change: the rule, the attributes behind it, and the local result."""

    turn: int
    rule: str
    attributes: list[str]
    before: str
    after: str
    substitution_only: bool = True
    """Every mention had a word-for-word replacement ("man" → "person"); no word was dropped."""
    mentions: tuple[Mention, ...] = ()
    """The detector's mentions in ``before`` (implicit edits), kept so nothing scans it again."""


@dataclass
class Plan:
    """A record and what the rules decided for it."""

    record: dict[str, Any]
    edits: list[Edit] = field(default_factory=list)
    local_error: str | None = None
    """Why the local rewrite fails its checks (``None`` when it passes)."""
    needs_llm: bool = False

    @property
    def rewrites(self) -> list[Edit]:
        return [edit for edit in self.edits if edit.rule == IMPLICIT]


def choose_refusal(key: str, refusals: Sequence[str]) -> str:
    """The refusal for one record: fixed by the key, so every rerun inserts the same text."""
    if len(refusals) == 1:
        return refusals[0]
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return refusals[int.from_bytes(digest[:8], "big") % len(refusals)]


def plan_record(record: dict[str, Any], settings: Settings, rewriter: LocalRewriter | None = None) -> Plan:
    """Decide every turn of one normalised record (see the module docstring)."""
    rewriter = rewriter or default_rewriter()
    plan = Plan(record=record)
    turns = record["conversations"]
    refused: set[int] = set()
    for index, turn in enumerate(turns):
        if turn["from"] != "human":
            continue
        asked = requested_attributes(turn["value"]) & set(settings.attributes)
        if not asked:
            continue
        # The question keeps its wording even when no answer follows (a trailing question);
        # only a gpt answer is replaced, never the next human turn of a malformed record.
        refused.add(index)
        if index + 1 < len(turns) and turns[index + 1]["from"] == "gpt":
            refused.add(index + 1)
            refusal = choose_refusal(str(record.get("key", record["id"])), settings.refusals)
            if turns[index + 1]["value"] != refusal:
                plan.edits.append(Edit(index + 1, EXPLICIT, sorted(asked), turns[index + 1]["value"], refusal))
    for index, turn in enumerate(turns):
        if index in refused:
            continue
        result = rewriter.analyse(turn["value"])
        if not result.mentions:
            continue
        attributes = sorted({mention.attribute for mention in result.mentions})
        substitution_only = all(mention.replacement for mention in result.mentions)
        plan.edits.append(
            Edit(index, IMPLICIT, attributes, result.before, result.after, substitution_only, result.mentions)
        )
        # The similarity bound guards against an LLM that drops or adds text; the local
        # rewriter edits only the detector's spans and the function words next to them, so
        # its rewrite skips that (costly) measure and is checked for leaks and <image> only.
        problem = check_rewrite(
            result.before,
            result.after,
            rewriter.detector,
            settings.attributes,
            0.0,
            original_mentions=result.mentions,
            remaining=result.remaining,
        )
        if problem and plan.local_error is None:
            plan.local_error = f"turn {index}: {problem}"
    plan.edits.sort(key=lambda edit: edit.turn)
    rewrites = plan.rewrites
    if settings.route == "flagged":
        plan.needs_llm = bool(rewrites)
    else:
        plan.needs_llm = any(not edit.substitution_only for edit in rewrites) or plan.local_error is not None
    return plan


def plan_chunk(records: list[dict[str, Any]], settings: Settings) -> list[Plan]:
    """Plan a chunk of records (the unit a Prefect/dask task runs)."""
    rewriter = (
        default_rewriter() if settings.attributes == ATTRIBUTES else LocalRewriter(attributes=settings.attributes)
    )
    return [plan_record(record, settings, rewriter) for record in records]


def apply(plan: Plan, texts: dict[int, str]) -> dict[str, Any]:
    """The cleaned record: ``texts`` maps turn index → new text; nothing else changes."""
    record = dict(plan.record)
    record["conversations"] = [
        {**turn, "value": texts[index]} if index in texts else turn
        for index, turn in enumerate(plan.record["conversations"])
    ]
    return record
