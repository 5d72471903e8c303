"""Every validation rule of a LLaVA record, on real sample records with planted defects."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from safellava.records import InvalidRecord, Reason, normalise, to_llava, validate

from .conftest import SAMPLE


def test_every_real_sample_record_is_valid(
    instruct_records: list[dict[str, Any]], pretrain_records: list[dict[str, Any]]
) -> None:
    for record in instruct_records + pretrain_records:
        assert validate(record) == record


def test_numeric_id_becomes_a_string(instruct_records: list[dict[str, Any]]) -> None:
    record = copy.deepcopy(instruct_records[0])
    record["id"] = 33471
    assert validate(record)["id"] == "33471"


def test_text_only_record_without_image_is_valid() -> None:
    record = {
        "id": "i6IyJda_0",
        "model": "",
        "conversations": [{"from": "human", "value": "Write a haiku."}, {"from": "gpt", "value": "Autumn moonlight"}],
    }
    assert validate(record) == record


def test_optional_model_and_unknown_keys_are_kept(instruct_records: list[dict[str, Any]]) -> None:
    record = {**copy.deepcopy(instruct_records[0]), "model": "gpt-4", "extra": [1]}
    assert validate(record)["model"] == "gpt-4" and validate(record)["extra"] == [1]


def _turns(record: dict[str, Any]) -> list[dict[str, Any]]:
    return record["conversations"]


def _drop(mapping: dict[str, Any], key: str) -> None:
    del mapping[key]


DEFECTS: dict[str, tuple[Callable[[dict[str, Any]], Any], Reason]] = {
    "array element is a string": (lambda r: "not a record", Reason.NOT_AN_OBJECT),
    "no id": (lambda r: _drop(r, "id"), Reason.MISSING_ID),
    "null id": (lambda r: r.update(id=None), Reason.MISSING_ID),
    "float id": (lambda r: r.update(id=1.5), Reason.INVALID_ID),
    "boolean id": (lambda r: r.update(id=True), Reason.INVALID_ID),
    "blank id": (lambda r: r.update(id="  "), Reason.INVALID_ID),
    "no conversations": (lambda r: _drop(r, "conversations"), Reason.MISSING_CONVERSATIONS),
    "conversations is a dict": (lambda r: r.update(conversations={"from": "human"}), Reason.INVALID_CONVERSATIONS),
    "empty conversations": (lambda r: r.update(conversations=[]), Reason.EMPTY_CONVERSATIONS),
    "turn is a string": (lambda r: _turns(r).__setitem__(1, "hello"), Reason.INVALID_TURN),
    "turn without value": (lambda r: _drop(_turns(r)[1], "value"), Reason.INVALID_TURN),
    "role 'assistant'": (lambda r: _turns(r)[1].update({"from": "assistant"}), Reason.INVALID_ROLE),
    "value is a list": (lambda r: _turns(r)[1].update(value=["a"]), Reason.INVALID_VALUE),
    "starts with gpt": (lambda r: _turns(r).reverse(), Reason.NOT_STARTING_WITH_HUMAN),
    "two human turns in a row": (lambda r: _turns(r)[1].update({"from": "human"}), Reason.NOT_ALTERNATING),
    "image is a list": (lambda r: r.update(image=["a.jpg"]), Reason.INVALID_IMAGE),
    "image is empty": (lambda r: r.update(image=""), Reason.INVALID_IMAGE),
    "image path with a NUL byte": (lambda r: r.update(image="coco/a.jpg\x00.png"), Reason.INVALID_IMAGE),
    "image path climbs out": (lambda r: r.update(image="../../../etc/passwd"), Reason.IMAGE_OUTSIDE_ROOT),
    "image path climbs out midway": (lambda r: r.update(image="coco/../../secret.jpg"), Reason.IMAGE_OUTSIDE_ROOT),
    "absolute image path": (lambda r: r.update(image="/etc/passwd"), Reason.IMAGE_OUTSIDE_ROOT),
    "image path on a drive": (lambda r: r.update(image="C:\\Windows\\win.ini"), Reason.IMAGE_OUTSIDE_ROOT),
    "no <image> token": (
        lambda r: _turns(r)[0].update(value=_turns(r)[0]["value"].replace("<image>", "")),
        Reason.IMAGE_TOKEN_COUNT,
    ),
    "two <image> tokens": (
        lambda r: _turns(r)[0].update(value=_turns(r)[0]["value"] + "<image>"),
        Reason.IMAGE_TOKEN_COUNT,
    ),
    "<image> in a later turn": (
        lambda r: (
            _turns(r)[0].update(value=_turns(r)[0]["value"].replace("<image>", "")),
            _turns(r)[2].update(value="<image>\n" + _turns(r)[2]["value"]),
        ),
        Reason.IMAGE_TOKEN_POSITION,
    ),
    "<image> without image": (lambda r: _drop(r, "image"), Reason.UNEXPECTED_IMAGE_TOKEN),
}


@pytest.mark.parametrize("defect", list(DEFECTS))
def test_planted_defect_is_rejected_with_its_reason(defect: str, instruct_records: list[dict[str, Any]]) -> None:
    plant, reason = DEFECTS[defect]
    record = copy.deepcopy(instruct_records[0])  # a real 6-turn conversation record
    replaced = plant(record)  # returns a whole new value, or None after editing in place
    target = record if replaced is None or isinstance(replaced, tuple) else replaced
    with pytest.raises(InvalidRecord) as caught:
        validate(target)
    assert caught.value.reason is reason


def test_missing_image_file_is_rejected_only_when_a_root_is_given(instruct_records: list[dict[str, Any]]) -> None:
    root = SAMPLE / "images" / "coco" / "train2017"
    shipped = next(r for r in instruct_records if (root / r["image"]).is_file())
    missing = next(r for r in instruct_records if not (root / r["image"]).is_file())
    assert validate(shipped, root) == shipped
    assert validate(missing) == missing
    with pytest.raises(InvalidRecord) as caught:
        validate(missing, root)
    assert caught.value.reason is Reason.IMAGE_NOT_FOUND


def test_image_paths_that_leave_the_root_are_rejected_even_when_the_file_exists(
    instruct_records: list[dict[str, Any]], tmp_path: Path
) -> None:
    """``/etc/passwd`` exists, so only the path rule stops a loader from reading it."""
    root = tmp_path / "images" / "coco"
    root.mkdir(parents=True)
    depth = len(root.resolve().parts) - 1
    for image in ("/etc/passwd", "../" * depth + "etc/passwd"):
        assert (root / image).is_file()
        record = {**copy.deepcopy(instruct_records[0]), "image": image}
        with pytest.raises(InvalidRecord) as caught:
            validate(record, root)
        assert caught.value.reason is Reason.IMAGE_OUTSIDE_ROOT
    inside = {**copy.deepcopy(instruct_records[0]), "image": "train2017/../train2017/x.jpg"}
    (root / "train2017").mkdir()
    (root / "train2017" / "x.jpg").write_bytes(b"")
    assert validate(inside, root)["image"] == "train2017/../train2017/x.jpg"


def test_normalised_record_round_trips_to_llava(instruct_records: list[dict[str, Any]]) -> None:
    record = instruct_records[3]
    normalised = normalise(record, "file.json", 3)
    assert normalised["key"] == "file.json:3"
    assert to_llava(normalised) == record


def test_reasons_are_all_exercised() -> None:
    """Guards the table above: a new Reason needs a test (file-level ones live in test_ingest)."""
    file_level = {Reason.INVALID_JSON, Reason.UNREADABLE_TAIL, Reason.IMAGE_NOT_FOUND, Reason.NOT_STORABLE}
    assert {reason for _, reason in DEFECTS.values()} | file_level == set(Reason)


def test_sample_folder_has_provenance_readme() -> None:
    assert "Origins and licences" in (SAMPLE / "README.md").read_text(encoding="utf-8")
    assert Path(SAMPLE / "images" / "coco" / "train2017").is_dir()
