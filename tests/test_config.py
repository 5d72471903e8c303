"""The one way a stage's params section becomes its typed config (safellava.config)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from safellava.audit import AuditConfig
from safellava.cleaning.stage import CleanConfig
from safellava.cli import app
from safellava.config import ConfigError, load, override
from safellava.ingest import IngestConfig
from safellava.prism.stage import EvaluateConfig
from safellava.quality.gate import ValidateConfig
from safellava.tracking import MlflowConfig
from safellava.training.config import TrainConfig

from .conftest import REPO

CONFIGS = (IngestConfig, AuditConfig, CleanConfig, ValidateConfig, TrainConfig, EvaluateConfig, MlflowConfig)


def _write(tmp_path: Path, params: dict[str, Any]) -> Path:
    path = tmp_path / "params.yaml"
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    return path


@pytest.mark.parametrize("config_type", CONFIGS, ids=lambda config_type: config_type.SECTION)
def test_the_repo_params_load_and_a_typo_is_named(config_type: type, tmp_path: Path) -> None:
    config = load(config_type, REPO / "params.yaml")
    assert type(config) is config_type
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    params[config_type.SECTION]["shard_sise"] = 5
    with pytest.raises(ConfigError, match=rf"{config_type.SECTION}\.shard_sise"):
        load(config_type, _write(tmp_path, params))


def test_nested_sections_are_typed_and_their_typos_named(tmp_path: Path) -> None:
    params = _write(tmp_path, {"clean": {"openai": {"modle": "gpt-4o"}}})
    with pytest.raises(ConfigError, match=r"clean\.openai\.modle"):
        load(CleanConfig, params)
    train = load(
        TrainConfig,
        _write(
            tmp_path,
            {
                "train": {
                    "learning_rate": "2e-5",
                    "lora": {"target_modules": ["q_proj"]},
                    "baseline": {"data": "raw.json"},
                }
            },
        ),
    )
    assert train.learning_rate == 2e-5 and train.lora.target_modules == ("q_proj",)  # YAML reads 2e-5 as a string
    baseline = train.for_baseline()
    assert (baseline.variant, baseline.data, baseline.output) == ("baseline", "raw.json", "models/baseline")
    assert baseline.fingerprint("sha") == train.with_(data="raw.json").fingerprint("sha")  # same knobs, other data


def test_a_missing_file_or_section_gives_the_types_defaults(tmp_path: Path) -> None:
    assert load(IngestConfig, tmp_path / "absent.yaml") == IngestConfig()
    assert load(IngestConfig, _write(tmp_path, {"audit": {}})).shard_size == 100_000
    assert (
        load(CleanConfig, _write(tmp_path, {"clean": {"openai": None}})).openai.model == "gpt-4o"
    )  # an empty nested section
    with pytest.raises(ValueError, match="evaluate.models.safe: an hf model needs exactly one of path"):
        load(EvaluateConfig, _write(tmp_path, {"evaluate": {"models": {"safe": None}}}))


def test_borrowed_fields_come_from_the_other_stage_only(tmp_path: Path) -> None:
    params = {
        "clean": {"refusals": ["No."], "faithfulness": {"min_expected": 2}},
        "train": {"image_aspect_ratio": "crop"},
    }
    validate = load(ValidateConfig, _write(tmp_path, params))
    assert validate.refusals == ("No.",) and validate.faithfulness.min_expected == 2.0
    assert load(EvaluateConfig, _write(tmp_path, params)).image_aspect_ratio == "crop"
    with pytest.raises(ConfigError, match="validate.refusals: not set here; the stage reads clean.refusals"):
        load(ValidateConfig, _write(tmp_path, {**params, "validate": {"refusals": ["Other."]}}))


def test_overrides_replace_given_fields_and_are_checked(tmp_path: Path) -> None:
    config = load(IngestConfig, _write(tmp_path, {"ingest": {"shard_size": 7}}), output="elsewhere", image_root=None)
    assert (config.output, config.shard_size, config.image_root) == ("elsewhere", 7, None)
    with pytest.raises(ValueError, match="shard_size must be at least 1"):
        override(config, shard_size=0)
    with pytest.raises(ConfigError, match="no field shard"):
        override(config, shard=3)
    with pytest.raises(ConfigError, match="clean.backend must be one of"):
        load(CleanConfig, _write(tmp_path, {"clean": {"backend": "gpt"}}))


def test_a_typo_stops_the_cli_with_the_keys_name(tmp_path: Path) -> None:
    params = _write(tmp_path, {"ingest": {"inputs": ["x.json"], "shard_sise": 10}})
    result = CliRunner().invoke(app, ["ingest", "--params", str(params), "--no-track"])
    assert result.exit_code == 2
    assert "ingest.shard_sise" in result.output
