"""Prefect task around the audit stage (the logic lives in :mod:`safellava.audit`)."""

from __future__ import annotations

from typing import Any

from prefect import task

from safellava import audit as stage


@task(name="audit")
def audit_records(config: stage.AuditConfig) -> dict[str, Any]:
    """Count explicit and implicit biometric content per source file and attribute."""
    return stage.run(config, progress=False)
