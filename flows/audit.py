"""Prefect flow for the audit stage: same outputs as `dvc repro audit`."""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from safellava.audit import AuditConfig, summary_of
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.config import load
from tasks.audit import audit_records
from tasks.tracking import log_stage


@flow(name="audit", log_prints=True)
def audit_flow(params_path: str = "params.yaml", track: bool = True) -> dict[str, Any]:
    """Audit the ingested records named in ``params.yaml`` (section ``audit``)."""
    config = load(AuditConfig, params_path)
    summary = summary_of(audit_records(config))
    if track:
        log_stage("audit", config, summary, params_path)
    total = summary["total"]
    rows = "\n".join(f"| {a} | {total['explicit'][a]} | {total['implicit'][a]} |" for a in ATTRIBUTES)
    create_markdown_artifact(
        key="audit-counts",
        markdown=f"{summary['records']} records\n\n| attribute | explicit | implicit |\n|---|---|---|\n{rows}",
        description="Records asking for / mentioning each attribute",
    )
    return summary


if __name__ == "__main__":
    audit_flow()
