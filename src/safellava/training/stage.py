"""The train stage: LLaVA records in, a fine-tuned LLaVA model directory out.

``run(config)`` is the one implementation that ``dvc repro train``, ``safellava train`` and
the Prefect flow call (logged through :func:`safellava.tracking.track_training`). It writes
``config.output`` (model weights, processor, and ``training_summary.json``) through a
temporary directory, so an interrupted run never leaves
a half-written model where the evaluation stage would pick it up; the interrupted
run's checkpoints stay in ``checkpoint_dir/<variant>`` and the next run resumes from them.

With LoRA the adapter is saved under ``adapter/`` and the merged model at the top level,
so evaluation loads a plain ``LlavaForConditionalGeneration`` whatever the method was.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
from accelerate import PartialState
from transformers import TrainerCallback

from safellava.records import IMAGE_TOKEN
from safellava.staging import staged_output
from safellava.training import model_factory
from safellava.training.config import TrainConfig
from safellava.training.dataset import Collator, Counts, TrainingSet, candidates, corpus, dataset_version, tokenize
from safellava.training.images import ImageLoader
from safellava.training.trainer import LossLog, MetricsSink, arguments, build_trainer, checkpoint_to_resume

SUMMARY = "training_summary.json"
ADAPTER = "adapter"


def is_main_process() -> bool:
    """Rank 0 of an ``accelerate launch`` / ``torchrun`` job (or a plain single process).

    Read from the environment so that callers can decide (e.g. whether to open an MLflow
    run) before any distributed state exists.
    """
    return int(os.environ.get("RANK", "0")) == 0


def run(
    config: TrainConfig, on_log: MetricsSink | None = None, callbacks: Sequence[TrainerCallback] = ()
) -> dict[str, Any]:
    """Fine-tune ``config.base_model`` on ``config.data``; return the run's summary.

    ``on_log(metrics, step)`` receives the loss, learning rate and grad norm of each logged
    step on the main process. Raises ``ValueError`` when no record is usable.
    """
    if config.cpu_threads and not torch.cuda.is_available():
        # Tiny tensors gain nothing from intra-op threads, and on a shared machine the
        # threads' spin-waits make a step many times slower than one thread.
        torch.set_num_threads(config.cpu_threads)
    version = dataset_version(config.data, config.lock_file)
    built = model_factory.build(
        config, corpus(config.data, config.image_folder, config.missing_images, config.format_prompts, config.seed)
    )
    tokenizer = built.processor.tokenizer
    images = ImageLoader(built.processor.image_processor, config.image_aspect_ratio)
    image_tokens = model_factory.image_token_count(built.model, images.pixels(None).unsqueeze(0))
    counts = Counts()
    examples = tokenize(
        candidates(config.data, config.image_folder, config.missing_images, counts, config.format_prompts, config.seed),
        tokenizer,
        image_tokens,
        config.max_length,
        counts,
        config.long_conversations,
    )
    if not examples:
        raise ValueError(f"{config.data}: no usable training record ({json.dumps(counts.as_dict())})")
    dataset = TrainingSet(examples, tokenizer.convert_tokens_to_ids(IMAGE_TOKEN), image_tokens, images)

    checkpoints = Path(config.checkpoint_dir) / config.variant
    fingerprint = config.fingerprint(version.sha256)
    state = PartialState()
    with state.main_process_first():
        resume_from = checkpoint_to_resume(checkpoints, fingerprint, config.resume, state.is_main_process)
    # (read now: checkpoint rotation may delete the resumed checkpoint before training ends)
    resumed_step = _step_of(resume_from)
    loss_log = LossLog(on_log)
    trainer = build_trainer(
        built.model,
        built.processor,
        dataset,
        Collator(tokenizer.pad_token_id, pad_to_multiple_of=8 if torch.cuda.is_available() else 1),
        arguments(config, checkpoints, dataset.mixes_modalities),
        [loss_log, *callbacks],
    )
    result = trainer.train(resume_from_checkpoint=resume_from)
    summary = {
        "variant": config.variant,
        "base_model": config.base_model,
        "method": config.method,
        "missing_images": config.missing_images,
        "dataset": {"path": version.path, "sha256": version.sha256, "dvc_md5": version.dvc_md5},
        "records": counts.as_dict(),
        "image_tokens": image_tokens,
        "parameters": {"trainable": built.trainable_parameters, "total": built.total_parameters},
        "steps": result.global_step,
        "resumed_from": resume_from,
        "resumed_from_step": resumed_step,
        "first_loss": loss_log.steps[0]["loss"] if loss_log.steps else None,
        "final_loss": loss_log.steps[-1]["loss"] if loss_log.steps else None,
        "train_loss": result.training_loss,
        "runtime_s": result.metrics.get("train_runtime"),
        "loss_history": loss_log.steps,
        "output": config.output,
    }
    trainer.accelerator.wait_for_everyone()
    if trainer.is_world_process_zero():
        save(trainer.accelerator.unwrap_model(trainer.model), built.processor, Path(config.output), summary)
        if not config.keep_checkpoints:
            shutil.rmtree(checkpoints, ignore_errors=True)
            with contextlib.suppress(OSError):  # the shared parent goes only when empty
                checkpoints.parent.rmdir()
    return summary


def save(model: torch.nn.Module, processor: Any, output: Path, summary: dict[str, Any]) -> None:
    """Write the model (merged, if LoRA), processor and summary; replace ``output`` at the end."""
    with staged_output(output) as staging:
        if hasattr(model, "merge_and_unload"):  # a peft model: keep the adapter, ship the merge
            model.save_pretrained(str(staging / ADAPTER))
            model = model.merge_and_unload()
        model.save_pretrained(str(staging))
        processor.save_pretrained(str(staging))
        (staging / SUMMARY).write_text(json.dumps(summary, indent=2, default=str) + "\n", encoding="utf-8")


def _step_of(checkpoint: str | None) -> int:
    """The global step stored in a Trainer checkpoint (0 for a fresh start)."""
    if not checkpoint:
        return 0
    state = json.loads((Path(checkpoint) / "trainer_state.json").read_text(encoding="utf-8"))
    return int(state["global_step"])
