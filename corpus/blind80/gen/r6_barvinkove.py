"""b80_06: УСЗН Барвінківської міської ради (Харківська), analytic note on social services in the hromada,
II quarter 2024. reportlab PDF with DejaVu fonts, impersonal, a budget table by KEKV (грн з копійками).
Planted slip: table_arithmetic (KEKV 2210: 58 000,00 − 41 316,50 = 16 683,50, the table says 16 863,50;
the Економія column then does not add up to its Разом 69 530,99)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b80_06_barvinkove_uszn_q2_2024.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

HEAD = ["УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ БАРВІНКІВСЬКОЇ МІСЬКОЇ РАДИ",
        "64701, Харківська обл., Ізюмський р-н, м. Барвінкове, вул. Соборна, 5, тел. (05757) 0-43-12",
        "вих. № 01-19/1142 від 08.07.2024"]
TITLE = "АНАЛІТИЧНА ДОВІДКА<br/>про стан надання соціальних послуг у Барвінківській міській територіальній громаді за II квартал 2024 року"
B1 = [
    "Громада об’єднує 55 населених пунктів, у яких проживає близько 16,2 тис. осіб, у тому числі 3,9 тис. "
    "внутрішньо переміщених осіб. Частина території громади розташована в 30-кілометровій зоні від лінії бойових дій, "
    "що ускладнює надання послуг у віддалених селах.",
    "Станом на 30.06.2024 соціальні послуги в громаді отримують 1 128 осіб (у I кварталі 2024 року – 1 096, тобто "
    "на 32 особи більше), у тому числі: догляд вдома – 247, паліативний догляд – 12, денний догляд – 38, соціальна "
    "адаптація – 54, консультування – 302, натуральна допомога – 475. Серед отримувачів 389 осіб (34,5 %) – "
    "внутрішньо переміщені особи.",
    "Протягом кварталу до управління надійшло 1 964 заяви щодо призначення державних соціальних допомог і компенсацій "
    "та 73 заяви про надання соціальних послуг. За заявами про надання послуг проведено оцінку потреб 68 осіб; 61 особі "
    "послуги призначено, у 7 випадках відмовлено.",
    "Гуманітарну допомогу міжнародних партнерів розподілено через КУ «ЦНСП»: видано 1 340 продуктових і 260 гігієнічних "
    "наборів на загальну суму 1,07 млн грн.",
    "Штатна чисельність управління – 18 посад, фактично працює 15 працівників.",
    "Фінансування КУ «ЦНСП» Барвінківської міської ради (КПКВК 0813104) у II кварталі 2024 року наведено в таблиці (грн).",
]
ROWS = [
    ["КЕКВ", "Найменування", "Затверджено", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "1 846 200,00", "1 812 954,37", "33 245,63"],
    ["2120", "Нарахування на оплату праці", "406 164,00", "398 849,96", "7 314,04"],
    ["2210", "Предмети, матеріали, обладнання", "58 000,00", "41 316,50", "16 863,50"],
    ["2240", "Оплата послуг (крім комунальних)", "37 500,00", "29 870,00", "7 630,00"],
    ["2273", "Оплата електроенергії", "24 300,00", "19 642,18", "4 657,82"],
    ["", "Разом", "2 372 164,00", "2 302 633,01", "69 530,99"],
]
B2 = [
    "Економія по КЕКВ 2111 та 2120 утворилася через 2 вакантні посади соціальних робітників. Вартість години "
    "догляду вдома з 01.04.2024 становить 71,20 грн.",
    "У III кварталі 2024 року передбачається відкрити мобільну бригаду для обслуговування 9 віддалених сіл.",
    "Начальник управління                              (підпис)",
]


def money(s):
    v = float(s.replace(" ", "").replace(",", "."))
    return int(v) if v.is_integer() else v


def build():
    pdfmetrics.registerFont(TTFont("DVSerif", DV + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-B", DV + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSansC", DV + "DejaVuSansCondensed.ttf"))
    n = ParagraphStyle("n", fontName="DVSerif", fontSize=10, leading=13, spaceAfter=6, firstLineIndent=10 * mm)
    h = ParagraphStyle("h", fontName="DVSerif-B", fontSize=11, leading=14, alignment=1, spaceAfter=8)
    c = ParagraphStyle("c", fontName="DVSansC", fontSize=9, leading=11, alignment=1)
    story = [Paragraph(x, c) for x in HEAD] + [Spacer(1, 5 * mm), Paragraph(TITLE, h)]
    story += [Paragraph(x, n) for x in B1]
    t = Table(ROWS, colWidths=[14 * mm, 58 * mm, 36 * mm, 32 * mm, 28 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DVSansC"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.black)]))
    story += [t, Spacer(1, 4 * mm)] + [Paragraph(x, n) for x in B2]
    SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=22 * mm, rightMargin=12 * mm,
                      topMargin=15 * mm, bottomMargin=15 * mm, title="Аналітична довідка II квартал 2024").build(story)


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Барвінківської міської ради",
        "centre_type": "uszn", "settlement": "Барвінкове", "oblast": "Харківська",
        "report_kind": "period_report", "period_start": "2024-04-01", "period_end": "2024-06-30"})
    f = g.f
    t = f("served", "persons", 1128, "соціальні послуги в громаді отримують 1 128 осіб", label="станом на 30.06.2024")
    parts = []
    for q, v, sv in (("догляд вдома – 247", 247, "home_care"), ("паліативний догляд – 12", 12, "palliative_care"),
                     ("денний догляд – 38", 38, "day_care"), ("соціальна адаптація – 54", 54, "social_adaptation"),
                     ("консультування – 302", 302, "counselling"), ("натуральна допомога – 475", 475, "natural_aid")):
        parts.append(f("served", "persons", v, q, service=sv, parent=t, group="served_1128_by_service"))
    vp = f("served", "persons", 389, "Серед отримувачів 389 осіб (34,5 %)", percent=34.5,
           category="внутрішньо переміщені особи", parent=t)
    a1 = f("applied", "applications", 1964, "надійшло 1 964 заяви щодо призначення державних соціальних допомог і компенсацій",
           label="призначення державних соціальних допомог і компенсацій")
    a2 = f("applied", "applications", 73, "73 заяви про надання соціальних послуг", label="надання соціальних послуг")
    na = f("needs_assessed", "persons", 68, "проведено оцінку потреб 68 осіб", parent=a2)
    ap = f("served", "persons", 61, "61 особі послуги призначено", alt=["registered_new"], parent=na,
           label="послуги призначено")
    av = f("aid_value", "uah", 1070000, "на загальну суму 1,07 млн грн", label="гуманітарна допомога міжнародних партнерів")
    sp = f("staff_positions", "positions", 18, "Штатна чисельність управління – 18 посад")
    sa = f("staff_actual", "staff", 15, "фактично працює 15 працівників")
    kekv_lab = {r[0]: r[1] for r in ROWS[1:-1]}
    tq = "Разом\t" + "\t".join(ROWS[-1][2:])
    TA = f("budget_approved", "uah", money(ROWS[-1][2]), tq, label="КПКВК 0813104, II квартал, Разом")
    TS = f("budget_spent", "uah", money(ROWS[-1][3]), tq, label="КПКВК 0813104, II квартал, Разом")
    TE = f("budget_savings", "uah", money(ROWS[-1][4]), tq, label="КПКВК 0813104, II квартал, Разом")
    ra, rs, re = {}, {}, {}
    for row in ROWS[1:-1]:
        k = row[0]
        q = "\t".join(row)
        ra[k] = f("budget_approved", "uah", money(row[2]), q, kekv=k, label=kekv_lab[k], parent=TA, group="approved_by_kekv")
        rs[k] = f("budget_spent", "uah", money(row[3]), q, kekv=k, label=kekv_lab[k], parent=TS, group="spent_by_kekv")
        re[k] = f("budget_savings", "uah", money(row[4]), q, kekv=k, label=kekv_lab[k], parent=TE, group="savings_by_kekv")
    K = [r[0] for r in ROWS[1:-1]]
    g.slip("table_arithmetic", "error", "\t".join(ROWS[3]), 16863.5, 16683.5, [ra["2210"], rs["2210"], re["2210"], TE],
           "економія = затверджено − видатки: 58 000,00 − 41 316,50 = 16 683,50, the row says 16 863,50 (digits swapped); "
           "with it the Економія column sums to 69 710,99, not its Разом 69 530,99 (which is right: 2 372 164,00 − 2 302 633,01)",
           f"near({ra['2210']} - {rs['2210']}, {re['2210']}) and near({' + '.join(re[k] for k in K)}, {TE})")
    g.check("table_arithmetic", tq, "approved column 1 846 200 + 406 164 + 58 000 + 37 500 + 24 300 = 2 372 164,00",
            f"near({' + '.join(ra[k] for k in K)}, {TA})")
    g.check("table_arithmetic", tq, "spent column sums to 2 302 633,01", f"near({' + '.join(rs[k] for k in K)}, {TS})")
    g.check("table_arithmetic", tq, "Разом: 2 372 164,00 − 2 302 633,01 = 69 530,99", f"near({TA} - {TS}, {TE})")
    g.check("table_arithmetic", "\t".join(ROWS[1]), "economy = approved − spent holds in the rows 2111, 2120, 2240, 2273",
            " and ".join(f"near({ra[k]} - {rs[k]}, {re[k]})" for k in K if k != "2210"))
    g.check("parts_sum", "соціальні послуги в громаді отримують 1 128 осіб", "247 + 12 + 38 + 54 + 302 + 475 = 1 128",
            " + ".join(parts) + f" == {t}")
    g.check("percent_mismatch", "Серед отримувачів 389 осіб (34,5 %)", "389 / 1 128 = 34,49 % → 34,5", f"pct_ok(p{vp[1:]}, {vp}, {t}, 1)")
    g.check("parts_sum", "61 особі послуги призначено, у 7 випадках відмовлено", "61 + 7 refusals = 68 ≤ 73",
            f"{ap} + 7 == {na} and {na} <= {a2}")
    g.check("parts_sum", "фактично працює 15 працівників", "15 ≤ 18", f"{sa} <= {sp}")

    g.skip("64701, Харківська обл., Ізюмський р-н, м. Барвінкове, вул. Соборна, 5, тел. (05757) 0-43-12",
           [64701, 5, 5757, 4312], "postcode, address, phone")
    g.skip("вих. № 01-19/1142 від 08.07.2024", [1, 19, 1142, 8, 7, 2024], "outgoing number and date")
    g.skip("Громада об’єднує 55 населених пунктів, у яких проживає близько 16,2 тис. осіб, у тому числі 3,9 тис.",
           [55, 16200, 3900], "settlements, population, IDP population")
    g.skip("в 30-кілометровій зоні", [30], "distance")
    g.skip("(у I кварталі 2024 року – 1 096, тобто на 32 особи більше)", [1, 2024, 1096, 32], "previous quarter's figure and difference")
    g.skip("у 7 випадках відмовлено", [7], "refusals (no §3 id; literal in a check)")
    g.skip("видано 1 340 продуктових і 260 гігієнічних наборів", [1340, 260], "items handed out")
    g.skip("(КПКВК 0813104) у II кварталі 2024 року", [813104, 2, 2024], "programme classification code and period")
    g.skip("2111\tЗаробітна плата", [2111, 2120, 2210, 2240, 2273], "KEKV codes (carried as kekv, not values)")
    g.skip("Станом на 30.06.2024", [30, 6, 2024], "date")
    g.skip("Економія по КЕКВ 2111 та 2120", [2111, 2120], "KEKV codes in prose")
    g.skip("утворилася через 2 вакантні посади соціальних робітників", [2], "vacancies")
    g.skip("Вартість години догляду вдома з 01.04.2024 становить 71,20 грн.", [1, 4, 2024, 71.2], "tariff and date")
    g.skip("У III кварталі 2024 року передбачається відкрити мобільну бригаду для обслуговування 9 віддалених сіл.",
           [3, 2024, 9], "plan")
    g.note("the note is written by the УСЗН about the whole hromada; the УСЗН is the centre (centre_type uszn)")
    g.note("1 128 is a point-in-time count («станом на 30.06.2024 … отримують») → served with a label")
    g.note("the budget table is in hryvnias with kopecks; values are stored as written (floats where kopecks are not 00)")
    g.note("«61 особі послуги призначено» → served (alt registered_new)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
