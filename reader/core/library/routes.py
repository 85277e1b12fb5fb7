"""Which way a feed or an account reaches the network: its own proxy, its mirrors.

The program-wide route (system proxy, a proxy of the user's, Tor, never
direct) is a library setting read by :mod:`reader.core.net.proxy_settings`;
here are the exceptions a feed or an account makes to it.
"""

from __future__ import annotations

import json

from reader.core.library.base import StoreBase, _wrapped
from reader.core.library.models import FeedRoute


def _mirrors(raw: object) -> tuple[str, ...]:
    try:
        value = json.loads(str(raw or "[]"))
    except ValueError:  # a hand-edited library: no mirrors rather than a crash
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


class RoutesMixin(StoreBase):
    @_wrapped
    def feed_routes(self) -> dict[int, FeedRoute]:
        """Every feed that has a route of its own, mirrors or a last address."""
        rows = self._named(
            "SELECT source_id AS id, proxy AS proxy, mirrors AS mirrors, served_by AS served "
            "FROM feed_routes"
        ).fetchall()
        return {
            row["id"]: FeedRoute(row["proxy"], _mirrors(row["mirrors"]), row["served"])
            for row in rows
        }

    @_wrapped
    def feed_route(self, source_id: int) -> FeedRoute:
        row = self._named(
            "SELECT proxy AS proxy, mirrors AS mirrors, served_by AS served "
            "FROM feed_routes WHERE source_id = ?",
            (source_id,),
        ).fetchone()
        if row is None:
            return FeedRoute()
        return FeedRoute(row["proxy"], _mirrors(row["mirrors"]), row["served"])

    @_wrapped
    def set_feed_proxy(self, source_id: int, proxy: str | None) -> None:
        with self.transaction():
            self._require_source(source_id)
            self._ensure_route(source_id)
            self._db.execute(
                "UPDATE feed_routes SET proxy = ? WHERE source_id = ?", (proxy, source_id)
            )

    @_wrapped
    def set_feed_mirrors(self, source_id: int, mirrors: list[str] | tuple[str, ...]) -> None:
        with self.transaction():
            self._require_source(source_id)
            self._ensure_route(source_id)
            unique = list(dict.fromkeys(mirrors))
            self._db.execute(
                "UPDATE feed_routes SET mirrors = ?, "
                "served_by = CASE WHEN served_by IN (SELECT value FROM json_each(?)) "
                "OR served_by = (SELECT feed_url FROM sources WHERE id = ?) "
                "THEN served_by END WHERE source_id = ?",
                (json.dumps(unique), json.dumps(unique), source_id, source_id),
            )

    @_wrapped
    def record_served_by(self, source_id: int, url: str) -> None:
        """The address that answered; written in the refresh's own transaction."""
        self._ensure_route(source_id)
        self._db.execute(
            "UPDATE feed_routes SET served_by = ? WHERE source_id = ?", (url, source_id)
        )

    def _ensure_route(self, source_id: int) -> None:
        self._db.execute("INSERT OR IGNORE INTO feed_routes(source_id) VALUES (?)", (source_id,))

    @_wrapped
    def account_proxy(self, account_id: int) -> str | None:
        value = self._value("SELECT proxy FROM account_routes WHERE account_id = ?", (account_id,))
        return None if value is None else str(value)

    @_wrapped
    def set_account_proxy(self, account_id: int, proxy: str | None) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO account_routes(account_id, proxy) VALUES (?, ?) "
                "ON CONFLICT(account_id) DO UPDATE SET proxy = excluded.proxy",
                (account_id, proxy),
            )

    def _any_own_route(self) -> bool:
        return bool(
            self._value(
                "SELECT EXISTS (SELECT 1 FROM feed_routes WHERE proxy IS NOT NULL) "
                "OR EXISTS (SELECT 1 FROM account_routes WHERE proxy IS NOT NULL)"
            )
        )

    @_wrapped
    def article_proxies(self, article_ids: list[int]) -> dict[int, str]:
        """The own route of each article's feed or account, for its page: where one is set."""
        if not article_ids or not self._any_own_route():
            return {}
        rows = self._db.execute(
            _OWN_ROUTE + "SELECT a.id, r.proxy FROM articles a JOIN own r ON r.source_id = "
            "a.source_id WHERE a.id IN (SELECT value FROM json_each(?))",
            (json.dumps(article_ids),),
        ).fetchall()
        return {int(i): str(p) for i, p in rows}

    @_wrapped
    def image_proxies(self, urls: list[str]) -> dict[str, str]:
        """The own route of the feed or account whose articles use each picture."""
        if not urls or not self._any_own_route():
            return {}
        rows = self._db.execute(
            _OWN_ROUTE + "SELECT ai.url, r.proxy FROM article_images ai "
            "JOIN articles a ON a.id = ai.article_id JOIN own r ON r.source_id = a.source_id "
            "WHERE ai.url IN (SELECT value FROM json_each(?))",
            (json.dumps(urls),),
        ).fetchall()
        return {str(u): str(p) for u, p in rows}


#: Each source with a route of its own: the feed's, else its account's.
_OWN_ROUTE = (
    "WITH own(source_id, proxy) AS (SELECT s.id, coalesce(f.proxy, r.proxy) FROM sources s "
    "LEFT JOIN feed_routes f ON f.source_id = s.id "
    "LEFT JOIN account_routes r ON r.account_id = s.account_id "
    "WHERE coalesce(f.proxy, r.proxy) IS NOT NULL) "
)
