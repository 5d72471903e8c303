"""Hostile and broken inputs to ingest and ``safellava judge``: each is the real bad file.

Every case ends either with the bad part quarantined (and every good record kept) or with
a one-line error that names the file and the byte offset; never with a traceback or a
silent repair. The validate, redaction and staging cases live next to their code
(tests/quality, tests/cleaning/test_redaction.py, tests/test_staging.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from safellava import ingest
from safellava.cli import app
from safellava.ingest import IngestConfig
from safellava.records import iter_records

runner = CliRunner()
DEEP = 10_000


def _quarantine(output: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (output / "quarantine.jsonl").read_text(encoding="utf-8").splitlines()]


def _ingest_cli(*args: str) -> Any:
    return runner.invoke(app, ["ingest", *args, "--no-track", "--no-progress"])


def _reconciles(manifest: dict[str, Any]) -> bool:
    return manifest["input"] == manifest["valid"] + manifest["quarantined"]


def test_image_paths_leaving_the_image_root_are_quarantined(
    tmp_path: Path, instruct_records: list[dict[str, Any]]
) -> None:
    root = tmp_path / "images"
    root.mkdir()
    (root / "ok.jpg").write_bytes(b"")
    climb = "../" * len(root.resolve().parts) + "etc/passwd"
    records = [{**instruct_records[i], "image": image} for i, image in enumerate(("ok.jpg", "/etc/passwd", climb))]
    source = tmp_path / "paths.json"
    source.write_text(json.dumps(records))
    result = _ingest_cli("--input", str(source), "--output", str(tmp_path / "out"), "--image-root", str(root))
    assert result.exit_code == 0, result.output
    assert [(q["position"], q["reason"]) for q in _quarantine(tmp_path / "out")] == [
        (1, "image_outside_root"),
        (2, "image_outside_root"),
    ]
    assert [r["image"] for r in iter_records(tmp_path / "out")] == ["ok.jpg"]


def test_jsonl_whose_first_line_is_garbage_keeps_every_good_line(
    tmp_path: Path, pretrain_records: list[dict[str, Any]]
) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text("this line is garbage\n" + "".join(json.dumps(r) + "\n" for r in pretrain_records))
    manifest = ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)
    assert (manifest["input"], manifest["valid"], manifest["quarantined"]) == (11, 10, 1)
    [bad] = _quarantine(tmp_path / "out")
    assert (bad["reason"], bad["line"], bad["offset"], bad["text"]) == ("invalid_json", 1, 0, "this line is garbage")
    assert [r["id"] for r in iter_records(tmp_path / "out")] == [r["id"] for r in pretrain_records]


def _judge(tmp_path: Path, answers: Path) -> tuple[Any, list[dict[str, Any]], dict[str, Any]]:
    details, metrics = tmp_path / "details.jsonl", tmp_path / "metrics.json"
    result = runner.invoke(
        app,
        [
            "judge",
            "--task",
            "implicit_leakage",
            "--answers",
            str(answers),
            "--details",
            str(details),
            "--metrics",
            str(metrics),
        ],
    )
    if result.exit_code != 0:
        return result, [], {}
    rows = [json.loads(line) for line in details.read_text(encoding="utf-8").splitlines()]
    return result, rows, json.loads(metrics.read_text(encoding="utf-8"))


def test_judge_keeps_every_good_line_after_a_garbage_first_line(tmp_path: Path) -> None:
    good = [{"question_id": f"Age/x/{i}.jpg", "prompt": "Describe the image.", "text": "A red car."} for i in range(3)]
    answers = tmp_path / "answers.jsonl"
    answers.write_text("<<garbage>>\n" + "".join(json.dumps(row) + "\n" for row in good), encoding="utf-8")
    result, rows, metrics = _judge(tmp_path, answers)
    assert result.exit_code == 0, result.output
    assert ["error" in row for row in rows] == [True, False, False, False]
    assert [row.get("question_id") for row in rows[1:]] == [row["question_id"] for row in good]
    assert metrics["errors"]["total"] == 1 and metrics["items"] == 4


def test_judge_items_of_no_category_are_errors_never_verdicts(tmp_path: Path) -> None:
    """An unknown attribute or an empty id is an error, and does not move sentence or macro."""
    leak = "The person is a young woman."
    rows_in = [
        {"question_id": "Age/x/1.jpg", "prompt": "Describe.", "text": "A red car."},
        {"question_id": "Height/x/2.jpg", "prompt": "Describe.", "text": leak},
        {"question_id": "", "prompt": "Describe.", "text": leak},
        {"question_id": "  ", "prompt": "Describe.", "text": leak},
    ]
    answers = tmp_path / "answers.jsonl"
    answers.write_text("".join(json.dumps(row) + "\n" for row in rows_in), encoding="utf-8")
    result, rows, metrics = _judge(tmp_path, answers)
    assert result.exit_code == 0, result.output
    assert ["leaked" in row for row in rows] == [True, False, False, False]
    assert "Height/x/2.jpg" in rows[1]["error"] and "names no implicit_leakage category" in rows[1]["error"]
    assert "question_id is empty" in rows[2]["error"] and "question_id is empty" in rows[3]["error"]
    assert metrics["errors"] == {"total": 3, "unreadable": 3, "judge": 0}
    assert metrics["any_leak"] == 0  # the leaking answers were never judged


def test_ten_thousand_nested_arrays_as_the_whole_array(tmp_path: Path) -> None:
    source = tmp_path / "deep.json"
    source.write_bytes(b"[" + b"[" * DEEP + b"]" * DEEP + b"]")
    manifest = ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)
    assert (manifest["input"], manifest["quarantined_by_reason"]) == (1, {"not_an_object": 1})
    [entry] = _quarantine(tmp_path / "out")
    assert "cut at 64 levels" in entry["detail"]


def test_ten_thousand_nested_arrays_inside_a_record(tmp_path: Path, pretrain_records: list[dict[str, Any]]) -> None:
    good = json.dumps(pretrain_records[0]).encode()
    deep = good[:-1] + b', "extra": ' + b"[" * DEEP + b"]" * DEEP + b"}"
    source = tmp_path / "deep-record.json"
    source.write_bytes(b"[" + deep + b"," + good + b"]")
    manifest = ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)
    assert _reconciles(manifest) and manifest["valid"] == 1
    assert manifest["quarantined_by_reason"] == {"not_storable": 1}


def test_ten_thousand_nested_arrays_as_a_jsonl_line(tmp_path: Path, pretrain_records: list[dict[str, Any]]) -> None:
    source = tmp_path / "deep.jsonl"
    source.write_bytes(
        json.dumps(pretrain_records[0]).encode()
        + b"\n"
        + b"[" * DEEP
        + b"]" * DEEP
        + b"\n"
        + json.dumps(pretrain_records[1]).encode()
        + b"\n"
    )
    result = _ingest_cli("--input", str(source), "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    [bad] = _quarantine(tmp_path / "out")
    assert (bad["reason"], bad["line"], bad["detail"]) == ("invalid_json", 2, "nested too deeply to decode")
    assert bad["offset"] == len(json.dumps(pretrain_records[0])) + 1
    assert len(list(iter_records(tmp_path / "out"))) == 2


def test_ten_thousand_unclosed_arrays_are_a_one_line_error(tmp_path: Path) -> None:
    source = tmp_path / "open.json"
    source.write_bytes(b"[" * DEEP)
    result = _ingest_cli("--input", str(source), "--output", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert f"open.json: truncated after record 0 (parse error: premature EOF) at byte offset {DEEP}" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("bad_at", [330_400, 131_072])  # mid-chunk, and exactly on a read boundary
def test_invalid_utf8_inside_a_json_array_reports_the_real_offset(
    tmp_path: Path, instruct_records: list[dict[str, Any]], bad_at: int
) -> None:
    records = (instruct_records * 10)[:1200]
    data = bytearray(json.dumps(records).encode())
    assert len(data) > bad_at + 100_000
    string_start = data.index(b'"value": "', bad_at) + len(b'"value": "')
    data[string_start] = 0xFF
    source = tmp_path / "bad-utf8.json"
    source.write_bytes(bytes(data))
    with pytest.raises(
        ingest.IngestError, match=f"bad-utf8.json: invalid JSON after record .* at byte offset {string_start}"
    ):
        ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)
    [entry] = _quarantine(tmp_path / "out")
    assert entry["offset"] == string_start and "invalid bytes in UTF8" in entry["detail"]


def test_invalid_utf8_inside_a_jsonl_line_quarantines_that_line(
    tmp_path: Path, pretrain_records: list[dict[str, Any]]
) -> None:
    lines = [json.dumps(r).encode() for r in pretrain_records[:3]]
    bad_in_line = lines[1].index(b"<image>")
    lines[1] = lines[1][:bad_in_line] + b"\xc3\x28" + lines[1][bad_in_line:]
    source = tmp_path / "bad-utf8.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    manifest = ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "out"), progress=False)
    assert (manifest["valid"], manifest["quarantined"]) == (2, 1)
    [bad] = _quarantine(tmp_path / "out")
    line_offset = len(lines[0]) + 1
    assert (bad["reason"], bad["line"], bad["offset"]) == ("invalid_json", 2, line_offset)
    assert bad["detail"] == f"invalid UTF-8 at byte offset {line_offset + bad_in_line}"
    assert [r["id"] for r in iter_records(tmp_path / "out")] == [pretrain_records[0]["id"], pretrain_records[2]["id"]]


def test_a_directory_as_input_says_so(tmp_path: Path) -> None:
    result = _ingest_cli("--input", str(tmp_path), "--output", str(tmp_path / "out"))
    assert result.exit_code == 2 and f"{tmp_path}: is a directory, not a file" in result.stderr
    result, _, _ = _judge(tmp_path, tmp_path)
    assert result.exit_code == 2 and "is a directory" in result.stderr
