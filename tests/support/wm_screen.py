"""A virtual screen of a given size with a real window manager (Xvfb + Openbox).

Where the window lands depends on the window manager's frame and placement,
which the offscreen platform does not have: these tests start Xvfb at the
size a reader's laptop has, Openbox on it, and the window in a process of its
own (:mod:`tests.support.screen_child`), and read where things ended up.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def _need(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        pytest.fail(f"{program} is needed for the screen tests (apt-get install {program})")
    return path


@contextmanager
def wm_screen(width: int, height: int) -> Iterator[str]:
    """A ``DISPLAY`` of ``width``×``height`` with Openbox running on it."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        [_need("Xvfb"), "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    display = f":{number}"
    env = {**os.environ, "DISPLAY": display}
    openbox = subprocess.Popen(
        [_need("openbox")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # Openbox owns the screen once it sets its name
            probe = subprocess.run(
                ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                env=env, capture_output=True, text=True, check=False,
            ) if shutil.which("xprop") else None  # fmt: skip
            if probe is None or "window id" in probe.stdout:
                break
            time.sleep(0.1)
        time.sleep(0.5 if shutil.which("xprop") else 1.5)
        yield display
    finally:
        for process in (openbox, xvfb):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class WindowProcess:
    """The program's window in a child process on ``display``."""

    def __init__(self, display: str, library: Path, language: str = "") -> None:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.env = env
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.screen_child", str(library)]
            + ([language] if language else []),
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(f"the window process ended: {self.process.stderr.read()}")  # type: ignore[union-attr]
        return line

    def info(self) -> dict[str, Any]:
        return json.loads(self.ask("info"))

    def xdotool(self, *args: str) -> None:
        subprocess.run([_need("xdotool"), *args], env=self.env, check=True, timeout=10)

    def close(self) -> None:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write("close\n")
            self.process.stdin.flush()
            self.process.stdin.close()
        except BrokenPipeError:
            pass
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def inside(rect: list[int], room: list[int]) -> bool:
    x, y, w, h = rect
    rx, ry, rw, rh = room
    return rx <= x and ry <= y and x + w <= rx + rw and y + h <= ry + rh
