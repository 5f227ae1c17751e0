"""Read a report file of any supported format into one `Document`.

The format is told by content (`sniff`), not by the file's extension. Each reader takes
`(data, source)` and returns a `Document`; `read_bytes`/`read_path` wrap them so that any
failure — unreadable, hostile or merely odd input — becomes a `ReadError(source, reason)`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from zvitparse.errors import ReadError
from zvitparse.model import Document
from zvitparse.read import limits
from zvitparse.read.docx import read_docx
from zvitparse.read.encoding import NotText
from zvitparse.read.feed import read_feed
from zvitparse.read.html import read_html
from zvitparse.read.json_page import read_json_page
from zvitparse.read.mhtml import read_mhtml
from zvitparse.read.odt import read_odt
from zvitparse.read.pdf import read_pdf
from zvitparse.read.rtf import read_rtf
from zvitparse.read.sniff import sniff
from zvitparse.read.txt import read_txt
from zvitparse.read.xlsx import read_xlsx

log = logging.getLogger(__name__)

Reader = Callable[[bytes, str], Document]

READERS: dict[str, Reader] = {
    "txt": read_txt,
    "html": read_html,
    "mhtml": read_mhtml,
    "rss": read_feed,
    "json": read_json_page,
    "pdf": read_pdf,
    "docx": read_docx,
    "odt": read_odt,
    "rtf": read_rtf,
    "xlsx": read_xlsx,
}

# Why a sniffed format that has no reader cannot be read (user-facing).
UNSUPPORTED = {
    "empty": "the file is empty (or only whitespace)",
    "zip": "a zip archive that is not a DOCX or ODT document",
    "badzip": "a damaged or truncated zip archive (not a readable DOCX or ODT)",
    "doc": "a legacy Word .doc file (convert it to DOCX or PDF first)",
    "image": "an image; run OCR on it or convert it to PDF first",
    "pptx": "a presentation (PPTX), not a report document",
    "gzip": "a gzip archive; decompress it first",
}

__all__ = ["READERS", "ReadError", "read_bytes", "read_path", "sniff"]


def read_bytes(data: bytes, source: str = "<bytes>") -> Document:
    """Read `data` by its content; raises `ReadError` naming `source` and the reason."""
    if len(data) > limits.MAX_FILE_BYTES:
        raise ReadError(source, f"file too large ({len(data) // limits.MB} MB; the limit is "
                                f"{limits.MAX_FILE_BYTES // limits.MB} MB)")
    fmt = sniff(data)
    reader = READERS.get(fmt)
    if reader is None:
        raise ReadError(source, UNSUPPORTED.get(fmt, f"unsupported format ({fmt})"))
    try:
        doc = reader(data, source)
    except ReadError:
        raise
    except NotText as exc:
        raise ReadError(source, str(exc)) from exc
    except MemoryError as exc:
        raise ReadError(source, f"ran out of memory reading it as {fmt}") from exc
    except RecursionError as exc:
        raise ReadError(source, f"structure nested too deeply to read as {fmt}") from exc
    except Exception as exc:  # a third-party parser failing on odd input must not end the batch
        log.debug("reader %s failed on %s", fmt, source, exc_info=True)
        raise ReadError(source, f"cannot be read as {fmt.upper()}: {type(exc).__name__}: {exc}") from exc
    if not doc.text.strip():
        if doc.needs_ocr:
            raise ReadError(source, "PDF without a text layer (a scan?): needs OCR; install Tesseract "
                                    "with Ukrainian data (tesseract-ocr-ukr) to read it")
        raise ReadError(source, f"no text found in this {fmt.upper()} file")
    return doc


def read_path(path: str | Path) -> Document:
    """Read the file at `path`; raises `ReadError` for a missing, unreadable or bad file."""
    p = Path(path)
    source = str(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise ReadError(source, "is a directory, not a file")
        if not p.is_file():
            raise ReadError(source, "not a regular file")
        if size > limits.MAX_FILE_BYTES:
            raise ReadError(source, f"file too large ({size // limits.MB} MB; the limit is "
                                    f"{limits.MAX_FILE_BYTES // limits.MB} MB)")
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise ReadError(source, "no such file") from exc
    except IsADirectoryError as exc:
        raise ReadError(source, "is a directory, not a file") from exc
    except PermissionError as exc:
        raise ReadError(source, "permission denied") from exc
    except OSError as exc:
        raise ReadError(source, f"cannot be read: {exc.strerror or exc}") from exc
    return read_bytes(data, source)
