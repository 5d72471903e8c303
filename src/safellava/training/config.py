"""The ``train`` section of ``params.yaml`` as a typed, validated object.

One dataclass holds every knob of a fine-tuning run so that the CLI, the Prefect flow and
the tests build runs the same way, a typo in ``params.yaml`` fails before a model is
loaded, and the checkpoint fingerprint (which decides whether an interrupted run may be
resumed) is computed from exactly the knobs that change what is trained.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar, Literal

from safellava.training.format_prompts import FormatPrompts

TINY = "tiny"
MISSING_IMAGE_POLICIES = ("skip", "placeholder")
LONG_CONVERSATIONS = ("truncate", "split")

# Knobs that say where things go or how they are reported, not what is learnt: changing
# them must not invalidate a checkpoint.
_NOT_FINGERPRINTED = {
    "data",
    "output",
    "checkpoint_dir",
    "registered_model",
    "variant",
    "resume",
    "keep_checkpoints",
    "save_steps",
    "save_total_limit",
    "logging_steps",
    "dataloader_num_workers",
    "cpu_threads",
    "baseline",
    "dvc_lock",
}


@dataclass(frozen=True)
class TinyModel:
    """Dimensions of the embedded random-init LLaVA (CLIP vision tower + Llama text model)."""

    vocab_size: int = 1024
    hidden_size: int = 64
    intermediate_size: int = 128
    num_layers: int = 2
    num_heads: int = 4
    vision_hidden_size: int = 32
    vision_layers: int = 2
    image_size: int = 32
    patch_size: int = 8
    # The words naming one attribute start as near-synonyms, as in a pretrained LLM
    # (safellava.training.attribute_prior); off: every token starts independent.
    attribute_prior: bool = False
    # The projector's first layer starts at zero, so image-feature directions that the training
    # images never span pass nothing (a random vision tower trained on placeholders only would
    # otherwise feed real images' features through untrained weights); off: LLaVA's random init.
    zero_projector: bool = False


@dataclass(frozen=True)
class Lora:
    """peft LoRA settings; the projector is always trained in full (as in LLaVA's LoRA recipe)."""

    r: int = 8
    alpha: int = 16
    dropout: float = 0.05
    target_modules: tuple[str, ...] = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


@dataclass(frozen=True)
class Baseline:
    """``train.baseline``: where the baseline variant reads, writes and registers. Only these
    three, so the baseline model differs from the safe one in its data and nothing else."""

    data: str = "data/ingested"
    output: str = "models/baseline"
    registered_model: str = "safe-llava-baseline"


@dataclass(frozen=True)
class TrainConfig:
    """Everything one fine-tuning run needs; see ``params.yaml`` for what each knob means."""

    SECTION: ClassVar[str] = "train"

    data: str = "data/cleaned/cleaned.json"
    output: str = "models/safe"
    variant: str = "safe"
    registered_model: str = "safe-llava"
    image_folder: str | None = None
    missing_images: Literal["skip", "placeholder"] = "skip"
    image_aspect_ratio: Literal["pad", "crop"] = "pad"
    base_model: str = TINY
    tiny: TinyModel = field(default_factory=TinyModel)
    method: Literal["lora", "full"] = "full"
    lora: Lora = field(default_factory=Lora)
    freeze_vision_tower: bool = True
    learning_rate: float = 2e-5
    weight_decay: float = 0.0
    warmup_ratio: float = 0.03
    lr_scheduler: str = "cosine"
    epochs: float = 1.0
    max_steps: int = -1
    batch_size: int = 4
    gradient_accumulation_steps: int = 1
    bf16: bool = False
    gradient_checkpointing: bool = False
    max_length: int = 2048
    long_conversations: Literal["truncate", "split"] = "truncate"
    format_prompts: FormatPrompts = field(default_factory=FormatPrompts)
    group_by_length: bool = True
    seed: int = 42
    logging_steps: int = 1
    save_steps: int = 500
    save_total_limit: int = 2
    checkpoint_dir: str = "models/checkpoints"
    resume: bool = True
    keep_checkpoints: bool = False
    dataloader_num_workers: int = 0
    cpu_threads: int | None = None
    baseline: Baseline = field(default_factory=Baseline)
    # DVC's lock file, whose md5 of the training data's stage output is tagged on the run and
    # the registered model (None: no DVC md5 tag).
    dvc_lock: str | None = None

    def __post_init__(self) -> None:
        if self.missing_images not in MISSING_IMAGE_POLICIES:
            raise ValueError(
                f"train.missing_images must be one of {MISSING_IMAGE_POLICIES}, got {self.missing_images!r}"
            )
        if self.method not in ("lora", "full"):
            raise ValueError(f"train.method must be 'lora' or 'full', got {self.method!r}")
        if self.long_conversations not in LONG_CONVERSATIONS:
            raise ValueError(
                f"train.long_conversations must be one of {LONG_CONVERSATIONS}, got {self.long_conversations!r}"
            )
        if self.image_aspect_ratio not in ("pad", "crop"):
            raise ValueError(f"train.image_aspect_ratio must be 'pad' or 'crop', got {self.image_aspect_ratio!r}")
        if self.max_steps <= 0 and self.epochs <= 0:
            raise ValueError("train needs epochs > 0 or max_steps > 0")
        if self.batch_size < 1 or self.gradient_accumulation_steps < 1:
            raise ValueError("train.batch_size and train.gradient_accumulation_steps must be >= 1")

    def for_baseline(self) -> TrainConfig:
        """The baseline variant: the same knobs, with data, output and registry name from
        ``train.baseline``."""
        return replace(
            self,
            variant="baseline",
            data=self.baseline.data,
            output=self.baseline.output,
            registered_model=self.baseline.registered_model,
        )

    @property
    def lock_file(self) -> Path | None:
        return Path(self.dvc_lock) if self.dvc_lock else None

    def with_(self, **changes: Any) -> TrainConfig:
        """A copy with some knobs changed (tests and benchmarks)."""
        return replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def fingerprint(self, data_sha256: str) -> str:
        """Identity of what a checkpoint was trained on: the learning knobs plus the data hash."""
        learning = {key: value for key, value in self.as_dict().items() if key not in _NOT_FINGERPRINTED}
        payload = json.dumps({"config": learning, "data": data_sha256}, sort_keys=True, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()
