"""b20_05: ТЦСО Тальнівської міської ради (Черкаська), report on the main indicators for Q3 2025.
Plain text, UTF-8, LF. Terse numbered items; figures at the start of sentences; a date and a number
in words; no-break spaces in thousands; a KEKV table aligned with spaces, money in грн with kopecks,
whose header spans two lines.
Planted slip: the «Разом» cash-expenditure cell 3 513 643,62 is not the sum of the column
(3 531 643,62, digits swapped) — table_arithmetic; the prose gives 3 531,6 тис. грн — internal_conflict.
"""
from common import Gold, report_path, write_text

DOC = "b20_05_talne_tcso_q3_2025.txt"
NB = "\u00a0"

TEXT = f"""ТАЛЬНІВСЬКА МІСЬКА РАДА ЗВЕНИГОРОДСЬКОГО РАЙОНУ ЧЕРКАСЬКОЇ ОБЛАСТІ
Територіальний центр соціального обслуговування (надання соціальних послуг)
20400, м. Тальне, вул. Гагаріна, 21, тел. (04731) 0-30-52, tcso.talne@example.ua

ЗВІТ
про виконання основних показників за III квартал 2025 року

1. Прийом і обслуговування
1.1. Протягом кварталу надійшло сорок дві заяви про надання соціальних послуг (у III кв. 2024 р. – 37).
1.2. Оцінку потреб проведено 40 особам; за її результатами взято на обслуговування 36 осіб.
1.3. 312 осіб обслуговувало відділення соціальної допомоги вдома, 64 – відділення денного перебування;
всього у III кварталі соціальні послуги отримали 376 осіб.
1.4. Знято з обслуговування 29 осіб (з них 21 – у зв'язку зі смертю).
1.5. 27{NB}415 соціальних послуг надано за квартал. Середня кількість підопічних на одного соціального
робітника – 13.
1.6. Станом на тридцяте вересня штатних одиниць – 41,5, фактично працює 39 працівників,
з них 24 соціальні робітники.
1.7. Скарг не надходило.
1.8. Тариф на платні послуги – 62,40 грн/год (рішення виконкому від 24.04.2025 № 118).

2. Фінансування
2.1. Кошторисом на 2025 рік по загальному фонду затверджено 14{NB}228,9 тис. грн.
2.2. Використання коштів загального фонду за III квартал 2025 р., грн

КЕКВ  Найменування                           Затверджено        Касові        Економія
                                               на III кв.        видатки
2111  Заробітна плата                        2 846 300,00   2 812 944,17      33 355,83
2120  Нарахування на оплату праці              626 186,00     618 847,72       7 338,28
2210  Предмети, матеріали, обладнання           48 000,00      41 256,40       6 743,60
2240  Оплата послуг (крім комунальних)          36 500,00      35 980,00         520,00
2273  Оплата електроенергії                     21 400,00      19 615,33       1 784,67
2800  Інші поточні видатки                       3 000,00       3 000,00           0,00
      Разом                                  3 581 386,00   3 513 643,62      49 742,38

2.3. Касові видатки загального фонду за квартал склали 3{NB}531,6 тис. грн, або 98,6 відс. призначень.
Економія утворилася за рахунок виплат за лікарняними листами за рахунок ПФУ.
2.4. Спеціальний фонд: від платних послуг надійшло 58{NB}214,50 грн, використано 51{NB}900,00 грн
(КЕКВ 2210 – миючі та дезінфекційні засоби).

Директор                                                   (підпис)
03.10.2025
"""

ROWS = [
    ("2111", "Заробітна плата", 2846300.00, 2812944.17, 33355.83, "2 846 300,00\t2 812 944,17\t33 355,83"),
    ("2120", "Нарахування на оплату праці", 626186.00, 618847.72, 7338.28, "626 186,00\t618 847,72\t7 338,28"),
    ("2210", "Предмети, матеріали, обладнання", 48000.00, 41256.40, 6743.60, "48 000,00\t41 256,40\t6 743,60"),
    ("2240", "Оплата послуг (крім комунальних)", 36500.00, 35980.00, 520.00, "36 500,00\t35 980,00\t520,00"),
    ("2273", "Оплата електроенергії", 21400.00, 19615.33, 1784.67, "21 400,00\t19 615,33\t1 784,67"),
    ("2800", "Інші поточні видатки", 3000.00, 3000.00, 0.00, "3 000,00\t3 000,00\t0,00"),
]


def num(x):
    return int(x) if float(x).is_integer() else round(x, 2)


def build():
    write_text(report_path(DOC), TEXT)


def gold():
    g = Gold(DOC, {
        "centre": "Територіальний центр соціального обслуговування (надання соціальних послуг) "
                  "Тальнівської міської ради",
        "centre_type": "tcso",
        "settlement": "Тальне",
        "oblast": "Черкаська",
        "report_kind": "period_report",
        "period_start": "2025-07-01",
        "period_end": "2025-09-30",
    }, meta_alt={"centre": ["Територіальний центр соціального обслуговування Тальнівської міської ради"]})

    def v(fid):
        return "f" + fid[1:]

    ap = g.f("applied", "applications", 42, "Протягом кварталу надійшло сорок дві заяви про надання соціальних послуг",
             note="number in words")
    nd = g.f("needs_assessed", "persons", 40, "Оцінку потреб проведено 40 особам")
    tk = g.f("served", "persons", 36, "взято на обслуговування 36 осіб", label="взято на обслуговування",
             alt=["registered_new", "support_started"])
    tot = g.f("served", "persons", 376, "всього у III кварталі соціальні послуги отримали 376 осіб")
    hc = g.f("served", "persons", 312, "312 осіб обслуговувало відділення соціальної допомоги вдома",
             service="home_care", district="відділення соціальної допомоги вдома", group="served_376_by_department",
             parent=tot)
    dc = g.f("served", "persons", 64, "64 – відділення денного перебування", service="day_care",
             district="відділення денного перебування", group="served_376_by_department", parent=tot)
    dr = g.f("deregistered", "persons", 29, "Знято з обслуговування 29 осіб")
    dr2 = g.f("deregistered", "persons", 21, "з них 21 – у зв'язку зі смертю", label="смерть", parent=dr)
    g.f("services_provided", "services", 27415, "27 415 соціальних послуг надано за квартал")
    pos = g.f("staff_positions", "positions", 41.5, "штатних одиниць – 41,5")
    act = g.f("staff_actual", "staff", 39, "фактично працює 39 працівників")
    sw = g.f("staff_actual", "staff", 24, "з них 24 соціальні робітники", label="соціальні робітники", parent=act)
    g.f("complaints", "complaints", 0, "Скарг не надходило.")
    yr = g.f("budget_approved", "uah", 14228900, "Кошторисом на 2025 рік по загальному фонду затверджено 14 228,9 тис. грн",
             label="загальний фонд, кошторис на 2025 рік (річний)")
    tq = "\tРазом\t3 581 386,00\t3 513 643,62\t49 742,38"
    ta = g.f("budget_approved", "uah", 3581386, tq, label="Разом, загальний фонд, III квартал")
    ts = g.f("budget_spent", "uah", 3513643.62, tq, label="Разом, загальний фонд, III квартал")
    te = g.f("budget_savings", "uah", 49742.38, tq, label="Разом, загальний фонд, III квартал")
    A, Sp, E = [], [], []
    for k, name, a, s, e, cells in ROWS:
        q = f"{k}\t{name}\t{cells}"
        A.append(g.f("budget_approved", "uah", num(a), q, kekv=k, label=name, group="approved_q3_by_kekv", parent=ta))
        Sp.append(g.f("budget_spent", "uah", num(s), q, kekv=k, label=name, group="spent_q3_by_kekv", parent=ts))
        E.append(g.f("budget_savings", "uah", num(e), q, kekv=k, label=name, group="savings_q3_by_kekv", parent=te))
    ps = g.f("budget_spent", "uah", 3531600, "Касові видатки загального фонду за квартал склали 3 531,6 тис. грн, або 98,6 відс.",
             percent=98.6, label="загальний фонд, III квартал")
    rc = g.f("budget_received", "uah", 58214.5, "від платних послуг надійшло 58 214,50 грн",
             label="спеціальний фонд, платні послуги")
    sf = g.f("budget_spent", "uah", 51900, "використано 51 900,00 грн\n(КЕКВ 2210 – миючі та дезінфекційні засоби)",
             kekv="2210", label="спеціальний фонд, миючі та дезінфекційні засоби")

    sum_sp = " + ".join(v(x) for x in Sp)
    g.slip("table_arithmetic", "error", tq, 3513643.62, 3531643.62, [ts] + Sp,
           "the cash-expenditure column sums to 3 531 643,62 грн, the «Разом» cell says 3 513 643,62 (two digits "
           "swapped, 18 000,00 less); approved − spent in the «Разом» row gives 67 742,38, not the 49 742,38 written",
           f"near({sum_sp}, {v(ts)})", slip=1)
    g.slip("internal_conflict", "error", "Касові видатки загального фонду за квартал склали 3 531,6 тис. грн", 3531600,
           3513643.62, [ps, ts],
           "the prose gives quarterly cash expenditure 3 531,6 тис. грн (which matches the column sum), the table "
           "«Разом» 3 513 643,62 грн ≈ 3 513,6 тис. грн: the same indicator and period with two values",
           f"abs({v(ps)} - {v(ts)}) < 100", slip=1)

    g.check("table_arithmetic", tq, "approved column: 2 846 300,00 + 626 186,00 + 48 000,00 + 36 500,00 + 21 400,00 + "
            "3 000,00 = 3 581 386,00", "near(" + " + ".join(v(x) for x in A) + f", {v(ta)})")
    g.check("table_arithmetic", tq, "savings column: 33 355,83 + 7 338,28 + 6 743,60 + 520,00 + 1 784,67 + 0,00 = "
            "49 742,38", "near(" + " + ".join(v(x) for x in E) + f", {v(te)})")
    g.check("table_arithmetic", "2111\tЗаробітна плата\t2 846 300,00\t2 812 944,17\t33 355,83",
            "економія = затверджено − видатки in every KEKV row",
            "all([" + ", ".join(f"near({v(a)} - {v(s)}, {v(e)})" for a, s, e in zip(A, Sp, E)) + "])")
    g.check("table_arithmetic", tq, "Разом economy = approved − true column sum of spending: 3 581 386,00 − "
            "3 531 643,62 = 49 742,38", f"near({v(ta)} - ({sum_sp}), {v(te)})")
    g.check("percent_mismatch", "3 531,6 тис. грн, або 98,6 відс. призначень",
            "3 531,6 / 3 581,386 = 98,61 % → 98,6", f"pct_ok(p{ps[1:]}, {v(ps)}, {v(ta)}, 1)")
    g.check("parts_sum", "всього у III кварталі соціальні послуги отримали 376 осіб", "312 + 64 = 376",
            f"{v(hc)} + {v(dc)} == {v(tot)}")
    g.check("parts_sum", "Оцінку потреб проведено 40 особам; за її результатами взято на обслуговування 36 осіб",
            "36 taken on ≤ 40 assessed ≤ 42 applications", f"{v(tk)} <= {v(nd)} <= {v(ap)}")
    g.check("parts_sum", "з них 21 – у зв'язку зі смертю", "21 ≤ 29", f"{v(dr2)} <= {v(dr)}")
    g.check("parts_sum", "фактично працює 39 працівників", "24 ≤ 39 ≤ 41,5", f"{v(sw)} <= {v(act)} <= {v(pos)}")
    g.check("parts_sum", "затверджено 14 228,9 тис. грн", "quarter 3 581 386,00 ≤ year 14 228,9 тис. грн",
            f"{v(ta)} <= {v(yr)}")
    g.check("parts_sum", "використано 51 900,00 грн", "special fund spent 51 900,00 ≤ received 58 214,50",
            f"{v(sf)} <= {v(rc)}")

    g.skip("20400, м. Тальне, вул. Гагаріна, 21, тел. (04731) 0-30-52", [20400, 21, 4731, 0, 30, 52],
           "postcode, address, phone")
    g.skip("(у III кв. 2024 р. – 37)", [2024, 37], "prior-year figure")
    g.skip("Середня кількість підопічних на одного соціального\nробітника – 13.", [13], "ratio")
    g.skip("Тариф на платні послуги – 62,40 грн/год (рішення виконкому від 24.04.2025 № 118)",
           [62.4, 24, 4, 2025, 118], "tariff, decision date and number")
    g.skip("1.1. Протягом кварталу", [1, 2, 3, 4, 5, 6, 7, 8],
           "item numbers 1.1.–2.4.")
    g.skip("КЕКВ 2210 – миючі", [2210], "KEKV code (stored in `kekv`)")
    g.skip("2111\tЗаробітна плата", [2111, 2120, 2210, 2240, 2273, 2800], "KEKV codes (stored in `kekv`)")
    g.skip("03.10.2025", [3, 10, 2025], "date")

    g.note("Q3 alone: period 2025-07-01..2025-09-30 («за III квартал 2025 року»); «станом на тридцяте вересня» "
           "(a date in words) is the staff date")
    g.note("KEKV table in грн with kopecks: values are stored as written (floats), already in hryvnias; the header "
           "«Затверджено / на III кв.» spans two lines")
    g.note("every KEKV row gives three facts (approved, spent, savings) with `kekv`; rows hang on the «Разом» cell "
           "of the same column. The «Разом» cells are facts as written, including the wrong one")
    g.note("the prose «3 531,6 тис. грн» is its own budget_spent fact (stored 3 531 600) with percent 98,6; it agrees "
           "with the column sum and contradicts the table total: one slip, two findings")
    g.note("the 14 228,9 тис. грн annual approval is the year's estimate, labelled as such; the special-fund spending "
           "names KEKV 2210 in brackets, so it carries kekv 2210")
    g.write()


if __name__ == "__main__":
    build()
    gold()
