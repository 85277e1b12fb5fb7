"""Loading the interface's translations (English plurals included).

English needs a translation file too: Qt forms plurals (``%Ln article(s)``
as "1 article" / "2 articles") only from a loaded translation. The files
are built by ``tools/i18n.py`` into ``resources/i18n``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from reader.core.resources import resource_path

_installed: list[QTranslator] = []


def install_translators(locale: QLocale | None = None) -> None:
    """Install the translation for ``locale`` (the system's), English as the base.

    Idempotent: the tests build many windows in one application.
    """
    app = QCoreApplication.instance()
    if app is None or _installed:
        return
    locale = locale or QLocale()
    folder = str(resource_path("i18n"))
    english = QTranslator(app)
    if english.load("offline-reader_en", folder):
        app.installTranslator(english)
        _installed.append(english)
    native = QTranslator(app)
    if locale.language() != QLocale.Language.English and native.load(
        locale, "offline-reader", "_", folder
    ):
        app.installTranslator(native)  # looked up first: installed last
        _installed.append(native)
