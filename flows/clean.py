"""Prefect flow for the clean stage: same inputs, same outputs as `dvc repro clean`."""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from safellava.cleaning import stage
from safellava.config import load
from tasks.clean import prefect_mapper, task_runner
from tasks.secrets import load_secrets
from tasks.tracking import log_stage


@flow(name="clean", log_prints=True)
def _clean(config: stage.CleanConfig, params_path: str, track: bool) -> dict[str, Any]:
    load_secrets([config.openai.api_key_env])  # the openai backends' key (already set in a pipeline run)
    summary = stage.run(config, progress=False, mapper=prefect_mapper)
    if track:
        log_stage("clean", config, summary, params_path)
    rows = "\n".join(f"| {name} | {count} |" for name, count in summary["changed_by_attribute"].items())
    create_markdown_artifact(
        key="clean-summary",
        markdown=(
            f"**{summary['backend']}**: {summary['records_in']} records in, {summary['records_out']} out, "
            f"{summary['failed']} failed; {summary['refusals_inserted']} refusals, {summary['rewrites']} rewritten "
            "turns; "
            f"routed to an LLM {summary['routed']} ({100 * summary['routed_fraction']:.1f}%), {summary['llm_calls']} "
            "calls, "
            f"{summary['cache_hits']} cache hits, projected cost ${summary['projected']['cost_usd']}.\n\n"
            "| attribute | turns changed |\n|---|---|\n" + rows
        ),
        description="Biometric cleaning",
    )
    return summary


def clean_flow(params_path: str = "params.yaml", track: bool = True, **overrides: Any) -> dict[str, Any]:
    """Clean ``clean.input`` into ``clean.output`` on the task runner ``clean.task_runner`` names.

    ``overrides`` replace ``clean:`` params (``backend="openai"``, ``task_runner="dask"`` ...).
    """
    config = load(stage.CleanConfig, params_path, **overrides)
    return _clean.with_options(task_runner=task_runner(config))(config, params_path, track)


if __name__ == "__main__":
    clean_flow()
