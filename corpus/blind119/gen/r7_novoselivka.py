"""b119_07: КУ «ЦНСП» Новоселівської сільської ради (Полтавська), annual report 2024 in a **magazine style**.
reportlab PDF: masthead, two-column body, letter-spaced (tracked) headings, pull quotes in large type that repeat
figures of the body (one of them wrongly), a photo placeholder with a caption that holds a figure."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Flowable,
                                NextPageTemplate, FrameBreak, KeepTogether)
from common import Gold, report_path, register_fonts

DOC = "b119_07_novoselivka_cnsp_annual2024.pdf"
path = report_path(DOC)
register_fonts()
W, Hh = A4
M, G = 42, 18
CW = (W - 2 * M - G) / 2
ACC = colors.HexColor("#1f6f78")

BODY = ParagraphStyle("body", fontName="LSerif", fontSize=10.5, leading=14, spaceAfter=6, alignment=4, firstLineIndent=10)
LEAD = ParagraphStyle("lead", fontName="LSerif-I", fontSize=12, leading=16, spaceAfter=8, textColor=colors.HexColor("#333333"))
PULL = ParagraphStyle("pull", fontName="LSans-B", fontSize=19, leading=23, textColor=ACC, spaceBefore=8, spaceAfter=10,
                      alignment=0)
CAP = ParagraphStyle("cap", fontName="LSerif-I", fontSize=8.5, leading=11, spaceAfter=8, textColor=colors.HexColor("#444444"))
MAST = ParagraphStyle("mast", fontName="LSans", fontSize=9, leading=12, textColor=colors.HexColor("#555555"))
SUB = ParagraphStyle("sub", fontName="LSerif-I", fontSize=16, leading=20, textColor=colors.HexColor("#222222"))


class Tracked(Flowable):
    """A heading set with letter-spacing (tracking), as a designer would do it."""
    def __init__(self, text, size=11, space=3.2, color=ACC, font="LSans-B", before=10, after=6):
        super().__init__()
        self.text, self.size, self.space, self.color, self.font = text, size, space, color, font
        self.before, self.after = before, after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + self.before + self.after

    def draw(self):
        c = self.canv
        t = c.beginText(0, self.after)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.space)
        t.setFillColor(self.color)
        t.textOut(self.text)
        c.drawText(t)


class Photo(Flowable):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h

    def wrap(self, aw, ah):
        return self.w, self.h + 4

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#c9d6d8")); c.rect(0, 4, self.w, self.h, stroke=0, fill=1)
        c.setStrokeColor(colors.white); c.setLineWidth(2)
        c.line(0, 4, self.w, self.h + 4); c.line(0, self.h + 4, self.w, 4)


class Rule(Flowable):
    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 4

    def draw(self):
        self.canv.setStrokeColor(ACC); self.canv.setLineWidth(1.5); self.canv.line(0, 2, self.aw, 2)


def deco(c, doc):
    c.setFont("LSans", 7.5); c.setFillColor(colors.HexColor("#666666"))
    c.drawString(M, 22, "ЦНСП Новоселівської громади · Річний звіт 2024")
    c.drawRightString(W - M, 22, str(doc.page))


mast_h = 150
first = PageTemplate("first", [Frame(M, Hh - M - mast_h, W - 2 * M, mast_h, id="mast"),
                               Frame(M, 40, CW, Hh - M - mast_h - 48, id="c1"),
                               Frame(M + CW + G, 40, CW, Hh - M - mast_h - 48, id="c2")], onPage=deco)
later = PageTemplate("later", [Frame(M, 40, CW, Hh - M - 40, id="l1"), Frame(M + CW + G, 40, CW, Hh - M - 40, id="l2")],
                     onPage=deco)
doc = BaseDocTemplate(path, pagesize=A4, invariant=1, pageTemplates=[first, later],
                      title="Річний звіт 2024", author="ЦНСП Новоселівської сільської ради")

S = []
S.append(Paragraph("НОВОСЕЛІВСЬКА СІЛЬСЬКА РАДА · ПОЛТАВСЬКА ОБЛАСТЬ · КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»", MAST))
S.append(Tracked("РІЧНИЙ ЗВІТ 2024", size=30, space=7, color=colors.HexColor("#111111"), before=14, after=8))
S.append(Paragraph("Рік, який ми прожили разом", SUB))
S.append(Rule())
S.append(NextPageTemplate("later"))
S.append(FrameBreak())
B = lambda t: S.append(Paragraph(t, BODY))
Q = lambda t: S.append(KeepTogether([Rule(), Paragraph(t, PULL), Rule()]))
S.append(Tracked("СЛОВО ДО ЧИТАЧА", before=0))
S.append(Paragraph("Шостий рік поспіль ми звітуємо перед громадою не сухими таблицями, а історіями людей, яким допомогли.", LEAD))
B("За 2024 рік до нас звернулися 1 163 мешканці громади — від юних мам до найстаршої нашої підопічної, якій у березні "
  "виповнилося 97 років. Соціальні послуги отримала 941 особа, це на 86 більше, ніж торік.")
Q("941 людина отримала від нас допомогу цього року")
S.append(Tracked("ДОГЛЯД ТА ТУРБОТА"))
B("Вдома ми доглядали 63 підопічних. Наші 14 соціальних робітниць щодня долають до 20 кілометрів між селами. За рік вони "
  "надали 9 870 послуг — від прибирання й закупівлі продуктів до супроводу до лікаря.")
B("Відділення денного догляду «Рідна хата» відвідували 27 людей похилого віку. Консультації психолога та юриста отримали "
  "512 осіб, з них 147 — внутрішньо переміщені особи, які знайшли прихисток у громаді.")
S.append(Photo(CW, 110))
S.append(Paragraph("На фото: заняття в «Рідній хаті». Цього року відділення відвідували 27 людей похилого віку. Фото Центру.", CAP))
S.append(Tracked("СІМ'Я ПОНАД УСЕ"))
B("Під соціальним супроводом у 2024 році перебувало 37 сімей, у яких виховується 84 дитини. У 21 родині складні життєві "
  "обставини вдалося подолати, ще у 9 — мінімізувати.")
Q("73 родини пройшли з нами шлях соціального супроводу")
B("Натуральну допомогу — продуктові набори, засоби гігієни, теплі ковдри — отримали 214 осіб на 312,5 тис. грн.")
S.append(Tracked("РАЗОМ ІЗ ГРОМАДОЮ"))
B("Ми провели 58 заходів: майстер-класи, зустрічі «Кава з соціальним працівником», свято до Дня людей похилого віку "
  "1 жовтня. На них прийшли 1 370 учасників.")
Q("1 370 учасників наших заходів")
B("Анкету задоволеності заповнили 146 отримувачів; 96,6 % з них задоволені нашими послугами.")
Q("96,6 % отримувачів задоволені")
S.append(Tracked("КОМАНДА І КОШТИ"))
B("Наша команда — 24 людини при штаті 26,5 посади. Видатки Центру у 2024 році склали 11,4 млн грн, з них на оплату праці "
  "з нарахуваннями — 10,2 млн грн. Скарг за рік не надійшло жодної.")
S.append(Spacer(1, 6))
S.append(Paragraph("Видання КУ «ЦНСП» Новоселівської сільської ради. Наклад 150 прим. 38720, Полтавська обл., с. Новоселівка, "
                   "вул. Шевченка, 18; тел. (0532) 06-14-72; cnsp.novoselivka@example.ua", CAP))
doc.build(S)

g = Gold(DOC, {
    "centre": "Центр надання соціальних послуг Новоселівської сільської ради",
    "centre_type": "cnsp", "settlement": "Новоселівка", "oblast": "Полтавська",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Новоселівської сільської ради",
                         "КУ «ЦНСП» Новоселівської сільської ради"],
              "settlement": ["Новоселівська сільська громада"]})
F = g.f
ap = F("applied", "persons", 1163, "За 2024 рік до нас звернулися 1 163 мешканці громади")
sv = F("served", "persons", 941, "Соціальні послуги отримала 941 особа")
svq = F("served", "persons", 941, "941 людина отримала від нас допомогу цього року", label="pull quote (повтор)")
hc = F("served", "persons", 63, "Вдома ми доглядали 63 підопічних", service="home_care")
sw = F("staff_actual", "staff", 14, "Наші 14 соціальних робітниць", label="соціальні робітниці")
hs = F("services_provided", "services", 9870, "За рік вони надали 9 870 послуг", service="home_care")
dc = F("served", "persons", 27, "Відділення денного догляду «Рідна хата» відвідували 27 людей похилого віку", service="day_care")
dcc = F("served", "persons", 27, "Цього року відділення відвідували 27 людей похилого віку", service="day_care",
        label="підпис до фото (повтор)")
cs = F("served", "persons", 512, "Консультації психолога та юриста отримали 512 осіб", service="counselling")
csi = F("served", "persons", 147, "Консультації психолога та юриста отримали 512 осіб, з них 147", service="counselling", parent=cs,
        category="внутрішньо переміщені особи")
ss = F("served", "families", 37, "Під соціальним супроводом у 2024 році перебувало 37 сімей", service="social_support_sjo",
       alt=["support_ongoing"])
ssc = F("served", "children", 84, "у яких виховується 84 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=ss)
op = F("outcome_positive", "families", 21, "У 21 родині складні життєві обставини вдалося подолати", service="social_support_sjo",
       parent=ss)
om = F("outcome_minimized", "families", 9, "ще у 9 — мінімізувати", service="social_support_sjo", parent=ss)
ssq = F("served", "families", 73, "73 родини пройшли з нами шлях соціального супроводу", service="social_support_sjo",
        alt=["support_ongoing"], label="pull quote (повтор, з помилкою)")
na = F("served", "persons", 214, "отримали 214 осіб", service="natural_aid")
nav = F("aid_value", "uah", 312500, "на 312,5 тис. грн", parent=na, label="натуральна допомога")
ev = F("events", "events", 58, "Ми провели 58 заходів")
evp = F("event_participants", "persons", 1370, "На них прийшли 1 370 учасників", parent=ev)
evq = F("event_participants", "persons", 1370, "1 370 учасників наших заходів", label="pull quote (повтор)")
sr = F("survey_respondents", "recipients", 146, "Анкету задоволеності заповнили 146 отримувачів", unit_alt="persons")
sat = F("satisfaction", "percent", 96.6, "96,6 % з них задоволені нашими послугами", alt=["share"])
satq = F("satisfaction", "percent", 96.6, "96,6 % отримувачів задоволені", alt=["share"], label="pull quote (повтор)")
sa = F("staff_actual", "staff", 24, "Наша команда — 24 людини")
sp = F("staff_positions", "positions", 26.5, "при штаті 26,5 посади")
bs = F("budget_spent", "uah", 11400000, "Видатки Центру у 2024 році склали 11,4 млн грн")
bs1 = F("budget_spent", "uah", 10200000, "10,2 млн грн", parent=bs,
        label="оплата праці з нарахуваннями")
cp = F("complaints", "complaints", 0, "Скарг за рік не надійшло жодної.")

g.slip("internal_conflict", "error", "73 родини пройшли з нами шлях соціального супроводу", 73, 37, [ssq, ss],
       "the pull quote gives 73 families under social support; the body gives 37 (digits swapped). 37 is the figure that "
       "agrees with the rest (21 overcome + 9 minimized ≤ 37; 84 children).",
       f"{ssq} == {ss}")
g.check("internal_conflict", "941 людина отримала від нас допомогу цього року", "pull quote repeats 941 served", f"{svq} == {sv}")
g.check("internal_conflict", "1 370 учасників наших заходів", "pull quote repeats 1 370 participants", f"{evq} == {evp}")
g.check("internal_conflict", "96,6 % отримувачів задоволені", "pull quote repeats 96,6 %", f"{satq} == {sat}")
g.check("internal_conflict", "Цього року відділення відвідували 27 людей похилого віку", "photo caption repeats 27 in day care",
        f"{dcc} == {dc}")
g.check("percent_impossible", "96,6 % з них задоволені нашими послугами", "141 of 146 = 96,58 → 96,6", f"grim_ok({sat}, {sr}, 1)")
g.check("parts_sum", "У 21 родині складні життєві обставини вдалося подолати, ще у 9", "21 + 9 ≤ 37", f"{op} + {om} <= {ss}")
g.check("parts_sum", "отримали 512 осіб, з них 147", "147 ≤ 512; 941 served ≤ 1 163 applied",
        f"{csi} <= {cs} and {sv} <= {ap}")
g.check("parts_sum", "з них на оплату праці з нарахуваннями —", "10,2 ≤ 11,4 млн грн", f"{bs1} <= {bs}")
g.check("parts_sum", "Наша команда — 24 людини при штаті 26,5 посади", "14 social workers ≤ 24 ≤ 26,5", f"{sw} <= {sa} <= {sp}")

g.skip("РІЧНИЙ ЗВІТ 2024", [2024], "year in the masthead (set with letter-spacing in the PDF)")
g.skip("Шостий рік поспіль", [6], "ordinal in words (sixth year), not a figure of the period")
g.skip("якій у березні виповнилося 97 років", [97], "age")
g.skip("це на 86 більше, ніж торік", [86], "difference from the previous year")
g.skip("щодня долають до 20 кілометрів між селами", [20], "distance")
g.skip("свято до Дня людей похилого віку 1 жовтня", [1], "date")
g.skip("Наклад 150 прим.", [150], "print run")
g.skip("38720, Полтавська обл., с. Новоселівка, вул. Шевченка,", [38720], "postcode")
g.skip("18; тел. (0532) 06-14-72", [18, 532, 61472], "house number, phone")

g.note("Magazine-style annual report. Masthead, tracked headings (the year 2024 in the title is set with letter-spacing), pull quotes, a photo placeholder and a caption. Oblast stated in the masthead.")
g.note("Pull quotes and the photo caption repeat figures of the body; following «a figure written twice is two facts», each repeat is its own fact with a label «pull quote (повтор)» / «підпис до фото (повтор)». Drop them if the extractor is expected to deduplicate.")
g.note("Planted slip: the pull quote says 73 families under social support; the body says 37 (internal_conflict). The wrong repeat is a fact as written (73), like the other repeats.")
g.note("The reader breaks two sentences where a line of a column starts with a dash («з них 147 / — внутрішньо переміщені особи», «з нарахуваннями — / 10,2 млн грн»); the quotes follow the read text. The running footer and page number are not printed by the reader.")
g.note("«Наші 14 соціальних робітниць» → staff_actual 14 with a label (a part of the 24-person team; the parent is not set because the team figure comes later in the text).")
g.note("«Скарг за рік не надійшло жодної» → complaints 0 (number in words). Money in млн / тис. грн is stored in hryvnias.")
g.note("«Під соціальним супроводом … перебувало 37 сімей» → served (alt support_ongoing), social_support_sjo.")
g.write()
