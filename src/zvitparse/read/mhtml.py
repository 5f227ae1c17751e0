"""A browser's single-file web archive (`.mht`, `.mhtml`: «Веб-архів, один файл» of Edge, Chrome,
old Internet Explorer): a MIME message whose HTML part is the page, in quoted-printable or base64,
beside the page's styles and images. Read as that page."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from email.message import Message

import regex

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.read.html import read_html

# the message's header block: «Name: value» lines (a value may go on over indented lines)
_HEADER_LINE = regex.compile(rb"^(?:[!-9;-~]+:[^\r\n]*|[ \t][^\r\n]*)$")
_HEADER_END = regex.compile(rb"\r?\n\r?\n")
_MAX_HEADER = 16384


def is_mhtml(head: bytes) -> bool:
    """A MIME message (headers, a blank line, a body) declaring itself MIME and a web page."""
    end = _HEADER_END.search(head, 0, _MAX_HEADER)
    if end is None:
        return False
    lines = head[: end.start()].lstrip().splitlines()
    if not lines or not all(_HEADER_LINE.match(line) for line in lines):
        return False
    block = head[: end.start()].lower()
    return b"mime-version:" in block and (b"multipart/related" in block or b"text/html" in block)


def _page_part(msg: Message) -> Message | None:
    """The archived page: the part at the snapshot's own address, else the first HTML part."""
    where = (msg.get("Snapshot-Content-Location") or "").strip()
    pages = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    return next((p for p in pages if where and (p.get("Content-Location") or "").strip() == where),
                pages[0] if pages else None)


def read_mhtml(data: bytes, source: str) -> Document:
    """Read the page a web archive holds; its styles and images are left aside."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    part = _page_part(msg)
    if part is None:
        raise ReadError(source, "a web archive (MHT) with no web page in it")
    page = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    if charset and b"charset" not in page[:65536].lower():
        # the part's header names the page's encoding; the page itself may not
        page = b'<meta charset="' + charset.encode("ascii", "ignore") + b'">' + page
    doc = read_html(page, source)
    return replace(doc, format="mhtml")
