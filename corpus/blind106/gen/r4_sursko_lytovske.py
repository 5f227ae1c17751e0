"""b106_04: КУ «ЦНСП» Сурсько-Литовської сільської ради (Дніпропетровська), report for H1 2025.
reportlab PDF, third person, prose + a budget table by KEKV (plan for the half-year / cash expenditure / savings)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b106_04_sursko_lytovske_cnsp_h1_2025.pdf"

HEAD = ["Комунальна установа «Центр надання соціальних послуг» Сурсько-Литовської сільської ради",
        "52130, Дніпропетровська обл., Дніпровський р-н, с. Сурсько-Литовське, вул. Шкільна, 9; тел. (056) 0-75-32-18; ЄДРПОУ 43925617"]
TITLE = "Звіт про діяльність КУ «ЦНСП» Сурсько-Литовської сільської ради за I півріччя 2025 року"
P = [
    "Установа створена рішенням сесії Сурсько-Литовської сільської ради від 18.02.2021 № 142-6/VIII і надає базові соціальні послуги мешканцям 11 населених пунктів громади.",
    "За I півріччя 2025 року до Центру надійшло 241 звернення. Оцінку індивідуальних потреб проведено 196 особам. Соціальні послуги отримали 683 особи (за I півріччя 2024 року – 641), у тому числі 214 внутрішньо переміщених осіб.",
    "Послугу догляду вдома отримували 127 осіб, денного догляду – 36, натуральної допомоги – 298, консультування – 402 особи. Усього протягом півріччя надано 9 874 соціальні послуги. Вартість години догляду вдома для отримувачів, які сплачують за послугу, становить 64,20 грн.",
    "Соціальний супровід сімей, які перебувають у складних життєвих обставинах, здійснювався щодо 18 сімей (в них 39 дітей), з них 7 сімей взято під супровід у звітному періоді. Двом сім'ям надання послуги завершено з позитивним результатом.",
    "Станом на 30.06.2025 у Центрі фактично працює 37 працівників при 41 штатній посаді; 4 вакансії соціальних робітників не заповнені через відсутність кандидатів.",
    "Фінансування. Касові видатки загального фонду за I півріччя становлять 2 821,1 тис. грн, або 98,6 % плану на півріччя. Використання коштів за кодами економічної класифікації видатків наведено в таблиці.",
]
TCAP = "Таблиця. Використання коштів загального фонду за I півріччя 2025 року, тис. грн"
TABLE = [
    ["КЕКВ", "Найменування", "План на I півріччя", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "2 148,6", "2 131,9", "16,7"],
    ["2120", "Нарахування на оплату праці", "472,7", "469,0", "3,7"],
    ["2210", "Предмети, матеріали, інвентар", "64,3", "58,1", "6,8"],
    ["2240", "Оплата послуг (крім комунальних)", "38,0", "35,4", "2,6"],
    ["2273", "Оплата електроенергії", "41,5", "37,8", "3,7"],
    ["2274", "Оплата природного газу", "96,2", "88,9", "7,3"],
    ["", "Разом", "2 861,3", "2 821,1", "40,2"],
]
TAIL = [
    "Скарг від отримувачів соціальних послуг за звітний період не надходило. У II півріччі 2025 року заплановано відкрити відділення денного догляду на 15 місць.",
    "Директор КУ «ЦНСП»                                   (підпис)",
    "Сторінка 1 з 1",
]


def build():
    register_fonts()
    st = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6)
    hd = ParagraphStyle("h", parent=st, fontName="LSerif-B", fontSize=12, alignment=1)
    sm = ParagraphStyle("s", parent=st, fontSize=9, leading=11)
    story = [Paragraph(HEAD[0], hd), Paragraph(HEAD[1], sm), Spacer(1, 4 * mm), Paragraph(TITLE, hd)]
    story += [Paragraph(p, st) for p in P]
    story.append(Paragraph(TCAP, sm))
    t = Table(TABLE, colWidths=[14 * mm, 62 * mm, 30 * mm, 30 * mm, 22 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 9),
                           ("FONT", (0, 0), (-1, 0), "LSerif-B", 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
    story += [t, Spacer(1, 4 * mm)]
    story += [Paragraph(p, st) for p in TAIL]
    SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, title="Звіт ЦНСП I півріччя 2025",
                      author="КУ ЦНСП").build(story)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Сурсько-Литовської сільської ради",
        "centre_type": "cnsp", "settlement": "Сурсько-Литовське", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Сурсько-Литовської сільської ради",
                    "КУ «Центр надання соціальних послуг» Сурсько-Литовської сільської ради"]})
    f = g.f
    ap = f("applied", "applications", 241, "до Центру надійшло 241 звернення")
    na = f("needs_assessed", "persons", 196, "Оцінку індивідуальних потреб проведено 196 особам")
    sv = f("served", "persons", 683, "Соціальні послуги отримали 683 особи")
    f("served", "persons", 214, "у тому числі 214 внутрішньо переміщених осіб", category="внутрішньо переміщені особи", parent=sv)
    h = f("served", "persons", 127, "Послугу догляду вдома отримували 127 осіб", service="home_care", parent=sv)
    f("served", "persons", 36, "денного догляду – 36", service="day_care", parent=sv)
    f("served", "persons", 298, "натуральної допомоги – 298", service="natural_aid", parent=sv)
    f("served", "persons", 402, "консультування – 402 особи", service="counselling", parent=sv)
    f("services_provided", "services", 9874, "Усього протягом півріччя надано 9 874 соціальні послуги")
    sup = f("served", "families", 18, "здійснювався щодо 18 сімей", service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 39, "(в них 39 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 7, "з них 7 сімей взято під супровід у звітному періоді", service="social_support_sjo", parent=sup)
    cp = f("support_completed", "families", 2, "Двом сім'ям надання послуги завершено з позитивним результатом",
           service="social_support_sjo", alt=["outcome_positive"], parent=sup, note="number in words")
    act = f("staff_actual", "staff", 37, "фактично працює 37 працівників")
    pos = f("staff_positions", "positions", 41, "при 41 штатній посаді")
    sp_prose = f("budget_spent", "uah", 2821100, "Касові видатки загального фонду за I півріччя становлять 2 821,1 тис. грн, або 98,6 % плану",
                 percent=98.6, label="загальний фонд, I півріччя",
                 note="the table's Разом written again in prose: two facts; 98,6 % is this amount's percent of the plan")
    rows = [("2111", "Заробітна плата", 2148600, 2131900, 16700),
            ("2120", "Нарахування на оплату праці", 472700, 469000, 3700),
            ("2210", "Предмети, матеріали, інвентар", 64300, 58100, 6800),
            ("2240", "Оплата послуг (крім комунальних)", 38000, 35400, 2600),
            ("2273", "Оплата електроенергії", 41500, 37800, 3700),
            ("2274", "Оплата природного газу", 96200, 88900, 7300)]

    def cell(x):
        s = f"{x / 1000:,.1f}".replace(",", " ").replace(".", ",")
        return s
    tot_q = "Разом\t2 861,3\t2 821,1\t40,2"
    ta = f("budget_approved", "uah", 2861300, tot_q, label="Разом, план на I півріччя")
    ts = f("budget_spent", "uah", 2821100, tot_q, label="Разом, касові видатки")
    te = f("budget_savings", "uah", 40200, tot_q, label="Разом, економія")
    ids = []
    for k, name, a, s_, e in rows:
        q = f"{k}\t{name}\t{cell(a)}\t{cell(s_)}\t{cell(e)}"
        ia = f("budget_approved", "uah", a, q, kekv=k, label=name + ", план на I півріччя", parent=ta, group="approved_by_kekv")
        isp = f("budget_spent", "uah", s_, q, kekv=k, label=name, parent=ts, group="spent_by_kekv")
        ie = f("budget_savings", "uah", e, q, kekv=k, label=name, parent=te, group="savings_by_kekv")
        ids.append((ia, isp, ie))
    f("complaints", "complaints", 0, "Скарг від отримувачів соціальних послуг за звітний період не надходило.")

    g.check("parts_sum", "Соціальні послуги отримали 683 особи", "214 IDPs ≤ 683; each service ≤ 683; the four services overlap (sum 863), given with «Послугу … отримували», not as a breakdown",
            f"214 <= {sv} and {h} <= {sv} and 402 <= {sv}")
    g.check("parts_sum", "з них 7 сімей взято під супровід", "7 and 2 ≤ 18", f"{st} <= {sup} and {cp} <= {sup}")
    g.check("parts_sum", "фактично працює 37 працівників при 41 штатній посаді; 4 вакансії", "37 + 4 vacancies = 41 positions",
            f"{act} + 4 == {pos}")
    g.check("parts_sum", "Оцінку індивідуальних потреб проведено 196 особам", "196 assessed ≤ 241 applications", f"{na} <= {ap}")
    g.check("table_arithmetic", tot_q, "plan column: 2 148,6 + 472,7 + 64,3 + 38,0 + 41,5 + 96,2 = 2 861,3",
            "near(" + " + ".join(i[0] for i in ids) + f", {ta})")
    g.check("table_arithmetic", tot_q, "spent column: 2 131,9 + 469,0 + 58,1 + 35,4 + 37,8 + 88,9 = 2 821,1",
            "near(" + " + ".join(i[1] for i in ids) + f", {ts})")
    g.check("table_arithmetic", tot_q, "Разом row: 2 861,3 − 2 821,1 = 40,2", f"near({ta} - {ts}, {te})")
    ok_rows = [i for j, i in enumerate(ids) if j != 2]
    g.check("table_arithmetic", "2111\tЗаробітна плата\t2 148,6\t2 131,9\t16,7",
            "економія = план − видатки holds in rows 2111, 2120, 2240, 2273, 2274",
            " and ".join(f"near({a} - {s_}, {e})" for a, s_, e in ok_rows))
    g.check("internal_conflict", "становлять 2 821,1 тис. грн", "prose spending equals the table's Разом", f"{sp_prose} == {ts}")
    g.check("percent_mismatch", "2 821,1 тис. грн, або 98,6 % плану", "2 821,1 / 2 861,3 = 98,595 → 98,6",
            f"pct_ok(p{sp_prose[1:]}, {sp_prose}, {ta}, 1)")
    a3, s3, e3 = ids[2]
    g.slip("table_arithmetic", "error", "2210\tПредмети, матеріали, інвентар\t64,3\t58,1\t6,8", 6800, 6200, [a3, s3, e3],
           "row 2210: економія should be 64,3 − 58,1 = 6,2 тис. грн; the table says 6,8",
           f"near({a3} - {s3}, {e3})", slip=1)
    g.slip("table_arithmetic", "error", tot_q, 40200, 40800, [te] + [i[2] for i in ids],
           "the savings column sums to 16,7 + 3,7 + 6,8 + 2,6 + 3,7 + 7,3 = 40,8 тис. грн, but Разом says 40,2 (which is right by plan − spending; the slip is the 2210 cell)",
           "near(" + " + ".join(i[2] for i in ids) + f", {te})", slip=1)

    g.skip("52130, Дніпропетровська обл., Дніпровський р-н, с. Сурсько-Литовське, вул. Шкільна, 9; тел. (056) 0-75-32-18",
           [52130, 9, 56, 753218], "postcode, address, phone")
    g.skip("ЄДРПОУ 43925617", [43925617], "ЄДРПОУ")
    g.skip("від 18.02.2021 № 142-6/VIII", [18, 2, 2021, 142, 6], "decision date and number")
    g.skip("мешканцям 11 населених пунктів громади", [11], "number of settlements")
    g.skip("(за I півріччя 2024 року – 641)", [2024, 641], "prior-year figure")
    g.skip("становить 64,20 грн", [64.20], "tariff per hour")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("4 вакансії соціальних робітників", [4], "vacancies, no §3 id (used as a literal in a check)")
    g.skip("Таблиця. Використання коштів загального фонду за I півріччя 2025 року, тис. грн", [2025], "year")
    g.skip("У II півріччі 2025 року заплановано відкрити відділення денного догляду на 15 місць.", [2025, 15], "plan, places")
    g.note("table money in тис. грн stored in hryvnias; each row gives budget_approved (the half-year plan), budget_spent and budget_savings with kekv; rows hang on the Разом cell of the same column")
    g.note("the page line «Сторінка 1 з 1» at the foot of the PDF does not appear in the read text; no entry")
    g.note("«План на I півріччя» → budget_approved (the plan for the period)")
    g.note("the four services «Послугу догляду вдома отримували 127 осіб, денного догляду – 36 …» overlap (863 > 683): parent only, no group")
    g.note("«Двом сім'ям надання послуги завершено з позитивним результатом» → support_completed 2 (alt outcome_positive), number in words")
    g.note("one slip (the 2210 savings cell 6,8 instead of 6,2) recorded as two table_arithmetic findings: the row's derived column and the column sum")
    g.write()


if __name__ == "__main__":
    build()
    gold()
