"""b45_05: УСЗН Білогірської селищної ради (Хмельницька), analytic note on social services in 2023.
reportlab PDF (Liberation), prose and a budget table of the ЦНСП by KEKV."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

NAME = "b45_05_bilohiria_uszn_analytic2023.pdf"

BUD = [  # kekv, name, approved, spent, savings (тис. грн)
    ("2111", "Заробітна плата", "6 412,0", "6 398,7", "13,3"),
    ("2120", "Нарахування на оплату праці", "1 410,6", "1 407,7", "2,9"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "184,5", "171,2", "13,3"),
    ("2240", "Оплата послуг (крім комунальних)", "96,8", "94,1", "2,7"),
    ("2273", "Оплата електроенергії", "142,3", "128,9", "14,3"),
    ("2800", "Інші поточні видатки", "12,0", "12,0", "0,0"),
]
TOT = ("Разом", "", "8 258,2", "8 212,6", "45,6")

P1 = [
    ("h", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ БІЛОГІРСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "30200, Хмельницька обл., селище Білогір'я, вул. Шевченка, 41, тел. (03841) 0-26-52"),
    ("h", "АНАЛІТИЧНА ДОВІДКА щодо надання соціальних послуг у Білогірській селищній територіальній громаді у 2023 році"),
    ("p", "У громаді проживає 9 860 осіб, з них 2 917 – віком 60 років і старше. Соціальні послуги відповідно до "
          "Програми, затвердженої рішенням сесії від 22.12.2022 № 14-27/VIII, надають КУ «Центр надання соціальних "
          "послуг» Білогірської селищної ради та благодійний фонд «Турбота Поділля» (за договором)."),
    ("p", "Упродовж 2023 року соціальними послугами охоплено 1 486 осіб (у 2022 році – 1 391, що на 6,8 % більше): "
          "Центром надання соціальних послуг – 1 302 особи, благодійним фондом – 184 особи. Отримувачами послуг стали "
          "412 внутрішньо переміщених осіб (27,7 %). Загалом надано 14 937 соціальних послуг."),
    ("p", "Послугу догляду вдома отримували 188 осіб, денного догляду – 36 осіб, натуральну допомогу – 640 осіб. "
          "Оцінку потреб проведено 271 сім'ї/особі."),
    ("p", "До управління надійшло 318 заяв про надання соціальних послуг; прийнято 309 рішень про надання послуг "
          "і 9 рішень про відмову. Середній строк розгляду заяви – 6 робочих днів."),
    ("p", "Штатна чисельність Центру – 41 посада, працює 37 осіб. Від надання платних послуг до спеціального фонду "
          "надійшло 64,2 тис. грн."),
    ("p", "Таблиця 3. Використання коштів загального фонду Центром надання соціальних послуг у 2023 році, тис. грн"),
]
P2 = [
    ("p", "На 2024 рік кошторисом Центру передбачено 8 940,0 тис. грн."),
    ("p", "Довідку підготовлено відділом соціальних послуг 19.02.2024, вих. № 214/02-11."),
]


def build(path):
    register_fonts()
    sty = {"p": ParagraphStyle("p", fontName="LSerif", fontSize=11.5, leading=15, spaceAfter=6, firstLineIndent=12 * mm),
           "h": ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceAfter=6),
           "c": ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12, alignment=1, spaceAfter=10)}
    story = [Paragraph(t, sty[k]) for k, t in P1]
    data = [["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"]]
    data += [list(r) for r in BUD]
    data.append(list(TOT))
    tb = Table(data, colWidths=[16 * mm, 76 * mm, 26 * mm, 28 * mm, 22 * mm])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSans"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                            ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                            ("SPAN", (0, len(data) - 1), (1, len(data) - 1))]))
    story += [tb, Spacer(1, 8)]
    story += [Paragraph(t, sty[k]) for k, t in P2]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Аналітична довідка", author="УСЗН")
    doc.build(story)


def k(s):
    v = round(float(s.replace(" ", "").replace(",", ".")) * 1000)
    return int(v)


def gold(text_rows):
    g = Gold(NAME, {
        "centre": "Управління соціального захисту населення Білогірської селищної ради",
        "centre_type": "uszn", "settlement": "Білогір'я", "oblast": "Хмельницька",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"report_kind": ["annual_report"]})
    n = lambda i: i[1:]
    a = g.f("served", "persons", 1486, "соціальними послугами охоплено 1 486 осіб")
    a1 = g.f("served", "persons", 1302, "Центром надання соціальних послуг – 1 302 особи",
             district="КУ «Центр надання соціальних послуг»", group="served_1486_by_provider", parent=a)
    a2 = g.f("served", "persons", 184, "благодійним фондом – 184 особи", district="благодійний фонд",
             group="served_1486_by_provider", parent=a)
    vp = g.f("served", "persons", 412, "Отримувачами послуг стали 412 внутрішньо переміщених осіб (27,7 %)",
             category="внутрішньо переміщені особи", percent=27.7, parent=a)
    sv = g.f("services_provided", "services", 14937, "Загалом надано 14 937 соціальних послуг")
    h1 = g.f("served", "persons", 188, "Послугу догляду вдома отримували 188 осіб", service="home_care")
    h2 = g.f("served", "persons", 36, "денного догляду – 36 осіб", service="day_care")
    h3 = g.f("served", "persons", 640, "натуральну допомогу – 640 осіб", service="natural_aid")
    na = g.f("needs_assessed", "families_persons", 271, "Оцінку потреб проведено 271 сім'ї/особі.")
    ap = g.f("applied", "applications", 318, "До управління надійшло 318 заяв про надання соціальних послуг")
    sp = g.f("staff_positions", "positions", 41, "Штатна чисельність Центру – 41 посада")
    sa = g.f("staff_actual", "staff", 37, "працює 37 осіб")
    br = g.f("budget_received", "uah", 64200, "до спеціального фонду надійшло 64,2 тис. грн",
             label="спеціальний фонд, платні послуги")
    tq = text_rows["Разом"]
    ta = g.f("budget_approved", "uah", k(TOT[2]), tq, label="Разом, загальний фонд")
    ts = g.f("budget_spent", "uah", k(TOT[3]), tq, label="Разом, загальний фонд")
    te = g.f("budget_savings", "uah", k(TOT[4]), tq, label="Разом, загальний фонд")
    ra, rs, re_ = [], [], []
    for code, name, ap_, sp_, ec in BUD:
        q = text_rows[code]
        ra.append(g.f("budget_approved", "uah", k(ap_), q, kekv=code, label=name, group="approved_by_kekv", parent=ta))
        rs.append(g.f("budget_spent", "uah", k(sp_), q, kekv=code, label=name, group="spent_by_kekv", parent=ts))
        re_.append(g.f("budget_savings", "uah", k(ec), q, kekv=code, label=name, group="savings_by_kekv", parent=te))
    i73 = 4
    g.slip("table_arithmetic", "error", text_rows["2273"], 14300, 13400, [ra[i73], rs[i73], re_[i73]],
           "КЕКВ 2273: економія = затверджено − видатки = 142,3 − 128,9 = 13,4 тис. грн, the row says 14,3 (digits swapped)",
           f"f{n(ra[i73])} - f{n(rs[i73])} == f{n(re_[i73])}", slip=1)
    g.slip("table_arithmetic", "error", tq, 46500, 45600, re_ + [te],
           "the Економія column sums to 46,5 тис. грн (13,3 + 2,9 + 13,3 + 2,7 + 14,3 + 0,0) but Разом says 45,6; "
           "the same slip as the 2273 row",
           " + ".join(f"f{n(i)}" for i in re_) + f" == f{n(te)}", slip=1)
    g.check("table_arithmetic", tq, "Затверджено: 6 412,0 + 1 410,6 + 184,5 + 96,8 + 142,3 + 12,0 = 8 258,2",
            " + ".join(f"f{n(i)}" for i in ra) + f" == f{n(ta)}")
    g.check("table_arithmetic", tq, "Касові видатки: 6 398,7 + 1 407,7 + 171,2 + 94,1 + 128,9 + 12,0 = 8 212,6",
            " + ".join(f"f{n(i)}" for i in rs) + f" == f{n(ts)}")
    g.check("table_arithmetic", tq, "Разом: 8 258,2 − 8 212,6 = 45,6", f"f{n(ta)} - f{n(ts)} == f{n(te)}")
    g.check("table_arithmetic", "Таблиця 3. Використання коштів загального фонду",
            "економія = затверджено − видатки holds in the rows 2111, 2120, 2210, 2240 and 2800",
            " and ".join(f"f{n(ra[i])} - f{n(rs[i])} == f{n(re_[i])}" for i in (0, 1, 2, 3, 5)))
    g.check("parts_sum", "Центром надання соціальних послуг – 1 302 особи", "1 302 + 184 = 1 486",
            f"f{n(a1)} + f{n(a2)} == f{n(a)}")
    g.check("percent_mismatch", "412 внутрішньо переміщених осіб (27,7 %)", "412 / 1 486 = 27,73 % → 27,7",
            f"pct_ok(p{n(vp)}, f{n(vp)}, f{n(a)}, 1)")
    g.check("parts_sum", "прийнято 309 рішень про надання послуг і 9 рішень про відмову",
            "309 + 9 decisions (literals) = 318 applications", f"309 + 9 == f{n(ap)}")
    g.check("parts_sum", "працює 37 осіб", "37 ≤ 41", f"f{n(sa)} <= f{n(sp)}")

    g.skip("30200, Хмельницька обл., селище Білогір'я, вул. Шевченка, 41, тел. (03841) 0-26-52",
           [30200, 41, 3841, 2652], "postcode, address, phone")
    g.skip("У громаді проживає 9 860 осіб, з них 2 917 – віком 60 років і старше.", [9860, 2917, 60],
           "population, age")
    g.skip("рішенням сесії від 22.12.2022 № 14-27/VIII", [22, 12, 2022, 14, 27], "decision date and number")
    g.skip("(у 2022 році – 1 391, що на 6,8 % більше)", [2022, 1391, 6.8], "prior-year figure and change")
    g.skip("прийнято 309 рішень про надання послуг і 9 рішень про відмову", [309, 9],
           "decisions and refusals: no §3 id (literals in a check)")
    g.skip("Середній строк розгляду заяви – 6 робочих днів.", [6], "duration")
    g.skip("Таблиця 3. Використання коштів загального фонду Центром надання соціальних послуг у 2023 році, тис. грн",
           [3, 2023], "table number, year")
    g.skip("На 2024 рік кошторисом Центру передбачено 8 940,0 тис. грн.", [2024, 8940000], "next year's plan")
    g.skip("Довідку підготовлено відділом соціальних послуг 19.02.2024, вих. № 214/02-11.", [19, 2, 2024, 214, 2, 11],
           "compile date, outgoing number")
    g.note("an УСЗН's analytic note about the hromada's providers: centre is the УСЗН that wrote it (centre_type uszn). "
           "report_kind period_report (SPEC puts analytic notes there); annual_report accepted in meta_alt.")
    g.note("«у 2022 році – 1 391, що на 6,8 % більше»: the comparison is wrong too (1 391 → 1 486 is 6,8 % more), but it is "
           "a prior-year statement with no §3 id and is not planted as a finding.")
    g.note("served by provider: district names the provider; 188 / 36 / 640 by service are not stated as a breakdown "
           "of 1 486 (no group, no parent).")
    g.note("table 3: amounts in тис. грн, stored in hryvnias; every cell a fact quoted by its row, rows hang on the "
           "Разом cell of the same column; «0,0» economy of КЕКВ 2800 is a fact (value 0).")
    g.note("planted slip: КЕКВ 2273 economy 14,3 instead of 13,4 (digits swapped); it breaks the row and the column "
           "total, recorded as two table_arithmetic findings with the same slip id.")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    from common import read_text
    txt = read_text(report_path(NAME))
    rows = {}
    for line in txt.splitlines():
        cells = line.split("\t")
        if cells[0] in [b[0] for b in BUD] or cells[0] == "Разом":
            rows[cells[0]] = line
    gold(rows)
