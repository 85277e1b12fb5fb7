"""Export articles to PDF, and print them, with Qt's own text engine.

Every article is the same HTML document the reader shows
(:func:`reader.core.content.render.article_html`), laid out by one
:class:`QTextDocument` per article and painted page by page onto a
:class:`QPdfWriter` or a :class:`QPrinter`; no web engine. We paint pages
ourselves (rather than ``QTextDocument.print``) to start each article on a new
page, number pages across the whole file and know where each article starts,
which the outline needs.

Qt writes neither an outline nor our metadata, and its text layer maps some
glyphs to the wrong characters (see :mod:`reader.export.textlayer`), so a
finished PDF passes once through pypdf before it is moved into place.

Nothing is fetched: images come only from the ``resources`` callable (the
offline image cache); an image it does not have shows its alt text or a
notice, as in the article view (:mod:`reader.export.doc_images`).

Paper sizes and fonts by script live in :mod:`reader.export.page`.

Everything here may run in a worker thread (give it ``progress`` and
``cancelled`` callbacks); a :class:`Store` is opened in that thread when
articles are given by id.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextDocument,
)

from reader.core.content.render import article_html
from reader.core.dumps.filenames import safe_filename, unique_path
from reader.core.errors import ReaderError
from reader.core.fulltext.view import article_as_shown
from reader.core.library import Store
from reader.core.models import Article
from reader.export import metadata, page
from reader.export.annotations import ArticleExtras, LibraryExtras, annotate
from reader.export.doc_images import is_image_request, no_picture, place_images
from reader.export.page import all_families, body_font, profile_families

# Where the window and the command line have always found them.
from reader.export.page import default_page_size as default_page_size
from reader.export.page import page_size_named as page_size_named
from reader.export.page import script_profile as script_profile
from reader.export.textlayer import FontFinder, repair_to_unicode

ResourceProvider = Callable[[str], bytes | None]
ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

RESOLUTION = 1200  # Qt's own PDF default: positions precise to 1/1200 inch
CSS_DPI = 96  # what an HTML pixel is
MARGINS_MM = QMarginsF(20, 18, 20, 12)  # left, top, right, bottom: inside every printer's reach
FOOTER_MM = 9  # the page-number band at the bottom of the printable area
FOOTER_POINT_SIZE = 8

MISSING_IMAGE_COLOR = "#666666"

# Qt's rich text reads margins in CSS pixels only (a "pt" margin is ignored,
# which left paragraphs with no space between them); 1px is 0.75pt.
_STYLE = """
h1 { font-size: 17pt; font-weight: bold; margin-top: 0px; margin-bottom: 8px; }
p, ul, ol, dl, pre, table { margin-top: 0px; margin-bottom: 9px; }
li { margin-bottom: 3px; }
p.meta { color: #444444; font-size: 9.5pt; margin-bottom: 3px; }
p.link { color: #444444; font-size: 8.5pt; margin-bottom: 5px; }
a { color: #1a4f8b; text-decoration: none; }
h2 { font-size: 13.5pt; } h3 { font-size: 12pt; } h4, h5, h6 { font-size: 11pt; }
h2, h3, h4, h5, h6 { margin-top: 12px; margin-bottom: 6px; }
blockquote { margin-left: 19px; margin-right: 19px; margin-bottom: 9px; color: #333333; }
div.figcaption { color: #444444; font-size: 9pt; margin-top: 2px; margin-bottom: 9px; }
pre, code { font-size: 9pt; }
"""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("PdfExport", text, disambiguation, n)


class ExportError(ReaderError):
    """The PDF could not be written (folder missing or read-only, disk full...)."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export did; ``files`` is empty when it was cancelled."""

    files: tuple[Path, ...]
    articles: int
    pages: int
    cancelled: bool
    seconds: float


# -- one article as a document ------------------------------------------------------


class _ArticleDocument(QTextDocument):
    """A document that loads nothing: its only resources are the images we add.

    Qt asks for pictures as soon as ``setHtml`` lays the text out, before the
    cached ones are added; a blank answers, or Qt would open the name as a file.
    """

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return no_picture() if is_image_request(kind) else None


def build_document(
    article: Article,
    device: QPagedPaintDevice,
    body_size: QSizeF,
    resources: ResourceProvider | None = None,
    extras: ArticleExtras | None = None,
) -> QTextDocument:
    """The article laid out for ``device`` in pages of ``body_size`` device pixels."""
    document = _ArticleDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(body_font(script_profile(article.title + article.text)))
    document.setDefaultStyleSheet(_STYLE)
    document.setDocumentMargin(0)
    document.setPageSize(body_size)
    max_width = body_size.width() * CSS_DPI / device.logicalDpiX()
    document.setHtml(article_html(article))
    missing = QTextCharFormat()
    missing.setFontItalic(True)
    missing.setForeground(QColor(MISSING_IMAGE_COLOR))
    place_images(
        document,
        resources if resources is not None else _no_images,
        max_width,
        missing,
        embed=True,
    )
    if extras is not None:
        annotate(document, extras)  # highlights, notes, provenance
    return document


def _no_images(name: str) -> bytes | None:
    return None


# -- painting pages -----------------------------------------------------------------


class PageRenderer:
    """Paints articles one after another on a paged device, numbering the pages."""

    def __init__(self, device: QPagedPaintDevice, resources: ResourceProvider | None = None):
        self._device = device
        self._resources = resources
        self._painter = QPainter()
        self.extras: Callable[[Article], ArticleExtras] | None = None
        self.pages = 0
        self.drawn_text: list[str] = []
        dpi = device.logicalDpiY()
        paint = device.pageLayout().paintRectPixels(device.logicalDpiX())
        footer = FOOTER_MM / 25.4 * dpi
        self._width = float(paint.width())
        self._footer = QRectF(0, paint.height() - footer, self._width, footer)
        self.body_size = QSizeF(self._width, paint.height() - footer)
        self._footer_font = QFont(profile_families("latin")[0])
        self._footer_font.setPointSizeF(FOOTER_POINT_SIZE)

    def __enter__(self) -> PageRenderer:
        if not self._painter.begin(self._device):
            raise ExportError(tr("cannot write the PDF file"))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._painter.isActive():
            self._painter.end()

    def add(self, article: Article, cancelled: CancelCheck | None = None) -> int:
        """Paint ``article`` from a new page; returns the index of its first page."""
        extras = self.extras(article) if self.extras is not None else None
        document = build_document(article, self._device, self.body_size, self._resources, extras)
        self.drawn_text.append(document.toRawText())
        height = self.body_size.height()
        start = self.pages
        for index in range(max(document.pageCount(), 1)):
            if cancelled is not None and index and cancelled():
                break
            if self.pages:
                self._device.newPage()
            self._painter.save()
            self._painter.translate(0, -index * height)
            page.draw_on_paper(
                self._painter, document, QRectF(0, index * height, self._width, height)
            )
            self._painter.restore()
            self.pages += 1
            self._paint_footer()
        return start

    def _paint_footer(self) -> None:
        number = QLocale.c().toString(self.pages)
        self.drawn_text.append(number)
        self._painter.save()
        self._painter.setFont(self._footer_font)
        self._painter.setPen(Qt.GlobalColor.darkGray)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        self._painter.drawText(self._footer, int(flags), number)
        self._painter.restore()


# -- articles in, files out -----------------------------------------------------------


def _articles(
    items: Sequence[int | Article],
    store_path: str | Path | None,
    summaries: Collection[int] = (),
) -> Iterator[Article]:
    """Articles in order, read one at a time (hundreds of bodies need not sit in memory).

    As the window shows them: the full article when there is one, the feed's
    summary for the ids in ``summaries`` (switched to it in the view).
    """
    store: Store | None = None
    try:
        for item in items:
            if isinstance(item, Article):
                yield item
                continue
            if store is None:
                if store_path is None:
                    raise ReaderError(tr("articles given by id need the library's path"))
                store = Store.open(store_path)
            shown = article_as_shown(
                store.get_article(item), store.full_text(item), summary=item in summaries
            )
            yield shown.article
    finally:
        if store is not None:
            store.close()


@dataclass(slots=True)
class _Staged:
    """A PDF painted into a hidden temporary file, waiting to be finished and moved."""

    raw: Path
    final: Path
    articles: list[Article]
    starts: list[int]
    text: str
    pages: int


def _temp_path(folder: Path, name: str) -> Path:
    """A new hidden file beside the target (same file system, so the rename is atomic).

    Created with the user's umask like any file they save, unlike mkstemp's 0600.
    """
    try:
        while True:
            path = folder / f".{name[:80]}.{secrets.token_hex(4)}.part"
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
                return path
            except FileExistsError:
                continue
    except OSError as exc:
        raise ExportError(
            tr("cannot write in {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc


def _new_writer(path: Path, page_size: QPageSize, title: str, author: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            page_size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
        )
    )
    writer.setTitle(title)
    writer.setAuthor(author)
    writer.setCreator(metadata.PRODUCER)
    return writer


def _finish(staged: _Staged, title: str | None, created: datetime, finder: FontFinder) -> Path:
    """Outline, metadata and a right text layer; written next to the target, not on it."""
    out = _temp_path(staged.final.parent, staged.final.name)
    try:
        writer = PdfWriter(clone_from=PdfReader(staged.raw))
        repair_to_unicode(writer, staged.text, finder)
        if len(staged.articles) > 1:
            for article, start in zip(staged.articles, staged.starts, strict=True):
                writer.add_outline_item(title=article.title or tr("(untitled)"), page_number=start)
        elif staged.articles:
            writer.add_outline_item(
                title=staged.articles[0].title or tr("(untitled)"), page_number=0
            )
        doc_title = metadata.document_title(staged.articles, title)
        author = metadata.document_author(staged.articles)
        writer.add_metadata(
            {
                "/Title": doc_title,
                "/Author": author,
                "/Creator": metadata.PRODUCER,
                "/Producer": metadata.PRODUCER,
                "/CreationDate": metadata.pdf_date(created),
                "/ModDate": metadata.pdf_date(created),
            }
        )
        # Qt's XMP packet names Qt as producer and has an empty title: replace it.
        writer.xmp_metadata = metadata.xmp(doc_title, author, created)
        writer.page_mode = "/UseOutlines"
        with out.open("wb") as handle:
            writer.write(handle)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return out


def export_pdf(
    articles: Sequence[int | Article],
    store_path: str | Path | None = None,
    target: str | Path | None = None,
    *,
    one_per_article_dir: str | Path | None = None,
    page_size: QPageSize | None = None,
    title: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    resources: ResourceProvider | None = None,
    summaries: Collection[int] = (),
    with_notes: bool | None = None,
    provenance: str = "name",
) -> ExportResult:
    """Write ``articles`` (ids or :class:`Article`) to ``target`` and/or one file each.

    Articles given by id come as the window shows them (:func:`_articles`).
    With ``with_notes`` not None, each article ends with its provenance as
    ``provenance`` says (``none``, ``name``: the source file's name only,
    ``full``: its path too), and when True also carries its highlights and
    notes (read from the library).

    Nothing appears at a target until the whole export succeeded: each file is
    painted and finished in a hidden temporary file beside it and renamed at
    the end, so a cancel or an error leaves the folder as it was.
    ``progress(done, total)`` is called after each article; ``cancelled()``
    is polled between articles and pages.
    """
    started = time.perf_counter()
    if target is None and one_per_article_dir is None:
        raise ReaderError(tr("say where to write: a PDF file or a folder"))
    size = page_size or default_page_size()
    created = datetime.now(UTC)
    total = len(articles)
    finder = FontFinder(all_families())
    staged: list[_Staged] = []
    done: list[Path] = []
    pages = 0
    is_cancelled = cancelled or (lambda: False)
    extras = (
        None
        if with_notes is None
        else LibraryExtras(store_path or "", with_notes=with_notes, provenance=provenance)
    )

    single: _Staged | None = None
    single_writer: QPdfWriter | None = None
    single_renderer: PageRenderer | None = None
    folder = Path(one_per_article_dir) if one_per_article_dir is not None else None
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(
                tr("cannot create the folder {folder}: {reason}").format(
                    folder=folder, reason=exc.strerror or exc
                )
            ) from exc
    try:
        if target is not None:
            final = Path(target)
            if final.is_dir():
                raise ExportError(tr("{path} is a folder, not a file name").format(path=final))
            raw = _temp_path(final.parent, final.name)
            single = _Staged(raw, final, [], [], "", 0)
            staged.append(single)
            single_writer = _new_writer(raw, size, title or "", "")
            single_renderer = PageRenderer(single_writer, resources).__enter__()
            single_renderer.extras = extras
        taken: set[str] = set()
        for number, article in enumerate(_articles(articles, store_path, summaries), start=1):
            if is_cancelled():
                break
            if single is not None and single_renderer is not None:
                single.starts.append(single_renderer.add(article, is_cancelled))
                single.articles.append(article)
            if folder is not None:
                name = unique_path(folder, safe_filename(article.title, article.published), taken)
                taken.add(name.name)
                own = _Staged(_temp_path(folder, name.name), name, [article], [0], "", 0)
                staged.append(own)
                writer = _new_writer(own.raw, size, article.title, article.author or "")
                with PageRenderer(writer, resources) as renderer:
                    renderer.extras = extras
                    renderer.add(article, is_cancelled)
                own.text = "\n".join(renderer.drawn_text)
                own.pages = renderer.pages
                del writer
            if progress is not None:
                progress(number, total)
        if single_renderer is not None and single is not None:
            single_renderer.__exit__()
            single.text = "\n".join(single_renderer.drawn_text)
            single.pages = single_renderer.pages
            single_writer = None
        if is_cancelled():
            return ExportResult((), 0, 0, True, time.perf_counter() - started)
        finished: list[tuple[Path, Path]] = []
        try:
            for item in staged:
                if is_cancelled():
                    return ExportResult((), 0, 0, True, time.perf_counter() - started)
                finished.append((_finish(item, title, created, finder), item.final))
            for temp, final in finished:
                os.replace(temp, final)
                done.append(final)
        finally:
            for temp, _final in finished:
                temp.unlink(missing_ok=True)
        pages = single.pages if single is not None else sum(s.pages for s in staged)
        count = len(single.articles) if single is not None else len(staged)
        return ExportResult(tuple(done), count, pages, False, time.perf_counter() - started)
    except OSError as exc:
        raise ExportError(
            tr("cannot write {path}: {reason}").format(
                path=exc.filename or target or folder, reason=exc.strerror or exc
            )
        ) from exc
    finally:
        if extras is not None:
            extras.close()
        if single_renderer is not None:
            single_renderer.__exit__()
        del single_writer
        for item in staged:
            with contextlib.suppress(OSError):
                item.raw.unlink(missing_ok=True)


def print_articles(
    articles: Iterable[Article],
    printer: QPagedPaintDevice,
    *,
    resources: ResourceProvider | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    store_path: str | Path | None = None,
    with_notes: bool | None = None,
    provenance: str = "name",
) -> int:
    """Print ``articles`` on a configured :class:`QPrinter` (after QPrintDialog); returns pages.

    Same pages as the PDF export, from the same renderer with the same
    options (highlights and notes, provenance: see :func:`export_pdf`, read
    from the library at ``store_path``): each article on a new page,
    numbered footers, the printer's own page size and margins. "Print to
    file" as PDF goes through :func:`export_pdf`, so that file gets the
    outline and a right text layer too.
    """
    items = list(articles)
    output_format = getattr(printer, "outputFormat", None)
    if output_format is not None and printer.outputFileName():  # type: ignore[attr-defined]
        from PySide6.QtPrintSupport import QPrinter

        if output_format() == QPrinter.OutputFormat.PdfFormat:
            result = export_pdf(
                items,
                store_path,
                target=printer.outputFileName(),  # type: ignore[attr-defined]
                page_size=printer.pageLayout().pageSize(),
                title=printer.docName() or None,  # type: ignore[attr-defined]
                progress=progress,
                cancelled=cancelled,
                resources=resources,
                with_notes=with_notes,
                provenance=provenance,
            )
            return result.pages
    extras = (
        None
        if with_notes is None or store_path is None
        else LibraryExtras(store_path, with_notes=with_notes, provenance=provenance)
    )
    try:
        with PageRenderer(printer, resources) as renderer:
            renderer.extras = extras
            for number, article in enumerate(items, start=1):
                if cancelled is not None and cancelled():
                    break
                renderer.add(article, cancelled)
                if progress is not None:
                    progress(number, len(items))
    finally:
        if extras is not None:
            extras.close()
    return renderer.pages
