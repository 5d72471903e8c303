"""Prefect flow for the ingest stage: same inputs, same outputs as `dvc repro ingest`."""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from safellava.config import load
from safellava.ingest import IngestConfig, summary_of
from tasks.ingest import ingest_files
from tasks.secrets import load_stage_secrets
from tasks.tracking import log_stage


@flow(name="ingest", log_prints=True)
def ingest_flow(params_path: str = "params.yaml", track: bool = True) -> dict[str, Any]:
    """Ingest the files named in ``params.yaml`` (section ``ingest``) and report the counts."""
    config = load(IngestConfig, params_path)
    load_stage_secrets(params_path, ["ingest"])  # AWS keys for s3:// inputs; names only, never values
    manifest = ingest_files(config)
    summary = summary_of(manifest)
    if track:
        log_stage("ingest", config, summary, params_path)
    rows = "\n".join(
        f"| {report['source']} | {report['input']} | {report['valid']} | {report['quarantined']} | "
        f"{report['repeated_ids']['ids']} |"
        for report in manifest["files"]
    )
    create_markdown_artifact(
        key="ingest-counts",
        markdown="| file | input | valid | quarantined | repeated ids |\n|---|---|---|---|---|\n" + rows,
        description="Records per input file",
    )
    return summary


if __name__ == "__main__":
    ingest_flow()
