"""Credentials never reach a stored or logged error, even when the server echoes them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from safellava.chat_client import REDACTED, redact
from safellava.cleaning import stage
from safellava.cleaning.llm_rewriter import LLMConfig, make_client
from tests.cleaning.fake_openai import FakeOpenAI

KEY = "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"


def test_an_echoed_authorization_header_is_redacted_in_failures_jsonl(
    ingested: Path, tmp_path: Path, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    server.faults = ["echo_auth"]
    llm = LLMConfig(base_url=server.base_url, max_attempts=1, concurrency=1)
    config = stage.CleanConfig(
        backend="openai", report=None, cache=str(tmp_path / "cache.sqlite"), openai=llm, max_failed_fraction=1.0
    )
    stage.run(
        replace(config, input=str(ingested), output=str(tmp_path / "out")),
        progress=False,
        client=make_client(config.openai),
    )
    [failure] = [json.loads(line) for line in (tmp_path / "out" / "failures.jsonl").read_text().splitlines()]
    assert "AuthenticationError" in failure["error"] and "invalid key in request" in failure["error"]
    assert REDACTED in failure["error"]
    for path in (tmp_path / "out").iterdir():
        assert KEY not in path.read_text(encoding="utf-8", errors="replace"), path.name
        assert KEY[3:20] not in path.read_text(encoding="utf-8", errors="replace"), path.name


@pytest.mark.parametrize(
    "leak",
    [
        f"Authorization: Bearer {KEY}",
        f'{{"headers": {{"authorization": "Bearer {KEY}"}}}}',
        f"api_key={KEY}&model=gpt-4o",
        f'"x-api-key": "{KEY}"',
        f"key {KEY} is invalid",
        "key AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUv is invalid",
    ],
)
def test_common_credential_shapes_are_redacted(leak: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    cleaned = redact(leak)
    assert REDACTED in cleaned
    assert KEY[3:] not in cleaned and "AIzaSy" not in cleaned


def test_the_value_of_a_secret_environment_variable_is_redacted_whatever_its_shape(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("VLLM_API_KEY", "plain-words-secret-42")
    assert redact("server said: plain-words-secret-42 rejected") == f"server said: {REDACTED} rejected"


def test_ordinary_error_messages_are_left_alone() -> None:
    message = "Error code: 500 - {'error': {'message': 'boom', 'type': 'server_error'}} (max_tokens 512, key column)"
    assert redact(message) == message
