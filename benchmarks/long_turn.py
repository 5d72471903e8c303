"""Cleaning cost against turn length: a 124 KB answer turn against a 12.4 KB one.

One real LLaVA turn of 124 KB once took 153 s to clean (a quadratic word diff in the clean
report), against 2 s for everything else in the file. The turns here are real gpt answers
(``--source``, default the bundled instruct sample; e.g.
``../shared/data/llava_instruct_slice/llava_instruct_150k.slice.json``) joined into
paragraphs, with gender-revealing sentences sprinkled in (``tests/cleaning/long_turn.py``).
For each length it times, in CPU seconds (median of ``--rounds``):

- ``rules``: :func:`safellava.cleaning.rules.plan_record` (detector, rewriter, local checks);
- ``check``: :func:`safellava.cleaning.checks.check_rewrite` with the similarity bound (what
  every LLM rewrite goes through);
- ``diff``: the clean report's word diff;
- ``stage``: the whole ``clean`` stage on a one-record file (local backend, report on).

on a 12.4 KB turn, on the same turn repeated ten times (124 KB: only the length changes) and
on a 124 KB turn of different answers (more of the detector's rules fire on more varied
text). It prints ``time(10 × 12.4 KB) / (10 × time(12.4 KB))``: near 1 (or below, where fixed
costs weigh on the short turn) means linear; the quadratic diff gave about 10. Target: a
124 KB turn cleans in under 2 s. Also the detector alone on a turn that names a man and a
zebra once, then many sentences that name neither and many with "adult females" (each such
word is judged by the nearest earlier sentence that names animals or people, which once took
a walk back per word: quadratic), at 12.4 and 124 KB.
Run: ``.venv/bin/python benchmarks/long_turn.py [--source FILE]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safellava.biometrics.detector import default_detector  # noqa: E402
from safellava.biometrics.taxonomy import ATTRIBUTES  # noqa: E402
from safellava.cleaning import stage  # noqa: E402
from safellava.cleaning.checks import check_rewrite  # noqa: E402
from safellava.cleaning.rewriter import default_rewriter  # noqa: E402
from safellava.cleaning.rules import Settings, plan_record  # noqa: E402
from safellava.reporting import word_diff  # noqa: E402
from tests.cleaning.long_turn import clean_answers, long_turn, record  # noqa: E402

SMALL = 12_400


def cpu_seconds(work: Callable[[], object], rounds: int) -> float:
    """Median CPU time of ``work`` (``time.process_time``: robust to a loaded machine)."""
    times = []
    for _ in range(rounds):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return statistics.median(times)


def measure(before: str, after: str, rounds: int, workdir: Path) -> dict[str, float]:
    rewriter, detector = default_rewriter(), default_detector()
    source = workdir / f"turn{len(before)}.json"
    source.write_text(json.dumps([record(before)]), encoding="utf-8")
    config = stage.CleanConfig(report=str(workdir / "clean.html"), cache=str(workdir / "cache.sqlite"))

    def rules() -> None:
        rewriter.analyse.cache_clear()
        assert plan_record({**record(before), "key": "long:0"}, Settings()).edits[0].after == after

    def whole_stage() -> None:
        rewriter.analyse.cache_clear()
        stage.run(replace(config, input=str(source), output=str(workdir / "out")), progress=False)

    return {
        "rules": cpu_seconds(rules, rounds),
        "check": cpu_seconds(lambda: check_rewrite(before, after, detector, ATTRIBUTES, 0.7), rounds),
        "diff": cpu_seconds(lambda: word_diff(before, after), rounds),
        "stage": cpu_seconds(whole_stage, rounds),
    }


def far_back_turn(size: int) -> str:
    """A turn whose "adult females" sentences are far from the sentence that names animals."""
    repeats = size // 48
    return "The man looks at the zebra. " + "It is nice here. " * repeats + "The adult females are shorter. " * repeats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT / "data/sample/instruct/llava_instruct_150k.sample.json")
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()
    answers = clean_answers(arguments.source)
    before, after = long_turn(answers, SMALL)
    turns = {
        "12.4 KB": (before, after),
        "10 x 12.4 KB": ("\n\n".join([before] * 10), "\n\n".join([after] * 10)),
        "124 KB varied": long_turn(answers, 10 * SMALL),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for pair in turns.values():  # compile the detector's regexes outside the timing
            measure(*pair, 1, Path(tmp))
        figures = {name: measure(*pair, arguments.rounds, Path(tmp)) for name, pair in turns.items()}
    small, repeated, varied = figures.values()
    print(
        f"source: {arguments.source} ({len(answers)} answers without attributes), CPU seconds, median of "
        f"{arguments.rounds}"
    )
    print(f"{'':8s}" + "".join(f"{name:>15s}" for name in turns) + "   time(10 x 12.4 KB) / (10 x time(12.4 KB))")
    for name in small:
        print(
            f"{name:8s}{small[name]:15.3f}{repeated[name]:15.3f}{varied[name]:15.3f}   "
            f"{repeated[name] / (10 * small[name]):.2f}"
        )
    print(f"124 KB turn through the whole stage: {max(repeated['stage'], varied['stage']):.2f} s (target < 2 s)")
    detector = default_detector()
    short, long = far_back_turn(SMALL), far_back_turn(10 * SMALL)
    detector.find(short)  # compile outside the timing
    far = [cpu_seconds(lambda text=text: detector.find(text), arguments.rounds) for text in (short, long)]
    print(
        f"detector, animal words far from their sentence's referent: {far[0]:.3f} s (12.4 KB), {far[1]:.3f} s "
        f"(124 KB); time(124 KB) / (10 x time(12.4 KB)) = {far[1] / (10 * far[0]):.2f}"
    )


if __name__ == "__main__":
    main()
