"""b17_01: КУ «ЦНСП» Березанської міської ради (Київська), annual report 2024, DOCX with prose and one table."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import Gold, report_path, freeze_zip, fix_docx_props

DOC = "b17_01_berezan_cnsp_annual2024.docx"

HEAD = [
    "Комунальна установа «Центр надання соціальних послуг» Березанської міської ради Київської області",
    "Код ЄДРПОУ 44871203",
]
TITLE = "ЗВІТ про діяльність Центру за 2024 рік"
BODY1 = [
    ("p", "Центр утворено рішенням Березанської міської ради від 24.12.2020 № 118-07-VIII. Він є комплексним "
          "надавачем соціальних послуг для мешканців громади, до складу якої входять 17 населених пунктів "
          "з населенням близько 21,4 тис. осіб."),
    ("h", "1. Кадрове забезпечення"),
    ("p", "Штатним розписом на 2024 рік затверджено 47 штатних одиниць. Станом на 31.12.2024 у Центрі "
          "працювали 43 особи, серед них 18 соціальних робітників та 9 фахівців із соціальної роботи. "
          "Протягом року підвищили кваліфікацію 15 працівників."),
    ("h", "2. Загальні показники"),
    ("p", "У 2024 році до Центру звернулися 1 312 мешканців громади (у 2023 році – 1 094). Соціальні послуги "
          "отримали 1 187 сімей/осіб, у яких виховується 604 дитини. Загалом за рік надано 9 846 соціальних "
          "послуг (таблиця 1)."),
    ("c", "Таблиця 1. Отримувачі та обсяг наданих соціальних послуг у 2024 році"),
]
TABLE = [
    ["№ з/п", "Соціальна послуга", "Кількість отримувачів (сімей/осіб)", "Кількість наданих послуг"],
    ["1", "Інформування", "412", "1 236"],
    ["2", "Консультування", "389", "2 118"],
    ["3", "Догляд вдома", "146", "4 556"],
    ["4", "Денний догляд", "38", "912"],
    ["5", "Соціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах", "52", "624"],
    ["6", "Натуральна допомога", "131", "262"],
    ["7", "Представництво інтересів", "19", "38"],
    ["", "Разом", "1 187", "9 846"],
]
BODY2 = [
    ("h", "3. Соціальний супровід сімей, які перебувають у складних життєвих обставинах"),
    ("p", "Протягом року надійшли повідомлення щодо 67 сімей. Оцінювання потреб проведено 64 сім'ям, складні "
          "життєві обставини встановлено у 41 сім'ї (88 дітей). Під соціальний супровід взято 29 сімей; ще "
          "23 сім'ї продовжили отримувати послугу з 2023 року, тож загалом супровід отримували 52 сім'ї. "
          "Завершено супровід 31 сім'ї: з позитивним результатом – 24 (77,4 %), у зв'язку зі зміною місця "
          "проживання – 4, через відмову отримувача – 3. На кінець року під супроводом залишається 21 сім'я."),
    ("h", "4. Догляд вдома"),
    ("p", "Послугою догляду вдома протягом року охоплено 146 громадян похилого віку та осіб з інвалідністю, "
          "з них 97 одиноких; 12 осіб отримували послугу на платній основі (вартість однієї години – 64,80 грн). "
          "На обслуговування взято 21 особу, знято з обслуговування 18 осіб, з них 11 – у зв'язку зі смертю."),
    ("h", "5. Денний догляд"),
    ("p", "Відділення денного догляду відвідували 38 осіб, зокрема 14 дітей з інвалідністю віком від 6 до 17 "
          "років. Проведено 26 групових заходів (арт-терапія, майстер-класи, руханки), у яких взяли участь "
          "311 осіб. Відділення працює в робочі дні з 8:00 до 17:00."),
    ("h", "6. Натуральна допомога"),
    ("p", "Продуктові набори та засоби гігієни отримала 131 особа на загальну суму 196,5 тис. грн."),
    ("h", "7. Якість послуг"),
    ("p", "У листопаді 2024 року проведено внутрішній моніторинг якості послуги догляду вдома. В анкетуванні "
          "взяли участь 54 отримувачі, рівень задоволеності склав 96,3 % (52 з 54 опитаних). Загальна оцінка "
          "якості – «добре». Скарг на якість послуг у 2024 році не надходило."),
    ("h", "8. Фінансування"),
    ("p", "Кошторисом на 2024 рік передбачено 14 826,3 тис. грн, касові видатки склали 14 702,9 тис. грн. "
          "Від надання платних послуг надійшло 118,4 тис. грн."),
    ("h", "9. Завдання на 2025 рік"),
    ("p", "Запровадити послугу тимчасового відпочинку для батьків, які доглядають дітей з інвалідністю "
          "(не менше 10 сімей), та збільшити кількість місць у відділенні денного догляду до 45."),
    ("p", "Звіт затверджено наказом директора від 10.02.2025 № 14-ОД."),
    ("p", "Адреса: 07541, Київська обл., м. Березань, вул. Шевченка, 9. Тел. (04576) 0-31-58, "
          "e-mail: cnsp.berezan@example.ua"),
]


def build():
    doc = Document()
    fix_docx_props(doc)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(TITLE).bold = True

    def emit(items):
        for kind, s in items:
            if kind == "h":
                doc.add_paragraph().add_run(s).bold = True
            elif kind == "c":
                doc.add_paragraph().add_run(s).italic = True
            else:
                doc.add_paragraph(s)

    emit(BODY1)
    t = doc.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0 or row[1] == "Разом":
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    emit(BODY2)
    path = report_path(DOC)
    doc.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Березанської міської ради",
        "centre_type": "cnsp", "settlement": "Березань", "oblast": "Київська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Березанської міської ради",
                   "Комунальна установа «Центр надання соціальних послуг» Березанської міської ради Київської області"]})
    F = g.f
    # 1. staff
    pos = F("staff_positions", "positions", 47, "Штатним розписом на 2024 рік затверджено 47 штатних одиниць")
    act = F("staff_actual", "staff", 43, "у Центрі працювали 43 особи")
    sw = F("staff_actual", "staff", 18, "серед них 18 соціальних робітників", label="соціальні робітники", parent=act)
    fs = F("staff_actual", "staff", 9, "9 фахівців із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    F("staff_trained", "staff", 15, "Протягом року підвищили кваліфікацію 15 працівників")
    # 2. totals
    F("applied", "persons", 1312, "У 2024 році до Центру звернулися 1 312 мешканців громади")
    srv = F("served", "families_persons", 1187, "Соціальні послуги отримали 1 187 сімей/осіб")
    F("served", "children", 604, "у яких виховується 604 дитини", parent=srv)
    tot = F("services_provided", "services", 9846, "Загалом за рік надано 9 846 соціальних послуг",
            note="prose repeat of the table's Разом (9 846)")
    # table
    rows = [("1\tІнформування\t412\t1 236", "informing", 412, 1236),
            ("2\tКонсультування\t389\t2 118", "counselling", 389, 2118),
            ("3\tДогляд вдома\t146\t4 556", "home_care", 146, 4556),
            ("4\tДенний догляд\t38\t912", "day_care", 38, 912),
            ("5\tСоціальний супровід сімей (осіб), які перебувають у складних життєвих обставинах\t52\t624",
             "social_support_sjo", 52, 624),
            ("6\tНатуральна допомога\t131\t262", "natural_aid", 131, 262),
            ("7\tПредставництво інтересів\t19\t38", "representation", 19, 38)]
    RQ = "Разом\t1 187\t9 846"
    rec_tot = F("served", "families_persons", 1187, RQ, label="Разом – отримувачі")
    svc_tot = F("services_provided", "services", 9846, RQ, label="Разом – надано послуг")
    rec_ids, svc_ids = [], []
    for q, sid, rec, svc in rows:
        rec_ids.append(F("served", "families_persons", rec, q, service=sid, group="recipients_by_service",
                         parent=rec_tot))
        svc_ids.append(F("services_provided", "services", svc, q, service=sid, group="services_by_service",
                         parent=svc_tot))
    # 3. social support
    nt = F("notified", "families", 67, "надійшли повідомлення щодо 67 сімей")
    na = F("needs_assessed", "families", 64, "Оцінювання потреб проведено 64 сім'ям")
    sjo = F("in_difficult_circumstances", "families", 41, "складні життєві обставини встановлено у 41 сім'ї", parent=na)
    F("in_difficult_circumstances", "children", 88, "у 41 сім'ї (88 дітей)", parent=sjo)
    st = F("support_started", "families", 29, "Під соціальний супровід взято 29 сімей", service="social_support_sjo")
    s52 = F("served", "families", 52, "загалом супровід отримували 52 сім'ї", service="social_support_sjo",
            alt=["support_ongoing"])
    s23 = F("served", "families", 23, "ще 23 сім'ї продовжили отримувати послугу з 2023 року",
            service="social_support_sjo", alt=["support_ongoing"], label="на супроводі з 2023 року", parent=s52,
            note="a 2024 figure (families served in 2024) although it names 2023: the year their support began")
    comp = F("support_completed", "families", 31, "Завершено супровід 31 сім'ї", service="social_support_sjo")
    pos24 = F("outcome_positive", "families", 24, "з позитивним результатом – 24 (77,4 %)", percent=77.4,
              service="social_support_sjo", group="completed_31_by_outcome", parent=comp)
    o4 = F("outcome_other", "families", 4, "у зв'язку зі зміною місця проживання – 4", service="social_support_sjo",
           label="зміна місця проживання", group="completed_31_by_outcome", parent=comp)
    o3 = F("outcome_other", "families", 3, "через відмову отримувача – 3", service="social_support_sjo",
           label="відмова отримувача", group="completed_31_by_outcome", parent=comp)
    ong = F("support_ongoing", "families", 21, "На кінець року під супроводом залишається 21 сім'я",
            service="social_support_sjo")
    # 4. home care
    hc = F("served", "persons", 146, "Послугою догляду вдома протягом року охоплено 146 громадян похилого віку",
           service="home_care")
    hc1 = F("served", "persons", 97, "з них 97 одиноких", service="home_care", category="одинокі громадяни",
            parent=hc)
    hc2 = F("served", "persons", 12, "12 осіб отримували послугу на платній основі", service="home_care",
            label="на платній основі", parent=hc)
    F("served", "persons", 21, "На обслуговування взято 21 особу", service="home_care",
      label="взято на обслуговування", alt=["registered_new", "support_started"])
    dr = F("deregistered", "persons", 18, "знято з обслуговування 18 осіб", service="home_care")
    dr1 = F("deregistered", "persons", 11, "з них 11 – у зв'язку зі смертю", service="home_care",
            label="у зв'язку зі смертю", alt=["outcome_other"], parent=dr)
    # 5. day care
    dc = F("served", "persons", 38, "Відділення денного догляду відвідували 38 осіб", service="day_care")
    dc1 = F("served", "children", 14, "зокрема 14 дітей з інвалідністю", service="day_care",
            category="діти з інвалідністю", parent=dc)
    F("events", "events", 26, "Проведено 26 групових заходів")
    F("event_participants", "persons", 311, "у яких взяли участь 311 осіб")
    # 6. natural aid
    na131 = F("served", "persons", 131, "Продуктові набори та засоби гігієни отримала 131 особа", service="natural_aid")
    F("aid_value", "uah", 196500, "на загальну суму 196,5 тис. грн", service="natural_aid")
    # 7. quality
    resp = F("survey_respondents", "recipients", 54, "В анкетуванні взяли участь 54 отримувачі", unit_alt="persons",
      service="home_care")
    sat = F("satisfaction", "percent", 96.3, "рівень задоволеності склав 96,3 %", service="home_care")
    F("rating", "rating", "good", "Загальна оцінка якості – «добре»", service="home_care", criterion="overall")
    F("complaints", "complaints", 0, "Скарг на якість послуг у 2024 році не надходило.")
    # 8. money
    F("budget_approved", "uah", 14826300, "Кошторисом на 2024 рік передбачено 14 826,3 тис. грн")
    F("budget_spent", "uah", 14702900, "касові видатки склали 14 702,9 тис. грн")
    F("budget_received", "uah", 118400, "Від надання платних послуг надійшло 118,4 тис. грн", label="платні послуги")

    # -- audit: the planted slip
    g.slip("table_arithmetic", "error", RQ, 9846, 9746, [svc_tot] + svc_ids,
           "column «Кількість наданих послуг»: 1 236 + 2 118 + 4 556 + 912 + 624 + 262 + 38 = 9 746, Разом says "
           "9 846 (100 more). The prose repeats 9 846, so the slip is in a row or in the total. The recipients "
           "column adds up (1 187).",
           f"{svc_tot} == S({', '.join(svc_ids)})")
    # -- checks that pass
    g.check("table_arithmetic", RQ, "recipients 412 + 389 + 146 + 38 + 52 + 131 + 19 = 1 187 (Разом)",
            f"{rec_tot} == S({', '.join(rec_ids)})")
    g.check("internal_conflict", "Соціальні послуги отримали 1 187 сімей/осіб",
            "prose 1 187 = table Разом 1 187", f"{srv} == {rec_tot}")
    g.check("internal_conflict", "Загалом за рік надано 9 846 соціальних послуг",
            "prose 9 846 = table Разом 9 846 (both disagree with the rows, see audit)", f"{tot} == {svc_tot}")
    g.check("parts_sum", "серед них 18 соціальних робітників",
            "18 + 9 ≤ 43 staff; 43 ≤ 47 positions", f"{sw} + {fs} <= {act} <= {pos}")
    g.check("parts_sum", "ще 23 сім'ї продовжили отримувати послугу з 2023 року",
            "29 taken in 2024 + 23 carried over = 52", f"{st} + {s23} == {s52}")
    g.check("parts_sum", "Завершено супровід 31 сім'ї",
            "24 + 4 + 3 = 31 completed", f"{pos24} + {o4} + {o3} == {comp}")
    g.check("parts_sum", "На кінець року під супроводом залишається 21 сім'я",
            "31 completed + 21 continuing = 52 served", f"{comp} + {ong} == {s52}")
    g.check("percent_mismatch", "з позитивним результатом – 24 (77,4 %)", "24/31 = 77.42 % → 77,4",
            f"pct({pos24}, {comp}, 77.4, 1)")
    g.check("parts_sum", "складні життєві обставини встановлено у 41 сім'ї",
            "41 ≤ 64 assessed ≤ 67 notified", f"{sjo} <= {na} <= {nt}")
    g.check("internal_conflict", "Послугою догляду вдома протягом року охоплено 146 громадян похилого віку",
            "prose 146 = table row 3 (146); day care 38 = row 4; natural aid 131 = row 6; social support 52 = row 5",
            f"{hc} == {rec_ids[2]} and {dc} == {rec_ids[3]} and {na131} == {rec_ids[5]} and {s52} == {rec_ids[4]}")
    g.check("parts_sum", "з них 97 одиноких", "97 ≤ 146; 12 ≤ 146; 11 ≤ 18; 14 ≤ 38",
            f"{hc1} <= {hc} and {hc2} <= {hc} and {dr1} <= {dr} and {dc1} <= {dc}")
    g.check("percent_impossible", "рівень задоволеності склав 96,3 % (52 з 54 опитаних)",
            "52/54 = 96.30 % → 96,3", f"pct(52, {resp}, {sat}, 1)")
    # -- skipped
    g.skip("Код ЄДРПОУ 44871203", [44871203], "ЄДРПОУ code")
    g.skip("рішенням Березанської міської ради від 24.12.2020 № 118-07-VIII", [24, 12, 2020, 118, 7],
           "decision date and number")
    g.skip("до складу якої входять 17 населених пунктів з населенням близько 21,4 тис. осіб", [17, 21400],
           "settlements and population of the hromada")
    g.skip("Станом на 31.12.2024", [31, 12, 2024], "date")
    g.skip("(у 2023 році – 1 094)", [2023, 1094], "prior-year figure")
    g.skip("Таблиця 1.", [1], "table number")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6, 7], "row numbers (№ з/п)")
    g.skip("(вартість однієї години – 64,80 грн)", [64.8], "tariff per hour")
    g.skip("віком від 6 до 17 років", [6, 17], "ages")
    g.skip("з 8:00 до 17:00", [8, 17], "opening hours")
    g.skip("(52 з 54 опитаних)", [52, 54], "count of satisfied respondents behind the 96,3 % (annotated as "
           "satisfaction); the 54 repeats the respondents fact")
    g.skip("Запровадити послугу тимчасового відпочинку для батьків, які доглядають дітей з інвалідністю "
           "(не менше 10 сімей), та збільшити кількість місць у відділенні денного догляду до 45.", [2025, 10, 45],
           "plan for 2025 (targets)")
    g.skip("від 10.02.2025 № 14-ОД", [10, 2, 2025, 14], "order date and number")
    g.skip("07541, Київська обл., м. Березань, вул. Шевченка, 9. Тел. (04576) 0-31-58", [7541, 9, 4576],
           "postcode, address, phone")
    # -- notes
    g.note("table cells: recipients → served (families_persons, as the header says «сімей/осіб»), services → "
           "services_provided; every cell is a fact quoted by its row; rows hang on the Разом cell of their column")
    g.note("totals written twice (prose and Разом: 1 187 and 9 846) are two facts each; prose figures for one "
           "service (146, 38, 52, 131) are facts in persons/families next to the table's families_persons cells")
    g.note("«ще 23 сім'ї продовжили отримувати послугу з 2023 року» is a 2024 figure: served in 2024, support "
           "begun in 2023 (as blind11's b11_05 treats «взяті під супровід ще у 2022 році»)")
    g.note("«знято з обслуговування ... 11 – у зв'язку зі смертю» → deregistered with a label (alt outcome_other)")
    g.note("the rating «добре» belongs to the internal monitoring of догляд вдома → service home_care, criterion overall")
    g.write()


if __name__ == "__main__":
    build()
    gold()
