"""The validate stage: the data-quality gate between cleaning and training.

:func:`run` flattens the ingest and clean outputs into frames, ``batch_records`` records at
a time, runs the four suites of ``expectations/`` on each batch and merges the results (so
memory stays bounded by the batch, whatever the size of the data), renders the Data Docs,
writes ``results.json`` and returns a summary. A ``cleaned.json`` that cannot be read to
the end is a failure of its own, naming the file and the byte offset. When any expectation
fails it still writes both, then raises :class:`GateFailed` naming every failed
expectation with a few offending record keys and ids, so `dvc repro` stops
before ``train`` and the Prefect flow run ends Failed with the reason in its log.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from safellava.biometrics.refusal import DEFAULT_REFUSAL
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.cleaning.faithfulness import CorpusStatistics, FaithfulnessConfig
from safellava.quality.frames import CLEANED_JSON, CleanedSource, IngestedScan, failed_keys, ingested_batches
from safellava.quality.leakage import OVERALL
from safellava.quality.suites import BatchedSuites, Failure, SuiteResult
from safellava.records import shard_paths

RESULTS = "results.json"
SUITES = ("ingested.records", "ingested.turns", "cleaned.records", "cleaned.turns")
LEAKAGE_KEYS = (OVERALL, *ATTRIBUTES)
_LEAKAGE_EXPECTATION = "expect_residual_biometric_leakage_to_be_at_most"
_UNFAITHFUL_EXPECTATION = "expect_unfaithful_rewrite_share_to_be_at_most"


class GateFailed(RuntimeError):
    """Some expectations do not hold; ``summary`` and ``failures`` say which and where."""

    def __init__(self, summary: dict[str, Any], failures: list[Failure], examples: int) -> None:
        lines = [failure.describe(examples) for failure in failures]
        super().__init__(f"data-quality gate failed: {len(failures)} expectation(s) do not hold\n" + "\n".join(lines))
        self.summary = summary
        self.failures = failures
        self.examples = examples
        self.lines = lines

    def __reduce__(self) -> tuple[Any, ...]:
        """Rebuild from the constructor's arguments: Prefect pickles a failed task's exception."""
        return (type(self), (self.summary, self.failures, self.examples))


@dataclass(frozen=True)
class ValueLength:
    """Bounds of every turn's length after stripping whitespace (characters)."""

    min: int = 1
    max: int = 20_000


@dataclass(frozen=True)
class ValidateConfig:
    """``params.yaml`` ``validate:``, plus the refusal set the cleaner inserts
    (``clean.refusals``), which the gate must agree with, and the faithfulness signal's
    definition (``clean.faithfulness``), so both stages grade alike."""

    SECTION: ClassVar[str] = "validate"
    BORROWED: ClassVar[dict[str, str]] = {"refusals": "clean.refusals", "faithfulness": "clean.faithfulness"}

    ingested: str = "data/ingested"
    cleaned: str = "data/cleaned"
    output: str = "data/validated"
    expectations: str = "expectations"
    data_docs: str = "reports/data_docs"
    value_length: ValueLength = field(default_factory=ValueLength)
    # Per attribute and ``overall``: the largest share of cleaned records whose gpt turns
    # still reveal it (every key of LEAKAGE_KEYS must have a bound).
    max_leakage: dict[str, float] = field(default_factory=dict)
    max_unfaithful_share: float = 0.10
    examples: int = 5
    # Records validated at a time (memory, not results, depends on it).
    batch_records: int = 50_000
    refusals: tuple[str, ...] = (DEFAULT_REFUSAL,)
    faithfulness: FaithfulnessConfig = field(default_factory=FaithfulnessConfig)

    def artifacts(self) -> list[Path]:
        """The file a tracked run keeps: every failed expectation with its offending records."""
        return [Path(self.output) / RESULTS]


def run(config: ValidateConfig) -> dict[str, Any]:
    """Validate ``config.ingested`` and ``config.cleaned``; write ``results.json`` and the Data Docs.

    ``max_leakage`` bounds, per attribute and ``overall``, the share of cleaned records
    whose gpt turns still reveal it; ``refusals`` is the set a biometric request must be
    answered with; ``value_length`` bounds every turn's stripped length;
    ``max_unfaithful_share`` bounds the share of rewritten turns the faithfulness signal
    (``faithfulness``, scored against the ingested data) flags. Returns the summary; raises
    :class:`GateFailed` (after writing everything) when the gate is shut.
    """
    ingested, cleaned, output = Path(config.ingested), Path(config.cleaned), Path(config.output)
    expectations, data_docs = Path(config.expectations), Path(config.data_docs)
    max_leakage, refusals, faithfulness = config.max_leakage, config.refusals, config.faithfulness
    _check_inputs(ingested, cleaned, expectations)
    missing = [name for name in LEAKAGE_KEYS if name not in max_leakage]
    if missing:
        raise ValueError(f"max_leakage has no bound for {', '.join(missing)}")
    if not refusals:
        raise ValueError("the refusal set is empty (params clean.refusals)")
    if config.batch_records < 1:
        raise ValueError(f"batch_records must be at least 1, got {config.batch_records}")
    suites = BatchedSuites(expectations, data_docs, SUITES)
    parameters: dict[str, Any] = {
        "value_length_min": config.value_length.min,
        "value_length_max": config.value_length.max,
        "refusals": list(refusals),
        **{f"max_leakage_{name}": float(max_leakage[name]) for name in LEAKAGE_KEYS},
        "max_unfaithful_share": float(config.max_unfaithful_share),
    }
    scan = IngestedScan(failed=failed_keys(cleaned), corpus=CorpusStatistics(sketch_bits=faithfulness.sketch_bits))
    for batch in ingested_batches(ingested, config.batch_records, scan):
        suites.validate({"ingested.records": batch.records, "ingested.turns": batch.turns}, parameters)
        del batch  # not held while the next batch is read
    parameters["expected_records"] = scan.expected_records
    source = CleanedSource(cleaned, ingested, scan, refusals, scan.corpus, faithfulness)
    for batch in source.batches(config.batch_records):
        suites.validate({"cleaned.records": batch.records, "cleaned.turns": batch.turns}, parameters)
        del batch
    unreadable = [_unreadable(error) for error in source.problems]
    results = suites.finish({"cleaned.records": unreadable})
    summary = _summary(results, suites.rows)
    failures = [failure for result in results for failure in result.failures]
    output.mkdir(parents=True, exist_ok=True)
    report = {
        **summary,
        "failures": [failure.as_dict(config.examples) for failure in failures],
        "observed": {result.suite: result.observed for result in results},
        "parameters": parameters,
        "data_docs": str(data_docs / "index.html"),
    }
    (output / RESULTS).write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    if failures:
        raise GateFailed(summary, failures, config.examples)
    return summary


def _unreadable(error: Exception) -> Failure:
    """A failure for an input file the gate could not read to the end (not a GX result)."""
    name = getattr(error, "name", "")
    return Failure(
        suite="cleaned.records",
        expectation="cleaned_json_is_readable",
        kwargs={"file": name},
        unexpected_count=None,
        element_count=None,
        observed_value=None,
        examples=[],
        values=[],
        exception=str(error),
    )


def _check_inputs(ingested: Path, cleaned: Path, expectations: Path) -> None:
    """Fail fast, with the path, when a stage output or suite is missing."""
    if not shard_paths(ingested):
        raise FileNotFoundError(f"{ingested}: no records-*.jsonl shards (run `safellava ingest` first)")
    if not shard_paths(cleaned) or not (cleaned / CLEANED_JSON).is_file():
        raise FileNotFoundError(f"{cleaned}: no records-*.jsonl shards or {CLEANED_JSON} (run `safellava clean` first)")
    if not expectations.is_dir():
        raise FileNotFoundError(f"{expectations}: no expectation suites directory")


def _summary(results: list[SuiteResult], rows: Mapping[str, int]) -> dict[str, Any]:
    """Per dataset: success, rows, expectation counts; for cleaned, the leakage shares too.

    Its numeric leaves become MLflow metrics (``validate.cleaned.leakage.age``).
    """
    summary: dict[str, Any] = {"success": all(result.success for result in results)}
    for result in results:
        dataset, frame = result.suite.split(".", 1)
        entry = summary.setdefault(dataset, {"success": True, "evaluated": 0, "failed": 0})
        entry["success"] = entry["success"] and result.success
        entry["evaluated"] += result.evaluated
        entry["failed"] += result.evaluated - result.successful
        entry[frame] = rows[result.suite]
        leakage = {
            name.rsplit(".", 1)[1]: value
            for name, value in result.observed.items()
            if name.startswith(_LEAKAGE_EXPECTATION)
        }
        if leakage:
            entry["leakage"] = leakage
        unfaithful = result.observed.get(_UNFAITHFUL_EXPECTATION)
        if unfaithful is not None:
            entry["unfaithful_share"] = unfaithful
    summary["failed_expectations"] = [
        f"{result.suite}: {failure.expectation}" for result in results for failure in result.failures
    ]
    return summary
