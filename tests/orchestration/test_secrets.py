"""Secrets stay in the environment: with recognisable fake keys planted there, every stage,
run every way it can be run (CLI, Prefect flow, ``dvc repro``/``dvc push``), must leave
no trace of them in its stdout/stderr, outputs, reports, DVC files, MLflow params, tags
and artifacts, or Prefect logs, artifacts and persisted results. Keys kept in Prefect
Secret blocks instead reach the stage through the environment of the flow run alone.

To cover a new stage, add it to ``dvc.yaml`` and ``flows/pipeline.py`` (both run below), or
its other commands to :data:`STAGE_COMMANDS`; they run in order, in a copy of the repository,
from its params.yaml at test size (``SMALL`` of conftest.py: 2 training steps, one PRISM task).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tasks.secrets import STAGES, stage_variables
from tests.cleaning.fake_openai import FakeOpenAI
from tests.orchestration.conftest import (
    REPO,
    S3,
    SAMPLE_INPUTS,
    PrefectServer,
    pipeline_params,
    run,
    small_params,
    write_params,
)

TOKEN = uuid.uuid4().hex
PLANTED = {
    "OPENAI_API_KEY": f"sk-test-PLANTED-{TOKEN}",
    "GEMINI_API_KEY": f"AIzaPLANTED-gemini-{TOKEN}",
    "GOOGLE_API_KEY": f"AIzaPLANTED-google-{TOKEN}",
    "AWS_ACCESS_KEY_ID": f"AKIAPLANTED{TOKEN[:9].upper()}",
    "AWS_SECRET_ACCESS_KEY": f"PLANTED/aws/secret/{TOKEN}",
    "AWS_SESSION_TOKEN": f"PLANTED-session-{TOKEN}",
    "HF_TOKEN": f"hf_PLANTED{TOKEN}",
}

# Every stage, each way it can be run. Relative paths resolve in the copy. `dvc repro` runs the
# CLI command of every stage of dvc.yaml (`safellava ingest`, ..., `safellava train --baseline`,
# `safellava evaluate` with the local judge), and their output is its output; the pipeline flow
# runs every stage flow (clean and evaluate included) after loading the Secret blocks.
STAGE_COMMANDS: list[list[str]] = [
    ["dvc", "repro"],
    ["dvc", "push"],
    # the LLM backend, against the fake OpenAI server ($OPENAI_BASE_URL) that sees the planted key
    ["safellava", "clean", "--no-progress", "--backend", "openai", "--output", "data/cleaned-openai"],
    [sys.executable, "-m", "flows.pipeline"],
]
OUTPUTS = [  # what the commands above write in the copy (the scan must have seen them)
    "data/ingested/manifest.json",
    "data/audit/audit.json",
    "data/cleaned/cleaned.json",
    "data/cleaned-openai/summary.json",
    "data/validated/results.json",
    "models/safe/training_summary.json",
    "models/baseline/training_summary.json",
    "data/prism/metrics.json",
    "reports/prism.html",
    "dvc.lock",
]


class KeyRecordingOpenAI(FakeOpenAI):
    """The cleaning tests' fake OpenAI server, also recording each request's Authorization header."""

    def __init__(self) -> None:
        self.authorizations: list[str] = []
        super().__init__()

    def _handler(self) -> Any:
        handler, seen = super()._handler(), self.authorizations

        class Recording(handler):  # type: ignore[misc,valid-type]
            def do_POST(self) -> None:
                seen.append(self.headers.get("Authorization", ""))
                super().do_POST()

        return Recording


@pytest.fixture
def fake_openai() -> Iterator[KeyRecordingOpenAI]:
    with KeyRecordingOpenAI() as server:
        yield server


def leaks(texts: dict[str, str | bytes], secrets: Iterable[str]) -> list[str]:
    """``where: NAME`` for every text (or file content) that contains a secret value."""
    found = []
    for where, text in texts.items():
        data = text.encode() if isinstance(text, str) else text
        found += [f"{where}: {value}" for value in secrets if value.encode() in data]
    return found


def files_under(*roots: Path) -> dict[str, bytes]:
    """Every file below ``roots`` (SQLite databases and their WAL files included), by path."""
    return {str(path): path.read_bytes() for root in roots for path in root.rglob("*") if path.is_file()}


def mlflow_records(tracking_uri: str) -> dict[str, str]:
    """Params and tags of every MLflow run, read back through the tracking API."""
    from mlflow.tracking import MlflowClient

    client = MlflowClient(tracking_uri)
    experiments = [experiment.experiment_id for experiment in client.search_experiments()]
    return {
        f"mlflow run {found.info.run_id} ({found.data.tags.get('stage')})": json.dumps(
            [found.data.params, found.data.tags]
        )
        for found in client.search_runs(experiments)
    }


def prefect_records(server: PrefectServer) -> dict[str, str]:
    """Flow runs (with parameters), logs and artifacts, read back through the Prefect API."""
    records: dict[str, str] = {}
    for kind in ("flow_runs", "logs", "artifacts"):
        offset = 0
        while page := server.api("POST", f"/{kind}/filter", {"limit": 200, "offset": offset}):
            records.update({f"prefect {kind} #{offset + index}": json.dumps(item) for index, item in enumerate(page)})
            offset += len(page)
    return records


def test_the_scan_finds_a_planted_key(tmp_path: Path) -> None:
    """The check below can fail: a key in a text file or a SQLite row is reported."""
    secret = PLANTED["OPENAI_API_KEY"]
    (tmp_path / "log.txt").write_text(f"calling the API with {secret}\n", encoding="utf-8")
    with sqlite3.connect(tmp_path / "store.db") as db:
        db.execute("CREATE TABLE params (key TEXT, value TEXT)")
        db.execute("INSERT INTO params VALUES (?, ?)", ("api_key", secret))
    db.close()
    (tmp_path / "clean.txt").write_text("nothing here\n", encoding="utf-8")
    assert sorted(leaks(files_under(tmp_path), [secret])) == [
        f"{tmp_path / 'log.txt'}: {secret}",
        f"{tmp_path / 'store.db'}: {secret}",
    ]


def test_stage_variables_follow_the_names_params_give() -> None:
    """What a flow loads from Secret blocks: the AWS keys for ingest, HF_TOKEN for train, and
    the variables params name for the LLM clients (defaults, and another name when given)."""
    params = str(REPO / "params.yaml")
    assert stage_variables(params, ["audit", "validate"]) == []
    assert stage_variables(params, ["ingest"]) == ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]
    assert stage_variables(params, ["clean"]) == ["OPENAI_API_KEY"]
    assert stage_variables(params, ["evaluate"]) == ["OPENAI_API_KEY", "GEMINI_API_KEY"]
    assert set(stage_variables(params, STAGES)) == set(PLANTED) - {"GOOGLE_API_KEY"}


def test_stage_variables_of_another_params_file(tmp_path: Path) -> None:
    params = tmp_path / "params.yaml"
    params.write_text(
        yaml.safe_dump(
            {
                "clean": {"openai": {"api_key_env": "VLLM_KEY"}},
                "evaluate": {
                    "judge_settings": {"a": {"model": "m"}, "b": {"api_key_env": "JUDGE_B_KEY"}},
                    "models": {
                        "safe": {"path": "models/safe"},
                        "qwen": {"backend": "hf", "hub_id": "Qwen/Qwen2.5-VL-7B-Instruct"},
                        "served": {"backend": "openai", "model": "m", "api_key_env": "SERVED_KEY"},
                    },
                },
            }
        ),
        encoding="utf-8",
    )
    assert stage_variables(str(params), ["clean", "evaluate"]) == [
        "VLLM_KEY",
        "OPENAI_API_KEY",
        "JUDGE_B_KEY",
        "SERVED_KEY",
        "HF_TOKEN",
    ]


@pytest.mark.slow
def test_no_stage_writes_a_secret_anywhere(
    prefect_server: PrefectServer,
    repo_copy: Path,
    tmp_path: Path,
    isolated_tracking: str,
    fake_openai: KeyRecordingOpenAI,
) -> None:
    small_params(repo_copy / "params.yaml")
    results = tmp_path / "prefect-results"
    env = prefect_server.env(
        PREFECT_RESULTS_PERSIST_BY_DEFAULT="true",
        PREFECT_RESULTS_LOCAL_STORAGE_PATH=str(results),
        OPENAI_BASE_URL=fake_openai.base_url,
        **PLANTED,
    )
    outputs: dict[str, str] = {}
    for argv in STAGE_COMMANDS:
        # a hang guard, not a speed check: the whole pipeline on a loaded 2-core runner took over 300 s
        result = run(argv, cwd=repo_copy, env=env, timeout=900)
        outputs[f"stdout of {' '.join(argv)}"] = result.stdout
        outputs[f"stderr of {' '.join(argv)}"] = result.stderr

    mlflow_store = Path(isolated_tracking.removeprefix("sqlite:///")).parent
    scanned = {
        **outputs,
        **files_under(tmp_path, mlflow_store, prefect_server.home),
        **mlflow_records(isolated_tracking),
        **prefect_records(prefect_server),
    }
    # The scan saw what the stages wrote, so an empty result means something.
    for expected in [*(repo_copy / name for name in OUTPUTS), Path(isolated_tracking.removeprefix("sqlite:///"))]:
        assert str(expected) in scanned
    assert any(results.iterdir()), "no Prefect results were persisted"
    assert any(name.startswith("prefect logs") for name in scanned)
    flows = {flow["id"]: flow["name"] for flow in prefect_server.api("POST", "/flows/filter", {})}
    ran = {flows[json.loads(text)["flow_id"]] for name, text in scanned.items() if name.startswith("prefect flow_runs")}
    assert ran >= {"safellava-pipeline", "ingest", "audit", "clean", "validate", "train", "evaluate"}, ran
    tagged = {name.rpartition("(")[2].rstrip(")") for name in scanned if name.startswith("mlflow run")}
    assert tagged >= {"ingest", "audit", "clean", "validate", "train", "evaluate"}, tagged
    assert any(str(tmp_path / "safellava-dvc-store") in name for name in scanned)
    # the openai backend really sent the planted key (to the fake server, and nowhere else)
    assert fake_openai.authorizations and set(fake_openai.authorizations) == {f"Bearer {PLANTED['OPENAI_API_KEY']}"}

    assert leaks(scanned, PLANTED.values()) == []


# save: a Secret block per variable named on the command line, from its value in the
# environment; delete: remove them again (the Prefect server is shared by the session).
SECRET_BLOCKS = """
import os, sys
from prefect.blocks.system import Secret
from tasks.secrets import block_name
action, names = sys.argv[1], sys.argv[2:]
for name in names:
    if action == "save":
        Secret(value=os.environ[name]).save(block_name(name), overwrite=True)
    else:
        Secret.delete(block_name(name))
"""


@pytest.mark.slow
def test_ingest_flow_reads_s3_with_credentials_from_secret_blocks(
    prefect_server: PrefectServer, s3: S3, tmp_path: Path
) -> None:
    """A worker without AWS keys in its environment: the flow takes them from Secret blocks."""
    source = SAMPLE_INPUTS[1]
    s3.client().upload_file(str(source), s3.bucket, source.name)
    output = tmp_path / "ingested"
    write_params(tmp_path / "params.yaml", output, inputs=[f"s3://{s3.bucket}/{source.name}"])
    credentials = {
        "AWS_ACCESS_KEY_ID": PLANTED["AWS_ACCESS_KEY_ID"],
        "AWS_SECRET_ACCESS_KEY": PLANTED["AWS_SECRET_ACCESS_KEY"],
    }
    run(
        [sys.executable, "-c", SECRET_BLOCKS, "save", *credentials], cwd=tmp_path, env=prefect_server.env(**credentials)
    )
    try:
        env = prefect_server.env(
            AWS_CONFIG_FILE=str(tmp_path / "none"),
            AWS_SHARED_CREDENTIALS_FILE=str(tmp_path / "none"),
            AWS_EC2_METADATA_DISABLED="true",
        )
        for name in (*credentials, "AWS_SESSION_TOKEN", "AWS_PROFILE"):
            env.pop(name, None)
        result = run([sys.executable, "-m", "flows.ingest"], cwd=tmp_path, env=env)
    finally:
        run([sys.executable, "-c", SECRET_BLOCKS, "delete", *credentials], cwd=tmp_path, env=prefect_server.env())
    assert (
        "credentials from Prefect Secret blocks: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY"
        in result.stdout + result.stderr
    )
    assert json.loads((output / "manifest.json").read_text(encoding="utf-8"))["files"][0]["location"].startswith(
        "s3://"
    )
    scanned = {
        "stdout": result.stdout,
        "stderr": result.stderr,
        **files_under(output),
        **prefect_records(prefect_server),
    }
    assert leaks(scanned, credentials.values()) == []


@pytest.mark.slow
def test_clean_flow_takes_the_openai_key_from_a_secret_block(
    prefect_server: PrefectServer, fake_openai: KeyRecordingOpenAI, tmp_path: Path
) -> None:
    """The clean flow run on its own, by a worker without OPENAI_API_KEY: the openai backend
    gets the key of the ``openai-api-key`` block, and it appears nowhere but in its requests."""
    out = tmp_path / "out"
    params_path = pipeline_params(tmp_path / "params.yaml", out)
    params = yaml.safe_load(params_path.read_text(encoding="utf-8"))
    params["clean"].update(input=str(SAMPLE_INPUTS[1]), backend="openai")
    params["clean"]["openai"]["base_url"] = fake_openai.base_url
    params_path.write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    key = {"OPENAI_API_KEY": PLANTED["OPENAI_API_KEY"]}
    run([sys.executable, "-c", SECRET_BLOCKS, "save", *key], cwd=tmp_path, env=prefect_server.env(**key))
    try:
        env = prefect_server.env()
        env.pop("OPENAI_API_KEY", None)
        result = run([sys.executable, "-m", "flows.clean"], cwd=tmp_path, env=env)
    finally:
        run([sys.executable, "-c", SECRET_BLOCKS, "delete", *key], cwd=tmp_path, env=prefect_server.env())
    assert "credentials from Prefect Secret blocks: OPENAI_API_KEY" in result.stdout + result.stderr
    summary = json.loads((out / "data" / "cleaned" / "summary.json").read_text(encoding="utf-8"))
    assert summary["backend"] == "openai" and summary["llm_calls"] > 0
    assert set(fake_openai.authorizations) == {f"Bearer {key['OPENAI_API_KEY']}"}
    scanned = {"stdout": result.stdout, "stderr": result.stderr, **files_under(out), **prefect_records(prefect_server)}
    assert leaks(scanned, key.values()) == []
