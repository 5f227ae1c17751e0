"""The workbook reader: visible sheets as headings and tables, cells as the sheet shows them."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from zvitparse.errors import ReadError
from zvitparse.extract import extract_facts
from zvitparse.read import read_bytes
from zvitparse.read.xlsx import cell_text


def _book() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Показники"
    ws["A1"] = "Звіт про діяльність Центру надання соціальних послуг за 2024 рік"
    ws.merge_cells("A1:D1")
    ws.append([])
    ws.append(["№", "Послуга", "Отримувачів, осіб", "Надано послуг"])
    ws.append([1, "Догляд вдома", 118, 26540])
    ws.append([2, "Консультування", 311, 687])
    ws.append(["Разом", None, 429, 27227])
    ws.merge_cells("A6:B6")
    ws["E3"] = "службова"
    ws["E4"] = 999
    ws.column_dimensions["E"].hidden = True
    ws.append([])
    ws.append(["Частка задоволених", 0.925])
    ws["B8"].number_format = "0.0%"
    hidden = wb.create_sheet("Чернетка")
    hidden["A1"] = "Отримувачів 777"
    hidden.sheet_state = "hidden"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_workbook_reads_as_its_visible_sheets() -> None:
    doc = read_bytes(_book(), "zvit.xlsx")
    assert doc.format == "xlsx"
    assert doc.text.startswith("Показники\n")
    assert "Догляд вдома\t118\t26 540" in doc.text
    assert "999" not in doc.text and "службова" not in doc.text  # a hidden column
    assert "777" not in doc.text  # a hidden sheet
    assert "92,5 %" in doc.text
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1 and tables[0].rows[-1][0].colspan == 2


def test_a_workbook_s_table_gives_its_figures() -> None:
    doc = read_bytes(_book(), "zvit.xlsx")
    facts = extract_facts(doc, {"period_start": "2024-01-01", "period_end": "2024-12-31"})
    got = {(f.indicator, f.value, f.service) for f in facts}
    assert {("served", 118, "home_care"), ("services_provided", 26540, "home_care"), ("served", 429, None)} <= got


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [(83.7, "General", "83,7"), (1204, "General", "1204"), (12604.5, "#,##0.0", "12 604,5"),
     (0.925, "0.0%", "92,5 %"), (1, "0%", "100 %"), (9846200, "#,##0.00", "9 846 200,00"),
     (dt.datetime(2024, 12, 31), "dd.mm.yyyy", "31.12.2024"), ("  214  сімей ", "@", "214 сімей"),
     (None, "General", "")],
)
def test_a_cell_reads_as_the_sheet_shows_it(value, fmt: str, text: str) -> None:
    assert cell_text(value, fmt) == text


def test_a_damaged_workbook_is_a_read_error() -> None:
    data = _book()
    with pytest.raises(ReadError, match="zvit.xlsx"):
        read_bytes(data[: len(data) // 2], "zvit.xlsx")
