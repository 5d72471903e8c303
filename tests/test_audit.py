"""The audit stage: hand-checked counts, the real sample, the report and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from safellava import audit, ingest
from safellava.audit import AuditConfig
from safellava.cli import app
from safellava.ingest import IngestConfig

from .conftest import INSTRUCT_SAMPLE, PRETRAIN_SAMPLE


def _record(rid: str, *turns: str, image: str | None = "x.jpg") -> dict[str, Any]:
    roles = ("human", "gpt")
    record: dict[str, Any] = {
        "id": rid,
        "conversations": [{"from": roles[i % 2], "value": t} for i, t in enumerate(turns)],
    }
    if image:
        record["image"] = image
    return record


HAND_CHECKED = [
    _record("explicit-age", "<image>\nHow old is the man?", "He appears to be in his thirties."),
    _record("incidental", "<image>\nWhat is the man holding?", "The man is holding a red umbrella."),
    _record("neutral", "<image>\nWhat color is the bus?", "The bus is white and red."),
    _record("caption", "Describe the photo.\n<image>", "a young woman in a red coat"),
    _record("context", "<image>\nWhat is in the picture?", "A black dog sits in front of an old building."),
]


def test_hand_checked_counts(tmp_path: Path) -> None:
    source = tmp_path / "hand.json"
    source.write_text(json.dumps(HAND_CHECKED))
    ingest.run(IngestConfig(inputs=[str(source)], output=tmp_path / "ingested"), progress=False)
    result = audit.run(
        AuditConfig(input=str(tmp_path / "ingested"), output=str(tmp_path / "audit"), report=None), progress=False
    )
    counts = result["sources"]["hand.json"]
    assert counts["records"] == 5
    assert counts["explicit"] == {"age": 1, "gender": 0, "race": 0, "eye_color": 0, "weight": 0}
    assert counts["implicit"] == {"age": 2, "gender": 3, "race": 0, "eye_color": 0, "weight": 0}
    assert counts["question_mentions"]["gender"] == 2  # "How old is the man?" also names a gender
    assert (counts["explicit_any"], counts["implicit_any"]) == (1, 3)
    assert result["total"] == counts
    assert json.loads((tmp_path / "audit" / "audit.json").read_text()) == result


def test_real_sample_audit_and_report(tmp_path: Path) -> None:
    ingest.run(
        IngestConfig(inputs=[str(PRETRAIN_SAMPLE), str(INSTRUCT_SAMPLE)], output=tmp_path / "ingested"), progress=False
    )
    result = audit.run(
        AuditConfig(input=str(tmp_path / "ingested"), output=str(tmp_path / "audit"), report=str(tmp_path / "r.html")),
        progress=False,
    )
    assert set(result["sources"]) == {PRETRAIN_SAMPLE.name, INSTRUCT_SAMPLE.name}
    total = result["total"]
    assert total["records"] == 193
    # the sample was partly picked for eye colour, race and weight keywords: each must show up
    assert all(total["implicit"][attribute] > 0 for attribute in ("age", "gender", "race", "eye_color", "weight"))
    assert total["implicit_any"] <= total["records"]
    page = (tmp_path / "r.html").read_text()
    assert "data:image/png;base64," in page and '<mark class="hit">' in page
    assert page.count("<h3>") == 5
    # no timestamp: the same data gives the same report, so DVC sees no change
    audit.run(
        AuditConfig(input=str(tmp_path / "ingested"), output=str(tmp_path / "again"), report=str(tmp_path / "r2.html")),
        progress=False,
    )
    assert (tmp_path / "r2.html").read_text() == page


def test_cli_contract(tmp_path: Path) -> None:
    ingest.run(IngestConfig(inputs=[str(PRETRAIN_SAMPLE)], output=tmp_path / "ingested"), progress=False)
    result = CliRunner().invoke(
        app,
        [
            "audit",
            "--input",
            str(tmp_path / "ingested"),
            "--output",
            str(tmp_path / "out"),
            "--no-track",
            "--no-progress",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "out" / "audit.json").read_text())["records"] == 10
    assert (tmp_path / "out" / "audit.html").is_file()


def test_cli_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["audit", "--input", str(tmp_path / "none"), "--output", str(tmp_path / "o"), "--no-track"]
    )
    assert result.exit_code == 2 and "no records-*.jsonl shards" in result.stderr
