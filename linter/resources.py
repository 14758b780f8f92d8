"""Locate the built-in rules folder and load its data files (cached: read once per run)."""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from linter.yamlfile import SAFE_LOADER


@functools.cache
def rules_dir() -> Path:
    """`linter/rules` inside an installed wheel, else `rules/` beside the source package."""
    packaged = Path(str(resources.files("linter"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


@functools.cache
def data(name: str) -> Any:
    """A data file of `rules/data/` (lexicons, template, issuer table), parsed."""
    with open(rules_dir() / "data" / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SAFE_LOADER)
