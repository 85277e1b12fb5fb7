"""What differs between Google Reader API servers: the one place to look.

Every aggregator below speaks the same protocol (``accounts/ClientLogin``,
``reader/api/0/...``), but each draws its own limits. The client and the
sync engine ask :func:`profile_for` and never test a server's name
themselves, so supporting one more server is a row here.

- **FreshRSS** (tested against the real server in the test suite): API base
  ``https://host/api/greader.php``; the password is the *API password* set
  in the user's profile, not the web one. Implements everything used here,
  ``n`` has no cap we rely on; ``ot=`` filters by the time FreshRSS fetched
  the item.
- **Miniflux**: API base ``https://host`` once Settings ▸ Integrations ▸
  Google Reader is enabled with its own user name and password. "Only a
  subset" (its docs): ids, contents, ``edit-tag`` for read/starred,
  ``subscription/list|edit|quickadd`` and ``tag/list`` are there, which is
  all this client uses. Item ids of 1,000 a page.
- **Inoreader**: ``https://www.inoreader.com``; every request needs the
  ``AppId``/``AppKey`` headers of a registered application (ClientLogin is
  the legacy path; Free plans have no API access; the program has no
  registration of its own: ``OFFLINE_READER_INOREADER_APP_ID``/``_APP_KEY``
  give one, see :mod:`reader.config`, passed in by the entry points), and requests are counted
  in two daily zones (100 reads, 100 writes by default; headers
  ``X-Reader-Zone1-Usage``…). So pages and batches are as large as it
  allows (ids 1,000, contents 250) to spend few requests.
- **The Old Reader**: ``https://theoldreader.com``; ids up to 10,000 a page.
- **BazQux**: ``https://bazqux.com``; ids up to 10,000 a page.

Batches of ``edit-tag`` stay far under NetNewsWire's lesson (its queue
stopped syncing past 999 statuses sent at once): 250 ids a request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

__all__ = ["KNOWN", "ServerProfile", "profile_for", "use_app_credentials"]


@dataclass(frozen=True, slots=True)
class ServerProfile:
    """The limits and extras of one kind of server."""

    name: str
    #: Item ids asked for per ``stream/items/ids`` page.
    ids_page: int = 10_000
    #: Items per ``stream/items/contents`` POST.
    contents_batch: int = 250
    #: Item ids per ``edit-tag`` POST (read/starred changes sent).
    edit_batch: int = 250
    #: Extra headers on every request (Inoreader's AppId/AppKey).
    headers: dict[str, str] = field(default_factory=dict)
    #: Requests a day the server allows (None: no known quota).
    daily_quota: int | None = None
    #: The server answers ``subscription/quickadd``.
    quickadd: bool = True


FRESHRSS = ServerProfile("FreshRSS")
MINIFLUX = ServerProfile("Miniflux", ids_page=1000)
INOREADER = ServerProfile("Inoreader", ids_page=1000, contents_batch=250, daily_quota=100)
OLD_READER = ServerProfile("The Old Reader")
BAZQUX = ServerProfile("BazQux")
GENERIC = ServerProfile("Google Reader API", ids_page=1000, contents_batch=100, edit_batch=100)

#: By host name; self-hosted servers are told by their API path.
KNOWN: dict[str, ServerProfile] = {
    "www.inoreader.com": INOREADER,
    "inoreader.com": INOREADER,
    "jp.inoreader.com": INOREADER,
    "theoldreader.com": OLD_READER,
    "bazqux.com": BAZQUX,
    "www.bazqux.com": BAZQUX,
}


#: Where Inoreader's application credentials come from: the program's entry
#: points pass :func:`reader.config.inoreader_app` in (the core reads no
#: environment of its own); none by default.
def _no_credentials() -> tuple[str, str] | None:
    return None


_app_credentials: Callable[[], tuple[str, str] | None] = _no_credentials


def use_app_credentials(source: Callable[[], tuple[str, str] | None]) -> None:
    """Where :func:`profile_for` finds Inoreader's ``AppId``/``AppKey`` when not given."""
    global _app_credentials
    _app_credentials = source


def profile_for(
    api_url: str, *, app_id: str | None = None, app_key: str | None = None
) -> ServerProfile:
    """The profile of the server at ``api_url``; a cautious generic one for unknown servers.

    ``app_id``/``app_key``: Inoreader's application credentials, sent as headers.
    """
    parts = urlsplit(api_url)
    host = (parts.hostname or "").lower()
    profile = KNOWN.get(host)
    if profile is None:
        if parts.path.rstrip("/").endswith("greader.php"):
            profile = FRESHRSS
        elif "miniflux" in host:
            profile = MINIFLUX
        else:
            profile = GENERIC
    if profile is INOREADER and not (app_id and app_key):
        app_id, app_key = _app_credentials() or ("", "")
    if profile is INOREADER and app_id and app_key:
        return ServerProfile(
            profile.name,
            ids_page=profile.ids_page,
            contents_batch=profile.contents_batch,
            edit_batch=profile.edit_batch,
            headers={"AppId": app_id, "AppKey": app_key},
            daily_quota=profile.daily_quota,
        )
    return profile
