"""Prefect task around the audit stage (the logic lives in :mod:`safellava.audit`)."""

from __future__ import annotations

from typing import Any

from prefect import task

from safellava import audit as stage


@task(name="audit")
def audit_records(input_dir: str, output_dir: str, report: str | None = None, examples_per_attribute: int = 5) -> dict[str, Any]:
    """Count explicit and implicit biometric content per source file and attribute."""
    return stage.run(input_dir, output_dir, report=report, examples_per_attribute=examples_per_attribute, progress=False)
