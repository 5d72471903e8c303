"""Shared fixtures: paths to the bundled real data, and an isolated MLflow store per test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
PRETRAIN_SAMPLE = SAMPLE / "pretrain" / "blip_laion_cc_sbu_558k.sample10.json"
INSTRUCT_SAMPLE = SAMPLE / "instruct" / "llava_instruct_150k.sample.json"
REFERENCE = REPO / "data" / "reference" / "prism"

TIERS: dict[str, tuple[str, ...]] = {
    # servers, subprocesses and the orchestration tools: Prefect, DVC, MLflow, S3, OpenAI-compatible HTTP
    "integration": (
        "orchestration/",
        "cleaning/test_flow.py",
        "quality/test_flow.py",
        "training/test_flow.py",
        "cleaning/test_openai_backend.py",
        "prism/test_backends.py",
        "prism/test_llm_judge.py",
        "test_chat_client.py",
    ),
    # data tests: the expectation suites, and agreement with the published reference verdicts
    "data": (
        "quality/",
        "prism/test_agreement.py",
        "prism/test_holdout.py",
        "prism/test_judge_cli.py",
        "prism/test_metrics.py",
        "training/test_demo_data.py",
        "test_audit.py",
    ),
    # model behaviour: detector, question grammar, refusal classifier, rewriter cases, tiny-model training
    "model": ("biometrics/", "cleaning/", "training/", "prism/test_stage.py"),
}
"""Test tiers (``pytest -m unit``, ``-m "not integration"``...): the first tier whose path
prefix (relative to ``tests/``) matches a test file; files matched by none are ``unit``."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test with its tier, so a newcomer can run one tier at a time."""
    for item in items:
        path = Path(item.fspath).resolve().relative_to(REPO / "tests").as_posix()
        tier = next((name for name, prefixes in TIERS.items() if path.startswith(prefixes)), "unit")
        item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture(autouse=True)
def isolated_tracking(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test logs to its own SQLite MLflow store, never to the repo's mlflow.db."""
    uri = f"sqlite:///{tmp_path_factory.mktemp('mlflow') / 'mlflow.db'}"
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)
    return uri


@pytest.fixture
def instruct_records() -> list[dict[str, Any]]:
    """The 183 real llava_instruct_150k records of the bundled sample."""
    return json.loads(INSTRUCT_SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def pretrain_records() -> list[dict[str, Any]]:
    """The first 10 real records of blip_laion_cc_sbu_558k.json."""
    return json.loads(PRETRAIN_SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`safellava ingest` output of the bundled pretrain + instruct samples (193 records)."""
    from safellava import ingest
    from safellava.ingest import IngestConfig

    output = tmp_path_factory.mktemp("ingest") / "ingested"
    ingest.run(IngestConfig(inputs=[str(PRETRAIN_SAMPLE), str(INSTRUCT_SAMPLE)], output=output), progress=False)
    return output
