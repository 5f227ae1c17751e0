"""Tell a file's format by its content (magic bytes, markup), never by its extension."""

from __future__ import annotations

import io
import zipfile

import regex

from zvitparse.read.feed import is_feed
from zvitparse.read.json_page import is_json
from zvitparse.read.mhtml import is_mhtml

# The first markup a web page starts with, after optional BOM, whitespace and comments.
_HTML_START = regex.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|h[1-6]|span|article|section|br|ul|link|script|style)[\s>/]",
    regex.I | regex.S,
)
_HTML_ANYWHERE = regex.compile(rb"<(?:html|body)[\s>]|<!doctype\s+html", regex.I)

SNIFF_BYTES = 4096


def _head_as_ascii(data: bytes) -> bytes:
    """The file's head with UTF-16 turned into bytes markup can be matched on."""
    head = data[: SNIFF_BYTES * 2]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        return head[2:].decode(enc, errors="ignore").encode("utf-8", errors="ignore")
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    return head


def sniff(data: bytes) -> str:
    """Format id of `data`: one of the reader ids (`pdf`, `docx`, `odt`, `rtf`, `html`, `mhtml`, `rss`, `json`,
    `txt`) or what it is instead (`empty`, `zip`, `badzip`, `doc`, `image`, `xlsx`, `pptx`, `gzip`)."""
    if not data.strip():
        return "empty"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "image"
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    head = _head_as_ascii(data)
    if is_mhtml(head):
        return "mhtml"
    if is_feed(head):
        return "rss"
    if is_json(head):
        return "json"
    if _HTML_START.match(head) or _HTML_ANYWHERE.search(head[:SNIFF_BYTES]):
        return "html"
    return "txt"


def _zip_kind(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError, EOFError):  # (a damaged header)
        return "docx" if b"word/" in data[:4096] else "badzip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if "content.xml" in names:
        return "odt"
    return "zip"
