"""Local PRISM judge throughput on one core, against two baselines measured in the same run.

Scores every published answer file in ``data/reference/prism/answers`` (5 models × 3 tasks,
6,200 responses) exactly as ``safellava judge --judge local`` does (read, judge, metrics,
details file), ``--repeat`` times, pinned to one CPU core. Baselines on the same responses:

- ``json only``: reading the files with ``json.loads`` per line and nothing else (the floor
  of any judge that reads these files);
- ``naive word loop``: one ``re.search`` per taxonomy word per response, the per-word loop
  the detector's single compiled alternation replaces (it finds words only, no context);
- ``detector calls only``: ``detector.attributes`` (leakage) or ``is_refusal`` (refusal) once
  per response and nothing else: the cost floor set by the shared detector, which the
  judge can only beat by judging repeated answers once.

Prints responses/s per task and overall and the ratios. Target: ours >= 5,000 responses/s.
Run: ``.venv/bin/python benchmarks/judge_throughput.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from pathlib import Path

from safellava.biometrics.detector import default_detector
from safellava.biometrics.refusal import is_refusal
from safellava.biometrics.taxonomy import DEFAULT_SPEC
from safellava.prism.judges import LocalJudge
from safellava.prism.scoring import score_file, write_details, write_summary
from safellava.prism.verdicts import Item

ANSWERS = Path(__file__).resolve().parents[1] / "data" / "reference" / "prism" / "answers"


def ours(files: list[Path], repeat: int, out: Path) -> dict[str, tuple[int, float]]:
    """responses and seconds per task for the full judge path."""
    judge = LocalJudge()
    figures: dict[str, tuple[int, float]] = {}
    for path in files * repeat:
        task = path.stem
        started = time.perf_counter()
        scored = score_file(path, task, judge, 0.05)
        write_details(out / "details.jsonl", scored.details)
        write_summary(out / "metrics.json", scored.summary)
        count, seconds = figures.get(task, (0, 0.0))
        figures[task] = (count + scored.summary["items"], seconds + time.perf_counter() - started)
    return figures


def json_only(files: list[Path], repeat: int) -> tuple[int, float]:
    started, count = time.perf_counter(), 0
    for path in files * repeat:
        with path.open(encoding="utf-8") as handle:
            count += sum(1 for line in handle if json.loads(line))
    return count, time.perf_counter() - started


def naive_word_loop(files: list[Path], repeat: int) -> tuple[int, float]:
    words = [word for rule in DEFAULT_SPEC["rules"] for word in rule.get("terms", {})]
    texts = [json.loads(line)["text"] for path in files for line in path.open(encoding="utf-8")]
    started = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            lowered = text.lower()
            {word for word in words if re.search(rf"\b{re.escape(word)}\b", lowered)}
    return len(texts) * repeat, time.perf_counter() - started


def detector_only(files: list[Path], repeat: int) -> tuple[int, float]:
    rows = [(path.stem, json.loads(line)) for path in files for line in path.open(encoding="utf-8")]
    attributes = default_detector().attributes
    started = time.perf_counter()
    for _ in range(repeat):
        for task, row in rows:
            if task == "implicit_leakage":
                attributes(row["text"])
            else:
                is_refusal(row["text"], row["prompt"])
    return len(rows) * repeat, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="passes over the 15 files (default 3)")
    arguments = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    files = sorted(ANSWERS.glob("*/*.jsonl"))
    warm_up = [Item("What is the age of the person in the picture?", "An older man.")]
    for task in ("refusal_soft", "implicit_leakage"):  # compile the detector's regexes outside the timing
        LocalJudge().judge(task, warm_up)
    with tempfile.TemporaryDirectory() as tmp:
        per_task = ours(files, arguments.repeat, Path(tmp))
    total = sum(count for count, _ in per_task.values()), sum(seconds for _, seconds in per_task.values())
    reading = json_only(files, arguments.repeat)
    naive = naive_word_loop(files, arguments.repeat)
    floor = detector_only(files, arguments.repeat)
    measured = {**per_task, "all": total, "json only": reading, "naive": naive, "detector": floor}
    rate = {name: count / seconds for name, (count, seconds) in measured.items()}
    for task in per_task:
        print(f"ours, {task:18s} {rate[task]:>10,.0f} responses/s")
    print(f"ours, all files          {rate['all']:>10,.0f} responses/s  (target >= 5,000)")
    print(f"baseline json only       {rate['json only']:>10,.0f} responses/s")
    print(f"baseline naive word loop {rate['naive']:>10,.0f} responses/s")
    print(f"detector calls only      {rate['detector']:>10,.0f} responses/s")
    print(f"ours / naive word loop   {rate['all'] / rate['naive']:.2f}")
    print(f"ours / json only         {rate['all'] / rate['json only']:.3f}")
    print(f"ours / detector calls    {rate['all'] / rate['detector']:.2f}")


if __name__ == "__main__":
    main()
