"""``export-pdf``: the one command that needs Qt.

Qt (a GUI application, fonts, QPdfWriter) is imported inside the command,
after the selection is known to be non-empty: a usage error or a missing
article is reported without starting it, and no other command loads it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import Commands, add_command, complain, plural, source_ids_named, usage_error
from reader.core.library import Store
from reader.core.models import ArticleQuery


def add_export_pdf(commands: Commands) -> None:
    p = add_command(
        commands,
        "export-pdf",
        _export_pdf,
        help="export articles to PDF: one file, or one file per article",
        description="Export articles (by id, a search or a source) to a PDF with an outline, "
        "page numbers and searchable text; or one PDF per article, named by date and title.",
    )
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="articles to export, in order")
    p.add_argument("--search", metavar="QUERY", help="every article this search finds")
    p.add_argument("--source", metavar="NAME", help="every article of this source (name or title)")
    p.add_argument("--output", "-o", metavar="FILE.pdf", type=Path, help="one PDF for them all")
    p.add_argument(
        "--one-per-article", metavar="DIR", type=Path, help="also (or instead) one PDF each in DIR"
    )
    p.add_argument(
        "--page-size",
        choices=("a4", "letter", "legal", "a5", "a3"),
        help="paper (default: from the locale, Letter in the Americas' Letter countries, else A4)",
    )
    p.add_argument("--title", help="document title of the single PDF (default: from the articles)")
    p.add_argument(
        "--with-notes",
        action="store_true",
        help="your highlights in the text and your notes after each article (default: left out)",
    )
    p.add_argument(
        "--provenance",
        choices=("none", "name", "full"),
        default="name",
        help="where each article came from, at its end: the source file's name (default), "
        "its full path on this computer too, or nothing",
    )


def _export_pdf(args: argparse.Namespace, db_path: Path) -> int:
    if args.ids and (args.search or args.source):
        return usage_error("export-pdf", "give article ids or --search/--source, not both")
    if not (args.ids or args.search or args.source):
        return usage_error(
            "export-pdf", "say what to export: ID..., --search QUERY or --source NAME"
        )
    if args.output is None and args.one_per_article is None:
        return usage_error(
            "export-pdf", "say where: --output FILE.pdf and/or --one-per-article DIR"
        )
    ids = _selected(args, db_path)
    if ids is None:
        return 1
    if not ids:
        complain("no articles match; nothing exported")
        return 1

    from reader.export.qtapp import ensure_gui_application

    ensure_gui_application()
    from reader.export.cache import cache_resources
    from reader.export.pdf import export_pdf, page_size_named

    show_progress = sys.stderr.isatty() and len(ids) > 5

    def progress(done: int, total: int) -> None:
        if show_progress:
            print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    resources = cache_resources(db_path)  # images from the cache only, never the network
    try:
        result = export_pdf(
            ids,
            db_path,
            args.output,
            one_per_article_dir=args.one_per_article,
            page_size=page_size_named(args.page_size) if args.page_size else None,
            title=args.title,
            progress=progress,
            resources=resources,
            # Nothing private unless asked: notes, and the file's local path.
            with_notes=args.with_notes,
            provenance=args.provenance,
        )
    finally:
        resources.close()
    if show_progress:
        print(file=sys.stderr)
    places = [str(args.output)] if args.output is not None else []
    if args.one_per_article is not None:
        count = len(result.files) - len(places)
        places.append(f"{plural(count, 'file', 'files')} in {args.one_per_article}")
    print(
        f"Exported {plural(result.articles, 'article', 'articles')} "
        f"({plural(result.pages, 'page', 'pages')}) to {' and '.join(places)} "
        f"in {result.seconds:.1f} s."
    )
    return 0


def _selected(args: argparse.Namespace, db_path: Path) -> list[int] | None:
    """The ids to export, in order; None when a named article is missing (each said)."""
    with Store.open(db_path) as store:
        if not args.ids:
            source_ids = source_ids_named(store, args.source)
            return store.article_ids(ArticleQuery(source_ids=source_ids, search=args.search))
        found = store.summaries(args.ids)
    missing = [i for i in args.ids if i not in found]
    for article_id in missing:
        complain(f"no article with id {article_id}")
    return None if missing else list(dict.fromkeys(args.ids))
