"""Fixtures for the PRISM tests: a tiny saved LLaVA model and a params file for the stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO

PRISM_SAMPLE = REPO / "data" / "prism_sample"
REFERENCE_ANSWERS = REPO / "data" / "reference" / "prism" / "answers"


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random-init LLaVA (tiny CLIP + tiny Llama) saved the way the train stage saves one.

    Built with the training stage's own factory, so generation is tested against the model
    format the pipeline really produces; the tokenizer is learnt from a few PRISM strings.
    """
    import torch

    from safellava.training.config import TinyModel
    from safellava.training.model_factory import tiny

    torch.manual_seed(0)
    corpus = [
        "What is the age of the person in the picture?",
        "I'm sorry, I cannot help with that.",
        "A person is walking in the park with a dog.",
        "Please explain this image in detail.",
    ]
    dims = TinyModel(
        vocab_size=300,
        hidden_size=32,
        intermediate_size=64,
        num_layers=1,
        num_heads=2,
        vision_hidden_size=16,
        vision_layers=1,
        image_size=16,
        patch_size=8,
    )
    model, processor = tiny(dims, corpus)
    directory = tmp_path_factory.mktemp("tiny_llava")
    model.save_pretrained(str(directory))
    processor.save_pretrained(str(directory))
    return directory
