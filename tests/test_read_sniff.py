"""Formats told by content, never by extension."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from zvitparse.read import READERS, sniff

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _zip(name: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(name, b"<x/>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"%PDF-1.4\n...", "pdf"),
        (b"\n\n%PDF-1.7", "pdf"),
        (_zip("word/document.xml"), "docx"),
        (_zip("xl/workbook.xml"), "xlsx"),
        (_zip("ppt/presentation.xml"), "pptx"),
        (_zip("content.xml"), "odt"),
        (_zip("notes.txt"), "zip"),
        (b"PK\x03\x04" + bytes(300), "badzip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "doc"),
        (b"{\\rtf1\\ansi", "rtf"),
        (b"\x89PNG\r\n\x1a\n", "image"),
        (b"\xff\xd8\xff\xe0", "image"),
        (b"\x1f\x8b\x08", "gzip"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"\xef\xbb\xbf  <!-- saved --><html lang='uk'>", "html"),
        (b"<div class='news'><p>x</p></div>", "html"),
        ("<html><body>Звіт</body></html>".encode("utf-16"), "html"),
        ("Звіт про роботу <b>центру</b>".encode(), "txt"),
        ("Звіт про роботу\nцентру".encode("cp1251"), "txt"),
        ("Звіт 5 < 7".encode(), "txt"),
    ],
)
def test_sniff(data: bytes, fmt: str) -> None:
    assert sniff(data) == fmt


@pytest.mark.parametrize("path", sorted(p for p in CORPUS.glob("*/*") if p.suffix in (".txt", ".html", ".pdf", ".docx")
                                        and p.parent.name in ("seeds", "renditions", "site", "formats")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_files_sniff_as_their_format(path: Path) -> None:
    fmt = sniff(path.read_bytes())
    assert fmt in READERS
    assert fmt == {".txt": "txt", ".html": "html", ".pdf": "pdf", ".docx": "docx"}[path.suffix]
