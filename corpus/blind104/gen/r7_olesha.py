"""b104_07: a page of the hromada newspaper «Вісник Олешанської громади» (Івано-Франківська) in two columns;
the article is the report of КУ «ЦНСП» Олешанської сільської ради on H1 2024. reportlab PDF: masthead with issue
number and date, headline, lead, two text columns, a photo with caption, a «цифра номера» box, an announcement box
with its own numbers and phone. Planted slip: internal_conflict (lead 47 families vs body 45)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                FrameBreak, Flowable)

from common import Gold, report_path, register_fonts

NAME = "b104_07_olesha_cnsp_h1_2024.pdf"
register_fonts()
W, H = A4
M = 36
GAP = 14
COLW = (W - 2 * M - GAP) / 2

mast = ParagraphStyle("mast", fontName="LSerif-B", fontSize=27, leading=31, alignment=TA_CENTER)
mast2 = ParagraphStyle("mast2", fontName="LSans", fontSize=8.5, leading=11, alignment=TA_CENTER)
headl = ParagraphStyle("hl", fontName="LSans-B", fontSize=19, leading=23, alignment=TA_CENTER, spaceBefore=4)
lead = ParagraphStyle("lead", fontName="LSerif-B", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY, spaceBefore=6)
body = ParagraphStyle("body", fontName="LSerif", fontSize=9.3, leading=11.6, alignment=TA_JUSTIFY, firstLineIndent=10,
                      spaceAfter=3)
sub = ParagraphStyle("sub", fontName="LSans-B", fontSize=9.8, leading=12, spaceBefore=5, spaceAfter=2, keepWithNext=1)
cap = ParagraphStyle("cap", fontName="LSerif-I", fontSize=8, leading=10, spaceAfter=6)
box = ParagraphStyle("box", fontName="LSans", fontSize=8.3, leading=10.3)
boxh = ParagraphStyle("boxh", fontName="LSans-B", fontSize=9.5, leading=12, alignment=TA_CENTER)
big = ParagraphStyle("big", fontName="LSans-B", fontSize=26, leading=30, alignment=TA_CENTER)


class Photo(Flowable):
    """A grey placeholder for the photograph."""
    def __init__(self, w, h):
        super().__init__()
        self.width, self.height = w, h

    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor("#b9b9b9"))
        c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8a8a8a"))
        c.circle(self.width * 0.3, self.height * 0.55, 18, stroke=0, fill=1)
        c.circle(self.width * 0.62, self.height * 0.5, 22, stroke=0, fill=1)


def P(t, s=body):
    return Paragraph(t, s)


def boxed(flows, pad=6, bg=None):
    t = Table([[f] for f in flows], colWidths=[COLW - 2])
    st = [("BOX", (0, 0), (-1, -1), 1, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), pad),
          ("RIGHTPADDING", (0, 0), (-1, -1), pad)]
    if bg:
        st.append(("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)))
    t.setStyle(TableStyle(st))
    return t


story = [
    P("ВІСНИК ОЛЕШАНСЬКОЇ ГРОМАДИ", mast),
    P("Інформаційний бюлетень Олешанської сільської ради · Виходить з 2018 року · Розповсюджується безкоштовно", mast2),
    P("№ 14 (152) · п'ятниця, 19 липня 2024 року", mast2),
    P("ПІВ РОКУ ТУРБОТИ: ЩО ЗРОБИВ ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ", headl),
    P("За перше півріччя до Центру надання соціальних послуг звернулися 689 мешканців громади, 47 родин "
      "отримали соціальний супровід, а соціальні робітники щодня приходять до літніх людей у всіх селах. "
      "Про підсумки шести місяців — у нашому матеріалі.", lead),
    FrameBreak(),
    # column 1
    P("Комунальна установа «Центр надання соціальних послуг» Олешанської сільської ради працює з 2021 року. "
      "Як розповіла директорка Центру, з січня по червень 2024 року до установи звернулися 689 осіб, з них "
      "214 — уперше. Серед тих, хто звертався, 163 — внутрішньо переміщені особи (23,7 %). «Люди приходять "
      "з різним: хтось по довідку, хтось — бо нема кому принести ліки», — каже вона."),
    P("Найчастіше звертаються по консультації: консультування отримали 402 особи. «Ми надали 1 316 "
      "консультацій — і в кабінеті, і телефоном, і вдома в людей», — додає директорка."),
    P("Догляд удома", sub),
    P("Відділення соціальної допомоги вдома обслуговує 118 самотніх і літніх мешканців. Дванадцять "
      "соціальних робітників щодня долають десятки кілометрів — найвіддаленіше село за 17 км від Олеші. "
      "За півріччя вони надали 11 240 послуг догляду вдома: прибирання, покупки, оплата комунальних "
      "послуг, супровід до лікаря."),
    Photo(COLW, 105),
    P("На фото: заняття в групі денного догляду, 12 червня 2024 року. Фото Центру.", cap),
    P("У відділенні денного догляду двічі на тиждень займаються 23 людини з інвалідністю. Для них "
      "працюють творча майстерня та група ЛФК."),
    P("Сім'ї у скруті", sub),
    P("«Під супроводом у нас перебувало 45 сімей, у яких виховується 98 дітей, — пояснює фахівчиня із "
      "соціальної роботи. — Шістнадцять сімей ми взяли вперше цього року, 13 завершили супровід, з них 10 — "
      "з позитивним результатом». Решта продовжують отримувати послугу."),
    # column 2
    P("Допомога речами і продуктами", sub),
    P("Завдяки благодійникам 204 сім'ї отримали натуральну допомогу: 260 продуктових наборів, ковдри, засоби "
      "гігієни на загальну суму 132 тис. грн."),
    P("Гроші і люди", sub),
    P("Цьогоріч на утримання Центру з бюджету громади передбачено 8,9 млн грн. У штаті установи 36 посад, "
      "працюють 33 особи; четверо працівників за півроку пройшли навчання з домедичної допомоги."),
    P("Чи задоволені люди?", sub),
    P("У червні Центр опитав 58 отримувачів послуг: 96,6 % задоволені їх якістю. Скарг за півріччя — "
      "жодної. У другому півріччі Центр планує відкрити пункт прокату засобів реабілітації: уже зібрано "
      "14 крісел колісних і 20 пар милиць."),
    P("<i>Матеріал підготувала редакція «Вісника»</i>", body),
    Spacer(1, 6),
    boxed([P("ЦИФРА НОМЕРА", boxh), P("689", big),
           P("мешканців громади звернулися до Центру надання соціальних послуг за шість місяців", box)],
          bg="#eeeeee"),
    Spacer(1, 8),
    boxed([P("ОГОЛОШЕННЯ", boxh),
           P("КУ «ЦНСП» Олешанської сільської ради оголошує конкурс на посади: соціальний робітник — 2 вакансії; "
             "фахівець із соціальної роботи — 1 вакансія. Оплата від 8 600 грн. Документи приймаються до "
             "02.08.2024 за адресою: с. Олеша, вул. Шевченка, 21, каб. 3. Довідки за тел. (03479) 0-41-27.", box)]),
    Spacer(1, 8),
    boxed([P("КОРОТКО", boxh),
           P("• Чергова сесія сільської ради відбудеться 25 липня о 10:00 у залі засідань.", box),
           P("• На вул. Шевченка в Олеші завершено ремонт 1,4 км дороги; вартість робіт – 2,6 млн грн.", box),
           P("• Громада передала на потреби ЗСУ 3 автомобілі та 160 окопних свічок.", box)]),
    Spacer(1, 6),
    P("Засновник: Олешанська сільська рада. Наклад 1 200 прим. Передплатний індекс 60482.", mast2),
]


def page(canvas, doc):
    canvas.saveState()
    canvas.setLineWidth(1.5)
    canvas.line(M, H - 76, W - M, H - 76)
    canvas.setLineWidth(0.5)
    canvas.line(W / 2, 40, W / 2, H - 200)
    canvas.setFont("LSans", 8)
    canvas.drawString(M, 24, "3")
    canvas.drawRightString(W - M, 24, "«Вісник Олешанської громади» № 14 (152)")
    canvas.restoreState()


doc = BaseDocTemplate(report_path(NAME), pagesize=A4, invariant=1, title="Вісник Олешанської громади",
                      author="Редакція", leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M)
top = Frame(M, H - 200, W - 2 * M, 200 - M + 8, id="top", leftPadding=0, rightPadding=0)
c1 = Frame(M, 36, COLW, H - 200 - 36, id="c1", leftPadding=0, rightPadding=0)
c2 = Frame(M + COLW + GAP, 36, COLW, H - 200 - 36, id="c2", leftPadding=0, rightPadding=0)
c1b = Frame(M, 36, COLW, H - 2 * M, id="c1b", leftPadding=0, rightPadding=0)
c2b = Frame(M + COLW + GAP, 36, COLW, H - 2 * M, id="c2b", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate("first", [top, c1, c2], onPage=page, autoNextPageTemplate="next"),
                      PageTemplate("next", [c1b, c2b], onPage=page)])
doc.build(story)

g = Gold(NAME, {
    "centre": "Центр надання соціальних послуг Олешанської сільської ради",
    "centre_type": "cnsp", "settlement": "Олеша", "report_kind": "period_report",
    "period_start": "2024-01-01", "period_end": "2024-06-30", "published": "2024-07-19",
}, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Олешанської сільської ради",
                        "КУ «ЦНСП» Олешанської сільської ради"],
             "report_kind": ["other"]})
F = g.f
n = lambda x: x[1:]
f_l1 = F("applied", "persons", 689, "звернулися 689 мешканців громади", note="the lead")
f_l2 = F("served", "families", 47, "47 родин отримали соціальний супровід", service="social_support_sjo",
         alt=["support_ongoing"], note="the lead; the body says 45")
f_ap = F("applied", "persons", 689, "до установи звернулися 689 осіб")
f_ap1 = F("applied", "persons", 214, "214 — уперше", label="уперше", parent=f_ap)
f_idp = F("applied", "persons", 163, "163 — внутрішньо переміщені особи (23,7 %)", percent=23.7,
          category="внутрішньо переміщені особи", parent=f_ap)
f_cons = F("served", "persons", 402, "консультування отримали 402 особи", service="counselling")
f_consn = F("services_provided", "services", 1316, "«Ми надали 1 316 консультацій", service="counselling")
f_hc = F("served", "persons", 118, "Відділення соціальної допомоги вдома обслуговує 118 самотніх і літніх мешканців",
         service="home_care")
f_sw = F("staff_actual", "staff", 12, "Дванадцять соціальних робітників", label="соціальні робітники",
         note="number in words")
f_hcs = F("services_provided", "services", 11240, "За півріччя вони надали 11 240 послуг догляду вдома", service="home_care")
f_dc = F("served", "persons", 23, "займаються 23 людини з інвалідністю", service="day_care")
f_sup = F("served", "families", 45, "«Під супроводом у нас перебувало 45 сімей", service="social_support_sjo",
          alt=["support_ongoing"])
f_supc = F("served", "children", 98, "у яких виховується 98 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=f_sup)
f_st = F("support_started", "families", 16, "Шістнадцять сімей ми взяли вперше цього року", service="social_support_sjo",
         parent=f_sup, note="number in words")
f_co = F("support_completed", "families", 13, "13 завершили супровід", service="social_support_sjo", parent=f_sup)
f_op = F("outcome_positive", "families", 10, "з них 10 — з позитивним результатом", parent=f_co)
f_nat = F("served", "families", 204, "204 сім'ї отримали натуральну допомогу", service="natural_aid")
f_aid = F("aid_value", "uah", 132000, "на загальну суму 132 тис. грн")
f_bud = F("budget_approved", "uah", 8900000, "на утримання Центру з бюджету громади передбачено 8,9 млн грн",
          label="на 2024 рік", note="the year's budget, stated in a half-year article")
f_pos = F("staff_positions", "positions", 36, "У штаті установи 36 посад")
f_sa = F("staff_actual", "staff", 33, "працюють 33 особи")
f_tr = F("staff_trained", "staff", 4, "четверо працівників за півроку пройшли навчання", note="number in words")
f_sv = F("survey_respondents", "recipients", 58, "Центр опитав 58 отримувачів послуг", unit_alt="persons")
f_sat = F("satisfaction", "percent", 96.6, "96,6 % задоволені їх якістю")
f_cmp = F("complaints", "complaints", 0, "Скарг за півріччя — жодної", note="«жодної» = 0")
f_box = F("applied", "persons", 689, "689 мешканців громади звернулися до Центру надання соціальних послуг за шість місяців",
          note="the «цифра номера» box repeats the 689")

g.slip("internal_conflict", "error", "47 родин отримали соціальний супровід", 47, 45, [f_l2, f_sup],
       "the lead says 47 families received social support in the half-year, the body (the specialist's words) says "
       "45 families were under support; same indicator, unit, service and period",
       f"f{n(f_l2)} == f{n(f_sup)}")
g.check("internal_conflict", "до установи звернулися 689 осіб", "689 in the lead = 689 in the body = 689 in the box",
        f"f{n(f_l1)} == f{n(f_ap)} == f{n(f_box)}")
g.check("percent_mismatch", "163 — внутрішньо переміщені особи (23,7 %)", "163 / 689 = 23,66 % → 23,7",
        f"pct_ok(p{n(f_idp)}, f{n(f_idp)}, f{n(f_ap)}, 1)")
g.check("parts_sum", "214 — уперше", "214 and 163 ≤ 689", f"f{n(f_ap1)} <= f{n(f_ap)} and f{n(f_idp)} <= f{n(f_ap)}")
g.check("parts_sum", "13 завершили супровід, з них 10 — з позитивним результатом",
        "10 ≤ 13 ≤ 45; 16 taken ≤ 45", f"f{n(f_op)} <= f{n(f_co)} <= f{n(f_sup)} and f{n(f_st)} <= f{n(f_sup)}")
g.check("percent_impossible", "96,6 % задоволені їх якістю", "56 of 58 = 96,55 % → 96,6",
        f"grim_ok(f{n(f_sat)}, f{n(f_sv)}, 1)")
g.check("parts_sum", "працюють 33 особи", "4 trained ≤ 33 ≤ 36; 12 social workers ≤ 33",
        f"f{n(f_tr)} <= f{n(f_sa)} <= f{n(f_pos)} and f{n(f_sw)} <= f{n(f_sa)}")

g.skip("Виходить з 2018 року", [2018], "masthead year")
g.skip("№ 14 (152) · п'ятниця, 19 липня 2024 року", [14, 152, 19, 2024], "issue number and date")
g.skip("працює з 2021 року", [2021], "year founded")
g.skip("з січня по червень 2024 року", [2024], "period")
g.skip("найвіддаленіше село за 17 км від Олеші", [17], "distance")
g.skip("На фото: заняття в групі денного догляду, 12 червня 2024 року.", [12, 2024], "photo caption date")
g.skip("двічі на тиждень", [2], "frequency in words")
g.skip("260 продуктових наборів", [260], "items")
g.skip("уже зібрано 14 крісел колісних і 20 пар милиць", [14, 20], "items (plan for the second half-year)")
g.skip("соціальний робітник — 2 вакансії", [2], "announcement: vacancies")
g.skip("фахівець із соціальної роботи — 1 вакансія", [1], "announcement: vacancies")
g.skip("Оплата від 8 600 грн", [8600], "announcement: salary")
g.skip("до 02.08.2024 за адресою: с. Олеша, вул. Шевченка, 21, каб. 3", [2, 8, 2024, 21, 3], "deadline, address")
g.skip("Довідки за тел. (03479) 0-41-27", [3479, 4127], "phone")
g.skip("Чергова сесія сільської ради відбудеться 25 липня о 10:00", [25, 10, 0], "news brief: date and time")
g.skip("завершено ремонт 1,4 км дороги; вартість робіт – 2,6 млн грн", [1.4, 2600000], "news brief: road repair (not the centre)")
g.skip("Громада передала на потреби ЗСУ 3 автомобілі та 160 окопних свічок", [3, 160], "news brief: items (not the centre)")
g.skip("Наклад 1 200 прим.", [1200], "print run")
g.skip("Передплатний індекс 60482.", [60482], "subscription index")
g.skip("3 «Вісник Олешанської громади» № 14 (152)", [14, 152, 3], "running footer and page number 3")

g.note("a newspaper article about the centre: the centre is the provider reported on; report_kind period_report "
       "(half-year results), `other` accepted in meta_alt; published is the issue date 19.07.2024")
g.note("the «КОРОТКО» box holds other news of the hromada (session, road repair, aid to the army): its figures are not the centre's and are skipped")
g.note("oblast is not stated anywhere on the page (Олеша is in Івано-Франківська oblast) → omitted from meta")
g.note("689 applicants are written three times (lead, body, «цифра номера» box): three facts")
g.note("numbers in words are facts: «Дванадцять соціальних робітників», «Шістнадцять сімей», «четверо працівників», "
       "«Скарг … — жодної» = 0; «двічі на тиждень» is a frequency")
g.note("«47 родин отримали соціальний супровід» (lead) and «Під супроводом у нас перебувало 45 сімей» (body) → "
       "served social_support_sjo (alt support_ongoing), two facts; they conflict (the planted slip)")
g.note("«8,9 млн грн» is the centre's 2024 budget (8 900 000 грн), annotated as budget_approved with label «на 2024 рік»")
g.note("«204 сім'ї отримали натуральну допомогу» → served natural_aid, unit families")
g.write()
