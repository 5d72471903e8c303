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
