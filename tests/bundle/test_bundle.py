"""Build the Linux bundle with packaging/build.sh and run it with no Python around.

Slow (a minute or more, and PyInstaller from PyPI), so opt-in:

    OFFLINE_READER_BUNDLE_TEST=1 .venv/bin/python -m pytest tests/bundle -q

The bundle runs under ``env -i`` with ``PATH=/usr/bin:/bin`` only and a fresh
HOME, from a copy outside the checkout: it needs neither the venv nor the
source tree, only the system libraries a desktop has (Qt's xcb/GL ones,
fontconfig and its fonts).
"""

from __future__ import annotations

import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest

from reader import __version__
from tests.bundle import filekeyring
from tests.conftest import SAMPLE_TITLE

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
TARBALL = DIST / f"offline-reader-{__version__}-linux-x86_64.tar.gz"

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("OFFLINE_READER_BUNDLE_TEST") != "1",
        reason="builds the bundle: set OFFLINE_READER_BUNDLE_TEST=1",
    ),
    pytest.mark.timeout(1200),
]

MB = 1024 * 1024


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built tarball, unpacked outside the checkout: what a user downloads."""
    subprocess.run(["bash", str(REPO / "packaging" / "build.sh")], cwd=REPO, check=True)
    where = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(TARBALL) as archive:
        archive.extractall(where, filter="tar")
    return where / "offline-reader"


def _run(
    bundle: Path, home: Path, *args: str, path: str = "/usr/bin:/bin"
) -> subprocess.CompletedProcess[str]:
    # Nothing of Python's in the environment (no VIRTUAL_ENV, PYTHONPATH,
    # PYTHONHOME): the venv and the source tree are out of reach.
    return subprocess.run(
        [
            "/usr/bin/env",
            "-i",
            f"PATH={path}",
            f"HOME={home}",
            "QT_QPA_PLATFORM=offscreen",
            "LANG=C.UTF-8",
            str(bundle / "offline-reader"),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=home,
    )


def test_sizes_stay_within_the_budget(bundle: Path) -> None:
    # As du counts: PyInstaller links some libraries into place; each counts once.
    unpacked = sum(
        p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
    )
    assert unpacked < 170 * MB, f"{unpacked / MB:.0f} MB unpacked"
    assert TARBALL.stat().st_size < 75 * MB, f"{TARBALL.stat().st_size / MB:.0f} MB packed"
    unwanted = [p.name for p in bundle.rglob("*") if "Quick" in p.name or "WebEngine" in p.name]
    assert not unwanted, unwanted
    translations = sorted(p.name for p in bundle.rglob("PySide6/Qt/translations/*.qm"))
    assert translations == [
        f"{kind}_{lang}.qm" for kind in ("qt", "qtbase") for lang in ("fr", "zh_CN", "zh_TW")
    ]


def test_version_runs_without_python(bundle: Path, tmp_path: Path) -> None:
    no_python = tmp_path / "empty-bin"
    no_python.mkdir()
    for path in ("/usr/bin:/bin", str(no_python)):
        done = _run(bundle, tmp_path, "--version", path=path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"offline-reader {__version__}"


def test_self_test_passes_from_the_bundle_with_a_keyring_round_trip(
    bundle: Path, tmp_path: Path
) -> None:
    calls = filekeyring.install(tmp_path)
    no_python = tmp_path / "empty-bin"  # a PATH with no Python on it at all
    no_python.mkdir()
    done = _run(bundle, tmp_path, "--self-test", path=str(no_python))
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "self-test passed"
    assert "SecretService" in done.stdout
    assert "keyring backend in use: filekeyring.FileKeyring" in done.stdout
    assert json.loads(calls.read_text(encoding="utf-8"))["calls"] == ["set", "get", "delete"]
    assert "Traceback" not in done.stderr


def test_exported_pdf_text_layer_reads_back_with_pdftotext(bundle: Path, tmp_path: Path) -> None:
    sample = bundle / "_internal" / "reader" / "resources" / "samples" / "sample-rfi.txt"
    db = tmp_path / "library.sqlite3"
    done = _run(bundle, tmp_path, "import", "--db", str(db), str(sample))
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "sample.pdf"
    done = _run(bundle, tmp_path, "export-pdf", "--db", str(db), "1", "--output", str(pdf))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode()
    assert SAMPLE_TITLE in text
    assert "克里表示，全球变暖是" in text.replace("\n", "")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    assert all(" yes " in line for line in fonts.stdout.splitlines()[2:]), fonts.stdout
