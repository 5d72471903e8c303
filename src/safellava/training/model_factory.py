"""The model to fine-tune: the embedded tiny LLaVA, or a LLaVA checkpoint (local or hub id).

Both paths return a ``LlavaForConditionalGeneration`` and a ``LlavaProcessor`` (tokenizer +
image processor), so everything downstream (dataset, trainer, saving, generation, the
PRISM evaluation) is the same code for a 7B run on GPUs and the CPU demo.

The tiny model is random-init from a config (CLIP vision tower + Llama text model joined
by LLaVA's projector) with a tokenizer learnt from the training text, so ``make demo``
needs no download and runs under ``HF_HUB_OFFLINE=1``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import torch
from transformers import (
    AutoProcessor,
    CLIPVisionConfig,
    LlamaConfig,
    LlavaConfig,
    LlavaForConditionalGeneration,
    LlavaProcessor,
    set_seed,
)
from transformers.models.clip.image_processing_pil_clip import CLIPImageProcessorPil

from safellava.records import IMAGE_TOKEN
from safellava.training.attribute_prior import attribute_words, share_embeddings
from safellava.training.config import TINY, TinyModel, TrainConfig
from safellava.training.tokenizer import train_tokenizer

# LLaVA's projector is trained in full in every recipe (it maps vision into the LLM).
PROJECTOR = "multi_modal_projector"
VISION_TOWER = "vision_tower"


@dataclass
class Built:
    """The model ready for training (LoRA-wrapped or not) and its processor."""

    model: torch.nn.Module
    processor: LlavaProcessor
    trainable_parameters: int
    total_parameters: int


def build(config: TrainConfig, corpus: Iterable[str]) -> Built:
    """Load or create the base model, then freeze / wrap it as ``config.method`` says.

    ``corpus`` (the training text) is read only for the tiny model's tokenizer.
    """
    set_seed(config.seed)
    if config.base_model == TINY:
        model, processor = tiny(config.tiny, corpus)
    else:
        model, processor = pretrained(config.base_model, torch.bfloat16 if config.bf16 else torch.float32)
    model = prepare(model, config)
    trainable = sum(parameter.numel() for parameter in model.parameters() if parameter.requires_grad)
    total = sum(parameter.numel() for parameter in model.parameters())
    return Built(model, processor, trainable, total)


def tiny(dims: TinyModel, corpus: Iterable[str]) -> tuple[LlavaForConditionalGeneration, LlavaProcessor]:
    """A random-init LLaVA whose every dimension is small enough for a CPU test.

    With ``dims.attribute_prior`` the words naming one attribute start as near-synonyms
    (:mod:`safellava.training.attribute_prior`). With ``dims.zero_projector`` the projector's
    first layer starts at zero: its weights then only ever move within the span of the image
    features seen in training (the gradient of a linear layer is an outer product with its
    input), so a test image's features outside that span are projected as nothing. Trained on
    the placeholder only, as the demo is, the random tower's features of a real image would
    otherwise reach the LLM through untrained random weights, at the scale of the image tokens
    themselves, and decide the reply (docs/training.md, "Eighth round").
    """
    words = attribute_words() if dims.attribute_prior else {}
    tokenizer = train_tokenizer(corpus, dims.vocab_size, [word for group in words.values() for word in group])
    vision = CLIPVisionConfig(
        hidden_size=dims.vision_hidden_size,
        intermediate_size=dims.vision_hidden_size * 2,
        num_hidden_layers=dims.vision_layers,
        num_attention_heads=2,
        image_size=dims.image_size,
        patch_size=dims.patch_size,
        projection_dim=dims.vision_hidden_size,
    )
    text = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=dims.hidden_size,
        intermediate_size=dims.intermediate_size,
        num_hidden_layers=dims.num_layers,
        num_attention_heads=dims.num_heads,
        num_key_value_heads=dims.num_heads,
        max_position_embeddings=4096,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    patches = (dims.image_size // dims.patch_size) ** 2
    llava = LlavaConfig(
        vision_config=vision,
        text_config=text,
        image_token_index=tokenizer.convert_tokens_to_ids(IMAGE_TOKEN),
        image_seq_length=patches,
        vision_feature_layer=-2,
        vision_feature_select_strategy="default",
    )
    model = LlavaForConditionalGeneration(llava)
    if dims.zero_projector:
        torch.nn.init.zeros_(model.model.multi_modal_projector.linear_1.weight)
    share_embeddings(model.get_input_embeddings(), tokenizer, words)
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    image_processor = CLIPImageProcessorPil(
        size={"shortest_edge": dims.image_size}, crop_size={"height": dims.image_size, "width": dims.image_size}
    )
    processor = LlavaProcessor(
        image_processor=image_processor,
        tokenizer=tokenizer,
        patch_size=dims.patch_size,
        vision_feature_select_strategy="default",
        num_additional_image_tokens=1,  # CLIP's CLS token, dropped by the "default" strategy
    )
    return model, processor


def pretrained(name: str, dtype: torch.dtype) -> tuple[LlavaForConditionalGeneration, LlavaProcessor]:
    """A LLaVA checkpoint in transformers format (e.g. ``llava-hf/llava-1.5-7b-hf`` or a path).

    With ``HF_HUB_OFFLINE=1`` a hub id resolves from the local cache only.
    """
    model = LlavaForConditionalGeneration.from_pretrained(name, dtype=dtype)
    processor = AutoProcessor.from_pretrained(name)
    if processor.tokenizer.pad_token is None:
        processor.tokenizer.pad_token = processor.tokenizer.unk_token
    return model, processor


def prepare(model: LlavaForConditionalGeneration, config: TrainConfig) -> torch.nn.Module:
    """Freeze the vision tower and/or wrap the language model with LoRA adapters."""
    if config.method == "lora":
        from peft import LoraConfig, get_peft_model

        to_save = [PROJECTOR] if config.freeze_vision_tower else [PROJECTOR, VISION_TOWER]
        lora = LoraConfig(
            r=config.lora.r,
            lora_alpha=config.lora.alpha,
            lora_dropout=config.lora.dropout,
            # A regex, so that the vision tower's q/k/v projections get no adapters.
            target_modules=rf".*language_model.*\.({'|'.join(config.lora.target_modules)})",
            modules_to_save=to_save,
            task_type="CAUSAL_LM",
        )
        peft_model = get_peft_model(model, lora)
        if config.gradient_checkpointing:
            peft_model.enable_input_require_grads()  # frozen embeddings would cut the graph
        return peft_model
    if config.freeze_vision_tower:
        model.model.vision_tower.requires_grad_(False)
    return model


def image_token_count(model: torch.nn.Module, pixel_values: torch.Tensor) -> int:
    """How many ``<image>`` placeholders one image fills, measured on the real vision tower.

    Measuring (one forward on a single image) is exact for any backbone and feature
    strategy (CLS kept or dropped, SigLIP without CLS) instead of re-deriving LLaVA's rules.
    """
    parameter = next(model.parameters())
    with torch.no_grad():
        features = model.get_image_features(pixel_values=pixel_values.to(parameter.device, parameter.dtype))
    return int(features.pooler_output[0].shape[0])
