"""b108_01: ТЦСО Грицівської селищної ради (Хмельницька), annual report 2024. DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

NAME = "b108_01_hrytsiv_tcso_annual2024.docx"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)


def para(text, bold=False, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ГРИЦІВСЬКА СЕЛИЩНА РАДА", bold=True, center=True)
para("Територіальний центр соціального обслуговування (надання соціальних послуг)", bold=True, center=True)
para("30330, Хмельницька обл., Шепетівський р-н, смт Гриців, вул. Шкільна, 14; тел. (03840) 0-41-27; "
     "e-mail: tcso.hrytsiv@example.ua; код ЄДРПОУ 41736205", center=True)
para("ЗВІТ про роботу за 2024 рік", bold=True, center=True)
d.add_heading("1. Загальні відомості", level=2)
para("Наш територіальний центр діє відповідно до Положення, затвердженого рішенням селищної ради від "
     "22.12.2020 № 14-2/2020. Ми обслуговуємо мешканців 23 населених пунктів громади, де проживає близько "
     "12,6 тис. осіб, з них понад 3 400 – пенсіонери.")
para("Штатним розписом на 2024 рік передбачено 41,5 штатної одиниці, фактично працює 38 працівників, "
     "у тому числі 27 соціальних робітників. Протягом року підвищили кваліфікацію 9 наших працівників.")
d.add_heading("2. Основні показники", level=2)
para("У 2024 році ми обслужили 612 осіб (у 2023 році – 587). До центру надійшло 176 заяв про надання "
     "соціальних послуг, оцінку індивідуальних потреб проведено 168 особам, 5 заяв на кінець року "
     "перебувають на розгляді. Показники відділень наведено в таблиці 1.")
para("Таблиця 1. Показники роботи відділень у 2024 році")
rows = [
    ("Відділення", "Перебувало на обслуговуванні, осіб", "Взято на обслуговування, осіб",
     "Знято з обслуговування, осіб", "Надано послуг"),
    ("соціальної допомоги вдома", "214", "38", "31", "19 846"),
    ("денного перебування", "96", "22", "17", "2 114"),
    ("адресної натуральної та грошової допомоги", "302", "71", "–", "2 547"),
    ("Разом", "612", "131", "48", "24 507"),
]
t = d.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
d.add_heading("3. Догляд вдома", level=2)
para("Послугу догляду вдома отримували 214 осіб, а саме: одинокі громадяни похилого віку – 131, особи з "
     "інвалідністю – 52, внутрішньо переміщені особи – 19, інші категорії – 15. З них на платній основі "
     "обслуговано 24 особи за тарифом 72,40 грн за годину. Соціальні робітники надали 19 846 послуг; "
     "у середньому один робітник обслуговує 8 осіб.")
para("Знято з обслуговування 31 особу: у зв'язку зі смертю – 19, влаштування до стаціонарних закладів – 4, "
     "переїзд до родичів – 6, за власним бажанням – 2.")
d.add_heading("4. Денне перебування та натуральна допомога", level=2)
para("У відділенні денного перебування працюють 4 гуртки. Ми провели 46 групових заходів (майстер-класи, "
     "екскурсії, святкові концерти), у яких взяли участь 517 учасників, найстаршому з них 91 рік.")
para("Адресну натуральну допомогу отримали 302 особи на загальну суму 386,4 тис. грн; видано 1 140 "
     "продуктових наборів і 418 комплектів засобів гігієни. Соціальним таксі скористалися 47 осіб, "
     "здійснено 163 поїздки загальною протяжністю 4 870 км.")
d.add_heading("5. Фінансування", level=2)
para("Кошторисом на 2024 рік по загальному фонду затверджено 11 274,6 тис. грн. Касові видатки склали "
     "11 198,3 тис. грн, з них заробітна плата (КЕКВ 2111) – 7 963,1 тис. грн, нарахування на оплату праці "
     "(КЕКВ 2120) – 1 751,9 тис. грн. Економія – 76,3 тис. грн. До спеціального фонду за платні послуги "
     "надійшло 58,2 тис. грн.")
d.add_heading("6. Якість послуг", level=2)
para("У грудні 2024 року ми опитали 84 отримувачі: якістю послуг задоволені 94 % опитаних. Скарг протягом "
     "року не надходило, натомість надійшло 2 письмові подяки.")
para("У 2025 році плануємо відкрити пункт прокату засобів реабілітації та збільшити кількість отримувачів "
     "денного догляду до 110 осіб.")
para("Директор територіального центру                    (підпис)")
para("Виконавець: відділ кадрової роботи, 14.01.2025")
save_docx(d, report_path(NAME), author="ТЦСО Гриців")

g = Gold(NAME, {
    "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Грицівської селищної ради",
    "centre_type": "tcso", "settlement": "Гриців", "oblast": "Хмельницька",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг)",
                "Грицівський територіальний центр соціального обслуговування (надання соціальних послуг)"]})
F = g.f
f_pos = F("staff_positions", "positions", 41.5, "передбачено 41,5 штатної одиниці")
f_act = F("staff_actual", "staff", 38, "фактично працює 38 працівників")
F("staff_actual", "staff", 27, "у тому числі 27 соціальних робітників", parent=f_act, label="соціальні робітники")
F("staff_trained", "staff", 9, "Протягом року підвищили кваліфікацію 9 наших працівників")
f_all = F("served", "persons", 612, "У 2024 році ми обслужили 612 осіб")
F("applied", "applications", 176, "До центру надійшло 176 заяв про надання соціальних послуг")
F("needs_assessed", "persons", 168, "оцінку індивідуальних потреб проведено 168 особам")
# table
T = {}
T["s_tot"] = F("served", "persons", 612, "Разом\t612\t131\t48\t24 507", label="Разом, перебувало на обслуговуванні")
T["s1"] = F("served", "persons", 214, "соціальної допомоги вдома\t214\t38\t31\t19 846", service="home_care",
            district="відділення соціальної допомоги вдома", group="table_served", parent=T["s_tot"])
T["s2"] = F("served", "persons", 96, "денного перебування\t96\t22\t17\t2 114", service="day_care",
            district="відділення денного перебування", group="table_served", parent=T["s_tot"])
T["s3"] = F("served", "persons", 302, "адресної натуральної та грошової допомоги\t302\t71\t–\t2 547",
            service="natural_aid", district="відділення адресної натуральної та грошової допомоги",
            group="table_served", parent=T["s_tot"])
T["n_tot"] = F("served", "persons", 131, "Разом\t612\t131\t48\t24 507", alt=["registered_new", "support_started"],
               label="Разом, взято на обслуговування")
T["n1"] = F("served", "persons", 38, "соціальної допомоги вдома\t214\t38\t31\t19 846", alt=["registered_new", "support_started"],
            service="home_care", district="відділення соціальної допомоги вдома", label="взято на обслуговування",
            group="table_new", parent=T["n_tot"])
T["n2"] = F("served", "persons", 22, "денного перебування\t96\t22\t17\t2 114", alt=["registered_new", "support_started"],
            service="day_care", district="відділення денного перебування", label="взято на обслуговування",
            group="table_new", parent=T["n_tot"])
T["n3"] = F("served", "persons", 71, "адресної натуральної та грошової допомоги\t302\t71\t–\t2 547",
            alt=["registered_new", "support_started"], service="natural_aid",
            district="відділення адресної натуральної та грошової допомоги", label="взято на обслуговування",
            group="table_new", parent=T["n_tot"])
T["d_tot"] = F("deregistered", "persons", 48, "Разом\t612\t131\t48\t24 507", label="Разом, знято з обслуговування")
T["d1"] = F("deregistered", "persons", 31, "соціальної допомоги вдома\t214\t38\t31\t19 846", service="home_care",
            district="відділення соціальної допомоги вдома", group="table_dereg", parent=T["d_tot"])
T["d2"] = F("deregistered", "persons", 17, "денного перебування\t96\t22\t17\t2 114", service="day_care",
            district="відділення денного перебування", group="table_dereg", parent=T["d_tot"])
T["v_tot"] = F("services_provided", "services", 24507, "Разом\t612\t131\t48\t24 507", label="Разом")
T["v1"] = F("services_provided", "services", 19846, "соціальної допомоги вдома\t214\t38\t31\t19 846", service="home_care",
            district="відділення соціальної допомоги вдома", group="table_services", parent=T["v_tot"])
T["v2"] = F("services_provided", "services", 2114, "денного перебування\t96\t22\t17\t2 114", service="day_care",
            district="відділення денного перебування", group="table_services", parent=T["v_tot"])
T["v3"] = F("services_provided", "services", 2547, "адресної натуральної та грошової допомоги\t302\t71\t–\t2 547",
            service="natural_aid", district="відділення адресної натуральної та грошової допомоги",
            group="table_services", parent=T["v_tot"])
# home care prose
hc = F("served", "persons", 214, "Послугу догляду вдома отримували 214 осіб", service="home_care")
c1 = F("served", "persons", 131, "одинокі громадяни похилого віку – 131", service="home_care",
       category="одинокі громадяни похилого віку", group="home_care_214_by_category", parent=hc)
c2 = F("served", "persons", 52, "особи з інвалідністю – 52", service="home_care", category="особи з інвалідністю",
       group="home_care_214_by_category", parent=hc)
c3 = F("served", "persons", 19, "внутрішньо переміщені особи – 19", service="home_care",
       category="внутрішньо переміщені особи", group="home_care_214_by_category", parent=hc)
c4 = F("served", "persons", 15, "інші категорії – 15", service="home_care", category="інші категорії",
       group="home_care_214_by_category", parent=hc)
paid = F("served", "persons", 24, "на платній основі обслуговано 24 особи", service="home_care",
         label="на платній основі", parent=hc)
hcs = F("services_provided", "services", 19846, "Соціальні робітники надали 19 846 послуг", service="home_care")
dr = F("deregistered", "persons", 31, "Знято з обслуговування 31 особу", service="home_care")
r1 = F("deregistered", "persons", 19, "у зв'язку зі смертю – 19", service="home_care", label="у зв'язку зі смертю",
       group="dereg_31_by_reason", parent=dr)
r2 = F("deregistered", "persons", 4, "влаштування до стаціонарних закладів – 4", service="home_care",
       label="влаштування до стаціонарних закладів", group="dereg_31_by_reason", parent=dr)
r3 = F("deregistered", "persons", 6, "переїзд до родичів – 6", service="home_care", label="переїзд до родичів",
       group="dereg_31_by_reason", parent=dr)
r4 = F("deregistered", "persons", 2, "за власним бажанням – 2", service="home_care", label="за власним бажанням",
       group="dereg_31_by_reason", parent=dr)
ev = F("events", "events", 46, "Ми провели 46 групових заходів")
evp = F("event_participants", "persons", 517, "у яких взяли участь 517 учасників", parent=ev)
na = F("served", "persons", 302, "Адресну натуральну допомогу отримали 302 особи", service="natural_aid")
av = F("aid_value", "uah", 386400, "на загальну суму 386,4 тис. грн", parent=na)
tx = F("served", "persons", 47, "Соціальним таксі скористалися 47 осіб", service="social_taxi")
ba = F("budget_approved", "uah", 11274600, "Кошторисом на 2024 рік по загальному фонду затверджено 11 274,6 тис. грн",
       label="загальний фонд")
bs = F("budget_spent", "uah", 11198300, "Касові видатки склали 11 198,3 тис. грн", label="загальний фонд")
b1 = F("budget_spent", "uah", 7963100, "заробітна плата (КЕКВ 2111) – 7 963,1 тис. грн", kekv="2111",
       label="заробітна плата", parent=bs)
b2 = F("budget_spent", "uah", 1751900, "нарахування на оплату праці (КЕКВ 2120) – 1 751,9 тис. грн", kekv="2120",
       label="нарахування на оплату праці", parent=bs)
bsv = F("budget_savings", "uah", 76300, "Економія – 76,3 тис. грн", label="загальний фонд")
br = F("budget_received", "uah", 58200, "До спеціального фонду за платні послуги надійшло 58,2 тис. грн",
       label="спеціальний фонд, платні послуги")
sv = F("survey_respondents", "recipients", 84, "ми опитали 84 отримувачі", unit_alt="persons")
sat = F("satisfaction", "percent", 94, "якістю послуг задоволені 94 % опитаних")
cp = F("complaints", "complaints", 0, "Скарг протягом року не надходило")

g.slip("parts_sum", "error",
       "Послугу догляду вдома отримували 214 осіб, а саме: одинокі громадяни похилого віку – 131, особи з "
       "інвалідністю – 52, внутрішньо переміщені особи – 19, інші категорії – 15.",
       217, 214, [hc, c1, c2, c3, c4],
       "the four categories («а саме», the last one «інші категорії», so a partition) sum to 131 + 52 + 19 + 15 "
       "= 217, 3 more than the 214 home-care recipients (214 also in table 1)",
       f"{c1} + {c2} + {c3} + {c4} == {hc}")
g.check("table_arithmetic", "Разом\t612\t131\t48\t24 507", "served column: 214 + 96 + 302 = 612",
        f"{T['s1']} + {T['s2']} + {T['s3']} == {T['s_tot']}")
g.check("table_arithmetic", "Разом\t612\t131\t48\t24 507", "взято column: 38 + 22 + 71 = 131",
        f"{T['n1']} + {T['n2']} + {T['n3']} == {T['n_tot']}")
g.check("table_arithmetic", "Разом\t612\t131\t48\t24 507", "знято column: 31 + 17 (+ «–») = 48",
        f"{T['d1']} + {T['d2']} == {T['d_tot']}")
g.check("table_arithmetic", "Разом\t612\t131\t48\t24 507", "services column: 19 846 + 2 114 + 2 547 = 24 507",
        f"{T['v1']} + {T['v2']} + {T['v3']} == {T['v_tot']}")
g.check("internal_conflict", "У 2024 році ми обслужили 612 осіб", "prose 612 = table Разом 612",
        f"{f_all} == {T['s_tot']}")
g.check("internal_conflict", "Послугу догляду вдома отримували 214 осіб", "prose 214 = table row 214; prose 19 846 "
        "services = table row; prose 31 deregistered = table row; prose 302 natural aid = table row",
        f"{hc} == {T['s1']} and {hcs} == {T['v1']} and {dr} == {T['d1']} and {na} == {T['s3']}")
g.check("parts_sum", "Знято з обслуговування 31 особу", "19 + 4 + 6 + 2 = 31", f"{r1} + {r2} + {r3} + {r4} == {dr}")
g.check("parts_sum", "на платній основі обслуговано 24 особи", "24 paying ≤ 214", f"{paid} <= {hc}")
g.check("parts_sum", "фактично працює 38 працівників", "27 social workers ≤ 38 staff ≤ 41,5 positions; 9 trained ≤ 38",
        "f3 <= f2 <= f1 and f4 <= f2")
g.check("parts_sum", "оцінку індивідуальних потреб проведено 168 особам", "168 assessed + 5 pending ≤ 176 applications",
        "f7 + 5 <= f6")
g.check("parts_sum", "Касові видатки склали 11 198,3 тис. грн, з них", "7 963,1 + 1 751,9 = 9 715,0 ≤ 11 198,3 (з них, "
        "not a full breakdown)", f"{b1} + {b2} <= {bs}")
g.check("table_arithmetic", "Економія – 76,3 тис. грн", "економія = 11 274,6 − 11 198,3 = 76,3 тис. грн",
        f"{ba} - {bs} == {bsv}")
g.check("percent_impossible", "якістю послуг задоволені 94 % опитаних", "94 % of 84 is reachable (79/84 = 94,05 %)",
        f"grim_ok({sat}, {sv}, 0)")
g.skip("30330, Хмельницька обл., Шепетівський р-н, смт Гриців, вул. Шкільна, 14; тел. (03840) 0-41-27",
       [30330, 14, 3840, 4127], "postcode, address, phone")
g.skip("код ЄДРПОУ 41736205", [41736205], "ЄДРПОУ")
g.skip("ЗВІТ про роботу за 2024 рік", [2024], "year")
g.skip("рішенням селищної ради від 22.12.2020 № 14-2/2020", [22, 12, 2020, 14, 2, 2020], "decision date and number")
g.skip("мешканців 23 населених пунктів громади, де проживає близько 12,6 тис. осіб, з них понад 3 400 – пенсіонери",
       [23, 12600, 3400], "settlements and population")
g.skip("(у 2023 році – 587)", [2023, 587], "prior-year figure")
g.skip("5 заяв на кінець року перебувають на розгляді", [5], "pending applications (no §3 id); used as a literal")
g.skip("Таблиця 1. Показники роботи відділень у 2024 році", [1, 2024], "table number, year")
g.skip("за тарифом 72,40 грн за годину", [72.4], "tariff")
g.skip("у середньому один робітник обслуговує 8 осіб", [8], "ratio")
g.skip("працюють 4 гуртки", [4], "clubs (no §3 id)")
g.skip("найстаршому з них 91 рік", [91], "age")
g.skip("видано 1 140 продуктових наборів і 418 комплектів засобів гігієни", [1140, 418], "items")
g.skip("здійснено 163 поїздки загальною протяжністю 4 870 км", [163, 4870], "trips and distance (no §3 id)")
g.skip("(КЕКВ 2111)", [2111], "KEKV code (kept in kekv)")
g.skip("(КЕКВ 2120)", [2120], "KEKV code (kept in kekv)")
g.skip("У грудні 2024 року", [2024], "survey date")
g.skip("надійшло 2 письмові подяки", [2], "letters of thanks (no §3 id)")
g.skip("збільшити кількість отримувачів денного догляду до 110 осіб", [2025, 110], "2025 plan")
g.skip("Виконавець: відділ кадрової роботи, 14.01.2025", [14, 1, 2025], "date")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
g.note("table 1: every cell is a fact quoted by its row; rows hang on the Разом cell of the same column. "
       "The «–» cell (no deregistrations from the aid department) is no fact")
g.note("«Взято на обслуговування» → served (alt registered_new, support_started), labelled; «Знято з "
       "обслуговування» → deregistered, the four reasons as labelled parts")
g.note("figures written twice are two facts: 612 (prose and Разом), 214 home care (table and prose), 19 846 "
       "services, 31 deregistered, 302 natural aid")
g.note("«41,5 штатної одиниці» is a fractional staff_positions fact; «у тому числі 27 соціальних робітників» hangs on "
       "the 38 working staff")
g.note("«Соціальним таксі скористалися 47 осіб» → served with service social_taxi; its 163 trips and km are skipped")
g.note("«опитали 84 отримувачі» → unit recipients (unit_alt persons); «задоволені 94 % опитаних» → satisfaction")
g.note("the department is in `district` (branch of a breakdown)")
g.write()
