"""The ``safellava`` command line: one command per pipeline stage, plus ``judge``.

Each stage command is a thin shell around the stage's contract: its typed config loaded from
``params.yaml`` (``--params`` picks another file; :func:`safellava.config.load`), the options
given on the command line put over it (:func:`safellava.config.override`), the stage's
``run(config)``, the summary printed as JSON and logged to MLflow unless ``--no-track``
(:func:`safellava.tracking.log_stage`). No command holds a default of its own. ``dvc.yaml``
runs these commands and the Prefect flows call the same three things, so ``dvc repro``, a
flow run and a human at the shell share one code path (docs/stages.md).
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from safellava.config import ConfigError, load, override

app = typer.Typer(
    help="Make LLaVA training data biometric-safe and prove it: ingest → audit → clean → "
    "validate → train → evaluate. Every option defaults to params.yaml.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ParamsOption = Annotated[Path, typer.Option("--params", help="The params file whose sections give the defaults.")]
TrackOption = Annotated[
    bool,
    typer.Option(
        "--track/--no-track", help="Log the stage summary to MLflow (tracking URI from params / MLFLOW_TRACKING_URI)."
    ),
]


@app.callback()
def main() -> None:
    """Safe-LLaVA pipeline stages. Run `safellava COMMAND --help` for each command's options."""


def fail(message: str, code: int = 2) -> None:
    """Print a clear one-line error on stderr and exit with ``code``."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def emit(summary: Any) -> None:
    """Print a stage summary as JSON on stdout (machine-readable for calling scripts)."""
    json.dump(summary, sys.stdout, indent=2, default=str)
    sys.stdout.write("\n")


@app.command()
def ingest(
    inputs: Annotated[
        list[str] | None,
        typer.Option(
            "--input",
            "-i",
            help=(
                "LLaVA JSON array or JSONL file: a path, s3://bucket/key or https:// URL. Repeatable. Default: "
                "ingest.inputs."
            ),
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output directory. Default: ingest.output.")
    ] = None,
    image_root: Annotated[
        Path | None,
        typer.Option(
            help=(
                "Quarantine records whose image is missing under this folder. Default: ingest.image_root (unset: "
                "no check)."
            )
        ),
    ] = None,
    shard_size: Annotated[
        int | None, typer.Option(help="Records per output shard. Default: ingest.shard_size.")
    ] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar per file.")] = True,
    params: ParamsOption = Path("params.yaml"),
    track: TrackOption = True,
) -> None:
    """Stream LLaVA files into validated, normalised records; quarantine bad ones with a reason.

    Writes OUTPUT/records-*.jsonl, OUTPUT/quarantine.jsonl and OUTPUT/manifest.json
    (per file sha256 and counts; input == valid + quarantined). Exits 0 when every file
    could be read, 1 when a file is truncated or not JSON (its valid records are kept),
    2 when an input cannot be opened.
    """
    from safellava import ingest as stage
    from safellava.sources import SourceError

    try:
        config = load(
            stage.IngestConfig,
            params,
            inputs=tuple(inputs) if inputs else None,
            output=str(output) if output else None,
            image_root=str(image_root) if image_root else None,
            shard_size=shard_size,
        )
    except ConfigError as error:
        fail(str(error))
    code = 0
    try:
        manifest = stage.run(config, progress=progress)
    except stage.IngestError as error:
        typer.secho(f"error: {error}", err=True, fg=typer.colors.RED)
        manifest, code = stage.read_manifest(config), 1
    except (SourceError, ValueError) as error:
        fail(str(error))
    if track:
        from safellava import tracking

        tracking.log_stage("ingest", config, stage.summary_of(manifest), params_path=params)
    emit(stage.summary_of(manifest))
    raise typer.Exit(code)


@app.command()
def audit(
    input_dir: Annotated[
        Path | None, typer.Option("--input", "-i", help="Ingest output directory. Default: audit.input.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Directory for audit.json. Default: audit.output.")
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option(help="HTML report path. Default: OUTPUT/audit.html when --output is given, else audit.report."),
    ] = None,
    examples: Annotated[
        int | None, typer.Option(help="Example spans shown per attribute. Default: audit.examples_per_attribute.")
    ] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    params: ParamsOption = Path("params.yaml"),
    track: TrackOption = True,
) -> None:
    """Count per source file and attribute the records whose questions ask for it (explicit)
    and whose answers/captions mention it (implicit), as in the paper's audit table.

    Writes OUTPUT/audit.json (DVC metrics) and an HTML report with a bar chart and example spans.
    """
    from safellava import audit as stage

    try:
        config = load(
            stage.AuditConfig,
            params,
            input=str(input_dir) if input_dir else None,
            output=str(output) if output else None,
            examples_per_attribute=examples,
        )
        if output:  # an explicit output keeps the report next to it, not in the repo's reports/
            config = dataclasses.replace(config, report=str(report) if report else None)
        else:
            config = override(config, report=str(report) if report else None)
    except ConfigError as error:
        fail(str(error))
    try:
        result = stage.run(config, progress=progress)
    except (FileNotFoundError, ValueError) as error:  # no shards, or a shard line that is not JSON
        fail(str(error))
    if track:
        from safellava import tracking

        tracking.log_stage("audit", config, stage.summary_of(result), params_path=params)
    emit(stage.summary_of(result))


@app.command()
def train(
    baseline: Annotated[
        bool,
        typer.Option(
            "--baseline", help="Train the baseline: data/output/registered model from train.baseline (raw records)."
        ),
    ] = False,
    data: Annotated[
        Path | None,
        typer.Option(
            help="LLaVA JSON array / JSONL file, or a stage output dir of records-*.jsonl. Default: train.data."
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Model output directory. Default: train.output.")
    ] = None,
    base_model: Annotated[
        str | None,
        typer.Option(help="'tiny' (embedded, offline), a local path or a hub id. Default: train.base_model."),
    ] = None,
    max_steps: Annotated[
        int | None,
        typer.Option(help="Stop after this many optimizer steps (overrides epochs). Default: train.max_steps."),
    ] = None,
    missing_images: Annotated[
        str | None,
        typer.Option(
            help="Records whose image file is missing: 'skip' or 'placeholder'. Default: train.missing_images."
        ),
    ] = None,
    registered_model: Annotated[
        str | None, typer.Option(help="MLflow registered model name. Default: train.registered_model.")
    ] = None,
    resume: Annotated[
        bool | None,
        typer.Option(
            "--resume/--no-resume",
            help="Resume from the last checkpoint of the same config and data, if any. Default: train.resume.",
        ),
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Print the loss of each logged step on stderr.")
    ] = True,
    params: ParamsOption = Path("params.yaml"),
    track: TrackOption = True,
) -> None:
    """Fine-tune a LLaVA model on LLaVA records (the v1.5 template, loss on replies only).

    Writes OUTPUT (model, processor, training_summary.json); checkpoints go to
    train.checkpoint_dir/<safe|baseline> and an interrupted run resumes from them. With
    tracking, the run gets params, loss per step, the dataset sha256 as a tag, and the
    model is registered in the MLflow Model Registry. Multi-GPU:
    `accelerate launch -m safellava.cli train ...` (see docs/training.md).
    """
    from safellava.training import stage
    from safellava.training.config import TrainConfig

    try:
        config = load(TrainConfig, params)
        if baseline:
            config = config.for_baseline()
        config = override(
            config,
            data=str(data) if data else None,
            output=str(output) if output else None,
            base_model=base_model,
            max_steps=max_steps,
            missing_images=missing_images,
            registered_model=registered_model,
            resume=resume,
        )
    except (ConfigError, ValueError) as error:
        fail(str(error))
    if not Path(config.data).exists():
        fail(f"{config.data}: training data not found (run the previous stage first)")

    def echo_step(metrics: dict[str, float], step: int) -> None:
        typer.echo(f"step {step}: loss {metrics['train.loss']:.4f}", err=True)

    on_step = echo_step if progress else None
    try:
        if track and stage.is_main_process():
            from safellava import tracking

            summary = tracking.track_training(
                config, lambda on_log: stage.run(config, on_log=on_log), params, on_step=on_step
            )
        else:
            summary = stage.run(config, on_log=on_step)
    except ValueError as error:  # no usable record in the data
        fail(str(error))
    summary.pop("loss_history")
    emit(summary)


@app.command()
def judge(
    task: Annotated[str, typer.Option(help="refusal_soft, refusal_hard or implicit_leakage.")],
    answers: Annotated[
        Path, typer.Option(help="PRISM answer file: JSON objects with question_id, prompt, text (or response).")
    ],
    details: Annotated[
        Path, typer.Option(help="Output JSONL: one line per input item, in order, with the verdict or an error.")
    ],
    metrics: Annotated[
        Path, typer.Option(help="Output JSON: counts, rates and metric keys per attribute, error counts.")
    ],
    judge_name: Annotated[
        str, typer.Option("--judge", help="'local' or a judge named in evaluate.judge_settings.")
    ] = "local",
    max_error_rate: Annotated[
        float | None,
        typer.Option(help="A metric with a larger share of errors is null. Default: evaluate.max_error_rate."),
    ] = None,
    params: ParamsOption = Path("params.yaml"),
) -> None:
    """Score one PRISM answer file with one judge (a contract for scripts: output format is stable).

    Several objects on one line are all read; an unreadable item is a line with `error` and
    no verdict, counted as an error and never as refused / not leaked. Exits 0 when the file
    was scored (errors included), 2 when it cannot be.
    """
    from safellava.prism.judges import build_judge
    from safellava.prism.scoring import score_file, write_details, write_summary
    from safellava.prism.stage import EvaluateConfig
    from safellava.prism.tasks import TASKS
    from safellava.sources import SourceError

    if task not in TASKS:
        fail(f"--task must be one of {', '.join(TASKS)}, got {task!r}")
    try:
        config = load(EvaluateConfig, params, max_error_rate=max_error_rate)
        chosen = build_judge(judge_name, config.judge_settings, config.judge_cache)
        scored = score_file(answers, task, chosen, config.max_error_rate)
    except (SourceError, ValueError) as error:
        fail(str(error))
    write_details(details, scored.details)
    write_summary(metrics, scored.summary)
    emit(
        {
            "task": task,
            "judge": judge_name,
            "items": scored.summary["items"],
            "errors": scored.summary["errors"],
            "metrics": scored.summary["metrics"],
        }
    )


@app.command()
def agreement(
    reference: Annotated[Path, typer.Option(help="Reference data (answers/, judge_aggregates.csv, labels/).")] = Path(
        "data/reference/prism"
    ),
    labels: Annotated[
        Path | None,
        typer.Option(
            help="Per-item verdicts as LABELS/gpt/<model>/<task>.jsonl (and gemini/): the reference labels, or "
            "the --details files of `safellava judge` re-judging them. Default: REFERENCE/labels."
        ),
    ] = None,
    learned: Annotated[
        bool,
        typer.Option(
            "--learned/--no-learned", help="Also fit the leave-one-model-out classifier baseline (about 10 s)."
        ),
    ] = True,
    holdout: Annotated[
        bool,
        typer.Option(
            "--holdout/--no-holdout",
            help="Also estimate the figures on unseen models: each answer model scored with the rules only it "
            "supports switched off (about a minute; reads REFERENCE's answers and labels).",
        ),
    ] = False,
) -> None:
    """How closely the local detector and refusal classifier agree with the paper's judges.

    Prints mean |ours - GPT| over the model x task x attribute cells of the published
    aggregates, Cohen's kappa per attribute against the GPT and Gemini per-item labels, the
    same figures for each answer model alone (add a model's answers and GPT rows to REFERENCE,
    or its labels under LABELS/gpt/<model>/, to see where the judge stands on it), the cells
    furthest from GPT, (--learned) the kappa a classifier fitted to GPT's implicit-leakage
    labels reaches on answer models it did not see, and (--holdout) the leave-one-model-out
    estimate. docs/detector.md reads it.
    """
    from safellava.prism import agreement as figures

    labels = labels or reference / "labels"
    try:
        typer.echo(figures.format_report(figures.compute_report(reference, labels_dir=labels)))
        if learned:
            typer.echo("")
            typer.echo(figures.format_baselines(figures.learned_baselines(labels)))
        if holdout:
            from safellava.prism import holdout as estimate

            typer.echo("")
            typer.echo(estimate.format_holdout(estimate.estimate(reference)))
    except (FileNotFoundError, ValueError) as error:
        fail(str(error))


@app.command()
def evaluate(
    prism_root: Annotated[
        Path | None,
        typer.Option(
            help=(
                "PRISM root (PRISM_<task>.jsonl + biometric_images/, or a PRISM_test table). Default: "
                "evaluate.prism_root."
            )
        ),
    ] = None,
    judges: Annotated[
        list[str] | None,
        typer.Option("--judge", help="Judge to run (repeatable; first draws the charts). Default: evaluate.judges."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Answers, details, metrics.json. Default: evaluate.output.")
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Print what is being generated / judged on stderr.")
    ] = True,
    params: ParamsOption = Path("params.yaml"),
    track: TrackOption = True,
) -> None:
    """Evaluate models (trained here, other checkpoints, served ones, published answers) on PRISM.

    Answers every task with every model in evaluate.models (backend hf, openai or answers), judges them with
    every judge, writes OUTPUT/metrics.json (DVC metrics, keys prism.<task>.<metric>.<attribute>),
    reports/prism*.png and reports/prism.html, and logs one MLflow run per model x judge.
    """
    from safellava.prism import stage
    from safellava.prism.question_set import BenchmarkError

    try:
        config = load(
            stage.EvaluateConfig,
            params,
            prism_root=str(prism_root) if prism_root else None,
            judges=tuple(judges) if judges else None,
            output=str(output) if output else None,
        )
        summary = stage.run(config, log=(lambda line: typer.echo(line, err=True)) if progress else (lambda _: None))
    except (BenchmarkError, FileNotFoundError, TypeError, ValueError) as error:
        fail(str(error))
    if track:
        from safellava import tracking

        tracking.log_stage("evaluate", config, summary, params_path=params)
    emit({"data_version": summary["data_version"], "metrics": summary["metrics"], "report": summary["report"]})


@app.command()
def validate(
    ingested: Annotated[
        Path | None, typer.Option(help="Output dir of `safellava ingest`. Default: validate.ingested.")
    ] = None,
    cleaned: Annotated[
        Path | None, typer.Option(help="Output dir of `safellava clean`. Default: validate.cleaned.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where results.json goes. Default: validate.output.")
    ] = None,
    expectations: Annotated[
        Path | None, typer.Option(help="Directory of the GX suite JSON files. Default: validate.expectations.")
    ] = None,
    data_docs: Annotated[
        Path | None, typer.Option(help="GX Data Docs site (HTML). Default: validate.data_docs.")
    ] = None,
    params: ParamsOption = Path("params.yaml"),
    track: TrackOption = True,
) -> None:
    """Data-quality gate: run the Great Expectations suites on the ingest and clean outputs.

    Checks schema, unique keys, human/gpt alternation, <image> token rules, value lengths,
    that the cleaned set is the ingested set in order (minus failures.jsonl), that biometric
    questions are answered with a refusal from clean.refusals, that no rewrite is empty, and
    that residual biometric leakage stays within validate.max_leakage. Writes
    OUTPUT/results.json and the Data Docs HTML either way. Exits 0 when every expectation
    holds, 1 when any fails (each failed expectation is printed on stderr with a few
    offending record keys and ids), 2 when an input is missing.
    """
    from safellava.quality import gate

    try:
        config = load(
            gate.ValidateConfig,
            params,
            ingested=_text(ingested),
            cleaned=_text(cleaned),
            output=_text(output),
            expectations=_text(expectations),
            data_docs=_text(data_docs),
        )
    except ConfigError as error:
        fail(str(error))
    code = 0
    try:
        summary = gate.run(config)
    except gate.GateFailed as failed:
        typer.secho(str(failed), err=True, fg=typer.colors.RED)
        summary, code = failed.summary, 1
    except (FileNotFoundError, ValueError) as error:
        fail(str(error))
    if track:
        from safellava import tracking

        tracking.log_stage("validate", config, summary, params_path=params)
    emit(summary)
    raise typer.Exit(code)


@app.command()
def clean(
    input: Annotated[
        Path | None,
        typer.Option(
            "--input",
            "-i",
            help="An ingest output directory, or a LLaVA JSON array / JSONL file. Default: clean.input.",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output directory. Default: clean.output.")
    ] = None,
    backend: Annotated[
        str | None,
        typer.Option(
            help=(
                "local (embedded rewriter, no network) | openai (chat API, any OpenAI-compatible server) | "
                "openai-batch (Batch API). Default: clean.backend."
            )
        ),
    ] = None,
    model: Annotated[str | None, typer.Option(help="LLM for the openai backends. Default: clean.openai.model.")] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            help=(
                "OpenAI-compatible server, e.g. http://localhost:8000/v1 (vLLM). Default: clean.openai.base_url, "
                "then $OPENAI_BASE_URL."
            )
        ),
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option(
            help=(
                "HTML report with before/after examples. Default: OUTPUT/clean.html when --output is given, else "
                "clean.report."
            )
        ),
    ] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    params: ParamsOption = Path("params.yaml"),
    track: TrackOption = True,
) -> None:
    """Remove biometric information: explicit requests get a refusal, implicit mentions a neutral rewrite.

    Writes OUTPUT/cleaned.json (LLaVA JSON array), OUTPUT/records-*.jsonl (normalised),
    OUTPUT/changes.jsonl (one line per changed turn), OUTPUT/failures.jsonl and
    OUTPUT/summary.json. The API key comes from $OPENAI_API_KEY (never from params). Exits
    0 on success, 1 when more records failed than clean.max_failed_fraction allows (outputs
    are still written), 2 on bad options or unreadable input.
    """
    from safellava.cleaning import stage

    try:
        config = load(
            stage.CleanConfig, params, input=_text(input), output=_text(output), backend=backend, report=_text(report)
        )
        config = override(config, openai=override(config.openai, model=model, base_url=base_url))
        if output:  # an explicit output keeps everything next to it, not in the repo's paths
            config = dataclasses.replace(config, report=str(report or output / "clean.html"), metrics=None)
    except ConfigError as error:
        fail(str(error))
    if not Path(config.input).exists():
        fail(f"{config.input}: no such file or directory (run `safellava ingest` first?)")
    code = 0
    try:
        summary = stage.run(config, progress=progress)
    except stage.CleanError as error:
        typer.secho(f"error: {error}", err=True, fg=typer.colors.RED)
        summary = json.loads((Path(config.output) / stage.SUMMARY).read_text(encoding="utf-8"))
        code = 1
    except (OSError, ValueError) as error:
        fail(str(error))
    if track:
        from safellava import tracking

        tracking.log_stage("clean", config, summary, params_path=params)
    emit(summary)
    raise typer.Exit(code)


def _text(path: Path | None) -> str | None:
    """A path option as the config's string field (None: not given)."""
    return str(path) if path is not None else None


if __name__ == "__main__":
    app()
