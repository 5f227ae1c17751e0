"""b57_03: Центр соціальних служб Олександрівської селищної ради (Кіровоградська), annual report 2024.
DOCX, first person plural, a table by service (отримувачі сімей/осіб, надано послуг)."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b57_03_oleksandrivka_css_annual2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ОЛЕКСАНДРІВСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "27331, Кіровоградська обл., селище Олександрівка, вул. Соборна, 64, тел. (05242) 0-35-18, "
    "код ЄДРПОУ 43871205",
]
TITLE = "ЗВІТ про діяльність Центру соціальних служб за 2024 рік"
PARAS_1 = [
    ("h", "1. Загальні відомості"),
    ("p", "Центр утворено рішенням сесії Олександрівської селищної ради від 23.12.2020 № 94. "
          "Ми працюємо з сім'ями, дітьми та молоддю громади, у якій 44 населені пункти."),
    ("h", "2. Виявлення сімей та оцінка потреб"),
    ("p", "У 2024 році до нас надійшли повідомлення про 138 сімей, з них 104 – від служби у справах дітей "
          "та закладів освіти. Оцінку потреб ми провели 126 сім'ям; складні життєві обставини "
          "підтверджено у 61 сім'ї."),
    ("h", "3. Соціальний супровід"),
    ("p", "Протягом року під соціальним супроводом перебувала 41 сім'я (в них 97 дітей). З них 23 сім'ї "
          "ми взяли під супровід у 2024 році, решта 18 – отримували послугу з 2023 року."),
    ("p", "Завершили супровід 27 сімей: з позитивним результатом – 19 (70,4 %), з мінімізацією складних "
          "життєвих обставин – 6, без результату – 2. На 2025 рік супровід продовжено 14 сім'ям."),
    ("p", "Також супроводжуємо 4 прийомні сім'ї та 2 дитячі будинки сімейного типу, де виховується "
          "17 дітей."),
    ("h", "4. Надання соціальних послуг"),
    ("p", "Дані про охоплення послугами наведено в таблиці 2 (у 2023 році послуги отримали 1 251 сім'я/особа)."),
    ("c", "Таблиця 2. Охоплення соціальними послугами у 2024 році"),
]
TABLE = [
    ("№ з/п", "Соціальна послуга", "Отримувачі, сімей/осіб", "Надано послуг"),
    ("1", "Інформування", "612", "1 408"),
    ("2", "Консультування", "487", "1 926"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "41", "1 233"),
    ("4", "Соціальне супроводження прийомних сімей та ДБСТ", "6", "212"),
    ("5", "Соціальна профілактика", "214", "389"),
    ("6", "Представництво інтересів", "33", "57"),
    ("", "Усього", "1 393", "5 325"),
]
PARAS_2 = [
    ("p", "Усього за рік ми надали 5 325 соціальних послуг. Провели 23 тренінги та групові заняття "
          "(тривалістю по 2 години) для підлітків віком від 14 до 18 років і батьків, у них взяли "
          "участь 276 учасників."),
    ("h", "5. Кадрове забезпечення"),
    ("p", "Штатним розписом передбачено 9 посад, працює 8 працівників, з них 6 фахівців із соціальної "
          "роботи. Підвищили кваліфікацію 5 працівників."),
    ("p", "Скарг від отримувачів послуг у 2024 році не було."),
    ("h", "6. Завдання на 2025 рік"),
    ("p", "Плануємо охопити послугами не менше 1 500 сімей/осіб та створити 1 прийомну сім'ю."),
    ("p", "Директор центру                                   (підпис)"),
    ("p", "14.01.2025"),
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for h in HEAD:
        p = d.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True

    def paras(items):
        for kind, txt in items:
            if kind == "h":
                d.add_heading(txt, level=2)
            elif kind == "c":
                q = d.add_paragraph(txt)
                q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                d.add_paragraph(txt)
    paras(PARAS_1)
    t = d.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if i == 0 or j == 1 and i == len(TABLE) - 1:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    paras(PARAS_2)
    fix_docx_props(d, "ЦСС")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Олександрівської селищної ради",
        "centre_type": "css", "settlement": "Олександрівка", "oblast": "Кіровоградська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"})
    f1 = g.f("notified", "families", 138, "до нас надійшли повідомлення про 138 сімей")
    f2 = g.f("notified", "families", 104, "з них 104 – від служби у справах дітей та закладів освіти",
             label="від служби у справах дітей та закладів освіти", parent=f1)
    f3 = g.f("needs_assessed", "families", 126, "Оцінку потреб ми провели 126 сім'ям")
    f4 = g.f("in_difficult_circumstances", "families", 61,
             "складні життєві обставини підтверджено у 61 сім'ї", parent=f3)
    f5 = g.f("served", "families", 41, "під соціальним супроводом перебувала 41 сім'я",
             service="social_support_sjo", alt=["support_ongoing"])
    f6 = g.f("served", "children", 97, "(в них 97 дітей)", service="social_support_sjo",
             alt=["support_ongoing"], parent=f5)
    grp = "support_41_by_start"
    f7 = g.f("support_started", "families", 23, "З них 23 сім'ї ми взяли під супровід у 2024 році",
             service="social_support_sjo", group=grp, parent=f5)
    f8 = g.f("served", "families", 18, "решта 18 – отримували послугу з 2023 року",
             service="social_support_sjo", label="отримували послугу з 2023 року",
             alt=["support_ongoing"], group=grp, parent=f5)
    f9 = g.f("support_completed", "families", 27, "Завершили супровід 27 сімей",
             service="social_support_sjo", parent=f5)
    grp2 = "completed_27_by_outcome"
    f10 = g.f("outcome_positive", "families", 19, "з позитивним результатом – 19 (70,4 %)", percent=70.4,
              service="social_support_sjo", group=grp2, parent=f9)
    f11 = g.f("outcome_minimized", "families", 6,
              "з мінімізацією складних життєвих обставин – 6", service="social_support_sjo",
              group=grp2, parent=f9)
    f12 = g.f("outcome_negative", "families", 2, "без результату – 2", service="social_support_sjo",
              group=grp2, parent=f9)
    f13 = g.f("support_ongoing", "families", 14, "На 2025 рік супровід продовжено 14 сім'ям",
              service="social_support_sjo", parent=f5,
              note="continued into 2025: a 2024 figure that names the next year")
    f14 = g.f("served", "families", 4, "супроводжуємо 4 прийомні сім'ї", service="social_support_foster",
              label="прийомні сім'ї")
    f15 = g.f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
              label="дитячі будинки сімейного типу")
    f16 = g.f("served", "children", 17, "де виховується 17 дітей", service="social_support_foster")
    # table
    f17 = g.f("served", "families_persons", 1393, "Усього\t1 393\t5 325", label="Усього")
    f18 = g.f("services_provided", "services", 5325, "Усього\t1 393\t5 325", label="Усього")
    rows = [
        ("1\tІнформування\t612\t1 408", "informing", 612, 1408),
        ("2\tКонсультування\t487\t1 926", "counselling", 487, 1926),
        ("3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t41\t1 233", "social_support_sjo", 41, 1233),
        ("4\tСоціальне супроводження прийомних сімей та ДБСТ\t6\t212", "social_support_foster", 6, 212),
        ("5\tСоціальна профілактика\t214\t389", "social_prevention", 214, 389),
        ("6\tПредставництво інтересів\t33\t57", "representation", 33, 57),
    ]
    rec, srv = [], []
    for q, s, a, b in rows:
        rec.append(g.f("served", "families_persons", a, q, service=s, group="table2_recipients", parent=f17))
        srv.append(g.f("services_provided", "services", b, q, service=s, group="table2_services", parent=f18))
    f31 = g.f("services_provided", "services", 5325, "Усього за рік ми надали 5 325 соціальних послуг")
    f32 = g.f("events", "events", 23, "Провели 23 тренінги та групові заняття")
    f33 = g.f("event_participants", "persons", 276, "у них взяли участь 276 учасників", parent=f32)
    f34 = g.f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    f35 = g.f("staff_actual", "staff", 8, "працює 8 працівників")
    f36 = g.f("staff_actual", "staff", 6, "з них 6 фахівців із соціальної роботи",
              label="фахівці із соціальної роботи", parent=f35)
    f37 = g.f("staff_trained", "staff", 5, "Підвищили кваліфікацію 5 працівників")
    f38 = g.f("complaints", "complaints", 0, "Скарг від отримувачів послуг у 2024 році не було.")
    assert rec[0] == "f19" and srv[-1] == "f30" and f31 == "f31"

    g.slip("table_arithmetic", "error", "Усього\t1 393\t5 325", 5325, 5225, [f18] + srv,
           "the «Надано послуг» column: 1 408 + 1 926 + 1 233 + 212 + 389 + 57 = 5 225, but Усього says "
           "5 325 (100 more). The prose repeats the wrong total («надали 5 325 соціальних послуг»), so the "
           "rows disagree with both; one slip",
           "f20 + f22 + f24 + f26 + f28 + f30 == f18")
    g.check("table_arithmetic", "Усього\t1 393\t5 325", "recipients column: 612 + 487 + 41 + 6 + 214 + 33 = 1 393",
            "f19 + f21 + f23 + f25 + f27 + f29 == f17")
    g.check("internal_conflict", "Усього за рік ми надали 5 325 соціальних послуг",
            "prose total equals the table total (both 5 325)", "f31 == f18")
    g.check("internal_conflict", "3\tСоціальний супровід сімей (осіб), які перебувають у СЖО\t41\t1 233",
            "table row 3 (41) equals the 41 families under support in section 3", "f23 == f5")
    g.check("internal_conflict", "4\tСоціальне супроводження прийомних сімей та ДБСТ\t6\t212",
            "table row 4 (6) equals 4 foster families + 2 ДБСТ", "f14 + f15 == f25")
    g.check("parts_sum", "З них 23 сім'ї ми взяли під супровід у 2024 році, решта 18",
            "23 + 18 = 41", "f7 + f8 == f5")
    g.check("parts_sum", "Завершили супровід 27 сімей: з позитивним результатом – 19 (70,4 %)",
            "19 + 6 + 2 = 27", "f10 + f11 + f12 == f9")
    g.check("percent_mismatch", "з позитивним результатом – 19 (70,4 %)", "19 / 27 = 70,37 % → 70,4",
            "pct_ok(p10, f10, f9, 1)")
    g.check("parts_sum", "На 2025 рік супровід продовжено 14 сім'ям",
            "27 completed + 14 continued = 41 under support", "f9 + f13 == f5")
    g.check("parts_sum", "складні життєві обставини підтверджено у 61 сім'ї",
            "104 ≤ 138 notified; 61 in СЖО ≤ 126 assessed", "f2 <= f1 and f4 <= f3")
    g.check("parts_sum", "працює 8 працівників, з них 6 фахівців", "6 ≤ 8 ≤ 9", "f36 <= f35 <= f34")

    g.skip("27331, Кіровоградська обл., селище Олександрівка, вул. Соборна, 64, тел. (05242) 0-35-18, код ЄДРПОУ 43871205",
           [27331, 64, 5242, 3518, 43871205], "postcode, address, phone, ЄДРПОУ")
    g.skip("ЗВІТ про діяльність Центру соціальних служб за 2024 рік", [2024], "year in the title")
    g.skip("рішенням сесії Олександрівської селищної ради від 23.12.2020 № 94", [23, 12, 2020, 94],
           "decision date and number")
    g.skip("у якій 44 населені пункти", [44], "settlement count")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")
    g.skip("(у 2023 році послуги отримали 1 251 сім'я/особа)", [2023, 1251], "prior-year figure")
    g.skip("Таблиця 2. Охоплення соціальними послугами у 2024 році", [2, 2024], "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5, 6], "table row numbers")
    g.skip("(тривалістю по 2 години) для підлітків віком від 14 до 18 років", [2, 14, 18], "duration, ages")
    g.skip("Плануємо охопити послугами не менше 1 500 сімей/осіб та створити 1 прийомну сім'ю.",
           [1500, 1], "plan for 2025")
    g.skip("14.01.2025", [14, 1, 2025], "date of signing")
    g.note("the table: every cell is a fact quoted by its row; rows hang on the Усього cell of the same "
           "column; unit families_persons for «Отримувачі, сімей/осіб»")
    g.note("5 325 is written twice (table Усього and prose): two facts")
    g.note("«решта 18 – отримували послугу з 2023 року» → served with a label (alt support_ongoing), as in "
           "blind18; «На 2025 рік супровід продовжено 14 сім'ям» → support_ongoing")
    g.note("the 4 foster families, 2 ДБСТ and their 17 children are separate facts "
           "(social_support_foster); they add up to table row 4")
    g.note("«Соціальна профілактика» → social_prevention; «Представництво інтересів» → representation")
    g.write()


if __name__ == "__main__":
    main()
