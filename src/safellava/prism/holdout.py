"""Is a rule general, or fitted to one answer model's phrasing? (leave-one-model-out)

The rules of the detector and the refusal judge were written while reading the reference
answers of all answer models (``data/reference/prism``), so the in-sample agreement with GPT
flatters them: a rule that only one model's phrasing calls for fits that model and will not
carry over to a model nobody has read. This module estimates the agreement on a model the
rules were not written for, without new data:

1. **Units.** Every switchable piece of the judge: each pattern rule of the detector, each
   word of a word-list rule, and each named entry of the refusal section (an objection, a
   decline, the attributive guard, a value list, the description exception).
2. **Support.** For each unit and answer model, the *benefit* of the unit on that model:
   how many more of the model's judgements disagree with GPT when the unit alone is
   switched off (aggregate cells count ``|ours - GPT|`` in answers; per-item labels count
   disagreeing verdicts). A unit supported by a model has a positive benefit there.
3. **Held-out judge.** For a held-out model M, every unit whose support comes from M alone
   (positive benefit on M, none on any other model) is switched off -- such a unit would not
   have been written without reading M -- and M is scored with what remains.

The figures of all models, each scored by its own held-out judge, give the leave-one-model-
out estimate next to the in-sample one. Limits (stated in ``docs/detector.md`` too): the
wording *inside* a unit (an alternative of a pattern, a guard such as "white shirt") is not
undone; a unit's benefit is measured alone, so two units covering the same items look
unsupported and both stay on; and models share phrasing (LLaVA-family models were tuned on
the same data), so even the estimate flatters the rules somewhat.

``LLaVA-7B-baseline`` in the per-item labels is taken to be ``LLaVA`` of the aggregates
(the same checkpoint under the newer file names); the other labelled models keep their names.
"""

from __future__ import annotations

import copy
import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from safellava.biometrics.detector import Detector
from safellava.biometrics.refusal import RefusalClassifier
from safellava.biometrics.taxonomy import ATTRIBUTES, DEFAULT_SPEC, TOKEN, load_taxonomy
from safellava.prism.agreement import LEAKAGE_KIND, REFUSAL_KIND
from safellava.prism.metrics import cohen_kappa
from safellava.prism.tasks import attribute_of, is_leakage

MODEL_ALIASES: Mapping[str, str] = {"LLaVA-7B-baseline": "LLaVA"}
"""Per-item label model names that are the same answer model as an aggregate name."""


@dataclass(frozen=True)
class Item:
    """One judged answer: an aggregate answer (``cell`` set, no verdict) or a labelled one."""

    model: str
    refusal: bool
    text: str
    prompt: str
    cell: tuple[str, str, str] | None = None
    refused: bool | None = None  # GPT's per-item refusal verdict
    leaked: frozenset[str] | None = None  # GPT's per-item implicit-leakage verdict
    attribute: str = ""  # refusal: the asked attribute; aggregate leakage: the image's category


@dataclass(frozen=True)
class Unit:
    """A switchable piece of the judge."""

    name: str
    switch_off: Callable[[dict[str, Any]], None]
    """Edits a spec in place so that this unit no longer exists."""
    pattern: str | None
    """Texts this unit can affect contain a match of this regex (None: any text)."""
    refusal_only: bool = False
    anchors: tuple[frozenset[str], ...] = ()
    """Word groups a text must all meet for this unit to fire (the rule's speed filter)."""


@dataclass(frozen=True)
class Support:
    """A unit's benefit per answer model (positive: switching it off loses agreement there)."""

    unit: str
    benefit: Mapping[str, int]

    @property
    def supporters(self) -> tuple[str, ...]:
        return tuple(sorted(m for m, b in self.benefit.items() if b > 0))

    def fitted_to(self) -> str | None:
        """The one model this unit helps while helping no other, if any."""
        return self.supporters[0] if len(self.supporters) == 1 else None


@dataclass(frozen=True)
class ModelEstimate:
    """One answer model scored in sample and by its held-out judge."""

    model: str
    units_off: tuple[str, ...]
    cells: int
    mean_abs_in: float
    mean_abs_out: float
    max_abs_in: float
    max_abs_out: float
    errors_in: int
    errors_out: int


@dataclass(frozen=True)
class HoldoutReport:
    supports: tuple[Support, ...]
    models: tuple[ModelEstimate, ...]
    kappa_in: Mapping[tuple[str, str], float]
    kappa_out: Mapping[tuple[str, str], float]

    def mean_abs(self, held_out: bool) -> float:
        """Mean |ours - GPT| over all aggregate cells (each model by its held-out judge)."""
        rows = [m for m in self.models if m.cells]
        total = sum((m.mean_abs_out if held_out else m.mean_abs_in) * m.cells for m in rows)
        return total / sum(m.cells for m in rows)

    def max_abs(self, held_out: bool) -> float:
        return max((m.max_abs_out if held_out else m.max_abs_in) for m in self.models if m.cells)


def load_items(reference_dir: Path) -> tuple[list[Item], dict[tuple[str, str, str], tuple[int, int]]]:
    """Every aggregate answer and labelled answer, and GPT's (total, positives) per cell."""
    cells: dict[tuple[str, str, str], tuple[int, int]] = {}
    with (reference_dir / "judge_aggregates.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["judge"] == "gpt":
                cells[(row["model"], row["task"], row["attribute"])] = (int(row["total"]), int(row["positives"]))
    items: list[Item] = []
    for model, task in sorted({(m, t) for m, t, _ in cells}):
        for line in (reference_dir / "answers" / model / f"{task}.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            items.append(
                Item(
                    model,
                    not is_leakage(task),
                    row["text"],
                    row["prompt"],
                    cell=(model, task, row["attribute"]),
                    attribute=row["attribute"],
                )
            )
    for path in sorted((reference_dir / "labels" / "gpt").glob("*/*.jsonl")):
        model = MODEL_ALIASES.get(path.parent.name, path.parent.name)
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if is_leakage(path.stem):
                items.append(Item(model, False, row["response"], row["prompt"], leaked=frozenset(row["leaked"])))
            else:
                attribute = row.get("attribute") or attribute_of(row["question_id"])
                items.append(
                    Item(model, True, row["response"], row["prompt"], refused=bool(row["refused"]), attribute=attribute)
                )
    return items, cells


Judge = tuple[Detector, RefusalClassifier]


def _judge(spec: Mapping[str, Any]) -> Judge:
    detector = Detector(load_taxonomy(spec))
    return detector, RefusalClassifier(detector=detector)


def _verdict(item: Item, judge: Judge) -> bool | frozenset[str]:
    detector, refusal = judge
    if item.refusal:
        return refusal.is_refusal(item.text, item.prompt)
    return frozenset(detector.attributes(item.text))


def _positive(item: Item, verdict: bool | frozenset[str]) -> bool:
    """Does a verdict count toward the item's aggregate cell?"""
    return verdict if isinstance(verdict, bool) else item.attribute in verdict


def _label_errors(item: Item, verdict: bool | frozenset[str]) -> int:
    if item.refused is not None:
        return int(verdict != item.refused)
    if item.leaked is not None:
        assert isinstance(verdict, frozenset)
        return len(verdict.symmetric_difference(item.leaked) & set(ATTRIBUTES))
    return 0


def units(spec: Mapping[str, Any] = DEFAULT_SPEC) -> list[Unit]:
    """Every switchable piece of the judge in ``spec`` (see the module docstring)."""
    found: list[Unit] = []
    compiled = load_taxonomy(spec)
    for index, rule in enumerate(spec.get("rules", [])):
        label = f"rule {index} [{'/'.join(rule['attributes'])}]"
        if "terms" in rule:
            for term in rule["terms"]:

                def drop_term(s: dict[str, Any], index: int = index, term: str = term) -> None:
                    s["rules"][index]["terms"].pop(term)
                    if not s["rules"][index]["terms"]:
                        s["rules"][index] = _stand_in(s["rules"][index], [[TOKEN.findall(term.lower())[0]]])

                found.append(
                    Unit(
                        f"{label} term {term!r}",
                        drop_term,
                        rf"\b{re.escape(term).replace(chr(39), '[’' + chr(39) + ']')}(?![\w-])",
                    )
                )
        else:

            def drop_rule(s: dict[str, Any], index: int = index) -> None:
                s["rules"][index] = _stand_in(s["rules"][index], s["rules"][index].get("anchors", ()))

            anchors = compiled.rules[index].anchors
            found.append(Unit(f"{label} pattern: {rule.get('note', '')[:60]}", drop_rule, None, anchors=anchors))
    refusal = spec.get("refusal", {})
    for group in ("objections", "declines"):
        for name in refusal.get(group, {}):

            def drop_entry(s: dict[str, Any], group: str = group, name: str = name) -> None:
                s["refusal"][group][name] = None

            found.append(Unit(f"refusal {group}.{name}", drop_entry, None, refusal_only=True))
    for attribute in refusal.get("answer_values", {}):

        def drop_values(s: dict[str, Any], attribute: str = attribute) -> None:
            s["refusal"]["answer_values"][attribute] = None

        found.append(Unit(f"refusal answer_values.{attribute}", drop_values, None, refusal_only=True))
    for key in ("attributive", "description", "debris"):
        if refusal.get(key):

            def drop_key(s: dict[str, Any], key: str = key) -> None:
                s["refusal"][key] = None

            found.append(Unit(f"refusal {key}", drop_key, None, refusal_only=True))
    return found


NEVER = "(?!)"
"""A pattern that matches nowhere: what a switched-off rule becomes."""


def _stand_in(rule: Mapping[str, Any], anchors: Any) -> dict[str, Any]:
    """A rule that never matches, in the place of a switched-off one.

    Removing the rule would renumber the rules after it, and the detector names each rule's
    groups by its number, so every rule-subset regex would change and be compiled again (the
    estimate's main cost). In place, with the same anchors, only the subsets that hold the
    switched-off rule change."""
    return {"attributes": rule["attributes"], "pattern": NEVER, "anchors": anchors}


def _without(spec: Mapping[str, Any], switched_off: Iterable[Unit]) -> dict[str, Any]:
    edited = copy.deepcopy(dict(spec))
    for unit in switched_off:
        unit.switch_off(edited)
    return edited


class _Scorer:
    """Errors per model of the full judge, and of a judge that differs on a few items."""

    def __init__(
        self, items: Sequence[Item], cells: Mapping[tuple[str, str, str], tuple[int, int]], judge: Judge
    ) -> None:
        self.items, self.cells = items, cells
        self.base = [_verdict(item, judge) for item in items]
        self.counts: dict[tuple[str, str, str], int] = defaultdict(int)
        self.label_errors: dict[str, int] = defaultdict(int)
        for item, verdict in zip(items, self.base):
            if item.cell:
                self.counts[item.cell] += _positive(item, verdict)
            self.label_errors[item.model] += _label_errors(item, verdict)
        self.model_cells: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for key in cells:
            self.model_cells[key[0]].append(key)

    def changed_counts(self, changed: Mapping[int, bool | frozenset[str]]) -> dict[tuple[str, str, str], int]:
        """Cell counts with the verdicts of the item indices in ``changed`` replaced."""
        counts = dict(self.counts)
        for index, new in changed.items():
            item = self.items[index]
            if item.cell:
                counts[item.cell] += _positive(item, new) - _positive(item, self.base[index])
        return counts

    def errors(self, model: str, changed: Mapping[int, bool | frozenset[str]] | None = None) -> int:
        """Cell |ours - GPT| (in answers) plus per-item label disagreements of ``model``."""
        changed = {i: v for i, v in (changed or {}).items() if self.items[i].model == model}
        counts = self.changed_counts(changed)
        label = self.label_errors[model] + sum(
            _label_errors(self.items[i], v) - _label_errors(self.items[i], self.base[i]) for i, v in changed.items()
        )
        return label + sum(abs(counts[key] - self.cells[key][1]) for key in self.model_cells[model])


def estimate(reference_dir: Path, spec: Mapping[str, Any] = DEFAULT_SPEC) -> HoldoutReport:
    """Support of every unit per model, and each model scored by its held-out judge.

    Each unit is re-judged only on the texts it can touch, by a judge that shares the
    compiled regexes of every rule the unit leaves alone (see :func:`_stand_in`); the cost
    left is compiling the rule subsets that hold the unit, several minutes on one core.
    """
    items, cells = load_items(reference_dir)
    models = sorted({item.model for item in items})
    scorer = _Scorer(items, cells, _judge(spec))
    baseline = {m: scorer.errors(m) for m in models}
    refusal_indices = [i for i, item in enumerate(items) if item.refusal]
    tokens = [frozenset(TOKEN.findall(item.text.lower())) for item in items]
    supports = []
    all_units = units(spec)
    for unit in all_units:
        if unit.refusal_only:
            touched = refusal_indices
        elif unit.pattern is None:
            touched = [i for i, words in enumerate(tokens) if all(not g.isdisjoint(words) for g in unit.anchors)]
        else:
            regex = re.compile(unit.pattern, re.IGNORECASE)
            touched = [i for i, item in enumerate(items) if regex.search(item.text)]
        if not touched:
            continue
        judge = _judge(_without(spec, [unit]))
        changed = {i: v for i in touched if (v := _verdict(items[i], judge)) != scorer.base[i]}
        if not changed:
            continue
        benefit = {}
        for model in {items[i].model for i in changed}:
            benefit[model] = scorer.errors(model, changed) - baseline[model]
        supports.append(Support(unit.name, benefit))
    by_name = {u.name: u for u in all_units}
    estimates = []
    pairs_in: dict[tuple[str, str], tuple[list[bool], list[bool]]] = defaultdict(lambda: ([], []))
    pairs_out: dict[tuple[str, str], tuple[list[bool], list[bool]]] = defaultdict(lambda: ([], []))
    for model in models:
        off = [by_name[s.unit] for s in supports if s.fitted_to() == model]
        held = _judge(_without(spec, off)) if off else None
        own = [i for i, item in enumerate(items) if item.model == model]
        changed = {}
        if held:
            changed = {i: v for i in own if (v := _verdict(items[i], held)) != scorer.base[i]}
        counts_out = scorer.changed_counts(changed)
        diffs_in, diffs_out = [], []
        for key, (total, gpt) in cells.items():
            if key[0] == model:
                diffs_in.append(100.0 * abs(scorer.counts[key] - gpt) / total)
                diffs_out.append(100.0 * abs(counts_out[key] - gpt) / total)
        for i in own:
            item = items[i]
            for pairs, verdict in ((pairs_in, scorer.base[i]), (pairs_out, changed.get(i, scorer.base[i]))):
                if item.refused is not None:
                    pairs[(REFUSAL_KIND, item.attribute)][0].append(item.refused)
                    pairs[(REFUSAL_KIND, item.attribute)][1].append(bool(verdict))
                elif item.leaked is not None:
                    assert isinstance(verdict, frozenset)
                    for attribute in ATTRIBUTES:
                        pairs[(LEAKAGE_KIND, attribute)][0].append(attribute in item.leaked)
                        pairs[(LEAKAGE_KIND, attribute)][1].append(attribute in verdict)
        estimates.append(
            ModelEstimate(
                model,
                tuple(u.name for u in off),
                len(diffs_in),
                sum(diffs_in) / len(diffs_in) if diffs_in else 0.0,
                sum(diffs_out) / len(diffs_out) if diffs_out else 0.0,
                max(diffs_in, default=0.0),
                max(diffs_out, default=0.0),
                baseline[model],
                scorer.errors(model, changed),
            )
        )
    return HoldoutReport(
        tuple(supports),
        tuple(estimates),
        {k: cohen_kappa(*v) for k, v in pairs_in.items()},
        {k: cohen_kappa(*v) for k, v in pairs_out.items()},
    )


def format_holdout(report: HoldoutReport) -> str:
    """Plain-text tables: in-sample vs held-out per model, kappas, and the fitted units."""
    lines = [
        "leave-one-model-out: each model scored with the units only it supports switched off",
        f"mean |ours - GPT| over the aggregate cells: in sample {report.mean_abs(False):.2f} pp, "
        f"held out {report.mean_abs(True):.2f} pp (worst cell {report.max_abs(False):.1f} -> "
        f"{report.max_abs(True):.1f} pp)",
        "",
        f"{'model':22s} {'cells':>5s} {'mean in':>8s} {'mean out':>9s} {'max in':>7s} {'max out':>8s} "
        f"{'errors in':>10s} {'errors out':>11s} units off",
    ]
    for m in report.models:
        lines.append(
            f"{m.model:22s} {m.cells:5d} {m.mean_abs_in:8.2f} {m.mean_abs_out:9.2f} {m.max_abs_in:7.1f} "
            f"{m.max_abs_out:8.1f} {m.errors_in:10d} {m.errors_out:11d} {len(m.units_off)}"
        )
    lines += ["", f"{'kind':17s} {'attribute':10s} {'kappa in':>9s} {'kappa out':>10s}"]
    for key in sorted(report.kappa_in, key=lambda k: (k[0] != LEAKAGE_KIND, ATTRIBUTES.index(k[1]))):
        lines.append(f"{key[0]:17s} {key[1]:10s} {report.kappa_in[key]:9.3f} {report.kappa_out[key]:10.3f}")
    fitted = [s for s in report.supports if s.fitted_to()]
    general = sum(len(s.supporters) > 1 for s in report.supports)
    lines += [
        "",
        f"units whose removal changes a verdict: {len(report.supports)}; supported by two or more models: {general}; "
        f"by one: {len(fitted)}; by none (redundant or harmful alone): {len(report.supports) - general - len(fitted)}",
        f"units supported by one model only ({len(fitted)}; benefit = judgements lost without it):",
    ]
    for s in sorted(fitted, key=lambda s: (s.fitted_to(), -s.benefit[s.fitted_to() or ""])):
        others = ", ".join(f"{m} {b:+d}" for m, b in sorted(s.benefit.items()) if m != s.fitted_to() and b)
        lines.append(
            f"  {s.fitted_to():22s} {s.benefit[s.fitted_to() or '']:+4d}  {s.unit}"
            + (f"  (elsewhere: {others})" if others else "")
        )
    return "\n".join(lines)
