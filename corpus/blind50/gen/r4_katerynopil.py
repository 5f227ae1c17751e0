"""b50_04: Управління соціального захисту населення Катеринопільської селищної ради (Черкаська),
analytic note on Q3 2024. reportlab PDF with a KEKV budget table and a page footer; impersonal voice."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b50_04_katerynopil_uszn_q3_2024.pdf"

PARAS = [
    ("c", "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ<br/>КАТЕРИНОПІЛЬСЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("c", "20501, смт Катеринопіль, вул. Героїв Майдану, 9, тел. (04742) 0-41-76"),
    ("p", "№ 01-19/1187 від 08.10.2024"),
    ("c", "<b>АНАЛІТИЧНА ДОВІДКА<br/>щодо надання соціальних послуг у громаді за III квартал 2024 року</b>"),
    ("p", "Чисельність населення громади становить 17,9 тис. осіб, з них 1,2 тис. – внутрішньо переміщені особи. "
          "Функції надавача соціальних послуг в громаді виконує управління через сектор соціальної роботи та "
          "відділення соціальних робітників."),
    ("p", "Протягом III кварталу 2024 року до управління звернулося 1 164 особи (у II кварталі – 1 087), "
          "з них 312 – внутрішньо переміщені особи. Призначено 214 житлових субсидій, видано 37 технічних "
          "засобів реабілітації."),
    ("p", "Соціальні робітники управління обслуговували вдома 86 осіб; графік відвідування – 2–3 рази на тиждень. "
          "Послугу консультування отримали 402 особи."),
    ("p", "Надійшли повідомлення про 23 сім'ї, які можуть перебувати у складних життєвих обставинах. Оцінку "
          "потреб проведено 21 сім'ї, складні життєві обставини встановлено у 14 сімей. Соціальний супровід "
          "здійснювався щодо 17 сімей, у яких виховується 38 дітей, у тому числі 6 дітей віком до 3 років."),
    ("p", "Проведено 4 інформаційні зустрічі з мешканцями старостинських округів, якими охоплено 126 осіб."),
    ("p", "Штатна чисельність управління – 14 посад, фактично працює 13 осіб, у т. ч. 9 соціальних робітників."),
    ("p", "Видатки за КПКВК 0813104 «Забезпечення соціальними послугами за місцем проживання громадян, які "
          "не здатні до самообслуговування» у III кварталі 2024 року наведено в таблиці (грн):"),
]
TABLE = [
    ["КЕКВ", "Найменування", "Затверджено на III квартал", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "1 412 600,00", "1 398 214,37", "14 385,63"],
    ["2120", "Нарахування на оплату праці", "310 800,00", "307 607,16", "3 192,84"],
    ["2210", "Предмети, матеріали, обладнання", "48 000,00", "45 930,00", "2 070,00"],
    ["2240", "Оплата послуг (крім комунальних)", "86 400,00", "79 215,60", "7 148,40"],
    ["2273", "Оплата електроенергії", "21 500,00", "18 962,44", "2 537,56"],
    ["", "Разом", "1 879 300,00", "1 849 929,57", "29 370,43"],
]
AFTER = [
    ("p", "Кредиторська заборгованість станом на 01.10.2024 відсутня. Скарг на роботу соціальних робітників "
          "у звітному кварталі не надходило."),
    ("p", "У IV кварталі планується провести оцінку потреб громади у соціальних послугах та залучити "
          "ще 2 соціальних робітників."),
    ("p", "Начальник управління                                        (підпис)"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawString(20 * mm, 10 * mm, f"Аналітична довідка УСЗН, III квартал 2024 р. Сторінка {doc.page}")
    canvas.restoreState()


def build(path):
    register_fonts()
    n = ParagraphStyle("n", fontName="LSerif", fontSize=11.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5,
                       firstLineIndent=12 * mm)
    c = ParagraphStyle("c", parent=n, alignment=TA_CENTER, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=9.5, leading=11)
    story = []
    for kind, s in PARAS:
        story.append(Paragraph(s, c if kind == "c" else n))
    data = [[Paragraph(x, cell) for x in row] for row in TABLE]
    t = Table(data, colWidths=[16 * mm, 58 * mm, 34 * mm, 34 * mm, 28 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 4), t, Spacer(1, 8)]
    for kind, s in AFTER:
        story.append(Paragraph(s, n))
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Аналітична довідка")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


g = Gold(DOC, {
    "centre": "Управління соціального захисту населення Катеринопільської селищної ради",
    "centre_type": "uszn",
    "settlement": "Катеринопіль",
    "report_kind": "period_report",
    "period_start": "2024-07-01",
    "period_end": "2024-09-30",
})

f1 = g.f("applied", "persons", 1164, "до управління звернулося 1 164 особи")
f2 = g.f("applied", "persons", 312, "з них 312 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
         parent=f1)
f3 = g.f("served", "persons", 86, "Соціальні робітники управління обслуговували вдома 86 осіб", service="home_care")
f4 = g.f("served", "persons", 402, "Послугу консультування отримали 402 особи.", service="counselling")
f5 = g.f("notified", "families", 23, "Надійшли повідомлення про 23 сім'ї")
f6 = g.f("needs_assessed", "families", 21, "потреб проведено 21 сім'ї")
f7 = g.f("in_difficult_circumstances", "families", 14, "складні життєві обставини встановлено у 14 сімей")
f8 = g.f("served", "families", 17, "здійснювався щодо 17 сімей, у яких виховується 38 дітей",
         service="social_support_sjo", alt=["support_ongoing"])
f9 = g.f("served", "children", 38, "здійснювався щодо 17 сімей, у яких виховується 38 дітей",
         service="social_support_sjo", alt=["support_ongoing"], parent=f8)
f10 = g.f("served", "children", 6, "у тому числі 6 дітей віком до 3 років", service="social_support_sjo",
          alt=["support_ongoing"], category="діти віком до 3 років", parent=f9)
f11 = g.f("events", "events", 4, "Проведено 4 інформаційні зустрічі з мешканцями старостинських округів")
f12 = g.f("event_participants", "persons", 126, "якими охоплено 126 осіб", parent=f11)
f13 = g.f("staff_positions", "positions", 14, "Штатна чисельність управління – 14 посад")
f14 = g.f("staff_actual", "staff", 13, "фактично працює 13 осіб, у т. ч. 9 соціальних робітників")
f15 = g.f("staff_actual", "staff", 9, "у т. ч. 9 соціальних робітників", label="соціальні робітники", parent=f14)

KE = {}
for row in TABLE[1:]:
    code, name, a, s, e = row
    q = "\t".join(x for x in row if x)
    val = lambda x: (lambda v: int(v) if v.is_integer() else v)(float(x.replace(" ", "").replace(",", ".")))
    kw = {"kekv": code} if code else {}
    KE[code or "total"] = (
        g.f("budget_approved", "uah", val(a), q, label=f"{name}, на III квартал", **kw),
        g.f("budget_spent", "uah", val(s), q, label=name, **kw),
        g.f("budget_savings", "uah", val(e), q, label=name, **kw),
    )
f_cmp = g.f("complaints", "complaints", 0, "Скарг на роботу соціальних робітників")

tot = KE["total"]
rows = [k for k in KE if k != "total"]
v = lambda i: lambda k: f"f{KE[k][i][1:]}"
g.slip("table_arithmetic", "error", "2240\tОплата послуг (крім комунальних)\t86 400,00\t79 215,60\t7 148,40",
       7148.4, 7184.4, list(KE["2240"]),
       "економія = затверджено − видатки: 86 400,00 − 79 215,60 = 7 184,40, written 7 148,40 (two digits swapped)",
       f"near({v(0)('2240')} - {v(1)('2240')}, {v(2)('2240')})", slip=1)
g.slip("table_arithmetic", "error", "Разом\t1 879 300,00\t1 849 929,57\t29 370,43", 29334.43, 29370.43,
       [KE[k][2] for k in rows] + [tot[2]],
       "the Економія column as written sums to 29 334,43, but Разом says 29 370,43 (= 1 879 300,00 − 1 849 929,57); "
       "the 36,00 gap is the swapped digits of the КЕКВ 2240 row. Same slip as finding 1.",
       "near(" + " + ".join(v(2)(k) for k in rows) + f", {v(2)('total')})", slip=1)

g.check("table_arithmetic", "Разом\t1 879 300,00\t1 849 929,57\t29 370,43", "approved column sums to 1 879 300,00",
        "near(" + " + ".join(v(0)(k) for k in rows) + f", {v(0)('total')})")
g.check("table_arithmetic", "Разом\t1 879 300,00\t1 849 929,57\t29 370,43", "spent column sums to 1 849 929,57",
        "near(" + " + ".join(v(1)(k) for k in rows) + f", {v(1)('total')})")
g.check("table_arithmetic", "Разом\t1 879 300,00\t1 849 929,57\t29 370,43",
        "економія = затверджено − видатки holds in rows 2111, 2120, 2210, 2273 and in Разом",
        "all([" + ", ".join(f"near({v(0)(k)} - {v(1)(k)}, {v(2)(k)})" for k in ["2111", "2120", "2210", "2273", "total"]) + "])")
g.check("parts_sum", "з них 312 – внутрішньо переміщені особи",
        "312 ≤ 1 164; 14 in СЖО ≤ 21 assessed ≤ 23 notified; 6 ≤ 38 children; 9 ≤ 13 ≤ 14",
        "f2 <= f1 and f7 <= f6 <= f5 and f10 <= f9 and f15 <= f14 <= f13")

g.skip("20501, смт Катеринопіль, вул. Героїв Майдану, 9, тел. (04742) 0-41-76", [20501, 9, 4742, 4176],
       "postcode, address, phone")
g.skip("№ 01-19/1187 від 08.10.2024", [1, 19, 1187, 8, 10, 2024], "outgoing number and date")
g.skip("Чисельність населення громади становить 17,9 тис. осіб, з них 1,2 тис. – внутрішньо переміщені особи.",
       [17900, 1200], "population")
g.skip("(у II кварталі – 1 087)", [2, 1087], "prior-quarter figure")
g.skip("Призначено 214 житлових субсидій, видано 37 технічних", [214, 37],
       "subsidies granted and rehabilitation aids handed out; no §3 id / items")
g.skip("графік відвідування – 2–3 рази на тиждень", [2, 3], "visit frequency")
g.skip("у тому числі 6 дітей віком до 3 років", [3], "age (the 6 is a fact)")
g.skip("КПКВК 0813104", [813104], "budget programme code")
g.skip("Кредиторська заборгованість станом на 01.10.2024 відсутня.", [1, 10, 2024], "date; no payables")
g.skip("залучити ще 2 соціальних робітників", [2], "plan for Q4")
g.skip("Сторінка 1", [1], "page footer")

g.note("УСЗН acting as the hromada's provider of social services (сектор соціальної роботи, соціальні робітники) → "
       "centre_type uszn; oblast is not written in the text (Катеринопіль is in Черкаська oblast) → omitted")
g.note("«звернулося 1 164 особи» are visits to the управління for any reason → applied, persons")
g.note("the budget table is quoted by its row as the reader prints it (cells tab-separated); each row gives "
       "budget_approved / budget_spent / budget_savings with kekv; the Разом row carries no kekv")
g.note("kopecks kept: values such as 1398214.37 are floats in hryvnias; checks use near()")
g.note("«Соціальний супровід здійснювався щодо 17 сімей» → served (alt support_ongoing) with service social_support_sjo")

if __name__ == "__main__":
    build(report_path(DOC))
    g.write()
