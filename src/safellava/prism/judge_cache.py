"""A persistent cache of LLM judge verdicts (SQLite, one row per judged item).

Judging PRISM with GPT-4o costs money and minutes; rerunning the stage after a change that
does not touch an answer must not call the API again. The key is a hash of everything that
determines the verdict: the judge prompt's version, the model, the task and the item
(prompt and answer). Only verdicts are stored, never errors, so a failed call is retried on
the next run. SQLite makes concurrent writers from the judge's thread pool safe.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any


def cache_key(*parts: str) -> str:
    """sha256 over the parts, separated so that ``("ab", "c")`` and ``("a", "bc")`` differ."""
    digest = hashlib.sha256()
    for part in parts:
        encoded = part.encode("utf-8")
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)
    return digest.hexdigest()


class JudgeCache:
    """``key → JSON value`` on disk."""

    def __init__(self, path: str | Path) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._connection = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        self._lock = threading.Lock()
        with self._lock, self._connection:
            self._connection.execute("CREATE TABLE IF NOT EXISTS verdicts (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def get(self, key: str) -> Any | None:
        with self._lock:
            row = self._connection.execute("SELECT value FROM verdicts WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def put(self, key: str, value: Any) -> None:
        with self._lock, self._connection:
            self._connection.execute("INSERT OR REPLACE INTO verdicts VALUES (?, ?)", (key, json.dumps(value)))
