"""The bundle's file list does not depend on what the build machine has installed.

It did: with the GTK development packages present PyInstaller followed the
GTK theme plugin into GTK and bundled 10 MB more (issue 26). This builds
twice, once with ``libgtk-3-dev`` and once without (it installs or removes it
with apt, then puts the machine back as it was), and compares the lists.
Needs root and a Debian mirror, so it is opt-in twice over:

    OFFLINE_READER_BUNDLE_TEST=1 OFFLINE_READER_BUNDLE_APT=1 \\
        .venv/bin/python -m pytest tests/bundle/test_bundle_machine.py -q
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GTK_DEV = "libgtk-3-dev"

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("OFFLINE_READER_BUNDLE_TEST") != "1"
        or os.environ.get("OFFLINE_READER_BUNDLE_APT") != "1",
        reason="builds twice and runs apt: set OFFLINE_READER_BUNDLE_TEST=1 and "
        "OFFLINE_READER_BUNDLE_APT=1",
    ),
    pytest.mark.timeout(3600),
]


def _installed(package: str) -> bool:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Status}", package], capture_output=True, text=True
    )
    return done.stdout.strip() == "install ok installed"


def _packages() -> set[str]:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${Status}\n"], capture_output=True, text=True
    )
    return {line.split()[0] for line in done.stdout.splitlines() if line.endswith(" installed")}


def _apt(*args: str) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "-q", "-y", *args], check=True, env=env, capture_output=True)


def _build_and_list(build: bool = True) -> list[str]:
    if build:
        subprocess.run(
            ["nice", "-n", "10", "bash", str(REPO / "packaging" / "build.sh")],
            cwd=REPO,
            check=True,
        )
    bundle = REPO / "dist" / "offline-reader"
    return sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*"))


def test_the_same_files_with_and_without_the_gtk_development_packages() -> None:
    had = _installed(GTK_DEV)
    # OFFLINE_READER_BUNDLE_PREBUILT=1: the bundle in dist/ is the first build.
    prebuilt = os.environ.get("OFFLINE_READER_BUNDLE_PREBUILT") == "1"
    first = _build_and_list(build=not (prebuilt and (REPO / "dist" / "offline-reader").is_dir()))
    # The machine is put back exactly: what the install brought is removed,
    # what the removal took is installed again.
    before = _packages()
    if had:
        _apt("remove", GTK_DEV)
    else:
        _apt("install", "--no-install-recommends", GTK_DEV)
    changed = _packages() ^ before
    try:
        assert _installed(GTK_DEV) != had
        second = _build_and_list()
    finally:
        if had:
            _apt("install", "--no-install-recommends", *sorted(changed))
        else:
            _apt("remove", *sorted(changed))
    only_first = sorted(set(first) - set(second))
    only_second = sorted(set(second) - set(first))
    assert not only_first and not only_second, {
        "with" if had else "without": only_first,
        "without" if had else "with": only_second,
    }
