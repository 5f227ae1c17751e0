"""b71_04: ТЦСО Краснокутської селищної ради (Харківська), report for H1 2025.
reportlab PDF (Liberation), impersonal voice, department breakdown, budget table by KEKV, page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from common import Gold, report_path, register_fonts

DOC = "b71_04_krasnokutsk_tcso_h1_2025.pdf"

TITLE = ["ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) КРАСНОКУТСЬКОЇ СЕЛИЩНОЇ РАДИ",
         "62002, Харківська обл., Богодухівський р-н, смт Краснокутськ, вул. Миру, 118, тел. (05758) 0-31-26, код ЄДРПОУ 03192845",
         "ЗВІТ про діяльність за I півріччя 2025 року"]
PARAS = [
    "Територіальний центр діє на підставі Положення, затвердженого рішенням Краснокутської селищної ради від 23.02.2021 № 214-VIII, та обслуговує мешканців 48 населених пунктів громади.",
    "Станом на 30.06.2025 на обліку територіального центру перебуває 1 046 осіб, які потребують соціальних послуг, з них 187 – внутрішньо переміщені особи.",
    "За I півріччя 2025 року обслуговано 612 осіб (за I півріччя 2024 р. – 587 осіб), у тому числі: відділенням соціальної допомоги вдома – 268 осіб, відділенням денного перебування – 94 особи, відділенням організації надання адресної натуральної та грошової допомоги – 250 осіб.",
    "Відділенням соціальної допомоги вдома надано 14 380 соціальних послуг; в середньому на одного соціального робітника припадає 11 підопічних.",
    "Протягом звітного періоду взято на обслуговування 41 особу, знято з обслуговування 33 особи, з них: у зв'язку зі смертю – 19, у зв'язку з виїздом за межі громади – 8, за власним бажанням – 6.",
    "Через відділення адресної допомоги видано 1 870 продуктових наборів, 430 комплектів засобів гігієни та 96 обігрівачів, отриманих від благодійних фондів. Послугою «соціальне таксі» скористалися 58 осіб, здійснено 143 поїздки (вартість 1 км – 12,50 грн).",
    "Штатна чисельність центру – 46,5 штатної одиниці, фактично працюють 43 особи, з них 27 соціальних робітників.",
    "У травні 2025 року проведено анкетування 120 отримувачів послуги догляду вдома: якістю послуг задоволені 96,7 % опитаних. Скарг на роботу працівників не зареєстровано.",
    "Фінансування центру здійснюється з бюджету селищної територіальної громади. Використання коштів загального фонду за I півріччя 2025 року наведено нижче (тис. грн).",
]
TABLE = [
    ["КЕКВ", "Найменування", "Затверджено на I півріччя", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "4 812,6", "4 790,3", "22,3"],
    ["2120", "Нарахування на оплату праці", "1 058,8", "1 053,9", "4,9"],
    ["2210", "Предмети, матеріали, обладнання", "96,4", "81,2", "15,2"],
    ["2240", "Оплата послуг (крім комунальних)", "64,5", "52,6", "12,9"],
    ["2273", "Оплата електроенергії", "142,0", "118,7", "23,3"],
    ["", "Разом", "6 174,3", "6 096,7", "77,6"],
]
AFTER = [
    "До спеціального фонду за платні соціальні послуги надійшло 318,4 тис. грн.",
    "Директор територіального центру                                          (підпис)",
    "Звіт складено 08.07.2025",
]


def footer(canvas, doc):
    canvas.setFont("LSans", 8)
    canvas.drawRightString(200 * mm, 10 * mm, f"Сторінка {doc.page}")


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, alignment=TA_JUSTIFY, spaceAfter=6,
                          firstLineIndent=10 * mm)
    head = ParagraphStyle("h", parent=body, fontName="LSerif-B", alignment=TA_CENTER, firstLineIndent=0)
    small = ParagraphStyle("s", parent=body, fontName="LSerif", fontSize=10, alignment=TA_CENTER, firstLineIndent=0)
    cell = ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12)
    els = [Paragraph(TITLE[0], head), Paragraph(TITLE[1], small), Spacer(1, 6), Paragraph(TITLE[2], head)]
    els += [Paragraph(p, body) for p in PARAS]
    data = [[Paragraph(c, cell) if i == 0 or j == 1 else c for j, c in enumerate(r)] for i, r in enumerate(TABLE)]
    t = Table(data, colWidths=[18 * mm, 62 * mm, 34 * mm, 30 * mm, 24 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    els += [t, Spacer(1, 8)] + [Paragraph(p, body) for p in AFTER]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm).build(els, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Краснокутської селищної ради",
        "centre_type": "tcso", "settlement": "Краснокутськ", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30",
    })
    f1 = g.f("registered", "persons", 1046, "на обліку територіального центру перебуває 1 046 осіб")
    f2 = g.f("registered", "persons", 187, "з них 187 – внутрішньо переміщені особи",
             category="внутрішньо переміщені особи", parent=f1)
    f3 = g.f("served", "persons", 612, "За I півріччя 2025 року обслуговано 612 осіб")
    grp = "served_612_by_department"
    f4 = g.f("served", "persons", 268, "відділенням соціальної допомоги вдома – 268 осіб", service="home_care",
             district="відділення соціальної допомоги вдома", group=grp, parent=f3)
    f5 = g.f("served", "persons", 94, "відділенням денного перебування – 94 особи", service="day_care",
             district="відділення денного перебування", group=grp, parent=f3)
    f6 = g.f("served", "persons", 250, "відділенням організації надання адресної натуральної та грошової допомоги – 250 осіб",
             service="natural_aid", district="відділення організації надання адресної натуральної та грошової допомоги",
             group=grp, parent=f3)
    f7 = g.f("services_provided", "services", 14380, "Відділенням соціальної допомоги вдома надано 14 380 соціальних послуг",
             service="home_care", district="відділення соціальної допомоги вдома")
    f8 = g.f("served", "persons", 41, "взято на обслуговування 41 особу", alt=["registered_new", "support_started"],
             label="взято на обслуговування")
    f9 = g.f("deregistered", "persons", 33, "знято з обслуговування 33 особи")
    grp2 = "deregistered_33_by_reason"
    f10 = g.f("deregistered", "persons", 19, "у зв'язку зі смертю – 19", label="смерть", group=grp2, parent=f9)
    f11 = g.f("deregistered", "persons", 8, "у зв'язку з виїздом за межі громади – 8", label="виїзд за межі громади",
              group=grp2, parent=f9)
    f12 = g.f("deregistered", "persons", 6, "за власним бажанням – 6", label="за власним бажанням", group=grp2, parent=f9)
    f13 = g.f("served", "persons", 58, "Послугою «соціальне таксі» скористалися 58 осіб", service="social_taxi")
    f14 = g.f("staff_positions", "positions", 46.5, "Штатна чисельність центру – 46,5 штатної одиниці")
    f15 = g.f("staff_actual", "staff", 43, "фактично працюють 43 особи")
    f16 = g.f("staff_actual", "staff", 27, "з них 27 соціальних робітників", label="соціальні робітники", parent=f15)
    f17 = g.f("survey_respondents", "recipients", 120, "проведено анкетування 120 отримувачів послуги догляду вдома",
              unit_alt="persons", service="home_care")
    f18 = g.f("satisfaction", "percent", 96.7, "якістю послуг задоволені 96,7 % опитаних", service="home_care")
    f19 = g.f("complaints", "complaints", 0, "Скарг на роботу працівників не зареєстровано.")
    rows = [("2111\tЗаробітна плата\t4 812,6\t4 790,3\t22,3", "2111", 4812600, 4790300, 22300),
            ("2120\tНарахування на оплату праці\t1 058,8\t1 053,9\t4,9", "2120", 1058800, 1053900, 4900),
            ("2210\tПредмети, матеріали, обладнання\t96,4\t81,2\t15,2", "2210", 96400, 81200, 15200),
            ("2240\tОплата послуг (крім комунальних)\t64,5\t52,6\t12,9", "2240", 64500, 52600, 12900),
            ("2273\tОплата електроенергії\t142,0\t118,7\t23,3", "2273", 142000, 118700, 23300)]
    tot = "Разом\t6 174,3\t6 096,7\t77,6"
    f20 = g.f("budget_approved", "uah", 6174300, tot, label="загальний фонд, I півріччя, разом")
    f21 = g.f("budget_spent", "uah", 6096700, tot, label="загальний фонд, I півріччя, разом")
    f22 = g.f("budget_savings", "uah", 77600, tot, label="загальний фонд, I півріччя, разом")
    ids = []
    for q, k, a, s, e in rows:
        ids.append((g.f("budget_approved", "uah", a, q, kekv=k, group="approved_by_kekv", parent=f20),
                    g.f("budget_spent", "uah", s, q, kekv=k, group="spent_by_kekv", parent=f21),
                    g.f("budget_savings", "uah", e, q, kekv=k, group="savings_by_kekv", parent=f22)))
    (a1, s1, e1), (a2, s2, e2), (a3, s3, e3), (a4, s4, e4), (a5, s5, e5) = ids
    f38 = g.f("budget_received", "uah", 318400, "До спеціального фонду за платні соціальні послуги надійшло 318,4 тис. грн",
              label="спеціальний фонд, платні послуги")

    g.slip("table_arithmetic", "error", rows[3][0], 12900, 11900, [a4, s4, e4],
           "KEKV 2240: економія = затверджено − видатки = 64,5 − 52,6 = 11,9 тис. грн, the table says 12,9",
           f"{a4} - {s4} == {e4}", slip=1)
    g.slip("table_arithmetic", "error", tot, 78600, 77600, [e1, e2, e3, e4, e5, f22],
           "the Економія column sums to 22,3 + 4,9 + 15,2 + 12,9 + 23,3 = 78,6 тис. грн, Разом says 77,6 "
           "(which is right: 6 174,3 − 6 096,7); same slip as the KEKV 2240 row",
           f"{e1} + {e2} + {e3} + {e4} + {e5} == f22", slip=1)
    g.check("table_arithmetic", tot, "approved column: 4 812,6 + 1 058,8 + 96,4 + 64,5 + 142,0 = 6 174,3",
            f"{a1} + {a2} + {a3} + {a4} + {a5} == f20")
    g.check("table_arithmetic", tot, "spent column: 4 790,3 + 1 053,9 + 81,2 + 52,6 + 118,7 = 6 096,7",
            f"{s1} + {s2} + {s3} + {s4} + {s5} == f21")
    g.check("table_arithmetic", tot, "total row: 6 174,3 − 6 096,7 = 77,6", "f20 - f21 == f22")
    g.check("table_arithmetic", rows[0][0], "rows 2111, 2120, 2210, 2273: затверджено − видатки = економія",
            f"{a1} - {s1} == {e1} and {a2} - {s2} == {e2} and {a3} - {s3} == {e3} and {a5} - {s5} == {e5}")
    g.check("parts_sum", "у тому числі: відділенням соціальної допомоги вдома – 268 осіб",
            "268 + 94 + 250 = 612", "f4 + f5 + f6 == f3")
    g.check("parts_sum", "знято з обслуговування 33 особи, з них:", "19 + 8 + 6 = 33", "f10 + f11 + f12 == f9")
    g.check("parts_sum", "з них 187 – внутрішньо переміщені особи", "187 ≤ 1 046", "f2 <= f1")
    g.check("parts_sum", "фактично працюють 43 особи, з них 27 соціальних робітників", "27 ≤ 43 ≤ 46,5",
            "f16 <= f15 <= f14")
    g.check("percent_impossible", "якістю послуг задоволені 96,7 % опитаних", "116 of 120 = 96,67 → 96,7",
            "grim_ok(f18, f17, 1)")

    g.skip("62002, Харківська обл., Богодухівський р-н, смт Краснокутськ, вул. Миру, 118, тел. (05758) 0-31-26, код ЄДРПОУ 03192845",
           [62002, 118, 5758, 3126, 3192845], "postcode, address, phone, ЄДРПОУ")
    g.skip("ЗВІТ про діяльність за I півріччя 2025 року", [2025], "period in the title")
    g.skip("рішенням Краснокутської селищної ради від 23.02.2021 № 214-VIII, та обслуговує мешканців 48 населених пунктів громади",
           [23, 2, 2021, 214, 48], "decision date and number, settlement count")
    g.skip("Станом на 30.06.2025", [30, 6, 2025], "date")
    g.skip("(за I півріччя 2024 р. – 587 осіб)", [2024, 587], "prior-year figure")
    g.skip("в середньому на одного соціального робітника припадає 11 підопічних", [11], "ratio")
    g.skip("видано 1 870 продуктових наборів, 430 комплектів засобів гігієни та 96 обігрівачів", [1870, 430, 96],
           "items handed out")
    g.skip("здійснено 143 поїздки (вартість 1 км – 12,50 грн)", [143, 1, 12.5], "trips (no §3 id), tariff")
    g.skip("У травні 2025 року", [2025], "survey month")
    g.skip("Звіт складено 08.07.2025", [8, 7, 2025], "compile date")
    g.note("the budget table is in тис. грн, stored in hryvnias; each KEKV row carries kekv; rows hang on the Разом "
           "cell of the same column; Разом has no kekv")
    g.note("«на обліку перебуває 1 046 осіб» → registered (persons); «взято на обслуговування» → served "
           "(alt registered_new, support_started)")
    g.note("the page footer «Сторінка 1» is dropped by the reader (not in the read text)")
    g.note("one planted slip (KEKV 2240 economy 12,9 instead of 11,9) recorded as two findings: the row derivation "
           "and the column sum")
    g.write()


if __name__ == "__main__":
    main()
