"""Our own table-bearing reports (corpus/formats): merged cells, nested and multi-page tables,
a scan without text layer."""

from __future__ import annotations

from pathlib import Path

import pytest

from zvitparse.errors import ReadError
from zvitparse.model import Block, Document
from zvitparse.read import read_bytes, read_path
from zvitparse.read.pdf import read_pdf
from zvitparse.read.pdf_ocr import ocr_available

FORMATS = Path(__file__).resolve().parents[1] / "corpus" / "formats"


def grid(table: Block) -> list[list[tuple[str, int, int, int]]]:
    return [[(c.text, c.col, c.rowspan, c.colspan) for c in row] for row in table.rows]


def cell_spans_ok(doc: Document) -> None:
    for t in doc.tables():
        for row in t.rows:
            for c in row:
                assert doc.text[c.start:c.end] == c.text


@pytest.fixture(scope="module")
def budget() -> Document:
    return read_path(FORMATS / "nizhyn_css_budget_2021.docx")


@pytest.fixture(scope="module")
def quality() -> Document:
    return read_path(FORMATS / "voznesensk_cnsp_quality_2021.html")


@pytest.fixture(scope="module")
def services() -> Document:
    return read_path(FORMATS / "fastiv_tcso_services_2022.pdf")


def test_docx_blocks_in_document_order(budget: Document) -> None:
    kinds = [b.kind for b in budget.blocks]
    assert kinds[:4] == ["heading", "paragraph", "heading", "table"]
    assert kinds.count("table") == 2 and kinds.count("list_item") == 3
    assert [b.level for b in budget.blocks if b.kind == "heading"] == [1, 2, 2]
    cell_spans_ok(budget)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (0, [("КЕКВ", 0, 2, 1), ("Найменування видатків", 1, 2, 1),
             ("Затверджено на 2021 рік (тис. грн)", 2, 2, 1), ("І півріччя 2021 року (тис. грн)", 3, 1, 3)]),
        (1, [("План", 3, 1, 1), ("Касові видатки", 4, 1, 1), ("Економія", 5, 1, 1)]),
        (2, [("2111", 0, 1, 1), ("Заробітна плата", 1, 1, 1), ("4 512,6", 2, 1, 1), ("2 201,3", 3, 1, 1),
             ("2 187,9", 4, 1, 1), ("13,4", 5, 1, 1)]),
        (-1, [("Всього", 0, 1, 2), ("5 972,5", 2, 1, 1), ("2 929,4", 3, 1, 1), ("2 892,8", 4, 1, 1),
              ("36,6", 5, 1, 1)]),
    ],
)
def test_docx_budget_table_merges(budget: Document, row: int, expected) -> None:
    assert grid(budget.tables()[0])[row] == expected


def test_docx_vertical_merge_in_quality_table(budget: Document) -> None:
    g = grid(budget.tables()[1])
    assert g[1][0] == ("Інформування", 0, 2, 1)
    assert g[2][0] == ("Результативність", 1, 1, 1)
    assert g[3][0] == ("Консультування", 0, 3, 1)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (0, [("№", 0, 2, 1), ("Соціальна послуга", 1, 2, 1), ("Кількість отримувачів", 2, 1, 3), ("Оцінка", 5, 2, 1)]),
        (1, [("всього", 2, 1, 1), ("опитано", 3, 1, 1), ("задоволені", 4, 1, 1)]),
        (2, [("1", 0, 1, 1), ("Догляд вдома", 1, 1, 1), ("312", 2, 1, 1), ("104", 3, 1, 1), ("98", 4, 1, 1),
             ("добре", 5, 2, 1)]),
        (3, [("2", 0, 1, 1), ("Консультування", 1, 1, 1), ("972", 2, 1, 1), ("150", 3, 1, 1), ("139", 4, 1, 1)]),
        (5, [("Разом", 0, 1, 2), ("1 700", 2, 1, 1), ("314", 3, 1, 1), ("288", 4, 1, 1), ("", 5, 1, 1)]),
    ],
)
def test_html_rowspan_colspan(quality: Document, row: int, expected) -> None:
    assert grid(quality.tables()[0])[row] == expected


def test_html_layout_table_and_nested_table(quality: Document) -> None:
    assert len(quality.tables()) == 2  # the page's layout table is not a table of figures
    staff = grid(quality.tables()[1])
    assert staff[1][0][0] == "Відділення соціальної допомоги вдома соціальні робітники 18 фахівці 2"
    assert [c[0] for c in staff[1][1:]] == ["20", "19"]
    for junk in ("Видано 215", "31 засідання", "Facebook", "3-21-90", "Головна"):
        assert junk not in quality.text
    assert quality.blocks[0].kind == "heading"
    assert "Директор Центру\nІгор ПЕТРЕНКО" in quality.text
    cell_spans_ok(quality)


def test_pdf_table_over_three_pages_is_one_table(services: Document) -> None:
    assert services.pages == 3
    (table,) = services.tables()
    assert len(table.rows) == 1 + 12 * 6  # header once, a row per month and service
    assert [c.text for c in table.rows[0]] == ["Місяць", "Соціальна послуга", "Отримувачів (осіб)",
                                               "Надано послуг", "З них ВПО"]
    assert all(len(r) == 5 and all(c.text for c in r) for r in table.rows)
    pages = {services.page_at(r[0].start) for r in table.rows}
    assert pages == {1, 2, 3}
    assert services.page_at(table.rows[-1][0].start) == 3
    assert "Усього за рік надано 9 863 соціальні послуги." in services.text
    cell_spans_ok(services)


def test_pdf_running_header_and_footer_dropped(services: Document) -> None:
    assert "Сторінка" not in services.text
    assert "Інформація за 2022 рік" not in services.text
    assert services.text.startswith("Інформація про надання соціальних послуг")


def test_pdf_cells_wrapped_words_rejoined(services: Document) -> None:
    names = {r[1].text for r in services.tables()[0].rows[1:]}
    assert names == {"догляд вдома", "натуральна допомога", "консультування", "денний догляд",
                     "соціальний супровід", "представництво інтересів"}


def test_scan_without_text_layer_needs_ocr(monkeypatch) -> None:
    monkeypatch.setenv("ZVITPARSE_OCR", "0")  # the outcome without the optional OCR extra
    data = (FORMATS / "fastiv_tcso_services_2022.scan.pdf").read_bytes()
    doc = read_pdf(data, "scan.pdf")
    assert doc.needs_ocr and doc.text == "" and doc.pages == 3
    assert any("needs OCR" in w for w in doc.warnings)
    with pytest.raises(ReadError, match="needs OCR"):
        read_bytes(data, "scan.pdf")


def test_pdf_with_one_scanned_page_keeps_the_text_and_flags_the_page(monkeypatch) -> None:
    import io

    import pypdfium2 as pdfium

    text_pdf = pdfium.PdfDocument(str(FORMATS.parent / "renditions" / "002_3a9d6d8ed56605d0.pdf"))
    scan_pdf = pdfium.PdfDocument(str(FORMATS / "fastiv_tcso_services_2022.scan.pdf"))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(text_pdf)
    mixed.import_pages(scan_pdf, [1])
    buf = io.BytesIO()
    mixed.save(buf)
    monkeypatch.setenv("ZVITPARSE_OCR", "0")
    doc = read_bytes(buf.getvalue(), "mixed.pdf")
    assert doc.pages == 2 and doc.needs_ocr
    assert doc.warnings == ["no text layer on page(s) 2: needs OCR"]
    assert "Сумським міським центром" in doc.text


@pytest.mark.skipif(not ocr_available(), reason="Tesseract with Ukrainian data is not installed (optional)")
def test_scan_is_ocrd_when_tesseract_is_installed() -> None:
    import io

    import pypdfium2 as pdfium

    first = pdfium.PdfDocument.new()
    first.import_pages(pdfium.PdfDocument(str(FORMATS / "fastiv_tcso_services_2022.scan.pdf")), [0])
    buf = io.BytesIO()
    first.save(buf)
    doc = read_bytes(buf.getvalue(), "scan.pdf")
    assert not doc.needs_ocr and doc.warnings == ["no text layer on page(s) 1: text from OCR, check it"]
    assert "соціальних послуг" in doc.text


def test_pdf_of_the_docx_has_the_same_tables(budget: Document) -> None:
    """LibreOffice's PDF of the budget DOCX: merged cells from the drawn grid, words wrapped in
    narrow cells («Найменув» / «ання») and commas wrapped alone rejoined — the same grids."""
    pdf = read_path(FORMATS / "nizhyn_css_budget_2021.pdf")
    assert [grid(t) for t in pdf.tables()] == [grid(t) for t in budget.tables()]
    assert all(t.page == 1 for t in pdf.tables()[:1])
    cell_spans_ok(pdf)
