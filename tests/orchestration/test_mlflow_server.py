"""A shared MLflow tracking server as docs/operations.md describes it: runs in a SQL database,
artifacts proxied by the server to S3. :func:`safellava.tracking.log_run` (what ``log_stage``
writes through) logs to it via ``MLFLOW_TRACKING_URI``, and the artifact comes back byte for byte from the bucket."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safellava import tracking
from tests.orchestration.conftest import S3, Services, child_env, free_port


@pytest.mark.slow
def test_log_stage_to_a_tracking_server_with_s3_artifacts(
    s3: S3, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mlflow

    port = free_port()
    services.start(
        "mlflow-server",
        [
            "mlflow",
            "server",
            "--backend-store-uri",
            f"sqlite:///{tmp_path / 'server.db'}",
            "--artifacts-destination",
            f"s3://{s3.bucket}/mlartifacts",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "1",
        ],
        # the server, not the client, talks to S3; background jobs are not needed here
        env=child_env(MLFLOW_SERVER_ENABLE_JOB_EXECUTION="false"),
        cwd=tmp_path,
        ready_url=f"http://127.0.0.1:{port}/health",
        timeout=120,
    )
    monkeypatch.setenv("MLFLOW_TRACKING_URI", f"http://127.0.0.1:{port}")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps({"input": 193, "valid": 190}) + "\n", encoding="utf-8")

    run_id = tracking.log_run(
        "ingest",
        {"input": 193, "valid": 190, "quarantined_by_reason": {"missing_image": 3}},
        params={"inputs": ["a.json"]},
        artifacts=[manifest],
        params_path=tmp_path / "no-params.yaml",
    )

    logged = mlflow.get_run(run_id)
    assert logged.data.metrics == {
        "ingest.input": 193.0,
        "ingest.valid": 190.0,
        "ingest.quarantined_by_reason.missing_image": 3.0,
    }
    assert logged.data.params == {"inputs": "['a.json']"}
    assert logged.data.tags["stage"] == "ingest"
    downloaded = mlflow.artifacts.download_artifacts(
        run_id=run_id, artifact_path="manifest.json", dst_path=str(tmp_path / "back")
    )
    assert Path(downloaded).read_bytes() == manifest.read_bytes()
    stored = [key for key in s3.keys("mlartifacts/") if key.endswith(f"/{run_id}/artifacts/manifest.json")]
    assert len(stored) == 1
    assert s3.client().get_object(Bucket=s3.bucket, Key=stored[0])["Body"].read() == manifest.read_bytes()
