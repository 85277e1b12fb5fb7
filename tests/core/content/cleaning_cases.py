"""The fixed corpus on which cleaning must give what main's code gave, byte for byte.

Issue 29 made cleaning faster; ``test_cleaning_identical.py`` proves that it
changed nothing, on every article below, against digests written by the code
before that work:

- ``corpus``: 400 articles of ``shared/tools/make_corpus.py`` (its ``article()``, seed 29);
- ``seed``: the real sample dump;
- ``markup``: the real-world fragments of ``tests/markup`` and the pages of
  ``tests/fulltext_pages``;
- ``feed``: the item bodies of two of the refresh benchmark's feeds as feedparser
  hands them over (stored, so that a change in feed parsing does not show here);
- ``recorded``: every body the tests of content, dumps and feeds cleaned, hostile
  markup included (stored).

To write the digests again (only with the code of before a change, never with
the code under test)::

    PYTHONPATH=/path/to/old/worktree python tests/core/content/cleaning_cases.py --write
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import lzma
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
INPUTS = DATA / "cleaning_inputs.json.xz"
EXPECTED = DATA / "cleaning_expected.json"
SHARED = Path(os.environ.get("OFFLINE_READER_SHARED", TESTS.parents[0].parent / "shared"))
SAMPLE = SHARED / "seeds" / "000_90a7d2ce2239aa93.txt"
MAKE_CORPUS = SHARED / "tools" / "make_corpus.py"

Case = tuple[str, str, str | None]  # (name, body, base URL)


def corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_corpus", MAKE_CORPUS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dump_body(dump: str) -> tuple[str, str | None]:
    """(body, article URL) of a seed-format dump: the URL is in line 2, the body from line 5."""
    lines = dump.split("\n", 4)
    title = lines[1]
    url = title[title.rfind("](") + 2 : -1] if "](" in title else None
    return lines[4], url


def generated_cases() -> Iterator[Case]:
    corpus = corpus_module()
    rng = random.Random(29)
    for index in range(400):
        dump, _url = corpus.article(rng, index)
        body, url = dump_body(dump)
        yield f"corpus/{index}", body, url
    body, url = dump_body(SAMPLE.read_text(encoding="utf-8"))
    yield "seed", body, url
    for path in sorted((TESTS / "markup").glob("*.html")):
        yield (
            f"markup/{path.name}",
            path.read_text(encoding="utf-8"),
            "https://example.org/a/b.html",
        )
    for path in sorted((TESTS / "fulltext_pages").glob("*.html")):
        html = path.read_text(encoding="utf-8")
        yield f"fulltext/{path.name}", html, "https://news.example.com/2024/story"


def stored_cases() -> Iterator[Case]:
    with lzma.open(INPUTS, "rt", encoding="utf-8") as handle:
        stored: dict[str, list[list[str | None]]] = json.load(handle)
    for group, items in stored.items():
        for index, (body, base) in enumerate(items):
            assert body is not None
            yield f"{group}/{index}", body, base


def all_cases() -> Iterator[Case]:
    yield from generated_cases()
    yield from stored_cases()


def digest(body: str, base: str | None) -> str:
    """sha256 over everything cleaning returns, and the text rules on input and output."""
    from reader.core.content.cleaning import clean_article, html_to_text

    cleaned = clean_article(body, base)
    record = [
        cleaned.html,
        cleaned.text,
        list(cleaned.images),
        html_to_text(body),
        html_to_text(cleaned.html),
    ]
    blob = json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return hashlib.sha256(blob).hexdigest()


def main() -> None:
    if "--write" not in sys.argv:
        raise SystemExit(__doc__)
    import reader

    print(f"digests of the code in {Path(reader.__file__).parent}")
    expected = {name: digest(body, base) for name, body, base in all_cases()}
    EXPECTED.write_text(json.dumps(expected, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(expected)} digests written to {EXPECTED}")


if __name__ == "__main__":
    main()
