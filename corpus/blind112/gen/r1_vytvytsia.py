"""b112_01: КУ «ЦНСП» Витвицької сільської ради, annual report 2024 (DOCX, first person plural)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b112_01_vytvytsia_cnsp_annual2024.docx"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)


def para(text, bold=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ВИТВИЦЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
para("77350, Івано-Франківська обл., Калуський р-н, с. Витвиця, вул. Шевченка, 21; тел. (03472) 0-41-36; "
     "e-mail: cnsp.vytvytsia@example.ua; код ЄДРПОУ 44718253", center=True)
para("Вих. № 01-12/27 від 20.01.2025")
para("ЗВІТ", bold=True, center=True)
para("про діяльність Центру надання соціальних послуг за 2024 рік", bold=True, center=True)

doc.add_heading("1. Хто ми і скільки нас", level=2)
para("Наш Центр утворено рішенням сесії Витвицької сільської ради від 17.12.2020 № 112-4/2020. Ми працюємо "
     "для мешканців 9 населених пунктів громади, у яких проживає близько 8,6 тис. осіб.")
para("Станом на 31.12.2024 штатним розписом затверджено 24,5 посади, фактично у нас працюють 22 працівники, "
     "з них 14 – соціальні робітники. Протягом року 6 працівників підвищили кваліфікацію на курсах та "
     "вебінарах Національної соціальної сервісної служби.")

doc.add_heading("2. Звернення та оцінка потреб", level=2)
para("Упродовж 2024 року до нас звернулися 418 мешканців громади (у 2023 році – 376). Уперше прийшли 97 осіб, "
     "з них 31 – внутрішньо переміщені особи. Оцінку індивідуальних потреб ми провели 143 особам.")

doc.add_heading("3. Соціальні послуги", level=2)
para("Загалом соціальні послуги отримали 617 осіб, а всього за рік ми надали понад 16 тисяч соціальних послуг. "
     "Розподіл за видами послуг наведено в таблиці 1.")
para("Таблиця 1. Отримувачі соціальних послуг у 2024 році")
rows = [
    ("1", "Інформування", "212", "640"),
    ("2", "Консультування", "187", "1 094"),
    ("3", "Догляд вдома", "96", "11 508"),
    ("4", "Денний догляд", "23", "2 760"),
    ("5", "Натуральна допомога", "58", "58"),
    ("6", "Соціальне таксі", "41", "133"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("№ з/п", "Назва послуги", "Отримувачів, осіб", "Надано послуг, од.")):
    c.text = h
for r in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, r):
        c.text = v
last = t.add_row().cells
m = last[0].merge(last[1])
m.text = "Разом"
last[2].text = "617"
last[3].text = "16 193"

para("Під соціальним супроводом сімей, які перебувають у складних життєвих обставинах, у 2024 році перебувало "
     "19 сімей, у яких виховується 42 дитини. Протягом року ми взяли під супровід 11 сімей. Завершено "
     "супровід 8 сім'ям: з позитивним результатом – 5, з мінімізацією СЖО – 1, у зв'язку зі зміною місця "
     "проживання – 3. Продовжено у 2025 році надання послуги 11 сім'ям.")
para("Натуральну допомогу (продуктові набори, засоби гігієни, теплі ковдри) отримали 58 осіб на загальну "
     "суму 87,4 тис. грн; роздано 116 наборів, отриманих від благодійних фондів.")
para("Ми провели 14 групових заходів (тренінги, зустрічі «Батьківська година», клуб «Срібний вік»), "
     "у яких взяли участь 263 особи. Тривалість одного заняття – 2 години.")

doc.add_heading("4. Якість послуг", level=2)
para("У листопаді ми провели анкетування отримувачів: в опитуванні взяли участь 64 отримувачі. "
     "Повністю задоволені якістю послуг 92,2 % опитаних, частково – 7,8 %. Скарг на роботу Центру "
     "протягом року не надходило; натомість надійшло 3 листи-подяки.")

doc.add_heading("5. Фінансування", level=2)
para("Видатки загального фонду на утримання Центру у 2024 році затверджено в сумі 7 412,6 тис. грн. "
     "Касові видатки склали 7 288,1 тис. грн, у тому числі заробітна плата (КЕКВ 2111) – 5 430,2 тис. грн, "
     "нарахування на оплату праці (КЕКВ 2120) – 1 194,6 тис. грн. Економія – 124,5 тис. грн.")

doc.add_heading("6. Плани", level=2)
para("У 2025 році плануємо запровадити послугу підтриманого проживання для 6 осіб віком від 60 років "
     "та відкрити другий пункт денного догляду.")
para("Директор Центру ______________")

fix_docx_props(doc, author="ЦНСП Витвиця")
path = report_path(NAME)
doc.save(path)
freeze_zip(path)

# ---------------------------------------------------------------- gold
g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Витвицької сільської ради",
    "centre_type": "cnsp", "settlement": "Витвиця", "oblast": "Івано-Франківська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Витвицької сільської ради",
                "КУ «Центр надання соціальних послуг» Витвицької сільської ради"],
     "settlement": ["Витвицька сільська громада"]})

pos = g.f("staff_positions", "positions", 24.5, "штатним розписом затверджено 24,5 посади")
sa = g.f("staff_actual", "staff", 22, "фактично у нас працюють 22 працівники")
sw = g.f("staff_actual", "staff", 14, "з них 14 – соціальні робітники", label="соціальні робітники", parent=sa)
g.f("staff_trained", "staff", 6, "Протягом року 6 працівників підвищили кваліфікацію")
ap = g.f("applied", "persons", 418, "до нас звернулися 418 мешканців громади")
ap1 = g.f("applied", "persons", 97, "Уперше прийшли 97 осіб", label="вперше", parent=ap)
g.f("applied", "persons", 31, "з них 31 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=ap1)
g.f("needs_assessed", "persons", 143, "Оцінку індивідуальних потреб ми провели 143 особам")
sv = g.f("served", "persons", 617, "Загалом соціальні послуги отримали 617 осіб")
g.f("services_provided", "services", 16000, "а всього за рік ми надали понад 16 тисяч соціальних послуг",
    note="«понад 16 тисяч» = 16000 (convention: «понад N» is N); the table total is 16 193")
rowq = {r[1]: "\t".join(r) for r in rows}
svc = {"Інформування": "informing", "Консультування": "counselling", "Догляд вдома": "home_care",
       "Денний догляд": "day_care", "Натуральна допомога": "natural_aid", "Соціальне таксі": "social_taxi"}
TOT_Q = "Разом\t617\t16 193"
tot_r = g.f("served", "persons", 617, TOT_Q, label="Разом (таблиця 1)")
tot_s = g.f("services_provided", "services", 16193, TOT_Q, label="Разом (таблиця 1)")
rid, sid = [], []
for r in rows:
    rid.append(g.f("served", "persons", int(r[2]), rowq[r[1]], service=svc[r[1]], group="t1_recipients", parent=tot_r))
    sid.append(g.f("services_provided", "services", int(r[3].replace(" ", "")), rowq[r[1]], service=svc[r[1]],
                   group="t1_services", parent=tot_s))
sup = g.f("served", "families", 19, "у 2024 році перебувало 19 сімей", service="social_support_sjo", alt=["support_ongoing"])
g.f("served", "children", 42, "у яких виховується 42 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
g.f("support_started", "families", 11, "Протягом року ми взяли під супровід 11 сімей", service="social_support_sjo", parent=sup)
cmp_ = g.f("support_completed", "families", 8, "Завершено супровід 8 сім'ям", service="social_support_sjo", parent=sup)
o1 = g.f("outcome_positive", "families", 5, "з позитивним результатом – 5", service="social_support_sjo", group="completed_8", parent=cmp_)
o2 = g.f("outcome_minimized", "families", 1, "з мінімізацією СЖО – 1", service="social_support_sjo", group="completed_8", parent=cmp_)
o3 = g.f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3", service="social_support_sjo",
         label="зміна місця проживання", group="completed_8", parent=cmp_)
ong = g.f("support_ongoing", "families", 11, "Продовжено у 2025 році надання послуги 11 сім'ям", service="social_support_sjo", parent=sup)
na = g.f("served", "persons", 58, "Натуральну допомогу (продуктові набори, засоби гігієни, теплі ковдри) отримали 58 осіб",
         service="natural_aid")
g.f("aid_value", "uah", 87400, "на загальну суму 87,4 тис. грн", service="natural_aid")
ev = g.f("events", "events", 14, "Ми провели 14 групових заходів")
g.f("event_participants", "persons", 263, "у яких взяли участь 263 особи", parent=ev)
sr = g.f("survey_respondents", "recipients", 64, "в опитуванні взяли участь 64 отримувачі", unit_alt="persons")
s1 = g.f("satisfaction", "percent", 92.2, "Повністю задоволені якістю послуг 92,2 % опитаних",
         label="повністю задоволені якістю послуг", alt=["share"])
s2 = g.f("share", "percent", 7.8, "частково – 7,8 %", label="частково задоволені якістю послуг", alt=["satisfaction"])
g.f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило")
ba = g.f("budget_approved", "uah", 7412600, "затверджено в сумі 7 412,6 тис. грн", label="загальний фонд")
bs = g.f("budget_spent", "uah", 7288100, "Касові видатки склали 7 288,1 тис. грн", label="загальний фонд")
b1 = g.f("budget_spent", "uah", 5430200, "заробітна плата (КЕКВ 2111) – 5 430,2 тис. грн", kekv="2111", parent=bs)
b2 = g.f("budget_spent", "uah", 1194600, "нарахування на оплату праці (КЕКВ 2120) – 1 194,6 тис. грн", kekv="2120", parent=bs)
bv = g.f("budget_savings", "uah", 124500, "Економія – 124,5 тис. грн")

def ids(xs):
    return " + ".join(xs)

g.slip("parts_sum", "error", "Завершено супровід 8 сім'ям: з позитивним результатом – 5, з мінімізацією СЖО – 1, "
       "у зв'язку зі зміною місця проживання – 3", 8, 9, [cmp_, o1, o2, o3],
       "the three reasons for completing support (positive, minimized, moved) sum to 5 + 1 + 3 = 9, one more than "
       "the 8 families stated; the 11 continued into 2025 = 19 − 8 confirms the 8",
       f"{o1} + {o2} + {o3} == {cmp_}")
g.check("table_arithmetic", TOT_Q, "212 + 187 + 96 + 23 + 58 + 41 = 617", f"{ids(rid)} == {tot_r}")
g.check("table_arithmetic", TOT_Q, "640 + 1 094 + 11 508 + 2 760 + 58 + 133 = 16 193", f"{ids(sid)} == {tot_s}")
g.check("internal_conflict", "Загалом соціальні послуги отримали 617 осіб", "prose 617 = table Разом 617", f"{sv} == {tot_r}")
g.check("internal_conflict", "отримали 58 осіб", "natural aid 58 in prose = table row 58", f"{na} == {rid[4]}")
g.check("parts_sum", "Продовжено у 2025 році надання послуги 11 сім'ям", "19 under support − 8 completed = 11 continued",
        f"{sup} - {cmp_} == {ong}")
g.check("parts_sum", "Уперше прийшли 97 осіб, з них 31", "31 ≤ 97 ≤ 418; 617 served ≥ 418 applied is possible (recipients of earlier years)",
        f"{ap1} <= {ap}")
g.check("percent_impossible", "Повністю задоволені якістю послуг 92,2 % опитаних, частково – 7,8 %",
        "59/64 = 92,19 → 92,2; 5/64 = 7,81 → 7,8", f"grim_ok({s1}, {sr}, 1) and grim_ok({s2}, {sr}, 1)")
g.check("percents_sum", "Повністю задоволені якістю послуг 92,2 % опитаних, частково – 7,8 %", "92,2 + 7,8 = 100",
        f"psum_ok([{s1}, {s2}], 1)")
g.check("table_arithmetic", "Економія – 124,5 тис. грн", "7 412,6 − 7 288,1 = 124,5 тис. грн", f"{ba} - {bs} == {bv}")
g.check("parts_sum", "у тому числі заробітна плата (КЕКВ 2111)", "5 430,2 + 1 194,6 = 6 624,8 ≤ 7 288,1 (not a partition: other items not listed)",
        f"{b1} + {b2} <= {bs}")
g.check("parts_sum", "фактично у нас працюють 22 працівники", "14 ≤ 22 ≤ 24,5", f"{sw} <= {sa} <= {pos}")

g.skip("77350, Івано-Франківська обл., Калуський р-н, с. Витвиця, вул. Шевченка, 21; тел. (03472) 0-41-36",
       [77350, 21, 3472, 4136], "postcode, address, phone")
g.skip("код ЄДРПОУ 44718253", [44718253], "ЄДРПОУ")
g.skip("Вих. № 01-12/27 від 20.01.2025", [1, 12, 27, 20, 1, 2025], "outgoing number and date")
g.skip("рішенням сесії Витвицької сільської ради від 17.12.2020 № 112-4/2020", [17, 12, 2020, 112, 4, 2020], "decision date and number")
g.skip("для мешканців 9 населених пунктів громади, у яких проживає близько 8,6 тис. осіб", [9, 8600], "settlements and population")
g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("(у 2023 році – 376)", [2023, 376], "prior-year figure")
g.skip("Таблиця 1. Отримувачі соціальних послуг у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers")
g.skip("роздано 116 наборів", [116], "items (sets), no §3 id")
g.skip("Тривалість одного заняття – 2 години.", [2], "duration")
g.skip("надійшло 3 листи-подяки", [3], "letters of thanks, no §3 id")
g.skip("(КЕКВ 2111)", [2111, 2120], "KEKV codes (kept in `kekv`)")
g.skip("У 2025 році плануємо запровадити послугу підтриманого проживання для 6 осіб віком від 60 років", [2025, 6, 60], "plan, age")
g.skip("1. Хто ми і скільки нас", [1, 2, 3, 4, 5, 6], "section numbers")
g.note("«Уперше прийшли 97 осіб» → applied (label вперше), parent the 418; the 31 IDPs hang on the 97")
g.note("«понад 16 тисяч соціальних послуг» → services_provided 16000; the table total 16 193 is its own fact")
g.note("table 1: each cell is a fact quoted by its row; rows hang on the Разом cell of the same column; the merged "
       "«Разом» cell (№ + name) prints once. «Соціальне таксі» → service social_taxi")
g.note("«перебувало 19 сімей» → served (alt support_ongoing), service social_support_sjo; «Продовжено у 2025 році» → support_ongoing")
g.note("the completion reasons (positive / minimized / moved) are a partition of the 8 completed: they sum to 9 (slip)")
g.note("survey: 64 «отримувачі» → recipients (unit_alt persons); «повністю задоволені» → satisfaction (alt share), «частково» → share")
g.note("budget in тис. грн stored in hryvnias; the two KEKV items are parts of the cash expenditure but not a partition")
g.note("meta_alt settlement: the hromada name, since the centre serves the whole Витвицька громада")
g.write()
