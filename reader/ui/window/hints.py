"""What the article pane says when no article is open.

Worked out from what the list shows and why it is empty: an empty library
points at the ways to fill it, an empty search says so, a feed that failed
says why (its articles come once a refresh works). Kept apart from the
window, which only passes the list's state in; the texts keep the main
window's translation context, where they have always been.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.models import ArticleQuery
from reader.ui import message
from reader.ui.models.source_model import Node

#: (name the pane sends back when clicked, its text)
Link = tuple[str, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def pane_hint(
    query: ArticleQuery, count: int, node: Node | None, *, library: str = ""
) -> tuple[str, tuple[Link, ...]]:
    """The hint for a list of ``count`` articles matching ``query`` in ``node``.

    An empty library is a first start: the welcome says where the library
    lives and offers the three ways in, the sample among them.
    """
    if count:
        return _tr("Select an article to read it."), ()
    if query.search:
        return _tr("No article matches the search."), ()
    if query == ArticleQuery():
        hint = _tr(
            "The library is empty. Drop saved article dumps (.txt) or folders of "
            "them on this window, import them, or subscribe to a feed."
        )
        if library:
            hint += " " + _tr("Your library is {path}.").format(path=library)
        links = (
            ("import", _tr("Import saved articles… (Ctrl+O)")),
            ("add-feed", _tr("Add a feed… (Ctrl+Shift+A)")),
            ("sample", _tr("Open the sample article")),
        )
        return hint, links
    error = node.source.last_error if node is not None and node.source else None
    if error:
        return _tr(
            "This feed could not be read: {error}. Its articles will appear here "
            "once a refresh works."
        ).format(error=message.network_error(error)), ()
    return _tr("No articles here."), ()
