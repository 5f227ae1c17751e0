"""b40_08: КУ «ЦНСП» Овідіопольської селищної ради (Одеська), Q3 2024, **a donor's English-language
template filled in Ukrainian**: English headings and table headers, Ukrainian prose, English-style numbers in
the tables («1,204», «652,252.50», «92.6%») and Ukrainian-style in the prose («1 204», «652,3»), period
written «Q3 2024 (01/07/2024–30/09/2024)». reportlab PDF (Liberation Sans)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b40_08_ovidiopol_cnsp_donor_q3_2024.pdf"

INFO = [
    ("Project title", "Мобільні соціальні послуги для ВПО та приймаючих громад Овідіопольської громади"),
    ("Implementing partner", "КУ «Центр надання соціальних послуг» Овідіопольської селищної ради"),
    ("Location", "Овідіопольська селищна територіальна громада, Одеський район, Одеська область"),
    ("Reporting period", "Q3 2024 (01/07/2024–30/09/2024)"),
    ("Grant Agreement No.", "HPF-UA-24-0317"),
    ("Contact", "+380 (4851) 0-25-63, cnsp.ovid@example.ua"),
]
SUMMARY = ("У III кварталі 2024 року мобільна бригада ЦНСП здійснила 146 виїздів до 19 населених пунктів громади. "
           "Соціальні послуги отримали 1 204 особи, з них 487 – внутрішньо переміщені особи. Фахівці провели "
           "268 оцінювань потреб та надали 2 087 індивідуальних консультацій. Під соціальним супроводом "
           "перебувало 36 сімей у складних життєвих обставинах.")
IND_HEAD = ["Indicator", "Target", "Actual", "%"]
IND = [
    ["Persons who received social services", "1,300", "1,204", "92.6%"],
    ["– of whom IDPs", "450", "487", "108.2%"],
    ["Needs assessments conducted", "300", "268", "89.3%"],
    ["Individual consultations provided", "2,000", "2,087", "104.4%"],
    ["Families under social support", "40", "36", "90.0%"],
    ["Group psychosocial sessions", "24", "27", "112.5%"],
    ["Participants of group sessions", "300", "341", "113.7%"],
    ["Hygiene kits distributed", "500", "512", "102.4%"],
    ["Referrals to other service providers", "N/A", "63", "N/A"],
    ["Persons reached, cumulative since project start (01/03/2024)", "4,000", "2,961", "74.0%"],
]
DIS_HEAD = ["Category", "Number", "%"]
DIS = [
    ["Women (18+)", "598", "49.7%"],
    ["Men (18+)", "287", "23.8%"],
    ["Girls (0–17)", "168", "14.0%"],
    ["Boys (0–17)", "141", "11.7%"],
    ["Total", "1,204", "100%"],
    ["incl. persons with disabilities", "112", "9.3%"],
]
FIN_HEAD = ["Budget line", "Budget Q3", "Spent Q3", "Balance"]
FIN = [
    ["Staff costs", "412,600.00", "405,318.50", "7,281.50"],
    ["Transport and fuel", "96,000.00", "94,870.00", "1,130.00"],
    ["Hygiene kits", "153,600.00", "152,064.00", "1,536.00"],
    ["Total", "662,200.00", "652,252.50", "9,947.50"],
]
FIN_TEXT = ("Кошти гранту за квартал використано на 98,5 %: з 662,2 тис. грн освоєно 652,3 тис. грн, залишок "
            "9 947,50 грн буде використано в IV кварталі. Вартість одного гігієнічного набору – 297,00 грн.")
AAP = ("На гарячу лінію проєкту надійшло 58 дзвінків, отримано 2 скарги (обидві щодо графіка виїздів), які "
       "розглянуто у строк до 7 днів. У вересні опитано 120 отримувачів послуг: 91,7 % задоволені якістю послуг.")
STAFF = "У складі мобільної бригади працює 6 осіб: 4 фахівці із соціальної роботи, психолог і водій."
NEXT = ("Через повітряні тривоги скасовано 11 виїздів. У IV кварталі 2024 року (Q4) заплановано 150 виїздів "
        "та охоплення 1 350 осіб.")
SIGN = "Prepared by: Project Coordinator      Date: 15/10/2024      Page 1 of 1"


def build():
    register_fonts()
    body = ParagraphStyle("b", fontName="LSans", fontSize=10, leading=13, spaceAfter=6)
    h = ParagraphStyle("h", fontName="LSans-B", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    title = ParagraphStyle("t", fontName="LSans-B", fontSize=14, leading=18, spaceAfter=6)
    cell = ParagraphStyle("c", fontName="LSans", fontSize=9, leading=11)
    ts = TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
                     ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("ALIGN", (1, 1), (-1, -1), "RIGHT")])

    def table(head, rows, widths):
        data = [head] + [[Paragraph(r[0], cell)] + r[1:] for r in rows]
        t = Table(data, colWidths=[w * mm for w in widths])
        t.setStyle(ts)
        return t

    story = [Paragraph("QUARTERLY PROGRESS REPORT", title),
             Paragraph("1. PROJECT INFORMATION", h)]
    it = Table([[Paragraph(k, cell), Paragraph(v, cell)] for k, v in INFO], colWidths=[45 * mm, 125 * mm])
    it.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story += [it, Paragraph("2. EXECUTIVE SUMMARY", h), Paragraph(SUMMARY, body),
              Paragraph("3. PROGRESS AGAINST INDICATORS", h), table(IND_HEAD, IND, [95, 25, 25, 25]),
              Paragraph("4. BENEFICIARIES BY SEX AND AGE", h), table(DIS_HEAD, DIS, [95, 35, 35]),
              Paragraph("5. FINANCIAL SUMMARY (UAH)", h), table(FIN_HEAD, FIN, [65, 35, 35, 35]),
              Paragraph(FIN_TEXT, body),
              Paragraph("6. ACCOUNTABILITY TO AFFECTED POPULATIONS", h), Paragraph(AAP, body),
              Paragraph("7. STAFFING", h), Paragraph(STAFF, body),
              Paragraph("8. CHALLENGES AND NEXT STEPS", h), Paragraph(NEXT, body),
              Spacer(1, 10), Paragraph(SIGN, body)]
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, invariant=1,
                            title="Quarterly Progress Report Q3 2024", author="CNSP Ovidiopol")
    doc.build(story)


def num(s):
    v = float(s.replace(",", "").replace("%", ""))
    return int(v) if v.is_integer() else v


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Овідіопольської селищної ради",
        "centre_type": "cnsp",
        "settlement": "Овідіополь",
        "oblast": "Одеська",
        "report_kind": "period_report",
        "period_start": "2024-07-01",
        "period_end": "2024-09-30",
    }, meta_alt={"centre": ["КУ «Центр надання соціальних послуг» Овідіопольської селищної ради",
                            "Комунальна установа «Центр надання соціальних послуг» Овідіопольської селищної ради"],
                 "report_kind": ["other"]})
    f = g.f
    V = lambda i: "f" + i[1:]
    tq = lambda r: "\t".join(r)
    # summary prose
    s = f("served", "persons", 1204, "Соціальні послуги отримали 1 204 особи")
    si = f("served", "persons", 487, "з них 487 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
           parent=s)
    sn = f("needs_assessed", "persons", 268, "Фахівці провели 268 оцінювань потреб", unit_alt="families_persons")
    sc = f("services_provided", "services", 2087, "надали 2 087 індивідуальних консультацій", service="counselling")
    ss = f("served", "families", 36, "Під соціальним супроводом перебувало 36 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    # indicators table (Actual column)
    t1 = f("served", "persons", 1204, tq(IND[0]), label="Actual, Persons who received social services")
    t2 = f("served", "persons", 487, tq(IND[1]), category="внутрішньо переміщені особи", label="Actual, of whom IDPs",
           parent=t1)
    t3 = f("needs_assessed", "persons", 268, tq(IND[2]), unit_alt="families_persons")
    t4 = f("services_provided", "services", 2087, tq(IND[3]), service="counselling")
    t5 = f("served", "families", 36, tq(IND[4]), service="social_support_sjo", alt=["support_ongoing"])
    t6 = f("events", "events", 27, tq(IND[5]), label="group psychosocial sessions")
    t7 = f("event_participants", "persons", 341, tq(IND[6]), parent=t6)
    acts = [t1, t2, t3, t4, t5, t6, t7]
    # disaggregation
    dt = f("served", "persons", 1204, tq(DIS[4]), label="Total, beneficiaries by sex and age", percent=100)
    parts = []
    for row, cat in zip(DIS[:4], ["жінки 18+", "чоловіки 18+", "дівчата 0–17", "хлопці 0–17"]):
        parts.append(f("served", "persons", num(row[1]), tq(row), percent=num(row[2]), label=cat,
                       group="beneficiaries_by_sex_age", parent=dt,
                       unit_alt="children" if "0–17" in row[0] else None))
    dis = f("served", "persons", 112, tq(DIS[5]), percent=9.3, category="особи з інвалідністю", parent=dt)
    # finance
    colf = {"a": [], "s": [], "b": []}
    tot = {}
    for row in FIN:
        lab = row[0]
        a = f("budget_approved", "uah", num(row[1]), tq(row), label=f"grant budget Q3: {lab}")
        sp = f("budget_spent", "uah", num(row[2]), tq(row), label=f"grant, spent Q3: {lab}")
        b = f("budget_savings", "uah", num(row[3]), tq(row), label=f"grant, balance Q3: {lab}")
        if lab == "Total":
            tot = {"a": a, "s": sp, "b": b}
        else:
            colf["a"].append(a); colf["s"].append(sp); colf["b"].append(b)
    pa = f("budget_approved", "uah", 662200, "з 662,2 тис. грн", label="grant budget Q3 (prose)")
    psp = f("budget_spent", "uah", 652300, "освоєно 652,3 тис. грн", percent=98.5, label="grant, spent Q3 (prose)")
    pb = f("budget_savings", "uah", 9947.5, "залишок 9 947,50 грн", label="grant, balance Q3 (prose)")
    cl = f("calls", "calls", 58, "На гарячу лінію проєкту надійшло 58 дзвінків")
    f("complaints", "complaints", 2, "отримано 2 скарги")
    sr = f("survey_respondents", "persons", 120, "опитано 120 отримувачів послуг")
    sat = f("satisfaction", "percent", 91.7, "91,7 % задоволені якістю послуг", alt=["share"])
    st = f("staff_actual", "staff", 6, "У складі мобільної бригади працює 6 осіб")
    sw = f("staff_actual", "staff", 4, "4 фахівці із соціальної роботи", label="фахівці із соціальної роботи", parent=st)

    # the slip: disaggregation
    g.slip("parts_sum", "error", tq(DIS[4]), 1204, 1194, parts + [dt],
           "women 598 + men 287 + girls 168 + boys 141 = 1 194, 10 short of the Total 1,204 (the four rows "
           "cover both sexes and all ages, so they are a complete partition)",
           " + ".join(V(i) for i in parts) + f" == {V(dt)}", slip=1)
    g.slip("percents_sum", "error", tq(DIS[4]), 99.2, 100, parts,
           "the row percentages 49.7 + 23.8 + 14.0 + 11.7 = 99.2 %, not the 100% written in Total; each one is "
           "right for its count over 1,204, so it is the same missing 10 persons (same slip)",
           "psum_ok([" + ", ".join(f"p{i[1:]}" for i in parts) + "], 1)", slip=1)
    g.check("percent_mismatch", tq(DIS[0]), "each row % = count / 1,204: 49.67, 23.84, 13.95, 11.71, 9.30",
            "all([" + ", ".join(f"pct_ok(p{i[1:]}, {V(i)}, {V(dt)}, 1)" for i in parts + [dis]) + "])")
    targets = [1300, 450, 300, 2000, 40, 24, 300]
    g.check("percent_mismatch", tq(IND[0]),
            "the % column = Actual / Target (targets skipped as plans, used as literals): 92.6, 108.2, 89.3, 104.4, "
            "90.0, 112.5, 113.7; hygiene kits 512 / 500 = 102.4",
            "all([" + ", ".join(f"pct_ok({num(r[3])}, {V(a)}, {t}, 1)" for r, a, t in zip(IND, acts, targets))
            + "]) and pct_ok(102.4, 512, 500, 1) and pct_ok(74.0, 2961, 4000, 1)")
    g.check("internal_conflict", "Соціальні послуги отримали 1 204 особи",
            "the summary's 1 204, 487, 268, 2 087 and 36 equal the indicator table's Actual column and the "
            "disaggregation Total",
            f"{V(s)} == {V(t1)} == {V(dt)} and {V(si)} == {V(t2)} and {V(sn)} == {V(t3)} and {V(sc)} == {V(t4)} "
            f"and {V(ss)} == {V(t5)}")
    g.check("parts_sum", tq(IND[1]), "IDPs 487 ≤ 1 204; disabled 112 ≤ 1 204",
            f"{V(t2)} <= {V(t1)} and {V(dis)} <= {V(dt)}")
    for k, nm in (("a", "budget"), ("s", "spent"), ("b", "balance")):
        g.check("table_arithmetic", tq(FIN[-1]), f"{nm} column: rows sum to Total",
                "near(" + " + ".join(V(i) for i in colf[k]) + f", {V(tot[k])})")
    g.check("table_arithmetic", tq(FIN[0]), "balance = budget − spent in every row and in Total",
            "all([" + ", ".join(f"near({V(a)} - {V(s_)}, {V(b)})" for a, s_, b in
                                zip(colf["a"] + [tot["a"]], colf["s"] + [tot["s"]], colf["b"] + [tot["b"]])) + "])")
    g.check("percent_mismatch", "Кошти гранту за квартал використано на 98,5 %",
            "652 252,50 / 662 200 = 98,50 % → 98,5", f"pct_ok(p{psp[1:]}, {V(tot['s'])}, {V(tot['a'])}, 1)")
    g.check("internal_conflict", "з 662,2 тис. грн освоєно 652,3 тис. грн",
            "prose amounts are the table's Total rounded to 0,1 тис. грн; the balance is exact",
            f"{V(pa)} == {V(tot['a'])} and {V(psp)} == round({V(tot['s'])} / 100) * 100 and near({V(pb)}, {V(tot['b'])})")
    g.check("table_arithmetic", tq(FIN[2]), "hygiene kits: 512 kits × 297,00 грн = 152 064,00 (literals)",
            f"512 * 297 == {V(colf['s'][2])}")
    g.check("percent_impossible", "91,7 % задоволені якістю послуг", "110 of 120 = 91,67 % → 91,7",
            f"grim_ok({V(sat)}, {V(sr)}, 1)")
    g.check("parts_sum", "У складі мобільної бригади працює 6 осіб",
            "4 social workers + psychologist + driver = 6 (words, literals)", f"{V(sw)} + 1 + 1 == {V(st)}")

    g.skip("Q3 2024 (01/07/2024–30/09/2024)", [3, 2024, 1, 7, 2024, 30, 9, 2024], "reporting period")
    g.skip("HPF-UA-24-0317", [24, 317], "grant agreement number")
    g.skip("+380 (4851) 0-25-63", [380, 4851, 2563], "phone")
    g.skip("У III кварталі 2024 року", [2024], "period in prose")
    g.skip("здійснила 146 виїздів до 19 населених пунктів громади", [146, 19], "trips, settlement count (no §3 id)")
    g.skip("Target", [1300, 450, 300, 2000, 40, 24, 300, 500], "Target column: plans")
    g.skip("92.6%", [92.6, 108.2, 89.3, 104.4, 90.0, 112.5, 113.7, 102.4],
           "% column of the indicator table: plan fulfilment (Actual / Target), not a share of a whole; checked")
    g.skip(tq(IND[7]), [500, 512, 102.4], "hygiene kits: items and their plan")
    g.skip(tq(IND[8]), [63], "referrals (no §3 id); target and % «N/A»")
    g.skip("Persons reached, cumulative since project start (01/03/2024)\t4,000\t2,961\t74.0%",
           [1, 3, 2024, 4000, 2961, 74.0], "cumulative figure since March 2024 (not the quarter) and its target")
    g.skip("Women (18+)", [18, 18, 0, 17, 0, 17], "age bounds in row labels")
    g.skip("Вартість одного гігієнічного набору – 297,00 грн", [297], "unit price")
    g.skip("розглянуто у строк до 7 днів", [7], "duration")
    g.skip("Через повітряні тривоги скасовано 11 виїздів", [11], "cancelled trips (no §3 id)")
    g.skip("У IV кварталі 2024 року (Q4) заплановано 150 виїздів та охоплення 1 350 осіб", [2024, 4, 150, 1350],
           "Q4 plan")
    g.skip("Date: 15/10/2024", [15, 10, 2024], "submission date")
    g.skip("Page 1 of 1", [1, 1], "page number")
    g.skip("1. PROJECT INFORMATION", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers")

    g.note("English template filled in Ukrainian: table numbers are English-style (1,204 = 1204; 405,318.50 = "
           "405318.5; 92.6% = 92,6 %), prose numbers Ukrainian-style (1 204; 652,3 тис. грн = 652300)")
    g.note("indicator table: only the Actual column gives facts (quoted by the row); Target is a plan and the % "
           "column is plan fulfilment (skipped, checked as Actual / Target); hygiene kits are items")
    g.note("the summary prose repeats the Actual column and the disaggregation Total repeats 1,204: each is a fact "
           "again")
    g.note("disaggregation rows hang on its Total, one group; children rows carry unit persons with unit_alt "
           "children; «incl. persons with disabilities» overlaps → parent only")
    g.note("financial table: Budget Q3 → budget_approved, Spent Q3 → budget_spent, Balance → budget_savings; no "
           "KEKV. The prose 662,2 / 652,3 тис. грн and the balance 9 947,50 грн are facts again; 98,5 % is the "
           "percent of the prose spent figure")
    g.note("meta: report_kind period_report (a quarter), other accepted (a donor progress report)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
