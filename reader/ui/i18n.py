"""Loading the interface's translations (English plurals included).

English needs a translation file too: Qt forms plurals (``%Ln article(s)``
as "1 article" / "2 articles") only from a loaded translation. The files
are built by ``tools/i18n.py`` into ``resources/i18n``.

The language follows the system's locale unless the ``view/language``
setting or :data:`LANGUAGE_ENV` names one. Qt's own dialogs (file and print
dialogs, standard buttons) get Qt's translation of the same language, so a
French window does not open an English "Save As" dialog. Counts follow the
locale through ``%Ln``; the article list's dates stay ISO 8601 in every
language on purpose (``2023-07-18 13:15``: journalists sort and compare
them, and they read the same in a French or a Chinese window).
"""

from __future__ import annotations

import logging
import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.config import LANGUAGE_ENV as LANGUAGE_ENV  # overrides the setting and the system
from reader.core.resources import resource_path

#: the translations that ship, as the suffixes of their files
SHIPPED = ("fr", "zh_CN", "zh_TW")

log = logging.getLogger("offline_reader")

_installed: list[QTranslator] = []
_current: list[str] = []  # the language installed, once something is

_TRADITIONAL_TERRITORIES = (
    QLocale.Country.Taiwan,
    QLocale.Country.HongKong,
    QLocale.Country.Macao,
)


_CJK_MNEMONIC = re.compile(r"\s*\(&\w\)")


def without_mnemonic(text: str) -> str:
    """A menu text as a toolbar or a list of commands shows it: "&Import Files…" -> "Import Files…".

    Chinese menus carry the mnemonic in parentheses after the words,
    "导入文件(&I)…"; Qt strips only the "&" and would leave "导入文件(I)…".
    """
    text = _CJK_MNEMONIC.sub("", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def language_for(locale: QLocale) -> str | None:
    """The shipped translation for ``locale``, or None for English.

    Chinese is told apart by script, not by language: a reader in Taiwan,
    Hong Kong or Macau reads Traditional characters, and a Simplified
    interface would look like a foreign one.
    """
    language = locale.language()
    if language == QLocale.Language.Chinese:
        traditional = (
            locale.script() == QLocale.Script.TraditionalHanScript
            or locale.territory() in _TRADITIONAL_TERRITORIES
        )
        return "zh_TW" if traditional else "zh_CN"
    if language == QLocale.Language.French:
        return "fr"
    return None


def ui_locale(setting: str = "") -> QLocale:
    """The locale the interface speaks: :data:`LANGUAGE_ENV`, the setting, or the system's.

    An empty value or ``system`` defers to the next; a value Qt does not
    know as a language is named in the log and ignored, rather than turning
    the window into a language nobody chose.
    """
    choices = ((LANGUAGE_ENV, os.environ.get(LANGUAGE_ENV, "")), ("view/language", setting))
    for origin, value in choices:
        value = value.strip()
        if not value or value.lower() == "system":
            continue
        locale = QLocale(value.split(".")[0].replace("-", "_"))
        if locale.language() != QLocale.Language.C:
            return locale
        log.warning("%s=%r is not a language Qt knows; using the next choice", origin, value)
    return QLocale.system()


def installed_language() -> str | None:
    """The language of the installed translation ("en" for English), None before any."""
    return _current[0] if _current else None


def _install(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)  # looked up before those installed earlier
        _installed.append(translator)
    else:
        log.warning("translation %s not found in %s", name, folder)


def install_translators(locale: QLocale | None = None) -> str | None:
    """Install the translation for ``locale``, English as the base; returns its language.

    Without a locale it is :func:`ui_locale`, and once a translation is
    installed a call without one keeps it: the tests build many windows in
    one application. Given a locale, the previous translators are removed
    first, so the language can change in a running application.
    """
    app = QCoreApplication.instance()
    if app is None or (locale is None and _current):
        return installed_language()
    language = language_for(locale or ui_locale()) or "en"
    if _current == [language]:
        return language
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    _current[:] = [language]
    folder = str(resource_path("i18n"))
    _install(app, "offline-reader_en", folder)
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _install(app, f"qtbase_{language}", qt_folder)
        _install(app, f"offline-reader_{language}", folder)
    return language
