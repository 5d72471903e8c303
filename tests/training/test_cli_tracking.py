"""`safellava train` end to end: params.yaml defaults, the summary on stdout, MLflow lineage."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from mlflow import MlflowClient
from typer.testing import CliRunner

from safellava.cli import app


def test_train_logs_params_loss_dataset_and_registers_the_model(params_file: Path, training_file: Path) -> None:
    result = CliRunner().invoke(app, ["train", "--params", str(params_file), "--no-progress"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["steps"] == 5 and summary["records"]["missing_image_skipped"] == 4
    assert (Path("models/safe") / "model.safetensors").is_file()

    client = MlflowClient()
    run = client.get_run(summary["mlflow"]["run_id"])
    assert run.data.params["learning_rate"] == "0.003" and run.data.params["missing_images"] == "skip"
    sha256 = hashlib.sha256(training_file.read_bytes()).hexdigest()
    assert run.data.tags["dataset.sha256"] == sha256
    assert run.data.tags["train.missing_images"] == "skip" and run.data.tags["train.missing_images.count"] == "4"
    assert run.data.metrics["train.records.used"] == summary["records"]["used"]
    history = client.get_metric_history(run.info.run_id, "train.loss")
    assert [point.step for point in history] == [1, 2, 3, 4, 5]
    assert [point.value for point in history][-1] == pytest.approx(summary["final_loss"])
    assert run.inputs.dataset_inputs[0].dataset.digest == sha256[:16]

    [version] = client.search_model_versions("name='safe-llava'")
    assert version.run_id == run.info.run_id and str(version.version) == summary["mlflow"]["version"]
    assert version.tags["dataset.sha256"] == sha256
    files = {item.path for item in client.list_logged_model_artifacts(summary["mlflow"]["model_id"])}
    assert {"config.json", "model.safetensors", "tokenizer.json", "training_summary.json"} <= files


def test_baseline_trains_the_raw_records_under_its_own_name(params_file: Path) -> None:
    result = CliRunner().invoke(
        app, ["train", "--baseline", "--params", str(params_file), "--no-progress", "--max-steps", "2"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["variant"] == "baseline" and summary["steps"] == 2 and summary["output"] == "models/baseline"
    assert summary["mlflow"]["registered_model"] == "safe-llava-baseline"
    assert Path("models/baseline/config.json").is_file() and not Path("models/safe").exists()


def test_missing_data_and_bad_params_fail_clearly(params_file: Path, tmp_path: Path) -> None:
    missing = CliRunner().invoke(app, ["train", "--params", str(params_file), "--data", str(tmp_path / "none.json")])
    assert missing.exit_code == 2 and "training data not found" in missing.output
    bad = CliRunner().invoke(app, ["train", "--params", str(params_file), "--missing-images", "guess"])
    assert bad.exit_code == 2 and "missing_images" in bad.output


def test_step_metrics_are_buffered_and_none_is_lost(params_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from safellava import tracking

    monkeypatch.setattr(tracking.TrainingTracker, "FLUSH_SECONDS", 3600.0)
    with tracking.training_run("safe", {"seed": 1}, params_file) as tracker:
        for step in (1, 2, 3):
            tracker.log_step({"train.loss": 1.0 / step, "train.learning_rate": 0.1}, step)
        assert MlflowClient().get_metric_history(tracker.run_id, "train.loss") == []  # one store write, not three
        tracker.flush()
        assert [point.step for point in MlflowClient().get_metric_history(tracker.run_id, "train.loss")] == [1, 2, 3]
        tracker.log_step({"train.loss": 0.1}, 4)
    history = MlflowClient().get_metric_history(tracker.run_id, "train.loss")
    assert [point.step for point in history] == [1, 2, 3, 4]  # the run's end writes what was left
    assert history[-1].value == pytest.approx(0.1)
