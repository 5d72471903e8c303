"""Property tests (Hypothesis): no input crashes ingest, and no record is ever lost.

For any bytes and any JSON value, the streaming reader yields records or bad records or
raises :class:`FileFormatError`, the record rules accept or raise :class:`InvalidRecord`,
and ingest writes a manifest in which ``input == valid + quarantined`` matches what is on
disk (the shards and the quarantine file), per file and in total. The byte strategies
mutate real sample records (flipped, inserted and deleted bytes, cut-offs) besides
drawing raw bytes and JSON-ish token soup, so that most examples get deep into a parser.
"""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safellava import ingest
from safellava.ingest import IngestConfig
from safellava.jsonstream import BadRecord, FileFormatError, Parsed, iter_json
from safellava.records import InvalidRecord, iter_records, validate
from safellava.sources import TrackedStream

from .conftest import INSTRUCT_SAMPLE, PRETRAIN_SAMPLE


def _settings(examples: int) -> settings:
    """Fixed examples (derandomized: the same on every run and in CI), no per-example deadline."""
    return settings(
        max_examples=examples, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
    )


REAL = (
    json.loads(PRETRAIN_SAMPLE.read_text(encoding="utf-8"))[:4]
    + json.loads(INSTRUCT_SAMPLE.read_text(encoding="utf-8"))[:2]
)
REAL_ARRAY = json.dumps(REAL).encode()
REAL_LINES = b"".join(json.dumps(record).encode() + b"\n" for record in REAL)
TOKENS = [
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b":",
    b'"',
    b"\n",
    b" ",
    b"\\",
    b"\\u",
    b"\xff",
    b"\xc3",
    b"\xef\xbb\xbf",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b"123456789012345678901234567890",
    b"NaN",
    b'"id"',
    b'"image"',
    b'"conversations"',
    b'"from"',
    b'"value"',
    b'"human"',
    b'"gpt"',
    b'"<image>"',
    b'"../x.jpg"',
    b"\x00",
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real array or JSON Lines file with a few random byte edits and maybe a cut-off."""
    data = bytearray(draw(st.sampled_from([REAL_ARRAY, REAL_LINES])))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["flip", "insert", "delete"]))
        if edit == "insert":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif data:
            at = min(at, len(data) - 1)
            if edit == "flip":
                data[at] = draw(st.integers(0, 255))
            else:
                del data[at : at + draw(st.integers(1, 50))]
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


ANY_BYTES = st.one_of(
    st.binary(max_size=500),
    st.lists(st.sampled_from(TOKENS), max_size=60).map(b"".join),
    mutated(),
)

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@st.composite
def record_like(draw: st.DrawFn) -> Any:
    """Dicts shaped like LLaVA records, each field valid, missing or of the wrong kind."""
    record: dict[str, Any] = {}
    if draw(st.booleans()):
        record["id"] = draw(st.one_of(st.text(max_size=6), st.integers(), JSON_VALUES))
    if draw(st.booleans()):
        record["image"] = draw(
            st.one_of(
                st.sampled_from(["a.jpg", "../a.jpg", "/etc/passwd", "C:x", "a\x00b", ""]),
                st.text(max_size=10),
                JSON_VALUES,
            )
        )
    if draw(st.integers(0, 4)):
        turn = st.fixed_dictionaries(
            {},
            optional={
                "from": st.sampled_from(["human", "gpt", "system", ""]) | JSON_VALUES,
                "value": st.sampled_from(["<image>\nWhat is this?", "A cat.", "<image>", ""])
                | st.text(max_size=10)
                | JSON_VALUES,
            },
        )
        record["conversations"] = draw(st.one_of(st.lists(turn, max_size=5), JSON_VALUES))
    return record


def _read(data: bytes) -> list[Parsed | BadRecord]:
    return list(iter_json(TrackedStream(io.BytesIO(data)), "fuzz.json"))


def _ingest(data: bytes, image_root: Path | None = None) -> None:
    """Ingest ``data`` and check that every input record is accounted for on disk."""
    with tempfile.TemporaryDirectory() as folder:
        source, output = Path(folder) / "fuzz.json", Path(folder) / "out"
        source.write_bytes(data)
        try:
            manifest = ingest.run(
                IngestConfig(inputs=[str(source)], output=output, image_root=image_root), progress=False
            )
        except ingest.IngestError:
            manifest = json.loads((output / ingest.MANIFEST).read_text(encoding="utf-8"))
        [report] = manifest["files"]
        assert report["input"] == report["valid"] + report["quarantined"] == manifest["input"]
        assert sum(report["quarantined_by_reason"].values()) == report["quarantined"]
        # JSON Lines end at b"\n" only: str.splitlines would also split inside a U+0085 or U+2028
        quarantined = (output / ingest.QUARANTINE).read_bytes().split(b"\n")[:-1]
        assert len(quarantined) == report["quarantined"]
        assert all(json.loads(line)["source"] == "fuzz.json" for line in quarantined)
        assert (sum(1 for _ in iter_records(output)) if report["valid"] else 0) == report["valid"]
        assert report["bytes"] == len(data)


@_settings(1000)
@given(ANY_BYTES)
def test_any_bytes_are_read_as_records_bad_records_or_one_file_error(data: bytes) -> None:
    try:
        items = _read(data)
    except FileFormatError as error:
        assert 0 <= error.offset <= len(data)
        return
    assert all(isinstance(item, (Parsed, BadRecord)) for item in items)
    assert [item.position for item in items] == list(range(len(items)))
    for item in items:
        if isinstance(item, BadRecord):
            assert 0 <= item.offset < len(data)


@_settings(300)
@given(ANY_BYTES)
def test_any_bytes_through_ingest_lose_no_record(data: bytes) -> None:
    _ingest(data)


@_settings(300)
@given(st.one_of(JSON_VALUES, record_like()))
def test_record_rules_accept_or_give_a_reason(value: Any) -> None:
    with tempfile.TemporaryDirectory() as root:
        (Path(root) / "a.jpg").write_bytes(b"")
        for image_root in (None, Path(root)):
            try:
                record = validate(value, image_root)
            except InvalidRecord as invalid:
                assert invalid.reason.value in str(invalid)
                continue
            assert isinstance(record["id"], str) and record["id"].strip()


@_settings(150)
@given(st.lists(st.one_of(record_like(), JSON_VALUES), max_size=8), st.booleans())
def test_any_json_values_through_ingest_lose_no_record(values: list[Any], lines: bool) -> None:
    text = "".join(json.dumps(value) + "\n" for value in values) if lines else json.dumps(values)
    if lines and not values:
        return  # an empty file is reported as one (see test_ingest)
    with tempfile.TemporaryDirectory() as root:
        (Path(root) / "a.jpg").write_bytes(b"")
        _ingest(text.encode(), image_root=Path(root))
