"""Flatten stage outputs into the pandas DataFrames the expectation suites run on.

GX checks columns, not nested JSON, so every rule of the record contract becomes a derived
column here and a plain GX expectation in ``expectations/*.json`` (``n_image_tokens`` must
equal ``expected_image_tokens``, ``role`` must equal ``expected_role`` ...). The frames hold
facts about the data and never verdicts: whether a fact is acceptable is the suite's
business, so a rule changes in the suite JSON, not in Python.

Two frames per dataset: one row per record (schema, keys, image-token rules, order,
residual leakage) and one row per turn (roles, value lengths, refusals, rewrites). Turn
texts are not kept, except where a rule needs them (answers to biometric requests,
rewrites), so the frames of mix665k stay a few hundred MB.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ijson
import pandas as pd

from safellava.biometrics.questions import requested_attributes
from safellava.cleaning.faithfulness import CorpusStatistics, FaithfulnessConfig, assess
from safellava.records import IMAGE_TOKEN, ROLES, iter_records, to_llava

CLEANED_JSON = "cleaned.json"
CHANGES = "changes.jsonl"
FAILURES = "failures.jsonl"

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
    "key", "source", "position", "id", "image", "conversations_type", "n_turns", "last_role",
    "n_image_tokens", "image_token_turn", "expected_image_tokens", "expected_image_token_turn",
)
_CLEANED_RECORD_COLUMNS = (*_RECORD_COLUMNS, "expected_key", "llava_id", "llava_consistent", "gpt_text")
_TURN_COLUMNS = ("key", "id", "turn", "role", "expected_role", "value_type", "value_length")
_CLEANED_TURN_COLUMNS = (*_TURN_COLUMNS, "requested", "answer_to_request", "change_rule", "rewrite_length", "unfaithful")


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
            asked = requested_attributes(_value(turn))
            if asked:
                found[index] = ",".join(sorted(asked))
    return found


def ingested_frames(directory: str | Path) -> tuple[Frames, list[str], Requests]:
    """Frames of an ingest output dir, plus its keys in order and its biometric requests.

    The keys and requests are what the cleaned suite compares against: the cleaned set
    must keep the ingested order, and whether a question asked for an attribute is
    judged on the ORIGINAL question, so a cleaner that rewrote the question cannot hide
    an unrefused answer.
    """
    records: list[dict[str, Any]] = []
    turns: list[dict[str, Any]] = []
    keys: list[str] = []
    requests: Requests = {}
    for record in iter_records(directory):
        records.append(_record_row(record))
        turns.extend(_turn_rows(record))
        keys.append(record.get("key"))
        asked = _requests(record)
        if asked:
            requests[record.get("key")] = asked
    return Frames(_frame(records, _RECORD_COLUMNS), _frame(turns, _TURN_COLUMNS)), keys, requests


def corpus_statistics(directory: str | Path, config: FaithfulnessConfig) -> CorpusStatistics:
    """Word statistics of the ingested turns: what the faithfulness signal compares edits with.

    Built here from the ingested data, not taken from the clean stage, so the gate does not
    trust the counts of the stage it checks.
    """
    texts = (_value(turn) for record in iter_records(directory) for turn in record.get("conversations") or [])
    return CorpusStatistics.from_texts(texts, sketch_bits=config.sketch_bits)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _iter_llava(path: Path) -> Iterator[Any]:
    """Stream ``cleaned.json`` (a LLaVA JSON array, ~1 GB for mix665k)."""
    with path.open("rb") as handle:
        yield from ijson.items(handle, "item", use_float=True)


def _gpt_text(record: dict[str, Any], refusals: Sequence[str]) -> str:
    """All gpt turns of a record with the refusal sentences cut out (what may still leak)."""
    text = "\n".join(_value(turn) for turn in record.get("conversations") or [] if isinstance(turn, dict) and turn.get("from") == "gpt")
    for refusal in refusals:
        text = text.replace(refusal, " ")
    return text


def cleaned_frames(
    directory: str | Path,
    ingested_keys: Sequence[str],
    requests: Requests,
    refusals: Sequence[str],
    corpus: CorpusStatistics | None = None,
    faithfulness: FaithfulnessConfig | None = None,
) -> tuple[Frames, int]:
    """Frames of a clean output dir, aligned row by row with what it must contain.

    Row ``i`` of the records frame holds the i-th cleaned record next to ``expected_key``
    (the i-th ingested key that is not in ``failures.jsonl``) and ``llava_id`` (the id of
    the i-th element of ``cleaned.json``), so a missing, extra or reordered record shows
    up as a mismatching row from that point on. The frame has a row per cleaned record or
    ``cleaned.json`` element; a record lost at the very end leaves no row to mismatch,
    which is why the expected count is returned too (the suite compares the row count).

    With ``corpus`` (the ingested data's :func:`corpus_statistics`), each rewritten turn gets
    ``unfaithful``: the reasons (comma-separated, "" for none) the faithfulness signal finds
    between the original (``before`` in ``changes.jsonl``) and the turn as published.
    """
    faithfulness = faithfulness or FaithfulnessConfig()
    directory = Path(directory)
    failed = {row.get("key") for row in _read_jsonl(directory / FAILURES)}
    expected = [key for key in ingested_keys if key not in failed]
    changes = {(row.get("key"), row.get("turn")): row for row in _read_jsonl(directory / CHANGES)}
    records: list[dict[str, Any]] = []
    turns: list[dict[str, Any]] = []
    llava = _iter_llava(directory / CLEANED_JSON)
    cleaned = iter_records(directory)
    index = 0
    while True:
        record = next(cleaned, None)
        published = next(llava, None)
        if record is None and published is None:
            break
        row = _record_row(record or {})
        row.update(
            expected_key=expected[index] if index < len(expected) else None,
            llava_id=published.get("id") if isinstance(published, dict) else None,
            llava_consistent=record is not None and published is not None and to_llava(record) == published,
            gpt_text=_gpt_text(record or {}, refusals),
        )
        records.append(row)
        if record is not None:
            asked = {**_requests(record), **requests.get(record.get("key"), {})}
            turns.extend(_cleaned_turn_rows(record, asked, changes, corpus, faithfulness.min_expected))
        index += 1
    return Frames(_frame(records, _CLEANED_RECORD_COLUMNS), _frame(turns, _CLEANED_TURN_COLUMNS)), len(expected)


def _cleaned_turn_rows(
    record: dict[str, Any],
    asked: dict[int, str],
    changes: dict[tuple[Any, Any], dict[str, Any]],
    corpus: CorpusStatistics | None = None,
    min_expected: float = 1.0,
) -> Iterable[dict[str, Any]]:
    """Turn facts plus, for gpt turns answering a biometric request, the answer itself, and
    for rewritten turns the faithfulness signal's reasons."""
    conversations = record.get("conversations") or []
    for row in _turn_rows(record):
        turn = row["turn"]
        requested = asked.get(turn - 1) if row["role"] == "gpt" else None
        change = changes.get((row["key"], turn))
        after = change.get("after") if change else None
        row.update(
            requested=requested,
            answer_to_request=_value(conversations[turn]) if requested else None,
            change_rule=change.get("rule") if change else None,
            rewrite_length=(len(after.strip()) if isinstance(after, str) else 0) if change else None,
            unfaithful=_unfaithful(change, _value(conversations[turn]), corpus, min_expected),
        )
        yield row


def _unfaithful(change: dict[str, Any] | None, published: str, corpus: CorpusStatistics | None, min_expected: float) -> str | None:
    """The faithfulness reasons of a rewritten turn ("" when none); ``None`` for other turns."""
    if corpus is None or not change or change.get("rule") != "implicit_rewrite" or not isinstance(change.get("before"), str):
        return None
    return ",".join(sorted({flag.reason for flag in assess(change["before"], published, corpus, min_expected)}))
