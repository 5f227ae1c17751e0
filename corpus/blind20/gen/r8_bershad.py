"""b20_08: **Caseload report per village** (звіт про навантаження фахівців із соціальної роботи в розрізі
населених пунктів) of the Центр соціальних служб Бершадської міської ради (Вінницька) for H1 2025.
reportlab PDF, landscape: a wide table with one row per settlement, the social worker assigned
(by code, not by name), population, families in СЖО on the register, under support, children,
needs assessments; header spanning two rows; prose before and after.
Planted slip: the children column sums to 64, the «Разом» cell says 68 — table_arithmetic.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, register_fonts, report_path

DOC = "b20_08_bershad_css_caseload_h1_2025.pdf"
NB = "\u00a0"

HEAD = "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ БЕРШАДСЬКОЇ МІСЬКОЇ РАДИ ВІННИЦЬКОЇ ОБЛАСТІ"
ADDR = ("24400, м. Бершадь, вул. Героїв України, 8; тел. (04352) 0-14-63; "
        "css.bershad@example.ua")
TITLE = ("ЗВІТ<br/>про навантаження фахівців із соціальної роботи в розрізі населених пунктів "
         "за І півріччя 2025 року")

INTRO = ("Станом на 30.06.2025 у Центрі працює 5 фахівців із соціальної роботи (за штатом – 6), кожен "
         "закріплений за одним або кількома населеними пунктами громади. Нормативне навантаження – не більше "
         "10 сімей під соціальним супроводом на одного фахівця.")

H1 = ["№", "Населений пункт", "Закріплений фахівець", "Мешканців, осіб",
      "Сім'ї у СЖО станом на 30.06.2025", "", "", "Оцінено потреб за І півріччя, сімей"]
H2 = ["", "", "", "", "на обліку, сімей", "з них під супроводом, сімей", "дітей у сім'ях під супроводом", ""]
ROWS = [
    ("1", "м. Бершадь", "ФСР-1, ФСР-2", f"12{NB}140", 17, 11, 26, 21),
    ("2", "с. Баланівка", "ФСР-3", f"1{NB}870", 4, 2, 5, 4),
    ("3", "с. Війтівка", "ФСР-3", f"2{NB}310", 5, 3, 8, 6),
    ("4", "с. Джулинка", "ФСР-4", f"1{NB}450", 3, 2, 4, 3),
    ("5", "с. Устя", "ФСР-4", f"1{NB}980", 4, 3, 7, 5),
    ("6", "с. Флорине", "ФСР-5", f"1{NB}620", 3, 1, 3, 3),
    ("7", "с. Осіївка", "ФСР-5", f"1{NB}190", 2, 1, 2, 2),
    ("8", "с. Шляхова", "ФСР-3", f"2{NB}050", 5, 3, 9, 5),
]
TOTAL = ("", "Разом", "5 фахівців", f"24{NB}610", 43, 26, 68, 49)

OUTRO = [
    "За півріччя до Центру надійшло 27 повідомлень про сім'ї, які можуть перебувати у складних життєвих "
    "обставинах; оцінку потреб проведено 49 сім'ям (див. таблицю).",
    "Серед сімей, які перебувають на обліку, 12 – сім'ї внутрішньо переміщених осіб, 9 – сім'ї, де батьки "
    "зловживають алкоголем, 6 – сім'ї, які виховують дітей з інвалідністю. Сім'ї з віддалених сіл фахівці "
    "відвідують разом зі старостами; інформацію про нові випадки старости передають до Центру протягом доби.",
    "Крім супроводу, фахівці надавали послугу консультування: її отримали 118 осіб, надано 312 консультацій, "
    "переважно з питань оформлення допомог і влаштування дітей до закладів освіти.",
    "Взято під соціальний супровід 14 сім., завершено – 11: з них 8 з позитивним результатом, 3 – у зв'язку "
    "зі зміною місця проживання.",
    "Найбільше навантаження – у ФСР-3 (Баланівка, Війтівка, Шляхова): 8 сімей під супроводом; середнє по "
    "Центру – 5,2 сім'ї на фахівця. Фахівці здійснили 212 виїздів у сім'ї, подолавши понад 3 тис. км.",
    "Проведено 6 групових заходів (батьківські збори, профілактичні лекції в школах), якими охоплено 143 особи.",
    "Пропозиція: ввести до 01.01.2026 шосту посаду фахівця для сіл Флорине, Осіївка та Джулинка.",
    "Директор Центру (підпис)",
]


def build():
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=6, alignment=4)
    head = ParagraphStyle("h", fontName="LSerif-B", fontSize=11, leading=14, alignment=1)
    addr = ParagraphStyle("a", fontName="LSerif", fontSize=9.5, leading=12, alignment=1, spaceAfter=8)
    title = ParagraphStyle("t", fontName="LSerif-B", fontSize=12.5, leading=16, alignment=1, spaceAfter=8)
    cell = ParagraphStyle("c", fontName="LSans", fontSize=9, leading=11)
    doc = SimpleDocTemplate(report_path(DOC), pagesize=landscape(A4), invariant=1, leftMargin=18 * mm,
                            rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title="Навантаження фахівців із соціальної роботи", author="ЦСС Бершадської міської ради")
    story = [Paragraph(HEAD, head), Paragraph(ADDR, addr), Paragraph(TITLE, title), Paragraph(INTRO, body),
             Spacer(1, 4)]
    data = [H1, H2] + [list(map(str, r)) for r in ROWS] + [list(map(str, TOTAL))]
    data = [[Paragraph(c, cell) for c in row] for row in data]
    t = Table(data, colWidths=[10 * mm, 38 * mm, 34 * mm, 26 * mm, 28 * mm, 34 * mm, 36 * mm, 40 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (4, 0), (6, 0)),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (3, 1)), ("SPAN", (7, 0), (7, 1)),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#eeeeee")),
    ]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, body) for p in OUTRO]
    doc.build(story)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Бершадської міської ради",
        "centre_type": "css",
        "settlement": "Бершадь",
        "oblast": "Вінницька",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
    }, meta_alt={"report_kind": ["other"]})
    S = "social_support_sjo"

    def v(fid):
        return "f" + fid[1:]

    sw = g.f("staff_actual", "staff", 5, "у Центрі працює 5 фахівців із соціальної роботи",
             label="фахівці із соціальної роботи")
    sp = g.f("staff_positions", "positions", 6, "(за штатом – 6)", label="фахівці із соціальної роботи")

    def rq(r):
        return "\t".join(str(x) for x in r).replace(NB, " ")

    tq = rq(TOTAL)
    T = {
        "reg": g.f("registered", "families", 43, tq, label="Разом"),
        "sup": g.f("served", "families", 26, tq, label="Разом", service=S, alt=["support_ongoing"]),
    }
    T["ch"] = g.f("served", "children", 68, tq, label="Разом", service=S, alt=["support_ongoing"], parent=T["sup"])
    T["nd"] = g.f("needs_assessed", "families", 49, tq, label="Разом")
    C = {k: [] for k in T}
    for r in ROWS:
        q = rq(r)
        place = r[1]
        C["reg"].append(g.f("registered", "families", r[4], q, district=place, group="registered_by_settlement",
                            parent=T["reg"]))
        C["sup"].append(g.f("served", "families", r[5], q, district=place, service=S, alt=["support_ongoing"],
                            group="under_support_by_settlement", parent=T["sup"]))
        C["ch"].append(g.f("served", "children", r[6], q, district=place, service=S, alt=["support_ongoing"],
                           group="children_under_support_by_settlement", parent=T["ch"]))
        C["nd"].append(g.f("needs_assessed", "families", r[7], q, district=place, group="needs_by_settlement",
                           parent=T["nd"]))
    nt = g.f("notified", "families", 27, "надійшло 27 повідомлень про сім'ї")
    nd2 = g.f("needs_assessed", "families", 49, "оцінку потреб проведено 49 сім'ям (див. таблицю)",
              note="the table total written again in prose: a second fact")
    cats = []
    for q, n, cat in (("12 – сім'ї внутрішньо переміщених осіб", 12, "сім'ї внутрішньо переміщених осіб"),
                      ("9 – сім'ї, де батьки зловживають алкоголем", 9, "сім'ї, де батьки зловживають алкоголем"),
                      ("6 – сім'ї, які виховують дітей з інвалідністю", 6, "сім'ї, які виховують дітей з інвалідністю")):
        cats.append(g.f("registered", "families", n, q, category=cat, parent=T["reg"]))
    cs = g.f("served", "persons", 118, "її отримали 118 осіб", service="counselling")
    g.f("services_provided", "services", 312, "надано 312 консультацій", service="counselling", parent=cs)
    st = g.f("support_started", "families", 14, "Взято під соціальний супровід 14 сім.", service=S)
    cm = g.f("support_completed", "families", 11, "завершено – 11", service=S)
    o1 = g.f("outcome_positive", "families", 8, "з них 8 з позитивним результатом", service=S,
             group="completed_11_by_outcome", parent=cm)
    o2 = g.f("outcome_other", "families", 3, "3 – у зв'язку зі зміною місця проживання", service=S,
             label="зміна місця проживання", group="completed_11_by_outcome", parent=cm)
    ev = g.f("events", "events", 6, "Проведено 6 групових заходів")
    g.f("event_participants", "persons", 143, "якими охоплено 143 особи", parent=ev)

    def colsum(k):
        return " + ".join(v(x) for x in C[k])

    g.slip("table_arithmetic", "error", tq, 68, 64, [T["ch"]] + C["ch"],
           "children column: 26 + 5 + 8 + 4 + 7 + 3 + 2 + 9 = 64, the «Разом» cell says 68",
           f"{colsum('ch')} == {v(T['ch'])}")
    g.check("table_arithmetic", tq, "registered: 17 + 4 + 5 + 3 + 4 + 3 + 2 + 5 = 43", f"{colsum('reg')} == {v(T['reg'])}")
    g.check("table_arithmetic", tq, "under support: 11 + 2 + 3 + 2 + 3 + 1 + 1 + 3 = 26",
            f"{colsum('sup')} == {v(T['sup'])}")
    g.check("table_arithmetic", tq, "needs assessed: 21 + 4 + 6 + 3 + 5 + 3 + 2 + 5 = 49",
            f"{colsum('nd')} == {v(T['nd'])}")
    g.check("table_arithmetic", tq, "population column (skipped as facts): 12 140 + 1 870 + 2 310 + 1 450 + 1 980 + "
            "1 620 + 1 190 + 2 050 = 24 610", "12140 + 1870 + 2310 + 1450 + 1980 + 1620 + 1190 + 2050 == 24610")
    g.check("parts_sum", tq, "in every row: under support ≤ on the register",
            "all([" + ", ".join(f"{v(a)} <= {v(b)}" for a, b in zip(C["sup"], C["reg"])) + "])")
    g.check("internal_conflict", "оцінку потреб проведено 49 сім'ям (див. таблицю)", "prose 49 = table total 49",
            f"{v(nd2)} == {v(T['nd'])}")
    g.check("parts_sum", "завершено – 11: з них 8 з позитивним результатом, 3 – у зв'язку", "8 + 3 = 11",
            f"{v(o1)} + {v(o2)} == {v(cm)}")
    g.check("parts_sum", "Найбільше навантаження – у ФСР-3 (Баланівка, Війтівка, Шляхова): 8 сімей під супроводом",
            "ФСР-3 rows 2 + 3 + 3 = 8; average 26 / 5 = 5,2 families per worker",
            f"{v(C['sup'][1])} + {v(C['sup'][2])} + {v(C['sup'][7])} == 8 and near({v(T['sup'])} / {v(sw)}, 5.2)")
    g.check("parts_sum", "у Центрі працює 5 фахівців із соціальної роботи (за штатом – 6)", "5 ≤ 6",
            f"{v(sw)} <= {v(sp)}")
    g.check("parts_sum", "Серед сімей, які перебувають на обліку, 12 – сім'ї внутрішньо переміщених осіб",
            "overlapping categories 12, 9 and 6 each ≤ 43 (they are not a partition: 27 of 43)",
            " and ".join(f"{v(c)} <= {v(T['reg'])}" for c in cats))
    _ = (nt, st)

    g.skip("24400, м. Бершадь, вул. Героїв України, 8; тел. (04352) 0-14-63", [24400, 8, 4352, 0, 14, 63],
           "postcode, address, phone")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("Нормативне навантаження – не більше 10 сімей", [10], "caseload norm")
    g.skip("1\tм. Бершадь\tФСР-1, ФСР-2\t12 140", [1, 2, 3, 4, 5, 6, 7, 8, 12140, 1870, 2310, 1450, 1980, 1620, 1190,
                                                   2050, 24610],
           "row numbers, social-worker codes ФСР-1…5, population column")
    g.skip("5 фахівців\t24 610", [5, 24610], "staff count in the «Разом» row of the worker column, population total")
    g.skip("середнє по Центру – 5,2 сім'ї на фахівця", [5.2], "ratio")
    g.skip("Фахівці здійснили 212 виїздів у сім'ї, подолавши понад 3 тис. км", [212, 3], "visits, distance; no §3 id")
    g.skip("8 сімей під супроводом; середнє", [8, 3], "one worker's caseload (sum of three table cells)")
    g.skip("ввести до 01.01.2026 шосту посаду фахівця", [1, 1, 2026], "proposal, date")

    g.note("a caseload table: one row per settlement; every cell is a fact quoted by its row with the settlement in "
           "`district`; rows hang on the «Разом» cell of the same column; the children total hangs on the families "
           "total. The population column and the worker codes are not facts")
    g.note("«Сім'ї у СЖО ... на обліку» at 30.06.2025 → registered; «з них під супроводом» → served (alt "
           "support_ongoing), service social_support_sjo")
    g.note("«5 фахівців» in the «Разом» row repeats the staff figure of the intro inside the worker column; it is "
           "skipped as a column label, the intro sentence carries the fact")
    g.note("the categories of registered families (12 ВПО, 9, 6) are «серед» subsets that need not cover the 43: "
           "parent only, no group")
    g.note("the 49 needs assessments are written in the table and again in prose: two facts")
    g.write()


if __name__ == "__main__":
    build()
    gold()
