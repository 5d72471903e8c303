"""Training throughput of the train stage against a plain HF Trainer loop, in the same process.

Both loops train the same model (same initial weights, same hyperparameters from the
params file's ``train`` section) on the same examples for the same number of steps:

- ``ours``: the stage's pipeline: every record tokenized once up front (template + label
  mask by offsets), ``<image>`` expanded on fetch, batches grouped by length
  (``LlavaTrainer`` + ``Collator``), so little compute goes to padding;
- ``plain HF Trainer``: the usual recipe: the stock ``Trainer`` with its random sampler and
  a collator that calls ``LlavaProcessor`` on each batch (render, tokenize, expand, pad to
  the longest), labels = input ids with padding and image tokens masked.

Only records whose full conversation fits ``--max-length`` are used, so neither loop
truncates and both see exactly the same tokens. Reported per loop: real (non-padding)
tokens/s, the padding share of the batches, and peak memory during ``train()`` (CUDA:
``max_memory_allocated``; CPU: peak RSS above the RSS at the start of the loop, sampled
every 5 ms, with glibc told to return large blocks to the OS on free, so that the second
loop does not look smaller by reusing what the first one left cached). Ratios are
ours / plain.

Second comparison, the stage's bookkeeping before and after the demo's speed fixes, also in
the same process and on the same examples: the same ``ours`` loop with the loss of every
step sent to an MLflow run (SQLite store, as in the demo) and checkpoints written as the
demo writes them:

- ``stage, before``: one MLflow write per step and a checkpoint every 25 steps (the old
  demo settings);
- ``stage, after``: steps buffered and written in one batch at most every 5 s
  (``TrainingTracker.FLUSH_SECONDS``) and a checkpoint every ``train.save_steps`` of the
  params file.

Run: ``.venv/bin/python benchmarks/train_throughput.py --steps 60`` (tiny model on CPU), or
``--params my.yaml`` for a real checkpoint on a GPU.
"""

from __future__ import annotations

import argparse
import copy
import ctypes
import ctypes.util
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import torch
from transformers import PrinterCallback, Trainer

from safellava import tracking
from safellava.config import load, override
from safellava.records import IMAGE_TOKEN
from safellava.training import model_factory
from safellava.training.config import TrainConfig
from safellava.training.dataset import (
    IGNORE_INDEX,
    Candidate,
    Collator,
    Counts,
    TrainingSet,
    candidates,
    corpus,
    tokenize,
)
from safellava.training.images import ImageLoader
from safellava.training.template import render
from safellava.training.trainer import LossLog, arguments, build_trainer


class Counting:
    """Wrap a collator; count real and padded token positions of every batch."""

    def __init__(self, collate: Callable[[list[Any]], dict[str, torch.Tensor]]) -> None:
        self.collate = collate
        self.real = 0
        self.padded = 0

    def __call__(self, items: list[Any]) -> dict[str, torch.Tensor]:
        batch = self.collate(items)
        self.real += int(batch["attention_mask"].sum())
        self.padded += batch["attention_mask"].numel()
        return batch


class ProcessorCollator:
    """The plain recipe: render and run the LlavaProcessor on each batch of records."""

    def __init__(self, processor: Any, images: ImageLoader) -> None:
        self.processor = processor
        self.images = images
        self.image_id = processor.tokenizer.convert_tokens_to_ids(IMAGE_TOKEN)

    def __call__(self, batch: list[Candidate]) -> dict[str, torch.Tensor]:
        texts = [render(candidate.conversations, self.processor.tokenizer.eos_token).text for candidate in batch]
        pictures = [
            self.images.placeholder() if candidate.placeholder else self.images.open(candidate.image)
            for candidate in batch
            if candidate.placeholder or candidate.image is not None
        ]
        inputs = self.processor(images=pictures or None, text=texts, padding="longest", return_tensors="pt")
        labels = inputs["input_ids"].clone()
        labels[(inputs["attention_mask"] == 0) | (labels == self.image_id)] = IGNORE_INDEX
        return {**inputs, "labels": labels}


def _return_freed_memory_to_the_os() -> Callable[[], None]:
    """Make RSS track live memory on glibc: fixed mmap threshold, and a trim function.

    By default glibc raises its mmap threshold after the first large free, so later
    allocations come from a heap that keeps freed pages: RSS would then under-count the
    second loop. Elsewhere (no glibc) this does nothing.
    """
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"))
        libc.mallopt(-3, 128 * 1024)  # M_MMAP_THRESHOLD: fixed, so the threshold stops adapting
        return lambda: libc.malloc_trim(0)
    except (OSError, AttributeError):
        return lambda: None


class PeakMemory:
    """Peak memory while the block runs: CUDA allocator peak, or sampled process RSS."""

    def __init__(self, trim: Callable[[], None]) -> None:
        self.trim = trim

    def __enter__(self) -> PeakMemory:
        self.cuda = torch.cuda.is_available()
        if self.cuda:
            torch.cuda.reset_peak_memory_stats()
            return self
        self.trim()
        self.process = psutil.Process()
        self.start = self.peak = self.process.memory_info().rss
        self.running = True
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()
        return self

    def _sample(self) -> None:
        while self.running:
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(0.005)

    def __exit__(self, *_: object) -> None:
        if self.cuda:
            self.bytes = torch.cuda.max_memory_allocated()
            return
        self.running = False
        self.thread.join()
        self.bytes = self.peak - self.start


def timed(trainer: Trainer, counter: Counting) -> dict[str, float]:
    """One training run: real tokens/s and the padding share of its batches."""
    counter.real = counter.padded = 0
    started = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "tokens_per_s": counter.real / seconds,
        "padding_share": 1 - counter.real / counter.padded,
    }


OLD_SAVE_STEPS = 25


def bookkeeping(
    trainer_for: Callable[[int, LossLog], Trainer], counter: Counting, config: TrainConfig
) -> dict[str, dict[str, float]]:
    """The stage loop with MLflow step logging and checkpoints, before and after the fixes."""
    figures = {}
    for name, flush_seconds, save_steps in (
        ("stage, before", 0.0, OLD_SAVE_STEPS),
        ("stage, after", tracking.TrainingTracker.FLUSH_SECONDS, config.save_steps),
    ):
        with tracking.training_run(name.replace(", ", "-"), {"benchmark": name}) as tracker:
            tracker.FLUSH_SECONDS = flush_seconds
            figures[name] = timed(trainer_for(save_steps, LossLog(tracker.log_step)), counter)
    return figures


def peak_memory_mib(trainer: Trainer, trim: Callable[[], None]) -> float:
    with PeakMemory(trim) as memory:
        trainer.train()
    return memory.bytes / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--params", default="params.yaml", help="params file whose train section sets model and knobs")
    parser.add_argument("--data", default="data/sample/instruct/llava_instruct_150k.sample.json")
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--max-length", type=int, default=512)
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per loop, interleaved; the best counts")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()

    params = load(TrainConfig, args.params)
    config = override(
        params,
        data=args.data,
        max_steps=args.steps,
        max_length=args.max_length,
        save_steps=10**9,
        logging_steps=10**9,
        warmup_ratio=0.0,
    )
    if config.cpu_threads and not torch.cuda.is_available():
        torch.set_num_threads(config.cpu_threads)
    built = model_factory.build(config, corpus(config.data, config.image_folder, config.missing_images))
    initial = copy.deepcopy(built.model.state_dict())
    processor, tokenizer = built.processor, built.processor.tokenizer
    images = ImageLoader(processor.image_processor, config.image_aspect_ratio)
    image_tokens = model_factory.image_token_count(built.model, images.pixels(None).unsqueeze(0))

    records = list(candidates(config.data, config.image_folder, config.missing_images, Counts()))
    started = time.perf_counter()
    examples = tokenize(iter(records), tokenizer, image_tokens, 10**9, Counts())
    tokenize_seconds = time.perf_counter() - started
    fitting = [index for index, example in enumerate(examples) if example.length <= config.max_length]
    dataset = TrainingSet(
        [examples[index] for index in fitting], tokenizer.convert_tokens_to_ids(IMAGE_TOKEN), image_tokens, images
    )

    with tempfile.TemporaryDirectory() as scratch:
        counters = {
            "ours": Counting(Collator(tokenizer.pad_token_id, 8 if torch.cuda.is_available() else 1)),
            "plain HF Trainer": Counting(ProcessorCollator(processor, images)),
        }

        def fresh(name: str) -> Trainer:
            """A trainer of loop ``name`` on the initial weights (every run starts equal)."""
            built.model.load_state_dict(initial)
            if name == "ours":
                args_ = arguments(config, Path(scratch) / "ours", dataset.mixes_modalities)
                return build_trainer(built.model, processor, dataset, counters[name], args_)
            plain = Trainer(
                model=built.model,
                args=arguments(config.with_(group_by_length=False), Path(scratch) / "plain", dataset.mixes_modalities),
                train_dataset=[records[index] for index in fitting],
                data_collator=counters[name],
            )
            plain.remove_callback(PrinterCallback)  # keep stdout for the figures
            return plain

        runs: dict[str, list[dict[str, float]]] = {name: [] for name in counters}
        for repeat in range(args.repeats):
            order = list(counters) if repeat % 2 == 0 else list(reversed(counters))
            for name in order:
                runs[name].append(timed(fresh(name), counters[name]))
        results = {name: max(figures, key=lambda run: run["tokens_per_s"]) for name, figures in runs.items()}

        os.environ["MLFLOW_TRACKING_URI"] = f"sqlite:///{scratch}/mlflow.db"

        def stage_trainer(save_steps: int, loss_log: LossLog) -> Trainer:
            built.model.load_state_dict(initial)
            logged = config.with_(logging_steps=params.logging_steps, save_steps=save_steps)
            args_ = arguments(logged, Path(scratch) / f"stage-{save_steps}", dataset.mixes_modalities)
            return build_trainer(built.model, processor, dataset, counters["ours"], args_, [loss_log])

        bookkept: dict[str, list[dict[str, float]]] = {"stage, before": [], "stage, after": []}
        for _ in range(args.repeats):
            for name, figures in bookkeeping(stage_trainer, counters["ours"], params).items():
                bookkept[name].append(figures)
        runs.update(bookkept)
        stage_results = {name: max(figures, key=lambda run: run["tokens_per_s"]) for name, figures in bookkept.items()}
        # Memory last, in its own pass: the glibc setting it needs slows allocation down.
        trim = _return_freed_memory_to_the_os()
        for name in counters:
            results[name]["peak_memory_mib"] = peak_memory_mib(fresh(name), trim)

    device = torch.cuda.get_device_name() if torch.cuda.is_available() else f"CPU, {torch.get_num_threads()} thread(s)"
    print(
        f"model {config.base_model} ({config.method}), {device}; {len(fitting)} of {len(records)} records fit "
        f"{config.max_length} tokens; {args.steps} steps of batch {config.batch_size}, best of {args.repeats}; "
        f"one-off tokenization (ours) {tokenize_seconds:.2f}s"
    )
    print(f"{'loop':<18}{'tokens/s':>10}{'padding':>10}{'peak MiB':>10}{'seconds':>9}")
    for name, figures in results.items():
        print(
            f"{name:<18}{figures['tokens_per_s']:>10.0f}{figures['padding_share']:>10.1%}"
            f"{figures['peak_memory_mib']:>10.1f}{figures['seconds']:>9.2f}"
        )
    ours, plain = results["ours"], results["plain HF Trainer"]
    print(
        f"ratio ours/plain: tokens/s x{ours['tokens_per_s'] / plain['tokens_per_s']:.2f}, "
        f"peak memory x{ours['peak_memory_mib'] / max(plain['peak_memory_mib'], 1e-9):.2f}"
    )
    before, after = stage_results["stage, before"], stage_results["stage, after"]
    print(
        f"stage with MLflow step logging + checkpoints (logging every {params.logging_steps} step(s)): "
        f"before {before['tokens_per_s']:.0f} tokens/s ({before['seconds']:.2f}s), "
        f"after {after['tokens_per_s']:.0f} tokens/s ({after['seconds']:.2f}s); "
        f"ratio after/before x{after['tokens_per_s'] / before['tokens_per_s']:.2f}"
    )
    if args.json:
        print(json.dumps({"results": {**results, **stage_results}, "runs": runs}, indent=2))


if __name__ == "__main__":
    main()
