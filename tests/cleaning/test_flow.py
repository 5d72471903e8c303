"""The Prefect flow gives the CLI's outputs, on the thread pool and on a dask cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safellava.cli import app


@pytest.mark.slow
def test_flow_on_threads_and_on_dask_matches_the_cli(ingested: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster
    from prefect.testing.utilities import prefect_test_harness

    from flows.clean import clean_flow

    params = tmp_path / "params.yaml"
    params.write_text(json.dumps({"clean": {"input": str(ingested), "report": None, "chunk_size": 50}}))
    result = CliRunner().invoke(
        app, ["clean", "--params", str(params), "--output", str(tmp_path / "cli"), "--no-track", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    with prefect_test_harness(), LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster:
        thread = clean_flow(str(params), track=False, output=str(tmp_path / "thread"))
        dask = clean_flow(
            str(params),
            track=False,
            output=str(tmp_path / "dask"),
            task_runner="dask",
            dask_address=cluster.scheduler_address,
        )
    assert thread == dask == json.loads(result.stdout)
    for name in ("cleaned.json", "changes.jsonl", "records-00000.jsonl"):
        expected = (tmp_path / "cli" / name).read_bytes()
        assert (tmp_path / "thread" / name).read_bytes() == expected == (tmp_path / "dask" / name).read_bytes()
