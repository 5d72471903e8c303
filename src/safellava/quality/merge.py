"""Combine the per-batch GX results of one suite into the result of the whole dataset.

The gate validates a few tens of thousands of records at a time so that its memory does
not grow with the data (see :mod:`safellava.quality.suites`). Each expectation's batch
results are merged by what the expectation measures:

- row-wise (map) expectations (``expect_column_values_to_be_in_set``, pair equality, ...):
  counts add up, the offending examples are concatenated in row order (GX keeps 20), and
  success is recomputed from the totals and ``mostly``;
- ``expect_column_values_to_be_unique``: a value repeated *across* batches is invisible to
  each batch, so :class:`UniqueValues` hashes every value (8 bytes a row) and the merge
  counts every row whose value occurs twice anywhere, as GX does on a whole frame;
- table row counts: the observed counts add up and the bounds are checked on the total;
- any other expectation must say how its batch results combine, with a classmethod
  ``merge_batch_results(kwargs, results) -> (success, result)`` (the residual-leakage
  expectation does). One without it is refused when the suites are loaded, before any
  data is read, rather than validated wrongly.

A batch that raised an exception makes the merged result that exception.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from great_expectations.core.expectation_validation_result import ExpectationValidationResult
from great_expectations.expectations.expectation import (
    ColumnMapExpectation,
    ColumnPairMapExpectation,
    MulticolumnMapExpectation,
)
from great_expectations.expectations.registry import get_expectation_impl

EXAMPLES = 20  # what GX keeps of ``partial_unexpected_list`` in the SUMMARY format
UNIQUE = "expect_column_values_to_be_unique"
ROW_COUNTS = ("expect_table_row_count_to_be_between", "expect_table_row_count_to_equal")
# Map expectations that compare rows with each other: a batch boundary would hide a violation.
CROSS_ROW = (
    "expect_compound_columns_to_be_unique",
    "expect_multicolumn_values_to_be_unique",
    "expect_select_column_values_to_be_unique_within_record_set",
    "expect_column_values_to_be_increasing",
    "expect_column_values_to_be_decreasing",
)


class UnmergeableExpectation(ValueError):
    """A suite names an expectation whose batch results cannot be combined."""


def check_mergeable(suite: str, expectation_type: str) -> None:
    """Raise :class:`UnmergeableExpectation` unless batch results of this type can be merged."""
    if expectation_type in ROW_COUNTS or expectation_type == UNIQUE:
        return
    implementation = get_expectation_impl(expectation_type)
    if hasattr(implementation, "merge_batch_results"):
        return
    is_map = issubclass(implementation, (ColumnMapExpectation, ColumnPairMapExpectation, MulticolumnMapExpectation))
    if not is_map or expectation_type in CROSS_ROW:
        raise UnmergeableExpectation(
            f"{suite}: {expectation_type} cannot be validated batch by batch; give its class a "
            "merge_batch_results classmethod (see safellava/quality/merge.py) or validate on a "
            "Spark/Dask datasource (docs/quality.md)"
        )


def value_hashes(values: pd.Series) -> np.ndarray:
    """64-bit hashes of the non-null values; the type is part of the hash (``1`` ≠ ``"1"``)."""
    present = values[~values.isna()]
    typed = present.map(lambda value: f"{type(value).__name__}:{value}")
    return pd.util.hash_pandas_object(typed, index=False).to_numpy(dtype=np.uint64)


class UniqueValues:
    """Every value of one column across all batches, as hashes, for the uniqueness check.

    The rows of a batch whose value already occurred in an earlier batch are kept as
    examples while the batch is at hand, since the batch is gone when the merge runs.
    """

    def __init__(self, column: str, index_columns: Sequence[str]) -> None:
        self.column = column
        self.index_columns = list(index_columns)
        self._seen = np.empty(0, dtype=np.uint64)  # sorted
        self.examples: list[dict[str, Any]] = []
        self.values: list[Any] = []

    def add(self, frame: pd.DataFrame) -> None:
        present = frame[~frame[self.column].isna()]
        hashes = value_hashes(present[self.column])
        if len(self.examples) < EXAMPLES and self._seen.size:
            position = np.searchsorted(self._seen, hashes).clip(max=self._seen.size - 1)
            repeated = present[self._seen[position] == hashes].head(EXAMPLES - len(self.examples))
            columns = [self.column, *[name for name in self.index_columns if name != self.column]]
            self.examples.extend(repeated[columns].to_dict("records"))
            self.values.extend(repeated[self.column].tolist())
        self._seen = np.sort(np.concatenate([self._seen, hashes]))

    def repeated_rows(self) -> int:
        """Rows whose value occurs more than once in the whole column (GX's unexpected_count)."""
        values = self._seen
        if values.size < 2:
            return 0
        same = values[1:] == values[:-1]
        in_group = np.zeros(values.size, dtype=bool)
        in_group[1:] |= same
        in_group[:-1] |= same
        return int(in_group.sum())


def merge(
    expectation_type: str,
    batches: Sequence[ExpectationValidationResult],
    unique: UniqueValues | None = None,
) -> ExpectationValidationResult:
    """One expectation's result over all batches (``batches`` in row order)."""
    failed = next((result for result in batches if (result.exception_info or {}).get("raised_exception")), None)
    if failed is not None or len(batches) == 1:  # one batch: GX's own result is the whole answer
        return failed or batches[0]
    config = batches[0].expectation_config
    kwargs = dict(config.kwargs)
    results = [result.result or {} for result in batches]
    if expectation_type in ROW_COUNTS:
        success, merged = _row_count(expectation_type, kwargs, results)
    elif expectation_type == UNIQUE and unique is not None:
        success, merged = _map(kwargs, results, unique)
    elif hasattr(implementation := get_expectation_impl(expectation_type), "merge_batch_results"):
        success, merged = implementation.merge_batch_results(kwargs, results)
    else:
        success, merged = _map(kwargs, results)
    return ExpectationValidationResult(
        success=success,
        expectation_config=config,
        result=merged,
        meta=batches[0].meta,
        exception_info=batches[0].exception_info,
    )


def _row_count(
    expectation_type: str, kwargs: Mapping[str, Any], results: Sequence[dict[str, Any]]
) -> tuple[bool, dict[str, Any]]:
    rows = sum(int(result.get("observed_value") or 0) for result in results)
    if expectation_type == "expect_table_row_count_to_equal":
        return rows == kwargs["value"], {"observed_value": rows}
    low, high = kwargs.get("min_value"), kwargs.get("max_value")
    above = low is None or (rows > low if kwargs.get("strict_min") else rows >= low)
    below = high is None or (rows < high if kwargs.get("strict_max") else rows <= high)
    return above and below, {"observed_value": rows}


def _map(
    kwargs: Mapping[str, Any], results: Sequence[dict[str, Any]], unique: UniqueValues | None = None
) -> tuple[bool, dict[str, Any]]:
    elements = sum(result.get("element_count", 0) for result in results)
    missing = sum(result.get("missing_count", 0) for result in results)
    values = [value for result in results for value in result.get("partial_unexpected_list", [])]
    indexes = [row for result in results for row in result.get("partial_unexpected_index_list", [])]
    if unique is not None:
        unexpected = unique.repeated_rows()
        values += unique.values
        indexes += unique.examples
    else:
        unexpected = sum(result.get("unexpected_count", 0) for result in results)
    present = elements - missing
    mostly = float(kwargs.get("mostly", 1.0))
    share = unexpected / present if present else 0.0
    success = unexpected == 0 if mostly >= 1 else (1 - share) >= mostly
    merged: dict[str, Any] = {
        "element_count": elements,
        "unexpected_count": unexpected,
        "unexpected_percent": 100 * share,
        "partial_unexpected_list": values[:EXAMPLES],
        "missing_count": missing,
        "missing_percent": 100 * missing / elements if elements else None,
        "unexpected_percent_total": 100 * unexpected / elements if elements else None,
        "unexpected_percent_nonmissing": 100 * share,
        "partial_unexpected_counts": _counts(values[:EXAMPLES]),
    }
    names = next(
        (result["unexpected_index_column_names"] for result in results if "unexpected_index_column_names" in result),
        None,
    )
    if names is not None:
        merged["unexpected_index_column_names"] = names
        merged["partial_unexpected_index_list"] = indexes[:EXAMPLES]
    return success, merged


def _counts(values: Sequence[Any]) -> list[dict[str, Any]]:
    """GX's ``partial_unexpected_counts``: each example value with its count, most frequent first."""
    counted: dict[str, list[Any]] = {}
    for value in values:
        entry = counted.setdefault(json.dumps(value, default=str, sort_keys=True), [value, 0])
        entry[1] += 1
    return [{"value": value, "count": count} for value, count in sorted(counted.values(), key=lambda item: -item[1])]


def merge_shares(
    kwargs: Mapping[str, Any], results: Sequence[dict[str, Any]], bound: str, examples: int = EXAMPLES
) -> tuple[bool, dict[str, Any]]:
    """Merge a "share of rows at most ``kwargs[bound]``" expectation (counts add up)."""
    elements = sum(result.get("element_count", 0) for result in results)
    unexpected = sum(result.get("unexpected_count", 0) for result in results)
    share = unexpected / elements if elements else 0.0
    indexes = [row for result in results for row in result.get("partial_unexpected_index_list", [])]
    return share <= float(kwargs[bound]), {
        "observed_value": share,
        "element_count": elements,
        "unexpected_count": unexpected,
        "unexpected_percent": 100 * share,
        "partial_unexpected_index_list": indexes[:examples],
    }
