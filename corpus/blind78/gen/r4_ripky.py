"""b78_04: Центр соціальних служб Ріпкинської селищної ради (Чернігівська), report for H1 2025.
reportlab PDF (DejaVu fonts), third-person voice, a table by service and prose; page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_dejavu

DOC = "b78_04_ripky_css_h1_2025.pdf"
register_dejavu()
N = ParagraphStyle("n", fontName="DVSerif", fontSize=10.5, leading=14, firstLineIndent=1 * cm, spaceAfter=4)
H = ParagraphStyle("h", fontName="DVSerif-B", fontSize=11.5, leading=15, alignment=1, spaceAfter=6)
S = ParagraphStyle("s", fontName="DV", fontSize=8.5, leading=11)
T = ParagraphStyle("t", fontName="DV", fontSize=9.5, leading=12)

HEAD = ["Центр соціальних служб Ріпкинської селищної ради Чернігівського району Чернігівської області",
        "15000, смт Ріпки, вул. Святомиколаївська, 62, тел. (04641) 0-23-57, ЄДРПОУ 44120396"]
TITLE = "Звіт про діяльність Центру соціальних служб за І півріччя 2025 року"
PARAS1 = [
    "Центр соціальних служб Ріпкинської селищної ради (далі – Центр) забезпечує виявлення сімей, які перебувають у складних життєвих обставинах, та надання їм соціальних послуг на території 57 населених пунктів громади. Штатна чисельність Центру – 11 посад, на 30.06.2025 працює 10 фахівців.",
    "Протягом січня–червня 2025 року до Центру надійшли повідомлення про 126 сімей/осіб, які можуть перебувати у складних життєвих обставинах, у тому числі 43 повідомлення – від закладів освіти. Фахівці Центру провели оцінку потреб 118 сімей/осіб; за її результатами 41 сім'ю визнано такими, що перебувають у складних життєвих обставинах.",
    "Послугу соціального супроводу отримували 34 сім'ї, у яких виховується 71 дитина, з них 9 сімей (29,0 %) – сім'ї внутрішньо переміщених осіб. За півріччя під супровід взято 15 сімей. Завершено надання послуги 13 сім'ям: у 10 сім'ях складні життєві обставини подолано, у 2 – мінімізовано, 1 сім'я відмовилася від подальшої співпраці. Середня тривалість супроводу становила 4,5 місяця.",
    "Соціальне супроводження здійснювалося щодо 6 прийомних сімей та 2 дитячих будинків сімейного типу, у яких виховуються 23 дитини.",
    "Кількість отримувачів і наданих послуг за видами наведено в таблиці.",
]
TABLE = [["Вид соціальної послуги", "Отримувачів (сімей/осіб)", "Надано послуг"],
         ["Інформування", "512", "631"],
         ["Консультування", "287", "744"],
         ["Посередництво (медіація)", "18", "41"],
         ["Кризове та екстрене втручання", "7", "12"],
         ["Соціальний супровід сімей у СЖО", "34", "518"],
         ["Разом", "858", "1 946"]]
PARAS2 = [
    "Проведено 14 групових заходів (тренінги для батьків, заняття з дітьми з питань безпеки), у яких взяли участь 263 особи. Мобільна бригада здійснила 22 виїзди до віддалених сіл.",
    "Порівняно з І півріччям 2024 року кількість сімей під супроводом зросла на 6 (тоді – 28 сімей). На ІІ півріччя 2025 року заплановано провести ще 12 групових заходів.",
]


def footer(canv, doc_):
    canv.saveState()
    canv.setFont("DV", 8)
    canv.drawString(2 * cm, 1.2 * cm, f"Звіт ЦСС Ріпкинської селищної ради, І півріччя 2025 р.     Сторінка {doc_.page}")
    canv.restoreState()


def build(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm, invariant=1, title="Звіт ЦСС", author="ЦСС")
    st = [Paragraph(HEAD[0], H), Paragraph(HEAD[1], S), Spacer(1, 8), Paragraph(TITLE, H)]
    st += [Paragraph(p, N) for p in PARAS1]
    data = [[Paragraph(c, T) for c in r] for r in TABLE]
    t = Table(data, colWidths=[8.5 * cm, 4 * cm, 4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [t, Spacer(1, 8)]
    st += [Paragraph(p, N) for p in PARAS2]
    st += [Spacer(1, 14), Paragraph("Директор Центру &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; (підпис) &nbsp;&nbsp;&nbsp;&nbsp; 04.07.2025", T)]
    doc.build(st, onFirstPage=footer, onLaterPages=footer)


build(report_path(DOC))

g = Gold(DOC, {
    "centre": "Центр соціальних служб Ріпкинської селищної ради",
    "centre_type": "css", "settlement": "Ріпки", "oblast": "Чернігівська",
    "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
    {"centre": ["Центр соціальних служб Ріпкинської селищної ради Чернігівського району Чернігівської області"]})
f = g.f
pos = f("staff_positions", "positions", 11, "Штатна чисельність Центру – 11 посад")
act = f("staff_actual", "staff", 10, "працює 10 фахівців")
nt = f("notified", "families_persons", 126, "надійшли повідомлення про 126 сімей/осіб")
f("notified", "families_persons", 43, "у тому числі 43 повідомлення – від закладів освіти", label="від закладів освіти", parent=nt)
na = f("needs_assessed", "families_persons", 118, "провели оцінку потреб 118 сімей/осіб")
sj = f("in_difficult_circumstances", "families", 41, "41 сім'ю визнано такими, що перебувають у складних життєвих обставинах", parent=na)
ss = f("served", "families", 34, "Послугу соціального супроводу отримували 34 сім'ї", service="social_support_sjo", alt=["support_ongoing"])
f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
idp = f("served", "families", 9, "з них 9 сімей (29,0 %) – сім'ї внутрішньо переміщених осіб", service="social_support_sjo",
        percent=29.0, category="внутрішньо переміщені особи", parent=ss)
st = f("support_started", "families", 15, "За півріччя під супровід взято 15 сімей", service="social_support_sjo", parent=ss)
sc = f("support_completed", "families", 13, "Завершено надання послуги 13 сім'ям", service="social_support_sjo", parent=ss)
G = "completed_13_by_result"
o1 = f("outcome_positive", "families", 10, "у 10 сім'ях складні життєві обставини подолано", service="social_support_sjo", group=G, parent=sc)
o2 = f("outcome_minimized", "families", 2, "у 2 – мінімізовано", service="social_support_sjo", group=G, parent=sc)
o3 = f("outcome_other", "families", 1, "1 сім'я відмовилася від подальшої співпраці", service="social_support_sjo",
       label="відмова від співпраці", group=G, parent=sc)
fo1 = f("served", "families", 6, "щодо 6 прийомних сімей", service="social_support_foster", label="прийомні сім'ї")
fo2 = f("served", "families", 2, "2 дитячих будинків сімейного типу", service="social_support_foster", label="дитячі будинки сімейного типу")
f("served", "children", 23, "у яких виховуються 23 дитини", service="social_support_foster", note="children of both the 6 foster families and the 2 ДБСТ; no single families row to hang on")
svc = {"Інформування": "informing", "Консультування": "counselling", "Посередництво (медіація)": "mediation",
       "Кризове та екстрене втручання": "crisis_intervention", "Соціальний супровід сімей у СЖО": "social_support_sjo"}
rows = {}
tq = "Разом\t858\t1 946"
tot = (f("served", "families_persons", 858, tq, label="Разом"), f("services_provided", "services", 1946, tq, label="Разом"))
for name, r, s_ in TABLE[1:-1]:
    q = f"{name}\t{r}\t{s_.replace(' ', ' ')}"
    rows[name] = (f("served", "families_persons", int(r), q, service=svc[name], group="table_recipients", parent=tot[0]),
                  f("services_provided", "services", int(s_.replace(" ", "")), q, service=svc[name], group="table_services", parent=tot[1]))
ev = f("events", "events", 14, "Проведено 14 групових заходів")
f("event_participants", "persons", 263, "у яких взяли участь 263 особи", parent=ev)

g.slip("percent_mismatch", "error", "з них 9 сімей (29,0 %) – сім'ї внутрішньо переміщених осіб", 29.0, 26.5, [idp, ss],
       "9 of the 34 families under support is 26,5 %, written 29,0 % (29,0 % would be 9 of 31).",
       f"pct_ok(p{idp[1:]}, {idp}, {ss}, 1)")
g.check("parts_sum", "з них 9 сімей (29,0 %)", "the 9 IDP families are a part of the 34: 9 ≤ 34", f"{idp} <= {ss}")
g.slip("percent_impossible", "error", "з них 9 сімей (29,0 %)", 29.0, "26.5 or 29.4", [idp, ss],
       "GRIM with N = 34 at one decimal: no whole k gives 29,0 % (9 → 26,5 %, 10 → 29,4 %). Same slip as the percent_mismatch.",
       f"grim_ok(p{idp[1:]}, {ss}, 1)")
g.check("parts_sum", "Завершено надання послуги 13 сім'ям:", "10 + 2 + 1 = 13", f"{o1} + {o2} + {o3} == {sc}")
g.check("parts_sum", "За півріччя під супровід взято 15 сімей.", "15 and 13 ≤ 34", f"{st} <= {ss} and {sc} <= {ss}")
g.check("parts_sum", "41 сім'ю визнано такими", "41 ≤ 118 ≤ 126", f"{sj} <= {na} <= {nt}")
g.check("table_arithmetic", tq, "recipients: 512 + 287 + 18 + 7 + 34 = 858", " + ".join(v[0] for v in rows.values()) + f" == {tot[0]}")
g.check("table_arithmetic", tq, "services: 631 + 744 + 41 + 12 + 518 = 1 946", " + ".join(v[1] for v in rows.values()) + f" == {tot[1]}")
g.check("internal_conflict", "Соціальний супровід сімей у СЖО\t34\t518", "the table's 34 agrees with the prose's 34 families under support",
        f"{rows['Соціальний супровід сімей у СЖО'][0]} == {ss}")
g.check("parts_sum", "працює 10 фахівців", "10 ≤ 11", f"{act} <= {pos}")

g.skip("15000, смт Ріпки, вул. Святомиколаївська, 62, тел. (04641) 0-23-57, ЄДРПОУ 44120396", [15000, 62, 4641, 2357, 44120396], "postcode, address, phone, ЄДРПОУ")
g.skip("на території 57 населених пунктів громади", [57], "settlement count")
g.skip("на 30.06.2025", [30, 6, 2025], "date")
g.skip("Середня тривалість супроводу становила 4,5 місяця.", [4.5], "duration")
g.skip("Мобільна бригада здійснила 22 виїзди до віддалених сіл.", [22], "trips (no §3 id)")
g.skip("Порівняно з І півріччям 2024 року кількість сімей під супроводом зросла на 6 (тоді – 28 сімей).", [2024, 6, 28], "prior-year figure and difference")
g.skip("На ІІ півріччя 2025 року заплановано провести ще 12 групових заходів.", [2025, 12], "plan")
g.skip("Сторінка 1", [1], "page footer")
g.skip("Директор Центру (підпис) 04.07.2025", [4, 7, 2025], "signature date")
g.note("the PDF reader runs the header, title and first paragraph together; quotes are taken as printed")
g.note("«Послугу соціального супроводу отримували 34 сім'ї» → served (alt support_ongoing); the table repeats 34 in its СЖО row: two facts (prose vs table)")
g.note("table column «Отримувачів (сімей/осіб)» → unit families_persons; every cell a fact quoted by its row; rows hang on the Разом cell of the same column")
g.note("the 23 children are of the 6 + 2 foster homes together; no parent")
g.write()
