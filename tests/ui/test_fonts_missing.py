"""Without CJK fonts the self-test and the window say which are missing and how to get them.

The bundle ships no fonts (issue 26): on a system without Noto CJK, Chinese
showed as boxes and the self-test failed with "the exported PDF's text lacks
the title", which named neither the cause nor the cure.
"""

from __future__ import annotations

import os
import subprocess
import sys

from reader import app
from reader.export import fonts
from reader.ui import message
from tests.conftest import REPO


def _latin_only_fontconfig(tmp_path):
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        "<dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return conf


def test_the_self_test_names_the_missing_fonts_and_how_to_install_them(tmp_path):
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(_latin_only_fontconfig(tmp_path)),
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--self-test"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    last = done.stdout.splitlines()[-1]
    assert last.startswith("FAIL  fonts missing: Noto Serif CJK SC, Noto Serif CJK TC")
    assert "shows as boxes" in last
    assert "sudo apt install fonts-noto-cjk" in last and "google-noto" in last
    assert "lacks the title" not in done.stdout


def test_with_the_fonts_the_self_test_says_so(qapp):
    report = fonts.check()
    assert report.ok, report.message()  # this machine has fonts-noto-cjk (README)


def test_the_window_says_which_fonts_are_missing(qapp, monkeypatch):
    shown: list[tuple[str, str]] = []

    def record(text: str, detail: str) -> None:
        shown.append((text, detail))

    message.global_bridge.error_raised.connect(record)
    monkeypatch.setattr(
        fonts, "check", lambda: fonts.FontReport(missing=fonts.CJK_FAMILIES, han_capable=())
    )
    try:
        app.warn_about_fonts()
    finally:
        message.global_bridge.error_raised.disconnect(record)
    assert shown[-1][0] == "No font for Chinese, Japanese or Korean text is installed"
    assert "Noto Serif CJK SC" in shown[-1][1] and "fonts-noto-cjk" in shown[-1][1]
