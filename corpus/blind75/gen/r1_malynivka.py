"""b75_01: ТЦСО Малинівської селищної ради (Харківська), information for 9 months of 2023.
TXT, windows-1251, CRLF, hard-wrapped, impersonal voice."""
from common import Gold, write_text, report_path

DOC = "b75_01_malynivka_tcso_9m2023.txt"

TEXT = """\
       ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
     (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) МАЛИНІВСЬКОЇ СЕЛИЩНОЇ РАДИ
          Чугуївського району Харківської області
  63540, смт Малинівка, вул. Центральна, 41, тел. (05746) 0-31-72
                   код ЄДРПОУ 41873265

Вих. № 01-19/287 від 09.10.2023            Начальнику відділу
                                           соціального захисту населення
                                           Малинівської селищної ради

                         І Н Ф О Р М А Ц І Я
        про роботу територіального центру за 9 місяців 2023 року

   Територіальний центр діє на підставі Положення, затвердженого
рішенням селищної ради від 23.12.2021 № 914-VIII. До складу громади
входить 9 населених пунктів, у яких проживає близько 21,3 тис. осіб,
з них понад 5 тис. - громадяни віком від 60 років.

   1. Кадрове забезпечення.
   Штатним розписом передбачено 47,5 штатних одиниць. Станом на
30.09.2023 фактично працює 44 працівники, з них 31 соціальний робітник.
Підвищили кваліфікацію 12 соціальних робітників (курс обсягом 40 год.).

   2. Охоплення послугами.
   За січень - вересень 2023 року соціальними послугами охоплено
612 осіб (за 9 місяців 2022 року - 574 особи), а саме:
   - відділенням соціальної допомоги вдома - 389 осіб;
   - відділенням денного перебування - 143 особи;
   - відділенням організації надання адресної натуральної та грошової
     допомоги - 80 осіб.

   Серед обслуговуваних вдома осіб з інвалідністю I-II групи - 96,
внутрішньо переміщених осіб - 23.
   Взято на обслуговування 52 особи. Знято з обслуговування 47 осіб,
у тому числі у зв'язку зі смертю - 29, з переїздом на інше місце
проживання - 11, за власним бажанням - 7.
   Вартість однієї години догляду вдома, затверджена рішенням виконкому
від 17.02.2023 № 38, становить 71,20 грн. На платній основі
обслуговується 64 особи, безоплатно - 325 осіб.
   На черзі для взяття на обслуговування перебуває 6 осіб.

   Послуги у відділенні денного перебування отримали 143 особи, з них
38 осіб (24,6 %) - внутрішньо переміщені особи. Проведено 34 заходи
(гуртки, майстер-класи, святкові зустрічі), участь у яких взяли 418 осіб.

   Адресну натуральну допомогу отримали 80 осіб: видано 214 продуктових
наборів та 56 комплектів засобів гігієни на загальну суму 97,4 тис. грн.
   Послугою "соціальне таксі" скористалися 27 осіб, виконано 61 поїздку
(загальний пробіг 2 140 км, тариф 8,50 грн за 1 км).

   3. Обсяг наданих послуг.
   Всього надано 18 437 соціальних послуг, з них:
   догляд вдома                    - 15 902;
   денний догляд                   -  1 846;
   натуральна допомога             -    689.

   4. Скарг від отримувачів соціальних послуг за звітний період
не надходило.

   5. На IV квартал 2023 року заплановано взяти на обслуговування ще
15 осіб, які перебувають на черзі та звернулися повторно.

Директор                        ____________ (підпис)

Виконавець: відділ соціальної допомоги вдома, тел. (05746) 0-31-74
"""


def build():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Малинівської селищної ради",
        "centre_type": "tcso", "settlement": "Малинівка", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"},
        {"centre": ["Територіальний центр соціального обслуговування Малинівської селищної ради"]})
    f = g.f
    pos = f("staff_positions", "positions", 47.5, "Штатним розписом передбачено 47,5 штатних одиниць")
    act = f("staff_actual", "staff", 44, "фактично працює 44 працівники")
    sw = f("staff_actual", "staff", 31, "з них 31 соціальний робітник", parent=act, label="соціальні робітники")
    tr = f("staff_trained", "staff", 12, "Підвищили кваліфікацію 12 соціальних робітників")
    tot = f("served", "persons", 612, "612 осіб (за 9 місяців 2022 року - 574 особи), а саме:")
    hc = f("served", "persons", 389, "- відділенням соціальної допомоги вдома - 389 осіб;", service="home_care",
           district="відділення соціальної допомоги вдома", group="served_612_by_department", parent=tot)
    dc = f("served", "persons", 143, "- відділенням денного перебування - 143 особи;", service="day_care",
           district="відділення денного перебування", group="served_612_by_department", parent=tot)
    na = f("served", "persons", 80, "допомоги - 80 осіб.", service="natural_aid",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_612_by_department", parent=tot)
    dis = f("served", "persons", 96, "Серед обслуговуваних вдома осіб з інвалідністю I-II групи - 96",
            service="home_care", category="особи з інвалідністю I-II групи", parent=hc)
    idp = f("served", "persons", 23, "внутрішньо переміщених осіб - 23", service="home_care",
            category="внутрішньо переміщені особи", parent=hc)
    new = f("served", "persons", 52, "Взято на обслуговування 52 особи", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
    dereg = f("deregistered", "persons", 47, "Знято з обслуговування 47 осіб")
    d1 = f("deregistered", "persons", 29, "у тому числі у зв'язку зі смертю - 29", label="у зв'язку зі смертю",
           group="deregistered_47_by_reason", parent=dereg, alt=["outcome_other"])
    d2 = f("deregistered", "persons", 11, "з переїздом на інше місце\nпроживання - 11",
           label="з переїздом на інше місце проживання", group="deregistered_47_by_reason", parent=dereg,
           alt=["outcome_other"])
    d3 = f("deregistered", "persons", 7, "за власним бажанням - 7", label="за власним бажанням",
           group="deregistered_47_by_reason", parent=dereg, alt=["outcome_other"])
    paid = f("served", "persons", 64, "На платній основі\nобслуговується 64 особи", service="home_care",
             label="на платній основі", group="home_care_389_by_payment", parent=hc)
    free = f("served", "persons", 325, "безоплатно - 325 осіб", service="home_care", label="безоплатно",
             group="home_care_389_by_payment", parent=hc)
    dc2 = f("served", "persons", 143, "Послуги у відділенні денного перебування отримали 143 особи",
            service="day_care")
    dcidp = f("served", "persons", 38, "38 осіб (24,6 %) - внутрішньо переміщені особи", service="day_care",
              percent=24.6, category="внутрішньо переміщені особи", parent=dc2)
    ev = f("events", "events", 34, "Проведено 34 заходи")
    evp = f("event_participants", "persons", 418, "участь у яких взяли 418 осіб", parent=ev)
    na2 = f("served", "persons", 80, "Адресну натуральну допомогу отримали 80 осіб", service="natural_aid")
    aid = f("aid_value", "uah", 97400, "на загальну суму 97,4 тис. грн", service="natural_aid")
    taxi = f("served", "persons", 27, "Послугою \"соціальне таксі\" скористалися 27 осіб", service="social_taxi")
    sp = f("services_provided", "services", 18437, "Всього надано 18 437 соціальних послуг")
    s1 = f("services_provided", "services", 15902, "догляд вдома - 15 902;", service="home_care",
           group="services_18437_by_service", parent=sp)
    s2 = f("services_provided", "services", 1846, "денний догляд - 1 846;", service="day_care",
           group="services_18437_by_service", parent=sp)
    s3 = f("services_provided", "services", 689, "натуральна допомога - 689.", service="natural_aid",
           group="services_18437_by_service", parent=sp)
    cmp_ = f("complaints", "complaints", 0, "Скарг від отримувачів соціальних послуг за звітний період\nне надходило.")

    g.slip("percent_mismatch", "error", "38 осіб (24,6 %) - внутрішньо переміщені особи", 24.6, 26.6, [dcidp, dc2],
           "38 of the 143 day-care recipients is 26,57 % → 26,6 %, not 24,6 %",
           f"pct_ok(p{dcidp[1:]}, {dcidp}, {dc2}, 1)")
    g.check("parts_sum", "а саме:", "389 + 143 + 80 = 612 (by department)", f"{hc} + {dc} + {na} == {tot}")
    g.check("parts_sum", "Знято з обслуговування 47 осіб", "29 + 11 + 7 = 47", f"{d1} + {d2} + {d3} == {dereg}")
    g.check("parts_sum", "обслуговується 64 особи, безоплатно - 325 осіб.", "64 + 325 = 389 home-care recipients",
            f"{paid} + {free} == {hc}")
    g.check("parts_sum", "Всього надано 18 437 соціальних послуг, з них:", "15 902 + 1 846 + 689 = 18 437",
            f"{s1} + {s2} + {s3} == {sp}")
    g.check("parts_sum", "з них 31 соціальний робітник", "31 ≤ 44 ≤ 47,5 positions", f"{sw} <= {act} <= {pos}")
    g.check("parts_sum", "Серед обслуговуваних вдома осіб з інвалідністю I-II групи - 96",
            "overlapping categories each ≤ 389", f"{dis} <= {hc} and {idp} <= {hc}")
    g.check("internal_conflict", "Послуги у відділенні денного перебування отримали 143 особи",
            "day care 143 in the department list and in the paragraph", f"{dc} == {dc2}")
    g.check("internal_conflict", "Адресну натуральну допомогу отримали 80 осіб",
            "natural aid 80 in the department list and in the paragraph", f"{na} == {na2}")

    g.skip("63540, смт Малинівка, вул. Центральна, 41, тел. (05746) 0-31-72", [63540, 41, 5746, 3172],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 41873265", [41873265], "ЄДРПОУ")
    g.skip("Вих. № 01-19/287 від 09.10.2023", [1, 19, 287, 9, 10, 2023], "outgoing number and date")
    g.skip("за 9 місяців 2023 року", [9, 2023], "report period (meta)")
    g.skip("рішенням селищної ради від 23.12.2021 № 914-VIII", [23, 12, 2021, 914], "decision date and number")
    g.skip("входить 9 населених пунктів, у яких проживає близько 21,3 тис. осіб", [9, 21300],
           "settlement count and population")
    g.skip("з них понад 5 тис. - громадяни віком від 60 років", [5000, 60], "population aged 60+ (not served)")
    g.skip("Станом на\n30.09.2023", [30, 9, 2023], "date")
    g.skip("(курс обсягом 40 год.)", [40], "duration")
    g.skip("(за 9 місяців 2022 року - 574 особи)", [9, 2022, 574], "prior-year figure")
    g.skip("I-II групи", [1, 2], "disability groups (Roman numerals)")
    g.skip("від 17.02.2023 № 38, становить 71,20 грн", [17, 2, 2023, 38, 71.2], "decision date/number, hourly tariff")
    g.skip("На черзі для взяття на обслуговування перебуває 6 осіб.", [6], "waiting list (no §3 id)")
    g.skip("видано 214 продуктових\nнаборів та 56 комплектів засобів гігієни", [214, 56], "items handed out")
    g.skip("виконано 61 поїздку\n(загальний пробіг 2 140 км, тариф 8,50 грн за 1 км)", [61, 2140, 8.5, 1],
           "trips (no §3 id), mileage, tariff")
    g.skip("5. На IV квартал 2023 року заплановано взяти на обслуговування ще\n15 осіб", [4, 2023, 15],
           "plan for the next quarter")
    g.skip("1. Кадрове забезпечення.", [1, 2, 3, 4, 5], "paragraph numbers 1.–5.")
    g.skip("тел. (05746) 0-31-74", [5746, 3174], "phone")

    g.note("9 months of 2023 = 2023-01-01..2023-09-30")
    g.note("department rows carry service and district; 143 day care and 80 natural aid are written twice (list and paragraph): two facts each")
    g.note("«Взято на обслуговування» → served (alt registered_new, support_started); «Знято з обслуговування» → deregistered with its reasons as labelled deregistered parts (alt outcome_other)")
    g.note("«47,5 штатних одиниць» is a fractional staff_positions fact")
    g.note("«соціальне таксі» → served, service social_taxi; the 61 trips have no §3 id")
    g.write()


if __name__ == "__main__":
    build()
    gold()
