"""What to do with a library found damaged: a backup, a new library, or quit.

Asked before the window opens (the window would fail on the first damaged
page) and when the background check finds damage. The user's damaged file
is never written or replaced: a backup is copied to a new file beside it,
and a new library gets a new name, so nothing is lost that a data-recovery
tool might still save. :func:`ask` is what the program calls and tests
monkeypatch, as with the questions in :mod:`reader.ui.message`.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_DISPLAY_NAME
from reader.core.library import Backup
from reader.ui.message import fit_title


class Choice(Enum):
    RESTORE = "restore"
    NEW = "new"
    QUIT = "quit"


class DamagedDialog(QMessageBox):
    def __init__(
        self,
        parent: QWidget | None,
        library: str | Path,
        reason: str,
        backup: Backup | None,
        *,
        quit_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damagedLibraryDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setText(self.tr("The library {file} is damaged.").format(file=library))
        if backup is not None:
            info = self.tr(
                "Nothing will be written to it. You can open a copy of the newest "
                "backup ({date}), or start a new library; the damaged file stays as it "
                "is either way."
            ).format(date=backup.made.strftime("%Y-%m-%d %H:%M"))
        else:
            info = self.tr(
                "Nothing will be written to it, and there is no backup of it. You can "
                "start a new library; the damaged file stays as it is."
            )
        self.setInformativeText(info)
        self.setDetailedText(reason)
        self._choices: dict[object, Choice] = {}
        if backup is not None:
            restore = self.addButton(self.tr("Open the Backup"), QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("restoreBackup")
            self._choices[restore] = Choice.RESTORE
            self.setDefaultButton(restore)
        new = self.addButton(self.tr("Start a New Library"), QMessageBox.ButtonRole.ActionRole)
        new.setObjectName("newLibrary")
        self._choices[new] = Choice.NEW
        leave = self.addButton(quit_label or self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        leave.setObjectName("quit")
        self._choices[leave] = Choice.QUIT
        self.setEscapeButton(leave)
        fit_title(self)

    def choice(self) -> Choice:
        return self._choices.get(self.clickedButton(), Choice.QUIT)


def ask(
    parent: QWidget | None,
    library: str | Path,
    reason: str,
    backup: Backup | None,
    *,
    quit_label: str | None = None,
) -> Choice:
    """Show the dialog and wait for the user's choice (Escape or closing it: quit)."""
    dialog = DamagedDialog(parent, library, reason, backup, quit_label=quit_label)
    dialog.exec()
    return dialog.choice()
