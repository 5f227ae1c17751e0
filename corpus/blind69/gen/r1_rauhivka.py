"""b69_01: КУ «ЦНСП» Раухівської селищної ради (Одеська), information for 9 months of 2023.
TXT, windows-1251, CRLF, first person plural. One planted slip: percent_mismatch (41 of 96 written 43,7 %)."""
from common import Gold, report_path, write_text

DOC = "b69_01_rauhivka_cnsp_9m2023.txt"

TEXT = """КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»
РАУХІВСЬКОЇ СЕЛИЩНОЇ РАДИ БЕРЕЗІВСЬКОГО РАЙОНУ ОДЕСЬКОЇ ОБЛАСТІ
67612, смт Раухівка, вул. Шкільна, 14-А, тел. (04856) 0-31-72
код ЄДРПОУ 44173058

вих. № 318/02-09 від 09.10.2023
                                    Відділу соціального захисту населення
                                    Раухівської селищної ради

ІНФОРМАЦІЯ
про роботу Центру за 9 місяців 2023 року

Наш Центр обслуговує 23 населені пункти громади, в яких проживає близько 9,8 тис. мешканців. Працюємо відповідно до рішення селищної ради від 17.12.2021 № 244-VIII.

1. Звернення
За січень–вересень 2023 року до нас звернулися 418 мешканців громади, з них 96 – внутрішньо переміщені особи. Для порівняння: за 9 місяців 2022 року було 356 звернень, тобто на 62 більше. Оцінку потреб ми провели 53 особам.
На нашу «гарячу лінію» надійшло 137 дзвінків.

2. Соціальні послуги
Ми надали 2 946 соціальних послуг 371 особі. За видами послуг:
- інформування – 1 204;
- консультування – 967;
- догляд вдома – 588;
- натуральна допомога – 187.

Догляд вдома. На обслуговуванні в нас перебувало 39 осіб (середній вік – 78 років). Протягом звітного періоду взяли на обслуговування 7 осіб, зняли з обслуговування 5: 3 – у зв'язку зі смертю, 2 – переїхали до родичів за межі громади. Для платних отримувачів вартість однієї години догляду становить 64,20 грн.

Натуральна допомога. Натуральну допомогу (продуктові та гігієнічні набори від благодійних фондів) отримали 118 осіб. Із 96 внутрішньо переміщених осіб, які до нас звернулися, таку допомогу отримала 41 особа (43,7 %). Загалом роздано 240 продуктових наборів і 75 гігієнічних.

Соціальний супровід. Під нашим супроводом перебувало 17 сімей, у яких виховується 42 дитини. Взяли під супровід 6 сімей, завершили супровід 8 сімей, з них:
- з позитивним результатом – 5 (62,5 %);
- у зв'язку зі зміною місця проживання – 2 (25 %);
- з негативним результатом – 1 (12,5 %).
Супровід триває в середньому 6 місяців.

3. Групова робота
Провели 11 групових заходів (тренінги, «круглі столи», заняття для батьків), участь у яких взяли 164 мешканці громади.

4. Кадри
Штатним розписом передбачено 21,5 посади, фактично працюють 19 працівників, з них 12 – соціальні робітники. Підвищили кваліфікацію 4 фахівці (курси обсягом 30 годин).

5. Фінанси
Касові видатки Центру за 9 місяців склали 4 217,6 тис. грн, з них на оплату праці (КЕКВ 2110) – 3 102,4 тис. грн.

Скарг на нашу роботу за звітний період не отримували.

У IV кварталі 2023 року плануємо запровадити послугу денного догляду на 10 місць.

Директор                                               (підпис)
Виконавець: тел. (04856) 0-31-75
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Раухівської селищної ради",
        "centre_type": "cnsp",
        "settlement": "Раухівка",
        "oblast": "Одеська",
        "report_kind": "period_report",
        "period_start": "2023-01-01",
        "period_end": "2023-09-30",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Раухівської селищної ради",
        "Комунальна установа «Центр надання соціальних послуг» Раухівської селищної ради Березівського району Одеської області",
    ]})
    f1 = g.f("applied", "persons", 418, "до нас звернулися 418 мешканців громади")
    f2 = g.f("applied", "persons", 96, "з них 96 – внутрішньо переміщені особи",
             category="внутрішньо переміщені особи", parent=f1)
    g.f("needs_assessed", "persons", 53, "Оцінку потреб ми провели 53 особам")
    g.f("calls", "calls", 137, "надійшло 137 дзвінків")
    f5 = g.f("services_provided", "services", 2946, "Ми надали 2 946 соціальних послуг 371 особі")
    g.f("served", "persons", 371, "Ми надали 2 946 соціальних послуг 371 особі")
    grp = "services_2946_by_kind"
    g.f("services_provided", "services", 1204, "- інформування – 1 204;", service="informing",
        group=grp, parent=f5)
    g.f("services_provided", "services", 967, "- консультування – 967;", service="counselling",
        group=grp, parent=f5)
    g.f("services_provided", "services", 588, "- догляд вдома – 588;", service="home_care",
        group=grp, parent=f5)
    g.f("services_provided", "services", 187, "- натуральна допомога – 187.", service="natural_aid",
        group=grp, parent=f5)
    f11 = g.f("served", "persons", 39, "На обслуговуванні в нас перебувало 39 осіб", service="home_care")
    g.f("served", "persons", 7, "взяли на обслуговування 7 осіб", service="home_care",
        label="взято на обслуговування", alt=["registered_new", "support_started"], parent=f11)
    f13 = g.f("deregistered", "persons", 5, "зняли з обслуговування 5", service="home_care", parent=f11)
    g.f("deregistered", "persons", 3, "3 – у зв'язку зі смертю", service="home_care",
        label="у зв'язку зі смертю", group="deregistered_5_by_reason", parent=f13)
    g.f("deregistered", "persons", 2, "2 – переїхали до родичів за межі громади", service="home_care",
        label="переїзд до родичів за межі громади", group="deregistered_5_by_reason", parent=f13)
    f16 = g.f("served", "persons", 118, "Натуральну допомогу (продуктові та гігієнічні набори від благодійних фондів) отримали 118 осіб",
              service="natural_aid")
    f17 = g.f("served", "persons", 41, "таку допомогу отримала 41 особа (43,7 %)", percent=43.7,
              service="natural_aid", category="внутрішньо переміщені особи", parent=f16,
              note="41 of the 96 IDPs who applied (the whole named in the sentence); also a part of the 118 aid recipients")
    f18 = g.f("served", "families", 17, "Під нашим супроводом перебувало 17 сімей", service="social_support_sjo",
              alt=["support_ongoing"])
    g.f("served", "children", 42, "у яких виховується 42 дитини", service="social_support_sjo",
        alt=["support_ongoing"], parent=f18)
    f20 = g.f("support_started", "families", 6, "Взяли під супровід 6 сімей", service="social_support_sjo", parent=f18)
    f21 = g.f("support_completed", "families", 8, "завершили супровід 8 сімей", service="social_support_sjo", parent=f18)
    go = "completed_8_by_result"
    f22 = g.f("outcome_positive", "families", 5, "- з позитивним результатом – 5 (62,5 %);", percent=62.5,
              service="social_support_sjo", group=go, parent=f21)
    f23 = g.f("outcome_other", "families", 2, "- у зв'язку зі зміною місця проживання – 2 (25 %);", percent=25,
              service="social_support_sjo", label="зміна місця проживання", group=go, parent=f21)
    f24 = g.f("outcome_negative", "families", 1, "- з негативним результатом – 1 (12,5 %).", percent=12.5,
              service="social_support_sjo", group=go, parent=f21)
    f25 = g.f("events", "events", 11, "Провели 11 групових заходів")
    g.f("event_participants", "persons", 164, "участь у яких взяли 164 мешканці громади", parent=f25)
    f27 = g.f("staff_positions", "positions", 21.5, "Штатним розписом передбачено 21,5 посади")
    f28 = g.f("staff_actual", "staff", 19, "фактично працюють 19 працівників")
    g.f("staff_actual", "staff", 12, "з них 12 – соціальні робітники", label="соціальні робітники", parent=f28)
    g.f("staff_trained", "staff", 4, "Підвищили кваліфікацію 4 фахівці")
    f31 = g.f("budget_spent", "uah", 4217600, "Касові видатки Центру за 9 місяців склали 4 217,6 тис. грн")
    f32 = g.f("budget_spent", "uah", 3102400, "з них на оплату праці (КЕКВ 2110) – 3 102,4 тис. грн", kekv="2110",
              label="оплата праці", parent=f31)
    g.f("complaints", "complaints", 0, "Скарг на нашу роботу за звітний період не отримували.")

    g.slip("percent_mismatch", "error",
           "Із 96 внутрішньо переміщених осіб, які до нас звернулися, таку допомогу отримала 41 особа (43,7 %)",
           43.7, 42.7, [f17, f2],
           "41 of the 96 IDPs who applied: 41/96 = 42,71 % → 42,7, written 43,7 (a slipped digit). "
           "43,7 is reachable with 96 as a floor of 42/96 = 43,75, so this is not percent_impossible.",
           f"pct_ok(p{f17[1:]}, f{f17[1:]}, f{f2[1:]}, 1)")

    g.check("parts_sum", "Ми надали 2 946 соціальних послуг 371 особі. За видами послуг:",
            "1 204 + 967 + 588 + 187 = 2 946", "f7 + f8 + f9 + f10 == f5")
    g.check("parts_sum", "зняли з обслуговування 5: 3 – у зв'язку зі смертю, 2 – переїхали до родичів",
            "3 + 2 = 5", "f14 + f15 == f13")
    g.check("parts_sum", "завершили супровід 8 сімей, з них:", "5 + 2 + 1 = 8", "f22 + f23 + f24 == f21")
    g.check("percent_mismatch", "- з позитивним результатом – 5 (62,5 %);",
            "5/8 = 62,5; 2/8 = 25; 1/8 = 12,5", "pct_ok(p22, f22, f21, 1) and pct_ok(p23, f23, f21, 0) and pct_ok(p24, f24, f21, 1)")
    g.check("percents_sum", "- з позитивним результатом – 5 (62,5 %);", "62,5 + 25 + 12,5 = 100",
            "psum_ok([p22, p23, p24], 1)")
    g.check("parts_sum", "Взяли під супровід 6 сімей, завершили супровід 8 сімей",
            "6 and 8 ≤ 17 under support", "f20 <= f18 and f21 <= f18")
    g.check("parts_sum", "з них 96 – внутрішньо переміщені особи", "96 ≤ 418; 371 served ≤ 418 applied",
            "f2 <= f1 and f6 <= f1")
    g.check("parts_sum", "з них 12 – соціальні робітники", "12 ≤ 19 ≤ 21,5", "f29 <= f28 <= f27")
    g.check("parts_sum", "з них на оплату праці (КЕКВ 2110) – 3 102,4 тис. грн", "3 102,4 ≤ 4 217,6",
            "f32 <= f31")
    g.check("parts_sum", "взяли на обслуговування 7 осіб", "7 taken and 5 removed ≤ 39", "f12 <= f11 and f13 <= f11")

    g.skip("67612, смт Раухівка, вул. Шкільна, 14-А, тел. (04856) 0-31-72", [67612, 14, 4856, 3172],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 44173058", [44173058], "ЄДРПОУ")
    g.skip("вих. № 318/02-09 від 09.10.2023", [318, 2, 9, 9, 10, 2023], "outgoing number and date")
    g.skip("Наш Центр обслуговує 23 населені пункти громади, в яких проживає близько 9,8 тис. мешканців",
           [23, 9800], "settlement and population counts")
    g.skip("рішення селищної ради від 17.12.2021 № 244-VIII", [17, 12, 2021, 244], "decision date and number")
    g.skip("за 9 місяців 2022 року було 356 звернень, тобто на 62 більше", [2022, 356, 62],
           "prior-year figure and difference")
    g.skip("(середній вік – 78 років)", [78], "age")
    g.skip("вартість однієї години догляду становить 64,20 грн", [64.2], "tariff")
    g.skip("Із 96 внутрішньо переміщених осіб, які до нас звернулися", [96],
           "repeat of the 96 IDP applicants (already a fact), named as the whole of the 43,7 % share")
    g.skip("Загалом роздано 240 продуктових наборів і 75 гігієнічних.", [240, 75], "items (sets)")
    g.skip("Супровід триває в середньому 6 місяців.", [6], "duration")
    g.skip("(курси обсягом 30 годин)", [30], "duration")
    g.skip("У IV кварталі 2023 року плануємо запровадити послугу денного догляду на 10 місць.", [4, 2023, 10], "plan")
    g.skip("Виконавець: тел. (04856) 0-31-75", [4856, 3175], "phone")
    g.skip("1. Звернення", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.skip("за 9 місяців 2023 року", [9, 2023], "period")

    g.note("«Ми надали 2 946 соціальних послуг 371 особі» gives two facts from one clause: services_provided 2 946 and served 371 persons; the list «За видами послуг» breaks down the 2 946 services (the numbers have no unit word, and they sum to 2 946)")
    g.note("«взяли на обслуговування 7 осіб» → served (alt registered_new, support_started) labelled, as in blind18; «зняли з обслуговування 5» → deregistered with two labelled reasons")
    g.note("41 IDPs who received natural aid: percent 43,7 is of the 96 IDPs who applied (the sentence names that whole); parent is the aid recipients 118")
    g.note("«21,5 посади» is a fractional positions fact")
    g.note("«під нашим супроводом перебувало» → served, alt support_ongoing")
    g.write()


if __name__ == "__main__":
    main()
