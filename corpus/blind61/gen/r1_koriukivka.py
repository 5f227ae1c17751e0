"""b61_01: ЦСС Корюківської міської ради (Чернігівська), annual report 2024, DOCX, first person plural."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b61_01_koriukivka_css_annual2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ КОРЮКІВСЬКОЇ МІСЬКОЇ РАДИ",
    "15302, Чернігівська обл., м. Корюківка, вул. Шевченка, 41, тел. (04657) 0-14-62, код ЄДРПОУ 44187305",
    "Вих. № 18/02-09 від 20.01.2025",
]
TITLE = "ЗВІТ про роботу Центру соціальних служб Корюківської міської ради за 2024 рік"
P = [
    ("h", "1. Про нас"),
    ("p", "Наш центр створено рішенням Корюківської міської ради від 17.12.2020 № 3-2/VIII. Ми працюємо для "
          "мешканців 54 населених пунктів громади, де проживає близько 22,6 тис. осіб. Штатним розписом на 2024 рік "
          "затверджено 14 посад, фактично у нас працювали 12 фахівців. Протягом року 9 працівників підвищили "
          "кваліфікацію на курсах обласного центру соціальних служб (тривалість курсу – 30 годин)."),
    ("h", "2. Звернення, повідомлення, оцінка потреб"),
    ("p", "У 2024 році до нас звернулося 418 осіб (у 2023 році – 371 особа). Ми отримали повідомлення про 63 сім'ї, "
          "які можуть перебувати у складних життєвих обставинах, і за кожним із них провели оцінювання потреб – "
          "загалом оцінено потреби 63 сімей. Складні життєві обставини виявили у 41 сім'ї, у решти 22 сімей їх "
          "не підтверджено."),
    ("h", "3. Які послуги ми надали"),
    ("p", "Дані про отримувачів і кількість наданих послуг наведено в таблиці 1."),
    ("p", "Таблиця 1. Соціальні послуги центру у 2024 році"),
    ("t", None),
    ("p", "Отже, за рік ми надали 2 080 соціальних послуг. Найчастіше мешканці зверталися по консультування "
          "(з питань оформлення допомог, статусу ВПО, влаштування дітей)."),
    ("h", "4. Соціальний супровід"),
    ("p", "Соціальний супровід протягом року отримували 38 сімей, у яких виховується 71 дитина. Під супровід ми "
          "взяли 22 сім'ї, ще 16 сімей отримували послугу з 2023 року. Завершили супровід 19 сімей: у 14 із них "
          "складні життєві обставини подолано, у 3 – мінімізовано, 2 сім'ї змінили місце проживання. "
          "На 01.01.2025 під нашим супроводом залишаються 19 сімей."),
    ("p", "Соціальне супроводження отримували 9 прийомних сімей та дитячих будинків сімейного типу (6 прийомних "
          "сімей і 3 ДБСТ), у яких виховується 27 дітей віком від 3 до 17 років. Курс підготовки кандидатів у "
          "прийомні батьки пройшли 2 подружжя."),
    ("h", "5. Профілактика та інформування"),
    ("p", "Ми провели 24 групові заходи (тренінги для батьків, зустрічі для підлітків у школах громади), у яких "
          "взяли участь 286 осіб. На телефон довіри центру надійшло 57 дзвінків. Разом із благодійниками ми "
          "передали сім'ям 140 наборів засобів гігієни та 35 комплектів шкільного приладдя."),
    ("p", "Скарг на нашу роботу протягом року не надходило."),
    ("h", "6. Плани"),
    ("p", "У 2025 році плануємо охопити соціальним супроводом не менше 40 сімей та відкрити 2 пункти "
          "консультування у старостинських округах."),
    ("p", "Директор центру                                              (підпис)"),
]
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачів (сімей/осіб)", "Надано послуг"],
    ["1", "Інформування", "312", "655"],
    ["2", "Консультування", "247", "809"],
    ["3", "Соціальний супровід сімей, які перебувають у СЖО", "38", "412"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "9", "118"],
    ["5", "Посередництво (медіація)", "6", "14"],
    ["", "Усього", "612", "2 080"],
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        d.add_paragraph(line)
    d.add_heading(TITLE, 1)
    for kind, text in P:
        if kind == "h":
            d.add_heading(text, 2)
        elif kind == "p":
            d.add_paragraph(text)
        else:
            t = d.add_table(rows=len(TABLE), cols=4)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    fix_docx_props(d, "ЦСС Корюківка")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Корюківської міської ради",
        "centre_type": "css", "settlement": "Корюківка", "oblast": "Чернігівська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f = g.f
    g.f("staff_positions", "positions", 14, "Штатним розписом на 2024 рік затверджено 14 посад")
    g.f("staff_actual", "staff", 12, "фактично у нас працювали 12 фахівців")
    g.f("staff_trained", "staff", 9, "Протягом року 9 працівників підвищили кваліфікацію")
    g.f("applied", "persons", 418, "У 2024 році до нас звернулося 418 осіб")
    g.f("notified", "families", 63, "Ми отримали повідомлення про 63 сім'ї")
    g.f("needs_assessed", "families", 63, "загалом оцінено потреби 63 сімей")
    g.f("in_difficult_circumstances", "families", 41, "Складні життєві обставини виявили у 41 сім'ї")
    # table 1: f8..f19
    rows = [("informing", "Інформування\t312\t655", 312, 655, "Інформування"),
            ("counselling", "Консультування\t247\t809", 247, 809, "Консультування"),
            ("social_support_sjo", "Соціальний супровід сімей, які перебувають у СЖО\t38\t412", 38, 412,
             "Соціальний супровід сімей, які перебувають у СЖО"),
            ("social_support_foster", "Соціальне супроводження прийомних сімей та ДБСТ\t9\t118", 9, 118,
             "Соціальне супроводження прийомних сімей та ДБСТ"),
            ("mediation", "Посередництво (медіація)\t6\t14", 6, 14, "Посередництво (медіація)")]
    tot_r = g.f("served", "families_persons", 612, "Усього\t612\t2 080", label="Усього (таблиця 1)")
    tot_s = g.f("services_provided", "services", 2080, "Усього\t612\t2 080", label="Усього (таблиця 1)")
    for svc, q, r, s, lab in rows:
        g.f("served", "families_persons", r, q, service=svc, label=lab, parent=tot_r, group="table1_recipients")
        g.f("services_provided", "services", s, q, service=svc, label=lab, parent=tot_s, group="table1_services")
    # f8 tot_r, f9 tot_s, f10/f11 informing, f12/f13 counselling, f14/f15 sjo, f16/f17 foster, f18/f19 mediation
    g.f("services_provided", "services", 2080, "за рік ми надали 2 080 соціальних послуг",
        note="prose repeat of the table total")                                              # f20
    g.f("served", "families", 38, "Соціальний супровід протягом року отримували 38 сімей",
        service="social_support_sjo", alt=["support_ongoing"])                               # f21
    g.f("served", "children", 71, "у яких виховується 71 дитина", service="social_support_sjo",
        alt=["support_ongoing"], parent="f21")                                               # f22
    g.f("support_started", "families", 22, "Під супровід ми взяли 22 сім'ї", service="social_support_sjo",
        parent="f21", group="sjo_38_by_start")                                               # f23
    g.f("served", "families", 16, "ще 16 сімей отримували послугу з 2023 року", service="social_support_sjo",
        alt=["support_ongoing"], label="отримували послугу з 2023 року", parent="f21",
        group="sjo_38_by_start")                                                             # f24
    g.f("support_completed", "families", 19, "Завершили супровід 19 сімей", service="social_support_sjo",
        parent="f21")                                                                        # f25
    g.f("outcome_positive", "families", 14, "у 14 із них складні життєві обставини подолано",
        parent="f25", group="completed_19_by_result")                                        # f26
    g.f("outcome_minimized", "families", 3, "у 3 – мінімізовано", parent="f25",
        group="completed_19_by_result")                                                      # f27
    g.f("outcome_other", "families", 2, "2 сім'ї змінили місце проживання", label="зміна місця проживання",
        parent="f25", group="completed_19_by_result")                                        # f28
    g.f("support_ongoing", "families", 19, "під нашим супроводом залишаються 19 сімей",
        service="social_support_sjo")                                                        # f29
    g.f("served", "families", 9, "Соціальне супроводження отримували 9 прийомних сімей та дитячих будинків "
        "сімейного типу", service="social_support_foster")                                   # f30
    g.f("served", "families", 6, "6 прийомних сімей", service="social_support_foster", label="прийомні сім'ї",
        parent="f30", group="foster_9_by_form")                                              # f31
    g.f("served", "families", 3, "3 ДБСТ", service="social_support_foster", label="ДБСТ", parent="f30",
        group="foster_9_by_form")                                                            # f32
    g.f("served", "children", 27, "у яких виховується 27 дітей", service="social_support_foster",
        parent="f30")                                                                        # f33
    g.f("events", "events", 24, "Ми провели 24 групові заходи")                              # f34
    g.f("event_participants", "persons", 286, "взяли участь 286 осіб", parent="f34")          # f35
    g.f("calls", "calls", 57, "На телефон довіри центру надійшло 57 дзвінків")                 # f36
    g.f("complaints", "complaints", 0, "Скарг на нашу роботу протягом року не надходило.")     # f37

    g.slip("table_arithmetic", "error", "Усього\t612\t2 080", 2080, 2008, ["f9", "f11", "f13", "f15", "f17", "f19"],
           "«Надано послуг» column of table 1: 655 + 809 + 412 + 118 + 14 = 2 008, the Усього row says 2 080 "
           "(digits transposed). The prose repeats 2 080.",
           "f11 + f13 + f15 + f17 + f19 == f9")
    g.check("table_arithmetic", "Усього\t612\t2 080", "recipients column: 312 + 247 + 38 + 9 + 6 = 612",
            "f10 + f12 + f14 + f16 + f18 == f8")
    g.check("internal_conflict", "Соціальний супровід сімей, які перебувають у СЖО\t38\t412",
            "table rows and prose agree: 38 families in support, 9 foster families",
            "f14 == f21 and f16 == f30")
    g.check("parts_sum", "Під супровід ми взяли 22 сім'ї, ще 16 сімей отримували послугу з 2023 року",
            "22 new + 16 carried over = 38", "f23 + f24 == f21")
    g.check("parts_sum", "Завершили супровід 19 сімей", "14 + 3 + 2 = 19", "f26 + f27 + f28 == f25")
    g.check("parts_sum", "під нашим супроводом залишаються 19 сімей", "38 − 19 completed = 19 remaining",
            "f21 - f25 == f29")
    g.check("parts_sum", "(6 прийомних сімей і 3 ДБСТ)", "6 + 3 = 9", "f31 + f32 == f30")
    g.check("parts_sum", "Складні життєві обставини виявили у 41 сім'ї, у решти 22 сімей",
            "41 confirmed + 22 not confirmed = 63 notified = 63 assessed", "f7 + 22 == f5 and f5 == f6")
    g.check("parts_sum", "фактично у нас працювали 12 фахівців", "12 ≤ 14 positions; 9 trained ≤ 12",
            "f2 <= f1 and f3 <= f2")
    S = g.skip
    S("15302, Чернігівська обл., м. Корюківка, вул. Шевченка, 41, тел. (04657) 0-14-62, код ЄДРПОУ 44187305",
      [15302, 41, 4657, 1462, 44187305], "postcode, address, phone, ЄДРПОУ")
    S("Вих. № 18/02-09 від 20.01.2025", [18, 2, 9, 20, 1, 2025], "outgoing number and date")
    S("за 2024 рік", [2024], "year of the title")
    S("рішенням Корюківської міської ради від 17.12.2020 № 3-2/VIII", [17, 12, 2020, 3, 2], "decision date and number")
    S("мешканців 54 населених пунктів громади, де проживає близько 22,6 тис. осіб", [54, 22.6],
      "settlement count and population")
    S("(тривалість курсу – 30 годин)", [30], "duration")
    S("(у 2023 році – 371 особа)", [2023, 371], "prior-year figure")
    S("у решти 22 сімей їх не підтверджено", [22], "notifications not confirmed (no §3 id); used as a literal in a check")
    S("Таблиця 1. Соціальні послуги центру у 2024 році", [1, 2024], "table number, year")
    S("№ з/п", [1, 2, 3, 4, 5], "row numbers of table 1")
    S("ще 16 сімей отримували послугу з 2023 року", [2023], "the year the carried-over support began (the 16 is a fact)")
    S("На 01.01.2025", [1, 1, 2025], "date")
    S("віком від 3 до 17 років", [3, 17], "ages")
    S("Курс підготовки кандидатів у прийомні батьки пройшли 2 подружжя.", [2], "candidate couples trained (no §3 id)")
    S("передали сім'ям 140 наборів засобів гігієни та 35 комплектів шкільного приладдя", [140, 35], "items handed out")
    S("У 2025 році плануємо охопити соціальним супроводом не менше 40 сімей та відкрити 2 пункти",
      [2025, 40, 2], "plan")
    S("1. Про нас", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.note("table 1: every cell is a fact quoted by its row; rows hang on the Усього cell of the same column; "
           "the recipients column is headed «сімей/осіб» → families_persons")
    g.note("2 080 is written twice (table total and prose): two facts. The column sums to 2 008 (the slip)")
    g.note("«ще 16 сімей отримували послугу з 2023 року» → served with a label (alt support_ongoing), as blind18")
    g.note("«отримали повідомлення про 63 сім'ї» → notified; «оцінено потреби 63 сімей» → needs_assessed")
    g.write()


if __name__ == "__main__":
    build()
    gold()
