"""The import report: every file that failed, with its reason, in plain view.

A modal box with the failures behind "Show Details…" hid the one thing a
journalist needs after a large import: which files did not make it, and
why. This window is not modal (the library stays usable while it is open),
its list is plain text that can be selected and copied whole, and the
status bar can bring it back after it was closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.dumps.importer import ImportReport


def failure_lines(report: ImportReport) -> str:
    return "\n\n".join(f"{f.path}: {f.error}" for f in report.failed)


class ImportReportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import Report"))
        self.setModal(False)
        self.summary = QLabel()
        self.summary.setObjectName("importReportSummary")
        self.summary.setWordWrap(True)
        self.heading = QLabel()
        self.failures = QPlainTextEdit()
        self.failures.setObjectName("importReportFailures")
        self.failures.setReadOnly(True)
        # Wrapped, in the reading font: long reasons needed sideways scrolling.
        self.failures.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.failures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading.setBuddy(self.failures)
        # The heading is empty until a report arrives; the list needs a name now.
        self.failures.setAccessibleName(self.tr("Files not imported"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy List"))
        self.copy_button.setObjectName("importReportCopy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.heading)
        layout.addWidget(self.failures, 1)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def set_report(self, summary: str, report: ImportReport) -> None:
        self.summary.setText(summary)
        count = len(report.failed)
        self.heading.setText(
            self.tr("%n file(s) could not be imported:", "", count)
            if count
            else self.tr("Every file was imported.")
        )
        self.failures.setPlainText(failure_lines(report))
        self.failures.setVisible(bool(count))
        self.copy_button.setEnabled(bool(count))

    def text(self) -> str:
        """Everything the report says, as the user sees it (for tests and copying)."""
        return "\n".join(
            part
            for part in (self.summary.text(), self.heading.text(), self.failures.toPlainText())
            if part
        )

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
