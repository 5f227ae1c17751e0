"""b113_01: ЦСС Квітневої сільської ради (Житомирська), annual report 2024, DOCX, first person plural."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, save_docx
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

DOC = "b113_01_kvitneve_css_annual2024.docx"

d = Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)


def para(text, bold=False, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("Центр соціальних служб Квітневої сільської ради", bold=True, center=True)
para("ЄДРПОУ 44730218 • 11056, Житомирська обл., с. Квітневе, вул. Шкільна, 14 • тел. (04141) 0-37-26 • "
     "css.kvitneve@example.ua", center=True)
para("ЗВІТ\nпро роботу Центру соціальних служб Квітневої сільської ради за 2024 рік", bold=True, center=True)

d.add_heading("1. Загальна інформація", level=2)
para("Центр соціальних служб Квітневої сільської ради (далі – Центр) утворено рішенням сесії сільської ради "
     "від 17.12.2021 № 412. Ми обслуговуємо 19 населених пунктів громади, у яких проживає близько 9,8 тис. "
     "мешканців. Наша робота спрямована на раннє виявлення сімей, які опинилися у складних життєвих "
     "обставинах, та надання їм послуг за місцем проживання.")
para("У 2024 році до Центру звернулися 412 осіб – на 37 більше, ніж роком раніше (375 у 2023 році). "
     "Соціальними послугами ми охопили 356 сімей/осіб, у яких виховується 281 дитина. Усього за рік "
     "фахівці надали 2 947 соціальних послуг.")

d.add_heading("2. Соціальні послуги", level=2)
para("Таблиця 1. Надання соціальних послуг у 2024 році")
rows = [
    ("№", "Соціальна послуга", "Отримувачі (сімей/осіб)", "Кількість наданих послуг"),
    ("1", "Інформування", "148", "610"),
    ("2", "Консультування", "121", "1 534"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "38", "402"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "6", "214"),
    ("5", "Натуральна допомога", "43", "187"),
    ("", "Усього", "356", "2 947"),
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v

para("Натуральну допомогу (продуктові набори, засоби гігієни, зимовий одяг) ми надавали разом із "
     "благодійними фондами; 43 отримувачам видано 215 наборів.")

d.add_heading("3. Робота із сім'ями у складних життєвих обставинах", level=2)
para("Протягом року надійшли повідомлення про 57 сімей, з них 41 сім'ї ми здійснили оцінку потреб. "
     "Складні життєві обставини виявлено у 29 сім'ях.")
para("Під соціальним супроводом перебувало 38 сімей (в них 74 дитини): 21 сім'ю взято під супровід у "
     "2024 році, ще 17 сімей отримували послугу з 2023 року. Серед сімей під супроводом – 12 сімей "
     "внутрішньо переміщених осіб (34,2 %).")
para("Завершили супровід 25 сімей, а саме: з позитивним результатом – 19 (76,0 %), зі зменшенням негативних "
     "наслідків СЖО – 4 (16,0 %), без результату – 2 (8,0 %). Надання послуги продовжено у 2025 році "
     "13 сім'ям. Середня тривалість супроводу – 4,5 місяця.")
para("Крім того, Центр супроводжує 6 прийомних сімей та дитячих будинків сімейного типу, у яких "
     "виховується 17 дітей віком від 3 до 17 років.")

d.add_heading("4. Профілактична та групова робота", level=2)
para("Ми провели 24 групові заходи – тренінги, «батьківські школи», інформаційні акції до Міжнародного "
     "дня сім'ї та «16 днів проти насильства», якими охоплено 318 осіб.")

d.add_heading("5. Оцінка якості та звернення громадян", level=2)
para("У грудні 2024 року ми провели анонімне анкетування: анкети заповнили 64 отримувачі послуг, 60 з них "
     "(93,8 %) повністю задоволені якістю обслуговування. Скарг на роботу Центру у 2024 році не надходило.")

d.add_heading("6. Кадрове забезпечення", level=2)
para("Штатним розписом передбачено 9 посад, фактично працюють 8 фахівців, 1 посада вакантна. Усі "
     "8 працівників підвищили кваліфікацію на курсах Житомирського обласного центру соціальних служб "
     "(по 16 годин).")

d.add_heading("7. Завдання на 2025 рік", level=2)
para("У 2025 році плануємо охопити послугами не менше 380 сімей/осіб, відкрити 2 консультаційні пункти у "
     "старостинських округах та запровадити послугу денного догляду.")
para("Вих. № 02-19/37 від 20.01.2025")
para("Директор Центру  ____________")

save_docx(d, report_path(DOC))

g = Gold(DOC, {"centre": "Центр соціальних служб Квітневої сільської ради", "centre_type": "css",
               "settlement": "Квітневе", "oblast": "Житомирська", "report_kind": "annual_report",
               "period_start": "2024-01-01", "period_end": "2024-12-31"})
f_app = g.f("applied", "persons", 412, "У 2024 році до Центру звернулися 412 осіб")
f_srv = g.f("served", "families_persons", 356, "Соціальними послугами ми охопили 356 сімей/осіб")
f_ch = g.f("served", "children", 281, "у яких виховується 281 дитина", parent=f_srv)
f_sp = g.f("services_provided", "services", 2947, "фахівці надали 2 947 соціальних послуг")
tr = {}
for name, svc, n, k in (("Інформування", "informing", 148, 610), ("Консультування", "counselling", 121, 1534),
                        ("Соціальний супровід сімей (осіб), які перебувають у СЖО", "social_support_sjo", 38, 402),
                        ("Соціальне супроводження прийомних сімей та ДБСТ", "social_support_foster", 6, 214),
                        ("Натуральна допомога", "natural_aid", 43, 187)):
    q = f"{name}\t{n}\t" + f"{k:,}".replace(",", " ")
    tr[svc] = (q, n, k)
f_tot_r = g.f("served", "families_persons", 356, "Усього\t356\t2 947", label="Таблиця 1, Усього")
f_tot_s = g.f("services_provided", "services", 2947, "Усього\t356\t2 947", label="Таблиця 1, Усього")
row_r, row_s = [], []
for svc, (q, n, k) in tr.items():
    row_r.append(g.f("served", "families_persons", n, q, service=svc, group="table1_recipients",
                     parent=f_tot_r))
    row_s.append(g.f("services_provided", "services", k, q, service=svc, group="table1_services",
                     parent=f_tot_s))
f_not = g.f("notified", "families", 57, "надійшли повідомлення про 57 сімей")
f_na = g.f("needs_assessed", "families", 41, "з них 41 сім'ї ми здійснили оцінку потреб", parent=f_not)
f_sjo = g.f("in_difficult_circumstances", "families", 29, "Складні життєві обставини виявлено у 29 сім'ях")
f_sup = g.f("served", "families", 38, "Під соціальним супроводом перебувало 38 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
f_supch = g.f("served", "children", 74, "(в них 74 дитини)", service="social_support_sjo", alt=["support_ongoing"],
              parent=f_sup)
f_st = g.f("support_started", "families", 21, "21 сім'ю взято під супровід у 2024 році", service="social_support_sjo",
           group="sup38_by_start", parent=f_sup)
f_prev = g.f("served", "families", 17, "ще 17 сімей отримували послугу з 2023 року", service="social_support_sjo",
             label="отримували послугу з 2023 року", alt=["support_ongoing"], group="sup38_by_start", parent=f_sup)
f_idp = g.f("served", "families", 12, "Серед сімей під супроводом – 12 сімей внутрішньо переміщених осіб (34,2 %)",
            percent=34.2, service="social_support_sjo", category="внутрішньо переміщені особи", parent=f_sup)
f_cmp = g.f("support_completed", "families", 25, "Завершили супровід 25 сімей", service="social_support_sjo",
            parent=f_sup)
f_pos = g.f("outcome_positive", "families", 19, "з позитивним результатом – 19 (76,0 %)", percent=76.0,
            group="completed25_by_outcome", parent=f_cmp)
f_min = g.f("outcome_minimized", "families", 4, "зі зменшенням негативних наслідків СЖО – 4 (16,0 %)", percent=16.0,
            group="completed25_by_outcome", parent=f_cmp)
f_neg = g.f("outcome_negative", "families", 2, "без результату – 2 (8,0 %)", percent=8.0,
            group="completed25_by_outcome", parent=f_cmp)
f_on = g.f("support_ongoing", "families", 13, "Надання послуги продовжено у 2025 році 13 сім'ям",
           service="social_support_sjo", parent=f_sup)
f_fos = g.f("served", "families", 6, "Центр супроводжує 6 прийомних сімей та дитячих будинків сімейного типу",
            service="social_support_foster", note="repeats the table row 4 (6): two facts")
f_fosch = g.f("served", "children", 17, "у яких виховується 17 дітей", service="social_support_foster",
              parent=f_fos)
f_ev = g.f("events", "events", 24, "Ми провели 24 групові заходи")
f_evp = g.f("event_participants", "persons", 318, "якими охоплено 318 осіб", parent=f_ev)
f_sr = g.f("survey_respondents", "recipients", 64, "анкети заповнили 64 отримувачі послуг", unit_alt="persons")
f_sat = g.f("survey_respondents", "recipients", 60, "60 з них (93,8 %) повністю задоволені", percent=93.8,
            label="повністю задоволені якістю обслуговування", unit_alt="persons", parent=f_sr,
            note="a count of satisfied respondents with its percent; no §3 count id for «задоволені», so "
                 "survey_respondents with a label (the 93,8 % is this row's percent, not a satisfaction row)")
f_cpl = g.f("complaints", "complaints", 0, "Скарг на роботу Центру у 2024 році не надходило.")
f_pos_ = g.f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
f_act = g.f("staff_actual", "staff", 8, "фактично працюють 8 фахівців")
f_tr = g.f("staff_trained", "staff", 8, "8 працівників підвищили кваліфікацію")

g.slip("percent_mismatch", "error", "Серед сімей під супроводом – 12 сімей внутрішньо переміщених осіб (34,2 %)",
       34.2, 31.6, [f_idp, f_sup],
       "12 of the 38 families under support is 31,6 %, not 34,2 % (34,2 % would be 13 of 38, so the share alone is "
       "reachable: a mismatch, not a GRIM case)", f"pct_ok({'p' + f_idp[1:]}, {f_idp}, {f_sup}, 1)")

g.check("table_arithmetic", "Усього\t356\t2 947", "recipients 148 + 121 + 38 + 6 + 43 = 356",
        " + ".join(row_r) + f" == {f_tot_r}")
g.check("table_arithmetic", "Усього\t356\t2 947", "services 610 + 1 534 + 402 + 214 + 187 = 2 947",
        " + ".join(row_s) + f" == {f_tot_s}")
g.check("internal_conflict", "Соціальними послугами ми охопили 356 сімей/осіб",
        "prose totals equal the table totals (356, 2 947); the prose 6 foster families equal table row 4; the "
        "38 families under support equal table row 3",
        f"{f_srv} == {f_tot_r} and {f_sp} == {f_tot_s} and {f_fos} == {row_r[3]} and {f_sup} == {row_r[2]}")
g.check("parts_sum", "з них 41 сім'ї ми здійснили оцінку потреб", "41 ≤ 57 notified; 29 ≤ 41",
        f"{f_na} <= {f_not} and {f_sjo} <= {f_na}")
g.check("parts_sum", "21 сім'ю взято під супровід у 2024 році, ще 17 сімей отримували послугу з 2023 року",
        "21 + 17 = 38", f"{f_st} + {f_prev} == {f_sup}")
g.check("parts_sum", "Завершили супровід 25 сімей, а саме", "19 + 4 + 2 = 25",
        f"{f_pos} + {f_min} + {f_neg} == {f_cmp}")
g.check("percent_mismatch", "з позитивним результатом – 19 (76,0 %)", "19/25 = 76,0; 4/25 = 16,0; 2/25 = 8,0",
        f"pct_ok(p{f_pos[1:]}, {f_pos}, {f_cmp}, 1) and pct_ok(p{f_min[1:]}, {f_min}, {f_cmp}, 1) and "
        f"pct_ok(p{f_neg[1:]}, {f_neg}, {f_cmp}, 1)")
g.check("percents_sum", "з позитивним результатом – 19 (76,0 %)", "76,0 + 16,0 + 8,0 = 100",
        f"psum_ok([p{f_pos[1:]}, p{f_min[1:]}, p{f_neg[1:]}], 1)")
g.check("parts_sum", "Надання послуги продовжено у 2025 році 13 сім'ям", "38 under support − 25 completed = 13 continued",
        f"{f_sup} - {f_cmp} == {f_on}")
g.check("percent_mismatch", "60 з них (93,8 %) повністю задоволені", "60/64 = 93,75 → 93,8",
        f"pct_ok(p{f_sat[1:]}, {f_sat}, {f_sr}, 1)")
g.check("parts_sum", "фактично працюють 8 фахівців, 1 посада вакантна", "8 working + 1 vacancy = 9 positions",
        f"{f_act} + 1 == {f_pos_} and {f_tr} <= {f_act}")

g.skip("ЄДРПОУ 44730218 • 11056, Житомирська обл., с. Квітневе, вул. Шкільна, 14 • тел. (04141) 0-37-26",
       [44730218, 11056, 14, 4141, 3726], "ЄДРПОУ, postcode, address, phone")
g.skip("за 2024 рік", [2024], "year")
g.skip("від 17.12.2021 № 412", [17, 12, 2021, 412], "decision date and number (412 is also the applied count)")
g.skip("Ми обслуговуємо 19 населених пунктів громади, у яких проживає близько 9,8 тис. мешканців",
       [19, 9800], "settlements and population")
g.skip("на 37 більше, ніж роком раніше (375 у 2023 році)", [37, 375, 2023], "difference and prior-year figure")
g.skip("Таблиця 1. Надання соціальних послуг у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування", [1, 2, 3, 4, 5], "row numbers")
g.skip("43 отримувачам видано 215 наборів", [43, 215],
       "43 repeats the table row (not a new fact); 215 sets are items, no §3 id")
g.skip("Середня тривалість супроводу – 4,5 місяця.", [4.5], "duration")
g.skip("віком від 3 до 17 років", [3, 17], "ages")
g.skip("«16 днів проти насильства»", [16], "campaign name")
g.skip("У грудні 2024 року", [2024], "survey month")
g.skip("1 посада вакантна", [1], "vacancy, no §3 id")
g.skip("(по 16 годин)", [16], "duration")
g.skip("У 2025 році плануємо охопити послугами не менше 380 сімей/осіб, відкрити 2 консультаційні пункти",
       [2025, 380, 2], "plan")
g.skip("Вих. № 02-19/37 від 20.01.2025", [2, 19, 37, 20, 1, 2025], "outgoing number and date")
g.skip("1. Загальна інформація", [1, 2, 3, 4, 5, 6, 7], "section numbers")
g.note("Table 1: every cell is a fact quoted by its row; rows hang on the Усього cell of the same column "
       "(groups table1_recipients, table1_services). Prose 356 / 2 947 and table totals are two facts each.")
g.note("«ще 17 сімей отримували послугу з 2023 року» → served with a label (alt support_ongoing); with the 21 "
       "taken in 2024 it partitions the 38.")
g.note("«зі зменшенням негативних наслідків СЖО» → outcome_minimized; «без результату» → outcome_negative.")
g.note("«60 з них (93,8 %) повністю задоволені» → survey_respondents with label and percent (a count is written, so "
       "the % is its percent).")
g.note("The 6 foster families are written twice (table row 4 and prose): two facts.")
g.write()
