"""desktop/core and desktop/db stay free of Qt: they run headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_and_db_never_import_qt():
    offenders = [
        str(path.relative_to(ROOT))
        for layer in ("desktop/core", "desktop/db")
        for path in (ROOT / layer).rglob("*.py")
        if _imports(path) & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_core_modules_load_without_qt_in_the_process():
    code = (
        "import importlib, pkgutil, sys, desktop.core, desktop.db\n"
        "for pkg in (desktop.core, desktop.db):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in m.name:\n"
        "            importlib.import_module(m.name)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


# -- the layers of desktop/core (docs/architecture.md) ---------------------------------

CORE = ROOT / "desktop" / "core"
LAYERS = {
    "util": 0,
    "extract": 1,
    "operations": 1,
    "archive": 2,
    "importing": 3,
    "tagging": 3,
    "linking": 3,
    "search": 3,
    "reports": 3,
    "exports": 3,
    "maintenance": 3,
}


def _run_time_core_imports(path: Path) -> set[str]:
    """The ``desktop.core`` packages ``path`` imports when it runs, deferred imports
    included; imports for annotations only (under ``TYPE_CHECKING``) are left out."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            modules: list[str] = []
            if isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                modules = [f"{child.module}.{alias.name}" for alias in child.names]
            elif isinstance(child, ast.Import):
                modules = [alias.name for alias in child.names]
            for module in modules:
                parts = module.split(".")
                if parts[:2] == ["desktop", "core"] and len(parts) > 2:
                    found.add(parts[2])
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in CORE.rglob("*.py"):
        parts = path.relative_to(CORE).parts
        if len(parts) < 2:
            continue  # desktop/core/__init__.py
        graph.setdefault(parts[0], set()).update(_run_time_core_imports(path) - {parts[0]})
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of ``graph`` (its nodes in order, the first repeated last), or []."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := walk(target)):
                return found
        state[node] = 2
        path.pop()
        return []

    for node in sorted(graph):
        if node not in state and (found := walk(node)):
            return found
    return []


def test_every_core_package_has_its_layer_and_its_place_in_the_map():
    packages = {p.name for p in CORE.iterdir() if (p / "__init__.py").is_file()}
    assert packages == set(LAYERS)
    assert [p.name for p in CORE.glob("*.py")] == ["__init__.py"]  # modules live in folders
    core_map = ast.get_docstring(ast.parse((CORE / "__init__.py").read_text("utf-8"))) or ""
    architecture = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    for package in LAYERS:
        assert f"{package}/" in core_map, package
        assert f"`{package}/`" in architecture, package


def test_core_packages_import_only_lower_layers_and_features_form_no_cycle():
    graph = _package_graph()
    upward = sorted(
        f"{source} -> {target}"
        for source, targets in graph.items()
        for target in targets
        if LAYERS[target] > LAYERS[source]
        or (LAYERS[target] == LAYERS[source] and LAYERS[source] < 3)
    )
    assert upward == []
    assert _cycle(graph) == []


def test_the_cycle_check_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def _run_time_module_imports(path: Path, prefix: str) -> set[str]:
    """The modules under ``prefix`` that ``path`` imports when it runs (deferred imports
    included, ``TYPE_CHECKING`` blocks left out)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.update(f"{child.module}.{alias.name}" for alias in child.names)
                found.add(child.module)
            elif isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {name for name in found if name.startswith(prefix)}


def test_window_modules_form_no_run_time_import_cycle():
    """The main window imports its features' modules; none imports the window back (a
    new window is made as ``type(window)(...)``, the features' types come from
    ``desktop.ui.features`` under ``TYPE_CHECKING``)."""
    folder = ROOT / "desktop" / "ui"
    modules = {f"desktop.ui.{path.stem}": path for path in folder.glob("*.py")}
    graph = {
        name: (_run_time_module_imports(path, "desktop.ui.") & set(modules)) - {name}
        for name, path in modules.items()
    }
    assert graph["desktop.ui.main_window"]  # the check sees the window's imports
    assert _cycle(graph) == []
