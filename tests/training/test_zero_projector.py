"""The tiny model's zero-started projector: image-feature directions never trained on pass nothing."""

from __future__ import annotations

import torch
from PIL import Image

from safellava.training.config import TinyModel
from safellava.training.images import ImageLoader
from safellava.training.model_factory import tiny

CORPUS = ["USER: What is on the table? ASSISTANT: A red apple and a cup of tea."] * 20


def _projector_inputs(model: torch.nn.Module, pixels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The vision features that enter the projector and what the projector makes of them."""
    seen: list[torch.Tensor] = []
    hook = model.model.multi_modal_projector.register_forward_hook(lambda _m, args, _o: seen.append(args[0]))
    try:
        output = model.model.get_image_features(pixel_values=pixels, vision_feature_layer=-2)
    finally:
        hook.remove()
    projected = getattr(output, "pooler_output", output)
    projected = projected[0] if isinstance(projected, (list, tuple)) else projected
    return seen[0].reshape(-1, seen[0].shape[-1]), projected.reshape(-1, projected.shape[-1])


def _train_on_placeholder(zero: bool) -> tuple[torch.nn.Module, torch.Tensor, torch.Tensor]:
    """A few projector steps on the placeholder image only, as the demo trains; then a real image."""
    torch.manual_seed(0)
    model, processor = tiny(TinyModel(vocab_size=300, zero_projector=zero), CORPUS)
    images = ImageLoader(processor.image_processor)
    placeholder = images.pixels(None).unsqueeze(0)
    real = Image.new("RGB", (64, 64))
    real.paste((200, 30, 30), (0, 0, 32, 64))  # half red, half black: far from the mean colour
    real_pixels = images.image_processor(images=real, return_tensors="pt")["pixel_values"]
    projector = model.model.multi_modal_projector
    optimiser = torch.optim.SGD(projector.parameters(), lr=0.05)
    target = torch.randn_like(_projector_inputs(model, placeholder)[1]).detach()
    for _ in range(20):
        optimiser.zero_grad()
        _, projected = _projector_inputs(model, placeholder)
        torch.nn.functional.mse_loss(projected, target).backward()
        optimiser.step()
    return model, placeholder, real_pixels


def test_the_first_layer_starts_at_zero_so_every_image_starts_alike() -> None:
    torch.manual_seed(0)
    model, _ = tiny(TinyModel(vocab_size=300, zero_projector=True), CORPUS)
    assert not model.model.multi_modal_projector.linear_1.weight.any()
    torch.manual_seed(0)
    default, _ = tiny(TinyModel(vocab_size=300), CORPUS)
    assert default.model.multi_modal_projector.linear_1.weight.abs().sum() > 0


def test_directions_the_placeholder_never_spans_pass_nothing() -> None:
    """The first layer's weights move only within the span of the features trained on."""
    for zero in (True, False):
        model, placeholder, real = _train_on_placeholder(zero)
        with torch.no_grad():
            trained_on, _ = _projector_inputs(model, placeholder)
            test_features, _ = _projector_inputs(model, real)
            basis = torch.linalg.svd(trained_on, full_matrices=False).Vh  # rows span the trained features
            outside = test_features - test_features @ basis.T @ basis
            weight = model.model.multi_modal_projector.linear_1.weight
            leaked = (outside @ weight.T).norm() / (test_features @ weight.T).norm()
        assert outside.norm() > 0.1 * test_features.norm()  # the real image does leave the span
        if zero:
            assert leaked < 1e-4
        else:
            assert leaked > 0.05
