"""Stage outputs are swapped so that the old or the new output exists at every instant.

A kill is simulated by making the step after each rename fail (the process stops there,
as a SIGKILL would stop it), then checking what is on disk and what the next run recovers.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from safellava import staging
from safellava.staging import recover, staged_output


def _write(folder: Path, text: str) -> None:
    (folder / "manifest.json").write_text(text)


def _visible(output: Path) -> str | None:
    """What a reader (DVC, the next stage) finds: the output, or the output set aside."""
    for folder in (output, output.with_name(f".{output.name}.previous")):
        if (folder / "manifest.json").is_file():
            return (folder / "manifest.json").read_text()
    return None


class Killed(BaseException):
    """Stands for SIGKILL: nothing after the kill point runs, no ``except Exception`` sees it."""


def _kill_at(monkeypatch: pytest.MonkeyPatch, call: int) -> list[str]:
    """Make the ``call``-th rename of the swap raise Killed instead of running."""
    seen: list[str] = []
    real = Path.rename

    def rename(self: Path, target: Path) -> Path:
        seen.append(f"{self.name} -> {Path(target).name}")
        if len(seen) == call:
            raise Killed
        return real(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    return seen


@pytest.mark.parametrize("kill_at", [1, 2])
def test_a_kill_during_the_swap_never_leaves_neither_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kill_at: int
) -> None:
    output = tmp_path / "out"
    output.mkdir()
    _write(output, "old")
    seen = _kill_at(monkeypatch, kill_at)
    with pytest.raises(Killed):
        with staged_output(output) as folder:
            _write(folder, "new")
    assert _visible(output) == "old"  # killed before the new output was renamed in
    monkeypatch.undo()
    recover(output)
    assert (output / "manifest.json").read_text() == "old"
    assert seen[0] == "out -> .out.previous" and not output.with_name(".out.previous").exists()


def test_a_kill_after_the_new_output_is_in_keeps_the_new_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "out"
    output.mkdir()
    _write(output, "old")
    real_rmtree = shutil.rmtree
    calls: list[Path] = []

    def rmtree(path: Path, ignore_errors: bool = False) -> None:
        calls.append(Path(path))
        if Path(path).name == ".out.previous" and len(calls) > 2:  # the final delete of the old output
            raise Killed
        real_rmtree(path, ignore_errors=ignore_errors)

    monkeypatch.setattr(staging.shutil, "rmtree", rmtree)
    with pytest.raises(Killed):
        with staged_output(output) as folder:
            _write(folder, "new")
    assert (output / "manifest.json").read_text() == "new"
    assert output.with_name(".out.previous").exists()
    monkeypatch.undo()
    with staged_output(output) as folder:  # the next run tidies up before it starts
        assert not output.with_name(".out.previous").exists()
        _write(folder, "newer")
    assert (output / "manifest.json").read_text() == "newer"


def test_a_failed_run_leaves_the_old_output_and_no_partial(tmp_path: Path) -> None:
    output = tmp_path / "out"
    output.mkdir()
    _write(output, "old")
    with pytest.raises(RuntimeError):
        with staged_output(output) as folder:
            _write(folder, "half")
            raise RuntimeError("input unreadable")
    assert (output / "manifest.json").read_text() == "old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


def test_first_run_has_no_old_output(tmp_path: Path) -> None:
    with staged_output(tmp_path / "fresh") as folder:
        _write(folder, "new")
    assert _visible(tmp_path / "fresh") == "new"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["fresh"]
