"""b34_04: КУ «ЦНСП» Ходорівської міської ради (Львівська), internal quality assessment of home
care provided in 2024. reportlab PDF (DejaVu fonts), first person plural, criteria table with
the document's own rating bands."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import Gold, report_path

DOC = "b34_04_khodoriv_cnsp_internal2024.pdf"
DV = "/usr/share/fonts/truetype/dejavu/"

CRIT = [  # criterion id, name, percent, rating word
    ("targeting", "Адресність та індивідуальний підхід", "92,2", "добре"),
    ("effectiveness", "Результативність", "85,9", "добре"),
    ("timeliness", "Своєчасність", "78,1", "добре"),
    ("accessibility", "Доступність та відкритість", "96,9", "добре"),
    ("convenience", "Зручність", "82,8", "добре"),
    ("dignity", "Повага до гідності отримувача", "100", "добре"),
    ("professionalism", "Професійність", "89,1", "добре"),
]


def build(path):
    pdfmetrics.registerFont(TTFont("DVS", DV + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVS-B", DV + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSans", DV + "DejaVuSans.ttf"))
    body = ParagraphStyle("b", fontName="DVS", fontSize=10.5, leading=14, firstLineIndent=20,
                          spaceAfter=5)
    head = ParagraphStyle("h", parent=body, fontName="DVS-B", alignment=1, firstLineIndent=0)
    cell = ParagraphStyle("c", fontName="DVSans", fontSize=9, leading=11)

    def P(t):
        return Paragraph(t, body)

    story = [
        Paragraph("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»<br/>"
                  "ХОДОРІВСЬКОЇ МІСЬКОЇ РАДИ", head),
        Paragraph("81200, Львівська обл., Стрийський р-н, м. Ходорів, вул. Грушевського, 9; "
                  "тел. (03239) 0-62-18; ЄДРПОУ 44027651", ParagraphStyle("s", parent=body,
                  fontSize=8.5, alignment=1, firstLineIndent=0)),
        Spacer(1, 8),
        Paragraph("ЗВІТ<br/>про результати внутрішньої оцінки якості соціальної послуги догляду "
                  "вдома, наданої у 2024 році", head),
        Spacer(1, 6),
        P("Внутрішню оцінку якості ми провели відповідно до наказу директора від 28.10.2024 "
          "№ 41-к комісією у складі 5 осіб. Оцінювали послугу, надану протягом 2024 року; "
          "опитування тривало з 4 по 15 листопада 2024 року."),
        P("Протягом року нашу послугу догляду вдома отримували 87 осіб, з них 23 особи з інвалідністю "
          "I групи. Одинадцять соціальних робітників надали їм 6 412 соціальних послуг; у "
          "середньому на одного робітника припадає 8 отримувачів. Вартість однієї години "
          "догляду для платних отримувачів у 2024 році становила 74,20 грн."),
        P("Ми опитали 64 отримувачі послуги: 49 – особисто під час відвідування вдома, 15 – "
          "телефоном (ще 9 осіб відмовилися від участі, з рештою не вдалося зв'язатися через "
          "стан здоров'я). Опрацьовано також 30 особових справ і 12 індивідуальних планів."),
        P("Рівень дотримання кожного критерію ми визначали як частку позитивних відповідей і "
          "оцінювали так: 81–100 % – «добре», 61–80 % – «задовільно», 60 % і менше – "
          "«незадовільно». Результати наведено в таблиці 2."),
        Paragraph("Таблиця 2. Результати оцінки за критеріями", ParagraphStyle("t", parent=body,
                  firstLineIndent=0, fontName="DVS-B")),
    ]
    data = [[Paragraph(x, cell) for x in ("№", "Критерій", "Позитивних відповідей, %", "Оцінка")]]
    for i, (_, name, pct, r) in enumerate(CRIT, 1):
        data.append([Paragraph(str(i), cell), Paragraph(name, cell), Paragraph(pct, cell),
                     Paragraph(r, cell)])
    data.append([Paragraph("", cell), Paragraph("Загальна оцінка", cell), Paragraph("–", cell),
                 Paragraph("добре", cell)])
    t = Table(data, colWidths=[1 * cm, 8 * cm, 4 * cm, 3 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8),
              P("Загалом якістю послуги задоволені 93,8 % опитаних. Частка отримувачів, у яких "
                "за рік стан стабілізувався або поліпшився, становить 71,9 %."),
              P("Протягом 2024 року надійшла одна скарга (щодо несвоєчасного прибирання "
                "помешкання); її розглянуто, соціального робітника замінено. Випадків порушення "
                "конфіденційності не виявлено."),
              P("Найнижчий результат має своєчасність: отримувачі скаржаться, що взимку "
                "робітники запізнюються. Тому ми маємо намір до 01.04.2025 переглянути графіки "
                "відвідувань і закупити 2 велосипеди для робітників у старостинських округах."),
              P("Висновок: якість надання соціальної послуги догляду вдома у 2024 році "
                "оцінено на рівні «добре»."),
              P("Звіт затверджено наказом директора від 20.12.2024 № 57."),
              ]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=2.5 * cm,
                            rightMargin=1.5 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title="Звіт внутрішня оцінка 2024", author="ЦНСП")
    doc.build(story)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Ходорівської міської ради",
        "centre_type": "cnsp",
        "settlement": "Ходорів",
        "oblast": "Львівська",
        "report_kind": "internal_assessment",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Ходорівської міської ради",
        "КУ «Центр надання соціальних послуг» Ходорівської міської ради"]})
    f = g.f
    sv = f("served", "persons", 87, "Протягом року нашу послугу догляду вдома отримували 87 осіб",
           service="home_care")
    f("served", "persons", 23, "з них 23 особи з інвалідністю I групи", service="home_care",
      category="особи з інвалідністю I групи", parent=sv)
    f("staff_actual", "staff", 11, "Одинадцять соціальних робітників",
      label="соціальні робітники", note="number written in words")
    f("services_provided", "services", 6412, "надали їм 6 412 соціальних послуг",
      service="home_care")
    rs = f("survey_respondents", "recipients", 64, "Ми опитали 64 отримувачі послуги",
           unit_alt="persons", service="home_care")
    r1 = f("survey_respondents", "persons", 49, "49 – особисто під час відвідування вдома",
           service="home_care", label="особисто", group="respondents64_by_mode", parent=rs)
    r2 = f("survey_respondents", "persons", 15, "15 – телефоном", service="home_care",
           label="телефоном", group="respondents64_by_mode", parent=rs)
    sh, rt = {}, {}
    for i, (cid, name, pct, r) in enumerate(CRIT, 1):
        v = float(pct.replace(",", "."))
        v = int(v) if v.is_integer() else v
        q = f"{i}\t{name}\t{pct}\t{r}"
        sh[cid] = f("share", "percent", v, q, criterion=cid, service="home_care",
                    alt=["satisfaction"], label=f"позитивні відповіді: {name}")
        rt[cid] = f("rating", "rating", "good", q, criterion=cid, service="home_care")
    ov1 = f("rating", "rating", "good", "Загальна оцінка\t–\tдобре", criterion="overall",
            service="home_care")
    sat = f("satisfaction", "percent", 93.8, "Загалом якістю послуги задоволені 93,8 % опитаних",
            service="home_care", alt=["share"])
    f("share", "percent", 71.9,
      "Частка отримувачів, у яких за рік стан стабілізувався або поліпшився, становить 71,9 %",
      service="home_care", label="частка отримувачів, у яких стан стабілізувався або поліпшився")
    f("complaints", "complaints", 1, "Протягом 2024 року надійшла одна скарга",
      note="number written in words")
    ov2 = f("rating", "rating", "good",
            "якість надання соціальної послуги догляду вдома у 2024 році оцінено на рівні «добре»",
            criterion="overall", service="home_care", label="висновок (повторна загальна оцінка)")

    BANDS = "[(81, 100, 'good'), (61, 80.99, 'satisfactory'), (0, 60.99, 'unsatisfactory')]"
    tq = "3\tСвоєчасність\t78,1\tдобре"
    g.slip("rating_band", "error", tq, "good", "satisfactory",
           [sh["timeliness"], rt["timeliness"]],
           "Своєчасність 78,1 % is rated «добре», but the report's own bands give «добре» only "
           "for 81–100 % and «задовільно» for 61–80 %",
           f"band({sh['timeliness']}, {BANDS}) == {rt['timeliness']}")
    for cid in sh:
        if cid == "timeliness":
            continue
        g.check("rating_band", f"\t{dict((c[0], c[1]) for c in CRIT)[cid]}\t",
                f"{cid}: the percentage falls in the «добре» band 81–100 %",
                f"band({sh[cid]}, {BANDS}) == {rt[cid]}")
    g.check("percent_impossible", "Ми опитали 64 отримувачі послуги",
            "every criterion share is reachable with 64 respondents "
            "(59, 55, 50, 62, 53, 64, 57 of 64)",
            " and ".join(f"grim_ok({sh[c]}, {rs}, 1)" for c in sh))
    g.check("percent_impossible", "Загалом якістю послуги задоволені 93,8 % опитаних",
            "93,8 % = 60 of 64 (93,75 → 93,8)", f"grim_ok({sat}, {rs}, 1)")
    g.check("parts_sum", "Ми опитали 64 отримувачі послуги: 49 – особисто",
            "49 in person + 15 by phone = 64", f"{r1} + {r2} == {rs}")
    g.check("parts_sum", "Ми опитали 64 отримувачі послуги",
            "64 respondents ≤ 87 recipients; 23 with disability ≤ 87", f"{rs} <= {sv} and f2 <= {sv}")
    g.check("internal_conflict", "оцінено на рівні «добре»",
            "the overall rating in the table and in the conclusion agree",
            f"{ov1} == {ov2}")

    g.skip("81200, Львівська обл., Стрийський р-н, м. Ходорів, вул. Грушевського, 9; "
           "тел. (03239) 0-62-18; ЄДРПОУ 44027651", [81200, 9, 3239, 6218, 44027651],
           "postcode, address, phone, ЄДРПОУ")
    g.skip("вдома, наданої у 2024 році", [2024], "year of the title")
    g.skip("наказу директора від 28.10.2024", [28, 10, 2024], "order date")
    g.skip("№ 41-к комісією у складі 5 осіб", [41, 5], "order number, commission size")
    g.skip("опитування тривало з 4 по 15 листопада 2024 року", [4, 15, 2024], "survey dates")
    g.skip("у середньому на одного робітника припадає 8 отримувачів", [8], "ratio")
    g.skip("Вартість однієї години догляду для платних отримувачів у 2024 році становила 74,20 грн",
           [2024, 74.2], "tariff")
    g.skip("ще 9 осіб відмовилися від участі", [9], "refusals to take part (not respondents)")
    g.skip("Опрацьовано також 30 особових справ і 12 індивідуальних планів.", [30, 12],
           "case files and plans reviewed (assessment method, no §3 id)")
    g.skip("81–100 % – «добре», 61–80 % – «задовільно», 60 % і менше", [81, 100, 61, 80, 60],
           "rating band definitions")
    g.skip("Результати наведено в таблиці 2.", [2], "table number")
    g.skip("Таблиця 2. Результати оцінки за критеріями", [2], "table number")
    g.skip("1\tАдресність та індивідуальний підхід", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    g.skip("до 01.04.2025 переглянути графіки відвідувань і закупити 2 велосипеди", [1, 4, 2025, 2],
           "deadline and plan")
    g.skip("Звіт затверджено наказом директора від 20.12.2024 № 57.", [20, 12, 2024, 57],
           "order date and number")

    g.skip("Оцінювали послугу, надану протягом 2024 року", [2024], "assessed period")
    g.note("«Протягом року» refers to 2024, the period stated in the title and first paragraph")
    g.note("criterion table: each row gives two facts, the share (criterion, alt satisfaction) "
           "and the rating; the «Загальна оцінка» row has «–» in the % column (no share fact)")
    g.note("«Одинадцять соціальних робітників» and «одна скарга» are numbers in words; they are "
           "the figures themselves → facts (11 staff_actual with a label, complaints 1)")
    g.note("«Ми опитали 64 отримувачі» → unit recipients (unit_alt persons)")
    g.note("«71,9 %» is a share of recipients whose condition improved; its base (87 recipients or "
           "64 respondents) is not stated, so no GRIM check is made on it")
    g.note("«Випадків порушення конфіденційності не виявлено» gives no rating and no count → no fact")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
