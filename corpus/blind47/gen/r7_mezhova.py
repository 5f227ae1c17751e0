"""b47_07: ТЦСО Межівської селищної ради, recipients of social services in 2023 vs 2022.
Less common style 1: a spreadsheet exported to PDF (header rows repeated on every page, the service
name merged down over its category rows, empty cells where the merge was, total row on the last
page, print footer with the file name and «Аркуш 1»), with little prose around it."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b47_07_mezhova_tcso_services2023.pdf"

SERVICES = [
    ("Догляд вдома", "home_care", [
        ("особи похилого віку, які потребують сторонньої допомоги", 112, 118),
        ("особи з інвалідністю I–II групи", 47, 41),
        ("невиліковно хворі, які не здатні до самообслуговування", 18, 22),
        ("внутрішньо переміщені особи", 9, 6)]),
    ("Денний догляд", "day_care", [
        ("особи похилого віку", 26, 24),
        ("особи з інвалідністю", 14, 11),
        ("діти з інвалідністю", 8, 5)]),
    ("Соціальна адаптація", "social_adaptation", [
        ("особи похилого віку", 41, 37),
        ("особи з інвалідністю", 19, 16),
        ("внутрішньо переміщені особи", 12, 15)]),
    ("Натуральна допомога", "natural_aid", [
        ("особи похилого віку", 96, 104),
        ("особи з інвалідністю", 38, 35),
        ("внутрішньо переміщені особи", 54, 71),
        ("малозабезпечені особи", 27, 19)]),
    ("Консультування", "counselling", [
        ("особи похилого віку", 133, 121),
        ("особи з інвалідністю", 61, 58),
        ("внутрішньо переміщені особи", 48, 63),
        ("члени сімей загиблих (померлих) захисників України", 11, 4)]),
    ("Інформування", "informing", [
        ("особи похилого віку", 152, 140),
        ("особи з інвалідністю", 70, 66),
        ("внутрішньо переміщені особи", 57, 72)]),
    ("Представництво інтересів", "representation", [
        ("особи похилого віку", 9, 7),
        ("особи з інвалідністю", 6, 3)]),
    ("Соціальне таксі", "social_taxi", [
        ("особи з інвалідністю I групи", 17, 13),
        ("особи похилого віку", 5, 4)]),
    ("Паліативний догляд", "palliative_care", [
        ("невиліковно хворі особи", 4, 2)]),
]
# the Разом row's SUM range stops one row short (row 26 left out), in both year columns
TOTAL_2023, TOTAL_2022 = 1090, 1075

TITLE = [
    "Територіальний центр соціального обслуговування (надання соціальних послуг) Межівської селищної ради",
    "Інформація про кількість отримувачів соціальних послуг за 2023 рік у порівнянні з 2022 роком",
]
NOTE = [
    "* Кількість фізичних осіб, які отримали соціальні послуги у 2023 році (без повторного обліку), – 611 (у 2022 році – 598).",
    "Дані станом на 31.12.2023. Виконавець: відділ організації надання соціальних послуг, тел. (05630) 0-21-95. 15.01.2024",
]
FOOT = "C:\\Users\\Admin\\Desktop\\Звіти 2023\\звіт_отримувачі_2023_v2.xlsx"


def sign(d):
    return f"+{d}" if d > 0 else (str(d) if d < 0 else "0")


def rows():
    out, n, spans = [], 0, []
    for name, svc, cats in SERVICES:
        first = len(out)
        for i, (cat, a, b) in enumerate(cats):
            n += 1
            out.append((n, name if i == 0 else "", svc, cat, a, b, sign(a - b)))
        spans.append((first, len(out) - 1))
    return out, spans


def build():
    register_fonts()
    cell = ParagraphStyle("t", fontName="LSans", fontSize=9, leading=11)
    hdr = ParagraphStyle("h", parent=cell, fontName="LSans-B", alignment=1)
    tstyle = ParagraphStyle("T", fontName="LSans-B", fontSize=11, leading=14, alignment=1)
    small = ParagraphStyle("s", fontName="LSans", fontSize=9, leading=11)
    body, spans = rows()
    data = [[Paragraph(x, hdr) for x in ["№ з/п", "Назва соціальної послуги", "Категорія отримувачів",
                                          "Кількість отримувачів у 2023 р., осіб", "Кількість отримувачів у 2022 р., осіб",
                                          "Відхилення (+/-)"]],
            ["1", "2", "3", "4", "5", "6"]]
    for n, name, svc, cat, a, b, d in body:
        data.append([str(n), Paragraph(name, cell), Paragraph(cat, cell), str(a), str(b), d])
    data.append(["", "Разом", "", f"{TOTAL_2023:,}".replace(",", " "), f"{TOTAL_2022:,}".replace(",", " "),
                 sign(TOTAL_2023 - TOTAL_2022)])
    t = Table(data, colWidths=[14 * mm, 48 * mm, 92 * mm, 38 * mm, 38 * mm, 28 * mm], repeatRows=2,
              rowHeights=[30] + [14] + [26] * len(body) + [18])
    ts = [("FONT", (0, 0), (-1, -1), "LSans", 9), ("GRID", (0, 0), (-1, -1), 0.4, (0, 0, 0)),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (3, 2), (-1, -1), "RIGHT"),
          ("ALIGN", (0, 1), (-1, 1), "CENTER"), ("FONT", (0, -1), (-1, -1), "LSans-B", 9)]
    for a, b in spans:
        if b > a:
            ts.append(("SPAN", (1, a + 2), (1, b + 2)))
    t.setStyle(TableStyle(ts))
    story = [Paragraph(TITLE[0], tstyle), Paragraph(TITLE[1], tstyle), Spacer(1, 6), t, Spacer(1, 6)]
    story += [Paragraph(x, small) for x in NOTE]

    def foot(c, doc):
        c.setFont("LSans", 7)
        c.drawString(12 * mm, 7 * mm, FOOT)
        c.drawRightString(landscape(A4)[0] - 12 * mm, 7 * mm, "Аркуш 1")
        c.drawCentredString(landscape(A4)[0] / 2, 7 * mm, f"Сторінка {doc.page}")
    doc = SimpleDocTemplate(report_path(DOC), pagesize=landscape(A4), invariant=1, leftMargin=12 * mm,
                            rightMargin=12 * mm, topMargin=10 * mm, bottomMargin=14 * mm, title="звіт_отримувачі_2023_v2")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Межівської селищної ради",
        "centre_type": "tcso", "settlement": "Межова",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, {"report_kind": ["other", "period_report"]})
    f = g.f
    tot = f("served", "persons", TOTAL_2023, "\tРазом\t\t1 090\t1 075\t+15", label="Разом (сума рядків таблиці)")
    body, _ = rows()
    ids = []
    for n, name, svc, cat, a, b, d in body:
        q = f"{n}\t{name}\t{cat}\t{a}\t{b}\t{d}" if name else f"{n}\t{cat}\t{a}\t{b}\t{d}"
        ids.append(f("served", "persons", a, q, service=svc, category=cat, group="table_2023_by_service_category", parent=tot))
    phys = f("served", "persons", 611, "* Кількість фізичних осіб, які отримали соціальні послуги у 2023 році (без повторного обліку), – 611",
             label="фізичні особи без повторного обліку")
    g.check("parts_sum", "* Кількість фізичних осіб, які отримали соціальні послуги у 2023 році (без повторного обліку), – 611",
            "611 persons without double counting ≤ the 1 094 service-recipient rows, and ≥ the largest service (279 for informing)",
            f"{phys} <= {' + '.join(ids)} and {phys} >= {ids[18]} + {ids[19]} + {ids[20]}")
    diffs = " and ".join(f"{i} - {b} == {a - b}" for i, (n, name, svc, cat, a, b, d) in zip(ids, body))
    g.check("table_arithmetic", "1\tДогляд вдома\tособи похилого віку, які потребують сторонньої допомоги\t112\t118\t-6",
            "column 6 = column 4 − column 5 in all 26 rows (the 2022 figures enter as literals)", diffs)
    g.check("table_arithmetic", "\tРазом\t\t1 090\t1 075\t+15",
            "the Разом row is consistent with itself: 1 090 − 1 075 = +15 (the slip is in the column sums, not in the difference)",
            f"{tot} - 1075 == 15")
    g.slip("table_arithmetic", "error", "\tРазом\t\t1 090\t1 075\t+15", 1090, 1094, [tot] + ids,
           "the 26 rows of the 2023 column sum to 1 094, but Разом says 1 090: the last row (26, паліативний догляд, 4) is left out of the sum. "
           "The 2022 column shows the same slip (rows sum to 1 077, Разом 1 075), and the Разом difference +15 follows the wrong totals (1 094 − 1 077 = +17)",
           f"{' + '.join(ids)} == {tot}")

    g.skip(TITLE[1], [2023, 2022], "years")
    g.skip("№ з/п\tНазва соціальної послуги\tКатегорія отримувачів\tКількість отримувачів у 2023 р., осіб\tКількість отримувачів у 2022 р., осіб\tВідхилення (+/-)",
           [2023, 2022], "header years")
    g.skip("1\t2\t3\t4\t5\t6", [1, 2, 3, 4, 5, 6], "column numbering row")
    g.skip("1\tДогляд вдома\tособи похилого віку, які потребують сторонньої допомоги\t112\t118\t-6",
           list(range(1, 27)), "row numbers 1–26 (column № з/п)")
    g.skip("1\tДогляд вдома\tособи похилого віку, які потребують сторонньої допомоги\t112\t118\t-6",
           [b for _, _, _, _, _, b, _ in body], "column 5: the 2022 figure of every row (prior-year figures)")
    g.skip("1\tДогляд вдома\tособи похилого віку, які потребують сторонньої допомоги\t112\t118\t-6",
           [d for *_, d in body], "column 6: difference 2023 − 2022 of every row")
    g.skip("особи з інвалідністю I–II групи", [1, 2], "disability groups (Roman numerals)")
    g.skip("\tРазом\t\t1 090\t1 075\t+15", [1075, 15], "Разом of the 2022 column and of the difference column")
    g.skip(FOOT + " Сторінка 1 Аркуш 1", [2023, 2, 2023, 1, 1], "print footer: file name, page, sheet (also on page 2)")
    g.skip("(у 2022 році – 598)", [2022, 598], "prior-year figure")
    g.skip("Дані станом на 31.12.2023. Виконавець: відділ організації надання соціальних послуг, тел. (05630) 0-21-95. 15.01.2024",
           [31, 12, 2023, 5630, 2195, 15, 1, 2024], "dates, phone")
    g.note("spreadsheet export: only column 4 (2023) holds facts; column 5 (2022) and column 6 (difference) are skipped. The reader drops the empty cells left by the merged service name, so the first row of each service carries the name and its other rows do not")
    g.note("every table row is a served fact with its service and category, hanging on the Разом cell of column 4; the 611 physical persons without double counting are a separate fact (people receive several services)")
    g.note("report_kind: an annual information table for 2023 → annual_report (alt other, period_report)")
    g.note("the print footer (file name, «Сторінка N», «Аркуш 1») and the repeated header rows: see the read text for what the reader keeps")
    g.write()


if __name__ == "__main__":
    build()
    gold()
