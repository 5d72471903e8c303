"""Prefect tasks around the evaluate stage (the logic lives in :mod:`safellava.prism.stage`)."""

from __future__ import annotations

from typing import Any

from prefect import task

from safellava.prism import stage


@task(name="evaluate-prism", timeout_seconds=12 * 3600)
def evaluate_models(config: stage.EvaluateConfig) -> dict[str, Any]:
    """Generate, judge and score. Not retried as a whole: LLM judge calls and served-model
    answers retry on their own and are cached, so a rerun after a failure only pays for the
    calls that did not finish."""
    return stage.run(config, log=print)


@task(name="log-evaluation-to-mlflow", retries=2, retry_delay_seconds=5, timeout_seconds=600)
def track_evaluation(summary: dict[str, Any], config: stage.EvaluateConfig, params_path: str) -> list[str]:
    """One MLflow run per model x judge; retried because the tracking URI may be a server."""
    return stage.track(summary, config, params_path)
