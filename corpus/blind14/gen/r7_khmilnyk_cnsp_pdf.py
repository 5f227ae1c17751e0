"""b14_07: КУ «ЦНСП» Хмільницької міської ради (Вінницька), report for 9 months of 2024, PDF (reportlab)."""
import re
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib import colors
from common import Gold, report_path, read_text

DOC = "b14_07_khmilnyk_cnsp_9m2024.pdf"
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
ST = ParagraphStyle("b", fontName="DV", fontSize=10.5, leading=14, spaceAfter=6)
SH = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=16, spaceAfter=8)

P1 = [
    ("h", "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ХМІЛЬНИЦЬКОЇ МІСЬКОЇ РАДИ"),
    ("p", "22000, Вінницька обл., м. Хмільник, вул. Небесної Сотні, 18, тел. (04338) 0-27-49"),
    ("h", "Звіт про роботу Центру за 9 місяців 2024 року"),
    ("p", "Хмільницька міська територіальна громада налічує близько 41 тис. мешканців. Центр працює відповідно до Положення, затвердженого рішенням міської ради від 18.05.2021 № 412."),
    ("p", "За 9 місяців 2024 року соціальними послугами охоплено 1 947 осіб, яким надано 36 418 послуг. Серед отримувачів 612 внутрішньо переміщених осіб (31,4 %) та 148 осіб з інвалідністю (8,2 %). Розподіл за структурними підрозділами наведено нижче."),
]
TABLE = [
    ["Структурний підрозділ", "Отримувачів", "Надано послуг"],
    ["Відділення соціальної допомоги вдома", "318", "24 905"],
    ["Відділення денного догляду", "74", "5 620"],
    ["Відділення соціальної роботи", "1 295", "4 730"],
    ["Відділення натуральної допомоги", "260", "1 163"],
    ["Разом", "1 947", "36 418"],
]
P2 = [
    ("p", "Соціальний супровід сімей, які перебувають у складних життєвих обставинах, здійснювався щодо 46 сімей (з них 19 – сім’ї ВПО), у яких виховується 98 дітей. Завершено надання послуги 21 сім’ї: у 15 сім’ях складні життєві обставини подолано, у 4 – мінімізовано, 3 сім’ї вибули за межі громади."),
    ("p", "Послугою «соціальне таксі» скористалися 57 осіб, виконано 143 поїздки. Вартість однієї години догляду вдома для платних отримувачів – 74 грн."),
    ("p", "Отримувачам видано гуманітарної допомоги на суму 1,28 млн грн. На телефон «гарячої лінії» Центру надійшло 389 дзвінків."),
]
P3 = [
    ("p", "Касові видатки Центру за 9 місяців звітного року становлять 11 264,8 тис. грн, з них:"),
    ("p", "– на оплату праці (КЕКВ 2111) – 8 902,6 тис. грн;"),
    ("p", "– на нарахування на оплату праці (КЕКВ 2120) – 1 958,6 тис. грн."),
    ("p", "Від надання платних соціальних послуг надійшло 184,7 тис. грн."),
    ("p", "Штатний розпис – 92 посади, фактично працює 86 працівників, вакантними залишаються 6 посад. У вересні проведено анкетування 120 отримувачів; 94,2 % респондентів оцінили якість послуг як «добре». Скарг не надходило."),
    ("p", "На IV квартал заплановано відкриття групи денного догляду для молоді віком від 18 до 35 років на 10 місць."),
    ("p", "Директор КУ «ЦНСП» (підпис) 07.10.2024"),
]


def page_no(canvas, doc):
    canvas.setFont("DV", 8)
    canvas.drawRightString(200 * mm, 10 * mm, f"Сторінка {doc.page} з 2")


def nb(t):
    """Thousands separators as no-break spaces, as office exports write them (keeps «1 958,6» on one line)."""
    t = re.sub(r"(\d) (\d{3})", "\\1\u00a0\\2", t)
    return re.sub(r"(КЕКВ|№|–) (\d)", "\\1\u00a0\\2", t)


def paras(lst):
    return [Paragraph(nb(t), SH if k == "h" else ST) for k, t in lst]


def build(path):
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title="Звіт ЦНСП Хмільник 9 місяців 2024", author="ЦНСП",
                          creator="ЦНСП", invariant=1)
    t = Table(TABLE, colWidths=[95 * mm, 35 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story = paras(P1) + [t, Spacer(1, 6)] + paras(P2) + [PageBreak()] + paras(P3)
    d.build(story, onFirstPage=page_no, onLaterPages=page_no)


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {"centre": "Центр надання соціальних послуг Хмільницької міської ради", "centre_type": "cnsp",
                   "settlement": "Хмільник", "oblast": "Вінницька", "report_kind": "period_report",
                   "period_start": "2024-01-01", "period_end": "2024-09-30"},
             meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Хмільницької міської ради"]})
    s = g.f("served", "persons", 1947, "соціальними послугами охоплено 1 947 осіб")
    sv = g.f("services_provided", "services", 36418, "яким надано 36 418 послуг")
    g.f("served", "persons", 612, "Серед отримувачів 612 внутрішньо переміщених осіб (31,4 %)", percent=31.4, parent=s,
        category="внутрішньо переміщені особи")
    dis = g.f("served", "persons", 148, "148 осіб з інвалідністю (8,2 %)", percent=8.2, parent=s, category="особи з інвалідністю")
    ROW = {r[0]: r for r in TABLE}
    tq = lambda name: "\t".join(ROW[name]) if "\t".join(ROW[name]) in text else " ".join(ROW[name])
    tr = g.f("served", "recipients", 1947, tq("Разом"), unit_alt="persons", label="Разом – отримувачів")
    ts = g.f("services_provided", "services", 36418, tq("Разом"), label="Разом – надано послуг")
    svc = {"Відділення соціальної допомоги вдома": "home_care", "Відділення денного догляду": "day_care",
           "Відділення соціальної роботи": None, "Відділення натуральної допомоги": "natural_aid"}
    for name, r, n in TABLE[1:-1]:
        g.f("served", "recipients", int(r.replace(" ", "")), tq(name), unit_alt="persons", service=svc[name], parent=tr,
            group="table_recipients", label=name)
        g.f("services_provided", "services", int(n.replace(" ", "")), tq(name), service=svc[name], parent=ts,
            group="table_services", label=name)
    ss = g.f("served", "families", 46, "здійснювався щодо 46 сімей", service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "families", 19, "з них 19 – сім'ї ВПО", service="social_support_sjo", parent=ss,
        category="внутрішньо переміщені особи", alt=["support_ongoing"])
    g.f("served", "children", 98, "у яких виховується 98 дітей", service="social_support_sjo", parent=ss, alt=["support_ongoing"])
    c = g.f("support_completed", "families", 21, "Завершено надання послуги 21 сім'ї", service="social_support_sjo")
    o1 = g.f("outcome_positive", "families", 15, "у 15 сім'ях складні життєві обставини подолано", parent=c, group="completed_21_by_outcome")
    o2 = g.f("outcome_minimized", "families", 4, "у 4 – мінімізовано", parent=c, group="completed_21_by_outcome")
    o3 = g.f("outcome_other", "families", 3, "3 сім'ї вибули за межі громади", parent=c, group="completed_21_by_outcome",
             label="вибули за межі громади")
    g.f("served", "persons", 57, "Послугою «соціальне таксі» скористалися 57 осіб", service="social_taxi")
    g.f("aid_value", "uah", 1280000, "видано гуманітарної допомоги на суму 1,28 млн грн", service="natural_aid")
    g.f("calls", "calls", 389, "надійшло 389 дзвінків")
    bs = g.f("budget_spent", "uah", 11264800, "Касові видатки Центру за 9 місяців звітного року становлять 11 264,8 тис. грн")
    g.f("budget_spent", "uah", 8902600, "на оплату праці (КЕКВ 2111) – 8 902,6 тис. грн", kekv="2111", parent=bs)
    g.f("budget_spent", "uah", 1958600, "нарахування на оплату праці (КЕКВ 2120) – 1 958,6 тис. грн", kekv="2120", parent=bs)
    g.f("budget_received", "uah", 184700, "Від надання платних соціальних послуг надійшло 184,7 тис. грн", label="платні соціальні послуги")
    g.f("staff_positions", "positions", 92, "Штатний розпис – 92 посади")
    g.f("staff_actual", "staff", 86, "фактично працює 86 працівників", unit_alt="persons")
    g.f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів", unit_alt="persons")
    g.f("satisfaction", "percent", 94.2, "94,2 % респондентів оцінили якість послуг як «добре»",
        alt=["share"])
    g.f("complaints", "complaints", 0, "Скарг не надходило")

    g.slip("percent_mismatch", "error", "148 осіб з інвалідністю (8,2 %)", 8.2, 7.6, [dis, s],
           "148 of 1 947 recipients is 7,60 %, written 8,2 %")
    g.slip("parts_sum", "error", "Завершено надання послуги 21 сім'ї: у 15 сім'ях складні життєві обставини подолано, у 4 – мінімізовано, 3 сім'ї вибули за межі громади",
           21, 22, [c, o1, o2, o3], "15 + 4 + 3 = 22, total says 21 (one extra)")
    g.check("percent_mismatch", "Серед отримувачів 612 внутрішньо переміщених осіб (31,4 %)", "612/1 947 = 31,43 % → 31,4")
    g.check("table_arithmetic", tq("Разом"), "318 + 74 + 1 295 + 260 = 1 947; 24 905 + 5 620 + 4 730 + 1 163 = 36 418; equal to prose")
    g.check("parts_sum", "Касові видатки Центру за 9 місяців звітного року становлять 11 264,8 тис. грн", "8 902,6 + 1 958,6 = 10 861,2 ≤ 11 264,8 («з них», not exhaustive)")
    g.check("percent_impossible", "94,2 % респондентів оцінили якість послуг як «добре»", "113/120 = 94,17 % → 94,2: possible")
    g.check("parts_sum", "фактично працює 86 працівників", "86 + 6 vacant = 92 positions")
    g.skip("22000, Вінницька обл., м. Хмільник, вул. Небесної Сотні, 18, тел. (04338) 0-27-49", [22000, 18, 4338, 2749], "postcode, address, phone")
    g.skip("налічує близько 41 тис. мешканців", [41000], "population")
    g.skip("від 18.05.2021 № 412", [18, 5, 2021, 412], "decision date and number")
    g.skip("виконано 143 поїздки", [143], "trips, no §3 id")
    g.skip("Вартість однієї години догляду вдома для платних отримувачів – 74 грн", [74], "price per hour")
    g.skip("вакантними залишаються 6 посад", [6], "vacancies, no §3 id")
    g.skip("На IV квартал заплановано відкриття групи денного догляду для молоді віком від 18 до 35 років на 10 місць", [18, 35, 10], "plan, ages, capacity")
    g.skip("07.10.2024", [7, 10, 2024], "signature date")
    g.skip("КЕКВ 2111", [2111, 2120], "KEKV codes (set on the money facts as kekv)")
    g.note("Table «Отримувачів» is recipients (unit_alt persons); rows hang on «Разом». The «Відділення соціальної роботи» row has no single service.")
    g.note("Prose totals 1 947 and 36 418 and the table «Разом» are separate facts.")
    g.note("«94,2 % респондентів оцінили якість послуг як «добре»» is satisfaction (alt share).")
    g.skip("Сторінка 1 з 2", [1, 2], "page number (page footer)")
    g.note("KEKV 2111/2120 amounts are parts of the total spent («з них»), parent only, not a partition.")
    g.write()


if __name__ == "__main__":
    main()
