"""b14_01: ЦСС Біла Церква (Київська), annual report 2023, prose + two tab tables, UTF-8 txt."""
from common import Gold, write_text, report_path

DOC = "b14_01_bila_tserkva_css_annual2023.txt"
TEXT = """БІЛОЦЕРКІВСЬКИЙ МІСЬКИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
09100, Київська обл., м. Біла Церква, вул. Ярослава Мудрого, 14, тел. (04563) 0-21-47
Код ЄДРПОУ 41022518

ЗВІТ
про роботу Білоцерківського міського центру соціальних служб за 2023 рік

1. Загальна інформація
Центр діє відповідно до Положення, затвердженого рішенням Білоцерківської міської ради від 24.02.2022 № 2315-25-VIII. Населення громади становить близько 208 тисяч осіб.
Штатним розписом передбачено 24 посади, фактично працює 21 працівник, з них 15 фахівців із соціальної роботи.

2. Виявлення сімей та оцінка потреб
Протягом 2023 року до центру звернулися 612 сімей/осіб. Крім того, надійшли повідомлення про 287 сімей, які можуть перебувати у складних життєвих обставинах, зокрема від служби у справах дітей – 119, від закладів освіти – 74, від органів поліції – 58, від закладів охорони здоров’я – 36.
Оцінку потреб проведено 264 сім’ям, за її результатами складні життєві обставини виявлено у 171 сім’ї (64,8 %).

3. Надання соціальних послуг
Усього соціальними послугами охоплено 3 146 сімей/осіб, у яких виховується 2 208 дітей (у 2022 році – 2 874 сім’ї/особи). Загалом надано 9 874 соціальні послуги. Розподіл за видами послуг наведено в таблиці 1.

Таблиця 1. Отримувачі та кількість наданих послуг у 2023 році
Вид послуги\tОтримувачів\tНадано послуг
Інформування\t1 412\t2 960
Консультування\t1 236\t4 815
Соціальний супровід сімей (осіб) у СЖО\t164\t1 287
Соціальна профілактика\t218\t512
Натуральна допомога\t116\t300
Всього\t3 146\t9 874

4. Соціальний супровід сімей
Під соціальним супроводом протягом року перебувало 164 сім’ї, у них 397 дітей. У 2023 році взято під соціальний супровід 121 сім’ю. Завершено супровід 108 сімей, з них: з позитивним результатом (СЖО подолано) – 71, мінімізовано СЖО – 26, у зв’язку зі зміною місця проживання – 6, з негативним результатом – 4.
Станом на 31.12.2023 продовжують отримувати послугу 56 сімей. Середня тривалість супроводу – 7 місяців.

Таблиця 2. Соціальне супроводження сімейних форм виховання
Форма\tКількість\tДітей
Прийомні сім’ї\t14\t31
Дитячі будинки сімейного типу\t5\t21
Разом\t19\t52

5. Групова робота та професійний розвиток
Проведено 46 групових заходів (тренінги, батьківські збори, «круглі столи»), якими охоплено 918 осіб. Працівники центру взяли участь у 12 навчальних вебінарах; підвищили кваліфікацію 9 фахівців.

6. Зворотний зв’язок
Скарг на діяльність центру у 2023 році не надходило. В анкетуванні взяли участь 140 отримувачів послуг; рівень задоволеності якістю послуг становить 93,6 %.

7. Завдання на 2024 рік
У 2024 році планується охопити соціальним супроводом не менше 180 сімей та провести 60 групових заходів.

Директор центру                                   (підпис)
15.01.2024 № 02-14/37
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT)
    g = Gold(DOC, {"centre": "Білоцерківський міський центр соціальних служб", "centre_type": "css",
                   "settlement": "Біла Церква", "oblast": "Київська", "report_kind": "annual_report",
                   "period_start": "2023-01-01", "period_end": "2023-12-31"})
    sp = g.f("staff_positions", "positions", 24, "Штатним розписом передбачено 24 посади")
    sa = g.f("staff_actual", "staff", 21, "фактично працює 21 працівник")
    g.f("staff_actual", "staff", 15, "з них 15 фахівців із соціальної роботи", parent=sa,
        category="фахівці із соціальної роботи", unit_alt="persons")
    g.f("applied", "families_persons", 612, "до центру звернулися 612 сімей/осіб")
    n = g.f("notified", "families", 287, "надійшли повідомлення про 287 сімей")
    for v, q, lab in [(119, "від служби у справах дітей – 119", "служба у справах дітей"),
                      (74, "від закладів освіти – 74", "заклади освіти"),
                      (58, "від органів поліції – 58", "органи поліції"),
                      (36, "від закладів охорони здоров'я – 36", "заклади охорони здоров'я")]:
        g.f("notified", "families", v, q, parent=n, group="notified_287_by_source", label=lab)
    na = g.f("needs_assessed", "families", 264, "Оцінку потреб проведено 264 сім'ям")
    g.f("in_difficult_circumstances", "families", 171, "складні життєві обставини виявлено у 171 сім'ї (64,8 %)",
        percent=64.8, parent=na)
    s = g.f("served", "families_persons", 3146, "Усього соціальними послугами охоплено 3 146 сімей/осіб")
    g.f("served", "children", 2208, "у яких виховується 2 208 дітей", parent=s)
    sv = g.f("services_provided", "services", 9874, "Загалом надано 9 874 соціальні послуги")
    tr = g.f("served", "recipients", 3146, "Всього\t3 146\t9 874", unit_alt="families_persons", label="Всього – отримувачів")
    ts = g.f("services_provided", "services", 9874, "Всього\t3 146\t9 874", label="Всього – надано послуг")
    rows = [("Інформування\t1 412\t2 960", "informing", 1412, 2960),
            ("Консультування\t1 236\t4 815", "counselling", 1236, 4815),
            ("Соціальний супровід сімей (осіб) у СЖО\t164\t1 287", "social_support_sjo", 164, 1287),
            ("Соціальна профілактика\t218\t512", "social_prevention", 218, 512),
            ("Натуральна допомога\t116\t300", "natural_aid", 116, 300)]
    for q, svc, r, n2 in rows:
        g.f("served", "recipients", r, q, service=svc, parent=tr, group="table1_recipients", unit_alt="families_persons")
        g.f("services_provided", "services", n2, q, service=svc, parent=ts, group="table1_services")
    ss = g.f("served", "families", 164, "Під соціальним супроводом протягом року перебувало 164 сім'ї",
             service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "children", 397, "у них 397 дітей", parent=ss, service="social_support_sjo", alt=["support_ongoing"])
    g.f("support_started", "families", 121, "взято під соціальний супровід 121 сім'ю", service="social_support_sjo")
    c = g.f("support_completed", "families", 108, "Завершено супровід 108 сімей", service="social_support_sjo")
    o1 = g.f("outcome_positive", "families", 71, "з позитивним результатом (СЖО подолано) – 71", parent=c, group="completed_108_by_outcome")
    o2 = g.f("outcome_minimized", "families", 26, "мінімізовано СЖО – 26", parent=c, group="completed_108_by_outcome")
    o3 = g.f("outcome_other", "families", 6, "у зв'язку зі зміною місця проживання – 6", parent=c, group="completed_108_by_outcome",
             label="зміна місця проживання")
    o4 = g.f("outcome_negative", "families", 4, "з негативним результатом – 4", parent=c, group="completed_108_by_outcome")
    g.f("support_ongoing", "families", 56, "Станом на 31.12.2023 продовжують отримувати послугу 56 сімей", service="social_support_sjo")
    fr = g.f("served", "families", 19, "Разом\t19\t52", service="social_support_foster", label="Разом – кількість")
    fc = g.f("served", "children", 52, "Разом\t19\t52", service="social_support_foster", label="Разом – дітей")
    g.f("served", "families", 14, "Прийомні сім'ї\t14\t31", service="social_support_foster", parent=fr, group="foster_19_by_form", label="прийомні сім'ї")
    g.f("served", "children", 31, "Прийомні сім'ї\t14\t31", service="social_support_foster", parent=fc, group="foster_52_children", label="прийомні сім'ї")
    g.f("served", "families", 5, "Дитячі будинки сімейного типу\t5\t21", service="social_support_foster", parent=fr, group="foster_19_by_form", label="ДБСТ")
    g.f("served", "children", 21, "Дитячі будинки сімейного типу\t5\t21", service="social_support_foster", parent=fc, group="foster_52_children", label="ДБСТ")
    g.f("events", "events", 46, "Проведено 46 групових заходів")
    g.f("event_participants", "persons", 918, "якими охоплено 918 осіб")
    g.f("staff_trained", "staff", 9, "підвищили кваліфікацію 9 фахівців", unit_alt="persons")
    g.f("complaints", "complaints", 0, "Скарг на діяльність центру у 2023 році не надходило")
    g.f("survey_respondents", "recipients", 140, "В анкетуванні взяли участь 140 отримувачів послуг", unit_alt="persons")
    g.f("satisfaction", "percent", 93.6, "рівень задоволеності якістю послуг становить 93,6 %")

    g.slip("parts_sum", "error", "Завершено супровід 108 сімей, з них: з позитивним результатом (СЖО подолано) – 71, мінімізовано СЖО – 26, у зв'язку зі зміною місця проживання – 6, з негативним результатом – 4",
           108, 107, [c, o1, o2, o3, o4], "71 + 26 + 6 + 4 = 107, total says 108 (one family missing)")
    g.check("parts_sum", "надійшли повідомлення про 287 сімей", "119 + 74 + 58 + 36 = 287")
    g.check("percent_mismatch", "складні життєві обставини виявлено у 171 сім'ї (64,8 %)", "171/264 = 64.77 % → 64,8")
    g.check("table_arithmetic", "Всього\t3 146\t9 874", "1 412 + 1 236 + 164 + 218 + 116 = 3 146; 2 960 + 4 815 + 1 287 + 512 + 300 = 9 874; equal to prose totals")
    g.check("table_arithmetic", "Разом\t19\t52", "14 + 5 = 19; 31 + 21 = 52")
    g.check("parts_sum", "Станом на 31.12.2023 продовжують отримувати послугу 56 сімей", "164 − 108 = 56; table row СЖО 164 = prose 164")
    g.check("parts_sum", "фактично працює 21 працівник", "15 ≤ 21 ≤ 24")
    g.skip("09100, Київська обл., м. Біла Церква, вул. Ярослава Мудрого, 14, тел. (04563) 0-21-47", [9100, 14, 4563, 2147], "postcode, address, phone")
    g.skip("Код ЄДРПОУ 41022518", [41022518], "ЄДРПОУ code")
    g.skip("від 24.02.2022 № 2315-25-VIII", [24, 2, 2022, 2315, 25], "decision date and number")
    g.skip("Населення громади становить близько 208 тисяч осіб", [208000], "population")
    g.skip("(у 2022 році – 2 874 сім'ї/особи)", [2022, 2874], "prior-year figure")
    g.skip("Середня тривалість супроводу – 7 місяців", [7], "duration")
    g.skip("Працівники центру взяли участь у 12 навчальних вебінарах", [12], "webinars attended by staff: not group events held by the centre, no §3 id")
    g.skip("У 2024 році планується охопити соціальним супроводом не менше 180 сімей та провести 60 групових заходів", [2024, 180, 60], "plan for next year")
    g.skip("15.01.2024 № 02-14/37", [15, 1, 2024, 2, 14, 37], "outgoing date and number")
    g.skip("Таблиця 1.", [1], "table number")
    g.note("Table 1 «Отримувачів» column: unit recipients with unit_alt families_persons (the prose total 3 146 is сімей/осіб); rows hang on «Всього».")
    g.note("The prose totals 3 146 and 9 874 and the table «Всього» row are separate facts (a total written twice).")
    g.note("«Під соціальним супроводом протягом року перебувало 164 сім'ї» is served (social_support_sjo) with alt support_ongoing; 56 continuing at 31.12 is support_ongoing.")
    g.note("«підвищили кваліфікацію 9 фахівців» is staff_trained; satisfaction 93,6 % is a standalone percentage (no count given).")
    g.write()


if __name__ == "__main__":
    main()
