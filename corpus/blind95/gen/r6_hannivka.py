"""b95_06: відділ соціального захисту населення Ганнівської сільської ради (Кіровоградська), analytic note
for Q3 2021. UTF-8 TXT (LF), numbered paragraphs, a pipe-drawn text table, bullets."""
from common import Gold, report_path, write_text

NAME = "b95_06_hannivka_uszn_q3_2021.txt"

T = [
    "| Надавач / послуга                      | Отримувачів, осіб | Надано послуг |",
    "|----------------------------------------|-------------------|---------------|",
    "| ТЦСО: догляд вдома                     |                86 |         3 114 |",
    "| ТЦСО: натуральна допомога              |                41 |            41 |",
    "| ЦСС: консультування                    |               118 |           264 |",
    "| ЦСС: соціальний супровід сімей у СЖО   |                14 |           167 |",
    "| Всього                                 |               259 |         3 586 |",
]

TEXT = """ГАННІВСЬКА СІЛЬСЬКА РАДА
ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ
28210, Кіровоградська обл., с. Ганнівка, вул. Соборна, 18, тел. (05251) 0-32-64, szn.hannivka@example.ua

вих. № 03-17/512 від 11.10.2021

Сільському голові

АНАЛІТИЧНА ДОВІДКА
щодо соціального захисту населення та надання соціальних послуг
у Ганнівській сільській територіальній громаді за III квартал 2021 року

1. Загальна інформація. Станом на 01.10.2021 у громаді проживає 9 870 осіб, з них 2 960 – особи пенсійного віку. На обліку отримувачів житлових субсидій перебуває 1 214 домогосподарств.

2. Звернення громадян. У липні–вересні до відділу звернулися 412 осіб (у II кварталі – 377), з них:
• особисто – 388;
• через електронну пошту та «Гарячу лінію» – 24.
Прийнято 297 заяв про призначення державних соціальних допомог і субсидій. Надійшло 2 письмові скарги щодо затримки виплати допомоги, обидві розглянуто в установлений строк.

3. Соціальні послуги. Відділ координує роботу двох надавачів: територіального центру соціального обслуговування та центру соціальних служб. Дані надавачів за III квартал 2021 року:

{table}

Одноразову матеріальну допомогу з бюджету громади за квартал надано 37 особам на загальну суму 74,0 тис. грн (середній розмір – 2 тис. грн).

4. Вивчення думки отримувачів. У вересні 2021 р. опитано 64 отримувачі послуг ТЦСО та ЦСС. Якість послуг оцінили як «добре» – 71,9 %, «задовільно» – 25,0 %, «незадовільно» – 6,3 %.

5. Заходи. Спільно з ЦСС до Дня Незалежності проведено 5 заходів для людей похилого віку та сімей з дітьми, участь у них взяли 163 особи.

6. Фінансування. На виконання програми «Турбота» на 2021 рік передбачено 640,0 тис. грн. Кошторисом на III квартал затверджено 186,0 тис. грн, касові видатки склали 179,3 тис. грн, економія – 6,7 тис. грн (3,6 %).

7. Кадри. Штатна чисельність відділу – 7 посад, фактично працюють 6 осіб. Двоє соціальних робітників ТЦСО звільнилися у серпні, на їх місця оголошено конкурс.

8. На IV квартал заплановано: провести внутрішню оцінку якості послуги догляду вдома до 20.12.2021, охопити послугами не менше 270 осіб.

Начальник відділу                    ____________
Виконавець: тел. (05251) 0-32-66
""".replace("{table}", "\n".join(T))


def num(s):
    return int(s.replace(" ", ""))


def gold():
    g = Gold(NAME, {
        "centre": "Відділ соціального захисту населення Ганнівської сільської ради",
        "centre_type": "uszn", "settlement": "Ганнівка", "oblast": "Кіровоградська",
        "report_kind": "period_report", "period_start": "2021-07-01", "period_end": "2021-09-30"},
        meta_alt={"settlement": ["Ганнівська сільська територіальна громада", "Ганнівська сільська громада"]})
    f = g.f
    ap = f("applied", "persons", 412, "У липні–вересні до відділу звернулися 412 осіб")
    a1 = f("applied", "persons", 388, "особисто – 388", parent=ap, group="applied_412_by_channel", label="особисто")
    a2 = f("applied", "persons", 24, "через електронну пошту та «Гарячу лінію» – 24", parent=ap,
           group="applied_412_by_channel", label="через електронну пошту та «Гарячу лінію»")
    aa = f("applied", "applications", 297, "Прийнято 297 заяв про призначення державних соціальних допомог і субсидій",
           label="заяви про призначення допомог і субсидій")
    cm = f("complaints", "complaints", 2, "Надійшло 2 письмові скарги щодо затримки виплати допомоги")
    rows = []
    svc = [("home_care", "ТЦСО"), ("natural_aid", "ТЦСО"), ("counselling", "ЦСС"), ("social_support_sjo", "ЦСС")]
    tot_cells = [c.strip() for c in T[6].strip("|").split("|")]
    tot_line = "\t".join(tot_cells)  # the reader prints a pipe-drawn table as tab-separated cells
    ts = f("served", "persons", num(tot_cells[1]), tot_line, label="Всього")
    tp = f("services_provided", "services", num(tot_cells[2]), tot_line, label="Всього")
    rs, rp = [], []
    for line, (sv, prov) in zip(T[2:6], svc):
        cells = [c.strip() for c in line.strip("|").split("|")]
        line = "\t".join(cells)
        rs.append(f("served", "persons", num(cells[1]), line, service=sv, district=prov, label=cells[0],
                    parent=ts, group="table_recipients"))
        rp.append(f("services_provided", "services", num(cells[2]), line, service=sv, district=prov, label=cells[0],
                    parent=tp, group="table_services"))
    ma = f("served", "persons", 37, "за квартал надано 37 особам", label="одноразова матеріальна допомога")
    av = f("aid_value", "uah", 74000, "на загальну суму 74,0 тис. грн", label="одноразова матеріальна допомога")
    sr = f("survey_respondents", "recipients", 64, "опитано 64 отримувачі послуг ТЦСО та ЦСС", unit_alt="persons")
    s1 = f("share", "percent", 71.9, "Якість послуг оцінили як «добре» – 71,9 %", alt=["satisfaction"],
           label="оцінили якість послуг як «добре»", group="survey_64_by_answer")
    s2 = f("share", "percent", 25, "«задовільно» – 25,0 %", label="оцінили якість послуг як «задовільно»",
           group="survey_64_by_answer", note="written 25,0")
    s3 = f("share", "percent", 6.3, "«незадовільно» – 6,3 %", label="оцінили якість послуг як «незадовільно»",
           group="survey_64_by_answer")
    ev = f("events", "events", 5, "до Дня Незалежності проведено 5 заходів")
    ep = f("event_participants", "persons", 163, "участь у них взяли 163 особи", parent=ev)
    ba = f("budget_approved", "uah", 640000, "На виконання програми «Турбота» на 2021 рік передбачено 640,0 тис. грн",
           label="програма «Турбота», 2021 рік (річний)")
    bq = f("budget_approved", "uah", 186000, "Кошторисом на III квартал затверджено 186,0 тис. грн",
           label="III квартал")
    bs = f("budget_spent", "uah", 179300, "касові видатки склали 179,3 тис. грн", label="III квартал")
    bv = f("budget_savings", "uah", 6700, "економія – 6,7 тис. грн (3,6 %)", percent=3.6, label="III квартал")
    pos = f("staff_positions", "positions", 7, "Штатна чисельність відділу – 7 посад")
    act = f("staff_actual", "staff", 6, "фактично працюють 6 осіб")

    v = lambda x: "f" + x[1:]  # noqa: E731
    p = lambda x: "p" + x[1:]  # noqa: E731
    g.check("parts_sum", "до відділу звернулися 412 осіб (у II кварталі – 377), з них:", "388 + 24 = 412",
            f"{v(a1)} + {v(a2)} == {v(ap)}")
    g.check("table_arithmetic", tot_line, "86 + 41 + 118 + 14 = 259", " + ".join(map(v, rs)) + f" == {v(ts)}")
    g.check("table_arithmetic", tot_line, "3 114 + 41 + 264 + 167 = 3 586", " + ".join(map(v, rp)) + f" == {v(tp)}")
    g.check("percent_impossible", "Якість послуг оцінили як «добре» – 71,9 %",
            "each share alone is reachable with 64 respondents (46, 16 and 4 of 64)",
            f"grim_ok({v(s1)}, {v(sr)}, 1) and grim_ok({v(s2)}, {v(sr)}, 1) and grim_ok({v(s3)}, {v(sr)}, 1)")
    g.check("parts_sum", "Кошторисом на III квартал затверджено 186,0 тис. грн", "quarter 186,0 ≤ year 640,0",
            f"{v(bq)} <= {v(ba)}")
    g.check("table_arithmetic", "економія – 6,7 тис. грн (3,6 %)", "186,0 − 179,3 = 6,7", f"near({v(bq)} - {v(bs)}, {v(bv)})")
    g.check("percent_mismatch", "економія – 6,7 тис. грн (3,6 %)", "6,7 / 186,0 = 3,60 %", f"pct_ok({p(bv)}, {v(bv)}, {v(bq)}, 1)")
    g.check("parts_sum", "(середній розмір – 2 тис. грн)", "74,0 тис. грн / 37 = 2 тис. грн (literal)",
            f"{v(av)} == 2000 * {v(ma)}")
    g.check("parts_sum", "Штатна чисельність відділу – 7 посад, фактично працюють 6 осіб", "6 ≤ 7",
            f"{v(act)} <= {v(pos)}")
    g.slip("percents_sum", "error",
           "Якість послуг оцінили як «добре» – 71,9 %, «задовільно» – 25,0 %, «незадовільно» – 6,3 %.",
           103.2, 100, [s1, s2, s3],
           "the three answers partition the 64 respondents but sum to 71,9 + 25,0 + 6,3 = 103,2 %; "
           "46 + 16 + 4 = 66 > 64",
           f"psum_ok([{v(s1)}, {v(s2)}, {v(s3)}], 1)")

    g.skip("28210, Кіровоградська обл., с. Ганнівка, вул. Соборна, 18, тел. (05251) 0-32-64",
           [28210, 18, 5251, 3264], "postcode, address, phone")
    g.skip("вих. № 03-17/512 від 11.10.2021", [3, 17, 512, 11, 10, 2021], "outgoing number and date")
    g.skip("у Ганнівській сільській територіальній громаді за III квартал 2021 року", [3, 2021], "period in the title")
    g.skip("Станом на 01.10.2021 у громаді проживає 9 870 осіб, з них 2 960 – особи пенсійного віку.",
           [1, 10, 2021, 9870, 2960], "date, population")
    g.skip("На обліку отримувачів житлових субсидій перебуває 1 214 домогосподарств.", [1214],
           "subsidy households (no §3 id; not the СЖО register)")
    g.skip("(у II кварталі – 377)", [2, 377], "previous quarter")
    g.skip("обидві розглянуто в установлений строк", [2], "«обидві» repeats the 2 complaints")
    g.skip("Відділ координує роботу двох надавачів", [2], "number of providers (in words)")
    g.skip("Дані надавачів за III квартал 2021 року:", [3, 2021], "period")
    g.skip("(середній розмір – 2 тис. грн)", [2000], "average amount; literal in a check")
    g.skip("У вересні 2021 р.", [2021], "survey month")
    g.skip("Двоє соціальних робітників ТЦСО звільнилися у серпні", [2], "staff turnover (no §3 id)")
    g.skip("8. На IV квартал заплановано: провести внутрішню оцінку якості послуги догляду вдома до 20.12.2021, охопити послугами не менше 270 осіб.",
           [8, 4, 20, 12, 2021, 270], "plan for the next quarter")
    for h in ("1. Загальна інформація.", "2. Звернення громадян.", "3. Соціальні послуги.",
              "4. Вивчення думки отримувачів.", "5. Заходи.", "6. Фінансування.", "7. Кадри."):
        g.skip(h, [int(h[0])], "paragraph number")
    g.skip("Виконавець: тел. (05251) 0-32-66", [5251, 3266], "phone")
    g.note("centre_type uszn: a «відділ соціального захисту населення» of a village council (provider_types lists «відділ соціального захисту населення» under uszn)")
    g.note("the pipe-drawn table (the reader prints it as tab-separated cells, without the rule line): every cell is a fact quoted by its printed row; provider (ТЦСО / ЦСС) in `district`; rows hang on the Всього cells")
    g.note("«звернулися 412 осіб» → applied persons; «Прийнято 297 заяв …» → applied applications, a separate count (not a part of the 412)")
    g.note("survey: the three answer shares are share (the first alt satisfaction); 25,0 is stored as 25")
    g.note("«одноразову матеріальну допомогу … надано 37 особам» → served with a label (no service id), the sum → aid_value")
    g.write()


if __name__ == "__main__":
    write_text(report_path(NAME), TEXT)
    gold()
