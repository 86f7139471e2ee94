"""The data files under ``resources/`` that drive extraction, loaded once."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from desktop.core.util.paths import resources_dir


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``resources/<name>.json`` (cached for the life of the process)."""
    path = resources_dir() / f"{name}.json"
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def strings(name: str, key: str) -> list[str]:
    """A list of strings stored under ``key`` in ``resources/<name>.json``."""
    value = load(name).get(key, [])
    return [str(item) for item in value]
