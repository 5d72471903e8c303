"""``prefect.yaml`` end to end: deploy every deployment to a real server, run the ingest
deployment through a process worker, and check its outputs and its markdown artifact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.orchestration.conftest import (
    REPO, SAMPLE_INPUTS, PrefectServer, Services, flow_run_id, run, write_params,
)

POOL = "safellava-process"


def _deployments() -> list[dict]:
    return yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]


def test_prefect_yaml_is_consistent() -> None:
    """Every deployment names an entrypoint that exists, the shared pool, and both flow
    parameters; only the pipeline runs on a schedule (the stage deployments are on demand)."""
    deployments = _deployments()
    assert {item["entrypoint"] for item in deployments} >= {
        "flows/pipeline.py:pipeline", "flows/evaluate.py:evaluate_flow", "flows/ingest.py:ingest_flow"
    }
    for item in deployments:
        path, _, function = item["entrypoint"].partition(":")
        assert f"def {function}(" in (REPO / path).read_text(encoding="utf-8"), item["entrypoint"]
        assert item["work_pool"]["name"] == POOL
        assert set(item["parameters"]) == {"params_path", "track"}
        scheduled = bool(item.get("schedules"))
        assert scheduled == (item["entrypoint"] == "flows/pipeline.py:pipeline"), item["name"]


@pytest.mark.slow
def test_deploy_and_run_ingest_through_a_worker(
    prefect_server: PrefectServer, repo_copy: Path, services: Services, tmp_path: Path
) -> None:
    env = prefect_server.env()
    run(["prefect", "work-pool", "create", POOL, "--type", "process", "--overwrite"], cwd=tmp_path, env=env)
    run(["prefect", "--no-prompt", "deploy", "--all"], cwd=repo_copy, env=env)
    status = run(["git", "status", "--porcelain", "--ignored"], cwd=repo_copy, env=env).stdout
    assert status == "", f"prefect deploy wrote into the checkout:\n{status}"

    # Each deployment of prefect.yaml exists, runs in the deployed checkout, with its params.
    flows = {flow["id"]: flow["name"] for flow in prefect_server.api("POST", "/flows/filter", {})}
    deployed = {
        f"{flows[item['flow_id']]}/{item['name']}": item for item in prefect_server.api("POST", "/deployments/filter", {})
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
    services.start("worker", ["prefect", "worker", "start", "--pool", POOL, "--type", "process"], env=worker_env, cwd=tmp_path)
    output = tmp_path / "ingested"
    params = write_params(tmp_path / "params.yaml", output)
    launched = run(
        ["prefect", "deployment", "run", "ingest/on-demand", "--param", f"params_path={params}",
         "--watch", "--watch-interval", "1", "--watch-timeout", "150"],
        cwd=tmp_path, env=env, timeout=180,
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
