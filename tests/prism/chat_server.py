"""A chat-completions endpoint on 127.0.0.1 for testing the LLM judge with the real client.

It replays a script of actions (a fault status with headers, a delay, a reply, or ``replies``:
one per choice) and then answers every request with well-formed "no refusal, nothing
leaked" verdicts, as many as the request's ``n`` asks for.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import ThreadingHTTPServer
from typing import Any

from tests.json_http import JSONHandler


def default_reply(body: dict[str, Any]) -> str:
    """A valid verdict in the format the request asks for (JSON for leakage, yes/no otherwise)."""
    return '{"attributes": [], "refused": false}' if "response_format" in body else "no"


class FakeChatServer:
    """A chat-completions endpoint; ``script`` holds the actions for the next requests."""

    def __init__(self) -> None:
        self.script: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.times: list[float] = []
        server = self

        class Handler(JSONHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                server.times.append(time.monotonic())
                action = server.script.pop(0) if server.script else {"reply": default_reply(body)}
                time.sleep(action.get("delay", 0))
                if "status" in action:
                    self.send_json(action["status"], {"error": {"message": "fault", "type": "server_error"}}, action.get("headers", {}))
                    return
                replies = action["replies"] if "replies" in action else [action["reply"]] * body.get("n", 1)
                self.send_json(200, {
                    "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": body["model"],
                    "choices": [{"index": index, "finish_reason": "stop", "message": {"role": "assistant", "content": reply}}
                                for index, reply in enumerate(replies)],
                })

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
