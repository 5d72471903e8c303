"""The tiny model's synonym prior: attribute-naming words are whole tokens that start alike."""

from __future__ import annotations

import torch

from safellava.training.attribute_prior import attribute_words
from safellava.training.config import TinyModel
from safellava.training.model_factory import tiny

CORPUS = [
    "USER: What is the ethnicity of the man? ASSISTANT: I cannot determine that.",
    "USER: Who wins the horse race? ASSISTANT: The brown horse. They embrace after the race.",
    "USER: What is the body type of the woman? ASSISTANT: She carries a heavy bag of a large weight.",
] * 20


def _cosine(embeddings: torch.Tensor, first: int, second: int) -> float:
    return float(torch.nn.functional.cosine_similarity(embeddings[first], embeddings[second], dim=0).detach())


def test_attribute_words_come_from_the_question_vocabulary() -> None:
    words = attribute_words()
    assert {"race", "ethnicity", "Ethnicity", "skin tone"} <= set(words["race"])
    assert {"weight", "body type", "Weight"} <= set(words["weight"])
    assert "eye color" in words["eye_color"] and "age" in words["age"] and "gender" in words["gender"]
    assert not set(words["race"]) & set(words["weight"])


def test_words_of_one_attribute_start_as_near_synonyms() -> None:
    torch.manual_seed(0)
    model, processor = tiny(TinyModel(vocab_size=300, attribute_prior=True), CORPUS)
    tokenizer = processor.tokenizer
    race, ethnicity, skin, weight, body = tokenizer.convert_tokens_to_ids(
        ["race", "ethnicity", "skin tone", "weight", "body type"]
    )
    embeddings = model.get_input_embeddings().weight
    assert _cosine(embeddings, race, ethnicity) > 0.95 and _cosine(embeddings, race, skin) > 0.95
    assert _cosine(embeddings, weight, body) > 0.95
    assert abs(_cosine(embeddings, race, weight)) < 0.5
    # one token per naming word or phrase, and the text reads back unchanged
    assert {"race", "eye color"} <= set(tokenizer.tokenize("What is the race and eye color of the person?"))
    text = "What is the eye color and body type of the person? The race track."
    assert tokenizer.decode(tokenizer(text)["input_ids"], skip_special_tokens=True) == text


def test_without_the_prior_the_words_are_not_tokens_of_their_own() -> None:
    torch.manual_seed(0)
    _, processor = tiny(TinyModel(vocab_size=300), CORPUS)
    assert "skin tone" not in processor.tokenizer.get_vocab()
    assert "ethnicity" not in processor.tokenizer.tokenize("What is the ethnicity of the person?")
