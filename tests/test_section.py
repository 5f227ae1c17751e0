"""What a sentence inherits from the heading above it (extract/section.py)."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts


@pytest.mark.parametrize(
    ("heading", "service"),
    [
        ("4. ВІДДІЛЕННЯ СОЦІАЛЬНОЇ ДОПОМОГИ ВДОМА", "home_care"),
        ("Відділення денного догляду", "day_care"),
        ("3. Соціальний супровід сімей", "social_support_sjo"),
        ("Натуральна допомога", "natural_aid"),
    ],
)
def test_a_heading_gives_its_section_a_service(make_doc, heading, service):
    # the title names two services, so the document as a whole is about none of them
    doc = make_doc(["Звіт про надання послуг консультування та інформування.",
                    f"{heading}\nВзято на обслуговування 97 осіб."])
    facts = extract_facts(doc, {})
    assert [(f.value, f.service) for f in facts] == [(97, service)]


def test_a_sentence_naming_a_service_in_passing_opens_no_section(make_doc):
    doc = make_doc(["Звіт про надання послуг консультування та інформування.",
                    "Крім того, центр надає також послугу догляду вдома за потреби.",
                    "Взято на облік 12 сімей."])
    assert [f.service for f in extract_facts(doc, {}) if f.value == 12] == [None]


@pytest.mark.parametrize(("first", "second"), [
    ("3. НАТУРАЛЬНА ДОПОМОГА", "4. Фінансування та матеріальна база"),
    ("в) Натуральна допомога", "г) Кадрове забезпечення"),
    ("2) Натуральна допомога", "3) Кадри"),
])
def test_a_numbered_heading_naming_no_service_ends_the_section(make_doc, first, second):
    doc = make_doc(["Звіт про надання послуг консультування та інформування.",
                    f"{first}\nПродуктові набори отримали 120 осіб.",
                    f"{second}\nФактично працює 14 працівників."])
    got = {f.value: f.service for f in extract_facts(doc, {})}
    assert got[120] == "natural_aid" and got[14] is None


@pytest.mark.parametrize("second", ["Розділ 4. Кадрове забезпечення", "Розділ 4. КАДРИ",
                                    "Підрозділ 2.3. Фінансування"])
def test_a_section_word_heading_naming_no_service_ends_the_section(make_doc, second):
    doc = make_doc(["Звіт про надання послуг консультування та інформування.",
                    "Розділ 3. Натуральна допомога\nПродуктові набори отримали 120 осіб.",
                    f"{second}\nФактично працює 14 працівників."])
    got = {f.value: f.service for f in extract_facts(doc, {})}
    assert got[120] == "natural_aid" and got[14] is None


def test_an_unchecked_box_names_no_service_for_what_follows(make_doc):
    doc = make_doc(["Послуги, які надає надавач (позначте):",
                    "☒ консультування\n☐ соціальне таксі",
                    "Розділ 3. Обсяги надання соціальних послуг",
                    [["№", "Соціальна послуга", "Кількість отримувачів, осіб"],
                     ["1", "Консультування", "268"], ["2", "Догляд вдома", "96"], ["", "Усього", "364"]],
                    "Розділ 4. Результати оцінки якості",
                    "Адресність та індивідуальний підхід: добре"])
    got = {(f.indicator, f.value): f.service for f in extract_facts(doc, {})}
    assert got[("served", 364)] is None and got[("rating", "good")] is None
    assert got[("served", 268)] == "counselling"


def test_a_flattened_table_cell_does_not_end_the_section(make_doc):
    doc = make_doc(["Звіт про надання послуг консультування та інформування.",
                    "3. НАТУРАЛЬНА ДОПОМОГА\nдобре\nПродуктові набори отримали 120 осіб."])
    assert [f.service for f in extract_facts(doc, {}) if f.value == 120] == ["natural_aid"]


def test_a_glossary_of_abbreviations_names_no_service_of_the_report(make_doc):
    doc = make_doc(["ДОВІДКА\nпро роботу центру соціальних служб за 9 місяців 2024 року",
                    "Скорочення: ЦСС – центр соціальних служб; ПС – прийомна сім'я; ДБСТ – дитячий будинок сімейного типу.",
                    "Звернулося до ЦСС особисто – 366 осіб."])
    facts = extract_facts(doc, {})
    assert [(f.value, f.service) for f in facts] == [(366, None)]


@pytest.mark.parametrize("cue", ["найбільше –", "найчастіше —", "переважно", "здебільшого:"])
def test_the_largest_part_of_a_total_is_no_subject_of_the_report(make_doc, cue):
    doc = make_doc([f"У 2024 році надано 20 641 соціальну послугу, {cue} догляду вдома (14 208).",
                    "Соціальні послуги отримали 1 087 осіб."])
    got = {f.value: f.service for f in extract_facts(doc, {})}
    assert got[20641] is None and got[1087] is None


@pytest.mark.parametrize("title", ["за програмою «Денний догляд дітей з інвалідністю»",
                                   "на тренінгу «Денний догляд дітей з інвалідністю»"])
def test_a_service_in_a_training_programme_s_title_opens_no_section(make_doc, title):
    doc = make_doc(["Звіт про оцінку якості соціальної послуги денного догляду за 2024 рік",
                    f"У 2024 році 4 працівники пройшли навчання {title}.",
                    [["Критерій", "Оцінка"], ["Своєчасність", "добре"]]])
    facts = [f for f in extract_facts(doc, {}) if f.indicator == "rating"]
    assert [(f.value, f.service) for f in facts] == [("good", "day_care")]


def test_families_in_difficult_circumstances_are_supported_whatever_the_section(make_doc):
    doc = make_doc(["3. Консультування", "Зараз ми опікуємося 57 сім'ями, які перебувають у складних життєвих "
                    "обставинах, – в них зростає 112 дітей."])
    got = [(f.value, f.service) for f in extract_facts(doc, {})]
    assert got == [(57, "social_support_sjo"), (112, "social_support_sjo")]


def test_a_numbered_paragraph_opening_on_a_department_names_its_service() -> None:
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = ("2. Надання соціальних послуг\n"
            "2.1. Відділення соціальної допомоги вдома. Протягом звітного періоду обслуговано 538 осіб, "
            "взято на обслуговування 71 особу.\n"
            "2.2. Відділення денного перебування відвідували 164 особи.\n")
    facts = extract_facts(read_bytes(text.encode(), "t.txt"), {})
    assert {(f.value, f.service) for f in facts} >= {(538, "home_care"), (71, "home_care"), (164, "day_care")}


@pytest.mark.parametrize("body", [
    "Знято з обслуговування 38 осіб, 5 з них влаштовані до закладів стаціонарного догляду. Послугу надано 241 особі.",
    "Комісія оцінювала лише цю послугу, без денного догляду. Послугу надано 241 особі.",
])
def test_the_one_service_a_title_names_is_the_report_s_though_its_top_names_others(make_doc, body):
    doc = make_doc(["ЗВІТ\nпро проведення зовнішньої оцінки якості соціальної послуги догляду вдома,\n"
                    "наданої у 2025 році територіальним центром", body])
    assert [f.service for f in extract_facts(doc, {}) if f.value == 241] == ["home_care"]


def _services(make_doc, text):
    return {f.value: f.service for f in extract_facts(make_doc(["ІНФОРМАЦІЯ про роботу за І квартал 2025 року", text]), {})}


def test_a_numbered_paragraph_opening_on_a_service_is_about_it_to_the_next(make_doc):
    got = _services(make_doc, "2. Відділенням соціальної допомоги вдома обслуговано 196 осіб.\n"
                              "Протягом кварталу взято на обслуговування 14 осіб, знято з обслуговування 11.\n\n"
                              "3. Відділення денного перебування відвідували 33 особи.\n\n"
                              "6. Надійшло 57 заяв про надання соціальних послуг.")
    assert (got[196], got[14], got[11], got[33], got[57]) == ("home_care", "home_care", "home_care", "day_care", None)


def test_the_next_paragraph_of_the_same_level_returns_to_the_heading_s_service(make_doc):
    got = _services(make_doc, "3. Послуга консультування\n\n"
                              "3.1. Послугу консультування надано 1 318 особам.\n\n"
                              "3.2. Опитано 52 отримувачі, з них 48 оцінили послугу позитивно.")
    assert got[1318] == "counselling" and got[52] == "counselling"


@pytest.mark.parametrize(("text", "value", "service"), [
    ("Фахівці надали консультування 402 особам та здійснювали соціальний супровід 12 сімей.", 402, "counselling"),
    ("Фахівці надали консультування 402 особам та здійснювали соціальний супровід 12 сімей.", 12, "social_support_sjo"),
    # no new clause: the service after the count is its own
    ("Надано 402 особам послугу консультування.", 402, "counselling"),
])
def test_a_service_in_the_next_clause_is_not_the_count_s(make_doc, text, value, service):
    doc = make_doc(["Звіт про роботу центру за 2024 рік.", text])
    assert [f.service for f in extract_facts(doc, {}) if f.value == value] == [service]
