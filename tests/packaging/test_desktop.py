"""Linux desktop integration: the menu entry and metadata validate; install and uninstall."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"
ID = "org.offline_reader.OfflineReader"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install desktop-file-utils and appstream (see README)")
    return found


def test_the_desktop_file_validates_and_opens_feeds_and_opml():
    desktop = LINUX / f"{ID}.desktop"
    result = subprocess.run(
        [tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    text = desktop.read_text(encoding="utf-8")
    assert "Exec=offline-reader %F" in text  # files and folders, as Open With gives them
    for mime in ("text/x-opml", "application/rss+xml", "application/atom+xml"):
        assert mime in text
    # .txt dumps, the program's main input, get "Open With" (issue 26)
    mimes = next(line for line in text.splitlines() if line.startswith("MimeType="))
    assert "text/plain" in mimes.removeprefix("MimeType=").split(";")
    assert "Name[zh_CN]=" in text and "Comment[fr]=" in text


def test_the_metainfo_validates():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "<screenshots>" in (LINUX / f"{ID}.metainfo.xml").read_text(encoding="utf-8")


def test_install_and_uninstall_for_the_user(tmp_path):
    bundle = tmp_path / "dist" / "offline-reader"
    bundle.mkdir(parents=True)
    program = bundle / "offline-reader"
    program.write_text("#!/bin/sh\necho offline-reader 0.1.0\n")
    program.chmod(0o755)
    prefix = tmp_path / "home" / ".local"
    env = {**os.environ, "PREFIX": str(prefix), "HOME": str(tmp_path / "home")}
    script = str(LINUX / "install.sh")
    subprocess.run(["bash", script, str(bundle)], env=env, check=True, capture_output=True)
    installed = prefix / "share" / "applications" / f"{ID}.desktop"
    assert f"Exec={prefix}/lib/offline-reader/offline-reader %F" in installed.read_text()
    subprocess.run([tool("desktop-file-validate"), str(installed)], check=True)
    link = prefix / "bin" / "offline-reader"
    assert subprocess.run([str(link)], capture_output=True, text=True).stdout.startswith(
        "offline-reader"
    )
    for size in (16, 48, 256):
        assert (prefix / f"share/icons/hicolor/{size}x{size}/apps/{ID}.png").is_file()
    assert (prefix / "share" / "metainfo" / f"{ID}.metainfo.xml").is_file()
    # Installing again replaces the program in place.
    subprocess.run(["bash", script, str(bundle)], env=env, check=True, capture_output=True)
    subprocess.run(["bash", script, "--uninstall"], env=env, check=True, capture_output=True)
    left = [
        p
        for p in prefix.rglob("*")
        if p.is_file() and p.suffix != ".cache" and "cache" not in p.name
    ]
    assert left == []
    assert not link.exists() and not link.is_symlink()


def test_install_without_a_bundle_says_what_to_do(tmp_path):
    env = {**os.environ, "PREFIX": str(tmp_path / "p")}
    result = subprocess.run(
        ["bash", str(LINUX / "install.sh"), str(tmp_path / "nothing")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and "packaging/build.sh" in result.stderr


def test_the_program_names_itself_as_its_desktop_file():
    """Wayland finds a window's icon and name through the desktop file's id."""
    from reader import APP_ID

    assert APP_ID == ID
    assert "setDesktopFileName(APP_ID)" in (REPO / "reader" / "app.py").read_text("utf-8")
