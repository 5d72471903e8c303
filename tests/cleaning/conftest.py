"""Fixtures for the cleaning tests: how many sample records go to an LLM, the fake server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.cleaning.fake_openai import FakeOpenAI


@pytest.fixture(scope="session")
def routed(ingested: Path, tmp_path_factory: pytest.TempPathFactory) -> int:
    """How many sample records the router sends to an LLM (15 % of them at the time of writing).

    Read from a local-backend run, so the LLM tests follow the taxonomy instead of pinning a
    number that every detector improvement would have to update.
    """
    from safellava.cleaning import stage

    config = stage.CleanConfig(report=None)
    summary = stage.run(
        replace(config, input=str(ingested), output=str(tmp_path_factory.mktemp("local") / "out")), progress=False
    )
    assert 0 < summary["routed"] <= 0.4 * summary["records_in"]
    return int(summary["routed"])


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake
