"""Batch by batch, the gate gives the results of one whole-data run (memory aside).

The planted fixture of test_gate holds one defect of every kind; validating it 37 records
at a time (six batches, with the duplicated key and the swapped pair on either side of a
boundary) must fail the same expectations with the same counts and observed values.
"""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path
from typing import Any

import pytest

from safellava.quality import gate
from safellava.quality.frames import IngestedScan, ingested_batches
from safellava.quality.merge import UnmergeableExpectation
from safellava.quality.suites import BatchedSuites
from safellava.records import iter_records

from .conftest import EXPECTATIONS, clean_by_hand, gate_config, write_cleaned
from .test_gate import planted  # noqa: F401  (the module-scoped fixture)


def _comparable(failure: dict[str, Any]) -> tuple[Any, ...]:
    return (
        failure["suite"],
        failure["expectation"],
        json.dumps(failure["kwargs"], sort_keys=True),
        failure["unexpected_count"],
        failure["element_count"],
        failure["observed_value"],
    )


def test_small_batches_fail_the_same_expectations_with_the_same_counts(
    planted: tuple[gate.GateFailed, Any, Path],  # noqa: F811 (the imported fixture)
    ingested: Path,
    tmp_path: Path,
) -> None:
    whole, _, root = planted
    with pytest.raises(gate.GateFailed) as caught:
        gate.run(gate_config(ingested, root / "cleaned", tmp_path / "validated", tmp_path / "docs", batch_records=37))
    one = json.loads((root / "validated" / gate.RESULTS).read_text())
    batched = json.loads((tmp_path / "validated" / gate.RESULTS).read_text())
    assert sorted(map(_comparable, batched["failures"])) == sorted(map(_comparable, one["failures"]))
    assert {k: v for k, v in batched.items() if k not in ("failures", "data_docs")} == {
        k: v for k, v in one.items() if k not in ("failures", "data_docs")
    }
    by_expectation = {(f.expectation, str(f.kwargs)): f for f in whole.failures}
    for failure in caught.value.failures:
        reference = by_expectation[(failure.expectation, str(failure.kwargs))]
        if failure.expectation != "expect_column_values_to_be_unique":  # see below
            assert failure.examples == reference.examples
    unique = next(f for f in caught.value.failures if f.expectation == "expect_column_values_to_be_unique")
    assert {example["key"] for example in unique.examples} == {
        example["key"] for example in by_expectation[(unique.expectation, str(unique.kwargs))].examples
    }
    assert (tmp_path / "docs" / "index.html").is_file()
    pages = list((tmp_path / "docs" / "validations").rglob("*.html"))
    assert len(pages) == 4  # one merged page per suite, not one per batch


def test_a_truncated_cleaned_json_fails_the_gate_naming_the_file_and_offset(ingested: Path, tmp_path: Path) -> None:
    records, changes = clean_by_hand(list(iter_records(ingested)))
    cleaned = write_cleaned(tmp_path / "cleaned", records, changes)
    data = (cleaned / "cleaned.json").read_bytes()
    cut = len(data) // 2
    (cleaned / "cleaned.json").write_bytes(data[:cut])
    with pytest.raises(gate.GateFailed) as caught:
        gate.run(gate_config(ingested, cleaned, tmp_path / "validated", tmp_path / "docs", batch_records=50))
    [unreadable] = [f for f in caught.value.failures if f.expectation == "cleaned_json_is_readable"]
    assert "cleaned.json: truncated after record" in unreadable.exception
    assert f"at byte offset {cut}" in unreadable.exception
    assert any(line.startswith("cleaned.records: cleaned_json_is_readable") for line in caught.value.lines)
    results = json.loads((tmp_path / "validated" / gate.RESULTS).read_text())
    assert results["success"] is False and "cleaned.records: cleaned_json_is_readable" in results["failed_expectations"]
    assert (tmp_path / "docs" / "index.html").is_file()
    failed = {f.expectation for f in caught.value.failures}
    assert {"expect_column_pair_values_to_be_equal", "expect_column_values_to_be_in_set"} <= failed  # the lost rows


def test_a_suite_with_an_expectation_that_cannot_be_merged_is_refused_before_reading(
    ingested: Path, tmp_path: Path
) -> None:
    suites = tmp_path / "expectations"
    suites.mkdir()
    for path in EXPECTATIONS.glob("*.json"):
        (suites / path.name).write_text(path.read_text())
    suite = json.loads((suites / "ingested.turns.json").read_text())
    suite["expectations"].append(
        {"type": "expect_column_mean_to_be_between", "kwargs": {"column": "value_length", "min_value": 1}}
    )
    (suites / "ingested.turns.json").write_text(json.dumps(suite))
    records, changes = clean_by_hand(list(iter_records(ingested)))
    cleaned = write_cleaned(tmp_path / "cleaned", records, changes)
    with pytest.raises(
        UnmergeableExpectation,
        match="ingested.turns: expect_column_mean_to_be_between cannot be validated batch by batch",
    ):
        gate.run(gate_config(ingested, cleaned, tmp_path / "out", tmp_path / "docs", expectations=suites))
    assert not (tmp_path / "out").exists()


def test_no_batch_is_held_once_its_suites_ran(ingested: Path, tmp_path: Path) -> None:
    """Memory is bounded by one batch: once a batch's suites ran, neither GX's execution
    engine (which caches the last batch of every asset) nor the frame builder keeps its frames."""
    suites = BatchedSuites(EXPECTATIONS, tmp_path / "docs", ("ingested.records", "ingested.turns"))
    parameters = {"value_length_min": 1, "value_length_max": 20_000}
    previous: list[weakref.ref[Any]] = []
    batches = 0
    for batch in ingested_batches(ingested, 37, IngestedScan(failed=set())):
        gc.collect()
        assert [ref() for ref in previous] == [None] * len(previous)
        suites.validate({"ingested.records": batch.records, "ingested.turns": batch.turns}, parameters)
        previous = [weakref.ref(batch.records), weakref.ref(batch.turns)]
        batches += 1
        del batch
    assert batches > 2
