"""The research desk on the command line: tags, highlights and notes, saved searches, verify.

Exit codes as everywhere: 0 done, 1 when something named was not there
(an article, a quote, a saved search) or a record is not held unchanged, 2
for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from reader.cli.common import Commands, add_command, complain, error, json_line
from reader.core.errors import NotFoundError, ReaderError
from reader.core.library import Store
from reader.core.models import ArticleQuery

T = TypeVar("T")


def add_tag(commands: Commands) -> None:
    p = add_command(
        commands,
        "tag",
        _tag,
        help="add or remove tags on articles (without --add/--remove: show their tags)",
    )
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("--add", action="append", default=[], metavar="NAME", help="add this tag")
    p.add_argument("--remove", action="append", default=[], metavar="NAME", help="remove this tag")


def add_tags(commands: Commands) -> None:
    p = add_command(commands, "tags", _tags, help="list tags with their article counts")
    p.add_argument("--json", action="store_true", help="one JSON object a line")


def add_note(commands: Commands) -> None:
    p = add_command(
        commands, "note", _note, help="highlight a passage of an article, with an optional note"
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--quote", required=True, help="the exact text of the article to highlight")
    p.add_argument("--text", help="the note")
    p.add_argument("--colour", "--color", choices=("yellow", "green", "pink"), default="yellow")


def add_notes(commands: Commands) -> None:
    p = add_command(commands, "notes", _notes, help="list the highlights and notes of articles")
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--json", action="store_true", help="one JSON object a line")
    how.add_argument("--markdown", action="store_true", help="all of them as one Markdown text")


def add_saved_search(commands: Commands) -> None:
    p = add_command(commands, "saved-search", None, help="add, list or remove saved searches")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = add_command(actions, "add", _saved_add, help="save QUERY under NAME")
    add.add_argument("name", metavar="NAME")
    add.add_argument("query", metavar="QUERY")
    listing = add_command(actions, "list", _saved_list, help="saved searches and their counts")
    listing.add_argument("--json", action="store_true", help="one JSON object a line")
    remove = add_command(actions, "remove", _saved_remove, help="forget the saved search NAME")
    remove.add_argument("name", metavar="NAME")


def add_verify(commands: Commands) -> None:
    p = add_command(
        commands,
        "verify",
        _verify,
        help="check that the library holds each record of dump files unchanged",
        description="For each record of each FILE, its SHA-256 is compared with the hash "
        "recorded when articles were captured. Exit 1 when a record is not held unchanged.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")


def _tag(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        existing = set(store.summaries(args.ids))
        if args.add or args.remove:
            store.tag_articles(sorted(existing), add=args.add, remove=args.remove)
        tags = store.article_tags(sorted(existing))
    missing = [i for i in args.ids if i not in existing]
    if not (args.add or args.remove):
        for article_id in args.ids:
            if article_id in existing:
                print(f"{article_id}: {', '.join(tags.get(article_id, [])) or '-'}")
    for article_id in missing:
        complain(f"no article with id {article_id}")
    return 1 if missing else 0


def _tags(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        tags = store.tags()
    for tag in tags:
        if args.json:
            json_line({"name": tag.name, "articles": tag.total, "unread": tag.unread})
        else:
            print(f"{tag.name:24} {tag.total:>7} {tag.unread:>7} unread")
    return 0


def _note(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.content.anchors import quote_selector

    with Store.open(db_path) as store:
        article = store.get_article(args.id)
        anchor = quote_selector(article.text, args.quote)
        if anchor is None:
            error(f"{args.id}: the quote is not in the article's text")
            return 1
        store.add_highlight(args.id, anchor, colour=args.colour, note=args.text)
    return 0


def _notes(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.research_text import notes_markdown

    with Store.open(db_path) as store:
        found = store.summaries(args.ids)
        missing = [i for i in args.ids if i not in found]
        ids = [i for i in dict.fromkeys(args.ids) if i in found]
        highlights = store.highlights_of(ids)
        articles = [store.get_article(i) for i in ids] if args.markdown else []
    for article_id in missing:
        complain(f"no article with id {article_id}")
    if args.markdown:
        sys.stdout.write(notes_markdown([(a, highlights.get(a.id, [])) for a in articles]))
        return 1 if missing else 0
    for article_id in ids:
        for item in highlights.get(article_id, []):
            if args.json:
                json_line(
                    {
                        "id": item.id,
                        "article": item.article_id,
                        "quote": item.quote,
                        "prefix": item.prefix,
                        "suffix": item.suffix,
                        "position": item.position,
                        "colour": item.colour,
                        "note": item.note,
                    }
                )
            else:
                note = f"\n    {item.note}" if item.note else ""
                print(f"{article_id}: “{item.quote}”{note}")
    return 1 if missing else 0


def _saved_add(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        store.save_search(args.name, args.query)
    return 0


def _saved_list(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        searches = store.saved_searches()
    for item in searches:
        if args.json:
            json_line(
                {
                    "name": item.name,
                    "query": item.query,
                    "articles": item.total,
                    "unread": item.unread,
                }
            )
        else:
            print(f"{item.name:24} {item.query:32} {item.total:>7} {item.unread:>7} unread")
    return 0


def _saved_remove(args: argparse.Namespace, db_path: Path) -> int:
    with Store.open(db_path) as store:
        try:
            found = store.saved_search(args.name)
        except NotFoundError as exc:
            complain(str(exc))
            return 1
        store.delete_saved_search(found.id)
    return 0


def _verify(args: argparse.Namespace, db_path: Path) -> int:
    from reader.core.research_text import verify_file

    bad = False
    with Store.open(db_path) as store:
        for path in args.files:
            try:
                checks = verify_file(store, path)
            except ReaderError as exc:
                error(str(exc))
                bad = True
                continue
            for check in checks:
                where = f"{path}" + (
                    f" (record {check.record} of {check.records})" if check.records > 1 else ""
                )
                if path.lower().endswith((".warc", ".warc.gz", ".wacz")):
                    where += f" {check.title}"  # the captured URL
                if check.ok:
                    ids = ", ".join(str(i) for i in check.unchanged_in)
                    print(f"{where}: unchanged (article {ids}, sha256 {check.sha256})")
                    continue
                bad = True
                if check.sha256 is None:
                    print(f"{where}: cannot tell (the record's bytes could not be separated)")
                elif check.changed_in is not None:
                    print(
                        f"{where}: changed: article {check.changed_in} has this URL, "
                        f"captured from other bytes (sha256 {check.sha256} is not in the library)"
                    )
                else:
                    print(f"{where}: not in the library (sha256 {check.sha256})")
    return 1 if bad else 0


# -- what `list` and `show` add ------------------------------------------------------


def research_query(
    store: Store, query: ArticleQuery, tag: str | None, saved: str | None
) -> ArticleQuery:
    """``list --tag NAME`` and ``list --saved NAME`` narrow the query; unknown names fail."""
    if tag:
        tag_id = store.tag_id(tag)
        if tag_id is None:
            raise NotFoundError(f"no tag named {tag!r}")
        query = replace(query, tag_ids=(tag_id,))
    if saved:
        found = store.saved_search(saved)
        search = found.query if not query.search else f"{found.query} {query.search}"
        query = replace(query, search=search)
    return query


def research_json(store: Store, article_id: int) -> dict[str, object]:
    """What ``show --format json`` adds: tags, highlights with notes, provenance."""
    from reader.core.research_text import provenance_json

    return {
        "tags": store.article_tags([article_id]).get(article_id, []),
        "highlights": [
            {"id": h.id, "quote": h.quote, "note": h.note, "colour": h.colour}
            for h in store.highlights(article_id)
        ],
        "provenance": provenance_json(store.provenance(article_id)),
    }


def pages(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Items in lists of ``size`` (one tag lookup per page of ``list``)."""
    page: list[T] = []
    for item in items:
        page.append(item)
        if len(page) >= size:
            yield page
            page = []
    if page:
        yield page
