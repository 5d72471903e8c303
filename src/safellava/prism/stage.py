"""The evaluate stage: PRISM answers from each model, judged, scored, reported.

Inputs: the trained models (``models/safe``, ``models/baseline``), a PRISM root, the
published answers of reference models, the non-biometric questions. For every model the
stage writes answer files in the official format, then for every model × judge one details
file per task, and finally:

* ``<output>/metrics.json`` -- ``{model: {judge: {prism.* key: value}, "kappa": {...}}}``,
  the DVC metrics file, so ``dvc metrics diff`` compares models and commits directly;
* ``reports/prism_*.png`` and ``reports/prism.html``;
* (through :func:`track`) one MLflow run per model × judge with the same keys.

Reference answers (LLaVA-1.5-7B, Safe-LLaVA-0.5B as published by the authors) are scored
beside our models, so the demo shows the paper's effect on real answers even though the
tiny models trained on the sample cannot show it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safellava.prism import benchmark, report
from safellava.prism.answers import Answer, write_answers
from safellava.prism.judges import build_judge
from safellava.prism.metrics import NONBIO_TASK, Judged, agreement
from safellava.prism.scoring import score_file, write_details, write_summary

METRICS_FILE = "metrics.json"
SUMMARY_FILE = "summary.json"


@dataclass(frozen=True)
class ModelSpec:
    """A trained model directory and the registry name its training registered it under."""

    path: str
    registered_model: str | None = None


@dataclass(frozen=True)
class EvaluateConfig:
    """The ``evaluate`` section of ``params.yaml`` (see the comments there)."""

    prism_root: str = "data/prism_sample"
    tasks: tuple[str, ...] = benchmark.TASKS
    models: dict[str, ModelSpec] = field(default_factory=dict)
    reference_answers: dict[str, str] = field(default_factory=dict)
    nonbio: dict[str, Any] = field(default_factory=dict)
    batch_size: int = 8
    max_new_tokens: int = 48
    device: str = "auto"
    image_aspect_ratio: str = "pad"
    judges: tuple[str, ...] = ("local",)
    judge_settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_error_rate: float = 0.05
    judge_cache: str | None = ".cache/prism_judge.sqlite"
    output: str = "data/prism"
    report: str = "reports/prism.html"

    @classmethod
    def from_params(cls, values: Mapping[str, Any], image_aspect_ratio: str = "pad", **overrides: Any) -> EvaluateConfig:
        """Build from the params section; ``overrides`` (CLI options) win when not None.

        ``image_aspect_ratio`` comes from the ``train`` section: images must be squared the
        way the model saw them in training.
        """
        values = {**values, **{key: value for key, value in overrides.items() if value is not None}}
        generation = values.pop("generation", None) or {}
        models = values.pop("models", None) or {}
        unknown = set(values) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown evaluate params: {sorted(unknown)}")
        tasks = tuple(values.pop("tasks", benchmark.TASKS))
        judges = tuple(values.pop("judges", ("local",)))
        if set(tasks) - set(benchmark.TASKS):
            raise ValueError(f"evaluate.tasks: unknown {sorted(set(tasks) - set(benchmark.TASKS))}; expected some of {benchmark.TASKS}")
        return cls(
            **values, tasks=tasks, judges=judges,
            models={name: ModelSpec(**spec) for name, spec in models.items()},
            image_aspect_ratio=image_aspect_ratio, **generation,
        )


def run(config: EvaluateConfig, log: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Generate, judge, score and report; return the summary (also written as summary.json)."""
    output = Path(config.output)
    questions = {task: benchmark.load_questions(config.prism_root, task) for task in config.tasks}
    answer_files = _generate(config, questions, output / "answers", log)
    for name, directory in config.reference_answers.items():
        answer_files[name] = {"kind": "reference", "files": _reference_files(directory, config.tasks)}
    judges = [build_judge(name, config.judge_settings, config.judge_cache) for name in config.judges]
    metrics: dict[str, dict[str, Any]] = {}
    runs = []
    for model, entry in answer_files.items():
        judged_by: dict[str, dict[str, list[Judged]]] = {}
        metrics[model] = {}
        for judge in judges:
            keys: dict[str, float | None] = {}
            details = []
            for task, path in entry["files"].items():
                log(f"judging {model} {task} with {judge.name}")
                scored = score_file(path, task, judge, config.max_error_rate)
                detail_path = output / "details" / model / judge.name / f"{task}.jsonl"
                write_details(detail_path, scored.details)
                write_summary(detail_path.with_suffix(".summary.json"), scored.summary)
                details.append(str(detail_path))
                keys.update(scored.summary["metrics"])
                judged_by.setdefault(task, {})[judge.name] = scored.judged
            metrics[model][judge.name] = keys
            runs.append({"model": model, "judge": judge.name, "kind": entry["kind"], "artifacts": details})
        if len(judges) > 1:
            metrics[model]["kappa"] = {
                key: value for task, by_judge in judged_by.items() if task != NONBIO_TASK
                for key, value in agreement(task, by_judge).items()
            }
    data_version = benchmark.fingerprint(config.prism_root, config.tasks)
    write_summary(output / METRICS_FILE, metrics)
    primary = config.judges[0]
    figures = report.write_figures(Path(config.report).parent, {model: by_judge[primary] for model, by_judge in metrics.items()})
    report.write_page(
        Path(config.report), {judge: {model: by_judge[judge] for model, by_judge in metrics.items()} for judge in config.judges},
        {model: by_judge["kappa"] for model, by_judge in metrics.items() if "kappa" in by_judge},
        primary, config.prism_root, data_version, config.max_error_rate,
    )
    summary = {
        "data_version": data_version, "prism_root": config.prism_root, "judges": list(config.judges),
        "metrics": metrics, "runs": runs, "figures": [str(path) for path in figures], "report": config.report,
        "models": {name: {"path": spec.path, "registered_model": spec.registered_model} for name, spec in config.models.items()},
    }
    write_summary(output / SUMMARY_FILE, summary)
    return summary


def _generate(
    config: EvaluateConfig, questions: dict[str, list[benchmark.Question]], directory: Path, log: Callable[[str], None],
) -> dict[str, dict[str, Any]]:
    """Answer every task (and the non-biometric questions) with every model; return the files."""
    from safellava.prism.generation import Generator, Request
    from safellava.prism.nonbio import load_requests

    nonbio = load_requests(config.nonbio["records"], config.nonbio["image_root"], config.nonbio.get("limit")) if config.nonbio else []
    files: dict[str, dict[str, Any]] = {}
    for name, spec in config.models.items():
        if not Path(spec.path).is_dir():
            raise FileNotFoundError(f"{spec.path}: model {name!r} not found (run the train stage first)")
        generator = Generator(spec.path, config.device, config.image_aspect_ratio)
        files[name] = {"kind": "trained", "files": {}}
        tasks: dict[str, list[Request]] = {
            task: [Request(item.question_id, item.prompt, item.image) for item in items] for task, items in questions.items()
        }
        if nonbio:
            tasks[NONBIO_TASK] = nonbio
        for task, requests in tasks.items():
            log(f"generating {name} {task}: {len(requests)} prompts")
            answers: list[Answer] = generator.answer(requests, config.batch_size, config.max_new_tokens)
            path = directory / name / f"{task}.jsonl"
            write_answers(path, answers, model_id=name)
            files[name]["files"][task] = path
    return files


def _reference_files(directory: str, tasks: tuple[str, ...]) -> dict[str, Path]:
    """``<dir>/<task>.jsonl`` for each task (the layout of ``data/reference/prism/answers``)."""
    files = {task: Path(directory) / f"{task}.jsonl" for task in tasks}
    missing = [str(path) for path in files.values() if not path.is_file()]
    if missing:
        raise FileNotFoundError(f"reference answers not found: {', '.join(missing)}")
    return files


def track(summary: Mapping[str, Any], config: EvaluateConfig, params_path: str | Path | None = None) -> list[str]:
    """One MLflow run per model × judge, tagged with the data version and registry version.

    Kappa (when several judges ran) is logged in each of the model's runs, so any one run
    shows how far its judge agrees with the others. Returns the run ids.
    """
    from safellava import tracking

    run_ids = []
    for entry in summary["runs"]:
        model, judge = entry["model"], entry["judge"]
        by_judge = summary["metrics"][model]
        tags = {"evaluate.model": model, "evaluate.judge": judge, "evaluate.kind": entry["kind"],
                "data_version": summary["data_version"], "prism_root": summary["prism_root"]}
        spec = config.models.get(model)
        if spec is not None and spec.registered_model:
            tags["registered_model"] = spec.registered_model
            lineage = _lineage(spec.path)
            version = tracking.model_version(spec.registered_model, lineage, params_path) if lineage else None
            if version is not None:
                tags["model_version"] = version
        params = {"model": model, "judge": judge, "judge_settings": config.judge_settings.get(judge, {}), "max_error_rate": config.max_error_rate,
                  "tasks": list(config.tasks)}
        run_ids.append(tracking.log_evaluation(
            f"evaluate-{model}-{judge}", {**by_judge[judge], **by_judge.get("kappa", {})}, params=params, tags=tags,
            artifacts=[*entry["artifacts"], summary["report"], *summary["figures"]], params_path=params_path,
        ))
    return run_ids


def _lineage(model_dir: str) -> dict[str, str]:
    """The dataset sha256 the model was trained on (training tags its registry version with it)."""
    path = Path(model_dir) / "training_summary.json"
    if not path.is_file():
        return {}
    sha256 = json.loads(path.read_text(encoding="utf-8")).get("dataset", {}).get("sha256")
    return {"dataset.sha256": sha256} if sha256 else {}

