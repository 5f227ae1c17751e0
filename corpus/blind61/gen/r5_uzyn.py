"""b61_05: Відділ соціального захисту населення Узинської міської ради (Київська), analytic note on social
services for Q1 2024. DOCX with a budget table by KEKV, impersonal/third person."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b61_05_uzyn_uszn_q1_2024.docx"

PARAS = [
    ("p", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ УЗИНСЬКОЇ МІСЬКОЇ РАДИ"),
    ("p", "09161, Київська обл., Білоцерківський р-н, м. Узин, вул. Героїв Небесної Сотні, 23, тел. (04571) 0-52-80"),
    ("h", "АНАЛІТИЧНА ДОВІДКА щодо надання соціальних послуг у громаді за I квартал 2024 року"),
    ("p", "Довідку підготовлено на виконання Програми соціального захисту населення Узинської міської "
          "територіальної громади на 2024–2026 роки, затвердженої рішенням міської ради від 21.12.2023 "
          "№ 1187-38-VIII. У громаді (26 населених пунктів, близько 23,8 тис. мешканців) соціальні послуги надає "
          "КУ «Центр надання соціальних послуг» Узинської міської ради (далі – Центр)."),
    ("p", "За січень – березень 2024 року до відділу та Центру звернулися 296 мешканців громади, у тому числі "
          "118 внутрішньо переміщених осіб. Фахівцями Центру проведено оцінювання потреб 84 осіб."),
    ("p", "Соціальні послуги за квартал отримали 263 особи, зокрема:"),
    ("b", "догляд вдома – 71 особа (погодинний тариф – 54,50 грн);"),
    ("b", "денний догляд – 14 осіб;"),
    ("b", "консультування – 129 осіб;"),
    ("b", "соціальна адаптація – 22 особи;"),
    ("b", "натуральна допомога – 27 осіб (видано 64 продуктові набори)."),
    ("p", "Порівняно з I кварталом 2023 року (241 особа) кількість отримувачів зросла на 22 особи."),
    ("p", "Під соціальним супроводом Центру перебувало 9 сімей, які опинилися у складних життєвих обставинах, "
          "у них виховується 17 дітей."),
    ("p", "Станом на 01.04.2024 у Центрі працює 23 працівники при 25,5 штатної одиниці."),
    ("p", "Фінансування Центру здійснюється з місцевого бюджету (КПКВК 0813241). Виконання кошторису загального "
          "фонду за I квартал наведено в таблиці (тис. грн)."),
    ("t", None),
    ("p", "Касові видатки Центру за квартал становили 2 320,0 тис. грн, або 96,7 % призначень звітного періоду. "
          "Економія склалася переважно за рахунок вакантних посад та меншого споживання електроенергії."),
    ("p", "Начальник відділу                                   (підпис)"),
    ("p", "Вик.: головний спеціаліст відділу, тел. (04571) 0-52-84, 09.04.2024"),
]
TABLE = [
    ["КЕКВ", "Найменування", "Затверджено на I квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "1 842,6", "1 798,3", "44,3"],
    ["2120", "Нарахування на оплату праці", "405,4", "395,6", "9,8"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "36,0", "28,7", "7,3"],
    ["2240", "Оплата послуг (крім комунальних)", "54,2", "47,9", "6,9"],
    ["2273", "Оплата електроенергії", "61,8", "49,5", "12,3"],
    ["", "Разом", "2 400,0", "2 320,0", "80,0"],
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for kind, text in PARAS:
        if kind == "h":
            d.add_heading(text, 1)
        elif kind == "p":
            d.add_paragraph(text)
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        else:
            t = d.add_table(rows=len(TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    fix_docx_props(d, "ВСЗН Узин")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def k(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def gold():
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Узинської міської ради",
        "centre_type": "uszn", "settlement": "Узин", "oblast": "Київська",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-03-31"},
        meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Узинської міської ради",
                             "КУ «Центр надання соціальних послуг» Узинської міської ради"],
                  "centre_type": ["cnsp"]})
    F = g.f
    F("applied", "persons", 296, "звернулися 296 мешканців громади")                                    # f1
    F("applied", "persons", 118, "у тому числі 118 внутрішньо переміщених осіб",
      category="внутрішньо переміщені особи", parent="f1")                                              # f2
    F("needs_assessed", "persons", 84, "проведено оцінювання потреб 84 осіб")                          # f3
    F("served", "persons", 263, "Соціальні послуги за квартал отримали 263 особи")                     # f4
    for svc, q, v in (("home_care", "догляд вдома – 71 особа", 71), ("day_care", "денний догляд – 14 осіб", 14),
                      ("counselling", "консультування – 129 осіб", 129),
                      ("social_adaptation", "соціальна адаптація – 22 особи", 22),
                      ("natural_aid", "натуральна допомога – 27 осіб", 27)):
        F("served", "persons", v, q, service=svc, parent="f4", group="served_263_by_service")          # f5..f9
    F("served", "families", 9, "Під соціальним супроводом Центру перебувало 9 сімей", service="social_support_sjo",
      alt=["support_ongoing"])                                                                          # f10
    F("served", "children", 17, "у них виховується 17 дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent="f10")                                                            # f11
    F("staff_actual", "staff", 23, "у Центрі працює 23 працівники")                                    # f12
    F("staff_positions", "positions", 25.5, "при 25,5 штатної одиниці")                                # f13
    # budget table f14..f31
    ids = {}
    tot = TABLE[-1]
    ta = F("budget_approved", "uah", k(tot[2]), "Разом\t2 400,0\t2 320,0\t80,0", label="Разом, на I квартал")   # f14
    ts = F("budget_spent", "uah", k(tot[3]), "Разом\t2 400,0\t2 320,0\t80,0", label="Разом")                    # f15
    tv = F("budget_savings", "uah", k(tot[4]), "Разом\t2 400,0\t2 320,0\t80,0", label="Разом")                  # f16
    for code, name, a, s, e in TABLE[1:-1]:
        q = "\t".join([code, name, a, s, e])
        ia = F("budget_approved", "uah", k(a), q, kekv=code, label=name, parent=ta, group="approved_by_kekv")
        isp = F("budget_spent", "uah", k(s), q, kekv=code, label=name, parent=ts, group="spent_by_kekv")
        iv = F("budget_savings", "uah", k(e), q, kekv=code, label=name, parent=tv, group="savings_by_kekv")
        ids[code] = (ia, isp, iv)
    F("budget_spent", "uah", 2320000, "Касові видатки Центру за квартал становили 2 320,0 тис. грн, або 96,7 %",
      percent=96.7, note="prose repeat of the table's Разом")                                         # f32

    a, s_, v = ids["2240"]
    g.slip("table_arithmetic", "error", "2240\tОплата послуг (крім комунальних)\t54,2\t47,9\t6,9", 6.9, 6.3,
           [a, s_, v], "КЕКВ 2240: затверджено 54,2 − касові 47,9 = 6,3 тис. грн, the table says 6,9.",
           f"{a} - {s_} == {v}", slip=1)
    vs = " + ".join(ids[c][2] for c in ids)
    g.slip("table_arithmetic", "error", "Разом\t2 400,0\t2 320,0\t80,0", 80.0, 80.6,
           [tv] + [ids[c][2] for c in ids],
           "the Економія column sums to 44,3 + 9,8 + 7,3 + 6,9 + 12,3 = 80,6, Разом says 80,0 (which is "
           "2 400,0 − 2 320,0). The same slip as the 2240 row, seen from the column.",
           f"{vs} == {tv}", slip=1)
    g.check("table_arithmetic", "Разом\t2 400,0\t2 320,0\t80,0", "approved column: 1 842,6 + 405,4 + 36,0 + 54,2 + 61,8 = 2 400,0",
            " + ".join(ids[c][0] for c in ids) + f" == {ta}")
    g.check("table_arithmetic", "Разом\t2 400,0\t2 320,0\t80,0", "spent column: 1 798,3 + 395,6 + 28,7 + 47,9 + 49,5 = 2 320,0",
            " + ".join(ids[c][1] for c in ids) + f" == {ts}")
    g.check("table_arithmetic", "Разом\t2 400,0\t2 320,0\t80,0", "Разом: 2 400,0 − 2 320,0 = 80,0",
            f"{ta} - {ts} == {tv}")
    g.check("table_arithmetic", "2111\tЗаробітна плата\t1 842,6\t1 798,3\t44,3",
            "economy = approved − spent holds in rows 2111, 2120, 2210, 2273",
            " and ".join(f"{ids[c][0]} - {ids[c][1]} == {ids[c][2]}" for c in ("2111", "2120", "2210", "2273")))
    g.check("percent_mismatch", "або 96,7 % призначень", "2 320,0 / 2 400,0 = 96,67 % → 96,7",
            f"pct_ok(p32, f32, {ta}, 1)")
    g.check("internal_conflict", "Касові видатки Центру за квартал становили 2 320,0 тис. грн",
            "prose spent = table Разом", f"f32 == {ts}")
    g.check("parts_sum", "Соціальні послуги за квартал отримали 263 особи, зокрема:",
            "71 + 14 + 129 + 22 + 27 = 263", "f5 + f6 + f7 + f8 + f9 == f4")
    g.check("parts_sum", "у тому числі 118 внутрішньо переміщених осіб", "118 ≤ 296; 263 served ≤ 296 applied; 23 ≤ 25,5",
            "f2 <= f1 and f4 <= f1 and f12 <= f13")
    S = g.skip
    S("09161, Київська обл., Білоцерківський р-н, м. Узин, вул. Героїв Небесної Сотні, 23, тел. (04571) 0-52-80",
      [9161, 23, 4571, 5280], "postcode, address, phone")
    S("за I квартал 2024 року", [1, 2024], "period of the title")
    S("на 2024–2026 роки, затвердженої рішенням міської ради від 21.12.2023 № 1187-38-VIII",
      [2024, 2026, 21, 12, 2023, 1187, 38], "programme years, decision date and number")
    S("(26 населених пунктів, близько 23,8 тис. мешканців)", [26, 23.8], "settlement count and population")
    S("За січень – березень 2024 року", [2024], "year")
    S("(погодинний тариф – 54,50 грн)", [54.5], "tariff")
    S("(видано 64 продуктові набори)", [64], "items handed out")
    S("Порівняно з I кварталом 2023 року (241 особа) кількість отримувачів зросла на 22 особи.", [1, 2023, 241, 22],
      "prior-year figure and difference (263 − 241 = 22)")
    S("Станом на 01.04.2024", [1, 4, 2024], "date")
    S("(КПКВК 0813241)", [813241], "budget programme code")
    S("КЕКВ\tНайменування\tЗатверджено на I квартал", [1], "table header")
    S("Вик.: головний спеціаліст відділу, тел. (04571) 0-52-84, 09.04.2024", [4571, 5284, 9, 4, 2024],
      "phone, date")
    g.note("the note is written by the відділ соціального захисту (uszn) about the ЦНСП's services; meta_alt accepts "
           "the ЦНСП as the centre")
    g.note("budget table in тис. грн stored in hryvnias; every cell is a fact quoted by its row, with the kekv of the row; "
           "rows hang on the Разом cell of the same column; Разом carries no kekv")
    g.note("2 320,0 is written twice (table Разом and prose with 96,7 %): two facts")
    g.note("one slip (КЕКВ 2240 economy 6,9 instead of 6,3) recorded as two table_arithmetic findings (row and column)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
