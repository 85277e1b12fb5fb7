"""Light and dark: the system's palette by default, or one the user picks.

The window follows whatever palette Qt gets from the desktop. Where the
desktop says nothing (many Linux sessions, and Xvfb), View > Appearance can
force light or dark; the choice is remembered. The article's CSS is built
from the palette in use, so the text is readable in both.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


_system: tuple[str, QPalette] | None = None


def _dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colors = {
        role.Window: "#2b2d30",
        role.WindowText: "#e6e6e6",
        role.Base: "#1f2023",
        role.AlternateBase: "#2a2b2f",
        role.ToolTipBase: "#3a3c40",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#8c8f94",
        role.Text: "#e6e6e6",
        role.Button: "#34363a",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Light: "#4a4c50",
        role.Midlight: "#3e4044",
        role.Mid: "#2f3134",
        role.Dark: "#1a1b1d",
        role.Shadow: "#000000",
        role.Highlight: "#3d6ea8",
        role.HighlightedText: "#ffffff",
        role.Link: "#79b0f2",
        role.LinkVisited: "#b48ef0",
    }
    for name, value in colors.items():
        p.setColor(name, QColor(value))
    for name in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, name, QColor("#7a7c80"))
    return p


def apply(appearance: Appearance) -> None:
    """Switch the whole application's palette (and style, for the forced ones)."""
    global _system
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system is None:
        _system = (app.style().name(), app.palette())
    hints = QGuiApplication.styleHints()
    if appearance is Appearance.SYSTEM:
        hints.unsetColorScheme()
        app.setStyle(_system[0])
        app.setPalette(_system[1])
        return
    # Fusion draws every widget from the palette, so a forced scheme looks
    # whole whatever the platform style would do.
    scheme = Qt.ColorScheme.Dark if appearance is Appearance.DARK else Qt.ColorScheme.Light
    hints.setColorScheme(scheme)
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    app.setPalette(_dark_palette() if appearance is Appearance.DARK else fusion.standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """``a`` moved ``amount`` of the way towards ``b``, as #rrggbb."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    ).name()


def article_css(palette: QPalette, font: QFont) -> str:
    """Typography for the article: generous leading, quiet header, clear links.

    Sizes are in pixels worked out from the zoomed font, because Qt's rich
    text does not scale ``em`` margins with the default font.
    """
    px = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    link = palette.color(QPalette.ColorRole.Link)
    quiet = _mix(text, base, 0.4)
    rule = _mix(text, base, 0.8)
    return f"""
body {{ color: {text.name()}; }}
h1.title {{ font-size: {round(px * 1.6)}px; font-weight: 600; margin-top: 0px;
    margin-bottom: {round(px * 0.5)}px; line-height: 125%; }}
p.meta {{ color: {quiet}; margin-top: 0px; margin-bottom: {round(px * 0.2)}px; }}
p.link {{ margin-top: 0px; margin-bottom: {round(px * 0.4)}px; }}
a {{ color: {link.name()}; text-decoration: none; }}
hr {{ color: {rule}; }}
p, li, blockquote, dd {{ line-height: 155%; margin-top: 0px; margin-bottom: {round(px * 0.85)}px; }}
div.body div {{ line-height: 155%; }}
h2, h3, h4 {{ margin-top: {round(px * 1.2)}px; margin-bottom: {round(px * 0.5)}px; }}
blockquote {{ margin-left: {px}px; color: {quiet}; }}
p.hint {{ color: {quiet}; margin-top: {px * 3}px; }}
"""


#: The star's gold, where the background leaves it readable.
STAR_GOLD = QColor("#e0a000")
#: WCAG 2.1's least contrast for symbols (1.4.11), 3:1.
_SYMBOL_CONTRAST = 3.0


def _luminance(color: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def star_color(palette: QPalette) -> QColor:
    """Gold where it stands out from the list's background, else gold moved
    towards the palette's text color until it does.

    Gold on white is only 2.3:1, too faint for many eyes, and a high-contrast
    palette may have any background; its text color always reads.
    """
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    for step in range(11):
        color = QColor(_mix(STAR_GOLD, text, step / 10))
        if contrast(color, base) >= _SYMBOL_CONTRAST:
            return color
    return text
