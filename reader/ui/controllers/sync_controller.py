"""Sync accounts in the window: with F5 and the automatic refresh, in the background.

A sync runs on this controller's own one-thread pool with a store of its
own (through the library gateway), as a refresh does, with its own progress
bar and Cancel in the status bar. A server that cannot be reached or refuses
the password is a state of the account (⚠ on its node in the source tree,
the reason in its tooltip), not a pop-up: an automatic sync must not
interrupt reading. Read and starred changes need nothing here: the store
queues them as they are made, and the next sync sends them. The pages of new
items of subscriptions with "Download full articles" on are fetched in the
same task, after the items, with the same bar (a refresh's conventions).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal

from reader.core.fulltext import FullTextReport
from reader.core.library import Account, Store
from reader.core.models import SourceKind
from reader.core.net.credentials import PasswordStore
from reader.core.sync import subscriptions as sync_edits
from reader.core.sync.engine import SyncResult, describe, sync_all
from reader.core.tasks import TaskOptions
from reader.ui import message
from reader.ui.controllers.base import Controller
from reader.ui.controllers.feeds_support import INTERVALS, FeedSettings, describe_full_text
from reader.ui.controllers.host import WindowHost
from reader.ui.dialogs import feed_dialogs
from reader.ui.views.task_progress import TaskProgress

_PROGRESS_INTERVAL = 0.05


class SyncController(Controller):
    #: a sync ended: its results (an empty list when there was no account)
    sync_finished = Signal(object)
    #: phase ("articles", "full text"), done, total (from the worker, queued to the GUI thread)
    progress = Signal(str, int, int)

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.dialog_parent())
        self.host = host
        self.settings = FeedSettings(host.settings)
        self.passwords = PasswordStore()
        self._cancel = threading.Event()
        self._running = False
        self._again = False
        #: The running sync was asked for by the user: it may ask for a password.
        self._asked = False
        self.last_results: list[SyncResult] = []

        self.task = TaskProgress(
            "syncProgress", host.dialog_parent(), name=self.tr("Syncing accounts")
        )
        host.status_bar().addPermanentWidget(self.task)
        self.task.cancel_requested.connect(self.cancel)
        self.progress.connect(self._on_progress)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self._automatic)
        a = host.actions_
        a.refresh_all.triggered.connect(lambda: self.sync())
        a.sync_accounts.triggered.connect(lambda: self.sync())
        a.subscribe_in_account.triggered.connect(self.ask_subscribe)
        a.edit_feed.triggered.connect(self.edit_selected)
        a.auto_refresh.triggered.connect(lambda action: self._set_interval(int(action.data())))
        self._set_interval(self.settings.refresh_minutes)

    @property
    def busy(self) -> bool:
        """A sync has not reported back (tests wait on this)."""
        return self._running

    def _set_interval(self, minutes: int) -> None:
        """The refresh interval syncs the accounts too (set in Feeds or Settings)."""
        if minutes in INTERVALS and minutes:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def _automatic(self) -> None:
        if not self._running:
            self.sync(interactive=False)

    def sync(self, *, interactive: bool = True) -> bool:
        """Sync every account in the background; asked again while one runs, once more after.

        ``interactive`` (the user asked): an account whose password no keyring
        kept asks for it; an automatic sync only marks the account (⚠), as
        it must not interrupt reading.
        """
        if self._closed:
            return False
        if self._running:
            self._again = True
            return False
        self._running = True
        self._asked = interactive
        self._cancel.clear()
        cancelled = self._cancel.is_set
        passwords = self.passwords
        images = self.settings.download_images
        last_emit = [0.0]

        def report(phase: str) -> Callable[[int, int], None]:
            def progress(done: int, total: int) -> None:  # on the worker thread
                now = time.monotonic()
                if done in (0, total) or now - last_emit[0] >= _PROGRESS_INTERVAL:
                    last_emit[0] = now
                    self.progress.emit(phase, done, total)

            return progress

        def work(store: Store) -> list[SyncResult]:
            accounts = store.accounts()
            if not accounts:
                return []
            return sync_all(
                store,
                accounts,
                options=TaskOptions(
                    images=images,
                    progress=report("articles"),
                    full_text_progress=report("full text"),
                    cancelled=cancelled,
                    passwords=passwords,
                ),
            )

        self.task.begin(self.tr("Syncing accounts: %v of %m new articles"), 0)
        self.host.library.run_task(
            work,
            self._synced,
            pool=self._pool,
            failure_text=self.tr("The sync failed"),
            on_error=self._failed,
        )
        return True

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if not self._running:
            return
        if phase == "full text":
            if not total:
                return  # no page to fetch: the bar keeps the articles' count
            if done == 0:
                self.host.reload()  # the new articles are written: list them while pages come
                self.task.begin(self.tr("Downloading full articles: %v of %m"), total)
        self.task.set_progress(done, total)

    def _ended(self) -> bool:
        self._running = False
        self.task.end()
        if self._closed:
            return False
        self.host.reload()
        return True

    def _failed(self) -> None:
        if self._ended():
            self.sync_finished.emit(None)

    def _synced(self, results: list[SyncResult]) -> None:
        if not self._ended():
            return
        self.last_results = results
        if results:
            for result in results:
                if result.ok:
                    message.log.info("sync %s: %s", result.account, describe(result))
                else:
                    message.log.info("sync %s failed: %s", result.account, result.error)
            self.host.status_bar().showMessage(self.summary(results), 15_000)
            self._show_full_text(results)
        self.sync_finished.emit(results)
        lost = [r for r in results if r.needs_password and r.password_key]
        if lost and self._asked and self._ask_password(lost[0]):
            self._again = False
            self.sync()
            return
        if self._again:
            self._again = False
            self.sync()

    def _ask_password(self, result: SyncResult) -> bool:
        """The password no keyring kept, asked once: kept as a typed one is, then synced."""
        note = None
        if not self.passwords.status.usable:
            note = self.tr(
                "No keyring (password store) is usable on this system, so the password "
                "is not stored anywhere: it is kept only until the program closes, and "
                "you will be asked again next time. Changes made here wait for it."
            )
        answer = feed_dialogs.ask_password(
            self.host.dialog_parent(), result.account, result.username or "", note
        )
        if answer is None or result.password_key is None:
            return False
        self.passwords.save(result.password_key, answer.password)
        return True

    def _show_full_text(self, results: list[SyncResult]) -> None:
        """The open article again when its full text came with this sync (listed before)."""
        browser = self.host.browser
        touched = {o.article_id for r in results if r.full_text for o in r.full_text.outcomes}
        if browser.article is not None and browser.article.id in touched:
            browser.show_article(self.host.library.article(browser.article.id))

    def summary(self, results: list[SyncResult]) -> str:
        """One status-bar line for a sync of one or more accounts."""
        failed = [r for r in results if not r.ok and not r.cancelled]
        added = sum(r.added for r in results)
        sent = sum(r.sent for r in results)
        # One sentence with the counted nouns as parts, for translations' own order.
        text = self.tr("Synced {accounts}: {articles}, {changes}.").format(
            accounts=self.tr("%Ln account(s)", "", len(results) - len(failed)),
            articles=self.tr("%Ln new article(s)", "", added),
            changes=self.tr("%Ln change(s) sent", "", sent),
        )
        reports = [r.full_text for r in results if r.full_text is not None]
        if any(report.outcomes for report in reports):
            text += " " + describe_full_text(_merged(reports))
        kept = sum(r.kept for r in results)
        if kept:
            text += " " + self.tr(
                "Kept %Ln article(s) you starred, tagged or highlighted, under Archived.", "", kept
            )
        if failed:
            # First: a long line is cut at its end, and this is what needs reading.
            text = (
                self.tr("{account} failed: {reason}").format(
                    account=failed[0].account, reason=failed[0].error
                )
                + " "
                + text
            )
        if any(r.cancelled or (r.full_text is not None and r.full_text.cancelled) for r in results):
            text += " " + self.tr("Cancelled.")
        return text

    # -- a subscription of the selected account --------------------------------

    def edit_selected(self) -> None:
        """Edit Feed on an account's subscription (a local feed's is the feeds controller's).

        A new title or folder goes to the server through the library gateway,
        as the source tree's Rename and Move do; "Download full articles" is
        this library's own, and the next sync fetches the new items' pages.
        """
        node = self.host.source_view.current_node()
        source = node.source if node is not None else None
        if source is None or source.kind is not SourceKind.ACCOUNT:
            return
        library = self.host.library
        full_text = library.full_text_option(source.id)
        folders = {
            s.folder for s in self.host.source_model.sources() if s.account == source.account
        }
        fields = feed_dialogs.ask_edit_feed(
            self.host.dialog_parent(),
            sorted(f for f in folders if f),
            source,
            full_text=full_text,
            account=source.account or "",
        )
        if fields is None:
            return
        if fields.title and fields.title != source.title:
            library.rename_source(source.id, fields.title)
        if (fields.folder or None) != source.folder:
            library.set_source_folder(source.id, fields.folder or None)
        if fields.full_text != full_text:
            library.set_full_text_option(source.id, fields.full_text)

    def ask_subscribe(self) -> None:
        node = self.host.source_view.current_node()
        account = node.account if node is not None else None
        if account is None:
            return
        url = message.ask_text(
            self.host.dialog_parent(),
            self.tr("Subscribe in Account"),
            self.tr("Feed address to subscribe {account} to, on its server:").format(
                account=account.name
            ),
            "",
        )
        if url and url.strip():
            self.subscribe(account, url.strip())

    def subscribe(self, account: Account, url: str, folder: str | None = None) -> None:
        """On the server (it fetches the feed), then a sync of the account brings it here."""
        if self._running:
            self.host.status_bar().showMessage(
                self.tr("A sync is running: subscribe again when it has ended."), 15_000
            )
            return
        passwords = self.passwords
        self._running = True
        self.task.begin(self.tr("Subscribing {account} to {url}…").format(
            account=account.name, url=url
        ), 0)  # fmt: skip

        def work(store: Store) -> list[SyncResult]:
            return [sync_edits.subscribe(store, account, url, folder=folder, passwords=passwords)]

        self.host.library.run_task(
            work,
            self._synced,
            pool=self._pool,
            failure_text=self.tr("Could not subscribe on the server"),
            on_error=self._failed,
        )

    def cancel(self) -> None:
        self._cancel.set()
        self._again = False

    def shutdown(self) -> None:
        self.timer.stop()
        super().shutdown()


def _merged(reports: list[FullTextReport]) -> FullTextReport:
    """The full articles of several accounts' syncs, as one report for one line."""
    return FullTextReport(
        outcomes=[o for r in reports for o in r.outcomes],
        skipped=sum(r.skipped for r in reports),
        cancelled=any(r.cancelled for r in reports),
    )
