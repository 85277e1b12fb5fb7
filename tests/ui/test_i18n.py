"""Translations: compiled files up to date, plurals counted, English plurals right."""

from __future__ import annotations

import importlib.util
import sys

from PySide6.QtCore import QCoreApplication

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
