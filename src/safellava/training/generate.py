"""Answering a question with a trained model directory (the train stage's output).

The prompt is the same LLaVA v1.5 template the model was trained on and the image is
squared the same way, so what the model sees at evaluation matches what it learnt from.
"""

from __future__ import annotations

from pathlib import Path

import torch
from transformers import AutoProcessor, LlavaForConditionalGeneration, LlavaProcessor

from safellava.training.images import ImageLoader
from safellava.training.template import prompt


def load(model_dir: str | Path) -> tuple[LlavaForConditionalGeneration, LlavaProcessor]:
    """Load a saved model and processor for inference (eval mode)."""
    model = LlavaForConditionalGeneration.from_pretrained(str(model_dir))
    model.eval()
    return model, AutoProcessor.from_pretrained(str(model_dir))


def answer(
    model: LlavaForConditionalGeneration,
    processor: LlavaProcessor,
    question: str,
    image: Path | None = None,
    max_new_tokens: int = 64,
    aspect_ratio: str = "pad",
) -> str:
    """Greedy answer to one question, about ``image`` when given."""
    text = prompt(question, with_image=image is not None)
    if image is None:
        inputs = processor.tokenizer(text, return_tensors="pt")
    else:
        picture = ImageLoader(processor.image_processor, aspect_ratio).open(image)
        inputs = processor(images=picture, text=text, return_tensors="pt")
    inputs = inputs.to(model.device)
    with torch.no_grad():
        output = model.generate(**inputs, max_new_tokens=max_new_tokens, do_sample=False)
    return processor.tokenizer.decode(output[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True).strip()
