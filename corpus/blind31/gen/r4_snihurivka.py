"""b31_04: Управління соціального захисту населення Снігурівської міської ради, analytic note on social
services in the hromada in 2023. reportlab PDF (DejaVu) with a table by service and a page footer;
impersonal / third-person voice; oblast not stated. No planted slip: everything adds up."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

from common import Gold, report_path, register_fonts

DOC = "b31_04_snihurivka_uszn_annual2023.pdf"
CENTRE = "Управління соціального захисту населення Снігурівської міської ради"

TITLE = [CENTRE, "АНАЛІТИЧНА ДОВІДКА", "про надання соціальних послуг у Снігурівській міській територіальній громаді "
         "у 2023 році"]
P1 = ("Управління діє відповідно до Положення, затвердженого рішенням Снігурівської міської ради від 24.02.2021 "
      "№ 118, та організовує надання соціальних послуг відповідно до постанови КМУ від 01.06.2020 № 449. "
      "Громада об'єднує 43 населені пункти з населенням 25,7 тис. осіб.")
P2 = ("Протягом 2023 року до управління надійшло 624 заяви про надання соціальних послуг. За результатами "
      "розгляду прийнято 598 рішень про надання соціальних послуг та 26 рішень про відмову. Оцінку потреб "
      "проведено 571 особі/сім'ї.")
P3 = ("Загалом соціальні послуги у 2023 році отримали 943 особи, що на 57 більше, ніж у 2022 році. "
      "Розподіл отримувачів за видами послуг наведено в таблиці 2.")
TCAP = "Таблиця 2. Отримувачі соціальних послуг у 2023 році, осіб"
TABLE = [
    ["№", "Соціальна послуга", "Кількість отримувачів", "з них ВПО"],
    ["1", "Догляд вдома", "198", "14"],
    ["2", "Денний догляд", "21", "3"],
    ["3", "Натуральна допомога", "263", "88"],
    ["4", "Консультування", "412", "97"],
    ["5", "Соціальна адаптація", "37", "6"],
    ["6", "Паліативний догляд", "12", "–"],
    ["", "Разом", "943", "208"],
]
P4 = ("Центром соціальних служб громади у 2023 році здійснювався соціальний супровід 29 сімей, які перебувають у "
      "складних життєвих обставинах (у них 64 дитини), з них 11 сімей взято під супровід у звітному році. "
      "Завершено супровід 13 сімей, з них 10 – з позитивним результатом. На кінець року під супроводом залишилося "
      "16 сімей.")
P5 = ("На фінансування соціальних послуг з місцевого бюджету у 2023 році спрямовано 9 412,8 тис. грн (у 2022 році "
      "– 8 106,3 тис. грн), у тому числі на оплату праці з нарахуваннями – 7 905,1 тис. грн.")
P6 = ("У листопаді 2023 року управлінням проведено моніторинг якості надання соціальних послуг: опитано 134 "
      "отримувачі, 91,8 % з них задоволені якістю послуг. Надійшло 2 скарги щодо графіка відвідування "
      "соціальних робітників; обидві розглянуто, вжито заходів.")
P7 = ("Пропозиції на 2024 рік: ввести 4 додаткові ставки соціальних робітників для обслуговування віддалених "
      "старостинських округів; довести охоплення послугою догляду вдома до 220 осіб.")
SIGN = "Начальник управління                                             (підпис)"
DATE = "Виконавець: відділ соціальних послуг, тел. (05162) 0-31-44; 12.01.2024"


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawCentredString(A4[0] / 2, 20, f"Сторінка {doc.page} з 2")
    canvas.restoreState()


def build(path):
    register_fonts()
    body = ParagraphStyle("b", fontName="LSerif", fontSize=11.5, leading=15, alignment=TA_JUSTIFY,
                          firstLineIndent=28, spaceAfter=6)
    ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0, fontName="LSerif-B")
    cell = ParagraphStyle("t", fontName="LSerif", fontSize=10, leading=12)
    story = [Paragraph(x, ctr) for x in TITLE] + [Spacer(1, 8)]
    for x in (P1, P2, P3):
        story.append(Paragraph(x, body))
    story.append(Paragraph(TCAP, ParagraphStyle("cap", parent=body, firstLineIndent=0, fontName="LSerif-I")))
    data = [[Paragraph(c, cell) for c in r] for r in TABLE]
    tb = Table(data, colWidths=[28, 220, 110, 80])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [tb, Spacer(1, 10)]
    for x in (P4, P5, P6, P7):
        story.append(Paragraph(x, body))
    story += [Spacer(1, 14), Paragraph(SIGN, ParagraphStyle("s", parent=body, firstLineIndent=0)),
              Paragraph(DATE, ParagraphStyle("d", parent=body, firstLineIndent=0, fontSize=9))]
    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, leftMargin=60, rightMargin=50, topMargin=50,
                            bottomMargin=50, title="Аналітична довідка", author="УСЗН")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def row(i):
    return "\t".join(c for c in TABLE[i] if c)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": CENTRE,
        "centre_type": "uszn",
        "settlement": "Снігурівка",
        "report_kind": "period_report",
        "period_start": "2023-01-01",
        "period_end": "2023-12-31",
    }, meta_alt={"report_kind": ["annual_report"]})
    f = g.f
    n = lambda x: x[1:]
    app = f("applied", "applications", 624, "надійшло 624 заяви про надання соціальних послуг")
    na = f("needs_assessed", "families_persons", 571, "Оцінку потреб проведено 571 особі/сім'ї")
    srv = f("served", "persons", 943, "Загалом соціальні послуги у 2023 році отримали 943 особи")
    tq = row(7)
    t_all = f("served", "persons", 943, tq, label="Разом")
    t_idp = f("served", "persons", 208, tq, label="Разом, з них ВПО", category="внутрішньо переміщені особи",
              parent=t_all)
    svcs = ["home_care", "day_care", "natural_aid", "counselling", "social_adaptation", "palliative_care"]
    all_ids, idp_ids = [], []
    for i, svc in enumerate(svcs, start=1):
        q = row(i)
        all_ids.append(f("served", "persons", int(TABLE[i][2]), q, service=svc, group="table2_recipients",
                         parent=t_all))
        if TABLE[i][3] != "–":
            idp_ids.append(f("served", "persons", int(TABLE[i][3]), q, service=svc,
                             category="внутрішньо переміщені особи", group="table2_idp", parent=t_idp))
    sup = f("served", "families", 29, "здійснювався соціальний супровід 29 сімей", service="social_support_sjo",
            alt=["support_ongoing"])
    kids = f("served", "children", 64, "(у них 64 дитини)", service="social_support_sjo", alt=["support_ongoing"],
             parent=sup)
    st = f("support_started", "families", 11, "з них 11 сімей взято під супровід у звітному році",
           service="social_support_sjo", parent=sup)
    done = f("support_completed", "families", 13, "Завершено супровід 13 сімей", service="social_support_sjo",
             parent=sup)
    pos = f("outcome_positive", "families", 10, "з них 10 – з позитивним результатом", service="social_support_sjo",
            parent=done)
    cont = f("support_ongoing", "families", 16, "На кінець року під супроводом залишилося 16 сімей",
             service="social_support_sjo", parent=sup)
    spent = f("budget_spent", "uah", 9412800, "спрямовано 9 412,8 тис. грн",
              label="місцевий бюджет, соціальні послуги")
    wages = f("budget_spent", "uah", 7905100, "на оплату праці з нарахуваннями – 7 905,1 тис. грн",
              label="оплата праці з нарахуваннями", parent=spent)
    resp = f("survey_respondents", "recipients", 134, "опитано 134 отримувачі", unit_alt="persons")
    sat = f("satisfaction", "percent", 91.8, "91,8 % з них задоволені якістю послуг", alt=["share"])
    comp = f("complaints", "complaints", 2, "Надійшло 2 скарги")

    g.check("parts_sum", "прийнято 598 рішень про надання соціальних послуг та 26 рішень про відмову",
            "598 + 26 = 624 applications (decisions have no §3 id: literals); 571 assessed ≤ 624",
            f"598 + 26 == f{n(app)} and f{n(na)} <= f{n(app)}")
    g.check("table_arithmetic", tq, "recipients: 198 + 21 + 263 + 412 + 37 + 12 = 943",
            " + ".join(f"f{n(x)}" for x in all_ids) + f" == f{n(t_all)}")
    g.check("table_arithmetic", tq, "ВПО: 14 + 3 + 88 + 97 + 6 (+ «–») = 208",
            " + ".join(f"f{n(x)}" for x in idp_ids) + f" == f{n(t_idp)}")
    g.check("table_arithmetic", row(1), "each ВПО cell ≤ its row's recipients",
            "all([" + ", ".join(f"f{n(a)} <= f{n(b)}" for a, b in zip(idp_ids, all_ids)) + "])")
    g.check("internal_conflict", "Загалом соціальні послуги у 2023 році отримали 943 особи",
            "prose 943 = table Разом", f"f{n(srv)} == f{n(t_all)}")
    g.check("parts_sum", "На кінець року під супроводом залишилося 16 сімей",
            "29 − 13 completed = 16 remaining; 11 taken ≤ 29; 10 positive ≤ 13",
            f"f{n(sup)} - f{n(done)} == f{n(cont)} and f{n(st)} <= f{n(sup)} and f{n(pos)} <= f{n(done)}")
    g.check("parts_sum", "у тому числі на оплату праці з нарахуваннями – 7 905,1 тис. грн", "7 905,1 ≤ 9 412,8",
            f"f{n(wages)} <= f{n(spent)}")
    g.check("percent_impossible", "опитано 134 отримувачі, 91,8 % з них задоволені якістю послуг",
            "123/134 = 91,79 → 91,8: reachable", f"grim_ok(f{n(sat)}, f{n(resp)}, 1)")

    g.skip("про надання соціальних послуг у Снігурівській міській територіальній громаді у 2023 році", [2023],
           "period (year)")
    g.skip("від 24.02.2021 № 118", [24, 2, 2021, 118], "decision date and number")
    g.skip("постанови КМУ від 01.06.2020 № 449", [1, 6, 2020, 449], "legal act date and number")
    g.skip("Громада об'єднує 43 населені пункти з населенням 25,7 тис. осіб.", [43, 25700],
           "settlement count, population")
    g.skip("прийнято 598 рішень про надання соціальних послуг та 26 рішень про відмову", [598, 26],
           "decisions and refusals: no §3 id (literals in a check)")
    g.skip("що на 57 більше, ніж у 2022 році", [57, 2022], "difference from the prior year")
    g.skip("Таблиця 2. Отримувачі соціальних послуг у 2023 році, осіб", [2, 2023], "table number, year")
    g.skip("№\tСоціальна послуга", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip("(у 2022 році – 8 106,3 тис. грн)", [2022, 8106300], "prior-year figure")
    g.skip("У листопаді 2023 року", [2023], "survey month")
    g.skip("обидві розглянуто", [2], "the two complaints again, in words: a back-reference, not a new figure")
    g.skip(P7, [2024, 4, 220], "plan and target for 2024")
    g.skip(DATE, [5162, 3144, 12, 1, 2024], "phone, compile date")
    g.skip("Сторінка 1 з 2", [1, 2], "page footer")
    g.note("a department's analytic note on all providers of the hromada: centre_type uszn; report_kind "
           "period_report (analytic note), annual_report accepted")
    g.note("oblast not stated (Снігурівка is in Миколаївська oblast) → omitted")
    g.note("table 2: every cell is a fact quoted by its row; rows hang on Разом of the same column; the ВПО cell of "
           "palliative care is «–» and gives no fact; the ВПО Разом hangs on the recipients Разом")
    g.note("«надійшло 624 заяви» → applied, unit applications; «571 особі/сім'ї» → families_persons")
    g.note("«опитано 134 отримувачі» → survey_respondents, unit recipients (unit_alt persons)")
    g.write()


if __name__ == "__main__":
    main()
