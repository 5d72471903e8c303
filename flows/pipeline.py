"""The whole pipeline as one Prefect flow (what the scheduled deployment runs)."""

from __future__ import annotations

from typing import Any

from prefect import flow

from flows.audit import audit_flow
from flows.clean import clean_flow
from flows.evaluate import evaluate_flow
from flows.ingest import ingest_flow
from flows.train import train_flow
from flows.validate import validate_flow
from tasks.secrets import load_stage_secrets


@flow(name="safellava-pipeline", log_prints=True)
def pipeline(params_path: str = "params.yaml", track: bool = True) -> dict[str, Any]:
    """Run the stages in order; each is a subflow, so the Prefect UI shows them separately.

    First, every credential a stage reads that this process lacks is taken from its Prefect
    Secret block, once (tasks/secrets.py): the subflows then find it in the environment.
    """
    load_stage_secrets(params_path)
    results: dict[str, Any] = {"ingest": ingest_flow(params_path=params_path, track=track)}
    results["audit"] = audit_flow(params_path=params_path, track=track)
    results["clean"] = clean_flow(params_path=params_path, track=track)
    results["validate"] = validate_flow(params_path=params_path, track=track)  # raises: nothing after it runs
    results["train"] = train_flow(params_path=params_path, track=track)
    results["train_baseline"] = train_flow(params_path=params_path, baseline=True, track=track)
    results["evaluate"] = evaluate_flow(params_path=params_path, track=track)
    return results


if __name__ == "__main__":
    pipeline()
