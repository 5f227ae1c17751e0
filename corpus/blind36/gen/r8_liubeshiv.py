"""b36_08: external quality assessment of home care provided in 2025 by the ТЦСО of Любешівська селищна рада,
written by the селищна рада's відділ соціального захисту населення. The file is TEXT COPIED OUT OF A PDF VIEWER:
lines broken at a fixed width mid-sentence, the PDF's running header/footer landing between the halves of a
sentence, table cells one per line (page 2) or run together with single spaces (page 3), bullets as U+F0B7."""
from common import Gold, report_path, write_text

NAME = "b36_08_liubeshiv_tcso_external2025.txt"

B = "\uf0b7"
HDR = "ЗВІТ про зовнішню оцінку якості послуги догляду вдома (Любешів, 2025) | стор. {} з 3"
FTR = "Роздруковано 16.02.2026 10:42"

TEXT = f"""ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ЛЮБЕШІВСЬКОЇ СЕЛИЩНОЇ РАДИ
44201, смт Любешів, вул. Незалежності, 28, тел. (03362) 0-42-19, ЄДРПОУ 44302618
ЗВІТ
про проведення зовнішньої оцінки якості соціальної послуги догляду вдома,
наданої у 2025 році Територіальним центром соціального обслуговування (надання
соціальних послуг) Любешівської селищної ради
Зовнішню оцінку проведено комісією у складі 4 осіб відповідно до розпорядження
селищного голови від 26.01.2026 № 18-р у період з 02 по 13 лютого 2026 року.
Предмет оцінки – послуга догляду вдома, надана отримувачам протягом 2025 року.
Протягом року послугу надано 241 особі, з них 57 – вперше. Знято з обслуго-
вування 38 осіб: 29 – у зв'язку зі смертю, 5 – влаштовані до закладів стаціо-
нарного догляду, 4 – за власною заявою. Станом на 31.12.2025 послугу отримували
203 особи, які проживають у 36 населених пунктах громади. Послугу надавали
26 соціальних робітників (штатних одиниць – 28,5). На платній основі послугу
отримували 19 осіб, безоплатно – 222 особи; вартість однієї години догляду –
64,80 грн.
Під час оцінки застосовано такі методи:
{B} аналіз 41 особової справи отримувачів;
{B} анкетування 46 отримувачів послуги (22,7 % від тих, хто отримував послугу
на кінець року);
{B} 15 спостережень за наданням послуги вдома;
{B} інтерв'ю з 9 соціальними робітниками.
Рівень дотримання критерію визначався за часткою позитивних відповідей: 80–100 %
– «добре», 60–79,9 % – «задовільно», нижче 60 % – «незадовільно». Результати
{HDR.format(1)}
{FTR}
оцінки за критеріями наведено в таблиці.
Таблиця 1
Критерій
Частка
позитивних
відповідей, %
Оцінка
Адресність та індивідуальний підхід
95,7
добре
Результативність
89,1
добре
Своєчасність
84,8
добре
Доступність та відкритість
93,5
добре
{HDR.format(2)}
{FTR}
Повага до гідності отримувача 100 добре
Професійність 91,3 добре
Захист та безпека 88,0 добре
Конфіденційність інформації 100 добре
Загальна оцінка – добре
За результатами анкетування 45 із 46 опитаних задоволені якістю послуги; найчас-
тіше отримувачі відзначали уважність соціальних робітників. Скарг на якість по-
слуги у 2025 році не надходило. Середній вік отримувачів – 79 років.
Висновок: якість соціальної послуги догляду вдома, наданої Територіальним
центром у 2025 році, відповідає рівню «добре».
Рекомендації:
{B} довести укомплектованість штату соціальних робітників до 28,5 одиниці до
01.06.2026;
{B} забезпечити навчання 9 соціальних робітників з питань профілактики пролеж-
нів у 2026 році.
Голова комісії (підпис)
{HDR.format(3)}
{FTR}
"""


def build():
    write_text(report_path(NAME), TEXT)


BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Любешівської селищної ради",
        "centre_type": "tcso", "settlement": "Любешів",
        "report_kind": "external_assessment", "period_start": "2025-01-01", "period_end": "2025-12-31"},
        {"centre": ["Відділ соціального захисту населення Любешівської селищної ради"],
         "centre_type": ["uszn"]})
    f = g.f
    n = lambda x: x[1:]
    yr = f("served", "persons", 241, "Протягом року послугу надано 241 особі", service="home_care")
    new = f("served", "persons", 57, "з них 57 – вперше", service="home_care", label="вперше", alt=["registered_new"], parent=yr)
    dr = f("deregistered", "persons", 38, "38 осіб: 29 – у зв'язку зі смертю", service="home_care")
    d1 = f("deregistered", "persons", 29, "29 – у зв'язку зі смертю", label="смерть", service="home_care",
           group="deregistered_38_by_reason", parent=dr)
    d2 = f("deregistered", "persons", 5, "5 – влаштовані до закладів стаціонарного догляду", label="влаштовані до закладів стаціонарного догляду",
           service="home_care", group="deregistered_38_by_reason", parent=dr)
    d3 = f("deregistered", "persons", 4, "4 – за власною заявою", label="за власною заявою", service="home_care",
           group="deregistered_38_by_reason", parent=dr)
    end = f("served", "persons", 203, "203 особи, які проживають", service="home_care", label="станом на 31.12.2025",
            alt=["support_ongoing", "registered"])
    sw = f("staff_actual", "staff", 26, "26 соціальних робітників", label="соціальні робітники")
    sp = f("staff_positions", "positions", 28.5, "(штатних одиниць – 28,5)", label="соціальні робітники")
    pay = f("served", "persons", 19, "отримували 19 осіб", service="home_care", label="на платній основі",
            group="served_241_by_payment", parent=yr)
    free = f("served", "persons", 222, "безоплатно – 222 особи", service="home_care", label="безоплатно",
             group="served_241_by_payment", parent=yr)
    sv = f("survey_respondents", "recipients", 46, "анкетування 46 отримувачів послуги (22,7 %", percent=22.7,
           service="home_care", unit_alt="persons")
    crit = [("targeting", "Адресність та індивідуальний підхід\n95,7\nдобре", 95.7, 44),
            ("effectiveness", "Результативність\n89,1\nдобре", 89.1, 41),
            ("timeliness", "Своєчасність\n84,8\nдобре", 84.8, 39),
            ("accessibility", "Доступність та відкритість\n93,5\nдобре", 93.5, 43),
            ("dignity", "Повага до гідності отримувача 100 добре", 100, 46),
            ("professionalism", "Професійність 91,3 добре", 91.3, 42),
            ("safety", "Захист та безпека 88,0 добре", 88, None),
            ("confidentiality", "Конфіденційність інформації 100 добре", 100, 46)]
    ids = {}
    for c, q, p, _ in crit:
        a = f("share", "percent", p, q, criterion=c, service="home_care", label="частка позитивних відповідей", alt=["satisfaction"])
        b = f("rating", "rating", "good", q, criterion=c, service="home_care")
        ids[c] = (a, b)
    f("rating", "rating", "good", "Загальна оцінка – добре", criterion="overall", service="home_care")
    f("rating", "rating", "good", "відповідає рівню «добре»", criterion="overall", service="home_care",
      label="висновок (повтор загальної оцінки)")
    sat = f("survey_respondents", "persons", 45, "45 із 46 опитаних задоволені якістю послуги", service="home_care",
            label="задоволені якістю послуги", parent=sv)
    f("complaints", "complaints", 0, "Скарг на якість послуги у 2025 році не надходило")

    a, b = ids["safety"]
    g.slip("percent_impossible", "error", "Захист та безпека 88,0 добре", 88, "40/46 = 87,0 % or 41/46 = 89,1 %", [a, sv],
           "with 46 respondents no whole number of positive answers gives 88,0 % (40 → 87,0 %, 41 → 89,1 %)",
           f"grim_ok(f{n(a)}, f{n(sv)}, 1)")
    others = [c for c in ids if c != "safety"]
    g.check("percent_impossible", "анкетування 46 отримувачів послуги",
            "the other seven shares are reachable with 46 (44, 41, 39, 43, 46, 42, 46 of 46)",
            " and ".join(f"grim_ok(f{n(ids[c][0])}, f{n(sv)}, 1)" for c in others))
    g.check("rating_band", "80–100 %", "every criterion share, the 88,0 too, lies in the «добре» band 80–100 %",
            " and ".join(f"band(f{n(ids[c][0])}, {BANDS}) == f{n(ids[c][1])}" for c in ids))
    g.check("parts_sum", "38 осіб: 29 – у зв'язку зі смертю", "29 + 5 + 4 = 38", f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(dr)}")
    g.check("parts_sum", "Протягом року послугу надано 241 особі", "241 served in the year − 38 removed = 203 at the year end",
            f"f{n(yr)} - f{n(dr)} == f{n(end)}")
    g.check("parts_sum", "безоплатно – 222 особи", "19 paying + 222 free = 241", f"f{n(pay)} + f{n(free)} == f{n(yr)}")
    g.check("percent_mismatch", "анкетування 46 отримувачів послуги (22,7 %", "46 / 203 = 22,66 % → 22,7",
            f"pct_ok(p{n(sv)}, f{n(sv)}, f{n(end)}, 1)")
    g.check("parts_sum", "45 із 46 опитаних", "45 ≤ 46; 57 ≤ 241; 26 ≤ 28,5",
            f"f{n(sat)} <= f{n(sv)} and f{n(new)} <= f{n(yr)} and f{n(sw)} <= f{n(sp)}")
    g.skip("44201, смт Любешів, вул. Незалежності, 28, тел. (03362) 0-42-19, ЄДРПОУ 44302618",
           [44201, 28, 3362, 4219, 44302618], "postcode, address, phone, ЄДРПОУ")
    g.skip("комісією у складі 4 осіб", [4], "commission size")
    g.skip("від 26.01.2026 № 18-р у період з 02 по 13 лютого 2026 року", [26, 1, 2026, 18, 2, 13, 2026], "order date and number, assessment dates")
    g.skip("Станом на 31.12.2025", [31, 12, 2025], "date")
    g.skip("у 36 населених пунктах громади", [36], "settlement count")
    g.skip("64,80 грн.", [64.8], "tariff per hour")
    g.skip("аналіз 41 особової справи", [41], "case files examined")
    g.skip("15 спостережень", [15], "observations")
    g.skip("інтерв'ю з 9 соціальними робітниками", [9], "interviews")
    g.skip("80–100 %\n– «добре», 60–79,9 % – «задовільно», нижче 60 % – «незадовільно»", [80, 100, 60, 79.9, 60], "band definitions")
    g.skip("| стор. 1 з 3", [1, 3], "running header of the PDF (page 1 of 3); also стор. 2 з 3 and 3 з 3")
    g.skip("| стор. 2 з 3", [2, 3], "running header, page 2 of 3")
    g.skip("| стор. 3 з 3", [3, 3], "running header, page 3 of 3")
    g.skip("Роздруковано 16.02.2026 10:42", [16, 2, 2026, 10, 42], "running footer: print date and time (three times)")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("Середній вік отримувачів – 79 років", [79], "average age")
    g.skip("до 28,5 одиниці до\n01.06.2026", [28.5, 1, 6, 2026], "target and deadline")
    g.skip("забезпечити навчання 9 соціальних робітників", [9, 2026], "plan")
    g.note("the file imitates text copied out of a PDF viewer; quotes are taken from within lines, except the criteria rows "
           "of page 2, whose cells stand one per line and are quoted with their line breaks")
    g.note("words hyphenated at a line end («обслуго-/вування», «по-/слуги», «пролеж-/нів») come out joined by the reader, "
           "with the rest of the paragraph's next line; quotes follow the read text")
    g.note("centre is the provider assessed (the ТЦСО); the author is the селищна рада's відділ соціального захисту населення "
           "(meta_alt centre, centre_type uszn)")
    g.note("«Станом на 31.12.2025 послугу отримували 203 особи» → served with a label (alt support_ongoing, registered)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
