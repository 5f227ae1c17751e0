"""b120_04: Центр соціальних служб Давидівської сільської ради (Львівська), annual report 2022.
DOCX, first person plural, typed section numbers, a service table (сімей/осіб, у т. ч. ВПО, послуг)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

DOC = "b120_04_davydiv_css_annual2022.docx"

HEAD = [
    ("c", "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ ДАВИДІВСЬКОЇ СІЛЬСЬКОЇ РАДИ"),
    ("c", "ЛЬВІВСЬКОГО РАЙОНУ ЛЬВІВСЬКОЇ ОБЛАСТІ"),
    ("c", "81151, с. Давидів, вул. Шевченка, 9, тел. (032) 0-44-61-07, css.davydiv@example.ua, ЄДРПОУ 44207316"),
    ("l", "16.01.2023 № 03-07/12"),
    ("c", "ЗВІТ про роботу Центру соціальних служб за 2022 рік"),
]
BODY = [
    ("h", "1. Загальна інформація"),
    ("p", "Центр утворено рішенням Давидівської сільської ради від 21.12.2021 № 1418, і 2022 рік став для нас першим повним роком роботи. Через повномасштабну війну в громаді зареєструвалося понад 3,5 тис. внутрішньо переміщених осіб, тому значну частину зусиль ми спрямували на їх підтримку."),
    ("p", "Протягом року ми отримали інформацію про 126 сімей, які потребували уваги; у 41 з них фахівці виявили складні життєві обставини. Загалом соціальними послугами ми охопили 1 084 сім'ї/особи (у 2021 році – 612)."),
    ("h", "2. Надання соціальних послуг"),
    ("p", "Таблиця 1. Соціальні послуги, надані у 2022 році"),
    ("t", None),
    ("p", "Консультування отримали 394 сім'ї/особи, з них 201 – внутрішньо переміщені (51,0 %). Тривалість однієї консультації – від 30 до 90 хвилин."),
    ("h", "3. Соціальний супровід"),
    ("p", "Під соціальним супроводом перебувало 36 сімей, у яких виховується 79 дітей; 17 сімей ми взяли під супровід у 2022 році. Завершили супровід 15 сімей: 11 – з позитивним результатом, у 2 сім'ях СЖО мінімізовано, 2 сім'ї змінили місце проживання. 21 сім'ї супровід продовжено у 2023 році."),
    ("p", "Ми супроводжували 4 прийомні сім'ї та 2 дитячі будинки сімейного типу, у яких виховується 19 дітей віком від 3 до 17 років."),
    ("h", "4. Групова робота та кадри"),
    ("p", "Фахівці Центру провели 14 тренінгів і групових занять для батьків, підлітків та ВПО, у яких взяли участь 263 особи."),
    ("p", "Штатним розписом затверджено 9 посад, працює 8 фахівців. Шестеро з них пройшли навчання з кейс-менеджменту, організоване Львівським обласним центром соціальних служб."),
    ("h", "5. Плани на 2023 рік"),
    ("p", "У 2023 році плануємо запровадити послугу підтриманого проживання для 20 осіб і відкрити консультаційний пункт у старостинському окрузі № 3."),
    ("l", "Директор Центру                                   (підпис)"),
]
TABLE = [
    ["№ з/п", "Послуга", "Сімей/осіб", "у т. ч. ВПО", "Надано послуг"],
    ["1", "Інформування", "512", "287", "1 306"],
    ["2", "Консультування", "394", "201", "988"],
    ["3", "Соціальний супровід сімей у СЖО", "36", "9", "602"],
    ["4", "Соціальне супроводження прийомних сімей та ДБСТ", "6", "–", "144"],
    ["5", "Натуральна допомога", "112", "74", "112"],
    ["6", "Кризове та екстрене втручання", "24", "11", "31"],
    ["Усього", "", "1 084", "582", "3 283"],
]


def build(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for kind, text in HEAD + BODY:
        if kind == "t":
            t = d.add_table(rows=len(TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(TABLE):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
            a = t.cell(len(TABLE) - 1, 0)
            a.merge(t.cell(len(TABLE) - 1, 1))
            a.text = "Усього"
            continue
        if kind == "h":
            p = d.add_paragraph()
            p.add_run(text).bold = True
            continue
        p = d.add_paragraph(text)
        if kind == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    save_docx(d, path, author="ЦСС Давидівської сільської ради")


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Давидівської сільської ради",
        "centre_type": "css", "settlement": "Давидів", "oblast": "Львівська",
        "report_kind": "annual_report", "period_start": "2022-01-01", "period_end": "2022-12-31",
    }, meta_alt={"centre": ["Центр соціальних служб Давидівської сільської ради Львівського району Львівської області"]})
    f = g.f
    nt = f("notified", "families", 126, "ми отримали інформацію про 126 сімей")
    sj = f("in_difficult_circumstances", "families", 41, "у 41 з них фахівці виявили складні життєві обставини", parent=nt)
    sv = f("served", "families_persons", 1084, "соціальними послугами ми охопили 1 084 сім'ї/особи")
    svc = [("informing", "Інформування"), ("counselling", "Консультування"), ("social_support_sjo", "Соціальний супровід сімей у СЖО"),
           ("social_support_foster", "Соціальне супроводження прийомних сімей та ДБСТ"), ("natural_aid", "Натуральна допомога"),
           ("crisis_intervention", "Кризове та екстрене втручання")]
    tot_q = "Усього\t1 084\t582\t3 283"
    t_fp = f("served", "families_persons", 1084, tot_q, label="Усього (таблиця 1)")
    t_idp = f("served", "families_persons", 582, tot_q, category="внутрішньо переміщені особи", label="Усього (таблиця 1)", parent=t_fp)
    t_sp = f("services_provided", "services", 3283, tot_q, label="Усього (таблиця 1)")
    fp, idp, sp = [], [], []
    for i, (sid, name) in enumerate(svc, 1):
        row = TABLE[i]
        q = "\t".join(row)
        fp.append(f("served", "families_persons", int(row[2].replace(" ", "")), q, service=sid,
                    group="table_served_by_service", parent=t_fp))
        if row[3] != "–":
            idp.append(f("served", "families_persons", int(row[3]), q, service=sid,
                         category="внутрішньо переміщені особи", group="table_idp_by_service", parent=t_idp))
        sp.append(f("services_provided", "services", int(row[4].replace(" ", "")), q, service=sid,
                    group="table_services_by_service", parent=t_sp))
    cn = f("served", "families_persons", 394, "Консультування отримали 394 сім'ї/особи", service="counselling")
    ci = f("served", "families_persons", 201, "з них 201 – внутрішньо переміщені (51,0 %)", service="counselling",
           category="внутрішньо переміщені особи", percent=51.0, parent=cn)
    su = f("served", "families", 36, "Під соціальним супроводом перебувало 36 сімей", service="social_support_sjo",
           alt=["support_ongoing"])
    sc = f("served", "children", 79, "у яких виховується 79 дітей", service="social_support_sjo",
           alt=["support_ongoing"], parent=su)
    st = f("support_started", "families", 17, "17 сімей ми взяли під супровід у 2022 році", service="social_support_sjo", parent=su)
    cp = f("support_completed", "families", 15, "Завершили супровід 15 сімей", service="social_support_sjo", parent=su)
    gc = "completed_15_by_outcome"
    o1 = f("outcome_positive", "families", 11, "11 – з позитивним результатом", service="social_support_sjo", group=gc, parent=cp)
    o2 = f("outcome_minimized", "families", 2, "у 2 сім'ях СЖО мінімізовано", service="social_support_sjo", group=gc, parent=cp)
    o3 = f("outcome_other", "families", 2, "2 сім'ї змінили місце проживання", service="social_support_sjo",
           label="зміна місця проживання", group=gc, parent=cp)
    og = f("support_ongoing", "families", 21, "21 сім'ї супровід продовжено у 2023 році", service="social_support_sjo", parent=su)
    fs1 = f("served", "families", 4, "Ми супроводжували 4 прийомні сім'ї", service="social_support_foster",
            label="прийомні сім'ї", group="foster_6_by_form")
    fs2 = f("served", "families", 2, "2 дитячі будинки сімейного типу", service="social_support_foster",
            label="дитячі будинки сімейного типу", group="foster_6_by_form")
    fch = f("served", "children", 19, "у яких виховується 19 дітей віком", service="social_support_foster")
    ev = f("events", "events", 14, "провели 14 тренінгів і групових занять")
    ep = f("event_participants", "persons", 263, "у яких взяли участь 263 особи", parent=ev)
    ps = f("staff_positions", "positions", 9, "Штатним розписом затверджено 9 посад")
    sa = f("staff_actual", "staff", 8, "працює 8 фахівців")
    tr = f("staff_trained", "staff", 6, "Шестеро з них пройшли навчання з кейс-менеджменту", parent=sa)

    n = lambda x: x[1:]  # noqa: E731
    S = lambda xs: " + ".join(f"f{n(x)}" for x in xs)  # noqa: E731
    g.check("table_arithmetic", tot_q, "Сімей/осіб: 512 + 394 + 36 + 6 + 112 + 24 = 1 084", f"{S(fp)} == f{n(t_fp)}")
    g.check("table_arithmetic", tot_q, "у т. ч. ВПО: 287 + 201 + 9 + 74 + 11 = 582 (the «–» cell adds nothing)", f"{S(idp)} == f{n(t_idp)}")
    g.check("internal_conflict", "соціальними послугами ми охопили 1 084 сім'ї/особи", "prose 1 084 = table Усього 1 084",
            f"f{n(sv)} == f{n(t_fp)}")
    g.check("internal_conflict", "Консультування отримали 394 сім'ї/особи, з них 201", "prose 394 / 201 = table row 2",
            f"f{n(cn)} == f{n(fp[1])} and f{n(ci)} == f{n(idp[1])}")
    g.check("percent_mismatch", "з них 201 – внутрішньо переміщені (51,0 %)", "201 / 394 = 51,02 % → 51,0", f"pct_ok(p{n(ci)}, f{n(ci)}, f{n(cn)}, 1)")
    g.check("parts_sum", "у 41 з них", "41 ≤ 126", f"f{n(sj)} <= f{n(nt)}")
    g.check("parts_sum", "Завершили супровід 15 сімей", "11 + 2 + 2 = 15", f"{S([o1, o2, o3])} == f{n(cp)}")
    g.check("parts_sum", "21 сім'ї супровід продовжено у 2023 році", "15 completed + 21 continued = 36; 17 started ≤ 36",
            f"f{n(cp)} + f{n(og)} == f{n(su)} and f{n(st)} <= f{n(su)}")
    g.check("internal_conflict", "Під соціальним супроводом перебувало 36 сімей", "prose 36 = table row 3", f"f{n(su)} == f{n(fp[2])}")
    g.check("parts_sum", "Ми супроводжували 4 прийомні сім'ї та 2 дитячі будинки сімейного типу",
            "4 + 2 = 6 = table row 4", f"f{n(fs1)} + f{n(fs2)} == f{n(fp[3])}")
    g.check("parts_sum", "працює 8 фахівців", "6 trained ≤ 8 working ≤ 9 positions", f"f{n(tr)} <= f{n(sa)} <= f{n(ps)}")

    g.slip("table_arithmetic", "error", tot_q, 3283, 3183, sp + [t_sp],
           "Надано послуг: 1 306 + 988 + 602 + 144 + 112 + 31 = 3 183, the Усього row says 3 283 (100 more)",
           f"{S(sp)} == f{n(t_sp)}")

    sk = g.skip
    sk("81151, с. Давидів, вул. Шевченка, 9, тел. (032) 0-44-61-07, css.davydiv@example.ua, ЄДРПОУ 44207316",
       [81151, 9, 32, 446107, 44207316], "postcode, address, phone, ЄДРПОУ")
    sk("16.01.2023 № 03-07/12", [16, 1, 2023, 3, 7, 12], "outgoing date and number")
    sk("ЗВІТ про роботу Центру соціальних служб за 2022 рік", [2022], "period (meta)")
    sk("рішенням Давидівської сільської ради від 21.12.2021 № 1418, і 2022 рік", [21, 12, 2021, 1418, 2022], "decision date and number, year")
    sk("понад 3,5 тис. внутрішньо переміщених осіб", [3500], "IDPs registered in the hromada (population figure, not the centre's)")
    sk("(у 2021 році – 612)", [2021, 612], "prior-year figure")
    sk("Таблиця 1. Соціальні послуги, надані у 2022 році", [1, 2022], "table number and year")
    sk("№ з/п\tПослуга", [1, 2, 3, 4, 5, 6], "row numbers")
    sk("Соціальне супроводження прийомних сімей та ДБСТ\t6\t–\t144", [], "the «–» ВПО cell: no figure, not a zero")
    sk("Тривалість однієї консультації – від 30 до 90 хвилин.", [30, 90], "duration")
    sk("віком від 3 до 17 років", [3, 17], "ages")
    sk("1. Загальна інформація", [1, 2, 3, 4, 5], "section numbers")
    sk("5. Плани на 2023 рік", [2023], "plan year")
    sk("У 2023 році плануємо запровадити послугу підтриманого проживання для 20 осіб і відкрити консультаційний пункт у старостинському окрузі № 3.",
       [2023, 20, 3], "plan, округ number")

    g.note("annual report 2022; the oblast is stated in the title block")
    g.note("table: every cell is a fact quoted by its row; rows hang on the Усього cell of the same column; the ВПО cells also carry category; the «–» ВПО cell of the foster row gives no fact")
    g.note("service ids: the foster row → social_support_foster, «Кризове та екстрене втручання» → crisis_intervention")
    g.note("figures written twice are two facts: 1 084 (prose and Усього), 394/201 (prose and row 2), 36 (prose and row 3, different units: families vs сімей/осіб)")
    g.note("«4 прийомні сім'ї та 2 ДБСТ» → two served facts (social_support_foster) in a group; their 4 + 2 = 6 matches row 4; the 19 children are not hung on either part")
    g.note("«продовжено у 2023 році» in a 2022 report → support_ongoing")
    g.note("«Шестеро» (word numeral) → staff_trained 6")
    g.note("planted slip: the Надано послуг column sums to 3 183, Усього says 3 283")
    g.write()


if __name__ == "__main__":
    main()
