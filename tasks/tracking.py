"""Prefect task that logs a stage summary to MLflow through :mod:`safellava.tracking`."""

from __future__ import annotations

from typing import Any

from prefect import task

from safellava import tracking


@task(name="log-to-mlflow", retries=2, retry_delay_seconds=5, timeout_seconds=600)
def log_stage(
    stage: str,
    summary: dict[str, Any],
    params: dict[str, Any] | None = None,
    artifacts: list[str] | None = None,
    tags: dict[str, str] | None = None,
    params_path: str = "params.yaml",
) -> str:
    """Retried because the tracking URI may be a remote server; returns the MLflow run id."""
    return tracking.log_stage(stage, summary, params=params, artifacts=artifacts, tags=tags, params_path=params_path)
