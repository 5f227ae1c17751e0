"""Rows that pair figures with a slash («Групові заходи / учасники | 36 / 702»), read one per figure."""

from __future__ import annotations

import pytest

from zvitparse.extract import grid, slash_pairs, tables

META = {"period_start": "2024-07-01", "period_end": "2024-09-30"}


@pytest.mark.parametrize(
    ("label", "k", "parts"),
    [("Групові заходи / учасники", 2, ["Групові заходи", "учасники"]),
     ("Штатна чисельність / фактично працюючих, од.", 2, ["Штатна чисельність, од.", "фактично працюючих, од."]),
     ("Опитано отримувачів / частка задоволених якістю послуг, %", 2,
      ["Опитано отримувачів", "частка задоволених якістю послуг, %"]),
     ("Сімей СЖО (всього/нових)", 2, ["Сімей СЖО всього", "Сімей СЖО нових"]),
     # the words before a colon head every part
     ("СС СЖО: перебувало/взято/завершено", 3, ["СС СЖО: перебувало", "СС СЖО: взято", "СС СЖО: завершено"]),
     ("Звернулось/охоплено (осіб)", 2, ["Звернулось (осіб)", "охоплено (осіб)"]),
     # the label pairs another number of figures, or none
     ("Групові заходи / учасники", 3, None),
     ("Надано послуг сім'ям/особам, усього", 1, None)],
)
def test_a_label_names_each_figure_it_pairs(label, k, parts):
    assert slash_pairs._parts(label, k) == parts


def _grid(make_doc, rows):
    doc = make_doc(["Показники роботи", [["Показник", "Значення"], *rows]])
    return doc, grid.table_grids(doc)[0]


def test_a_paired_row_splits_into_a_row_per_figure_with_its_own_span(make_doc):
    doc, g = _grid(make_doc, [["Групові заходи / учасники", "36 / 702"], ["з них для дітей", "12 / 240"],
                              ["Кількість наданих послуг", "7 318"]])
    split = slash_pairs.split(g)
    got = [(r[0].text, r[1].text, doc.text[r[1].start:r[1].end]) for r in split.rows[1:]]
    assert got == [("Групові заходи", "36", "36"), ("учасники", "702", "702"),
                   # the row under a split one takes its parts after its own words
                   ("з них для дітей (Групові заходи)", "12", "12"), ("з них для дітей (учасники)", "240", "240"),
                   ("Кількість наданих послуг", "7 318", "7 318")]


def test_a_remark_after_a_figure_is_dropped_but_not_a_bracket_of_parts(make_doc):
    doc, g = _grid(make_doc, [["Кількість звернень, од.", "23 (усі розглянуто; у 2 випадках відмовлено)"],
                              ["Кількість отримувачів, осіб", "146 (з них ВПО – 38)"],
                              ["Кількість наданих послуг", "7 318"]])
    rows = slash_pairs.split(g).rows[1:]
    assert [r[1].text for r in rows] == ["23", "146 (з них ВПО – 38)", "7 318"]
    assert doc.text[rows[0][1].start:rows[0][1].end] == "23"


def test_a_table_without_pairs_or_remarks_is_left_alone(make_doc):
    _, g = _grid(make_doc, [["Кількість наданих послуг", "7 318"], ["Кількість скарг", "0"]])
    assert slash_pairs.split(g) is None


def test_paired_rows_give_a_fact_per_figure(make_doc):
    doc = make_doc(["Показники роботи за ІІІ квартал", [
        ["№", "Показник", "Значення"],
        ["1", "Кількість наданих соціальних послуг, од.", "7 318"],
        ["2", "Кількість осіб, взятих на обслуговування", "11"],
        ["3", "Штатна чисельність / фактично працюючих, од.", "24,5 / 22"],
        ["4", "Кількість звернень щодо надання соціальних послуг, од.", "23 (усі розглянуто)"],
    ]])
    got = {(f.indicator, f.value) for f in tables.extract(doc, META)}
    assert {("staff_positions", 24.5), ("staff_actual", 22), ("applied", 23), ("services_provided", 7318)} <= got


NOTE = """ОПЕРАТИВНА ІНФОРМАЦІЯ за ІІІ кв. 2024 р.

1. Звернулось/охоплено (осіб) – 52/45
в т.ч. ВПО – 14/12

7. Конс. (осіб/посл.) – 38/64

12. Штат/факт – 6/5

Скорочення:
ВПО – внутрішньо переміщені особи; Конс. – консультування;
ОП – оцінка потреб."""


def test_a_note_s_own_glossary_is_read():
    from zvitparse.read import read_bytes

    words = slash_pairs.glossary(read_bytes(NOTE.encode(), "note.txt"))
    assert words["Конс."] == "консультування" and words["ОП"] == "оцінка потреб"


def test_lines_pairing_figures_read_one_figure_per_part():
    from zvitparse.read import read_bytes

    doc = read_bytes(NOTE.encode(), "note.txt")
    rows = [(r[0].text, doc.text[r[1].start:r[1].end]) for g in slash_pairs.line_grids(doc) for r in g.rows]
    assert rows[:4] == [("Звернулось (осіб)", "52"), ("охоплено (осіб)", "45"),
                        # the line under a split one takes its parts; an acronym the patterns read stays
                        ("в т.ч. ВПО (Звернулось (осіб))", "14"), ("в т.ч. ВПО (охоплено (осіб))", "12")]
    assert ("консультування осіб", "38") in rows and ("консультування наданих послуг", "64") in rows
    assert ("штатна чисельність", "6") in rows and ("фактично працює", "5") in rows


def test_lines_pairing_figures_give_facts():
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    doc = read_bytes(NOTE.encode(), "note.txt")
    got = {(f.indicator, f.value) for f in extract_facts(doc, {"period_start": "2024-07-01", "period_end": "2024-09-30"})}
    assert {("applied", 52), ("served", 45), ("staff_positions", 6), ("staff_actual", 5)} <= got


def test_a_fraction_in_prose_is_no_pair():
    from zvitparse.read import read_bytes

    # (a label naming one thing cannot name two figures; a decision number has no label)
    doc = read_bytes("Рішення № 12/3 від 01.02.2024.\nСпіввідношення – 3/4 ставки.\n".encode(), "x.txt")
    assert slash_pairs.line_grids(doc) == []
