"""The share of rewritten turns the faithfulness signal flags, as a GX metric and expectation.

The leakage gate asks the detector whether an attribute is left; it cannot see a rewrite
that reads "two person horses". ``frames.Changes`` scores every logged rewrite with
:mod:`safellava.cleaning.faithfulness` against word statistics of the *ingested* data (no
detector, no rewriter, and not the clean stage's own counts) into the ``unfaithful`` column
(reasons, "" for none, null for turns that were not rewritten). This expectation bounds the
share of flagged rewrites: ``expect_unfaithful_rewrite_share_to_be_at_most`` with
``max_share`` from ``params.yaml`` (``validate.max_unfaithful_share``). Importing the module
registers both classes with GX; the gate validates batch by batch and
``merge_batch_results`` adds the batches' counts up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, ClassVar, Union

from great_expectations.compatibility import pydantic
from great_expectations.core.metric_domain_types import MetricDomainTypes
from great_expectations.core.suite_parameters import SuiteParameterDict
from great_expectations.execution_engine import ExecutionEngine, PandasExecutionEngine
from great_expectations.expectations.expectation import BatchExpectation
from great_expectations.expectations.metrics.metric_provider import metric_value
from great_expectations.expectations.metrics.table_metric_provider import TableMetricProvider

from safellava.quality.merge import merge_shares

METRIC = "table.unfaithful_rewrites"
EXAMPLES = 20


class TableUnfaithfulRewrites(TableMetricProvider):
    """How many rows were rewritten, which were flagged (key, id, reasons), counts per reason."""

    metric_name = METRIC
    value_keys = ("flag_column", "key_column", "id_column")

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
        key_column, id_column = metric_value_kwargs["key_column"], metric_value_kwargs["id_column"]
        rewritten = 0
        flagged: list[dict[str, Any]] = []
        reasons: Counter[str] = Counter()
        for key, record_id, value in zip(
            frame[key_column], frame[id_column], frame[metric_value_kwargs["flag_column"]]
        ):
            if not isinstance(value, str):
                continue
            rewritten += 1
            if value:
                flagged.append({key_column: key, id_column: record_id, "reasons": value})
                reasons.update(value.split(","))
        return {"rewritten": rewritten, "flagged": flagged, "by_reason": dict(sorted(reasons.items()))}


class ExpectUnfaithfulRewriteShareToBeAtMost(BatchExpectation):
    """Expect at most ``max_share`` of the rewritten rows to carry a faithfulness reason.

    Rows whose ``flag_column`` is null were not rewritten and do not count. The observed
    value is the share; the result names the first flagged rows (key, id, reasons) and
    counts each reason.
    """

    flag_column: str
    key_column: str = "key"
    id_column: str = "id"
    max_share: Union[float, SuiteParameterDict] = pydantic.Field(
        description="Largest acceptable share of rewritten rows (0..1) that the faithfulness signal flags."
    )

    metric_dependencies = (METRIC,)
    success_keys = ("flag_column", "key_column", "id_column", "max_share")
    args_keys = ("flag_column", "max_share")
    library_metadata: ClassVar[dict[str, Any]] = {
        "maturity": "experimental",
        "tags": ["safellava", "faithfulness"],
        "contributors": ["safellava"],
    }

    @classmethod
    def merge_batch_results(
        cls, kwargs: dict[str, Any], results: Sequence[dict[str, Any]]
    ) -> tuple[bool, dict[str, Any]]:
        """The share over all batches (flagged and rewritten rows add up, quality/merge.py),
        with the per-reason counts added up too."""
        success, merged = merge_shares(kwargs, results, "max_share", EXAMPLES)
        by_reason: Counter[str] = Counter()
        for result in results:
            by_reason.update(result.get("details", {}).get("by_reason", {}))
        merged["details"] = {"by_reason": dict(sorted(by_reason.items()))}
        return success, merged

    def _validate(
        self,
        metrics: dict[str, Any],
        runtime_configuration: dict[str, Any] | None = None,
        execution_engine: ExecutionEngine | None = None,
    ) -> dict[str, Any]:
        result = metrics[METRIC]
        max_share = float(self._get_success_kwarg("max_share"))
        flagged = result["flagged"]
        share = len(flagged) / result["rewritten"] if result["rewritten"] else 0.0
        return {
            "success": share <= max_share,
            "result": {
                "observed_value": share,
                "element_count": result["rewritten"],
                "unexpected_count": len(flagged),
                "unexpected_percent": 100 * share,
                "partial_unexpected_index_list": flagged[:EXAMPLES],
                "details": {"by_reason": result["by_reason"]},
            },
        }
