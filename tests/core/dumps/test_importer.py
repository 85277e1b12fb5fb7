"""The importer in-process: workers, batches, isolation of bad files, cancel."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from reader.core.dumps.importer import FileReport, chunk_sizes, collect_files, import_paths
from reader.core.errors import StorageError
from reader.core.library import Store
from reader.core.models import ArticleQuery


def test_worker_processes_import_everything_in_order(store, corpus_factory):
    corpus = corpus_factory(120)

    def spawn_pool():
        return ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"))

    seen = []
    report = import_paths(
        store, [corpus], executor_factory=spawn_pool, progress=lambda d, t: seen.append((d, t))
    )
    assert (report.imported, report.duplicates, report.failed, report.cancelled) == (
        120,
        0,
        [],
        False,
    )
    assert [f.path for f in report.files] == sorted(str(p) for p in corpus.glob("*.txt"))
    assert seen[0] == (0, 120) and seen[-1] == (120, 120)
    names = {s.name for s in store.sources()}
    assert names <= {"rfi.fr", "france24.com", "dw.com"} and len(names) >= 2
    assert {s.title for s in store.sources()} <= {"RFI", "France 24", "DW"}


def test_several_records_per_file(store, corpus_factory):
    corpus = corpus_factory(30, per_file=10)
    report = import_paths(store, [corpus])
    assert [f.imported for f in report.files] == [10, 10, 10]
    assert store.count() == 30


def test_cancel_keeps_whole_files_only(store, corpus_factory):
    corpus = corpus_factory(800, per_file=4)  # 200 files: several chunks
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    report = import_paths(
        store, [corpus], cancelled=cancelled, executor_factory=lambda: ThreadPoolExecutor(2)
    )
    assert report.cancelled
    assert 0 < len(report.files) < 200
    assert store.count() == 4 * len(report.files)


@pytest.mark.parametrize("workers", [False, True], ids=["inline", "worker-threads"])
def test_a_file_failing_to_store_is_isolated(store, corpus_factory, monkeypatch, workers):
    corpus = corpus_factory(12, per_file=3)
    files = sorted(corpus.glob("*.txt"))
    poisoned = files[1].read_text(encoding="utf-8").split("\n")[1]
    real_add = Store.add_articles

    def flaky_add(self, source_id, articles, **options):
        articles = list(articles)
        if any(a.article.title in poisoned for a in articles):
            real_add(self, source_id, articles[:1], **options)  # half-written, then the disk fails
            raise StorageError("disk full")
        return real_add(self, source_id, articles, **options)

    monkeypatch.setattr(Store, "add_articles", flaky_add)
    factory = (lambda: ThreadPoolExecutor(2)) if workers else None
    report = import_paths(store, [corpus], executor_factory=factory)
    errors = {f.path: f.error for f in report.files if f.error}
    assert errors == {str(files[1]): "disk full"}
    assert store.count() == 9  # the three other files, and nothing of the bad one
    ids = {a.title for a in store.list_articles(ArticleQuery())}
    assert not any(title in poisoned for title in ids)


def test_source_override_and_fallback(store, tmp_path, sample_path):
    no_url = tmp_path / "nourl.txt"
    no_url.write_text("[A title without a link]()\n---\n\n<p>text</p>\n", encoding="utf-8")
    report = import_paths(store, [no_url])
    assert report.imported == 1
    assert [s.name for s in store.sources()] == ["Imported"]
    import_paths(store, [sample_path], source="Trial notes")
    assert {s.name for s in store.sources()} == {"Imported", "Trial notes"}


def test_folder_walk_finds_dumps_and_feeds_in_order(tmp_path):
    root = tmp_path / "drop"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden-folder").mkdir()
    for name in (
        "b/deep/z.TXT",
        "b/a.txt",
        "a.xml",
        "c.rss",
        ".hidden.txt",
        "notes.md",
        ".hidden-folder/kept.txt",
    ):
        (root / name).write_text("x", encoding="utf-8")
    (root / "folder.txt").mkdir()  # a folder named like a dump is not a file
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "o.txt").write_text("x", encoding="utf-8")
    (root / "link-to-folder").symlink_to(outside, target_is_directory=True)
    (root / "link.txt").symlink_to(outside / "o.txt")
    (root / "dangling.txt").symlink_to(tmp_path / "gone.txt")

    files, missing = collect_files([root, tmp_path / "nothing-here", f"{outside}/"])

    expected = ["a.xml", ".hidden-folder/kept.txt", "b/a.txt", "b/deep/z.TXT", "c.rss", "link.txt"]
    assert files == [*sorted(str(root / name) for name in expected), str(outside / "o.txt")]
    assert missing == [
        FileReport(
            str(root / "dangling.txt"),
            error=f"a broken symbolic link: its target {tmp_path / 'gone.txt'} does not exist",
        ),
        FileReport(str(tmp_path / "nothing-here"), error="no such file or folder"),
    ]


def test_chunks_shrink_towards_the_end_and_cover_every_file():
    sizes = chunk_sizes(10_000, 2)
    assert sum(sizes) == 10_000
    assert max(sizes) == sizes[1] == 512 and sizes[0] == 256  # the workers' turns fall apart
    assert sizes[-5:] == sorted(sizes[-5:], reverse=True) or sizes[-1] < sizes[-2]
    assert sum(chunk_sizes(5, 2)) == 5 and chunk_sizes(0, 2) == []


def test_a_worker_writes_before_holding_too_many_articles(store, corpus_factory, monkeypatch):
    import reader.core.dumps.importer as importer

    monkeypatch.setattr(importer, "_BATCH_ARTICLES", 25)
    corpus = corpus_factory(120, per_file=10)  # 12 files, 120 articles, one chunk
    turns = []
    real_turn = importer._write_turn

    def counting_turn(path):
        turns.append(path)
        return real_turn(path)

    monkeypatch.setattr(importer, "_write_turn", counting_turn)
    names = sorted(str(p) for p in corpus.glob("*.txt"))
    reports = importer.import_chunk(store.path, names, None)
    assert [r.path for r in reports] == names and all(r.imported == 10 for r in reports)
    assert len(turns) == 5  # after 30, 60, 90 and 120 articles, then the empty rest
    assert store.count() == 120


def test_a_large_log_is_emptied_between_write_turns(store, corpus_factory, monkeypatch):
    import os

    import reader.core.dumps.importer as importer

    corpus = corpus_factory(60)
    names = sorted(str(p) for p in corpus.glob("*.txt"))
    importer.import_chunk(store.path, names[:30], None)  # a worker: no automatic checkpoints
    log = store.path + "-wal"
    grown = os.stat(log).st_size
    assert grown > 0
    importer._checkpoint(store)  # under the limit: a passive copy, the file stays
    assert os.stat(log).st_size == grown
    monkeypatch.setattr(importer, "_LOG_LIMIT", 0)
    importer._checkpoint(store)
    assert os.stat(log).st_size == 0
    importer.import_chunk(store.path, names[30:], None)  # and writing goes on
    assert store.count() == 60


def test_reports_from_workers_name_files_with_the_importing_process_strings():
    # A worker's report carries its own copy of each path: held for every file
    # of a 250,000-dump import, the copies cost 33 MB beside the names.
    from reader.core.dumps.importer import _named_here

    names = ["/dumps/a.txt", "/dumps/b.txt", "/dumps/c.txt"]
    received = [
        FileReport("".join(["/dumps/", "a.txt"]), imported=2, duplicates=1),
        FileReport("".join(["/dumps/", "b.txt"]), error="not a dump: no title line"),
        FileReport("".join(["/dumps/", "c.txt"]), imported=1, warning="possibly truncated"),
    ]
    assert all(r.path is not n for r, n in zip(received, names, strict=True))
    named = _named_here(received, names)
    assert named == received  # the same reports, field for field
    assert all(r.path is n for r, n in zip(named, names, strict=True))
    # Reports that are not the chunk's files one for one are left as they came.
    assert _named_here(received[:2], names) == received[:2]
