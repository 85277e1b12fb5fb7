"""Images and media in an article: which picture to keep, and what stands for a player.

Pages point at their pictures in many ways (``src``, lazy-loading
attributes, ``srcset``, ``<picture>``); counting pixels hide among them.
Every kept image gets one absolute ``src`` that the image cache can fetch
before the reader goes offline, because nothing is fetched when an article
is opened.

Players (``<video>``, ``<audio>``, a video site's ``<iframe>``) cannot play
in the reader and must not load anything, but the journalist must see that
the article had a video and where to watch it: each becomes a line with a
link to the media (or the video's page) and its poster image.  What a page
put inside ``<video>``/``<audio>`` for browsers that cannot play media is
kept, since the reader is such a browser.
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree

from reader.core.content.htmltree import remove_recorded, trie
from reader.core.content.rules import Rules, strip_tracking_params
from reader.core.content.urls import WEB_SCHEMES, Base, Parts, resolve, uri_escape

_LAZY_SRC_ATTRS: Final = ("data-src", "data-original", "data-lazy-src")
_SRCSET_ATTRS: Final = ("srcset", "data-srcset", "data-lazy-srcset")
#: The widest ``srcset`` candidate taken: wider costs cache space and no reader sees it.
MAX_SRCSET_WIDTH: Final = 1024
_SRCSET_URL_RE: Final = re.compile(r"[\t\n\x0c\r ,]*([^\t\n\x0c\r ]+)")
_DIMENSION_RE: Final = re.compile(r"\s*(\d+)(?:\.\d*)?\s*(?:px)?\s*$", re.IGNORECASE)
_STYLE_HIDDEN_RE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STYLE_SIZE_RE: Final = re.compile(
    r"(?:^|[;\s])(width|height)\s*:\s*(\d+)(?:\.\d*)?px", re.IGNORECASE
)

#: Start tags that an HTML5 parser (nh3's, a browser's) builds as ``<img>`` and
#: libxml2 does not: each is named ``img`` before any stage looks for pictures,
#: or it would skip them all and come out of nh3 as an ``<img>`` nobody vetted.
IMG_ALIASES: Final = ("image",)
_IMG_ALIAS_HINT_RE: Final = re.compile(("<" + trie(IMG_ALIASES)).encode("ascii"))

MEDIA_TAGS: Final = ("audio", "embed", "iframe", "picture", "video")
_MEDIA_HINT_RE: Final = re.compile(("<" + trie(MEDIA_TAGS)).encode("ascii"))
#: Parents in which a player's line is written inline: a paragraph there would split theirs.
_PHRASING: Final = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "span", "font", "b", "i", "u", "s",
        "em", "strong", "small", "mark", "q", "cite", "abbr", "sub", "sup", "code", "time",
        "del", "ins", "kbd", "samp", "var", "bdi", "bdo", "label", "dt", "caption", "pre",
    }
)  # fmt: skip
#: Marks before a media link: signs rather than words, the article may be in any language.
_PLAY: Final = "\u25b6"  # ▶
_LISTEN: Final = "\u266a"  # ♪
_TITLE_LIMIT: Final = 200


def _dimension(value: str | None) -> int | None:
    if value is None:
        return None
    match = _DIMENSION_RE.match(value)
    return int(match.group(1)) if match else None


def _is_invisible(img: etree._Element) -> bool:
    """Counting pixels give themselves away by their size or by being hidden."""
    if img.get("hidden") is not None:
        return True
    width = _dimension(img.get("width"))
    height = _dimension(img.get("height"))
    style = img.get("style")
    if style:
        if _STYLE_HIDDEN_RE.search(style):
            return True
        for name, value in _STYLE_SIZE_RE.findall(style):
            if name.lower() == "width":
                width = int(value)
            else:
                height = int(value)
    if width is None:
        return height is not None and height <= 1
    if height is None:
        return width <= 1
    return width == 0 or height == 0 or (width <= 1 and height <= 1)


def srcset_candidates(value: str) -> list[tuple[str, int | None]]:
    """(URL, width in ``w`` or None) of each candidate, read as HTML's srcset parser reads them.

    A URL is a run of non-space characters (a ``data:`` URL keeps its
    commas); its descriptors run to the next comma.
    """
    candidates: list[tuple[str, int | None]] = []
    position = 0
    while (match := _SRCSET_URL_RE.match(value, position)) is not None:
        url, position = match.group(1), match.end()
        descriptors = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            end = value.find(",", position)
            end = len(value) if end < 0 else end
            descriptors, position = value[position:end], end + 1
        width = None
        for descriptor in descriptors.split():
            if descriptor[-1:] in ("w", "W") and descriptor[:-1].isdigit():
                width = int(descriptor[:-1])
        if url:
            candidates.append((url, width))
    return candidates


def pick_srcset(value: str) -> str | None:
    """The widest candidate up to MAX_SRCSET_WIDTH, else the first: sharp enough, not huge."""
    candidates = srcset_candidates(value)
    fitting = [(w, url) for url, w in candidates if w is not None and w <= MAX_SRCSET_WIDTH]
    if fitting:
        return max(fitting, key=lambda candidate: candidate[0])[1]
    return candidates[0][0] if candidates else None


def _web_url(value: str | None, base: Base | None) -> tuple[str, Parts] | None:
    if not value:
        return None
    resolved = resolve(value, base)
    if resolved is not None and resolved[1][0] in WEB_SCHEMES and resolved[1][1]:
        return resolved
    return None


def _image_url(img: etree._Element, base: Base | None) -> tuple[str, Parts] | None:
    """The picture an <img> shows once its page's scripts ran.

    A lazy-loading script copies ``data-src`` (and the like) into ``src``;
    an image marked ``lazy`` has a placeholder in ``src``, so its lazy
    attributes come first. ``srcset`` is the last resort (some images have
    nothing else).
    """
    if "lazy" in (img.get("class") or "").lower():
        names: tuple[str, ...] = (*_LAZY_SRC_ATTRS, "src")
    else:
        names = ("src", *_LAZY_SRC_ATTRS)
    for name in names:
        resolved = _web_url(img.get(name), base)
        if resolved is not None:
            return resolved
    for name in _SRCSET_ATTRS:
        value = img.get(name)
        resolved = _web_url(pick_srcset(value), base) if value else None
        if resolved is not None:
            return resolved
    return None


def name_pictures(body: etree._Element, lowered: bytes) -> None:
    """Call every element that an HTML5 parser takes for ``<img>`` by that name."""
    if _IMG_ALIAS_HINT_RE.search(lowered) is not None:
        for element in body.iter(*IMG_ALIASES):
            element.tag = "img"


def process_images(
    body: etree._Element,
    base: Base | None,
    rules: Rules,
    removed: list[etree._Element],
) -> list[str]:
    images: list[str] = []
    for img in list(body.iter("img")):
        if _is_invisible(img):
            remove_recorded(img, removed)
            continue
        resolved = _image_url(img, base)
        if resolved is None:
            # Unfetchable, or aimed at the disk or at code: keep what it meant.
            remove_recorded(img, removed, (img.get("alt") or "").strip())
            continue
        url, parts = resolved
        if rules.trackers.matches(parts):
            remove_recorded(img, removed)
            continue
        url = uri_escape(strip_tracking_params(url))
        if url != img.get("src"):
            img.set("src", url)
        images.append(url)
    return list(dict.fromkeys(images))


# --- players ---------------------------------------------------------------------


def has_media(lowered: bytes) -> bool:
    """Whether lower-cased markup may hold a picture or a player: a cheap test before a walk."""
    return _MEDIA_HINT_RE.search(lowered) is not None


def convert_media(body: etree._Element, base: Base | None, rules: Rules) -> None:
    """Give each <picture> an <img> and turn players into links, before active content goes."""
    for element in list(body.iter(*MEDIA_TAGS)):
        if element.getparent() is None:
            continue
        if element.tag == "picture":
            _give_picture_an_img(element)
        elif element.tag in ("video", "audio"):
            _player_to_link(element, base)
        else:
            _embed_to_link(element, base, rules)


def _give_picture_an_img(picture: etree._Element) -> None:
    """A <picture> with only <source>s (against the standard) still shows its picture."""
    if next(picture.iter("img"), None) is not None:
        return
    for source in picture.iter("source"):
        srcset = source.get("srcset") or source.get("data-srcset")
        if srcset:
            # Beside its source: an unclosed <picture> holds the rest of the article.
            source.addnext(etree.Element("img", srcset=srcset))
            return


def _link_url(value: str | None, base: Base | None) -> str | None:
    resolved = _web_url(value, base)
    return None if resolved is None else uri_escape(strip_tracking_params(resolved[0]))


def _title(element: etree._Element) -> str:
    title = " ".join((element.get("title") or element.get("aria-label") or "").split())
    return title[:_TITLE_LIMIT]


def _has_text(text: str | None) -> bool:
    return text is not None and not text.isspace()


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _media_line(
    sign: str, title: str, url: str | None, poster: str | None, inline: bool
) -> etree._Element:
    """``[poster] ▶ Title (link)``: the URL is the link's text, so plain text and print keep it."""
    line = etree.Element("span" if inline else "p")
    if poster is not None:
        etree.SubElement(line, "img", src=poster, alt=title)
        etree.SubElement(line, "br")
    if url is None:
        _append_text(line, f"{sign} {title}".rstrip())
        return line
    _append_text(line, f"{sign} {title} (" if title else f"{sign} ")
    anchor = etree.SubElement(line, "a", href=url)
    anchor.text = url
    if title:
        anchor.tail = ")"
    return line


def _replace(element: etree._Element, line: etree._Element) -> None:
    line.tail = element.tail
    parent = element.getparent()
    if parent is not None:
        parent.replace(element, line)


def _player_to_link(player: etree._Element, base: Base | None) -> None:
    """<video>/<audio> become a link to the media and its poster; their fallback stays."""
    url = _link_url(player.get("src"), base) or _link_url(player.get("data-src"), base)
    for source in player.iter("source"):
        if url is not None:
            break
        url = _link_url(source.get("src"), base) or _link_url(source.get("data-src"), base)
    poster = _link_url(player.get("poster") or player.get("data-poster"), base)
    parent = player.getparent()
    inline = parent is not None and parent.tag in _PHRASING
    sign = _LISTEN if player.tag == "audio" else _PLAY
    line = None
    if url is not None or poster is not None:
        line = _media_line(sign, _title(player), url, poster, inline)
    has_fallback = _has_text(player.text) or any(
        child.tag not in ("source", "track") or _has_text(child.tail) for child in player
    )
    if not has_fallback:
        if line is not None:
            _replace(player, line)
        return  # else nothing to show: the player goes with the active content
    # Sources and tracks inside go with the active content; the rest is read.
    player.tag = "span" if inline else "div"
    player.attrib.clear()
    if line is not None:
        line.tail = player.text
        player.text = None
        player.insert(0, line)


def _embed_to_link(embed: etree._Element, base: Base | None, rules: Rules) -> None:
    """A known video site's player becomes a link to the video's page; others stay to be removed."""
    for name in ("src", "data-src", "data-lazy-src"):
        resolved = _web_url(embed.get(name), base)
        page = rules.video_page(resolved[0]) if resolved is not None else None
        if page is not None:
            break
    else:
        return
    parent = embed.getparent()
    inline = parent is not None and parent.tag in _PHRASING
    _replace(embed, _media_line(_PLAY, _title(embed), page, None, inline))
