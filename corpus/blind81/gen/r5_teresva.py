"""b81_05: відділ соціального захисту населення Тересвянської селищної ради (Закарпатська), analytic
note for Q1 2025. DOCX with two tables (services by recipients/acts; programme budget by KEKV in тис. грн).
Third person. Planted slip: table_arithmetic (KEKV 2730: 1 250,0 − 1 193,4 = 56,6, written 65,6), recorded
as two findings (row and the Економія column against Разом)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b81_05_teresva_uszn_q1_2025.docx"

T1 = [["№", "Соціальна послуга", "Отримувачів, осіб", "Надано послуг, од."],
      ["1", "Догляд вдома", "94", "5 217"],
      ["2", "Натуральна допомога", "316", "316"],
      ["3", "Консультування", "208", "433"],
      ["4", "Соціальний супровід сімей у СЖО", "19", "187"],
      ["5", "Соціальне таксі", "27", "61"],
      ["Разом", "", "664", "6 214"]]
T2 = [["КЕКВ", "Найменування видатків", "Затверджено на I квартал", "Касові видатки", "Економія"],
      ["2210", "Предмети, матеріали, обладнання та інвентар", "184,0", "171,6", "12,4"],
      ["2240", "Оплата послуг (крім комунальних)", "96,5", "88,9", "7,6"],
      ["2730", "Інші виплати населенню", "1 250,0", "1 193,4", "65,6"],
      ["Разом", "", "1 530,5", "1 453,9", "76,6"]]

P_A = [
    ("r", "Тересвянська селищна рада\nВідділ соціального захисту населення"),
    ("r", "90563, Закарпатська обл., Тячівський р-н, смт Тересва, вул. Народна, 38\nтел. (03134) 0-52-17"),
    ("b", "АНАЛІТИЧНА ДОВІДКА"),
    ("c", "щодо соціального захисту та надання соціальних послуг населенню Тересвянської селищної територіальної громади за I квартал 2025 року"),
    ("p", "Громада об’єднує 6 населених пунктів, у яких проживає 27,6 тис. осіб, у тому числі 5,9 тис. осіб пенсійного віку."),
    ("p", "Протягом I кварталу 2025 року до відділу надійшло 1 146 звернень громадян (у IV кварталі 2024 року – 1 032), з яких 912 подано через ЦНАП, а 234 – безпосередньо до відділу. Серед звернень 387 заяв стосувалися призначення житлових субсидій."),
    ("p", "Станом на 01.04.2025 на обліку у відділі перебуває 2 315 внутрішньо переміщених осіб. Видано 23 направлення на забезпечення технічними засобами реабілітації та оформлено 11 посвідчень."),
    ("p", "Соціальні послуги мешканцям громади надає комунальна установа «Центр надання соціальних послуг» Тересвянської селищної ради, координацію її роботи здійснює відділ. Дані про надані послуги наведено в таблиці 1."),
    ("t", "Таблиця 1"),
]
P_B = [
    ("p", "Одноразову матеріальну допомогу з бюджету громади за рішенням комісії отримали 142 особи на загальну суму 1 193,4 тис. грн; середній розмір допомоги становив 8,4 тис. грн."),
    ("p", "Видатки на виконання Програми соціального захисту населення на 2024–2026 роки, затвердженої рішенням сесії від 21.12.2023 № 1874, у I кварталі наведено в таблиці 2 (тис. грн)."),
    ("t", "Таблиця 2"),
]
P_C = [
    ("p", "Штатна чисельність відділу – 7 посад, фактично працює 6 працівників. Скарг на роботу відділу в I кварталі не надходило."),
    ("p", "Довідку підготовлено 04.04.2025 для розгляду на засіданні виконавчого комітету 17.04.2025."),
]


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)

    def paras(lst):
        for k, t in lst:
            p = d.add_paragraph()
            r = p.add_run(t)
            if k == "b":
                r.bold = True
            if k in ("b", "c"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if k in ("r", "t"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if k == "p":
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    def table(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v:
                    t.cell(i, j).text = v
        last = t.rows[-1].cells
        m = last[0].merge(last[1])
        m.text = "Разом"

    paras(P_A)
    table(T1)
    paras(P_B)
    table(T2)
    paras(P_C)
    fix_docx_props(d, author="Відділ СЗН")
    d.save(path)
    freeze_zip(path)


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Тересвянської селищної ради",
        "centre_type": "uszn", "settlement": "Тересва", "oblast": "Закарпатська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-03-31"})
    ap = g.f("applied", "applications", 1146, "до відділу надійшло 1 146 звернень громадян")
    a1 = g.f("applied", "applications", 912, "з яких 912 подано через ЦНАП", label="через ЦНАП",
             group="applied_1146_by_channel", parent=ap)
    a2 = g.f("applied", "applications", 234, "а 234 – безпосередньо до відділу", label="безпосередньо до відділу",
             group="applied_1146_by_channel", parent=ap)
    a3 = g.f("applied", "applications", 387, "Серед звернень 387 заяв стосувалися призначення житлових субсидій.",
             label="житлові субсидії", parent=ap)
    svc = {"Догляд вдома": "home_care", "Натуральна допомога": "natural_aid", "Консультування": "counselling",
           "Соціальний супровід сімей у СЖО": "social_support_sjo", "Соціальне таксі": "social_taxi"}
    rec, act = [], []
    tot_q = "Разом\t664\t6 214"
    for row in T1[1:-1]:
        q = "\t".join(row)
        rec.append((row, q))
    tr = g.f("served", "persons", 664, tot_q, label="разом")
    ts = g.f("services_provided", "services", 6214, tot_q, label="разом")
    rids, sids = [], []
    for row, q in rec:
        rids.append(g.f("served", "persons", int(row[2]), q, service=svc[row[1]], group="served_664_by_service", parent=tr))
        sids.append(g.f("services_provided", "services", int(row[3].replace(" ", "")), q, service=svc[row[1]],
                        group="services_6214_by_service", parent=ts))
    ma = g.f("served", "persons", 142, "отримали 142 особи", label="одноразова матеріальна допомога")
    av = g.f("aid_value", "uah", 1193400, "на загальну суму 1 193,4 тис. грн", label="одноразова матеріальна допомога")
    b = {}
    tot = {}
    for row in T2[1:]:
        q = "\t".join(x for x in row if x)
        k = row[0] if row[0] != "Разом" else None
        vals = [int(round(float(x.replace(" ", "").replace(",", ".")) * 1000)) for x in row[2:]]
        lab = row[1] if k else "разом"
        ids = []
        for ind, v in zip(("budget_approved", "budget_spent", "budget_savings"), vals):
            ids.append(g.f(ind, "uah", v, q, kekv=k, label=lab))
        (b.__setitem__(k, ids) if k else tot.update(ids=ids))
    pos = g.f("staff_positions", "positions", 7, "Штатна чисельність відділу – 7 посад")
    sa = g.f("staff_actual", "staff", 6, "фактично працює 6 працівників")
    g.f("complaints", "complaints", 0, "Скарг на роботу відділу в I кварталі не надходило.")

    ap7, sp7, ec7 = b["2730"]
    ta, ts_, te = tot["ids"]
    g.slip("table_arithmetic", "error", "2730\tІнші виплати населенню\t1 250,0\t1 193,4\t65,6",
           65600, 56600, [ap7, sp7, ec7],
           "економія = затверджено − касові видатки: 1 250,0 − 1 193,4 = 56,6 тис. грн, written 65,6 (digits swapped)",
           f"{ap7} - {sp7} == {ec7}", slip=1)
    g.slip("table_arithmetic", "error", "Разом\t1 530,5\t1 453,9\t76,6", 85600, 76600,
           [b["2210"][2], b["2240"][2], ec7, te],
           "the Економія column sums to 12,4 + 7,6 + 65,6 = 85,6 but Разом says 76,6 (which is right as 1 530,5 − 1 453,9); same slip as the 2730 row",
           f"{b['2210'][2]} + {b['2240'][2]} + {ec7} == {te}", slip=1)
    g.check("table_arithmetic", tot_q, "recipients 94 + 316 + 208 + 19 + 27 = 664", " + ".join(rids) + f" == {tr}")
    g.check("table_arithmetic", tot_q, "services 5 217 + 316 + 433 + 187 + 61 = 6 214", " + ".join(sids) + f" == {ts}")
    g.check("table_arithmetic", "Разом\t1 530,5\t1 453,9\t76,6", "approved 184,0 + 96,5 + 1 250,0 = 1 530,5; spent 171,6 + 88,9 + 1 193,4 = 1 453,9",
            f"{b['2210'][0]} + {b['2240'][0]} + {ap7} == {ta} and {b['2210'][1]} + {b['2240'][1]} + {sp7} == {ts_}")
    g.check("table_arithmetic", "2210\tПредмети, матеріали, обладнання та інвентар\t184,0\t171,6\t12,4",
            "184,0 − 171,6 = 12,4; 96,5 − 88,9 = 7,6; total 1 530,5 − 1 453,9 = 76,6",
            f"{b['2210'][0]} - {b['2210'][1]} == {b['2210'][2]} and {b['2240'][0]} - {b['2240'][1]} == {b['2240'][2]} and {ta} - {ts_} == {te}")
    g.check("parts_sum", "з яких 912 подано через ЦНАП, а 234 – безпосередньо до відділу", "912 + 234 = 1 146; 387 ≤ 1 146",
            f"{a1} + {a2} == {ap} and {a3} <= {ap}")
    g.check("internal_conflict", "на загальну суму 1 193,4 тис. грн", "the aid paid equals the KEKV 2730 cash expenditure", f"{av} == {sp7}")
    g.check("parts_sum", "фактично працює 6 працівників", "6 ≤ 7", f"{sa} <= {pos}")

    g.skip("90563, Закарпатська обл., Тячівський р-н, смт Тересва, вул. Народна, 38", [90563, 38], "postcode, address")
    g.skip("тел. (03134) 0-52-17", [3134, 5217], "phone")
    g.skip("за I квартал 2025 року", [1, 2025], "period in the title")
    g.skip("Громада об’єднує 6 населених пунктів, у яких проживає 27,6 тис. осіб, у тому числі 5,9 тис. осіб пенсійного віку.".replace("’", "'"),
           [6, 27600, 5900], "settlements, population")
    g.skip("(у IV кварталі 2024 року – 1 032)", [4, 2024, 1032], "prior-quarter figure")
    g.skip("Станом на 01.04.2025 на обліку у відділі перебуває 2 315 внутрішньо переміщених осіб.", [1, 4, 2025, 2315],
           "date; IDP register (no §3 id)")
    g.skip("Видано 23 направлення на забезпечення технічними засобами реабілітації та оформлено 11 посвідчень.", [23, 11],
           "referrals and certificates issued (items)")
    g.skip("Дані про надані послуги наведено в таблиці 1.", [1], "table number")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("№\tСоціальна послуга", [1, 2, 3, 4, 5], "row numbers")
    g.skip("середній розмір допомоги становив 8,4 тис. грн", [8400], "average amount (ratio)")
    g.skip("Програми соціального захисту населення на 2024–2026 роки, затвердженої рішенням сесії від 21.12.2023 № 1874",
           [2024, 2026, 21, 12, 2023, 1874], "programme years, decision date and number")
    g.skip("Таблиця 2", [2], "table number")
    g.skip("Довідку підготовлено 04.04.2025 для розгляду на засіданні виконавчого комітету 17.04.2025.", [4, 4, 2025, 17, 4, 2025], "dates")
    g.skip("Протягом I кварталу 2025 року", [1, 2025], "period")
    g.skip("у I кварталі наведено в таблиці 2 (тис. грн).", [1, 2], "quarter, table number")
    g.note("an УСЗН-type body (відділ соціального захисту населення of a селищна рада): centre_type uszn")
    g.note("table 1: every cell is a fact quoted by its row; rows hang on the Разом cell of the same column")
    g.note("table 2: amounts in тис. грн stored in hryvnias; rows carry their KEKV code, the Разом row carries none")
    g.note("the row slip and the column/total mismatch record one slip (two findings with the same slip id)")
    g.note("«387 заяв стосувалися призначення житлових субсидій» → applied (applications) with a label, a «серед» part of 1 146")
    g.write()


if __name__ == "__main__":
    main()
