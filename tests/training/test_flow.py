"""The train Prefect flow: the same stage as the CLI, with a markdown report of the run."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.slow
def test_flow_trains_tracks_and_reports(params_file: Path) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.train import report, train_flow

    with prefect_test_harness():
        state = train_flow(params_path=str(params_file), baseline=True, return_state=True)
    assert state.is_completed()
    summary = state.result()
    assert summary["variant"] == "baseline" and summary["steps"] == 5
    assert summary["mlflow"]["registered_model"] == "safe-llava-baseline"
    assert "loss_history" not in summary  # per-step losses live in MLflow, not in Prefect's result store
    markdown = report(summary)
    assert "| missing images | 4 (skip) |" in markdown
    assert f"`{summary['dataset']['sha256']}`" in markdown and "safe-llava-baseline v1" in markdown
