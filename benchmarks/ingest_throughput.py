"""Ingestion throughput and peak memory: streaming ingest vs the naive ``json.load`` baseline.

Builds a synthetic mix665k-sized LLaVA array (665k records by default, real sample records
repeated with new ids) and a file ten times smaller, then runs, each in a fresh subprocess so
that peak RSS is its own:

- ``ours``: :func:`safellava.ingest.run` (ijson streaming, validation, sharded output);
- ``baseline``: ``json.load`` of the whole file, then the same validation and writing.

It prints records/s and peak RSS for each and the ratios the targets are stated in:
throughput ours/baseline (target ≥ 1), peak RSS ours(665k)/ours(66k) (target ≤ 1.25) and
ours/baseline (target ≤ 0.25). Run: ``.venv/bin/python benchmarks/ingest_throughput.py``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample" / "instruct" / "llava_instruct_150k.sample.json"

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
mode, source, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
start = time.perf_counter()
if mode == "ours":
    from safellava.ingest import IngestConfig, run
    count = run(IngestConfig(inputs=(source,), output=str(out)), progress=False)["valid"]
else:
    from safellava.ingest import IngestConfig
    from safellava.records import ShardWriter, normalise, validate
    out.mkdir(parents=True)
    with open(source, "rb") as handle:
        records = json.load(handle)
    with ShardWriter(out, shard_size=IngestConfig.shard_size) as writer:
        for position, raw in enumerate(records):
            writer.write(normalise(validate(raw), Path(source).name, position))
    count = writer.count
elapsed = time.perf_counter() - start
print(json.dumps({"records": count, "seconds": elapsed,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build(path: Path, count: int) -> None:
    """Write a JSON array of ``count`` real sample records with fresh ids, streaming."""
    records = json.loads(SAMPLE.read_text(encoding="utf-8"))
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[\n")
        for index in range(count):
            record = dict(records[index % len(records)], id=f"{index:012d}")
            handle.write(("" if index == 0 else ",\n") + json.dumps(record, indent=2))
        handle.write("\n]\n")


def measure(mode: str, source: Path, workdir: Path) -> dict[str, float]:
    out = workdir / f"out-{mode}-{source.stem}"
    result = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(source), str(out)], check=True, capture_output=True, text=True
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["records_per_s"] = figures["records"] / figures["seconds"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=665_000, help="size of the large file (default: mix665k)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to build the files (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        work = Path(tmp)
        large, small = work / "large.json", work / "small.json"
        started = time.perf_counter()
        build(large, args.records)
        build(small, args.records // 10)
        print(
            f"built {args.records} records ({large.stat().st_size / 1e6:.0f} MB) and {args.records // 10} "
            f"({small.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.0f}s",
            flush=True,
        )
        ours_small = measure("ours", small, work)
        ours = measure("ours", large, work)
        baseline = measure("baseline", large, work)
    for name, figures in (
        ("ours (large)", ours),
        ("ours (small)", ours_small),
        ("baseline json.load (large)", baseline),
    ):
        print(f"{name:28s} {figures['records_per_s']:>10,.0f} records/s  peak RSS {figures['peak_rss_mb']:>8,.0f} MB")
    print(f"throughput ours/baseline            {ours['records_per_s'] / baseline['records_per_s']:.2f}  (target >= 1)")
    print(
        f"peak RSS ours large/small           {ours['peak_rss_mb'] / ours_small['peak_rss_mb']:.2f}  (target <= 1.25)"
    )
    print(f"peak RSS ours/baseline (large)      {ours['peak_rss_mb'] / baseline['peak_rss_mb']:.2f}  (target <= 0.25)")


if __name__ == "__main__":
    main()
