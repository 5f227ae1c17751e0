"""b33_05: Служба у справах дітей Глобинської міської ради, analytic note on 2023. DOCX with a register table."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b33_05_hlobyne_ssd_analytic2023.docx"

HEAD = ["ГЛОБИНСЬКА МІСЬКА РАДА", "СЛУЖБА У СПРАВАХ ДІТЕЙ",
        "39000, Полтавська обл., м. Глобине, вул. Центральна, 128, тел. (05365) 0-21-44"]
TITLE = ["АНАЛІТИЧНА ДОВІДКА", "про стан захисту прав дітей на території Глобинської міської територіальної громади у 2023 році"]
P1 = [
    "Станом на 31.12.2023 на території громади проживає 7 842 дитини віком до 18 років. Служба у справах дітей (далі – Служба) веде облік дітей відповідно до постанови Кабінету Міністрів України від 24.09.2008 № 866. Рух дітей, які перебувають на обліку Служби, наведено в таблиці 2.",
    "Таблиця 2. Облік дітей у 2023 році",
]
ROWS = [
    ("Категорія дітей", "На 01.01.2023", "Взято на облік", "Знято з обліку", "На 31.12.2023"),
    ("Діти-сироти та діти, позбавлені батьківського піклування", "96", "14", "11", "99"),
    ("Діти, які перебувають у складних життєвих обставинах", "41", "23", "19", "45"),
    ("Разом", "137", "37", "30", "144"),
]
P2 = [
    "Із 99 дітей-сиріт та дітей, позбавлених батьківського піклування, під опікою, піклуванням перебуває 38 дітей, у прийомних сім'ях і ДБСТ виховується 52 дитини, у закладах різного типу – 9 дітей. Серед дітей у складних життєвих обставинах на кінець року 12 дітей з сімей внутрішньо переміщених осіб.",
    "З обліку дітей, які перебувають у СЖО, протягом року знято 19 дітей: 15 – у зв'язку з подоланням складних життєвих обставин, 4 – у зв'язку з досягненням повноліття.",
    "Надійшло 63 повідомлення про дітей, які можуть перебувати у складних життєвих обставинах (у 2022 році – 58). За рік до Служби звернулося 148 громадян, з них 9 звернень стосувалися визначення місця проживання дитини.",
    "У 2023 році статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 187 дітям (всього з 2022 року – 412 дітей).",
    "До сімейних форм виховання влаштовано 12 дітей: під опіку – 8, у прийомні сім'ї – 3, до дитячого будинку сімейного типу – 1. Усиновлено 2 дітей. Проведено 11 засідань комісії з питань захисту прав дитини (розглянуто 94 питання), підготовлено 34 висновки органу опіки та піклування для суду. Спільно з ювенальною превенцією проведено 26 рейдів.",
    "Фахівці Служби провели 19 профілактичних заходів у закладах освіти, якими охоплено 640 учнів віком 12–17 років. На телефон «гарячої лінії» Служби надійшло 57 дзвінків.",
    "Штатна чисельність Служби – 4 посади, усі посади заміщені (4 працівники).",
    "У 2024 році планується створити ще 2 прийомні сім'ї та 1 ДБСТ.",
    "Начальник служби                /підпис/",
    "Вих. № 02-19/41 від 12.01.2024",
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for t in HEAD + TITLE:
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = t.isupper()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in P1:
        d.add_paragraph(t)
    tab = d.add_table(rows=len(ROWS), cols=5)
    tab.style = "Table Grid"
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            tab.cell(i, j).text = v
    for t in P2:
        d.add_paragraph(t)
    fix_docx_props(d, "ССД")
    d.save(path)
    freeze_zip(path)


def row(i):
    return "\t".join(ROWS[i])


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Глобинської міської ради",
        "centre_type": "other", "settlement": "Глобине", "oblast": "Полтавська",
        "report_kind": "period_report",
        "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, meta_alt={"report_kind": ["annual_report"]})
    f = g.f
    ids = {}
    for i, key in ((3, "tot"), (1, "orph"), (2, "sjo")):
        r = ROWS[i]
        lab = "Разом" if key == "tot" else r[0]
        cat = {"orph": "діти-сироти та діти, позбавлені батьківського піклування",
               "sjo": "діти, які перебувають у складних життєвих обставинах"}.get(key)
        out = []
        for j, ind in ((2, "registered_new"), (3, "deregistered"), (4, "registered")):
            kw = dict(label=lab, category=cat)
            if key != "tot":
                kw["parent"] = ids["tot"][len(out)]
                kw["group"] = {2: "new_by_category", 3: "dereg_by_category", 4: "end_by_category"}[j]
            out.append(f(ind, "children", int(r[j]), row(i), **kw))
        ids[key] = out
    tot, orph, sjo = ids["tot"], ids["orph"], ids["sjo"]
    fg = "orphans_99_by_form"
    c1 = f("registered", "children", 38, "під опікою, піклуванням перебуває 38 дітей", label="під опікою, піклуванням",
           group=fg, parent=orph[2])
    c2 = f("registered", "children", 52, "у прийомних сім'ях і ДБСТ виховується 52 дитини", label="у прийомних сім'ях і ДБСТ",
           group=fg, parent=orph[2])
    c3 = f("registered", "children", 9, "у закладах різного типу – 9 дітей", label="у закладах", group=fg, parent=orph[2])
    idp = f("registered", "children", 12, "на кінець року 12 дітей з сімей внутрішньо переміщених осіб",
            category="внутрішньо переміщені особи", parent=sjo[2])
    d0 = f("deregistered", "children", 19, "протягом року знято 19 дітей", category="діти, які перебувають у складних життєвих обставинах",
           label="повторна згадка")
    dg = "dereg_sjo_19_by_reason"
    d1 = f("deregistered", "children", 15, "15 – у зв'язку з подоланням складних життєвих обставин",
           label="подолання СЖО", alt=["outcome_positive"], group=dg, parent=d0)
    d2 = f("deregistered", "children", 4, "4 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
           alt=["outcome_other"], group=dg, parent=d0)
    nt = f("notified", "children", 63, "Надійшло 63 повідомлення про дітей")
    ap = f("applied", "persons", 148, "до Служби звернулося 148 громадян")
    ap1 = f("applied", "applications", 9, "з них 9 звернень стосувалися визначення місця проживання дитини",
            label="визначення місця проживання дитини", parent=ap, unit_alt="persons")
    war = f("registered_new", "children", 187, "надано 187 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ev = f("events", "events", 19, "Фахівці Служби провели 19 профілактичних заходів у закладах освіти")
    ep = f("event_participants", "children", 640, "якими охоплено 640 учнів", unit_alt="persons")
    cl = f("calls", "calls", 57, "На телефон «гарячої лінії» Служби надійшло 57 дзвінків")
    pos = f("staff_positions", "positions", 4, "Штатна чисельність Служби – 4 посади")
    act = f("staff_actual", "staff", 4, "(4 працівники)")

    for k, name, r0 in (("orph", "діти-сироти", 96), ("sjo", "СЖО", 41)):
        x = ids[k]
        g.check("table_arithmetic", row(1 if k == "orph" else 2),
                f"{name}: {r0} on 01.01 + new − removed = end of year", f"{r0} + {x[0]} - {x[1]} == {x[2]}")
    g.check("table_arithmetic", row(3), "Разом: 137 + 37 − 30 = 144", f"137 + {tot[0]} - {tot[1]} == {tot[2]}")
    g.check("table_arithmetic", row(3), "columns: 96 + 41 = 137; 14 + 23 = 37; 11 + 19 = 30; 99 + 45 = 144",
            f"96 + 41 == 137 and {orph[0]} + {sjo[0]} == {tot[0]} and {orph[1]} + {sjo[1]} == {tot[1]} and {orph[2]} + {sjo[2]} == {tot[2]}")
    g.check("parts_sum", "Із 99 дітей-сиріт та дітей, позбавлених батьківського піклування",
            "38 + 52 + 9 = 99", f"{c1} + {c2} + {c3} == {orph[2]}")
    g.check("parts_sum", "протягом року знято 19 дітей: 15", "15 + 4 = 19", f"{d1} + {d2} == {d0}")
    g.check("internal_conflict", "протягом року знято 19 дітей", "prose 19 equals the table's «Знято з обліку» for СЖО",
            f"{d0} == {sjo[1]}")
    g.check("parts_sum", "на кінець року 12 дітей з сімей внутрішньо переміщених осіб", "12 ≤ 45", f"{idp} <= {sjo[2]}")
    g.check("parts_sum", "До сімейних форм виховання влаштовано 12 дітей: під опіку – 8, у прийомні сім'ї – 3, до дитячого будинку сімейного типу – 1.",
            "placements 8 + 3 + 1 = 12 (no §3 id; literals)", "8 + 3 + 1 == 12")
    g.check("parts_sum", "Штатна чисельність Служби – 4 посади, усі посади заміщені (4 працівники).", "4 = 4", f"{act} == {pos}")

    g.skip("39000, Полтавська обл., м. Глобине, вул. Центральна, 128, тел. (05365) 0-21-44", [39000, 128, 5365, 2144], "postcode, address, phone")
    g.skip("у 2023 році", [2023], "year")
    g.skip("Станом на 31.12.2023 на території громади проживає 7 842 дитини віком до 18 років.", [31, 12, 2023, 7842, 18], "date, child population, age")
    g.skip("від 24.09.2008 № 866", [24, 9, 2008, 866], "act date and number")
    g.skip("Таблиця 2. Облік дітей у 2023 році", [2, 2023], "table number, year")
    g.skip("На 01.01.2023", [1, 1, 2023, 31, 12, 2023], "column dates")
    g.skip(row(1), [96], "start-of-year register (a point before the period; literal in a check)")
    g.skip(row(2), [41], "start-of-year register")
    g.skip(row(3), [137], "start-of-year register")
    g.skip("Із 99 дітей-сиріт", [99], "restates the table's end-of-year figure as the whole of the breakdown; not a second fact")
    g.skip("(у 2022 році – 58)", [2022, 58], "prior-year figure")
    g.skip("(всього з 2022 року – 412 дітей)", [2022, 412], "cumulative figure since 2022")
    g.skip("До сімейних форм виховання влаштовано 12 дітей: під опіку – 8, у прийомні сім'ї – 3, до дитячого будинку сімейного типу – 1.",
           [12, 8, 3, 1], "placements (no §3 id)")
    g.skip("Усиновлено 2 дітей.", [2], "adoptions (no §3 id)")
    g.skip("Проведено 11 засідань комісії з питань захисту прав дитини (розглянуто 94 питання), підготовлено 34 висновки органу опіки та піклування для суду.",
           [11, 94, 34], "commission sittings, questions, court opinions (no §3 id)")
    g.skip("Спільно з ювенальною превенцією проведено 26 рейдів.", [26], "raids (no §3 id)")
    g.skip("віком 12–17 років", [12, 17], "ages")
    g.skip("У 2024 році планується створити ще 2 прийомні сім'ї та 1 ДБСТ.", [2024, 2, 1], "2024 plan")
    g.skip("Вих. № 02-19/41 від 12.01.2024", [2, 19, 41, 12, 1, 2024], "outgoing number and date")
    g.note("служба у справах дітей → centre_type other; an «аналітична довідка» on a year → period_report, meta_alt annual_report")
    g.note("table: «Взято на облік» → registered_new, «Знято з обліку» → deregistered, «На 31.12.2023» → registered (children); the 01.01 column is a start-of-year state, skipped and used as literals. Category rows hang on Разом")
    g.note("the 19 children removed from the СЖО register are written again in prose with reasons: a second fact (label «повторна згадка») with the reasons as its parts")
    g.note("«до Служби звернулося 148 громадян» → applied persons; «9 звернень» → applied applications (unit_alt persons)")
    g.note("war-affected status granted in 2023 → registered_new with label; the cumulative 412 since 2022 is skipped")
    g.write()


if __name__ == "__main__":
    main()
