"""Walk the running window through AT-SPI, as a screen reader on Linux does.

Run by the system Python (``/usr/bin/python3``), which has Debian's
``python3-pyatspi``, not by the test's virtual environment. The test starts
the session bus, the AT-SPI bus, an X server and the program; this script
finds the program on the AT-SPI bus, reads its accessible tree, presses keys
and clicks through the AT-SPI device controller (XTest, so Qt gets real X
events), listens to the events a screen reader would hear, and prints what
it found as JSON for the test to judge::

    /usr/bin/python3 atspi_probe.py APP_NAME '{"import": [...], "error": [...]}'

Each is a command line for the program started again with a file: it hands
the file to the open window. "import" brings a dump (the status bar says
what was imported); "error" a broken OPML file (an error, said first).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

Registry = pyatspi.Registry

#: Roles a person operates: each must have a name.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "spin button", "slider", "progress bar", "menu item", "check menu item", "radio menu item",
    "page tab", "table", "tree", "tree table", "list", "password text",
}  # fmt: skip
EVENTS = (
    "focus:",
    "object:state-changed:focused",
    "object:state-changed:checked",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:announcement",
)
KEYSYMS = {"j": 0x6A, "s": 0x73, "m": 0x6D, "Tab": 0xFF09}


class Probe:
    def __init__(self, app_name: str) -> None:
        self.app_name = app_name
        self.events: list[dict[str, object]] = []
        for kind in EVENTS:
            Registry.registerEventListener(self._on_event, kind)

    # -- the event loop ---------------------------------------------------------

    def _on_event(self, event) -> None:
        try:
            self.events.append(
                {
                    "type": event.type,
                    "role": event.source.getRoleName(),
                    "name": event.source.name,
                    "detail1": event.detail1,
                    "data": str(event.any_data),
                }
            )
        except Exception as exc:  # an object gone before it was read
            self.events.append({"type": event.type, "error": str(exc)})

    @staticmethod
    def pump(seconds: float) -> None:
        loop = GLib.MainLoop()
        GLib.timeout_add(int(seconds * 1000), loop.quit)
        loop.run()

    def take_events(self) -> list[dict[str, object]]:
        taken, self.events = self.events, []
        return taken

    def settle(self, timeout: float = 10.0, quiet: float = 0.8) -> None:
        """Until events came and then stopped for ``quiet`` seconds (a busy
        machine is slow to answer; an idle one does not wait for nothing)."""
        deadline = time.monotonic() + timeout
        count, changed = -1, time.monotonic()
        while time.monotonic() < deadline:
            self.pump(0.1)
            if len(self.events) != count:
                count, changed = len(self.events), time.monotonic()
            elif count > 0 and time.monotonic() - changed >= quiet:
                return

    def wait_until(self, condition, timeout: float = 15.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            self.pump(0.2)
        return False

    def key(self, name: str) -> list[dict[str, object]]:
        self.take_events()
        Registry.generateKeyboardEvent(KEYSYMS[name], None, pyatspi.KEY_SYM)
        self.settle()
        return self.take_events()

    def launch(self, command: list[str]) -> list[dict[str, object]]:
        """Start the program again with a file; the events until it is handled."""
        self.take_events()
        launched = subprocess.Popen(command)
        deadline = time.monotonic() + 30
        while launched.poll() is None and time.monotonic() < deadline:
            self.pump(0.2)
        self.settle(timeout=20.0, quiet=2.0)  # the import's result follows its start
        return self.take_events()

    def click(self, accessible) -> None:
        box = accessible.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
        self.settle()

    def focus(self, accessible) -> list[dict[str, object]]:
        """Give a pane the focus as a screen reader's "go to" does."""
        self.take_events()
        accessible.queryComponent().grabFocus()
        self.settle()
        return self.take_events()

    # -- the tree -------------------------------------------------------------

    def application(self, timeout: float = 40.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            desktop = Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                if app is not None and app.name == self.app_name and app.childCount:
                    table = find(app, lambda a: role(a) == "table" and a.name == "Articles")
                    if table is not None and table.queryTable().nRows >= 2:
                        return app
            self.pump(0.3)
        raise SystemExit(f"{self.app_name} did not appear on the AT-SPI bus")


def role(accessible) -> str:
    return str(accessible.getRoleName())


def states(accessible) -> list[str]:
    return [pyatspi.stateToString(s) for s in accessible.getState().getStates()]


def children(accessible) -> list:
    found = []
    for i in range(accessible.childCount):
        child = accessible.getChildAtIndex(i)
        if child is not None:
            found.append(child)
    return found


def find(accessible, wanted, depth: int = 0):
    if wanted(accessible):
        return accessible
    if depth > 20 or role(accessible) in ("table", "tree", "menu bar"):
        return None
    for child in children(accessible):
        hit = find(child, wanted, depth + 1)
        if hit is not None:
            return hit
    return None


def unnamed_controls(accessible, depth: int = 0, path: str = "") -> list[str]:
    """Controls without a name, hidden or not (a progress bar appears mid-task)."""
    found: list[str] = []
    here = f"{path}/{role(accessible)}"
    is_control = role(accessible) in CONTROL_ROLES or (
        "focusable" in states(accessible)
        and "showing" in states(accessible)
        and role(accessible) not in ("table cell", "list item", "tree item")
    )
    if is_control and not (accessible.name or "").strip():
        found.append(f"{here} {accessible.description!r}")
    if depth > 25 or role(accessible) in ("table", "tree", "popup menu"):
        return found  # rows and menu items are named by their text
    for child in children(accessible):
        found.extend(unnamed_controls(child, depth + 1, here))
    return found


def node(accessible) -> dict[str, object]:
    return {
        "role": role(accessible),
        "name": accessible.name,
        "description": accessible.description,
        "states": [s for s in states(accessible) if s in ("focused", "selected", "checked")],
    }


def table_rows(table, limit: int = 6) -> list[list[dict[str, object]]]:
    grid = table.queryTable()
    return [
        [node(grid.getAccessibleAt(row, column)) for column in range(grid.nColumns)]
        for row in range(min(grid.nRows, limit))
    ]


def main(argv: list[str]) -> int:
    app_name = argv[1]
    launches = json.loads(argv[2])
    probe = Probe(app_name)
    app = probe.application()
    frame = children(app)[0]
    table = find(frame, lambda a: role(a) == "table" and a.name == "Articles")
    tree = find(frame, lambda a: role(a) == "tree")
    status = find(frame, lambda a: role(a) == "status bar")
    browser = find(frame, lambda a: a.name == "Article" and "focusable" in states(a))
    report: dict[str, object] = {
        "unnamed": unnamed_controls(frame),
        "rows": table_rows(table),
        "sources": table_rows(tree, 12),
        "status": node(status),
        "browser": node(browser),
    }
    # A click on the sources (their first row is the one already chosen)
    # makes the window active, as a person's first click would.
    probe.click(tree.queryTable().getAccessibleAt(0, 0))
    report["focus_list"] = probe.focus(table)
    report["focus_sources"] = probe.focus(tree)
    probe.focus(table)
    probe.key("j")  # opens the first article; shown long enough to be read
    first = table.queryTable().getAccessibleAt(0, 1)
    probe.wait_until(lambda: not first.name.startswith("Unread"))
    probe.settle(timeout=2.0)
    report["rows_open"] = table_rows(table, 2)
    report["browser_open"] = node(browser)
    report["key_s"] = probe.key("s")
    report["key_m"] = probe.key("m")
    probe.focus(browser)
    report["tab_in_article"] = probe.key("Tab")
    report["import_events"] = probe.launch(launches["import"])
    report["status_after_import"] = node(status)
    report["unnamed_after"] = unnamed_controls(frame)
    report["error_events"] = probe.launch(launches["error"])
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
