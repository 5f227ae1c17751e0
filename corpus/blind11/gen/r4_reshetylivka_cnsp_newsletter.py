"""b11_04: two-column newsletter article about a ЦНСП's year, with a pull quote and a photo caption (PDF via reportlab)."""
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from common import Gold, report_path

DOC = "b11_04_reshetylivka_cnsp_newsletter2023.pdf"
NB = "\u00a0"

MAST = f"РЕШЕТИЛІВСЬКИЙ ВІСНИК"
MAST2 = f"Інформаційний бюлетень Решетилівської міської ради Полтавської області · №{NB}3{NB}(127) · 15 березня 2024 року"
TITLE = "Рік турботи: як працював Центр надання соціальних послуг у 2023 році"
LEAD = ("Соціальні робітники, психолог, фахівці із соціальної роботи – про те, скільки людей отримали допомогу "
        "і що змінилося в роботі центру за минулий рік.")
B1 = ("Центр надання соціальних послуг Решетилівської міської ради працює для громади, де сьогодні проживає понад "
      "26 тисяч людей, зокрема й понад чотири тисячі внутрішньо переміщених осіб. Минулий рік для колективу був "
      "непростим, але результативним.")
B2 = ("У 2023 році до центру звернулися 1 317 мешканців громади, а соціальні послуги отримали 1 214 осіб (у 2022 році – "
      "1 106). Найбільше серед отримувачів внутрішньо переміщених осіб – 412. Загалом фахівці центру надали "
      "9 482 соціальні послуги.")
B3 = ("Відділення соціальної допомоги вдома обслуговувало 240 підопічних, 96 з них (42 %) – самотні люди похилого "
      "віку, які не мають рідних поруч. Соціальні робітники щодня долають десятки кілометрів: найвіддаленіший "
      "підопічний живе за 23 км від Решетилівки.")
B4 = ("Відділення денного перебування протягом року відвідували 87 осіб. Тут працюють гуртки, клуб «Срібний вік» "
      "та «Університет третього віку».")
B5 = ("Натуральну допомогу – продуктові та гігієнічні набори, ковдри, обігрівачі – отримали 528 осіб на загальну суму "
      "1,37 млн грн. Частину допомоги передали міжнародні благодійні організації.")
B6 = ("Послугою соціального таксі скористалися 64 особи з інвалідністю, а всього надано 311 послуг соціального таксі. "
      "Вартість однієї поїздки для отримувача – 40 гривень.")
B7 = ("Під соціальним супроводом перебували 38 сімей у складних життєвих обставинах, у яких виховується 71 дитина. "
      "У 24 сім’ях складні життєві обставини вдалося подолати.")
B8 = "Психолог центру провела 436 консультацій, а послугу інформування отримали 702 особи."
B9 = ("Проведено 27 групових заходів – від майстер-класів до тренінгів з фінансової грамотності, у них взяли участь "
      "540 учасників.")
B10 = "У центрі працює 57 працівників, з них 31 – соціальні робітники."
B11 = ("У грудневому анкетуванні взяли участь 150 отримувачів послуг, і 97 % з них оцінили якість обслуговування як "
       "добру. Скарг на роботу працівників за рік не надійшло.")
B12 = ("Кошторис центру на 2023 рік становив 14,6 млн грн, використано 14,2 млн грн. За платні послуги до "
       "спеціального фонду надійшло 212,3 тис. грн. На 2024 рік міська рада передбачила 16,1 млн грн.")
B13 = ("Звернутися до центру можна за адресою: м. Решетилівка, вул. Покровська, 14, або за телефоном "
       "(05363) 0-15-27.")
PULL = f"«За рік ми надали 9{NB}482 соціальні послуги – і за кожною з них конкретна людина», – директорка центру."
CAPTION = "На фото: заняття «Університету третього віку», який торік відвідували 43 слухачі."
BYLINE = "Підготувала прес-служба Решетилівської міської ради"


def build_pdf(path):
    rl_config.invariant = 1  # reproducible bytes (no creation timestamp or random id)
    pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSI", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("DVSa", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    mast = ParagraphStyle("mast", fontName="DVSa", fontSize=20, leading=24, textColor=colors.HexColor("#1d3f72"))
    mast2 = ParagraphStyle("mast2", fontName="DVS", fontSize=8, leading=10, textColor=colors.grey)
    title = ParagraphStyle("title", fontName="DVSB", fontSize=17, leading=21, spaceBefore=8, spaceAfter=4)
    lead = ParagraphStyle("lead", fontName="DVSI", fontSize=10, leading=13, spaceAfter=6)
    body = ParagraphStyle("body", fontName="DVS", fontSize=9.3, leading=12.4, alignment=4, spaceAfter=5,
                          firstLineIndent=10)
    pull = ParagraphStyle("pull", fontName="DVSB", fontSize=11.5, leading=15, textColor=colors.HexColor("#1d3f72"))
    cap = ParagraphStyle("cap", fontName="DVSI", fontSize=8, leading=10, textColor=colors.HexColor("#444444"),
                         spaceBefore=2, spaceAfter=8)
    by = ParagraphStyle("by", fontName="DVSI", fontSize=8, leading=10, alignment=2, spaceBefore=6)

    W, H = A4
    m, gap, top_h = 36, 18, 150
    cw = (W - 2 * m - gap) / 2
    frames = [Frame(m, H - m - top_h, W - 2 * m, top_h, id="top"),
              Frame(m, m, cw, H - 2 * m - top_h - 6, id="c1"),
              Frame(m + cw + gap, m, cw, H - 2 * m - top_h - 6, id="c2")]

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#1d3f72"))
        canvas.setLineWidth(1.2)
        canvas.line(m, H - m - 62, W - m, H - m - 62)
        canvas.setLineWidth(0.4)
        canvas.line(m + cw + gap / 2, m, m + cw + gap / 2, H - m - top_h - 10)
        canvas.setFont("DVS", 7)
        canvas.drawRightString(W - m, m - 14, "Сторінка 4")
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Решетилівський вісник № 3 (127)", author="Решетилівська міська рада")
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    pull_box = Table([[Paragraph(PULL, pull)]], colWidths=[cw - 4])
    pull_box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eaf0f8")),
                                  ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor("#1d3f72")),
                                  ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 10)]))
    photo = Table([[""]], colWidths=[cw - 4], rowHeights=[120])
    photo.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#c9c9c9"))]))
    story = [Paragraph(MAST, mast), Spacer(1, 12), Paragraph(MAST2, mast2), Paragraph(TITLE, title),
             Paragraph(LEAD, lead), FrameBreak(),
             Paragraph(B1, body), Paragraph(B2, body), Paragraph(B3, body), Spacer(1, 4), pull_box, Spacer(1, 8),
             Paragraph(B4, body), Paragraph(B5, body), Paragraph(B6, body), Paragraph(B7, body),
             FrameBreak(),
             photo, Paragraph(CAPTION, cap),
             Paragraph(B8, body), Paragraph(B9, body), Paragraph(B10, body), Paragraph(B11, body),
             Paragraph(B12, body), Paragraph(B13, body), Paragraph(BYLINE, by)]
    doc.build(story)


def main():
    build_pdf(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Решетилівської міської ради",
        "centre_type": "cnsp",
        "settlement": "Решетилівка",
        "oblast": "Полтавська",
        "report_kind": "other",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
        "published": "2024-03-15",
    }, meta_alt={"report_kind": ["annual_report"]})
    g.f("applied", "persons", 1317, "У 2023 році до центру звернулися 1 317 мешканців громади")
    f_srv = g.f("served", "persons", 1214, "соціальні послуги отримали 1 214 осіб")
    g.f("served", "persons", 412, "Найбільше серед отримувачів внутрішньо переміщених осіб – 412",
        category="внутрішньо переміщені особи", parent=f_srv)
    g.f("services_provided", "services", 9482, "Загалом фахівці центру надали 9 482 соціальні послуги")
    f_hc = g.f("served", "persons", 240, "Відділення соціальної допомоги вдома обслуговувало 240 підопічних",
               service="home_care")
    f_96 = g.f("served", "persons", 96, "96 з них (42 %) – самотні люди похилого віку", percent=42,
               service="home_care", category="самотні особи похилого віку", parent=f_hc)
    g.f("served", "persons", 87, "Відділення денного перебування протягом року відвідували 87 осіб", service="day_care")
    g.f("served", "persons", 528, "Натуральну допомогу – продуктові та гігієнічні набори, ковдри, обігрівачі – отримали 528 осіб",
        service="natural_aid")
    g.f("aid_value", "uah", 1370000, "на загальну суму 1,37 млн грн", service="natural_aid")
    g.f("served", "persons", 64, "Послугою соціального таксі скористалися 64 особи з інвалідністю", service="social_taxi",
        category="особи з інвалідністю")
    g.f("services_provided", "services", 311, "всього надано 311 послуг соціального таксі", service="social_taxi")
    f_sup = g.f("served", "families", 38, "Під соціальним супроводом перебували 38 сімей у складних життєвих обставинах",
                service="social_support_sjo", alt=["support_ongoing"])
    g.f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
        alt=["support_ongoing"], parent=f_sup)
    g.f("outcome_positive", "families", 24, "У 24 сім’ях складні життєві обставини вдалося подолати",
        service="social_support_sjo", parent=f_sup)
    g.f("services_provided", "services", 436, "Психолог центру провела 436 консультацій", service="counselling",
        label="консультації психолога")
    g.f("served", "persons", 702, "послугу інформування отримали 702 особи", service="informing")
    g.f("events", "events", 27, "Проведено 27 групових заходів")
    g.f("event_participants", "persons", 540, "у них взяли участь 540 учасників")
    f_st = g.f("staff_actual", "staff", 57, "У центрі працює 57 працівників")
    g.f("staff_actual", "staff", 31, "з них 31 – соціальні робітники", label="соціальні робітники", parent=f_st)
    g.f("survey_respondents", "recipients", 150, "У грудневому анкетуванні взяли участь 150 отримувачів послуг",
        unit_alt="persons")
    g.f("satisfaction", "percent", 97, "97 % з них оцінили якість обслуговування як добру", alt=["share"])
    g.f("complaints", "complaints", 0, "Скарг на роботу працівників за рік не надійшло")
    g.f("budget_approved", "uah", 14600000, "Кошторис центру на 2023 рік становив 14,6 млн грн", label="кошторис")
    g.f("budget_spent", "uah", 14200000, "використано 14,2 млн грн", label="кошторис")
    g.f("budget_received", "uah", 212300, "За платні послуги до спеціального фонду надійшло 212,3 тис. грн",
        label="платні послуги")
    g.f("services_provided", "services", 9482, "«За рік ми надали 9 482 соціальні послуги",
        label="повтор у виносній цитаті",
        note="pull quote repeats the body's 9 482: a total written twice in different places is two facts")
    g.f("served", "persons", 43, CAPTION, label="Університет третього віку", alt=["event_participants"],
        uncertain=True, note="photo caption; listeners of the University of the Third Age (run by the day-care "
        "department, but the caption does not say so, so no service is set)")

    g.slip("percent_mismatch", "error", "96 з них (42 %) – самотні люди похилого віку", 42, 40, [f_96, f_hc],
           "96 of the 240 home-care clients: 96/240 = 40.0 %, written 42 %.")

    g.check("parts_sum", "Найбільше серед отримувачів внутрішньо переміщених осіб – 412",
            "412 IDPs ≤ 1 214 recipients ≤ 1 317 applicants (subsets)")
    g.check("percent_impossible", "97 % з них оцінили якість обслуговування як добру",
            "145/150 = 96.7 % → 97 (achievable with N = 150)")
    g.check("parts_sum", "У 24 сім’ях складні життєві обставини вдалося подолати", "24 ≤ 38 families under support")
    g.check("internal_conflict", "«За рік ми надали 9 482 соціальні послуги",
            "pull quote agrees with the body (9 482 services)")

    g.skip("№ 3 (127) · 15 березня 2024 року", [3, 127, 15, 2024], "issue number and date (date → meta.published)")
    g.skip("проживає понад 26 тисяч людей, зокрема й понад чотири тисячі внутрішньо переміщених осіб",
           [26000, 4000], "population of the hromada (and its IDPs), not service figures")
    g.skip("(у 2022 році – 1 106)", [2022, 1106], "prior-year figure")
    g.skip("найвіддаленіший підопічний живе за 23 км від Решетилівки", [23], "distance")
    g.skip("Вартість однієї поїздки для отримувача – 40 гривень", [40], "price per unit (tariff)")
    g.skip("На 2024 рік міська рада передбачила 16,1 млн грн", [2024, 16100000], "next year's budget (a plan)")
    g.skip("вул. Покровська, 14, або за телефоном (05363) 0-15-27", [14, 5363], "address and phone")
    g.skip("Сторінка 4", [4], "page number")

    g.note("report_kind other: a newsletter article, not the centre's own report; it summarises the whole of 2023, so "
           "annual_report is accepted in meta_alt. published = the issue date printed in the masthead")
    g.note("«1,37 млн грн» → 1 370 000 uah; «14,6 млн грн» → 14 600 000")
    g.note("the pull quote and the body both give 9 482 services: two facts (second labelled as the repeat)")
    g.note("«під соціальним супроводом перебували 38 сімей» → served with alt support_ongoing, as in the seed gold")
    g.note("«436 консультацій» are counselling acts (services_provided), not persons")
    g.write()


if __name__ == "__main__":
    main()
