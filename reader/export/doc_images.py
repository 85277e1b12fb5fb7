"""An article's images in a Qt text document: cached ones fitted, missing ones as words.

The article view and the PDF export (and printing) show images only from
the offline image cache, and nothing is fetched to show or print an article.
Where an image is not cached, both put its description (its alt text) or a
short notice in its place, in the same words, so that a journalist reading
on screen or on paper knows a picture stood there and what it showed.

The work is done on the parsed document, before anything lays it out, so Qt
never asks for an image that is not there; when it does all the same, it gets
:func:`no_picture`, never None.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, QUrl
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)

#: The cached bytes of an image, by the name the document gives it; None when not cached.
ImageData = Callable[[str], bytes | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("ArticleImages", text)


def no_picture() -> QImage:
    """What a document answers for a picture it does not have: one blank pixel.

    Given None, Qt's image handler reads the picture's name as a file name,
    then again with every image suffix: whatever path or ``\\\\host\\share``
    an article named would be opened (and on Windows, that host sent the
    user's credentials).  Pictures come from the cache or not at all.
    """
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def is_image_request(kind: object) -> bool:
    """Whether a ``loadResource`` kind asks for a picture (PySide passes an enum or an int)."""
    value = getattr(kind, "value", kind)
    return isinstance(value, int) and value == QTextDocument.ResourceType.ImageResource.value


def missing_image_text(alt: object) -> str:
    """What stands where an image is not cached: its description, else a short notice."""
    text = f"[{alt.strip()}]" if isinstance(alt, str) and alt.strip() else ""
    return " " + (text or tr("[image not available offline]")) + " "


def _header_size(data: bytes) -> QSize:
    """The image's size from its header alone: no decoding on the GUI thread."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return QImageReader(buffer).size()


def _fit_width(image: QTextImageFormat, size: QSize, limit: float) -> bool:
    """Scale ``image`` down to ``limit`` wide (keeping its shape); True if changed."""
    if not size.isValid() or size.width() <= 0:
        return False
    width = image.width() if image.width() > 0 else float(size.width())
    height = image.height() if image.height() > 0 else size.height() * width / size.width()
    if width <= limit:
        return False
    image.setWidth(limit)
    image.setHeight(height * limit / width)
    return True


def place_images(
    document: QTextDocument,
    data_of: ImageData,
    limit: float,
    missing_format: QTextCharFormat,
    *,
    embed: bool = False,
) -> None:
    """Fit each cached image to ``limit`` wide; put alt text or a notice where one is missing.

    With ``embed`` the images are decoded and handed to the document (a PDF
    document asks nobody for resources); without it the document's owner
    answers Qt's requests for them later.  An image whose bytes do not decode
    counts as missing.
    """
    missing: list[tuple[int, str]] = []
    resized: list[tuple[int, int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fragment.isValid() and fmt.isImageFormat():
                image = fmt.toImageFormat()
                name = image.name()
                data = data_of(name) if name else None
                size = QSize()
                if data is not None and embed:
                    decoded = QImage.fromData(data)
                    if decoded.isNull():
                        data = None
                    else:
                        document.addResource(
                            QTextDocument.ResourceType.ImageResource, QUrl(name), decoded
                        )
                        size = decoded.size()
                elif data is not None:
                    size = _header_size(data)
                if data is None:
                    text = missing_image_text(image.property(QTextFormat.Property.ImageAltText))
                    for offset in range(fragment.length()):
                        missing.append((fragment.position() + offset, text))
                elif _fit_width(image, size, limit):
                    resized.append((fragment.position(), fragment.length(), image))
            it += 1
        block = block.next()
    if not missing and not resized:
        return
    cursor = QTextCursor(document)
    # Inside an edit block a cursor does not lay the text out, which would
    # make Qt ask for the very images being replaced.
    cursor.beginEditBlock()
    for position, length, image in resized:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)
    for position, text in reversed(missing):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, missing_format)
    cursor.endEditBlock()
