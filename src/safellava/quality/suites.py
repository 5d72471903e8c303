"""Load the versioned suites from ``expectations/`` and run them on DataFrames with GX.

A suite file is GX 1.x suite JSON named after the frame it checks
(``expectations/cleaned.records.json`` runs on the ``cleaned.records`` frame). Knobs that
belong to ``params.yaml`` (length bounds, refusal set, leakage bounds) appear in the JSON
as ``{"$PARAMETER": "name"}`` and are supplied per run, so changing a bound does not
edit a versioned suite.

Each suite runs as a GX ValidationDefinition (suite + whole-DataFrame batch), whose
results GX stores; the Data Docs site at ``data_docs`` is then rendered once for all four
(HTML, one page per validation run plus an index; rendering per suite, as a Checkpoint's
``UpdateDataDocsAction`` would, costs a full site rebuild each time). The context is
ephemeral: the suites' source of truth is the repository, not a ``gx/`` project directory.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import great_expectations as gx
import pandas as pd
from great_expectations.data_context.types.base import (
    DataContextConfig,
    InMemoryStoreBackendDefaults,
    ProgressBarsConfig,
)

from safellava.quality import faithfulness, leakage  # noqa: F401  (register the custom expectations with GX)

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
        shown = [", ".join(f"{name}={_short(value)}" for name, value in row.items()) for row in self.examples[:examples]]
        if shown:
            parts.append("e.g. " + "; ".join(f"[{row}]" for row in shown))
        elif self.values:
            parts.append("values " + ", ".join(_short(value) for value in self.values[:examples]))
        return f"{head}: " + "; ".join(parts)

    def as_dict(self, examples: int = 5) -> dict[str, Any]:
        return {
            "suite": self.suite, "expectation": self.expectation, "kwargs": self.kwargs,
            "unexpected_count": self.unexpected_count, "element_count": self.element_count,
            "observed_value": self.observed_value, "examples": self.examples[:examples],
            "values": self.values[:examples], "exception": self.exception,
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


def run_suites(
    frames: Mapping[str, pd.DataFrame],
    expectations: Path,
    data_docs: Path,
    parameters: Mapping[str, Any],
) -> list[SuiteResult]:
    """Run ``expectations/<name>.json`` on each frame ``name``; update the Data Docs site."""
    context = new_context(data_docs)
    source = context.data_sources.add_pandas("safellava")
    results = []
    for name, frame in frames.items():
        suite = context.suites.add(load_suite(expectations / f"{name}.json"))
        batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("all")
        definition = context.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch, suite=suite))
        validation = definition.run(
            batch_parameters={"dataframe": frame},
            expectation_parameters=dict(parameters),
            result_format={"result_format": "SUMMARY", "unexpected_index_column_names": INDEX_COLUMNS},
        )
        results.append(_suite_result(name, validation))
    context.build_data_docs(site_names=[SITE])
    return results


def _suite_result(name: str, validation: Any) -> SuiteResult:
    stats = validation.statistics
    failures = [_failure(name, result) for result in validation.results if not result.success]
    observed = {
        _observed_name(result.expectation_config): _clean(result.result.get("observed_value"))
        for result in validation.results
        if "observed_value" in result.result
    }
    return SuiteResult(
        suite=name, success=bool(validation.success), evaluated=int(stats["evaluated_expectations"]),
        successful=int(stats["successful_expectations"]), failures=failures, observed=observed,
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
