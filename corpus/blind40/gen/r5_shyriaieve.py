"""b40_05: УСЗН Ширяївської селищної ради (Одеська), analytic note on social services in Q1 2025.
UTF-8 TXT (LF), impersonal voice, a KEKV table aligned with spaces (тис. грн)."""
from common import Gold, report_path, write_text

DOC = "b40_05_shyriaieve_uszn_q1_2025.txt"

ROWS = [  # КЕКВ, approved, spent, savings (тис. грн, as written)
    ("2111", "1 842,6", "1 839,1", "3,5"),
    ("2120", "405,4", "404,6", "0,8"),
    ("2210", "36,0", "21,7", "13,4"),
    ("2240", "28,5", "24,9", "3,6"),
    ("2273", "19,2", "15,8", "3,4"),
    ("Разом", "2 331,7", "2 306,1", "25,6"),
]


def row_line(r):
    return f"{r[0]:<8}{r[1]:>12}{r[2]:>18}{r[3]:>14}"


TABLE = "\n".join([f"{'КЕКВ':<8}{'Затверджено':>12}{'Касові видатки':>18}{'Економія':>14}",
                   f"{'':<8}{'на І кв.':>12}"] + [row_line(r) for r in ROWS])

TEXT = f"""УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ ШИРЯЇВСЬКОЇ СЕЛИЩНОЇ РАДИ
66801, Одеська обл., смт Ширяєве, вул. Центральна, 20, тел. (04858) 0-32-07

АНАЛІТИЧНА ДОВІДКА
щодо надання соціальних послуг у Ширяївській селищній територіальній громаді
за І квартал 2025 року

Ширяївська громада об'єднує 29 населених пунктів; чисельність населення на 01.01.2025 становила 21 740 осіб, з них 6 118 пенсіонерів і 2 316 внутрішньо переміщених осіб.

За січень – березень 2025 року до управління та Центру надання соціальних послуг Ширяївської селищної ради (далі – ЦНСП) щодо отримання соціальних послуг звернулося 318 осіб (за І квартал 2024 року – 274 особи). Оцінку індивідуальних потреб проведено 204 особам. Рішення про надання соціальних послуг прийнято щодо 187 осіб, у 6 випадках відмовлено.

Соціальні послуги отримали 612 осіб, зокрема: догляд вдома – 148, денний догляд – 31, натуральна допомога – 266, консультування – 167. Серед отримувачів – 97 внутрішньо переміщених осіб (15,8 %). Крім того, послугою соціального таксі скористалися 18 осіб.

Отримувачам натуральної допомоги видано 540 продуктових наборів та 75 комплектів засобів гігієни на загальну суму 189,0 тис. грн. У відділенні денного догляду ЦНСП проведено 38 групових занять, участь у яких взяли 214 осіб.

Догляд вдома здійснюють 26 соціальних робітників ЦНСП; штатних посад – 29, вакантних – 3. Середня вартість однієї години догляду вдома – 81,40 грн.

Кошторисом ЦНСП на 2025 рік (КПКВК 0813104) по загальному фонду затверджено 9 412,3 тис. грн. Виконання кошторису за І квартал 2025 року, тис. грн:

{TABLE}

Касові видатки становлять 98,9 % від затверджених на квартал призначень. Економія по КЕКВ 2210 утворилася внаслідок закупівель за нижчими цінами.

До спеціального фонду ЦНСП надійшло 31,2 тис. грн плати за денний догляд.

Скарг на якість соціальних послуг до управління не надходило.

Довідку підготовлено 07.04.2025, вих. № 02-08/211.
"""


def build():
    write_text(report_path(DOC), TEXT)


def money(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def gold():
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Ширяївської селищної ради",
        "centre_type": "uszn",
        "settlement": "Ширяєве",
        "oblast": "Одеська",
        "report_kind": "period_report",
        "period_start": "2025-01-01",
        "period_end": "2025-03-31",
    })
    f = g.f
    V = lambda i: "f" + i[1:]
    ap = f("applied", "persons", 318, "звернулося 318 осіб")
    na = f("needs_assessed", "persons", 204, "Оцінку індивідуальних потреб проведено 204 особам")
    s = f("served", "persons", 612, "Соціальні послуги отримали 612 осіб")
    parts = []
    for q, v, svc in (("догляд вдома – 148", 148, "home_care"), ("денний догляд – 31", 31, "day_care"),
                      ("натуральна допомога – 266", 266, "natural_aid"), ("консультування – 167", 167, "counselling")):
        parts.append(f("served", "persons", v, q, service=svc, group="served_612_by_service", parent=s))
    idp = f("served", "persons", 97, "97 внутрішньо переміщених осіб (15,8 %)", percent=15.8,
            category="внутрішньо переміщені особи", parent=s)
    f("served", "persons", 18, "послугою соціального таксі скористалися 18 осіб", service="social_taxi")
    f("aid_value", "uah", 189000, "на загальну суму 189,0 тис. грн", service="natural_aid")
    ev = f("events", "events", 38, "проведено 38 групових занять", service="day_care")
    f("event_participants", "persons", 214, "участь у яких взяли 214 осіб", parent=ev)
    sw = f("staff_actual", "staff", 26, "Догляд вдома здійснюють 26 соціальних робітників ЦНСП",
           label="соціальні робітники ЦНСП")
    sp = f("staff_positions", "positions", 29, "штатних посад – 29")
    yr = f("budget_approved", "uah", 9412300, "по загальному фонду затверджено 9 412,3 тис. грн",
           label="загальний фонд, кошторис ЦНСП на 2025 рік (річний)")
    cols = {"a": [], "s": [], "e": []}
    tot = {}
    for r in ROWS:
        q = "\t".join(r)
        kekv = r[0] if r[0] != "Разом" else None
        lab = "загальний фонд, І квартал" + (", Разом" if kekv is None else "")
        a = f("budget_approved", "uah", money(r[1]), q, kekv=kekv, label=lab)
        sp_ = f("budget_spent", "uah", money(r[2]), q, kekv=kekv, label=lab)
        e = f("budget_savings", "uah", money(r[3]), q, kekv=kekv, label=lab)
        if kekv:
            cols["a"].append(a); cols["s"].append(sp_); cols["e"].append(e)
        else:
            tot = {"a": a, "s": sp_, "e": e}
    # hang the KEKV rows on the Разом cell of the same column
    for k in cols:
        for fid in cols[k]:
            fact = g._by_id[fid]
            fact["parent_id"] = tot[k]
            fact["parent_quote"] = g._by_id[tot[k]]["quote"]
            fact["group"] = {"a": "approved_q1_by_kekv", "s": "spent_q1_by_kekv", "e": "savings_q1_by_kekv"}[k]
    # re-order keys as Gold.f does
    from common import FACT_KEYS
    for i, fact in enumerate(g.facts):
        g.facts[i] = {k: fact[k] for k in FACT_KEYS if k in fact}
        g._by_id[fact["id"]] = g.facts[i]
    sh = f("share", "percent", 98.9,
           "Касові видатки становлять 98,9 % від затверджених на квартал призначень",
           label="касові видатки у % від затверджених на квартал призначень")
    rc = f("budget_received", "uah", 31200, "До спеціального фонду ЦНСП надійшло 31,2 тис. грн плати за денний догляд",
           label="спеціальний фонд, плата за денний догляд")
    f("complaints", "complaints", 0, "Скарг на якість соціальних послуг до управління не надходило")

    r2210 = 2
    g.slip("table_arithmetic", "error", "\t".join(ROWS[r2210]), 13400, 14300,
           [cols["a"][r2210], cols["s"][r2210], cols["e"][r2210]],
           "КЕКВ 2210: економія = затверджено − видатки = 36,0 − 21,7 = 14,3 тис. грн, written 13,4 "
           "(digits swapped). The Разом row keeps the right 25,6, so the column no longer adds up either "
           "(next finding, same slip)",
           f"{V(cols['a'][r2210])} - {V(cols['s'][r2210])} == {V(cols['e'][r2210])}", slip=1)
    g.slip("table_arithmetic", "error", "\t".join(ROWS[-1]), 25600, 24700, cols["e"] + [tot["e"]],
           "the savings column sums to 3,5 + 0,8 + 13,4 + 3,6 + 3,4 = 24,7 тис. грн, Разом says 25,6 "
           "(the same swapped 13,4 / 14,3 in the КЕКВ 2210 row)",
           " + ".join(V(i) for i in cols["e"]) + f" == {V(tot['e'])}", slip=1)
    g.check("table_arithmetic", "\t".join(ROWS[-1]),
            "approved column: 1 842,6 + 405,4 + 36,0 + 28,5 + 19,2 = 2 331,7",
            " + ".join(V(i) for i in cols["a"]) + f" == {V(tot['a'])}")
    g.check("table_arithmetic", "\t".join(ROWS[-1]),
            "spent column: 1 839,1 + 404,6 + 21,7 + 24,9 + 15,8 = 2 306,1",
            " + ".join(V(i) for i in cols["s"]) + f" == {V(tot['s'])}")
    g.check("table_arithmetic", "\t".join(ROWS[-1]), "Разом: 2 331,7 − 2 306,1 = 25,6",
            f"{V(tot['a'])} - {V(tot['s'])} == {V(tot['e'])}")
    okrows = [i for i in range(5) if i != r2210]
    g.check("table_arithmetic", "\t".join(ROWS[0]),
            "економія = затверджено − видатки in rows 2111, 2120, 2240, 2273",
            "all([" + ", ".join(f"{V(cols['a'][i])} - {V(cols['s'][i])} == {V(cols['e'][i])}" for i in okrows) + "])")
    g.check("percent_mismatch", "Касові видатки становлять 98,9 %", "2 306,1 / 2 331,7 = 98,90 % → 98,9",
            f"pct_ok({V(sh)}, {V(tot['s'])}, {V(tot['a'])}, 1)")
    g.check("parts_sum", "Соціальні послуги отримали 612 осіб, зокрема:", "148 + 31 + 266 + 167 = 612",
            " + ".join(V(i) for i in parts) + f" == {V(s)}")
    g.check("percent_mismatch", "97 внутрішньо переміщених осіб (15,8 %)", "97 / 612 = 15,85 % → 15,8 (15,8497)",
            f"pct_ok(p{idp[1:]}, {V(idp)}, {V(s)}, 1)")
    g.check("parts_sum", "Догляд вдома здійснюють 26 соціальних робітників ЦНСП",
            "26 working + 3 vacant = 29 positions", f"{V(sw)} + 3 == {V(sp)}")
    g.check("parts_sum", "Оцінку індивідуальних потреб проведено 204 особам",
            "204 assessed ≤ 318 applied; quarter's approval 2 331,7 ≤ year's 9 412,3",
            f"{V(na)} <= {V(ap)} and {V(tot['a'])} <= {V(yr)}")

    g.skip("66801, Одеська обл., смт Ширяєве, вул. Центральна, 20, тел. (04858) 0-32-07",
           [66801, 20, 4858, 3207], "postcode, address, phone")
    g.skip("за І квартал 2025 року", [2025], "period in the title")
    g.skip("Ширяївська громада об'єднує 29 населених пунктів; чисельність населення на 01.01.2025 становила 21 740 осіб, з них 6 118 пенсіонерів і 2 316 внутрішньо переміщених осіб",
           [29, 1, 1, 2025, 21740, 6118, 2316], "settlement count, date, population")
    g.skip("(за І квартал 2024 року – 274 особи)", [2024, 274], "prior-year figure")
    g.skip("Рішення про надання соціальних послуг прийнято щодо 187 осіб, у 6 випадках відмовлено", [187, 6],
           "decisions and refusals (no §3 id)")
    g.skip("видано 540 продуктових наборів та 75 комплектів засобів гігієни", [540, 75], "items")
    g.skip("вакантних – 3", [3], "vacancies (no §3 id; used as a literal in a check)")
    g.skip("Середня вартість однієї години догляду вдома – 81,40 грн", [81.4], "tariff")
    g.skip("(КПКВК 0813104)", [813104], "programme code")
    g.skip("Економія по КЕКВ 2210", [2210], "KEKV code in prose")
    g.skip("Довідку підготовлено 07.04.2025, вих. № 02-08/211.", [7, 4, 2025, 2, 8, 211], "date, outgoing number")

    g.note("УСЗН writes on the hromada's services as a whole (its own and the ЦНСП's); centre is the УСЗН, the author")
    g.note("budget table: each KEKV row gives approved / spent / savings with kekv; Разом carries no kekv; KEKV rows "
           "hang on the Разом cell of the same column; amounts in тис. грн stored in hryvnias")
    g.note("the annual approval 9 412,3 тис. грн of the year the quarter belongs to is a fact, told apart by label")
    g.note("«98,9 % від затверджених призначень» → share with a label (no count next to it)")
    g.note("97 ВПО «серед отримувачів» overlap the service breakdown → parent only, no group")
    g.write()


if __name__ == "__main__":
    build()
    gold()
