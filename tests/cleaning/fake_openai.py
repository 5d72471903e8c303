"""A small OpenAI-compatible HTTP server for the tests (127.0.0.1, a free port, a thread).

It implements what the cleaning backends use -- ``POST /v1/chat/completions``, ``POST
/v1/files``, ``GET /v1/files/{id}/content``, ``POST /v1/batches``, ``GET /v1/batches/{id}``
-- so the real ``openai`` client talks real HTTP to it. Its "model" is the project's local
rewriter applied to each turn of the request's data, so answers are realistic and
deterministic. ``faults`` is a queue of misbehaviours consumed one per chat request:
``429`` (with ``Retry-After``), ``500``, ``timeout`` (answers after the client gave up),
``malformed`` (not JSON), ``empty`` (no content), ``leak`` (a rewrite that still says "man"),
``obey`` (follows an instruction hidden in the data, answering "HACKED"), ``echo_auth`` (a
401 whose error message quotes the request headers, ``Authorization`` included, as some
proxies do).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from safellava.cleaning.rewriter import default_rewriter
from tests.json_http import JSONHandler


class FakeOpenAI:
    """Start with ``with FakeOpenAI() as server:``; ``server.base_url`` is for the client."""

    def __init__(self, delay: float = 0.0, timeout_sleep: float = 1.5) -> None:
        self.faults: list[str] = []
        self.answers: dict[str, str] = {}  # fixed content per data substring (tests override the model)
        self.delay = delay
        self.timeout_sleep = timeout_sleep
        self.chat_log: list[dict[str, Any]] = []  # one entry per chat request: body hash, status
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.batch_failures = 0  # the first N requests of each batch land in the error file
        self.polls_before_done = 1
        self.lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def completed_bodies(self) -> set[str]:
        return {entry["body"] for entry in self.chat_log if entry["status"] == 200}

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # ------------------------------------------------------------------ the "model"
    def model_answer(self, body: dict[str, Any]) -> str:
        content = body["messages"][-1]["content"]
        for needle, answer in self.answers.items():
            if needle in content:
                return answer
        data = json.loads(content[len("<data>\n") : -len("\n</data>")])
        rewriter = default_rewriter()
        return json.dumps(
            {"turns": [{"index": t["index"], "text": rewriter.rewrite(t["text"])} for t in data["turns"]]}
        )

    def completion(self, body: dict[str, Any], content: str | None) -> dict[str, Any]:
        return {
            "id": "chatcmpl-" + hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:12],
            "object": "chat.completion",
            "created": 0,
            "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
        }

    def chat(
        self, body: dict[str, Any], request_headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self.lock:
            fault = self.faults.pop(0) if self.faults else None
        if self.delay:
            time.sleep(self.delay)
        if fault == "echo_auth":
            echoed = "; ".join(f"{name}: {value}" for name, value in (request_headers or {}).items())
            return (
                401,
                {"error": {"message": f"invalid key in request [{echoed}]", "type": "invalid_request_error"}},
                {},
            )
        if fault == "429":
            return 429, {"error": {"message": "slow down", "type": "rate_limit"}}, {"Retry-After": "0.2"}
        if fault == "500":
            return 500, {"error": {"message": "boom", "type": "server_error"}}, {}
        if fault == "timeout":
            time.sleep(self.timeout_sleep)
        content: str | None = self.model_answer(body)
        if fault == "malformed":
            content = '{"turns": [{"index": 1, "text": "unfinished'
        elif fault == "empty":
            content = ""
        elif fault == "leak":
            data = json.loads(content or "{}")
            content = json.dumps(
                {"turns": [{"index": t["index"], "text": "A man. " + t["text"]} for t in data["turns"]]}
            )
        elif fault == "obey":
            data = json.loads(content or "{}")
            content = json.dumps({"turns": [{"index": t["index"], "text": "HACKED"} for t in data["turns"]]})
        return 200, self.completion(body, content), {}

    # ------------------------------------------------------------------ batch
    def run_batch(self, batch: dict[str, Any]) -> None:
        output, errors = [], []
        for number, line in enumerate(self.files[batch["input_file_id"]].decode().splitlines()):
            request = json.loads(line)
            if number < self.batch_failures:
                errors.append(
                    {
                        "id": f"req-{number}",
                        "custom_id": request["custom_id"],
                        "response": None,
                        "error": {"code": "server_error", "message": "batch item failed"},
                    }
                )
                continue
            body = self.completion(request["body"], self.model_answer(request["body"]))
            output.append(
                {
                    "id": f"req-{number}",
                    "custom_id": request["custom_id"],
                    "response": {"status_code": 200, "request_id": f"r{number}", "body": body},
                    "error": None,
                }
            )
        for kind, rows in (("output", output), ("error", errors)):
            if rows:
                file_id = f"file-{kind}-{batch['id']}"
                self.files[file_id] = "".join(json.dumps(row) + "\n" for row in rows).encode()
                batch[f"{kind}_file_id"] = file_id
        batch["status"] = "completed"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(JSONHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if self.path == "/v1/chat/completions":
                    body = json.loads(raw)
                    status, payload, headers = server.chat(body, dict(self.headers))
                    digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
                    with server.lock:
                        server.chat_log.append({"body": digest, "status": status})
                    self.send_json(status, payload, headers)
                elif self.path == "/v1/files":
                    message = BytesParser(policy=HTTP).parsebytes(
                        f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode() + raw
                    )
                    parts = {
                        part.get_param("name", header="content-disposition"): part for part in message.iter_parts()
                    }
                    with server.lock:
                        file_id = f"file-{len(server.files)}"
                        server.files[file_id] = parts["file"].get_payload(decode=True)
                    self.send_json(
                        200,
                        {
                            "id": file_id,
                            "object": "file",
                            "bytes": len(server.files[file_id]),
                            "created_at": 0,
                            "filename": "requests.jsonl",
                            "purpose": "batch",
                            "status": "processed",
                        },
                    )
                elif self.path == "/v1/batches":
                    body = json.loads(raw)
                    with server.lock:
                        batch_id = f"batch-{len(server.batches)}"
                        server.batches[batch_id] = {
                            "id": batch_id,
                            "object": "batch",
                            "endpoint": body["endpoint"],
                            "input_file_id": body["input_file_id"],
                            "completion_window": body["completion_window"],
                            "status": "validating",
                            "created_at": 0,
                            "output_file_id": None,
                            "error_file_id": None,
                            "polls": 0,
                        }
                    self.send_json(200, server.batches[batch_id])
                else:
                    self.send_json(404, {"error": {"message": f"no route {self.path}"}})

            def do_GET(self) -> None:
                if self.path.startswith("/v1/batches/"):
                    with server.lock:
                        batch = server.batches[self.path.rsplit("/", 1)[1]]
                        batch["polls"] += 1
                        if batch["status"] != "completed":
                            batch["status"] = "in_progress"
                            if batch["polls"] > server.polls_before_done:
                                server.run_batch(batch)
                    self.send_json(200, batch)
                elif self.path.startswith("/v1/files/") and self.path.endswith("/content"):
                    self.send_json(200, None, raw=server.files[self.path.split("/")[3]])
                else:
                    self.send_json(404, {"error": {"message": f"no route {self.path}"}})

        return Handler
