"""Read PDFs back the way people and archives do: poppler's tools and pypdf."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from reader.export.textlayer import parse_to_unicode

# pdftotext wraps right-to-left lines in embedding marks; they are its own.
_BIDI_MARKS = dict.fromkeys(range(0x202A, 0x202F))
_SPACE = re.compile(r"\s+")


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install poppler-utils (see README)")
    return found


def pdftotext(path: Path, *args: str) -> str:
    result = subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", *args, str(path), "-"],
        capture_output=True,
        check=True,
    )
    return result.stdout.decode("utf-8")


def page_text(path: Path, page: int) -> str:
    """Text of one page, 1-based, as pdftotext reads it."""
    return pdftotext(path, "-f", str(page), "-l", str(page))


def squash(text: str) -> str:
    """No whitespace at all: line wrapping is layout, every other character must match."""
    return _SPACE.sub("", text.translate(_BIDI_MARKS))


def collapse(text: str) -> str:
    """Whitespace runs (line breaks, no-break spaces) as one space: words and their order."""
    return " ".join(text.translate(_BIDI_MARKS).split())


def unmapped_glyphs(path: Path) -> dict[str, set[int]]:
    """Glyphs drawn with no text behind them, per font: text a PDF silently loses."""
    reader = PdfReader(path)
    missing: dict[str, set[int]] = {}
    for page in reader.pages:
        fonts = {name: ref.get_object() for name, ref in page["/Resources"]["/Font"].items()}
        content = page.get_contents()
        assert content is not None
        data = content.get_data().decode("latin-1")
        for name, block in re.findall(r"BT\s*/(\w+)\s[^\n]*\n(.*?)ET", data, re.S):
            font = fonts["/" + name]
            mapping = parse_to_unicode(font["/ToUnicode"].get_object().get_data())
            used = {int(cid, 16) for cid in re.findall(r"<([0-9A-Fa-f]{4})>\s*Tj", block)}
            lost = {cid for cid in used if not mapping.get(cid)}
            if lost:
                missing.setdefault(str(font["/BaseFont"]), set()).update(lost)
    return missing


def pdffonts(path: Path) -> list[dict[str, str]]:
    out = subprocess.run(
        [tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    rows = []
    for line in out[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object-id gen
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def pdfimages(path: Path) -> list[dict[str, str]]:
    out = subprocess.run(
        [tool("pdfimages"), "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    header = out[0].split()
    return [dict(zip(header, line.split(), strict=False)) for line in out[2:]]
