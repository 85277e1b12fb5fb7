"""Feeds in the window: add, edit, refresh (by hand or on a timer), OPML.

A refresh runs on this controller's own one-thread pool with a
:class:`Store` of its own (through the library gateway), so the window stays
responsive and a refresh never queues behind (or ahead of) the user's reads;
refresh_sources itself fetches several feeds at a time. A
refresh and the image download after it are one task, with one progress bar
(:class:`TaskProgress`) and one Cancel. Results come back to the GUI thread,
which reloads the source tree (the failed feeds carry their error there) and
says in the status bar what happened: a failing feed is a state of that
source, not a pop-up, since an automatic refresh must not interrupt reading.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal

from reader.core.feeds.opml import import_opml, write_opml
from reader.core.feeds.refresh import FeedResult, FeedStatus, refresh_with_images
from reader.core.feeds.subscriptions import edit_feed
from reader.core.library import Store
from reader.core.models import Source
from reader.core.net.credentials import PasswordStore
from reader.core.net.http import normalize_url
from reader.core.net.routes import parse_choice
from reader.core.tasks import TaskOptions
from reader.ui import message
from reader.ui.controllers.base import Controller
from reader.ui.controllers.feed_adding import FeedAdder
from reader.ui.controllers.feeds_support import (
    INTERVALS,
    FeedSettings,
    RefreshOutcome,
    TypedPassword,
    describe,
    save_password,
)
from reader.ui.controllers.host import WindowHost
from reader.ui.dialogs import feed_dialogs
from reader.ui.dialogs.feed_dialogs import FeedFields
from reader.ui.views.task_progress import TaskProgress

_PROGRESS_INTERVAL = 0.05


class FeedsController(Controller):
    #: a refresh began / ended (with its :class:`RefreshOutcome`, None if it failed)
    refresh_started = Signal()
    refresh_finished = Signal(object)
    #: "feeds" or "images", done, total (from the worker, queued to the GUI thread)
    progress = Signal(str, int, int)
    #: a refresh's new articles are in the library; its images may still be coming
    articles_written = Signal()

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.settings = FeedSettings(host.settings)
        self.passwords = PasswordStore()
        self._library = host.library
        self._cancel = threading.Event()
        self._running = False
        self._pending = 0
        # Asked for while a refresh ran: started after it (some feeds, or all).
        self._queued: set[int] | None = None
        self._queued_all = False
        self.last_outcome: RefreshOutcome | None = None
        #: said in the status bar after the refresh of a feed just added:
        #: whether https or http answered
        self.added_note = ""
        #: feeds with nothing of their own whose stories were already stored
        #: under other sources: those articles' ids, listed under the feed too
        self.elsewhere: dict[int, tuple[int, ...]] = {}
        self.adder = FeedAdder(self, self)

        self.task = TaskProgress(
            "refreshProgress", host.dialog_parent(), name=self.tr("Refreshing feeds")
        )
        host.status_bar().addPermanentWidget(self.task)
        self.task.cancel_requested.connect(self.cancel)
        self.progress.connect(self._on_progress)
        self.articles_written.connect(self._show_new_articles)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self._auto_refresh)

        a = host.actions_
        a.add_feed.triggered.connect(self.add_feed)
        a.refresh_all.triggered.connect(lambda: self.refresh(None))
        a.refresh_source.triggered.connect(self.refresh_selected)
        a.edit_feed.triggered.connect(self.edit_selected)
        a.import_opml.triggered.connect(self.import_opml)
        a.export_opml.triggered.connect(self.export_opml)
        a.download_images.setChecked(self.settings.download_images)
        a.download_images.toggled.connect(self._set_download_images)
        for action in a.auto_refresh.actions():
            action.setChecked(action.data() == self.settings.refresh_minutes)
        a.auto_refresh.triggered.connect(lambda action: self.set_interval(int(action.data())))
        self.set_interval(self.settings.refresh_minutes)
        host.source_view.node_selected.connect(lambda _node: self._update_feed_actions())
        self._update_feed_actions()

    def _update_feed_actions(self) -> None:
        """Refresh Feed acts on a selected feed; Edit Feed on an account's subscription too."""
        is_feed = self._selected_feed() is not None
        node = self.host.source_view.current_node()
        synced = node is not None and node.source is not None and node.source.account is not None
        self.host.actions_.refresh_source.setEnabled(is_feed)
        self.host.actions_.edit_feed.setEnabled(is_feed or synced)

    # -- state --------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def busy(self) -> bool:
        """A refresh or another feed task has not reported back (tests wait on this)."""
        return self._running or self._pending > 0

    def set_interval(self, minutes: int) -> None:
        """Refresh every ``minutes`` (0: never); remembered in the settings."""
        minutes = minutes if minutes in INTERVALS else 0
        self.settings.refresh_minutes = minutes
        for action in self.host.actions_.auto_refresh.actions():
            if action.data() == minutes:
                action.setChecked(True)
        if minutes:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def _set_download_images(self, on: bool) -> None:
        self.settings.download_images = on

    def _auto_refresh(self) -> None:
        if not self._running:  # a refresh by hand is on: this one is not needed
            self.refresh(None)

    # -- refreshing ---------------------------------------------------------

    def refresh_selected(self) -> None:
        source = self._selected_feed()
        if source is not None:
            self.refresh([source.id])

    def refresh(
        self, source_ids: list[int] | None, *, password: TypedPassword | None = None
    ) -> bool:
        """Refresh ``source_ids`` (None: every feed) in the background.

        While a refresh runs, another request waits and starts after it.
        """
        if self._closed:
            return False
        if self._running:
            if source_ids is None:
                self._queued_all = True
            else:
                self._queued = (self._queued or set()) | set(source_ids)
            return False
        self._running = True
        self._cancel.clear()
        cancelled = self._cancel.is_set
        passwords = self.passwords
        images = self.settings.download_images
        ids = None if source_ids is None else list(source_ids)
        last_emit = [0.0]

        def report(phase: str) -> Callable[[int, int], None]:
            def progress(done: int, total: int) -> None:  # on the worker thread
                now = time.monotonic()
                if done in (0, total) or now - last_emit[0] >= _PROGRESS_INTERVAL:
                    last_emit[0] = now
                    self.progress.emit(phase, done, total)

            return progress

        def written(results: list[FeedResult]) -> None:  # on the worker, committed
            if any(r.added for r in results):
                self.articles_written.emit()

        def work(store: Store) -> RefreshOutcome:
            outcome = RefreshOutcome()
            if password is not None:
                outcome.notes.extend(save_password(store, passwords, password))
            run = refresh_with_images(
                store,
                ids,
                options=TaskOptions(
                    images=images,
                    progress=report("feeds"),
                    image_progress=report("images"),
                    full_text_progress=report("full text"),
                    cancelled=cancelled,
                    passwords=passwords,
                ),
                on_written=written,
            )
            outcome.results, outcome.images = run.results, run.images
            outcome.full_text = run.full_text
            outcome.cancelled = cancelled()
            if any(r.status is FeedStatus.NEEDS_PASSWORD for r in outcome.results):
                outcome.keyring_usable = passwords.status.usable
            return outcome

        self.task.begin(self.tr("Refreshing feeds: %v of %m"), 0)
        self.host.status_bar().showMessage(self.tr("Refreshing feeds…"))
        self.refresh_started.emit()
        self._library.run_task(
            work,
            self._refreshed,
            pool=self._pool,
            failure_text=self.tr("The refresh failed"),
            on_error=self._refresh_failed,
        )
        return True

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if not self._running:
            return
        if phase == "images" and done == 0:
            self.task.begin(self.tr("Downloading images: %v of %m"), total)
        elif phase == "full text" and done == 0:
            self.task.begin(self.tr("Downloading full articles: %v of %m"), total)
        self.task.set_progress(done, total)

    def _show_new_articles(self) -> None:
        """List and count the new articles now, not after their images.

        The list's query may have run before the refresh wrote (a feed just
        added is selected at once): without this, a new feed showed
        "Articles: 0" for as long as its images took to download.
        """
        if self._running and not self._closed:
            self.host.reload()

    def _refresh_ended(self) -> bool:
        """Whether the window is still there to show how it ended."""
        self._running = False
        self.task.end()
        if self._closed:
            return False
        self.host.status_bar().clearMessage()
        self.host.reload()
        return True

    def _refresh_failed(self) -> None:
        if self._refresh_ended():
            self.refresh_finished.emit(None)

    def _refreshed(self, outcome: RefreshOutcome) -> None:
        if not self._refresh_ended():
            return
        self.last_outcome = outcome
        summary = describe(outcome)
        message.log.info("refresh: %s", summary)
        for result in outcome.results:
            if result.added:
                self.elsewhere.pop(result.source_id, None)
            if result.elsewhere_ids and not result.added:
                self.elsewhere[result.source_id] = result.elsewhere_ids
                summary += " " + self.tr(
                    "{feed}: %n article(s) already in the library under another source "
                    "(select the feed to see them).",
                    "",
                    len(result.elsewhere_ids),
                ).format(feed=result.title)
        if self.added_note:
            summary, self.added_note = self.added_note + " " + summary, ""
        if outcome.results:  # "Refreshed 0 feeds" only hid the accounts' sync
            self.host.status_bar().showMessage(summary, 15_000)
        for note in outcome.notes:
            message.info(note)
        self.refresh_finished.emit(outcome)
        asked = [r for r in outcome.results if r.status is FeedStatus.NEEDS_PASSWORD]
        if asked and not outcome.cancelled:
            self._ask_password(asked[0], outcome.keyring_usable)
        elif self._queued_all or self._queued:
            ids = None if self._queued_all else sorted(self._queued or ())
            self._queued, self._queued_all = None, False
            self.refresh(ids)

    def _ask_password(self, result: FeedResult, keyring_usable: bool) -> None:
        """One private feed at a time: the answer starts a refresh of that feed."""
        source = self._source(result.source_id)
        note = None
        if not keyring_usable:
            note = self.tr(
                "No keyring (password store) is usable on this system, so the password "
                "is not stored anywhere: it is kept only until the program closes, and "
                "you will be asked again next time."
            )
        answer = feed_dialogs.ask_password(
            self.host.dialog_parent(), result.title, (source.username or "") if source else "", note
        )
        if answer is None:
            return
        self.refresh(
            [result.source_id],
            password=TypedPassword(result.source_id, answer.username, answer.password),
        )

    # -- adding and editing -------------------------------------------------

    def add_feed(self) -> None:
        self.adder.open_dialog()

    def start_add(self, fields: FeedFields, dialog: feed_dialogs.FeedDialog | None = None) -> None:
        self.adder.start(fields, dialog)

    def edit_selected(self) -> None:
        source = self._selected_feed()
        if source is None:
            return
        fields = feed_dialogs.ask_edit_feed(
            self.host.dialog_parent(),
            self.host.source_model.folders(),
            source,
            full_text=self._library.full_text_option(source.id),
            route=self._library.feed_route(source.id),
        )
        if fields is not None:
            self.start_edit(source, fields)

    def start_edit(self, source: Source, fields: FeedFields) -> None:
        passwords = self.passwords

        def work(store: Store) -> str | None:
            # A bad proxy or mirror is said before anything is written.
            proxy = parse_choice(fields.proxy)
            mirrors = [normalize_url(m) for m in fields.mirrors]
            outcome = edit_feed(
                store,
                source.id,
                title=fields.title or None,
                feed_url=fields.url if fields.url != source.feed_url else None,
                folder=fields.folder,
                username=fields.username,
                password=fields.password or None,
                passwords=passwords,
            )
            store.set_retention(source.id, fields.keep_days or None)
            store.set_full_text_option(source.id, fields.full_text)
            store.set_feed_proxy(source.id, proxy)
            store.set_feed_mirrors(source.id, mirrors)
            store.apply_retention(source.id, datetime.now(UTC))
            return outcome.message if outcome is not None else None

        def done(note: str | None) -> None:
            if note:
                message.info(self.tr("The password is not stored: {why}").format(why=note))
            self.host.reload()

        self._side_task(work, done, self.tr("Could not change the feed"))

    # -- OPML ---------------------------------------------------------------

    def import_opml(self) -> None:
        parent = self.host.dialog_parent()
        path = feed_dialogs.choose_opml_to_open(parent, self.settings.opml_folder)
        if path:
            self.import_opml_file(path)

    def import_opml_file(self, path: str) -> None:
        """Subscribe to the feeds of ``path`` (chosen, dropped or opened with the program)."""

        def work(store: Store) -> tuple[int, int, int]:
            report = import_opml(store, path)
            return len(report.added), len(report.existing), len(report.skipped)

        def done(counts: tuple[int, int, int]) -> None:
            added, existing, skipped = counts
            text = self.tr(
                "OPML: {added} feeds added, {existing} already subscribed, {skipped} skipped."
            ).format(added=added, existing=existing, skipped=skipped)
            if added:
                text += " " + self.tr("Refresh (F5) to fetch their articles.")
            message.info(text)
            self.host.reload()

        self._side_task(work, done, self.tr("Could not import the OPML file"))

    def export_opml(self) -> None:
        parent = self.host.dialog_parent()
        path = feed_dialogs.choose_opml_to_save(parent, self.settings.opml_folder)
        if not path:
            return

        message.keep_out_of_log(path)  # an export's file name: not in the default log

        def done(count: int) -> None:
            message.info(self.tr("Exported %Ln feed(s) to {path}.", "", count).format(path=path))

        self._side_task(
            lambda store: write_opml(store, path), done, self.tr("Could not export the feeds")
        )

    # -- plumbing -----------------------------------------------------------

    def _selected_feed(self) -> Source | None:
        node = self.host.source_view.current_node()
        if node is None or node.source is None or not node.source.feed_url:
            return None
        return node.source

    def _source(self, source_id: int) -> Source | None:
        for source in self.host.source_model.sources():
            if source.id == source_id:
                return source
        return None

    def _side_task(
        self,
        work: Callable[..., Any],
        on_done: Callable[[Any], None],
        failure: str,
        *,
        store: bool = True,
    ) -> None:
        """Side tasks (discovery, subscribe, edit, OPML) on the global pool: they
        never wait behind a long refresh. ``work`` takes the library's
        connection, or nothing when ``store`` is False (discovery is network only)."""

        def settle() -> bool:
            self._pending -= 1
            if self._closed:
                return False
            self.host.status_bar().clearMessage()
            return True

        def done(result: Any) -> None:
            if settle():
                on_done(result)

        self._pending += 1
        if store:
            self._library.run_task(work, done, failure_text=failure, on_error=settle)
        else:
            self._library.run(work, done, failure_text=failure, on_error=settle)

    def cancel(self) -> None:
        self._cancel.set()
        self._queued, self._queued_all = None, False

    def shutdown(self) -> None:
        """Stop a refresh at the next feed; what is fetched stays."""
        self.timer.stop()
        super().shutdown()
