"""Translations: compiled files up to date, plurals counted, every message
translated in every language with its placeholders, the language chosen as
the program starts, and the window built in each one."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.conftest import REPO


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return module


def test_compiled_translations_are_up_to_date(tmp_path):
    tool = _tool()
    for built in tool.update(tmp_path):
        committed = REPO / "resources" / "i18n" / built.name
        assert committed.exists(), f"run tools/i18n.py: {committed} is missing"
        assert committed.read_bytes() == built.read_bytes(), f"run tools/i18n.py: {built.name}"
        ts = built.with_suffix(".ts")
        assert (committed.with_suffix(".ts")).read_text("utf-8") == ts.read_text("utf-8")


def test_every_plural_text_is_given_its_count():
    tool = _tool()
    assert tool.plural_sources() == []
    sources = {m.source for m in tool.all_messages() if m.numerus}
    assert "%Ln article(s)" in sources


def test_english_plurals(qapp):
    from reader.ui.i18n import install_translators

    install_translators()
    say = QCoreApplication.translate
    assert say("MainWindow", "%Ln article(s)", None, 1) == "1 article"
    assert say("MainWindow", "%Ln article(s)", None, 2) == "2 articles"
    assert say("ImportController", "%Ln file(s) failed", None, 1) == "1 file failed"


# -- the translations ------------------------------------------------------------

LOCALES = ("fr", "zh_CN", "zh_TW")


def test_every_message_is_translated_with_its_placeholders(tmp_path):
    """Built from the code as it is now: a new text fails until every language has it."""
    tool = _tool()
    tool.update(tmp_path)
    problems = []
    for short in LOCALES:
        problems += tool.ts_problems(tmp_path / f"offline-reader_{short}.ts", short)
    assert problems == [], "\n".join(problems)


def test_the_check_sees_a_missing_translation_and_lost_placeholders(tmp_path):
    tool = _tool()
    message = tool.Message("MainWindow", "Exported %Ln feed(s) to {path}.", numerus=True)
    check = tool.translation_problems
    assert (
        check("fr", message, ["%Ln flux exporté dans {path}.", "%Ln flux exportés dans {path}."])
        == []
    )
    assert check("fr", message, ["%Ln flux exporté dans {path}."])  # a plural form short
    assert check("fr", message, ["%Ln flux exporté.", "%Ln flux exportés dans {path}."])
    assert check("zh_CN", message, ["已将%n个订阅源导出到{path}。"])  # %n for %Ln
    assert check("zh_CN", message, ["已将%Ln个订阅源导出到{path}{extra}。"])
    assert check("zh_TW", message, [""])
    plain = tool.Message("Actions", "&Import Files…")
    assert check("zh_CN", plain, ["导入文件(&I)…"]) == []
    assert check("zh_CN", plain, ["导入文件…"])  # accelerator lost
    assert check("fr", plain, ["&Importer des fichiers"])  # ellipsis lost
    assert check("fr", tool.Message("X", "Search (Ctrl+F)"), ["Rechercher (Ctrl+G)"])
    assert check("fr", tool.Message("X", "<p>Log: {path}</p>"), ["Journal\u00a0: {path}"])
    assert check("fr", tool.Message("X", "Paper:"), ["Papier :"])  # plain space before ":"
    assert check("fr", tool.Message("X", "Rename “{title}”"), ["Renommer “{title}”"])

    # and the whole file: an untranslated message is reported
    ts = tmp_path / "offline-reader_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr_FR"><context>'
        "<name>MainWindow</name><message><source>&amp;File</source>"
        '<translation type="unfinished"/></message></context></TS>',
        encoding="utf-8",
    )
    assert tool.ts_problems(ts, "fr") == ["fr MainWindow: '&File' is not translated"]


def test_a_new_text_is_unfinished_and_old_translations_stay(tmp_path, monkeypatch):
    tool = _tool()
    ts = tmp_path / "offline-reader_fr.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr_FR"><context>'
        "<name>MainWindow</name><message><source>Old text</source>"
        "<translation>Texte traduit dans Linguist</translation></message></context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(tool, "I18N", tmp_path)  # no JSON there: only the .ts counts
    messages = [tool.Message("MainWindow", "Old text"), tool.Message("MainWindow", "New text")]
    tool.write_ts(ts, "fr_FR", messages, "fr")
    text = ts.read_text("utf-8")
    assert "<translation>Texte traduit dans Linguist</translation>" in text
    assert '<source>New text</source>\n            <translation type="unfinished" />' in text


@pytest.fixture
def language_restored():
    from reader.ui.i18n import install_translators, ui_locale

    yield install_translators
    install_translators(ui_locale())


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("short", LOCALES)
def test_the_window_speaks_each_language(short, language_restored, make_window, db_path):
    translations = json.loads(
        (REPO / "resources" / "i18n" / f"offline-reader_{short}.json").read_text("utf-8")
    )["MainWindow"]
    assert language_restored(QLocale(short)) == short
    window = make_window(db_path)
    english = ["&File", "&Article", "Fee&ds", "&View", "&Tools", "&Help"]
    assert _menu_titles(window) == [translations[title] for title in english]
    assert not set(_menu_titles(window)) & set(english)
    # Qt's own dialogs and buttons too (qtbase_*.qm)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("", "Cancel")
    # plurals take the language's forms
    one, many = (
        QCoreApplication.translate("MainWindow", "%Ln article(s)", None, n) for n in (1, 2)
    )
    assert one.startswith("1") and many.startswith("2") and "article(s)" not in one + many


def test_the_language_can_change_back(language_restored, make_window, db_path):
    language_restored(QLocale("zh_TW"))
    language_restored(QLocale("en_GB"))
    assert _menu_titles(make_window(db_path))[0] == "&File"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_Hant", "zh_TW"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh", "zh_CN"),
        ("fr_FR", "fr"),
        ("fr_CA", "fr"),
        ("en_US", None),
        ("de_DE", None),
    ],
)
def test_language_for_locale(name, expected):
    from reader.ui.i18n import language_for

    assert language_for(QLocale(name)) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh_TW.UTF-8", "zh_TW"),
        ("zh_HK.UTF-8", "zh_TW"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("fr_BE.UTF-8", "fr"),
        ("C.UTF-8", "None"),
    ],
)
def test_the_system_locale_chooses(lang, expected):
    """As the program starts: LANG alone, no setting, no override."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.pop("OFFLINE_READER_LANG", None)
    env["LANG"] = lang
    code = "from reader.ui.i18n import language_for, ui_locale; print(language_for(ui_locale()))"
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == expected


def test_override_order(monkeypatch, caplog):
    from reader.ui.i18n import LANGUAGE_ENV, language_for, ui_locale

    monkeypatch.delenv(LANGUAGE_ENV, raising=False)
    assert language_for(ui_locale("zh_TW")) == "zh_TW"
    assert language_for(ui_locale("zh-Hant")) == "zh_TW"
    monkeypatch.setenv(LANGUAGE_ENV, "fr")
    assert language_for(ui_locale("zh_TW")) == "fr"
    monkeypatch.setenv(LANGUAGE_ENV, "system")
    assert language_for(ui_locale("zh_CN")) == "zh_CN"
    monkeypatch.setenv(LANGUAGE_ENV, "klingon")
    assert language_for(ui_locale("fr")) == "fr"
    assert "OFFLINE_READER_LANG='klingon' is not a language" in caplog.text


def test_the_setting_is_read_before_the_window(
    monkeypatch, language_restored, make_window, db_path
):
    from reader.app import _choose_language
    from reader.ui.i18n import LANGUAGE_ENV
    from reader.ui.settings import Settings

    monkeypatch.delenv(LANGUAGE_ENV)
    Settings().language = "fr"
    before = QLocale()
    try:
        _choose_language()
        assert _menu_titles(make_window(db_path))[0] == "&Fichier"
        # counts are grouped as French writes them
        text = QCoreApplication.translate("MainWindow", "%Ln article(s)", None, 12345)
        assert text == f"12{QLocale('fr').groupSeparator()}345 articles"
    finally:
        QLocale.setDefault(before)


def test_toolbar_and_shortcut_list_drop_chinese_mnemonics(language_restored, make_window, db_path):
    from reader.ui.dialogs.shortcuts_dialog import shortcut_rows
    from reader.ui.i18n import without_mnemonic

    assert without_mnemonic("导入文件(&I)…") == "导入文件…"
    assert without_mnemonic("&Import Files…") == "Import Files…"
    assert without_mnemonic("Fish && &Chips") == "Fish & Chips"
    language_restored(QLocale("zh_CN"))
    window = make_window(db_path)
    texts = [a.iconText() for a in window.toolbar.actions() if not a.isSeparator()]
    assert "导入文件" in texts
    assert not [t for t in texts if "(" in t or "&" in t]
    commands = [command for command, _keys in shortcut_rows(window.actions())]
    assert "下一篇" in commands and not [c for c in commands if "(" in c]
