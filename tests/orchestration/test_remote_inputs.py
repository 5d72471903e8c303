"""Ingest inputs that live on S3 or behind HTTP(S), through the real CLI against servers on
127.0.0.1: the records must be exactly those of a local ingestion of the same file, and a
download whose bytes do not match its pinned sha256 must fail clearly and write nothing."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from safellava import ingest as stage
from tests.orchestration.conftest import S3, SAMPLE, SAMPLE_INPUTS, child_env, write_params

INSTRUCT = SAMPLE_INPUTS[1]


def _ingest_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["safellava", "ingest", "--no-track", "--no-progress", *args],
        cwd=cwd,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _outputs(folder: Path) -> dict[str, bytes]:
    """Every output file but the manifest, whose ``location`` differs by design."""
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.name != stage.MANIFEST}


def _file_reports(folder: Path) -> list[dict]:
    manifest = json.loads((folder / stage.MANIFEST).read_text(encoding="utf-8"))
    return [{key: value for key, value in item.items() if key != "location"} for item in manifest["files"]]


@pytest.fixture
def local_ingest(tmp_path: Path) -> Path:
    """The instruct sample ingested from disk: what every remote variant must reproduce."""
    output = tmp_path / "local"
    stage.run(stage.IngestConfig(inputs=(str(INSTRUCT),), output=str(output)), progress=False)
    return output


def test_s3_input_matches_local_ingestion(s3: S3, local_ingest: Path, tmp_path: Path) -> None:
    s3.client().upload_file(str(INSTRUCT), s3.bucket, f"llava/{INSTRUCT.name}")
    output = tmp_path / "from-s3"
    result = _ingest_cli(["--input", f"s3://{s3.bucket}/llava/{INSTRUCT.name}", "--output", str(output)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert _outputs(output) == _outputs(local_ingest)
    assert _file_reports(output) == _file_reports(local_ingest)


def test_missing_s3_object_is_a_clear_error(s3: S3, tmp_path: Path) -> None:
    output = tmp_path / "out"
    result = _ingest_cli(["--input", f"s3://{s3.bucket}/no/such.json", "--output", str(output)], tmp_path)
    assert result.returncode == 2
    assert f"s3://{s3.bucket}/no/such.json" in result.stderr and "NoSuchKey" in result.stderr
    assert not output.exists()


def test_https_input_with_pinned_sha256(http_sample: str, local_ingest: Path, tmp_path: Path) -> None:
    url = f"{http_sample}/{INSTRUCT.relative_to(SAMPLE).as_posix()}"
    digest = hashlib.sha256(INSTRUCT.read_bytes()).hexdigest()
    output = tmp_path / "downloaded"
    params = write_params(tmp_path / "params.yaml", output, inputs=[{"path": url, "sha256": digest}])
    result = _ingest_cli(["--params", str(params)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert _outputs(output) == _outputs(local_ingest)
    assert _file_reports(output) == _file_reports(local_ingest)


def test_checksum_mismatch_fails_and_writes_nothing(http_sample: str, tmp_path: Path) -> None:
    url = f"{http_sample}/{INSTRUCT.relative_to(SAMPLE).as_posix()}"
    wrong = hashlib.sha256(b"another file").hexdigest()
    output = tmp_path / "downloaded"
    params = write_params(tmp_path / "params.yaml", output, inputs=[{"path": url, "sha256": wrong}])
    result = _ingest_cli(["--params", str(params)], tmp_path)
    assert result.returncode == 2
    assert "does not match the pinned" in result.stderr and wrong in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["params.yaml"]  # no output, no .partial
