"""b30_01: ЦСС Миронівської міської ради (Київська), annual report 2024, DOCX with a service table.
Voice: first person plural. Planted slip: 2 of 24 completed cases written as 9,3 % (is 8,3 %),
recorded as percent_mismatch + percents_sum (one slip)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b30_01_myronivka_css_annual2024.docx"
A = "\u2019"

HEAD = [
    "Центр соціальних служб Миронівської міської ради",
    "Обухівського району Київської області",
    "Код ЄДРПОУ 44120587",
    "08801, Київська обл., м. Миронівка, вул. Соборності, 38, тел. (04574) 0-51-26",
]
TITLE = "ЗВІТ про роботу Центру соціальних служб Миронівської міської ради за 2024 рік"
P = [
    ("h", "1. Загальні відомості"),
    ("p", "Центр соціальних служб Миронівської міської ради (далі – Центр) утворено рішенням Миронівської міської ради від 23.12.2020 № 41-3-VIII. Ми надаємо соціальні послуги мешканцям 39 населених пунктів громади, де проживає близько 34 тисяч осіб."),
    ("p", "Штатним розписом Центру передбачено 14 посад, фактично працює 12 працівників, з них 7 фахівців із соціальної роботи та 2 практичні психологи. Протягом року 9 працівників підвищили кваліфікацію на тренінгах і вебінарах обласного центру соціальних служб."),
    ("h", "2. Звернення та оцінювання потреб"),
    ("p", f"У 2024 році до Центру звернулися 684 особи (у 2023 році – 612). Надійшли повідомлення про 57 сімей, які можуть перебувати у складних життєвих обставинах. Ми провели оцінювання потреб 57 сімей, за результатами якого 41 сім{A}ю визнано такими, що перебувають у складних життєвих обставинах (в них 78 дітей)."),
    ("h", "3. Надання соціальних послуг"),
    ("p", "Дані про надані послуги наведено в таблиці 1."),
    ("p", "Таблиця 1. Соціальні послуги, надані Центром у 2024 році"),
    ("table", None),
    ("p", f"Загалом у звітному році соціальними послугами охоплено 794 сім{A}ї/особи, яким надано 2 964 послуги."),
    ("h", "4. Соціальний супровід сімей"),
    ("p", f"Під соціальним супроводом протягом року перебувало 46 сімей (у них 97 дітей). З них 21 сім{A}ю взято під супровід у 2024 році, ще 25 сімей отримували послугу з 2023 року. Серед сімей під супроводом: сімей внутрішньо переміщених осіб – 11 (23,9 %), сімей, у яких батьки ухиляються від виконання батьківських обов{A}язків – 17 (37,0 %), сімей, у яких вчинено домашнє насильство – 8 (17,4 %)."),
    ("p", f"Завершено надання послуги 24 сім{A}ям, з них з позитивним результатом – 19 (79,2 %), у зв{A}язку зі зміною місця проживання – 3 (12,5 %), у зв{A}язку з відмовою сім{A}ї від послуги – 2 (9,3 %). На кінець року під супроводом залишаються 22 сім{A}ї."),
    ("p", f"Соціальне супроводження здійснювалося у 5 сім{A}ях (3 прийомні сім{A}ї та 2 дитячі будинки сімейного типу), де виховується 19 дітей. Кожну сім{A}ю фахівець відвідував не рідше одного разу на місяць."),
    ("h", "5. Профілактична робота"),
    ("p", f"Проведено 26 групових заходів (тренінги, заняття школи відповідального батьківства тривалістю 2 години), якими охоплено 341 особу. Мобільна бригада соціально-психологічної допомоги здійснила 118 виїздів до старостинських округів. На «телефон довіри» Центру надійшло 93 дзвінки. Скарг на якість наданих послуг не надходило."),
    ("h", "6. Завдання на 2025 рік"),
    ("p", f"У 2025 році плануємо охопити соціальним супроводом не менше 50 сімей, відкрити 2 кімнати підтримки для дітей віком від 6 до 17 років та залучити до навчання 12 кандидатів у прийомні батьки."),
    ("p", "Вих. № 18/02-07 від 10.01.2025"),
]
TABLE = [
    ["№ з/п", "Назва соціальної послуги", "Кількість отримувачів (сімей/осіб)", "Кількість наданих послуг"],
    ["1", "Інформування", "402", "655"],
    ["2", "Консультування", "318", "744"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "46", "1 288"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "5", "212"],
    ["5", "Посередництво (медіація)", "9", "27"],
    ["6", "Екстрене (кризове) втручання", "14", "38"],
    ["Усього", "", "794", "2 964"],
]


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run(TITLE).bold = True
    for kind, text in P:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "p":
            d.add_paragraph(text)
        else:
            tb = d.add_table(rows=len(TABLE), cols=4)
            tb.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    tb.cell(i, j).text = c
            last = len(TABLE) - 1
            m = tb.cell(last, 0).merge(tb.cell(last, 1))
            m.text = "Усього"
    fix_docx_props(d, "ЦСС Миронівської міської ради")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Миронівської міської ради",
        "centre_type": "css", "settlement": "Миронівка", "oblast": "Київська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    s1 = f("staff_positions", "positions", 14, "Штатним розписом Центру передбачено 14 посад")
    s2 = f("staff_actual", "staff", 12, "фактично працює 12 працівників")
    s3 = f("staff_actual", "staff", 7, "з них 7 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=s2)
    s4 = f("staff_actual", "staff", 2, "та 2 практичні психологи", label="практичні психологи", parent=s2)
    s5 = f("staff_trained", "staff", 9, "Протягом року 9 працівників підвищили кваліфікацію")
    a1 = f("applied", "persons", 684, "до Центру звернулися 684 особи")
    n1 = f("notified", "families", 57, "Надійшли повідомлення про 57 сімей")
    n2 = f("needs_assessed", "families", 57, "Ми провели оцінювання потреб 57 сімей")
    n3 = f("in_difficult_circumstances", "families", 41, "41 сім'ю визнано такими, що перебувають у складних життєвих обставинах", parent=n2)
    n4 = f("in_difficult_circumstances", "children", 78, "(в них 78 дітей)", parent=n3)
    rows = [
        ("informing", "1\tІнформування\t402\t655", 402, 655),
        ("counselling", "2\tКонсультування\t318\t744", 318, 744),
        ("social_support_sjo", "3\tСоціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах\t46\t1 288", 46, 1288),
        ("social_support_foster", "4\tСоціальне супроводження прийомних сімей та ДБСТ\t5\t212", 5, 212),
        ("mediation", "5\tПосередництво (медіація)\t9\t27", 9, 27),
        ("crisis_intervention", "6\tЕкстрене (кризове) втручання\t14\t38", 14, 38),
    ]
    tq = "Усього\t794\t2 964"
    tr = f("served", "families_persons", 794, tq, label="Усього (таблиця 1)")
    ts = f("services_provided", "services", 2964, tq, label="Усього (таблиця 1)")
    rids, sids = [], []
    for svc, q, r, s in rows:
        rids.append(f("served", "families_persons", r, q, service=svc, group="table1_recipients", parent=tr))
        sids.append(f("services_provided", "services", s, q, service=svc, group="table1_services", parent=ts))
    pr = f("served", "families_persons", 794, "соціальними послугами охоплено 794 сім'ї/особи")
    ps = f("services_provided", "services", 2964, "яким надано 2 964 послуги")
    c1 = f("served", "families", 46, "Під соціальним супроводом протягом року перебувало 46 сімей", service="social_support_sjo", alt=["support_ongoing"])
    c2 = f("served", "children", 97, "(у них 97 дітей)", service="social_support_sjo", alt=["support_ongoing"], parent=c1)
    c3 = f("support_started", "families", 21, "З них 21 сім'ю взято під супровід у 2024 році", service="social_support_sjo", group="support_46_by_start", parent=c1)
    c4 = f("served", "families", 25, "ще 25 сімей отримували послугу з 2023 року", service="social_support_sjo", label="отримували послугу з 2023 року", alt=["support_ongoing"], group="support_46_by_start", parent=c1)
    c5 = f("served", "families", 11, "сімей внутрішньо переміщених осіб – 11 (23,9 %)", percent=23.9, service="social_support_sjo", category="внутрішньо переміщені особи", parent=c1)
    c6 = f("served", "families", 17, "сімей, у яких батьки ухиляються від виконання батьківських обов'язків – 17 (37,0 %)", percent=37.0, service="social_support_sjo", category="сім'ї, у яких батьки ухиляються від виконання батьківських обов'язків", parent=c1)
    c7 = f("served", "families", 8, "сімей, у яких вчинено домашнє насильство – 8 (17,4 %)", percent=17.4, service="social_support_sjo", category="сім'ї, у яких вчинено домашнє насильство", parent=c1)
    d1 = f("support_completed", "families", 24, "Завершено надання послуги 24 сім'ям", service="social_support_sjo")
    d2 = f("outcome_positive", "families", 19, "з позитивним результатом – 19 (79,2 %)", percent=79.2, service="social_support_sjo", group="completed_24_by_outcome", parent=d1)
    d3 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3 (12,5 %)", percent=12.5, service="social_support_sjo", label="зміна місця проживання", group="completed_24_by_outcome", parent=d1)
    d4 = f("outcome_other", "families", 2, "у зв'язку з відмовою сім'ї від послуги – 2 (9,3 %)", percent=9.3, service="social_support_sjo", label="відмова сім'ї від послуги", group="completed_24_by_outcome", parent=d1)
    d5 = f("support_ongoing", "families", 22, "На кінець року під супроводом залишаються 22 сім'ї", service="social_support_sjo")
    e1 = f("served", "families", 5, "Соціальне супроводження здійснювалося у 5 сім'ях", service="social_support_foster")
    e2 = f("served", "families", 3, "3 прийомні сім'ї", service="social_support_foster", category="прийомні сім'ї", group="foster_5_by_form", parent=e1)
    e3 = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster", category="дитячі будинки сімейного типу", group="foster_5_by_form", parent=e1)
    e4 = f("served", "children", 19, "де виховується 19 дітей", service="social_support_foster", parent=e1)
    v1 = f("events", "events", 26, "Проведено 26 групових заходів")
    v2 = f("event_participants", "persons", 341, "якими охоплено 341 особу", parent=v1)
    v3 = f("calls", "calls", 93, "надійшло 93 дзвінки")
    v4 = f("complaints", "complaints", 0, "Скарг на якість наданих послуг не надходило.")
    ids = lambda xs: " + ".join(xs)
    g.check("table_arithmetic", "Усього\t794\t2 964", "402 + 318 + 46 + 5 + 9 + 14 = 794", f"{ids(rids)} == {tr}")
    g.check("table_arithmetic", "Усього\t794\t2 964", "655 + 744 + 1 288 + 212 + 27 + 38 = 2 964", f"{ids(sids)} == {ts}")
    g.check("internal_conflict", "соціальними послугами охоплено 794 сім'ї/особи", "prose 794 and 2 964 equal the table totals", f"{pr} == {tr} and {ps} == {ts}")
    g.check("internal_conflict", "Під соціальним супроводом протягом року перебувало 46 сімей", "46 families in the prose = 46 in table row 3; 5 foster families = row 4", f"{c1} == {rids[2]} and {e1} == {rids[3]}")
    g.check("parts_sum", "З них 21 сім'ю взято під супровід у 2024 році, ще 25 сімей", "21 + 25 = 46", f"{c3} + {c4} == {c1}")
    g.check("percent_mismatch", "сімей внутрішньо переміщених осіб – 11 (23,9 %)", "11/46 = 23,9 %; 17/46 = 37,0 %; 8/46 = 17,4 %", f"pct_ok(p{c5[1:]}, {c5}, {c1}, 1) and pct_ok(p{c6[1:]}, {c6}, {c1}, 1) and pct_ok(p{c7[1:]}, {c7}, {c1}, 1)")
    g.check("parts_sum", "Завершено надання послуги 24 сім'ям, з них", "19 + 3 + 2 = 24", f"{d2} + {d3} + {d4} == {d1}")
    g.check("percent_mismatch", "з позитивним результатом – 19 (79,2 %)", "19/24 = 79,2 %; 3/24 = 12,5 %", f"pct_ok(p{d2[1:]}, {d2}, {d1}, 1) and pct_ok(p{d3[1:]}, {d3}, {d1}, 1)")
    g.check("parts_sum", "На кінець року під супроводом залишаються 22 сім'ї", "24 completed + 22 remaining = 46 under support", f"{d1} + {d5} == {c1}")
    g.check("parts_sum", "3 прийомні сім'ї та 2 дитячі будинки сімейного типу", "3 + 2 = 5", f"{e2} + {e3} == {e1}")
    g.check("parts_sum", "41 сім'ю визнано такими", "41 ≤ 57 assessed; 57 assessed = 57 notified", f"{n3} <= {n2} and {n2} == {n1}")
    g.check("parts_sum", "фактично працює 12 працівників, з них 7", "7 + 2 ≤ 12 ≤ 14; 9 trained ≤ 12", f"{s3} + {s4} <= {s2} <= {s1} and {s5} <= {s2}")
    g.slip("percent_mismatch", "error", "у зв'язку з відмовою сім'ї від послуги – 2 (9,3 %)", 9.3, 8.3, [d4, d1],
           "2 of the 24 completed cases is 8,3 %, not 9,3 % (no rounding gives 9,3)", f"pct_ok(p{d4[1:]}, {d4}, {d1}, 1)", slip=1)
    g.slip("percents_sum", "error", "з позитивним результатом – 19 (79,2 %), у зв'язку зі зміною місця проживання – 3 (12,5 %), у зв'язку з відмовою сім'ї від послуги – 2 (9,3 %)",
           101.0, 100, [d2, d3, d4], "the three outcomes partition the 24 completed cases but their shares sum to 101,0 % (79,2 + 12,5 + 9,3); the same slip as the 9,3 % above",
           f"psum_ok([p{d2[1:]}, p{d3[1:]}, p{d4[1:]}], 1)", slip=1)
    g.skip("Код ЄДРПОУ 44120587", [44120587], "ЄДРПОУ")
    g.skip("08801, Київська обл., м. Миронівка, вул. Соборності, 38, тел. (04574) 0-51-26", [8801, 38, 4574, 51, 26], "postcode, address, phone")
    g.skip("рішенням Миронівської міської ради від 23.12.2020 № 41-3-VIII", [23, 12, 2020, 41, 3], "decision date and number")
    g.skip("мешканцям 39 населених пунктів громади, де проживає близько 34 тисяч осіб", [39, 34000], "settlement count and population")
    g.skip("(у 2023 році – 612)", [2023, 612], "prior-year figure")
    g.skip("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table number, year")
    g.skip("1\tІнформування\t402\t655", [1, 2, 3, 4, 5, 6], "row numbers 1–6 of table 1")
    g.skip("Кожну сім'ю фахівець відвідував не рідше одного разу на місяць.", [1], "frequency, not a count")
    g.skip("тривалістю 2 години", [2], "duration")
    g.skip("Мобільна бригада соціально-психологічної допомоги здійснила 118 виїздів", [118], "trips of the mobile brigade: no §3 id")
    g.skip("У 2025 році плануємо охопити соціальним супроводом не менше 50 сімей, відкрити 2 кімнати підтримки для дітей віком від 6 до 17 років та залучити до навчання 12 кандидатів у прийомні батьки.", [2025, 50, 2, 6, 17, 12], "2025 plan, ages")
    g.skip("Вих. № 18/02-07 від 10.01.2025", [18, 2, 7, 10, 1, 2025], "outgoing number and date")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers")
    g.note("the table total and the prose total (794 сім'ї/особи, 2 964 послуги) are written twice → two facts each; table rows hang on the Усього cell of their column")
    g.note("«Серед сімей під супроводом» lists overlapping categories → parent only, no group; the percentages are their `percent`")
    g.note("«ще 25 сімей отримували послугу з 2023 року» → served with a label (alt support_ongoing), as in blind18; 21 + 25 = 46 is a partition by start")
    g.note("the 46 families in table row 3 are written as сімей/осіб (families_persons) and in section 4 as сімей (families): separate facts")
    g.write()


if __name__ == "__main__":
    build()
    gold()
