"""The shared status-bar progress widget."""

from __future__ import annotations

from reader.ui.views.task_progress import TaskProgress


def test_progress_and_cancel(qtbot):
    widget = TaskProgress("refreshProgress")
    qtbot.addWidget(widget)
    assert widget.isHidden()
    widget.begin("Refreshing %v of %m", 4)
    widget.set_progress(2, 5)
    assert (widget.bar.value(), widget.bar.maximum(), widget.bar.text()) == (
        2,
        5,
        "Refreshing 2 of 5",
    )
    with qtbot.waitSignal(widget.cancel_requested):
        widget.cancel_button.click()
    assert not widget.cancel_button.isEnabled()
    widget.end()
    assert widget.isHidden()
