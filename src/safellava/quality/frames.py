"""Flatten stage outputs into the pandas DataFrames the expectation suites run on.

GX checks columns, not nested JSON, so every rule of the record contract becomes a derived
column here and a plain GX expectation in ``expectations/*.json`` (``n_image_tokens`` must
equal ``expected_image_tokens``, ``role`` must equal ``expected_role`` ...). The frames hold
facts about the data and never verdicts: whether a fact is acceptable is the suite's
business, so a rule changes in the suite JSON, not in Python.

Two frames per dataset: one row per record (schema, keys, image-token rules, order,
residual leakage) and one row per turn (roles, value lengths, refusals, rewrites). Turn
texts are not kept, except where a rule needs them (answers to biometric requests, the gpt
text the leakage check reads). The frames are produced a batch of records at a time, so
the gate's memory is bounded by the batch size, not by the data.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import zip_longest
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from safellava.biometrics.questions import requested_attributes
from safellava.cleaning.faithfulness import CorpusStatistics, FaithfulnessConfig, assess
from safellava.jsonstream import FileFormatError, Parsed, iter_json
from safellava.records import IMAGE_TOKEN, ROLES, iter_records, to_llava
from safellava.sources import SourceSpec, open_source

CLEANED_JSON = "cleaned.json"
CHANGES = "changes.jsonl"
FAILURES = "failures.jsonl"
QUESTION_CACHE = 8192  # distinct questions whose requested attributes are remembered

# Requested attributes per human turn of the ingested records: {key: {turn: "age,gender"}}.
Requests = dict[str, dict[int, str]]


@dataclass(frozen=True)
class Frames:
    """The two frames of one dataset (``records``: per record, ``turns``: per turn)."""

    records: pd.DataFrame
    turns: pd.DataFrame


# Explicit columns, so an empty dataset still has every column the suites name. The raw
# fields stay Python objects (no dtype inference), so a type check sees each value as
# written and a missing row does not turn the integer positions into floats.
_RAW_COLUMNS = ("key", "source", "position", "id", "image")
_RECORD_COLUMNS = (
    "key",
    "source",
    "position",
    "id",
    "image",
    "conversations_type",
    "n_turns",
    "last_role",
    "n_image_tokens",
    "image_token_turn",
    "expected_image_tokens",
    "expected_image_token_turn",
)
_CLEANED_RECORD_COLUMNS = (*_RECORD_COLUMNS, "expected_key", "llava_id", "llava_consistent", "gpt_text")
_TURN_COLUMNS = ("key", "id", "turn", "role", "expected_role", "value_type", "value_length")
_CLEANED_TURN_COLUMNS = (
    *_TURN_COLUMNS,
    "requested",
    "answer_to_request",
    "change_rule",
    "rewrite_length",
    "unfaithful",
)


def _frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            name: pd.Series([row[name] for row in rows], dtype=object if name in _RAW_COLUMNS else None)
            for name in columns
        }
    )


def _type_name(value: Any) -> str | None:
    return None if value is None else type(value).__name__


def _record_row(record: dict[str, Any]) -> dict[str, Any]:
    """Facts about one record as a whole: its fields, turn count, where ``<image>`` is."""
    conversations = record.get("conversations")
    turns = conversations if isinstance(conversations, list) else []
    counts = [_value(turn).count(IMAGE_TOKEN) for turn in turns]
    has_image = "image" in record
    return {
        "key": record.get("key"),
        "source": record.get("source"),
        "position": record.get("position"),
        "id": record.get("id"),
        "image": record.get("image"),
        "conversations_type": _type_name(conversations),
        "n_turns": len(turns),
        "last_role": turns[-1].get("from") if turns and isinstance(turns[-1], dict) else None,
        "n_image_tokens": sum(counts),
        "image_token_turn": next((index for index, count in enumerate(counts) if count), -1),
        "expected_image_tokens": 1 if has_image else 0,
        "expected_image_token_turn": 0 if has_image else -1,
    }


def _value(turn: Any) -> str:
    value = turn.get("value") if isinstance(turn, dict) else None
    return value if isinstance(value, str) else ""


def _turn_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Facts about each turn: its role against the alternation, its value's type and length."""
    conversations = record.get("conversations")
    for index, turn in enumerate(conversations if isinstance(conversations, list) else []):
        value = turn.get("value") if isinstance(turn, dict) else None
        yield {
            "key": record.get("key"),
            "id": record.get("id"),
            "turn": index,
            "role": turn.get("from") if isinstance(turn, dict) else None,
            "expected_role": ROLES[index % 2],
            "value_type": _type_name(value),
            "value_length": len(value.strip()) if isinstance(value, str) else None,
        }


def _requests(record: dict[str, Any]) -> dict[int, str]:
    """The human turns of a record that explicitly ask for an attribute, and which."""
    found: dict[int, str] = {}
    for index, turn in enumerate(record.get("conversations") or []):
        if isinstance(turn, dict) and turn.get("from") == "human":
            asked = _asked(_value(turn))
            if asked:
                found[index] = asked
    return found


@lru_cache(maxsize=QUESTION_CACHE)
def _asked(question: str) -> str:
    """The attributes a question asks for, comma-separated ("" for none).

    LLaVA's questions repeat (the 558k pretraining records share a dozen prompts, and the
    instruction data reuses many), and the question grammar is the costliest fact the gate
    derives per record, so each distinct question is read once; the cache is bounded.
    """
    return ",".join(sorted(requested_attributes(question)))


@dataclass
class IngestedScan:
    """What the cleaned suites need from the ingest output, gathered while it streams past.

    ``requests`` holds only the records that ask for an attribute (a few percent), and
    ``expected_records`` is a count: nothing here grows with every record.
    """

    failed: set[str]
    records: int = 0
    expected_records: int = 0
    requests: Requests = field(default_factory=dict)
    corpus: CorpusStatistics | None = None
    """With it, the word statistics of every ingested turn are added as the batches pass: what
    the faithfulness signal compares edits with, built from the ingested data itself so the
    gate does not trust the counts of the stage it checks (and without a second read)."""


def ingested_batches(directory: str | Path, batch_records: int, scan: IngestedScan) -> Iterator[Frames]:
    """Frames of an ingest output dir, ``batch_records`` records at a time; fills ``scan``.

    The requests are what the cleaned suite compares against: whether a question asked for
    an attribute is judged on the ORIGINAL question, so a cleaner that rewrote the question
    cannot hide an unrefused answer.
    """
    records: list[dict[str, Any]] = []
    turns: list[dict[str, Any]] = []
    texts: list[str] = []
    for record in iter_records(directory):
        records.append(_record_row(record))
        turns.extend(_turn_rows(record))
        if scan.corpus is not None:
            texts.extend(_value(turn) for turn in record.get("conversations") or [])
        key = record.get("key")
        scan.records += 1
        scan.expected_records += key not in scan.failed
        asked = _requests(record)
        if asked:
            scan.requests[key] = asked
        if len(records) >= batch_records:
            _add_texts(scan, texts)
            yield _take(records, _RECORD_COLUMNS, turns, _TURN_COLUMNS)
    if records or not scan.records:  # an empty dataset is one empty batch: the suites see 0 rows
        _add_texts(scan, texts)
        yield _take(records, _RECORD_COLUMNS, turns, _TURN_COLUMNS)


def _take(
    records: list[dict[str, Any]],
    record_columns: Sequence[str],
    turns: list[dict[str, Any]],
    turn_columns: Sequence[str],
) -> Frames:
    """The frames of a batch's rows, emptying the row lists as they are made into frames.

    The suites then run on the frames without the rows (a batch of rows weighs as much as
    its frames), and nothing of this batch is held while the next one is read.
    """
    frames = Frames(_frame(records, record_columns), _frame(turns, turn_columns))
    records.clear()
    turns.clear()
    return frames


def _add_texts(scan: IngestedScan, texts: list[str]) -> None:
    """A batch's turns into the corpus statistics (pairs never span two texts, so batching
    does not change them); empties ``texts``."""
    if scan.corpus is not None:
        scan.corpus.extend(texts)
    texts.clear()


def failed_keys(directory: str | Path) -> set[str]:
    """The keys ``failures.jsonl`` lists: records the cleaner could not clean (left out)."""
    return {row.get("key") for row in _read_jsonl(Path(directory) / FAILURES)}


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}: line {number} is not JSON ({error.msg})") from error


class Changes:
    """``(key, turn) → (rule, stripped length, faithfulness reasons, hash of the rewrite)`` for
    every line of ``changes.jsonl``.

    The local cleaner changes about one turn per record, so a dict of tuples would cost
    ~300 bytes a change (200 MB for mix665k) and grow with the data. Here a change costs
    32 bytes: the 64-bit hash of ``(key, turn)`` (Python's own, valid for this process) in a
    sorted array, and beside it the rule and the faithfulness reasons (as indexes into the
    few distinct values), the length and the hash of the logged rewrite. The reasons are
    scored here, while each line is read, from the logged ``before`` and ``after``
    (:mod:`safellava.cleaning.faithfulness` against the ingested data's statistics);
    :meth:`annotate` accepts them only for a turn published exactly as logged. A later line for
    the same turn wins, as in a dict; a line whose key or turn is not a plain value matches no record and is ignored.
    """

    def __init__(self, path: Path, corpus: CorpusStatistics | None = None, min_expected: float = 1.0) -> None:
        hashes, rule_codes, lengths = array("q"), array("l"), array("l")
        texts, flags = array("q"), array("l")
        codes: dict[str, int] = {}
        self.rules: list[Any] = []
        reasons: dict[str, int] = {}
        self.reasons: list[str] = []
        for row in _read_jsonl(path):
            try:
                hashed = hash((row.get("key"), row.get("turn")))
            except TypeError:
                continue
            rule = row.get("rule")
            code = codes.setdefault(json.dumps(rule, sort_keys=True, default=str), len(codes))
            if code == len(self.rules):
                self.rules.append(rule)
            after = row.get("after")
            hashes.append(hashed)
            rule_codes.append(code)
            lengths.append(len(after.strip()) if isinstance(after, str) else 0)
            texts.append(hash(after) if isinstance(after, str) else 0)
            found = _unfaithful(row, corpus, min_expected)
            flags.append(-1 if found is None else reasons.setdefault(found, len(reasons)))
            if len(reasons) > len(self.reasons):
                self.reasons.append(found)  # type: ignore[arg-type]
        order = np.argsort(np.frombuffer(hashes, dtype=np.int64), kind="stable")
        self._texts = np.frombuffer(texts, dtype=np.int64)[order]
        self._flags = np.frombuffer(flags, dtype=np.int64 if flags.itemsize == 8 else np.int32)[order]
        self._hashes = np.frombuffer(hashes, dtype=np.int64)[order]
        self._rules = np.frombuffer(rule_codes, dtype=np.int64 if rule_codes.itemsize == 8 else np.int32)[order]
        self._lengths = np.frombuffer(lengths, dtype=np.int64 if lengths.itemsize == 8 else np.int32)[order]

    def annotate(self, rows: list[dict[str, Any]]) -> None:
        """Set ``change_rule``, ``rewrite_length`` and ``unfaithful`` (None when unchanged) on
        turn rows. ``unfaithful`` holds the faithfulness reasons of a rewrite (comma-separated,
        "" for none), or :data:`UNLOGGED` when the turn as published is not the logged rewrite,
        so the signal always grades what is published."""
        if not rows:
            return
        wanted = np.fromiter(
            (hash((row["key"], row["turn"])) if isinstance(row["key"], Hashable) else 0 for row in rows),
            dtype=np.int64,
            count=len(rows),
        )
        at = np.searchsorted(self._hashes, wanted, side="right") - 1  # the last line for that turn
        found = (at >= 0) & (self._hashes[at.clip(min=0)] == wanted) if self._hashes.size else np.zeros(len(rows), bool)
        for row, hit, index in zip(rows, found.tolist(), at.tolist()):
            row["change_rule"] = self.rules[self._rules[index]] if hit else None
            row["rewrite_length"] = int(self._lengths[index]) if hit else None
            published = row.pop("_published", None)
            flag = int(self._flags[index]) if hit else -1
            if flag < 0:
                row["unfaithful"] = None
            else:
                row["unfaithful"] = self.reasons[flag] if int(self._texts[index]) == published else UNLOGGED


def _gpt_text(record: dict[str, Any], refusals: Sequence[str]) -> str:
    """All gpt turns of a record with the refusal sentences cut out (what may still leak)."""
    text = "\n".join(
        _value(turn)
        for turn in record.get("conversations") or []
        if isinstance(turn, dict) and turn.get("from") == "gpt"
    )
    for refusal in refusals:
        text = text.replace(refusal, " ")
    return text


class CleanedSource:
    """A clean output dir as frames, aligned row by row with what it must contain.

    Row ``i`` of the records frame holds the i-th cleaned record next to ``expected_key``
    (the i-th ingested key that is not in ``failures.jsonl``) and ``llava_id`` (the id of
    the i-th element of ``cleaned.json``), so a missing, extra or reordered record shows
    up as a mismatching row from that point on. There is a row per cleaned record or
    ``cleaned.json`` element; a record lost at the very end leaves no row to mismatch,
    which is why the suite also compares the row count with ``expected_records``.

    All three are streamed (the ingested keys are read again rather than held), so only a
    batch of rows is in memory. A ``cleaned.json`` that cannot be read to the end is
    recorded in ``problems`` (file and byte offset); its missing elements then mismatch.
    """

    def __init__(
        self,
        directory: str | Path,
        ingested: str | Path,
        scan: IngestedScan,
        refusals: Sequence[str],
        corpus: CorpusStatistics | None = None,
        faithfulness: FaithfulnessConfig | None = None,
    ) -> None:
        self.corpus = corpus
        self.faithfulness = faithfulness or FaithfulnessConfig()
        self.directory = Path(directory)
        self.ingested = Path(ingested)
        self.scan = scan
        self.refusals = list(refusals)
        self.problems: list[FileFormatError] = []

    def batches(self, batch_records: int) -> Iterator[Frames]:
        changes = Changes(self.directory / CHANGES, self.corpus, self.faithfulness.min_expected)
        expected = (key for key in (r.get("key") for r in iter_records(self.ingested)) if key not in self.scan.failed)
        rows = zip_longest(iter_records(self.directory), self._llava(), expected)
        records: list[dict[str, Any]] = []
        turns: list[dict[str, Any]] = []
        produced = False
        for record, published, expected_key in rows:
            if record is None and published is None:
                break  # only ingested keys are left: the row count expectation catches it
            row = _record_row(record or {})
            row.update(
                expected_key=expected_key,
                llava_id=published.get("id") if isinstance(published, dict) else None,
                llava_consistent=record is not None and published is not None and to_llava(record) == published,
                gpt_text=_gpt_text(record or {}, self.refusals),
            )
            records.append(row)
            if record is not None:
                asked = {**_requests(record), **self.scan.requests.get(record.get("key"), {})}
                turns.extend(_cleaned_turn_rows(record, asked))
            if len(records) >= batch_records:
                changes.annotate(turns)
                produced = True
                yield _take(records, _CLEANED_RECORD_COLUMNS, turns, _CLEANED_TURN_COLUMNS)
        if records or not produced:
            changes.annotate(turns)
            yield _take(records, _CLEANED_RECORD_COLUMNS, turns, _CLEANED_TURN_COLUMNS)

    def _llava(self) -> Iterator[Any]:
        """Stream ``cleaned.json`` (a LLaVA JSON array, ~1 GB for mix665k); stop at damage."""
        path = self.directory / CLEANED_JSON
        try:
            with open_source(SourceSpec(str(path))) as stream:
                for item in iter_json(stream, str(path)):
                    yield item.value if isinstance(item, Parsed) else None
        except FileFormatError as error:
            self.problems.append(error)


def _cleaned_turn_rows(record: dict[str, Any], asked: dict[int, str]) -> Iterable[dict[str, Any]]:
    """Turn facts plus, for gpt turns answering a biometric request, the answer itself.

    ``change_rule`` and ``rewrite_length`` are filled in per batch by :meth:`Changes.annotate`.
    """
    conversations = record.get("conversations") or []
    for row in _turn_rows(record):
        turn = row["turn"]
        requested = asked.get(turn - 1) if row["role"] == "gpt" else None
        row.update(requested=requested, answer_to_request=_value(conversations[turn]) if requested else None)
        row["_published"] = hash(_value(conversations[turn]))
        yield row


UNLOGGED = "published_differs_from_change_log"


def _unfaithful(change: dict[str, Any], corpus: CorpusStatistics | None, min_expected: float) -> str | None:
    """The faithfulness reasons of a logged rewrite ("" when none); ``None`` for other changes."""
    before, after = change.get("before"), change.get("after")
    if (
        corpus is None
        or change.get("rule") != "implicit_rewrite"
        or not isinstance(before, str)
        or not isinstance(after, str)
    ):
        return None
    return ",".join(sorted({flag.reason for flag in assess(before, after, corpus, min_expected)}))
