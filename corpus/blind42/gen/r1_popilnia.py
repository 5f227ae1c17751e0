"""b42_01: ЦСС Попільнянської селищної ради, annual report 2024 (DOCX, first person plural, table)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, read_text, freeze_zip, fix_docx_props, line_with

NAME = "b42_01_popilnia_css_annual2024.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)


def p(text, bold=False, center=False, style=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


p("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ПОПІЛЬНЯНСЬКОЇ СЕЛИЩНОЇ РАДИ", bold=True, center=True)
p("13501, Житомирська обл., смт Попільня, вул. Соборна, 14, тел. (04137) 0-25-61, "
  "e-mail: css.popilnia@example.ua, код ЄДРПОУ 43108852", center=True)
p("Вих. № 02-11/19 від 14.01.2025")
p("ЗВІТ\nпро діяльність Центру соціальних служб Попільнянської селищної ради за 2024 рік",
  bold=True, center=True)
p("Центр утворено рішенням 4 сесії Попільнянської селищної ради 8 скликання від 24.12.2020 "
  "№ 187. Наша громада об'єднує 55 населених пунктів, у яких проживає близько 26,3 тис. осіб, "
  "тож фахівці Центру працюють і в старостинських округах, виїжджаючи туди за графіком.")
p("1. Звернення та виявлення сімей", bold=True)
p("У 2024 році до нас звернулися 412 осіб (у 2023 році – 389). Ми отримали повідомлення щодо "
  "58 сімей, які могли опинитися у складних життєвих обставинах; за 51 з них провели оцінку "
  "потреб, а у 7 випадках повідомлення не підтвердилися. Складні життєві обставини за "
  "результатами оцінки виявлено у 39 сімей.")
p("2. Соціальні послуги", bold=True)
p("Дані про отримувачів і кількість наданих послуг наведено в таблиці 1. Усього послугами "
  "Центру охоплено 788 сімей/осіб, з них 226 – внутрішньо переміщені.")
p("Таблиця 1. Отримувачі соціальних послуг у 2024 році")
rows = [
    ("№ з/п", "Соціальна послуга", "Отримувачів, сімей/осіб", "з них ВПО", "Надано послуг"),
    ("1", "Інформування", "318", "96", "702"),
    ("2", "Консультування", "276", "81", "1 134"),
    ("3", "Соціальний супровід сімей у СЖО", "34", "9", "1 020"),
    ("4", "Соціальний супровід прийомних сімей і ДБСТ", "6", "–", "188"),
    ("5", "Соціальна профілактика", "142", "37", "286"),
    ("6", "Представництво інтересів", "12", "3", "41"),
    ("", "Усього", "788", "226", "3 317"),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
p("3. Соціальний супровід", bold=True)
p("Під соціальним супроводом протягом року перебували 34 сім'ї, у яких виховується 71 дитина. "
  "Із них 21 сім'ю ми взяли під супровід у 2024 році, а 13 родин продовжили супровід з 2023 року.")
p("Завершили супровід 19 сімей: у 12 сім'ях складні життєві обставини подолано, у 5 – "
  "мінімізовано, 2 сім'ї змінили місце проживання. На 2025 рік супровід продовжено 15 сім'ям. "
  "Середня тривалість супроводу – 5,5 місяця.")
p("Крім того, ми супроводжуємо 4 прийомні сім'ї (9 дітей) та 2 дитячі будинки сімейного типу "
  "(14 дітей). Кожну сім'ю відвідуємо не рідше 1 разу на місяць.")
p("4. Групова робота і гаряча лінія", bold=True)
p("Провели 26 групових заходів – тренінги, батьківські клуби, зустрічі з молоддю, – у яких "
  "взяли участь 473 особи. Тривалість одного тренінгу – 3 години. На «гарячу лінію» Центру "
  "надійшло 164 дзвінки. Разом із благодійниками ми видали 312 продуктових наборів та 95 "
  "комплектів зимового одягу для дітей віком до 14 років.")
p("5. Кадри", bold=True)
p("Штатним розписом передбачено 11 посад, фактично працюють 10 фахівців; одна вакансія – "
  "фахівця із соціальної роботи. Протягом року 8 працівників підвищили кваліфікацію. "
  "Скарг на роботу Центру не надходило.")
p("6. Плани", bold=True)
p("У 2025 році плануємо охопити соціальним супроводом не менше 40 сімей та відкрити "
  "2 консультаційні пункти у старостинських округах.")
p("Директор Центру    ____________ (підпис)")
fix_docx_props(doc, author="ЦСС")
path = report_path(NAME)
doc.save(path)
freeze_zip(path)
T = read_text(path)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Попільнянської селищної ради",
    "centre_type": "css", "settlement": "Попільня", "oblast": "Житомирська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})

f_app = g.f("applied", "persons", 412, "У 2024 році до нас звернулися 412 осіб")
f_not = g.f("notified", "families", 58, "Ми отримали повідомлення щодо 58 сімей")
f_na = g.f("needs_assessed", "families", 51, "за 51 з них провели оцінку потреб", parent=f_not)
f_sjo = g.f("in_difficult_circumstances", "families", 39,
            "Складні життєві обставини за результатами оцінки виявлено у 39 сімей")
f_tot = g.f("served", "families_persons", 788, "Усього послугами Центру охоплено 788 сімей/осіб")
f_totv = g.f("served", "families_persons", 226, "з них 226 – внутрішньо переміщені",
             category="внутрішньо переміщені особи", parent=f_tot)

r_tot = line_with(T, "\tУсього")
t_served = g.f("served", "families_persons", 788, r_tot, label="Усього (таблиця 1)")
t_vpo = g.f("served", "families_persons", 226, r_tot, category="внутрішньо переміщені особи",
            label="Усього (таблиця 1)", parent=t_served)
t_svc = g.f("services_provided", "services", 3317, r_tot, label="Усього (таблиця 1)")
table = [("Інформування", "informing", 318, 96, 702),
         ("Консультування", "counselling", 276, 81, 1134),
         ("Соціальний супровід сімей у СЖО", "social_support_sjo", 34, 9, 1020),
         ("Соціальний супровід прийомних сімей і ДБСТ", "social_support_foster", 6, None, 188),
         ("Соціальна профілактика", "social_prevention", 142, 37, 286),
         ("Представництво інтересів", "representation", 12, 3, 41)]
ids = {}
for lab, svc, n, v, s in table:
    q = line_with(T, lab)
    a = g.f("served", "families_persons", n, q, service=svc, group="table1_served",
            parent=t_served)
    b = None
    if v is not None:
        b = g.f("served", "families_persons", v, q, service=svc,
                category="внутрішньо переміщені особи", group="table1_vpo", parent=t_vpo)
    c = g.f("services_provided", "services", s, q, service=svc, group="table1_services",
            parent=t_svc)
    ids[svc] = (a, b, c)

s34 = g.f("served", "families", 34, "Під соціальним супроводом протягом року перебували 34 сім'ї",
          service="social_support_sjo", alt=["support_ongoing"])
s71 = g.f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
          alt=["support_ongoing"], parent=s34)
s21 = g.f("support_started", "families", 21, "Із них 21 сім'ю ми взяли під супровід у 2024 році",
          service="social_support_sjo", group="sjo_34_by_start", parent=s34)
s13 = g.f("served", "families", 13, "а 13 родин продовжили супровід з 2023 року",
          service="social_support_sjo", alt=["support_ongoing"], label="продовжили з 2023 року",
          group="sjo_34_by_start", parent=s34)
s19 = g.f("support_completed", "families", 19, "Завершили супровід 19 сімей",
          service="social_support_sjo", parent=s34)
s12 = g.f("outcome_positive", "families", 12, "у 12 сім'ях складні життєві обставини подолано",
          service="social_support_sjo", group="completed_19_by_outcome", parent=s19)
s5 = g.f("outcome_minimized", "families", 5, "у 5 – мінімізовано", service="social_support_sjo",
         group="completed_19_by_outcome", parent=s19)
s2 = g.f("outcome_other", "families", 2, "2 сім'ї змінили місце проживання",
         service="social_support_sjo", label="зміна місця проживання",
         group="completed_19_by_outcome", parent=s19)
s15 = g.f("support_ongoing", "families", 15, "На 2025 рік супровід продовжено 15 сім'ям",
          service="social_support_sjo", parent=s34,
          note="a 2024 figure: support carried into 2025")
fo4 = g.f("served", "families", 4, "ми супроводжуємо 4 прийомні сім'ї (9 дітей)",
          service="social_support_foster", label="прийомні сім'ї")
fo9 = g.f("served", "children", 9, "4 прийомні сім'ї (9 дітей)", service="social_support_foster",
          label="прийомні сім'ї", parent=fo4)
fo2 = g.f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
          label="дитячі будинки сімейного типу")
fo14 = g.f("served", "children", 14, "2 дитячі будинки сімейного типу (14 дітей)",
           service="social_support_foster", label="дитячі будинки сімейного типу", parent=fo2)
ev = g.f("events", "events", 26, "Провели 26 групових заходів")
evp = g.f("event_participants", "persons", 473, "взяли участь 473 особи", parent=ev)
cl = g.f("calls", "calls", 164, "надійшло 164 дзвінки")
sp = g.f("staff_positions", "positions", 11, "Штатним розписом передбачено 11 посад")
sa = g.f("staff_actual", "staff", 10, "фактично працюють 10 фахівців")
stt = g.f("staff_trained", "staff", 8, "Протягом року 8 працівників підвищили кваліфікацію")
cp = g.f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")

rows_svc = [ids[k][2] for k in ids]
g.slip("table_arithmetic", "error", r_tot, 3317, 3371, [t_svc] + rows_svc,
       "«Надано послуг» column of table 1: 702 + 1 134 + 1 020 + 188 + 286 + 41 = 3 371, the "
       "Усього row says 3 317 (two digits swapped). The other two columns add up.",
       " + ".join(f"f{x[1:]}" for x in rows_svc) + f" == f{t_svc[1:]}")
g.check("table_arithmetic", r_tot, "served column: 318 + 276 + 34 + 6 + 142 + 12 = 788",
        " + ".join(f"f{ids[k][0][1:]}" for k in ids) + f" == f{t_served[1:]}")
vp = [ids[k][1] for k in ids if ids[k][1]]
g.check("table_arithmetic", r_tot, "ВПО column: 96 + 81 + 9 + 37 + 3 = 226 (row 4 is «–»)",
        " + ".join(f"f{x[1:]}" for x in vp) + f" == f{t_vpo[1:]}")
g.check("table_arithmetic", r_tot, "each ВПО cell ≤ its row's served cell",
        " and ".join(f"f{ids[k][1][1:]} <= f{ids[k][0][1:]}" for k in ids if ids[k][1]))
g.check("internal_conflict", "Усього послугами Центру охоплено 788 сімей/осіб, з них 226",
        "prose 788 / 226 equal the table's Усього row",
        f"f{f_tot[1:]} == f{t_served[1:]} and f{f_totv[1:]} == f{t_vpo[1:]}")
g.check("parts_sum", "за 51 з них провели оцінку потреб, а у 7 випадках повідомлення не підтвердилися",
        "51 assessed + 7 not confirmed = 58 notified (7 is skipped, used as a literal); 39 ≤ 51",
        f"f{f_na[1:]} + 7 == f{f_not[1:]} and f{f_sjo[1:]} <= f{f_na[1:]}")
g.check("parts_sum", "Із них 21 сім'ю ми взяли під супровід у 2024 році, а 13 родин",
        "21 new + 13 continued = 34", f"f{s21[1:]} + f{s13[1:]} == f{s34[1:]}")
g.check("parts_sum", "Завершили супровід 19 сімей", "12 + 5 + 2 = 19",
        f"f{s12[1:]} + f{s5[1:]} + f{s2[1:]} == f{s19[1:]}")
g.check("parts_sum", "На 2025 рік супровід продовжено 15 сім'ям", "19 completed + 15 continued = 34",
        f"f{s19[1:]} + f{s15[1:]} == f{s34[1:]}")
g.check("internal_conflict", line_with(T, "Соціальний супровід сімей у СЖО"),
        "table row 34 = prose 34 (social support, families in СЖО)",
        f"f{ids['social_support_sjo'][0][1:]} == f{s34[1:]}")
g.check("internal_conflict", line_with(T, "прийомних сімей і ДБСТ"),
        "table row 6 = 4 foster families + 2 ДБСТ in the prose",
        f"f{fo4[1:]} + f{fo2[1:]} == f{ids['social_support_foster'][0][1:]}")
g.check("parts_sum", "фактично працюють 10 фахівців; одна вакансія",
        "10 working + 1 vacancy = 11 positions", f"f{sa[1:]} + 1 == f{sp[1:]} and f{stt[1:]} <= f{sa[1:]}")

g.skip("13501, Житомирська обл., смт Попільня, вул. Соборна, 14, тел. (04137) 0-25-61",
       [13501, 14, 4137, 2561], "postcode, address, phone")
g.skip("код ЄДРПОУ 43108852", [43108852], "ЄДРПОУ")
g.skip("Вих. № 02-11/19 від 14.01.2025", [2, 11, 19, 14, 1, 2025], "outgoing number and date")
g.skip("Центр утворено рішенням 4 сесії Попільнянської селищної ради 8 скликання від 24.12.2020 № 187",
       [4, 8, 24, 12, 2020, 187], "session, convocation, decision date and number")
g.skip("Наша громада об'єднує 55 населених пунктів, у яких проживає близько 26,3 тис. осіб",
       [55, 26300], "settlement count and population")
g.skip("(у 2023 році – 389)", [2023, 389], "prior-year figure")
g.skip("а у 7 випадках повідомлення не підтвердилися", [7], "unconfirmed notifications: no §3 id (used in a check)")
g.skip("Таблиця 1. Отримувачі соціальних послуг у 2024 році", [1, 2024], "table number, year")
g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers № з/п")
g.skip("Середня тривалість супроводу – 5,5 місяця.", [5.5], "duration")
g.skip("Кожну сім'ю відвідуємо не рідше 1 разу на місяць.", [1], "visit frequency")
g.skip("Тривалість одного тренінгу – 3 години.", [3], "duration")
g.skip("ми видали 312 продуктових наборів та 95 комплектів зимового одягу для дітей віком до 14 років",
       [312, 95, 14], "items handed out, age")
g.skip("одна вакансія", [1], "vacancy: no §3 id (used in a check)")
g.skip("У 2025 році плануємо охопити соціальним супроводом не менше 40 сімей",
       [2025, 40, 2], "plan for 2025 (40 families, 2 consultation points)")
g.note("the prose total (788 / 226) and the table Усього row are two facts each, as the figure is written twice")
g.note("«13 родин продовжили супровід з 2023 року» → served with a label (alt support_ongoing); "
       "«На 2025 рік супровід продовжено 15 сім'ям» → support_ongoing")
g.note("«Соціальна профілактика» → service social_prevention; «Представництво інтересів» → representation")
g.note("table rows hang on the Усього cell of their column; the ВПО «–» cell of row 4 gives no fact")
g.write()
