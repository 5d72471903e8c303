"""Loading ``params.yaml``: the single source of every knob, read one way for every stage.

DVC tracks the sections each stage reads (``params:`` in ``dvc.yaml``), so a change to a
knob reruns exactly the stages that depend on it. Each stage has one typed config (a frozen
dataclass naming its section in ``SECTION``; its field defaults are the only defaults the
stage has), and :func:`load` is the one way to build it: unknown keys are rejected with
their dotted name, nested sections become nested configs, lists become tuples, and YAML's
``2e-5`` (a string to YAML) becomes a float. A config may borrow a field from another
stage's section (``BORROWED``: the gate grades with the cleaner's refusal set), so the two
stages cannot disagree. The CLI and the Prefect flows both call :func:`load`, then
:func:`override` with what the command line gave, which is why they produce the same
artifacts as ``dvc repro``.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml

DEFAULT_PARAMS = Path("params.yaml")


class ConfigError(ValueError):
    """A params section that does not fit its stage's config (names the offending key)."""


Config = TypeVar("Config")


def load_params(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Read the params file (``SAFELLAVA_PARAMS`` or ``params.yaml`` in the working dir).

    A missing file yields ``{}``, so every stage runs on its config type's defaults.
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
    """One section of the params file (``{}`` when absent)."""
    value = load_params(path).get(name) or {}
    if not isinstance(value, dict):
        raise ValueError(f"params section {name!r} must be a mapping")
    return value


def load(config_type: type[Config], params_path: str | os.PathLike[str] | None = None, **overrides: Any) -> Config:
    """The stage config of ``config_type`` (a dataclass whose ``SECTION`` names its params
    section) from that section, then ``overrides``.

    Borrowed fields (``config_type.BORROWED``: field → ``section.key``) are read from the
    other stage's section and may not be set in this one. ``overrides`` that are None are
    ignored (a CLI option that was not given).
    """
    params = load_params(params_path)
    name: str = getattr(config_type, "SECTION")
    values = params.get(name) or {}
    if not isinstance(values, Mapping):
        raise ConfigError(f"params section {name!r} must be a mapping")
    values = dict(values)
    for field_name, dotted in getattr(config_type, "BORROWED", {}).items():
        if field_name in values:
            raise ConfigError(f"{name}.{field_name}: not set here; the stage reads {dotted}")
        owner, key = dotted.split(".", 1)
        borrowed = params.get(owner) or {}
        if key in borrowed:
            values[field_name] = borrowed[key]
    return override(build(config_type, values, name), **overrides)


def override(config: Config, **changes: Any) -> Config:
    """``config`` with the fields in ``changes`` replaced (None: keep the config's value).

    The replacement is checked like a loaded value (``__post_init__`` runs again).
    """
    given = {key: value for key, value in changes.items() if value is not None}
    if not given:
        return config
    known = {item.name for item in dataclasses.fields(config)}  # type: ignore[arg-type]
    unknown = sorted(set(given) - known)
    if unknown:
        raise ConfigError(f"{type(config).__name__}: no field {', '.join(unknown)}")
    try:
        return dataclasses.replace(config, **given)  # type: ignore[type-var]
    except TypeError as error:
        raise ConfigError(f"{type(config).__name__}: {error}") from error


def build(config_type: type[Config], values: Mapping[str, Any] | None, where: str) -> Config:
    """A config dataclass from a params mapping; ``where`` is its dotted name in messages.

    A type with a ``parse(values, where)`` classmethod parses itself (an entry whose keys
    depend on one of its values, such as an ``evaluate.models`` entry's backend).
    """
    if values is None:
        values = {}
    if not isinstance(values, Mapping):
        raise ConfigError(f"{where}: expected a mapping, got {values!r}")
    parse = getattr(config_type, "parse", None)
    if parse is not None:
        return parse(values, where)  # type: ignore[no-any-return]
    fields = {item.name: item for item in dataclasses.fields(config_type) if item.init}  # type: ignore[arg-type]
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise ConfigError(f"unknown {where} params: {', '.join(f'{where}.{key}' for key in unknown)}")
    hints = typing.get_type_hints(config_type)
    converted = {key: _convert(hints[key], value, f"{where}.{key}") for key, value in values.items()}
    try:
        return config_type(**converted)
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{where}: {error}") from error


def _convert(hint: Any, value: Any, where: str) -> Any:
    """``value`` shaped as ``hint`` asks: nested configs, tuples, floats; else as given."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if value is None or (options == [float] and not isinstance(value, str)):
            return value  # an optional number is sent as written (0 stays 0: request bodies and cache keys)
        return _convert(options[0], value, where) if len(options) == 1 else value
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return build(hint, value if value is not None else {}, where)  # an empty section: its defaults
    if value is None:
        return None
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise ConfigError(f"{where}: expected a list, got {value!r}")
        args = typing.get_args(hint)
        item = args[0] if args else Any
        return tuple(_convert(item, element, f"{where}[{index}]") for index, element in enumerate(value))
    if origin is dict:
        if not isinstance(value, Mapping):
            raise ConfigError(f"{where}: expected a mapping, got {value!r}")
        item = typing.get_args(hint)[1]
        return {key: _convert(item, element, f"{where}.{key}") for key, element in value.items()}
    if hint is float and isinstance(value, (int, str)) and not isinstance(value, bool):
        try:
            return float(value)  # YAML reads 2e-5 (no dot) as a string
        except ValueError as error:
            raise ConfigError(f"{where}: expected a number, got {value!r}") from error
    return value
