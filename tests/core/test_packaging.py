"""What an install gets: every package the code imports is declared in pyproject.toml,
the lock file pins all of them, and an installed package carries its data files."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution, packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    """The normalised project name of a requirement string (PEP 503)."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _declared() -> set[str]:
    return {_name(r) for r in _pyproject()["project"]["dependencies"]}


def _imported_top_modules() -> set[str]:
    modules: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"desktop"}


def test_every_imported_package_is_a_declared_dependency():
    owners = packages_distributions()
    declared = _declared()
    missing = []
    for module in sorted(_imported_top_modules()):
        dists = {_name(d) for d in owners.get(module, [module])}
        if not dists & declared and module != "shiboken6":  # shiboken6 comes with pyside6
            missing.append(f"{module} ({', '.join(sorted(dists))})")
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def _requires(dist_name: str) -> list[str]:
    try:
        return distribution(dist_name).requires or []
    except PackageNotFoundError:
        return []


def test_extras_that_old_pips_miss_are_declared_directly():
    """pip before 23.3 compares extra names unnormalised: a dependency asking for
    ``lxml[html_clean]`` (the extra is ``html-clean``) gets nothing. Whatever such an
    extra brings must be a direct dependency, so that any pip installs it."""
    declared = _declared()
    seen: set[str] = set()
    todo = sorted(declared)
    problems = []
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for requirement in _requires(name):
            spec, _, marker = requirement.partition(";")
            if "extra ==" in marker:
                continue  # an optional dependency of ``name`` itself
            todo.append(_name(spec))
            extras = re.search(r"\[([^\]]*)\]", spec)
            for extra in extras.group(1).split(",") if extras else []:
                extra = extra.strip()
                if extra == re.sub(r"[-_.]+", "-", extra).lower():
                    continue  # a normalised extra name: every pip resolves it
                brought = [
                    _name(r.partition(";")[0])
                    for r in _requires(_name(spec))
                    if re.sub(r"[-_.]+", "-", extra).lower()
                    in re.sub(r"[-_.]+", "-", r.partition(";")[2]).lower()
                ]
                problems += [
                    f"{name} asks for {spec.strip()}: declare {b}"
                    for b in brought
                    if b not in declared
                ]
    assert not problems, problems
    assert "lxml-html-clean" in seen


def _locked() -> dict[str, list[str]]:
    """Project name -> the versions pinned in requirements.lock."""
    pins: dict[str, list[str]] = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line)
        if match:
            pins.setdefault(_name(match.group(1)), []).append(match.group(2))
    return pins


def test_lock_pins_every_dependency_with_hashes():
    pins = _locked()
    project = _pyproject()["project"]
    wanted = {
        _name(r) for r in [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    }
    assert not wanted - set(pins), f"not in requirements.lock (run make lock): {wanted - set(pins)}"
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    assert text.count("==") <= text.count("--hash=sha256:")


def test_lock_keeps_the_pyside6_range():
    versions = _locked()["pyside6"]
    for version in versions:
        major, minor = (int(part) for part in version.split(".")[:2])
        assert (6, 8) <= (major, minor) < (6, 12), version


def test_unused_packages_are_gone():
    """The application needs neither; psutil stays a dev tool (the benchmarks)."""
    names = {_name(r) for r in _pyproject()["project"]["dependencies"]}
    assert not names & {"defusedxml", "psutil"}
    dev = {_name(r) for r in _pyproject()["project"]["optional-dependencies"]["dev"]}
    assert "defusedxml" not in dev


def test_data_folders_go_into_the_package():
    """setup.py installs resources/ and seeds/ inside the package (a plain pip install
    has no source tree); paths.py finds them there."""
    setup = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert '"desktop.resources": "resources"' in setup
    assert '"desktop.seeds": "seeds"' in setup
    from desktop.core.util import paths

    assert (paths.resources_dir() / "objectives.json").is_file()
    assert any(paths.seeds_dir().glob("*.txt"))
