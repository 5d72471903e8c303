"""A synonym prior for the embedded tiny model: the words that name one attribute start alike.

A pretrained LLM knows that "race", "ethnicity" and "skin tone" name one property of a person,
and "weight", "build" and "body type" another; a model trained from random weights knows only
the words its data uses. LLaVA-Instruct asks for race as "ethnicity" and for weight as "body
type", so the tiny demo model learnt to refuse those wordings and not the others, which the
published Safe-LLaVA model (a pretrained LLM fine-tuned on the same kind of data) does refuse.

The prior stands in for that knowledge and nothing more: the nouns that name each attribute,
read from the detector's taxonomy (``questions.attribute_nouns``: the list the question
classifier uses, not any benchmark's prompts), become whole-word tokens of the tiny
tokenizer, and the embeddings of one attribute's words start from one shared random vector
(plus a little noise of their own) instead of independent ones. Training then moves them as
the data says. Both variants (safe and baseline) get it, so they still differ only in their
data; it changes nothing in a pretrained model (``train.base_model`` other than ``tiny``).
"""

from __future__ import annotations

import torch
from transformers import PreTrainedTokenizerBase

from safellava.biometrics.taxonomy import DEFAULT_SPEC

# How much of its own random vector each word keeps beside the attribute's shared one: enough
# to tell the words apart, little enough that they start as near-synonyms.
OWN_SHARE = 0.1


def attribute_words() -> dict[str, tuple[str, ...]]:
    """Per attribute, its naming nouns as written in text: lower case and sentence case."""
    nouns = DEFAULT_SPEC["questions"]["attribute_nouns"]
    return {
        attribute: tuple(dict.fromkeys(form for word in words for form in (word, word[0].upper() + word[1:])))
        for attribute, words in nouns.items()
    }


def share_embeddings(
    embeddings: torch.nn.Embedding, tokenizer: PreTrainedTokenizerBase, words: dict[str, tuple[str, ...]]
) -> None:
    """Start every word of an attribute from that attribute's shared vector (in place).

    The shared vector is the first word's own random row, so its scale is the model's
    initialiser's; each word keeps ``OWN_SHARE`` of its own row to break the tie.
    """
    with torch.no_grad():
        for attribute_words_ in words.values():
            ids = tokenizer.convert_tokens_to_ids(list(attribute_words_))
            shared = embeddings.weight[ids[0]].clone()
            for token_id in ids:
                embeddings.weight[token_id] = shared + OWN_SHARE * embeddings.weight[token_id]
