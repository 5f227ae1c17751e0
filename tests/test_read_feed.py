"""A news feed saved as a file (RSS 2.0, Atom) reads as a page of its items (read/feed.py)."""

from __future__ import annotations

import html

import pytest

from zvitparse.api import parse_document
from zvitparse.errors import ReadError
from zvitparse.read import read_bytes, sniff

_REPORT = ("<p>Соціальні послуги у 2024 році отримали <strong>1&nbsp;318</strong> осіб.</p>"
           "<table><tr><td>Послуга</td><td>Отримувачів</td></tr><tr><td>Догляд вдома</td><td>164</td></tr>"
           "<tr><td>Консультування</td><td>412</td></tr><tr><td>Разом</td><td>576</td></tr></table>")
_NEWS = "<p>КП замінило 1,2 км мереж водогону; без води залишалися 214 абонентів.</p>"


def _rss(body: str, wrap: str) -> bytes:
    def content(markup: str) -> str:
        return f"<![CDATA[{markup}]]>" if wrap == "cdata" else html.escape(markup)

    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Ренійська міська рада</title>'
            "<link>https://reni.example.ua</link>"
            "<item><title>Заміна водогону</title><pubDate>Mon, 13 Jan 2025 16:02:00 +0200</pubDate>"
            f"<description>{content(_NEWS)}</description></item>"
            "<item><title>Звіт ЦНСП за 2024 рік</title><pubDate>Tue, 14 Jan 2025 09:12:00 +0200</pubDate>"
            f"<description>{content('<p>Центр надав послуги 1&nbsp;318 мешканцям…</p>')}</description>"
            f"<content:encoded>{content(body)}</content:encoded></item></channel></rss>").encode()


def _atom(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Ренійська міська рада</title><entry><title>Звіт ЦНСП за 2024 рік</title>"
            f"<published>2025-01-14T09:12:00+02:00</published><content type=\"html\">{html.escape(body)}</content>"
            "</entry></feed>").encode()


@pytest.mark.parametrize("data", [_rss(_REPORT, "cdata"), _rss(_REPORT, "escaped"), _atom(_REPORT)],
                         ids=["rss-cdata", "rss-escaped", "atom"])
def test_items_read_as_a_page(data: bytes) -> None:
    assert sniff(data) == "rss"
    doc = read_bytes(data, "feed.xml")
    assert doc.format in ("rss", "atom")
    assert "отримали 1 318 осіб" in doc.text and "14.01.2025" in doc.text
    assert "<" not in doc.text and "&nbsp;" not in doc.text and "CDATA" not in doc.text
    table = next(b for b in doc.blocks if b.kind == "table")
    assert [c.text for c in table.rows[1]] == ["Догляд вдома", "164"]
    assert doc.text.count("1 318") == 1  # the teaser repeats the content's opening: read once


def test_the_report_s_figures_are_found_among_the_news() -> None:
    report = parse_document(read_bytes(_rss(_REPORT, "cdata"), "feed.xml"))
    got = {(f.indicator, f.value) for f in report.facts}
    assert {("served", 1318), ("served", 164), ("served", 412)} <= got
    assert ("served", 214) not in got


@pytest.mark.parametrize("data, reason", [
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "no items"),
])
def test_a_feed_without_items_says_so(data: bytes, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        read_bytes(data, "feed.xml")


def test_other_xml_is_not_a_feed() -> None:
    assert sniff('<?xml version="1.0"?><catalog><book>12 сімей</book></catalog>'.encode()) != "rss"
