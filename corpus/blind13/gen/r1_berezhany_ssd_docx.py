"""b13_01: служба у справах дітей Бережанської міської ради (Тернопільська), annual 2024.

DOCX with two tables of children by status / reason and age group (merged «Вікові групи»
header over three columns), plus prose on appeals, register movements and staff.
Planted slip: row «постраждали від домашнього насильства» 1 + 5 + 4 = 10, Всього says 11;
the Разом row then does not add up across (11 + 26 + 19 = 56 vs 57).
"""
import docx
from docx.shared import Pt

from common import Gold, report_path, save_docx, read_text

NAME = "b13_01_berezhany_ssd_annual2024.docx"

T1_HEAD = "Категорія дітей"
T1 = [
    ("1", "діти-сироти", 3, 9, 8, 20),
    ("2", "діти, позбавлені батьківського піклування", 5, 14, 12, 31),
]
T1_TOTAL = ("Разом", 8, 23, 20, 51)
T2 = [
    ("1", "діти, батьки яких ухиляються від виконання батьківських обов’язків", 4, 11, 7, 22),
    ("2", "діти, які постраждали від домашнього насильства", 1, 5, 4, 11),
    ("3", "діти, які залишили місце постійного проживання", 0, 1, 3, 4),
    ("4", "діти, які постраждали внаслідок воєнних дій та збройних конфліктів", 6, 9, 5, 20),
]
T2_TOTAL = ("Разом", 11, 26, 19, 57)


def para(doc, text, bold=False, size=12, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def table(doc, rows, total):
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text = "№ з/п"
    h0[1].text = T1_HEAD
    h0[2].text = "Вікові групи"
    h0[2].merge(h0[4])
    h0[5].text = "Всього"
    h0[0].merge(h1[0])
    h0[1].merge(h1[1])
    h0[5].merge(h1[5])
    h1[2].text = "0–6 років"
    h1[3].text = "7–13 років"
    h1[4].text = "14–17 років"
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = str(v)
    c = t.add_row().cells
    c[0].text = total[0]
    c[0].merge(c[1])
    for i, v in enumerate(total[1:]):
        c[2 + i].text = str(v)
    return t


def build():
    doc = docx.Document()
    para(doc, "БЕРЕЖАНСЬКА МІСЬКА РАДА\nТернопільської області", bold=True, align=1)
    para(doc, "СЛУЖБА У СПРАВАХ ДІТЕЙ", bold=True, align=1)
    para(doc, "47501, м. Бережани, пл. Ринок, 1, тел. (03548) 0-21-47, код ЄДРПОУ 41862093", size=10, align=1)
    para(doc, "ІНФОРМАЦІЯ\nпро стан роботи служби у справах дітей Бережанської міської ради за 2024 рік",
         bold=True, align=1)
    para(doc, "Служба у справах дітей Бережанської міської ради (далі – Служба) діє відповідно до "
              "Положення, затвердженого рішенням міської ради від 24.02.2021 № 213. Станом на 01.01.2025 "
              "на території громади проживає 7 412 дітей віком до 18 років.")
    para(doc, "1. Діти-сироти та діти, позбавлені батьківського піклування", bold=True)
    para(doc, "Протягом 2024 року Службою поставлено на первинний облік 12 дітей, які залишились без "
              "батьківського піклування (у 2023 році – 9). Станом на 31.12.2024 на первинному обліку "
              "перебуває 51 дитина. Розподіл за віком наведено в таблиці 1.")
    para(doc, "Таблиця 1. Діти-сироти та діти, позбавлені батьківського піклування, на первинному обліку "
              "станом на 31.12.2024", bold=True, size=11)
    table(doc, T1, T1_TOTAL)
    para(doc, "Усі діти цієї категорії влаштовані до сімейних форм виховання: під опіку, піклування – 38, "
              "у прийомні сім’ї та ДБСТ – 13. Протягом року усиновлено 2 дітей.")
    para(doc, "2. Діти, які перебувають у складних життєвих обставинах", bold=True)
    para(doc, "Протягом 2024 року на облік дітей, які перебувають у складних життєвих обставинах, "
              "взято 19 дітей, знято з обліку 14 дітей, з них 9 – у зв’язку з подоланням складних "
              "життєвих обставин, 5 – у зв’язку з досягненням повноліття.")
    para(doc, "Таблиця 2. Діти, які перебувають у складних життєвих обставинах, на обліку Служби станом "
              "на 31.12.2024 (за причинами)", bold=True, size=11)
    table(doc, T2, T2_TOTAL)
    para(doc, "3. Робота із зверненнями громадян", bold=True)
    para(doc, "До Служби у 2024 році надійшло 143 звернення громадян, з них письмових – 97, усних – 46. "
              "Усі звернення розглянуто у встановлені строки. Скарг на дії працівників Служби не "
              "надходило. Проведено 24 засідання комісії з питань захисту прав дитини, на яких "
              "розглянуто 131 питання.")
    para(doc, "4. Кадрове забезпечення", bold=True)
    para(doc, "Штатна чисельність Служби – 5 посад, фактично працює 4 особи (1 вакансія головного "
              "спеціаліста). Прийом громадян: вівторок, четвер з 9.00 до 13.00.")
    para(doc, "Начальник служби у справах дітей", size=11)
    save_docx(doc, report_path(NAME))


def gold():
    g = Gold(NAME, {
        "centre": "Служба у справах дітей Бережанської міської ради",
        "centre_type": "other",
        "settlement": "Бережани",
        "oblast": "Тернопільська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    text = read_text(report_path(NAME))

    def rowq(row):
        # how the reader prints a table row: tab-separated cells
        return "\t".join(str(x) for x in row)

    ages = ["0–6 років", "7–13 років", "14–17 років"]
    f_new = g.f("registered_new", "children", 12,
                "Службою поставлено на первинний облік 12 дітей",
                category="діти, які залишились без батьківського піклування")
    f_reg = g.f("registered", "children", 51, "на первинному обліку перебуває 51 дитина",
                category="діти-сироти та діти, позбавлені батьківського піклування",
                note="prose repeat of Таблиця 1 Разом / Всього (51)")

    def do_table(rows, total, cat_total, group_prefix):
        tq = rowq(total)
        tot_ids = []
        for i, v in enumerate(total[1:]):
            lab = ages[i] if i < 3 else "Всього"
            tot_ids.append(g.f("registered", "children", v, tq, category=cat_total,
                               label=f"Разом – {lab}"))
        for r in rows:
            q = rowq(r)
            for i, v in enumerate(r[2:]):
                lab = ages[i] if i < 3 else "Всього"
                g.f("registered", "children", v, q, category=r[1], label=lab,
                    group=f"{group_prefix}_{['0_6', '7_13', '14_17', 'total'][i]}_by_category",
                    parent=tot_ids[i])
        return tot_ids

    t1 = do_table(T1, T1_TOTAL, "діти-сироти та діти, позбавлені батьківського піклування", "t1")
    n_before = len(g.facts)
    f_rn = g.f("registered_new", "children", 19,
               "взято 19 дітей", category="діти, які перебувають у складних життєвих обставинах")
    f_de = g.f("deregistered", "children", 14, "знято з обліку 14 дітей",
               category="діти, які перебувають у складних життєвих обставинах")
    g.f("deregistered", "children", 9, "з них 9 – у зв'язку з подоланням складних життєвих обставин",
        label="у зв'язку з подоланням СЖО", group="deregistered_by_reason", parent=f_de,
        alt=["outcome_positive"])
    g.f("deregistered", "children", 5, "5 – у зв'язку з досягненням повноліття",
        label="у зв'язку з досягненням повноліття", group="deregistered_by_reason", parent=f_de)
    t2 = do_table(T2, T2_TOTAL, "діти, які перебувають у складних життєвих обставинах", "t2")
    f_ap = g.f("applied", "applications", 143, "надійшло 143 звернення громадян")
    g.f("applied", "applications", 97, "з них письмових – 97", label="письмові",
        group="applied_by_form", parent=f_ap)
    g.f("applied", "applications", 46, "усних – 46", label="усні", group="applied_by_form",
        parent=f_ap)
    g.f("complaints", "complaints", 0, "Скарг на дії працівників Служби не надходило")
    g.f("staff_positions", "positions", 5, "Штатна чисельність Служби – 5 посад")
    g.f("staff_actual", "staff", 4, "фактично працює 4 особи")

    # audit: the slip
    ids = {f["id"]: f for f in g.facts}
    dv_q = rowq(T2[1])
    dv_ids = [f["id"] for f in g.facts if f["quote"] == g_nq(dv_q)]
    tot_q = rowq(T2_TOTAL)
    tot2_ids = [f["id"] for f in g.facts if f["quote"] == g_nq(tot_q)]
    g.slip("table_arithmetic", "error", dv_q, 11, 10, dv_ids,
           "row «діти, які постраждали від домашнього насильства»: 1 + 5 + 4 = 10 children by age, "
           "Всього says 11")
    g.slip("table_arithmetic", "error", tot_q, 57, 56, tot2_ids,
           "Разом row of Таблиця 2 across: 11 + 26 + 19 = 56, Всього says 57. The columns add up "
           "(Всього 22 + 11 + 4 + 20 = 57, age columns 11, 26, 19), so this is the same slip as the "
           "row above seen from the total row (two findings, one slip)")
    g.check("table_arithmetic", rowq(T1_TOTAL),
            "Таблиця 1: rows 3+9+8 = 20, 5+14+12 = 31; columns 3+5 = 8, 9+14 = 23, 8+12 = 20, "
            "20+31 = 51; Разом across 8+23+20 = 51")
    g.check("table_arithmetic", tot_q,
            "Таблиця 2 columns: 4+1+0+6 = 11, 11+5+1+9 = 26, 7+4+3+5 = 19, 22+11+4+20 = 57; rows 1, 3, "
            "4 add up across (22, 4, 20)")
    g.check("parts_sum", "знято з обліку 14 дітей", "9 + 5 = 14")
    g.check("parts_sum", "надійшло 143 звернення громадян", "97 + 46 = 143")
    g.check("parts_sum", "на первинному обліку перебуває 51 дитина",
            "prose 51 = Таблиця 1 Разом/Всього 51; placements 38 + 13 = 51 (skipped as facts)")
    g.check("parts_sum", "фактично працює 4 особи", "4 staff ≤ 5 positions (1 vacancy)")

    g.skip("47501, м. Бережани, пл. Ринок, 1, тел. (03548) 0-21-47, код ЄДРПОУ 41862093",
           [47501, 1, 3548, 41862093], "postcode, address, phone, ЄДРПОУ")
    g.skip("рішенням міської ради від 24.02.2021 № 213", [24, 2, 2021, 213], "decision date and number")
    g.skip("Станом на 01.01.2025 на території громади проживає 7 412 дітей віком до 18 років",
           [1, 1, 2025, 7412, 18], "child population of the hromada and an age limit")
    g.skip("(у 2023 році – 9)", [2023, 9], "prior-year figure")
    g.skip("0–6 років\t7–13 років\t14–17 років", [0, 6, 7, 13, 14, 17], "age bands in the header")
    g.skip("1\tдіти-сироти", [1, 2, 3, 4], "row numbers (№ з/п)")
    g.skip("Таблиця 1.", [1, 2], "table numbers; «станом на 31.12.2024» dates")
    g.skip("під опіку, піклування – 38, у прийомні сім'ї та ДБСТ – 13", [38, 13],
           "children by form of family placement; placements have no §3 id")
    g.skip("Протягом року усиновлено 2 дітей", [2], "adoptions; no §3 id")
    g.skip("Проведено 24 засідання комісії з питань захисту прав дитини, на яких розглянуто 131 питання",
           [24, 131], "commission sittings and questions considered; no §3 id")
    g.skip("(1 вакансія головного спеціаліста)", [1], "vacancy (follows from 5 − 4)")
    g.skip("з 9.00 до 13.00", [9, 13], "office hours")
    g.note("a служба у справах дітей is centre_type other; the status register (первинний облік) and "
           "the СЖО register are «registered» (children); «поставлено на первинний облік» is "
           "registered_new")
    g.note("table cells: every cell is a fact quoted by its row (tab-separated as the reader prints it); "
           "category rows hang on the Разом cell of the same column (one group per column and table); "
           "label carries the age band or «Всього»")
    g.note("the age cells of a row are not hung on the row's Всього (one parent only: the column total)")
    g.note("«знято з обліку ... 9 – у зв'язку з подоланням складних життєвих обставин» → deregistered "
           "(children) with alt outcome_positive")
    g.note("prose «перебуває 51 дитина» repeats Таблиця 1 Разом/Всього: a total written twice is two facts")
    assert text
    g.write()


def g_nq(s):
    from common import nq
    return nq(s)


if __name__ == "__main__":
    build()
    gold()
