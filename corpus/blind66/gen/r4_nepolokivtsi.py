"""b66_04: ЦСС Неполоківецької селищної ради, analytic information for Q3 2025.
reportlab PDF (Liberation fonts) with a service table; third person."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
from common import Gold, report_path, register_fonts

DOC = "b66_04_nepolokivtsi_css_q3_2025.pdf"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ НЕПОЛОКІВЕЦЬКОЇ СЕЛИЩНОЇ РАДИ",
    "59130, Чернівецька обл., Чернівецький р-н, смт Неполоківці, вул. Центральна, 9; тел. (03733) 0-27-64",
]
TITLE = "Аналітична інформація про діяльність Центру за III квартал 2025 року"
P1 = [
    "Вих. № 02-11/186 від 06.10.2025",
    "У III кварталі 2025 року до Центру надійшли повідомлення про 46 сімей, які можуть перебувати у складних "
    "життєвих обставинах (у II кварталі – 39). Фахівці провели оцінку потреб 44 сімей (у них 97 дітей); ще для "
    "2 сімей оцінювання триває станом на 30.09.2025. Складні життєві обставини визначено у 31 сім'ї.",
    "Таблиця 1. Охоплення соціальними послугами у III кварталі 2025 р.",
]
ROWS = [
    ["№", "Соціальна послуга", "Отримувачів (сімей/осіб)", "Надано послуг"],
    ["1", "Інформування", "214", "261"],
    ["2", "Консультування", "187", "342"],
    ["3", "Соціальний супровід сімей у СЖО", "36", "288"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "6", "54"],
    ["5", "Представництво інтересів", "9", "12"],
    ["6", "Екстрене (кризове) втручання", "4", "7"],
    ["", "Разом", "456", "964"],
]
P2 = [
    "Під соціальним супроводом перебувало 36 сімей (у них 71 дитина), з них 11 сімей взято під супровід у "
    "звітному кварталі. Завершено надання послуги 12 сім'ям, а саме: з позитивним результатом – 7, "
    "мінімізовано складні життєві обставини – 3, у зв'язку зі зміною місця проживання – 1, з негативним "
    "результатом (відмова від співпраці) – 2. Надання послуги продовжено у IV кварталі 24 сім'ям.",
    "Центр здійснює соціальне супроводження 6 прийомних сімей і дитячих будинків сімейного типу, у яких "
    "виховується 17 дітей віком від 3 до 17 років.",
    "Проведено 5 групових заходів (тренінг для батьків, два засідання клубу «Молода сім'я», акції до Дня знань), "
    "у яких взяли участь 73 особи. Разом із благодійним фондом 32 сім'ям з дітьми передано 32 продуктові набори "
    "та 40 комплектів зимового одягу.",
    "На телефон довіри Центру (цілодобово, 0 800 50 0 123) надійшло 19 дзвінків, з них 4 – щодо домашнього "
    "насильства; у кожному випадку інформацію передано до служби у справах дітей протягом 1 доби.",
    "Штатна чисельність – 8 посад, з них 5 посад фахівців із соціальної роботи; фактично працює 7 осіб. "
    "У III кварталі 3 фахівці підвищили кваліфікацію на курсах Чернівецького обласного центру соціальних служб "
    "(40 годин). На IV квартал 2025 року заплановано взяти під супровід ще 8 сімей.",
    "Директор Центру (підпис)",
]


def build(path):
    register_fonts()
    n = ParagraphStyle("n", fontName="LSerif", fontSize=11, leading=14, spaceAfter=5)
    b = ParagraphStyle("b", parent=n, fontName="LSerif-B", alignment=1)
    small = ParagraphStyle("s", parent=n, fontSize=9, alignment=1)
    cell = ParagraphStyle("c", parent=n, fontSize=10, leading=12, spaceAfter=0)

    def footer(canvas, doc):
        canvas.setFont("LSans", 8)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"Сторінка {doc.page} з 2")

    story = [Paragraph(HEAD[0], b), Paragraph(HEAD[1], small), Spacer(1, 6), Paragraph(TITLE, b)]
    story += [Paragraph(t, n) for t in P1]
    data = [[Paragraph(c, cell) for c in r] for r in ROWS]
    t = Table(data, colWidths=[10 * mm, 85 * mm, 40 * mm, 30 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8)]
    story += [Paragraph(x, n) for x in P2[:3]]
    from reportlab.platypus import PageBreak
    story += [PageBreak()] + [Paragraph(x, n) for x in P2[3:]]
    SimpleDocTemplate(path, pagesize=A4, invariant=1, title=TITLE, author="ЦСС",
                      leftMargin=20 * mm, rightMargin=15 * mm).build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Неполоківецької селищної ради",
        "centre_type": "css", "settlement": "Неполоківці", "oblast": "Чернівецька",
        "report_kind": "period_report", "period_start": "2025-07-01", "period_end": "2025-09-30"})
    nt = g.f("notified", "families", 46, "надійшли повідомлення про 46 сімей")
    na = g.f("needs_assessed", "families", 44, "Фахівці провели оцінку потреб 44 сімей", parent=nt)
    nac = g.f("needs_assessed", "children", 97, "(у них 97 дітей)", parent=na)
    sj = g.f("in_difficult_circumstances", "families", 31, "Складні життєві обставини визначено у 31 сім'ї", parent=na)
    svc = {"1": "informing", "2": "counselling", "3": "social_support_sjo", "4": "social_support_foster",
           "5": "representation", "6": "crisis_intervention"}
    tot = ROWS[-1]
    tq = "\t".join(tot[1:])
    tr = g.f("served", "families_persons", 456, tq, label="Разом")
    ts = g.f("services_provided", "services", 964, tq, label="Разом")
    rr, rs = [], []
    for r in ROWS[1:-1]:
        q = "\t".join(r)
        rr.append(g.f("served", "families_persons", int(r[2]), q, service=svc[r[0]], parent=tr,
                      group="table1_recipients_by_service"))
        rs.append(g.f("services_provided", "services", int(r[3]), q, service=svc[r[0]], parent=ts,
                      group="table1_services_by_service"))
    su = g.f("served", "families", 36, "Під соціальним супроводом перебувало 36 сімей", service="social_support_sjo",
             alt=["support_ongoing"])
    suc = g.f("served", "children", 71, "(у них 71 дитина)", service="social_support_sjo", parent=su,
              alt=["support_ongoing"])
    st = g.f("support_started", "families", 11, "з них 11 сімей взято під супровід", service="social_support_sjo",
             parent=su)
    sc = g.f("support_completed", "families", 12, "Завершено надання послуги 12 сім'ям", service="social_support_sjo",
             parent=su)
    o1 = g.f("outcome_positive", "families", 7, "з позитивним результатом – 7", parent=sc, group="completed_12_by_outcome",
             service="social_support_sjo")
    o2 = g.f("outcome_minimized", "families", 3, "мінімізовано складні життєві обставини – 3", parent=sc,
             group="completed_12_by_outcome", service="social_support_sjo")
    o3 = g.f("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання – 1", parent=sc,
             group="completed_12_by_outcome", label="зміна місця проживання", service="social_support_sjo")
    o4 = g.f("outcome_negative", "families", 2, "з негативним результатом (відмова від співпраці) – 2", parent=sc,
             group="completed_12_by_outcome", service="social_support_sjo")
    on = g.f("support_ongoing", "families", 24, "Надання послуги продовжено у IV кварталі 24 сім'ям",
             service="social_support_sjo", parent=su)
    fo = g.f("served", "families", 6, "соціальне супроводження 6 прийомних сімей і дитячих будинків сімейного типу",
             service="social_support_foster")
    foc = g.f("served", "children", 17, "у яких виховується 17 дітей", service="social_support_foster", parent=fo)
    ev = g.f("events", "events", 5, "Проведено 5 групових заходів")
    ep = g.f("event_participants", "persons", 73, "у яких взяли участь 73 особи", parent=ev)
    hf = g.f("served", "families", 32, "32 сім'ям з дітьми передано 32 продуктові набори",
             label="благодійна допомога (продуктові набори, зимовий одяг)")
    cl = g.f("calls", "calls", 19, "надійшло 19 дзвінків")
    cl4 = g.f("calls", "calls", 4, "з них 4 – щодо домашнього насильства", parent=cl, label="домашнє насильство")
    pos = g.f("staff_positions", "positions", 8, "Штатна чисельність – 8 посад")
    pos5 = g.f("staff_positions", "positions", 5, "з них 5 посад фахівців із соціальної роботи", parent=pos,
               label="фахівці із соціальної роботи")
    sa = g.f("staff_actual", "staff", 7, "фактично працює 7 осіб")
    stt = g.f("staff_trained", "staff", 3, "3 фахівці підвищили кваліфікацію")

    g.slip("parts_sum", "error", "Завершено надання послуги 12 сім'ям, а саме: з позитивним результатом – 7, "
           "мінімізовано складні життєві обставини – 3, у зв'язку зі зміною місця проживання – 1, з негативним "
           "результатом (відмова від співпраці) – 2", 13, 12, [sc, o1, o2, o3, o4],
           "the four outcomes «а саме» of the 12 completed sum to 7 + 3 + 1 + 2 = 13, one more than 12 "
           "(12 is confirmed by 36 − 12 = 24 continued)", f"{o1} + {o2} + {o3} + {o4} == {sc}")
    g.check("table_arithmetic", tq, "recipients column: 214 + 187 + 36 + 6 + 9 + 4 = 456",
            " + ".join(rr) + f" == {tr}")
    g.check("table_arithmetic", tq, "services column: 261 + 342 + 288 + 54 + 12 + 7 = 964",
            " + ".join(rs) + f" == {ts}")
    g.check("internal_conflict", "Під соціальним супроводом перебувало 36 сімей",
            "table row 3 (36) agrees with the prose (36 families); row 4 (6) with the 6 foster families",
            f"{rr[2]} == {su} and {rr[3]} == {fo}")
    g.check("parts_sum", "Надання послуги продовжено у IV кварталі 24 сім'ям",
            "36 under support − 12 completed = 24 continued; 11 taken ≤ 36", f"{su} - {sc} == {on} and {st} <= {su}")
    g.check("parts_sum", "Фахівці провели оцінку потреб 44 сімей",
            "44 assessed + 2 still in progress = 46 notified; 31 in СЖО ≤ 44", f"{na} + 2 == {nt} and {sj} <= {na}")
    g.check("parts_sum", "Штатна чисельність – 8 посад, з них 5 посад фахівців",
            "5 ≤ 8; 7 staff ≤ 8; 3 trained ≤ 7; 4 calls ≤ 19", f"{pos5} <= {pos} and {sa} <= {pos} and {stt} <= {sa} and {cl4} <= {cl}")
    g.skip("59130, Чернівецька обл., Чернівецький р-н, смт Неполоківці, вул. Центральна, 9; тел. (03733) 0-27-64",
           [59130, 9, 3733, 2764], "postcode, address, phone")
    g.skip("Вих. № 02-11/186 від 06.10.2025", [2, 11, 186, 6, 10, 2025], "outgoing number and date")
    g.skip("(у II кварталі – 39)", [2, 39], "previous quarter's figure")
    g.skip("ще для 2 сімей оцінювання триває станом на 30.09.2025", [2, 30, 9, 2025],
           "assessments in progress (no §3 id; literal in a check), date")
    g.skip("Таблиця 1. Охоплення соціальними послугами у III кварталі 2025 р.", [1, 3, 2025], "table number, period")
    g.skip("№\tСоціальна послуга", [1, 2, 3, 4, 5, 6], "row numbers")
    g.skip("дітей віком від 3 до 17 років", [3, 17], "ages")
    g.skip("два засідання клубу «Молода сім'я»", [2], "parts of the events list (words)")
    g.skip("передано 32 продуктові набори та 40 комплектів зимового одягу", [32, 40], "items handed out")
    g.skip("(цілодобово, 0 800 50 0 123)", [0, 800, 50, 0, 123], "phone")
    g.skip("протягом 1 доби", [1], "duration")
    g.skip("(40 годин)", [40], "duration")
    g.skip("На IV квартал 2025 року заплановано взяти під супровід ще 8 сімей", [4, 2025, 8], "plan")
    g.note("the table's recipients column is «сімей/осіб» → families_persons; each cell is a fact quoted by its row, "
           "hanging on the Разом cell of its column")
    g.note("36 families under support and 6 foster families are written twice (table and prose): two facts each")
    g.note("«перебувало під соціальним супроводом» → served (alt support_ongoing); «продовжено у IV кварталі» → support_ongoing")
    g.note("«32 сім'ям з дітьми передано … набори» (charity with a fund) → served with a label; the items are skipped")
    g.note("the page footer «Сторінка N з 2» is dropped by the reader")
    g.skip('Аналітична інформація про діяльність Центру за III квартал 2025 року', [3, 2025], 'title: period')
    g.skip('У III кварталі 2025 року', [3, 2025], 'period')
    g.write()


if __name__ == "__main__":
    main()
