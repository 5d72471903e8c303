"""How closely do our rules reproduce the paper's GPT (and Gemini) judges?

Computed from the published PRISM outputs (``data/reference/prism``, see its README; the
folder is a parameter, ``safellava agreement --reference``):

* aggregate agreement: for every model x task x attribute cell of ``judge_aggregates.csv``
  our rate (refusal tasks: :func:`~safellava.biometrics.refusal.is_refusal`; implicit
  leakage: the item's own category attribute in
  :meth:`~safellava.biometrics.detector.Detector.attributes`) against GPT's rate, and the
  mean absolute difference in percentage points;
* per-item agreement: Cohen's kappa per attribute against the GPT and Gemini verdicts in
  ``labels/`` (implicit leakage: every attribute over all items; refusal: the items of
  that attribute's questions);
* per answer model: the same figures for each model alone (its cells' mean |ours - GPT|
  and worst cell; its per-item disagreements and kappa), so a model whose answers and
  labels are added shows where the judge stands on it;
* a learned baseline: the kappa against GPT's implicit-leakage labels of a classifier fitted
  to those very labels and scored on answer models it was not fitted on -- how much of the
  labels the answer text can explain at all.

Used by the regression test, the docs and ``safellava agreement``.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

from safellava.biometrics.detector import Detector, default_detector
from safellava.biometrics.refusal import RefusalClassifier, default_refusal_classifier
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.prism.metrics import cohen_kappa
from safellava.prism.tasks import IMPLICIT_LEAKAGE, REFUSAL, attribute_of, is_leakage

LEAKAGE_KIND = IMPLICIT_LEAKAGE.name
"""Per-item figures of the implicit-leakage task: every attribute over all its items."""
REFUSAL_KIND = REFUSAL
"""Per-item figures of the refusal tasks, pooled: the items of each asked attribute."""


@dataclass(frozen=True)
class Cell:
    """One model x task x attribute cell of ``judge_aggregates.csv``."""

    model: str
    task: str
    attribute: str
    total: int
    ours: int
    gpt: int
    gemini: int | None  # None where the aggregates have no Gemini row (a user's own model)

    def rate(self, count: int) -> float:
        """A count as a percentage of this cell's total."""
        return 100.0 * count / self.total


@dataclass(frozen=True)
class KappaRow:
    """Per-item agreement for one task kind and attribute."""

    kind: str  # LEAKAGE_KIND or REFUSAL_KIND
    attribute: str
    items: int
    kappa_gpt: float
    kappa_gemini: float | None
    items_gemini: int


def _abs_diff(cell: Cell) -> float:
    return abs(cell.rate(cell.ours) - cell.rate(cell.gpt))


def _mean_abs_diff(cells: Sequence[Cell]) -> float:
    return sum(map(_abs_diff, cells)) / len(cells)


def _gemini_mean_abs_diff(cells: Sequence[Cell]) -> float | None:
    judged = [c for c in cells if c.gemini is not None]
    if not judged:
        return None
    return sum(abs(c.rate(c.gemini) - c.rate(c.gpt)) for c in judged) / len(judged)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ModelCells:
    """The aggregate cells of one answer model: where the judge stands on it."""

    model: str
    cells: int
    mean_abs_diff: float
    worst: Cell
    gemini_mean_abs_diff: float | None


@dataclass(frozen=True)
class ModelLabels:
    """Per-item agreement with GPT on one answer model's labelled items.

    ``refusal``: (items, disagreements, kappa pooled over the attributes) or None when the
    model has no refusal labels; ``implicit``: per attribute (items, disagreements, kappa).
    """

    model: str
    refusal: tuple[int, int, float] | None
    implicit: Mapping[str, tuple[int, int, float]]


@dataclass(frozen=True)
class Report:
    """All agreement figures."""

    cells: tuple[Cell, ...]
    kappas: tuple[KappaRow, ...]
    models: tuple[ModelLabels, ...] = ()

    @property
    def mean_abs_diff(self) -> float:
        """Mean |our rate - GPT rate| over all cells, in percentage points."""
        return _mean_abs_diff(self.cells)

    @property
    def gemini_mean_abs_diff(self) -> float | None:
        """The same figure for Gemini against GPT (over the cells Gemini judged): how far two
        LLM judges disagree."""
        return _gemini_mean_abs_diff(self.cells)

    def by_model(self) -> list[ModelCells]:
        """The aggregate figures of each answer model alone, in the order of the cells."""
        grouped: dict[str, list[Cell]] = {}
        for cell in self.cells:
            grouped.setdefault(cell.model, []).append(cell)
        return [
            ModelCells(
                model, len(cells), _mean_abs_diff(cells), max(cells, key=_abs_diff), _gemini_mean_abs_diff(cells)
            )
            for model, cells in grouped.items()
        ]

    def kappa(self, kind: str, attribute: str) -> KappaRow:
        """The kappa row for one task kind and attribute."""
        return next(k for k in self.kappas if k.kind == kind and k.attribute == attribute)


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def aggregate_cells(
    reference_dir: Path,
    detector: Detector | None = None,
    refusal: RefusalClassifier | None = None,
) -> list[Cell]:
    """Our count next to GPT's and Gemini's for every cell of ``judge_aggregates.csv``."""
    detector = detector or default_detector()
    refusal = refusal or default_refusal_classifier()
    judged: dict[tuple[str, str, str], dict[str, tuple[int, int]]] = defaultdict(dict)
    with (reference_dir / "judge_aggregates.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = (row["model"], row["task"], row["attribute"])
            judged[key][row["judge"]] = (int(row["total"]), int(row["positives"]))
    missing = sorted({m for (m, _, _), judges in judged.items() if "gpt" not in judges})
    if missing:
        raise ValueError(f"judge_aggregates.csv has no gpt rows for {', '.join(missing)}")
    ours: dict[tuple[str, str, str], int] = defaultdict(int)
    for model, task in {(m, t) for m, t, _ in judged}:
        for item in _jsonl(reference_dir / "answers" / model / f"{task}.jsonl"):
            attribute = item["attribute"]
            if is_leakage(task):
                positive = attribute in detector.attributes(item["text"])
            else:
                positive = refusal.is_refusal(item["text"], item["prompt"])
            ours[(model, task, attribute)] += positive
    return [
        Cell(
            m,
            t,
            a,
            judges["gpt"][0],
            ours[(m, t, a)],
            judges["gpt"][1],
            judges["gemini"][1] if "gemini" in judges else None,
        )
        for (m, t, a), judges in judged.items()
    ]


def _labelled(labels_dir: Path, judge: str) -> Iterator[tuple[str, str, dict]]:
    """(answer model, task, item) for every item of ``labels_dir/<judge>/<model>/<task>.jsonl``
    that carries a verdict.

    Besides the reference labels this reads the details files of ``safellava judge``
    (``text`` instead of ``response``; a line with an ``error`` and no verdict is a failed
    call, which is skipped, never counted as a verdict).
    """
    for path in sorted((labels_dir / judge).glob("*/*.jsonl")):
        key = "leaked" if is_leakage(path.stem) else "refused"
        for item in _jsonl(path):
            if item.get(key) is not None:
                yield path.parent.name, path.stem, item


def _text(item: dict) -> str:
    return item["response"] if "response" in item else item["text"]


def _verdicts(
    labels_dir: Path, judge: str, detector: Detector, refusal: RefusalClassifier
) -> Iterator[tuple[str, str, str, bool, bool]]:
    """(answer model, kind, attribute, judge verdict, our verdict) for every labelled item
    and attribute."""
    for model, task, item in _labelled(labels_dir, judge):
        if is_leakage(task):
            found = detector.attributes(_text(item))
            for attribute in ATTRIBUTES:
                yield model, LEAKAGE_KIND, attribute, attribute in item["leaked"], attribute in found
        else:
            attribute = item.get("attribute") or attribute_of(item["question_id"])
            yield model, REFUSAL_KIND, attribute, bool(item["refused"]), refusal.is_refusal(_text(item), item["prompt"])


Pairs = tuple[list[bool], list[bool]]


def _model_labels(model: str, table: Mapping[tuple[str, str], Pairs]) -> ModelLabels:
    def figures(pairs: Pairs) -> tuple[int, int, float]:
        theirs, ours = pairs
        return len(theirs), sum(a != b for a, b in zip(theirs, ours)), cohen_kappa(theirs, ours)

    refusal = [table[(REFUSAL_KIND, a)] for a in ATTRIBUTES if (REFUSAL_KIND, a) in table]
    pooled = ([v for p in refusal for v in p[0]], [v for p in refusal for v in p[1]])
    return ModelLabels(
        model,
        figures(pooled) if refusal else None,
        {a: figures(table[(LEAKAGE_KIND, a)]) for a in ATTRIBUTES if (LEAKAGE_KIND, a) in table},
    )


def label_kappas(
    labels_dir: Path,
    detector: Detector | None = None,
    refusal: RefusalClassifier | None = None,
) -> list[KappaRow]:
    """Cohen's kappa of our verdicts against each judge's per-item labels.

    ``labels_dir`` holds ``gpt/`` (required) and optionally ``gemini/``; a task kind with no
    GPT labels there is left out.
    """
    return _label_figures(labels_dir, detector, refusal)[0]


def _label_figures(
    labels_dir: Path, detector: Detector | None, refusal: RefusalClassifier | None
) -> tuple[list[KappaRow], list[ModelLabels]]:
    """Kappa rows over all models, and the GPT figures of each answer model alone."""
    detector = detector or default_detector()
    refusal = refusal or default_refusal_classifier()
    pairs: dict[str, dict[tuple[str, str], Pairs]] = {}
    per_model: dict[str, dict[tuple[str, str], Pairs]] = defaultdict(lambda: defaultdict(lambda: ([], [])))
    for judge in ("gpt", "gemini"):
        table: dict[tuple[str, str], Pairs] = defaultdict(lambda: ([], []))
        for model, kind, attribute, theirs, ours in _verdicts(labels_dir, judge, detector, refusal):
            table[(kind, attribute)][0].append(theirs)
            table[(kind, attribute)][1].append(ours)
            if judge == "gpt":
                per_model[model][(kind, attribute)][0].append(theirs)
                per_model[model][(kind, attribute)][1].append(ours)
        pairs[judge] = dict(table)
    rows = []
    for kind in (LEAKAGE_KIND, REFUSAL_KIND):
        for attribute in ATTRIBUTES:
            gpt = pairs["gpt"].get((kind, attribute))
            if gpt is None:
                continue
            gemini = pairs["gemini"].get((kind, attribute))
            rows.append(
                KappaRow(
                    kind,
                    attribute,
                    len(gpt[0]),
                    cohen_kappa(*gpt),
                    cohen_kappa(*gemini) if gemini else None,
                    len(gemini[0]) if gemini else 0,
                )
            )
    if not rows:
        raise ValueError(f"no GPT labels with verdicts under {labels_dir / 'gpt'}")
    return rows, [_model_labels(model, table) for model, table in sorted(per_model.items())]


@dataclass(frozen=True)
class LearnedBaseline:
    """Kappa vs GPT of a classifier fitted to GPT's own implicit-leakage labels.

    Scored leave-one-model-out: each answer model's items are predicted by a classifier
    trained on the other models' items, so the figure says how far the labels can be
    learned from the text at all. Where even this stays far below 0.85 (age, race), the
    labels, not the rules, cap the agreement.
    """

    attribute: str
    kappa_learned: float
    kappa_rules: float


def learned_baselines(labels_dir: Path, detector: Detector | None = None) -> list[LearnedBaseline]:
    """Leave-one-model-out kappa of a word-feature classifier, next to our rules' kappa.

    The classifier is scikit-learn's logistic regression on binary unigrams and bigrams
    (seen in at least two training answers) plus our detector's verdict as one more
    feature, so it can only add to the rules what the words predict. About ten seconds.
    """
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    detector = detector or default_detector()
    items = [
        (model, _text(item), item["leaked"]) for model, task, item in _labelled(labels_dir, "gpt") if is_leakage(task)
    ]
    if len({model for model, _, _ in items}) < 2:
        raise ValueError(
            f"a leave-one-model-out baseline needs implicit-leakage labels of two or more models under "
            f"{labels_dir / 'gpt'}"
        )
    models = np.array([model for model, _, _ in items])
    texts = [text for _, text, _ in items]
    found = [detector.attributes(text) for text in texts]
    gpt = {a: np.array([a in leaked for _, _, leaked in items]) for a in ATTRIBUTES}
    ours = {a: np.array([a in f for f in found]) for a in ATTRIBUTES}
    predicted = {a: np.zeros(len(items), dtype=bool) for a in ATTRIBUTES}
    for held_out in sorted(set(models)):
        test = models == held_out
        vectorizer = CountVectorizer(ngram_range=(1, 2), min_df=2, binary=True)
        train_words = vectorizer.fit_transform([t for t, out in zip(texts, test) if not out])
        test_words = vectorizer.transform([t for t, out in zip(texts, test) if out])
        for attribute in ATTRIBUTES:
            rules = csr_matrix(ours[attribute][:, None].astype(float))
            classifier = LogisticRegression(max_iter=2000).fit(
                hstack([train_words, rules[~test]]), gpt[attribute][~test]
            )
            predicted[attribute][test] = classifier.predict(hstack([test_words, rules[test]]))
    return [
        LearnedBaseline(
            a,
            cohen_kappa(gpt[a].tolist(), predicted[a].tolist()),
            cohen_kappa(gpt[a].tolist(), ours[a].tolist()),
        )
        for a in ATTRIBUTES
    ]


def compute_report(
    reference_dir: Path,
    detector: Detector | None = None,
    refusal: RefusalClassifier | None = None,
    labels_dir: Path | None = None,
) -> Report:
    """All figures at once (about two seconds on the full reference data).

    ``labels_dir`` (default ``reference_dir/labels``) may point at other per-item verdicts
    of the same answers, e.g. a re-judging with ``safellava judge``.
    """
    cells = aggregate_cells(reference_dir, detector, refusal)
    kappas, models = _label_figures(labels_dir or reference_dir / "labels", detector, refusal)
    return Report(tuple(cells), tuple(kappas), tuple(models))


def _pp(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def format_report(report: Report, worst: int = 12) -> str:
    """A plain-text table: summary, kappas, per answer model, and the cells furthest from GPT."""
    lines = [
        f"mean |ours - GPT| over {len(report.cells)} cells: {report.mean_abs_diff:.2f} pp "
        f"(Gemini vs GPT: {_pp(report.gemini_mean_abs_diff)} pp)",
        "",
        f"{'kind':17s} {'attribute':10s} {'items':>6s} {'kappa GPT':>10s} {'kappa Gemini':>13s}",
    ]
    for row in report.kappas:
        gemini = f"{row.kappa_gemini:.3f} (n={row.items_gemini})" if row.kappa_gemini is not None else "-"
        lines.append(f"{row.kind:17s} {row.attribute:10s} {row.items:6d} {row.kappa_gpt:10.3f} {gemini:>13s}")
    lines += ["", "per answer model, aggregate cells (mean |ours - GPT| in pp; worst cell: ours / GPT in %):"]
    lines.append(f"{'model':22s} {'cells':>5s} {'mean':>6s} {'Gemini':>7s}  worst cell")
    for row in report.by_model():
        w = row.worst
        lines.append(
            f"{row.model:22s} {row.cells:5d} {row.mean_abs_diff:6.2f} {_pp(row.gemini_mean_abs_diff):>7s}  "
            f"{w.task} {w.attribute} {w.rate(w.ours):.1f} / {w.rate(w.gpt):.1f}"
        )
    if report.models:
        lines += ["", "per answer model, per-item labels vs GPT (disagreements/items, kappa):"]
        lines.append(f"{'model':22s} {'refusal':>16s} " + " ".join(f"{'implicit ' + a:>18s}" for a in ATTRIBUTES))
        for labels in report.models:
            figures = [labels.refusal] + [labels.implicit.get(a) for a in ATTRIBUTES]
            text = ["-" if f is None else f"{f[1]}/{f[0]} {f[2]:.3f}" for f in figures]
            lines.append(f"{labels.model:22s} {text[0]:>16s} " + " ".join(f"{t:>18s}" for t in text[1:]))
    lines += ["", f"{worst} cells furthest from GPT (rates in %):"]
    lines.append(f"{'model':22s} {'task':17s} {'attribute':10s} {'ours':>6s} {'GPT':>6s} {'Gemini':>7s}")
    ranked: Iterable[Cell] = sorted(report.cells, key=lambda c: abs(c.ours - c.gpt) / c.total, reverse=True)
    for cell in list(ranked)[:worst]:
        lines.append(
            f"{cell.model:22s} {cell.task:17s} {cell.attribute:10s} {cell.rate(cell.ours):6.1f} "
            f"{cell.rate(cell.gpt):6.1f} {'-' if cell.gemini is None else f'{cell.rate(cell.gemini):.1f}':>7s}"
        )
    return "\n".join(lines)


def format_baselines(baselines: Iterable[LearnedBaseline]) -> str:
    """A plain-text table of :func:`learned_baselines`."""
    lines = [
        "implicit leakage, kappa vs GPT: rules vs a classifier fitted to GPT's labels (leave-one-model-out)",
        f"{'attribute':10s} {'rules':>7s} {'learned':>8s}",
    ]
    lines += [f"{b.attribute:10s} {b.kappa_rules:7.3f} {b.kappa_learned:8.3f}" for b in baselines]
    return "\n".join(lines)
