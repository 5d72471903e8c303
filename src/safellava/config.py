"""Loading ``params.yaml``: the single source of every knob.

DVC tracks the sections each stage reads (``params:`` in ``dvc.yaml``), so a change to a
knob reruns exactly the stages that depend on it. The CLI and the Prefect flows read the
same file, which is why they produce the same artifacts as ``dvc repro``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

DEFAULT_PARAMS = Path("params.yaml")


def load_params(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Read the params file (``SAFELLAVA_PARAMS`` or ``params.yaml`` in the working dir).

    A missing file yields ``{}`` so that library calls with explicit arguments work anywhere.
    """
    params_path = Path(path or os.environ.get("SAFELLAVA_PARAMS", DEFAULT_PARAMS))
    if not params_path.exists():
        return {}
    with params_path.open(encoding="utf-8") as handle:
        loaded = yaml.safe_load(handle) or {}
    if not isinstance(loaded, dict):
        raise ValueError(f"{params_path}: expected a mapping at the top level")
    return loaded


def section(name: str, path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """One stage's section of the params file (``{}`` when absent)."""
    value = load_params(path).get(name) or {}
    if not isinstance(value, dict):
        raise ValueError(f"params section {name!r} must be a mapping")
    return value
