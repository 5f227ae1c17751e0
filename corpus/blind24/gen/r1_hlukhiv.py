"""b24_01: Центр соціальних служб Глухівської міської ради (Сумська), annual report 2024. DOCX."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b24_01_hlukhiv_css_annual2024.docx"

P = [
    ("h", "ЗВІТ про роботу Центру соціальних служб Глухівської міської ради Сумської області за 2024 рік"),
    ("p", "41400, Сумська обл., м. Глухів, вул. Шевченка, 12; тел. (05444) 0-23-17; e-mail: css.hlukhiv@example.ua; код ЄДРПОУ 44187356"),
    ("h2", "1. Загальні відомості"),
    ("p", "Центр соціальних служб Глухівської міської ради (далі – Центр) утворений рішенням Глухівської міської ради від 24.12.2020 № 37 і діє як бюджетна установа. Центр обслуговує населення Глухівської міської територіальної громади, у якій проживає понад 33 тисячі осіб, у тому числі 2 870 внутрішньо переміщених осіб, зареєстрованих станом на 01.01.2024."),
    ("p", "Штатним розписом Центру на 2024 рік передбачено 14 штатних одиниць, фактично працювали 12 фахівців; 2 вакансії фахівців із соціальної роботи залишаються незаповненими. Протягом року 9 працівників підвищили кваліфікацію (онлайн-курси, тренінги Сумського обласного центру соціальних служб)."),
    ("h2", "2. Виявлення сімей та оцінка потреб"),
    ("p", "Протягом 2024 року до Центру надійшли повідомлення про 186 сімей (осіб), які можуть перебувати у складних життєвих обставинах, з них від служби у справах дітей – 71, від закладів освіти – 38, від закладів охорони здоров'я – 22, від старост – 29, від ювенальної превенції поліції – 26."),
    ("p", "Оцінку потреб проведено 174 сім'ям (особам); за її результатами складні життєві обставини виявлено у 97 сімей, у яких виховується 203 дитини. Решта 12 повідомлень не підтвердилися або сім'ї змінили місце проживання."),
    ("h2", "3. Соціальний супровід сімей, які перебувають у складних життєвих обставинах"),
    ("p", "Протягом року під соціальним супроводом перебувала 81 сім'я, у яких виховується 176 дітей. З них 54 сім'ї (112 дітей) взято під супровід у звітному році."),
    ("p", "За категоріями сім'ї, які перебували під супроводом, розподіляються так: сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків, – 29; сім'ї внутрішньо переміщених осіб – 18; сім'ї, де існує ризик домашнього насильства, – 14; сім'ї, які виховують дітей з інвалідністю, – 9; інші – 13."),
    ("p", "Завершено надання послуги соціального супроводу 49 сім'ям: з позитивним результатом (складні життєві обставини подолано) – 31 (63,3 %), складні життєві обставини мінімізовано – 12 (24,5 %), без результату – 4 (8,2 %), у зв'язку зі зміною місця проживання – 2 (4,1 %). Середня тривалість супроводу становила 5,5 місяця."),
    ("p", "Станом на 31 грудня 2024 року супровід триває у 32 сім'ях."),
    ("p", "Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу здійснювалося щодо 6 прийомних сімей, у яких виховується 11 дітей, та 2 дитячих будинків сімейного типу (14 дітей). Функціонує 1 сім'я патронатного вихователя, у якій протягом року тимчасово перебувало 5 дітей."),
    ("h2", "4. Надані соціальні послуги"),
    ("p", "Загалом у 2024 році соціальними послугами охоплено 2 827 сімей/осіб (у 2023 році – 2 611), надано 5 053 послуги. Розподіл за видами послуг наведено в таблиці 2."),
    ("p", "Таблиця 2. Надання соціальних послуг у 2024 році"),
    ("t", [["№", "Назва послуги", "Отримувачів (сімей/осіб)", "Надано послуг"],
           ["1", "Інформування", "1 412", "2 037"],
           ["2", "Консультування", "968", "1 544"],
           ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "81", "962"],
           ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "8", "131"],
           ["5", "Екстрене (кризове) втручання", "17", "23"],
           ["6", "Представництво інтересів", "26", "41"],
           ["7", "Натуральна допомога", "315", "315"],
           ["", "Усього", "2 827", "5 053"]]),
    ("p", "Натуральну допомогу (продуктові та гігієнічні набори від благодійних фондів) отримали 315 сімей на загальну суму 1,2 млн грн; роздано 640 наборів."),
    ("h2", "5. Профілактична робота"),
    ("p", "Проведено 23 групові заходи (тренінги для батьків, заняття для підлітків у 4 закладах освіти), у яких взяли участь 418 осіб. На телефон довіри Центру надійшло 146 дзвінків."),
    ("h2", "6. Якість послуг"),
    ("p", "У грудні 2024 року проведено анкетування отримувачів послуг, в якому взяли участь 64 особи; задоволеність якістю послуг висловили 59 респондентів, або 92 %. Скарг на роботу Центру протягом року не надходило."),
    ("h2", "7. Завдання на 2025 рік"),
    ("p", "У 2025 році Центр планує охопити соціальним супроводом не менше 90 сімей, провести 25 групових заходів та запровадити послугу підтриманого проживання для 4 осіб віком від 18 до 23 років."),
    ("p", "Директор Центру (підпис)"),
    ("p", "Вих. № 02-12/48 від 15.01.2025"),
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, x in P:
        if kind == "h":
            d.add_heading(x, 1)
        elif kind == "h2":
            d.add_heading(x, 2)
        elif kind == "p":
            d.add_paragraph(x)
        else:
            t = d.add_table(rows=len(x), cols=len(x[0]))
            t.style = "Table Grid"
            for i, row in enumerate(x):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    fix_docx_props(d, "ЦСС Глухів")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Глухівської міської ради",
        "centre_type": "css", "settlement": "Глухів", "oblast": "Сумська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Центр соціальних служб Глухівської міської ради Сумської області"]})
    f = g.f
    pos = f("staff_positions", "positions", 14, "передбачено 14 штатних одиниць")
    act = f("staff_actual", "staff", 12, "фактично працювали 12 фахівців")
    tr = f("staff_trained", "staff", 9, "Протягом року 9 працівників підвищили кваліфікацію")
    nq = "надійшли повідомлення про 186 сімей (осіб)"
    n = f("notified", "families_persons", 186, nq)
    grp = "notified_186_by_source"
    n1 = f("notified", "families_persons", 71, "від служби у справах дітей – 71", label="від служби у справах дітей", group=grp, parent=n)
    n2 = f("notified", "families_persons", 38, "від закладів освіти – 38", label="від закладів освіти", group=grp, parent=n)
    n3 = f("notified", "families_persons", 22, "від закладів охорони здоров'я – 22", label="від закладів охорони здоров'я", group=grp, parent=n)
    n4 = f("notified", "families_persons", 29, "від старост – 29", label="від старост", group=grp, parent=n)
    n5 = f("notified", "families_persons", 26, "від ювенальної превенції поліції – 26", label="від ювенальної превенції поліції", group=grp, parent=n)
    na = f("needs_assessed", "families_persons", 174, "Оцінку потреб проведено 174 сім'ям (особам)")
    sj = f("in_difficult_circumstances", "families", 97, "складні життєві обставини виявлено у 97 сімей")
    sjc = f("in_difficult_circumstances", "children", 203, "у яких виховується 203 дитини", parent=sj)
    sq = "під соціальним супроводом перебувала 81 сім'я"
    s = f("served", "families", 81, sq, service="social_support_sjo", alt=["support_ongoing"])
    sc = f("served", "children", 176, "у яких виховується 176 дітей", service="social_support_sjo", alt=["support_ongoing"], parent=s)
    st = f("support_started", "families", 54, "З них 54 сім'ї (112 дітей) взято під супровід", service="social_support_sjo", parent=s)
    stc = f("support_started", "children", 112, "54 сім'ї (112 дітей)", service="social_support_sjo", parent=st)
    grp = "served_81_by_category"
    c1 = f("served", "families", 29, "сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків, – 29", service="social_support_sjo",
           category="сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків", group=grp, parent=s)
    c2 = f("served", "families", 18, "сім'ї внутрішньо переміщених осіб – 18", service="social_support_sjo",
           category="сім'ї внутрішньо переміщених осіб", group=grp, parent=s)
    c3 = f("served", "families", 14, "сім'ї, де існує ризик домашнього насильства, – 14", service="social_support_sjo",
           category="сім'ї, де існує ризик домашнього насильства", group=grp, parent=s)
    c4 = f("served", "families", 9, "сім'ї, які виховують дітей з інвалідністю, – 9", service="social_support_sjo",
           category="сім'ї, які виховують дітей з інвалідністю", group=grp, parent=s)
    c5 = f("served", "families", 13, "інші – 13", service="social_support_sjo", category="інші", group=grp, parent=s)
    cq = "Завершено надання послуги соціального супроводу 49 сім'ям"
    cp = f("support_completed", "families", 49, cq, service="social_support_sjo")
    grp = "completed_49_by_outcome"
    o1 = f("outcome_positive", "families", 31, "з позитивним результатом (складні життєві обставини подолано) – 31 (63,3 %)", percent=63.3,
           service="social_support_sjo", group=grp, parent=cp)
    o2 = f("outcome_minimized", "families", 12, "складні життєві обставини мінімізовано – 12 (24,5 %)", percent=24.5,
           service="social_support_sjo", group=grp, parent=cp)
    o3 = f("outcome_negative", "families", 4, "без результату – 4 (8,2 %)", percent=8.2, service="social_support_sjo", group=grp, parent=cp)
    o4 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2 (4,1 %)", percent=4.1, service="social_support_sjo",
           label="зміна місця проживання", group=grp, parent=cp)
    on = f("support_ongoing", "families", 32, "супровід триває у 32 сім'ях", service="social_support_sjo")
    ps = f("served", "families", 6, "щодо 6 прийомних сімей", service="social_support_foster", category="прийомні сім'ї")
    psc = f("served", "children", 11, "у яких виховується 11 дітей", service="social_support_foster", parent=ps)
    db = f("served", "families", 2, "та 2 дитячих будинків сімейного типу (14 дітей)", service="social_support_foster",
           category="дитячі будинки сімейного типу")
    dbc = f("served", "children", 14, "2 дитячих будинків сімейного типу (14 дітей)", service="social_support_foster", parent=db)
    tot = f("served", "families_persons", 2827, "Загалом у 2024 році соціальними послугами охоплено 2 827 сімей/осіб")
    tsv = f("services_provided", "services", 5053, "надано 5 053 послуги")
    rows = [("1\tІнформування\t1 412\t2 037", 1412, 2037, "informing"),
            ("2\tКонсультування\t968\t1 544", 968, 1544, "counselling"),
            ("3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t81\t962", 81, 962, "social_support_sjo"),
            ("4\tСоціальне супроводження прийомних сімей та ДБСТ\t8\t131", 8, 131, "social_support_foster"),
            ("5\tЕкстрене (кризове) втручання\t17\t23", 17, 23, "crisis_intervention"),
            ("6\tПредставництво інтересів\t26\t41", 26, 41, "representation"),
            ("7\tНатуральна допомога\t315\t315", 315, 315, "natural_aid")]
    totq = "\tУсього\t2 827\t5 053"
    T1 = f("served", "families_persons", 2827, totq, label="Усього")
    T2 = f("services_provided", "services", 5053, totq, label="Усього")
    r_ids = []
    for q, a, b, svc in rows:
        x = f("served", "families_persons", a, q, service=svc, group="table2_recipients", parent=T1)
        y = f("services_provided", "services", b, q, service=svc, group="table2_services", parent=T2)
        r_ids.append((x, y))
    nat = f("served", "families", 315, "Натуральну допомогу (продуктові та гігієнічні набори від благодійних фондів) отримали 315 сімей",
            service="natural_aid")
    av = f("aid_value", "uah", 1200000, "на загальну суму 1,2 млн грн", service="natural_aid")
    ev = f("events", "events", 23, "Проведено 23 групові заходи")
    ep = f("event_participants", "persons", 418, "у яких взяли участь 418 осіб", parent=ev)
    ca = f("calls", "calls", 146, "На телефон довіри Центру надійшло 146 дзвінків")
    sr = f("survey_respondents", "persons", 64, "в якому взяли участь 64 особи")
    sa = f("satisfaction", "percent", 92, "задоволеність якістю послуг висловили 59 респондентів, або 92 %",
           note="59 respondents satisfied is a count with no §3 id of its own (skipped); the 92 % is the satisfaction share")
    co = f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило.")

    g.slip("parts_sum", "error",
           "сім'ї, в яких батьки ухиляються від виконання батьківських обов'язків, – 29; сім'ї внутрішньо переміщених осіб – 18; сім'ї, де існує ризик домашнього насильства, – 14; сім'ї, які виховують дітей з інвалідністю, – 9; інші – 13.",
           83, 81, [s, c1, c2, c3, c4, c5],
           "the five categories (the last is «інші», so a partition) sum to 29 + 18 + 14 + 9 + 13 = 83, but 81 families were under support: 2 extra",
           f"{c1} + {c2} + {c3} + {c4} + {c5} == {s}")
    # checks
    g.check("parts_sum", "з них від служби у справах дітей – 71", "71 + 38 + 22 + 29 + 26 = 186", f"{n1} + {n2} + {n3} + {n4} + {n5} == {n}")
    g.check("parts_sum", "Решта 12 повідомлень не підтвердилися", "186 − 174 = 12 (the rest); 97 ≤ 174", f"{n} - {na} == 12 and {sj} <= {na}")
    g.check("parts_sum", "З них 54 сім'ї (112 дітей) взято під супровід у звітному році.", "54 ≤ 81 families, 112 ≤ 176 children", f"{st} <= {s} and {stc} <= {sc}")
    g.check("parts_sum", cq, "31 + 12 + 4 + 2 = 49", f"{o1} + {o2} + {o3} + {o4} == {cp}")
    g.check("percent_mismatch", "з позитивним результатом (складні життєві обставини подолано) – 31 (63,3 %)",
            "31/49 = 63,27; 12/49 = 24,49; 4/49 = 8,16; 2/49 = 4,08",
            f"pct_ok(p{o1[1:]}, {o1}, {cp}, 1) and pct_ok(p{o2[1:]}, {o2}, {cp}, 1) and pct_ok(p{o3[1:]}, {o3}, {cp}, 1) and pct_ok(p{o4[1:]}, {o4}, {cp}, 1)")
    g.check("percents_sum", "без результату – 4 (8,2 %)", "63,3 + 24,5 + 8,2 + 4,1 = 100,1, within rounding",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}, p{o4[1:]}], 1)")
    g.check("parts_sum", "Станом на 31 грудня 2024 року супровід триває у 32 сім'ях.", "81 − 49 = 32", f"{s} - {cp} == {on}")
    g.check("table_arithmetic", totq, "recipients 1412 + 968 + 81 + 8 + 17 + 26 + 315 = 2827",
            " + ".join(x for x, _ in r_ids) + f" == {T1}")
    g.check("table_arithmetic", totq, "services 2037 + 1544 + 962 + 131 + 23 + 41 + 315 = 5053",
            " + ".join(y for _, y in r_ids) + f" == {T2}")
    g.check("internal_conflict", "Загалом у 2024 році соціальними послугами охоплено 2 827 сімей/осіб",
            "prose and table agree: 2 827 recipients, 5 053 services, 81 under support, 315 natural aid",
            f"{tot} == {T1} and {tsv} == {T2} and {r_ids[2][0]} == {s} and {r_ids[6][0]} == {nat}")
    g.check("parts_sum", "Соціальне супроводження прийомних сімей та дитячих будинків сімейного типу здійснювалося щодо 6 прийомних сімей",
            "6 foster families + 2 ДБСТ = 8 = table row 4", f"{ps} + {db} == {r_ids[3][0]}")
    g.check("percent_mismatch", "задоволеність якістю послуг висловили 59 респондентів, або 92 %", "59/64 = 92,19 → 92",
            f"pct_ok({sa}, 59, {sr}, 0)")
    g.check("parts_sum", "фактично працювали 12 фахівців; 2 вакансії", "14 − 12 = 2 vacancies; 9 trained ≤ 12", f"{pos} - {act} == 2 and {tr} <= {act}")
    # skips
    sk = g.skip
    sk("41400, Сумська обл., м. Глухів, вул. Шевченка, 12; тел. (05444) 0-23-17", [41400, 12, 5444, 2317], "postcode, address, phone")
    sk("код ЄДРПОУ 44187356", [44187356], "ЄДРПОУ")
    sk("рішенням Глухівської міської ради від 24.12.2020 № 37", [24, 12, 2020, 37], "decision date and number")
    sk("проживає понад 33 тисячі осіб, у тому числі 2 870 внутрішньо переміщених осіб, зареєстрованих станом на 01.01.2024", [33000, 2870, 1, 1, 2024],
       "population of the hromada and registered IDPs (not the provider's figures), date")
    sk("Штатним розписом Центру на 2024 рік", [2024], "year")
    sk("2 вакансії фахівців із соціальної роботи", [2], "vacancies (no §3 id); used as a literal in a check")
    sk("Протягом 2024 року до Центру", [2024], "year")
    sk("Решта 12 повідомлень не підтвердилися", [12], "notifications not confirmed (no §3 id); used as a literal in a check")
    sk("Середня тривалість супроводу становила 5,5 місяця.", [5.5], "duration")
    sk("Станом на 31 грудня 2024 року", [31, 2024], "date")
    sk("Функціонує 1 сім'я патронатного вихователя, у якій протягом року тимчасово перебувало 5 дітей.", [1, 5], "patronat family and children placed (no §3 id)")
    sk("(у 2023 році – 2 611)", [2023, 2611], "prior-year figure")
    sk("Розподіл за видами послуг наведено в таблиці 2.", [2], "table number")
    sk("Таблиця 2. Надання соціальних послуг у 2024 році", [2, 2024], "table number, year")
    sk("№\tНазва послуги", [1, 2, 3, 4, 5, 6, 7], "table row numbers 1–7")
    sk("роздано 640 наборів", [640], "items (sets)")
    sk("у 4 закладах освіти", [4], "count of schools (no §3 id)")
    sk("У грудні 2024 року проведено анкетування", [2024], "date of the survey")
    sk("висловили 59 респондентів", [59], "satisfied respondents (count with no §3 id); used as a literal in a check")
    sk("У 2025 році Центр планує охопити соціальним супроводом не менше 90 сімей, провести 25 групових заходів та запровадити послугу підтриманого проживання для 4 осіб віком від 18 до 23 років.",
       [2025, 90, 25, 4, 18, 23], "plan for 2025, ages")
    sk("Вих. № 02-12/48 від 15.01.2025", [2, 12, 48, 15, 1, 2025], "outgoing number and date")
    sk("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
    g.note("«взято під супровід у звітному році» → support_started; «перебувала під соціальним супроводом» → served (alt support_ongoing); «супровід триває у 32 сім'ях» станом на 31 грудня → support_ongoing")
    g.note("children written with families hang on the families row (203 on 97 in СЖО, 176 on 81, 112 on 54, 11 and 14 on the foster rows)")
    g.note("the table repeats prose figures (2 827, 5 053, 81, 315): each is a fact in both places; table cells are quoted by their row and hang on the «Усього» cell of their column")
    g.note("the foster-care service: 6 прийомних сімей and 2 ДБСТ are two served rows (families) with their children; the table row 4 gives 8 recipients")
    g.note("«задоволеність … висловили 59 респондентів, або 92 %» → satisfaction 92 (percent); the count 59 of satisfied respondents has no §3 id of its own and is skipped")
    g.note("natural aid: 315 families (prose, unit families) and 315 recipients in table row 7 (unit families_persons); 1,2 млн грн → aid_value 1 200 000")
    g.write()


if __name__ == "__main__":
    build()
    gold()
