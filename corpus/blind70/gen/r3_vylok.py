"""b70_03: КУ «ЦНСП» Вилоцької селищної ради (Закарпатська), report for 9 months of 2023.
DOCX (python-docx) with a service table and first-person-plural prose."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b70_03_vylok_cnsp_9m2023.docx"

HEAD = [
    "КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» ВИЛОЦЬКОЇ СЕЛИЩНОЇ РАДИ",
    "90352, Закарпатська обл., Берегівський р-н, селище Вилок, вул. Мукачівська, 41. Тел. (03143) 0-26-15. Код ЄДРПОУ 44170385",
    "№ 312/02-08 від 09.10.2023",
    "Начальнику відділу соціального захисту населення Вилоцької селищної ради",
]
TITLE = "Звіт про роботу КУ «ЦНСП» Вилоцької селищної ради за 9 місяців 2023 року"
P1 = [
    "Наш Центр утворено рішенням сесії селищної ради від 22.12.2021 № 1178. Ми надаємо послуги мешканцям 11 населених пунктів громади, а також внутрішньо переміщеним особам, яких у громаді зареєстровано понад 2 300.",
    "За дев'ять місяців 2023 року до нас звернулися 611 осіб, що на 74 більше, ніж за аналогічний період 2022 року. Оцінку потреб ми провели 148 особам. Соціальні послуги отримали 539 осіб, кількість наданих послуг – 3 862. Розподіл за видами послуг наведено в таблиці 1.",
]
TABLE_TITLE = "Таблиця 1. Соціальні послуги, надані за січень – вересень 2023 року"
ROWS = [
    ("№", "Послуга", "Отримувачів, осіб", "з них ВПО", "Надано послуг"),
    ("1", "Інформування", "204", "88", "611"),
    ("2", "Консультування", "167", "59", "1 046"),
    ("3", "Догляд вдома", "52", "3", "1 732"),
    ("4", "Соціальна адаптація", "38", "21", "173"),
    ("5", "Натуральна допомога", "61", "40", "61"),
    ("6", "Соціальний супровід сімей (осіб) у СЖО", "17", "5", "239"),
    ("", "Разом", "539", "226", "3 862"),
]
P2 = [
    "Під соціальним супроводом у звітному періоді перебувало 17 сімей, у яких виховується 41 дитина віком від 2 до 17 років. Із них 6 сімей ми взяли під супровід у січні – вересні. Завершили супровід 5 сімей: чотири – з позитивним результатом, одна – у зв'язку з переїздом до Ужгорода.",
    "Догляд вдома у нас отримують 52 особи похилого віку; тривалість візиту – до 2 годин, графік – 3 рази на тиждень. Натуральну допомогу (продуктові набори, 186 шт., та 45 комплектів постільної білизни) ми отримали від благодійного фонду і видали 61 отримувачу.",
    "Ми провели 19 групових заходів (тренінги для батьків, клуб «Затишок» для ВПО), учасниками яких стали 247 осіб.",
    "У штаті Центру 14 посад, працюють 12 фахівців. Троє працівників пройшли навчання за програмою «Кейс-менеджмент» (40 годин).",
    "Скарг від отримувачів ми не отримували.",
    "У IV кварталі 2023 року плануємо запровадити послугу «денний догляд» для 10 осіб з інвалідністю.",
    "Директор КУ «ЦНСП»                                         ________________",
]


def make(path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for h in HEAD:
        d.add_paragraph(h)
    d.add_paragraph(TITLE).runs[0].bold = True
    for p in P1:
        d.add_paragraph(p)
    d.add_paragraph(TABLE_TITLE)
    t = d.add_table(rows=len(ROWS), cols=5)
    t.style = "Table Grid"
    for r, row in enumerate(ROWS):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for p in P2:
        d.add_paragraph(p)
    fix_docx_props(d, "ЦНСП Вилок")
    d.save(path)
    freeze_zip(path)


def build():
    path = report_path(DOC)
    make(path)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Вилоцької селищної ради",
        "centre_type": "cnsp", "settlement": "Вилок", "oblast": "Закарпатська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"},
        {"centre": ["Комунальна установа «Центр надання соціальних послуг» Вилоцької селищної ради",
                    "КУ «Центр надання соціальних послуг» Вилоцької селищної ради",
                    "КУ «ЦНСП» Вилоцької селищної ради"]})
    f = g.f
    ap = f("applied", "persons", 611, "до нас звернулися 611 осіб")
    na = f("needs_assessed", "persons", 148, "Оцінку потреб ми провели 148 особам")
    sv = f("served", "persons", 539, "Соціальні послуги отримали 539 осіб")
    sp = f("services_provided", "services", 3862, "кількість наданих послуг – 3 862")
    tot = "\tРазом\t539\t226\t3 862"
    ts = f("served", "persons", 539, tot, label="Разом (таблиця 1)")
    tv = f("served", "persons", 226, tot, category="внутрішньо переміщені особи", label="Разом (таблиця 1), з них ВПО",
           parent=ts)
    tp = f("services_provided", "services", 3862, tot, label="Разом (таблиця 1)")
    rows = [("1\tІнформування\t204\t88\t611", "informing", 204, 88, 611),
            ("2\tКонсультування\t167\t59\t1 046", "counselling", 167, 59, 1046),
            ("3\tДогляд вдома\t52\t3\t1 732", "home_care", 52, 3, 1732),
            ("4\tСоціальна адаптація\t38\t21\t173", "social_adaptation", 38, 21, 173),
            ("5\tНатуральна допомога\t61\t40\t61", "natural_aid", 61, 40, 61),
            ("6\tСоціальний супровід сімей (осіб) у СЖО\t17\t5\t239", "social_support_sjo", 17, 5, 239)]
    ids = []
    for q, svc, a, b, c in rows:
        x = f("served", "persons", a, q, service=svc, group="table1_served_by_service", parent=ts)
        y = f("served", "persons", b, q, service=svc, category="внутрішньо переміщені особи",
              group="table1_idp_by_service", parent=tv)
        z = f("services_provided", "services", c, q, service=svc, group="table1_services_by_service", parent=tp)
        ids.append((x, y, z))
    ss = f("served", "families", 17, "Під соціальним супроводом у звітному періоді перебувало 17 сімей",
           service="social_support_sjo", alt=["support_ongoing"])
    sc = f("served", "children", 41, "у яких виховується 41 дитина", service="social_support_sjo",
           alt=["support_ongoing"], parent=ss)
    st = f("support_started", "families", 6, "Із них 6 сімей ми взяли під супровід", service="social_support_sjo", parent=ss)
    sd = f("support_completed", "families", 5, "Завершили супровід 5 сімей", service="social_support_sjo", parent=ss)
    o1 = f("outcome_positive", "families", 4, "чотири – з позитивним результатом", service="social_support_sjo",
           group="completed_5_by_result", parent=sd)
    o2 = f("outcome_other", "families", 1, "одна – у зв'язку з переїздом до Ужгорода", service="social_support_sjo",
           label="у зв'язку з переїздом", group="completed_5_by_result", parent=sd)
    hc = f("served", "persons", 52, "Догляд вдома у нас отримують 52 особи", service="home_care")
    nt = f("served", "recipients", 61, "видали 61 отримувачу", service="natural_aid", unit_alt="persons")
    ev = f("events", "events", 19, "Ми провели 19 групових заходів")
    ep = f("event_participants", "persons", 247, "учасниками яких стали 247 осіб", parent=ev)
    pos = f("staff_positions", "positions", 14, "У штаті Центру 14 посад")
    act = f("staff_actual", "staff", 12, "працюють 12 фахівців")
    trn = f("staff_trained", "staff", 3, "Троє працівників пройшли навчання")
    cmp_ = f("complaints", "complaints", 0, "Скарг від отримувачів ми не отримували.")

    xs = " + ".join(x for x, _, _ in ids)
    ys = " + ".join(y for _, y, _ in ids)
    zs = " + ".join(z for _, _, z in ids)
    g.slip("table_arithmetic", "error", tot, 226, 216, [tv] + [y for _, y, _ in ids],
           "the «з них ВПО» column of table 1 sums to 88 + 59 + 3 + 21 + 40 + 5 = 216, but its Разом cell says 226 "
           "(10 more). The other two columns add up.", f"{ys} == {tv}")
    g.check("table_arithmetic", tot, "Отримувачів: 204 + 167 + 52 + 38 + 61 + 17 = 539", f"{xs} == {ts}")
    g.check("table_arithmetic", tot, "Надано послуг: 611 + 1 046 + 1 732 + 173 + 61 + 239 = 3 862", f"{zs} == {tp}")
    g.check("parts_sum", "\tз них ВПО\t", "in every row the IDPs are ≤ the recipients of that row",
            " and ".join(f"{y} <= {x}" for x, y, _ in ids))
    g.check("internal_conflict", "Соціальні послуги отримали 539 осіб, кількість наданих послуг – 3 862",
            "prose 539 recipients and 3 862 services equal the table's Разом", f"{sv} == {ts} and {sp} == {tp}")
    g.check("internal_conflict", "Догляд вдома у нас отримують 52 особи", "prose 52 = table row 3; prose 61 natural-aid "
            "recipients = table row 5; 17 families under support = table row 6",
            f"{hc} == {ids[2][0]} and {nt} == {ids[4][0]} and {ss} == {ids[5][0]}")
    g.check("parts_sum", "Завершили супровід 5 сімей: чотири – з позитивним результатом, одна – у зв'язку з переїздом",
            "4 + 1 = 5; 6 started and 5 completed ≤ 17", f"{o1} + {o2} == {sd} and {st} <= {ss} and {sd} <= {ss}")
    g.check("parts_sum", "до нас звернулися 611 осіб", "148 assessed and 539 served ≤ 611 applied",
            f"{na} <= {ap} and {sv} <= {ap}")
    g.check("parts_sum", "У штаті Центру 14 посад, працюють 12 фахівців", "3 trained ≤ 12 working ≤ 14 positions",
            f"{trn} <= {act} <= {pos}")

    g.skip("90352, Закарпатська обл., Берегівський р-н, селище Вилок, вул. Мукачівська, 41. Тел. (03143) 0-26-15. Код ЄДРПОУ 44170385",
           [90352, 41, 3143, 0, 26, 15, 44170385], "postcode, address, phone, ЄДРПОУ")
    g.skip("№ 312/02-08 від 09.10.2023", [312, 2, 8, 9, 10, 2023], "outgoing number and date")
    g.skip("за 9 місяців 2023 року", [9, 2023], "report period")
    g.skip("За дев'ять місяців 2023 року", [2023], "report year")
    g.skip("наведено в таблиці 1.", [1], "table number")
    g.skip("рішенням сесії селищної ради від 22.12.2021 № 1178", [22, 12, 2021, 1178], "decision date and number")
    g.skip("мешканцям 11 населених пунктів громади", [11], "number of settlements")
    g.skip("яких у громаді зареєстровано понад 2 300", [2300], "registered IDP population of the hromada")
    g.skip("що на 74 більше, ніж за аналогічний період 2022 року", [74, 2022], "difference to the prior year")
    g.skip("Таблиця 1. Соціальні послуги, надані за січень – вересень 2023 року", [1, 2023], "table number, period")
    g.skip("1\tІнформування", [1, 2, 3, 4, 5, 6], "row numbers 1–6")
    g.skip("віком від 2 до 17 років", [2, 17], "ages")
    g.skip("тривалість візиту – до 2 годин, графік – 3 рази на тиждень", [2, 3], "duration, frequency")
    g.skip("(продуктові набори, 186 шт., та 45 комплектів постільної білизни)", [186, 45], "items handed out")
    g.skip("(40 годин)", [40], "course duration")
    g.skip("У IV кварталі 2023 року плануємо запровадити послугу «денний догляд» для 10 осіб з інвалідністю.",
           ["IV", 2023, 10], "plan")
    g.note("first-person-plural report («ми провели», «до нас звернулися»)")
    g.note("table 1: every cell is a fact quoted by its row; rows hang on the Разом cell of the same column; the ВПО column "
           "hangs on the ВПО total, which hangs on the recipients total")
    g.note("figures written twice are two facts: prose 539 / 3 862 vs Разом; prose home care 52 and natural aid 61 vs the "
           "table rows; 17 families under support (prose, families) vs row 6 (Отримувачів, осіб → persons)")
    g.note("«видали 61 отримувачу» → unit recipients (unit_alt persons); «Троє працівників» (a word) → staff_trained 3; "
           "«чотири» / «одна» → outcome facts")
    g.note("«611» is both the applied persons and the informing services of row 1: two different facts")
    g.write()
    return g


if __name__ == "__main__":
    build()
