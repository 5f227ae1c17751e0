"""Bounds that keep a hostile or broken file from taking the caller down.

Every reader checks these before doing the expensive part; crossing one raises `ReadError`
naming the bound, never a hang or an out-of-memory. The README lists them.
"""

from __future__ import annotations

MB = 1024 * 1024

# Any input file: larger ones are refused before being read into memory.
MAX_FILE_BYTES = 64 * MB
# HTML: lxml builds a tree of the whole page; 40 MB of one-line text reads in ~5 s, ~600 MB.
MAX_HTML_BYTES = 48 * MB
# HTML: tags, opening and closing (counted as «<» bytes before parsing, so a tag soup is
# refused before lxml builds a tree of it); a 30 KB report page has a few thousand.
MAX_HTML_TAGS = 400_000
# DOCX (a zip): total uncompressed size of all members, and per-member compression ratio.
MAX_DOCX_UNCOMPRESSED = 128 * MB
MAX_ZIP_RATIO = 200
# DOCX body (word/document.xml) uncompressed: python-docx builds an lxml tree of all of it.
MAX_DOCX_BODY = 32 * MB
MAX_ZIP_MEMBERS = 5000
# PDF: pages read; later pages are skipped with a warning.
MAX_PDF_PAGES = 500
# PDF tables: pdfplumber is opened only on pages with at least this many drawn rects/lines.
MIN_TABLE_GRAPHICS = 6
# A table grid larger than this is read as text (a layout table or junk, not data).
MAX_TABLE_CELLS = 20000
