"""Opening input files wherever they live: local paths, ``s3://`` and ``https://``.

Every source is read through :class:`TrackedStream`, which hashes and counts the bytes as
the parser pulls them. That gives the manifest its sha256 without a second pass over a
1 GB file, gives parse errors an exact byte offset, and lets an ``https://`` download be
checked against the checksum that ``params.yaml`` pins for it.

boto3 and urllib3 are imported only for remote sources, so local ingestion stays light.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any


class SourceError(RuntimeError):
    """An input that cannot be opened or does not match its pinned checksum."""


@dataclass(frozen=True)
class SourceSpec:
    """One input named in ``params.yaml``: a location and, for downloads, its sha256."""

    location: str
    sha256: str | None = None

    @property
    def name(self) -> str:
        """The file name, used in record keys and reports."""
        return self.location.rstrip("/").rsplit("/", 1)[-1]

    @property
    def is_remote(self) -> bool:
        return self.location.startswith(("s3://", "http://", "https://"))

    @classmethod
    def parse(cls, item: str | os.PathLike[str] | dict[str, Any]) -> SourceSpec:
        """Accept ``"path"`` or ``{"path": ..., "sha256": ...}`` as written in params."""
        if isinstance(item, dict):
            location = item.get("path") or item.get("url")
            if not location:
                raise SourceError(f"input entry {item!r} has no 'path'")
            return cls(str(location), item.get("sha256"))
        return cls(str(item))


class TrackedStream(io.RawIOBase):
    """A read-only byte stream that hashes and counts what passes through it.

    ``last_chunk`` and ``last_chunk_start`` keep the most recent read, and
    ``previous_chunk`` the one before it, so that a parser error can be located to the
    exact byte inside them.
    """

    def __init__(self, raw: IO[bytes] | Any) -> None:
        super().__init__()
        self._raw = raw
        self._hash = hashlib.sha256()
        self.consumed = 0
        self.last_chunk = b""
        self.previous_chunk = b""
        self.last_chunk_start = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._raw.read(len(buffer))
        if not chunk:
            return 0
        size = len(chunk)
        buffer[:size] = chunk
        self._hash.update(chunk)
        self.previous_chunk = self.last_chunk
        self.last_chunk = bytes(chunk)
        self.last_chunk_start = self.consumed
        self.consumed += size
        return size

    def drain(self) -> None:
        """Read to the end so that the digest covers the whole file after an early stop."""
        while self.read(1 << 20):
            pass

    def hexdigest(self) -> str:
        return self._hash.hexdigest()

    def close(self) -> None:
        close = getattr(self._raw, "close", None)
        if close is not None:
            close()
        super().close()


@contextmanager
def open_source(spec: SourceSpec) -> Iterator[TrackedStream]:
    """Open ``spec`` for streaming; verify a pinned sha256 once the caller has read it all.

    The check runs when the ``with`` block ends normally, so a download whose bytes differ
    from the pinned checksum raises :class:`SourceError` and its records must be discarded.
    """
    if spec.location.startswith(("http://", "https://")) and not spec.sha256:
        raise SourceError(f"{spec.location}: downloads need a pinned sha256 in params.yaml")
    raw = _open_raw(spec.location)
    stream = TrackedStream(raw)
    try:
        yield stream
        if spec.sha256:
            stream.drain()
            if stream.hexdigest() != spec.sha256.lower():
                raise SourceError(
                    f"{spec.location}: sha256 {stream.hexdigest()} does not match the pinned {spec.sha256}"
                )
    finally:
        stream.close()


def _open_raw(location: str) -> Any:
    if location.startswith("s3://"):
        return _open_s3(location)
    if location.startswith(("http://", "https://")):
        return _open_http(location)
    path = Path(location)
    if path.is_dir():
        raise SourceError(f"{location}: is a directory, not a file")
    if not path.is_file():
        raise SourceError(f"{location}: no such file")
    return path.open("rb")


def _open_s3(location: str) -> Any:
    """Stream an S3 object; endpoint and credentials come from the usual AWS environment.

    boto3 itself reads ``AWS_ENDPOINT_URL_S3`` or ``AWS_ENDPOINT_URL`` (MinIO, moto, ...),
    the credentials and the region, so nothing secret passes through this code. Timeouts
    make a stalled endpoint fail the task (which Prefect retries) instead of hanging it.
    """
    import boto3  # only remote inputs pay for this import
    from botocore.config import Config

    bucket, _, key = location[len("s3://") :].partition("/")
    if not bucket or not key:
        raise SourceError(f"{location}: expected s3://bucket/key")
    client = boto3.client(
        "s3", config=Config(connect_timeout=10, read_timeout=60, retries={"max_attempts": 5, "mode": "standard"})
    )
    try:
        return client.get_object(Bucket=bucket, Key=key)["Body"]
    except Exception as error:  # botocore raises many types; all mean "cannot open"
        raise SourceError(f"{location}: {error}") from error


def _open_http(location: str) -> Any:
    """Stream a download (its checksum is enforced by :func:`open_source`)."""
    import urllib3

    response = urllib3.request(
        "GET",
        location,
        preload_content=False,
        retries=urllib3.Retry(3),
        timeout=urllib3.Timeout(connect=10, read=60),  # a stalled server fails, not hangs
    )
    if response.status != 200:
        raise SourceError(f"{location}: HTTP {response.status}")
    return response
