"""b76_05: Служба у справах дітей Олицької селищної ради (Волинська), annual information 2023.
DOCX; third person; a register-movement table (взято / знято / на кінець року) with the start-of-year
stock in prose; numbered sections. No planted slip."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, fix_docx_props, freeze_zip
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

DOC = "b76_05_olyka_ssd_annual2023.docx"

HEAD = ["ОЛИЦЬКА СЕЛИЩНА РАДА", "ЛУЦЬКОГО РАЙОНУ ВОЛИНСЬКОЇ ОБЛАСТІ", "СЛУЖБА У СПРАВАХ ДІТЕЙ",
        "45220, смт Олика, вул. Замкова, 5, тел. (03376) 0-62-35, код ЄДРПОУ 44218703"]
TITLE = ["ІНФОРМАЦІЯ", "про стан роботи служби у справах дітей Олицької селищної ради у 2023 році"]
P1 = [
    "Станом на 31.12.2023 у громаді проживає 2 740 дітей віком до 18 років. Службою у справах дітей (далі – Служба) у 2023 році забезпечувалося виконання повноважень щодо захисту прав дітей відповідно до Положення, затвердженого рішенням селищної ради від 11.03.2021 № 4/19.",
    "1. Облік дітей",
    "На початок 2023 року на первинному обліку Служби перебувало 150 дітей, з них 36 дітей-сиріт та дітей, позбавлених батьківського піклування, 17 дітей, які перебувають у складних життєвих обставинах, і 97 дітей, які постраждали внаслідок воєнних дій та збройних конфліктів. Рух дітей на обліку протягом року наведено в таблиці.",
]
TROWS = [
    ("Категорія дітей", "Взято на облік у 2023 р.", "Знято з обліку у 2023 р.", "Перебуває на обліку на 31.12.2023"),
    ("Діти-сироти та діти, позбавлені батьківського піклування", "4", "3", "37"),
    ("Діти, які перебувають у складних життєвих обставинах", "11", "9", "19"),
    ("Діти, які постраждали внаслідок воєнних дій та збройних конфліктів", "23", "2", "118"),
    ("Усього", "38", "14", "174"),
]
P2 = [
    "Із 4 дітей, взятих на облік як діти-сироти та діти, позбавлені батьківського піклування, 1 дитина має статус дитини-сироти, 3 – статус дитини, позбавленої батьківського піклування. Із 3 знятих з обліку дітей цієї категорії 2 досягли повноліття, 1 усиновлена.",
    "2. Влаштування дітей",
    "Протягом року до сімейних форм виховання влаштовано 5 дітей: під опіку, піклування – 4, до прийомної сім'ї – 1. У громаді функціонують 2 прийомні сім'ї, у яких виховується 5 дітей.",
    "3. Профілактична робота",
    "До Служби надійшли повідомлення про 14 дітей, які постраждали від домашнього насильства або перебувають під загрозою його вчинення. Обстежено умови проживання 64 сімей. Спільно з ювенальною превенцією проведено 9 рейдів («Діти вулиці», «Канікули», «Урок»).",
    "Проведено 8 профілактичних заходів у закладах освіти, якими охоплено 310 учнів 5–11 класів. На телефон «гарячої лінії» Служби надійшло 29 дзвінків.",
    "4. Звернення громадян та засідання комісії",
    "Службою розглянуто 47 звернень громадян. Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 86 питань; до суду підготовлено 6 висновків органу опіки та піклування.",
    "5. Кадрове забезпечення",
    "Штатним розписом Служби передбачено 3 посади; усі 3 посади заміщені. У 2023 році 2 працівники пройшли навчання на платформі «Дія.Освіта».",
    "На 2024 рік Служба планує створити ще 1 прийомну сім'ю та 1 дитячий будинок сімейного типу.",
    "Начальник служби у справах дітей                                     ____________",
    "16.01.2024",
]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(14)
    for h in HEAD + TITLE:
        p = d.add_paragraph()
        p.add_run(h).bold = h in HEAD[:3] or h in TITLE
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in P1:
        d.add_paragraph(t)
    tb = d.add_table(rows=len(TROWS), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(TROWS):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in P2:
        d.add_paragraph(t)
    fix_docx_props(d, "ССД")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)

    g = Gold(DOC, {
        "centre": "Служба у справах дітей Олицької селищної ради",
        "centre_type": "other", "settlement": "Олика", "oblast": "Волинська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"settlement": ["смт Олика"]})
    labs = ["діти-сироти та діти, позбавлені батьківського піклування", "діти у складних життєвих обставинах",
            "діти, які постраждали внаслідок воєнних дій та збройних конфліктів"]
    tot = "\t".join(TROWS[4])
    tn = g.f("registered_new", "children", 38, tot, label="усього")
    td = g.f("deregistered", "children", 14, tot, label="усього")
    te = g.f("registered", "children", 174, tot, label="усього, на 31.12.2023")
    N, D, E = [], [], []
    for row, lab in zip(TROWS[1:4], labs):
        q = "\t".join(row)
        N.append(g.f("registered_new", "children", int(row[1]), q, label=lab, group="new_38_by_category", parent=tn))
        D.append(g.f("deregistered", "children", int(row[2]), q, label=lab, group="removed_14_by_category", parent=td))
        E.append(g.f("registered", "children", int(row[3]), q, label=lab + ", на 31.12.2023",
                     group="register_174_by_category", parent=te))
    n4 = g.f("registered_new", "children", 4,
             "Із 4 дітей, взятих на облік як діти-сироти та діти, позбавлені батьківського піклування",
             label=labs[0], note="the table row's 4, written again in prose")
    o1 = g.f("registered_new", "children", 1, "1 дитина має статус дитини-сироти", label="діти-сироти",
             group="new_orphans_4_by_status", parent=n4)
    o2 = g.f("registered_new", "children", 3, "3 – статус дитини, позбавленої батьківського піклування",
             label="діти, позбавлені батьківського піклування", group="new_orphans_4_by_status", parent=n4)
    d3 = g.f("deregistered", "children", 3, "Із 3 знятих з обліку дітей цієї категорії", label=labs[0],
             note="the table row's 3, written again in prose")
    r1 = g.f("deregistered", "children", 2, "2 досягли повноліття", label="досягнення повноліття",
             group="removed_orphans_3_by_reason", parent=d3)
    r2 = g.f("deregistered", "children", 1, "1 усиновлена", label="усиновлення", group="removed_orphans_3_by_reason", parent=d3)
    nt = g.f("notified", "children", 14, "надійшли повідомлення про 14 дітей", label="домашнє насильство")
    ev = g.f("events", "events", 8, "Проведено 8 профілактичних заходів у закладах освіти")
    ep = g.f("event_participants", "children", 310, "якими охоплено 310 учнів", parent=ev, unit_alt="persons")
    cl = g.f("calls", "calls", 29, "На телефон «гарячої лінії» Служби надійшло 29 дзвінків")
    ap = g.f("applied", "applications", 47, "Службою розглянуто 47 звернень громадян")
    sp = g.f("staff_positions", "positions", 3, "Штатним розписом Служби передбачено 3 посади")
    sa = g.f("staff_actual", "staff", 3, "усі 3 посади заміщені")
    st = g.f("staff_trained", "staff", 2, "2 працівники пройшли навчання")

    g.check("table_arithmetic", tot, "columns: 4 + 11 + 23 = 38; 3 + 9 + 2 = 14; 37 + 19 + 118 = 174",
            f"{N[0]} + {N[1]} + {N[2]} == {tn} and {D[0]} + {D[1]} + {D[2]} == {td} and {E[0]} + {E[1]} + {E[2]} == {te}")
    g.check("table_arithmetic", "На початок 2023 року на первинному обліку Служби перебувало 150 дітей",
            "rows: start (literal, prose) + new − removed = end: 36 + 4 − 3 = 37; 17 + 11 − 9 = 19; 97 + 23 − 2 = 118; 150 + 38 − 14 = 174",
            f"36 + {N[0]} - {D[0]} == {E[0]} and 17 + {N[1]} - {D[1]} == {E[1]} and 97 + {N[2]} - {D[2]} == {E[2]} and 150 + {tn} - {td} == {te}")
    g.check("parts_sum", "з них 36 дітей-сиріт", "start-of-year parts 36 + 17 + 97 = 150 (literals)", "36 + 17 + 97 == 150")
    g.check("parts_sum", "1 дитина має статус дитини-сироти, 3 – статус дитини, позбавленої батьківського піклування",
            "1 + 3 = 4 (prose 4 = table 4)", f"{o1} + {o2} == {n4} and {n4} == {N[0]}")
    g.check("parts_sum", "2 досягли повноліття, 1 усиновлена", "2 + 1 = 3 (prose 3 = table 3)", f"{r1} + {r2} == {d3} and {d3} == {D[0]}")
    g.check("parts_sum", "Штатним розписом Служби передбачено 3 посади; усі 3 посади заміщені", "3 = 3; 2 trained ≤ 3",
            f"{sa} == {sp} and {st} <= {sa}")

    g.skip("45220, смт Олика, вул. Замкова, 5, тел. (03376) 0-62-35, код ЄДРПОУ 44218703",
           [45220, 5, 3376, 6235, 44218703], "postcode, address, phone, ЄДРПОУ")
    g.skip("Станом на 31.12.2023 у громаді проживає 2 740 дітей віком до 18 років", [31, 12, 2023, 2740, 18],
           "date, child population, age")
    g.skip("рішенням селищної ради від 11.03.2021 № 4/19", [11, 3, 2021, 4, 19], "decision date and number")
    g.skip("На початок 2023 року на первинному обліку Служби перебувало 150 дітей, з них 36 дітей-сиріт та дітей, позбавлених батьківського піклування, 17 дітей, які перебувають у складних життєвих обставинах, і 97 дітей",
           [150, 36, 17, 97], "start-of-year register (the stock at the end of 2022); used as literals in checks")
    g.skip("Протягом року до сімейних форм виховання влаштовано 5 дітей: під опіку, піклування – 4, до прийомної сім'ї – 1",
           [5, 4, 1], "placements (no §3 id)")
    g.skip("У громаді функціонують 2 прийомні сім'ї, у яких виховується 5 дітей", [2, 5], "number of foster families (no §3 id)")
    g.skip("Обстежено умови проживання 64 сімей", [64], "housing inspections (no §3 id)")
    g.skip("проведено 9 рейдів", [9], "raids (no §3 id)")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")
    g.skip("Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 86 питань; до суду підготовлено 6 висновків",
           [12, 86, 6], "commission sittings, questions, court opinions (no §3 id)")
    g.skip("На 2024 рік Служба планує створити ще 1 прийомну сім'ю та 1 дитячий будинок сімейного типу", [2024, 1, 1], "plan")
    g.skip("16.01.2024", [16, 1, 2024], "compile date")
    g.skip("1. Облік дітей", [1, 2, 3, 4, 5], "section numbers")
    g.note("служба у справах дітей → centre_type other; registers → registered_new / deregistered / registered (children)")
    g.note("the table column «Перебуває на обліку на 31.12.2023» → registered; the start-of-year stock in prose is skipped (end of 2022) but used as literals in the row checks")
    g.note("war-affected children: the status granted in the year → registered_new with a label, as in blind18")
    g.note("«охоплено 310 учнів» → event_participants, unit children (alt persons)")
    g.note("the orphan row's 4 new and 3 removed are written again in prose as the wholes of two breakdowns: two more facts")
    g.note("no planted slip: everything adds up")
    g.write()


if __name__ == "__main__":
    build()
