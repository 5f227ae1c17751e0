"""b83_03: Департамент соціального захисту населення Кам'янської міської ради (Дніпропетровська),
analytic note on social services in the hromada for 9 months of 2023. DOCX with a table by provider.
Third person. Slip: table_arithmetic (IDP column sums to 1 044, Разом says 1 074)."""
from docx import Document
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b83_03_kamianske_uszn_9m2023.docx"

P_HEAD = [
    "ДЕПАРТАМЕНТ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ КАМ'ЯНСЬКОЇ МІСЬКОЇ РАДИ",
    "51931, Дніпропетровська обл., м. Кам'янське, просп. Свободи, 41, тел. (0569) 05-72-15",
    "АНАЛІТИЧНА ДОВІДКА",
    "щодо надання соціальних послуг у Кам'янській міській територіальній громаді за 9 місяців 2023 року",
]
P_BODY = [
    "Станом на 01.10.2023 у громаді проживає 206,4 тис. осіб, з них на обліку як внутрішньо переміщені "
    "особи перебуває 41,8 тис. осіб. Соціальні послуги в громаді надають чотири комунальні надавачі, "
    "показники яких за січень – вересень 2023 року наведено в таблиці 1.",
    "Таблиця 1. Отримувачі та обсяг соціальних послуг за 9 місяців 2023 року",
]
TABLE = [
    ["№ з/п", "Надавач соціальних послуг", "Отримувачів, осіб", "з них ВПО", "Надано послуг"],
    ["1", "Територіальний центр № 1", "1 846", "212", "38 410"],
    ["2", "Територіальний центр № 2", "1 392", "187", "29 655"],
    ["3", "Центр соціальних служб", "2 117", "604", "11 238"],
    ["4", "Центр комплексної реабілітації для осіб з інвалідністю", "318", "41", "6 902"],
    ["", "Разом", "5 673", "1 074", "86 205"],
]
P_AFTER = [
    "Отже, послугами комунальних надавачів за дев'ять місяців скористалися 5 673 особи, що на 412 осіб "
    "більше, ніж за відповідний період 2022 року.",
    "До Департаменту надійшло 3 912 звернень громадян з питань отримання соціальних послуг; "
    "на телефонну «гарячу лінію» – 1 486 дзвінків. Компенсацію фізичним особам, які надають соціальні "
    "послуги з догляду на непрофесійній основі, призначено 1 127 особам.",
    "Мобільна бригада соціально-психологічної допомоги здійснила 327 виїздів; допомогу отримали 512 осіб, "
    "переважно постраждалі від домашнього насильства.",
    "Гуманітарну (натуральну) допомогу отримали 4 216 осіб, видано 6 030 продуктових наборів. "
    "Послугою «Соціальне таксі» скористалися 263 особи з інвалідністю, виконано 1 018 замовлень.",
    "На виконання міської програми соціального захисту на 2023 рік передбачено 14 562,0 тис. грн; "
    "за 9 місяців використано 10 381,4 тис. грн, або 71,3 % річного обсягу.",
    "Пропозиції: до 31.12.2023 розширити мережу пунктів надання послуг на 3 пункти у Південному та "
    "Заводському районах, залучити до надання послуг громадські організації (понад 10).",
    "Вих. № 21/4-1763 від 16.10.2023",
]


def build(path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for t in P_HEAD + P_BODY:
        d.add_paragraph(t)
    tb = d.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    tb.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, v in enumerate(row):
            tb.cell(i, j).text = v
    for t in P_AFTER:
        d.add_paragraph(t)
    fix_docx_props(d, "Департамент")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Департамент соціального захисту населення Кам'янської міської ради",
        "centre_type": "uszn", "settlement": "Кам'янське", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2023-01-01", "period_end": "2023-09-30"})
    n = lambda x: x[1:]  # noqa: E731
    rows = TABLE[1:5]
    tot = TABLE[5]

    def rq(r):
        return "\t".join(r[1:]) if r is not tot else "Разом\t" + "\t".join(r[2:])
    T1 = g.f("served", "persons", 5673, rq(tot), label="Разом, отримувачів")
    T2 = g.f("served", "persons", 1074, rq(tot), category="внутрішньо переміщені особи", parent=T1,
             label="Разом, з них ВПО")
    T3 = g.f("services_provided", "services", 86205, rq(tot), label="Разом, надано послуг")
    ids = []
    for r in rows:
        a = g.f("served", "persons", int(r[2].replace(" ", "")), rq(r), district=r[1],
                group="served_5673_by_provider", parent=T1)
        b = g.f("served", "persons", int(r[3].replace(" ", "")), rq(r), district=r[1],
                category="внутрішньо переміщені особи", group="vpo_1074_by_provider", parent=T2)
        c = g.f("services_provided", "services", int(r[4].replace(" ", "")), rq(r), district=r[1],
                group="services_86205_by_provider", parent=T3)
        ids.append((a, b, c))
    pr = g.f("served", "persons", 5673, "послугами комунальних надавачів за дев'ять місяців скористалися 5 673 особи")
    ap = g.f("applied", "applications", 3912, "До Департаменту надійшло 3 912 звернень громадян",
             unit_alt="persons")
    g.f("calls", "calls", 1486, "на телефонну «гарячу лінію» – 1 486 дзвінків")
    g.f("served", "persons", 512, "допомогу отримали 512 осіб", label="мобільна бригада соціально-психологічної допомоги",
        service="crisis_intervention")
    g.f("served", "persons", 4216, "Гуманітарну (натуральну) допомогу отримали 4 216 осіб", service="natural_aid")
    g.f("served", "persons", 263, "Послугою «Соціальне таксі» скористалися 263 особи з інвалідністю",
        service="social_taxi", category="особи з інвалідністю")
    ba = g.f("budget_approved", "uah", 14562000, "передбачено 14 562,0 тис. грн",
             label="міська програма соціального захисту на 2023 рік (річний обсяг)")
    bs = g.f("budget_spent", "uah", 10381400, "за 9 місяців використано 10 381,4 тис. грн, або 71,3 %",
             percent=71.3, label="міська програма соціального захисту, 9 місяців")
    col = lambda k: " + ".join(f"f{n(t[k])}" for t in ids)  # noqa: E731
    g.slip("table_arithmetic", "error", rq(tot), 1074, 1044, [T2] + [t[1] for t in ids],
           "«з них ВПО» column: 212 + 187 + 604 + 41 = 1 044, but the Разом row says 1 074 (30 more).",
           f"{col(1)} == f{n(T2)}")
    g.check("table_arithmetic", rq(tot), "Отримувачів column: 1 846 + 1 392 + 2 117 + 318 = 5 673",
            f"{col(0)} == f{n(T1)}")
    g.check("table_arithmetic", rq(tot), "Надано послуг column: 38 410 + 29 655 + 11 238 + 6 902 = 86 205",
            f"{col(2)} == f{n(T3)}")
    g.check("table_arithmetic", rq(rows[0]), "in every row ВПО ≤ отримувачів",
            " and ".join(f"f{n(b)} <= f{n(a)}" for a, b, _ in ids))
    g.check("internal_conflict", "скористалися 5 673 особи", "prose total 5 673 = table Разом 5 673",
            f"f{n(pr)} == f{n(T1)}")
    g.check("percent_mismatch", "за 9 місяців використано 10 381,4 тис. грн, або 71,3 %",
            "10 381,4 / 14 562,0 = 71,29 % → 71,3", f"pct_ok(p{n(bs)}, f{n(bs)}, f{n(ba)}, 1)")
    g.skip("51931, Дніпропетровська обл., м. Кам'янське, просп. Свободи, 41, тел. (0569) 05-72-15",
           [51931, 41, 569, 57215], "postcode, address, phone")
    g.skip("за 9 місяців 2023 року", [9, 2023], "period words")
    g.skip("Станом на 01.10.2023 у громаді проживає 206,4 тис. осіб, з них на обліку як внутрішньо переміщені "
           "особи перебуває 41,8 тис. осіб.", [1, 10, 2023, 206400, 41800], "date, population, IDPs registered in the hromada (population, not service figures)")
    g.skip("надають чотири комунальні надавачі", [4], "number of providers")
    g.skip("Таблиця 1. Отримувачі та обсяг соціальних послуг за 9 місяців 2023 року", [1, 9, 2023], "table number, period")
    g.skip("№ з/п\tНадавач соціальних послуг", [1, 2, 3, 4], "row numbers; «Територіальний центр № 1/№ 2» are names")
    g.skip("що на 412 осіб більше, ніж за відповідний період 2022 року", [412, 2022], "difference to the prior year")
    g.skip("призначено 1 127 особам", [1127], "carers' compensation assigned: a cash benefit, no §3 id")
    g.skip("здійснила 327 виїздів", [327], "call-outs: no §3 id")
    g.skip("видано 6 030 продуктових наборів", [6030], "items handed out")
    g.skip("виконано 1 018 замовлень", [1018], "taxi orders: no §3 id")
    g.skip("На виконання міської програми соціального захисту на 2023 рік", [2023], "programme year")
    g.skip("до 31.12.2023 розширити мережу пунктів надання послуг на 3 пункти", [31, 12, 2023, 3, 10],
           "proposals: deadline, planned points, «понад 10» organisations")
    g.skip("Вих. № 21/4-1763 від 16.10.2023", [21, 4, 1763, 16, 10, 2023], "outgoing number and date")
    g.note("the report period is January–September 2023 («за 9 місяців 2023 року»)")
    g.note("the table: every cell is a fact quoted by its row (the reader prints cells tab-separated); provider rows "
           "carry the provider in `district` and hang on the Разом cell of the same column")
    g.note("the prose repeats the table total 5 673: a second fact (a figure written twice is two facts)")
    g.note("«надійшло 3 912 звернень громадян» → applied, unit applications (unit_alt persons)")
    g.note("the mobile brigade's 512 persons → served with a label; service crisis_intervention is a guess, drop the "
           "service if the scorer is strict")
    g.note("the programme's annual amount (14 562,0) is budget_approved for the year the 9 months belong to, as in "
           "b18_06; the 9-month use is budget_spent with its 71,3 %")
    g.write()


if __name__ == "__main__":
    main()
