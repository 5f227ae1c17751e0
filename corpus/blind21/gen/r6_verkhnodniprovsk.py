"""b21_06: external quality assessment of the ЦСС of Верхньодніпровська міська рада for 2024,
written by the oblast ЦСС (TXT, UTF-8, LF).

Numbered paragraphs with sub-points, figures in brackets after nouns, «2-х фахівців», an ordinal
(«кожна третя сім'я (16)»), criterion shares and ratings told in prose, the document's own bands
(«добре» from 85 %).
Planted slip: «Своєчасність» 82,8 % rated «добре», but the text's band for «добре» starts at 85 %.
"""
from common import Gold, report_path, write_text

DOC = "b21_06_verkhnodniprovsk_css_external2024.txt"

TEXT = """ДНІПРОПЕТРОВСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ

ВИСНОВОК
зовнішньої оцінки якості соціальних послуг, наданих Центром соціальних служб
Верхньодніпровської міської ради у 2024 році

м. Дніпро                                                        18.04.2025

1. Підстава та строки.
Наказ Департаменту соціального захисту населення облдержадміністрації від 24.03.2025 № 211-од. Оцінку проведено 07.04–11.04.2025 (5 робочих днів) робочою групою у складі 4 осіб.

2. Об'єкт оцінки.
Послуги консультування (412 осіб) та соціального супроводу сімей, які перебувають у складних життєвих обставинах (46 сімей, у них 97 дітей), надані Центром у 2024 році.

3. Відомості про надавача.
3.1. Центр утворено у 2021 році. Штатна чисельність – 19 посад, зайнято 17 (з них фахівців із соціальної роботи – 11). У 2024 році 2-х фахівців направлено на навчання до обласного центру, ще 6 працівників пройшли онлайн-курси.
3.2. Протягом року до Центру надійшли повідомлення про 133 сім'ї (особи); оцінку потреб проведено 121 сім'ї (особі), у 58 з них виявлено складні життєві обставини.
3.3. Під соціальним супроводом перебувало 46 сімей; взято під супровід вперше – 29. Завершено супровід 31 сім'ї: з позитивним результатом – 24, з мінімізацією СЖО – 5, у зв'язку з переїздом – 2. На 31.12.2024 продовжують отримувати послугу 15 сімей. Кожна третя сім'я під супроводом (16) – з числа внутрішньо переміщених осіб.
3.4. Проведено 12 групових заходів для батьків (охоплено 147 осіб).
3.5. Скарг за 2024 рік зареєстровано 1 (одна), її розглянуто, факти не підтвердилися.

4. Методи.
Проаналізовано 25 особових справ (54 % від кількості сімей під супроводом), проведено анкетування 64 отримувачів послуг та інтерв'ю з 8 представниками партнерських установ.

5. Шкала оцінювання.
Оцінка «добре» виставляється, якщо частка позитивних відповідей за критерієм становить 85 % і більше; «задовільно» – від 60 до 84,9 %; «незадовільно» – менше 60 %.

6. Результати за критеріями.
6.1. За критерієм «Адресність та індивідуальний підхід» позитивно відповіли 92,2 % опитаних; оцінка – «добре».
6.2. «Результативність» – 85,9 % («добре»).
6.3. «Своєчасність» – 82,8 % («добре»): у двох справах (із 25) оцінку потреб проведено з порушенням строку.
6.4. Доступність та відкритість оцінено як «добре» (89,1 % позитивних відповідей).
6.5. Повагу до гідності отримувачів підтвердили 98,4 % респондентів – «добре».
6.6. «Професійність» – 93,8 %, «добре».
6.7. «Конфіденційність інформації» – 100 %, «добре».
6.8. «Зручність» – 76,6 %, «задовільно» (приймальня розташована на другому поверсі, без пандуса).

7. Висновок.
Загальна оцінка якості наданих послуг – «добре».

8. Рекомендації.
8.1. До 01.07.2025 забезпечити доступ маломобільних отримувачів до приймальні.
8.2. Щокварталу (1 раз на 3 місяці) здійснювати самоконтроль строків оцінки потреб.

Керівник робочої групи                                         (підпис)
"""


def build():
    write_text(report_path(DOC), TEXT)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Верхньодніпровської міської ради",
        "centre_type": "css", "settlement": "Верхньодніпровськ", "oblast": "Дніпропетровська",
        "report_kind": "external_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    f = g.f
    f("served", "persons", 412, "Послуги консультування (412 осіб)", service="counselling")
    su = f("served", "families", 46, "соціального супроводу сімей, які перебувають у складних життєвих обставинах "
           "(46 сімей", service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 97, "у них 97 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=su)
    sp = f("staff_positions", "positions", 19, "Штатна чисельність – 19 посад")
    sa = f("staff_actual", "staff", 17, "зайнято 17")
    ss = f("staff_actual", "staff", 11, "з них фахівців із соціальної роботи – 11",
           label="фахівці із соціальної роботи", parent=sa)
    t1 = f("staff_trained", "staff", 2, "2-х фахівців направлено на навчання до обласного центру",
           label="навчання в обласному центрі")
    t2 = f("staff_trained", "staff", 6, "ще 6 працівників пройшли онлайн-курси", label="онлайн-курси")
    nf = f("notified", "families_persons", 133, "надійшли повідомлення про 133 сім'ї (особи)")
    na = f("needs_assessed", "families_persons", 121, "оцінку потреб проведено 121 сім'ї (особі)")
    dc = f("in_difficult_circumstances", "families_persons", 58, "у 58 з них виявлено складні життєві обставини",
           parent=na)
    su2 = f("served", "families", 46, "Під соціальним супроводом перебувало 46 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    st = f("support_started", "families", 29, "взято під супровід вперше – 29", service="social_support_sjo",
           parent=su2)
    cp = f("support_completed", "families", 31, "Завершено супровід 31 сім'ї", service="social_support_sjo",
           parent=su2)
    o1 = f("outcome_positive", "families", 24, "з позитивним результатом – 24", group="completed_31_by_outcome",
           parent=cp)
    o2 = f("outcome_minimized", "families", 5, "з мінімізацією СЖО – 5", group="completed_31_by_outcome",
           parent=cp)
    o3 = f("outcome_other", "families", 2, "у зв'язку з переїздом – 2", label="переїзд",
           group="completed_31_by_outcome", parent=cp)
    on = f("support_ongoing", "families", 15, "продовжують отримувати послугу 15 сімей",
           service="social_support_sjo", parent=su2)
    idp = f("served", "families", 16, "Кожна третя сім'я під супроводом (16) – з числа внутрішньо переміщених осіб",
            service="social_support_sjo", category="внутрішньо переміщені особи", alt=["support_ongoing"], parent=su2)
    ev = f("events", "events", 12, "Проведено 12 групових заходів для батьків")
    f("event_participants", "persons", 147, "(охоплено 147 осіб)", parent=ev)
    f("complaints", "complaints", 1, "Скарг за 2024 рік зареєстровано 1 (одна)")
    rs = f("survey_respondents", "recipients", 64, "анкетування 64 отримувачів послуг", unit_alt="persons")
    crit = [
        ("targeting", 92.2, "good", "За критерієм «Адресність та індивідуальний підхід» позитивно відповіли 92,2 % "
         "опитаних", "«Адресність та індивідуальний підхід» позитивно відповіли 92,2 % опитаних; оцінка – «добре»"),
        ("effectiveness", 85.9, "good", "«Результативність» – 85,9 %", "«Результативність» – 85,9 % («добре»)"),
        ("timeliness", 82.8, "good", "«Своєчасність» – 82,8 %", "«Своєчасність» – 82,8 % («добре»)"),
        ("accessibility", 89.1, "good", "(89,1 % позитивних відповідей)",
         "Доступність та відкритість оцінено як «добре»"),
        ("dignity", 98.4, "good", "Повагу до гідності отримувачів підтвердили 98,4 % респондентів",
         "Повагу до гідності отримувачів підтвердили 98,4 % респондентів – «добре»"),
        ("professionalism", 93.8, "good", "«Професійність» – 93,8 %", "«Професійність» – 93,8 %, «добре»"),
        ("confidentiality", 100, "good", "«Конфіденційність інформації» – 100 %",
         "«Конфіденційність інформації» – 100 %, «добре»"),
        ("convenience", 76.6, "satisfactory", "«Зручність» – 76,6 %", "«Зручність» – 76,6 %, «задовільно»"),
    ]
    sh, ra = {}, {}
    for c, v, r, qs, qr in crit:
        sh[c] = f("share", "percent", v, qs, criterion=c, alt=["satisfaction"])
        ra[c] = f("rating", "rating", r, qr, criterion=c)
    f("rating", "rating", "good", "Загальна оцінка якості наданих послуг – «добре»", criterion="overall")

    bands = "[(85, 100, 'good'), (60, 84.9, 'satisfactory'), (0, 59.99, 'unsatisfactory')]"
    g.slip("rating_band", "error", "«Своєчасність» – 82,8 % («добре»)", "good", "satisfactory",
           [sh["timeliness"], ra["timeliness"]],
           "by the document's own scale (п. 5) «добре» needs 85 % or more; 82,8 % falls in «задовільно» "
           "(60–84,9 %), yet the criterion is rated «добре».",
           f"band({sh['timeliness']}, {bands}) == {ra['timeliness']}")
    ok = [c for c in sh if c != "timeliness"]
    g.check("rating_band", "Оцінка «добре» виставляється, якщо частка позитивних відповідей за критерієм становить "
            "85 % і більше", "every other criterion rating matches the scale (76,6 → задовільно; the rest ≥ 85)",
            " and ".join(f"band({sh[c]}, {bands}) == {ra[c]}" for c in ok))
    g.check("percent_impossible", "анкетування 64 отримувачів послуг",
            "all eight shares are reachable with 64: 59, 55, 53, 57, 63, 60, 64, 49 of 64",
            " and ".join(f"grim_ok({sh[c]}, {rs}, 1)" for c in sh))
    g.check("parts_sum", "Завершено супровід 31 сім'ї", "24 + 5 + 2 = 31; 31 completed + 15 continuing = 46",
            f"{o1} + {o2} + {o3} == {cp} and {cp} + {on} == {su2}")
    g.check("internal_conflict", "Під соціальним супроводом перебувало 46 сімей", "46 in п. 2 = 46 in п. 3.3",
            f"{su} == {su2}")
    g.check("parts_sum", "взято під супровід вперше – 29", "29 ≤ 46; 16 IDP ≤ 46; 25 case files / 46 = 54,3 % → 54",
            f"{st} <= {su2} and {idp} <= {su2} and pct_ok(54, 25, {su2}, 0)")
    g.check("parts_sum", "оцінку потреб проведено 121 сім'ї (особі), у 58 з них",
            "58 ≤ 121 ≤ 133", f"{dc} <= {na} <= {nf}")
    g.check("parts_sum", "Штатна чисельність – 19 посад, зайнято 17", "11 ≤ 17 ≤ 19; 2 + 6 trained ≤ 17",
            f"{ss} <= {sa} <= {sp} and {t1} + {t2} <= {sa}")

    g.skip("м. Дніпро 18.04.2025", [18, 4, 2025],
           "date of the conclusion")
    g.skip("від 24.03.2025 № 211-од. Оцінку проведено 07.04–11.04.2025 (5 робочих днів) робочою групою у складі "
           "4 осіб", [24, 3, 2025, 211, 7, 4, 11, 4, 2025, 5, 4], "order date/number, assessment dates, duration, "
           "group size")
    g.skip("Центр утворено у 2021 році.", [2021], "founding year")
    g.skip("Кожна третя сім'я", [3], "ordinal («третя»)")
    g.skip("Проаналізовано 25 особових справ (54 % від кількості сімей під супроводом)", [25, 54],
           "case files analysed and their share; method (used as literals in a check)")
    g.skip("інтерв'ю з 8 представниками партнерських установ", [8], "interviews with partners; method")
    g.skip("становить 85 % і більше; «задовільно» – від 60 до 84,9 %; «незадовільно» – менше 60 %",
           [85, 60, 84.9, 60], "rating band definitions")
    g.skip("у двох справах (із 25) оцінку потреб проведено з порушенням строку", [2, 25],
           "case-file findings; no §3 id")
    g.skip("приймальня розташована на другому поверсі", [2], "ordinal (floor)")
    g.skip("8.1. До 01.07.2025 забезпечити доступ маломобільних отримувачів до приймальні.", [8, 1, 1, 7, 2025],
           "recommendation number and deadline")
    g.skip("8.2. Щокварталу (1 раз на 3 місяці)", [8, 2, 1, 3], "recommendation number and frequency")
    g.skip("3.1. Центр утворено", [1, 2, 3, 4, 5, 6, 7, 8], "paragraph numbers 1.–8., 3.1.–3.5., 6.1.–6.8.")
    g.skip("На 31.12.2024 продовжують", [31, 12, 2024], "date")

    g.note("oblast: the text names it through the assessor («Дніпропетровський обласний центр соціальних служб», "
           "«облдержадміністрації»), which assesses centres of its own oblast → Дніпропетровська")
    g.note("46 families are written twice (п. 2 in brackets and п. 3.3): two facts")
    g.note("each criterion gives a share (alt satisfaction) and a rating; the quotes differ because the word order "
           "differs (share first, rating first, rating in brackets)")
    g.note("«2-х фахівців» is a cardinal with a case ending: staff_trained 2; the 6 on-line course takers are a "
           "second staff_trained fact")
    g.note("«Кожна третя сім'я під супроводом (16)»: the figure is 16 (the bracket), «третя» is an ordinal")
    g.write()


if __name__ == "__main__":
    build()
    gold()
