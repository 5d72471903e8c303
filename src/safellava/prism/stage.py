"""The evaluate stage: PRISM answers from each model, judged, scored, reported.

Inputs: the trained models (``models/safe``, ``models/baseline``), a PRISM root, the
published answers of reference models, the non-biometric questions. For every model the
stage writes answer files in the official format, then for every model × judge one details
file per task, and finally:

* ``<output>/metrics.json`` -- ``{model: {judge: {prism.* key: value}, "kappa": {...}}}``,
  the DVC metrics file, so ``dvc metrics diff`` compares models and commits directly;
* ``reports/prism_*.png`` and ``reports/prism.html``;
* (through :func:`safellava.tracking.log_stage`) one MLflow run per model × judge with the same keys.

Reference answers (LLaVA-1.5-7B, Safe-LLaVA-0.5B as published by the authors) are scored
beside our models, so the demo shows the paper's effect on real answers even though the
tiny models trained on the sample cannot show it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from safellava.prism import question_set, report
from safellava.prism.answers import Unreadable, write_answers
from safellava.prism.generation import Backend, CheckpointModel, CheckpointSettings, Request, settings_from
from safellava.prism.judges import build_judge
from safellava.prism.metrics import Judged, agreement
from safellava.prism.scoring import score_items, write_details, write_summary
from safellava.prism.tasks import NONBIO_TASK, TASKS

METRICS_FILE = "metrics.json"
SUMMARY_FILE = "summary.json"


BACKENDS = ("hf", "openai", "answers")


@dataclass(frozen=True)
class ModelSpec:
    """One entry of ``evaluate.models``: the backend that answers, its settings, and the
    registry name a trained model was registered under (tagged on its MLflow runs).

    ``backend`` defaults to ``hf``; the other keys are the backend's settings
    (:class:`~safellava.prism.generation.CheckpointSettings`,
    :class:`~safellava.prism.served.ServedSettings`, or ``path`` for ``answers``), checked
    when params are read so that a typo fails before any model is loaded.
    """

    backend: str = "hf"
    settings: dict[str, Any] = field(default_factory=dict)
    registered_model: str | None = None

    @classmethod
    def parse(cls, values: Mapping[str, Any], what: str) -> ModelSpec:
        """An entry as params write it (the backend's settings beside ``backend``), checked
        against the backend's settings type; ``what`` is its dotted name in messages."""
        values = dict(values)
        backend = values.pop("backend", "hf")
        registered_model = values.pop("registered_model", None)
        if backend == "hf":
            settings_from(CheckpointSettings, values, what)
        elif backend == "openai":
            from safellava.prism.served import ServedSettings  # openai only when asked for

            settings_from(ServedSettings, values, what)
        elif backend == "answers":
            if set(values) != {"path"}:
                raise ValueError(
                    f"{what}: an answers entry takes path (a folder of <task>.jsonl) and nothing else, got "
                    f"{sorted(values)}"
                )
        else:
            raise ValueError(f"{what}: unknown backend {backend!r}; expected one of {BACKENDS}")
        return cls(backend, values, registered_model)

    @property
    def path(self) -> str | None:
        """The local folder behind the entry (checkpoint or answers), if any."""
        return self.settings.get("path")


@dataclass(frozen=True)
class Generation:
    """``evaluate.generation``: how the local (``hf``) models answer."""

    batch_size: int = 8
    max_new_tokens: int = 48
    device: str = "auto"


@dataclass(frozen=True)
class EvaluateConfig:
    """The ``evaluate`` section of ``params.yaml`` (see the comments there), plus
    ``train.image_aspect_ratio``: images must be squared the way the models saw them in training."""

    SECTION: ClassVar[str] = "evaluate"
    BORROWED: ClassVar[dict[str, str]] = {"image_aspect_ratio": "train.image_aspect_ratio"}

    prism_root: str = "data/prism_sample"
    tasks: tuple[str, ...] = TASKS
    models: dict[str, ModelSpec] = field(default_factory=dict)
    reference_answers: dict[str, str] = field(default_factory=dict)
    nonbio: dict[str, Any] = field(default_factory=dict)
    generation: Generation = field(default_factory=Generation)
    image_aspect_ratio: str = "pad"
    judges: tuple[str, ...] = ("local",)
    judge_settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_error_rate: float = 0.05
    judge_cache: str | None = ".cache/prism_judge.sqlite"
    answer_cache: str | None = ".cache/prism_answers.sqlite"
    output: str = "data/prism"
    report: str = "reports/prism.html"

    def __post_init__(self) -> None:
        both = set(self.models) & set(self.reference_answers)
        if both:
            raise ValueError(f"evaluate: {sorted(both)} named in both models and reference_answers")
        unknown = set(self.tasks) - set(TASKS)
        if unknown:
            raise ValueError(f"evaluate.tasks: unknown {sorted(unknown)}; expected some of {TASKS}")


def run(config: EvaluateConfig, log: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Generate, judge, score and report; return the summary (also written as summary.json)."""
    output = Path(config.output)
    questions = {task: question_set.load_questions(config.prism_root, task) for task in config.tasks}
    answer_files = _answer_all(config, questions, output / "answers", log)
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
                scored = score_items(task, entry["items"][task], judge, config.max_error_rate)
                scored.summary["answers"] = str(path)
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
                key: value
                for task, by_judge in judged_by.items()
                if task != NONBIO_TASK
                for key, value in agreement(task, by_judge).items()
            }
    data_version = question_set.fingerprint(config.prism_root, config.tasks)
    write_summary(output / METRICS_FILE, metrics)
    primary = config.judges[0]
    figures = report.write_figures(
        Path(config.report).parent, {model: by_judge[primary] for model, by_judge in metrics.items()}
    )
    report.write_page(
        Path(config.report),
        {judge: {model: by_judge[judge] for model, by_judge in metrics.items()} for judge in config.judges},
        {model: by_judge["kappa"] for model, by_judge in metrics.items() if "kappa" in by_judge},
        primary,
        config.prism_root,
        data_version,
        config.max_error_rate,
    )
    summary = {
        "data_version": data_version,
        "prism_root": config.prism_root,
        "judges": list(config.judges),
        "metrics": metrics,
        "runs": runs,
        "figures": [str(path) for path in figures],
        "report": config.report,
        "models": {
            name: {"backend": spec.backend, **spec.settings, "registered_model": spec.registered_model}
            for name, spec in config.models.items()
        },
    }
    write_summary(output / SUMMARY_FILE, summary)
    return summary


def _answer_all(
    config: EvaluateConfig,
    questions: dict[str, list[question_set.Question]],
    directory: Path,
    log: Callable[[str], None],
) -> dict[str, dict[str, Any]]:
    """Every task (and, for models that generate, the non-biometric questions) answered by
    every model of ``evaluate.models`` and then every folder of ``reference_answers``.

    Returns, per model, its kind, the answer file of each task (written here for generated
    answers, the published file otherwise) and the items to judge, in file order.
    """
    from safellava.prism.nonbio import load_requests

    nonbio = (
        load_requests(config.nonbio["records"], config.nonbio["image_root"], config.nonbio.get("limit"))
        if config.nonbio
        else []
    )
    entries = {
        **config.models,
        **{name: ModelSpec("answers", {"path": path}) for name, path in config.reference_answers.items()},
    }
    answered: dict[str, dict[str, Any]] = {}
    for name, spec in entries.items():
        backend = _backend(name, spec, config)
        tasks: dict[str, list[Request]] = {
            task: [Request(item.question_id, item.prompt, item.image) for item in items]
            for task, items in questions.items()
        }
        if nonbio and spec.backend != "answers":  # published folders answered the benchmark only
            tasks[NONBIO_TASK] = nonbio
        answered[name] = {"kind": backend.kind, "files": {}, "items": {}}
        for task, requests in tasks.items():
            source = backend.source(task)
            log(
                f"generating {name} {task}: {len(requests)} prompts"
                if source is None
                else f"reading {name} {task}: {source}"
            )
            items = backend.answer(task, requests)
            if source is None:
                source = directory / name / f"{task}.jsonl"
                write_answers(source, items, model_id=name)
                failures = sum(isinstance(item, Unreadable) for item in items)
                if failures:
                    log(f"{name} {task}: {failures} of {len(items)} prompts got no answer (counted as errors)")
            answered[name]["files"][task] = source
            answered[name]["items"][task] = items
        del backend  # free one model before the next is loaded (two 7B models may not fit at once)
    return answered


def _backend(name: str, spec: ModelSpec, config: EvaluateConfig) -> Backend:
    """The backend of one entry, loaded (a checkpoint) or connected (an endpoint)."""
    if spec.backend == "answers":
        from safellava.prism.published import AnswerFolder

        return AnswerFolder(str(spec.path), config.tasks)
    if spec.backend == "openai":
        from safellava.prism.served import ServedModel, ServedSettings

        return ServedModel(
            settings_from(ServedSettings, spec.settings, name), config.answer_cache, config.generation.max_new_tokens
        )
    return CheckpointModel(
        settings_from(CheckpointSettings, spec.settings, name),
        config.generation.device,
        config.image_aspect_ratio,
        config.generation.batch_size,
        config.generation.max_new_tokens,
    )
