"""b73_04: Служба у справах дітей Пісківської селищної ради (Київська), annual information 2023.
reportlab PDF (DejaVu fonts) with a movement table of the primary register and prose. Impersonal.
No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_dejavu

DOC = "b73_04_piskivka_ssd_annual2023.pdf"

HEAD = ["ПІСКІВСЬКА СЕЛИЩНА РАДА", "БУЧАНСЬКОГО РАЙОНУ КИЇВСЬКОЇ ОБЛАСТІ", "СЛУЖБА У СПРАВАХ ДІТЕЙ",
        "07352, Київська обл., смт Пісківка, вул. Лесі Українки, 19, тел. (04577) 0-61-38"]
TITLE = "Інформація про діяльність служби у справах дітей Пісківської селищної ради у 2023 році"
P1 = [
    "Служба у справах дітей (далі – Служба) є структурним підрозділом селищної ради, утвореним "
    "рішенням від 17.12.2020 № 12-2-VIII. На території громади, до складу якої входять 23 населені "
    "пункти, проживає 7 426 дітей.",
    "Станом на 31.12.2023 на первинному обліку Служби перебуває 47 дітей-сиріт та дітей, позбавлених "
    "батьківського піклування (на 31.12.2022 – 44). З них 29 дітей виховуються в сім’ях опікунів, "
    "піклувальників, 12 – у прийомних сім’ях та дитячих будинках сімейного типу, 6 – у закладах "
    "інституційного догляду. Протягом року поставлено на облік 9 дітей, знято з обліку 6 "
    "(4 – у зв’язку з досягненням повноліття, 2 – усиновлено).",
    "Рух дітей на первинному обліку наведено в таблиці 2.",
]
TCAP = "Таблиця 2"
TABLE = [
    ["Категорія", "На 31.12.2022", "Поставлено на облік", "Знято з обліку", "На 31.12.2023"],
    ["Діти-сироти", "19", "4", "3", "20"],
    ["Діти, позбавлені батьківського піклування", "25", "5", "3", "27"],
    ["Разом", "44", "9", "6", "47"],
]
P2 = [
    "До Служби надійшло 126 звернень громадян, 118 із них вирішено позитивно, на 8 надано роз’яснення. "
    "Крім того, надійшли повідомлення про 37 дітей, які можуть перебувати у складних життєвих "
    "обставинах.",
    "На обліку дітей, які перебувають у складних життєвих обставинах, станом на кінець року "
    "перебуває 31 дитина; протягом року на такий облік поставлено 14 дітей, знято з нього 10.",
    "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, у 2023 році "
    "надано 58 дітям (усього з 2022 року – 213).",
    "Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 94 питання. "
    "Спільно з поліцією здійснено 8 рейдів «Діти вулиці», обстежено умови проживання 64 сімей.",
    "У закладах освіти громади проведено 15 профілактичних заходів, якими охоплено 540 учнів "
    "5–11 класів.",
    "Штатна чисельність Служби – 4 посади, фактично працюють 3 особи.",
    "У 2024 році Служба планує влаштувати до сімейних форм виховання не менше 5 дітей.",
]
FOOT = "Начальник служби у справах дітей (підпис)   |   Вих. № 02-07/41 від 12.01.2024"


def build(path):
    register_dejavu()
    body = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=14, firstLineIndent=10 * mm,
                          spaceAfter=4)
    cen = ParagraphStyle("c", parent=body, fontName="DVS-B", alignment=1, firstLineIndent=0)
    small = ParagraphStyle("s", parent=body, fontName="DVS", fontSize=9, alignment=1, firstLineIndent=0)
    cell = ParagraphStyle("t", fontName="DVS", fontSize=9.5, leading=11)
    flow = [Paragraph(h, cen) for h in HEAD[:3]] + [Paragraph(HEAD[3], small), Spacer(1, 6 * mm),
                                                   Paragraph(TITLE, cen), Spacer(1, 3 * mm)]
    flow += [Paragraph(t, body) for t in P1]
    flow.append(Paragraph(TCAP, ParagraphStyle("r", parent=body, alignment=2, firstLineIndent=0)))
    data = [[Paragraph(c, cell) for c in row] for row in TABLE]
    t = Table(data, colWidths=[62 * mm, 26 * mm, 28 * mm, 26 * mm, 26 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow += [t, Spacer(1, 4 * mm)]
    flow += [Paragraph(t_, body) for t_ in P2]
    flow += [Spacer(1, 8 * mm), Paragraph(FOOT, small)]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm, invariant=1, title="Інформація ССД 2023").build(flow)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Пісківської селищної ради", "centre_type": "other",
        "settlement": "Пісківка", "oblast": "Київська", "report_kind": "annual_report",
        "period_start": "2023-01-01", "period_end": "2023-12-31"})
    rg = g.f("registered", "children", 47, "на первинному обліку Служби перебуває 47 дітей-сиріт",
             label="первинний облік дітей-сиріт та дітей, позбавлених батьківського піклування")
    f1 = g.f("registered", "children", 29, "З них 29 дітей виховуються в сім'ях опікунів",
             label="під опікою, піклуванням", group="register_47_by_placement", parent=rg)
    f2 = g.f("registered", "children", 12, "12 – у прийомних сім'ях та дитячих будинках сімейного типу",
             label="у прийомних сім'ях та ДБСТ", group="register_47_by_placement", parent=rg)
    f3 = g.f("registered", "children", 6, "6 – у закладах \nінституційного догляду".replace(" \n", " "),
             label="у закладах інституційного догляду", group="register_47_by_placement", parent=rg)
    rn = g.f("registered_new", "children", 9, "поставлено на облік 9 дітей", label="первинний облік")
    dr = g.f("deregistered", "children", 6, "знято з обліку 6", label="первинний облік")
    d1 = g.f("deregistered", "children", 4, "4 – у зв'язку з досягненням повноліття", label="досягнення повноліття",
             group="dereg_6_by_reason", parent=dr)
    d2 = g.f("deregistered", "children", 2, "2 – усиновлено", label="усиновлено", group="dereg_6_by_reason", parent=dr)
    # table 2, columns for 2023 (the 31.12.2022 column is skipped)
    tq = {"s": "Діти-сироти\t19\t4\t3\t20", "p": "Діти, позбавлені батьківського піклування\t25\t5\t3\t27",
          "t": "Разом\t44\t9\t6\t47"}
    TN = g.f("registered_new", "children", 9, tq["t"], label="Разом, поставлено на облік")
    TD = g.f("deregistered", "children", 6, tq["t"], label="Разом, знято з обліку")
    TR = g.f("registered", "children", 47, tq["t"], label="Разом, на 31.12.2023")
    sN = g.f("registered_new", "children", 4, tq["s"], category="діти-сироти", group="t2_new", parent=TN)
    sD = g.f("deregistered", "children", 3, tq["s"], category="діти-сироти", group="t2_dereg", parent=TD)
    sR = g.f("registered", "children", 20, tq["s"], category="діти-сироти", group="t2_reg", parent=TR)
    pN = g.f("registered_new", "children", 5, tq["p"], category="діти, позбавлені батьківського піклування",
             group="t2_new", parent=TN)
    pD = g.f("deregistered", "children", 3, tq["p"], category="діти, позбавлені батьківського піклування",
             group="t2_dereg", parent=TD)
    pR = g.f("registered", "children", 27, tq["p"], category="діти, позбавлені батьківського піклування",
             group="t2_reg", parent=TR)
    ap = g.f("applied", "applications", 126, "До Служби надійшло 126 звернень громадян")
    g.f("notified", "children", 37, "надійшли повідомлення про 37 дітей")
    sj = g.f("registered", "children", 31, "перебуває 31 дитина", label="облік дітей у СЖО")
    sjn = g.f("registered_new", "children", 14, "поставлено 14 дітей", label="облік дітей у СЖО")
    g.f("deregistered", "children", 10, "знято з нього 10", label="облік дітей у СЖО")
    g.f("registered_new", "children", 58, "надано 58 дітям",
        label="надано статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів")
    ev = g.f("events", "events", 15, "проведено 15 профілактичних заходів")
    g.f("event_participants", "children", 540, "якими охоплено 540 учнів", parent=ev, unit_alt="persons")
    sp = g.f("staff_positions", "positions", 4, "Штатна чисельність Служби – 4 посади")
    sa = g.f("staff_actual", "staff", 3, "фактично працюють 3 особи")

    g.check("parts_sum", "З них 29 дітей виховуються в сім'ях опікунів", "29 + 12 + 6 = 47", f"{f1} + {f2} + {f3} == {rg}")
    g.check("parts_sum", "знято з обліку 6", "4 + 2 = 6", f"{d1} + {d2} == {dr}")
    g.check("table_arithmetic", tq["t"], "columns: 4 + 5 = 9, 3 + 3 = 6, 20 + 27 = 47",
            f"{sN} + {pN} == {TN} and {sD} + {pD} == {TD} and {sR} + {pR} == {TR}")
    g.check("table_arithmetic", tq["t"], "rows: 19 + 4 − 3 = 20, 25 + 5 − 3 = 27, 44 + 9 − 6 = 47 (start column literals)",
            f"19 + {sN} - {sD} == {sR} and 25 + {pN} - {pD} == {pR} and 44 + {TN} - {TD} == {TR}")
    g.check("internal_conflict", "Протягом року поставлено на облік 9 дітей, знято з обліку 6",
            "prose 47 / 9 / 6 = table Разом 47 / 9 / 6", f"{rg} == {TR} and {rn} == {TN} and {dr} == {TD}")
    g.check("parts_sum", "118 із них вирішено позитивно, на 8 надано роз'яснення",
            "118 + 8 = 126 (outcomes of appeals have no §3 id; literals)", f"118 + 8 == {ap}")
    g.check("parts_sum", "Штатна чисельність Служби – 4 посади, фактично працюють 3 особи", "3 ≤ 4", f"{sa} <= {sp}")
    g.check("parts_sum", "перебуває 31 дитина", "14 put on the СЖО register ≤ 31 at year end", f"{sjn} <= {sj}")

    g.skip("07352, Київська обл., смт Пісківка, вул. Лесі Українки, 19, тел. (04577) 0-61-38",
           [7352, 19, 4577, 6138], "postcode, address, phone")
    g.skip("у 2023 році", [2023], "report year")
    g.skip("рішенням від 17.12.2020 № 12-2-VIII", [17, 12, 2020, 12, 2], "decision date and number")
    g.skip("до складу якої входять 23 населені \nпункти, проживає 7 426 дітей.".replace(" \n", " "), [23, 7426],
           "settlement count, child population")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("(на 31.12.2022 – 44)", [31, 12, 2022, 44], "prior-year register")
    g.skip("Рух дітей на первинному обліку наведено в таблиці 2.", [2], "table number")
    g.skip("Категорія\tНа 31.12.2022\tПоставлено на облік\tЗнято з обліку\tНа 31.12.2023", [2022, 2023],
           "table header dates")
    g.skip(tq["s"], [19], "the «На 31.12.2022» cell (prior-year register); a literal in a check")
    g.skip(tq["p"], [25], "the «На 31.12.2022» cell (prior-year register); a literal in a check")
    g.skip(tq["t"], [44], "the «На 31.12.2022» cell (prior-year register); a literal in a check")
    g.skip("118 із них вирішено позитивно, на 8 надано роз'яснення", [118, 8], "outcomes of appeals (no §3 id)")
    g.skip("(усього з 2022 року – 213)", [2022, 213], "cumulative figure since 2022")
    g.skip("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 94 питання.", [11, 94],
           "commission sittings and questions (no §3 id)")
    g.skip("здійснено 8 рейдів «Діти вулиці», обстежено умови проживання 64 сімей", [8, 64], "raids and home inspections (no §3 id)")
    g.skip("5–11 класів", [5, 11], "school grades")
    g.skip("У 2024 році Служба планує влаштувати до сімейних форм виховання не менше 5 дітей.", [2024, 5], "plan")
    g.skip("Вих. № 02-07/41 від 12.01.2024", [2, 7, 41, 12, 1, 2024], "outgoing number and date")
    g.note("a служба у справах дітей → centre_type other; registers are registered / registered_new / deregistered (children) told apart by label")
    g.note("table 2: the 2023 columns are facts (rows hang on the Разом cell of the column); the «На 31.12.2022» column is the prior-year register and is skipped")
    g.note("prose 47 / 9 / 6 and the table Разом 47 / 9 / 6 are separate facts (a figure written twice is two facts)")
    g.note("war-affected status granted in 2023 → registered_new with a label; the cumulative 213 since 2022 is skipped")
    g.write()


if __name__ == "__main__":
    main()
