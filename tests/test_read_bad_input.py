"""Bad input: each file gives its text or a `ReadError` naming it and the reason — never a
crash, a hang or an unbounded allocation (bounds in `zvitparse.read.limits`)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from zvitparse.errors import ReadError
from zvitparse.read import limits, read_bytes, read_path, sniff

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DATA = Path(__file__).resolve().parent / "data" / "read"
SEED_PDF = CORPUS / "renditions" / "002_3a9d6d8ed56605d0.pdf"
SEED_DOCX = CORPUS / "renditions" / "002_3a9d6d8ed56605d0.docx"
SEED_HTML = CORPUS / "renditions" / "002_3a9d6d8ed56605d0.html"
SEED_TXT = CORPUS / "seeds" / "002_3a9d6d8ed56605d0.txt"
PHRASE = "Сумським міським центром"


def _docx_with(extra: dict[str, bytes] | None = None, document_xml: bytes | None = None) -> bytes:
    """A copy of a real DOCX with parts added or its body replaced."""
    src = zipfile.ZipFile(SEED_DOCX)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if document_xml is not None and info.filename == "word/document.xml":
                data = document_xml
            out.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            out.writestr(name, data)
    return buf.getvalue()


def _zip_bomb() -> bytes:
    """A real DOCX plus a media part of 200 MB of zeros (≈ 200 KB compressed)."""
    buf = io.BytesIO(_docx_with())
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as zf, zf.open("word/media/image1.png", "w") as fh:
        chunk = bytes(8 * limits.MB)
        for _ in range(25):
            fh.write(chunk)
    return buf.getvalue()


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n'
              for i in range(1, 10))
    + "]>\n<html><body><p>&lol9;</p><p>Надано 12 послуг.</p></body></html>"
)
BILLION_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(8))
    + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    + b"<w:p><w:r><w:t>&i;</w:t></w:r></w:p><w:p><w:r><w:t>\xd0\x9d\xd0\xb0\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbe 12"
    + b"</w:t></w:r></w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("empty.txt", lambda: b"", "empty"),
        ("blank.txt", lambda: b" \n\t\r\n  \n", "empty"),
        ("junk.bin", lambda: bytes(range(256)) * 64, "binary"),
        ("encrypted.pdf", lambda: (DATA / "encrypted.pdf").read_bytes(), "encrypted"),
        ("header-only.pdf", lambda: b"%PDF-1.7\n%garbage that is not a PDF\n", "damaged"),
        ("bomb.docx", _zip_bomb, "zip bomb"),
        ("junk.docx", lambda: b"PK\x03\x04" + bytes(range(256)) * 40, "damaged or truncated zip"),
        ("broken.docx", lambda: SEED_DOCX.read_bytes()[:3000], "DOCX"),
        ("old.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), ".doc"),
        ("scan.png", lambda: b"\x89PNG\r\n\x1a\n" + bytes(100), "image"),
        ("sheet.zip", lambda: _zip({"xl/workbook.xml": b"<x/>"}), "spreadsheet"),
        ("plain.zip", lambda: _zip({"a.txt": b"hello"}), "zip archive"),
        ("table-soup.html", lambda: b"<html><body>" + b"<td>1</td>" * 300_000 + b"</body></html>", "too many tags"),
    ],
)
def test_clear_error(name: str, make, reason: str) -> None:
    with pytest.raises(ReadError) as err:
        read_bytes(make(), name)
    assert err.value.source == name
    assert reason.lower() in err.value.reason.lower()
    assert str(err.value).startswith(f"{name}: ")
    assert "\n" not in str(err.value)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for k, v in members.items():
            zf.writestr(k, v)
    return buf.getvalue()


def test_truncated_pdf_gives_text_or_a_clear_error() -> None:
    data = SEED_PDF.read_bytes()
    for cut in (len(data) // 2, len(data) - 200, 1000):
        try:
            doc = read_bytes(data[:cut], "cut.pdf")
        except ReadError as exc:
            assert exc.source == "cut.pdf" and exc.reason
        else:
            assert doc.format == "pdf" and doc.text


def test_pdf_that_is_really_html_is_read_as_html() -> None:
    doc = read_bytes(SEED_HTML.read_bytes(), "report.pdf")
    assert doc.format == "html" and PHRASE in doc.text


def test_docx_that_is_really_text_is_read_as_text() -> None:
    doc = read_bytes(SEED_TXT.read_bytes(), "report.docx")
    assert doc.format == "txt" and PHRASE in doc.text


def test_utf16_text() -> None:
    data = SEED_TXT.read_text(encoding="utf-8").encode("utf-16")
    doc = read_bytes(data, "utf16.txt")
    assert doc.encoding == "utf-16-le" and PHRASE in doc.text


def test_utf16_html_is_sniffed_as_html() -> None:
    data = "<html><body><p>Надано 12 послуг.</p></body></html>".encode("utf-16")
    assert sniff(data) == "html"
    assert read_bytes(data, "p.html").text == "Надано 12 послуг."


def test_forty_megabytes_of_one_line_html() -> None:
    line = "Протягом року 12 сімей отримали послуги. "
    data = ("<html><body><p>" + line * (40 * 10**6 // len(line.encode())) + "</p></body></html>").encode()
    assert len(data) >= 40 * 10**6 and data.count(b"\n") == 0
    doc = read_bytes(data, "big.html")
    assert doc.text.startswith(line.strip()) and len(doc.blocks) == 1


def test_hundred_thousand_nested_divs() -> None:
    data = ("<html><body><p>до</p>" + "<div>" * 100_000 + "глибоко" + "</div>" * 100_000
            + "<p>після</p></body></html>").encode()
    doc = read_bytes(data, "deep.html")
    assert "до" in doc.text and "глибоко" in doc.text and "після" in doc.text
    assert doc.warnings


def test_billion_laughs_page_is_not_expanded() -> None:
    doc = read_bytes(BILLION_LAUGHS.encode(), "lol.html")
    assert "Надано 12 послуг." in doc.text
    assert doc.text.count("lol") < 20
    assert len(doc.text) < 1000


def test_billion_laughs_docx_is_not_expanded() -> None:
    try:
        doc = read_bytes(_docx_with(document_xml=BILLION_XML), "lol.docx")
    except ReadError as exc:
        assert exc.source == "lol.docx"
    else:
        assert len(doc.text) < 1000 and "Надано 12" in doc.text


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (lambda tmp: tmp, "directory"),
    ],
)
def test_read_path_errors(tmp_path: Path, make, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        read_path(make(tmp_path))


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:  # sparse: no disk or memory spent
        fh.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(ReadError, match="too large"):
        read_path(big)


MUTATED = [
    CORPUS / "seeds" / "004_aaa7c68243ea0d39.txt",
    CORPUS / "site" / "000_1d545bbe71f900c8.site.html",
    CORPUS / "formats" / "nizhyn_css_budget_2021.docx",
    CORPUS / "formats" / "fastiv_tcso_services_2022.pdf",
]


def _odt_report() -> bytes:
    """A small ODT as LibreOffice writes one (`mimetype` first, stored): a heading, a paragraph
    with a note and a table with a merged cell."""
    ns = " ".join(f'xmlns:{p}="urn:oasis:names:tc:opendocument:xmlns:{u}"' for p, u in (
        ("office", "office:1.0"), ("text", "text:1.0"), ("table", "table:1.0"), ("style", "style:1.0")))
    rows = "".join(f"<table:table-row><table:table-cell><text:p>{s}</text:p></table:table-cell><table:table-cell>"
                   f"<text:p>{n}</text:p></table:table-cell></table:table-row>"
                   for s, n in (("Догляд вдома", 120), ("Соціальний супровід", 85), ("Консультування", 113)))
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:text>'
               '<text:h text:outline-level="1">Звіт центру</text:h><text:p>За 2024 рік надано 1 204 послуги'
               '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
               "<text:p>Без повторів.</text:p></text:note-body></text:note> 318 особам.</text:p><table:table>"
               '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Послуги</text:p>'
               f"</table:table-cell><table:covered-table-cell/></table:table-row>{rows}</table:table>"
               "</office:text></office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
        zf.writestr("styles.xml", f"<office:document-styles {ns}/>")
    return buf.getvalue()


def _rtf_report() -> bytes:
    """A small RTF as Word writes one: cp1251 bytes, \\u with \\uc1, a table with merges."""
    def hx(s: str) -> str:
        return "".join(f"\\'{b:02x}" for b in s.encode("cp1251"))

    rows = "".join(rf"\trowd\trleft-108\cellx4680\cellx9468\pard\intbl {hx(s)}\cell {n}\cell"
                   rf"{{\trowd\trleft-108\cellx4680\cellx9468\row}}"
                   for s, n in (("Догляд вдома", 120), ("Соціальний супровід", 85), ("Консультування", 113)))
    return (r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fcharset204 Arial;}}{\colortbl;\red0\green0\blue0;}"
            r"{\info{\title x}}\pard\outlinelevel0 " + hx("Звіт центру") + r"\par\pard\uc1 \u1047?\u1072? 2024 "
            + hx("рік надано 1 204 послуги") + r"{\super\chftn}{\footnote\pard{\super\chftn} " + hx("Без повторів.")
            + r"} 318 " + hx("особам.") + r"\par\trowd\clmgf\cellx4680\clmrg\cellx9468\pard\intbl "
            + hx("Послуги") + r"\cell\cell\row" + rows + r"\pard\par{\pict\pngblip 89504e47}}").encode("ascii")


@pytest.mark.parametrize("path", MUTATED, ids=lambda p: p.suffix)
def test_damaged_copies_give_text_or_read_error(path: Path) -> None:
    """Truncated, byte-flipped and cut copies of real files (a fixed seed): a Document or a
    ReadError, never another exception."""
    _damage(path.read_bytes(), path.name)


@pytest.mark.parametrize(("name", "make"), [("report.odt", _odt_report), ("report.rtf", _rtf_report)])
def test_damaged_generated_copies_give_text_or_read_error(name: str, make) -> None:
    """The same for the formats the corpus has no file of: ODT and RTF made here."""
    data = make()
    assert "318" in read_bytes(data, name).text
    _damage(data, name)


def _damage(data: bytes, name: str) -> None:
    import random

    rng = random.Random(2026)
    for k in range(12):
        d = bytearray(data)
        if k % 3 == 0:
            d = d[: rng.randrange(1, len(d))]
        elif k % 3 == 1:
            for _ in range(rng.randrange(1, 20)):
                d[rng.randrange(len(d))] = rng.randrange(256)
        else:
            i = rng.randrange(len(d))
            del d[i : i + rng.randrange(1, 2000)]
        try:
            doc = read_bytes(bytes(d), name)
        except ReadError as exc:
            assert exc.source == name and exc.reason
        else:
            assert doc.text.strip()
