"""LoRA fine-tuning throughput on a LLaVA-1.5-7B-shaped model: the stage's trainer vs a plain HF Trainer.

The model is built from a config with random weights (no download): LLaVA-1.5-7B's shapes,
a CLIP ViT-L/14 at 336 px (576 image tokens) and a Llama-2-7B text model (32 layers, hidden
4096, vocab 32,064), in bf16 on the GPU. Both loops wrap it with the project's own LoRA
recipe (``model_factory.prepare``: adapters on the language model's projections, projector
trained in full, vision tower frozen, gradient checkpointing) and train the same adapters
from the same initial values for the same steps on the same records (the demo's records,
with the placeholder image, since the COCO images are not bundled):

- ``ours``: the train stage's pipeline (pre-tokenized examples, length-grouped batches,
  ``LlavaTrainer`` + ``Collator``);
- ``plain HF Trainer``: the stock ``Trainer``, random order, ``LlavaProcessor`` per batch.

Reported per loop: real (non-padding) tokens/s, padding share, peak GPU memory
(``torch.cuda.max_memory_allocated``); then the ratios ours / plain. The random weights make
the loss meaningless but not the speed: every matmul has the real shapes.

Run on a GPU: ``.venv/bin/python benchmarks/train_gpu_lora.py --steps 30``.
``--tiny`` builds the same structure with toy dimensions, which runs on a CPU in seconds
(the test suite does so, so the script cannot rot before it meets a GPU).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import torch
from train_throughput import Counting, PeakMemory, ProcessorCollator, _return_freed_memory_to_the_os
from transformers import (
    CLIPVisionConfig,
    LlamaConfig,
    LlavaConfig,
    LlavaForConditionalGeneration,
    LlavaProcessor,
    PrinterCallback,
    Trainer,
)
from transformers.models.clip.image_processing_pil_clip import CLIPImageProcessorPil

from safellava.records import IMAGE_TOKEN
from safellava.training import model_factory
from safellava.training.config import TrainConfig
from safellava.training.dataset import Collator, Counts, TrainingSet, candidates, corpus, tokenize
from safellava.training.images import ImageLoader
from safellava.training.tokenizer import train_tokenizer

# LLaVA-1.5-7B (llava-hf/llava-1.5-7b-hf config.json) and a toy model of the same structure.
SHAPES: dict[str, dict[str, Any]] = {
    "llava-1.5-7b": {
        "vision": {
            "hidden_size": 1024,
            "intermediate_size": 4096,
            "num_hidden_layers": 24,
            "num_attention_heads": 16,
            "image_size": 336,
            "patch_size": 14,
            "projection_dim": 768,
        },
        "text": {
            "vocab_size": 32064,
            "hidden_size": 4096,
            "intermediate_size": 11008,
            "num_hidden_layers": 32,
            "num_attention_heads": 32,
            "num_key_value_heads": 32,
            "max_position_embeddings": 4096,
        },
        "tokenizer_vocab": 32000,
    },
    "tiny": {
        "vision": {
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "image_size": 32,
            "patch_size": 8,
            "projection_dim": 32,
        },
        "text": {
            "vocab_size": 1024,
            "hidden_size": 64,
            "intermediate_size": 128,
            "num_hidden_layers": 2,
            "num_attention_heads": 4,
            "num_key_value_heads": 4,
            "max_position_embeddings": 4096,
        },
        "tokenizer_vocab": 1000,
    },
}


def build(
    shape: dict[str, Any], texts: list[str], device: torch.device, dtype: torch.dtype
) -> tuple[LlavaForConditionalGeneration, LlavaProcessor]:
    """A random-init LLaVA of ``shape`` on ``device`` and a processor with a tokenizer learnt from ``texts``."""
    tokenizer = train_tokenizer(texts, shape["tokenizer_vocab"])
    vision = shape["vision"]
    config = LlavaConfig(
        vision_config=CLIPVisionConfig(**vision),
        text_config=LlamaConfig(
            **shape["text"],
            pad_token_id=tokenizer.pad_token_id,
            bos_token_id=tokenizer.bos_token_id,
            eos_token_id=tokenizer.eos_token_id,
        ),
        image_token_index=tokenizer.convert_tokens_to_ids(IMAGE_TOKEN),
        image_seq_length=(vision["image_size"] // vision["patch_size"]) ** 2,
        vision_feature_layer=-2,
        vision_feature_select_strategy="default",
    )
    previous = torch.get_default_dtype()
    torch.set_default_dtype(dtype)
    try:
        with device:  # weights are created where they train: no 7B fp32 copy in host memory
            model = LlavaForConditionalGeneration(config)
    finally:
        torch.set_default_dtype(previous)
    size = vision["image_size"]
    processor = LlavaProcessor(
        image_processor=CLIPImageProcessorPil(size={"shortest_edge": size}, crop_size={"height": size, "width": size}),
        tokenizer=tokenizer,
        patch_size=vision["patch_size"],
        vision_feature_select_strategy="default",
        num_additional_image_tokens=1,
    )
    return model, processor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tiny", action="store_true", help="toy dimensions (CPU smoke run) instead of the 7B shape")
    parser.add_argument("--data", default="data/sample/instruct/llava_instruct_150k.demo.json")
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--max-length", type=int, default=2048)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()

    cuda = torch.cuda.is_available()
    device = torch.device("cuda" if cuda else "cpu")
    bf16 = cuda and torch.cuda.is_bf16_supported()
    shape = SHAPES["tiny" if args.tiny else "llava-1.5-7b"]
    config = TrainConfig(
        data=args.data,
        missing_images="placeholder",
        method="lora",
        bf16=bf16,
        gradient_checkpointing=True,
        learning_rate=2e-4,
        batch_size=args.batch_size,
        max_length=args.max_length,
        max_steps=args.steps,
        warmup_ratio=0.0,
        save_steps=10**9,
        logging_steps=10**9,
        cpu_threads=1,
    )
    if not cuda:
        torch.set_num_threads(1)
    texts = list(corpus(config.data, config.image_folder, config.missing_images))
    model, processor = build(shape, texts, device, torch.bfloat16 if bf16 else torch.float32)
    model = model_factory.prepare(model, config)
    initial = {name: value.detach().clone() for name, value in model.named_parameters() if value.requires_grad}
    tokenizer = processor.tokenizer
    images = ImageLoader(processor.image_processor, config.image_aspect_ratio)
    image_tokens = model_factory.image_token_count(model, images.pixels(None).unsqueeze(0))
    records = list(candidates(config.data, config.image_folder, config.missing_images, Counts()))
    examples = tokenize(iter(records), tokenizer, image_tokens, 10**9, Counts())
    fitting = [index for index, example in enumerate(examples) if example.length <= config.max_length]
    dataset = TrainingSet(
        [examples[index] for index in fitting], tokenizer.convert_tokens_to_ids(IMAGE_TOKEN), image_tokens, images
    )
    counters = {
        "ours": Counting(Collator(tokenizer.pad_token_id, 8 if cuda else 1)),
        "plain HF Trainer": Counting(ProcessorCollator(processor, images)),
    }
    from safellava.training.trainer import arguments, build_trainer

    results: dict[str, dict[str, float]] = {}
    trim = _return_freed_memory_to_the_os()
    with tempfile.TemporaryDirectory() as scratch:
        for name, counter in counters.items():
            with torch.no_grad():  # every loop starts from the same adapters
                for parameter_name, parameter in model.named_parameters():
                    if parameter_name in initial:
                        parameter.copy_(initial[parameter_name])
            if name == "ours":
                trainer: Trainer = build_trainer(
                    model, processor, dataset, counter, arguments(config, Path(scratch) / "ours", False)
                )
            else:
                trainer = Trainer(
                    model=model,
                    args=arguments(config.with_(group_by_length=False), Path(scratch) / "plain", False),
                    train_dataset=[records[index] for index in fitting],
                    data_collator=counter,
                )
                trainer.remove_callback(PrinterCallback)
            counter.real = counter.padded = 0
            with PeakMemory(trim) as memory:
                started = time.perf_counter()
                trainer.train()
                seconds = time.perf_counter() - started
            results[name] = {
                "seconds": seconds,
                "tokens_per_s": counter.real / seconds,
                "padding_share": 1 - counter.real / max(counter.padded, 1),
                "peak_memory_gib": memory.bytes / 2**30,
            }
            del trainer
            if cuda:
                torch.cuda.empty_cache()

    where = torch.cuda.get_device_name() if cuda else "CPU, 1 thread"
    print(
        f"{'tiny' if args.tiny else 'LLaVA-1.5-7B'}-shaped LLaVA, random weights, LoRA r={config.lora.r}, "
        f"{'bf16' if bf16 else 'fp32'}, gradient checkpointing; {where}; {len(fitting)} of {len(records)} records "
        f"fit {config.max_length} tokens; {args.steps} steps of batch {config.batch_size}"
    )
    print(f"{'loop':<18}{'tokens/s':>10}{'padding':>10}{'peak GiB':>10}{'seconds':>9}")
    for name, figures in results.items():
        print(
            f"{name:<18}{figures['tokens_per_s']:>10.0f}{figures['padding_share']:>10.1%}"
            f"{figures['peak_memory_gib']:>10.2f}{figures['seconds']:>9.2f}"
        )
    ours, plain = results["ours"], results["plain HF Trainer"]
    print(
        f"ratio ours/plain: tokens/s x{ours['tokens_per_s'] / plain['tokens_per_s']:.2f}, "
        f"peak memory x{ours['peak_memory_gib'] / max(plain['peak_memory_gib'], 1e-9):.2f}"
    )
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
