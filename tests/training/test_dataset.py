"""Reading training records: counts per outcome, missing-image policy, both input forms."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import torch

from safellava.ingest import IngestConfig
from safellava.ingest import run as ingest
from safellava.training.dataset import (
    IGNORE_INDEX,
    Collator,
    Counts,
    TrainingSet,
    candidates,
    dataset_version,
    tokenize,
)
from safellava.training.images import ImageLoader
from safellava.training.model_factory import tiny
from safellava.training.template import render

from .conftest import IMAGES, TINY


def test_missing_images_are_counted_under_both_policies(training_file: Path) -> None:
    placeholder, skip = Counts(), Counts()
    with_placeholder = list(candidates(training_file, IMAGES, "placeholder", placeholder))
    skipped = list(candidates(training_file, IMAGES, "skip", skip))
    for counts in (placeholder, skip):
        assert (counts.input, counts.invalid, counts.text_only, counts.with_image, counts.missing_image) == (
            21,
            1,
            2,
            18,
            4,
        )
    assert (placeholder.missing_image_placeholder, placeholder.missing_image_skipped) == (4, 0)
    assert (skip.missing_image_placeholder, skip.missing_image_skipped) == (0, 4)
    assert len(with_placeholder) == 20 and len(skipped) == 16
    assert sum(candidate.placeholder for candidate in with_placeholder) == 4
    assert sum(candidate.image is None and not candidate.placeholder for candidate in skipped) == 2


def test_jsonl_file_and_ingest_directory_give_the_same_records(tmp_path: Path, training_records: list[dict]) -> None:
    valid = training_records[:-1]
    array = tmp_path / "records.json"
    array.write_text(json.dumps(valid), encoding="utf-8")
    lines = tmp_path / "records.jsonl"
    lines.write_text("".join(json.dumps(record) + "\n" for record in valid), encoding="utf-8")
    ingest(IngestConfig(inputs=(str(array),), output=str(tmp_path / "ingested")), progress=False)
    seen = [
        [candidate.conversations for candidate in candidates(path, IMAGES, "skip", Counts())]
        for path in (array, lines, tmp_path / "ingested")
    ]
    assert seen[0] == seen[1] == seen[2] and len(seen[0]) == 16


def test_dataset_version_hashes_the_bytes_and_reads_dvc_lock(tmp_path: Path, training_file: Path) -> None:
    lock = tmp_path / "dvc.lock"
    lock.write_text(
        "schema: '2.0'\nstages:\n  clean:\n    outs:\n"
        f"    - path: {training_file.parent.as_posix()}\n      md5: dir123.dir\n"
        f"    - path: {training_file.as_posix()}\n      md5: abc123\n"
        f"    - path: {training_file.as_posix()}.bak\n      md5: other\n",
        encoding="utf-8",
    )
    version = dataset_version(training_file, lock)
    assert version.sha256 == hashlib.sha256(training_file.read_bytes()).hexdigest()
    assert version.dvc_md5 == "abc123"  # the file itself beats the directory holding it
    assert dataset_version(training_file, tmp_path / "absent.lock").dvc_md5 is None
    inside = training_file.parent / "data.json"
    inside.write_text("[]", encoding="utf-8")
    assert dataset_version(inside, lock).dvc_md5 == "dir123.dir"


def test_truncation_keeps_what_can_be_trained_and_drops_the_rest(tmp_path: Path) -> None:
    record = {
        "id": "1",
        "image": "000000000009.jpg",
        "conversations": [
            {"from": "human", "value": "<image>\nWhat is on the plate?"},
            {"from": "gpt", "value": "Broccoli and bread."},
        ],
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    _, processor = tiny(TINY, ["a b c"])
    tokenizer = processor.tokenizer
    ids = tokenizer(render(record["conversations"], tokenizer.eos_token).text)["input_ids"]
    full = len(ids) + 15  # 16 image tokens replace one <image>
    image_end = ids.index(tokenizer.convert_tokens_to_ids("<image>")) + 16
    outcomes = {}
    for max_length in (full, full - 1, image_end + 1, image_end - 1):
        counts = Counts()
        examples = tokenize(candidates(path, IMAGES, "skip", counts), tokenizer, 16, max_length, counts)
        outcomes[max_length] = (counts.used, counts.truncated, counts.too_long)
        assert all(example.length <= max_length for example in examples)
    assert outcomes == {
        full: (1, 0, 0),  # fits
        full - 1: (1, 1, 0),  # loses its final </s>, still has targets
        image_end + 1: (0, 1, 1),  # image kept, but no reply token left
        image_end - 1: (0, 1, 1),  # would cut the image tokens
    }


def test_a_batch_mixing_text_only_and_image_records_runs_through_the_model(training_file: Path) -> None:
    model, processor = tiny(TINY, ["What is on the plate? Broccoli."])
    tokenizer = processor.tokenizer
    examples = tokenize(candidates(training_file, IMAGES, "skip", Counts()), tokenizer, 16, 4096, Counts())
    text_only = next(index for index, example in enumerate(examples) if example.image is None)
    dataset = TrainingSet(
        examples, tokenizer.convert_tokens_to_ids("<image>"), 16, ImageLoader(processor.image_processor)
    )
    batch = Collator(tokenizer.pad_token_id, pad_to_multiple_of=8)([dataset[0], dataset[text_only], dataset[1]])
    assert batch["pixel_values"].shape[0] == 2  # one image per example that has one
    assert batch["input_ids"].shape[1] % 8 == 0
    assert (batch["labels"][batch["attention_mask"] == 0] == IGNORE_INDEX).all()
    loss = model(**batch).loss
    assert torch.isfinite(loss)


def test_split_cuts_a_long_conversation_at_turn_boundaries_and_loses_no_reply(tmp_path: Path) -> None:
    pairs = [
        ("What is on the plate?", "Broccoli and bread."),
        ("What color is the table?", "The table is brown and wooden."),
        ("Is the man's age visible?", "I'm sorry, but I cannot provide information related to biometric attributes."),
    ]
    conversations = []
    for question, answer in pairs:
        conversations += [{"from": "human", "value": question}, {"from": "gpt", "value": answer}]
    conversations[0]["value"] = "<image>\n" + conversations[0]["value"]
    path = tmp_path / "long.json"
    path.write_text(json.dumps([{"id": "1", "image": "000000000009.jpg", "conversations": conversations}]))
    _, processor = tiny(TINY, [render(conversations, "").text])
    tokenizer = processor.tokenizer
    image_id = tokenizer.convert_tokens_to_ids("<image>")

    def length(turns: list[dict]) -> int:
        return len(tokenizer(render(turns, tokenizer.eos_token).text)["input_ids"]) + 15

    third = [{"from": "human", "value": "<image>\n" + pairs[2][0]}, conversations[5]]
    max_length = max(length(conversations[:4]), length(third))  # two windows fit, one does not
    assert length(conversations) > max_length

    truncated = Counts()
    [cut] = tokenize(candidates(path, IMAGES, "skip", truncated), tokenizer, 16, max_length, truncated)
    assert (truncated.used, truncated.truncated, truncated.split) == (1, 1, 0)

    counts = Counts()
    windows = tokenize(candidates(path, IMAGES, "skip", counts), tokenizer, 16, max_length, counts, "split")
    assert (counts.input, counts.used, counts.split, counts.truncated, counts.too_long) == (1, 2, 1, 0, 0)
    assert counts.input + counts.split == counts.used + counts.too_long + counts.invalid
    texts = [tokenizer.decode(example.ids[example.targets]) for example in windows]
    assert "Broccoli" in texts[0] and "brown" in texts[0] and "biometric" in texts[1]
    assert "biometric" not in tokenizer.decode(cut.ids[cut.targets])  # what truncation loses
    for example in windows:  # every window sees the image first, then its question
        assert (example.ids == image_id).sum() == 1 and example.length <= max_length
        assert example.image == IMAGES / "000000000009.jpg"
    second = tokenizer.decode(windows[1].ids)
    assert "<image>" in second and second.index("<image>") < second.index("Is the")


def test_split_is_rejected_under_an_unknown_name(training_file: Path) -> None:
    _, processor = tiny(TINY, ["a b c"])
    with pytest.raises(ValueError, match="long_conversations"):
        tokenize(iter([]), processor.tokenizer, 16, 64, Counts(), "window")
