"""b30_03: КУ «ЦНСП» Прилуцької міської ради (Чернігівська), information for 9 months of 2024.
reportlab PDF: prose in the third person and a table by department (Отримувачів / у т. ч. особи з
інвалідністю / Надано послуг). Page footer. Planted slip: the «Надано послуг» column sums to 37 479
but Разом says 37 497 (transposed digits; table_arithmetic)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b30_03_pryluky_cnsp_9m2024.pdf"
A = "\u2019"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Прилуцької міської ради",
    "17500, Чернігівська обл., м. Прилуки, вул. Незалежності, 64, тел. (04637) 0-31-84, код ЄДРПОУ 43975216",
]
TITLE = "ІНФОРМАЦІЯ про результати діяльності КУ «Центр надання соціальних послуг» Прилуцької міської ради за 9 місяців 2024 року"
BEFORE = [
    "Комунальна установа «Центр надання соціальних послуг» Прилуцької міської ради (далі – Центр) діє на підставі Статуту, затвердженого рішенням 41 сесії 8 скликання Прилуцької міської ради від 28.09.2023 № 12. До структури Центру входять 5 відділень.",
    "За 9 місяців 2024 року до Центру надійшло 1 218 звернень. Оцінювання індивідуальних потреб проведено 356 особам. Центр надав соціальні послуги 1 464 особам (за 9 місяців 2023 року – 1 311 особам), з них 203 внутрішньо переміщеним особам та 87 особам з числа ветеранів війни та членів їхніх сімей.",
    "Розподіл отримувачів і наданих послуг за відділеннями наведено в таблиці.",
]
TABLE = [
    ["Відділення", "Отримувачів, осіб", "у т. ч. особи з інвалідністю", "Надано послуг"],
    ["Відділення соціальної допомоги вдома", "312", "147", "24 860"],
    ["Відділення денного догляду", "96", "58", "5 112"],
    ["Відділення соціальної роботи з сім" + A + "ями з дітьми", "428", "31", "3 947"],
    ["Відділення натуральної допомоги", "587", "164", "1 174"],
    ["Відділення соціальної реабілітації дітей з інвалідністю", "41", "41", "2 386"],
    ["Разом", "1 464", "441", "37 497"],
]
AFTER = [
    "Середній вік отримувачів послуги догляду вдома – 78 років. Вартість однієї години догляду вдома для отримувачів, які сплачують за послугу, становить 96,40 грн.",
    f"Під соціальним супроводом перебувало 38 сімей, в яких виховується 81 дитина; з них 14 сімей взято під супровід за звітний період. Завершено супровід 12 сімей: у 9 сім{A}ях – з позитивним результатом, у 3 – у зв{A}язку з відмовою від послуги.",
    "Відділенням натуральної допомоги видано 1 236 продуктових наборів і 318 комплектів зимового одягу; загальна вартість наданої допомоги – 2 147,8 тис. грн. У черзі на влаштування до відділення денного догляду перебуває 7 осіб.",
    "Фахівці Центру провели 64 групові заходи для 893 учасників (заняття груп взаємопідтримки, клуби, інформаційні зустрічі).",
    "Штатний розпис Центру – 71 посада, працює 66 працівників, вакантними залишаються 5 посад. 12 працівників пройшли навчання за програмою підвищення кваліфікації.",
    "Директор Центру",
]


def _build(path, total_pages):
    register_fonts()
    body = ParagraphStyle("b", fontName="DSerif", fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6)
    head = ParagraphStyle("h", fontName="DSerif", fontSize=9.5, leading=12, alignment=TA_CENTER)
    title = ParagraphStyle("t", fontName="DSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceBefore=8, spaceAfter=8)
    cell = ParagraphStyle("c", fontName="DSerif", fontSize=10, leading=12)

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("DSans", 8)
        canv.drawCentredString(A4[0] / 2, 20, f"Сторінка {doc.page} з {total_pages}")
        canv.restoreState()

    story = [Paragraph(h, head) for h in HEAD] + [Paragraph(TITLE, title)]
    story += [Paragraph(p, body) for p in BEFORE]
    data = [[Paragraph(r[0], cell)] + [Paragraph(c, cell) for c in r[1:]] for r in TABLE]
    tb = Table(data, colWidths=[220, 80, 100, 80])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tb, Spacer(1, 8)]
    story += [Paragraph(p, body) for p in AFTER]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=60, rightMargin=45, topMargin=45, bottomMargin=45,
                            title="Інформація за 9 місяців 2024 року", author="ЦНСП Прилуцької міської ради")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return doc.page


def build():
    path = report_path(DOC)
    n = _build(path, 1)
    if n != 1:
        _build(path, n)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Прилуцької міської ради",
        "centre_type": "cnsp", "settlement": "Прилуки", "oblast": "Чернігівська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-09-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Прилуцької міської ради",
                    "КУ «Центр надання соціальних послуг» Прилуцької міської ради"]})
    f = g.f
    ap = f("applied", "applications", 1218, "до Центру надійшло 1 218 звернень")
    na = f("needs_assessed", "persons", 356, "Оцінювання індивідуальних потреб проведено 356 особам")
    sv = f("served", "persons", 1464, "Центр надав соціальні послуги 1 464 особам")
    v1 = f("served", "persons", 203, "з них 203 внутрішньо переміщеним особам", category="внутрішньо переміщені особи", parent=sv)
    v2 = f("served", "persons", 87, "87 особам з числа ветеранів війни та членів їхніх сімей", category="ветерани війни та члени їхніх сімей", parent=sv)
    tq = "Разом\t1 464\t441\t37 497"
    T1 = f("served", "persons", 1464, tq, label="Разом (таблиця)")
    T2 = f("served", "persons", 441, tq, category="особи з інвалідністю", label="Разом (таблиця)", parent=T1)
    T3 = f("services_provided", "services", 37497, tq, label="Разом (таблиця)")
    rows = [
        ("Відділення соціальної допомоги вдома\t312\t147\t24 860", "відділення соціальної допомоги вдома", "home_care", 312, 147, 24860),
        ("Відділення денного догляду\t96\t58\t5 112", "відділення денного догляду", "day_care", 96, 58, 5112),
        ("Відділення соціальної роботи з сім'ями з дітьми\t428\t31\t3 947", "відділення соціальної роботи з сім'ями з дітьми", None, 428, 31, 3947),
        ("Відділення натуральної допомоги\t587\t164\t1 174", "відділення натуральної допомоги", "natural_aid", 587, 164, 1174),
        ("Відділення соціальної реабілітації дітей з інвалідністю\t41\t41\t2 386", "відділення соціальної реабілітації дітей з інвалідністю", None, 41, 41, 2386),
    ]
    c1, c2, c3 = [], [], []
    for q, dist, svc, a, b, c in rows:
        c1.append(f("served", "persons", a, q, service=svc, district=dist, group="table_recipients_by_department", parent=T1))
        c2.append(f("served", "persons", b, q, service=svc, district=dist, category="особи з інвалідністю", group="table_disabled_by_department", parent=T2))
        c3.append(f("services_provided", "services", c, q, service=svc, district=dist, group="table_services_by_department", parent=T3))
    s1 = f("served", "families", 38, "Під соціальним супроводом перебувало 38 сімей", service="social_support_sjo", alt=["support_ongoing"])
    s2 = f("served", "children", 81, "в яких виховується 81 дитина", service="social_support_sjo", alt=["support_ongoing"], parent=s1)
    s3 = f("support_started", "families", 14, "з них 14 сімей взято під супровід за звітний період", service="social_support_sjo", parent=s1)
    s4 = f("support_completed", "families", 12, "Завершено супровід 12 сімей", service="social_support_sjo", parent=s1)
    s5 = f("outcome_positive", "families", 9, "у 9 сім'ях – з позитивним результатом", service="social_support_sjo", group="completed_12_by_outcome", parent=s4)
    s6 = f("outcome_other", "families", 3, "у 3 – у зв'язку з відмовою від послуги", service="social_support_sjo", label="відмова від послуги", group="completed_12_by_outcome", parent=s4)
    av = f("aid_value", "uah", 2147800, "загальна вартість наданої допомоги – 2 147,8 тис. грн", service="natural_aid")
    e1 = f("events", "events", 64, "Фахівці Центру провели 64 групові заходи")
    e2 = f("event_participants", "persons", 893, "для 893 учасників", parent=e1)
    p1 = f("staff_positions", "positions", 71, "Штатний розпис Центру – 71 посада")
    p2 = f("staff_actual", "staff", 66, "працює 66 працівників")
    p3 = f("staff_trained", "staff", 12, "12 працівників пройшли навчання за програмою підвищення кваліфікації")
    g.check("table_arithmetic", tq, "recipients 312 + 96 + 428 + 587 + 41 = 1 464", " + ".join(c1) + f" == {T1}")
    g.check("table_arithmetic", tq, "persons with disabilities 147 + 58 + 31 + 164 + 41 = 441", " + ".join(c2) + f" == {T2}")
    g.check("table_arithmetic", "Відділення соціальної допомоги вдома\t312\t147\t24 860", "each row: persons with disabilities ≤ recipients", " and ".join(f"{b} <= {a}" for a, b in zip(c1, c2)))
    g.check("internal_conflict", "Центр надав соціальні послуги 1 464 особам", "prose 1 464 = table Разом", f"{sv} == {T1}")
    g.check("parts_sum", "з них 203 внутрішньо переміщеним особам", "203 ≤ 1 464 and 87 ≤ 1 464 (overlapping categories)", f"{v1} <= {sv} and {v2} <= {sv}")
    g.check("parts_sum", "Завершено супровід 12 сімей", "9 + 3 = 12; 14 taken and 12 completed ≤ 38", f"{s5} + {s6} == {s4} and {s3} <= {s1} and {s4} <= {s1}")
    g.check("parts_sum", "Штатний розпис Центру – 71 посада, працює 66 працівників, вакантними залишаються 5 посад", "66 working + 5 vacant = 71 positions (vacancies used as a literal); 12 trained ≤ 66", f"{p2} + 5 == {p1} and {p3} <= {p2}")
    g.check("parts_sum", "Оцінювання індивідуальних потреб проведено 356 особам", "356 ≤ 1 464", f"{na} <= {sv}")
    g.slip("table_arithmetic", "error", tq, 37497, 37479, c3 + [T3],
           "the «Надано послуг» column: 24 860 + 5 112 + 3 947 + 1 174 + 2 386 = 37 479, but Разом says 37 497 (the last two digits swapped)",
           " + ".join(c3) + f" == {T3}", slip=1)
    g.skip("17500, Чернігівська обл., м. Прилуки, вул. Незалежності, 64, тел. (04637) 0-31-84, код ЄДРПОУ 43975216", [17500, 64, 4637, 31, 84, 43975216], "postcode, address, phone, ЄДРПОУ")
    g.skip("рішенням 41 сесії 8 скликання Прилуцької міської ради від 28.09.2023 № 12", [41, 8, 28, 9, 2023, 12], "session, convocation, decision date and number")
    g.skip("До структури Центру входять 5 відділень.", [5], "number of departments")
    g.skip("(за 9 місяців 2023 року – 1 311 особам)", [9, 2023, 1311], "prior-year figure")
    g.skip("Середній вік отримувачів послуги догляду вдома – 78 років.", [78], "age")
    g.skip("становить 96,40 грн", [96.4], "tariff")
    g.skip("видано 1 236 продуктових наборів і 318 комплектів зимового одягу", [1236, 318], "items")
    g.skip("У черзі на влаштування до відділення денного догляду перебуває 7 осіб.", [7], "queue: no §3 id")
    g.skip("вакантними залишаються 5 посад", [5], "vacancies: no §3 id (used as a literal in a check)")
    g.skip("Сторінка 1 з", [1], "page footer")
    g.note("the total row of the table repeats the prose 1 464 → two facts; every cell of the table is a fact quoted by its row, hanging on the Разом cell of its column")
    g.note("departments without a clear service id (соціальна робота з сім'ями, реабілітація дітей з інвалідністю) carry only `district`")
    g.note("«надійшло 1 218 звернень» → applied, unit applications")
    g.note("the slip is only in the services column; the prose does not repeat the services total, so there is no internal_conflict")
    g.write()


if __name__ == "__main__":
    build()
    gold()
