"""b52_08: «Зведена інформація про надання соціальних послуг у громадах району за 2024 рік», prepared by the social
department of the Ніжинська районна державна адміністрація (Чернігівська). Борзнянська громада is one of ten rows.
DOCX, landscape, a table with a two-level merged header (one row per hromada with its provider's figures and a
«Разом по району» row whose first three cells are merged), plus prose paragraphs.
Slip: table_arithmetic (the «з них ВПО» column sums to 1 855; Разом says 1 885). The prose share of IDPs
(18,9 %) agrees with the true sum 1 855 of 9 814, not with the written 1 885."""
import docx
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b52_08_borzna_district_summary2024.docx"
ROWS = [("1", "Батуринська міська", "ЦНСП", "612", "97", "8 214"),
        ("2", "Бахмацька міська", "ЦНСП", "1 438", "286", "21 506"),
        ("3", "Бобровицька міська", "ТЦСО", "1 105", "174", "16 930"),
        ("4", "Борзнянська міська", "ЦНСП", "1 264", "203", "19 412"),
        ("5", "Дмитрівська селищна", "ЦНСП", "498", "61", "6 075"),
        ("6", "Комарівська сільська", "ЦНСП", "377", "42", "4 860"),
        ("7", "Лосинівська селищна", "ТЦСО", "541", "88", "7 342"),
        ("8", "Ніжинська міська", "ТЦСО, ЦСС", "2 617", "712", "38 145"),
        ("9", "Носівська міська", "ЦНСП", "903", "139", "12 480"),
        ("10", "Новобасанська сільська", "ЦНСП", "459", "53", "5 902")]
TOTAL = ("Разом по району", "9 814", "1 885", "140 866")

TOP = [
    ("НІЖИНСЬКА РАЙОННА ДЕРЖАВНА АДМІНІСТРАЦІЯ ЧЕРНІГІВСЬКОЇ ОБЛАСТІ", True, True),
    ("Управління соціального захисту населення", True, True),
    ("16600, м. Ніжин, вул. Покровська, 12, тел. (04631) 0-52-40", False, True),
    ("Вих. № 1.3-14/2087 від 06.02.2025", False, False),
    ("ЗВЕДЕНА ІНФОРМАЦІЯ", True, True),
    ("про надання соціальних послуг у громадах району за 2024 рік", True, True),
    ("До складу району входить 14 територіальних громад з населенням 196,3 тис. осіб. Інформацію подали 10 громад; Вертіївська, Макіївська, Мринська та Плисківська сільські громади власних надавачів не мають і забезпечують послуги за договорами з надавачами сусідніх громад.", False, False),
]
BOTTOM = [
    "Загалом у 2024 році соціальні послуги в районі отримали 9 814 осіб, надано 140 866 послуг. Частка внутрішньо переміщених осіб серед отримувачів становить 18,9 %.",
    "Найбільше отримувачів у Ніжинській міській громаді – 2 617 осіб (26,7 % від загальної кількості по району). У Борзнянській громаді після реорганізації територіального центру в ЦНСП кількість отримувачів зросла на 148 осіб порівняно з 2023 роком.",
    "Соціальний супровід сімей, які перебувають у складних життєвих обставинах, надавався у 9 громадах: під супроводом перебувало 186 сімей, у яких виховується 402 дитини.",
    "У закладах соціального обслуговування району працює 412 працівників, з них 268 соціальних робітників. На утримання закладів з місцевих бюджетів спрямовано 96,4 млн грн.",
    "Скарг на якість соціальних послуг до управління протягом року не надходило.",
    "Додаток: таблиця на 1 арк.",
    "Начальник управління                                   (підпис)",
]


def build(path):
    d = docx.Document()
    fix_docx_props(d, "УСЗН РДА")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for text, bold, center in TOP:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text, h0[1].text, h0[2].text = "№ з/п", "Територіальна громада", "Надавач соціальних послуг"
    h0[3].text, h0[5].text = "Кількість отримувачів соціальних послуг, осіб", "Надано соціальних послуг, од."
    h1[3].text, h1[4].text = "усього", "з них ВПО"
    for i in (0, 1, 2, 5):
        t.cell(0, i).merge(t.cell(1, i))
    t.cell(0, 3).merge(t.cell(0, 4))
    for row in ROWS:
        c = t.add_row().cells
        for cell, v in zip(c, row):
            cell.text = v
    c = t.add_row().cells
    m = c[0].merge(c[2])
    m.text = TOTAL[0]
    c[3].text, c[4].text, c[5].text = TOTAL[1:]
    for text in BOTTOM:
        d.add_paragraph(text)
    d.save(path)
    freeze_zip(path)


build(report_path(DOC))

g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Ніжинської районної державної адміністрації",
    "centre_type": "uszn", "settlement": "Ніжинський район", "oblast": "Чернігівська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"settlement": ["Ніжин", "Ніжинський"], "report_kind": ["other"],
              "centre": ["Ніжинська районна державна адміністрація"]})
f = g.f
from common import read_text
TEXT = read_text(report_path(DOC))


def row_quote(row):
    # the row as the reader prints it (tab-separated cells)
    q = "\t".join(row)
    assert q in TEXT, q
    return q


def total_quote():
    for line in TEXT.splitlines():
        if line.startswith(TOTAL[0]) or TOTAL[0] in line:
            return line.strip("\t")
    raise SystemExit("total row not found")


TQ = total_quote()
n = lambda s: int(s.replace(" ", ""))
T = [f("served", "persons", n(TOTAL[1]), TQ, label="разом по району"),
     f("served", "persons", n(TOTAL[2]), TQ, label="разом по району", category="внутрішньо переміщені особи"),
     f("services_provided", "services", n(TOTAL[3]), TQ, label="разом по району")]
cells = []
for row in ROWS:
    q = row_quote(row)
    dist = row[1].split()[0]
    lab = "надавач: " + row[2]
    a = f("served", "persons", n(row[3]), q, district=dist, label=lab, parent=T[0], group="served_9814_by_hromada")
    b = f("served", "persons", n(row[4]), q, district=dist, label=lab, category="внутрішньо переміщені особи",
          parent=T[1], group="idp_1885_by_hromada")
    c = f("services_provided", "services", n(row[5]), q, district=dist, label=lab, parent=T[2],
          group="services_140866_by_hromada")
    cells.append((a, b, c))
P = BOTTOM
s1 = f("served", "persons", 9814, "соціальні послуги в районі отримали 9 814 осіб", label="разом по району")
s2 = f("services_provided", "services", 140866, "надано 140 866 послуг", label="разом по району")
sh = f("share", "percent", 18.9, "Частка внутрішньо переміщених осіб серед отримувачів становить 18,9 %",
       label="частка внутрішньо переміщених осіб серед отримувачів")
nz = f("served", "persons", 2617, "Найбільше отримувачів у Ніжинській міській громаді – 2 617 осіб (26,7 % від загальної кількості по району)",
       percent=26.7, district="Ніжинська")
ss = f("served", "families", 186, "під супроводом перебувало 186 сімей", service="social_support_sjo",
       alt=["support_ongoing"], label="разом по району")
sc = f("served", "children", 402, "у яких виховується 402 дитини", service="social_support_sjo",
       alt=["support_ongoing"], parent=ss)
st1 = f("staff_actual", "staff", 412, "У закладах соціального обслуговування району працює 412 працівників")
st2 = f("staff_actual", "staff", 268, "з них 268 соціальних робітників", label="соціальні робітники", parent=st1)
bs = f("budget_spent", "uah", 96400000, "На утримання закладів з місцевих бюджетів спрямовано 96,4 млн грн",
       label="утримання закладів соціального обслуговування району, місцеві бюджети")
cp = f("complaints", "complaints", 0, "Скарг на якість соціальних послуг до управління протягом року не надходило.")

idp_sum = " + ".join(b for _, b, _ in cells)
g.slip("table_arithmetic", "error", TQ, 1885, 1855, [T[1]] + [b for _, b, _ in cells],
       "the «з них ВПО» column sums to 97 + 286 + 174 + 203 + 61 + 42 + 88 + 712 + 139 + 53 = 1 855; Разом по району says 1 885 (30 extra). The prose share 18,9 % is 1 855 / 9 814, which confirms the column",
       f"{idp_sum} == {T[1]}")
g.check("table_arithmetic", TQ, "the recipients column sums to 9 814", " + ".join(a for a, _, _ in cells) + f" == {T[0]}")
g.check("table_arithmetic", TQ, "the services column sums to 140 866", " + ".join(c for _, _, c in cells) + f" == {T[2]}")
g.check("table_arithmetic", row_quote(ROWS[0]), "in every row the IDP cell ≤ the recipients cell",
        " and ".join(f"{b} <= {a}" for a, b, _ in cells))
g.check("percent_mismatch", "Частка внутрішньо переміщених осіб серед отримувачів становить 18,9 %",
        "1 855 (the true column sum) / 9 814 = 18,90 % → 18,9", f"pct_ok({sh}, {idp_sum}, {s1}, 1)")
g.check("percent_mismatch", "(26,7 % від загальної кількості по району)", "2 617 / 9 814 = 26,67 % → 26,7",
        f"pct_ok(p{nz[1:]}, {nz}, {s1}, 1)")
g.check("internal_conflict", "соціальні послуги в районі отримали 9 814 осіб, надано 140 866 послуг",
        "prose totals = table totals; the Ніжинська figure in prose = its row",
        f"{s1} == {T[0]} and {s2} == {T[2]} and {nz} == {cells[7][0]}")
g.check("parts_sum", "з них 268 соціальних робітників", "268 ≤ 412", f"{st2} <= {st1}")

g.skip("16600, м. Ніжин, вул. Покровська, 12, тел. (04631) 0-52-40", [16600, 12, 4631, 5240], "postcode, address, phone")
g.skip("Вих. № 1.3-14/2087 від 06.02.2025", [1.3, 14, 2087, 6, 2, 2025], "outgoing number and date")
g.skip("про надання соціальних послуг у громадах району за 2024 рік", [2024], "year")
g.skip("До складу району входить 14 територіальних громад з населенням 196,3 тис. осіб. Інформацію подали 10 громад",
       [14, 196300, 10], "number of hromadas, population, hromadas reporting")
g.skip("№ з/п", list(range(1, 11)), "row numbers")
g.skip("кількість отримувачів зросла на 148 осіб порівняно з 2023 роком", [148, 2023], "difference with 2023")
g.skip("надавався у 9 громадах", [9], "number of hromadas")
g.skip("Додаток: таблиця на 1 арк.", [1], "sheet count")
g.note("a district summary: the subject (meta centre) is its author, the district administration's social department (centre_type uszn); settlement is the district it serves, «Ніжинський район» (alt «Ніжин», the seat). Борзнянська громада, the place assigned to this file, is one of the ten rows")
g.note("each hromada row gives three facts (recipients, of them IDPs, services) with district = the hromada's name (first word, as in the table) and label = the provider type in the row; rows hang on the «Разом по району» cell of the same column (one group per column)")
g.note("the «з них ВПО» cells carry category внутрішньо переміщені особи and hang on the IDP total, not on the row's recipients")
g.note("the Разом row's first three cells are merged; quotes follow the read text. District-level prose figures (9 814, 140 866, 186 families, staff, money) carry no district; the Ніжинська prose figure repeats its row and is a second fact")
g.note("report_kind: a yearly summary → annual_report (alt other)")
g.write()
