"""The ``openai`` backend: PRISM answers from a model served behind an OpenAI-compatible API.

This is the path for models too large for one process: serve them with vLLM (tensor
parallel over the GPUs of a node), SGLang or Ollama, or use a hosted model (GPT-4o), and
point an ``evaluate.models`` entry at the endpoint (docs/evaluation.md has the exact
``vllm serve`` line). Each request is one chat completion: the image as a base64 data URL,
then the prompt, greedy (temperature 0).

Everything that makes a long run safe is the project's one implementation in
:mod:`safellava.chat_client`: the tenacity retry policy (429 with ``Retry-After``, 5xx, timeouts),
the persistent result cache, keyed by the model, the prompt, the image's content and the
decoding settings and committed per answer, so a killed run resumes without repeating a
call, and a thread pool of ``concurrency`` requests in flight. A call that still fails, a
reply without a message, or a body that is not a chat completion is an error item, never an
answer, and is not cached, so the next run asks again.
"""

from __future__ import annotations

import base64
import hashlib
import mimetypes
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai

from safellava.chat_client import Endpoint, ResultCache, cache_key, retrying
from safellava.prism.answers import Answer, Unreadable
from safellava.prism.generation import Progress, Request, failed

PROMPT_VERSION = "prism-answer/1"  # what the cache key is made of; bump when the request shape changes


class EmptyReply(ValueError):
    """The server answered 200 but with no message to read as an answer."""


@dataclass(frozen=True)
class ServedSettings(Endpoint):
    """An ``openai`` entry of ``evaluate.models``: an :class:`~safellava.chat_client.Endpoint`, with
    ``max_tokens`` null meaning ``evaluate.generation.max_new_tokens``. ``temperature`` null:
    not sent, and the answers are then not greedy."""

    timeout_s: float = 120.0
    concurrency: int = 8


def data_url(image: Path) -> str:
    """The image file as a ``data:`` URL, bytes unchanged (the server does its own resizing)."""
    mime = mimetypes.guess_type(image.name)[0] or "image/jpeg"
    return f"data:{mime};base64,{base64.b64encode(image.read_bytes()).decode('ascii')}"


class ServedModel:
    """A chat-completions endpoint with vision, asked ``concurrency`` requests at a time."""

    kind = "served"

    def __init__(self, settings: ServedSettings, cache_path: str | Path | None, max_new_tokens: int = 64) -> None:
        self.settings = settings
        self.max_tokens = settings.max_tokens or max_new_tokens
        self._client = settings.client()
        self._cache = ResultCache(cache_path) if cache_path else None

    def source(self, task: str) -> Path | None:
        return None

    def answer(
        self, task: str, requests: Sequence[Request], on_progress: Progress | None = None
    ) -> list[Answer | Unreadable]:
        """One item per request, in order; cached answers are not asked again."""
        answers: list[Answer | Unreadable] = []
        with ThreadPoolExecutor(max_workers=self.settings.concurrency) as pool:
            for item in pool.map(self.answer_one, requests):
                answers.append(item)
                if on_progress is not None and len(answers) % 50 == 0:
                    on_progress(len(answers))
        return answers

    def answer_one(self, request: Request) -> Answer | Unreadable:
        image = request.image.read_bytes()
        key = cache_key(
            PROMPT_VERSION,
            self.settings.model,
            request.prompt,
            hashlib.sha256(image).hexdigest(),
            f"{self.settings.max_tokens_field}={self.max_tokens}",
            f"temperature={self.settings.temperature}",
        )
        if self._cache is not None:
            cached = self._cache.get(key)
            if cached is not None:
                return Answer(request.question_id, request.prompt, cached["text"])
        try:
            text = self._ask(request).strip()
        except (openai.OpenAIError, ValueError) as error:  # ValueError: a body that is not JSON, or EmptyReply
            return failed(request, f"{type(error).__name__}: {str(error)[:300]}")
        if self._cache is not None:
            self._cache.put(key, {"text": text})
        return Answer(request.question_id, request.prompt, text)

    def _ask(self, request: Request) -> str:
        content = [
            {"type": "image_url", "image_url": {"url": data_url(request.image)}},
            {"type": "text", "text": request.prompt},
        ]
        extra: dict[str, Any] = {self.settings.max_tokens_field: self.max_tokens}
        if self.settings.temperature is not None:
            extra["temperature"] = self.settings.temperature
        for attempt in retrying(
            self.settings.attempts, self.settings.max_wait_s, initial_wait_s=self.settings.backoff_s
        ):
            with attempt:
                completion = self._client.chat.completions.create(
                    model=self.settings.model,
                    messages=[{"role": "user", "content": content}],
                    **extra,
                )
        choices = getattr(completion, "choices", None)
        if not isinstance(choices, list) or not choices:
            raise EmptyReply(f"no choices in the reply: {str(completion)[:200]}")
        message = getattr(choices[0], "message", None)
        text = getattr(message, "content", None)
        if not isinstance(text, str):
            raise EmptyReply(f"no message content in the reply: {str(completion)[:200]}")
        return text
