"""b36_01: Центр соціальних служб Ківерцівської міської ради, annual report 2023 (DOCX, first person plural)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b36_01_kivertsi_css_annual2023.docx"

HEAD = [
    ("c", "Центр соціальних служб Ківерцівської міської ради"),
    ("c", "вул. Соборності, 14, м. Ківерці, Луцький район, Волинська область, 45203, "
          "тел. (03365) 0-24-17, код ЄДРПОУ 43918275"),
    ("r", "Вих. № 02-14/36 від 19.01.2024"),
    ("c", "ЗВІТ\nпро роботу Центру соціальних служб Ківерцівської міської ради за 2023 рік"),
    ("h", "1. Загальні відомості"),
    ("p", "Центр діє відповідно до Положення, затвердженого рішенням міської ради від 23.12.2020 "
          "№ 3/41. Ми обслуговуємо 42 населені пункти громади, де проживає близько 37 тисяч осіб."),
    ("p", "Станом на 31.12.2023 штатним розписом передбачено 18 посад, фактично працює 16 фахівців. "
          "Протягом року 11 працівників підвищили кваліфікацію на онлайн-курсах та тренінгах."),
    ("h", "2. Виявлення сімей та оцінка потреб"),
    ("p", "У 2023 році ми отримали повідомлення щодо 214 сімей, з яких 9 не підтвердилися. "
          "До Центру за допомогою звернулися 538 осіб (у 2022 році – 471). Оцінку потреб проведено "
          "187 сім'ям, у 61 з них встановлено, що сім'я перебуває у складних життєвих обставинах."),
    ("h", "3. Надання соціальних послуг"),
    ("p", "Загалом соціальними послугами ми охопили 1 126 сімей/осіб, яким надали 4 382 послуги. "
          "Розподіл за видами послуг наведено в таблиці 1."),
    ("p", "Таблиця 1"),
]
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "Надано послуг"],
    ["1", "Інформування", "402", "1 215"],
    ["2", "Консультування", "517", "2 604"],
    ["3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "73", "388"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "11", "96"],
    ["5", "Екстрене (кризове) втручання", "23", "27"],
    ["6", "Представництво інтересів", "100", "52"],
    ["", "Усього", "1 126", "4 382"],
]
TAIL = [
    ("h", "4. Соціальний супровід"),
    ("p", "Під соціальним супроводом протягом року перебувало 73 сім'ї, в яких виховується 152 дитини. "
          "Із них 41 сім'ю ми взяли під супровід у 2023 році, решта продовжувала отримувати послугу "
          "з попереднього року. Серед сімей під супроводом – 22 сім'ї внутрішньо переміщених осіб (31,4 %)."),
    ("p", "Завершено супровід 38 сімей: з позитивним результатом – 29, у зв'язку зі зміною місця "
          "проживання – 5, через відмову від послуги – 4. На 2024 рік продовжено супровід 35 сімей."),
    ("p", "Ми супроводжуємо 11 прийомних сімей та дитячих будинків сімейного типу, у яких "
          "виховується 34 дитини."),
    ("h", "5. Профілактична робота"),
    ("p", "Проведено 46 групових заходів (тренінги, батьківські збори, акції до Дня сім'ї), участь у "
          "яких взяли 912 осіб. На телефон довіри Центру надійшло 137 дзвінків."),
    ("p", "Спільно з благодійним фондом ми передали сім'ям у СЖО 260 продуктових наборів і 85 комплектів "
          "зимового одягу на загальну суму 318,6 тис. грн. Скарг на якість послуг у 2023 році не надходило."),
    ("h", "6. Завдання на 2024 рік"),
    ("p", "Плануємо охопити соціальним супроводом не менше 80 сімей і запровадити послугу підтриманого "
          "проживання для 6 молодих людей віком від 18 до 23 років."),
    ("p", "Директор Центру                                    (підпис)"),
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    def put(items):
        for kind, txt in items:
            if kind == "h":
                d.add_heading(txt, level=2)
            else:
                p = d.add_paragraph(txt)
                if kind == "c":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif kind == "r":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    put(HEAD)
    t = d.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    put(TAIL)
    fix_docx_props(d)
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Ківерцівської міської ради",
        "centre_type": "css", "settlement": "Ківерці", "oblast": "Волинська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"})
    f = g.f
    f("staff_positions", "positions", 18, "штатним розписом передбачено 18 посад")
    f("staff_actual", "staff", 16, "фактично працює 16 фахівців")
    f("staff_trained", "staff", 11, "11 працівників підвищили кваліфікацію")
    f("notified", "families", 214, "ми отримали повідомлення щодо 214 сімей")
    f("applied", "persons", 538, "До Центру за допомогою звернулися 538 осіб")
    na = f("needs_assessed", "families", 187, "Оцінку потреб проведено 187 сім'ям")
    f("in_difficult_circumstances", "families", 61,
      "у 61 з них встановлено, що сім'я перебуває у складних життєвих обставинах", parent=na)
    tot = f("served", "families_persons", 1126, "соціальними послугами ми охопили 1 126 сімей/осіб")
    tsv = f("services_provided", "services", 4382, "яким надали 4 382 послуги")
    # table
    rows = [("informing", "Інформування\t402\t1 215", 402, 1215),
            ("counselling", "Консультування\t517\t2 604", 517, 2604),
            ("social_support_sjo", "Соціальний супровід сімей (осіб), які перебувають у СЖО\t73\t388", 73, 388),
            ("social_support_foster", "Соціальне супроводження прийомних сімей та ДБСТ\t11\t96", 11, 96),
            ("crisis_intervention", "Екстрене (кризове) втручання\t23\t27", 23, 27),
            ("representation", "Представництво інтересів\t100\t52", 100, 52)]
    ttot = f("served", "families_persons", 1126, "Усього\t1 126\t4 382", label="Усього (таблиця 1)")
    tsv2 = f("services_provided", "services", 4382, "Усього\t1 126\t4 382", label="Усього (таблиця 1)")
    rid, sid = [], []
    for svc, q, a, b in rows:
        rid.append(f("served", "families_persons", a, q, service=svc, group="table1_recipients", parent=ttot))
        sid.append(f("services_provided", "services", b, q, service=svc, group="table1_services", parent=tsv2))
    sup = f("served", "families", 73, "Під соціальним супроводом протягом року перебувало 73 сім'ї",
            service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 152, "в яких виховується 152 дитини", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup)
    st_ = f("support_started", "families", 41, "Із них 41 сім'ю ми взяли під супровід у 2023 році",
            service="social_support_sjo", parent=sup)
    idp = f("served", "families", 22, "22 сім'ї внутрішньо переміщених осіб (31,4 %)", percent=31.4,
            service="social_support_sjo", category="внутрішньо переміщені особи", parent=sup)
    comp = f("support_completed", "families", 38, "Завершено супровід 38 сімей", service="social_support_sjo",
             parent=sup, group="support_73_completed_or_continued")
    pos = f("outcome_positive", "families", 29, "з позитивним результатом – 29", parent=comp,
            group="completed_38_by_reason", service="social_support_sjo")
    mv = f("outcome_other", "families", 5, "у зв'язку зі зміною місця проживання – 5", parent=comp,
           group="completed_38_by_reason", label="зміна місця проживання", service="social_support_sjo")
    rf = f("outcome_other", "families", 4, "через відмову від послуги – 4", parent=comp,
           group="completed_38_by_reason", label="відмова від послуги", service="social_support_sjo")
    cont = f("support_ongoing", "families", 35, "На 2024 рік продовжено супровід 35 сімей",
             service="social_support_sjo", parent=sup, group="support_73_completed_or_continued")
    fos = f("served", "families", 11, "Ми супроводжуємо 11 прийомних сімей та дитячих будинків сімейного типу",
            service="social_support_foster")
    f("served", "children", 34, "виховується 34 дитини", service="social_support_foster", parent=fos)
    ev = f("events", "events", 46, "Проведено 46 групових заходів")
    pa = f("event_participants", "persons", 912, "участь у яких взяли 912 осіб", parent=ev)
    f("calls", "calls", 137, "На телефон довіри Центру надійшло 137 дзвінків")
    f("aid_value", "uah", 318600, "на загальну суму 318,6 тис. грн",
      label="продуктові набори та зимовий одяг для сімей у СЖО")
    f("complaints", "complaints", 0, "Скарг на якість послуг у 2023 році не надходило")

    n = lambda x: x[1:]
    g.slip("percent_mismatch", "error", "22 сім'ї внутрішньо переміщених осіб (31,4 %)", 31.4, 30.1, [idp, sup],
           "22 of the 73 families under support is 30,1 %, not 31,4 %",
           f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(sup)}, 1)")
    g.check("table_arithmetic", "Усього\t1 126\t4 382", "recipients column: 402+517+73+11+23+100 = 1 126",
            " + ".join(f"f{n(r)}" for r in rid) + f" == f{n(ttot)}")
    g.check("table_arithmetic", "Усього\t1 126\t4 382", "services column: 1 215+2 604+388+96+27+52 = 4 382",
            " + ".join(f"f{n(s)}" for s in sid) + f" == f{n(tsv2)}")
    g.check("internal_conflict", "соціальними послугами ми охопили 1 126 сімей/осіб",
            "prose and table total agree (1 126 and 4 382)", f"f{n(tot)} == f{n(ttot)} and f{n(tsv)} == f{n(tsv2)}")
    g.check("internal_conflict", "Соціальний супровід сімей (осіб), які перебувають у СЖО\t73\t388",
            "table row 3 (73) equals the 73 families under support in section 4; row 4 (11) equals the 11 foster families",
            f"f{n(rid[2])} == f{n(sup)} and f{n(rid[3])} == f{n(fos)}")
    g.check("parts_sum", "Завершено супровід 38 сімей", "29 + 5 + 4 = 38", f"f{n(pos)} + f{n(mv)} + f{n(rf)} == f{n(comp)}")
    g.check("parts_sum", "На 2024 рік продовжено супровід 35 сімей", "38 completed + 35 continued = 73 under support",
            f"f{n(comp)} + f{n(cont)} == f{n(sup)}")
    g.check("parts_sum", "Із них 41 сім'ю ми взяли під супровід у 2023 році", "41 ≤ 73; 22 IDP ≤ 73",
            f"f{n(st_)} <= f{n(sup)} and f{n(idp)} <= f{n(sup)}")
    g.check("parts_sum", "у 61 з них встановлено", "61 ≤ 187", f"f7 <= f{n(na)}")
    g.skip("тел. (03365) 0-24-17, код ЄДРПОУ 43918275", [3365, 2417, 43918275], "phone, ЄДРПОУ")
    g.skip("вул. Соборності, 14, м. Ківерці, Луцький район, Волинська область, 45203", [14, 45203], "address, postcode")
    g.skip("Вих. № 02-14/36 від 19.01.2024", [2, 14, 36, 19, 1, 2024], "outgoing number and date")
    g.skip("рішенням міської ради від 23.12.2020 № 3/41", [23, 12, 2020, 3, 41], "decision date and number")
    g.skip("Ми обслуговуємо 42 населені пункти громади, де проживає близько 37 тисяч осіб", [42, 37000],
           "settlements and population")
    g.skip("Станом на 31.12.2023", [31, 12, 2023], "date")
    g.skip("з яких 9 не підтвердилися", [9], "notifications not confirmed: no §3 id")
    g.skip("(у 2022 році – 471)", [2022, 471], "prior-year figure")
    g.skip("Таблиця 1", [1], "table number; row numbers 1–6 of the table")
    g.skip("260 продуктових наборів і 85 комплектів зимового одягу", [260, 85], "items handed out")
    g.skip("не менше 80 сімей і запровадити послугу підтриманого проживання для 6 молодих людей віком від 18 до 23 років",
           [80, 6, 18, 23], "2024 plan, ages")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers")
    g.note("the table total and the prose total are the same figures written twice: two facts each (served, services_provided)")
    g.note("table rows: each row gives a served (сімей/осіб) and a services_provided fact, parent the «Усього» cell of the same column")
    g.note("«решта продовжувала отримувати послугу з попереднього року» gives no number (73 − 41 = 32 is not written): no fact")
    g.note("completed 38 + continued 35 = 73 is treated as a partition of the families under support (group)")
    g.write()


if __name__ == "__main__":
    build()
    gold()
