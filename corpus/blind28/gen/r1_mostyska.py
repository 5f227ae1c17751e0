"""b28_01: КУ «ЦНСП» Мостиської міської ради (Львівська), annual report 2024, DOCX with a table."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip, docx_table

NAME = "b28_01_mostyska_cnsp_annual2024.docx"

P = [
    ("h", "Комунальна установа «Центр надання соціальних послуг» Мостиської міської ради Львівської області"),
    ("p", "Код ЄДРПОУ 44180237; 81300, Львівська обл., м. Мостиська, вул. Галицька, 14; тел. (03234) 0-41-27; e-mail: cnsp.mostyska@example.ua"),
    ("t", "ЗВІТ про роботу Центру за 2024 рік"),
    ("h2", "1. Загальні відомості"),
    ("p", "Центр утворено рішенням Мостиської міської ради від 17.12.2020 № 112 і обслуговує мешканців 63 населених пунктів громади (населення – близько 44,6 тис. осіб). "
          "Штатним розписом на 2024 рік передбачено 41 посаду, фактично працювали 38 працівників. Протягом року підвищили кваліфікацію 17 наших фахівців."),
    ("h2", "2. Звернення та оцінка потреб"),
    ("p", "У 2024 році до нас звернулися 1 126 осіб, що на 94 більше, ніж роком раніше. З числа тих, хто звернувся, 312 – внутрішньо переміщені особи (27,7 %), 148 – особи з інвалідністю. "
          "Оцінку потреб ми провели для 403 осіб."),
    ("h2", "3. Надання соціальних послуг"),
    ("p", "Таблиця 1. Отримувачі соціальних послуг у 2024 році"),
    ("table", None),
    ("p", "Одна особа могла отримати кілька послуг, тому загальна кількість отримувачів у таблиці перевищує кількість звернень. Загалом протягом року ми надали 14 863 соціальні послуги."),
    ("p", "Послугу догляду вдома отримували 96 осіб, з них 61 – одинокі (63,5 %). Догляд здійснюють соціальні робітники, які відвідують підопічних від двох до п'яти разів на тиждень."),
    ("p", "Натуральну допомогу (продуктові набори, засоби гігієни, теплі речі) отримали 219 осіб, з них 134 – внутрішньо переміщені особи (63,2 %), на загальну суму 187,4 тис. грн."),
    ("h2", "4. Соціальний супровід сімей"),
    ("p", "Під соціальним супроводом перебувала 31 сім'я, в яких виховується 58 дітей. Протягом року ми взяли під супровід 19 сімей. Завершено супровід 14 сімей, з них: "
          "з позитивним результатом – 11 (78,6 %), у зв'язку зі зміною місця проживання – 2, через відмову від послуги – 1. На 01.01.2025 продовжують отримувати послугу 17 сімей."),
    ("h2", "5. Профілактична робота"),
    ("p", "Фахівці провели 26 групових заходів (тренінги, клуби спілкування, батьківські зустрічі), участь у яких взяли 412 осіб."),
    ("p", "Скарг на роботу Центру у звітному році не надійшло."),
    ("h2", "6. Завдання на 2025 рік"),
    ("p", "У 2025 році плануємо відкрити відділення денного догляду для 15 дітей з інвалідністю віком від 3 до 18 років."),
    ("p", "Директор (підпис)"),
    ("p", "20.01.2025 № 27/01-09"),
]
ROWS = [
    ["№", "Соціальна послуга", "Кількість отримувачів, осіб", "Кількість наданих послуг"],
    ["1", "Інформування", "684", "1 913"],
    ["2", "Консультування", "527", "2 346"],
    ["3", "Догляд вдома", "96", "8 412"],
    ["4", "Денний догляд", "23", "1 187"],
    ["5", "Натуральна допомога", "219", "219"],
    ["6", "Соціальний супровід сімей (осіб) у СЖО", "31", "744"],
    ["7", "Представництво інтересів", "18", "42"],
    ["Усього", "", "1 598", "14 863"],
]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for kind, txt in P:
        if kind == "h":
            d.add_heading(txt, 1)
        elif kind == "t":
            d.add_heading(txt, 0)
        elif kind == "h2":
            d.add_heading(txt, 2)
        elif kind == "table":
            docx_table(d, ROWS, merge_first=(len(ROWS) - 1, 2))
        else:
            d.add_paragraph(txt)
    fix_docx_props(d, "ЦНСП Мостиська")
    d.save(report_path(NAME))
    freeze_zip(report_path(NAME))


def gold():
    g = Gold(NAME, {
        "centre": "Комунальна установа «Центр надання соціальних послуг» Мостиської міської ради Львівської області",
        "centre_type": "cnsp", "settlement": "Мостиська", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Центр надання соціальних послуг Мостиської міської ради",
                    "Комунальна установа «Центр надання соціальних послуг» Мостиської міської ради"]})
    f = g.f
    pos = f("staff_positions", "positions", 41, "Штатним розписом на 2024 рік передбачено 41 посаду")
    act = f("staff_actual", "staff", 38, "фактично працювали 38 працівників")
    f("staff_trained", "staff", 17, "Протягом року підвищили кваліфікацію 17 наших фахівців")
    ap = f("applied", "persons", 1126, "У 2024 році до нас звернулися 1 126 осіб")
    idp = f("applied", "persons", 312, "312 – внутрішньо переміщені особи (27,7 %)", percent=27.7,
            category="внутрішньо переміщені особи", parent=ap)
    f("applied", "persons", 148, "148 – особи з інвалідністю", category="особи з інвалідністю", parent=ap)
    f("needs_assessed", "persons", 403, "Оцінку потреб ми провели для 403 осіб")
    # table
    svc = [("informing", "1\tІнформування\t684\t1 913", 684, 1913),
           ("counselling", "2\tКонсультування\t527\t2 346", 527, 2346),
           ("home_care", "3\tДогляд вдома\t96\t8 412", 96, 8412),
           ("day_care", "4\tДенний догляд\t23\t1 187", 23, 1187),
           ("natural_aid", "5\tНатуральна допомога\t219\t219", 219, 219),
           ("social_support_sjo", "6\tСоціальний супровід сімей (осіб) у СЖО\t31\t744", 31, 744),
           ("representation", "7\tПредставництво інтересів\t18\t42", 18, 42)]
    tq = "Усього\t1 598\t14 863"
    tot_r = f("served", "persons", 1598, tq, label="Усього (таблиця 1)")
    tot_s = f("services_provided", "services", 14863, tq, label="Усього (таблиця 1)")
    rr, rs = [], []
    for s, q, a, b in svc:
        rr.append(f("served", "persons", a, q, service=s, group="table1_recipients", parent=tot_r))
        rs.append(f("services_provided", "services", b, q, service=s, group="table1_services", parent=tot_s))
    f("services_provided", "services", 14863, "Загалом протягом року ми надали 14 863 соціальні послуги",
      note="the table total written again in prose: a second fact")
    hc = f("served", "persons", 96, "Послугу догляду вдома отримували 96 осіб", service="home_care")
    hc1 = f("served", "persons", 61, "з них 61 – одинокі (63,5 %)", percent=63.5, service="home_care",
            category="одинокі", parent=hc)
    na = f("served", "persons", 219, "Натуральну допомогу (продуктові набори, засоби гігієни, теплі речі) отримали 219 осіб",
           service="natural_aid")
    na1 = f("served", "persons", 134, "з них 134 – внутрішньо переміщені особи (63,2 %)", percent=63.2,
            service="natural_aid", category="внутрішньо переміщені особи", parent=na)
    av = f("aid_value", "uah", 187400, "на загальну суму 187,4 тис. грн", service="natural_aid")
    sup = f("served", "families", 31, "Під соціальним супроводом перебувала 31 сім'я", service="social_support_sjo",
            alt=["support_ongoing"])
    f("served", "children", 58, "в яких виховується 58 дітей", service="social_support_sjo", alt=["support_ongoing"],
      parent=sup)
    st = f("support_started", "families", 19, "Протягом року ми взяли під супровід 19 сімей", service="social_support_sjo",
           parent=sup)
    cm = f("support_completed", "families", 14, "Завершено супровід 14 сімей", service="social_support_sjo", parent=sup)
    o1 = f("outcome_positive", "families", 11, "з позитивним результатом – 11 (78,6 %)", percent=78.6,
           service="social_support_sjo", group="completed_14_by_outcome", parent=cm)
    o2 = f("outcome_other", "families", 2, "у зв'язку зі зміною місця проживання – 2", label="зміна місця проживання",
           service="social_support_sjo", group="completed_14_by_outcome", parent=cm)
    o3 = f("outcome_other", "families", 1, "через відмову від послуги – 1", label="відмова від послуги",
           service="social_support_sjo", group="completed_14_by_outcome", parent=cm)
    og = f("support_ongoing", "families", 17, "На 01.01.2025 продовжують отримувати послугу 17 сімей",
           service="social_support_sjo", parent=sup)
    ev = f("events", "events", 26, "Фахівці провели 26 групових заходів")
    f("event_participants", "persons", 412, "участь у яких взяли 412 осіб", parent=ev)
    f("complaints", "complaints", 0, "Скарг на роботу Центру у звітному році не надійшло.")

    n = lambda x: x[1:]  # noqa: E731
    g.slip("percent_mismatch", "error", "з них 134 – внутрішньо переміщені особи (63,2 %)", 63.2, 61.2, [na, na1],
           "134 of the 219 natural-aid recipients is 61,2 %, not 63,2 %", f"pct_ok(p{n(na1)}, f{n(na1)}, f{n(na)}, 1)")
    g.check("table_arithmetic", tq, "684 + 527 + 96 + 23 + 219 + 31 + 18 = 1 598",
            " + ".join("f" + n(x) for x in rr) + f" == f{n(tot_r)}")
    g.check("table_arithmetic", tq, "1 913 + 2 346 + 8 412 + 1 187 + 219 + 744 + 42 = 14 863",
            " + ".join("f" + n(x) for x in rs) + f" == f{n(tot_s)}")
    g.check("percent_mismatch", "312 – внутрішньо переміщені особи (27,7 %)", "312 / 1 126 = 27,71 %",
            f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(ap)}, 1)")
    g.check("percent_mismatch", "з них 61 – одинокі (63,5 %)", "61 / 96 = 63,54 %", f"pct_ok(p{n(hc1)}, f{n(hc1)}, f{n(hc)}, 1)")
    g.check("parts_sum", "Завершено супровід 14 сімей, з них", "11 + 2 + 1 = 14",
            f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cm)}")
    g.check("percent_mismatch", "з позитивним результатом – 11 (78,6 %)", "11 / 14 = 78,57 %",
            f"pct_ok(p{n(o1)}, f{n(o1)}, f{n(cm)}, 1)")
    g.check("parts_sum", "На 01.01.2025 продовжують отримувати послугу 17 сімей", "14 completed + 17 continuing = 31 under support",
            f"f{n(cm)} + f{n(og)} == f{n(sup)}")
    g.check("parts_sum", "фактично працювали 38 працівників", "38 ≤ 41 positions", f"f{n(act)} <= f{n(pos)}")
    g.check("internal_conflict", "Послугу догляду вдома отримували 96 осіб", "table row 3 and the prose agree: 96; natural aid 219 in both",
            f"f{n(hc)} == f{n(rr[2])} and f{n(na)} == f{n(rr[4])}")
    g.check("parts_sum", "Протягом року ми взяли під супровід 19 сімей", "19 taken ≤ 31 under support", f"f{n(st)} <= f{n(sup)}")

    g.skip("Код ЄДРПОУ 44180237; 81300, Львівська обл., м. Мостиська, вул. Галицька, 14; тел. (03234) 0-41-27",
           [44180237, 81300, 14, 3234, 4127], "ЄДРПОУ, postcode, address, phone")
    g.skip("ЗВІТ про роботу Центру за 2024 рік", [2024], "year")
    g.skip("рішенням Мостиської міської ради від 17.12.2020 № 112", [17, 12, 2020, 112], "decision date and number")
    g.skip("мешканців 63 населених пунктів громади (населення – близько 44,6 тис. осіб)", [63, 44.6],
           "settlement count and population")
    g.skip("що на 94 більше, ніж роком раніше", [94], "difference to the previous year")
    g.skip("Таблиця 1. Отримувачі соціальних послуг у 2024 році", [1, 2024], "table number, year")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6, 7], "row numbers 1–7")
    g.skip("від двох до п'яти разів на тиждень", [2, 5], "visit frequency")
    g.skip("На 01.01.2025", [1, 1, 2025], "date")
    g.skip("У 2025 році плануємо відкрити відділення денного догляду для 15 дітей з інвалідністю віком від 3 до 18 років.",
           [2025, 15, 3, 18], "2025 plan, ages")
    g.skip("20.01.2025 № 27/01-09", [20, 1, 2025, 27, 1, 9], "outgoing date and number")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("6. Завдання на 2025 рік", [6, 2025], "section number, plan year")
    g.note("table cells are facts quoted by their row; rows hang on the Усього cell of their column; the Усього cell spans № and name")
    g.note("«Під соціальним супроводом перебувала 31 сім'я» → served (alt support_ongoing); the table's 31 (persons) is a separate fact")
    g.note("«продовжують отримувати послугу 17 сімей» on 01.01.2025 → support_ongoing")
    g.note("the applied 1 126 are persons; the table totals exceed it because one person can receive several services (stated in the text), so no finding")
    return g


if __name__ == "__main__":
    build()
    gold().write()
