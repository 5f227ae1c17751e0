"""Dot leaders between a label and its figure are read as a dash; a table of contents is not."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts, leaders
from zvitparse.read import read_bytes

WHOLE = "За 9 місяців 2023 року територіальним центром обслуговано 604 особи, з них у відділеннях:\n"


@pytest.mark.parametrize("lines", [
    ["- соціальної допомоги вдома ........................ 318 осіб", "- денного перебування ......... 141 особа"],
    ["Догляд вдома . . . . . . . . . . 318 осіб", "Денне перебування . . . . . . 141 особа"],
    ["соціальної допомоги вдома.........318 осіб;", "денного перебування.........141 особа."],
    ["1) догляд вдома (відділення № 1) ....... 318 осіб", "2) денний догляд ...... 141 особа"],
])
def test_items_aligned_by_dot_leaders_are_parts_of_their_whole(lines: list[str]) -> None:
    doc = read_bytes((WHOLE + "\n".join(lines)).encode(), "t.txt")
    facts = extract_facts(doc, {})
    whole = next(f for f in facts if f.value == 604)
    parts = {f.value: f for f in facts if f.parent_id == whole.fact_id}
    assert set(parts) == {318, 141}
    assert parts[318].service == "home_care" and parts[141].service == "day_care"
    # the evidence is cut from the text as written, leaders and all
    assert all(f.quote in doc.text for f in facts)
    assert ". ." in parts[318].quote or ".." in parts[318].quote


@pytest.mark.parametrize("line", [
    "1. Соціальний супровід сімей ........................ 12",  # a page number: no word after it
    "Див. таблицю 3.... 2024 рік",  # no label right before the dots
    "Отже... 45 осіб",  # an ellipsis of three dots is no leader
])
def test_what_is_no_leader(line: str) -> None:
    doc = read_bytes(line.encode(), "t.txt")
    assert leaders.view(doc).text == doc.text


def test_the_view_keeps_every_offset() -> None:
    doc = read_bytes("Догляд вдома ........ 143 особи".encode(), "t.txt")
    seen = leaders.view(doc)
    assert len(seen.text) == len(doc.text) and "–" in seen.text and seen.text.index("143") == doc.text.index("143")


# a program's printout: figures after leaders end their lines, and they are no page numbers
PRINTOUT = ("Розділ 3. Кадри, звернення\n"
            "Штатна чисельність, посад (р. 210) .................................. 52,5\n"
            "Фактично зайнято, осіб (р. 220) ....................................... 49\n"
            "Надійшло заяв про надання послуг (р. 410) ............................. 61\n"
            "Скарг (р. 420) ......................................................... 0\n")


def test_a_printout_reads_its_bare_figures_and_not_its_row_codes() -> None:
    doc = read_bytes(PRINTOUT.encode(), "t.txt")
    got = {(f.indicator, f.value) for f in extract_facts(doc, {})}
    assert got == {("staff_positions", 52.5), ("staff_actual", 49), ("applied", 61), ("complaints", 0)}


@pytest.mark.parametrize("lines", [
    ["1. Соціальний супровід сімей .......... 3", "2. Догляд вдома .......... 7", "3. Фінансування .......... 12"],
    ["Вступ ....... 2", "Розділ 1 ....... 2", "Розділ 2 ....... 5", "Висновки ....... 9"],
])
def test_a_table_of_contents_stays_no_figures(lines: list[str]) -> None:
    doc = read_bytes("\n".join(lines).encode(), "t.txt")
    assert leaders.view(doc).text == doc.text
    assert extract_facts(doc, {}) == []


@pytest.mark.parametrize("gap", ["\n", "\n\n"])  # lines next to each other, or a PDF's paragraphs
def test_bare_figures_under_a_caption_are_a_table_it_names(gap: str) -> None:
    text = ("Звіт центру за 2024 рік. Середній вік отримувачів догляду вдома — 74 роки.\n\n"
            "Отримувачі за послугами\n\n" + gap.join([
                "Догляд вдома ..................................... 214",
                "Денний догляд .................................... 36",
                "Натуральна допомога ............................ 611"]) + "\n\nДалі текст.\n")
    doc = read_bytes(text.encode(), "t.txt")
    got = {(f.indicator, f.value, f.unit, f.service) for f in extract_facts(doc)}
    assert {("served", 214, "recipients", "home_care"), ("served", 36, "recipients", "day_care"),
            ("served", 611, "recipients", "natural_aid")} <= got
    seen = leaders.view(doc)
    assert len(seen.text) == len(doc.text)
    table = next(b for b in seen.blocks if b.kind == "table")
    assert [[c.text for c in r] for r in table.rows] == [["Догляд вдома", "214"], ["Денний догляд", "36"],
                                                          ["Натуральна допомога", "611"]]
    assert all(doc.text[c.start:c.end] == c.text for r in table.rows for c in r)


FORM = ("ІНФОРМАЦІЯ про надання соціальних послуг у ІІ кварталі 2025 року\n\n"
        "1. ЗВЕРНЕННЯ\n"
        "1.1. Звернулося до Центру осіб, усього ......................... 218\n"
        "1.2. з них уперше ............................................... 64\n\n"
        "2. НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ (осіб / послуг)\n"
        "2.1. Догляд вдома ....................................... 58 / 4 312\n"
        "2.2. Денний догляд ........................................ 14 / 602\n"
        "2.3. Консультування ....................................... 97 / 288\n"
        "Разом ............................................. 169 / 5 202\n")


def test_a_form_s_pairs_read_under_the_units_its_heading_names() -> None:
    # («(осіб / послуг)»: the first figure of each line counts people, the second services; the
    # form's item numbers «2.1.» are no part of the labels)
    doc = read_bytes(FORM.encode(), "t.txt")
    got = {(f.indicator, f.value, f.unit, f.service) for f in extract_facts(doc, {"period_start": "2025-04-01",
                                                                                  "period_end": "2025-06-30"})}
    assert {("served", 58, "persons", "home_care"), ("services_provided", 4312, "services", "home_care"),
            ("served", 14, "persons", "day_care"), ("services_provided", 602, "services", "day_care"),
            ("served", 169, "persons", None), ("services_provided", 5202, "services", None),
            ("applied", 218, "persons", None), ("applied", 64, "persons", None)} <= got
    assert not any(f[1] in (2, 1) for f in got)


def test_pairs_whose_units_nothing_names_are_no_table() -> None:
    doc = read_bytes(FORM.replace(" (осіб / послуг)", "").encode(), "t.txt")
    assert not any(b.kind == "table" and len(b.rows[0]) == 3 for b in leaders.view(doc).blocks)


def test_a_table_of_contents_whose_leaders_read_as_blanks_gives_no_figures() -> None:
    # (a DOCX's TOC field: its tab leader comes out as a space, «3. Виявлення сімей та оцінка потреб 5»)
    text = ("ЗВІТ ПРО РОБОТУ ЗА 2025 РІК\n\nЗМІСТ\n\n1. Загальні відомості 3\n2. Основні підсумки 2025 року 4\n"
            "3. Виявлення сімей та оцінка потреб 5\n4. Соціальні послуги 6\n5. Соціальний супровід 8\n\n"
            "1. Загальні відомості\n\nУ 2025 році послуги отримали 412 осіб.")
    facts = extract_facts(read_bytes(text.encode(), "t.txt"), {"period_start": "2025-01-01"})
    assert [f.value for f in facts] == [412]


@pytest.mark.parametrize("leader", ["….....", "………", "…..", ".........."])
def test_lines_that_name_their_own_figures_read_as_statements(leader: str) -> None:
    text = (f"8. Кадрове забезпечення\n\nШтатних посад {leader} 21\n\nФактично працюють {leader} 19\n\n"
            f"Пройшли навчання (підвищення кваліфікації) {leader} 14\n")
    got = {(f.indicator, f.value) for f in extract_facts(read_bytes(text.encode(), "t.txt"), {})}
    assert got == {("staff_positions", 21), ("staff_actual", 19), ("staff_trained", 14)}
