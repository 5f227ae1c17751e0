"""b48_04: Служба у справах дітей Згурівської селищної ради (Київська), information for
9 months of 2025. reportlab PDF (DejaVu fonts) with a table of children's placement forms at
two dates, prose in an impersonal official voice, page footer.
No planted slip: everything adds up."""
from common import Gold, report_path, register_dejavu

DOC = "b48_04_zghurivka_ssd_9m2025.pdf"

P1 = [
    ("h", "ЗГУРІВСЬКА СЕЛИЩНА РАДА БРОВАРСЬКОГО РАЙОНУ КИЇВСЬКОЇ ОБЛАСТІ"),
    ("h", "СЛУЖБА У СПРАВАХ ДІТЕЙ"),
    ("c", "07601, Київська обл., смт Згурівка, вул. Київська, 19, тел. (04570) 0-26-81, код ЄДРПОУ 44103582"),
    ("p", "<b>Вих. № 157/02-11 від 06.10.2025</b>"),
    ("t", "ІНФОРМАЦІЯ про стан роботи служби у справах дітей Згурівської селищної ради за 9 місяців 2025 року"),
    ("p", "На території громади, яка об’єднує 31 населений пункт, проживає 2 940 дітей віком до 18 років. "
          "Станом на 30.09.2025 на первинному обліку служби перебуває 38 дітей-сиріт та дітей, позбавлених "
          "батьківського піклування, з них 15 – діти-сироти, 23 – діти, позбавлені батьківського піклування."),
    ("p", "Протягом січня – вересня 2025 року на первинний облік взято 7 дітей, знято з обліку 5 дітей, "
          "у тому числі у зв’язку з досягненням повноліття – 4, у зв’язку з усиновленням – 1. "
          "Усиновлено 2 дітей (одну дитину – громадянами України з іншої громади, яка перебувала на обліку в іншій службі)."),
    ("p", "Таблиця 1. Форми влаштування дітей-сиріт та дітей, позбавлених батьківського піклування"),
]
TABLE = [
    ["Форма влаштування", "на 01.01.2025", "на 30.09.2025"],
    ["Опіка, піклування", "22", "24"],
    ["Прийомні сім’ї", "6", "7"],
    ["Дитячі будинки сімейного типу", "4", "4"],
    ["Заклади інституційного догляду", "4", "3"],
    ["Усього", "36", "38"],
]
P2 = [
    ("p", "На обліку дітей, які перебувають у складних життєвих обставинах, станом на 30.09.2025 перебуває "
          "29 дітей із 17 сімей. За звітний період на цей облік поставлено 9 дітей, знято з обліку 6 дітей "
          "у зв’язку з подоланням складних життєвих обставин. Спільно з ЦНСП селищної ради проведено оцінку "
          "потреб 12 сімей."),
    ("p", "До служби звернулося 93 громадянина з питань захисту прав та інтересів дітей. Надійшли повідомлення "
          "щодо 21 дитини, яка могла опинитися у складних життєвих обставинах; на «гарячу лінію» служби "
          "надійшло 17 дзвінків."),
    ("p", "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 46 дітям "
          "(з 2022 року – 318 дітям). Проведено 11 засідань комісії з питань захисту прав дитини, на яких "
          "розглянуто 64 питання. Спільно з сектором ювенальної превенції проведено 14 рейдів «Діти вулиці», "
          "обстежено умови проживання 52 сімей."),
    ("p", "Працівниками служби проведено 36 профілактичних заходів (бесіди, лекції, години спілкування) "
          "для учнів 5–11 класів, якими охоплено 790 дітей."),
    ("p", "Штатним розписом служби передбачено 4 штатні одиниці, фактично працює 3 спеціалісти; "
          "посада головного спеціаліста вакантна з 14.07.2025."),
    ("p", "Начальник служби у справах дітей ____________"),
]


def build(path):
    register_dejavu()
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    st = {"p": ParagraphStyle("p", fontName="DVS", fontSize=11, leading=14, firstLineIndent=10 * mm,
                              spaceAfter=5, alignment=4),
          "h": ParagraphStyle("h", fontName="DVS-B", fontSize=11, leading=14, alignment=1),
          "c": ParagraphStyle("c", fontName="DVS", fontSize=9, leading=11, alignment=1, spaceAfter=8),
          "t": ParagraphStyle("t", fontName="DVS-B", fontSize=12, leading=15, alignment=1, spaceAfter=8,
                              spaceBefore=6)}
    cell = ParagraphStyle("cell", fontName="DVS", fontSize=10, leading=12)

    def footer(canv, doc):
        canv.setFont("DV", 8)
        canv.drawString(20 * mm, 10 * mm, "Служба у справах дітей Згурівської селищної ради")
        canv.drawRightString(190 * mm, 10 * mm, f"Стор. {doc.page}")

    story = [Paragraph(t, st[k]) for k, t in P1]
    tb = Table([[Paragraph(c, cell) for c in r] for r in TABLE], colWidths=[85 * mm, 35 * mm, 35 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [tb, Spacer(1, 6)]
    story += [Paragraph(t, st[k]) for k, t in P2]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=20 * mm, title="Інформація ССД 9 міс 2025")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    import sys
    if "--build" in sys.argv:
        return
    gold()


def gold():
    g = Gold(DOC, {
        "centre": "Служба у справах дітей Згурівської селищної ради",
        "centre_type": "other", "settlement": "Згурівка", "oblast": "Київська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-09-30",
    })
    f = g.f
    reg = f("registered", "children", 38,
            "Станом на 30.09.2025 на первинному обліку служби перебуває 38 дітей-сиріт та дітей, позбавлених батьківського піклування",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    r1 = f("registered", "children", 15, "з них 15 – діти-сироти", label="діти-сироти",
           group="registered_38_by_status", parent=reg)
    r2 = f("registered", "children", 23, "23 – діти, позбавлені батьківського піклування",
           label="діти, позбавлені батьківського піклування", group="registered_38_by_status", parent=reg)
    new = f("registered_new", "children", 7, "на первинний облік взято 7 дітей",
            label="діти-сироти та діти, позбавлені батьківського піклування")
    de = f("deregistered", "children", 5, "знято з обліку 5 дітей",
           label="діти-сироти та діти, позбавлені батьківського піклування")
    de1 = f("deregistered", "children", 4, "у зв'язку з досягненням повноліття – 4", label="досягнення повноліття",
            group="deregistered_5", parent=de)
    de2 = f("deregistered", "children", 1, "у зв'язку з усиновленням – 1", label="усиновлення",
            group="deregistered_5", parent=de)
    rows = [("Опіка, піклування", 24), ("Прийомні сім'ї", 7), ("Дитячі будинки сімейного типу", 4),
            ("Заклади інституційного догляду", 3)]
    start = {"Опіка, піклування": 22, "Прийомні сім'ї": 6, "Дитячі будинки сімейного типу": 4,
             "Заклади інституційного догляду": 4}
    tq = "Усього\t36\t38"
    tt = f("registered", "children", 38, tq, label="Усього (на 30.09.2025)")
    cells = []
    for name, v in rows:
        q = f"{name}\t{start[name]}\t{v}"
        cells.append(f("registered", "children", v, q, label=name, group="placement_30_09_2025", parent=tt))
    sj = f("registered", "children", 29,
           "На обліку дітей, які перебувають у складних життєвих обставинах, станом на 30.09.2025 перебуває 29 дітей",
           label="діти у складних життєвих обставинах")
    sjf = f("registered", "families", 17, "29 дітей із 17 сімей", label="сім'ї дітей у СЖО")
    sjn = f("registered_new", "children", 9, "За звітний період на цей облік поставлено 9 дітей",
            label="діти у складних життєвих обставинах")
    sjd = f("deregistered", "children", 6,
            "знято з обліку 6 дітей у зв'язку з подоланням складних життєвих обставин",
            label="діти у складних життєвих обставинах", alt=["outcome_positive"])
    na = f("needs_assessed", "families", 12, "проведено оцінку потреб 12 сімей")
    ap = f("applied", "persons", 93, "До служби звернулося 93 громадянина")
    nt = f("notified", "children", 21, "Надійшли повідомлення щодо 21 дитини")
    ca = f("calls", "calls", 17, "на «гарячу лінію» служби надійшло 17 дзвінків")
    war = f("registered_new", "children", 46,
            "Статус дитини, яка постраждала внаслідок воєнних дій та збройних конфліктів, надано 46 дітям",
            label="статус дитини, яка постраждала внаслідок воєнних дій")
    ev = f("events", "events", 36, "Працівниками служби проведено 36 профілактичних заходів")
    ep = f("event_participants", "children", 790, "якими охоплено 790 дітей", parent=ev, unit_alt="persons")
    sp = f("staff_positions", "positions", 4, "Штатним розписом служби передбачено 4 штатні одиниці")
    sa = f("staff_actual", "staff", 3, "фактично працює 3 спеціалісти")

    ids = " + ".join(f"f{c[1:]}" for c in cells)
    g.check("parts_sum", "з них 15 – діти-сироти, 23 – діти, позбавлені батьківського піклування",
            "15 + 23 = 38", f"f{r1[1:]} + f{r2[1:]} == f{reg[1:]}")
    g.check("parts_sum", "у тому числі у зв'язку з досягненням повноліття – 4, у зв'язку з усиновленням – 1",
            "4 + 1 = 5", f"f{de1[1:]} + f{de2[1:]} == f{de[1:]}")
    g.check("table_arithmetic", tq, "column «на 30.09.2025»: 24 + 7 + 4 + 3 = 38", f"{ids} == f{tt[1:]}")
    g.check("table_arithmetic", tq, "column «на 01.01.2025» (skipped, literals): 22 + 6 + 4 + 4 = 36",
            "22 + 6 + 4 + 4 == 36")
    g.check("internal_conflict", tq, "table total 38 = prose 38", f"f{tt[1:]} == f{reg[1:]}")
    g.check("parts_sum", "на первинний облік взято 7 дітей, знято з обліку 5 дітей",
            "start of year 36 + 7 taken − 5 removed = 38 at 30.09.2025", f"36 + f{new[1:]} - f{de[1:]} == f{reg[1:]}")
    g.check("parts_sum", "фактично працює 3 спеціалісти", "3 ≤ 4", f"f{sa[1:]} <= f{sp[1:]}")

    g.skip("07601, Київська обл., смт Згурівка, вул. Київська, 19, тел. (04570) 0-26-81, код ЄДРПОУ 44103582",
           [7601, 19, 4570, 2681, 44103582], "postcode, address, phone, ЄДРПОУ")
    g.skip("Вих. № 157/02-11 від 06.10.2025", [157, 2, 11, 6, 10, 2025], "outgoing number and date")
    g.skip("за 9 місяців 2025 року", [9, 2025], "period")
    g.skip("яка об'єднує 31 населений пункт, проживає 2 940 дітей віком до 18 років", [31, 2940, 18],
           "settlement count, child population, age")
    g.skip("Станом на 30.09.2025", [30, 9, 2025], "date")
    g.skip("Протягом січня – вересня 2025 року", [2025], "period")
    g.skip("Усиновлено 2 дітей (одну дитину – громадянами України з іншої громади", [2],
           "adoptions (no §3 id); one of them is the «у зв'язку з усиновленням – 1»")
    g.skip("Таблиця 1. Форми влаштування дітей-сиріт", [1], "table number")
    g.skip("Форма влаштування\tна 01.01.2025\tна 30.09.2025", [1, 1, 2025, 30, 9, 2025], "column dates")
    for name, v in rows:
        g.skip(f"{name}\t{start[name]}\t{v}", [start[name]], "start-of-year register (01.01.2025), not the period's figure; used as a literal in a check")
    g.skip(tq, [36], "start-of-year total, used as a literal in the checks")
    g.skip("(з 2022 року – 318 дітям)", [2022, 318], "cumulative figure since 2022")
    g.skip("Проведено 11 засідань комісії з питань захисту прав дитини, на яких розглянуто 64 питання.", [11, 64],
           "commission sittings and items (no §3 id)")
    g.skip("проведено 14 рейдів «Діти вулиці», обстежено умови проживання 52 сімей", [14, 52],
           "raids and homes inspected (no §3 id)")
    g.skip("для учнів 5–11 класів", [5, 11], "school grades")
    g.skip("посада головного спеціаліста вакантна з 14.07.2025", [14, 7, 2025], "vacancy date")
    g.skip("Стор. 1", [1], "page footer (the reader prints the footer of page 1 only)")

    g.note("a служба у справах дітей → centre_type other; its registers are registered / registered_new / deregistered in children")
    g.note("the placement table: only the «на 30.09.2025» column is the period's (end-of-period register); the «на 01.01.2025» column is a start-of-year figure → skipped, used as literals in the checks")
    g.note("the prose 38 and the table «Усього» 38 are two facts")
    g.note("«знято з обліку 6 дітей у зв'язку з подоланням складних життєвих обставин» → deregistered (alt outcome_positive)")
    g.note("war-affected status granted to 46 children → registered_new with a label; the 318 since 2022 is cumulative → skipped")
    g.note("«Надійшли повідомлення щодо 21 дитини» → notified, unit children")
    g.note("«проведено 36 профілактичних заходів … якими охоплено 790 дітей» → events and event_participants (unit children, unit_alt persons)")
    g.write()


if __name__ == "__main__":
    main()
