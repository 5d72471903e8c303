"""What a fresh clone of the repository shows DVC: the committed metrics (``cache: false``),
so ``dvc metrics show`` works without pulling data and ``dvc metrics diff`` compares two
commits; and stage dependencies hashed without this machine's bytecode caches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.orchestration.conftest import child_env, run

METRICS = {"data/audit/audit.json", "data/metrics/clean.json", "data/validated/results.json", "data/prism/metrics.json"}


def test_every_metrics_file_of_the_pipeline_is_committed(repo_copy: Path) -> None:
    shown = json.loads(run(["dvc", "metrics", "show", "--json"], cwd=repo_copy, env=child_env()).stdout)
    files = shown[""]["data"]
    assert set(files) == METRICS
    assert all("data" in files[name] and "error" not in files[name] for name in METRICS), files
    assert files["data/audit/audit.json"]["data"]["records"] == 882  # 872 demo records (501 distinct) + 10 captions


@pytest.mark.slow
def test_metrics_diff_between_two_commits(repo_copy: Path) -> None:
    env = child_env()
    params_path = repo_copy / "params.yaml"
    params = yaml.safe_load(params_path.read_text(encoding="utf-8"))
    params["ingest"]["inputs"] = params["ingest"]["inputs"][:1]  # the 10 pretraining captions only
    params_path.write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    run(["dvc", "repro", "audit"], cwd=repo_copy, env=env)
    run(["git", "add", "-A"], cwd=repo_copy, env=env)
    run(["git", "commit", "-q", "-m", "audit the captions only"], cwd=repo_copy, env=env)

    diff = json.loads(run(["dvc", "metrics", "diff", "HEAD~1", "HEAD", "--json"], cwd=repo_copy, env=env).stdout)
    records = diff["data/audit/audit.json"]["records"]
    assert (records["old"], records["new"], records["diff"]) == (882, 10, -872)


def test_bytecode_caches_are_not_part_of_a_stage_dependency(repo_copy: Path) -> None:
    """``src/...`` directories are stage deps; a ``__pycache__`` that only this machine has
    would change their hash, so a fresh clone would see every stage as changed."""
    cache = repo_copy / "src" / "safellava" / "quality" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "gate.cpython-311.pyc").write_bytes(b"\0")
    result = run(
        ["dvc", "check-ignore", "src/safellava/quality/__pycache__/gate.cpython-311.pyc"],
        cwd=repo_copy,
        env=child_env(),
    )
    assert "gate.cpython-311.pyc" in result.stdout
