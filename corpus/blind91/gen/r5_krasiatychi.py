"""b91_05: Управління соціального захисту населення Красятицької селищної ради (Київська),
analytic note (аналітична довідка) for Q3 2025. DOCX (python-docx), impersonal, a budget table by KEKV
(План на ІІІ квартал / Касові видатки / Економія, тис. грн) with a Разом row.
Planted slip: table_arithmetic: КЕКВ 2273 економія written 17,2 but 84,6 − 71,9 = 12,7; the economy column
then sums to 66,8 while Разом says 62,3 (one slip, two findings)."""
import docx
from docx.shared import Pt
from common import Gold, report_path, fix_docx_props, freeze_zip

DOC = "b91_05_krasiatychi_uszn_q3_2025.docx"

HEAD = [
    "КРАСЯТИЦЬКА СЕЛИЩНА РАДА",
    "УПРАВЛІННЯ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ",
    "07053, Київська обл., Вишгородський р-н, смт Красятичі, вул. Центральна, 3; тел. (04591) 0-32-17; "
    "ЄДРПОУ 43790254",
    "08.10.2025 № 01-14/1187",
    "АНАЛІТИЧНА ДОВІДКА",
    "щодо діяльності управління соціального захисту населення Красятицької селищної ради за ІІІ квартал 2025 року",
]
BODY = [
    "Громада об'єднує 34 населені пункти з населенням 9,7 тис. осіб; станом на 01.10.2025 на обліку "
    "перебуває 1 286 внутрішньо переміщених осіб.",
    "Протягом ІІІ кварталу 2025 року до управління надійшло 437 звернень громадян (у ІІ кварталі – 402), "
    "з них 118 – від внутрішньо переміщених осіб. Усі звернення розглянуто у встановлені строки.",
    "Фахівцями управління проведено оцінку потреб у соціальних послугах 46 особам. За результатами оцінки "
    "видано 29 направлень: 17 – до територіального центру на догляд вдома, 12 – до центру надання "
    "соціальних послуг.",
    "Натуральну допомогу (продуктові набори, засоби гігієни) отримали 74 особи на загальну суму "
    "96,2 тис. грн. Компенсацію фізичним особам, які надають соціальні послуги з догляду на непрофесійній "
    "основі, призначено 57 особам.",
    "Під час 6 виїзних прийомів у старостинських округах консультації з питань соціального захисту "
    "отримали 93 особи. На «гарячу лінію» управління надійшло 138 дзвінків.",
    "Штатна чисельність управління – 14 посад, фактично працює 12 працівників.",
    "Фінансування. Касові видатки за квартал становлять 2 078,0 тис. грн, або 97,1 % від плану. "
    "Виконання кошторису за кодами економічної класифікації видатків наведено нижче.",
]
TABLE_HEAD = ["КЕКВ", "Найменування", "План на ІІІ квартал, тис. грн", "Касові видатки, тис. грн", "Економія, тис. грн"]
TABLE = [
    ("2111", "Заробітна плата", "1 284,0", "1 261,7", "22,3"),
    ("2120", "Нарахування на оплату праці", "282,5", "277,6", "4,9"),
    ("2210", "Предмети, матеріали, обладнання та інвентар", "46,0", "38,4", "7,6"),
    ("2240", "Оплата послуг (крім комунальних)", "31,2", "29,9", "1,3"),
    ("2273", "Оплата електроенергії", "84,6", "71,9", "17,2"),
    ("2730", "Інші виплати населенню", "412,0", "398,5", "13,5"),
    ("", "Разом", "2 140,3", "2 078,0", "62,3"),
]
TAIL = [
    "Економія по КЕКВ 2111 утворилася у зв'язку з наявністю 2 вакантних посад.",
    "У IV кварталі 2025 року планується провести оцінку потреб ще 30 осіб.",
    "Начальник управління                                        (підпис)",
    "Вик.: відділ бухгалтерського обліку, тел. (04591) 0-32-19",
]


def amt(s):
    return int(round(float(s.replace(" ", "").replace(",", ".")) * 1000))


def build(path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    for i, line in enumerate(HEAD):
        p = d.add_paragraph(line)
        if i in (0, 1, 4, 5):
            p.alignment = 1
    for line in BODY:
        d.add_paragraph(line)
    t = d.add_table(rows=1 + len(TABLE), cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(TABLE_HEAD):
        t.rows[0].cells[i].text = h
    for r, row in enumerate(TABLE, start=1):
        for i, c in enumerate(row):
            t.rows[r].cells[i].text = c
    for line in TAIL:
        d.add_paragraph(line)
    fix_docx_props(d, "УСЗН")
    d.save(path)
    freeze_zip(path)


def main():
    path = report_path(DOC)
    build(path)
    g = Gold(DOC, {
        "centre": "Управління соціального захисту населення Красятицької селищної ради",
        "centre_type": "uszn",
        "settlement": "Красятичі",
        "oblast": "Київська",
        "report_kind": "period_report",
        "period_start": "2025-07-01",
        "period_end": "2025-09-30",
    })
    n = lambda fid: fid[1:]  # noqa: E731
    ap = g.f("applied", "applications", 437, "до управління надійшло 437 звернень громадян",
             unit_alt="persons")
    api = g.f("applied", "applications", 118, "з них 118 – від внутрішньо переміщених осіб",
              category="внутрішньо переміщені особи", parent=ap, unit_alt="persons")
    na = g.f("needs_assessed", "persons", 46, "проведено оцінку потреб у соціальних послугах 46 особам")
    nat = g.f("served", "persons", 74, "Натуральну допомогу (продуктові набори, засоби гігієни) отримали 74 особи",
              service="natural_aid")
    aid = g.f("aid_value", "uah", 96200, "на загальну суму 96,2 тис. грн", service="natural_aid")
    cns = g.f("served", "persons", 93, "отримали 93 особи", service="counselling",
              note="«консультації з питань соціального захисту отримали 93 особи» during the visiting receptions")
    calls = g.f("calls", "calls", 138, "На «гарячу лінію» управління надійшло 138 дзвінків")
    sp = g.f("staff_positions", "positions", 14, "Штатна чисельність управління – 14 посад")
    sa = g.f("staff_actual", "staff", 12, "фактично працює 12 працівників")
    spent_prose = g.f("budget_spent", "uah", 2078000,
                      "Касові видатки за квартал становлять 2 078,0 тис. грн, або 97,1 % від плану",
                      percent=97.1, label="ІІІ квартал, разом")
    rows = {}
    for kekv, name, plan, spent, econ in TABLE:
        q = "\t".join([kekv, name, plan, spent, econ]) if kekv else "\tРазом\t" + "\t".join([plan, spent, econ])
        a = g.f("budget_approved", "uah", amt(plan), q, label=(name if kekv else "Разом, план на ІІІ квартал"),
                **({"kekv": kekv} if kekv else {}))
        s = g.f("budget_spent", "uah", amt(spent), q, label=(name if kekv else "Разом"),
                **({"kekv": kekv} if kekv else {}))
        e = g.f("budget_savings", "uah", amt(econ), q, label=(name if kekv else "Разом"),
                **({"kekv": kekv} if kekv else {}))
        rows[kekv or "total"] = (a, s, e, q)
    # parents: rows hang on the total cells of the same column
    ta, ts, te, tq = rows["total"]
    for k, (a, s, e, q) in rows.items():
        if k == "total":
            continue
        for fid, par in ((a, ta), (s, ts), (e, te)):
            fact = g._by_id[fid]
            fact["group"] = ["approved", "spent", "savings"][(a, s, e).index(fid)] + "_by_kekv"
            fact["parent_id"] = par
            fact["parent_quote"] = g._by_id[par]["quote"]
    # re-order keys as Gold.f would
    from common import FACT_KEYS
    for i, fct in enumerate(g.facts):
        g.facts[i] = {k: fct[k] for k in FACT_KEYS if k in fct}
        g._by_id[fct["id"]] = g.facts[i]

    a73, s73, e73, q73 = rows["2273"]
    g.slip("table_arithmetic", "error", q73, 17200, 12700, [a73, s73, e73],
           "КЕКВ 2273: економія = план − видатки = 84,6 − 71,9 = 12,7 тис. грн, the table says 17,2",
           f"f{n(a73)} - f{n(s73)} == f{n(e73)}", slip=1)
    econ_rows = [rows[k][2] for k in rows if k != "total"]
    g.slip("table_arithmetic", "error", tq, 66800, 62300, econ_rows + [te],
           "the Економія column sums to 66,8 тис. грн with the 17,2 of КЕКВ 2273, but Разом says 62,3 "
           "(which is 2 140,3 − 2 078,0 and the sum with the correct 12,7): the same slip seen in the column",
           " + ".join("f" + n(x) for x in econ_rows) + f" == f{n(te)}", slip=1)
    for k, (a, s, e, q) in rows.items():
        if k in ("2273",):
            continue
        g.check("table_arithmetic", q, f"{'Разом' if k == 'total' else 'КЕКВ ' + k}: економія = план − видатки",
                f"f{n(a)} - f{n(s)} == f{n(e)}")
    plan_rows = [rows[k][0] for k in rows if k != "total"]
    spent_rows = [rows[k][1] for k in rows if k != "total"]
    g.check("table_arithmetic", tq, "plan column: 1 284,0 + 282,5 + 46,0 + 31,2 + 84,6 + 412,0 = 2 140,3",
            " + ".join("f" + n(x) for x in plan_rows) + f" == f{n(ta)}")
    g.check("table_arithmetic", tq, "spent column: 1 261,7 + 277,6 + 38,4 + 29,9 + 71,9 + 398,5 = 2 078,0",
            " + ".join("f" + n(x) for x in spent_rows) + f" == f{n(ts)}")
    g.check("internal_conflict", "Касові видатки за квартал становлять 2 078,0 тис. грн",
            "prose 2 078,0 = table Разом 2 078,0", f"f{n(spent_prose)} == f{n(ts)}")
    g.check("percent_mismatch", "Касові видатки за квартал становлять 2 078,0 тис. грн, або 97,1 % від плану",
            "2 078,0 / 2 140,3 = 97,09 % → 97,1", f"pct_ok(p{n(spent_prose)}, f{n(spent_prose)}, f{n(ta)}, 1)")
    g.check("parts_sum", "з них 118 – від внутрішньо переміщених осіб", "118 ≤ 437", f"f{n(api)} <= f{n(ap)}")
    g.check("parts_sum", "видано 29 направлень: 17 – до територіального центру на догляд вдома, 12 – до центру",
            "17 + 12 = 29 referrals (no §3 id; literals)", "17 + 12 == 29")
    g.check("parts_sum", "фактично працює 12 працівників", "12 ≤ 14; 14 − 12 = 2 vacancies as the text says",
            f"f{n(sa)} <= f{n(sp)} and f{n(sp)} - f{n(sa)} == 2")

    g.skip("07053, Київська обл., Вишгородський р-н, смт Красятичі, вул. Центральна, 3; тел. (04591) 0-32-17; "
           "ЄДРПОУ 43790254", [7053, 3, 4591, 3217, 43790254], "postcode, address, phone, ЄДРПОУ")
    g.skip("08.10.2025 № 01-14/1187", [8, 10, 2025, 1, 14, 1187], "outgoing date and number")
    g.skip("за ІІІ квартал 2025 року", [3, 2025], "period")
    g.skip("Громада об'єднує 34 населені пункти з населенням 9,7 тис. осіб", [34, 9700],
           "settlement count and population")
    g.skip("станом на 01.10.2025 на обліку перебуває 1 286 внутрішньо переміщених осіб", [1, 10, 2025, 1286],
           "date; IDPs registered in the hromada (population count, not a service register)")
    g.skip("(у ІІ кварталі – 402)", [2, 402], "prior-quarter figure")
    g.skip("видано 29 направлень: 17 – до територіального центру на догляд вдома, 12 – до центру",
           [29, 17, 12], "referrals (no §3 id); used as literals in a check")
    g.skip("призначено 57 особам", [57], "carers' compensation (a payment, no §3 id)")
    g.skip("Під час 6 виїзних прийомів", [6], "visiting receptions (not group events)")
    g.skip("КЕКВ\tНайменування\tПлан на ІІІ квартал, тис. грн", [3], "table header")
    g.skip("Економія по КЕКВ 2111 утворилася у зв'язку з наявністю 2 вакантних посад.", [2111, 2],
           "KEKV code, vacancies")
    g.skip("У IV кварталі 2025 року планується провести оцінку потреб ще 30 осіб.", [4, 2025, 30], "plan")
    g.skip("Вик.: відділ бухгалтерського обліку, тел. (04591) 0-32-19", [4591, 3219], "phone")
    g.note("an УСЗН of a селищна рада: centre_type uszn; applications unit applications (unit_alt persons)")
    g.note("budget table: every cell is a fact quoted by its row, with kekv; rows hang on the Разом cell of the "
           "same column (group per column); amounts in тис. грн stored in hryvnias")
    g.note("the prose 2 078,0 and the table Разом 2 078,0 are two facts")
    g.note("«консультації … отримали 93 особи» → served counselling; the 6 visiting receptions have no §3 id")
    g.note("planted slip: КЕКВ 2273 economy 17,2 (should be 12,7); recorded as two findings with one slip id")
    g.write()


if __name__ == "__main__":
    main()
