"""Test helpers for feeds: documents in each format, and keyring backends.

The keyring backends are real ones, written against keyring's own backend
API (``keyring.backend.KeyringBackend``) and installed with
``keyring.set_keyring`` or, for the CLI in a subprocess, through keyring's
``PYTHON_KEYRING_BACKEND`` variable: the program's code runs unmodified.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

#: A body like the sample's: a share block and the mirror's footer around the text.
SHARE = (
    '<div><div>分享 :</div><div><a href="https://www.facebook.com/dialog/share?app_id=1&amp;'
    'href=https%3A%2F%2Frfi.my%2Fx">f</a><a href="whatsapp://send?text=x">w</a>'
    '<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Frfi.my%2Fy&amp;via=RFI">t</a>'
    "</div></div>"
)
FOOTER = '<br><hr><div>获取更多RSS：<br><a href="https://feedx.net">https://feedx.net</a></div>'


@dataclass(frozen=True)
class Item:
    title: str
    link: str
    body: str
    guid: str | None = None
    date: str = "Tue, 18 Jul 2023 13:15:01 GMT"
    iso_date: str = "2023-07-18T13:15:01Z"


def items(count: int, prefix: str = "https://news.example/a/", start: int = 0) -> list[Item]:
    return [
        Item(
            title=f"Story {n}: 李强 met envoys",
            link=f"{prefix}{n}?utm_source=rss",
            body=f"<p>Paragraph one of story {n}, about climate talks.</p>"
            f'<p>Second paragraph <img src="/img/{n}.jpg"> with a '
            f'<a href="../more/{n}">relative link</a>.</p>{SHARE}{FOOTER}',
            guid=f"urn:story:{n}",
        )
        for n in range(start, start + count)
    ]


def rss20(
    entries: list[Item], title: str = "Example News", site: str = "https://news.example/"
) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{escape(site)}</link><description>d</description>"
    ]
    for item in entries:
        guid = f'<guid isPermaLink="false">{escape(item.guid)}</guid>' if item.guid else ""
        parts.append(
            f"<item><title>{escape(item.title)}</title><link>{escape(item.link)}</link>{guid}"
            f"<pubDate>{item.date}</pubDate><description>{escape(item.body)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def atom(entries: list[Item], title: str = "Example Atom", base: str | None = None) -> bytes:
    xml_base = f' xml:base="{escape(base)}"' if base else ""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom"{xml_base}><title>{escape(title)}</title>'
        '<link href="https://atom.example/"/><id>urn:feed</id>'
        "<updated>2023-07-18T13:15:01Z</updated>"
    ]
    for item in entries:
        parts.append(
            f"<entry><title>{escape(item.title)}</title>"
            f'<link rel="alternate" href="{escape(item.link)}"/>'
            f"<id>{escape(item.guid or item.link)}</id><updated>{item.iso_date}</updated>"
            f"<author><name>Reporter</name></author>"
            f'<content type="html">{escape(item.body)}</content></entry>'
        )
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


def rss10(entries: list[Item], title: str = "Example RDF") -> bytes:
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f'<channel rdf:about="https://rdf.example/"><title>{escape(title)}</title>'
        "<link>https://rdf.example/</link><description>d</description></channel>"
    ]
    for item in entries:
        parts.append(
            f'<item rdf:about="{escape(item.link)}"><title>{escape(item.title)}</title>'
            f"<link>{escape(item.link)}</link><dc:date>{item.iso_date}</dc:date>"
            f"<content:encoded>{escape(item.body)}</content:encoded></item>"
        )
    parts.append("</rdf:RDF>")
    return "".join(parts).encode("utf-8")


def json_feed(
    entries: list[Item],
    title: str = "Example JSON",
    version: str = "https://jsonfeed.org/version/1.1",
) -> bytes:
    document = {
        "version": version,
        "title": title,
        "home_page_url": "https://json.example/",
        "authors": [{"name": "Desk"}],
        "items": [
            {
                "id": item.guid or item.link,
                "url": item.link,
                "title": item.title,
                "content_html": item.body,
                "date_published": item.iso_date,
            }
            for item in entries
        ],
    }
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


FORMATS = {"rss20": rss20, "atom": atom, "rss10": rss10, "json": json_feed}
CONTENT_TYPES = {
    "rss20": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml",
    "rss10": "application/rdf+xml",
    "json": "application/feed+json",
}


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in a dict, for in-process tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class FileKeyring(KeyringBackend):
    """A keyring backend in a JSON file named by $OFFLINE_READER_TEST_KEYRING.

    Lets a test and the CLI it runs in a subprocess share one keyring.
    """

    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["OFFLINE_READER_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._path().write_text(json.dumps(data))


def basic_token(username: str, password: str) -> str:
    """The Authorization header a client sends for these credentials."""
    import base64

    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def basic_auth_feed(username: str, password: str, body: bytes, content_type: str | None = None):
    """A pytest-httpserver handler: 401 with a Basic challenge until the right
    credentials come, then ``body``."""
    from werkzeug import Request, Response

    token = basic_token(username, password)

    def handler(request: Request) -> Response:
        if request.headers.get("Authorization") == token:
            return Response(body, content_type=content_type)
        return Response("login", 401, {"WWW-Authenticate": 'Basic realm="feeds"'})

    return handler
