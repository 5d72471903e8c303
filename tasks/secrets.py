"""Credentials for flow runs: the environment first, else a Prefect Secret block.

The library reads keys only from environment variables (``OPENAI_API_KEY``, the standard AWS
ones, ...), never from params. A worker that does not have them in its environment can keep
them in Prefect Secret blocks instead: :func:`export_secrets` copies each block into the
variable it stands for, in this flow-run process only. The block of ``OPENAI_API_KEY`` is
named ``openai-api-key`` (lower case, dashes). Plain functions, not tasks, so that a value is
never a task input or result that Prefect could persist; only variable *names* are printed.

:func:`load_stage_secrets` is what the flows call: the pipeline once at its start for every
stage, and a stage flow run on its own for that stage (a variable already exported by the
pipeline is simply left as it is).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from prefect.blocks.system import Secret

from safellava.chat_client import Endpoint
from safellava.cleaning.stage import CleanConfig
from safellava.config import load, section

AWS_VARIABLES = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")
SECRET_VARIABLES = ("OPENAI_API_KEY", "GEMINI_API_KEY", *AWS_VARIABLES, "HF_TOKEN")
STAGES = ("ingest", "audit", "clean", "validate", "train", "evaluate")
DEFAULT_API_KEY_ENV = Endpoint.api_key_env  # of a judge or served model entry that does not name one


def block_name(variable: str) -> str:
    """``OPENAI_API_KEY`` → ``openai-api-key`` (block names are lower case with dashes)."""
    return variable.lower().replace("_", "-")


def export_secrets(variables: Iterable[str] = SECRET_VARIABLES) -> list[str]:
    """Set every unset variable whose Secret block exists; return their names (not values).

    A variable that is already set wins, so a developer's shell and CI behave as without
    Prefect; a variable with no block stays unset, and the stage that needs it says so.
    """
    exported = []
    for variable in dict.fromkeys(variables):
        if os.environ.get(variable):
            continue
        try:
            secret = Secret.load(block_name(variable))
        except ValueError:  # no such block
            continue
        os.environ[variable] = secret.get()
        exported.append(variable)
    return exported


def stage_variables(params_path: str, stages: Iterable[str] = STAGES) -> list[str]:
    """The variables ``stages`` may read, with the names params give them.

    ingest: the AWS keys (``s3://`` inputs); clean: ``clean.openai.api_key_env``; train:
    ``HF_TOKEN`` (private or gated hub models); evaluate: the ``api_key_env`` of every entry of
    ``evaluate.judge_settings`` and of every ``openai`` entry of ``evaluate.models``, and
    ``HF_TOKEN`` when an ``hf`` entry names a hub id. audit and validate read none.
    """
    names: list[str] = []
    for stage in stages:
        if stage == "ingest":
            names += AWS_VARIABLES
        elif stage == "train":
            names.append("HF_TOKEN")
        elif stage == "clean":
            names.append(load(CleanConfig, params_path).openai.api_key_env)
        elif stage == "evaluate":
            evaluate = section("evaluate", params_path)
            judges = evaluate.get("judge_settings") or {}
            names += [(settings or {}).get("api_key_env") or DEFAULT_API_KEY_ENV for settings in judges.values()]
            models = [spec or {} for spec in (evaluate.get("models") or {}).values()]
            names += [
                spec.get("api_key_env") or DEFAULT_API_KEY_ENV for spec in models if spec.get("backend") == "openai"
            ]
            names += ["HF_TOKEN"] * any(spec.get("hub_id") for spec in models)
    return list(dict.fromkeys(names))


def load_secrets(variables: Iterable[str]) -> list[str]:
    """:func:`export_secrets`, and print which variables came from blocks (names only).
    Call it inside a flow: it talks to the flow's Prefect API, and the print goes to its logs."""
    exported = export_secrets(variables)
    if exported:
        print(f"credentials from Prefect Secret blocks: {', '.join(exported)}")
    return exported


def load_stage_secrets(params_path: str, stages: Iterable[str] = STAGES) -> list[str]:
    """:func:`load_secrets` for what ``stages`` read (:func:`stage_variables`)."""
    return load_secrets(stage_variables(params_path, stages))
