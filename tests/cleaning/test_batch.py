"""The openai-batch backend: upload, create, poll, download, map back; resumable."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from safellava.cleaning import stage
from safellava.cleaning.batch import BatchConfig
from safellava.cleaning.llm_rewriter import LLMConfig, make_client
from tests.cleaning.fake_openai import FakeOpenAI


def _config(tmp_path: Path, server: FakeOpenAI, **overrides: Any) -> stage.CleanConfig:
    values: dict[str, Any] = {
        "backend": "openai-batch",
        "report": None,
        "cache": str(tmp_path / "cache.sqlite"),
        "max_failed_fraction": 1.0,
        "openai": LLMConfig(base_url=server.base_url),
        "batch": BatchConfig(state=str(tmp_path / "state.json"), max_requests=10, poll_interval_s=0.01),
        **overrides,
    }
    return stage.CleanConfig(**values)


def test_batches_fill_the_cache_and_give_the_same_output_as_the_chat_backend(
    ingested: Path, routed: int, tmp_path: Path, server: FakeOpenAI
) -> None:
    config = _config(tmp_path, server)
    summary = stage.run(
        replace(config, input=str(ingested), output=str(tmp_path / "batch")),
        progress=False,
        client=make_client(config.openai),
    )
    assert summary["failed"] == 0 and len(server.batches) == -(-routed // 10)  # at most 10 requests per batch
    assert summary["llm_calls"] == routed and not server.chat_log
    chat = stage.CleanConfig(
        backend="openai", report=None, cache=str(tmp_path / "chat.sqlite"), openai=LLMConfig(base_url=server.base_url)
    )
    stage.run(
        replace(chat, input=str(ingested), output=str(tmp_path / "chat")),
        progress=False,
        client=make_client(chat.openai),
    )
    assert (tmp_path / "batch" / "cleaned.json").read_bytes() == (tmp_path / "chat" / "cleaned.json").read_bytes()
    again = stage.run(
        replace(config, input=str(ingested), output=str(tmp_path / "again")),
        progress=False,
        client=make_client(config.openai),
    )
    assert len(server.batches) == -(-routed // 10) and again["llm_calls"] == 0 and again["cache_hits"] == routed


def test_failed_batch_items_are_failures_and_the_rerun_submits_only_them(
    ingested: Path, routed: int, tmp_path: Path, server: FakeOpenAI
) -> None:
    server.batch_failures = 2
    # a batch size that leaves every batch two items to fail (the routed count follows the taxonomy)
    size = next(size for size in range(10, 2, -1) if routed % size != 1)
    config = _config(
        tmp_path, server, batch=BatchConfig(state=str(tmp_path / "state.json"), max_requests=size, poll_interval_s=0.01)
    )
    batches = -(-routed // size)
    assert batches >= 2
    summary = stage.run(
        replace(config, input=str(ingested), output=str(tmp_path / "out")),
        progress=False,
        client=make_client(config.openai),
    )
    assert summary["failed"] == 2 * batches  # the first 2 of each batch
    assert all(
        "batch item failed" in json.loads(line)["error"]
        for line in (tmp_path / "out" / "failures.jsonl").read_text().splitlines()
    )
    server.batch_failures = 0
    rerun = stage.run(
        replace(config, input=str(ingested), output=str(tmp_path / "out")),
        progress=False,
        client=make_client(config.openai),
    )
    assert rerun["failed"] == 0 and rerun["llm_calls"] == 2 * batches and len(server.batches) == batches + 1


def test_an_interrupted_run_resumes_its_batch_instead_of_creating_another(
    ingested: Path, tmp_path: Path, server: FakeOpenAI
) -> None:
    config = _config(
        tmp_path, server, batch=BatchConfig(state=str(tmp_path / "state.json"), max_requests=100, poll_interval_s=0.01)
    )
    client = make_client(config.openai)

    class Killed(Exception):
        pass

    def kill_after_create(state: dict[str, Any]) -> None:
        if state["batches"] and state["batches"][-1].get("batch_id"):
            raise Killed

    from safellava.cleaning import batch as batch_module

    original = batch_module.BatchRunner.__init__

    def patched(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.on_state = kill_after_create

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch_module.BatchRunner, "__init__", patched)
        with pytest.raises(Killed):
            stage.run(replace(config, input=str(ingested), output=str(tmp_path / "out")), progress=False, client=client)
    assert len(server.batches) == 1 and len(server.files) == 1
    summary = stage.run(
        replace(config, input=str(ingested), output=str(tmp_path / "out")), progress=False, client=client
    )
    assert summary["failed"] == 0 and len(server.batches) == 1 and server.batches["batch-0"]["status"] == "completed"
