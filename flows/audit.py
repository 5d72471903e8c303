"""Prefect flow for the audit stage: same outputs as `dvc repro audit`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow
from prefect.artifacts import create_markdown_artifact

from safellava.audit import AUDIT_FILE
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.config import section
from tasks.audit import audit_records
from tasks.tracking import log_stage


@flow(name="audit", log_prints=True)
def audit_flow(params_path: str = "params.yaml", track: bool = True) -> dict[str, Any]:
    """Audit the ingested records named in ``params.yaml`` (section ``audit``)."""
    config = section("audit", params_path)
    report = config.get("report") or str(Path(config["output"]) / "audit.html")
    audit = audit_records(config["input"], config["output"], report, config.get("examples_per_attribute", 5))
    summary = {"records": audit["records"], "total": audit["total"]}
    if track:
        log_stage("audit", summary, artifacts=[str(Path(config["output"]) / AUDIT_FILE), report], params_path=params_path)
    total = audit["total"]
    rows = "\n".join(f"| {a} | {total['explicit'][a]} | {total['implicit'][a]} |" for a in ATTRIBUTES)
    create_markdown_artifact(
        key="audit-counts",
        markdown=f"{audit['records']} records\n\n| attribute | explicit | implicit |\n|---|---|---|\n{rows}",
        description="Records asking for / mentioning each attribute",
    )
    return summary


if __name__ == "__main__":
    audit_flow()
