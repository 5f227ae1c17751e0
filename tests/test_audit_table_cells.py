"""table_arithmetic from a table's own cells (no facts needed): column totals, a total column,
savings = approved − spent; sections restart the sum."""

from __future__ import annotations

import pytest

from zvitparse.audit import audit_report
from zvitparse.audit.table_cells import number
from zvitparse.model import Block, Cell, Document, Report


def table_report(rows: list[list[str]]) -> Report:
    """A document whose text is the table (cells by tabs, rows by newlines) and its Block."""
    text, grid = "", []
    for r, row in enumerate(rows):
        cells = []
        for c, t in enumerate(row):
            if c:
                text += "\t"
            cells.append(Cell(text=t, row=r, col=c, start=len(text), end=len(text) + len(t)))
            text += t
        text += "\n"
        grid.append(tuple(cells))
    block = Block(kind="table", start=0, end=len(text), rows=tuple(grid))
    doc = Document(source="t.docx", doc_id="t", format="docx", encoding=None, text=text, blocks=[block])
    return Report(doc_id="t", source="t.docx", document=doc)


BUDGET = [["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"],
          ["2110", "Оплата праці", "2254,1", "2241,6", "12,5"],
          ["2210", "Предмети", "51,0", "39,5", "11,5"],
          ["", "Всього", "2305,1", "2281,1", "24,0"]]


def _with(rows: list[list[str]], r: int, c: int, value: str) -> list[list[str]]:
    out = [list(x) for x in rows]
    out[r][c] = value
    return out


@pytest.mark.parametrize("r, c, value, n", [
    (1, 4, "12,5", 0),          # as written: consistent
    (3, 2, "2305,2", 2),        # the total is 0,1 off (and so is its savings)
    (1, 4, "12,6", 2),          # one savings cell: its row and the savings total
    (2, 2, "51,1", 2),          # an approved cell: the column total and its row's savings
])
def test_budget_table(r: int, c: int, value: str, n: int) -> None:
    findings, _ = audit_report(table_report(_with(BUDGET, r, c, value)))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n


def test_total_column_and_sections() -> None:
    rows = [["Відділення", "I квартал", "II квартал", "Усього за рік"],
            ["Денне перебування", "3 118", "3 406", "6 524"],
            ["Стаціонар", "2 190", "2 214", "4 404"],
            ["Усього", "5 308", "5 620", "10 928"]]
    assert audit_report(table_report(rows))[0] == []
    bad = _with(rows, 2, 3, "4 405")
    findings, _ = audit_report(table_report(bad))
    assert len(findings) == 2 and all(f.rule == "table_arithmetic" for f in findings)


PERIOD_COLUMNS = [["Показник", "2023 рік", "I кв. 2024", "II кв. 2024", "III кв. 2024", "IV кв. 2024", "2024 рік"],
            ["Оцінено потреб осіб", "231", "58", "64", "71", "49", "242"],
            ["Працівників (на кінець періоду)", "57", "58", "58", "56", "59", "59"]]


@pytest.mark.parametrize("value, n", [("242", 0), ("224", 1)])
def test_a_year_column_sums_its_quarters_not_the_year_before(value: str, n: int) -> None:
    # (a row stating a state at the period's end is no sum: the staff)
    findings, _ = audit_report(table_report(_with(PERIOD_COLUMNS, 1, 6, value)))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n
    assert all("58 + 64 + 71 + 49" in f.message for f in findings)


@pytest.mark.parametrize(("total", "n"), [("25 161", 0), ("25 116", 1)])
def test_a_total_column_of_its_year_leaves_out_the_year_before(total: str, n: int) -> None:
    rows = [["№", "Вид соціальної послуги", "I кв.", "II кв.", "III кв.", "IV кв.", "Разом 2024", "2023 рік"],
            ["1", "Догляд вдома", "6 214", "6 388", "6 102", "6 457", total, "24 870"],
            ["2", "Денний догляд", "1 318", "1 402", "1 276", "1 389", "5 385", "5 102"]]
    findings, _ = audit_report(table_report(rows))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n
    assert all("24 870" not in f.message for f in findings)


def test_periods_that_do_not_make_up_the_column_are_not_summed() -> None:
    rows = [["Показник", "I кв. 2024", "III кв. 2024", "2024 рік"], ["Звернулися осіб", "58", "64", "300"],
            ["Взято на обслуговування", "12", "14", "55"]]
    assert audit_report(table_report(rows))[0] == []


@pytest.mark.parametrize("text, value", [("24 311,1", "24311.1"), ("–", "0"), ("", "0"), ("2,6", "2.6"),
                                         ("Оплата праці", None)])
def test_number(text: str, value: str | None) -> None:
    got = number(text)
    assert (got is None and value is None) or str(got) == value


@pytest.mark.parametrize("total, n", [("2305,1", 0), ("2306,1", 2)])
def test_short_total_row_lines_up_with_the_last_columns(total: str, n: int) -> None:
    rows = [list(r) for r in BUDGET[:3]] + [["Всього", total, "2281,1", "24,0"]]
    findings, _ = audit_report(table_report(rows))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n


def test_one_slip_in_a_table_of_counts_is_one_finding() -> None:
    """A wrong cell in the «Разом» row is reported once, by the row's finding over the facts,
    not again by each cell the slip throws off."""
    from zvitparse.api import parse_document
    from zvitparse.read import read_bytes

    text = ("Кількість наданих послуг за місяцями:\n"
            "Послуга\tКвітень\tТравень\tЧервень\tРазом\n"
            "Інформування\t118\t131\t124\t373\n"
            "Консультування\t96\t102\t88\t286\n"
            "Разом\t214\t233\t213\t659\n")
    report = parse_document(read_bytes(text.encode(), "t.txt"))
    table = [f for f in report.findings if f.rule == "table_arithmetic"]
    assert len(table) == 1, [f.message for f in table]
    assert table[0].reported in (213, 659)


@pytest.mark.parametrize(("deviation", "n"), [("27", 0), ("-27", 1)])
def test_a_deviation_column_follows_the_table_s_own_sign(deviation: str, n: int) -> None:
    # a passport's results table writes fact − plan, a budget's economy plan − fact: the rows say which
    rows = [["Показники", "Затверджено паспортом", "Фактичне виконання", "Відхилення"],
            ["кількість осіб, які отримали послуги", "920", "947", deviation],
            ["догляд вдома", "610", "622", "12"],
            ["денний догляд", "120", "118", "-2"]]
    findings, _ = audit_report(table_report(rows))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n


@pytest.mark.parametrize(("cell", "n"), [("1 176", 0), ("1 186", 1)])
def test_a_form_row_that_states_which_rows_it_adds_up(cell: str, n: int) -> None:
    rows = [["Показник", "Код рядка", "за звітний період", "з початку року"],
            ["Обслуговано осіб, усього (сума рядків 02–04)", "01", cell, "1 642"],
            ["у тому числі: вдома", "02", "412", "447"],
            ["денне перебування", "03", "236", "318"],
            ["натуральна допомога", "04", "528", "877"],
            ["з рядка 01: особи з інвалідністю", "05", "389", "502"]]
    findings, _ = audit_report(table_report(rows))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n


def test_a_form_s_numbering_row_and_a_table_continued_on_the_next_page_are_no_slips(make_doc):
    from zvitparse import api

    doc = make_doc(["Розділ 2. Соціальні послуги за видами", [
        ["Вид соціальної послуги", "Код рядка", "Кількість отримувачів, осіб"],
        ["А", "Б", "1"],
        ["Догляд вдома", "10", "486"],
        ["Денний догляд", "11", "142"],
    ], "Форма СП-1 (річна) Сторінка 1", [
        ["Вид соціальної послуги", "Код рядка", "Кількість отримувачів, осіб"],
        ["А", "Б", "1"],
        ["Консультування", "15", "1 312"],
        ["Разом (сума рядків 10–15)", "16", "1 940"],
    ]])
    assert not [x for x in api.parse_document(doc).findings if x.rule == "table_arithmetic"]


QUARTERS = [["№ з/п", "Показник", "Одиниця виміру", "I квартал", "II квартал", "III квартал", "IV квартал", "Разом за рік"],
            ["1", "2", "3", "4", "5", "6", "7", "8"],
            ["1.1", "Надійшло заяв", "заяв", "48", "41", "37", "52", "178"],
            ["1.4", "Перебувало на обслуговуванні на кінець кварталу", "осіб", "1 012", "1 020", "1 017", "1 032", "1 032"],
            ["4.3", "Середня кількість отримувачів на 1 соціального робітника", "осіб", "10,4", "10,5", "10,4", "10,6", "–"]]


def test_quarters_add_up_without_row_numbers_states_or_averages():
    """«1.1» in the «№ з/п» column is no term; a state «на кінець кварталу» and an average are no
    sums of the quarters; a dash states no total."""
    assert [f.rule for f in audit_report(table_report(QUARTERS))[0]] == []


def test_quarters_that_do_not_add_up():
    found = audit_report(table_report(_with(QUARTERS, 2, 7, "188")))[0]
    assert [(f.rule, f.reported, f.expected) for f in found] == [("table_arithmetic", 188.0, 178.0)]


@pytest.mark.parametrize("total, n", [("1176", 0), ("1167", 1)])
def test_a_dataset_s_year_column_is_not_added_up(total: str, n: int) -> None:
    rows = [["rik", "posluga", "kilkist_otrymuvachiv"], ["2024", "Догляд вдома", "142"],
            ["2024", "Консультування", "516"], ["2024", "Натуральна допомога", "518"],
            ["2024", "Разом", total]]
    findings, _ = audit_report(table_report(rows))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n


MONTHS = [["Показник", "Од. вим.", "Липень", "Серпень", "Разом"],
          ["Надано соціальних послуг", "послуг", "2 618", "2 704", "5 322"],
          ["Поїздок на 1 замовника", "поїздок", "#ДІЛ/0!", "2,3", "2,3"],
          ["Отримали натуральну допомогу", "осіб", "-", "24", "24"]]


@pytest.mark.parametrize(("r", "c", "value", "n"), [
    (1, 4, "5 322", 0),   # as written: a month with «#ДІЛ/0!» or «-» in some row is still a column of figures
    (1, 4, "5 232", 1),   # the services' total is off
    (2, 4, "4,6", 0),     # a ratio per customer is no sum of the months
])
def test_month_columns_with_spreadsheet_errors_and_dashes_are_summed(r: int, c: int, value: str, n: int) -> None:
    findings, _ = audit_report(table_report(_with(MONTHS, r, c, value)))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n


@pytest.mark.parametrize(("section", "n"), [("65", 0), ("63", 1)])
def test_an_outlined_table_adds_sections_to_the_total_and_items_to_their_section(section: str, n: int) -> None:
    # «1. … усього | 1.1 | 1.2 | 2. … усього | 2.1 | 2.2 | Усього»: the total is of the sections,
    # each section «усього» of its items; the items are no second part of the total
    rows = [["№ з/п", "Категорія", "Осіб"], ["1.", "Громадяни похилого віку, усього", "120"],
            ["1.1", "одинокі", "84"], ["1.2", "інші", "36"], ["2.", "Особи з інвалідністю, усього", section],
            ["2.1", "I групи", "18"], ["2.2", "II групи", "47"], ["", "Усього", str(120 + int(section))]]
    findings, _ = audit_report(table_report(rows))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n
    assert all("Особи з інвалідністю, усього" in f.message for f in findings)


@pytest.mark.parametrize(("savings", "n"), [("21,6", 0), ("12,6", 1)])
def test_savings_are_of_the_period_s_plan_when_the_year_s_stands_beside_it(savings: str, n: int) -> None:
    rows = [["КЕКВ", "Найменування", "Затверджено на 2025 рік", "План на І півріччя", "Касові видатки", "Економія"],
            ["2111", "Заробітна плата", "14 862,0", "7 431,0", "7 204,6", "226,4"],
            ["2120", "Нарахування на оплату праці", "3 269,6", "1 634,8", "1 585,0", "49,8"],
            ["2273", "Оплата електроенергії", "186,0", "93,0", "71,4", savings]]
    findings, _ = audit_report(table_report(rows))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n
    assert all("93" in f.message and "186" not in f.message for f in findings)


@pytest.mark.parametrize(("grand", "n"), [("1 069", 0), ("1 096", 1)])
def test_a_grand_total_under_group_totals_adds_them(grand: str, n: int) -> None:
    rows = [["Група", "Послуга", "Отримувачі, осіб"],
            ["Догляд", "Догляд вдома", "168"], ["", "Денний догляд", "38"], ["", "Разом за групою", "206"],
            ["Підтримка", "Натуральна допомога", "214"], ["", "Соціальне таксі", "60"], ["", "Разом за групою", "274"],
            ["Інформування", "Інформування", "402"], ["", "Консультування", "187"], ["", "Разом за групою", "589"],
            ["", "УСЬОГО", grand]]
    findings, _ = audit_report(table_report(rows))
    assert [f.rule for f in findings] == ["table_arithmetic"] * n
    assert all("206 + 274 + 589" in f.message for f in findings)
