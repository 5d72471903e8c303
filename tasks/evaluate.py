"""Prefect task around the evaluate stage (the logic lives in :mod:`safellava.prism.stage`)."""

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
