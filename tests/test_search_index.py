"""The FTS5 rewrite of CJK runs must never change: the index is contentless."""

from __future__ import annotations

import re
import unicodedata
from operator import add

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.search import index_text

_RUN = re.compile(
    "([\u3005\u3006\u3007\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3100-\u312f\u3130-\u318f"
    "\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\uff66-\uff9f\uffa0-\uffdc\U00020000-\U0003134f\u1100-\u11ff]+)"
)


CJK_ALPHABET = "李强和气候한국어ｱｲ\u3005\U00020000\U0002a6d6"


def reference(text: str) -> str:
    """The rewrite as first written: one bigram string per pair."""
    text = unicodedata.normalize("NFC", text)
    parts = _RUN.split(text)
    for i in range(1, len(parts), 2):
        run = parts[i]
        parts[i] = " " + " ".join(map(add, run, run[1:])) + " " + run[-1] + " "
    return "".join(parts)


def test_index_text_examples() -> None:
    assert index_text("李强和") == " 李强 强和 和 "
    assert index_text("李") == "  李 "
    assert index_text("a 李强 b") == "a  李强 强  b"
    long = "气候合作可以重新定义美中关系"
    assert index_text(long) == reference(long)
    assert index_text("\U00020000\U00020001" * 10) == reference("\U00020000\U00020001" * 10)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=CJK_ALPHABET, min_size=1, max_size=40),
            st.text(alphabet="abc é\u0301 .,\n", max_size=6),
        ),
        max_size=12,
    )
)
def test_index_text_matches_the_reference(parts: list[str]) -> None:
    text = "".join(parts)
    assert index_text(text) == reference(text)
