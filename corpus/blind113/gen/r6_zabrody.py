"""b113_06: відділ соціального захисту населення Забродівської сільської ради (Волинська), analytic note for
Q3 2024. UTF-8 TXT, LF, impersonal voice, headed paragraphs and a dash list."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, write_text

DOC = "b113_06_zabrody_uszn_q3_2024.txt"
TEXT = """Відділ соціального захисту населення Забродівської сільської ради
44431, Волинська обл., с. Заброди, вул. Миру, 2 · тел. (03355) 0-14-63 · szn.zabrody@example.ua

АНАЛІТИЧНА ЗАПИСКА
щодо стану надання соціальних послуг у громаді за III квартал 2024 року

Відділ координує надання соціальних послуг мешканцям громади відповідно до Програми соціального захисту населення на 2023–2025 роки, затвердженої рішенням сільської ради від 14.03.2023 № 27/6. Станом на 01.07.2024 у громаді зареєстровано 1 318 внутрішньо переміщених осіб.

ЗВЕРНЕННЯ
За липень – вересень до відділу надійшло 186 заяв про надання соціальних послуг (у II кварталі – 171), з них 64 заяви – від внутрішньо переміщених осіб. За результатами розгляду прийнято 152 рішення про надання послуг і 9 рішень про відмову. Оцінку індивідуальних потреб проведено 58 особам.

ОХОПЛЕННЯ ПОСЛУГАМИ
Соціальні послуги протягом кварталу отримала 241 особа, а саме:
– догляд вдома – 63;
– денний догляд – 18;
– натуральна допомога – 97;
– консультування – 63.
Загальна кількість наданих соціальних послуг – 3 915.

Догляд вдома забезпечують соціальні робітники відділу (41 особа) та фізичні особи, які надають соціальні послуги з догляду на непрофесійній основі (22 особи). Компенсацію фізичним особам за III квартал виплачено на суму 118,6 тис. грн. Розмір компенсації залежить від доходу отримувача і становить від 420 до 1 980 грн на місяць.

Натуральну допомогу отримали 97 осіб: видано 140 продуктових і гігієнічних наборів на загальну суму 63,0 тис. грн (кошти місцевого бюджету та гуманітарна допомога партнерів).

ЯКІСТЬ ПОСЛУГ
У вересні 2024 року проведено опитування 23 отримувачів послуги догляду вдома. Якість послуги як високу оцінили 65,4 % опитаних, як достатню – 30,4 %, як низьку – 4,3 %. Скарг на якість послуг за квартал не зареєстровано.

Для внутрішньо переміщених осіб проведено 2 інформаційні зустрічі, у яких взяли участь 58 осіб.

КАДРИ
Штатна чисельність відділу – 11 посад, з них 7 посад соціальних робітників; фактично працює 10 осіб.

ВИСНОВКИ
Кількість звернень у III кварталі зросла на 8,8 % порівняно з попереднім кварталом. У IV кварталі 2024 року передбачається запровадити послугу соціального таксі та охопити доглядом вдома ще 5–6 осіб.

Начальник відділу  ___________
08.10.2024
"""
write_text(report_path(DOC), TEXT)

g = Gold(DOC, {"centre": "Відділ соціального захисту населення Забродівської сільської ради", "centre_type": "uszn",
               "settlement": "Заброди", "oblast": "Волинська", "report_kind": "period_report",
               "period_start": "2024-07-01", "period_end": "2024-09-30"},
         {"centre_type": ["other"]})
f_ap = g.f("applied", "applications", 186, "до відділу надійшло 186 заяв про надання соціальних послуг")
f_api = g.f("applied", "applications", 64, "з них 64 заяви – від внутрішньо переміщених осіб",
            category="внутрішньо переміщені особи", parent=f_ap)
f_na = g.f("needs_assessed", "persons", 58, "Оцінку індивідуальних потреб проведено 58 особам")
f_sv = g.f("served", "persons", 241, "Соціальні послуги протягом кварталу отримала 241 особа")
S = [g.f("served", "persons", 63, "– догляд вдома – 63;", service="home_care", group="served241_by_service", parent=f_sv),
     g.f("served", "persons", 18, "– денний догляд – 18;", service="day_care", group="served241_by_service", parent=f_sv),
     g.f("served", "persons", 97, "– натуральна допомога – 97;", service="natural_aid", group="served241_by_service",
         parent=f_sv),
     g.f("served", "persons", 63, "– консультування – 63.", service="counselling", group="served241_by_service",
         parent=f_sv)]
f_sp = g.f("services_provided", "services", 3915, "Загальна кількість наданих соціальних послуг – 3 915")
f_h1 = g.f("served", "persons", 41, "соціальні робітники відділу (41 особа)", service="home_care",
           label="соціальні робітники відділу", group="homecare63_by_provider", parent=S[0])
f_h2 = g.f("served", "persons", 22, "фізичні особи, які надають соціальні послуги з догляду на непрофесійній основі "
           "(22 особи)", service="home_care", label="фізичні особи на непрофесійній основі",
           group="homecare63_by_provider", parent=S[0])
f_comp = g.f("budget_spent", "uah", 118600, "Компенсацію фізичним особам за III квартал виплачено на суму 118,6 тис. грн",
             label="компенсація фізичним особам, які надають соціальні послуги", alt=["aid_value"])
f_nat = g.f("served", "persons", 97, "Натуральну допомогу отримали 97 осіб", service="natural_aid",
            note="repeats the list line (97): two facts")
f_nv = g.f("aid_value", "uah", 63000, "на загальну суму 63,0 тис. грн", service="natural_aid")
f_sr = g.f("survey_respondents", "recipients", 23, "проведено опитування 23 отримувачів послуги догляду вдома",
           service="home_care", unit_alt="persons")
f_p1 = g.f("satisfaction", "percent", 65.4, "Якість послуги як високу оцінили 65,4 % опитаних", service="home_care",
           label="оцінили якість як високу", alt=["share"], group="survey23_answers")
f_p2 = g.f("share", "percent", 30.4, "як достатню – 30,4 %", service="home_care", label="оцінили якість як достатню",
           alt=["satisfaction"], group="survey23_answers")
f_p3 = g.f("share", "percent", 4.3, "як низьку – 4,3 %", service="home_care", label="оцінили якість як низьку",
           group="survey23_answers")
f_cp = g.f("complaints", "complaints", 0, "Скарг на якість послуг за квартал не зареєстровано.")
f_ev = g.f("events", "events", 2, "проведено 2 інформаційні зустрічі", category="внутрішньо переміщені особи")
f_evp = g.f("event_participants", "persons", 58, "у яких взяли участь 58 осіб", parent=f_ev)
f_pos = g.f("staff_positions", "positions", 11, "Штатна чисельність відділу – 11 посад")
f_pos2 = g.f("staff_positions", "positions", 7, "з них 7 посад соціальних робітників", label="соціальні робітники",
             parent=f_pos)
f_act = g.f("staff_actual", "staff", 10, "фактично працює 10 осіб")

g.slip("percent_impossible", "error", "Якість послуги як високу оцінили 65,4 % опитаних", 65.4, "65,2 (15 of 23)",
       [f_p1, f_sr], "no whole number of the 23 respondents gives 65,4 % (14/23 = 60,9 %, 15/23 = 65,2 %); the other two "
       "shares are reachable (7/23 = 30,4 %, 1/23 = 4,3 %) and the three sum to 100,1 % (within rounding)",
       f"grim_ok({f_p1}, {f_sr}, 1)")
g.check("percent_impossible", "як достатню – 30,4 %, як низьку – 4,3 %", "7/23 = 30,4; 1/23 = 4,3",
        f"grim_ok({f_p2}, {f_sr}, 1) and grim_ok({f_p3}, {f_sr}, 1)")
g.check("percents_sum", "Якість послуги як високу оцінили 65,4 % опитаних, як достатню – 30,4 %, як низьку – 4,3 %.",
        "65,4 + 30,4 + 4,3 = 100,1, within the ±0,15 that three one-decimal shares allow", f"psum_ok([{f_p1}, {f_p2}, {f_p3}], 1)")
g.check("parts_sum", "Соціальні послуги протягом кварталу отримала 241 особа, а саме:", "63 + 18 + 97 + 63 = 241",
        " + ".join(S) + f" == {f_sv}")
g.check("parts_sum", "соціальні робітники відділу (41 особа)", "41 + 22 = 63 home-care recipients", f"{f_h1} + {f_h2} == {S[0]}")
g.check("parts_sum", "з них 64 заяви – від внутрішньо переміщених осіб",
        "64 ≤ 186; decisions 152 + 9 = 161 ≤ 186 (decisions: literals)", f"{f_api} <= {f_ap} and 152 + 9 <= {f_ap}")
g.check("internal_conflict", "Натуральну допомогу отримали 97 осіб", "97 in the list and in the paragraph agree",
        f"{f_nat} == {S[2]}")
g.check("percent_mismatch", "зросла на 8,8 % порівняно з попереднім кварталом",
        "186 vs 171 in Q2: (186 − 171)/171 = 8,77 % → 8,8 (the Q2 figure is a literal)",
        f"pct_ok(8.8, {f_ap} - 171, 171, 1)")
g.check("parts_sum", "з них 7 посад соціальних робітників", "7 ≤ 11; 10 working ≤ 11", f"{f_pos2} <= {f_pos} and {f_act} <= {f_pos}")

g.skip("44431, Волинська обл., с. Заброди, вул. Миру, 2 · тел. (03355) 0-14-63", [44431, 2, 3355, 1463],
       "postcode, address, phone")
g.skip("за III квартал 2024 року", [3, 2024], "period")
g.skip("на 2023–2025 роки, затвердженої рішенням сільської ради від 14.03.2023 № 27/6", [2023, 2025, 14, 3, 2023, 27, 6],
       "programme years, decision date and number")
g.skip("Станом на 01.07.2024 у громаді зареєстровано 1 318 внутрішньо переміщених осіб.", [1, 7, 2024, 1318],
       "date, population of IDPs")
g.skip("(у II кварталі – 171)", [2, 171], "previous quarter's figure")
g.skip("прийнято 152 рішення про надання послуг і 9 рішень про відмову", [152, 9], "decisions, no §3 id")
g.skip("становить від 420 до 1 980 грн на місяць", [420, 1980], "amount range per month (tariff-like)")
g.skip("видано 140 продуктових і гігієнічних наборів", [140], "items")
g.skip("У вересні 2024 року", [2024], "survey month")
g.skip("зросла на 8,8 % порівняно з попереднім кварталом", [8.8], "growth rate vs previous quarter")
g.skip("У IV кварталі 2024 року передбачається запровадити послугу соціального таксі та охопити доглядом вдома ще 5–6 осіб.",
       [4, 2024, 5, 6], "plan")
g.skip("08.10.2024", [8, 10, 2024], "date")
g.note("A відділ соціального захисту населення of a сільська рада is taken as centre_type uszn (meta_alt other).")
g.note("Applications: «186 заяв» → applied, unit applications.")
g.note("Survey: «як високу оцінили 65,4 %» → satisfaction (alt share); «достатню», «низьку» → share. No counts are "
       "written, so they are standalone percentages.")
g.note("«Компенсацію фізичним особам … виплачено на суму 118,6 тис. грн» → budget_spent with a label (alt aid_value).")
g.note("The 58 persons at the IDP meetings and the 58 needs assessments are different figures that happen to be equal; "
       "97 (natural aid) is written twice: two facts.")
g.write()
