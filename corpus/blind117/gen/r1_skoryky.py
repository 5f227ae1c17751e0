"""b117_01: КУ «ЦНСП» Скориківської сільської ради (Тернопільська), annual report 2024, DOCX, first person plural."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b117_01_skoryky_cnsp_annual2024.docx"

HEAD = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» СКОРИКІВСЬКОЇ СІЛЬСЬКОЇ РАДИ",
    "47725, Тернопільська обл., Тернопільський р-н, с. Скорики, вул. Центральна, 14; тел. (0352) 0-47-19; e-mail: cnsp.skoryky@example.ua; код ЄДРПОУ 44187263",
]
TITLE = ["ЗВІТ", "про діяльність Центру надання соціальних послуг у 2024 році"]

SECTIONS = [
    ("1. Загальні відомості", [
        "Наш Центр створено рішенням сесії Скориківської сільської ради від 18.02.2021 № 97. Ми обслуговуємо мешканців 19 населених пунктів громади, у яких проживає близько 9,8 тис. осіб.",
        "Штатним розписом на 2024 рік затверджено 21 посаду; фактично в Центрі працюють 19 осіб, з них 11 соціальних робітників. Упродовж року 7 наших працівників підвищили кваліфікацію на курсах і вебінарах.",
    ]),
    ("2. Звернення та оцінка потреб", [
        "У 2024 році до нас звернулися 418 осіб (у 2023 році – 376), з них 63 – внутрішньо переміщені особи. Письмових заяв про надання соціальних послуг надійшло 29.",
        "Оцінку індивідуальних потреб ми здійснили для 157 осіб; за її результатами двом заявникам рекомендовано послуги іншого надавача.",
    ]),
    ("3. Надання соціальних послуг", [
        "Загалом соціальними послугами Центру охоплено 402 особи. Оскільки частина отримувачів користувалася кількома послугами, сума за видами послуг у таблиці 1 більша за цю кількість.",
    ]),
]

TABLE_CAPTION = "Таблиця 1. Отримувачі та кількість наданих соціальних послуг у 2024 році"
TABLE = [
    ["№ з/п", "Соціальна послуга", "Отримувачів, осіб", "Надано послуг"],
    ["1", "Інформування", "211", "640"],
    ["2", "Консультування", "164", "388"],
    ["3", "Догляд вдома", "58", "7 452"],
    ["4", "Натуральна допомога", "96", "96"],
    ["5", "Соціальна адаптація", "23", "184"],
    ["", "Разом", "552", "8 760"],
]

AFTER = [
    ("", [
        "Послугу догляду вдома ми надавали 58 особам, з них 41 особа з інвалідністю та 17 громадян похилого віку, старших за 80 років. Вартість однієї години послуги у 2024 році становила 78,40 грн; середня тривалість відвідування – 2,5 години.",
    ]),
    ("4. Соціальний супровід сімей", [
        "Під соціальним супроводом упродовж року перебувало 17 сімей, у яких виховується 38 дітей. Під супровід ми взяли 9 сімей, а завершили його 11 сім'ям: 7 – з позитивним результатом, 2 – у зв'язку зі зміною місця проживання, 1 – через відмову сім'ї від послуги.",
        "На 2025 рік продовжено супровід шести сімей.",
    ]),
    ("5. Натуральна допомога та групова робота", [
        "Натуральну допомогу (продуктові та гігієнічні набори від благодійних фондів) отримали 96 осіб; усього видано 214 наборів на загальну суму 126,3 тис. грн.",
        "Ми провели 12 групових заходів – тренінги для батьків, інформаційні зустрічі у старостатах, – у яких взяли участь 187 осіб. Тривалість одного тренінгу – 2 години.",
    ]),
    ("6. Якість послуг", [
        "У грудні 2024 року ми опитали 64 отримувачі послуг. Якістю послуг повністю задоволені 89,1 % опитаних (57 осіб). Скарг на роботу Центру у звітному році не надходило.",
    ]),
    ("7. Фінансування", [
        "Видатки загального фонду на 2024 рік затверджено в сумі 6 412,7 тис. грн, касові видатки становили 6 298,5 тис. грн, економія – 114,2 тис. грн.",
    ]),
    ("8. Завдання на 2025 рік", [
        "У 2025 році плануємо запровадити послугу денного догляду для 15 осіб віком від 18 років і довести охоплення опитуванням до 100 отримувачів.",
    ]),
]
SIGN = ["Директор КУ «ЦНСП» ____________", "22.01.2025 № 18/02-09"]


def build(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True

    def sections(secs):
        for head, paras in secs:
            if head:
                doc.add_heading(head, level=2)
            for t in paras:
                doc.add_paragraph(t)

    sections(SECTIONS)
    doc.add_paragraph(TABLE_CAPTION)
    t = doc.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    last = t.rows[-1]
    merged = last.cells[0].merge(last.cells[1])
    merged.text = "Разом"
    sections(AFTER)
    for s in SIGN:
        doc.add_paragraph(s)
    fix_docx_props(doc, author="КУ ЦНСП")
    doc.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Скориківської сільської ради",
        "centre_type": "cnsp", "settlement": "Скорики", "oblast": "Тернопільська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    }, meta_alt={"centre": [
        "Комунальна установа «Центр надання соціальних послуг» Скориківської сільської ради",
        "КУ «Центр надання соціальних послуг» Скориківської сільської ради"]})
    f = g.f
    pos = f("staff_positions", "positions", 21, "Штатним розписом на 2024 рік затверджено 21 посаду")
    act = f("staff_actual", "staff", 19, "фактично в Центрі працюють 19 осіб")
    sw = f("staff_actual", "staff", 11, "з них 11 соціальних робітників", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 7, "Упродовж року 7 наших працівників підвищили кваліфікацію")
    ap = f("applied", "persons", 418, "У 2024 році до нас звернулися 418 осіб")
    idp = f("applied", "persons", 63, "з них 63 – внутрішньо переміщені особи",
            category="внутрішньо переміщені особи", parent=ap)
    apl = f("applied", "applications", 29, "Письмових заяв про надання соціальних послуг надійшло 29")
    na = f("needs_assessed", "persons", 157, "Оцінку індивідуальних потреб ми здійснили для 157 осіб")
    tot = f("served", "persons", 402, "Загалом соціальними послугами Центру охоплено 402 особи")
    rows = [("informing", "1\tІнформування\t211\t640", 211, 640),
            ("counselling", "2\tКонсультування\t164\t388", 164, 388),
            ("home_care", "3\tДогляд вдома\t58\t7 452", 58, 7452),
            ("natural_aid", "4\tНатуральна допомога\t96\t96", 96, 96),
            ("social_adaptation", "5\tСоціальна адаптація\t23\t184", 23, 184)]
    tq = "Разом\t552\t8 760"
    t_rec = f("served", "persons", 552, tq, label="Разом (сума за видами послуг)",
              note="sum of recipients by service; persons using several services are counted in each")
    t_srv = f("services_provided", "services", 8760, tq, label="Разом")
    rec_ids, srv_ids = [], []
    for svc, q, r, s in rows:
        rec_ids.append(f("served", "persons", r, q, service=svc, group="table1_recipients", parent=t_rec))
        srv_ids.append(f("services_provided", "services", s, q, service=svc, group="table1_services", parent=t_srv))
    hc = f("served", "persons", 58, "Послугу догляду вдома ми надавали 58 особам", service="home_care")
    hc1 = f("served", "persons", 41, "з них 41 особа з інвалідністю", service="home_care",
            category="особи з інвалідністю", group="home_care_58", parent=hc)
    hc2 = f("served", "persons", 17, "17 громадян похилого віку", service="home_care",
            category="громадяни похилого віку", group="home_care_58", parent=hc)
    ss = f("served", "families", 17, "Під соціальним супроводом упродовж року перебувало 17 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    ssc = f("served", "children", 38, "у яких виховується 38 дітей", service="social_support_sjo",
            alt=["support_ongoing"], parent=ss)
    st_ = f("support_started", "families", 9, "Під супровід ми взяли 9 сімей", service="social_support_sjo", parent=ss)
    sc = f("support_completed", "families", 11, "а завершили його 11 сім'ям", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 7, "7 – з позитивним результатом", service="social_support_sjo",
           group="completed_11", parent=sc)
    o2 = f("outcome_other", "families", 2, "2 – у зв'язку зі зміною місця проживання", service="social_support_sjo",
           label="зміна місця проживання", group="completed_11", parent=sc)
    o3 = f("outcome_other", "families", 1, "1 – через відмову сім'ї від послуги", service="social_support_sjo",
           label="відмова сім'ї від послуги", group="completed_11", parent=sc)
    og = f("support_ongoing", "families", 6, "На 2025 рік продовжено супровід шести сімей.", service="social_support_sjo",
           note="number in words; a 2024 figure (support carried into 2025)")
    nat = f("served", "persons", 96, "Натуральну допомогу (продуктові та гігієнічні набори від благодійних фондів) отримали 96 осіб",
            service="natural_aid")
    av = f("aid_value", "uah", 126300, "на загальну суму 126,3 тис. грн", service="natural_aid")
    ev = f("events", "events", 12, "Ми провели 12 групових заходів")
    ep = f("event_participants", "persons", 187, "у яких взяли участь 187 осіб", parent=ev)
    sr = f("survey_respondents", "persons", 64, "ми опитали 64 отримувачі послуг", unit_alt="recipients")
    sat = f("satisfaction", "percent", 89.1, "Якістю послуг повністю задоволені 89,1 % опитаних",
            alt=["share"], label="повністю задоволені якістю послуг")
    cp = f("complaints", "complaints", 0, "Скарг на роботу Центру у звітному році не надходило.")
    ba = f("budget_approved", "uah", 6412700, "Видатки загального фонду на 2024 рік затверджено в сумі 6 412,7 тис. грн",
           label="загальний фонд")
    bs = f("budget_spent", "uah", 6298500, "касові видатки становили 6 298,5 тис. грн", label="загальний фонд")
    bv = f("budget_savings", "uah", 114200, "економія – 114,2 тис. грн", label="загальний фонд")

    n = lambda x: int(x[1:])  # noqa: E731
    g.slip("parts_sum", "error",
           "а завершили його 11 сім'ям: 7 – з позитивним результатом, 2 – у зв'язку зі зміною місця проживання, 1 – через відмову сім'ї від послуги",
           10, 11, [sc, o1, o2, o3],
           "the three reasons after the colon partition the 11 families whose support was completed, but 7 + 2 + 1 = 10: one family is missing",
           f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(sc)}")
    g.check("table_arithmetic", tq, "211 + 164 + 58 + 96 + 23 = 552",
            " + ".join(f"f{n(i)}" for i in rec_ids) + f" == f{n(t_rec)}")
    g.check("table_arithmetic", tq, "640 + 388 + 7 452 + 96 + 184 = 8 760",
            " + ".join(f"f{n(i)}" for i in srv_ids) + f" == f{n(t_srv)}")
    g.check("parts_sum", "з них 41 особа з інвалідністю та 17 громадян похилого віку", "41 + 17 = 58",
            f"f{n(hc1)} + f{n(hc2)} == f{n(hc)}")
    g.check("internal_conflict", "Послугу догляду вдома ми надавали 58 особам", "prose 58 = table row 58",
            f"f{n(hc)} == f{n(rec_ids[2])}")
    g.check("internal_conflict", "Натуральну допомогу (продуктові та гігієнічні набори від благодійних фондів) отримали 96 осіб",
            "prose 96 = table row 96", f"f{n(nat)} == f{n(rec_ids[3])}")
    g.check("parts_sum", "Під соціальним супроводом упродовж року перебувало 17 сімей",
            "17 under support − 11 completed = 6 carried into 2025; 9 taken ≤ 17",
            f"f{n(ss)} - f{n(sc)} == f{n(og)} and f{n(st_)} <= f{n(ss)}")
    g.check("percent_mismatch", "Якістю послуг повністю задоволені 89,1 % опитаних (57 осіб)",
            "57 / 64 = 89,06 % → 89,1 (57 has no §3 id and is used as a literal)", f"pct_ok(f{n(sat)}, 57, f{n(sr)}, 1)")
    g.check("table_arithmetic", "економія – 114,2 тис. грн", "6 412,7 − 6 298,5 = 114,2 тис. грн",
            f"f{n(ba)} - f{n(bs)} == f{n(bv)}")
    g.check("parts_sum", "з них 63 – внутрішньо переміщені особи", "63 ≤ 418; 402 served ≤ 418 applied; 157 assessed ≤ 418",
            f"f{n(idp)} <= f{n(ap)} and f{n(tot)} <= f{n(ap)} and f{n(na)} <= f{n(ap)}")
    g.check("parts_sum", "фактично в Центрі працюють 19 осіб", "11 ≤ 19 ≤ 21; 7 trained ≤ 19",
            f"f{n(sw)} <= f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")

    g.skip("47725, Тернопільська обл., Тернопільський р-н, с. Скорики, вул. Центральна, 14; тел. (0352) 0-47-19",
           [47725, 14, 352, 4719], "postcode, address, phone")
    g.skip("код ЄДРПОУ 44187263", [44187263], "ЄДРПОУ")
    g.skip("у 2024 році", [2024], "the year in the title and throughout")
    g.skip("рішенням сесії Скориківської сільської ради від 18.02.2021 № 97", [18, 2, 2021, 97], "decision date and number")
    g.skip("Ми обслуговуємо мешканців 19 населених пунктів громади, у яких проживає близько 9,8 тис. осіб.",
           [19, 9800], "settlement count and population")
    g.skip("(у 2023 році – 376)", [2023, 376], "prior-year figure")
    g.skip("двом заявникам рекомендовано послуги іншого надавача", [2], "referrals to another provider: no §3 id")
    g.skip("сума за видами послуг у таблиці 1 більша за цю кількість", [1], "table number")
    g.skip(TABLE_CAPTION, [1, 2024], "table number, year")
    g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers")
    g.skip("старших за 80 років", [80], "age")
    g.skip("Вартість однієї години послуги у 2024 році становила 78,40 грн; середня тривалість відвідування – 2,5 години.",
           [2024, 78.4, 2.5], "tariff and duration")
    g.skip("На 2025 рік", [2025], "year")
    g.skip("усього видано 214 наборів", [214], "items (набори)")
    g.skip("Тривалість одного тренінгу – 2 години.", [2], "duration")
    g.skip("У грудні 2024 року", [2024], "survey date")
    g.skip("(57 осіб)", [57], "count of fully satisfied respondents: no §3 id; used as a literal in the percent check")
    g.skip("У 2025 році плануємо запровадити послугу денного догляду для 15 осіб віком від 18 років і довести охоплення опитуванням до 100 отримувачів.",
           [2025, 15, 18, 100], "plan for 2025, age")
    g.skip("22.01.2025 № 18/02-09", [22, 1, 2025, 18, 2, 9], "outgoing date and number")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers")

    g.note("served 402 (persons covered) and the table's Разом 552 (sum of recipients by service) are different totals; the text explains that persons using several services are counted in each row → not a finding. Both are served/persons facts, told apart by label")
    g.note("the table's «Разом» cell spans № and the service name; each cell is a fact quoted by its row; rows hang on the total of the same column")
    g.note("the home-care 58 and natural-aid 96 of the prose repeat table rows: two facts each")
    g.note("«завершили його 11 сім'ям» → support_completed; reasons after the colon are a partition (group completed_11): outcome_positive 7, outcome_other 2 and 1. They sum to 10 — the planted slip")
    g.note("«На 2025 рік продовжено супровід шести сімей» → support_ongoing 6 (number in words), a figure of 2024")
    g.note("survey respondents «отримувачі послуг» counted as persons (unit_alt recipients)")
    g.note("budget amounts in тис. грн stored in hryvnias; no KEKV code is written, so no kekv")
    return g


if __name__ == "__main__":
    path = report_path(DOC)
    build(path)
    gold().write()
