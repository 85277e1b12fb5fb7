"""Global options work before or after the command, at every level (issue 12).

``offline-reader --db PATH COMMAND`` is the form the usage line shows; it used
to be ignored because each command's own ``--db`` default replaced it.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader import cli
from tests.conftest import REPO

#: Every command (nested ones spelled out) with arguments that make it run
#: against a small library: the sample article (id 1, source rfi.fr) and
#: one feed (named 127.0.0.1) on a port where nothing listens.
COMMANDS: dict[str, list[str]] = {
    "import": ["{sample}"],
    "list": ["--json"],
    "show": ["1", "--format", "json"],
    "sources": ["--json"],
    "mark": ["1", "--read", "--star"],
    "export-pdf": ["1", "--output", "{tmp}/out.pdf"],
    "add-feed": ["http://127.0.0.1:9/other.xml", "--no-fetch"],
    "refresh": ["--no-images"],
    "cache-images": ["999"],
    "fetch-full": ["999"],
    "feed-options": ["127.0.0.1", "--full-text", "on"],
    "retention": ["rfi.fr", "30"],
    "remove-feed": ["127.0.0.1"],
    "opml import": ["{opml}"],
    "opml export": ["-"],
    "backup": ["--list"],
    "check": [],
    # Sync accounts: nothing listens on port 9, and the library has no account.
    "account add": ["greader", "http://127.0.0.1:9/api/greader.php", "--username", "u",
                    "--password-stdin"],
    "account list": ["--json"],
    "account remove": ["Nope"],
    "account subscribe": ["Nope", "http://127.0.0.1:9/x.xml"],
    "account unsubscribe": ["rfi.fr"],
    "sync": [],
    "tag": ["1", "--add", "x"],
    "tags": ["--json"],
    "note": ["1", "--quote", "克里"],
    "notes": ["1", "--markdown"],
    "saved-search add": ["t", "李强"],
    "saved-search list": ["--json"],
    "saved-search remove": ["s"],
    "verify": ["{sample}"],
    "proxy set": ["socks5h://127.0.0.1:9", "--required"],
    "proxy system": [],
    "proxy off": [],
    "proxy tor": ["socks5h://127.0.0.1:9150"],
    # Web pages (issue 28): nothing listens on port 9; the OPML file holds no links;
    # the sample article has no capture to export.
    "save": ["http://127.0.0.1:9/page.html", "--no-images"],
    "import-links": ["{opml}", "--no-fetch"],
    "export-wacz": ["1", "--output", "{tmp}/out.wacz"],
}  # fmt: skip
#: What a command exits with here when it is not 0: no server or account to reach.
FAILING = {
    "refresh": 1,
    "account add": 1,
    "account remove": 1,
    "account subscribe": 1,
    "account unsubscribe": 1,
    "save": 1,
    "import-links": 1,
    "export-wacz": 1,
}


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def test_every_command_is_covered_and_takes_every_global_option():
    parser = cli.build_parser()
    globals_ = [
        a
        for a in parser._actions
        if a.option_strings
        # actions (and --verbose, which only qualifies --version), not options
        and a.dest not in ("help", "version", "verbose", "self_test")
    ]
    assert [a.dest for a in globals_] == ["db"]
    leaves = set()
    for path, sub in _parsers(parser):
        has_sub = any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)
        if path and not has_sub:
            leaves.add(" ".join(path))
        for option in globals_:
            [copy] = [a for a in sub._actions if a.dest == option.dest]
            # Below the top, no default: it would override the value given before the command.
            expected = option.default if not path else argparse.SUPPRESS
            assert copy.default is expected, (path, option.dest)
    assert leaves == set(COMMANDS)


@pytest.fixture(scope="module")
def library(tmp_path_factory, sample_path) -> Path:
    folder = tmp_path_factory.mktemp("cli-library")
    db = folder / "library.sqlite3"
    assert cli.main(["--db", str(db), "import", str(sample_path)]) == 0
    assert cli.main(["--db", str(db), "add-feed", "http://127.0.0.1:9/feed.xml", "--no-fetch"]) == 0
    assert cli.main(["--db", str(db), "saved-search", "add", "s", "climat"]) == 0
    return db


def _argv(command: str, db: Path, where: str, tmp: Path, sample: Path, opml: Path) -> list[str]:
    words = command.split()
    rest = [a.format(tmp=tmp, sample=sample, opml=opml) for a in COMMANDS[command]]
    db_args = ["--db", str(db)]
    if where == "before":
        return [*db_args, *words, *rest]
    if where == "after":
        return [*words, *db_args, *rest]
    return [words[0], *db_args, *words[1:], *rest]  # between `opml` and its action


def _normalized(text: str, tmp: Path) -> str:
    text = text.replace(str(tmp), "TMP")
    # An OPML export's dateCreated: two runs a second apart differ there.
    text = re.sub(r"<dateCreated>[^<]*</dateCreated>", "<dateCreated/>", text)
    return re.sub(r"\d+\.\d+ s\b", "N s", text)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_db_before_and_after_the_command(
    command, library, tmp_path, sample_path, capsys, monkeypatch, qapp
):
    """``qapp``: export-pdf runs in this process, and would otherwise make the
    process's Qt application a QGuiApplication, which later widget tests abort on."""
    default = tmp_path / "default" / "library.sqlite3"
    monkeypatch.setenv(cli.DB_ENV, str(default))
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline type="rss" text="X" '
        'xmlUrl="http://127.0.0.1:9/x.xml"/></body></opml>',
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("a password\n" * 3))  # account add reads it
    places = ["before", "after"] + (["middle"] if " " in command else [])
    outcomes = []
    for where in places:
        run_dir = tmp_path / where
        run_dir.mkdir()
        db = run_dir / "library.sqlite3"
        shutil.copy(library, db)
        code = cli.main(_argv(command, db, where, run_dir, sample_path, opml))
        out, err = capsys.readouterr()
        assert not default.exists(), f"{where}: --db was ignored, the default library was used"
        outcomes.append((code, _normalized(out, run_dir), _normalized(err, run_dir)))
    assert all(o == outcomes[0] for o in outcomes), outcomes
    expected_code = FAILING.get(command, 0)  # the feed's server does not exist
    assert outcomes[0][0] == expected_code, outcomes[0]


def test_the_window_gets_the_db_given(tmp_path, monkeypatch):
    import reader.app

    opened = []
    monkeypatch.setattr(reader.app, "run_window", lambda path: opened.append(path) or 0)
    assert cli.main(["--db", str(tmp_path / "x.sqlite3")]) == 0
    assert opened == [tmp_path / "x.sqlite3"]


def test_real_cli_takes_db_before_the_command(tmp_path, sample_path):
    db = tmp_path / "library.sqlite3"
    env_default = tmp_path / "default.sqlite3"
    for args in (["--db", str(db), "import", str(sample_path)], ["--db", str(db), "list"]):
        result = subprocess.run(
            [sys.executable, "-m", "reader", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=REPO,
            env={**os.environ, cli.DB_ENV: str(env_default)},
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
    assert "克里与李强" in result.stdout
    assert db.exists() and not env_default.exists()
