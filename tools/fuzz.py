"""Fuzz the dump parser, the cleaner and the feed parser for minutes (not part of CI).

    python tools/fuzz.py [--minutes 5] [--only dump|cleaner|feed ...]

Runs the properties of ``tests/fuzz_properties.py`` (the test run tries a
few hundred examples of each) in batches with fresh random seeds until the
time is up, the time shared between the targets, and prints how many
examples each ran. On a failure Hypothesis shrinks the input; the script
prints the smallest one it found with the error, and exits 1: paste that
input into a test.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.support import fuzz_properties as fp  # noqa: E402

TARGETS: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], None]]] = {
    "dump": (fp.DUMPS, fp.check_dump),
    "cleaner": (st.tuples(fp.HTML, fp.BASES), lambda pair: fp.check_cleaner(*pair)),
    "feed": (fp.FEEDS, fp.check_feed),
}
_BATCH = settings(
    max_examples=2000,
    deadline=None,
    database=None,  # every batch new inputs; a failure is printed, not stored
    phases=[Phase.generate, Phase.shrink],
    suppress_health_check=list(HealthCheck),
)


def fuzz(name: str, seconds: float) -> int:
    """Examples of one target run in ``seconds`` (raises on a failing input)."""
    strategy, check = TARGETS[name]
    count = 0

    @_BATCH
    @given(strategy)
    def batch(value: Any) -> None:
        nonlocal count
        count += 1
        check(value)

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        batch()
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="in all (default 5)")
    parser.add_argument("--only", nargs="+", choices=sorted(TARGETS), help="these targets only")
    args = parser.parse_args()
    names = args.only or list(TARGETS)
    share = args.minutes * 60 / len(names)
    failed = False
    for name in names:
        started = time.monotonic()
        try:
            count = fuzz(name, share)
        except Exception as exc:  # the smallest failing inputs are in the notes
            traceback.print_exception(exc)
            print(f"{name}: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
            failed = True
            continue
        elapsed = time.monotonic() - started
        print(f"{name}: {count} examples in {elapsed:.0f} s ({count / elapsed:.0f}/s), no failure")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
