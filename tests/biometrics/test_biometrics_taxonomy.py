"""The taxonomy is data: it loads, merges overrides and rejects malformed rules."""

from __future__ import annotations

import json
import re
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
    assert detector.attributes("a rotund person") == {"weight"}
    assert Detector().attributes("a rotund person") == set()


def test_a_phrase_anywhere_in_the_text_switches_a_rule_off() -> None:
    override = {"rules": [{"attributes": ["weight"], "terms": {"rotund": ""}, "unless_in_text": r"\bteapots?\b"}]}
    detector = Detector(load_taxonomy(overrides=override))
    assert detector.attributes("a rotund person") == {"weight"}
    assert detector.attributes("A rotund person collects teapots.") == set()


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


def test_a_spec_file_of_another_version_is_refused(tmp_path: Path) -> None:
    """A spec written for another format must not load with its rules silently missing."""
    from safellava.biometrics.taxonomy import SPEC_FILE, read_spec

    newer = tmp_path / "taxonomy.yaml"
    newer.write_text(
        SPEC_FILE.read_text(encoding="utf-8").replace("\nversion: 1\n", "\nversion: 2\n"), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="version 2"):
        read_spec(newer)
    unversioned = tmp_path / "old.yaml"
    unversioned.write_text("vocab: {}\nrules: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="version None"):
        read_spec(unversioned)


def test_the_lookbehinds_before_a_child_mirror_the_words_of_purpose() -> None:
    """``not_after_purpose`` must read every word of ``purpose_word`` behind 'a' (Python's
    lookbehinds need fixed widths, so the list is spelled out twice): a word added to one
    and not the other would make 'suitable for a child' a depicted child again."""
    vocab = load_taxonomy().spec["vocab"]
    words = set(vocab["purpose_word"].removeprefix("(?:").removesuffix(")").split("|"))
    mirrored = set(re.findall(r"\(\?<!\\b(\w+)\\sfor\\s\)", vocab["not_after_purpose"]))
    assert words and mirrored == words


def test_eye_makeup_is_a_thing_for_the_detector_and_for_questions() -> None:
    """One list of what 'eye' modifies serves both readers, so they cannot drift apart."""
    from safellava.biometrics.questions import requested_attributes

    for thing in ("makeup", "shadow", "patch", "drops", "lashes", "contacts"):
        assert requested_attributes(f"What color is the woman's eye {thing}?") == set()
        assert "eye_color" not in Detector().attributes(f"The eye {thing} is a deep blue color.")
    assert requested_attributes("What color is the woman's eye?") == {"eye_color"}
    assert "eye_color" in Detector().attributes("The eye is a deep blue color.")
