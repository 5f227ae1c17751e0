"""b34_01: ЦСС Городоцької міської ради (Львівська), annual report 2024, DOCX with a table."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b34_01_horodok_css_annual2024.docx"


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def p(text, bold=False, center=False):
        par = d.add_paragraph()
        r = par.add_run(text)
        r.bold = bold
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return par

    p("ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ГОРОДОЦЬКОЇ МІСЬКОЇ РАДИ", bold=True, center=True)
    p("81503, Львівська обл., м. Городок, вул. Чорновола, 14; тел. (03231) 0-47-15; "
      "e-mail: css.horodok@example.ua; код ЄДРПОУ 44318527", center=True)
    p("ЗВІТ\nпро діяльність Центру соціальних служб Городоцької міської ради за 2024 рік",
      bold=True, center=True)

    p("1. Загальні відомості", bold=True)
    p("Центр соціальних служб Городоцької міської ради (далі – Центр) утворений рішенням "
      "Городоцької міської ради від 17.12.2020 № 146 і обслуговує мешканців 53 населених "
      "пунктів громади, де проживає близько 47,3 тис. осіб.")
    p("Штатним розписом Центру передбачено 14 посад, фактично станом на кінець року "
      "працювало 12 фахівців; 2 посади фахівців із соціальної роботи залишаються вакантними. "
      "Упродовж року 9 працівників Центру підвищили кваліфікацію на курсах та вебінарах "
      "Львівського обласного центру соціальних служб.")

    p("2. Виявлення сімей та оцінка потреб", bold=True)
    p("У 2024 році Центр отримав 186 повідомлень про сім'ї/осіб, які можуть перебувати у "
      "складних життєвих обставинах, від закладів освіти, охорони здоров'я, старост та "
      "служби у справах дітей. Фахівці провели оцінку потреб 171 сім'ї/особи; 15 повідомлень "
      "не підтвердилися. Складні життєві обставини виявлено у 98 сімей, у яких виховується "
      "203 дитини.")

    p("3. Надання соціальних послуг", bold=True)
    p("Кількість отримувачів і наданих Центром послуг наведено в таблиці 1. Порівняно з "
      "2023 роком (1 089 отримувачів) кількість отримувачів зросла на 64.")
    p("Таблиця 1. Отримувачі соціальних послуг Центру у 2024 році")
    rows = [
        ("№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "з них ВПО", "Надано послуг"),
        ("1", "Інформування", "412", "96", "1 037"),
        ("2", "Консультування", "538", "141", "1 684"),
        ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "61", "14", "732"),
        ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "9", "–", "108"),
        ("5", "Соціальна профілактика", "127", "22", "254"),
        ("6", "Посередництво (медіація)", "6", "2", "11"),
        ("", "Усього", "1 153", "275", "3 826"),
    ]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            t.cell(i, j).text = val
    p("Середня тривалість консультації становила 40 хвилин; 38 % консультацій надано "
      "телефоном.")

    p("4. Соціальний супровід сімей у СЖО", bold=True)
    p("Протягом 2024 року під соціальним супроводом Центру перебувала 61 сім'я (у них 118 "
      "дітей). З них 34 сім'ї взято під супровід у звітному році, а 27 сімей отримували "
      "послугу з 2023 року.")
    p("Завершено супровід 29 сімей, а саме: подолано складні життєві обставини – 21 (75,9 %), "
      "мінімізовано – 5 (17,2 %), у зв'язку зі зміною місця проживання – 2, через відмову "
      "отримувача від послуги – 1. Станом на 01.01.2025 під супроводом залишаються 32 сім'ї.")
    p("Соціальне супроводження здійснювалося 9 прийомним сім'ям та дитячим будинкам сімейного "
      "типу, у яких виховується 23 дитини.")

    p("5. Профілактична робота", bold=True)
    p("Фахівцями проведено 24 групові заходи (тренінги для батьків, заняття для підлітків у "
      "закладах освіти), участь у яких взяли 417 осіб. На телефон довіри Центру надійшло 73 "
      "дзвінки.")
    p("Скарг на якість надання соціальних послуг у 2024 році до Центру не надходило.")

    p("6. Завдання на 2025 рік", bold=True)
    p("У 2025 році Центр планує охопити послугою соціальної профілактики не менше 150 осіб "
      "віком 14–18 років та відкрити 2 консультаційні пункти у старостинських округах.")
    p("Звіт розглянуто на засіданні виконавчого комітету 28.01.2025 (протокол № 3).")

    fix_docx_props(d, author="ЦСС")
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Городоцької міської ради",
        "centre_type": "css",
        "settlement": "Городок",
        "oblast": "Львівська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    })
    f = g.f
    st1 = f("staff_positions", "positions", 14, "Штатним розписом Центру передбачено 14 посад")
    f("staff_actual", "staff", 12, "працювало 12 фахівців")
    f("staff_trained", "staff", 9, "Упродовж року 9 працівників Центру підвищили кваліфікацію")
    f("notified", "families_persons", 186,
      "У 2024 році Центр отримав 186 повідомлень про сім'ї/осіб")
    f("needs_assessed", "families_persons", 171, "Фахівці провели оцінку потреб 171 сім'ї/особи")
    sjo = f("in_difficult_circumstances", "families", 98,
            "Складні життєві обставини виявлено у 98 сімей")
    f("in_difficult_circumstances", "children", 203, "у яких виховується 203 дитини", parent=sjo)

    # table 1
    tot = f("served", "families_persons", 1153, "Усього\t1 153\t275\t3 826",
            label="Усього (таблиця 1)")
    tot_idp = f("served", "families_persons", 275, "Усього\t1 153\t275\t3 826",
                category="внутрішньо переміщені особи", label="Усього, з них ВПО (таблиця 1)",
                parent=tot)
    tot_sv = f("services_provided", "services", 3826, "Усього\t1 153\t275\t3 826",
               label="Усього (таблиця 1)")
    rows = [
        ("informing", "1\tІнформування\t412\t96\t1 037", 412, 96, 1037),
        ("counselling", "2\tКонсультування\t538\t141\t1 684", 538, 141, 1684),
        ("social_support_sjo",
         "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t61\t14\t732", 61, 14, 732),
        ("social_support_foster",
         "4\tСоціальне супроводження прийомних сімей та ДБСТ\t9\t–\t108", 9, None, 108),
        ("social_prevention", "5\tСоціальна профілактика\t127\t22\t254", 127, 22, 254),
        ("mediation", "6\tПосередництво (медіація)\t6\t2\t11", 6, 2, 11),
    ]
    ids = {"served": [], "idp": [], "sv": []}
    for svc, q, a, b, c in rows:
        ids["served"].append(f("served", "families_persons", a, q, service=svc,
                               group="t1_served_by_service", parent=tot))
        if b is not None:
            ids["idp"].append(f("served", "families_persons", b, q, service=svc,
                                category="внутрішньо переміщені особи",
                                group="t1_idp_by_service", parent=tot_idp))
        ids["sv"].append(f("services_provided", "services", c, q, service=svc,
                           group="t1_services_by_service", parent=tot_sv))

    # social support prose
    sup = f("served", "families", 61, "під соціальним супроводом Центру перебувала 61 сім'я",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 118, "(у них 118 дітей)", service="social_support_sjo",
      alt=["support_ongoing"], parent=sup)
    s_new = f("support_started", "families", 34, "З них 34 сім'ї взято під супровід у звітному році",
              service="social_support_sjo", group="sup61_new_vs_continued", parent=sup)
    s_old = f("served", "families", 27, "27 сімей отримували послугу з 2023 року",
              service="social_support_sjo", alt=["support_ongoing"],
              label="отримували послугу з 2023 року", group="sup61_new_vs_continued", parent=sup)
    comp = f("support_completed", "families", 29, "Завершено супровід 29 сімей",
             service="social_support_sjo", parent=sup)
    pos = f("outcome_positive", "families", 21, "подолано складні життєві обставини – 21 (75,9 %)",
            percent=75.9, service="social_support_sjo", group="completed29_by_outcome", parent=comp)
    mini = f("outcome_minimized", "families", 5, "мінімізовано – 5 (17,2 %)", percent=17.2,
             service="social_support_sjo", group="completed29_by_outcome", parent=comp)
    oth1 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2",
             service="social_support_sjo", label="зміна місця проживання",
             group="completed29_by_outcome", parent=comp)
    oth2 = f("outcome_other", "families", 1, "через відмову отримувача від послуги – 1",
             service="social_support_sjo", label="відмова отримувача від послуги",
             group="completed29_by_outcome", parent=comp)
    ong = f("support_ongoing", "families", 32,
            "Станом на 01.01.2025 під супроводом залишаються 32 сім'ї",
            service="social_support_sjo", parent=sup)
    fos = f("served", "families", 9,
            "Соціальне супроводження здійснювалося 9 прийомним сім'ям та дитячим будинкам сімейного типу",
            service="social_support_foster")
    f("served", "children", 23, "у яких виховується 23 дитини", service="social_support_foster",
      parent=fos)
    ev = f("events", "events", 24, "Фахівцями проведено 24 групові заходи")
    f("event_participants", "persons", 417, "участь у яких взяли 417 осіб", parent=ev)
    f("share", "percent", 38, "38 % консультацій надано телефоном",
      label="частка консультацій, наданих телефоном", service="counselling")
    f("calls", "calls", 73, "На телефон довіри Центру надійшло 73 дзвінки")
    f("complaints", "complaints", 0,
      "Скарг на якість надання соціальних послуг у 2024 році до Центру не надходило.")

    S, I, V = ids["served"], ids["idp"], ids["sv"]
    g.slip("percent_mismatch", "error", "подолано складні життєві обставини – 21 (75,9 %)",
           75.9, 72.4, [pos, comp],
           "21 of the 29 families whose support was completed is 72,4 %, written 75,9 %. "
           "The next item, 5 (17,2 %), is computed correctly from 29.",
           f"pct_ok({pos.replace('f', 'p')}, {pos}, {comp}, 1)")
    g.check("table_arithmetic", "Усього\t1 153\t275\t3 826",
            "served column: 412 + 538 + 61 + 9 + 127 + 6 = 1 153",
            " + ".join(S) + f" == {tot}")
    g.check("table_arithmetic", "Усього\t1 153\t275\t3 826",
            "ВПО column: 96 + 141 + 14 + 22 + 2 = 275 (foster row «–»)",
            " + ".join(I) + f" == {tot_idp}")
    g.check("table_arithmetic", "Усього\t1 153\t275\t3 826",
            "services column: 1 037 + 1 684 + 732 + 108 + 254 + 11 = 3 826",
            " + ".join(V) + f" == {tot_sv}")
    g.check("parts_sum", "Усього\t1 153\t275\t3 826",
            "in every row ВПО ≤ recipients, and 275 ≤ 1 153",
            f"{tot_idp} <= {tot} and " + " and ".join(
                f"{i} <= {s}" for i, s in zip(I, [S[0], S[1], S[2], S[4], S[5]])))
    g.check("parts_sum", "З них 34 сім'ї взято під супровід у звітному році",
            "34 new + 27 continued from 2023 = 61 under support",
            f"{s_new} + {s_old} == {sup}")
    g.check("parts_sum", "Завершено супровід 29 сімей, а саме",
            "21 + 5 + 2 + 1 = 29", f"{pos} + {mini} + {oth1} + {oth2} == {comp}")
    g.check("percent_mismatch", "мінімізовано – 5 (17,2 %)", "5 / 29 = 17,24 % → 17,2",
            f"pct_ok({mini.replace('f', 'p')}, {mini}, {comp}, 1)")
    g.check("parts_sum", "Станом на 01.01.2025 під супроводом залишаються 32 сім'ї",
            "61 under support − 29 completed = 32 remaining", f"{sup} - {comp} == {ong}")
    g.check("internal_conflict", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t61",
            "table row 3 (61 сімей/осіб) agrees with the prose (61 сім'я under support)",
            f"{S[2]} == {sup}")
    g.check("internal_conflict", "4\tСоціальне супроводження прийомних сімей та ДБСТ\t9",
            "table row 4 (9) agrees with the prose (9 foster families / ДБСТ)",
            f"{S[3]} == {fos}")
    g.check("parts_sum", "працювало 12 фахівців", "12 working ≤ 14 positions; 9 trained ≤ 12",
            f"f2 <= {st1} and f3 <= f2")
    g.check("parts_sum", "Фахівці провели оцінку потреб 171 сім'ї/особи",
            "171 assessed ≤ 186 notified; 98 in СЖО ≤ 171",
            "f5 <= f4 and f6 <= f5")

    g.skip("81503, Львівська обл., м. Городок, вул. Чорновола, 14; тел. (03231) 0-47-15",
           [81503, 14, 3231, 4715], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44318527", [44318527], "ЄДРПОУ")
    g.skip("за 2024 рік", [2024], "year of the title")
    g.skip("рішенням Городоцької міської ради від 17.12.2020 № 146", [17, 12, 2020, 146],
           "decision date and number")
    g.skip("обслуговує мешканців 53 населених пунктів громади, де проживає близько 47,3 тис. осіб",
           [53, 47300], "settlement count and population")
    g.skip("2 посади фахівців із соціальної роботи залишаються вакантними", [2],
           "vacancies (no §3 id); 14 − 12 = 2")
    g.skip("15 повідомлень не підтвердилися", [15], "unconfirmed notifications (no §3 id)")
    g.skip("Порівняно з 2023 роком (1 089 отримувачів) кількість отримувачів зросла на 64",
           [2023, 1089, 64], "prior-year figure and difference (1 153 − 1 089 = 64)")
    g.skip("Таблиця 1. Отримувачі соціальних послуг Центру у 2024 році", [1, 2024],
           "table number, year")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers of table 1")
    g.skip("Середня тривалість консультації становила 40 хвилин", [40], "duration")
    g.skip("Станом на 01.01.2025", [1, 1, 2025], "date")
    g.skip("5. Профілактична робота", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("У 2025 році Центр планує охопити послугою соціальної профілактики не менше 150 осіб "
           "віком 14–18 років та відкрити 2 консультаційні пункти у старостинських округах.",
           [2025, 150, 14, 18, 2], "plan for 2025, ages")
    g.skip("Звіт розглянуто на засіданні виконавчого комітету 28.01.2025 (протокол № 3).",
           [28, 1, 2025, 3], "date and protocol number")

    g.skip("Протягом 2024 року під соціальним супроводом", [2024], "year")
    g.skip("наведено в таблиці 1", [1], "table number")
    g.note("table 1: every cell is a fact quoted by its row; rows hang on the Усього cell of the "
           "same column; the ВПО total hangs on the recipients total. The foster row has «–» "
           "in the ВПО column: no fact")
    g.note("unit: the table header says «сімей/осіб» → families_persons; the prose of section 4 "
           "says «сім'я/сімей» → families. Rows 3 and 4 and the prose are separate facts")
    g.note("«27 сімей отримували послугу з 2023 року» → served with a label (alt support_ongoing); "
           "«залишаються 32 сім'ї» at 01.01.2025 → support_ongoing")
    g.note("«38 % консультацій надано телефоном» → share (standalone percentage) with a label")
    return g


if __name__ == "__main__":
    build(report_path(DOC))
    gold().write()
