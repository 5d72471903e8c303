"""Prefect flow for the train stage: same inputs, same outputs as `dvc repro train`."""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from safellava.config import load
from safellava.training.config import TrainConfig
from tasks.secrets import load_stage_secrets
from tasks.train import train_model


@flow(name="train", log_prints=True)
def train_flow(params_path: str = "params.yaml", baseline: bool = False, track: bool = True) -> dict[str, Any]:
    """Fine-tune on the cleaned data (or, with ``baseline``, on the raw records) and report."""
    load_stage_secrets(params_path, ["train"])  # HF_TOKEN, for a private or gated base model
    config = load(TrainConfig, params_path)
    if baseline:
        config = config.for_baseline()
    summary = train_model(config, params_path=params_path, track=track)
    create_markdown_artifact(
        key=f"train-{config.variant}",
        markdown=report(summary),
        description=f"Fine-tuning of the {config.variant} model",
    )
    return summary


def report(summary: dict[str, Any]) -> str:
    """The run at a glance: loss, data used, what happened to records without images."""
    records = summary["records"]
    registered = summary.get("mlflow")
    rows = [
        ("model", f"{summary['base_model']} ({summary['method']})"),
        ("steps", f"{summary['steps']} (resumed from step {summary['resumed_from_step']})"),
        ("loss: first → final step", f"{_loss(summary['first_loss'])} → {_loss(summary['final_loss'])}"),
        ("records used / input", f"{records['used']} / {records['input']}"),
        ("missing images", f"{records['missing_image']} ({summary['missing_images']})"),
        ("invalid / too long", f"{records['invalid']} / {records['too_long']}"),
        ("dataset sha256", f"`{summary['dataset']['sha256']}`"),
        (
            "registered model",
            f"{registered['registered_model']} v{registered['version']}" if registered else "not tracked",
        ),
        ("output", f"`{summary['output']}`"),
    ]
    return "| | |\n|---|---|\n" + "\n".join(f"| {name} | {value} |" for name, value in rows)


def _loss(value: float | None) -> str:
    """A run resumed at its last step logs no loss."""
    return "n/a" if value is None else f"{value:.4f}"


if __name__ == "__main__":
    train_flow()
