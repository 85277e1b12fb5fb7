"""A feed from its own address or, when that one is blocked, from a mirror.

Mirrors exist for the sites a government blocks: the same feed at another
address. The address that answered last time is tried first; the others
follow in order (the feed's own, then the mirrors as the user listed them)
when an address fails at the network level or answers 403/451. The items
keep their ids whichever address served them, so nothing is added twice
when the feed's own address comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from reader.core.library import FeedRoute
from reader.core.models import FeedState
from reader.core.net.http import Credentials, FetchError, FetchResult, HttpClient


def fetch_with_mirrors(
    client: HttpClient,
    state: FeedState,
    route: FeedRoute,
    credentials: Credentials | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[FetchResult, str]:
    """The fetch and the address that served it; raises the first address's error if all fail.

    The validators (ETag, Last-Modified) belong to the address that served
    last; the password to the feed's own address only; a mirror's permanent
    redirect does not move the subscription.
    """
    addresses = [state.feed_url, *(m for m in route.mirrors if m != state.feed_url)]
    last = route.served_by if route.served_by in addresses else state.feed_url
    ordered = [last, *(a for a in addresses if a != last)]
    first_error: FetchError | None = None
    for address in ordered:
        try:
            fetched = client.fetch(
                address,
                etag=state.etag if address == last else None,
                last_modified=state.last_modified if address == last else None,
                credentials=credentials if address == state.feed_url else None,
                cancelled=cancelled,
                proxy=route.proxy,
            )
        except FetchError as exc:
            if not exc.unreachable or len(ordered) == 1:
                raise
            first_error = first_error or exc
            continue
        if address != state.feed_url:
            fetched = replace(fetched, permanent_url=None)
        return fetched, address
    assert first_error is not None
    tried = ", ".join(ordered[1:])
    raise FetchError(
        first_error.problem,
        f"{first_error} (its other addresses failed too: {tried})",
        status=first_error.status,
        blocked=first_error.blocked,
    )
