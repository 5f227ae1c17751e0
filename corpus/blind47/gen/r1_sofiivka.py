"""b47_01: ЦСС Софіївської селищної ради, annual report 2024, DOCX with a table (impersonal voice)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b47_01_sofiivka_css_annual2024.docx"

P = [
    ("h", "Центр соціальних служб Софіївської селищної ради"),
    ("p", "код ЄДРПОУ 44718302; 53152, Дніпропетровська обл., Криворізький р-н, смт Софіївка, вул. Шевченка, 36; тел. (05650) 0-24-17; e-mail: css.sofiivka@example.ua"),
    ("h", "ЗВІТ про діяльність Центру соціальних служб Софіївської селищної ради за 2024 рік"),
    ("h", "1. Загальні відомості"),
    ("p", "Центр утворено рішенням Софіївської селищної ради від 23.12.2021 № 1147-18/VIII. Громада об'єднує 58 населених пунктів, у яких проживає близько 21,3 тис. осіб. Штатним розписом Центру передбачено 11 посад, фактично працює 9 фахівців; 2 посади фахівця із соціальної роботи вакантні з вересня 2024 року."),
    ("h", "2. Виявлення сімей, оцінка потреб"),
    ("p", "Протягом 2024 року до Центру надійшли повідомлення щодо 143 сімей (осіб), які можуть перебувати у складних життєвих обставинах (у 2023 році – 118). Після перевірки 11 повідомлень не підтвердилися. Оцінку потреб проведено 132 сім'ям, у яких виховується 251 дитина."),
    ("p", "За результатами оцінки складні життєві обставини визначено у 97 сімей, а саме:"),
    ("l", "ухилення батьків від виконання батьківських обов'язків – 41;"),
    ("l", "інвалідність або тяжка хвороба члена сім'ї – 23;"),
    ("l", "внутрішнє переміщення, наслідки воєнних дій – 19;"),
    ("l", "інші обставини – 14."),
    ("h", "3. Надання соціальних послуг"),
    ("p", "Упродовж звітного року соціальними послугами охоплено 1 286 осіб, з них 214 внутрішньо переміщених осіб (18,6 %). Усього надано 6 943 соціальні послуги. Розподіл за видами послуг наведено в таблиці 2."),
    ("p", "Таблиця 2. Отримувачі та кількість наданих послуг у 2024 році"),
    ("T", None),
    ("h", "4. Соціальний супровід сімей"),
    ("p", "Під соціальним супроводом протягом року перебувало 89 сімей, в яких 176 дітей: 58 сімей взято під супровід у 2024 році, 31 сім'я продовжила отримувати послугу з 2023 року."),
    ("p", "Завершено надання послуги 61 сім'ї, з них з позитивним результатом (подолання СЖО) – 44 (72,1 %), з мінімізацією СЖО – 12 (19,7 %), без досягнення результату – 5 (8,2 %). Супровід продовжено на 2025 рік 28 сім'ям. Середня тривалість супроводу становила 5,5 місяця."),
    ("p", "Соціальне супроводження здійснювалося 6 прийомним сім'ям та дитячим будинкам сімейного типу, в яких виховується 23 дитини."),
    ("h", "5. Групова та профілактична робота"),
    ("p", "Проведено 26 групових заходів (тренінги, батьківські школи, інформаційні зустрічі), якими охоплено 412 осіб. Тривалість одного тренінгу – 2 години, заняття батьківської школи – 1,5 години."),
    ("h", "6. Кадрове забезпечення та звернення громадян"),
    ("p", "У 2024 році підвищили кваліфікацію 7 працівників Центру (у 2023 році – 5). Скарг на якість надання соціальних послуг у 2024 році не зареєстровано."),
    ("h", "7. Завдання на 2025 рік"),
    ("p", "Охопити соціальними послугами не менше 1 350 осіб; запровадити послугу денного догляду для 15 дітей з інвалідністю віком від 3 до 18 років; укомплектувати 2 вакантні посади."),
    ("p", "Звіт розглянуто на засіданні виконавчого комітету Софіївської селищної ради 14.01.2025, протокол № 2."),
]

TABLE = [
    ["№ з/п", "Найменування соціальної послуги", "Кількість отримувачів, осіб", "Надано послуг, од."],
    ["1", "Інформування", "620", "1 904"],
    ["2", "Консультування", "438", "3 127"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "89", "1 211"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "6", "188"],
    ["5", "Посередництво (медіація)", "17", "53"],
    ["6", "Натуральна допомога", "116", "460"],
    ["Усього", "", "1 286", "6 943"],
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, text in P:
        if kind == "h":
            para = d.add_paragraph()
            para.add_run(text).bold = True
        elif kind == "p":
            d.add_paragraph(text)
        elif kind == "l":
            d.add_paragraph(text, style="List Bullet")
        else:
            t = d.add_table(rows=len(TABLE), cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            t.cell(len(TABLE) - 1, 0).merge(t.cell(len(TABLE) - 1, 1))
            t.cell(len(TABLE) - 1, 0).text = "Усього"
    fix_docx_props(d, "ЦСС")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Софіївської селищної ради",
        "centre_type": "css", "settlement": "Софіївка", "oblast": "Дніпропетровська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    f = g.f
    s1 = f("staff_positions", "positions", 11, "Штатним розписом Центру передбачено 11 посад")
    s2 = f("staff_actual", "staff", 9, "фактично працює 9 фахівців")
    n = f("notified", "families_persons", 143, "до Центру надійшли повідомлення щодо 143 сімей (осіб)",
          unit_alt="families", note="«сімей (осіб)» read as families_persons")
    na = f("needs_assessed", "families", 132, "Оцінку потреб проведено 132 сім'ям")
    nac = f("needs_assessed", "children", 251, "у яких виховується 251 дитина", parent=na)
    sjo = f("in_difficult_circumstances", "families", 97, "складні життєві обставини визначено у 97 сімей")
    grp = "sjo_97_by_circumstance"
    a1 = f("in_difficult_circumstances", "families", 41, "ухилення батьків від виконання батьківських обов'язків – 41",
           label="ухилення батьків від виконання батьківських обов'язків", group=grp, parent=sjo)
    a2 = f("in_difficult_circumstances", "families", 23, "інвалідність або тяжка хвороба члена сім'ї – 23",
           label="інвалідність або тяжка хвороба члена сім'ї", group=grp, parent=sjo)
    a3 = f("in_difficult_circumstances", "families", 19, "внутрішнє переміщення, наслідки воєнних дій – 19",
           label="внутрішнє переміщення, наслідки воєнних дій", group=grp, parent=sjo)
    a4 = f("in_difficult_circumstances", "families", 14, "інші обставини – 14", label="інші обставини", group=grp, parent=sjo)
    sv = f("served", "persons", 1286, "соціальними послугами охоплено 1 286 осіб")
    idp = f("served", "persons", 214, "з них 214 внутрішньо переміщених осіб (18,6 %)", percent=18.6,
            category="внутрішньо переміщені особи", parent=sv)
    sp = f("services_provided", "services", 6943, "Усього надано 6 943 соціальні послуги")
    rows = [("1\tІнформування\t620\t1 904", "informing", 620, 1904, "Інформування"),
            ("2\tКонсультування\t438\t3 127", "counselling", 438, 3127, "Консультування"),
            ("3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t89\t1 211", "social_support_sjo", 89, 1211,
             "Соціальний супровід сімей (осіб), які перебувають у СЖО"),
            ("4\tСоціальне супроводження прийомних сімей та ДБСТ\t6\t188", "social_support_foster", 6, 188,
             "Соціальне супроводження прийомних сімей та ДБСТ"),
            ("5\tПосередництво (медіація)\t17\t53", "mediation", 17, 53, "Посередництво (медіація)"),
            ("6\tНатуральна допомога\t116\t460", "natural_aid", 116, 460, "Натуральна допомога")]
    tq = "Усього\t1 286\t6 943"
    rid = []
    tot_s = f("served", "persons", 1286, tq, label="Усього (таблиця 2)")
    tot_p = f("services_provided", "services", 6943, tq, label="Усього (таблиця 2)")
    for q, svc, a, b, lab in rows:
        x = f("served", "persons", a, q, service=svc, label=lab, group="table2_recipients", parent=tot_s)
        y = f("services_provided", "services", b, q, service=svc, label=lab, group="table2_services", parent=tot_p)
        rid.append((x, y))
    sup = f("served", "families", 89, "Під соціальним супроводом протягом року перебувало 89 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    supc = f("served", "children", 176, "в яких 176 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=sup)
    st_ = f("support_started", "families", 58, "58 сімей взято під супровід у 2024 році", service="social_support_sjo",
            group="support_89_by_start", parent=sup)
    cont = f("served", "families", 31, "31 сім'я продовжила отримувати послугу з 2023 року", service="social_support_sjo",
             alt=["support_ongoing"], label="отримували послугу з 2023 року", group="support_89_by_start", parent=sup)
    comp = f("support_completed", "families", 61, "Завершено надання послуги 61 сім'ї", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 44, "з позитивним результатом (подолання СЖО) – 44 (72,1 %)", percent=72.1,
           group="completed_61_by_outcome", parent=comp)
    o2 = f("outcome_minimized", "families", 12, "з мінімізацією СЖО – 12 (19,7 %)", percent=19.7,
           group="completed_61_by_outcome", parent=comp)
    o3 = f("outcome_negative", "families", 5, "без досягнення результату – 5 (8,2 %)", percent=8.2,
           group="completed_61_by_outcome", parent=comp)
    og = f("support_ongoing", "families", 28, "Супровід продовжено на 2025 рік 28 сім'ям", service="social_support_sjo",
           parent=sup, note="a 2024 figure (families still under support at year end) that names 2025")
    fo = f("served", "families", 6, "Соціальне супроводження здійснювалося 6 прийомним сім'ям та дитячим будинкам сімейного типу",
           service="social_support_foster")
    foc = f("served", "children", 23, "в яких виховується 23 дитини", service="social_support_foster", parent=fo)
    ev = f("events", "events", 26, "Проведено 26 групових заходів")
    evp = f("event_participants", "persons", 412, "якими охоплено 412 осіб", parent=ev)
    tr = f("staff_trained", "staff", 7, "У 2024 році підвищили кваліфікацію 7 працівників Центру")
    cm = f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг у 2024 році не зареєстровано")

    ids = lambda k: [r[k] for r in rid]
    g.check("table_arithmetic", tq, "recipients column: 620 + 438 + 89 + 6 + 17 + 116 = 1 286",
            " + ".join(ids(0)) + f" == {tot_s}")
    g.check("table_arithmetic", tq, "services column: 1 904 + 3 127 + 1 211 + 188 + 53 + 460 = 6 943",
            " + ".join(ids(1)) + f" == {tot_p}")
    g.check("internal_conflict", "соціальними послугами охоплено 1 286 осіб", "prose 1 286 = table Усього 1 286; prose 6 943 services = table",
            f"{sv} == {tot_s} and {sp} == {tot_p}")
    g.check("internal_conflict", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t89\t1 211",
            "table row 3 (89) = 89 families under support in section 4; row 4 (6) = 6 foster families",
            f"{rid[2][0]} == {sup} and {rid[3][0]} == {fo}")
    g.check("parts_sum", "складні життєві обставини визначено у 97 сімей", "41 + 23 + 19 + 14 = 97",
            f"{a1} + {a2} + {a3} + {a4} == {sjo}")
    g.check("parts_sum", "Після перевірки 11 повідомлень не підтвердилися", "143 notified − 11 not confirmed = 132 assessed; 97 ≤ 132",
            f"{n} - 11 == {na} and {sjo} <= {na}")
    g.check("parts_sum", "Під соціальним супроводом протягом року перебувало 89 сімей", "58 new + 31 continued = 89",
            f"{st_} + {cont} == {sup}")
    g.check("parts_sum", "Завершено надання послуги 61 сім'ї", "44 + 12 + 5 = 61; 61 completed + 28 continued = 89",
            f"{o1} + {o2} + {o3} == {comp} and {comp} + {og} == {sup}")
    g.check("percent_mismatch", "з позитивним результатом (подолання СЖО) – 44 (72,1 %)",
            "44/61 = 72,13 %; 12/61 = 19,67 %; 5/61 = 8,20 %",
            f"pct_ok(p{o1[1:]}, {o1}, {comp}, 1) and pct_ok(p{o2[1:]}, {o2}, {comp}, 1) and pct_ok(p{o3[1:]}, {o3}, {comp}, 1)")
    g.check("percents_sum", "з позитивним результатом (подолання СЖО) – 44 (72,1 %)", "72,1 + 19,7 + 8,2 = 100,0",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}], 1)")
    g.check("parts_sum", "фактично працює 9 фахівців", "9 ≤ 11 positions; 2 vacancies = 11 − 9",
            f"{s2} <= {s1} and {s1} - {s2} == 2")
    g.check("parts_sum", "підвищили кваліфікацію 7 працівників", "7 trained ≤ 9 staff", f"{tr} <= {s2}")
    g.slip("percent_mismatch", "error", "з них 214 внутрішньо переміщених осіб (18,6 %)", 18.6, 16.6, [idp, sv],
           "214 of the 1 286 persons served is 16,64 % → 16,6 %, not 18,6 % (no rounding gives 18,6)",
           f"pct_ok(p{idp[1:]}, {idp}, {sv}, 1)")

    g.skip("код ЄДРПОУ 44718302; 53152, Дніпропетровська обл., Криворізький р-н, смт Софіївка, вул. Шевченка, 36; тел. (05650) 0-24-17",
           [44718302, 53152, 36, 5650, 2417], "ЄДРПОУ, postcode, address, phone")
    g.skip("ЗВІТ про діяльність Центру соціальних служб Софіївської селищної ради за 2024 рік", [2024], "year")
    g.skip("Центр утворено рішенням Софіївської селищної ради від 23.12.2021 № 1147-18/VIII", [23, 12, 2021, 1147, 18],
           "decision date and number")
    g.skip("Громада об'єднує 58 населених пунктів, у яких проживає близько 21,3 тис. осіб", [58, 21300],
           "settlement count and population")
    g.skip("2 посади фахівця із соціальної роботи вакантні з вересня 2024 року", [2, 2024], "vacancies (no §3 id), used as a literal in a check; year")
    g.skip("(у 2023 році – 118)", [2023, 118], "prior-year figure")
    g.skip("Після перевірки 11 повідомлень не підтвердилися", [11], "notifications not confirmed; no §3 id (used as a literal in a check)")
    g.skip("Розподіл за видами послуг наведено в таблиці 2.", [2], "table number")
    g.skip("Таблиця 2. Отримувачі та кількість наданих послуг у 2024 році", [2, 2024], "table number, year")
    g.skip("1\tІнформування\t620\t1 904", [1, 2, 3, 4, 5, 6], "table row numbers (column № з/п)")
    g.skip("Середня тривалість супроводу становила 5,5 місяця.", [5.5], "duration")
    g.skip("Тривалість одного тренінгу – 2 години, заняття батьківської школи – 1,5 години.", [2, 1.5], "durations")
    g.skip("(у 2023 році – 5)", [2023, 5], "prior-year figure")
    g.skip("Охопити соціальними послугами не менше 1 350 осіб; запровадити послугу денного догляду для 15 дітей з інвалідністю віком від 3 до 18 років; укомплектувати 2 вакантні посади.",
           [1350, 15, 3, 18, 2], "2025 plan, ages")
    g.skip("14.01.2025, протокол № 2", [14, 1, 2025, 2], "date and minutes number")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers")
    g.note("«сімей (осіб)» → unit families_persons (alt families)")
    g.note("the 1 286 persons and 6 943 services are written twice (prose and table Усього): two facts each; the table rows hang on the table total")
    g.note("«31 сім'я продовжила отримувати послугу з 2023 року» → served with a label (alt support_ongoing); «Супровід продовжено на 2025 рік 28 сім'ям» → support_ongoing (a 2024 figure)")
    g.note("foster families: table row 4 and the prose sentence are two facts (table row also has persons as unit, as the table header says «осіб»)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
