"""The gate on planted violations: each kind is caught, named, and points at its record.

GX runs cost seconds, so one run checks a cleaned set with one defect of every kind, each
in its own otherwise clean record; the exact set of failed expectations proves that no
defect is missed and nothing else fires.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from safellava.biometrics.questions import requested_attributes
from safellava.quality import gate
from safellava.quality.frames import CleanedSource, Frames, IngestedScan, failed_keys, ingested_batches
from safellava.records import ShardWriter, iter_records, to_llava

from .conftest import REFUSAL, Records, clean_by_hand, gate_config, write_cleaned

# (suite, expectation, column) of every expectation the planted defects must break.
EXPECTED_FAILURES = {
    ("cleaned.records", "expect_column_values_to_be_unique", "key"),
    ("cleaned.records", "expect_table_row_count_to_equal", None),
    ("cleaned.records", "expect_column_pair_values_to_be_equal", "key"),
    ("cleaned.records", "expect_column_values_to_match_regex", "id"),
    ("cleaned.records", "expect_column_values_to_be_of_type", "id"),
    ("cleaned.records", "expect_column_pair_values_to_be_equal", "n_image_tokens"),
    ("cleaned.records", "expect_column_pair_values_to_be_equal", "image_token_turn"),
    ("cleaned.records", "expect_column_values_to_be_in_set", "last_role"),
    ("cleaned.records", "expect_column_pair_values_to_be_equal", "id"),
    ("cleaned.records", "expect_column_values_to_be_in_set", "llava_consistent"),
    ("cleaned.turns", "expect_column_pair_values_to_be_equal", "role"),
    ("cleaned.turns", "expect_column_values_to_be_between", "value_length"),
    ("cleaned.turns", "expect_column_values_to_be_in_set", "answer_to_request"),
    ("cleaned.turns", "expect_column_values_to_be_between", "rewrite_length"),
    ("cleaned.turns", "expect_column_values_to_be_in_set", "change_rule"),
    ("cleaned.turns", "expect_unfaithful_rewrite_share_to_be_at_most", "unfaithful"),
}


def _column(failure: gate.Failure) -> str:
    kwargs = failure.kwargs
    return kwargs.get("column") or kwargs.get("column_A") or kwargs.get("attribute") or kwargs.get("flag_column")


def _planted(records: Records, changes: list[dict[str, Any]]) -> tuple[Records, Records, dict[str, list[str]]]:
    """Plant one defect per kind; return records, cleaned.json and the keys each should name."""
    changed = {change["key"] for change in changes}
    plain = [
        i for i, r in enumerate(records) if r["key"] not in changed and len(r["conversations"]) >= 4 and "image" in r
    ]
    asked = [i for i, r in enumerate(records) if requested_attributes(r["conversations"][0]["value"])]
    rewritten = [i for i, r in enumerate(records) if r["key"] in changed and i not in asked]
    key = {
        name: records[i]["key"]
        for name, i in zip(
            (
                "dup",
                "blank_id",
                "int_id",
                "role",
                "two_tokens",
                "late_token",
                "text_only",
                "empty",
                "long",
                "last_human",
                "swap_a",
                "swap_b",
                "dropped",
                "llava_id",
                "llava_text",
            ),
            plain,
        )
    }
    key.update(
        unrefused=records[asked[0]]["key"],
        other_refusal=records[asked[1]]["key"],
        empty_rewrite=records[rewritten[0]]["key"],
        bad_rule=records[rewritten[1]]["key"],
        unfaithful=records[rewritten[2]]["key"],
    )
    by_key = {r["key"]: r for r in records}
    expected: dict[str, list[str]] = {}

    def turns(name: str) -> list[dict[str, Any]]:
        return by_key[key[name]]["conversations"]

    by_key[key["dup"]]["key"] = key["blank_id"]
    expected["unique:key"] = [key["blank_id"]]
    by_key[key["blank_id"]]["id"] = " "
    expected["match_regex:id"] = [key["blank_id"]]
    by_key[key["int_id"]]["id"] = 12345
    expected["of_type:id"] = [key["int_id"]]
    turns("role")[2]["from"] = "gpt"
    expected["role"] = [key["role"]]
    turns("two_tokens")[0]["value"] += " <image>"
    expected["n_image_tokens"] = [key["two_tokens"], key["text_only"]]
    first = turns("late_token")[0]["value"]
    turns("late_token")[0]["value"] = first.replace("<image>", "").strip()
    turns("late_token")[2]["value"] += "\n<image>"
    expected["image_token_turn"] = [key["late_token"], key["text_only"]]
    del by_key[key["text_only"]]["image"]
    turns("empty")[1]["value"] = "   "
    turns("long")[1]["value"] = "x" * 20_001
    expected["value_length"] = [key["empty"], key["long"]]
    turns("last_human").append({"from": "human", "value": "Anything else?"})
    expected["last_role"] = [key["last_human"]]
    turns("unrefused")[1]["value"] = "The person looks about 30 years old."
    turns("other_refusal")[1]["value"] = "Sorry, I'd rather not say."
    expected["answer_to_request"] = [key["unrefused"], key["other_refusal"]]
    for change in changes:
        if change["key"] == key["empty_rewrite"]:
            change["after"] = " "
        if change["key"] == key["bad_rule"]:
            change["rule"] = "paraphrase"
        if change["key"] == key["unfaithful"]:  # issue 12's damage: "the person elephant"
            change["after"] = turns("unfaithful")[change["turn"]]["value"] = (
                "There is a person elephant near the water."
            )
    # the faithfulness signal grades what is published: a logged rewrite (" ") that is not the
    # published turn is flagged as such, before the planted damage (row order)
    expected["unfaithful"] = [key["empty_rewrite"], key["unfaithful"]]
    expected["rewrite_length"] = [key["empty_rewrite"]]
    expected["change_rule"] = [key["bad_rule"]]
    a, b = records.index(by_key[key["swap_a"]]), records.index(by_key[key["swap_b"]])
    records[a], records[b] = records[b], records[a]
    records.remove(by_key[key["dropped"]])
    # the first misplaced rows: the duplicate key, the swapped pair, then the gap left by the drop
    expected["pair:key"] = [key["blank_id"], key["swap_b"], key["swap_a"]]
    llava = [copy.deepcopy(to_llava(r)) for r in records]
    index = {r["key"]: i for i, r in enumerate(records)}
    llava[index[key["llava_id"]]]["id"] = "not-the-same-id"
    expected["pair:id"] = [key["llava_id"]]
    llava[index[key["llava_text"]]]["conversations"][1]["value"] += " (edited)"
    expected["llava_consistent"] = [key["llava_id"], key["llava_text"]]
    return records, llava, expected


@pytest.fixture(scope="module")
def planted(
    ingested: Path, cleaned_parts: tuple[Records, list[dict[str, Any]]], tmp_path_factory: pytest.TempPathFactory
) -> tuple[gate.GateFailed, dict[str, list[str]], Path]:
    records, changes = copy.deepcopy(cleaned_parts)
    records, llava, expected = _planted(records, changes)
    root = tmp_path_factory.mktemp("planted")
    cleaned = write_cleaned(root / "cleaned", records, changes, llava=llava)
    with pytest.raises(gate.GateFailed) as caught:
        gate.run(gate_config(ingested, cleaned, root / "validated", root / "docs"))
    return caught.value, expected, root


def test_every_planted_defect_fails_exactly_its_expectation(planted: tuple[gate.GateFailed, Any, Path]) -> None:
    failed, _, _ = planted
    found = {(f.suite, f.expectation, _column(f)) for f in failed.failures}
    assert found == EXPECTED_FAILURES
    assert failed.summary["ingested"]["success"] is True and failed.summary["cleaned"]["success"] is False
    assert pickle.loads(pickle.dumps(failed)).lines == failed.lines  # Prefect pickles a failed task's error


@pytest.mark.parametrize(
    ("name", "expectation", "column"),
    [
        ("unique:key", "expect_column_values_to_be_unique", "key"),
        ("pair:key", "expect_column_pair_values_to_be_equal", "key"),
        ("match_regex:id", "expect_column_values_to_match_regex", "id"),
        ("of_type:id", "expect_column_values_to_be_of_type", "id"),
        ("role", "expect_column_pair_values_to_be_equal", "role"),
        ("n_image_tokens", "expect_column_pair_values_to_be_equal", "n_image_tokens"),
        ("image_token_turn", "expect_column_pair_values_to_be_equal", "image_token_turn"),
        ("value_length", "expect_column_values_to_be_between", "value_length"),
        ("last_role", "expect_column_values_to_be_in_set", "last_role"),
        ("answer_to_request", "expect_column_values_to_be_in_set", "answer_to_request"),
        ("rewrite_length", "expect_column_values_to_be_between", "rewrite_length"),
        ("change_rule", "expect_column_values_to_be_in_set", "change_rule"),
        ("pair:id", "expect_column_pair_values_to_be_equal", "id"),
        ("llava_consistent", "expect_column_values_to_be_in_set", "llava_consistent"),
        ("unfaithful", "expect_unfaithful_rewrite_share_to_be_at_most", "unfaithful"),
    ],
)
def test_each_failure_names_the_offending_records(
    planted: tuple[gate.GateFailed, dict[str, list[str]], Path], name: str, expectation: str, column: str
) -> None:
    failed, expected, _ = planted
    (failure,) = [f for f in failed.failures if f.expectation == expectation and _column(f) == column]
    keys = [example.get("key") for example in failure.examples]
    assert keys[: len(expected[name])] == expected[name]
    line = next(line for line in failed.lines if f"{expectation}(" in line and f"={column}" in line)
    assert all(repr(key) in line for key in expected[name][:3])
    assert "id=" in line  # the offending ids are named beside the keys


def test_results_and_data_docs_are_written_on_failure(planted: tuple[gate.GateFailed, Any, Path]) -> None:
    failed, _, root = planted
    results = json.loads((root / "validated" / gate.RESULTS).read_text())
    assert results["success"] is False
    assert len(results["failures"]) == len(failed.failures) == len(EXPECTED_FAILURES)
    for failure in results["failures"]:
        if failure["expectation"] == "expect_table_row_count_to_equal":
            assert (failure["observed_value"], failure["kwargs"]["value"]) == (192, 193)  # one record dropped
        else:
            assert failure["examples"], failure
    assert (root / "docs" / "index.html").is_file()
    pages = list((root / "docs" / "validations").rglob("*.html"))
    assert {page.parent.parent.parent.parent.name for page in pages} >= {"ingested", "cleaned"}


def test_planted_ingested_defects_fail_the_ingested_suites(ingested: Path, tmp_path: Path) -> None:
    records = list(iter_records(ingested))
    records[15]["key"] = records[14]["key"]
    records[16]["conversations"][0]["from"] = "gpt"
    broken = tmp_path / "ingested"
    broken.mkdir()
    with ShardWriter(broken, shard_size=100) as writer:
        for record in records:
            writer.write(record)
    cleaned, changes = clean_by_hand(records)
    write_cleaned(tmp_path / "cleaned", cleaned, changes)
    with pytest.raises(gate.GateFailed) as caught:
        gate.run(gate_config(broken, tmp_path / "cleaned", tmp_path / "out", tmp_path / "docs"))
    by_suite = {(f.suite, f.expectation, _column(f)): f for f in caught.value.failures}
    unique = by_suite[("ingested.records", "expect_column_values_to_be_unique", "key")]
    assert [e["key"] for e in unique.examples] == [records[14]["key"]] * 2
    role = by_suite[("ingested.turns", "expect_column_pair_values_to_be_equal", "role")]
    assert role.examples[0]["key"] == records[16]["key"]
    assert caught.value.summary["ingested"]["success"] is False


def _whole_frames(ingested: Path, cleaned: Path, refusals: list[str]) -> tuple[Frames, IngestedScan, Frames]:
    """Both datasets' frames in one batch each, and what the ingested pass gathered."""
    scan = IngestedScan(failed=failed_keys(cleaned))
    [source] = list(ingested_batches(ingested, 10**6, scan))
    [frames] = list(CleanedSource(cleaned, ingested, scan, refusals).batches(10**6))
    return source, scan, frames


def test_refusal_requests_are_judged_on_the_original_question(ingested: Path, tmp_path: Path) -> None:
    """A cleaner that rewrites the question away cannot hide an unrefused answer."""
    records, changes = clean_by_hand(list(iter_records(ingested)))
    requests = IngestedScan(failed=set())
    list(ingested_batches(ingested, 10**6, requests))
    asked = next(r for r in records if r["key"] in requests.requests and 0 in requests.requests[r["key"]])
    asked["conversations"][0]["value"] = "<image>\nDescribe the picture."
    asked["conversations"][1]["value"] = "A girl of about 7 years."
    source, scan, frames = _whole_frames(ingested, write_cleaned(tmp_path / "c", records, changes), [REFUSAL])
    row = frames.turns[(frames.turns["key"] == asked["key"]) & (frames.turns["turn"] == 1)].iloc[0]
    assert row["answer_to_request"] == "A girl of about 7 years."
    assert len(source.records) == scan.records == scan.expected_records == 193


def test_gpt_text_excludes_the_refusals_but_nothing_else(ingested: Path, tmp_path: Path) -> None:
    refusal = "I'm sorry, but I can't comment on a person's age, gender or race."
    records, changes = clean_by_hand(list(iter_records(ingested)), refusal=refusal)
    _, _, frames = _whole_frames(ingested, write_cleaned(tmp_path / "c", records, changes), [refusal])
    refused = {change["key"] for change in changes if change["rule"] == "explicit_refusal"}
    texts = frames.records.set_index("key")["gpt_text"]
    assert refused
    for record in records:
        if record["key"] in refused:
            others = [t["value"] for t in record["conversations"] if t["from"] == "gpt" and t["value"] != refusal]
            assert refusal not in texts[record["key"]]
            assert all(other in texts[record["key"]] for other in others)
