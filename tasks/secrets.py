"""Credentials for flow runs: the environment first, else a Prefect Secret block.

The library reads keys only from environment variables (``OPENAI_API_KEY``, the standard AWS
ones, ...), never from params. A worker that does not have them in its environment can keep
them in Prefect Secret blocks instead: :func:`export_secrets` copies each block into the
variable it stands for, in this flow-run process only. The block of ``OPENAI_API_KEY`` is
named ``openai-api-key`` (lower case, dashes). A plain function, not a task, so that the value
is never a task input or result that Prefect could persist.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from prefect.blocks.system import Secret

AWS_VARIABLES = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")
SECRET_VARIABLES = ("OPENAI_API_KEY", "GEMINI_API_KEY", *AWS_VARIABLES)


def block_name(variable: str) -> str:
    """``OPENAI_API_KEY`` → ``openai-api-key`` (block names are lower case with dashes)."""
    return variable.lower().replace("_", "-")


def export_secrets(variables: Iterable[str] = SECRET_VARIABLES) -> list[str]:
    """Set every unset variable whose Secret block exists; return their names (not values).

    A variable that is already set wins, so a developer's shell and CI behave as without
    Prefect; a variable with no block stays unset, and the stage that needs it says so.
    """
    exported = []
    for variable in variables:
        if os.environ.get(variable):
            continue
        try:
            secret = Secret.load(block_name(variable))
        except ValueError:  # no such block
            continue
        os.environ[variable] = secret.get()
        exported.append(variable)
    return exported
