"""The source tree: counts kept current, folders, rename, move, delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from reader.core.library import Store
from reader.core.models import SourceKind
from reader.ui import message
from reader.ui.models.source_model import NodeKind, SourceTreeModel
from reader.ui.services.library import SourceSnapshot
from tests.support.ui_support import confirm_with, fill_library, wait_idle


def node_titles(model, parent=None) -> list[str]:
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    return [model.node(model.index(r, 0, parent)).title for r in range(model.rowCount(parent))]


def select(qtbot, window, title: str) -> None:
    node = next(n for n in window.source_model._nodes.values() if n.title == title)
    window.source_view.selectionModel().setCurrentIndex(
        window.source_model.index_of(node.key), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    wait_idle(qtbot, window)


def test_source_model_counts_update_in_place(qtmodeltester, qtbot, db_path):
    with Store.open(db_path) as store:
        a = store.source_id("a.org", title="Agence")
        store.source_id("b.org", title="Bureau", kind=SourceKind.LOCAL)
        store.set_source_folder(a, "Asia")
        sources = store.sources()
    model = SourceTreeModel()
    model.update(SourceSnapshot(sources, 0, 0, 0))
    qtmodeltester.check(model)
    assert node_titles(model) == ["All articles", "Unread", "Starred", "Asia", "Bureau"]
    folder = model.index(3, 0)
    assert node_titles(model, folder) == ["Agence"]
    child = model.index(0, 0, folder)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged):
        changed = [s if s.id != a else s.__class__(**{**_fields(s), "unread": 7}) for s in sources]
        model.update(SourceSnapshot(changed, 9, 7, 0))
    assert resets == []  # same shape: selection and expansion stay
    assert model.data(model.index(0, 0, folder).siblingAtColumn(1)) == "7"
    assert model.data(model.index(3, 1)) == "7"  # the folder sums its sources
    assert model.node(child).count == 7
    qtmodeltester.check(model)


def _fields(source) -> dict:
    return {name: getattr(source, name) for name in source.__slots__}


def test_rename_move_and_delete_a_source(
    make_window, db_path, corpus_factory, sample_path, qtbot, monkeypatch
):
    fill_library(db_path, corpus_factory(40), sample_path)
    window = make_window(db_path, show=True)
    select(qtbot, window, "RFI")
    with Store.open(db_path) as store:
        rfi = store.find_source("RFI")
    # Rename.
    monkeypatch.setattr(message, "ask_text", lambda parent, title, label, value: "Radio France")
    window.actions_.rename_source.trigger()
    wait_idle(qtbot, window)
    assert "Radio France" in node_titles(window.source_model)
    assert window.source_model.node(window.source_view.currentIndex()).title == "Radio France"
    # Move to a new folder: the source now sits in it, still selected.
    offered = []

    def pick(parent, title, label, items, current):
        offered.append(items)
        return "Europe"

    monkeypatch.setattr(message, "ask_item", pick)
    window.actions_.move_source.trigger()
    wait_idle(qtbot, window)
    assert "Europe" in node_titles(window.source_model)
    current = window.source_model.node(window.source_view.currentIndex())
    assert current.title == "Radio France" and current.parent.kind is NodeKind.FOLDER
    assert window.source_view.isExpanded(window.source_model.index_of(("folder", "Europe")))
    select(qtbot, window, "Europe")
    assert window.article_model.rowCount() == rfi.total
    # Delete asks, naming the number of articles that go.
    select(qtbot, window, "Radio France")
    asked = confirm_with(monkeypatch, True)
    window.actions_.delete_source.trigger()
    wait_idle(qtbot, window)
    assert len(asked) == 1 and f"{rfi.total:,}" in asked[0] and "Radio France" in asked[0]
    assert "Radio France" not in node_titles(window.source_model)
    assert window.source_model.node(window.source_view.currentIndex()).kind is NodeKind.ALL
    assert window.article_model.rowCount() == 41 - rfi.total
    with Store.open(db_path) as store:
        assert store.find_source("rfi.fr") is None


def test_declined_source_deletion_keeps_it(make_window, db_path, sample_path, qtbot, monkeypatch):
    fill_library(db_path, sample_path)
    window = make_window(db_path)
    select(qtbot, window, "RFI")
    confirm_with(monkeypatch, False)
    window.actions_.delete_source.trigger()
    wait_idle(qtbot, window)
    assert "RFI" in node_titles(window.source_model)


def test_unread_and_starred_nodes_filter(make_window, db_path, corpus_factory, qtbot):
    fill_library(db_path, corpus_factory(20))
    with Store.open(db_path) as store:
        ids = store.article_ids()
        store.mark(ids[:5], read=True)
        store.mark(ids[3:7], starred=True)
    window = make_window(db_path)
    select(qtbot, window, "Unread")
    assert window.article_model.rowCount() == 15
    select(qtbot, window, "Starred")
    assert {window.article_model.article_id(r) for r in range(4)} == set(ids[3:7])
    assert window.windowTitle().startswith("Starred")


def test_mark_all_read_in_a_source(make_window, db_path, corpus_factory, sample_path, qtbot):
    fill_library(db_path, corpus_factory(30), sample_path)
    window = make_window(db_path)
    select(qtbot, window, "RFI")
    window.actions_.mark_all_read.trigger()
    wait_idle(qtbot, window)
    with Store.open(db_path) as store:
        by_title = {s.title: s for s in store.sources()}
    assert by_title["RFI"].unread == 0
    assert by_title["DW"].unread == by_title["DW"].total > 0
    node = next(n for n in window.source_model._nodes.values() if n.title == "RFI")
    assert node.count == 0
    model = window.article_model
    assert all(model.summary(r).read for r in range(model.rowCount()))


def test_renaming_the_selected_folder_keeps_it_selected_and_listed(
    make_window, db_path, corpus_factory, qtbot, monkeypatch
):
    fill_library(db_path, corpus_factory(30))
    with Store.open(db_path) as store:
        dw = store.find_source("DW")
        store.set_source_folder(dw.id, "Asia")
    window = make_window(db_path)
    select(qtbot, window, "Asia")
    assert window.article_model.rowCount() == dw.total > 0
    monkeypatch.setattr(message, "ask_text", lambda parent, title, label, value: "East Asia")
    window.actions_.rename_folder.trigger()
    wait_idle(qtbot, window)
    node = window.source_view.current_node()
    assert node.kind is NodeKind.FOLDER and node.title == "East Asia"
    assert window.windowTitle().startswith("East Asia")
    assert window.article_model.query.folder == "East Asia"
    assert window.article_model.rowCount() == dw.total
