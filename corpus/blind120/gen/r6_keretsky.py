"""b120_06: відділ соціального захисту населення Керецьківської сільської ради (Закарпатська),
analytic note on 2024. reportlab PDF, third person, prose + a budget table by KEKV (тис. грн), page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b120_06_keretsky_uszn_note2024.pdf"

TOP = [
    ("c", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ КЕРЕЦЬКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ"),
    ("s", "90032, Закарпатська обл., Хустський р-н, с. Керецьки, вул. Миру, 21, тел. (03134) 0-71-26, szn.keretsky@example.ua"),
    ("c", "АНАЛІТИЧНА ЗАПИСКА"),
    ("c", "про роботу відділу соціального захисту населення у 2024 році"),
    ("p", "Відділ є виконавчим органом сільської ради, діє на підставі Положення, затвердженого рішенням від 28.01.2021 № 97, і обслуговує 6 населених пунктів громади з населенням 9 140 осіб. Прийом громадян здійснюється у приміщенні відділу та в ЦНАП."),
    ("p", "Протягом 2024 року до відділу звернулися 1 946 громадян, у тому числі через ЦНАП – 712, через портал «Дія» – 254. Прийнято 1 203 заяви про призначення державних соціальних допомог та компенсацій, з яких 61 повернуто заявникам на доопрацювання."),
    ("p", "Житлову субсидію у 2024 році призначено 488 домогосподарствам (у 2023 році – 531). Статус особи, яка постраждала від торгівлі людьми, не встановлювався."),
    ("p", "Натуральну допомогу (продуктові та гігієнічні набори, отримані від обласної військової адміністрації) через відділ отримали 315 осіб, з них 142 – внутрішньо переміщені особи. На телефон «гарячої лінії» відділу надійшло 428 дзвінків."),
    ("p", "Фахівці відділу провели 6 виїзних прийомів у віддалених селах громади, на яких проконсультовано 137 осіб. Надійшло 2 скарги, обидві розглянуто у встановлений строк, одна визнана обґрунтованою."),
    ("p", "Штатна чисельність відділу – 7 посад, фактично працює 6 осіб (одна посада головного спеціаліста вакантна з 01.09.2024)."),
    ("p", "На утримання відділу у 2024 році затверджено 2 355,3 тис. грн, касові видатки склали 2 327,3 тис. грн (98,8 % від плану). Використання коштів загального фонду за кодами економічної класифікації видатків наведено в таблиці (тис. грн)."),
]
TABLE = [
    ["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "1 842,6", "1 830,1", "12,5"],
    ["2120", "Нарахування на оплату праці", "405,4", "402,6", "2,8"],
    ["2210", "Предмети, матеріали, обладнання", "48,0", "41,3", "6,7"],
    ["2240", "Оплата послуг (крім комунальних)", "36,5", "33,9", "3,6"],
    ["2273", "Оплата електроенергії", "22,8", "19,4", "3,4"],
    ["", "Разом", "2 355,3", "2 327,3", "28,0"],
]
BOTTOM = [
    ("p", "Економія по КЕКВ 2111 виникла через вакантну посаду, по КЕКВ 2273 – через встановлення у 2024 році сонячної електростанції потужністю 10 кВт."),
    ("p", "У 2025 році відділ планує перевести 80 % прийому на електронні сервіси та провести 10 виїзних прийомів."),
    ("s", "Начальник відділу                                   (підпис)          20.01.2025"),
]


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=6,
                          firstLineIndent=10 * mm)
    cen = ParagraphStyle("c", parent=base, fontName="LSerif-B", alignment=TA_CENTER, firstLineIndent=0)
    small = ParagraphStyle("s", parent=base, fontSize=9.5, alignment=TA_CENTER, firstLineIndent=0)
    styles = {"p": base, "c": cen, "s": small}

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("LSans", 8)
        canv.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page}")
        canv.restoreState()

    story = [Paragraph(t, styles[k]) for k, t in TOP]
    story.append(Spacer(1, 4))
    tb = Table(TABLE, colWidths=[18 * mm, 62 * mm, 30 * mm, 32 * mm, 26 * mm])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                            ("FONTNAME", (0, 0), (-1, 0), "LSerif-B"), ("FONTNAME", (0, -1), (-1, -1), "LSerif-B"),
                            ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
    story.append(tb)
    story.append(Spacer(1, 8))
    story += [Paragraph(t, styles[k]) for k, t in BOTTOM]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Аналітична записка", author="Відділ СЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def num(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Керецьківської сільської ради",
        "centre_type": "uszn", "settlement": "Керецьки", "oblast": "Закарпатська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"report_kind": ["annual_report"]})
    f = g.f
    ap = f("applied", "persons", 1946, "до відділу звернулися 1 946 громадян")
    a1 = f("applied", "persons", 712, "через ЦНАП – 712", label="через ЦНАП", parent=ap)
    a2 = f("applied", "persons", 254, "через портал «Дія» – 254", label="через портал «Дія»", parent=ap)
    aa = f("applied", "applications", 1203, "Прийнято 1 203 заяви про призначення державних соціальних допомог та компенсацій")
    na = f("served", "persons", 315, "через відділ отримали 315 осіб", service="natural_aid")
    ni = f("served", "persons", 142, "з них 142 – внутрішньо переміщені особи", service="natural_aid",
           category="внутрішньо переміщені особи", parent=na)
    cl = f("calls", "calls", 428, "надійшло 428 дзвінків")
    ev = f("events", "events", 6, "провели 6 виїзних прийомів")
    ep = f("event_participants", "persons", 137, "на яких проконсультовано 137 осіб", parent=ev,
           alt=["served"], note="persons counselled at the outreach sessions: participants of the events (alt served)")
    cp = f("complaints", "complaints", 2, "Надійшло 2 скарги")
    ps = f("staff_positions", "positions", 7, "Штатна чисельність відділу – 7 посад")
    sa = f("staff_actual", "staff", 6, "фактично працює 6 осіб")
    pa = f("budget_approved", "uah", 2355300, "На утримання відділу у 2024 році затверджено 2 355,3 тис. грн",
           label="загальний фонд, утримання відділу")
    pe = f("budget_spent", "uah", 2327300, "касові видатки склали 2 327,3 тис. грн (98,8 % від плану)", percent=98.8,
           label="загальний фонд, утримання відділу")
    appr, spent, sav = [], [], []
    for row in TABLE[1:-1]:
        q = "\t".join(row)
        appr.append(f("budget_approved", "uah", num(row[2]), q, kekv=row[0], label=row[1]))
        spent.append(f("budget_spent", "uah", num(row[3]), q, kekv=row[0], label=row[1]))
        sav.append(f("budget_savings", "uah", num(row[4]), q, kekv=row[0], label=row[1]))
    tq = "Разом\t2 355,3\t2 327,3\t28,0"
    ta = f("budget_approved", "uah", 2355300, tq, label="Разом")
    ts = f("budget_spent", "uah", 2327300, tq, label="Разом")
    tv = f("budget_savings", "uah", 28000, tq, label="Разом")
    for col, tot in ((appr, ta), (spent, ts), (sav, tv)):
        for x in col:
            g._by_id[x]["parent_id"] = tot
            g._by_id[x]["parent_quote"] = tq
            g._by_id[x]["group"] = f"budget_table_{g._by_id[tot]['indicator']}"

    n = lambda x: x[1:]  # noqa: E731
    S = lambda xs: " + ".join(f"f{n(x)}" for x in xs)  # noqa: E731
    g.check("parts_sum", "до відділу звернулися 1 946 громадян, у тому числі", "channels 712 + 254 = 966 ≤ 1 946 (not a partition: the rest came in person)",
            f"f{n(a1)} + f{n(a2)} <= f{n(ap)}")
    g.check("parts_sum", "з них 142 – внутрішньо переміщені особи", "142 ≤ 315", f"f{n(ni)} <= f{n(na)}")
    g.check("parts_sum", "фактично працює 6 осіб (одна посада головного спеціаліста вакантна", "6 + 1 vacancy = 7", f"f{n(sa)} + 1 == f{n(ps)}")
    g.check("percent_mismatch", "касові видатки склали 2 327,3 тис. грн (98,8 % від плану)", "2 327,3 / 2 355,3 = 98,81 % → 98,8",
            f"pct_ok(p{n(pe)}, f{n(pe)}, f{n(pa)}, 1)")
    g.check("internal_conflict", "затверджено 2 355,3 тис. грн, касові видатки склали 2 327,3 тис. грн",
            "prose amounts = table Разом", f"f{n(pa)} == f{n(ta)} and f{n(pe)} == f{n(ts)}")
    g.check("table_arithmetic", tq, "Затверджено: 1 842,6 + 405,4 + 48,0 + 36,5 + 22,8 = 2 355,3", f"{S(appr)} == f{n(ta)}")
    g.check("table_arithmetic", tq, "Касові видатки: 1 830,1 + 402,6 + 41,3 + 33,9 + 19,4 = 2 327,3", f"{S(spent)} == f{n(ts)}")
    g.check("table_arithmetic", tq, "Разом: економія 28,0 = 2 355,3 − 2 327,3", f"f{n(ta)} - f{n(ts)} == f{n(tv)}")
    ok_rows = [i for i in range(5) if i != 3]
    g.check("table_arithmetic", "2111\tЗаробітна плата\t1 842,6\t1 830,1\t12,5",
            "економія = затверджено − видатки holds for КЕКВ 2111, 2120, 2210, 2273",
            " and ".join(f"f{n(appr[i])} - f{n(spent[i])} == f{n(sav[i])}" for i in ok_rows))

    sq = "2240\tОплата послуг (крім комунальних)\t36,5\t33,9\t3,6"
    g.slip("table_arithmetic", "error", sq, 3600, 2600, [appr[3], spent[3], sav[3]],
           "КЕКВ 2240: 36,5 − 33,9 = 2,6 тис. грн, the Економія cell says 3,6", f"f{n(appr[3])} - f{n(spent[3])} == f{n(sav[3])}", slip=1)
    g.slip("table_arithmetic", "error", tq, 28000, 29000, sav + [tv],
           "the Економія column sums to 12,5 + 2,8 + 6,7 + 3,6 + 3,4 = 29,0, Разом says 28,0 (which is the right difference 2 355,3 − 2 327,3). Same slip as the 2240 row.",
           f"{S(sav)} == f{n(tv)}", slip=1)

    sk = g.skip
    sk("90032, Закарпатська обл., Хустський р-н, с. Керецьки, вул. Миру, 21, тел. (03134) 0-71-26", [90032, 21, 3134, 7126], "postcode, address, phone")
    sk("про роботу відділу соціального захисту населення у 2024 році", [2024], "period (meta)")
    sk("рішенням від 28.01.2021 № 97, і обслуговує 6 населених пунктів громади з населенням 9 140 осіб", [28, 1, 2021, 97, 6, 9140],
       "decision date/number, settlements, population")
    sk("Протягом 2024 року", [2024], "year")
    sk("з яких 61 повернуто заявникам на доопрацювання", [61], "applications returned; no §3 id")
    sk("Житлову субсидію у 2024 році призначено 488 домогосподарствам (у 2023 році – 531).", [2024, 488, 2023, 531],
       "housing subsidy (a state benefit, not a social service); no §3 id; and a prior-year figure")
    sk("обидві розглянуто у встановлений строк, одна визнана обґрунтованою", [2, 1], "complaints outcome («обидві», «одна»); no §3 id")
    sk("(одна посада головного спеціаліста вакантна з 01.09.2024)", [1, 1, 9, 2024], "vacancy and date (literal in a check)")
    sk("Економія по КЕКВ 2111 виникла через вакантну посаду, по КЕКВ 2273 – через встановлення у 2024 році сонячної електростанції потужністю 10 кВт.",
       [2111, 2273, 2024, 10], "KEKV codes, year, power")
    sk("У 2025 році відділ планує перевести 80 % прийому на електронні сервіси та провести 10 виїзних прийомів.", [2025, 80, 10], "plan")
    sk("(підпис) 20.01.2025", [20, 1, 2025], "date")

    g.note("the page footer «Сторінка 1» is dropped by the reader")
    g.note("an analytic note on the whole of 2024 → period_report (SPEC: analytic notes), with annual_report accepted in meta_alt")
    g.note("a відділ соціального захисту населення of a hromada → centre_type uszn (provider_types lists «відділ соціального захисту населення» under uszn)")
    g.note("«звернулися 1 946 громадян, у тому числі через ЦНАП – 712, через портал «Дія» – 254» → parts with parent, no group: the two channels do not cover all")
    g.note("the 1 203 applications for state benefits → applied, unit applications; the housing subsidy to 488 households is a state benefit and is skipped")
    g.note("«на яких проконсультовано 137 осіб» → event_participants (alt served) under the 6 outreach sessions")
    g.note("budget table in тис. грн → hryvnias; each row gives three facts with kekv and the row name as label; rows hang on the Разом cell of the same column, one group per column. The Разом row has no KEKV")
    g.note("prose 2 355,3 / 2 327,3 repeat the Разом row: two facts each; the prose ones carry no kekv")
    g.note("planted slip: КЕКВ 2240 economy 3,6 instead of 2,6; it also breaks the column sum (29,0 vs 28,0). One slip, two findings")
    g.write()


if __name__ == "__main__":
    main()
