"""The local backend end to end: the output contract, the CLI, file input, failures."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
from typer.testing import CliRunner

from safellava.biometrics.detector import default_detector
from safellava.cleaning import stage
from safellava.cli import app
from safellava.records import iter_records
from tests.conftest import INSTRUCT_SAMPLE

runner = CliRunner()


def test_cli_contract_writes_cleaned_json_and_changes(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "cleaned"
    result = runner.invoke(app, ["clean", "--input", str(ingested), "--output", str(out), "--backend", "local",
                                 "--report", str(tmp_path / "clean.html"), "--no-track", "--no-progress"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    cleaned = json.loads((out / "cleaned.json").read_text())
    originals = list(iter_records(ingested))
    assert [record["id"] for record in cleaned] == [record["id"] for record in originals]
    assert [record["key"] for record in iter_records(out)] == [record["key"] for record in originals]
    for before, after in zip(originals, cleaned):
        assert after.get("image") == before.get("image") and set(after) == set(before) - {"key", "source", "position"}
        assert [turn["from"] for turn in after["conversations"]] == [turn["from"] for turn in before["conversations"]]
        assert [turn["value"].count("<image>") for turn in after["conversations"]] == [turn["value"].count("<image>") for turn in before["conversations"]]
    changes = [json.loads(line) for line in (out / "changes.jsonl").read_text().splitlines()]
    assert {tuple(sorted(row)) for row in changes} == {("after", "attributes", "backend", "before", "id", "key", "rule", "turn")}
    assert summary["turns_changed"] == len(changes) and summary["refusals_inserted"] == 6 and summary["failed"] == 0
    assert summary["records_in"] == summary["records_out"] == 193
    assert 0 < summary["routed_fraction"] <= 0.4 and summary["llm_calls"] == 0 and summary["projected"]["cost_usd"] > 0
    detector = default_detector()
    leaking = [r for r in cleaned if any(detector.find(t["value"]) for t in r["conversations"][1::2] if t["value"] != stage.CleanConfig().refusals[0])]
    assert not leaking
    assert "<del>" in (tmp_path / "clean.html").read_text()
    assert json.loads((out / "summary.json").read_text()) == summary


def test_a_llava_file_as_input_and_invalid_records_become_failures(tmp_path: Path) -> None:
    records = json.loads(INSTRUCT_SAMPLE.read_text())[:5] + [{"id": "broken", "conversations": []}]
    source = tmp_path / "small.json"
    source.write_bytes(orjson.dumps(records))
    config = stage.CleanConfig(report=None, max_failed_fraction=0.5)
    summary = stage.run(source, tmp_path / "out", config, progress=False)
    assert summary["records_in"] == 6 and summary["records_out"] == 5 and summary["failed"] == 1
    failure = json.loads((tmp_path / "out" / "failures.jsonl").read_text())
    assert failure["id"] == "broken" and "empty_conversations" in failure["error"]
    strict = stage.CleanConfig(report=None, max_failed_fraction=0.0)
    try:
        stage.run(source, tmp_path / "strict", strict, progress=False)
    except stage.CleanError as error:
        assert "1 of 6" in str(error)
    else:
        raise AssertionError("a failure above the threshold must fail the stage")
    assert (tmp_path / "strict" / "failures.jsonl").exists()  # outputs are written before failing
