"""b116_08: ЦСС Мозолевської сільської ради, internal quality assessment for 2024, as a DRAFT:
a large diagonal «ПРОЄКТ» watermark drawn on top of every page, and a round stamp with its own text
(name of the body, ЄДРПОУ) drawn over the signature lines. reportlab PDF."""
import math
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, Flowable, PageBreak)
from common import Gold, report_path, register_fonts

DOC = "b116_08_mozolevske_css_internal2024.pdf"
register_fonts()
S = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=6,
                   firstLineIndent=1.0 * cm)
H = ParagraphStyle("h", fontName="LSerif-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=6)
C = ParagraphStyle("c", fontName="LSerif", fontSize=10, leading=12, alignment=TA_CENTER)
T = ParagraphStyle("t", fontName="LSerif", fontSize=10.5, leading=12.5)
L = ParagraphStyle("l", fontName="LSerif", fontSize=12, leading=22)


def watermark(canv, doc):
    """Drawn at the end of each page, i.e. on top of the body text."""
    canv.saveState()
    canv.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.28))
    canv.translate(A4[0] / 2, A4[1] / 2)
    canv.rotate(52)
    canv.setFont("LSans-B", 118)
    canv.drawCentredString(0, -40, "ПРОЄКТ")
    canv.restoreState()
    canv.saveState()
    canv.setFont("LSerif-I", 9)
    canv.drawString(2.5 * cm, 1.2 * cm, "Проєкт для обговорення на засіданні комісії. Не для оприлюднення.")
    canv.drawRightString(19.5 * cm, 1.2 * cm, "с. %d" % doc.page)
    canv.restoreState()


class Stamp(Flowable):
    """A round seal drawn over the signature lines above it (zero height; draws upwards)."""
    def __init__(self, ring, centre_lines, x=9.3 * cm, y=2.3 * cm, r=1.95 * cm):
        super().__init__()
        self.ring, self.centre_lines, self.x, self.y, self.r = ring, centre_lines, x, y, r
        self.width = self.height = 0

    def draw(self):
        c = self.canv
        c.saveState()
        blue = colors.Color(0.12, 0.22, 0.68, alpha=0.85)
        c.setStrokeColor(blue)
        c.setFillColor(blue)
        c.setLineWidth(1.6)
        c.circle(self.x, self.y, self.r)
        c.setLineWidth(0.8)
        c.circle(self.x, self.y, self.r - 0.18 * cm)
        c.circle(self.x, self.y, self.r * 0.56)
        c.setFont("LSans-B", 7.2)
        n = len(self.ring)
        rr = self.r - 0.45 * cm
        for k, ch in enumerate(self.ring):
            a = 90 - k * 360.0 / n
            c.saveState()
            c.translate(self.x + rr * math.cos(math.radians(a)), self.y + rr * math.sin(math.radians(a)))
            c.rotate(a - 90)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
        c.setFont("LSans-B", 7)
        h = 8.5
        y0 = self.y + h * (len(self.centre_lines) - 1) / 2 - 2.5
        for i, line in enumerate(self.centre_lines):
            c.drawCentredString(self.x, y0 - i * h, line)
        c.restoreState()


story = [
    Paragraph("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ МОЗОЛЕВСЬКОЇ СІЛЬСЬКОЇ РАДИ<br/>"
              "Нікопольського району Дніпропетровської області", H),
    Paragraph("53244, с. Мозолевське, вул. Центральна, 31; тел. (05662) 0-73-15; css.mozolevske@example.ua", C),
    Spacer(1, 12),
    Paragraph("ЗВІТ<br/>про проведення внутрішньої оцінки якості надання соціальних послуг за 2024 рік", H),
    Paragraph("Внутрішню оцінку якості проведено з 02.12.2024 по 13.12.2024 на підставі наказу центру від "
              "25.11.2024 № 41-од комісією у складі 4 осіб. Оцінено послуги консультування, соціального "
              "супроводу сімей (осіб), які перебувають у складних життєвих обставинах, та соціального "
              "супроводження прийомних сімей. Використано анкетування отримувачів, аналіз 37 особових справ "
              "і спостереження.", S),
    Paragraph("1. Обсяг наданих послуг", H),
    Paragraph("Протягом 2024 року центр надав соціальні послуги 418 сім'ям/особам. Консультування отримали 296 "
              "осіб. Під соціальним супроводом перебувало 27 сімей (61 дитина); у 12 з них (44,4 %) складні "
              "життєві обставини подолано. Соціальне супроводження здійснювалося для 4 сімей (3 прийомні сім'ї "
              "та 1 дитячий будинок сімейного типу), у яких виховується 14 дітей.", S),
    Paragraph("2. Результати анкетування", H),
    Paragraph("В анкетуванні взяли участь 64 отримувачі, з них 41 – отримувачі послуги консультування, 18 – "
              "соціального супроводу, 5 – прийомні батьки та батьки-вихователі. Частку позитивних відповідей "
              "за кожним критерієм оцінено так: 80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – "
              "«незадовільно».", S),
]
rows = [["Критерій якості", "Позитивних відповідей, %", "Оцінка"],
        ["Адресність та індивідуальний підхід", "92,2", "добре"],
        ["Результативність", "85,9", "добре"],
        ["Своєчасність", "81,3", "добре"],
        ["Доступність та відкритість", "59,4", "задовільно"],
        ["Зручність", "73,4", "задовільно"],
        ["Повага до гідності", "100,0", "добре"],
        ["Професійність", "90,6", "добре"],
        ["Загальна оцінка", "", "добре"]]
tbl = Table([[Paragraph(c, T) for c in r] for r in rows], colWidths=[7.5 * cm, 4.5 * cm, 3.5 * cm])
tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [tbl, Spacer(1, 10)]
story += [
    Paragraph("3. Висновки і рекомендації", H),
    Paragraph("Загальна оцінка якості надання соціальних послуг центром – «добре». Скарг на якість послуг у "
              "2024 році не надходило. У центрі працює 8 фахівців при штатній чисельності 9 посад. "
              "Протягом року 6 фахівців пройшли навчання, зокрема за програмою «Базові навички соціальної роботи» "
              "(40 годин).", S),
    Paragraph("Комісія рекомендує: 1) до 01.04.2025 облаштувати пандус біля входу до приміщення центру; "
              "2) оновити інформаційний стенд і сторінку центру на сайті громади; 3) запровадити попередній "
              "запис на консультації телефоном, щоб скоротити час очікування (зараз – до 40 хвилин).", S),
    Spacer(1, 18),
    Paragraph("Голова комісії&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
              "____________&nbsp;&nbsp;&nbsp;&nbsp;(підпис)", L),
    Paragraph("Члени комісії&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
              "____________&nbsp;&nbsp;&nbsp;&nbsp;(підпис)", L),
    Paragraph("&nbsp;" * 34 + "____________&nbsp;&nbsp;&nbsp;&nbsp;(підпис)", L),
    Paragraph("«___» ____________ 2024 р.", L),
    Stamp("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ * МОЗОЛЕВСЬКОЇ СІЛЬСЬКОЇ РАДИ * ", ["Ідентифікаційний", "код", "43290617"]),
]
doc = BaseDocTemplate(report_path(DOC), pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                      topMargin=2 * cm, bottomMargin=2 * cm, invariant=1,
                      title="Проєкт звіту про внутрішню оцінку якості", author="ЦСС")
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=watermark)])
doc.build(story)

g = Gold(DOC, {
    "centre": "Центр соціальних служб Мозолевської сільської ради",
    "centre_type": "css", "settlement": "Мозолевське", "oblast": "Дніпропетровська",
    "report_kind": "internal_assessment", "period_start": "2024-01-01", "period_end": "2024-12-31",
})
f = g.f
m1 = f("served", "families_persons", 418, "центр надав соціальні послуги 418 сім'ям/особам")
m2 = f("served", "persons", 296, "Консультування отримали 296 осіб", service="counselling")
m3 = f("served", "families", 27, "Під соціальним супроводом перебувало 27 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
m4 = f("served", "children", 61, "(61 дитина)", service="social_support_sjo", alt=["support_ongoing"], parent=m3)
m5 = f("outcome_positive", "families", 12, "у 12 з них (44,4 %) складні життєві обставини подолано", percent=44.4,
       service="social_support_sjo", parent=m3)
m6 = f("served", "families", 4, "Соціальне супроводження здійснювалося для 4 сімей", service="social_support_foster")
m7 = f("served", "families", 3, "3 прийомні сім'ї", service="social_support_foster", label="прийомні сім'ї",
       group="foster_4_by_form", parent=m6)
m8 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
       label="дитячий будинок сімейного типу", group="foster_4_by_form", parent=m6)
m9 = f("served", "children", 14, "у яких виховується 14 дітей", service="social_support_foster", parent=m6)
m10 = f("survey_respondents", "recipients", 64, "В анкетуванні взяли участь 64 отримувачі", unit_alt="persons")
G = "respondents_64_by_service"
m11 = f("survey_respondents", "recipients", 41, "з них 41 – отримувачі послуги консультування", service="counselling",
        unit_alt="persons", group=G, parent=m10)
m12 = f("survey_respondents", "recipients", 18, "18 – соціального супроводу", service="social_support_sjo",
        unit_alt="persons", group=G, parent=m10)
m13 = f("survey_respondents", "persons", 5, "5 – прийомні батьки та батьки-вихователі", service="social_support_foster",
        label="прийомні батьки та батьки-вихователі", group=G, parent=m10)
ROWS = [("targeting", "Адресність та індивідуальний підхід\t92,2\tдобре", 92.2, "good"),
        ("effectiveness", "Результативність\t85,9\tдобре", 85.9, "good"),
        ("timeliness", "Своєчасність\t81,3\tдобре", 81.3, "good"),
        ("accessibility", "Доступність та відкритість\t59,4\tзадовільно", 59.4, "satisfactory"),
        ("convenience", "Зручність\t73,4\tзадовільно", 73.4, "satisfactory"),
        ("dignity", "Повага до гідності\t100,0\tдобре", 100.0, "good"),
        ("professionalism", "Професійність\t90,6\tдобре", 90.6, "good")]
SH, RT = {}, {}
for crit, q, p, r in ROWS:
    SH[crit] = f("share", "percent", int(p) if p == int(p) and p == 100.0 else p, q, criterion=crit,
                 label="частка позитивних відповідей", alt=["satisfaction"])
    RT[crit] = f("rating", "rating", r, q, criterion=crit)
m28 = f("rating", "rating", "good", "Загальна оцінка\t\tдобре", criterion="overall")
m29 = f("rating", "rating", "good", "Загальна оцінка якості надання соціальних послуг центром – «добре»",
        criterion="overall", note="the overall rating written again in the conclusions")
m30 = f("complaints", "complaints", 0, "Скарг на якість послуг у 2024 році не надходило")
m31 = f("staff_actual", "staff", 8, "У центрі працює 8 фахівців")
m32 = f("staff_positions", "positions", 9, "штатній чисельності 9 посад")
m33 = f("staff_trained", "staff", 6, "Протягом року 6 фахівців пройшли навчання")
assert m33 == "f33"
BANDS = "[(80, 100, 'good'), (60, 79.9, 'satisfactory'), (0, 59.9, 'unsatisfactory')]"
acc_s, acc_r = SH["accessibility"], RT["accessibility"]
g.slip("rating_band", "error", "Доступність та відкритість\t59,4\tзадовільно", "satisfactory", "unsatisfactory",
       [acc_s, acc_r],
       "«Доступність та відкритість» has 59,4 % positive answers, which the document's own bands put in "
       "«незадовільно» (менше 60 %), but the table rates it «задовільно»",
       f"band({acc_s}, {BANDS}) == {acc_r}")
others = [c for c in SH if c != "accessibility"]
g.check("rating_band", "Частку позитивних відповідей за кожним критерієм оцінено так",
        "the six other criteria agree with the bands (92,2 / 85,9 / 81,3 / 100,0 / 90,6 добре; 73,4 задовільно)",
        " and ".join(f"band({SH[c]}, {BANDS}) == {RT[c]}" for c in others))
g.check("percent_impossible", "Адресність та індивідуальний підхід\t92,2\tдобре",
        "every share is reachable with 64 respondents (59, 55, 52, 38, 47, 64, 58 of 64)",
        " and ".join(f"grim_ok({SH[c]}, f10, 1)" for c in SH))
g.check("parts_sum", "В анкетуванні взяли участь 64 отримувачі", "41 + 18 + 5 = 64", "f11 + f12 + f13 == f10")
g.check("parts_sum", "Соціальне супроводження здійснювалося для 4 сімей", "3 + 1 = 4", "f7 + f8 == f6")
g.check("percent_mismatch", "у 12 з них (44,4 %)", "12 / 27 = 44,44 % → 44,4", "pct_ok(p5, f5, f3, 1)")
g.check("internal_conflict", "Загальна оцінка якості надання соціальних послуг центром – «добре»",
        "the overall rating is «добре» in the table and in the conclusions", "f28 == f29")
g.check("parts_sum", "У центрі працює 8 фахівців", "8 ≤ 9; 6 trained ≤ 8", "f31 <= f32 and f33 <= f31")
g.check("parts_sum", "Консультування отримали 296 осіб", "296 counselled ≤ 418 served", "f2 <= f1")

g.skip("53244, с. Мозолевське, вул. Центральна, 31; тел. (05662) 0-73-15", [53244, 31, 5662, 0, 73, 15],
       "postcode, address, phone")
g.skip("якості надання соціальних послуг за 2024 рік", [2024], "period in the title")
g.skip("з 02.12.2024 по 13.12.2024 на підставі наказу центру від 25.11.2024 № 41-од комісією у складі 4 осіб",
       [2, 12, 2024, 13, 12, 2024, 25, 11, 2024, 41, 4], "assessment dates, order date and number, commission size")
g.skip("аналіз 37 особових справ", [37], "case files analysed: no §3 id")
g.skip("Протягом 2024 року", [2024], "year")
g.skip("80–100 % – «добре», 60–79,9 % – «задовільно», менше 60 % – «незадовільно»", [80, 100, 60, 79.9, 60],
       "the document's rating bands (used in the band checks)")
g.skip("1. Обсяг наданих послуг", [1, 2, 3], "section numbers 1.–3.")
g.skip("у 2024 році не надходило", [2024], "year")
g.skip("(40 годин)", [40], "duration of the training")
g.skip("1) до 01.04.2025 облаштувати пандус", [1, 1, 4, 2025], "recommendation number and deadline")
g.skip("2) оновити інформаційний стенд", [2], "recommendation number")
g.skip("3) запровадити попередній запис", [3], "recommendation number")
g.skip("(зараз – до 40 хвилин)", [40], "waiting time")
g.skip("«___» ____________ 2024 р.", [2024], "blank date of the draft")
g.skip("Ідентифікаційний код\n\n43290617", [43290617], "ЄДРПОУ inside the round stamp")

g.note("less common style: a draft. A large diagonal «ПРОЄКТ» is drawn on top of every page (the reader prints "
       "bits of it — «ОЄКТ», «О», «Р», «П» — inside the text and the table, and the whole word at the end), and a "
       "round stamp with ring text (name of the centre) and the ЄДРПОУ is drawn over the signature lines; its "
       "ring text comes out in scrambled pieces. None of it is a fact. The footer «Проєкт для обговорення …» is "
       "dropped by the reader")
g.note("the stamp text in the read text has no digits except the ЄДРПОУ, skipped")
g.note("report_kind internal_assessment; period 2024 (the services assessed are those of 2024); a draft has no "
       "publication date")
g.note("criteria table: each row gives a share (share with criterion, alt satisfaction) and a rating; quotes are "
       "the row text without the watermark letters that the reader puts in front of some rows")
g.note("the overall rating is written twice (table, conclusions): two facts")
g.note("«у 12 з них (44,4 %) … подолано» → outcome_positive with percent, parent the 27 families")
g.write()
