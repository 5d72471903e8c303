"""Prefect task that logs a stage execution to MLflow through :mod:`safellava.tracking`."""

from __future__ import annotations

from typing import Any

from prefect import task

from safellava import tracking


@task(name="log-to-mlflow", retries=2, retry_delay_seconds=5, timeout_seconds=600)
def log_stage(stage: str, config: Any, summary: dict[str, Any], params_path: str = "params.yaml") -> list[str]:
    """:func:`safellava.tracking.log_stage`, the same call the CLI makes; retried because the
    tracking URI may be a remote server. Returns the MLflow run ids."""
    return tracking.log_stage(stage, config, summary, params_path=params_path)
