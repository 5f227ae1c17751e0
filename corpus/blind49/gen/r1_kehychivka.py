"""b49_01: ЦСС Кегичівської селищної ради (Харківська), звіт про діяльність за 2024 рік.
DOCX (python-docx), first person plural, numbered sections, a table by service with an IDP column."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b49_01_kehychivka_css_annual2024.docx"

HEAD = [
    "Центр соціальних служб Кегичівської селищної ради Берестинського району Харківської області",
    "ЄДРПОУ 44123580 | 64003, смт Кегичівка, вул. Волошкова, 19 | тел. (05755) 0-31-47 | css.kehychivka@example.ua",
]
TITLE = ["ЗВІТ", "про діяльність Центру соціальних служб за 2024 рік"]
APPROVED = "Затверджено наказом директора від 20.01.2025 № 07-од"

S1 = [
    "1. Загальні відомості",
    "Центр утворено рішенням сесії Кегичівської селищної ради від 14.09.2021 № 1120-VIII. Громада об'єднує "
    "41 населений пункт, де проживає близько 19,6 тис. осіб.",
    "Штатним розписом передбачено 14 посад, фактично працює 12 працівників, з них 6 фахівців із соціальної "
    "роботи. Протягом року 9 працівників підвищили кваліфікацію на онлайн-курсах обласного центру соціальних "
    "служб (загальна тривалість навчання – 72 години).",
]
S2 = [
    "2. Виявлення сімей та оцінювання потреб",
    "Протягом 2024 року ми отримали повідомлення про 218 сімей/осіб, які можуть перебувати у складних "
    "життєвих обставинах (за 2023 рік таких повідомлень було 187). Оцінювання потреб ми провели щодо "
    "203 сімей/осіб, з яких 164 визнано такими, що перебувають у СЖО. Щодо решти 15 повідомлень оцінювання "
    "не проводилося, оскільки сім'ї змінили місце проживання.",
]
S3 = [
    "3. Надані соціальні послуги",
    "Загалом послугами Центру у 2024 році ми охопили 870 сімей/осіб. Розподіл за видами послуг наведено в таблиці 2.",
    "Таблиця 2. Соціальні послуги, надані у 2024 році",
]
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачі (сімей/осіб)", "у т. ч. ВПО", "Кількість наданих послуг"],
    ["1", "Інформування", "412", "97", "1 036"],
    ["2", "Консультування", "356", "88", "1 214"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "58", "11", "1 392"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "7", "–", "168"],
    ["5", "Соціальна адаптація", "24", "9", "286"],
    ["6", "Екстрене (кризове) втручання", "13", "5", "31"],
    ["Усього", "", "870", "210", "4 172"],
]
S4 = [
    "4. Соціальний супровід",
    "Під соціальним супроводом протягом року перебували 58 сімей (у них 121 дитина). З них 31 сім'ю ми взяли "
    "під супровід у 2024 році, а 27 сімей продовжили отримувати послугу з 2023 року.",
    "Завершили супровід 29 сімей: 21 – з подоланням складних життєвих обставин, 5 – з мінімізацією, "
    "3 сім'ї вибули за межі громади. Станом на 31.12.2024 супровід триває для 29 сімей.",
    "Ми супроводжуємо 4 прийомні сім'ї та 3 дитячі будинки сімейного типу, де виховується 26 дітей. "
    "Кожну сім'ю відвідуємо не рідше одного разу на місяць.",
]
S5 = [
    "5. Групова робота, гаряча лінія, допомога",
    "Ми провели 38 групових заходів (тренінги, батьківські клуби, «Школа відповідального батьківства»), "
    "участь у них взяли 452 особи. На телефон гарячої лінії Центру надійшов 131 дзвінок.",
    "Гуманітарну допомогу отримали 146 сімей: їм передано 310 продуктових наборів та 85 комплектів зимового одягу.",
    "Скарг на роботу Центру протягом року не надходило.",
]
S6 = [
    "6. Завдання на 2025 рік",
    "У 2025 році плануємо охопити послугою соціального супроводу не менше 65 сімей та запровадити послугу "
    "денного догляду для 10 дітей віком 3–6 років.",
    "Директор Центру ____________ (підпис)",
    "Вих. № 01-14/23 від 21.01.2025",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for t in HEAD:
        d.add_paragraph(t)
    for t in TITLE:
        p = d.add_paragraph()
        p.add_run(t).bold = True
    d.add_paragraph(APPROVED)
    for block in (S1, S2, S3):
        d.add_heading(block[0], level=2)
        for t in block[1:]:
            d.add_paragraph(t)
    tb = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    last = tb.rows[-1]
    m = last.cells[0].merge(last.cells[1])
    m.text = "Усього"
    for block in (S4, S5, S6):
        d.add_heading(block[0], level=2)
        for t in block[1:]:
            d.add_paragraph(t)
    fix_docx_props(d, author="ЦСС")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Кегичівської селищної ради Берестинського району Харківської області",
        "centre_type": "css", "settlement": "Кегичівка", "oblast": "Харківська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Центр соціальних служб Кегичівської селищної ради"]})

    pos = g.f("staff_positions", "positions", 14, "Штатним розписом передбачено 14 посад")
    act = g.f("staff_actual", "staff", 12, "фактично працює 12 працівників")
    spec = g.f("staff_actual", "staff", 6, "з них 6 фахівців із соціальної роботи", label="фахівці із соціальної роботи",
               parent=act)
    tr = g.f("staff_trained", "staff", 9, "Протягом року 9 працівників підвищили кваліфікацію")
    no = g.f("notified", "families_persons", 218, "ми отримали повідомлення про 218 сімей/осіб")
    na = g.f("needs_assessed", "families_persons", 203, "Оцінювання потреб ми провели щодо 203 сімей/осіб")
    sj = g.f("in_difficult_circumstances", "families_persons", 164, "з яких 164 визнано такими, що перебувають у СЖО",
             parent=na)
    tot = g.f("served", "families_persons", 870, "послугами Центру у 2024 році ми охопили 870 сімей/осіб")

    svc = [("informing", "1\tІнформування\t412\t97\t1 036", 412, 97, 1036),
           ("counselling", "2\tКонсультування\t356\t88\t1 214", 356, 88, 1214),
           ("social_support_sjo", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t58\t11\t1 392", 58, 11, 1392),
           ("social_support_foster", "4\tСоціальне супроводження прийомних сімей та ДБСТ\t7\t–\t168", 7, None, 168),
           ("social_adaptation", "5\tСоціальна адаптація\t24\t9\t286", 24, 9, 286),
           ("crisis_intervention", "6\tЕкстрене (кризове) втручання\t13\t5\t31", 13, 5, 31)]
    total_q = "Усього\t870\t210\t4 172"
    t_srv = g.f("served", "families_persons", 870, total_q, label="таблиця 2, Усього, отримувачі")
    t_vpo = g.f("served", "families_persons", 210, total_q, category="внутрішньо переміщені особи",
                label="таблиця 2, Усього, у т. ч. ВПО", parent=t_srv)
    t_sp = g.f("services_provided", "services", 4172, total_q, label="таблиця 2, Усього")
    rows = {}
    for sid, q, r, v, s in svc:
        a = g.f("served", "families_persons", r, q, service=sid, group="table2_recipients", parent=t_srv)
        b = None
        if v is not None:
            b = g.f("served", "families_persons", v, q, service=sid, category="внутрішньо переміщені особи",
                    group="table2_vpo", parent=t_vpo)
        c = g.f("services_provided", "services", s, q, service=sid, group="table2_services", parent=t_sp)
        rows[sid] = (a, b, c)

    sup = g.f("served", "families", 58, "Під соціальним супроводом протягом року перебували 58 сімей",
              service="social_support_sjo", alt=["support_ongoing"])
    supc = g.f("served", "children", 121, "(у них 121 дитина)", service="social_support_sjo", alt=["support_ongoing"],
               parent=sup)
    st = g.f("support_started", "families", 31, "З них 31 сім'ю ми взяли під супровід у 2024 році",
             service="social_support_sjo", group="support_58_by_start", parent=sup)
    cont = g.f("served", "families", 27, "27 сімей продовжили отримувати послугу з 2023 року",
               service="social_support_sjo", alt=["support_ongoing"], label="отримували послугу з 2023 року",
               group="support_58_by_start", parent=sup)
    co = g.f("support_completed", "families", 29, "Завершили супровід 29 сімей", service="social_support_sjo",
             parent=sup)
    o1 = g.f("outcome_positive", "families", 21, "21 – з подоланням складних життєвих обставин",
             service="social_support_sjo", group="completed_29_by_result", parent=co)
    o2 = g.f("outcome_minimized", "families", 5, "5 – з мінімізацією", service="social_support_sjo",
             group="completed_29_by_result", parent=co)
    o3 = g.f("outcome_other", "families", 3, "3 сім'ї вибули за межі громади", service="social_support_sjo",
             label="вибули за межі громади", group="completed_29_by_result", parent=co)
    ong = g.f("support_ongoing", "families", 29, "Станом на 31.12.2024 супровід триває для 29 сімей",
              service="social_support_sjo")
    f1 = g.f("served", "families", 4, "Ми супроводжуємо 4 прийомні сім'ї", service="social_support_foster",
             category="прийомні сім'ї", group="foster_7")
    f2 = g.f("served", "families", 3, "3 дитячі будинки сімейного типу", service="social_support_foster",
             category="дитячі будинки сімейного типу", group="foster_7")
    f3 = g.f("served", "children", 26, "де виховується 26 дітей", service="social_support_foster",
             note="children of both the 4 foster families and the 3 ДБСТ; hangs on neither alone")
    ev = g.f("events", "events", 38, "Ми провели 38 групових заходів")
    evp = g.f("event_participants", "persons", 452, "участь у них взяли 452 особи", parent=ev)
    cl = g.f("calls", "calls", 131, "надійшов 131 дзвінок")
    hum = g.f("served", "families", 146, "Гуманітарну допомогу отримали 146 сімей", label="гуманітарна допомога")
    cp = g.f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило.")

    def v(x):
        return "f" + x[1:]

    srv_parts = " + ".join(v(rows[s][0]) for s, *_ in svc)
    vpo_parts = " + ".join(v(rows[s][1]) for s, *_ in svc if rows[s][1])
    sp_parts = " + ".join(v(rows[s][2]) for s, *_ in svc)
    g.slip("table_arithmetic", "error", total_q, 4172, 4127, [t_sp] + [rows[s][2] for s, *_ in svc],
           "the «Кількість наданих послуг» column sums to 1 036 + 1 214 + 1 392 + 168 + 286 + 31 = 4 127, "
           "but «Усього» says 4 172 (two digits swapped). The other two columns add up.",
           f"{sp_parts} == {v(t_sp)}")

    g.check("table_arithmetic", total_q, "recipients: 412 + 356 + 58 + 7 + 24 + 13 = 870", f"{srv_parts} == {v(t_srv)}")
    g.check("table_arithmetic", total_q, "IDPs: 97 + 88 + 11 + 9 + 5 = 210 (the ДБСТ row has «–»)",
            f"{vpo_parts} == {v(t_vpo)}")
    g.check("internal_conflict", "ми охопили 870 сімей/осіб", "prose 870 = table total 870", f"{v(tot)} == {v(t_srv)}")
    g.check("parts_sum", "Щодо решти 15 повідомлень", "203 assessed + 15 not assessed = 218 notified; 164 ≤ 203",
            f"{v(na)} + 15 == {v(no)} and {v(sj)} <= {v(na)}")
    g.check("parts_sum", "З них 31 сім'ю ми взяли під супровід у 2024 році", "31 + 27 = 58",
            f"{v(st)} + {v(cont)} == {v(sup)}")
    g.check("parts_sum", "Завершили супровід 29 сімей: 21", "21 + 5 + 3 = 29", f"{v(o1)} + {v(o2)} + {v(o3)} == {v(co)}")
    g.check("parts_sum", "супровід триває для 29 сімей", "58 − 29 completed = 29 ongoing", f"{v(sup)} - {v(co)} == {v(ong)}")
    g.check("internal_conflict", "Ми супроводжуємо 4 прийомні сім'ї та 3 дитячі будинки сімейного типу",
            "4 + 3 = 7, the table's foster row; the social-support row 58 = the prose 58",
            f"{v(f1)} + {v(f2)} == {v(rows['social_support_foster'][0])} and {v(rows['social_support_sjo'][0])} == {v(sup)}")
    g.check("parts_sum", "з них 6 фахівців із соціальної", "6 ≤ 12 ≤ 14; 9 trained ≤ 12",
            f"{v(spec)} <= {v(act)} <= {v(pos)} and {v(tr)} <= {v(act)}")

    g.skip("ЄДРПОУ 44123580 | 64003, смт Кегичівка, вул. Волошкова, 19 | тел. (05755) 0-31-47",
           [44123580, 64003, 19, 5755, 3147], "ЄДРПОУ, postcode, address, phone")
    g.skip("про діяльність Центру соціальних служб за 2024 рік", [2024], "period in the title")
    g.skip(APPROVED, [20, 1, 2025, 7], "order date and number")
    g.skip("від 14.09.2021 № 1120-VIII", [14, 9, 2021, 1120], "decision date and number")
    g.skip("41 населений пункт, де проживає близько 19,6 тис. осіб", [41, 19600], "settlements, population")
    g.skip("(загальна тривалість навчання – 72 години)", [72], "duration")
    g.skip("(за 2023 рік таких повідомлень було 187)", [2023, 187], "prior-year figure")
    g.skip("Щодо решти 15 повідомлень оцінювання не проводилося", [15],
           "notifications not assessed (no §3 id); used as a literal in a check")
    g.skip("Таблиця 2. Соціальні послуги, надані у 2024 році", [2, 2024], "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6], "row numbers of table 2")
    g.skip("Кожну сім'ю відвідуємо не рідше одного разу на місяць.", [1], "frequency")
    g.skip("їм передано 310 продуктових наборів та 85 комплектів зимового одягу", [310, 85], "items handed out")
    g.skip("У 2025 році плануємо охопити послугою соціального супроводу не менше 65 сімей та запровадити послугу "
           "денного догляду для 10 дітей віком 3–6 років.", [2025, 65, 10, 3, 6], "plan for 2025, ages")
    g.skip("Вих. № 01-14/23 від 21.01.2025", [1, 14, 23, 21, 1, 2025], "outgoing number and date")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers")

    g.note("every cell of table 2 is a fact quoted by its row; rows hang on the «Усього» cell of the same column; "
           "the IDP column hangs on the IDP total, which hangs on the recipients total")
    g.note("the ДБСТ row's IDP cell is «–» (no fact)")
    g.note("prose 870 and table total 870 are two facts; the 58 families of section 4 (unit families) and the table's 58 "
           "(сімей/осіб) are two facts")
    g.note("«27 сімей продовжили отримувати послугу з 2023 року» → served with a label (alt support_ongoing); "
           "«Станом на 31.12.2024 супровід триває для 29 сімей» → support_ongoing")
    g.note("«Гуманітарну допомогу отримали 146 сімей» → served with a label and no service (humanitarian aid, not named as the natural_aid service)")
    g.write()


if __name__ == "__main__":
    main()
