"""The article, shown safely in a QTextBrowser.

The core has already sanitized the HTML; this view is the second wall.
Nothing is fetched and nothing is read from disk: :meth:`loadResource` answers
only from a :data:`ResourceProvider` (the library's cache, once there is
one) and only for ``http``/``https`` URLs; ``file:``, relative and other URLs
get a blank picture (never None, which makes Qt read the name as a file).
Images with no cached copy are replaced by their alt text or a short
placeholder before layout, so Qt never asks for them. Links open in
the system browser only when clicked, and only ``http``, ``https`` and
``mailto`` (QTextBrowser's own link handling would show ``file:`` links
inside the view and hand other schemes to the OS).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QImage,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QWidget

from reader.core import platform
from reader.core.content.render import article_html
from reader.core.images.cache import CACHE_SCHEME
from reader.core.library import hit_spans
from reader.core.models import Article
from reader.export.doc_images import is_image_request, no_picture, place_images
from reader.ui import theme
from reader.ui.settings import ZOOM_DEFAULT
from reader.ui.views.snippet_delegate import MARK, MARK_TEXT

#: Looks up a cached copy of a remote resource: bytes, or None if not cached.
ResourceProvider = Callable[[QUrl], bytes | None]
#: Opens a URL outside the program (the system browser or mail client).
LinkOpener = Callable[[QUrl], bool]

ALLOWED_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
#: Links in the window's own hints ("Add a feed…"), never in an article.
ACTION_SCHEME = "offline-reader-action"
_RESOURCE_SCHEMES = frozenset({"http", "https", CACHE_SCHEME})
#: Widest text column, in multiples of the font's pixel size: about 75 Latin
#: characters or 38 Chinese ones a line.
_MEASURE_EM = 38
_MIN_SIDE = 18


def no_cache(url: QUrl) -> bytes | None:
    return None


def open_in_system(url: QUrl) -> bool:
    """The system browser or mail program (looked up when called, so tests can stub it).

    The bundle starts it itself, without its own libraries in the browser's
    environment (:func:`reader.core.platform.open_url`).
    """
    opened = platform.open_url(url.toString())
    return QDesktopServices.openUrl(url) if opened is None else opened


class _SafeDocument(QTextDocument):
    """A document that asks its view for every resource and nothing else.

    QTextDocument's own loadResource reads ``file:`` and relative URLs from
    disk when no QTextEdit is its parent; this one never does.
    """

    def __init__(self, view: ArticleBrowser) -> None:
        super().__init__(view)
        self._view = view

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        return self._view.loadResource(kind, QUrl(url))


#: Hits marked in one article at most (a word on every line of a long text).
_MARKS_MAX = 2000


def _utf16(text: str, offset: int) -> int:
    """A Python offset into ``text`` as Qt counts it (characters past U+FFFF are two)."""
    if text.isascii() or max(text) <= "\uffff":
        return offset
    return len(text[:offset].encode("utf-16-le")) // 2


class ArticleBrowser(QTextBrowser):
    #: a link was clicked that is not opened (its scheme is not allowed).
    link_refused = Signal(QUrl)
    #: the system found no browser (or mail program) to open a link with
    open_failed = Signal(QUrl)
    #: a (possibly different) article or none is now shown.
    article_shown = Signal()
    #: the document was laid out anew (shown, or re-rendered): highlights go back on
    rendered = Signal()
    #: a command link of the hint was clicked (its name).
    action_requested = Signal(str)
    #: marks of some kind were drawn anew (a screen reader lists the highlights)
    marks_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        provider: ResourceProvider = no_cache,
        opener: LinkOpener | None = None,
    ) -> None:
        super().__init__(parent)
        self.provider = provider
        self.opener = opener or open_in_system
        self.setObjectName("articleBrowser")
        self.setAccessibleName(self.tr("Article"))
        self.setAccessibleDescription(self.tr("The open article; Tab moves between its links"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setSearchPaths([])
        self.anchorClicked.connect(self._on_anchor)
        self._article: Article | None = None
        #: Marks drawn over the text by kind ("highlights", search hits...): each
        #: owner replaces its own, and none wipes another's (see set_marks).
        self._marks: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._hint = ""
        self._hint_links: tuple[tuple[str, str], ...] = ()
        self._zoom = ZOOM_DEFAULT
        self._family = ""
        self._style: tuple[QFont, str] | None = None
        self._marked: list[str] = []
        self._apply_style()

    # -- content ------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        return self._article

    def set_hint(self, text: str, links: tuple[tuple[str, str], ...] = ()) -> None:
        """What the view says while no article is open, with command links
        (name, label) that emit :attr:`action_requested`."""
        if (text, links) != (self._hint, self._hint_links):
            self._hint, self._hint_links = text, links
            if self._article is None:
                self._render()

    @property
    def hint(self) -> str:
        return self._hint

    def show_article(self, article: Article | None) -> None:
        self._article = article
        self._render()
        self.verticalScrollBar().setValue(0)
        self.article_shown.emit()

    def set_marks(self, kind: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Draw ``selections`` over the text in place of this kind's earlier ones."""
        self._marks[kind] = selections
        self.setExtraSelections([mark for marks in self._marks.values() for mark in marks])
        self.marks_changed.emit()

    def marked_texts(self, kind: str) -> list[str]:
        """The passages this kind of mark covers, in the order drawn."""
        return [mark.cursor.selectedText() for mark in self._marks.get(kind, [])]

    def rerender(self) -> None:
        """Lay the article out again in place (its images were just cached)."""
        position = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(position)

    def _render(self) -> None:
        """Build the article in a fresh document, then hand it to the view.

        The document is parsed and its missing images replaced before any view
        lays it out, so Qt never asks for a resource that is not cached.
        """
        document = _SafeDocument(self)
        if self._style is not None:
            document.setDefaultFont(self._style[0])
            document.setDefaultStyleSheet(self._style[1])
        if self._article is not None:
            document.setHtml(article_html(self._article))
            self._replace_missing_images(document)
            self._readable_link(document, self._article.url)
        elif self._hint:
            links = "".join(
                f'<p class="hint"><a href="{ACTION_SCHEME}:{html.escape(name)}">'
                f"{html.escape(label)}</a></p>"
                for name, label in self._hint_links
            )
            document.setHtml(f'<p class="hint">{html.escape(self._hint)}</p>{links}')
        self._set_margins(document)
        self.setDocument(document)  # the old one, our child, is deleted
        self._marks.clear()  # they pointed into the old document; owners redraw theirs
        self._mark_hits()
        self.rendered.emit()

    def set_marked(self, terms: list[str]) -> None:
        """Mark these search terms wherever the article says them (see ``search_terms``)."""
        if terms != self._marked:
            self._marked = terms
            self._mark_hits()

    def _mark_hits(self) -> None:
        """The hits as extra selections: drawn over the text, the document left as it is.

        Found block by block in the block's own text, folded as the index
        folds (記者 marks 记者), so positions are the document's own.
        """
        selections: list[QTextEdit.ExtraSelection] = []
        if self._article is not None and self._marked:
            mark = QTextCharFormat()
            mark.setBackground(MARK)
            mark.setForeground(MARK_TEXT)
            block = self.document().begin()
            while block.isValid() and len(selections) < _MARKS_MAX:
                text = block.text()
                for start, end in hit_spans(text, self._marked):
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(block.position() + _utf16(text, start))
                    cursor.setPosition(
                        block.position() + _utf16(text, end), QTextCursor.MoveMode.KeepAnchor
                    )
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = cursor
                    selection.format = mark
                    selections.append(selection)
                block = block.next()
        self.set_marks("search", selections)

    def _replace_missing_images(self, document: QTextDocument) -> None:
        """Put alt text (or a placeholder) where an image has no cached copy."""
        style = QTextCharFormat()
        style.setFontItalic(True)
        style.setForeground(self.palette().placeholderText())
        limit = self._image_width_limit(document)
        place_images(document, lambda name: self._resource(QUrl(name)), limit, style)

    def _image_width_limit(self, document: QTextDocument) -> float:
        """The text column's width: a wider image is scaled down to it."""
        em = document.defaultFont().pointSizeF() * self.logicalDpiY() / 72
        limit = _MEASURE_EM * em
        width = self.viewport().width() - 2 * _MIN_SIDE
        return min(limit, width) if width >= 200 else limit

    @staticmethod
    def _readable_link(document: QTextDocument, url: str) -> None:
        """Show the link to the original decoded (``/国际/``, not ``/%E5%9B%BD…``).

        Only the text changes; the link still points at the URL as stored.
        """
        readable = unquote(url)
        if not url or readable == url:
            return
        found = document.find(url)
        if found.isNull() or found.charFormat().anchorHref() != url:
            return
        fmt = found.charFormat()
        found.beginEditBlock()
        found.insertText(readable, fmt)
        found.endEditBlock()

    # -- resources ----------------------------------------------------------

    def _resource(self, url: QUrl) -> bytes | None:
        if url.scheme().lower() not in _RESOURCE_SCHEMES or url.isRelative():
            return None
        try:
            return self.provider(url)
        except Exception:  # a broken cache must not break reading
            return None

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Answer from the cache only; never QTextBrowser's own file/network loading.

        A picture the cache does not have (any more) or cannot decode is a
        blank: with None, Qt would read the picture's name as a file.
        """
        if not is_image_request(kind):
            return None
        data = self._resource(QUrl(url))
        image = QImage() if data is None else QImage.fromData(data)
        return no_picture() if image.isNull() else image

    def doSetSource(
        self,
        name: QUrl | str,
        /,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        """Refuse navigation: QTextBrowser would read a ``file:`` URL from disk."""

    # -- links --------------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == ACTION_SCHEME:
            # Only the hint has such links; in an article the same address is
            # just a refused link (the sanitizer drops it anyway).
            if self._article is None:
                self.action_requested.emit(url.path())
            else:
                self.link_refused.emit(url)
            return
        if url.scheme().lower() in ALLOWED_LINK_SCHEMES and not url.isRelative():
            if not self.opener(url):
                self.open_failed.emit(url)
        else:
            self.link_refused.emit(url)

    # -- look ---------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        self._zoom = percent
        self._apply_style()

    @property
    def font_family(self) -> str:
        return self._family

    def set_font_family(self, family: str) -> None:
        """Read in ``family`` (empty: the interface's font); some readers need
        a serif, or a font with the CJK glyphs the system one lacks."""
        self._family = family
        self._apply_style()

    def _apply_style(self) -> None:
        font = QFont(QApplication.font())
        if self._family:
            font.setFamily(self._family)
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        # Reading text a little larger than the interface text.
        font.setPointSizeF(size * 1.15 * self._zoom / 100)
        css = theme.article_css(self.palette(), font)
        if (font, css) == self._style:
            return  # Qt sends palette and font events that change nothing
        self._style = (font, css)
        position = self.verticalScrollBar().value()
        self._render()
        self.verticalScrollBar().setValue(position)

    def _update_margins(self) -> None:
        self._set_margins(self.document())

    def _set_margins(self, document: QTextDocument) -> None:
        """Centre a column of comfortable width: long lines tire the eye."""
        font = document.defaultFont()
        em = font.pointSizeF() * self.logicalDpiY() / 72
        width = self.viewport().width()
        side = max(_MIN_SIDE, round((width - _MEASURE_EM * em) / 2))
        frame = document.rootFrame()
        fmt = frame.frameFormat()
        if (fmt.leftMargin(), fmt.rightMargin()) != (side, side):
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(_MIN_SIDE)
            fmt.setBottomMargin(_MIN_SIDE * 2)
            frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        restyle = event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
        if restyle and hasattr(self, "_style"):  # not while QTextBrowser is being built
            self._apply_style()

    # -- reading ------------------------------------------------------------

    def page_down(self) -> bool:
        """Scroll one page; False when already at the end (so the caller moves on)."""
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum():
            return False
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
        return True
