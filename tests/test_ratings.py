"""Ratings from table blocks, flattened tables and prose; the pattern files' own examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from zvitparse import patterns
from zvitparse.audit import audit_report
from zvitparse.extract import extract_facts, ratings
from zvitparse.model import Report

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _examples(kind: str, key: str):
    out = []
    for e in patterns.load()[kind]:
        out += [pytest.param(x, e.get(key), True, id=f"{e.id}:{x[:30]}") for x in e.get("examples") or []]
        out += [pytest.param(x, e.get(key), False, id=f"{e.id}:not:{x[:30]}") for x in e.get("not") or []]
    return out


@pytest.mark.parametrize("text, rating, expected", _examples("ratings", "rating"))
def test_rating_pattern_examples(text, rating, expected):
    # an example is a cell holding this rating; a `not` is a cell that does not hold it
    assert (ratings.rating_word(text) == rating) is expected


@pytest.mark.parametrize("text, criterion, expected", _examples("criteria", "criterion"))
def test_criterion_pattern_examples(text, criterion, expected):
    found = ratings.criterion_of(text)
    assert (found is not None and found[1] == criterion) is expected


FLAT = [
    "Результати внутрішньої оцінки якості соціальної послуги консультування",
    "Показники якості",
    "від 80% до 100% «Добре»",
    "51% до 79% «Задовільно»",
    "від 0% до 50% «Незадовільно»",
    "Адресність та індивідуальний підхід",
    "Добре",
    "Своєчасність",
    "Задовільно",
    "Кількість скарг та результати",
    "їх розгляду",
    "добре",
    "Послуга соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах",
    "Принципи надання соціальної послуги",
    "Результат",
    "1",
    "Конфіденційність інформації",
    "Незадовільно",
]


def test_flattened_rating_table(make_doc):
    doc = make_doc(FLAT)
    got = [(f.value, f.criterion, f.service, f.label) for f in ratings.extract(doc, {})]
    assert got == [
        ("good", "targeting", "counselling", None),
        ("satisfactory", "timeliness", "counselling", None),
        ("good", None, "counselling", "Кількість скарг та результати їх розгляду"),
        ("unsatisfactory", "confidentiality", "social_support_sjo", None),
    ]
    f = ratings.extract(doc, {})[0]
    assert doc.text[f.start:f.end] == f.quote == "Адресність та індивідуальний підхід\n\nДобре"
    assert f.fact_id == "ratings:1" and f.indicator == "rating" and f.unit == "rating"


def test_rating_bands(make_doc):
    bands = ratings.rating_bands(make_doc(FLAT))
    assert [(b.rating, b.low, b.high) for b in bands] == [
        ("good", 80, 100), ("satisfactory", 51, 79), ("unsatisfactory", 0, 50)]


def test_rating_bands_in_table_header(make_doc):
    doc = make_doc(["Оцінка послуги консультування", [
        ["Показник", "від 80% до 100% «Добре»", "51-79 % «Задовільно»", "до 50 % «Незадовільно»"],
        ["Своєчасність", "+", "", ""],
        ["Зручність", "", "+", ""],
        ["Професійність", "", "", "х"],
    ]])
    got = [(f.value, f.criterion, f.service) for f in ratings.extract(doc, {})]
    assert got == [("good", "timeliness", "counselling"), ("satisfactory", "convenience", "counselling"),
                   ("unsatisfactory", "professionalism", "counselling")]
    assert [b.rating for b in ratings.rating_bands(doc)] == ["good", "satisfactory", "unsatisfactory"]


def test_rating_word_in_result_column(make_doc):
    doc = make_doc(["Результати оцінки послуги догляду вдома", [
        ["№", "Критерій", "Результат"],
        ["1", "Доступність", "добре"],
        ["2", "Повага до гідності отримувача", "задовільно"],
        ["", "Загальна оцінка", "Добре"],
    ]])
    got = [(f.value, f.criterion, f.service) for f in ratings.extract(doc, {})]
    # the overall row of one service's criteria is that service's
    assert got == [("good", "accessibility", "home_care"), ("satisfactory", "dignity", "home_care"),
                   ("good", "overall", "home_care")]


def test_the_overall_row_of_a_table_of_services_is_of_none(make_doc):
    doc = make_doc(["Результати оцінки послуг", [
        ["№", "Послуга", "Результат"],
        ["1", "Догляд вдома", "добре"],
        ["2", "Денний догляд", "задовільно"],
        ["", "Загальна оцінка", "Добре"],
    ]])
    got = [(f.value, f.criterion, f.service) for f in ratings.extract(doc, {})]
    assert got[-1] == ("good", "overall", None)


def test_a_share_column_among_criteria_counts_is_the_one_headed_in_percent(make_doc):
    doc = make_doc(["Оцінка якості послуги денного догляду", [
        ["№", "Показник якості", "Критеріїв передбачено", "Критеріїв дотримано", "Рівень дотримання, %", "Оцінка"],
        ["1", "Своєчасність", "4", "4", "100", "добре"],
        ["2", "Професійність", "8", "6", "75", "задовільно"],
    ]])
    got = [(f.indicator, f.value, f.criterion) for f in ratings.extract(doc, {})]
    assert ("share", 100, "timeliness") in got and ("share", 75, "professionalism") in got
    assert not any(f[0] == "share" and f[1] in (4, 8, 6) for f in got)


def test_a_share_column_among_points_is_the_one_headed_in_percent(make_doc):
    """A self-assessment in points («Максимум балів | Отримано балів | % від максимуму»): every
    points column reads as a score; the percent one is the criterion's share."""
    doc = make_doc(["Самооцінювання якості послуги соціального супроводу", [
        ["Критерій", "Показників", "Максимум балів", "Отримано балів", "% від максимуму", "Оцінка"],
        ["Своєчасність", "5", "25", "23", "92,0", "добре"],
        ["Результативність", "8", "40", "31", "77,5", "задовільно"],
    ]])
    got = [(f.indicator, f.value, f.criterion) for f in ratings.extract(doc, {})]
    assert ("share", 92, "timeliness") in got and ("share", 77.5, "effectiveness") in got
    assert not any(f[0] == "share" and f[1] in (25, 23, 40, 31) for f in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Показники якості надання соціальних послуг оцінено за рівнем «добре».", [("good", "overall")]),
        ("Загальна оцінка якості - «добре».", [("good", "overall")]),
        ("Загальна оцінка якості надання соціальних послуг Центром «добре».", [("good", "overall")]),
        ("За результатами анкетування кількість задоволених потреб складає 98%,загальна оцінка «добре».",
         [("good", "overall")]),
        ("Незважаючи на загальну оцінку «добре», розроблені заходи.", [("good", "overall")]),
        ("Своєчасність - задовільно.", [("satisfactory", "timeliness")]),
        ("Загальна оцінка: «задовільно».", [("satisfactory", "overall")]),
        ("Якість надання соціальних послуг оцінено як «добре».", [("good", "overall")]),
        # a sentence the layout cut over lines (pdftotext)
        ("За результатами оцінки\nякість надання послуг оцінено\nна рівні «добре».", [("good", "overall")]),
        # no criterion, an adverb, or a band definition: not a rating
        ("Приміщення добре обладнане.", []),
        ("Працівники «добре» знають свої обов'язки.", []),
        ("від 80% до 100% «Добре»", []),
        ("Загальна оцінка якості буде проведена, добре це чи ні.", []),
        # a criterion rated by its score: one percent is a score, a range is a band
        ("Повага до гідності отримувачів: 100 % – «добре».", [("good", "dignity")]),
        ("Результативність: частка отримувачів, у яких відбулося покращення стану, – 70 % – «добре».",
         [("good", "effectiveness")]),
        ("Професійність: 3 з 4 фахівців пройшли підвищення кваліфікації (75 %) – «задовільно».",
         [("satisfactory", "professionalism")]),
        ("Результативність: 80–100 % – «добре».", []),
        # «Рівень «добре»» rates the criterion its paragraph opens with; «загальний рівень якості» is overall
        ("Своєчасність. Частка отримувачів, які вважають послугу своєчасною, – 90 %. Рівень «добре».",
         [("good", "timeliness")]),
        ("Загальний рівень якості надання послуги комісія оцінила як «добре».", [("good", "overall")]),
        ("Своєчасність: менше 50 % – «незадовільно».", []),
    ],
)
def test_prose_ratings(make_doc, text, expected):
    doc = make_doc(["Вступ.", text])
    assert [(f.value, f.criterion) for f in ratings.extract(doc, {})] == expected


def test_prose_rating_takes_service_from_context(make_doc):
    doc = make_doc(["Моніторинг соціальної послуги «натуральна допомога».",
                    "Показники якості оцінено за рівнем «добре»."])
    (f,) = ratings.extract(doc, {})
    assert f.service == "natural_aid" and doc.text[f.start:f.end] == f.quote


def test_repeated_prose_rating_counts_twice(make_doc):
    doc = make_doc(["Загальна оцінка якості надання соціальних послуг Центром «добре».",
                    "Незважаючи на загальну оцінку «добре», розроблені заходи."])
    assert len(ratings.extract(doc, {})) == 2


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared/ not beside the repo")
def test_seed_000_ratings():
    from zvitparse.read import read_path

    doc = read_path(SHARED / "seeds" / "000_1d545bbe71f900c8.txt")
    facts = ratings.extract(doc, {})
    crit = [(f.criterion, f.service) for f in facts]
    assert crit == [
        (None, "counselling"), (None, "counselling"),
        ("targeting", "counselling"), ("effectiveness", "counselling"), ("timeliness", "counselling"),
        ("accessibility", "counselling"), ("dignity", "counselling"), ("professionalism", "counselling"),
        ("accessibility", "social_support_sjo"), ("independence", "social_support_sjo"),
        ("safety", "social_support_sjo"), ("confidentiality", "social_support_sjo"),
        ("overall", None),
    ]
    assert all(f.value == "good" for f in facts)
    assert len({f.fact_id for f in facts}) == len(facts)


def test_rows_glued_by_a_pdf(make_doc):
    # pdf text layers glue a row's cells into one line, and the band header into the first row
    doc = make_doc([
        "Результати внутрішньої оцінки якості соціальної послуги консультування Показники якості від 80% до 100% «Добре»",
        "51% до 79% «Задовільно» від 0% до 50% «Незадовільно» Адресність та індивідуальний підхід Добре",
        "Результативність", "Добре",
        "Кількість скарг та результати їх розгляду добре",
        "Оцінка якості соціальних послуг, що надавались у 2020 році, в цілому",
        "Узагальнений статус",
        "Рекомендації по роботі із суб'єктом, що надає соціальну послугу Добре",
        "Стан роботи оцінюється як добре.",
    ])
    got = [(f.value, f.criterion, f.label, f.service) for f in ratings.extract(doc, {})]
    assert got == [
        ("good", "targeting", None, "counselling"),
        ("good", "effectiveness", None, "counselling"),
        ("good", None, "Кількість скарг та результати їх розгляду", "counselling"),
        ("good", "overall", None, None),
    ]


def test_marks_under_a_header_row_of_ratings(make_doc):
    doc = make_doc(["Результати оцінки послуги консультування", [
        ["Показник якості", "Рівень оцінки", "Рівень оцінки", "Рівень оцінки"],
        ["", "добре", "задовільно", "незадовільно"],
        ["Адресність та індивідуальний підхід", "+", "", ""],
        ["Доступність та відкритість", "", "+", ""],
    ]])
    got = [(f.value, f.criterion, f.service) for f in ratings.extract(doc, {})]
    assert got == [("good", "targeting", "counselling"), ("satisfactory", "accessibility", "counselling")]


def test_a_column_per_service_with_scores(make_doc):
    doc = make_doc(["Рівні оцінки: від 80 % до 100 % – «добре», від 51 % до 79 % – «задовільно», "
                    "до 50 % – «незадовільно».", [
                        ["Показник якості", "Догляд вдома", "Денний догляд"],
                        ["Результативність", "добре (88 %)", "задовільно (72 %)"],
                        ["Своєчасність", "добре (91 %)", "добре (90 %)"],
                    ]])
    got = [(f.value, f.criterion, f.service) for f in ratings.extract(doc, {})]
    assert got == [("good", "effectiveness", "home_care"), ("satisfactory", "effectiveness", "day_care"),
                   ("good", "timeliness", "home_care"), ("good", "timeliness", "day_care")]
    bands = ratings.rating_bands(doc)
    assert [(b.rating, b.low, b.high) for b in bands] == [
        ("good", 80, 100), ("satisfactory", 51, 79), ("unsatisfactory", 0, 50)]


def test_rating_statement_under_a_criterion_heading(make_doc):
    doc = make_doc(["Критерії оцінювання: 80–100 % – «добре», 60–79 % – «задовільно», менше 60 % – «незадовільно».",
                    "1. Адресність та індивідуальний підхід\nПлани складено для 186 отримувачів, що становить 100 %. "
                    "Оцінка – «добре».",
                    "2. Результативність\nУ 71 % отримувачів стан покращився. Оцінка – «задовільно»."])
    got = [(f.value, f.criterion) for f in ratings.extract(doc, {})]
    assert got == [("good", "targeting"), ("satisfactory", "effectiveness")]
    assert [(b.rating, b.low, b.high) for b in ratings.rating_bands(doc)] == [
        ("good", 80, 100), ("satisfactory", 60, 79), ("unsatisfactory", 0, 60)]


@pytest.mark.parametrize(
    "parts, scores",
    [
        ([[["Показник якості", "Догляд вдома"], ["Професійність", "добре (78 %)"]]], [78.0]),
        (["Загальна оцінка якості послуги догляду вдома – «добре» (середній показник – 78 %)."], [78.0]),
        (["Загальна оцінка якості - «добре»."], [None]),
    ],
)
def test_rating_score_lands_in_percent(make_doc, parts, scores):
    facts = ratings.extract(make_doc(parts), {})
    assert [f.percent for f in facts] == scores


@pytest.mark.parametrize(
    "table",
    [
        "| Критерій | Значення показника, % | Оцінка |\n| Своєчасність | 82 | добре |\n| Професійність | 100 | добре |",
        "Критерій\tЗначення, %\tОцінка\n1\tСвоєчасність\t82\tдобре\n2\tПрофесійність\t100\tдобре",
    ],
)
def test_a_score_column_gives_shares_beside_the_ratings(table):
    from zvitparse.read import read_bytes

    doc = read_bytes(f"Оцінка якості послуги догляду вдома\n\n{table}\n".encode(), "t.txt")
    facts = ratings.extract(doc, {})
    assert [(f.indicator, f.value, f.criterion) for f in facts] == [
        ("share", 82, "timeliness"), ("rating", "good", "timeliness"),
        ("share", 100, "professionalism"), ("rating", "good", "professionalism")]
    assert [f.percent for f in facts if f.indicator == "rating"] == [82, 100]


def test_a_score_inside_the_rating_cell_stays_the_ratings_percent(make_doc):
    from zvitparse.read import read_bytes

    doc = read_bytes("Критерій\tОцінка\nСвоєчасність\tдобре (95 %)\nПрофесійність\tдобре (93 %)\n".encode(), "t.txt")
    facts = ratings.extract(doc, {})
    assert [(f.indicator, f.percent) for f in facts] == [("rating", 95), ("rating", 93)]


def test_an_assessment_of_one_service_rates_that_service(make_doc):
    doc = make_doc(["ЗВІТ за результатами внутрішньої оцінки якості соціальної послуги соціального супроводу за 2021 рік",
                    "Сім'ям надавалися також послуги консультування та натуральної допомоги.",
                    "Професійність: 3 з 4 фахівців пройшли навчання (75 %) – «задовільно»."])
    (f,) = ratings.extract(doc, {})
    assert (f.value, f.service) == ("satisfactory", "social_support_sjo")


@pytest.mark.parametrize("table", [
    [[["Критерій якості", "Частка позитивних відповідей, %", "Оцінка"], ["Своєчасність", "86,8", "добре"],
      ["Зручність", "76,5", "добре"]]],
    [[["Критерій", "%", "Оцінка"], ["1", "Своєчасність", "86,8", "добре"], ["2", "Зручність", "76,5", "добре"]]],
])
def test_the_criteria_table_of_an_assessment_of_one_service_rates_that_service(make_doc, table):
    """A sentence just above the table naming another service («Крім того, послугу денного
    догляду отримувала 31 особа.») does not make the criteria that service's."""
    doc = make_doc(["АНАЛІТИЧНИЙ ЗВІТ за результатами внутрішньої оцінки якості соціальної послуги догляду вдома за 2024 рік",
                    "Послугу догляду вдома отримували 143 особи.",
                    "Крім того, послугу денного догляду отримувала 31 особа.", *table])
    from zvitparse.extract import extract_facts

    facts = extract_facts(doc)
    got = [(f.indicator, f.value, f.criterion, f.service) for f in facts if f.criterion]
    assert got == [(ind, value, crit, "home_care") for crit, share in (("timeliness", 86.8), ("convenience", 76.5))
                   for ind, value in (("share", share), ("rating", "good"))]


def test_a_share_takes_the_criterion_named_last_before_it(make_doc):
    from zvitparse.extract import extract_facts

    doc = make_doc(["Звіт про оцінку якості послуги догляду вдома.",
                    "За критерієм «Адресність та індивідуальний підхід» якість оцінено як «добре»; «Доступність та "
                    "відкритість» – «задовільно» (лише 75,9 % опитаних поінформовані про свої права).",
                    "За критерієм своєчасності (85 % позитивних відповідей) якість послуги оцінено як «добре»."])
    shares = {f.value: f.criterion for f in extract_facts(doc) if f.unit == "percent"}
    assert shares == {75.9: "accessibility", 85: "timeliness"}


def test_the_items_of_a_rated_list_rate_the_same_criterion(make_doc):
    from zvitparse.read import read_bytes

    text = ("Аналітична записка\n\nЗа її результатами:\n   - Миргородський ТЦСО – загальна оцінка «добре»;\n"
            "   - Хорольський ТЦСО – «задовільно» (за критерієм своєчасності –\n     «незадовільно» через чергу);\n"
            "   - Кобеляцький ТЦСО – «добре».\n")
    got = [(f.value, f.criterion) for f in ratings.extract(read_bytes(text.encode(), "t.txt"), {})]
    assert got == [("good", "overall"), ("satisfactory", "overall"), ("unsatisfactory", "timeliness"),
                   ("good", "overall")]


@pytest.mark.parametrize("text", [
    "Рівень якості визначався за часткою відповідей «добре»: 80–100 % – «добре», 60–79,9 % – «задовільно».",
    "Шкала оцінювання: 80–100 % – «добре»; 60–79,9 % – «задовільно»; менше 60 % – «незадовільно».",
])
def test_a_scale_with_decimal_bounds_gives_no_rating_nor_share(make_doc, text):
    from zvitparse.extract import extract_facts

    assert [(f.indicator, f.value) for f in extract_facts(make_doc([text]))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Якість надання соціальної послуги догляду вдома за результатами внутрішньої оцінки визначено як «добре».",
      [("good", "overall", "home_care")]),
     ("За результатами оцінки якість послуги визнано задовільною.", [("satisfactory", "overall", None)]),
     ("Якість послуги оцінено як добру.", [("good", "overall", None)]),
     ("Комісія оцінила послугу як «добре» за всіма критеріями.", [("good", "overall", None)]),
     # what respondents said is a survey answer, not the commission's rating
     ("92 % опитаних оцінили якість послуг на «добре».", []),
     ("Отримувачі отримали добру консультацію.", [])],
)
def test_a_rating_stated_by_its_verb(make_doc, text, expected):
    got = [(f.value, f.criterion, f.service) for f in ratings.extract(make_doc([text]), {})]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "Рівень якості визначався за часткою позитивних відповідей: від 80 до 100 % – «добре», від 51 до 79 % – "
        "«задовільно», 50 % і менше – «незадовільно».",
        "Рівні якості визначено так: «добре» – 80–100 % позитивних відповідей, «задовільно» – 60–79 %, "
        "«незадовільно» – менше 60 %.",
    ],
)
def test_a_sentence_defining_the_bands_rates_nothing(make_doc, text):
    from zvitparse.extract import extract_facts

    assert extract_facts(make_doc([text]), {}) == []


@pytest.mark.parametrize("items", [
    ["- адресність та індивідуальний підхід - 91,9 % («добре»);", "- результативність - 81,1 % («добре»);",
     "- своєчасність - 94,6 % («задовільно»);"],
    ["«Адресність» – 91,9 %, «добре»;", "«Результативність» – 81,1 % («добре»);", "«Своєчасність» – 94,6 %, «задовільно»."],
])
def test_a_short_list_item_naming_its_criterion_states_its_rating(make_doc, items):
    doc = make_doc(["Частка позитивних відповідей за критеріями:\n" + "\n".join(items)])
    got = [(f.criterion, f.value) for f in ratings.extract(doc, {})]
    assert got == [("targeting", "good"), ("effectiveness", "good"), ("timeliness", "satisfactory")]


def test_a_band_line_without_a_criterion_rates_nothing(make_doc):
    doc = make_doc(["Шкала оцінювання:\nдо 50 % «незадовільно»\nвід 50 % «задовільно»"])
    assert ratings.extract(doc, {}) == []


FLAT_TABLE = ("Таблиця 1. Результати оцінки за критеріями якості\n\nКритерій Позитивних відповідей, % Оцінка\n"
              "Адресність та індивідуальний підхід 94,0 добре\nСвоєчасність 78,6 добре\nПрофесійність 89,3 добре\n\n"
              "3. Висновки\n\nЗа результатами внутрішньої оцінки якість надання соціальної послуги догляду вдома "
              "визнано на рівні «добре».")


@pytest.mark.parametrize("percent", ["", " %", "%"])
def test_a_table_flattened_into_lines_gives_each_criterion_its_score_and_rating(make_doc, percent):
    # (a score with its «%» and a one-word criterion, «Своєчасність 78,6 % добре», is no band line)
    table = FLAT_TABLE.replace("94,0 добре", f"94,0{percent} добре").replace("78,6 добре", f"78,6{percent} добре") \
        .replace("89,3 добре", f"89,3{percent} добре")
    facts = ratings.extract(make_doc([table]), {})
    got = [(f.indicator, f.value, f.criterion, f.percent) for f in facts]
    assert got == [("rating", "good", "targeting", 94.0), ("share", 94, "targeting", None),
                   ("rating", "good", "timeliness", 78.6), ("share", 78.6, "timeliness", None),
                   ("rating", "good", "professionalism", 89.3), ("share", 89.3, "professionalism", None),
                   # the conclusion under its own heading rates the service as a whole
                   ("rating", "good", "overall", None)]


GOOD_80, SATIS_60_79, UNSAT_60 = ("good", 80, 100), ("satisfactory", 60, 79.9), ("unsatisfactory", 0, 60)


@pytest.mark.parametrize("scale", [
    # the range before its rating, the clauses parted by commas
    "Рівень визначався за часткою відповідей «добре»: 80–100 % – «добре», 60–79,9 % – «задовільно», "
    "менше 60 % – «незадовільно».",
    "Шкала: 80–100 % – «добре»; 60–79,9 % – «задовільно»; менше 60 % – «незадовільно».",
    # the range after its rating, parted by semicolons or commas
    "«Добре» – від 80 до 100 %; «задовільно» – від 60 до 79,9 %; «незадовільно» – менше 60 %.",
    "Оцінка «добре» – 80–100 %, «задовільно» – 60–79,9 %, «незадовільно» – менше 60 %.",
    ["Рівень", "Частка позитивних відповідей"],
])
def test_a_range_belongs_to_the_rating_it_is_joined_to(make_doc, scale) -> None:
    parts = [scale] if isinstance(scale, str) else [[scale, ["«добре»", "від 80 до 100 %"],
                                                      ["«задовільно»", "від 60 до 79,9 %"],
                                                      ["«незадовільно»", "менше 60 %"]]]
    got = [(b.rating, b.low, b.high) for b in ratings.rating_bands(make_doc(parts))]
    assert got == [GOOD_80, SATIS_60_79, UNSAT_60]


def test_a_band_whose_top_is_open_and_a_range_after_a_semicolon(make_doc) -> None:
    doc = make_doc(["Оцінка «добре» виставляється, якщо частка позитивних відповідей становить 85 % і більше; "
                    "«задовільно» – від 60 до 84,9 %; «незадовільно» – менше 60 %."])
    got = [(b.rating, b.low, b.high) for b in ratings.rating_bands(doc)]
    # (the 60–84,9 % after «задовільно» is its, not «незадовільно»'s, whatever comes before)
    assert ("satisfactory", 60, 84.9) in got and ("unsatisfactory", 0, 60) in got
    assert all(r != "unsatisfactory" or hi == 60 for r, _, hi in got)


def test_a_scale_table_is_not_read_across_its_rows(make_doc) -> None:
    # «від 85 до 100 %» at the end of one row is not the band of «задовільно» on the next
    doc = make_doc([[["«добре»", "від 85 до 100 %"], ["«задовільно»", "від 60 до 84,9 %"], ["«незадовільно»", "менше 60 %"]],
                    [["Критерій", "%", "Оцінка"], ["Професійність", "83,3", "добре"], ["Своєчасність", "91,7", "добре"]]])
    r = Report(doc_id="t", source="t.txt", meta={}, facts=ratings.extract(doc, {}), document=doc)
    flagged = [f.quote for f in audit_report(r)[0] if f.rule == "rating_band"]
    assert flagged == ["Професійність\t83,3\tдобре"]


def test_a_criteria_table_copied_a_cell_per_line_keeps_its_scores(make_doc):
    text = ("ЗВІТ про зовнішню оцінку якості соціальної послуги догляду вдома\n\n"
            "Критерій\nЧастка\nпозитивних\nвідповідей, %\nОцінка\n"
            "Адресність та індивідуальний підхід\n95,7\nдобре\n"
            "Результативність\n89,1\nдобре\n"
            "Повага до гідності отримувача 100 добре\n"
            "Загальна оцінка – добре")
    facts = extract_facts(make_doc([text]), {})
    shares = {(f.criterion, f.value) for f in facts if f.indicator == "share"}
    assert shares == {("targeting", 95.7), ("effectiveness", 89.1), ("dignity", 100)}
    overall = [f.service for f in facts if f.indicator == "rating" and f.criterion == "overall"]
    assert overall == ["home_care"]


@pytest.mark.parametrize(("sentence", "want"), [
    ("За критеріями своєчасності та професійності якість послуги оцінено як «добре».",
     {("timeliness", "good"), ("professionalism", "good")}),
    ("Доступність, своєчасність і результативність оцінено як «добре».",
     {("accessibility", "good"), ("timeliness", "good"), ("effectiveness", "good")}),
    # each criterion its own rating; one criterion's name holding «та» is one criterion
    ("Своєчасність – «добре», професійність – «задовільно».",
     {("timeliness", "good"), ("professionalism", "satisfactory")}),
    ("За критерієм адресності та індивідуального підходу – «задовільно».", {("targeting", "satisfactory")}),
    # criteria named by their quoted titles, a two-word title («Доступність та відкритість») once
    ("За критеріями «Адресність та індивідуальний підхід», «Повага до гідності» та «Конфіденційність» "
     "якість послуги оцінено як добру.", {("targeting", "good"), ("dignity", "good"), ("confidentiality", "good")}),
    ("За критеріями «Своєчасність» і «Доступність та відкритість» якість оцінено як задовільну.",
     {("timeliness", "satisfactory"), ("accessibility", "satisfactory")}),
])
def test_criteria_joined_before_one_rating_each_have_it(make_doc, sentence, want):
    doc = make_doc(["Звіт про оцінку якості послуги догляду вдома.", sentence])
    got = [(f.criterion, f.value) for f in ratings.extract(doc, {})]
    assert set(got) == want and len(got) == len(want)  # each criterion rated once


@pytest.mark.parametrize(
    ("label", "criterion"),
    [("Адресність та індивідуальний підхід", "targeting"), ("Своєчасність", "timeliness"),
     ("Повага до гідності", "dignity"), ("Конфіденційність інформації", "confidentiality")],
)
def test_a_share_in_a_criteria_table_row_is_that_criterion_s(label: str, criterion: str) -> None:
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = f"№\tКритерій\tПозитивних відповідей, %\tОцінка\n1\t{label}\t87,8\tдобре\n2\tЗручність\t83,0\tзадовільно\n"
    facts = extract_facts(read_bytes(text.encode(), "t.txt"), {})
    shares = {f.value: f.criterion for f in facts if f.indicator == "share"}
    assert shares == {87.8: criterion, 83.0: "convenience"}


def test_a_rating_in_a_row_naming_a_service_is_that_service_s_overall_rating() -> None:
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = ("№\tСоціальна послуга\tКількість отримувачів\tОпитано\tЧастка задоволених, %\tОцінка\n"
            "1\tДогляд вдома\t184\t62\t91,9\tдобре\n2\tКонсультування\t412\t48\t79,2\tзадовільно\n")
    got = {(f.value, f.service, f.criterion) for f in extract_facts(read_bytes(text.encode(), "t.txt"), {})
           if f.indicator == "rating"}
    assert got == {("good", "home_care", "overall"), ("satisfactory", "counselling", "overall")}


@pytest.mark.parametrize("leader", [" ............. ", " … ", " _____ ", "......"])
def test_a_printout_s_criteria_with_dot_leaders_before_their_ratings(make_doc, leader):
    from zvitparse.extract import ratings

    doc = make_doc(["III. ОЦІНКА ЗА КРИТЕРІЯМИ",
                    f"  Своєчасність{leader}добре\n  Доступність та відкритість{leader}задовільно"])
    got = {(f.criterion, f.value) for f in ratings.extract(doc, {})}
    assert got == {("timeliness", "good"), ("accessibility", "satisfactory")}


@pytest.mark.parametrize("cell, share", [("38 з 40 (95,0 %)", 95), ("116/118 (98,3 %)", 98.3), ("40 із 40 (100 %)", 100),
                                         ("95,0 %", 95), ("95", 95)])
def test_a_score_cell_may_show_its_count_beside_the_percentage(make_doc, cell, share):
    doc = make_doc(["Критерії якості послуги догляду вдома", [
        ["№", "Критерій / показник", "Значення", "Оцінка"],
        ["2.2", "Доступність та відкритість: частка опитаних, які вважають інформацію доступною", cell, "добре"],
    ]])
    got = [(f.indicator, f.value, f.criterion) for f in ratings.extract(doc, {})]
    assert ("share", share, "accessibility") in got and ("rating", "good", "accessibility") in got
