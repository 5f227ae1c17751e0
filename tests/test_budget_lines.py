"""Budget rows written as lines of prose (extract/budget_lines.py) and their arithmetic."""

from __future__ import annotations

import pytest

from zvitparse.audit import audit_report
from zvitparse.extract import budget_lines, extract_facts
from zvitparse.model import Report

CAPTION = "Використання коштів у ІІІ кварталі (тис. грн):"


@pytest.mark.parametrize(("lines", "want"), [
    ([CAPTION, "КЕКВ 2730 «Інші виплати населенню»: план на квартал – 310,0; касові видатки – 287,4; економія – 22,6."],
     {("budget_approved", 310000, "2730"), ("budget_spent", 287400, "2730"), ("budget_savings", 22600, "2730")}),
    # the scale on the line itself, the code without «КЕКВ», an em dash
    (["2240 Оплата послуг (крім комунальних), тис. грн: затверджено — 48,5; касові видатки — 41,2"],
     {("budget_approved", 48500, "2240"), ("budget_spent", 41200, "2240")}),
    # a sum in hryvnias
    (["Видатки, грн:", "КЕКВ 2111: план – 1 204 300; касові видатки – 1 198 730,45"],
     {("budget_approved", 1204300, "2111"), ("budget_spent", 1198730.45, "2111")}),
    # a total row that names the span it sums
    ([CAPTION, "КЕКВ 2240 «Оплата послуг»: план – 48,0; касові видатки – 39,6",
      "Разом за квартал: план – 48,0; касові видатки – 39,6."],
     {("budget_approved", 48000, "2240"), ("budget_spent", 39600, "2240"),
      ("budget_approved", 48000, None), ("budget_spent", 39600, None)}),
])
def test_budget_lines(make_doc, lines, want):
    facts = budget_lines.extract(make_doc(["\n".join(lines)]))
    assert {(f.indicator, f.value, f.kekv) for f in facts} == want


@pytest.mark.parametrize("lines", [
    # no money word on the line or above it
    ["Показники:", "КЕКВ 2730: план – 310,0; касові видатки – 287,4"],
    # a code that is no KEKV, and one labelled sum only
    [CAPTION, "Рішення 1234: план – 310,0; касові видатки – 287,4"],
    [CAPTION, "КЕКВ 2730: касові видатки – 287,4"],
    # counts after a dash, no budget columns
    [CAPTION, "Разом: отримувачів – 310; послуг – 287"],
])
def test_lines_that_are_no_budget_rows(make_doc, lines):
    assert budget_lines.extract(make_doc(["\n".join(lines)])) == []


def _findings(make_doc, savings_2240: str, total_savings: str):
    doc = make_doc([f"Звіт за ІІІ квартал 2024 року.\n{CAPTION}\n"
                    "КЕКВ 2730: план – 310,0; касові видатки – 287,4; економія – 22,6.\n"
                    f"КЕКВ 2240: план – 48,5; касові видатки – 41,2; економія – {savings_2240}.\n"
                    f"Разом: план – 358,5; касові видатки – 328,6 (91,7 % плану); економія – {total_savings}."])
    facts = extract_facts(doc, {})
    findings, _ = audit_report(Report(doc_id="t", source=doc.source, meta={}, facts=facts, document=doc))
    return facts, [f for f in findings if f.rule == "table_arithmetic"]


def test_a_slip_in_one_row_is_reported_once(make_doc):
    # 48,5 − 41,2 is 7,3: the total row, off by the same 1,0, says nothing new
    _, found = _findings(make_doc, "6,3", "28,9")
    assert len(found) == 1 and found[0].quote.startswith("48,5")


def test_rows_that_add_up_raise_nothing(make_doc):
    facts, found = _findings(make_doc, "7,3", "29,9")
    assert found == []
    spent = next(f for f in facts if f.indicator == "budget_spent" and f.label == "разом")
    assert spent.percent == 91.7


RULELESS = ["Касові видатки загального фонду за квартал склали 3 034,5 тис. грн.",
            "КЕКВ Найменування План на ІІІ квартал Касові видатки Залишок",
            "2111 Заробітна плата 2 418 600,00 2 397 115,42 21 484,58",
            "2240 Оплата послуг (крім комунальних) 31 500,00 29 870,00 1 630,00 2273 Оплата електроенергії "
            "58 300,00 41 207,55 17 092,45",
            "Разом 2 508 400,00 2 468 192,97 40 207,03"]


def test_a_budget_table_drawn_without_rules(make_doc):
    """The header names the columns; the decimal commas part the sums; two rows a PDF ran into one
    line are two rows; the sums are hryvnias (the «тис. грн» of the prose above is its own)."""
    facts = budget_lines.extract(make_doc(["\n\n".join(RULELESS)]))
    got = {(f.indicator, f.value, f.kekv) for f in facts}
    assert got == {
        ("budget_approved", 2418600, "2111"), ("budget_spent", 2397115.42, "2111"), ("budget_savings", 21484.58, "2111"),
        ("budget_approved", 31500, "2240"), ("budget_spent", 29870, "2240"), ("budget_savings", 1630, "2240"),
        ("budget_approved", 58300, "2273"), ("budget_spent", 41207.55, "2273"), ("budget_savings", 17092.45, "2273"),
        ("budget_approved", 2508400, None), ("budget_spent", 2468192.97, None), ("budget_savings", 40207.03, None)}
    totals = {f.indicator: f.fact_id for f in facts if f.kekv is None}
    assert all(f.parent_id == totals[f.indicator] for f in facts if f.kekv)


def test_sums_under_a_header_without_budget_columns_are_not_read(make_doc):
    lines = ["Показник Отримувачі Послуги", "2111 Заробітна плата 2 418 600,00 2 397 115,42"]
    assert budget_lines.extract(make_doc(["\n\n".join(lines)])) == []
