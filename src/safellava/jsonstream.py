"""Streaming reads of JSON arrays and JSON Lines, one record at a time.

The published LLaVA files are single JSON arrays (``llava_v1_5_mix665k.json`` is ~1 GB),
so ``json.load`` would hold the whole file and its objects in memory. Arrays are parsed
with ijson's C backend (yajl2), which yields one element at a time and is faster than
``json.load``. A file whose first significant byte is ``[`` is an array; anything else is read as JSON
Lines, line by line. A line may hold several objects (real PRISM answer files do), and a
line that does not parse (bad JSON, invalid UTF-8, nesting too deep for the decoder) is
reported as a :class:`BadRecord` with its byte offset instead of aborting the file, the
first line included.

A file that is not JSON at all (no line of its first :data:`_SNIFF_LINES` lines parses), or
whose array is truncated or corrupt, raises :class:`FileFormatError` naming the file and
the byte offset; the records yielded before that point are valid and the caller keeps them.
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
# A JSON Lines file may open with garbage, but a file none of whose first lines is JSON is
# not JSON Lines: it is reported as one unreadable file, not as thousands of bad records.
_SNIFF_LINES = 100


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
    else:
        yield from _iter_lines(stream, name, stream.last_chunk)


def _first_significant_byte(stream: TrackedStream) -> bytes:
    """Peek at the first non-blank byte; the chunk read stays in ``stream.last_chunk``."""
    chunk = stream.read(_READ_SIZE)
    while chunk:
        stripped = chunk.lstrip(_WHITESPACE)
        if stripped:
            stream.last_chunk_start += len(chunk) - len(stripped)
            stream.last_chunk = stripped
            stream.previous_chunk = b""  # what preceded is blank, and no longer contiguous
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
        detail = error.args[0] if error.args else ""
        # yajl's messages arrive as bytes when they quote text that is not UTF-8
        message = detail.decode("utf-8", errors="replace") if isinstance(detail, bytes) else str(error)
        problem = message.splitlines()[0].strip() if message else "invalid JSON"
        if "premature EOF" in message:
            raise FileFormatError(name, stream.consumed, f"truncated after record {position} ({problem})") from error
        offset = _invalid_utf8_offset(stream) if "UTF8" in message else None
        raise FileFormatError(
            name,
            offset if offset is not None else _locate(stream, message),
            f"invalid JSON after record {position} ({problem})",
        ) from error


def _invalid_utf8_offset(stream: TrackedStream) -> int | None:
    """Offset of the first byte that is not UTF-8 in the last two chunks read.

    yajl reports "invalid bytes in UTF8 string" with a context that is not valid text, so
    :func:`_locate` cannot place it; the parser stops in the chunk it was given, so the bad
    byte is in the last chunk or (for a character split across two reads) just before it.
    A chunk may begin inside a character, so up to three leading continuation bytes of the
    older chunk are skipped.
    """
    data = stream.previous_chunk + stream.last_chunk
    start = stream.last_chunk_start - len(stream.previous_chunk)
    skip = 0
    while skip < 3 and skip < len(data) and 0x80 <= data[skip] <= 0xBF:
        skip += 1
    try:
        data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        return start + skip + error.start
    return None


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


def _iter_lines(stream: TrackedStream, name: str, prefix: bytes) -> Iterator[Parsed | BadRecord]:
    """Every value of a JSON Lines file; bad lines become :class:`BadRecord`.

    Bad lines before the first value are held back (at most :data:`_SNIFF_LINES`): if no
    value follows, the file is not JSON and :class:`FileFormatError` is raised instead.
    """
    held: list[BadRecord] = []
    first = stream.consumed - len(prefix)
    seen_value = False
    for item in _line_values(stream, prefix):
        if seen_value:
            yield item
        elif isinstance(item, BadRecord):
            held.append(item)
            if item.line > _SNIFF_LINES:
                break
        else:
            seen_value = True
            yield from held
            held.clear()
            yield item
    if not seen_value and held:
        raise FileFormatError(name, first, f"not JSON (starts with {prefix[:1]!r})")


def _line_values(stream: TrackedStream, prefix: bytes) -> Iterator[Parsed | BadRecord]:
    position = 0
    offset = stream.consumed - len(prefix)
    line_number = 0
    for raw_line in _lines(prefix, stream):
        line_number += 1
        line_offset = offset
        offset += len(raw_line)
        try:
            text = raw_line.decode("utf-8")
        except UnicodeDecodeError as error:
            if not raw_line.strip():
                continue
            yield BadRecord(
                position=position,
                line=line_number,
                offset=line_offset,
                text=raw_line.decode("utf-8", errors="replace").rstrip("\r\n"),
                problem=f"invalid UTF-8 at byte offset {line_offset + error.start}",
            )
            position += 1
            continue
        index = _skip_blank(text, 0)
        while index < len(text):
            try:
                value, end = _DECODER.raw_decode(text, index)
            except json.JSONDecodeError as error:
                problem = f"{error.msg} (column {error.pos - index + 1} of the record)"
            except RecursionError:
                problem = "nested too deeply to decode"
            else:
                yield Parsed(position=position, value=value, line=line_number, offset=line_offset)
                position += 1
                index = _skip_blank(text, end)
                continue
            yield BadRecord(
                position=position,
                line=line_number,
                offset=line_offset + len(text[:index].encode("utf-8")),
                text=text[index:].rstrip("\r\n"),
                problem=problem,
            )
            position += 1
            break


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
