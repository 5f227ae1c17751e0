"""b115_08: ТЦСО Джуринської сільської ради (Вінницька), main indicators for 2023 as a wide Excel sheet
printed to PDF across two pages (reportlab, landscape). Page 1: № + row labels + columns 1–5;
page 2: the same rows with only the № column repeated, columns 6–10, a column-number row, «Аркуш N з 2»
in the page header, file name and print date in the footer.
Slip: table_arithmetic (column 8 «з них осіб з інвалідністю»: 97 + 41 + 88 + 27 = 253, Разом says 235)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from common import Gold, register_fonts, report_path

DOC = "b115_08_dzhuryn_tcso_annual2023.pdf"

COLS = ["Кількість штатних посад відповідно до штатного розпису, од.",
        "Фактична чисельність працівників станом на 31.12.2023, осіб",
        "Кількість заяв про надання соціальних послуг, що надійшли за рік, од.",
        "Кількість осіб, взятих на обслуговування протягом року, осіб",
        "Кількість осіб, знятих з обслуговування протягом року, осіб",
        "Кількість осіб, обслугованих протягом року (всього), осіб",
        "з них внутрішньо переміщених осіб",
        "з них осіб з інвалідністю",
        "Кількість наданих соціальних послуг, од.",
        "Кількість скарг на якість надання соціальних послуг, од."]
ROWS = [
    ("1", "Відділення соціальної допомоги вдома", ["16,5", "15", "58", "41", "37", "212", "18", "97", "36 480", "0"]),
    ("2", "Відділення денного перебування", ["4", "4", "33", "29", "22", "118", "9", "41", "3 912", "0"]),
    ("3", "Відділення організації надання адресної натуральної та грошової допомоги",
     ["3", "3", "406", "388", "х", "412", "136", "88", "1 236", "1"]),
    ("4", "Відділення соціальної реабілітації", ["2,5", "2", "19", "14", "9", "27", "2", "27", "1 604", "0"]),
    ("5", "Адміністрація та обслуговуючий персонал", ["7", "6", "х", "х", "х", "х", "х", "х", "х", "х"]),
]
TOTAL = ("", "Разом", ["33", "30", "516", "472", "68", "769", "165", "235", "43 232", "1"])
FOOT = "Моніторинг_ТЦСО_2023.xlsx     Дата друку: 12.01.2024 09:17"


def build(path):
    register_fonts()
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Моніторинг_ТЦСО_2023")
    hs = ParagraphStyle("hs", fontName="LSans-B", fontSize=8.5, leading=10, alignment=1)
    ls = ParagraphStyle("ls", fontName="LSans", fontSize=9, leading=11)
    ts = ParagraphStyle("ts", fontName="LSans-B", fontSize=11, leading=14, alignment=1)
    ps = ParagraphStyle("ps", fontName="LSans", fontSize=9, leading=11)

    def furniture(no):
        c.setFont("LSans", 8)
        c.drawRightString(W - 15 * mm, H - 10 * mm, f"Аркуш {no} з 2")
        c.drawString(15 * mm, 8 * mm, FOOT)

    def style(t, nrows):
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 9), ("GRID", (0, 0), (-1, -1), 0.4, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                               ("FONT", (0, nrows - 1), (-1, nrows - 1), "LSans-B", 9)]))

    # page 1
    furniture(1)
    for i, txt in enumerate(("Форма затверджена розпорядженням сільського голови від 14.03.2022 № 47-р",
                             "Подається щороку до 15 січня року, наступного за звітним")):
        c.setFont("LSans", 8)
        c.drawRightString(W - 15 * mm, H - 15 * mm - i * 10, txt)
    title = Paragraph("Основні показники діяльності Територіального центру соціального обслуговування (надання "
                      "соціальних послуг) Джуринської сільської ради Вінницької області за 2023 рік", ts)
    w, h = title.wrap(W - 40 * mm, 40 * mm)
    title.drawOn(c, 20 * mm, H - 26 * mm - h)
    sub = Paragraph("(наростаючим підсумком з початку року; станом на 31.12.2023)", ParagraphStyle(
        "sub", fontName="LSans", fontSize=9, leading=11, alignment=1))
    sw, sh = sub.wrap(W - 40 * mm, 20 * mm)
    sub.drawOn(c, 20 * mm, H - 28 * mm - h - sh)
    data = [[Paragraph("№ з/п", hs), Paragraph("Структурний підрозділ", hs)] + [Paragraph(x, hs) for x in COLS[:5]],
            ["", ""] + [str(i) for i in range(1, 6)]]
    for no, lab, v in ROWS + [TOTAL]:
        data.append([no, Paragraph(lab, ls) if len(lab) > 45 else lab] + v[:5])
    t = Table(data, colWidths=[12 * mm, 95 * mm] + [32 * mm] * 5)
    style(t, len(data))
    w, h = t.wrapOn(c, W, H)
    t.drawOn(c, 15 * mm, H - 48 * mm - h)
    c.showPage()

    # page 2: rows to repeat at left = column A (№) only
    furniture(2)
    data = [[Paragraph("№ з/п", hs)] + [Paragraph(x, hs) for x in COLS[5:]],
            [""] + [str(i) for i in range(6, 11)]]
    for no, lab, v in ROWS + [TOTAL]:
        data.append([no] + v[5:])
    t = Table(data, colWidths=[12 * mm] + [40 * mm] * 5)
    style(t, len(data))
    w, h = t.wrapOn(c, W, H)
    y = H - 20 * mm - h
    t.drawOn(c, 15 * mm, y)
    for txt in ("Примітки: 1) у графі 4 – особи, вперше взяті на обслуговування у звітному році;",
                "2) графа 9 заповнюється за даними журналів обліку надання соціальних послуг;",
                "3) у графі 6 кожна особа враховується один раз, незалежно від кількості отриманих послуг;",
                "4) «х» – показник для підрозділу не заповнюється;",
                "5) дані графи 3 включають повторні заяви осіб, які отримували послуги у 2022 році.",
                "Директор ____________          Головний бухгалтер ____________",
                "Виконавець: відділ обліку та звітності, тел. (04352) 0-22-71"):
        p = Paragraph(txt, ps)
        pw, ph = p.wrap(W - 30 * mm, 30 * mm)
        y -= ph + 5 * mm
        p.drawOn(c, 15 * mm, y)
    c.showPage()
    c.save()


def num(s):
    s = s.replace(" ", "")
    return float(s.replace(",", ".")) if "," in s else int(s)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Джуринської сільської ради",
        "centre_type": "tcso",
        "settlement": "Джурин",
        "oblast": "Вінницька",
        "report_kind": "annual_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, meta_alt={
        "centre": ["Територіальний центр соціального обслуговування (надання соціальних послуг) Джуринської сільської ради Вінницької області"],
        "report_kind": ["period_report"]})
    n = lambda x: x[1:]  # noqa: E731

    def spec(col, label):
        """indicator, unit, extra kwargs for column col (0-based)."""
        return [
            ("staff_positions", "positions", {}),
            ("staff_actual", "staff", {}),
            ("applied", "applications", {}),
            ("served", "persons", {"alt": ["registered_new", "support_started"], "label": "взято на обслуговування"}),
            ("deregistered", "persons", {}),
            ("served", "persons", {}),
            ("served", "persons", {"category": "внутрішньо переміщені особи"}),
            ("served", "persons", {"category": "особи з інвалідністю"}),
            ("services_provided", "services", {}),
            ("complaints", "complaints", {}),
        ][col]

    text_rows = {}
    for no, lab, v in ROWS + [TOTAL]:
        text_rows[no or "Р"] = (f"{no}\t{lab}\t" + "\t".join(v[:5]), f"{no}\t" + "\t".join(v[5:]))
    totals = {}
    cells = {c: [] for c in range(10)}
    for c in range(10):
        ind, unit, kw = spec(c, None)
        q = text_rows["Р"][0 if c < 5 else 1]
        kw2 = dict(kw)
        kw2["label"] = ("Разом; " + kw["label"]) if "label" in kw else "Разом"
        totals[c] = g.f(ind, unit, num(TOTAL[2][c]), q, **kw2)
    for no, lab, v in ROWS:
        for c in range(10):
            if v[c] == "х":
                continue
            ind, unit, kw = spec(c, None)
            q = text_rows[no][0 if c < 5 else 1]
            cells[c].append(g.f(ind, unit, num(v[c]), q, district=lab, group=f"col{c + 1}_by_department",
                                parent=totals[c], **kw))
    S = lambda ids: " + ".join("f" + n(x) for x in ids)  # noqa: E731
    g.slip("table_arithmetic", "error", text_rows["Р"][1], 235, 253, [totals[7]] + cells[7],
           "column 8 (з них осіб з інвалідністю): 97 + 41 + 88 + 27 = 253, the Разом row on sheet 2 says 235 (digits swapped)",
           f"{S(cells[7])} == f{n(totals[7])}")
    for c in range(10):
        if c == 7:
            continue
        g.check("table_arithmetic", text_rows["Р"][0 if c < 5 else 1],
                f"column {c + 1} ({COLS[c]}): rows sum to Разом", f"near({S(cells[c])}, f{n(totals[c])})")
    g.check("table_arithmetic", text_rows["1"][1],
            "per department: IDPs (col 7) and persons with disabilities (col 8) ≤ served (col 6); actual staff ≤ positions",
            "all([" + ", ".join(f"f{n(cells[6][i])} <= f{n(cells[5][i])} and f{n(cells[7][i])} <= f{n(cells[5][i])}"
                                for i in range(4)) + ", "
            + ", ".join(f"f{n(cells[1][i])} <= f{n(cells[0][i])}" for i in range(5)) + "])")

    g.skip("за 2023 рік", [2023], "year in the title")
    g.skip("\t\t1\t2\t3\t4\t5", [1, 2, 3, 4, 5], "column-number row (sheet 1)")
    g.skip("\t6\t7\t8\t9\t10", [6, 7, 8, 9, 10], "column-number row (sheet 2)")
    g.skip(text_rows["1"][0], [1, 2, 3, 4, 5], "row numbers № з/п (printed on both sheets)")
    g.skip("Дата друку: 12.01.2024 09:17", [12, 1, 2024, 9, 17], "print date in the footer")
    g.skip("Моніторинг_ТЦСО_2023.xlsx", [2023], "file name in the footer")
    g.skip("Примітки: 1) у графі 4", [1, 4], "note number, column reference")
    g.skip("2) графа 9", [2, 9], "note number, column reference")
    g.skip("3) у графі 6", [3, 6], "note number, column reference")
    g.skip("4) «х»", [4], "note number")
    g.skip("5) дані графи 3 включають повторні заяви осіб, які отримували послуги у 2022 році.", [5, 3, 2022],
           "note number, column reference, year")
    g.skip("Форма затверджена розпорядженням сільського голови від 14.03.2022 № 47-р", [14, 3, 2022, 47],
           "order date and number")
    g.skip("Подається щороку до 15 січня", [15], "submission deadline")
    g.skip("(наростаючим підсумком з початку року; станом на 31.12.2023)", [31, 12, 2023], "date")
    g.skip("станом на 31.12.2023, осіб", [31, 12, 2023], "date in a column header")
    g.skip("тел. (04352) 0-22-71", [4352, 2271], "phone")

    g.note("a wide sheet printed across two pages: columns 1–5 with the row labels on sheet 1, columns 6–10 on sheet 2 with only the № column repeated. Each cell is a fact quoted by its printed row (on sheet 2 the row is «№ + five cells», without the label); district = the department of the row")
    g.note("rows hang on the Разом cell of the same column, one group per column; «х» cells (not filled) give no fact")
    g.note("column indicators: 1 staff_positions, 2 staff_actual, 3 applied (applications), 4 served «взято на обслуговування» (alt registered_new, support_started), 5 deregistered, 6 served, 7 served (category IDPs), 8 served (category persons with disabilities), 9 services_provided, 10 complaints")
    g.note("department rows carry no service id (a department is not one service), so any service the extractor sets is accepted")
    g.note("the page header «Аркуш N з 2» is drawn in the top margin; the reader does not print it, so it needs no skip")
    g.write()


if __name__ == "__main__":
    main()
