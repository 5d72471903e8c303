"""The validate Prefect flow: a violation leaves the flow run Failed, with its reason."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import EXPECTATIONS, Records, write_cleaned


@pytest.mark.slow
def test_violation_fails_the_flow_run_and_still_writes_reports(
    ingested: Path, cleaned_parts: tuple[Records, list[dict[str, Any]]], tmp_path: Path
) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.validate import validate_flow

    records, changes = copy.deepcopy(cleaned_parts)
    records[3]["conversations"][1]["value"] = ""
    cleaned = write_cleaned(tmp_path / "cleaned", records, changes)
    params = tmp_path / "params.yaml"
    params.write_text(
        yaml.safe_dump(
            {
                "validate": {
                    "ingested": str(ingested),
                    "cleaned": str(cleaned),
                    "output": str(tmp_path / "validated"),
                    "data_docs": str(tmp_path / "docs"),
                    "expectations": str(EXPECTATIONS),
                    "max_leakage": {name: 1.0 for name in ("overall", "age", "gender", "race", "eye_color", "weight")},
                }
            }
        )
    )
    with prefect_test_harness():
        state = validate_flow(params_path=str(params), track=False, return_state=True)
    assert state.is_failed()
    assert "expect_column_values_to_be_between(column=value_length" in state.message
    assert records[3]["key"] in state.message
    results = json.loads((tmp_path / "validated" / "results.json").read_text())
    assert [f["kwargs"]["column"] for f in results["failures"]] == ["value_length"]
    assert (tmp_path / "docs" / "index.html").is_file()
