"""b38_03: КУ «ЦНСП» Монастириської міської ради, report for 9 months of 2025 (PDF, third person, two tables)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path  # noqa: E402

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "b38_03_monastyryska_cnsp_9m2025.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"


def fonts():
    pdfmetrics.registerFont(TTFont("DVSerif", DV + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerif-B", DV + "DejaVuSerif-Bold.ttf"))


HEAD = ("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» МОНАСТИРИСЬКОЇ МІСЬКОЇ РАДИ<br/>"
        "код ЄДРПОУ 43872106, 48301, м. Монастириська, вул. Галицька, 5, тел. (03555) 0-32-18")
TITLE = "ЗВІТ<br/>про діяльність Центру за 9 місяців 2025 року"
P1 = [
    "Центр діє відповідно до Положення, затвердженого рішенням Монастириської міської ради від 26.01.2021 № 84, "
    "і надає послуги мешканцям 34 населених пунктів громади.",
    "За січень – вересень 2025 року до Центру звернулися 527 мешканців громади, у тому числі 118 внутрішньо "
    "переміщених осіб. За результатами розгляду звернень прийнято 489 рішень про надання соціальних послуг, "
    "у 6 випадках відмовлено, 32 звернення перебувають на розгляді.",
    "Соціальні послуги отримали 503 особи. Розподіл отримувачів та обсяг наданих послуг за видами наведено "
    "в таблиці 1.",
]
T1 = [
    ["Соціальна послуга", "Отримувачів, осіб", "Надано послуг, од."],
    ["Консультування", "214", "402"],
    ["Інформування", "97", "97"],
    ["Догляд вдома", "82", "6 140"],
    ["Денний догляд", "23", "1 380"],
    ["Соціальна адаптація", "31", "248"],
    ["Натуральна допомога", "56", "56"],
    ["Разом", "503", "8 323"],
]
P2 = [
    "Послуга догляду вдома надається тривалістю до 4 годин на день; вартість однієї години послуги для "
    "отримувачів, які сплачують її, становить 104,20 грн.",
    "Крім того, фахівці із соціальної роботи здійснювали соціальний супровід 19 сімей, у яких виховується "
    "41 дитина. Сімом сім’ям супровід завершено, з них 5 – з позитивним результатом, 2 – у зв’язку зі зміною "
    "місця проживання.",
    "Кадрове забезпечення. Штатна чисельність Центру – 24 посади, фактично працюють 22 особи. "
    "Протягом звітного періоду надійшла 1 скарга (щодо графіка відвідування), її розглянуто, факти не "
    "підтвердилися.",
    "Фінансове забезпечення. Виконання кошторису за загальним фондом наведено в таблиці 2.",
]
T2 = [
    ["КЕКВ", "Найменування", "Затверджено на 9 місяців", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "3 412,6", "3 389,0", "23,6"],
    ["2120", "Нарахування на оплату праці", "750,8", "745,6", "5,2"],
    ["2210", "Предмети, матеріали, обладнання", "84,0", "71,3", "12,7"],
    ["2240", "Оплата послуг (крім комунальних)", "46,5", "39,8", "7,6"],
    ["2273", "Оплата електроенергії", "58,2", "49,6", "8,6"],
    ["", "Разом", "4 352,1", "4 295,3", "56,8"],
]
P3 = [
    "Для порівняння: за 9 місяців 2024 року соціальні послуги отримали 468 осіб. У IV кварталі 2025 року "
    "Центр планує запровадити послугу підтриманого проживання для 5 осіб.",
    "Директор                                                  (підпис)",
    "09.10.2025",
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("DVSerif", 8)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 2")
    canvas.restoreState()


def build():
    fonts()
    n = ParagraphStyle("n", fontName="DVSerif", fontSize=10.5, leading=14, spaceAfter=6, firstLineIndent=18)
    c = ParagraphStyle("c", parent=n, alignment=1, firstLineIndent=0, fontName="DVSerif-B")
    small = ParagraphStyle("s", parent=n, fontSize=9, alignment=1, firstLineIndent=0)
    ts = TableStyle([("FONTNAME", (0, 0), (-1, -1), "DVSerif"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                     ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTNAME", (0, -1), (-1, -1), "DVSerif-B")])
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, leftMargin=25 * mm,
                            rightMargin=15 * mm, title="Звіт ЦНСП 9 місяців 2025")
    story = [Paragraph(HEAD, small), Spacer(1, 8), Paragraph(TITLE, c)]
    story += [Paragraph(p, n) for p in P1]
    story += [Paragraph("Таблиця 1", small), Table(T1, style=ts), Spacer(1, 8)]
    story += [Paragraph(p, n) for p in P2]
    story += [Paragraph("Таблиця 2 (тис. грн)", small), Table(T2, style=ts), Spacer(1, 8)]
    story += [Paragraph(p, n) for p in P3]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(NAME,
             {"centre": "Центр надання соціальних послуг Монастириської міської ради", "centre_type": "cnsp",
              "settlement": "Монастириська", "report_kind": "period_report",
              "period_start": "2025-01-01", "period_end": "2025-09-30"},
             {"centre": ["Комунальна установа «Центр надання соціальних послуг» Монастириської міської ради",
                         "КУ «Центр надання соціальних послуг» Монастириської міської ради"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    ap = f("applied", "persons", 527, "до Центру звернулися 527 мешканців громади")
    ai = f("applied", "persons", 118, "у тому числі 118 внутрішньо переміщених осіб",
           category="внутрішньо переміщені особи", parent=ap)
    sv = f("served", "persons", 503, "Соціальні послуги отримали 503 особи.")
    tr = f("served", "persons", 503, "Разом\t503\t8 323", label="Разом (таблиця 1)")
    tp = f("services_provided", "services", 8323, "Разом\t503\t8 323", label="Разом (таблиця 1)")
    rows = [("counselling", 214, 402, "Консультування\t214\t402"),
            ("informing", 97, 97, "Інформування\t97\t97"),
            ("home_care", 82, 6140, "Догляд вдома\t82\t6 140"),
            ("day_care", 23, 1380, "Денний догляд\t23\t1 380"),
            ("social_adaptation", 31, 248, "Соціальна адаптація\t31\t248"),
            ("natural_aid", 56, 56, "Натуральна допомога\t56\t56")]
    rs, rp = [], []
    for svc, a, b, q in rows:
        rs.append(f("served", "persons", a, q, service=svc, group="t1_served", parent=tr))
        rp.append(f("services_provided", "services", b, q, service=svc, group="t1_services", parent=tp))
    ss = f("served", "families", 19, "здійснювали соціальний супровід 19 сімей", service="social_support_sjo")
    f("served", "children", 41, "41 дитина", service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 7, "Сімом сім'ям супровід завершено", service="social_support_sjo",
           parent=ss, note="the number is written as a word («Сімом»)")
    sp = f("outcome_positive", "families", 5, "з них 5 – з позитивним результатом", service="social_support_sjo",
           group="completed7", parent=sc)
    so = f("outcome_other", "families", 2, "2 – у зв'язку зі зміною", service="social_support_sjo",
           label="зміна місця проживання", group="completed7", parent=sc)
    pp = f("staff_positions", "positions", 24, "Штатна чисельність Центру – 24 посади")
    sa = f("staff_actual", "staff", 22, "фактично працюють 22 особи")
    f("complaints", "complaints", 1, "надійшла 1 скарга")
    # budget table
    b = [("2111", "Заробітна плата", 3412600, 3389000, 23600, "2111\tЗаробітна плата\t3 412,6\t3 389,0\t23,6"),
         ("2120", "Нарахування на оплату праці", 750800, 745600, 5200,
          "2120\tНарахування на оплату праці\t750,8\t745,6\t5,2"),
         ("2210", "Предмети, матеріали, обладнання", 84000, 71300, 12700,
          "2210\tПредмети, матеріали, обладнання\t84,0\t71,3\t12,7"),
         ("2240", "Оплата послуг (крім комунальних)", 46500, 39800, 7600,
          "2240\tОплата послуг (крім комунальних)\t46,5\t39,8\t7,6"),
         ("2273", "Оплата електроенергії", 58200, 49600, 8600, "2273\tОплата електроенергії\t58,2\t49,6\t8,6")]
    tq = "Разом\t4 352,1\t4 295,3\t56,8"
    TA = f("budget_approved", "uah", 4352100, tq, label="Разом, загальний фонд, на 9 місяців")
    TS = f("budget_spent", "uah", 4295300, tq, label="Разом, загальний фонд")
    TE = f("budget_savings", "uah", 56800, tq, label="Разом, загальний фонд")
    ba, bs, be = [], [], []
    for k, lab, a, s, e, q in b:
        ba.append(f("budget_approved", "uah", a, q, kekv=k, label=lab + ", на 9 місяців", group="t2_approved",
                    parent=TA))
        bs.append(f("budget_spent", "uah", s, q, kekv=k, label=lab, group="t2_spent", parent=TS))
        be.append(f("budget_savings", "uah", e, q, kekv=k, label=lab, group="t2_savings", parent=TE))

    row2240 = "2240\tОплата послуг (крім комунальних)\t46,5\t39,8\t7,6"
    g.slip("table_arithmetic", "error", row2240, 7600, 6700, [ba[3], bs[3], be[3]],
           "КЕКВ 2240: економія should be 46,5 − 39,8 = 6,7 тис. грн; the row says 7,6 (digits swapped)",
           f"f{n(ba[3])} - f{n(bs[3])} == f{n(be[3])}", slip=1)
    g.slip("table_arithmetic", "error", tq, 57700, 56800, be + [TE],
           "the Економія column sums to 23,6 + 5,2 + 12,7 + 7,6 + 8,6 = 57,7 тис. грн, but Разом says 56,8 "
           "(which is 4 352,1 − 4 295,3). Same slip as the 2240 row.",
           " + ".join(f"f{n(i)}" for i in be) + f" == f{n(TE)}", slip=1)
    g.check("table_arithmetic", "Разом\t503\t8 323", "214 + 97 + 82 + 23 + 31 + 56 = 503",
            " + ".join(f"f{n(i)}" for i in rs) + f" == f{n(tr)}")
    g.check("table_arithmetic", "Разом\t503\t8 323", "402 + 97 + 6 140 + 1 380 + 248 + 56 = 8 323",
            " + ".join(f"f{n(i)}" for i in rp) + f" == f{n(tp)}")
    g.check("internal_conflict", "Соціальні послуги отримали 503 особи.", "prose 503 = table 1 total 503",
            f"f{n(sv)} == f{n(tr)}")
    g.check("parts_sum", "у тому числі 118 внутрішньо переміщених осіб", "118 ≤ 527; 503 served ≤ 527 applied",
            f"f{n(ai)} <= f{n(ap)} and f{n(sv)} <= f{n(ap)}")
    g.check("parts_sum", "з них 5 – з позитивним результатом", "5 + 2 = 7 ≤ 19",
            f"f{n(sp)} + f{n(so)} == f{n(sc)} and f{n(sc)} <= f{n(ss)}")
    g.check("parts_sum", "фактично працюють 22 особи", "22 ≤ 24", f"f{n(sa)} <= f{n(pp)}")
    g.check("table_arithmetic", tq, "approved column: 3 412,6 + 750,8 + 84,0 + 46,5 + 58,2 = 4 352,1",
            " + ".join(f"f{n(i)}" for i in ba) + f" == f{n(TA)}")
    g.check("table_arithmetic", tq, "spent column: 3 389,0 + 745,6 + 71,3 + 39,8 + 49,6 = 4 295,3",
            " + ".join(f"f{n(i)}" for i in bs) + f" == f{n(TS)}")
    g.check("table_arithmetic", tq, "total row: 4 352,1 − 4 295,3 = 56,8",
            f"f{n(TA)} - f{n(TS)} == f{n(TE)}")
    for i in (0, 1, 2, 4):
        g.check("table_arithmetic", b[i][5], f"КЕКВ {b[i][0]}: економія = затверджено − видатки",
                f"f{n(ba[i])} - f{n(bs[i])} == f{n(be[i])}")
    g.check("parts_sum", "прийнято 489 рішень про надання соціальних послуг",
            "489 decisions + 6 refusals + 32 pending = 527 applied (literals: decisions have no §3 id)",
            f"489 + 6 + 32 == f{n(ap)}")

    g.skip("код ЄДРПОУ 43872106, 48301, м. Монастириська, вул. Галицька, 5, тел. (03555) 0-32-18",
           [43872106, 48301, 5, 3555, 3218], "ЄДРПОУ, postcode, address, phone")
    g.skip("про діяльність Центру за 9 місяців 2025 року", [9, 2025], "period in the title")
    g.skip("рішенням Монастириської міської ради від 26.01.2021 № 84", [26, 1, 2021, 84], "decision date and number")
    g.skip("мешканцям 34 населених пунктів громади", [34], "settlement count")
    g.skip("прийнято 489 рішень про надання соціальних послуг, у 6 випадках відмовлено, 32 звернення перебувають на розгляді",
           [489, 6, 32], "decisions, refusals, pending applications (no §3 id); used as literals in a check")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("тривалістю до 4 годин на день", [4], "duration")
    g.skip("становить 104,20 грн", [104.2], "tariff")
    g.skip("Таблиця 2 (тис. грн)", [2], "table number")
    g.skip("Для порівняння: за 9 місяців 2024 року соціальні послуги отримали 468 осіб.", [9, 2024, 468],
           "prior-year figure")
    g.skip("У IV кварталі 2025 року Центр планує запровадити послугу підтриманого проживання для 5 осіб.",
           [4, 2025, 5], "plan")
    g.skip("09.10.2025", [9, 10, 2025], "date")
    g.skip("Сторінка 1 з 2", [1, 2], "page footer")
    g.skip("Сторінка 2 з 2", [2, 2], "page footer")
    g.skip("Затверджено на 9 місяців", [9], "column header: period length")
    g.skip("За січень – вересень 2025 року", [2025], "year")
    g.note("budget table in тис. грн stored in hryvnias; every cell a fact quoted by its row, with kekv; rows hang "
           "on the Разом cell of the same column")
    g.note("one planted slip (7,6 for 6,7 in the 2240 row) recorded as two table_arithmetic findings sharing the slip id")
    g.note("«Сімом сім'ям супровід завершено» → support_completed 7 written in a word")
    g.write()


if __name__ == "__main__":
    build()
    gold()
