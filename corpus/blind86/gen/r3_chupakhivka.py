"""b86_03: КУ «Центр надання соціальних послуг» Чупахівської селищної ради (Сумська), report for H1 2025.
DOCX (python-docx) with a table by service, first person plural. Planted slip: table_arithmetic
(the «Надано послуг» column sums to 7 776, Разом says 7 767)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b86_03_chupakhivka_cnsp_h1_2025.docx"

ROWS = [
    ("1", "Інформування", "212", "47", "260"),
    ("2", "Консультування", "168", "39", "311"),
    ("3", "Догляд вдома", "64", "6", "5 920"),
    ("4", "Денний догляд", "18", "2", "1 044"),
    ("5", "Натуральна допомога", "131", "58", "131"),
    ("6", "Соціальна адаптація", "22", "5", "96"),
    ("7", "Представництво інтересів", "9", "3", "14"),
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    def p(text, bold=False, center=False):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    p("КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ЧУПАХІВСЬКОЇ СЕЛИЩНОЇ РАДИ", bold=True, center=True)
    p("42851, Сумська обл., Охтирський р-н, смт Чупахівка, вул. Незалежності, 5-А; тел. (05446) 0-41-83; код ЄДРПОУ 43517290", center=True)
    p("ЗВІТ про роботу Центру за I півріччя 2025 року", bold=True, center=True)
    p("Наш Центр працює з 2021 року відповідно до Положення, затвердженого рішенням Чупахівської селищної ради "
      "від 16.11.2021 № 9-VIII/12, і надає послуги жителям 22 населених пунктів громади.")
    p("1. Звернення та охоплення")
    p("З січня по червень до нас звернулися 702 особи. Оцінку потреб ми провели 57 особам. "
      "Соціальними послугами охоплено 624 особи (у I півріччі 2024 року – 581), з них 160 – внутрішньо переміщені особи. "
      "Розподіл отримувачів за видами послуг наведено в таблиці 1.")
    p("Таблиця 1. Отримувачі та кількість наданих послуг за I півріччя 2025 року", bold=True)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ("№ з/п", "Соціальна послуга", "Отримувачів, осіб", "з них ВПО", "Надано послуг")
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for row in ROWS:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    last = t.add_row().cells
    m = last[0].merge(last[1])
    m.text = "Разом"
    last[2].text = "624"
    last[3].text = "160"
    last[4].text = "7 767"
    p("")
    p("Догляд вдома надають 9 соціальних робітників; вартість однієї години послуги для отримувачів, які сплачують "
      "за неї, становить 87,40 грн. Натуральну допомогу ми видавали продуктовими наборами: усього видано 262 набори.")
    p("2. Соціальний супровід сімей")
    p("Під соціальним супроводом перебувало 14 сімей, у яких виховується 31 дитина. Протягом півріччя ми взяли "
      "під супровід 4 сім'ї, завершили супровід 3 сімей: у 2 сім'ях складні життєві обставини подолано, "
      "1 сім'я переїхала до іншої громади.")
    p("Для батьків ми проводимо групу підтримки (заняття по 40 хвилин, раз на два тижні), для молоді від 14 до 35 "
      "років – тренінги з життєвих навичок.")
    p("3. Персонал")
    p("За штатним розписом у Центрі 16,5 посади, фактично працюють 15 фахівців. Усі наші працівники мають "
      "відповідну освіту, 4 з них навчаються в магістратурі.")
    p("4. Скарги")
    p("За півріччя надійшла одна скарга (щодо графіка відвідування соціального робітника), її розглянуто "
      "у встановлений строк і задоволено.")
    p("У II півріччі плануємо запровадити послугу фізичного супроводу осіб з інвалідністю для 12 отримувачів.")
    p("Директор Центру                                            ________")
    p("Вих. № 02-07/118 від 09.07.2025")
    fix_docx_props(d, "ЦНСП")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Чупахівської селищної ради",
        "centre_type": "cnsp", "settlement": "Чупахівка", "oblast": "Сумська",
        "report_kind": "period_report", "period_start": "2025-01-01", "period_end": "2025-06-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Чупахівської селищної ради",
                    "КУ «Центр надання соціальних послуг» Чупахівської селищної ради"]})
    f1 = g.f("applied", "persons", 702, "до нас звернулися 702 особи")
    f2 = g.f("needs_assessed", "persons", 57, "Оцінку потреб ми провели 57 особам")
    f3 = g.f("served", "persons", 624, "Соціальними послугами охоплено 624 особи")
    f4 = g.f("served", "persons", 160, "з них 160 – внутрішньо переміщені особи",
             category="внутрішньо переміщені особи", parent=f3)
    tot_r = "Разом\t624\t160\t7 767"
    f5 = g.f("served", "persons", 624, tot_r, label="Разом (таблиця 1)")
    f6 = g.f("served", "persons", 160, tot_r, label="Разом (таблиця 1), з них ВПО",
             category="внутрішньо переміщені особи", parent=f5)
    f7 = g.f("services_provided", "services", 7767, tot_r, label="Разом (таблиця 1)")
    services = {"Інформування": "informing", "Консультування": "counselling", "Догляд вдома": "home_care",
                "Денний догляд": "day_care", "Натуральна допомога": "natural_aid",
                "Соціальна адаптація": "social_adaptation", "Представництво інтересів": "representation"}
    ids = []
    for no, name, rec, idp, srv in ROWS:
        q = "\t".join((no, name, rec, idp, srv))
        a = g.f("served", "persons", int(rec.replace(" ", "")), q, service=services[name], label=name,
                group="table1_recipients", parent=f5)
        b = g.f("served", "persons", int(idp.replace(" ", "")), q, service=services[name], label=name,
                category="внутрішньо переміщені особи", group="table1_idp", parent=f6)
        c = g.f("services_provided", "services", int(srv.replace(" ", "")), q, service=services[name],
                label=name, group="table1_services", parent=f7)
        ids.append((a, b, c))
    rec_ids = [a for a, _, _ in ids]
    idp_ids = [b for _, b, _ in ids]
    srv_ids = [c for _, _, c in ids]
    f29 = g.f("served", "families", 14, "Під соціальним супроводом перебувало 14 сімей",
              service="social_support_sjo", alt=["support_ongoing"])
    f30 = g.f("served", "children", 31, "у яких виховується 31 дитина", service="social_support_sjo",
              alt=["support_ongoing"], parent=f29)
    f31 = g.f("support_started", "families", 4, "під супровід 4 сім'ї", service="social_support_sjo", parent=f29)
    f32 = g.f("support_completed", "families", 3, "завершили супровід 3 сімей", service="social_support_sjo", parent=f29)
    f33 = g.f("outcome_positive", "families", 2, "у 2 сім'ях складні життєві обставини подолано",
              service="social_support_sjo", group="completed_3_by_outcome", parent=f32)
    f34 = g.f("outcome_other", "families", 1, "1 сім'я переїхала до іншої громади", service="social_support_sjo",
              label="переїзд до іншої громади", group="completed_3_by_outcome", parent=f32)
    f35 = g.f("staff_positions", "positions", 16.5, "у Центрі 16,5 посади")
    f36 = g.f("staff_actual", "staff", 15, "фактично працюють 15 фахівців")
    f37 = g.f("staff_actual", "staff", 9, "Догляд вдома надають 9 соціальних робітників", service="home_care",
              label="соціальні робітники", parent=f36)
    f38 = g.f("complaints", "complaints", 1, "надійшла одна скарга")

    g.slip("table_arithmetic", "error", tot_r, 7767, 7776, [f7] + srv_ids,
           "«Надано послуг» column: 260 + 311 + 5 920 + 1 044 + 131 + 96 + 14 = 7 776, the Разом cell says 7 767 (two digits swapped). The other two columns add up.",
           " + ".join(srv_ids).replace("f", "f") + " == f7")
    g.check("table_arithmetic", tot_r, "recipients column: 212 + 168 + 64 + 18 + 131 + 22 + 9 = 624",
            " + ".join(rec_ids) + " == f5")
    g.check("table_arithmetic", tot_r, "IDP column: 47 + 39 + 6 + 2 + 58 + 5 + 3 = 160",
            " + ".join(idp_ids) + " == f6")
    g.check("internal_conflict", "Соціальними послугами охоплено 624 особи",
            "prose 624 / 160 equal the table's Разом 624 / 160", "f3 == f5 and f4 == f6")
    g.check("parts_sum", "з них 160 – внутрішньо переміщені особи",
            "each row's IDPs ≤ its recipients; 624 served ≤ 702 applied",
            "all(b <= a for a, b in [" + ", ".join(f"({a}, {b})" for a, b in zip(rec_ids, idp_ids)) + "]) and f3 <= f1")
    g.check("parts_sum", "завершили супровід 3 сімей", "2 + 1 = 3; 4 taken and 3 completed ≤ 14",
            "f33 + f34 == f32 and f31 <= f29 and f32 <= f29")
    g.check("parts_sum", "фактично працюють 15 фахівців", "9 ≤ 15 ≤ 16,5", "f37 <= f36 <= f35")

    g.skip("42851, Сумська обл., Охтирський р-н, смт Чупахівка, вул. Незалежності, 5-А; тел. (05446) 0-41-83; код ЄДРПОУ 43517290",
           [42851, 5, 5446, 4183, 43517290], "postcode, address, phone, ЄДРПОУ")
    g.skip("Наш Центр працює з 2021 року", [2021], "year")
    g.skip("від 16.11.2021 № 9-VIII/12", [16, 11, 2021, 9, 12], "decision date and number")
    g.skip("жителям 22 населених пунктів громади", [22], "number of settlements")
    g.skip("1. Звернення та охоплення", [1, 2, 3, 4], "section numbers")
    g.skip("(у I півріччі 2024 року – 581)", [2024, 581], "prior-year figure")
    g.skip("Таблиця 1. Отримувачі та кількість наданих послуг за I півріччя 2025 року", [1, 2025], "table number, period")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6, 7], "row numbers")
    g.skip("становить 87,40 грн", [87.4], "tariff")
    g.skip("усього видано 262 набори", [262], "items (food sets)")
    g.skip("(заняття по 40 хвилин, раз на два тижні), для молоді від 14 до 35 років", [40, 14, 35], "duration, ages")
    g.skip("4 з них навчаються в магістратурі", [4], "staff in a master's programme: no §3 id (not staff_trained)")
    g.skip("У II півріччі плануємо запровадити послугу фізичного супроводу осіб з інвалідністю для 12 отримувачів.", [12], "plan")
    g.skip("Вих. № 02-07/118 від 09.07.2025", [2, 7, 118, 9, 7, 2025], "outgoing number and date")
    g.note("table cells are facts quoted by their row; rows hang on the Разом cell of the same column; the Разом cell «Разом» spans № and name")
    g.note("prose 624 / 160 and the table's Разом 624 / 160 are written twice → two facts each")
    g.note("«Під соціальним супроводом перебувало 14 сімей» → served sjo (alt support_ongoing); «1 сім'я переїхала» → outcome_other")
    g.note("«9 соціальних робітників» who provide home care → staff_actual with parent the 15 staff")
    g.note("«надійшла одна скарга» → complaints 1 (number in words)")
    g.write()


if __name__ == "__main__":
    main()
