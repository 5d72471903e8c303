"""Prefect tasks around the data-quality gate (the logic lives in :mod:`safellava.quality`)."""

from __future__ import annotations

from typing import Any

from prefect import task

from safellava import tracking
from safellava.quality import gate


@task(name="validate")
def run_gate(options: dict[str, Any]) -> dict[str, Any]:
    """Run the suites; raises :class:`~safellava.quality.gate.GateFailed` on a violation.

    Not retried: the gate is deterministic, a rerun on the same files fails the same way.
    """
    return gate.run(**options)


@task(name="log-validation-to-mlflow", retries=2, retry_delay_seconds=5, timeout_seconds=600)
def log_validation(summary: dict[str, Any], results: str, options: dict[str, Any], params_path: str) -> str:
    """Retried because the tracking URI may be a remote server; returns the MLflow run id."""
    return tracking.log_validation(summary, results, options, params_path=params_path)
