"""A news feed saved as a file (RSS 2.0 from a site's `/rss` or `/feed/`, Atom, RSS 1.0): each
item's title, date and content, the content being HTML the site escaped into the feed. Read as
one page of those items, so that the report among them reads as it does on the site."""

from __future__ import annotations

import html

import regex
from lxml import etree

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.read.page import printed_date, read_page

_FEED = regex.compile(rb"^\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*)*"
                      rb"<(?:rss|feed|rdf:RDF)[\s>]", regex.S)
# the item's full text before its summary: an excerpt repeats the text's opening
_CONTENT = ("encoded", "content", "description", "summary")
_ITEMS = ("item", "entry")


def is_feed(head: bytes) -> bool:
    return bool(_FEED.match(head))


def _local(el: etree._Element) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1].split(":")[-1]


def _child(item: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in item if _local(c) == name), None)


def _markup(el: etree._Element) -> str:
    """The HTML an element holds: escaped or CDATA text, or XHTML children (Atom's type="xhtml")."""
    inner = "".join(etree.tostring(c, encoding="unicode", with_tail=True) for c in el)
    return (el.text or "") + inner if inner else el.text or ""


def _item_html(item: etree._Element) -> str:
    title = _child(item, "title")
    when = next((c for c in item if _local(c) in ("pubDate", "published", "updated", "date")), None)
    body = next((c for name in _CONTENT if (c := _child(item, name)) is not None and _markup(c).strip()), None)
    parts = ['<div class="feed-item">']
    if title is not None and "".join(title.itertext()).strip():
        parts.append(f"<h2>{html.escape(''.join(title.itertext()).strip())}</h2>")
    if when is not None and (day := printed_date(when.text or "")):
        parts.append(f"<p>{day}</p>")
    if body is not None:
        parts.append(_markup(body))
    parts.append("</div>")
    return "".join(parts)


def read_feed(data: bytes, source: str) -> Document:
    """Read a feed's items as one page: title, date and content of each."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, remove_comments=True,
                             remove_pis=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ReadError(source, f"a news feed (RSS/Atom) that is not well-formed XML: {exc}") from exc
    if root is None:
        raise ReadError(source, "a news feed (RSS/Atom) with nothing in it")
    items = [el for el in root.iter() if _local(el) in _ITEMS]
    if not items:
        raise ReadError(source, "a news feed (RSS/Atom) with no items")
    channel = next((el for el in root.iter() if _local(el) in ("channel", "feed")), root)
    name = _child(channel, "title")
    site = "".join(name.itertext()).strip() if name is not None else ""
    kind = "atom" if _local(root) == "feed" else "rss"
    return read_page("".join(_item_html(i) for i in items), source, kind,
                     encoding=(root.getroottree().docinfo.encoding or "utf-8").lower(), site=site)
