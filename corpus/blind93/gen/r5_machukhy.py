"""b93_05: Управління соціального захисту населення Мачухівської сільської ради (Полтавська),
analytic note for 9 months of 2025. reportlab PDF, impersonal, KEKV table. Planted slip:
table_arithmetic (касові видатки rows sum to 5 067,9, «Разом» says 5 076,9)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b93_05_machukhy_uszn_9m2025.pdf"

ROWS = [("2111", "Заробітна плата", "3 412,5", "3 398,7", "99,6"),
        ("2120", "Нарахування на оплату праці", "750,8", "747,7", "99,6"),
        ("2210", "Предмети, матеріали, обладнання та інвентар", "96,0", "88,4", "92,1"),
        ("2240", "Оплата послуг (крім комунальних)", "142,3", "139,9", "98,3"),
        ("2273", "Оплата електроенергії", "58,6", "51,2", "87,4"),
        ("2730", "Інші виплати населенню", "680,0", "642,0", "94,4")]
TOTAL = ("", "Разом", "5 140,2", "5 076,9", "98,8")


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14.5, alignment=TA_JUSTIFY,
                          firstLineIndent=1.0 * cm, spaceAfter=4)
    c = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    cb = ParagraphStyle("cb", parent=c, fontName="LSerif-B")
    r = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName="LSerif", fontSize=9.5, leading=11.5)
    num = ParagraphStyle("num", parent=cell, alignment=TA_RIGHT)
    story = [
        Paragraph("МАЧУХІВСЬКА СІЛЬСЬКА РАДА<br/>УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ", cb),
        Paragraph("38752, Полтавська обл., Полтавський р-н, с. Мачухи, вул. Незалежності, 21; "
                  "тел. (0532) 0-69-14; uszn.machukhy@example.ua", c),
        Spacer(1, 8),
        Paragraph("АНАЛІТИЧНА ДОВІДКА<br/>щодо роботи управління та використання бюджетних коштів "
                  "за січень – вересень 2025 року", cb),
        Spacer(1, 6),
        Paragraph("<b>1. Прийом громадян.</b> За 9 місяців 2025 року до управління надійшло 1 318 звернень "
                  "громадян, у тому числі 1 102 – через відділ «Центр надання адміністративних послуг» та "
                  "216 – безпосередньо до управління. Порівняно з аналогічним періодом 2024 року (1 187 звернень) "
                  "кількість звернень зросла на 11 %. Проведено 6 виїзних прийомів у старостинських округах, "
                  "на яких прийнято 143 особи.", body),
        Paragraph("<b>2. Соціальні послуги.</b> На запити управління фахівцями КУ «Центр надання соціальних "
                  "послуг» проведено оцінку потреб 74 осіб, за результатами якої рішення про надання соціальних "
                  "послуг прийнято щодо 61 особи. Компенсацію фізичним особам, які надають соціальні послуги з "
                  "догляду на непрофесійній основі, у звітному періоді отримували 87 осіб.", body),
        Paragraph("<b>3. Матеріальна допомога.</b> Відповідно до Програми соціального захисту населення на "
                  "2024–2026 роки (рішення сесії від 21.12.2023 № 1187) одноразову матеріальну допомогу надано "
                  "214 особам на загальну суму 642,0 тис. грн; середній розмір допомоги – 3,0 тис. грн. "
                  "Станом на 30.09.2025 на обліку в громаді перебуває 2 146 внутрішньо переміщених осіб.", body),
        Paragraph("<b>4. Кадрове забезпечення.</b> Штатна чисельність управління – 12 посад, фактично працює "
                  "11 осіб, 4 працівники у звітному періоді підвищили кваліфікацію.", body),
        Paragraph("<b>5. Фінансування.</b> Кошторисом управління на 2025 рік по загальному фонду затверджено "
                  "6 854,0 тис. грн. Використання коштів за 9 місяців наведено в таблиці 1.", body),
        Spacer(1, 4),
        Paragraph("Таблиця 1. Використання коштів загального фонду за січень – вересень 2025 року, тис. грн", c),
        Spacer(1, 3),
    ]
    head = ["КЕКВ", "Найменування видатків", "Затверджено на 9 місяців", "Касові видатки", "% виконання"]
    data = [[Paragraph(h, cell) for h in head]]
    for row in ROWS + [TOTAL]:
        data.append([Paragraph(row[0], cell), Paragraph(row[1], cell)] + [Paragraph(x, num) for x in row[2:]])
    t = Table(data, colWidths=[1.4 * cm, 6.6 * cm, 3.0 * cm, 2.6 * cm, 2.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 8),
              Paragraph("Економія коштів по КЕКВ 2730 пояснюється меншою, ніж планувалося, кількістю звернень "
                        "за матеріальною допомогою у III кварталі.", body),
              Spacer(1, 14),
              Paragraph("Начальник управління&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;(підпис)", r),
              Paragraph("08.10.2025 № 01-14/512", r)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, invariant=1, title="Аналітична довідка",
                            author="УСЗН Мачухівської сільської ради")
    doc.build(story)


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Мачухівської сільської ради",
        "centre_type": "uszn", "settlement": "Мачухи", "oblast": "Полтавська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-09-30",
    })
    f = g.f
    ap = f("applied", "applications", 1318, "до управління надійшло 1 318 звернень")
    a1 = f("applied", "applications", 1102, "у тому числі 1 102 – через відділ «Центр надання адміністративних послуг»",
           label="через ЦНАП", group="applied_1318_by_channel", parent=ap)
    a2 = f("applied", "applications", 216, "216 – безпосередньо до управління", label="безпосередньо",
           group="applied_1318_by_channel", parent=ap)
    ev = f("events", "events", 6, "Проведено 6 виїзних прийомів у старостинських округах", label="виїзні прийоми")
    evp = f("event_participants", "persons", 143, "на яких прийнято 143 особи", parent=ev)
    na = f("needs_assessed", "persons", 74, "проведено оцінку потреб 74 осіб")
    dec = f("served", "persons", 61, "рішення про надання соціальних послуг прийнято щодо 61 особи",
            label="прийнято рішення про надання соціальних послуг", uncertain=True,
            note="a decision to provide services, not yet their delivery; kept as served with a label")
    cmp_ = f("served", "persons", 87, "у звітному періоді отримували 87 осіб",
             label="компенсація за догляд на непрофесійній основі")
    mat = f("served", "persons", 214, "одноразову матеріальну допомогу надано 214 особам",
            label="одноразова матеріальна допомога")
    aid = f("aid_value", "uah", 642000, "на загальну суму 642,0 тис. грн", label="одноразова матеріальна допомога")
    pos = f("staff_positions", "positions", 12, "Штатна чисельність управління – 12 посад")
    act = f("staff_actual", "staff", 11, "фактично працює 11 осіб")
    tr = f("staff_trained", "staff", 4, "4 працівники у звітному періоді підвищили кваліфікацію")
    yr = f("budget_approved", "uah", 6854000,
           "Кошторисом управління на 2025 рік по загальному фонду затверджено 6 854,0 тис. грн",
           label="загальний фонд, на рік")
    rowmap = {r[0]: "\t".join(r) for r in ROWS}

    def rowq(code):
        return rowmap[code]

    tq = "\t".join(TOTAL)
    ta = f("budget_approved", "uah", 5140200, tq, label="Разом, на 9 місяців")
    tsp = f("budget_spent", "uah", 5076900, tq, percent=98.8, label="Разом")
    apr, spt = [], []
    for code, name, a, s, p in ROWS:
        q = rowq(code)
        va = int(round(float(a.replace(" ", "").replace(",", ".")) * 1000))
        vs = int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))
        apr.append(f("budget_approved", "uah", va, q, kekv=code, label="на 9 місяців", group="approved_by_kekv",
                     parent=ta))
        spt.append(f("budget_spent", "uah", vs, q, kekv=code, percent=float(p.replace(",", ".")),
                     group="spent_by_kekv", parent=tsp))

    g.slip("table_arithmetic", "error", tq, 5076900, 5067900, spt + [tsp],
           "the «Касові видатки» column sums to 5 067,9 тис. грн, «Разом» says 5 076,9 (digits swapped, 9,0 "
           "тис. грн extra); its 98,8 % is computed from the wrong total (the right one gives 98,6 %)",
           " + ".join(spt) + f" == {tsp}")
    g.check("table_arithmetic", tq, "approved column: 3 412,5 + 750,8 + 96,0 + 142,3 + 58,6 + 680,0 = 5 140,2",
            "near(" + " + ".join(apr) + f", {ta})")
    for a_, s_, row in zip(apr, spt, ROWS):
        g.check("percent_mismatch", rowq(row[0]), f"КЕКВ {row[0]}: {row[3]} / {row[2]} → {row[4]} %",
                f"pct_ok(p{s_[1:]}, {s_}, {a_}, 1)")
    g.check("percent_mismatch", tq, "98,8 % = 5 076,9 / 5 140,2 as written (consistent with the wrong total)",
            f"pct_ok(p{tsp[1:]}, {tsp}, {ta}, 1)")
    g.check("parts_sum", "у тому числі 1 102 – через відділ", "1 102 + 216 = 1 318", f"{a1} + {a2} == {ap}")
    g.check("internal_conflict", "на загальну суму 642,0 тис. грн",
            "the prose aid sum equals the spent cell of КЕКВ 2730", f"{aid} == {spt[5]}")
    g.check("parts_sum", "Кошторисом управління на 2025 рік", "9 months' approval ≤ the year's", f"{ta} <= {yr}")
    g.check("parts_sum", "фактично працює 11 осіб", "4 ≤ 11 ≤ 12", f"{tr} <= {act} <= {pos}")
    g.check("parts_sum", "за результатами якої рішення про надання соціальних послуг прийнято щодо 61 особи",
            "61 ≤ 74 assessed", f"{dec} <= {na}")

    sk = g.skip
    sk("38752, Полтавська обл., Полтавський р-н, с. Мачухи, вул. Незалежності, 21; тел. (0532) 0-69-14",
       [38752, 21, 532, 6914], "postcode, address, phone")
    sk("– вересень 2025 року", [2025], "period in the title (the reader breaks the title line)")
    sk("1. Прийом громадян.", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    sk("За 9 місяців 2025 року", [9, 2025], "period")
    sk("Порівняно з аналогічним періодом 2024 року (1 187 звернень) кількість звернень зросла на 11 %.",
       [2024, 1187, 11], "prior-year figure and growth rate")
    sk("на 2024–2026 роки (рішення сесії від 21.12.2023 № 1187)", [2024, 2026, 21, 12, 2023, 1187],
       "programme years, decision date and number (1187 also looks like the 2024 figure)")
    sk("середній розмір допомоги – 3,0 тис. грн", [3000], "average amount (a ratio)")
    sk("Станом на 30.09.2025 на обліку в громаді перебуває 2 146 внутрішньо переміщених осіб.", [30, 9, 2025, 2146],
       "date; the hromada's IDP register is kept by the state, no §3 id")
    sk("на 2025 рік", [2025], "year")
    sk("Використання коштів за 9 місяців наведено в таблиці 1.", [9, 1], "period, table number")
    sk("Таблиця 1. Використання коштів загального фонду за січень – вересень 2025 року, тис. грн", [1, 2025],
       "table number and year")
    sk("Затверджено на 9 місяців", [9], "column header")
    sk("Економія коштів по КЕКВ 2730", [2730], "KEKV code in prose")
    sk("у III кварталі", ["III"], "quarter")
    sk("08.10.2025 № 01-14/512", [8, 10, 2025, 1, 14, 512], "date and outgoing number")
    g.note("УСЗН of a village council → centre_type uszn; report_kind period_report (analytic note for 9 months)")
    g.note("table 1: each row gives budget_approved (for 9 months) and budget_spent with the row's % as percent; "
           "KEKV from the first column; rows hang on the «Разом» cells of their column. The KEKV codes in the "
           "rows are codes, not values")
    g.note("the annual approval 6 854,0 тис. грн (prose) and the 9-month approval 5 140,2 (table) are both "
           "budget_approved, told apart by label")
    g.note("«одноразову матеріальну допомогу надано 214 особам на загальну суму 642,0 тис. грн» → served "
           "(label) + aid_value; no kekv on the prose aid value (the prose names no code)")
    g.note("«рішення про надання соціальних послуг прийнято щодо 61 особи» is marked uncertain (a decision, "
           "not delivery)")
    g.note("no economy column, so economy is not checked; one slip, one finding")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
