"""Tiny random-weight vision-language checkpoints of several families, built offline.

Each builder makes a model from a config (a few thousand parameters), a byte-level BPE
tokenizer learnt from a handful of PRISM strings plus the family's special tokens, the
family's image processor and processor with a chat template in the family's own format,
and saves them to a folder the way a hub checkpoint is laid out. Loading that folder with
``AutoModelForImageTextToText`` / ``AutoProcessor`` is then exactly what the ``hf`` backend
does with a real Gemma 3, Idefics3/SmolVLM or LLaVA-hf checkpoint, minus the download.

(Qwen2-VL is left out: its processor needs a video processor, which needs torchvision,
which this project does not install.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import PreTrainedTokenizerFast

CORPUS = (
    "What is the age of the person in the picture?",
    "Describe everyone in the picture in as much detail as possible.",
    "I'm sorry, I cannot help with that.",
    "A person is walking in the park.",
    "user model assistant",
)


def tokenizer(special: list[str], extra: dict[str, str], eos: str, bos: str | None = None) -> PreTrainedTokenizerFast:
    """A byte-level BPE over ``CORPUS`` whose special tokens are the family's own."""
    model = Tokenizer(models.BPE(unk_token="<unk>"))
    model.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    model.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=350,
        special_tokens=["<unk>", "<pad>", *special],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    model.train_from_iterator(CORPUS, trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=model,
        unk_token="<unk>",
        pad_token="<pad>",
        eos_token=eos,
        bos_token=bos,
        extra_special_tokens=extra,
    )


GEMMA_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}<start_of_turn>{{ 'model' if message['role'] == 'assistant' else "
    "message['role'] }}\n"
    "{% for item in message['content'] %}{% if item['type'] == 'image' %}<start_of_image>{% elif item['type'] == "
    "'text' %}"
    "{{ item['text'] }}{% endif %}{% endfor %}<end_of_turn>\n{% endfor %}{% if add_generation_prompt "
    "%}<start_of_turn>model\n{% endif %}"
)


def gemma3(directory: Path) -> Path:
    """Gemma 3: SigLIP tower, average-pooled to ``mm_tokens_per_image``, Gemma 3 text model."""
    from transformers import Gemma3Config, Gemma3ForConditionalGeneration, Gemma3Processor
    from transformers.models.gemma3.image_processing_pil_gemma3 import Gemma3ImageProcessorPil

    special = [
        "<bos>",
        "<eos>",
        "<start_of_turn>",
        "<end_of_turn>",
        "<start_of_image>",
        "<end_of_image>",
        "<image_soft_token>",
    ]
    tok = tokenizer(
        special,
        {"boi_token": "<start_of_image>", "eoi_token": "<end_of_image>", "image_token": "<image_soft_token>"},
        eos="<end_of_turn>",
        bos="<bos>",
    )
    ids = {name: tok.convert_tokens_to_ids(name) for name in special}
    config = Gemma3Config(
        text_config={
            "vocab_size": len(tok),
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 2,
            "num_attention_heads": 2,
            "num_key_value_heads": 1,
            "head_dim": 16,
            "sliding_window": 64,
            "max_position_embeddings": 512,
            "pad_token_id": tok.pad_token_id,
            "eos_token_id": ids["<end_of_turn>"],
            "bos_token_id": ids["<bos>"],
        },
        vision_config={
            "hidden_size": 16,
            "intermediate_size": 32,
            "num_hidden_layers": 1,
            "num_attention_heads": 2,
            "image_size": 32,
            "patch_size": 8,
        },
        mm_tokens_per_image=4,
        boi_token_index=ids["<start_of_image>"],
        eoi_token_index=ids["<end_of_image>"],
        image_token_index=ids["<image_soft_token>"],
    )
    image_processor = Gemma3ImageProcessorPil(size={"height": 32, "width": 32})
    processor = Gemma3Processor(
        image_processor=image_processor, tokenizer=tok, chat_template=GEMMA_TEMPLATE, image_seq_length=4
    )
    return _save(directory, Gemma3ForConditionalGeneration(config), processor)


IDEFICS_TEMPLATE = (
    "<|im_start|>{% for message in messages %}{{ message['role'] | capitalize }}:{% for item in message['content'] %}"
    "{% if item['type'] == 'image' %}<image>{% elif item['type'] == 'text' %} {{ item['text'] }}{% endif %}{% endfor %}"
    "<end_of_utterance>\n{% endfor %}{% if add_generation_prompt %}Assistant:{% endif %}"
)


def idefics3(directory: Path) -> Path:
    """Idefics3 / SmolVLM: SigLIP-style tower, pixel-shuffle connector, Llama text model."""
    from transformers import Idefics3Config, Idefics3ForConditionalGeneration, Idefics3Processor
    from transformers.models.idefics3.image_processing_pil_idefics3 import Idefics3ImageProcessorPil

    special = ["<|im_start|>", "<end_of_utterance>", "<fake_token_around_image>", "<image>", "<global-img>"]
    tok = tokenizer(special, {}, eos="<end_of_utterance>", bos="<|im_start|>")
    config = Idefics3Config(
        text_config={
            "model_type": "llama",
            "vocab_size": len(tok),
            "hidden_size": 32,
            "intermediate_size": 64,
            "num_hidden_layers": 1,
            "num_attention_heads": 2,
            "num_key_value_heads": 2,
            "max_position_embeddings": 512,
            "pad_token_id": tok.pad_token_id,
            "eos_token_id": tok.eos_token_id,
            "bos_token_id": tok.bos_token_id,
        },
        vision_config={
            "hidden_size": 16,
            "intermediate_size": 32,
            "num_hidden_layers": 1,
            "num_attention_heads": 2,
            "image_size": 32,
            "patch_size": 8,
        },
        scale_factor=2,
        image_token_id=tok.convert_tokens_to_ids("<image>"),
        pad_token_id=tok.pad_token_id,
    )
    image_processor = Idefics3ImageProcessorPil(
        do_image_splitting=False, size={"longest_edge": 32}, max_image_size={"longest_edge": 32}
    )
    processor = Idefics3Processor(
        image_processor=image_processor, tokenizer=tok, image_seq_len=4, chat_template=IDEFICS_TEMPLATE
    )
    return _save(directory, Idefics3ForConditionalGeneration(config), processor)


LLAVA_HF_TEMPLATE = (
    "{% for message in messages %}{{ message['role'] | upper }}: {% for item in message['content'] %}"
    "{% if item['type'] == 'image' %}<image>\n{% elif item['type'] == 'text' %}{{ item['text'] }}{% endif %}{% endfor "
    "%} "
    "{% endfor %}{% if add_generation_prompt %}ASSISTANT:{% endif %}"
)


def llava_hf(directory: Path) -> Path:
    """A llava-hf style checkpoint: the tiny LLaVA of the training stage with its hub chat template.

    Unlike a model this pipeline trained, it has no ``training_summary.json``, so the
    backend prompts it with the template its processor carries.
    """
    from safellava.training.config import TinyModel
    from safellava.training.model_factory import tiny

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
    model, processor = tiny(dims, CORPUS)
    processor.chat_template = LLAVA_HF_TEMPLATE
    return _save(directory, model, processor)


FAMILIES: dict[str, Callable[[Path], Path]] = {"gemma3": gemma3, "idefics3": idefics3, "llava_hf": llava_hf}


def build(family: str, directory: Path) -> Path:
    """Save a tiny checkpoint of ``family`` into ``directory``, with seeded weights."""
    torch.manual_seed(0)
    return FAMILIES[family](directory)


def _save(directory: Path, model: torch.nn.Module, processor: object) -> Path:
    model.save_pretrained(str(directory))
    processor.save_pretrained(str(directory))  # type: ignore[attr-defined]
    return directory
