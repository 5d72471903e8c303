"""The one place that configures calls to OpenAI-compatible chat servers.

The cleaning stage (rewrites) and the PRISM judges (verdicts) both talk to GPT-4o, vLLM,
Ollama or Gemini's OpenAI-compatible endpoint through the official ``openai`` client. They
share three things that must not drift apart:

- :class:`Endpoint`: the settings of one chat model to call (model, server, key variable,
  timeouts, retries, concurrency, token limit, temperature), the base of an ``openai``
  entry of ``evaluate.models`` and of an LLM judge;
- :func:`openai_client`: base URL from params or ``OPENAI_BASE_URL``, the key read from the
  environment variable named in params (never from params itself), the client's own
  retries off so that :func:`retrying` is the only retry policy;
- :func:`retrying`: tenacity retries of transient failures (429, 5xx, 408/409, timeouts,
  dropped connections), waiting what the server's ``Retry-After``/``retry-after-ms`` asks
  (capped), else exponential backoff with jitter;
- :class:`ResultCache` and :func:`cache_key`: a persistent SQLite cache keyed by a hash of
  everything that decides an answer (prompt version, model, input). Each result is committed
  as it arrives, so a killed run resumes without repeating a completed call, and only
  successful results are stored, so an error is retried on the next run.
- :func:`redact` / :func:`redacted`: an error a server sends back may quote the request,
  ``Authorization: Bearer sk-...`` included (some proxies echo headers). Every error that is
  stored (``failures.jsonl``, judge details) or logged passes through them first.
"""

from __future__ import annotations

import email.utils
import hashlib
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai
import orjson
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential_jitter

TOKEN_LIMIT_FIELDS = ("max_tokens", "max_completion_tokens")
"""How a request names its token limit: reasoning models (o-series, gpt-5*) take the second."""


@dataclass(frozen=True)
class Endpoint:
    """One OpenAI-compatible chat model to call; the key is read from ``api_key_env``.

    ``temperature`` null: not sent (reasoning models take only their default). ``attempts``,
    ``backoff_s`` and ``max_wait_s`` are :func:`retrying`'s; ``concurrency`` is how many
    requests are in flight at once.
    """

    model: str
    base_url: str | None = None
    api_key_env: str = "OPENAI_API_KEY"
    timeout_s: float = 60.0
    attempts: int = 6
    backoff_s: float = 1.0
    max_wait_s: float = 60.0
    concurrency: int = 4
    max_tokens: int | None = None
    max_tokens_field: str = "max_tokens"
    temperature: float | None = 0.0

    def __post_init__(self) -> None:
        if self.max_tokens_field not in TOKEN_LIMIT_FIELDS:
            raise ValueError(f"max_tokens_field must be one of {TOKEN_LIMIT_FIELDS}, not {self.max_tokens_field!r}")
        if self.concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {self.concurrency}")

    def client(self) -> openai.OpenAI:
        """The official client for this endpoint (:func:`openai_client`)."""
        return openai_client(self.base_url, self.api_key_env, self.timeout_s)


def openai_client(base_url: str | None, api_key_env: str, timeout_s: float) -> openai.OpenAI:
    """The official client for OpenAI or any compatible server.

    Local servers (vLLM, Ollama) ignore the key, so one is required only when no base URL
    points elsewhere than api.openai.com.
    """
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    key = os.environ.get(api_key_env)
    if not key:
        if base_url is None:
            raise ValueError(
                f"set the API key in the environment variable {api_key_env} (or a base_url for a local server)"
            )
        key = "not-needed"
    return openai.OpenAI(api_key=key, base_url=base_url, timeout=timeout_s, max_retries=0)


REDACTED = "[REDACTED]"
_SECRET_PATTERNS = (
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}"),
    re.compile(
        r"(?i)(\b(?:authorization|x-api-key|api[_-]?key|access[_-]?token|secret|password|token)\b[\"']?\s*[:=]\s*[\"']?)"
        r"(?!\[REDACTED\])[^\s\"',;}]+"
    ),
    re.compile(r"\b(?:sk|rk|pk)-[A-Za-z0-9_-]{8,}"),
    re.compile(r"\bAIza[0-9A-Za-z_-]{20,}"),
)
_SECRET_ENV = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD)$", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with credentials replaced by ``[REDACTED]``.

    Catches the values of secret-looking environment variables (``OPENAI_API_KEY``, any
    ``*_TOKEN``...) whatever their format, and the usual shapes of a leaked credential:
    ``Bearer ...``, ``api_key=...``, ``"Authorization": "..."``, ``sk-...``, ``AIza...``.
    """
    for name, value in os.environ.items():
        if len(value) >= 8 and _SECRET_ENV.search(name):
            text = text.replace(value, REDACTED)
    text = _SECRET_PATTERNS[0].sub(lambda match: f"{match.group(1)} {REDACTED}", text)
    text = _SECRET_PATTERNS[1].sub(lambda match: match.group(1) + REDACTED, text)
    for pattern in _SECRET_PATTERNS[2:]:
        text = pattern.sub(REDACTED, text)
    return text


def redacted(error: BaseException) -> BaseException:
    """The same exception (type, status, response) with its message and body redacted.

    Mutated in place so that callers keep catching and classifying it as before; the
    body (the server's JSON, which may echo the request) is dropped from the object.
    """
    error.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in error.args)
    if isinstance(getattr(error, "message", None), str):
        error.message = redact(error.message)  # type: ignore[attr-defined]
    if getattr(error, "body", None) is not None:
        error.body = None  # type: ignore[attr-defined]
    return error


def is_transient(error: BaseException) -> bool:
    """Worth another attempt: rate limits, server errors, timeouts, dropped connections."""
    if isinstance(error, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError)):
        return True
    return isinstance(error, openai.APIStatusError) and (error.status_code >= 500 or error.status_code in (408, 409))


def retry_after(error: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms`` or ``Retry-After``), if any."""
    headers = getattr(getattr(error, "response", None), "headers", None)
    if headers is None:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None or not value.strip():
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def retrying(
    attempts: int,
    max_wait_s: float,
    initial_wait_s: float = 0.5,
    also_retry: Callable[[BaseException], bool] = lambda _: False,
    on_retry_after: Callable[[float], None] | None = None,
    before_sleep: Callable[[RetryCallState], None] | None = None,
) -> Retrying:
    """A tenacity policy for one call: transient errors (and ``also_retry``) are retried."""
    backoff = wait_exponential_jitter(initial=initial_wait_s, max=max_wait_s, jitter=initial_wait_s)

    def wait(state: RetryCallState) -> float:
        asked = retry_after(state.outcome.exception() if state.outcome else None)
        if asked is not None:
            if on_retry_after is not None:
                on_retry_after(asked)
            return min(asked, max_wait_s)
        return float(backoff(state))

    return Retrying(
        stop=stop_after_attempt(max(1, attempts)),
        wait=wait,
        retry=retry_if_exception(lambda error: is_transient(error) or also_retry(error)),
        before_sleep=before_sleep,
        reraise=True,
    )


def cache_key(*parts: str) -> str:
    """sha256 over the parts, length-prefixed so that ``("ab", "c")`` and ``("a", "bc")`` differ."""
    digest = hashlib.sha256()
    for part in parts:
        encoded = part.encode("utf-8")
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)
    return digest.hexdigest()


class ResultCache:
    """``key → JSON value`` in one SQLite file (created with its folder when missing).

    SQLite (stdlib) is safe for the callers' worker threads behind one lock; WAL mode lets a
    second reader look while a run writes.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)")

    def get(self, key: str) -> Any | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        return orjson.loads(row[0]) if row else None

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", (key, orjson.dumps(value)))

    def __contains__(self, key: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM results WHERE key = ?", (key,)).fetchone() is not None

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
