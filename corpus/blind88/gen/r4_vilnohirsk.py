"""b88_04: ТЦСО Вільногірської міської ради (Дніпропетровська), information for H1 2025.
reportlab PDF (DejaVu fonts), third person, a department table, page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b88_04_vilnohirsk_tcso_h1_2025.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

PARAS_A = [
    ("small", "51700, Дніпропетровська обл., м. Вільногірськ, вул. Молодіжна, 3а; тел. (05653) 0-24-81"),
    ("title", "ІНФОРМАЦІЯ<br/>про діяльність територіального центру соціального обслуговування (надання соціальних послуг) Вільногірської міської ради за І півріччя 2025 року"),
    ("p", "Територіальний центр діє відповідно до Положення, затвердженого рішенням міської ради від 19.03.2021 № 214-7/VIII. Громада налічує 4 населені пункти та 25,9 тис. мешканців, з них понад 7 тис. – пенсіонери."),
    ("p", "За звітний період територіальним центром обслуговано 1 318 осіб, з них 287 – з числа внутрішньо переміщених осіб, 402 – особи з інвалідністю. Надано 48 915 соціальних послуг. Розподіл за структурними підрозділами наведено в таблиці 1."),
    ("cap", "Таблиця 1"),
]
TABLE = [
    ["Структурний підрозділ", "Обслуговано осіб", "Надано послуг"],
    ["Відділення соціальної допомоги вдома", "296", "29 870"],
    ["Відділення денного перебування", "214", "7 405"],
    ["Відділення соціальної роботи", "561", "6 118"],
    ["Відділення натуральної допомоги", "247", "5 252"],
    ["Разом", "1 318", "48 915"],
]
PARAS_B = [
    ("p", "У відділенні соціальної допомоги вдома на обслуговуванні перебуває 296 осіб, з них 41 особа обслуговується на платній основі (тариф – 74,80 грн за годину). За півріччя взято на обслуговування 38 осіб, знято з обслуговування 29 осіб."),
    ("p", "Послугу денного догляду у відділенні денного перебування отримали 63 особи, послугу соціальної адаптації – 151 особа. Проведено 57 групових занять і заходів, у яких взяли участь 1 092 особи. Гуртки працюють з 9:00 до 13:00."),
    ("p", "Натуральну допомогу отримали 247 осіб на загальну суму 638,2 тис. грн (видано 1 960 продуктових наборів і 214 комплектів постільної білизни)."),
    ("p", "Штатна чисельність центру – 52 посади, фактично працює 47 працівників, з них 26 соціальних робітників. Протягом півріччя 11 працівників пройшли навчання на курсах підвищення кваліфікації."),
    ("p", "Касові видатки загального фонду за І півріччя склали 8 914,3 тис. грн при плані на півріччя 9 102,0 тис. грн (97,9 %). Від надання платних соціальних послуг до спеціального фонду надійшло 176,4 тис. грн."),
    ("p", "Скарг на роботу територіального центру не надходило. Порівняно з І півріччям 2024 року кількість обслугованих зросла на 96 осіб."),
    ("p", "Директор територіального центру                                    (підпис)"),
    ("small", "Вих. № 01-12/388 від 08.07.2025"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DV", 8)
    canvas.drawCentredString(A4[0] / 2, 20, "Сторінка 1 з 1")
    canvas.restoreState()


def build(path):
    pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", DV + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", DV + "DejaVuSerif.ttf"))
    styles = {
        "p": ParagraphStyle("p", fontName="DVS", fontSize=10.5, leading=14, firstLineIndent=20, spaceAfter=6),
        "title": ParagraphStyle("t", fontName="DVB", fontSize=11.5, leading=15, alignment=1, spaceAfter=10),
        "small": ParagraphStyle("s", fontName="DV", fontSize=8, leading=10, spaceAfter=8),
        "cap": ParagraphStyle("c", fontName="DV", fontSize=9, leading=11, alignment=2),
    }
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=60, rightMargin=50,
                            title="Інформація ТЦСО", author="ТЦСО Вільногірськ")
    fl = [Paragraph(t, styles[k]) for k, t in PARAS_A]
    tbl = Table(TABLE, colWidths=[250, 100, 100])
    tbl.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                             ("FONTNAME", (0, 0), (-1, 0), "DVB"), ("FONTNAME", (0, -1), (-1, -1), "DVB"),
                             ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    fl += [tbl, Spacer(1, 10)]
    fl += [Paragraph(t, styles[k]) for k, t in PARAS_B]
    doc.build(fl, onFirstPage=footer, onLaterPages=footer)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Вільногірської міської ради",
        "centre_type": "tcso", "settlement": "Вільногірськ", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Вільногірської міської ради"]})
    f = g.f
    s = f("served", "persons", 1318, "територіальним центром обслуговано 1 318 осіб")
    f("served", "persons", 287, "287 – з числа внутрішньо переміщених осіб", category="внутрішньо переміщені особи",
      parent=s)
    f("served", "persons", 402, "402 – особи з інвалідністю", category="особи з інвалідністю", parent=s)
    sv = f("services_provided", "services", 48915, "Надано 48 915 соціальних послуг")
    ts = f("served", "persons", 1318, "Разом\t1 318\t48 915", label="Разом")
    tv = f("services_provided", "services", 48915, "Разом\t1 318\t48 915", label="Разом")
    dep = [("Відділення соціальної допомоги вдома", "home_care"), ("Відділення денного перебування", None),
           ("Відділення соціальної роботи", None), ("Відділення натуральної допомоги", "natural_aid")]
    srow, vrow = [], []
    for (name, svc), row in zip(dep, TABLE[1:5]):
        q = "\t".join(row)
        srow.append(f("served", "persons", int(row[1].replace(" ", "")), q, service=svc, district=name,
                      group="served_1318_by_department", parent=ts))
        vrow.append(f("services_provided", "services", int(row[2].replace(" ", "")), q, service=svc, district=name,
                      group="services_48915_by_department", parent=tv))
    hc = f("served", "persons", 296, "на обслуговуванні перебуває 296 осіб", service="home_care")
    f("served", "persons", 41, "з них 41 особа обслуговується на платній основі", service="home_care",
      label="на платній основі", parent=hc)
    f("served", "persons", 38, "взято на обслуговування 38 осіб", service="home_care", label="взято на обслуговування",
      alt=["registered_new", "support_started"])
    f("deregistered", "persons", 29, "знято з обслуговування 29 осіб", service="home_care")
    dc = f("served", "persons", 63, "Послугу денного догляду у відділенні денного перебування отримали 63 особи",
           service="day_care")
    sa_ = f("served", "persons", 151, "послугу соціальної адаптації – 151 особа", service="social_adaptation")
    e = f("events", "events", 57, "Проведено 57 групових занять і заходів")
    f("event_participants", "persons", 1092, "у яких взяли участь 1 092 особи", parent=e)
    na = f("served", "persons", 247, "Натуральну допомогу отримали 247 осіб", service="natural_aid")
    f("aid_value", "uah", 638200, "на загальну суму 638,2 тис. грн", service="natural_aid")
    sp = f("staff_positions", "positions", 52, "Штатна чисельність центру – 52 посади")
    sa = f("staff_actual", "staff", 47, "фактично працює 47 працівників")
    sw = f("staff_actual", "staff", 26, "з них 26 соціальних робітників", label="соціальні робітники", parent=sa)
    f("staff_trained", "staff", 11, "11 працівників пройшли навчання")
    bs = f("budget_spent", "uah", 8914300, "Касові видатки загального фонду за І півріччя склали 8 914,3 тис. грн при плані на півріччя 9 102,0 тис. грн (97,9 %)",
           percent=97.9, label="загальний фонд")
    ba = f("budget_approved", "uah", 9102000, "при плані на півріччя 9 102,0 тис. грн", label="загальний фонд, план на півріччя")
    f("budget_received", "uah", 176400, "до спеціального фонду надійшло 176,4 тис. грн",
      label="спеціальний фонд, платні соціальні послуги")
    f("complaints", "complaints", 0, "Скарг на роботу територіального центру не надходило.")

    g.slip("table_arithmetic", "error", "Разом\t1 318\t48 915", 48915, 48645, vrow + [tv],
           "the «Надано послуг» column sums to 29 870 + 7 405 + 6 118 + 5 252 = 48 645, but Разом (and the prose) "
           "say 48 915: 270 missing (5 522 written as 5 252?)",
           " + ".join(vrow) + f" == {tv}")
    g.check("table_arithmetic", "Разом\t1 318\t48 915", "296 + 214 + 561 + 247 = 1 318", " + ".join(srow) + f" == {ts}")
    g.check("internal_conflict", "територіальним центром обслуговано 1 318 осіб",
            "prose and table agree: 1 318 served, 48 915 services, 296 home care, 247 natural aid",
            f"{s} == {ts} and {sv} == {tv} and {hc} == {srow[0]} and {na} == {srow[3]}")
    g.check("parts_sum", "отримали 63 особи, послугу соціальної адаптації – 151 особа",
            "63 day care + 151 social adaptation = 214 in the day-care department row", f"{dc} + {sa_} == {srow[1]}")
    g.check("percent_mismatch", "8 914,3 тис. грн при плані на півріччя 9 102,0 тис. грн (97,9 %)",
            "8 914,3 / 9 102,0 = 97,94 % → 97,9", f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")
    g.check("parts_sum", "фактично працює 47 працівників, з них 26 соціальних робітників", "26 ≤ 47 ≤ 52",
            f"{sw} <= {sa} <= {sp}")

    sk = g.skip
    sk("51700, Дніпропетровська обл., м. Вільногірськ, вул. Молодіжна, 3а; тел. (05653) 0-24-81",
       [51700, 3, 5653, 2481], "postcode, address, phone")
    sk("за І півріччя 2025 року", [2025], "period in the title")
    sk("рішенням міської ради від 19.03.2021 № 214-7/VIII", [19, 3, 2021, 214, 7], "decision date and number")
    sk("Громада налічує 4 населені пункти та 25,9 тис. мешканців, з них понад 7 тис. – пенсіонери",
       [4, 25900, 7000], "settlement count, population")
    sk("Таблиця 1", [1], "table number")
    sk("наведено в таблиці 1", [1], "table number")
    sk("(тариф – 74,80 грн за годину)", [74.8], "tariff")
    sk("Гуртки працюють з 9:00 до 13:00", [9, 0, 13, 0], "hours")
    sk("видано 1 960 продуктових наборів і 214 комплектів постільної білизни", [1960, 214], "items handed out")
    sk("Порівняно з І півріччям 2024 року кількість обслугованих зросла на 96 осіб", [2024, 96],
       "prior period, difference")
    sk("Вих. № 01-12/388 від 08.07.2025", [1, 12, 388, 8, 7, 2025], "outgoing number and date")
    g.note("table 1: each department row gives served (persons) and services_provided, hanging on the Разом cell of "
           "its column; department in district; home care and natural aid rows carry their service. Prose repeats "
           "(1 318, 48 915, 296, 247) are separate facts")
    g.note("«при плані на півріччя 9 102,0 тис. грн» → budget_approved (the half-year plan); the 97,9 % is the percent "
           "of the spending fact")
    g.note("the page footer «Сторінка 1 з 1» is dropped by the reader")
    g.note("the social-work department (mobile team) row carries no service: its services are mixed")
    g.write()


if __name__ == "__main__":
    main()
