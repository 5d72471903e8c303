"""A 124 KB answer turn is cleaned right, by the rules, the checks and the whole stage.

Such a turn took minutes once (a quadratic word diff); ``benchmarks/long_turn.py`` measures
that the cost is now linear in the length. These tests pin the result, not the time.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from safellava.biometrics.detector import default_detector
from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.cleaning import stage
from safellava.cleaning.checks import check_rewrite, similarity
from safellava.cleaning.rules import IMPLICIT, Settings, plan_record

from ..conftest import INSTRUCT_SAMPLE
from .long_turn import SPRINKLED, clean_answers, long_turn, record

SIZE = 124_000


@pytest.fixture(scope="module")
def turn() -> tuple[str, str]:
    return long_turn(clean_answers(INSTRUCT_SAMPLE), SIZE)


def test_the_rules_rewrite_each_sprinkled_sentence_and_nothing_else(turn: tuple[str, str]) -> None:
    before, expected = turn
    assert len(before) >= SIZE and sum(before.count(sentence) for sentence, _ in SPRINKLED) > 100
    plan = plan_record({**record(before), "key": "long:0"}, Settings())
    (edit,) = plan.edits
    assert (edit.rule, edit.attributes, plan.local_error) == (IMPLICIT, ["age", "gender"], None)  # "boy": both
    assert edit.after == expected
    assert not default_detector().attributes(edit.after)


def test_the_similarity_check_scores_the_long_rewrite(turn: tuple[str, str]) -> None:
    before, expected = turn
    mentions = default_detector().find(before)
    assert 0.99 < similarity(before, expected, mentions) < 1.0  # "person" and "they are" are new words
    assert check_rewrite(before, expected, default_detector(), ATTRIBUTES, 0.7, original_mentions=mentions) is None
    truncated = expected[: len(expected) // 2]
    assert "similarity" in (check_rewrite(before, truncated, default_detector(), ATTRIBUTES, 0.7) or "")


def test_the_stage_cleans_the_long_turn_and_reports_its_edits(turn: tuple[str, str], tmp_path: Path) -> None:
    before, expected = turn
    source = tmp_path / "long.json"
    source.write_text(json.dumps([record(before)]), encoding="utf-8")
    config = stage.CleanConfig(report=str(tmp_path / "clean.html"), cache=str(tmp_path / "cache.sqlite"))
    summary = stage.run(replace(config, input=str(source), output=str(tmp_path / "out")), progress=False)
    assert (summary["records_out"], summary["failed"], summary["turns_changed"]) == (1, 0, 1)
    (cleaned,) = json.loads((tmp_path / "out" / "cleaned.json").read_text(encoding="utf-8"))
    assert cleaned["conversations"][1]["value"] == expected
    report = (tmp_path / "clean.html").read_text(encoding="utf-8")
    assert report.count("<del>woman</del><ins>person</ins>") == before.count("A woman in a red coat")
