"""Paper and type for exported and printed articles: page sizes, and fonts by script.

The paper follows the reader's locale, as their printer's does.  The font
list follows the article's dominant script, because the first family decides
how Chinese, Japanese and Korean characters are drawn, and a PDF's copied
text must be the article's own characters.
"""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QPageSize,
    QPainter,
    QPalette,
    QTextDocument,
)

from reader.core.errors import ReaderError

BODY_POINT_SIZE = 10.5

# Territories whose paper is US Letter (CLDR); everyone else uses A4.
_LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "BZ", "CL", "CO", "CR", "SV", "GT", "NI", "PA", "PH", "PR", "VE"}
)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("PdfExport", text, disambiguation, n)


# -- page size ----------------------------------------------------------------


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale's paper is Letter, else A4.

    On Unix the paper follows ``LC_PAPER`` (QLocale.system() ignores it).
    """
    if locale is None:
        name = next(
            (os.environ[k] for k in ("LC_ALL", "LC_PAPER", "LANG") if os.environ.get(k)), ""
        )
        name = name.split(".")[0].split("@")[0]
        locale = QLocale(name) if name and name not in ("C", "POSIX") else QLocale.system()
    letter = QLocale.territoryToCode(locale.territory()) in _LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def page_size_named(name: str) -> QPageSize:
    """``a4``, ``letter``, ``legal``, ``a5``: what a user types on the command line."""
    ids = {
        "a4": QPageSize.PageSizeId.A4,
        "a5": QPageSize.PageSizeId.A5,
        "a3": QPageSize.PageSizeId.A3,
        "letter": QPageSize.PageSizeId.Letter,
        "legal": QPageSize.PageSizeId.Legal,
    }
    try:
        return QPageSize(ids[name.casefold()])
    except KeyError:
        raise ReaderError(tr("unknown page size: {name}").format(name=name)) from None


# -- ink ------------------------------------------------------------------------

#: Ink on paper: text without a colour of its own is drawn in this.
PAPER_TEXT = "#000000"
PAPER = "#ffffff"


def paper_palette() -> QPalette:
    """Dark text on white, whatever the screen's theme.

    ``QTextDocument.drawContents`` takes the application's palette for text
    that has no colour of its own (the body, the title, notes): in the dark
    theme that is near-white, and paper stays white.
    """
    palette = QPalette(QColor(PAPER_TEXT), QColor(PAPER))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor(PAPER_TEXT))
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a4f8b"))
    return palette


def draw_on_paper(painter: QPainter, document: QTextDocument, rect: QRectF) -> None:
    """``document.drawContents(painter, rect)`` with the paper's palette, not the screen's."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = paper_palette()
    context.clip = rect
    painter.setClipRect(rect)
    document.documentLayout().draw(painter, context)


# -- fonts ----------------------------------------------------------------------

# One family list per dominant script. The first family decides the Han glyph
# forms (Chinese, Japanese and Korean write some characters differently) and,
# because Qt caches the fallback chain of a family, each first family always
# comes with the same list. Noto Sans Arabic rather than Noto Naskh Arabic:
# Naskh draws lam-alef and some contextual forms with glyphs that have no
# character at all, whose text a PDF then loses.
_TAIL = ("Noto Sans Arabic", "Noto Serif Hebrew", "Noto Serif Thai", "DejaVu Serif")
_PROFILES: dict[str, tuple[str, ...]] = {
    "latin": ("Noto Serif", "Noto Serif CJK SC", *_TAIL),
    "zh-hans": ("Noto Serif CJK SC", "Noto Serif", *_TAIL),
    "zh-hant": ("Noto Serif CJK TC", "Noto Serif", *_TAIL),
    "ja": ("Noto Serif CJK JP", "Noto Serif", *_TAIL),
    "ko": ("Noto Serif CJK KR", "Noto Serif", *_TAIL),
}
# Characters written differently in traditional and simplified Chinese, among
# the most frequent in news text: enough to tell the two apart.
_TRADITIONAL = frozenset(
    "們這說國會來時後對為與過開關發見經於學點體東長門問間進從還變現讓當記傳報導"
)
_SIMPLIFIED = frozenset(
    "们这说国会来时后对为与过开关发见经于学点体东长门问间进从还变现让当记传报导"
)


def script_profile(text: str) -> str:
    """Which family list suits ``text``: its dominant script, looked at cheaply."""
    han = kana = hangul = letters = traditional = simplified = 0
    for char in text[:4000]:
        code = ord(char)
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or code > 0x1FFFF:
            han += 1
            if char in _TRADITIONAL:
                traditional += 1
            elif char in _SIMPLIFIED:
                simplified += 1
        elif 0x3040 <= code <= 0x30FF:
            kana += 1
        elif 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            hangul += 1
        elif char.isalpha():
            letters += 1
    cjk = han + kana + hangul
    if cjk == 0 or cjk < letters * 0.25:
        return "latin"
    if hangul >= max(kana, han * 0.3):
        return "ko"
    if kana:
        return "ja"
    return "zh-hant" if traditional > simplified else "zh-hans"


@cache
def _installed(family: str) -> bool:
    return family in QFontDatabase.families()


def profile_families(profile: str) -> list[str]:
    families = [f for f in _PROFILES.get(profile, _PROFILES["latin"]) if _installed(f)]
    return families or [QFont().defaultFamily()]


def all_families() -> list[str]:
    return [f for profile in _PROFILES for f in profile_families(profile)]


def body_font(profile: str) -> QFont:
    font = QFont()
    font.setFamilies(profile_families(profile))
    font.setPointSizeF(BODY_POINT_SIZE)
    # Glyphs that only a substitution reaches have no character of their own,
    # so the PDF's text layer gets a stand-in or nothing: ligatures ("fi" comes
    # back as U+FB01) and local forms ('locl' in Noto CJK swaps the digits of
    # "RFI 2023" for uncoded ones). Plain glyphs keep copied text exact.
    for feature in ("liga", "clig", "dlig", "hlig", "locl"):
        font.setFeature(QFont.Tag(feature), 0)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
