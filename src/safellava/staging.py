"""Stage outputs that appear whole or not at all.

A stage writes into a hidden sibling folder and only a run that finishes replaces the
previous output with it, so a run that dies or fails (a killed ingest, an unreadable input, a
crashed training) leaves the last good output, and what DVC recorded for it, intact.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def staged_output(output: Path) -> Iterator[Path]:
    """Yield the staging folder; on success it replaces ``output``, on an error it is removed."""
    staging = output.with_name(f".{output.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(output, ignore_errors=True)
    staging.rename(output)
