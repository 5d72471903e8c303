"""The LLaVA record: validation rules, the normalised form, and sharded JSONL storage.

A LLaVA record is ``{"id", "image"?, "conversations": [{"from", "value"}, ...], "model"?}``.
Ingestion turns each into a *normalised* record that adds ``key`` (unique: ids repeat in
the real data), ``source`` and ``position``; every later stage reads and writes that form
and uses ``key`` to refer to a record. Records that break a rule are never dropped: they
go to the quarantine file with a reason from :class:`Reason`.
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

import orjson

IMAGE_TOKEN = "<image>"
ROLES = ("human", "gpt")


class Reason(StrEnum):
    """Why a record was quarantined (the manifest counts records per reason)."""

    NOT_AN_OBJECT = "not_an_object"
    INVALID_JSON = "invalid_json"
    UNREADABLE_TAIL = "unreadable_tail"
    MISSING_ID = "missing_id"
    INVALID_ID = "invalid_id"
    MISSING_CONVERSATIONS = "missing_conversations"
    INVALID_CONVERSATIONS = "invalid_conversations"
    EMPTY_CONVERSATIONS = "empty_conversations"
    INVALID_TURN = "invalid_turn"
    INVALID_ROLE = "invalid_role"
    INVALID_VALUE = "invalid_value"
    NOT_STARTING_WITH_HUMAN = "not_starting_with_human"
    NOT_ALTERNATING = "not_alternating"
    INVALID_IMAGE = "invalid_image"
    IMAGE_TOKEN_COUNT = "image_token_count"
    IMAGE_TOKEN_POSITION = "image_token_position"
    UNEXPECTED_IMAGE_TOKEN = "unexpected_image_token"
    IMAGE_NOT_FOUND = "image_not_found"
    IMAGE_OUTSIDE_ROOT = "image_outside_root"
    NOT_STORABLE = "not_storable"


class InvalidRecord(ValueError):
    """A rule broken by a record; ``reason`` is what the quarantine file records."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


def validate(raw: Any, image_root: Path | None = None) -> dict[str, Any]:
    """Check one raw LLaVA record and return it in LLaVA form with the id as a string.

    Raises :class:`InvalidRecord` naming the first rule broken. Unknown keys are kept, so
    nothing the publisher added is lost on the way through the pipeline.
    """
    if not isinstance(raw, dict):
        raise InvalidRecord(Reason.NOT_AN_OBJECT, f"expected an object, got {type(raw).__name__}")
    record = dict(raw)
    record["id"] = _normalise_id(raw)
    conversations = _check_conversations(raw)
    image = raw.get("image")
    tokens = [turn["value"].count(IMAGE_TOKEN) for turn in conversations]
    if "image" in raw:
        if not isinstance(image, str) or not image.strip() or "\x00" in image:
            raise InvalidRecord(Reason.INVALID_IMAGE, f"'image' must be a non-empty string without NUL, got {image!r}")
        if sum(tokens) != 1:
            raise InvalidRecord(
                Reason.IMAGE_TOKEN_COUNT,
                f"a record with an image needs exactly one {IMAGE_TOKEN} token, found {sum(tokens)}",
            )
        if tokens[0] != 1:
            turn = tokens.index(1)
            raise InvalidRecord(
                Reason.IMAGE_TOKEN_POSITION, f"{IMAGE_TOKEN} is in turn {turn}, not the first human turn"
            )
        if _leaves_root(image):
            raise InvalidRecord(Reason.IMAGE_OUTSIDE_ROOT, f"image path {image!r} leaves the image root")
        if image_root is not None and not (image_root / image).is_file():
            raise InvalidRecord(Reason.IMAGE_NOT_FOUND, f"{image} not found under {image_root}")
    elif sum(tokens):
        raise InvalidRecord(Reason.UNEXPECTED_IMAGE_TOKEN, f"{IMAGE_TOKEN} in a record without 'image'")
    return record


def _leaves_root(image: str) -> bool:
    """Whether an image path points outside the folder it is relative to.

    LLaVA image paths are relative to an image folder (``coco/train2017/x.jpg``). An
    absolute path, a drive (``C:``) or a ``..`` that climbs above the folder would make a
    training loader (or the ``image_root`` check) read any file on the machine, so such a
    record is quarantined whether or not a root is given. The test is lexical, so an image
    folder that is itself a symbolic link stays usable.
    """
    if image.startswith(("/", "\\")) or image[1:2] == ":":
        return True
    if ".." not in image:
        return False
    normal = posixpath.normpath(image.replace("\\", "/"))
    return normal == ".." or normal.startswith("../")


def _normalise_id(raw: dict[str, Any]) -> str:
    if "id" not in raw or raw["id"] is None:
        raise InvalidRecord(Reason.MISSING_ID, "no 'id'")
    value = raw["id"]
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InvalidRecord(Reason.INVALID_ID, f"'id' must be a string or an integer, got {value!r}")
    text = str(value)
    if not text.strip():
        raise InvalidRecord(Reason.INVALID_ID, "'id' is empty")
    return text


def _check_conversations(raw: dict[str, Any]) -> list[dict[str, Any]]:
    if "conversations" not in raw:
        raise InvalidRecord(Reason.MISSING_CONVERSATIONS, "no 'conversations'")
    conversations = raw["conversations"]
    if not isinstance(conversations, list):
        raise InvalidRecord(
            Reason.INVALID_CONVERSATIONS, f"'conversations' must be a list, got {type(conversations).__name__}"
        )
    if not conversations:
        raise InvalidRecord(Reason.EMPTY_CONVERSATIONS, "'conversations' is empty")
    for index, turn in enumerate(conversations):
        if not isinstance(turn, dict) or "from" not in turn or "value" not in turn:
            raise InvalidRecord(Reason.INVALID_TURN, f"turn {index} is not an object with 'from' and 'value'")
        if turn["from"] not in ROLES:
            raise InvalidRecord(Reason.INVALID_ROLE, f"turn {index} is from {turn['from']!r}, not human/gpt")
        if not isinstance(turn["value"], str):
            raise InvalidRecord(
                Reason.INVALID_VALUE, f"turn {index} value is {type(turn['value']).__name__}, not a string"
            )
        expected = ROLES[index % 2]
        if turn["from"] != expected:
            if index == 0:
                raise InvalidRecord(Reason.NOT_STARTING_WITH_HUMAN, f"the first turn is from {turn['from']!r}")
            raise InvalidRecord(Reason.NOT_ALTERNATING, f"turn {index} is from {turn['from']!r}, expected {expected!r}")
    return conversations


def normalise(record: dict[str, Any], source: str, position: int) -> dict[str, Any]:
    """Add the unique ``key`` and the provenance fields that later stages rely on."""
    return {"key": f"{source}:{position}", "source": source, "position": position, **record}


def to_llava(record: dict[str, Any]) -> dict[str, Any]:
    """Strip the pipeline's provenance fields: back to the published LLaVA form."""
    return {name: value for name, value in record.items() if name not in ("key", "source", "position")}


class ShardWriter:
    """Write records as ``<prefix>-00000.jsonl`` shards of at most ``shard_size`` lines.

    orjson serialises several times faster than ``json.dumps``; on mix665k the writing
    would otherwise cost more than the parsing.
    """

    def __init__(self, directory: Path, shard_size: int, prefix: str = "records") -> None:
        self.directory = directory
        self.prefix = prefix
        self.shard_size = shard_size
        self.shards: list[str] = []
        self.count = 0
        self._handle: Any = None

    def write(self, record: dict[str, Any]) -> None:
        self.write_line(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE))

    def write_line(self, line: bytes) -> None:
        """Write one record already serialised as a JSON line (the caller handles errors)."""
        if self.count % self.shard_size == 0:
            self._open_next()
        self._handle.write(line)
        self.count += 1

    def _open_next(self) -> None:
        self.close()
        name = f"{self.prefix}-{len(self.shards):05d}.jsonl"
        self.shards.append(name)
        self._handle = (self.directory / name).open("wb")

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def shard_paths(directory: Path, prefix: str = "records") -> list[Path]:
    """The shards of a stage output directory, in order."""
    return sorted(directory.glob(f"{prefix}-*.jsonl"))


def iter_records(directory: str | Path, prefix: str = "records") -> Iterator[dict[str, Any]]:
    """Stream the normalised records of an ingest (or later stage) output directory."""
    paths = shard_paths(Path(directory), prefix)
    if not paths:
        raise FileNotFoundError(f"{directory}: no {prefix}-*.jsonl shards (run the previous stage first)")
    for path in paths:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, 1):
                try:
                    record = orjson.loads(line)
                except orjson.JSONDecodeError as error:  # a shard cut short or edited by hand
                    raise ValueError(f"{path}: line {number} is not a JSON record ({error})") from None
                yield record


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    """Write rows as JSON Lines (creating the folder); return how many were written."""
    count = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count
