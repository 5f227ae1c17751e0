"""b67_01: ЦСС Ржищівської міської ради (Київська), annual report 2023, DOCX with a table.
Voice: first person plural («ми надали», «у нас працювало»)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

NAME = "b67_01_rzhyshchiv_css_annual2023.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(12)


def p(text, bold=False, center=False):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


p("РЖИЩІВСЬКИЙ МІСЬКИЙ ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ", bold=True, center=True)
p("09230, Київська обл., Обухівський р-н, м. Ржищів, вул. Соборна, 14; тел. (04573) 0-24-61; "
  "код ЄДРПОУ 41873025", center=True)
p("Вих. № 27/02-09 від 19.01.2024")
p("ЗВІТ про діяльність Ржищівського міського центру соціальних служб за 2023 рік", bold=True, center=True)
p("1. Загальні відомості", bold=True)
p("Центр діє на підставі Положення, затвердженого рішенням Ржищівської міської ради від 24.02.2022 "
  "№ 318-19-VIII. Ми обслуговуємо 17 населених пунктів громади, де проживає близько 11,6 тис. осіб.")
p("Штатним розписом на 2023 рік передбачено 14 посад, фактично у нас працювало 12 фахівців. "
  "Протягом року 9 працівників пройшли навчання на онлайн-курсах обласного центру соціальних служб "
  "(загалом 72 години).")
p("2. Виявлення сімей, які потребують допомоги", bold=True)
p("Упродовж звітного року ми отримали повідомлення про 96 сімей, які можуть перебувати у складних "
  "життєвих обставинах (у 2022 році – 81). Оцінку потреб ми провели 88 сім'ям; складні життєві "
  "обставини визначено у 61 сім'ї, в яких виховується 134 дитини. Решта 27 сімей допомоги центру "
  "не потребували або були перенаправлені до інших надавачів.")
p("3. Надання соціальних послуг", bold=True)
p("Загалом у 2023 році соціальними послугами ми охопили 946 сімей/осіб, яким надали 2069 послуг. "
  "Серед отримувачів 244 сім'ї/особи з числа внутрішньо переміщених осіб (25,3 %). "
  "Розподіл за видами послуг наведено в таблиці 1.")
p("Таблиця 1. Отримувачі соціальних послуг у 2023 році")
rows = [
    ("№ з/п", "Соціальна послуга", "Сімей/осіб", "у т. ч. ВПО", "Надано послуг"),
    ("1", "Інформування", "412", "97", "688"),
    ("2", "Консультування", "356", "84", "915"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "47", "11", "302"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "3", "0", "36"),
    ("5", "Натуральна допомога", "128", "52", "128"),
    ("", "Усього", "946", "244", "2069"),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        t.cell(i, j).text = val
p("4. Соціальний супровід сімей", bold=True)
p("Під соціальним супроводом протягом року перебувало 47 сімей (у них 93 дитини). Із них 29 сімей "
  "ми взяли під супровід у 2023 році, решта отримували послугу з попереднього року. Завершено "
  "супровід 31 сім'ї: з позитивним результатом – 22 (71 %), мінімізовано складні життєві обставини – 6, "
  "у зв'язку зі зміною місця проживання – 3. На 2024 рік супровід продовжено 16 сім'ям.")
p("Середня тривалість супроводу становила 5,5 місяця. Під супроводом перебували також 3 прийомні "
  "сім'ї, у яких виховується 8 дітей віком від 4 до 16 років.")
p("5. Профілактична робота", bold=True)
p("Ми провели 14 групових заходів (тренінги для батьків, зустрічі «Батьківського клубу»), у яких "
  "взяли участь 187 осіб. Кожне заняття тривало 1,5–2 години. На телефон «гарячої лінії» центру "
  "надійшло 63 дзвінки. Скарг на роботу центру не надходило.")
p("6. Завдання на 2024 рік", bold=True)
p("Охопити соціальним супроводом не менше 50 сімей; залучити до програми «Батьківство» 20 батьків "
  "віком 18–35 років; провести 16 групових заходів.")
p("Директор центру                                    (підпис)")

fix_docx_props(doc, author="Ржищівський МЦСС")
doc.save(report_path(NAME))
freeze_zip(report_path(NAME))

# ---------------------------------------------------------------- gold
g = Gold(NAME, {
    "centre": "Ржищівський міський центр соціальних служб",
    "centre_type": "css",
    "settlement": "Ржищів",
    "oblast": "Київська",
    "report_kind": "annual_report",
    "period_start": "2023-01-01",
    "period_end": "2023-12-31",
})
f = g.f
f("staff_positions", "positions", 14, "Штатним розписом на 2023 рік передбачено 14 посад")
f("staff_actual", "staff", 12, "фактично у нас працювало 12 фахівців")
f("staff_trained", "staff", 9, "Протягом року 9 працівників пройшли навчання")
f("notified", "families", 96, "ми отримали повідомлення про 96 сімей")
na = f("needs_assessed", "families", 88, "Оцінку потреб ми провели 88 сім'ям")
sjo = f("in_difficult_circumstances", "families", 61, "складні життєві обставини визначено у 61 сім'ї",
        parent=na)
f("in_difficult_circumstances", "children", 134, "в яких виховується 134 дитини", parent=sjo)
tot = f("served", "families_persons", 946, "соціальними послугами ми охопили 946 сімей/осіб")
f("services_provided", "services", 2069, "яким надали 2069 послуг")
vpo = f("served", "families_persons", 244, "244 сім'ї/особи з числа внутрішньо переміщених осіб (25,3 %)",
        percent=25.3, category="внутрішньо переміщені особи", parent=tot)
# table
svc = ["informing", "counselling", "social_support_sjo", "social_support_foster", "natural_aid"]
trow = "\tУсього\t946\t244\t2069"
T1 = f("served", "families_persons", 946, trow, label="Усього")
T2 = f("served", "families_persons", 244, trow, label="Усього, у т. ч. ВПО",
       category="внутрішньо переміщені особи", parent=T1)
T3 = f("services_provided", "services", 2069, trow, label="Усього")
cells = {}
for i, row in enumerate(rows[1:6]):
    q = "\t".join(row)
    a = f("served", "families_persons", int(row[2]), q, service=svc[i], group="table1_recipients",
          parent=T1)
    b = f("served", "families_persons", int(row[3]), q, service=svc[i], group="table1_idp",
          category="внутрішньо переміщені особи", parent=T2)
    c = f("services_provided", "services", int(row[4]), q, service=svc[i], group="table1_services",
          parent=T3)
    cells[i] = (a, b, c)
# support
s47 = f("served", "families", 47, "Під соціальним супроводом протягом року перебувало 47 сімей",
        service="social_support_sjo", alt=["support_ongoing"])
f("served", "children", 93, "(у них 93 дитини)", service="social_support_sjo", alt=["support_ongoing"],
  parent=s47)
f("support_started", "families", 29, "Із них 29 сімей ми взяли під супровід у 2023 році",
  service="social_support_sjo", parent=s47)
c31 = f("support_completed", "families", 31, "Завершено супровід 31 сім'ї", service="social_support_sjo",
        parent=s47)
f("outcome_positive", "families", 22, "з позитивним результатом – 22 (71 %)", percent=71,
  service="social_support_sjo", group="completed_31_by_result", parent=c31)
f("outcome_minimized", "families", 6, "мінімізовано складні життєві обставини – 6",
  service="social_support_sjo", group="completed_31_by_result", parent=c31)
f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3", label="зміна місця проживання",
  service="social_support_sjo", group="completed_31_by_result", parent=c31)
f("support_ongoing", "families", 16, "На 2024 рік супровід продовжено 16 сім'ям", service="social_support_sjo",
  parent=s47)
fos = f("served", "families", 3, "Під супроводом перебували також 3 прийомні сім'ї",
        service="social_support_foster", alt=["support_ongoing"])
f("served", "children", 8, "у яких виховується 8 дітей", service="social_support_foster", parent=fos)
ev = f("events", "events", 14, "Ми провели 14 групових заходів")
f("event_participants", "persons", 187, "у яких взяли участь 187 осіб", parent=ev)
f("calls", "calls", 63, "надійшло 63 дзвінки")
f("complaints", "complaints", 0, "Скарг на роботу центру не надходило.")

g.slip("percent_mismatch", "error", "244 сім'ї/особи з числа внутрішньо переміщених осіб (25,3 %)",
       25.3, 25.8, [vpo, tot],
       "244 of the 946 recipients is 25,79 % → 25,8 %, not 25,3 %", "pct_ok(p10, f10, f8, 1)")
g.check("table_arithmetic", trow, "recipients column: 412 + 356 + 47 + 3 + 128 = 946",
        "f14 + f17 + f20 + f23 + f26 == f11")
g.check("table_arithmetic", trow, "IDP column: 97 + 84 + 11 + 0 + 52 = 244",
        "f15 + f18 + f21 + f24 + f27 == f12")
g.check("table_arithmetic", trow, "services column: 688 + 915 + 302 + 36 + 128 = 2069",
        "f16 + f19 + f22 + f25 + f28 == f13")
g.check("table_arithmetic", trow, "IDP ≤ recipients in every row",
        "f15 <= f14 and f18 <= f17 and f21 <= f20 and f24 <= f23 and f27 <= f26")
g.check("internal_conflict", "соціальними послугами ми охопили 946 сімей/осіб, яким надали 2069 послуг",
        "prose totals equal the table's Усього row (946, 244, 2069)",
        "f8 == f11 and f9 == f13 and f10 == f12")
g.check("internal_conflict", "Під соціальним супроводом протягом року перебувало 47 сімей",
        "47 families under support in prose = table row 3 (47); 3 foster families = table row 4",
        "f29 == f20 and f37 == f23")
g.check("parts_sum", "Завершено супровід 31 сім'ї: з позитивним результатом – 22 (71 %)",
        "22 + 6 + 3 = 31", "f33 + f34 + f35 == f32")
g.check("percent_mismatch", "з позитивним результатом – 22 (71 %)", "22 / 31 = 70,97 % → 71",
        "pct_ok(p33, f33, f32, 0)")
g.check("parts_sum", "На 2024 рік супровід продовжено 16 сім'ям", "completed 31 + continued 16 = 47",
        "f32 + f36 == f29")
g.check("parts_sum", "Оцінку потреб ми провели 88 сім'ям", "61 СЖО ≤ 88 assessed ≤ 96 notified; "
        "88 − 61 = 27 (the «решта 27 сімей», skipped)", "f6 <= f5 <= f4 and f5 - f6 == 27")
g.check("parts_sum", "фактично у нас працювало 12 фахівців", "9 trained ≤ 12 working ≤ 14 positions",
        "f3 <= f2 <= f1")

g.skip("09230, Київська обл., Обухівський р-н, м. Ржищів, вул. Соборна, 14; тел. (04573) 0-24-61; "
       "код ЄДРПОУ 41873025", [9230, 14, 4573, 2461, 41873025], "postcode, address, phone, ЄДРПОУ")
g.skip("Вих. № 27/02-09 від 19.01.2024", [27, 2, 9, 19, 1, 2024], "outgoing number and date")
g.skip("за 2023 рік", [2023], "report year")
g.skip("рішенням Ржищівської міської ради від 24.02.2022 № 318-19-VIII", [24, 2, 2022, 318, 19],
       "decision date and number")
g.skip("Ми обслуговуємо 17 населених пунктів громади, де проживає близько 11,6 тис. осіб.",
       [17, 11600], "settlements and population")
g.skip("(загалом 72 години)", [72], "duration of training")
g.skip("(у 2022 році – 81)", [2022, 81], "prior-year figure")
g.skip("Решта 27 сімей допомоги центру не потребували", [27],
       "difference (88 − 61), not a separate indicator; used as a literal in a check")
g.skip("Таблиця 1. Отримувачі соціальних послуг у 2023 році", [1, 2023], "table number, year")
g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers of table 1")
g.skip("Середня тривалість супроводу становила 5,5 місяця.", [5.5], "duration")
g.skip("віком від 4 до 16 років", [4, 16], "ages")
g.skip("Кожне заняття тривало 1,5–2 години.", [1.5, 2], "duration")
g.skip("Охопити соціальним супроводом не менше 50 сімей; залучити до програми «Батьківство» 20 батьків "
       "віком 18–35 років; провести 16 групових заходів.", [2024, 50, 20, 18, 35, 16], "2024 plan and ages")
g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
g.note("table 1: every cell is a fact quoted by its row; rows hang on the Усього cell of the same column "
       "(groups table1_recipients / table1_idp / table1_services); the Усього IDP cell hangs on the Усього "
       "recipients cell")
g.note("prose totals (946, 2069, 244) and the table's Усього row are separate facts (a figure written twice)")
g.note("«перебувало під супроводом 47 сімей» → served (alt support_ongoing); «взяли під супровід» → "
       "support_started; «На 2024 рік супровід продовжено 16 сім'ям» → support_ongoing")
g.note("the 3 foster families of section 4 repeat table row 4 (3); they are a separate fact")
g.write()
