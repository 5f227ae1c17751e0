"""b37_01: ЦСС Тростянецької міської ради (Сумська), annual report 2024.
Plain text, windows-1251, CRLF, impersonal voice, Roman section numbers, dash lists."""
from common import Gold, report_path, write_text

DOC = "b37_01_trostianets_css_annual2024.txt"

TEXT = """ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ТРОСТЯНЕЦЬКОЇ МІСЬКОЇ РАДИ
Ідентифікаційний код 44170356
42600, Сумська обл., Охтирський р-н, м. Тростянець, вул. Миру, 14
тел. (05458) 0-52-17, e-mail: css.trost@example.ua

          ЗВІТ
   про роботу Центру соціальних служб Тростянецької міської ради
          за 2024 рік

I. Загальні відомості
Центр соціальних служб Тростянецької міської ради (далі – Центр) діє на підставі Положення, затвердженого рішенням 9 сесії 8 скликання Тростянецької міської ради від 24.02.2021 № 77. Центр обслуговує 48 населених пунктів громади з населенням близько 35,8 тис. осіб.
Штатним розписом Центру на 2024 рік передбачено 17 посад, фактично працювало 15 фахівців. Упродовж року 11 працівників підвищили кваліфікацію (навчання обсягом 40 годин в обласному центрі соціальних служб).

II. Виявлення сімей, які перебувають у складних життєвих обставинах
У 2024 році до Центру надійшли повідомлення про 142 сім'ї (особи), які можуть перебувати у складних життєвих обставинах (у 2023 році – 118). Оцінку потреб проведено 131 сім'ї (особі); перебування у складних життєвих обставинах визначено у 97 сімей (осіб). Решта 11 повідомлень на момент складання звіту перебувають в опрацюванні.

III. Надання соціальних послуг
Загалом соціальними послугами у звітному році охоплено 1 386 сімей/осіб (у 2023 році – 1 214), яким надано 6 902 соціальні послуги.
Серед отримувачів – 287 внутрішньо переміщених осіб (20,7 %).
За видами послуг (одна сім'я/особа могла отримати кілька послуг):
- інформування – 694 сімей/осіб, 1 840 послуг;
- консультування – 538 сімей/осіб, 3 927 послуг;
- соціальний супровід сімей (осіб), які перебувають у СЖО, – 64 сім'ї, 711 послуг;
- представництво інтересів – 41 особа, 158 послуг;
- натуральна допомога – 131 сім'я/особа, 266 послуг.

IV. Соціальний супровід
Під соціальним супроводом упродовж 2024 року перебували 64 сім'ї, в яких виховується 139 дітей. З них 38 сімей взято під супровід у звітному році, ще 26 сімей отримували послугу з 2023 року.
Завершено надання послуги 23 сім'ям, з них: з позитивним результатом (подолано СЖО) – 15, мінімізовано складні життєві обставини – 5, у зв'язку зі зміною місця проживання – 2.
Продовжено надання послуги у 2025 році 41 сім'ї.
Середня тривалість супроводу становила 5,5 місяця.
Соціальне супроводження здійснювалося у 9 сімейних формах виховання (7 прийомних сім'ях та 2 дитячих будинках сімейного типу), де виховується 31 дитина віком від 3 до 17 років.

V. Натуральна допомога
За рахунок благодійних надходжень отримувачам передано 240 продуктових наборів, 96 комплектів засобів гігієни та 35 електрообігрівачів на загальну суму 412,6 тис. грн.

VI. Профілактична робота
Проведено 46 групових заходів (тренінги, круглі столи, інформаційні акції), в яких взяли участь 812 осіб. Зокрема, для дітей та молоді організовано 19 заходів, якими охоплено 377 учасників.

VII. Якість послуг
У листопаді 2024 року проведено анкетування, в якому взяли участь 154 отримувачі послуг. Задоволеними якістю отриманих послуг себе назвали 94,8 % опитаних. Скарг на роботу Центру у звітному році не надходило.

VIII. Завдання на 2025 рік
Охопити соціальним супроводом не менше 70 сімей, провести не менше 50 групових заходів, укомплектувати 2 вакантні посади фахівців із соціальної роботи.

Звіт складено 14.01.2025, вих. № 01-12/09.
"""


def main():
    path = report_path(DOC)
    write_text(path, TEXT, encoding="cp1251", newline="\r\n")
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Тростянецької міської ради",
        "centre_type": "css", "settlement": "Тростянець", "oblast": "Сумська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    pos = f("staff_positions", "positions", 17, "Штатним розписом Центру на 2024 рік передбачено 17 посад")
    act = f("staff_actual", "staff", 15, "фактично працювало 15 фахівців")
    trn = f("staff_trained", "staff", 11, "Упродовж року 11 працівників підвищили кваліфікацію")
    notif = f("notified", "families", 142,
              "до Центру надійшли повідомлення про 142 сім'ї (особи), які можуть перебувати у складних життєвих обставинах",
              unit_alt="families_persons")
    na = f("needs_assessed", "families", 131, "Оцінку потреб проведено 131 сім'ї (особі)",
           unit_alt="families_persons")
    sjo = f("in_difficult_circumstances", "families", 97,
            "перебування у складних життєвих обставинах визначено у 97 сімей (осіб)",
            unit_alt="families_persons")
    tot = f("served", "families_persons", 1386,
            "Загалом соціальними послугами у звітному році охоплено 1 386 сімей/осіб")
    svc = f("services_provided", "services", 6902, "яким надано 6 902 соціальні послуги")
    idp = f("served", "persons", 287, "Серед отримувачів – 287 внутрішньо переміщених осіб (20,7 %)",
            percent=20.7, category="внутрішньо переміщені особи", parent=tot)
    s_inf = f("served", "families_persons", 694, "інформування – 694 сімей/осіб, 1 840 послуг",
              service="informing", parent=tot)
    a_inf = f("services_provided", "services", 1840, "інформування – 694 сімей/осіб, 1 840 послуг",
              service="informing", group="services_6902_by_service", parent=svc)
    s_con = f("served", "families_persons", 538, "консультування – 538 сімей/осіб, 3 927 послуг",
              service="counselling", parent=tot)
    a_con = f("services_provided", "services", 3927, "консультування – 538 сімей/осіб, 3 927 послуг",
              service="counselling", group="services_6902_by_service", parent=svc)
    s_sup = f("served", "families", 64, "перебувають у СЖО, – 64 сім'ї, 711 послуг",
              service="social_support_sjo", parent=tot)
    a_sup = f("services_provided", "services", 711, "перебувають у СЖО, – 64 сім'ї, 711 послуг",
              service="social_support_sjo", group="services_6902_by_service", parent=svc)
    s_rep = f("served", "persons", 41, "представництво інтересів – 41 особа, 158 послуг",
              service="representation", parent=tot)
    a_rep = f("services_provided", "services", 158, "представництво інтересів – 41 особа, 158 послуг",
              service="representation", group="services_6902_by_service", parent=svc)
    s_nat = f("served", "families_persons", 131, "натуральна допомога – 131 сім'я/особа, 266 послуг",
              service="natural_aid", parent=tot)
    a_nat = f("services_provided", "services", 266, "натуральна допомога – 131 сім'я/особа, 266 послуг",
              service="natural_aid", group="services_6902_by_service", parent=svc)
    sup = f("served", "families", 64, "Під соціальним супроводом упродовж 2024 року перебували 64 сім'ї",
            service="social_support_sjo", alt=["support_ongoing"],
            note="the 64 of the services list, written a second time in section IV: two facts")
    ch = f("served", "children", 139, "в яких виховується 139 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 38, "З них 38 сімей взято під супровід у звітному році",
           service="social_support_sjo", group="support_64_by_start", parent=sup)
    cont = f("served", "families", 26, "ще 26 сімей отримували послугу з 2023 року",
             service="social_support_sjo", alt=["support_ongoing"], label="отримували послугу з 2023 року",
             group="support_64_by_start", parent=sup)
    comp = f("support_completed", "families", 23, "Завершено надання послуги 23 сім'ям",
             service="social_support_sjo", parent=sup)
    pos_o = f("outcome_positive", "families", 15, "з позитивним результатом (подолано СЖО) – 15",
              service="social_support_sjo", group="completed_23_by_result", parent=comp)
    min_o = f("outcome_minimized", "families", 5, "мінімізовано складні життєві обставини – 5",
              service="social_support_sjo", group="completed_23_by_result", parent=comp)
    oth = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2",
            service="social_support_sjo", label="зміна місця проживання",
            group="completed_23_by_result", parent=comp)
    ong = f("support_ongoing", "families", 41, "Продовжено надання послуги у 2025 році 41 сім'ї",
            service="social_support_sjo", parent=sup)
    fost = f("served", "families", 9, "Соціальне супроводження здійснювалося у 9 сімейних формах виховання",
             service="social_support_foster")
    f7 = f("served", "families", 7, "7 прийомних сім'ях", service="social_support_foster",
           label="прийомні сім'ї", group="foster_9_by_form", parent=fost)
    f2 = f("served", "families", 2, "2 дитячих будинках сімейного типу", service="social_support_foster",
           label="дитячі будинки сімейного типу", group="foster_9_by_form", parent=fost)
    fch = f("served", "children", 31, "де виховується 31 дитина", service="social_support_foster",
            parent=fost)
    aid = f("aid_value", "uah", 412600, "на загальну суму 412,6 тис. грн", service="natural_aid")
    ev = f("events", "events", 46, "Проведено 46 групових заходів")
    evp = f("event_participants", "persons", 812, "в яких взяли участь 812 осіб", parent=ev)
    ev2 = f("events", "events", 19, "для дітей та молоді організовано 19 заходів", parent=ev,
            label="для дітей та молоді")
    evp2 = f("event_participants", "persons", 377, "якими охоплено 377 учасників", parent=ev2,
             label="для дітей та молоді")
    resp = f("survey_respondents", "recipients", 154, "в якому взяли участь 154 отримувачі послуг",
             unit_alt="persons")
    sat = f("satisfaction", "percent", 94.8, "Задоволеними якістю отриманих послуг себе назвали 94,8 % опитаних",
            alt=["share"])
    cpl = f("complaints", "complaints", 0, "Скарг на роботу Центру у звітному році не надходило.")

    n = lambda x: x[1:]  # noqa: E731
    g.slip("parts_sum", "error",
           "Завершено надання послуги 23 сім'ям, з них: з позитивним результатом (подолано СЖО) – 15, мінімізовано складні життєві обставини – 5, у зв'язку зі зміною місця проживання – 2.",
           22, 23, [comp, pos_o, min_o, oth],
           "the results of the 23 completed cases (15 + 5 + 2) sum to 22: one family is missing. The three results are the usual partition of completed support (positive / minimized / other reason)",
           f"f{n(pos_o)} + f{n(min_o)} + f{n(oth)} == f{n(comp)}")
    g.check("parts_sum", "З них 38 сімей взято під супровід у звітному році, ще 26 сімей отримували послугу з 2023 року.",
            "38 new + 26 carried over = 64 under support", f"f{n(st)} + f{n(cont)} == f{n(sup)}")
    g.check("parts_sum", "Продовжено надання послуги у 2025 році 41 сім'ї.",
            "23 completed + 41 continued into 2025 = 64", f"f{n(comp)} + f{n(ong)} == f{n(sup)}")
    g.check("internal_conflict", "перебувають у СЖО, – 64 сім'ї, 711 послуг",
            "the services list and section IV both give 64 families under social support",
            f"f{n(s_sup)} == f{n(sup)}")
    g.check("parts_sum", "яким надано 6 902 соціальні послуги",
            "1 840 + 3 927 + 711 + 158 + 266 = 6 902 services",
            f"f{n(a_inf)} + f{n(a_con)} + f{n(a_sup)} + f{n(a_rep)} + f{n(a_nat)} == f{n(svc)}")
    g.check("percent_mismatch", "Серед отримувачів – 287 внутрішньо переміщених осіб (20,7 %)",
            "287 / 1 386 = 20,71 % → 20,7", f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(tot)}, 1)")
    g.check("parts_sum", "Соціальне супроводження здійснювалося у 9 сімейних формах виховання (7 прийомних сім'ях та 2 дитячих будинках сімейного типу)",
            "7 + 2 = 9 family forms", f"f{n(f7)} + f{n(f2)} == f{n(fost)}")
    g.check("parts_sum", "для дітей та молоді організовано 19 заходів, якими охоплено 377 учасників",
            "19 ≤ 46 events, 377 ≤ 812 participants", f"f{n(ev2)} <= f{n(ev)} and f{n(evp2)} <= f{n(evp)}")
    g.check("percent_impossible", "Задоволеними якістю отриманих послуг себе назвали 94,8 % опитаних",
            "94,8 % of 154 is reachable (146 of 154 = 94,81 %)", f"grim_ok(f{n(sat)}, f{n(resp)}, 1)")
    g.check("parts_sum", "фактично працювало 15 фахівців", "15 working ≤ 17 positions; 11 trained ≤ 15",
            f"f{n(act)} <= f{n(pos)} and f{n(trn)} <= f{n(act)}")
    g.check("parts_sum", "Оцінку потреб проведено 131 сім'ї (особі)",
            "97 in СЖО ≤ 131 assessed ≤ 142 notified; 131 + the 11 still being processed = 142",
            f"f{n(sjo)} <= f{n(na)} <= f{n(notif)} and f{n(na)} + 11 == f{n(notif)}")

    g.skip("Ідентифікаційний код 44170356", [44170356], "ЄДРПОУ")
    g.skip("42600, Сумська обл., Охтирський р-н, м. Тростянець, вул. Миру, 14", [42600, 14], "postcode, address")
    g.skip("тел. (05458) 0-52-17", [5458, 5217], "phone")
    g.skip("за 2024 рік", [2024], "year of the title")
    g.skip("рішенням 9 сесії 8 скликання Тростянецької міської ради від 24.02.2021 № 77",
           [9, 8, 24, 2, 2021, 77], "session, convocation, decision date and number")
    g.skip("Центр обслуговує 48 населених пунктів громади з населенням близько 35,8 тис. осіб.",
           [48, 35800], "settlements and population")
    g.skip("навчання обсягом 40 годин", [40], "duration")
    g.skip("(у 2023 році – 118)", [2023, 118], "prior-year figure")
    g.skip("Решта 11 повідомлень на момент складання звіту перебувають в опрацюванні.", [11],
           "notifications still being processed: no §3 id (used as a literal in a check)")
    g.skip("(у 2023 році – 1 214)", [2023, 1214], "prior-year figure")
    g.skip("Середня тривалість супроводу становила 5,5 місяця.", [5.5], "duration")
    g.skip("віком від 3 до 17 років", [3, 17], "ages")
    g.skip("передано 240 продуктових наборів, 96 комплектів засобів гігієни та 35 електрообігрівачів",
           [240, 96, 35], "items handed out")
    g.skip("У листопаді 2024 року проведено анкетування", [2024], "survey date")
    g.skip("VIII. Завдання на 2025 рік", [2025], "plan year")
    g.skip("Охопити соціальним супроводом не менше 70 сімей, провести не менше 50 групових заходів, укомплектувати 2 вакантні посади фахівців із соціальної роботи.",
           [70, 50, 2], "plans for 2025 and vacancies")
    g.skip("Звіт складено 14.01.2025, вих. № 01-12/09.", [14, 1, 2025, 1, 12, 9], "compile date, outgoing number")
    g.note("«ще 26 сімей отримували послугу з 2023 року» is a 2024 figure that names 2023 → served with a label (alt support_ongoing); «Продовжено … у 2025 році 41 сім'ї» → support_ongoing")
    g.note("the services list is not a partition of the 1 386: the text says one family could receive several services, and 694 + 538 + 64 + 41 + 131 = 1 468 > 1 386 is no slip; its service counts hang on 1 386 with parent_id and no group. The service acts do partition the 6 902")
    g.note("the 64 families under social support appear twice (services list and section IV): two facts")
    g.note("the 9 family forms = 7 прийомних сімей + 2 ДБСТ; ДБСТ are counted as families")
    g.note("notified / needs_assessed / in_difficult_circumstances are written «сім'ї (особи)»: unit families, unit_alt families_persons")
    g.write()


if __name__ == "__main__":
    main()
