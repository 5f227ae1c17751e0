"""b56_05: служба у справах дітей Торговицької сільської ради (Кіровоградська), annual information 2023. DOCX with a register table, impersonal."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b56_05_torhovytsia_ssd_annual2023.docx"

TAB = [["Категорія дітей", "На 01.01.2023", "Взято на облік у 2023 р.", "Знято з обліку у 2023 р.", "На 01.01.2024"],
       ["Діти, які перебувають у складних життєвих обставинах", "17", "9", "11", "15"],
       ["Діти-сироти та діти, позбавлені батьківського піклування", "23", "4", "3", "24"],
       ["Усього", "40", "13", "14", "39"]]

P = [
 ("h", "Інформація про стан роботи служби у справах дітей Торговицької сільської ради щодо захисту прав дітей у 2023 році"),
 ("p", "27130, Кіровоградська обл., Новоукраїнський р-н, с. Торговиця, вул. Центральна, 52, тел. (05251) 0-32-19"),
 ("p", "Станом на 01.01.2024 на території громади (22 населені пункти) проживає 1 683 дитини віком до 18 років. Службою ведеться облік дітей, які перебувають у складних життєвих обставинах, та дітей-сиріт і дітей, позбавлених батьківського піклування (таблиця)."),
 ("t", TAB),
 ("p", "Упродовж звітного року до служби надійшли повідомлення щодо 64 дітей, які можуть перебувати у складних життєвих обставинах. Спільно з центром соціальних служб проведено оцінку потреб 21 сім'ї, в яких виховується 43 дитини."),
 ("p", "З обліку дітей, які перебувають у складних життєвих обставинах, знято 11 дітей: у зв'язку з подоланням складних життєвих обставин – 7, з досягненням повноліття – 3, у зв'язку зі зміною місця проживання – 1. Станом на 31.12.2023 на обліку перебувало 15 дітей із 8 сімей."),
 ("p", "Із 24 дітей-сиріт та дітей, позбавлених батьківського піклування, 19 виховуються в сім'ях опікунів, піклувальників, 3 – у прийомній сім'ї, 2 – у дитячому будинку сімейного типу. Усиновлено 1 дитину."),
 ("p", "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році надано 38 дітям (усього з 2022 року – 112 дітям)."),
 ("p", "До служби звернулося 96 громадян з питань захисту прав дітей, на телефон служби надійшло 23 дзвінки. Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 57 питань; підготовлено 17 висновків органу опіки та піклування для суду."),
 ("p", "Спільно з ювенальною превенцією проведено 8 рейдів «Діти вулиці», перевірено умови проживання 46 сімей. У закладах освіти службою проведено 14 профілактичних заходів, якими охоплено 517 учнів 5–11 класів."),
 ("p", "У службі працює 3 особи (начальник служби, головний спеціаліст, спеціаліст І категорії) при 3 штатних одиницях."),
 ("p", "Начальник служби (підпис)          10.01.2024 № 01-19/6"),
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    for kind, x in P:
        if kind == "h":
            d.add_paragraph().add_run(x).bold = True
        elif kind == "p":
            d.add_paragraph(x)
        else:
            t = d.add_table(rows=len(x), cols=len(x[0])); t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    fix_docx_props(d, author="ССД")
    p = report_path(DOC)
    d.save(p)
    freeze_zip(p)


def gold():
    g = Gold(DOC, {"centre": "Служба у справах дітей Торговицької сільської ради", "centre_type": "other",
                   "settlement": "Торговиця", "oblast": "Кіровоградська", "report_kind": "annual_report",
                   "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f = g.f
    F = lambda x: "f" + x[1:]
    qr = ["Діти, які перебувають у складних життєвих обставинах\t17\t9\t11\t15",
          "Діти-сироти та діти, позбавлені батьківського піклування\t23\t4\t3\t24",
          "Усього\t40\t13\t14\t39"]
    cat = ["діти, які перебувають у складних життєвих обставинах", "діти-сироти та діти, позбавлені батьківського піклування"]
    tn = f("registered_new", "children", 13, qr[2], label="Усього")
    td = f("deregistered", "children", 14, qr[2], label="Усього")
    tr = f("registered", "children", 39, qr[2], label="Усього, на 01.01.2024")
    rows = []
    for q, c, (n, d_, r) in zip(qr[:2], cat, [(9, 11, 15), (4, 3, 24)]):
        rows.append((f("registered_new", "children", n, q, category=c, group="table_new_by_category", parent=tn),
                     f("deregistered", "children", d_, q, category=c, group="table_off_by_category", parent=td),
                     f("registered", "children", r, q, category=c, label="на 01.01.2024", group="table_end_by_category", parent=tr)))
    no = f("notified", "children", 64, "до служби надійшли повідомлення щодо 64 дітей")
    na = f("needs_assessed", "families", 21, "проведено оцінку потреб 21 сім'ї")
    f("needs_assessed", "children", 43, "в яких виховується 43 дитини", parent=na)
    dr = f("deregistered", "children", 11, "знято 11 дітей", category=cat[0])
    rs = [f("deregistered", "children", 7, "у зв'язку з подоланням складних життєвих обставин – 7", category=cat[0], label="подолання СЖО", alt=["outcome_positive"], group="off_11_by_reason", parent=dr),
          f("deregistered", "children", 3, "з досягненням повноліття – 3", category=cat[0], label="досягнення повноліття", group="off_11_by_reason", parent=dr),
          f("deregistered", "children", 1, "у зв'язку зі зміною місця проживання – 1", category=cat[0], label="зміна місця проживання", group="off_11_by_reason", parent=dr)]
    rg = f("registered", "children", 15, "Станом на 31.12.2023 на обліку перебувало 15 дітей із 8 сімей", category=cat[0])
    rgf = f("registered", "families", 8, "Станом на 31.12.2023 на обліку перебувало 15 дітей із 8 сімей", category=cat[0])
    f("registered_new", "children", 38, "у 2023 році надано 38 дітям", label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    f("applied", "persons", 96, "До служби звернулося 96 громадян з питань захисту прав дітей")
    f("calls", "calls", 23, "на телефон служби надійшло 23 дзвінки")
    ev = f("events", "events", 14, "службою проведено 14 профілактичних заходів")
    f("event_participants", "children", 517, "якими охоплено 517 учнів", unit_alt="persons", parent=ev)
    sa = f("staff_actual", "staff", 3, "У службі працює 3 особи")
    sp = f("staff_positions", "positions", 3, "при 3 штатних одиницях")

    g.check("table_arithmetic", qr[2], "column sums: 9 + 4 = 13; 11 + 3 = 14; 15 + 24 = 39 (start column 17 + 23 = 40, literals)",
            f"{F(rows[0][0])} + {F(rows[1][0])} == {F(tn)} and {F(rows[0][1])} + {F(rows[1][1])} == {F(td)} and {F(rows[0][2])} + {F(rows[1][2])} == {F(tr)} and 17 + 23 == 40")
    g.check("table_arithmetic", qr[0], "row balance: start + taken − removed = end (17 + 9 − 11 = 15; 23 + 4 − 3 = 24; 40 + 13 − 14 = 39)",
            f"17 + {F(rows[0][0])} - {F(rows[0][1])} == {F(rows[0][2])} and 23 + {F(rows[1][0])} - {F(rows[1][1])} == {F(rows[1][2])} and 40 + {F(tn)} - {F(td)} == {F(tr)}")
    g.check("parts_sum", "знято 11 дітей: у зв'язку з подоланням", "7 + 3 + 1 = 11; equals the table cell", " + ".join(F(x) for x in rs) + f" == {F(dr)} and {F(dr)} == {F(rows[0][1])}")
    g.check("internal_conflict", "Станом на 31.12.2023 на обліку перебувало 15 дітей", "prose 15 = table end-of-year 15", f"{F(rg)} == {F(rows[0][2])} and {F(rgf)} <= {F(rg)}")
    g.check("parts_sum", "Із 24 дітей-сиріт та дітей, позбавлених батьківського піклування, 19", "placements 19 + 3 + 2 = 24 (literals: placements have no §3 id) = table cell", f"19 + 3 + 2 == {F(rows[1][2])}")
    g.check("parts_sum", "У службі працює 3 особи", "3 ≤ 3", f"{F(sa)} <= {F(sp)}")

    g.skip("27130, Кіровоградська обл., Новоукраїнський р-н, с. Торговиця, вул. Центральна, 52, тел. (05251) 0-32-19", [27130, 52, 5251, 3219], "postcode, address, phone")
    g.skip("Станом на 01.01.2024 на території громади (22 населені пункти) проживає 1 683 дитини віком до 18 років", [1, 1, 2024, 22, 1683, 18], "date, settlement count, child population, age")
    g.skip("Категорія дітей\tНа 01.01.2023\tВзято на облік у 2023 р.\tЗнято з обліку у 2023 р.\tНа 01.01.2024", [2023, 2024], "column headings")
    g.skip(qr[0], [17], "start-of-year register (на 01.01.2023, the state left by 2022); used as a literal in the balance check")
    g.skip(qr[1], [23], "start-of-year register; literal in the balance check")
    g.skip(qr[2], [40], "start-of-year register total; literal in the checks")
    g.skip("19 виховуються в сім'ях опікунів, піклувальників, 3 – у прийомній сім'ї, 2 – у дитячому будинку сімейного типу", [19, 3, 2], "placements by form (no §3 id)")
    g.skip("Усиновлено 1 дитину", [1], "adoptions (no §3 id)")
    g.skip("(усього з 2022 року – 112 дітям)", [2022, 112], "cumulative figure since 2022")
    g.skip("Проведено 12 засідань комісії з питань захисту прав дитини, на яких розглянуто 57 питань; підготовлено 17 висновків", [12, 57, 17], "commission sittings, items, court opinions (no §3 id)")
    g.skip("проведено 8 рейдів «Діти вулиці», перевірено умови проживання 46 сімей", [8, 46], "raids and families visited (no §3 id)")
    g.skip("учнів 5–11 класів", [5, 11], "school grades")
    g.skip("спеціаліст І категорії", ["І"], "civil-service category")
    g.skip("10.01.2024 № 01-19/6", [10, 1, 2024, 1, 19, 6], "date and outgoing number")
    g.note("служба у справах дітей → centre_type other; registers are registered / registered_new / deregistered in children")
    g.note("the table's «На 01.01.2024» column is the end-of-2023 register (registered); the «На 01.01.2023» column is the state at the start of the period and is skipped, used as literals in the balance checks")
    g.note("15 children on the register is written twice (table and prose): two facts; the prose adds the 8 families")
    g.note("«повідомлення щодо 64 дітей» → notified, unit children; status of a war-affected child granted → registered_new with label; «517 учнів» → children (alt persons)")
    g.note("no planted slip in this file")
    g.write()


if __name__ == "__main__":
    build()
    gold()
