"""b71_06: external quality assessment of the day-care service provided in 2024 by the ТЦСО of
Самарська міська рада (Дніпропетровська), written by a commission of the УСЗН. UTF-8 TXT, LF,
criteria as a numbered list with percentages and ratings, the document's own bands."""
from common import Gold, write_text, report_path

DOC = "b71_06_samar_tcso_external2024.txt"

TEXT = """УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ САМАРСЬКОЇ МІСЬКОЇ РАДИ
51200, Дніпропетровська обл., м. Самар, вул. Українська, 16, тел. (0569) 0-38-14

                                   ЗАТВЕРДЖУЮ
                                   Начальник управління
                                   ____________ 28.02.2025

ВИСНОВОК
за результатами зовнішньої оцінки якості соціальної послуги денного догляду,
наданої у 2024 році Територіальним центром соціального обслуговування
(надання соціальних послуг) Самарської міської ради

Оцінку проведено відповідно до наказу управління від 05.02.2025 № 19-од комісією у складі 5 осіб у період з 10 по 21 лютого 2025 року. Оцінювався період з 01.01.2024 по 31.12.2024.

Об'єкт оцінки. Послугу денного догляду надає відділення денного перебування територіального центру (код ЄДРПОУ 26481973), розраховане на 30 місць. Протягом 2024 року послугу отримали 138 осіб, у т. ч. 41 особа з інвалідністю та 23 внутрішньо переміщені особи. Середній вік отримувачів – 71 рік. Надано 9 412 послуг денного догляду, проведено 48 групових заходів (гуртки, дні іменинника, екскурсії), у кожному брали участь у середньому 18 осіб.

Надання послуги припинено 29 отримувачам, з них 14 – за власним бажанням, 9 – у зв'язку зі зміною місця проживання, 6 – у зв'язку зі смертю.

Методи оцінки: вивчення 40 особових справ, спостереження, анкетування. Анкетування пройшли 74 отримувачі послуги (53,6 % від загальної кількості отримувачів).

Рівень дотримання кожного критерію визначався за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».

Результати за критеріями:
1) адресність та індивідуальний підхід – 94,6 %, «добре»;
2) результативність – 87,8 %, «добре»;
3) своєчасність – 82,4 %, «добре»;
4) доступність та відкритість – 78,4 %, «добре»;
5) повага до гідності отримувача – 100 %, «добре»;
6) професійність – 93,2 %, «добре»;
7) захист та безпека – 97,3 %, «добре»;
8) конфіденційність інформації – 90,5 %, «добре».

У відділенні працює 6 фахівців при 7 штатних посадах. Скарг від отримувачів послуги протягом 2024 року не надходило.

ВИСНОВОК: якість надання соціальної послуги денного догляду оцінено як «добре».

Рекомендації: 1) облаштувати пандус біля другого входу до 01.09.2025; 2) розмістити графік роботи відділення на сайті міської ради.

Голова комісії                         (підпис)
Члени комісії: 4 підписи
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="utf-8", newline="\n")
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Самарської міської ради",
        "centre_type": "tcso", "settlement": "Самар", "oblast": "Дніпропетровська",
        "report_kind": "external_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    f1 = g.f("served", "persons", 138, "Протягом 2024 року послугу отримали 138 осіб", service="day_care")
    f2 = g.f("served", "persons", 41, "у т. ч. 41 особа з інвалідністю", service="day_care",
             category="особи з інвалідністю", parent=f1)
    f3 = g.f("served", "persons", 23, "23 внутрішньо переміщені особи", service="day_care",
             category="внутрішньо переміщені особи", parent=f1)
    f4 = g.f("services_provided", "services", 9412, "Надано 9 412 послуг денного догляду", service="day_care")
    f5 = g.f("events", "events", 48, "проведено 48 групових заходів", service="day_care")
    f6 = g.f("support_completed", "recipients", 29, "Надання послуги припинено 29 отримувачам", service="day_care",
             alt=["deregistered"], unit_alt="persons")
    grp = "stopped_29_by_reason"
    f7 = g.f("outcome_other", "recipients", 14, "з них 14 – за власним бажанням", service="day_care",
             label="за власним бажанням", alt=["deregistered"], unit_alt="persons", group=grp, parent=f6)
    f8 = g.f("outcome_other", "recipients", 9, "9 – у зв'язку зі зміною місця проживання", service="day_care",
             label="зміна місця проживання", alt=["deregistered"], unit_alt="persons", group=grp, parent=f6)
    f9 = g.f("outcome_other", "recipients", 6, "6 – у зв'язку зі смертю", service="day_care", label="смерть",
             alt=["deregistered"], unit_alt="persons", group=grp, parent=f6)
    f10 = g.f("survey_respondents", "recipients", 74, "Анкетування пройшли 74 отримувачі послуги", service="day_care",
              unit_alt="persons", percent=53.6)
    crit = [("адресність та індивідуальний підхід – 94,6 %, «добре»", "targeting", 94.6, "good"),
            ("результативність – 87,8 %, «добре»", "effectiveness", 87.8, "good"),
            ("своєчасність – 82,4 %, «добре»", "timeliness", 82.4, "good"),
            ("доступність та відкритість – 78,4 %, «добре»", "accessibility", 78.4, "good"),
            ("повага до гідності отримувача – 100 %, «добре»", "dignity", 100, "good"),
            ("професійність – 93,2 %, «добре»", "professionalism", 93.2, "good"),
            ("захист та безпека – 97,3 %, «добре»", "safety", 97.3, "good"),
            ("конфіденційність інформації – 90,5 %, «добре»", "confidentiality", 90.5, "good")]
    pairs = []
    for q, c, p, r in crit:
        s = g.f("share", "percent", p, q, criterion=c, service="day_care", alt=["satisfaction"],
                label="частка позитивних відповідей")
        rt = g.f("rating", "rating", r, q, criterion=c, service="day_care")
        pairs.append((s, rt))
    f27 = g.f("staff_actual", "staff", 6, "У відділенні працює 6 фахівців", service="day_care")
    f28 = g.f("staff_positions", "positions", 7, "при 7 штатних посадах", service="day_care")
    f29 = g.f("complaints", "complaints", 0, "Скарг від отримувачів послуги протягом 2024 року не надходило.",
              service="day_care")
    f30 = g.f("rating", "rating", "good", "якість надання соціальної послуги денного догляду оцінено як «добре»",
              criterion="overall", service="day_care")

    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    s4, r4 = pairs[3]
    g.slip("rating_band", "error", "доступність та відкритість – 78,4 %, «добре»", "good", "satisfactory", [s4, r4],
           "78,4 % of positive answers lies in the document's own band 60–79,9 % «задовільно», but the criterion "
           "is rated «добре»", f"band({s4}, {bands}) == {r4}")
    others = [p for i, p in enumerate(pairs) if i != 3]
    g.check("rating_band", "80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»",
            "the other seven criteria (82,4–100 %) lie in 80–100 % and are rated «добре»",
            " and ".join(f"band({s}, {bands}) == {r}" for s, r in others))
    g.check("percent_impossible", "адресність та індивідуальний підхід – 94,6 %",
            "all eight shares are reachable with 74 respondents (70, 65, 61, 58, 74, 69, 72, 67 of 74)",
            " and ".join(f"grim_ok({s}, f10, 1)" for s, _ in pairs))
    g.check("percent_mismatch", "Анкетування пройшли 74 отримувачі послуги (53,6 % від загальної кількості отримувачів)",
            "74 / 138 = 53,62 % → 53,6", "pct_ok(p10, f10, f1, 1)")
    g.check("parts_sum", "Надання послуги припинено 29 отримувачам, з них", "14 + 9 + 6 = 29", "f7 + f8 + f9 == f6")
    g.check("parts_sum", "у т. ч. 41 особа з інвалідністю та 23 внутрішньо переміщені особи",
            "41 ≤ 138, 23 ≤ 138 (overlapping categories); 29 stopped ≤ 138", "f2 <= f1 and f3 <= f1 and f6 <= f1")
    g.check("parts_sum", "У відділенні працює 6 фахівців при 7 штатних посадах", "6 ≤ 7", "f27 <= f28")

    g.skip("51200, Дніпропетровська обл., м. Самар, вул. Українська, 16, тел. (0569) 0-38-14", [51200, 16, 569, 3814],
           "postcode, address, phone of the assessing body")
    g.skip("____________ 28.02.2025", [28, 2, 2025], "approval date")
    g.skip("наданої у 2024 році", [2024], "year")
    g.skip("наказу управління від 05.02.2025 № 19-од комісією у складі 5 осіб у період з 10 по 21 лютого 2025 року",
           [5, 2, 2025, 19, 5, 10, 21], "order date and number, commission size, assessment dates")
    g.skip("Оцінювався період з 01.01.2024 по 31.12.2024.", [1, 1, 2024, 31, 12, 2024], "assessed period (→ meta)")
    g.skip("(код ЄДРПОУ 26481973), розраховане на 30 місць", [26481973, 30], "ЄДРПОУ, capacity")
    g.skip("Середній вік отримувачів – 71 рік.", [71], "age")
    g.skip("у кожному брали участь у середньому 18 осіб", [18], "average per event (ratio), not a total")
    g.skip("вивчення 40 особових справ", [40], "case files reviewed: no §3 id")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
           "rating bands")
    g.skip("1) адресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7, 8], "list numbers")
    g.skip("Рекомендації: 1) облаштувати пандус біля другого входу до 01.09.2025; 2)", [1, 1, 9, 2025, 2],
           "recommendation numbers and deadline")
    g.skip("Члени комісії: 4 підписи", [4], "signatures")
    g.note("the assessed provider is the ТЦСО (meta.centre); the УСЗН commission is the author")
    g.note("each criterion line gives a share of positive answers (share with criterion, alt satisfaction) and a rating")
    g.note("«припинено надання послуги» → support_completed (alt deregistered), reasons → outcome_other with labels")
    g.note("the 74 respondents carry percent 53,6 (of the 138 recipients)")
    g.note("«у середньому 18 осіб» per event is an average, not event_participants")
    g.write()


if __name__ == "__main__":
    main()
