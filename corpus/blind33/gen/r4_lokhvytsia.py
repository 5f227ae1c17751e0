"""b33_04: УСЗН Лохвицької міської ради, information for 9 months of 2024. reportlab PDF (DejaVu) with a budget table."""
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from common import Gold, report_path, register_dejavu

DOC = "b33_04_lokhvytsia_uszn_9m2024.pdf"

HEAD = [
    "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ЛОХВИЦЬКОЇ МІСЬКОЇ РАДИ",
    "37200, м. Лохвиця, вул. Соборна, 27, тел. (05356) 0-24-81, код ЄДРПОУ 03193407",
]
TITLE = ["ІНФОРМАЦІЯ", "про роботу управління соціального захисту населення за 9 місяців 2024 року"]
P1 = [
    "За січень – вересень 2024 року управлінням прийнято 4 186 заяв громадян щодо призначення усіх видів державної допомоги, пільг та соціальних послуг, у тому числі через ЦНАП – 1 342 заяви, через вебпортал Мінсоцполітики – 611.",
    "Житлові субсидії на кінець вересня отримують 1 957 домогосподарств. У Єдиному державному автоматизованому реєстрі осіб, які мають право на пільги, перебуває 6 384 особи. На обліку як внутрішньо переміщені особи станом на 01.10.2024 перебуває 2 117 осіб.",
    "Щодо надання соціальних послуг надійшло 156 заяв; за результатами прийнято 143 рішення про надання послуг та 13 рішень про відмову. До Центру надання соціальних послуг направлено 118 осіб, до Центру соціальних служб – 25 сімей.",
    "Одноразову матеріальну допомогу з місцевого бюджету отримали 187 осіб на загальну суму 412,5 тис. грн (середній розмір – 2,2 тис. грн). Компенсація за надання соціальних послуг без оплати виплачувалася 64 фізичним особам, які доглядають за сусідами чи родичами.",
    "На «гарячу лінію» управління надійшло 729 звернень, надано 729 телефонних консультацій. Надійшло 2 скарги на дії працівників, обидві розглянуто у встановлений строк.",
    "Виконання заходів Програми соціального захисту населення Лохвицької міської територіальної громади на 2024–2026 роки (рішення 44 сесії 8 скликання від 21.12.2023 № 1915) наведено в таблиці.",
]
TABLE = [
    ["№ з/п", "Захід", "КЕКВ", "Затверджено на 9 місяців, тис. грн", "Касові видатки, тис. грн", "Економія, тис. грн"],
    ["1", "Одноразова матеріальна допомога", "2730", "520,0", "412,5", "107,5"],
    ["2", "Компенсація фізичним особам, які надають соціальні послуги", "2730", "286,4", "279,1", "7,3"],
    ["3", "Пільговий проїзд окремих категорій громадян", "2610", "190,0", "176,8", "18,2"],
    ["4", "Оздоровлення дітей пільгових категорій", "2240", "85,0", "85,0", "0,0"],
    ["", "Разом", "", "1 081,4", "953,4", "128,0"],
]
P2 = [
    "Штатна чисельність управління – 27 одиниць, фактично працює 24 особи. Протягом звітного періоду 5 працівників пройшли навчання в Полтавському регіональному центрі підвищення кваліфікації.",
    "Начальник управління                    /підпис/",
    "Виконавець: відділ бухгалтерського обліку, тел. (05356) 0-25-03. 08.10.2024",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DSans", 8)
    canvas.drawCentredString(A4[0] / 2, 20, f"Сторінка {doc.page}")
    canvas.restoreState()


def build(path):
    register_dejavu()
    body = ParagraphStyle("b", fontName="DSerif", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=6,
                          firstLineIndent=24)
    cen = ParagraphStyle("c", fontName="DSerif-B", fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=4)
    cell = ParagraphStyle("t", fontName="DSans", fontSize=9, leading=11)
    story = [Paragraph(t, cen) for t in HEAD] + [Spacer(1, 8)] + [Paragraph(t, cen) for t in TITLE]
    story += [Paragraph(t, body) for t in P1]
    tab = Table([[Paragraph(c, cell) for c in r] for r in TABLE], colWidths=[28, 170, 38, 90, 80, 70])
    tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [tab, Spacer(1, 10)] + [Paragraph(t, body) for t in P2]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Інформація УСЗН", author="УСЗН",
                      leftMargin=56, rightMargin=42, topMargin=42, bottomMargin=42).build(
        story, onFirstPage=footer, onLaterPages=footer)


def row(i):
    return "\t".join(TABLE[i])


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Лохвицької міської ради",
        "centre_type": "uszn", "settlement": "Лохвиця", "report_kind": "period_report",
        "period_start": "2024-01-01", "period_end": "2024-09-30",
    })
    f = g.f
    ap = f("applied", "applications", 4186, "управлінням прийнято 4 186 заяв громадян")
    ap1 = f("applied", "applications", 1342, "через ЦНАП – 1 342 заяви", label="через ЦНАП", parent=ap)
    ap2 = f("applied", "applications", 611, "через вебпортал Мінсоцполітики – 611", label="через вебпортал Мінсоцполітики", parent=ap)
    aps = f("applied", "applications", 156, "Щодо надання соціальних послуг надійшло 156 заяв", label="щодо надання соціальних послуг")
    ref1 = f("served", "persons", 118, "До Центру надання соціальних послуг направлено 118 осіб",
             label="направлено до ЦНСП", uncertain=True,
             note="referrals to providers; served is the nearest id")
    ref2 = f("served", "families", 25, "до Центру соціальних служб – 25 сімей", label="направлено до ЦСС", uncertain=True)
    ma = f("served", "persons", 187, "Одноразову матеріальну допомогу з місцевого бюджету отримали 187 осіб",
           label="одноразова матеріальна допомога")
    mav = f("aid_value", "uah", 412500, "на загальну суму 412,5 тис. грн", label="одноразова матеріальна допомога")
    cl = f("calls", "calls", 729, "На «гарячу лінію» управління надійшло 729 звернень")
    cp = f("complaints", "complaints", 2, "Надійшло 2 скарги на дії працівників")
    ids = {}
    for i, key in ((5, "tot"), (1, "r1"), (2, "r2"), (3, "r3"), (4, "r4")):
        r = TABLE[i]
        vals = [int(round(float(x.replace(" ", "").replace(",", ".")) * 1000)) for x in r[3:]]
        if key == "tot":
            ids[key] = [f(ind, "uah", v, row(i), label="Разом")
                        for ind, v in zip(("budget_approved", "budget_spent", "budget_savings"), vals)]
        else:
            ids[key] = [f(ind, "uah", v, row(i), label=r[1], kekv=r[2], parent=ids["tot"][j],
                          group=("approved_by_measure", "spent_by_measure", "savings_by_measure")[j])
                        for j, (ind, v) in enumerate(zip(("budget_approved", "budget_spent", "budget_savings"), vals))]
    pos = f("staff_positions", "positions", 27, "Штатна чисельність управління – 27 одиниць")
    act = f("staff_actual", "staff", 24, "фактично працює 24 особи")
    tr = f("staff_trained", "staff", 5, "5 працівників пройшли навчання")

    r1, r2, r3, r4, tot = (ids[k] for k in ("r1", "r2", "r3", "r4", "tot"))
    g.slip("table_arithmetic", "error", row(3), 18200, 13200, [r3[0], r3[1], r3[2]],
           "row 3 (пільговий проїзд): економія = затверджено − видатки = 190,0 − 176,8 = 13,2 тис. грн, written 18,2",
           f"{r3[0]} - {r3[1]} == {r3[2]}", slip=1)
    g.slip("table_arithmetic", "error", row(5), 128000, 133000, [tot[2], r1[2], r2[2], r3[2], r4[2]],
           "the Економія column sums to 107,5 + 7,3 + 18,2 + 0,0 = 133,0 тис. грн, but Разом says 128,0 (which is "
           "1 081,4 − 953,4, so the total is right and row 3 is wrong). Same slip as the row finding",
           f"{r1[2]} + {r2[2]} + {r3[2]} + {r4[2]} == {tot[2]}", slip=1)
    g.check("table_arithmetic", row(5), "затверджено: 520,0 + 286,4 + 190,0 + 85,0 = 1 081,4",
            f"{r1[0]} + {r2[0]} + {r3[0]} + {r4[0]} == {tot[0]}")
    g.check("table_arithmetic", row(5), "касові видатки: 412,5 + 279,1 + 176,8 + 85,0 = 953,4",
            f"{r1[1]} + {r2[1]} + {r3[1]} + {r4[1]} == {tot[1]}")
    g.check("table_arithmetic", row(5), "Разом: 1 081,4 − 953,4 = 128,0", f"{tot[0]} - {tot[1]} == {tot[2]}")
    for r, i in ((r1, 1), (r2, 2), (r4, 4)):
        g.check("table_arithmetic", row(i), f"row {i}: економія = затверджено − видатки", f"{r[0]} - {r[1]} == {r[2]}")
    g.check("internal_conflict", "на загальну суму 412,5 тис. грн",
            "the prose total of one-off aid (412,5) equals the table's cash expenditure on row 1", f"{mav} == {r1[1]}")
    g.check("parts_sum", "у тому числі через ЦНАП – 1 342 заяви, через вебпортал Мінсоцполітики – 611",
            "1 342 + 611 ≤ 4 186 (channels, not a full partition)", f"{ap1} + {ap2} <= {ap}")
    g.check("parts_sum", "за результатами прийнято 143 рішення про надання послуг та 13 рішень про відмову",
            "143 granted + 13 refused = 156 applications; 156 ≤ 4 186", f"143 + 13 == {aps} and {aps} <= {ap}")
    g.check("parts_sum", "Штатна чисельність управління – 27 одиниць, фактично працює 24 особи", "24 ≤ 27", f"{act} <= {pos}")

    g.skip("37200, м. Лохвиця, вул. Соборна, 27, тел. (05356) 0-24-81, код ЄДРПОУ 03193407",
           [37200, 27, 5356, 2481, 3193407], "postcode, address, phone, ЄДРПОУ")
    g.skip("за 9 місяців 2024 року", [9, 2024], "period")
    g.skip("За січень – вересень 2024 року", [2024], "year")
    g.skip("Житлові субсидії на кінець вересня отримують 1 957 домогосподарств.", [1957], "subsidy households (no §3 id)")
    g.skip("перебуває 6 384 особи", [6384], "persons in the benefits register (population-type count)")
    g.skip("На обліку як внутрішньо переміщені особи станом на 01.10.2024 перебуває 2 117 осіб.", [1, 10, 2024, 2117],
           "date; IDP register (not the СЖО register)")
    g.skip("за результатами прийнято 143 рішення про надання послуг та 13 рішень про відмову", [143, 13],
           "decisions and refusals (no §3 id; literals in a check)")
    g.skip("(середній розмір – 2,2 тис. грн)", [2200], "average amount (ratio)")
    g.skip("Компенсація за надання соціальних послуг без оплати виплачувалася 64 фізичним особам", [64],
           "carers paid compensation: providers, not recipients (no §3 id)")
    g.skip("надано 729 телефонних консультацій", [729], "same calls restated as consultations; not a second fact")
    g.skip("на 2024–2026 роки (рішення 44 сесії 8 скликання від 21.12.2023 № 1915)", [2024, 2026, 44, 8, 21, 12, 2023, 1915],
           "programme years, decision")
    g.skip("№ з/п\tЗахід\tКЕКВ", [1, 2, 3, 4, 2730, 2610, 2240, 9], "row numbers, KEKV codes, «на 9 місяців» in the header")
    g.skip("Виконавець: відділ бухгалтерського обліку, тел. (05356) 0-25-03. 08.10.2024", [5356, 2503, 8, 10, 2024], "phone, date")
    g.skip("Сторінка 1", [1], "page number")
    g.note("УСЗН → centre_type uszn; oblast is not written (Лохвиця is in Полтавська) → omitted")
    g.note("table: every cell is a fact quoted by its row; rows carry label and kekv; each row cell hangs on the Разом cell of its column. KEKV 2730 appears on two rows, told apart by label")
    g.note("one planted slip, two findings: row 3's економія 18,2 should be 13,2; therefore the Економія column does not add up to Разом 128,0")
    g.note("referrals to providers (118 persons, 25 families) → served with label, uncertain; carers' compensation (64) skipped")
    g.note("the one-off aid 412,5 тис. грн is written in prose (aid_value) and in the table (budget_spent row 1): two facts")
    g.write()


if __name__ == "__main__":
    main()
