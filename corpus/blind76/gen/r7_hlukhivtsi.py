"""b76_07: КУ «ЦНСП» Глуховецької селищної ради (Вінницька), «Підсумки роботи за 2024 рік»:
a director's slide deck exported to PDF. Landscape pages drawn with the reportlab canvas, one slide per
page: big titles, headline figures in huge type with a caption, bullet fragments, a small chart-like
table, slide numbers, a repeated footer, a title slide and a «Дякуємо за увагу!» slide."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Gold, report_path, register_dejavu
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Table, TableStyle

DOC = "b76_07_hlukhivtsi_cnsp_slides2024.pdf"
W, H = landscape(A4)
FOOT = "КУ «ЦНСП» Глуховецької селищної ради  •  12.02.2025"
BLUE = (0.12, 0.29, 0.55)


def frame(c, n, title=None):
    c.setFillColorRGB(*BLUE)
    c.rect(0, H - 14, W, 14, stroke=0, fill=1)
    c.rect(0, 0, W, 34, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DV", 10)
    c.drawString(30, 13, FOOT)
    c.drawRightString(W - 30, 13, str(n))
    c.setFillColorRGB(0, 0, 0)
    if title:
        c.setFont("DV-B", 30)
        c.setFillColorRGB(*BLUE)
        c.drawString(50, H - 75, title)
        c.setFillColorRGB(0, 0, 0)


def bullets(c, items, y0=H - 140, size=20, step=36, x=70):
    c.setFont("DV", size)
    y = y0
    for it in items:
        c.drawString(x, y, "• " + it)
        y -= step


def headline(c, big, caption, y=H / 2 - 10):
    c.setFont("DV-B", 110)
    c.setFillColorRGB(*BLUE)
    c.drawCentredString(W / 2, y, big)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.setFont("DV", 24)
    c.drawCentredString(W / 2, y - 48, caption)
    c.setFillColorRGB(0, 0, 0)


def build():
    register_dejavu()
    c = canvas.Canvas(report_path(DOC), pagesize=(W, H), invariant=1)
    c.setTitle("Підсумки роботи за 2024 рік")
    c.setAuthor("ЦНСП")
    # 1 title
    frame(c, 1)
    c.setFont("DV", 18)
    c.drawCentredString(W / 2, H - 120, "Комунальна установа «Центр надання соціальних послуг»")
    c.drawCentredString(W / 2, H - 145, "Глуховецької селищної ради")
    c.setFont("DV-B", 44)
    c.setFillColorRGB(*BLUE)
    c.drawCentredString(W / 2, H / 2, "ПІДСУМКИ РОБОТИ ЗА 2024 РІК")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DV", 18)
    c.drawCentredString(W / 2, H / 2 - 60, "Звіт директора на засіданні виконавчого комітету")
    c.drawCentredString(W / 2, H / 2 - 85, "смт Глухівці, 12 лютого 2025 року")
    c.showPage()
    # 2 about
    frame(c, 2, "Про нас")
    bullets(c, ["працюємо з 2021 року (рішення сесії № 5/12)",
                "обслуговуємо 14 населених пунктів громади",
                "5 структурних підрозділів",
                "штат — 44,5 посади",
                "працює 41 фахівець, з них 23 соціальні робітники"])
    c.showPage()
    # 3 headline
    frame(c, 3, "Головне за рік")
    headline(c, "1 204", "особи отримали соціальні послуги у 2024 році")
    c.setFont("DV", 16)
    c.drawCentredString(W / 2, 90, "(2023 рік — 1 117 осіб, +87)")
    c.showPage()
    # 4 services
    frame(c, 4, "Послуги у цифрах")
    bullets(c, ["консультування — 612 осіб",
                "натуральна допомога — 305 осіб",
                "догляд вдома — 143 особи",
                "соціальна адаптація — 54 особи",
                "соціальне таксі — 52 особи",
                "денний догляд — 38 осіб"], step=34)
    c.setFont("DV", 14)
    c.drawString(70, 95, "Надано 21 380 послуг")
    c.showPage()
    # 5 chart-like table
    frame(c, 5, "Динаміка, осіб")
    data = [["Послуга", "2022", "2023", "2024"],
            ["Консультування", "488", "551", "612"],
            ["Догляд вдома", "131", "139", "143"],
            ["Денний догляд", "—", "29", "38"],
            ["Соціальне таксі", "17", "40", "52"]]
    t = Table(data, colWidths=[240, 110, 110, 110], rowHeights=40)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 18), ("FONT", (0, 0), (-1, 0), "DV-B", 18),
                           ("BACKGROUND", (0, 0), (-1, 0), (0.85, 0.89, 0.95)),
                           ("BACKGROUND", (3, 1), (3, -1), (0.80, 0.90, 0.80)),
                           ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, (0.6, 0.6, 0.6))]))
    t.wrapOn(c, W, H)
    t.drawOn(c, 110, 150)
    c.showPage()
    # 6 home care headline
    frame(c, 6, "Догляд вдома")
    headline(c, "146", "осіб отримували догляд вдома", y=H / 2 + 30)
    bullets(c, ["16 240 послуг за рік", "23 соціальні робітники", "тариф — 78,50 грн/год"], y0=150, size=18, step=30,
            x=300)
    c.showPage()
    # 7 social support
    frame(c, 7, "Соціальний супровід сімей у СЖО")
    bullets(c, ["під супроводом — 24 сім'ї (51 дитина)",
                "з них сімей ВПО — 9",
                "взято під супровід у 2024 р. — 15",
                "завершено — 10: СЖО подолано — 7, мінімізовано — 3",
                "триває на 01.01.2025 — 14 сімей"])
    c.showPage()
    # 8 new in 2024
    frame(c, 8, "Що нового у 2024 році")
    bullets(c, ["пункт прокату ТЗР — 62 одиниці (крісла колісні, ходунки)",
                "мобільна бригада: 118 виїздів у віддалені села",
                "37 групових заходів — 512 учасників",
                "клуб «Срібний вік» — щочетверга о 10:00",
                "спільно з 3 старостатами — «Соціальна хвилинка»"])
    c.showPage()
    # 9 money
    frame(c, 9, "Фінансування")
    bullets(c, ["кошторис 2024 — 11,6 млн грн",
                "використано 11,38 млн грн (98,1 %)",
                "спецфонд: +214 тис. грн благодійних внесків",
                "економія енергоносіїв — 3 місяці без генератора"])
    c.showPage()
    # 10 quality
    frame(c, 10, "Якість")
    bullets(c, ["опитали 86 отримувачів",
                "задоволені якістю — 94 %",
                "скарг — 0",
                "навчання пройшли 17 працівників"])
    c.showPage()
    # 11 plans
    frame(c, 11, "Плани на 2025 рік")
    bullets(c, ["денний догляд для дітей з інвалідністю — 15 місць",
                "другий автомобіль соціального таксі",
                "охопити послугами 1 300 осіб"])
    c.showPage()
    # 12 thanks
    frame(c, 12)
    c.setFont("DV-B", 48)
    c.setFillColorRGB(*BLUE)
    c.drawCentredString(W / 2, H / 2 + 40, "Дякуємо за увагу!")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DV", 18)
    c.drawCentredString(W / 2, H / 2 - 20, "22110, смт Глухівці, вул. Шкільна, 3")
    c.drawCentredString(W / 2, H / 2 - 48, "тел. (04342) 0-31-56  •  cnsp.hlukhivtsi@example.ua")
    c.showPage()
    c.save()

    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Глуховецької селищної ради",
        "centre_type": "cnsp", "settlement": "Глухівці", "oblast": "Вінницька",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Глуховецької селищної ради",
                    "КУ «Центр надання соціальних послуг» Глуховецької селищної ради",
                    "КУ «ЦНСП» Глуховецької селищної ради"],
         "report_kind": ["other"], "settlement": ["смт Глухівці"]})
    f1 = g.f("staff_positions", "positions", 44.5, "штат — 44,5 посади")
    f2 = g.f("staff_actual", "staff", 41, "працює 41 фахівець")
    f3 = g.f("staff_actual", "staff", 23, "з них 23 соціальні робітники", label="соціальні робітники", parent=f2)
    f4 = g.f("served", "persons", 1204, "1 204 особи отримали соціальні послуги у 2024 році")
    svc = [("консультування — 612 осіб", 612, "counselling"), ("натуральна допомога — 305 осіб", 305, "natural_aid"),
           ("догляд вдома — 143 особи", 143, "home_care"), ("соціальна адаптація — 54 особи", 54, "social_adaptation"),
           ("соціальне таксі — 52 особи", 52, "social_taxi"), ("денний догляд — 38 осіб", 38, "day_care")]
    S = {}
    for q, v, sv in svc:
        S[sv] = g.f("served", "persons", v, q, service=sv, group="served_1204_by_service", parent=f4)
    f11 = g.f("services_provided", "services", 21380, "Надано 21 380 послуг")
    T = {}
    for q, v, sv in [("Консультування 488 551 612", 612, "counselling"), ("Догляд вдома 131 139 143", 143, "home_care"),
                     ("Денний догляд — 29 38", 38, "day_care"), ("Соціальне таксі 17 40 52", 52, "social_taxi")]:
        T[sv] = g.f("served", "persons", v, q, service=sv, label="таблиця «Динаміка», стовпець 2024",
                    note="only the 2024 column is a report-period figure")
    f16 = g.f("served", "persons", 146, "146 осіб отримували догляд вдома", service="home_care")
    f17 = g.f("services_provided", "services", 16240, "16 240 послуг за рік", service="home_care", parent=f11)
    f18 = g.f("staff_actual", "staff", 23, "23 соціальні робітники", label="соціальні робітники")
    f19 = g.f("served", "families", 24, "під супроводом — 24 сім'ї (51 дитина)", service="social_support_sjo",
              alt=["support_ongoing"])
    f20 = g.f("served", "children", 51, "24 сім'ї (51 дитина)", service="social_support_sjo", alt=["support_ongoing"],
              parent=f19)
    f21 = g.f("served", "families", 9, "з них сімей ВПО — 9", service="social_support_sjo",
              category="внутрішньо переміщені особи", parent=f19, alt=["support_ongoing"])
    f22 = g.f("support_started", "families", 15, "взято під супровід у 2024 р. — 15", service="social_support_sjo",
              parent=f19)
    f23 = g.f("support_completed", "families", 10, "завершено — 10", service="social_support_sjo", parent=f19)
    f24 = g.f("outcome_positive", "families", 7, "СЖО подолано — 7", service="social_support_sjo",
              group="completed_10_by_outcome", parent=f23)
    f25 = g.f("outcome_minimized", "families", 3, "мінімізовано — 3", service="social_support_sjo",
              group="completed_10_by_outcome", parent=f23)
    f26 = g.f("support_ongoing", "families", 14, "триває на 01.01.2025 — 14 сімей", service="social_support_sjo",
              parent=f19)
    f27 = g.f("budget_approved", "uah", 11600000, "кошторис 2024 — 11,6 млн грн")
    f28 = g.f("budget_spent", "uah", 11380000, "використано 11,38 млн грн (98,1 %)", percent=98.1)
    f29 = g.f("budget_received", "uah", 214000, "спецфонд: +214 тис. грн благодійних внесків",
              label="спеціальний фонд, благодійні внески")
    f30 = g.f("survey_respondents", "recipients", 86, "опитали 86 отримувачів", unit_alt="persons")
    f31 = g.f("satisfaction", "percent", 94, "задоволені якістю — 94 %")
    f32 = g.f("complaints", "complaints", 0, "скарг — 0")
    f33 = g.f("staff_trained", "staff", 17, "навчання пройшли 17 працівників")
    f34 = g.f("events", "events", 37, "37 групових заходів")
    f35 = g.f("event_participants", "persons", 512, "512 учасників", parent=f34)

    g.slip("internal_conflict", "error", "146 осіб отримували догляд вдома", 146, 143,
           [f16, S["home_care"], T["home_care"]],
           "the home-care slide's headline says 146 recipients; the services slide and the 2024 column of the table say 143 (and 143 is the figure that makes the six services add up to 1 204)",
           f"{f16} == {S['home_care']}")
    g.check("parts_sum", "1 204 особи отримали соціальні послуги у 2024 році",
            "612 + 305 + 143 + 54 + 52 + 38 = 1 204", " + ".join(S.values()) + f" == {f4}")
    g.check("internal_conflict", "Консультування 488 551 612", "the table's 2024 column repeats the bullets: 612, 143, 38, 52",
            " and ".join(f"{T[k]} == {S[k]}" for k in T))
    g.check("internal_conflict", "23 соціальні робітники", "23 social workers on slide 2 = 23 on slide 6", f"{f3} == {f18}")
    g.check("parts_sum", "працює 41 фахівець, з них 23 соціальні робітники", "23 ≤ 41 ≤ 44,5", f"{f3} <= {f2} <= {f1}")
    g.check("parts_sum", "завершено — 10: СЖО подолано — 7, мінімізовано — 3", "7 + 3 = 10", f"{f24} + {f25} == {f23}")
    g.check("parts_sum", "триває на 01.01.2025 — 14 сімей", "24 − 10 = 14; 9 IDP ≤ 24; 15 taken ≤ 24",
            f"{f19} - {f23} == {f26} and {f21} <= {f19} and {f22} <= {f19}")
    g.check("percent_mismatch", "використано 11,38 млн грн (98,1 %)", "11,38 / 11,6 = 98,10 %", f"pct_ok(p28, {f28}, {f27}, 1)")
    g.check("percent_impossible", "задоволені якістю — 94 %", "81 of 86 = 94,19 → 94", f"grim_ok({f31}, {f30}, 0)")
    g.check("parts_sum", "16 240 послуг за рік", "16 240 ≤ 21 380", f"{f17} <= {f11}")

    g.skip("смт Глухівці, 12 лютого 2025 року", [12, 2025], "date of the presentation")
    g.skip("працюємо з 2021 року (рішення сесії № 5/12)", [2021, 5, 12], "year and decision number")
    g.skip("обслуговуємо 14 населених пунктів громади", [14], "settlements")
    g.skip("5 структурних підрозділів", [5], "number of units (no §3 id)")
    g.skip("(2023 рік — 1 117 осіб, +87)", [2023, 1117, 87], "prior-year figure and difference")
    g.skip("Послуга 2022 2023 2024", [2022, 2023, 2024], "table header years")
    g.skip("Консультування 488 551", [488, 551, 131, 139, 29, 17, 40], "2022 and 2023 columns of the table")
    g.skip("пункт прокату ТЗР — 62 одиниці (крісла колісні, ходунки)", [62], "items")
    g.skip("мобільна бригада: 118 виїздів у віддалені села", [118], "trips (no §3 id)")
    g.skip("щочетверга о 10:00", [10, 0], "time")
    g.skip("спільно з 3 старостатами", [3], "partners count")
    g.skip("тариф — 78,50 грн/год", [78.50], "tariff")
    g.skip("триває на 01.01.2025", [1, 1, 2025], "date")
    g.skip("економія енергоносіїв — 3 місяці без генератора", [3], "duration (not a budget saving)")
    g.skip("денний догляд для дітей з інвалідністю — 15 місць", [15], "2025 plan (places)")
    g.skip("охопити послугами 1 300 осіб", [1300], "2025 plan")
    g.skip("22110, смт Глухівці, вул. Шкільна, 3 тел. (04342) 0-31-56", [22110, 3, 4342, 3156], "postcode, address, phone")
    g.note("slide deck: `zvitparse read` drops the repeated footer (centre · 12.02.2025) and the slide numbers; nothing of them is quoted")
    g.note("headline figures are quoted with their caption as the reader joins them: «1 204 особи отримали …», «146 осіб отримували …»")
    g.note("the chart-like table comes out space-separated (no grid lines); its 2024 column repeats four bullets: four more facts")
    g.note("money: «11,6 млн грн» = 11 600 000, «+214 тис. грн» = 214 000")
    g.note("«146 осіб отримували догляд вдома» (headline) vs «догляд вдома — 143 особи»: the planted internal_conflict")
    g.write()


if __name__ == "__main__":
    build()
