"""Prefect task around the ingest stage (the logic lives in :mod:`safellava.ingest`)."""

from __future__ import annotations

from typing import Any

from prefect import task

from safellava import ingest as stage


@task(name="ingest", retries=2, retry_delay_seconds=10, timeout_seconds=6 * 3600)
def ingest_files(config: stage.IngestConfig) -> dict[str, Any]:
    """Stream the inputs into validated records; retried because inputs may be remote.

    A truncated or non-JSON file is not retried (a rerun would read the same bytes): the
    stage's :class:`~safellava.ingest.IngestError` fails the task after the outputs are written.
    """
    return stage.run(config, progress=False)
