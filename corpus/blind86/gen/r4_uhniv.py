"""b86_04: відділ соціального захисту населення Угнівської міської ради (Львівська), analytic note on
social services in the hromada for Q3 2024. reportlab PDF (DejaVu), impersonal, a budget table with KEKV
codes, a page footer. Planted slip: percent_impossible (93,2 % of 57 respondents is unreachable)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_dejavu

DOC = "b86_04_uhniv_uszn_q3_2024.pdf"

PARAS = [
    ("h", "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ УГНІВСЬКОЇ МІСЬКОЇ РАДИ"),
    ("c", "80062, Львівська обл., м. Угнів, пл. Івана Франка, 3; тел. (03255) 0-17-42; код ЄДРПОУ 44186537"),
    ("h", "АНАЛІТИЧНА ДОВІДКА"),
    ("c", "щодо стану надання соціальних послуг в Угнівській міській територіальній громаді у III кварталі 2024 року"),
    ("p", "Довідку підготовлено на виконання розпорядження міського голови від 02.10.2024 № 214-р на підставі "
          "звітних даних Центру надання соціальних послуг Угнівської міської ради (далі – ЦНСП) та відділу. "
          "Громада об'єднує 27 населених пунктів, у яких проживає близько 16,2 тис. осіб."),
    ("b", "1. Звернення щодо соціальних послуг"),
    ("p", "У липні – вересні до відділу та ЦНСП надійшло 143 заяви про надання соціальних послуг. "
          "За ними прийнято 128 рішень про надання послуг, 9 рішень про відмову; 6 заяв перебувають на розгляді. "
          "На телефон «гарячої лінії» відділу надійшло 74 дзвінки."),
    ("b", "2. Охоплення соціальними послугами"),
    ("p", "Упродовж кварталу ЦНСП надав соціальні послуги 486 особам (у III кварталі 2023 року – 451 особа, "
          "тобто більше на 35 осіб), у тому числі:"),
    ("l", "– догляд вдома – 92 особи;"),
    ("l", "– денний догляд – 27 осіб;"),
    ("l", "– натуральна допомога – 203 особи;"),
    ("l", "– консультування – 164 особи."),
    ("p", "Загальна кількість наданих ЦНСП послуг за квартал – 9 417. Оцінку потреб проведено 61 особі. "
          "Виявлено 12 сімей, які перебувають у складних життєвих обставинах."),
    ("p", "Соціальний супровід здійснювався щодо 17 сімей, в яких 38 дітей. Вартість однієї години "
          "послуги догляду вдома за тарифом – 94,15 грн; середня тривалість візиту – 2 год."),
    ("b", "3. Фінансове забезпечення ЦНСП"),
    ("p", "Кошторисні призначення на III квартал 2024 року затверджено в сумі 1 950,0 тис. грн. "
          "Касові видатки за квартал становлять 1 873,2 тис. грн (таблиця 2), економія – 76,8 тис. грн."),
]

TABLE = [
    ["КЕКВ", "Найменування", "Касові видатки, тис. грн"],
    ["2111", "Заробітна плата", "1 302,6"],
    ["2120", "Нарахування на оплату праці", "286,6"],
    ["2270", "Оплата комунальних послуг та енергоносіїв", "118,4"],
    ["", "Інші видатки", "165,6"],
    ["", "Усього", "1 873,2"],
]

PARAS2 = [
    ("b", "4. Якість послуг та кадри"),
    ("p", "У вересні 2024 року проведено анкетування, в якому взяли участь 57 отримувачів послуг ЦНСП. "
          "Задоволені якістю послуг 82,5 % респондентів."),
    ("p", "Частка отримувачів, які отримали послугу вчасно, – 93,2 %."),
    ("p", "Штатний розпис ЦНСП налічує 24 посади, з них 3 вакантні; працює 21 фахівець."),
    ("b", "5. Висновки"),
    ("p", "Потреба громади в послузі догляду вдома задоволена на 96 %. На IV квартал 2024 року передбачено "
          "відкриття відділення денного догляду в с. Зарудці на 15 місць."),
    ("p", "Начальник відділу                                    (підпис)"),
    ("p", "08.10.2024"),
]


def build(path):
    register_dejavu()
    base = ParagraphStyle("n", fontName="DSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY)
    styles = {"p": base,
              "h": ParagraphStyle("h", parent=base, fontName="DSerif-B", alignment=TA_CENTER),
              "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontSize=9.5),
              "b": ParagraphStyle("b", parent=base, fontName="DSerif-B"),
              "l": ParagraphStyle("l", parent=base, leftIndent=18)}

    def foot(c, d):
        c.setFont("DSans", 8)
        c.drawString(56, 28, f"Аналітична довідка ВСЗН Угнівської МР, III кв. 2024 — сторінка {d.page}")

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=56, rightMargin=48,
                            topMargin=48, bottomMargin=48, title="Аналітична довідка", author="ВСЗН")
    els = []
    for k, t in PARAS:
        els.append(Paragraph(t, styles[k]))
        els.append(Spacer(1, 4))
    els.append(Paragraph("Таблиця 2. Касові видатки ЦНСП за III квартал 2024 року", styles["b"]))
    tb = Table(TABLE, colWidths=[46, 264, 160])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    els.append(tb)
    els.append(Spacer(1, 6))
    for k, t in PARAS2:
        els.append(Paragraph(t, styles[k]))
        els.append(Spacer(1, 4))
    doc.build(els, onFirstPage=foot, onLaterPages=foot)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Угнівської міської ради",
        "centre_type": "uszn", "settlement": "Угнів", "oblast": "Львівська",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30"})
    f1 = g.f("applied", "applications", 143, "надійшло 143 заяви про надання соціальних послуг")
    f2 = g.f("calls", "calls", 74, "надійшло 74 дзвінки")
    f3 = g.f("served", "persons", 486, "ЦНСП надав соціальні послуги 486 особам")
    f4 = g.f("served", "persons", 92, "догляд вдома – 92 особи;", service="home_care", group="served_486_by_service", parent=f3)
    f5 = g.f("served", "persons", 27, "денний догляд – 27 осіб;", service="day_care", group="served_486_by_service", parent=f3)
    f6 = g.f("served", "persons", 203, "натуральна допомога – 203 особи;", service="natural_aid", group="served_486_by_service", parent=f3)
    f7 = g.f("served", "persons", 164, "консультування – 164 особи.", service="counselling", group="served_486_by_service", parent=f3)
    f8 = g.f("services_provided", "services", 9417, "Загальна кількість наданих ЦНСП послуг за квартал – 9 417")
    f9 = g.f("needs_assessed", "persons", 61, "Оцінку потреб проведено 61 особі")
    f10 = g.f("in_difficult_circumstances", "families", 12, "Виявлено 12 сімей")
    f11 = g.f("served", "families", 17, "Соціальний супровід здійснювався щодо 17 сімей", service="social_support_sjo",
              alt=["support_ongoing"])
    f12 = g.f("served", "children", 38, "в яких 38 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=f11)
    f13 = g.f("budget_approved", "uah", 1950000, "затверджено в сумі 1 950,0 тис. грн", label="ЦНСП, III квартал 2024")
    f14 = g.f("budget_spent", "uah", 1873200, "Касові видатки за квартал становлять 1 873,2 тис. грн", label="ЦНСП, III квартал 2024")
    f15 = g.f("budget_savings", "uah", 76800, "економія – 76,8 тис. грн", label="ЦНСП, III квартал 2024")
    f16 = g.f("budget_spent", "uah", 1302600, "2111\tЗаробітна плата\t1 302,6", kekv="2111", label="Заробітна плата",
              group="table2_spent", parent=f14)
    f17 = g.f("budget_spent", "uah", 286600, "2120\tНарахування на оплату праці\t286,6", kekv="2120",
              label="Нарахування на оплату праці", group="table2_spent", parent=f14)
    f18 = g.f("budget_spent", "uah", 118400, "2270\tОплата комунальних послуг та енергоносіїв\t118,4", kekv="2270",
              label="Оплата комунальних послуг та енергоносіїв", group="table2_spent", parent=f14)
    f19 = g.f("budget_spent", "uah", 165600, "Інші видатки\t165,6", label="Інші видатки", group="table2_spent", parent=f14)
    f20 = g.f("budget_spent", "uah", 1873200, "Усього\t1 873,2", label="Усього (таблиця 2)")
    f21 = g.f("survey_respondents", "recipients", 57, "взяли участь 57 отримувачів", unit_alt="persons")
    f22 = g.f("satisfaction", "percent", 82.5, "Задоволені якістю послуг 82,5 % респондентів")
    f23 = g.f("share", "percent", 93.2, "Частка отримувачів, які отримали послугу вчасно, – 93,2 %.",
              criterion="timeliness", label="частка отримувачів, які отримали послугу вчасно")
    f24 = g.f("staff_positions", "positions", 24, "Штатний розпис ЦНСП налічує 24 посади")
    f25 = g.f("staff_actual", "staff", 21, "працює 21 фахівець")
    f26 = g.f("share", "percent", 96, "Потреба громади в послузі догляду вдома задоволена на 96 %.", service="home_care",
              label="рівень задоволення потреби громади в послузі догляду вдома")

    g.slip("percent_impossible", "error", "Частка отримувачів, які отримали послугу вчасно, – 93,2 %.", 93.2,
           "92,98 (53 of 57) or 94,74 (54 of 57)", [f23, f21],
           "the share is of the 57 surveyed recipients (the only base in the paragraph); no whole count of 57 gives 93,2 % at one decimal (53/57 = 93,0, 54/57 = 94,7)",
           "grim_ok(f23, f21, 1)")
    g.check("percent_impossible", "Задоволені якістю послуг 82,5 % респондентів", "47 of 57 = 82,46 → 82,5", "grim_ok(f22, f21, 1)")
    g.check("parts_sum", "За ними прийнято 128 рішень про надання послуг, 9 рішень про відмову; 6 заяв перебувають на розгляді.",
            "decisions (no §3 id, literals) 128 + 9 + 6 = 143", "128 + 9 + 6 == f1")
    g.check("parts_sum", "ЦНСП надав соціальні послуги 486 особам", "92 + 27 + 203 + 164 = 486", "f4 + f5 + f6 + f7 == f3")
    g.check("table_arithmetic", "Усього\t1 873,2", "1 302,6 + 286,6 + 118,4 + 165,6 = 1 873,2 тис. грн",
            "f16 + f17 + f18 + f19 == f20")
    g.check("internal_conflict", "Касові видатки за квартал становлять 1 873,2 тис. грн", "prose 1 873,2 = table Усього 1 873,2", "f14 == f20")
    g.check("table_arithmetic", "економія – 76,8 тис. грн", "економія = затверджено − видатки: 1 950,0 − 1 873,2 = 76,8", "f13 - f14 == f15")
    g.check("parts_sum", "з них 3 вакантні; працює 21 фахівець", "21 working + 3 vacant = 24 positions (vacancies literal)", "f25 + 3 == f24")

    g.skip("80062, Львівська обл., м. Угнів, пл. Івана Франка, 3; тел. (03255) 0-17-42; код ЄДРПОУ 44186537",
           [80062, 3, 3255, 1742, 44186537], "postcode, address, phone, ЄДРПОУ")
    g.skip("у III кварталі 2024 року", [2024], "period year")
    g.skip("розпорядження міського голови від 02.10.2024 № 214-р", [2, 10, 2024, 214], "order date and number")
    g.skip("Громада об'єднує 27 населених пунктів, у яких проживає близько 16,2 тис. осіб.", [27, 16.2], "settlements, population")
    g.skip("1. Звернення щодо соціальних послуг", [1, 2, 3, 4, 5], "section numbers")
    g.skip("прийнято 128 рішень про надання послуг, 9 рішень про відмову; 6 заяв перебувають на розгляді", [128, 9, 6],
           "decisions, refusals, pending: no §3 id (literals in a check)")
    g.skip("(у III кварталі 2023 року – 451 особа,", [2023, 451], "prior-year figure")
    g.skip("тобто більше на 35 осіб", [35], "difference from the prior year")
    g.skip("94,15 грн; середня тривалість візиту – 2 год.", [94.15, 2], "tariff, duration")
    g.skip("Таблиця 2. Касові видатки ЦНСП за III квартал 2024 року", [2, 2024], "table number")
    g.skip("У вересні 2024 року проведено анкетування", [2024], "survey date")
    g.skip("з них 3 вакантні", [3], "vacancies: no §3 id (literal in a check)")
    g.skip("На IV квартал 2024 року передбачено", [2024, 15], "plan (opening a day-care unit for 15 places)")
    g.skip("08.10.2024", [8, 10, 2024], "date")
    g.skip("сторінка 1", [1], "page footer")
    g.note("the note is written by the hromada's social-protection department (centre_type uszn) about the ЦНСП's figures; centre is the department, as the author")
    g.note("budget in тис. грн stored in hryvnias; table rows with a КЕКВ code carry kekv, «Інші видатки» carries none; rows hang on the prose total")
    g.note("the timeliness share has no base of its own; the only base in the section is the 57 respondents, so the GRIM check uses 57")
    g.write()


if __name__ == "__main__":
    main()
