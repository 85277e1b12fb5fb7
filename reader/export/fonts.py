"""Which of the fonts the program needs the system lacks, and how to get them.

The bundle ships no fonts: Chinese, Japanese and Korean text needs the
system's (fontconfig's). Without any font for Han characters the window shows
boxes and an exported PDF loses the text; without the Noto CJK faces the page
layout (``reader/export/page.py``) falls back to whatever else there is. The
self-test and the window name what is missing and how to install it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFontDatabase

#: The faces the PDF and the article view ask for first, by script.
CJK_FAMILIES = ("Noto Serif CJK SC", "Noto Serif CJK TC", "Noto Serif CJK JP", "Noto Serif CJK KR")
#: How to install them, on the systems journalists' laptops run.
INSTALL_HINT = (
    "Debian/Ubuntu: sudo apt install fonts-noto-cjk; "
    "Fedora: sudo dnf install google-noto-serif-cjk-fonts google-noto-sans-cjk-fonts; "
    "Arch: sudo pacman -S noto-fonts-cjk; openSUSE: sudo zypper install noto-serif-cjk-fonts"
)


@dataclass(frozen=True)
class FontReport:
    missing: tuple[str, ...]
    #: Families that can draw Chinese at all (from any package).
    han_capable: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.missing

    @property
    def boxes(self) -> bool:
        """No font draws Chinese: the window shows boxes, PDFs lose the text."""
        return not self.han_capable

    def message(self) -> str:
        """Plain English for the self-test and the log."""
        what = ", ".join(self.missing)
        effect = (
            "Chinese, Japanese and Korean text shows as boxes and is lost from PDFs"
            if self.boxes
            else f"Chinese text uses {self.han_capable[0]} instead"
        )
        return f"fonts missing: {what} ({effect}); install them: {INSTALL_HINT}"


def check() -> FontReport:
    """Needs a QGuiApplication (the font database is the platform's)."""
    families = set(QFontDatabase.families())
    han = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return FontReport(
        missing=tuple(f for f in CJK_FAMILIES if f not in families),
        han_capable=tuple(sorted(han)),
    )
