"""b45_01: ЦСС Віньковецької селищної ради (Хмельницька), annual report 2024. DOCX, first person plural, one table."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b45_01_vinkivtsi_css_annual2024.docx"

ROWS = [  # № , service, id, served, idp, services
    ("1", "Інформування", "informing", "412", "97", "598"),
    ("2", "Консультування", "counselling", "356", "88", "1 147"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "social_support_sjo", "61", "14", "742"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "social_support_foster", "7", "–", "168"),
    ("5", "Представництво інтересів", "representation", "23", "6", "41"),
    ("6", "Посередництво (медіація)", "mediation", "9", "2", "17"),
    ("7", "Екстрене (кризове) втручання", "crisis_intervention", "11", "4", "19"),
]
TOTAL = ("Разом", "879", "211", "2 732")

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ВІНЬКОВЕЦЬКОЇ СЕЛИЩНОЇ РАДИ",
    "32500, Хмельницька обл., селище Віньківці, вул. Подільська, 14, тел. (03846) 0-24-71, код ЄДРПОУ 43917265",
    "Вих. № 01-12/37 від 16.01.2025",
    "ЗВІТ про діяльність Центру соціальних служб Віньковецької селищної ради за 2024 рік",
]
P1 = [
    "Наш Центр працює відповідно до Положення, затвердженого рішенням селищної ради від 23.12.2020 № 17-4/2020, "
    "і обслуговує всю територіальну громаду: 46 населених пунктів, де проживає близько 17,9 тис. мешканців.",
    "1. Виявлення сімей у складних життєвих обставинах",
    "Упродовж 2024 року до нас надійшли повідомлення про 96 сімей, які можуть перебувати у складних життєвих "
    "обставинах (у 2023 році таких повідомлень було 81). Ми провели оцінку потреб 88 сімей. За її результатами "
    "54 сім'ї визнано такими, що перебувають у СЖО, щодо решти 34 сімей складних обставин не виявлено.",
    "2. Надання соціальних послуг",
    "Перелік і обсяги послуг, наданих фахівцями Центру, наведено в таблиці 2.",
    "Таблиця 2. Соціальні послуги, надані у 2024 році",
]
P2 = [
    "3. Соціальний супровід",
    "Під соціальним супроводом у звітному році перебувала 61 сім'я (у них 109 дітей). З них 38 сімей ми взяли "
    "під супровід у 2024 році, а 23 сім'ї супроводжували ще з 2023 року.",
    "Завершили супровід 35 сімей: у 24 сім'ях (66,7 %) складні життєві обставини подолано, у 8 сім'ях – "
    "мінімізовано, 3 сім'ї змінили місце проживання. Станом на 31.12.2024 супровід триває у 26 сімей.",
    "Наші фахівці супроводжують 5 прийомних сімей і 2 дитячі будинки сімейного типу, у яких виховуються "
    "26 дітей віком від 3 до 17 років.",
    "4. Профілактична робота",
    "Ми провели 14 групових заходів (тренінги, батьківські клуби, години спілкування), у яких взяла участь "
    "231 особа. Здійснено 143 виїзди до віддалених сіл громади; сім'ям передано 120 продуктових наборів від "
    "благодійного фонду.",
    "5. Кадрове забезпечення",
    "Штатним розписом передбачено 9 посад, фактично працює 8 фахівців, одна посада фахівця із соціальної "
    "роботи вакантна. Навчання в обласному центрі соціальних служб пройшли 6 працівників "
    "(тривалість курсу – 30 годин).",
    "Скарг на роботу Центру протягом року не надходило.",
    "У 2025 році плануємо взяти під соціальний супровід не менше 40 сімей і відкрити 1 групу "
    "батьківської підтримки.",
    "Додаток: таблиця 2 на 1 арк.",
    "Директор Центру                    (підпис)",
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for s in HEAD:
        d.add_paragraph(s)
    for s in P1:
        d.add_paragraph(s)
    t = d.add_table(rows=len(ROWS) + 2, cols=5)
    t.style = "Table Grid"
    hdr = ["№ з/п", "Назва послуги", "Отримувачів (сімей/осіб)", "з них ВПО", "Надано послуг"]
    for j, c in enumerate(hdr):
        t.cell(0, j).text = c
    for i, r in enumerate(ROWS, start=1):
        for j, c in enumerate((r[0], r[1], r[3], r[4], r[5])):
            t.cell(i, j).text = c
    last = len(ROWS) + 1
    m = t.cell(last, 0).merge(t.cell(last, 1))
    m.text = TOTAL[0]
    for j, c in enumerate(TOTAL[1:], start=2):
        t.cell(last, j).text = c
    for s in P2:
        d.add_paragraph(s)
    fix_docx_props(d, author="ЦСС")
    d.save(path)
    freeze_zip(path)


def num(s):
    return int(s.replace(" ", ""))


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Віньковецької селищної ради",
        "centre_type": "css", "settlement": "Віньківці", "oblast": "Хмельницька",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f_not = g.f("notified", "families", 96, "до нас надійшли повідомлення про 96 сімей")
    f_na = g.f("needs_assessed", "families", 88, "Ми провели оцінку потреб 88 сімей")
    f_sjo = g.f("in_difficult_circumstances", "families", 54, "54 сім'ї визнано такими, що перебувають у СЖО",
                parent=f_na)
    # table
    tq = "Разом\t" + "\t".join(TOTAL[1:])
    t_served = g.f("served", "families_persons", num(TOTAL[1]), tq, label="Разом")
    t_idp = g.f("served", "families_persons", num(TOTAL[2]), tq, label="Разом, з них ВПО",
                category="внутрішньо переміщені особи", parent=t_served)
    t_srv = g.f("services_provided", "services", num(TOTAL[3]), tq, label="Разом")
    served_ids, idp_ids, srv_ids = [], [], []
    foster_row = None
    for r in ROWS:
        q = "\t".join((r[0], r[1], r[3], r[4], r[5]))
        a = g.f("served", "families_persons", num(r[3]), q, service=r[2], label=r[1],
                group="served_879_by_service", parent=t_served)
        served_ids.append(a)
        if r[2] == "social_support_foster":
            foster_row = a
        if r[4] != "–":
            b = g.f("served", "families_persons", num(r[4]), q, service=r[2], label=r[1] + ", з них ВПО",
                    category="внутрішньо переміщені особи", group="served_idp_211_by_service", parent=t_idp)
            idp_ids.append(b)
        c = g.f("services_provided", "services", num(r[5]), q, service=r[2], label=r[1],
                group="services_2732_by_service", parent=t_srv)
        srv_ids.append(c)
    sjo_row = served_ids[2]
    # social support prose
    s61 = g.f("served", "families", 61, "Під соціальним супроводом у звітному році перебувала 61 сім'я",
              service="social_support_sjo", alt=["support_ongoing"])
    s109 = g.f("served", "children", 109, "(у них 109 дітей)", service="social_support_sjo",
               alt=["support_ongoing"], parent=s61)
    s38 = g.f("support_started", "families", 38, "З них 38 сімей ми взяли під супровід у 2024 році",
              service="social_support_sjo", group="support_61_by_start", parent=s61)
    s23 = g.f("served", "families", 23, "а 23 сім'ї супроводжували ще з 2023 року", service="social_support_sjo",
              label="супроводжувалися з 2023 року", alt=["support_ongoing"], group="support_61_by_start",
              parent=s61)
    s35 = g.f("support_completed", "families", 35, "Завершили супровід 35 сімей", service="social_support_sjo",
              parent=s61)
    s24 = g.f("outcome_positive", "families", 24, "у 24 сім'ях (66,7 %) складні життєві обставини подолано",
              percent=66.7, group="completed_35_by_outcome", parent=s35)
    s8 = g.f("outcome_minimized", "families", 8, "у 8 сім'ях – мінімізовано", group="completed_35_by_outcome",
             parent=s35)
    s3 = g.f("outcome_other", "families", 3, "3 сім'ї змінили місце проживання", label="зміна місця проживання",
             group="completed_35_by_outcome", parent=s35)
    s26 = g.f("support_ongoing", "families", 26, "Станом на 31.12.2024 супровід триває у 26 сімей",
              service="social_support_sjo", parent=s61)
    fo5 = g.f("served", "families", 5, "Наші фахівці супроводжують 5 прийомних сімей", service="social_support_foster",
              label="прийомні сім'ї", group="foster_7_by_form", parent=foster_row)
    fo2 = g.f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
              label="дитячі будинки сімейного типу", group="foster_7_by_form", parent=foster_row)
    fo26 = g.f("served", "children", 26, "у яких виховуються 26 дітей", service="social_support_foster",
               parent=foster_row)
    ev = g.f("events", "events", 14, "Ми провели 14 групових заходів")
    evp = g.f("event_participants", "persons", 231, "у яких взяла участь 231 особа", parent=ev)
    sp = g.f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    sa = g.f("staff_actual", "staff", 8, "фактично працює 8 фахівців")
    tr = g.f("staff_trained", "staff", 6, "пройшли 6 працівників",
             label="навчання в обласному центрі соціальних служб")
    cp = g.f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило.")

    n = lambda i: i[1:]
    g.slip("percent_mismatch", "error", "у 24 сім'ях (66,7 %) складні життєві обставини подолано",
           66.7, 68.6, [s24, s35],
           "24 of the 35 families whose support was completed is 68,6 %, not 66,7 % (66,7 % would be 24 of 36)",
           f"pct_ok(p{n(s24)}, f{n(s24)}, f{n(s35)}, 1)")
    g.check("table_arithmetic", tq, "Отримувачів: 412 + 356 + 61 + 7 + 23 + 9 + 11 = 879",
            " + ".join("f" + n(i) for i in served_ids) + f" == f{n(t_served)}")
    g.check("table_arithmetic", tq, "з них ВПО: 97 + 88 + 14 + 6 + 2 + 4 = 211 (the foster row has «–»)",
            " + ".join("f" + n(i) for i in idp_ids) + f" == f{n(t_idp)}")
    g.check("table_arithmetic", tq, "Надано послуг: 598 + 1 147 + 742 + 168 + 41 + 17 + 19 = 2 732",
            " + ".join("f" + n(i) for i in srv_ids) + f" == f{n(t_srv)}")
    g.check("parts_sum", "З них 38 сімей ми взяли під супровід у 2024 році", "38 new + 23 continued = 61",
            f"f{n(s38)} + f{n(s23)} == f{n(s61)}")
    g.check("parts_sum", "Завершили супровід 35 сімей", "24 + 8 + 3 = 35 completed",
            f"f{n(s24)} + f{n(s8)} + f{n(s3)} == f{n(s35)}")
    g.check("parts_sum", "Станом на 31.12.2024 супровід триває у 26 сімей", "35 completed + 26 continuing = 61",
            f"f{n(s35)} + f{n(s26)} == f{n(s61)}")
    g.check("internal_conflict", "Під соціальним супроводом у звітному році перебувала 61 сім'я",
            "prose 61 = table row 3 (61)", f"f{n(s61)} == f{n(sjo_row)}")
    g.check("parts_sum", "Наші фахівці супроводжують 5 прийомних сімей", "5 прийомних сімей + 2 ДБСТ = 7 (table row 4)",
            f"f{n(fo5)} + f{n(fo2)} == f{n(foster_row)}")
    g.check("parts_sum", "54 сім'ї визнано такими, що перебувають у СЖО",
            "54 in СЖО + 34 without (no §3 id, literal) = 88 assessed ≤ 96 notified",
            f"f{n(f_sjo)} + 34 == f{n(f_na)} and f{n(f_na)} <= f{n(f_not)}")
    g.check("parts_sum", "фактично працює 8 фахівців", "8 working + 1 vacancy (literal) = 9 positions; 6 trained ≤ 8",
            f"f{n(sa)} + 1 == f{n(sp)} and f{n(tr)} <= f{n(sa)}")

    g.skip("32500, Хмельницька обл., селище Віньківці, вул. Подільська, 14, тел. (03846) 0-24-71, код ЄДРПОУ 43917265",
           [32500, 14, 3846, 2471, 43917265], "postcode, address, phone, ЄДРПОУ")
    g.skip("Вих. № 01-12/37 від 16.01.2025", [1, 12, 37, 16, 1, 2025], "outgoing number and date")
    g.skip("рішенням селищної ради від 23.12.2020 № 17-4/2020", [23, 12, 2020, 17, 4, 2020], "decision date and number")
    g.skip("46 населених пунктів, де проживає близько 17,9 тис. мешканців", [46, 17900], "settlements and population")
    g.skip("(у 2023 році таких повідомлень було 81)", [2023, 81], "prior-year figure")
    g.skip("щодо решти 34 сімей складних обставин не виявлено", [34], "СЖО not found: no §3 id (used as a literal in a check)")
    g.skip("Таблиця 2. Соціальні послуги, надані у 2024 році", [2, 2024], "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6, 7], "row numbers of table 2")
    g.skip("1. Виявлення сімей у складних життєвих обставинах", [1, 2, 3, 4, 5], "section numbers 1.–5.")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("26 дітей віком від 3 до 17 років", [3, 17], "ages")
    g.skip("Здійснено 143 виїзди до віддалених сіл громади", [143], "home visits: no §3 id")
    g.skip("сім'ям передано 120 продуктових наборів", [120], "items (food sets)")
    g.skip("одна посада фахівця із соціальної роботи вакантна", [1], "vacancy (used as a literal in a check)")
    g.skip("(тривалість курсу – 30 годин)", [30], "duration")
    g.skip("У 2025 році плануємо взяти під соціальний супровід не менше 40 сімей і відкрити 1 групу", [2025, 40, 1], "plan")
    g.skip("Додаток: таблиця 2 на 1 арк.", [2, 1], "attachment reference")
    g.note("table 2: every cell is a fact quoted by its row; row cells hang on the Разом cell of the same column. "
           "Unit families_persons from the header «Отримувачів (сімей/осіб)». The «з них ВПО» column is served with "
           "category ВПО; the foster row has «–» (no fact). The Разом row spans № and name (merged cell).")
    g.note("61 families in social support is written twice (table row 3 and prose): two facts. «перебувала під "
           "супроводом» → served (alt support_ongoing); «супроводжували ще з 2023 року» → served with a label "
           "(alt support_ongoing); «супровід триває у 26 сімей» at year end → support_ongoing.")
    g.note("the 5 прийомних сімей and 2 ДБСТ are parts of the foster row (7) of table 2; the 26 children hang on that row.")
    g.note("«визнано такими, що перебувають у СЖО» → in_difficult_circumstances, as a part of the 88 assessed.")
    g.note("planted slip: «у 24 сім'ях (66,7 %)» of the 35 completed is 68,6 %.")
    g.write()


if __name__ == "__main__":
    p = report_path(NAME)
    build(p)
    gold()
