"""Make the text layer of a Qt-written PDF say what the articles say.

Qt embeds each font as a subset and writes its ToUnicode map (glyph -> text,
what copy and ``pdftotext`` use) by asking, for every code point of the
Basic Multilingual Plane in ascending order, which glyph the font maps it to,
and keeping the first. That goes wrong in three ways journalists meet daily:

* a glyph shared by several code points gets the lowest one: in Noto CJK
  "一", "二", "金"... share their glyph with the Kangxi radicals U+2Fxx, and
  "民" with the CJK radical supplement U+2EA0, so Chinese text comes back with
  radicals in place of ideographs;
* a glyph that only shaping produces (Arabic initial/medial/final forms,
  lam-alef, Latin ligatures) gets a presentation-form code point (U+FExx,
  U+FB01) or nothing at all;
* glyphs for characters beyond the BMP (Cantonese characters of CJK
  Extension B used in Hong Kong news) get nothing, so the text is lost.

:func:`repair_to_unicode` rewrites each map with what was actually drawn: the
exported text's characters, the font's own character map (through
:class:`QRawFont`), compatibility decompositions, and for unmapped glyphs the
glyph outline's bounding box compared with the candidates'.
"""

from __future__ import annotations

import itertools
import re
import struct
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, IndirectObject, StreamObject
from PySide6.QtGui import QFont, QFontDatabase, QPainterPath, QRawFont

_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_RANGE_LINE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")

_CMAP_HEAD = (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
)
_CMAP_TAIL = "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"


def _decode_utf16(hex_value: bytes) -> str:
    raw = bytes.fromhex(hex_value.decode("ascii"))
    return raw.decode("utf-16-be", errors="ignore").replace("\x00", "")


def parse_to_unicode(data: bytes) -> dict[int, str]:
    """The glyph -> text entries of a ToUnicode CMap (bfchar and both bfrange forms)."""
    mapping: dict[int, str] = {}
    for block in _BFCHAR.findall(data):
        values = _HEX.findall(block)
        for code, text in zip(values[::2], values[1::2], strict=False):
            mapping[int(code, 16)] = _decode_utf16(text)
    for block in _BFRANGE.findall(data):
        for start_hex, end_hex, target in _RANGE_LINE.findall(block):
            start, end = int(start_hex, 16), int(end_hex, 16)
            if target.startswith(b"["):
                for offset, text in enumerate(_HEX.findall(target)):
                    mapping[start + offset] = _decode_utf16(text)
            else:
                first = _decode_utf16(target[1:-1])
                for offset in range(end - start + 1):
                    if first:
                        mapping[start + offset] = first[:-1] + chr(ord(first[-1]) + offset)
    return {code: text for code, text in mapping.items() if text}


def write_to_unicode(mapping: dict[int, str]) -> bytes:
    lines = [_CMAP_HEAD]
    items = sorted(mapping.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar\n")
        for code, text in chunk:
            lines.append(f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>\n")
        lines.append("endbfchar\n")
    lines.append(_CMAP_TAIL)
    return "".join(lines).encode("ascii")


# -- the fonts behind the PDF's font names ------------------------------------


def _name_table_postscript(raw: QRawFont) -> str | None:
    """PostScript name (name ID 6) from the font's ``name`` table: what Qt writes as BaseFont."""
    data = bytes(raw.fontTable("name").data())
    if len(data) < 6:
        return None
    count, string_offset = struct.unpack(">2xHH", data[:6])
    for index in range(count):
        record = data[6 + 12 * index : 18 + 12 * index]
        if len(record) < 12:
            break
        platform, _encoding, _lang, name_id, length, offset = struct.unpack(">6H", record)
        if name_id != 6:
            continue
        value = data[string_offset + offset : string_offset + offset + length]
        return value.decode("utf-16-be" if platform in (0, 3) else "latin-1", errors="ignore")
    return None


class FontFinder:
    """Finds the :class:`QRawFont` for a PDF BaseFont name among the families we use.

    Fonts Qt picked as fallbacks outside our families are looked up by the
    family whose name, without spaces, starts the PostScript name
    ("NotoSansThai-Regular" -> "Noto Sans Thai").
    """

    def __init__(self, families: Iterable[str]) -> None:
        self._families = list(dict.fromkeys(families))
        self._by_name: dict[str, QRawFont] = {}
        self._searched: set[str] = set()

    def _scan(self, family: str) -> None:
        if family in self._searched:
            return
        self._searched.add(family)
        for weight in (QFont.Weight.Normal, QFont.Weight.Bold):
            for italic in (False, True):
                font = QFont(family)
                font.setWeight(weight)
                font.setItalic(italic)
                raw = QRawFont.fromFont(font)
                if not raw.isValid():
                    continue
                name = _name_table_postscript(raw)
                if name and name not in self._by_name:
                    self._by_name[name] = raw

    def find(self, postscript_name: str) -> QRawFont | None:
        if postscript_name in self._by_name:
            return self._by_name[postscript_name]
        for family in self._families:
            self._scan(family)
            if postscript_name in self._by_name:
                return self._by_name[postscript_name]
        prefix = postscript_name.split("-")[0].casefold()
        for family in QFontDatabase.families():
            if family.replace(" ", "").casefold() == prefix:
                self._scan(family)
        return self._by_name.get(postscript_name)


# -- the embedded subset's glyph boxes -------------------------------------------


Box = tuple[float, float, float, float, float]


def _glyph_boxes(font_file: bytes) -> tuple[int, dict[int, Box], set[int]]:
    """unitsPerEm, glyph -> (contours, xMin, yMin, xMax, yMax), and the blank glyphs."""
    tables: dict[bytes, tuple[int, int]] = {}
    (count,) = struct.unpack(">H", font_file[4:6])
    for index in range(count):
        tag, _sum, offset, length = struct.unpack(
            ">4sIII", font_file[12 + 16 * index : 28 + 16 * index]
        )
        tables[tag] = (offset, length)
    if not {b"head", b"loca", b"glyf"} <= tables.keys():
        return 0, {}, set()
    head = tables[b"head"][0]
    (units,) = struct.unpack(">H", font_file[head + 18 : head + 20])
    (long_loca,) = struct.unpack(">h", font_file[head + 50 : head + 52])
    loca_offset, loca_length = tables[b"loca"]
    loca = font_file[loca_offset : loca_offset + loca_length]
    if long_loca:
        offsets = list(struct.unpack(f">{len(loca) // 4}I", loca))
    else:
        offsets = [2 * v for v in struct.unpack(f">{len(loca) // 2}H", loca)]
    glyf = tables[b"glyf"][0]
    boxes: dict[int, Box] = {}
    blank: set[int] = set()
    for glyph, (start, end) in enumerate(itertools.pairwise(offsets)):
        if end - start >= 10:
            boxes[glyph] = struct.unpack(">5h", font_file[glyf + start : glyf + start + 10])
        elif glyph:
            blank.add(glyph)
    return units, boxes, blank


@dataclass
class _FontFacts:
    """What one raw font says about the exported characters."""

    raw: QRawFont
    glyph_of: dict[str, int] = field(default_factory=dict)
    chars_of: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, raw: QRawFont, chars: Iterable[str]) -> _FontFacts:
        facts = cls(raw)
        for char in chars:
            glyphs = raw.glyphIndexesForString(char)
            if len(glyphs) == 1 and glyphs[0]:
                facts.glyph_of[char] = glyphs[0]
                facts.chars_of.setdefault(glyphs[0], []).append(char)
        return facts

    def glyph(self, char: str) -> int:
        found = self.glyph_of.get(char)
        if found is not None:
            return found
        glyphs = self.raw.glyphIndexesForString(char)
        return glyphs[0] if len(glyphs) == 1 else 0

    def box(self, glyph: int, units: int) -> Box | None:
        """Contours and bounding box in the subset's units (Qt rescales fonts to 2048)."""
        raw = QRawFont(self.raw)
        raw.setPixelSize(units)
        path = raw.pathForGlyph(glyph)
        rect = path.boundingRect()
        if rect.isEmpty():
            return None
        contours = sum(
            1
            for i in range(path.elementCount())
            if path.elementAt(i).type == QPainterPath.ElementType.MoveToElement
        )
        return contours, rect.left(), -rect.bottom(), rect.right(), -rect.top()


def _best_text(current: str, facts: _FontFacts | None, counts: Counter[str]) -> str:
    """The text a glyph stands for, given what Qt wrote and what was drawn."""
    if len(current) == 1 and facts is not None:
        glyph = facts.glyph(current)
        candidates = [current, *facts.chars_of.get(glyph, ())] if glyph else [current]
        drawn = [c for c in candidates if counts[c]]
        if drawn:
            # Several drawn characters on one glyph look the same: the most
            # frequent one is the best guess (Qt's own pick wins ties).
            return max(drawn, key=lambda c: (counts[c], c == current))
    if current and all(counts[c] for c in current):
        return current
    folded = unicodedata.normalize("NFKC", current)
    if folded != current and folded and all(counts[c] for c in folded):
        if len(folded) > 1 and all(unicodedata.bidirectional(c) in ("R", "AL") for c in folded):
            # A right-to-left ligature (lam-alef) sits in a line whose glyphs
            # are written in visual order; extractors split the glyph's text
            # across its width and read the line right to left, so the text
            # goes in visual order too, or "لا" comes back as "ال".
            return folded[::-1]
        return folded
    return current


def _match_unmapped(
    unmapped: list[int],
    boxes: dict[int, Box],
    units: int,
    facts: _FontFacts,
    missing: list[str],
) -> dict[int, str]:
    """Pair glyphs Qt left without text with drawn characters by their outline.

    Qt writes the subset's outlines from the same glyphs, so the right
    candidate has the same number of contours and a box within rounding;
    a match that is not clearly better than the next one is left alone.
    """
    if not units or not missing:
        return {}
    candidates: list[tuple[str, Box]] = []
    for char in missing:
        glyph = facts.glyph(char)
        box = facts.box(glyph, units) if glyph else None
        if box is not None:
            candidates.append((char, box))
    found: dict[int, str] = {}
    tolerance = units * 0.004 + 2
    for cid in unmapped:
        target = boxes.get(cid)
        if target is None:
            continue
        scored = sorted(
            (
                max(abs(a - b) for a, b in zip(box[1:], target[1:], strict=True))
                + (0 if box[0] == target[0] else units),
                char,
            )
            for char, box in candidates
        )
        best = scored[0][0] if scored else tolerance + 1
        if best <= tolerance and (len(scored) == 1 or scored[1][0] > max(2 * best, 4)):
            found[cid] = scored[0][1]
    return found


def _font_dicts(writer: PdfWriter) -> Iterable[DictionaryObject]:
    seen: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
            if key in seen:
                continue
            seen.add(key)
            yield ref.get_object()


def repair_to_unicode(writer: PdfWriter, text: str, finder: FontFinder) -> int:
    """Rewrite every font's ToUnicode map from the drawn ``text``; returns entries changed."""
    counts = Counter(text)
    drawn_chars = list(counts)
    changed = 0
    for font in _font_dicts(writer):
        to_unicode = font.get("/ToUnicode")
        descendants = font.get("/DescendantFonts")
        if to_unicode is None or descendants is None:
            continue
        stream = to_unicode.get_object()
        if not isinstance(stream, StreamObject):
            continue
        mapping = parse_to_unicode(stream.get_data())
        raw = finder.find(str(font.get("/BaseFont", "")).lstrip("/"))
        facts = _FontFacts.build(raw, drawn_chars) if raw is not None else None
        fixed = {cid: _best_text(value, facts, counts) for cid, value in mapping.items()}
        descendant = descendants.get_object()[0].get_object()
        descriptor = descendant.get("/FontDescriptor")
        font_file = descriptor.get_object().get("/FontFile2") if descriptor is not None else None
        if facts is not None and font_file is not None:
            units, boxes, blank = _glyph_boxes(font_file.get_object().get_data())
            if counts[" "]:
                # Spaces that shaping swapped for a variant (Noto CJK KR draws
                # the spaces of Hangul text with an uncoded glyph).
                fixed.update(dict.fromkeys((cid for cid in blank if cid not in fixed), " "))
            unmapped = [cid for cid in boxes if cid and cid not in fixed]
            if unmapped:
                # Only characters beyond the BMP can own a glyph that Qt's
                # BMP-only reverse map missed; shaping-only glyphs (contextual
                # forms) have no single character to give them.
                present = set("".join(fixed.values()))
                missing = [c for c in facts.glyph_of if ord(c) > 0xFFFF and c not in present]
                fixed.update(_match_unmapped(unmapped, boxes, units, facts, missing))
        if fixed != mapping:
            changed += sum(1 for cid in fixed if mapping.get(cid) != fixed[cid])
            stream.set_data(write_to_unicode(fixed))
    return changed
