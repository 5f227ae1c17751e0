"""b75_06: Центр соціальних служб Пантаївської селищної ради (Кіровоградська), information for Q3 2024.
reportlab PDF (Liberation fonts) with a table by service (families / of them IDPs / services); impersonal voice."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import Gold, report_path, register_fonts

DOC = "b75_06_pantaivka_css_q3_2024.pdf"

HEAD = [
    ("c", "<b>ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ПАНТАЇВСЬКОЇ СЕЛИЩНОЇ РАДИ</b>"),
    ("c", "28035, Кіровоградська обл., Олександрійський р-н, смт Пантаївка, вул. Соборна, 3; тел. (05235) 0-61-27"),
    ("r", "Дата складання: 04.10.2024"),
    ("t", "ІНФОРМАЦІЯ<br/>про роботу Центру соціальних служб за III квартал 2024 року"),
    ("p", "Центр соціальних служб утворено рішенням сесії селищної ради від 25.01.2024 № 1412; обслуговує 11 населених пунктів з населенням 12,9 тис. осіб."),
    ("p", "У липні – вересні 2024 року соціальні послуги надано 187 сім'ям (з початку року – 402 сім'ям). Дані за видами послуг наведено в таблиці."),
]
TABLE = [
    ["Вид соціальної послуги", "Кількість сімей", "з них сімей ВПО", "Надано послуг"],
    ["Інформування", "74", "21", "118"],
    ["Консультування", "63", "18", "241"],
    ["Соціальний супровід сімей, які перебувають у СЖО", "16", "4", "212"],
    ["Соціальна профілактика", "22", "5", "66"],
    ["Кризове та екстрене втручання", "12", "9", "19"],
    ["Разом", "187", "57", "656"],
]
TAIL = [
    ("p", "Надійшло 9 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах. Оцінку потреб проведено 9 сім'ям, у 5 з них складні життєві обставини підтверджено."),
    ("p", "Під соціальним супроводом у кварталі перебувало 14 сімей, у яких виховується 31 дитина, з них 4 сім'ї – внутрішньо переміщені. Взято під супровід 5 сімей. Завершено супровід 6 сімей: у 4 – з позитивним результатом, в 1 – складні життєві обставини мінімізовано, 1 сім'я відмовилася від послуги."),
    ("p", "Соціальний супровід прийомних сімей та дитячих будинків сімейного типу отримували 3 сім'ї, у яких виховується 13 дітей."),
    ("p", "Проведено 5 групових заходів у межах «Школи відповідального батьківства», ними охоплено 47 осіб. Разом з громадською організацією роздано 85 комплектів дитячого одягу."),
    ("p", "Штатна чисельність Центру – 7 посад, фактично працює 6 фахівців із соціальної роботи. 2 фахівці взяли участь у вебінарах обласного центру соціальних служб (по 2 год.)."),
    ("p", "У IV кварталі 2024 року заплановано провести 4 заняття для кандидатів у прийомні батьки."),
    ("p", "Директор Центру ____________"),
]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("LSans", 8)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Стор. {doc.page}")
    canvas.restoreState()


def build():
    register_fonts()
    base = ParagraphStyle("b", fontName="LSans", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5,
                          firstLineIndent=10 * mm)
    cen = ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0, fontSize=10)
    rig = ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0, fontSize=9)
    tit = ParagraphStyle("t", parent=base, fontName="LSans-B", alignment=TA_CENTER, firstLineIndent=0, fontSize=12,
                         leading=16, spaceBefore=6, spaceAfter=8)
    cell = ParagraphStyle("cell", fontName="LSans", fontSize=9.5, leading=12)
    styles = {"p": base, "c": cen, "r": rig, "t": tit}
    story = [Paragraph(t, styles[k]) for k, t in HEAD]
    tb = Table([[Paragraph(c, cell) for c in row] for row in TABLE],
               colWidths=[78 * mm, 28 * mm, 30 * mm, 28 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tb, Spacer(1, 8)]
    story += [Paragraph(t, styles[k]) for k, t in TAIL]
    SimpleDocTemplate(report_path(DOC), pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                      bottomMargin=20 * mm, invariant=1, title="Інформація за III квартал 2024",
                      author="ЦСС").build(story, onFirstPage=footer, onLaterPages=footer)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Пантаївської селищної ради",
        "centre_type": "css", "settlement": "Пантаївка", "oblast": "Кіровоградська",
        "report_kind": "period_report", "period_start": "2024-07-01", "period_end": "2024-09-30"})
    f = g.f
    pr = f("served", "families", 187, "У липні – вересні 2024 року соціальні послуги надано 187 сім'ям")
    tq = "Разом\t187\t57\t656"
    t_f = f("served", "families", 187, tq, label="Разом", note="table total, column «Кількість сімей»")
    t_i = f("served", "families", 57, tq, label="Разом", category="внутрішньо переміщені особи", parent=t_f,
            note="table total, column «з них сімей ВПО»")
    t_s = f("services_provided", "services", 656, tq, label="Разом")
    rows = [("informing", "Інформування", 74, 21, 118), ("counselling", "Консультування", 63, 18, 241),
            ("social_support_sjo", "Соціальний супровід сімей, які перебувають у СЖО", 16, 4, 212),
            ("social_prevention", "Соціальна профілактика", 22, 5, 66),
            ("crisis_intervention", "Кризове та екстрене втручання", 12, 9, 19)]
    ids = []
    for sid, name, a, b, c in rows:
        q = f"{name}\t{a}\t{b}\t{c}"
        fa = f("served", "families", a, q, service=sid, label=name, group="table_families_by_service", parent=t_f)
        fb = f("served", "families", b, q, service=sid, label=name, category="внутрішньо переміщені особи",
               group="table_idp_by_service", parent=t_i)
        fc = f("services_provided", "services", c, q, service=sid, label=name, group="table_services_by_service",
               parent=t_s)
        ids.append((fa, fb, fc))
    nt = f("notified", "families", 9, "Надійшло 9 повідомлень про сім'ї")
    na = f("needs_assessed", "families", 9, "Оцінку потреб проведено 9 сім'ям")
    sjo = f("in_difficult_circumstances", "families", 5, "у 5 з них складні життєві обставини підтверджено", parent=na)
    sup = f("served", "families", 14, "Під соціальним супроводом у кварталі перебувало 14 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    supi = f("served", "families", 4, "з них 4 сім'ї – внутрішньо переміщені", service="social_support_sjo",
             alt=["support_ongoing"], category="внутрішньо переміщені особи", parent=sup)
    st = f("support_started", "families", 5, "Взято під супровід 5 сімей", service="social_support_sjo", parent=sup)
    cm = f("support_completed", "families", 6, "Завершено супровід 6 сімей", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 4, "у 4 – з позитивним результатом", service="social_support_sjo",
           group="completed_6_by_result", parent=cm)
    o2 = f("outcome_minimized", "families", 1, "в 1 – складні життєві обставини мінімізовано",
           service="social_support_sjo", group="completed_6_by_result", parent=cm)
    o3 = f("outcome_other", "families", 1, "1 сім'я відмовилася від послуги", service="social_support_sjo",
           label="відмова від послуги", group="completed_6_by_result", parent=cm)
    fo = f("served", "families", 3, "отримували 3 сім'ї", service="social_support_foster", alt=["support_ongoing"],
           label="прийомні сім'ї та ДБСТ")
    f("served", "children", 13, "у яких виховується 13 дітей", service="social_support_foster",
      alt=["support_ongoing"], parent=fo)
    ev = f("events", "events", 5, "Проведено 5 групових заходів")
    f("event_participants", "persons", 47, "ними охоплено 47 осіб", parent=ev)
    pos = f("staff_positions", "positions", 7, "Штатна чисельність Центру – 7 посад")
    act = f("staff_actual", "staff", 6, "фактично працює 6 фахівців із соціальної роботи")
    tr = f("staff_trained", "staff", 2, "2 фахівці взяли участь у вебінарах")

    s_sjo = ids[2][0]
    g.slip("internal_conflict", "error", "Під соціальним супроводом у кварталі перебувало 14 сімей", 14, 16,
           [sup, s_sjo], "social support of families in СЖО in Q3 2024: 16 families in the table row, 14 in the prose "
           "(same indicator, unit, service and period)", f"{sup} == {s_sjo}")
    g.check("table_arithmetic", tq, "families column: 74 + 63 + 16 + 22 + 12 = 187",
            " + ".join(x[0] for x in ids) + f" == {t_f}")
    g.check("table_arithmetic", tq, "IDP column: 21 + 18 + 4 + 5 + 9 = 57", " + ".join(x[1] for x in ids) + f" == {t_i}")
    g.check("table_arithmetic", tq, "services column: 118 + 241 + 212 + 66 + 19 = 656",
            " + ".join(x[2] for x in ids) + f" == {t_s}")
    g.check("table_arithmetic", "з них сімей ВПО", "each row's IDP families ≤ its families",
            " and ".join(f"{b} <= {a}" for a, b, _ in ids))
    g.check("internal_conflict", "соціальні послуги надано 187 сім'ям", "187 in the prose and in the Разом row",
            f"{pr} == {t_f}")
    g.check("internal_conflict", "з них 4 сім'ї – внутрішньо переміщені", "4 IDP families under support in the prose and in the table",
            f"{supi} == {ids[2][1]}")
    g.check("parts_sum", "Завершено супровід 6 сімей: у 4 – з позитивним результатом", "4 + 1 + 1 = 6",
            f"{o1} + {o2} + {o3} == {cm}")
    g.check("parts_sum", "Оцінку потреб проведено 9 сім'ям, у 5 з них", "5 ≤ 9 assessed = 9 notified; 6 ≤ 7 positions",
            f"{sjo} <= {na} and {na} == {nt} and {act} <= {pos} and {tr} <= {act}")

    g.skip("28035, Кіровоградська обл., Олександрійський р-н, смт Пантаївка, вул. Соборна, 3; тел. (05235) 0-61-27",
           [28035, 3, 5235, 6127], "postcode, address, phone")
    g.skip("Дата складання: 04.10.2024", [4, 10, 2024], "compile date")
    g.skip("за III квартал 2024 року", [3, 2024], "report period (meta)")
    g.skip("рішенням сесії селищної ради від 25.01.2024 № 1412; обслуговує 11 населених пунктів з населенням 12,9 тис. осіб",
           [25, 1, 2024, 1412, 11, 12900], "decision date/number, settlement count, population")
    g.skip("(з початку року – 402 сім'ям)", [402], "cumulative since the start of the year (January–September, not the quarter)")
    g.skip("роздано 85 комплектів дитячого одягу", [85], "items handed out")
    g.skip("(по 2 год.)", [2], "duration")
    g.skip("У IV кварталі 2024 року заплановано провести 4 заняття для кандидатів у прийомні батьки.", [4, 2024, 4], "plan")

    g.note("Q3 2024 (липень – вересень) = 2024-07-01..2024-09-30; the cumulative «з початку року» figure is skipped")
    g.note("table: every cell is a fact quoted by its row; the «з них сімей ВПО» cells carry category and hang on the IDP total; the prose 187 is a second fact")
    g.note("the page footer «Стор. 1» is dropped by the reader")
    g.write()


if __name__ == "__main__":
    build()
    gold()
