"""b44_04: УСЗН Оратівської селищної ради, analytic note on social services in 2024. reportlab PDF (DejaVu),
impersonal voice, budget table by KEKV in тис. грн."""
from decimal import Decimal
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b44_04_orativ_uszn_note2024.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

BUDGET = [  # kekv, name, approved, spent, savings (тис. грн)
    ("2111", "Заробітна плата", "8 412,6", "8 398,1", "14,5"),
    ("2120", "Нарахування на оплату праці", "1 850,8", "1 847,6", "3,2"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "214,0", "196,3", "18,7"),
    ("2240", "Оплата послуг (крім комунальних)", "126,5", "119,8", "6,7"),
    ("2270", "Оплата комунальних послуг та енергоносіїв", "387,2", "341,9", "45,3"),
]
BTOTAL = ("", "Всього", "10 991,1", "10 903,7", "87,4")


def uah(s):
    return int(Decimal(s.replace(" ", "").replace(",", ".")) * 1000)


P1 = [
    ("h", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ОРАТІВСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "22600, Вінницька обл., смт Оратів, вул. Соборна, 52, тел. (04330) 0-21-95, код ЄДРПОУ 44102736"),
    ("h", "АНАЛІТИЧНА ЗАПИСКА"),
    ("c", "щодо надання соціальних послуг в Оратівській селищній територіальній громаді у 2024 році"),
    ("p", "Оратівська громада об'єднує 47 населених пунктів (12 старостинських округів) з населенням 21,4 тис. осіб. "
          "На обліку в громаді перебуває 1 147 внутрішньо переміщених осіб, 1 862 особи з інвалідністю."),
    ("b", "1. Звернення та прийняті рішення"),
    ("p", "Протягом 2024 року до управління надійшло 2 318 заяв щодо призначення державних допомог, компенсацій і "
          "соціальних послуг, з них щодо надання соціальних послуг – 412 заяв. За результатами розгляду прийнято "
          "389 рішень про надання соціальних послуг та 17 рішень про відмову; 6 заяв на 31.12.2024 перебувають на "
          "розгляді (термін розгляду – до 10 робочих днів)."),
    ("b", "2. Надавачі соціальних послуг"),
    ("p", "Соціальними послугами у 2024 році охоплено 780 осіб. Послуги надавали КУ «Центр надання соціальних послуг» "
          "Оратівської селищної ради – 734 отримувачам (у тому числі догляд вдома – 402 особи, денний догляд – 31 особа) "
          "та недержавний надавач ГО «Милосердя Оратівщини» – 46 отримувачам (догляд вдома)."),
    ("p", "Потреба в послузі денного догляду, визначена за підсумками оцінки потреб населення громади "
          "(рішення виконавчого комітету від 17.11.2023 № 208), становить 58 осіб; у 2024 році нею охоплено "
          "31 особу (53,4 %)."),
    ("p", "Натуральну допомогу (продуктові та гігієнічні набори від партнерів) отримали 986 осіб, видано 1 420 наборів."),
    ("p", "За результатами внутрішньої оцінки якості, проведеної надавачем у грудні 2024 року, якість послуги догляду "
          "вдома оцінено як «добре»."),
]
P2 = [
    ("b", "3. Фінансування"),
    ("p", "На утримання КУ «Центр надання соціальних послуг» у 2024 році з селищного бюджету спрямовано кошти "
          "відповідно до таблиці (тис. грн):"),
]
P3 = [
    ("p", "Кошти на оплату послуг недержавного надавача (соціальне замовлення) у 2024 році становили 412,8 тис. грн, "
          "використано 398,6 тис. грн."),
    ("b", "4. Звернення громадян щодо якості послуг"),
    ("p", "Надійшло 3 звернення щодо якості соціальних послуг, з яких 1 визнано обґрунтованим (порушено графік "
          "відвідувань); вжито заходів реагування."),
    ("b", "5. Висновки та пропозиції"),
    ("p", "Охоплення потреби в денному догляді залишається недостатнім. На 2025 рік пропонується передбачити "
          "11 846,0 тис. грн та розширити відділення денного догляду ще на 15 місць."),
    ("p", "Начальник управління                                         (підпис)"),
    ("p", "Виконавець: відділ соціальних послуг, тел. (04330) 0-21-97"),
]


def build(path):
    pdfmetrics.registerFont(TTFont("DV", DV + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", DV + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", DV + "DejaVuSansCondensed.ttf"))
    st = {
        "p": ParagraphStyle("p", fontName="DV", fontSize=10.5, leading=14, firstLineIndent=10 * mm, spaceAfter=4),
        "b": ParagraphStyle("b", fontName="DV-B", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        "h": ParagraphStyle("h", fontName="DV-B", fontSize=11.5, leading=15, alignment=1),
        "c": ParagraphStyle("c", fontName="DV", fontSize=9.5, leading=13, alignment=1, spaceAfter=6),
    }
    cell = ParagraphStyle("cell", fontName="DVS", fontSize=9, leading=11)
    story = []
    for kind, text in P1 + P2:
        story.append(Paragraph(text, st[kind]))
    data = [[Paragraph(x, cell) for x in ("КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія")]]
    for row in BUDGET + [BTOTAL]:
        data.append([Paragraph(x, cell) for x in row])
    t = Table(data, colWidths=[16 * mm, 72 * mm, 28 * mm, 28 * mm, 24 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    story.append(Spacer(1, 4 * mm))
    for kind, text in P3:
        story.append(Paragraph(text, st[kind]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DVS", 8)
        canvas.drawString(20 * mm, 10 * mm, f"Аналітична записка УСЗН, 2024 рік. Сторінка {doc.page}")
        canvas.restoreState()

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title="Аналітична записка", author="УСЗН", invariant=1)
    d.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Оратівської селищної ради",
        "centre_type": "uszn", "settlement": "Оратів", "oblast": "Вінницька",
        "report_kind": "period_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        meta_alt={"report_kind": ["annual_report", "other"]})
    f = g.f
    ap = f("applied", "applications", 2318, "до управління надійшло 2 318 заяв")
    aps = f("applied", "applications", 412, "соціальних послуг – 412 заяв", label="щодо надання соціальних послуг", parent=ap)
    tot = f("served", "persons", 780, "Соціальними послугами у 2024 році охоплено 780 осіб")
    c1 = f("served", "recipients", 734, "Оратівської селищної ради – 734 отримувачам", unit_alt="persons",
           label="КУ «Центр надання соціальних послуг»", group="served_780_by_provider", parent=tot)
    hc = f("served", "persons", 402, "догляд вдома – 402 особи", service="home_care", parent=c1)
    dc = f("served", "persons", 31, "денний догляд – 31 особа", service="day_care", parent=c1)
    c2 = f("served", "recipients", 46, "ГО «Милосердя Оратівщини» – 46 отримувачам", unit_alt="persons",
           service="home_care", label="недержавний надавач ГО «Милосердя Оратівщини»", group="served_780_by_provider", parent=tot)
    dc2 = f("served", "persons", 31, "31 особу (53,4 %)", service="day_care", percent=53.4,
            note="the 31 of day care, written a second time with its share of the need of 58")
    nat = f("served", "persons", 986, "Натуральну допомогу (продуктові та гігієнічні набори від партнерів) отримали 986 осіб",
            service="natural_aid")
    rt = f("rating", "rating", "good", "якість послуги догляду вдома оцінено як «добре»", criterion="overall",
           service="home_care", note="internal assessment by the provider, reported here")
    bq = []
    cells = {}
    for i, row in enumerate(BUDGET):
        q = f"{row[0]}\t{row[1]}\t{row[2]}\t{row[3]}\t{row[4]}"
        bq.append(q)
    tq = "Всього\t10 991,1\t10 903,7\t87,4"
    ta = f("budget_approved", "uah", uah(BTOTAL[2]), tq, label="Всього")
    ts = f("budget_spent", "uah", uah(BTOTAL[3]), tq, label="Всього")
    tv = f("budget_savings", "uah", uah(BTOTAL[4]), tq, label="Всього")
    for i, row in enumerate(BUDGET):
        for j, ind, par in ((2, "budget_approved", ta), (3, "budget_spent", ts), (4, "budget_savings", tv)):
            cells[(i, j)] = f(ind, "uah", uah(row[j]), bq[i], kekv=row[0], label=row[1],
                              group=f"{ind}_by_kekv", parent=par)
    so_a = f("budget_approved", "uah", 412800, "у 2024 році становили 412,8 тис. грн", label="соціальне замовлення")
    so_s = f("budget_spent", "uah", 398600, "використано 398,6 тис. грн", label="соціальне замовлення")
    cp = f("complaints", "complaints", 3, "Надійшло 3 звернення щодо якості соціальних послуг", alt=["applied"])
    cp1 = f("complaints", "complaints", 1, "з яких 1 визнано обґрунтованим", label="визнано обґрунтованим", parent=cp)

    g.check("parts_sum", "Соціальними послугами у 2024 році охоплено 780 осіб", "734 + 46 = 780", f"{c1} + {c2} == {tot}")
    g.check("parts_sum", "у тому числі догляд вдома – 402 особи, денний догляд – 31 особа", "402 + 31 ≤ 734",
            f"{hc} + {dc} <= {c1}")
    g.check("percent_mismatch", "31 особу (53,4 %)", "31 of the need of 58 (skipped literal) = 53,45 % → 53,4",
            f"pct_ok(p{dc2[1:]}, {dc2}, 58, 1)")
    g.check("parts_sum", "з них щодо надання соціальних послуг – 412 заяв",
            "389 granted + 17 refused + 6 pending (skipped literals) = 412", f"389 + 17 + 6 == {aps} and {aps} <= {ap}")
    for j, ind, par in ((2, "approved", ta), (3, "spent", ts)):
        g.check("table_arithmetic", tq, f"column {ind}: KEKV rows sum to Всього",
                " + ".join(cells[(i, j)] for i in range(len(BUDGET))) + f" == {par}")
    for i in (0, 1, 3, 4):
        g.check("table_arithmetic", bq[i], f"КЕКВ {BUDGET[i][0]}: {BUDGET[i][2]} − {BUDGET[i][3]} = {BUDGET[i][4]}",
                f"{cells[(i, 2)]} - {cells[(i, 3)]} == {cells[(i, 4)]}")
    g.check("table_arithmetic", tq, "Всього: 10 991,1 − 10 903,7 = 87,4", f"{ta} - {ts} == {tv}")
    g.check("parts_sum", "використано 398,6 тис. грн", "spent 398,6 ≤ approved 412,8", f"{so_s} <= {so_a}")
    g.slip("table_arithmetic", "error", bq[2], 18700, 17700, [cells[(2, 2)], cells[(2, 3)], cells[(2, 4)], tv],
           "КЕКВ 2210: економія = затверджено − касові видатки = 214,0 − 196,3 = 17,7 тис. грн, the table says 18,7. "
           "The Всього economy 87,4 is right (10 991,1 − 10 903,7) and equals the column with 17,7; with 18,7 the column sums to 88,4. "
           "One slip in one cell, recorded once",
           f"{cells[(2, 2)]} - {cells[(2, 3)]} == {cells[(2, 4)]}")

    g.skip("22600, Вінницька обл., смт Оратів, вул. Соборна, 52, тел. (04330) 0-21-95, код ЄДРПОУ 44102736",
           [22600, 52, 4330, 2195, 44102736], "postcode, address, phone, ЄДРПОУ")
    g.skip("територіальній громаді у 2024 році", [2024], "year of the note")
    g.skip("Оратівська громада об'єднує 47 населених пунктів (12 старостинських округів) з населенням 21,4 тис. осіб.",
           [47, 12, 21.4], "settlements, starosta districts, population")
    g.skip("На обліку в громаді перебуває 1 147 внутрішньо переміщених осіб, 1 862 особи з інвалідністю.",
           [1147, 1862], "population counts of the hromada (IDPs registered, persons with disabilities), not clients of a provider")
    g.skip("1. Звернення та прийняті рішення", [1, 2, 3, 4, 5], "section numbers")
    g.skip("389 рішень про надання соціальних послуг та 17 рішень про відмову; 6 заяв на 31.12.2024",
           [389, 17, 6, 31, 12, 2024], "decisions granted/refused and pending applications (no §3 id); used as literals in a check; date")
    g.skip("(термін розгляду – до 10 робочих днів)", [10], "duration")
    g.skip("(рішення виконавчого комітету від 17.11.2023 № 208), становить 58 осіб",
           [17, 11, 2023, 208, 58], "decision date/number; need for day care (58, an assessed need, not served); 58 is a literal in a check")
    g.skip("видано 1 420 наборів", [1420], "items handed out")
    g.skip("у грудні 2024 року", [2024], "date of the internal assessment")
    g.skip("КЕКВ\tНайменування\tЗатверджено\tКасові видатки\tЕкономія", [], "table header, no numbers")
    g.skip("На 2025 рік пропонується передбачити", [2025, 11846.0, 15], "2025 proposal: budget and places")
    g.skip("Виконавець: відділ соціальних послуг, тел. (04330) 0-21-97", [4330, 2197], "phone")
    g.skip("Сторінка 1", [1, 2, 2024], "page footer «Аналітична записка УСЗН, 2024 рік. Сторінка N»")
    g.note("report_kind: an analytic note on the year 2024 → period_report (SPEC §5 lists analytic notes there); meta_alt annual_report / other")
    g.note("the body is an УСЗН; it reports the figures of providers in its hromada (ЦНСП and an NGO) and its own application figures")
    g.note("«2 318 заяв … з них щодо надання соціальних послуг – 412 заяв» → applied, unit applications")
    g.note("the 31 day-care recipients are written twice (in the ЦНСП breakdown and against the need of 58): two facts")
    g.note("budget table: every cell is a fact in hryvnias (тис. грн × 1000), kekv set on KEKV rows; the Всього row has no kekv. «соціальне замовлення» money is outside the table, no kekv")
    g.note("complaints: «3 звернення щодо якості соціальних послуг» → complaints (alt applied), one of them found justified (part)")
    g.note("1 147 ВПО and 1 862 persons with disabilities «на обліку в громаді» are population registers of the hromada, not the provider's register of families in СЖО → skipped")
    g.write()


if __name__ == "__main__":
    main()
