"""The TXT reader: paragraphs, tab tables, furniture lines."""

from __future__ import annotations

import pytest

from zvitparse.read import read_bytes


def kinds_texts(doc) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Перший абзац.\nДругий рядок.\n\nДругий абзац.",
         [("paragraph", "Перший абзац.\nДругий рядок."), ("paragraph", "Другий абзац.")]),
        ("Текст\n\n\n\n   \n\nЩе текст", [("paragraph", "Текст"), ("paragraph", "Ще текст")]),
        # TSV lines: one row per line
        ("Таблиця\n\nКЕКВ\tНазва\tСума\n2210\tПредмети\t51,0\n2240\tПослуги\t3,0",
         [("paragraph", "Таблиця"), ("table", "КЕКВ\tНазва\tСума\n2210\tПредмети\t51,0\n2240\tПослуги\t3,0")]),
        # cell-per-line rows led by tabs, rows split by blank lines; a short line continues its cell
        ("\tКЕКВ\n\tСума\n(тис. грн)\n\n\t2210\n\t51,0\n\n\t\n\t51,0",
         [("table", "КЕКВ\tСума (тис. грн)\n2210\t51,0\n\t51,0")]),
        # caption lines and a note with no blank line between them and the TSV rows
        ("Видатки\n(тис. грн)\nКЕКВ\tСума\n2210\t51,0\n\tВсього\t51,0\nПримітка: без змін.",
         [("paragraph", "Видатки\n(тис. грн)"), ("table", "КЕКВ\tСума\n2210\t51,0\n\tВсього\t51,0"),
          ("paragraph", "Примітка: без змін.")]),
        # a fixed-width (pdftotext -layout) table: columns from the widest line, figures right-aligned
        ("Видатки (грн)\nКЕКВ   Найменування        Затверджено    Економія\n"
         "2111   Заробітна плата    21 456 300,00   57 887,44\n"
         "-----------------------------------------------------\n"
         "       Разом              27 372 000,00  140 628,96",
         [("paragraph", "Видатки (грн)"),
          ("table", "КЕКВ\tНайменування\tЗатверджено\tЕкономія\n2111\tЗаробітна плата\t21 456 300,00\t57 887,44\n"
                    "\tРазом\t27 372 000,00\t140 628,96")]),
        # pipes between the cells only
        ("Підрозділ | Посад | Отримувачів\nВідділення вдома | 34 | 298\nРазом | 40 | 300",
         [("table", "Підрозділ\tПосад\tОтримувачів\nВідділення вдома\t34\t298\nРазом\t40\t300")]),
        # a drawn row's label wrapped within its cell goes on the row above, and the table goes on
        ("| Показник | Код | Кількість |\n+---+---+---+\n| відділенням організації надання адресної натуральної | 04 | 528 |\n"
         "| та грошової допомоги |  |  |\n| з рядка 01: особи з інвалідністю | 05 | 389 |",
         [("table", "Показник\tКод\tКількість\nвідділенням організації надання адресної натуральної та грошової "
                    "допомоги\t04\t528\nз рядка 01: особи з інвалідністю\t05\t389")]),
        # a header drawn over three lines above its rule, the last with two stretches only
        ("---------------------------------------------------------------\n"
         "№    Найменування показника        Од.      II півр.    у т.ч.\n"
         "з/п                                виміру   2023 р.     ВПО\n"
         "                                            (всього)    (осіб)\n"
         "---------------------------------------------------------------\n"
         "1    Надійшло повідомлень          сімей    54          17\n"
         "2    Проведено оцінку потреб       сімей    51          16",
         [("paragraph", "---------------------------------------------------------------"),
          ("table", "№\tНайменування показника\tОд.\tII півр.\tу т.ч.\nз/п\t\tвиміру\t2023 р. (всього)\tВПО (осіб)\n"
                    "1\tНадійшло повідомлень\tсімей\t54\t17\n2\tПроведено оцінку потреб\tсімей\t51\t16")]),
        # prose with double spaces, or a signature line, is no table
        ("Директор Центру                 Вікторія САВЧЕНКО\nВиконавець:  Наталія Кравчук\nТел.  33-41-07",
         [("paragraph", "Директор Центру Вікторія САВЧЕНКО\nВиконавець: Наталія Кравчук\nТел. 33-41-07")]),
        # one TSV line inside prose stays prose
        ("Вступ.\nПослуга\tКількість\nКінець.", [("paragraph", "Вступ.\nПослуга Кількість\nКінець.")]),
        # a single tab-led row is not a table
        ("\tлише один рядок\n\tз табуляцією", [("paragraph", "лише один рядок\nз табуляцією")]),
        # a tab inside a prose line does not make a table
        ("Директор\t\tІ. Петренко", [("paragraph", "Директор І. Петренко")]),
    ],
)
def test_blocks(text: str, expected) -> None:
    assert kinds_texts(read_bytes(text.encode(), "t.txt")) == expected


@pytest.mark.parametrize(
    "line",
    ["Повернутись", "Цікаве на цю тему:", "  Друк статті", "Головна Контакти Зворотній звязок",
     "Новини        Категорія:   Новини Соц.Центрів", "Старокостянтинів © 2019 рік", "Платформа XClin"],
)
def test_furniture_lines_dropped(line: str) -> None:
    doc = read_bytes(f"Звіт про роботу\n\n{line}\n\nНадано 12 послуг.".encode(), "t.txt")
    assert doc.text == "Звіт про роботу\n\nНадано 12 послуг."


@pytest.mark.parametrize(
    "line",
    ["Повернутись до цього питання вдалося у 2021 році.", "Новини соціальної сфери громади",
     "Друк статті у газеті «Канівські вісті» – 12 публікацій"],
)
def test_prose_with_furniture_words_kept(line: str) -> None:
    assert line in read_bytes(f"Звіт\n\n{line}".encode(), "t.txt").text


def test_offsets_of_table_cells() -> None:
    doc = read_bytes("Вступ\n\nA\tB\n1\t2".encode(), "t.txt")
    (t,) = doc.tables()
    assert [(c.text, c.row, c.col, doc.text[c.start:c.end]) for r in t.rows for c in r] == [
        ("A", 0, 0, "A"), ("B", 0, 1, "B"), ("1", 1, 0, "1"), ("2", 1, 1, "2")]


def test_form_feeds_make_pages() -> None:
    """pdftotext writes a form feed after each page."""
    doc = read_bytes("Сторінка одна.\n\fДруга сторінка.\nЩе рядок.\n\f".encode(), "t.txt")
    assert doc.pages == 2 and doc.page_starts == [0, doc.text.index("Друга")]
    assert [b.page for b in doc.blocks] == [1, 2]
    assert doc.page_at(doc.text.index("Ще рядок")) == 2


def test_a_fixed_width_header_stretch_over_several_columns_is_split_by_word():
    text = ("Район        Взято      Завершено    з них:\n"
            "             під        супровід     позитивно мінімізовано\n"
            "Полтавський     96         88           61         19\n"
            "Кременчуцький  131        117           84         24\n")
    doc = read_bytes(text.encode(), "t.txt")
    rows = [[c.text for c in r] for b in doc.blocks if b.kind == "table" for r in b.rows]
    assert rows[1][3:] == ["позитивно", "мінімізовано"]
    assert rows[2] == ["Полтавський", "96", "88", "61", "19"]


def test_a_row_label_begun_on_a_line_of_its_own_joins_its_row():
    from zvitparse.read import read_bytes

    text = ("Розподіл отримувачів:\n\n"
            "  Структурний підрозділ                         Отримувачів   Послуг\n"
            "  Відділення соціальної допомоги вдома               412        18 640\n"
            "  Відділення організації надання адресної\n"
            "    натуральної та грошової допомоги                 781         3 122\n"
            "  Разом                                            1 193        21 762\n")
    doc = read_bytes(text.encode(), "t.txt")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    labels = [r[0].text for r in table.rows]
    assert "Відділення організації надання адресної натуральної та грошової допомоги" in labels
    assert len(table.rows) == 4


def test_a_table_drawn_with_plus_and_equals_borders_keeps_its_header():
    text = ("Таблиця. Виконання показників\n"
            "+----+------------------------------+------------+------+------+\n"
            "| №  | Показник                     | Од. виміру | План | Факт |\n"
            "+====+==============================+============+======+======+\n"
            "| 1  | Кількість дзвінків           | дзвінків   |  500 |  433 |\n"
            "| 2  | Кількість групових заходів   | заходів    |   60 |   64 |\n"
            "+----+------------------------------+------------+------+------+\n")
    doc = read_bytes(text.encode(), "t.txt")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    assert [c.text for c in tables[0].rows[0]] == ["№", "Показник", "Од. виміру", "План", "Факт"]
    assert len(tables[0].rows) == 3


EXPORT = ("Центр надання соціальних послуг;;;;\n"
          "Основні показники за 2024 рік;;;;\n"
          ";;;;\n"
          "№;Показник;Од. виміру;I кв. 2024;2024 рік\n"
          "1;Кількість осіб, які звернулися;осіб;352;1356\n"
          "2;Взято на обслуговування;осіб;34;131\n"
          ";;;;\n"
          "Примітка: рядок 2 – вперше; без повторних;;;;\n"
          "Директор;;;(підпис);\n")


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_semicolon_separated_export_is_read_as_its_rows(eol: str) -> None:
    doc = read_bytes(EXPORT.replace("\n", eol).encode("cp1251"), "t.txt")
    assert kinds_texts(doc) == [
        ("paragraph", "Центр надання соціальних послуг"), ("paragraph", "Основні показники за 2024 рік"),
        ("table", "№\tПоказник\tОд. виміру\tI кв. 2024\t2024 рік\n1\tКількість осіб, які звернулися\tосіб\t352\t1356\n"
                  "2\tВзято на обслуговування\tосіб\t34\t131"),
        # a «;» inside a sentence the export did not quote joins its cells again; cells far apart are words apart
        ("paragraph", "Примітка: рядок 2 – вперше; без повторних"), ("paragraph", "Директор (підпис)")]


@pytest.mark.parametrize(
    "text",
    ["Надано 12 послуг; з них 5 – консультації; решта – інформування.\n\nЩе абзац; і ще.",
     "a;b;c\nпросто текст\nще текст\nі ще\nі ще раз",
     "Звіт\n\nПослуга\tКількість\nДогляд\t12\nКонсультування\t5"],
)
def test_prose_with_semicolons_is_no_export(text: str) -> None:
    from zvitparse.read.delimited import is_delimited

    assert not is_delimited(text)


BOX = """Таблиця 1
┌───┬───────────────────────────┬─────────────┬───────┐
│ № │ Назва соціальної послуги  │ Отримувачі, │ з них │
│   │                           │ осіб        │ ВПО   │
├───┼───────────────────────────┼─────────────┼───────┤
│ 1 │ Догляд вдома              │ 96          │ 7     │
├───┼───────────────────────────┼─────────────┼───────┤
│ 2 │ Соціальна адаптація осіб з│ 18          │ 2     │
│   │ інвалідністю              │             │       │
├───┼───────────────────────────┼─────────────┼───────┤
│   │ Разом                     │ 114         │ 9     │
└───┴───────────────────────────┴─────────────┴───────┘"""

PLUS = """+------+------------------------+-------------+----------+
| КЕКВ | Найменування           | Затверджено | Касові   |
|      |                        |             | видатки  |
+------+------------------------+-------------+----------+
| 2120 | Нарахування на оплату  |     1 367,1 |  1 367,1 |
|      | праці                  |             |          |
+------+------------------------+-------------+----------+
|      | Разом                  |     1 367,1 |  1 367,1 |
+------+------------------------+-------------+----------+"""

OPENING = """| Структурний підрозділ              | Отримувачів |
|------------------------------------+-------------|
| Відділення денного перебування     |     186     |
| Відділення організації надання     |             |
| натуральної допомоги               |     396     |
| Разом                              |     582     |"""


@pytest.mark.parametrize(("text", "rows"), [
    # box-drawing characters, a header and a label wrapped within their cells
    (BOX, ["№\tНазва соціальної послуги\tОтримувачі, осіб\tз них ВПО", "1\tДогляд вдома\t96\t7",
           "2\tСоціальна адаптація осіб з інвалідністю\t18\t2", "\tРазом\t114\t9"]),
    # «видатки» under «Касові», «праці» under its label: the cells of the row above
    (PLUS, ["КЕКВ\tНайменування\tЗатверджено\tКасові видатки", "2120\tНарахування на оплату праці\t1 367,1\t1 367,1",
            "\tРазом\t1 367,1\t1 367,1"]),
    # a label that opens on the line above its figures joins the row below
    (OPENING, ["Структурний підрозділ\tОтримувачів", "Відділення денного перебування\t186",
               "Відділення організації надання натуральної допомоги\t396", "Разом\t582"]),
])
def test_a_drawn_table_s_wrapped_cells_join_their_rows(text: str, rows: list[str]) -> None:
    doc = read_bytes(text.encode(), "t.txt")
    tables = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "table"]
    assert tables == ["\n".join(rows)]


def test_a_capitalised_label_under_a_row_opens_a_row_of_its_own() -> None:
    text = ("| Показник | Осіб |\n|---|---|\n| Догляд вдома | 96 |\n| Разом | |\n| Денний догляд | 21 |")
    doc = read_bytes(text.encode(), "t.txt")
    table = next(doc.text[b.start:b.end] for b in doc.blocks if b.kind == "table")
    assert "Догляд вдома Разом" not in table and "96" in table and "21" in table


_HEAD = ("Показник                  | Код  | На поч. | Взято | Знято | На кін.\n"
         "                          | ряд. | періоду |       |       | періоду\n"
         "гр. 1                     |гр. 2 |  гр. 3  | гр. 4 | гр. 5 | гр. 6\n")
_BODY = ("Усього отримувачів        | 010  |     402 |    47 |    38 |     411\n"
         "  догляд вдома            | 020  |     231 |    19 |    21 |     229\n")


@pytest.mark.parametrize("rule", ["-" * 60, "=" * 60, "-" * 30 + "\n" + "-" * 30])
def test_a_printout_ruling_off_its_table_head_keeps_one_table(rule: str) -> None:
    doc = read_bytes(f"{_HEAD}\n{rule}\n\n{_BODY}".encode(), "t.txt")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    rows = [[c.text for c in r] for r in table.rows]
    # a row opening on spaces and a pipe has an empty first cell: the header words stay in their columns
    assert rows[0][:3] == ["Показник", "Код ряд.", "На поч. періоду"]
    assert rows[-1][0] == "догляд вдома" and rows[-1][-1] == "229"


@pytest.mark.parametrize("rule", ["-" * 60, "=" * 60, "-" * 30 + "\n" + "-" * 30])
def test_a_rule_inside_a_table_over_its_total_row_is_a_border(rule: str) -> None:
    text = ("КЕКВ | Найменування       | Затверджено | Касові видатки\n"
            "2111 | Заробітна плата    |  1 842 600  |  1 839 214\n"
            "2273 | Оплата електроенергії | 61 200   |     57 930\n"
            f"{rule}\n"
            "     | Разом              |  1 903 800  |  1 897 144\n")
    (table,) = [b for b in read_bytes(text.encode(), "t.txt").blocks if b.kind == "table"]
    assert [c.text for c in table.rows[-1]] == ["", "Разом", "1 903 800", "1 897 144"]


def test_a_table_of_figures_after_a_rule_is_not_joined_to_another() -> None:
    first = "Відділення | Отримувачів\nДогляд вдома | 231\nДенний догляд | 44\n"
    doc = read_bytes(f"{first}\n{'-' * 40}\n\n{_BODY}".encode(), "t.txt")
    assert len([b for b in doc.blocks if b.kind == "table"]) == 2


def test_a_fixed_width_header_going_on_in_a_line_of_words_stays_the_header():
    text = ("Видатки у III кварталі 2025 року, тис. грн:\n\n"
            "  КЕКВ   Затверджено на     Касові      Економія\n"
            "         III квартал        видатки\n"
            "  2111      1 684,2         1 651,8        32,4\n"
            "  2120        370,5           363,4         7,1\n"
            "  Разом     2 054,7         2 015,2        39,5\n")
    doc = read_bytes(text.encode(), "t.txt")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [c.text for c in table.rows[0]] == ["КЕКВ", "Затверджено на III квартал", "Касові видатки", "Економія"]
    assert [c.text for c in table.rows[1]] == ["2111", "1 684,2", "1 651,8", "32,4"]


def test_a_two_column_fixed_width_table_keeps_its_header_of_words():
    text = ("Соціальні послуги у ІІІ кварталі отримали 203 особи:\n\n"
            "  Послуга                             Осіб\n"
            "  Догляд вдома                          96\n"
            "  Денний догляд                         31\n"
            "  Разом                                127\n")
    doc = read_bytes(text.encode(), "t.txt")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    assert [[c.text for c in r] for r in table.rows] == [["Послуга", "Осіб"], ["Догляд вдома", "96"],
                                                         ["Денний догляд", "31"], ["Разом", "127"]]


def test_prose_indented_with_tabs_is_a_paragraph_not_a_row_of_cells():
    text = ("\t1) Облік дітей-сиріт та дітей, позбавлених батьківського піклування.\n"
            "\tСтаном на 31.03.2025 на первинному обліку Служби перебуває 94 дитини (на 01.01.2025 – 91), з них:\n"
            "\t- діти-сироти – 37;\n"
            "\tЗа формами влаштування: під опікою, піклуванням – 52 дитини, у прийомних сім'ях – 21.\n")
    doc = read_bytes(text.encode(), "t.txt")
    assert [b.kind for b in doc.blocks] == ["paragraph"]


def test_a_row_of_short_cells_led_by_tabs_stays_a_table():
    text = "\tДогляд вдома\n\t214\n\n\tДенний догляд\n\t36\n"
    doc = read_bytes(text.encode(), "t.txt")
    assert [b.kind for b in doc.blocks] == ["table"]


_SRT = ("1\r\n00:00:00,000 --> 00:00:03,900\r\n[Ведуча] а скільки людей отримали\r\n\r\n"
        "2\r\n00:00:04,100 --> 00:00:08,650\r\nпослуги центру\r\n\r\n"
        "3\r\n00:00:09,020 --> 00:00:13,480\r\n[Директорка центру] соціальні послуги отримали\r\n1142 людини\r\n\r\n")


@pytest.mark.parametrize("text", [_SRT, "WEBVTT\n\n" + _SRT.replace(",", ".").replace("\r\n", "\n")])
def test_subtitles_read_as_the_spoken_text_one_paragraph_per_speaker(text):
    doc = read_bytes(text.encode(), "t.txt")
    assert doc.text == ("[Ведуча] а скільки людей отримали послуги центру\n\n"
                        "[Директорка центру] соціальні послуги отримали 1142 людини")


def test_a_report_quoting_one_timestamp_is_no_subtitles():
    text = "Відео звіту: 00:01:23,456 --> 00:01:27,012\n\nПослуги отримали 1142 особи.\n"
    assert "-->" in read_bytes(text.encode(), "t.txt").text


@pytest.mark.parametrize("stamp", ["[06.01.25, 11:52:10] ", "06.01.25, 11:52 - ", "[06.01.2025 11:52] "])
def test_each_message_of_a_chat_export_is_a_paragraph(stamp: str) -> None:
    text = (f"{stamp}Марина Д.: оцінок потреб 37\n{stamp}Ігор М.: натуральна допомога – 96 осіб\n"
            f"отримали набори\n{stamp}Оксана Ш.: скарг не було 👍\n")
    doc = read_bytes(text.encode(), "chat.txt")
    paras = [doc.text[b.start:b.end] for b in doc.blocks]
    assert len(paras) == 3 and paras[1].endswith("отримали набори")


def test_a_fixed_width_table_with_a_remarks_column_and_wrapped_cells_is_one_table():
    text = ("    №    Підрозділ                          Посад    Обслуго-    Надано      Примітка\n"
            "                                                     вано осіб   послуг\n"
            "    1    Відділення соціальної допомоги     22,5     168         31 406      у 9 населених\n"
            "         вдома                                                               пунктах\n"
            "    2    Відділення денного перебування     6        94          8 215       гуртки, клуби\n"
            "    3    Мобільна бригада соціально-        4        61          744         створено у травні\n"
            "         психологічної допомоги\n"
            "         Разом                              32,5     323         40 365\n")
    (table,) = [b for b in read_bytes(text.encode(), "t.txt").blocks if b.kind == "table"]
    rows = [[c.text for c in r] for r in table.rows]
    assert ["1", "Відділення соціальної допомоги вдома", "22,5", "168", "31 406", "у 9 населених пунктах"] in rows
    assert rows[-1][1:5] == ["Разом", "32,5", "323", "40 365"]

