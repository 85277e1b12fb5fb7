"""Bad input in dumps and folders: read around it or name it, never garble or hang (issue 12)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.dumps import files as import_files
from reader.core.dumps.files import collect_files, prepare_file
from reader.core.dumps.importer import import_paths
from reader.core.dumps.parser import read_dump
from reader.core.library import Store
from tests.conftest import REPO
from tests.support.cli_runner import run_cli as run_in_process

CAFE = (
    "<!--1689686101000-->\n[Café crème](https://e.org/a)\n---\n\n<p>Un café à Genève, déjà.</p>\n"
)
NOIR = (
    "<!--1689686102000-->\n[Café noir 李强](https://e.org/b)\n---\n\n"
    "<div><p>Négociations à Genève : 李强 会面。</p></div>\n"
)
THIRD = "<!--1689686103000-->\n[Troisième](https://e.org/c)\n---\n\n<p>Fin de l'article.</p>\n"


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_in_process(*args)


def titles_and_texts(db: Path) -> dict[str, str]:
    listed = run_cli("list", "--db", db, "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    texts = {}
    for row in rows:
        shown = run_cli("show", "--db", db, str(row["id"]), "--format", "json")
        texts[row["title"]] = json.loads(shown.stdout)["text"]
    return texts


def test_mixed_encodings_are_decoded_record_by_record(tmp_path, db_path):
    dump = tmp_path / "mixed.txt"
    dump.write_bytes(CAFE.encode("utf-8") + NOIR.encode("gb18030"))
    result = run_cli("import", "--db", db_path, dump)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 articles" in result.stdout
    texts = titles_and_texts(db_path)
    assert set(texts) == {"Café crème", "Café noir 李强"}
    assert "Un café à Genève, déjà." in texts["Café crème"]
    assert "Négociations à Genève : 李强 会面。" in texts["Café noir 李强"]
    assert "茅" not in "".join(texts.values())
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{dump}: warning: “Café noir 李强” (record 2 of 2")
    assert "read as GB18030" in line


def test_one_bad_byte_costs_one_character_and_is_named(tmp_path, db_path):
    data = (CAFE + NOIR + THIRD).encode("utf-8")
    at = data.index("Négociations".encode()) + 1
    dump = tmp_path / "damaged.txt"
    dump.write_bytes(data[:at] + b"\xff" + data[at:])
    result = run_cli("import", "--db", db_path, dump)
    assert result.returncode == 0, result.stderr
    assert "Imported 3 articles" in result.stdout
    [line] = result.stderr.splitlines()
    assert line == (
        f"{dump}: warning: “Café noir 李强” (record 2 of 3, line 6): "
        "1 byte that is not UTF-8 was replaced by \ufffd"
    )
    texts = titles_and_texts(db_path)
    assert "N\ufffdégociations à Genève : 李强 会面。" in texts["Café noir 李强"]
    assert "Fin de l'article." in texts["Troisième"]


def test_a_record_in_no_known_encoding_is_left_out_and_named():
    junk = b"<!--1689686102000-->\n[X](https://e.org/x)\n---\n\n" + bytes(range(0x80, 0x100)) * 4
    dump = read_dump(CAFE.encode() + junk + b"\n" + THIRD.encode())
    assert [r.title for r in dump.records] == ["Café crème", "Troisième"]
    [warning] = dump.warnings
    assert "line 6" in warning and "not UTF-8, GB18030 or Big5: left out" in warning


def test_a_whole_legacy_file_has_no_warning():
    assert read_dump((CAFE + NOIR).encode("gb18030")).warnings == ()
    assert read_dump((CAFE + NOIR).encode("utf-8")).warnings == ()
    ascii_record = THIRD.replace("Troisième", "Third").encode("ascii")
    assert read_dump(ascii_record + (CAFE + NOIR).encode("gb18030")).warnings == ()


@pytest.mark.parametrize(
    ("cut", "why"),
    [
        ("<strong>周二，美国气候", "left open"),  # in the text: <p> (optional) and <strong> open
        ('<img src="https://s.rfi.fr/media/disp', "inside an HTML tag"),
        ("李强同意合", "inside a character"),  # a cut through the bytes of a character
    ],
)
def test_a_truncated_dump_imports_and_is_marked(tmp_path, db_path, sample_path, cut, why):
    data = sample_path.read_bytes()
    end = data.index(cut.encode()) + len(cut.encode())
    if why == "inside a character":
        end -= 1
    dump = tmp_path / "cut.txt"
    dump.write_bytes(data[:end])
    result = run_cli("import", "--db", db_path, dump)
    assert result.returncode == 0, result.stderr
    assert "Imported 1 article " in result.stdout
    [line] = result.stderr.splitlines()
    assert line.startswith(f"{dump}: warning: possibly truncated: ") and why in line

    with Store.open(tmp_path / "again.sqlite3") as store:
        report = import_paths(store, [dump])
    [file] = report.files
    assert file.imported == 1 and file.warning is not None and "possibly truncated" in file.warning
    assert report.warned == [file] and report.failed == []


def test_complete_dumps_are_not_marked(sample_path, corpus_factory):
    assert read_dump(sample_path.read_bytes()).warnings == ()
    corpus = corpus_factory(120, per_file=3)
    for path in sorted(corpus.glob("*.txt")):
        assert read_dump(path.read_bytes()).warnings == (), path


def test_folder_problems_are_each_named_and_nothing_hangs(tmp_path, db_path, sample_path):
    folder = tmp_path / "drop"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(sample_path, folder / "good.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "sub" / "notes.md")  # not an importable name: skipped quietly
    result = run_cli("import", "--db", db_path, folder)
    assert result.returncode == 1
    assert "Imported 1 article from 4 files" in result.stdout
    assert sorted(result.stderr.splitlines()) == [
        f"{folder / 'broken.txt'}: a broken symbolic link: its target {tmp_path / 'gone.txt'} "
        "does not exist",
        f"{folder / 'loop.txt'}: a symbolic link that leads back to itself (a link loop)",
        f"{folder / 'pipe.txt'}: not a regular file (a named pipe)",
    ]


def test_named_fifo_link_loop_and_broken_link(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "broken.txt").symlink_to("nowhere.txt")
    names = [tmp_path / n for n in ("pipe.txt", "loop.txt", "broken.txt")]
    files, problems = collect_files(names)
    assert files == []
    assert [(Path(p.path).name, p.error) for p in problems] == [
        ("pipe.txt", "not a regular file (a named pipe)"),
        ("loop.txt", "a symbolic link that leads back to itself (a link loop)"),
        ("broken.txt", "a broken symbolic link: its target nowhere.txt does not exist"),
    ]


@pytest.mark.timeout(20)
def test_a_fifo_that_appears_after_the_listing_does_not_block(tmp_path):
    pipe = tmp_path / "was-a-file.txt"
    os.mkfifo(pipe)
    prepared = prepare_file(str(pipe))
    assert prepared.error == "not a regular file (a named pipe)"


def test_a_folder_that_cannot_be_listed_is_named(tmp_path, sample_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "locked").mkdir()
    shutil.copy(sample_path, tmp_path / "open" / "a.txt")
    shutil.copy(sample_path, tmp_path / "locked" / "b.txt")
    real_scandir = os.scandir

    def scandir(path):
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(import_files.os, "scandir", scandir)
    files, problems = collect_files([tmp_path])
    assert files == [str(tmp_path / "open" / "a.txt")]
    assert [(p.path, p.error) for p in problems] == [
        (str(tmp_path / "locked"), "the folder cannot be read: Permission denied")
    ]


def test_an_unreadable_file_is_named(tmp_path, db_path, sample_path, monkeypatch):
    shutil.copy(sample_path, tmp_path / "secret.txt")
    real_open = os.open

    def refusing_open(path, flags, *args):
        if str(path).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(import_files.os, "open", refusing_open)
    with Store.open(db_path) as store:
        report = import_paths(store, [tmp_path])
    assert [(f.path, f.error) for f in report.failed] == [
        (str(tmp_path / "secret.txt"), "cannot be read: Permission denied")
    ]


_PEAK = """
import resource, subprocess, sys
result = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(result.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
print(result.stderr, file=sys.stderr)
"""


@pytest.mark.parametrize("with_workers", [False, True], ids=["alone", "in-a-folder-of-workers"])
def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path, db_path, sample_path, corpus_factory, with_workers
):
    """Peak memory of the import and its workers (the largest process) stays small."""
    folder = tmp_path / "drop"
    if with_workers:
        shutil.copytree(corpus_factory(120), folder)
    else:
        folder.mkdir()
    huge = folder / "huge.txt"
    with huge.open("wb") as out:  # sparse: 500 MB that take no disk
        out.write(sample_path.read_bytes())
        out.truncate(500 * 1024 * 1024)
    command = [sys.executable, "-m", "reader", "import", "--db", str(db_path), str(folder)]
    result = subprocess.run(
        [sys.executable, "-c", _PEAK, *command],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    code, peak_mb = map(int, result.stdout.split())
    assert code == 1
    assert f"{huge}: the file is larger than 32 MB: not an article dump" in result.stderr
    assert peak_mb < 100, f"peak {peak_mb} MB"


def test_a_large_saved_feed_under_a_dump_name_is_still_read(tmp_path, db_path):
    from tests.support.feedkit import items, rss20

    feed = rss20(items(3))
    padding = b"<!--" + b" " * (import_files.MAX_FILE_BYTES + 10) + b"-->"
    big = tmp_path / "feed.txt"
    big.write_bytes(feed.replace(b"<channel>", b"<channel>" + padding, 1))
    with Store.open(db_path) as store:
        report = import_paths(store, [big])
    assert report.imported == 3, report.files


def test_warnings_name_records_by_title(tmp_path):
    data = (CAFE + NOIR).encode()
    at = data.index(b"Un caf") + 2
    dump = read_dump(data[:at] + b"\xff" + data[at:])
    assert [re.sub(r"line \d+", "line N", w) for w in dump.warnings] == [
        "“Café crème” (record 1 of 2, line N): 1 byte that is not UTF-8 was replaced by \ufffd"
    ]
