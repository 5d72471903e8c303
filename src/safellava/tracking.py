"""The one place that talks to MLflow.

Stages return plain summaries; the CLI command and the Prefect flow of a stage hand the
stage's config and summary to :func:`log_stage`, which opens a run in the ``safellava``
experiment (one run per stage execution), logs the whole config as params, flattens the
summary into dotted metric keys (``ingest.valid``, ``audit.implicit.age`` ...) and logs the
config's artifacts. So a stage logs the same params and metrics whoever runs it. Two stages
log more than one run: ``evaluate`` one per model x judge (:func:`log_stage` dispatches),
and ``train`` opens its run before training so the loss is live (:func:`track_training`).

The tracking URI is ``MLFLOW_TRACKING_URI`` when set, else ``mlflow.tracking_uri`` from
``params.yaml`` (a local SQLite store by default), so nothing needs a server.
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

from safellava.config import load

# MLflow 3's UI opens an experiment on the view its kind names (the values of the UI's
# ExperimentKind): "custom_model_development" ("Machine learning") shows the runs, where an
# untagged experiment may open on the GenAI traces overview.
EXPERIMENT_KIND_TAG = "mlflow.experimentKind"
EXPERIMENT_KIND = "custom_model_development"
# MLflow's limit on metrics per log_batch call.
_MAX_METRICS_PER_BATCH = 1000


@dataclasses.dataclass(frozen=True)
class MlflowConfig:
    """``params.yaml`` ``mlflow:``, read by every stage that logs (the train and evaluate stages
    list it in their DVC params: the registry lookups depend on it)."""

    SECTION: ClassVar[str] = "mlflow"

    tracking_uri: str = "sqlite:///mlflow.db"
    experiment: str = "safellava"
    # Where a new experiment stores artifacts (None: next to a SQLite store, else the server's default).
    artifact_location: str | None = None


def tracking_uri(params_path: str | Path | None = None) -> str:
    """Environment first (so deployments can point at a server), then params (a local SQLite store by default)."""
    return os.environ.get("MLFLOW_TRACKING_URI") or load(MlflowConfig, params_path).tracking_uri


def _leaves(values: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """``("a.b.c", leaf)`` for every leaf of a nested mapping."""
    for name, value in values.items():
        key = f"{prefix}.{name}" if prefix else str(name)
        if isinstance(value, Mapping):
            yield from _leaves(value, key)
        else:
            yield key, value


def flatten(values: Mapping[str, Any], prefix: str = "") -> dict[str, float]:
    """Nested numeric summaries → ``{"a.b.c": number}``; non-numeric leaves are skipped."""
    return {
        key: float(value)
        for key, value in _leaves(values, prefix)
        # bools count as 0/1; NaN is "undefined" and is not logged as a number
        if isinstance(value, (bool, int, float)) and value == value
    }


@contextmanager
def stage_run(
    stage: str,
    params_path: str | Path | None = None,
    run_name: str | None = None,
    tags: Mapping[str, str] | None = None,
) -> Iterator[Any]:
    """Open an MLflow run for one stage execution and yield the active run."""
    import mlflow

    uri = tracking_uri(params_path)
    mlflow.set_tracking_uri(uri)
    config = load(MlflowConfig, params_path)
    experiment = config.experiment
    if mlflow.get_experiment_by_name(experiment) is None:
        try:
            mlflow.create_experiment(experiment, artifact_location=_artifact_location(uri, config.artifact_location))
        except mlflow.exceptions.MlflowException:  # created meanwhile by a concurrent stage
            pass
    active = mlflow.set_experiment(experiment)
    if EXPERIMENT_KIND_TAG not in active.tags:  # a kind chosen in the UI is kept
        mlflow.MlflowClient().set_experiment_tag(active.experiment_id, EXPERIMENT_KIND_TAG, EXPERIMENT_KIND)
    with mlflow.start_run(run_name=run_name or stage, tags={"stage": stage, **(tags or {})}) as run:
        yield run


def log_stage(stage: str, config: Any, summary: Mapping[str, Any], params_path: str | Path | None = None) -> list[str]:
    """Log one execution of ``stage``: what the stage's CLI command and Prefect flow both call.

    ``config`` is the stage's config dataclass (logged whole as params; its ``artifacts()``
    are logged as artifacts), ``summary`` what the stage returned (its numbers become metrics
    prefixed with the stage). ``validate`` runs are tagged with the gate's verdict;
    ``evaluate`` logs one run per model x judge (:func:`_log_evaluation`). Returns the run ids.
    """
    if stage == "evaluate":
        return _log_evaluation(summary, config, params_path)
    tags = {"validate.gate": "passed" if summary.get("success") else "failed"} if stage == "validate" else None
    return [
        log_run(
            stage,
            summary,
            params=dataclasses.asdict(config),
            artifacts=config.artifacts(),
            tags=tags,
            params_path=params_path,
        )
    ]


def log_run(
    stage: str,
    summary: Mapping[str, Any],
    params: Mapping[str, Any] | None = None,
    artifacts: list[str | Path] | None = None,
    tags: Mapping[str, str] | None = None,
    params_path: str | Path | None = None,
) -> str:
    """One MLflow run: ``summary``'s numbers as metrics (prefixed with ``stage``), params,
    tags and artifacts (files, or folders logged under their name). Returns the run id."""
    import mlflow

    with stage_run(stage, params_path, tags=tags) as run:
        if params:
            mlflow.log_params(_params(params))
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


def _artifact_location(uri: str, configured: str | None) -> str | None:
    """Where a new experiment keeps its artifacts.

    ``mlflow.artifact_location`` when set; next to a SQLite store (``<db folder>/mlartifacts``)
    so that a store in a temporary folder keeps its artifacts there too, instead of in
    ``./mlruns`` of whatever the working directory is; else the server's default.
    """
    if configured:
        return configured
    if uri.startswith("sqlite:///"):
        return (Path(uri[len("sqlite:///") :]).resolve().parent / "mlartifacts").as_uri()
    return None


def _params(values: Mapping[str, Any]) -> dict[str, str]:
    """Nested params → MLflow's flat ``{"a.b.c": value}`` (values as :func:`_param_value` writes them)."""
    return {key: _param_value(value) for key, value in _leaves(values)}


def _param_value(value: Any) -> str:
    """MLflow params are strings of at most 6000 characters."""
    return str(value)[:6000]


class TrainingTracker:
    """The MLflow side of one fine-tuning run: per-step metrics while training, then the
    summary, the dataset lineage and the model (logged and registered) at the end."""

    # One store write per step cost as much as a tiny model's training step (a SQLite commit
    # per call, ~40 ms on a shared machine): steps are buffered and written in one batch at
    # most every FLUSH_SECONDS, so the UI still follows the loss live.
    FLUSH_SECONDS = 5.0

    def __init__(self, run: Any) -> None:
        self.run = run
        self._pending: list[Any] = []
        self._flushed_at = time.monotonic()

    @property
    def run_id(self) -> str:
        return self.run.info.run_id

    def log_step(self, metrics: Mapping[str, float], step: int) -> None:
        """Loss, learning rate, grad norm of one optimizer step (plotted by step in the UI)."""
        from mlflow.entities import Metric

        timestamp = int(time.time() * 1000)
        self._pending.extend(Metric(key, float(value), timestamp, step) for key, value in metrics.items())
        if time.monotonic() - self._flushed_at >= self.FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the buffered step metrics (one ``log_batch`` call, chunked to MLflow's limit)."""
        from mlflow import MlflowClient

        client = MlflowClient()
        for start in range(0, len(self._pending), _MAX_METRICS_PER_BATCH):
            client.log_batch(self.run_id, metrics=self._pending[start : start + _MAX_METRICS_PER_BATCH])
        self._pending = []
        self._flushed_at = time.monotonic()

    def finish(self, summary: Mapping[str, Any], model_dir: str | Path, registered_model: str) -> dict[str, Any]:
        """Log the summary and register ``model_dir`` as a new version of ``registered_model``.

        The dataset's sha256 (and DVC md5 when DVC produced it) is set on the run, on the
        dataset input and on the model version, so a registered model leads back to the
        exact data it was trained on. Returns the run id, model id and registered version.
        """
        import mlflow

        self.flush()
        dataset = summary["dataset"]
        records = summary["records"]
        tags = {
            "dataset.path": dataset["path"],
            "dataset.sha256": dataset["sha256"],
            "train.variant": summary["variant"],
            "train.base_model": summary["base_model"],
            "train.method": summary["method"],
            "train.missing_images": summary["missing_images"],
            "train.missing_images.count": str(records["missing_image"]),
            "train.resumed_from_step": str(summary["resumed_from_step"]),
        }
        if dataset.get("dvc_md5"):
            tags["dataset.dvc_md5"] = dataset["dvc_md5"]
        mlflow.set_tags(tags)
        mlflow.log_metrics(flatten({key: value for key, value in summary.items() if key != "loss_history"}, "train"))
        _log_dataset_input(dataset["path"], dataset["sha256"])
        lineage = {"dataset.sha256": dataset["sha256"], "train.variant": summary["variant"]}
        model_id = log_model(model_dir, name=f"llava-{summary['variant']}", tags=lineage)
        version = register_model(model_id, registered_model, tags=lineage)
        return {"run_id": self.run_id, "model_id": model_id, "registered_model": registered_model, "version": version}


@contextmanager
def training_run(
    variant: str, params: Mapping[str, Any], params_path: str | Path | None = None
) -> Iterator[TrainingTracker]:
    """Open the MLflow run of a train stage execution and log its params up front."""
    import mlflow

    with stage_run("train", params_path, run_name=f"train-{variant}", tags={"train.variant": variant}) as run:
        mlflow.log_params(_params(params))
        tracker = TrainingTracker(run)
        try:
            yield tracker
        finally:  # a failed or interrupted run keeps the loss curve it got to
            tracker.flush()


def track_training(
    config: Any,
    train: Callable[[Callable[[dict[str, float], int], None]], dict[str, Any]],
    params_path: str | Path | None = None,
    on_step: Callable[[dict[str, float], int], None] | None = None,
) -> dict[str, Any]:
    """Log one train stage execution: what the train CLI command and Prefect task both call.

    The run is opened before ``train`` (called with a step sink) so the loss appears live,
    step by step; the summary, the dataset lineage and the model (logged and registered as
    ``config.registered_model``) follow once it is saved. The summary gains ``mlflow`` (run
    id, model id, registered name and version). ``on_step`` also gets every logged step.
    """
    with training_run(config.variant, config.as_dict(), params_path) as tracker:

        def on_log(metrics: dict[str, float], step: int) -> None:
            tracker.log_step(metrics, step)
            if on_step is not None:
                on_step(metrics, step)

        summary = train(on_log)
        summary["mlflow"] = tracker.finish(summary, config.output, config.registered_model)
    return summary


def log_model(model_dir: str | Path, name: str, tags: Mapping[str, str] | None = None) -> str:
    """Log a saved transformers model directory as an MLflow 3 LoggedModel of the active run.

    The files are stored as the model's artifacts, as saved (``from_pretrained`` loads a
    download directly); no MLflow flavor wrapper is needed, which keeps logging offline and
    independent of the transformers version. Returns the model id.
    """
    import mlflow
    from mlflow import MlflowClient

    model = mlflow.initialize_logged_model(name=name, tags=dict(tags or {}), model_type="llava")
    try:
        MlflowClient().log_model_artifacts(model.model_id, str(model_dir))
    except BaseException:
        mlflow.finalize_logged_model(model.model_id, "FAILED")
        raise
    mlflow.finalize_logged_model(model.model_id, "READY")
    return model.model_id


def register_model(model_id: str, name: str, tags: Mapping[str, str] | None = None) -> str:
    """Register a logged model as a new version of ``name`` (created if new); return the version."""
    import mlflow

    version = mlflow.register_model(f"models:/{model_id}", name, tags=dict(tags or {}))
    return str(version.version)


def _log_dataset_input(path: str, sha256: str) -> None:
    """Record the training data as the run's input (the UI's "Datasets used" column)."""
    import warnings

    import mlflow
    from mlflow.data.dataset_source_registry import resolve_dataset_source
    from mlflow.data.meta_dataset import MetaDataset

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "can be interpreted in multiple ways": both are local
        source = resolve_dataset_source(str(Path(path).resolve()))
    mlflow.log_input(MetaDataset(source, name=Path(path).name, digest=sha256[:16]), context="training")


def model_version(
    name: str, tags: Mapping[str, str] | None = None, params_path: str | Path | None = None
) -> str | None:
    """The newest registered version of ``name`` whose tags include ``tags`` (None if none).

    The evaluate stage matches a model directory to its registry entry by the dataset sha256
    that training tags on both, so the evaluation run names the exact version it scored.
    """
    import mlflow
    from mlflow import MlflowClient
    from mlflow.exceptions import MlflowException

    mlflow.set_tracking_uri(tracking_uri(params_path))
    try:
        versions = MlflowClient().search_model_versions(f"name = '{name}'")
    except MlflowException:
        return None
    wanted = dict(tags or {})
    matching = [int(v.version) for v in versions if all(v.tags.get(key) == value for key, value in wanted.items())]
    return str(max(matching)) if matching else None


def _log_evaluation(summary: Mapping[str, Any], config: Any, params_path: str | Path | None = None) -> list[str]:
    """One evaluate run per model x judge, tagged with the data version and registry version.

    The metric keys are already in the ``prism.<task>.<metric>.<attribute>`` scheme (undefined
    ones are left out), so runs of different models line up column by column in the UI.
    Kappa (when several judges ran) is logged in each of the model's runs, so any one run
    shows how far its judge agrees with the others.
    """
    import mlflow

    run_ids = []
    for entry in summary["runs"]:
        model, judge = entry["model"], entry["judge"]
        by_judge = summary["metrics"][model]
        tags = {
            "evaluate.model": model,
            "evaluate.judge": judge,
            "evaluate.kind": entry["kind"],
            "data_version": summary["data_version"],
            "prism_root": summary["prism_root"],
        }
        spec = config.models.get(model)
        if spec is not None and spec.registered_model:
            tags["registered_model"] = spec.registered_model
            lineage = _lineage(spec.path) if spec.path else {}
            version = model_version(spec.registered_model, lineage, params_path) if lineage else None
            if version is not None:
                tags["model_version"] = version
        params = {
            "model": model,
            "judge": judge,
            "judge_settings": config.judge_settings.get(judge, {}),
            "max_error_rate": config.max_error_rate,
            "tasks": list(config.tasks),
        }
        metrics = {**by_judge[judge], **by_judge.get("kappa", {})}
        with stage_run("evaluate", params_path, run_name=f"evaluate-{model}-{judge}", tags=tags) as run:
            mlflow.log_params(_params(params))
            defined = {key: float(value) for key, value in metrics.items() if value is not None and value == value}
            if defined:
                mlflow.log_metrics(defined)
            for artifact in [*entry["artifacts"], summary["report"], *summary["figures"]]:
                if Path(artifact).exists():
                    mlflow.log_artifact(str(artifact))
            run_ids.append(run.info.run_id)
    return run_ids


def _lineage(model_dir: str) -> dict[str, str]:
    """The dataset sha256 the model was trained on (training tags its registry version with it)."""
    path = Path(model_dir) / "training_summary.json"
    if not path.is_file():
        return {}
    sha256 = json.loads(path.read_text(encoding="utf-8")).get("dataset", {}).get("sha256")
    return {"dataset.sha256": sha256} if sha256 else {}
