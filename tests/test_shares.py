"""Shares in prose (extract/shares.py): which percents are satisfaction, which are shares, which
are nothing of their own."""

from __future__ import annotations

import pytest

from zvitparse.extract import extract_facts


@pytest.mark.parametrize(("text", "want"), [
    ("Частка отримувачів, задоволених ставленням працівників, – 95 %.", [("satisfaction", 95)]),
    ("Якістю послуг повністю задоволені 94,3 % опитаних.", [("satisfaction", 94.3)]),
    # the dissatisfied are a share, not satisfaction
    ("Не задоволені — 6 %", [("share", 6)]),
    # a need met is no satisfaction of people
    ("Потреба в послузі догляду вдома задоволена на 94,1 %.", [("share", 94.1)]),
    ("незадоволені якістю послуг – 2 %", [("share", 2)]),
    ("так – 91,5 %, частково – 7,0 %, ні – 1,4 %", None),
    # a short label with its dash names its share; a lone percent on a line does not
    ("ХТО НАШІ ОТРИМУВАЧІ\nВПО — 27 %", [("share", 27)]),
    ("75 %", []),
    # requests granted («задоволено») are no satisfaction of people
    ("Надійшло 118 заяв, з яких 96 (81,4 %) задоволено.", []),
    ("Заяв задоволено 81,4 %.", [("share", 81.4)]),
    # what people answered after the percent
    ("Опитано отримувачів: 94 % оцінили якість послуг як добру.", [("satisfaction", 94)]),
    ("Анкети заповнили 132 отримувачі, і 96 відсотків із них оцінили нашу роботу як добру чи відмінну.",
     [("satisfaction", 96)]),
    # the grade named before the percent: rated high or good is satisfied, the lower grades are shares
    ("Якість послуги як високу оцінили 65,4 % опитаних, як достатню – 30,4 %, як низьку – 4,3 %.",
     [("satisfaction", 65.4), ("share", 30.4), ("share", 4.3)]),
    ('Якість обслуговування оцінили як "відмінну" 45,5 % опитаних, як "добру" - 51,4 %.',
     [("satisfaction", 45.5), ("share", 51.4)]),
    ("Якість послуг оцінили на «відмінно» 62,5 % опитаних.", [("satisfaction", 62.5)]),
    # the next service a satisfaction sentence names is satisfied too; a clause on something else is not
    ("Задоволені якістю послуги догляду вдома 96 % опитаних (144 особи), послуги денного догляду – 87,5 % опитаних.",
     [("satisfaction", 96), ("satisfaction", 87.5)]),
    ("Якістю послуг задоволені: догляд вдома – 96 %, денний догляд – 87,5 %.", [("satisfaction", 96), ("satisfaction", 87.5)]),
    ("Задоволені якістю послуги догляду вдома 96 % опитаних, 12 % скаржаться на графік.",
     [("satisfaction", 96), ("share", 12)]),
    # a leading percent whose bracketed count is no fact stays the share
    ("Рівень охоплення складає 96,4 % (274 з 287 виявлених).", [("share", 96.4)]),
    # a percent in words; what people said is in the clause after
    ("З опитаних дев'яносто відсотків сказали, що повністю задоволені.", [("satisfaction", 90)]),
    ("Двадцять відсотків отримувачів – ВПО.", [("share", 20)]),
    ("Частка зросла на п'ять відсотків.", []),
    # growth and plan fulfilment are no shares
    ("Кількість сімей зросла з 81 до 95 (на 17 %).", []),
    ("Дзвінків менше (86,6 % плану).", []),
    ("Так – 64 % (512 голосів)", []),
])
def test_prose_shares(make_doc, text, want):
    got = [(f.indicator, f.value) for f in extract_facts(make_doc([text]), {})
           if f.indicator in ("share", "satisfaction")]
    if want is None:  # the survey answers: the «ні» share must not be satisfaction
        assert ("satisfaction", 1.4) not in got
    else:
        assert got == want


@pytest.mark.parametrize(("text", "kept"), [
    ("Досягнення цільового показника – 114,6 %.", False),  # how far a plan was met
    ("Частка отримувачів, яким послугу надано відповідно до плану, – 101 %.", True),  # a slip for the audit
])
def test_a_plan_s_fulfilment_over_100_percent_is_no_share(make_doc, text, kept):
    from zvitparse.extract import shares

    assert bool(shares.extract(make_doc([text]), {})) is kept


@pytest.mark.parametrize(("text", "criterion", "value"), [
    ("Результати анкетування (29 респондентів):\n2) результативність – 25 позитивних відповідей із 29 (86,2 %), "
     "оцінка «добре»;", "effectiveness", 86.2),
    ("2.1. Адресність та індивідуальний підхід. У 28 з 30 справ (93,3 %) план складено з урахуванням оцінки потреб.",
     "targeting", 93.3),
])
def test_the_percent_of_a_criterion_s_count_is_its_share(text, criterion, value):
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    shares = [(f.criterion, f.value) for f in extract_facts(read_bytes(text.encode(), "t.txt")) if f.indicator == "share"]
    assert shares == [(criterion, value)]


def test_a_question_that_happens_to_name_a_criterion_gives_no_share():
    from zvitparse.extract import extract_facts
    from zvitparse.read import read_bytes

    text = "Знають, куди звернутися у разі незадоволення послугою, 21 особа (70 %)."
    assert [f for f in extract_facts(read_bytes(text.encode(), "t.txt")) if f.indicator == "share"] == []


@pytest.mark.parametrize(("before", "share", "want"), [
    ("У березні ми опитали 40 підопічних відділення догляду вдома.",
     "Якістю послуг задоволені 95 % з них, решта 5 % просили частіше прибирати.", ["home_care", "home_care"]),
    ("Анкетування пройшли 52 отримувачі послуги денного догляду.",
     "Повністю задоволені 90 % із них.", ["day_care"]),
    # a sentence naming its own service keeps it; «them» of two services is of neither
    ("Опитано 40 отримувачів послуги догляду вдома.",
     "Послугою натуральної допомоги задоволені 88 % з них.", ["natural_aid"]),
    ("Опитано 40 отримувачів послуг догляду вдома та натуральної допомоги.",
     "Задоволені 88 % з них.", [None]),
])
def test_a_share_of_them_is_of_the_service_the_sentence_before_named(make_doc, before, share, want):
    doc = make_doc(["Звіт центру надання соціальних послуг за 2024 рік.", f"{before} {share}"])
    got = [f.service for f in extract_facts(doc, {}) if f.unit == "percent"]
    assert got == want


FORMULA_REPORT = [
    "РЕЗУЛЬТАТИ внутрішньої оцінки якості соціальної послуги денного догляду за 2024 рік",
    "Рівень якості за критерієм: «добре» – значення всіх показників 80 % і більше; «незадовільно» – хоча б "
    "один показник нижче 60 %.",
    "Критерій 2. Результативність",
    "Показник 2.1. Частка отримувачів, у яких відбулося покращення функціонального стану.",
    "Формула: П2.1 = Ч1 / Ч2 × 100 %, де Ч1 – 33; Ч2 – загальна кількість отримувачів послуги – 46.",
    "П2.1 = 33 / 46 × 100 % = 71,7 %",
    "Показник 2.2. Частка отримувачів, задоволених результатами надання послуги.",
    "П2.2 = 37 / 42 × 100 % = 88,9 %",
    "Висновок за критерієм 2: рівень «задовільно» (показник 2.1 нижче 80 %).",
]


def test_a_formula_s_result_is_its_criterion_s_share(make_doc):
    facts = extract_facts(make_doc(FORMULA_REPORT), {})
    pct = {(f.indicator, f.value, f.criterion) for f in facts if f.unit == "percent"}
    # the results, no «× 100 %», no band's threshold
    assert pct == {("share", 71.7, "effectiveness"), ("satisfaction", 88.9, "effectiveness")}
    ratings = [(f.value, f.criterion) for f in facts if f.unit == "rating"]
    assert ratings == [("satisfactory", "effectiveness")]


def test_a_formula_whose_result_is_off_its_counts_is_a_mismatch(make_doc):
    from zvitparse.audit import audit_report
    from zvitparse.model import Report

    doc = make_doc(FORMULA_REPORT)
    facts = extract_facts(doc, {})
    findings, _ = audit_report(Report(doc_id="t", source=doc.source, meta={}, facts=facts, document=doc))
    # 37 / 42 is 88,1 %, not 88,9 %; 33 / 46 is 71,7 %; the threshold gives the rating no score
    assert [(f.rule, f.reported) for f in findings if f.rule in ("percent_mismatch", "rating_band")] == [
        ("percent_mismatch", 88.9)]


def test_a_share_of_those_surveyed_is_of_the_service_the_sentence_before_named(make_doc):
    text = ("У вересні проведено опитування 23 отримувачів послуги догляду вдома. Якість послуги як високу "
            "оцінили 65,4 % опитаних, як достатню – 30,4 %.")
    got = [(f.indicator, f.value, f.service) for f in extract_facts(make_doc([text]), {}) if f.unit == "percent"]
    assert got == [("satisfaction", 65.4, "home_care"), ("share", 30.4, "home_care")]
