"""Locate the data files under ``resources/``.

They live at the top of the source tree (as the design asks), and a wheel
carries them inside the package as ``reader/resources``; both layouts work.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the resources folder of offline-reader is missing")


def resource_path(name: str) -> Path:
    return resources_dir() / name
