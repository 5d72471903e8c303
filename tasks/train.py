"""Prefect task around the train stage (the logic lives in :mod:`safellava.training`)."""

from __future__ import annotations

from typing import Any

from prefect import task

from safellava import tracking
from safellava.training import stage
from safellava.training.config import TrainConfig


@task(name="train", retries=1, retry_delay_seconds=30, timeout_seconds=72 * 3600)
def train_model(config: TrainConfig, params_path: str = "params.yaml", track: bool = True) -> dict[str, Any]:
    """Fine-tune and (when ``track``) log + register the model in MLflow, as the CLI does.

    One retry is cheap: the retry resumes from the last checkpoint of the same config and
    data (pre-emption, a lost node), rather than starting the run over.
    """
    if track and stage.is_main_process():
        summary = tracking.track_training(config, lambda on_log: stage.run(config, on_log=on_log), params_path)
    else:
        summary = stage.run(config)
    summary.pop("loss_history")  # per-step losses are in MLflow; keep the task result small
    return summary
