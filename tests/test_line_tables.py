"""Tables flattened into lines «label figure figure …», rebuilt as grids and read as count tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from zvitparse.extract import line_tables, tables

MONTHS = ("Кількість наданих послуг за місяцями:\n"
          "Послуга Квітень Травень Червень Разом\n"
          "Інформування 118 131 124 373\n"
          "Консультування 96 102 88 286\n"
          "Разом 214 233 212 659")
FIXED_WIDTH = ("Рейтинг ЦНСП громад за підсумками 2022 року\n"
               "Місце Надавач Отримувачів, Укомплек- Задоволе-\n"
               "осіб тованість, % ність, %\n"
               "1 ЦНСП Білозірської сільської ради 612 100,0 97,6\n"
               "2 ЦНСП Городищенської міської ради 1 148 95,8 96,2")


def _rows(g):
    return [[c.text if c else None for c in r] for r in g.rows]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(MONTHS, [["Послуга", "Квітень", "Травень", "Червень", "Разом"],
                              ["Інформування", "118", "131", "124", "373"],
                              ["Консультування", "96", "102", "88", "286"],
                              ["Разом", "214", "233", "212", "659"]], id="one-line-header"),
        pytest.param(FIXED_WIDTH, [["Місце Надавач", "Отримувачів, осіб", "Укомплектованість, %", "Задоволеність, %"],
                                   ["ЦНСП Білозірської сільської ради", "612", "100,0", "97,6"],
                                   ["ЦНСП Городищенської міської ради", "1 148", "95,8", "96,2"]],
                     id="wrapped-header-and-thousands"),
    ],
)
def test_text_grids(make_doc, text, expected):
    doc = make_doc([text])
    (g,) = line_tables.text_grids(doc)
    assert _rows(g) == expected
    for row in g.rows[1:]:
        assert all(doc.text[c.start:c.end].endswith(c.text) for c in row[1:])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Інформування 118 131\nКонсультування 96 102", id="no-header"),
        pytest.param("У 2023 році надано 118 послуг\nУ 2022 році 96 102", id="prose"),
        pytest.param("Послуга Квітень Травень\nІнформування 118 131", id="one-row"),
        pytest.param("послуга квітень травень\nІнформування 118 131\nКонсультування 96 102", id="header-not-names"),
    ],
)
def test_no_text_grid(make_doc, text):
    assert line_tables.text_grids(make_doc([text])) == []


def test_ambiguous_thousands_row_is_dropped(make_doc):
    # «2 783 478 …» of four columns could be 2 783 | 478 or 2 | 783 478: no reading is taken
    doc = make_doc(["Надавач Отримувачів Дітей Послуг\nЦСС 903 347 6\nЦНСП 168 131 9\nРазом 2 783 478 134"])
    (g,) = line_tables.text_grids(doc)
    assert [r[0].text for r in g.rows[1:]] == ["ЦСС", "ЦНСП"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (MONTHS, [("services_provided", 118, "services", "informing"), ("services_provided", 131, "services", "informing")]),
        (FIXED_WIDTH, [("served", 612, "persons", None), ("share", 100, "percent", None),
                       ("satisfaction", 97.6, "percent", None), ("served", 1148, "persons", None)]),
    ],
)
def test_line_table_facts(make_doc, text, expected):
    doc = make_doc([text])
    facts = tables.extract(doc, {})
    assert [(f.indicator, f.value, f.unit, f.service) for f in facts][:len(expected)] == expected
    assert all(f.quote == doc.text[f.start:f.end] and f.quote.count("\n") == 0 for f in facts)
    assert facts[0].quote.startswith(("Інформування", "1 ЦНСП"))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Результати анкетування\nПитання анкети Відповіли «так», осіб %\n"
                     "Чи задоволені Ви якістю отриманої послуги? 112 93,3\nЧи своєчасно Вам надається послуга? 108 90,0",
                     [("survey_respondents", 112, "persons", 93.3), ("survey_respondents", 108, "persons", 90.0)],
                     id="survey-question-count-percent"),
        pytest.param("Охоплення та видатки надавачів\nНадавач Отримувачів, осіб Надано послуг\n"
                     "Міський центр соціальних служб 903 6 215\nЦентр комплексної реабілітації 168 9 870",
                     [("served", 903, "persons", None), ("services_provided", 6215, "services", None),
                      ("served", 168, "persons", None), ("services_provided", 9870, "services", None)],
                     id="multi-word-column-names"),
    ],
)
def test_one_line_header_of_several_words(make_doc, text, expected):
    facts = tables.extract(make_doc([text]), {})
    assert [(f.indicator, f.value, f.unit, f.percent) for f in facts] == expected


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("own/obukhiv_css_q2_2023.txt", ("services_provided", 118, "services", "informing")),  # TSV under a caption
        ("own/cherkasy_dszn_rating_2022.txt", ("served", 1148, "persons", None)),  # fixed-width, wrapped header
    ],
)
def test_real_flattened_tables(name, expected):
    from zvitparse.read import read_path

    facts = tables.extract(read_path(CORPUS / name), {})
    assert expected in [(f.indicator, f.value, f.unit, f.service) for f in facts]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Видатки за послугами\nПослуга Отримувачів, осіб Касові видатки, тис. грн\n"
                     "Догляд вдома 120 1 250,4\nКонсультування 300 310,0",
                     [("served", 120, "persons"), ("budget_spent", 1250400, "uah"),
                      ("served", 300, "persons"), ("budget_spent", 310000, "uah")], id="money-column"),
        pytest.param("Видатки загального фонду\nКЕКВ Назва Затверджено, тис. грн Касові видатки, тис. грн\n"
                     "2110 Оплата праці 2254,1 2241,6\n2120 Нарахування на оплату праці 495,9 493,1",
                     [], id="kekv-rows-are-budget"),
    ],
)
def test_line_table_money(make_doc, text, expected):
    facts = [f for f in tables.extract(make_doc([text]), {}) if f.extractor in ("count_table", "money_column")]
    assert [(f.indicator, f.value, f.unit) for f in facts] == expected


ZVIAHEL_FLAT = ("Дані про охоплення та видатки надавачів\n"
                "Надавач Отримувачів, осіб з них дітей Надано послуг Касові видатки, тис. грн\n"
                "Територіальний центр соціального обслуговування (надання соціальних послуг) 1 712 – 118 406 19 874,6\n"
                "Звягельський міський центр соціальних служб 903 347 6 215 6 102,3\n"
                "Центр комплексної реабілітації для осіб з інвалідністю 168 131 9 870 8 415,0\n"
                "Разом 2 783 478 134 491 34 319,9")


def test_thousands_groups_decided_by_the_total_row(make_doc):
    # «903 347 6 215 6 102,3» of four columns reads three ways; only one adds up to «Разом»
    (g,) = line_tables.text_grids(make_doc([ZVIAHEL_FLAT]))
    assert [c.text for c in g.rows[0]][1:] == ["Отримувачів, осіб", "з них дітей", "Надано послуг",
                                              "Касові видатки, тис. грн"]
    assert [[c.text for c in r[1:]] for r in g.rows[1:]] == [
        ["1 712", "–", "118 406", "19 874,6"], ["903", "347", "6 215", "6 102,3"],
        ["168", "131", "9 870", "8 415,0"], ["2 783", "478", "134 491", "34 319,9"]]


def test_thousands_groups_without_a_total_stay_ambiguous(make_doc):
    # without «Разом» only the first row reads one way: one row is no table
    assert line_tables.text_grids(make_doc([ZVIAHEL_FLAT.rsplit("\n", 1)[0]])) == []


def test_flattened_provider_table_facts(make_doc):
    facts = tables.extract(make_doc([ZVIAHEL_FLAT]), {})
    got = {(f.indicator, f.value, f.unit) for f in facts}
    assert {("served", 903, "persons"), ("served", 347, "children"), ("services_provided", 6215, "services"),
            ("budget_spent", 6102300, "uah"), ("budget_spent", 34319900, "uah")} <= got
    assert ("served", 0, "children") not in got  # «–» is no figure


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Результати анкетування\nПитання Так Частково Ні\nЧи задоволені Ви якістю послуги? 40 8 2\n"
                     "Чи своєчасно надається послуга? 45 5 0",
                     [(40, None, "Чи задоволені Ви якістю послуги?, Так"), (8, None, "Чи задоволені Ви якістю послуги?, Частково"),
                      (2, None, "Чи задоволені Ви якістю послуги?, Ні"), (45, None, "Чи своєчасно надається послуга?, Так"),
                      (5, None, "Чи своєчасно надається послуга?, Частково"), (0, None, "Чи своєчасно надається послуга?, Ні")],
                     id="questions-by-answers"),
        pytest.param("Таблиця 3. Результати опитування\nВідповідь Кількість %\nПовністю задоволені 57 95,0\n"
                     "Частково задоволені 3 5,0",
                     [(57, 95.0, "Повністю задоволені"), (3, 5.0, "Частково задоволені")], id="answers-as-rows"),
    ],
)
def test_flattened_survey_tables(make_doc, text, expected):
    facts = tables.extract(make_doc([text]), {})
    assert {f.indicator for f in facts} == {"survey_respondents"}
    assert [(f.value, f.percent, f.label) for f in facts] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Соціальна послуга Кількість отримувачів, осіб\nДогляд вдома 120\nКонсультування 1 318\nРазом 1 438",
                     [("served", 120, "home_care"), ("served", 1318, "counselling"), ("served", 1438, None)],
                     id="one-count-column"),
        pytest.param("Основні показники\nПоказник Значення\nКількість сімей, які звернулися 367\nКількість скарг 0",
                     [("applied", 367, None), ("complaints", 0, None)], id="rows-name-their-counts"),
        pytest.param("Звіт Центру Соціальних Служб\nУ першому кварталі звернулися 120\nУ другому кварталі 131", [],
                     id="prose-lines-ending-in-a-number"),
        pytest.param("Послуга Квітень\nДогляд вдома 120\nКонсультування 131", [], id="one-column-naming-no-count"),
    ],
)
def test_single_figure_rows(make_doc, text, expected):
    facts = tables.extract(make_doc([text]), {})
    assert [(f.indicator, f.value, f.service) for f in facts] == expected


def _flattened(doc, g, caption):
    """The table `g` of `doc` as a TXT reader that collapsed its column gaps leaves it."""
    from zvitparse.model import Block, Document

    lines = [caption] if caption else []
    for row in g.rows:
        lines.append(" ".join(" ".join(c.text for c in row if c is not None and not c.spanned and c.text).split()))
    text = "\n".join(lines)
    return Document(source="flat.txt", doc_id="flat", format="txt", encoding="utf-8", text=text,
                    blocks=[Block("paragraph", 0, len(text))])


@pytest.mark.parametrize(
    "name",
    ["own/korosten_tcso_annual_2023.docx", "own/smila_uszn_monitoring_2022.html", "own/boryspil_cnsp_internal_2022.docx",
     "heldout/zviahel_upszn_monitoring_2023.html", "heldout/chornukhy_cnsp_internal_2024.txt",
     "heldout/sambir_cnsp_annual_2023.docx", "formats/fastiv_tcso_services_2022.pdf"],
)
def test_real_tables_flattened_read_the_same(name):
    """Every real count table of the corpus, its gaps collapsed to spaces (caption above),
    gives the same count facts as the table itself."""
    from zvitparse.extract import count_tables, grid
    from zvitparse.model import Document
    from zvitparse.read import read_path

    doc = read_path(CORPUS / name)
    meta = {"period_end": "2023-12-31"}
    seen = 0
    for g in grid.table_grids(doc):
        alone = Document(source=doc.source, doc_id=doc.doc_id, format=doc.format, encoding=doc.encoding, text=doc.text,
                         blocks=[b for b in doc.blocks if b.kind != "table" or b.start == g.start])
        real = sorted((f.indicator, f.value, f.unit) for f in count_tables.extract(alone, meta)
                      if g.start <= f.start and f.end <= g.end)
        if not real:
            continue
        flat = _flattened(doc, g, count_tables._caption(doc, g))
        assert sorted((f.indicator, f.value, f.unit) for f in count_tables.extract(flat, meta)) == real
        seen += 1
    assert seen



def test_half_posts_in_a_fixed_width_table_are_read_and_not_audited_as_whole_numbers(tmp_path):
    import zvitparse

    path = tmp_path / "staff.txt"
    path.write_text("Таблиця 1. Кадрова забезпеченість та охоплення послугами\n\n"
                    "                          Штатні    Фактично   Отримувачі      Надано\n"
                    "ТЦСО                      посади    працює     догляду вдома   послуг\n"
                    "Миргородський               42,5       39          312         18 455\n"
                    "Лубенський                  51,0       47          398         22 107\n"
                    "Хорольський                 19,5       18          141          7 618\n"
                    "Разом                      113,0      104          851         48 180\n", encoding="utf-8")
    report = zvitparse.parse(path)
    got = {(f.indicator, f.unit, f.value) for f in report.facts}
    assert {("staff_positions", "positions", 42.5), ("staff_positions", "positions", 19.5),
            ("staff_actual", "staff", 39), ("staff_positions", "positions", 113)} <= got
    assert not any(f.indicator == "staff_actual" and f.unit != "staff" for f in report.facts)
    assert report.findings == []


def test_label_dash_figure_lines_are_no_table_rows(make_doc):
    """«у зв'язку зі смертю – 29»: a label, its dash and its figure — the dash is no empty cell."""
    from zvitparse.extract import line_tables

    doc = make_doc(["Знято з обслуговування 47 осіб, з них:\nу зв'язку зі смертю – 29\nу зв'язку з переїздом – 6\n"
                    "за власним бажанням – 12"])
    assert line_tables.text_grids(doc) == []
