"""b61_06: ТЦСО Переяславської міської ради (Київська), annual report 2023. reportlab PDF (Liberation fonts),
third person, department table with an IDP column, budget in prose."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from common import Gold, report_path, register_fonts

DOC = "b61_06_pereiaslav_tcso_annual2023.pdf"

HEAD = ("ТЕРИТОРІАЛЬНИЙ ЦЕНТР СОЦІАЛЬНОГО ОБСЛУГОВУВАННЯ (НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ) ПЕРЕЯСЛАВСЬКОЇ МІСЬКОЇ РАДИ<br/>"
        "08401, Київська обл., м. Переяслав, вул. Богдана Хмельницького, 58; тел. (04567) 0-51-93; ЄДРПОУ 03192847")
TITLE = "Звіт про діяльність територіального центру за 2023 рік"
PARAS = [
    "Територіальний центр реорганізовано згідно з рішенням Переяславської міської ради від 26.08.2021 "
    "№ 512-14-VIII; він обслуговує мешканців міста та 37 сіл громади.",
    "Упродовж 2023 року територіальний центр надавав соціальні послуги 1 549 особам (у 2022 році – 1 493), "
    "із них 444 – внутрішньо переміщені особи. Розподіл за відділеннями наведено нижче.",
    "Таблиця. Обслуговано осіб та надано послуг за відділеннями",
]
ROWS = [
    ["Відділення", "Обслуговано осіб", "з них ВПО", "Надано послуг"],
    ["Соціальної допомоги вдома № 1", "212", "18", "24 615"],
    ["Соціальної допомоги вдома № 2", "176", "9", "19 880"],
    ["Денного перебування", "134", "41", "6 212"],
    ["Натуральної допомоги", "1 027", "376", "3 540"],
    ["Разом", "1 549", "444", "54 247"],
]
TAIL = [
    "Відділеннями соціальної допомоги вдома обслуговано 388 осіб, у тому числі у місті – 201, у селах громади – 194; "
    "серед обслуговуваних 143 особи віком понад 80 років. Вартість однієї години догляду для отримувачів, які "
    "сплачують за послуги, у 2023 році становила 61,20 грн. Догляд вдома забезпечували 58 соціальних робітників.",
    "Протягом року на обслуговування взято 204 особи, знято з обслуговування – 187.",
    "У відділенні денного перебування відбулося 48 заходів (майстер-класи, екскурсії, концерти), участь у яких "
    "взяли 612 осіб з урахуванням повторних відвідувань.",
    "У листопаді 2023 року серед отримувачів догляду вдома проведено анкетування, в якому взяли участь 120 осіб; "
    "94,2 % з них оцінили якість послуг як високу.",
    "Кошторисом на 2023 рік по загальному фонду затверджено 21 702,0 тис. грн. Касові видатки загального фонду "
    "склали 21 487,3 тис. грн, з них на оплату праці з нарахуваннями – 18 906,1 тис. грн (88,0 %). Економія – "
    "214,7 тис. грн. Від надання платних соціальних послуг до спеціального фонду надійшло 312,4 тис. грн.",
    "Штатним розписом передбачено 96,5 штатної одиниці, фактично працює 91 особа; 23 працівники "
    "підвищили кваліфікацію.",
    "За рік надійшло 2 скарги, обидві розглянуто, факти не підтвердилися.",
    "На 2024 рік заплановано відкриття відділення стаціонарного догляду на 15 ліжко-місць.",
    "Директор територіального центру                              ______________",
]


def build():
    register_fonts()
    st = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14, spaceAfter=6, firstLineIndent=10 * mm)
    hs = ParagraphStyle("h", parent=st, fontName="LSerif-B", alignment=1, firstLineIndent=0)
    story = [Paragraph(HEAD, hs), Spacer(1, 8), Paragraph(TITLE, hs), Spacer(1, 6)]
    story += [Paragraph(p, st) for p in PARAS]
    t = Table(ROWS, colWidths=[70 * mm, 35 * mm, 25 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LSerif"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("FONTNAME", (0, -1), (-1, -1), "LSerif-B"), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story += [t, Spacer(1, 8)] + [Paragraph(p, st) for p in TAIL]
    doc = SimpleDocTemplate(report_path(DOC), pagesize=A4, invariant=1, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title="Звіт ТЦСО 2023", author="ТЦСО")
    doc.build(story)


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) Переяславської міської ради",
        "centre_type": "tcso", "settlement": "Переяслав", "oblast": "Київська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"centre": ["Територіальний центр соціального обслуговування Переяславської міської ради"]})
    F = g.f
    F("served", "persons", 1549, "надавав соціальні послуги 1 549 особам")                              # f1
    F("served", "persons", 444, "із них 444 – внутрішньо переміщені особи", category="внутрішньо переміщені особи",
      parent="f1")                                                                                      # f2
    tq = "Разом\t1 549\t444\t54 247"
    F("served", "persons", 1549, tq, label="Разом")                                                     # f3
    F("served", "persons", 444, tq, label="Разом, з них ВПО", category="внутрішньо переміщені особи", parent="f3")  # f4
    F("services_provided", "services", 54247, tq, label="Разом")                                        # f5
    n = 6
    cols = {"p": [], "i": [], "s": []}
    for name, p, i, s in ROWS[1:-1]:
        q = "\t".join([name, p, i, s])
        v = lambda x: int(x.replace(" ", ""))  # noqa: E731
        cols["p"].append(F("served", "persons", v(p), q, district="відділення " + name[0].lower() + name[1:],
                           parent="f3", group="served_1549_by_department"))
        cols["i"].append(F("served", "persons", v(i), q, district="відділення " + name[0].lower() + name[1:],
                           category="внутрішньо переміщені особи", parent="f4", group="idp_444_by_department"))
        cols["s"].append(F("services_provided", "services", v(s), q, district="відділення " + name[0].lower() + name[1:],
                           parent="f5", group="services_54247_by_department"))
    # f6..f17
    F("served", "persons", 388, "Відділеннями соціальної допомоги вдома обслуговано 388 осіб", service="home_care")  # f18
    F("served", "persons", 201, "у місті – 201", service="home_care", label="у місті", parent="f18",
      group="homecare_388_by_place")                                                                   # f19
    F("served", "persons", 194, "у селах громади – 194", service="home_care", label="у селах громади", parent="f18",
      group="homecare_388_by_place")                                                                   # f20
    F("served", "persons", 143, "серед обслуговуваних 143 особи віком понад 80 років", service="home_care",
      category="особи віком понад 80 років", parent="f18")                                             # f21
    F("staff_actual", "staff", 58, "Догляд вдома забезпечували 58 соціальних робітників", label="соціальні робітники")  # f22
    F("served", "persons", 204, "на обслуговування взято 204 особи", alt=["registered_new", "support_started"])  # f23
    F("deregistered", "persons", 187, "знято з обслуговування – 187")                                  # f24
    F("events", "events", 48, "У відділенні денного перебування відбулося 48 заходів")                  # f25
    F("event_participants", "persons", 612, "участь у яких взяли 612 осіб", parent="f25")               # f26
    F("survey_respondents", "persons", 120, "в якому взяли участь 120 осіб")                           # f27
    F("satisfaction", "percent", 94.2, "94,2 % з них оцінили якість послуг як високу", alt=["share"],
      label="оцінили якість послуг як високу")                                                        # f28
    F("budget_approved", "uah", 21702000, "Кошторисом на 2023 рік по загальному фонду затверджено 21 702,0 тис. грн",
      label="загальний фонд")                                                                          # f29
    F("budget_spent", "uah", 21487300, "Касові видатки загального фонду склали 21 487,3 тис. грн",
      label="загальний фонд")                                                                          # f30
    F("budget_spent", "uah", 18906100, "з них на оплату праці з нарахуваннями – 18 906,1 тис. грн (88,0 %)",
      percent=88.0, label="оплата праці з нарахуваннями", parent="f30")                                # f31
    F("budget_savings", "uah", 214700, "Економія – 214,7 тис. грн", label="загальний фонд")             # f32
    F("budget_received", "uah", 312400, "до спеціального фонду надійшло 312,4 тис. грн",
      label="спеціальний фонд, платні соціальні послуги")                                             # f33
    F("staff_positions", "positions", 96.5, "Штатним розписом передбачено 96,5 штатної одиниці")        # f34
    F("staff_actual", "staff", 91, "фактично працює 91 особа")                                         # f35
    F("staff_trained", "staff", 23, "23 працівники підвищили кваліфікацію")                            # f36
    F("complaints", "complaints", 2, "За рік надійшло 2 скарги")                                       # f37

    g.slip("parts_sum", "error", "Відділеннями соціальної допомоги вдома обслуговано 388 осіб, у тому числі у місті – 201, "
           "у селах громади – 194", 388, 395, ["f18", "f19", "f20"],
           "місто + села is a partition of the 388 home-care recipients, but 201 + 194 = 395, 7 more than stated. "
           "The 388 itself agrees with the two home-care rows of the table (212 + 176).",
           "f19 + f20 == f18")
    g.check("table_arithmetic", tq, "served column: 212 + 176 + 134 + 1 027 = 1 549", " + ".join(cols["p"]) + " == f3")
    g.check("table_arithmetic", tq, "IDP column: 18 + 9 + 41 + 376 = 444", " + ".join(cols["i"]) + " == f4")
    g.check("table_arithmetic", tq, "services column: 24 615 + 19 880 + 6 212 + 3 540 = 54 247",
            " + ".join(cols["s"]) + " == f5")
    g.check("table_arithmetic", "Соціальної допомоги вдома № 1\t212\t18\t24 615", "each row: IDP ≤ served",
            " and ".join(f"{a} <= {b}" for a, b in zip(cols["i"], cols["p"])))
    g.check("internal_conflict", "надавав соціальні послуги 1 549 особам", "prose 1 549 and 444 = table Разом",
            "f1 == f3 and f2 == f4")
    g.check("parts_sum", "Відділеннями соціальної допомоги вдома обслуговано 388 осіб",
            "388 = 212 + 176, the two home-care department rows; 143 aged 80+ ≤ 388", f"{cols['p'][0]} + {cols['p'][1]} == f18 and f21 <= f18")
    g.check("percent_impossible", "94,2 % з них оцінили якість послуг як високу", "113 of 120 = 94,17 % → 94,2",
            "grim_ok(f28, f27, 1)")
    g.check("percent_mismatch", "з них на оплату праці з нарахуваннями – 18 906,1 тис. грн (88,0 %)",
            "18 906,1 / 21 487,3 = 87,99 % → 88,0", "pct_ok(p31, f31, f30, 1)")
    g.check("table_arithmetic", "Економія – 214,7 тис. грн", "21 702,0 − 21 487,3 = 214,7", "f29 - f30 == f32")
    g.check("parts_sum", "фактично працює 91 особа", "91 ≤ 96,5; 58 social workers and 23 trained ≤ 91",
            "f35 <= f34 and f22 <= f35 and f36 <= f35")
    S = g.skip
    S("08401, Київська обл., м. Переяслав, вул. Богдана Хмельницького, 58; тел. (04567) 0-51-93;",
      [8401, 58, 4567, 5193], "postcode, address, phone")
    S("ЄДРПОУ 03192847", [3192847], "ЄДРПОУ")
    S("за 2023 рік", [2023], "year of the title")
    S("рішенням Переяславської міської ради від 26.08.2021 № 512-14-VIII", [26, 8, 2021, 512, 14], "decision date and number")
    S("мешканців міста та 37 сіл громади", [37], "settlement count")
    S("(у 2022 році – 1 493)", [2022, 1493], "prior-year figure")
    S("Соціальної допомоги вдома № 1", [1, 2], "department numbers № 1, № 2")
    S("віком понад 80 років", [80], "age")
    S("у 2023 році становила 61,20 грн", [2023, 61.2], "tariff")
    S("У листопаді 2023 року", [2023], "survey date")
    S("Кошторисом на 2023 рік", [2023], "year")
    S("На 2024 рік заплановано відкриття відділення стаціонарного догляду на 15 ліжко-місць.", [2024, 15], "plan, capacity")
    S("Упродовж 2023 року", [2023], "year")
    g.note("department table: every cell is a fact quoted by its row; department in `district`; rows hang on the Разом "
           "cell of the same column; the IDP cells also carry the category")
    g.note("1 549 and 444 are written twice (prose and table Разом): two facts each")
    g.note("«у місті – 201, у селах громади – 194» partition the 388 home-care recipients (the slip); «143 особи віком "
           "понад 80 років» is an overlapping category (parent only)")
    g.note("«взято на обслуговування» → served (alt registered_new, support_started); «знято з обслуговування» → deregistered")
    g.note("«Догляд вдома забезпечували 58 соціальних робітників» → staff_actual with a label, not a part of the 91 "
           "(no «з них»)")
    g.note("«2 скарги ... факти не підтвердилися» → complaints 2")
    g.write()


if __name__ == "__main__":
    build()
    gold()
