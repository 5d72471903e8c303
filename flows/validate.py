"""Prefect flow for the validate stage: same checks, same outputs as `dvc repro validate`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from safellava.config import load
from safellava.quality import gate
from tasks.tracking import log_stage
from tasks.validate import run_gate


@flow(name="validate", log_prints=True)
def validate_flow(params_path: str = "params.yaml", track: bool = True) -> dict[str, Any]:
    """Gate the cleaned data (``params.yaml`` sections ``validate`` and ``clean``).

    A violation is logged to MLflow and published as an artifact first, then re-raised,
    so the flow run ends Failed and a pipeline stops before training.
    """
    config = load(gate.ValidateConfig, params_path)
    failed: gate.GateFailed | None = None
    try:
        summary = run_gate(config)
    except gate.GateFailed as error:
        failed, summary = error, error.summary
    if track:
        log_stage("validate", config, summary, params_path)
    verdict = "passed" if failed is None else "**failed**"
    lines = "\n".join(f"- `{line}`" for line in failed.lines) if failed else ""
    create_markdown_artifact(
        key="validate-gate",
        markdown=f"Data-quality gate {verdict}. Data Docs: `{Path(config.data_docs) / 'index.html'}`\n\n{lines}",
        description="Failed expectations with offending record keys and ids",
    )
    if failed is not None:
        raise failed
    return summary


if __name__ == "__main__":
    validate_flow()
