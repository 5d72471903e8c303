"""The shared LLM plumbing: Retry-After parsing, transient errors, the result cache."""

from __future__ import annotations

import email.utils
import time
from pathlib import Path

import httpx
import openai
import pytest

from safellava.chat_client import ResultCache, cache_key, is_transient, openai_client, retry_after


def _status_error(status: int, headers: dict[str, str]) -> openai.APIStatusError:
    request = httpx.Request("POST", "http://127.0.0.1/v1/chat/completions")
    response = httpx.Response(status, headers=headers, request=request)
    error_type = openai.RateLimitError if status == 429 else openai.APIStatusError
    return error_type("failed", response=response, body=None)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_headers(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after(_status_error(429, headers)) == expected


def test_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= (retry_after(_status_error(503, {"retry-after": when})) or 0) <= 30


def test_which_errors_are_transient() -> None:
    assert is_transient(_status_error(429, {})) and is_transient(_status_error(503, {}))
    assert not is_transient(_status_error(400, {})) and not is_transient(ValueError("x"))


def test_client_needs_a_key_only_for_the_default_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAFELLAVA_TEST_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(ValueError, match="SAFELLAVA_TEST_KEY"):
        openai_client(None, "SAFELLAVA_TEST_KEY", 5)
    assert openai_client("http://127.0.0.1:9/v1", "SAFELLAVA_TEST_KEY", 5).max_retries == 0


def test_cache_keys_and_persistence(tmp_path: Path) -> None:
    assert cache_key("ab", "c") != cache_key("a", "bc")
    with ResultCache(tmp_path / "c.sqlite") as cache:
        cache.put("k", {"refused": True})
    with ResultCache(tmp_path / "c.sqlite") as cache:
        assert cache.get("k") == {"refused": True} and "k" in cache and len(cache) == 1 and cache.get("x") is None
