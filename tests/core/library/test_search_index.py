"""The FTS5 rewrite of CJK runs must never change: the index is contentless."""

from __future__ import annotations

import importlib
import itertools
import re
import unicodedata
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.library.search.index import index_text

_RUN = re.compile(
    "([\u3005\u3006\u3007\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u3100-\u312f\u3130-\u318f"
    "\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\uff66-\uff9f\uffa0-\uffdc\U00020000-\U0003134f\u1100-\u11ff]+)"
)


# "一" is U+4E00 and "ᄀ" U+1100: code units ending in zeros sit next to the
# NUL that joins runs, and must not be taken for it.
CJK_ALPHABET = "李强和气候한국어ｱｲ\u3005一ᄀ\u3400\U00020000\U0002a6d6"


def _spelled(char: str) -> str:
    point = ord(char)
    return format(point, "04x") if point < 0x10000 else "z" + format(point, "05x")


def reference(text: str) -> list[str]:
    """The tokens, one pair at a time: each bigram, then the run's last character."""
    text = unicodedata.normalize("NFC", text)
    parts = _RUN.split(text)
    for i in range(1, len(parts), 2):
        run = parts[i]
        bigrams = ["q" + _spelled(a) + _spelled(b) for a, b in itertools.pairwise(run)]
        parts[i] = " " + " ".join([*bigrams, "q" + _spelled(run[-1])]) + " "
    return "".join(parts).split()


def test_index_text_examples() -> None:
    assert index_text("李强和").split() == ["q674e5f3a", "q5f3a548c", "q548c"]
    assert index_text("李").split() == ["q674e"]
    assert index_text("a 李强 b").split() == ["a", "q674e5f3a", "q5f3a", "b"]
    assert index_text("x李y强和z").split() == ["x", "q674e", "y", "q5f3a548c", "q548c", "z"]
    assert index_text("一\u1100一").split() == ["q4e001100", "q11004e00", "q4e00"]
    long = "气候合作可以重新定义美中关系"
    assert index_text(long).split() == reference(long)
    assert index_text("\U00020000\U00020001" * 10).split() == reference("\U00020000\U00020001" * 10)
    assert index_text("no CJK at all, é") == "no CJK at all, é"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=CJK_ALPHABET, min_size=1, max_size=40),
            st.text(alphabet="abc é\u0301 .,\n\0", max_size=6),
        ),
        max_size=12,
    )
)
def test_index_text_matches_the_reference(parts: list[str]) -> None:
    text = "".join(parts)
    assert index_text(text).split() == reference(text)


def _folding() -> ModuleType:
    """The folding module, where it is: beside search.py, or inside the search package."""
    for name in ("reader.core.library.search.folding", "reader.core.library.folding"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError("reader's folding module")


# Simplified text (GB2312 writes it: the fast path), the characters GB2312 also
# writes that fold anyway, Traditional, and what GB2312 refuses (kana, Hangul).
FOLD_ALPHABET = "记者中国气候乾後於麽夥記臺灣見ｱ한\u3000Ａ１ a\0"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=FOLD_ALPHABET, max_size=40))
def test_fold_han_is_the_translation_table(text: str) -> None:
    folding = _folding()
    assert folding.fold_han(text) == text.translate(folding._han_table())


def test_fold_han_examples() -> None:
    fold_han = _folding().fold_han
    assert fold_han("记者在台湾") == "记者在台湾"
    assert fold_han("記者在臺灣") == "记者在台湾"
    assert fold_han("乾杯之後") == "干杯之后"  # in GB2312, and they fold all the same
