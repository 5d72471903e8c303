"""Prefect flow for the evaluate stage: same outputs as `dvc repro evaluate`."""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from safellava.config import load
from safellava.prism.stage import EvaluateConfig
from safellava.prism.tasks import headline_keys
from tasks.evaluate import evaluate_models
from tasks.secrets import load_stage_secrets
from tasks.tracking import log_stage

SHOWN = headline_keys()


@flow(name="evaluate", log_prints=True)
def evaluate_flow(params_path: str = "params.yaml", track: bool = True) -> dict[str, Any]:
    """Evaluate the models named in ``params.yaml`` (section ``evaluate``) on PRISM."""
    load_stage_secrets(params_path, ["evaluate"])  # the api_key_env of each LLM judge
    config = load(EvaluateConfig, params_path)
    summary = evaluate_models(config)
    if track:
        log_stage("evaluate", config, summary, params_path)
    rows = []
    for model, by_judge in summary["metrics"].items():
        for judge, keys in by_judge.items():
            if judge != "kappa":
                cells = " | ".join("n/a" if keys.get(key) is None else f"{100 * keys[key]:.1f}" for key in SHOWN)
                rows.append(f"| {model} | {judge} | {cells} |")
    create_markdown_artifact(
        key="prism-metrics",
        markdown=f"| model | judge | {' | '.join(SHOWN)} |\n|---|---|{'---|' * len(SHOWN)}\n" + "\n".join(rows),
        description="PRISM macro scores per model and judge (%)",
    )
    return summary


if __name__ == "__main__":
    evaluate_flow()
