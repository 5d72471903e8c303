"""Load the versioned suites from ``expectations/`` and run them on DataFrames with GX.

A suite file is GX 1.x suite JSON named after the frame it checks
(``expectations/cleaned.records.json`` runs on the ``cleaned.records`` frame). Knobs that
belong to ``params.yaml`` (length bounds, refusal set, leakage bounds) appear in the JSON
as ``{"$PARAMETER": "name"}`` and are supplied per run, so changing a bound does not
edit a versioned suite.

:class:`BatchedSuites` runs each suite on one batch of rows at a time (a GX Validator on a
whole-DataFrame batch of the suite's asset), so memory is bounded by the batch, not the
data; :mod:`safellava.quality.merge` combines the batch results of each expectation into
one result per suite, which is stored as that suite's validation result. The Data Docs
site at ``data_docs`` is then rendered once for all four (HTML, one page per validation
run plus an index; rendering per suite, as a Checkpoint's ``UpdateDataDocsAction`` would,
costs a full site rebuild each time). The context is ephemeral: the suites' source of
truth is the repository, not a ``gx/`` project directory.
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import great_expectations as gx
import pandas as pd
from great_expectations.core.expectation_validation_result import ExpectationSuiteValidationResult
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.base import (
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)
from great_expectations.validator.v1_validator import Validator
from great_expectations.validator.validation_statistics import calc_validation_statistics

from safellava.quality import faithfulness, leakage  # noqa: F401  (register the custom expectations with GX)
from safellava.quality.merge import UNIQUE, UniqueValues, check_mergeable, merge

SITE = "safellava"
INDEX_COLUMNS = ["key", "id"]


@dataclass(frozen=True)
class Failure:
    """One expectation that did not hold, with enough detail to find the offending records."""

    suite: str
    expectation: str
    kwargs: dict[str, Any]
    unexpected_count: int | None
    element_count: int | None
    observed_value: Any
    examples: list[dict[str, Any]]
    values: list[Any]
    exception: str | None = None

    def describe(self, examples: int = 5) -> str:
        """``suite: expectation(args): what went wrong; e.g. key=..., id=...`` on one line."""
        args = ", ".join(f"{name}={value}" for name, value in self.kwargs.items())
        head = f"{self.suite}: {self.expectation}({args})"
        if self.exception:
            return f"{head}: error: {self.exception}"
        parts = []
        if self.unexpected_count is not None:
            parts.append(f"{self.unexpected_count} of {self.element_count} rows")
        if self.observed_value is not None:
            parts.append(f"observed {self.observed_value}")
        shown = [
            ", ".join(f"{name}={_short(value)}" for name, value in row.items()) for row in self.examples[:examples]
        ]
        if shown:
            parts.append("e.g. " + "; ".join(f"[{row}]" for row in shown))
        elif self.values:
            parts.append("values " + ", ".join(_short(value) for value in self.values[:examples]))
        return f"{head}: " + "; ".join(parts)

    def as_dict(self, examples: int = 5) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "expectation": self.expectation,
            "kwargs": self.kwargs,
            "unexpected_count": self.unexpected_count,
            "element_count": self.element_count,
            "observed_value": self.observed_value,
            "examples": self.examples[:examples],
            "values": self.values[:examples],
            "exception": self.exception,
        }


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass
class SuiteResult:
    """The outcome of one suite on one frame."""

    suite: str
    success: bool
    evaluated: int
    successful: int
    failures: list[Failure] = field(default_factory=list)
    observed: dict[str, Any] = field(default_factory=dict)


def load_suite(path: Path) -> gx.ExpectationSuite:
    """Parse a suite file; GX validates each expectation's type and kwargs on the way in."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return gx.ExpectationSuite(**data)


def new_context(data_docs: Path) -> Any:
    """An in-memory GX context whose one Data Docs site writes HTML to ``data_docs``.

    Analytics are off (the pipeline runs offline) and so are progress bars (they would
    clutter logs of `dvc repro` and Prefect).
    """
    site = {
        "class_name": "SiteBuilder",
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(data_docs.resolve())},
    }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
        data_docs_sites={SITE: site},
    )
    return gx.get_context(mode="ephemeral", project_config=config)


RESULT_FORMAT = {"result_format": "SUMMARY", "unexpected_index_column_names": INDEX_COLUMNS}


class BatchedSuites:
    """The suites of ``names``, validated one batch of rows at a time and merged at the end.

    Every suite is loaded (and checked to be mergeable) before any data is read. Call
    :meth:`validate` with each batch's frames in row order, then :meth:`finish`.
    """

    def __init__(self, expectations: Path, data_docs: Path, names: Iterable[str]) -> None:
        self.context = new_context(data_docs)
        source = self.context.data_sources.add_pandas("safellava")
        self.source = source
        self.suites: dict[str, gx.ExpectationSuite] = {}
        self.batch_definitions: dict[str, Any] = {}
        self.definitions: dict[str, gx.ValidationDefinition] = {}
        self.batches: dict[str, list[ExpectationSuiteValidationResult]] = {}
        self.rows: dict[str, int] = {}
        self.uniques: dict[str, dict[int, UniqueValues]] = {}
        for name in names:
            suite = self.context.suites.add(load_suite(expectations / f"{name}.json"))
            for expectation in suite.expectations:
                check_mergeable(name, expectation.expectation_type)
            batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("all")
            self.suites[name], self.batch_definitions[name] = suite, batch
            self.definitions[name] = self.context.validation_definitions.add(
                gx.ValidationDefinition(name=name, data=batch, suite=suite)
            )
            self.batches[name], self.rows[name] = [], 0
            self.uniques[name] = {
                index: UniqueValues(expectation.column, INDEX_COLUMNS)  # type: ignore[attr-defined]
                for index, expectation in enumerate(suite.expectations)
                if expectation.expectation_type == UNIQUE
            }

    def validate(self, frames: Mapping[str, pd.DataFrame], parameters: Mapping[str, Any]) -> None:
        """Run each frame's suite on this batch of its rows."""
        for name, frame in frames.items():
            validator = Validator(
                batch_definition=self.batch_definitions[name],
                batch_parameters={"dataframe": frame},
                result_format=RESULT_FORMAT,
            )
            self.batches[name].append(validator.validate_expectation_suite(self.suites[name], dict(parameters)))
            self._release()
            for unique in self.uniques[name].values():
                unique.add(frame)
            self.rows[name] += len(frame)

    def _release(self) -> None:
        """Drop the batch GX keeps loaded in the data source's execution engine.

        The engine caches the last batch of every asset, so without this the frames of a
        batch would stay in memory while the next batch is read (and the last ingested
        batch all through the cleaned suites).
        """
        manager = self.source.get_execution_engine().batch_manager
        manager.reset_batch_cache()
        manager.batch_data_cache.clear()

    def finish(self, extra_failures: Mapping[str, list[Failure]] | None = None) -> list[SuiteResult]:
        """Merge each suite's batches, store the results, render the Data Docs once."""
        results = []
        for name, batches in self.batches.items():
            validation = self._merged(name, batches)
            self._store(name, validation)
            result = _suite_result(name, validation)
            for failure in (extra_failures or {}).get(name, []):  # counted as a failed expectation
                result.failures.append(failure)
                result.evaluated += 1
                result.success = False
            results.append(result)
        self.context.build_data_docs(site_names=[SITE])
        return results

    def _merged(self, name: str, batches: list[ExpectationSuiteValidationResult]) -> ExpectationSuiteValidationResult:
        if not batches:
            raise ValueError(f"{name}: no batch was validated")
        first = batches[0]
        merged = [
            merge(
                config_result.expectation_config.type,
                [batch.results[index] for batch in batches],
                self.uniques[name].get(self._suite_index(name, config_result)),
            )
            for index, config_result in enumerate(first.results)
        ]
        statistics = calc_validation_statistics(merged)
        return ExpectationSuiteValidationResult(
            success=statistics.success,
            results=merged,
            suite_name=first.suite_name,
            suite_parameters=first.suite_parameters,
            statistics={
                "evaluated_expectations": statistics.evaluated_expectations,
                "successful_expectations": statistics.successful_expectations,
                "unsuccessful_expectations": statistics.unsuccessful_expectations,
                "success_percent": statistics.success_percent,
            },
            meta=dict(first.meta),
            batch_id=first.batch_id,
        )

    def _suite_index(self, name: str, result: Any) -> int:
        """Position of a result's expectation in the suite (GX keeps each config's id)."""
        for index, expectation in enumerate(self.suites[name].expectations):
            if expectation.id == result.expectation_config.id:
                return index
        return -1

    def _store(self, name: str, validation: ExpectationSuiteValidationResult) -> None:
        """Store the merged result as ``ValidationDefinition.run`` stores one (for Data Docs)."""
        run_id = RunIdentifier(run_time=datetime.datetime.now(datetime.timezone.utc))
        validation.meta["validation_id"] = self.definitions[name].id
        validation.meta["checkpoint_id"] = None
        validation.meta["run_id"] = run_id
        validation.meta["validation_time"] = run_id.run_time
        validation.meta["batch_parameters"] = {"dataframe": "<DATAFRAME>", "batches": len(self.batches[name])}
        suite_id = ExpectationSuiteIdentifier(name=self.suites[name].name)
        self.context.validation_results_store.store_validation_results(
            suite_validation_result=validation,
            suite_validation_result_identifier=ValidationResultIdentifier(
                batch_identifier=validation.batch_id, expectation_suite_identifier=suite_id, run_id=run_id
            ),
            expectation_suite_identifier=suite_id,
        )


def _suite_result(name: str, validation: Any) -> SuiteResult:
    stats = validation.statistics
    failures = [_failure(name, result) for result in validation.results if not result.success]
    observed = {
        _observed_name(result.expectation_config): _clean(result.result.get("observed_value"))
        for result in validation.results
        if "observed_value" in result.result
    }
    return SuiteResult(
        suite=name,
        success=bool(validation.success),
        evaluated=int(stats["evaluated_expectations"]),
        successful=int(stats["successful_expectations"]),
        failures=failures,
        observed=observed,
    )


def _observed_name(config: Any) -> str:
    """``expect_residual_biometric_leakage_to_be_at_most.age``: type plus its distinguishing arg."""
    kwargs = config.kwargs
    detail = kwargs.get("attribute") or kwargs.get("column")
    return f"{config.type}.{detail}" if detail else config.type


def _failure(suite: str, result: Any) -> Failure:
    details = result.result or {}
    info = result.exception_info or {}
    if "raised_exception" not in info:  # GX nests exception info per metric when several failed
        info = next(iter(info.values()), {}) if info else {}
    kwargs = {name: value for name, value in result.expectation_config.kwargs.items() if name != "batch_id"}
    return Failure(
        suite=suite,
        expectation=result.expectation_config.type,
        kwargs=_clean(kwargs),
        unexpected_count=details.get("unexpected_count"),
        element_count=details.get("element_count"),
        observed_value=_clean(details.get("observed_value")),
        examples=_clean(details.get("partial_unexpected_index_list") or []),
        values=_clean(details.get("partial_unexpected_list") or []),
        exception=info.get("exception_message") if info.get("raised_exception") else None,
    )


def _clean(value: Any) -> Any:
    """JSON-safe copy: NaN (pandas' missing value) becomes None, numpy scalars plain."""
    if isinstance(value, Mapping):
        return {str(name): _clean(item) for name, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(item) for item in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return _clean(value.item())
    return value
