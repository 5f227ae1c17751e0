"""b104_01: КУ «ЦНСП» Бишівської сільської ради (Київська), annual report 2024, DOCX, first person plural."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx

NAME = "b104_01_byshiv_cnsp_annual2024.docx"

doc = Document()
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


para("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» БИШІВСЬКОЇ СІЛЬСЬКОЇ РАДИ", bold=True, center=True)
para("Фастівського району Київської області", center=True)
para("08072, Київська обл., Фастівський р-н, с. Бишів, вул. Київська, 15; тел. (04571) 0-31-62; "
     "e-mail: cnsp.byshiv@example.ua; код ЄДРПОУ 44012378", center=True)
para("ЗВІТ", bold=True, center=True)
para("про діяльність Центру надання соціальних послуг за 2024 рік", bold=True, center=True)

doc.add_heading("1. Загальні відомості", level=2)
para("Центр утворено рішенням Бишівської сільської ради від 18.02.2021 № 412-7-VIII. Ми працюємо для "
     "мешканців 24 населених пунктів громади, де проживає близько 17,3 тис. осіб. Структура Центру: "
     "відділення соціальної допомоги вдома, відділення денного догляду та соціальної адаптації, "
     "відділ соціальної роботи (фахівці із соціальної роботи).")
para("Штатним розписом на 2024 рік передбачено 42,5 штатні одиниці. Станом на 31.12.2024 у Центрі "
     "працює 38 працівників, з них 21 соціальний робітник. Упродовж року 9 наших працівників "
     "підвищили кваліфікацію на курсах та вебінарах Київського обласного центру соціальних служб.")

doc.add_heading("2. Звернення та оцінка потреб", level=2)
para("У 2024 році до нас звернулися 1 246 осіб (у 2023 році – 1 087), з них 318 – внутрішньо "
     "переміщені особи (25,5 %). Оцінку індивідуальних потреб ми провели 274 особам; у середньому "
     "оцінювання триває 5 робочих днів.")

doc.add_heading("3. Надання соціальних послуг", level=2)
para("Таблиця 1. Соціальні послуги, надані Центром у 2024 році")
rows = [
    ("№ з/п", "Соціальна послуга", "Отримувачів, осіб", "Надано послуг, од."),
    ("1", "Інформування", "512", "640"),
    ("2", "Консультування", "389", "1 104"),
    ("3", "Догляд вдома", "143", "16 872"),
    ("4", "Денний догляд", "27", "3 215"),
    ("5", "Соціальна адаптація", "46", "388"),
    ("6", "Натуральна допомога", "205", "205"),
    ("7", "Екстрене (кризове) втручання", "11", "19"),
    ("", "Разом", "1 333*", "22 443"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
para("* одна особа могла отримати кілька послуг, тому кількість отримувачів більша за кількість звернень.")

para("Догляд вдома отримували 143 особи, у тому числі 38 осіб з числа ВПО. Вартість однієї години "
     "догляду для платних отримувачів у 2024 році становила 78,40 грн. До спеціального фонду від "
     "надання платних послуг надійшло 38,7 тис. грн.")
para("Натуральну допомогу (продуктові набори, засоби гігієни, теплий одяг) отримали 205 осіб: ми "
     "видали 318 продуктових наборів на загальну суму 164,5 тис. грн.")

doc.add_heading("4. Соціальний супровід сімей у складних життєвих обставинах", level=2)
para("Упродовж року під соціальним супроводом перебували 23 сім'ї, у яких виховується 49 дітей; "
     "із них 15 сімей ми взяли під супровід у 2024 році. Завершили супровід 14 сімей: "
     "з позитивним результатом – 9, з мінімізацією складних життєвих обставин – 3, у зв'язку зі "
     "зміною місця проживання – 1. Продовжено надання послуги на 2025 рік 9 сім'ям.")

doc.add_heading("5. Групова робота", level=2)
para("Ми провели 36 групових заходів (тренінги для батьків, арт-терапевтичні заняття, клуб "
     "«Активне довголіття» для людей віком 60+), у яких взяли участь 412 осіб.")

doc.add_heading("6. Якість послуг", level=2)
para("У грудні 2024 року ми опитали 86 отримувачів послуг; якістю послуг задоволені 91,9 % "
     "опитаних. Скарг на роботу Центру протягом року не надходило.")

doc.add_heading("7. Фінансування", level=2)
para("Видатки загального фонду на 2024 рік затверджено в сумі 11 842,6 тис. грн. Касові видатки "
     "склали 11 790,1 тис. грн, з них на оплату праці з нарахуваннями – 10 214,3 тис. грн. "
     "Економія – 52,5 тис. грн.")

doc.add_heading("8. Завдання на 2025 рік", level=2)
para("У 2025 році плануємо відкрити відділення підтриманого проживання на 15 місць та охопити "
     "послугою догляду вдома не менше 160 осіб.")
para("Директор Центру                                          (підпис)")
para("20.01.2025 № 17/02-10")

path = report_path(NAME)
save_docx(doc, path, author="ЦНСП Бишів")

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Бишівської сільської ради",
    "centre_type": "cnsp", "settlement": "Бишів", "oblast": "Київська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
}, meta_alt={"centre": [
    "Комунальна установа «Центр надання соціальних послуг» Бишівської сільської ради",
    "КУ «Центр надання соціальних послуг» Бишівської сільської ради",
    "Комунальна установа «Центр надання соціальних послуг» Бишівської сільської ради Фастівського району Київської області",
]})
F = g.f
f_pos = F("staff_positions", "positions", 42.5, "Штатним розписом на 2024 рік передбачено 42,5 штатні одиниці")
f_st = F("staff_actual", "staff", 38, "у Центрі працює 38 працівників")
f_sw = F("staff_actual", "staff", 21, "з них 21 соціальний робітник", label="соціальні робітники", parent=f_st)
f_tr = F("staff_trained", "staff", 9, "Упродовж року 9 наших працівників підвищили кваліфікацію")
f_app = F("applied", "persons", 1246, "У 2024 році до нас звернулися 1 246 осіб")
f_idp = F("applied", "persons", 318, "з них 318 – внутрішньо переміщені особи (25,5 %)", percent=25.5,
          category="внутрішньо переміщені особи", parent=f_app)
f_na = F("needs_assessed", "persons", 274, "Оцінку індивідуальних потреб ми провели 274 особам")

tq = {
    "informing": ("1\tІнформування\t512\t640", 512, 640),
    "counselling": ("2\tКонсультування\t389\t1 104", 389, 1104),
    "home_care": ("3\tДогляд вдома\t143\t16 872", 143, 16872),
    "day_care": ("4\tДенний догляд\t27\t3 215", 27, 3215),
    "social_adaptation": ("5\tСоціальна адаптація\t46\t388", 46, 388),
    "natural_aid": ("6\tНатуральна допомога\t205\t205", 205, 205),
    "crisis_intervention": ("7\tЕкстрене (кризове) втручання\t11\t19", 11, 19),
}
tot_q = "Разом\t1 333*\t22 443"
f_tr_tot = F("served", "persons", 1333, tot_q, label="Разом (табл. 1)")
f_ts_tot = F("services_provided", "services", 22443, tot_q, label="Разом (табл. 1)")
rec, srv = {}, {}
for s, (q, r, n) in tq.items():
    rec[s] = F("served", "persons", r, q, service=s, group="table1_recipients", parent=f_tr_tot)
    srv[s] = F("services_provided", "services", n, q, service=s, group="table1_services", parent=f_ts_tot)
f_hc = F("served", "persons", 143, "Догляд вдома отримували 143 особи", service="home_care",
         note="repeats table row 3")
f_hc_idp = F("served", "persons", 38, "у тому числі 38 осіб з числа ВПО", service="home_care",
             category="внутрішньо переміщені особи", parent=f_hc)
f_rec = F("budget_received", "uah", 38700, "До спеціального фонду від надання платних послуг надійшло 38,7 тис. грн",
          label="спеціальний фонд, платні послуги")
f_nat = F("served", "persons", 205, "Натуральну допомогу (продуктові набори, засоби гігієни, теплий одяг) отримали 205 осіб",
          service="natural_aid", note="repeats table row 6")
f_aid = F("aid_value", "uah", 164500, "на загальну суму 164,5 тис. грн")
f_sup = F("served", "families", 23, "під соціальним супроводом перебували 23 сім'ї", service="social_support_sjo",
          alt=["support_ongoing"])
f_supc = F("served", "children", 49, "у яких виховується 49 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=f_sup)
f_start = F("support_started", "families", 15, "із них 15 сімей ми взяли під супровід у 2024 році",
            service="social_support_sjo", parent=f_sup)
f_comp = F("support_completed", "families", 14, "Завершили супровід 14 сімей", service="social_support_sjo",
           parent=f_sup)
f_pos9 = F("outcome_positive", "families", 9, "з позитивним результатом – 9", group="completed_14_by_outcome",
           parent=f_comp)
f_min = F("outcome_minimized", "families", 3, "з мінімізацією складних життєвих обставин – 3",
          group="completed_14_by_outcome", parent=f_comp)
f_oth = F("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання – 1",
          label="зміна місця проживання", group="completed_14_by_outcome", parent=f_comp)
f_cont = F("support_ongoing", "families", 9, "Продовжено надання послуги на 2025 рік 9 сім'ям",
           service="social_support_sjo", parent=f_sup,
           note="continued into 2025: a 2024 figure (families still under support at year end)")
f_ev = F("events", "events", 36, "Ми провели 36 групових заходів")
f_evp = F("event_participants", "persons", 412, "у яких взяли участь 412 осіб", parent=f_ev)
f_sv = F("survey_respondents", "recipients", 86, "У грудні 2024 року ми опитали 86 отримувачів послуг",
         unit_alt="persons")
f_sat = F("satisfaction", "percent", 91.9, "якістю послуг задоволені 91,9 % опитаних")
f_cmp = F("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило.")
f_ba = F("budget_approved", "uah", 11842600, "Видатки загального фонду на 2024 рік затверджено в сумі 11 842,6 тис. грн",
         label="загальний фонд")
f_bs = F("budget_spent", "uah", 11790100, "Касові видатки склали 11 790,1 тис. грн", label="загальний фонд")
f_bsw = F("budget_spent", "uah", 10214300, "з них на оплату праці з нарахуваннями – 10 214,3 тис. грн",
          label="оплата праці з нарахуваннями", parent=f_bs)
f_sav = F("budget_savings", "uah", 52500, "Економія – 52,5 тис. грн.", label="загальний фонд")

n = lambda x: x[1:]
g.slip("parts_sum", "error",
       "Завершили супровід 14 сімей: з позитивним результатом – 9, з мінімізацією складних життєвих обставин – 3, у зв'язку зі зміною місця проживання – 1.",
       13, 14, [f_comp, f_pos9, f_min, f_oth],
       "the three reasons (positive, minimized, moved) are given as the breakdown of the 14 completed "
       "families but sum to 9 + 3 + 1 = 13; one family is missing",
       f"f{n(f_pos9)} + f{n(f_min)} + f{n(f_oth)} == f{n(f_comp)}")
g.check("table_arithmetic", tot_q, "512 + 389 + 143 + 27 + 46 + 205 + 11 = 1 333",
        " + ".join(f"f{n(x)}" for x in rec.values()) + f" == f{n(f_tr_tot)}")
g.check("table_arithmetic", tot_q, "640 + 1 104 + 16 872 + 3 215 + 388 + 205 + 19 = 22 443",
        " + ".join(f"f{n(x)}" for x in srv.values()) + f" == f{n(f_ts_tot)}")
g.check("percent_mismatch", "з них 318 – внутрішньо переміщені особи (25,5 %)", "318 / 1 246 = 25,52 % → 25,5",
        f"pct_ok(p{n(f_idp)}, f{n(f_idp)}, f{n(f_app)}, 1)")
g.check("internal_conflict", "Догляд вдома отримували 143 особи", "prose 143 = table row 3 (143); prose 205 = table row 6",
        f"f{n(f_hc)} == f{n(rec['home_care'])} and f{n(f_nat)} == f{n(rec['natural_aid'])}")
g.check("parts_sum", "у тому числі 38 осіб з числа ВПО", "38 ≤ 143", f"f{n(f_hc_idp)} <= f{n(f_hc)}")
g.check("parts_sum", "із них 15 сімей ми взяли під супровід у 2024 році",
        "23 under support = 14 completed + 9 continued into 2025; 15 taken ≤ 23",
        f"f{n(f_comp)} + f{n(f_cont)} == f{n(f_sup)} and f{n(f_start)} <= f{n(f_sup)}")
g.check("percent_impossible", "якістю послуг задоволені 91,9 % опитаних", "79 of 86 = 91,86 % → 91,9",
        f"grim_ok(f{n(f_sat)}, f{n(f_sv)}, 1)")
g.check("table_arithmetic", "Економія – 52,5 тис. грн.", "11 842,6 − 11 790,1 = 52,5 тис. грн",
        f"f{n(f_ba)} - f{n(f_bs)} == f{n(f_sav)} and f{n(f_bsw)} <= f{n(f_bs)}")
g.check("parts_sum", "з них 21 соціальний робітник", "21 ≤ 38 ≤ 42,5", f"f{n(f_sw)} <= f{n(f_st)} <= f{n(f_pos)}")

g.skip("08072, Київська обл., Фастівський р-н, с. Бишів, вул. Київська, 15; тел. (04571) 0-31-62",
       [8072, 15, 4571, 3162], "postcode, address, phone")
g.skip("код ЄДРПОУ 44012378", [44012378], "ЄДРПОУ")
g.skip("за 2024 рік", [2024], "year of the title")
g.skip("рішенням Бишівської сільської ради від 18.02.2021 № 412-7-VIII", [18, 2, 2021, 412, 7],
       "decision date and number")
g.skip("мешканців 24 населених пунктів громади, де проживає близько 17,3 тис. осіб", [24, 17300],
       "settlements and population")
g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
g.skip("(у 2023 році – 1 087)", [2023, 1087], "prior-year figure")
g.skip("у середньому оцінювання триває 5 робочих днів", [5], "duration")
g.skip("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table number, year")
g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7], "row numbers 1–7 of table 1")
g.skip("Вартість однієї години догляду для платних отримувачів у 2024 році становила 78,40 грн", [78.4],
       "tariff")
g.skip("ми видали 318 продуктових наборів", [318], "items (food sets); not the 318 IDPs")
g.skip("клуб «Активне довголіття» для людей віком 60+", [60], "age")
g.skip("У 2025 році плануємо відкрити відділення підтриманого проживання на 15 місць та охопити послугою догляду вдома не менше 160 осіб.",
       [2025, 15, 160], "plan for 2025")
g.skip("8. Завдання на 2025 рік", [8, 2025], "section heading: plan year")
g.skip("20.01.2025 № 17/02-10", [20, 1, 2025, 17, 2, 10], "outgoing date and number")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers 1.–8.")

g.note("table 1: every cell is a fact quoted by its row; rows hang on the «Разом» cell of the same column "
       "(group table1_recipients / table1_services). The asterisk of «1 333*» points to a footnote that "
       "explains why recipients exceed applicants: no finding")
g.note("home care 143 and natural aid 205 are written twice (table and prose): two facts each")
g.note("«42,5 штатні одиниці» → staff_positions 42.5 (fractional); «з них 21 соціальний робітник» → staff_actual with a label, parent the 38")
g.note("«Продовжено надання послуги на 2025 рік 9 сім'ям» is a 2024 figure (support_ongoing)")
g.note("«86 отримувачів» → unit recipients (unit_alt persons); «задоволені 91,9 %» → satisfaction, a bare percentage")
g.note("318 food sets are items (skipped); the same number 318 is the IDP applicants fact")
g.write()
