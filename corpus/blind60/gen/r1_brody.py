"""b60_01: ЦСС Бродівської міської ради (Львівська), annual report 2024, DOCX, first person plural."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b60_01_brody_css_annual2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ БРОДІВСЬКОЇ МІСЬКОЇ РАДИ",
    "код ЄДРПОУ 43180277; 80600, Львівська обл., м. Броди, вул. Золота, 12; тел. (03266) 0-42-17",
    "Вих. № 02-14/29 від 17.01.2025",
]
TITLE = "ЗВІТ про роботу Центру соціальних служб Бродівської міської ради за 2024 рік"
P1 = [
    "Наш Центр діє відповідно до Положення, затвердженого рішенням Бродівської міської ради від 22.12.2020 № 47, і обслуговує 71 населений пункт громади з населенням близько 53,8 тис. осіб.",
    "Упродовж 2024 року ми отримали 214 повідомлень про сім'ї, які можуть перебувати у складних життєвих обставинах (у 2023 році – 187). Оцінку потреб провели 203 сім'ям; ще 11 повідомлень не підтвердилися під час першого візиту. Складні життєві обставини виявили у 158 сімей.",
]
H2 = "2. Хто отримав наші послуги"
P2 = "Кількість отримувачів та наданих послуг наведено в таблиці 1."
TABLE = [
    ["№", "Послуга", "Сімей", "Осіб", "Надано послуг"],
    ["1", "Інформування", "512", "1 130", "1 874"],
    ["2", "Консультування", "347", "689", "2 206"],
    ["3", "Соціальний супровід сімей у СЖО", "96", "318", "1 540"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "14", "61", "402"],
    ["5", "Натуральна допомога", "83", "247", "83"],
    ["", "Усього", "1 052", "2 445", "6 105"],
]
H3 = "3. Соціальний супровід"
P3 = [
    "Під соціальним супроводом у 2024 році перебували 96 сімей, у яких виховується 187 дітей. Серед них 23 сім'ї внутрішньо переміщених осіб (25 %). Нових сімей узяли під супровід 41.",
    "Завершили супровід 52 сім'ї: у 34 з них (65,4 %) складні життєві обставини подолано, у 12 (23,1 %) – мінімізовано, 6 сімей (11,5 %) вибули у зв'язку зі зміною місця проживання. На кінець року продовжують отримувати послугу 44 сім'ї, середня тривалість супроводу – 6 місяців.",
    "Супроводжуємо 9 прийомних сімей і 5 дитячих будинків сімейного типу, в яких виховується 38 дітей.",
]
H4 = "4. Профілактика, допомога, кадри"
P4 = [
    "Провели 27 групових заходів (тренінги, батьківські клуби «Разом»), у яких взяли участь 412 осіб. Кожне заняття тривало в середньому 1,5 години.",
    "Натуральну допомогу отримали 83 сім'ї: передано 240 продуктових наборів і 65 комплектів гігієнічних засобів на загальну суму 311,6 тис. грн (кошти програми на 2024–2026 роки та благодійні надходження).",
    "Штатним розписом передбачено 18 посад, фактично працюють 16 фахівців, 2 вакансії фахівців із соціальної роботи. Підвищили кваліфікацію 11 працівників.",
    "Скарг на роботу Центру протягом року не було.",
    "У 2025 році плануємо охопити соціальним супроводом не менше 110 сімей і відкрити 2 консультаційні пункти у старостинських округах (усього їх 14).",
]
FOOT = "Директор Центру                (підпис)"


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("1. Загальні відомості", level=2)
    for t in P1:
        d.add_paragraph(t)
    d.add_heading(H2, level=2)
    d.add_paragraph(P2)
    d.add_paragraph("Таблиця 1")
    t = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_heading(H3, level=2)
    for x in P3:
        d.add_paragraph(x)
    d.add_heading(H4, level=2)
    for x in P4:
        d.add_paragraph(x)
    d.add_paragraph(FOOT)
    fix_docx_props(d, author="ЦСС Броди")
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Бродівської міської ради", "centre_type": "css",
        "settlement": "Броди", "oblast": "Львівська", "report_kind": "annual_report",
        "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    a = f("notified", "families", 214, "ми отримали 214 повідомлень про сім'ї")
    b = f("needs_assessed", "families", 203, "Оцінку потреб провели 203 сім'ям")
    c = f("in_difficult_circumstances", "families", 158, "Складні життєві обставини виявили у 158 сімей")
    rows = [("Інформування", "informing", "512\t1 130\t1 874", 512, 1130, 1874),
            ("Консультування", "counselling", "347\t689\t2 206", 347, 689, 2206),
            ("Соціальний супровід сімей у СЖО", "social_support_sjo", "96\t318\t1 540", 96, 318, 1540),
            ("Соціальне супроводження прийомних сімей та ДБСТ", "social_support_foster", "14\t61\t402", 14, 61, 402),
            ("Натуральна допомога", "natural_aid", "83\t247\t83", 83, 247, 83)]
    tq = "Усього\t1 052\t2 445\t6 105"
    tf = f("served", "families", 1052, tq, label="Усього")
    tp = f("served", "persons", 2445, tq, label="Усього")
    ts = f("services_provided", "services", 6105, tq, label="Усього")
    ids = {}
    for name, svc, cells, fam, per, srv in rows:
        q = f"{name}\t{cells}"
        alt = ["support_ongoing"] if svc == "social_support_sjo" else None
        i1 = f("served", "families", fam, q, service=svc, label=name, group="table1_families", parent=tf, alt=alt)
        i2 = f("served", "persons", per, q, service=svc, label=name, group="table1_persons", parent=tp, alt=alt)
        i3 = f("services_provided", "services", srv, q, service=svc, label=name, group="table1_services", parent=ts)
        ids[svc] = (i1, i2, i3)
    s96 = f("served", "families", 96, "Під соціальним супроводом у 2024 році перебували 96 сімей",
            service="social_support_sjo", alt=["support_ongoing"], note="prose repeat of table row 3")
    s187 = f("served", "children", 187, "96 сімей, у яких виховується 187 дітей", service="social_support_sjo",
             alt=["support_ongoing"], parent=s96)
    idp = f("served", "families", 23, "Серед них 23 сім'ї внутрішньо переміщених осіб (25 %)", percent=25,
            service="social_support_sjo", category="внутрішньо переміщені особи", parent=s96, alt=["support_ongoing"])
    st = f("support_started", "families", 41, "Нових сімей узяли під супровід 41", service="social_support_sjo", parent=s96)
    comp = f("support_completed", "families", 52, "Завершили супровід 52 сім'ї", service="social_support_sjo", parent=s96)
    o1 = f("outcome_positive", "families", 34, "у 34 з них (65,4 %) складні життєві обставини подолано", percent=65.4,
           service="social_support_sjo", parent=comp, group="completed_52_by_result")
    o2 = f("outcome_minimized", "families", 12, "у 12 (23,1 %) – мінімізовано", percent=23.1,
           service="social_support_sjo", parent=comp, group="completed_52_by_result")
    o3 = f("outcome_other", "families", 6, "6 сімей (11,5 %) вибули у зв'язку зі зміною місця проживання", percent=11.5,
           service="social_support_sjo", label="зміна місця проживання", parent=comp, group="completed_52_by_result")
    on = f("support_ongoing", "families", 44, "На кінець року продовжують отримувати послугу 44 сім'ї",
           service="social_support_sjo", parent=s96)
    fo1 = f("served", "families", 9, "Супроводжуємо 9 прийомних сімей", service="social_support_foster",
            label="прийомні сім'ї", parent=ids["social_support_foster"][0], group="foster_14_by_form")
    fo2 = f("served", "families", 5, "5 дитячих будинків сімейного типу", service="social_support_foster",
            label="дитячі будинки сімейного типу", parent=ids["social_support_foster"][0], group="foster_14_by_form")
    fo3 = f("served", "children", 38, "в яких виховується 38 дітей", service="social_support_foster",
            parent=ids["social_support_foster"][0])
    ev = f("events", "events", 27, "Провели 27 групових заходів")
    evp = f("event_participants", "persons", 412, "у яких взяли участь 412 осіб", parent=ev)
    na = f("served", "families", 83, "Натуральну допомогу отримали 83 сім'ї", service="natural_aid",
           note="prose repeat of table row 5")
    av = f("aid_value", "uah", 311600, "на загальну суму 311,6 тис. грн", service="natural_aid")
    sp = f("staff_positions", "positions", 18, "Штатним розписом передбачено 18 посад")
    sa = f("staff_actual", "staff", 16, "фактично працюють 16 фахівців")
    tr = f("staff_trained", "staff", 11, "Підвищили кваліфікацію 11 працівників")
    cm = f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не було.")

    fam = [ids[s][0] for s in ids]
    per = [ids[s][1] for s in ids]
    srv = [ids[s][2] for s in ids]
    g.slip("percent_mismatch", "error", "Серед них 23 сім'ї внутрішньо переміщених осіб (25 %)", 25, 24, [idp, s96],
           "23 of the 96 families under support is 23,96 % → 24 %, not 25 % (25 % would be 24 families)",
           f"pct_ok({'p' + idp[1:]}, {idp}, {s96}, 0)")
    g.check("table_arithmetic", tq, "families column 512 + 347 + 96 + 14 + 83 = 1 052", " + ".join(fam) + f" == {tf}")
    g.check("table_arithmetic", tq, "persons column 1 130 + 689 + 318 + 61 + 247 = 2 445", " + ".join(per) + f" == {tp}")
    g.check("table_arithmetic", tq, "services column 1 874 + 2 206 + 1 540 + 402 + 83 = 6 105", " + ".join(srv) + f" == {ts}")
    g.check("parts_sum", "Оцінку потреб провели 203 сім'ям; ще 11 повідомлень не підтвердилися",
            "203 assessed + 11 not confirmed = 214 notified (11 has no §3 id, used as a literal)", f"{b} + 11 == {a}")
    g.check("parts_sum", "Складні життєві обставини виявили у 158 сімей", "158 in СЖО ≤ 203 assessed", f"{c} <= {b}")
    g.check("parts_sum", "Завершили супровід 52 сім'ї", "34 + 12 + 6 = 52", f"{o1} + {o2} + {o3} == {comp}")
    for o, n in ((o1, "34/52 = 65,38 → 65,4"), (o2, "12/52 = 23,08 → 23,1"), (o3, "6/52 = 11,54 → 11,5")):
        g.check("percent_mismatch", g._by_id[o]["quote"], n, f"pct_ok(p{o[1:]}, {o}, {comp}, 1)")
    g.check("percents_sum", "у 34 з них (65,4 %)", "65,4 + 23,1 + 11,5 = 100,0", f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "На кінець року продовжують отримувати послугу 44 сім'ї", "96 − 52 completed = 44 continuing",
            f"{s96} - {comp} == {on}")
    g.check("internal_conflict", "Під соціальним супроводом у 2024 році перебували 96 сімей",
            "prose 96 = table row 3 (96)", f"{s96} == {ids['social_support_sjo'][0]}")
    g.check("parts_sum", "Супроводжуємо 9 прийомних сімей і 5 дитячих будинків сімейного типу",
            "9 + 5 = 14 (table row 4); 38 children ≤ 61 persons of the row",
            f"{fo1} + {fo2} == {ids['social_support_foster'][0]} and {fo3} <= {ids['social_support_foster'][1]}")
    g.check("internal_conflict", "Натуральну допомогу отримали 83 сім'ї", "prose 83 = table row 5 (83)",
            f"{na} == {ids['natural_aid'][0]}")
    g.check("parts_sum", "фактично працюють 16 фахівців, 2 вакансії", "16 + 2 vacancies = 18 positions",
            f"{sa} + 2 == {sp} and {tr} <= {sa}")
    g.check("parts_sum", "Нових сімей узяли під супровід 41", "41 new ≤ 96", f"{st} <= {s96}")

    g.skip("код ЄДРПОУ 43180277; 80600, Львівська обл., м. Броди, вул. Золота, 12; тел. (03266) 0-42-17",
           [43180277, 80600, 12, 3266, 4217], "ЄДРПОУ, postcode, address, phone")
    g.skip("Вих. № 02-14/29 від 17.01.2025", [2, 14, 29, 17, 1, 2025], "outgoing number and date")
    g.skip("рішенням Бродівської міської ради від 22.12.2020 № 47", [22, 12, 2020, 47], "decision date and number")
    g.skip("обслуговує 71 населений пункт громади з населенням близько 53,8 тис. осіб", [71, 53.8],
           "settlement and population counts")
    g.skip("(у 2023 році – 187)", [2023, 187], "prior-year figure")
    g.skip("ще 11 повідомлень не підтвердилися", [11], "no §3 id; used as a literal in a check")
    g.skip("Таблиця 1", [1], "table number")
    g.skip("№\tПослуга\tСімей", [1, 2, 3, 4, 5], "row numbers 1–5 of table 1")
    g.skip("середня тривалість супроводу – 6 місяців", [6], "duration")
    g.skip("Кожне заняття тривало в середньому 1,5 години.", [1.5], "duration")
    g.skip("передано 240 продуктових наборів і 65 комплектів гігієнічних засобів", [240, 65], "items handed out")
    g.skip("кошти програми на 2024–2026 роки", [2024, 2026], "programme years")
    g.skip("2 вакансії фахівців із соціальної роботи", [2], "vacancies (no §3 id)")
    g.skip("У 2025 році плануємо охопити соціальним супроводом не менше 110 сімей і відкрити 2 консультаційні пункти у старостинських округах (усього їх 14).",
           [2025, 110, 2, 14], "plan for 2025 and the number of starosta districts")
    g.skip("1. Загальні відомості", [1, 2, 3, 4], "section numbers")
    g.note("the table is quoted by row; every cell is a fact, rows hang on the Усього cell of their column")
    g.note("96 (social support) and 83 (natural aid) are written in the table and again in the prose: two facts each")
    g.note("«перебували під супроводом» → served, alt support_ongoing; «продовжують отримувати послугу» → support_ongoing")
    g.note("the 9 прийомних сімей and 5 ДБСТ hang on table row 4 (14 families); their 38 children too")
    g.write()


if __name__ == "__main__":
    build(report_path(NAME))
    gold()
