"""b74_01: ЦСС Великоберезовицької селищної ради (Тернопільська), annual report 2024, DOCX.
First person plural («ми провели», «наші фахівці»), numbered headings, one table by service."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

NAME = "b74_01_velyka_berezovytsia_css_annual2024.docx"

doc = Document()
fix_docx_props(doc, "ЦСС")
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)


def para(text, bold=False, center=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


para("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ВЕЛИКОБЕРЕЗОВИЦЬКОЇ СЕЛИЩНОЇ РАДИ", bold=True, center=True)
para("47721, Тернопільська обл., Тернопільський р-н, смт Велика Березовиця, вул. Шевченка, 14; "
     "тел. (0352) 0-49-17; код ЄДРПОУ 44172635", center=True)
para("Вих. № 02-14/57 від 15.01.2025")
para("ЗВІТ\nпро роботу Центру соціальних служб Великоберезовицької селищної ради за 2024 рік",
     bold=True, center=True)

para("1. Загальні відомості", bold=True)
para("Центр утворено рішенням селищної ради від 23.02.2021 № 318. Громада об'єднує 14 населених "
     "пунктів, у яких проживає близько 27,3 тис. мешканців. Штатним розписом на 2024 рік "
     "передбачено 11 посад; фактично протягом року працювали 9 фахівців, ще дві посади "
     "фахівців із соціальної роботи залишаються вакантними.")

para("2. Виявлення сімей у складних життєвих обставинах", bold=True)
para("Упродовж звітного року ми отримали повідомлення про 96 сімей, які можуть перебувати у "
     "складних життєвих обставинах. Оцінку потреб наші фахівці провели для 91 сім'ї (щодо "
     "5 сімей повідомлення передано до центрів за новим місцем проживання). За її результатами "
     "складні життєві обставини визначено у 58 сімей, з них 23 – сім'ї внутрішньо переміщених осіб.")

para("3. Надання соціальних послуг", bold=True)
para("Загалом соціальними послугами у 2024 році охоплено 853 сім'ї/особи (у 2023 році – 781, тобто "
     "на 72 більше). Розподіл за видами послуг наведено в таблиці 1.")
para("Таблиця 1. Соціальні послуги, надані Центром у 2024 році")
rows = [
    ("№", "Соціальна послуга", "Отримувачів, сімей/осіб", "Кількість наданих послуг"),
    ("1", "Інформування", "412", "655"),
    ("2", "Консультування", "367", "1 284"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "47", "596"),
    ("4", "Соціальний супровід прийомних сімей та ДБСТ", "6", "88"),
    ("5", "Кризове та екстрене втручання", "9", "21"),
    ("6", "Посередництво (медіація)", "12", "30"),
    ("", "Разом", "853", "2 674"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, cell in enumerate(row):
        t.cell(i, j).text = cell

para("Соціальний супровід ми здійснювали щодо 47 сімей, у яких виховується 98 дітей. Протягом року "
     "взято під супровід 29 сімей, а завершено супровід 31 сім'ї: з позитивним результатом – "
     "24 сім'ям (80,6 %), у зв'язку зі зміною місця проживання – 4, через відмову отримувача від "
     "послуги – 3. На кінець року під супроводом залишаються 16 сімей. Середня тривалість "
     "супроводу – 4,5 місяця.")
para("Наші фахівці супроводжують 4 прийомні сім'ї та 2 дитячі будинки сімейного типу, у яких "
     "виховується 19 дітей віком від 3 до 17 років.")
para("До Центру особисто та телефоном звернулися 388 осіб. На «гарячу лінію» Центру надійшло "
     "73 дзвінки.")

para("4. Профілактична робота та кадри", bold=True)
para("Ми провели 14 групових заходів (тренінги для батьків, заняття «Школи відповідального "
     "батьківства», інформаційні зустрічі у 6 ліцеях), участь у яких взяли 236 осіб. Спільно з "
     "благодійним фондом роздано 120 наборів гігієни та 45 зимових курток. Кваліфікацію "
     "підвищили 7 працівників Центру. Скарг на роботу Центру у 2024 році не надходило.")

para("5. Завдання на 2025 рік", bold=True)
para("У 2025 році плануємо відкрити консультаційний пункт у с. Пронятин та охопити послугою "
     "посередництва не менше 20 сімей.")
para("Звіт підготовлено 14.01.2025. Сторінка 2 з 2")

out = report_path(NAME)
doc.save(out)
freeze_zip(out)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Великоберезовицької селищної ради",
    "centre_type": "css", "settlement": "Велика Березовиця", "oblast": "Тернопільська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
F = g.f
f1 = F("staff_positions", "positions", 11, "Штатним розписом на 2024 рік передбачено 11 посад")
f2 = F("staff_actual", "staff", 9, "фактично протягом року працювали 9 фахівців")
f3 = F("notified", "families", 96, "ми отримали повідомлення про 96 сімей")
f4 = F("needs_assessed", "families", 91, "Оцінку потреб наші фахівці провели для 91 сім'ї")
f5 = F("in_difficult_circumstances", "families", 58,
       "складні життєві обставини визначено у 58 сімей")
f6 = F("in_difficult_circumstances", "families", 23, "з них 23 – сім'ї внутрішньо переміщених осіб",
       category="внутрішньо переміщені особи", parent=f5)
f7 = F("served", "families_persons", 853,
       "Загалом соціальними послугами у 2024 році охоплено 853 сім'ї/особи")
TOT = "\tРазом\t853\t2 674"
f8 = F("served", "families_persons", 853, TOT, label="Разом")
f9 = F("services_provided", "services", 2674, TOT, label="Разом")
rowq = {
    "informing": ("1\tІнформування\t412\t655", 412, 655),
    "counselling": ("2\tКонсультування\t367\t1 284", 367, 1284),
    "social_support_sjo": ("3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t47\t596", 47, 596),
    "social_support_foster": ("4\tСоціальний супровід прийомних сімей та ДБСТ\t6\t88", 6, 88),
    "crisis_intervention": ("5\tКризове та екстрене втручання\t9\t21", 9, 21),
    "mediation": ("6\tПосередництво (медіація)\t12\t30", 12, 30),
}
srv, act = [], []
for svc, (q, a, b) in rowq.items():
    srv.append(F("served", "families_persons", a, q, service=svc, group="table1_served",
                 parent=f8))
    act.append(F("services_provided", "services", b, q, service=svc, group="table1_services",
                 parent=f9))
f22 = F("served", "families", 47, "Соціальний супровід ми здійснювали щодо 47 сімей",
        service="social_support_sjo", alt=["support_ongoing"])
f23 = F("served", "children", 98, "у яких виховується 98 дітей", service="social_support_sjo",
        alt=["support_ongoing"], parent=f22)
f24 = F("support_started", "families", 29, "взято під супровід 29 сімей",
        service="social_support_sjo", parent=f22)
f25 = F("support_completed", "families", 31, "завершено супровід 31 сім'ї",
        service="social_support_sjo", parent=f22)
f26 = F("outcome_positive", "families", 24, "з позитивним результатом – 24 сім'ям (80,6 %)",
        percent=80.6, service="social_support_sjo", group="completed_31_by_result", parent=f25)
f27 = F("outcome_other", "families", 4, "у зв'язку зі зміною місця проживання – 4",
        label="зміна місця проживання", service="social_support_sjo",
        group="completed_31_by_result", parent=f25)
f28 = F("outcome_other", "families", 3, "через відмову отримувача від послуги – 3",
        label="відмова отримувача від послуги", service="social_support_sjo",
        group="completed_31_by_result", parent=f25)
f29 = F("support_ongoing", "families", 16, "На кінець року під супроводом залишаються 16 сімей",
        service="social_support_sjo", parent=f22)
f30 = F("served", "families", 4, "супроводжують 4 прийомні сім'ї", service="social_support_foster",
        label="прийомні сім'ї", group="foster_6", parent=srv[3])
f31 = F("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
        label="дитячі будинки сімейного типу", group="foster_6", parent=srv[3])
f32 = F("served", "children", 19, "у яких виховується 19 дітей", service="social_support_foster",
        note="children of the 4 foster families and 2 ДБСТ together; parent is the 4-family row")
f33 = F("applied", "persons", 388, "звернулися 388 осіб")
f34 = F("calls", "calls", 73, "надійшло 73 дзвінки")
f35 = F("events", "events", 14, "Ми провели 14 групових заходів")
f36 = F("event_participants", "persons", 236, "участь у яких взяли 236 осіб", parent=f35)
f37 = F("staff_trained", "staff", 7, "Кваліфікацію підвищили 7 працівників Центру")
f38 = F("complaints", "complaints", 0, "Скарг на роботу Центру у 2024 році не надходило.")

g.slip("percent_mismatch", "error", "з позитивним результатом – 24 сім'ям (80,6 %)", 80.6, 77.4,
       [f26, f25], "24 of the 31 completed is 77,4 %; 80,6 % would be 25 of 31 (the parts 24 + 4 + 3 "
       "do make 31, so the count is right and the percent is wrong)", "pct_ok(p26, f26, f25, 1)")

g.check("parts_sum", "Загалом соціальними послугами у 2024 році охоплено 853 сім'ї/особи",
        "prose total equals the table total", "f7 == f8")
g.check("table_arithmetic", TOT, "412 + 367 + 47 + 6 + 9 + 12 = 853",
        f"{' + '.join('f' + x[1:] for x in srv)} == f8")
g.check("table_arithmetic", TOT, "655 + 1 284 + 596 + 88 + 21 + 30 = 2 674",
        f"{' + '.join('f' + x[1:] for x in act)} == f9")
g.check("parts_sum", "завершено супровід 31 сім'ї", "24 + 4 + 3 = 31", "f26 + f27 + f28 == f25")
g.check("parts_sum", "На кінець року під супроводом залишаються 16 сімей",
        "31 completed + 16 remaining = 47 under support", "f25 + f29 == f22")
g.check("parts_sum", "Соціальний супровід ми здійснювали щодо 47 сімей",
        "the prose 47 equals the table row 3", f"f22 == {srv[2].replace('f', 'f')}")
g.check("parts_sum", "супроводжують 4 прийомні сім'ї", "4 + 2 = 6, table row 4",
        f"f30 + f31 == {srv[3]}")
g.check("parts_sum", "складні життєві обставини визначено у 58 сімей",
        "23 ≤ 58 ≤ 91 ≤ 96", "f6 <= f5 <= f4 <= f3")
g.check("parts_sum", "фактично протягом року працювали 9 фахівців", "9 staff ≤ 11 positions",
        "f2 <= f1")

g.skip("47721, Тернопільська обл., Тернопільський р-н, смт Велика Березовиця, вул. Шевченка, 14; "
       "тел. (0352) 0-49-17; код ЄДРПОУ 44172635", [47721, 14, 352, 4917, 44172635],
       "postcode, address, phone, ЄДРПОУ")
g.skip("Вих. № 02-14/57 від 15.01.2025", [2, 14, 57, 15, 1, 2025], "outgoing number and date")
g.skip("Великоберезовицької селищної ради за 2024 рік", [2024], "period in the title")
g.skip("наведено в таблиці 1.", [1], "table reference")
g.skip("5. Завдання на 2025 рік", [5, 2025], "section heading, next year")
g.skip("рішенням селищної ради від 23.02.2021 № 318", [23, 2, 2021, 318], "decision date and number")
g.skip("Громада об'єднує 14 населених пунктів, у яких проживає близько 27,3 тис. мешканців",
       [14, 27300], "settlement count and population")
g.skip("ще дві посади фахівців із соціальної роботи залишаються вакантними", [2],
       "vacancies: no §3 id (11 − 9 = 2, consistent)")
g.skip("щодо 5 сімей повідомлення передано до центрів за новим місцем проживання", [5],
       "notifications passed on to other centres: no §3 id (96 − 91 = 5, consistent)")
g.skip("(у 2023 році – 781, тобто на 72 більше)", [2023, 781, 72], "prior-year figure and difference")
g.skip("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "table row numbers")
g.skip("Середня тривалість супроводу – 4,5 місяця.", [4.5], "duration")
g.skip("віком від 3 до 17 років", [3, 17], "ages")
g.skip("інформаційні зустрічі у 6 ліцеях", [6], "number of schools")
g.skip("роздано 120 наборів гігієни та 45 зимових курток", [120, 45], "items handed out")
g.skip("У 2025 році плануємо відкрити консультаційний пункт у с. Пронятин та охопити послугою "
       "посередництва не менше 20 сімей.", [2025, 20], "plan for next year")
g.skip("Звіт підготовлено 14.01.2025. Сторінка 2 з 2", [14, 1, 2025, 2, 2], "date, page number")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5], "section numbers")
g.note("«853 сім'ї/особи» → unit families_persons; the prose total and the table «Разом» are two facts")
g.note("table: every cell is a fact quoted by its row; rows hang on the «Разом» cell of the same "
       "column; the row-3 figure 47 is repeated in the prose (two facts)")
g.note("foster: 4 прийомні сім'ї + 2 ДБСТ hang on table row 4 (6); the 19 children are of both "
       "kinds together, so they carry no parent")
g.note("«завершено супровід 31 сім'ї» → support_completed with its results as parts; «залишаються "
       "16 сімей» → support_ongoing")
g.write()
