"""b106_01: ЦСС Красилівської міської ради (Хмельницька), annual report 2024. DOCX, first person plural."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b106_01_krasyliv_css_annual2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ КРАСИЛІВСЬКОЇ МІСЬКОЇ РАДИ",
    "31000, Хмельницька обл., м. Красилів, вул. Центральна, 14; тел. (03855) 0-47-21; e-mail: css.krasyliv@example.ua; код ЄДРПОУ 44173058",
    "Вих. № 02-14/19 від 20.01.2025",
]
TITLE = "ЗВІТ про роботу Центру соціальних служб Красилівської міської ради за 2024 рік"
S1 = [
    "1. Загальні відомості",
    "Наш Центр діє відповідно до Положення, затвердженого рішенням Красилівської міської ради від 23.12.2021 № 17. Громада об'єднує 53 населені пункти, у яких проживає близько 38,6 тис. мешканців, тож частину роботи ми ведемо виїзно, разом зі старостами.",
    "Штатним розписом на 2024 рік передбачено 16 посад. Фактично працює 14 працівників, з них 9 фахівців із соціальної роботи. Чотири працівники підвищили кваліфікацію в обласному центрі соціальних служб (навчання тривало 72 години).",
]
S2 = [
    "2. Звернення та оцінка потреб",
    "Упродовж 2024 року до нас звернулися 412 сімей/осіб (у 2023 році – 377). Ми отримали 58 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах, – від служби у справах дітей, закладів освіти та поліції.",
    "Оцінку потреб ми провели щодо 96 сімей; складні життєві обставини виявлено у 61 сім'ї (в них 118 дітей). Решта сімей отримали разову консультацію без подальшого супроводу.",
]
S3_INTRO = ["3. Надані соціальні послуги",
            "Дані про отримувачів і кількість наданих послуг наведено в таблиці 1. Загалом за рік ми надали 3 935 соціальних послуг.",
            "Таблиця 1. Соціальні послуги, надані у 2024 році"]
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "Надано послуг"],
    ["1", "Інформування", "389", "1 240"],
    ["2", "Консультування", "298", "1 016"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "47", "1 122"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "9", "212"],
    ["5", "Соціальна профілактика", "156", "318"],
    ["6", "Екстрене (кризове) втручання", "11", "27"],
    ["Усього", "", "х", "3 935"],
]
S4 = [
    "4. Соціальний супровід сімей у СЖО",
    "Під соціальним супроводом протягом року перебувало 47 сімей, у яких виховується 93 дитини. У 2024 році ми взяли під супровід 31 сім'ю, ще 16 сімей отримували послугу з 2023 року.",
    "Серед сімей під супроводом: сімей внутрішньо переміщених осіб – 12 (25,5 %), сімей, де батьки ухиляються від виконання батьківських обов'язків, – 19 (40,4 %), сімей з дітьми з інвалідністю – 6 (12,8 %), сімей учасників бойових дій – 8 (19,1 %).",
    "Завершили надання послуги 22 сім'ям: з позитивним результатом (складні життєві обставини подолано) – 15, мінімізовано СЖО – 4, без результату – 2, у зв'язку зі зміною місця проживання – 1 сім'я. На 31.12.2024 продовжують отримувати послугу 25 сімей.",
    "Середня тривалість супроводу становила 5,5 місяця.",
]
S5 = [
    "5. Прийомні сім'ї та ДБСТ",
    "Ми супроводжували 9 сімейних форм виховання – 7 прийомних сімей і 2 дитячі будинки сімейного типу, у яких виховується 31 дитина віком від 3 до 17 років.",
]
S6 = [
    "6. Профілактична робота",
    "Проведено 38 групових заходів (тренінги, години спілкування, батьківські збори), якими охоплено 812 учнів і батьків. На «гарячу лінію» Центру надійшло 143 дзвінки.",
    "Скарг на роботу Центру у 2024 році не надходило.",
]
S7 = [
    "7. Завдання на 2025 рік",
    "У 2025 році плануємо охопити супроводом не менше 50 сімей, провести 40 групових заходів і відкрити консультаційний пункт в одному зі старостинських округів.",
    "Директор Центру                                                  (підпис)",
]


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for p in HEAD:
        doc.add_paragraph(p)
    doc.add_heading(TITLE, level=1)

    def sec(lines):
        doc.add_heading(lines[0], level=2)
        for p in lines[1:]:
            doc.add_paragraph(p)
    sec(S1)
    sec(S2)
    doc.add_heading(S3_INTRO[0], level=2)
    for p in S3_INTRO[1:]:
        doc.add_paragraph(p)
    t = doc.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            if c or i != len(TABLE) - 1:
                t.cell(i, j).text = c
    t.cell(len(TABLE) - 1, 0).merge(t.cell(len(TABLE) - 1, 1))
    for s in (S4, S5, S6, S7):
        sec(s)
    fix_docx_props(doc, "ЦСС Красилів")
    path = report_path(DOC)
    doc.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Красилівської міської ради",
        "centre_type": "css", "settlement": "Красилів", "oblast": "Хмельницька",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    pos = f("staff_positions", "positions", 16, "Штатним розписом на 2024 рік передбачено 16 посад")
    act = f("staff_actual", "staff", 14, "Фактично працює 14 працівників")
    f("staff_actual", "staff", 9, "з них 9 фахівців із соціальної роботи", parent=act,
      label="фахівці із соціальної роботи")
    f("staff_trained", "staff", 4, "Чотири працівники підвищили кваліфікацію",
      note="number in words")
    app = f("applied", "families_persons", 412, "до нас звернулися 412 сімей/осіб")
    f("notified", "families", 58, "Ми отримали 58 повідомлень про сім'ї",
      note="58 notifications about families; unit families (one notification per family)")
    f("needs_assessed", "families", 96, "Оцінку потреб ми провели щодо 96 сімей")
    sjo = f("in_difficult_circumstances", "families", 61, "складні життєві обставини виявлено у 61 сім'ї")
    f("in_difficult_circumstances", "children", 118, "(в них 118 дітей)", parent=sjo)
    tot1 = f("services_provided", "services", 3935, "Загалом за рік ми надали 3 935 соціальних послуг",
             note="the table total written again in prose: two facts")
    rows = [("informing", "1\tІнформування\t389\t1 240", 389, 1240),
            ("counselling", "2\tКонсультування\t298\t1 016", 298, 1016),
            ("social_support_sjo", "3\tСоціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах\t47\t1 122", 47, 1122),
            ("social_support_foster", "4\tСоціальне супроводження прийомних сімей та ДБСТ\t9\t212", 9, 212),
            ("social_prevention", "5\tСоціальна профілактика\t156\t318", 156, 318),
            ("crisis_intervention", "6\tЕкстрене (кризове) втручання\t11\t27", 11, 27)]
    tot = f("services_provided", "services", 3935, "Усього\tх\t3 935", label="Усього (таблиця 1)")
    tids = []
    for svc, q, r, s in rows:
        a = f("served", "families_persons", r, q, service=svc)
        b = f("services_provided", "services", s, q, service=svc, parent=tot, group="services_by_service_t1")
        tids.append((a, b))
    sup = f("served", "families", 47, "Під соціальним супроводом протягом року перебувало 47 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 93, "у яких виховується 93 дитини", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 31, "У 2024 році ми взяли під супровід 31 сім'ю",
           service="social_support_sjo", parent=sup, group="support_47_by_start")
    cont = f("served", "families", 16, "ще 16 сімей отримували послугу з 2023 року", service="social_support_sjo",
             alt=["support_ongoing"], label="отримували послугу з 2023 року", parent=sup, group="support_47_by_start")
    cats = []
    for cat, q, v, p in [
            ("внутрішньо переміщені особи", "сімей внутрішньо переміщених осіб – 12 (25,5 %)", 12, 25.5),
            ("батьки ухиляються від виконання батьківських обов'язків", "ухиляються від виконання батьківських обов'язків, – 19 (40,4 %)", 19, 40.4),
            ("сім'ї з дітьми з інвалідністю", "сімей з дітьми з інвалідністю – 6 (12,8 %)", 6, 12.8),
            ("учасники бойових дій", "сімей учасників бойових дій – 8 (19,1 %)", 8, 19.1)]:
        cats.append(f("served", "families", v, q, percent=p, service="social_support_sjo", category=cat, parent=sup))
    comp = f("support_completed", "families", 22, "Завершили надання послуги 22 сім'ям", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 15, "з позитивним результатом (складні життєві обставини подолано) – 15",
           service="social_support_sjo", parent=comp, group="completed_22_by_outcome")
    o2 = f("outcome_minimized", "families", 4, "мінімізовано СЖО – 4", service="social_support_sjo", parent=comp,
           group="completed_22_by_outcome")
    o3 = f("outcome_negative", "families", 2, "без результату – 2", service="social_support_sjo", parent=comp,
           group="completed_22_by_outcome")
    o4 = f("outcome_other", "families", 1, "у зв'язку зі зміною місця проживання – 1 сім'я", service="social_support_sjo",
           label="зміна місця проживання", parent=comp, group="completed_22_by_outcome")
    ong = f("support_ongoing", "families", 25, "На 31.12.2024 продовжують отримувати послугу 25 сімей",
            service="social_support_sjo", alt=["served"])
    fo = f("served", "families", 9, "Ми супроводжували 9 сімейних форм виховання", service="social_support_foster")
    fo1 = f("served", "families", 7, "7 прийомних сімей", service="social_support_foster", label="прийомні сім'ї",
            parent=fo, group="foster_9_by_form")
    fo2 = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
            label="дитячі будинки сімейного типу", parent=fo, group="foster_9_by_form")
    f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_foster", parent=fo)
    ev = f("events", "events", 38, "Проведено 38 групових заходів")
    f("event_participants", "persons", 812, "якими охоплено 812 учнів і батьків", parent=ev)
    f("calls", "calls", 143, "надійшло 143 дзвінки")
    f("complaints", "complaints", 0, "Скарг на роботу Центру у 2024 році не надходило.")

    n = lambda x: int(x[1:])  # noqa: E731
    svc_ids = [b for _, b in tids]
    g.check("table_arithmetic", "Усього\tх\t3 935", "1 240 + 1 016 + 1 122 + 212 + 318 + 27 = 3 935",
            " + ".join(svc_ids) + f" == {tot}")
    g.check("internal_conflict", "Загалом за рік ми надали 3 935 соціальних послуг",
            "prose total equals the table total", f"{tot1} == {tot}")
    g.check("internal_conflict", "3\tСоціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах\t47\t1 122",
            "table row 47 recipients = 47 families under support in section 4; foster row 9 = 9 forms in section 5",
            f"{tids[2][0]} == {sup} and {tids[3][0]} == {fo}")
    g.check("parts_sum", "У 2024 році ми взяли під супровід 31 сім'ю, ще 16 сімей отримували послугу з 2023 року",
            "31 + 16 = 47", f"{st} + {cont} == {sup}")
    g.check("percent_mismatch", "сімей внутрішньо переміщених осіб – 12 (25,5 %)",
            "12/47 = 25,53 → 25,5; 19/47 = 40,43 → 40,4; 6/47 = 12,77 → 12,8",
            f"pct_ok(p{n(cats[0])}, {cats[0]}, {sup}, 1) and pct_ok(p{n(cats[1])}, {cats[1]}, {sup}, 1) and pct_ok(p{n(cats[2])}, {cats[2]}, {sup}, 1)")
    g.check("parts_sum", "Завершили надання послуги 22 сім'ям", "15 + 4 + 2 + 1 = 22",
            f"{o1} + {o2} + {o3} + {o4} == {comp}")
    g.check("parts_sum", "На 31.12.2024 продовжують отримувати послугу 25 сімей", "22 completed + 25 continuing = 47",
            f"{comp} + {ong} == {sup}")
    g.check("parts_sum", "7 прийомних сімей і 2 дитячі будинки сімейного типу", "7 + 2 = 9", f"{fo1} + {fo2} == {fo}")
    g.check("parts_sum", "Фактично працює 14 працівників, з них 9", "9 ≤ 14 ≤ 16", f"9 <= {act} <= {pos}")
    g.check("parts_sum", "складні життєві обставини виявлено у 61 сім'ї", "61 ≤ 96 assessed ≤ 412 applied",
            f"{sjo} <= 96 <= {app}")
    g.slip("percent_mismatch", "error", "сімей учасників бойових дій – 8 (19,1 %)", 19.1, 17.0, [cats[3]],
           "8 of the 47 families under support is 17,0 %, not 19,1 % (19,1 % would be 9 of 47)",
           f"pct_ok(p{n(cats[3])}, {cats[3]}, {sup}, 1)")

    g.skip("31000, Хмельницька обл., м. Красилів, вул. Центральна, 14; тел. (03855) 0-47-21", [31000, 14, 3855, 4721], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44173058", [44173058], "ЄДРПОУ")
    g.skip("Вих. № 02-14/19 від 20.01.2025", [2, 14, 19, 20, 1, 2025], "outgoing number and date")
    g.skip("від 23.12.2021 № 17", [23, 12, 2021, 17], "decision date and number")
    g.skip("Громада об'єднує 53 населені пункти, у яких проживає близько 38,6 тис. мешканців", [53, 38.6], "settlements and population (38,6 тис.)")
    g.skip("(навчання тривало 72 години)", [72], "duration")
    g.skip("(у 2023 році – 377)", [2023, 377], "prior-year figure")
    g.skip("Таблиця 1. Соціальні послуги, надані у 2024 році", [1, 2024], "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
    g.skip("Середня тривалість супроводу становила 5,5 місяця.", [5.5], "duration")
    g.skip("віком від 3 до 17 років", [3, 17], "ages")
    g.skip("У 2025 році плануємо охопити супроводом не менше 50 сімей, провести 40 групових заходів", [2025, 50, 40], "plan for 2025")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
    g.note("the «Усього» cell of the recipients column holds «х» (not summed: recipients overlap across services); no fact")
    g.note("table rows: unit families_persons (column «сімей/осіб»); services hang on the «Усього» cell; the recipients column has no total, so the served rows have no parent")
    g.note("the table's social support row (47) and foster row (9) repeat sections 4 and 5 with a different unit (families_persons vs families): separate facts")
    g.note("«ще 16 сімей отримували послугу з 2023 року» → served with label (alt support_ongoing); «продовжують отримувати послугу 25 сімей» on 31.12 → support_ongoing (alt served)")
    g.note("the four «серед» categories overlap in principle and do not sum to 47 (45): parent only, no group; their percentages are checked against 47")
    g.note("«Чотири працівники» (number in words) → staff_trained 4")
    g.write()


if __name__ == "__main__":
    build()
    gold()
