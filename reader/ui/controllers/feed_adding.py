"""Feeds ▸ Add Feed…: find the feed at what was typed, subscribe, refresh it.

The dialog stays open while the feed is looked for, and a problem (no
server there, a page with no feed) is said in it, with what was typed kept:
it used to close and throw the address and the user name away. An address
typed without https:// or http:// is tried as https first, then http, and
the status bar says which answered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from reader.core.errors import ReaderError
from reader.core.feeds.discovery import FoundFeed, TypedDiscovery, discover_typed
from reader.core.feeds.subscriptions import discover_with_mirrors, subscribe
from reader.core.library import Store
from reader.core.net.credentials import PasswordStore
from reader.core.net.http import Credentials, HttpClient, normalize_url
from reader.core.net.routes import parse_choice
from reader.ui import message
from reader.ui.dialogs import feed_dialogs
from reader.ui.dialogs.feed_dialogs import FeedFields

if TYPE_CHECKING:
    from reader.ui.controllers.host import WindowHost


class AddingFeeds(Protocol):
    """What adding a feed uses of the feeds controller that owns it.

    Named here rather than typed as the controller, which imports this
    module: no circle, even for the type checker.
    """

    host: WindowHost
    passwords: PasswordStore
    #: said before the refresh's own summary ("… answered over https.")
    added_note: str

    def refresh(self, source_ids: list[int] | None) -> bool: ...

    def _side_task(
        self,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        failure: str,
        *,
        store: bool = True,
    ) -> None: ...


class FeedAdder(QObject):
    def __init__(self, feeds: AddingFeeds, parent: QObject) -> None:
        super().__init__(parent)
        self._feeds = feeds

    def open_dialog(self) -> None:
        def submitted(fields: FeedFields, dialog: feed_dialogs.FeedDialog) -> None:
            if fields.url:
                self.start(fields, dialog)

        feed_dialogs.open_new_feed(
            self._feeds.host.dialog_parent(), self._feeds.host.source_model.folders(), submitted
        )

    def start(self, fields: FeedFields, dialog: feed_dialogs.FeedDialog | None = None) -> None:
        """Find the feed (a page names its feeds) on a worker, then subscribe.

        With the Add Feed ``dialog``, a problem is said in it and it stays
        open with what was typed; it closes once the feed is subscribed.
        """
        creds = (
            Credentials(fields.username, fields.password)
            if fields.username and fields.password
            else None
        )

        def work() -> TypedDiscovery | ReaderError:
            try:
                proxy = parse_choice(fields.proxy)  # a bad address: said before any request
                with HttpClient() as client:
                    if not fields.mirrors:
                        return discover_typed(fields.url, client, credentials=creds, proxy=proxy)
                    url = normalize_url(fields.url)
                    mirrors = [normalize_url(m) for m in fields.mirrors]
                    found, mirror = discover_with_mirrors(url, mirrors, client, creds, None, proxy)
                    if mirror is not None:  # blocked here: the address is taken as the feed's
                        found = replace(found, feeds=[FoundFeed(url, None, "")])
                    return TypedDiscovery(found, url)
            except ReaderError as exc:  # said in the dialog, which keeps the fields
                return exc

        def found(result: TypedDiscovery | ReaderError) -> None:
            if isinstance(result, ReaderError):
                self._add_failed(dialog, str(result))
                return
            feeds = result.discovery.feeds
            chosen: FoundFeed | None = feeds[0]
            if len(feeds) > 1:
                chosen = feed_dialogs.pick_feed(dialog or self._feeds.host.dialog_parent(), feeds)
            if chosen is None:
                if dialog is not None:
                    dialog.show_problem("")
                return
            self._subscribe(fields, chosen.url, dialog, _which_worked(result))

        if dialog is None:
            self._feeds.host.status_bar().showMessage(
                self.tr("Looking for the feed at {url}…").format(url=fields.url)
            )
        self._feeds._side_task(work, found, self.tr("Could not add the feed"), store=False)

    def _add_failed(self, dialog: feed_dialogs.FeedDialog | None, reason: str) -> None:
        text = self.tr("Could not add the feed: {reason}").format(reason=reason)
        if dialog is not None:
            dialog.show_problem(text)
        else:
            message.error(self.tr("Could not add the feed"), detail=reason)

    def _subscribe(
        self,
        fields: FeedFields,
        feed_url: str,
        dialog: feed_dialogs.FeedDialog | None = None,
        worked: str = "",
    ) -> None:
        passwords = self._feeds.passwords

        def work(store: Store) -> tuple[int, str | None] | ReaderError:
            try:
                sub = subscribe(
                    store,
                    feed_url,
                    title=fields.title or None,
                    folder=fields.folder or None,
                    username=fields.username or None,
                    password=fields.password or None,
                    passwords=passwords,
                    find_feed=False,  # found already; the refresh reads it next
                    proxy=parse_choice(fields.proxy),
                    mirrors=fields.mirrors,
                )
            except ReaderError as exc:
                return exc
            if fields.keep_days:
                store.set_retention(sub.source_id, fields.keep_days)
            if fields.full_text:
                store.set_full_text_option(sub.source_id, True)
            return sub.source_id, sub.password.message if sub.password else None

        def done(result: tuple[int, str | None] | ReaderError) -> None:
            if isinstance(result, ReaderError):
                self._add_failed(dialog, str(result))
                return
            if dialog is not None:
                dialog.finish()
            source_id, note = result
            if note:
                message.info(self.tr("The password is not stored: {why}").format(why=note))
            self._feeds.host.show_new_source(("source", str(source_id)))
            self._feeds.host.reload()
            self._feeds.added_note = worked
            self._feeds.refresh([source_id])

        self._feeds._side_task(work, done, self.tr("Could not add the feed"))


def _which_worked(found: TypedDiscovery) -> str:
    """For an address typed without https:// or http://: which of the two answered."""
    if not found.tried_https:
        return ""
    if found.https_problem is None:
        return QCoreApplication.translate(
            "FeedsController", "{address} answered over https."
        ).format(address=found.address)
    return QCoreApplication.translate(
        "FeedsController",
        "{address} answered over http only (https did not: {reason}); the feed comes unencrypted.",
    ).format(address=found.address, reason=found.https_problem)
