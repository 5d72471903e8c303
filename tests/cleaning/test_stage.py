"""The local backend end to end: the output contract, the CLI, file input, failures."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import orjson
from typer.testing import CliRunner

from safellava.biometrics.detector import default_detector
from safellava.cleaning import stage
from safellava.cleaning.faithfulness import FaithfulnessConfig
from safellava.cli import app
from safellava.records import iter_records
from tests.conftest import INSTRUCT_SAMPLE

runner = CliRunner()


def test_cli_contract_writes_cleaned_json_and_changes(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "cleaned"
    result = runner.invoke(
        app,
        [
            "clean",
            "--input",
            str(ingested),
            "--output",
            str(out),
            "--backend",
            "local",
            "--report",
            str(tmp_path / "clean.html"),
            "--no-track",
            "--no-progress",
        ],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    cleaned = json.loads((out / "cleaned.json").read_text())
    dropped = {json.loads(line)["key"] for line in (out / "failures.jsonl").read_text().splitlines()}
    originals = [record for record in iter_records(ingested) if record["key"] not in dropped]
    assert [record["id"] for record in cleaned] == [record["id"] for record in originals]
    assert [record["key"] for record in iter_records(out)] == [record["key"] for record in originals]
    for before, after in zip(originals, cleaned):
        assert after.get("image") == before.get("image") and set(after) == set(before) - {"key", "source", "position"}
        assert [turn["from"] for turn in after["conversations"]] == [turn["from"] for turn in before["conversations"]]
        assert [turn["value"].count("<image>") for turn in after["conversations"]] == [
            turn["value"].count("<image>") for turn in before["conversations"]
        ]
    changes = [json.loads(line) for line in (out / "changes.jsonl").read_text().splitlines()]
    required = {"after", "attributes", "backend", "before", "id", "key", "rule", "turn"}
    assert all(required <= set(row) <= required | {"unfaithful", "repaired"} for row in changes)
    assert summary["turns_changed"] == len(changes) and summary["failed"] == 0
    # 6 explicit questions in the sample; a record dropped for an unfaithful rewrite takes its refusal along.
    assert summary["refusals_inserted"] == sum(row["rule"] == "explicit_refusal" for row in changes) >= 5
    # Records whose rewrite failed the faithfulness signal and could not be repaired go to failures.jsonl.
    assert summary["records_in"] == 193 == summary["records_out"] + summary["faithfulness"]["records_dropped"]
    assert len(dropped) == summary["faithfulness"]["records_dropped"]
    assert 0 < summary["routed_fraction"] <= 0.4 and summary["llm_calls"] == 0 and summary["projected"]["cost_usd"] > 0
    detector = default_detector()
    leaking = [
        r
        for r in cleaned
        if any(
            detector.find(t["value"]) for t in r["conversations"][1::2] if t["value"] != stage.CleanConfig().refusals[0]
        )
    ]
    assert not leaking
    assert "<del>" in (tmp_path / "clean.html").read_text()
    assert json.loads((out / "summary.json").read_text()) == summary


def test_a_llava_file_as_input_and_invalid_records_become_failures(tmp_path: Path) -> None:
    records = json.loads(INSTRUCT_SAMPLE.read_text())[:5] + [{"id": "broken", "conversations": []}]
    source = tmp_path / "small.json"
    source.write_bytes(orjson.dumps(records))
    config = stage.CleanConfig(report=None, max_failed_fraction=0.5)
    summary = stage.run(replace(config, input=str(source), output=str(tmp_path / "out")), progress=False)
    assert summary["records_in"] == 6 and summary["records_out"] == 5 and summary["failed"] == 1
    failure = json.loads((tmp_path / "out" / "failures.jsonl").read_text())
    assert failure["id"] == "broken" and "empty_conversations" in failure["error"]
    strict = stage.CleanConfig(report=None, max_failed_fraction=0.0)
    try:
        stage.run(replace(strict, input=str(source), output=str(tmp_path / "strict")), progress=False)
    except stage.CleanError as error:
        assert "1 of 6" in str(error)
    else:
        raise AssertionError("a failure above the threshold must fail the stage")
    assert (tmp_path / "strict" / "failures.jsonl").exists()  # outputs are written before failing


def _damaged_records() -> list[dict]:
    """Damage of a kind the local rewriter still does (the held-out review found "help her
    conserve"; a bare infinitive outside the rule's verb list still reads as a possessive:
    "help her digest" becomes "help their digest"), a word pair the corpus never has -- in an answer with other
    sentences, in a question, in a one-sentence answer -- and a good rewrite. The filler makes
    "their" and "digest" common, so that the pair's absence is telling at a small scale."""
    filler = [
        {
            "id": f"filler{i}",
            "image": f"f{i}.jpg",
            "conversations": [
                {"from": "human", "value": "<image>\nWhat is here?"},
                {
                    "from": "gpt",
                    "value": "They digest water and food. Their bags are on the floor. The person is here.",
                },
            ],
        }
        for i in range(60)
    ]
    return [
        {
            "id": "digest",
            "image": "a.jpg",
            "conversations": [
                {"from": "human", "value": "<image>\nWhy is the woman resting?"},
                {
                    "from": "gpt",
                    "value": "The field is large and green. Resting can help her digest food. The sky is clear.",
                },
            ],
        },
        {
            "id": "question",
            "image": "b.jpg",
            "conversations": [
                {"from": "human", "value": "<image>\nHow does resting help her digest food?"},
                {"from": "gpt", "value": "It lowers the heart rate."},
            ],
        },
        {
            "id": "lonely",
            "image": "c.jpg",
            "conversations": [
                {"from": "human", "value": "<image>\nWhy is the woman resting?"},
                {"from": "gpt", "value": "Resting can help her digest food."},
            ],
        },
        {
            "id": "good",
            "image": "d.jpg",
            "conversations": [
                {"from": "human", "value": "<image>\nWhat is the man doing?"},
                {"from": "gpt", "value": "The man is riding a horse in the field."},
            ],
        },
        *filler,
    ] + json.loads(INSTRUCT_SAMPLE.read_text())[:40]  # real text for the corpus statistics


SMALL_CORPUS = FaithfulnessConfig(min_expected=0.1)
"""A test corpus of a few thousand words: a never-seen pair is telling at a lower expectation."""


def test_unfaithful_rewrites_follow_the_policy_and_counts_reconcile(tmp_path: Path) -> None:
    source = tmp_path / "damaged.json"
    source.write_bytes(orjson.dumps(_damaged_records()))
    outcomes = {}
    for policy in ("keep", "sentence", "drop"):
        out = tmp_path / policy
        config = stage.CleanConfig(
            report=str(tmp_path / f"{policy}.html"),
            unfaithful=policy,
            max_failed_fraction=1.0,
            faithfulness=SMALL_CORPUS,
        )
        summary = stage.run(replace(config, input=str(source), output=str(out)), progress=False)
        faithfulness = summary["faithfulness"]
        failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
        cleaned = {record["id"]: record for record in json.loads((out / "cleaned.json").read_text())}
        assert summary["records_in"] == summary["records_out"] + summary["failed"] + faithfulness["records_dropped"]
        assert len(failures) == summary["failed"] + faithfulness["records_dropped"] and summary["failed"] == 0
        assert faithfulness["by_reason"]["novel_bigram"] >= 3 and faithfulness["edits_flagged"] == sum(
            faithfulness["outcomes"].values()
        )
        report = (tmp_path / f"{policy}.html").read_text()
        assert "good" in cleaned and "novel_bigram" in report and report.count("Faithfulness of the rewrites") == 1
        assert "<title>Safe-LLaVA cleaning report</title>" in report
        outcomes[policy] = (faithfulness, {row["id"] for row in failures}, cleaned, failures)
    kept, _, cleaned, _ = outcomes["keep"]
    assert kept["outcomes"]["kept"] == kept["edits_flagged"] and kept["records_dropped"] == 0
    assert "help their digest" in cleaned["digest"]["conversations"][1]["value"]
    changes = [json.loads(line) for line in (tmp_path / "keep" / "changes.jsonl").read_text().splitlines()]
    assert any("novel_bigram" in row.get("unfaithful", []) for row in changes if row["id"] == "digest")
    repaired, dropped_ids, cleaned, failures = outcomes["sentence"]
    assert cleaned["digest"]["conversations"][1]["value"] == "The field is large and green. The sky is clear."
    assert (
        {"question", "lonely"} <= dropped_ids and "digest" not in dropped_ids and repaired["outcomes"]["repaired"] >= 1
    )
    mine = [
        row for row in failures if row["id"] in {"question", "lonely"}
    ]  # (a small corpus flags some sample text too)
    assert len(mine) == 2 and all(
        row["backend"] == "faithfulness" and "novel_bigram 'their digest'" in row["error"] for row in mine
    )
    dropped, dropped_ids, _, _ = outcomes["drop"]
    assert {"digest", "question", "lonely"} <= dropped_ids and dropped["records_dropped"] == len(dropped_ids)


def test_a_flagged_record_is_routed_to_the_llm(tmp_path: Path) -> None:
    from safellava.cleaning.llm_rewriter import LLMConfig, make_client
    from tests.cleaning.fake_openai import FakeOpenAI

    source = tmp_path / "damaged.json"
    source.write_bytes(orjson.dumps(_damaged_records()[:64]))  # the damaged records and the filler
    local = stage.run(
        stage.CleanConfig(
            input=str(source),
            output=str(tmp_path / "local"),
            report=None,
            unfaithful="keep",
            route="hard",
            faithfulness=SMALL_CORPUS,
        ),
        progress=False,
    )
    with FakeOpenAI() as server:
        config = stage.CleanConfig(
            backend="openai",
            report=None,
            cache=str(tmp_path / "cache.sqlite"),
            openai=LLMConfig(base_url=server.base_url),
            faithfulness=SMALL_CORPUS,
        )
        summary = stage.run(
            replace(config, input=str(source), output=str(tmp_path / "llm")),
            progress=False,
            client=make_client(config.openai),
        )
    flagged = local["faithfulness"]["edits_flagged"]
    assert flagged >= 3 and summary["routed"] >= 3 and summary["llm_calls"] == summary["routed"]
    outcomes = summary["faithfulness"]["outcomes"]
    assert outcomes["llm"] + outcomes["repaired"] + outcomes["dropped"] == flagged and outcomes["kept"] == 0
