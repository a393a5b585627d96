"""A small local HTTP server that speaks the chat-completions shape: a real peer for the LLM path."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class ChatServer:
    url: str
    mode: str = "ok"  # ok, error, garbage, partial (the German item is missing)
    delay: float = 0.0
    model: str = "test-model-2026-11"
    requests: list[dict[str, Any]] = field(default_factory=list)
    usage: list[int] = field(default_factory=list)  # total_tokens of each answer


def _item(language: str, dates: list[str]) -> dict[str, Any]:
    return {
        "summary": f"LLM summary in {language}. The sky is generous.",
        "love": "LLM love.",
        "career": "LLM career.",
        "health": "LLM health.",
        "mood": "serene",
        "lucky_color": "teal",
        "key_days": [{"date": d, "note": f"LLM note {language} {d}"} for d in dates],
    }


def _reply(server: ChatServer, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    if server.mode == "error":
        return 500, {"error": {"message": "the model is overloaded", "type": "server_error"}}
    shape = body["response_format"]["json_schema"]["schema"]
    languages = list(shape["properties"])
    note = shape["properties"][languages[0]]["properties"]["key_days"]["items"]
    dates = note["properties"]["date"]["enum"]
    items = {language: _item(language, dates) for language in languages}
    if server.mode == "partial":
        del items["de"]
    content = "this is not json" if server.mode == "garbage" else json.dumps(items)
    # Usage as an endpoint would count it, estimated at four characters a token.
    prompt = sum(len(m["content"]) for m in body["messages"]) // 4
    completion = len(content) // 4
    server.usage.append(prompt + completion)
    return 200, {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": server.model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
    }


@contextmanager
def chat_server() -> Iterator[ChatServer]:
    state = ChatServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
            time.sleep(state.delay)
            status, payload = _reply(state, body)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
