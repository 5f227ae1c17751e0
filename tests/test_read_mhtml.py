"""A browser's single-file web archive (.mht) reads as the page it holds (read/mhtml.py)."""

from __future__ import annotations

import base64
import quopri

import pytest

from zvitparse.errors import ReadError
from zvitparse.read import read_bytes, sniff

_PAGE = ("<!DOCTYPE html><html><head>{meta}<title>Звіт ТЦСО</title></head><body>"
         "<nav><a href='/'>Головна</a> <a href='/news'>Новини</a></nav>"
         "<article><h1>Звіт про роботу терцентру за 2025 рік</h1>"
         "<p>У 2025 році терцентром обслуговано 1 369 осіб, надано 21 407 послуг догляду вдома.</p>"
         "</article></body></html>")
_BOUNDARY = "----MultipartBoundary--Qm7Vt2Lx9RcHs4Wn0Jy6Pd3Ka8Eu1Bg5Zf----"


def _archive(charset: str, transfer: str, *, meta: bool, part_charset: bool, newline: str = "\n",
             saved_by: str = "<Saved by Blink>") -> bytes:
    page = _PAGE.format(meta=f'<meta charset="{charset}">' if meta else "").encode(charset)
    body = quopri.encodestring(page) if transfer == "quoted-printable" else base64.encodebytes(page)
    ctype = f'text/html; charset="{charset}"' if part_charset else "text/html"
    head = (f"From: {saved_by}\nSnapshot-Content-Location: https://rada.gov.ua/news/1/\n"
            "Subject: =?utf-8?Q?=D0=97=D0=B2=D1=96=D1=82?=\nDate: Tue, 20 Jan 2026 11:47:05 +0200\n"
            f'MIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{_BOUNDARY}"\n\n\n'
            f"--{_BOUNDARY}\nContent-Type: text/css\nContent-Location: https://rada.gov.ua/s.css\n\n"
            "body { color: #333 }\n"
            f"--{_BOUNDARY}\nContent-Type: {ctype}\nContent-Transfer-Encoding: {transfer}\n"
            "Content-Location: https://rada.gov.ua/news/1/\n\n")
    tail = (f"\n--{_BOUNDARY}\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n"
            f"iVBORw0KGgo=\n--{_BOUNDARY}--\n")
    return (head.encode() + body + tail.encode()).replace(b"\n", newline.encode())


@pytest.mark.parametrize("charset", ["utf-8", "windows-1251"])
@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
@pytest.mark.parametrize(("meta", "part_charset"), [(True, False), (False, True), (True, True)])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_the_archived_page_is_read(charset, transfer, meta, part_charset, newline) -> None:
    data = _archive(charset, transfer, meta=meta, part_charset=part_charset, newline=newline)
    assert sniff(data) == "mhtml"
    doc = read_bytes(data, "page.mht")
    assert doc.format == "mhtml"
    assert "обслуговано 1 369 осіб, надано 21 407 послуг" in doc.text
    assert "=D0" not in doc.text and "Головна" not in doc.text and "color" not in doc.text


def test_internet_explorer_s_archive() -> None:
    data = _archive("windows-1251", "quoted-printable", meta=True, part_charset=True,
                    saved_by="<Saved by Windows Internet Explorer 8>")
    assert "1 369 осіб" in read_bytes(data, "page.mht").text


def test_an_archive_without_a_page_says_so() -> None:
    data = (f'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="{_BOUNDARY}"\n\n'
            f"--{_BOUNDARY}\nContent-Type: text/css\n\nbody {{}}\n--{_BOUNDARY}--\n").encode()
    with pytest.raises(ReadError, match="no web page"):
        read_bytes(data, "empty.mht")


@pytest.mark.parametrize("text", [
    "Звіт\nMIME-Version: 1.0\nContent-Type: multipart/related\n\nтекст",  # a report line first
    "Тема: звіт\nДата: 2025\n\nУ 2025 році обслуговано 1 369 осіб.",  # a letter's header, no MIME
])
def test_text_that_only_looks_like_headers_stays_text(text: str) -> None:
    assert sniff(text.encode()) == "txt"


def _letter(html_table: bool, with_plain: bool = True) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = "RE: Інформація за І півріччя 2025 року"
    msg["From"] = "ЦСС Клесівської селищної ради <css@example.ua>"
    msg["To"] = "Відділ моніторингу <monitoring@example.ua>"
    msg["Date"] = "Thu, 3 Jul 2025 16:48:12 +0300"
    plain = "Добрий день!\n\nСоціальними послугами охоплено 624 сім'ї/особи, надано 1537 послуг.\n"
    table = "<table><tr><td>Консультування</td><td>812</td></tr></table>" if html_table else ""
    if with_plain:
        msg.set_content(plain)
        msg.add_alternative(f"<p>Добрий день!</p><p>Соціальними послугами охоплено 624 сім'ї/особи, "
                            f"надано 1537 послуг.</p>{table}", subtype="html")
    else:
        msg.set_content(f"<p>Соціальними послугами охоплено 624 сім'ї/особи.</p>{table}", subtype="html")
    msg.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png", filename="scan.png")
    return msg.as_bytes()


@pytest.mark.parametrize(("html_table", "with_plain"), [(False, True), (True, True), (False, False)])
def test_an_e_mail_reads_as_a_mail_client_shows_it(html_table: bool, with_plain: bool) -> None:
    data = _letter(html_table, with_plain)
    assert sniff(data) == "mhtml"
    doc = read_bytes(data, "letter.eml")
    assert doc.format == "eml"
    assert doc.text.startswith("Тема: RE: Інформація за І півріччя 2025 року\nВід: ЦСС Клесівської")
    assert "Дата: 03.07.2025 16:48" in doc.text and "охоплено 624 сім'ї/особи" in doc.text
    assert "Вкладення: scan.png" in doc.text and "=D0" not in doc.text and "iVBOR" not in doc.text
    assert any(b.kind == "table" for b in doc.blocks) == html_table
