"""File names for exported articles that every operating system accepts.

Journalists hand exports on: a folder written on Linux is opened on Windows or
macOS, copied to a USB stick (FAT/exFAT) or zipped for a lawyer. So a name
must avoid what any of them refuses (Windows' reserved characters and device
names, trailing dots and spaces, control characters) and stay short enough
for the smallest limit (255 bytes on ext4, 255 UTF-16 units on NTFS, and
full paths that Windows still caps near 260 characters).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

# Characters Windows refuses in names, plus the path separators everywhere.
_FORBIDDEN = frozenset('<>:"/\\|?*')
# Device names Windows reserves whatever the extension ("CON.pdf" is CON).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{stem}{n}" for stem in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
_SPACES = re.compile(r"\s+")
DEFAULT_STEM = "article"
# Bytes of UTF-8 for the whole name: far below 255, so a folder path in front
# of it still fits Windows' classic limits for reasonably placed folders.
MAX_NAME_BYTES = 120


def _clean_char(char: str) -> str:
    if char in _FORBIDDEN:
        return " "
    category = unicodedata.category(char)
    # Cc: control characters; Cf: invisible format characters (a right-to-left
    # override in a name makes "gpj.exe" look like "exe.jpg"); Cs: lone
    # surrogates, which no file system encodes; Zl/Zp: line breaks.
    if category in ("Cc", "Cf", "Cs", "Zl", "Zp"):
        return " "
    return char


def _cap_utf8(text: str, limit: int) -> str:
    """Cut to ``limit`` UTF-8 bytes without splitting a character or a combining mark."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    cut = encoded[:limit].decode("utf-8", errors="ignore")
    while cut and unicodedata.combining(cut[-1]):
        cut = cut[:-1]
    return cut


def _tidy(stem: str) -> str:
    stem = _SPACES.sub(" ", stem).strip()
    # Windows drops trailing dots and spaces (so "a." and "a" collide); a
    # leading dot hides the file on Unix; a leading dash reads as an option.
    return stem.strip(". ").lstrip("-~").strip(". ")


def safe_filename(
    title: str,
    published: datetime | None = None,
    *,
    extension: str = ".pdf",
    max_bytes: int = MAX_NAME_BYTES,
) -> str:
    """``2023-07-18 Title.pdf``: the date sorts the folder, the title says what it is."""
    stem = "".join(_clean_char(c) for c in unicodedata.normalize("NFC", title))
    stem = _tidy(stem)
    prefix = published.strftime("%Y-%m-%d") + " " if published is not None else ""
    budget = max_bytes - len(extension.encode("utf-8")) - len(prefix.encode("utf-8"))
    stem = _tidy(_cap_utf8(stem, max(budget, 1)))
    if not stem:
        stem = DEFAULT_STEM
    name = prefix + stem
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = "_" + name
    return name + extension


def unique_path(folder: Path, name: str, taken: set[str] | None = None) -> Path:
    """``name`` in ``folder``, numbered ``name (2).pdf`` when a file or ``taken`` has it.

    Names are compared case-insensitively because Windows and macOS do.
    """
    taken_folded = {t.casefold() for t in (taken or set())}
    path = Path(name)
    stem, suffix = path.stem, path.suffix
    candidate = name
    number = 1
    while candidate.casefold() in taken_folded or (folder / candidate).exists():
        number += 1
        candidate = f"{stem} ({number}){suffix}"
    return folder / candidate
