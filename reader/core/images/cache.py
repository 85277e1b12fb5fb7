"""What may enter the offline image cache, and how articles point at it.

Images come from the open web, so the cache keeps only what is really an
image in a format the view can draw, identified by its bytes (magic numbers),
never by the server's Content-Type. SVG is a document that can carry scripts
and pull other resources; it is reduced to an allow-list of drawing elements
with no references outside itself.
"""

from __future__ import annotations

import re

from lxml import etree

# How articles point at the cache is a matter of the article's markup, so it
# lives with the content layer; these names stay importable from here.
from reader.core.content.picture_refs import (
    CACHE_SCHEME as CACHE_SCHEME,
)
from reader.core.content.picture_refs import (
    cache_reference as cache_reference,
)
from reader.core.content.picture_refs import (
    image_sources as image_sources,
)
from reader.core.content.picture_refs import (
    parse_cache_reference as parse_cache_reference,
)
from reader.core.content.picture_refs import (
    point_at_cache as point_at_cache,
)
from reader.core.content.picture_refs import (
    rewrite_image_sources as rewrite_image_sources,
)

#: One image larger than this is refused (and its download cut off there).
DEFAULT_MAX_IMAGE_BYTES = 8 * 1024 * 1024
#: The cache's default size budget; the user can change it in the settings.
DEFAULT_BUDGET_BYTES = 1024 * 1024 * 1024
BUDGET_SETTING = "image_budget_bytes"


_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"BM", 0, "image/bmp"),
)


def sniff_image(data: bytes) -> str | None:
    """The MIME type of raster image bytes, or None when they are not one we show."""
    for magic, offset, mime in _MAGIC:
        if data.startswith(magic, offset):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    head = data[:512].lstrip()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:].lstrip()
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in data[:4096]:
        return "image/svg+xml"
    return None


_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"
_SVG_ELEMENTS = frozenset(
    {
        "svg", "g", "defs", "title", "desc", "symbol", "use", "path", "rect", "circle",
        "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern",
        "marker",
    }
)  # fmt: skip
_SVG_ATTRIBUTES = frozenset(
    {
        "id", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "width",
        "height", "d", "points", "viewBox", "preserveAspectRatio", "transform", "fill",
        "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
        "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset",
        "stroke-miterlimit", "opacity", "offset", "stop-color", "stop-opacity",
        "gradientUnits", "gradientTransform", "spreadMethod", "fx", "fy", "clip-path",
        "clip-rule", "mask", "font-family", "font-size", "font-weight", "font-style",
        "text-anchor", "dominant-baseline", "dx", "dy", "rotate", "textLength",
        "patternUnits", "patternTransform", "markerWidth", "markerHeight", "refX",
        "refY", "orient", "markerUnits", "version", "visibility", "display",
        "letter-spacing", "word-spacing", "href",
    }
)  # fmt: skip
_PAINT_ATTRIBUTES = frozenset({"fill", "stroke", "clip-path", "mask", "marker-start"})


def sanitize_svg(data: bytes) -> bytes | None:
    """An SVG with only drawing left in it, or None when it is not a usable SVG.

    No scripts, event handlers, styles, foreign objects, embedded images or
    links: ``href`` and ``url(...)`` may point only inside the document.
    """
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or etree.QName(root).localname != "svg":
        return None
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # comments, processing instructions
            _remove(element)
            continue
        name = etree.QName(element)
        if name.namespace not in (_SVG_NS, None) or name.localname not in _SVG_ELEMENTS:
            _remove(element)
            continue
        for attribute in list(element.attrib):
            qname = etree.QName(attribute)
            value = element.attrib[attribute]
            local = qname.localname
            allowed = local in _SVG_ATTRIBUTES and qname.namespace in (None, _XLINK_NS)
            if local == "href":
                allowed = allowed and value.strip().startswith("#")
            elif allowed and "url(" in value.replace(" ", "").lower():
                allowed = (
                    local in _PAINT_ATTRIBUTES
                    and re.fullmatch(r"\s*url\(\s*#[\w.\-]+\s*\)\s*", value) is not None
                )
            if not allowed:
                del element.attrib[attribute]
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)
