"""A chat-completions endpoint on 127.0.0.1 for testing the LLM judge and the ``openai``
answer backend with the real client.

It replays a script of actions (a fault status with headers, a delay, a reply, ``replies``:
one per choice, or ``raw``: a body that is not a chat completion) and then answers every
request well-formed: judge requests with "no refusal, nothing leaked" verdicts, as many as
the request's ``n`` asks for; vision requests with a reply naming the image it received and
the question, so a test can tell that each answer belongs to its own request. Images must
come as base64 ``data:image/...`` URLs that decode to a picture PIL can open; anything else
is answered 400, as a vision server would.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import threading
import time
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from typing import Any

from PIL import Image

from tests.json_http import JSONHandler


def image_digest(data: bytes) -> str:
    """How the server names an image in its replies (tests compute it from the file)."""
    return hashlib.sha256(data).hexdigest()[:12]


def vision_parts(body: dict[str, Any]) -> tuple[list[bytes], str]:
    """The images (decoded) and the text of a request's user message; ValueError if an image
    is not a base64 data URL of a readable picture."""
    images, texts = [], []
    for message in body.get("messages", []):
        content = message.get("content")
        for part in content if isinstance(content, list) else []:
            if part.get("type") == "text":
                texts.append(part["text"])
            elif part.get("type") == "image_url":
                url = part["image_url"]["url"]
                head, _, payload = url.partition(",")
                if not (head.startswith("data:image/") and head.endswith(";base64")):
                    raise ValueError(f"not a base64 image data URL: {url[:40]!r}")
                try:
                    data = base64.b64decode(payload, validate=True)
                    Image.open(io.BytesIO(data)).verify()
                except (binascii.Error, OSError) as error:
                    raise ValueError(f"image does not decode: {error}") from error
                images.append(data)
    return images, "\n".join(texts)


def default_reply(body: dict[str, Any], images: list[bytes], text: str) -> str:
    """A vision answer naming its image and question, or a valid verdict in the format the
    judge request asks for (JSON for leakage, yes/no otherwise)."""
    if images:
        return f"image {image_digest(images[0])}: {text}"
    return '{"attributes": [], "refused": false}' if "response_format" in body else "no"


class FakeChatServer:
    """A chat-completions endpoint; ``script`` holds the actions for the next requests, and
    ``rule`` (when set) picks the action of any unscripted request from its body, so faults
    can follow the request rather than the order in which concurrent requests arrive."""

    def __init__(self, latency_s: float = 0.0) -> None:
        self.latency_s = latency_s  # how long every unscripted reply takes (a model's decode time)
        self.lock = threading.Lock()
        self.script: list[dict[str, Any]] = []
        self.rule: Callable[[dict[str, Any]], dict[str, Any]] | None = None
        self.requests: list[dict[str, Any]] = []
        self.times: list[float] = []
        server = self

        class Handler(JSONHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real servers: no new connection per call
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def do_POST(self) -> None:  # noqa: N802 (http.server API)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server.lock:
                    server.requests.append(body)
                    server.times.append(time.monotonic())
                    action = server.script.pop(0) if server.script else server.rule(body) if server.rule else {}
                try:
                    images, text = vision_parts(body)
                except ValueError as error:
                    self.send_json(400, {"error": {"message": str(error), "type": "invalid_request_error"}})
                    return
                time.sleep(action.get("delay", server.latency_s))
                if "raw" in action:
                    self.send_json(200, None, raw=action["raw"])
                    return
                if "status" in action:
                    self.send_json(
                        action["status"],
                        {"error": {"message": "fault", "type": "server_error"}},
                        action.get("headers", {}),
                    )
                    return
                reply = action.get("reply", default_reply(body, images, text))
                replies = action["replies"] if "replies" in action else [reply] * body.get("n", 1)
                self.send_json(
                    200,
                    {
                        "id": "chatcmpl-1",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body["model"],
                        "choices": [
                            {
                                "index": index,
                                "finish_reason": "stop",
                                "message": {"role": "assistant", "content": reply},
                            }
                            for index, reply in enumerate(replies)
                        ],
                    },
                )

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
