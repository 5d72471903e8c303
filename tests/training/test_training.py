"""Fine-tuning the tiny LLaVA on real sample records: learning, resuming, saving, reloading."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch
from transformers import TrainerCallback

from safellava.prism.generation import CheckpointModel, CheckpointSettings, Request
from safellava.training.config import TrainConfig
from safellava.training.dataset import Collator, Counts, TrainingSet, candidates, tokenize
from safellava.training.images import ImageLoader
from safellava.training.stage import ADAPTER, SUMMARY, run
from safellava.training.template import prompt

from .conftest import IMAGES


class Interrupt(TrainerCallback):
    """Kill the run after ``step`` optimizer steps, as a crash or a pre-emption would."""

    def __init__(self, step: int) -> None:
        self.step = step

    def on_step_end(self, args, state, control, **kwargs):  # noqa: ANN001, ANN003 (Trainer's signature)
        if state.global_step == self.step:
            raise KeyboardInterrupt("simulated pre-emption")


def test_loss_decreases_on_real_records(tiny_config: TrainConfig) -> None:
    summary = run(tiny_config.with_(max_steps=40))
    losses = [row["loss"] for row in summary["loss_history"]]
    assert [row["step"] for row in summary["loss_history"]] == list(range(1, 41))
    assert sum(losses[-5:]) / 5 < sum(losses[:5]) / 5 - 1.0
    records = summary["records"]
    assert records["used"] + records["too_long"] == 20 and records["missing_image_placeholder"] == 4
    assert summary["steps"] == 40 and summary["resumed_from_step"] == 0


def test_interrupted_run_resumes_from_the_saved_step(tiny_config: TrainConfig) -> None:
    config = tiny_config.with_(max_steps=8, save_steps=4, resume=True)
    reference = run(
        config.with_(output=config.output + "-reference", checkpoint_dir=config.checkpoint_dir + "-reference")
    )

    with pytest.raises(KeyboardInterrupt):
        run(config, callbacks=[Interrupt(6)])
    assert not Path(config.output).exists()  # no half-trained model where evaluation looks
    resumed = run(config)

    assert resumed["resumed_from_step"] == 4 and resumed["steps"] == 8
    assert [row["step"] for row in resumed["loss_history"]] == [5, 6, 7, 8]
    expected = [row["loss"] for row in reference["loss_history"][4:]]
    assert [row["loss"] for row in resumed["loss_history"]] == pytest.approx(expected, rel=1e-4)
    assert not Path(config.checkpoint_dir).exists()  # removed after success


def test_a_resumed_checkpoint_rotated_away_still_reports_its_step(tiny_config: TrainConfig) -> None:
    """Resumed from step 2 and saving every 2 steps with two kept, the run deletes checkpoint-2
    before it ends; the summary still says where it resumed (read before training)."""
    config = tiny_config.with_(max_steps=8, save_steps=2, resume=True)
    with pytest.raises(KeyboardInterrupt):
        run(config, callbacks=[Interrupt(3)])
    resumed = run(config)
    assert resumed["resumed_from_step"] == 2 and resumed["steps"] == 8


def test_checkpoints_of_another_config_are_not_resumed(tiny_config: TrainConfig) -> None:
    config = tiny_config.with_(max_steps=4, save_steps=2)
    with pytest.raises(KeyboardInterrupt):
        run(config, callbacks=[Interrupt(3)])
    assert run(config.with_(learning_rate=1e-3))["resumed_from_step"] == 0


def test_saved_model_reloads_and_generates(tiny_config: TrainConfig) -> None:
    summary = run(tiny_config.with_(max_steps=20))
    output = Path(tiny_config.output)
    assert json.loads((output / SUMMARY).read_text())["steps"] == summary["steps"] == 20
    checkpoint = CheckpointModel(CheckpointSettings(path=str(output)), device="cpu", max_new_tokens=4)
    assert checkpoint.template == "llava_v1"  # a trained model is asked in its training template
    model, processor = checkpoint.model, checkpoint.processor
    tokenizer = processor.tokenizer

    # The reloaded weights are the trained ones: on the training data their loss is far
    # below a random init's ln(vocab).
    examples = tokenize(candidates(tiny_config.data, IMAGES, "placeholder", Counts()), tokenizer, 16, 160, Counts())
    dataset = TrainingSet(
        examples, tokenizer.convert_tokens_to_ids("<image>"), 16, ImageLoader(processor.image_processor)
    )
    batch = Collator(tokenizer.pad_token_id)([dataset[index] for index in range(8)])
    with torch.no_grad():
        loss = model(**batch).loss.item()
    assert loss < math.log(len(tokenizer)) - 1.0

    image = IMAGES / "000000000009.jpg"
    requests = [Request("q/1", "What is on the table?", image), Request("q/2", "Describe a bus.", image)]
    first = checkpoint.answer("refusal_soft", requests)
    assert [item.question_id for item in first] == ["q/1", "q/2"]
    assert checkpoint.answer("refusal_soft", requests) == first  # greedy
    inputs = tokenizer(prompt("Describe a bus.", with_image=False), return_tensors="pt")
    generated = model.generate(**inputs, max_new_tokens=4, min_new_tokens=4, do_sample=False)
    assert generated.shape[1] == inputs["input_ids"].shape[1] + 4


def test_lora_saves_the_adapter_and_a_merged_model(tiny_config: TrainConfig) -> None:
    summary = run(tiny_config.with_(method="lora", max_steps=3, gradient_checkpointing=True, learning_rate=1e-2))
    assert summary["parameters"]["trainable"] < summary["parameters"]["total"] / 2
    output = Path(tiny_config.output)
    assert (output / ADAPTER / "adapter_config.json").is_file()
    model = CheckpointModel(CheckpointSettings(path=str(output)), device="cpu").model
    assert not any("lora" in name for name, _ in model.named_parameters())
    assert all(torch.isfinite(parameter).all() for parameter in model.parameters())
    assert summary["final_loss"] < summary["first_loss"]  # gradients reached the adapters
