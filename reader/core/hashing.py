"""The one hash provenance uses, in one leaf every layer may import.

Dumps, feed items, synced items and web captures all record the SHA-256 of
their bytes as received; ``sha256sum FILE`` must give the same text, so it
is lower-case hex.
"""

from __future__ import annotations

import hashlib

__all__ = ["sha256_hex"]


def sha256_hex(data: bytes) -> str:
    """The lower-case hex SHA-256 of ``data``, as ``sha256sum`` prints it."""
    return hashlib.sha256(data).hexdigest()
