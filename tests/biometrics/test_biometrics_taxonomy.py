"""The taxonomy is data: it loads, merges overrides and rejects malformed rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safellava.biometrics import ATTRIBUTES, DEFAULT_SPEC, Detector, load_taxonomy, load_taxonomy_file


def test_attributes_are_the_papers_five() -> None:
    assert ATTRIBUTES == ("age", "gender", "race", "eye_color", "weight")


def test_every_rule_has_known_attributes_and_anchor_words() -> None:
    taxonomy = load_taxonomy()
    for rule in taxonomy.rules:
        assert set(rule.attributes) <= set(ATTRIBUTES)
        assert rule.anchors, rule.note  # keeps the detector fast


def test_overrides_append_rules() -> None:
    override = {"rules": [{"attributes": ["weight"], "terms": {"rotund": ""}}]}
    detector = Detector(load_taxonomy(overrides=override))
    assert detector.attributes("a rotund fellow") == {"weight"}
    assert Detector().attributes("a rotund fellow") == set()


def test_override_file(tmp_path: Path) -> None:
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({"rules": [{"attributes": ["age"], "terms": {"codger": "person"}}]}))
    assert Detector(load_taxonomy_file(path)).attributes("an old codger") == {"age"}


@pytest.mark.parametrize(
    "rule",
    [
        {"attributes": ["height"], "terms": {"tall": ""}},
        {"attributes": ["age"]},
        {"attributes": ["age"], "pattern": "("},
        {"attributes": ["age"], "pattern": r"\b{nosuchvocab}\b"},
    ],
)
def test_malformed_rules_are_rejected(rule: dict) -> None:
    with pytest.raises((ValueError, KeyError)):
        load_taxonomy({**DEFAULT_SPEC, "rules": [rule]})
