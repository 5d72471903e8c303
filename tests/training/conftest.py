"""Fixtures for the train stage: a small real-data training file and a tiny, fast config."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from safellava.training.config import TinyModel, TrainConfig

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "data" / "sample"
COCO8 = SAMPLE / "instruct" / "coco8_matched.llava_instruct_150k.json"
INSTRUCT = SAMPLE / "instruct" / "llava_instruct_150k.sample.json"
IMAGES = SAMPLE / "images" / "coco" / "train2017"
TINY = TinyModel(
    vocab_size=384,
    hidden_size=48,
    intermediate_size=96,
    num_layers=2,
    num_heads=4,
    vision_hidden_size=32,
    vision_layers=2,
    image_size=32,
    patch_size=8,
)


def text_only(record: dict[str, Any]) -> dict[str, Any]:
    """A real record turned text-only: no image, no <image> token."""
    turns = [{**turn, "value": turn["value"].replace("<image>", "").strip()} for turn in record["conversations"]]
    return {"id": f"text-{record['id']}", "conversations": turns}


@pytest.fixture
def training_records() -> list[dict[str, Any]]:
    """14 records whose images exist, 4 whose images are missing, 2 text-only, 1 invalid."""
    with_images = json.loads(COCO8.read_text(encoding="utf-8"))
    instruct = json.loads(INSTRUCT.read_text(encoding="utf-8"))
    present = {path.name for path in IMAGES.iterdir()}
    missing = [record for record in instruct if record["image"] not in present][:4]
    return [*with_images, *missing, text_only(instruct[0]), text_only(instruct[1]), {"id": "broken"}]


@pytest.fixture
def training_file(tmp_path: Path, training_records: list[dict[str, Any]]) -> Path:
    path = tmp_path / "cleaned.json"
    path.write_text(json.dumps(training_records), encoding="utf-8")
    return path


@pytest.fixture
def tiny_config(tmp_path: Path, training_file: Path) -> TrainConfig:
    """A config that trains in well under a second per few steps on 2 CPU cores."""
    return TrainConfig(
        data=str(training_file),
        output=str(tmp_path / "models" / "safe"),
        checkpoint_dir=str(tmp_path / "checkpoints"),
        image_folder=str(IMAGES),
        missing_images="placeholder",
        tiny=TINY,
        learning_rate=3e-3,
        warmup_ratio=0.0,
        lr_scheduler="constant",
        batch_size=4,
        max_length=160,
        max_steps=6,
        save_steps=1000,
        cpu_threads=1,
    )


@pytest.fixture
def params_file(tmp_path: Path, training_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A params.yaml whose train section points at the test data; MLflow artifacts in tmp."""
    monkeypatch.chdir(tmp_path)  # MLflow writes artifacts under ./mlruns
    raw = tmp_path / "raw.json"
    raw.write_text(training_file.read_text(encoding="utf-8"), encoding="utf-8")  # the baseline's input
    params = {
        "mlflow": {"experiment": "test"},
        "train": {
            "data": str(training_file),
            "output": "models/safe",
            "registered_model": "safe-llava",
            "baseline": {"data": str(raw), "output": "models/baseline", "registered_model": "safe-llava-baseline"},
            "image_folder": str(IMAGES),
            "missing_images": "skip",
            "tiny": asdict(TINY),
            "learning_rate": 3e-3,
            "batch_size": 4,
            "max_length": 160,
            "max_steps": 5,
            "cpu_threads": 1,
            "checkpoint_dir": "checkpoints",
        },
    }
    path = tmp_path / "params.yaml"
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    return path
