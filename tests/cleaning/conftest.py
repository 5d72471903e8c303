"""Fixtures for the cleaning tests: a normalised copy of the bundled sample, the fake server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from safellava import ingest
from tests.cleaning.fake_openai import FakeOpenAI
from tests.conftest import INSTRUCT_SAMPLE, PRETRAIN_SAMPLE


@pytest.fixture(scope="session")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled pretrain + instruct samples, ingested (193 records)."""
    output = tmp_path_factory.mktemp("ingest") / "ingested"
    ingest.run([str(PRETRAIN_SAMPLE), str(INSTRUCT_SAMPLE)], output, progress=False)
    return output


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake
