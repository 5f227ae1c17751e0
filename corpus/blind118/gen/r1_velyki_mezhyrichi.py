"""b118_01: ЦСС Великомежиріцької сільської ради (Рівненська), annual report 2024. DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, save_docx

NAME = "b118_01_velyki_mezhyrichi_css_annual2024.docx"

TABLE = [
    ("1", "Інформування", "205", "311"),
    ("2", "Консультування", "164", "402"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "31", "486"),
    ("4", "Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу", "4", "96"),
    ("5", "Натуральна допомога", "58", "58"),
    ("6", "Екстрене (кризове) втручання", "6", "9"),
]
TOTAL = ("Усього", "468", "1362")


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    p = d.add_paragraph("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ВЕЛИКОМЕЖИРІЦЬКОЇ СІЛЬСЬКОЇ РАДИ")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph("35041, Рівненська обл., Рівненський р-н, с. Великі Межирічі, вул. Шевченка, 14; "
                        "тел. (03651) 0-42-17; e-mail: css.vmezh@example.ua; код ЄДРПОУ 44718263")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("Вих. № 18/02-12 від 15.01.2025")
    p = d.add_paragraph("ЗВІТ\nпро роботу Центру соціальних служб Великомежиріцької сільської ради за 2024 рік")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph(
        "Центр утворено рішенням сесії сільської ради від 17.12.2020 № 112. Ми працюємо для мешканців "
        "21 населеного пункту громади, де проживає близько 12,4 тис. осіб. Нижче наведено основні "
        "результати нашої роботи у 2024 році.")

    d.add_heading("1. Звернення, виявлення та оцінка потреб", level=2)
    d.add_paragraph(
        "Протягом 2024 року до нас звернулися 412 осіб (у 2023 році – 367). Надійшло 57 повідомлень про "
        "сім’ї, які можуть перебувати у складних життєвих обставинах; після відвідування за місцем "
        "проживання складні життєві обставини підтвердилися у 44 сімей, решта 13 повідомлень не "
        "підтвердилися. Оцінку потреб ми провели 96 сім’ям, в яких виховується 178 дітей.")

    d.add_heading("2. Надання соціальних послуг", level=2)
    d.add_paragraph("Кількість отримувачів та наданих послуг за видами наведено в таблиці 1.")
    d.add_paragraph("Таблиця 1. Соціальні послуги, надані Центром у 2024 році")
    t = d.add_table(rows=1 + len(TABLE) + 1, cols=4)
    t.style = "Table Grid"
    hdr = ("№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "Надано послуг, од.")
    for j, c in enumerate(hdr):
        t.cell(0, j).text = c
    for i, row in enumerate(TABLE, start=1):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    last = len(TABLE) + 1
    m = t.cell(last, 0).merge(t.cell(last, 1))
    m.text = TOTAL[0]
    t.cell(last, 2).text = TOTAL[1]
    t.cell(last, 3).text = TOTAL[2]

    d.add_paragraph(
        "Загалом соціальними послугами охоплено 468 сімей/осіб. Серед отримувачів 115 – внутрішньо "
        "переміщені особи (26,1 %), які прибули до громади переважно з Донецької та Харківської областей.")

    d.add_heading("3. Соціальний супровід", level=2)
    d.add_paragraph(
        "Під соціальним супроводом протягом року перебувала 31 сім’я (у них 67 дітей): 18 сімей ми взяли "
        "під супровід у 2024 році, ще 13 сімей отримували послугу з 2023 року. Завершено супровід 16 сімей: "
        "у дев’яти сім’ях складні життєві обставини подолано (56,3 %), у чотирьох – мінімізовано, дві "
        "сім’ї змінили місце проживання, одна відмовилася від послуги. На кінець року супровід "
        "отримують 15 сімей. Середня тривалість супроводу – 7 місяців.")
    d.add_paragraph(
        "Соціальне супроводження здійснювалося щодо 3 прийомних сімей та 1 дитячого будинку сімейного "
        "типу, у яких виховується 14 дітей.")

    d.add_heading("4. Профілактична робота", level=2)
    d.add_paragraph(
        "Проведено 23 групові заходи (тренінги для батьків, «батьківські суботи», заняття для "
        "підлітків), участь у них взяли 297 осіб. Тривалість одного тренінгу – 2 години. На гарячу "
        "лінію Центру надійшло 74 дзвінки.")

    d.add_heading("5. Кадрове забезпечення", level=2)
    d.add_paragraph(
        "Штатним розписом передбачено 9 посад, фактично працює 8 працівників; одна посада фахівця із "
        "соціальної роботи вакантна. Протягом року 6 працівників підвищили кваліфікацію на "
        "онлайн-курсах. Скарг на якість наших послуг у 2024 році не надходило.")

    d.add_heading("6. Завдання на 2025 рік", level=2)
    for s in ("охопити послугою консультування не менше 200 осіб;",
              "провести 25 заходів для батьків дітей віком до 6 років;",
              "заповнити вакантну посаду до 01.04.2025."):
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Директор Центру                                  (підпис)")
    save_docx(d, report_path(NAME), author="ЦСС")


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Великомежиріцької сільської ради",
        "centre_type": "css", "settlement": "Великі Межирічі", "oblast": "Рівненська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    f = g.f
    a = f("applied", "persons", 412, "до нас звернулися 412 осіб")
    n = f("notified", "families", 57, "Надійшло 57 повідомлень про сім’ї, які можуть перебувати у складних "
          "життєвих обставинах", note="57 notifications, each about one family")
    sjo = f("in_difficult_circumstances", "families", 44,
            "складні життєві обставини підтвердилися у 44 сімей", parent=n)
    na = f("needs_assessed", "families", 96, "Оцінку потреб ми провели 96 сім’ям")
    f("needs_assessed", "children", 178, "в яких виховується 178 дітей", parent=na)
    # table: the «Усього» row first, so the rows can hang on it
    tq = "\t".join(TOTAL)
    tr = f("served", "families_persons", 468, tq, label="Усього")
    ts = f("services_provided", "services", 1362, tq, label="Усього")
    ids = {}
    for num, name, rec, srv in TABLE:
        svc = {"1": "informing", "2": "counselling", "3": "social_support_sjo", "4": "social_support_foster",
               "5": "natural_aid", "6": "crisis_intervention"}[num]
        q = "\t".join((num, name, rec, srv))
        ids[num] = (f("served", "families_persons", int(rec), q, service=svc, group="table1_recipients",
                      parent=tr),
                    f("services_provided", "services", int(srv), q, service=svc, group="table1_services",
                      parent=ts))
    sp = f("served", "families_persons", 468, "Загалом соціальними послугами охоплено 468 сімей/осіб",
           note="the table total written again in prose: a second fact")
    idp = f("served", "families_persons", 115, "Серед отримувачів 115 – внутрішньо переміщені особи (26,1 %)",
            percent=26.1, category="внутрішньо переміщені особи", parent=sp)
    ss = f("served", "families", 31, "Під соціальним супроводом протягом року перебувала 31 сім’я",
           service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 67, "(у них 67 дітей)", service="social_support_sjo", alt=["support_ongoing"],
      parent=ss)
    st = f("support_started", "families", 18, "18 сімей ми взяли під супровід у 2024 році",
           service="social_support_sjo", group="ss31_by_start", parent=ss)
    sc = f("served", "families", 13, "ще 13 сімей отримували послугу з 2023 року", service="social_support_sjo",
           label="отримували послугу з 2023 року", alt=["support_ongoing"], group="ss31_by_start", parent=ss)
    cp = f("support_completed", "families", 16, "Завершено супровід 16 сімей", service="social_support_sjo",
           parent=ss)
    o1 = f("outcome_positive", "families", 9, "у дев’яти сім’ях складні життєві обставини подолано (56,3 %)",
           percent=56.3, service="social_support_sjo", group="completed16_by_outcome", parent=cp,
           note="number written in words")
    o2 = f("outcome_minimized", "families", 4, "у чотирьох – мінімізовано", service="social_support_sjo",
           group="completed16_by_outcome", parent=cp, note="number written in words; «сім’ях» implied")
    o3 = f("outcome_other", "families", 2, "дві сім’ї змінили місце проживання", service="social_support_sjo",
           label="зміна місця проживання", group="completed16_by_outcome", parent=cp)
    o4 = f("outcome_other", "families", 1, "одна відмовилася від послуги", service="social_support_sjo",
           label="відмова від послуги", group="completed16_by_outcome", parent=cp)
    og = f("support_ongoing", "families", 15, "На кінець року супровід отримують 15 сімей",
           service="social_support_sjo")
    fo1 = f("served", "families", 3, "Соціальне супроводження здійснювалося щодо 3 прийомних сімей",
            service="social_support_foster", category="прийомні сім'ї")
    fo2 = f("served", "families", 1, "1 дитячого будинку сімейного типу", service="social_support_foster",
            category="дитячі будинки сімейного типу")
    f("served", "children", 14, "у яких виховується 14 дітей", service="social_support_foster", parent=fo1,
      note="children of both the 3 foster families and the 1 ДБСТ; hung on the first")
    ev = f("events", "events", 23, "Проведено 23 групові заходи")
    f("event_participants", "persons", 297, "участь у них взяли 297 осіб", parent=ev)
    f("calls", "calls", 74, "На гарячу лінію Центру надійшло 74 дзвінки")
    pos = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    act = f("staff_actual", "staff", 8, "фактично працює 8 працівників")
    f("staff_trained", "staff", 6, "Протягом року 6 працівників підвищили кваліфікацію")
    f("complaints", "complaints", 0, "Скарг на якість наших послуг у 2024 році не надходило.")

    v = lambda x: x[1:]
    g.check("table_arithmetic", "Усього\t468\t1362", "recipients 205+164+31+4+58+6 = 468",
            " + ".join("f" + v(ids[k][0]) for k in ids) + f" == f{v(tr)}")
    g.check("table_arithmetic", "Усього\t468\t1362", "services 311+402+486+96+58+9 = 1362",
            " + ".join("f" + v(ids[k][1]) for k in ids) + f" == f{v(ts)}")
    g.check("internal_conflict", "Загалом соціальними послугами охоплено 468 сімей/осіб",
            "prose 468 = table total 468", f"f{v(sp)} == f{v(tr)}")
    g.check("parts_sum", "складні життєві обставини підтвердилися у 44 сімей, решта 13 повідомлень",
            "44 confirmed + 13 not confirmed = 57 notifications (13 has no §3 id: literal)",
            f"f{v(sjo)} + 13 == f{v(n)}")
    g.check("parts_sum", "Під соціальним супроводом протягом року перебувала 31 сім’я",
            "18 taken in 2024 + 13 continued from 2023 = 31", f"f{v(st)} + f{v(sc)} == f{v(ss)}")
    g.check("parts_sum", "Завершено супровід 16 сімей", "9 + 4 + 2 + 1 = 16",
            f"f{v(o1)} + f{v(o2)} + f{v(o3)} + f{v(o4)} == f{v(cp)}")
    g.check("percent_mismatch", "у дев’яти сім’ях складні життєві обставини подолано (56,3 %)",
            "9 / 16 = 56,25 % → 56,3 (half-up)", f"pct_ok(p{v(o1)}, f{v(o1)}, f{v(cp)}, 1)")
    g.check("parts_sum", "На кінець року супровід отримують 15 сімей", "31 − 16 completed = 15 still under support",
            f"f{v(ss)} - f{v(cp)} == f{v(og)}")
    g.check("parts_sum", "Соціальне супроводження здійснювалося щодо 3 прийомних сімей та 1 дитячого будинку",
            "3 foster families + 1 ДБСТ = 4 in table row 4", f"f{v(fo1)} + f{v(fo2)} == f{v(ids['4'][0])}")
    g.check("parts_sum", "фактично працює 8 працівників; одна посада фахівця",
            "8 working + 1 vacancy = 9 positions (vacancy: literal)", f"f{v(act)} + 1 == f{v(pos)}")
    g.slip("percent_mismatch", "error", "Серед отримувачів 115 – внутрішньо переміщені особи (26,1 %)",
           26.1, 24.6, [idp, sp],
           "115 of the 468 recipients is 24,57 % → 24,6 %, written 26,1 %. 26,1 % is reachable with 468 "
           "(122/468), so only percent_mismatch, not percent_impossible.",
           f"pct_ok(p{v(idp)}, f{v(idp)}, f{v(sp)}, 1)")

    g.skip("35041, Рівненська обл., Рівненський р-н, с. Великі Межирічі, вул. Шевченка, 14; тел. (03651) 0-42-17",
           [35041, 14, 3651, 4217], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44718263", [44718263], "ЄДРПОУ")
    g.skip("Вих. № 18/02-12 від 15.01.2025", [18, 2, 12, 15, 1, 2025], "outgoing number and date")
    g.skip("про роботу Центру соціальних служб Великомежиріцької сільської ради за 2024 рік", [2024], "year")
    g.skip("Центр утворено рішенням сесії сільської ради від 17.12.2020 № 112", [17, 12, 2020, 112],
           "decision date and number")
    g.skip("21 населеного пункту громади, де проживає близько 12,4 тис. осіб", [21, 12.4],
           "settlement count and population")
    g.skip("у 2024 році", [2024], "year (several places)")
    g.skip("Протягом 2024 року", [2024], "year")
    g.skip("наведено в таблиці 1.", [1], "table reference")
    g.skip("(у 2023 році – 367)", [2023, 367], "prior-year figure")
    g.skip("решта 13 повідомлень не підтвердилися", [13], "notifications not confirmed: no §3 id (used as a literal)")
    g.skip("1. Звернення, виявлення та оцінка потреб", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
    g.skip("ще 13 сімей отримували послугу з 2023 року", [2023], "year (the 13 is a 2024 fact)")
    g.skip("Середня тривалість супроводу – 7 місяців.", [7], "duration")
    g.skip("Тривалість одного тренінгу – 2 години.", [2], "duration")
    g.skip("одна посада фахівця із соціальної роботи вакантна", [1], "vacancy: no §3 id")
    g.skip("охопити послугою консультування не менше 200 осіб;", [200], "plan for 2025")
    g.skip("провести 25 заходів для батьків дітей віком до 6 років;", [25, 6], "plan for 2025, age")
    g.skip("заповнити вакантну посаду до 01.04.2025.", [1, 4, 2025], "plan date")
    g.skip("6. Завдання на 2025 рік", [6, 2025], "section heading, next year")
    g.note("Table 1: every cell is a fact quoted by its row; rows hang on the «Усього» cell of the same column. "
           "Column «Отримувачі, сімей/осіб» → unit families_persons. Row 3 (social support) and row 4 (foster) "
           "carry their services.")
    g.note("«Загалом соціальними послугами охоплено 468 сімей/осіб» repeats the table total: a second fact. "
           "The 115 IDPs hang on it, with percent 26,1 (the planted slip: 115/468 = 24,6 %).")
    g.note("Social support: «перебувала 31 сім’я» → served (alt support_ongoing); «взяли під супровід у 2024 році» → "
           "support_started; «отримували послугу з 2023 року» → served with a label (alt support_ongoing); "
           "outcomes written in words (дев’яти, чотирьох, дві, одна) are facts; «На кінець року … 15» → support_ongoing.")
    g.note("The 14 children live in the 3 foster families and the 1 ДБСТ together; hung on the foster families fact.")
    g.note("57 notifications → notified (families): the sentence says each is about a family; the 44 confirmed → "
           "in_difficult_circumstances (families).")
    g.write()


if __name__ == "__main__":
    build()
    gold()
