"""b24_07: Центр соціальних служб Рожищенської міської ради (Волинська), information for a council session on 2023. Markdown."""
from common import Gold, report_path, write_text

DOC = "b24_07_rozhyshche_css_session2023.md"

KEKV = [  # code, name, approved, spent, savings (as written)
    ("2111", "Заробітна плата", 2418600.00, 2397214.55, 21385.45),
    ("2120", "Нарахування на оплату праці", 532090.00, 527387.20, 4702.80),
    ("2210", "Предмети, матеріали, обладнання та інвентар", 48500.00, 46912.30, 1587.70),
    ("2240", "Оплата послуг (крім комунальних)", 61200.00, 58640.00, 2650.00),   # slip: 61 200 − 58 640 = 2 560
    ("2250", "Видатки на відрядження", 6000.00, 4218.00, 1782.00),
    ("2273", "Оплата електроенергії", 37400.00, 35926.81, 1473.19),
]
TOTAL = (3103790.00, 3070298.86, 33491.14)


def m(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s


def val(x):
    return int(x) if float(x).is_integer() else round(x, 2)


def row_md(r):
    return f"| {r[0]} | {r[1]} | {m(r[2])} | {m(r[3])} | {m(r[4])} |"


def row_q(r):
    return f"{r[0]}\t{r[1]}\t{m(r[2])}\t{m(r[3])}\t{m(r[4])}"


TOTAL_MD = f"| **Разом** | | **{m(TOTAL[0])}** | **{m(TOTAL[1])}** | **{m(TOTAL[2])}** |"
TOTAL_Q = f"Разом\t\t{m(TOTAL[0])}\t{m(TOTAL[1])}\t{m(TOTAL[2])}"

TEXT = f"""# Інформація про роботу Центру соціальних служб Рожищенської міської ради у 2023 році

*До розгляду на 38 сесії Рожищенської міської ради 8 скликання*

Центр соціальних служб Рожищенської міської ради (код ЄДРПОУ 43921870; 45101, Волинська обл., м. Рожище, вул. Незалежності, 60; тел. (03368) 0-22-91) надає соціальні послуги сім'ям, дітям та молоді громади.

## 1. Хто отримував послуги

За 2023 рік послугами Центру скористалися 612 сімей (1 463 особи). Загалом надано 2 559 соціальних послуг, а саме:

- інформування — 1 107;
- консультування — 846;
- соціальна профілактика — 203;
- соціальний супровід сімей у СЖО — 318;
- соціальне супроводження прийомних сімей і ДБСТ — 72;
- екстрене (кризове) втручання — 9;
- посередництво (медіація) — 4.

## 2. Соціальний супровід

Під соціальним супроводом протягом року перебували 53 сім'ї (121 дитина). За населеними пунктами: м. Рожище – 21, с. Дубище – 9, с. Тристень – 8, с. Копачівка – 6, с. Переспа – 5, с. Сокіл – 4.

Завершено супровід 35 сімей: у 24 подолано складні життєві обставини, у 8 – мінімізовано, ще 3 сім'ї відмовилися від співпраці до виконання плану. На 2024 рік супровід продовжено 18 сім'ям. Середня тривалість супроводу – 4 місяці, на одного фахівця припадало 8,8 сім'ї.

## 3. Прийомні сім'ї та ДБСТ

Соціальне супроводження отримували 5 сімей – 4 прийомні сім'ї та 1 дитячий будинок сімейного типу, де виховується 19 дітей. У 2023 році створено 1 нову прийомну сім'ю.

## 4. Профілактика

Проведено 17 групових заходів (тренінги «Батьківство в радість», заняття з протидії булінгу в 5 школах), у яких взяли участь 356 осіб, з них 214 – діти та підлітки.

## 5. Кадри

Штатним розписом передбачено 9 посад; працює 8 фахівців, з них 6 – фахівці із соціальної роботи. Усі 8 працівників пройшли навчання на платформі Мінсоцполітики.

## 6. Якість послуг

Анкетування (листопад 2023 р.): опитано 57 отримувачів, задоволені якістю послуг – 54 (94,7 %). Скарг протягом року не зареєстровано.

## 7. Фінансування

Кошторис Центру на 2023 рік (загальний фонд), грн:

| КЕКВ | Найменування | Затверджено | Касові видатки | Економія |
|---|---|---:|---:|---:|
{chr(10).join(row_md(r) for r in KEKV)}
{TOTAL_MD}

Економія утворилася переважно за рахунок вакантної посади та тимчасової непрацездатності працівників.

Директор Центру (підпис)

15.01.2024
"""


def build():
    write_text(report_path(DOC), TEXT, encoding="utf-8", newline="\n")


def gold():
    g = Gold(DOC, {
        "centre": "Центр соціальних служб Рожищенської міської ради",
        "centre_type": "css", "settlement": "Рожище", "oblast": "Волинська",
        "report_kind": "annual_report", "period_start": "2023-01-01", "period_end": "2023-12-31"},
        {"report_kind": ["other"]})
    f = g.f
    fam = f("served", "families", 612, "послугами Центру скористалися 612 сімей (1 463 особи)")
    per = f("served", "persons", 1463, "612 сімей (1 463 особи)", parent=fam)
    tq = "Загалом надано 2 559 соціальних послуг, а саме:"
    t = f("services_provided", "services", 2559, tq)
    gr = "services_2559_by_service"
    L = [("інформування — 1 107;", 1107, "informing"), ("консультування — 846;", 846, "counselling"),
         ("соціальна профілактика — 203;", 203, "social_prevention"), ("соціальний супровід сімей у СЖО — 318;", 318, "social_support_sjo"),
         ("соціальне супроводження прийомних сімей і ДБСТ — 72;", 72, "social_support_foster"),
         ("екстрене (кризове) втручання — 9;", 9, "crisis_intervention"), ("посередництво (медіація) — 4.", 4, "mediation")]
    lids = [f("services_provided", "services", v, q, service=s, group=gr, parent=t) for q, v, s in L]
    sq = "Під соціальним супроводом протягом року перебували 53 сім'ї (121 дитина)"
    s = f("served", "families", 53, sq, service="social_support_sjo", alt=["support_ongoing"])
    sc = f("served", "children", 121, "53 сім'ї (121 дитина)", service="social_support_sjo", alt=["support_ongoing"], parent=s)
    gr = "served_53_by_settlement"
    V = [("м. Рожище – 21", "Рожище", 21), ("с. Дубище – 9", "Дубище", 9), ("с. Тристень – 8", "Тристень", 8),
         ("с. Копачівка – 6", "Копачівка", 6), ("с. Переспа – 5", "Переспа", 5), ("с. Сокіл – 4", "Сокіл", 4)]
    vids = [f("served", "families", v, q, service="social_support_sjo", district=d, group=gr, parent=s, alt=["support_ongoing"]) for q, d, v in V]
    cq = "Завершено супровід 35 сімей"
    cp = f("support_completed", "families", 35, cq, service="social_support_sjo")
    gr = "completed_35_by_outcome"
    o1 = f("outcome_positive", "families", 24, "у 24 подолано складні життєві обставини", service="social_support_sjo", group=gr, parent=cp)
    o2 = f("outcome_minimized", "families", 8, "у 8 – мінімізовано", service="social_support_sjo", group=gr, parent=cp)
    o3 = f("outcome_other", "families", 3, "ще 3 сім'ї відмовилися від співпраці до виконання плану", service="social_support_sjo",
           label="відмова від співпраці", group=gr, parent=cp, alt=["outcome_negative"])
    on = f("support_ongoing", "families", 18, "На 2024 рік супровід продовжено 18 сім'ям", service="social_support_sjo")
    fs = f("served", "families", 5, "Соціальне супроводження отримували 5 сімей", service="social_support_foster")
    gr = "foster_5_by_form"
    f1 = f("served", "families", 4, "4 прийомні сім'ї", service="social_support_foster", category="прийомні сім'ї", group=gr, parent=fs)
    f2 = f("served", "families", 1, "1 дитячий будинок сімейного типу", service="social_support_foster",
           category="дитячі будинки сімейного типу", group=gr, parent=fs)
    fc = f("served", "children", 19, "де виховується 19 дітей", service="social_support_foster", parent=fs)
    ev = f("events", "events", 17, "Проведено 17 групових заходів")
    ep = f("event_participants", "persons", 356, "у яких взяли участь 356 осіб", parent=ev)
    epc = f("event_participants", "children", 214, "з них 214 – діти та підлітки", category="діти та підлітки", parent=ep, unit_alt="persons")
    pos = f("staff_positions", "positions", 9, "Штатним розписом передбачено 9 посад")
    act = f("staff_actual", "staff", 8, "працює 8 фахівців")
    act6 = f("staff_actual", "staff", 6, "з них 6 – фахівці із соціальної роботи", label="фахівці із соціальної роботи", parent=act)
    tr = f("staff_trained", "staff", 8, "Усі 8 працівників пройшли навчання")
    sr = f("survey_respondents", "recipients", 57, "опитано 57 отримувачів", unit_alt="persons")
    sa = f("satisfaction", "percent", 94.7, "задоволені якістю послуг – 54 (94,7 %)",
           note="the 54 satisfied respondents have no §3 count id (skipped); the 94,7 % is the satisfaction share")
    co = f("complaints", "complaints", 0, "Скарг протягом року не зареєстровано.")
    ta = f("budget_approved", "uah", val(TOTAL[0]), TOTAL_Q, label="Разом")
    ts = f("budget_spent", "uah", val(TOTAL[1]), TOTAL_Q, label="Разом")
    te = f("budget_savings", "uah", val(TOTAL[2]), TOTAL_Q, label="Разом")
    rows = []
    for r in KEKV:
        q = row_q(r)
        a = f("budget_approved", "uah", val(r[2]), q, kekv=r[0], label=r[1], group="kekv_approved", parent=ta)
        b = f("budget_spent", "uah", val(r[3]), q, kekv=r[0], label=r[1], group="kekv_spent", parent=ts)
        c = f("budget_savings", "uah", val(r[4]), q, kekv=r[0], label=r[1], group="kekv_savings", parent=te)
        rows.append((a, b, c))

    a, b, c = rows[3]
    g.slip("table_arithmetic", "error", row_q(KEKV[3]), 2650, 2560, [a, b, c],
           "КЕКВ 2240: економія = затверджено − видатки = 61 200,00 − 58 640,00 = 2 560,00, but the table says 2 650,00 (digits swapped)",
           f"near({a} - {b}, {c})", slip=1)
    g.slip("table_arithmetic", "error", TOTAL_Q, 33581.14, 33491.14, [te] + [x[2] for x in rows],
           "the economy column: 21 385,45 + 4 702,80 + 1 587,70 + 2 650,00 + 1 782,00 + 1 473,19 = 33 581,14, but Разом says 33 491,14 (the Разом is right; row 2240 is 90,00 too high)",
           "near(" + " + ".join(x[2] for x in rows) + f", {te})", slip=1)
    g.check("parts_sum", tq, "1107 + 846 + 203 + 318 + 72 + 9 + 4 = 2559", " + ".join(lids) + f" == {t}")
    g.check("parts_sum", "За населеними пунктами: м. Рожище – 21", "21 + 9 + 8 + 6 + 5 + 4 = 53", " + ".join(vids) + f" == {s}")
    g.check("parts_sum", cq, "24 + 8 + 3 = 35; 53 − 35 = 18 continued", f"{o1} + {o2} + {o3} == {cp} and {s} - {cp} == {on}")
    g.check("parts_sum", "Соціальне супроводження отримували 5 сімей – 4 прийомні сім'ї та 1 дитячий будинок сімейного типу", "4 + 1 = 5",
            f"{f1} + {f2} == {fs}")
    g.check("parts_sum", "з них 214 – діти та підлітки", "214 ≤ 356", f"{epc} <= {ep}")
    g.check("parts_sum", "працює 8 фахівців, з них 6", "6 ≤ 8 ≤ 9; 8 trained = 8 working", f"{act6} <= {act} <= {pos} and {tr} == {act}")
    g.check("percent_mismatch", "задоволені якістю послуг – 54 (94,7 %)", "54/57 = 94,74 → 94,7", f"pct_ok({sa}, 54, {sr}, 1)")
    g.check("table_arithmetic", TOTAL_Q, "approved column sums to 3 103 790,00", "near(" + " + ".join(x[0] for x in rows) + f", {ta})")
    g.check("table_arithmetic", TOTAL_Q, "spent column sums to 3 070 298,86", "near(" + " + ".join(x[1] for x in rows) + f", {ts})")
    g.check("table_arithmetic", TOTAL_Q, "Разом: 3 103 790,00 − 3 070 298,86 = 33 491,14", f"near({ta} - {ts}, {te})")
    g.check("table_arithmetic", row_q(KEKV[0]), "економія = затверджено − видатки holds in the five other rows",
            "all([" + ", ".join(f"near({x[0]} - {x[1]}, {x[2]})" for i, x in enumerate(rows) if i != 3) + "])")
    sk = g.skip
    sk("До розгляду на 38 сесії Рожищенської міської ради 8 скликання", [38, 8], "session and convocation numbers")
    sk("код ЄДРПОУ 43921870; 45101, Волинська обл., м. Рожище, вул. Незалежності, 60; тел. (03368) 0-22-91", [43921870, 45101, 60, 3368, 2291],
       "ЄДРПОУ, postcode, address, phone")
    sk("За 2023 рік", [2023], "year (period)")
    sk("1. Хто отримував послуги", [1, 2, 3, 4, 5, 6, 7], "section numbers 1.–7.")
    sk("Середня тривалість супроводу – 4 місяці, на одного фахівця припадало 8,8 сім'ї.", [4, 8.8], "duration, caseload ratio")
    sk("На 2024 рік", [2024], "year the support continues into")
    sk("У 2023 році створено 1 нову прийомну сім'ю.", [2023, 1], "placement: a new foster family created (no §3 id)")
    sk("в 5 школах", [5], "number of schools")
    sk("Анкетування (листопад 2023 р.)", [2023], "date of the survey")
    sk("– 54 (94,7 %)", [54], "satisfied respondents (count with no §3 id); used as a literal in a check")
    sk("Кошторис Центру на 2023 рік (загальний фонд), грн:", [2023], "year")
    sk("15.01.2024", [15, 1, 2024], "compile date")
    g.note("«скористалися 612 сімей (1 463 особи)» → served families 612 and served persons 1 463 hanging on it (members of those families)")
    g.note("the services list «а саме» is a partition of the 2 559 services (services_provided by service); «соціальна профілактика» → social_prevention, «посередництво (медіація)» → mediation")
    g.note("«На 2024 рік супровід продовжено 18 сім'ям» in a 2023 report → support_ongoing")
    g.note("«3 сім'ї відмовилися від співпраці до виконання плану» → outcome_other with a label (alt outcome_negative)")
    g.note("the KEKV table: each cell is a fact quoted by its row, with kekv and label, hanging on the Разом cell of its column; money in hryvnias with kopecks")
    g.note("one slip (КЕКВ 2240 economy 2 650,00 instead of 2 560,00) is recorded as two table_arithmetic findings sharing the slip id: the row's derived column and the economy column's sum")
    g.note("«задоволені … – 54 (94,7 %)» → satisfaction 94,7 (as in b24_01); 54 is skipped and used as a literal")
    g.write()


if __name__ == "__main__":
    build()
    gold()
