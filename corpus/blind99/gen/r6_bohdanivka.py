"""b99_06: відділ соціального захисту населення Богданівської сільської ради (Дніпропетровська), analytic note
for Q1 2021. UTF-8 TXT, impersonal / third person, a fixed-width text table. Slip: internal_conflict."""
from common import Gold, report_path, write_text

DOC = "b99_06_bohdanivka_uszn_q1_2021.txt"

ROWS = [("Догляд вдома", 118, "41,3"), ("Денний догляд", 24, "8,4"), ("Натуральна допомога", 96, "33,6"),
        ("Соціальне таксі", 31, "10,8"), ("Консультування", 17, "5,9"), ("Разом", 286, "100,0")]


def trow(name, n, p):
    return f"{name:<28}|{n:>8}     |{p:>10}"


def qrow(name, n, p):
    """A table row as `zvitparse read` prints it (cells tab-separated)."""
    return f"{name}\t{n}\t{p}"


TABLE = "\n".join([f"{'Соціальна послуга':<28}|{'Отримувачів':>12} |{'Питома вага, %':>15}",
                   "-" * 28 + "+" + "-" * 13 + "+" + "-" * 15] + [trow(*r) for r in ROWS])

TEXT = f"""БОГДАНІВСЬКА СІЛЬСЬКА РАДА
ВІДДІЛ СОЦІАЛЬНОГО ЗАХИСТУ НАСЕЛЕННЯ
51432, Дніпропетровська обл., Павлоградський р-н, с. Богданівка, вул. Миру, 20
тел. (05632) 0-72-15, e-mail: soczahyst.bogd@example.ua, код ЄДРПОУ 44120386

АНАЛІТИЧНА ДОВІДКА
щодо надання соціальних послуг та роботи відділу за І квартал 2021 року

I. ЗВЕРНЕННЯ ГРОМАДЯН

За січень – березень 2021 року до відділу надійшло 214 заяв, з них 167 – щодо призначення державних допомог
та житлових субсидій, 47 – щодо надання соціальних послуг. За результатами розгляду заяв щодо соціальних послуг
прийнято 43 рішення про надання послуг та 4 рішення про відмову (у зв'язку з відсутністю права).
Оцінку потреб у соціальних послугах здійснено 39 особам.

На «гарячу лінію» відділу надійшло 73 дзвінки, з них з питань субсидій – 41. Проведено 4 виїзні прийоми
громадян у старостинських округах, на яких прийнято 58 осіб.

Станом на 01.04.2021 на обліку отримувачів житлових субсидій перебуває 1 412 домогосподарств. Розмір
прожиткового мінімуму для осіб, які втратили працездатність, з 01.01.2021 становить 1 769 грн.

II. СОЦІАЛЬНІ ПОСЛУГИ

Надавачем соціальних послуг у громаді є КУ «Центр надання соціальних послуг» Богданівської сільської ради.
У І кварталі 2021 року соціальні послуги отримували 286 осіб (у І кварталі 2020 року – 267), у тому числі:

{TABLE}

З числа отримувачів 38 – внутрішньо переміщені особи, 52 – особи з інвалідністю.

Спільно з ЦНСП виявлено 7 сімей, які перебувають у складних життєвих обставинах; у цих сім'ях виховується
15 дітей.

Продуктові набори та засоби гігієни в межах послуги натуральної допомоги за квартал отримали 99 осіб;
загальна вартість допомоги – 52,1 тис. грн.

III. ФІНАНСУВАННЯ

План видатків на утримання ЦНСП на І квартал – 1 340,0 тис. грн, касові видатки – 1 286,5 тис. грн,
економія – 53,5 тис. грн (за рахунок вакантних посад).

IV. ІНШЕ

Надійшла 1 скарга (щодо несвоєчасного прибуття соціального робітника), яку розглянуто у встановлений
строк. У відділі працює 5 спеціалістів при штатній чисельності 6 посад.

Довідку підготовлено 07.04.2021 на виконання листа департаменту соціального захисту населення
Дніпропетровської облдержадміністрації від 15.03.2021 № 12/4-880.

Начальник відділу                                   ___________
"""


def gold():
    g = Gold(DOC, {
        "centre": "Відділ соціального захисту населення Богданівської сільської ради",
        "centre_type": "uszn", "settlement": "Богданівка", "oblast": "Дніпропетровська",
        "report_kind": "period_report", "period_start": "2021-01-01", "period_end": "2021-03-31",
    })
    f = g.f
    F = lambda x: "f" + x[1:]
    P = lambda x: "p" + x[1:]
    ap = f("applied", "applications", 214, "до відділу надійшло 214 заяв")
    a1 = f("applied", "applications", 167, "з них 167 – щодо призначення державних допомог",
           label="щодо призначення державних допомог та житлових субсидій", group="applied_214", parent=ap)
    a2 = f("applied", "applications", 47, "47 – щодо надання соціальних послуг", label="щодо надання соціальних послуг",
           group="applied_214", parent=ap)
    na = f("needs_assessed", "persons", 39, "Оцінку потреб у соціальних послугах здійснено 39 особам")
    cl = f("calls", "calls", 73, "На «гарячу лінію» відділу надійшло 73 дзвінки")
    cl1 = f("calls", "calls", 41, "з них з питань субсидій – 41", label="з питань субсидій", parent=cl)
    ev = f("events", "events", 4, "Проведено 4 виїзні прийоми", label="виїзні прийоми громадян")
    evp = f("event_participants", "persons", 58, "на яких прийнято 58 осіб", parent=ev)
    sv = f("served", "persons", 286, "соціальні послуги отримували 286 осіб")
    sids = ["home_care", "day_care", "natural_aid", "social_taxi", "counselling"]
    parts = []
    for (name, n, p), sid in zip(ROWS[:-1], sids):
        parts.append(f("served", "persons", n, qrow(name, n, p), service=sid, percent=float(p.replace(",", ".")),
                       group="served_286_by_service", parent=sv))
    tot = f("served", "persons", 286, qrow(*ROWS[-1]), label="Разом (таблиця)", note="the table total repeats the prose 286")
    idp = f("served", "persons", 38, "З числа отримувачів 38 – внутрішньо переміщені особи",
            category="внутрішньо переміщені особи", parent=sv)
    dis = f("served", "persons", 52, "52 – особи з інвалідністю", category="особи з інвалідністю", parent=sv)
    sj = f("in_difficult_circumstances", "families", 7, "виявлено 7 сімей, які перебувають у складних життєвих обставинах")
    sjc = f("in_difficult_circumstances", "children", 15, "15 дітей.", parent=sj)
    nat = f("served", "persons", 99, "за квартал отримали 99 осіб", service="natural_aid")
    av = f("aid_value", "uah", 52100, "загальна вартість допомоги – 52,1 тис. грн")
    ba = f("budget_approved", "uah", 1340000, "План видатків на утримання ЦНСП на І квартал – 1 340,0 тис. грн",
           label="план на І квартал, утримання ЦНСП")
    bs = f("budget_spent", "uah", 1286500, "касові видатки – 1 286,5 тис. грн")
    bv = f("budget_savings", "uah", 53500, "економія – 53,5 тис. грн")
    cp = f("complaints", "complaints", 1, "Надійшла 1 скарга")
    sa = f("staff_actual", "staff", 5, "У відділі працює 5 спеціалістів")
    sp = f("staff_positions", "positions", 6, "при штатній чисельності 6 посад")
    g.slip("internal_conflict", "error", "за квартал отримали 99 осіб", 99, 96, [nat, parts[2]],
           "natural aid: 96 recipients in the table, 99 in section II for the same quarter and service",
           f"{F(nat)} == {F(parts[2])}")
    g.check("parts_sum", "з них 167 – щодо призначення державних допомог", "167 + 47 = 214", f"{F(a1)} + {F(a2)} == {F(ap)}")
    g.check("parts_sum", "прийнято 43 рішення про надання послуг та 4 рішення про відмову",
            "decisions 43 + 4 = 47 applications for services (43 and 4 are skipped literals)", f"43 + 4 == {F(a2)}")
    g.check("parts_sum", "з них з питань субсидій – 41", "41 ≤ 73", f"{F(cl1)} <= {F(cl)}")
    g.check("table_arithmetic", qrow(*ROWS[-1]), "118 + 24 + 96 + 31 + 17 = 286",
            " + ".join(F(x) for x in parts) + f" == {F(tot)} and {F(tot)} == {F(sv)}")
    g.check("percent_mismatch", qrow(*ROWS[0]), "each share is its count over 286: 41,26 / 8,39 / 33,57 / 10,84 / 5,94",
            " and ".join(f"pct_ok({P(x)}, {F(x)}, {F(sv)}, 1)" for x in parts))
    g.check("percents_sum", qrow(*ROWS[-1]), "41,3 + 8,4 + 33,6 + 10,8 + 5,9 = 100,0",
            "psum_ok([" + ", ".join(P(x) for x in parts) + "], 1)")
    g.check("parts_sum", "З числа отримувачів 38 – внутрішньо переміщені особи", "38 + 52 ≤ 286 (overlapping)",
            f"{F(idp)} + {F(dis)} <= {F(sv)}")
    g.check("table_arithmetic", "економія – 53,5 тис. грн", "1 340,0 − 1 286,5 = 53,5 тис. грн", f"{F(ba)} - {F(bs)} == {F(bv)}")
    g.check("parts_sum", "У відділі працює 5 спеціалістів при штатній чисельності 6 посад", "5 ≤ 6", f"{F(sa)} <= {F(sp)}")
    s = g.skip
    s("51432, Дніпропетровська обл., Павлоградський р-н, с. Богданівка, вул. Миру, 20", [51432, 20], "postcode, address")
    s("тел. (05632) 0-72-15, e-mail: soczahyst.bogd@example.ua, код ЄДРПОУ 44120386", [5632, 7215, 44120386], "phone, ЄДРПОУ")
    s("щодо надання соціальних послуг та роботи відділу за І квартал 2021 року", [2021], "period")
    s("За січень – березень 2021 року", [2021], "period")
    s("прийнято 43 рішення про надання послуг та 4 рішення про відмову", [43, 4], "decisions and refusals, no §3 id")
    s("Станом на 01.04.2021 на обліку отримувачів житлових субсидій перебуває 1 412 домогосподарств", [1, 4, 2021, 1412],
      "date; subsidy recipients (households), no §3 id")
    s("з 01.01.2021 становить 1 769 грн", [1, 1, 2021, 1769], "date; subsistence minimum (a price)")
    s("У І кварталі 2021 року", [2021], "period")
    s("(у І кварталі 2020 року – 267)", [2020, 267], "prior-year figure")
    s(qrow(*ROWS[-1]), [100.0], "the total's share 100,0 % (of itself)")
    s("Довідку підготовлено 07.04.2021", [7, 4, 2021], "compile date")
    s("від 15.03.2021 № 12/4-880", [15, 3, 2021, 12, 4, 880], "date and number of the department's letter")
    g.note("centre is the department (відділ соціального захисту населення) that writes the note → centre_type uszn; it reports on the ЦНСП's services too")
    g.note("the text table is fixed-width with «|»; the reader prints its cells tab-separated, and quotes are its rows as printed. Each service row is a served fact with its percent of 286; the Разом row is a second 286 fact")
    g.note("«4 виїзні прийоми … прийнято 58 осіб» → events / event_participants with a label")
    g.note("applications by purpose (167 + 47) are a partition of 214; decisions (43 / 4) have no §3 id")
    g.note("the ЦНСП's expenditure plan for the quarter → budget_approved with label; no KEKV written")
    g.note("planted slip: natural aid 96 in the table vs 99 in section II (internal_conflict)")
    return g


if __name__ == "__main__":
    write_text(report_path(DOC), TEXT)
    gold().write()
