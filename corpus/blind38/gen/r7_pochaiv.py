"""b38_07: ЦСС Почаївської міської ради, reply letter with Q1 2025 figures, signed with КЕП (PDF).

Less common style: a reply letter (letterhead, outgoing number, addressee, «На Ваш лист від … №…»), the figures
in its body and a small table, and the signature stamp that the document system puts at the end: certificate
serial number, validity, issuer, registration number, document ID and hash – numbers that are no figures.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path  # noqa: E402

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether  # noqa: E402

NAME = "b38_07_pochaiv_css_letter_q1_2025.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

LETTERHEAD = ("ПОЧАЇВСЬКА МІСЬКА РАДА<br/>ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ<br/>"
              "47025, Тернопільська обл., Кременецький р-н, м. Почаїв, вул. Возз’єднання, 16, "
              "тел. (03546) 0-61-35, e-mail: css.pochaiv@example.ua, код ЄДРПОУ 44102783")
OUT = "07.04.2025 № 01-07/63"
ADDR = ("Тернопільський обласний центр соціальних служб<br/>"
        "46001, м. Тернопіль, вул. Сагайдачного, 2")
BODY = [
    "Про надання інформації за I квартал 2025 року",
    "На Ваш лист від 28.03.2025 № 02-11/412 Центр соціальних служб Почаївської міської ради повідомляє про "
    "результати роботи за I квартал 2025 року.",
    "1. До Центру надійшло 58 повідомлень щодо сімей, які можуть перебувати у складних життєвих обставинах "
    "(у I кварталі 2024 року – 49).",
    "2. Проведено оцінювання потреб 44 сімей, за результатами якого у 31 сім’ї визначено складні життєві "
    "обставини.",
    "3. Соціальні послуги надано 296 сім’ям/особам, з них внутрішньо переміщеним особам – 67. Розподіл за видами "
    "послуг наведено в таблиці.",
]
TABLE = [
    ["№", "Вид соціальної послуги", "Отримувачі, сімей/осіб", "з них ВПО"],
    ["1", "Інформування", "103", "21"],
    ["2", "Консультування", "118", "34"],
    ["3", "Соціальний супровід сімей (осіб) у СЖО", "27", "6"],
    ["4", "Екстрене (кризове) втручання", "9", "4"],
    ["5", "Представництво інтересів", "14", "2"],
    ["6", "Соціальна профілактика", "25", "0"],
    ["", "Разом", "296", "69"],
]
BODY2 = [
    "4. Під соціальним супроводом перебувало 27 сімей, у яких виховуються 58 дітей; з них 8 сімей взято під "
    "супровід у звітному кварталі. Завершено супровід 5 сімей: у 3 сім’ях складні життєві обставини подолано, "
    "у 2 – мінімізовано.",
    "5. Проведено 11 групових заходів, якими охоплено 164 особи.",
    "6. Штатна чисельність Центру – 8 посад, фактично працює 7 осіб, вакантна 1 посада фахівця із соціальної "
    "роботи. Скарг на роботу Центру не надходило.",
    "Додаток: на 1 арк. в 1 прим.",
    "Директор Центру соціальних служб",
]
STAMP = [
    "Документ підписано КЕП",
    "Підписувач: Директор Центру соціальних служб Почаївської міської ради",
    "Сертифікат: 58E2D9E7F900307B04000000A1C3050047B81F00",
    "Дійсний з 14.02.2024 10:21:33 по 13.02.2026 23:59:59",
    "Видавець: КНЕДП ДПС; код ЄДРПОУ видавця 43995021",
    "Час підпису: 07.04.2025 16:44:08 (UTC+03:00)",
    "Реєстраційний № 63/01-07 від 07.04.2025",
    "ID документа: 4f1c2a9e-77b0-4d31-9b2e-05c8a6d1f3e2",
    "Геш (SHA-256): 9C3E51A0D7B2846F0E1D5C99A27B3F4460E8C1D2B7A95F30C4E6D1288B0A7F53",
]


def build():
    pdfmetrics.registerFont(TTFont("DVSans", DV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVSans-B", DV + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVMono", DV + "DejaVuSansMono.ttf"))
    base = ParagraphStyle("b", fontName="DVSans", fontSize=10, leading=13.5, spaceAfter=5)
    head = ParagraphStyle("h", parent=base, fontName="DVSans-B", alignment=1, fontSize=10)
    right = ParagraphStyle("r", parent=base, leftIndent=90 * mm)
    mono = ParagraphStyle("m", parent=base, fontName="DVMono", fontSize=7.5, leading=9.5, spaceAfter=0)
    ital = ParagraphStyle("i", parent=base, fontName="DVSans-B")
    doc = SimpleDocTemplate(report_path(NAME), pagesize=A4, invariant=1, topMargin=15 * mm,
                            title="Лист 01-07/63")
    story = [Paragraph(LETTERHEAD, head), Spacer(1, 6),
             Paragraph(OUT, base), Paragraph(ADDR, right), Spacer(1, 6),
             Paragraph(BODY[0], ital)]
    story += [Paragraph(p.replace("’", "’"), base) for p in BODY[1:]]
    ts = TableStyle([("FONTNAME", (0, 0), (-1, -1), "DVSans"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                     ("GRID", (0, 0), (-1, -1), 0.4, "black")])
    story += [Table(TABLE, style=ts), Spacer(1, 8)]
    story += [Paragraph(p, base) for p in BODY2]
    box = Table([[Paragraph(s, mono)] for s in STAMP],
                style=TableStyle([("BOX", (0, 0), (-1, -1), 0.8, "blue")]), colWidths=[120 * mm])
    story += [Spacer(1, 10), KeepTogether(box)]
    def stamp(canvas, d):
        canvas.saveState()
        canvas.setFont("DVSans", 7)
        canvas.drawString(20 * mm, 10 * mm, "Документ сформовано в системі електронного документообігу. "
                          f"Реєстр. № 63/01-07 від 07.04.2025. Арк. {d.page} з 2")
        canvas.restoreState()
    doc.build(story, onFirstPage=stamp, onLaterPages=stamp)


def gold():
    g = Gold(NAME,
             {"centre": "Центр соціальних служб Почаївської міської ради", "centre_type": "css",
              "settlement": "Почаїв", "oblast": "Тернопільська", "report_kind": "period_report",
              "period_start": "2025-01-01", "period_end": "2025-03-31"},
             {"report_kind": ["other"]})
    f = g.f
    n = lambda x: x[1:]  # noqa: E731
    f("notified", "families", 58, "До Центру надійшло 58 повідомлень щодо сімей")
    na = f("needs_assessed", "families", 44, "Проведено оцінювання потреб 44 сімей")
    dc = f("in_difficult_circumstances", "families", 31, "у 31 сім'ї визначено складні життєві", parent=na)
    sv = f("served", "families_persons", 296, "Соціальні послуги надано 296 сім'ям/особам")
    si = f("served", "families_persons", 67, "з них внутрішньо переміщеним особам – 67",
           category="внутрішньо переміщені особи", parent=sv)
    TT = f("served", "families_persons", 296, "Разом\t296\t69", label="Разом (таблиця)")
    TI = f("served", "families_persons", 69, "Разом\t296\t69", label="Разом (таблиця), з них ВПО",
           category="внутрішньо переміщені особи", parent=TT)
    rows = [("informing", 103, 21, "1\tІнформування\t103\t21"),
            ("counselling", 118, 34, "2\tКонсультування\t118\t34"),
            ("social_support_sjo", 27, 6, "3\tСоціальний супровід сімей (осіб) у СЖО\t27\t6"),
            ("crisis_intervention", 9, 4, "4\tЕкстрене (кризове) втручання\t9\t4"),
            ("representation", 14, 2, "5\tПредставництво інтересів\t14\t2"),
            ("social_prevention", 25, 0, "6\tСоціальна профілактика\t25\t0")]
    ra, ri = [], []
    for svc, a, b, q in rows:
        r_ = f("served", "families_persons", a, q, service=svc, group="t_served", parent=TT)
        ra.append(r_)
        ri.append(f("served", "families_persons", b, q, service=svc, category="внутрішньо переміщені особи",
                    group="t_idp", parent=TI))
    ss = f("served", "families", 27, "Під соціальним супроводом перебувало 27 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    f("served", "children", 58, "у яких виховуються 58 дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent=ss)
    s8 = f("support_started", "families", 8, "з них 8 сімей взято під супровід у звітному кварталі",
           service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 5, "Завершено супровід 5 сімей", service="social_support_sjo",
           parent=ss)
    o1 = f("outcome_positive", "families", 3, "у 3 сім'ях складні життєві обставини подолано",
           service="social_support_sjo", group="completed5", parent=sc)
    o2 = f("outcome_minimized", "families", 2, "у 2 – мінімізовано", service="social_support_sjo",
           group="completed5", parent=sc)
    ev = f("events", "events", 11, "Проведено 11 групових заходів")
    f("event_participants", "persons", 164, "якими охоплено 164 особи", parent=ev)
    pp = f("staff_positions", "positions", 8, "Штатна чисельність Центру – 8 посад")
    sa = f("staff_actual", "staff", 7, "фактично працює 7 осіб")
    f("complaints", "complaints", 0, "Скарг на роботу Центру не надходило.")

    g.slip("table_arithmetic", "error", "Разом\t296\t69", 69, 67, ri + [TI],
           "the «з них ВПО» column sums to 21 + 34 + 6 + 4 + 2 + 0 = 67, but Разом says 69; the letter's text "
           "says 67 too", " + ".join(f"f{n(i)}" for i in ri) + f" == f{n(TI)}", slip=1)
    g.check("table_arithmetic", "Разом\t296\t69", "103 + 118 + 27 + 9 + 14 + 25 = 296",
            " + ".join(f"f{n(i)}" for i in ra) + f" == f{n(TT)}")
    g.check("internal_conflict", "Соціальні послуги надано 296 сім'ям/особам", "text 296 = table total 296; "
            "text 27 under support = table row 3",
            f"f{n(sv)} == f{n(TT)} and f{n(ss)} == f{n(ra[2])}")
    g.check("parts_sum", "у 31 сім'ї визначено складні життєві", "31 ≤ 44", f"f{n(dc)} <= f{n(na)}")
    g.check("parts_sum", "Завершено супровід 5 сімей", "3 + 2 = 5; 8 new and 5 completed ≤ 27",
            f"f{n(o1)} + f{n(o2)} == f{n(sc)} and f{n(s8)} <= f{n(ss)} and f{n(sc)} <= f{n(ss)}")
    g.check("parts_sum", "фактично працює 7 осіб, вакантна 1 посада", "8 positions − 7 staff = 1 vacancy (literal)",
            f"f{n(pp)} - f{n(sa)} == 1")
    g.check("parts_sum", "з них внутрішньо переміщеним особам – 67", "each IDP cell ≤ its row",
            " and ".join(f"f{n(b)} <= f{n(a)}" for a, b in zip(ra, ri)))

    g.skip("47025, Тернопільська обл., Кременецький р-н, м. Почаїв, вул.", [47025], "postcode")
    g.skip("Возз'єднання, 16, тел. (03546) 0-61-35", [16, 3546, 6135], "address, phone")
    g.skip("код ЄДРПОУ 44102783", [44102783], "ЄДРПОУ")
    g.skip("07.04.2025 № 01-07/63", [7, 4, 2025, 1, 7, 63], "outgoing date and number")
    g.skip("46001, м. Тернопіль, вул.", [46001], "addressee's postcode and address")
    g.skip("Про надання інформації за I квартал 2025 року", [1, 2025], "subject line: period")
    g.skip("На Ваш лист від 28.03.2025 № 02-11/412", [28, 3, 2025, 2, 11, 412], "incoming letter date and number")
    g.skip("(у I кварталі 2024 року – 49)", [1, 2024, 49], "prior-year figure")
    g.skip("1. До Центру надійшло", [1, 2, 3, 4, 5, 6], "paragraph numbers")
    g.skip("№\tВид соціальної послуги", [1, 2, 3, 4, 5, 6], "row numbers of the table")
    g.skip("вакантна 1 посада фахівця із соціальної роботи", [1], "vacancy (no §3 id); literal in a check")
    g.skip("Додаток: на 1 арк. в 1 прим.", [1, 1], "enclosure: sheets and copies")
    g.skip("Сертифікат: 58E2D9E7F900307B04000000A1C3050047B81F00", [], "certificate serial number (hex)")
    g.skip("Дійсний з 14.02.2024 10:21:33 по 13.02.2026 23:59:59", [14, 2, 2024, 10, 21, 33, 13, 2, 2026, 23, 59, 59],
           "certificate validity dates and times")
    g.skip("Видавець: КНЕДП ДПС; код ЄДРПОУ видавця 43995021", [43995021], "issuer and its code")
    g.skip("Час підпису: 07.04.2025 16:44:08 (UTC+03:00)", [7, 4, 2025, 16, 44, 8, 3], "signing time and zone")
    g.skip("Реєстраційний № 63/01-07 від 07.04.2025", [63, 1, 7, 7, 4, 2025], "registration number and date")
    g.skip("ID документа: 4f1c2a9e-77b0-4d31-9b2e-05c8a6d1f3e2", [], "document ID (UUID)")
    g.skip("Сагайдачного, 2", [2], "addressee's address")
    g.skip("Геш (SHA-256):", [256], "hash algorithm")
    g.skip("9C3E51A0D7B2846F0E1D5C99A27B3F4460E8C1D2B7A95F30C4E6D1288B0A7F53", [], "document hash (hex)")
    g.skip("Реєстр. № 63/01-07 від 07.04.2025. Арк. 1 з 2", [63, 1, 7, 7, 4, 2025, 1, 2], "per-page stamp of the document system")
    g.skip("Реєстр. № 63/01-07 від 07.04.2025. Арк. 2 з 2", [63, 1, 7, 7, 4, 2025, 2, 2], "per-page stamp of the document system")
    g.note("a reply letter: report_kind period_report (a quarter's figures), meta_alt other (a letter)")
    g.note("«Соціальні послуги надано 296 сім'ям/особам, з них ВПО – 67» and the table total (296 / 69) are facts "
           "twice; the IDP column's total 69 disagrees with its cells (67) and with the text (67): one slip")
    g.note("the КЕП stamp (certificate, validity, issuer, times, registration number, ID, hash) holds no facts")
    g.write()


if __name__ == "__main__":
    build()
    gold()
