"""b49_05: УСЗН Васильківської селищної ради (Дніпропетровська), аналітична довідка за III квартал 2025.
reportlab PDF (Liberation Serif), impersonal official voice, a budget table by KEKV in hryvnias with kopecks."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts, read_text

DOC = "b49_05_vasylkivka_uszn_q3_2025.pdf"

P = [
    ("h", "ВАСИЛЬКІВСЬКА СЕЛИЩНА РАДА<br/>СИНЕЛЬНИКІВСЬКОГО РАЙОНУ ДНІПРОПЕТРОВСЬКОЇ ОБЛАСТІ<br/>"
          "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"),
    ("s", "52600, смт Васильківка, вул. Соборна, 171; тел. (05639) 0-91-03; код ЄДРПОУ 03193407"),
    ("t", "АНАЛІТИЧНА ДОВІДКА<br/>про роботу управління у III кварталі 2025 року"),
    ("p", "У липні – вересні 2025 року до управління звернулося 1 384 особи, у т. ч. 402 особи з числа "
          "внутрішньо переміщених. Прийнято 611 заяв про призначення державних соціальних допомог та "
          "пільг; житлову субсидію призначено 238 домогосподарствам. Станом на 30.09.2025 в управлінні "
          "обліковується 3 912 внутрішньо переміщених осіб."),
    ("p", "За рахунок коштів бюджету громади комунальний надавач (територіальний центр) забезпечив доглядом "
          "вдома 211 осіб, з них 18 осіб – нові отримувачі, взяті на обслуговування у звітному кварталі. "
          "Послугу соціального таксі надано 26 особам. Вартість однієї поїздки для отримувача – 40,00 грн."),
    ("p", "Проведено 4 засідання комісії з питань надання матеріальної допомоги; одноразову матеріальну "
          "допомогу отримали 73 особи на загальну суму 219,0 тис. грн (у III кварталі 2024 року – 58 осіб, "
          "171,5 тис. грн). На телефон «гарячої лінії» управління надійшло 287 дзвінків."),
    ("p", "Штатна чисельність управління – 17 посад, фактично працює 15 осіб. Касові видатки за квартал "
          "склали 2 363 589,05 грн, або 97,3 % призначень. Розподіл за кодами економічної класифікації "
          "наведено в таблиці."),
    ("c", "Виконання кошторису управління за III квартал 2025 року (загальний фонд), грн"),
]
TABLE = [
    ["КЕКВ", "Найменування", "Затверджено на III квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "1 842 600,00", "1 806 214,37", "36 385,63"],
    ["2120", "Нарахування на оплату праці", "405 400,00", "397 367,16", "8 032,84"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "48 000,00", "41 250,00", "6 750,00"],
    ["2240", "Оплата послуг (крім комунальних)", "96 500,00", "88 912,40", "7 857,60"],
    ["2273", "Оплата електроенергії", "37 200,00", "29 845,12", "7 354,88"],
    ["", "Разом", "2 429 700,00", "2 363 589,05", "66 110,95"],
]
P2 = [
    ("p", "Економія по КЕКВ 2111 утворилася внаслідок наявності 2 вакантних посад. Кредиторська "
          "заборгованість станом на 01.10.2025 відсутня."),
    ("s", "Начальник управління ____________          вих. № 01-27/1146 від 08.10.2025"),
]


def build(path):
    register_fonts()
    st = {
        "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=11, leading=14, alignment=1),
        "s": ParagraphStyle("s", fontName="LSerif", fontSize=9.5, leading=12, alignment=1, spaceAfter=6),
        "t": ParagraphStyle("t", fontName="LSerif-B", fontSize=12.5, leading=16, alignment=1, spaceBefore=8, spaceAfter=8),
        "p": ParagraphStyle("p", fontName="LSerif", fontSize=11.5, leading=15, firstLineIndent=1.25 * cm,
                            spaceAfter=5, alignment=4),
        "c": ParagraphStyle("c", fontName="LSerif-B", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=4, alignment=1),
    }
    cs = ParagraphStyle("cell", fontName="LSerif", fontSize=9.5, leading=11.5)
    flow = [Paragraph(t, st[k]) for k, t in P]
    data = [[Paragraph(c, cs) if j in (1,) or i == 0 else c for j, c in enumerate(row)] for i, row in enumerate(TABLE)]
    tb = Table(data, colWidths=[1.4 * cm, 5.6 * cm, 3.4 * cm, 3.0 * cm, 2.4 * cm])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                            ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    flow.append(tb)
    flow.append(Spacer(1, 8))
    flow += [Paragraph(t, st[k]) for k, t in P2]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm,
                            bottomMargin=2 * cm, invariant=1, title="Аналітична довідка")
    doc.build(flow)


ROWS = [("2111", "Заробітна плата", 1842600, 1806214.37, 36385.63),
        ("2120", "Нарахування на оплату праці", 405400, 397367.16, 8032.84),
        ("2210", "Предмети, матеріали, обладнання та інвентар", 48000, 41250, 6750),
        ("2240", "Оплата послуг (крім комунальних)", 96500, 88912.4, 7857.6),
        ("2273", "Оплата електроенергії", 37200, 29845.12, 7354.88)]


def main():
    path = report_path(DOC)
    build(path)
    text = read_text(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Васильківської селищної ради",
        "centre_type": "uszn", "settlement": "Васильківка", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2025-07-01", "period_end": "2025-09-30",
    }, meta_alt={"centre": ["Управління соціального захисту населення Васильківської селищної ради "
                            "Синельниківського району Дніпропетровської області"]})

    def v(x):
        return "f" + x[1:]

    def line(*starts):
        for ln in text.split("\n"):
            if all(s in ln for s in starts):
                return ln.strip()
        raise SystemExit(f"line not found: {starts}")

    ap = g.f("applied", "persons", 1384, "до управління звернулося 1 384 особи")
    apv = g.f("applied", "persons", 402, "у т. ч. 402 особи з числа внутрішньо переміщених",
              category="внутрішньо переміщені особи", parent=ap)
    za = g.f("applied", "applications", 611, "Прийнято 611 заяв", label="заяви про призначення державних соціальних допомог та пільг")
    hc = g.f("served", "persons", 211, "вдома 211 осіб", service="home_care")
    hn = g.f("served", "persons", 18, "з них 18 осіб – нові отримувачі", service="home_care",
             alt=["registered_new", "support_started"], label="нові отримувачі", parent=hc)
    tx = g.f("served", "persons", 26, "Послугу соціального таксі надано 26 особам", service="social_taxi")
    ma = g.f("served", "persons", 73, "одноразову матеріальну допомогу отримали 73 особи",
             label="одноразова матеріальна допомога")
    mv = g.f("aid_value", "uah", 219000, "на загальну суму 219,0 тис. грн", label="одноразова матеріальна допомога")
    cl = g.f("calls", "calls", 287, "надійшло 287 дзвінків")
    sp = g.f("staff_positions", "positions", 17, "Штатна чисельність управління – 17 посад")
    sa = g.f("staff_actual", "staff", 15, "фактично працює 15 осіб")
    ps = g.f("budget_spent", "uah", 2363589.05, "склали 2 363 589,05 грн, або 97,3 % призначень", percent=97.3,
             label="загальний фонд, III квартал")
    rows = {}
    for code, name, a, s, e in ROWS:
        q = line(code, name[:12])
        ra = g.f("budget_approved", "uah", a, q, kekv=code, label=name, group="approved_by_kekv")
        rs = g.f("budget_spent", "uah", s, q, kekv=code, label=name, group="spent_by_kekv")
        re_ = g.f("budget_savings", "uah", e, q, kekv=code, label=name, group="savings_by_kekv")
        rows[code] = (ra, rs, re_)
    tq = line("Разом")
    ta = g.f("budget_approved", "uah", 2429700, tq, label="Разом, загальний фонд, III квартал")
    ts = g.f("budget_spent", "uah", 2363589.05, tq, label="Разом, загальний фонд, III квартал")
    te = g.f("budget_savings", "uah", 66110.95, tq, label="Разом, загальний фонд, III квартал")
    for code in rows:
        ra, rs, re_ = rows[code]
        for fid, tot in ((ra, ta), (rs, ts), (re_, te)):
            f = g._by_id[fid]
            f["parent_id"] = tot
            f["parent_quote"] = g._by_id[tot]["quote"]
    # fact key order: re-sort keys as Gold.f does
    from common import FACT_KEYS
    g.facts[:] = [{k: f[k] for k in FACT_KEYS if k in f} for f in g.facts]
    g._by_id = {f["id"]: f for f in g.facts}

    r2240 = rows["2240"]
    g.slip("table_arithmetic", "error", line("2240"), 7857.6, 7587.6, list(r2240),
           "row 2240: економія = затверджено − видатки = 96 500,00 − 88 912,40 = 7 587,60, written 7 857,60 "
           "(two digits swapped)", f"near({v(r2240[0])} - {v(r2240[1])}, {v(r2240[2])})", slip=1)
    g.slip("table_arithmetic", "error", tq, 66110.95, 66380.95, [te] + [rows[c][2] for c in rows],
           "the «Економія» column as written sums to 66 380,95, but Разом says 66 110,95 (Разом is right: "
           "2 429 700,00 − 2 363 589,05 = 66 110,95); the same slip as row 2240, seen from the column",
           "near(" + " + ".join(v(rows[c][2]) for c in rows) + f", {v(te)})", slip=1)

    g.check("table_arithmetic", tq, "approved column: 1 842 600 + 405 400 + 48 000 + 96 500 + 37 200 = 2 429 700",
            "near(" + " + ".join(v(rows[c][0]) for c in rows) + f", {v(ta)})")
    g.check("table_arithmetic", tq, "spent column sums to 2 363 589,05",
            "near(" + " + ".join(v(rows[c][1]) for c in rows) + f", {v(ts)})")
    for c in ("2111", "2120", "2210", "2273"):
        ra, rs, re_ = rows[c]
        g.check("table_arithmetic", line(c), f"row {c}: економія = затверджено − видатки", f"near({v(ra)} - {v(rs)}, {v(re_)})")
    g.check("table_arithmetic", tq, "Разом: 2 429 700,00 − 2 363 589,05 = 66 110,95", f"near({v(ta)} - {v(ts)}, {v(te)})")
    g.check("internal_conflict", "Касові видатки за квартал", "prose 2 363 589,05 = table Разом", f"near({v(ps)}, {v(ts)})")
    g.check("percent_mismatch", "97,3 % призначень", "2 363 589,05 / 2 429 700,00 = 97,28 % → 97,3",
            f"pct_ok(p{ps[1:]}, {v(ps)}, {v(ta)}, 1)")
    g.check("parts_sum", "у т. ч. 402 особи", "402 ≤ 1 384; 18 new ≤ 211; 15 ≤ 17",
            f"{v(apv)} <= {v(ap)} and {v(hn)} <= {v(hc)} and {v(sa)} <= {v(sp)}")

    g.skip("52600, смт Васильківка, вул. Соборна, 171; тел. (05639) 0-91-03; код ЄДРПОУ 03193407",
           [52600, 171, 5639, 9103, 3193407], "postcode, address, phone, ЄДРПОУ")
    g.skip("про роботу управління у III кварталі 2025 року", [3, 2025], "period in the title")
    g.skip("житлову субсидію призначено 238 домогосподарствам", [238], "housing subsidies (no §3 id)")
    g.skip("Станом на 30.09.2025 в управлінні обліковується 3 912 внутрішньо переміщених осіб", [30, 9, 2025, 3912],
           "date; IDP register of the whole hromada (population count, not a СЖО register)")
    g.skip("Вартість однієї поїздки для отримувача – 40,00 грн.", [1, 40], "tariff")
    g.skip("Проведено 4 засідання комісії", [4], "commission sittings (no §3 id)")
    g.skip("(у III кварталі 2024 року – 58 осіб, 171,5 тис. грн)", [3, 2024, 58, 171500], "prior-year figures")
    g.skip("Виконання кошторису управління за III квартал 2025 року (загальний фонд), грн", [3, 2025], "table caption")
    g.skip("КЕКВ", [2111, 2120, 2210, 2240, 2273], "KEKV codes (kept in `kekv`, not values)")
    g.skip("Економія по КЕКВ 2111 утворилася внаслідок наявності 2 вакантних посад", [2111, 2],
           "KEKV code; vacancies (no §3 id)")
    g.skip("станом на 01.10.2025 відсутня", [1, 10, 2025], "date")
    g.skip("вих. № 01-27/1146 від 08.10.2025", [1, 27, 1146, 8, 10, 2025], "outgoing number and date")

    g.note("an УСЗН analytic note → centre_type uszn, report_kind period_report, period the III quarter")
    g.note("every table cell is a fact quoted by its row; rows carry kekv and hang on the Разом cell of the same column; Разом rows carry no kekv")
    g.note("money with kopecks is stored as float hryvnias (1806214.37); the verify uses near() for sums")
    g.note("the prose spent (2 363 589,05, 97,3 %) and the table Разом are two facts")
    g.note("«вдома 211 осіб» by the комунальний надавач, reported by the УСЗН → served home_care in this document")
    g.note("«Прийнято 611 заяв» → applied, unit applications, with a label")
    g.note("one slip (row 2240 economy 7 857,60 for 7 587,60) seen as two table_arithmetic findings: the row's derived column and the column sum; both share slip id #1")
    g.write()


if __name__ == "__main__":
    main()
