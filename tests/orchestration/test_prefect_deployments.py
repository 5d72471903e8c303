"""``prefect.yaml`` end to end, as docs/operations.md tells a new user: deploy every deployment
to a real server, start a process worker, run the ingest deployment and then the whole
pipeline (``safellava-pipeline/weekly``, on demand) on the sample, and check outputs, Prefect
artifacts and MLflow runs. The pipeline gets a params file at test size whose every output is
in tmp, and takes an API key from a Prefect Secret block."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

from tests.orchestration.conftest import (
    REPO,
    SAMPLE_INPUTS,
    PrefectServer,
    Services,
    flow_run_id,
    pipeline_params,
    run,
    write_params,
)
from tests.orchestration.test_secrets import SECRET_BLOCKS, leaks, prefect_records

POOL = "safellava-process"


def _deployments() -> list[dict]:
    return yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]


def test_prefect_yaml_is_consistent() -> None:
    """Every deployment names an entrypoint that exists, the shared pool, and both flow
    parameters; only the pipeline runs on a schedule (the stage deployments are on demand)."""
    deployments = _deployments()
    assert {item["entrypoint"] for item in deployments} >= {
        "flows/pipeline.py:pipeline",
        "flows/evaluate.py:evaluate_flow",
        "flows/ingest.py:ingest_flow",
    }
    for item in deployments:
        path, _, function = item["entrypoint"].partition(":")
        assert f"def {function}(" in (REPO / path).read_text(encoding="utf-8"), item["entrypoint"]
        assert item["work_pool"]["name"] == POOL
        assert set(item["parameters"]) == {"params_path", "track"}
        scheduled = bool(item.get("schedules"))
        assert scheduled == (item["entrypoint"] == "flows/pipeline.py:pipeline"), item["name"]


@pytest.mark.slow
def test_deploy_and_run_ingest_and_the_pipeline_through_a_worker(
    prefect_server: PrefectServer, repo_copy: Path, services: Services, tmp_path: Path, isolated_tracking: str
) -> None:
    env = prefect_server.env()
    run(["prefect", "work-pool", "create", POOL, "--type", "process", "--overwrite"], cwd=tmp_path, env=env)
    run(["prefect", "--no-prompt", "deploy", "--all"], cwd=repo_copy, env=env)
    status = run(["git", "status", "--porcelain", "--ignored"], cwd=repo_copy, env=env).stdout
    assert status == "", f"prefect deploy wrote into the checkout:\n{status}"

    # Each deployment of prefect.yaml exists, runs in the deployed checkout, with its params.
    flows = {flow["id"]: flow["name"] for flow in prefect_server.api("POST", "/flows/filter", {})}
    deployed = {
        f"{flows[item['flow_id']]}/{item['name']}": item
        for item in prefect_server.api("POST", "/deployments/filter", {})
    }
    assert {"safellava-pipeline/weekly", "evaluate/on-demand", "ingest/on-demand"} <= set(deployed)
    for item in deployed.values():
        assert item["pull_steps"] == [
            {"prefect.deployments.steps.set_working_directory": {"directory": str(repo_copy)}}
        ]
        assert item["parameters"] == {"params_path": "params.yaml", "track": True}
        assert item["work_pool_name"] == POOL
    assert [entry["schedule"]["cron"] for entry in deployed["safellava-pipeline/weekly"]["schedules"]] == ["0 3 * * 1"]
    assert deployed["ingest/on-demand"]["schedules"] == []

    # poll every second instead of every 10 s: the run starts as soon as it is created
    worker_env = prefect_server.env(PREFECT_WORKER_QUERY_SECONDS="1")
    worker_env.pop("OPENAI_API_KEY", None)  # the pipeline takes it from its Secret block (below)
    services.start(
        "worker", ["prefect", "worker", "start", "--pool", POOL, "--type", "process"], env=worker_env, cwd=tmp_path
    )
    output = tmp_path / "ingested"
    params = write_params(tmp_path / "params.yaml", output)
    launched = run(
        [
            "prefect",
            "deployment",
            "run",
            "ingest/on-demand",
            "--param",
            f"params_path={params}",
            "--watch",
            "--watch-interval",
            "1",
            "--watch-timeout",
            "150",
        ],
        cwd=tmp_path,
        env=env,
        timeout=180,
    )
    flow_run = prefect_server.api("GET", f"/flow_runs/{flow_run_id(launched.stdout)}")
    assert flow_run["state_type"] == "COMPLETED", flow_run["state"]
    assert flow_run["parameters"] == {"params_path": str(params), "track": True}

    manifest = json.loads((output / "manifest.json").read_text(encoding="utf-8"))
    assert [item["source"] for item in manifest["files"]] == [path.name for path in SAMPLE_INPUTS]
    assert manifest["input"] == manifest["valid"] + manifest["quarantined"] > 0
    assert (output / "records-00000.jsonl").stat().st_size > 0

    artifacts = prefect_server.api(
        "POST", "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [flow_run["id"]]}}}
    )
    table = next(item for item in artifacts if item["key"] == "ingest-counts")
    assert table["type"] == "markdown"
    for item in manifest["files"]:
        assert f"| {item['source']} | {item['input']} | {item['valid']} | {item['quarantined']} |" in table["data"]

    # The whole pipeline, on demand, as a new user runs it (docs/operations.md), with a key in
    # a Secret block that the pipeline loads once at its start.
    out = tmp_path / "pipeline"
    params = pipeline_params(tmp_path / "pipeline.yaml", out)
    key = {"OPENAI_API_KEY": "sk-test-deployment-key-from-a-block"}
    run([sys.executable, "-c", SECRET_BLOCKS, "save", *key], cwd=tmp_path, env=prefect_server.env(**key))
    try:
        launched = run(
            [
                "prefect",
                "deployment",
                "run",
                "safellava-pipeline/weekly",
                "--param",
                f"params_path={params}",
                "--watch",
                "--watch-interval",
                "2",
                "--watch-timeout",
                "270",
            ],
            cwd=tmp_path,
            env=env,
            timeout=300,
        )
    finally:
        run([sys.executable, "-c", SECRET_BLOCKS, "delete", *key], cwd=tmp_path, env=prefect_server.env())
    pipeline = prefect_server.api("GET", f"/flow_runs/{flow_run_id(launched.stdout)}")
    assert pipeline["state_type"] == "COMPLETED", pipeline["state"]
    assert pipeline["parameters"] == {"params_path": str(params), "track": True}

    # every stage ran as a subflow of it, and completed
    flows = {flow["id"]: flow["name"] for flow in prefect_server.api("POST", "/flows/filter", {})}
    stages = prefect_server.api(
        "POST", "/flow_runs/filter", {"flow_runs": {"parent_flow_run_id": {"any_": [pipeline["id"]]}}}
    )
    assert sorted(flows[item["flow_id"]] for item in stages) == sorted(
        ["ingest", "audit", "clean", "validate", "train", "train", "evaluate"]
    )
    assert {item["state_type"] for item in stages} == {"COMPLETED"}
    logs = prefect_server.api("POST", "/logs/filter", {"logs": {"flow_run_id": {"any_": [pipeline["id"]]}}})
    assert any("credentials from Prefect Secret blocks: OPENAI_API_KEY" in item["message"] for item in logs)

    # the key artifacts, all in tmp, at test size
    assert json.loads((out / "data" / "cleaned" / "summary.json").read_text(encoding="utf-8"))["records_out"] > 0
    assert (out / "data" / "cleaned" / "cleaned.json").stat().st_size > 0
    assert (out / "data" / "validated" / "results.json").exists()
    assert json.loads((out / "models" / "safe" / "training_summary.json").read_text(encoding="utf-8"))["steps"] == 2
    assert (out / "models" / "baseline" / "training_summary.json").exists()
    metrics = json.loads((out / "data" / "prism" / "metrics.json").read_text(encoding="utf-8"))
    assert "prism.refusal_soft.acc.macro" in json.dumps(metrics)
    assert (out / "reports" / "prism.html").exists()
    keys = {
        item["key"]
        for item in prefect_server.api(
            "POST", "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [item["id"] for item in stages]}}}
        )
    }
    assert keys >= {
        "ingest-counts",
        "audit-counts",
        "clean-summary",
        "validate-gate",
        "train-safe",
        "train-baseline",
        "prism-metrics",
    }

    # and in MLflow: a run per stage, the trained models registered
    from mlflow.tracking import MlflowClient

    client = MlflowClient(isolated_tracking)
    runs = client.search_runs([item.experiment_id for item in client.search_experiments()])
    assert {run.data.tags.get("stage") for run in runs} >= {"ingest", "audit", "clean", "validate", "train", "evaluate"}
    assert client.search_model_versions("name='safe-llava'") and client.search_model_versions(
        "name='safe-llava-baseline'"
    )
    assert leaks({"prefect": json.dumps(prefect_records(prefect_server))}, key.values()) == []
    # The outputs went where the params file says, MLflow's artifacts next to its SQLite
    # store: nothing lands in the deployed checkout.
    status = run(["git", "status", "--porcelain", "--ignored"], cwd=repo_copy, env=env).stdout.splitlines()
    assert [line for line in status if "__pycache__" not in line] == []
