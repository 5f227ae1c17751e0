"""b79_08: КУ «ЦНСП» Дубівської селищної ради (Закарпатська): a reply to a request for public information
on the centre's 2024 figures. An outgoing letter (letterhead, number and date, anonymised requester,
questions restated by number, each followed by the answer, articles of the Law, right to appeal,
signature block, executor's phone). reportlab PDF."""
from common import Gold, report_path, register_fonts

DOC = "b79_08_dubove_cnsp_infoanswer2024.pdf"

LETTERHEAD = [
    "УКРАЇНА",
    "ДУБІВСЬКА СЕЛИЩНА РАДА ТЯЧІВСЬКОГО РАЙОНУ ЗАКАРПАТСЬКОЇ ОБЛАСТІ",
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ»",
    "90531, смт Дубове, вул. Головна, 88, тел. (03134) 0-52-10, e-mail: cnsp.dubove@example.ua, код ЄДРПОУ 44027316",
]
ADDR = ["18.02.2025 № 84/02-12", "На № б/н від 12.02.2025",
        "Гр. К******* О. М.", "(електронною поштою: k*******@example.ua)"]
BODY = [
    "На Ваш запит від 12.02.2025 щодо надання публічної інформації, який надійшов на електронну пошту Центру "
    "12.02.2025 та зареєстрований за № 19-зп, відповідно до статей 19, 20 Закону України «Про доступ до публічної "
    "інформації» повідомляємо.",
    "<b>1. Щодо кількості осіб, які отримали соціальні послуги Центру у 2024 році.</b>",
    "У 2024 році соціальні послуги Центру отримали 1 036 осіб, з них 244 дитини та 312 осіб похилого віку. "
    "Оцінку потреб у соціальних послугах проведено 158 особам.",
    "<b>2. Щодо кількості отримувачів послуги догляду вдома та її вартості.</b>",
    "Послугу догляду вдома у 2024 році отримувала 91 особа, з них 67 – безоплатно, 24 – з установленням "
    "диференційованої плати. Вартість однієї години послуги затверджено рішенням виконавчого комітету селищної ради "
    "від 21.12.2023 № 412 у розмірі 74,10 грн.",
    "<b>3. Щодо кількості сімей, які перебувають у складних життєвих обставинах і отримують соціальний супровід.</b>",
    "Протягом 2024 року соціальний супровід надавався 41 сім'ї, з них 16 сімей внутрішньо переміщених осіб "
    "(41,3 %). Завершено супровід 18 сімей. Станом на 31.12.2024 під соціальним супроводом Центру перебувало "
    "23 сім'ї, в яких виховується 56 дітей.",
    "<b>4. Щодо кількості звернень громадян та скарг.</b>",
    "У 2024 році до Центру надійшло 1 312 звернень, з них 27 – в електронній формі. Скарг на якість надання "
    "соціальних послуг надійшло дві, обидві розглянуто у встановлений строк, одну визнано частково обґрунтованою.",
    "<b>5. Щодо чисельності працівників Центру та їх заробітної плати.</b>",
    "Штатним розписом на 2024 рік передбачено 32 штатні одиниці. Станом на 31.12.2024 фактично працювало "
    "29 працівників, з них 17 соціальних робітників. Середня заробітна плата соціального робітника у 2024 році "
    "становила 10 412 грн.",
    "<b>6. Щодо видатків на утримання Центру у 2024 році.</b>",
    "Кошторисом на 2024 рік затверджено 8 917,6 тис. грн, касові видатки склали 8 803,2 тис. грн, у тому числі "
    "на оплату праці з нарахуваннями (КЕКВ 2110, 2120) – 7 644,9 тис. грн, на оплату комунальних послуг та "
    "енергоносіїв (КЕКВ 2270) – 412,8 тис. грн.",
    "<b>7. Щодо прізвищ та адрес отримувачів послуги догляду вдома.</b>",
    "Запитувана інформація містить персональні дані отримувачів і належить до інформації з обмеженим доступом "
    "(частина друга статті 6, стаття 7 Закону України «Про доступ до публічної інформації»), тому в цій частині "
    "у задоволенні запиту відмовлено відповідно до пункту 2 частини першої статті 22 зазначеного Закону.",
    "Відповідно до статті 23 Закону України «Про доступ до публічної інформації» рішення, дії чи бездіяльність "
    "розпорядника інформації можуть бути оскаржені до керівника розпорядника, вищого органу або суду.",
]
SIGN = ["Директор КУ «ЦНСП»                                   (підпис)",
        "Виконавець: юрисконсульт, тел. (03134) 0-52-17"]


def make_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.platypus.flowables import HRFlowable
    register_fonts()
    lh = ParagraphStyle("lh", fontName="LSerif-B", fontSize=11, leading=13, alignment=1)
    lhs = ParagraphStyle("lhs", fontName="LSerif", fontSize=8.5, leading=10, alignment=1)
    ad = ParagraphStyle("ad", fontName="LSerif", fontSize=12, leading=14, leftIndent=95 * mm)
    no = ParagraphStyle("no", fontName="LSerif", fontSize=11, leading=13)
    st = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=15, spaceAfter=5, firstLineIndent=10 * mm,
                        alignment=4)
    story = [Paragraph(x, lh) for x in LETTERHEAD[:3]] + [Paragraph(LETTERHEAD[3], lhs),
             HRFlowable(width="100%", thickness=1.5, color=colors.black, spaceBefore=3, spaceAfter=6)]
    story += [Paragraph(x, no) for x in ADDR[:2]] + [Spacer(1, 4 * mm)]
    story += [Paragraph(x, ad) for x in ADDR[2:]] + [Spacer(1, 6 * mm)]
    story += [Paragraph(x, st) for x in BODY] + [Spacer(1, 8 * mm)]
    story += [Paragraph(x, no) for x in SIGN]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=12 * mm,
                      topMargin=12 * mm, bottomMargin=15 * mm, title="Відповідь на запит", author="КУ ЦНСП").build(story)


def build():
    make_pdf(report_path(DOC))
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Дубівської селищної ради",
        "centre_type": "cnsp", "settlement": "Дубове", "oblast": "Закарпатська",
        "report_kind": "other", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Дубівської селищної ради",
                    "КУ «Центр надання соціальних послуг» Дубівської селищної ради"],
         "report_kind": ["annual_report"]})
    f1 = g.f("served", "persons", 1036, "У 2024 році соціальні послуги Центру отримали 1 036 осіб")
    f2 = g.f("served", "children", 244, "з них 244 дитини", parent=f1)
    f3 = g.f("served", "persons", 312, "312 осіб похилого віку", category="особи похилого віку", parent=f1)
    f4 = g.f("needs_assessed", "persons", 158, "Оцінку потреб у соціальних послугах проведено 158 особам")
    f5 = g.f("served", "persons", 91, "Послугу догляду вдома у 2024 році отримувала 91 особа", service="home_care")
    f6 = g.f("served", "persons", 67, "з них 67 – безоплатно", service="home_care", label="безоплатно",
             group="home_care_91_by_payment", parent=f5)
    f7 = g.f("served", "persons", 24, "24 – з установленням \nдиференційованої плати".replace(" \n", " "),
             service="home_care", label="з диференційованою платою", group="home_care_91_by_payment", parent=f5)
    f8 = g.f("served", "families", 41, "Протягом 2024 року соціальний супровід надавався 41 сім'ї",
             service="social_support_sjo")
    f9 = g.f("served", "families", 16, "з них 16 сімей внутрішньо переміщених осіб \n(41,3 %)".replace(" \n", " "),
             percent=41.3, service="social_support_sjo", category="внутрішньо переміщені особи", parent=f8)
    f10 = g.f("support_completed", "families", 18, "Завершено супровід 18 сімей", service="social_support_sjo",
              parent=f8)
    f11 = g.f("support_ongoing", "families", 23, "під соціальним супроводом Центру перебувало \n23 сім'ї".replace(" \n", " "),
              service="social_support_sjo", alt=["served"])
    f12 = g.f("support_ongoing", "children", 56, "в яких виховується 56 дітей", service="social_support_sjo",
              alt=["served"], parent=f11)
    f13 = g.f("applied", "applications", 1312, "до Центру надійшло 1 312 звернень")
    f14 = g.f("applied", "applications", 27, "з них 27 – в електронній формі", label="в електронній формі", parent=f13)
    f15 = g.f("complaints", "complaints", 2, "Скарг на якість надання соціальних послуг надійшло дві",
              note="number written in words")
    f16 = g.f("staff_positions", "positions", 32, "Штатним розписом на 2024 рік передбачено 32 штатні одиниці")
    f17 = g.f("staff_actual", "staff", 29, "фактично працювало \n29 працівників".replace(" \n", " "))
    f18 = g.f("staff_actual", "staff", 17, "з них 17 соціальних робітників", label="соціальні робітники", parent=f17)
    f19 = g.f("budget_approved", "uah", 8917600, "Кошторисом на 2024 рік затверджено 8 917,6 тис. грн",
              label="кошторис на 2024 рік")
    f20 = g.f("budget_spent", "uah", 8803200, "касові видатки склали 8 803,2 тис. грн", label="касові видатки за 2024 рік")
    f21 = g.f("budget_spent", "uah", 7644900, "на оплату праці з нарахуваннями (КЕКВ 2110, 2120) – 7 644,9 тис. грн",
              label="оплата праці з нарахуваннями (КЕКВ 2110, 2120)", parent=f20,
              note="two KEKV codes written together: no single kekv set")
    f22 = g.f("budget_spent", "uah", 412800, "на оплату комунальних послуг та \nенергоносіїв (КЕКВ 2270) – 412,8 тис. грн".replace(" \n", " "),
              kekv="2270", label="оплата комунальних послуг та енергоносіїв", parent=f20)

    q9 = g._by_id[f9]["quote"]
    g.slip("percent_mismatch", "error", q9, 41.3, 39.0, [f9, f8],
           "16 of 41 families is 39,0 %, not 41,3 %", "pct_ok(p9, f9, f8, 1)")
    g.slip("percent_impossible", "error", q9, 41.3, "39,0 (16/41) or 41,5 (17/41)", [f9, f8],
           "no whole number of families out of 41 gives 41,3 % (16 → 39,0; 17 → 41,5): the same slip as the "
           "percent_mismatch finding", "grim_ok(p9, f8, 1)")
    g.check("parts_sum", "з них 67 – безоплатно", "67 + 24 = 91", "f6 + f7 == f5")
    g.check("parts_sum", "Завершено супровід 18 сімей", "41 under support in the year − 18 completed = 23 at 31.12.2024",
            "f8 - f10 == f11")
    g.check("parts_sum", "з них 244 дитини та 312 осіб похилого віку", "244 + 312 ≤ 1 036; 91 home care ≤ 1 036",
            "f2 + f3 <= f1 and f5 <= f1")
    g.check("parts_sum", "з них 27 – в електронній формі", "27 ≤ 1 312", "f14 <= f13")
    g.check("parts_sum", "з них 17 соціальних робітників", "17 ≤ 29 ≤ 32", "f18 <= f17 <= f16")
    g.check("parts_sum", "касові видатки склали 8 803,2 тис. грн, у тому числі",
            "7 644,9 + 412,8 = 8 057,7 ≤ 8 803,2 ≤ 8 917,6 (the «у тому числі» list is not exhaustive)",
            "f21 + f22 <= f20 <= f19")

    g.skip("90531, смт Дубове, вул. Головна, 88, тел. (03134) 0-52-10", [90531, 88, 3134, 5210],
           "postcode, address, phone")
    g.skip("код ЄДРПОУ 44027316", [44027316], "ЄДРПОУ")
    g.skip("18.02.2025 № 84/02-12", [18, 2, 2025, 84, 2, 12], "outgoing date and number")
    g.skip("На № б/н від 12.02.2025", [12, 2, 2025], "date of the request")
    g.skip("На Ваш запит від 12.02.2025 щодо надання публічної інформації, який надійшов на електронну пошту Центру 12.02.2025 та зареєстрований за № 19-зп, відповідно до статей 19, 20",
           [12, 2, 2025, 12, 2, 2025, 19, 19, 20], "request date, registration number, article numbers")
    g.skip("1. Щодо кількості осіб, які отримали соціальні послуги Центру у 2024 році.", [1, 2024],
           "question number, year")
    g.skip("2. Щодо кількості отримувачів", [2, 3, 4, 5, 6, 7], "question numbers 2.–7.")
    g.skip("рішенням виконавчого комітету селищної ради від 21.12.2023 № 412 у розмірі 74,10 грн",
           [21, 12, 2023, 412, 74.10], "decision date and number, tariff")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("одну визнано частково обґрунтованою", [1], "complaint outcome (no §3 id)")
    g.skip("Середня заробітна плата соціального робітника у 2024 році становила 10 412 грн.", [2024, 10412],
           "average salary (no §3 id)")
    g.skip("(частина друга статті 6, стаття 7 Закону України «Про доступ до публічної інформації»)", [2, 6, 7],
           "part and article numbers")
    g.skip("відповідно до пункту 2 частини першої статті 22 зазначеного Закону", [2, 1, 22],
           "item, part and article numbers")
    g.skip("Відповідно до статті 23 Закону України", [23], "article number (right to appeal)")
    g.skip("тел. (03134) 0-52-17", [3134, 5217], "executor's phone")
    g.skip("У 2024 році", [2024], "year")

    g.note("a reply to a request for public information: report_kind other (meta_alt annual_report, since every "
           "answer gives 2024 figures); the period is 2024, the year the questions ask about")
    g.note("the letter's date 18.02.2025 and the request's 12.02.2025 are not the period; «published» is not set")
    g.note("«Протягом 2024 року соціальний супровід надавався 41 сім'ї» → served social_support_sjo; «Станом на "
           "31.12.2024 ... перебувало 23 сім'ї» → support_ongoing (alt served), with its 56 children")
    g.note("«Скарг ... надійшло дві» → complaints 2 (written in words)")
    g.note("the slip (41,3 % for 16 of 41) is recorded as two findings sharing slip #1: percent_mismatch and percent_impossible")
    g.note("the letterhead's address line and the outgoing number come out on one line in the read text")
    g.write()

if __name__ == "__main__":
    build()
