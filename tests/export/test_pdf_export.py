"""PDF export: real PDFs read back with poppler (pdftotext, pdffonts, pdfimages) and pypdf."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale
from PySide6.QtGui import QColor, QImage, QPageSize

from reader import APP_DISPLAY_NAME, __version__
from reader.core.dumps.importer import import_paths
from reader.core.library import Store
from reader.export.pdf import (
    ExportResult,
    default_page_size,
    export_pdf,
    print_articles,
    script_profile,
)
from tests.conftest import SAMPLE_PARAGRAPHS, SAMPLE_TITLE
from tests.support.pdf_samples import SCRIPTS, add_script_articles
from tests.support.pdf_tools import (
    collapse,
    page_text,
    pdffonts,
    pdfimages,
    pdftotext,
    squash,
    unmapped_glyphs,
)

SAMPLE_IMAGE = "https://s.rfi.fr/media/display/7fee6832-2569-11ee-873f-005056a90284/"
# Code points that mean the text layer gave a stand-in for what the article has.
STAND_INS = [
    (0x2E80, 0x2FDF),  # CJK radicals and Kangxi radicals in place of ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFB00, 0xFB4F),  # Latin/Hebrew presentation forms (ligatures)
    (0xFB50, 0xFDFF),  # Arabic presentation forms A
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
]


def stand_ins(text: str) -> list[str]:
    return [c for c in text if any(lo <= ord(c) <= hi for lo, hi in STAND_INS)]


def png(width: int = 320, height: int = 180) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def sample_db(db_path: Path, sample_path: Path) -> Path:
    with Store.open(db_path) as store:
        import_paths(store, [sample_path])
    return db_path


def only_id(db: Path) -> int:
    with Store.open(db) as store:
        [row] = store.list_articles()
    return row.id


@pytest.fixture(scope="module")
def scripts_pdf(tmp_path_factory: pytest.TempPathFactory, qapp) -> tuple[Path, ExportResult]:
    folder = tmp_path_factory.mktemp("scripts")
    db = folder / "library.sqlite3"
    ids = add_script_articles(db)
    out = folder / "scripts.pdf"
    result = export_pdf(list(ids.values()), db, out)
    return out, result


def test_sample_exports_title_and_every_paragraph_exactly(qapp, sample_db, tmp_path):
    out = tmp_path / "sample.pdf"
    result = export_pdf([only_id(sample_db)], sample_db, out)
    assert result.files == (out,) and result.pages == 1 and not result.cancelled
    text = pdftotext(out)
    # Line breaks are layout; every other character must be the article's own.
    assert squash(SAMPLE_TITLE) in squash(text)
    for paragraph in SAMPLE_PARAGRAPHS:
        assert squash(paragraph) in squash(text), paragraph
    assert stand_ins(text) == []
    assert "RFI · 2023-07-18 13:15 UTC" in text
    # The header shows the original's address as people read it (the link keeps it encoded).
    assert "https://www.rfi.fr/cn/国际/20230718-克里与李强" in pdftotext(out, "-raw")
    assert unmapped_glyphs(out) == {}


@pytest.mark.parametrize("index", range(len(SCRIPTS)), ids=[s[0] for s in SCRIPTS])
def test_each_script_comes_back_character_for_character(scripts_pdf, index):
    path, _result = scripts_pdf
    script, title, author, paragraphs = SCRIPTS[index]
    text = page_text(path, index + 1)
    assert squash(title) in squash(text)
    for paragraph in paragraphs:
        assert squash(paragraph) in squash(text), (script, paragraph, text)
        if script in ("ru", "fr", "ko"):
            # Scripts written with spaces: the words and the spaces between them.
            assert collapse(paragraph) in collapse(text), (script, paragraph, text)
    if author and script != "ar":
        assert author in text
    assert stand_ins(text) == [], script


def test_no_glyph_is_drawn_without_text(scripts_pdf):
    path, _result = scripts_pdf
    assert unmapped_glyphs(path) == {}


def test_fonts_are_embedded_with_unicode_maps(scripts_pdf):
    path, _result = scripts_pdf
    fonts = pdffonts(path)
    names = {f["name"] for f in fonts}
    assert {f["emb"] for f in fonts} == {"yes"} and {f["uni"] for f in fonts} == {"yes"}
    assert any(n.startswith("NotoSerifCJKjp") for n in names)
    assert any(n.startswith("NotoSerifCJKkr") for n in names)
    assert any(n.startswith("NotoSerifCJKtc") for n in names)
    assert any(n.startswith("NotoSansArabic") for n in names)
    assert any(n.startswith("NotoSerif-") for n in names)


def test_outline_pages_and_metadata(qapp, tmp_path, sample_path, corpus_factory):
    db = tmp_path / "library.sqlite3"
    script_ids = list(add_script_articles(db).values())
    with Store.open(db) as store:
        import_paths(store, [sample_path, corpus_factory(12)])
        rest = [i for i in store.article_ids() if i not in script_ids]
        long_id = store.add_articles(
            store.source_id("long.example"),
            [
                __import__("reader.core.models", fromlist=["NewArticle"]).NewArticle(
                    title="A long report",
                    url="https://long.example/report",
                    published=None,
                    html="".join(f"<p>Paragraph {n}: {'word ' * 80}</p>" for n in range(60)),
                    text="",
                    author=None,
                )
            ],
        ).added[0]
        ids = [*script_ids, long_id, *rest]
        titles = [store.get_article(i).title for i in ids]
    out = tmp_path / "many.pdf"
    result = export_pdf(ids, db, out, page_size=QPageSize(QPageSize.PageSizeId.Letter))
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages > len(ids)  # the long report takes several pages
    assert result.articles == len(ids)
    outline = reader.outline
    assert [item.title for item in outline] == titles
    starts = [reader.get_destination_page_number(item) for item in outline]
    assert starts[0] == 0 and starts == sorted(starts) and len(set(starts)) == len(ids)
    long_pages = starts[len(script_ids) + 1] - starts[len(script_ids)]
    assert long_pages >= 3
    for title, start in zip(titles, starts, strict=True):
        assert squash(title) in squash(page_text(out, start + 1))
    # Page numbers in the footer, across the whole file.
    assert page_text(out, 9).strip().splitlines()[-1] == "9"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    meta = reader.metadata
    assert meta is not None
    assert meta["/Producer"] == f"{APP_DISPLAY_NAME} {__version__}"
    assert meta["/Title"] == f"{len(ids)} articles"
    assert "山田太郎" in meta["/Author"] and "Анна Соколова" in meta["/Author"]
    assert meta.creation_date is not None
    xmp = reader.xmp_metadata
    assert xmp is not None and xmp.pdf_producer == f"{APP_DISPLAY_NAME} {__version__}"


def test_single_article_metadata_and_default_a4(qapp, sample_db, tmp_path, monkeypatch):
    monkeypatch.setenv("LC_PAPER", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    out = tmp_path / "one.pdf"
    export_pdf([only_id(sample_db)], sample_db, out)
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None and meta["/Title"] == SAMPLE_TITLE and meta["/Author"] == "RFI"
    assert [item.title for item in reader.outline] == [SAMPLE_TITLE]
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_page_size_follows_the_locale(qapp):
    letter = QPageSize(QPageSize.PageSizeId.Letter)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    for name, expected in [("en_US", letter), ("es_MX", letter), ("fr_CA", letter)]:
        assert default_page_size(QLocale(name)).isEquivalentTo(expected), name
    for name in ("en_GB", "fr_FR", "de_DE", "zh_CN", "ja_JP", "ar_EG"):
        assert default_page_size(QLocale(name)).isEquivalentTo(a4), name


def test_script_profiles():
    assert script_profile(SAMPLE_TITLE) == "zh-hans"
    assert script_profile("香港立法會通過這個法案，他們說") == "zh-hant"
    assert script_profile("東京都は今日、新しい政策を発表しました") == "ja"
    assert script_profile("서울시는 오늘 새로운 정책을 발표했다") == "ko"
    assert script_profile("Le ministre a déclaré") == "latin"
    assert script_profile("قال الوزير") == "latin"


def test_cached_image_is_in_the_pdf_and_nothing_else_is_loaded(qapp, sample_db, tmp_path):
    asked: list[str] = []

    def provider(url: str) -> bytes | None:
        asked.append(url)
        return png() if url.startswith(SAMPLE_IMAGE) else None

    out = tmp_path / "image.pdf"
    export_pdf([only_id(sample_db)], sample_db, out, resources=provider)
    [image] = pdfimages(out)
    assert (image["width"], image["height"]) == ("320", "180")
    assert len(asked) == 1 and asked[0].startswith(SAMPLE_IMAGE)

    bare = tmp_path / "bare.pdf"
    export_pdf([only_id(sample_db)], sample_db, bare)
    assert pdfimages(bare) == []


def test_uncached_image_shows_its_alt_text(qapp, db_path, tmp_path):
    from reader.core.models import NewArticle

    with Store.open(db_path) as store:
        [article_id] = store.add_articles(
            store.source_id("img.example"),
            [
                NewArticle(
                    title="Pictures",
                    url="https://img.example/1",
                    published=None,
                    html='<p>Before.</p><img src="https://img.example/a.jpg" alt="The harbour '
                    'at dawn"><img src="file:///etc/hostname"><p>After.</p>',
                    text="Before.\n\nAfter.",
                )
            ],
        ).added
    out = tmp_path / "alt.pdf"
    export_pdf([article_id], db_path, out, resources=lambda url: None)
    text = pdftotext(out)
    assert "[The harbour at dawn]" in text
    assert pdfimages(out) == []


def test_paragraphs_stand_apart_and_a_missing_image_says_so(qapp, db_path, tmp_path):
    """A gap between paragraphs larger than between the lines of one; images as in the view."""
    import re
    import subprocess

    from reader.core.models import NewArticle

    with Store.open(db_path) as store:
        [article_id] = store.add_articles(
            store.source_id("img.example"),
            [
                NewArticle(
                    title="Spacing",
                    url="https://img.example/2",
                    published=None,
                    html="<p>" + "alpha " * 60 + "</p><p>Bravo here.</p><p>Charlie here.</p>"
                    '<img src="https://img.example/missing.jpg">'
                    '<img src="https://img.example/cached.png" alt="Cached picture">'
                    "<div>Caption below.</div>Loose words after the caption.",
                    text="",
                )
            ],
        ).added
    out = tmp_path / "spacing.pdf"
    cached = png()
    export_pdf(
        [article_id],
        db_path,
        out,
        resources=lambda url: cached if url.endswith("cached.png") else None,
    )
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    tops: dict[str, list[float]] = {}
    for top, word in re.findall(r'yMin="([\d.]+)"[^>]*>([^<]*)</word>', boxes):
        tops.setdefault(word, []).append(float(top))
    alpha_lines = sorted(set(tops["alpha"]))
    assert len(alpha_lines) >= 2
    line_step = alpha_lines[1] - alpha_lines[0]
    paragraph_step = tops["Bravo"][0] - alpha_lines[-1]
    assert paragraph_step > line_step + 4, (line_step, paragraph_step)  # 9px = 6.75pt apart
    text = pdftotext(out)
    assert "[image not available offline]" in text
    assert "Cached picture" not in text
    assert len(pdfimages(out)) == 1
    # Words after a block are a line of their own, not glued to the caption.
    assert "Caption below.\nLoose words after the caption." in text


def test_cancel_leaves_nothing_at_the_target(qapp, tmp_path, corpus_factory):
    db = tmp_path / "library.sqlite3"
    with Store.open(db) as store:
        import_paths(store, [corpus_factory(12)])
        ids = store.article_ids()
    out = tmp_path / "out" / "export.pdf"
    out.parent.mkdir()
    seen: list[int] = []
    result = export_pdf(
        ids,
        db,
        out,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) >= 5,
    )
    assert result.cancelled and result.files == ()
    assert seen == [1, 2, 3, 4, 5]
    assert list(out.parent.iterdir()) == []

    # An existing file is left untouched by a cancelled or failed export.
    out.write_bytes(b"previous export")

    def boom(done: int, total: int) -> None:
        if done == 3:
            raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        export_pdf(ids, db, out, progress=boom)
    assert out.read_bytes() == b"previous export"
    folder = tmp_path / "each"
    result = export_pdf(ids, db, one_per_article_dir=folder, cancelled=lambda: True)
    assert result.cancelled and list(folder.iterdir()) == []
    assert sorted(p.name for p in out.parent.iterdir()) == ["export.pdf"]


def test_one_file_per_article(qapp, tmp_path):
    db = tmp_path / "library.sqlite3"
    ids = add_script_articles(db)
    folder = tmp_path / "each"
    result = export_pdf(list(ids.values()), db, one_per_article_dir=folder)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == len(SCRIPTS) == len(result.files)
    assert "2024-03-03 Переговоры в Женеве продолжатся.pdf" in names
    assert "2024-03-05 Négociations à Genève « un règlement rapide » espéré.pdf" in names
    for path in result.files:
        reader = PdfReader(path)
        assert len(reader.outline) == 1
        assert squash(reader.outline[0].title) in squash(pdftotext(path))
    # Exporting again numbers the new files instead of overwriting.
    again = export_pdf([ids["ru"]], db, one_per_article_dir=folder)
    assert again.files[0].name == "2024-03-03 Переговоры в Женеве продолжатся (2).pdf"


def test_export_in_a_worker_thread(qapp, sample_db, tmp_path):
    """The window exports from a worker thread while its event loop keeps running."""
    out = tmp_path / "thread.pdf"
    results: list[ExportResult] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append(
                export_pdf(
                    [only_id(sample_db)],
                    sample_db,
                    out,
                    resources=lambda url: png() if url.startswith(SAMPLE_IMAGE) else None,
                )
            )
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    while thread.is_alive():
        qapp.processEvents()
        thread.join(0.01)
    assert errors == [] and results[0].files == (out,)
    assert squash(SAMPLE_PARAGRAPHS[1]) in squash(pdftotext(out))
    assert len(pdfimages(out)) == 1


def test_print_to_a_pdf_printer(qapp, sample_db, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with Store.open(sample_db) as store:
        article = store.get_article(only_id(sample_db))
    assert print_articles([article, article], printer) == 2
    assert len(PdfReader(out).pages) == 2
    assert squash(SAMPLE_PARAGRAPHS[2]) in squash(page_text(out, 2))


def test_print_paints_the_same_pages_on_any_paged_device(qapp, sample_db, tmp_path):
    """What a real printer gets: the renderer on a paged device, without the PDF finish."""
    from PySide6.QtGui import QPdfWriter

    out = tmp_path / "device.pdf"
    device = QPdfWriter(str(out))
    with Store.open(sample_db) as store:
        article = store.get_article(only_id(sample_db))
    assert print_articles([article, article, article], device) == 3
    del device
    assert len(PdfReader(out).pages) == 3
    assert "18/07/2023 - 14:52" in page_text(out, 3)
