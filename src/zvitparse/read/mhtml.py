"""MIME messages saved as files: a browser's single-file web archive (`.mht`, `.mhtml`:
«Веб-архів, один файл» of Edge, Chrome, old Internet Explorer), whose HTML part is the page beside
its styles and images; and an e-mail (`.eml`, as Thunderbird or Outlook saves a letter), whose
body is the report, in quoted-printable or base64, in plain text, HTML or both."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from email.message import EmailMessage, Message
from html import escape

import regex

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.read.html import read_html
from zvitparse.read.page import printed_date, read_page
from zvitparse.read.txt import read_txt

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
    return b"mime-version:" in block and b"content-type:" in block and (
        b"multipart/" in block or b"text/html" in block or b"text/plain" in block)


def _is_archive(msg: Message) -> bool:
    return bool(msg.get("Snapshot-Content-Location")) or msg.get_content_type() == "multipart/related"


def _page_part(msg: Message) -> Message | None:
    """The archived page: the part at the snapshot's own address, else the first HTML part."""
    where = (msg.get("Snapshot-Content-Location") or "").strip()
    pages = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    return next((p for p in pages if where and (p.get("Content-Location") or "").strip() == where),
                pages[0] if pages else None)


def _html_bytes(part: Message) -> bytes:
    page = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    if charset and b"charset" not in page[:65536].lower():
        # the part's header names the page's encoding; the page itself may not
        page = b'<meta charset="' + charset.encode("ascii", "ignore") + b'">' + page
    return page


def read_mhtml(data: bytes, source: str) -> Document:
    """Read the page a web archive holds (its styles and images left aside), or the letter an
    e-mail is."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if not _is_archive(msg):
        return _read_letter(msg, source)
    part = _page_part(msg)
    if part is None:
        raise ReadError(source, "a web archive (MHT) with no web page in it")
    return replace(read_html(_html_bytes(part), source), format="mhtml")


def _read_letter(msg: EmailMessage, source: str) -> Document:
    """A letter as a mail client shows it: subject, sender, date and addressees, then the body
    (its plain text, or its HTML when that holds a table or there is no plain text), then the
    names of its attachments."""
    head = [f"Тема: {msg['Subject'] or ''}", f"Від: {msg['From'] or ''}"]
    if when := printed_date(str(msg["Date"] or ""), with_time=True):
        head.append(f"Дата: {when}")
    head.append(f"Кому: {msg['To'] or ''}")
    if msg["Cc"]:
        head.append(f"Копія: {msg['Cc']}")
    plain = msg.get_body(preferencelist=("plain",))
    rich = msg.get_body(preferencelist=("html",))
    html_text = rich.get_content() if rich is not None else ""
    attachments = [f"Вкладення: {p.get_filename()}" for p in msg.iter_attachments() if p.get_filename()]
    if rich is not None and (plain is None or "<table" in html_text.lower()):
        tail = "".join(f"<p>{escape(a)}</p>" for a in attachments)
        letter_head = '<div class="letter-head"><p>' + "<br>".join(escape(h) for h in head) + "</p></div>"
        return read_page(letter_head + html_text + tail, source, "eml")
    if plain is None:
        raise ReadError(source, "an e-mail with no text in it (only attachments?)")
    body = plain.get_content().replace("\r\n", "\n").rstrip("\n")
    text = "\n".join(head) + "\n\n" + body + "\n" + "".join(f"\n{a}" for a in attachments) + "\n"
    return replace(read_txt(text.encode("utf-8"), source), format="eml")
