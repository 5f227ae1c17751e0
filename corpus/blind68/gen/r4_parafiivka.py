"""b68_04: КУ «ЦНСП» Парафіївської селищної ради (Чернігівська), internal quality assessment of home care
provided in 2023. reportlab PDF (DejaVu fonts), impersonal voice, a criteria table with the document's own bands."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import Gold, report_path

DOC = "b68_04_parafiivka_cnsp_internal2023.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FD + "DejaVuSerif-Bold.ttf"))
N = ParagraphStyle("n", fontName="DV", fontSize=10.5, leading=14, firstLineIndent=8 * mm, spaceAfter=4)
C = ParagraphStyle("c", parent=N, fontName="DV-B", alignment=1, firstLineIndent=0)
H = ParagraphStyle("h", parent=N, fontName="DV-B", firstLineIndent=0)

PARAS_A = [
    (C, "Комунальна установа «Центр надання соціальних послуг» Парафіївської селищної ради"),
    (C, "ЗВІТ про результати внутрішньої оцінки якості соціальної послуги догляду вдома, наданої у 2023 році"),
    (N, "Внутрішню оцінку якості проведено відповідно до наказу директора від 04.01.2024 № 3-ОД робочою групою у складі 5 осіб у період з 08.01.2024 по 26.01.2024. Адреса установи: 16630, Чернігівська обл., Прилуцький р-н, смт Парафіївка, вул. Соборна, 9; тел. (04637) 0-25-81; код ЄДРПОУ 43920475."),
    (H, "1. Загальні відомості про надання послуги"),
    (N, "У 2023 році послугу догляду вдома отримували 74 особи, з них 16 – особи з інвалідністю I–II групи, 9 – внутрішньо переміщені особи. Середній вік отримувачів – 79 років. Протягом року на обслуговування взято 18 осіб, знято з обслуговування 13 осіб: у зв'язку зі смертю – 8, у зв'язку з влаштуванням до стаціонарного закладу – 3, за власним бажанням – 2."),
    (N, "Соціальними робітниками надано 9 842 послуги догляду вдома. Вартість однієї години послуги для отримувачів, які сплачують її частково, – 78,40 грн. Послугу надають 11 соціальних робітників при 12 штатних посадах."),
    (H, "2. Методи оцінювання"),
    (N, "Робоча група проаналізувала 74 особові справи отримувачів, здійснила 20 спостережень за наданням послуги та провела анкетування. В анкетуванні взяли участь 62 отримувачі, що становить 83,8 % від загальної кількості отримувачів послуги."),
    (N, "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»."),
    (H, "3. Результати оцінювання за критеріями"),
]
ROWS = [
    ["Критерій", "Частка «так», %", "Оцінка"],
    ["Адресність та індивідуальний підхід", "93,5", "добре"],
    ["Результативність", "85,5", "добре"],
    ["Своєчасність", "88,7", "добре"],
    ["Доступність та відкритість", "77,4", "добре"],
    ["Зручність", "82,3", "добре"],
    ["Повага до гідності", "98,4", "добре"],
    ["Професійність", "91,9", "добре"],
    ["Загальна оцінка", "88,2", "добре"],
]
PARAS_B = [
    (N, "Загальна оцінка визначена як середнє арифметичне часток за сімома критеріями."),
    (H, "4. Висновки"),
    (N, "Загальний рівень якості соціальної послуги догляду вдома, наданої установою у 2023 році, оцінено як «добре». Скарг від отримувачів протягом 2023 року не надходило. Порушень конфіденційності не виявлено."),
    (N, "Робоча група рекомендує до 01.04.2024 забезпечити друк інформаційних матеріалів шрифтом не менше 14 пунктів та облаштувати пандус біля входу до приміщення № 2."),
    (N, "Голова робочої групи ____________        Члени робочої групи: ____________"),
]


def footer(canvas, doc):
    canvas.setFont("DV", 8)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Сторінка {doc.page}")


story = [Paragraph(t, s) for s, t in PARAS_A]
tb = Table(ROWS, colWidths=[72 * mm, 52 * mm, 28 * mm])
tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 9.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("FONT", (0, 0), (-1, 0), "DV-B", 9.5), ("FONT", (0, -1), (-1, -1), "DV-B", 9.5)]))
story += [tb, Spacer(1, 4 * mm)]
story += [Paragraph(t, s) for s, t in PARAS_B]
d = SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                      topMargin=30 * mm, bottomMargin=20 * mm, invariant=1, title="Звіт", author="ЦНСП")
d.build(story, onFirstPage=footer, onLaterPages=footer)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Парафіївської селищної ради", "centre_type": "cnsp",
    "settlement": "Парафіївка", "oblast": "Чернігівська", "report_kind": "internal_assessment",
    "period_start": "2023-01-01", "period_end": "2023-12-31"},
    {"centre": ["Комунальна установа «Центр надання соціальних послуг» Парафіївської селищної ради",
                "КУ «Центр надання соціальних послуг» Парафіївської селищної ради"]})
F = g.f
s = F("served", "persons", 74, "послугу догляду вдома отримували 74 особи", service="home_care")
s1 = F("served", "persons", 16, "з них 16 – особи з інвалідністю I–II групи", service="home_care", category="особи з інвалідністю I–II групи", parent=s)
s2 = F("served", "persons", 9, "9 – внутрішньо переміщені особи", service="home_care", category="внутрішньо переміщені особи", parent=s)
sn = F("served", "persons", 18, "на обслуговування взято 18 осіб", service="home_care", alt=["registered_new", "support_started"])
de = F("deregistered", "persons", 13, "знято з обслуговування 13 осіб", service="home_care")
G = "deregistered_13_by_reason"
d1 = F("deregistered", "persons", 8, "у зв'язку зі смертю – 8", service="home_care", label="смерть", group=G, parent=de)
d2 = F("deregistered", "persons", 3, "у зв'язку з влаштуванням до стаціонарного закладу – 3", service="home_care", label="влаштування до стаціонарного закладу", group=G, parent=de)
d3 = F("deregistered", "persons", 2, "за власним бажанням – 2", service="home_care", label="за власним бажанням", group=G, parent=de)
sp = F("services_provided", "services", 9842, "надано 9 842 послуги догляду вдома", service="home_care")
sa = F("staff_actual", "staff", 11, "Послугу надають 11 соціальних робітників")
spos = F("staff_positions", "positions", 12, "при 12 штатних посадах")
sv = F("survey_respondents", "recipients", 62, "В анкетуванні взяли участь 62 отримувачі, що становить 83,8 %", percent=83.8, unit_alt="persons")
CR = {"Адресність та індивідуальний підхід": "targeting", "Результативність": "effectiveness",
      "Своєчасність": "timeliness", "Доступність та відкритість": "accessibility", "Зручність": "convenience",
      "Повага до гідності": "dignity", "Професійність": "professionalism", "Загальна оцінка": "overall"}
sh, rt = {}, {}
for r in ROWS[1:]:
    cr = CR[r[0]]
    q = "\t".join(r)
    sh[cr] = F("share", "percent", float(r[1].replace(",", ".")), q, criterion=cr, alt=["satisfaction"], label="частка позитивних відповідей")
    rt[cr] = F("rating", "rating", "good", q, criterion=cr)
ro = F("rating", "rating", "good", "оцінено як «добре»", criterion="overall")
cp = F("complaints", "complaints", 0, "Скарг від отримувачів протягом 2023 року не надходило")

BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
g.slip("rating_band", "error", "Доступність та відкритість\t77,4\tдобре", "good", "satisfactory",
       [sh["accessibility"], rt["accessibility"]],
       "77,4 % falls in the document's own band 60–79,9 % «задовільно», but the table rates it «добре»",
       f"band({sh['accessibility']}, {BANDS}) == {rt['accessibility']}")
others = [c for c in CR.values() if c != "accessibility"]
g.check("rating_band", "Оцінка за кожним критерієм визначалася за часткою позитивних відповідей", "every other row's rating agrees with its band",
        "all([" + ", ".join(f"band({sh[c]}, {BANDS}) == {rt[c]}" for c in others) + "])")
seven = [sh[c] for c in CR.values() if c != "overall"]
g.check("table_arithmetic", "Загальна оцінка визначена як середнє арифметичне часток за сімома критеріями", "(93,5 + 85,5 + 88,7 + 77,4 + 82,3 + 98,4 + 91,9) / 7 = 88,24 -> 88,2",
        f"abs(({' + '.join(seven)}) / 7 - {sh['overall']}) < 0.05")
g.check("percent_impossible", "Результативність\t85,5\tдобре", "every criterion share is reachable with 62 respondents (58, 53, 55, 48, 51, 61, 57 of 62)",
        "all([" + ", ".join(f"grim_ok({x}, {sv}, 1)" for x in seven) + "])")
g.check("percent_mismatch", "В анкетуванні взяли участь 62 отримувачі, що становить 83,8 %", "62 / 74 = 83,78 % -> 83,8", f"pct_ok(p{sv[1:]}, {sv}, {s}, 1)")
g.check("parts_sum", "знято з обслуговування 13 осіб", "8 + 3 + 2 = 13", f"{d1} + {d2} + {d3} == {de}")
g.check("parts_sum", "з них 16 – особи з інвалідністю I–II групи, 9 – внутрішньо переміщені особи", "16 + 9 <= 74; 18 taken on <= 74", f"{s1} + {s2} <= {s} and {sn} <= {s}")
g.check("parts_sum", "Послугу надають 11 соціальних робітників при 12 штатних посадах", "11 <= 12", f"{sa} <= {spos}")
g.check("internal_conflict", "оцінено як «добре»", "conclusion's overall rating = table's", f"{ro} == {rt['overall']}")

g.skip("наказу директора від 04.01.2024 № 3-ОД", [4, 1, 2024, 3], "order date and number")
g.skip("робочою групою у складі 5 осіб", [5], "commission size")
g.skip("у період з 08.01.2024 по 26.01.2024", [8, 1, 2024, 26], "assessment dates")
g.skip("16630, Чернігівська обл., Прилуцький р-н, смт Парафіївка, вул. Соборна, 9; тел. (04637) 0-25-81; код ЄДРПОУ 43920475", [16630, 9, 4637, 2581, 43920475], "postcode, address, phone, ЄДРПОУ")
g.skip("з інвалідністю I–II групи", [1, 2], "disability groups")
g.skip("Середній вік отримувачів – 79 років", [79], "age")
g.skip("Вартість однієї години послуги для отримувачів, які сплачують її частково, – 78,40 грн", [1, 78.4], "tariff")
g.skip("Робоча група проаналізувала 74 особові справи отримувачів, здійснила 20 спостережень", [74, 20], "case files and observations (assessment methods)")
g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60], "band definitions")
g.skip("середнє арифметичне часток за сімома критеріями", [7], "number of criteria")
g.skip("до 01.04.2024 забезпечити друк інформаційних матеріалів шрифтом не менше 14 пунктів", [1, 4, 2024, 14], "recommendation deadline, font size")
g.skip("приміщення № 2", [2], "room number")
g.skip("1. Загальні відомості про надання послуги", [1, 2, 3, 4], "section numbers")
g.note("criteria table: each row gives a share (criterion, alt satisfaction) and a rating; the overall row too; the conclusion repeats the overall rating (a second rating fact)")
g.note("the document's bands: 80–100 «добре», 60–79,9 «задовільно», below 60 «незадовільно»")
g.note("«на обслуговування взято 18 осіб» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered with reasons as labelled parts")
g.note("«74 особові справи» is an assessment method (skipped) although it equals the recipients")
g.note("the page footer «Сторінка 1» is not in the read text (the reader drops it)")
g.note("the survey share 83,8 % is the respondents' percent of the 74 recipients")
g.write()
