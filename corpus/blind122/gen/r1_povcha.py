"""b122_01: КУ «ЦНСП» Повчанської сільської ради (Рівненська), annual report 2024, DOCX, third person."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx, docx_table

NAME = "b122_01_povcha_cnsp_annual2024.docx"

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


para("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ПОВЧАНСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
para("35652, Рівненська обл., Дубенський р-н, с. Повча, вул. Шевченка, 21; тел. (03656) 0-31-47; "
     "e-mail: cnsp.povcha@example.ua; код ЄДРПОУ 44012367", center=True)
para("Вих. № 01-12/34 від 14.01.2025", center=False)
para("ЗВІТ\nпро роботу Центру надання соціальних послуг за 2024 рік", bold=True, center=True)
d.add_heading("1. Загальні відомості", level=2)
para("Комунальну установу «Центр надання соціальних послуг» Повчанської сільської ради (далі – Центр) "
     "утворено рішенням сільської ради від 17.12.2020 № 52. Центр обслуговує мешканців 19 населених "
     "пунктів громади, у яких проживає близько 8,9 тис. осіб, з них понад 2,4 тис. – особи віком "
     "старше 60 років.")
para("Штатним розписом Центру на 2024 рік передбачено 23,5 штатної одиниці, фактично працює "
     "21 працівник. Протягом року 9 фахівців Центру підвищили кваліфікацію на навчаннях, які проводив "
     "Рівненський обласний центр соціальних служб.")
d.add_heading("2. Звернення громадян", level=2)
para("Протягом звітного року до Центру надійшло 412 звернень, з них 96 – від внутрішньо переміщених "
     "осіб (у 2023 році – 371 звернення). Оцінку потреб проведено 132 особам.")
para("Від суб'єктів виявлення Центр отримав 23 повідомлення про сім'ї, які можуть перебувати у "
     "складних життєвих обставинах. За результатами оцінки потреб складні життєві обставини "
     "підтверджено у 14 сімей.")
d.add_heading("3. Надання соціальних послуг", level=2)
para("Таблиця 1. Отримувачі соціальних послуг у 2024 році")
rows = [
    ["№ з/п", "Соціальна послуга", "Отримувачів (сімей/осіб)", "Надано послуг"],
    ["1", "Інформування", "214", "398"],
    ["2", "Консультування", "187", "644"],
    ["3", "Соціальний супровід сімей у СЖО", "19", "212"],
    ["4", "Догляд вдома", "64", "5 120"],
    ["5", "Натуральна допомога", "38", "38"],
    ["6", "Соціальне таксі", "27", "61"],
    ["Усього", "", "549", "6 473"],
]
docx_table(d, rows, merge=[(7, 0, 1)])
para("")
para("Загалом соціальними послугами у 2024 році охоплено 549 сімей/осіб.")
para("Послугу догляду вдома отримували 64 особи, з них 41 – особи з інвалідністю (62,5 %). "
     "Тривалість одного відвідування становить у середньому 2 години.")
para("Під соціальним супроводом перебувало 19 сімей, у яких виховується 41 дитина; серед них сімей "
     "ВПО – 5 (26,3 %). Протягом року взято під супровід 11 сімей. Завершено надання послуги "
     "8 сім'ям, з них з позитивним результатом – 6, у зв'язку зі зміною місця проживання – 2. "
     "Продовжено надання послуги у 2025 році 11 сім'ям.")
para("Натуральну допомогу (продуктові та гігієнічні набори, 52 шт.) отримали 38 осіб на загальну "
     "суму 26,6 тис. грн. Вартість 1 км поїздки соціальним таксі – 9,50 грн.")
para("Фахівцями Центру проведено 17 групових заходів (тренінги, «круглі столи», заняття груп "
     "взаємопідтримки), участь у яких взяли 263 особи. Скарг на якість надання послуг протягом "
     "року не надходило.")
d.add_heading("4. Фінансування", level=2)
para("Кошторисом на 2024 рік по загальному фонду затверджено 7 842,6 тис. грн. Касові видатки "
     "склали 7 790,1 тис. грн, у тому числі КЕКВ 2111 – 5 981,4 тис. грн, КЕКВ 2120 – 1 304,2 тис. грн, "
     "КЕКВ 2270 – 504,5 тис. грн. Економія коштів – 52,5 тис. грн.")
d.add_heading("5. Завдання на 2025 рік", level=2)
para("У 2025 році Центр планує запровадити послугу денного догляду для 15 осіб та збільшити кількість "
     "отримувачів послуги догляду вдома до 70 осіб.")
para("Директор Центру                                              (підпис)")
save_docx(d, report_path(NAME), author="ЦНСП Повча")

# ---------------------------------------------------------------- gold
g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Повчанської сільської ради",
    "centre_type": "cnsp", "settlement": "Повча", "oblast": "Рівненська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Повчанської сільської ради",
                         "КУ «Центр надання соціальних послуг» Повчанської сільської ради"]})

Q_STAFF = "передбачено 23,5 штатної одиниці"
g.f("staff_positions", "positions", 23.5, Q_STAFF, note="fractional number of positions")
g.f("staff_actual", "staff", 21, "фактично працює 21 працівник")
g.f("staff_trained", "staff", 9, "Протягом року 9 фахівців Центру підвищили кваліфікацію")
a = g.f("applied", "applications", 412, "до Центру надійшло 412 звернень")
g.f("applied", "applications", 96, "з них 96 – від внутрішньо переміщених осіб", parent=a,
    category="внутрішньо переміщені особи")
g.f("needs_assessed", "persons", 132, "Оцінку потреб проведено 132 особам")
g.f("notified", "families", 23, "Центр отримав 23 повідомлення про сім'ї")
g.f("in_difficult_circumstances", "families", 14, "складні життєві обставини підтверджено у 14 сімей")
# table
tot_r = "Усього\t549\t6 473"
T = g.f("served", "families_persons", 549, tot_r, label="Усього (таблиця 1)")
TS = g.f("services_provided", "services", 6473, tot_r, label="Усього (таблиця 1)")
rowsg = [("informing", "1\tІнформування\t214\t398", 214, 398),
         ("counselling", "2\tКонсультування\t187\t644", 187, 644),
         ("social_support_sjo", "3\tСоціальний супровід сімей у СЖО\t19\t212", 19, 212),
         ("home_care", "4\tДогляд вдома\t64\t5 120", 64, 5120),
         ("natural_aid", "5\tНатуральна допомога\t38\t38", 38, 38),
         ("social_taxi", "6\tСоціальне таксі\t27\t61", 27, 61)]
sv_ids, sp_ids = [], []
for svc, q, a1, a2 in rowsg:
    sv_ids.append(g.f("served", "families_persons", a1, q, service=svc, parent=T, group="table1_served"))
    sp_ids.append(g.f("services_provided", "services", a2, q, service=svc, parent=TS, group="table1_services"))
P549 = g.f("served", "families_persons", 549, "Загалом соціальними послугами у 2024 році охоплено 549 сімей/осіб",
    note="repeat of the table total in prose")
HC = g.f("served", "persons", 64, "Послугу догляду вдома отримували 64 особи", service="home_care",
         note="repeat of table row 4, in persons")
HCD = g.f("served", "persons", 41, "з них 41 – особи з інвалідністю (62,5 %)", service="home_care",
          percent=62.5, category="особи з інвалідністю", parent=HC)
SJ = g.f("served", "families", 19, "Під соціальним супроводом перебувало 19 сімей", service="social_support_sjo",
         alt=["support_ongoing"])
g.f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_sjo",
    alt=["support_ongoing"], parent=SJ)
IDP = g.f("served", "families", 5, "серед них сімей ВПО – 5 (26,3 %)", service="social_support_sjo",
          percent=26.3, category="внутрішньо переміщені особи", parent=SJ, alt=["support_ongoing"])
ST = g.f("support_started", "families", 11, "Протягом року взято під супровід 11 сімей",
         service="social_support_sjo", parent=SJ)
SC = g.f("support_completed", "families", 8, "Завершено надання послуги 8 сім'ям", service="social_support_sjo",
         parent=SJ)
OP = g.f("outcome_positive", "families", 6, "з позитивним результатом – 6", service="social_support_sjo",
         parent=SC, group="completed_8_by_outcome")
OO = g.f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", service="social_support_sjo",
         label="зміна місця проживання", parent=SC, group="completed_8_by_outcome")
SO = g.f("support_ongoing", "families", 11, "Продовжено надання послуги у 2025 році 11 сім'ям",
         service="social_support_sjo", parent=SJ)
NA = g.f("served", "persons", 38, "отримали 38 осіб на загальну суму 26,6 тис. грн", service="natural_aid",
         note="repeat of table row 5, in persons")
AV = g.f("aid_value", "uah", 26600, "на загальну суму 26,6 тис. грн", service="natural_aid")
EV = g.f("events", "events", 17, "проведено 17 групових заходів")
g.f("event_participants", "persons", 263, "участь у яких взяли 263 особи", parent=EV)
g.f("complaints", "complaints", 0, "Скарг на якість надання послуг протягом року не надходило")
BA = g.f("budget_approved", "uah", 7842600, "по загальному фонду затверджено 7 842,6 тис. грн", label="загальний фонд")
BS = g.f("budget_spent", "uah", 7790100, "Касові видатки склали 7 790,1 тис. грн", label="загальний фонд")
B1 = g.f("budget_spent", "uah", 5981400, "КЕКВ 2111 – 5 981,4 тис. грн", kekv="2111", parent=BS, group="spent_by_kekv")
B2 = g.f("budget_spent", "uah", 1304200, "КЕКВ 2120 – 1 304,2 тис. грн", kekv="2120", parent=BS, group="spent_by_kekv")
B3 = g.f("budget_spent", "uah", 504500, "КЕКВ 2270 – 504,5 тис. грн", kekv="2270", parent=BS, group="spent_by_kekv")
BE = g.f("budget_savings", "uah", 52500, "Економія коштів – 52,5 тис. грн", label="загальний фонд")


g.slip("percent_mismatch", "error", "з них 41 – особи з інвалідністю (62,5 %)", 62.5, 64.1, [HCD, HC],
       "41 of the 64 home-care recipients is 64,06 % → 64,1 %; 62,5 % is 40/64 (an off-by-one count or a "
       "stale percentage). 62,5 is reachable with 64, so this is not percent_impossible.",
       f"pct_ok(p{HCD[1:]}, {HCD}, {HC}, 1)")
g.check("table_arithmetic", tot_r, "214 + 187 + 19 + 64 + 38 + 27 = 549",
        " + ".join(sv_ids) + f" == {T}")
g.check("table_arithmetic", tot_r, "398 + 644 + 212 + 5 120 + 38 + 61 = 6 473",
        " + ".join(sp_ids) + f" == {TS}")
g.check("internal_conflict", "Загалом соціальними послугами у 2024 році охоплено 549 сімей/осіб",
        "prose total equals table total; home care 64 and natural aid 38 equal table rows; 19 families in support equal row 3",
        f"{P549} == {T} and {HC} == {sv_ids[3]} and {NA} == {sv_ids[4]} and {SJ} == {sv_ids[2]}")
g.check("percent_mismatch", "серед них сімей ВПО – 5 (26,3 %)", "5 / 19 = 26,32 % → 26,3", f"pct_ok(p{IDP[1:]}, {IDP}, {SJ}, 1)")
g.check("parts_sum", "Завершено надання послуги 8 сім'ям, з них з позитивним результатом – 6, у зв'язку зі зміною місця проживання – 2",
        "6 + 2 = 8", f"{OP} + {OO} == {SC}")
g.check("parts_sum", "Продовжено надання послуги у 2025 році 11 сім'ям", "8 completed + 11 continued = 19 in support",
        f"{SC} + {SO} == {SJ}")
g.check("parts_sum", "з них 96 – від внутрішньо переміщених осіб", "96 ≤ 412; 14 confirmed ≤ 23 notified",
        "f5 <= f4 and f8 <= f7")
g.check("parts_sum", "Касові видатки склали 7 790,1 тис. грн, у тому числі",
        "5 981,4 + 1 304,2 + 504,5 = 7 790,1 тис. грн", f"{B1} + {B2} + {B3} == {BS}")
g.check("table_arithmetic", "Економія коштів – 52,5 тис. грн", "7 842,6 − 7 790,1 = 52,5 тис. грн",
        f"{BA} - {BS} == {BE}")
g.check("parts_sum", "фактично працює 21 працівник", "21 working ≤ 23,5 positions; 9 trained ≤ 21", "f2 <= f1 and f3 <= f2")

g.skip("35652, Рівненська обл., Дубенський р-н, с. Повча, вул. Шевченка, 21; тел. (03656) 0-31-47",
       [35652, 21, 3656, 3147], "postcode, address, phone")
g.skip("код ЄДРПОУ 44012367", [44012367], "ЄДРПОУ")
g.skip("Вих. № 01-12/34 від 14.01.2025", [1, 12, 34, 14, 1, 2025], "outgoing number and date")
g.skip("утворено рішенням сільської ради від 17.12.2020 № 52", [17, 12, 2020, 52], "decision date and number")
g.skip("мешканців 19 населених пунктів громади, у яких проживає близько 8,9 тис. осіб, з них понад 2,4 тис. – особи віком старше 60 років",
       [19, 8900, 2400, 60], "settlement count, population, age")
g.skip("(у 2023 році – 371 звернення)", [2023, 371], "prior-year figure")
g.skip("Таблиця 1. Отримувачі соціальних послуг у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
g.skip("Тривалість одного відвідування становить у середньому 2 години", [2], "duration")
g.skip("(продуктові та гігієнічні набори, 52 шт.)", [52], "items handed out (no §3 id)")
g.skip("Вартість 1 км поїздки соціальним таксі – 9,50 грн", [1, 9.5], "tariff")
g.skip("У 2025 році Центр планує запровадити послугу денного догляду для 15 осіб та збільшити кількість отримувачів послуги догляду вдома до 70 осіб", [2025, 15, 70], "plan for 2025")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5], "section numbers")

g.note("the table column «Отримувачів (сімей/осіб)» → unit families_persons; every cell is a fact quoted by its row, "
       "rows hang on the Усього cell of their column")
g.note("prose repeats of table figures (549 total, 64 home care in persons, 38 natural aid in persons, 19 families in "
       "support in families) are separate facts, as in blind18")
g.note("«Під соціальним супроводом перебувало 19 сімей» → served (alt support_ongoing); «взято під супровід» → support_started; "
       "«Продовжено надання послуги у 2025 році» → support_ongoing (a 2024 figure)")
g.note("«сімей ВПО – 5 (26,3 %)» is a «серед них» subset: parent only, no group")
g.note("«23,5 штатної одиниці» → staff_positions 23.5 (fractional)")
g.note("budget in тис. грн, stored in hryvnias; KEKV codes are written for the spending lines, not for the approval")
g.write()
