"""Cleaning gives what it gave before it was made faster (issue 29), byte for byte.

The digests in ``data/cleaning_expected.json`` were written by main's code
before that work (see ``cleaning_cases.py`` for the corpus and how to write
them); a change in any article's html, text, images or the text rules shows
here with the article's name.
"""

from __future__ import annotations

import json

import pytest

from tests.core.content.cleaning_cases import (
    EXPECTED,
    SAMPLE,
    digest,
    generated_cases,
    stored_cases,
)


def _check(cases: list[tuple[str, str, str | None]]) -> None:
    expected: dict[str, str] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    changed = [name for name, body, base in cases if digest(body, base) != expected[name]]
    assert not changed, f"{len(changed)} of {len(cases)} cleaned differently: {changed[:20]}"


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs ../shared (corpus tool and sample dump)")
def test_generated_corpus_seed_and_markup_clean_as_before() -> None:
    cases = list(generated_cases())
    assert len(cases) > 400
    _check(cases)


def test_feed_bodies_and_recorded_bodies_clean_as_before() -> None:
    cases = list(stored_cases())
    assert len(cases) > 2000
    _check(cases)
