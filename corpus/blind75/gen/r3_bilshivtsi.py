"""b75_03: служба у справах дітей Більшівцівської селищної ради (Івано-Франківська), annual report 2024.
DOCX (python-docx) with a register table (on 01.01 / taken / removed / on 31.12); third-person voice."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b75_03_bilshivtsi_ssd_annual2024.docx"

HEAD = [
    ("c", "БІЛЬШІВЦІВСЬКА СЕЛИЩНА РАДА\nІвано-Франківського району Івано-Франківської області\nСЛУЖБА У СПРАВАХ ДІТЕЙ"),
    ("c", "77154, смт Більшівці, вул. Галицька, 18, тел. (03431) 0-52-67, код ЄДРПОУ 43390615"),
    ("l", "№ 02-12/31 від 22.01.2025"),
    ("h", "Звіт про діяльність служби у справах дітей Більшівцівської селищної ради за 2024 рік"),
    ("p", "Служба у справах дітей селищної ради (далі – Служба) є виконавчим органом селищної ради, утвореним рішенням від 18.12.2020 № 27-2/2020. На території громади, до якої входить 24 населені пункти, станом на 01.01.2025 проживає 2 418 дітей, у тому числі 96 дітей з числа внутрішньо переміщених осіб."),
    ("p", "Протягом 2024 року до Служби надійшло 186 звернень громадян (у 2023 році – 171), з них 64 – письмові. Від закладів освіти, охорони здоров'я, поліції та старост надійшли повідомлення щодо 43 дітей, які можуть перебувати у складних життєвих обставинах. За результатами оцінки потреб, проведеної спільно з центром надання соціальних послуг, 16 дітей взято на облік як таких, що перебувають у складних життєвих обставинах (у 2023 році – 12)."),
    ("p", "Рух дітей, які перебувають на первинному обліку Служби, наведено в таблиці 1."),
    ("p", "Таблиця 1. Облік дітей у 2024 році"),
]
TABLE = [
    ["Категорія дітей", "На 01.01.2024", "Взято на облік", "Знято з обліку", "На 31.12.2024"],
    ["Діти-сироти", "14", "3", "2", "15"],
    ["Діти, позбавлені батьківського піклування", "21", "5", "4", "22"],
    ["Діти, які перебувають у складних життєвих обставинах", "37", "16", "19", "34"],
    ["Разом", "72", "24", "27", "71"],
]
TAIL = [
    ("p", "Усі 37 дітей-сиріт та дітей, позбавлених батьківського піклування, які перебувають на обліку, виховуються в сімейних формах: під опікою, піклуванням – 31 дитина, у прийомних сім'ях – 4, у дитячому будинку сімейного типу – 2. Усиновлено 2 дітей."),
    ("p", "З обліку дітей, які перебували у складних життєвих обставинах, знято 19 дітей: 13 – у зв'язку з подоланням складних життєвих обставин, 4 – у зв'язку з досягненням повноліття, 2 – у зв'язку зі зміною місця проживання."),
    ("p", "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2024 році надано 58 дітям (всього з 2022 року – 301 дитині)."),
    ("p", "Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 87 питань. Підготовлено 19 висновків органу опіки та піклування для суду. Спільно з ювенальною превенцією проведено 9 рейдів, під час яких обстежено умови проживання 46 сімей."),
    ("p", "Працівники Служби провели 6 профілактичних заходів у закладах освіти громади, якими охоплено 540 учнів 5–11 класів."),
    ("p", "Штатна чисельність Служби – 4 посади, фактично працює 3 працівники. Двоє працівників пройшли навчання за програмою підвищення кваліфікації (обсягом 1 кредит ЄКТС)."),
    ("p", "У 2025 році Служба планує створити ще 1 прийомну сім'ю та охопити профілактичними заходами не менше 700 учнів."),
    ("l", "Начальник служби у справах дітей          ____________"),
]


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    def put(items):
        for kind, text in items:
            if kind == "h":
                p = d.add_heading(text, level=1)
            else:
                p = d.add_paragraph()
                for i, line in enumerate(text.split("\n")):
                    r = p.add_run(line)
                    if i < len(text.split("\n")) - 1:
                        r.add_break()
                if kind == "c":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif kind == "p":
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    put(HEAD)
    t = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    put(TAIL)
    fix_docx_props(d, "Служба у справах дітей")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Більшівцівської селищної ради",
        "centre_type": "other", "settlement": "Більшівці", "oblast": "Івано-Франківська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    ap = f("applied", "applications", 186, "Протягом 2024 року до Служби надійшло 186 звернень громадян",
           unit_alt="persons")
    apw = f("applied", "applications", 64, "з них 64 – письмові", label="письмові", parent=ap, unit_alt="persons")
    f("notified", "children", 43, "надійшли повідомлення щодо 43 дітей")
    rn = f("registered_new", "children", 16, "16 дітей взято на облік як таких, що перебувають у складних життєвих обставинах",
           category="діти, які перебувають у складних життєвих обставинах", alt=["in_difficult_circumstances"])
    cats = [("діти-сироти", "Діти-сироти\t14\t3\t2\t15"),
            ("діти, позбавлені батьківського піклування", "Діти, позбавлені батьківського піклування\t21\t5\t4\t22"),
            ("діти, які перебувають у складних життєвих обставинах",
             "Діти, які перебувають у складних життєвих обставинах\t37\t16\t19\t34")]
    vals = [(3, 2, 15), (5, 4, 22), (16, 19, 34)]
    tq = "Разом\t72\t24\t27\t71"
    tn = f("registered_new", "children", 24, tq, label="Разом", note="column «Взято на облік», total row")
    td = f("deregistered", "children", 27, tq, label="Разом", note="column «Знято з обліку», total row")
    te = f("registered", "children", 71, tq, label="Разом", note="column «На 31.12.2024», total row")
    rows = []
    for (cat, q), (n, dd, e) in zip(cats, vals):
        a = f("registered_new", "children", n, q, category=cat, label=cat, group="table1_taken", parent=tn)
        b = f("deregistered", "children", dd, q, category=cat, label=cat, group="table1_removed", parent=td)
        c = f("registered", "children", e, q, category=cat, label=cat, group="table1_end", parent=te)
        rows.append((a, b, c))
    d19 = f("deregistered", "children", 19,
            "З обліку дітей, які перебували у складних життєвих обставинах, знято 19 дітей",
            category="діти, які перебувають у складних життєвих обставинах")
    r1 = f("deregistered", "children", 13, "13 – у зв'язку з подоланням складних життєвих обставин",
           label="у зв'язку з подоланням складних життєвих обставин", alt=["outcome_positive"],
           group="removed_19_by_reason", parent=d19)
    r2 = f("deregistered", "children", 4, "4 – у зв'язку з досягненням повноліття",
           label="у зв'язку з досягненням повноліття", alt=["outcome_other"], group="removed_19_by_reason", parent=d19)
    r3 = f("deregistered", "children", 2, "2 – у зв'язку зі зміною місця проживання",
           label="у зв'язку зі зміною місця проживання", alt=["outcome_other"], group="removed_19_by_reason",
           parent=d19)
    f("registered_new", "children", 58, "у 2024 році надано 58 дітям",
      label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ev = f("events", "events", 6, "Працівники Служби провели 6 профілактичних заходів")
    f("event_participants", "children", 540, "якими охоплено 540 учнів", unit_alt="persons", parent=ev)
    p = f("staff_positions", "positions", 4, "Штатна чисельність Служби – 4 посади")
    a = f("staff_actual", "staff", 3, "фактично працює 3 працівники")
    f("staff_trained", "staff", 2, "Двоє працівників пройшли навчання", note="number in words («Двоє»)")

    (o_n, o_d, o_e), (p_n, p_d, p_e), (s_n, s_d, s_e) = rows
    g.slip("table_arithmetic", "error", tq, 27, 25, [td, o_d, p_d, s_d],
           "column «Знято з обліку»: 2 + 4 + 19 = 25, but Разом says 27. The same cell breaks the Разом row balance "
           "(72 + 24 − 27 = 69, not 71); every category row balances",
           f"{o_d} + {p_d} + {s_d} == {td}")
    g.check("table_arithmetic", tq, "column «Взято на облік»: 3 + 5 + 16 = 24", f"{o_n} + {p_n} + {s_n} == {tn}")
    g.check("table_arithmetic", tq, "column «На 31.12.2024»: 15 + 22 + 34 = 71", f"{o_e} + {p_e} + {s_e} == {te}")
    g.check("table_arithmetic", "Діти-сироти\t14\t3\t2\t15",
            "row balances with the skipped 01.01 column as literals: 14+3−2=15, 21+5−4=22, 37+16−19=34; "
            "and 72 + 24 − 25 = 71 with the corrected removal total",
            f"14 + {o_n} - {o_d} == {o_e} and 21 + {p_n} - {p_d} == {p_e} and 37 + {s_n} - {s_d} == {s_e} "
            f"and 72 + {tn} - ({o_d} + {p_d} + {s_d}) == {te}")
    g.check("parts_sum", "Усі 37 дітей-сиріт та дітей, позбавлених батьківського піклування",
            "15 + 22 = 37 on the register; 31 + 4 + 2 = 37 in family forms (literals)",
            f"{o_e} + {p_e} == 37 and 31 + 4 + 2 == {o_e} + {p_e}")
    g.check("parts_sum", "знято 19 дітей: 13 – у зв'язку з подоланням складних життєвих обставин",
            "13 + 4 + 2 = 19", f"{r1} + {r2} + {r3} == {d19}")
    g.check("internal_conflict", "знято 19 дітей", "19 removed from the СЖО register in the table and in the prose",
            f"{d19} == {s_d}")
    g.check("internal_conflict", "16 дітей взято на облік як таких, що перебувають у складних життєвих обставинах",
            "16 taken on the СЖО register in the prose and in the table", f"{rn} == {s_n}")
    g.check("parts_sum", "з них 64 – письмові", "64 ≤ 186; 3 ≤ 4 positions", f"{apw} <= {ap} and {a} <= {p}")

    g.skip("77154, смт Більшівці, вул. Галицька, 18, тел. (03431) 0-52-67, код ЄДРПОУ 43390615",
           [77154, 18, 3431, 5267, 43390615], "postcode, address, phone, ЄДРПОУ")
    g.skip("№ 02-12/31 від 22.01.2025", [2, 12, 31, 22, 1, 2025], "outgoing number and date")
    g.skip("за 2024 рік", [2024], "report period (meta)")
    g.skip("утвореним рішенням від 18.12.2020 № 27-2/2020", [18, 12, 2020, 27, 2], "decision date and number")
    g.skip("до якої входить 24 населені пункти, станом на 01.01.2025 проживає 2 418 дітей, у тому числі 96 дітей з числа внутрішньо переміщених осіб",
           [24, 1, 2025, 2418, 96], "settlement count, date, child population")
    g.skip("(у 2023 році – 171)", [2023, 171], "prior-year figure")
    g.skip("(у 2023 році – 12)", [2023, 12], "prior-year figure")
    g.skip("Таблиця 1. Облік дітей у 2024 році", [1, 2024], "table number, year")
    g.skip("На 01.01.2024", [1, 1, 2024], "column header date")
    g.skip("Разом\t72", [14, 21, 37, 72], "register on 01.01.2024 (the start of the year, i.e. the end of 2023): skipped like b18_04's start-of-year registers; used as literals in the balance check")
    g.skip("під опікою, піклуванням – 31 дитина, у прийомних сім'ях – 4, у дитячому будинку сімейного типу – 2",
           [31, 4, 2], "placements by form (no §3 id); used as literals")
    g.skip("Усі 37 дітей-сиріт", [37], "sum of two register rows, restated (no separate fact)")
    g.skip("Усиновлено 2 дітей.", [2], "adoptions (no §3 id)")
    g.skip("(всього з 2022 року – 301 дитині)", [2022, 301], "cumulative figure since 2022")
    g.skip("Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 87 питань",
           [12, 87], "commission sittings and questions (no §3 id)")
    g.skip("Підготовлено 19 висновків органу опіки та піклування для суду", [19], "court opinions (no §3 id)")
    g.skip("проведено 9 рейдів, під час яких обстежено умови проживання 46 сімей", [9, 46],
           "raids and homes inspected (no §3 id)")
    g.skip("540 учнів 5–11 класів", [5, 11], "school grades")
    g.skip("(обсягом 1 кредит ЄКТС)", [1], "training volume")
    g.skip("У 2025 році Служба планує створити ще 1 прийомну сім'ю та охопити профілактичними заходами не менше 700 учнів.",
           [2025, 1, 700], "plan for 2025")

    g.note("a служба у справах дітей is centre_type other; its registers are registered / registered_new / deregistered (children)")
    g.note("table 1: every cell of the three 2024 columns is a fact quoted by its row, hanging on the Разом cell of the same column; the «На 01.01.2024» column is the start-of-year register and is skipped")
    g.note("«звернень громадян» → applied, unit applications (alt persons)")
    g.note("the war-affected status granted in 2024 → registered_new with a label; the cumulative figure since 2022 is skipped")
    g.note("the 19 removals and the 16 additions for СЖО are written in the table and in the prose: two facts each")
    g.write()


if __name__ == "__main__":
    build()
    gold()
