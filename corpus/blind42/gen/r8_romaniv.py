"""b42_08: ЦСС Романівської селищної ради, the year 2024 told in a hromada bulletin. Less common style 2: most figures
in words, in several grammatical cases, a few in digits (a «Цифри року» box). reportlab PDF."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, read_text, register_dejavu

NAME = "b42_08_romaniv_css_bulletin2024.pdf"
register_dejavu()
MAST = ParagraphStyle("m", fontName="DSans-B", fontSize=20, leading=24, alignment=1)
SUB = ParagraphStyle("s", fontName="DSans", fontSize=8.5, leading=11, alignment=1, spaceAfter=10)
RUB = ParagraphStyle("r", fontName="DSans-B", fontSize=9, leading=12, textColor=colors.HexColor("#8a1c1c"))
HEAD = ParagraphStyle("h", fontName="DSerif-B", fontSize=15, leading=19, spaceAfter=6)
LEAD = ParagraphStyle("l", fontName="DSerif-I", fontSize=11, leading=15, spaceAfter=8)
N = ParagraphStyle("n", fontName="DSerif", fontSize=10.5, leading=14.5, spaceAfter=5, firstLineIndent=12)
BOXH = ParagraphStyle("bh", fontName="DSans-B", fontSize=10, leading=13)
BOX = ParagraphStyle("b", fontName="DSans", fontSize=9.5, leading=12.5)
A = "\u2019"

story = [
    Paragraph("РОМАНІВСЬКИЙ ВІСНИК", MAST),
    Paragraph("Інформаційний бюлетень Романівської селищної ради • № 4 (112) • квітень 2025 • Наклад 1 500 прим.", SUB),
    Paragraph("СОЦІАЛЬНА СФЕРА", RUB),
    Paragraph("Рік, коли допомога приходила додому: центр соціальних служб підбив підсумки 2024-го", HEAD),
    Paragraph(f"Понад сто двадцять дзвінків на «гарячу лінію», сорок дві сім{A}ї під супроводом і жодної скарги – так "
              f"минув 2024 рік для Центру соціальних служб Романівської селищної ради.", LEAD),
    Paragraph(f"Торік до центру по допомогу звернулися сто сорок сім родин – помітно більше, ніж у 2023-му, коли їх "
              f"було сто дев{A}ять. Фахівці провели оцінку потреб дев{A}яноста двом сім{A}ям. У п{A}ятдесяти однієї з них "
              f"підтвердилися складні життєві обставини: втрата годувальника, борги, хвороба, насильство.", N),
    Paragraph(f"Про родини, яким може знадобитися допомога, центр дізнається і від сусідів, і від школи, і від "
              f"сімейного лікаря: за рік надійшли повідомлення про шістдесят чотири сім{A}ї.", N),
    Paragraph(f"Під соціальним супроводом протягом року перебували сорок дві сім{A}ї, у яких виховуються дев{A}яносто "
              f"три дитини. Двадцять шість родин узяли під супровід уже в 2024-му, решта шістнадцять перейшли з "
              f"попереднього року. «Супровід – це не контроль, а плече поруч», – пояснюють у центрі.", N),
    Paragraph(f"Завершили супровід тридцять родин. У двадцяти трьох сім{A}ях труднощі вдалося подолати, ще в п{A}яти – "
              f"суттєво зменшити, а дві родини від співпраці відмовилися.", N),
    Paragraph(f"Окремий напрям – прийомні сім{A}ї. У громаді їх три, а ще є один дитячий будинок сімейного типу; разом "
              f"у них виховуються чотирнадцятеро дітей, і всіх їх супроводжує центр.", N),
    Paragraph(f"Консультації торік отримали двісті сорок п{A}ять мешканців громади, а загалом фахівці надали понад "
              f"дві тисячі соціальних послуг. Майже половина звернень стосувалася оформлення допомог і пільг, кожне "
              f"п{A}яте – житлових питань.", N),
    Paragraph(f"Дев{A}ятнадцять групових заходів – тренінги для батьків, клуб «Мама-підліток», зустрічі з родинами "
              f"ветеранів – зібрали близько трьохсот учасників. Перед першим вереснем центр передав шкільне "
              f"приладдя й одяг п{A}ятнадцятьом дітям із малозабезпечених родин.", N),
    Paragraph(f"Анкету про якість послуг заповнили тридцять вісім отримувачів. Тридцять чотири з них назвали допомогу "
              f"центру корисною, тож незадоволених майже немає. Скарг на роботу центру за рік не надійшло жодної.", N),
    Paragraph(f"Команда невелика: на семи штатних посадах працюють шестеро фахівців, двоє з них торік пройшли навчання "
              f"з кейс-менеджменту в Житомирі. Цього року центр планує охопити супроводом щонайменше п{A}ятдесят "
              f"сімей і відкрити другий консультаційний пункт в одному зі старостинських округів.", N),
    Spacer(1, 6),
]
box = Table([[Paragraph("ЦИФРИ РОКУ", BOXH)],
             [Paragraph("147 родин звернулися по допомогу", BOX)],
             [Paragraph(f"44 сім{A}ї під соціальним супроводом", BOX)],
             [Paragraph("93 дитини в цих сім" + A + "ях", BOX)],
             [Paragraph("19 групових заходів", BOX)]], colWidths=[70 * mm])
box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1e9d2")),
                         ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#8a1c1c"))]))
story += [box, Spacer(1, 8),
          Paragraph("Центр соціальних служб Романівської селищної ради: 13001, смт Романів, вул. Соборна, 9; "
                    "тел. (04146) 0-21-73; прийом: пн–пт 8.00–17.00.", BOX)]


def footer(canvas, d):
    canvas.setFont("DSans", 8)
    canvas.drawString(20 * mm, 10 * mm, "Романівський вісник • № 4 (112) • с. 3")


path = report_path(NAME)
SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=15 * mm, bottomMargin=18 * mm,
                  invariant=1, title="Романівський вісник № 4", author="Редакція").build(
    story, onFirstPage=footer, onLaterPages=footer)
T = read_text(path)

g = Gold(NAME, {
    "centre": "Центр соціальних служб Романівської селищної ради",
    "centre_type": "css", "settlement": "Романів",
    "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
    {"report_kind": ["other"]})


def v(x):
    return "f" + x[1:]


SJO = "social_support_sjo"
l_calls = g.f("calls", "calls", 120, "Понад сто двадцять дзвінків на «гарячу лінію»",
              note="«понад сто двадцять» → 120 (the number written is the value)")
l_42 = g.f("served", "families", 42, "сорок дві сім'ї під супроводом", service=SJO, alt=["support_ongoing"],
           label="лід статті")
l_cp = g.f("complaints", "complaints", 0, "жодної скарги", label="лід статті")
ap = g.f("applied", "families", 147, "Торік до центру по допомогу звернулися сто сорок сім родин")
na = g.f("needs_assessed", "families", 92, "Фахівці провели оцінку потреб дев'яноста двом сім'ям.")
sj = g.f("in_difficult_circumstances", "families", 51, "У п'ятдесяти однієї з них підтвердилися складні життєві обставини",
         parent=na)
no = g.f("notified", "families", 64, "за рік надійшли повідомлення про шістдесят чотири сім'ї")
s42 = g.f("served", "families", 42, "Під соціальним супроводом протягом року перебували сорок дві сім'ї", service=SJO,
          alt=["support_ongoing"])
s93 = g.f("served", "children", 93, "у яких виховуються дев'яносто три дитини", service=SJO, alt=["support_ongoing"],
          parent=s42)
s26 = g.f("support_started", "families", 26, "Двадцять шість родин узяли під супровід уже в 2024-му", service=SJO,
          group="sjo_42_by_start", parent=s42)
s16 = g.f("served", "families", 16, "решта шістнадцять перейшли з попереднього року", service=SJO,
          alt=["support_ongoing"], label="з попереднього року", group="sjo_42_by_start", parent=s42)
sc = g.f("support_completed", "families", 30, "Завершили супровід тридцять родин.", service=SJO, parent=s42)
o1 = g.f("outcome_positive", "families", 23, "У двадцяти трьох сім'ях труднощі вдалося подолати", service=SJO,
         group="completed_30_by_outcome", parent=sc)
o2 = g.f("outcome_minimized", "families", 5, "ще в п'яти – суттєво зменшити", service=SJO,
         group="completed_30_by_outcome", parent=sc)
o3 = g.f("outcome_other", "families", 2, "а дві родини від співпраці відмовилися", service=SJO,
         label="відмова від співпраці", alt=["outcome_negative"], group="completed_30_by_outcome", parent=sc)
f3 = g.f("served", "families", 3, "прийомні сім'ї. У громаді їх три", service="social_support_foster", label="прийомні сім'ї")
f1 = g.f("served", "families", 1, "а ще є один дитячий будинок сімейного типу", service="social_support_foster",
         label="дитячий будинок сімейного типу")
f14 = g.f("served", "children", 14, "разом у них виховуються чотирнадцятеро дітей", service="social_support_foster",
          label="прийомні сім'ї та ДБСТ разом", note="children of the 3 foster families and the ДБСТ together; no single parent")
co = g.f("served", "persons", 245, "Консультації торік отримали двісті сорок п'ять мешканців громади", service="counselling")
sv = g.f("services_provided", "services", 2000, "фахівці надали понад дві тисячі соціальних послуг",
         note="«понад дві тисячі» → 2000")
ev = g.f("events", "events", 19, "Дев'ятнадцять групових заходів")
ep = g.f("event_participants", "persons", 300, "зібрали близько трьохсот учасників", parent=ev,
         note="«близько трьохсот» → 300")
na15 = g.f("served", "children", 15, "центр передав шкільне приладдя й одяг п'ятнадцятьом дітям", service="natural_aid")
sr = g.f("survey_respondents", "recipients", 38, "Анкету про якість послуг заповнили тридцять вісім отримувачів",
         unit_alt="persons")
cp = g.f("complaints", "complaints", 0, "Скарг на роботу центру за рік не надійшло жодної.")
sp = g.f("staff_positions", "positions", 7, "на семи штатних посадах")
sa = g.f("staff_actual", "staff", 6, "працюють шестеро фахівців")
stt = g.f("staff_trained", "staff", 2, "двоє з них торік пройшли навчання з кейс-менеджменту", parent=sa)
b147 = g.f("applied", "families", 147, "147 родин звернулися по допомогу", label="Цифри року")
b44 = g.f("served", "families", 44, "44 сім'ї під соціальним супроводом", service=SJO, alt=["support_ongoing"],
          label="Цифри року")
b93 = g.f("served", "children", 93, "93 дитини в цих сім'ях", service=SJO, alt=["support_ongoing"], label="Цифри року",
          parent=b44)
b19 = g.f("events", "events", 19, "19 групових заходів", label="Цифри року")

g.slip("internal_conflict", "error", "44 сім'ї під соціальним супроводом", 44, 42, [b44, s42, l_42],
       "the «Цифри року» box gives 44 families under social support; the article says «сорок дві сім'ї» twice (lead and body), "
       "and its own breakdown 26 + 16 = 42 agrees with the words. Same indicator, unit, service and year.",
       f"{v(b44)} == {v(s42)}")
g.check("parts_sum", "Двадцять шість родин узяли під супровід уже в 2024-му, решта шістнадцять", "26 + 16 = 42",
        f"{v(s26)} + {v(s16)} == {v(s42)}")
g.check("parts_sum", "Завершили супровід тридцять родин.", "23 + 5 + 2 = 30; 30 ≤ 42",
        f"{v(o1)} + {v(o2)} + {v(o3)} == {v(sc)} and {v(sc)} <= {v(s42)}")
g.check("internal_conflict", "147 родин звернулися по допомогу", "box 147 = «сто сорок сім родин»; box 93 = «дев'яносто три дитини»; "
        "box 19 = «Дев'ятнадцять групових заходів»; lead 42 = body 42",
        f"{v(b147)} == {v(ap)} and {v(b93)} == {v(s93)} and {v(b19)} == {v(ev)} and {v(l_42)} == {v(s42)}")
g.check("parts_sum", "У п'ятдесяти однієї з них підтвердилися", "51 ≤ 92 ≤ 147", f"{v(sj)} <= {v(na)} <= {v(ap)}")
g.check("parts_sum", "Тридцять чотири з них назвали допомогу", "34 ≤ 38 (34 is a literal)", f"34 <= {v(sr)}")
g.check("parts_sum", "на семи штатних посадах працюють шестеро фахівців, двоє", "2 ≤ 6 ≤ 7",
        f"{v(stt)} <= {v(sa)} <= {v(sp)}")

g.skip("Романівський вісник • № 4 (112) • с. 3", [4, 112, 3], "issue number, page number (page footer)")
g.skip("Інформаційний бюлетень Романівської селищної ради • № 4 (112) • квітень 2025 • Наклад 1 500 прим.",
       [4, 112, 2025, 1500], "issue number, date, print run")
g.skip("центр соціальних служб підбив підсумки 2024-го", [2024], "year")
g.skip("ніж у 2023-му, коли їх було сто дев'ять", [2023, 109], "prior-year figure (in words)")
g.skip("Майже половина звернень стосувалася оформлення допомог і пільг, кожне п'яте – житлових питань.", [],
       "vague shares with no number («майже половина», «кожне п'яте»): no value")
g.skip("Перед першим вереснем", [1], "date (1 September, in words)")
g.skip("Тридцять чотири з них назвали допомогу центру корисною, тож незадоволених майже немає.", [34],
       "respondents who found the help useful: a count with no §3 id and no percent written (used as a literal)")
g.skip("Цього року центр планує охопити супроводом щонайменше п'ятдесят сімей і відкрити другий консультаційний пункт",
       [50, 2], "plan for 2025")
g.skip("13001, смт Романів, вул. Соборна, 9; тел. (04146) 0-21-73; прийом: пн–пт 8.00–17.00.", [13001, 9, 4146, 2173, 8, 17],
       "postcode, address, phone, office hours")
g.note("approximate words: the number written is the value – «понад сто двадцять» = 120, «понад дві тисячі» = 2000, "
       "«близько трьохсот» = 300 (as blind18's «понад 600» = 600); words with no number («майже половина», «кожне п'яте», "
       "«майже немає») give no fact")
g.note("numbers in words are facts when they are the figure itself, in any case: «дев'яноста двом сім'ям» (dative) = 92, "
       "«у п'ятдесяти однієї» (genitive) = 51, «п'ятнадцятьом дітям» = 15, «шестеро», «двоє», «жодної» = 0")
g.note("figures written twice are two facts: lead vs body (42 families, no complaints), body vs the «Цифри року» box (147, 93, 19)")
g.note("«торік» in a bulletin of April 2025 is 2024, and the headline says «підсумки 2024-го»; report_kind annual_report "
       "(meta_alt other: a newsletter article)")
g.note("«дві родини від співпраці відмовилися» → outcome_other with a label (alt outcome_negative)")
g.note("oblast is not stated (Житомир only as a training place) → omitted from meta")
g.write()
