"""Where the benchmarks find the shared tools and keep what they generate.

Corpora are generated once with ``shared/tools/make_corpus.py`` and kept in
the temp folder, since a 100,000-dump corpus takes a while to write.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("OFFLINE_READER_SHARED", REPO.parent / "shared"))
CACHE = Path(tempfile.gettempdir()) / "offline-reader-bench"


def corpus(count: int, per_file: int = 1) -> Path:
    """A folder of ``count`` generated articles, ``per_file`` to a dump, made once."""
    out = CACHE / f"corpus-{count}-{per_file}"
    if not (out / ".done").exists():
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "tools" / "make_corpus.py"),
                str(out),
                "--count",
                str(count),
                "--per-file",
                str(per_file),
            ],
            check=True,
        )
        (out / ".done").touch()
    return out
