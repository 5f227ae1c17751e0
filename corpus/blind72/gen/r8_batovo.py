"""b72_08: ТЦСО Батівської селищної ради (Закарпатська), monthly figures for H2 2024 as a SPREADSHEET
PRINTED TO PDF (LibreOffice Calc «Експорт у PDF»): sheet name in the page header, gridlines, numbers
right-aligned with no-break-space thousands, «#ДІЛ/0!» and «-» cells, the wide sheet cut across two
pages (November, December and «Разом» on page 2 without the row labels), «Сторінка N з 2» footer,
a note under the table."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b72_08_batovo_tcso_h2_2024.pdf"
LIB = "/usr/share/fonts/truetype/liberation/"
NB = "\u00a0"


def n(x):
    return f"{x:,}".replace(",", NB)


def m(cents):
    return f"{cents // 100:,}".replace(",", NB) + f",{cents % 100:02d}"


MONTHS = ["Липень", "Серпень", "Вересень", "Жовтень", "Листопад", "Грудень"]
ROWS = [  # (№, label, unit, 6 monthly cells, total cell)
    ("1", "Надійшло заяв на обслуговування", "заяв", ["6", "5", "8", "4", "7", "3"], "33"),
    ("2", "Взято на обслуговування", "осіб", ["5", "4", "7", "4", "6", "2"], "28"),
    ("3", "Знято з обслуговування", "осіб", ["3", "6", "2", "5", "4", "3"], "23"),
    ("4", "Перебуває на обслуговуванні на кінець місяця", "осіб", ["213", "211", "216", "215", "217", "216"], "-"),
    ("5", "Надано соціальних послуг", "послуг", [n(2618), n(2704), n(2655), n(2731), n(2690), n(2586)], n(15894)),
    ("6", "Замовників соціального таксі", "осіб", ["0", "9", "11", "8", "10", "7"], "45"),
    ("7", "Поїздок на 1 замовника", "поїздок", ["#ДІЛ/0!", "2,3", "1,9", "2,5", "2,1", "2,6"], "2,3"),
    ("8", "Отримали натуральну допомогу", "осіб", ["-", "24", "-", "31", "18", "46"], "119"),
    ("9", "Послуг на 1 отримувача (ряд.5 / ряд.4)", "од.", ["12,3", "12,8", "12,3", "12,7", "12,4", "12,0"], "12,4"),
    ("10", "Відпрацьовано годин соціальними робітниками", "год.", [n(1904), n(1968), n(1880), n(1996), n(1912), n(1860)], n(11520)),
    ("11", "Надійшло плати за платні соціальні послуги", "грн", [m(1842050), m(1911500), m(1898025), m(1964000), m(1931075), m(2001200)], m(11547850)),
    ("12", "Осіб у черзі на обслуговування (на кінець місяця)", "осіб", ["4", "5", "3", "3", "2", "2"], "-"),
    ("13", "Виїздів мультидисциплінарної мобільної бригади", "виїздів", ["-", "3", "4", "2", "3", "1"], "13"),
]
NOTE = [
    "Форма щомісячного моніторингу затверджена наказом директора ТЦСО від 15.01.2024 № 6; заповнюється до 5 числа наступного місяця.",
    "Примітка: станом на 01.07.2024 на обслуговуванні перебувало 211 осіб. У липні соціальне таксі не працювало (ремонт автомобіля),",
    "тому показник у рядку 7 за липень не розраховується. Штатна чисельність соціальних робітників – 14 од., фактично працюють 12.",
    "Рядок 4 на кінець грудня звірено з журналом обліку отримувачів (розбіжностей немає). Плата за послуги зараховується до спецфонду (рядок 11).",
    "Дані внесено 08.01.2025. Виконавець: бухгалтер ТЦСО, тел. (03141) 0-24-57",
]
SHEET = "Показники_ІІпів_2024"


def build(path):
    pdfmetrics.registerFont(TTFont("LSans", LIB + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-B", LIB + "LiberationSans-Bold.ttf"))
    pw, ph = landscape(A4)
    c = canvas.Canvas(path, pagesize=(pw, ph), invariant=1)
    c.setCreator("Calc")
    c.setProducer("LibreOffice 7.6")
    RH = 18

    def header_footer(page):
        c.setFont("LSans", 9)
        c.drawCentredString(pw / 2, ph - 28, SHEET)
        c.drawCentredString(pw / 2, 22, f"Сторінка {page} з 2")

    def cell(x, y, w, text, align, bold=False, grid=True):
        if grid:
            c.setLineWidth(0.4)
            c.rect(x, y - RH, w, RH, stroke=1, fill=0)
        c.setFont("LSans-B" if bold else "LSans", 9)
        if align == "r":
            c.drawRightString(x + w - 3, y - RH + 5, text)
        elif align == "c":
            c.drawCentredString(x + w / 2, y - RH + 5, text)
        else:
            c.drawString(x + 3, y - RH + 5, text)

    # page 1: columns A..G (№, label, unit, Jul..Oct)
    x0, y0 = 36, ph - 60
    c.setFont("LSans-B", 11)
    c.drawString(x0, y0, "Моніторинг основних показників діяльності ТЦСО Батівської селищної ради за ІІ півріччя 2024 року")
    c.setFont("LSans", 9)
    c.drawString(x0, y0 - 16, "Закарпатська обл., Берегівський р-н, смт Батьово, вул. Вокзальна, 19, ЄДРПОУ 44018366. Дані помісячно; стовпець «Разом» – сума за півріччя")
    W1 = [28, 262, 58, 92, 92, 92, 92]
    y = y0 - 30
    hdr = ["№", "Показник", "Од. вим."] + MONTHS[:4]
    x = x0
    for w, t in zip(W1, hdr):
        cell(x, y, w, t, "c", bold=True)
        x += w
    y -= RH
    for no, lab, unit, ms, tot in ROWS:
        x = x0
        vals = [no, lab, unit] + ms[:4]
        for i, (w, t) in enumerate(zip(W1, vals)):
            cell(x, y, w, t, "c" if i in (0, 2) else ("l" if i == 1 else "r"))
            x += w
        y -= RH
    y -= 10
    c.setFont("LSans", 8.5)
    for line in NOTE:
        c.drawString(x0, y, line)
        y -= 12
    header_footer(1)
    c.showPage()
    # page 2: columns H..J (Nov, Dec, Разом), no row labels
    W2 = [92, 92, 100]
    y = y0 - 30
    x = x0
    for w, t in zip(W2, MONTHS[4:] + ["Разом"]):
        cell(x, y, w, t, "c", bold=True)
        x += w
    y -= RH
    for no, lab, unit, ms, tot in ROWS:
        x = x0
        for w, t in zip(W2, ms[4:] + [tot]):
            cell(x, y, w, t, "r")
            x += w
        y -= RH
    header_footer(2)
    c.showPage()
    c.save()


def main():
    path = report_path(DOC)
    build(path)
    text = __import__("common").read_text(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Батівської селищної ради",
        "centre_type": "tcso", "settlement": "Батьово", "oblast": "Закарпатська",
        "report_kind": "period_report",
        "period_start": "2024-07-01", "period_end": "2024-12-31"},
        {"centre": ["ТЦСО Батівської селищної ради",
                    "Територіальний центр соціального обслуговування Батівської селищної ради"]})
    f = g.f
    lines = text.split("\n")

    def row1(no):
        return next(l for l in lines if l.startswith(no + "\t"))

    p2 = lines[lines.index("Листопад\tГрудень\tРазом") + 1:]

    def row2(k):
        return p2[k]

    spec = {  # row № -> (indicator, unit, kw, kind)
        "1": ("applied", "applications", {}, "sum"),
        "2": ("served", "persons", {"alt": ["registered_new", "support_started"], "label_base": "взято на обслуговування"}, "sum"),
        "3": ("deregistered", "persons", {}, "sum"),
        "4": ("served", "persons", {"alt": ["support_ongoing"], "label_base": "на обслуговуванні на кінець місяця"}, "stock"),
        "5": ("services_provided", "services", {}, "sum"),
        "6": ("served", "persons", {"service": "social_taxi"}, "sum"),
        "8": ("served", "persons", {"service": "natural_aid"}, "sum"),
        "11": ("budget_received", "uah", {"label_base": "плата за платні соціальні послуги (спецфонд)"}, "sum"),
    }
    MON = ["липень", "серпень", "вересень", "жовтень", "листопад", "грудень"]
    ROWIDX = {r[0]: k for k, r in enumerate(ROWS)}
    F = {}
    for no, (ind, unit, kw, kind) in spec.items():
        r = ROWS[ROWIDX[no]]
        kw = dict(kw)
        base = kw.pop("label_base", r[1])
        q1, q2 = row1(no), row2(ROWIDX[no])
        def val(t):
            t = t.replace(NB, "")
            if "," in t:
                v = float(t.replace(",", "."))
                return int(v) if v.is_integer() else v
            return int(t)
        tot = None
        if kind == "sum":
            tot = f(ind, unit, val(r[4]), q2, label=f"{base}, разом за ІІ півріччя 2024", **kw)
        cells = []
        for k, t in enumerate(r[3]):
            if t in ("-", "#ДІЛ/0!"):
                cells.append(None)
                continue
            extra = {"parent": tot, "group": f"row{no}_by_month"} if tot else {}
            cells.append(f(ind, unit, val(t), q1 if k < 4 else q2, label=f"{base}, {MON[k]} 2024", **kw, **extra))
        F[no] = (tot, cells)
    sp = f("staff_positions", "positions", 14, "Штатна чисельність соціальних робітників – 14 од.", label="соціальні робітники")
    sa = f("staff_actual", "staff", 12, "фактично працюють 12", label="соціальні робітники")

    tot5, c5 = F["5"]
    g.slip("table_arithmetic", "error", "2 690\t2 586\t15 894", 15894, 15984, [tot5] + c5,
           "row 5 (services): 2 618 + 2 704 + 2 655 + 2 731 + 2 690 + 2 586 = 15 984, but «Разом» says 15 894 (two digits swapped). "
           "The months are on page 1 and page 2; the total sits on page 2 with no row label.",
           f"{' + '.join(c5)} == {tot5}")
    for no in ("1", "2", "3", "6", "8", "11"):
        tot, cells = F[no]
        cs = [c for c in cells if c]
        expr = f"{' + '.join(cs)} == {tot}" if no != "11" else f"near({' + '.join(cs)}, {tot})"
        g.check("table_arithmetic", row1(no), f"row {no}: the months sum to «Разом» ({'«-» cells empty' if no == '8' else 'all six months'})", expr)
    _, st = F["4"]
    _, tk = F["2"]
    _, dr = F["3"]
    bal = " and ".join(
        f"{(st[k - 1] if k else '211')} + {tk[k]} - {dr[k]} == {st[k]}" for k in range(6))
    g.check("table_arithmetic", row1("4"),
            "row 4 balance: end of previous month + taken (row 2) − removed (row 3) = end of month, from 211 on 01.07.2024 (note) to 216 at the end of December",
            bal)
    g.check("parts_sum", "Штатна чисельність соціальних робітників – 14 од., фактично працюють 12.", "12 ≤ 14", f"{sa} <= {sp}")

    g.skip("Показники_ІІпів_2024", [2024], "sheet name printed in the page header (twice)")
    g.skip("Закарпатська обл., Берегівський р-н, смт Батьово, вул. Вокзальна, 19, ЄДРПОУ 44018366", [19, 44018366], "address, ЄДРПОУ")
    g.skip("№\tПоказник\tОд. вим.", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], "row numbers (column №) and «рядок 4», «рядку 7», «рядок 11» in the notes")
    g.skip(row1("7"), [2.3, 1.9, 2.5], "row 7: trips per customer (ratio; July «#ДІЛ/0!» because row 6 is 0)")
    g.skip(row2(ROWIDX["7"]), [2.1, 2.6, 2.3], "row 7 on page 2: ratios")
    g.skip(row1("9"), [12.3, 12.8, 12.3, 12.7], "row 9: services per recipient (ratio)")
    g.skip(row2(ROWIDX["9"]), [12.4, 12.0, 12.4], "row 9 on page 2: ratios")
    g.skip(row1("10"), [1904, 1968, 1880, 1996], "row 10: hours worked (duration)")
    g.skip(row2(ROWIDX["10"]), [1912, 1860, 11520], "row 10 on page 2: hours")
    g.skip(row1("12"), [4, 5, 3, 3], "row 12: waiting list (no §3 id)")
    g.skip(row2(ROWIDX["12"]), [2, 2], "row 12 on page 2: waiting list")
    g.skip(row1("13"), [3, 4, 2], "row 13: mobile-team trips (no §3 id)")
    g.skip(row2(ROWIDX["13"]), [3, 1, 13], "row 13 on page 2: mobile-team trips")
    g.skip("станом на 01.07.2024 на обслуговуванні перебувало 211 осіб", [1, 7, 2024, 211],
           "start-of-period stock (used as a literal in the balance check)")
    g.skip("Форма щомісячного моніторингу затверджена наказом директора ТЦСО від 15.01.2024 № 6; заповнюється до 5 числа наступного місяця.",
           [15, 1, 2024, 6, 5], "order date and number, deadline")
    g.skip("Дані внесено 08.01.2025. Виконавець: бухгалтер ТЦСО, тел. (03141) 0-24-57", [8, 1, 2025, 3141, 2457], "date, phone")
    g.note("a Calc sheet exported to PDF: the reader prints page 1 (row numbers, labels, units, July–October) and page 2 (November, December, Разом) as two tables; page-2 rows have no labels, so their cells are tied to rows by position only. Facts on page 2 are quoted by their page-2 row")
    g.note("each monthly cell is a fact labelled with its month and hung on the row's «Разом» cell (group per row); monthly sub-periods of the report period are report-period figures")
    g.note("row 4 (stock at the end of each month) has «Разом» «-»: six facts, served (alt support_ongoing), no parent; December's 216 is the end-of-period figure")
    g.note("«-» cells (row 8 July and September) and «#ДІЛ/0!» are not facts; rows 7, 9 (ratios), 10 (hours), 12 (waiting list), 13 (mobile-team trips) are skipped")
    g.note("row 2 «Взято на обслуговування» → served (alt registered_new, support_started), by convention; row 6 July 0 is a fact (value 0)")
    g.note("«Сторінка 1 з 2» / «Сторінка 2 з 2» are drawn as page footers; the reader does not print them")
    g.write()

if __name__ == "__main__":
    main()
