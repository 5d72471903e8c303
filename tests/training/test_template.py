"""The LLaVA v1.5 template: rendering, image-token placement and the exact label mask."""

from __future__ import annotations

import json

import numpy as np

from safellava.training.dataset import IGNORE_INDEX, Counts, TrainingSet, candidates, corpus, tokenize
from safellava.training.images import ImageLoader
from safellava.training.model_factory import tiny
from safellava.training.template import SYSTEM, prompt, render, target_mask

from .conftest import COCO8, IMAGES, TINY


def test_render_matches_llava_v1_5(instruct_records: list[dict]) -> None:
    record = instruct_records[0]  # 3 rounds of bus questions
    turns = record["conversations"]
    rendered = render(turns, "</s>")
    expected = (
        f"{SYSTEM} USER: {turns[0]['value']} ASSISTANT: {turns[1]['value']}</s>"
        f"USER: {turns[2]['value']} ASSISTANT: {turns[3]['value']}</s>"
        f"USER: {turns[4]['value']} ASSISTANT: {turns[5]['value']}</s>"
    )
    assert rendered.text == expected
    assert [rendered.text[start:end] for start, end in rendered.targets] == [
        turns[1]["value"] + "</s>",
        turns[3]["value"] + "</s>",
        turns[5]["value"] + "</s>",
    ]


def test_image_token_moves_to_the_front(pretrain_records: list[dict]) -> None:
    record = pretrain_records[0]  # "Render a clear and concise summary of the photo.\n<image>"
    text = render(record["conversations"], "</s>").text
    assert "USER: <image>\nRender a clear and concise summary of the photo. ASSISTANT: " in text
    assert prompt("What is this?", with_image=True).endswith("USER: <image>\nWhat is this? ASSISTANT:")


def test_target_mask_uses_the_token_end() -> None:
    # tokens: BOS, "USER:", " A" (space is separator, "A" is the reply), "B", "</s>", "X"
    offsets = [(0, 0), (0, 5), (5, 7), (7, 8), (8, 12), (12, 13)]
    assert target_mask(offsets, [(6, 12)]) == [False, False, True, True, True, False]


def test_labels_are_exactly_the_assistant_replies() -> None:
    records = json.loads(COCO8.read_text(encoding="utf-8"))
    record = next(item for item in records if len(item["conversations"]) >= 4)
    _, processor = tiny(TINY, (turn["value"] for item in records for turn in item["conversations"]))
    tokenizer = processor.tokenizer
    counts = Counts()
    path = COCO8
    [example, *_] = tokenize(
        (c for c in candidates(path, IMAGES, "skip", counts) if c.conversations == record["conversations"]),
        tokenizer,
        image_tokens=16,
        max_length=4096,
        counts=counts,
    )
    encoded = tokenizer(render(record["conversations"], tokenizer.eos_token).text, return_offsets_mapping=True)
    positions = np.flatnonzero(example.targets)
    # One contiguous run of target tokens per reply, each ending with </s>.
    runs = np.split(positions, np.flatnonzero(np.diff(positions) > 1) + 1)
    replies = [turn["value"] for turn in record["conversations"] if turn["from"] == "gpt"]
    assert len(runs) == len(replies)
    for run, reply in zip(runs, replies):
        assert example.ids[run[-1]] == tokenizer.eos_token_id
        assert tokenizer.decode(example.ids[run].tolist()).strip() == reply + "</s>"
        # everything before the run (at most a lone separator space after it) is the prompt
        assert tokenizer.decode(example.ids[: run[0]].tolist()).rstrip(" ").endswith("ASSISTANT:")
    assert list(example.ids) == encoded["input_ids"]
    assert not example.targets[0]  # BOS

    image_id = tokenizer.convert_tokens_to_ids("<image>")
    dataset = TrainingSet([example], image_id, 16, ImageLoader(processor.image_processor))
    item = dataset[0]
    expanded = item["input_ids"].numpy()
    assert (expanded == image_id).sum() == 16
    assert (item["labels"].numpy()[expanded == image_id] == IGNORE_INDEX).all()
    assert (item["labels"] != IGNORE_INDEX).sum() == example.targets.sum()
    assert tuple(item["pixel_values"].shape) == (3, 32, 32)


def test_corpus_skips_records_that_will_not_be_trained(training_file, training_records) -> None:
    with_placeholder = list(corpus(training_file, IMAGES, "placeholder"))
    skipped = list(corpus(training_file, IMAGES, "skip"))
    assert len(with_placeholder) > len(skipped) > 0
    assert not any("<image>" in text for text in with_placeholder)
