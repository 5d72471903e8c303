"""A stage is wired once: its CLI command and its Prefect flow log the same MLflow run.

Both load the stage's typed config the same way, call the same ``run(config)`` and hand
config and summary to the same :func:`safellava.tracking.log_stage`, so for the same
params the two runs must carry the same params and the same metrics. The stages run here on
the bundled pretrain sample (10 real records), one after the other as in the pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from safellava.cli import app

from ..conftest import PRETRAIN_SAMPLE, REPO

STAGES = ("ingest", "audit", "clean", "validate")
BOUNDS = {name: 1.0 for name in ("overall", "age", "gender", "race", "eye_color", "weight")}


def _params(root: Path) -> Path:
    params = {
        "ingest": {"inputs": [str(PRETRAIN_SAMPLE)], "output": str(root / "ingested")},
        "audit": {"input": str(root / "ingested"), "output": str(root / "audit"), "report": str(root / "audit.html")},
        "clean": {
            "input": str(root / "ingested"),
            "output": str(root / "cleaned"),
            "report": str(root / "clean.html"),
            "metrics": str(root / "clean.json"),
            "cache": str(root / "clean.sqlite"),
        },
        "validate": {
            "ingested": str(root / "ingested"),
            "cleaned": str(root / "cleaned"),
            "output": str(root / "validated"),
            "expectations": str(REPO / "expectations"),
            "data_docs": str(root / "docs"),
            "max_leakage": BOUNDS,
            "max_unfaithful_share": 1.0,
        },
    }
    path = root / "params.yaml"
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    return path


def _runs_by_stage() -> dict[str, list[Any]]:
    import mlflow

    runs: dict[str, list[Any]] = {}
    for run in mlflow.search_runs(
        experiment_names=["safellava"], output_format="list", order_by=["attributes.start_time ASC"]
    ):
        runs.setdefault(run.data.tags["stage"], []).append(run)
    return runs


@pytest.mark.slow
def test_cli_and_flow_log_the_same_params_and_metrics(tmp_path: Path) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.audit import audit_flow
    from flows.clean import clean_flow
    from flows.ingest import ingest_flow
    from flows.validate import validate_flow

    params = _params(tmp_path)
    for stage in STAGES:
        result = CliRunner().invoke(
            app,
            [stage, "--params", str(params), "--no-progress"]
            if stage != "validate"
            else [stage, "--params", str(params)],
        )
        assert result.exit_code == 0, (stage, result.output)
    with prefect_test_harness():
        ingest_flow(params_path=str(params))
        audit_flow(params_path=str(params))
        clean_flow(params_path=str(params))
        validate_flow(params_path=str(params))

    import mlflow

    runs = _runs_by_stage()
    for stage in STAGES:
        cli_run, flow_run = runs[stage]
        assert cli_run.data.params == flow_run.data.params, stage
        assert cli_run.data.metrics == flow_run.data.metrics, stage
        assert cli_run.data.metrics and all(key.startswith(f"{stage}.") for key in cli_run.data.metrics), stage
    assert runs["ingest"][0].data.metrics["ingest.valid"] == 10
    # the whole config is logged: the knob the CLI once logged and the flow did not is in both
    assert runs["ingest"][1].data.params["image_root"] == "None"
    assert runs["ingest"][1].data.params["shard_size"] == "100000"
    assert runs["validate"][1].data.tags["validate.gate"] == "passed"
    client = mlflow.MlflowClient()
    artifacts = {
        stage: sorted(item.path for item in client.list_artifacts(run.info.run_id)) for stage, (run, _) in runs.items()
    }
    assert artifacts["ingest"] == ["manifest.json"] and artifacts["audit"] == ["audit.html", "audit.json"]


def test_experiment_is_tagged_to_open_on_its_runs(tmp_path: Path) -> None:
    """MLflow 3's UI opens an experiment of kind custom_model_development ("Machine learning")
    on its runs; an untagged one may open on the GenAI traces overview. A kind chosen in the
    UI afterwards is kept."""
    import mlflow

    from safellava import tracking

    tracking.log_run("ingest", {"valid": 1}, params_path=tmp_path / "none.yaml")
    experiment = mlflow.get_experiment_by_name("safellava")
    assert experiment.tags[tracking.EXPERIMENT_KIND_TAG] == tracking.EXPERIMENT_KIND == "custom_model_development"
    mlflow.MlflowClient().set_experiment_tag(experiment.experiment_id, tracking.EXPERIMENT_KIND_TAG, "finetuning")
    tracking.log_run("ingest", {"valid": 1}, params_path=tmp_path / "none.yaml")
    assert mlflow.get_experiment_by_name("safellava").tags[tracking.EXPERIMENT_KIND_TAG] == "finetuning"


def test_the_ui_knows_the_experiment_kind() -> None:
    """The tag key and value are the ones the installed MLflow UI reads (its ExperimentKind)."""
    import mlflow

    from safellava import tracking

    bundle = Path(mlflow.__file__).parent / "server" / "js" / "build" / "static" / "js"
    text = "".join(path.read_text(encoding="utf-8", errors="ignore") for path in bundle.glob("main.*.js"))
    assert f'"{tracking.EXPERIMENT_KIND_TAG}"' in text
    assert f'CUSTOM_MODEL_DEVELOPMENT="{tracking.EXPERIMENT_KIND}"' in text
