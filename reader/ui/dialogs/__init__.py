"""Dialogs: export, feeds, settings, the import report, keyboard shortcuts, About."""
