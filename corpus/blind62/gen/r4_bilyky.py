"""b62_04: Центр соціальних служб Білицької селищної ради (Полтавська), annual report 2023.
reportlab PDF (DejaVu fonts), third person, a table by service, page footer.
Planted slip: table_arithmetic (Разом of «Надано послуг» says 4 099, the rows sum to 4 009)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from common import Gold, report_path, register_fonts

DOC = "b62_04_bilyky_css_annual2023.pdf"

P1 = [
    ("h", "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ БІЛИЦЬКОЇ СЕЛИЩНОЇ РАДИ"),
    ("s", "39620, Полтавська обл., Полтавський р-н, смт Білики, вул. Героїв Майдану, 3; тел. (05346) 0-72-18; ЄДРПОУ 44106582"),
    ("h", "ЗВІТ про діяльність Центру соціальних служб за 2023 рік"),
    ("p", "Центр діє відповідно до Програми соціального захисту сімей, дітей та молоді Білицької селищної територіальної громади на 2023–2025 роки, затвердженої рішенням 24 сесії 8 скликання від 21.12.2022 № 412. Громада об'єднує 19 населених пунктів з населенням 14,6 тис. осіб."),
    ("p", "Протягом 2023 року до Центру надійшли повідомлення щодо 86 сімей, які можуть перебувати у складних життєвих обставинах. Фахівці Центру провели оцінювання потреб 79 сімей, з них у 61 сім'ї (в них 118 дітей) виявлено складні життєві обставини. Щодо решти 7 повідомлень обставини не підтвердилися або сім'ї вибули за межі громади."),
    ("p", "Загалом соціальними послугами Центр охопив 1 135 сімей/осіб (у 2022 році – 1 047). Розподіл за видами послуг наведено в таблиці."),
]
TABLE = [
    ["Вид соціальної послуги", "Сімей/осіб", "Надано послуг"],
    ["Інформування", "412", "1 036"],
    ["Консультування", "538", "1 742"],
    ["Соціальний супровід сімей у СЖО", "47", "893"],
    ["Соціальна профілактика", "129", "311"],
    ["Посередництво (медіація)", "9", "27"],
    ["Разом", "1 135", "4 099"],
]
P2 = [
    ("p", "Під соціальним супроводом упродовж року перебувало 47 сімей, у яких виховується 93 дитини; 29 сімей взято під супровід у 2023 році. Супровід завершено 31 сім'ї: з позитивним результатом – 24, мінімізовано складні життєві обставини – 5, без результату – 2. Продовжено надання послуги у 2024 році 16 сім'ям. Середня тривалість супроводу – 5,5 місяця."),
    ("p", "Соціальне супроводження здійснювалося в 5 прийомних сім'ях та дитячих будинках сімейного типу, де виховується 17 дітей."),
    ("p", "Проведено 14 групових заходів (тренінги для батьків, батьківські збори в 6 закладах освіти), ними охоплено 263 особи."),
    ("p", "Штатна чисельність Центру – 7 посад, фактично працюють 6 фахівців; 1 вакансія фахівця із соціальної роботи. У 2024 році Центр планує охопити послугами не менше 1 200 сімей/осіб."),
]


def build(path):
    register_fonts()
    sh = ParagraphStyle("h", fontName="DVSerif-B", fontSize=11, leading=14, alignment=1, spaceAfter=6)
    ss = ParagraphStyle("s", fontName="DVSerif", fontSize=8, leading=10, alignment=1, spaceAfter=10)
    sp = ParagraphStyle("p", fontName="DVSerif", fontSize=10, leading=13, firstLineIndent=20, spaceAfter=6, alignment=4)
    st = {"h": sh, "s": ss, "p": sp}
    story = [Paragraph(t, st[k]) for k, t in P1]
    tbl = Table(TABLE, colWidths=[230, 80, 90])
    tbl.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSerif", 9), ("FONT", (0, 0), (-1, 0), "DVSerif-B", 9),
                             ("FONT", (0, -1), (-1, -1), "DVSerif-B", 9),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story += [tbl, Spacer(1, 8)]
    story += [Paragraph(t, st[k]) for k, t in P2]

    def footer(canvas, doc):
        canvas.setFont("DVSerif", 8)
        canvas.drawString(270, 25, f"Сторінка {doc.page}")

    SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Звіт ЦСС 2023").build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Білицької селищної ради",
        "centre_type": "css", "settlement": "Білики", "oblast": "Полтавська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f1 = g.f("notified", "families", 86, "до Центру надійшли повідомлення щодо 86 сімей")
    f2 = g.f("needs_assessed", "families", 79, "Фахівці Центру провели оцінювання потреб 79 сімей")
    f3 = g.f("in_difficult_circumstances", "families", 61, "з них у 61 сім'ї (в них 118 дітей) виявлено складні життєві обставини", parent=f2)
    g.f("in_difficult_circumstances", "children", 118, "(в них 118 дітей)", parent=f3)
    f5 = g.f("served", "families_persons", 1135, "Загалом соціальними послугами Центр охопив 1 135 сімей/осіб")
    rows = [("informing", "Інформування", 412, 1036, "Інформування\t412\t1 036"),
            ("counselling", "Консультування", 538, 1742, "Консультування\t538\t1 742"),
            ("social_support_sjo", "Соціальний супровід сімей у СЖО", 47, 893, "Соціальний супровід сімей у СЖО\t47\t893"),
            ("social_prevention", "Соціальна профілактика", 129, 311, "Соціальна профілактика\t129\t311"),
            ("mediation", "Посередництво (медіація)", 9, 27, "Посередництво (медіація)\t9\t27")]
    tot_q = "Разом\t1 135\t4 099"
    f6 = g.f("served", "families_persons", 1135, tot_q, label="Разом")
    f7 = g.f("services_provided", "services", 4099, tot_q, label="Разом")
    for sid, name, n, s, q in rows:
        g.f("served", "families_persons", n, q, service=sid, label=name, group="table_served_by_service", parent=f6)
        g.f("services_provided", "services", s, q, service=sid, label=name, group="table_services_by_service", parent=f7)
    # f8..f17
    f18 = g.f("served", "families", 47, "Під соціальним супроводом упродовж року перебувало 47 сімей", service="social_support_sjo",
              alt=["support_ongoing"])
    g.f("served", "children", 93, "у яких виховується 93 дитини", service="social_support_sjo", alt=["support_ongoing"], parent=f18)
    g.f("support_started", "families", 29, "29 сімей взято під супровід у 2023 році", service="social_support_sjo", parent=f18)
    f21 = g.f("support_completed", "families", 31, "Супровід завершено 31 сім'ї", service="social_support_sjo", parent=f18)
    g.f("outcome_positive", "families", 24, "з позитивним результатом – 24", service="social_support_sjo", group="completed_31_by_outcome", parent=f21)
    g.f("outcome_minimized", "families", 5, "мінімізовано складні життєві обставини – 5", service="social_support_sjo", group="completed_31_by_outcome", parent=f21)
    g.f("outcome_negative", "families", 2, "без результату – 2", service="social_support_sjo", group="completed_31_by_outcome", parent=f21)
    g.f("support_ongoing", "families", 16, "Продовжено надання послуги у 2024 році 16 сім'ям", service="social_support_sjo", parent=f18)
    f26 = g.f("served", "families", 5, "Соціальне супроводження здійснювалося в 5 прийомних сім'ях та дитячих будинках сімейного типу",
              service="social_support_foster")
    g.f("served", "children", 17, "де виховується 17 дітей", service="social_support_foster", parent=f26)
    f28 = g.f("events", "events", 14, "Проведено 14 групових заходів")
    g.f("event_participants", "persons", 263, "ними охоплено 263 особи", parent=f28)
    g.f("staff_positions", "positions", 7, "Штатна чисельність Центру – 7 посад")
    g.f("staff_actual", "staff", 6, "фактично працюють 6 фахівців")

    g.slip("table_arithmetic", "error", tot_q, 4099, 4009, ["f7", "f9", "f11", "f13", "f15", "f17"],
           "the «Надано послуг» column sums to 1 036 + 1 742 + 893 + 311 + 27 = 4 009, but Разом says 4 099 (90 more)",
           "f9 + f11 + f13 + f15 + f17 == f7")
    g.check("table_arithmetic", tot_q, "412 + 538 + 47 + 129 + 9 = 1 135; the prose total is the same",
            "f8 + f10 + f12 + f14 + f16 == f6 and f5 == f6")
    g.check("parts_sum", "з них у 61 сім'ї", "61 ≤ 79 ≤ 86; the 7 unconfirmed notifications (literal) are 86 − 79",
            "f3 <= f2 <= f1 and f1 - f2 == 7")
    g.check("parts_sum", "Супровід завершено 31 сім'ї", "24 + 5 + 2 = 31", "f22 + f23 + f24 == f21")
    g.check("parts_sum", "Продовжено надання послуги у 2024 році 16 сім'ям", "31 completed + 16 continued = 47; 29 taken ≤ 47",
            "f21 + f25 == f18 and f20 <= f18")
    g.check("internal_conflict", "Соціальний супровід сімей у СЖО\t47\t893", "the table's 47 for social support equals the prose's 47 families",
            "f12 == f18")
    g.check("parts_sum", "фактично працюють 6 фахівців", "6 ≤ 7; 1 vacancy = 7 − 6", "f31 <= f30 and f30 - f31 == 1")

    g.skip("39620, Полтавська обл., Полтавський р-н, смт Білики, вул. Героїв Майдану, 3; тел. (05346) 0-72-18;",
           [39620, 3, 5346, 7218], "postcode, address, phone")
    g.skip("ЄДРПОУ 44106582", [44106582], "ЄДРПОУ")
    g.skip("ЗВІТ про діяльність Центру соціальних служб за 2023 рік", [2023], "year")
    g.skip("на 2023–2025 роки, затвердженої рішенням 24 сесії 8 скликання від 21.12.2022 № 412", [2023, 2025, 24, 8, 21, 12, 2022, 412],
           "programme years, session, convocation, decision date and number")
    g.skip("Громада об'єднує 19 населених пунктів з населенням 14,6 тис. осіб.", [19, 14600], "settlements and population")
    g.skip("Щодо решти 7 повідомлень обставини не підтвердилися", [7], "notifications not confirmed (no §3 id; used as a literal)")
    g.skip("(у 2022 році – 1 047)", [2022, 1047], "prior-year figure")
    g.skip("Середня тривалість супроводу – 5,5 місяця.", [5.5], "duration")
    g.skip("батьківські збори в 6 закладах освіти", [6], "number of schools")
    g.skip("1 вакансія фахівця із соціальної роботи", [1], "vacancy (no §3 id)")
    g.skip("У 2024 році Центр планує охопити послугами не менше 1 200 сімей/осіб.", [2024, 1200], "plan")
    g.note("«сімей/осіб» → unit families_persons; table cells are facts quoted by their row and hang on the Разом cell of their column")
    g.note("the prose total 1 135 and the table Разом 1 135 are two facts")
    g.note("«перебувало під супроводом» → served (alt support_ongoing); «Продовжено … у 2024 році» in a 2023 report → support_ongoing")
    g.note("«Соціальне супроводження … в 5 прийомних сім'ях та ДБСТ» → served social_support_foster")
    g.write()


if __name__ == "__main__":
    main()
