"""b27_01: ЦСС Новобузької міської ради (Миколаївська), annual report 2025, DOCX with a service table."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b27_01_novyi_buh_css_annual2025.docx"

PARAS = [
    ("h", "Звіт про роботу Центру соціальних служб Новобузької міської ради за 2025 рік"),
    ("p", "Центр соціальних служб Новобузької міської ради (код ЄДРПОУ 40581273; 55600, Миколаївська обл., "
          "м. Новий Буг, вул. Шевченка, 14; тел. (05151) 0-24-36, e-mail: css.novyibuh@example.ua) надає "
          "соціальні послуги мешканцям громади, у якій проживає близько 28 тис. осіб у 41 населеному пункті. "
          "Центр діє відповідно до Положення, затвердженого рішенням міської ради від 22.02.2024 № 17."),
    ("h2", "1. Загальні показники"),
    ("p", "Протягом 2025 року до Центру звернулися 1 164 особи (у 2024 році – 1 027). Оцінку потреб здійснено "
          "214 сім'ям/особам, з них 61 – сім'ї внутрішньо переміщених осіб. Загалом соціальними послугами "
          "охоплено 1 032 сім'ї/особи, яким надано 6 418 соціальних послуг (таблиця 1)."),
    ("p", "Таблиця 1. Соціальні послуги, надані у 2025 році"),
    ("table", None),
    ("h2", "2. Соціальний супровід"),
    ("p", "Під соціальним супроводом протягом року перебувало 47 сімей, у яких виховується 96 дітей. Із них "
          "29 сімей взято під супровід у 2025 році, решта 18 – продовжували отримувати послугу з 2024 року. "
          "Серед сімей під супроводом – сім'ї, де виховуються діти з інвалідністю, – 8 (19,1 %)."),
    ("p", "Завершено надання послуги 31 сім'ї: з позитивним результатом – 22 (71,0 %), у зв'язку зі зміною "
          "місця проживання – 5, через відмову сім'ї від співпраці – 4. На кінець року під супроводом "
          "залишається 16 сімей."),
    ("p", "Соціальне супроводження здійснювалося щодо 6 прийомних сімей та 3 дитячих будинків сімейного "
          "типу, у яких виховується 27 дітей."),
    ("h2", "3. Робота з громадою"),
    ("p", "Проведено 38 групових заходів (тренінги, батьківські збори, профілактичні бесіди), якими охоплено "
          "742 особи. На «гарячу лінію» Центру надійшло 119 дзвінків."),
    ("h2", "4. Кадрове забезпечення"),
    ("p", "Штатним розписом передбачено 12,5 посади, фактично працюють 11 фахівців. Протягом року "
          "9 працівників підвищили кваліфікацію, зокрема 4 – на курсах в обласному центрі підвищення "
          "кваліфікації (тривалістю 72 години). Скарг на роботу Центру у 2025 році не надходило."),
    ("h2", "5. Завдання на 2026 рік"),
    ("p", "Охопити послугою соціального супроводу не менше 55 сімей, провести 40 групових заходів, "
          "запровадити послугу денного догляду для дітей з інвалідністю віком від 3 до 18 років."),
    ("p", "Директор Центру (підпис)"),
    ("p", "Вих. № 03-14/27 від 19.01.2026"),
]

ROWS = [
    ("№", "Послуга", "Отримувачі (сімей/осіб)", "Кількість наданих послуг"),
    ("1", "Інформування", "512", "2 140"),
    ("2", "Консультування", "388", "3 297"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "47", "566"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "9", "214"),
    ("5", "Представництво інтересів", "31", "87"),
    ("6", "Посередництво (медіація)", "12", "38"),
    ("7", "Натуральна допомога", "33", "76"),
    ("Разом", "", "1 032", "6 418"),
]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for kind, text in PARAS:
        if kind == "h":
            d.add_heading(text, 1)
        elif kind == "h2":
            d.add_heading(text, 2)
        elif kind == "table":
            t = d.add_table(rows=len(ROWS), cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(ROWS):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            last = len(ROWS) - 1
            m = t.cell(last, 0).merge(t.cell(last, 1))
            m.text = "Разом"
        else:
            d.add_paragraph(text)
    fix_docx_props(d, "ЦСС")
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(NAME, {
        "centre": "Центр соціальних служб Новобузької міської ради", "centre_type": "css",
        "settlement": "Новий Буг", "oblast": "Миколаївська", "report_kind": "annual_report",
        "period_start": "2025-01-01", "period_end": "2025-12-31"})
    f = g.f
    a = f("applied", "persons", 1164, "Протягом 2025 року до Центру звернулися 1 164 особи")
    n = f("needs_assessed", "families_persons", 214, "Оцінку потреб здійснено 214 сім'ям/особам")
    f("needs_assessed", "families_persons", 61, "з них 61 – сім'ї внутрішньо переміщених осіб",
      category="внутрішньо переміщені особи", parent=n, unit_alt="families")
    s = f("served", "families_persons", 1032, "охоплено 1 032 сім'ї/особи")
    sp = f("services_provided", "services", 6418, "яким надано 6 418 соціальних послуг")
    rows = [
        ("1\tІнформування\t512\t2 140", "informing", 512, 2140),
        ("2\tКонсультування\t388\t3 297", "counselling", 388, 3297),
        ("3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t47\t566", "social_support_sjo", 47, 566),
        ("4\tСоціальне супроводження прийомних сімей та ДБСТ\t9\t214", "social_support_foster", 9, 214),
        ("5\tПредставництво інтересів\t31\t87", "representation", 31, 87),
        ("6\tПосередництво (медіація)\t12\t38", "mediation", 12, 38),
        ("7\tНатуральна допомога\t33\t76", "natural_aid", 33, 76),
    ]
    tot_q = "Разом\t1 032\t6 418"
    ts = f("served", "families_persons", 1032, tot_q, label="Разом (таблиця 1)")
    tp = f("services_provided", "services", 6418, tot_q, label="Разом (таблиця 1)")
    rs, rp = [], []
    for q, svc, k, v in rows:
        rs.append(f("served", "families_persons", k, q, service=svc, group="table1_recipients", parent=ts))
        rp.append(f("services_provided", "services", v, q, service=svc, group="table1_services", parent=tp))
    sup = f("served", "families", 47, "Під соціальним супроводом протягом року перебувало 47 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 96, "у яких виховується 96 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 29, "29 сімей взято під супровід у 2025 році",
           service="social_support_sjo", parent=sup, group="support_47_by_start")
    cont = f("served", "families", 18, "решта 18 – продовжували отримувати послугу з 2024 року",
             service="social_support_sjo", alt=["support_ongoing"], label="продовжували з 2024 року",
             parent=sup, group="support_47_by_start")
    dis = f("served", "families", 8, "сім'ї, де виховуються діти з інвалідністю, – 8 (19,1 %)",
            service="social_support_sjo", percent=19.1, category="сім'ї, де виховуються діти з інвалідністю",
            parent=sup)
    comp = f("support_completed", "families", 31, "Завершено надання послуги 31 сім'ї",
             service="social_support_sjo", parent=sup)
    pos = f("outcome_positive", "families", 22, "з позитивним результатом – 22 (71,0 %)", percent=71.0,
            service="social_support_sjo", parent=comp, group="completed_31_by_outcome")
    o1 = f("outcome_other", "families", 5, "у зв'язку зі зміною місця проживання – 5",
           label="зміна місця проживання", service="social_support_sjo", parent=comp,
           group="completed_31_by_outcome")
    o2 = f("outcome_other", "families", 4, "через відмову сім'ї від співпраці – 4",
           label="відмова сім'ї від співпраці", service="social_support_sjo", parent=comp,
           group="completed_31_by_outcome")
    ong = f("support_ongoing", "families", 16, "На кінець року під супроводом залишається 16 сімей",
            service="social_support_sjo", alt=["served"])
    fo1 = f("served", "families", 6, "Соціальне супроводження здійснювалося щодо 6 прийомних сімей",
            service="social_support_foster", category="прийомні сім'ї", parent=rs[3], group="foster_9")
    fo2 = f("served", "families", 3, "3 дитячих будинків сімейного типу", service="social_support_foster",
            category="дитячі будинки сімейного типу", parent=rs[3], group="foster_9")
    f("served", "children", 27, "у яких виховується 27 дітей", service="social_support_foster", parent=rs[3])
    ev = f("events", "events", 38, "Проведено 38 групових заходів")
    f("event_participants", "persons", 742, "якими охоплено 742 особи", parent=ev)
    f("calls", "calls", 119, "надійшло 119 дзвінків")
    pos_ = f("staff_positions", "positions", 12.5, "Штатним розписом передбачено 12,5 посади")
    act = f("staff_actual", "staff", 11, "фактично працюють 11 фахівців")
    tr = f("staff_trained", "staff", 9, "9 працівників підвищили кваліфікацію")
    f("staff_trained", "staff", 4, "зокрема 4 – на курсах в обласному центрі підвищення", parent=tr)
    f("complaints", "complaints", 0, "Скарг на роботу Центру у 2025 році не надходило.")

    ids = lambda xs: " + ".join(xs)
    g.check("table_arithmetic", tot_q, "recipients 512+388+47+9+31+12+33 = 1 032",
            f"{ids(rs)} == {ts}")
    g.check("table_arithmetic", tot_q, "services 2 140+3 297+566+214+87+38+76 = 6 418",
            f"{ids(rp)} == {tp}")
    g.check("internal_conflict", "охоплено 1 032 сім'ї/особи, яким надано 6 418 соціальних послуг",
            "prose totals equal the table totals", f"{s} == {ts} and {sp} == {tp}")
    g.check("internal_conflict", "Під соціальним супроводом протягом року перебувало 47 сімей",
            "47 families in prose = table row 3", f"{sup} == {rs[2]}")
    g.check("parts_sum", "решта 18 – продовжували отримувати послугу з 2024 року", "29 + 18 = 47",
            f"{st} + {cont} == {sup}")
    g.check("parts_sum", "Завершено надання послуги 31 сім'ї", "22 + 5 + 4 = 31", f"{pos} + {o1} + {o2} == {comp}")
    g.check("percent_mismatch", "з позитивним результатом – 22 (71,0 %)", "22/31 = 70,97 % → 71,0",
            f"pct_ok(p{pos[1:]}, {pos}, {comp}, 1)")
    g.check("parts_sum", "На кінець року під супроводом залишається 16 сімей", "47 − 31 = 16",
            f"{sup} - {comp} == {ong}")
    g.check("parts_sum", "Соціальне супроводження здійснювалося щодо 6 прийомних сімей", "6 + 3 = 9 (table row 4)",
            f"{fo1} + {fo2} == {rs[3]}")
    g.check("parts_sum", "Оцінку потреб здійснено 214 сім'ям/особам, з них 61", "61 ≤ 214; 1 032 served ≤ 1 164 applied",
            f"f3 <= {n} and {s} <= {a}")
    g.check("parts_sum", "фактично працюють 11 фахівців", "11 ≤ 12,5; 4 ≤ 9 ≤ 11",
            f"{act} <= {pos_} and f41 <= {tr} <= {act}")
    g.slip("percent_mismatch", "error", "сім'ї, де виховуються діти з інвалідністю, – 8 (19,1 %)", 19.1, 17.0,
           [dis, sup], "8 of the 47 families under support is 17,0 %, not 19,1 %",
           f"pct_ok(p{dis[1:]}, {dis}, {sup}, 1)")
    g.skip("код ЄДРПОУ 40581273; 55600, Миколаївська обл., м. Новий Буг, вул. Шевченка, 14; тел. (05151) 0-24-36",
           [40581273, 55600, 14, 5151, 2436], "ЄДРПОУ, postcode, address, phone")
    g.skip("у якій проживає близько 28 тис. осіб у 41 населеному пункті", [28, 41], "population and settlements")
    g.skip("рішенням міської ради від 22.02.2024 № 17", [22, 2, 2024, 17], "decision date and number")
    g.skip("(у 2024 році – 1 027)", [2024, 1027], "prior-year figure")
    g.skip("Таблиця 1. Соціальні послуги, надані у 2025 році", [1, 2025], "table number, year")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6, 7], "row numbers 1–7")
    g.skip("(тривалістю 72 години)", [72], "duration")
    g.skip("Охопити послугою соціального супроводу не менше 55 сімей, провести 40 групових заходів",
           [55, 40], "2026 plan")
    g.skip("віком від 3 до 18 років", [3, 18], "ages (plan)")
    g.skip("5. Завдання на 2026 рік", [1, 2, 3, 4, 5, 2026], "section numbers, year")
    g.skip("Вих. № 03-14/27 від 19.01.2026", [3, 14, 27, 19, 1, 2026], "outgoing number and date")
    g.skip("Звіт про роботу Центру соціальних служб Новобузької міської ради за 2025 рік", [2025], "year in the title")
    g.skip("(таблиця 1)", [1], "table number")
    g.skip("2. Соціальний супровід", [2], "section number")
    g.skip("3. Робота з громадою", [3], "section number")
    g.skip("4. Кадрове забезпечення", [4], "section number")
    g.note("the 47 families under support are written twice (table row 3 and prose): two facts")
    g.note("«решта 18 – продовжували отримувати послугу з 2024 року» → served with label, alt support_ongoing")
    g.note("the foster families 6 + 3 and their 27 children hang on table row 4 (9)")
    g.note("«12,5 посади» is a fractional staff_positions fact")
    g.write()


if __name__ == "__main__":
    build()
    gold()
