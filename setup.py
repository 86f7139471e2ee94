"""Packaging glue that pyproject.toml cannot say: the repository's ``resources/`` and
``seeds/`` folders are installed inside the package (``desktop/resources``,
``desktop/seeds``), with the interface catalogs compiled, so that a wheel or a plain
``pip install .`` carries everything the application reads at run time."""

from __future__ import annotations

from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildWithCatalogs(build_py):
    """Compile ``resources/locale/*/LC_MESSAGES/*.po`` into ``.mo`` files in the build."""

    def run(self) -> None:
        super().run()
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in Path("resources/locale").glob("*/LC_MESSAGES/*.po"):
            target = Path(self.build_lib, "desktop", "resources", po.relative_to("resources"))
            target = target.with_suffix(".mo")
            target.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as source:
                catalog = read_po(source, locale=po.parts[-3])
            with target.open("wb") as out:
                write_mo(out, catalog, use_fuzzy=True)


setup(
    packages=[*find_packages(include=["desktop*"]), "desktop.resources", "desktop.seeds"],
    package_dir={"desktop.resources": "resources", "desktop.seeds": "seeds"},
    package_data={
        "desktop.db": ["migrations/*.py", "migrations/*.mako", "migrations/versions/*.py"],
        "desktop.core.reports": ["templates/*.html", "templates/*.css"],
        "desktop.resources": ["**/*.json", "**/*.ttf", "**/*.txt", "**/*.po", "**/*.pot"],
        "desktop.seeds": ["*.txt"],
    },
    cmdclass={"build_py": BuildWithCatalogs},
)
