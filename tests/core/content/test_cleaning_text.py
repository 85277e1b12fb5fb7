"""The plain text of cleaned markup, against a tree walk that is plainly right.

``plaintext.markup_text`` reads text off serialized markup with regexes, for speed.
The reference here is the XSLT walk it replaced, which reads the tree:
whatever markup libxml2 makes of odd input, both must agree.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from reader.core.content import cleaning, htmltree, plaintext

_REFERENCE_XSLT = f"""\
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="{"|".join(plaintext.TEXT_BLOCKS)}">
    <xsl:text>&#xFDD0;</xsl:text>
    <xsl:apply-templates/>
    <xsl:text>&#xFDD0;</xsl:text>
  </xsl:template>
  <xsl:template match="br">
    <xsl:text>&#xFDD1;</xsl:text>
  </xsl:template>
  <xsl:template match="td|th">
    <xsl:apply-templates/>
    <xsl:text> </xsl:text>
  </xsl:template>
</xsl:stylesheet>"""
_reference = etree.XSLT(etree.XML(_REFERENCE_XSLT))

_TAGS = [
    "p", "P", "div", "span", "a", "b", "td", "TD", "th", "tr", "table", "br", "Br", "hr",
    "img", "pre", "li", "ul", "h1", "font", "custom-el", "section", "form", "center", "dir",
    "x", "a<p", "p<br", "td<", "b&amp;", 'p"q', "br/", "p\u3000x", "p\xa0",
]  # fmt: skip
_ATTRIBUTES = [
    "", ' title="a>b"', " alt='<p>'", ' class="x"', ' href="http://a/?a=1&b=<2>"',
    ' data-x=">"', ' a"b', " x'=1", " <p", " p>", ' =">"',
]  # fmt: skip
_TEXT = st.text(alphabet=list("ab &<>;#xlgtampnbsp\xa0\u3000\n\t中文'\"=/"), max_size=12)


@st.composite
def _fragment(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 3 and draw(st.booleans()):
            tag = draw(st.sampled_from(_TAGS))
            inner = draw(_fragment(depth + 1))
            parts.append(f"<{tag}{draw(st.sampled_from(_ATTRIBUTES))}>{inner}</{tag}>")
        else:
            parts.append(draw(_TEXT))
    return "".join(parts)


def _both(html: str) -> tuple[str, str] | None:
    data = htmltree.body_bytes(html)
    body = None if data is None else htmltree.parse_body(data)
    if data is None or body is None:
        return None
    cleaning._remove_killed(body, data)
    expected = plaintext.fold(bytes(_reference(body)).decode("utf-8"))
    return expected, plaintext.markup_text(htmltree.serialize_children(body))


@settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
@given(_fragment())
def test_markup_text_matches_the_tree_walk(html):
    both = _both(html)
    if both is not None:
        assert both[1] == both[0]


def test_odd_tag_names_and_escaped_text():
    for html in (
        "<a<p>x</p>y",  # an element named "a<p"
        ";<p\xa0<p>;</p>",  # a name ending in a no-break space is not "p"
        "<p>a &lt;b&gt; &amp;lt; c</p><p>d</p>",
        "<table><tr><td>1</td><td>2</td></tr></table>after",
        "line<br>next<br/>last",
    ):
        both = _both(html)
        assert both is not None and both[1] == both[0], html
