"""Help ▸ Keyboard Shortcuts: every key the window knows, read off its actions.

The list is built from the QActions themselves, so it cannot drift from
what the keys do; the few keys that belong to a view rather than to an
action (Return in the list) are added by hand.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.i18n import without_mnemonic


def _plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "&Import Files…" -> "Import Files"."""
    return without_mnemonic(text).rstrip("…")


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(command, keys) for every action that has a key, in the order given."""
    native = QKeySequence.SequenceFormat.NativeText
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        keys = ", ".join(k.toString(native) for k in action.shortcuts() if not k.isEmpty())
        command = _plain(action.text())
        if keys and command and command not in seen:
            seen.add(command)
            rows.append((command, keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.setModal(False)
        rows = shortcut_rows(actions)
        native = QKeySequence.SequenceFormat.NativeText
        # Return in the list opens the original too: on the command's own row,
        # where a reader looks for it (a row of its own read as another command).
        ctrl_return = QKeySequence("Ctrl+Return").toString(native)
        in_list = self.tr("{key} or double-click in the list").format(
            key=QKeySequence("Return").toString(native)
        )
        rows = [
            (command, f"{keys}, {in_list}" if ctrl_return in keys.split(", ") else keys)
            for command, keys in rows
        ]
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        for command, keys in rows:
            items = [QStandardItem(command), QStandardItem(keys)]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.table = QTableView()
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard Shortcuts"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
