"""b36_05: Управління соціального захисту населення Горохівської міської ради, analytic note on social services
for Q1 2025 (DOCX with a budget table by KEKV, third person)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b36_05_horokhiv_uszn_note_q1_2025.docx"

HEAD = [
    ("c", "ГОРОХІВСЬКА МІСЬКА РАДА\nУПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"),
    ("c", "вул. Шевченка, 9, м. Горохів, 45702, тел. (03379) 0-15-42"),
    ("l", "11.04.2025 № 01-12/418"),
    ("b", "АНАЛІТИЧНА ДОВІДКА\nпро стан надання соціальних послуг у Горохівській міській територіальній громаді "
          "за I квартал 2025 року"),
    ("p", "На території громади (58 населених пунктів, 31,2 тис. жителів) соціальні послуги надають "
          "КУ «Центр надання соціальних послуг» Горохівської міської ради та 2 недержавні надавачі."),
    ("p", "За січень – березень 2025 року до управління та Центру щодо отримання соціальних послуг звернулися "
          "274 особи, з них 61 – внутрішньо переміщені особи. Прийнято 239 рішень про надання послуг та 12 – про "
          "відмову. Оцінку потреб проведено 251 особі/сім'ї."),
    ("p", "Соціальними послугами охоплено 1 038 осіб, у тому числі: догляд вдома – 214, денний догляд – 37, "
          "соціальна адаптація – 52, консультування – 598, натуральна допомога – 137. Усього надано 7 912 послуг."),
    ("p", "Під соціальним супроводом перебувала 41 сім'я, в яких виховується 96 дітей; 9 сімей взято під супровід "
          "у I кварталі, 6 сім'ям супровід завершено з позитивним результатом. Особам з інвалідністю видано "
          "31 технічний засіб реабілітації у тимчасове користування."),
    ("p", "Фінансування КУ «ЦНСП» за I квартал 2025 року (загальний фонд), тис. грн"),
]
TABLE = [
    ["КЕКВ", "Найменування", "Затверджено на I квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "2 418,6", "2 391,2", "27,4"],
    ["2120", "Нарахування на оплату праці", "532,1", "526,1", "6,0"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "84,0", "61,7", "22,3"],
    ["2240", "Оплата послуг (крім комунальних)", "57,3", "49,9", "8,4"],
    ["2270", "Оплата комунальних послуг та енергоносіїв", "196,5", "171,0", "25,5"],
    ["", "Всього", "3 288,5", "3 199,9", "88,6"],
]
TAIL = [
    ("p", "Касові видатки за I квартал становили 3 199,9 тис. грн, або 97,3 % від затверджених призначень. "
          "До спеціального фонду надійшло 143,8 тис. грн плати за соціальні послуги."),
    ("p", "Штатна чисельність Центру – 46 посад, фактично працює 43 працівники, 3 посади соціальних робітників "
          "вакантні. Скарг до управління на якість соціальних послуг не надходило."),
    ("p", "Порівняно з I кварталом 2024 року кількість отримувачів послуг зросла на 8,6 %. Управління пропонує "
          "довести чисельність соціальних робітників до 30 штатних одиниць у 2026 році."),
    ("p", "Начальник управління                                        (підпис)"),
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    def put(items):
        for kind, txt in items:
            p = d.add_paragraph()
            r = p.add_run(txt)
            if kind in ("c", "b"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if kind == "b":
                r.bold = True
    put(HEAD)
    t = d.add_table(rows=len(TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    put(TAIL)
    fix_docx_props(d, author="УСЗН")
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path, when=(2025, 4, 11, 9, 0, 0))


def gold():
    g = Gold(NAME, {
        "centre": "Управління соціального захисту населення Горохівської міської ради",
        "centre_type": "uszn", "settlement": "Горохів",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"})
    f = g.f
    n = lambda x: x[1:]
    ap = f("applied", "persons", 274, "звернулися 274 особи")
    idp = f("applied", "persons", 61, "з них 61 – внутрішньо переміщені особи", category="внутрішньо переміщені особи", parent=ap)
    f("needs_assessed", "families_persons", 251, "Оцінку потреб проведено 251 особі/сім'ї", unit_alt="persons")
    tot = f("served", "persons", 1038, "Соціальними послугами охоплено 1 038 осіб")
    parts = []
    for svc, q, v in [("home_care", "догляд вдома – 214", 214), ("day_care", "денний догляд – 37", 37),
                      ("social_adaptation", "соціальна адаптація – 52", 52), ("counselling", "консультування – 598", 598),
                      ("natural_aid", "натуральна допомога – 137", 137)]:
        parts.append(f("served", "persons", v, q, service=svc, group="served_1038_by_service", parent=tot))
    f("services_provided", "services", 7912, "Усього надано 7 912 послуг")
    sup = f("served", "families", 41, "Під соціальним супроводом перебувала 41 сім'я", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 96, "в яких виховується 96 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    st_ = f("support_started", "families", 9, "9 сімей взято під супровід", service="social_support_sjo", parent=sup)
    cp = f("support_completed", "families", 6, "6 сім'ям супровід завершено з позитивним результатом",
           service="social_support_sjo", alt=["outcome_positive"], parent=sup)
    rows = [("2111", "2111\tЗаробітна плата\t2 418,6\t2 391,2\t27,4", 2418600, 2391200, 27400, "Заробітна плата"),
            ("2120", "2120\tНарахування на оплату праці\t532,1\t526,1\t6,0", 532100, 526100, 6000, "Нарахування на оплату праці"),
            ("2210", "2210\tПредмети, матеріали, обладнання та інвентар\t84,0\t61,7\t22,3", 84000, 61700, 22300,
             "Предмети, матеріали, обладнання та інвентар"),
            ("2240", "2240\tОплата послуг (крім комунальних)\t57,3\t49,9\t8,4", 57300, 49900, 8400, "Оплата послуг (крім комунальних)"),
            ("2270", "2270\tОплата комунальних послуг та енергоносіїв\t196,5\t171,0\t25,5", 196500, 171000, 25500,
             "Оплата комунальних послуг та енергоносіїв")]
    TQ = "Всього\t3 288,5\t3 199,9\t88,6"
    ta = f("budget_approved", "uah", 3288500, TQ, label="Всього, затверджено на I квартал")
    tsp = f("budget_spent", "uah", 3199900, TQ, label="Всього, касові видатки")
    tsv = f("budget_savings", "uah", 88600, TQ, label="Всього, економія")
    R = []
    for k, q, a, s, e, lab in rows:
        R.append((f("budget_approved", "uah", a, q, kekv=k, label=lab, group="approved_by_kekv", parent=ta),
                  f("budget_spent", "uah", s, q, kekv=k, label=lab, group="spent_by_kekv", parent=tsp),
                  f("budget_savings", "uah", e, q, kekv=k, label=lab, group="savings_by_kekv", parent=tsv)))
    psp = f("budget_spent", "uah", 3199900, "Касові видатки за I квартал становили 3 199,9 тис. грн, або 97,3 %",
            percent=97.3, label="загальний фонд, I квартал")
    f("budget_received", "uah", 143800, "До спеціального фонду надійшло 143,8 тис. грн", label="спеціальний фонд, плата за соціальні послуги")
    ps = f("staff_positions", "positions", 46, "Штатна чисельність Центру – 46 посад")
    ac = f("staff_actual", "staff", 43, "фактично працює 43 працівники")
    f("complaints", "complaints", 0, "Скарг до управління на якість соціальних послуг не надходило")

    a4, s4, e4 = R[3]
    g.slip("table_arithmetic", "error", rows[3][1], 8400, 7400, [a4, s4, e4],
           "row КЕКВ 2240: економія = затверджено − видатки = 57,3 − 49,9 = 7,4 тис. грн, the table says 8,4",
           f"near(f{n(a4)} - f{n(s4)}, f{n(e4)})", slip=1)
    g.slip("table_arithmetic", "error", TQ, 89600, 88600, [tsv] + [r[2] for r in R],
           "the Економія column rows sum to 27,4 + 6,0 + 22,3 + 8,4 + 25,5 = 89,6, but Всього says 88,6 "
           "(the same slip as the 2240 row, seen from the column)",
           " + ".join(f"f{n(r[2])}" for r in R) + f" == f{n(tsv)}", slip=1)
    g.check("parts_sum", "Соціальними послугами охоплено 1 038 осіб, у тому числі", "214 + 37 + 52 + 598 + 137 = 1 038",
            " + ".join(f"f{n(p)}" for p in parts) + f" == f{n(tot)}")
    g.check("table_arithmetic", TQ, "Затверджено column: 2 418,6 + 532,1 + 84,0 + 57,3 + 196,5 = 3 288,5",
            " + ".join(f"f{n(r[0])}" for r in R) + f" == f{n(ta)}")
    g.check("table_arithmetic", TQ, "Касові видатки column: 2 391,2 + 526,1 + 61,7 + 49,9 + 171,0 = 3 199,9",
            " + ".join(f"f{n(r[1])}" for r in R) + f" == f{n(tsp)}")
    g.check("table_arithmetic", TQ, "Всього row: 3 288,5 − 3 199,9 = 88,6", f"f{n(ta)} - f{n(tsp)} == f{n(tsv)}")
    g.check("table_arithmetic", rows[0][1], "rows 2111, 2120, 2210, 2270: економія = затверджено − видатки",
            " and ".join(f"f{n(R[i][0])} - f{n(R[i][1])} == f{n(R[i][2])}" for i in (0, 1, 2, 4)))
    g.check("percent_mismatch", "або 97,3 % від затверджених призначень", "3 199,9 / 3 288,5 = 97,31 % → 97,3",
            f"pct_ok(p{n(psp)}, f{n(psp)}, f{n(ta)}, 1)")
    g.check("internal_conflict", "Касові видатки за I квартал становили 3 199,9 тис. грн", "prose and table total agree",
            f"f{n(psp)} == f{n(tsp)}")
    g.check("parts_sum", "з них 61 – внутрішньо переміщені особи", "61 ≤ 274; 9 and 6 ≤ 41; 43 ≤ 46",
            f"f{n(idp)} <= f{n(ap)} and f{n(st_)} <= f{n(sup)} and f{n(cp)} <= f{n(sup)} and f{n(ac)} <= f{n(ps)}")
    g.skip("вул. Шевченка, 9, м. Горохів, 45702, тел. (03379) 0-15-42", [9, 45702, 3379, 1542], "address, postcode, phone")
    g.skip("11.04.2025 № 01-12/418", [11, 4, 2025, 1, 12, 418], "outgoing date and number")
    g.skip("(58 населених пунктів, 31,2 тис. жителів)", [58, 31200], "settlements and population")
    g.skip("та 2 недержавні надавачі", [2], "number of providers")
    g.skip("Прийнято 239 рішень про надання послуг та 12 – про відмову", [239, 12], "decisions and refusals: no §3 id")
    g.skip("видано 31 технічний засіб реабілітації", [31], "items lent out")
    g.skip("3 посади соціальних робітників вакантні", [3], "vacancies")
    g.skip("Фінансування КУ «ЦНСП» за I квартал 2025 року (загальний фонд), тис. грн", [1, 2025], "table caption")
    g.skip("зросла на 8,6 %", [8.6], "change against Q1 2024")
    g.skip("довести чисельність соціальних робітників до 30 штатних одиниць у 2026 році", [30, 2026], "plan")
    g.note("the report is written by the УСЗН about the hromada's services (mostly its ЦНСП): centre is the УСЗН (the author)")
    g.note("budget table in тис. грн with KEKV codes: every cell a fact with kekv, rows hang on the Всього cell of the same column; "
           "the Всього cells carry no kekv")
    g.note("one planted slip (КЕКВ 2240 economy 8,4 instead of 7,4) recorded twice: the row's derived column and the column total")
    g.note("«6 сім'ям супровід завершено з позитивним результатом» → support_completed (alt outcome_positive)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
