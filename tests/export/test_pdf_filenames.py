"""File names for exported articles: valid on Windows, macOS and Linux whatever the title."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from reader.core.dumps.filenames import MAX_NAME_BYTES, safe_filename, unique_path

RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
RESERVED |= {f"LPT{n}" for n in range(1, 10)}


def assert_portable(name: str) -> None:
    assert name.endswith(".pdf")
    stem = name[: -len(".pdf")]
    assert stem and stem.strip(" .")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert not set('<>:"/\\|?*') & set(name)
    for char in name:
        assert unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Zl", "Zp"), repr(char)
    assert stem[-1] not in " ." and stem[0] not in " .-"
    assert stem.split(".")[0].strip().upper() not in RESERVED
    assert name == unicodedata.normalize("NFC", name)


@given(st.text(max_size=400), st.none() | st.datetimes(timezones=st.just(UTC)))
def test_any_title_gives_a_portable_name(title, published):
    assert_portable(safe_filename(title, published))


@given(st.sampled_from(sorted(RESERVED)), st.sampled_from(["", ".txt", " ", ".", " .x"]))
def test_reserved_windows_names_are_avoided(name, tail):
    for variant in (name, name.lower(), name.title()):
        result = safe_filename(variant + tail)
        assert_portable(result)


def test_names_read_well():
    day = datetime(2023, 7, 18, 13, 15, tzinfo=UTC)
    assert safe_filename("克里与李强和王毅会面 盼重新定义美中关系", day) == (
        "2023-07-18 克里与李强和王毅会面 盼重新定义美中关系.pdf"
    )
    assert safe_filename('Who said "no"? A/B: 50% <fast>', day) == (
        "2023-07-18 Who said no A B 50% fast.pdf"
    )
    assert safe_filename("   ...   ") == "article.pdf"
    assert safe_filename("gpj.\u202eexe") == "gpj. exe.pdf"
    assert safe_filename("con") == "_con.pdf"
    long = safe_filename("é" * 500, day)
    assert len(long.encode()) <= MAX_NAME_BYTES and long.startswith("2023-07-18 éé")


def test_unique_path_numbers_collisions(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"")
    assert unique_path(tmp_path, "a.pdf").name == "a (2).pdf"
    assert unique_path(tmp_path, "b.pdf", {"B.PDF"}).name == "b (2).pdf"
    assert unique_path(tmp_path, "c.pdf").name == "c.pdf"
