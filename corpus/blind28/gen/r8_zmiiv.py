"""b28_08: Управління соціального захисту населення Зміївської міської ради (Харківська), information for a
council session on social services in 2024, with a KEKV budget table in тис. грн. reportlab PDF."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

NAME = "b28_08_zmiiv_uszn_session2024.pdf"

HEAD = [
    ("c", "Управління соціального захисту населення Зміївської міської ради Харківської області"),
    ("c", "63404, м. Зміїв, вул. Адміністративна, 20; тел. (05747) 0-32-18; uszn.zmiiv@example.ua; код ЄДРПОУ 41236875"),
    ("t", "ІНФОРМАЦІЯ про стан надання соціальних послуг у Зміївській міській територіальній громаді у 2024 році (до пленарного засідання сесії міської ради)"),
    ("p", "Соціальні послуги в громаді надає Комунальна установа «Центр надання соціальних послуг» Зміївської міської ради (далі – ЦНСП), утворена рішенням міської ради від 21.12.2023 № 1287-LII/VIII; координацію її роботи здійснює управління."),
    ("p", "У 2024 році до управління та ЦНСП надійшло 2 317 заяв про надання соціальних послуг. Рішення про надання послуг прийнято за 2 254 заявами, у 63 випадках відмовлено через відсутність підстав."),
    ("p", "Послугами ЦНСП охоплено 2 486 осіб, серед них 1 012 осіб похилого віку, 538 осіб з інвалідністю та 641 внутрішньо переміщена особа. Найбільш затребувані послуги: консультування (1 127 осіб), натуральна допомога (684), догляд вдома (264), денний догляд (41), соціальний супровід (38 сімей, у яких 79 дітей)."),
    ("p", "Відділенням соціальної роботи ЦНСП виявлено 58 сімей, які перебувають у складних життєвих обставинах. Завершено супровід 27 сімей, з яких у 19 подолано складні життєві обставини (70,4 %), у 6 – мінімізовано, 2 сім'ї відмовилися від послуги."),
    ("p", "Мобільна бригада соціально-психологічної допомоги особам, які постраждали від домашнього насильства та/або насильства за ознакою статі, здійснила 96 виїздів і надала допомогу 74 особам."),
    ("p", "У ЦНСП затверджено 78 штатних посад, працює 71 особа, з них 34 соціальні робітники. До управління надійшло 4 скарги щодо якості послуг; усі розглянуто, 1 визнано обґрунтованою."),
    ("p", "На утримання ЦНСП у 2024 році з бюджету громади затверджено 19 268,6 тис. грн, касові видатки склали 19 127,0 тис. грн, економія – 141,6 тис. грн (0,7 %). Структуру видатків за кодами економічної класифікації наведено в таблиці (тис. грн)."),
]
ROWS = [
    ["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "14 862,4", "14 790,1", "72,3"],
    ["2120", "Нарахування на оплату праці", "3 269,7", "3 253,8", "15,9"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "412,5", "398,2", "14,3"],
    ["2240", "Оплата послуг (крім комунальних)", "286,0", "271,4", "16,4"],
    ["2273", "Оплата електроенергії", "194,8", "181,6", "13,2"],
    ["2274", "Оплата природного газу", "231,2", "219,9", "11,3"],
    ["2800", "Інші поточні видатки", "12,0", "12,0", "0,0"],
    ["Разом", "", "19 268,6", "19 127,0", "141,6"],
]
TAIL = [
    ("p", "До спеціального фонду ЦНСП надійшло 412,8 тис. грн плати за соціальні послуги та 96,0 тис. грн благодійних внесків."),
    ("p", "На 2025 рік на утримання ЦНСП передбачено 21 540,0 тис. грн. Управління пропонує взяти інформацію до відома."),
    ("p", "Начальник управління (підпис)"),
]


def build():
    register_fonts()
    st = {"p": ParagraphStyle("p", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6, firstLineIndent=20),
          "c": ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=13, alignment=1),
          "t": ParagraphStyle("t", fontName="LSerif-B", fontSize=12, leading=15, alignment=1, spaceBefore=8, spaceAfter=8)}
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(t, st[k]) for k, t in HEAD]
    tbl = Table([[Paragraph(c, cell) for c in r] for r in ROWS], colWidths=[45, 185, 75, 80, 65])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, -1), (1, -1))]))
    story += [tbl, Spacer(1, 8)] + [Paragraph(t, st[k]) for k, t in TAIL]
    SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, title="Інформація", author="УСЗН").build(story)


def k(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def gold():
    g = Gold(NAME, {
        "centre": "Управління соціального захисту населення Зміївської міської ради Харківської області",
        "centre_type": "uszn", "settlement": "Зміїв", "oblast": "Харківська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Управління соціального захисту населення Зміївської міської ради",
                    "Комунальна установа «Центр надання соціальних послуг» Зміївської міської ради"],
         "centre_type": ["cnsp"], "report_kind": ["other"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    ap = f("applied", "applications", 2317, "надійшло 2 317 заяв про надання соціальних послуг")
    tot = f("served", "persons", 2486, "Послугами ЦНСП охоплено 2 486 осіб")
    for v, cat, q in ((1012, "особи похилого віку", "1 012 осіб похилого віку"), (538, "особи з інвалідністю", "538 осіб з інвалідністю"),
                      (641, "внутрішньо переміщені особи", "641 внутрішньо переміщена особа")):
        f("served", "persons", v, q, category=cat, parent=tot)
    sv = []
    for s, v, q in (("counselling", 1127, "консультування (1 127 осіб)"), ("natural_aid", 684, "натуральна допомога (684)"),
                    ("home_care", 264, "догляд вдома (264)"), ("day_care", 41, "денний догляд (41)")):
        sv.append(f("served", "persons", v, q, service=s, parent=tot))
    sf = f("served", "families", 38, "соціальний супровід (38 сімей, у яких 79 дітей)", service="social_support_sjo")
    f("served", "children", 79, "у яких 79 дітей", service="social_support_sjo", parent=sf)
    f("in_difficult_circumstances", "families", 58, "виявлено 58 сімей, які перебувають у складних життєвих обставинах")
    cm = f("support_completed", "families", 27, "Завершено супровід 27 сімей", service="social_support_sjo")
    o1 = f("outcome_positive", "families", 19, "у 19 подолано складні життєві обставини (70,4 %)", percent=70.4,
           service="social_support_sjo", group="completed_27_by_outcome", parent=cm)
    o2 = f("outcome_minimized", "families", 6, "у 6 – мінімізовано", service="social_support_sjo",
           group="completed_27_by_outcome", parent=cm)
    o3 = f("outcome_other", "families", 2, "2 сім'ї відмовилися від послуги", label="відмова від послуги",
           service="social_support_sjo", group="completed_27_by_outcome", parent=cm)
    f("served", "persons", 74, "надала допомогу 74 особам", label="мобільна бригада соціально-психологічної допомоги",
      category="особи, які постраждали від домашнього насильства та/або насильства за ознакою статі")
    pos = f("staff_positions", "positions", 78, "У ЦНСП затверджено 78 штатних посад")
    act = f("staff_actual", "staff", 71, "працює 71 особа")
    sw = f("staff_actual", "staff", 34, "з них 34 соціальні робітники", label="соціальні робітники", parent=act)
    f("complaints", "complaints", 4, "До управління надійшло 4 скарги щодо якості послуг")
    pa = f("budget_approved", "uah", 19268600, "з бюджету громади затверджено 19 268,6 тис. грн", label="утримання ЦНСП")
    ps = f("budget_spent", "uah", 19127000, "касові видатки склали 19 127,0 тис. грн", label="утримання ЦНСП")
    pe = f("budget_savings", "uah", 141600, "економія – 141,6 тис. грн (0,7 %)", percent=0.7, label="утримання ЦНСП")
    tq = "Разом\t19 268,6\t19 127,0\t141,6"
    ta = f("budget_approved", "uah", k("19 268,6"), tq, label="Разом (таблиця)")
    ts = f("budget_spent", "uah", k("19 127,0"), tq, label="Разом (таблиця)")
    te = f("budget_savings", "uah", k("141,6"), tq, label="Разом (таблиця)")
    ra, rs, re_ = [], [], []
    for r in ROWS[1:-1]:
        q = "\t".join(r)
        ra.append(f("budget_approved", "uah", k(r[2]), q, kekv=r[0], label=r[1], group="approved_by_kekv", parent=ta))
        rs.append(f("budget_spent", "uah", k(r[3]), q, kekv=r[0], label=r[1], group="spent_by_kekv", parent=ts))
        re_.append(f("budget_savings", "uah", k(r[4]), q, kekv=r[0], label=r[1], group="savings_by_kekv", parent=te))
    f("budget_received", "uah", 412800, "надійшло 412,8 тис. грн плати за соціальні послуги",
      label="спеціальний фонд, плата за соціальні послуги")
    f("budget_received", "uah", 96000, "96,0 тис. грн благодійних внесків", label="спеціальний фонд, благодійні внески")

    row2240 = "\t".join(ROWS[4])
    g.slip("table_arithmetic", "error", row2240, 16400, 14600, [ra[3], rs[3], re_[3]],
           "КЕКВ 2240: економія = затверджено − видатки = 286,0 − 271,4 = 14,6 тис. грн, written 16,4 (digits swapped)",
           f"f{n(ra[3])} - f{n(rs[3])} == f{n(re_[3])}", slip=1)
    g.slip("table_arithmetic", "error", tq, 141600, 143400, re_ + [te],
           "the Економія column sums to 143,4 тис. грн with the 16,4 of row 2240, but Разом says 141,6 (the total is right, the row is wrong)",
           " + ".join("f" + n(x) for x in re_) + f" == f{n(te)}", slip=1)
    g.check("table_arithmetic", tq, "Затверджено column: 14 862,4 + 3 269,7 + 412,5 + 286,0 + 194,8 + 231,2 + 12,0 = 19 268,6",
            " + ".join("f" + n(x) for x in ra) + f" == f{n(ta)}")
    g.check("table_arithmetic", tq, "Касові видатки column: 14 790,1 + 3 253,8 + 398,2 + 271,4 + 181,6 + 219,9 + 12,0 = 19 127,0",
            " + ".join("f" + n(x) for x in rs) + f" == f{n(ts)}")
    g.check("table_arithmetic", "2111\tЗаробітна плата\t14 862,4\t14 790,1\t72,3",
            "економія = затверджено − видатки holds in the six other rows and in Разом",
            " and ".join(f"f{n(a)} - f{n(b)} == f{n(c)}" for i, (a, b, c) in enumerate(zip(ra, rs, re_)) if i != 3)
            + f" and f{n(ta)} - f{n(ts)} == f{n(te)}")
    g.check("internal_conflict", "з бюджету громади затверджено 19 268,6 тис. грн", "prose totals equal the table totals",
            f"f{n(pa)} == f{n(ta)} and f{n(ps)} == f{n(ts)} and f{n(pe)} == f{n(te)}")
    g.check("percent_mismatch", "економія – 141,6 тис. грн (0,7 %)", "141,6 / 19 268,6 = 0,73 %", f"pct_ok(p{n(pe)}, f{n(pe)}, f{n(pa)}, 1)")
    g.check("parts_sum", "Завершено супровід 27 сімей, з яких", "19 + 6 + 2 = 27", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cm)}")
    g.check("percent_mismatch", "у 19 подолано складні життєві обставини (70,4 %)", "19 / 27 = 70,37 %", f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(cm)}, 1)")
    g.check("parts_sum", "Рішення про надання послуг прийнято за 2 254 заявами, у 63 випадках відмовлено",
            "2 254 decisions + 63 refusals = 2 317 applications (decisions and refusals have no §3 id: literals)", f"2254 + 63 == f{n(ap)}")
    g.check("parts_sum", "Найбільш затребувані послуги", "the listed services are the most requested, not a partition; each ≤ 2 486, and 1 127 + 684 + 264 + 41 = 2 116 ≤ 2 486",
            " + ".join("f" + n(x) for x in sv) + f" <= f{n(tot)}")
    g.check("parts_sum", "працює 71 особа, з них 34 соціальні робітники", "34 ≤ 71 ≤ 78", f"f{n(sw)} <= f{n(act)} <= f{n(pos)}")

    g.skip("63404, м. Зміїв, вул. Адміністративна, 20; тел. (05747) 0-32-18", [63404, 20, 5747, 0, 32, 18], "postcode, address, phone")
    g.skip("код ЄДРПОУ 41236875", [41236875], "ЄДРПОУ")
    g.skip("у Зміївській міській територіальній громаді у 2024 році", [2024], "year")
    g.skip("рішенням міської ради від 21.12.2023 № 1287-LII/VIII", [21, 12, 2023, 1287], "decision date and number")
    g.skip("У 2024 році до управління", [2024], "year")
    g.skip("Рішення про надання послуг прийнято за 2 254 заявами, у 63 випадках відмовлено через відсутність підстав.", [2254, 63],
           "decisions and refusals (no §3 id); literals in a check")
    g.skip("здійснила 96 виїздів", [96], "trips of the mobile team (no §3 id)")
    g.skip("1 визнано обґрунтованою", [1], "complaints found justified (no §3 id)")
    g.skip("На утримання ЦНСП у 2024 році", [2024], "year")
    g.skip("КЕКВ\tНайменування\tЗатверджено\tКасові видатки\tЕкономія", [2111, 2120, 2210, 2240, 2273, 2274, 2800],
           "KEKV codes (set as kekv, not values)")
    g.skip("На 2025 рік на утримання ЦНСП передбачено 21 540,0 тис. грн.", [2025, 21540.0], "2025 plan")
    g.note("money in тис. грн stored in hryvnias; table rows carry kekv and hang on the Разом cell of their column; prose totals are second facts")
    g.note("one slip (row 2240 economy 16,4 instead of 14,6) recorded as two findings: the row's derived column and the Економія column sum")
    g.note("the listed «найбільш затребувані послуги» are not exhaustive: parent only, no group")
    g.note("the report is written by the УСЗН about the ЦНСП's services: centre = УСЗН (uszn), meta_alt the ЦНСП (cnsp)")
    return g


if __name__ == "__main__":
    build()
    gold().write()
