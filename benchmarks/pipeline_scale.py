"""The data stages at mix665k scale: time, records/s and peak memory per stage, at two sizes.

Builds a synthetic LLaVA array of ``--records`` records (665,000 by default, the size of
``llava_v1_5_mix665k.json``) from the real sample records (instruct and pretrain, repeated
with new ids) and one ten times smaller, then runs ``safellava ingest``, ``audit``,
``clean --backend local`` and ``validate`` on each, every stage in a fresh subprocess so that
its peak RSS is its own, with MLflow tracking on (a SQLite store in the work directory, as
the default params have it). It prints per stage the seconds, records/s and peak RSS, the
total, and the ratio peak RSS(large) / peak RSS(small), against the targets of issue 13:
all four stages on 665k in <= 10 minutes, peak RSS <= 1.5 GB and the ratio <= 1.25 for
every stage. It also prints each stage's CPU seconds (user + system), which a machine
shared with other work inflates far less than wall time, and times the fixed MLflow cost of
one stage run (import, a new store, an existing store), which every stage pays whatever the
data size. ``--batch-records`` sets ``validate.batch_records`` (in a copy of params.yaml), so
that both sizes span several validation batches even when they are scaled down.

Run: ``nice .venv/bin/python benchmarks/pipeline_scale.py [--records N] [--workdir DIR]``
(the large size needs ~6 GB of disk in the work directory and tens of minutes).

Last figures (README, Performance; an idle 2-core machine): 665,000 records through the four
stages in 566 s wall, 543 s of CPU (ingest 14, audit 100, clean 158, validate 272); peak RSS at
most 902 MB (validate); RSS ratio 665k/66.5k 1.00 for ingest, audit and clean, 1.15 for validate.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
SAMPLES = (
    REPO / "data" / "sample" / "instruct" / "llava_instruct_150k.sample.json",
    REPO / "data" / "sample" / "pretrain" / "blip_laion_cc_sbu_558k.sample10.json",
)
STAGES = ("ingest", "audit", "clean", "validate")
MARK = "PIPELINE-SCALE "

# Runs the real CLI in this process and reports its own peak RSS (ru_maxrss is in KiB on Linux).
CHILD = r"""
import json, resource, sys, time
start = time.perf_counter()
sys.argv = ["safellava", *sys.argv[1:]]
code = 0
try:
    from safellava.cli import app
    app()
except SystemExit as stop:
    code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
usage = resource.getrusage(resource.RUSAGE_SELF)
figures = {"code": code, "seconds": time.perf_counter() - start, "cpu_s": usage.ru_utime + usage.ru_stime,
           "peak_rss_mb": usage.ru_maxrss / 1024}
print("PIPELINE-SCALE " + json.dumps(figures), file=sys.stderr)
"""

# The fixed MLflow cost of a stage: importing it, then logging one run to a store.
MLFLOW_CHILD = r"""
import json, sys, time
start = time.perf_counter()
import mlflow
imported = time.perf_counter()
from safellava import tracking
tracking.log_run("benchmark", {"records": 1}, params={"size": 1}, params_path=sys.argv[1])
figures = {"import_s": imported - start, "log_s": time.perf_counter() - imported}
print("PIPELINE-SCALE " + json.dumps(figures), file=sys.stderr)
"""


def build(path: Path, count: int) -> None:
    """Write a JSON array of ``count`` real sample records with fresh ids, streaming."""
    records = [record for sample in SAMPLES for record in json.loads(sample.read_text(encoding="utf-8"))]
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[\n")
        for index in range(count):
            record = dict(records[index % len(records)], id=f"{index:012d}")
            handle.write(("" if index == 0 else ",\n") + json.dumps(record))
        handle.write("\n]\n")


def _child(script: str, args: list[str], env: dict[str, str], cwd: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, cwd=cwd)
    lines = [line for line in result.stderr.splitlines() if line.startswith(MARK)]
    if not lines:
        raise RuntimeError(f"{args[:1]} died (exit {result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(lines[-1][len(MARK) :])


def run_stages(source: Path, work: Path, env: dict[str, str], params: Path) -> dict[str, dict[str, float]]:
    """Run the four stages on ``source``; figures per stage."""
    ingested, cleaned = work / "ingested", work / "cleaned"
    commands = {
        "ingest": ["ingest", "--input", str(source), "--output", str(ingested), "--no-progress"],
        "audit": ["audit", "--input", str(ingested), "--output", str(work / "audit"), "--no-progress"],
        "clean": ["clean", "--input", str(ingested), "--output", str(cleaned), "--backend", "local", "--no-progress"],
        "validate": [
            "validate",
            "--ingested",
            str(ingested),
            "--cleaned",
            str(cleaned),
            "--output",
            str(work / "validated"),
            "--data-docs",
            str(work / "data_docs"),
            "--expectations",
            str(REPO / "expectations"),
        ],
    }
    figures = {}
    for stage in STAGES:
        figures[stage] = _child(CHILD, [*commands[stage], "--params", str(params)], env, REPO)
        print(
            f"  {stage:9s} exit {figures[stage]['code']}  {figures[stage]['seconds']:7.1f}s  "
            f"CPU {figures[stage]['cpu_s']:7.1f}s  peak RSS {figures[stage]['peak_rss_mb']:7.0f} MB",
            flush=True,
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=665_000, help="size of the large file (default: mix665k)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to build and run (default: a temp dir)")
    parser.add_argument("--batch-records", type=int, default=None, help="validate.batch_records (default: params.yaml)")
    args = parser.parse_args()
    sizes = {"large": args.records, "small": args.records // 10}
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        env = {
            **os.environ,
            "MLFLOW_TRACKING_URI": f"sqlite:///{work / 'mlflow.db'}",
            "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO), os.environ.get("PYTHONPATH", "")]),
        }
        params = REPO / "params.yaml"
        if args.batch_records:
            values = yaml.safe_load(params.read_text(encoding="utf-8"))
            values.setdefault("validate", {})["batch_records"] = args.batch_records
            params = work / "params.yaml"
            params.write_text(yaml.safe_dump(values, sort_keys=False), encoding="utf-8")
        fresh = _child(MLFLOW_CHILD, [str(params)], env, REPO)
        existing = _child(MLFLOW_CHILD, [str(params)], env, REPO)
        print(
            f"MLflow per stage: import {existing['import_s']:.1f}s, log a run: new SQLite store "
            f"{fresh['log_s']:.1f}s, existing store {existing['log_s']:.1f}s",
            flush=True,
        )
        results = {}
        for name in ("small", "large"):
            folder = work / name
            folder.mkdir()
            source = folder / "mix.json"
            started = time.perf_counter()
            build(source, sizes[name])
            print(
                f"{name}: {sizes[name]:,} records ({source.stat().st_size / 1e6:,.0f} MB) built in "
                f"{time.perf_counter() - started:.0f}s",
                flush=True,
            )
            results[name] = run_stages(source, folder, env, params)
    large_name, small_name = f"{sizes['large']:,}", f"{sizes['small']:,}"
    print(
        f"\n{'stage':9s} {'records/s ' + large_name:>18s} {'s ' + large_name:>10s} {'CPU s ' + large_name:>14s} "
        f"{'RSS MB ' + large_name:>15s} {'RSS MB ' + small_name:>15s} {'RSS ratio':>10s}"
    )
    for stage in STAGES:
        large, small = results["large"][stage], results["small"][stage]
        print(
            f"{stage:9s} {sizes['large'] / large['seconds']:18,.0f} {large['seconds']:10.1f} {large['cpu_s']:14.1f} "
            f"{large['peak_rss_mb']:15.0f} "
            f"{small['peak_rss_mb']:15.0f} {large['peak_rss_mb'] / small['peak_rss_mb']:10.2f}"
        )
    total = sum(results["large"][stage]["seconds"] for stage in STAGES)
    cpu = sum(results["large"][stage]["cpu_s"] for stage in STAGES)
    worst_rss = max(results["large"][stage]["peak_rss_mb"] for stage in STAGES)
    worst_ratio = max(
        results["large"][stage]["peak_rss_mb"] / results["small"][stage]["peak_rss_mb"] for stage in STAGES
    )
    print(f"total {sizes['large']:,} records, four stages: {total:.0f}s wall, {cpu:.0f}s CPU (target <= 600 s)")
    print(
        f"largest peak RSS: {worst_rss:.0f} MB (target <= 1536 MB); largest RSS ratio: {worst_ratio:.2f} (target <= "
        "1.25)"
    )


if __name__ == "__main__":
    main()
