"""b16_06: ТЦСО Ніжинської міської ради (Чернігівська), 2023 figures by quarter, landscape PDF.

Less common style: one wide table «I квартал … IV квартал | Разом за рік» with section rows, row codes
and a column-number row, spanning two landscape pages (header repeated), then a short explanatory note.
Planted slip: table_arithmetic, row 3.1 групові заходи 34 + 29 + 22 + 38 = 123, Разом says 133.
"""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from common import Gold, report_path, pdf_fonts

NAME = "b16_06_nizhyn_tcso_quarters2023.pdf"
Q = ["I квартал", "II квартал", "III квартал", "IV квартал"]

# code, label, unit, q1..q4, year  (None = section row)
ROWS = [
    (None, "1. Звернення та облік отримувачів"),
    ("1.1", "Надійшло заяв про надання соціальних послуг", "заяв", "48", "41", "37", "52", "178"),
    ("1.2", "Взято на обслуговування", "осіб", "39", "35", "30", "44", "148"),
    ("1.3", "Знято з обслуговування", "осіб", "31", "27", "33", "29", "120"),
    ("1.4", "Перебувало на обслуговуванні на кінець кварталу (у графі 8 – на 31.12.2023)", "осіб",
     "1 012", "1 020", "1 017", "1 032", "1 032"),
    (None, "2. Надання соціальних послуг"),
    ("2.1", "Надано соціальних послуг, усього", "послуг", "28 416", "28 950", "29 104", "29 530", "116 000"),
    ("2.2", "у т.ч. догляд вдома", "послуг", "21 380", "21 744", "21 902", "22 215", "87 241"),
    ("2.3", "денний догляд", "послуг", "5 904", "6 028", "6 011", "6 120", "24 063"),
    ("2.4", "натуральна допомога", "послуг", "1 132", "1 178", "1 191", "1 195", "4 696"),
    ("2.5", "Відпрацьовано годин догляду вдома", "год", "14 870", "15 112", "15 240", "15 398", "60 620"),
    (None, "3. Групова робота (відділення денного перебування)"),
    ("3.1", "Проведено групових заходів", "заходів", "34", "29", "22", "38", "133"),
    ("3.2", "Кількість учасників групових заходів", "осіб", "412", "365", "271", "486", "1 534"),
    (None, "4. Інші показники"),
    ("4.1", "Виїзди мобільної бригади соціально-психологічної допомоги", "виїздів", "18", "22", "25", "19", "84"),
    ("4.2", "Видано технічних засобів реабілітації у тимчасове користування", "од.", "14", "9", "11", "16", "50"),
    ("4.3", "Середня кількість отримувачів догляду вдома на 1 соціального робітника", "осіб",
     "10,4", "10,5", "10,4", "10,6", "–"),
]

NOTE = [
    "<b>Пояснення до показників</b>",
    "На 01.01.2023 на обслуговуванні перебувало 1 004 особи; рух отримувачів протягом року відображено в "
    "рядках 1.2–1.4. Кількість отримувачів у рядку 1.4 наведено без повторного обліку.",
    "Зменшення кількості групових заходів у III кварталі пов’язане з періодом відпусток та ремонтом "
    "приміщення відділення денного перебування (липень–серпень).",
    "Штатна чисельність територіального центру – 64 посади, фактично працює 59 працівників, з них "
    "41 соціальний робітник.",
    "Протягом року надійшла 1 скарга (III квартал) щодо несвоєчасного прибирання помешкання отримувача; "
    "скаргу розглянуто, факти частково підтвердилися.",
    "Для довідки: у 2022 році надійшло 161 заява, надано 109 874 соціальні послуги.",
    "Директор територіального центру ____________ (підпис)",
    "Виконавець: економіст, тел. (04631) 0-37-52. Дата складання: 12.01.2024",
]


def footer(canv, doc):
    canv.saveState()
    canv.setFont("LSans", 8)
    canv.drawRightString(landscape(A4)[0] - 15 * mm, 8 * mm, f"Сторінка {doc.page} з 2")
    canv.restoreState()


def build():
    pdf_fonts()
    cell = ParagraphStyle("c", fontName="LSans", fontSize=10.5, leading=13)
    sect = ParagraphStyle("s", fontName="LSansB", fontSize=10.5, leading=13)
    head = ParagraphStyle("h", fontName="LSansB", fontSize=12, leading=15, alignment=TA_CENTER)
    body = ParagraphStyle("b", fontName="LSans", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
    doc = SimpleDocTemplate(report_path(NAME), pagesize=landscape(A4), invariant=1,
                            leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm, bottomMargin=16 * mm,
                            title="Показники діяльності ТЦСО за 2023 рік", author="ТЦСО")
    story = [
        Paragraph("Ніжинська міська рада Чернігівської області", head),
        Paragraph("Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Ніжинської міської ради", head),
        Spacer(1, 4),
        Paragraph("ПОКАЗНИКИ ДІЯЛЬНОСТІ за 2023 рік у розрізі кварталів", head),
        Spacer(1, 6),
    ]
    hc = ParagraphStyle("hc", fontName="LSansB", fontSize=10.5, leading=13, alignment=TA_CENTER)
    data = [[Paragraph(x, hc) for x in ["№ з/п", "Показник", "Одиниця виміру"] + Q + ["Разом за рік"]],
            ["1", "2", "3", "4", "5", "6", "7", "8"]]
    style = [
        ("FONT", (0, 0), (-1, -1), "LSans", 10.5),
        ("FONT", (0, 0), (-1, 0), "LSansB", 10.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 1), (-1, 1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    for r in ROWS:
        i = len(data)
        if r[0] is None:
            data.append([Paragraph(r[1], sect), "", "", "", "", "", "", ""])
            style.append(("SPAN", (0, i), (-1, i)))
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#e8e8e8")))
        else:
            data.append([r[0], Paragraph(r[1], cell), r[2]] + list(r[3:]))
    t = Table(data, repeatRows=2, colWidths=[16 * mm, 92 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm, 28 * mm])
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 8)]
    for p in NOTE:
        story.append(Paragraph(p.replace("<b>", '<font name="LSansB">').replace("</b>", "</font>"), body))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def num(s):
    s = s.replace(" ", "").replace(",", ".")
    return float(s) if "." in s else int(s)


def gold():
    g = Gold(NAME, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Ніжинської міської ради",
        "centre_type": "tcso", "settlement": "Ніжин", "oblast": "Чернігівська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31",
    }, {"report_kind": ["period_report"]})
    f = g.f
    rows = {r[0]: r for r in ROWS if r[0]}

    def rowq(code):
        r = rows[code]
        return "\t".join([r[0], r[1], r[2]] + list(r[3:]))

    def flow_row(code, indicator, unit, gname, year_parent=None, q_parents=None, **kw):
        r = rows[code]
        q = rowq(code)
        yr = f(indicator, unit, num(r[7]), q, label="Разом за рік", group=kw.pop("year_group", None),
               parent=year_parent, **kw)
        qs = []
        for i in range(4):
            if q_parents:
                qs.append(f(indicator, unit, num(r[3 + i]), q, label=Q[i], group=f"{gname}_{i + 1}q",
                            parent=q_parents[i], **kw))
            else:
                qs.append(f(indicator, unit, num(r[3 + i]), q, label=Q[i], group=gname, parent=yr, **kw))
        return yr, qs

    ap_y, ap_q = flow_row("1.1", "applied", "applications", "applied_178_by_quarter")
    tk_y, tk_q = flow_row("1.2", "served", "persons", "taken_on_148_by_quarter",
                          alt=["registered_new", "support_started"])
    for fid in [tk_y] + tk_q:
        g._by_id[fid]["label"] = "взято на обслуговування – " + g._by_id[fid]["label"]
    de_y, de_q = flow_row("1.3", "deregistered", "persons", "deregistered_120_by_quarter")
    r14 = rows["1.4"]
    q14 = rowq("1.4")
    st_q = [f("served", "persons", num(r14[3 + i]), q14, label=f"на кінець кварталу – {Q[i]}",
              alt=["support_ongoing"]) for i in range(4)]
    st_y = f("served", "persons", num(r14[7]), q14, label="на 31.12.2023", alt=["support_ongoing"])

    sv_y, sv_q = flow_row("2.1", "services_provided", "services", "services_116000_by_quarter")
    parts = {}
    for code, sid in (("2.2", "home_care"), ("2.3", "day_care"), ("2.4", "natural_aid")):
        parts[code] = flow_row(code, "services_provided", "services", "services_by_service_in",
                               year_parent=sv_y, q_parents=sv_q, service=sid,
                               year_group="services_116000_by_service")
    ev_y, ev_q = flow_row("3.1", "events", "events", "events_by_quarter")
    pa_y, pa_q = flow_row("3.2", "event_participants", "persons", "participants_1534_by_quarter")

    pos = f("staff_positions", "positions", 64, "Штатна чисельність територіального центру – 64 посади")
    act = f("staff_actual", "staff", 59, "фактично працює 59 працівників")
    sw = f("staff_actual", "staff", 41, "з них 41 соціальний робітник", label="соціальні робітники", parent=act)
    f("complaints", "complaints", 1, "Протягом року надійшла 1 скарга (III квартал)")

    g.slip("table_arithmetic", "error", rowq("3.1"), 133, 123, [ev_y] + ev_q,
           f"{' + '.join(ev_q)} == {ev_y}",
           "row 3.1: 34 + 29 + 22 + 38 = 123 group events, column «Разом за рік» says 133")
    for code, (y, qs), what in (("1.1", (ap_y, ap_q), "48 + 41 + 37 + 52 = 178"),
                                ("1.2", (tk_y, tk_q), "39 + 35 + 30 + 44 = 148"),
                                ("1.3", (de_y, de_q), "31 + 27 + 33 + 29 = 120"),
                                ("2.1", (sv_y, sv_q), "28 416 + 28 950 + 29 104 + 29 530 = 116 000"),
                                ("2.2", parts["2.2"], "21 380 + 21 744 + 21 902 + 22 215 = 87 241"),
                                ("2.3", parts["2.3"], "5 904 + 6 028 + 6 011 + 6 120 = 24 063"),
                                ("2.4", parts["2.4"], "1 132 + 1 178 + 1 191 + 1 195 = 4 696"),
                                ("3.2", (pa_y, pa_q), "412 + 365 + 271 + 486 = 1 534")):
        g.check("table_arithmetic", rowq(code), f"{' + '.join(qs)} == {y}", f"row {code}: {what}")
    cols = [(parts["2.2"][1][i], parts["2.3"][1][i], parts["2.4"][1][i], sv_q[i]) for i in range(4)]
    cols.append((parts["2.2"][0], parts["2.3"][0], parts["2.4"][0], sv_y))
    g.check("table_arithmetic", rowq("2.1"),
            " and ".join(f"{a} + {b} + {c} == {t}" for a, b, c, t in cols),
            "columns: rows 2.2 + 2.3 + 2.4 = 2.1 in each quarter and in the year (87 241 + 24 063 + 4 696 = 116 000)")
    chain = [f"1004 + {tk_q[0]} - {de_q[0]} == {st_q[0]}"] + \
            [f"{st_q[i - 1]} + {tk_q[i]} - {de_q[i]} == {st_q[i]}" for i in range(1, 4)] + [f"{st_q[3]} == {st_y}"]
    g.check("parts_sum", rowq("1.4"), " and ".join(chain),
            "stock: 1 004 (01.01.2023, skipped) + 39 − 31 = 1 012; + 35 − 27 = 1 020; + 30 − 33 = 1 017; "
            "+ 44 − 29 = 1 032 = the year column (a stock, not a sum)")
    g.check("parts_sum", "фактично працює 59 працівників", f"{sw} <= {act} and {act} <= {pos}", "41 ≤ 59 ≤ 64")

    g.skip("Ніжинська міська рада Чернігівської області", [], "header (oblast used for meta)")
    g.skip("№ з/п\tПоказник\tОдиниця виміру\tI квартал\tII квартал\tIII квартал\tIV квартал\tРазом за рік",
           [1, 2, 3, 4], "quarter numbers in the header")
    g.skip("1\t2\t3\t4\t5\t6\t7\t8", [1, 2, 3, 4, 5, 6, 7, 8], "column-number row")
    g.skip("1. Звернення та облік отримувачів", [1, 2, 3, 4], "section numbers (also 1.1–4.3 row codes)")
    g.skip(rowq("2.5"), [14870, 15112, 15240, 15398, 60620], "hours of home care; no §3 id (row sums hold)")
    g.skip(rowq("4.1"), [18, 22, 25, 19, 84], "mobile-team call-outs; no §3 id (row sums hold)")
    g.skip(rowq("4.2"), [14, 9, 11, 16, 50], "rehabilitation aids lent (items); no §3 id")
    g.skip(rowq("4.3"), [10.4, 10.5, 10.4, 10.6], "ratio (recipients per social worker)")
    g.skip("На 01.01.2023 на обслуговуванні перебувало 1 004 особи", [1, 1, 2023, 1004],
           "start-of-year stock (before the period's movements)")
    g.skip("у 2022 році надійшло 161 заява, надано 109 874 соціальні послуги", [2022, 161, 109874], "previous year's figures")
    g.skip("(у графі 8 – на 31.12.2023)", [8, 31, 12, 2023], "column number and date")
    g.skip("тел. (04631) 0-37-52. Дата складання: 12.01.2024", [4631, 12, 1, 2024], "phone, compile date")
    g.skip("Сторінка 1 з 2", [1, 2], "page numbers")

    g.note("every data cell of a fact row is a fact quoted by its row; quarter cells carry label «I квартал» … and "
           "hang on the «Разом за рік» cell of their row (group per row); services rows 2.2–2.4 hang on row 2.1 of the "
           "same column (groups services_by_service_in_<q>q and services_116000_by_service)")
    g.note("row 1.4 is a stock (on service at the end of each quarter; column 8 = at 31.12.2023): five served facts "
           "with alt support_ongoing, no parent, no sum; the quarter values chain from 1 004 with rows 1.2 and 1.3")
    g.note("row 1.2 «Взято на обслуговування» → served with alt registered_new / support_started (seed convention)")
    g.note("the table spans two landscape pages with its two header rows repeated; the reader may print the repeated "
           "header once or twice")
    g.note("rows 2.5, 4.1–4.3 (hours, call-outs, lent aids, ratio) have no §3 id and are skipped")
    g.write()


if __name__ == "__main__":
    build()
    gold()
