"""b72_06: external quality assessment of the social support provided in 2023 by the ЦСС of
Чабанівська селищна рада (Київська), written by the oblast centre. UTF-8 text, LF, third person,
criteria rated in prose (no table), numbered recommendations."""
from common import Gold, write_text, report_path

DOC = "b72_06_chabany_css_external2023.txt"

TEXT = """КИЇВСЬКИЙ ОБЛАСНИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ

ВИСНОВОК
за результатами зовнішньої оцінки якості соціальної послуги соціального супроводу сімей (осіб), які перебувають у складних життєвих обставинах, наданої Центром соціальних служб Чабанівської селищної ради у 2023 році

Підстава: план роботи обласного центру на 2024 рік, наказ від 04.03.2024 № 27-аг.
Строк проведення: 11–22 березня 2024 року. Склад комісії: 3 особи.
Адреса надавача: 08162, Київська обл., Фастівський р-н, смт Чабани, вул. Машинобудівників, 7а; тел. (044) 0-526-18-90.

1. Обсяг надання послуги
Комісія встановила, що у 2023 році під соціальним супроводом Центру перебувало 57 сімей, у яких виховувалося 104 дитини; з них 31 сім'ю взято під супровід у 2023 році.
Протягом року супровід завершено щодо 29 сімей (52 дитини), а саме: подолано складні життєві обставини у 19 сім'ях, мінімізовано – у 6, не досягнуто результату – у 2, припинено у зв'язку з переїздом – 2 сім'ї. На 2024 рік супровід продовжено 28 сім'ям.
Послугу надають 4 фахівці із соціальної роботи (за штатом – 5 посад, 1 вакансія з вересня 2023 року). Навантаження – до 15 сімей на одного фахівця.

2. Методи
Вибірково проаналізовано 20 особових справ (35,1 % від загальної кількості), проведено інтерв'ю з 26 отримувачами послуги та 4 фахівцями, відвідано 5 сімей за місцем проживання.

3. Оцінка за критеріями
Адресність та індивідуальний підхід – «добре»: у всіх 20 справах є оцінка потреб та індивідуальний план.
Доступність – «добре».
Своєчасність – «задовільно»: у 4 справах із 20 оцінку потреб проведено пізніше встановленого строку (середній строк – 6 робочих днів при нормативі не більше 7 днів від надходження повідомлення, в окремих випадках – до 12 днів).
Результативність – «добре»: у 17 з 20 справ (85 %) індивідуальні плани переглядалися щокварталу.
Професійність – «добре».
Конфіденційність – «добре»: порушень не виявлено.
Скарг на якість надання послуги протягом 2023 року не надходило.

4. Задоволеність отримувачів
За результатами інтерв'ю 69,2 % опитаних повністю задоволені послугою, 23,1 % – частково задоволені, 11,5 % – не задоволені (переважно через віддаленість від Центру: 3 населені пункти розташовані далі ніж за 20 км).

5. Висновок
Загальний рівень якості соціальної послуги соціального супроводу, наданої Центром у 2023 році, – «добре».

Рекомендації:
1. До 01.07.2024 забезпечити проведення оцінки потреб у строк, визначений Державним стандартом.
2. Заповнити вакантну посаду фахівця із соціальної роботи до кінця II кварталу 2024 року.
3. Передбачити у бюджеті громади на 2025 рік кошти на транспорт для виїздів у віддалені села.

Висновок складено у 2 примірниках, 29.03.2024.
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Чабанівської селищної ради",
        "centre_type": "css", "settlement": "Чабани", "oblast": "Київська",
        "report_kind": "external_assessment",
        "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f = g.f
    SJ = "social_support_sjo"
    s = f("served", "families", 57, "під соціальним супроводом Центру перебувало 57 сімей", service=SJ,
          alt=["support_ongoing"])
    sc = f("served", "children", 104, "у яких виховувалося 104 дитини", service=SJ, alt=["support_ongoing"], parent=s)
    st = f("support_started", "families", 31, "з них 31 сім'ю взято під супровід у 2023 році", service=SJ, parent=s)
    cm = f("support_completed", "families", 29, "супровід завершено щодо 29 сімей", service=SJ, parent=s)
    cmc = f("support_completed", "children", 52, "(52 дитини)", service=SJ, parent=cm)
    G = "completed_29_by_result"
    o1 = f("outcome_positive", "families", 19, "подолано складні життєві обставини у 19 сім'ях", service=SJ, group=G, parent=cm)
    o2 = f("outcome_minimized", "families", 6, "мінімізовано – у 6", service=SJ, group=G, parent=cm)
    o3 = f("outcome_negative", "families", 2, "не досягнуто результату – у 2", service=SJ, group=G, parent=cm)
    o4 = f("outcome_other", "families", 2, "припинено у зв'язку з переїздом – 2 сім'ї", service=SJ, label="переїзд",
           group=G, parent=cm)
    on = f("support_ongoing", "families", 28, "На 2024 рік супровід продовжено 28 сім'ям", service=SJ)
    sa = f("staff_actual", "staff", 4, "Послугу надають 4 фахівці із соціальної роботи", label="фахівці із соціальної роботи")
    sp = f("staff_positions", "positions", 5, "за штатом – 5 посад", label="фахівці із соціальної роботи")
    sr = f("survey_respondents", "recipients", 26, "проведено інтерв'ю з 26 отримувачами послуги", service=SJ,
           unit_alt="persons")
    R = [("targeting", "Адресність та індивідуальний підхід – «добре»", "good"),
         ("accessibility", "Доступність – «добре».", "good"),
         ("timeliness", "Своєчасність – «задовільно»", "satisfactory"),
         ("effectiveness", "Результативність – «добре»", "good"),
         ("professionalism", "Професійність – «добре».", "good"),
         ("confidentiality", "Конфіденційність – «добре»", "good")]
    for cid, q, v in R:
        f("rating", "rating", v, q, service=SJ, criterion=cid)
    sh = f("share", "percent", 85, "у 17 з 20 справ (85 %) індивідуальні плани переглядалися щокварталу",
           service=SJ, criterion="effectiveness", label="частка справ, у яких індивідуальні плани переглядалися щокварталу")
    cp = f("complaints", "complaints", 0, "Скарг на якість надання послуги протягом 2023 року не надходило.")
    q1 = f("satisfaction", "percent", 69.2, "69,2 % опитаних повністю задоволені послугою", service=SJ,
           label="повністю задоволені", alt=["share"])
    q2 = f("share", "percent", 23.1, "23,1 % – частково задоволені", service=SJ, label="частково задоволені",
           alt=["satisfaction"])
    q3 = f("share", "percent", 11.5, "11,5 % – не задоволені", service=SJ, label="не задоволені")
    ov = f("rating", "rating", "good",
           "Загальний рівень якості соціальної послуги соціального супроводу, наданої Центром у 2023 році, – «добре».",
           service=SJ, criterion="overall")

    g.slip("percents_sum", "error",
           "За результатами інтерв'ю 69,2 % опитаних повністю задоволені послугою, 23,1 % – частково задоволені, 11,5 % – не задоволені",
           103.8, 100, [q1, q2, q3],
           "the three answers partition the 26 interviewed recipients but sum to 103,8 %. Each share alone is reachable with 26 (18, 6 and 3 of 26), "
           "but 18 + 6 + 3 = 27 > 26.",
           f"psum_ok([{q1}, {q2}, {q3}], 1)")
    g.check("percent_impossible", "69,2 % опитаних повністю задоволені послугою",
            "each share is reachable with 26 respondents (18, 6, 3 of 26)",
            f"grim_ok({q1}, {sr}, 1) and grim_ok({q2}, {sr}, 1) and grim_ok({q3}, {sr}, 1)")
    g.check("parts_sum", "супровід завершено щодо 29 сімей (52 дитини), а саме",
            "19 + 6 + 2 + 2 = 29", f"{o1} + {o2} + {o3} + {o4} == {cm}")
    g.check("parts_sum", "На 2024 рік супровід продовжено 28 сім'ям",
            "57 − 29 completed = 28 continued", f"{s} - {cm} == {on}")
    g.check("parts_sum", "у яких виховувалося 104 дитини; з них 31 сім'ю взято",
            "31 new ≤ 57; 52 children of completed ≤ 104", f"{st} <= {s} and {cmc} <= {sc}")
    g.check("percent_mismatch", "у 17 з 20 справ (85 %)", "17/20 = 85 % (case-file counts are literals)",
            f"pct_ok({sh}, 17, 20, 0)")
    g.check("percent_mismatch", "Вибірково проаналізовано 20 особових справ (35,1 % від загальної кількості)",
            "20 of the 57 families' case files = 35,1 %", f"pct_ok(35.1, 20, {s}, 1)")
    g.check("parts_sum", "Послугу надають 4 фахівці із соціальної роботи (за штатом – 5 посад, 1 вакансія",
            "4 working + 1 vacancy = 5 positions", f"{sa} + 1 == {sp}")

    g.skip("Підстава: план роботи обласного центру на 2024 рік, наказ від 04.03.2024 № 27-аг.",
           [2024, 4, 3, 2024, 27], "plan year, order date and number")
    g.skip("Строк проведення: 11–22 березня 2024 року. Склад комісії: 3 особи.", [11, 22, 2024, 3],
           "assessment dates, commission size")
    g.skip("08162, Київська обл., Фастівський р-н, смт Чабани, вул. Машинобудівників, 7а; тел. (044) 0-526-18-90",
           [8162, 7, 44, 5261890], "postcode, address, phone")
    g.skip("1 вакансія з вересня 2023 року", [1, 2023], "vacancy (no §3 id; literal in a check), month")
    g.skip("Навантаження – до 15 сімей на одного фахівця.", [15], "caseload ratio")
    g.skip("Вибірково проаналізовано 20 особових справ (35,1 % від загальної кількості)", [20, 35.1],
           "case files sampled (no §3 id; checked as literals)")
    g.skip("та 4 фахівцями, відвідано 5 сімей за місцем проживання", [4, 5], "staff interviewed, home visits of the assessment")
    g.skip("у всіх 20 справах є оцінка потреб", [20], "case files (assessment sample)")
    g.skip("у 4 справах із 20 оцінку потреб проведено пізніше встановленого строку (середній строк – 6 робочих днів при нормативі не більше 7 днів від надходження повідомлення, в окремих випадках – до 12 днів)",
           [4, 20, 6, 7, 12], "case files, durations, norm")
    g.skip("3 населені пункти розташовані далі ніж за 20 км", [3, 20], "settlement count, distance")
    g.skip("1. До 01.07.2024 забезпечити", [1, 1, 7, 2024], "recommendation number, deadline")
    g.skip("2. Заповнити вакантну посаду фахівця із соціальної роботи до кінця II кварталу 2024 року.", [2, 2024],
           "recommendation, deadline")
    g.skip("3. Передбачити у бюджеті громади на 2025 рік", [3, 2025], "recommendation, budget year")
    g.skip("Висновок складено у 2 примірниках, 29.03.2024.", [2, 29, 3, 2024], "copies, date")
    g.skip("1. Обсяг надання послуги", [1, 2, 3, 4, 5], "section numbers")
    g.note("assessor is the oblast centre; the assessed provider (meta centre) is the ЦСС of Чабанівська селищна рада; period is the year whose service was assessed (2023)")
    g.note("«перебувало під соціальним супроводом» → served (alt support_ongoing); «продовжено на 2024 рік» → support_ongoing")
    g.note("satisfaction answers are bare percentages: «повністю задоволені» → satisfaction (alt share), the other two → share")
    g.note("criterion ratings in prose are facts with criterion; «у 17 з 20 справ (85 %)» → share with criterion effectiveness (the case-file counts have no §3 id)")
    g.write()


if __name__ == "__main__":
    main()
