"""The research desk's small dialogs: the tag editor and the note of a highlight."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reader.ui.message import fit_title


class TagCompleter(QCompleter):
    """Completes the tag being typed, the words after the last comma, from the library's tags."""

    def __init__(self, names: list[str], editor: QLineEdit) -> None:
        super().__init__(QStringListModel(names, editor), editor)
        self.setCaseSensitivity(self.caseSensitivity().CaseInsensitive)
        self.setFilterMode(self.filterMode().MatchStartsWith)
        self.setWidget(editor)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        done = [part.strip() for part in typed.split(",")[:-1] if part.strip()]
        return ", ".join([*done, str(index.data())]) + ", "


def split_tags(text: str) -> list[str]:
    """``"a, b ,, c"`` → ``["a", "b", "c"]``, each once (case ignored)."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


class TagDialog(QDialog):
    """Edit the tags of one or more articles, as one comma-separated line."""

    def __init__(self, parent: QWidget | None, current: list[str], known: list[str], count: int):
        super().__init__(parent)
        self.setObjectName("tagDialog")
        self.setWindowTitle(self.tr("Tags"))
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("Tags of the %n selected article(s), separated by commas:", "", count)
        )
        label.setWordWrap(True)
        self.editor = QLineEdit(", ".join(current) + (", " if current else ""))
        self.editor.setObjectName("tagEditor")
        self.editor.setAccessibleName(self.tr("Tags"))
        label.setBuddy(self.editor)
        self.editor.setCompleter(TagCompleter(known, self.editor))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())
        fit_title(self)

    def tags(self) -> list[str]:
        return split_tags(self.editor.text())


class NoteDialog(QDialog):
    """The note (and colour) of a highlight."""

    def __init__(self, parent: QWidget | None, quote: str, note: str = "", colour: str = "yellow"):
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("Note"))
        form = QFormLayout(self)
        shown = quote if len(quote) <= 200 else quote[:199] + "…"
        quoted = QLabel(f"“{shown}”")
        quoted.setWordWrap(True)
        form.addRow(quoted)
        self.colour = QComboBox()
        self.colour.setObjectName("noteColour")
        for name, label in (
            ("yellow", self.tr("Yellow")),
            ("green", self.tr("Green")),
            ("pink", self.tr("Pink")),
        ):
            self.colour.addItem(label, name)
        self.colour.setCurrentIndex(max(0, self.colour.findData(colour)))
        form.addRow(self.tr("Colour:"), self.colour)
        self.text = QPlainTextEdit(note)
        self.text.setObjectName("noteText")
        self.text.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note:"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.text.setFocus()
        self.resize(440, 260)
        fit_title(self)

    def note(self) -> str:
        return self.text.toPlainText().strip()

    def chosen_colour(self) -> str:
        return str(self.colour.currentData())
