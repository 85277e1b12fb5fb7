"""Keys and menus as a person meets them after four features landed at once.

Every shortcut belongs to one command (two commands on one key: Qt runs
neither and says "ambiguous" in the log), and in each menu every Alt+letter
opens one entry, in English and in each translation (two entries on a letter:
the first Alt+letter only moves between them, Enter is needed).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from reader.ui.models.source_model import KIND_ROLE
from reader.ui.window import menus as window_menus
from tests.support.ui_support import fill_library, wait_idle

LOCALES = ("en", "fr", "zh_CN", "zh_TW")


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _clashes(menu: QMenu, where: str) -> list[str]:
    """Entries of ``menu`` (and its submenus) that share an Alt+letter."""
    letters: dict[str, list[str]] = defaultdict(list)
    found: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if (letter := _mnemonic(action.text())) is not None:
            letters[letter].append(action.text())
        if action.menu() is not None:
            found += _clashes(action.menu(), f"{where} ▸ {action.text()}")
    found += [f"{where}: {names}" for names in letters.values() if len(names) > 1]
    return found


def _source_menus(window, monkeypatch) -> dict[str, QMenu]:
    """The source tree's context menu on one row of each kind, as a right-click opens it."""
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: shown.append(menu))
    view = window.source_view
    view.expandAll()
    menus: dict[str, QMenu] = {}
    model = view.model()

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            kind = index.data(KIND_ROLE)
            if kind not in menus:
                view.customContextMenuRequested.emit(view.visualRect(index).center())
                if shown:
                    menus[kind] = shown.pop()
            walk(index)

    walk(view.rootIndex())
    return menus


@pytest.fixture
def research_library(db_path, sample_path):
    from reader.core.library import Store

    fill_library(db_path, sample_path)
    with Store.open(db_path) as store:
        first = store.article_ids()[0]
        store.tag_articles([first], add=["Court case"])
        store.save_search("Kerry", "kerry")
        store.add_account("Work", "https://rss.example.org/api/greader.php", "reporter")
    return db_path


def test_every_shortcut_runs_one_command(research_library, make_window):
    window = make_window(research_library)
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners[key.toString()].append(action.text())
    for shortcut in window.findChildren(QShortcut):
        for key in list(shortcut.keys()):
            owners[key.toString()].append(f"shortcut {shortcut.objectName() or shortcut}")
    owners.pop("", None)  # a standard key this platform does not have
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared
    # The check sees a clash: give Tags… the key of Toggle Star.
    window.actions_.edit_tags.setShortcut(QKeySequence("S"))
    keys = [k.toString() for a in window.findChildren(QAction) for k in a.shortcuts()]
    assert keys.count("S") == 2


@pytest.mark.parametrize("short", LOCALES)
def test_each_menu_letter_opens_one_entry(short, research_library, make_window, monkeypatch, qtbot):
    from reader.ui.i18n import install_translators, ui_locale

    install_translators(QLocale(short))
    try:
        window = make_window(research_library)
        problems: list[str] = []
        for top in window.menuBar().actions():
            problems += _clashes(top.menu(), top.text())
        bar_letters = [_mnemonic(a.text()) for a in window.menuBar().actions()]
        assert len(bar_letters) == len(set(bar_letters))
        problems += _clashes(window_menus.article_menu(window, window.actions_), "article list")
        source_menus = _source_menus(window, monkeypatch)
        assert {"source", "tag", "saved", "account"} <= set(source_menus)
        for kind, menu in source_menus.items():
            problems += _clashes(menu, f"sources ({kind})")
        assert not problems
    finally:
        install_translators(ui_locale())


def test_the_menu_check_sees_a_clash(qtbot):
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.addAction("&Next Article")
    menu.addAction("Highlight with &Note…")
    assert _clashes(menu, "Article") == ["Article: ['&Next Article', 'Highlight with &Note…']"]


def test_tag_and_saved_search_menus_keep_their_group(research_library, make_window, monkeypatch):
    window = make_window(research_library)
    menus = _source_menus(window, monkeypatch)
    for kind in ("tag", "saved"):
        entries = menus[kind].actions()
        assert entries[1].isSeparator(), kind  # Mark All as Read, then the tag's own commands


def test_alt_letter_reaches_the_entry(research_library, make_window, qtbot):
    """Alt+A, then W, in the Article menu: Highlight with Note… (not Next Article)."""
    window = make_window(research_library, show=True)
    wait_idle(qtbot, window)
    article = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Article")
    entry = next(a for a in article.actions() if _mnemonic(a.text()) == "w")
    assert entry is window.actions_.highlight_note
