"""OPML subscription lists, in and out.

An OPML file comes from anywhere and is untrusted: it is parsed with entity
expansion, DTD loading and network access off, and it can only ever create
plain http(s) subscriptions. Other readers accepted ``exec:``/``filter:``
"URLs" (commands) or ``file:`` paths from OPML; here anything that is not
http(s) is skipped and named in the report. Nothing is fetched on import.

Folders map to outlines: a feed's folder is the outline that holds it (the
outermost, when outlines nest deeper than the reader's one level of folders).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from lxml import etree

from reader import APP_DISPLAY_NAME
from reader.core.content.sites import site_of
from reader.core.errors import OpmlError, ReaderError
from reader.core.library import Store
from reader.core.net.credentials import PasswordStore, redact_credentials, split_credentials
from reader.core.net.http import FetchError, FetchProblem, normalize_url

#: Larger than any real subscription list; a bigger "OPML" is an attack or a mistake.
MAX_OPML_BYTES = 20 * 1024 * 1024
_FEED_TYPES = frozenset({"rss", "atom", "feed", "json", "rdf", ""})


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str  # without credentials: those are in the two fields below
    title: str | None
    site_url: str | None
    folder: str | None
    username: str | None = None
    password: str | None = field(default=None, repr=False)


@dataclass(slots=True)
class OpmlReport:
    added: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    #: (what the file said, why it was not subscribed)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: For the user, once: where the passwords in the file's addresses went.
    notes: list[str] = field(default_factory=list)


def parse_opml(data: bytes) -> tuple[list[OpmlFeed], list[tuple[str, str]]]:
    """The feeds of an OPML document and the outlines refused, with the reason.

    Raises :class:`OpmlError` when the data is not OPML at all.
    """
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError("the file is too large to be a subscription list")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise OpmlError(f"not an OPML file: {exc.msg or 'not well-formed XML'}") from exc
    if root is None or not isinstance(root.tag, str) or etree.QName(root).localname != "opml":
        raise OpmlError("not an OPML file: its root element is not <opml>")
    body = next((c for c in root if isinstance(c.tag, str) and _local(c) == "body"), None)
    if body is None:
        raise OpmlError("not an OPML file: it has no <body>")
    feeds: list[OpmlFeed] = []
    skipped: list[tuple[str, str]] = []
    seen: set[str] = set()
    _walk(body, None, feeds, skipped, seen)
    return feeds, skipped


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _walk(
    parent: etree._Element,
    folder: str | None,
    feeds: list[OpmlFeed],
    skipped: list[tuple[str, str]],
    seen: set[str],
) -> None:
    for outline in parent:
        if not isinstance(outline.tag, str) or _local(outline) != "outline":
            continue
        attrs = {str(k).lower(): str(v) for k, v in outline.attrib.items()}
        text = _one_line(attrs.get("title") or attrs.get("text"))
        raw_url = attrs.get("xmlurl", "").strip()
        if not raw_url:
            # A folder: its feeds go into it (the outermost one names the folder).
            _walk(outline, folder or text, feeds, skipped, seen)
            continue
        kind = attrs.get("type", "").strip().lower()
        label = text or redact_credentials(raw_url)
        if kind not in _FEED_TYPES:
            skipped.append((label, f"not a feed (type {kind!r})"))
            continue
        try:
            url = _feed_url(raw_url)
        except FetchError as exc:
            skipped.append((label, str(exc)))
            continue
        # A password in the address goes to the keyring, as one given with
        # --password-stdin would; the address is kept without it.
        url, user, password = split_credentials(url)
        if password and not user:
            skipped.append((label, "the address holds a password but no user name"))
            continue
        if url in seen:
            continue
        seen.add(url)
        site = attrs.get("htmlurl", "").strip()
        site_url = site if site.lower().startswith(("http://", "https://")) else None
        if site_url is not None:
            site_url = redact_credentials(site_url)
        feeds.append(OpmlFeed(url, text, site_url, folder, user, password))


def _feed_url(raw: str) -> str:
    """Only explicit web addresses: no scheme guessing, so ``exec:…`` stays refused."""
    scheme = raw.split(":", 1)[0].strip().lower() if ":" in raw else ""
    if scheme not in ("http", "https", "feed"):
        reason = f"not {scheme}:" if scheme else "and this is not one"
        raise FetchError(
            FetchProblem.BAD_URL, f"only http and https addresses are allowed, {reason}"
        )
    return normalize_url(raw)


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(value.split())[:500] or None


def read_opml(path: str | Path) -> tuple[list[OpmlFeed], list[tuple[str, str]]]:
    """parse_opml on a file, with the file named in the error."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_OPML_BYTES + 1)
    except OSError as exc:
        raise OpmlError(exc.strerror or str(exc), path=path) from exc
    try:
        return parse_opml(data)
    except OpmlError as exc:
        raise OpmlError(exc.reason, path=path) from exc


def import_opml(
    store: Store, path: str | Path, *, passwords: PasswordStore | None = None
) -> OpmlReport:
    """Subscribe to every feed of the file that is not subscribed yet; nothing is fetched.

    All subscriptions of the file are added in one transaction: a library
    error leaves none of them half-added. Passwords found in addresses go
    to the keyring afterwards (the library first, as for one feed).
    """
    feeds, skipped = read_opml(path)
    report = OpmlReport(skipped=list(skipped))
    known = {s.feed_url for s in store.sources() if s.feed_url}
    with store.transaction():
        names = store.source_names()  # naming 10,000 feeds of one host: linear, not quadratic
        for feed in feeds:
            if feed.url in known:
                report.existing.append(feed.url)
                continue
            store.add_feed(
                feed.url,
                name=site_of(feed.url) or "feed",
                title=feed.title,
                folder=feed.folder,
                site_url=feed.site_url,
                username=feed.username,
                names=names,
            )
            known.add(feed.url)
            report.added.append(feed.url)
    keys = passwords or PasswordStore()
    added = set(report.added)
    for feed in feeds:
        if feed.password and feed.url in added:
            outcome = keys.save(feed.url, feed.password)
            if outcome.message and outcome.message not in report.notes:
                report.notes.append(outcome.message)
    return report


def export_opml(store: Store) -> bytes:
    """Every subscription as OPML 2.0, one outline per folder."""
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = f"{APP_DISPLAY_NAME} subscriptions"
    etree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC), usegmt=True)
    etree.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = etree.SubElement(root, "body")
    folders: dict[str, etree._Element] = {}
    for source in store.sources():
        if not source.feed_url:
            continue
        parent = body
        if source.folder:
            if source.folder not in folders:
                folders[source.folder] = etree.SubElement(
                    body, "outline", text=source.folder, title=source.folder
                )
            parent = folders[source.folder]
        attrs = {"type": "rss", "text": source.title, "title": source.title}
        attrs["xmlUrl"] = source.feed_url
        if source.site_url:
            attrs["htmlUrl"] = source.site_url
        etree.SubElement(parent, "outline", attrs)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


def write_opml(store: Store, path: str | Path) -> int:
    """Export to a file atomically (a crash never leaves half a list); returns feeds written."""
    data = export_opml(store)
    target = Path(path)
    try:
        handle, tmp = tempfile.mkstemp(prefix=".opml-", dir=target.parent or Path("."))
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ReaderError(exc.strerror or str(exc), path=path) from exc
    return sum(1 for s in store.sources() if s.feed_url)
