"""HF ``Trainer`` wiring: arguments from the config, length-grouped batches, loss log, resume.

The HF Trainer is used rather than a hand-written loop because it already does what a
LLaVA fine-tune needs and is easy to get subtly wrong: ``accelerate launch`` multi-GPU
(DDP/FSDP/DeepSpeed), bf16, gradient checkpointing, gradient accumulation with the loss
normalised by target tokens, and checkpoints that hold model, optimizer, scheduler, RNG
states and the step, so an interrupted run resumes exactly where it stopped.

What this module adds: the sampler gets the lengths the dataset already knows (the stock
one would fetch every example, images included, to measure it), loss per step goes to a
caller-supplied function (the CLI hands in the MLflow logger; the library never imports
it), and checkpoints carry a fingerprint of the config + data so that a run only resumes
from checkpoints of the same training.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch
from transformers import PrinterCallback, Trainer, TrainerCallback, TrainingArguments
from transformers.trainer_pt_utils import LengthGroupedSampler
from transformers.trainer_utils import get_last_checkpoint

from safellava.training.config import TrainConfig
from safellava.training.dataset import TrainingSet

FINGERPRINT = "fingerprint.json"
MetricsSink = Callable[[dict[str, float], int], None]


class LlavaTrainer(Trainer):
    """A Trainer whose length-grouped sampler uses the lengths computed at tokenization, and
    whose resume restores LLaVA weights.

    transformers 5 saves LLaVA under its legacy key names (``language_model.model.*``) and
    maps them back in ``from_pretrained``, but ``Trainer`` resumes a full fine-tune with a
    raw ``load_state_dict``: every key misses, only a warning is logged, and the resumed
    run would continue from the *initial* weights. Loading the checkpoint through
    ``from_pretrained`` applies the mapping.
    """

    def _load_from_checkpoint(self, resume_from_checkpoint: str, model: torch.nn.Module | None = None) -> None:
        target = model if model is not None else self.model
        if hasattr(target, "peft_config") or self.is_fsdp_enabled or self.is_deepspeed_enabled:
            super()._load_from_checkpoint(resume_from_checkpoint, model)  # these paths load correctly
            return
        dtype = next(target.parameters()).dtype
        saved = type(target).from_pretrained(resume_from_checkpoint, dtype=dtype)
        target.load_state_dict(saved.state_dict())

    def _get_train_sampler(self, train_dataset: Any = None) -> torch.utils.data.Sampler | None:
        dataset = train_dataset if train_dataset is not None else self.train_dataset
        if self.args.train_sampling_strategy == "group_by_length" and isinstance(dataset, TrainingSet):
            return EpochSeededLengthSampler(
                self.args.train_batch_size * self.args.gradient_accumulation_steps, dataset.lengths, self.args.seed
            )
        return super()._get_train_sampler(train_dataset)


class EpochSeededLengthSampler(LengthGroupedSampler):
    """Length-grouped order that depends only on (seed, epoch).

    The stock sampler draws from the global RNG, which a resumed run restores only *after*
    the epoch's order was drawn, so the resumed epoch would see different batches (and
    skip the wrong ones). Seeding per epoch makes the order identical on resume.
    """

    def __init__(self, batch_size: int, lengths: list[int], seed: int) -> None:
        super().__init__(batch_size, lengths=lengths, generator=torch.Generator())
        self.seed = seed
        self.set_epoch(0)

    def set_epoch(self, epoch: int) -> None:
        """Called by accelerate's dataloader at the start of every epoch."""
        self.generator.manual_seed(self.seed + epoch)


class LossLog(TrainerCallback):
    """Keep every logged step (loss, learning rate, grad norm) and forward it to ``sink``."""

    def __init__(self, sink: MetricsSink | None = None) -> None:
        self.sink = sink
        self.steps: list[dict[str, float]] = []

    def on_log(
        self, args: TrainingArguments, state: Any, control: Any, logs: dict[str, Any] | None = None, **_: Any
    ) -> None:
        if not logs or "loss" not in logs or not state.is_world_process_zero:
            return
        row = {"step": state.global_step, "loss": float(logs["loss"])}
        for name in ("learning_rate", "grad_norm"):
            if isinstance(logs.get(name), (int, float)):
                row[name] = float(logs[name])
        self.steps.append(row)
        if self.sink is not None:
            self.sink({f"train.{key}": value for key, value in row.items() if key != "step"}, state.global_step)


def arguments(config: TrainConfig, checkpoints: Path, mixes_modalities: bool) -> TrainingArguments:
    """TrainingArguments from the config; reporting integrations off (tracking is ours)."""
    return TrainingArguments(
        output_dir=str(checkpoints),
        per_device_train_batch_size=config.batch_size,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
        learning_rate=config.learning_rate,
        weight_decay=config.weight_decay,
        warmup_steps=config.warmup_ratio,
        lr_scheduler_type=config.lr_scheduler,
        num_train_epochs=config.epochs,
        max_steps=config.max_steps,
        bf16=config.bf16,
        activation_checkpointing=config.gradient_checkpointing,
        logging_steps=config.logging_steps,
        save_strategy="steps",
        save_steps=config.save_steps,
        save_total_limit=config.save_total_limit,
        seed=config.seed,
        report_to="none",
        remove_unused_columns=False,
        dataloader_num_workers=config.dataloader_num_workers,
        dataloader_pin_memory=torch.cuda.is_available(),
        train_sampling_strategy="group_by_length" if config.group_by_length else "random",
        # A text-only batch leaves the projector unused; DDP must not wait for its gradients.
        ddp_find_unused_parameters=mixes_modalities,
        disable_tqdm=True,
    )


def checkpoint_to_resume(checkpoints: Path, fingerprint: str, resume: bool, is_main: bool = True) -> str | None:
    """The last checkpoint of the same training, or None (stale checkpoints are removed).

    Checkpoints of a different config or different data would silently continue the wrong
    run, so they are discarded rather than resumed. Only the main process deletes or
    creates anything; call it there first (``main_process_first``), then on the others.
    """
    marker = checkpoints / FINGERPRINT
    same = marker.is_file() and json.loads(marker.read_text(encoding="utf-8")).get("fingerprint") == fingerprint
    last = get_last_checkpoint(str(checkpoints)) if same else None
    if resume and last:
        return last
    if is_main:
        shutil.rmtree(checkpoints, ignore_errors=True)
        checkpoints.mkdir(parents=True)
        marker.write_text(json.dumps({"fingerprint": fingerprint}) + "\n", encoding="utf-8")
    return None


def build_trainer(
    model: torch.nn.Module,
    processor: Any,
    dataset: TrainingSet,
    collator: Callable[[list[dict[str, Any]]], dict[str, torch.Tensor]],
    args: TrainingArguments,
    callbacks: Sequence[TrainerCallback] = (),
) -> LlavaTrainer:
    """The stage's trainer; the loss goes to ``LossLog``, not to stdout (the summary's place)."""
    trainer = LlavaTrainer(
        model=model,
        args=args,
        train_dataset=dataset,
        data_collator=collator,
        processing_class=processor,
        callbacks=list(callbacks),
    )
    trainer.remove_callback(PrinterCallback)
    return trainer
