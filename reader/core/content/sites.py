"""Name a source after an article's site: ``https://www.rfi.fr/cn/…`` → ``rfi.fr``.

Known sites get their usual display name ("RFI") from ``resources/sites.json``;
that list is data so a newsroom can add its own without code.
"""

from __future__ import annotations

import json
import re
from functools import cache
from urllib.parse import urlsplit

from reader.core.resources import resource_path

# Second-level labels under a country code that are not registrable on their
# own (bbc.co.uk, asahi.com.cn, …). A full public-suffix list would be a heavy
# dependency for naming a folder in a list.
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob", "nic"}


#: ``scheme://host`` where the host is plain ASCII letters, digits, dots and hyphens
#: (no user, port or brackets) and ends the URL or is followed by a path, query or
#: fragment: what ``urlsplit(url).hostname`` returns for it is the host lower-cased.
_PLAIN_HOST = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://([A-Za-z0-9.\-]+)(?:[/?#]|\Z)")


def site_of(url: str) -> str | None:
    """The registrable domain of a URL, or None when it has no host."""
    url = url.strip()
    plain = _PLAIN_HOST.match(url)
    if plain is not None and "\t" not in url and "\n" not in url and "\r" not in url:
        host = plain.group(1).rstrip(".").lower()  # urlsplit costs five times as much
    else:
        try:
            host = (urlsplit(url).hostname or "").rstrip(".").lower()
        except ValueError:
            return None
    if not host:
        return None
    if host.replace(".", "").isdigit() or ":" in host:
        return host
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@cache
def _known_sites() -> dict[str, str]:
    with open(resource_path("sites.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    return {str(k): str(v) for k, v in data["sites"].items()}


def display_name(site: str) -> str:
    """The name people call a site by, falling back to the domain itself."""
    return _known_sites().get(site, site)
