"""Sentence segmentation over bullets, numbered lists, abbreviations and lines cut by layout."""

from __future__ import annotations

import pytest

from zvitparse.extract.sentences import sentence_text, sentences, split_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Звернулися 367 сімей. Надано 342 послуги.", ["Звернулися 367 сімей.", "Надано 342 послуги."]),
        # «назва – число» wrapped before its dash is one sentence; a dash item after a colon is a bullet
        ("з них соціальних робітників\n– 71, фахівців – 9.", ["з них соціальних робітників\n– 71, фахівців – 9."]),
        ("Надано послуги:\n– 5 сім'ям;\n– 6 особам.", ["Надано послуги:", "– 5 сім'ям;", "– 6 особам."]),
        # lines «назва – число» without marks: one item each
        ("у тому числі:\n   м. Ірпінь – 164\n   смт Гостомель – 58", ["у тому числі:", "м. Ірпінь – 164", "смт Гостомель – 58"]),
        # a currency's stop before a capital ends the sentence; before a small letter it does not
        ("на суму 83,7 тис. грн. Проведено 7 заходів.", ["на суму 83,7 тис. грн.", "Проведено 7 заходів."]),
        ("на суму 83,7 тис. грн. на продукти", ["на суму 83,7 тис. грн. на продукти"]),
        ("м. Покров, вул. Центральна. Центр працює.", ["м. Покров, вул. Центральна.", "Центр працює."]),
        ("директор Шаповал О. М. Підписав наказ.", ["директор Шаповал О. М. Підписав наказ."]),
        ("з них:\n• 9 сімей;\n• 3 сім'ї.", ["з них:", "• 9 сімей;", "• 3 сім'ї."]),
        ("1) інформування – 402;\n2) консультування – 377.", ["1) інформування – 402;", "2) консультування – 377."]),
        ("послугою охоплено 18\nсімей, в них 33 дитини.", ["послугою охоплено 18\nсімей, в них 33 дитини."]),
        ("Послуга консультування\nКількісні показники.", ["Послуга консультування", "Кількісні показники."]),
        ("Перший рядок\n\nДругий рядок", ["Перший рядок", "Другий рядок"]),
        # a slide: short lines, each a figure of its own
        ("ХТО МИ\n5 структурних підрозділів\n62 штатні одиниці\n57 працівників фактично",
         ["ХТО МИ", "5 структурних підрозділів", "62 штатні одиниці", "57 працівників фактично"]),
        # but a short line left open goes on: a verb, a preposition, a comma
        ("До центру звернулося\n245 осіб, з них\n112 дітей, а також\n17 сімей.",
         ["До центру звернулося\n245 осіб, з них\n112 дітей, а також\n17 сімей."]),
        ("1 734\nотримувачі послуг\nза півріччя", ["1 734\nотримувачі послуг\nза півріччя"]),
        # a bracket that opens on a figure is the line above's; one that opens on words starts anew
        ("у закладах освіти – 19 заходів\n(742 учасники), на підприємствах – 8.",
         ["у закладах освіти – 19 заходів\n(742 учасники), на підприємствах – 8."]),
        ("Проведено 12 занять\n(Додаток 1 до звіту)", ["Проведено 12 занять", "(Додаток 1 до звіту)"]),
        # a bracket left open at a stop goes on where it closes
        ("обслуговано 1 318 осіб (за 9 міс.\n2022 р. – 1 274), у т.ч. по відділеннях:",
         ["обслуговано 1 318 осіб (за 9 міс.\n2022 р. – 1 274), у т.ч. по відділеннях:"]),
        ("Надано 12 послуг (див.\nдодаток).\nПроведено 3 заходи.", ["Надано 12 послуг (див.\nдодаток).", "Проведено 3 заходи."]),
    ],
)
def test_split(text, expected):
    assert [s.text for s in split_text(text)] == expected


def test_bullets_are_marked():
    sents = split_text("Завершено 12 сім'ям, з них:\n- з позитивним результатом – 9;")
    assert [s.bullet for s in sents] == [False, True]


def test_offsets_index_the_document(make_doc):
    doc = make_doc(["Вступ.", "Протягом року звернулися 367 сімей. Надано 342 послуги.", [["КЕКВ", "Сума"], ["2110", "12,5"]]])
    sents = sentences(doc)
    assert [doc.text[s.start : s.end] for s in sents] == [s.text for s in sents]
    assert all("2110" not in s.text for s in sents), "tables are not prose"


def test_sentence_text_masks_what_lies_between(make_doc):
    doc = make_doc(["Перше речення.", [["a", "1"]], "Друге."])
    masked = sentence_text(doc)
    assert len(masked) == len(doc.text)
    assert "Перше речення." in masked and "Друге." in masked
    assert "a" not in masked.replace("Перше речення.", "").replace("Друге.", "")


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("- забезпечити охоплення послугою соціального супроводу не менше 75 % сімей;", True),
        ("Продовжити впровадження електронних сервісів, довести частку заяв до 15 %.", True),
        ("2. Відкрити 2 кризові кімнати.", True),
        ("Забезпечено охоплення 75 % сімей.", False),
        ("Центр надав послуги 120 особам.", False),
        # an infinitive that the sentence says was achieved is a result
        ("Подолати складні життєві обставини вдалося 12 сім'ям.", False),
        ("Повернути дітей у біологічні сім'ї вдалось у 3 випадках.", False),
        ("Подолати складні життєві обставини щонайменше 12 сім'ям.", True),
        # a deadline before the infinitive
        ("до 01.09.2025 забезпечити підвищення кваліфікації не менше 6 соціальних робітників;", True),
        ("- У 2025 році: створити 2 прийомні сім'ї.", True),
        ("У 2024 році взято під супровід 14 сімей.", False),
        ("Заходи на IV квартал 2024 року: забезпечити оцінювання потреб не менше 120 осіб.", True),
    ],
)
def test_a_plan_item_opens_on_an_infinitive(text, task):
    from zvitparse.extract.sentences import Sentence, is_task

    assert is_task(Sentence(0, len(text), text, -1)) is task


def test_figures_of_plan_items_are_no_facts(make_doc):
    from zvitparse.extract import extract_facts

    doc = make_doc(["Основні завдання на 2025 рік:\n- забезпечити охоплення послугою не менше 75 % сімей;\n"
                    "- відкрити 2 кризові кімнати.", "Проведено 12 нарад з керівниками; надано послуги 40 особам."])
    assert [(f.indicator, f.value) for f in extract_facts(doc, {})] == [("served", 40)]


@pytest.mark.parametrize(
    "text",
    [
        "- забезпечити охоплення не менше 75 % сімей",
        "Забезпечено охоплення 75 % сімей",
        "— «забезпечити» 12 заходів",
        "... 12 сімей",
        "Найпрофесійнішихвисококваліфікованихнайдосвідченіших фахівців 12",  # a first word cut at 40
        "",
    ],
)
def test_is_task_reads_the_first_word_as_the_head_tokenized_whole(text):
    from zvitparse.extract.sentences import _BULLET_START, Sentence, is_task
    from zvitparse.nlp import tokens

    head = _BULLET_START.sub("", text.lstrip(), count=1)[:40]
    words = [t for t in tokens(head) if not (t.is_space or t.is_punct)]
    assert is_task(Sentence(0, len(text), text, -1)) == (bool(words) and words[0].pos == "INFN")


def test_a_word_with_an_apostrophe_is_no_abbreviation():
    from zvitparse.extract.sentences import split_text

    text = "Під супроводом перебували 34 сім'ї. 16 із них взяли під супровід. Мешкає у с. Ливи."
    assert [s.text for s in split_text(text)] == [
        "Під супроводом перебували 34 сім'ї.", "16 із них взяли під супровід.", "Мешкає у с. Ливи."]


@pytest.mark.parametrize("text", ["Завдання на 2024 рік: взяти під супровід не менше 45 сімей.", "План: провести 12 тренінгів.",
                                  "Фінансовому відділу передбачити кошти на 2 посади."])
def test_plans_under_a_heading_and_charges_are_tasks(text):
    from zvitparse.extract.sentences import is_task, split_text

    assert is_task(split_text(text)[0])


def test_a_result_under_a_heading_is_no_task():
    from zvitparse.extract.sentences import is_task, split_text

    assert not is_task(split_text("Результати: взято під супровід 45 сімей.")[0])


def test_a_counted_noun_cut_short_at_a_line_s_end_goes_on_with_the_lowercase_line_under_it():
    from zvitparse.extract.sentences import sentences
    from zvitparse.read import read_bytes

    doc = read_bytes("З них 64 ос. взято на обслуговування, 21 ос.\nвідмовлено (не належать до категорій).\n"
                     "Знято з обслуговування 46 ос.\nНаступне речення.".encode(), "t.txt")
    assert [s.text for s in sentences(doc)] == [
        "З них 64 ос. взято на обслуговування, 21 ос.\nвідмовлено (не належать до категорій).",
        "Знято з обслуговування 46 ос.", "Наступне речення."]


@pytest.mark.parametrize("text, joined", [
    # a marked heading over a sentence that opens with its figure
    ("а) Догляд вдома\n4 906 послуг догляду вдома надали наші соціальні робітники у I кварталі.", False),
    ("б) Денний догляд\n52 особи відвідували відділення денного перебування протягом кварталу.", False),
    # a sentence the layout wrapped after its verb goes on
    ("3. У відділенні денного перебування на протязі року перебувало\n64 чоловіка, працювали гуртки за інтересами.",
     True),
])
def test_a_marked_heading_ends_its_line(text: str, joined: bool) -> None:
    from zvitparse.read import read_bytes

    doc = read_bytes(("Звіт про роботу за 2024 рік.\n\n" + text).encode(), "t.txt")
    first, second = text.split("\n")
    first = first.split(" ", 1)[1]  # (the reader may set a mark «3.» apart)
    assert any(first in s.text and second in s.text for s in sentences(doc)) == joined


@pytest.mark.parametrize("cut", ["94\n(29,6 %), одинокі", "94\n( 29,6% ), одинокі"])
def test_a_percent_cut_off_by_a_hard_wrap_goes_on_with_its_figure(cut: str) -> None:
    from zvitparse.extract.sentences import split_text

    text = f"Серед отримувачів догляду вдома: особи з інвалідністю I–II груп – {cut} громадяни – 156."
    assert len(split_text(text)) == 1
