"""The one place that talks to MLflow.

Stages return plain summaries; the CLI and the Prefect flows hand them to
:func:`log_stage`, which opens a run in the ``safellava`` experiment (one run per stage
execution), flattens nested summaries into dotted metric keys (``ingest.valid``,
``audit.implicit.age`` ...) and logs params, tags and artifacts.

The tracking URI is ``MLFLOW_TRACKING_URI`` when set, else ``mlflow.tracking_uri`` from
``params.yaml`` (a local SQLite store by default), so nothing needs a server.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from safellava.config import section

DEFAULT_URI = "sqlite:///mlflow.db"
DEFAULT_EXPERIMENT = "safellava"


def tracking_uri(params_path: str | Path | None = None) -> str:
    """Environment first (so deployments can point at a server), then params, then SQLite."""
    return os.environ.get("MLFLOW_TRACKING_URI") or section("mlflow", params_path).get("tracking_uri") or DEFAULT_URI


def flatten(values: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """Nested numeric summaries → ``{"a.b.c": number}``; non-numeric leaves are skipped."""
    flat: dict[str, float] = {}
    for name, value in values.items():
        key = f"{prefix}.{name}" if prefix else str(name)
        if isinstance(value, Mapping):
            flat.update(flatten(value, key))
        elif isinstance(value, bool):
            flat[key] = float(value)
        elif isinstance(value, (int, float)) and value == value:  # NaN is "undefined", not logged
            flat[key] = float(value)
    return flat


@contextmanager
def stage_run(
    stage: str,
    params_path: str | Path | None = None,
    run_name: str | None = None,
    tags: Mapping[str, str] | None = None,
) -> Iterator[Any]:
    """Open an MLflow run for one stage execution and yield the active run."""
    import mlflow

    mlflow.set_tracking_uri(tracking_uri(params_path))
    experiment = section("mlflow", params_path).get("experiment", DEFAULT_EXPERIMENT)
    mlflow.set_experiment(experiment)
    with mlflow.start_run(run_name=run_name or stage, tags={"stage": stage, **(tags or {})}) as run:
        yield run


def log_stage(
    stage: str,
    summary: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
    artifacts: list[str | Path] | None = None,
    tags: Mapping[str, str] | None = None,
    params_path: str | Path | None = None,
) -> str:
    """Log one stage's summary as metrics (prefixed with the stage), params and artifacts.

    Returns the MLflow run id.
    """
    import mlflow

    with stage_run(stage, params_path, tags=tags) as run:
        if params:
            mlflow.log_params({key: _param_value(value) for key, value in _flat_params(params).items()})
        metrics = flatten(summary, stage)
        if metrics:
            mlflow.log_metrics(metrics)
        for artifact in artifacts or []:
            path = Path(artifact)
            if path.is_dir():
                mlflow.log_artifacts(str(path), artifact_path=path.name)
            elif path.exists():
                mlflow.log_artifact(str(path))
        return run.info.run_id


def _flat_params(values: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in values.items():
        key = f"{prefix}.{name}" if prefix else str(name)
        if isinstance(value, Mapping):
            flat.update(_flat_params(value, key))
        else:
            flat[key] = value
    return flat


def _param_value(value: Any) -> str:
    """MLflow params are strings of at most 6000 characters."""
    return str(value)[:6000]
