"""The training benchmarks run end to end (on toy dimensions), so they cannot rot unnoticed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_gpu_lora_benchmark_runs_on_a_cpu_with_the_tiny_shape() -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [
            sys.executable,
            "benchmarks/train_gpu_lora.py",
            "--tiny",
            "--steps",
            "2",
            "--batch-size",
            "2",
            "--max-length",
            "256",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "tiny-shaped LLaVA, random weights, LoRA" in result.stdout
    assert "ratio ours/plain: tokens/s x" in result.stdout
