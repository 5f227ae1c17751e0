"""b64_02: ЦСС Теплодарської міської ради (Одеська), information for H1 2024.
windows-1251, CRLF, impersonal voice, centred heading, numbered sections, dash lists."""
from common import Gold, write_text, report_path

DOC = "b64_02_teplodar_css_h1_2024.txt"

TEXT = """\
                    ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ
                  ТЕПЛОДАРСЬКОЇ МІСЬКОЇ РАДИ
     65490, Одеська обл., м. Теплодар, вул. Енергетиків, 14
     тел. (04855) 0-37-12, e-mail: css.teplodar@example.ua
                  код ЄДРПОУ 44170326

Вих. № 02-11/318 від 08.07.2024
                                  Управлінню соціального захисту
                                  населення Теплодарської міської ради

                          ІНФОРМАЦІЯ
       про роботу Центру соціальних служб за І півріччя 2024 року

Інформація подається на виконання рішення виконавчого комітету
Теплодарської міської ради від 25.01.2024 № 17. Громада об'єднує
7 населених пунктів, у яких проживає понад 11,8 тис. мешканців.

1. Звернення та виявлення сімей у СЖО

За січень-червень 2024 року до Центру надійшло 214 звернень, з них 38 – від внутрішньо переміщених осіб (у І півріччі 2023 року – 187 звернень).
Отримано повідомлення щодо 57 сімей, які можуть перебувати у складних життєвих обставинах. Оцінку потреб проведено 49 сім'ям, решта 8 повідомлень перебувають в опрацюванні.
За результатами оцінювання 31 сім'ю визнано такою, що перебуває у СЖО; у цих сім'ях виховується 64 дитини.

2. Надання соціальних послуг

Соціальні послуги отримали 402 сім'ї/особи, а саме:
  - інформування – 158;
  - консультування – 167;
  - соціальний супровід сімей у СЖО – 29;
  - соціальне супроводження прийомних сімей та ДБСТ – 6;
  - натуральна допомога – 42 (видано 73 продуктові набори та 19 комплектів зимового одягу).

Під соціальним супроводом протягом півріччя перебувало 29 сімей (58 дітей): 11 сімей взято під супровід у звітному періоді, ще 18 отримували послугу з 2023 року.
Завершено надання послуги 9 сім'ям, з них: СЖО подолано – у 5 сім'ях, мінімізовано – у 3, у зв'язку зі зміною місця проживання припинено – 2 сім'ям.
Станом на 30.06.2024 супровід триває для 20 сімей.
Соціальне супроводження здійснювалося 4 прийомним сім'ям та 2 дитячим будинкам сімейного типу, у яких виховується 19 дітей. Середній вік вихованців – 11 років.

3. Профілактична робота

Проведено 12 групових заходів (тренінги для батьків, заняття в школах), участь у них взяли 236 осіб. Тривалість одного заняття – 1,5 години.

4. Кадрове забезпечення

Штатним розписом передбачено 9 посад, фактично працює 8 фахівців, 1 посада вакантна. Протягом півріччя 5 працівників пройшли навчання за програмою підвищення кваліфікації (обсяг 30 годин).
Скарг на якість надання послуг не надходило.

Директор Центру                                   (підпис)
Виконавець: тел. (04855) 0-37-15
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Теплодарської міської ради",
        "centre_type": "css", "settlement": "Теплодар", "oblast": "Одеська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-06-30"})
    f = g.f
    a1 = f("applied", "applications", 214, "до Центру надійшло 214 звернень", unit_alt="persons")
    a2 = f("applied", "applications", 38, "з них 38 – від внутрішньо переміщених осіб",
           category="внутрішньо переміщені особи", parent=a1, unit_alt="persons")
    n1 = f("notified", "families", 57, "Отримано повідомлення щодо 57 сімей")
    n2 = f("needs_assessed", "families", 49, "Оцінку потреб проведено 49 сім'ям")
    s1 = f("in_difficult_circumstances", "families", 31, "31 сім'ю визнано такою, що перебуває у СЖО")
    f("in_difficult_circumstances", "children", 64, "у цих сім'ях виховується 64 дитини", parent=s1)
    t = f("served", "families_persons", 402, "Соціальні послуги отримали 402 сім'ї/особи")
    gr = "served_402_by_service"
    sv1 = f("served", "families_persons", 158, "інформування – 158", service="informing", group=gr, parent=t)
    sv2 = f("served", "families_persons", 167, "консультування – 167", service="counselling", group=gr, parent=t)
    sv3 = f("served", "families_persons", 29, "соціальний супровід сімей у СЖО – 29",
            service="social_support_sjo", group=gr, parent=t)
    sv4 = f("served", "families_persons", 6, "соціальне супроводження прийомних сімей та ДБСТ – 6",
            service="social_support_foster", group=gr, parent=t)
    sv5 = f("served", "families_persons", 42, "натуральна допомога – 42", service="natural_aid", group=gr, parent=t)
    ss = f("served", "families", 29, "Під соціальним супроводом протягом півріччя перебувало 29 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 58, "перебувало 29 сімей (58 дітей)", service="social_support_sjo",
      alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 11, "11 сімей взято під супровід у звітному періоді",
           service="social_support_sjo", group="sjo_29_by_start", parent=ss)
    so = f("served", "families", 18, "ще 18 отримували послугу з 2023 року", service="social_support_sjo",
           label="отримували послугу з 2023 року", alt=["support_ongoing"], group="sjo_29_by_start", parent=ss)
    c = f("support_completed", "families", 9, "Завершено надання послуги 9 сім'ям", service="social_support_sjo")
    gc = "completed_9_by_result"
    o1 = f("outcome_positive", "families", 5, "СЖО подолано – у 5 сім'ях", service="social_support_sjo",
           group=gc, parent=c)
    o2 = f("outcome_minimized", "families", 3, "мінімізовано – у 3", service="social_support_sjo", group=gc, parent=c)
    o3 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання припинено – 2 сім'ям",
           service="social_support_sjo", label="зміна місця проживання", group=gc, parent=c)
    og = f("support_ongoing", "families", 20, "Станом на 30.06.2024 супровід триває для 20 сімей",
           service="social_support_sjo", alt=["served"])
    p1 = f("served", "families", 4, "Соціальне супроводження здійснювалося 4 прийомним сім'ям",
           service="social_support_foster")
    p2 = f("served", "families", 2, "2 дитячим будинкам сімейного типу", service="social_support_foster",
           label="дитячі будинки сімейного типу")
    f("served", "children", 19, "у яких виховується 19 дітей", service="social_support_foster",
      note="children of the 4 foster families and 2 ДБСТ together; parent is the foster-family row", parent=p1)
    e = f("events", "events", 12, "Проведено 12 групових заходів")
    f("event_participants", "persons", 236, "участь у них взяли 236 осіб", parent=e)
    sp = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    sa = f("staff_actual", "staff", 8, "фактично працює 8 фахівців")
    tr = f("staff_trained", "staff", 5, "5 працівників пройшли навчання")
    f("complaints", "complaints", 0, "Скарг на якість надання послуг не надходило.")

    g.slip("parts_sum", "error",
           "Завершено надання послуги 9 сім'ям, з них: СЖО подолано – у 5 сім'ях, мінімізовано – у 3, у зв'язку зі зміною місця проживання припинено – 2 сім'ям.",
           10, 9, [c, o1, o2, o3],
           "the three outcomes of the 9 completed cases are a partition (overcome / minimized / ended on moving) "
           "but sum to 5 + 3 + 2 = 10, one more than the total",
           f"{o1} + {o2} + {o3} == {c}")
    g.check("parts_sum", "Соціальні послуги отримали 402 сім'ї/особи, а саме:",
            "158 + 167 + 29 + 6 + 42 = 402", f"{sv1} + {sv2} + {sv3} + {sv4} + {sv5} == {t}")
    g.check("parts_sum", "11 сімей взято під супровід у звітному періоді, ще 18 отримували послугу з 2023 року",
            "11 + 18 = 29 under support", f"{st} + {so} == {ss}")
    g.check("parts_sum", "Станом на 30.06.2024 супровід триває для 20 сімей",
            "29 under support − 9 completed = 20 continuing", f"{ss} - {c} == {og}")
    g.check("internal_conflict", "соціальний супровід сімей у СЖО – 29",
            "the services list (29) agrees with the social-support paragraph (29 families)", f"{sv3} == {ss}")
    g.check("parts_sum", "Соціальне супроводження здійснювалося 4 прийомним сім'ям та 2 дитячим будинкам сімейного типу",
            "4 foster families + 2 ДБСТ = 6 in the services list", f"{p1} + {p2} == {sv4}")
    g.check("parts_sum", "Оцінку потреб проведено 49 сім'ям, решта 8 повідомлень перебувають в опрацюванні.",
            "49 assessed + 8 pending (literal, no §3 id) = 57 notified; 31 in СЖО ≤ 49 assessed",
            f"{n2} + 8 == {n1} and {s1} <= {n2}")
    g.check("parts_sum", "з них 38 – від внутрішньо переміщених осіб", "38 ≤ 214", f"{a2} <= {a1}")
    g.check("parts_sum", "Штатним розписом передбачено 9 посад, фактично працює 8 фахівців, 1 посада вакантна.",
            "8 working + 1 vacancy (literal) = 9 positions; 5 trained ≤ 8", f"{sa} + 1 == {sp} and {tr} <= {sa}")

    sk = g.skip
    sk("65490, Одеська обл., м. Теплодар, вул. Енергетиків, 14", [65490, 14], "postcode, address")
    sk("тел. (04855) 0-37-12", [4855, 3712], "phone")
    sk("код ЄДРПОУ 44170326", [44170326], "ЄДРПОУ")
    sk("Вих. № 02-11/318 від 08.07.2024", [2, 11, 318, 8, 7, 2024], "outgoing number and date")
    sk("за І півріччя 2024 року", [2024], "year of the period")
    sk("від 25.01.2024 № 17", [25, 1, 2024, 17], "decision date and number")
    sk("7 населених пунктів, у яких проживає понад 11,8 тис. мешканців", [7, 11800],
       "settlement count and population")
    sk("(у І півріччі 2023 року – 187 звернень)", [2023, 187], "prior-year figure")
    sk("решта 8 повідомлень перебувають в опрацюванні", [8], "pending notifications: no §3 id (used as a literal in a check)")
    sk("видано 73 продуктові набори та 19 комплектів зимового одягу", [73, 19], "items handed out")
    sk("Середній вік вихованців – 11 років.", [11], "age")
    sk("Тривалість одного заняття – 1,5 години.", [1.5], "duration")
    sk("1 посада вакантна", [1], "vacancy: no §3 id (literal in a check)")
    sk("(обсяг 30 годин)", [30], "duration of the course")
    sk("Виконавець: тел. (04855) 0-37-15", [4855, 3715], "phone")
    sk("1. Звернення та виявлення сімей у СЖО", [1, 2, 3, 4], "section numbers 1.–4.")

    g.note("windows-1251 with CRLF; the heading block is padded with spaces")
    g.note("«надійшло 214 звернень» → applied, unit applications (unit_alt persons); the IDP part hangs on it")
    g.note("«Соціальні послуги отримали 402 сім'ї/особи, а саме:» → served families_persons with five service rows "
           "(group); the list sums to 402 exactly")
    g.note("«29 сімей (58 дітей)» under social support → served (alt support_ongoing); «11 … взято» → support_started, "
           "«ще 18 отримували послугу з 2023 року» → served with a label (alt support_ongoing), as in blind18")
    g.note("the 19 children live in the 4 foster families and 2 ДБСТ together; hung on the foster-family row")
    g.write()


if __name__ == "__main__":
    main()
