"""b105_01: КУ «ЦНСП» Баранинської сільської ради (Закарпатська), annual report 2024, DOCX.
First person plural, numbered sections, a service table with a «Разом» row spanning № and name.
Planted slip: percent_mismatch (87 IDPs of 452 served written as 18,4 %; 19,2 % is right)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, save_docx

NAME = "b105_01_baranyntsi_cnsp_annual2024.docx"

HEAD = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» БАРАНИНСЬКОЇ СІЛЬСЬКОЇ РАДИ УЖГОРОДСЬКОГО РАЙОНУ ЗАКАРПАТСЬКОЇ ОБЛАСТІ",
    "89411, с. Баранинці, вул. Шкільна, 14, тел. (0312) 0-64-27, e-mail: cnsp.baranyntsi@example.ua, код ЄДРПОУ 44718236",
]
TITLE = "ЗВІТ про діяльність Центру надання соціальних послуг за 2024 рік"

P = {}
P["s1"] = "1. Загальні відомості"
P["g1"] = ("Наш Центр утворено рішенням сесії Баранинської сільської ради від 17.12.2021 № 512, і вже третій рік ми "
           "надаємо соціальні послуги мешканцям 11 населених пунктів громади, де проживає близько 13,8 тис. осіб.")
P["g2"] = ("Штатним розписом на 2024 рік затверджено 24,5 штатної одиниці. Фактично у нас працює 21 працівник, з них "
           "9 фахівців із соціальної роботи та 7 соціальних робітників. Протягом року шестеро наших працівників "
           "підвищили кваліфікацію у Закарпатському обласному центрі соціальних служб (72 години навчання).")
P["s2"] = "2. Звернення, оцінка потреб"
P["a1"] = ("У 2024 році до нас звернулися 538 мешканців громади (у 2023 році – 471). Оцінку потреб ми провели щодо "
           "163 осіб; складні життєві обставини встановлено у 148 з них (90,8 %). Решті надано інформаційні послуги "
           "та переадресовано до інших надавачів.")
P["a2"] = ("Соціальні послуги отримали 452 особи, серед них 87 внутрішньо переміщених осіб (18,4 %) та 64 особи з "
           "інвалідністю. Одна людина могла отримати кілька послуг, тому сума за таблицею 1 більша.")
P["s3"] = "3. Соціальні послуги"
P["t_cap"] = "Таблиця 1. Соціальні послуги, надані Центром у 2024 році"
TABLE = [
    ("№ з/п", "Соціальна послуга", "Отримувачів, осіб", "Надано послуг"),
    ("1", "Інформування", "214", "596"),
    ("2", "Консультування", "187", "1 342"),
    ("3", "Догляд вдома", "41", "5 874"),
    ("4", "Натуральна допомога", "96", "118"),
    ("5", "Соціальна адаптація", "23", "311"),
    (None, "Разом", "561", "8 241"),
]
P["c1"] = ("Натуральну допомогу (продуктові та гігієнічні набори, ковдри, дрова) ми видали на загальну суму "
           "214,6 тис. грн; усього роздано 1 260 наборів.")
P["s4"] = "4. Соціальний супровід сімей"
P["d1"] = ("Під соціальним супроводом у 2024 році перебували 19 сімей, у яких виховується 42 дитини. Під супровід "
           "ми взяли 11 сімей. Завершили супровід 12 сімей: з них 8 – з позитивним результатом, 3 – у зв’язку зі "
           "зміною місця проживання, 1 – через відмову сім’ї від послуги. Супровід 7 сімей продовжено на 2025 рік.")
P["s5"] = "5. Групова робота"
P["e1"] = ("Ми провели 26 групових заходів (тренінги для батьків, інформаційні зустрічі, «Школа догляду» для "
           "родичів), у яких взяли участь 318 осіб. Тривалість одного заняття – 1,5 години.")
P["s6"] = "6. Якість послуг"
P["q1"] = ("У грудні 2024 року ми опитали 64 отримувачі послуг. Частка задоволених якістю послуг становить 92,2 %. "
           "Скарг на роботу Центру протягом року не надходило.")
P["s7"] = "7. Фінансування"
P["m1"] = ("Касові видатки Центру за 2024 рік становили 7 836,4 тис. грн при затверджених кошторисом 8 012,0 тис. грн; "
           "економія – 175,6 тис. грн (переважно за енергоносіями).")
P["s8"] = "8. Завдання на 2025 рік"
P["pl"] = ("У 2025 році плануємо запровадити послугу денного догляду для 15 осіб віком від 18 років з інвалідністю "
           "та відкрити пункт прийому в с. Руські Комарівці.")
SIGN = ["Директор КУ «ЦНСП»                                   (підпис)", "Вих. № 36 від 20.01.2025"]


def build(path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for h in HEAD:
        p = doc.add_paragraph(h)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading(TITLE, level=1)
    order = ["s1", "g1", "g2", "s2", "a1", "a2", "s3", "t_cap"]
    for k in order:
        if k.startswith("s"):
            doc.add_heading(P[k], level=2)
        else:
            doc.add_paragraph(P[k])
    t = doc.add_table(rows=len(TABLE), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        if row[0] is None:
            c = t.cell(i, 0).merge(t.cell(i, 1))
            c.text = row[1]
            t.cell(i, 2).text = row[2]
            t.cell(i, 3).text = row[3]
        else:
            for j, v in enumerate(row):
                t.cell(i, j).text = v
    for k in ["c1", "s4", "d1", "s5", "e1", "s6", "q1", "s7", "m1", "s8", "pl"]:
        if k.startswith("s"):
            doc.add_heading(P[k], level=2)
        else:
            doc.add_paragraph(P[k])
    for s in SIGN:
        doc.add_paragraph(s)
    save_docx(doc, path, author="КУ ЦНСП")


def gold():
    g = Gold(NAME, {
        "centre": "Центр надання соціальних послуг Баранинської сільської ради",
        "centre_type": "cnsp", "settlement": "Баранинці", "oblast": "Закарпатська",
        "report_kind": "annual_report", "period_start": "2024-01-01", "period_end": "2024-12-31"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Баранинської сільської ради",
                    "КУ «Центр надання соціальних послуг» Баранинської сільської ради",
                    "Комунальна установа «Центр надання соціальних послуг» Баранинської сільської ради Ужгородського району Закарпатської області"],
         "settlement": ["Баранинська сільська громада"]})
    f = g.f
    pos = f("staff_positions", "positions", 24.5, "затверджено 24,5 штатної одиниці")
    act = f("staff_actual", "staff", 21, "Фактично у нас працює 21 працівник")
    sw = f("staff_actual", "staff", 9, "9 фахівців із соціальної роботи", parent=act, label="фахівці із соціальної роботи")
    sr = f("staff_actual", "staff", 7, "7 соціальних робітників", parent=act, label="соціальні робітники")
    tr = f("staff_trained", "staff", 6, "шестеро наших працівників підвищили кваліфікацію",
           note="number in words («шестеро»)")
    ap = f("applied", "persons", 538, "до нас звернулися 538 мешканців громади")
    na = f("needs_assessed", "persons", 163, "Оцінку потреб ми провели щодо 163 осіб")
    sjo = f("in_difficult_circumstances", "persons", 148, "складні життєві обставини встановлено у 148 з них (90,8 %)",
            percent=90.8, parent=na)
    srv = f("served", "persons", 452, "Соціальні послуги отримали 452 особи")
    idp = f("served", "persons", 87, "87 внутрішньо переміщених осіб (18,4 %)", percent=18.4,
            category="внутрішньо переміщені особи", parent=srv)
    dis = f("served", "persons", 64, "64 особи з інвалідністю", category="особи з інвалідністю", parent=srv)
    # table
    rows = {}
    tot_r = f("served", "persons", 561, "Разом\t561\t8 241", label="Разом (сума за послугами)",
              note="sum of recipients over services; the prose gives 452 unique persons")
    tot_s = f("services_provided", "services", 8241, "Разом\t561\t8 241", label="Разом")
    svc = {"Інформування": "informing", "Консультування": "counselling", "Догляд вдома": "home_care",
           "Натуральна допомога": "natural_aid", "Соціальна адаптація": "social_adaptation"}
    for r in TABLE[1:-1]:
        q = "\t".join(r)
        a = f("served", "persons", int(r[2].replace(" ", "")), q, service=svc[r[1]], group="table1_recipients",
              parent=tot_r)
        b = f("services_provided", "services", int(r[3].replace(" ", "")), q, service=svc[r[1]],
              group="table1_services", parent=tot_s)
        rows[r[1]] = (a, b)
    aid = f("aid_value", "uah", 214600, "на загальну суму 214,6 тис. грн", service="natural_aid")
    sup = f("served", "families", 19, "Під соціальним супроводом у 2024 році перебували 19 сімей",
            service="social_support_sjo", alt=["support_ongoing"])
    supc = f("served", "children", 42, "у яких виховується 42 дитини", service="social_support_sjo",
             alt=["support_ongoing"], parent=sup)
    st = f("support_started", "families", 11, "Під супровід ми взяли 11 сімей", service="social_support_sjo",
           parent=sup)
    cp = f("support_completed", "families", 12, "Завершили супровід 12 сімей", service="social_support_sjo",
           parent=sup, group="support_19_end_of_year")
    o1 = f("outcome_positive", "families", 8, "з них 8 – з позитивним результатом", parent=cp, group="completed_12_by_result")
    o2 = f("outcome_other", "families", 3, "3 – у зв’язку зі зміною місця проживання", parent=cp,
           group="completed_12_by_result", label="зміна місця проживання")
    o3 = f("outcome_other", "families", 1, "1 – через відмову сім’ї від послуги", parent=cp,
           group="completed_12_by_result", label="відмова сім'ї від послуги")
    og = f("support_ongoing", "families", 7, "Супровід 7 сімей продовжено на 2025 рік", service="social_support_sjo",
           parent=sup, group="support_19_end_of_year")
    ev = f("events", "events", 26, "Ми провели 26 групових заходів")
    ep = f("event_participants", "persons", 318, "у яких взяли участь 318 осіб", parent=ev)
    sv = f("survey_respondents", "recipients", 64, "ми опитали 64 отримувачі послуг", unit_alt="persons")
    sat = f("satisfaction", "percent", 92.2, "Частка задоволених якістю послуг становить 92,2 %", alt=["share"])
    cm = f("complaints", "complaints", 0, "Скарг на роботу Центру протягом року не надходило")
    sp = f("budget_spent", "uah", 7836400, "Касові видатки Центру за 2024 рік становили 7 836,4 тис. грн")
    apb = f("budget_approved", "uah", 8012000, "при затверджених кошторисом 8 012,0 тис. грн")
    sa = f("budget_savings", "uah", 175600, "економія – 175,6 тис. грн")

    n = lambda x: x[1:]
    g.slip("percent_mismatch", "error", "серед них 87 внутрішньо переміщених осіб (18,4 %)", 18.4, 19.2, [idp, srv],
           "87 of the 452 persons served is 19,248 % → 19,2 (19,3 only by ceiling); written 18,4 %",
           f"pct_ok(p{n(idp)}, f{n(idp)}, f{n(srv)}, 1)")
    g.check("percent_mismatch", "складні життєві обставини встановлено у 148 з них (90,8 %)",
            "148 / 163 = 90,80 %", f"pct_ok(p{n(sjo)}, f{n(sjo)}, f{n(na)}, 1)")
    g.check("parts_sum", "Оцінку потреб ми провели щодо 163 осіб", "148 ≤ 163 ≤ 538; 452 served ≤ 538 applied",
            f"f{n(sjo)} <= f{n(na)} <= f{n(ap)} and f{n(srv)} <= f{n(ap)}")
    g.check("parts_sum", "Фактично у нас працює 21 працівник, з них 9 фахівців із соціальної роботи та 7 соціальних робітників",
            "9 + 7 ≤ 21 ≤ 24,5 positions; 6 trained ≤ 21", f"f{n(sw)} + f{n(sr)} <= f{n(act)} <= f{n(pos)} and f{n(tr)} <= f{n(act)}")
    g.check("parts_sum", "серед них 87 внутрішньо переміщених осіб (18,4 %) та 64 особи з інвалідністю",
            "87 and 64 are overlapping categories of 452 (87 + 64 ≤ 452)", f"f{n(idp)} + f{n(dis)} <= f{n(srv)}")
    a = [rows[k][0] for k in rows]
    b = [rows[k][1] for k in rows]
    g.check("table_arithmetic", "Разом\t561\t8 241", "recipients: 214 + 187 + 41 + 96 + 23 = 561",
            " + ".join("f" + n(x) for x in a) + f" == f{n(tot_r)}")
    g.check("table_arithmetic", "Разом\t561\t8 241", "services: 596 + 1 342 + 5 874 + 118 + 311 = 8 241",
            " + ".join("f" + n(x) for x in b) + f" == f{n(tot_s)}")
    g.check("parts_sum", "Завершили супровід 12 сімей: з них 8 – з позитивним результатом",
            "8 + 3 + 1 = 12", f"f{n(o1)} + f{n(o2)} + f{n(o3)} == f{n(cp)}")
    g.check("parts_sum", "Супровід 7 сімей продовжено на 2025 рік",
            "12 completed + 7 continued = 19 under support; 11 taken ≤ 19", f"f{n(cp)} + f{n(og)} == f{n(sup)} and f{n(st)} <= f{n(sup)}")
    g.check("percent_impossible", "Частка задоволених якістю послуг становить 92,2 %",
            "92,2 % is reachable with 64 respondents (59 / 64 = 92,19 %)", f"grim_ok(f{n(sat)}, f{n(sv)}, 1)")
    g.check("table_arithmetic", "економія – 175,6 тис. грн", "8 012,0 − 7 836,4 = 175,6 тис. грн",
            f"f{n(apb)} - f{n(sp)} == f{n(sa)}")

    g.skip(HEAD[1], [89411, 14, 312, 6427, 44718236], "postcode, address, phone, ЄДРПОУ")
    g.skip("від 17.12.2021 № 512", [17, 12, 2021, 512], "decision date and number")
    g.skip("мешканцям 11 населених пунктів громади, де проживає близько 13,8 тис. осіб", [11, 13800],
           "settlement count and population")
    g.skip("вже третій рік", [3], "duration in words")
    g.skip("Штатним розписом на 2024 рік", [2024], "year")
    g.skip("(72 години навчання)", [72], "duration of training")
    g.skip("(у 2023 році – 471)", [2023, 471], "prior-year figure")
    g.skip("сума за таблицею 1 більша", [1], "table number")
    g.skip("Таблиця 1. Соціальні послуги, надані Центром у 2024 році", [1, 2024], "table caption")
    g.skip("№ з/п", [1, 2, 3, 4, 5], "row numbers 1–5 of table 1")
    g.skip("усього роздано 1 260 наборів", [1260], "items (sets), no §3 id")
    g.skip("Супровід 7 сімей продовжено на 2025 рік", [2025], "year (the 7 families are a 2024 fact)")
    g.skip("Тривалість одного заняття – 1,5 години.", [1.5], "duration")
    g.skip("У грудні 2024 року", [2024], "date of the survey")
    g.skip(P["pl"], [2025, 15, 18], "plan for 2025 with ages")
    g.skip("Вих. № 36 від 20.01.2025", [36, 20, 1, 2025], "outgoing number and date")
    g.skip("1. Загальні відомості", [1, 2, 3, 4, 5, 6, 7, 8], "section numbers 1.–8.")

    g.note("«Соціальні послуги отримали 452 особи» are unique persons; the table's «Разом 561» sums recipients over "
           "services (the text says so). Both are served/persons facts, the table total labelled.")
    g.note("«87 внутрішньо переміщених осіб (18,4 %)» and «64 особи з інвалідністю» are overlapping «серед них» "
           "categories of the 452: parent only, no group.")
    g.note("«складні життєві обставини встановлено у 148 з них» → in_difficult_circumstances (persons), percent 90,8, "
           "parent the 163 needs assessments.")
    g.note("«шестеро наших працівників» is a number in words and a fact (staff_trained 6).")
    g.note("Natural aid: the table row (96 recipients, 118 services) and the prose amount 214,6 тис. грн "
           "(aid_value, service natural_aid); the 1 260 sets are items and skipped.")
    g.note("«Супровід 7 сімей продовжено на 2025 рік» → support_ongoing; 12 completed + 7 continued = 19.")
    g.note("Survey: «Частка задоволених … 92,2 %» → satisfaction (alt share); 64 «отримувачі» → recipients, unit_alt persons.")
    g.note("Budget amounts written without KEKV codes carry no kekv.")
    g.note("meta_alt: the centre with its legal form (КУ / Комунальна установа), and the hromada name as settlement.")
    return g


if __name__ == "__main__":
    build(report_path(NAME))
    gold().write()
