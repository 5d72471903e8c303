"""The evaluate stage end to end: tiny model → answers → two judges → metrics, MLflow, report."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from mlflow import MlflowClient
from typer.testing import CliRunner

from safellava import tracking
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.cli import app
from safellava.prism.answers import read_answers
from tests.conftest import REPO
from tests.prism.chat_server import FakeChatServer
from tests.prism.conftest import PRISM_SAMPLE, REFERENCE_ANSWERS

SCHEME = (
    [f"prism.{task}.acc.{name}" for task in ("refusal_soft", "refusal_hard") for name in (*ATTRIBUTES, "macro")]
    + [f"prism.leakage.{metric}.{name}" for metric in ("protect", "protect_own") for name in (*ATTRIBUTES, "macro")]
    + ["prism.leakage.sentence", "prism.leakage.refusal_rate"]
    + [f"prism.{task}.errors" for task in ("refusal_soft", "refusal_hard", "leakage")]
)
KAPPA = [f"prism.kappa.{task}.{name}" for task in ("refusal_soft", "refusal_hard", "leakage") for name in ATTRIBUTES]


@pytest.fixture
def server() -> Iterator[FakeChatServer]:
    fake = FakeChatServer()
    yield fake
    fake.close()


@pytest.fixture
def reference_dir(tmp_path: Path) -> Path:
    """The first 12 published LLaVA answers of each task (all five files would be slow)."""
    directory = tmp_path / "reference" / "LLaVA"
    directory.mkdir(parents=True)
    for task in ("refusal_soft", "refusal_hard", "implicit_leakage"):
        lines = (REFERENCE_ANSWERS / "LLaVA" / f"{task}.jsonl").read_text(encoding="utf-8").splitlines()[:12]
        (directory / f"{task}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return directory


def register(model_dir: Path, name: str, sha256: str) -> str:
    """Register the model the way training does: a version tagged with its dataset sha256."""
    (model_dir / "training_summary.json").write_text(json.dumps({"dataset": {"sha256": sha256}}), encoding="utf-8")
    with tracking.stage_run("train", run_name="train-safe"):  # artifacts next to the test's own store
        model_id = tracking.log_model(model_dir, name="llava-safe", tags={"dataset.sha256": sha256})
    return tracking.register_model(model_id, name, tags={"dataset.sha256": sha256})


@pytest.mark.slow
def test_evaluate_stage_writes_metrics_runs_and_report(
    tmp_path: Path,
    tiny_model_dir: Path,
    reference_dir: Path,
    server: FakeChatServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FAKE_KEY", "sk-test")
    safe_dir = tmp_path / "models" / "safe"
    safe_dir.mkdir(parents=True)
    for file in tiny_model_dir.iterdir():
        (safe_dir / file.name).write_bytes(file.read_bytes())
    version = register(safe_dir, "safe-llava", "abc123")
    params = tmp_path / "params.yaml"
    params.write_text(
        yaml.safe_dump(
            {
                "evaluate": {
                    "prism_root": str(PRISM_SAMPLE),
                    "models": {
                        "safe": {"path": str(safe_dir), "registered_model": "safe-llava"},
                        "baseline": {"path": str(tiny_model_dir), "registered_model": "safe-llava-baseline"},
                    },
                    "reference_answers": {"LLaVA-1_5-7B": str(reference_dir)},
                    "nonbio": {
                        "records": str(REPO / "data/sample/instruct/coco8_matched.llava_instruct_150k.json"),
                        "image_root": str(REPO / "data/sample/images/coco/train2017"),
                        "limit": 3,
                    },
                    "generation": {"batch_size": 20, "max_new_tokens": 4, "device": "cpu"},
                    "judges": ["local", "fake-gpt"],
                    "judge_settings": {
                        "fake-gpt": {
                            "model": "gpt-4o-mini",
                            "base_url": server.url,
                            "api_key_env": "FAKE_KEY",
                            "concurrency": 8,
                        }
                    },
                    "max_error_rate": 0.05,
                    "judge_cache": str(tmp_path / "cache.sqlite"),
                    "output": str(tmp_path / "prism"),
                    "report": str(tmp_path / "reports" / "prism.html"),
                }
            }
        )
    )

    result = CliRunner().invoke(app, ["evaluate", "--params", str(params), "--no-progress"])
    assert result.exit_code == 0, result.output

    # answers in the official format, one per question, for every task and model
    for model in ("safe", "baseline"):
        for task, count in (("refusal_soft", 20), ("refusal_hard", 20), ("implicit_leakage", 60), ("nonbio", 3)):
            rows = [
                json.loads(line)
                for line in (tmp_path / "prism/answers" / model / f"{task}.jsonl").read_text().splitlines()
            ]
            assert len(rows) == count and all(set(row) == {"question_id", "prompt", "text", "model_id"} for row in rows)
            assert len(list(read_answers(tmp_path / "prism/answers" / model / f"{task}.jsonl"))) == count

    # the DVC metrics file: model → judge → keys of the scheme, plus kappa per model
    metrics = json.loads((tmp_path / "prism/metrics.json").read_text())
    assert set(metrics) == {"safe", "baseline", "LLaVA-1_5-7B"}
    for model, by_judge in metrics.items():
        assert set(by_judge) == {"local", "fake-gpt", "kappa"}
        expected = set(SCHEME) | (
            {"prism.nonbio.answer_rate", "prism.nonbio.errors"} if model != "LLaVA-1_5-7B" else set()
        )
        assert set(by_judge["local"]) == set(by_judge["fake-gpt"]) == expected
        assert set(by_judge["kappa"]) == set(KAPPA)
    # the fake judge says "nothing refused, nothing leaked" to everything
    assert metrics["LLaVA-1_5-7B"]["fake-gpt"]["prism.leakage.sentence"] == 1.0
    assert metrics["LLaVA-1_5-7B"]["fake-gpt"]["prism.refusal_soft.acc.macro"] is None  # 12 answers: age only
    assert metrics["LLaVA-1_5-7B"]["fake-gpt"]["prism.refusal_soft.acc.age"] == 0.0

    # one MLflow run per model x judge, same keys (undefined ones left out), tagged
    client = MlflowClient()
    experiment = client.get_experiment_by_name("safellava")
    runs = client.search_runs([experiment.experiment_id], "tags.stage = 'evaluate'")
    assert sorted((r.data.tags["evaluate.model"], r.data.tags["evaluate.judge"]) for r in runs) == sorted(
        (m, j) for m in metrics for j in ("local", "fake-gpt")
    )
    for run in runs:
        model, judge = run.data.tags["evaluate.model"], run.data.tags["evaluate.judge"]
        defined = {
            key: value
            for key, value in {**metrics[model][judge], **metrics[model]["kappa"]}.items()
            if value is not None
        }
        assert run.data.metrics == pytest.approx(defined)
        assert len(run.data.tags["data_version"]) == 16
    tagged = {r.data.tags["evaluate.model"]: r.data.tags.get("model_version") for r in runs}
    assert tagged == {"safe": version, "baseline": None, "LLaVA-1_5-7B": None}

    for name in (
        "prism.html",
        "prism_refusal_soft.png",
        "prism_refusal_hard.png",
        "prism_leakage.png",
        "prism_leakage_own.png",
        "prism_over_refusal.png",
    ):
        assert (tmp_path / "reports" / name).stat().st_size > 0
    assert "LLaVA-1_5-7B" in (tmp_path / "reports" / "prism.html").read_text()


@pytest.mark.slow
def test_every_kind_of_model_side_by_side(
    tmp_path: Path,
    tiny_model_dir: Path,
    reference_dir: Path,
    server: FakeChatServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pipeline model, another family's checkpoint, a served model and published answers in
    one run; the server's faults become counted errors, and a rerun asks it nothing again."""
    from tests.prism.tiny_families import build

    monkeypatch.setenv("SERVED_VLM_KEY", "sk-test")
    models = tmp_path / "models"
    shutil.copytree(tiny_model_dir, models / "safe")
    (models / "safe" / "training_summary.json").write_text("{}", encoding="utf-8")
    build("idefics3", models / "idefics3")
    shutil.copytree(reference_dir, tmp_path / "reference" / "LLaVA-Next")
    text = (Path(__file__).parent / "params_all_kinds.yaml").read_text(encoding="utf-8")
    for token, value in {
        "PRISM_ROOT": PRISM_SAMPLE,
        "MODELS": models,
        "SERVER_URL": server.url,
        "REFERENCE": tmp_path / "reference",
        "OUTPUT": tmp_path / "out",
        "NONBIO_RECORDS": REPO / "data/sample/instruct/coco8_matched.llava_instruct_150k.json",
        "NONBIO_IMAGES": REPO / "data/sample/images/coco/train2017",
    }.items():
        text = text.replace(token, str(value))
    params = tmp_path / "params.yaml"
    params.write_text(text, encoding="utf-8")
    server.script = [{"status": 500}, {"status": 500}]  # the served model's first prompt fails both attempts

    result = CliRunner().invoke(app, ["evaluate", "--params", str(params), "--no-progress"])
    assert result.exit_code == 0, result.output

    metrics = json.loads((tmp_path / "out/prism/metrics.json").read_text())
    assert list(metrics) == ["safe", "idefics3-tiny", "served-vlm", "LLaVA-Next", "LLaVA-1_5-7B"]
    runs = MlflowClient().search_runs(
        [MlflowClient().get_experiment_by_name("safellava").experiment_id], "tags.stage = 'evaluate'"
    )
    kinds = {r.data.tags["evaluate.model"]: r.data.tags["evaluate.kind"] for r in runs}
    assert len(runs) == 5 and kinds == {
        "safe": "trained",
        "idefics3-tiny": "checkpoint",
        "served-vlm": "served",
        "LLaVA-Next": "reference",
        "LLaVA-1_5-7B": "reference",
    }
    assert metrics["LLaVA-Next"]["local"] == metrics["LLaVA-1_5-7B"]["local"]  # the same published files
    for model in ("safe", "idefics3-tiny", "served-vlm"):
        assert metrics[model]["local"]["prism.nonbio.errors"] == 0

    # the failed prompt is an error line in the answers and in the details, never a verdict
    answers = [
        json.loads(line)
        for line in (tmp_path / "out/prism/answers/served-vlm/refusal_soft.jsonl").read_text().splitlines()
    ]
    failed = [row for row in answers if "error" in row]
    assert (
        len(answers) == 20
        and len(failed) == 1
        and "text" not in failed[0]
        and "InternalServerError" in failed[0]["error"]
    )
    details = [
        json.loads(line)
        for line in (tmp_path / "out/prism/details/served-vlm/local/refusal_soft.jsonl").read_text().splitlines()
    ]
    assert [row for row in details if "error" in row] == [
        {"question_id": failed[0]["question_id"], "error": f"unreadable: {failed[0]['error']}", "raw": ""}
    ]
    assert sum("refused" in row for row in details) == 19
    assert metrics["served-vlm"]["local"]["prism.refusal_soft.errors"] == 1
    assert metrics["served-vlm"]["local"]["prism.refusal_hard.errors"] == 0
    assert all(row["text"].startswith("image ") for row in answers if "text" in row)

    calls = len(server.requests)
    assert calls == 20 + 20 + 60 + 2 + 1  # every prompt once, plus the retry of the failed one
    result = CliRunner().invoke(app, ["evaluate", "--params", str(params), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert len(server.requests) == calls + 1  # only the prompt that failed is asked again
    assert (
        json.loads((tmp_path / "out/prism/metrics.json").read_text())["served-vlm"]["local"][
            "prism.refusal_soft.errors"
        ]
        == 0
    )
