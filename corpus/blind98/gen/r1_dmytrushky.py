"""b98_01: КЗ «ЦНСП» Дмитрушківської сільської ради (Черкаська), annual report 2024, DOCX, first person plural."""
import docx
from docx.shared import Pt
from common import Gold, report_path, save_docx

DOC = "b98_01_dmytrushky_cnsp_annual2024.docx"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)

P = d.add_paragraph
P("Комунальний заклад «Центр надання соціальних послуг» Дмитрушківської сільської ради "
  "Уманського району Черкаської області")
P("код ЄДРПОУ 44712093; 20325, Черкаська обл., Уманський р-н, с. Дмитрушки, вул. Центральна, 14; "
  "тел. (04744) 0-52-17; e-mail: cnsp.dmytrushky@example.ua")
P("Вих. № 02-18/47 від 20.01.2025")
d.add_heading("ЗВІТ про роботу Центру надання соціальних послуг за 2024 рік", level=1)

d.add_heading("1. Про Центр", level=2)
P("Центр утворено рішенням сесії Дмитрушківської сільської ради від 23.12.2020 № 4-12/VIII. "
  "Наша громада об'єднує 14 населених пунктів, у яких проживає близько 9,8 тис. осіб. "
  "Послуги ми надаємо за місцем проживання отримувачів, у приміщенні Центру та через виїзні прийоми у старостинських округах.")
P("Штатним розписом на 2024 рік передбачено 18,5 штатної одиниці. Фактично у Центрі працює 17 працівників, "
  "з них 9 соціальних робітників, 4 фахівці із соціальної роботи, 1 практичний психолог та "
  "3 працівники адміністративно-господарського персоналу. Протягом року підвищили кваліфікацію "
  "7 наших працівників (у 2023 році – 5).")

d.add_heading("2. Звернення та оцінка потреб", level=2)
P("У 2024 році до нас звернулися 634 мешканці громади, що на 58 більше, ніж торік. "
  "Із них 97 – внутрішньо переміщені особи (15,8 %). Оцінку потреб ми провели 211 особам та 46 сім'ям.")
P("Загалом послугами Центру скористалися 588 осіб. Одна людина могла отримати кілька послуг, тому "
  "кількість отримувачів у таблиці 1 підсумовується за кожною послугою окремо.")

d.add_heading("3. Надані соціальні послуги", level=2)
P("Таблиця 1. Отримувачі та кількість наданих соціальних послуг у 2024 році")
rows = [["№ з/п", "Соціальна послуга", "Отримувачів, осіб", "Надано послуг, од."],
        ["1", "Інформування", "402", "1 186"],
        ["2", "Консультування", "356", "1 044"],
        ["3", "Догляд вдома", "64", "7 310"],
        ["4", "Натуральна допомога", "118", "236"],
        ["5", "Соціальна адаптація", "23", "184"],
        ["6", "Кризове та екстрене втручання", "9", "15"],
        ["", "Усього", "972", "9 975"]]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
t.cell(7, 0).merge(t.cell(7, 1))
t.cell(7, 0).text = "Усього"
P("")
P("Загалом протягом року ми надали 9 975 соціальних послуг.")
P("Догляд вдома здійснюють 9 соціальних робітників. Вартість однієї години догляду, затверджена рішенням "
  "виконавчого комітету від 21.12.2023 № 138, становила 78,40 грн. Протягом року на обслуговування взято "
  "14 осіб, знято з обслуговування 6 осіб: 4 – у зв'язку зі смертю, 2 – за власним бажанням. "
  "На кінець року догляд вдома отримують 58 осіб, з них 41 особа похилого віку та 17 осіб з інвалідністю.")
P("Натуральну допомогу (продуктові та гігієнічні набори – 310 наборів) отримали 118 осіб, "
  "загальна вартість допомоги – 142,6 тис. грн.")

d.add_heading("4. Соціальний супровід", level=2)
P("Під соціальним супроводом у 2024 році перебувала 31 сім'я, в яких виховується 67 дітей. "
  "Протягом року ми взяли під супровід 19 сімей, а завершили супровід 22 сімей: "
  "з позитивним результатом – 17 (77,3 %), з мінімізацією складних життєвих обставин – 3, "
  "у зв'язку зі зміною місця проживання – 2. Строк супроводу, як правило, не перевищує 6 місяців.")
P("Також ми супроводжуємо 2 прийомні сім'ї, в яких виховуються 7 дітей.")

d.add_heading("5. Профілактична робота", level=2)
P("Провели 24 групові заходи (тренінги, батьківські зустрічі, заняття «Школи відповідального батьківства»), "
  "якими охопили 412 учасників. Скарг на нашу роботу протягом року не надходило, натомість надійшло 3 подяки.")

d.add_heading("6. Фінансування", level=2)
P("Видатки на утримання Центру у 2024 році затверджено в сумі 5 214,7 тис. грн. Касові видатки склали "
  "5 109,3 тис. грн, з них на заробітну плату (КЕКВ 2111) – 3 902,5 тис. грн, на нарахування на оплату праці "
  "(КЕКВ 2120) – 858,6 тис. грн. Економія – 105,4 тис. грн.")

d.add_heading("7. Плани на 2025 рік", level=2)
P("У 2025 році плануємо запровадити послугу денного догляду для 15 осіб та відкрити 2 нові пункти прийому.")
P("Директор Центру                                        (підпис)")

path = report_path(DOC)
save_docx(d, path, author="КЗ ЦНСП")

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Дмитрушківської сільської ради",
    "centre_type": "cnsp", "settlement": "Дмитрушки", "oblast": "Черкаська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"centre": ["Комунальний заклад «Центр надання соціальних послуг» Дмитрушківської сільської ради",
                "Комунальний заклад «Центр надання соціальних послуг» Дмитрушківської сільської ради Уманського району Черкаської області"],
     "settlement": ["Дмитрушківська сільська громада"]})
F = g.f
f1 = F("staff_positions", "positions", 18.5, "Штатним розписом на 2024 рік передбачено 18,5 штатної одиниці")
f2 = F("staff_actual", "staff", 17, "Фактично у Центрі працює 17 працівників")
f3 = F("staff_actual", "staff", 9, "з них 9 соціальних робітників", label="соціальні робітники", group="staff_17", parent=f2)
f4 = F("staff_actual", "staff", 4, "4 фахівці із соціальної роботи", label="фахівці із соціальної роботи", group="staff_17", parent=f2)
f5 = F("staff_actual", "staff", 1, "1 практичний психолог", label="практичний психолог", group="staff_17", parent=f2)
f6 = F("staff_actual", "staff", 3, "3 працівники адміністративно-господарського персоналу", label="адміністративно-господарський персонал", group="staff_17", parent=f2)
f7 = F("staff_trained", "staff", 7, "підвищили кваліфікацію 7 наших працівників")
f8 = F("applied", "persons", 634, "до нас звернулися 634 мешканці громади")
f9 = F("applied", "persons", 97, "Із них 97 – внутрішньо переміщені особи (15,8 %)", percent=15.8,
       category="внутрішньо переміщені особи", parent=f8)
f10 = F("needs_assessed", "persons", 211, "Оцінку потреб ми провели 211 особам")
f11 = F("needs_assessed", "families", 46, "Оцінку потреб ми провели 211 особам та 46 сім'ям")
f12 = F("served", "persons", 588, "Загалом послугами Центру скористалися 588 осіб")
tab = [("informing", "Інформування\t402\t1 186", 402, 1186),
       ("counselling", "Консультування\t356\t1 044", 356, 1044),
       ("home_care", "Догляд вдома\t64\t7 310", 64, 7310),
       ("natural_aid", "Натуральна допомога\t118\t236", 118, 236),
       ("social_adaptation", "Соціальна адаптація\t23\t184", 23, 184),
       ("crisis_intervention", "Кризове та екстрене втручання\t9\t15", 9, 15)]
fT_r = F("served", "persons", 972, "Усього\t972\t9 975", label="Усього (сума отримувачів за послугами)",
         note="sum over services; a person may be counted under several services, so it exceeds the 588 persons served")
fT_s = F("services_provided", "services", 9975, "Усього\t972\t9 975", label="Усього")
rid, sid = [], []
for svc, q, r, s in tab:
    rid.append(F("served", "persons", r, q, service=svc, group="table1_recipients", parent=fT_r))
    sid.append(F("services_provided", "services", s, q, service=svc, group="table1_services", parent=fT_s))
f_srv2 = F("services_provided", "services", 9975, "Загалом протягом року ми надали 9 975 соціальних послуг",
           note="the table total said again in prose: two facts")
f_sw2 = F("staff_actual", "staff", 9, "Догляд вдома здійснюють 9 соціальних робітників", label="соціальні робітники",
          note="the 9 social workers of the staff list said again: two facts")
f_hc_new = F("served", "persons", 14, "Протягом року на обслуговування взято 14 осіб", service="home_care",
             alt=["registered_new", "support_started"], label="взято на обслуговування")
f_hc_out = F("deregistered", "persons", 6, "знято з обслуговування 6 осіб", service="home_care")
f_hc_o1 = F("deregistered", "persons", 4, "4 – у зв'язку зі смертю", service="home_care",
            label="у зв'язку зі смертю", group="home_care_removed_6", parent=f_hc_out)
f_hc_o2 = F("deregistered", "persons", 2, "2 – за власним бажанням", service="home_care",
            label="за власним бажанням", group="home_care_removed_6", parent=f_hc_out)
f_hc_end = F("support_ongoing", "persons", 58, "На кінець року догляд вдома отримують 58 осіб", service="home_care",
             alt=["served"], label="на кінець року")
f_hc_a = F("support_ongoing", "persons", 41, "з них 41 особа похилого віку", service="home_care", alt=["served"],
           category="особи похилого віку", group="home_care_end_58", parent=f_hc_end)
f_hc_b = F("support_ongoing", "persons", 17, "17 осіб з інвалідністю", service="home_care", alt=["served"],
           category="особи з інвалідністю", group="home_care_end_58", parent=f_hc_end)
f_na = F("served", "persons", 118, "отримали 118 осіб", service="natural_aid",
         note="118 said in the table row and in prose: two facts")
f_av = F("aid_value", "uah", 142600, "загальна вартість допомоги – 142,6 тис. грн", service="natural_aid")
f_ss = F("served", "families", 31, "Під соціальним супроводом у 2024 році перебувала 31 сім'я",
         service="social_support_sjo", alt=["support_ongoing"])
f_ssc = F("served", "children", 67, "в яких виховується 67 дітей", service="social_support_sjo",
          alt=["support_ongoing"], parent=f_ss)
f_st = F("support_started", "families", 19, "ми взяли під супровід 19 сімей", service="social_support_sjo", parent=f_ss)
f_sc = F("support_completed", "families", 22, "завершили супровід 22 сімей", service="social_support_sjo", parent=f_ss)
f_op = F("outcome_positive", "families", 17, "з позитивним результатом – 17 (77,3 %)", percent=77.3,
         service="social_support_sjo", group="completed_22", parent=f_sc)
f_om = F("outcome_minimized", "families", 3, "з мінімізацією складних життєвих обставин – 3",
         service="social_support_sjo", group="completed_22", parent=f_sc)
f_oo = F("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", service="social_support_sjo",
         label="зміна місця проживання", group="completed_22", parent=f_sc)
f_fo = F("served", "families", 2, "ми супроводжуємо 2 прийомні сім'ї", service="social_support_foster",
         alt=["support_ongoing"])
f_foc = F("served", "children", 7, "в яких виховуються 7 дітей", service="social_support_foster",
          alt=["support_ongoing"], parent=f_fo)
f_ev = F("events", "events", 24, "Провели 24 групові заходи")
f_evp = F("event_participants", "persons", 412, "якими охопили 412 учасників", parent=f_ev)
f_cp = F("complaints", "complaints", 0, "Скарг на нашу роботу протягом року не надходило")
f_ba = F("budget_approved", "uah", 5214700, "у 2024 році затверджено в сумі 5 214,7 тис. грн",
         label="видатки на утримання Центру")
f_bs = F("budget_spent", "uah", 5109300, "Касові видатки склали 5 109,3 тис. грн")
f_b1 = F("budget_spent", "uah", 3902500, "на заробітну плату (КЕКВ 2111) – 3 902,5 тис. грн", kekv="2111",
         parent=f_bs)
f_b2 = F("budget_spent", "uah", 858600, "(КЕКВ 2120) – 858,6 тис. грн", kekv="2120", parent=f_bs)
f_bsv = F("budget_savings", "uah", 105400, "Економія – 105,4 тис. грн")

n = lambda x: x[1:]
g.check("parts_sum", "з них 9 соціальних робітників, 4 фахівці із соціальної роботи, 1 практичний психолог",
        "9 + 4 + 1 + 3 = 17 staff", f"{f3} + {f4} + {f5} + {f6} == {f2}")
g.check("parts_sum", "Фактично у Центрі працює 17 працівників", "17 working ≤ 18,5 positions", f"{f2} <= {f1}")
g.check("table_arithmetic", "Усього\t972\t9 975", "402 + 356 + 64 + 118 + 23 + 9 = 972",
        " + ".join(rid) + f" == {fT_r}")
g.check("table_arithmetic", "Усього\t972\t9 975", "1 186 + 1 044 + 7 310 + 236 + 184 + 15 = 9 975",
        " + ".join(sid) + f" == {fT_s}")
g.check("internal_conflict", "Загалом протягом року ми надали 9 975 соціальних послуг",
        "prose 9 975 = table total 9 975", f"{f_srv2} == {fT_s}")
g.check("internal_conflict", "отримали 118 осіб", "natural aid 118 in prose = table row 118", f"{f_na} == {rid[3]}")
g.check("parts_sum", "знято з обслуговування 6 осіб: 4 – у зв'язку зі смертю, 2 – за власним бажанням",
        "4 + 2 = 6", f"{f_hc_o1} + {f_hc_o2} == {f_hc_out}")
g.check("parts_sum", "На кінець року догляд вдома отримують 58 осіб, з них 41 особа похилого віку та 17 осіб з інвалідністю",
        "41 + 17 = 58; and 64 served in the year − 6 removed = 58", f"{f_hc_a} + {f_hc_b} == {f_hc_end} and {rid[2]} - {f_hc_out} == {f_hc_end}")
g.check("parts_sum", "завершили супровід 22 сімей", "17 + 3 + 2 = 22", f"{f_op} + {f_om} + {f_oo} == {f_sc}")
g.check("percent_mismatch", "з позитивним результатом – 17 (77,3 %)", "17 / 22 = 77,27 % → 77,3",
        f"pct_ok(p{n(f_op)}, {f_op}, {f_sc}, 1)")
g.check("parts_sum", "Під соціальним супроводом у 2024 році перебувала 31 сім'я",
        "19 taken and 22 completed ≤ 31", f"{f_st} <= {f_ss} and {f_sc} <= {f_ss}")
g.check("parts_sum", "Загалом послугами Центру скористалися 588 осіб", "588 served ≤ 634 applied; 97 ≤ 634",
        f"{f12} <= {f8} and {f9} <= {f8}")
g.check("table_arithmetic", "Економія – 105,4 тис. грн", "5 214,7 − 5 109,3 = 105,4 тис. грн",
        f"{f_ba} - {f_bs} == {f_bsv}")
g.check("parts_sum", "Касові видатки склали 5 109,3 тис. грн, з них",
        "3 902,5 + 858,6 = 4 761,1 ≤ 5 109,3 (the two KEKV lines are not the whole)", f"{f_b1} + {f_b2} <= {f_bs}")
g.check("parts_sum", "Протягом року на обслуговування взято 14 осіб", "14 taken ≤ 64 served in home care",
        f"{f_hc_new} <= {rid[2]}")
g.check("internal_conflict", "Догляд вдома здійснюють 9 соціальних робітників", "9 social workers in both places",
        f"{f_sw2} == {f3}")

g.slip("percent_mismatch", "error", "Із них 97 – внутрішньо переміщені особи (15,8 %)", 15.8, 15.3, [f9, f8],
       "97 of the 634 who applied is 15,30 %, not 15,8 %. 15,8 % is reachable with 634 (100 of 634), so no GRIM finding; "
       "it is the wrong share of the whole.", f"pct_ok(p{n(f9)}, {f9}, {f8}, 1)")

g.skip("код ЄДРПОУ 44712093; 20325, Черкаська обл., Уманський р-н, с. Дмитрушки, вул. Центральна, 14; тел. (04744) 0-52-17",
       [44712093, 20325, 14, 4744, 5217], "ЄДРПОУ, postcode, address, phone")
g.skip("Вих. № 02-18/47 від 20.01.2025", [2, 18, 47, 20, 1, 2025], "outgoing number and date")
g.skip("ЗВІТ про роботу Центру надання соціальних послуг за 2024 рік", [2024], "year in the title")
g.skip("рішенням сесії Дмитрушківської сільської ради від 23.12.2020 № 4-12/VIII", [23, 12, 2020, 4, 12], "decision date and number")
g.skip("Наша громада об'єднує 14 населених пунктів, у яких проживає близько 9,8 тис. осіб", [14, 9800],
       "settlements and population")
g.skip("(у 2023 році – 5)", [2023, 5], "prior-year figure")
g.skip("що на 58 більше, ніж торік", [58], "difference from the previous year")
g.skip("Таблиця 1. Отримувачі та кількість наданих соціальних послуг у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
g.skip("кількість отримувачів у таблиці 1", [1], "table number")
g.skip("рішенням виконавчого комітету від 21.12.2023 № 138, становила 78,40 грн", [21, 12, 2023, 138, 78.40],
       "decision date/number, tariff per hour")
g.skip("продуктові та гігієнічні набори – 310 наборів", [310], "items (sets)")
g.skip("Строк супроводу, як правило, не перевищує 6 місяців", [6], "duration")
g.skip("натомість надійшло 3 подяки", [3], "thanks: no §3 id")
g.skip("У 2025 році плануємо запровадити послугу денного догляду для 15 осіб та відкрити 2 нові пункти прийому", [2025, 15, 2],
       "plan for 2025")
g.skip("1. Про Центр", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
g.skip("(КЕКВ 2111)", [2111, 2120], "KEKV codes (kept in kekv)")

g.note("staff: «17 працівників, з них 9 …, 4 …, 1 …, 3 …» → staff_actual parts with labels, group staff_17; 18,5 штатної одиниці → staff_positions 18.5")
g.note("the table's «Отримувачів» column sums recipients over services (972), which exceeds the 588 persons served: the text says one person may get several services. "
       "The 972 total is a served fact labelled as a sum; the 588 is another served fact. Not a finding")
g.note("«взято на обслуговування 14 осіб» (home care) → served, alt registered_new/support_started (blind18 convention); «знято з обслуговування» → deregistered with reasons as labelled parts")
g.note("«На кінець року догляд вдома отримують 58 осіб» → support_ongoing (alt served), with the 41/17 split as a group")
g.note("«перебувала 31 сім'я» under support → served (alt support_ongoing); children hang on it")
g.note("budget in тис. грн stored in hryvnias; the two KEKV lines are a partial breakdown (parent only, no group); economy = approved − spent holds")
g.note("planted slip: ВПО share 15,8 % instead of 15,3 %")
g.write()
