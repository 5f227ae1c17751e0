"""b22_07: КУ «ЦНСП» Нікопольської міської ради (Дніпропетровська), analytic note for Q1 2025, Markdown.

Voice: an analytic note written for the web (Markdown headings, bold, a blockquote, a bullet list,
a pipe table by KEKV), wartime context, numbers in words («п'ять сімей», «двом сім'ям», «обидві»).
Planted slip: table_arithmetic – KEKV 2273: 38,9 − 31,2 = 7,7, the table says 6,7, so the
«Економія» column sums to 161,6 while «Разом» says 162,6 (one slip, two findings).
"""
from common import Gold, report_path, write_text

DOC = "b22_07_nikopol_cnsp_q1_2025.md"

KEKV = [("2111", "Заробітна плата", "6 418,2", "6 301,9", "116,3"),
        ("2120", "Нарахування на оплату праці", "1 412,0", "1 386,4", "25,6"),
        ("2210", "Предмети, матеріали, обладнання та інвентар", "96,5", "88,1", "8,4"),
        ("2240", "Оплата послуг (крім комунальних)", "54,3", "49,7", "4,6"),
        ("2273", "Оплата електроенергії", "38,9", "31,2", "6,7")]
TOTAL = ("Разом", "", "8 019,9", "7 857,3", "162,6")

TEXT = """\
# Аналітична записка

## про роботу Комунальної установи «Центр надання соціальних послуг» Нікопольської міської ради Дніпропетровської області за I квартал 2025 року

> Нікополь, 09.04.2025 · вих. № 214/02-08

### 1. Умови роботи

Перший квартал 2025 року Центр працював в умовах постійних обстрілів міста: пошкоджено 2 адміністративні приміщення, а виїзди до отримувачів у 6 випадках переносилися через повітряні тривоги тривалістю понад 5 годин. Попри це, надання жодної послуги не було припинено. За даними міської ради, у громаді зареєстровано понад 19 тис. внутрішньо переміщених осіб.

### 2. Звернення та оцінка потреб

У I кварталі до ЦНСП звернулося **1 206 осіб**, із них уперше – 318 (26,4 %). Фахівці провели 141 оцінку потреб; середній строк проведення оцінки – 4 робочі дні.

### 3. Хто отримав послуги

Соціальні послуги отримали **1 094 особи**:

- догляд вдома — 402 особи;
- денний догляд — 37;
- натуральна допомога (продуктові та гігієнічні набори, павербанки) — 511;
- соціальна адаптація — 48;
- інформування — 96.

Порівняно з I кварталом 2024 року (968 осіб) кількість отримувачів зросла на 13 %.

Соціальний супровід сімей, які перебувають у складних життєвих обставинах, здійснювався для 23 сімей, у яких виховується 54 дитини. Протягом кварталу під супровід взято п'ять сімей, завершено супровід двом сім'ям — обидві з позитивним результатом.

Фахівці відділення денного догляду допомогли евакуюватися 12 маломобільним мешканцям до безпечніших громад.

### 4. Персонал

Штатна чисельність — 87 посад, фактично працює 79 осіб. Упродовж кварталу звільнилося 6 працівників (виїзд за межі області), прийнято 3. Навчання з першої психологічної допомоги пройшли 9 фахівців.

### 5. Фінансування

Касові видатки загального фонду за I квартал 2025 року, тис. грн:

| КЕКВ | Найменування | Затверджено на I квартал | Касові видатки | Економія |
|---|---|---:|---:|---:|
{rows}
| **Разом** | | **8 019,9** | **7 857,3** | **162,6** |

Касові видатки за квартал становили 7 857,3 тис. грн (98,0 % від кошторисних призначень на квартал).

Скарг від отримувачів не надходило; надійшла 1 письмова подяка.

### 6. Висновки

Центр зберіг усі послуги попри безпекову ситуацію. Основні ризики – відтік кадрів і перебої з електроживленням; у II кварталі планується встановити 2 сонячні панелі та залучити 4 соціальних робітників за програмою «Пліч-о-пліч».

Директор КУ «ЦНСП» *(підпис)*
"""


def build(path):
    rows = "\n".join("| " + " | ".join(r) + " |" for r in KEKV)
    write_text(path, TEXT.replace("{rows}", rows))


def money(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def gold():
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Нікопольської міської ради",
        "centre_type": "cnsp",
        "settlement": "Нікополь",
        "oblast": "Дніпропетровська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-03-31",
    }, {"centre": ["Комунальна установа «Центр надання соціальних послуг» Нікопольської міської ради",
                   "Комунальна установа «Центр надання соціальних послуг» Нікопольської міської ради Дніпропетровської області",
                   "КУ «Центр надання соціальних послуг» Нікопольської міської ради"]})
    f = g.f
    ap = f("applied", "persons", 1206, "до ЦНСП звернулося 1 206 осіб")
    ap1 = f("applied", "persons", 318, "із них уперше – 318 (26,4 %)", percent=26.4, label="уперше", parent=ap)
    na = f("needs_assessed", "persons", 141, "Фахівці провели 141 оцінку потреб", unit_alt="services")
    tot = f("served", "persons", 1094, "Соціальні послуги отримали 1 094 особи")
    grp = "served_1094_by_service"
    parts = [f("served", "persons", 402, "догляд вдома — 402 особи", service="home_care", group=grp, parent=tot),
             f("served", "persons", 37, "денний догляд — 37", service="day_care", group=grp, parent=tot),
             f("served", "persons", 511, "павербанки) — 511", service="natural_aid", group=grp, parent=tot),
             f("served", "persons", 48, "соціальна адаптація — 48", service="social_adaptation", group=grp, parent=tot),
             f("served", "persons", 96, "інформування — 96", service="informing", group=grp, parent=tot)]
    sjo = f("served", "families", 23, "здійснювався для 23 сімей", service="social_support_sjo", alt=["support_ongoing"])
    ch = f("served", "children", 54, "у яких виховується 54 дитини", service="social_support_sjo", parent=sjo)
    st = f("support_started", "families", 5, "під супровід взято п'ять сімей", service="social_support_sjo", parent=sjo,
           note="number written in words")
    cp = f("support_completed", "families", 2, "завершено супровід двом сім'ям", service="social_support_sjo", parent=sjo,
           note="number written in words")
    ps = f("outcome_positive", "families", 2, "обидві з позитивним результатом", service="social_support_sjo", parent=cp,
           note="«обидві» = both of the two")
    pos = f("staff_positions", "positions", 87, "Штатна чисельність — 87 посад")
    act = f("staff_actual", "staff", 79, "фактично працює 79 осіб")
    tr = f("staff_trained", "staff", 9, "Навчання з першої психологічної допомоги пройшли 9 фахівців")
    tq = "\t".join(TOTAL)
    ta = f("budget_approved", "uah", 8019900, tq, label="Разом, затверджено на I квартал")
    ts = f("budget_spent", "uah", 7857300, tq, label="Разом")
    te = f("budget_savings", "uah", 162600, tq, label="Разом")
    A, S, E = [], [], []
    for r in KEKV:
        q = "\t".join(r)
        A.append(f("budget_approved", "uah", money(r[2]), q, kekv=r[0], label=r[1], group="approved_q1_by_kekv", parent=ta))
        S.append(f("budget_spent", "uah", money(r[3]), q, kekv=r[0], label=r[1], group="spent_q1_by_kekv", parent=ts))
        E.append(f("budget_savings", "uah", money(r[4]), q, kekv=r[0], label=r[1], group="savings_q1_by_kekv", parent=te))
    sp2 = f("budget_spent", "uah", 7857300, "Касові видатки за квартал становили 7 857,3 тис. грн (98,0 %", percent=98.0,
            label="загальний фонд, I квартал")
    cpl = f("complaints", "complaints", 0, "Скарг від отримувачів не надходило")

    row2273 = "\t".join(KEKV[4])
    g.slip("table_arithmetic", "error", row2273, 6700, 7700, [A[4], S[4], E[4]],
           "KEKV 2273: економія = затверджено − видатки = 38,9 − 31,2 = 7,7 тис. грн, the table says 6,7",
           f"{A[4]} - {S[4]} == {E[4]}", slip=1)
    g.slip("table_arithmetic", "error", tq, 162600, 161600, E + [te],
           "«Економія» column: 116,3 + 25,6 + 8,4 + 4,6 + 6,7 = 161,6 тис. грн, «Разом» says 162,6 (which is "
           "8 019,9 − 7 857,3: the total is right, the 2273 cell is wrong)",
           " + ".join(E) + f" == {te}", slip=1)
    g.check("table_arithmetic", tq, "approved: 6 418,2 + 1 412,0 + 96,5 + 54,3 + 38,9 = 8 019,9",
            " + ".join(A) + f" == {ta}")
    g.check("table_arithmetic", tq, "spent: 6 301,9 + 1 386,4 + 88,1 + 49,7 + 31,2 = 7 857,3", " + ".join(S) + f" == {ts}")
    g.check("table_arithmetic", "2111\tЗаробітна плата", "економія = затверджено − видатки holds in rows 2111–2240 and in Разом",
            "all([" + ", ".join(f"{a} - {s} == {e}" for a, s, e in zip(A[:4], S[:4], E[:4])) + f", {ta} - {ts} == {te}])")
    g.check("percent_mismatch", "Касові видатки за квартал становили 7 857,3 тис. грн (98,0 %",
            "7 857,3 / 8 019,9 = 97,97 % → 98,0; the prose repeats the table's Разом",
            f"pct_ok(p{sp2[1:]}, {sp2}, {ta}, 1) and {sp2} == {ts}")
    g.check("parts_sum", "Соціальні послуги отримали 1 094 особи", "402 + 37 + 511 + 48 + 96 = 1 094",
            " + ".join(parts) + f" == {tot}")
    g.check("percent_mismatch", "із них уперше – 318 (26,4 %)", "318 / 1 206 = 26,37 % → 26,4; 1 094 served ≤ 1 206",
            f"pct_ok(p{ap1[1:]}, {ap1}, {ap}, 1) and {tot} <= {ap}")
    g.check("parts_sum", "завершено супровід двом сім'ям — обидві з позитивним результатом",
            "2 positive of 2 completed; 5 taken and 2 completed ≤ 23", f"{ps} <= {cp} and {st} <= {sjo} and {cp} <= {sjo}")
    g.check("parts_sum", "фактично працює 79 осіб", "79 ≤ 87; 9 trained ≤ 79", f"{act} <= {pos} and {tr} <= {act}")

    g.skip("Нікополь, 09.04.2025 · вих. № 214/02-08", [9, 4, 2025, 214, 2, 8], "date and outgoing number")
    g.skip("пошкоджено 2 адміністративні приміщення, а виїзди до отримувачів у 6 випадках переносилися через повітряні "
           "тривоги тривалістю понад 5 годин", [2, 6, 5], "damage, postponed visits, duration")
    g.skip("понад 19 тис. внутрішньо переміщених осіб", [19], "population of IDPs in the hromada")
    g.skip("середній строк проведення оцінки – 4 робочі дні", [4], "duration")
    g.skip("Порівняно з I кварталом 2024 року (968 осіб) кількість отримувачів зросла на 13 %.", [2024, 968, 13],
           "prior-year figure and growth rate")
    g.skip("допомогли евакуюватися 12 маломобільним мешканцям", [12], "evacuations; no §3 id")
    g.skip("Упродовж кварталу звільнилося 6 працівників (виїзд за межі області), прийнято 3.", [6, 3],
           "staff turnover; no §3 id")
    g.skip("Касові видатки загального фонду за I квартал 2025 року, тис. грн:", [2025], "table caption")
    g.skip("надійшла 1 письмова подяка", [1], "letters of thanks; no §3 id")
    g.skip("у II кварталі планується встановити 2 сонячні панелі та залучити 4 соціальних робітників", [2, 4], "plans")
    g.skip("1. Умови роботи", [1, 2, 3, 4, 5, 6], "section numbers 1.–6.")

    g.note("KEKV table: every cell is a fact quoted by its row, with kekv and the row name as label; rows hang on the "
           "Разом cell of the same column")
    g.note("the planted slip is one wrong cell (KEKV 2273 economy 6,7 instead of 7,7) that breaks both the row "
           "(економія = затверджено − видатки) and the column sum: two findings sharing the slip id")
    g.note("numbers in words are facts: «п'ять сімей» = 5 support_started, «двом сім'ям» = 2 support_completed, «обидві» = 2 "
           "outcome_positive")
    g.note("«Фахівці провели 141 оцінку потреб» → needs_assessed, unit persons (one assessment per person; unit_alt services)")
    g.note("the prose repeats the total spent (7 857,3 with 98,0 % of the quarter's approval): a second fact")
    g.write()


if __name__ == "__main__":
    build(report_path(DOC))
    gold()
