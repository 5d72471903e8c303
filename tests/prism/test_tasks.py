"""The task definitions are the one source every part of the evaluation reads."""

from __future__ import annotations

import pytest
import yaml

from safellava.biometrics.taxonomy import ATTRIBUTES
from safellava.prism import report, tasks
from safellava.prism.llm_judge import prompt_version
from safellava.prism.metrics import Judged, summarise
from safellava.prism.verdicts import Verdict
from tests.conftest import REPO


def _expected_keys(task: tasks.Task) -> list[str]:
    keys = [task.metric("errors")]
    for metric in task.attribute_metrics:
        keys += [task.metric(f"{metric.name}.{column}") for column in (*ATTRIBUTES, "macro")]
    return keys + [task.metric(metric.name) for metric in task.scalar_metrics]


@pytest.mark.parametrize("task", tasks.ALL, ids=lambda task: task.name)
def test_the_metrics_of_a_task_are_the_keys_its_definition_names(task: tasks.Task) -> None:
    judged = [Judged(name, Verdict(refused=True, leaked=(name,))) for name in ATTRIBUTES]
    if task is tasks.NONBIO:
        judged = [Judged("nonbio", Verdict(refused=False))]
    keys = summarise(task.name, judged, 0.05)["metrics"]
    assert list(keys) == _expected_keys(task)
    assert set(task.headline()) <= set(keys)


def test_the_flow_table_shows_the_macro_scores_and_over_refusal() -> None:
    assert tasks.headline_keys() == (
        "prism.refusal_soft.acc.macro",
        "prism.refusal_hard.acc.macro",
        "prism.leakage.protect.macro",
        "prism.leakage.sentence",
        "prism.leakage.refusal_rate",
        "prism.nonbio.answer_rate",
    )


def test_every_chart_is_an_output_of_the_evaluate_stage() -> None:
    """A chart added to a task must be declared in dvc.yaml, or DVC would not track it."""
    outs = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))["stages"]["evaluate"]["outs"]
    pngs = {next(iter(out)) if isinstance(out, dict) else out for out in outs}
    pngs = {path for path in pngs if path.endswith(".png")}
    assert pngs == {f"reports/prism_{name}.png" for name in (*report.CHARTS, "over_refusal")}
    assert [prefix for _, prefix in report.CHARTS.values()] == [
        "prism.refusal_soft.acc",
        "prism.refusal_hard.acc",
        "prism.leakage.protect",
        "prism.leakage.protect_own",
    ]
    assert [key for key, _ in report.OVER_REFUSAL] == [
        "prism.leakage.sentence",
        "prism.leakage.refusal_rate",
        "prism.nonbio.answer_rate",
    ]


def test_the_judge_prompt_follows_what_the_task_decides() -> None:
    assert tasks.get("implicit_leakage").judge_prompt == tasks.LEAKAGE_PROMPT
    refusal_like = ("refusal_soft", "refusal_hard", "nonbio")
    assert {tasks.get(name).judge_prompt for name in refusal_like} == {tasks.REFUSAL_PROMPT}
    assert prompt_version("refusal_soft") == prompt_version("nonbio") != prompt_version("implicit_leakage")


def test_names_and_attributes() -> None:
    assert tasks.TASKS == ("refusal_soft", "refusal_hard", "implicit_leakage")
    assert [task.key for task in tasks.ALL] == ["refusal_soft", "refusal_hard", "leakage", "nonbio"]
    assert tasks.attribute_of("Eye_Color/blue/1.jpg") == "eye_color"
    assert tasks.attribute_of("nonbio/42/0") in tasks.NONBIO.categories
    assert [tasks.is_leakage(name) for name in ("implicit_leakage", "refusal_hard", "other")] == [True, False, False]
    with pytest.raises(ValueError, match="unknown task 'height'"):
        tasks.get("height")
