"""b47_05: відділ соціального захисту населення Божедарівської селищної ради, analytic note for Q1 2024. DOCX with a budget table (official voice)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b47_05_bozhedarivka_uszn_q1_2024.docx"

P = [
    ("c", "БОЖЕДАРІВСЬКА СЕЛИЩНА РАДА\nКАМ'ЯНСЬКОГО РАЙОНУ ДНІПРОПЕТРОВСЬКОЇ ОБЛАСТІ\nВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ"),
    ("p", "52230, смт Божедарівка, вул. Виконкомівська, 8, тел. (05652) 0-40-63, код ЄДРПОУ 44120795"),
    ("c", "АНАЛІТИЧНА ЗАПИСКА\nпро роботу відділу соціального захисту населення у І кварталі 2024 року"),
    ("p", "Станом на 01.04.2024 у громаді на обліку перебуває 1 947 внутрішньо переміщених осіб (на 01.01.2024 – 2 015 осіб)."),
    ("p", "Протягом І кварталу 2024 року до відділу звернулося 684 особи. Прийнято 702 заяви про призначення державних соціальних допомог, житлових субсидій та пільг (у І кварталі 2023 року – 655 заяв). Житлову субсидію призначено 1 118 домогосподарствам."),
    ("p", "Фахівцями відділу спільно з ЦНСП проведено оцінку потреб 46 сім'ям/особам. За результатами звернень виявлено 23 сім'ї, які перебувають у складних життєвих обставинах; інформацію про них передано до Центру надання соціальних послуг."),
    ("p", "Відповідно до рішень виконавчого комітету від 22.02.2024 № 37 та від 28.03.2024 № 61 одноразову матеріальну допомогу надано 58 особам на загальну суму 174,0 тис. грн, у тому числі внутрішньо переміщеним особам – 21 особі на суму 52,5 тис. грн. Максимальний розмір допомоги – 5,0 тис. грн."),
    ("p", "Технічними засобами реабілітації забезпечено 17 осіб з інвалідністю (видано 29 виробів)."),
    ("p", "Касові видатки відділу за І квартал склали 1 774,4 тис. грн, або 95,9 % кошторисних призначень на квартал. Виконання кошторису за кодами економічної класифікації видатків наведено в таблиці."),
    ("p", "Таблиця. Виконання кошторису за І квартал 2024 року (загальний фонд), тис. грн"),
    ("T", None),
    ("p", "У відділі працює 9 працівників при штатній чисельності 10 одиниць. На «гарячу лінію» відділу надійшло 219 дзвінків. Надійшло 3 скарги щодо розміру призначеної субсидії, усі розглянуто у встановлений строк."),
    ("p", "Виконавець: сектор планування та звітності, тел. (05652) 0-40-71"),
]

TABLE = [
    ["КЕКВ", "Найменування", "Затверджено на І квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "1 286,4", "1 241,9", "44,5"],
    ["2120", "Нарахування на оплату праці", "283,0", "273,2", "9,8"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "36,5", "28,7", "8,7"],
    ["2240", "Оплата послуг (крім комунальних)", "41,2", "39,0", "2,2"],
    ["2273", "Оплата електроенергії", "22,8", "17,6", "5,2"],
    ["2730", "Інші виплати населенню", "180,0", "174,0", "6,0"],
    ["Разом", "", "1 849,9", "1 774,4", "75,5"],
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for kind, text in P:
        if kind == "c":
            para = d.add_paragraph()
            para.alignment = 1
            para.add_run(text).bold = True
        elif kind == "p":
            d.add_paragraph(text)
        else:
            t = d.add_table(rows=len(TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            last = len(TABLE) - 1
            t.cell(last, 0).merge(t.cell(last, 1))
            t.cell(last, 0).text = "Разом"
    fix_docx_props(d, "ВСЗН")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path, when=(2024, 4, 10, 9, 0, 0))


def k(x):
    return int(round(x * 1000))


def gold():
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Божедарівської селищної ради",
        "centre_type": "uszn", "settlement": "Божедарівка", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-03-31",
    })
    f = g.f
    ap = f("applied", "persons", 684, "до відділу звернулося 684 особи")
    apa = f("applied", "applications", 702, "Прийнято 702 заяви про призначення державних соціальних допомог, житлових субсидій та пільг")
    na = f("needs_assessed", "families_persons", 46, "проведено оцінку потреб 46 сім'ям/особам")
    sj = f("in_difficult_circumstances", "families", 23, "виявлено 23 сім'ї, які перебувають у складних життєвих обставинах")
    ma = f("served", "persons", 58, "одноразову матеріальну допомогу надано 58 особам", label="одноразова матеріальна допомога")
    mav = f("aid_value", "uah", 174000, "на загальну суму 174,0 тис. грн", label="одноразова матеріальна допомога")
    mi = f("served", "persons", 21, "внутрішньо переміщеним особам – 21 особі", label="одноразова матеріальна допомога",
           category="внутрішньо переміщені особи", parent=ma)
    miv = f("aid_value", "uah", 52500, "на суму 52,5 тис. грн", label="одноразова матеріальна допомога",
            category="внутрішньо переміщені особи", parent=mav)
    tz = f("served", "persons", 17, "Технічними засобами реабілітації забезпечено 17 осіб з інвалідністю",
           label="забезпечення технічними засобами реабілітації", category="особи з інвалідністю")
    ps = f("budget_spent", "uah", 1774400, "Касові видатки відділу за І квартал склали 1 774,4 тис. грн, або 95,9 %",
           percent=95.9, label="загальний фонд, І квартал")
    rows = TABLE[1:-1]
    tq = "Разом\t1 849,9\t1 774,4\t75,5"
    ta = f("budget_approved", "uah", k(1849.9), tq, label="Разом")
    ts = f("budget_spent", "uah", k(1774.4), tq, label="Разом")
    te = f("budget_savings", "uah", k(75.5), tq, label="Разом")
    rid = []
    for code, name, a, s, e in rows:
        q = "\t".join([code, name, a, s, e])
        num = lambda v: float(v.replace(" ", "").replace(",", "."))
        x = f("budget_approved", "uah", k(num(a)), q, kekv=code, label=name, group="approved_by_kekv", parent=ta)
        y = f("budget_spent", "uah", k(num(s)), q, kekv=code, label=name, group="spent_by_kekv", parent=ts)
        z = f("budget_savings", "uah", k(num(e)), q, kekv=code, label=name, group="savings_by_kekv", parent=te)
        rid.append((x, y, z, q))
    sa = f("staff_actual", "staff", 9, "У відділі працює 9 працівників")
    sp = f("staff_positions", "positions", 10, "при штатній чисельності 10 одиниць")
    cl = f("calls", "calls", 219, "На «гарячу лінію» відділу надійшло 219 дзвінків")
    cm = f("complaints", "complaints", 3, "Надійшло 3 скарги щодо розміру призначеної субсидії")

    col = lambda i: " + ".join(r[i] for r in rid)
    g.check("table_arithmetic", tq, "approved column: 1 286,4 + 283,0 + 36,5 + 41,2 + 22,8 + 180,0 = 1 849,9", f"{col(0)} == {ta}")
    g.check("table_arithmetic", tq, "spent column: 1 241,9 + 273,2 + 28,7 + 39,0 + 17,6 + 174,0 = 1 774,4", f"{col(1)} == {ts}")
    g.check("table_arithmetic", tq, "total row: 1 849,9 − 1 774,4 = 75,5", f"{ta} - {ts} == {te}")
    for x, y, z, q in rid:
        if not q.startswith("2210"):
            g.check("table_arithmetic", q, "row: економія = затверджено − видатки", f"{x} - {y} == {z}")
    g.check("internal_conflict", "Касові видатки відділу за І квартал склали 1 774,4 тис. грн", "prose 1 774,4 = table Разом", f"{ps} == {ts}")
    g.check("percent_mismatch", "Касові видатки відділу за І квартал склали 1 774,4 тис. грн, або 95,9 %",
            "1 774,4 / 1 849,9 = 95,92 % → 95,9", f"pct_ok(p{ps[1:]}, {ps}, {ta}, 1)")
    g.check("internal_conflict", "2730\tІнші виплати населенню\t180,0\t174,0\t6,0",
            "KEKV 2730 spent 174,0 = one-off aid of 174,0 тис. грн in the prose", f"{rid[5][1]} == {mav}")
    g.check("parts_sum", "у тому числі внутрішньо переміщеним особам – 21 особі на суму 52,5 тис. грн",
            "21 ≤ 58 persons; 52,5 ≤ 174,0 тис. грн", f"{mi} <= {ma} and {miv} <= {mav}")
    g.check("parts_sum", "У відділі працює 9 працівників при штатній чисельності 10 одиниць", "9 ≤ 10", f"{sa} <= {sp}")
    x, y, z, q = rid[2]
    g.slip("table_arithmetic", "error", q, 8.7, 7.8, [x, y, z],
           "row 2210: економія 8,7 тис. грн, but 36,5 − 28,7 = 7,8 (digits swapped)", f"{x} - {y} == {z}", slip=1)
    g.slip("table_arithmetic", "error", tq, 76.4, 75.5, [te] + [r[2] for r in rid],
           "savings column: 44,5 + 9,8 + 8,7 + 2,2 + 5,2 + 6,0 = 76,4, but Разом says 75,5 (= 1 849,9 − 1 774,4); the same slip as row 2210",
           f"near({col(2)}, {te})", slip=1)

    g.skip("52230, смт Божедарівка, вул. Виконкомівська, 8, тел. (05652) 0-40-63, код ЄДРПОУ 44120795",
           [52230, 8, 5652, 4063, 44120795], "postcode, address, phone, ЄДРПОУ")
    g.skip("про роботу відділу соціального захисту населення у І кварталі 2024 року", [2024], "year")
    g.skip("Станом на 01.04.2024 у громаді на обліку перебуває 1 947 внутрішньо переміщених осіб (на 01.01.2024 – 2 015 осіб).",
           [1, 4, 2024, 1947, 1, 1, 2024, 2015], "dates; IDP population registered in the hromada (population count, not the provider's register)")
    g.skip("Протягом І кварталу 2024 року", [2024], "year")
    g.skip("(у І кварталі 2023 року – 655 заяв)", [2023, 655], "prior-year figure")
    g.skip("Житлову субсидію призначено 1 118 домогосподарствам.", [1118], "households granted a housing subsidy; no §3 id")
    g.skip("Відповідно до рішень виконавчого комітету від 22.02.2024 № 37 та від 28.03.2024 № 61", [22, 2, 2024, 37, 28, 3, 2024, 61],
           "decision dates and numbers")
    g.skip("Максимальний розмір допомоги – 5,0 тис. грн.", [5000], "maximum amount per person (a limit, not a total)")
    g.skip("(видано 29 виробів)", [29], "items")
    g.skip("Таблиця. Виконання кошторису за І квартал 2024 року (загальний фонд), тис. грн", [2024], "year")
    g.skip("Виконавець: сектор планування та звітності, тел. (05652) 0-40-71", [5652, 4071], "phone")
    g.note("УСЗН-type body of a hromada (відділ соціального захисту населення) → centre_type uszn")
    g.note("budget amounts in тис. грн stored in hryvnias; table rows carry their KEKV; the prose 1 774,4 carries no kekv")
    g.note("1 774,4 is written twice (prose, table Разом): two facts")
    g.note("the one planted slip (row 2210 savings 8,7 instead of 7,8) is recorded as two table_arithmetic findings: the row derivation and the savings column total")
    g.note("«46 сім'ям/особам» → unit families_persons")
    g.write()


if __name__ == "__main__":
    build()
    gold()
