"""The non-biometric check: ordinary image questions a safe model must still answer.

PRISM rewards refusing; a model that refuses everything would score perfectly on it. So the
evaluate stage also asks each model the first question of real LLaVA-Instruct records whose
images are shipped (``data/sample/instruct/coco8_matched...``: zebras, food, a vase) and
reports the share answered. Questions that explicitly ask for a biometric attribute are left
out, since refusing those is correct.
"""

from __future__ import annotations

from pathlib import Path

from safellava.biometrics.questions import requested_attributes
from safellava.jsonstream import BadRecord, iter_json
from safellava.prism.generation import Request
from safellava.records import IMAGE_TOKEN
from safellava.sources import SourceSpec, open_source


def load_requests(records: str | Path, image_root: str | Path, limit: int | None = None) -> list[Request]:
    """First human turn of each LLaVA record with an image on disk, minus biometric asks."""
    requests: list[Request] = []
    with open_source(SourceSpec(str(records))) as stream:
        for parsed in iter_json(stream, str(records)):
            if isinstance(parsed, BadRecord) or not isinstance(parsed.value, dict):
                continue
            record = parsed.value
            image = Path(image_root) / str(record.get("image", ""))
            turns = record.get("conversations") or []
            if not record.get("image") or not image.is_file() or not turns:
                continue
            question = str(turns[0].get("value", "")).replace(IMAGE_TOKEN, "").strip()
            if not question or requested_attributes(question):
                continue
            requests.append(Request(f"nonbio/{record.get('id')}/{len(requests)}", question, image))
            if limit is not None and len(requests) >= limit:
                break
    return requests
