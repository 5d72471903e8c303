"""The ``safellava`` command line: one command per pipeline stage, plus ``judge``.

Each command is a thin shell around the stage's library function: options default to the
stage's section of ``params.yaml`` (``--params`` picks another file), the result is printed
as JSON, and the summary is logged to MLflow unless ``--no-track``. ``dvc.yaml`` runs these
commands, so ``dvc repro``, the Prefect flows and a human at the shell share one code path.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from safellava.config import section

app = typer.Typer(
    help="Make LLaVA training data biometric-safe and prove it: ingest → audit → clean → "
    "validate → train → evaluate. Every option defaults to params.yaml.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

ParamsOption = Annotated[Path, typer.Option("--params", help="The params file whose sections give the defaults.")]
TrackOption = Annotated[
    bool, typer.Option("--track/--no-track", help="Log the stage summary to MLflow (tracking URI from params / MLFLOW_TRACKING_URI).")
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
        typer.Option("--input", "-i", help="LLaVA JSON array or JSONL file: a path, s3://bucket/key or https:// URL. Repeatable. Default: ingest.inputs."),
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Output directory. Default: ingest.output.")] = None,
    image_root: Annotated[
        Path | None, typer.Option(help="Quarantine records whose image is missing under this folder. Default: ingest.image_root (unset: no check).")
    ] = None,
    shard_size: Annotated[int | None, typer.Option(help="Records per output shard. Default: ingest.shard_size.")] = None,
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

    config = section("ingest", params)
    chosen_inputs = inputs or config.get("inputs") or []
    chosen_output = output or config.get("output")
    if not chosen_inputs:
        fail("no --input given and params.yaml has no ingest.inputs")
    if not chosen_output:
        fail("no --output given and params.yaml has no ingest.output")
    root = image_root or config.get("image_root")
    code = 0
    try:
        manifest = stage.run(
            chosen_inputs, chosen_output, image_root=root,
            shard_size=shard_size or config.get("shard_size", 100_000), progress=progress,
        )
    except stage.IngestError as error:
        typer.secho(f"error: {error}", err=True, fg=typer.colors.RED)
        manifest = json.loads((Path(chosen_output) / stage.MANIFEST).read_text(encoding="utf-8"))
        code = 1
    except (SourceError, ValueError) as error:
        fail(str(error))
    if track:
        from safellava import tracking

        tracking.log_stage(
            "ingest", stage.summary_of(manifest), params={"inputs": [str(item) for item in chosen_inputs], "image_root": root},
            artifacts=[Path(chosen_output) / stage.MANIFEST], params_path=params,
        )
    emit(stage.summary_of(manifest))
    raise typer.Exit(code)


@app.command()
def audit(
    input_dir: Annotated[Path | None, typer.Option("--input", "-i", help="Ingest output directory. Default: audit.input.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Directory for audit.json. Default: audit.output.")] = None,
    report: Annotated[
        Path | None, typer.Option(help="HTML report path. Default: OUTPUT/audit.html when --output is given, else audit.report.")
    ] = None,
    examples: Annotated[int | None, typer.Option(help="Example spans shown per attribute. Default: audit.examples_per_attribute.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    params: ParamsOption = Path("params.yaml"),
    track: TrackOption = True,
) -> None:
    """Count per source file and attribute the records whose questions ask for it (explicit)
    and whose answers/captions mention it (implicit), as in the paper's audit table.

    Writes OUTPUT/audit.json (DVC metrics) and an HTML report with a bar chart and example spans.
    """
    from safellava import audit as stage

    config = section("audit", params)
    chosen_input = input_dir or config.get("input")
    chosen_output = output or config.get("output")
    if not chosen_input or not chosen_output:
        fail("give --input and --output (or set audit.input / audit.output in params.yaml)")
    chosen_report = report or (None if output else config.get("report"))
    try:
        result = stage.run(
            chosen_input, chosen_output, report=chosen_report,
            examples_per_attribute=examples or config.get("examples_per_attribute", 5), progress=progress,
        )
    except FileNotFoundError as error:
        fail(str(error))
    if track:
        from safellava import tracking

        tracking.log_stage(
            "audit", {"records": result["records"], "total": result["total"]},
            artifacts=[Path(chosen_output) / stage.AUDIT_FILE, Path(chosen_report or Path(chosen_output) / "audit.html")],
            params_path=params,
        )
    emit({"records": result["records"], "total": result["total"]})


@app.command()
def train(
    baseline: Annotated[
        bool, typer.Option("--baseline", help="Train the baseline: data/output/registered model from train.baseline (raw records).")
    ] = False,
    data: Annotated[
        Path | None, typer.Option(help="LLaVA JSON array / JSONL file, or a stage output dir of records-*.jsonl. Default: train.data.")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Model output directory. Default: train.output.")] = None,
    base_model: Annotated[
        str | None, typer.Option(help="'tiny' (embedded, offline), a local path or a hub id. Default: train.base_model.")
    ] = None,
    max_steps: Annotated[int | None, typer.Option(help="Stop after this many optimizer steps (overrides epochs). Default: train.max_steps.")] = None,
    missing_images: Annotated[
        str | None, typer.Option(help="Records whose image file is missing: 'skip' or 'placeholder'. Default: train.missing_images.")
    ] = None,
    registered_model: Annotated[str | None, typer.Option(help="MLflow registered model name. Default: train.registered_model.")] = None,
    resume: Annotated[
        bool, typer.Option("--resume/--no-resume", help="Resume from the last checkpoint of the same config and data, if any.")
    ] = True,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Print the loss of each logged step on stderr.")] = True,
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
    from safellava.training.config import TrainConfig
    from safellava.training.stage import is_main_process

    try:
        config = TrainConfig.from_params(
            section("train", params), baseline=baseline, data=str(data) if data else None,
            output=str(output) if output else None, base_model=base_model, max_steps=max_steps,
            missing_images=missing_images, registered_model=registered_model, resume=resume,
        )
    except (TypeError, ValueError) as error:
        fail(str(error))
    if not Path(config.data).exists():
        fail(f"{config.data}: training data not found (run the previous stage first)")
    track = track and is_main_process()
    try:
        if track:
            from safellava import tracking

            with tracking.training_run(config.variant, config.as_dict(), params) as tracker:
                summary = _train(config, tracker.log_step, progress)
                summary["mlflow"] = tracker.finish(summary, config.output, config.registered_model)
        else:
            summary = _train(config, None, progress)
    except ValueError as error:  # no usable record in the data
        fail(str(error))
    summary.pop("loss_history")
    emit(summary)


def _train(config: Any, log_step: Any, progress: bool) -> dict[str, Any]:
    """Run the train stage, echoing each logged step on stderr when ``progress``."""
    from safellava.training.stage import run

    def on_log(metrics: dict[str, float], step: int) -> None:
        if log_step is not None:
            log_step(metrics, step)
        if progress:
            typer.echo(f"step {step}: loss {metrics['train.loss']:.4f}", err=True)

    return run(config, on_log=on_log)


if __name__ == "__main__":
    app()
