"""PDF text-layer helpers: paragraphs from lines, hyphens, page numbers, garbage."""

from __future__ import annotations

from pathlib import Path

import pytest

from zvitparse.read.pdf_lines import (
    HYPHEN_MARK,
    continues_paragraph,
    drop_page_numbers,
    drop_running,
    is_garbage,
    join_lines,
    rejoin_cell_lines,
    resolve_hyphens,
    running_lines,
)

FULL = "Протягом звітного періоду територіальним центром надано соціальні"  # a full line


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a full line without a sentence end continues
        ([FULL, "Послуги 120 особам."], [f"{FULL} Послуги 120 особам."]),
        # a lower-case start continues even after a short line
        (["Надано послуги", "особам похилого віку."], ["Надано послуги особам похилого віку."]),
        # a sentence end on a short line ends the paragraph
        ([FULL, "Кінець.", "Новий абзац."], [f"{FULL} Кінець.", "Новий абзац."]),
        # list items start new paragraphs
        ([FULL + ":", "- догляд вдома;", "- денний догляд."], [FULL + ":", "- догляд вдома;", "- денний догляд."]),
        (["Висновки:", "1. Забезпечити.", "2) Оновити."], ["Висновки:", "1. Забезпечити.", "2) Оновити."]),
        # blank lines always break
        ([FULL, "", "Далі"], [FULL, "Далі"]),
        # hyphen at the line end: marked for the document-level decision
        ([FULL + " соці-", "альних послуг."], [f"{FULL} соці{HYPHEN_MARK}альних послуг."]),
        # a soft hyphen is always a break
        ([FULL + " соці\u00ad", "альних"], [f"{FULL} соціальних"]),
        # a short line left open by a dash (a raised footnote mark cut it) goes on with the figure
        (["отримали 1 146 осіб1", ", з них жінки –", "734, чоловіки – 402."],
         ["отримали 1 146 осіб1, з них жінки – 734, чоловіки – 402."]),
        # no line opens on a comma: a raised mark ended the one before
        ([FULL + " ВПО¹", ", що становить", "близько 14 % населення."], [f"{FULL} ВПО¹, що становить близько 14 % населення."]),
        (["Разом:", "734 особи."], ["Разом:", "734 особи."]),
        # a line left open by a preposition goes on with the figure on the next
        (["3. Вікова структура: до 60 років – 12,4 %, від 60 до", "69 років – 23,8 %."],
         ["3. Вікова структура: до 60 років – 12,4 %, від 60 до 69 років – 23,8 %."]),
        # a full line cut between an item's words and its figure: the dash is no list mark
        ([FULL + ", екстрене втручання", "– 34, соціальна профілактика – 120."],
         [f"{FULL}, екстрене втручання – 34, соціальна профілактика – 120."]),
        # a list of figures still opens its items on a dash
        ([FULL + ":", "– 34 особи;", "– 12 сімей."], [FULL + ":", "– 34 особи;", "– 12 сімей."]),
        # a full line led by dots to its figure ends there
        (["Догляд вдома " + "." * 70 + " 214", "Денний догляд " + "." * 70 + " 36",
          "Благодійні внески " + "." * 60 + " 412,0 тис. грн"],
         ["Догляд вдома " + "." * 70 + " 214", "Денний догляд " + "." * 70 + " 36",
          "Благодійні внески " + "." * 60 + " 412,0 тис. грн"]),
        # a number's thousands cut by a typewritten line's end
        (["2. Загалом за рік надали отримувачам 96", "318 соціальних послуг."],
         ["2. Загалом за рік надали отримувачам 96 318 соціальних послуг."]),
    ],
)
def test_join_lines(lines: list[str], expected: list[str]) -> None:
    assert join_lines(lines) == expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (f"соці{HYPHEN_MARK}альних", {"соціальних"}, "соціальних"),  # the document uses the joined word
        (f"діти{HYPHEN_MARK}сироти", set(), "діти-сироти"),  # a compound keeps its hyphen
        (f"соціально{HYPHEN_MARK}психологічних", set(), "соціально-психологічних"),
        (f"Амур{HYPHEN_MARK}Нижньодніпровський", set(), "Амур-Нижньодніпровський"),
        (f"на{HYPHEN_MARK}дання", set(), "надання"),  # a two-letter fragment is no word
        (f"обстежен{HYPHEN_MARK}ня", set(), "обстеження"),  # a doubled «нн» split by the break
        (f"піклуваль{HYPHEN_MARK}ників", {"піклувальників"}, "піклувальників"),
        (f"сім{HYPHEN_MARK}'я", set(), "сім'я"),
    ],
)
def test_resolve_hyphens(text: str, words: set[str], expected: str) -> None:
    assert resolve_hyphens(text, words) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("консультува\nння", "консультування"),  # «нн» cannot start a word
        ("догляд\nвдома", "догляд вдома"),
        ("забезпечен\nня", "забезпечення"),
        ("Отримувачів\n(осіб)", "Отримувачів (осіб)"),
        ("соціально-\nпсихологічна", "соціально-психологічна"),
        # the Ukrainian dictionary decides where the document cannot
        ("Найменув\nання видатків", "Найменування видатків"),
        ("Оплата\nтеплопост\nачанн\nя", "Оплата теплопостачання"),
        ("діти-\nсироти", "діти-сироти"),
        ("матеріально-\nтехнічної", "матеріально-технічної"),
        ("на-\nдання", "надання"),
        ("Коваленко\nОлена", "Коваленко Олена"),
        ("Предмети\n, матеріали\n, інвентар", "Предмети, матеріали, інвентар"),
    ],
)
def test_rejoin_cell_lines(text: str, expected: str) -> None:
    assert rejoin_cell_lines(text, set()) == expected


@pytest.mark.parametrize(
    ("lines", "page", "expected"),
    [
        (["Текст", "3"], 3, ["Текст"]),
        (["- 3 -", "Текст"], 3, ["Текст"]),
        (["2", "Текст"], 3, ["Текст"]),  # an unnumbered title page shifts numbers by one
        (["Текст", "75"], 3, ["Текст", "75"]),  # a figure, not this page's number
        (["1.", "Текст"], 1, ["1.", "Текст"]),
        (["Текст", "Сторінка 1 з 2"], 1, ["Текст"]),
        (["Стор. 3", "Текст"], 3, ["Текст"]),
        (["Текст", "Page 2 of 5"], 2, ["Текст"]),
        (["Текст", "12 з 15"], 2, ["Текст", "12 з 15"]),  # a figure «of» another, not this page
    ],
)
def test_drop_page_numbers(lines: list[str], page: int, expected: list[str]) -> None:
    assert drop_page_numbers(lines, page) == expected


@pytest.mark.parametrize(
    ("text", "garbage"),
    [
        ("(cid:12)(cid:34)(cid:56) (cid:78)", True),
        ("\ufffd\ufffd\ufffd \ufffd\ufffd", True),
        ("\ue001\ue002\ue003\ue004", True),
        ("", True),
        ("Звіт про роботу (cid:3) центру", False),
        ("2110 2254,1 2241,6 12,5", False),
    ],
)
def test_is_garbage(text: str, garbage: bool) -> None:
    assert is_garbage(text) is garbage


@pytest.mark.parametrize(
    ("prev", "first", "expected"),
    [
        ("У 2021 році послуги отримали", "особи похилого віку.", "У 2021 році послуги отримали особи похилого віку."),
        ("надано соці-", "альних послуг", f"надано соці{HYPHEN_MARK}альних послуг"),
        ("Кінець розділу.", "Новий розділ", None),
        ("Перелік:", "1. Перший", None),
    ],
)
def test_paragraph_cut_by_a_page_break(prev: str, first: str, expected: str | None) -> None:
    assert continues_paragraph(prev, first) == expected


def test_running_headers_and_footers() -> None:
    body = ["Надано послуги", "Проведено навчання", "Скарг не надходило", "Оцінка «добре»"]
    pages = [(["Звіт ЦСС за 2021 рік", body[i]], [f"{body[3 - i]}.", f"Сторінка {i + 1} з 4"]) for i in range(4)]
    running = running_lines(pages)
    assert running == {"звіт цсс за # рік", "сторінка # з #"}
    assert drop_running(pages[1][0], running, top=True) == ["Проведено навчання"]
    assert drop_running(pages[1][1], running, top=False) == ["Скарг не надходило."]


def test_lines_recurring_on_few_pages_are_content() -> None:
    pages = [(["Добре"], ["Кінець."]), (["Добре"], ["Інше."]), (["Текст"], ["Добре"]), (["А"], ["Б"]),
             (["В"], ["Г"]), (["Д"], ["Е"]), (["Є"], ["Ж"])]
    assert running_lines(pages) == set()  # «Добре» on 3 of 7 pages: under half
    assert running_lines(pages[:2]) == set()  # two pages are too few to tell


@pytest.mark.parametrize(("a", "b", "running"), [
    ("Звіт ЦСС Вільнянської міської ради за 2025 рік, сторінка 1", "Звіт ЦСС Вільнянської міської ради за 2025 рік, сторінка 2", True),
    ("Сторінка 1 з 2", "Сторінка 2 з 2", True),
    ("Разом 42 71 69", "Разом 12 71 69", False),  # a repeat that does not count the pages
    ("Звіт за 2025 рік", "Звіт за 2025 рік", False),
])
def test_two_pages_share_a_footer_only_when_it_counts_them(a: str, b: str, running: bool) -> None:
    pages = [(["Перша сторінка"], ["Текст.", a]), (["Друга сторінка"], ["Інше.", b])]
    assert bool(running_lines(pages)) == running


def test_a_header_row_alone_at_the_foot_of_a_page_is_kept_for_the_next_page() -> None:
    from zvitparse.read.assemble import RawCell
    from zvitparse.read.pdf_tables import _header_at_page_end

    header = [[RawCell("Форма виховання", 0, 1, 1), RawCell("Кількість сімей", 1, 1, 1)]]
    assert _header_at_page_end(header, bottom=708, height=792)
    assert not _header_at_page_end(header, bottom=300, height=792)  # mid-page: no cut table
    assert not _header_at_page_end([[RawCell("Разом", 0, 1, 1), RawCell("42", 1, 1, 1)]], bottom=708, height=792)


def _page(first: list[str], table: object | None) -> list:
    return [(first, table)]


@pytest.mark.parametrize(("table", "kept"), [(object(), False), (None, True)])
def test_a_line_repeated_over_a_continued_table_is_a_running_header(table, kept) -> None:
    from zvitparse.read.pdf import _strip_edges

    header = "КУ «ЦНСП» Новоукраїнської міської ради · код ЄДРПОУ 43877215"
    pages = {1: [([header, "Звіт про діяльність за 2024 рік"], None), (["Таблиця 1"], object())],
             2: _page([header], table)}
    _strip_edges(pages)
    assert (header in pages[2][0][0]) is kept  # two pages: a bare repeat over prose stays
    assert header in pages[1][0][0]


def test_footnote_marks_are_superscripts_not_digits_of_the_figure() -> None:
    # (b34_08: «38³ сімей», «1 247⁵ послуг» set with reportlab <super>; the text layer writes
    # the marks as digits of the line, «383», «1 2475»)
    from pathlib import Path

    from zvitparse.read import read_path

    path = next((Path(__file__).resolve().parents[1] / "corpus" / "blind34").glob("b34_08_*.pdf"))
    text = read_path(path).text
    assert "38³ сімей" in text and "1 247⁵" in text and "фахівців¹" in text
    assert "383" not in text and "2475" not in text
    # a figure set in the text's own size keeps its digits
    assert "81 дитина" in text and "214 повідомлень" in text


def test_a_table_continued_over_a_page_drops_its_repeated_header_rows() -> None:
    from zvitparse.read.assemble import RawBlock, RawCell
    from zvitparse.read.pdf_tables import PageTable, join_table

    def row(*texts):
        return [RawCell(t, k) for k, t in enumerate(texts)]

    prev = RawBlock("table", rows=[row("Показник", "I кв.", "II кв."), row("1", "2", "3"), row("Заяв", "48", "41")],
                    row_pages=[1, 1, 1])
    nxt = PageTable(0.0, 100.0, [row("Показник", "I кв.", "II кв."), row("1", "2", "3"), row("Заходів", "34", "29")])
    join_table(prev, nxt, 2)
    assert [r[0].text for r in prev.rows] == ["Показник", "1", "Заяв", "Заходів"] and prev.row_pages == [1, 1, 1, 2]


@pytest.mark.parametrize(("line", "page", "dropped"), [
    ("https://murafska-gromada.gov.ua/news/1740562188/ 2/3", 2, True),
    ("http://site.ua/page?id=17   1 / 12", 1, True),
    ("https://murafska-gromada.gov.ua/news/1740562188/ 2/3", 3, False),  # another page's number
    ("Детальніше: https://site.ua/news/12 2/3", 2, False),  # prose around it
    ("Отримали послуги 2/3 опитаних", 2, False),
])
def test_a_browser_s_print_footer_is_dropped_wherever_it_stands(line, page, dropped):
    from zvitparse.read.pdf_lines import drop_print_footers

    assert drop_print_footers(["Текст звіту", line, "ще текст"], page) == (
        ["Текст звіту", "ще текст"] if dropped else ["Текст звіту", line, "ще текст"])


def test_a_fillable_form_reads_its_fields_values_in_their_blanks() -> None:
    # (b65_07: a department's template filled in Acrobat, never flattened)
    from pathlib import Path

    from zvitparse.read import read_path

    path = next((Path(__file__).resolve().parents[1] / "corpus" / "blind65").glob("b65_07_*.pdf"))
    text = read_path(path).text
    assert "2.1. Кількість отримувачів соціальних послуг, осіб: 318" in text
    assert "5.1. Штатна чисельність, посад: 28,5" in text and "оберіть зі списку): добре" in text


@pytest.mark.parametrize(("text", "fields", "expected"), [
    ("Кількість отримувачів, осіб: ________\nПосад: ____", [("Кількість отримувачів, осіб", "318"), ("Посад", "28,5")],
     "Кількість отримувачів, осіб: 318\nПосад: 28,5"),
    # a label the text breaks differently, a field with no blank, a value for no label
    ("Кількість\nотримувачів, осіб: ____", [("Кількість отримувачів, осіб", "318")], "Кількість\nотримувачів, осіб: 318"),
    ("Посад: 28", [("Посад", "28,5")], "Посад: 28"),
    ("Посад: ____", [("Скарг", "0")], "Посад: ____"),
])
def test_fill(text: str, fields: list[tuple[str, str]], expected: str) -> None:
    from zvitparse.read.pdf_forms import fill

    assert fill(text, fields) == expected


TURNED = sorted((Path(__file__).parent / "data" / "read" / "turned").glob("*.pdf"))


@pytest.mark.parametrize("path", TURNED, ids=[p.stem for p in TURNED])
def test_a_table_set_sideways_reads_as_it_is_read(path) -> None:
    # a landscape page turned by /Rotate, a portrait page whose /Rotate shows sideways content
    # upright, a table drawn sideways on an upright page: each reads its lines in order and its
    # table by rows, not by columns (tests/data/read/turned/make.py makes them)
    from zvitparse.read import read_path

    doc = read_path(path)
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = [[c.text for c in row] for row in tables[0].rows]
    assert rows == [["Послуга", "I кв.", "II кв."], ["Догляд вдома", "6 214", "6 388"],
                    ["Денний догляд", "1 318", "1 402"], ["Усього", "7 532", "7 790"]]
    text = doc.text
    assert text.index("Таблиця 1. Кількість") < text.index("Догляд вдома") < text.index("Примітка: дані")
    assert text.count("6 214") == 1


def test_a_table_continued_under_a_note_on_the_next_pages_is_one_table() -> None:
    # (b82_07: «Продовження таблиці 2» over the page-2 part, its header repeated over page 3)
    from zvitparse.read import read_path

    path = next((Path(__file__).resolve().parents[1] / "corpus" / "blind82").glob("b82_07_*.pdf"))
    doc = read_path(path)
    table = next(b for b in doc.blocks if b.kind == "table" and any("Громадяни похилого віку" in c.text
                                                                    for row in b.rows for c in row))
    labels = [row[1].text for row in table.rows if len(row) > 1]
    assert labels[0].startswith("Категорія") and labels.count(labels[0]) == 1
    assert "діти з інвалідністю" in labels and "інші отримувачі" in labels and labels[-1] == "Усього"
    assert "Продовження таблиці" not in doc.text


def test_header_cells_turned_a_quarter_read_as_their_words() -> None:
    # (b94_08: a statistical form whose narrow header cells are printed sideways on an upright
    # page; pdfplumber ran their letters together backwards, «вічавумирто – гулсопхиньлаіцос …»)
    from zvitparse.read import read_path

    path = next((Path(__file__).resolve().parents[1] / "corpus" / "blind94").glob("b94_08_*.pdf"))
    tables = [b for b in read_path(path).blocks if b.kind == "table"]
    header = [c.text for c in tables[0].rows[0]]
    assert header[2:] == ["Кількість отримувачів соціальних послуг – усього, осіб", "з них: жінки",
                          "особи з інвалідністю", "внутрішньо переміщені особи",
                          "Кількість наданих соціальних послуг, од."]
    assert [c.text for c in tables[0].rows[2]][:3] == ["010", "Консультування (002.0)", "214"]

