"""Stage outputs that appear whole or not at all.

A stage writes into a hidden sibling folder and only a run that finishes replaces the
previous output with it, so a run that dies or fails (a killed ingest, an unreadable input, a
crashed training) leaves the last good output, and what DVC recorded for it, intact.

The swap is three renames, so that at every instant either the old or the new output is
on disk under a known name: the old output is renamed aside to ``.NAME.previous``, the new
one renamed in, and only then is the old one deleted. A process killed between the first two
renames leaves ``.NAME.previous`` and no ``NAME``; :func:`recover` (run at the start of every
staged write) puts it back, and a leftover ``.NAME.previous`` next to a complete ``NAME`` is
simply deleted.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _partial(output: Path) -> Path:
    return output.with_name(f".{output.name}.partial")


def _previous(output: Path) -> Path:
    return output.with_name(f".{output.name}.previous")


def recover(output: Path) -> None:
    """Finish or undo a swap that a killed process left half done."""
    previous = _previous(output)
    if not previous.exists():
        return
    if output.exists():  # killed after the new output was renamed in: the old one is stale
        shutil.rmtree(previous, ignore_errors=True)
    else:  # killed between the two renames: the old output is the last good one
        previous.rename(output)


def replace_output(staging: Path, output: Path) -> None:
    """Put ``staging`` in the place of ``output`` without a moment when neither exists."""
    previous = _previous(output)
    shutil.rmtree(previous, ignore_errors=True)
    if output.exists():
        output.rename(previous)
    staging.rename(output)
    shutil.rmtree(previous, ignore_errors=True)


@contextmanager
def staged_output(output: Path) -> Iterator[Path]:
    """Yield the staging folder; on success it replaces ``output``, on an error it is removed."""
    recover(output)
    staging = _partial(output)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    replace_output(staging, output)
