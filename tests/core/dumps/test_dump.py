"""The dump parser: every case seed-format.md lists, and garbage."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.dumps.parser import DumpRecord, parse_dump
from reader.core.errors import DumpFormatError
from tests.conftest import SAMPLE_TITLE

RECORD = "<!--1689686101000-->\n[标题 Title](https://example.org/a)\n------\n\n<p>正文 body</p>\n"


def test_sample(sample_path):
    [record] = parse_dump(sample_path.read_bytes())
    assert record.title == SAMPLE_TITLE
    assert record.url.startswith("https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/20230718-")
    assert record.published == datetime(2023, 7, 18, 13, 15, 1, tzinfo=UTC)
    assert record.body.startswith("<div>18/07/2023 - 14:52</div>")
    assert record.body.endswith("</div>")


def test_crlf_bom_and_trailing_blanks():
    data = "\ufeff" + RECORD.replace("\n", "  \r\n")
    [record] = parse_dump(data.encode("utf-8"))
    assert record == DumpRecord(
        "标题 Title",
        "https://example.org/a",
        datetime(2023, 7, 18, 13, 15, 1, tzinfo=UTC),
        "<p>正文 body</p>",
    )


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_gb18030(encoding):
    text = "<!--1689686101000-->\n[克里与李强和王毅会面 盼重新定义美中关系](https://example.org/a)\n---\n\n<p>美国气候特使约翰-克里于周日抵达中国，周一他与中国气候特使谢振华举行4小时会谈。</p>\n"
    [record] = parse_dump(text.encode(encoding))
    assert record.title == "克里与李强和王毅会面 盼重新定义美中关系"
    assert "谢振华" in record.body


def test_big5():
    text = "<!--1689686101000-->\n[克里與李強和王毅會面 盼重新定義美中關係](https://example.org/a)\n------\n\n<p>美國氣候特使約翰-克里於周日抵達中國，周一他與中國氣候特使謝振華舉行4小時會談，中國總理李強表示。</p>\n"
    [record] = parse_dump(text.encode("big5"))
    assert record.title == "克里與李強和王毅會面 盼重新定義美中關係"
    assert "謝振華" in record.body


def test_utf16_with_bom():
    [record] = parse_dump(RECORD.encode("utf-16"))
    assert record.title == "标题 Title"


def test_several_records_and_comments_in_body():
    second = (
        "<!--1689686102000-->\n[Second](https://example.org/b)\n---\n"
        "<!-- an ad slot -->\n<p>two</p>\n<p>lines</p>\n"
    )
    records = parse_dump((RECORD + second).encode())
    assert [r.title for r in records] == ["标题 Title", "Second"]
    assert records[0].body == "<p>正文 body</p>"
    assert records[1].body == "<!-- an ad slot -->\n<p>two</p>\n<p>lines</p>"


def test_brackets_in_titles_and_parentheses_in_urls():
    data = "<!--1-->\n[A [bracketed] (aside) [link](http://x.org/) title](https://en.wikipedia.org/wiki/Foo_(bar))\n------\n\n<p>x</p>"
    [record] = parse_dump(data.encode())
    assert record.title == "A [bracketed] (aside) [link](http://x.org/) title"
    assert record.url == "https://en.wikipedia.org/wiki/Foo_(bar)"


def test_url_with_spaces_and_escaped_title():
    data = "[Escaped \\[x\\]](https://example.org/a b)\n---\n<p>x</p>"
    [record] = parse_dump(data.encode())
    assert record.title == "Escaped [x]"
    assert record.url == "https://example.org/a%20b"


@pytest.mark.parametrize("rule", ["---", "----------------------", "———", "  ------  "])
def test_dash_rules_of_other_lengths(rule):
    [record] = parse_dump(f"<!--1689686101000-->\n[T](https://e.org/)\n{rule}\n\n<p>b</p>".encode())
    assert record.body == "<p>b</p>"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("", None),
        ("<!--not a time-->\n", None),
        ("<!---->\n", None),
        ("<!--1689686101-->\n", datetime(2023, 7, 18, 13, 15, 1, tzinfo=UTC)),
        ("<!--2023-07-18T13:15:01Z-->\n", datetime(2023, 7, 18, 13, 15, 1, tzinfo=UTC)),
        ("<!--99999999999999999999999-->\n", None),
    ],
)
def test_missing_or_odd_timestamps(line, expected):
    [record] = parse_dump(f"{line}[T](https://e.org/)\n---\n\n<p>b</p>".encode())
    assert record.published == expected


def test_empty_body_and_multi_line_body():
    [record] = parse_dump(b"<!--1-->\n[T](https://e.org/)\n---\n")
    assert record.body == ""
    body = "\n".join(f"<p>line {i}</p>" for i in range(50))
    [record] = parse_dump(f"[T](https://e.org/)\n---\n\n{body}\n\n\n".encode())
    assert record.body == body


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "blank"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"Dear editor,\nplease find attached my notes.\n-- \nJo\n", "not a saved article"),
        (b"# A markdown file\n\nSome [link](https://x.org) in text\n", "not a saved article"),
        (bytes(range(128, 256)) * 10, "encoding"),
    ],
)
def test_not_a_dump(data, reason):
    with pytest.raises(DumpFormatError, match=reason):
        parse_dump(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_records_or_a_clear_error(data):
    try:
        records = parse_dump(data)
    except DumpFormatError as exc:
        assert str(exc)
    else:
        assert records and all(isinstance(r, DumpRecord) for r in records)


_lines = st.sampled_from(
    [
        "<!--1689686101000-->",
        "<!--x-->",
        "[T](https://e.org/a)",
        "[a [b] c](http://x/(y))",
        "------",
        "---",
        "",
        "<p>body</p>",
        "[",
        "](",
        "\r",
        "\ufeff",
        "李强",
        "\x00",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_lines, st.text(max_size=30)), max_size=30))
def test_any_dump_like_text_gives_records_or_a_clear_error(lines):
    try:
        records = parse_dump("\n".join(lines).encode("utf-8", "surrogatepass"))
    except DumpFormatError as exc:
        assert str(exc)
    else:
        for record in records:
            assert isinstance(record.title, str) and isinstance(record.body, str)
