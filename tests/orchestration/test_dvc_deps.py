"""Every module a DVC stage's command imports is one of the stage's `deps`.

A reproducibility tool that misses a code change is worse than none: if `clean` imports
`records.py` and `records.py` is not a dependency, editing it leaves `dvc status` clean while
the output would change. The import closure is computed statically (every `import` in the
module, also inside functions, since the CLI and the stages import lazily) from what the
stage's `safellava <command>` runs: `cli.py`'s module-level imports plus the imports of that
command's function, followed through the `safellava` package.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from ..conftest import REPO

SRC = REPO / "src"
PACKAGE = SRC / "safellava"
STAGES = yaml.safe_load((REPO / "dvc.yaml").read_text(encoding="utf-8"))["stages"]


def _module_file(name: str) -> Path | None:
    """The file of a ``safellava`` module (a package's ``__init__.py``), or None."""
    if name != "safellava" and not name.startswith("safellava."):
        return None
    base = SRC.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.exists():
            return candidate
    return None


def _imports(nodes: list[ast.AST], module: str) -> set[str]:
    """Dotted names imported anywhere under ``nodes`` (relative imports resolved)."""
    names: set[str] = set()
    for node in (inner for top in nodes for inner in ast.walk(top)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = module.split(".")[: -node.level]
                base = ".".join([*parent, base] if base else parent)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)  # "from pkg import module"
    return names


def _closure(roots: set[str]) -> set[Path]:
    """The files of every ``safellava`` module reachable from ``roots`` (and their packages).
    ``cli.py`` counts as imported but is not followed: only its command's imports run."""
    seen: set[Path] = {PACKAGE / "cli.py"}
    queue = list(roots)
    while queue:
        name = queue.pop()
        parts = name.split(".")
        for depth in range(1, len(parts) + 1):  # importing a.b.c runs a/__init__ and a/b/__init__
            path = _module_file(".".join(parts[:depth]))
            if path is None or path in seen:
                continue
            seen.add(path)
            module = ".".join(parts[:depth])
            if path.name == "__init__.py":
                module += ".__init__"
            queue.extend(_imports([ast.parse(path.read_text(encoding="utf-8"))], module))
    return seen


def _command_roots(command: str) -> set[str]:
    """What ``safellava <command>`` imports: cli's top level plus the command's function."""
    tree = ast.parse((PACKAGE / "cli.py").read_text(encoding="utf-8"))
    top = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    (function,) = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == command]
    return _imports([*top, function], "safellava.cli")


def _covered(path: Path, deps: list[str]) -> bool:
    relative = path.relative_to(REPO)
    return any(relative == Path(dep) or Path(dep) in relative.parents for dep in deps)


@pytest.mark.parametrize("name", sorted(STAGES))
def test_every_imported_module_is_a_dependency_of_the_stage(name: str) -> None:
    stage = STAGES[name]
    command = stage["cmd"].split()[1]
    files = _closure(_command_roots(command))
    assert PACKAGE / "cli.py" in files and len(files) > 3
    missing = sorted(str(path.relative_to(REPO)) for path in files if not _covered(path, stage["deps"]))
    assert not missing, f"dvc.yaml stage {name!r} imports these but does not depend on them: {missing}"


def test_the_closure_follows_lazy_imports_inside_functions() -> None:
    files = _closure(_command_roots("clean"))
    assert PACKAGE / "records.py" in files  # imported inside cleaning.stage's functions and cli.clean
    assert PACKAGE / "training" / "stage.py" not in files  # another command's import
