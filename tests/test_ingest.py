"""The ingest stage and its CLI contract, on the bundled real records and planted defects."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from safellava import ingest
from safellava.cli import app
from safellava.ingest import IngestConfig
from safellava.records import iter_records
from safellava.sources import SourceError

from .conftest import INSTRUCT_SAMPLE, PRETRAIN_SAMPLE, SAMPLE

runner = CliRunner()


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _assert_reconciles(manifest: dict[str, Any]) -> None:
    assert manifest["input"] == manifest["valid"] + manifest["quarantined"]
    for report in manifest["files"]:
        assert report["input"] == report["valid"] + report["quarantined"]
        assert sum(report["quarantined_by_reason"].values()) == report["quarantined"]


def test_bundled_sample_is_ingested_whole_with_checksums(tmp_path: Path) -> None:
    manifest = ingest.run(
        IngestConfig(inputs=[str(PRETRAIN_SAMPLE), str(INSTRUCT_SAMPLE)], output=tmp_path / "out"), progress=False
    )
    assert (manifest["input"], manifest["valid"], manifest["quarantined"]) == (193, 193, 0)
    _assert_reconciles(manifest)
    for report, path in zip(manifest["files"], (PRETRAIN_SAMPLE, INSTRUCT_SAMPLE)):
        assert report["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert report["bytes"] == path.stat().st_size
    records = list(iter_records(tmp_path / "out"))
    assert [r["id"] for r in records[10:]] == [r["id"] for r in json.loads(INSTRUCT_SAMPLE.read_text())]
    assert len({r["key"] for r in records}) == len(records)


def test_repeated_ids_are_kept_and_reported(tmp_path: Path) -> None:
    """The sample holds 5 ids that occur in all three instruct subsets (real duplicates)."""
    manifest = ingest.run(IngestConfig(inputs=[str(INSTRUCT_SAMPLE)], output=tmp_path / "out"), progress=False)
    ids = [r["id"] for r in json.loads(INSTRUCT_SAMPLE.read_text())]
    repeated = {i for i in ids if ids.count(i) > 1}
    assert manifest["repeated_ids"] == {"ids": len(repeated), "records": sum(ids.count(i) for i in repeated)}
    assert manifest["valid"] == len(ids)


def test_planted_defects_go_to_quarantine_with_reason_and_position(
    tmp_path: Path, instruct_records: list[dict[str, Any]]
) -> None:
    records: list[Any] = copy.deepcopy(instruct_records[:6])
    records[1]["conversations"] = []
    records[3] = "just a string"
    del records[4]["id"]
    source = tmp_path / "planted.json"
    source.write_text(json.dumps(records, indent=2))
    manifest = ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)
    _assert_reconciles(manifest)
    assert manifest["quarantined_by_reason"] == {"empty_conversations": 1, "missing_id": 1, "not_an_object": 1}
    quarantined = _read_jsonl(tmp_path / "out" / "quarantine.jsonl")
    assert [(q["position"], q["reason"]) for q in quarantined] == [
        (1, "empty_conversations"),
        (3, "not_an_object"),
        (4, "missing_id"),
    ]
    assert quarantined[1]["record"] == "just a string"
    assert [r["position"] for r in iter_records(tmp_path / "out")] == [0, 2, 5]


def test_jsonl_with_several_objects_on_a_line_and_a_broken_line(
    tmp_path: Path, pretrain_records: list[dict[str, Any]]
) -> None:
    lines = [
        json.dumps(pretrain_records[0]),
        json.dumps(pretrain_records[1]) + " " + json.dumps(pretrain_records[2]),
        "",
        '{"id": "broken", "conversations": [',
        json.dumps(pretrain_records[3]),
    ]
    source = tmp_path / "records.jsonl"
    source.write_text("\n".join(lines) + "\n")
    manifest = ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)
    _assert_reconciles(manifest)
    assert (manifest["input"], manifest["valid"], manifest["quarantined"]) == (5, 4, 1)
    [bad] = _read_jsonl(tmp_path / "out" / "quarantine.jsonl")
    assert bad["reason"] == "invalid_json" and bad["line"] == 4
    assert source.read_bytes()[bad["offset"] :].startswith(b'{"id": "broken"')
    assert [r["id"] for r in iter_records(tmp_path / "out")] == [r["id"] for r in pretrain_records[:4]]


def test_truncated_array_keeps_valid_records_and_names_file_and_offset(
    tmp_path: Path, instruct_records: list[dict[str, Any]]
) -> None:
    text = json.dumps(instruct_records[:20], indent=2)
    cut = text.index('"id": "' + instruct_records[12]["id"]) + 3
    source = tmp_path / "truncated.json"
    source.write_text(text[:cut])
    result = runner.invoke(
        app, ["ingest", "--input", str(source), "--output", str(tmp_path / "out"), "--no-track", "--no-progress"]
    )
    assert result.exit_code == 1
    assert "truncated.json" in result.stderr and f"byte offset {cut}" in result.stderr
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    _assert_reconciles(manifest)
    assert manifest["valid"] == 12 and manifest["quarantined_by_reason"] == {"unreadable_tail": 1}
    assert "truncated" in manifest["files"][0]["error"]


def test_corrupt_array_reports_the_exact_offset(tmp_path: Path, instruct_records: list[dict[str, Any]]) -> None:
    text = json.dumps(instruct_records[:30])
    at = text.index(', {"id": "' + instruct_records[25]["id"]) + 1
    source = tmp_path / "corrupt.json"
    source.write_text(text[:at] + " @@ " + text[at:])
    with pytest.raises(ingest.IngestError, match=r"corrupt.json: invalid JSON after record 25"):
        ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    offset = json.loads((tmp_path / "out" / "quarantine.jsonl").read_text())["offset"]
    assert at + 1 <= offset <= at + 2  # yajl stops on the byte after the first bad one
    assert manifest["valid"] == 25


def test_file_that_is_not_json_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("\n  hello, this is not JSON\n")
    with pytest.raises(ingest.IngestError, match=r"notes.txt: not JSON \(starts with b'h'\) at byte offset 3"):
        ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)


def test_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "empty.json"
    source.write_text("")
    with pytest.raises(ingest.IngestError, match="empty.json: empty file"):
        ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)


def test_missing_image_files_are_quarantined_under_an_image_root(tmp_path: Path) -> None:
    root = SAMPLE / "images" / "coco" / "train2017"
    manifest = ingest.run(
        IngestConfig(inputs=[str(INSTRUCT_SAMPLE)], output=tmp_path / "out", image_root=root), progress=False
    )
    shipped = [r for r in json.loads(INSTRUCT_SAMPLE.read_text()) if (root / r["image"]).is_file()]
    assert manifest["valid"] == len(shipped) == 14
    assert manifest["quarantined_by_reason"] == {"image_not_found": 183 - 14}


def test_unopenable_input_leaves_previous_output_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    ingest.run(IngestConfig(inputs=[str(PRETRAIN_SAMPLE)], output=out), progress=False)
    before = (out / "manifest.json").read_text()
    with pytest.raises(SourceError, match="no such file"):
        ingest.run(
            IngestConfig(inputs=[str(PRETRAIN_SAMPLE), str(tmp_path / "absent.json")], output=out), progress=False
        )
    assert (out / "manifest.json").read_text() == before
    assert not list(tmp_path.glob(".out.partial"))


def test_download_without_pinned_checksum_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="pinned sha256"):
        ingest.run(IngestConfig(inputs=["https://example.invalid/llava.json"], output=tmp_path / "out"), progress=False)


def test_same_file_name_from_two_folders_gets_distinct_keys(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "data.json").write_bytes(PRETRAIN_SAMPLE.read_bytes())
    ingest.run(
        IngestConfig(
            inputs=[str(tmp_path / "a" / "data.json"), str(tmp_path / "b" / "data.json")], output=tmp_path / "out"
        ),
        progress=False,
    )
    keys = [r["key"] for r in iter_records(tmp_path / "out")]
    assert len(set(keys)) == 20 and keys[0] == "0-data.json:0" and keys[10] == "1-data.json:0"


def test_small_shards(tmp_path: Path) -> None:
    manifest = ingest.run(
        IngestConfig(inputs=[str(INSTRUCT_SAMPLE)], output=tmp_path / "out", shard_size=50), progress=False
    )
    assert manifest["shards"] == [f"records-0000{i}.jsonl" for i in range(4)]
    assert len(list(iter_records(tmp_path / "out"))) == 183


def test_cli_contract_and_mlflow_counts(tmp_path: Path, isolated_tracking: str) -> None:
    import mlflow

    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "ingest",
            "--input",
            str(PRETRAIN_SAMPLE),
            "--input",
            str(INSTRUCT_SAMPLE),
            "--output",
            str(out),
            "--no-progress",
        ],
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert all(isinstance(manifest[key], int) for key in ("input", "valid", "quarantined"))
    assert json.loads(result.stdout)["valid"] == 193
    mlflow.set_tracking_uri(isolated_tracking)
    [run] = mlflow.search_runs(experiment_names=["safellava"], output_format="list")
    assert run.data.metrics["ingest.valid"] == 193 and run.data.metrics["ingest.input"] == 193
    assert run.data.tags["stage"] == "ingest"


def test_cli_reports_unopenable_input(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", "--input", str(tmp_path / "nope.json"), "--output", str(tmp_path / "o"), "--no-track"]
    )
    assert result.exit_code == 2 and "nope.json: no such file" in result.stderr


def test_every_command_has_help() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    import typer

    commands = list(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
    assert "ingest" in commands
    for command in commands:
        sub = runner.invoke(app, [command, "--help"])
        assert sub.exit_code == 0 and "Usage" in sub.output


@pytest.mark.slow
def test_prefect_flow_gives_the_same_records_as_the_cli(tmp_path: Path) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.ingest import ingest_flow

    params = tmp_path / "params.yaml"
    params.write_text(
        json.dumps(
            {"ingest": {"inputs": [str(PRETRAIN_SAMPLE), str(INSTRUCT_SAMPLE)], "output": str(tmp_path / "flow")}}
        )
    )
    with prefect_test_harness():
        summary = ingest_flow(params_path=str(params), track=False)
    cli = runner.invoke(
        app, ["ingest", "--params", str(params), "--output", str(tmp_path / "cli"), "--no-track", "--no-progress"]
    )
    assert cli.exit_code == 0
    assert summary == json.loads(cli.stdout)
    for name in ("records-00000.jsonl", "quarantine.jsonl", "manifest.json"):
        assert (tmp_path / "flow" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes()
