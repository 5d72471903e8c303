"""A byte-level BPE tokenizer trained at run time, for the embedded tiny model.

The embedded model must train with no download, so it cannot borrow Llama's tokenizer.
A byte-level BPE learnt from the training text, rendered with the template as the model
reads it (:func:`safellava.training.dataset.corpus`), covers
every input byte, so nothing maps to ``<unk>``, and a small vocabulary keeps the embedding
matrix (most of a tiny model's parameters) small. Training is deterministic for the same
text, so every process of a multi-GPU run builds the same vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, processors, trainers
from transformers import PreTrainedTokenizerFast

from safellava.records import IMAGE_TOKEN

BOS, EOS, UNK, PAD = "<s>", "</s>", "<unk>", "<pad>"
SPECIAL_TOKENS = [UNK, BOS, EOS, PAD, IMAGE_TOKEN]


def train_tokenizer(texts: Iterable[str], vocab_size: int, whole_words: Sequence[str] = ()) -> PreTrainedTokenizerFast:
    """Learn a BPE vocabulary of at most ``vocab_size`` tokens; BOS is prepended on encode.

    ``whole_words`` (phrases too) each become one token where they stand as a whole word, on
    top of the learnt vocabulary, so that a model can give them embeddings of their own
    (:mod:`safellava.training.attribute_prior`). A word the BPE has already learnt as a
    piece ("age" of "image") keeps that id, as in any subword vocabulary.
    """
    tokenizer = Tokenizer(models.BPE(unk_token=UNK))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(texts, trainer)
    bos_id = tokenizer.token_to_id(BOS)
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{BOS} $A", pair=f"{BOS} $A {BOS} $B", special_tokens=[(BOS, bos_id)]
    )
    tokenizer.add_tokens([AddedToken(word, single_word=True, normalized=False) for word in whole_words])
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token=BOS,
        eos_token=EOS,
        unk_token=UNK,
        pad_token=PAD,
        extra_special_tokens={"image_token": IMAGE_TOKEN},
        padding_side="right",
    )
