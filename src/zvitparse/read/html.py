"""Web pages: the main content only, as paragraphs, headings, list items and tables.

The encoding is the `<meta charset>` (found with beautifulsoup4's detector) unless the bytes
contradict it; parsing is lxml's HTML parser with the network off and no entity expansion
(an XML internal subset — «billion laughs» — is cut out before parsing). The tree is walked
iteratively (`iterwalk`), so depth costs no recursion; libxml2 itself stops at 256 levels, and
a page that deep is re-read with its container tags flattened.
"""

from __future__ import annotations

import logging
import re

import regex
from bs4.dammit import EncodingDetector
from lxml import etree
from lxml import html as lxml_html

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.normalize import superscript
from zvitparse.read import limits
from zvitparse.read.assemble import Assembly, RawBlock, RawCell, assemble
from zvitparse.read.encoding import decode_text
from zvitparse.read.furniture import is_furniture
from zvitparse.read.html_clean import (
    drop_mobile_copies,
    main_content,
    read_bars,
    reveal_counters,
    strip_furniture,
)
from zvitparse.read.html_table import (
    aria_tables,
    card_tables,
    div_tables,
    is_data_table,
    sheet_blocks,
    table_rows,
    text_of,
)
from zvitparse.read.txt import blocks_from_text

log = logging.getLogger(__name__)

BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "body", "blockquote", "address", "figure", "figcaption",
    "center", "dl", "dt", "dd", "ul", "ol", "form", "fieldset", "caption", "tr", "td", "th", "thead",
    "tbody", "tfoot", "hr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "table",
    "details", "summary", "legend",
}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A block mostly made of link text is navigation, unless it is long.
LINK_BLOCK_SHARE = 0.7
LINK_BLOCK_MAX_CHARS = 300

_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]{0,200}\?>", regex.I)
# only in the prolog (anchored: one attempt, linear time)
_INTERNAL_SUBSET = regex.compile(r"^\s*<!DOCTYPE[^\[>]{0,500}\[.*?\]\s*>", regex.I | regex.S)
_CONTAINERS = regex.compile(r"</?(?:div|span|section|article|font|center|b|i|u|em|strong|small|big)\b[^>]{0,2000}>",
                            regex.I)


def _decode(data: bytes, warnings: list[str]) -> tuple[str, str]:
    # the whole head: a page's inline scripts may push <meta charset> past the first kilobytes
    declared = EncodingDetector.find_declared_encoding(data[:65536], is_html=True, search_entire_document=True)
    if declared and not declared.lower().replace("-", "").startswith(("utf8", "utf16")):
        try:
            data.decode("utf-8")
            if not data.isascii():
                warnings.append(f"page declares {declared} but is UTF-8; read as UTF-8")
                declared = None
        except UnicodeDecodeError:
            pass
    if declared and declared.lower().replace("-", "") == "utf8":
        declared = None  # strict UTF-8 is tried first anyway; a false claim falls to detection
    return decode_text(data, declared)


def _parse(text: str, source: str, warnings: list[str]) -> lxml_html.HtmlElement:
    text = _XML_DECL.sub("", text, count=1)
    text = _INTERNAL_SUBSET.sub("", text[:100_000], count=1) + text[100_000:]
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                                  huge_tree=True, default_doctype=False)
    root = lxml_html.document_fromstring(text, parser=parser)
    if any("depth" in e.message.lower() for e in parser.error_log):
        warnings.append("elements nested deeper than the parser allows; read with containers flattened")
        parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                                      huge_tree=True, default_doctype=False)
        root = lxml_html.document_fromstring(_CONTAINERS.sub("\n", text), parser=parser)
        if any("depth" in e.message.lower() for e in parser.error_log):
            raise ReadError(source, "HTML nested too deeply to read")
    return root


_SOURCE_SPACE = re.compile(r"[ \t\r\n\f]+")
# a value a CMS puts in a block of its own after its label: «38», «1 234,5 тис. грн», «94,2 %»
_SHORT_VALUE = re.compile(r"\s*\d[\d\s\u00a0.,]*(?:\s*(?:%|[^\W\d_]{1,6}\.?)){0,2}\s*")


class _Walker:
    """Collect blocks from a cleaned element tree in reading order."""

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.buf: list[tuple[str, bool]] = []  # (text, inside a link)
        self.kinds: list[tuple[str, int | None]] = [("paragraph", None)]
        self.tags: list[str | None] = [None]  # the block elements open, innermost last
        self.links = 0
        self.skipped: lxml_html.HtmlElement | None = None  # the element whose subtree was skipped

    def add(self, text: str | None, boundary: bool = False) -> None:
        if text:
            # the page source's line breaks are spaces, as a browser shows them; only <br> breaks
            # a line («звернулися<br>\n1 036 осіб» is one paragraph, not two)
            text = _SOURCE_SPACE.sub(" ", text)
            if boundary and self.buf and self.buf[-1][0][-1:].isalpha() and text[:1].isdigit():
                text = " " + text  # «<span>Кількість учасників</span><span>236</span>»: two cells
            self.buf.append((text, self.links > 0))

    def flush(self) -> None:
        if not self.buf:
            return
        text = "".join(t for t, _ in self.buf)
        linked = sum(len(t.strip()) for t, inlink in self.buf if inlink)
        self.buf = []
        stripped = text.strip()
        if not stripped:
            return
        if linked:
            n = len("".join(stripped.split()))
            if n <= LINK_BLOCK_MAX_CHARS and linked >= LINK_BLOCK_SHARE * n:
                return  # a link or a row of links: navigation or other news
        kind, level = self.kinds[-1]
        # old pages separate paragraphs by <br><br> only: a blank line splits the block
        for part in _BLANK_LINE.split(text) if "\n" in text else (text,):
            if part.strip() and not is_furniture(part, "html"):
                self.blocks.append(RawBlock(kind, part, level=level, tag=self.tags[-1]))  # type: ignore[arg-type]

    def walk(self, root: lxml_html.HtmlElement) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, el in walker:
            tag = el.tag if isinstance(el.tag, str) else ""
            if event == "start":
                if tag == "br":
                    self.buf.append(("\n", self.links > 0))
                elif tag == "a":
                    self.links += 1
                elif tag == "pre":
                    self.flush()
                    self.blocks.extend(blocks_from_text(el.text_content()))
                    self.skipped = el
                    walker.skip_subtree()
                    continue
                elif tag == "table" and is_data_table(el):
                    self.flush()
                    # its <caption> names it, and often the unit of its figures («…, тис. грн»)
                    caption = next((" ".join(c.text_content().split()) for c in el if c.tag == "caption"), "")
                    if caption:
                        self.blocks.append(RawBlock("paragraph", caption))
                    rows = table_rows(el)
                    self.blocks.extend(sheet_blocks(rows) or [RawBlock("table", rows=rows)])
                    self.skipped = el
                    walker.skip_subtree()
                    continue
                elif tag in BLOCK_TAGS:
                    self.flush()
                    if tag in HEADINGS:
                        self.kinds.append(("heading", HEADINGS[tag]))
                    elif tag == "li":
                        self.kinds.append(("list_item", None))
                    else:
                        self.kinds.append((self.kinds[-1][0] if tag in ("p", "div", "span") else "paragraph",
                                           self.kinds[-1][1]))
                    self.tags.append(tag)
                self.add(el.text, boundary=True)
            else:
                if el is self.skipped:
                    self.skipped = None
                elif tag == "a":
                    self.links -= 1
                elif tag in BLOCK_TAGS:
                    self.flush()
                    if len(self.kinds) > 1:
                        self.kinds.pop()
                    if len(self.tags) > 1:
                        self.tags.pop()
                self.add(el.tail)
        self.flush()


def read_html(data: bytes, source: str) -> Document:
    """Read a web page; site furniture is dropped, tables are kept as cell grids."""
    if len(data) > limits.MAX_HTML_BYTES:
        raise ReadError(source, f"HTML page too large (limit {limits.MAX_HTML_BYTES // limits.MB} MB)")
    if data.count(b"<") > limits.MAX_HTML_TAGS:
        raise ReadError(source, f"HTML page has too many tags (limit {limits.MAX_HTML_TAGS})")
    warnings: list[str] = []
    text, enc = _decode(data, warnings)
    root = _parse(text, source, warnings)
    body = root.find("body")
    if body is None:
        body = root
    site = _site_name(root, body)
    drop_mobile_copies(body)
    reveal_counters(body)
    read_bars(body)
    aria_tables(body)
    card_tables(body)
    div_tables(body)
    strip_furniture(body)
    _raise_marks(body)
    content, title = main_content(body)
    w = _Walker()
    if title is not None:
        w.blocks.append(RawBlock("heading", text_of(title), level=1))
    w.walk(content)
    return assemble(_join_values(w.blocks), source, Assembly("html", encoding=enc, warnings=warnings, site=site))


_MARK = re.compile(r"\s*\[?([\d*]{1,3})\]?\)?\s*")


def _raise_marks(body: lxml_html.HtmlElement) -> None:
    """«сімей<sup>4</sup>», a wiki's «особа<sup><a href="#cite_note-8">[8]</a></sup>»: a footnote
    mark in superscript digits, joined to its word (read as text it was a figure of its own,
    «сімей 4»)."""
    for sup in list(body.iter("sup")):
        text = sup.text_content()
        m = _MARK.fullmatch(text)
        if m and (len(sup) == 0 or (len(sup) == 1 and sup[0].tag == "a" and not (sup.text or "").strip())):
            for child in list(sup):
                sup.remove(child)
            sup.text = superscript(m.group(1)) + (")" if text.strip().endswith(")") else "")
            sup.drop_tag()


_BARE_FIGURE = re.compile(r"(?:\d{1,3}(?:[\s\u00a0]\d{3})*|\d{4,7})(?:[,.]\d+)?\s*[%+]?")


def _join_values(blocks: list[RawBlock]) -> list[RawBlock]:
    """A block that is only a value goes on the line of the label it belongs to: «<strong>Прийомних
    сімей:</strong> <div class="val">6</div>», «<li>Взято під соціальний супровід:</li><li
    class="val">9</li>», «<dt>Штатних посад</dt><dd>14</dd>»."""
    out: list[RawBlock] = []
    # index in `out` → (label, value, the value's own block when it was not joined to the label)
    pairs: dict[int, tuple[str, str, RawBlock | None]] = {}
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and b.kind != "table" and prev.kind in ("paragraph", "list_item") and b.text
                and prev.text and _SHORT_VALUE.fullmatch(b.text)
                and (prev.text.rstrip().endswith(":") or (prev.tag == "dt" and b.tag == "dd"))):
            pairs[len(out) - 1] = (prev.text.strip(), b.text.strip(), None)
            prev.text = f"{prev.text.rstrip()} {b.text.strip()}"
            continue
        if (prev is not None and b.kind in ("paragraph", "list_item") and prev.kind in ("paragraph", "heading")
                and b.text and prev.text and _BARE_FIGURE.fullmatch(prev.text.strip()) and b.text.strip()[:1].islower()):
            # a card's figure and its caption in elements of their own («<div class="value">37</div>
            # <div class="text">сімей у складних життєвих обставинах</div>», «<h2>301</h2><p>сім'я
            # звернулася …</p>»): one line, no heading
            prev.text, prev.kind, prev.level = f"{prev.text.strip()} {b.text.strip()}", "paragraph", None
            continue
        if prev is not None and prev.tag == "dt" and b.tag == "dd" and b.text and prev.text \
                and len(out) - 1 not in pairs:
            pairs[len(out) - 1] = (prev.text.strip(), b.text.strip(), b)  # «Загальна оцінка якості | добре»
            continue
        out.append(b)
    return _pair_tables(out, pairs)


# this many label–value pairs in a row make a table of them
MIN_PAIRS = 3


def _pair_tables(blocks: list[RawBlock], pairs: dict[int, tuple[str, str, RawBlock | None]]) -> list[RawBlock]:
    """A run of label–value pairs («Догляд вдома: 214», «Денний догляд: 36», …: a provider's
    card of divs or a <dl>) is a two-column table, as a table of indicators would state them;
    a pair alone stays as it was."""
    out: list[RawBlock] = []
    i = 0
    while i < len(blocks):
        j = i
        # (list items keep their nesting: «з них …» under the item above is read as prose)
        while j in pairs and blocks[j].page == blocks[i].page and blocks[j].kind == "paragraph":
            j += 1
        if j - i >= MIN_PAIRS:
            out.append(RawBlock("table", page=blocks[i].page, headless=True,
                                rows=[[RawCell(pairs[k][0], 0), RawCell(pairs[k][1], 1)] for k in range(i, j)]))
            i = j
            continue
        out.append(blocks[i])
        if i in pairs and pairs[i][2] is not None:
            out.append(pairs[i][2])
        i += 1
    return out


def _site_name(root: lxml_html.HtmlElement, body: lxml_html.HtmlElement) -> str:
    """The page's header and <title> text, for metadata only (both are furniture)."""
    parts = []
    head_title = root.find(".//title")
    if head_title is not None:
        parts.append(head_title.text_content())
    header = body.find(".//header")
    if header is not None:
        parts.append(header.text_content())
    return " ".join(" ".join(parts).split())[:500]
