"""The assembler: offsets, pages, tables and doc_id, whatever the reader handed over."""

from __future__ import annotations

import pytest

from zvitparse.read.assemble import Assembly, RawBlock, RawCell, assemble, doc_id_for


def test_blocks_joined_by_blank_lines_and_empty_ones_dropped() -> None:
    doc = assemble([RawBlock("heading", " Звіт ", level=1), RawBlock("paragraph", "  \n "),
                    RawBlock("list_item", "одне\u00a0 два")], "x", Assembly("txt"))
    assert doc.text == "Звіт\n\nодне два"
    assert [(b.kind, b.start, b.end, b.level) for b in doc.blocks] == [("heading", 0, 4, 1), ("list_item", 6, 14, None)]


def test_table_text_and_cell_spans() -> None:
    rows = [[RawCell("КЕКВ", 0), RawCell("Сума", 1)], [RawCell(" 2210 ", 0), RawCell("51,0\n(тис.)", 1)]]
    doc = assemble([RawBlock("paragraph", "Таблиця"), RawBlock("table", rows=rows)], "x", Assembly("html"))
    assert doc.text == "Таблиця\n\nКЕКВ\tСума\n2210\t51,0 (тис.)"
    (t,) = doc.tables()
    assert [(c.text, c.row, c.col, doc.text[c.start:c.end]) for r in t.rows for c in r] == [
        ("КЕКВ", 0, 0, "КЕКВ"), ("Сума", 0, 1, "Сума"), ("2210", 1, 0, "2210"), ("51,0 (тис.)", 1, 1, "51,0 (тис.)")]
    assert (t.start, t.end) == (9, len(doc.text))


def test_empty_rows_dropped_and_spans_shrunk() -> None:
    rows = [[RawCell("a", 0, rowspan=3), RawCell("b", 1)], [RawCell("", 1)], [RawCell("c", 1)]]
    doc = assemble([RawBlock("table", rows=rows)], "x", Assembly("html"))
    (t,) = doc.tables()
    assert [[(c.text, c.row, c.rowspan) for c in r] for r in t.rows] == [[("a", 0, 2), ("b", 0, 1)], [("c", 1, 1)]]


def test_all_empty_table_vanishes() -> None:
    doc = assemble([RawBlock("table", rows=[[RawCell(" ", 0)]]), RawBlock("paragraph", "x")], "x", Assembly("html"))
    assert doc.text == "x" and not doc.tables()


@pytest.mark.parametrize(
    ("pages_of_blocks", "pages", "starts"),
    [
        ([1, 2, 3], 3, [0, 3, 6]),
        ([1, 3], 3, [0, 3, 3]),  # page 2 has no text: it starts where page 3 does
        ([2, 2], 2, [0, 0]),  # page 1 has no text
        ([1], 3, [0, 1, 1]),  # trailing pages without text start at the end
    ],
)
def test_page_starts(pages_of_blocks: list[int], pages: int, starts: list[int]) -> None:
    blocks = [RawBlock("paragraph", "x", page=p) for p in pages_of_blocks]
    doc = assemble(blocks, "x", Assembly("pdf", pages=pages))
    assert doc.page_starts == starts
    for b in doc.blocks:
        assert doc.page_at(b.start) == b.page


def test_table_rows_keep_their_pages() -> None:
    rows = [[RawCell("h", 0), RawCell("h2", 1)], [RawCell("1", 0), RawCell("2", 1)], [RawCell("3", 0), RawCell("4", 1)]]
    doc = assemble([RawBlock("table", page=1, rows=rows, row_pages=[1, 1, 2])], "x", Assembly("pdf", pages=2))
    (t,) = doc.tables()
    assert [doc.page_at(r[0].start) for r in t.rows] == [1, 1, 2]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Звіт про\nроботу", "Звіт про роботу"), ("a\tb", "a  b"), ("x\n\ny", "x y")],
)
def test_doc_id_ignores_whitespace(a: str, b: str) -> None:
    assert doc_id_for(a) == doc_id_for(b) and len(doc_id_for(a)) == 16


def test_doc_id_differs_by_text() -> None:
    assert doc_id_for("Надано 12 послуг") != doc_id_for("Надано 13 послуг")
