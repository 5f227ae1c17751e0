"""b93_02: ТЦСО Попівської сільської ради (Сумська), information for H1 2023. windows-1251, CRLF,
first person plural. Planted slip: parts_sum (211 + 94 + 183 = 488, total says 486)."""
from common import Gold, report_path, write_text

DOC = "b93_02_popivka_tcso_h1_2023.txt"

TEXT = """                    ПОПІВСЬКА СІЛЬСЬКА РАДА
   ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ
              (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
42655, Сумська обл., Конотопський р-н, с. Попівка, вул. Центральна, 3
тел. (05447) 0-31-76, tco.popivka@example.ua

                         ІНФОРМАЦІЯ
     про роботу територіального центру за І півріччя 2023 року

За шість місяців 2023 року ми обслужили 486 громадян похилого віку та осіб з інвалідністю, а саме:
- відділенням соціальної допомоги вдома – 211 осіб;
- відділенням денного перебування – 94 особи;
- відділенням організації надання адресної натуральної та грошової допомоги – 183 особи.

Соціальні робітники відділення соціальної допомоги вдома надали 14 862 соціальні послуги (за І півріччя 2022 року – 13 905). Вартість 1 години послуги догляду вдома для отримувачів, які сплачують за неї, з 1 березня становить 64,90 грн. На черзі на отримання послуги догляду вдома перебувають 6 осіб.

З початку року ми взяли на обслуговування 23 особи з числа внутрішньо переміщених осіб, які проживають на території громади.

Знято з обслуговування 17 осіб, з них:
- у зв'язку зі смертю – 11;
- за власним бажанням – 4;
- у зв'язку з переїздом на інше місце проживання – 2.

Адресну натуральну допомогу отримали 183 особи (продуктові набори, засоби гігієни, дрова – 46 куб. м), грошову допомогу на загальну суму 128,5 тис. грн надали 37 особам.

У відділенні денного перебування працюють 5 гуртків. Провели 38 групових заходів (гурткові заняття, свята, екскурсії), участь у яких взяли 412 відвідувачів.

У червні 2023 року ми провели анкетування 60 отримувачів послуги догляду вдома: 52 особи (86,7 %) повністю задоволені якістю послуги, 8 осіб (13,3 %) – частково задоволені. Надійшла одна скарга (щодо графіка відвідування), її розглянуто в установлений строк.

Штатна чисельність центру – 42 посади, фактично працюють 39 працівників, з них 27 соціальних робітників. Вакантні 3 посади соціального робітника.

Касові видатки загального фонду за І півріччя склали 4 236,8 тис. грн, у тому числі:
  заробітна плата з нарахуваннями – 3 702,1 тис. грн;
  оплата енергоносіїв – 287,4 тис. грн;
  інші видатки – 247,3 тис. грн.
До спеціального фонду за платні послуги надійшло 64,2 тис. грн.

Директор                                        ____________

Виконавець: відділ кадрів та звітності, тел. (05447) 0-31-79
07.07.2023
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Попівської сільської ради",
        "centre_type": "tcso", "settlement": "Попівка", "oblast": "Сумська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-06-30",
        "published": "2023-07-07",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Попівської сільської ради",
                            "Попівський територіальний центр соціального обслуговування (надання соціальних послуг)"]})
    f = g.f
    tot = f("served", "persons", 486, "ми обслужили 486 громадян похилого віку та осіб з інвалідністю")
    d1 = f("served", "persons", 211, "відділенням соціальної допомоги вдома – 211 осіб",
           district="відділення соціальної допомоги вдома", service="home_care",
           group="served_486_by_department", parent=tot)
    d2 = f("served", "persons", 94, "відділенням денного перебування – 94 особи",
           district="відділення денного перебування", service="day_care",
           group="served_486_by_department", parent=tot)
    d3 = f("served", "persons", 183,
           "відділенням організації надання адресної натуральної та грошової допомоги – 183 особи",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_486_by_department", parent=tot)
    sp = f("services_provided", "services", 14862, "надали 14 862 соціальні послуги", service="home_care",
           district="відділення соціальної допомоги вдома")
    idp = f("served", "persons", 23, "ми взяли на обслуговування 23 особи з числа внутрішньо переміщених осіб",
            category="внутрішньо переміщені особи", alt=["registered_new", "support_started"],
            label="взято на обслуговування")
    dr = f("deregistered", "persons", 17, "Знято з обслуговування 17 осіб")
    r1 = f("deregistered", "persons", 11, "у зв'язку зі смертю – 11", label="у зв'язку зі смертю",
           group="deregistered_17_by_reason", parent=dr)
    r2 = f("deregistered", "persons", 4, "за власним бажанням – 4", label="за власним бажанням",
           group="deregistered_17_by_reason", parent=dr)
    r3 = f("deregistered", "persons", 2, "у зв'язку з переїздом на інше місце проживання – 2",
           label="переїзд на інше місце проживання", group="deregistered_17_by_reason", parent=dr)
    nat = f("served", "persons", 183, "Адресну натуральну допомогу отримали 183 особи", service="natural_aid",
            note="the department row 183 said again: a second fact")
    mon = f("aid_value", "uah", 128500, "грошову допомогу на загальну суму 128,5 тис. грн",
            label="грошова допомога")
    monp = f("served", "persons", 37, "надали 37 особам", label="грошова допомога")
    ev = f("events", "events", 38, "Провели 38 групових заходів")
    evp = f("event_participants", "persons", 412, "участь у яких взяли 412 відвідувачів", parent=ev)
    sv = f("survey_respondents", "recipients", 60, "ми провели анкетування 60 отримувачів послуги догляду вдома",
           service="home_care", unit_alt="persons")
    s1 = f("survey_respondents", "persons", 52, "52 особи (86,7 %) повністю задоволені якістю послуги",
           percent=86.7, service="home_care", label="повністю задоволені", group="survey_60_by_answer",
           parent=sv)
    s2 = f("survey_respondents", "persons", 8, "8 осіб (13,3 %) – частково задоволені", percent=13.3,
           service="home_care", label="частково задоволені", group="survey_60_by_answer", parent=sv)
    cp = f("complaints", "complaints", 1, "Надійшла одна скарга", note="number in words")
    pos = f("staff_positions", "positions", 42, "Штатна чисельність центру – 42 посади")
    act = f("staff_actual", "staff", 39, "фактично працюють 39 працівників")
    act2 = f("staff_actual", "staff", 27, "з них 27 соціальних робітників", label="соціальні робітники",
             parent=act)
    bs = f("budget_spent", "uah", 4236800, "Касові видатки загального фонду за І півріччя склали 4 236,8 тис. грн",
           label="загальний фонд")
    b1 = f("budget_spent", "uah", 3702100, "заробітна плата з нарахуваннями – 3 702,1 тис. грн",
           label="заробітна плата з нарахуваннями", group="spent_4236_8_by_item", parent=bs)
    b2 = f("budget_spent", "uah", 287400, "оплата енергоносіїв – 287,4 тис. грн", label="оплата енергоносіїв",
           group="spent_4236_8_by_item", parent=bs)
    b3 = f("budget_spent", "uah", 247300, "інші видатки – 247,3 тис. грн", label="інші видатки",
           group="spent_4236_8_by_item", parent=bs)
    br = f("budget_received", "uah", 64200, "До спеціального фонду за платні послуги надійшло 64,2 тис. грн",
           label="спеціальний фонд, платні послуги")

    g.slip("parts_sum", "error", "ми обслужили 486 громадян похилого віку та осіб з інвалідністю, а саме:",
           488, 486, [tot, d1, d2, d3],
           "the three departments (а саме) sum to 211 + 94 + 183 = 488, 2 more than the 486 stated",
           f"{d1} + {d2} + {d3} == {tot}")
    g.check("parts_sum", "Знято з обслуговування 17 осіб, з них:", "11 + 4 + 2 = 17", f"{r1} + {r2} + {r3} == {dr}")
    g.check("internal_conflict", "Адресну натуральну допомогу отримали 183 особи",
            "the natural-aid paragraph repeats the department row (183)", f"{nat} == {d3}")
    g.check("parts_sum", "ми провели анкетування 60 отримувачів послуги догляду вдома", "52 + 8 = 60",
            f"{s1} + {s2} == {sv}")
    g.check("percent_mismatch", "52 особи (86,7 %)", "52 / 60 = 86,67 % → 86,7",
            f"pct_ok(p{s1[1:]}, {s1}, {sv}, 1)")
    g.check("percent_mismatch", "8 осіб (13,3 %)", "8 / 60 = 13,33 % → 13,3", f"pct_ok(p{s2[1:]}, {s2}, {sv}, 1)")
    g.check("percents_sum", "52 особи (86,7 %) повністю задоволені якістю послуги, 8 осіб (13,3 %)",
            "86,7 + 13,3 = 100", f"psum_ok([p{s1[1:]}, p{s2[1:]}], 1)")
    g.check("parts_sum", "Касові видатки загального фонду за І півріччя склали 4 236,8 тис. грн, у тому числі:",
            "3 702,1 + 287,4 + 247,3 = 4 236,8 тис. грн", f"near({b1} + {b2} + {b3}, {bs})")
    g.check("parts_sum", "фактично працюють 39 працівників, з них 27 соціальних робітників",
            "27 ≤ 39 ≤ 42; 42 − 39 = 3 vacancies as written", f"{act2} <= {act} <= {pos} and {pos} - {act} == 3")
    g.check("parts_sum", "грошову допомогу на загальну суму 128,5 тис. грн надали 37 особам",
            "37 money-aid recipients ≤ 183 in the department", f"{monp} <= {d3}")

    sk = g.skip
    sk("42655, Сумська обл., Конотопський р-н, с. Попівка, вул. Центральна, 3", [42655, 3], "postcode, address")
    sk("тел. (05447) 0-31-76", [5447, 3176], "phone")
    sk("про роботу територіального центру за І півріччя 2023 року", [2023], "period in the title")
    sk("За шість місяців 2023 року", [6, 2023], "duration of the period (in words), year")
    sk("(за І півріччя 2022 року – 13 905)", [2022, 13905], "prior-year figure")
    sk("Вартість 1 години послуги догляду вдома для отримувачів, які сплачують за неї, з 1 березня становить 64,90 грн.",
       [1, 1, 64.9], "tariff and its start date")
    sk("На черзі на отримання послуги догляду вдома перебувають 6 осіб.", [6], "waiting list: no §3 id")
    sk("дрова – 46 куб. м", [46], "quantity of firewood")
    sk("працюють 5 гуртків", [5], "number of clubs: no §3 id")
    sk("У червні 2023 року", [2023], "survey month")
    sk("Вакантні 3 посади соціального робітника.", [3], "vacancies: no §3 id (used as a literal in a check)")
    sk("Виконавець: відділ кадрів та звітності, тел. (05447) 0-31-79", [5447, 3179], "phone")
    sk("07.07.2023", [7, 7, 2023], "date of the information")
    g.note("encoding windows-1251 with CRLF line ends; the title is centred with spaces")
    g.note("the three departments are a partition of the 486 served («а саме»): district = department, "
           "group served_486_by_department; home care and day care also carry the service id, the aid "
           "department does not (it gives natural and money aid)")
    g.note("«183 особи» of the aid department and «Адресну натуральну допомогу отримали 183 особи» are two facts")
    g.note("survey answers are counts with a percent → survey_respondents with label and percent, as the seed gold "
           "does for respondents by sex")
    g.note("«Надійшла одна скарга» → complaints 1 (number in words)")
    g.note("«взяли на обслуговування 23 особи з числа ВПО» → served (alt registered_new, support_started) with category")
    g.note("published: the date 07.07.2023 under the signature is taken as the date of the information; "
           "not in the text as a publication date, but the only date the document gives itself")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    gold().write()
