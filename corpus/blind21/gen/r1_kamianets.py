"""b21_01: Центр соціальних служб Кам'янець-Подільської міської ради, annual report 2024 (DOCX).

Long official sentences with participial clauses; a table by service whose header cells are
merged and whose «Усього» row stands at the top, right under the header.
Planted slip: the «наданих послуг» column sums to 9 862, but the top «Усього» row says 9 926.
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import Gold, fix_docx_props, freeze_zip, report_path

DOC = "b21_01_kamianets_css_annual2024.docx"

HEAD = [
    "ЦЕНТР СОЦІАЛЬНИХ СЛУЖБ КАМ'ЯНЕЦЬ-ПОДІЛЬСЬКОЇ МІСЬКОЇ РАДИ",
    "32300, Хмельницька обл., м. Кам'янець-Подільський, вул. Соборна, 41; тел. (03849) 0-64-17; "
    "e-mail: css.kp@example.ua; код ЄДРПОУ 43917258",
    "Вих. № 01-12/38 від 15.01.2025",
]
TITLE = "ЗВІТ про діяльність Центру соціальних служб Кам'янець-Подільської міської ради за 2024 рік"

S1 = ("Центр соціальних служб, утворений рішенням Кам'янець-Подільської міської ради від 23.12.2020 "
      "№ 47/3 і діючий відповідно до затвердженого тим самим рішенням Положення, у 2024 році, вже "
      "четвертий рік поспіль, надавав соціальні послуги сім'ям, дітям та молоді громади, чисельність "
      "населення якої становить близько 98,6 тис. осіб, з яких понад 11 тисяч – внутрішньо переміщені особи.")
S2 = ("Протягом звітного року до Центру надійшли повідомлення про 286 сімей, які можуть перебувати у "
      "складних життєвих обставинах, отримані від служби у справах дітей, закладів освіти, охорони "
      "здоров'я та поліції, з них 231 – з міста, 55 – зі старостинських округів. Оцінку потреб, проведену "
      "фахівцями із соціальної роботи у встановлені строки, здійснено 268 сім'ям, у 173 з яких виявлено "
      "складні життєві обставини (64,6 %). Решта 18 повідомлень не підтвердилися або сім'ї вибули за "
      "межі громади.")
S3 = ("Усього протягом 2024 року соціальними послугами, наданими Центром як безпосередньо, так і із "
      "залученням партнерів, охоплено 2 417 сімей/осіб, у яких виховується 1 906 дітей, що на 9,3 % "
      "більше, ніж у 2023 році (2 211). Розподіл отримувачів за видами послуг наведено в таблиці 1.")
CAPTION = "Таблиця 1. Отримувачі соціальних послуг та кількість наданих послуг у 2024 році"
ROWS = [
    ("1", "Інформування", "1 134", "1 802"),
    ("2", "Консультування", "806", "5 317"),
    ("3", "Соціальний супровід сімей (осіб), які перебувають у СЖО", "97", "1 164"),
    ("4", "Соціальний супровід прийомних сімей та ДБСТ", "23", "412"),
    ("5", "Соціальна профілактика", "214", "640"),
    ("6", "Кризове та екстрене втручання", "31", "96"),
    ("7", "Натуральна допомога", "112", "431"),
]
TOTAL = ("2 417", "9 926")
S4 = ("Під соціальним супроводом протягом року перебувало 97 сімей (осіб), в яких виховується 188 "
      "дітей, з них 41 сім'я взята під супровід у 2024 році, а 56 сімей отримували послугу з "
      "попереднього року. Завершено надання послуги 52 сім'ям, зокрема: з позитивним результатом "
      "(подолання СЖО) – 38 (73,1 %), з мінімізацією СЖО – 9 (17,3 %), у зв'язку зі зміною місця "
      "проживання – 3 (5,8 %), через відмову сім'ї від послуги – 2 (3,8 %). Продовжено надання "
      "послуги у 2025 році 45 сім'ям (особам). Середня тривалість супроводу склала 7 місяців.")
S5 = ("Соціальним супроводом, здійснюваним закріпленими фахівцями, охоплено 23 прийомні сім'ї та "
      "дитячі будинки сімейного типу, у яких виховується 64 дитини, в тому числі 9 дітей з інвалідністю.")
S6 = ("Проведено 46 групових заходів (тренінгів, інформаційних зустрічей, занять для батьків), якими "
      "охоплено 712 осіб, у тому числі 305 дітей та підлітків.")
S7 = ("Штатним розписом Центру на 2024 рік передбачено 38,5 посади, фактично працює 35 працівників, з "
      "них 27 – фахівці із соціальної роботи; вакантними залишаються 3,5 штатні одиниці. Підвищили "
      "кваліфікацію 19 працівників.")
S8 = ("Скарг на якість надання соціальних послуг у звітному році не надходило. За результатами "
      "анкетування 164 отримувачів, проведеного у листопаді 2024 року, 92,1 % респондентів повністю "
      "задоволені отриманими послугами.")
S9 = ("У 2025 році планується охопити соціальним супроводом не менше 110 сімей та відкрити другий "
      "кабінет психологічної підтримки.")
SIGN = "Директор Центру                                   (підпис)"


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(TITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    for head, body in (("1. Загальні відомості", S1), ("2. Виявлення сімей та оцінка потреб", S2),
                       ("3. Надання соціальних послуг", S3)):
        d.add_heading(head, level=2)
        d.add_paragraph(body)
    d.add_paragraph(CAPTION)
    t = d.add_table(rows=3 + len(ROWS), cols=4)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "№ з/п"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Соціальна послуга"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Кількість"
    t.cell(1, 2).text = "отримувачів (сімей/осіб)"
    t.cell(1, 3).text = "наданих послуг"
    t.cell(2, 0).merge(t.cell(2, 1)).text = "Усього"
    t.cell(2, 2).text, t.cell(2, 3).text = TOTAL
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            t.cell(3 + i, j).text = v
    for head, body in (("4. Соціальний супровід сімей у СЖО", S4),
                       ("5. Супровід прийомних сімей та ДБСТ", S5),
                       ("6. Групова робота", S6), ("7. Кадрове забезпечення", S7),
                       ("8. Якість послуг", S8), ("9. Завдання на 2025 рік", S9)):
        d.add_heading(head, level=2)
        d.add_paragraph(body)
    d.add_paragraph(SIGN)
    fix_docx_props(d, author="ЦСС")
    path = report_path(DOC)
    d.save(path)
    freeze_zip(path)


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Кам'янець-Подільської міської ради",
        "centre_type": "css", "settlement": "Кам'янець-Подільський", "oblast": "Хмельницька",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31",
    })
    f = g.f
    n = f("notified", "families", 286, "надійшли повідомлення про 286 сімей")
    f("notified", "families", 231, "з них 231 – з міста", district="місто", group="notified_286_by_area",
      parent=n)
    f("notified", "families", 55, "55 – зі старостинських округів", district="старостинські округи",
      group="notified_286_by_area", parent=n)
    na = f("needs_assessed", "families", 268, "Оцінку потреб, проведену фахівцями із соціальної роботи у "
           "встановлені строки, здійснено 268 сім'ям")
    f("in_difficult_circumstances", "families", 173, "у 173 з яких виявлено складні життєві обставини (64,6 %)",
      percent=64.6, parent=na)
    sv = f("served", "families_persons", 2417, "охоплено 2 417 сімей/осіб")
    f("served", "children", 1906, "у яких виховується 1 906 дітей", parent=sv)
    tq = "Усього\t2 417\t9 926"
    t1 = f("served", "families_persons", 2417, tq, label="Усього (таблиця 1)")
    t2 = f("services_provided", "services", 9926, tq, label="Усього (таблиця 1)")
    svc = ["informing", "counselling", "social_support_sjo", "social_support_foster",
           "social_prevention", "crisis_intervention", "natural_aid"]
    cells = {}
    for (no, name, rec, srv), sid in zip(ROWS, svc):
        q = "\t".join((no, name, rec, srv))
        a = f("served", "families_persons", int(rec.replace(" ", "")), q, service=sid, label=name,
              group="table1_recipients", parent=t1)
        b = f("services_provided", "services", int(srv.replace(" ", "")), q, service=sid, label=name,
              group="table1_services", parent=t2)
        cells[sid] = (a, b)
    s97 = f("served", "families_persons", 97, "Під соціальним супроводом протягом року перебувало 97 сімей (осіб)",
            service="social_support_sjo", alt=["support_ongoing"])
    f("served", "children", 188, "в яких виховується 188 дітей", service="social_support_sjo",
      alt=["support_ongoing"], parent=s97)
    s41 = f("support_started", "families", 41, "з них 41 сім'я взята під супровід у 2024 році",
            service="social_support_sjo", group="support_97_by_start", parent=s97)
    s56 = f("served", "families", 56, "56 сімей отримували послугу з попереднього року",
            service="social_support_sjo", label="отримували послугу з 2023 року", alt=["support_ongoing"],
            group="support_97_by_start", parent=s97)
    c52 = f("support_completed", "families", 52, "Завершено надання послуги 52 сім'ям",
            service="social_support_sjo", parent=s97)
    o1 = f("outcome_positive", "families", 38, "з позитивним результатом (подолання СЖО) – 38 (73,1 %)",
           percent=73.1, group="completed_52_by_outcome", parent=c52)
    o2 = f("outcome_minimized", "families", 9, "з мінімізацією СЖО – 9 (17,3 %)", percent=17.3,
           group="completed_52_by_outcome", parent=c52)
    o3 = f("outcome_other", "families", 3, "у зв'язку зі зміною місця проживання – 3 (5,8 %)", percent=5.8,
           label="зміна місця проживання", group="completed_52_by_outcome", parent=c52)
    o4 = f("outcome_other", "families", 2, "через відмову сім'ї від послуги – 2 (3,8 %)", percent=3.8,
           label="відмова сім'ї від послуги", group="completed_52_by_outcome", parent=c52)
    on = f("support_ongoing", "families_persons", 45, "Продовжено надання послуги у 2025 році 45 сім'ям (особам)",
           service="social_support_sjo", parent=s97)
    fo = f("served", "families", 23, "охоплено 23 прийомні сім'ї та дитячі будинки сімейного типу",
           service="social_support_foster")
    fc = f("served", "children", 64, "у яких виховується 64 дитини", service="social_support_foster", parent=fo)
    fd = f("served", "children", 9, "в тому числі 9 дітей з інвалідністю", service="social_support_foster",
           category="діти з інвалідністю", parent=fc)
    ev = f("events", "events", 46, "Проведено 46 групових заходів")
    ep = f("event_participants", "persons", 712, "охоплено 712 осіб", parent=ev)
    epc = f("event_participants", "children", 305, "у тому числі 305 дітей та підлітків",
            category="діти та підлітки", parent=ep)
    sp = f("staff_positions", "positions", 38.5, "Штатним розписом Центру на 2024 рік передбачено 38,5 посади")
    sa = f("staff_actual", "staff", 35, "фактично працює 35 працівників")
    ss = f("staff_actual", "staff", 27, "з них 27 – фахівці із соціальної роботи",
           label="фахівці із соціальної роботи", parent=sa)
    tr = f("staff_trained", "staff", 19, "Підвищили кваліфікацію 19 працівників")
    f("complaints", "complaints", 0, "Скарг на якість надання соціальних послуг у звітному році не надходило")
    rs = f("survey_respondents", "recipients", 164, "анкетування 164 отримувачів", unit_alt="persons")
    sat = f("satisfaction", "percent", 92.1, "92,1 % респондентів повністю задоволені отриманими послугами",
            label="повністю задоволені отриманими послугами")

    ids = lambda *xs: " + ".join(xs)  # noqa: E731
    rec_ids = [cells[s][0] for s in svc]
    srv_ids = [cells[s][1] for s in svc]
    g.slip("table_arithmetic", "error", tq, 9926, 9862, [t2] + srv_ids,
           "the «наданих послуг» column of table 1 sums to 1 802 + 5 317 + 1 164 + 412 + 640 + 96 + 431 = "
           "9 862, but the «Усього» row at the top of the table says 9 926 (64 more). The recipients column "
           "adds up.", f"{ids(*srv_ids)} == {t2}")
    g.check("table_arithmetic", tq, "recipients column: 1 134 + 806 + 97 + 23 + 214 + 31 + 112 = 2 417",
            f"{ids(*rec_ids)} == {t1}")
    g.check("parts_sum", "з них 231 – з міста, 55 – зі старостинських округів", "231 + 55 = 286",
            "f2 + f3 == f1")
    g.check("parts_sum", "Решта 18 повідомлень не підтвердилися",
            "268 assessed + 18 not confirmed = 286 notified; 173 ≤ 268", "f4 + 18 == f1 and f5 <= f4")
    g.check("percent_mismatch", "у 173 з яких виявлено складні життєві обставини (64,6 %)",
            "173 / 268 = 64,55 % → 64,6", "pct_ok(p5, f5, f4, 1)")
    g.check("internal_conflict", "охоплено 2 417 сімей/осіб", "prose 2 417 = table «Усього» 2 417",
            f"{sv} == {t1}")
    g.check("internal_conflict", "Під соціальним супроводом протягом року перебувало 97 сімей (осіб)",
            "prose 97 = table row 3 (97); foster 23 = table row 4 (23)",
            f"{s97} == {cells['social_support_sjo'][0]} and {fo} == {cells['social_support_foster'][0]}")
    g.check("parts_sum", "з них 41 сім'я взята під супровід у 2024 році", "41 new + 56 from 2023 = 97",
            f"{s41} + {s56} == {s97}")
    g.check("parts_sum", "Завершено надання послуги 52 сім'ям, зокрема",
            "38 + 9 + 3 + 2 = 52 completed; 52 completed + 45 continued = 97",
            f"{o1} + {o2} + {o3} + {o4} == {c52} and {c52} + {on} == {s97}")
    g.check("percent_mismatch", "з позитивним результатом (подолання СЖО) – 38 (73,1 %)",
            "38/52 = 73,08; 9/52 = 17,31; 3/52 = 5,77; 2/52 = 3,85 → 73,1 / 17,3 / 5,8 / 3,8",
            f"pct_ok(p{o1[1:]}, {o1}, {c52}, 1) and pct_ok(p{o2[1:]}, {o2}, {c52}, 1) and "
            f"pct_ok(p{o3[1:]}, {o3}, {c52}, 1) and pct_ok(p{o4[1:]}, {o4}, {c52}, 1)")
    g.check("percents_sum", "з мінімізацією СЖО – 9 (17,3 %)", "73,1 + 17,3 + 5,8 + 3,8 = 100,0",
            f"psum_ok([p{o1[1:]}, p{o2[1:]}, p{o3[1:]}, p{o4[1:]}], 1)")
    g.check("parts_sum", "в тому числі 9 дітей з інвалідністю", "9 ≤ 64 children; 305 ≤ 712 participants",
            f"{fd} <= {fc} and {epc} <= {ep}")
    g.check("parts_sum", "фактично працює 35 працівників", "27 ≤ 35 ≤ 38,5; 19 trained ≤ 35",
            f"{ss} <= {sa} <= {sp} and {tr} <= {sa}")
    g.check("percent_impossible", "92,1 % респондентів повністю задоволені",
            "151 of 164 = 92,07 % → 92,1", f"grim_ok({sat}, {rs}, 1)")

    g.skip("32300, Хмельницька обл., м. Кам'янець-Подільський, вул. Соборна, 41; тел. (03849) 0-64-17",
           [32300, 41, 3849, 6417], "postcode, address, phone")
    g.skip("код ЄДРПОУ 43917258", [43917258], "ЄДРПОУ")
    g.skip("Вих. № 01-12/38 від 15.01.2025", [1, 12, 38, 15, 1, 2025], "outgoing number and date")
    g.skip("рішенням Кам'янець-Подільської міської ради від 23.12.2020 № 47/3", [23, 12, 2020, 47, 3],
           "decision date and number")
    g.skip("вже четвертий рік поспіль", [4], "ordinal (years of work)")
    g.skip("близько 98,6 тис. осіб, з яких понад 11 тисяч – внутрішньо переміщені особи", [98600, 11000],
           "population of the hromada and its IDPs; not a service figure")
    g.skip("Решта 18 повідомлень не підтвердилися", [18], "notifications not confirmed; no §3 id (used as a "
           "literal in a check)")
    g.skip("що на 9,3 % більше, ніж у 2023 році (2 211)", [9.3, 2023, 2211], "growth rate and 2023 figure")
    g.skip("Таблиця 1.", [1], "table number (also row numbers 1–7 and «2024 році» in the caption)")
    g.skip("Середня тривалість супроводу склала 7 місяців.", [7], "duration")
    g.skip("вакантними залишаються 3,5 штатні одиниці", [3.5], "vacancies; no §3 id")
    g.skip("У 2025 році планується охопити соціальним супроводом не менше 110 сімей та відкрити другий",
           [2025, 110, 2], "plan for 2025 and an ordinal")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8, 9], "section numbers 1.–9.")
    g.skip("у листопаді 2024 року", [2024], "survey month")

    g.note("the «Усього» row stands at the top of table 1, right under the two header rows; the table's cells "
           "hang on it (recipients and services are two groups)")
    g.note("a figure written twice is two facts: 2 417 in prose and in the table; 97 and 23 in the table and "
           "in sections 4 and 5")
    g.note("the 56 families «отримували послугу з попереднього року» → served with a label, alt support_ongoing; "
           "«Продовжено надання послуги у 2025 році 45» → support_ongoing")
    g.note("«отримувачів» of the survey → unit recipients, unit_alt persons")
    g.write()


if __name__ == "__main__":
    build()
    gold()
