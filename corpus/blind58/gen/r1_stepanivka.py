"""b58_01: ЦСС Степанівської селищної ради (Сумська), annual report 2024. TXT, windows-1251, CRLF."""
from common import Gold, write_text, report_path

DOC = "b58_01_stepanivka_css_annual2024.txt"
TEXT = """\
          Центр соціальних служб Степанівської селищної ради
        42310, Сумська обл., Сумський р-н, смт Степанівка,
             вул. Заводська, 14, тел. (0542) 0-77-31
                     код ЄДРПОУ 44190276

                              ЗВІТ
              про діяльність Центру соціальних служб
             Степанівської селищної ради за 2024 рік

   Центр утворено рішенням 12 сесії селищної ради VIII скликання
від 17.12.2021 № 214. Центр обслуговує 19 населених пунктів громади
з населенням близько 11,8 тис. осіб.

1. Виявлення сімей та оцінка потреб
   Протягом звітного року до Центру надійшло 146 звернень громадян
(у 2023 році - 128). Від суб'єктів виявлення отримано повідомлення
щодо 41 сім'ї. Оцінку потреб проведено 63 сім'ям, за її результатами
складні життєві обставини встановлено у 38 сімей.

2. Соціальний супровід сімей у СЖО
   Під соціальним супроводом у 2024 році перебувала 31 сім'я, в яких
виховується 64 дитини. Упродовж року взято під супровід 19 сімей,
з них 7 сімей внутрішньо переміщених осіб (36,8 %).
   Завершено супровід 21 сім'ї, а саме:
   - з позитивним результатом (подолано СЖО) - 14;
   - з мінімізацією складних життєвих обставин - 5;
   - у зв'язку зі зміною місця проживання - 1.
   Продовжують отримувати послугу у 2025 році 10 сімей.

3. Інші соціальні послуги
   Послугу консультування отримали 412 осіб, інформування - 538 осіб,
соціальної профілактики - 96 осіб. Кризове та екстрене втручання
здійснено щодо 4 сімей (у т. ч. 3 випадки домашнього насильства).
Загалом за рік надано 2 317 соціальних послуг.

4. Сімейні форми виховання
   На території громади функціонують 2 прийомні сім'ї та 1 дитячий
будинок сімейного типу, в яких виховується 13 дітей. Соціальним
супроводженням охоплено всі 3 сім'ї, кожну відвідано не рідше
1 разу на місяць.

5. Групова робота
   Проведено 23 групові заходи (тренінги, батьківські збори, заняття
«Школи відповідального батьківства»), якими охоплено 317 учасників.
Тривалість одного заняття - 1,5 години.

6. Кадрове забезпечення
   Штатним розписом передбачено 9 посад, фактично працює 8 фахівців,
1 посада фахівця із соціальної роботи вакантна. Підвищили
кваліфікацію 6 працівників (усього 96 годин навчання).

7. Звернення та скарги
   Скарг на якість надання соціальних послуг у 2024 році не надходило.
На телефон довіри Центру надійшло 57 дзвінків.

8. Завдання на 2025 рік
   Планується охопити соціальним супроводом не менше 35 сімей та
відкрити консультаційний пункт у старостинському окрузі № 3.

Директор центру                                        (підпис)

Вих. № 37/02-08 від 15.01.2025
Виконавець: тел. (0542) 0-77-35
"""


def main():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {"centre": "Центр соціальних служб Степанівської селищної ради",
                   "centre_type": "css", "settlement": "Степанівка", "oblast": "Сумська",
                   "report_kind": "annual_report",
                   "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    a1 = f("applied", "applications", 146, "до Центру надійшло 146 звернень громадян", unit_alt="persons")
    f("notified", "families", 41, "отримано повідомлення\nщодо 41 сім'ї")
    f("needs_assessed", "families", 63, "Оцінку потреб проведено 63 сім'ям")
    f("in_difficult_circumstances", "families", 38, "складні життєві обставини встановлено у 38 сімей")
    s = f("served", "families", 31, "Під соціальним супроводом у 2024 році перебувала 31 сім'я",
          service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 64, "виховується 64 дитини", service="social_support_sjo",
      alt=["support_ongoing"], parent=s)
    st = f("support_started", "families", 19, "Упродовж року взято під супровід 19 сімей",
           service="social_support_sjo", parent=s)
    idp = f("support_started", "families", 7, "з них 7 сімей внутрішньо переміщених осіб (36,8 %)",
            service="social_support_sjo", percent=36.8, category="внутрішньо переміщені особи", parent=st)
    c = f("support_completed", "families", 21, "Завершено супровід 21 сім'ї", service="social_support_sjo",
          parent=s, group="served_31_by_end_state")
    p1 = f("outcome_positive", "families", 14, "з позитивним результатом (подолано СЖО) - 14",
           parent=c, group="completed_21_by_outcome")
    p2 = f("outcome_minimized", "families", 5, "з мінімізацією складних життєвих обставин - 5",
           parent=c, group="completed_21_by_outcome")
    p3 = f("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання - 1",
           label="у зв'язку зі зміною місця проживання", parent=c, group="completed_21_by_outcome")
    on = f("support_ongoing", "families", 10, "Продовжують отримувати послугу у 2025 році 10 сімей",
           service="social_support_sjo", parent=s, group="served_31_by_end_state")
    f("served", "persons", 412, "Послугу консультування отримали 412 осіб", service="counselling")
    f("served", "persons", 538, "інформування - 538 осіб", service="informing")
    f("served", "persons", 96, "соціальної профілактики - 96 осіб", service="social_prevention")
    f("served", "families", 4, "Кризове та екстрене втручання\nздійснено щодо 4 сімей", service="crisis_intervention")
    f("services_provided", "services", 2317, "Загалом за рік надано 2 317 соціальних послуг")
    fo = f("served", "families", 3, "супроводженням охоплено всі 3 сім'ї", service="social_support_foster")
    f("served", "children", 13, "в яких виховується 13 дітей", service="social_support_foster", parent=fo)
    ev = f("events", "events", 23, "Проведено 23 групові заходи")
    f("event_participants", "persons", 317, "якими охоплено 317 учасників", parent=ev)
    sp = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    sa = f("staff_actual", "staff", 8, "фактично працює 8 фахівців")
    tr = f("staff_trained", "staff", 6, "Підвищили\nкваліфікацію 6 працівників")
    f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг у 2024 році не надходило.")
    f("calls", "calls", 57, "На телефон довіри Центру надійшло 57 дзвінків")

    n = lambda x: x[1:]
    g.slip("parts_sum", "error", "Завершено супровід 21 сім'ї, а саме:", 20, 21, [c, p1, p2, p3],
           "the outcomes enumerated with «а саме» (14 + 5 + 1 = 20) do not reach the 21 families whose support was completed; one family is missing",
           f"f{n(p1)} + f{n(p2)} + f{n(p3)} == f{n(c)}")
    g.check("parts_sum", "Продовжують отримувати послугу у 2025 році 10 сімей",
            "21 completed + 10 continuing = 31 under support", f"f{n(c)} + f{n(on)} == f{n(s)}")
    g.check("percent_mismatch", "з них 7 сімей внутрішньо переміщених осіб (36,8 %)",
            "7 / 19 = 36,84 % → 36,8", f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(st)}, 1)")
    g.check("parts_sum", "Упродовж року взято під супровід 19 сімей",
            "19 taken ≤ 31 under support", f"f{n(st)} <= f{n(s)}")
    g.check("parts_sum", "На території громади функціонують 2 прийомні сім'ї та 1 дитячий",
            "2 foster families + 1 ДБСТ = the 3 families in support (literals 2 and 1, skipped)", f"2 + 1 == f{n(fo)}")
    g.check("parts_sum", "Штатним розписом передбачено 9 посад, фактично працює 8 фахівців,\n1 посада",
            "8 working + 1 vacant = 9 positions (vacancy 1 is a literal)", f"f{n(sa)} + 1 == f{n(sp)} and f{n(tr)} <= f{n(sa)}")
    g.check("parts_sum", "за її результатами\nскладні життєві обставини встановлено у 38 сімей",
            "38 in СЖО ≤ 63 assessed", "f4 <= f3")

    sk = g.skip
    sk("8. Завдання на 2025 рік", [8, 2025], "section heading with the plan year")
    sk("42310, Сумська обл., Сумський р-н, смт Степанівка,\nвул. Заводська, 14, тел. (0542) 0-77-31",
       [42310, 14, 542, 7731], "postcode, address, phone (invalid 0 after the area code)")
    sk("код ЄДРПОУ 44190276", [44190276], "ЄДРПОУ")
    sk("за 2024 рік", [2024], "year of the report")
    sk("рішенням 12 сесії селищної ради VIII скликання\nвід 17.12.2021 № 214", [12, 17, 12, 2021, 214], "session, decision date and number")
    sk("Центр обслуговує 19 населених пунктів громади\nз населенням близько 11,8 тис. осіб", [19, 11800], "settlement count and population")
    sk("(у 2023 році - 128)", [2023, 128], "prior-year figure")
    sk("у т. ч. 3 випадки домашнього насильства", [3], "cases of domestic violence: no §3 id")
    sk("функціонують 2 прийомні сім'ї та 1 дитячий\nбудинок сімейного типу", [2, 1],
       "number of foster families / ДБСТ existing (no §3 id); used as literals in a check")
    sk("не рідше\n1 разу на місяць", [1], "visit frequency")
    sk("Тривалість одного заняття - 1,5 години", [1.5], "duration")
    sk("1 посада фахівця із соціальної роботи вакантна", [1], "vacancy: no §3 id; literal in the staff check")
    sk("(усього 96 годин навчання)", [96], "hours of training")
    sk("не менше 35 сімей", [35], "plan for 2025")
    sk("старостинському окрузі № 3", [3], "district number")
    sk("Вих. № 37/02-08 від 15.01.2025", [37, 2, 8, 15, 1, 2025], "outgoing number and date")
    sk("Виконавець: тел. (0542) 0-77-35", [542, 7735], "phone")
    sk("1. Виявлення сімей та оцінка потреб", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers 1.–8.")
    g.note("«146 звернень громадян» → applied, unit applications (unit_alt persons)")
    g.note("the crisis-intervention sentence («здійснено щодо 4 сімей») → served families, service crisis_intervention")
    g.note("«Продовжують отримувати послугу у 2025 році 10 сімей» in a 2024 report → support_ongoing (a 2024 figure that names 2025)")
    g.note("the 3 foster families/ДБСТ in «соціальним супроводженням» → served, social_support_foster, with 13 children hanging on them")
    g.write()


if __name__ == "__main__":
    main()
