"""What a long task (a refresh, a sync, a full-article download) is run with.

The window's controllers and the CLI hand these to the core, which passes
them on from the refresh or the sync to the full-article download and the
images: one value instead of the same keyword arguments at every step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.core.net.credentials import PasswordStore
from reader.core.workers import ExecutorFactory

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class TaskOptions:
    """How to run a task; the defaults are those of a plain CLI run."""

    #: Cache the images of the new articles after the task.
    images: bool = True
    #: (done, total) of the task's main step: feeds, new sync items, or pages.
    progress: Progress | None = None
    #: (done, total) of the images, where the task fetches some itself.
    image_progress: Progress | None = None
    #: (done, total) of the full articles a refresh or a sync downloads next.
    full_text_progress: Progress | None = None
    #: Polled between steps; a task asked to stop returns what it has.
    cancelled: Cancelled | None = None
    #: Where feed and account passwords come from; the keyring when None.
    passwords: PasswordStore | None = None
    #: Makes the worker pool for cleaning; the shared default when None.
    executor_factory: ExecutorFactory | None = None

    def is_cancelled(self) -> bool:
        return self.cancelled is not None and self.cancelled()


#: The default of the functions that take options (a frozen value, safe to share).
DEFAULT_OPTIONS = TaskOptions()
