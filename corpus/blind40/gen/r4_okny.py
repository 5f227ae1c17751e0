"""b40_04: КУ «ЦНСП» Окнянської селищної ради (Одеська), internal quality assessment of home care in 2023.
reportlab PDF (DejaVu Serif), first person plural, a criteria table with the document's own bands, page footer."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b40_04_okny_cnsp_internal2023.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Окнянської селищної ради Одеської області",
    "67900, Одеська обл., смт Окни, вул. Миру, 118; тел. (04861) 0-14-92; код ЄДРПОУ 43902265",
]
TITLE = "ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2023 році"
P = [
    "1. Відповідно до наказу директора від 06.11.2023 № 47-од ми провели внутрішню оцінку якості соціальної послуги догляду вдома за період з 01.01.2023 по 31.12.2023. До складу робочої групи увійшло 5 працівників Центру.",
    "2. Протягом 2023 року послугу догляду вдома отримували 74 особи, з них 52 жінки і 22 чоловіки. Середній вік отримувачів – 78 років, найстаршій отримувачці – 96 років.",
    "На обслуговування взято 15 осіб, знято з обслуговування 13 осіб (у зв'язку зі смертю – 8, переїздом до родичів – 3, влаштуванням до геріатричного пансіонату – 2).",
    "3. Послугу надають 17 соціальних робітників при 19 штатних посадах; кожен обслуговує від 3 до 6 отримувачів у 23 населених пунктах громади.",
    "4. Ми вивчили 74 особові справи, провели 12 спостережень за наданням послуги та анкетування. У листопаді 2023 року анкети заповнили 60 отримувачів (81,1 % від загальної кількості).",
    "5. Рівень якості за кожним критерієм визначали за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно».",
]
TCAP = "Таблиця 1. Результати оцінки за критеріями"
THEAD = ["Критерій", "Частка позитивних відповідей, %", "Рівень якості"]
TROWS = [
    ("Адресність та індивідуальний підхід", "91,7", "добре", "targeting"),
    ("Результативність", "85,0", "добре", "effectiveness"),
    ("Своєчасність", "78,3", "задовільно", "timeliness"),
    ("Доступність та відкритість", "58,3", "задовільно", "accessibility"),
    ("Зручність", "88,3", "добре", "convenience"),
    ("Повага до гідності", "96,7", "добре", "dignity"),
    ("Професійність", "90,0", "добре", "professionalism"),
    ("Загальна оцінка", "84,0", "добре", "overall"),
]
P2 = [
    "6. Найнижчий результат отримано за критерієм доступності: 25 опитаних не знали, куди звертатися у разі незгоди з рішенням Центру. Скарг на якість послуги протягом 2023 року не надходило.",
    "7. Висновок: загальний рівень якості соціальної послуги догляду вдома – «добре».",
    "Рекомендації: 1) до 01.03.2024 розмістити інформацію про порядок оскарження на сайті селищної ради; 2) провести 2 навчання для соціальних робітників у І кварталі 2024 року.",
]
RATING = {"добре": "good", "задовільно": "satisfactory", "незадовільно": "unsatisfactory"}


def footer(canv, doc):
    canv.saveState()
    canv.setFont("DVS", 9)
    canv.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 2")
    canv.restoreState()


def build():
    pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-B", FD + "DejaVuSerif-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DVS", fontSize=11, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
    centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    bold = ParagraphStyle("t", parent=centre, fontName="DVS-B", fontSize=12, spaceBefore=8, spaceAfter=10)
    cell = ParagraphStyle("cell", fontName="DVS", fontSize=10, leading=12)
    story = [Paragraph(h, centre) for h in HEAD]
    story += [Paragraph(TITLE, bold)]
    story += [Paragraph(p, body) for p in P]
    story += [Paragraph(TCAP, body)]
    data = [[Paragraph(h, cell) for h in THEAD]] + [[Paragraph(a, cell), b, c] for a, b, c, _ in TROWS]
    t = Table(data, colWidths=[80 * mm, 50 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVS", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(p, body) for p in P2]
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Звіт про внутрішню оцінку якості", author="ЦНСП Окни")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Окнянської селищної ради",
        "centre_type": "cnsp",
        "settlement": "Окни",
        "oblast": "Одеська",
        "report_kind": "internal_assessment",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Окнянської селищної ради Одеської області",
        "Комунальна установа «Центр надання соціальних послуг» Окнянської селищної ради"]})
    f = g.f
    V = lambda i: "f" + i[1:]
    s = f("served", "persons", 74, "послугу догляду вдома отримували 74 особи", service="home_care")
    w = f("served", "persons", 52, "з них 52 жінки", service="home_care", label="жінки", group="served_74_by_sex",
          parent=s)
    m = f("served", "persons", 22, "22 чоловіки", service="home_care", label="чоловіки", group="served_74_by_sex",
          parent=s)
    f("served", "persons", 15, "На обслуговування взято 15 осіб", service="home_care",
      alt=["registered_new", "support_started"])
    d = f("deregistered", "persons", 13, "знято з обслуговування 13 осіб", service="home_care")
    ds = [f("deregistered", "persons", v, q, service="home_care", label=lab, group="deregistered_13", parent=d)
          for q, v, lab in (("у зв'язку зі смертю – 8", 8, "смерть"), ("переїздом до родичів – 3", 3, "переїзд до родичів"),
                            ("влаштуванням до геріатричного пансіонату – 2", 2, "влаштування до геріатричного пансіонату"))]
    sa = f("staff_actual", "staff", 17, "Послугу надають 17 соціальних робітників", label="соціальні робітники")
    sp = f("staff_positions", "positions", 19, "при 19 штатних посадах")
    sr = f("survey_respondents", "persons", 60, "анкети заповнили 60 отримувачів", percent=81.1)
    shares, ratings = {}, {}
    for name, pct, rat, crit in TROWS:
        q = f"{name}\t{pct}\t{rat}"
        val = float(pct.replace(",", "."))
        val = int(val) if val.is_integer() else val
        shares[crit] = f("share", "percent", val, q, criterion=crit, alt=["satisfaction"],
                         label=f"частка позитивних відповідей: {name}")
        ratings[crit] = f("rating", "rating", RATING[rat], q, criterion=crit)
    f("complaints", "complaints", 0, "Скарг на якість послуги протягом 2023 року не надходило")
    ov2 = f("rating", "rating", "good", "загальний рівень якості соціальної послуги догляду вдома – «добре»",
            criterion="overall", note="the conclusion repeats the table's overall rating: two facts")

    bands = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
    acc = shares["accessibility"]
    g.slip("rating_band", "error", "Доступність та відкритість\t58,3\tзадовільно", "satisfactory", "unsatisfactory",
           [acc, ratings["accessibility"]],
           "58,3 % positive answers is below the document's own 60 % floor for «задовільно» (paragraph 5: менше 60 % – "
           "«незадовільно»), yet the table rates the criterion «задовільно»",
           f"band({V(acc)}, {bands}) == {V(ratings['accessibility'])}")
    others = [c for c in shares if c != "accessibility"]
    g.check("rating_band", "5. Рівень якості за кожним критерієм визначали",
            "every other row's rating matches the bands (78,3 → задовільно; the rest ≥ 80 → добре)",
            "all([" + ", ".join(f"band({V(shares[c])}, {bands}) == {V(ratings[c])}" for c in others) + "])")
    g.check("percent_impossible", "Таблиця 1. Результати оцінки за критеріями",
            "every criterion share is reachable with 60 respondents (55, 51, 47, 35, 53, 58, 54 of 60)",
            "all([" + ", ".join(f"grim_ok({V(shares[c])}, {V(sr)}, 1)" for c in shares if c != "overall") + "])")
    crit7 = [c for c in shares if c != "overall"]
    g.check("table_arithmetic", "Загальна оцінка\t84,0\tдобре",
            "overall 84,0 = mean of the seven criteria (588,3 / 7 = 84,04)",
            f"round(({' + '.join(V(shares[c]) for c in crit7)}) / 7, 1) == {V(shares['overall'])}")
    g.check("percent_mismatch", "анкети заповнили 60 отримувачів (81,1 % від загальної кількості)",
            "60 / 74 = 81,08 % → 81,1", f"pct_ok(p{sr[1:]}, {V(sr)}, {V(s)}, 1)")
    g.check("parts_sum", "з них 52 жінки і 22 чоловіки", "52 + 22 = 74", f"{V(w)} + {V(m)} == {V(s)}")
    g.check("parts_sum", "знято з обслуговування 13 осіб", "8 + 3 + 2 = 13",
            " + ".join(V(i) for i in ds) + f" == {V(d)}")
    g.check("parts_sum", "Послугу надають 17 соціальних робітників", "17 ≤ 19 positions", f"{V(sa)} <= {V(sp)}")
    g.check("internal_conflict", "загальний рівень якості соціальної послуги догляду вдома – «добре»",
            "the conclusion's overall rating equals the table's", f"{V(ov2)} == {V(ratings['overall'])}")

    g.skip("67900, Одеська обл., смт Окни, вул. Миру, 118; тел. (04861) 0-14-92; код ЄДРПОУ 43902265",
           [67900, 118, 4861, 1492, 43902265], "postcode, address, phone, ЄДРПОУ")
    g.skip("наказу директора від 06.11.2023 № 47-од", [6, 11, 2023, 47], "order date and number")
    g.skip("за період з 01.01.2023 по 31.12.2023", [1, 1, 2023, 31, 12, 2023], "assessed period (dates)")
    g.skip("До складу робочої групи увійшло 5 працівників Центру", [5], "working group size")
    g.skip("Середній вік отримувачів – 78 років, найстаршій отримувачці – 96 років", [78, 96], "ages")
    g.skip("кожен обслуговує від 3 до 6 отримувачів у 23 населених пунктах громади", [3, 6, 23],
           "caseload, settlement count")
    g.skip("Ми вивчили 74 особові справи, провели 12 спостережень", [74, 12],
           "case files and observations (method, no §3 id)")
    g.skip("У листопаді 2023 року", [2023], "survey month")
    g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
           "rating bands")
    g.skip("Таблиця 1.", [1], "table number")
    g.skip("25 опитаних не знали, куди звертатися", [25],
           "respondents with a negative answer (no §3 id; 35 + 25 = 60 is consistent with 58,3 %)")
    g.skip("до 01.03.2024 розмістити інформацію", [1, 3, 2024], "recommendation deadline")
    g.skip("провести 2 навчання для соціальних робітників у І кварталі 2024 року", [2, 2024], "2024 plan")
    g.skip("Сторінка 1 з 2", [1, 2], "page footer")
    g.skip("Сторінка 2 з 2", [2, 2], "page footer")
    g.skip("1. Відповідно до наказу", [1, 2, 3, 4, 5, 6, 7], "paragraph numbers")

    g.note("criteria table: each row gives a share (share with criterion, alt satisfaction) and a rating; the "
           "«Загальна оцінка» row gives share and rating with criterion overall; the conclusion repeats the overall "
           "rating (two facts)")
    g.note("«анкети заповнили 60 отримувачів (81,1 % від загальної кількості)» → survey_respondents with percent")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → "
           "deregistered with reasons as labelled parts")
    g.note("17 соціальних робітників → staff_actual with a label")
    g.write()


if __name__ == "__main__":
    build()
    gold()
