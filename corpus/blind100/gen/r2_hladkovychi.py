"""b100_02: ТЦСО Гладковицької сільської ради (Житомирська), information for 9 months of 2023.
windows-1251, CRLF, impersonal voice, letter-numbered sections."""
import sys
from common import Gold, report_path, write_text, coverage

DOC = "b100_02_hladkovychi_tcso_9m2023.txt"

TEXT = """Територіальний центр соціального обслуговування
(надання соціальних послуг) Гладковицької сільської ради
11632, Житомирська обл., Коростенський р-н, с. Гладковичі, вул. Центральна, 18
тел./факс (04161) 0-52-37; tcso.hladkovychi@example.ua

                              ІНФОРМАЦІЯ
      про роботу територіального центру за 9 місяців 2023 року

Територіальний центр діє відповідно до Положення, затвердженого рішенням
сесії сільської ради № 214 від 23.12.2022. У громаді проживає 1 847 осіб
віком понад 60 років, з них на обслуговуванні центру – близько кожного
дев'ятого.

а) Обслуговування

Всього за січень – вересень 2023 року обслуговано 214 осіб, зокрема:
 - відділенням соціальної допомоги вдома – 138 осіб;
 - відділенням денного перебування – 52 особи;
 - відділенням організації надання адресної натуральної та грошової
   допомоги – 24 особи.

З числа обслуговуваних відділенням соціальної допомоги вдома 138 осіб
одинокі громадяни – 61, одиноко проживаючі – 49, громадяни, які мають
рідних, що з поважних причин не можуть здійснювати догляд, – 24.

Взято на обслуговування 38 осіб. Знято з обслуговування 29 осіб, з них
у зв'язку зі смертю – 17, за власним бажанням – 8, у зв'язку з вибуттям
за межі громади – 4.

б) Надані послуги

Надано 21 604 соціальні послуги, у тому числі послуг догляду вдома –
17 390, денного догляду – 3 122, інших – 1 092. Соціальні робітники
обслуговують від 6 до 8 осіб кожен (норма – 8 осіб у сільській місцевості).

Послугою «соціальне таксі» скористалися 23 особи з інвалідністю,
здійснено 61 поїздку до медичних закладів та установ району. Вартість
проїзду – 9,50 грн за 1 км, для осіб з інвалідністю I групи – безоплатно.

Адресну натуральну допомогу (продуктові набори, засоби гігієни,
постільна білизна) отримали 24 особи. Платні послуги надавались
12 особам, до спеціального фонду надійшло 18 420 грн.

в) Кадрове забезпечення

Штатна чисельність – 27,5 штатної одиниці, фактично працює 26 працівників,
з них 19 соціальних робітників. Вакантними залишаються 1,5 ставки
соціального робітника. У ІІ–ІІІ кварталах навчання в обласному центрі
пройшли 7 соціальних робітників.

г) Якість послуг

У вересні 2023 року проведено опитування 45 отримувачів послуги догляду
вдома: задоволені якістю обслуговування 95,6 % опитаних. Скарг протягом
звітного періоду не надійшло. За 9 місяців 2022 року обслуговано 201 особу.

Інформацію склала: фахівець із соціальної роботи
09.10.2023
"""


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Гладковицької сільської ради",
        "centre_type": "tcso", "settlement": "Гладковичі", "oblast": "Житомирська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30",
    })
    f = g.f
    n = lambda x: x[1:]
    tot = f("served", "persons", 214, "Всього за січень – вересень 2023 року обслуговано 214 осіб")
    d1 = f("served", "persons", 138, "відділенням соціальної допомоги вдома – 138 осіб", service="home_care",
           district="відділення соціальної допомоги вдома", group="served_214_by_department", parent=tot)
    d2 = f("served", "persons", 52, "відділенням денного перебування – 52 особи",
           district="відділення денного перебування", group="served_214_by_department", parent=tot)
    d3 = f("served", "persons", 24, "допомоги – 24 особи",
           district="відділення організації надання адресної натуральної та грошової допомоги",
           group="served_214_by_department", parent=tot)
    hc = f("served", "persons", 138, "З числа обслуговуваних відділенням соціальної допомоги вдома 138 осіб",
           service="home_care", district="відділення соціальної допомоги вдома",
           note="the department row, written a second time as the whole of the category breakdown")
    c1 = f("served", "persons", 61, "одинокі громадяни – 61", service="home_care", category="одинокі громадяни",
           group="home_care_138_by_category", parent=hc)
    c2 = f("served", "persons", 49, "одиноко проживаючі – 49", service="home_care",
           category="одиноко проживаючі громадяни", group="home_care_138_by_category", parent=hc)
    c3 = f("served", "persons", 24, "рідних, що з поважних причин не можуть здійснювати догляд, – 24",
           service="home_care", category="громадяни, які мають рідних, що не можуть здійснювати догляд",
           group="home_care_138_by_category", parent=hc)
    new = f("served", "persons", 38, "Взято на обслуговування 38 осіб", label="взято на обслуговування",
            alt=["registered_new", "support_started"])
    de = f("deregistered", "persons", 29, "Знято з обслуговування 29 осіб")
    r1 = f("deregistered", "persons", 17, "у зв'язку зі смертю – 17", label="у зв'язку зі смертю",
           alt=["outcome_other"], group="deregistered_29_by_reason", parent=de)
    r2 = f("deregistered", "persons", 8, "за власним бажанням – 8", label="за власним бажанням",
           alt=["outcome_other"], group="deregistered_29_by_reason", parent=de)
    r3 = f("deregistered", "persons", 4, "у зв'язку з вибуттям\nза межі громади – 4", label="вибуття за межі громади",
           alt=["outcome_other"], group="deregistered_29_by_reason", parent=de)
    sp = f("services_provided", "services", 21604, "Надано 21 604 соціальні послуги")
    s1 = f("services_provided", "services", 17390, "послуг догляду вдома –\n17 390", service="home_care",
           group="services_21604_by_service", parent=sp)
    s2 = f("services_provided", "services", 3122, "денного догляду – 3 122", service="day_care",
           group="services_21604_by_service", parent=sp)
    s3 = f("services_provided", "services", 1092, "інших – 1 092", label="інші",
           group="services_21604_by_service", parent=sp)
    tx = f("served", "persons", 23, "Послугою «соціальне таксі» скористалися 23 особи з інвалідністю",
           service="social_taxi", category="особи з інвалідністю")
    nat = f("served", "persons", 24, "постільна білизна) отримали 24 особи", service="natural_aid",
            note="the same 24 as the department row, written twice")
    paid = f("served", "persons", 12, "Платні послуги надавались\n12 особам", label="платні послуги")
    rec = f("budget_received", "uah", 18420, "до спеціального фонду надійшло 18 420 грн", label="спеціальний фонд, платні послуги")
    pos = f("staff_positions", "positions", 27.5, "Штатна чисельність – 27,5 штатної одиниці")
    act = f("staff_actual", "staff", 26, "фактично працює 26 працівників")
    sw = f("staff_actual", "staff", 19, "з них 19 соціальних робітників", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 7, "пройшли 7 соціальних робітників")
    sr = f("survey_respondents", "persons", 45, "проведено опитування 45 отримувачів послуги догляду",
           service="home_care", unit_alt="recipients")
    sat = f("satisfaction", "percent", 95.6, "задоволені якістю обслуговування 95,6 % опитаних")
    cm = f("complaints", "complaints", 0, "Скарг протягом\nзвітного періоду не надійшло")

    g.slip("parts_sum", "error", "одинокі громадяни – 61, одиноко проживаючі – 49, громадяни, які мають\n"
           "рідних, що з поважних причин не можуть здійснювати догляд, – 24", 134, 138,
           [c1, c2, c3, hc], "the three categories of the 138 home-care recipients are exclusive (одинокі / одиноко "
           "проживаючі / мають рідних) and cover everyone, yet 61 + 49 + 24 = 134, 4 short of 138",
           f"f{n(c1)} + f{n(c2)} + f{n(c3)} == f{n(hc)}")
    g.check("parts_sum", "Всього за січень – вересень 2023 року обслуговано 214 осіб, зокрема:",
            "138 + 52 + 24 = 214", f"f{n(d1)} + f{n(d2)} + f{n(d3)} == f{n(tot)}")
    g.check("parts_sum", "Знято з обслуговування 29 осіб, з них", "17 + 8 + 4 = 29",
            f"f{n(r1)} + f{n(r2)} + f{n(r3)} == f{n(de)}")
    g.check("parts_sum", "Надано 21 604 соціальні послуги, у тому числі", "17 390 + 3 122 + 1 092 = 21 604",
            f"f{n(s1)} + f{n(s2)} + f{n(s3)} == f{n(sp)}")
    g.check("parts_sum", "фактично працює 26 працівників", "19 ≤ 26; 26 + 1,5 vacant = 27,5 positions",
            f"f{n(sw)} <= f{n(act)} and near(f{n(act)} + 1.5, f{n(pos)})")
    g.check("percent_impossible", "задоволені якістю обслуговування 95,6 % опитаних", "43/45 = 95,56 → 95,6",
            f"grim_ok(f{n(sat)}, f{n(sr)}, 1)")
    g.check("internal_conflict", "З числа обслуговуваних відділенням соціальної допомоги вдома 138 осіб",
            "the repeated 138 equals the department row", f"f{n(hc)} == f{n(d1)}")
    g.check("internal_conflict", "постільна білизна) отримали 24 особи", "natural aid 24 = department row 24",
            f"f{n(nat)} == f{n(d3)}")
    g.check("parts_sum", "проведено опитування 45 отримувачів послуги догляду", "45 surveyed ≤ 138 home-care recipients",
            f"f{n(sr)} <= f{n(d1)}")

    g.skip("11632, Житомирська обл., Коростенський р-н, с. Гладковичі, вул. Центральна, 18", [11632, 18], "postcode, address")
    g.skip("тел./факс (04161) 0-52-37", [4161, 5237], "phone")
    g.skip("за 9 місяців 2023 року", [9, 2023], "period in the title")
    g.skip("сесії сільської ради № 214 від 23.12.2022", [214, 23, 12, 2022], "decision number and date")
    g.skip("У громаді проживає 1 847 осіб\nвіком понад 60 років", [1847, 60], "population, age")
    g.skip("обслуговують від 6 до 8 осіб кожен (норма – 8 осіб у сільській місцевості)", [6, 8, 8], "workload and norm")
    g.skip("здійснено 61 поїздку до медичних закладів", [61], "trips (no §3 id)")
    g.skip("Вартість\nпроїзду – 9,50 грн за 1 км, для осіб з інвалідністю I групи", [9.5, 1, 1], "tariff, disability group")
    g.skip("Вакантними залишаються 1,5 ставки", [1.5], "vacancies (no §3 id; literal in the staff check)")
    g.skip("У ІІ–ІІІ кварталах навчання", [2, 3], "quarters (Roman)")
    g.skip("У вересні 2023 року проведено опитування", [2023], "survey date")
    g.skip("За 9 місяців 2022 року обслуговано 201 особу.", [9, 2022, 201], "prior-year figure")
    g.skip("09.10.2023", [9, 10, 2023], "compile date")
    g.note("«обслуговано … зокрема» by department: served with district and group; the 138 of home care get service home_care")
    g.note("«Взято на обслуговування 38 осіб» → served with a label (alt registered_new, support_started), as in blind18")
    g.note("«Знято з обслуговування 29 осіб, з них …» → deregistered with labelled reasons (alt outcome_other)")
    g.note("«27,5 штатної одиниці» → staff_positions 27.5 (a fractional fact)")
    g.note("the 138 of home care is written twice (department row, then the whole of the categories): two facts; the natural-aid 24 repeats the department row: two facts")
    g.note("planted slip: home-care categories 61 + 49 + 24 = 134 vs 138")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT, encoding="cp1251", newline="\r\n")
    g = gold()
    if "--cov" in sys.argv:
        coverage(g)
    g.write()
