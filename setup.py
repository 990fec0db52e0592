"""Compile the gettext catalogues (.po → .mo) when the package is built or installed,
so that the wheel and an editable install ship them; the metadata is in pyproject.toml."""

from __future__ import annotations

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        tool = runpy.run_path(str(HERE / "tools" / "l10n_catalogue.py"))
        tool["compile_all"](True)
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogues})
