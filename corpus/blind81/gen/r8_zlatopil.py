"""b81_08: ТЦСО Златопільської міської ради (Харківська), annual report 2024.
Less common style: a PDF whose table pages are set sideways. Page 1 (prose) is upright; page 2 is a
portrait page with /Rotate 90 holding a wide table of services by quarter (Таблиця 1, with a 2023
column); page 3 is a portrait page with no /Rotate whose content is drawn turned by −90° (as a
scanner leaves a landscape sheet), holding Таблиця 2 (recipients by quarter); page 4 (prose) is upright.
Planted slip: table_arithmetic (соціальне таксі 73 + 81 + 96 + 88 = 338, Разом says 328), recorded as
two findings (the row, and the Разом column against Усього)."""
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import Gold, report_path, register_fonts, read_text

DOC = "b81_08_zlatopil_tcso_annual2024.pdf"
W, H = 595.27, 841.89

PAGE1 = [
    ("c", "DVS-B", 12, "ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ"),
    ("c", "DVS-B", 12, "(НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) ЗЛАТОПІЛЬСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "DVS", 9, "64102, Харківська обл., м. Златопіль, вул. Соборна, 57, тел. (05748) 0-33-62, ЄДРПОУ 03190478"),
    ("g", None, 0, ""),
    ("c", "DVS-B", 12, "ЗВІТ про роботу за 2024 рік"),
    ("g", None, 0, ""),
    ("p", "DVS", 11, "Територіальний центр працює відповідно до Положення, затвердженого рішенням міської ради від 28.11.2023 № 2215-VIII. Обслуговування здійснюється у місті та 12 старостинських округах громади."),
    ("p", "DVS", 11, "У 2024 році територіальним центром обслуговано 1 046 осіб похилого віку, осіб з інвалідністю та внутрішньо переміщених осіб (у 2023 році – 1 011). Протягом року взято на обслуговування 187 осіб, знято з обслуговування 164 особи."),
    ("p", "DVS", 11, "Загалом надано 33 611 соціальних послуг. Розподіл послуг за кварталами наведено в таблиці 1, кількість отримувачів за кварталами – у таблиці 2 (додаються на 2 аркушах, альбомна орієнтація)."),
]
T1_HEAD = ["№", "Вид соціальної послуги", "I кв.", "II кв.", "III кв.", "IV кв.", "Разом 2024", "2023 рік"]
T1 = [["1", "Догляд вдома", "6 214", "6 388", "6 102", "6 457", "25 161", "24 870"],
      ["2", "Денний догляд", "1 318", "1 402", "1 276", "1 389", "5 385", "5 102"],
      ["3", "Натуральна допомога", "412", "387", "455", "503", "1 757", "1 930"],
      ["4", "Консультування", "236", "251", "219", "264", "970", "884"],
      ["5", "Соціальне таксі", "73", "81", "96", "88", "328", "291"],
      ["", "Усього", "8 253", "8 509", "8 148", "8 701", "33 611", "33 077"]]
T2_HEAD = ["Послуга", "I кв.", "II кв.", "III кв.", "IV кв.", "За рік*"]
T2 = [["Догляд вдома", "402", "411", "398", "405", "463"],
      ["Денний догляд", "118", "124", "121", "127", "171"],
      ["Натуральна допомога", "296", "273", "318", "341", "412"]]
PAGE4 = [
    ("p", "DVS", 11, "Штатна чисельність установи – 96 штатних одиниць, фактично працює 91 працівник, з них 64 соціальні робітники. Середнє навантаження на одного соціального робітника – 7 отримувачів."),
    ("p", "DVS", 11, "У листопаді 2024 року проведено анкетування 150 отримувачів соціальних послуг; якістю обслуговування задоволені 94,7 % опитаних. Протягом року надійшла 1 скарга, яку розглянуто у встановлений строк."),
    ("p", "DVS", 11, "Касові видатки загального фонду за 2024 рік склали 31 482,6 тис. грн, або 98,1 % від затверджених кошторисом 32 092,4 тис. грн."),
    ("p", "DVS", 11, "У 2025 році планується відкрити відділення денного перебування на 20 місць у старостинському окрузі."),
    ("g", None, 0, ""),
    ("l", "DVS", 11, "Директор                                                          (підпис)"),
    ("l", "DVS", 9, "15.01.2025"),
]


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def prose(c, items, y=790):
    for kind, font, size, text in items:
        if kind == "g":
            y -= 10
            continue
        c.setFont(font, size)
        if kind == "c":
            c.drawCentredString(W / 2, y, text)
            y -= size + 5
        elif kind == "l":
            c.drawString(60, y, text)
            y -= size + 5
        else:
            for line in wrap(text, font, size, W - 120):
                c.drawString(60, y, line)
                y -= size + 5
            y -= 6
    return y


def grid_table(c, x0, y0, widths, rows, font="DVC", size=9, rh=20):
    y = y0
    for r, row in enumerate(rows):
        x = x0
        c.setFont("DVC-B" if r == 0 or row[1] == "Усього" else font, size)
        for w, cell in zip(widths, row):
            c.rect(x, y - rh, w, rh)
            if cell:
                if r > 0 and cell.replace(" ", "").isdigit() and len(cell) > 1 or (r > 0 and cell.isdigit()):
                    c.drawRightString(x + w - 4, y - rh + 6, cell)
                else:
                    c.drawString(x + 4, y - rh + 6, cell)
            x += w
        y -= rh
    return y


def build(path):
    register_fonts()
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Звіт ТЦСО 2024")
    prose(c, PAGE1)
    c.setFont("DVS", 8)
    c.drawCentredString(W / 2, 30, "1")
    c.showPage()
    # page 2: /Rotate 90, the landscape sheet drawn in the page's own (portrait) space turned by +90°
    # reportlab writes the MediaBox swapped when /Rotate is 90, so a (H, W) page size gives a portrait
    # MediaBox [0 0 W H] that a viewer turns into a landscape sheet
    c.setPageSize((H, W))
    c.setPageRotation(90)
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)                      # now x runs up the portrait page: a landscape frame H × W
    c.setFont("DVS", 9)
    c.drawRightString(H - 40, W - 40, "Додаток 1 до звіту")
    c.setFont("DVS-B", 11)
    c.drawString(50, W - 70, "Таблиця 1. Кількість наданих соціальних послуг за кварталами 2024 року, од.")
    grid_table(c, 50, W - 90, [30, 210, 70, 70, 70, 70, 90, 90], [T1_HEAD] + T1)
    c.setFont("DVS", 8)
    c.drawString(50, 60, "Примітка: графа «2023 рік» наведена для порівняння.")
    c.drawCentredString(H / 2, 30, "2")
    c.restoreState()
    c.showPage()
    # page 3: portrait, no /Rotate; the content is turned by −90° (a scanned landscape sheet)
    c.setPageSize((W, H))
    c.setPageRotation(0)
    c.saveState()
    c.translate(0, H)
    c.rotate(-90)
    c.setFont("DVS", 9)
    c.drawRightString(H - 40, W - 40, "Продовження додатка 1")
    c.setFont("DVS-B", 11)
    c.drawString(50, W - 70, "Таблиця 2. Кількість отримувачів соціальних послуг за кварталами 2024 року, осіб")
    y = grid_table(c, 50, W - 90, [230, 80, 80, 80, 80, 90], [T2_HEAD] + T2)
    c.setFont("DVS", 8)
    c.drawString(50, y - 18, "* За рік – кількість осіб без повторного врахування (станом на 31.12.2024).")
    c.drawString(50, y - 32, "ЗГІДНО З ОРИГІНАЛОМ")
    c.drawCentredString(H / 2, 30, "3")
    c.restoreState()
    c.showPage()
    prose(c, PAGE4)
    c.setFont("DVS", 8)
    c.drawCentredString(W / 2, 30, "4")
    c.showPage()
    c.save()


def num(s):
    return int(s.replace(" ", ""))


def main():
    build(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Златопільської міської ради",
        "centre_type": "tcso", "settlement": "Златопіль", "oblast": "Харківська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    g.f("served", "persons", 1046, "У 2024 році територіальним центром обслуговано 1 046 осіб")
    g.f("served", "persons", 187, "Протягом року взято на обслуговування 187 осіб", label="взято на обслуговування",
        alt=["registered_new", "support_started"])
    g.f("deregistered", "persons", 164, "знято з обслуговування 164 особи.")
    sp_prose = g.f("services_provided", "services", 33611, "Загалом надано 33 611 соціальних послуг.")
    svc = {"Догляд вдома": "home_care", "Денний догляд": "day_care", "Натуральна допомога": "natural_aid",
           "Консультування": "counselling", "Соціальне таксі": "social_taxi"}
    sep = "\t"
    qlab = ["I квартал", "II квартал", "III квартал", "IV квартал"]
    tot_row = T1[-1]
    tq = sep.join(x for x in tot_row if x)
    tot_ids = [g.f("services_provided", "services", num(v), tq, label=f"усього, {ql}") for v, ql in zip(tot_row[2:6], qlab)]
    tot_year = g.f("services_provided", "services", num(tot_row[6]), tq, label="усього, разом 2024")
    rows = {}
    for row in T1[:-1]:
        q = sep.join(row)
        ids = [g.f("services_provided", "services", num(v), q, service=svc[row[1]], label=ql,
                   group=f"services_{ql.split()[0]}_by_service", parent=tot_ids[i])
               for i, (v, ql) in enumerate(zip(row[2:6], qlab))]
        ids.append(g.f("services_provided", "services", num(row[6]), q, service=svc[row[1]], label="разом 2024",
                       group="services_year_by_service", parent=tot_year))
        rows[row[1]] = ids
    # page 3 comes out transposed: one printed line per column of Таблиця 2, cells in reverse row
    # order (натуральна допомога, денний догляд, догляд вдома, then the column heading)
    lines = read_text(report_path(DOC)).split("\n")

    def t2_line(j):
        head = "\t".join(T2[k][j] for k in (2, 1, 0)) + "\t"
        hits = [ln for ln in lines if ln.startswith(head)]
        assert len(hits) == 1, (j, hits)
        return hits[0]
    t2 = {}
    for row in T2:
        ids = [g.f("served", "persons", num(v), t2_line(j + 1), service=svc[row[0]], label=ql)
               for j, (v, ql) in enumerate(zip(row[1:5], qlab))]
        ids.append(g.f("served", "persons", num(row[5]), t2_line(5), service=svc[row[0]],
                       label="за рік, без повторного врахування"))
        t2[row[0]] = ids
    pos = g.f("staff_positions", "positions", 96, "Штатна чисельність установи – 96 штатних одиниць")
    act = g.f("staff_actual", "staff", 91, "фактично працює 91 працівник")
    sw = g.f("staff_actual", "staff", 64, "з них 64 соціальні робітники", label="соціальні робітники", parent=act)
    sv = g.f("survey_respondents", "recipients", 150, "проведено анкетування 150 отримувачів соціальних послуг", unit_alt="persons")
    sat = g.f("satisfaction", "percent", 94.7, "якістю обслуговування задоволені 94,7 % опитаних.")
    g.f("complaints", "complaints", 1, "Протягом року надійшла 1 скарга")
    bs = g.f("budget_spent", "uah", 31482600, "Касові видатки загального фонду за 2024 рік склали 31 482,6 тис. грн", percent=98.1,
             label="загальний фонд")
    ba = g.f("budget_approved", "uah", 32092400, "від затверджених кошторисом 32 092,4 тис. грн.", label="загальний фонд, кошторис 2024")

    taxi = rows["Соціальне таксі"]
    taxi_q = sep.join(T1[4])
    g.slip("table_arithmetic", "error", taxi_q, 328, 338, taxi,
           "соціальне таксі: 73 + 81 + 96 + 88 = 338 services, the Разом 2024 cell says 328",
           f"{taxi[0]} + {taxi[1]} + {taxi[2]} + {taxi[3]} == {taxi[4]}", slip=1)
    year_cells = [rows[k][4] for k in svc]
    g.slip("table_arithmetic", "error", tq, 33601, 33611, year_cells + [tot_year],
           "the Разом 2024 column sums to 25 161 + 5 385 + 1 757 + 970 + 328 = 33 601, Усього says 33 611 "
           "(which is right by the quarter totals); same slip as the соціальне таксі row",
           " + ".join(year_cells) + f" == {tot_year}", slip=1)
    for i, ql in enumerate(qlab):
        g.check("table_arithmetic", tq, f"{ql}: the five services sum to Усього",
                " + ".join(rows[k][i] for k in svc) + f" == {tot_ids[i]}")
    g.check("table_arithmetic", tq, "Усього by quarters: 8 253 + 8 509 + 8 148 + 8 701 = 33 611",
            " + ".join(tot_ids) + f" == {tot_year}")
    for k in svc:
        if k == "Соціальне таксі":
            continue
        r = rows[k]
        g.check("table_arithmetic", sep.join(next(x for x in T1 if x[1] == k)), f"{k}: four quarters sum to Разом 2024",
                f"{r[0]} + {r[1]} + {r[2]} + {r[3]} == {r[4]}")
    g.check("internal_conflict", "Загалом надано 33 611 соціальних послуг.", "the prose total equals the table's Усього",
            f"{sp_prose} == {tot_year}")
    for k, ids in t2.items():
        g.check("parts_sum", t2_line(5),
                f"{k}: persons for the year (no repeats) ≥ each quarter and ≤ 1 046 served",
                f"{ids[4]} >= max({ids[0]}, {ids[1]}, {ids[2]}, {ids[3]}) and {ids[4]} <= f1")
    g.check("parts_sum", "фактично працює 91 працівник, з них 64 соціальні робітники", "64 ≤ 91 ≤ 96", f"{sw} <= {act} <= {pos}")
    g.check("percent_impossible", "якістю обслуговування задоволені 94,7 % опитаних.", "142 of 150 = 94,67 % → 94,7",
            f"grim_ok({sat}, {sv}, 1)")
    g.check("percent_mismatch", "31 482,6 тис. грн, або 98,1", "31 482,6 / 32 092,4 = 98,10 %",
            f"pct_ok(p{bs[1:]}, {bs}, {ba}, 1)")

    g.skip("64102, Харківська обл., м. Златопіль, вул. Соборна, 57, тел. (05748) 0-33-62, ЄДРПОУ 03190478",
           [64102, 57, 5748, 3362, 3190478], "postcode, address, phone, ЄДРПОУ")
    g.skip("ЗВІТ про роботу за 2024 рік", [2024], "year in the title")
    g.skip("рішенням міської ради від 28.11.2023 № 2215-VIII", [28, 11, 2023, 2215], "decision date and number")
    g.skip("у місті та 12 старостинських округах громади", [12], "number of districts (старостинські округи)")
    g.skip("(у 2023 році – 1 011)", [2023, 1011], "prior-year figure")
    g.skip("(додаються на 2 аркушах, альбомна орієнтація)", [2], "number of sheets")
    g.skip("Таблиця 1. Кількість наданих соціальних послуг № Вид соціальної послуги I кв. I", [1],
           "table number (the reader prints the title of Таблиця 1 after the table, run into stray heading cells)")
    g.skip("альбомна орієнтація). року, од.", [], "the end of the Таблиця 1 title, run into the page 1 paragraph")
    g.skip(sep.join(T1_HEAD), [2024, 2023], "column headings (years)")
    g.skip(taxi_q, [5, 291], "row number; the «2023 рік» column (24 870, 5 102, 1 930, 884, 291, 33 077) is prior-year")
    g.skip("Примітка: графа «2023 рік» наведена для порівняння.", [2023], "year")
    g.skip("Середнє навантаження на одного соціального робітника – 7 отримувачів.", [7], "ratio")
    g.skip("У листопаді 2024 року", [2024], "survey month")
    g.skip("У 2025 році планується відкрити відділення денного перебування на 20 місць у старостинському окрузі.",
           [2025, 20], "plan, capacity")
    g.skip("15.01.2025", [15, 1, 2025], "date of signing")
    g.skip("Продовження додатка 1", [1], "annex number")
    g.skip("IV кв. Разо 6 457 1 389 503 264", [4, 6457, 1389, 503, 264],
           "stray fragments of Таблиця 1 that the reader prints before the table (IV quarter cells); the same table, not counted again")
    g.skip("1 Догляд вдома 6 214 2 Денний догляд 1 318 3 Натуральна допомога 412 4 Консультування 236 5 Соціальне таксі 73 Усього 8 253",
           [1, 6214, 2, 1318, 3, 412, 4, 236, 5, 73, 8253],
           "a second, garbled copy of the I quarter column that the reader prints after the table; not counted again")
    g.skip("88", [88], "stray cell of Таблиця 1 (IV quarter, соціальне таксі) printed on its own line")
    g.skip("8 701", [8701], "stray cell of Таблиця 1 (IV quarter, Усього) printed on its own line")
    g.skip("Розподіл послуг за кварталами наведено в таблиці 1, кількість отримувачів за кварталами – у таблиці 2", [1, 2],
           "table numbers")
    g.note("pages 2 and 3 hold the tables sideways: page 2 has /Rotate 90, page 3 has no /Rotate and its content is drawn turned by −90°; the quotes are what `zvitparse read` prints for them")
    g.note("Таблиця 1: every 2024 cell is a services_provided fact quoted by its row, with the service and the quarter as label; the quarter cells hang on the Усього cell of the same quarter (one group per quarter), the Разом 2024 cells on the Усього Разом cell; the «2023 рік» column is skipped")
    g.note("Таблиця 2: recipients per quarter are point-in-time counts and do not add up to the year (the year column counts persons without repeats); served facts with the quarter as label, no parents")
    g.note("the prose total 33 611 and the table's Усього Разом are two facts")
    g.note("page numbers 1–4 are drawn at the foot of each page (the reader prints none of them)")
    g.note("what the reader prints for the sideways pages: page 2 (/Rotate 90) comes out as stray fragments of the IV quarter column («IV кв. Разо 6 457 …», «88», «8 701»), then a clean tab-separated Таблиця 1, then its title run into heading cells and a space-separated copy of the I quarter column; the end of the title («року, од.») is appended to the last paragraph of page 1 and the «Додаток 1 до звіту» line is lost; page 3 (drawn turned, no /Rotate) comes out transposed, one line per column, the rows in reverse order and the headings run together («Ікв.», «Зарік*»); the Таблиця 2 title and its footnote are not printed. Table 2 facts are quoted by the transposed line that holds them")
    g.note("the stray and garbled copies of Таблиця 1 cells repeat 2024 quarter figures; they are the same table, so no second set of facts is recorded (skipped)")
    g.write()


if __name__ == "__main__":
    main()
