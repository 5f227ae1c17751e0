"""b11_08: budget-heavy ЦНСП report, План / Факт / Відхилення by KEKV in тис. грн, space-aligned (TXT, UTF-8)."""
from decimal import Decimal as D

from common import Gold, report_path, squash, write_text

DOC = "b11_08_balta_cnsp_budget2024.txt"

GEN = [  # kekv, name, plan, fact, deviation (as printed)
    ("2111", "Заробітна плата", "9 842,6", "9 817,3", "25,3"),
    ("2120", "Нарахування на оплату праці", "2 165,4", "2 159,8", "5,6"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "318,0", "296,4", "21,6"),
    ("2230", "Продукти харчування", "142,5", "138,9", "3,6"),
    ("2240", "Оплата послуг (крім комунальних)", "226,7", "219,2", "7,5"),
    ("2273", "Оплата електроенергії", "96,4", "91,7", "5,7"),      # planted slip: 96,4 − 91,7 = 4,7
    ("2274", "Оплата природного газу", "187,3", "164,8", "22,5"),
]
SLIP_KEKV = "2273"
GEN_TOTAL = ("", "Разом", "12 978,9", "12 888,1", "90,8")
SPEC_REC = ("", "Надходження від плати за соціальні послуги", "420,0", "447,8", "-27,8")
SPEC_EXP_TOTAL = ("", "Видатки спеціального фонду, усього", "440,0", "431,2", "8,8")
SPEC_EXP = [
    ("2210", "Предмети, матеріали, обладнання та інвентар", "190,0", "188,6", "1,4"),
    ("2240", "Оплата послуг (крім комунальних)", "100,0", "97,1", "2,9"),
    ("3110", "Придбання обладнання і предметів|довгострокового користування", "150,0", "145,5", "4,5"),
]


def num(s):
    return D(s.replace(" ", "").replace(",", "."))


def uah(s):
    v = num(s) * 1000
    assert v == v.to_integral_value()
    return int(v)


def line(k, name, a, b, c):
    names = name.split("|")
    out = [f"{k:<6}{names[0]:<48}{a:>11}{b:>11}{c:>12}" if len(names) == 1 else f"{k:<6}{names[0]:<48}"]
    if len(names) > 1:
        out.append(f"{'':<6}{names[1]:<48}{a:>11}{b:>11}{c:>12}")
    return "\n".join(out)


HDR = f"{'КЕКВ':<6}{'Найменування':<48}{'План':>11}{'Факт':>11}{'Відхилення':>12}"
RULE = "-" * 88

P_SAL = ("На оплату праці з нарахуваннями (КЕКВ 2111, 2120) спрямовано 11 977,1 тис. грн, або 92,9 % касових видатків "
         "загального фонду. Середньомісячна заробітна плата працівників центру у 2024 році становила 13 842 грн "
         "(у 2023 році – 12 116 грн). Штатна чисельність – 74,5 штатної одиниці, фактично працює 68 осіб.")
P_UTIL = ("На оплату комунальних послуг та енергоносіїв (КЕКВ 2270) використано 256,5 тис. грн, економія склала "
          "27,2 тис. грн – переважно за рахунок теплої погоди в листопаді та встановлення енергоощадних ламп. "
          "Середній тариф на природний газ становив 16,97 грн за 1 куб. м.")
P_TOT = "Касові видатки загального фонду за 2024 рік склали 12 888,1 тис. грн, або 99,3 % від плану."
P_PAID = ("Платними соціальними послугами (догляд вдома, денний догляд, соціальне таксі) у 2024 році скористалися "
          "126 осіб. Вартість 1 години догляду вдома – 68 грн.")
P_PLAN = "Кошторис центру на 2025 рік затверджено в сумі 14 106,0 тис. грн (загальний фонд)."

TEXT = f"""КОМУНАЛЬНА УСТАНОВА «ЦЕНТР НАДАННЯ СОЦІАЛЬНИХ ПОСЛУГ» БАЛТСЬКОЇ МІСЬКОЇ РАДИ
Одеська область, Подільський район
Код ЄДРПОУ 44398021

                                 ЗВІТ
       про виконання кошторису та використання бюджетних коштів за 2024 рік

1. Загальний фонд (КПКВК МБ 0813241)                                    тис. грн
{RULE}
{HDR}
{RULE}
""" + "\n".join(line(*r) for r in GEN) + f"""
{RULE}
{line(*GEN_TOTAL)}
{RULE}

{P_TOT}

2. Спеціальний фонд (плата за послуги, що надаються бюджетними установами)  тис. грн
{RULE}
{HDR}
{RULE}
{line(*SPEC_REC)}
{line(*SPEC_EXP_TOTAL)}
""" + "\n".join(line(*r) for r in SPEC_EXP) + f"""
{RULE}

3. Оплата праці
{P_SAL}

4. Комунальні послуги та енергоносії
{P_UTIL}

5. Платні послуги
{P_PAID}

{P_PLAN}

Директор                                         (підпис)
Головний бухгалтер                               (підпис)
м. Балта, вул. Любомирська, 171; тел. (04866) 0-14-52
"""


def main():
    # arithmetic: everything adds up except the planted 2273 deviation
    for k, n, a, b, c in GEN:
        assert (num(a) - num(b) == num(c)) == (k != SLIP_KEKV), k
    assert sum(num(r[2]) for r in GEN) == num(GEN_TOTAL[2])
    assert sum(num(r[3]) for r in GEN) == num(GEN_TOTAL[3])
    assert num(GEN_TOTAL[2]) - num(GEN_TOTAL[3]) == num(GEN_TOTAL[4])
    assert sum(num(r[4]) for r in GEN) == num(GEN_TOTAL[4]) + 1
    for i in (2, 3, 4):
        assert sum(num(r[i]) for r in SPEC_EXP) == num(SPEC_EXP_TOTAL[i])
    write_text(report_path(DOC), TEXT)
    g = Gold(DOC, {
        "centre": "Центр надання соціальних послуг Балтської міської ради",
        "centre_type": "cnsp",
        "settlement": "Балта",
        "oblast": "Одеська",
        "report_kind": "annual_report",
        "period_start": "2024-01-01",
        "period_end": "2024-12-31",
    }, meta_alt={"centre": ["Комунальна установа «Центр надання соціальних послуг» Балтської міської ради"]})

    def q(r):
        """A table row as the reader prints it (cells joined by tabs); for a wrapped name, the line with figures."""
        k, name, a, b, c = r
        name = name.split("|")[-1]
        cells = ([k] if k and "|" not in r[1] else []) + [name, a, b, c]
        return "\t".join(cells)

    tq = q(GEN_TOTAL)
    t_a = g.f("budget_approved", "uah", uah(GEN_TOTAL[2]), tq, label="Разом, загальний фонд")
    t_s = g.f("budget_spent", "uah", uah(GEN_TOTAL[3]), tq, label="Разом, загальний фонд")
    t_v = g.f("budget_savings", "uah", uah(GEN_TOTAL[4]), tq, label="Разом, загальний фонд")
    slip_ids = []
    for r in GEN:
        k, name = r[0], r[1]
        ids = [g.f("budget_approved", "uah", uah(r[2]), q(r), kekv=k, label=name, group="general_fund_plan", parent=t_a),
               g.f("budget_spent", "uah", uah(r[3]), q(r), kekv=k, label=name, group="general_fund_fact", parent=t_s),
               g.f("budget_savings", "uah", uah(r[4]), q(r), kekv=k, label=name, group="general_fund_deviation",
                   parent=t_v)]
        if k == SLIP_KEKV:
            slip_ids = ids
            slip_q = q(r)
    g.f("budget_spent", "uah", 12888100, "Касові видатки загального фонду за 2024 рік склали 12 888,1 тис. грн",
        percent=99.3, label="касові видатки загального фонду",
        note="prose repeat of the Разом «Факт»; 99,3 % is of the plan (12 888,1 / 12 978,9)")
    g.f("budget_approved", "uah", 420000, q(SPEC_REC), label="план надходжень від плати за соціальні послуги",
        note="plan of special-fund receipts (the approved estimate) → budget_approved, the closest §3 id")
    g.f("budget_received", "uah", 447800, q(SPEC_REC), label="надходження від плати за соціальні послуги")
    e_a = g.f("budget_approved", "uah", 440000, q(SPEC_EXP_TOTAL), label="видатки спеціального фонду, усього")
    e_s = g.f("budget_spent", "uah", 431200, q(SPEC_EXP_TOTAL), label="видатки спеціального фонду, усього")
    e_v = g.f("budget_savings", "uah", 8800, q(SPEC_EXP_TOTAL), label="видатки спеціального фонду, усього")
    for r in SPEC_EXP:
        k, name = r[0], r[1].replace("|", " ")
        g.f("budget_approved", "uah", uah(r[2]), q(r), kekv=k, label=name, group="special_fund_plan", parent=e_a)
        g.f("budget_spent", "uah", uah(r[3]), q(r), kekv=k, label=name, group="special_fund_fact", parent=e_s)
        g.f("budget_savings", "uah", uah(r[4]), q(r), kekv=k, label=name, group="special_fund_deviation", parent=e_v)
    g.f("budget_spent", "uah", 11977100, "На оплату праці з нарахуваннями (КЕКВ 2111, 2120) спрямовано 11 977,1 тис. грн",
        percent=92.9, label="оплата праці з нарахуваннями (КЕКВ 2111, 2120)",
        note="two KEKV codes named together: no single kekv set")
    g.f("staff_positions", "positions", 74.5, "Штатна чисельність – 74,5 штатної одиниці")
    g.f("staff_actual", "staff", 68, "фактично працює 68 осіб")
    g.f("budget_spent", "uah", 256500,
        "На оплату комунальних послуг та енергоносіїв (КЕКВ 2270) використано 256,5 тис. грн", kekv="2270",
        label="оплата комунальних послуг та енергоносіїв")
    g.f("budget_savings", "uah", 27200, "економія склала 27,2 тис. грн", kekv="2270",
        label="оплата комунальних послуг та енергоносіїв")
    g.f("served", "persons", 126, "у 2024 році скористалися 126 осіб", label="платні соціальні послуги")

    g.slip("table_arithmetic", "error", slip_q, 5.7, 4.7, slip_ids,
           "КЕКВ 2273: Відхилення = План − Факт = 96,4 − 91,7 = 4,7, written 5,7. The deviation column then sums to "
           "91,8, not the Разом 90,8; the Разом itself holds (12 978,9 − 12 888,1 = 90,8), and the prose "
           "utilities savings 27,2 = 22,5 + 4,7 confirm 4,7.")

    g.slip("table_arithmetic", "error", tq, 90.8, 91.8, [t_v, slip_ids[2]],
           "same slip seen from the column: the Відхилення cells sum to 25,3 + 5,6 + 21,6 + 3,6 + 7,5 + 5,7 + 22,5 = "
           "91,8, not the Разом 90,8 (which is right: 12 978,9 − 12 888,1)")

    g.check("table_arithmetic", tq, "plan column sums to 12 978,9; fact column to 12 888,1; 12 978,9 − 12 888,1 = 90,8")
    g.check("table_arithmetic", q(SPEC_EXP_TOTAL), "special fund: 190,0 + 100,0 + 150,0 = 440,0; "
            "188,6 + 97,1 + 145,5 = 431,2; 1,4 + 2,9 + 4,5 = 8,8; each row plan − fact = deviation")
    g.check("table_arithmetic", q(GEN[0]), "every general-fund row except 2273 satisfies План − Факт = Відхилення")
    g.check("percent_mismatch", P_TOT, "12 888,1 / 12 978,9 = 99.30 % → 99,3")
    g.check("percent_mismatch", "або 92,9 % касових видатків", "(9 817,3 + 2 159,8) = 11 977,1; 11 977,1 / 12 888,1 = "
            "92.93 % → 92,9")
    g.check("parts_sum", "використано 256,5 тис. грн, економія склала", "КЕКВ 2273 + 2274: 91,7 + 164,8 = 256,5 spent; "
            "4,7 + 22,5 = 27,2 saved (plan 96,4 + 187,3 = 283,7)")
    g.check("table_arithmetic", q(SPEC_REC), "special-fund receipts: 420,0 − 447,8 = −27,8 (overfulfilment) holds")

    def sq(s):
        return squash(s)
    g.skip("Код ЄДРПОУ 44398021", [44398021], "ЄДРПОУ code")
    g.skip("(КПКВК МБ 0813241)", [813241], "budget programme code")
    g.skip(q(SPEC_REC), [-27.8], "deviation of special-fund receipts (−27,8 = receipts above plan); not savings, "
           "no §3 id. The 420,0 and 447,8 on this row are facts")
    g.skip("2111\tЗаробітна плата", [2111, 2120, 2210, 2230, 2240, 2273, 2274, 3110],
           "KEKV codes are the facts' kekv, not values")
    g.skip("Середньомісячна заробітна плата працівників центру у 2024 році становила 13 842 грн", [13842],
           "average monthly salary per worker (a per-unit amount)")
    g.skip("(у 2023 році – 12 116 грн)", [2023, 12116], "prior-year figure")
    g.skip("Середній тариф на природний газ становив 16,97 грн за 1 куб. м", [16.97, 1], "tariff")
    g.skip("Вартість 1 години догляду вдома – 68 грн", [1, 68], "price per hour")
    g.skip(sq(P_PLAN), [2025, 14106000], "next year's budget")
    g.skip("вул. Любомирська, 171; тел. (04866) 0-14-52", [171, 4866], "address and phone")

    g.note("columns: План → budget_approved, Факт → budget_spent, Відхилення → budget_savings (plan − fact, as the seed "
           "gold's економія); values in hryvnias (тис. грн × 1000)")
    g.note("the file has space-aligned columns (no tabs); the reader recognises them as a table and prints cells "
           "joined by tabs; quotes are those rows")
    g.note("KEKV 3110's name wraps onto a second line which carries the figures; the facts quote the figures' part "
           "(«довгострокового користування\\t150,0\\t145,5\\t4,5») and carry kekv 3110 from the line above")
    g.note("special-fund receipts: the plan (420,0) → budget_approved with a label, the fact (447,8) → budget_received; "
           "the negative deviation is skipped")
    g.note("the prose total 12 888,1 (99,3 % of plan) is a second fact beside the Разом «Факт» cell")
    g.write()


if __name__ == "__main__":
    main()
