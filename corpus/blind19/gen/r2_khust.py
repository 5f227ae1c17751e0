"""b19_02: ТЦСО Хустської міської ради (Закарпатська), information for H1 2025.

Plain text, windows-1251, CRLF, hard-wrapped lines, dash lists, sections by department.
Planted slip: parts_sum — 52 persons taken off home care «з таких причин»: 31 + 8 + 5 + 6 = 50.
"""
from common import Gold, report_path, write_text

DOC = "b19_02_khust_tcso_h1_2025.txt"

TEXT = """                      ТЕРИТОРІАЛЬНИЙ ЦЕНТР
     СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ)
                     ХУСТСЬКОЇ МІСЬКОЇ РАДИ
       90400, Закарпатська обл., м. Хуст, вул. Пирогова, 7
         тел. (03142) 0-51-36, e-mail: tc.khust@example.ua

                           ІНФОРМАЦІЯ
        про роботу територіального центру за І півріччя 2025 року

   Територіальний центр обслуговує мешканців Хустської міської
територіальної громади (м. Хуст та 20 сіл; населення – близько
56 тис. осіб, з них понад 11,8 тис. – особи віком 60 років і старше).

   За І півріччя 2025 року соціальними послугами територіального
центру охоплено 1 146 осіб (за І півріччя 2024 року – 1 098 осіб),
а саме:
   - відділенням соціальної допомоги вдома – 512 осіб;
   - відділенням денного перебування – 284 особи;
   - відділенням організації надання адресної натуральної та
     грошової допомоги – 350 осіб.
   Усього надано 48 312 соціальних послуг, у тому числі
відділенням соціальної допомоги вдома – 39 870 послуг.

   1. ВІДДІЛЕННЯ СОЦІАЛЬНОЇ ДОПОМОГИ ВДОМА (послуга догляду вдома)

   Послугу отримували 512 осіб, з них:
   - одинокі громадяни – 318;
   - особи з інвалідністю І групи – 47;
   - внутрішньо переміщені особи – 26.
   Взято на обслуговування 63 особи.
   Знято з обслуговування 52 особи з таких причин:
   - у зв'язку зі смертю – 31;
   - переїзд до родичів за межі громади – 8;
   - влаштування до інтернатних закладів – 5;
   - відмова від послуги за власним бажанням – 6.
   Станом на 30.06.2025 на обслуговуванні перебуває 460 осіб.
   Платно обслуговувалася 41 особа; за платні послуги до
спеціального фонду надійшло 96,3 тис. грн. Вартість однієї години
догляду – 87,40 грн.
   Послугу надають 48 соціальних робітників, середнє навантаження –
10,7 особи на одного робітника.

   2. ВІДДІЛЕННЯ ДЕННОГО ПЕРЕБУВАННЯ

   Відділення відвідували 284 особи. Послугу соціальної адаптації
отримали 97 осіб, денного догляду – 12 осіб.
   Проведено 38 групових заходів (гуртки «Рукодільниця» і «Співоче
джерело», лекції, екскурсії), у них взяли участь 624 особи.
Заняття гуртків проводяться двічі на тиждень по 1,5 години.

   3. ВІДДІЛЕННЯ ОРГАНІЗАЦІЇ НАДАННЯ АДРЕСНОЇ НАТУРАЛЬНОЇ ТА
      ГРОШОВОЇ ДОПОМОГИ

   Натуральну допомогу отримали 350 осіб, у тому числі
143 внутрішньо переміщені особи. Видано 612 продуктових наборів
і 205 комплектів засобів гігієни, отриманих від благодійних
організацій, на загальну суму 428,5 тис. грн.
   Послугою «соціальне таксі» скористалися 58 осіб з інвалідністю,
здійснено 131 поїздку.

   4. ЗВЕРНЕННЯ, ЯКІСТЬ ПОСЛУГ, КАДРИ

   До територіального центру надійшло 176 заяв про надання
соціальних послуг; 169 заяв задоволено, у 7 випадках заявників
скеровано до інших надавачів. Станом на 30.06.2025 в черзі на
отримання послуги догляду вдома перебуває 14 осіб.
   У червні 2025 року проведено анкетування 96 отримувачів послуги
догляду вдома: 88 осіб (91,7 %) повністю задоволені якістю
послуг, 8 осіб (8,3 %) – частково задоволені.
   Надійшло 2 скарги (щодо несвоєчасного приходу соціального
робітника), обидві розглянуто, одну визнано обґрунтованою.
   Штатна чисельність – 74 посади, фактично працює 69 працівників.
Вакантних посад – 5. У І півріччі підвищили кваліфікацію
12 працівників.

Директор                                              (підпис)
Виконавець: тел. (03142) 0-52-18
04.07.2025
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Хустської міської ради",
        "centre_type": "tcso",
        "settlement": "Хуст",
        "oblast": "Закарпатська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
    })
    n = lambda fid: fid[1:]
    f_all = g.f("served", "persons", 1146, "центру охоплено 1 146 осіб")
    d1 = g.f("served", "persons", 512, "відділенням соціальної допомоги вдома – 512 осіб", parent=f_all,
             group="served_1146_by_department", district="відділення соціальної допомоги вдома")
    d2 = g.f("served", "persons", 284, "відділенням денного перебування – 284 особи", parent=f_all,
             group="served_1146_by_department", district="відділення денного перебування")
    d3 = g.f("served", "persons", 350, "грошової допомоги – 350 осіб", parent=f_all,
             group="served_1146_by_department",
             district="відділення організації надання адресної натуральної та грошової допомоги")
    f_srv = g.f("services_provided", "services", 48312, "Усього надано 48 312 соціальних послуг")
    f_srv1 = g.f("services_provided", "services", 39870, "відділенням соціальної допомоги вдома – 39 870 послуг",
                 parent=f_srv, district="відділення соціальної допомоги вдома", service="home_care")
    f_hc = g.f("served", "persons", 512, "Послугу отримували 512 осіб", service="home_care")
    c1 = g.f("served", "persons", 318, "одинокі громадяни – 318", service="home_care", parent=f_hc,
             category="одинокі громадяни")
    c2 = g.f("served", "persons", 47, "особи з інвалідністю І групи – 47", service="home_care", parent=f_hc,
             category="особи з інвалідністю І групи")
    c3 = g.f("served", "persons", 26, "внутрішньо переміщені особи – 26", service="home_care", parent=f_hc,
             category="внутрішньо переміщені особи")
    f_new = g.f("served", "persons", 63, "Взято на обслуговування 63 особи", service="home_care",
                alt=["registered_new", "support_started"], parent=f_hc, label="взято на обслуговування")
    f_der = g.f("deregistered", "persons", 52, "Знято з обслуговування 52 особи", service="home_care",
                alt=["support_completed"], parent=f_hc)
    r = [("у зв'язку зі смертю – 31", 31, "смерть"),
         ("переїзд до родичів за межі громади – 8", 8, "переїзд до родичів за межі громади"),
         ("влаштування до інтернатних закладів – 5", 5, "влаштування до інтернатних закладів"),
         ("відмова від послуги за власним бажанням – 6", 6, "відмова від послуги за власним бажанням")]
    rparts = [g.f("deregistered", "persons", v, q, service="home_care", parent=f_der, label=l,
                  alt=["outcome_other"], group="deregistered_52_by_reason") for q, v, l in r]
    f_end = g.f("support_ongoing", "persons", 460, "на обслуговуванні перебуває 460 осіб", service="home_care",
                alt=["served"], label="станом на 30.06.2025")
    f_paid = g.f("served", "persons", 41, "Платно обслуговувалася 41 особа", service="home_care",
                 parent=f_hc, label="платно")
    f_rec = g.f("budget_received", "uah", 96300, "до\nспеціального фонду надійшло 96,3 тис. грн",
                label="спеціальний фонд, плата за соціальні послуги")
    f_sw = g.f("staff_actual", "staff", 48, "Послугу надають 48 соціальних робітників", service="home_care",
               label="соціальні робітники")
    f_dp = g.f("served", "persons", 284, "Відділення відвідували 284 особи",
               district="відділення денного перебування")
    f_sa = g.f("served", "persons", 97, "Послугу соціальної адаптації\nотримали 97 осіб", service="social_adaptation",
               parent=f_dp)
    f_dc = g.f("served", "persons", 12, "денного догляду – 12 осіб", service="day_care", parent=f_dp)
    f_ev = g.f("events", "events", 38, "Проведено 38 групових заходів")
    f_evp = g.f("event_participants", "persons", 624, "у них взяли участь 624 особи", parent=f_ev)
    f_na = g.f("served", "persons", 350, "Натуральну допомогу отримали 350 осіб", service="natural_aid")
    f_naidp = g.f("served", "persons", 143, "143 внутрішньо переміщені особи", service="natural_aid",
                  parent=f_na, category="внутрішньо переміщені особи")
    f_aidv = g.f("aid_value", "uah", 428500, "на загальну суму 428,5 тис. грн", service="natural_aid",
                 label="продуктові набори та засоби гігієни від благодійних організацій")
    f_taxi = g.f("served", "persons", 58, "Послугою «соціальне таксі» скористалися 58 осіб з інвалідністю",
                 service="social_taxi", category="особи з інвалідністю")
    f_app = g.f("applied", "applications", 176, "надійшло 176 заяв про надання")
    f_sur = g.f("survey_respondents", "recipients", 96, "проведено анкетування 96 отримувачів послуги",
                service="home_care", unit_alt="persons")
    f_s1 = g.f("survey_respondents", "persons", 88, "88 осіб (91,7 %) повністю задоволені", percent=91.7,
               service="home_care", parent=f_sur, group="survey_96_by_answer", label="повністю задоволені")
    f_s2 = g.f("survey_respondents", "persons", 8, "8 осіб (8,3 %) – частково задоволені", percent=8.3,
               service="home_care", parent=f_sur, group="survey_96_by_answer", label="частково задоволені")
    f_cmp = g.f("complaints", "complaints", 2, "Надійшло 2 скарги")
    f_pos = g.f("staff_positions", "positions", 74, "Штатна чисельність – 74 посади")
    f_act = g.f("staff_actual", "staff", 69, "фактично працює 69 працівників")
    f_tr = g.f("staff_trained", "staff", 12, "підвищили кваліфікацію\n12 працівників")

    g.slip("parts_sum", "error", "Знято з обслуговування 52 особи з таких причин:", 52, 50,
           [f_der] + rparts,
           "the four reasons «з таких причин» sum to 31 + 8 + 5 + 6 = 50, two short of the 52 taken off; "
           "512 − 52 = 460 at 30.06.2025 confirms the total",
           " + ".join(f"f{n(x)}" for x in rparts) + f" == f{n(f_der)}")

    g.check("parts_sum", "центру охоплено 1 146 осіб", "512 + 284 + 350 = 1 146",
            f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(f_all)}")
    g.check("parts_sum", "Усього надано 48 312 соціальних послуг, у тому числі", "39 870 ≤ 48 312",
            f"f{n(f_srv1)} <= f{n(f_srv)}")
    g.check("internal_conflict", "Послугу отримували 512 осіб", "department list 512 = section 1 512; "
            "284 = 284; 350 = 350", f"f{n(d1)} == f{n(f_hc)} and f{n(d2)} == f{n(f_dp)} and f{n(d3)} == f{n(f_na)}")
    g.check("parts_sum", "Послугу отримували 512 осіб, з них:", "overlapping categories 318, 47, 26 ≤ 512; "
            "318 + 47 + 26 = 391 ≤ 512", f"f{n(c1)} + f{n(c2)} + f{n(c3)} <= f{n(f_hc)}")
    g.check("parts_sum", "на обслуговуванні перебуває 460 осіб", "512 served − 52 taken off = 460 at 30.06.2025",
            f"f{n(f_hc)} - f{n(f_der)} == f{n(f_end)}")
    g.check("parts_sum", "Платно обслуговувалася 41 особа", "41 paid and 63 new ≤ 512",
            f"f{n(f_paid)} <= f{n(f_hc)} and f{n(f_new)} <= f{n(f_hc)}")
    g.check("parts_sum", "Відділення відвідували 284 особи", "97 + 12 ≤ 284",
            f"f{n(f_sa)} + f{n(f_dc)} <= f{n(f_dp)}")
    g.check("parts_sum", "у тому числі\n143 внутрішньо переміщені особи", "143 ≤ 350", f"f{n(f_naidp)} <= f{n(f_na)}")
    g.check("parts_sum", "169 заяв задоволено, у 7 випадках", "169 satisfied + 7 referred = 176 applications",
            f"169 + 7 == f{n(f_app)}")
    g.check("parts_sum", "88 осіб (91,7 %) повністю задоволені", "88 + 8 = 96 respondents",
            f"f{n(f_s1)} + f{n(f_s2)} == f{n(f_sur)}")
    g.check("percent_mismatch", "88 осіб (91,7 %) повністю задоволені", "88/96 = 91,67 → 91,7; 8/96 = 8,33 → 8,3",
            f"pct_ok(p{n(f_s1)}, f{n(f_s1)}, f{n(f_sur)}, 1) and pct_ok(p{n(f_s2)}, f{n(f_s2)}, f{n(f_sur)}, 1)")
    g.check("percents_sum", "88 осіб (91,7 %) повністю задоволені", "91,7 + 8,3 = 100,0",
            f"psum_ok([p{n(f_s1)}, p{n(f_s2)}], 1)")
    g.check("parts_sum", "Вакантних посад – 5", "74 positions − 69 working = 5 vacancies; 48 social workers "
            "and 12 trained ≤ 69", f"f{n(f_pos)} - f{n(f_act)} == 5 and f{n(f_sw)} <= f{n(f_act)} "
            f"and f{n(f_tr)} <= f{n(f_act)}")

    g.skip("90400, Закарпатська обл., м. Хуст, вул. Пирогова, 7", [90400, 7], "postcode, address")
    g.skip("тел. (03142) 0-51-36", [3142, 5136], "phone")
    g.skip("(м. Хуст та 20 сіл; населення – близько\n56 тис. осіб, з них понад 11,8 тис. – особи віком 60 років "
           "і старше)", [20, 56, 11.8, 60], "settlements, population, age")
    g.skip("(за І півріччя 2024 року – 1 098 осіб)", [2024, 1098], "prior-year figure")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("Вартість однієї години\nдогляду – 87,40 грн", [87.4], "tariff")
    g.skip("середнє навантаження –\n10,7 особи на одного робітника", [10.7], "ratio")
    g.skip("двічі на тиждень по 1,5 години", [1.5], "frequency and duration")
    g.skip("Видано 612 продуктових наборів\nі 205 комплектів засобів гігієни", [612, 205], "items (sets)")
    g.skip("здійснено 131 поїздку", [131], "trips of the social taxi; no §3 id")
    g.skip("169 заяв задоволено, у 7 випадках заявників\nскеровано до інших надавачів", [169, 7],
           "applications satisfied / referred; no §3 id (used as literals in a check)")
    g.skip("в черзі на\nотримання послуги догляду вдома перебуває 14 осіб", [14], "waiting list; no §3 id")
    g.skip("У червні 2025 року", [2025], "survey month")
    g.skip("обидві розглянуто, одну визнано обґрунтованою", [2, 1], "complaints considered / upheld (word numerals)")
    g.skip("Вакантних посад – 5", [5], "vacancies; no §3 id (literal in a check)")
    g.skip("Виконавець: тел. (03142) 0-52-18", [3142, 5218], "phone")
    g.skip("04.07.2025", [4, 7, 2025], "compile date")
    for i, h in enumerate(["1. ВІДДІЛЕННЯ СОЦІАЛЬНОЇ ДОПОМОГИ ВДОМА", "2. ВІДДІЛЕННЯ ДЕННОГО ПЕРЕБУВАННЯ",
                           "3. ВІДДІЛЕННЯ ОРГАНІЗАЦІЇ", "4. ЗВЕРНЕННЯ, ЯКІСТЬ ПОСЛУГ, КАДРИ"]):
        g.skip(h, [i + 1], "section number")

    g.note("department list (1 146 = 512 + 284 + 350) and the section figures repeat 512, 284 and 350: each is "
           "written twice, so two facts each (department rows carry district)")
    g.note("«Знято з обслуговування» → deregistered (alt support_completed), reasons as labelled parts (alt "
           "outcome_other), following blind18's convention for «знято з обслуговування»")
    g.note("«Взято на обслуговування 63 особи» → served (alt registered_new, support_started)")
    g.note("«на обслуговуванні перебуває 460 осіб» at the end of the period → support_ongoing (alt served)")
    g.note("survey answers are counts with percents: survey_respondents parts with percent, not separate "
           "satisfaction rows")
    return g


if __name__ == "__main__":
    build()
    gold().write()
