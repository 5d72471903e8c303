"""Residual biometric leakage as a Great Expectations metric and expectation.

Cleaning succeeded only if the project's detector (the same one the audit and the
rewriter use) finds no attribute left in the cleaned answers. A zero bound is too strict
for an LLM rewriter and a record-level rule cannot express a rate, so the rule is a share:
``expect_residual_biometric_leakage_to_be_at_most`` with ``attribute`` (one of the five,
or ``overall`` = any of them) and ``max_share`` (from ``params.yaml`` via a suite
parameter). Importing this module registers both classes with GX, which is what lets the
suite JSON name the expectation by its snake-case type.

The detector runs once per validation: every per-attribute expectation depends on the
same ``table.biometric_leakage`` metric, and GX resolves identical metrics once. The gate
validates batch by batch; ``merge_batch_results`` adds the batches' counts up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Literal, Union

from great_expectations.compatibility import pydantic
from great_expectations.core.metric_domain_types import MetricDomainTypes
from great_expectations.core.suite_parameters import SuiteParameterDict
from great_expectations.execution_engine import ExecutionEngine, PandasExecutionEngine
from great_expectations.expectations.expectation import BatchExpectation
from great_expectations.expectations.metrics.metric_provider import metric_value
from great_expectations.expectations.metrics.table_metric_provider import TableMetricProvider

from safellava.biometrics.detector import default_detector
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.quality.merge import merge_shares

OVERALL = "overall"
METRIC = "table.biometric_leakage"
EXAMPLES = 20


class TableBiometricLeakage(TableMetricProvider):
    """Per attribute (and ``overall``), the key and id of each row whose text reveals it."""

    metric_name = METRIC
    value_keys = ("text_column", "key_column", "id_column")

    @metric_value(engine=PandasExecutionEngine)
    def _pandas(
        cls,
        execution_engine: PandasExecutionEngine,
        metric_domain_kwargs: dict[str, Any],
        metric_value_kwargs: dict[str, Any],
        metrics: dict[str, Any],
        runtime_configuration: dict[str, Any],
    ) -> dict[str, Any]:
        frame, _, _ = execution_engine.get_compute_domain(
            domain_kwargs=metric_domain_kwargs, domain_type=MetricDomainTypes.TABLE
        )
        detector = default_detector()
        leaked: dict[str, list[dict[str, Any]]] = {name: [] for name in (OVERALL, *ATTRIBUTES)}
        key_column, id_column = metric_value_kwargs["key_column"], metric_value_kwargs["id_column"]
        rows = zip(frame[key_column], frame[id_column], frame[metric_value_kwargs["text_column"]])
        for key, record_id, text in rows:
            found = detector.attributes(text) if isinstance(text, str) else set()
            row = {key_column: key, id_column: record_id}
            for attribute in found:
                leaked[attribute].append(row)
            if found:
                leaked[OVERALL].append(row)
        return {"rows": len(frame), "leaked": leaked}


class ExpectResidualBiometricLeakageToBeAtMost(BatchExpectation):
    """Expect at most ``max_share`` of the rows to reveal ``attribute`` in ``text_column``.

    The observed value is the share; the result lists how many rows leak and the key and
    id of the first of them, in the shape GX uses for map expectations
    (``partial_unexpected_index_list``), so reports treat both alike.
    """

    text_column: str
    key_column: str = "key"
    id_column: str = "id"
    attribute: Literal["overall", "age", "gender", "race", "eye_color", "weight"]
    max_share: Union[float, SuiteParameterDict] = pydantic.Field(
        description="Largest acceptable share of rows (0..1) in which the attribute is found."
    )

    metric_dependencies = (METRIC,)
    success_keys = ("text_column", "key_column", "id_column", "attribute", "max_share")
    args_keys = ("text_column", "attribute", "max_share")
    library_metadata: ClassVar[dict[str, Any]] = {
        "maturity": "experimental",
        "tags": ["safellava", "biometrics"],
        "contributors": ["safellava"],
    }

    @classmethod
    def merge_batch_results(
        cls, kwargs: dict[str, Any], results: Sequence[dict[str, Any]]
    ) -> tuple[bool, dict[str, Any]]:
        """The share over all batches: leaking rows and rows add up (see quality/merge.py)."""
        return merge_shares(kwargs, results, "max_share", EXAMPLES)

    def _validate(
        self,
        metrics: dict[str, Any],
        runtime_configuration: dict[str, Any] | None = None,
        execution_engine: ExecutionEngine | None = None,
    ) -> dict[str, Any]:
        leakage = metrics[METRIC]
        attribute = self._get_success_kwarg("attribute")
        max_share = float(self._get_success_kwarg("max_share"))
        leaked = leakage["leaked"][attribute]
        share = len(leaked) / leakage["rows"] if leakage["rows"] else 0.0
        return {
            "success": share <= max_share,
            "result": {
                "observed_value": share,
                "element_count": leakage["rows"],
                "unexpected_count": len(leaked),
                "unexpected_percent": 100 * share,
                "partial_unexpected_index_list": leaked[:EXAMPLES],
            },
        }
