"""Turning a record's image (or its absence) into pixel values, as LLaVA v1.5 does.

LLaVA v1.5 pads each image to a square filled with the processor's mean colour before the
CLIP resize (``image_aspect_ratio=pad``), so nothing at the edges is cropped away; ``crop``
keeps the processor's own resize + centre crop. A missing image is either skipped or
replaced by a placeholder: an image of the mean colour, which after normalisation is all
zeros, so it carries no content the model could learn to describe.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from PIL import Image


class ImageLoader:
    """Load, square and normalise images with the model's own image processor."""

    def __init__(self, image_processor: Any, aspect_ratio: str = "pad") -> None:
        self.image_processor = image_processor
        self.aspect_ratio = aspect_ratio
        self.fill = tuple(int(round(channel * 255)) for channel in image_processor.image_mean)

    def pixels(self, path: Path | None) -> torch.Tensor:
        """``(3, H, W)`` pixel values of the file at ``path``, or of the placeholder if None."""
        image = self.placeholder() if path is None else self.open(path)
        return self.image_processor(images=image, return_tensors="pt")["pixel_values"][0]

    def placeholder(self) -> Image.Image:
        return Image.new("RGB", (64, 64), self.fill)

    def open(self, path: Path) -> Image.Image:
        """The image as the model saw it in training (squared when ``aspect_ratio`` is pad)."""
        with Image.open(path) as opened:
            image = opened.convert("RGB")
        if self.aspect_ratio == "pad":
            image = _pad_to_square(image, self.fill)
        return image


def _pad_to_square(image: Image.Image, fill: tuple[int, ...]) -> Image.Image:
    """LLaVA's ``expand2square``: centre the image on a square canvas of the fill colour."""
    width, height = image.size
    if width == height:
        return image
    side = max(width, height)
    canvas = Image.new(image.mode, (side, side), fill)
    canvas.paste(image, ((side - width) // 2, (side - height) // 2))
    return canvas
