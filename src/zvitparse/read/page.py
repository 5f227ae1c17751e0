"""A page made of what another format holds (a feed's items, an API's posts, a letter's body),
read by the HTML reader; and dates printed as such a page prints them."""

from __future__ import annotations

from dataclasses import replace
from email.utils import parsedate_to_datetime
from html import escape

import regex

from zvitparse.model import Document
from zvitparse.read.html import read_html

_ISO_DATE = regex.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def printed_date(value: str, with_time: bool = False) -> str:
    """«Tue, 14 Jan 2025 09:12:00 +0200» (RFC 822) or «2025-01-14T09:12:00Z» (ISO) as
    «14.01.2025» (or «14.01.2025 09:12»); «» for anything else."""
    m = _ISO_DATE.match(value)
    if m:
        day = f"{m.group(3)}.{m.group(2)}.{m.group(1)}"
        return f"{day} {m.group(4)}:{m.group(5)}" if with_time and m.group(4) else day
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return ""
    return when.strftime("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y")


def read_page(body: str, source: str, fmt: str, *, encoding: str = "utf-8", site: str = "") -> Document:
    """Read `body` (HTML) as a page, the document keeping the format it came from; `site` is the
    site's name, printed in the page's header (furniture, as on the site)."""
    head = f'<header><div class="site-name">{escape(site)}</div></header>' if site else ""
    page = (f'<html><head><meta charset="utf-8"><title>{escape(site)}</title></head><body>'
            f"{head}{body}</body></html>")
    return replace(read_html(page.encode("utf-8"), source), format=fmt, encoding=encoding)
