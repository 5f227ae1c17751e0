"""b117_04: ЦСС Благодатненської сільської ради (Миколаївська), analytic information for H1 2025.
reportlab PDF, impersonal, with a services table and a budget table by KEKV. Two planted slips."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b117_04_blahodatne_css_h1_2025.pdf"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ БЛАГОДАТНЕНСЬКОЇ СІЛЬСЬКОЇ РАДИ",
    "Миколаївського району Миколаївської області",
    "55420, Миколаївська обл., Миколаївський р-н, с. Благодатне, вул. Соборна, 41",
    "тел. (0512) 0-68-24-31, e-mail: css.blahodatne@example.ua, код ЄДРПОУ 43866015",
]
TITLE = ["АНАЛІТИЧНА ІНФОРМАЦІЯ", "про роботу Центру соціальних служб за I півріччя 2025 року"]

P1 = [
    "Протягом I півріччя 2025 року до Центру надійшли повідомлення про 46 сімей, які можуть перебувати у складних життєвих обставинах. Оцінку потреб здійснено 44 сім'ям; щодо 2 сімей інформація не підтвердилася під час першого візиту.",
    "За результатами оцінки складні життєві обставини виявлено у 31 сім'ї, у яких виховується 58 дітей. Основні причини – ухилення батьків від виконання батьківських обов'язків, насильство в сім'ї, наслідки переміщення з територій бойових дій.",
    "Відомості про соціальні послуги, надані Центром у звітному періоді, наведено в таблиці 1.",
]
CAP1 = "Таблиця 1. Соціальні послуги, надані у I півріччі 2025 року"
T1 = [
    ["№", "Соціальна послуга", "Отримувачів, сімей/осіб", "у т. ч. ВПО", "Надано послуг"],
    ["1", "Інформування", "286", "74", "412"],
    ["2", "Консультування", "193", "52", "347"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "31", "9", "248"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "4", "0", "36"],
    ["5", "Екстрене (кризове) втручання", "6", "2", "11"],
    ["6", "Посередництво (медіація)", "8", "3", "14"],
    ["Разом", "", "528", "140", "1 086"],
]
P2 = [
    "Соціальний супровід здійснювався щодо 31 сім'ї. З них 12 сімей взято під супровід у звітному періоді. Завершено супровід 10 сімей: з позитивним результатом – 8 (80 %), у зв'язку зі зміною місця проживання – 2.",
    "Під соціальним супроводженням перебувало 3 прийомні сім'ї та 1 дитячий будинок сімейного типу, у яких виховується 14 дітей. Супроводження здійснює один фахівець із соціальної роботи; планові візити – не рідше 1 разу на місяць.",
    "Екстрене (кризове) втручання здійснено щодо 6 сімей/осіб, з них 4 – у випадках домашнього насильства. Мобільна бригада соціально-психологічної допомоги здійснила 37 виїздів і надала допомогу 19 особам, які постраждали від домашнього насильства.",
    "Проведено 5 тренінгів для батьків у межах програми «Школа відповідального батьківства», якими охоплено 43 особи. Тривалість курсу – 6 занять по 2 години.",
    "В анкетуванні щодо якості послуги соціального супроводу взяли участь 27 отримувачів; якістю послуги задоволені 92,4 % опитаних.",
    "Штатним розписом передбачено 9 посад, фактично працює 8 фахівців; 3 з них пройшли навчання за програмою підвищення кваліфікації.",
    "Касові видатки загального фонду за I півріччя склали 1 487,3 тис. грн при плані на півріччя 1 532,0 тис. грн (97,1 %). Розподіл за кодами економічної класифікації видатків – у таблиці 2.",
]
CAP2 = "Таблиця 2. Видатки загального фонду за I півріччя 2025 року, тис. грн"
T2 = [
    ["КЕКВ", "Найменування", "План на I півріччя", "Касові видатки"],
    ["2111", "Заробітна плата", "1 198,4", "1 176,9"],
    ["2120", "Нарахування на оплату праці", "263,6", "258,9"],
    ["2240", "Оплата послуг (крім комунальних)", "70,0", "51,5"],
    ["Усього", "", "1 532,0", "1 487,3"],
]
FOOT = ["Директор Центру соціальних служб ____________", "Виконавець: тел. (0512) 0-68-24-35", "07.07.2025 № 214/01-12"]


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6, firstLineIndent=10 * mm)
    cen = ParagraphStyle("c", parent=body, alignment=1, firstLineIndent=0, spaceAfter=2)
    bold = ParagraphStyle("h", parent=cen, fontName="LSerif-B", fontSize=12)
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(t, cen) for t in HEAD] + [Spacer(1, 6 * mm)]
    story += [Paragraph(t, bold) for t in TITLE] + [Spacer(1, 4 * mm)]
    story += [Paragraph(t, body) for t in P1]

    def table(caption, rows, widths):
        out = [Paragraph(caption, ParagraphStyle("cap", parent=body, firstLineIndent=0, fontName="LSerif-I"))]
        data = [[Paragraph(c, cell) for c in r] for r in rows]
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("SPAN", (0, -1), (1, -1))]))
        out += [t, Spacer(1, 4 * mm)]
        return out

    story += table(CAP1, T1, [10 * mm, 70 * mm, 32 * mm, 25 * mm, 28 * mm])
    story += [Paragraph(t, body) for t in P2]
    story += table(CAP2, T2, [18 * mm, 72 * mm, 38 * mm, 35 * mm])
    story += [Paragraph(t, ParagraphStyle("f", parent=body, firstLineIndent=0)) for t in FOOT]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, invariant=1, title="Аналітична інформація", author="ЦСС")
    doc.build(story)


def gold(text):
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Благодатненської сільської ради",
        "centre_type": "css", "settlement": "Благодатне", "oblast": "Миколаївська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    })
    f = g.f
    nt = f("notified", "families", 46, "надійшли повідомлення про 46 сімей")
    na = f("needs_assessed", "families", 44, "Оцінку потреб здійснено 44 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 31, "складні життєві обставини виявлено у 31 сім'ї")
    sjc = f("in_difficult_circumstances", "children", 58, "у яких виховується 58 дітей", parent=sjo)
    rows = T1[1:-1]
    svc = ["informing", "counselling", "social_support_sjo", "social_support_foster", "crisis_intervention", "mediation"]
    tq = lambda r: "\t".join(r)  # noqa: E731
    tot_q = "Разом\t528\t140\t1 086"
    t_rec = f("served", "families_persons", 528, tot_q, label="Разом")
    t_idp = f("served", "families_persons", 140, tot_q, label="Разом, у т. ч. ВПО", category="внутрішньо переміщені особи",
              parent=t_rec)
    t_srv = f("services_provided", "services", 1086, tot_q, label="Разом")
    rec, idp, srv = [], [], []
    for r, s in zip(rows, svc):
        q = tq(r)
        assert q in text, q
        a = f("served", "families_persons", int(r[2]), q, service=s, group="t1_recipients", parent=t_rec)
        rec.append(a)
        idp.append(f("served", "families_persons", int(r[3]), q, service=s, category="внутрішньо переміщені особи",
                     group="t1_idp", parent=t_idp))
        srv.append(f("services_provided", "services", int(r[4].replace(" ", "")), q, service=s, group="t1_services",
                     parent=t_srv))
    ss = f("served", "families", 31, "Соціальний супровід здійснювався щодо 31 сім'ї", service="social_support_sjo",
           alt=["support_ongoing"])
    st_ = f("support_started", "families", 12, "З них 12 сімей взято під супровід у звітному періоді",
            service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 10, "Завершено супровід 10 сімей", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 8, "з позитивним результатом – 8 (80 %)", percent=80,
           service="social_support_sjo", group="completed_10", parent=sc)
    o2 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", service="social_support_sjo",
           label="зміна місця проживання", group="completed_10", parent=sc)
    fo1 = f("served", "families", 3, "Під соціальним супроводженням перебувало 3 прийомні сім'ї",
            service="social_support_foster", label="прийомні сім'ї", group="foster_4", parent=rec[3])
    fo2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
            label="дитячі будинки сімейного типу", group="foster_4", parent=rec[3])
    foc = f("served", "children", 14, "у яких виховується 14 дітей", service="social_support_foster", parent=rec[3])
    cr = f("served", "families_persons", 6, "Екстрене (кризове) втручання здійснено щодо 6 сімей/осіб",
           service="crisis_intervention")
    crd = f("served", "families_persons", 4, "з них 4 – у випадках домашнього насильства", service="crisis_intervention",
            label="випадки домашнього насильства", parent=cr)
    mb = f("served", "persons", 19, "надала допомогу 19 особам, які постраждали від домашнього насильства",
           label="мобільна бригада соціально-психологічної допомоги", category="особи, які постраждали від домашнього насильства")
    ev = f("events", "events", 5, "Проведено 5 тренінгів для батьків")
    ep = f("event_participants", "persons", 43, "якими охоплено 43 особи", parent=ev)
    sr = f("survey_respondents", "recipients", 27, "взяли участь 27 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 92.4, "якістю послуги задоволені 92,4 % опитаних", alt=["share"],
            service="social_support_sjo")
    pos = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    act = f("staff_actual", "staff", 8, "фактично працює 8 фахівців")
    trn = f("staff_trained", "staff", 3, "3 з них пройшли навчання", parent=act)
    bs = f("budget_spent", "uah", 1487300, "Касові видатки загального фонду за I півріччя склали 1 487,3 тис. грн",
           percent=97.1, label="загальний фонд",
           note="the percent (97,1 %) is written after the plan in the same sentence")
    ba = f("budget_approved", "uah", 1532000, "при плані на півріччя 1 532,0 тис. грн", label="загальний фонд, план на півріччя")
    b_rows = T2[1:-1]
    b_tot = "Усього\t1 532,0\t1 487,3"
    tba = f("budget_approved", "uah", 1532000, b_tot, label="план на I півріччя, Усього")
    tbs = f("budget_spent", "uah", 1487300, b_tot, label="касові видатки, Усього")
    bap, bsp = [], []
    for r in b_rows:
        q = tq(r)
        assert q in text, q
        num = lambda s: int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))  # noqa: E731
        bap.append(f("budget_approved", "uah", num(r[2]), q, kekv=r[0], group="t2_plan", parent=tba))
        bsp.append(f("budget_spent", "uah", num(r[3]), q, kekv=r[0], group="t2_spent", parent=tbs))

    n = lambda x: int(x[1:])  # noqa: E731
    v = lambda x: f"f{n(x)}"  # noqa: E731
    p = lambda x: f"p{n(x)}"  # noqa: E731
    g.slip("table_arithmetic", "error", tot_q, 1086, 1068, srv + [t_srv],
           "the «Надано послуг» column sums to 412 + 347 + 248 + 36 + 11 + 14 = 1 068, but Разом says 1 086 (transposed digits)",
           " + ".join(v(x) for x in srv) + f" == {v(t_srv)}", slip=1)
    g.slip("percent_impossible", "error", "взяли участь 27 отримувачів; якістю послуги задоволені 92,4 % опитаних", 92.4,
           "92,6 (25 of 27) or 88,9 (24 of 27)", [sr, sat],
           "with 27 respondents the reachable shares near 92 % are 88,9 (24) and 92,6 (25); no whole number of 27 gives 92,4 % at any rounding",
           f"grim_ok({v(sat)}, {v(sr)}, 1)", slip=2)
    g.check("table_arithmetic", tot_q, "286 + 193 + 31 + 4 + 6 + 8 = 528", " + ".join(v(x) for x in rec) + f" == {v(t_rec)}")
    g.check("table_arithmetic", tot_q, "74 + 52 + 9 + 0 + 2 + 3 = 140", " + ".join(v(x) for x in idp) + f" == {v(t_idp)}")
    g.check("table_arithmetic", tot_q, "each row's ВПО ≤ its recipients",
            " and ".join(f"{v(a)} <= {v(b)}" for a, b in zip(idp, rec)))
    g.check("parts_sum", "Оцінку потреб здійснено 44 сім'ям", "44 assessed + 2 not confirmed = 46 notified (2 is a literal); 31 ≤ 44",
            f"{v(na)} + 2 == {v(nt)} and {v(sjo)} <= {v(na)}")
    g.check("internal_conflict", "Соціальний супровід здійснювався щодо 31 сім'ї", "prose 31 = table row 31 = 31 families in СЖО",
            f"{v(ss)} == {v(rec[2])} == {v(sjo)}")
    g.check("parts_sum", "Завершено супровід 10 сімей: з позитивним результатом – 8 (80 %), у зв'язку зі зміною місця проживання – 2.",
            "8 + 2 = 10; 12 ≤ 31", f"{v(o1)} + {v(o2)} == {v(sc)} and {v(st_)} <= {v(ss)}")
    g.check("percent_mismatch", "з позитивним результатом – 8 (80 %)", "8 / 10 = 80 %", f"pct_ok({p(o1)}, {v(o1)}, {v(sc)}, 0)")
    g.check("parts_sum", "Під соціальним супроводженням перебувало 3 прийомні сім'ї та 1 дитячий будинок сімейного типу",
            "3 + 1 = 4 (table row 4)", f"{v(fo1)} + {v(fo2)} == {v(rec[3])}")
    g.check("internal_conflict", "Екстрене (кризове) втручання здійснено щодо 6 сімей/осіб", "prose 6 = table row 6; 4 ≤ 6",
            f"{v(cr)} == {v(rec[4])} and {v(crd)} <= {v(cr)}")
    g.check("parts_sum", "фактично працює 8 фахівців", "3 trained ≤ 8 staff ≤ 9 positions", f"{v(trn)} <= {v(act)} <= {v(pos)}")
    g.check("percent_mismatch", "(97,1 %)", "1 487,3 / 1 532,0 = 97,08 % → 97,1", f"pct_ok({p(bs)}, {v(bs)}, {v(ba)}, 1)")
    g.check("table_arithmetic", b_tot, "1 198,4 + 263,6 + 70,0 = 1 532,0", " + ".join(v(x) for x in bap) + f" == {v(tba)}")
    g.check("table_arithmetic", b_tot, "1 176,9 + 258,9 + 51,5 = 1 487,3", " + ".join(v(x) for x in bsp) + f" == {v(tbs)}")
    g.check("internal_conflict", b_tot, "table totals = prose 1 532,0 and 1 487,3", f"{v(tba)} == {v(ba)} and {v(tbs)} == {v(bs)}")

    g.skip("55420, Миколаївська обл., Миколаївський р-н, с. Благодатне, вул. Соборна, 41", [55420, 41], "postcode, address")
    g.skip("тел. (0512) 0-68-24-31", [512, 682431], "phone")
    g.skip("код ЄДРПОУ 43866015", [43866015], "ЄДРПОУ")
    g.skip("за I півріччя 2025 року", [1, 2025], "period")
    g.skip("Протягом I півріччя 2025 року", [1, 2025], "period")
    g.skip("щодо 2 сімей інформація не підтвердилася під час першого візиту", [2], "notifications not confirmed: no §3 id (literal in a check)")
    g.skip("Відомості про соціальні послуги, надані Центром у звітному періоді, наведено в таблиці 1.", [1], "table number")
    g.skip(CAP1, [1, 1, 2025], "caption: table number, period")
    g.skip("№\tСоціальна послуга", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 37 виїздів", [37], "trips of the mobile team: no §3 id")
    g.skip("Супроводження здійснює один фахівець із соціальної роботи; планові візити – не рідше 1 разу на місяць.", [1, 1],
           "staff assignment and visit frequency")
    g.skip("Тривалість курсу – 6 занять по 2 години.", [6, 2], "duration")
    g.skip("Розподіл за кодами економічної класифікації видатків – у таблиці 2.", [2], "table number")
    g.skip(CAP2, [2, 1, 2025], "caption")
    g.skip("КЕКВ\tНайменування", [2111, 2120, 2240], "KEKV codes (set as kekv)")
    g.skip("Виконавець: тел. (0512) 0-68-24-35", [512, 682435], "phone")
    g.skip("07.07.2025 № 214/01-12", [7, 7, 2025, 214, 1, 12], "outgoing date and number")
    g.note("the table's «Разом» cell spans № and the name; each cell is a fact quoted by its row; rows hang on the total cell of their column; the ВПО column is served with category ВПО")
    g.note("«сімей/осіб» → unit families_persons (table and crisis intervention)")
    g.note("slip 1: the services column sums to 1 068, not 1 086. Slip 2: 92,4 % of 27 respondents is impossible (GRIM)")
    g.note("«Соціальний супровід здійснювався щодо 31 сім'ї» → served social_support_sjo (alt support_ongoing); repeats the table row and the 31 families in СЖО (in_difficult_circumstances): three facts")
    g.note("the foster families (3 прийомні сім'ї + 1 ДБСТ, 14 children) hang on the table row «Соціальне супроводження прийомних сімей та ДБСТ» 4")
    g.note("the mobile team's 19 persons → served with label, no service id (the team is not a service of the vocabulary)")
    g.note("budget: prose figures and table totals are facts each; the half-year plan is budget_approved; table rows carry their KEKV; amounts in тис. грн stored in hryvnias")
    g.note("survey: the satisfaction share is about the social support service (service set)")
    return g


if __name__ == "__main__":
    from common import read_text
    path = report_path(DOC)
    build(path)
    gold(read_text(path)).write()
