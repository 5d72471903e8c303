"""The OpenAI Batch API for full data sets: half the price, no rate-limit juggling.

Requests are the same chat bodies as the synchronous backend, and ``custom_id`` is the
cache key, so a Batch result lands in the same cache and the stage then assembles its
outputs exactly as for ``openai`` (cache hits only). Steps: write request JSONL files of at
most ``max_requests`` lines, upload each (files API, purpose ``batch``), create a batch,
poll until it ends, download the output and error files, validate each answer and cache it.

Resumable: a state file records each request file, its uploaded file id and its batch id
*as soon as each exists*. A rerun first finishes the batches in the state file (polling, not
re-creating them), then submits only requests that are neither cached nor in flight. A
request that failed (error file, non-200 status, invalid answer, expired batch) is not
cached, is reported, and is submitted again by the next run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai

from safellava.chat_client import ResultCache, redact
from safellava.cleaning.llm_rewriter import CallStats, OutputError, body_indices, parse_content

FINAL_STATES = ("completed", "failed", "expired", "cancelled")


@dataclass(frozen=True)
class BatchConfig:
    """``params.yaml`` ``clean.batch``."""

    state: str = "data/.cache/clean-batch.json"
    max_requests: int = 50_000
    poll_interval_s: float = 60.0
    completion_window: str = "24h"


class BatchRunner:
    """Submit, resume and collect Batch jobs for a set of requests."""

    def __init__(
        self,
        client: openai.OpenAI,
        config: BatchConfig,
        cache: ResultCache,
        stats: CallStats,
        on_state: Callable[[dict[str, Any]], None] | None = None,
    ) -> None:
        self.client = client
        self.config = config
        self.cache = cache
        self.stats = stats
        self.state_path = Path(config.state)
        self.work_dir = self.state_path.with_suffix("")  # request files live next to the state
        self.on_state = on_state
        """Called after every state save (tests interrupt a run here)."""

    def run(self, requests: dict[str, dict[str, Any]]) -> dict[str, str]:
        """Get every request of ``requests`` (``custom_id → body``) into the cache.

        Returns ``custom_id → error`` for the requests that are still not cached.
        """
        state = self._load()
        self._finish(state)
        in_flight = self._pending_ids(state)
        todo = [(key, body) for key, body in requests.items() if key not in in_flight and key not in self.cache]
        for start in range(0, len(todo), self.config.max_requests):
            self._submit(state, todo[start : start + self.config.max_requests])
        self._finish(state)
        return {key: state["errors"].get(key, "no result in any batch") for key in requests if key not in self.cache}

    def _load(self) -> dict[str, Any]:
        if self.state_path.exists():
            return json.loads(self.state_path.read_text(encoding="utf-8"))
        return {"batches": [], "errors": {}}

    def _save(self, state: dict[str, Any]) -> None:
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        staging = self.state_path.with_name(self.state_path.name + ".tmp")
        staging.write_text(json.dumps(state, indent=2), encoding="utf-8")
        staging.replace(self.state_path)  # atomic: a kill never leaves half a state file
        if self.on_state:
            self.on_state(state)

    def _pending_ids(self, state: dict[str, Any]) -> set[str]:
        ids: set[str] = set()
        for entry in state["batches"]:
            if not entry.get("done"):
                with open(entry["input_path"], encoding="utf-8") as handle:
                    ids.update(json.loads(line)["custom_id"] for line in handle)
        return ids

    def _submit(self, state: dict[str, Any], part: list[tuple[str, dict[str, Any]]]) -> None:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        path = self.work_dir / f"requests-{len(state['batches']):05d}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for key, body in part:
                line = {"custom_id": key, "method": "POST", "url": "/v1/chat/completions", "body": body}
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
        entry: dict[str, Any] = {"input_path": str(path), "requests": len(part), "done": False}
        state["batches"].append(entry)
        for key, _ in part:
            state["errors"].pop(key, None)
        self._save(state)
        self._create(state, entry)

    def _create(self, state: dict[str, Any], entry: dict[str, Any]) -> None:
        """Upload and create, saving after each step so a kill never repeats a finished one."""
        if not entry.get("input_file_id"):
            with open(entry["input_path"], "rb") as handle:
                entry["input_file_id"] = self.client.files.create(file=handle, purpose="batch").id
            self._save(state)
        if not entry.get("batch_id"):
            batch = self.client.batches.create(
                input_file_id=entry["input_file_id"],
                endpoint="/v1/chat/completions",
                completion_window=self.config.completion_window,  # type: ignore[arg-type]
            )
            entry["batch_id"], entry["status"] = batch.id, batch.status
            self.stats.count(calls=entry["requests"])
            self._save(state)

    def _finish(self, state: dict[str, Any]) -> None:
        """Poll every unfinished batch until it ends, then collect its results."""
        for entry in state["batches"]:
            if not entry.get("done") and not entry.get("batch_id"):
                self._create(state, entry)
        while True:
            pending = [entry for entry in state["batches"] if not entry.get("done")]
            if not pending:
                return
            for entry in pending:
                batch = self.client.batches.retrieve(entry["batch_id"])
                if batch.status != entry.get("status"):
                    entry["status"] = batch.status
                    self._save(state)
                if batch.status in FINAL_STATES:
                    self._collect(state, entry, batch)
            if any(not entry.get("done") for entry in state["batches"]):
                time.sleep(self.config.poll_interval_s)

    def _collect(self, state: dict[str, Any], entry: dict[str, Any], batch: Any) -> None:
        bodies = {}
        with open(entry["input_path"], encoding="utf-8") as handle:
            for line in handle:
                request = json.loads(line)
                bodies[request["custom_id"]] = request["body"]
        seen: set[str] = set()
        for file_id in (batch.output_file_id, batch.error_file_id):
            if file_id:
                for line in self.client.files.content(file_id).text.splitlines():
                    if line.strip():
                        seen.add(self._ingest(state, json.loads(line), bodies))
        for key in bodies.keys() - seen:
            state["errors"][key] = f"batch {entry['batch_id']} ended {batch.status} without a result"
        entry["done"] = True
        self._save(state)

    def _ingest(self, state: dict[str, Any], line: dict[str, Any], bodies: dict[str, dict[str, Any]]) -> str:
        key = line.get("custom_id", "")
        response = line.get("response") or {}
        if line.get("error") or response.get("status_code") != 200:
            error = line.get("error") or response.get("body", {}).get("error") or {}
            message = error.get("message", error) if isinstance(error, dict) else error
            state["errors"][key] = redact(f"batch request failed ({response.get('status_code')}): {message}")
            return key
        body = response["body"]
        usage = body.get("usage") or {}
        self.stats.count(
            prompt_tokens=usage.get("prompt_tokens", 0), completion_tokens=usage.get("completion_tokens", 0)
        )
        try:
            choices = body.get("choices") or []
            content = choices[0]["message"].get("content") if choices else None
            answers = parse_content(content, body_indices(bodies[key]))
        except (OutputError, KeyError) as error:
            state["errors"][key] = f"unusable batch answer: {error}"
            return key
        self.cache.put(key, {"turns": {str(index): text for index, text in answers.items()}})
        state["errors"].pop(key, None)
        return key
