"""Streaming reads of JSON arrays and JSON Lines, one record at a time.

The published LLaVA files are single JSON arrays (``llava_v1_5_mix665k.json`` is ~1 GB),
so ``json.load`` would hold the whole file and its objects in memory. Arrays are parsed
with ijson's C backend (yajl2), which yields one element at a time and is faster than
``json.load``. JSON Lines files are read line by line; a line may hold several objects
(real PRISM answer files do), and a line that does not parse is reported as a
:class:`BadRecord` with its byte offset instead of aborting the file.

A file that is not JSON at all, or whose array is truncated or corrupt, raises
:class:`FileFormatError` naming the file and the byte offset; the records yielded before
that point are valid and the caller keeps them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import ijson

from safellava.sources import TrackedStream

_READ_SIZE = 1 << 16
_WHITESPACE = b" \t\r\n\xef\xbb\xbf"  # the UTF-8 byte-order mark is tolerated too
_DECODER = json.JSONDecoder()


class FileFormatError(ValueError):
    """The file as a whole cannot be parsed past ``offset``."""

    def __init__(self, name: str, offset: int, problem: str) -> None:
        super().__init__(f"{name}: {problem} at byte offset {offset}")
        self.name = name
        self.offset = offset
        self.problem = problem


@dataclass(frozen=True)
class Parsed:
    """One parsed JSON value and where it came from."""

    position: int
    value: Any
    line: int | None = None
    offset: int | None = None


@dataclass(frozen=True)
class BadRecord:
    """Text that should have been a record but does not parse (JSON Lines only)."""

    position: int
    line: int
    offset: int
    text: str
    problem: str


def iter_json(stream: TrackedStream, name: str) -> Iterator[Parsed | BadRecord]:
    """Yield every record of a JSON array or JSON Lines file, detected from its first byte."""
    head = _first_significant_byte(stream)
    if head == b"":
        raise FileFormatError(name, stream.consumed, "empty file (no JSON value)")
    if head == b"[":
        yield from _iter_array(stream, name, stream.last_chunk)
    elif head == b"{":
        yield from _iter_lines(stream, stream.last_chunk)
    else:
        raise FileFormatError(
            name, stream.consumed - len(stream.last_chunk), f"not JSON (starts with {head!r})"
        )


def _first_significant_byte(stream: TrackedStream) -> bytes:
    """Peek at the first non-blank byte; the chunk read stays in ``stream.last_chunk``."""
    chunk = stream.read(_READ_SIZE)
    while chunk:
        stripped = chunk.lstrip(_WHITESPACE)
        if stripped:
            stream.last_chunk_start += len(chunk) - len(stripped)
            stream.last_chunk = stripped
            return stripped[:1]
        chunk = stream.read(_READ_SIZE)
    return b""


class _Replay:
    """A file-like object that returns ``prefix`` first, then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: TrackedStream) -> None:
        self._prefix = prefix
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson probes with read(0) to learn whether the stream yields bytes
            return b""
        if self._prefix:
            data, self._prefix = self._prefix, b""
            return data
        return self._stream.read(size if size > 0 else _READ_SIZE) or b""


def _iter_array(stream: TrackedStream, name: str, prefix: bytes) -> Iterator[Parsed]:
    position = 0
    try:
        for value in ijson.items(_Replay(prefix, stream), "item", use_float=True, buf_size=_READ_SIZE):
            yield Parsed(position=position, value=value)
            position += 1
    except ijson.JSONError as error:
        message = str(error)
        problem = message.splitlines()[0].strip() if message else "invalid JSON"
        if "premature EOF" in message:
            raise FileFormatError(
                name, stream.consumed, f"truncated after record {position} ({problem})"
            ) from error
        raise FileFormatError(
            name, _locate(stream, message), f"invalid JSON after record {position} ({problem})"
        ) from error


def _locate(stream: TrackedStream, message: str) -> int:
    """Exact offset of a yajl error, from the context that its verbose message quotes.

    yajl prints the text around the error (newlines shown as spaces) above a caret line and
    pads the text so the caret column falls at the error; finding that text in the chunk
    being parsed turns the caret into an absolute byte offset.
    """
    lines = message.split("\n")
    if len(lines) < 3 or "^" not in lines[2]:
        return stream.consumed
    context, caret = lines[1], lines[2].index("^")
    haystack = stream.last_chunk.replace(b"\n", b" ")
    for indent in (10, len(context) - len(context.lstrip(" "))):
        snippet = context[indent:]
        found = haystack.find(snippet.encode("utf-8")) if snippet else -1
        if found >= 0 and caret >= indent:
            return stream.last_chunk_start + found + len(snippet[: caret - indent].encode("utf-8"))
    return stream.consumed


def _iter_lines(stream: TrackedStream, prefix: bytes) -> Iterator[Parsed | BadRecord]:
    position = 0
    offset = stream.consumed - len(prefix)
    line_number = 0
    for raw_line in _lines(prefix, stream):
        line_number += 1
        line_offset = offset
        offset += len(raw_line)
        text = raw_line.decode("utf-8", errors="replace")
        index = _skip_blank(text, 0)
        while index < len(text):
            try:
                value, end = _DECODER.raw_decode(text, index)
            except json.JSONDecodeError as error:
                yield BadRecord(
                    position=position,
                    line=line_number,
                    offset=line_offset + len(text[:index].encode("utf-8")),
                    text=text[index:].rstrip("\r\n"),
                    problem=f"{error.msg} (column {error.pos - index + 1} of the record)",
                )
                position += 1
                break
            yield Parsed(position=position, value=value, line=line_number, offset=line_offset)
            position += 1
            index = _skip_blank(text, end)


def _skip_blank(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n\ufeff":
        index += 1
    return index


def _lines(prefix: bytes, stream: TrackedStream) -> Iterator[bytes]:
    """Split the byte stream into lines (keeping the newline), without reading it all."""
    pending = prefix
    while True:
        start = 0
        while True:
            newline = pending.find(b"\n", start)
            if newline < 0:
                break
            yield pending[start : newline + 1]
            start = newline + 1
        pending = pending[start:]
        chunk = stream.read(_READ_SIZE)
        if not chunk:
            break
        pending += chunk
    if pending:
        yield pending
