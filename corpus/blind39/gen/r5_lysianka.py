"""b39_05: відділ соціального захисту населення Лисянської селищної ради, analytic note on social services in 2023 (DOCX, KEKV table)."""
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import Gold, report_path, fix_docx_props, freeze_zip

NAME = "b39_05_lysianka_uszn_analytic2023.docx"

HEAD = [
    "ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ЛИСЯНСЬКОЇ СЕЛИЩНОЇ РАДИ",
    "19301, смт Лисянка, вул. Небесної Сотні, 9, тел. (04749) 0-51-36",
]
TITLE = ["АНАЛІТИЧНА ДОВІДКА", "про стан надання соціальних послуг у Лисянській селищній територіальній громаді за 2023 рік"]
P1 = [
    "До складу громади входить 26 населених пунктів, у яких проживає 15,9 тис. осіб, з них 4,7 тис. – особи пенсійного віку. Відповідно до рішення селищної ради від 16.12.2022 № 31-4/VIII соціальні послуги мешканцям громади надає комунальна установа «Центр надання соціальних послуг» Лисянської селищної ради (далі – ЦНСП).",
    "Упродовж 2023 року до відділу та ЦНСП за отриманням соціальних послуг звернулися 1 146 осіб. Оцінювання потреб проведено 276 особам. Рішення про надання послуг прийнято щодо 259 осіб, про відмову – щодо 17 осіб.",
    "Соціальними послугами протягом року охоплено 803 особи (на 64 особи більше, ніж у 2022 році), зокрема: консультування отримали 405 осіб, догляд вдома – 214, натуральну допомогу – 89, соціальний супровід – 58, денний догляд – 37.",
    "Вартість однієї години догляду вдома, затверджена рішенням виконавчого комітету від 27.01.2023 № 12, становить 86,40 грн. Послуги на платній основі отримували 46 осіб; до спеціального фонду ЦНСП надійшло 58,2 тис. грн.",
    "Штатним розписом ЦНСП передбачено 44,5 штатної одиниці, фактично працює 41 працівник, з них 27 соціальних робітників. Протягом року 19 працівників пройшли навчання та підвищили кваліфікацію.",
    "Фінансування ЦНСП у 2023 році здійснювалося з бюджету селищної ради за КПКВК 0813104. Стан використання коштів загального фонду наведено в таблиці.",
    "Таблиця. Видатки загального фонду ЦНСП за 2023 рік, тис. грн",
]
TABLE = [
    ["КЕКВ", "Найменування видатків", "Затверджено на рік", "Касові видатки", "Економія"],
    ["2111", "Заробітна плата", "6 412,8", "6 398,5", "14,3"],
    ["2120", "Нарахування на оплату праці", "1 410,8", "1 407,6", "3,2"],
    ["2210", "Предмети, матеріали, обладнання та інвентар", "286,4", "271,9", "14,5"],
    ["2240", "Оплата послуг (крім комунальних)", "194,7", "188,2", "6,5"],
    ["2270", "Оплата комунальних послуг та енергоносіїв", "352,1", "329,8", "23,3"],
    ["2800", "Інші поточні видатки", "12,0", "11,4", "0,6"],
    ["Разом", "", "8 668,8", "8 607,4", "61,4"],
]
P2 = [
    "Касові видатки загального фонду становлять 99,3 % затверджених призначень. Економія виникла переважно за рахунок оплати комунальних послуг у зв'язку з теплою зимою.",
    "Скарг від отримувачів соціальних послуг до відділу протягом 2023 року не надходило.",
    "Висновки та пропозиції. Потреба в догляді вдома задоволена не повністю: станом на 31.12.2023 на черзі очікують 12 осіб. Доцільно передбачити у штатному розписі ЦНСП на 2024 рік ще 3 посади соціальних робітників та запровадити послугу «соціальне таксі».",
    "Начальник відділу                                    (підпис)",
    "Довідку підготовлено 19.02.2024",
]


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for line in HEAD:
        p = d.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in TITLE:
        p = d.add_paragraph()
        p.add_run(line).bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in P1:
        d.add_paragraph(line)
    t = d.add_table(rows=len(TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    last = t.rows[-1]
    last.cells[0].merge(last.cells[1])
    last.cells[0].text = "Разом"
    for line in P2:
        d.add_paragraph(line)
    fix_docx_props(d, "ВСЗН")
    path = report_path(NAME)
    d.save(path)
    freeze_zip(path)


ROWS = [("2111", "Заробітна плата", 6412800, 6398500, 14300),
        ("2120", "Нарахування на оплату праці", 1410800, 1407600, 3200),
        ("2210", "Предмети, матеріали, обладнання та інвентар", 286400, 271900, 14500),
        ("2240", "Оплата послуг (крім комунальних)", 194700, 188200, 6500),
        ("2270", "Оплата комунальних послуг та енергоносіїв", 352100, 329800, 23300),
        ("2800", "Інші поточні видатки", 12000, 11400, 600)]


def tq(v):
    s = f"{v / 1000:.1f}".replace(".", ",")
    ip, dp = s.split(",")
    if len(ip) > 3:
        ip = ip[:-3] + " " + ip[-3:]
    return ip + "," + dp


def gold(text):
    g = Gold(NAME, {
        "centre": "Відділ соціального захисту населення Лисянської селищної ради",
        "centre_type": "uszn", "settlement": "Лисянка", "report_kind": "period_report",
        "period_start": "2023-01-01", "period_end": "2023-12-31"},
        meta_alt={"centre": ["Центр надання соціальних послуг Лисянської селищної ради",
                             "Комунальна установа «Центр надання соціальних послуг» Лисянської селищної ради"],
                  "centre_type": ["cnsp"], "report_kind": ["annual_report", "other"]})
    f = g.f
    ap = f("applied", "persons", 1146, "звернулися 1 146 осіб")
    na = f("needs_assessed", "persons", 276, "Оцінювання потреб проведено 276 особам")
    sv = f("served", "persons", 803, "Соціальними послугами протягом року охоплено 803 особи")
    parts = []
    for svc, q, v in (("counselling", "консультування отримали 405 осіб", 405), ("home_care", "догляд вдома – 214", 214),
                      ("natural_aid", "натуральну допомогу – 89", 89), ("social_support_sjo", "соціальний супровід – 58", 58),
                      ("day_care", "денний догляд – 37", 37)):
        parts.append(f("served", "persons", v, q, service=svc, group="served_803_by_service", parent=sv))
    paid = f("served", "persons", 46, "Послуги на платній основі отримували 46 осіб", label="платні послуги")
    rec = f("budget_received", "uah", 58200, "до спеціального фонду ЦНСП надійшло 58,2 тис. грн", label="спеціальний фонд, платні послуги")
    pos = f("staff_positions", "positions", 44.5, "Штатним розписом ЦНСП передбачено 44,5 штатної одиниці")
    act = f("staff_actual", "staff", 41, "фактично працює 41 працівник")
    sw = f("staff_actual", "staff", 27, "з них 27 соціальних робітників", label="соціальні робітники", parent=act)
    tr = f("staff_trained", "staff", 19, "Протягом року 19 працівників пройшли навчання")
    row_q = {}
    for line in text.splitlines():
        for k, *_ in ROWS:
            if line.startswith(k + "\t"):
                row_q[k] = line
        if line.startswith("Разом"):
            row_q["tot"] = line
    tot_q = row_q["tot"]
    TA = f("budget_approved", "uah", 8668800, tot_q, label="Разом, загальний фонд, затверджено на рік")
    TS = f("budget_spent", "uah", 8607400, tot_q, label="Разом, загальний фонд, касові видатки")
    TE = f("budget_savings", "uah", 61400, tot_q, label="Разом, загальний фонд, економія")
    rid = {}
    for k, name, a, s, e in ROWS:
        q = row_q[k]
        rid[k] = (f("budget_approved", "uah", a, q, kekv=k, label=name, group="approved_by_kekv", parent=TA),
                  f("budget_spent", "uah", s, q, kekv=k, label=name, group="spent_by_kekv", parent=TS),
                  f("budget_savings", "uah", e, q, kekv=k, label=name, group="savings_by_kekv", parent=TE))
    cp = f("complaints", "complaints", 0, "Скарг від отримувачів соціальних послуг до відділу протягом 2023 року не надходило")

    a70, s70, e70 = rid["2270"]
    g.slip("table_arithmetic", "error", row_q["2270"], 23300, 22300, [a70, s70, e70],
           "КЕКВ 2270: економія = затверджено − касові видатки = 352,1 − 329,8 = 22,3 тис. грн, the table says 23,3",
           f"{a70} - {s70} == {e70}", slip=1)
    es = [rid[k][2] for k, *_ in ROWS]
    g.slip("table_arithmetic", "error", tot_q, 62400, 61400, es + [TE],
           "the «Економія» column sums to 62,4 тис. грн with the 23,3 of КЕКВ 2270, but «Разом» says 61,4 (which is right: 8 668,8 − 8 607,4); the same slip seen from the column",
           " + ".join(es) + f" == {TE}", slip=1)
    g.check("table_arithmetic", tot_q, "approved column: 6 412,8 + 1 410,8 + 286,4 + 194,7 + 352,1 + 12,0 = 8 668,8",
            " + ".join(rid[k][0] for k, *_ in ROWS) + f" == {TA}")
    g.check("table_arithmetic", tot_q, "spent column: 6 398,5 + 1 407,6 + 271,9 + 188,2 + 329,8 + 11,4 = 8 607,4",
            " + ".join(rid[k][1] for k, *_ in ROWS) + f" == {TS}")
    g.check("table_arithmetic", tot_q, "Разом: 8 668,8 − 8 607,4 = 61,4", f"{TA} - {TS} == {TE}")
    for k, name, a, s, e in ROWS:
        if k == "2270":
            continue
        g.check("table_arithmetic", row_q[k], f"КЕКВ {k}: {tq(a)} − {tq(s)} = {tq(e)}", f"{rid[k][0]} - {rid[k][1]} == {rid[k][2]}")
    g.check("percent_mismatch", "Касові видатки загального фонду становлять 99,3 % затверджених призначень",
            "8 607,4 / 8 668,8 = 99,29 % → 99,3 (a bare share, no fact; uses the table totals)", f"pct_ok(99.3, {TS}, {TA}, 1)")
    g.check("parts_sum", "Соціальними послугами протягом року охоплено 803 особи", "405 + 214 + 89 + 58 + 37 = 803",
            " + ".join(parts) + f" == {sv}")
    g.check("parts_sum", "Оцінювання потреб проведено 276 особам", "decisions 259 granted + 17 refused = 276 assessed (literals); 276 ≤ 1 146",
            f"259 + 17 == {na} and {na} <= {ap}")
    g.check("parts_sum", "з них 27 соціальних робітників", "27 ≤ 41 ≤ 44,5; 19 trained ≤ 41", f"{sw} <= {act} <= {pos} and {tr} <= {act}")
    g.skip("19301, смт Лисянка, вул. Небесної Сотні, 9, тел. (04749) 0-51-36", [19301, 9, 4749, 5136], "postcode, address, phone")
    g.skip("за 2023 рік", [2023], "period year")
    g.skip("До складу громади входить 26 населених пунктів, у яких проживає 15,9 тис. осіб, з них 4,7 тис. – особи пенсійного віку",
           [26, 15900, 4700], "settlements and population")
    g.skip("рішення селищної ради від 16.12.2022 № 31-4/VIII", [16, 12, 2022, 31, 4], "decision date and number")
    g.skip("Рішення про надання послуг прийнято щодо 259 осіб, про відмову – щодо 17 осіб", [259, 17],
           "decisions and refusals (no §3 id; literals in a check)")
    g.skip("(на 64 особи більше, ніж у 2022 році)", [64, 2022], "difference with the prior year")
    g.skip("Вартість однієї години догляду вдома, затверджена рішенням виконавчого комітету від 27.01.2023 № 12, становить 86,40 грн",
           [27, 1, 2023, 12, 86.4], "tariff, decision date and number")
    g.skip("за КПКВК 0813104", [813104], "budget programme code")
    g.skip("Касові видатки загального фонду становлять 99,3 % затверджених призначень", [99.3],
           "a derived execution rate of the table totals (no §3 id of its own); checked")
    g.skip("станом на 31.12.2023 на черзі очікують 12 осіб", [31, 12, 2023, 12], "date; waiting list (no §3 id)")
    g.skip("на 2024 рік ще 3 посади соціальних робітників", [2024, 3], "proposal for 2024")
    g.skip("Довідку підготовлено 19.02.2024", [19, 2, 2024], "compile date")
    g.note("the author is the hromada's social-protection department, writing about the ЦНСП it oversees: centre = the department (uszn), with the ЦНСП accepted in meta_alt; report_kind period_report (analytic note), alt annual_report / other")
    g.note("the budget table is in тис. грн, stored in hryvnias; each cell is a fact with its KEKV, quoted by its row; rows hang on the «Разом» cell of the same column. The «Разом» row carries no kekv")
    g.note("one slip (КЕКВ 2270 economy 23,3 instead of 22,3) recorded as two findings: the row's derived column and the column sum")
    g.note("«44,5 штатної одиниці» → staff_positions 44.5")
    g.write()


if __name__ == "__main__":
    build()
    from common import read_text
    gold(read_text(report_path(NAME)))
