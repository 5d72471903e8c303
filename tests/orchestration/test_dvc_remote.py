"""The DVC remotes of ``.dvc/config``: ``dvc repro ingest`` → ``dvc push`` to the default
directory remote and to S3 (moto) → ``dvc pull`` into a fresh clone elsewhere gives back the
same bytes. The S3 endpoint and credentials come only from the standard AWS variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.orchestration.conftest import REPO, S3, child_env, run


def _files(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_dvc_config_names_a_local_default_and_an_s3_remote() -> None:
    from dvc.config import Config

    committed = Config(dvc_dir=REPO / ".dvc", validate=False).load_one("repo")  # not config.local
    assert committed["core"]["remote"] == "local"
    assert Path(committed["remote"]["local"]["url"]) == REPO.parent / "safellava-dvc-store"
    assert committed["remote"]["s3"]["url"].startswith("s3://")
    # endpoints and credentials are per machine (env or config.local), never committed
    secrets = {"endpointurl", "access_key_id", "secret_access_key", "session_token"}
    assert not secrets & {key for remote in committed["remote"].values() for key in remote}


@pytest.mark.slow
def test_push_to_s3_and_pull_into_a_fresh_clone(repo_copy: Path, s3: S3, tmp_path: Path) -> None:
    env = child_env()
    run(["dvc", "repro", "ingest"], cwd=repo_copy, env=env)
    produced = _files(repo_copy / "data" / "ingested")
    assert "manifest.json" in produced
    run(["git", "add", "dvc.lock"], cwd=repo_copy, env=env)
    run(["git", "commit", "-q", "--allow-empty", "-m", "ingest outputs"], cwd=repo_copy, env=env)

    # The default remote is a directory beside the checkout.
    run(["dvc", "push"], cwd=repo_copy, env=env)
    assert any((tmp_path / "safellava-dvc-store").rglob("*.dir"))

    # S3: this machine's bucket goes to config.local (git-ignored), the endpoint comes from env.
    run(["dvc", "remote", "modify", "--local", "s3", "url", f"s3://{s3.bucket}/store"], cwd=repo_copy, env=env)
    run(["dvc", "push", "-r", "s3"], cwd=repo_copy, env=env)
    assert s3.keys("store/files/md5/")

    clone = tmp_path / "elsewhere" / "clone"  # no directory remote next to it: data must come from S3
    run(["git", "clone", "-q", str(repo_copy), str(clone)], cwd=tmp_path, env=env)
    assert not (clone / "data" / "ingested").exists()
    run(["dvc", "remote", "modify", "--local", "s3", "url", f"s3://{s3.bucket}/store"], cwd=clone, env=env)
    run(["dvc", "pull", "-r", "s3", "ingest"], cwd=clone, env=env)
    assert _files(clone / "data" / "ingested") == produced
