"""What the feeds controller keeps and says, apart from its work.

Its settings, a refresh's outcome and the status-bar line that sums it up,
and a password the user typed on its way to the keyring: plain values and
functions the worker and the GUI thread hand each other, kept here so the
controller stays about the flow of the work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from reader.core.feeds.refresh import FeedResult, FeedStatus
from reader.core.feeds.subscriptions import edit_feed
from reader.core.fulltext.fetch import FullTextReport
from reader.core.images.fetch import ImageOutcome, ImageReport
from reader.core.library import FullTextStatus, Store
from reader.core.net.credentials import PasswordStore
from reader.ui.settings import Settings

#: Choices of the automatic refresh, in minutes (0: off, the default).
INTERVALS = (0, 15, 30, 60, 120, 360)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedsController", text)


class FeedSettings:
    """The feed settings, next to the window's (same file, ``feeds/`` group)."""

    def __init__(self, settings: Settings) -> None:
        self._q = settings.qsettings

    @property
    def refresh_minutes(self) -> int:
        try:
            value = int(str(self._q.value("feeds/refresh_minutes", 0)))
        except ValueError:
            return 0
        return value if value in INTERVALS else 0

    @refresh_minutes.setter
    def refresh_minutes(self, value: int) -> None:
        self._q.setValue("feeds/refresh_minutes", int(value))

    @property
    def download_images(self) -> bool:
        return str(self._q.value("feeds/download_images", "true")).lower() in ("true", "1")

    @download_images.setter
    def download_images(self, value: bool) -> None:
        self._q.setValue("feeds/download_images", "true" if value else "false")

    @property
    def opml_folder(self) -> str:
        return str(self._q.value("feeds/opml_folder", ""))

    @opml_folder.setter
    def opml_folder(self, value: str) -> None:
        self._q.setValue("feeds/opml_folder", value)


@dataclass(slots=True)
class RefreshOutcome:
    results: list[FeedResult] = field(default_factory=list)
    images: ImageReport | None = None
    full_text: FullTextReport | None = None
    keyring_usable: bool = True
    cancelled: bool = False
    #: Notes for the user from saving a password (where it went).
    notes: list[str] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(r.added for r in self.results)


@dataclass(frozen=True, slots=True)
class TypedPassword:
    """A password the user typed, on its way to the keyring (or the session)."""

    source_id: int
    username: str
    password: str

    def __repr__(self) -> str:
        return f"TypedPassword(source_id={self.source_id}, username={self.username!r})"


def save_password(store: Store, passwords: PasswordStore, answer: TypedPassword) -> list[str]:
    """On the worker: the user name to the library, the password to the keyring.

    Without a usable keyring the password is remembered for this session
    only, and the user is told so.
    """
    source = store.get_source(answer.source_id)
    if source.feed_url is None:
        return []
    if passwords.status.usable:
        outcome = edit_feed(
            store,
            answer.source_id,
            username=answer.username,
            password=answer.password,
            passwords=passwords,
        )
        if outcome is not None and outcome.message:
            return [_tr("The password is not stored: {why}").format(why=outcome.message)]
        return []
    store.set_feed_username(answer.source_id, answer.username)
    passwords.remember_for_session(source.feed_url, answer.password)
    return [
        _tr(
            "No keyring is usable on this system: the password for {title} is kept "
            "only until the program closes and is not stored anywhere."
        ).format(title=source.title)
    ]


def describe(outcome: RefreshOutcome) -> str:
    """The status-bar line: new articles, failures, images."""
    results = outcome.results
    failed = sum(1 for r in results if not r.ok and r.status is not FeedStatus.CANCELLED)
    # One sentence with the counted nouns as parts: a translation can put
    # them in its own order (Chinese, without the spaces English needs).
    text = _tr("Refreshed {feeds}: {articles}.").format(
        feeds=QCoreApplication.translate("FeedsController", "%Ln feed(s)", None, len(results)),
        articles=QCoreApplication.translate(
            "FeedsController", "%Ln new article(s)", None, outcome.added
        ),
    )
    if failed:
        text += " " + _tr("{failed} failed (see the sources marked ⚠).").format(failed=failed)
    if outcome.full_text is not None and outcome.full_text.outcomes:
        text += " " + describe_full_text(outcome.full_text)
    images = outcome.images
    if images is not None:
        text += " " + _tr(
            "Images: {cached} cached, {skipped} skipped, {failed} failed, {pending} left for later."
        ).format(
            cached=images.count(ImageOutcome.CACHED),
            skipped=images.count(ImageOutcome.SKIPPED),
            failed=images.count(ImageOutcome.FAILED),
            pending=images.count(ImageOutcome.PENDING),
        )
    if outcome.cancelled:
        text += " " + _tr("Cancelled.")
    return text


def describe_full_text(report: FullTextReport) -> str:
    """A translated line for a download of full articles (refresh or on demand)."""
    text = _tr(
        "Full articles: {done} downloaded, {failed} not available, {later} left for later."
    ).format(
        done=report.count(FullTextStatus.OK),
        failed=report.count(FullTextStatus.FAILED),
        later=report.count(FullTextStatus.OFFLINE),
    )
    if report.offline:
        text += " " + _tr("The network cannot be reached: the summaries are kept.")
    return text
