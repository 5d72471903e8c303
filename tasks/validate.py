"""Prefect task around the data-quality gate (the logic lives in :mod:`safellava.quality`)."""

from __future__ import annotations

from typing import Any

from prefect import task

from safellava.quality import gate


@task(name="validate")
def run_gate(config: gate.ValidateConfig) -> dict[str, Any]:
    """Run the suites; raises :class:`~safellava.quality.gate.GateFailed` on a violation.

    Not retried: the gate is deterministic, a rerun on the same files fails the same way.
    """
    return gate.run(config)
