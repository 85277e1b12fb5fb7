"""Wiring of the window; filled in by the main-window work."""

from __future__ import annotations

import sys
from pathlib import Path


def run_window(db_path: Path) -> int:
    print(
        "offline-reader: the window is not built yet; use the sub-commands (see --help)",
        file=sys.stderr,
    )
    return 1
