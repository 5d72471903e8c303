"""`safellava validate` as scripts call it: exit codes, messages, outputs, MLflow."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import mlflow
import pytest
import yaml
from typer.testing import CliRunner

from safellava.biometrics.detector import default_detector
from safellava.cli import app
from safellava.records import iter_records

from ..conftest import REPO
from .conftest import EXPECTATIONS, NEUTRAL, Records, clean_by_hand, write_cleaned

runner = CliRunner()
# A refusal that itself names attributes: it must not count as leakage.
WORDY_REFUSAL = "I'm sorry, but I can't comment on a person's age, gender or race."


def _params(path: Path, tmp: Path, refusals: list[str] | None = None, **validate: Any) -> Path:
    """A params file with the repo's validate section, outputs in ``tmp``, overrides applied
    (no ``clean`` section unless ``refusals`` is given: the gate's default refusal applies)."""
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    section = {
        **params["validate"],
        "output": str(tmp / "validated"),
        "data_docs": str(tmp / "docs"),
        "expectations": str(EXPECTATIONS),
    }
    section.update(validate)
    params = {"validate": section, **({"clean": {"refusals": refusals}} if refusals else {})}
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    return path


@pytest.mark.slow
def test_clean_data_passes_and_is_tracked(ingested: Path, tmp_path: Path) -> None:
    """The refusal set comes from params; a record listed in failures.jsonl may be missing."""
    assert default_detector().attributes(WORDY_REFUSAL)  # so excluding refusals matters
    records, changes = clean_by_hand(list(iter_records(ingested)), refusal=WORDY_REFUSAL)
    failed = records.pop(50)
    changes = [change for change in changes if change["key"] != failed["key"]]
    cleaned = write_cleaned(
        tmp_path / "cleaned",
        records,
        changes,
        failures=[{"key": failed["key"], "id": failed["id"], "error": "rewrite failed", "backend": "local"}],
    )
    params = _params(tmp_path / "params.yaml", tmp_path, refusals=[WORDY_REFUSAL])
    result = runner.invoke(
        app, ["validate", "--ingested", str(ingested), "--cleaned", str(cleaned), "--params", str(params)]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["success"] is True and summary["failed_expectations"] == []
    assert summary["cleaned"]["records"] == 192
    assert set(summary["cleaned"]["leakage"].values()) == {0.0}
    assert (tmp_path / "docs" / "index.html").is_file()
    assert json.loads((tmp_path / "validated" / "results.json").read_text())["success"] is True
    (run,) = mlflow.search_runs(experiment_names=["safellava"], output_format="list")
    metrics = run.data.metrics
    assert metrics["validate.success"] == metrics["validate.ingested.success"] == 1.0
    assert metrics["validate.cleaned.leakage.age"] == 0.0
    assert run.data.tags["validate.gate"] == "passed"
    artifacts = [item.path for item in mlflow.MlflowClient().list_artifacts(run.info.run_id)]
    assert "results.json" in artifacts


def _leak(records: Records, keys: list[str], sentence: str) -> None:
    for record in records:
        if record["key"] in keys:
            record["conversations"][1]["value"] = sentence


def test_leakage_bound_per_attribute_and_overall(
    ingested: Path, cleaned_parts: tuple[Records, list[dict[str, Any]]], tmp_path: Path
) -> None:
    """2 of 193 records leak gender (1.04%): within a 2% gender bound, over a 1% overall one."""
    records, changes = copy.deepcopy(cleaned_parts)
    plain = [
        r["key"]
        for r in records
        if r["conversations"][1]["value"] != NEUTRAL and r["key"] not in {c["key"] for c in changes}
    ]
    leaking = plain[3:5]
    _leak(records, leaking, "The woman is smiling at the camera.")
    cleaned = write_cleaned(tmp_path / "cleaned", records, changes)
    bounds = {"overall": 0.01, "age": 0.0, "gender": 0.02, "race": 0.0, "eye_color": 0.0, "weight": 0.0}
    params = _params(tmp_path / "params.yaml", tmp_path, max_leakage=bounds)
    result = runner.invoke(
        app, ["validate", "--ingested", str(ingested), "--cleaned", str(cleaned), "--params", str(params), "--no-track"]
    )
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("cleaned.")]
    assert len(failed) == 1
    assert "expect_residual_biometric_leakage_to_be_at_most(text_column=gpt_text, attribute=overall" in failed[0]
    assert all(repr(key) in failed[0] for key in leaking)
    summary = json.loads(result.stdout)
    assert summary["cleaned"]["leakage"]["gender"] == summary["cleaned"]["leakage"]["overall"] == pytest.approx(2 / 193)


def test_missing_input_exits_2(ingested: Path, tmp_path: Path) -> None:
    params = _params(tmp_path / "params.yaml", tmp_path)
    result = runner.invoke(
        app,
        [
            "validate",
            "--ingested",
            str(ingested),
            "--cleaned",
            str(tmp_path / "nope"),
            "--params",
            str(params),
            "--no-track",
        ],
    )
    assert result.exit_code == 2
    assert "run `safellava clean` first" in result.stderr
