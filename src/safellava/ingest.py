"""The ingest stage: LLaVA files in, validated normalised records + quarantine + manifest out.

Outputs (in ``output``):
- ``records-NNNNN.jsonl``: the valid records, normalised (see :mod:`safellava.records`);
- ``quarantine.jsonl``: every record that broke a rule, with source, position, reason;
- ``manifest.json``: per input file its sha256 and the counts ``input``, ``valid``,
  ``quarantined`` (by reason), repeated ids, and the same counts summed at the top level.
  ``input == valid + quarantined`` always holds, per file and in total.

The stage writes into a temporary directory and moves it into place at the end, so a run
that dies leaves the previous output intact. A file that is truncated or not JSON keeps the
records read before the damage, is reported in the manifest, and makes :func:`run` raise
:class:`IngestError` once all outputs are written.
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import orjson
from tqdm import tqdm

from safellava.jsonstream import BadRecord, FileFormatError, iter_json
from safellava.records import InvalidRecord, Reason, ShardWriter, normalise, validate
from safellava.sources import SourceError, SourceSpec, open_source
from safellava.staging import staged_output

MANIFEST = "manifest.json"
QUARANTINE = "quarantine.jsonl"


class IngestError(RuntimeError):
    """Some input files could not be read to the end; their valid records were kept."""


@dataclass(frozen=True)
class IngestConfig:
    """``params.yaml`` ``ingest:`` (the comments there explain each knob)."""

    SECTION: ClassVar[str] = "ingest"

    # Local paths, s3://bucket/key, https:// URLs, or {path: ..., sha256: ...} mappings.
    inputs: tuple[str | dict[str, Any], ...] = ()
    output: str = "data/ingested"
    image_root: str | None = None
    shard_size: int = 100_000

    def __post_init__(self) -> None:
        if self.shard_size < 1:
            raise ValueError(f"ingest.shard_size must be at least 1, got {self.shard_size}")

    def artifacts(self) -> list[Path]:
        """The files a tracked run keeps (the manifest: per-file sha256 and counts)."""
        return [Path(self.output) / MANIFEST]


@dataclass
class FileReport:
    """Counts for one input file, as written to the manifest."""

    source: str
    location: str
    sha256: str = ""
    bytes: int = 0
    input: int = 0
    valid: int = 0
    quarantined: int = 0
    quarantined_by_reason: Counter[str] = field(default_factory=Counter)
    repeated_ids: dict[str, int] = field(default_factory=dict)
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["quarantined_by_reason"] = dict(sorted(self.quarantined_by_reason.items()))
        return data


def run(config: IngestConfig, progress: bool = True) -> dict[str, Any]:
    """Ingest ``config.inputs`` into ``config.output``; return the manifest (also written to disk).

    Raises :class:`IngestError` after writing everything when a file could not be read to
    the end; :func:`read_manifest` then gives what was written.
    """
    if not config.inputs:
        raise ValueError("ingest needs at least one input file (ingest.inputs or --input)")
    specs = [SourceSpec.parse(item) for item in config.inputs]
    for spec in specs:  # fail before hours of work on the other files, not after
        if not spec.is_remote and Path(spec.location).is_dir():
            raise SourceError(f"{spec.location}: is a directory, not a file")
    missing = [spec.location for spec in specs if not spec.is_remote and not Path(spec.location).is_file()]
    if missing:
        raise SourceError(f"{', '.join(missing)}: no such file")
    names = _unique_names(specs)
    output = Path(config.output)
    root = Path(config.image_root) if config.image_root else None
    reports: list[FileReport] = []
    all_hashes: array[int] = array("Q")  # one flat array for every file: 8 bytes per record
    with staged_output(output) as staging:
        with (
            ShardWriter(staging, shard_size=config.shard_size) as writer,
            (staging / QUARANTINE).open("w", encoding="utf-8") as quarantine,
        ):
            for spec, name in zip(specs, names):
                reports.append(_ingest_file(spec, name, root, writer, quarantine, all_hashes, progress))
        manifest = _manifest(reports, writer.shards, all_hashes, root)
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    errors = [f"{report.error}" for report in reports if report.error]
    if errors:
        raise IngestError("; ".join(errors) + f" (valid records kept in {output})")
    return manifest


def read_manifest(config: IngestConfig) -> dict[str, Any]:
    """The manifest a run wrote (after an :class:`IngestError`, what it kept)."""
    return json.loads((Path(config.output) / MANIFEST).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def summary_of(manifest: dict[str, Any]) -> dict[str, Any]:
    """The part of the manifest worth logging as metrics and printing."""
    return {key: manifest[key] for key in ("input", "valid", "quarantined", "quarantined_by_reason", "repeated_ids")}


def _unique_names(specs: Sequence[SourceSpec]) -> list[str]:
    """File names identify sources in record keys; prefix an index where two collide."""
    counts = Counter(spec.name for spec in specs)
    return [spec.name if counts[spec.name] == 1 else f"{index}-{spec.name}" for index, spec in enumerate(specs)]


def _ingest_file(
    spec: SourceSpec,
    name: str,
    image_root: Path | None,
    writer: ShardWriter,
    quarantine: Any,
    hashes: array[int],
    progress: bool,
) -> FileReport:
    report = FileReport(source=name, location=spec.location)
    first = len(hashes)
    size = Path(spec.location).stat().st_size if not spec.is_remote else None
    bar = tqdm(total=size, unit="B", unit_scale=True, desc=f"ingest {name}", disable=not progress, leave=False)

    def quarantine_entry(entry: dict[str, Any]) -> None:
        report.quarantined += 1
        report.quarantined_by_reason[entry["reason"]] += 1
        quarantine.write(quarantine_line({"source": name, **entry}))

    with open_source(spec) as stream:
        try:
            for item in iter_json(stream, name):
                report.input += 1
                if report.input % 4096 == 0:
                    bar.update(stream.consumed - bar.n)
                if isinstance(item, BadRecord):
                    quarantine_entry(
                        {
                            "position": item.position,
                            "line": item.line,
                            "offset": item.offset,
                            "reason": Reason.INVALID_JSON.value,
                            "detail": item.problem,
                            "text": item.text[:10_000],
                        }
                    )
                    continue
                try:
                    record = validate(item.value, image_root)
                except InvalidRecord as invalid:
                    quarantine_entry(
                        {
                            "position": item.position,
                            "line": item.line,
                            "reason": invalid.reason.value,
                            "detail": invalid.detail,
                            "record": item.value,
                        }
                    )
                    continue
                try:
                    line = orjson.dumps(normalise(record, name, item.position), option=orjson.OPT_APPEND_NEWLINE)
                except orjson.JSONEncodeError as error:  # nested past orjson's limit, or an int over 64 bits
                    quarantine_entry(
                        {
                            "position": item.position,
                            "line": item.line,
                            "reason": Reason.NOT_STORABLE.value,
                            "detail": str(error),
                            "record": item.value,
                        }
                    )
                    continue
                writer.write_line(line)
                hashes.append(int.from_bytes(hashlib.blake2b(record["id"].encode(), digest_size=8).digest()))
                report.valid += 1
        except FileFormatError as error:
            report.error = str(error)
            report.input += 1
            quarantine_entry(
                {
                    "position": report.input - 1,
                    "offset": error.offset,
                    "reason": Reason.UNREADABLE_TAIL.value,
                    "detail": str(error),
                }
            )
            stream.drain()
        bar.update(stream.consumed - bar.n)
        bar.close()
        report.sha256 = stream.hexdigest()
        report.bytes = stream.consumed
    report.repeated_ids = _repeats(hashes, first)
    return report


def quarantine_line(entry: dict[str, Any]) -> str:
    """One quarantine line, whatever the record holds.

    The stdlib encoder keeps what orjson refuses (integers over 64 bits); a record nested
    deeper than it can recurse is stored with its deep parts cut at :data:`_STORED_DEPTH`
    levels (and a note saying so), so a hostile record is quarantined, not a crash.
    """
    try:
        return json.dumps(entry, ensure_ascii=False) + "\n"
    except RecursionError:
        cut = {**entry, "record": _cut(entry.get("record"), _STORED_DEPTH)}
        cut["detail"] = f"{entry.get('detail', '')} (stored cut at {_STORED_DEPTH} levels of nesting)"
        return json.dumps(cut, ensure_ascii=False) + "\n"


_STORED_DEPTH = 64


def _cut(value: Any, depth: int) -> Any:
    """A copy of ``value`` with everything below ``depth`` levels replaced by ``"..."``."""
    if isinstance(value, (list, dict)) and depth <= 0:
        return "..."
    if isinstance(value, list):
        return [_cut(item, depth - 1) for item in value]
    if isinstance(value, dict):
        return {key: _cut(item, depth - 1) for key, item in value.items()}
    return value


def _repeats(hashes: array[int], start: int = 0) -> dict[str, int]:
    """How many distinct ids occur more than once, and how many records carry them.

    Ids are kept as 8-byte hashes in a flat array, not as a set of strings, so memory stays
    at 8 bytes per record (5 MB for mix665k) instead of ~100. The slice from ``start`` is
    sorted in place (record order is not needed) and repeats are found between neighbours,
    so counting needs no second copy of it.
    """
    import numpy as np

    values = np.frombuffer(hashes, dtype=np.uint64)[start:]  # a view: no copy of the array
    if values.size < 2:
        return {"ids": 0, "records": 0}
    values.sort()
    same = values[1:] == values[:-1]
    in_group = np.zeros(values.size, dtype=bool)
    in_group[1:] |= same
    in_group[:-1] |= same
    group_starts = same & ~np.concatenate(([False], same[:-1]))
    return {"ids": int(group_starts.sum()), "records": int(in_group.sum())}


def _manifest(
    reports: list[FileReport], shards: list[str], hashes: array[int], image_root: Path | None
) -> dict[str, Any]:
    reasons: Counter[str] = Counter()
    for report in reports:
        reasons.update(report.quarantined_by_reason)
    return {
        "input": sum(report.input for report in reports),
        "valid": sum(report.valid for report in reports),
        "quarantined": sum(report.quarantined for report in reports),
        "quarantined_by_reason": dict(sorted(reasons.items())),
        "repeated_ids": _repeats(hashes),
        "files": [report.as_dict() for report in reports],
        "shards": shards,
        "quarantine_file": QUARANTINE,
        "image_root": str(image_root) if image_root else None,
    }
