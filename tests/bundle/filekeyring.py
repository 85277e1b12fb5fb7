"""A keyring backend that keeps passwords in a JSON file beside this module.

For tests only, never shipped: it stands in for the Secret Service, which a
test machine has no session bus for. Copied into a temporary folder and named
in ``keyringrc.cfg`` (``keyring-path``, ``default-keyring``), keyring loads it
the way it loads any third-party backend, from source or from the frozen
bundle. Every call is logged in the file, so a test can see the round-trip.
"""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

STORE = Path(__file__).with_suffix(".json")


def _load() -> dict:
    if STORE.is_file():
        return json.loads(STORE.read_text(encoding="utf-8"))
    return {"passwords": {}, "calls": []}


def _save(data: dict) -> None:
    STORE.write_text(json.dumps(data), encoding="utf-8")


class FileKeyring(KeyringBackend):
    # Viable only as the copy keyring loads by name: imported by the tests as
    # tests.bundle.filekeyring, keyring's chainer would otherwise find it
    # among all backends and use it in every other test of the run.
    priority = 1 if __name__ == "filekeyring" else -1

    def set_password(self, service: str, username: str, password: str) -> None:
        data = _load()
        data["passwords"][f"{service}/{username}"] = password
        data["calls"].append("set")
        _save(data)

    def get_password(self, service: str, username: str) -> str | None:
        data = _load()
        data["calls"].append("get")
        _save(data)
        return data["passwords"].get(f"{service}/{username}")

    def delete_password(self, service: str, username: str) -> None:
        data = _load()
        if data["passwords"].pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        data["calls"].append("delete")
        _save(data)


class ForgetfulKeyring(FileKeyring):
    """Accepts a password and loses it: what the self-test must catch."""

    def get_password(self, service: str, username: str) -> str | None:
        return None


def install(home: Path, backend: str = "FileKeyring") -> Path:
    """Copy this module under ``home`` and point keyring at it; returns the JSON log's path."""
    folder = home / "keyring-backend"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "filekeyring.py").write_text(
        Path(__file__).read_text(encoding="utf-8"), encoding="utf-8"
    )
    config = home / ".config" / "python_keyring"
    config.mkdir(parents=True, exist_ok=True)
    (config / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring = filekeyring.{backend}\nkeyring-path = {folder}\n",
        encoding="utf-8",
    )
    return folder / "filekeyring.json"
