"""b51_07: a local newspaper's interview with the director of the ЦНСП of Заставнівська міська рада
(Чернівецька) about 2024. reportlab PDF in two narrow columns under a full-width masthead and headline:
lead, bold questions, answers in direct speech, photo caption, by-line, a subscription advertisement."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b51_07_zastavna_cnsp_interview2024.pdf"

MAST = "«ЗАСТАВНІВСЬКИЙ КРАЙ» · громадсько-політичний тижневик · № 6 (10 482) · 14 лютого 2025 року · Ціна 12 грн"
RUBRIC = "ЛЮДИ ГРОМАДИ"
HEADLINE = "«Кожна сім’я, з якою ми працюємо, – це окрема історія»"
LEAD = ("Центр надання соціальних послуг Заставнівської міської ради працює вже п’ятий рік. Скільки людей "
        "торік отримали допомогу, кого найбільше і чи вистачає соціальних робітників – про це наша розмова "
        "з директоркою центру.")
QA = [
    ("– Почнемо з головного: скільки людей торік звернулися по допомогу?",
     ["– Минулого року до нас звернулися 1 137 людей. Це на 214 більше, ніж у 2023-му, – розповідає директорка "
      "центру. – З них 312 – переселенці. Загалом у громаді зареєстровано близько 1 900 ВПО, тож до нас "
      "звертається кожен шостий.",
      "Оцінку потреб ми провели 418 людям, а послуги отримали 964 особи. Якщо рахувати самі послуги – понад "
      "21 тисячу за рік."]),
    ("– Найбільше, мабуть, роботи з людьми похилого віку?",
     ["– Так. Догляд вдома – це 176 підопічних, і їх обслуговують 22 соціальні робітниці. У середньому на кожну "
      "припадає 8 людей, а між селами інколи 5–7 кілометрів. Безоплатно послугу отримує 131 людина, решта платить "
      "за тарифом – 62 гривні за годину. Ще 27 людей щодня приходять у відділення денного догляду, у клуб "
      "«Срібний вік»."]),
    ("– А сім’ї з дітьми?",
     ["– Під соціальним супроводом торік було 44 сім’ї, у них 97 дітей. У 29 сім’ях складні життєві обставини "
      "вдалося подолати, ще 9 перейшли з нами у 2025 рік. Кожна така історія – це місяці роботи."]),
    ("– Гуманітарна допомога досі актуальна?",
     ["– Дуже. Ми видали 2 400 продуктових наборів – це 728 родин, на суму майже 1,3 мільйона гривень. "
      "Допомагали партнери – три благодійні фонди."]),
    ("– Чи вистачає людей?",
     ["– Нас 38 у колективі, хоча за штатом – 43 посади. Соціального робітника знайти важко, особливо в села. "
      "Але скарг за рік – жодної, а от подяк – десятки."]),
    ("– Що найбільше запам’яталося?",
     ["– Мабуть, заходи. Ми провели 35 заходів – від майстер-класів до поїздки до Хотина, – і взяли в них участь "
      "понад 600 людей. Наприкінці року ми опитали 150 отримувачів: 93 % задоволені нашою роботою.",
      "А ще – ті 41 сім’я, з якими ми працювали весь рік. Кожна з них мені як рідна, – усміхається директорка."]),
    ("– Плани на 2025-й?",
     ["– Відкрити відділення денного догляду для дітей з інвалідністю на 12 місць і взяти на роботу ще 5 "
      "соціальних робітників."]),
]
CAPTION = ("На фото: директорка центру (праворуч) із соціальною робітницею під час видачі продуктових наборів "
           "у с. Кадубівці. Фото автора.")
BYLINE = "Розмовляла Ірина МЕЛЬНИК"
AD = ("ПЕРЕДПЛАТА-2025! Передплатіть «Заставнівський край» у будь-якому відділенні поштового зв’язку. "
      "Передплатний індекс 61432. Вартість: 1 міс. – 52 грн, 3 міс. – 156 грн, 6 міс. – 306 грн.")
FOOT = "Телефон редакції (03737) 0-21-77 · redakciya@example.ua · стор. 3"


def build(path):
    register_fonts()
    W, H = A4
    top = Frame(1.5 * cm, H - 8 * cm, W - 3 * cm, 6.5 * cm, id="top")
    colw = (W - 3.6 * cm) / 2
    left = Frame(1.5 * cm, 1.5 * cm, colw, H - 9.8 * cm, id="left")
    right = Frame(1.5 * cm + colw + 0.6 * cm, 1.5 * cm, colw, H - 9.8 * cm, id="right")
    mast = ParagraphStyle("m", fontName="LSans", fontSize=8, leading=10, alignment=1)
    rub = ParagraphStyle("r", fontName="LSans-B", fontSize=9, leading=12, textColor=colors.darkred)
    hl = ParagraphStyle("h", fontName="LSerif-B", fontSize=18, leading=22, spaceBefore=4, spaceAfter=6)
    lead = ParagraphStyle("l", fontName="LSerif-I", fontSize=11, leading=14)
    q = ParagraphStyle("q", fontName="LSerif-B", fontSize=9.5, leading=12, spaceBefore=5)
    a = ParagraphStyle("a", fontName="LSerif", fontSize=9.5, leading=12, firstLineIndent=10)
    cap = ParagraphStyle("c", fontName="LSerif-I", fontSize=8, leading=10, spaceBefore=6)
    by = ParagraphStyle("b", fontName="LSerif-B", fontSize=9, leading=12, alignment=2, spaceBefore=6)
    el = [Paragraph(MAST, mast), Spacer(1, 6), Paragraph(RUBRIC, rub), Paragraph(HEADLINE, hl),
          Paragraph(LEAD, lead), FrameBreak()]
    for i, (qq, aa) in enumerate(QA):
        el.append(Paragraph(qq, q))
        el += [Paragraph(x, a) for x in aa]
        if i == 2:
            el.append(Paragraph(CAPTION, cap))
    el.append(Paragraph(BYLINE, by))
    t = Table([[Paragraph(AD, ParagraphStyle("ad", fontName="LSans-B", fontSize=8.5, leading=11))]], colWidths=[colw - 4])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee"))]))
    el += [Spacer(1, 10), t, Spacer(1, 6), Paragraph(FOOT, mast)]
    doc = BaseDocTemplate(path, pagesize=A4, invariant=1, title="Заставнівський край № 6", author="Редакція")
    doc.addPageTemplates([PageTemplate(id="p", frames=[top, left, right])])
    doc.build(el)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Заставнівської міської ради",
        "centre_type": "cnsp", "settlement": "Заставна", "report_kind": "other",
        "period_start": "2024-01-01", "period_end": "2024-12-31", "published": "2025-02-14",
    }, meta_alt={"report_kind": ["annual_report"], "oblast": ["Чернівецька"]})
    ap = g.f("applied", "persons", 1137, "Минулого року до нас звернулися 1 137 людей")
    ap2 = g.f("applied", "persons", 312, "З них 312 – переселенці", category="внутрішньо переміщені особи", parent=ap)
    na = g.f("needs_assessed", "persons", 418, "Оцінку потреб ми провели 418 людям")
    sv = g.f("served", "persons", 964, "послуги отримали 964 особи")
    sp = g.f("services_provided", "services", 21000, "Якщо рахувати самі послуги – понад 21 тисячу за рік",
             note="«понад 21 тисячу» is 21 000")
    hc = g.f("served", "persons", 176, "Догляд вдома – це 176 підопічних", service="home_care")
    sw = g.f("staff_actual", "staff", 22, "їх обслуговують 22 соціальні робітниці", label="соціальні робітники")
    free = g.f("served", "persons", 131, "Безоплатно послугу отримує 131 людина", service="home_care",
               label="безоплатно", parent=hc)
    dc = g.f("served", "persons", 27, "Ще 27 людей щодня приходять у відділення денного догляду", service="day_care")
    su = g.f("served", "families", 44, "Під соціальним супроводом торік було 44 сім'ї",
             service="social_support_sjo", alt=["support_ongoing"])
    suc = g.f("served", "children", 97, "у них 97 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=su)
    op = g.f("outcome_positive", "families", 29, "У 29 сім'ях складні життєві обставини вдалося подолати",
             service="social_support_sjo", parent=su)
    on = g.f("support_ongoing", "families", 9, "ще 9 перейшли з нами у 2025 рік", service="social_support_sjo",
             parent=su, note="a 2024 figure: families whose support continues into 2025")
    aidf = g.f("served", "families", 728, "це 728 родин", label="гуманітарна допомога (продуктові набори)")
    aidv = g.f("aid_value", "uah", 1300000, "на суму майже 1,3 мільйона гривень",
               note="«майже 1,3 мільйона» is stored as 1 300 000")
    act = g.f("staff_actual", "staff", 38, "Нас 38 у колективі")
    pos = g.f("staff_positions", "positions", 43, "за штатом – 43 посади")
    cm_ = g.f("complaints", "complaints", 0, "скарг за рік – жодної", note="«жодної» = 0")
    ev = g.f("events", "events", 35, "Ми провели 35 заходів")
    ep = g.f("event_participants", "persons", 600, "понад 600 людей", parent=ev, note="«понад 600» is 600")
    rs = g.f("survey_respondents", "recipients", 150, "ми опитали 150 отримувачів", unit_alt="persons")
    sat = g.f("satisfaction", "percent", 93, "93 % задоволені нашою роботою", alt=["share"])
    su2 = g.f("served", "families", 41, "ті 41 сім'я, з якими ми працювали весь рік",
              service="social_support_sjo", alt=["support_ongoing"],
              note="the director's second figure for the families under support; conflicts with 44")

    g.slip("internal_conflict", "error", "А ще – ті 41 сім'я, з якими ми працювали весь рік.", 41, 44, [su, su2],
           "families under social support in 2024: «44 сім'ї» in the answer on families with children, «41 сім'я» "
           "in the summing-up",
           f"{su} == {su2}")

    g.check("parts_sum", "З них 312 – переселенці", "312 IDP ≤ 1 137; 964 served ≤ 1 137; 418 assessed ≤ 1 137",
            f"{ap2} <= {ap} and {sv} <= {ap} and {na} <= {ap}")
    g.check("parts_sum", "Безоплатно послугу отримує 131 людина", "131 ≤ 176", f"{free} <= {hc}")
    g.check("parts_sum", "У 29 сім'ях складні життєві обставини вдалося подолати", "29 + 9 ≤ 44",
            f"{op} + {on} <= {su}")
    g.check("parts_sum", "Нас 38 у колективі", "22 social workers ≤ 38 ≤ 43", f"{sw} <= {act} <= {pos}")
    g.check("percent_impossible", "93 % задоволені нашою роботою", "93 % reachable with 150 (140 of 150)",
            f"grim_ok({sat}, {rs}, 0)")
    g.check("parts_sum", "У середньому на кожну припадає 8 людей", "176 / 22 = 8 (ratio is a literal)",
            f"{hc} / {sw} == 8")

    g.skip(MAST.replace("’", "'"), [6, 10482, 14, 2025, 12], "issue number, date, price")
    g.skip("працює вже п'ятий рік", [5], "age of the centre (word)")
    g.skip("Це на 214 більше, ніж у 2023-му", [214, 2023], "difference from the prior year")
    g.skip("Загалом у громаді зареєстровано близько 1 900 ВПО", [1900], "IDP population of the hromada")
    g.skip("кожен шостий", [6], "ratio in words")
    g.skip("У середньому на кожну припадає 8 людей, а між селами інколи 5–7 кілометрів", [8, 5, 7], "ratio and distance")
    g.skip("62 гривні за годину", [62], "tariff")
    g.skip("Ми видали 2 400 продуктових наборів", [2400], "items")
    g.skip("три благодійні фонди", [3], "partners (word)")
    g.skip("Відкрити відділення денного догляду для дітей з інвалідністю на 12 місць і взяти на роботу ще 5",
           [12, 5], "plan for 2025")
    g.skip("Плани на 2025-й?", [2025], "year")
    g.skip("Передплатний індекс 61432. Вартість: 1 міс. – 52 грн, 3 міс. – 156 грн, 6 міс. – 306 грн.",
           [2025, 61432, 1, 52, 3, 156, 6, 306], "subscription advertisement")
    g.skip("Телефон редакції (03737) 0-21-77", [3737, 2177], "editorial phone")
    g.skip("стор. 3", [3], "page number")

    g.note("a newspaper interview published 14 February 2025 about 2024 («торік», «минулого року»): published = the "
           "issue date, period = 2024, report_kind other (annual_report accepted in meta_alt). Only the centre's 2024 "
           "figures are facts; the paper's own numbers (issue, price, subscription) are skipped")
    g.note("the oblast is not written anywhere → omitted from meta, Чернівецька accepted in meta_alt")
    g.note("the text is in two columns; the reader prints the top frame, then the left column, then the right")
    g.note("«понад 600», «понад 21 тисячу» and «майже 1,3 мільйона» are stored as the written round figure")
    g.note("«728 родин» received food sets → served families with a label (no service id written)")
    g.write()


if __name__ == "__main__":
    main()
