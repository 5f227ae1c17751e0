"""Survey answer tables: question × answer, counts (with percents) as survey_respondents."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts
from zvitparse.extract.survey_tables import assign, header_answers
from zvitparse.read import read_bytes


@pytest.mark.parametrize(
    ("header", "answers"),
    [
        ("Запитання Так Частково Ні", ["так", "частково", "ні"]),
        ("Питання\tТак\tНі", ["так", "ні"]),
        ("№ Запитання анкети Повністю задоволені Частково задоволені Не задоволені",
         ["так", "частково", "ні"]),
        ("Так Ні Важко відповісти", ["так", "ні", "важко відповісти"]),
        # the ratings given, as answers (a table of marks under them gives no counts: see below)
        ("Критерій Добре Задовільно Незадовільно", ["добре", "задовільно", "незадовільно"]),
        ("Так, послуги надаються також вдома", []),  # one answer word in prose
        ("Кількість Так Так", []),  # the same answer twice is no header
    ],
)
def test_header_answers(header: str, answers: list[str]) -> None:
    assert header_answers(header) == answers


@pytest.mark.parametrize(
    ("figures", "n", "expected"),
    [
        ([(44, False), (91.7, False), (3, False), (6.3, False), (1, False), (2.1, False)], 3,
         [(44, 91.7), (3, 6.3), (1, 2.1)]),
        ([(40, False), (6, False), (2, False)], 3, [(40, None), (6, None), (2, None)]),
        ([(48, False), (40, False), (6, False), (2, False)], 3, [(40, None), (6, None), (2, None)]),  # total first
        ([(40, False), (6, False), (2, False), (48, False)], 3, [(40, None), (6, None), (2, None)]),  # total last
        ([(80, False), (15, False), (5, False)], 3, None),  # whole percents, sign left out
        ([(83.3, True), (16.7, True)], 2, None),  # percents alone are shares
        ([(40, False), (6, False)], 3, None),
    ],
)
def test_assign(figures, n: int, expected) -> None:
    assert assign(figures, n) == expected


def survey_facts(text: str, name: str = "t.txt") -> list:
    doc = read_bytes(text.encode(), name)
    return [f for f in extract_facts(doc, {}) if f.extractor == "survey_table"]


INTRO = "В анкетуванні взяли участь 48 отримувачів послуги догляду вдома.\n\n"

FIXED_WIDTH = INTRO + """                Таблиця 1
   Відповіді на запитання анкети
 ----------------------------------------------------------
 Запитання                          Так       Частково      Ні
                                 к-сть   %   к-сть   %   к-сть  %
 ----------------------------------------------------------
 1. Чи своєчасно Вам надається      44   91,7   3   6,3   1   2,1
    послуга?
 2. Чи задоволені Ви ставленням     46   95,8   2   4,2   0   0,0
    працівника?
 ----------------------------------------------------------
"""

TSV = INTRO + "Відповіді на запитання анкети\nЗапитання\tТак\tЧастково\tНі\n" \
    "Чи своєчасно надається послуга?\t44\t3\t1\nЧи задоволені Ви ставленням?\t46\t2\t0\n"

HTML = ("<html><body><p>" + INTRO.strip() + "</p><p>Результати опитування</p><table>"
        "<tr><td>Питання</td><td>Так</td><td>Частково</td><td>Ні</td></tr>"
        "<tr><td>Чи своєчасно надається послуга?</td><td>44</td><td>3</td><td>1</td></tr>"
        "<tr><td>Чи задоволені Ви ставленням?</td><td>46</td><td>2</td><td>0</td></tr>"
        "</table></body></html>")


@pytest.mark.parametrize(("text", "name"), [(FIXED_WIDTH, "t.txt"), (TSV, "t.txt"), (HTML, "t.html")])
def test_answer_counts_of_every_layout(text: str, name: str) -> None:
    facts = survey_facts(text, name)
    assert [(f.value, f.label.rsplit(" — ", 1)[1]) for f in facts] == [
        (44, "так"), (3, "частково"), (1, "ні"), (46, "так"), (2, "частково"), (0, "ні")]
    assert {f.unit for f in facts} == {"recipients"}
    assert {f.service for f in facts} == {"home_care"}
    assert len({f.group_id for f in facts}) == 2
    assert all(f.parent_id for f in facts)  # the 48 respondents above the table


def test_percents_and_wrapped_questions_of_a_fixed_width_table() -> None:
    facts = survey_facts(FIXED_WIDTH)
    assert [f.percent for f in facts[:3]] == [91.7, 6.3, 2.1]
    assert facts[0].label.startswith("Чи своєчасно Вам надається послуга?")


def test_no_survey_cue_no_answer_table() -> None:
    text = "Показники роботи\nПоказник\tТак\tНі\nНаявність пандуса\t1\t0\nНаявність ліфта\t0\t1\n"
    assert survey_facts(text) == []


def test_a_zero_written_alone_beside_counts_with_percents_is_an_answer() -> None:
    html = ("<html><body><p>В анкетуванні взяли участь 30 отримувачів послуги.</p><table>"
            "<tr><td>Питання анкети</td><td>Так</td><td>Частково</td><td>Ні</td></tr>"
            "<tr><td>1. Чи отримали Ви повну інформацію?</td><td>28 (93 %)</td><td>2 (7 %)</td><td>0</td></tr>"
            "<tr><td>2. Чи шанобливо ставились до Вас фахівці?</td><td>30 (100 %)</td><td>0</td><td>0</td></tr>"
            "</table></body></html>")
    facts = survey_facts(html, "t.html")
    assert [(f.value, f.percent) for f in facts] == [(28, 93), (2, 7), (0, 0), (30, 100), (0, 0), (0, 0)]
    assert all(f.parent_id for f in facts)  # the 30 respondents, though counted as recipients


def test_a_row_number_before_the_question_is_no_answer() -> None:
    html = ("<html><body><p>В анкетуванні взяли участь 54 отримувачі послуги.</p><table>"
            "<tr><td>№</td><td>Питання анкети</td><td>Так</td><td>Частково</td><td>Ні</td></tr>"
            "<tr><td>1</td><td>Чи задоволені Ви якістю послуги?</td><td>48 (88,9 %)</td><td>5 (9,3 %)</td><td>1 (1,9 %)</td></tr>"
            "<tr><td>2</td><td>Чи порекомендували б Ви послугу?</td><td>49 (90,7 %)</td><td>4 (7,4 %)</td><td>2 (3,7 %)</td></tr>"
            "</table></body></html>")
    facts = survey_facts(html, "t.html")
    assert [f.value for f in facts] == [48, 5, 1, 49, 4, 2]


def test_a_slip_in_an_answer_row_is_reported_at_the_row(tmp_path) -> None:
    import zvitparse

    path = tmp_path / "s.html"
    filler = "<p>" + "Анкети заповнювались анонімно, для отримувачів з порушеннями зору – з допомогою рідних. " * 8 + "</p>"
    path.write_text("<html><body><p>В анкетуванні взяли участь 54 отримувачі послуги.</p>" + filler + "<table>"
                    "<tr><td>№</td><td>Питання анкети</td><td>Так</td><td>Частково</td><td>Ні</td></tr>"
                    "<tr><td>1</td><td>Чи задоволені Ви якістю послуги?</td><td>48 (88,9 %)</td><td>5 (9,3 %)</td>"
                    "<td>1 (1,9 %)</td></tr><tr><td>2</td><td>Чи порекомендували б Ви послугу?</td><td>49 (90,7 %)</td>"
                    "<td>4 (7,4 %)</td><td>2 (3,7 %)</td></tr></table></body></html>", encoding="utf-8")
    report = zvitparse.parse(path)
    (slip,) = [f for f in report.findings if f.rule == "parts_sum"]
    assert "49" in slip.quote and "54" not in slip.quote


CRITERIA = ("Анкети роздано 260 отримувачам, заповнені анкети повернули 214 осіб.\n\n"
            "Таблиця 1. Оцінка якості соціальних послуг отримувачами (n = 214)\n\n"
            "Критерій якості\tДобре\tЗадовільно\tНезадовільно\tРівень\n"
            "\tк-ть\t%\tк-ть\t%\tк-ть\t%\n"
            "Адресність та індивідуальний підхід\t188\t87,9\t24\t11,2\t2\t0,9\tдобре\n"
            "Результативність\t160\t74,8\t47\t22,0\t7\t3,3\tдобре\n")


def test_a_criteria_table_of_the_ratings_given_counts_answers_per_criterion() -> None:
    facts = extract_facts(read_bytes(CRITERIA.encode(), "t.txt"))
    answers = [(f.value, f.percent, f.criterion, f.unit) for f in facts if f.extractor == "survey_table"]
    assert answers == [(188, 87.9, "targeting", "persons"), (24, 11.2, "targeting", "persons"),
                       (2, 0.9, "targeting", "persons"), (160, 74.8, "effectiveness", "persons"),
                       (47, 22.0, "effectiveness", "persons"), (7, 3.3, "effectiveness", "persons")]
    # the percents are the answers', not shares of their own; the header's ratings are no ratings
    assert not [f for f in facts if f.indicator == "share"]
    assert sorted((f.value, f.criterion) for f in facts if f.indicator == "rating") == [
        ("good", "effectiveness"), ("good", "targeting")]


def test_a_table_of_marks_under_the_ratings_gives_ratings_not_answers() -> None:
    text = ("За результатами анкетування отримувачів:\n\nКритерій\tДобре\tЗадовільно\tНезадовільно\n"
            "Адресність та індивідуальний підхід\t+\t\t\nРезультативність\t\t+\t\n")
    facts = extract_facts(read_bytes(text.encode(), "t.txt"))
    assert not [f for f in facts if f.extractor == "survey_table"]
    assert sorted((f.value, f.criterion) for f in facts if f.indicator == "rating") == [
        ("good", "targeting"), ("satisfactory", "effectiveness")]


ANSWER_ROWS = INTRO + """Таблиця 3. Чи отримали Ви послугу вчасно, без зайвого очікування?

Варіант відповіді\tКількість\t%
Так\t41\t85,4
Частково\t5\t10,4
Ні\t2\t4,2
"""


def test_a_table_whose_rows_are_the_answers_to_the_question_above_it() -> None:
    got = {(f.value, f.percent, f.label) for f in survey_facts(ANSWER_ROWS)}
    question = "Чи отримали Ви послугу вчасно, без зайвого очікування?"
    assert got == {(41, 85.4, f"{question} — так"), (5, 10.4, f"{question} — частково"), (2, 4.2, f"{question} — ні")}


def test_rows_that_are_not_all_answers_are_no_answer_table() -> None:
    text = ANSWER_ROWS.replace("Ні\t2\t4,2", "Догляд вдома\t2\t4,2")
    assert survey_facts(text) == []
