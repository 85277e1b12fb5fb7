"""The questions asked before an export or a print: where, how, on what paper.

One small dialog instead of a chain of file dialogs: a journalist exporting a
selection decides in one place between one PDF for everything (to send) and
one PDF per article (to file away), and sees the paper size before hundreds
of pages are laid out. :func:`ask_export` and :func:`choose_printer` are the
blocking entry points; tests replace them (or the dialogs' ``exec``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.export.pdf import default_page_size, page_size_named

#: Paper sizes offered, by the names :func:`page_size_named` knows.
PAGE_SIZES = ("a4", "letter")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


@dataclass(frozen=True, slots=True)
class PaperOptions:
    """What goes on paper besides the articles: nothing private unless asked.

    ``provenance``: ``none``, ``name`` (the source file's name only) or
    ``full`` (its path on this computer too), as :func:`export_pdf` takes it.
    """

    with_notes: bool = False
    provenance: str = "name"


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What to write: one PDF at ``target``, or one per article in ``folder``."""

    target: Path | None
    folder: Path | None
    page_size: str
    with_notes: bool = False
    provenance: str = "name"

    @property
    def options(self) -> PaperOptions:
        return PaperOptions(self.with_notes, self.provenance)

    def qpage_size(self) -> QPageSize:
        return page_size_named(self.page_size)


def default_page_size_name() -> str:
    """The locale's paper as one of :data:`PAGE_SIZES` (Letter in the US, else A4)."""
    letter = default_page_size().id() == QPageSize.PageSizeId.Letter
    return "letter" if letter else "a4"


class ContentsBox(QWidget):
    """What an export or a print carries besides the articles; the same in both.

    A PDF is usually meant for someone else: the user's highlights and notes
    (which can name sources) are left out unless ticked, and the provenance
    names the source file without its place on this computer unless the
    full path is chosen.
    """

    def __init__(self, parent: QWidget | None = None, *, prefix: str = "export") -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}Contents")
        self.setWindowTitle(self.tr("Contents"))  # the tab's name in the print dialog
        self.with_notes = QCheckBox(self.tr("Include my highlights and notes"))
        self.with_notes.setObjectName(f"{prefix}WithNotes")
        self.with_notes.setChecked(False)
        self.provenance = QCheckBox(self.tr("Include provenance (where each article came from)"))
        self.provenance.setObjectName(f"{prefix}Provenance")
        self.provenance.setChecked(True)
        self.path = QComboBox()
        self.path.setObjectName(f"{prefix}ProvenancePath")
        self.path.addItem(self.tr("Source file name only"), "name")
        self.path.addItem(self.tr("Full path on this computer"), "full")
        self.path.setAccessibleName(self.tr("Source file in the provenance"))
        self.path.setCurrentIndex(0)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(24, 0, 0, 0)
        path_row.addWidget(self.path)
        path_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.with_notes)
        layout.addWidget(self.provenance)
        layout.addLayout(path_row)
        self.provenance.toggled.connect(self.path.setEnabled)

    def options(self) -> PaperOptions:
        detail = str(self.path.currentData()) if self.provenance.isChecked() else "none"
        return PaperOptions(self.with_notes.isChecked(), detail)


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        count: int,
        file_name: str,
        folder: str,
        page_size: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to PDF"))
        self._folder = folder
        self._file_name = file_name

        self.single = QRadioButton(
            self.tr("One PDF with the article")
            if count == 1
            else self.tr("One PDF with all {count} articles").format(count=f"{count:,}")
        )
        self.single.setObjectName("exportSingle")
        self.per_article = QRadioButton(self.tr("One PDF per article, in a folder"))
        self.per_article.setObjectName("exportPerArticle")
        self.per_article.setToolTip(
            self.tr('Files are named from date and title, e.g. "2023-07-18 Title.pdf"')
        )
        group = QButtonGroup(self)
        group.addButton(self.single)
        group.addButton(self.per_article)
        self.single.setChecked(True)

        self.path_field = QLineEdit()
        self.path_field.setObjectName("exportPath")
        self.path_field.setMinimumWidth(380)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_field, 1)
        path_row.addWidget(browse)

        self.paper = QComboBox()
        self.paper.setObjectName("exportPageSize")
        for name, label in zip(PAGE_SIZES, (self.tr("A4"), self.tr("US Letter")), strict=True):
            self.paper.addItem(label, name)
        self.paper.setCurrentIndex(max(self.paper.findData(page_size), 0))

        self.path_label = QLabel()
        # The label names the field for screen readers ("File:" or "Folder:").
        self.path_label.setBuddy(self.path_field)
        # A combo box reads out its current item unless it has a name.
        self.paper.setAccessibleName(self.tr("Paper"))
        form = QFormLayout()
        form.addRow(self.path_label, path_row)
        form.addRow(self.tr("Paper:"), self.paper)
        self.contents = ContentsBox(self)
        note = QLabel(
            self.tr(
                "Images come from the library's cache; nothing is downloaded. "
                "The export runs in the background and can be cancelled."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.single)
        layout.addWidget(self.per_article)
        layout.addLayout(form)
        layout.addWidget(self.contents)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

        self.single.toggled.connect(self._mode_changed)
        self.path_field.textChanged.connect(self._validate)
        self._mode_changed()

    def _mode_changed(self, *_args: object) -> None:
        """Swap the path between a file and a folder, keeping the folder chosen."""
        current = self.path_field.text().strip()
        if self.single.isChecked():
            if current and current != str(Path(self._folder) / self._file_name):
                self._folder = current
            self.path_label.setText(self.tr("File:"))
            self.path_field.setText(str(Path(self._folder) / self._file_name))
        else:
            if current:
                self._folder = str(Path(current).parent)
            self.path_label.setText(self.tr("Folder:"))
            self.path_field.setText(self._folder)
        self._validate()

    def _validate(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.path_field.text().strip()))

    def _browse(self) -> None:
        current = self.path_field.text().strip()
        if self.single.isChecked():
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to PDF"), current, self.tr("PDF files (*.pdf)")
            )
        else:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Export One PDF per Article into"), current
            )
        if name:
            self.path_field.setText(name)

    def choice(self) -> ExportChoice:
        path = Path(self.path_field.text().strip()).expanduser()
        size = str(self.paper.currentData())
        options = self.contents.options()
        extra = (options.with_notes, options.provenance)
        if self.single.isChecked():
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            return ExportChoice(path, None, size, *extra)
        return ExportChoice(None, path, size, *extra)


def ask_export(
    parent: QWidget | None, *, count: int, file_name: str, folder: str, page_size: str
) -> ExportChoice | None:
    """Ask where and how to export ``count`` articles (blocking; tests replace it)."""
    dialog = ExportDialog(
        parent, count=count, file_name=file_name, folder=folder, page_size=page_size
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
    finally:
        dialog.deleteLater()


def choose_printer(parent: QWidget | None, printer: QPrinter, count: int) -> PaperOptions | None:
    """The system's print dialog, modal, configuring ``printer``; None if cancelled.

    Its Contents tab asks what the export dialog asks (highlights and notes,
    provenance): printing and export give the same pages.
    """
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    contents = ContentsBox(prefix="print")
    dialog.setOptionTabs([contents])
    dialog.setWindowTitle(
        _tr("Print {count} Articles").format(count=f"{count:,}")
        if count != 1
        else _tr("Print the Article")
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return contents.options()
    finally:
        dialog.deleteLater()
