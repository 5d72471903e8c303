"""Real servers on 127.0.0.1 for the orchestration tests: S3 (moto), Prefect, HTTP, and
throw-away copies of the repository.

Every server is started by a fixture and stopped by the same fixture, also when the test
fails, together with everything it spawned (uvicorn workers, flow-run processes). Nothing is
written into the repository: deployments and ``dvc repro`` run in a copy under tmp.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "sample"
SAMPLE_INPUTS = [
    SAMPLE / "pretrain" / "blip_laion_cc_sbu_558k.sample10.json",
    SAMPLE / "instruct" / "llava_instruct_150k.sample.json",
]
BIN = Path(sys.executable).parent  # the venv's console scripts: safellava, prefect, dvc, mlflow
GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
}


def free_port() -> int:
    """A port that was free a moment ago (servers that cannot take port 0 need one)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def child_env(**overrides: str) -> dict[str, str]:
    """The test's environment for a subprocess: venv scripts first on PATH, no stray
    Prefect/DVC user settings, and no telemetry (the machines running CI are offline)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PREFECT_", "DVC_"))}
    env.update(
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        DVC_NO_ANALYTICS="1",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        GIT_CONFIG_GLOBAL=os.devnull,
        **GIT_IDENTITY,
    )
    env.update(overrides)
    return env


def run(
    argv: list[str | Path], cwd: Path, env: Mapping[str, str], timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Run a command to completion; fail the test with its output when it exits non-zero."""
    result = subprocess.run(
        [str(arg) for arg in argv], cwd=cwd, env=dict(env), capture_output=True, text=True, timeout=timeout
    )
    if result.returncode != 0:
        pytest.fail(
            f"{' '.join(map(str, argv))} exited {result.returncode}\n"
            f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-4000:]}"
        )
    return result


@dataclass
class Service:
    """A background process in its own process group, with its output in a log file."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self, grace: float = 15) -> None:
        """SIGTERM the process and every descendant, wait ``grace`` seconds, then SIGKILL
        what is left. Descendants are found through the process tree, not the process group,
        because some (Prefect's flow-run processes) start sessions of their own."""
        import psutil

        try:
            tree = [psutil.Process(self.process.pid)]
            tree += tree[0].children(recursive=True)
        except psutil.NoSuchProcess:
            tree = []
        for process in tree:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.terminate()
        _, alive = psutil.wait_procs(tree, timeout=grace)
        for process in alive:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)  # anything that left the tree but not the group
        self.process.wait()

    def tail(self, chars: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""


@dataclass
class Services:
    """Starts background processes for one scope and stops them all, newest first."""

    logs: Path
    started: list[Service] = field(default_factory=list)

    def start(
        self,
        name: str,
        argv: list[str | Path],
        env: Mapping[str, str],
        cwd: Path,
        ready_url: str | None = None,
        timeout: float = 90,
    ) -> Service:
        """Start ``argv``; when ``ready_url`` is given, wait until it answers HTTP 200."""
        log = self.logs / f"{name}.log"
        with log.open("wb") as sink:
            process = subprocess.Popen(
                [str(arg) for arg in argv],
                cwd=cwd,
                env=dict(env),
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        service = Service(name, process, log)
        self.started.append(service)
        if ready_url:
            wait_until_ready(service, ready_url, timeout)
        return service

    def stop_all(self) -> None:
        while self.started:
            self.started.pop().stop()


def wait_until_ready(service: Service, url: str, timeout: float) -> None:
    """Poll ``url`` until it answers 200; fail early, with the log, if the process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if service.process.poll() is not None:
            pytest.fail(f"{service.name} exited {service.process.returncode} while starting:\n{service.tail()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    pytest.fail(f"{service.name} did not answer {url} within {timeout}s:\n{service.tail()}")


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """Background processes of one test (a Prefect worker, an MLflow server), stopped after it."""
    logs = tmp_path / "service-logs"
    logs.mkdir()
    started = Services(logs)
    try:
        yield started
    finally:
        started.stop_all()


# --- S3 -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class S3:
    """A fresh bucket on the moto server, and the AWS environment that reaches it."""

    endpoint: str
    bucket: str
    env: dict[str, str]

    def client(self) -> Any:
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=self.env["AWS_DEFAULT_REGION"],
            aws_access_key_id=self.env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=self.env["AWS_SECRET_ACCESS_KEY"],
        )

    def keys(self, prefix: str = "") -> list[str]:
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix)
        return [item["Key"] for page in pages for item in page.get("Contents", [])]


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """One S3-compatible server (moto, in a thread) for the session."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def s3(moto_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> S3:
    """A new bucket per test; the standard AWS variables (``AWS_ENDPOINT_URL`` included) are
    set for this process and, through :func:`child_env`, for its subprocesses."""
    env = {
        "AWS_ENDPOINT_URL": moto_endpoint,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    for key in ("AWS_ENDPOINT_URL_S3", "AWS_PROFILE", "AWS_SESSION_TOKEN", "MLFLOW_S3_ENDPOINT_URL"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    bucket = S3(moto_endpoint, f"safellava-{uuid.uuid4().hex[:12]}", env)
    bucket.client().create_bucket(Bucket=bucket.bucket)
    return bucket


# --- HTTP ---------------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        """Keep request lines out of the test output."""


@pytest.fixture
def http_sample() -> Iterator[str]:
    """``data/sample`` served over HTTP on 127.0.0.1 (the base URL, no trailing slash)."""
    handler = functools.partial(_QuietHandler, directory=str(SAMPLE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# --- Prefect ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrefectServer:
    """A Prefect API on 127.0.0.1 whose database and settings live in ``home`` (tmp)."""

    api_url: str
    home: Path

    def env(self, **overrides: str) -> dict[str, str]:
        """Environment for Prefect clients (CLI, worker, flows) that talk to this server."""
        return child_env(PREFECT_API_URL=self.api_url, PREFECT_HOME=str(self.home), **overrides)

    def api(self, method: str, path: str, json: Any = None) -> Any:
        """One REST call (``path`` after ``/api``); the JSON answer."""
        import httpx

        response = httpx.request(method, f"{self.api_url}{path}", json=json, timeout=30)
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    """``prefect server start`` on a free port, with its own PREFECT_HOME, for the session."""
    root = tmp_path_factory.mktemp("prefect")
    home = root / "home"
    port = free_port()
    server = PrefectServer(f"http://127.0.0.1:{port}/api", home)
    started = Services(root)
    try:
        started.start(
            "prefect-server",
            ["prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui", "--analytics-off"],
            env=child_env(PREFECT_HOME=str(home)),
            cwd=root,
            ready_url=f"{server.api_url}/health",
            timeout=120,
        )
        yield server
    finally:
        started.stop_all()


# --- Repository copies and params ---------------------------------------------------------


def copy_repo(dest: Path) -> Path:
    """Copy what git would see (tracked and untracked-but-not-ignored files) into ``dest``
    and commit it there, so DVC and ``prefect deploy`` work on a repo of their own."""
    listing = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listing.split("\0")):
        source = REPO / name
        if source.is_file():  # listed files deleted in the working tree are skipped
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    env = child_env()
    run(["git", "init", "-q", "-b", "main"], cwd=dest, env=env)
    run(["git", "add", "-A"], cwd=dest, env=env)
    run(["git", "commit", "-q", "-m", "copy of the working tree"], cwd=dest, env=env)
    return dest


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A committed git + DVC copy of the working tree at ``tmp/repo``.

    Its default DVC remote (``../safellava-dvc-store``) therefore lands in ``tmp`` too.
    """
    return copy_repo(tmp_path / "repo")


def write_params(path: Path, output: Path, inputs: list[Any] | None = None) -> Path:
    """A params file with the repo's sections, inputs and output pointed at absolute paths,
    so a stage run from any working directory reads the sample and writes only to tmp.
    (MLflow goes to the per-test store that ``MLFLOW_TRACKING_URI`` names, see tests/conftest.py.)"""
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    params["ingest"] = {
        **params["ingest"],
        "inputs": inputs if inputs is not None else [str(item) for item in SAMPLE_INPUTS],
        "output": str(output),
    }
    path.write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    return path


# The sample pipeline at test size: 2 optimizer steps per model, one PRISM task, short answers
# (dvc repro of the whole pipeline ~1 min on 2 cores instead of ~1.5).
SMALL: dict[str, Any] = {
    "train": {"max_steps": 2},
    "evaluate": {"tasks": ["refusal_soft"], "generation": {"max_new_tokens": 4}, "nonbio": {"limit": 2}},
}


def merged(base: dict[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``changes`` applied, nested mappings merged key by key (a new dict)."""
    result = dict(base)
    for key, value in changes.items():
        result[key] = merged(result.get(key) or {}, value) if isinstance(value, Mapping) else value
    return result


def small_params(path: Path) -> Path:
    """Rewrite the params file at ``path`` (a repository copy's) with :data:`SMALL` applied."""
    params = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump(merged(params, SMALL), sort_keys=False), encoding="utf-8")
    return path


def pipeline_params(path: Path, out: Path) -> Path:
    """A params file for the whole pipeline at test size (:data:`SMALL`) that reads the
    repository's sample by absolute path and writes every output, report, cache, checkpoint
    and the MLflow store below ``out``, whatever the working directory of the run."""
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    repo = lambda name: str(REPO / name)  # noqa: E731
    tmp = lambda name: str(out / name)  # noqa: E731
    evaluate = params["evaluate"]
    changes = {
        "mlflow": {"tracking_uri": f"sqlite:///{out / 'mlflow.db'}"},
        "ingest": {"inputs": [str(item) for item in SAMPLE_INPUTS], "output": tmp("data/ingested")},
        "audit": {"input": tmp("data/ingested"), "output": tmp("data/audit"), "report": tmp("reports/audit.html")},
        "clean": {
            "input": tmp("data/ingested"),
            "output": tmp("data/cleaned"),
            "report": tmp("reports/clean.html"),
            "metrics": tmp("data/metrics/clean.json"),
            "cache": tmp("data/.cache/clean.sqlite"),
            "batch": {"state": tmp("data/.cache/clean-batch.json")},
        },
        "validate": {
            "ingested": tmp("data/ingested"),
            "cleaned": tmp("data/cleaned"),
            "output": tmp("data/validated"),
            "expectations": repo(params["validate"]["expectations"]),
            "data_docs": tmp("reports/data_docs"),
        },
        "train": {
            "data": tmp("data/cleaned/cleaned.json"),
            "output": tmp("models/safe"),
            "baseline": {"data": tmp("data/ingested"), "output": tmp("models/baseline")},
            "image_folder": repo(params["train"]["image_folder"]),
            "checkpoint_dir": tmp("models/checkpoints"),
        },
        "evaluate": {
            "prism_root": repo(evaluate["prism_root"]),
            "models": {"safe": {"path": tmp("models/safe")}, "baseline": {"path": tmp("models/baseline")}},
            "reference_answers": {name: repo(answers) for name, answers in evaluate["reference_answers"].items()},
            "nonbio": {
                "records": repo(evaluate["nonbio"]["records"]),
                "image_root": repo(evaluate["nonbio"]["image_root"]),
            },
            "judge_cache": tmp(".cache/prism_judge.sqlite"),
            "output": tmp("data/prism"),
            "report": tmp("reports/prism.html"),
        },
    }
    path.write_text(yaml.safe_dump(merged(merged(params, changes), SMALL), sort_keys=False), encoding="utf-8")
    return path


def flow_run_id(cli_output: str) -> str:
    """The flow run id that ``prefect deployment run`` prints (``UUID: ...``)."""
    match = re.search(r"UUID: ([0-9a-f-]{36})", cli_output)
    assert match, f"no flow run id in:\n{cli_output}"
    return match.group(1)
